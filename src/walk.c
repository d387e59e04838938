/* walk.c - the inputs of a run, one at a time, in a fixed order.
 *
 * Operands come in the order given; a directory operand (with -r) is walked
 * depth first, each directory's entries in strcmp order, taking the files
 * whose names match --glob.  Only the directories on the current path are
 * held (each one's sorted names), so memory is bounded by the depth and
 * width of the tree, not by the number of files in it.
 *
 * Entries that fail (broken links, link loops, unreadable directories,
 * special files) come out in their place in the walk as items carrying an
 * error, so their messages keep the order of the walk for every -j.
 *
 * readdir's d_type spares a stat per entry: only links, special files and
 * file systems that do not fill d_type are stat()ed; a directory is
 * fstat()ed once, after it is opened, for the loop check. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

typedef struct entry {
    const char *name;   /* in the level's arena (set once it is complete) */
    size_t off;         /* offset of the name in the arena */
    ino_t ino;          /* d_ino */
    unsigned char type; /* d_type; DT_UNKNOWN when the file system is mute */
} entry;

/* One open directory of the walk (owned by cli_inputs.levels; the arrays
 * are kept and reused when the level is popped). */
struct cli_level {
    nn_buf names; /* NUL-terminated names, back to back */
    entry *v;
    size_t n, cap, next;
    size_t plen, rlen; /* lengths of in->path and in->rel for it */
    dev_t dev;         /* identity, to catch symbolic-link loops */
    ino_t ino;
};

void cli_walk_init(cli_inputs *in, const cli_opts *o, char *const *ops,
                   int nops)
{
    struct stat st;
    memset(in, 0, sizeof *in);
    in->o = o;
    in->ops = ops;
    in->nops = nops;
    nn_buf_init(&in->path);
    nn_buf_init(&in->rel);
    /* what newsnorm writes is no input: `newsnorm -r d > d/all.jsonl`
     * would read its own output as it grows (grep and ripgrep skip theirs
     * too) */
    if (fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode)) {
        in->out_file = 1;
        in->out_dev = st.st_dev;
        in->out_ino = st.st_ino;
    }
}

static int is_output(const cli_inputs *in, dev_t dev, ino_t ino)
{
    return in->out_file && dev == in->out_dev && ino == in->out_ino;
}

void cli_walk_free(cli_inputs *in)
{
    size_t i;
    for (i = 0; i < in->cap; i++) {
        nn_buf_free(&in->levels[i].names);
        free(in->levels[i].v);
    }
    free(in->levels);
    nn_buf_free(&in->path);
    nn_buf_free(&in->rel);
    in->levels = NULL;
    in->depth = in->cap = 0;
}

static int set_file(cli_input *it, const char *path, const char *rel)
{
    nn_buf_clear(&it->path);
    nn_buf_puts(&it->path, path);
    nn_buf_clear(&it->rel);
    nn_buf_puts(&it->rel, rel);
    it->error[0] = '\0';
    it->stream = 0;
    return 1;
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* The stream kind a name says (+ 1), or 0 for a file read whole: JSON
 * Lines (.jsonl, .ndjson), WARC (.warc, .wet), each also gzipped, and any
 * other gzipped input (.gz: one article, or a WARC by its content). */
static int stream_by_name(const char *name)
{
    size_t n = strlen(name);
    int gz = ends_with(name, n, ".gz");
    if (gz)
        n -= 3;
    if (ends_with(name, n, ".jsonl") || ends_with(name, n, ".ndjson"))
        return NN_STREAM_JSONL + 1;
    if (ends_with(name, n, ".warc") || ends_with(name, n, ".wet"))
        return NN_STREAM_WARC + 1;
    return gz ? NN_STREAM_AUTO + 1 : 0;
}

/* An operand by its first bytes: gzip or a WARC record. */
static int stream_by_content(const char *path)
{
    unsigned char b[5];
    ssize_t n;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0; /* fails when read, in order */
    do
        n = read(fd, b, sizeof b);
    while (n < 0 && errno == EINTR);
    close(fd);
    if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b)
        return NN_STREAM_AUTO + 1;
    if (n == 5 && !memcmp(b, "WARC/", 5))
        return NN_STREAM_WARC + 1;
    return 0;
}

/* How an input is read (cli_input.stream). */
static void classify(cli_inputs *in, cli_input *it, int operand)
{
    const char *p = it->path.ptr;
    if (in->o->sopt.kind != NN_STREAM_AUTO)
        it->stream = (int)in->o->sopt.kind + 1; /* --input-format */
    else if (!strcmp(p, "-"))
        it->stream = NN_STREAM_AUTO + 1;
    else if (!(it->stream = stream_by_name(cli_base_name(p))) && operand)
        it->stream = stream_by_content(p);
}

static int set_error(cli_inputs *in, cli_input *it, const char *path,
                     const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* An item for an entry that failed while walking. */
static int set_error(cli_inputs *in, cli_input *it, const char *path,
                     const char *fmt, ...)
{
    va_list ap;
    nn_buf_clear(&it->path);
    nn_buf_puts(&it->path, path);
    nn_buf_clear(&it->rel);
    va_start(ap, fmt);
    vsnprintf(it->error, sizeof it->error, fmt, ap);
    va_end(ap);
    it->stream = 0;
    in->failed++;
    return 1;
}

static int cmp_entries(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

/* Read the directory at in->path (already opened as d) into a new level
 * on top of the stack.  Takes ownership of d. */
static void push_level(cli_inputs *in, DIR *d, const struct stat *st)
{
    struct cli_level *l;
    struct dirent *e;
    size_t i;

    if (in->depth == in->cap) {
        size_t c = in->cap ? in->cap * 2 : 8;
        in->levels = cli_xrealloc(in->levels, c * sizeof *in->levels);
        memset(in->levels + in->cap, 0, (c - in->cap) * sizeof *in->levels);
        for (i = in->cap; i < c; i++)
            nn_buf_init(&in->levels[i].names);
        in->cap = c;
    }
    l = &in->levels[in->depth++];
    nn_buf_clear(&l->names);
    l->n = l->next = 0;
    l->plen = in->path.len;
    l->rlen = in->rel.len;
    l->dev = st->st_dev;
    l->ino = st->st_ino;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') /* ., .., hidden and our temp files */
            continue;
        if (l->n == l->cap) {
            l->cap = l->cap ? l->cap * 2 : 64;
            l->v = cli_xrealloc(l->v, l->cap * sizeof *l->v);
        }
        l->v[l->n].off = l->names.len;
        l->v[l->n].ino = e->d_ino;
        l->v[l->n].type = e->d_type;
        l->n++;
        nn_buf_put(&l->names, e->d_name, strlen(e->d_name) + 1);
    }
    closedir(d);
    for (i = 0; i < l->n; i++)
        l->v[i].name = l->names.ptr + l->v[i].off;
    if (l->n > 1) /* an empty directory has no array (qsort wants one) */
        qsort(l->v, l->n, sizeof *l->v, cmp_entries);
}

/* Enter the directory at in->path (rel in in->rel); 1 with an error item
 * when it cannot be walked, 0 when it was pushed. */
static int enter(cli_inputs *in, cli_input *it)
{
    DIR *d = opendir(in->path.ptr);
    struct stat st;
    size_t i;

    if (!d)
        return set_error(in, it, in->path.ptr, "cannot read directory: %s",
                         strerror(errno));
    if (fstat(dirfd(d), &st) != 0) {
        int e = errno;
        closedir(d);
        return set_error(in, it, in->path.ptr, "%s", strerror(e));
    }
    for (i = 0; i < in->depth; i++)
        if (in->levels[i].dev == st.st_dev && in->levels[i].ino == st.st_ino) {
            closedir(d);
            return set_error(in, it, in->path.ptr, "%s",
                             "symbolic link loop (not followed)");
        }
    push_level(in, d, &st);
    return 0;
}

/* Back to the directory below the top one (or to the operands). */
static void pop_level(cli_inputs *in)
{
    in->depth--;
    if (in->depth) {
        nn_buf_truncate(&in->path, in->levels[in->depth - 1].plen);
        nn_buf_truncate(&in->rel, in->levels[in->depth - 1].rlen);
    }
}

/* Does a file name in a walked directory match --glob (by default, a
 * text scrape or a saved web page)? */
static int name_wanted(const char *glob, const char *name)
{
    static const char *const defaults[] = {
        "*.txt",      "*.html",      "*.htm",     "*.jsonl",   "*.ndjson",
        "*.warc",     "*.wet",       "*.txt.gz",  "*.html.gz", "*.htm.gz",
        "*.jsonl.gz", "*.ndjson.gz", "*.warc.gz", "*.wet.gz",  NULL};
    const char *const *g;
    if (glob)
        return fnmatch(glob, name, FNM_PERIOD) == 0;
    for (g = defaults; *g; g++)
        if (fnmatch(*g, name, FNM_PERIOD) == 0)
            return 1;
    return 0;
}

/* The next entry of the top level: 1 with an item, 0 when it was skipped
 * or was a directory (now the top level). */
static int next_entry(cli_inputs *in, cli_input *it)
{
    struct cli_level *l = &in->levels[in->depth - 1];
    const entry *e = &l->v[l->next++];
    const char *name = e->name;
    int type = e->type;
    dev_t dev = l->dev;
    ino_t ino = e->ino;
    struct stat st;

    /* in->path and in->rel become the entry's for the walk's own use;
     * pop_level and the next entry cut them back */
    nn_buf_truncate(&in->path, l->plen);
    nn_buf_truncate(&in->rel, l->rlen);
    if (l->plen && in->path.ptr[l->plen - 1] != '/')
        nn_buf_putc(&in->path, '/');
    nn_buf_puts(&in->path, name);
    if (l->rlen)
        nn_buf_putc(&in->rel, '/');
    nn_buf_puts(&in->rel, name);

    if (type != DT_DIR && type != DT_REG) {
        /* links, special files, unknown: follow, as the old stat walk did */
        if (stat(in->path.ptr, &st) != 0) {
            struct stat lst;
            int err = errno;
            if (lstat(in->path.ptr, &lst) == 0 && S_ISLNK(lst.st_mode))
                return set_error(in, it, in->path.ptr, "%s",
                                 "broken symbolic link");
            return set_error(in, it, in->path.ptr, "%s", strerror(err));
        }
        type = S_ISDIR(st.st_mode)   ? DT_DIR
               : S_ISREG(st.st_mode) ? DT_REG
                                     : DT_UNKNOWN;
        dev = st.st_dev;
        ino = st.st_ino;
    }
    if (type == DT_DIR)
        return enter(in, it);
    if (!name_wanted(in->o->glob, name) || is_output(in, dev, ino))
        return 0;
    if (type != DT_REG)
        return set_error(in, it, in->path.ptr, "%s", "not a regular file");
    in->n++;
    set_file(it, in->path.ptr, in->rel.ptr);
    classify(in, it, 0);
    return 1;
}

/* The next operand: 1 with an item, 0 when it was a directory (pushed). */
static int next_operand(cli_inputs *in, cli_input *it)
{
    const char *op = in->ops[in->op++];
    struct stat st;

    if (!strcmp(op, "-")) {
        in->n++;
        set_file(it, "-", "stdin");
        classify(in, it, 1);
        return 1;
    }
    if (stat(op, &st) != 0)
        st.st_mode = 0;
    if (S_ISDIR(st.st_mode)) {
        if (!in->o->recursive)
            return set_error(in, it, op, "%s",
                             "is a directory (use -r to walk it)");
        nn_buf_clear(&in->path);
        nn_buf_puts(&in->path, op);
        nn_buf_clear(&in->rel);
        return enter(in, it);
    }
    if (S_ISREG(st.st_mode) && is_output(in, st.st_dev, st.st_ino))
        return set_error(in, it, op, "%s", "input file is also the output");
    /* missing and unreadable files fail when read, in order */
    in->n++;
    set_file(it, op, cli_base_name(op));
    classify(in, it, 1);
    return 1;
}

int cli_next(cli_inputs *in, cli_input *it)
{
    for (;;) {
        if (in->depth) {
            struct cli_level *l = &in->levels[in->depth - 1];
            if (l->next == l->n)
                pop_level(in);
            else if (next_entry(in, it))
                return 1;
        } else if (in->op < in->nops) {
            if (next_operand(in, it))
                return 1;
        } else if (in->nops == 0 && !in->stdin_done) {
            in->stdin_done = 1;
            in->n++;
            set_file(it, "-", "stdin");
            classify(in, it, 1);
            return 1;
        } else {
            return 0;
        }
    }
}

/* How many records a stream input counts as when framing the output: a
 * gzipped file is one article unless it holds a WARC (its first bytes are
 * inflated to see), stdin one unless --input-format says otherwise (its
 * bytes cannot be looked at twice), any other stream two (any number). */
static size_t stream_weight(const cli_inputs *in, const cli_input *it)
{
    unsigned char raw[4096], out[8];
    z_stream z;
    ssize_t n;
    int fd, warc;

    if (it->stream != NN_STREAM_AUTO + 1)
        return 2;
    if (!strcmp(it->path.ptr, "-"))
        return in->stdin_reader &&
                       nn_reader_kind(in->stdin_reader) == NN_STREAM_WARC
                   ? 2
                   : 1;
    if ((fd = open(it->path.ptr, O_RDONLY | O_CLOEXEC)) < 0)
        return 1;
    do
        n = read(fd, raw, sizeof raw);
    while (n < 0 && errno == EINTR);
    close(fd);
    if (n < 2 || raw[0] != 0x1f || raw[1] != 0x8b)
        return n >= 5 && !memcmp(raw, "WARC/", 5) ? 2 : 1;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return 2;
    z.next_in = raw;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = 5;
    inflate(&z, Z_NO_FLUSH);
    warc = z.avail_out == 0 && !memcmp(out, "WARC/", 5);
    inflateEnd(&z);
    return warc ? 2 : 1;
}

size_t cli_count(const cli_inputs *like, size_t limit, int records)
{
    cli_inputs in;
    cli_input it;
    size_t n = 0;

    cli_walk_init(&in, like->o, like->ops, like->nops);
    cli_input_init(&it);
    while (n < limit && cli_next(&in, &it))
        if (!it.error[0])
            n += it.stream && records ? stream_weight(like, &it) : 1;
    cli_input_free(&it);
    cli_walk_free(&in);
    return n;
}

void cli_input_init(cli_input *it)
{
    nn_buf_init(&it->path);
    nn_buf_init(&it->rel);
    it->error[0] = '\0';
    it->stream = 0;
}

void cli_input_free(cli_input *it)
{
    nn_buf_free(&it->path);
    nn_buf_free(&it->rel);
}
