/* jsonl.c - JSON Lines: one object a line, each an article.
 *
 * The reader only cuts lines (memchr over the window; a line is at most
 * max_size bytes, a longer one is read through without being kept and
 * reported as bad); the line is parsed later, in whichever thread
 * normalizes it.  Blank lines are skipped (and counted: the line numbers
 * are the file's).
 *
 * The parse has two ways.  jansson builds the whole object (a hash table,
 * a copy of every string) and reads a byte at a time: a fifth of the time
 * of a run over a JSON Lines crawl, where reading the same articles from
 * files is mostly the pipeline.  So a line is first read in one pass that
 * checks it as jansson would and copies out only the members wanted:
 * strings (escapes, surrogate pairs, UTF-8 as strict as jansson's), short
 * numbers, literals, nested arrays and objects.  Whatever it is unsure of
 * (an error, an escape in a key, an exponent or a number of more than 15
 * characters, which jansson range-checks, a fraction or -0 as the id,
 * nesting deeper than 32) goes to jansson, so results and error messages
 * are jansson's; test_jsonl compares the two on mutated lines. */
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

/* ---- the one-pass reader ------------------------------------------- */

enum { V_STRING = 1, V_INT, V_REAL, V_OTHER };

typedef struct span {
    int type;               /* 0: absent */
    int esc;                /* a string with escapes */
    const unsigned char *s; /* a string's bytes between the quotes, or a
                               number's text */
    size_t n;
} span;

typedef struct fast {
    const unsigned char *p, *end;
    int depth;
} fast;

#define FAST_DEPTH 32

static void ws(fast *x)
{
    while (x->p < x->end &&
           (*x->p == ' ' || *x->p == '\t' || *x->p == '\n' || *x->p == '\r'))
        x->p++;
}

static int hex4(const unsigned char *p, const unsigned char *e, unsigned *u)
{
    int i;
    *u = 0;
    if (e - p < 4)
        return 0;
    for (i = 0; i < 4; i++) {
        unsigned c = p[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return 0;
        *u = *u << 4 | d;
    }
    return 1;
}

/* Bytes of the UTF-8 character at p, 0 when it is not one jansson takes
 * (overlong, a surrogate, beyond U+10FFFF, cut short). */
static size_t utf8_char(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0], cp;
    size_t n, i;
    if (c < 0xC2 || c > 0xF4)
        return 0;
    n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = c & (0x7F >> n);
    if ((size_t)(e - p) < n)
        return 0;
    for (i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

/* An escape after the backslash at p: its end, or NULL. */
static const unsigned char *escape(const unsigned char *p,
                                   const unsigned char *e)
{
    unsigned u, lo;
    if (++p >= e)
        return NULL;
    if (strchr("\"\\/bfnrt", *p) && *p)
        return p + 1;
    if (*p != 'u' || !hex4(p + 1, e, &u))
        return NULL;
    p += 5;
    if (u >= 0xDC00 && u <= 0xDFFF)
        return NULL; /* a low surrogate alone */
    if (u >= 0xD800 && u <= 0xDBFF) {
        if (e - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, e, &lo) ||
            lo < 0xDC00 || lo > 0xDFFF)
            return NULL;
        p += 6;
    }
    return p;
}

static int string(fast *x, span *v)
{
    const unsigned char *p = x->p + 1, *e = x->end;
    v->esc = 0;
    for (;;) {
        while (p < e && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            p++;
        if (p >= e || *p < 0x20)
            return 0;
        if (*p == '"')
            break;
        if (*p == '\\') {
            if (!(p = escape(p, e)))
                return 0;
            v->esc = 1;
        } else {
            size_t n = utf8_char(p, e);
            if (!n)
                return 0;
            p += n;
        }
    }
    v->type = V_STRING;
    v->s = x->p + 1;
    v->n = (size_t)(p - v->s);
    x->p = p + 1;
    return 1;
}

static int digits(fast *x)
{
    const unsigned char *p = x->p;
    while (x->p < x->end && *x->p >= '0' && *x->p <= '9')
        x->p++;
    return x->p > p;
}

static int number(fast *x, span *v)
{
    const unsigned char *s = x->p;
    v->type = V_INT;
    if (x->p < x->end && *x->p == '-')
        x->p++;
    if (x->p < x->end && *x->p == '0')
        x->p++;
    else if (x->p >= x->end || *x->p < '1' || *x->p > '9' || !digits(x))
        return 0;
    if (x->p < x->end && *x->p == '.') {
        x->p++;
        if (!digits(x))
            return 0;
        v->type = V_REAL;
    }
    if ((x->p < x->end && (*x->p | 0x20) == 'e') || x->p - s > 15)
        return 0;
    if (s[0] == '-' && s[1] == '0' && v->type == V_INT)
        v->type = V_REAL; /* -0: jansson writes 0 */
    v->s = s;
    v->n = (size_t)(x->p - s);
    return 1;
}

static int literal(fast *x, const char *word, span *v)
{
    size_t n = strlen(word);
    if ((size_t)(x->end - x->p) < n || memcmp(x->p, word, n))
        return 0;
    x->p += n;
    v->type = V_OTHER;
    return 1;
}

static int value(fast *x, span *v);

/* A key and its colon: a string without escapes (jansson refuses
 * \u0000 in keys; others are rare enough to leave to it). */
static int key(fast *x, span *k)
{
    if (x->p >= x->end || *x->p != '"' || !string(x, k) || k->esc)
        return 0;
    ws(x);
    if (x->p >= x->end || *x->p != ':')
        return 0;
    x->p++;
    ws(x);
    return 1;
}

/* An array or object inside the line's object. */
static int nested(fast *x, span *v)
{
    unsigned char close = *x->p == '{' ? '}' : ']';
    span k, inner;
    if (++x->depth > FAST_DEPTH)
        return 0;
    x->p++;
    ws(x);
    if (x->p < x->end && *x->p == close) {
        x->p++;
    } else {
        for (;;) {
            if ((close == '}' && !key(x, &k)) || !value(x, &inner))
                return 0;
            ws(x);
            if (x->p >= x->end)
                return 0;
            if (*x->p++ == close)
                break;
            if (x->p[-1] != ',')
                return 0;
            ws(x);
        }
    }
    x->depth--;
    v->type = V_OTHER;
    return 1;
}

static int value(fast *x, span *v)
{
    if (x->p >= x->end)
        return 0;
    switch (*x->p) {
    case '"':
        return string(x, v);
    case '{':
    case '[':
        return nested(x, v);
    case 't':
        return literal(x, "true", v);
    case 'f':
        return literal(x, "false", v);
    case 'n':
        return literal(x, "null", v);
    default:
        return number(x, v);
    }
}

/* A checked string's bytes into out, escapes undone. */
static void unescape(const span *v, nn_buf *out)
{
    const unsigned char *p = v->s, *e = v->s + v->n;
    while (p < e) {
        const unsigned char *q =
            v->esc ? memchr(p, '\\', (size_t)(e - p)) : NULL;
        unsigned u, lo;
        char c;
        if (!q) {
            nn_buf_put(out, p, (size_t)(e - p));
            break;
        }
        nn_buf_put(out, p, (size_t)(q - p));
        c = (char)q[1];
        p = q + 2;
        if (c != 'u') {
            nn_buf_putc(out, c == 'b'   ? '\b'
                             : c == 'f' ? '\f'
                             : c == 'n' ? '\n'
                             : c == 'r' ? '\r'
                             : c == 't' ? '\t'
                                        : c);
            continue;
        }
        hex4(p, e, &u);
        p += 4;
        if (u >= 0xD800 && u <= 0xDBFF) {
            hex4(p + 2, e, &lo);
            p += 6;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (u < 0x80) {
            nn_buf_putc(out, (char)u);
        } else if (u < 0x800) {
            nn_buf_putc(out, (char)(0xC0 | u >> 6));
            nn_buf_putc(out, (char)(0x80 | (u & 0x3F)));
        } else if (u < 0x10000) {
            nn_buf_putc(out, (char)(0xE0 | u >> 12));
            nn_buf_putc(out, (char)(0x80 | (u >> 6 & 0x3F)));
            nn_buf_putc(out, (char)(0x80 | (u & 0x3F)));
        } else {
            nn_buf_putc(out, (char)(0xF0 | u >> 18));
            nn_buf_putc(out, (char)(0x80 | (u >> 12 & 0x3F)));
            nn_buf_putc(out, (char)(0x80 | (u >> 6 & 0x3F)));
            nn_buf_putc(out, (char)(0x80 | (u & 0x3F)));
        }
    }
}

enum { K_HTML, K_TEXT, K_ID, K_URL, K_DATE, NKEYS };

/* The line in one pass: 1 with `it` filled as jansson's way would, 0 to
 * leave the line to jansson (`it` untouched). */
static int parse_fast(const char *line, size_t len, unsigned long long lineno,
                      const char *const names[], nn_jsonl_item *it)
{
    fast x;
    span slot[NKEYS], k, v;
    int i;
    x.p = (const unsigned char *)line;
    x.end = x.p + len;
    x.depth = 0;
    memset(slot, 0, sizeof slot);
    ws(&x);
    if (x.p >= x.end || *x.p++ != '{')
        return 0;
    ws(&x);
    for (;;) { /* an empty object has no text: jansson says so */
        if (!key(&x, &k) || !value(&x, &v))
            return 0;
        for (i = 0; i < NKEYS; i++) /* the last of a repeated key counts */
            if (strlen(names[i]) == k.n && !memcmp(names[i], k.s, k.n))
                slot[i] = v;
        ws(&x);
        if (x.p >= x.end)
            return 0;
        if (*x.p++ == '}')
            break;
        if (x.p[-1] != ',')
            return 0;
        ws(&x);
    }
    ws(&x);
    if (x.p != x.end || slot[K_ID].type == V_REAL)
        return 0;
    if (slot[K_HTML].type == V_STRING && slot[K_HTML].n) {
        it->html = 1;
        unescape(&slot[K_HTML], &it->text);
    } else if (slot[K_TEXT].type == V_STRING) {
        unescape(&slot[K_TEXT], &it->text);
    } else {
        return 0;
    }
    if (slot[K_ID].type == V_STRING) {
        unescape(&slot[K_ID], &it->id);
    } else if (slot[K_ID].type == V_INT) {
        nn_buf_put(&it->id, slot[K_ID].s, slot[K_ID].n);
    } else { /* no id, or not a string or number */
        char num[24];
        snprintf(num, sizeof num, "%llu", lineno);
        nn_buf_puts(&it->id, num);
    }
    if (slot[K_URL].type == V_STRING)
        unescape(&slot[K_URL], &it->url);
    if (slot[K_DATE].type == V_STRING)
        unescape(&slot[K_DATE], &it->date);
    return 1;
}

int nn_jsonl_parse(const char *line, size_t len, unsigned long long lineno,
                   const nn_stream_options *opt, nn_jsonl_item *it, char *err,
                   size_t errlen)
{
    const char *names[NKEYS];
    names[K_HTML] = opt->html_key ? opt->html_key : "html";
    names[K_TEXT] = opt->text_key ? opt->text_key : "text";
    names[K_ID] = opt->id_key ? opt->id_key : "id";
    names[K_URL] = opt->url_key ? opt->url_key : "url";
    names[K_DATE] = opt->date_key ? opt->date_key : "date";
    if (parse_fast(line, len, lineno, names, it))
        return 0;
    return nn_jsonl_parse_jansson(line, len, lineno, opt, it, err, errlen);
}

int nn_jsonl_parse_jansson(const char *line, size_t len,
                           unsigned long long lineno,
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
        snprintf(err, errlen, "not JSON: %s (column %d)", je.text, je.column);
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
        /* newsnorm's own records (body, fingerprint) read back, as from
         * an earlier run's output left in a walked folder */
        int ours = json_is_string(json_object_get(o, "body")) &&
                   json_is_string(json_object_get(o, "fingerprint"));
        snprintf(err, errlen, "no \"%s\" or \"%s\" string%s", tk, hk,
                 ours ? " (a record newsnorm wrote: its output read back?)"
                      : "");
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
