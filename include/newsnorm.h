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

/* The library is compiled with -fvisibility=hidden: what this header
 * declares is its exported API (libnewsnorm.so), nothing else. */
#if defined(__GNUC__) && !defined(NN_NO_VISIBILITY)
#pragma GCC visibility push(default)
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
#define NN_BUF_INIT                                                            \
    {                                                                          \
        nn_buf_empty_, 0, 0                                                    \
    }
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

/* One line removed from the body (only recorded with NN_OPT_EXPLAIN).
 * The strings are owned by the record (nn_record_free frees them). */
typedef struct nn_removal {
    char *rule;     /* what removed it, the name alone: a profile rule's name
                    ("related-article"), a verdict of the page pass
                    ("link-density", "after-article: comments"), an HTML
                    removal ("html-chrome") */
    size_t line;    /* 1-based line number in the decoded input (0: an
                    element of an HTML page, its path in text) */
    char *text;     /* the line as cleaned, before removal */
    double measure; /* the number behind the verdict, to two decimals (the
                       link density of "link-density", the stopword share
                       of "stopwords"); NaN when the rule has none (every
                       profile rule, most verdicts): test with isnan() */
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
    char *body; /* paragraphs separated by "\n\n" */
    size_t word_count;
    char fingerprint[17]; /* 16 lower-case hex digits */
    char simhash[17];     /* nn_simhash() of the body, 16 hex digits */
    char *id;             /* a stream record's id: the JSON Lines id (or its
                        line number), the WARC-Record-ID; NULL for a file */
    char *input;          /* input path as given, "-" for stdin; PATH:LINE for
                        JSON Lines, PATH:OFFSET for WARC */
    char *duplicate_of;   /* set by nn_dedup_record(): the id (else input) of
                           the earlier record it repeats; NULL */
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
#define NN_OPT_DEDUP (1u << 3)   /* (rendering) write duplicate_of */

#define NN_DEFAULT_MAX_SIZE ((size_t)64 << 20) /* 64 MiB per article */

/* ---------------------------------------------------------------------
 * Profiles: how the text of an outlet is recognized (detection signals)
 * and cleaned (its rules).  The built-in ones are compiled in from
 * data/profiles/; more are read from profile files (newsnorm-rules(5)).
 * ------------------------------------------------------------------- */
typedef struct nn_profiles nn_profiles;

/* A list holding the built-in profiles, in detection order.  Free with
 * nn_profiles_free(), after every normalizer made with it. */
nn_profiles *nn_profiles_new(void);
/* Read the profiles of the file at `path` into the list: they go after
 * those read from earlier files and before the built-in ones, and one
 * with the name of a built-in profile replaces it.  Every pattern is
 * checked.  Returns 0, or -1 with "PATH:LINE: what is wrong" (or "PATH:
 * reason") in err, the list unchanged. */
int nn_profiles_load(nn_profiles *ps, const char *path, char *err,
                     size_t errlen);
size_t nn_profiles_count(const nn_profiles *ps);
/* Profile i's name; its origin: NULL when built in, else the path of the
 * file it was read from (owned by the list). */
const char *nn_profiles_name(const nn_profiles *ps, size_t i);
const char *nn_profiles_origin(const nn_profiles *ps, size_t i);
/* Append profile `name` to out in the file format (reading that back
 * gives the same profile).  Returns 0, or -1 when there is no such
 * profile. */
int nn_profiles_dump(const nn_profiles *ps, const char *name, nn_buf *out);
void nn_profiles_free(nn_profiles *ps);

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
    /* The profiles to detect and force (borrowed: it must outlive the
     * normalizer and its clones); NULL: the built-in ones. */
    const nn_profiles *profiles;
} nn_options;

#define NN_OPTIONS_INIT                                                        \
    {                                                                          \
        0, NULL, 0, NULL, NULL                                                 \
    }

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
    NN_ERR_RECORD,    /* a stream record that holds no article (a JSON
                         Lines line that is no JSON object or has no text) */
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

/* The names of the built-in profiles, NULL-terminated, in detection
 * order (static). */
const char *const *nn_profile_names(void);

/* Does the input look like an HTML page (what input_format "auto" reads
 * as one): after a BOM, white space, comments and an XML declaration,
 * "<!doctype html", "<html", "<head" or "<body" (ASCII case ignored), or
 * one of them at a line's start within the first 1 KiB?  For a caller
 * that frames an input itself (nn_frame.type) and must know which it is. */
int nn_html_detect(const char *s, size_t len);

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
 * leave removals out of the document) and NN_OPT_DEDUP to include
 * `duplicate_of` (every format but text). */
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
void nn_stream_end(nn_format fmt, size_t expected, size_t written, nn_buf *out);

/* An error record, for a stream input that failed (--error-records):
 * jsonl and json {"id", "input", "error"}, xml <error id=".." input="..">
 * message</error>; text and markdown write nothing.  id may be NULL. */
void nn_stream_error(nn_format fmt, const char *id, const char *input,
                     const char *message, size_t expected, nn_buf *out);

/* ---------------------------------------------------------------------
 * Near duplicates (simhash.c).
 *
 * nn_simhash() is a 64-bit SimHash (Charikar) of the words of a text:
 * words as for the fingerprint (runs of letters, digits and marks,
 * lower-cased); each word hashed with FNV-1a 64; every run of three
 * consecutive words (a shingle; a text of one or two words is one
 * shingle) hashed as fmix64(h1 ^ rotl(h2, 21) ^ rotl(h3, 42)) (fmix64 is
 * MurmurHash3's finalizer); bit i of the result is 1 when more shingles
 * have bit i set than not.  0 for a text without words.  Texts that share
 * most of their shingles have signatures that differ in few bits
 * (Hamming distance).  nn_record.simhash is the SimHash of the body.
 * ------------------------------------------------------------------- */
unsigned long long nn_simhash(const char *text, size_t len);
/* Hamming distance of two signatures, 0-64. */
int nn_simhash_distance(unsigned long long a, unsigned long long b);

/* An index of the records seen so far, for near-duplicate marking in one
 * pass (dedup.c).  A record is near an earlier one when their signatures
 * differ in at most `distance` bits, or (distance 1 and up, records given
 * by their text) when they share a paragraph (one of the body's four
 * smallest paragraph hashes, of paragraphs of eight words or more) and an
 * estimate of the share of shingles both have (96 two-bit minhashes) is
 * at least one half.  Only records that are no duplicate are kept: their
 * signature (8 bytes) and sketch (24 bytes), a 4-byte link in each of four
 * band buckets (the 64 bits cut into four bands of 16; two signatures
 * within distance 3 agree on a whole band) and in up to four paragraph key
 * buckets, and their label front-coded (a few bytes when labels share a
 * prefix, as paths and line numbers do); plus 8 MiB of bucket heads.
 * Distances above 3 use 64 / (distance + 1) bit bands (distance <= 7),
 * more buckets and more comparisons.  Not thread-safe. */
typedef struct nn_dedup nn_dedup;
/* distance: 0-7; NULL when it is out of range. */
nn_dedup *nn_dedup_new(unsigned distance);
void nn_dedup_free(nn_dedup *d);
/* Is sig within the distance of a record indexed earlier?  Returns the
 * label of the earliest such record (owned by the index, valid until the
 * next call), or NULL, and then indexes sig with label. */
const char *nn_dedup_check(nn_dedup *d, unsigned long long sig,
                           const char *label);
/* nn_dedup_check() for a text (a body): by its signature, nn_simhash(),
 * and by its paragraphs and shingles as above. */
const char *nn_dedup_check_text(nn_dedup *d, const char *text, size_t len,
                                const char *label);
/* nn_dedup_check_text() for a record's body: sets rec->duplicate_of (its
 * label is its id, else its input); a record without body words is never
 * a duplicate and is not indexed.  Returns 1 when it is a duplicate. */
int nn_dedup_record(nn_dedup *d, nn_record *rec);
/* Records indexed, and the bytes the index holds. */
size_t nn_dedup_count(const nn_dedup *d);
size_t nn_dedup_memory(const nn_dedup *d);

/* ---------------------------------------------------------------------
 * Streams of articles (stream.c, jsonl.c, warc.c): JSON Lines, WARC and
 * WET files, gzip (several members too, as .warc.gz has) read as a stream
 * with zlib, in constant memory: a record at a time, each bounded by
 * max_size.
 *
 *     nn_reader *r = nn_reader_new(fd, "crawl.warc.gz", &sopt);
 *     nn_frame f;
 *     nn_frame_init(&f);
 *     while ((st = nn_reader_next(r, &f)) != NN_READ_END) {
 *         if (st == NN_READ_RECORD &&
 *             nn_normalize_frame(nz, &f, &sopt, &rec, err, sizeof err)
 *                 == NN_OK) { ... }
 *         else ... f.input names the record, nn_reader_error(r) or err
 *         says why; after NN_READ_FAIL the stream is over ...
 *     }
 *     nn_frame_free(&f);
 *     nn_reader_free(r);
 * ------------------------------------------------------------------- */
typedef enum nn_stream_kind {
    NN_STREAM_AUTO = 0, /* WARC when the (gunzipped) bytes start with
                           "WARC/", else one article */
    NN_STREAM_ONE,      /* the whole input is one article */
    NN_STREAM_JSONL,    /* JSON Lines: an object a line */
    NN_STREAM_WARC,     /* WARC or WET */
} nn_stream_kind;

typedef struct nn_stream_options {
    nn_stream_kind kind;
    size_t max_size; /* the largest record (a line, a WARC record, one
                        article), after gunzip; 0: NN_DEFAULT_MAX_SIZE */
    /* JSON Lines keys; NULL: "text", "html", "id", "url", "date" */
    const char *text_key, *html_key, *id_key, *url_key, *date_key;
} nn_stream_options;

#define NN_STREAM_OPTIONS_INIT                                                 \
    {                                                                          \
        NN_STREAM_AUTO, 0, NULL, NULL, NULL, NULL, NULL                        \
    }

/* What a frame holds. */
enum {
    NN_FRAME_TEXT = 1, /* an article's bytes (a WET conversion record, a
                          whole input): read as any input is */
    NN_FRAME_HTML,     /* a web page (a WARC response's payload) */
    NN_FRAME_JSON,     /* a JSON Lines line, not yet parsed */
};

/* One record of a stream as read.  The buffers are the frame's and are
 * reused from one record to the next. */
typedef struct nn_frame {
    int type;     /* NN_FRAME_* */
    nn_buf data;  /* the record's bytes */
    nn_buf input; /* PATH:LINE (JSON Lines), PATH:OFFSET (WARC: the offset
                     of the record, or of the gzip member it starts in), or
                     PATH (one article) */
    nn_buf id, url, date;    /* WARC-Record-ID (without <>), WARC-Target-URI,
                             WARC-Date; empty when not given */
    unsigned long long line; /* JSON Lines: the line number */
} nn_frame;

void nn_frame_init(nn_frame *f);
void nn_frame_free(nn_frame *f);

typedef struct nn_reader nn_reader;

/* A reader of the stream on fd (borrowed: read, never closed or seeked);
 * name labels its records and errors.  Gzip is recognized by its magic
 * bytes. */
nn_reader *nn_reader_new(int fd, const char *name,
                         const nn_stream_options *opt);
void nn_reader_free(nn_reader *r);

enum {
    NN_READ_END = 0,    /* no more records */
    NN_READ_RECORD = 1, /* *f holds the next record */
    NN_READ_BAD = -1,   /* a record that cannot be read (a line longer than
                           max_size, a WARC record that is too large or
                           whose length is wrong); f->input names it, the
                           stream goes on */
    NN_READ_FAIL = -2,  /* the stream cannot go on (a read error, a
                           corrupt or truncated gzip member, a WARC header
                           that is cut off or broken); the records before
                           were all returned */
};
/* The next record; NN_READ_*.  nn_reader_error() says why a record was
 * bad or the stream failed, with the offset where it matters. */
int nn_reader_next(nn_reader *r, nn_frame *f);
const char *nn_reader_error(const nn_reader *r);
/* The kind the reader settled on (AUTO until the first record). */
nn_stream_kind nn_reader_kind(const nn_reader *r);
/* Settle the kind now (reading, and keeping, the first bytes: it may
 * block) and return it. */
nn_stream_kind nn_reader_detect(nn_reader *r);
/* WARC records of other types (request, metadata, warcinfo, ...) and
 * responses that are no HTML page (another Content-Type, a redirect or
 * other non-2xx status), skipped so far. */
size_t nn_reader_skipped(const nn_reader *r);

/* Normalize one frame: a JSON Lines line is parsed (jansson) and its
 * html (read as HTML) or text value normalized; a WARC payload as HTML or
 * text.  The record takes the frame's hints where the article itself
 * gives none: url, the date (the JSON date key, else the WARC-Date as the
 * crawl date, extra.crawl_date), and id (the JSON id key, else its line
 * number; the WARC-Record-ID); input is f->input.  Returns NN_OK, or an
 * error with a message in err (NN_ERR_RECORD for a line that holds no
 * article). */
nn_status nn_normalize_frame(nn_normalizer *nz, const nn_frame *f,
                             const nn_stream_options *opt, nn_record **out,
                             char *err, size_t errlen);

#if defined(__GNUC__) && !defined(NN_NO_VISIBILITY)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif

#endif /* NEWSNORM_H */
