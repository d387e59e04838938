/* render.c - formats: names, extensions, stream framing, dispatch. */
#include "emit.h"
#include "internal.h"
#include "stream.h"

#include <string.h>

static const struct {
    const char *name;
    nn_format fmt;
    const char *ext;
} formats[] = {
    {"jsonl", NN_FORMAT_JSONL, "jsonl"},    {"json", NN_FORMAT_JSON, "json"},
    {"xml", NN_FORMAT_XML, "xml"},          {"text", NN_FORMAT_TEXT, "txt"},
    {"markdown", NN_FORMAT_MARKDOWN, "md"}, {"md", NN_FORMAT_MARKDOWN, "md"},
};

int nn_format_parse(const char *name, nn_format *fmt)
{
    size_t i;
    for (i = 0; i < NN_COUNT(formats); i++)
        if (!strcmp(name, formats[i].name)) {
            *fmt = formats[i].fmt;
            return 0;
        }
    return -1;
}

const char *nn_format_extension(nn_format fmt)
{
    size_t i;
    for (i = 0; i < NN_COUNT(formats); i++)
        if (formats[i].fmt == fmt)
            return formats[i].ext;
    return "out";
}

static int array(nn_format fmt, size_t expected)
{
    return fmt == NN_FORMAT_JSON && expected != 1;
}

void nn_stream_begin(nn_format fmt, size_t expected, nn_buf *out)
{
    if (array(fmt, expected))
        nn_buf_puts(out, "[\n");
    else if (fmt == NN_FORMAT_XML)
        nn_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<articles>\n");
}

void nn_stream_record(const nn_record *rec, nn_format fmt, unsigned flags,
                      size_t expected, nn_buf *out)
{
    switch (fmt) {
    case NN_FORMAT_JSONL:
        nn_emit_json(rec, flags, 0, 0, out);
        nn_buf_putc(out, '\n');
        break;
    case NN_FORMAT_JSON:
        if (array(fmt, expected)) {
            nn_buf_puts(out, "  ");
            nn_emit_json(rec, flags, 1, 1, out);
        } else {
            nn_emit_json(rec, flags, 1, 0, out);
            nn_buf_putc(out, '\n');
        }
        break;
    case NN_FORMAT_XML:
        nn_emit_xml(rec, flags, out);
        break;
    case NN_FORMAT_TEXT:
        nn_emit_text(rec, out);
        break;
    case NN_FORMAT_MARKDOWN:
        nn_emit_markdown(rec, out);
        break;
    }
}

void nn_stream_separator(nn_format fmt, size_t expected, nn_buf *out)
{
    if (array(fmt, expected))
        nn_buf_puts(out, ",\n");
    else if (fmt == NN_FORMAT_TEXT)
        nn_buf_puts(out, "\f\n");
}

void nn_stream_end(nn_format fmt, size_t expected, size_t written, nn_buf *out)
{
    if (array(fmt, expected))
        nn_buf_puts(out, written ? "\n]\n" : "]\n");
    else if (fmt == NN_FORMAT_XML)
        nn_buf_puts(out, "</articles>\n");
}

void nn_record_render(const nn_record *rec, nn_format fmt, unsigned flags,
                      nn_buf *out)
{
    nn_stream_begin(fmt, 1, out);
    nn_stream_record(rec, fmt, flags, 1, out);
    nn_stream_end(fmt, 1, 1, out);
}

void nn_stream_error(nn_format fmt, const char *id, const char *input,
                     const char *message, size_t expected, nn_buf *out)
{
    switch (fmt) {
    case NN_FORMAT_JSONL:
    case NN_FORMAT_JSON: {
        int pretty = fmt == NN_FORMAT_JSON, arr = array(fmt, expected);
        const char *nl = pretty ? (arr ? "\n    " : "\n  ") : "";
        const char *colon = pretty ? ": " : ":";
        if (arr)
            nn_buf_puts(out, "  ");
        nn_buf_putc(out, '{');
        nn_buf_puts(out, nl);
        nn_buf_puts(out, "\"id\"");
        nn_buf_puts(out, colon);
        if (id)
            nn_json_string(out, id);
        else
            nn_buf_puts(out, "null");
        nn_buf_putc(out, ',');
        nn_buf_puts(out, nl);
        nn_buf_puts(out, "\"input\"");
        nn_buf_puts(out, colon);
        nn_json_string(out, input ? input : "-");
        nn_buf_putc(out, ',');
        nn_buf_puts(out, nl);
        nn_buf_puts(out, "\"error\"");
        nn_buf_puts(out, colon);
        nn_json_string(out, message ? message : "");
        nn_buf_puts(out, pretty ? (arr ? "\n  }" : "\n}") : "}");
        if (!arr)
            nn_buf_putc(out, '\n');
        break;
    }
    case NN_FORMAT_XML:
        nn_emit_xml_error(id, input ? input : "-", message ? message : "", out);
        break;
    default:
        break;
    }
}
