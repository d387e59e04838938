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

/* Could '<' at s[i] open a tag, comment or declaration?  libxml2 drops a
 * '<' that cannot ("<3", "a < b"), so those are escaped first. */
static int opens_tag(const char *s, size_t len, size_t i)
{
    unsigned char c;
    if (i + 1 >= len)
        return 0;
    c = (unsigned char)s[i + 1];
    if (c == '/' || c == '!' || c == '?')
        return 1;
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t nn_inline_strip(nn_inline *in, const char *s, size_t len, nn_buf *out)
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
