/* html_prestrip.c - the HTML stage's first step, before libxml2 reads the
 * page (html.c calls it once the charset is known): the text of script
 * and style elements, the content of inline SVGs and comments cut out
 * (their text lengths kept, so that the tree still counts them), the
 * attributes the converter does not read left out of start tags, and
 * start tags that would make the parser quadratic (thousands of
 * attributes, nesting past 1024) left out.  The parse that follows builds
 * the tree in html_tree.c. */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- script text cut before the parse ------------------------------------ */

/* Is s (n bytes) "<script" or "<style" (ASCII case ignored) as a tag? */
static int raw_tag(const char *s, size_t n)
{
    if (n < 2 || (s[1] | 0x20) != 's')
        return 0; /* most tags */
    return (nn_starts_ci(s, n, "<script") && n > 7 &&
            strchr(" \t\r\n/>", s[7])) ||
           (nn_starts_ci(s, n, "<style") && n > 6 && strchr(" \t\r\n/>", s[6]));
}

/* The end of the tag that starts at s[0] == '<': the index after its
 * '>', quotes around attribute values respected within 4 KiB; 0 when it
 * has none. */
static size_t tag_end(const char *s, size_t n)
{
    size_t i, lim = n < 4096 ? n : 4096;
    char q = 0;
    for (i = 1; i < lim; i++) {
        if (q) {
            if (s[i] == q)
                q = 0;
        } else if ((s[i] == '"' || s[i] == '\'') && s[i - 1] == '=') {
            q = s[i];
        } else if (s[i] == '>') {
            return i + 1;
        }
    }
    const char *gt = memchr(s, '>', n);
    return gt ? (size_t)(gt - s) + 1 : 0;
}

/* Where "</name" starts in s (ASCII case ignored), or n. */
static size_t find_end_tag(const char *s, size_t n, const char *name)
{
    size_t i = 0, nl = strlen(name);
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return n;
        i = (size_t)(lt - s);
        if (n - i >= nl + 2 && s[i + 1] == '/' &&
            nn_starts_ci(s + i + 2, n - i - 2, name))
            return i;
        i++;
    }
    return n;
}

/* ---- inline SVG cut before the parse ------------------------------------- */

/* Is s (n bytes) "<svg" (ASCII case ignored) as a tag? */
static int svg_tag(const char *s, size_t n)
{
    return nn_starts_ci(s, n, "<svg") && n > 4 && strchr(" \t\r\n/>", s[4]);
}

/* The bytes of text libxml2 would report inside an SVG's content s (n
 * bytes): what stands outside tags and comments, a character reference
 * or a common entity counted as the UTF-8 it stands for. */
static uint32_t svg_text(const char *s, size_t n)
{
    size_t i = 0, t = 0;
    while (i < n) {
        if (s[i] == '<' && i + 1 < n &&
            (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') ||
             s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?')) {
            const char *e;
            if (n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
                size_t k = i + 4;
                while (k + 3 <= n && memcmp(s + k, "-->", 3))
                    k++;
                i = k + 3;
                continue;
            }
            e = memchr(s + i, '>', n - i);
            i = e ? (size_t)(e - s) + 1 : n;
            continue;
        }
        if (s[i] == '&') {
            size_t k = i + 1;
            unsigned long cp = 0;
            while (k < n && k - i < 12 && s[k] != ';' && s[k] != '<' &&
                   !ws_byte((unsigned char)s[k]))
                k++;
            if (k < n && s[k] == ';' && s[i + 1] == '#') {
                cp = strtoul(s + i + 2 + ((s[i + 2] | 0x20) == 'x'), NULL,
                             (s[i + 2] | 0x20) == 'x' ? 16 : 10);
                t += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                i = k + 1;
                continue;
            }
            if (k < n && s[k] == ';' && k - i <= 5) {
                t += nn_starts_ci(s + i, k - i, "&nbsp") ? 2 : 1;
                i = k + 1;
                continue;
            }
        }
        t++;
        i++;
    }
    return t > UINT32_MAX ? UINT32_MAX : (uint32_t)t;
}

/* Where the SVG whose content starts at s ends: the index of its own
 * "</svg" (an SVG inside it counted), or n. */
static size_t svg_end(const char *s, size_t n)
{
    size_t i = 0;
    int depth = 1;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return n;
        i = (size_t)(lt - s);
        if (svg_tag(s + i, n - i))
            depth++;
        else if (n - i >= 5 && s[i + 1] == '/' &&
                 nn_starts_ci(s + i + 2, n - i - 2, "svg") && --depth == 0)
            return i;
        i++;
    }
    return n;
}

/* libxml2 2.9's HTML parser has two costs that grow faster than the page:
 * each attribute of a tag is checked against all before it, and an end
 * tag that matches no open element is looked for down the whole stack of
 * open elements.  nn_ht_prestrip() keeps both bounded with a stack of its own
 * (name hashes of the open elements, those that close by themselves such
 * as p, li and td left out: P_FREE): a start tag with more than GUARD_EQ '=' or
 * GUARD_TOKENS attribute tokens goes (no page has one), and so does one
 * that would open more than GUARD_DEPTH elements; an end tag goes when
 * its element is not among the GUARD_REACH innermost open ones.  Pages
 * as written are not changed by it. */
#define GUARD_EQ 256
#define GUARD_TOKENS 1024
#define GUARD_DEPTH 1024
#define GUARD_REACH 256

/* The tag at s[0] == '<' (n bytes on): 0 to keep it, else the bytes to
 * drop (through its '>'). */
static size_t guard_tag(nn_html *h, const char *s, size_t n)
{
    const char *gt = memchr(s, '>', n);
    size_t i, tl, nl = 0, eq = 0, tokens = 0, k;
    int end = s[1] == '/', free_;
    const struct tagdef *td;
    char name[33];
    uint32_t hash = 2166136261u;
    if (!gt)
        return 0; /* left to libxml2 */
    tl = (size_t)(gt - s) + 1;
    for (i = 1 + (size_t)end;
         i < tl && nl < 32 &&
         ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
          (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == ':' ||
          s[i] == '_');
         i++) {
        name[nl++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
        hash = (hash ^ (unsigned char)name[nl - 1]) * 16777619u;
    }
    name[nl] = '\0';
    td = nn_ht_find_tag(name);
    free_ = td && (nn_ht_tag_props[td->tag] & P_FREE);
    if (end) {
        if (free_)
            return 0;
        for (k = 0; k < h->nopen && k < GUARD_REACH; k++)
            if (h->open[h->nopen - 1 - k] == hash) {
                h->nopen -= k + 1; /* what it closes with it */
                return 0;
            }
        return tl; /* libxml2 would ignore it too, after a long look */
    }
    /* GUARD_EQ '=' need as many bytes, GUARD_TOKENS twice as many */
    for (; tl > GUARD_EQ && i < tl; i++) {
        eq += s[i] == '=';
        tokens +=
            ws_byte((unsigned char)s[i - 1]) && !ws_byte((unsigned char)s[i]);
    }
    if (eq > GUARD_EQ || tokens > GUARD_TOKENS) {
        h->tags_dropped++;
        return tl;
    }
    if (free_ || s[tl - 2] == '/')
        return 0;
    if (h->nopen >= GUARD_DEPTH) {
        h->tags_dropped++;
        return tl;
    }
    NN_ARRAY_RESERVE(h->open, h->opencap, h->nopen + 1);
    h->open[h->nopen++] = hash;
    return 0;
}

/* An inline SVG's content (icons: paths of thousands of bytes in
 * attributes libxml2 copies one character at a time, and nothing the
 * converter reads: svg is dropped with all it holds) is cut like a
 * script's, its start tag (s + i, k bytes) and end tag kept, the bytes of
 * text it held kept in h->cuts; returns where to go on. */
static size_t cut_svg(nn_html *h, const char *s, size_t n, size_t i, size_t k)
{
    size_t e = s[i + k - 2] == '/' ? i + k /* self-closed: nothing to cut */
                                   : i + k + svg_end(s + i + k, n - i - k);
    nn_buf_put(&h->pre, s + i, k);
    NN_ARRAY_RESERVE(h->cuts, h->cutcap, h->ncut + 1);
    h->cuts[h->ncut++] = svg_text(s + i + k, e - i - k);
    return e;
}

/* ---- attributes nobody reads, left out before the parse ------------------ */

/* Is c a byte of an attribute's name as libxml2 reads it (its first:
 * a letter, '_', ':' or '.'; then digits and '-' too)? */
static inline int name_byte(unsigned char c, int first)
{
    return (unsigned)((c | 0x20) - 'a') < 26u || c == '_' || c == ':' ||
           c == '.' || (!first && ((unsigned)(c - '0') < 10u || c == '-'));
}

/* Does html_tree.c (attr_slot: the same names) read the attribute s (n
 * bytes), or libxml2 (a meta's charset)? */
static int read_attr(const char *s, size_t n)
{
    /* by length, each followed by a space */
    static const char *const names[12] = {
        [2] = "id ",
        [3] = "alt rel src ",
        [4] = "href lang name role type ",
        [5] = "class style ",
        [6] = "hidden ",
        [7] = "charset content pubdate ",
        [8] = "data-src datetime itemprop itemtype property xml:lang ",
        [10] = "http-equiv ",
        [11] = "aria-hidden "};
    const char *w;
    if (n >= NN_COUNT(names) || !(w = names[n]))
        return 0;
    for (; *w; w += n + 1) {
        size_t k = 0; /* name bytes other than letters have 0x20 set */
        while (k < n && (s[k] | 0x20) == w[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* The start tag at s[0] == '<' (n bytes on) into o with only the
 * attributes read (srcset, data-*, aria-label, on* ... are half a page's
 * markup, and libxml2 copies each a character at a time); returns its
 * length, or 0 (nothing written) when it is not plainly "<name", then
 * name, name=value, name="value" or name='value' apart by white space,
 * then ">" or "/>" within 4 KiB: libxml2 reads that one as it is. */
static size_t copy_tag(nn_buf *o, const char *s, size_t n)
{
    size_t p = 1, lim = n < 4096 ? n : 4096, start = o->len;
    while (p < lim && name_byte((unsigned char)s[p], p == 1))
        p++;
    nn_buf_put(o, s, p);
    while (p < lim) {
        size_t a, e;
        while (p < lim && ws_byte((unsigned char)s[p]))
            p++;
        if (p < lim && s[p] == '>') {
            nn_buf_putc(o, '>');
            return p + 1;
        }
        if (p + 1 < lim && s[p] == '/' && s[p + 1] == '>') {
            nn_buf_put(o, "/>", 2);
            return p + 2;
        }
        if (p >= lim || !name_byte((unsigned char)s[p], 1))
            break;
        for (a = e = p; e < lim && name_byte((unsigned char)s[e], 0);)
            e++;
        for (p = e; p < lim && ws_byte((unsigned char)s[p]);)
            p++;
        if (p < lim && s[p] == '=') {
            for (p++; p < lim && ws_byte((unsigned char)s[p]);)
                p++;
            if (p < lim && (s[p] == '"' || s[p] == '\'')) {
                const char *q = memchr(s + p + 1, s[p], lim - p - 1);
                if (!q)
                    break;
                p = (size_t)(q - s) + 1;
            } else {
                while (p < lim && !ws_byte((unsigned char)s[p]) &&
                       s[p] != '>' && s[p] != '<' && s[p] != '"' &&
                       s[p] != '\'')
                    p++;
            }
        } else {
            p = e; /* no value: the white space is the next one's */
        }
        if (read_attr(s + a, e - a)) {
            nn_buf_putc(o, ' ');
            nn_buf_put(o, s + a, p - a);
        }
    }
    o->len = start; /* not plain: as it stands */
    return 0;
}

/* A tag other than script and style at s[i] == '<': left out by
 * guard_tag(), an svg cut, a start tag copied without the attributes
 * nobody reads, else '<' copied (the rest follows as text); returns
 * where to go on.  After a tag copy_tag() cannot read, or markup other
 * than a doctype or an XML declaration ("<![CDATA[", "<!x"), libxml2 may
 * read the next tags as something else (an attribute's value that runs
 * on, a bogus comment): from there on the page goes as it stands. */
static size_t other_tag(nn_html *h, const char *s, size_t n, size_t i)
{
    int c = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    size_t k;
    if ((c == '!' && !nn_starts_ci(s + i, n - i, "<!doctype")) ||
        (c == '?' && !nn_starts_ci(s + i, n - i, "<?xml")))
        h->as_is = 1;
    if (c == '/' && i + 2 < n)
        c = (unsigned char)s[i + 2];
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
        (k = guard_tag(h, s + i, n - i)) != 0)
        return i + k; /* left out: see guard_tag() */
    if (svg_tag(s + i, n - i) && (k = tag_end(s + i, n - i)) > 2)
        return cut_svg(h, s, n, i, k);
    if (!h->as_is && ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z')) {
        if ((k = copy_tag(&h->pre, s + i, n - i)) != 0)
            return i + k;
        h->as_is = 1;
    }
    nn_buf_putc(&h->pre, '<');
    return i + 1;
}

/* Script and style text is half the bytes of a news page, and libxml2
 * reads it one character at a time only for us to drop it: it is cut
 * before the parse (the tags stay; JSON-LD scripts are kept whole), and
 * so are comments.  The bytes cut from each script or style are kept in
 * order for --explain.  One pass, linear: the text between tags is
 * copied in runs found with memchr. */
void nn_ht_prestrip(nn_html *h, const char *s, size_t n)
{
    nn_buf *o = &h->pre;
    size_t i = 0;
    nn_buf_clear(o);
    nn_buf_grow(o, n);
    h->ncut = h->nextcut = 0;
    h->nopen = 0;
    h->tags_dropped = 0;
    h->as_is = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t j, k, e;
        if (!lt) {
            nn_buf_put(o, s + i, n - i);
            break;
        }
        j = (size_t)(lt - s);
        nn_buf_put(o, s + i, j - i);
        i = j;
        if (n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
            for (k = i + 4; k + 3 <= n && memcmp(s + k, "-->", 3); k++) {
                const char *d = memchr(s + k, '-', n - k);
                if (!d)
                    break;
                k = (size_t)(d - s);
                if (k + 3 <= n && !memcmp(s + k, "-->", 3))
                    break;
            }
            if (k + 3 > n) { /* never closed: left to libxml2 */
                nn_buf_put(o, s + i, n - i);
                break;
            }
            i = k + 3;
            continue;
        }
        if (!raw_tag(s + i, n - i) || !(k = tag_end(s + i, n - i))) {
            i = other_tag(h, s, n, i);
            continue;
        }
        k += i;
        nn_buf_put(o, s + i, k - i);
        {
            /* JSON-LD stays; a self-closed tag has no text (nothing
             * cut: a 0 all the same, so that each script, style and svg
             * the tree meets finds its own count) */
            size_t m;
            int keep = s[k - 2] == '/';
            for (m = i; m + 19 <= k && !keep; m++)
                keep = (s[m] | 0x20) == 'a' &&
                       nn_starts_ci(s + m, k - m, "application/ld+json");
            if (keep) {
                NN_ARRAY_RESERVE(h->cuts, h->cutcap, h->ncut + 1);
                h->cuts[h->ncut++] = 0;
                i = k;
                continue;
            }
        }
        e = k + find_end_tag(s + k, n - k,
                             (s[i + 2] | 0x20) == 'c' ? "script" : "style");
        NN_ARRAY_RESERVE(h->cuts, h->cutcap, h->ncut + 1);
        h->cuts[h->ncut++] =
            (uint32_t)(e - k > UINT32_MAX ? UINT32_MAX : e - k);
        i = e;
    }
}
