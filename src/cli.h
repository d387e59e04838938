/* cli.h - the command-line tool's internals (main.c, batch.c, check.c).
 * The tool uses the library only through include/newsnorm.h. */
#ifndef NN_CLI_H
#define NN_CLI_H

#include <stdio.h>

#include "newsnorm.h"

/* Exit statuses, as documented in newsnorm(1). */
enum {
    NN_EXIT_OK = 0,    /* every input normalized (warnings allowed) */
    NN_EXIT_FAIL = 1,  /* an input failed, or --check found a difference */
    NN_EXIT_USAGE = 2, /* bad option or operand list, refused output */
};

typedef struct cli_opts {
    nn_options nopt;     /* for every normalizer */
    unsigned render;     /* NN_OPT_EXPLAIN with --explain */
    int explain;
    nn_format fmt;
    const char *output;  /* -o */
    const char *check;   /* --check EXPECTED */
    int update;          /* --update */
    int recursive;       /* -r */
    const char *glob;    /* --glob, default "*.txt" */
    int jobs;            /* -j, >= 1 */
    int quiet;           /* -q */
    int progress;        /* 1 on, 0 off, -1 when stderr is a terminal */
    int stats;           /* --stats */
} cli_opts;

typedef struct cli_input {
    char *path; /* as given, or operand + "/" + relative path; "-": stdin */
    char *rel;  /* path of the output relative to an -o directory */
} cli_input;

typedef struct cli_inputs {
    cli_input *v;
    size_t n, cap;
    size_t failed;   /* operands that failed while collecting */
    int dirs;        /* a directory operand was walked */
    char **roots;    /* directory operands (for the -o safety check) */
    size_t nroots;
} cli_inputs;

/* "newsnorm: PATH: message" on stderr (PATH may be NULL). */
void cli_error(const char *path, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* batch.c */
void cli_collect(const cli_opts *o, char *const *ops, int nops,
                 cli_inputs *in);
int cli_run(const cli_opts *o, cli_inputs *in);
void cli_inputs_free(cli_inputs *in);

/* check.c: print a unified diff of a (expected) against b (actual) to out;
 * returns 0 when they are equal, 1 when they differ. */
int cli_diff(const char *name_a, const char *a, size_t alen,
             const char *name_b, const char *b, size_t blen, FILE *out);

#endif
