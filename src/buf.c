/* buf.c - the growable buffer, allocation wrappers and small string
 * helpers. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

char nn_buf_empty_[1];

_Noreturn void nn_die_oom(size_t n)
{
    fprintf(stderr, "newsnorm: out of memory (%zu bytes)\n", n);
    abort();
}

void *nn_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        nn_die_oom(n);
    return p;
}

void *nn_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        nn_die_oom(count * size);
    return p;
}

void *nn_xrealloc(void *old, size_t n)
{
    void *p = realloc(old, n ? n : 1);
    if (!p)
        nn_die_oom(n); /* old is still valid, but we abort anyway */
    return p;
}

char *nn_xstrndup(const char *s, size_t n)
{
    char *p = nn_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *nn_xstrdup(const char *s)
{
    return nn_xstrndup(s, strlen(s));
}

void nn_buf_init(nn_buf *b)
{
    b->ptr = nn_buf_empty_;
    b->len = 0;
    b->cap = 0;
}

void nn_buf_free(nn_buf *b)
{
    if (b->cap)
        free(b->ptr);
    nn_buf_init(b);
}

void nn_buf_grow(nn_buf *b, size_t extra)
{
    size_t need, cap;

    if (extra >= NN_BUF_MAX - b->len)
        nn_die_oom(extra);
    need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    cap = b->cap ? b->cap + b->cap / 2 : 64;
    if (cap < need)
        cap = need;
    if (b->cap) {
        b->ptr = nn_xrealloc(b->ptr, cap);
    } else {
        b->ptr = nn_xmalloc(cap);
        b->ptr[0] = '\0';
    }
    b->cap = cap;
}

void nn_buf_put(nn_buf *b, const void *data, size_t len)
{
    if (!len)
        return;
    if (len >= b->cap - b->len) /* also when cap is 0 */
        nn_buf_grow(b, len);
    memcpy(b->ptr + b->len, data, len);
    b->len += len;
    b->ptr[b->len] = '\0';
}

void nn_buf_puts(nn_buf *b, const char *s)
{
    nn_buf_put(b, s, strlen(s));
}

void nn_buf_putc(nn_buf *b, char c)
{
    if (b->len + 1 >= b->cap) /* room for c and the terminator? */
        nn_buf_grow(b, 1);
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
}

void nn_buf_clear(nn_buf *b)
{
    nn_buf_truncate(b, 0);
}

void nn_buf_truncate(nn_buf *b, size_t len)
{
    if (len >= b->len)
        return;
    b->len = len;
    if (b->cap)
        b->ptr[len] = '\0';
}

char *nn_buf_detach(nn_buf *b)
{
    char *p = b->cap ? b->ptr : nn_xstrdup("");
    nn_buf_init(b);
    return p;
}

void nn_buf_printf_u(nn_buf *b, unsigned long long v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", v);
    nn_buf_put(b, tmp, (size_t)n);
}

void nn_strs_free(char **v, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

int nn_in_list(const char *const *list, const char *s, size_t n, int ci)
{
    for (; *list; list++)
        if (strlen(*list) == n &&
            !(ci ? strncasecmp(*list, s, n) : memcmp(*list, s, n)))
            return 1;
    return 0;
}

int nn_word_in_list(const char *const *list, const char *s, size_t n, int ci)
{
    size_t i = 0, j;
    while (i < n) {
        for (j = i; j < n && s[j] != ' '; j++)
            ;
        if (nn_in_list(list, s + i, j - i, ci))
            return 1;
        i = j + 1;
    }
    return 0;
}

const char *nn_opens_with(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (n > strlen(*list) && !memcmp(s, *list, strlen(*list)))
            return *list;
    return NULL;
}

int nn_starts_ci(const char *s, size_t n, const char *w)
{
    size_t i, wl = strlen(w);
    if (n < wl)
        return 0;
    for (i = 0; i < wl; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c != w[i])
            return 0;
    }
    return 1;
}

int nn_has_ci(const char *s, size_t n, const char *w)
{
    size_t k, wl = strlen(w);
    for (k = 0; k + wl <= n; k++)
        if (nn_starts_ci(s + k, n - k, w))
            return 1;
    return 0;
}
