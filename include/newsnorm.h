/*
 * newsnorm.h - normalize raw scraped news-article text into clean records.
 *
 * This is the library's only public header.  A program normalizes articles
 * in four steps:
 *
 *     nn_options opt = NN_OPTIONS_INIT;
 *     nn_normalizer *nz = nn_normalizer_new(&opt, err, sizeof err);
 *     nn_record *rec;
 *     if (nn_normalize(nz, bytes, len, "path.txt", &rec) == NN_OK) {
 *         nn_buf out = NN_BUF_INIT;
 *         nn_record_render(rec, NN_FORMAT_JSONL, 0, &out);
 *         fwrite(out.ptr, 1, out.len, stdout);
 *         nn_buf_free(&out);
 *         nn_record_free(rec);
 *     } else {
 *         fprintf(stderr, "%s\n", nn_normalizer_error(nz));
 *     }
 *     nn_normalizer_free(nz);
 *
 * Ownership: every function that returns a pointer documents who frees it.
 * Objects handed *to* a function are borrowed unless the function's comment
 * says otherwise.  A normalizer is not thread-safe; use one per thread
 * (nn_normalizer_clone() makes one for another thread that shares the
 * compiled rules).  Records are independent of the normalizer that made
 * them.
 *
 * Memory allocation failure aborts the process (the library never returns
 * half-built objects); return codes carry only data and I/O errors.
 */
#ifndef NEWSNORM_H
#define NEWSNORM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NN_VERSION "0.1.0"

/* ---------------------------------------------------------------------
 * Growable byte buffer, used for all output.
 *
 * `ptr` is never NULL and always NUL-terminated (an empty buffer points at a
 * static ""), `len` excludes the terminator.  Initialize with NN_BUF_INIT or
 * nn_buf_init(); release with nn_buf_free() or take the memory with
 * nn_buf_detach().  Growth beyond NN_BUF_MAX aborts (it is a bug or an attack
 * that got past the input size limit).
 * ------------------------------------------------------------------- */
typedef struct nn_buf {
    char *ptr;
    size_t len;
    size_t cap; /* 0 while ptr points at the static empty string */
} nn_buf;

extern char nn_buf_empty_[];
#define NN_BUF_INIT { nn_buf_empty_, 0, 0 }
#define NN_BUF_MAX ((size_t)1 << 34) /* 16 GiB */

void nn_buf_init(nn_buf *b);
/* Release the memory; the buffer is empty and reusable afterwards. */
void nn_buf_free(nn_buf *b);
/* Make room for `extra` more bytes (plus the terminator). */
void nn_buf_grow(nn_buf *b, size_t extra);
void nn_buf_put(nn_buf *b, const void *data, size_t len);
void nn_buf_puts(nn_buf *b, const char *s);
void nn_buf_putc(nn_buf *b, char c);
/* Drop the contents, keep the memory (for reuse across articles). */
void nn_buf_clear(nn_buf *b);
/* Shorten to `len` bytes (no-op when already shorter). */
void nn_buf_truncate(nn_buf *b, size_t len);
/* Hand the memory to the caller (free() it); the buffer becomes empty. */
char *nn_buf_detach(nn_buf *b);

/* ---------------------------------------------------------------------
 * The record: one per input article.  See SPEC section 1 / newsnorm(1).
 * All strings are UTF-8 in NFC, NUL-terminated, owned by the record.
 * A field that could not be recovered is NULL (lists: len == 0).
 * ------------------------------------------------------------------- */
typedef struct nn_list {
    char **items;
    size_t len;
} nn_list;

typedef struct nn_image {
    char *caption;
    char *credit; /* NULL when the caption line carried no credit */
} nn_image;

/* One line removed from the body (only recorded with NN_OPT_EXPLAIN). */
typedef struct nn_removal {
    char *rule;  /* rule name, e.g. "related-article" */
    size_t line; /* 1-based line number in the decoded input */
    char *text;  /* the line as cleaned, before removal */
} nn_removal;

/* Input text that is neither body nor a known field, kept rather than lost
 * (e.g. the trailing "403" of a MENAFN " date 2025-04-10 403" header), and
 * identifiers recovered from the text (article_id, story_id, wire_id). */
typedef struct nn_extra {
    char *key;
    char *value;
} nn_extra;

typedef struct nn_record {
    char *title;
    char *date;      /* ISO 8601: YYYY-MM-DD[THH:MM[:SS][+HH:MM]] */
    char *source;    /* display name: "The Moscow Times", "MENAFN", host... */
    char *source_id; /* profile: "moscowtimes", "menafn", "generic" */
    char *provider;  /* wire partner, "Daily News Egypt" */
    char *url;       /* canonical article URL, repaired */
    nn_list authors;
    nn_list credits;
    nn_image *image;
    nn_list related;
    char *body;      /* paragraphs separated by "\n\n" */
    size_t word_count;
    char fingerprint[17]; /* 16 lower-case hex digits */
    char *input;     /* input path as given, "-" for stdin */
    nn_list warnings;
    nn_extra *extra; /* sorted by key */
    size_t extra_len;
    nn_removal *removed; /* in line order; NULL unless NN_OPT_EXPLAIN */
    size_t removed_len;
} nn_record;

/* Free a record and everything it owns.  NULL is fine. */
void nn_record_free(nn_record *rec);

/* ---------------------------------------------------------------------
 * Options and the normalizer.
 * ------------------------------------------------------------------- */
#define NN_OPT_EXPLAIN (1u << 0) /* fill nn_record.removed */
#define NN_OPT_ASCII (1u << 1)   /* fold quotes, dashes, ellipses to ASCII */
#define NN_OPT_STRICT (1u << 2)  /* invalid UTF-8 is an error, not a warning */

#define NN_DEFAULT_MAX_SIZE ((size_t)64 << 20) /* 64 MiB per article */

typedef struct nn_options {
    unsigned flags;      /* NN_OPT_* bits */
    const char *profile; /* NULL or "auto": detect; else a profile name */
    size_t max_size;     /* largest input accepted, bytes; 0: the default */
    /* What the input is: "text" (a text scrape), "html" (a web page,
     * parsed as HTML whatever it looks like), or NULL / "auto": HTML when
     * it looks like HTML (after a BOM, white space and comments, a
     * doctype, <html>, <head> or <body>), else text.  An HTML page is read
     * through its own structure and metadata (JSON-LD, OpenGraph, canonical
     * link, <time>, <html lang>) into the same record.  Another name makes
     * nn_normalizer_new() fail. */
    const char *input_format;
} nn_options;

#define NN_OPTIONS_INIT { 0, NULL, 0, NULL }

typedef struct nn_normalizer nn_normalizer;

/* Create a normalizer.  Returns NULL and writes a message into err (which
 * may be NULL) when the options are invalid, e.g. an unknown profile.
 * Free with nn_normalizer_free(). */
nn_normalizer *nn_normalizer_new(const nn_options *opt, char *err,
                                 size_t errlen);
void nn_normalizer_free(nn_normalizer *nz);

/* A normalizer for another thread, with nz's options, that shares nz's
 * compiled rule tables instead of compiling its own: they are read-only
 * once made, and the parts compiled on first use are compiled once for all
 * (under a lock).  Cheaper in start-up time and memory than a
 * nn_normalizer_new() per thread, with the same results.  Each normalizer
 * is still used by one thread at a time, but cloning reads only what never
 * changes once nz is made, so it may be done while another thread uses nz.
 * nz and its clones may be freed in any order.  Free with
 * nn_normalizer_free(). */
nn_normalizer *nn_normalizer_clone(nn_normalizer *nz);

/* Result codes of nn_normalize(). */
typedef enum nn_status {
    NN_OK = 0,
    NN_ERR_EMPTY,     /* no bytes, or only white space */
    NN_ERR_BINARY,    /* NUL bytes: not text */
    NN_ERR_ENCODING,  /* invalid UTF-8 under NN_OPT_STRICT, bad UTF-16 */
    NN_ERR_TOO_LARGE, /* more than max_size bytes */
} nn_status;

/* Normalize one article.  `data` (len bytes, need not be NUL-terminated) is
 * borrowed; `input` is the name recorded in the record ("-" for stdin).
 * On NN_OK, *out receives a new record the caller frees with
 * nn_record_free().  On error *out is NULL and nn_normalizer_error() says
 * why in one line (without the input name). */
nn_status nn_normalize(nn_normalizer *nz, const char *data, size_t len,
                       const char *input, nn_record **out);

/* The message of the last failed nn_normalize(); owned by the normalizer,
 * valid until the next call. */
const char *nn_normalizer_error(const nn_normalizer *nz);

/* The profile names known to the library, NULL-terminated. */
const char *const *nn_profile_names(void);

/* ---------------------------------------------------------------------
 * Rendering.
 * ------------------------------------------------------------------- */
typedef enum nn_format {
    NN_FORMAT_JSONL,    /* one compact JSON object per line */
    NN_FORMAT_JSON,     /* pretty JSON */
    NN_FORMAT_XML,      /* <article> elements */
    NN_FORMAT_TEXT,     /* title, date, source, blank line, body */
    NN_FORMAT_MARKDOWN, /* YAML front matter + body */
} nn_format;

/* Parse "jsonl", "json", "xml", "text", "markdown" (also "md").
 * Returns 0 and sets *fmt, or -1 for an unknown name. */
int nn_format_parse(const char *name, nn_format *fmt);
/* File extension for a format, without the dot ("jsonl", "json", ...). */
const char *nn_format_extension(nn_format fmt);

/* Append one record in `fmt` to `out` as a complete document (the same as
 * a stream of one record).  It ends with a newline.  `flags` may hold
 * NN_OPT_EXPLAIN to include `removed` (JSON and XML; text and markdown
 * leave removals out of the document). */
void nn_record_render(const nn_record *rec, nn_format fmt, unsigned flags,
                      nn_buf *out);

/* A stream of records (what the command line writes): nn_stream_begin()
 * once, then nn_stream_record() for each record with nn_stream_separator()
 * between two records, then nn_stream_end(); each appends to `out`, so a
 * stream can be written out piece by piece and records can be rendered in
 * any thread.  `expected` is the number of records announced up front (the
 * number of inputs), `written` the number actually written (inputs can
 * fail).  Framing: jsonl, one object a line; json, the object alone when
 * expected == 1, else an array; xml, an <articles> root; text, records
 * separated by a line holding a single form feed; markdown, one front
 * matter document after another. */
void nn_stream_begin(nn_format fmt, size_t expected, nn_buf *out);
void nn_stream_record(const nn_record *rec, nn_format fmt, unsigned flags,
                      size_t expected, nn_buf *out);
void nn_stream_separator(nn_format fmt, size_t expected, nn_buf *out);
void nn_stream_end(nn_format fmt, size_t expected, size_t written,
                   nn_buf *out);

#ifdef __cplusplus
}
#endif

#endif /* NEWSNORM_H */
