/* profiles.c - the list of profiles: the built-in ones, compiled in from
 * data/profiles/ (build/profiles.h, made by gen_profiles.c), and those read
 * from files at run time (nn_profiles_load), which go first.
 *
 * The list is the one place the set of profiles is written: detection,
 * --profile, the CLI's help and errors, --list-profiles and the fuzz
 * harness all read it.  Its order is the detection order (a tie goes to
 * the profile that comes first); the fallback is the first profile marked
 * so (generic). */
#include "internal.h"
#include "rules.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* nn_builtin[] (sorted by name), nn_builtin_names[], nn_builtin_defines[],
 * nn_rules_common[] */
#include "profiles.h"

struct nn_profiles {
    const nn_profile *const *list; /* in detection order */
    const char *const *origin;     /* of each: NULL built in, else a path */
    size_t n;
    /* a list made by nn_profiles_new (the built-in one has none) */
    const nn_profile **own;
    const char **own_origin;
    size_t cap;
    size_t nfile;          /* how many come from files (first) */
    nn_profile_def **defs; /* what the files held */
    size_t ndefs, dcap;
    char **paths;
    size_t npaths, pcap;
};

static const nn_profiles builtin = {
    .list = nn_builtin,
    .n = NN_COUNT(nn_builtin),
};

const nn_profiles *nn_profiles_builtin(void)
{
    return &builtin;
}

const char *const *nn_profile_names(void)
{
    return nn_builtin_names;
}

nn_profiles *nn_profiles_new(void)
{
    nn_profiles *ps = nn_xcalloc(1, sizeof *ps);
    size_t i;
    ps->cap = builtin.n + 8;
    ps->own = nn_xcalloc(ps->cap, sizeof *ps->own);
    ps->own_origin = nn_xcalloc(ps->cap, sizeof *ps->own_origin);
    for (i = 0; i < builtin.n; i++)
        ps->own[i] = builtin.list[i];
    ps->n = builtin.n;
    ps->list = ps->own;
    ps->origin = ps->own_origin;
    return ps;
}

void nn_profiles_free(nn_profiles *ps)
{
    size_t i;
    if (!ps || ps == &builtin)
        return;
    for (i = 0; i < ps->ndefs; i++)
        nn_profile_def_free(ps->defs[i]);
    free(ps->defs);
    nn_strs_free(ps->paths, ps->npaths);
    free(ps->own);
    free(ps->own_origin);
    free(ps);
}

size_t nn_profiles_count(const nn_profiles *ps)
{
    return ps->n;
}

const nn_profile *nn_profiles_at(const nn_profiles *ps, size_t i)
{
    return i < ps->n ? ps->list[i] : NULL;
}

const char *nn_profiles_name(const nn_profiles *ps, size_t i)
{
    return i < ps->n ? ps->list[i]->id : NULL;
}

const char *nn_profiles_origin(const nn_profiles *ps, size_t i)
{
    return i < ps->n && ps->origin ? ps->origin[i] : NULL;
}

int nn_profiles_find(const nn_profiles *ps, const char *name)
{
    size_t i;
    for (i = 0; i < ps->n; i++)
        if (!strcmp(ps->list[i]->id, name))
            return (int)i;
    return -1;
}

size_t nn_profiles_fallback(const nn_profiles *ps)
{
    size_t i;
    for (i = 0; i < ps->n; i++)
        if (ps->list[i]->fallback)
            return i;
    return ps->n - 1;
}

int nn_profiles_dump(const nn_profiles *ps, const char *name, nn_buf *out)
{
    int i = nn_profiles_find(ps, name);
    if (i < 0)
        return -1;
    nn_profile_dump(ps->list[i], out);
    return 0;
}

/* The whole file into out; -1 with "PATH: reason" in err. */
static int read_file(const char *path, nn_buf *out, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    char chunk[8192];
    size_t n;
    int bad;
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        nn_buf_put(out, chunk, n);
        if (out->len > ((size_t)16 << 20)) {
            fclose(fp);
            snprintf(err, errlen,
                     "%s: larger than 16 MiB: not a profile "
                     "file",
                     path);
            return -1;
        }
    }
    bad = ferror(fp);
    if (fclose(fp) != 0 || bad) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno ? errno : EIO));
        return -1;
    }
    return 0;
}

/* Can the file's profiles join the list: names not read before, rule
 * tables the engine takes, a fallback left? */
static int admit(const nn_profiles *ps, const nn_profile_file *f,
                 const char *path, char *err, size_t errlen)
{
    size_t i, j;
    int fallback = 0;
    for (i = 0; i < f->n; i++) {
        const nn_profile_def *d = f->defs[i];
        char rerr[256];
        nn_ruleset *rs;
        for (j = 0; j < ps->nfile; j++)
            if (!strcmp(ps->list[j]->id, d->p.id)) {
                snprintf(err, errlen,
                         "%s:%zu: profile %s: already read "
                         "from %s",
                         path, d->line, d->p.id, ps->origin[j]);
                return -1;
            }
        if (!(rs = nn_ruleset_new(&d->p, rerr, sizeof rerr))) {
            /* rules.c's message names the profile or the rule */
            snprintf(err, errlen, "%s:%zu: %s%s%s", path, d->line,
                     strncmp(rerr, "profile ", 8) ? "profile " : "",
                     strncmp(rerr, "profile ", 8) ? d->p.id : "",
                     strncmp(rerr, "profile ", 8) ? ": " : "");
            snprintf(err + strlen(err), errlen - strlen(err), "%s", rerr);
            return -1;
        }
        nn_ruleset_free(rs);
        fallback |= d->p.fallback;
    }
    for (i = 0; i < ps->n && !fallback; i++) {
        for (j = 0; j < f->n; j++)
            if (!strcmp(f->defs[j]->p.id, ps->list[i]->id))
                break;
        fallback = j == f->n && ps->list[i]->fallback;
    }
    if (!fallback) {
        snprintf(err, errlen,
                 "%s: no profile would be left to fall back "
                 "on ('detect fallback'): the file replaces it",
                 path);
        return -1;
    }
    return 0;
}

/* Put the file's profile d in the list, after the files' before it; it
 * takes the place of a built-in one of its name. */
static void insert(nn_profiles *ps, nn_profile_def *d, const char *path)
{
    size_t i;
    for (i = ps->nfile; i < ps->n; i++)
        if (!strcmp(ps->own[i]->id, d->p.id)) {
            memmove(ps->own + i, ps->own + i + 1,
                    (ps->n - i - 1) * sizeof *ps->own);
            memmove(ps->own_origin + i, ps->own_origin + i + 1,
                    (ps->n - i - 1) * sizeof *ps->own_origin);
            ps->n--;
            break;
        }
    if (ps->n + 1 > ps->cap) {
        ps->cap *= 2;
        ps->own = nn_xrealloc(ps->own, ps->cap * sizeof *ps->own);
        ps->own_origin =
            nn_xrealloc(ps->own_origin, ps->cap * sizeof *ps->own_origin);
    }
    memmove(ps->own + ps->nfile + 1, ps->own + ps->nfile,
            (ps->n - ps->nfile) * sizeof *ps->own);
    memmove(ps->own_origin + ps->nfile + 1, ps->own_origin + ps->nfile,
            (ps->n - ps->nfile) * sizeof *ps->own_origin);
    ps->own[ps->nfile] = &d->p;
    ps->own_origin[ps->nfile] = path;
    ps->nfile++;
    ps->n++;
    ps->list = ps->own;
    ps->origin = ps->own_origin;
    NN_ARRAY_RESERVE(ps->defs, ps->dcap, ps->ndefs + 1);
    ps->defs[ps->ndefs++] = d;
}

int nn_profiles_load(nn_profiles *ps, const char *path, char *err,
                     size_t errlen)
{
    nn_buf text = NN_BUF_INIT;
    nn_profile_file f;
    char *kept;
    size_t i;
    int rc = -1;

    memset(&f, 0, sizeof f);
    if (ps == &builtin) {
        snprintf(err, errlen, "%s: the built-in list cannot change", path);
        return -1;
    }
    if (read_file(path, &text, err, errlen) < 0)
        goto out;
    if (nn_profile_file_parse(&f, path, text.ptr, text.len, 0,
                              nn_builtin_defines, nn_builtin_ndefines, err,
                              errlen) < 0 ||
        admit(ps, &f, path, err, errlen) < 0)
        goto out;
    kept = nn_xstrdup(path);
    NN_ARRAY_RESERVE(ps->paths, ps->pcap, ps->npaths + 1);
    ps->paths[ps->npaths++] = kept;
    for (i = 0; i < f.n; i++) {
        insert(ps, f.defs[i], kept);
        f.defs[i] = NULL; /* the list's now */
    }
    f.n = 0;
    rc = 0;
out:
    nn_profile_file_free(&f);
    nn_buf_free(&text);
    return rc;
}
