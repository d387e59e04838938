/* stream.h - the stream readers' shared parts (stream.c: the byte source
 * with gzip and the reader; jsonl.c; warc.c).  Private to the library. */
#ifndef NN_STREAM_H
#define NN_STREAM_H

#define ZLIB_CONST /* z_stream.next_in is const: input is never written */
#include <zlib.h>

#include "internal.h"

#define NN_READ_CHUNK ((size_t)1 << 16) /* bytes asked of read() at once */
#define NN_GZ_MEMBERS 256 /* member starts remembered (for record offsets) */

struct nn_reader {
    int fd;
    char *name;
    nn_stream_options opt; /* keys borrowed from the caller */
    size_t max;            /* opt.max_size or the default */
    nn_stream_kind kind;   /* AUTO until the first bytes are seen */
    int done;              /* END or FAIL returned: END from now on */
    int detect_failed;     /* nn_reader_detect() could not read */

    /* raw bytes from fd */
    unsigned char *in;
    size_t in_len, in_pos;
    unsigned long long in_off; /* file offset of in[0] */
    int in_eof;

    /* gzip: -1 not known yet, 0 plain, 1 gzip */
    int gz;
    z_stream z;
    int z_live;                    /* inflateInit2 done */
    int z_member_done;             /* the last member ended (Z_STREAM_END) */
    unsigned long long member_off; /* file offset of the current member */
    struct {
        unsigned long long pos, off; /* stream offset, file offset */
    } members[NN_GZ_MEMBERS];
    size_t nmembers; /* members seen; the last NN_GZ_MEMBERS are kept */

    /* the window of (inflated) bytes: buf[start, end) is unread */
    unsigned char *buf;
    size_t start, end, cap;
    unsigned long long pos; /* stream offset of buf[0] */
    int eof;                /* no more bytes will come */

    unsigned long long line; /* JSON Lines: lines read */
    int resync;              /* WARC: look for the next record first */
    size_t skipped;
    char err[256];
};

/* Read or inflate more bytes onto the end of the window (moving unread
 * bytes to its start, growing it when want more than fits): 1 when bytes
 * came, 0 at the end of the stream, -1 on an error (r->err).  Never adds
 * more than about NN_READ_CHUNK at once past `want` bytes unread. */
int nn_src_fill(nn_reader *r, size_t want);
/* The stream offset of buf[i], and how a record starting there is named
 * in a label: its stream offset, or for gzip the file offset of the
 * member it starts in. */
unsigned long long nn_src_offset(const nn_reader *r, size_t i);
unsigned long long nn_src_label_offset(const nn_reader *r, size_t i);
/* Discard n bytes from the window's start, reading and inflating through
 * them as needed: 0, or -1 when the stream ends first (r->err says) or
 * fails. */
int nn_src_skip(nn_reader *r, unsigned long long n);

/* An error message in r->err: "offset N: ..." when off is not ~0. */
void nn_reader_fail(nn_reader *r, unsigned long long off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* jsonl.c, warc.c: the next record of each kind (NN_READ_*). */
int nn_jsonl_next(nn_reader *r, nn_frame *f);
int nn_warc_next(nn_reader *r, nn_frame *f);

/* jsonl.c: a JSON Lines line into the article and its hints.  Returns 0,
 * or -1 with a message in err. */
typedef struct nn_jsonl_item {
    nn_buf text;          /* the article */
    int html;             /* from the html key */
    nn_buf id, url, date; /* "" when absent; id: the line number then */
} nn_jsonl_item;
void nn_jsonl_item_init(nn_jsonl_item *it);
void nn_jsonl_item_free(nn_jsonl_item *it);
int nn_jsonl_parse(const char *line, size_t len, unsigned long long lineno,
                   const nn_stream_options *opt, nn_jsonl_item *it, char *err,
                   size_t errlen);
/* The same by jansson alone (nn_jsonl_parse reads most lines in one pass
 * of its own and leaves the rest to this); for the tests. */
int nn_jsonl_parse_jansson(const char *line, size_t len,
                           unsigned long long lineno,
                           const nn_stream_options *opt, nn_jsonl_item *it,
                           char *err, size_t errlen);

/* warc.c: the payload of an HTTP response (status line and headers
 * parsed; chunked transfer coding undone; gzip or deflate content coding
 * inflated up to max bytes) into out.  Returns 1 for an HTML page, 0 for
 * anything else (not 2xx, not HTML, an unknown coding: skipped), -1 with
 * a message in err when it is broken. */
int nn_http_payload(const char *s, size_t len, size_t max, nn_buf *out,
                    char *err, size_t errlen);

/* emit_xml.c: <error id="..." input="...">message</error> (id may be
 * NULL), indented as an <article> of a stream. */
void nn_emit_xml_error(const char *id, const char *input, const char *message,
                       nn_buf *out);

#endif
