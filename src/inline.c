/* inline.c - inline HTML tags and entities, through libxml2's HTML parser.
 *
 * Only spans holding '<' or '&' come here (the caller checks with
 * nn_inline_needed), and they are parsed with SAX callbacks that append
 * text straight to the output: no tree is built.  One parser context is
 * reused for the normalizer's life.
 *
 * Safety: the HTML parser never loads a DTD or external entity; we add
 * HTML_PARSE_NONET anyway and never pass XML_PARSE_NOENT/DTDLOAD, so the
 * only entities expanded are HTML's predefined ones (no expansion bombs).
 * Input to a single call is one line of the article, bounded by the
 * article size limit.
 *
 * HTML_PARSE_NOIMPLIED is deliberately not used: without the implied
 * <html><body>, libxml2 opens an implied <p> for text that follows a
 * closing tag, and that <p> would split "<b>Breaking</b>: ..." apart. */
#include "html.h" /* nn_libxml_init */
#include "inline.h"
#include "internal.h"
#include "unicode.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

struct nn_inline {
    htmlParserCtxtPtr ctxt;
    nn_buf *out;    /* where text goes during a parse */
    int skip;       /* depth inside script/style/... */
    size_t dropped; /* bytes of text skipped in the last call */
    nn_buf pre;     /* the span with stray '<' escaped */
};

static const char *const skipped[] = {"script", "style", "noscript", "template",
                                      "head",   "title", NULL};
static const char *const spacing[] = {
    "br",         "p",          "div",     "li",     "tr",     "td",
    "th",         "h1",         "h2",      "h3",     "h4",     "h5",
    "h6",         "blockquote", "ul",      "ol",     "table",  "figure",
    "figcaption", "section",    "article", "header", "footer", "hr",
    "dd",         "dt",         NULL};

static int in_list(const xmlChar *name, const char *const *list)
{
    for (; *list; list++)
        if (!strcasecmp((const char *)name, *list))
            return 1;
    return 0;
}

static void on_start(void *ud, const xmlChar *name, const xmlChar **attrs)
{
    nn_inline *in = ud;
    (void)attrs;
    if (in_list(name, skipped))
        in->skip++;
    else if (in_list(name, spacing))
        nn_buf_putc(in->out, ' ');
}

static void on_end(void *ud, const xmlChar *name)
{
    nn_inline *in = ud;
    if (in_list(name, skipped)) {
        if (in->skip > 0)
            in->skip--;
    } else if (in_list(name, spacing)) {
        nn_buf_putc(in->out, ' ');
    }
}

static void on_text(void *ud, const xmlChar *ch, int len)
{
    nn_inline *in = ud;
    if (len <= 0)
        return;
    if (in->skip)
        in->dropped += (size_t)len;
    else
        nn_buf_put(in->out, ch, (size_t)len);
}

static void on_silent(void *ud, const char *msg, ...)
{
    (void)ud;
    (void)msg;
}

nn_inline *nn_inline_new(void)
{
    nn_inline *in = nn_xcalloc(1, sizeof *in);
    htmlSAXHandler sax;

    nn_libxml_init();

    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    /* whitespace between two tags ("<u>a</u> <u>b</u>") is text to us;
     * the default handler would drop it */
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_text; /* script and style content: counted, dropped */
    sax.warning = on_silent;
    sax.error = on_silent;
    in->ctxt = htmlNewParserCtxt();
    if (!in->ctxt || !in->ctxt->sax) /* (libxml2 allocates both) */
        nn_die_oom(sizeof(htmlParserCtxt));
    memcpy(in->ctxt->sax, &sax, sizeof sax);
    in->ctxt->userData = in;
    nn_buf_init(&in->pre);
    return in;
}

void nn_inline_free(nn_inline *in)
{
    if (!in)
        return;
    htmlFreeParserCtxt(in->ctxt);
    nn_buf_free(&in->pre);
    free(in);
}

int nn_inline_needed(const char *s, size_t len)
{
    return memchr(s, '<', len) != NULL || memchr(s, '&', len) != NULL;
}

/* After a tag's name at s[j], up to its '>': attributes, or words of
 * text?  A word that starts with a digit or is not ASCII, a comma or a
 * full stop before a blank, or a fourth attribute with no value, and it
 * is text ("<<La 43 esima Sagra del Carciofo ... inebriante>>"). */
static int attributes_at(const char *s, size_t len, size_t j)
{
    int bare = 0;
    char q = 0;
    for (; j < len && (q || s[j] != '>'); j++) {
        unsigned char c = (unsigned char)s[j];
        if (q) {
            q = c == (unsigned char)q ? 0 : q;
        } else if (c == '"' || c == '\'') {
            q = (char)c;
        } else if (c >= 0x80 ||
                   ((c == ',' || c == '.') && j + 1 < len && s[j + 1] == ' ')) {
            return 0;
        } else if (c == ' ' || c == '\t') {
            size_t k = j + 1;
            while (k < len && (s[k] == ' ' || s[k] == '\t'))
                k++;
            if (k < len && s[k] >= '0' && s[k] <= '9')
                return 0;
            while (k < len && s[k] != ' ' && s[k] != '=' && s[k] != '>')
                k++;
            if (k < len && s[k] != '=' && ++bare > 3)
                return 0;
        }
    }
    return 1;
}

/* Could '<' at s[i] open a tag, comment or declaration?  libxml2 drops a
 * '<' that cannot ("<3", "a < b"), so those are escaped first; so is one
 * that opens words of text in angle quotes ("<<La Sagra ...>>", a tag's
 * name over words that are no attributes). */
static int opens_tag(const char *s, size_t len, size_t i)
{
    unsigned char c;
    size_t j;
    if (i + 1 >= len)
        return 0;
    c = (unsigned char)s[i + 1];
    if (c == '/' || c == '!' || c == '?')
        return 1;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ||
        (i > 0 && s[i - 1] == '<'))
        return 0;
    for (j = i + 2; j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z');
         j++)
        ;
    return j >= len || s[j] != ' ' || attributes_at(s, len, j);
}

/* ---- the common case without libxml2 ------------------------------------
 *
 * Most spans that come here hold only a few inline tags (<a href="...">,
 * <em>, <u>, <br>) and entities (&amp;, &#8217;).  For those the text
 * libxml2's parse hands on_text is known: the span with its leading blanks
 * skipped (htmlParseDocument's SKIP_BLANKS), each tag gone (<br>, an empty
 * element, gives on_start's and on_end's space), each entity decoded, and
 * a space at both ends when it starts with text.
 * fast_strip() writes that text itself and takes nothing else: any other
 * tag, a comment, an attribute not plainly quoted, an entity not in its
 * table, a control character, a BOM or a non-character, and the span goes
 * to libxml2 as before. */

/* Inline elements whose tags add nothing to the text (on_start and on_end
 * pass them over), and br. */
static const char *const plain_tags[] = {"a",  "b",      "i",    "u",
                                         "em", "strong", "span", NULL};

static const struct {
    const char *name;
    int32_t cp;
} fast_entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
    {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"copy", 0xA9},    {"reg", 0xAE},
    {"trade", 0x2122}, {"euro", 0x20AC},  {"bull", 0x2022},  {"middot", 0xB7},
    {"deg", 0xB0},
};

/* Code point cp (0x20 .. 0xD7FF) in UTF-8 into out. */
static void put_cp(nn_buf *out, int32_t cp)
{
    char u[3];
    if (cp < 0x80) {
        nn_buf_putc(out, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 0x3F));
        nn_buf_put(out, u, 2);
    } else {
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        nn_buf_put(out, u, 3);
    }
}

static int is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An entity at s[i] ('&'): its length, its code point in *cp; 0 when it
 * is not one fast_strip() takes. */
static size_t fast_entity(const char *s, size_t len, size_t i, int32_t *cp)
{
    size_t j = i + 1, k;
    if (j < len && s[j] == '#') {
        int hex = ++j < len && (s[j] == 'x' || s[j] == 'X');
        int32_t v = 0;
        for (j += (size_t)hex, k = j; j < len && j - k < 6; j++) {
            unsigned char c = (unsigned char)s[j];
            int d = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + d;
        }
        if (j == k || j >= len || s[j] != ';' || v < 0x20 ||
            (v >= 0x7F && v <= 0x9F) || v > 0xD7FF)
            return 0;
        *cp = v;
        return j + 1 - i;
    }
    for (k = j; j < len && is_letter((unsigned char)s[j]); j++)
        ;
    if (j >= len || s[j] != ';')
        return 0;
    for (size_t e = 0; e < NN_COUNT(fast_entities); e++)
        if (strlen(fast_entities[e].name) == j - k &&
            !memcmp(fast_entities[e].name, s + k, j - k)) {
            *cp = fast_entities[e].cp;
            return j + 1 - i;
        }
    return 0;
}

/* Attributes name="value" or name='value' (no '<', '>', '&' inside) from
 * s[j] to the tag's '>': the index of the '>', or 0. */
static size_t fast_attrs(const char *s, size_t len, size_t j)
{
    while (j < len && s[j] == ' ') {
        size_t k;
        char q;
        while (j < len && s[j] == ' ')
            j++;
        if (j < len && s[j] == '>')
            return j;
        for (k = j; j < len && (is_letter((unsigned char)s[j]) || s[j] == '-');
             j++)
            ;
        if (j == k || j + 1 >= len || s[j] != '=' ||
            (s[j + 1] != '"' && s[j + 1] != '\''))
            return 0;
        q = s[j + 1];
        for (j += 2; j < len && s[j] != q; j++)
            if (s[j] == '<' || s[j] == '>' || s[j] == '&' ||
                (unsigned char)s[j] < 0x20)
                return 0;
        if (j++ >= len)
            return 0;
    }
    return j < len && s[j] == '>' ? j : 0;
}

/* A tag at s[i] ('<' that opens_tag): its length, with *br set when it is
 * <br>; 0 when it is not one fast_strip() takes. */
static size_t fast_tag(const char *s, size_t len, size_t i, int *br)
{
    size_t j = i + 1, k, e;
    int end = s[j] == '/';
    char name[8];
    j += (size_t)end;
    for (k = j; j < len && is_letter((unsigned char)s[j]) && j - k < 7; j++)
        name[j - k] = (char)(s[j] | 0x20);
    if (j == k || j >= len || is_letter((unsigned char)s[j]))
        return 0;
    name[j - k] = '\0';
    *br = !strcmp(name, "br");
    if (*br ? end : !in_list((const xmlChar *)name, plain_tags))
        return 0;
    e = end ? (s[j] == '>' ? j : 0) : fast_attrs(s, len, j);
    return e ? e + 1 - i : 0;
}

/* The text of s[0..len) into out as libxml2 would give it; 0 (out as it
 * was) when the span is not one for this path. */
static int fast_strip(const char *s, size_t len, nn_buf *out)
{
    size_t i = 0, from, was = out->len;
    int para;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* text first: libxml2 opens an implied <p> for it (htmlCheckParagraph),
     * whose start and end give a space each */
    para = i < len && !(s[i] == '<' && opens_tag(s, len, i));
    if (i + 1 < len && s[i] == '<' && s[i + 1] == '/')
        return 0; /* an end tag first: what libxml2 opens then varies */
    if (para)
        nn_buf_putc(out, ' ');
    for (from = i; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = 1;
        int32_t cp = c;
        int br = 0;
        if (c == '<' && opens_tag(s, len, i)) {
            if (!(k = fast_tag(s, len, i, &br)))
                break;
        } else if (c == '&') {
            if (!(k = fast_entity(s, len, i, &cp)))
                break;
        } else if (c < 0x20 || c == 0x7F) {
            break;
        } else if (c >= 0x80) {
            k = nn_utf8_decode(s + i, len - i, &cp);
            if (cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF || cp == 0xFEFF)
                break;
            i += k;
            continue;
        } else {
            i++;
            continue;
        }
        nn_buf_put(out, s + from, i - from);
        if (br)
            nn_buf_put(out, "  ", 2);
        else if (c == '&')
            put_cp(out, cp);
        i += k;
        from = i;
    }
    if (i < len) {
        out->len = was;
        return 0;
    }
    nn_buf_put(out, s + from, len - from);
    if (para)
        nn_buf_putc(out, ' ');
    return 1;
}

/* The span through libxml2's parser. */
static size_t xml_strip(nn_inline *in, const char *s, size_t len, nn_buf *out)
{
    size_t i, from = 0;

    nn_buf_clear(&in->pre);
    for (i = 0; i < len; i++) {
        if (s[i] == '<' && !opens_tag(s, len, i)) {
            nn_buf_put(&in->pre, s + from, i - from);
            nn_buf_puts(&in->pre, "&lt;");
            from = i + 1;
        }
    }
    nn_buf_put(&in->pre, s + from, len - from);
    if (in->pre.len > INT32_MAX) { /* libxml2 takes an int size */
        nn_buf_put(out, s, len);
        return 0;
    }
    in->out = out;
    in->skip = 0;
    in->dropped = 0;
    htmlCtxtReset(in->ctxt);
    htmlCtxtReadMemory(in->ctxt, in->pre.ptr, (int)in->pre.len, NULL, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
    in->out = NULL;
    return in->dropped;
}

size_t nn_inline_strip(nn_inline *in, const char *s, size_t len, nn_buf *out)
{
    return fast_strip(s, len, out) ? 0 : xml_strip(in, s, len, out);
}
