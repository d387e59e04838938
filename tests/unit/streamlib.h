/* streamlib.h - helpers for the stream readers' unit tests (test_jsonl.c,
 * test_warc.c): bytes into a file descriptor, gzip members made with
 * zlib, reading every record of a stream. */
#ifndef NN_STREAMLIB_H
#define NN_STREAMLIB_H

#include <stdio.h>
#include <unistd.h>
#include <zlib.h>

#include "testlib.h"

/* A descriptor reading `len` bytes from its start (a temporary file). */
static inline int sl_fd(const void *data, size_t len)
{
    FILE *f = tmpfile();
    int fd;
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fflush(f);
    fd = dup(fileno(f));
    fclose(f);
    assert_true(fd >= 0);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    return fd;
}

/* Append one gzip member of data to out. */
static inline void sl_gzip(nn_buf *out, const void *data, size_t len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
                                  Z_DEFAULT_STRATEGY),
                     Z_OK);
    nn_buf_grow(out, deflateBound(&z, (uLong)len) + 16);
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = (uInt)len;
    z.next_out = (unsigned char *)out->ptr + out->len;
    z.avail_out = (uInt)(out->cap - out->len - 1);
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    out->len = out->cap - 1 - z.avail_out;
    out->ptr[out->len] = '\0';
    deflateEnd(&z);
}

/* One record as a test sees it. */
typedef struct sl_rec {
    int rc; /* NN_READ_* */
    int type;
    char *data, *input, *id, *url, *date, *err;
    unsigned long long line;
} sl_rec;

/* Read every record of the stream in data (max: the record limit, 0 for
 * the default); returns how many results (RECORD, BAD, FAIL) there were,
 * at most max_recs; *skipped gets nn_reader_skipped. */
static inline size_t sl_read(const void *data, size_t len, nn_stream_kind kind,
                             size_t max, sl_rec *recs, size_t max_recs,
                             size_t *skipped)
{
    nn_stream_options o = NN_STREAM_OPTIONS_INIT;
    int fd = sl_fd(data, len);
    nn_reader *r;
    nn_frame f;
    size_t n = 0;
    int rc;

    o.kind = kind;
    o.max_size = max;
    r = nn_reader_new(fd, "in", &o);
    nn_frame_init(&f);
    while ((rc = nn_reader_next(r, &f)) != NN_READ_END) {
        sl_rec *x;
        assert_true(n < max_recs);
        x = &recs[n++];
        memset(x, 0, sizeof *x);
        x->rc = rc;
        x->type = f.type;
        x->input = nn_xstrdup(f.input.ptr);
        x->err = nn_xstrdup(nn_reader_error(r));
        if (rc == NN_READ_RECORD) {
            x->data = nn_xstrndup(f.data.ptr, f.data.len);
            x->id = nn_xstrdup(f.id.ptr);
            x->url = nn_xstrdup(f.url.ptr);
            x->date = nn_xstrdup(f.date.ptr);
            x->line = f.line;
        }
    }
    if (skipped)
        *skipped = nn_reader_skipped(r);
    nn_frame_free(&f);
    nn_reader_free(r);
    close(fd);
    return n;
}

static inline void sl_free(sl_rec *recs, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        free(recs[i].data);
        free(recs[i].input);
        free(recs[i].id);
        free(recs[i].url);
        free(recs[i].date);
        free(recs[i].err);
    }
}

#endif
