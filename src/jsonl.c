/* jsonl.c - JSON Lines: one object a line, each an article.
 *
 * The reader only cuts lines (memchr over the window; a line is at most
 * max_size bytes, a longer one is read through without being kept and
 * reported as bad); the line is parsed later, in whichever thread
 * normalizes it, by jansson.  Blank lines are skipped (and counted: the
 * line numbers are the file's). */
#include "stream.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static void label(nn_reader *r, nn_frame *f)
{
    char num[24];
    nn_buf_clear(&f->input);
    nn_buf_puts(&f->input, r->name);
    snprintf(num, sizeof num, ":%llu", r->line);
    nn_buf_puts(&f->input, num);
    f->line = r->line;
}

static int blank(const unsigned char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

/* A line longer than max: read on to its end, keeping nothing. */
static int too_long(nn_reader *r, nn_frame *f)
{
    unsigned long long len = r->end - r->start;
    label(r, f);
    for (;;) {
        unsigned char *nl;
        int rc;
        r->start = r->end;
        rc = nn_src_fill(r, 0);
        if (rc < 0)
            return NN_READ_FAIL;
        if (rc == 0)
            break;
        nl = memchr(r->buf + r->start, '\n', r->end - r->start);
        if (nl) {
            len += (size_t)(nl - (r->buf + r->start));
            r->start = (size_t)(nl - r->buf) + 1;
            break;
        }
        len += r->end - r->start;
    }
    nn_reader_fail(r, ~0ULL,
                   "line longer than the limit of %zu bytes (%llu bytes; "
                   "see --max-size)",
                   r->max, len);
    return NN_READ_BAD;
}

int nn_jsonl_next(nn_reader *r, nn_frame *f)
{
    size_t scanned = 0; /* unread bytes known to hold no newline */
    for (;;) {
        size_t unread = r->end - r->start, len;
        unsigned char *line = r->buf + r->start, *nl;
        int rc;

        nl = unread > scanned ? memchr(line + scanned, '\n', unread - scanned)
                              : NULL;
        if (!nl && !r->eof) {
            scanned = unread;
            if (unread > r->max) {
                r->line++;
                return too_long(r, f);
            }
            rc = nn_src_fill(r, unread + 1);
            if (rc < 0)
                return NN_READ_FAIL;
            continue;
        }
        if (!nl && unread == 0)
            return NN_READ_END;
        len = nl ? (size_t)(nl - line) : unread; /* the last line may lack
                                                    its newline */
        r->start += len + (nl != NULL);
        scanned = 0;
        r->line++;
        if (len && line[len - 1] == '\r')
            len--;
        if (blank(line, len))
            continue;
        if (len > r->max) {
            label(r, f);
            nn_reader_fail(r, ~0ULL,
                           "line longer than the limit of %zu bytes (%zu "
                           "bytes; see --max-size)",
                           r->max, len);
            return NN_READ_BAD;
        }
        f->type = NN_FRAME_JSON;
        nn_buf_clear(&f->data);
        nn_buf_put(&f->data, line, len);
        label(r, f);
        nn_buf_clear(&f->id);
        nn_buf_clear(&f->url);
        nn_buf_clear(&f->date);
        return NN_READ_RECORD;
    }
}

/* ---- a line's object ------------------------------------------------ */

void nn_jsonl_item_init(nn_jsonl_item *it)
{
    nn_buf_init(&it->text);
    nn_buf_init(&it->id);
    nn_buf_init(&it->url);
    nn_buf_init(&it->date);
    it->html = 0;
}

void nn_jsonl_item_free(nn_jsonl_item *it)
{
    nn_buf_free(&it->text);
    nn_buf_free(&it->id);
    nn_buf_free(&it->url);
    nn_buf_free(&it->date);
}

/* A scalar as text: a string as it is, a number as JSON writes it. */
static int scalar(json_t *v, nn_buf *out)
{
    char num[64];
    if (json_is_string(v)) {
        nn_buf_put(out, json_string_value(v), json_string_length(v));
        return 1;
    }
    if (json_is_integer(v)) {
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(v));
        nn_buf_puts(out, num);
        return 1;
    }
    if (json_is_real(v)) {
        snprintf(num, sizeof num, "%.17g", json_real_value(v));
        nn_buf_puts(out, num);
        return 1;
    }
    return 0;
}

int nn_jsonl_parse(const char *line, size_t len, unsigned long long lineno,
                   const nn_stream_options *opt, nn_jsonl_item *it,
                   char *err, size_t errlen)
{
    const char *tk = opt->text_key ? opt->text_key : "text";
    const char *hk = opt->html_key ? opt->html_key : "html";
    const char *ik = opt->id_key ? opt->id_key : "id";
    const char *uk = opt->url_key ? opt->url_key : "url";
    const char *dk = opt->date_key ? opt->date_key : "date";
    json_error_t je;
    json_t *o, *v;

    /* strings may hold \u0000 (the normalizer removes stray NULs) */
    o = json_loadb(line, len, JSON_ALLOW_NUL, &je);
    if (!o) {
        snprintf(err, errlen, "not JSON: %s (column %d)", je.text,
                 je.column);
        return -1;
    }
    if (!json_is_object(o)) {
        snprintf(err, errlen, "not a JSON object");
        json_decref(o);
        return -1;
    }
    /* the page itself first: HTML says more than a scraper's text */
    if ((v = json_object_get(o, hk)) && json_is_string(v) &&
        json_string_length(v)) {
        it->html = 1;
    } else if (!((v = json_object_get(o, tk)) && json_is_string(v))) {
        snprintf(err, errlen, "no \"%s\" or \"%s\" string", tk, hk);
        json_decref(o);
        return -1;
    }
    nn_buf_put(&it->text, json_string_value(v), json_string_length(v));
    if (!scalar(json_object_get(o, ik), &it->id)) {
        char num[24];
        snprintf(num, sizeof num, "%llu", lineno);
        nn_buf_puts(&it->id, num);
    }
    if ((v = json_object_get(o, uk)) && json_is_string(v))
        nn_buf_put(&it->url, json_string_value(v), json_string_length(v));
    if ((v = json_object_get(o, dk)) && json_is_string(v))
        nn_buf_put(&it->date, json_string_value(v), json_string_length(v));
    json_decref(o);
    return 0;
}
