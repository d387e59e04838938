/* normalize.c - the pipeline: one article's bytes to a record.
 *
 *   input.c      bytes -> valid UTF-8, LF line ends
 *   html.c       an HTML page -> its reader-mode text
 *   inline.c     per line: tags and entities (only where '<' or '&')
 *   unicode.c    per line: spaces, invisible characters, NFC
 *   profile      detection by the profiles' signals (rules.c)
 *   page.c       page-style scrapes only: markdown rewritten, blocks
 *                judged article or page chrome, the headline chosen
 *                (page_*.c)
 *   classify.c   per line: one match against the profile's rule table
 *                (rules.c) and the rule's action and fields applied;
 *                names by byline.c, the title by title.c
 *   paragraph.c  body lines -> paragraphs
 *   record.c     derived fields: word count, fingerprint
 *
 * This file holds the normalizer, the stages up to the cleaned lines, and
 * the last ones: the body assembled and the record finished (source,
 * title, URL, date fallbacks, warnings).
 *
 * All per-article working memory lives in the normalizer and is reused, so
 * the steady state allocates only the record's own strings. */
#include "article.h"
#include "date.h"
#include "inline.h"
#include "input.h"
#include "lang.h"
#include "page.h"
#include "paragraph.h"
#include "rules.h"
#include "unicode.h"
#include "url.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
        if (!(nz->sets[i] =
                  nn_ruleset_new(nn_profiles_at(ps, i), err, errlen))) {
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
        return;    /* "date 2024-07-0412345": no header */
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
    l->header = k;
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

/* The source: named by the text itself (--profile text), the profile,
 * the URL's host, the copyright line's owner, the title's " | Site", the
 * page's own name, else what the page's words say of it (source.c). */
static void choose_source(article *a, const nn_profile *p)
{
    nn_record *rec = a->rec;
    if (rec->source)
        ; /* named by the text itself (--profile text) */
    else if (p->source)
        rec->source = nn_xstrdup(p->source);
    else if (rec->url)
        rec->source = nn_url_source(rec->url);
    else if (a->owner[0] && nn_source_station(rec))
        ; /* "(WTAJ) -": the station, not the group its copyright names */
    else if (a->owner[0])
        rec->source = nn_xstrdup(a->owner);
    else if (a->site[0])
        rec->source = nn_xstrdup(a->site); /* "Title | Site" */
    else if (a->site_line[0])
        rec->source = nn_xstrdup(a->site_line);
    else if (a->byline_outlet[0])
        rec->source = nn_xstrdup(a->byline_outlet); /* "By X Global News" */
    else
        nn_source_guess(a); /* source.c: the page's own words */
}

/* No line gave the date: a wire id's, the URL's, the dateline's at the
 * text's start, one above the headline, the crawl date, each said in a
 * warning. */
static void fallback_date(article *a)
{
    nn_record *rec = a->rec;
    char d[NN_DATE_MAX];
    if (a->fallback[0] && nn_classify_plausible_date(a, a->fallback)) {
        rec->date = nn_xstrdup(a->fallback);
        nn_record_warn(rec, "date taken from the wire id");
    } else if (rec->url && nn_date_from_url(rec->url, d) == 0) {
        rec->date = nn_xstrdup(d);
        nn_record_warn(rec, "date taken from the URL");
    } else if (nn_classify_dateline_date(a, d)) {
        rec->date = nn_xstrdup(d);
        nn_record_warn(rec, "date taken from the dateline");
    } else if (a->early[0]) {
        rec->date = nn_xstrdup(a->early);
        nn_record_warn(rec, "date taken from a line above the headline");
    } else if (nn_classify_yearless_dateline(a, d)) {
        rec->date = nn_xstrdup(d);
        nn_record_warn(rec, "date taken from the dateline and the crawl date");
    } else if (strlen(a->crawl) == 10) { /* a day, not a month */
        rec->date = nn_xstrdup(a->crawl);
        nn_record_warn(rec, "date taken from the crawl date");
    } else {
        nn_record_warn(rec, "no date found");
    }
}

/* What the input stage repaired, in warnings. */
static void input_warnings(nn_record *rec, const nn_input_info *info)
{
    char msg[96];
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
        snprintf(msg, sizeof msg, "stray NUL bytes removed (%zu)", info->nuls);
        nn_record_warn(rec, msg);
    }
}

static void finish(article *a, const nn_input_info *info)
{
    nn_record *rec = a->rec;
    const nn_profile *p = nn_ruleset_profile(a->rs);

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
    nn_title_printed_bare(a);
    choose_source(a, p);
    nn_title_cut_suffix(a);
    nn_title_site_name(a);
    nn_title_place_kicker(a);
    if (rec->url) {
        rec->url[nn_ruleset_url_len(a->rs, rec->url, strlen(rec->url))] = 0;
        nn_ruleset_urlids(a->rs, rec->url, put_id, rec);
    }
    if (!rec->date)
        fallback_date(a);
    if (!rec->title)
        nn_record_warn(rec, "no title found");
    if (!rec->body[0])
        nn_record_warn(rec, "no body text found");
    else if (a->headline_page && nn_page_failed(a->nz->page) == 2)
        nn_record_warn(rec, "no block reads as article text: the page's "
                            "text is kept as it is");
    input_warnings(rec, info);
    nn_record_finish(rec);
}

/* html.c: the page's reader-mode text replaces nz->dec (see
 * nn_normalize); html_used says whether it did. */
static void read_html(nn_normalizer *nz, const char *data, size_t len,
                      nn_input_info *info)
{
    char herr[128];
    if (!nz->html)
        nz->html = nn_html_new();
    if (nn_html_convert(nz->html, info->invalid && !info->utf16 ? data : NULL,
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
        if (nn_input_decode(nz->dec.ptr, nz->dec.len, 0, NN_DEC_PLAIN,
                            &nz->scratch, &again, herr, sizeof herr) == NN_OK) {
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
            info->invalid = info->mojibake = 0; /* not UTF-8: decoded */
    }
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
    plain = nz->forced >= 0 && nn_ruleset_profile(nz->sets[nz->forced])->plain;
    st = nn_input_decode(data, len, nz->opt.flags,
                         plain ? NN_DEC_PLAIN : NN_DEC_REPAIR, &nz->dec, &info,
                         nz->err, sizeof nz->err);
    if (st != NN_OK)
        return st;
    /* html.c: an HTML page (--input-format html, or auto and it looks like
     * one) becomes the reader-mode text that the rest reads; its bytes as
     * read are decoded again when they were not UTF-8 and say their
     * charset.  A page that cannot be parsed is read as text. */
    nz->html_used = 0;
    if (!plain &&
        (nz->opt.input_format ? !strcmp(nz->opt.input_format, "html")
                              : nn_html_detect(nz->dec.ptr, nz->dec.len)))
        read_html(nz, data, len, &info);
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
        nn_page_veto veto = {nn_classify_veto, &a};
        a.headline =
            nn_page_judge(nz->page,
                          kind | (nz->html_used && nn_html_article(nz->html)
                                      ? NN_PAGE_ARTICLE
                                      : 0),
                          &nz->text, nz->lines, nz->nlines, &veto);
    }
    /* nz->text is not changed from here on */
    nn_ruleset_text(a.rs, nz->text.ptr, nz->text.len);
    nn_classify(&a);
    nn_ruleset_text(a.rs, NULL, 0);
    nn_classify_dates(&a);
    build_body(&a);
    finish(&a, &info);
    *out = a.rec;
    return NN_OK;
}
