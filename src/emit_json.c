/* emit_json.c - JSON: compact (jsonl) and pretty (json).
 *
 * Hand-written rather than jansson: the record is flat and fixed, and
 * building a jansson tree per record would allocate for every field on the
 * hot path.  The tests parse our output back with jansson. */
#include "emit.h"
#include "internal.h"

#include <math.h>
#include <string.h>

typedef struct jw {
    nn_buf *out;
    int pretty;
    int depth;
    int first; /* no member written yet at this level */
} jw;

/* How each byte is written in a JSON string: 0 as it is, 'u' as \u00XX,
 * otherwise '\\' and this letter. */
#define U4 'u', 'u', 'u', 'u'
static const char json_esc[256] = {
    U4,  U4,  'b', 't', 'n', 'u', 'f',         'r',
    'u', 'u', U4,  U4,  U4,  U4,  ['"'] = '"', ['\\'] = '\\',
};
#undef U4

void nn_json_string(nn_buf *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *run = p;
    const unsigned char *end = p + strlen(s);

    nn_buf_putc(out, '"');
    for (;; p++) {
        char e, u[6] = {'\\', 'u', '0', '0', 0, 0};
        /* eight bytes at a time past text with nothing to escape (no
         * control byte, no '"', no '\\') */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (nn_ctl_bytes(w) | nn_eq_bytes(w, '"') | nn_eq_bytes(w, '\\'))
                break;
            p += 8;
        }
        if (!(e = json_esc[*p]))
            continue;
        /* a run of bytes that need no escape: one copy */
        nn_buf_put(out, run, (size_t)(p - run));
        run = p + 1;
        if (p == end)
            break;
        if (e == 'u') {
            u[4] = hex[*p >> 4];
            u[5] = hex[*p & 15];
            nn_buf_put(out, u, 6);
        } else {
            u[1] = e;
            nn_buf_put(out, u, 2);
        }
    }
    nn_buf_putc(out, '"');
}

static void newline(jw *w)
{
    int i;
    if (!w->pretty)
        return;
    nn_buf_putc(w->out, '\n');
    for (i = 0; i < w->depth; i++)
        nn_buf_puts(w->out, "  ");
}

/* Start a member (key may be NULL inside arrays). */
static void member(jw *w, const char *key)
{
    if (!w->first)
        nn_buf_putc(w->out, ',');
    w->first = 0;
    newline(w);
    if (key) {
        nn_json_string(w->out, key);
        nn_buf_puts(w->out, w->pretty ? ": " : ":");
    }
}

static void open_(jw *w, char c)
{
    nn_buf_putc(w->out, c);
    w->depth++;
    w->first = 1;
}

static void close_(jw *w, char c)
{
    w->depth--;
    if (!w->first)
        newline(w);
    w->first = 0;
    nn_buf_putc(w->out, c);
}

static void str(jw *w, const char *key, const char *v)
{
    member(w, key);
    if (v)
        nn_json_string(w->out, v);
    else
        nn_buf_puts(w->out, "null");
}

static void num(jw *w, const char *key, unsigned long long v)
{
    member(w, key);
    nn_buf_printf_u(w->out, v);
}

static void list(jw *w, const char *key, const nn_list *l)
{
    size_t i;
    member(w, key);
    open_(w, '[');
    for (i = 0; i < l->len; i++)
        str(w, NULL, l->items[i]);
    close_(w, ']');
}

static void image(jw *w, const nn_image *img)
{
    member(w, "image");
    if (!img) {
        nn_buf_puts(w->out, "null");
        return;
    }
    open_(w, '{');
    str(w, "caption", img->caption);
    str(w, "credit", img->credit);
    close_(w, '}');
}

static void extra(jw *w, const nn_record *rec)
{
    size_t i;
    member(w, "extra");
    open_(w, '{');
    for (i = 0; i < rec->extra_len; i++)
        str(w, rec->extra[i].key, rec->extra[i].value);
    close_(w, '}');
}

static void removed(jw *w, const nn_record *rec)
{
    size_t i;
    member(w, "removed");
    open_(w, '[');
    for (i = 0; i < rec->removed_len; i++) {
        member(w, NULL);
        open_(w, '{');
        str(w, "rule", rec->removed[i].rule);
        if (!isnan(rec->removed[i].measure)) {
            member(w, "measure");
            nn_measure_put(w->out, rec->removed[i].measure);
        }
        num(w, "line", rec->removed[i].line);
        str(w, "text", rec->removed[i].text);
        close_(w, '}');
    }
    close_(w, ']');
}

void nn_emit_json(const nn_record *rec, unsigned flags, int pretty, int indent,
                  nn_buf *out)
{
    jw w = {out, pretty, indent, 1};

    open_(&w, '{');
    str(&w, "title", rec->title);
    str(&w, "date", rec->date);
    str(&w, "source", rec->source);
    str(&w, "source_id", rec->source_id);
    str(&w, "provider", rec->provider);
    str(&w, "url", rec->url);
    list(&w, "authors", &rec->authors);
    list(&w, "credits", &rec->credits);
    image(&w, rec->image);
    list(&w, "related", &rec->related);
    str(&w, "body", rec->body);
    num(&w, "word_count", rec->word_count);
    str(&w, "fingerprint", rec->fingerprint);
    str(&w, "simhash", rec->simhash);
    str(&w, "id", rec->id);
    str(&w, "input", rec->input);
    if (flags & NN_OPT_DEDUP)
        str(&w, "duplicate_of", rec->duplicate_of);
    list(&w, "warnings", &rec->warnings);
    extra(&w, rec);
    if (flags & NN_OPT_EXPLAIN)
        removed(&w, rec);
    close_(&w, '}');
}
