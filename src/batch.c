/* batch.c - parallel jobs and outputs.
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
#include "cli.h"

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

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("newsnorm: out of memory\n", stderr);
        abort();
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

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

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

void cli_collect(const cli_opts *o, char *const *ops, int nops,
                 cli_inputs *in)
{
    int i;
    struct stat st;

    cli_walk_init(in, o, ops, nops);
    for (i = 0; i < nops && o->recursive; i++)
        if (strcmp(ops[i], "-") && stat(ops[i], &st) == 0 &&
            S_ISDIR(st.st_mode)) {
            in->dirs = 1;
            in->roots = realloc(in->roots, (in->nroots + 1) * sizeof(char *));
            if (!in->roots)
                abort();
            in->roots[in->nroots++] = xstrdup(ops[i]);
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
    cli_inputs *in;  /* walked only under rd */
    /* the stream being read (under rd) */
    nn_reader *reader;
    int reader_fd;
    size_t stream;   /* serial of the stream being read */
    cli_input stream_in; /* its path and rel */
    size_t skipped;  /* WARC records skipped, of streams read to the end */
    int helper;      /* the writer may take jobs itself */
    int per_file;    /* each record is a whole document */
    slot *slots;
    size_t nslots;
    size_t next;     /* next job to hand out */
    size_t done;     /* jobs the writer has finished with */
    int ended;       /* the walk is over: `next` jobs in all */
    int ready_waiters, space_waiters; /* threads in a cond wait: signal
                                         only when someone waits */
    pthread_mutex_t mu;
    pthread_mutex_t rd; /* the walk and the reader; taken before mu */
    pthread_cond_t ready, space;
} batch;

/* Read a whole input into buf; returns 0 or an errno-style message.  One
 * open and one fstat per input; for a regular file the size says how much
 * to ask for, so that a whole file usually takes a single read (a short
 * read at the size is taken as the end, as for any regular file). */
static const char *read_input(const char *path, size_t max, nn_buf *buf,
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
    s->error = xstrdup(msg);
    s->failed = 1;
}

/* The id an error record gives a stream record that failed: the WARC
 * record's id, a JSON line's number (its id when it has none). */
static char *frame_error_id(const nn_frame *f)
{
    char num[24];
    if (f->id.len)
        return xstrdup(f->id.ptr);
    if (f->line) {
        snprintf(num, sizeof num, "%llu", f->line);
        return xstrdup(num);
    }
    return NULL;
}

/* Render a finished record into the slot (a worker, or the writer with
 * --dedup). */
static void render(batch *b, slot *s)
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
    if ((err = read_input(path, max, buf, &too_large)) != NULL) {
        set_error(s, err);
        return;
    }
    if (too_large) {
        char msg[96];
        snprintf(msg, sizeof msg, "input larger than the limit of %zu "
                                  "bytes (see --max-size)", max);
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
    render(b, s);
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
    s->error = xstrdup(nn_reader_error(b->reader));
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
                s->stream = nn_reader_kind(b->reader) == NN_STREAM_ONE
                                ? 0
                                : b->stream;
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

/* ---- outputs ---------------------------------------------------------- */

enum mode { TO_STDOUT, TO_FILE, TO_DIR, CHECK_FILE, CHECK_DIR };

typedef struct sink {
    enum mode mode;
    const char *target;  /* -o or --check path */
    FILE *f;             /* stdout, or the temp file of -o FILE */
    char *tmp;           /* temp path of -o FILE */
    nn_buf stream;       /* CHECK_FILE: the whole stream */
    size_t written;      /* records in the stream */
    int failed_write;
    size_t differ, missing, matched, updated;
    /* statistics */
    size_t records, warnings, bytes;
    nn_dedup *dedup;     /* --dedup */
    size_t dups;         /* records marked or dropped as duplicates */
    /* -o DIR, --check DIR: the output of the stream being written (all
     * its records in one file) */
    size_t sserial;      /* its stream, 0: none */
    char *starget, *spath, *stmp;
    FILE *sf;            /* TO_DIR */
    nn_buf sbuf;         /* CHECK_DIR */
    size_t swritten;
    struct rulecount {
        char *rule;
        size_t n;
    } *rules;
    size_t nrules;
} sink;

/* Create the parent directories of path. */
static int make_parents(const char *path)
{
    char *p = xstrdup(path), *s;
    int rc = 0;
    for (s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            rc = -1;
            *s = '/';
            break;
        }
        *s = '/';
    }
    free(p);
    return rc;
}

/* A temp file next to target: "<dir>/.<name>.XXXXXX". */
static FILE *open_temp(const char *target, char **tmp)
{
    const char *base = base_name(target);
    size_t dl = (size_t)(base - target);
    mode_t um;
    int fd;
    FILE *f;

    *tmp = xmalloc(dl + strlen(base) + 10);
    memcpy(*tmp, target, dl);
    sprintf(*tmp + dl, ".%s.XXXXXX", base);
    if ((fd = mkstemp(*tmp)) < 0)
        return NULL;
    um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    if (!(f = fdopen(fd, "w"))) {
        close(fd);
        unlink(*tmp);
    }
    return f;
}

/* Close a temp file and rename it over target; 0 or -1 with errno. */
static int commit_temp(FILE *f, char *tmp, const char *target)
{
    int rc = 0, e = 0;
    if (ferror(f))
        rc = -1, e = EIO;
    if (fclose(f) != 0 && !rc)
        rc = -1, e = errno;
    if (!rc && rename(tmp, target) != 0)
        rc = -1, e = errno;
    if (rc)
        unlink(tmp);
    free(tmp);
    errno = e;
    return rc;
}

/* Write data to path atomically. */
static int write_atomic(const char *path, const char *data, size_t len)
{
    char *tmp;
    FILE *f;
    if (make_parents(path) != 0 || !(f = open_temp(path, &tmp)))
        return -1;
    fwrite(data, 1, len, f);
    return commit_temp(f, tmp, path);
}

/* The output path of input i in an -o or --check directory. */
static char *target_of(const cli_opts *o, const sink *k, const char *rel)
{
    const char *slash = strrchr(rel, '/');
    size_t rl = strlen(rel), stem;
    const char *dot;
    /* a.jsonl.gz, a.warc.gz: the name without both extensions */
    if (rl > 3 && !strcmp(rel + rl - 3, ".gz") &&
        rel + rl - 3 > (slash ? slash + 1 : rel))
        rl -= 3;
    for (dot = rel + rl; dot > rel && dot[-1] != '.'; dot--)
        ;
    dot = dot > rel ? dot - 1 : NULL;
    stem = dot && dot > (slash ? slash + 1 : rel) ? (size_t)(dot - rel) : rl;
    const char *ext = nn_format_extension(o->fmt);
    char *p = xmalloc(strlen(k->target) + stem + strlen(ext) + 3);
    sprintf(p, "%s%s%.*s.%s", k->target,
            k->target[strlen(k->target) - 1] == '/' ? "" : "/", (int)stem,
            rel, ext);
    return p;
}

static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static char *read_file(const char *path, size_t *len)
{
    nn_buf b = NN_BUF_INIT;
    int too_large;
    if (read_input(path, (size_t)1 << 32, &b, &too_large) != NULL) {
        nn_buf_free(&b);
        return NULL;
    }
    *len = b.len;
    return nn_buf_detach(&b);
}

/* Compare (or with --update rewrite) one expected file. */
static void check_one(const cli_opts *o, sink *k, const char *expected,
                      const char *actual, size_t alen, const char *label)
{
    size_t elen = 0;
    char *e = read_file(expected, &elen);

    if (!e && !o->update) {
        cli_error(expected, "expected output missing");
        k->missing++;
        return;
    }
    if (e && alen == elen && !memcmp(e, actual, alen)) {
        k->matched++;
    } else if (o->update) {
        if (write_atomic(expected, actual, alen) != 0)
            cli_error(expected, "cannot write: %s", strerror(errno));
        else
            k->updated++;
    } else {
        cli_diff(expected, e, elen, label, actual, alen, stdout);
        k->differ++;
    }
    free(e);
}

static void count_rules(sink *k, const nn_record *rec)
{
    size_t i, j;
    for (i = 0; i < rec->removed_len; i++) {
        /* "link-density 0.92": counted under the rule, not its measure */
        const char *r = rec->removed[i].rule;
        size_t rl = strcspn(r, " ");
        for (j = 0; j < k->nrules; j++)
            if (strlen(k->rules[j].rule) == rl &&
                !strncmp(k->rules[j].rule, r, rl))
                break;
        if (j == k->nrules) {
            k->rules = realloc(k->rules, (k->nrules + 1) * sizeof *k->rules);
            if (!k->rules)
                abort();
            k->rules[j].rule = xstrdup(r);
            k->rules[j].rule[rl] = '\0';
            k->rules[j].n = 0;
            k->nrules++;
        }
        k->rules[j].n++;
    }
}

static void put_stream(sink *k, const cli_opts *o, const nn_buf *b)
{
    nn_buf sep = NN_BUF_INIT;
    if (k->written)
        nn_stream_separator(o->fmt, 0, &sep);
    if (k->mode == CHECK_FILE) {
        nn_buf_put(&k->stream, sep.ptr, sep.len);
        nn_buf_put(&k->stream, b->ptr, b->len);
    } else {
        fwrite(sep.ptr, 1, sep.len, k->f);
        fwrite(b->ptr, 1, b->len, k->f);
    }
    nn_buf_free(&sep);
    k->written++;
}

/* -o DIR, --check DIR: a stream's records go to one file, opened at its
 * first record; 1 when it cannot be written. */
static int open_stream_out(const cli_opts *o, sink *k, const slot *s)
{
    nn_buf head = NN_BUF_INIT;
    int bad = 0;
    k->sserial = s->stream;
    k->starget = target_of(o, k, s->in.rel.ptr);
    k->spath = xstrdup(s->spath.ptr);
    k->swritten = 0;
    k->sf = NULL;
    nn_buf_clear(&k->sbuf);
    nn_stream_begin(o->fmt, 2, &head);
    if (k->mode == CHECK_DIR) {
        nn_buf_put(&k->sbuf, head.ptr, head.len);
    } else if (strcmp(k->spath, "-") && same_file(k->starget, k->spath)) {
        cli_error(k->starget, "refusing to overwrite an input");
        bad = 1;
    } else if (make_parents(k->starget) != 0 ||
               !(k->sf = open_temp(k->starget, &k->stmp))) {
        cli_error(k->starget, "cannot write: %s", strerror(errno));
        bad = 1;
    } else {
        fwrite(head.ptr, 1, head.len, k->sf);
    }
    nn_buf_free(&head);
    return bad;
}

static void put_stream_out(const cli_opts *o, sink *k, const nn_buf *b)
{
    nn_buf sep = NN_BUF_INIT;
    if (k->swritten)
        nn_stream_separator(o->fmt, 2, &sep);
    if (k->mode == CHECK_DIR) {
        nn_buf_put(&k->sbuf, sep.ptr, sep.len);
        nn_buf_put(&k->sbuf, b->ptr, b->len);
    } else if (k->sf) {
        fwrite(sep.ptr, 1, sep.len, k->sf);
        fwrite(b->ptr, 1, b->len, k->sf);
    }
    nn_buf_free(&sep);
    k->swritten++;
}

/* Finish the stream's file; 1 when it cannot be written. */
static int close_stream_out(const cli_opts *o, sink *k)
{
    nn_buf tail = NN_BUF_INIT;
    int bad = 0;
    if (!k->sserial)
        return 0;
    nn_stream_end(o->fmt, 2, k->swritten, &tail);
    if (k->mode == CHECK_DIR) {
        nn_buf_put(&k->sbuf, tail.ptr, tail.len);
        check_one(o, k, k->starget, k->sbuf.ptr, k->sbuf.len, k->spath);
    } else if (k->sf) {
        fwrite(tail.ptr, 1, tail.len, k->sf);
        if (commit_temp(k->sf, k->stmp, k->starget) != 0) {
            cli_error(k->starget, "cannot write: %s", strerror(errno));
            bad = 1;
        }
        k->sf = NULL;
    }
    nn_buf_free(&tail);
    free(k->starget);
    free(k->spath);
    k->starget = k->spath = NULL;
    k->sserial = 0;
    return bad;
}

static int dir_mode(const sink *k)
{
    return k->mode == TO_DIR || k->mode == CHECK_DIR;
}

/* The writer's part of one finished job; returns 1 when it failed. */
static int finish_job(batch *b, sink *k, slot *s)
{
    const cli_opts *o = b->o;
    const char *path = s->in.path.ptr;
    size_t r;
    int bad = 0;

    if (dir_mode(k) && s->stream != k->sserial) {
        bad |= close_stream_out(o, k);
        if (s->stream)
            bad |= open_stream_out(o, k, s);
    }
    if (s->failed) {
        cli_error(path, "%s", s->error);
        if (o->error_records && (!dir_mode(k) || s->stream)) {
            nn_buf e = NN_BUF_INIT;
            nn_stream_error(o->fmt, s->error_id, path, s->error,
                            dir_mode(k) ? 2 : b->in->expected, &e);
            if (dir_mode(k))
                put_stream_out(o, k, &e);
            else
                put_stream(k, o, &e);
            nn_buf_free(&e);
        }
        free(s->error);
        free(s->error_id);
        s->error = s->error_id = NULL;
        return 1;
    }
    if (o->dedup && s->rec) {
        if (nn_dedup_record(k->dedup, s->rec)) {
            k->dups++;
            if (o->dedup == 2) { /* --dedup=drop */
                nn_record_free(s->rec);
                s->rec = NULL;
                return bad;
            }
        }
        render(b, s);
    }
    k->records++;
    k->bytes += s->bytes;
    k->warnings += s->warnings;
    if (s->rec) {
        count_rules(k, s->rec);
        if (o->explain && (o->fmt == NN_FORMAT_TEXT ||
                           o->fmt == NN_FORMAT_MARKDOWN))
            for (r = 0; r < s->rec->removed_len; r++)
                fprintf(stderr, "newsnorm: %s:%zu: removed by %s: %s\n",
                        path, s->rec->removed[r].line,
                        s->rec->removed[r].rule, s->rec->removed[r].text);
        nn_record_free(s->rec);
        s->rec = NULL;
    }
    if (dir_mode(k) && s->stream) {
        put_stream_out(o, k, &s->out);
        return bad;
    }
    if (dir_mode(k)) {
        char *t = target_of(o, k, s->in.rel.ptr);
        if (k->mode == CHECK_DIR) {
            check_one(o, k, t, s->out.ptr, s->out.len, path);
        } else if (strcmp(path, "-") && same_file(t, path)) {
            cli_error(t, "refusing to overwrite an input");
            bad = 1;
        } else if (write_atomic(t, s->out.ptr, s->out.len) != 0) {
            cli_error(t, "cannot write: %s", strerror(errno));
            bad = 1;
        }
        free(t);
        return bad;
    }
    put_stream(k, o, &s->out);
    if (o->line_buffered && k->f)
        fflush(k->f);
    return 0;
}

/* ---- planning --------------------------------------------------------- */

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Is path inside (or equal to) dir?  A path that does not exist yet is
 * judged by its parent directory. */
static int inside(const char *path, const char *dir)
{
    char rp[PATH_MAX], rd[PATH_MAX];
    size_t n;
    if (!realpath(dir, rd))
        return 0;
    if (!realpath(path, rp)) {
        char *parent = xstrdup(path), *slash = strrchr(parent, '/');
        int r;
        if (slash == parent)
            slash[1] = '\0';
        else if (slash)
            *slash = '\0';
        else
            strcpy(parent, ".");
        r = realpath(parent, rp) != NULL;
        free(parent);
        if (!r)
            return 0;
    }
    n = strlen(rd);
    return !strncmp(rp, rd, n) && (rp[n] == '\0' || rp[n] == '/' ||
                                   (n == 1 && rd[0] == '/'));
}

static int has_ext(const char *path, const char *ext)
{
    const char *dot = strrchr(base_name(path), '.');
    return dot && !strcmp(dot + 1, ext);
}

/* Is the existing file t one of the inputs?  A quiet walk of its own,
 * before anything is written (only for -o FILE when FILE exists). */
static int is_input(const cli_inputs *in, const char *t)
{
    cli_inputs w;
    cli_input it;
    struct stat ts, st;
    int found = 0;

    if (stat(t, &ts) != 0)
        return 0;
    cli_walk_init(&w, in->o, in->ops, in->nops);
    cli_input_init(&it);
    while (!found && cli_next(&w, &it))
        found = !it.error[0] && strcmp(it.path.ptr, "-") &&
                stat(it.path.ptr, &st) == 0 && st.st_dev == ts.st_dev &&
                st.st_ino == ts.st_ino;
    cli_input_free(&it);
    cli_walk_free(&w);
    return found;
}

static int plan(const cli_opts *o, cli_inputs *in, sink *k)
{
    size_t i;
    const char *t = o->check ? o->check : o->output;
    int several = in->expected > 1 || in->dirs;

    memset(k, 0, sizeof *k);
    nn_buf_init(&k->stream);
    nn_buf_init(&k->sbuf);
    k->target = t;
    if (o->check) {
        k->mode = is_dir(t) || (several && !has_ext(t, nn_format_extension(
                                                          o->fmt)))
                      ? CHECK_DIR
                      : CHECK_FILE;
        return 0;
    }
    if (!o->output) {
        k->mode = TO_STDOUT;
        k->f = stdout;
        return 0;
    }
    if (is_dir(t) || t[strlen(t) - 1] == '/' ||
        (several && !has_ext(t, nn_format_extension(o->fmt)) &&
         access(t, F_OK) != 0)) {
        k->mode = TO_DIR;
        for (i = 0; i < in->nroots; i++)
            if (inside(t, in->roots[i])) {
                cli_error(t, "refusing to write into the input directory %s",
                          in->roots[i]);
                return -1;
            }
        if (mkdir(t, 0777) != 0 && errno != EEXIST) {
            cli_error(t, "cannot create directory: %s", strerror(errno));
            return -1;
        }
        return 0;
    }
    k->mode = TO_FILE;
    if (is_input(in, t)) {
        cli_error(t, "refusing to overwrite an input");
        return -1;
    }
    if (!(k->f = open_temp(t, &k->tmp))) {
        cli_error(t, "cannot write: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* ---- progress and statistics ------------------------------------------- */

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
    fprintf(stderr, "\rnewsnorm: %zu/%zu files, %.0f files/s, %.1f MB/s, "
                    "ETA %d:%02d ",
            done, total, rate,
            t > t0 ? (double)bytes / 1e6 / (t - t0) : 0.0, (int)eta / 60,
            (int)eta % 60);
    if (final)
        fputs("\n", stderr);
}

static void stats(const cli_opts *o, const sink *k, size_t files,
                  size_t failed, double secs, size_t skipped)
{
    size_t i;
    fprintf(stderr,
            "newsnorm: %zu files, %zu records, %zu failed, %zu warnings, "
            "%.2f MB in %.3f s (%.1f MB/s, %.0f records/s)\n",
            files, k->records, failed, k->warnings, (double)k->bytes / 1e6,
            secs, secs > 0 ? (double)k->bytes / 1e6 / secs : 0.0,
            secs > 0 ? (double)k->records / secs : 0.0);
    if (skipped)
        fprintf(stderr, "newsnorm: %zu WARC records skipped (other types, "
                        "responses that are no HTML page)\n",
                skipped);
    if (o->dedup)
        fprintf(stderr, "newsnorm: %zu duplicates %s; the index holds %zu "
                        "records in %.1f MB\n",
                k->dups, o->dedup == 2 ? "dropped" : "marked",
                nn_dedup_count(k->dedup),
                (double)nn_dedup_memory(k->dedup) / 1e6);
    for (i = 0; i < k->nrules; i++)
        fprintf(stderr, "newsnorm:   %6zu lines removed by %s\n",
                k->rules[i].n, k->rules[i].rule);
}

/* ---- the run ------------------------------------------------------------ */

static void sink_free(sink *k)
{
    size_t i;
    for (i = 0; i < k->nrules; i++)
        free(k->rules[i].rule);
    free(k->rules);
    nn_buf_free(&k->stream);
    nn_buf_free(&k->sbuf);
    nn_dedup_free(k->dedup);
}

/* Write the stream's frame and finish the output; 1 on failure. */
static int close_sink(const cli_opts *o, cli_inputs *in, sink *k)
{
    nn_buf tail = NN_BUF_INIT;
    int bad = 0;

    if (k->mode == TO_DIR || k->mode == CHECK_DIR)
        return 0;
    nn_stream_end(o->fmt, in->expected, k->written, &tail);
    if (k->mode == CHECK_FILE) {
        nn_buf_put(&k->stream, tail.ptr, tail.len);
        check_one(o, k, k->target, k->stream.ptr, k->stream.len, "(actual)");
    } else {
        fwrite(tail.ptr, 1, tail.len, k->f);
        if (k->mode == TO_FILE && commit_temp(k->f, k->tmp, k->target)) {
            cli_error(k->target, "cannot write: %s", strerror(errno));
            bad = 1;
        }
    }
    nn_buf_free(&tail);
    return bad;
}

static void begin_sink(const cli_opts *o, cli_inputs *in, sink *k)
{
    nn_buf head = NN_BUF_INIT;
    if (k->mode == TO_DIR || k->mode == CHECK_DIR)
        return;
    nn_stream_begin(o->fmt, in->expected, &head);
    if (k->mode == CHECK_FILE)
        nn_buf_put(&k->stream, head.ptr, head.len);
    else
        fwrite(head.ptr, 1, head.len, k->f);
    nn_buf_free(&head);
}

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
static int wait_job(batch *b, nn_normalizer *nz, nn_buf *buf, size_t i,
                    slot *s)
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
    if (plan(o, in, &k) != 0) {
        nn_normalizer_free(nz);
        sink_free(&k);
        return NN_EXIT_USAGE;
    }
    memset(&b, 0, sizeof b);
    b.o = o;
    b.in = in;
    b.per_file = k.mode == TO_DIR || k.mode == CHECK_DIR;
    b.nslots = (size_t)o->jobs * 4;
    b.slots = calloc(b.nslots, sizeof *b.slots);
    if (!b.slots)
        abort();
    for (i = 0; i < b.nslots; i++) {
        nn_buf_init(&b.slots[i].out);
        cli_input_init(&b.slots[i].in);
        nn_frame_init(&b.slots[i].frame);
        nn_buf_init(&b.slots[i].spath);
    }
    cli_input_init(&b.stream_in);
    if (o->dedup)
        k.dedup = nn_dedup_new(o->dedup_distance);
    pthread_mutex_init(&b.mu, NULL);
    pthread_mutex_init(&b.rd, NULL);
    pthread_cond_init(&b.ready, NULL);
    pthread_cond_init(&b.space, NULL);
    begin_sink(o, in, &k);

    if (o->jobs > 1 && in->expected > 1) {
        /* the main thread works too (wait_job): -j N starts N - 1 */
        nw = ((size_t)o->jobs < in->expected ? (size_t)o->jobs
                                              : in->expected) - 1;
        w = calloc(nw, sizeof *w);
        if (!w)
            abort();
        for (i = 0; i < nw; i++) {
            w[i].b = &b;
            w[i].nz = nn_normalizer_clone(nz);
            if (pthread_create(&w[i].t, NULL, work, &w[i]) != 0) {
                nn_normalizer_free(w[i].nz);
                nw = i; /* run with the threads we have */
                break;
            }
        }
    }
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
        failed += (size_t)finish_job(&b, &k, s);
        if (show)
            progress(files, total > files ? total : files, k.bytes, t0,
                     &last, 0);
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
        progress(files, total > files ? total : files, k.bytes, t0, &last,
                 1);
    if (b.reader) /* a stream the walk never finished (no case yet) */
        close_reader(&b);
    failed += (size_t)close_stream_out(o, &k);
    failed += (size_t)close_sink(o, in, &k);
    if (o->stats)
        stats(o, &k, in->n + in->failed, failed, now() - t0, b.skipped);
    if (o->check)
        fprintf(stderr, "newsnorm: check: %zu matched, %zu differ, %zu "
                        "missing%s%zu updated\n",
                k.matched, k.differ, k.missing, ", ", k.updated);
    for (i = 0; i < b.nslots; i++) {
        nn_buf_free(&b.slots[i].out);
        cli_input_free(&b.slots[i].in);
        nn_frame_free(&b.slots[i].frame);
        nn_buf_free(&b.slots[i].spath);
    }
    cli_input_free(&b.stream_in);
    free(b.slots);
    pthread_mutex_destroy(&b.mu);
    pthread_mutex_destroy(&b.rd);
    pthread_cond_destroy(&b.ready);
    pthread_cond_destroy(&b.space);
    i = k.differ + k.missing;
    sink_free(&k);
    return failed || i ? NN_EXIT_FAIL : NN_EXIT_OK;
}
