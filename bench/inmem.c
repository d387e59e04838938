/* inmem.c - the library's own throughput, without file I/O: every file
 * named on standard input (one path a line) is read into memory first,
 * then normalized and rendered as JSON Lines R times in one thread.
 *
 *   find CORPUS -name '*.txt' | sort | build/bench-inmem [R]
 *
 * Prints bytes, articles, best wall time, MB/s and articles/s.  Used by
 * bench/run.sh to separate the pipeline's cost from the kernel's per-file
 * cost (open, read, close, write), which `cat` also pays. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 3, run;
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
        fprintf(stderr, "usage: find DIR -type f | bench-inmem [RUNS]\n");
        return 2;
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
