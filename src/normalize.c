/* normalize.c - the pipeline: one article's bytes to a record.
 *
 *   input.c      bytes -> valid UTF-8, LF line ends
 *   inline.c     per line: tags and entities (only where '<' or '&')
 *   unicode.c    per line: spaces, invisible characters, NFC
 *   profile      detection by the profiles' signals (rules.c)
 *   page.c       page-style scrapes only: markdown rewritten, blocks
 *                judged article or page chrome, the headline chosen
 *   rules.c      per line: one match against the profile's rule table;
 *                this file applies the rule's action and fields
 *   paragraph.c  body lines -> paragraphs
 *   record.c     derived fields: word count, fingerprint
 *
 * All per-article working memory lives in the normalizer and is reused, so
 * the steady state allocates only the record's own strings. */
#include "html.h"
#include "internal.h"
#include "lang.h"

#include <utf8proc.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef nn_line line;

struct nn_normalizer {
    nn_options opt;
    nn_ruleset **sets;  /* one for each profile of the list (profiles.c) */
    size_t nsets, fallback;
    int forced; /* index into sets, -1: detect */
    nn_inline *inl;
    nn_page *page;
    nn_buf dec, text, scratch, body;
    line *lines;
    size_t nlines, cap;
    nn_pline *pl;
    size_t plcap;
    char err[256];
    /* html.c: HTML input (see nn_normalize() and finish()) */
    nn_html *html;     /* made on the first HTML page */
    nn_buf htmltext;   /* the page's reader-mode text, swapped with dec */
    int html_used;     /* the article being normalized was HTML */
};

/* The state of one article while its lines are classified. */
typedef struct article {
    nn_normalizer *nz;
    nn_ruleset *rs;
    nn_record *rec;
    nn_match_state st;
    size_t cur;          /* the line being classified */
    int url_rank;        /* 0 none, 1 bare line, 2 labelled */
    char fallback[NN_DATE_MAX]; /* date from a wire id */
    int explain;
    int plain;           /* forced plain-text profile: see text.rules */
    size_t headline;     /* page.c's choice of title line, or SIZE_MAX */
    int headline_page;   /* page.c judged the lines */
    int page_kind;       /* NN_PAGE_MARKDOWN, NN_PAGE_PLAIN */
    char site[96];       /* "Site" of a replaced "Title | Site" */
    size_t author_link;  /* the last author-link line, or 0 */
    char crawl[NN_DATE_MAX]; /* the corpus header's date, or "" */
    char early[NN_DATE_MAX]; /* a date above the headline (a site clock?) */
    char site_line[64];  /* the page's own name ("News.Az"), or "" */
    char owner[64];      /* the owner its copyright line names, or "" */
    char byline_outlet[64]; /* "Global News" of "By Tessa Bennett Global
                               News", or "" */
} article;

/* What each normalizer has of its own, whatever it shares. */
static void init_state(nn_normalizer *nz)
{
    nz->inl = nn_inline_new();
    nz->page = nn_page_new();
    nn_buf_init(&nz->dec);
    nn_buf_init(&nz->text);
    nn_buf_init(&nz->scratch);
    nn_buf_init(&nz->body);
}

nn_normalizer *nn_normalizer_new(const nn_options *opt, char *err,
                                 size_t errlen)
{
    nn_normalizer *nz = nn_xcalloc(1, sizeof *nz);
    const nn_profiles *ps;
    char dummy[8];
    size_t i;

    if (!err) {
        err = dummy;
        errlen = sizeof dummy;
    }
    if (opt)
        nz->opt = *opt;
    if (!nz->opt.max_size)
        nz->opt.max_size = NN_DEFAULT_MAX_SIZE;
    ps = nz->opt.profiles ? nz->opt.profiles : nn_profiles_builtin();
    nz->opt.profiles = NULL; /* borrowed: see nn_options */
    nz->forced = -1;
    if (nz->opt.profile && strcmp(nz->opt.profile, "auto")) {
        nz->forced = nn_profiles_find(ps, nz->opt.profile);
        if (nz->forced < 0) {
            snprintf(err, errlen, "unknown profile '%s'", nz->opt.profile);
            free(nz);
            return NULL;
        }
    }
    nz->opt.profile = NULL; /* borrowed: do not keep */
    /* html.c: the input format, kept as a static name (borrowed too) */
    if (nz->opt.input_format && strcmp(nz->opt.input_format, "auto")) {
        if (strcmp(nz->opt.input_format, "html") &&
            strcmp(nz->opt.input_format, "text")) {
            snprintf(err, errlen, "unknown input format '%s'",
                     nz->opt.input_format);
            free(nz);
            return NULL;
        }
        nz->opt.input_format =
            !strcmp(nz->opt.input_format, "html") ? "html" : "text";
    } else {
        nz->opt.input_format = NULL;
    }
    nz->nsets = nn_profiles_count(ps);
    nz->fallback = nn_profiles_fallback(ps);
    nz->sets = nn_xcalloc(nz->nsets, sizeof *nz->sets);
    for (i = 0; i < nz->nsets; i++)
        if (!(nz->sets[i] = nn_ruleset_new(nn_profiles_at(ps, i), err,
                                           errlen))) {
            nn_normalizer_free(nz);
            return NULL;
        }
    init_state(nz);
    return nz;
}

nn_normalizer *nn_normalizer_clone(nn_normalizer *nz)
{
    nn_normalizer *c = nn_xcalloc(1, sizeof *c);
    size_t i;

    c->opt = nz->opt; /* opt.profile is NULL: see nn_normalizer_new */
    c->forced = nz->forced;
    c->nsets = nz->nsets;
    c->fallback = nz->fallback;
    c->sets = nn_xcalloc(c->nsets, sizeof *c->sets);
    for (i = 0; i < c->nsets; i++)
        c->sets[i] = nn_ruleset_share(nz->sets[i]);
    init_state(c);
    return c;
}

void nn_normalizer_free(nn_normalizer *nz)
{
    size_t i;
    if (!nz)
        return;
    for (i = 0; nz->sets && i < nz->nsets; i++)
        nn_ruleset_free(nz->sets[i]);
    free(nz->sets);
    nn_inline_free(nz->inl);
    nn_page_free(nz->page);
    nn_buf_free(&nz->dec);
    nn_buf_free(&nz->text);
    nn_buf_free(&nz->scratch);
    nn_buf_free(&nz->body);
    nn_html_free(nz->html); /* html.c */
    nn_buf_free(&nz->htmltext);
    free(nz->lines);
    free(nz->pl);
    free(nz);
}

const char *nn_normalizer_error(const nn_normalizer *nz)
{
    return nz->err;
}

/* ---- stage 2: profile ------------------------------------------------ */

static nn_ruleset *detect(nn_normalizer *nz)
{
    size_t i, best = nz->fallback;
    int best_score = 0;

    if (nz->forced >= 0)
        return nz->sets[nz->forced];
    for (i = 0; i < nz->nsets; i++) {
        const nn_profile *p = nn_ruleset_profile(nz->sets[i]);
        if (i == nz->fallback || p->threshold == INT_MAX)
            continue; /* the fallback, or never detected (forced only) */
        int score = nn_ruleset_score(nz->sets[i], nz->dec.ptr, nz->dec.len);
        if (score >= p->threshold && score > best_score) {
            best = i;
            best_score = score;
        }
    }
    return nz->sets[best];
}

/* ---- stage 3: rules -------------------------------------------------- */

static const char *ltext(const article *a, size_t i)
{
    return a->nz->text.ptr + a->nz->lines[i].off;
}

static int ahead(void *ctx, size_t k, const char **s, size_t *len)
{
    article *a = ctx;
    size_t i = a->cur + k;
    if (i >= a->nz->nlines)
        return 0;
    *s = ltext(a, i);
    *len = a->nz->lines[i].len;
    return 1;
}

static void log_removed(article *a, const char *rule, size_t i,
                        const char *s, size_t n)
{
    if (a->explain)
        nn_record_removed(a->rec, rule, a->nz->lines[i].lineno, s, n);
}

/* ---- stage 1: decoded text -> cleaned lines -------------------------- */

static void clean_lines(article *a)
{
    nn_normalizer *nz = a->nz;
    const char *p = nz->dec.ptr, *end = nz->dec.ptr + nz->dec.len;
    size_t lineno = 0;

    nn_buf_clear(&nz->text);
    nz->nlines = 0;
    while (p < end || lineno == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        line *l;

        NN_ARRAY_RESERVE(nz->lines, nz->cap, nz->nlines + 1);
        l = &nz->lines[nz->nlines++];
        memset(l, 0, sizeof *l);
        l->lineno = ++lineno;
        l->off = nz->text.len;
        if (!a->plain && nn_inline_needed(p, len)) {
            nn_buf_clear(&nz->scratch);
            /* script and style text is not article text; say so */
            if (nn_inline_strip(nz->inl, p, len, &nz->scratch) && a->explain)
                nn_record_removed(a->rec, "inline-script", lineno, p, len);
            nn_unicode_clean(nz->scratch.ptr, nz->scratch.len, nz->opt.flags,
                             &nz->text);
        } else {
            nn_unicode_clean(p, len, nz->opt.flags, &nz->text);
        }
        l->len = nz->text.len - l->off;
        if (!nl)
            break;
        p = nl + 1;
    }
}

/* A web-text corpus header (" date 2024-07-04 " then the page's first
 * text on the same line): the date is when the page was crawled, not an
 * outlet's mark.  It is kept as the crawl date; a lone HTTP status code
 * after it ("403") goes to extra.header; the rest of the line is given
 * back to the page as its first line. */
static void corpus_header(article *a)
{
    nn_normalizer *nz = a->nz;
    line *l = NULL;
    const char *s;
    size_t n, k, i;
    char iso[NN_DATE_MAX];

    /* the first line of text, or the one after a URL added above it */
    for (i = 0; i < nz->nlines && i < 8; i++) {
        l = &nz->lines[i];
        s = nz->text.ptr + l->off;
        if (l->len && !(nn_url_start(s, l->len) && nn_url_tokens(s, l->len)))
            break;
    }
    if (!l || i == nz->nlines || i == 8)
        return;
    s = nz->text.ptr + l->off;
    n = l->len;

    /* "date YYYY-MM-DD", or "date YYYY-MM" (a crawl month) */
    if (n < 12 || memcmp(s, "date ", 5))
        return;
    for (k = 5; k < n && k < 15 && s[k] != ' '; k++)
        if (!(s[k] == '-' ? k == 9 || k == 12 : s[k] >= '0' && s[k] <= '9'))
            return;
    if (k < n && s[k] != ' ')
        return; /* "date 2024-07-0412345": no header */
    if (k == 12) { /* a month: valid, not the article's date */
        if (s[9] != '-' || s[10] > '1' || (s[10] == '1' && s[11] > '2') ||
            (s[10] == '0' && s[11] == '0'))
            return;
        memcpy(iso, s + 5, 7);
        iso[7] = '\0';
    } else if (k != 15 || nn_date_parse(s + 5, 10, iso) != 0 ||
               strlen(iso) != 10) {
        return;
    }
    memcpy(a->crawl, iso, sizeof iso);
    nn_record_extra(a->rec, "crawl_date", iso, strlen(iso));
    while (k < n && s[k] == ' ')
        k++;
    /* "403", "200Azerbaijan hands over ...": an HTTP status */
    if (n - k >= 3 && s[k] >= '1' && s[k] <= '5' && s[k + 1] >= '0' &&
        s[k + 1] <= '9' && s[k + 2] >= '0' && s[k + 2] <= '9' &&
        (n - k == 3 || !(s[k + 3] >= '0' && s[k + 3] <= '9'))) {
        nn_record_extra(a->rec, "header", s + k, 3);
        k += 3;
        while (k < n && s[k] == ' ')
            k++;
    }
    log_removed(a, "corpus-header", i, s, k);
    l->off += k;
    l->len -= k;
}

/* Removed lines are logged as they stood in the input (before page.c
 * rewrote their markdown), so that --explain shows what went. */
static void remove_line(article *a, const char *rule, size_t i)
{
    const line *l = &a->nz->lines[i];
    if (l->src_len)
        log_removed(a, rule, i, a->nz->text.ptr + l->src_off, l->src_len);
    else
        log_removed(a, rule, i, ltext(a, i), l->len);
}

/* A line that page.c judged boilerplate: logged as "reason value", with
 * the line's text as it was before the markdown rewrite. */
static void remove_page_line(article *a, size_t i)
{
    const line *l = &a->nz->lines[i];
    char why[64];
    if (!a->explain)
        return;
    if (l->after)
        snprintf(why, sizeof why, "after-article: %s", l->drop);
    else if (l->value >= 0)
        snprintf(why, sizeof why, "%s %.2f", l->drop, (double)l->value);
    else
        snprintf(why, sizeof why, "%s", l->drop);
    nn_record_removed(a->rec, why, l->lineno, a->nz->text.ptr + l->src_off,
                      l->src_len);
}

/* Where the " | Site" part of "Title | Site" starts (after the
 * separator), or 0 when the title has none. */
static size_t site_suffix(const char *t)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ",
                                       " \xE2\x80\x94 ", NULL};
    const char *const *sep;
    size_t best = 0, n = strlen(t);
    for (sep = seps; *sep; sep++) {
        size_t sl = strlen(*sep), i;
        for (i = n; i-- > 0;)
            if (i + sl < n && !memcmp(t + i, *sep, sl)) {
                if (i + sl > best && n - (i + sl) <= 60)
                    best = i + sl;
                break;
            }
    }
    return best;
}

/* Does a site's name spell its host ("Torque & Current" and
 * "www.torqueandcurrent.com")?  Letters and digits compared case-folded,
 * "&" read as "and", the host without "www." and its last label. */
static int names_host(const char *name, const char *host)
{
    char a[128], b[128];
    size_t na = 0, nb = 0;
    const char *dot = strrchr(host, '.');
    if (!dot)
        return 0;
    if (!strncmp(host, "www.", 4))
        host += 4;
    for (; *name && na + 4 < sizeof a; name++) {
        char c = (char)(*name >= 'A' && *name <= 'Z' ? *name | 0x20 : *name);
        if (c == '&')
            a[na++] = 'a', a[na++] = 'n', a[na++] = 'd';
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            a[na++] = c;
    }
    for (; host < dot && nb + 1 < sizeof b; host++)
        if ((*host >= 'a' && *host <= 'z') || (*host >= '0' && *host <= '9'))
            b[nb++] = *host;
    return na >= 3 && na == nb && !memcmp(a, b, na);
}

/* The headline page.c chose: it replaces a title from metadata lines. */
static void take_headline(article *a, size_t i)
{
    nn_record *rec = a->rec;
    size_t cut;
    if (rec->title && (cut = site_suffix(rec->title)) > 0)
        snprintf(a->site, sizeof a->site, "%s", rec->title + cut);
    free(rec->title);
    rec->title = NULL;
    nn_record_set(&rec->title, ltext(a, i), a->nz->lines[i].len);
    a->st.title_guess = 0;
    a->st.set |= 1u << NN_FLD_TITLE;
    remove_line(a, "headline", i);
}

/* Trim spaces and commas at the front, spaces, full stops, commas and
 * unmatched closing parentheses at the end ("(KUNA)" keeps its own). */
static void trim(const char **s, size_t *n)
{
    size_t i;
    int depth = 0;
    while (*n && ((*s)[0] == ' ' || (*s)[0] == ','))
        (*s)++, (*n)--;
    for (i = 0; i < *n; i++)
        depth += (*s)[i] == '(' ? 1 : (*s)[i] == ')' ? -1 : 0;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '.' ||
                  (*s)[*n - 1] == ',' ||
                  ((*s)[*n - 1] == ')' && depth < 0))) {
        depth += (*s)[*n - 1] == ')';
        (*n)--;
    }
}

/* n without a year (or a range of years) at the end: "ANTARA 2022",
 * "The Post 2019-2024" name "ANTARA", "The Post". */
static size_t without_year(const char *s, size_t n)
{
    size_t m = n, k;
    int years = 0;
    while (m >= 5 && years < 2) {
        for (k = 0; k < 4 && s[m - 1 - k] >= '0' && s[m - 1 - k] <= '9'; k++)
            ;
        if (k != 4 || !(s[m - 4] == '1' || s[m - 4] == '2'))
            break;
        m -= 4;
        years++;
        while (m && (s[m - 1] == ' ' || s[m - 1] == '-' || s[m - 1] == ','))
            m--;
    }
    return years && m ? m : n;
}

/* Add to a list field unless it is there already or full. */
static void add_item(article *a, nn_list *l, const char *s, size_t n)
{
    if (nn_list_has(l, s, n))
        return;
    if (l->len >= NN_MAX_ITEMS) {
        nn_record_warn(a->rec, "too many names or links; the rest were "
                               "left out");
        return;
    }
    nn_list_push(l, s, n);
}

/* Lower-case words that may stand inside a person's name. */
static const char *const particles[] = {
    "de", "da", "di", "du", "del", "der", "den", "van", "von", "bin", "ibn",
    "al", "el", "la", "le", "y", "dos", "das", "ter", "bint", NULL};

/* Words that make a byline part an affiliation, even when capitalized. */
static const char *const affiliations[] = {
    "University", "Institute", "College", "School", "Center", "Centre",
    "Agency", "Correspondent", "Editor", "Reporter", "Staff", "Writer",
    "Contributor", "Bureau", "Press", "News", "Lecturer", "Professor",
    "Researcher", "Fellow", "Director", "Analyst", "Foundation", NULL};

/* Does the word start with a letter of a script without case? */
static int caseless_word(const char *s, size_t n)
{
    int32_t cp;
    if (!n)
        return 0;
    nn_utf8_decode(s, n, &cp);
    return cp >= 0x0590 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LO;
}

/* Does a byline part read as a person's name: at most six words, each
 * capitalized or a name particle, none of them an affiliation word? */
static int person_name(const char *s, size_t n)
{
    size_t i = 0, words = 0;
    while (i < n) {
        size_t j = i, wl;
        const char *const *p;
        int ok;
        while (j < n && s[j] != ' ')
            j++;
        wl = j - i;
        /* capitalized, or in a script without case (Arabic, Persian) */
        ok = nn_starts_upper(s + i, wl) || caseless_word(s + i, wl);
        for (p = particles; !ok && *p; p++)
            ok = strlen(*p) == wl && !memcmp(s + i, *p, wl);
        for (p = affiliations; ok && *p; p++)
            ok = !(strlen(*p) == wl && !memcmp(s + i, *p, wl));
        if (!ok || ++words > 6)
            return 0;
        i = j + 1;
    }
    return words > 0;
}

/* Words that end an outlet's name ("Global News", "The Times"). */
static const char *const outlet_words[] = {
    "News", "Press", "Times", "Post", "Agency", "Herald", "Tribune",
    "Journal", "Gazette", "Daily", "Online", "TV", "Radio", "Media",
    "Network", "Wire", "Staff", NULL};

/* "Tessa Bennett Global News": two or three capitalized words of a name
 * followed by an outlet's name (ending in an outlet word).  Sets *name_len
 * to the name's length. */
static int outlet_after_name(const char *s, size_t n, size_t *name_len)
{
    size_t i = 0, words = 0, ends[8];
    const char *const *w;
    while (i < n && words < 8) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (!nn_starts_upper(s + i, j - i))
            return 0;
        ends[words++] = j;
        i = j + 1;
    }
    if (i < n || words < 3 || words > 6)
        return 0;
    {
        size_t last = words > 1 ? ends[words - 2] + 1 : 0;
        for (w = outlet_words; *w; w++)
            if (strlen(*w) == ends[words - 1] - last &&
                !memcmp(s + last, *w, ends[words - 1] - last))
                break;
        if (!*w)
            return 0;
    }
    /* the name: the first two words (three when four or more precede
     * the outlet's last two) */
    if (!person_name(s, ends[words >= 5 ? 2 : 1]))
        return 0;
    *name_len = ends[words >= 5 ? 2 : 1];
    return 1;
}

/* Degrees and credentials after a name ("Dana Whitcombe, MPH"): not
 * names of their own. */
static int credential(const char *s, size_t n)
{
    static const char *const creds[] = {
        "MD", "M.D.", "PhD", "Ph.D.", "MPH", "RN", "DO", "MBA", "JD", "MSc",
        "BSc", "MA", "MS", "DrPH", "FACP", "RD", "CPA", "CFA", "Esq.", "Jr.",
        "Sr.", NULL};
    const char *const *c;
    for (c = creds; *c; c++)
        if (strlen(*c) == n && !memcmp(s, *c, n))
            return 1;
    return 0;
}

/* Credit roles cut from the front of a name ("Reporting by Jane Doe"). */
static size_t role_len(const char *s, size_t n)
{
    static const char *const roles[] = {
        "additional reporting by ", "reporting by ", "writing by ",
        "editing by ", "compiled by ", "produced by ", "and ", NULL};
    const char *const *r;
    for (r = roles; *r; r++) {
        size_t rl = strlen(*r), i;
        int same = n >= rl;
        for (i = 0; same && i < rl; i++)
            same = (s[i] | 0x20) == (*r)[i] || s[i] == (*r)[i];
        if (same)
            return rl;
    }
    return 0;
}

/* "Pieter Janssen in Rotterdam" -> "Pieter Janssen": a credit's place,
 * one or two capitalized words after " in ", goes. */
static size_t cut_place(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = n; i > 4; i--) {
        if (s[i - 1] != ' ')
            continue;
        words++;
        if (!nn_starts_upper(s + i, n - i) || words > 2)
            return n;
        if (i >= 4 && !memcmp(s + i - 4, " in ", 4))
            return i - 4;
    }
    return n;
}

/* Split "A, B and C" / "A & B" / "X by A; Y by B" into the list. */
static void split_names(article *a, nn_list *list, const char *s, size_t n,
                        int people)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i, k, cut = n;
        const char *part;
        size_t plen;
        /* the next separator: ", " "; " " and " " & " */
        for (k = i; k < n; k++) {
            if (s[k] == ',' || s[k] == ';') {
                cut = k;
                j = k + 1;
                break;
            }
            if (k + 5 <= n && !memcmp(s + k, " and ", 5)) {
                cut = k;
                j = k + 5;
                break;
            }
            if (k + 3 <= n && !memcmp(s + k, " & ", 3)) {
                cut = k;
                j = k + 3;
                break;
            }
        }
        if (k == n)
            j = n;
        part = s + i;
        plen = cut - i;
        trim(&part, &plen);
        k = role_len(part, plen);
        part += k;
        plen -= k;
        trim(&part, &plen);
        i = j;
        if (!plen || (people && credential(part, plen)))
            continue;
        if (people && !person_name(part, plen) &&
            outlet_after_name(part, plen, &plen)) {
            /* "Tessa Bennett Global News": the name, then its outlet */
            const char *rest = part + plen;
            size_t rl = (size_t)(s + n - rest);
            trim(&rest, &rl);
            add_item(a, list, part, plen);
            if (rl) {
                nn_record_extra(a->rec, "author_affiliation", rest, rl);
                if (!a->byline_outlet[0] && rl < sizeof a->byline_outlet)
                    snprintf(a->byline_outlet, sizeof a->byline_outlet,
                             "%.*s", (int)rl, rest);
            }
            return;
        }
        if (people && !person_name(part, plen)) {
            /* "Lecturer in Physical Geography, University of Leeds":
             * the rest of the byline is the affiliation */
            part = s + (size_t)(part - s);
            plen = n - (size_t)(part - s);
            trim(&part, &plen);
            nn_record_extra(a->rec, "author_affiliation", part, plen);
            return;
        }
        if (!people)
            plen = cut_place(part, plen);
        add_item(a, list, part, plen);
    }
}

static void set_image(article *a, const char *cap, size_t cn,
                      const char *cred, size_t crn, int labelled)
{
    nn_record *rec = a->rec;
    if (!rec->image)
        rec->image = nn_xcalloc(1, sizeof *rec->image);
    if (cap)
        nn_record_set(&rec->image->caption, cap, cn);
    if (cred) {
        nn_record_set(&rec->image->credit, cred, crn);
        if (!labelled && !memchr(cred, '/', crn))
            nn_record_warn(rec, "caption credit guessed (no 'Name / Agency')");
    }
}

/* Does line i continue a URL broken at the previous line's end?  One token
 * of URL characters, not a URL itself, with URL punctuation or a digit
 * (so a one-word paragraph such as "Advertisement" is not taken). */
static int url_continues(article *a, size_t i, const nn_buf *url)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len, k;
    int marks = 0;
    nn_match m;
    if (!n || nn_url_start(s, n))
        return 0;
    if (nn_ruleset_match(a->rs, s, n, &a->st, &m) >= 0)
        return 0; /* a line some rule claims: a wire id, a page number */
    for (k = 0; k < n; k++) {
        if (!nn_url_char((unsigned char)s[k]))
            return 0;
        if (strchr("-_/.=&?%#", s[k]) || (s[k] >= '0' && s[k] <= '9'))
            marks = 1;
    }
    /* a URL does not end in "-", "/", "=" or "_" unless it was cut there */
    if (url->len && strchr("-/=_", url->ptr[url->len - 1]))
        marks = 1;
    return marks;
}

/* Take a URL from s (spaces removed) and the continuation lines after line
 * i; returns the index of the last line used. */
static size_t take_url(article *a, const char *rule, const char *s, size_t n,
                       size_t i, int rank)
{
    nn_buf *u = &a->nz->scratch;
    nn_buf_clear(u);
    nn_url_join(s, n, u);
    while (i + 1 < a->nz->nlines && url_continues(a, i + 1, u)) {
        i++;
        remove_line(a, rule, i);
        nn_url_join(ltext(a, i), a->nz->lines[i].len, u);
    }
    if (rank > a->url_rank || (!a->rec->url && u->len)) {
        nn_record_set(&a->rec->url, u->ptr, u->len);
        a->url_rank = rank;
        a->st.set |= 1u << NN_FLD_URL;
    }
    return i;
}

/* A guessed title ("World" above "# Headline") was a section label: it
 * goes to extra.section when a real heading turns up. */
static void drop_title_guess(article *a)
{
    nn_record *rec = a->rec;
    if (!a->st.title_guess || !rec->title)
        return;
    nn_record_extra(rec, "section", rec->title, strlen(rec->title));
    free(rec->title);
    rec->title = NULL;
    a->st.title_guess = 0;
}


/* Does the line label its date as the publication's ("Published Time:
 * 2024-09-12T14:05", "Posted on ...")? */
static int labelled_date(const char *s, size_t n)
{
    nn_date_hit h[2];
    size_t k, c = nn_date_find(s, n, h, 2);
    for (k = 0; k < c; k++)
        if (h[k].label & NN_DATE_LBL_PUBLISHED)
            return 1;
    return 0;
}

/* Is line i the article's own date line right above its headline (at
 * most two lines of text between), not a site clock (which names the
 * weekday: "Tuesday, 02 January 2024 12:17 GMT")? */
static int dateline_above(const article *a, size_t i)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday",
                                       "sunday", NULL};
    const char *s = ltext(a, i);
    size_t k, n = a->nz->lines[i].len, between = 0;
    const char *const *d;
    for (k = i + 1; k < a->headline && between <= 2; k++)
        between += a->nz->lines[k].len > 0;
    if (between > 2)
        return 0;
    for (d = days; *d; d++)
        for (k = 0; k + strlen(*d) <= n; k++)
            if (!strncasecmp(s + k, *d, strlen(*d)))
                return 0;
    return 1;
}

/* A date can be the article's: from 1990 on, and not after the crawl
 * date of a corpus header (the page cannot report what came later). */
static int plausible_date(const article *a, const char *iso)
{
    if (strncmp(iso, "1990", 4) < 0)
        return 0;
    /* a crawl month ("2021-04") bounds by the month */
    return !a->crawl[0] || strncmp(iso, a->crawl, strlen(a->crawl)) <= 0;
}

/* Apply capture group k; returns the last line used (a URL may continue
 * on the lines after line i). */
static size_t apply_field(article *a, const nn_rule *r, int k,
                          const char *s, size_t n, const nn_match *m,
                          size_t i)
{
    nn_record *rec = a->rec;
    const char *key = r->keys[k];

    switch (r->fields[k]) {
    case NN_FLD_NONE:
        break;
    case NN_FLD_TITLE:
        drop_title_guess(a);
        if (!rec->title)
            nn_record_set(&rec->title, s, n);
        break;
    case NN_FLD_DATE:
        if (!plausible_date(a, m->date)) {
            nn_record_extra(rec, "other_dates", m->date, strlen(m->date));
        } else if (a->headline != SIZE_MAX && i < a->headline &&
                   !labelled_date(ltext(a, i), a->nz->lines[i].len) &&
                   !dateline_above(a, i)) {
            /* above the headline: a site clock as often as the article's
             * date; used only when nothing better is found */
            if (!a->early[0])
                snprintf(a->early, sizeof a->early, "%s", m->date);
            else if (strcmp(a->early, m->date))
                nn_record_extra(rec, "other_dates", m->date,
                                strlen(m->date));
        } else if (!rec->date)
            nn_record_set(&rec->date, m->date, strlen(m->date));
        else if (!strncmp(rec->date, m->date, 10)) {
            /* the same day: keep the one that gives the time */
            if (strlen(m->date) > strlen(rec->date)) {
                free(rec->date);
                rec->date = NULL;
                nn_record_set(&rec->date, m->date, strlen(m->date));
            }
        } else if (strcmp(rec->date, m->date))
            nn_record_extra(rec, "other_dates", m->date, strlen(m->date));
        break;
    case NN_FLD_DATE_DMY8:
        if (!a->fallback[0])
            nn_date_parse_dmy8(s, n, a->fallback);
        break;
    case NN_FLD_AUTHORS:
        split_names(a, &rec->authors, s, n, 1);
        break;
    case NN_FLD_CREDITS:
        split_names(a, &rec->credits, s, n, 0);
        break;
    case NN_FLD_RELATED:
        trim(&s, &n);
        if (n)
            add_item(a, &rec->related, s, n);
        break;
    case NN_FLD_URL:
        i = take_url(a, r->name, s, n, i, 1);
        break;
    case NN_FLD_PROVIDER:
        trim(&s, &n);
        if (n && !rec->provider)
            nn_record_set(&rec->provider, s, n);
        break;
    case NN_FLD_CAPTION:
        set_image(a, s, n, NULL, 0, 0);
        break;
    case NN_FLD_CREDIT:
        /* "Photo: Jane Doe" names its credit; "... Jane Doe" is a guess */
        set_image(a, NULL, 0, s, n, !strcmp(r->name, "photo-caption"));
        break;
    case NN_FLD_SITE:
    case NN_FLD_OWNER: {
        char *dst = r->fields[k] == NN_FLD_OWNER ? a->owner : a->site_line;
        trim(&s, &n);
        if (r->fields[k] == NN_FLD_OWNER)
            n = without_year(s, n); /* "© ANTARA 2022" */
        if (n && !dst[0] && n < sizeof a->site_line)
            snprintf(dst, sizeof a->site_line, "%.*s", (int)n, s);
        break;
    }
    case NN_FLD_SOURCE:
        trim(&s, &n);
        if (n)
            nn_record_set(&rec->source, s, n);
        break;
    case NN_FLD_EXTRA: {
        /* "Ukraine war , Kremlin" -> "Ukraine war, Kremlin" */
        nn_buf v = NN_BUF_INIT;
        size_t j;
        for (j = 0; j < n; j++) {
            if (s[j] == ' ' && j + 1 < n && s[j + 1] == ',')
                continue;
            nn_buf_putc(&v, s[j]);
        }
        if (v.len && key)
            nn_record_extra(rec, key, v.ptr, v.len);
        nn_buf_free(&v);
        break;
    }
    case NN_FLD_COUNT:
        break;
    }
    if (r->fields[k] != NN_FLD_NONE)
        a->st.set |= 1u << r->fields[k];
    return i;
}

/* Apply every group of a match on line i; returns the last line used. */
static size_t apply_fields(article *a, const nn_match *m, size_t i)
{
    const char *s = ltext(a, i);
    size_t last = i, l;
    int k;
    for (k = 0; k < NN_MAX_GROUPS; k++)
        if (m->gstart[k] != SIZE_MAX) {
            l = apply_field(a, m->r, k, s + m->gstart[k],
                            m->gend[k] - m->gstart[k], m, i);
            if (l > last)
                last = l;
        }
    return last;
}

/* "Original url:" with the URL on this line or the next non-blank one. */
static size_t apply_label(article *a, const nn_match *m, size_t i)
{
    size_t j;
    int blanks = 0;
    remove_line(a, m->r->name, i);
    if (m->gstart[0] != SIZE_MAX)
        return take_url(a, m->r->name, ltext(a, i) + m->gstart[0],
                        m->gend[0] - m->gstart[0], i, 2);
    for (j = i + 1; j < a->nz->nlines && blanks <= 2; j++) {
        const char *s = ltext(a, j);
        size_t n = a->nz->lines[j].len;
        if (!n) {
            blanks++;
            continue;
        }
        if (!nn_url_start(s, n) || !nn_url_tokens(s, n))
            break;
        remove_line(a, m->r->name, j);
        return take_url(a, m->r->name, s, n, j, 2);
    }
    return i;
}

/* A line of a "More Stories" list: a short headline, a bullet, or "N min
 * read"; not a sentence. */
static int list_item(const char *s, size_t n)
{
    if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
        return n <= 300;
    if (n > 150)
        return 0;
    return s[n - 1] != '.' || (n >= 3 && !memcmp(s + n - 3, "...", 3));
}

/* A list heading: in the body, the items after it go too (blank lines
 * between items are fine; a line that some rule claims, or a sentence,
 * ends the list).  Returns the last line taken. */
static size_t apply_list(article *a, const nn_match *m, size_t i)
{
    size_t k, last = i;
    remove_line(a, m->r->name, i);
    if (!a->st.in_body)
        return i;
    for (k = i + 1; k < a->nz->nlines; k++) {
        const char *s = ltext(a, k);
        size_t n = a->nz->lines[k].len;
        nn_match mm;
        if (!n)
            continue;
        a->cur = k;
        /* markup ("### Title") and chrome ("4 Min read") are items too; a
         * line that carries a field or starts a block ends the list */
        if (!list_item(s, n) ||
            (a->headline_page && !nn_page_failed(a->nz->page) &&
             !a->nz->lines[k].drop) ||
            (nn_ruleset_match(a->rs, s, n, &a->st, &mm) >= 0 &&
             mm.r->act != NN_ACT_DROP && mm.r->act != NN_ACT_PREFIX))
            break;
        remove_line(a, m->r->name, k);
        last = k;
    }
    a->cur = i;
    return last;
}

/* A line in the header zone that no rule claimed: the title when none is
 * known yet and it reads like one (short, no sentence or clause end). */
static int title_line(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len;
    if (a->rec->title || n > 300 || s[0] == '(')
        return 0;
    /* on a page, not a menu line, an ads.txt line or a breadcrumb */
    if (a->headline_page && !nn_page_title_shape(s, n, 1))
        return 0;
    switch (s[n - 1]) {
    case '.': case ',': case ';': case ':':
        if (!(n >= 3 && !memcmp(s + n - 3, "...", 3)))
            return 0;
    }
    nn_record_set(&a->rec->title, s, n);
    a->st.title_guess = 1; /* not in st.set: a heading may replace it */
    remove_line(a, "title-line", i);
    return 1;
}

/* Page-style scrapes: the line between the headline and the text that
 * is not a sentence is the standfirst ("dek"): kept in extra.subtitle. */
static int page_subtitle(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len;
    if (a->st.in_body || a->headline == SIZE_MAX || i < a->headline ||
        n > 400 ||
        /* a whole paragraph (a wrapped one goes on below it) */
        (a->page_kind != NN_PAGE_PLAIN && i + 1 < a->nz->nlines &&
         a->nz->lines[i + 1].len) || nn_ends_sentence(s, n) || nn_word_count(s, n) < 5 ||
        (a->nz->lines[i].kind != NN_LINE_TEXT &&
         a->nz->lines[i].kind != NN_LINE_HEADING))
        return 0;
    nn_record_extra(a->rec, "subtitle", s, n);
    remove_line(a, "subtitle", i);
    return 1;
}

/* Link text glued after a paragraph's last sentence ("... volatility.
 * read more", "... deficit. Similar Posts"): cut, and logged. */
static void trailing_chrome(article *a, size_t i)
{
    static const char *const tails[] = {
        "read more", "read more \xC2\xBB", "continue reading", "similar posts",
        "related posts", "related articles", "related news", "more news",
        "see also", "share this", "share", "view image in full screen",
        "click to enlarge", NULL};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t n = l->len, tl;
    const char *const *t;
    for (t = tails; *t; t++) {
        tl = strlen(*t);
        if (n > tl + 2 + l->skip && s[n - tl - 1] == ' ' &&
            nn_ends_sentence(s + l->skip, n - tl - 1 - l->skip) &&
            !strncasecmp(s + n - tl, *t, tl)) {
            log_removed(a, "trailing-chrome", i, s + n - tl, tl);
            l->cut = tl + 1;
            return;
        }
    }
}

/* An author box: a short paragraph that starts with a byline author's
 * name and says who they are ("Jane Doe covers city hall ..."). */
static int author_bio(article *a, size_t i)
{
    static const char *const verbs[] = {" is ", " covers ", " writes ",
                                        " reports ", NULL};
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len, k, vl;
    const char *const *v;
    if (n > 500 || !a->st.in_body)
        return 0;
    for (k = 0; k < a->rec->authors.len; k++) {
        const char *name = a->rec->authors.items[k];
        size_t nl = strlen(name);
        if (nl >= n || memcmp(s, name, nl))
            continue;
        for (v = verbs; *v; v++)
            if (n - nl > (vl = strlen(*v)) && !memcmp(s + nl, *v, vl)) {
                remove_line(a, "author-bio", i);
                return 1;
            }
    }
    return 0;
}

static void classify(article *a)
{
    nn_normalizer *nz = a->nz;
    size_t i;

    for (i = 0; i < nz->nlines; i++) {
        line *l = &nz->lines[i];
        nn_match m;
        size_t k;

        if (!l->len) {
            if (l->drop && l->kind != NN_LINE_JOINED) /* an image, a rule */
                remove_page_line(a, i);
            continue;
        }
        a->cur = i;
        a->st.lineno = l->lineno;
        if (i == a->headline) {
            take_headline(a, i);
            continue;
        }
        if (l->drop && !strcmp(l->drop, "nav-list")) {
            remove_page_line(a, i); /* menus are never fields */
            continue;
        }
        if (nn_ruleset_match(a->rs, ltext(a, i), l->len, &a->st, &m) < 0) {
            /* "[Jane Doe](/author/jane-doe)" near the headline: a byline */
            if (l->author && !a->st.in_body && l->len <= 120 &&
                (!a->rec->authors.len ||
                 (a->author_link && i <= a->author_link + 6))) {
                split_names(a, &a->rec->authors, ltext(a, i), l->len, 1);
                remove_line(a, "author-link", i);
                a->author_link = i; /* the next author may follow */
                continue;
            }
            if (l->drop) {
                /* a line of the head under the headline may be its
                 * standfirst: kept in extra.subtitle */
                if (!strcmp(l->drop, "head-line") && page_subtitle(a, i))
                    continue;
                remove_page_line(a, i);
                continue;
            }
            /* a page's heading, when page.c chose no headline: the
             * title, as the title-heading rule has it for "# " lines */
            if (l->kind == NN_LINE_HEADING && !a->st.in_body &&
                (!a->rec->title || a->st.title_guess)) {
                /* the guess is a section label (see drop_title_guess);
                 * take_headline() still reads its " | Site" suffix */
                if (a->rec->title)
                    nn_record_extra(a->rec, "section", a->rec->title,
                                    strlen(a->rec->title));
                take_headline(a, i);
                continue;
            }
            if (!a->st.in_body && !a->plain && title_line(a, i))
                continue;
            if (a->headline_page && (page_subtitle(a, i) || author_bio(a, i)))
                continue;
            l->body = 1;
            a->st.in_body = 1;
            trailing_chrome(a, i);
            continue;
        }
        switch (m.r->act) {
        case NN_ACT_DROP:
            remove_line(a, m.r->name, i);
            break;
        case NN_ACT_FIELD:
            remove_line(a, m.r->name, i);
            i = apply_fields(a, &m, i);
            break;
        case NN_ACT_PREFIX:
            log_removed(a, m.r->name, i, ltext(a, i), m.end);
            k = apply_fields(a, &m, i); /* a URL may go on below */
            if (l->drop && m.end < l->len) {
                remove_page_line(a, i);
            } else if (m.end < l->len) {
                l->body = 1;
                l->skip = m.end;
                a->st.in_body = 1;
            }
            i = k;
            break;
        case NN_ACT_BLOCK:
            apply_fields(a, &m, i);
            for (k = i; k <= i + m.block; k++)
                if (nz->lines[k].len)
                    remove_line(a, m.r->name, k);
            i += m.block;
            break;
        case NN_ACT_LABEL:
            i = apply_label(a, &m, i);
            break;
        case NN_ACT_LIST:
            i = apply_list(a, &m, i);
            break;
        }
    }
}

/* page.c's veto: does a rule claim line i as chrome (any rule but a
 * title's, or a prefix's that leaves text)?  Asked of a few headline
 * candidates only, as the head of the page would see it. */
static int rule_chrome(void *ctx, size_t i)
{
    article *a = ctx;
    const line *l = &a->nz->lines[i];
    nn_match m;
    nn_match_state st = a->st;
    int hit;
    st.in_body = 0;
    st.lineno = l->lineno;
    a->cur = i;
    hit = nn_ruleset_match(a->rs, ltext(a, i), l->len, &st, &m) >= 0 &&
          m.r->act != NN_ACT_PREFIX && m.r->fields[0] != NN_FLD_TITLE;
    a->cur = 0;
    return hit;
}

/* ---- stage 3b: the date by evidence ---------------------------------- */

#define DATE_HITS 8

/* No rule named the date: look for dates inside the lines that are not
 * article text (date lines, bylines, "23.05.2019 17:24 / Hits: 124").  A
 * date labelled as the publication's ("Published", "Posted on") wins;
 * else the first one at or below the headline; one above it (a site
 * clock, as often as not) is kept as the weakest guess.  "3 hours ago"
 * is a ticker, not a date. */
static void find_dates(article *a)
{
    nn_normalizer *nz = a->nz;
    nn_record *rec = a->rec;
    size_t i, k, n;
    nn_date_hit hits[DATE_HITS];
    char near[NN_DATE_MAX] = "";

    if (rec->date || a->plain)
        return;
    for (i = 0; i < nz->nlines; i++) {
        const line *l = &nz->lines[i];
        if (!l->len || l->body || nn_url_start(ltext(a, i), l->len))
            continue; /* the article's own dates are about its events; a
                         URL's path date is the last resort (finish()) */
        n = nn_date_find(ltext(a, i), l->len, hits, DATE_HITS);
        for (k = 0; k < n; k++) {
            const char *iso = hits[k].iso;
            if (!iso[0] || (hits[k].label & NN_DATE_LBL_TIME_AGO) ||
                !plausible_date(a, iso))
                continue;
            if ((hits[k].label & NN_DATE_LBL_PUBLISHED) &&
                !(hits[k].label & NN_DATE_LBL_UPDATED)) {
                nn_record_set(&rec->date, iso, strlen(iso));
                return;
            }
            if (a->headline != SIZE_MAX && i < a->headline &&
                !dateline_above(a, i)) {
                if (!a->early[0])
                    snprintf(a->early, sizeof a->early, "%s", iso);
            } else if (!near[0] && !(hits[k].label & NN_DATE_LBL_UPDATED)) {
                snprintf(near, sizeof near, "%s", iso);
            }
        }
    }
    if (near[0])
        nn_record_set(&rec->date, near, strlen(near));
}

/* ---- stage 4: body --------------------------------------------------- */

static void build_body(article *a)
{
    nn_normalizer *nz = a->nz;
    size_t i, n = 0;
    int gap = 0;

    for (i = 0; i < nz->nlines; i++) {
        line *l = &nz->lines[i];
        if (l->kind == NN_LINE_JOINED)
            continue; /* its text is in the line before */
        if (!l->body) {
            gap = n > 0;
            continue;
        }
        NN_ARRAY_RESERVE(nz->pl, nz->plcap, n + 1);
        nz->pl[n].s = nz->text.ptr + l->off + l->skip;
        nz->pl[n].len = l->len - l->skip - l->cut;
        nz->pl[n].gap = gap;
        nz->pl[n].hard = l->kind == NN_LINE_HEADING ||
                         l->kind == NN_LINE_ITEM || l->kind == NN_LINE_QUOTE;
        gap = 0;
        n++;
    }
    nn_buf_clear(&nz->body);
    nn_paragraphs(nz->pl, n, &nz->body);
    a->rec->body = nn_xstrndup(nz->body.ptr, nz->body.len);
}

/* ---- stage 5: derived fields ----------------------------------------- */

static void put_id(void *ctx, const char *key, const char *v, size_t n)
{
    nn_record_extra(ctx, key, v, n);
}

/* Cut " - Site Name" / " | Site Name" when it names the source. */
static void cut_title_suffix(article *a)
{
    nn_record *rec = a->rec;
    size_t n, sl;
    if (!rec->title)
        return;
    n = nn_ruleset_title_len(a->rs, rec->title, strlen(rec->title));
    if (rec->source && (sl = strlen(rec->source)) + 3 < n &&
        !strcmp(rec->title + n - sl, rec->source) &&
        rec->title[n - sl - 1] == ' ' &&
        (rec->title[n - sl - 2] == '-' || rec->title[n - sl - 2] == '|') &&
        rec->title[n - sl - 3] == ' ')
        n -= sl + 3;
    rec->title[n] = '\0';
}

/* A source known only by its host takes the name the page gives it in
 * its title ("Title | Torque & Current" on torqueandcurrent.com), and the
 * title loses that suffix. */
static void site_name(article *a)
{
    nn_record *rec = a->rec;
    size_t cut;
    if (!rec->source || strchr(rec->source, ' ') || !strchr(rec->source, '.'))
        return; /* no source, or a display name already */
    if (rec->title && (cut = site_suffix(rec->title)) > 0 &&
        names_host(rec->title + cut, rec->source)) {
        snprintf(a->site, sizeof a->site, "%s", rec->title + cut);
        rec->title[cut - 3 - (rec->title[cut - 2] & 0x80 ? 2 : 0)] = '\0';
    }
    if (a->site[0] && names_host(a->site, rec->source)) {
        free(rec->source);
        rec->source = nn_xstrdup(a->site);
    }
}

/* A Persian news story names its outlet in its lead: "به گزارش خبرگزاری
 * مهر، ..." ("as the Mehr News Agency reports, ...").  The outlet, when
 * nothing else names the source; as weak as a dateline's site. */
static void lead_attribution(nn_record *rec)
{
    static const char lead[] = "\xD8\xA8\xD9\x87 \xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB4 "; /* به گزارش */
    const char *s = rec->body, *e;
    size_t n = sizeof lead - 1, words = 1, para;
    /* at the start of one of the first three paragraphs (after a
     * standfirst) */
    for (para = 0; s && strncmp(s, lead, n) && para < 2; para++)
        s = (s = strstr(s, "\n\n")) ? s + 2 : NULL;
    if (!s || strncmp(s, lead, n))
        return;
    s += n;
    /* the outlet runs to the Persian comma (or a comma), in a few words */
    for (e = s; *e && e - s < 80; e++) {
        if (!strncmp(e, "\xD8\x8C", 2) || *e == ',' || *e == '.')
            break;
        words += *e == ' ';
    }
    if ((*e == ',' || !strncmp(e, "\xD8\x8C", 2)) && e > s && words <= 5)
        rec->source = nn_xstrndup(s, (size_t)(e - s));
}

/* A site that signs the dateline of its own story ("Liputan6.com,
 * Bandung - Hanya ..."): a host name, a comma, a place, a dash.  The
 * weakest evidence of the source, taken when nothing else names it. */
static void dateline_site(nn_record *rec)
{
    const char *s = rec->body, *dot = NULL, *p;
    size_t i;
    if (!s)
        return;
    for (i = 0; s[i] && s[i] != ',' && i < 40; i++) {
        char c = s[i];
        if (c == '.')
            dot = s + i;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '-'))
            return;
    }
    if (s[i] != ',' || !dot || dot == s || s + i - dot < 3 || s + i - dot > 7)
        return;
    for (p = dot + 1; p < s + i; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return; /* "Liputan6.com": letters after the dot */
    /* ", Bandung - ": a place and a dash within the next 40 bytes */
    for (p = s + i + 1; *p && p < s + i + 40; p++)
        if (p[0] == ' ' && (p[1] == '-' || !strncmp(p + 1, "\xE2\x80\x93", 3) ||
                            !strncmp(p + 1, "\xE2\x80\x94", 3))) {
            rec->source = nn_xstrndup(s, i);
            return;
        }
}

static void finish(article *a, const nn_input_info *info)
{
    nn_record *rec = a->rec;
    const nn_profile *p = nn_ruleset_profile(a->rs);
    char msg[96];

    /* html.c: what the page's metadata says that the text did not */
    if (a->nz->html_used)
        nn_html_record(a->nz->html, rec,
                       a->headline_page && nn_page_lang(a->nz->page) >= 0);

    if (!rec->url && a->headline_page && nn_page_url(a->nz->page)) {
        rec->url = nn_xstrdup(nn_page_url(a->nz->page));
        nn_record_warn(rec, "URL taken from a share link");
    }

    if (a->headline_page && nn_page_lang(a->nz->page) >= 0) {
        const char *code = nn_lang_code(nn_page_lang(a->nz->page));
        nn_record_extra(rec, "lang", code, strlen(code));
    }
    rec->source_id = nn_xstrdup(p->id);
    if (rec->source)
        ; /* named by the text itself (--profile text) */
    else if (p->source)
        rec->source = nn_xstrdup(p->source);
    else if (rec->url)
        rec->source = nn_url_source(rec->url);
    else if (a->owner[0])
        rec->source = nn_xstrdup(a->owner);
    else if (a->site[0])
        rec->source = nn_xstrdup(a->site); /* "Title | Site" */
    else if (a->site_line[0])
        rec->source = nn_xstrdup(a->site_line);
    else if (a->byline_outlet[0])
        rec->source = nn_xstrdup(a->byline_outlet); /* "By X Global News" */
    else
        dateline_site(rec);
    if (!rec->source)
        lead_attribution(rec);
    cut_title_suffix(a);
    site_name(a);
    if (rec->url) {
        rec->url[nn_ruleset_url_len(a->rs, rec->url, strlen(rec->url))] = 0;
        nn_ruleset_urlids(a->rs, rec->url, put_id, rec);
    }
    if (!rec->date) {
        char d[NN_DATE_MAX];
        if (a->fallback[0] && plausible_date(a, a->fallback)) {
            rec->date = nn_xstrdup(a->fallback);
            nn_record_warn(rec, "date taken from the wire id");
        } else if (rec->url && nn_date_from_url(rec->url, d) == 0) {
            rec->date = nn_xstrdup(d);
            nn_record_warn(rec, "date taken from the URL");
        } else if (a->early[0]) {
            rec->date = nn_xstrdup(a->early);
            nn_record_warn(rec, "date taken from a line above the headline");
        } else if (strlen(a->crawl) == 10) { /* a day, not a month */
            rec->date = nn_xstrdup(a->crawl);
            nn_record_warn(rec, "date taken from the crawl date");
        } else {
            nn_record_warn(rec, "no date found");
        }
    }
    if (!rec->title)
        nn_record_warn(rec, "no title found");
    if (!rec->body[0])
        nn_record_warn(rec, "no body text found");
    else if (a->headline_page && nn_page_failed(a->nz->page) == 2)
        nn_record_warn(rec, "no block reads as article text: the page's "
                            "text is kept as it is");
    if (info->invalid) {
        snprintf(msg, sizeof msg,
                 "invalid UTF-8 repaired (%zu sequences replaced by U+FFFD)",
                 info->invalid);
        nn_record_warn(rec, msg);
    }
    if (info->mojibake) {
        snprintf(msg, sizeof msg,
                 "double-decoded text repaired (%zu sequences)",
                 info->mojibake);
        nn_record_warn(rec, msg);
    }
    if (info->utf16)
        nn_record_warn(rec, "converted from UTF-16");
    if (info->nuls) {
        snprintf(msg, sizeof msg, "stray NUL bytes removed (%zu)",
                 info->nuls);
        nn_record_warn(rec, msg);
    }
    nn_record_finish(rec);
}

nn_status nn_normalize(nn_normalizer *nz, const char *data, size_t len,
                       const char *input, nn_record **out)
{
    nn_input_info info;
    nn_status st;
    article a;
    int plain, kind;

    *out = NULL;
    nz->err[0] = '\0';
    if (len > nz->opt.max_size) {
        snprintf(nz->err, sizeof nz->err,
                 "input too large (%zu bytes; the limit is %zu)", len,
                 nz->opt.max_size);
        return NN_ERR_TOO_LARGE;
    }
    plain = nz->forced >= 0 &&
            nn_ruleset_profile(nz->sets[nz->forced])->plain;
    st = nn_input_decode(data, len, nz->opt.flags | (plain ? NN_DEC_PLAIN : 0),
                         &nz->dec, &info, nz->err, sizeof nz->err);
    if (st != NN_OK)
        return st;
    /* html.c: an HTML page (--input-format html, or auto and it looks like
     * one) becomes the reader-mode text that the rest reads; its bytes as
     * read are decoded again when they were not UTF-8 and say their
     * charset.  A page that cannot be parsed is read as text. */
    nz->html_used = 0;
    if (!plain && (nz->opt.input_format
                       ? !strcmp(nz->opt.input_format, "html")
                       : nn_html_detect(nz->dec.ptr, nz->dec.len))) {
        char herr[128];
        if (!nz->html)
            nz->html = nn_html_new();
        if (nn_html_convert(nz->html, info.invalid && !info.utf16 ? data : NULL,
                            len, nz->dec.ptr, nz->dec.len,
                            (nz->opt.flags & NN_OPT_EXPLAIN) ? nn_html_collect
                                                             : NULL,
                            nz->html, &nz->htmltext, herr, sizeof herr) == 0) {
            nn_buf swap = nz->dec;
            nn_input_info again;
            nz->dec = nz->htmltext;
            nz->htmltext = swap;
            nz->html_used = 1;
            /* the text html.c wrote, decoded from the page's declared
             * charset, is checked as any input is: the stages after this
             * one take valid UTF-8 for granted (a fuzzed page with a
             * stray NUL and a charset gave a character cut in two) */
            if (nn_input_decode(nz->dec.ptr, nz->dec.len, NN_DEC_PLAIN,
                                &nz->scratch, &again, herr,
                                sizeof herr) == NN_OK) {
                swap = nz->dec;
                nz->dec = nz->scratch;
                nz->scratch = swap;
            } else { /* read the page as text after all */
                swap = nz->dec;
                nz->dec = nz->htmltext;
                nz->htmltext = swap;
                nz->html_used = 0;
            }
            if (nn_html_meta_of(nz->html)->charset)
                info.invalid = info.mojibake = 0; /* not UTF-8: decoded */
        }
    }
    memset(&a, 0, sizeof a);
    a.nz = nz;
    a.rec = nn_record_new();
    a.rec->input = nn_xstrdup(input ? input : "-");
    a.explain = (nz->opt.flags & NN_OPT_EXPLAIN) != 0;
    a.plain = plain;
    clean_lines(&a);
    if (!plain)
        corpus_header(&a);
    a.rs = detect(nz);
    a.headline = SIZE_MAX;
    a.st.ahead = ahead;
    a.st.ctx = &a;
    if (!plain && (kind = nn_page_detect(nz->dec.ptr, nz->dec.len)) != 0) {
        a.headline_page = 1;
        a.page_kind = kind;
        nn_page_veto veto = {rule_chrome, &a};
        a.headline = nn_page_judge(nz->page, kind, &nz->text, nz->lines,
                                   nz->nlines, &veto);
    }
    /* nz->text is not changed from here on */
    nn_ruleset_text(a.rs, nz->text.ptr, nz->text.len);
    classify(&a);
    nn_ruleset_text(a.rs, NULL, 0);
    find_dates(&a);
    build_body(&a);
    finish(&a, &info);
    *out = a.rec;
    return NN_OK;
}
