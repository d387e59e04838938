/* batch.c - the run: parallel jobs, written in input order by output.c.
 *
 * Jobs run on N threads (the main one and N - 1 workers), each with its
 * own normalizer and read buffer; a thread takes the next input from the
 * walk (walk.c, under the lock) into a ring of 4 * N slots, and the main
 * thread writes finished records strictly in input order.  So the bytes written do not depend on
 * -j, and memory is bounded by the slots and the walk's open directories,
 * not by the batch.
 *
 * A stream input (JSON Lines, WARC, gzip, stdin: cli_input.stream) gives
 * a job per record: the thread that takes the next job reads the next
 * record from the open reader into its slot (stream.c), under the reader
 * lock `rd`, which also orders the slots; a record is parsed and
 * normalized in parallel like a file.  The writer never waits for `rd`
 * (a reader may block on a pipe), so a record is written as soon as it
 * and those before it are done.  With --dedup the writer checks each
 * record against the index of the records before it (simhash.c) and
 * renders it itself. */
#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void cli_error(const char *path, const char *fmt, ...)
{
    va_list ap;
    fputs("newsnorm: ", stderr);
    if (path)
        fprintf(stderr, "%s: ", path);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ---- collecting inputs --------------------------------------------- */

const char *cli_base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

void cli_collect(const cli_opts *o, char *const *ops, int nops, cli_inputs *in)
{
    int i;
    struct stat st;

    cli_walk_init(in, o, ops, nops);
    for (i = 0; i < nops && o->recursive; i++)
        if (strcmp(ops[i], "-") && stat(ops[i], &st) == 0 &&
            S_ISDIR(st.st_mode)) {
            in->dirs = 1;
            in->roots =
                cli_xrealloc(in->roots, (in->nroots + 1) * sizeof(char *));
            in->roots[in->nroots++] = cli_xstrdup(ops[i]);
        }
    /* stdin, when it is read as it comes (no --input-format jsonl or
     * warc): its first bytes say whether it is a WARC, which frames the
     * output as several records */
    if (o->sopt.kind == NN_STREAM_AUTO) {
        int uses_stdin = nops == 0;
        for (i = 0; i < nops && !uses_stdin; i++)
            uses_stdin = !strcmp(ops[i], "-");
        if (uses_stdin) {
            in->stdin_reader = nn_reader_new(0, "-", &o->sopt);
            nn_reader_detect(in->stdin_reader);
        }
    }
    /* the walk itself is streamed: only look far enough ahead to know
     * whether there is one input or several, and how many threads help */
    in->expected = cli_count(in, o->jobs > 2 ? (size_t)o->jobs : 2, 1);
}

void cli_inputs_free(cli_inputs *in)
{
    size_t i;
    for (i = 0; i < in->nroots; i++)
        free(in->roots[i]);
    free(in->roots);
    nn_reader_free(in->stdin_reader);
    cli_walk_free(in);
}

/* ---- jobs ------------------------------------------------------------ */

/* Read a whole input into buf; returns 0 or an errno-style message.  One
 * open and one fstat per input; for a regular file the size says how much
 * to ask for, so that a whole file usually takes a single read (a short
 * read at the size is taken as the end, as for any regular file). */
const char *batch_read_input(const char *path, size_t max, nn_buf *buf,
                             int *too_large)
{
    int fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : 0;
    struct stat st;
    size_t want = 1 << 16;
    int sized = 0;
    const char *err = NULL;

    *too_large = 0;
    nn_buf_clear(buf);
    if (fd < 0)
        return strerror(errno);
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            err = "is a directory (use -r to walk it)";
            goto out;
        }
        if (S_ISREG(st.st_mode)) {
            if ((uintmax_t)st.st_size > max) {
                *too_large = 1;
                goto out;
            }
            want = (size_t)st.st_size + 1;
            sized = 1;
        }
    }
    for (;;) {
        ssize_t n;
        nn_buf_grow(buf, want);
        n = read(fd, buf->ptr + buf->len, buf->cap - buf->len - 1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = strerror(errno);
            break;
        }
        if (n == 0)
            break;
        buf->len += (size_t)n;
        buf->ptr[buf->len] = '\0';
        if (buf->len > max) {
            *too_large = 1;
            break;
        }
        if (sized && buf->len == (size_t)st.st_size)
            break;
        want = 1 << 16;
    }
out:
    if (fd > 0)
        close(fd);
    return err;
}

static void set_error(slot *s, const char *msg)
{
    s->error = cli_xstrdup(msg);
    s->failed = 1;
}

/* The id an error record gives a stream record that failed: the WARC
 * record's id, a JSON line's number (its id when it has none). */
static char *frame_error_id(const nn_frame *f)
{
    char num[24];
    if (f->id.len)
        return cli_xstrdup(f->id.ptr);
    if (f->line) {
        snprintf(num, sizeof num, "%llu", f->line);
        return cli_xstrdup(num);
    }
    return NULL;
}

/* Render a finished record into the slot (a worker, or the writer with
 * --dedup). */
void batch_render(batch *b, slot *s)
{
    const cli_opts *o = b->o;
    nn_buf_clear(&s->out);
    if (b->per_file && !s->stream) /* a file's document */
        nn_record_render(s->rec, o->fmt, o->render, &s->out);
    else
        nn_stream_record(s->rec, o->fmt, o->render,
                         b->per_file ? 2 : b->in->expected, &s->out);
}

/* Normalize the slot's input (any thread). */
static void run_job(batch *b, nn_normalizer *nz, nn_buf *buf, slot *s)
{
    const cli_opts *o = b->o;
    const char *path = s->in.path.ptr, *err;
    size_t max = o->nopt.max_size ? o->nopt.max_size : NN_DEFAULT_MAX_SIZE;
    int too_large;
    nn_status st;

    s->failed = 0;
    s->rec = NULL;
    s->bytes = 0;
    nn_buf_clear(&s->out);
    if (s->job == JOB_BAD) {
        s->failed = 1; /* error and error_id set by the reader's thread */
        return;
    }
    s->error = NULL;
    s->error_id = NULL;
    if (s->job == JOB_FRAME) {
        char msg[256];
        s->bytes = s->frame.data.len;
        if (nn_normalize_frame(nz, &s->frame, &o->sopt, &s->rec, msg,
                               sizeof msg) != NN_OK) {
            set_error(s, msg);
            s->error_id = frame_error_id(&s->frame);
            return;
        }
        goto done;
    }
    if (s->in.error[0]) {
        set_error(s, s->in.error);
        return;
    }
    if ((err = batch_read_input(path, max, buf, &too_large)) != NULL) {
        set_error(s, err);
        return;
    }
    if (too_large) {
        char msg[96];
        snprintf(msg, sizeof msg,
                 "input larger than the limit of %zu "
                 "bytes (see --max-size)",
                 max);
        set_error(s, msg);
        return;
    }
    s->bytes = buf->len;
    st = nn_normalize(nz, buf->ptr, buf->len, path, &s->rec);
    if (st != NN_OK) {
        set_error(s, nn_normalizer_error(nz));
        return;
    }
done:
    s->warnings = s->rec->warnings.len;
    if (o->dedup)
        return; /* the writer checks it against the records before it,
                   then renders it */
    batch_render(b, s);
    if (!o->stats && !o->explain) {
        /* freed by the thread that made it: a free from another thread
         * costs glibc's allocator a lock and a cache line's trip */
        nn_record_free(s->rec);
        s->rec = NULL;
    }
}

typedef struct worker {
    batch *b;
    nn_normalizer *nz; /* a clone of the main thread's: shares its rules */
    pthread_t t;
} worker;

/* Close the stream being read (with rd held). */
static void close_reader(batch *b)
{
    b->skipped += nn_reader_skipped(b->reader);
    nn_reader_free(b->reader);
    b->reader = NULL;
    if (b->reader_fd > 0)
        close(b->reader_fd);
}

/* A slot for a stream's error: the record or the stream it names. */
static void bad_job(batch *b, slot *s, const char *where)
{
    s->job = JOB_BAD;
    s->stream = nn_reader_kind(b->reader) == NN_STREAM_ONE ? 0 : b->stream;
    nn_buf_clear(&s->in.path);
    nn_buf_puts(&s->in.path, where);
    nn_buf_clear(&s->in.rel);
    nn_buf_puts(&s->in.rel, b->stream_in.rel.ptr);
    s->in.error[0] = '\0';
    s->in.stream = b->stream_in.stream;
    nn_buf_clear(&s->spath);
    nn_buf_puts(&s->spath, b->stream_in.path.ptr);
    s->error = cli_xstrdup(nn_reader_error(b->reader));
    s->error_id = frame_error_id(&s->frame);
}

/* Fill slot s with the next job: the next record of the open stream, or
 * the next input of the walk (a stream input is opened and its first
 * record taken).  With rd held; 0 when there is nothing more. */
static int next_job(batch *b, slot *s)
{
    const cli_opts *o = b->o;
    for (;;) {
        if (b->reader) {
            int rc;
            nn_buf_clear(&s->frame.id);
            s->frame.line = 0;
            rc = nn_reader_next(b->reader, &s->frame);
            if (rc == NN_READ_RECORD) {
                s->job = JOB_FRAME;
                /* one article (a gzipped file, stdin): output as a file's */
                s->stream =
                    nn_reader_kind(b->reader) == NN_STREAM_ONE ? 0 : b->stream;
                nn_buf_clear(&s->in.path);
                nn_buf_puts(&s->in.path, s->frame.input.ptr);
                nn_buf_clear(&s->in.rel);
                nn_buf_puts(&s->in.rel, b->stream_in.rel.ptr);
                s->in.error[0] = '\0';
                s->in.stream = b->stream_in.stream;
                nn_buf_clear(&s->spath);
                nn_buf_puts(&s->spath, b->stream_in.path.ptr);
                return 1;
            }
            if (rc == NN_READ_BAD) {
                bad_job(b, s, s->frame.input.ptr);
                return 1;
            }
            if (rc == NN_READ_FAIL) {
                s->frame.line = 0;
                nn_buf_clear(&s->frame.id);
                bad_job(b, s, b->stream_in.path.ptr);
                close_reader(b);
                return 1;
            }
            close_reader(b);
            continue;
        }
        if (!cli_next(b->in, &s->in))
            return 0;
        s->job = JOB_FILE;
        s->stream = 0;
        if (!s->in.error[0] && s->in.stream) {
            nn_stream_options so = o->sopt;
            const char *path = s->in.path.ptr;
            int fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : 0;
            struct stat st;
            if (fd < 0 || (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))) {
                if (fd > 0)
                    close(fd);
                return 1; /* read as a file, to fail with its message */
            }
            so.kind = (nn_stream_kind)(s->in.stream - 1);
            if (fd == 0 && b->in->stdin_reader) { /* made by cli_collect */
                b->reader = b->in->stdin_reader;
                b->in->stdin_reader = NULL;
            } else {
                b->reader = nn_reader_new(fd, path, &so);
            }
            b->reader_fd = fd;
            b->stream++;
            nn_buf_clear(&b->stream_in.path);
            nn_buf_puts(&b->stream_in.path, path);
            nn_buf_clear(&b->stream_in.rel);
            nn_buf_puts(&b->stream_in.rel, s->in.rel.ptr);
            b->stream_in.stream = s->in.stream;
            continue;
        }
        return 1;
    }
}

/* Take the next job into its slot, waiting for a free one; 0 when there
 * are no more (the walk and its streams are over).  With rd held: the
 * walk and the readers are not thread-safe, and their order is the output
 * order (slots are reserved and filled under the same hold). */
static int take_job(batch *b, slot **sp)
{
    slot *s;
    pthread_mutex_lock(&b->mu);
    while (!b->ended && b->next >= b->done + b->nslots) {
        b->space_waiters++;
        pthread_cond_wait(&b->space, &b->mu);
        b->space_waiters--;
    }
    if (b->ended) {
        pthread_mutex_unlock(&b->mu);
        return 0;
    }
    s = &b->slots[b->next % b->nslots];
    b->next++; /* reserved: the writer waits for it */
    pthread_mutex_unlock(&b->mu);
    if (next_job(b, s)) {
        *sp = s;
        return 1;
    }
    pthread_mutex_lock(&b->mu);
    b->next--; /* nothing for it: no one reserved after it (rd is held) */
    b->ended = 1;
    pthread_cond_broadcast(&b->ready);
    pthread_cond_broadcast(&b->space);
    pthread_mutex_unlock(&b->mu);
    return 0;
}

static void *work(void *arg)
{
    batch *b = ((worker *)arg)->b;
    nn_normalizer *nz = ((worker *)arg)->nz;
    nn_buf buf = NN_BUF_INIT;

    for (;;) {
        slot *s;
        int got;
        pthread_mutex_lock(&b->rd);
        got = take_job(b, &s);
        pthread_mutex_unlock(&b->rd);
        if (!got)
            break;
        run_job(b, nz, &buf, s);
        pthread_mutex_lock(&b->mu);
        s->ready = 1;
        if (b->ready_waiters)
            pthread_cond_broadcast(&b->ready);
        pthread_mutex_unlock(&b->mu);
    }
    nn_buf_free(&buf);
    return NULL;
}

/* ---- progress ------------------------------------------------------------ */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(size_t done, size_t total, size_t bytes, double t0,
                     double *last, int final)
{
    double t = now(), rate, eta;
    if (!final && t - *last < 0.1)
        return;
    *last = t;
    rate = t > t0 ? (double)done / (t - t0) : 0;
    eta = rate > 0 ? (double)(total - done) / rate : 0;
    fprintf(stderr,
            "\rnewsnorm: %zu/%zu files, %.0f files/s, %.1f MB/s, "
            "ETA %d:%02d ",
            done, total, rate, t > t0 ? (double)bytes / 1e6 / (t - t0) : 0.0,
            (int)eta / 60, (int)eta % 60);
    if (final)
        fputs("\n", stderr);
}

/* ---- the run ------------------------------------------------------------ */

/* Should progress be shown, and over how many files?  The walk is
 * streamed, so the total is not known up front; the display wants it for
 * its ETA.  So when, and only when, progress is shown, a counting pass
 * walks the tree first (directory listings with d_type: no file is opened
 * and nothing is kept).  The automatic display asks first whether there
 * are more than 8 inputs, which stops after 9. */
static int progress_total(const cli_opts *o, const cli_inputs *in,
                          size_t *total)
{
    int show = o->progress > 0;
    if (o->progress < 0 && !o->quiet && isatty(2))
        show = cli_count(in, 9, 0) > 8;
    *total = show ? cli_count(in, SIZE_MAX, 0) : 0;
    return show;
}

/* Wait until job i (in slot s) is done; 0 when there is no job i because
 * the walk ended before it.  The main thread is a worker too: while job i
 * is not done and a slot is free, it runs the next job itself (with no
 * other worker, -j 1, it runs every job here, in order). */
static int wait_job(batch *b, nn_normalizer *nz, nn_buf *buf, size_t i, slot *s)
{
    int ok;
    pthread_mutex_lock(&b->mu);
    while (!s->ready && !(b->ended && i >= b->next)) {
        /* help, unless another thread holds the reader (which may wait
         * on a pipe: the writer never waits for it) */
        if (b->helper && !b->ended && b->next < b->done + b->nslots &&
            pthread_mutex_trylock(&b->rd) == 0) {
            slot *t;
            int got;
            pthread_mutex_unlock(&b->mu);
            got = take_job(b, &t);
            pthread_mutex_unlock(&b->rd);
            if (got)
                run_job(b, nz, buf, t);
            pthread_mutex_lock(&b->mu);
            if (got)
                t->ready = 1;
            continue;
        }
        b->ready_waiters++;
        pthread_cond_wait(&b->ready, &b->mu);
        b->ready_waiters--;
    }
    ok = s->ready;
    pthread_mutex_unlock(&b->mu);
    return ok;
}

/* The batch's ring of slots and its locks; per_file: each record is a
 * whole document (-o DIR, --check DIR). */
static void batch_init(batch *b, const cli_opts *o, cli_inputs *in,
                       int per_file)
{
    size_t i;
    memset(b, 0, sizeof *b);
    b->o = o;
    b->in = in;
    b->per_file = per_file;
    b->nslots = (size_t)o->jobs * 4;
    b->slots = cli_xcalloc(b->nslots, sizeof *b->slots);
    for (i = 0; i < b->nslots; i++) {
        nn_buf_init(&b->slots[i].out);
        cli_input_init(&b->slots[i].in);
        nn_frame_init(&b->slots[i].frame);
        nn_buf_init(&b->slots[i].spath);
    }
    cli_input_init(&b->stream_in);
    pthread_mutex_init(&b->mu, NULL);
    pthread_mutex_init(&b->rd, NULL);
    pthread_cond_init(&b->ready, NULL);
    pthread_cond_init(&b->space, NULL);
}

static void batch_free(batch *b)
{
    size_t i;
    for (i = 0; i < b->nslots; i++) {
        nn_buf_free(&b->slots[i].out);
        cli_input_free(&b->slots[i].in);
        nn_frame_free(&b->slots[i].frame);
        nn_buf_free(&b->slots[i].spath);
    }
    cli_input_free(&b->stream_in);
    free(b->slots);
    pthread_mutex_destroy(&b->mu);
    pthread_mutex_destroy(&b->rd);
    pthread_cond_destroy(&b->ready);
    pthread_cond_destroy(&b->space);
}

/* The worker threads of -j N (N - 1 of them: the main thread works too,
 * in wait_job), each with a clone of nz; *nw: how many started. */
static worker *start_workers(batch *b, nn_normalizer *nz, size_t *nw)
{
    const cli_opts *o = b->o;
    worker *w = NULL;
    size_t i;
    *nw = 0;
    if (o->jobs > 1 && b->in->expected > 1) {
        /* the main thread works too (wait_job): -j N starts N - 1 */
        *nw = ((size_t)o->jobs < b->in->expected ? (size_t)o->jobs
                                                 : b->in->expected) -
              1;
        w = cli_xcalloc(*nw, sizeof *w);
        for (i = 0; i < *nw; i++) {
            w[i].b = b;
            w[i].nz = nn_normalizer_clone(nz);
            if (pthread_create(&w[i].t, NULL, work, &w[i]) != 0) {
                nn_normalizer_free(w[i].nz);
                *nw = i; /* run with the threads we have */
                break;
            }
        }
    }
    return w;
}

int cli_run(const cli_opts *o, cli_inputs *in)
{
    batch b;
    sink k;
    worker *w = NULL;
    size_t i, failed = 0, nw = 0, total, files = 0, last_stream = 0;
    int show = progress_total(o, in, &total);
    double t0 = now(), last = 0;
    nn_normalizer *nz;
    nn_buf buf = NN_BUF_INIT;
    char err[256];

    /* the rule tables are compiled here: a broken one stops the run */
    if (!(nz = nn_normalizer_new(&o->nopt, err, sizeof err))) {
        fprintf(stderr, "newsnorm: %s\n", err);
        return NN_EXIT_FAIL;
    }
    if (sink_plan(o, in, &k) != 0) {
        nn_normalizer_free(nz);
        sink_free(&k);
        return NN_EXIT_USAGE;
    }
    batch_init(&b, o, in, k.mode == TO_DIR || k.mode == CHECK_DIR);
    if (o->dedup)
        k.dedup = nn_dedup_new(o->dedup_distance);
    sink_begin(o, in, &k);

    w = start_workers(&b, nz, &nw);
    /* the writer takes jobs too while it waits, but not when records are
     * wanted as they come and it could wait on a pipe instead */
    b.helper = nw == 0 || !o->line_buffered;
    for (i = 0;; i++) {
        slot *s = &b.slots[i % b.nslots];
        if (!wait_job(&b, nz, &buf, i, s))
            break;
        /* a file, or the first record of a stream */
        files += s->stream ? s->stream != last_stream : !s->in.error[0];
        last_stream = s->stream;
        failed += (size_t)sink_finish_job(&b, &k, s);
        if (show)
            progress(files, total > files ? total : files, k.bytes, t0, &last,
                     0);
        pthread_mutex_lock(&b.mu);
        s->ready = 0;
        b.done = i + 1;
        if (b.space_waiters)
            pthread_cond_broadcast(&b.space);
        pthread_mutex_unlock(&b.mu);
    }
    for (i = 0; i < nw; i++) {
        pthread_join(w[i].t, NULL);
        nn_normalizer_free(w[i].nz);
    }
    free(w);
    nn_normalizer_free(nz);
    nn_buf_free(&buf);
    if (show)
        progress(files, total > files ? total : files, k.bytes, t0, &last, 1);
    if (b.reader) /* a stream the walk never finished (no case yet) */
        close_reader(&b);
    failed += (size_t)sink_close_stream(o, &k);
    failed += (size_t)sink_close(o, in, &k);
    if (o->stats)
        sink_stats(o, &k, in->n + in->failed, failed, now() - t0, b.skipped);
    if (o->check)
        fprintf(stderr,
                "newsnorm: check: %zu matched, %zu differ, %zu "
                "missing%s%zu updated\n",
                k.matched, k.differ, k.missing, ", ", k.updated);
    batch_free(&b);
    i = k.differ + k.missing;
    sink_free(&k);
    return failed || i ? NN_EXIT_FAIL : NN_EXIT_OK;
}
