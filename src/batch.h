/* batch.h - what the run (batch.c) and its outputs (output.c) share: the
 * ring of job slots, the batch, and the sink records are written to.
 * Private to those two files. */
#ifndef NN_BATCH_H
#define NN_BATCH_H

#include "cli.h"

#include <pthread.h>

enum job { JOB_FILE, JOB_FRAME, JOB_BAD };

typedef struct slot {
    int ready;
    int failed;
    char *error;     /* message when failed */
    char *error_id;  /* the failed record's id, for --error-records */
    enum job job;    /* a file, a stream record, or a stream's error
                        (error set by the reader) */
    size_t stream;   /* serial of the stream input of a record, 0: none */
    nn_frame frame;  /* JOB_FRAME: the record as read */
    nn_buf spath;    /* the path of the stream a record comes from */
    nn_record *rec;  /* kept for the writer only when it needs the removals
                        (--stats, --explain); freed by the writer */
    size_t warnings; /* the record's */
    nn_buf out;      /* rendered record */
    size_t bytes;    /* input size */
    cli_input in;    /* the input, filled by whoever takes the job */
} slot;

typedef struct batch {
    const cli_opts *o;
    cli_inputs *in; /* walked only under rd */
    /* the stream being read (under rd) */
    nn_reader *reader;
    int reader_fd;
    size_t stream;       /* serial of the stream being read */
    cli_input stream_in; /* its path and rel */
    size_t skipped;      /* WARC records skipped, of streams read to the end */
    int helper;          /* the writer may take jobs itself */
    int per_file;        /* each record is a whole document */
    slot *slots;
    size_t nslots;
    size_t next;                      /* next job to hand out */
    size_t done;                      /* jobs the writer has finished with */
    int ended;                        /* the walk is over: `next` jobs in all */
    int ready_waiters, space_waiters; /* threads in a cond wait: signal
                                         only when someone waits */
    pthread_mutex_t mu;
    pthread_mutex_t rd; /* the walk and the reader; taken before mu */
    pthread_cond_t ready, space;
} batch;

enum mode { TO_STDOUT, TO_FILE, TO_DIR, CHECK_FILE, CHECK_DIR };

typedef struct sink {
    enum mode mode;
    const char *target; /* -o or --check path */
    FILE *f;            /* stdout, or the temp file of -o FILE */
    char *tmp;          /* temp path of -o FILE */
    nn_buf stream;      /* CHECK_FILE: the whole stream */
    size_t written;     /* records in the stream */
    int failed_write;
    size_t differ, missing, matched, updated;
    /* statistics */
    size_t records, warnings, bytes;
    nn_dedup *dedup; /* --dedup */
    size_t dups;     /* records marked or dropped as duplicates */
    /* -o DIR, --check DIR: the output of the stream being written (all
     * its records in one file) */
    size_t sserial; /* its stream, 0: none */
    char *starget, *spath, *stmp;
    FILE *sf;    /* TO_DIR */
    nn_buf sbuf; /* CHECK_DIR */
    size_t swritten;
    struct rulecount {
        char *rule;
        size_t n;
    } * rules;
    size_t nrules;
} sink;

/* batch.c: read a whole input into buf (0 or an errno-style message;
 * *too_large when it holds more than max bytes); render a finished record
 * into its slot. */
const char *batch_read_input(const char *path, size_t max, nn_buf *buf,
                             int *too_large);
void batch_render(batch *b, slot *s);

/* output.c: the sink from the options (-o, --check): 0, or -1 after an
 * error message (the run stops before any job); the stream's head; one
 * finished job (1 when it failed); the file of a stream being written to
 * -o DIR (1 when it failed); the stream's tail (1 on failure); the
 * statistics of --stats; the sink's memory. */
int sink_plan(const cli_opts *o, cli_inputs *in, sink *k);
void sink_begin(const cli_opts *o, cli_inputs *in, sink *k);
int sink_finish_job(batch *b, sink *k, slot *s);
int sink_close_stream(const cli_opts *o, sink *k);
int sink_close(const cli_opts *o, cli_inputs *in, sink *k);
void sink_stats(const cli_opts *o, const sink *k, size_t files, size_t failed,
                double secs, size_t skipped);
void sink_free(sink *k);

#endif
