/* emit_xml.c - XML through libxml2's xmlTextWriter (escaping is libxml2's).
 *
 * Characters that XML 1.0 forbids (C0 controls other than tab and line
 * ends, U+FFFE, U+FFFF), and any byte that is not UTF-8, are mapped to
 * U+FFFD before libxml2 sees them, so the document is well-formed for any
 * record. */
#include "emit.h"
#include "html.h" /* nn_libxml_init */
#include "inline.h"
#include "internal.h"
#include "stream.h"

#include <libxml/xmlwriter.h>
#include <math.h>
#include <string.h>
#include <utf8proc.h>

typedef struct xw {
    xmlTextWriterPtr w;
    nn_buf clean;
} xw;

static const xmlChar *xml_safe(xw *x, const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(s), n;
    utf8proc_int32_t cp;
    nn_buf_clear(&x->clean);
    while (left > 0) {
        if (*p >= 0x20 && *p < 0x80) { /* ASCII: as it is */
            nn_buf_putc(&x->clean, (char)*p);
            p++, left--;
            continue;
        }
        n = utf8proc_iterate(p, left, &cp);
        if (n < 1) {
            cp = -1; /* not UTF-8: never in a record, but never in XML */
            n = 1;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
            cp == 0xFFFE || cp == 0xFFFF)
            nn_buf_puts(&x->clean, "\xEF\xBF\xBD");
        else
            nn_buf_put(&x->clean, p, (size_t)n);
        p += n, left -= n;
    }
    nn_buf_putc(&x->clean, '\0');
    return (const xmlChar *)x->clean.ptr;
}

static void elem(xw *x, const char *name, const char *v)
{
    if (!v) {
        xmlTextWriterStartElement(x->w, BAD_CAST name);
        xmlTextWriterWriteAttribute(x->w, BAD_CAST "null", BAD_CAST "true");
        xmlTextWriterEndElement(x->w);
        return;
    }
    xmlTextWriterWriteElement(x->w, BAD_CAST name, xml_safe(x, v));
}

static void list(xw *x, const char *name, const char *item, const nn_list *l)
{
    size_t i;
    xmlTextWriterStartElement(x->w, BAD_CAST name);
    for (i = 0; i < l->len; i++)
        elem(x, item, l->items[i]);
    xmlTextWriterEndElement(x->w);
}

static void number(xw *x, const char *name, unsigned long long v)
{
    xmlTextWriterWriteFormatElement(x->w, BAD_CAST name, "%llu", v);
}

static void extra_removed(xw *x, const nn_record *rec, unsigned flags)
{
    size_t i;
    xmlTextWriterStartElement(x->w, BAD_CAST "extra");
    for (i = 0; i < rec->extra_len; i++) {
        xmlTextWriterStartElement(x->w, BAD_CAST "item");
        xmlTextWriterWriteAttribute(x->w, BAD_CAST "key",
                                    xml_safe(x, rec->extra[i].key));
        xmlTextWriterWriteString(x->w, xml_safe(x, rec->extra[i].value));
        xmlTextWriterEndElement(x->w);
    }
    xmlTextWriterEndElement(x->w);
    if (!(flags & NN_OPT_EXPLAIN))
        return;
    xmlTextWriterStartElement(x->w, BAD_CAST "removed");
    for (i = 0; i < rec->removed_len; i++) {
        xmlTextWriterStartElement(x->w, BAD_CAST "line");
        xmlTextWriterWriteAttribute(x->w, BAD_CAST "rule",
                                    xml_safe(x, rec->removed[i].rule));
        if (!isnan(rec->removed[i].measure)) {
            nn_buf m = NN_BUF_INIT;
            nn_measure_put(&m, rec->removed[i].measure);
            xmlTextWriterWriteAttribute(x->w, BAD_CAST "measure",
                                        BAD_CAST m.ptr);
            nn_buf_free(&m);
        }
        xmlTextWriterWriteFormatAttribute(x->w, BAD_CAST "number", "%zu",
                                          rec->removed[i].line);
        xmlTextWriterWriteString(x->w, xml_safe(x, rec->removed[i].text));
        xmlTextWriterEndElement(x->w);
    }
    xmlTextWriterEndElement(x->w);
}

void nn_emit_xml(const nn_record *rec, unsigned flags, nn_buf *out)
{
    xmlBufferPtr xb;
    xw x;

    nn_libxml_init();
    xb = xmlBufferCreate();
    if (!xb || !(x.w = xmlNewTextWriterMemory(xb, 0)))
        nn_die_oom(4096);
    nn_buf_init(&x.clean);
    xmlTextWriterSetIndent(x.w, 1);
    xmlTextWriterSetIndentString(x.w, BAD_CAST "  ");
    xmlTextWriterStartElement(x.w, BAD_CAST "article");
    elem(&x, "title", rec->title);
    elem(&x, "date", rec->date);
    elem(&x, "source", rec->source);
    elem(&x, "source_id", rec->source_id);
    elem(&x, "provider", rec->provider);
    elem(&x, "url", rec->url);
    list(&x, "authors", "author", &rec->authors);
    list(&x, "credits", "credit", &rec->credits);
    if (rec->image) {
        xmlTextWriterStartElement(x.w, BAD_CAST "image");
        elem(&x, "caption", rec->image->caption);
        elem(&x, "credit", rec->image->credit);
        xmlTextWriterEndElement(x.w);
    } else {
        elem(&x, "image", NULL);
    }
    list(&x, "related", "title", &rec->related);
    elem(&x, "body", rec->body);
    number(&x, "word_count", rec->word_count);
    elem(&x, "fingerprint", rec->fingerprint);
    elem(&x, "simhash", rec->simhash);
    elem(&x, "id", rec->id);
    elem(&x, "input", rec->input);
    if (flags & NN_OPT_DEDUP)
        elem(&x, "duplicate_of", rec->duplicate_of);
    list(&x, "warnings", "warning", &rec->warnings);
    extra_removed(&x, rec, flags);
    xmlTextWriterEndElement(x.w);
    xmlTextWriterFlush(x.w);
    xmlFreeTextWriter(x.w);
    nn_buf_put(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
    if (out->len && out->ptr[out->len - 1] != '\n')
        nn_buf_putc(out, '\n');
    xmlBufferFree(xb);
    nn_buf_free(&x.clean);
}

void nn_emit_xml_error(const char *id, const char *input, const char *message,
                       nn_buf *out)
{
    xmlBufferPtr xb;
    xw x;

    nn_libxml_init();
    xb = xmlBufferCreate();
    if (!xb || !(x.w = xmlNewTextWriterMemory(xb, 0)))
        nn_die_oom(4096);
    nn_buf_init(&x.clean);
    xmlTextWriterStartElement(x.w, BAD_CAST "error");
    if (id)
        xmlTextWriterWriteAttribute(x.w, BAD_CAST "id", xml_safe(&x, id));
    xmlTextWriterWriteAttribute(x.w, BAD_CAST "input", xml_safe(&x, input));
    xmlTextWriterWriteString(x.w, xml_safe(&x, message));
    xmlTextWriterEndElement(x.w);
    xmlTextWriterFlush(x.w);
    xmlFreeTextWriter(x.w);
    nn_buf_put(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
    if (out->len && out->ptr[out->len - 1] != '\n')
        nn_buf_putc(out, '\n');
    xmlBufferFree(xb);
    nn_buf_free(&x.clean);
}
