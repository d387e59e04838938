/* gen_profiles.c - build-time generator of the built-in profiles.
 *
 *   gen_profiles COMMON.rules PROFILE.rules... > profiles.h
 *
 * Reads the profile files of data/profiles/ with the library's own reader
 * (profile_file.c: every pattern is compiled, so a mistake fails the build
 * with its file and line) and writes them out as the C tables the rule
 * engine reads: the profiles in the order given (the Makefile sorts them
 * by name), the common rules, and the definitions of COMMON.rules, which
 * every profile file may use (those read at run time too).  Nothing is
 * parsed when newsnorm starts. */
#include "internal.h"
#include "rules.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s as a C string literal (NULL as NULL); "??" is kept from trigraphs. */
static void lit(const char *s)
{
    const unsigned char *p;
    if (!s) {
        fputs("NULL", stdout);
        return;
    }
    putchar('"');
    for (p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p == '?' && p > (const unsigned char *)s && p[-1] == '?')
            fputs("\\?", stdout);
        else if (*p < 0x20 || *p == 0x7F)
            printf("\\%03o", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static void rules(const char *name, const nn_rule *r, size_t n, int ext)
{
    size_t i;
    int k;
    printf("%sconst nn_rule %s[] = {\n", ext ? "" : "static ", name);
    for (i = 0; i < n; i++) {
        fputs("    {.name = ", stdout);
        lit(r[i].name);
        fputs(",\n     .pattern = ", stdout);
        lit(r[i].pattern);
        printf(",\n     .act = (enum nn_act)%d, .when = %uu, .fields = {",
               (int)r[i].act, r[i].when);
        for (k = 0; k < NN_MAX_GROUPS; k++)
            printf("%s(enum nn_fld)%d", k ? ", " : "", (int)r[i].fields[k]);
        fputs("},\n     .keys = {", stdout);
        for (k = 0; k < NN_MAX_GROUPS; k++) {
            fputs(k ? ", " : "", stdout);
            lit(r[i].keys[k]);
        }
        fputs("},\n     .until = ", stdout);
        lit(r[i].until);
        printf(", .span = %u, .line = %u, .need = ", r[i].span, r[i].line);
        lit(r[i].need);
        fputs("},\n", stdout);
    }
    fputs("};\n", stdout);
}

static void profile(size_t i, const nn_profile *p)
{
    size_t k;
    if (p->nrules) {
        char name[32];
        snprintf(name, sizeof name, "nn_gen_rules_%zu", i);
        rules(name, p->rules, p->nrules, 0);
    }
    if (p->nsignals) {
        printf("static const nn_signal nn_gen_signals_%zu[] = {\n", i);
        for (k = 0; k < p->nsignals; k++) {
            fputs("    {", stdout);
            lit(p->signals[k].pattern);
            printf(", %d, ", p->signals[k].weight);
            lit(p->signals[k].need);
            fputs("},\n", stdout);
        }
        fputs("};\n", stdout);
    }
    if (p->nurlids) {
        printf("static const nn_urlid nn_gen_urlids_%zu[] = {\n", i);
        for (k = 0; k < p->nurlids; k++) {
            fputs("    {", stdout);
            lit(p->urlids[k].pattern);
            fputs(", ", stdout);
            lit(p->urlids[k].key);
            fputs("},\n", stdout);
        }
        fputs("};\n", stdout);
    }
    printf("static const nn_profile nn_gen_profile_%zu = {\n    .id = ", i);
    lit(p->id);
    fputs(",\n    .source = ", stdout);
    lit(p->source);
    if (p->nrules)
        printf(",\n    .rules = nn_gen_rules_%zu, .nrules = %zu", i, p->nrules);
    if (p->nsignals)
        printf(",\n    .signals = nn_gen_signals_%zu, .nsignals = %zu", i,
               p->nsignals);
    if (p->threshold == INT_MAX)
        fputs(",\n    .threshold = INT_MAX", stdout);
    else
        printf(",\n    .threshold = %d", p->threshold);
    if (p->nurlids)
        printf(",\n    .urlids = nn_gen_urlids_%zu, .nurlids = %zu", i,
               p->nurlids);
    fputs(",\n    .title_suffix = ", stdout);
    lit(p->title_suffix);
    fputs(",\n    .url_cut = ", stdout);
    lit(p->url_cut);
    printf(",\n    .plain = %d, .fallback = %d,\n};\n", p->plain, p->fallback);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    nn_buf b = NN_BUF_INIT;
    char chunk[8192];
    size_t n;
    if (!fp) {
        perror(path);
        exit(1);
    }
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        nn_buf_put(&b, chunk, n);
    if (ferror(fp) || fclose(fp) != 0) {
        perror(path);
        exit(1);
    }
    *len = b.len;
    return nn_buf_detach(&b);
}

static void parse(nn_profile_file *f, const char *path, unsigned flags,
                  const nn_profile_file *common)
{
    char err[512];
    size_t len;
    char *text = slurp(path, &len);
    if (nn_profile_file_parse(f, path, text, len, flags,
                              common ? common->defines : NULL,
                              common ? common->ndefines : 0, err,
                              sizeof err) < 0) {
        fprintf(stderr, "gen_profiles: %s\n", err);
        exit(1);
    }
    free(text);
}

/* One name, one profile: files[2 .. argc) define no name twice (within a
 * file the reader sees to it). */
static int check_names(const nn_profile_file *files, int argc, char **argv)
{
    size_t i, j;
    int a, b;
    for (a = 2; a < argc; a++)
        for (j = 0; j < files[a].n; j++)
            for (b = 2; b < a; b++)
                for (i = 0; i < files[b].n; i++)
                    if (!strcmp(files[a].defs[j]->p.id,
                                files[b].defs[i]->p.id)) {
                        fprintf(stderr,
                                "gen_profiles: %s:%zu: profile %s: "
                                "already defined in %s\n",
                                argv[a], files[a].defs[j]->line,
                                files[a].defs[j]->p.id, argv[b]);
                        return -1;
                    }
    return 0;
}

int main(int argc, char **argv)
{
    nn_profile_file common, *files;
    size_t i, j, n = 0;
    int a;

    if (argc < 2) {
        fputs("usage: gen_profiles COMMON.rules PROFILE.rules...\n", stderr);
        return 2;
    }
    parse(&common, argv[1], NN_PF_COMMON, NULL);
    if (!common.common || common.n) {
        fprintf(stderr, "gen_profiles: %s: holds the common rules alone\n",
                argv[1]);
        return 1;
    }
    files = nn_xcalloc((size_t)argc, sizeof *files);
    for (a = 2; a < argc; a++)
        parse(&files[a], argv[a], 0, &common);
    if (check_names(files, argc, argv) < 0)
        return 1;
    puts("/* generated from data/profiles by gen_profiles (src/gen_profiles.c):"
         "\n * edit the files, not this */");
    rules("nn_rules_common", common.common->p.rules, common.common->p.nrules,
          1);
    printf("const size_t nn_rules_common_len = %zu;\n",
           common.common->p.nrules);
    for (a = 2; a < argc; a++)
        for (j = 0; j < files[a].n; j++)
            profile(n++, &files[a].defs[j]->p);
    puts("static const nn_profile *const nn_builtin[] = {");
    for (i = 0; i < n; i++)
        printf("    &nn_gen_profile_%zu,\n", i);
    puts("};\nstatic const char *const nn_builtin_names[] = {");
    for (a = 2; a < argc; a++)
        for (j = 0; j < files[a].n; j++) {
            fputs("    ", stdout);
            lit(files[a].defs[j]->p.id);
            puts(",");
        }
    puts("    NULL,\n};\nstatic const nn_define nn_builtin_defines[] = {");
    for (i = 0; i < common.ndefines; i++) {
        fputs("    {", stdout);
        lit(common.defines[i].name);
        fputs(", ", stdout);
        lit(common.defines[i].value);
        puts("},");
    }
    printf("    {NULL, NULL},\n};\n"
           "static const size_t nn_builtin_ndefines = %zu;\n",
           common.ndefines);
    for (a = 2; a < argc; a++)
        nn_profile_file_free(&files[a]);
    nn_profile_file_free(&common);
    free(files);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen_profiles: stdout");
        return 1;
    }
    return 0;
}
