/* classify.c - the normalizer's line classification (normalize.c calls
 * it once the lines are clean, after page.c's judgement): every line is
 * matched against the profile's rules (rules.c) and the matching rule's
 * action applied: the line dropped, its capture groups taken into fields
 * (names through byline.c, the title through title.c), a prefix cut, a
 * block or a list removed, a label's value read from the next line.  A
 * line no rule claims is a reporter's contact line, goes when page.c said
 * so, or becomes the title, the standfirst, or body text.  Then, when no
 * rule named it, the date is read from the lines that are not body text
 * (classify_dates.c). */
#include "article.h"
#include "date.h"
#include "page.h"
#include "unicode.h"
#include "rules.h"
#include "url.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A line that page.c judged boilerplate: logged under the verdict's name
 * with its measure (a line after the article's end: "after-article: "
 * and the end marker's name, no measure), with the line's text as it was
 * before the markdown rewrite. */
static void remove_page_line(article *a, size_t i)
{
    const line *l = &a->nz->lines[i];
    char why[64];
    if (!a->explain)
        return;
    if (l->after) {
        snprintf(why, sizeof why, NN_V_AFTER_PREFIX "%s",
                 nn_verdict_name(l->drop));
        nn_record_removed(a->rec, why, l->lineno, a->nz->text.ptr + l->src_off,
                          l->src_len);
    } else {
        nn_record_measured(a->rec, nn_verdict_name(l->drop),
                           l->value >= 0 ? (double)l->value : -1, l->lineno,
                           a->nz->text.ptr + l->src_off, l->src_len);
    }
}

static void set_image(article *a, const char *cap, size_t cn, const char *cred,
                      size_t crn, int labelled)
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

/* A date named by a rule (group 1, parsed): the record's date, one of its
 * other dates, or, above the headline, the weakest guess. */
static void apply_date(article *a, const nn_match *m, size_t i)
{
    nn_record *rec = a->rec;
    if (!nn_classify_plausible_date(a, m->date)) {
        nn_record_extra(rec, "other_dates", m->date, strlen(m->date));
    } else if (a->headline != SIZE_MAX && i < a->headline &&
               !nn_classify_labelled_date(ltext(a, i), a->nz->lines[i].len) &&
               !nn_classify_dateline_above(a, i)) {
        /* above the headline: a site clock as often as the article's
         * date; used only when nothing better is found */
        if (!a->early[0]) {
            snprintf(a->early, sizeof a->early, "%s", m->date);
            a->early_at = i;
        } else if (strcmp(a->early, m->date))
            nn_record_extra(rec, "other_dates", m->date, strlen(m->date));
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
}

/* A value for extra[key]: "Ukraine war , Kremlin" -> "Ukraine war,
 * Kremlin". */
static void apply_extra(nn_record *rec, const char *key, const char *s,
                        size_t n)
{
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
}

/* Apply capture group k; returns the last line used (a URL may continue
 * on the lines after line i). */
static size_t apply_field(article *a, const nn_rule *r, int k, const char *s,
                          size_t n, const nn_match *m, size_t i)
{
    nn_record *rec = a->rec;
    const char *key = r->keys[k];

    switch (r->fields[k]) {
    case NN_FLD_NONE:
        break;
    case NN_FLD_TITLE:
        nn_title_drop_guess(a);
        if (!rec->title)
            nn_record_set(&rec->title, s, n);
        break;
    case NN_FLD_DATE:
        apply_date(a, m, i);
        break;
    case NN_FLD_DATE_DMY8:
        if (!a->fallback[0])
            nn_date_parse_dmy8(s, n, a->fallback);
        break;
    case NN_FLD_AUTHORS:
        nn_byline_split(a, &rec->authors, s, n, 1);
        break;
    case NN_FLD_CREDITS:
        nn_byline_split(a, &rec->credits, s, n, 0);
        break;
    case NN_FLD_RELATED:
        nn_byline_trim(&s, &n);
        if (n)
            nn_byline_add(a, &rec->related, s, n);
        break;
    case NN_FLD_URL:
        i = take_url(a, r->name, s, n, i, 1);
        break;
    case NN_FLD_PROVIDER:
        nn_byline_trim(&s, &n);
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
        nn_byline_trim(&s, &n);
        if (r->fields[k] == NN_FLD_OWNER)
            n = without_year(s, n); /* "© ANTARA 2022" */
        if (n && !dst[0] && n < sizeof a->site_line)
            snprintf(dst, sizeof a->site_line, "%.*s", (int)n, s);
        break;
    }
    case NN_FLD_SOURCE:
        nn_byline_trim(&s, &n);
        if (n)
            nn_record_set(&rec->source, s, n);
        break;
    case NN_FLD_EXTRA:
        apply_extra(rec, key, s, n);
        break;
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

/* The names a byline opens with: capitalized words (and "and", "&",
 * commas between them) up to the first word in lower case ("Jasmine Hall
 * with the Jackson Hole News&Guide" -> "Jasmine Hall"). */
static size_t names_len(const char *s, size_t n)
{
    size_t i = 0, end = 0;
    while (i < n) {
        size_t w = i;
        while (w < n && s[w] != ' ')
            w++;
        if (!nn_starts_upper(s + i, w - i) &&
            !(w - i == 3 && !memcmp(s + i, "and", 3)) &&
            !(w - i == 1 && s[i] == '&'))
            break;
        end = w;
        i = w + 1;
    }
    return end;
}

/* The words of s (n bytes, single blanks). */
static size_t words_in(const char *s, size_t n)
{
    size_t i, k = 1;
    for (i = 0; i < n; i++)
        k += s[i] == ' ';
    return k;
}

/* "Original url:" with the URL on this line or the next non-blank one;
 * "By" with the byline on the next. */
static size_t apply_label(article *a, const nn_match *m, size_t i)
{
    size_t j;
    int blanks = 0;
    remove_line(a, m->r->name, i);
    if (m->gstart[0] != SIZE_MAX && m->gend[0] > m->gstart[0])
        return take_url(a, m->r->name, ltext(a, i) + m->gstart[0],
                        m->gend[0] - m->gstart[0], i, 2);
    for (j = i + 1; j < a->nz->nlines && blanks <= 2; j++) {
        const char *s = ltext(a, j);
        size_t n = a->nz->lines[j].len;
        if (!n) {
            blanks++;
            continue;
        }
        if (m->r->fields[0] == NN_FLD_AUTHORS) {
            /* "By" / "Jasmine Hall with the ...": the byline's names */
            size_t names = names_len(s, n);
            if (n > 200 || !nn_starts_upper(s, n) || nn_ends_sentence(s, n))
                break;
            /* under a role's label ("Reporter"), the whole line a name of
             * two to four words: "EDİTÖR" is another label, a headline
             * in title case is longer */
            if (!strcmp(m->r->name, "byline-role-label") &&
                (names != n || !memchr(s, ' ', n) || words_in(s, n) > 4))
                break;
            nn_byline_split(a, &a->rec->authors, s, names, 1);
            a->st.set |= 1u << NN_FLD_AUTHORS;
            remove_line(a, m->r->name, j);
            return j;
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

/* A line ending in a dash ("PALMA 26 Nov. (EUROPA PRESS) -"): a dateline
 * the paragraph below runs on from. */
static int ends_dash(const char *s, size_t n)
{
    while (n && s[n - 1] == ' ')
        n--;
    return (n >= 2 && s[n - 1] == '-' && s[n - 2] == ' ') ||
           (n >= 4 && s[n - 4] == ' ' &&
            (!memcmp(s + n - 3, "\xE2\x80\x93", 3) || /* – */
             !memcmp(s + n - 3, "\xE2\x80\x94", 3))); /* — */
}

/* Sentences run on in a long line ("... around the area Thursday. That
 * total now includes ..."): a paragraph of text (cut short, or run into
 * the next by the scrape), no standfirst. */
static int prose(const char *s, size_t n)
{
    size_t i, ends = 0;
    if (n <= 200)
        return 0; /* (a standfirst of two or three short sentences) */
    for (i = 1; i + 2 < n; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
            nn_starts_upper(s + i + 2, n - i - 2) && s[i - 1] >= 'a' &&
            s[i - 1] <= 'z')
            ends++;
    return ends >= 1;
}

#define PLACE_DATE_LEAD 40 /* bytes of a place before a date line's date */

/* Does s (n bytes) end with a date after a short lead, the line a place
 * and a date ("Campbell Bay, 17 May 2023")? */
static int place_date(const char *s, size_t n)
{
    nn_date_hit hit;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    return nn_date_find(s, n, &hit, 1) > 0 && hit.iso[0] &&
           hit.start <= PLACE_DATE_LEAD && hit.end == n;
}

/* Page-style scrapes: the line between the headline and the text that
 * is not a sentence is the standfirst ("dek"): kept in extra.subtitle;
 * a dateline is the article's, a place and a date the head's. */
static int page_subtitle(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len;
    if (a->st.in_body || a->headline == SIZE_MAX || i < a->headline ||
        n > 400 || ends_dash(s, n) || place_date(s, n) ||
        /* a whole paragraph (a wrapped one goes on below it) */
        (a->page_kind != NN_PAGE_PLAIN && i + 1 < a->nz->nlines &&
         a->nz->lines[i + 1].len) ||
        nn_ends_sentence(s, n) || nn_word_count(s, n) < 5 || prose(s, n) ||
        (a->nz->lines[i].kind != NN_LINE_TEXT &&
         a->nz->lines[i].kind != NN_LINE_HEADING))
        return 0;
    nn_record_extra(a->rec, "subtitle", s, n);
    remove_line(a, "subtitle", i);
    return 1;
}

/* An author box: a short paragraph that starts with a byline author's
 * name and says who they are ("Jane Doe covers city hall ...", the name
 * alone over "handles agriculture, business ... beats"). */
static int author_bio(article *a, size_t i)
{
    static const char *const verbs[] = {" is ",      " covers ",  " writes ",
                                        " reports ", " handles ", " joined ",
                                        NULL};
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len, k, vl;
    const char *const *v;
    if (n > 500 || !a->st.in_body)
        return 0;
    for (k = 0; k < a->rec->authors.len; k++) {
        const char *name = a->rec->authors.items[k];
        size_t nl = strlen(name), p = i;
        /* the name alone over it, the line going on in lower case
         * ("Rachel Ganancial" / "handles agriculture, ... beats.") */
        while (p > 0 && !a->nz->lines[p - 1].len)
            p--;
        if (p > 0 && nn_starts_lower(s, n) && a->nz->lines[p - 1].body &&
            a->nz->lines[p - 1].len == nl &&
            !memcmp(ltext(a, p - 1), name, nl)) {
            a->nz->lines[p - 1].body = 0;
            remove_line(a, "author-bio", p - 1);
            remove_line(a, "author-bio", i);
            return 1;
        }
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

/* A reporter's contact line under the story ("Jane Doe can be reached at
 * (570) 265-1634; email: ..."): the name is the author's and the line goes
 * (C, not a rule: a rule that opens with a capital would be tried on
 * nearly every line of text). */
static int reached_at(article *a, size_t i)
{
    const char *s = ltext(a, i), *p, *q;
    size_t n = a->nz->lines[i].len, k, words = 1;
    if (n > 300 || !a->st.in_body || !nn_starts_upper(s, n) ||
        !strncmp(s, "The ", 4) ||
        /* (the name comes first: only the line's first 60 bytes) */
        !(p = nn_find(s, n < 60 ? n : 60, "reached at ", 11)) || p - s < 12 ||
        (memcmp(p - 8, " can be ", 8) && memcmp(p - 8, " may be ", 8)))
        return 0;
    for (q = p + 11; q < s + n && *q != '@' && !(*q >= '0' && *q <= '9'); q++)
        ;
    if (q == s + n)
        return 0; /* no phone number, no address: an office's line */
    p -= 8;
    /* two or three capitalized words, no digits */
    for (k = 0; k < (size_t)(p - s); k++) {
        if (s[k] >= '0' && s[k] <= '9')
            return 0;
        if (s[k] == ' ' &&
            (++words > 3 ||
             !nn_starts_upper(s + k + 1, (size_t)(p - s) - k - 1)))
            return 0;
    }
    if (words < 2)
        return 0;
    nn_byline_split(a, &a->rec->authors, s, (size_t)(p - s), 1);
    remove_line(a, "reached-at", i);
    return 1;
}

/* The text's first line, opening with a news agency's byline ("Kemal
 * ERBEN/EĞİRDİR, (DHA) - ..."): the name is the author's, and goes from
 * the line; the dateline stays. */
static void agency_byline(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    size_t name, skip = nn_byline_agency(ltext(a, i), l->len, &name);
    if (!skip)
        return;
    log_removed(a, "agency-byline", i, ltext(a, i), skip);
    nn_byline_split(a, &a->rec->authors, ltext(a, i), name, 1);
    l->skip = skip;
}

/* Line i again, without the bar a scraper left at its end where the next
 * item of a row was ("di Camillo Buono|", "By Jane Doe |"): 1 with *m
 * when a rule claims the rest. */
static int match_without_bar(article *a, size_t i, nn_match *m)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len;
    if (n < 3 || s[n - 1] != '|')
        return 0;
    for (n--; n && s[n - 1] == ' '; n--)
        ;
    return n && nn_ruleset_match(a->rs, s, n, &a->st, m) >= 0;
}

/* Above the headline, line i (page.c's chrome) the site's masthead ("Огни
 * Кубани – Новости Кропоткина"): its name is the site's, as a line of the
 * site's name is. */
static void masthead_site(article *a, size_t i)
{
    size_t n;
    const char *name;
    if (a->site_line[0] || a->st.in_body || a->headline == SIZE_MAX ||
        i >= a->headline ||
        !(name = nn_page_masthead(ltext(a, i), a->nz->lines[i].len, &n)) ||
        n < 3 || n >= sizeof a->site_line || !memchr(name, ' ', n))
        return; /* (one word: a breadcrumb's, "Home | Sport") */
    snprintf(a->site_line, sizeof a->site_line, "%.*s", (int)n, name);
}

/* Line i, which no rule claims: a byline linked to its author's page,
 * page.c's chrome, the title, the standfirst, an author's box, or body
 * text. */
static void unclaimed_line(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    if ((a->headline_page || a->headline == SIZE_MAX) &&
        nn_byline_dated(a, i)) {
        a->st.set |= 1u << NN_FLD_AUTHORS; /* (for rules "when once") */
        remove_line(a, "byline-name", i);
        return;
    }
    if (nn_byline_words_credit(a, i)) {
        a->st.set |= 1u << NN_FLD_AUTHORS;
        remove_line(a, "author-label", i);
        return;
    }
    /* "[Jane Doe](/author/jane-doe)" near the headline: a byline */
    if (l->author && !a->st.in_body && l->len <= 120 &&
        (!a->rec->authors.len || (a->author_link && i <= a->author_link + 6))) {
        nn_byline_split(a, &a->rec->authors, ltext(a, i), l->len, 1);
        remove_line(a, "author-link", i);
        a->author_link = i; /* the next author may follow */
        return;
    }
    if (reached_at(a, i))
        return;
    if (l->drop) {
        /* a line of the head under the headline may be its
         * standfirst: kept in extra.subtitle */
        if (l->drop == NN_V_HEAD_LINE && page_subtitle(a, i))
            return;
        /* the headline the address's slug spells, which the page took
         * for chrome */
        if (nn_title_slug_lead(a, i, 1) == 2)
            return;
        if (!nn_byline_after_date(a, i)) /* (the line goes all the same) */
            nn_byline_signoff(a, i);
        masthead_site(a, i);
        remove_page_line(a, i);
        return;
    }
    /* a page's heading, when page.c chose no headline: the
     * title, as the title-heading rule has it for "# " lines */
    if (l->kind == NN_LINE_HEADING && !a->st.in_body &&
        (!a->rec->title || a->st.title_guess)) {
        /* the guess is a section label (see nn_title_drop_guess);
         * nn_title_take_headline() still reads its " | Site" suffix */
        if (a->rec->title)
            nn_record_extra(a->rec, "section", a->rec->title,
                            strlen(a->rec->title));
        nn_title_take_headline(a, i);
        return;
    }
    if (!a->st.in_body && !a->plain &&
        (nn_classify_lone_date(a, i) || nn_title_line(a, i)))
        return;
    if (a->headline_page && (page_subtitle(a, i) || author_bio(a, i)))
        return;
    if (!a->st.in_body && a->rec->title && !a->plain &&
        strlen(a->rec->title) == l->len &&
        !memcmp(a->rec->title, ltext(a, i), l->len)) {
        remove_line(a, "title-repeat", i); /* the headline printed again */
        return;
    }
    if (!a->st.in_body && !a->plain)
        nn_classify_glued_date(a, i);
    if (!a->st.in_body && !a->plain && !a->rec->title) {
        int slug = nn_title_slug_lead(a, i, 0);
        if (slug == 2)
            return; /* the headline alone */
        if (!slug)
            nn_title_glued_lead(a, i);
    }
    if (nn_byline_signoff(a, i)) {
        remove_line(a, "signature", i);
        return;
    }
    nn_title_glued_caption(a, i); /* (at the text's first line only) */
    if (!a->st.in_body && !a->plain && !a->rec->authors.len && !l->skip)
        agency_byline(a, i); /* (not in newsnorm's own text, read back) */
    l->body = 1;
    a->st.in_body = 1;
    nn_tails_cut(a, i);
}

/* Is rule m's match on line i the page's only line the same rule
 * claims?  A post's meta line ("Erika Muster | 7. 08. 2013 | News | Keine
 * Kommentare") names its writer once; a list of related posts, each
 * under its meta line, names theirs. */
static int only_match(article *a, const nn_match *m, size_t i)
{
    size_t j;
    nn_match o;
    for (j = 0; j < a->nz->nlines; j++) {
        const char *t = ltext(a, j);
        size_t n = a->nz->lines[j].len;
        if (j != i && n && memchr(t, '|', n) &&
            nn_ruleset_match(a->rs, t, n, &a->st, &o) >= 0 && o.r == m->r)
            return 0;
    }
    return 1;
}

/* Apply the action of the rule that matched line i; returns the last
 * line it used. */
static size_t apply_action(article *a, const nn_match *m, size_t i)
{
    nn_normalizer *nz = a->nz;
    line *l = &nz->lines[i];
    size_t k;

    switch (m->r->act) {
    case NN_ACT_DROP:
        remove_line(a, m->r->name, i);
        break;
    case NN_ACT_FIELD:
        remove_line(a, m->r->name, i);
        if (!strcmp(m->r->name, "post-byline") && !only_match(a, m, i))
            break; /* (a related post's) */
        i = apply_fields(a, m, i);
        break;
    case NN_ACT_PREFIX:
        log_removed(a, m->r->name, i, ltext(a, i), m->end);
        k = apply_fields(a, m, i); /* a URL may go on below */
        if (l->drop && m->end < l->len) {
            l->skip = m->end;
            if (nn_title_slug_lead(a, i, 1) != 2)
                remove_page_line(a, i);
        } else if (m->end < l->len) {
            l->skip = m->end;
            /* " date 2026-02-13 Headline Text ...": the headline the
             * address's slug spells, run together with the text */
            if (nn_title_slug_lead(a, i, 0) != 2) {
                l->body = 1;
                a->st.in_body = 1;
            }
        }
        i = k;
        break;
    case NN_ACT_BLOCK:
        apply_fields(a, m, i);
        for (k = i; k <= i + m->block; k++)
            if (nz->lines[k].len)
                remove_line(a, m->r->name, k);
        i += m->block;
        break;
    case NN_ACT_LABEL:
        i = apply_label(a, m, i);
        break;
    case NN_ACT_LIST:
        i = apply_list(a, m, i);
        break;
    }
    return i;
}

#define HEAD_RETRY_LINES 8 /* lines under the headline a byline may be */
#define STANDFIRST_MAX 200 /* bytes of a standfirst the text opens with */
#define DATE_LINE_MAX 80   /* bytes of a date line under a byline */

/* Line i, which no rule claimed, under a standfirst the body already
 * opened with ("The island link will run ..." / "By Talaia Mika 19
 * December 2020"): a byline of the head still, when it is marked as one,
 * no writer is known yet and one paragraph at most stands between it and
 * the headline.  1 with *m when a rule claims it as the head would. */
static int head_byline(article *a, size_t i, nn_match *m)
{
    nn_match_state st = a->st;
    nn_date_hit hit;
    size_t k, paras = 0, bytes = 0;
    if (!a->st.in_body || a->rec->authors.len || a->headline == SIZE_MAX ||
        i > a->headline + HEAD_RETRY_LINES ||
        !nn_byline_marked(ltext(a, i), a->nz->lines[i].len))
        return 0;
    for (k = a->headline + 1; k < i; k++)
        if (a->nz->lines[k].body) {
            paras++;
            bytes += a->nz->lines[k].len;
        }
    /* under the text's paragraphs: a quoted column's byline ("Von Frank
     * Heine 09.04.2024" in a press review); under a paragraph of the text,
     * with no date on it or under it, a sign-off ("By Robert Tachie
     * Menson, GNA") */
    for (k = i + 1; k < a->nz->nlines && !a->nz->lines[k].len; k++)
        ;
    if (paras > 1 ||
        (paras == 1 && bytes >= STANDFIRST_MAX &&
         !(nn_date_find(ltext(a, i), a->nz->lines[i].len, &hit, 1) > 0 &&
           hit.iso[0]) &&
         !(k < a->nz->nlines && a->nz->lines[k].len <= DATE_LINE_MAX &&
           nn_date_find(ltext(a, k), a->nz->lines[k].len, &hit, 1) > 0 &&
           hit.iso[0])))
        return 0;
    st.in_body = 0;
    return nn_ruleset_match(a->rs, ltext(a, i), a->nz->lines[i].len, &st, m) >=
               0 &&
           m->r->act == NN_ACT_FIELD && m->r->fields[0] == NN_FLD_AUTHORS;
}

void nn_classify(article *a)
{
    nn_normalizer *nz = a->nz;
    size_t i;

    for (i = 0; i < nz->nlines; i++) {
        line *l = &nz->lines[i];
        nn_match m;

        if (!l->len) {
            if (l->drop && l->kind != NN_LINE_JOINED) /* an image, a rule */
                remove_page_line(a, i);
            continue;
        }
        a->cur = i;
        a->st.lineno = l->lineno;
        if (i == a->headline) {
            nn_title_take_headline(a, i);
            continue;
        }
        if (l->drop == NN_V_NAV_LIST) {
            remove_page_line(a, i); /* menus are never fields */
            continue;
        }
        if (nn_ruleset_match(a->rs, ltext(a, i), l->len, &a->st, &m) < 0 &&
            !match_without_bar(a, i, &m) && !head_byline(a, i, &m))
            unclaimed_line(a, i);
        else
            i = apply_action(a, &m, i);
    }
}

/* page.c's veto: does a rule claim line i as chrome (any rule but a
 * title's, or a prefix's that leaves text)?  Asked of a few headline
 * candidates only, as the head of the page would see it. */
int nn_classify_veto(void *ctx, size_t i)
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
