/* cli.h - the command-line tool's internals (main.c, batch.c, check.c).
 * The tool uses the library only through include/newsnorm.h. */
#ifndef NN_CLI_H
#define NN_CLI_H

#include <stdio.h>
#include <sys/types.h>

#include "newsnorm.h"

/* Exit statuses, as documented in newsnorm(1). */
enum {
    NN_EXIT_OK = 0,    /* every input normalized (warnings allowed) */
    NN_EXIT_FAIL = 1,  /* an input failed, or --check found a difference */
    NN_EXIT_USAGE = 2, /* bad option or operand list, refused output */
};

typedef struct cli_opts {
    nn_options nopt; /* for every normalizer */
    unsigned render; /* NN_OPT_EXPLAIN with --explain */
    int explain;
    nn_format fmt;
    const char *output; /* -o */
    const char *check;  /* --check EXPECTED */
    int update;         /* --update */
    int recursive;      /* -r */
    const char *glob;   /* --glob; NULL: "*.txt", "*.html", "*.htm" */
    int jobs;           /* -j, >= 1 */
    int quiet;          /* -q */
    int progress;       /* 1 on, 0 off, -1 when stderr is a terminal */
    int stats;          /* --stats */
    /* streams (issue 15) */
    nn_stream_options sopt;  /* kind forced by --input-format jsonl|warc
                               (else by name and content), keys, max */
    int dedup;               /* 0; 1 --dedup (mark); 2 --dedup=drop */
    unsigned dedup_distance; /* --dedup-distance, default 3 */
    int line_buffered;       /* --line-buffered */
    int error_records;       /* --error-records */
} cli_opts;

/* One input of the run, as the walk hands it out (walk.c).  The buffers
 * are owned by the item and reused from one input to the next. */
typedef struct cli_input {
    nn_buf path;     /* as given, or operand + "/" + relative path; "-":
                        stdin */
    nn_buf rel;      /* path of the output relative to an -o directory */
    char error[128]; /* non-empty: the entry failed while walking (path
                        says which); nothing to read */
    int stream;      /* 0: a file read whole; else read through a reader
                        (nn_reader) of this nn_stream_kind + 1: stdin,
                        JSON Lines, WARC, gzip (by name; operands also by
                        their first bytes) */
} cli_input;

/* The inputs of a run: operands in order, directories walked depth first
 * in sorted order, streamed one at a time (walk.c) so that memory does not
 * grow with the number of files. */
typedef struct cli_inputs {
    const cli_opts *o;
    char *const *ops;         /* operands (borrowed from argv) */
    int nops, op;             /* how many, and the next one */
    int stdin_done;           /* no operands: stdin was handed out */
    struct cli_level *levels; /* open directories, outermost first */
    size_t depth, cap;
    nn_buf path, rel; /* of the entry being looked at */
    size_t n;         /* inputs handed out so far */
    size_t failed;    /* entries that failed while walking, so far */
    size_t expected;  /* inputs in all, counted up to max(2, -j): enough to
                         frame the output (one record or several) and to
                         size the thread pool */
    int dirs;         /* a directory operand is walked */
    char **roots;     /* directory operands (for the -o safety check) */
    size_t nroots;
    nn_reader *stdin_reader; /* stdin's reader, made early to see whether
                                it holds a WARC (batch.c takes it) */
    int out_file;            /* stdout is a regular file: out_dev, out_ino; a
                         walk leaves it out, an operand naming it fails */
    dev_t out_dev;
    ino_t out_ino;
} cli_inputs;

/* Memory or abort (xalloc.c): the tool's only allocation helpers. */
void *cli_xmalloc(size_t n);
void *cli_xcalloc(size_t count, size_t size);
void *cli_xrealloc(void *p, size_t n);
char *cli_xstrdup(const char *s);

/* The last component of a path (batch.c). */
const char *cli_base_name(const char *p);

/* "newsnorm: PATH: message" on stderr (PATH may be NULL). */
void cli_error(const char *path, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* batch.c: set up the inputs (nothing is walked beyond the first few
 * files), run them, free them. */
void cli_collect(const cli_opts *o, char *const *ops, int nops, cli_inputs *in);
int cli_run(const cli_opts *o, cli_inputs *in);
void cli_inputs_free(cli_inputs *in);

/* walk.c */
void cli_walk_init(cli_inputs *in, const cli_opts *o, char *const *ops,
                   int nops);
void cli_walk_free(cli_inputs *in);
/* The next input into it: 1, or 0 when there are no more.  Counts it in
 * in->n, or in in->failed when it carries an error. */
int cli_next(cli_inputs *in, cli_input *it);
/* Inputs (not failed entries) that a fresh walk like `like` yields, up to
 * limit; walks again from the start, quietly.  With `records`, a stream of
 * records counts as two (it may hold any number; a gzipped article and
 * stdin count as one): enough to frame the output. */
size_t cli_count(const cli_inputs *like, size_t limit, int records);
void cli_input_init(cli_input *it);
void cli_input_free(cli_input *it);

/* check.c: print a unified diff of a (expected) against b (actual) to out;
 * returns 0 when they are equal, 1 when they differ. */
int cli_diff(const char *name_a, const char *a, size_t alen, const char *name_b,
             const char *b, size_t blen, FILE *out);

#endif
