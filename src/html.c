/* html.c - an HTML page to the reader-mode text the pipeline reads.
 *
 *   1. charset: the BOM, <meta charset> or http-equiv in the first 4 KiB
 *      (only when the bytes are not UTF-8 already), else UTF-8;
 *   2. libxml2's HTML parser, SAX callbacks only: a compact tree of our own
 *      (nodes in document order, so a subtree is a range of indexes), the
 *      metadata read on the way (meta, link, title, html lang, time,
 *      JSON-LD scripts with jansson);
 *   3. what goes: script and the like (always), hidden elements, nav,
 *      aside, footer, a header outside article/main, elements whose class
 *      or id words name boilerplate; a removed container that holds most of
 *      the page's paragraph text and the headline is kept after all (a
 *      page that puts its article in a "content-sidebar-wrap"), and so are
 *      those around the largest element naming the article (a story in a
 *      "modal" over a front page);
 *   4. the article: the tightest <article>, <main>, itemprop=articleBody,
 *      itemtype=...Article or "article-body"-like element that holds most
 *      of the paragraph text left, else the whole body; inside it, one
 *      that names the article and holds a quarter (the rest a live feed
 *      or teasers); in it, blocks of links and little else go; plus the
 *      h1 when it stands outside, and the standfirst under it;
 *   5. the reader-mode document (see html.h).
 * Each step is one pass over the input or the nodes.  This file is the
 * stage's entry (detection, the charset, the parse, the steps in order,
 * the removals reported, the record filled); the steps live in the
 * html_*.c files, in the order html_int.h lists them. */
#include "html.h"
#include "html_int.h"

#include "inline.h"
#include "page.h"

#include <pthread.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Calls f on each of h's buffers (the one list of them). */
static void each_buf(nn_html *h, void (*f)(nn_buf *))
{
    nn_buf *const bufs[] = {&h->text, &h->attr, &h->title, &h->ld,
                            &h->tmp,  &h->out,  &h->rm,    &h->pre};
    size_t i;
    for (i = 0; i < NN_COUNT(bufs); i++)
        f(bufs[i]);
}

nn_html *nn_html_new(void)
{
    nn_html *h = nn_xcalloc(1, sizeof *h);
    htmlSAXHandler sax;

    nn_libxml_init();
    nn_ht_sax(&sax);
    h->ctxt = htmlNewParserCtxt();
    if (!h->ctxt)
        nn_die_oom(sizeof(htmlParserCtxt));
    memcpy(h->ctxt->sax, &sax, sizeof sax);
    h->ctxt->userData = h;
    each_buf(h, nn_buf_init);
    return h;
}

void nn_html_free(nn_html *h)
{
    if (!h)
        return;
    htmlFreeParserCtxt(h->ctxt);
    nn_ht_meta_clear(h);
    free(h->n);
    each_buf(h, nn_buf_free);
    free(h->cuts);
    free(h->open);
    free(h);
}

int nn_html_article(const nn_html *h)
{
    return h->article;
}

const nn_html_meta *nn_html_meta_of(const nn_html *h)
{
    return &h->meta;
}

/* ---- detection and charset ----------------------------------------------- */

static int html_tag_at(const char *s, size_t n)
{
    static const char *const opens[] = {"<!doctype html", "<html", "<head",
                                        "<body"};
    size_t i, wl;
    for (i = 0; i < NN_COUNT(opens); i++) {
        wl = strlen(opens[i]);
        if (nn_starts_ci(s, n, opens[i]) &&
            (n == wl || strchr(" \t\r\n>/", s[wl])))
            return 1;
    }
    return 0;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

int nn_html_detect(const char *s, size_t len)
{
    size_t i = 0, j, lim = len < 1024 ? len : 1024;
    if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    for (;;) { /* white space, comments, an XML declaration */
        while (i < lim && is_ws(s[i]))
            i++;
        if (lim - i >= 4 && !memcmp(s + i, "<!--", 4)) {
            for (j = i + 4; j + 3 <= lim && memcmp(s + j, "-->", 3); j++)
                ;
            if (j + 3 > lim)
                break;
            i = j + 3;
        } else if (lim - i >= 5 && nn_starts_ci(s + i, lim - i, "<?xml")) {
            for (j = i + 5; j + 2 <= lim && memcmp(s + j, "?>", 2); j++)
                ;
            if (j + 2 > lim)
                break;
            i = j + 2;
        } else {
            break;
        }
    }
    if (html_tag_at(s + i, len - i))
        return 1;
    /* a tag that opens a later line (memchr finds the lines) */
    for (j = i; j < lim; j++) {
        const char *nl = memchr(s + j, '\n', lim - j);
        size_t k;
        if (!nl)
            break;
        j = (size_t)(nl - s);
        for (k = j + 1; k < len && (s[k] == ' ' || s[k] == '\t'); k++)
            ;
        if (k < lim && html_tag_at(s + k, len - k))
            return 1;
    }
    return 0;
}

/* The charset a page declares in its first CHARSET_SCAN bytes
 * (<meta charset="x">, <meta http-equiv ... content="...; charset=x">),
 * into out; 0 when it declares one. */
static int declared_charset(const char *s, size_t n, char *out, size_t outlen)
{
    size_t i, lim = n < CHARSET_SCAN ? n : CHARSET_SCAN;
    for (i = 0; i + 8 < lim; i++) {
        size_t k, o = 0;
        if (s[i] != '<' || !nn_starts_ci(s + i, lim - i, "<meta"))
            continue;
        for (k = i + 5; k < lim && s[k] != '>'; k++) {
            if (!nn_starts_ci(s + k, lim - k, "charset"))
                continue;
            k += 7;
            while (k < lim && is_ws(s[k]))
                k++;
            if (k >= lim || s[k] != '=')
                break;
            k++;
            while (k < lim && (is_ws(s[k]) || s[k] == '"' || s[k] == '\''))
                k++;
            while (k < lim && o + 1 < outlen &&
                   ((s[k] >= 'a' && s[k] <= 'z') ||
                    (s[k] >= 'A' && s[k] <= 'Z') ||
                    (s[k] >= '0' && s[k] <= '9') || strchr("-_.:", s[k])))
                out[o++] = s[k++];
            out[o] = '\0';
            if (o)
                return 0;
            break;
        }
    }
    return -1;
}

static int utf8_name(const char *cs)
{
    return !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8") ||
           !strcasecmp(cs, "us-ascii") || !strcasecmp(cs, "ascii") ||
           !strcasecmp(cs, "unicode-1-1-utf-8");
}

/* The rule of each D_* (--explain, the record's removals). */
static const char *const drop_rule[] = {
    NULL,      "html-script", "html-hidden", "html-chrome", "html-boilerplate",
    "html-ad", "html-links"};

/* --explain: the outermost element of each removal, with its path. */
static void report(nn_html *h, nn_html_removed_fn fn, void *ctx)
{
    size_t i;
    char path[3 * PATH_MAX_DESC + 8];
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        uint32_t p;
        size_t k, o = 0;
        uint32_t chain[3];
        int nc = 0;
        if (!x->drop || !(x->flags & F_DEAD) ||
            (h->n[x->parent].flags & F_DEAD) || !x->chars)
            continue;
        for (p = (uint32_t)i; p && nc < 3; p = h->n[p].parent)
            chain[nc++] = p;
        while (nc-- > 0) {
            const hnode *y = &h->n[chain[nc]];
            size_t l = y->dlen < PATH_MAX_DESC ? y->dlen : PATH_MAX_DESC;
            if (o)
                memcpy(path + o, " > ", 3), o += 3;
            for (k = 0; k < l; k++)
                path[o++] = h->attr.ptr[y->doff + k];
        }
        path[o] = '\0';
        fn(ctx, drop_rule[x->drop], path, x->chars);
        i = x->end; /* inside it: reported with it */
    }
}

/* After a very large page the tree and buffers go back (the text pipeline
 * that runs next needs memory of its own); the usual page keeps them for
 * the next.  Removals and metadata stay: nn_html_record() reads them. */
#define KEEP_NODES ((size_t)1 << 18)
#define KEEP_BYTES ((size_t)16 << 20)
static void shrink(nn_html *h)
{
    nn_buf *bufs[] = {&h->text, &h->attr, &h->pre, &h->tmp};
    size_t i;
    if (h->ncap > KEEP_NODES) {
        free(h->n);
        h->n = NULL;
        h->nn = h->ncap = 0;
    }
    for (i = 0; i < NN_COUNT(bufs); i++)
        if (bufs[i]->cap > KEEP_BYTES)
            nn_buf_free(bufs[i]);
    if (h->opencap > KEEP_NODES) {
        free(h->open);
        h->open = NULL;
        h->opencap = h->nopen = 0;
    }
}

static void reset(nn_html *h)
{
    nn_ht_meta_clear(h);
    h->nn = 0;
    h->cur = 0;
    nn_buf_clear(&h->text);
    nn_buf_clear(&h->attr);
    nn_buf_clear(&h->title);
    nn_buf_clear(&h->ld);
    nn_buf_clear(&h->rm);
    h->depth = h->overflow = h->in_main = h->in_a = 0;
    h->in_fig = h->hard = h->in_title = h->in_ld = 0;
    h->title_done = h->lds = h->nodes_full = 0;
    h->ntimes = 0;
    h->article = 0;
    /* the root */
    NN_ARRAY_RESERVE(h->n, h->ncap, 1);
    memset(&h->n[0], 0, sizeof h->n[0]);
    h->n[0].tag = T_ROOT;
    h->nn = 1;
}

/* The page parsed into h's tree: its charset found (the bytes as read,
 * when they are not UTF-8 and say what they are), script text cut, then
 * libxml2's SAX parse.  -1 with err set when it is no HTML document. */
static int parse_page(nn_html *h, const char *raw, size_t rawlen,
                      const char *utf8, size_t len, char *err, size_t errlen)
{
    char cs[64];
    const char *src = utf8, *enc = "UTF-8";
    size_t n = len;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
               HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
    xmlCharEncodingHandlerPtr hd = NULL;

    /* the bytes as read, when they are not UTF-8 and say what they are */
    if (raw && !(rawlen >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) &&
        declared_charset(raw, rawlen, cs, sizeof cs) == 0 && !utf8_name(cs)) {
        hd = xmlFindCharEncodingHandler(cs);
        if (hd) {
            xmlCharEncCloseFunc(hd);
            src = raw;
            n = rawlen;
            enc = cs;
            snprintf(h->charset, sizeof h->charset, "%s", cs);
            h->meta.charset = h->charset;
        } else {
            char msg[120];
            snprintf(msg, sizeof msg,
                     "unknown charset '%.40s': the page "
                     "was read as UTF-8",
                     cs);
            nn_ht_warn(h, msg);
        }
    }
    if (n > INT32_MAX) {
        snprintf(err, errlen, "HTML page too large to parse");
        return -1;
    }
    if (!strcmp(enc, "UTF-8"))
        opts |= HTML_PARSE_IGNORE_ENC;
    nn_ht_prestrip(h, src, n);
    htmlCtxtReset(h->ctxt);
    h->ctxt->userData = h;
    htmlCtxtReadMemory(h->ctxt, h->pre.ptr, (int)h->pre.len, NULL, enc, opts);
    h->ctxt->userData = h;
    if (h->nn <= 1 && !h->title.len && !h->lds) {
        snprintf(err, errlen, "not an HTML document");
        return -1;
    }
    if (h->tags_dropped)
        nn_ht_warn(h, "HTML tags with thousands of attributes, or nested "
                      "more than 1024 deep, were left out");
    return 0;
}

/* The headline element (0: none) and *matched: the metadata's title is
 * the page's headline, to be written first in its words. */
static uint32_t find_headline(nn_html *h, uint32_t root, int *matched)
{
    uint32_t h1 = nn_ht_choose_h1(h, root, h->meta.title, matched);

    if (*matched && !h->title_meta) {
        /* <title> alone ("Headline - Blog name"): the heading that matches
         * it has the headline's own words */
        nn_ht_subtree_text(h, h1, &h->tmp, META_MAX);
        if (h->tmp.len) {
            free(h->meta.title);
            h->meta.title = nn_ht_clean_dup(h->tmp.ptr, h->tmp.len);
            if (!h->meta.site)
                nn_ht_site_of_title(h);
        }
    }
    /* the metadata's headline, checked against the page: a heading says
     * it, or <title> does (a title from meta tags), or there is no h1 */
    if (!*matched && h->meta.title &&
        !nn_ht_names_site(h->meta.title, strlen(h->meta.title), h->meta.site,
                          h->meta.url)) {
        if (!h1)
            *matched = 1;
        else if (h->title_meta && h->title.len) {
            char *t = nn_ht_clean_dup(h->title.ptr, h->title.len);
            *matched = t && nn_ht_overlap(h->meta.title, t) > 0.5;
            free(t);
        }
    }
    return h1;
}

int nn_html_convert(nn_html *h, const char *raw, size_t rawlen,
                    const char *utf8, size_t len, nn_html_removed_fn removed,
                    void *ctx, nn_buf *out, char *err, size_t errlen)
{
    uint32_t root, h1;
    int matched;

    reset(h);
    h->explain = removed != NULL;
    nn_buf_clear(out);
    if (parse_page(h, raw, rawlen, utf8, len, err, errlen) < 0)
        return -1;
    nn_ht_measure(h);
    root = nn_ht_article_root(h);
    nn_ht_link_blocks(h, root);
    nn_ht_merge_meta(h);
    h1 = find_headline(h, root, &matched);
    nn_ht_time_near(h, h1);
    nn_ht_byline(h);
    nn_ht_lead_caption(h, root, h1);
    nn_ht_find_dek(h, h1, root);
    if (removed)
        report(h, removed, ctx);
    nn_ht_write_doc(h, root, h1, matched, out);
    shrink(h);
    return 0;
}

/* ---- into the record (normalize.c) --------------------------------------- */

void nn_html_collect(void *ctx, const char *why, const char *path,
                     size_t textlen)
{
    nn_html *h = ctx;
    char num[32];
    if (h->rm.len > ((size_t)1 << 20))
        return;
    nn_buf_puts(&h->rm, why);
    nn_buf_putc(&h->rm, '\0');
    nn_buf_puts(&h->rm, path);
    snprintf(num, sizeof num, " (%zu bytes of text)", textlen);
    nn_buf_puts(&h->rm, num);
    nn_buf_putc(&h->rm, '\0');
}

static int has_extra(const nn_record *rec, const char *key)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++)
        if (!strcmp(rec->extra[i].key, key))
            return 1;
    return 0;
}

void nn_html_record(nn_html *h, nn_record *rec, int lang_known)
{
    nn_html_meta *m = &h->meta;
    size_t i, before;
    if (m->lang && !lang_known && !has_extra(rec, "lang")) {
        char code[16];
        size_t k;
        for (k = 0; m->lang[k] && m->lang[k] != '-' && m->lang[k] != '_' &&
                    k + 1 < sizeof code;
             k++)
            code[k] = (char)(m->lang[k] >= 'A' && m->lang[k] <= 'Z'
                                 ? m->lang[k] | 0x20
                                 : m->lang[k]);
        code[k] = '\0';
        if (k >= 2 && k <= 3)
            nn_record_extra(rec, "lang", code, k);
    }
    if (m->section && !has_extra(rec, "section"))
        nn_record_extra(rec, "section", m->section, strlen(m->section));
    if (m->tags.len && !has_extra(rec, "tags")) {
        nn_buf_clear(&h->tmp);
        for (i = 0; i < m->tags.len; i++) {
            if (i)
                nn_buf_puts(&h->tmp, ", ");
            nn_buf_puts(&h->tmp, m->tags.items[i]);
        }
        nn_record_extra(rec, "tags", h->tmp.ptr, h->tmp.len);
    }
    if (h->dek && !has_extra(rec, "subtitle"))
        nn_record_extra(rec, "subtitle", h->dek, strlen(h->dek));
    if (m->modified && !has_extra(rec, "modified"))
        nn_record_extra(rec, "modified", m->modified, strlen(m->modified));
    if (m->image && !has_extra(rec, "image"))
        nn_record_extra(rec, "image", m->image, strlen(m->image));
    if (m->caption && !rec->image) {
        rec->image = nn_xcalloc(1, sizeof *rec->image);
        rec->image->caption = nn_xstrdup(m->caption);
        if (m->credit)
            rec->image->credit = nn_xstrdup(m->credit);
    }
    for (i = 0; i < m->warnings.len; i++)
        nn_record_warn(rec, m->warnings.items[i]);
    before = rec->removed_len;
    for (i = 0; i < h->rm.len;) {
        const char *why = h->rm.ptr + i;
        const char *path = why + strlen(why) + 1;
        nn_record_removed(rec, why, 0, path, strlen(path));
        i = (size_t)(path + strlen(path) + 1 - h->rm.ptr);
    }
    /* line 0: before the text's removals, which come in line order */
    if (before && rec->removed_len > before) {
        size_t k = rec->removed_len - before;
        nn_removal *tmp = nn_xmalloc(k * sizeof *tmp);
        memcpy(tmp, rec->removed + before, k * sizeof *tmp);
        memmove(rec->removed + k, rec->removed, before * sizeof *tmp);
        memcpy(rec->removed, tmp, k * sizeof *tmp);
        free(tmp);
    }
}

/* libxml2 must be initialized once before threads use it (its lazy
 * initialization of the dictionary mutex races and deadlocks). */
static void init_libxml(void)
{
    xmlInitParser();
}

void nn_libxml_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_libxml);
}
