/* emit_text.c - plain text and markdown with YAML front matter. */
#include "emit.h"
#include "internal.h"

static void line_or_empty(nn_buf *out, const char *s)
{
    if (s)
        nn_buf_puts(out, s);
    nn_buf_putc(out, '\n');
}

/* title, date, source, a blank line, the body */
void nn_emit_text(const nn_record *rec, nn_buf *out)
{
    line_or_empty(out, rec->title);
    line_or_empty(out, rec->date);
    line_or_empty(out, rec->source);
    nn_buf_putc(out, '\n');
    if (rec->body && rec->body[0]) {
        nn_buf_puts(out, rec->body);
        nn_buf_putc(out, '\n');
    }
}

/* YAML scalars are written as JSON strings, which YAML reads as
 * double-quoted scalars with the same escapes. */
static void yaml_str(nn_buf *out, const char *key, const char *v)
{
    nn_buf_puts(out, key);
    nn_buf_puts(out, ": ");
    if (v)
        nn_json_string(out, v);
    else
        nn_buf_puts(out, "null");
    nn_buf_putc(out, '\n');
}

static void yaml_list(nn_buf *out, const char *key, const nn_list *l)
{
    size_t i;
    nn_buf_puts(out, key);
    if (!l->len) {
        nn_buf_puts(out, ": []\n");
        return;
    }
    nn_buf_puts(out, ":\n");
    for (i = 0; i < l->len; i++) {
        nn_buf_puts(out, "  - ");
        nn_json_string(out, l->items[i]);
        nn_buf_putc(out, '\n');
    }
}

void nn_emit_markdown(const nn_record *rec, nn_buf *out)
{
    size_t i;

    nn_buf_puts(out, "---\n");
    yaml_str(out, "title", rec->title);
    yaml_str(out, "date", rec->date);
    yaml_str(out, "source", rec->source);
    yaml_str(out, "source_id", rec->source_id);
    yaml_str(out, "provider", rec->provider);
    yaml_str(out, "url", rec->url);
    yaml_list(out, "authors", &rec->authors);
    yaml_list(out, "credits", &rec->credits);
    if (rec->image) {
        nn_buf_puts(out, "image:\n");
        yaml_str(out, "  caption", rec->image->caption);
        yaml_str(out, "  credit", rec->image->credit);
    } else {
        nn_buf_puts(out, "image: null\n");
    }
    yaml_list(out, "related", &rec->related);
    nn_buf_puts(out, "word_count: ");
    nn_buf_printf_u(out, rec->word_count);
    nn_buf_putc(out, '\n');
    yaml_str(out, "fingerprint", rec->fingerprint);
    yaml_str(out, "simhash", rec->simhash);
    yaml_str(out, "id", rec->id);
    yaml_str(out, "input", rec->input);
    if (rec->duplicate_of) /* set only by a dedup pass */
        yaml_str(out, "duplicate_of", rec->duplicate_of);
    yaml_list(out, "warnings", &rec->warnings);
    if (!rec->extra_len)
        nn_buf_puts(out, "extra: {}\n");
    else
        nn_buf_puts(out, "extra:\n");
    for (i = 0; i < rec->extra_len; i++) {
        nn_buf_puts(out, "  ");
        nn_json_string(out, rec->extra[i].key);
        nn_buf_puts(out, ": ");
        nn_json_string(out, rec->extra[i].value);
        nn_buf_putc(out, '\n');
    }
    nn_buf_puts(out, "---\n\n");
    if (rec->body && rec->body[0]) {
        nn_buf_puts(out, rec->body);
        nn_buf_putc(out, '\n');
    }
}
