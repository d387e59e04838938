/* output.c - where records go: stdout, one file (-o FILE, written to a
 * temp file and renamed over it at the end), a directory of files (-o
 * DIR, each written atomically; a stream's records in one file), or a
 * comparison with expected files (--check, --update).  The run (batch.c)
 * hands it finished jobs in input order; it writes them, counts them for
 * --stats, and never overwrites an input. */
#include "batch.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Create the parent directories of path. */
static int make_parents(const char *path)
{
    char *p = cli_xstrdup(path), *s;
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
    const char *base = cli_base_name(target);
    size_t dl = (size_t)(base - target);
    mode_t um;
    int fd;
    FILE *f;

    *tmp = cli_xmalloc(dl + strlen(base) + 10);
    memcpy(*tmp, target, dl);
    sprintf(*tmp + dl, ".%s.XXXXXX", base);
    if ((fd = mkstemp(*tmp)) < 0) {
        free(*tmp); /* (errno is mkstemp's: free keeps it) */
        *tmp = NULL;
        return NULL;
    }
    um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    if (!(f = fdopen(fd, "w"))) {
        int e = errno;
        close(fd);
        unlink(*tmp);
        free(*tmp);
        *tmp = NULL;
        errno = e;
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
    char *p = cli_xmalloc(strlen(k->target) + stem + strlen(ext) + 3);
    sprintf(p, "%s%s%.*s.%s", k->target,
            k->target[strlen(k->target) - 1] == '/' ? "" : "/", (int)stem, rel,
            ext);
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
    if (batch_read_input(path, (size_t)1 << 32, &b, &too_large) != NULL) {
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
        const char *r = rec->removed[i].rule; /* the name alone */
        for (j = 0; j < k->nrules; j++)
            if (!strcmp(k->rules[j].rule, r))
                break;
        if (j == k->nrules) {
            k->rules =
                cli_xrealloc(k->rules, (k->nrules + 1) * sizeof *k->rules);
            k->rules[j].rule = cli_xstrdup(r);
            k->rules[j].n = 0;
            k->nrules++;
        }
        k->rules[j].n++;
    }
}

/* --explain with text or markdown: "removed by RULE (MEASURE): TEXT" on
 * stderr, the measure as the JSON gives it (two decimals). */
static void explain_line(const char *path, const nn_removal *r)
{
    if (isnan(r->measure))
        fprintf(stderr, "newsnorm: %s:%zu: removed by %s: %s\n", path, r->line,
                r->rule, r->text);
    else
        fprintf(stderr, "newsnorm: %s:%zu: removed by %s (%.2f): %s\n", path,
                r->line, r->rule, r->measure, r->text);
}

/* A record b after the n written before it (a separator first when n > 0;
 * expected as nn_stream_separator takes it):
 * into mem when checking, else into f. */
static void put_record(const cli_opts *o, size_t expected, size_t n,
                       nn_buf *mem, FILE *f, const nn_buf *b)
{
    nn_buf sep = NN_BUF_INIT;
    if (n)
        nn_stream_separator(o->fmt, expected, &sep);
    if (mem) {
        nn_buf_put(mem, sep.ptr, sep.len);
        nn_buf_put(mem, b->ptr, b->len);
    } else if (f) {
        fwrite(sep.ptr, 1, sep.len, f);
        fwrite(b->ptr, 1, b->len, f);
    }
    nn_buf_free(&sep);
}

static void put_stream(sink *k, const cli_opts *o, const nn_buf *b)
{
    put_record(o, 0, k->written++, k->mode == CHECK_FILE ? &k->stream : NULL,
               k->f, b);
}

/* -o DIR, --check DIR: a stream's records go to one file, opened at its
 * first record; 1 when it cannot be written. */
static int open_stream_out(const cli_opts *o, sink *k, const slot *s)
{
    nn_buf head = NN_BUF_INIT;
    int bad = 0;
    k->sserial = s->stream;
    k->starget = target_of(o, k, s->in.rel.ptr);
    k->spath = cli_xstrdup(s->spath.ptr);
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
    put_record(o, 2, k->swritten++, k->mode == CHECK_DIR ? &k->sbuf : NULL,
               k->sf, b);
}

/* Finish the stream's file; 1 when it cannot be written. */
int sink_close_stream(const cli_opts *o, sink *k)
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
int sink_finish_job(batch *b, sink *k, slot *s)
{
    const cli_opts *o = b->o;
    const char *path = s->in.path.ptr;
    size_t r;
    int bad = 0;

    if (dir_mode(k) && s->stream != k->sserial) {
        bad |= sink_close_stream(o, k);
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
        batch_render(b, s);
    }
    k->records++;
    k->bytes += s->bytes;
    k->warnings += s->warnings;
    if (s->rec) {
        count_rules(k, s->rec);
        if (o->explain &&
            (o->fmt == NN_FORMAT_TEXT || o->fmt == NN_FORMAT_MARKDOWN))
            for (r = 0; r < s->rec->removed_len; r++)
                explain_line(path, &s->rec->removed[r]);
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

/* ---- planning: the sink from the options -------------------------------- */

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
        char *parent = cli_xstrdup(path), *slash = strrchr(parent, '/');
        int r;
        if (slash == parent)
            slash[1] = '\0';
        else if (slash)
            *slash = '\0';
        /* no slash: the current directory ("" has no room for ".") */
        r = realpath(slash ? parent : ".", rp) != NULL;
        free(parent);
        if (!r)
            return 0;
    }
    n = strlen(rd);
    return !strncmp(rp, rd, n) &&
           (rp[n] == '\0' || rp[n] == '/' || (n == 1 && rd[0] == '/'));
}

static int has_ext(const char *path, const char *ext)
{
    const char *dot = strrchr(cli_base_name(path), '.');
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

int sink_plan(const cli_opts *o, cli_inputs *in, sink *k)
{
    size_t i;
    const char *t = o->check ? o->check : o->output;
    int several = in->expected > 1 || in->dirs;

    memset(k, 0, sizeof *k);
    nn_buf_init(&k->stream);
    nn_buf_init(&k->sbuf);
    k->target = t;
    if (o->check) {
        k->mode =
            is_dir(t) || (several && !has_ext(t, nn_format_extension(o->fmt)))
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

/* ---- statistics and the end ------------------------------------------------ */

void sink_stats(const cli_opts *o, const sink *k, size_t files, size_t failed,
                double secs, size_t skipped)
{
    size_t i;
    fprintf(stderr,
            "newsnorm: %zu files, %zu records, %zu failed, %zu warnings, "
            "%.2f MB in %.3f s (%.1f MB/s, %.0f records/s)\n",
            files, k->records, failed, k->warnings, (double)k->bytes / 1e6,
            secs, secs > 0 ? (double)k->bytes / 1e6 / secs : 0.0,
            secs > 0 ? (double)k->records / secs : 0.0);
    if (skipped)
        fprintf(stderr,
                "newsnorm: %zu WARC records skipped (other types, "
                "responses that are no HTML page)\n",
                skipped);
    if (o->dedup)
        fprintf(stderr,
                "newsnorm: %zu duplicates %s; the index holds %zu "
                "records in %.1f MB\n",
                k->dups, o->dedup == 2 ? "dropped" : "marked",
                nn_dedup_count(k->dedup),
                (double)nn_dedup_memory(k->dedup) / 1e6);
    for (i = 0; i < k->nrules; i++)
        fprintf(stderr, "newsnorm:   %6zu lines removed by %s\n", k->rules[i].n,
                k->rules[i].rule);
}

void sink_free(sink *k)
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
int sink_close(const cli_opts *o, cli_inputs *in, sink *k)
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

void sink_begin(const cli_opts *o, cli_inputs *in, sink *k)
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
