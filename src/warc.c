/* warc.c - WARC and WET files (ISO 28500): a record at a time.
 *
 * A record is a header (a "WARC/1.x" line, "Name: value" fields, a blank
 * line), a block of Content-Length bytes, and CRLF CRLF.  The length is
 * checked against the data: a block that runs past the end of the input,
 * or that is not followed by CRLF CRLF where the length says, is a bad
 * record; the reader then looks for the next "WARC/" line from the bad
 * record's block on, so the records a lying length swallowed are still
 * read.  A record larger than max_size is read through without being
 * kept.  An input that ends inside a header ends the stream.
 *
 *   response    an HTTP response: a 2xx HTML page becomes an article (its
 *               HTTP headers parsed; chunked transfer coding and gzip or
 *               deflate content coding undone); others are skipped
 *   resource    a document without HTTP: HTML or plain text
 *   conversion  WET plain text
 *   others      (warcinfo, request, metadata, revisit) skipped, counted */
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

#define WARC_HEADER_MAX ((size_t)64 << 10)

/* The value of header field `name` in s[0, n) ("Name: value" lines), or
 * NULL; its length in *vlen, white space trimmed. */
static const char *field(const char *s, size_t n, const char *name,
                         size_t *vlen)
{
    size_t nl = strlen(name), i = 0;
    while (i < n) {
        const char *line = s + i, *e = memchr(line, '\n', n - i);
        size_t ll = e ? (size_t)(e - line) : n - i;
        i += ll + 1;
        if (ll > nl && line[nl] == ':' && !strncasecmp(line, name, nl)) {
            const char *v = line + nl + 1, *end = line + ll;
            while (v < end && (*v == ' ' || *v == '\t'))
                v++;
            while (end > v &&
                   (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
                end--;
            *vlen = (size_t)(end - v);
            return v;
        }
    }
    return NULL;
}

static int field_is(const char *s, size_t n, const char *name,
                    const char *value)
{
    size_t vl;
    const char *v = field(s, n, name, &vl);
    return v && vl == strlen(value) && !strncasecmp(v, value, vl);
}

/* Does the field's value contain `part` (ASCII case ignored)? */
static int field_has(const char *s, size_t n, const char *name,
                     const char *part)
{
    size_t vl, pl = strlen(part), i;
    const char *v = field(s, n, name, &vl);
    for (i = 0; v && i + pl <= vl; i++)
        if (!strncasecmp(v + i, part, pl))
            return 1;
    return 0;
}

/* A field into buf, without the angle brackets WARC/1.0 puts around ids
 * (and some writers around URIs). */
static void put_field(const char *s, size_t n, const char *name, nn_buf *b)
{
    size_t vl;
    const char *v = field(s, n, name, &vl);
    nn_buf_clear(b);
    if (!v)
        return;
    if (vl >= 2 && v[0] == '<' && v[vl - 1] == '>')
        v++, vl -= 2;
    nn_buf_put(b, v, vl);
}

/* The end of a header block starting at s: the offset just past its
 * blank line, or 0 when it is not all there. */
static size_t header_end(const unsigned char *s, size_t n)
{
    size_t i;
    for (i = 0; i + 1 < n; i++) {
        if (s[i] != '\n')
            continue;
        if (s[i + 1] == '\n')
            return i + 2;
        if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

/* ---- HTTP ------------------------------------------------------------ */

/* Undo chunked transfer coding into out: 0, or -1 when it is broken. */
static int dechunk(const char *s, size_t n, size_t max, nn_buf *out)
{
    size_t i = 0;
    for (;;) {
        unsigned long long size = 0;
        int digits = 0;
        while (i < n) {
            char c = s[i];
            int v = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
            if (v < 0)
                break;
            if (size > (1ULL << 40))
                return -1;
            size = size * 16 + (unsigned)v;
            digits++;
            i++;
        }
        if (!digits)
            return -1;
        while (i < n && s[i] != '\n') /* chunk extensions */
            i++;
        if (i++ >= n)
            return -1;
        if (size == 0)
            return 0; /* trailers are not read */
        if (size > n - i || out->len + size > max)
            return -1;
        nn_buf_put(out, s + i, (size_t)size);
        i += (size_t)size;
        if (i < n && s[i] == '\r')
            i++;
        if (i < n && s[i] == '\n')
            i++;
    }
}

/* Inflate gzip, zlib or raw deflate into out, at most max bytes. */
static int inflate_body(const char *s, size_t n, size_t max, nn_buf *out)
{
    int attempt;
    for (attempt = 0; attempt < 2; attempt++) {
        z_stream z;
        int zr = Z_OK;
        memset(&z, 0, sizeof z);
        /* 32 + 15: gzip or zlib by the header; then raw deflate */
        if (inflateInit2(&z, attempt ? -MAX_WBITS : 32 + MAX_WBITS) != Z_OK)
            nn_die_oom(0);
        nn_buf_clear(out);
        z.next_in = (const Bytef *)s;
        z.avail_in = (uInt)n;
        while (zr == Z_OK) {
            nn_buf_grow(out, 1 << 16);
            z.next_out = (unsigned char *)out->ptr + out->len;
            z.avail_out = (uInt)(out->cap - out->len - 1);
            zr = inflate(&z, Z_NO_FLUSH);
            out->len = out->cap - 1 - z.avail_out;
            out->ptr[out->len] = '\0';
            if (out->len > max) {
                inflateEnd(&z);
                return -2;
            }
            if (zr == Z_BUF_ERROR && z.avail_in == 0)
                break; /* truncated: keep what came */
        }
        inflateEnd(&z);
        if (zr == Z_STREAM_END || (zr == Z_BUF_ERROR && out->len))
            return 0;
    }
    return -1;
}

int nn_http_payload(const char *s, size_t len, size_t max, nn_buf *out,
                    char *err, size_t errlen)
{
    size_t he = header_end((const unsigned char *)s, len), vl;
    const char *body, *v;
    size_t blen;
    int status;

    nn_buf_clear(out);
    if (len < 12 || strncmp(s, "HTTP/", 5)) {
        snprintf(err, errlen, "not an HTTP response");
        return -1;
    }
    if (!he) {
        snprintf(err, errlen, "HTTP headers without an end");
        return -1;
    }
    v = memchr(s, ' ', he);
    status = v ? atoi(v + 1) : 0;
    if (status < 200 || status > 299)
        return 0; /* a redirect, an error page, ... */
    body = s + he;
    blen = len - he;
    if (field(s, he, "Content-Type", &vl)) {
        if (!field_has(s, he, "Content-Type", "html"))
            return 0;
    } else if (!nn_html_detect(body, blen)) {
        return 0;
    }
    if (field_has(s, he, "Transfer-Encoding", "chunked")) {
        nn_buf chunked = NN_BUF_INIT;
        if (dechunk(body, blen, max, &chunked) != 0) {
            nn_buf_free(&chunked);
            snprintf(err, errlen, "broken chunked transfer coding");
            return -1;
        }
        nn_buf_put(out, chunked.ptr, chunked.len);
        nn_buf_free(&chunked);
        body = NULL;
    }
    if ((v = field(s, he, "Content-Encoding", &vl)) && vl &&
        !(vl == 8 && !strncasecmp(v, "identity", 8))) {
        nn_buf coded = NN_BUF_INIT;
        int rc;
        if (!field_has(s, he, "Content-Encoding", "gzip") &&
            !field_has(s, he, "Content-Encoding", "deflate"))
            return 0; /* br, zstd, compress: not read */
        if (body)
            nn_buf_put(&coded, body, blen);
        else
            nn_buf_put(&coded, out->ptr, out->len);
        rc = inflate_body(coded.ptr, coded.len, max, out);
        nn_buf_free(&coded);
        if (rc == -2) {
            snprintf(err, errlen,
                     "more than %zu bytes once inflated (see "
                     "--max-size)",
                     max);
            return -1;
        }
        if (rc != 0) {
            snprintf(err, errlen, "broken %.*s content coding", (int)vl, v);
            return -1;
        }
        return 1;
    }
    if (body)
        nn_buf_put(out, body, blen);
    return 1;
}

/* ---- records ----------------------------------------------------------- */

/* Drop bytes up to the next "WARC/" at a line start at or after the
 * window's start + from (which may be at the window's end): 1 when one
 * is there, 0 at the end of the input, -1 on an error. */
static int resync(nn_reader *r, size_t from)
{
    r->start += from;
    for (;;) {
        size_t unread = r->end - r->start;
        const unsigned char *p = r->buf + r->start;
        size_t i;
        int rc;
        for (i = 0; i + 6 <= unread; i++) {
            const unsigned char *q = memchr(p + i, '\n', unread - i - 5);
            if (!q)
                break;
            i = (size_t)(q - p);
            if (!memcmp(q + 1, "WARC/", 5)) {
                r->start += i + 1;
                return 1;
            }
        }
        /* keep the last five bytes: a "\nWARC" cut by the window */
        if (unread > 5)
            r->start = r->end - 5;
        rc = nn_src_fill(r, 0);
        if (rc <= 0)
            return rc;
    }
}

/* The window holds at least n unread bytes, unless the input ends first:
 * 1, 0 when it ended, -1 on an error. */
static int need(nn_reader *r, size_t n)
{
    while (r->end - r->start < n) {
        int rc = nn_src_fill(r, n);
        if (rc <= 0)
            return rc;
    }
    return 1;
}

/* What a step of nn_warc_next asks of it, beside an NN_READ_* to return:
 * go on, report the record as bad (f->input names it), or skip it. */
enum { STEP_ON = 2, STEP_BAD, STEP_SKIP };

/* Past the blank lines between records: STEP_ON, or NN_READ_END/FAIL. */
static int skip_blank_lines(nn_reader *r)
{
    int rc;
    for (;;) {
        if ((rc = need(r, 1)) < 0)
            return NN_READ_FAIL;
        if (rc == 0)
            return NN_READ_END;
        if (r->buf[r->start] != '\r' && r->buf[r->start] != '\n')
            return STEP_ON;
        r->start++;
    }
}

/* The header at r->start, whole in the window: its length in *hl and its
 * Content-Length in *clen (STEP_ON), or STEP_BAD, NN_READ_FAIL.  off: the
 * record's offset, for messages. */
static int read_header(nn_reader *r, unsigned long long off, size_t *hl,
                       unsigned long long *clen)
{
    const char *h, *v;
    size_t vl;
    char *endp;
    int rc;
    while (!(*hl = header_end(r->buf + r->start, r->end - r->start))) {
        if (r->end - r->start > WARC_HEADER_MAX) {
            nn_reader_fail(r, ~0ULL,
                           "a WARC header longer than %zu "
                           "bytes (skipped)",
                           WARC_HEADER_MAX);
            r->resync = 1;
            r->start++;
            return STEP_BAD;
        }
        if ((rc = nn_src_fill(r, r->end - r->start + 1)) < 0)
            return NN_READ_FAIL;
        if (rc == 0) {
            nn_reader_fail(r, off,
                           "the input ends inside a WARC "
                           "header");
            return NN_READ_FAIL;
        }
    }
    h = (const char *)r->buf + r->start;
    if (strncmp(h, "WARC/", 5)) {
        nn_reader_fail(r, ~0ULL,
                       "no WARC record here (a \"WARC/\" "
                       "version line was expected)");
        r->resync = 1;
        return STEP_BAD;
    }
    if (!(v = field(h, *hl, "Content-Length", &vl)) || !vl || v[0] < '0' ||
        v[0] > '9' || (*clen = strtoull(v, &endp, 10), endp != v + vl)) {
        nn_reader_fail(r, ~0ULL,
                       "a WARC record without a valid "
                       "Content-Length");
        r->start++;
        r->resync = 1;
        return STEP_BAD;
    }
    return STEP_ON;
}

/* The frame's fields from the header h (hl bytes): id, URL, date, input
 * label and type; returns whether the record is a response. */
static int frame_fields(nn_reader *r, const char *h, size_t hl, nn_frame *f,
                        unsigned long long label_off)
{
    char num[24];
    put_field(h, hl, "WARC-Record-ID", &f->id);
    put_field(h, hl, "WARC-Target-URI", &f->url);
    put_field(h, hl, "WARC-Date", &f->date);
    nn_buf_clear(&f->input);
    nn_buf_puts(&f->input, r->name);
    snprintf(num, sizeof num, ":%llu", label_off);
    nn_buf_puts(&f->input, num);
    if (field_is(h, hl, "WARC-Type", "conversion"))
        f->type = NN_FRAME_TEXT;
    else if (field_is(h, hl, "WARC-Type", "response"))
        f->type = NN_FRAME_HTML; /* if it is a page: below */
    else if (field_is(h, hl, "WARC-Type", "resource"))
        f->type = field_has(h, hl, "Content-Type", "html") ? NN_FRAME_HTML
                  : field_has(h, hl, "Content-Type", "text/plain")
                      ? NN_FRAME_TEXT
                      : 0;
    else
        f->type = 0; /* warcinfo, request, metadata, revisit, ... */
    if (!field_is(h, hl, "WARC-Type", "response"))
        return 0;
    if (!field_has(h, hl, "Content-Type", "application/http"))
        f->type = 0; /* a response that is no HTTP (dns:, ...) */
    return 1;
}

/* A record larger than the limit: skipped through (STEP_SKIP when no
 * article would come of it), else NN_READ_BAD; NN_READ_FAIL when the
 * input ends inside it. */
static int too_large(nn_reader *r, nn_frame *f, size_t hl,
                     unsigned long long clen, unsigned long long off)
{
    r->start += hl;
    if (nn_src_skip(r, clen) != 0) {
        nn_reader_fail(r, off,
                       "the input ends inside a record of "
                       "%llu bytes (its Content-Length)",
                       clen);
        return NN_READ_FAIL;
    }
    if (!f->type) {
        r->skipped++;
        return STEP_SKIP;
    }
    nn_reader_fail(r, ~0ULL,
                   "a record of %llu bytes, larger than "
                   "the limit of %zu (see --max-size)",
                   clen, r->max);
    return NN_READ_BAD;
}

/* The block in the window, and the CRLF CRLF after it where its
 * Content-Length says: STEP_ON with *at where the block ends, STEP_BAD,
 * or NN_READ_FAIL. */
static int block_end(nn_reader *r, size_t hl, unsigned long long clen,
                     size_t *at)
{
    int rc;
    if ((rc = need(r, hl + (size_t)clen + 4)) < 0)
        return NN_READ_FAIL;
    *at = r->start + hl + (size_t)clen; /* where the block ends */
    if (rc == 0) {
        /* the input ends: a missing or partial end is forgiven, a
         * block cut short is not */
        size_t k;
        int ok = *at <= r->end;
        for (k = *at; ok && k < r->end; k++)
            ok = r->buf[k] == '\r' || r->buf[k] == '\n';
        if (ok)
            return STEP_ON;
        if (*at > r->end)
            nn_reader_fail(r, ~0ULL,
                           "Content-Length %llu runs past "
                           "the end of the input (%zu "
                           "bytes left)",
                           clen, r->end - r->start - hl);
        else
            nn_reader_fail(r, ~0ULL,
                           "the record does not end where "
                           "its Content-Length (%llu) says",
                           clen);
    } else if (memcmp(r->buf + *at, "\r\n\r\n", 4)) {
        nn_reader_fail(r, ~0ULL,
                       "the record does not end where its "
                       "Content-Length (%llu) says",
                       clen);
    } else {
        return STEP_ON;
    }
    r->start += hl;
    r->resync = 1;
    return STEP_BAD;
}

/* The block (clen bytes after the header) into f->data: a response's HTTP
 * payload, else the block; NN_READ_RECORD, STEP_SKIP (no page in it) or
 * NN_READ_BAD. */
static int take_block(nn_reader *r, nn_frame *f, size_t hl,
                      unsigned long long clen, size_t at, int response)
{
    if (response) {
        char err[160];
        int pr =
            nn_http_payload((const char *)r->buf + r->start + hl, (size_t)clen,
                            r->max, &f->data, err, sizeof err);
        r->start = at;
        if (pr == 0) {
            r->skipped++;
            return STEP_SKIP;
        }
        if (pr < 0) {
            nn_reader_fail(r, ~0ULL, "%s", err);
            return NN_READ_BAD;
        }
    } else {
        nn_buf_clear(&f->data);
        nn_buf_put(&f->data, r->buf + r->start + hl, (size_t)clen);
        r->start = at;
    }
    f->line = 0;
    return NN_READ_RECORD;
}

int nn_warc_next(nn_reader *r, nn_frame *f)
{
    for (;;) {
        size_t hl = 0, at = 0;
        unsigned long long clen = 0, off, label_off;
        int rc, response;

        if (r->resync) {
            r->resync = 0;
            if ((rc = resync(r, 0)) < 0)
                return NN_READ_FAIL;
            if (rc == 0)
                return NN_READ_END;
        }
        if ((rc = skip_blank_lines(r)) != STEP_ON)
            return rc;
        off = nn_src_offset(r, r->start);
        label_off = nn_src_label_offset(r, r->start);
        if ((rc = read_header(r, off, &hl, &clen)) == STEP_ON) {
            /* fields of the frame, before the window moves (the header
             * is not read after this) */
            response = frame_fields(r, (const char *)r->buf + r->start, hl, f,
                                    label_off);
            if (clen > r->max)
                rc = too_large(r, f, hl, clen, off);
            else if ((rc = block_end(r, hl, clen, &at)) == STEP_ON) {
                if (!f->type) {
                    r->skipped++;
                    r->start = at;
                    continue;
                }
                rc = take_block(r, f, hl, clen, at, response);
            }
        }
        if (rc == STEP_SKIP)
            continue;
        if (rc != STEP_BAD)
            return rc;
        /* a bad record: named by its offset */
        nn_buf_clear(&f->input);
        nn_buf_puts(&f->input, r->name);
        {
            char num[24];
            snprintf(num, sizeof num, ":%llu", label_off);
            nn_buf_puts(&f->input, num);
        }
        return NN_READ_BAD;
    }
}
