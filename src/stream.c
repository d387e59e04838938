/* stream.c - streams of articles: the byte source (a file descriptor,
 * gzip inflated on the fly with zlib, one member after another), the
 * reader that hands out one record at a time (jsonl.c, warc.c, or the
 * whole input as one article), and a frame's normalization.
 *
 * Memory is the window of unread bytes: it holds one record (at most
 * max_size bytes, or a WARC header) and one read's worth of input more,
 * whatever the size of the stream. */
#include "stream.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "html.h"
#include "url.h"

void nn_frame_init(nn_frame *f)
{
    memset(f, 0, sizeof *f);
    nn_buf_init(&f->data);
    nn_buf_init(&f->input);
    nn_buf_init(&f->id);
    nn_buf_init(&f->url);
    nn_buf_init(&f->date);
}

void nn_frame_free(nn_frame *f)
{
    nn_buf_free(&f->data);
    nn_buf_free(&f->input);
    nn_buf_free(&f->id);
    nn_buf_free(&f->url);
    nn_buf_free(&f->date);
}

nn_reader *nn_reader_new(int fd, const char *name, const nn_stream_options *opt)
{
    nn_reader *r = nn_xcalloc(1, sizeof *r);
    static const nn_stream_options defaults = NN_STREAM_OPTIONS_INIT;
    r->fd = fd;
    r->name = nn_xstrdup(name ? name : "-");
    r->opt = opt ? *opt : defaults;
    r->max = r->opt.max_size ? r->opt.max_size : NN_DEFAULT_MAX_SIZE;
    r->kind = r->opt.kind;
    r->gz = -1;
    r->in = nn_xmalloc(NN_READ_CHUNK);
    return r;
}

void nn_reader_free(nn_reader *r)
{
    if (!r)
        return;
    if (r->z_live)
        inflateEnd(&r->z);
    free(r->in);
    free(r->buf);
    free(r->name);
    free(r);
}

const char *nn_reader_error(const nn_reader *r)
{
    return r->err;
}

nn_stream_kind nn_reader_kind(const nn_reader *r)
{
    return r->kind;
}

size_t nn_reader_skipped(const nn_reader *r)
{
    return r->skipped;
}

void nn_reader_fail(nn_reader *r, unsigned long long off, const char *fmt, ...)
{
    va_list ap;
    size_t n = 0;
    if (off != ~0ULL)
        n = (size_t)snprintf(r->err, sizeof r->err, "offset %llu: ", off);
    if (n >= sizeof r->err)
        n = sizeof r->err - 1;
    va_start(ap, fmt);
    vsnprintf(r->err + n, sizeof r->err - n, fmt, ap);
    va_end(ap);
}

/* ---- the byte source -------------------------------------------------- */

/* More raw bytes from fd into r->in (unconsumed ones moved to its start):
 * 1, 0 at the end of the file, -1 on a read error. */
static int read_raw(nn_reader *r)
{
    ssize_t n;
    if (r->in_pos) {
        memmove(r->in, r->in + r->in_pos, r->in_len - r->in_pos);
        r->in_off += r->in_pos;
        r->in_len -= r->in_pos;
        r->in_pos = 0;
    }
    if (r->in_eof)
        return 0;
    do
        n = read(r->fd, r->in + r->in_len, NN_READ_CHUNK - r->in_len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        nn_reader_fail(r, ~0ULL, "read error: %s", strerror(errno));
        return -1;
    }
    if (n == 0) {
        r->in_eof = 1;
        return 0;
    }
    r->in_len += (size_t)n;
    return 1;
}

/* Room for at least `room` more bytes at the window's end. */
static void make_room(nn_reader *r, size_t room)
{
    if (r->start) { /* the read bytes go */
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->pos += r->start;
        r->end -= r->start;
        r->start = 0;
    }
    if (r->cap - r->end < room) {
        size_t c = r->cap ? r->cap : NN_READ_CHUNK;
        while (c - r->end < room)
            c *= 2;
        r->buf = nn_xrealloc(r->buf, c);
        r->cap = c;
    }
}

static void note_member(nn_reader *r)
{
    size_t k = r->nmembers++ % NN_GZ_MEMBERS;
    r->members[k].pos = r->pos + r->end;
    r->members[k].off = r->member_off;
}

/* Inflate into the window's free space: 1 when bytes came, 0 at the end,
 * -1 on an error. */
static int inflate_some(nn_reader *r)
{
    for (;;) {
        int zr, got;
        size_t before;
        if (r->in_pos == r->in_len) {
            int rr = read_raw(r);
            if (rr < 0)
                return -1;
            if (rr == 0) {
                if (!r->z_member_done) {
                    nn_reader_fail(r, r->member_off,
                                   "truncated gzip member (the file ends "
                                   "inside it)");
                    return -1;
                }
                return 0;
            }
        }
        if (r->z_member_done) {
            /* another member, or padding after the last one */
            unsigned char *p = r->in + r->in_pos;
            size_t left = r->in_len - r->in_pos;
            if (*p == 0) { /* zero padding (tape blocks) is allowed */
                while (left && *p == 0)
                    p++, left--;
                r->in_pos = r->in_len - left;
                continue;
            }
            if (left < 2 && !r->in_eof) {
                if (read_raw(r) < 0)
                    return -1;
                continue;
            }
            if (left < 2 || p[0] != 0x1f || p[1] != 0x8b) {
                nn_reader_fail(r, r->in_off + r->in_pos,
                               "data after the last gzip member that is "
                               "not gzip");
                return -1;
            }
            inflateReset(&r->z);
            r->z_member_done = 0;
            r->member_off = r->in_off + r->in_pos;
            note_member(r);
        }
        r->z.next_in = r->in + r->in_pos;
        r->z.avail_in = (uInt)(r->in_len - r->in_pos);
        r->z.next_out = r->buf + r->end;
        r->z.avail_out = (uInt)(r->cap - r->end);
        before = r->z.avail_out;
        zr = inflate(&r->z, Z_NO_FLUSH);
        r->in_pos = r->in_len - r->z.avail_in;
        got = before != r->z.avail_out;
        r->end += before - r->z.avail_out;
        if (zr == Z_STREAM_END) {
            r->z_member_done = 1;
        } else if (zr == Z_DATA_ERROR || zr == Z_NEED_DICT) {
            nn_reader_fail(r, r->member_off, "corrupt gzip member: %s",
                           r->z.msg ? r->z.msg : "bad data");
            return -1;
        } else if (zr == Z_MEM_ERROR) {
            nn_die_oom(0);
        } else if (zr != Z_OK && zr != Z_BUF_ERROR) {
            nn_reader_fail(r, r->member_off, "gzip error %d", zr);
            return -1;
        }
        if (got)
            return 1;
    }
}

/* Is the input gzip?  Decided on its first two bytes. */
static int sniff_gzip(nn_reader *r)
{
    while (r->in_len - r->in_pos < 2 && !r->in_eof)
        if (read_raw(r) < 0)
            return -1;
    r->gz = r->in_len - r->in_pos >= 2 && r->in[r->in_pos] == 0x1f &&
            r->in[r->in_pos + 1] == 0x8b;
    if (r->gz) {
        memset(&r->z, 0, sizeof r->z);
        if (inflateInit2(&r->z, 16 + MAX_WBITS) != Z_OK)
            nn_die_oom(0);
        r->z_live = 1;
        r->member_off = r->in_off + r->in_pos;
        note_member(r);
    }
    return 0;
}

int nn_src_fill(nn_reader *r, size_t want)
{
    int rc;
    if (r->gz < 0 && sniff_gzip(r) < 0)
        return -1;
    if (r->eof)
        return 0;
    make_room(r, (want > r->end - r->start ? want - (r->end - r->start) : 0) +
                     NN_READ_CHUNK);
    if (r->gz) {
        rc = inflate_some(r);
    } else {
        if (r->in_pos == r->in_len && (rc = read_raw(r)) <= 0) {
            if (rc == 0)
                r->eof = 1;
            return rc;
        }
        {
            size_t n = r->in_len - r->in_pos;
            if (n > r->cap - r->end)
                n = r->cap - r->end;
            memcpy(r->buf + r->end, r->in + r->in_pos, n);
            r->end += n;
            r->in_pos += n;
        }
        rc = 1;
    }
    if (rc == 0)
        r->eof = 1;
    return rc;
}

unsigned long long nn_src_offset(const nn_reader *r, size_t i)
{
    return r->pos + i;
}

unsigned long long nn_src_label_offset(const nn_reader *r, size_t i)
{
    unsigned long long p = r->pos + i;
    size_t k, n;
    if (!r->gz)
        return p;
    /* the latest member that starts at or before p */
    n = r->nmembers < NN_GZ_MEMBERS ? r->nmembers : NN_GZ_MEMBERS;
    for (k = 0; k < n; k++) {
        size_t j = (r->nmembers - 1 - k) % NN_GZ_MEMBERS;
        if (r->members[j].pos <= p)
            return r->members[j].off;
    }
    return r->members[(r->nmembers - n) % NN_GZ_MEMBERS].off;
}

int nn_src_skip(nn_reader *r, unsigned long long n)
{
    for (;;) {
        size_t have = r->end - r->start;
        int rc;
        if (have >= n) {
            r->start += (size_t)n;
            return 0;
        }
        n -= have;
        r->start = r->end; /* dropped: the window does not grow */
        rc = nn_src_fill(r, 0);
        if (rc < 0)
            return -1;
        if (rc == 0) {
            nn_reader_fail(r, nn_src_offset(r, r->start),
                           "the input ends %llu bytes short of the "
                           "record's end",
                           n);
            return -1;
        }
    }
}

/* ---- the reader ----------------------------------------------------- */

/* The whole input as one article (at most max bytes once inflated). */
static int one_next(nn_reader *r, nn_frame *f)
{
    int rc;
    while ((rc = nn_src_fill(r, r->end - r->start + 1)) > 0)
        if (r->end - r->start > r->max) {
            if (r->gz)
                nn_reader_fail(r, r->member_off,
                               "more than %zu bytes once inflated (see "
                               "--max-size; a gzip bomb?)",
                               r->max);
            else
                nn_reader_fail(r, ~0ULL,
                               "input larger than the limit of "
                               "%zu bytes (see --max-size)",
                               r->max);
            return NN_READ_FAIL;
        }
    if (rc < 0)
        return NN_READ_FAIL;
    f->type = NN_FRAME_TEXT;
    nn_buf_clear(&f->data);
    nn_buf_put(&f->data, r->buf + r->start, r->end - r->start);
    r->start = r->end;
    nn_buf_clear(&f->input);
    nn_buf_puts(&f->input, r->name);
    nn_buf_clear(&f->id);
    nn_buf_clear(&f->url);
    nn_buf_clear(&f->date);
    f->line = 0;
    r->done = 1; /* one record, then the end */
    return NN_READ_RECORD;
}

/* AUTO: WARC when the bytes start so, else one article; -1 when the
 * first bytes cannot be read. */
static int detect(nn_reader *r)
{
    int rc = 0;
    if (r->kind != NN_STREAM_AUTO)
        return 0;
    while (r->end - r->start < 5 && (rc = nn_src_fill(r, 5)) > 0)
        ;
    r->kind = r->end - r->start >= 5 && !memcmp(r->buf + r->start, "WARC/", 5)
                  ? NN_STREAM_WARC
                  : NN_STREAM_ONE;
    return r->end - r->start < 5 && rc < 0 ? -1 : 0;
}

nn_stream_kind nn_reader_detect(nn_reader *r)
{
    if (detect(r) < 0)
        r->detect_failed = 1;
    return r->kind;
}

int nn_reader_next(nn_reader *r, nn_frame *f)
{
    int rc = 0;
    if (r->done)
        return NN_READ_END;
    if (r->detect_failed || detect(r) < 0) {
        r->done = 1;
        return NN_READ_FAIL;
    }
    r->err[0] = '\0';
    switch (r->kind) {
    case NN_STREAM_JSONL:
        rc = nn_jsonl_next(r, f);
        break;
    case NN_STREAM_WARC:
        rc = nn_warc_next(r, f);
        break;
    default:
        rc = one_next(r, f);
        break;
    }
    if (rc == NN_READ_FAIL || rc == NN_READ_END)
        r->done = 1;
    return rc;
}

/* ---- a frame's article ------------------------------------------------- */

static void drop_warning(nn_record *rec, const char *msg)
{
    size_t i;
    for (i = 0; i < rec->warnings.len; i++)
        if (!strcmp(rec->warnings.items[i], msg)) {
            free(rec->warnings.items[i]);
            memmove(rec->warnings.items + i, rec->warnings.items + i + 1,
                    (rec->warnings.len - i - 1) * sizeof(char *));
            rec->warnings.len--;
            return;
        }
}

static int has_extra(const nn_record *rec, const char *key)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++)
        if (!strcmp(rec->extra[i].key, key))
            return 1;
    return 0;
}

static int extra_cmp(const void *a, const void *b)
{
    return strcmp(((const nn_extra *)a)->key, ((const nn_extra *)b)->key);
}

/* The date a hint gives: a whole date nn_date_parse reads, else its
 * leading YYYY-MM-DD (an ISO 8601 time stamp with a 'Z' or fractions). */
static int hint_date(const char *s, char out[NN_DATE_MAX])
{
    size_t n = strlen(s);
    if (!n)
        return -1;
    if (nn_date_parse(s, n, out) == 0)
        return 0;
    if (n >= 10 && nn_date_parse(s, 10, out) == 0)
        return 0;
    return -1;
}

/* What the container says, where the article said nothing. */
static void apply_hints(nn_record *rec, const char *id, const char *url,
                        const char *date, const char *crawl)
{
    char d[NN_DATE_MAX];
    int resort = 0;

    if (id && id[0])
        rec->id = nn_xstrdup(id);
    if (url && url[0] && !rec->url) {
        rec->url = nn_xstrdup(url);
        if (!rec->source)
            rec->source = nn_url_source(url);
        if (!rec->date && nn_date_from_url(url, d) == 0) {
            rec->date = nn_xstrdup(d);
            drop_warning(rec, "no date found");
            nn_record_warn(rec, "date taken from the URL");
        }
    }
    if (crawl && hint_date(crawl, d) == 0) {
        if (!has_extra(rec, "crawl_date")) {
            nn_record_extra(rec, "crawl_date", d, 10);
            resort = 1;
        }
        if (!rec->date) {
            rec->date = nn_xstrndup(d, 10);
            drop_warning(rec, "no date found");
            nn_record_warn(rec, "date taken from the crawl date");
        }
    }
    if (date && date[0] && !rec->date) {
        if (hint_date(date, d) == 0) {
            rec->date = nn_xstrdup(d);
            drop_warning(rec, "no date found");
            nn_record_warn(rec, "date taken from the input's date field");
        } else {
            nn_record_warn(rec, "the input's date field is no date");
        }
    }
    if (resort && rec->extra_len > 1)
        qsort(rec->extra, rec->extra_len, sizeof *rec->extra, extra_cmp);
}

/* Can a text article be given its URL as a first "URL Source:" line (the
 * framing of Jina Reader, which the pipeline reads: the URL then names the
 * source, cuts the site's name from the title, ...)?  Not when the text
 * starts with what must stay first (a BOM, the corpus header " date
 * YYYY-MM-DD") or the URL is no single token. */
static int url_line_fits(const char *data, size_t len, const char *url)
{
    const unsigned char *u = (const unsigned char *)url;
    size_t i;
    if (!url || !nn_url_start(url, strlen(url)))
        return 0;
    for (i = 0; u[i]; i++)
        if (u[i] <= ' ' || u[i] == 0x7F)
            return 0;
    if (len >= 2 &&
        ((unsigned char)data[0] == 0xEF || (unsigned char)data[0] == 0xFE ||
         (unsigned char)data[0] == 0xFF))
        return 0; /* a BOM (UTF-8, UTF-16) */
    for (i = 0; i < len && i < 4 && (data[i] == ' ' || data[i] == '\t'); i++)
        ;
    return !(len - i >= 5 && !strncmp(data + i, "date ", 5));
}

static nn_status run(nn_normalizer *nz, const char *data, size_t len, int html,
                     const char *url, const char *input, nn_record **out,
                     char *err, size_t errlen)
{
    nn_status st;
    size_t shift = 0; /* lines put in front of the text */
    nn_buf b = NN_BUF_INIT;
    if (html && !nn_html_detect(data, len)) {
        /* a fragment ("<p>...</p>"): parsed as the body of a page, as a
         * browser would (detection wants a doctype, <html>, <head> or
         * <body>) */
        nn_buf_puts(&b, "<html><body>\n");
    } else if (!html && url_line_fits(data, len, url)) {
        nn_buf_puts(&b, "URL Source: ");
        nn_buf_puts(&b, url);
        nn_buf_puts(&b, "\n\n");
        shift = 2;
    }
    if (b.len) {
        nn_buf_put(&b, data, len);
        st = nn_normalize(nz, b.ptr, b.len, input, out);
    } else {
        st = nn_normalize(nz, data, len, input, out);
    }
    nn_buf_free(&b);
    if (st != NN_OK) {
        snprintf(err, errlen, "%s", nn_normalizer_error(nz));
        return st;
    }
    if (shift) { /* --explain: the lines of the text as given */
        nn_record *rec = *out;
        size_t i, k = 0;
        for (i = 0; i < rec->removed_len; i++) {
            if (rec->removed[i].line <= shift) {
                free(rec->removed[i].rule);
                free(rec->removed[i].text);
                continue;
            }
            rec->removed[k] = rec->removed[i];
            rec->removed[k++].line -= shift;
        }
        rec->removed_len = k;
    }
    return NN_OK;
}

nn_status nn_normalize_frame(nn_normalizer *nz, const nn_frame *f,
                             const nn_stream_options *opt, nn_record **out,
                             char *err, size_t errlen)
{
    static const nn_stream_options defaults = NN_STREAM_OPTIONS_INIT;
    nn_status st;

    *out = NULL;
    if (!opt)
        opt = &defaults;
    if (f->type == NN_FRAME_JSON) {
        nn_jsonl_item it;
        nn_jsonl_item_init(&it);
        if (nn_jsonl_parse(f->data.ptr, f->data.len, f->line, opt, &it, err,
                           errlen) != 0) {
            nn_jsonl_item_free(&it);
            return NN_ERR_RECORD;
        }
        st = run(nz, it.text.ptr, it.text.len, it.html, it.url.ptr,
                 f->input.ptr, out, err, errlen);
        if (st == NN_OK)
            apply_hints(*out, it.id.ptr, it.url.ptr, it.date.ptr, NULL);
        nn_jsonl_item_free(&it);
        return st;
    }
    st = run(nz, f->data.ptr, f->data.len, f->type == NN_FRAME_HTML, f->url.ptr,
             f->input.ptr, out, err, errlen);
    if (st == NN_OK)
        apply_hints(*out, f->id.ptr, f->url.ptr, NULL, f->date.ptr);
    return st;
}
