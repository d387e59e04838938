/* check.c - unified diffs for --check.
 *
 * A plain longest-common-subsequence table over lines: golden files are
 * small.  Past MAX_CELLS the whole text is shown as one replaced hunk,
 * which is still a correct (if long) unified diff. */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CONTEXT 3
#define MAX_CELLS ((size_t)16 << 20)

typedef struct lines {
    const char **s;
    size_t *len;
    size_t n;
} lines;

static void split(const char *t, size_t len, lines *l)
{
    size_t i, start = 0, cap = 16;
    l->n = 0;
    l->s = cli_xmalloc(cap * sizeof *l->s);
    l->len = cli_xmalloc(cap * sizeof *l->len);
    for (i = 0; i <= len; i++) {
        if (i < len && t[i] != '\n')
            continue;
        if (i == len && start == len)
            break;
        if (l->n == cap) {
            cap *= 2;
            l->s = cli_xrealloc(l->s, cap * sizeof *l->s);
            l->len = cli_xrealloc(l->len, cap * sizeof *l->len);
        }
        l->s[l->n] = t + start;
        l->len[l->n++] = i - start + (i < len); /* with its newline */
        start = i + 1;
    }
}

static int same(const lines *a, size_t i, const lines *b, size_t j)
{
    return a->len[i] == b->len[j] && !memcmp(a->s[i], b->s[j], a->len[i]);
}

/* An edit script: ops[k] is '=', '-' or '+'. */
static char *script(const lines *a, const lines *b, size_t *nops)
{
    size_t n = a->n, m = b->n, i, j, k = 0;
    char *ops = cli_xmalloc(n + m + 1);
    uint32_t *t;
    if ((n + 1) * (m + 1) > MAX_CELLS) {
        for (i = 0; i < n; i++)
            ops[k++] = '-';
        for (j = 0; j < m; j++)
            ops[k++] = '+';
        *nops = k;
        return ops;
    }
    t = cli_xcalloc((n + 1) * (m + 1), sizeof *t);
#define T(x, y) t[(x) * (m + 1) + (y)]
    for (i = n; i-- > 0;)
        for (j = m; j-- > 0;)
            T(i, j) = same(a, i, b, j)             ? T(i + 1, j + 1) + 1
                      : T(i + 1, j) >= T(i, j + 1) ? T(i + 1, j)
                                                   : T(i, j + 1);
    for (i = j = 0; i < n || j < m;) {
        if (i < n && j < m && same(a, i, b, j)) {
            ops[k++] = '=';
            i++, j++;
        } else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
            ops[k++] = '+';
            j++;
        } else {
            ops[k++] = '-';
            i++;
        }
    }
#undef T
    free(t);
    *nops = k;
    return ops;
}

static void put_line(FILE *out, char mark, const char *s, size_t len)
{
    fputc(mark, out);
    fwrite(s, 1, len, out);
    if (!len || s[len - 1] != '\n')
        fputs("\n\\ No newline at end of file\n", out);
}

int cli_diff(const char *name_a, const char *a, size_t alen, const char *name_b,
             const char *b, size_t blen, FILE *out)
{
    lines la, lb;
    size_t nops, k, i = 0, j = 0;
    char *ops;

    if (alen == blen && !memcmp(a, b, alen))
        return 0;
    split(a, alen, &la);
    split(b, blen, &lb);
    ops = script(&la, &lb, &nops);
    fprintf(out, "--- %s\n+++ %s\n", name_a, name_b);
    for (k = 0; k < nops;) {
        size_t h, e, ai, bj, an = 0, bn = 0, x;
        if (ops[k] == '=') {
            k++, i++, j++;
            continue;
        }
        /* a hunk: back up CONTEXT lines, extend while changes are close */
        h = k;
        ai = i, bj = j;
        for (x = 0; x < CONTEXT && h > 0 && ops[h - 1] == '='; x++)
            h--, ai--, bj--;
        e = k;
        for (;;) {
            size_t run = 0;
            while (e < nops && ops[e] != '=')
                e++;
            while (e + run < nops && ops[e + run] == '=')
                run++;
            if (e + run >= nops || run > 2 * CONTEXT) {
                e += run < CONTEXT ? run : CONTEXT;
                break;
            }
            e += run;
        }
        for (x = h; x < e; x++) {
            an += ops[x] != '+';
            bn += ops[x] != '-';
        }
        fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", an ? ai + 1 : ai, an,
                bn ? bj + 1 : bj, bn);
        for (x = h; x < e; x++) {
            if (ops[x] == '=') {
                put_line(out, ' ', la.s[ai], la.len[ai]);
                ai++, bj++;
            } else if (ops[x] == '-') {
                put_line(out, '-', la.s[ai], la.len[ai]);
                ai++;
            } else {
                put_line(out, '+', lb.s[bj], lb.len[bj]);
                bj++;
            }
        }
        i = ai, j = bj, k = e;
    }
    free(ops);
    free(la.s);
    free(la.len);
    free(lb.s);
    free(lb.len);
    return 1;
}
