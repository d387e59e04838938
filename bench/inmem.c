/* inmem.c - the two halves of newsnorm's cost, measured apart (run by
 * bench/run.sh):
 *
 *   find CORPUS -name '*.txt' | sort | build/bench-inmem [RUNS]
 *       the library alone: every file named on standard input (one path a
 *       line) is read into memory first, then normalized and rendered as
 *       JSON Lines, RUNS times (default 3) in one thread;
 *   find CORPUS -name '*.txt' | sort | build/bench-inmem --read [RUNS]
 *       the kernel's part alone: open, fstat, read into one reused buffer
 *       and close every file, as newsnorm does, and nothing else: the floor
 *       of any program that reads these files one by one.
 *
 * Prints bytes, articles, the best wall time, MB/s and articles/s. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsnorm.h"

typedef struct {
    char *name, *data;
    size_t len;
} item;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *p = NULL;
    size_t cap = 0, n = 0, r;
    if (!f)
        return NULL;
    do {
        if (n == cap) {
            char *q = realloc(p, cap = cap ? 2 * cap : 8192);
            if (!q) {
                free(p);
                fclose(f);
                return NULL;
            }
            p = q;
        }
        r = fread(p + n, 1, cap - n, f);
        n += r;
    } while (r > 0);
    fclose(f);
    *len = n;
    return p;
}

/* Read every file as newsnorm's CLI does (open, fstat, read, close) into
 * one buffer; returns the bytes read, 0 on an error. */
static size_t read_all(item *v, size_t n, char *buf, size_t cap)
{
    size_t i, total = 0;
    for (i = 0; i < n; i++) {
        struct stat st;
        ssize_t r;
        int fd = open(v[i].name, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fstat(fd, &st) != 0 ||
            (r = read(fd, buf, cap)) < 0) {
            perror(v[i].name);
            return 0;
        }
        total += (size_t)r;
        close(fd);
    }
    return total;
}

int main(int argc, char **argv)
{
    int read_only = argc > 1 && !strcmp(argv[1], "--read");
    int runs = argc > 1 + read_only ? atoi(argv[1 + read_only]) : 3, run;
    item *v = NULL;
    size_t n = 0, cap = 0, total = 0, i, out = 0;
    char *line = NULL, err[256];
    size_t lcap = 0;
    ssize_t got;
    nn_options opt = NN_OPTIONS_INIT;
    nn_normalizer *nz = nn_normalizer_new(&opt, err, sizeof err);
    nn_buf buf = NN_BUF_INIT;
    double best = 1e30;

    if (!nz) {
        fprintf(stderr, "bench-inmem: %s\n", err);
        return 1;
    }
    while ((got = getline(&line, &lcap, stdin)) > 0) {
        if (line[got - 1] == '\n')
            line[--got] = '\0';
        if (n == cap && !(v = realloc(v, (cap = cap ? 2 * cap : 1024) *
                                             sizeof *v)))
            return 1;
        if (!(v[n].data = slurp(line, &v[n].len))) {
            fprintf(stderr, "bench-inmem: %s: cannot read\n", line);
            return 1;
        }
        v[n].name = strdup(line);
        total += v[n].len;
        n++;
    }
    free(line);
    if (runs < 1 || n == 0) {
        fprintf(stderr, "usage: find DIR -type f | bench-inmem [--read] "
                        "[RUNS]\n");
        return 2;
    }
    if (read_only) {
        size_t rcap = 0;
        char *rbuf;
        for (i = 0; i < n; i++)
            if (v[i].len + 1 > rcap)
                rcap = v[i].len + 1;
        if (!(rbuf = malloc(rcap)))
            return 1;
        memset(rbuf, 0, rcap); /* touched once, as newsnorm's reused buffer */
        for (run = 0; run < runs; run++) {
            double t0 = now(), t;
            if (read_all(v, n, rbuf, rcap) != total)
                return 1;
            t = now() - t0;
            if (t < best)
                best = t;
        }
        free(rbuf);
        goto report;
    }
    for (run = 0; run < runs; run++) {
        double t0 = now(), t;
        out = 0;
        for (i = 0; i < n; i++) {
            nn_record *rec;
            if (nn_normalize(nz, v[i].data, v[i].len, v[i].name, &rec) !=
                NN_OK)
                continue;
            nn_buf_clear(&buf);
            nn_stream_record(rec, NN_FORMAT_JSONL, 0, n, &buf);
            out += buf.len;
            nn_record_free(rec);
        }
        t = now() - t0;
        if (t < best)
            best = t;
    }
report:
    printf("%zu bytes %zu articles %.3f s %.1f MB/s %.0f articles/s "
           "(%zu bytes out)\n",
           total, n, best, (double)total / best / 1e6, (double)n / best, out);
    for (i = 0; i < n; i++) {
        free(v[i].data);
        free(v[i].name);
    }
    free(v);
    nn_buf_free(&buf);
    nn_normalizer_free(nz);
    return 0;
}
