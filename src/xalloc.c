/* xalloc.c - the command-line tool's one set of allocation helpers: each
 * returns memory or, when there is none, says so and aborts (the tool
 * cannot go on without it, and a half-written batch is worse than none).
 * The library has its own (buf.c); the tool sees only newsnorm.h. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void *or_die(void *p)
{
    if (!p) {
        fputs("newsnorm: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *cli_xmalloc(size_t n)
{
    return or_die(malloc(n ? n : 1));
}

void *cli_xcalloc(size_t count, size_t size)
{
    return or_die(calloc(count ? count : 1, size ? size : 1));
}

void *cli_xrealloc(void *p, size_t n)
{
    return or_die(realloc(p, n ? n : 1));
}

char *cli_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(cli_xmalloc(n), s, n);
}
