/* test_profiles.c - profile files (profile_file.c, profile_dump.c) and the
 * list of profiles (profiles.c): every built-in profile dumped and read
 * back is the same profile; quotes and '+' lines keep values whole; a
 * mistake names its line; files go before the built-in profiles and
 * replace those of their names. */
#include "testlib.h"

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

static void same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

/* A field of a struct: a string (size 0), or a number or an array of
 * numbers compared byte for byte. */
struct field {
    size_t off, size;
};
#define STR(T, f) offsetof(T, f), 0
#define NUM(T, f) offsetof(T, f), sizeof(((T *)0)->f)

/* The fields of a and b are the same. */
static void same_fields(const void *a, const void *b, const struct field *f,
                        size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const char *pa = (const char *)a + f[i].off;
        const char *pb = (const char *)b + f[i].off;
        if (f[i].size)
            assert_memory_equal(pa, pb, f[i].size);
        else
            same_str(*(const char *const *)pa, *(const char *const *)pb);
    }
}

static const struct field profile_fields[] = {
    {STR(nn_profile, id)},           {STR(nn_profile, source)},
    {STR(nn_profile, title_suffix)}, {STR(nn_profile, url_cut)},
    {NUM(nn_profile, threshold)},    {NUM(nn_profile, plain)},
    {NUM(nn_profile, fallback)},     {NUM(nn_profile, nsignals)},
    {NUM(nn_profile, nurlids)},      {NUM(nn_profile, nrules)}};
static const struct field signal_fields[] = {{STR(nn_signal, pattern)},
                                             {STR(nn_signal, need)},
                                             {NUM(nn_signal, weight)}};
static const struct field urlid_fields[] = {{STR(nn_urlid, pattern)},
                                            {STR(nn_urlid, key)}};
static const struct field rule_fields[] = {
    {STR(nn_rule, name)}, {STR(nn_rule, pattern)}, {STR(nn_rule, until)},
    {STR(nn_rule, need)}, {NUM(nn_rule, act)},     {NUM(nn_rule, when)},
    {NUM(nn_rule, span)}, {NUM(nn_rule, line)},    {NUM(nn_rule, fields)}};

static void same_profile(const nn_profile *a, const nn_profile *b)
{
    size_t i;
    int k;
    same_fields(a, b, profile_fields, NN_COUNT(profile_fields));
    for (i = 0; i < a->nsignals; i++)
        same_fields(&a->signals[i], &b->signals[i], signal_fields,
                    NN_COUNT(signal_fields));
    for (i = 0; i < a->nurlids; i++)
        same_fields(&a->urlids[i], &b->urlids[i], urlid_fields,
                    NN_COUNT(urlid_fields));
    for (i = 0; i < a->nrules; i++) {
        same_fields(&a->rules[i], &b->rules[i], rule_fields,
                    NN_COUNT(rule_fields));
        for (k = 0; k < NN_MAX_GROUPS; k++)
            same_str(a->rules[i].keys[k], b->rules[i].keys[k]);
    }
}

static int parse(nn_profile_file *f, const char *text, char *err, size_t errlen)
{
    return nn_profile_file_parse(f, "t.rules", text, strlen(text), 0, NULL, 0,
                                 err, errlen);
}

/* p dumped and read back is p, and dumps the same again. */
static void round_trip(const nn_profile *p)
{
    nn_buf a = NN_BUF_INIT, b = NN_BUF_INIT;
    nn_profile_file f;
    char err[256] = "";
    nn_profile_dump(p, &a);
    if (parse(&f, a.ptr, err, sizeof err) != 0)
        fail_msg("%s: %s", p->id, err);
    assert_int_equal(f.n, 1);
    same_profile(p, &f.defs[0]->p);
    nn_profile_dump(&f.defs[0]->p, &b);
    assert_string_equal(a.ptr, b.ptr);
    nn_profile_file_free(&f);
    nn_buf_free(&a);
    nn_buf_free(&b);
}

static void test_builtin_round_trip(void **state)
{
    const nn_profiles *ps = nn_profiles_builtin();
    size_t i;
    (void)state;
    assert_true(nn_profiles_count(ps) >= 4);
    for (i = 0; i < nn_profiles_count(ps); i++)
        round_trip(nn_profiles_at(ps, i));
}

/* The common rules too: a profile holding them dumps and reads back. */
static void test_common_rules_round_trip(void **state)
{
    nn_profile p;
    (void)state;
    memset(&p, 0, sizeof p);
    p.id = "common";
    p.rules = nn_rules_common;
    p.nrules = nn_rules_common_len;
    round_trip(&p);
}

/* Values with blanks at their ends, a leading quote, long runs without a
 * place to cut, UTF-8: written so that they read back whole. */
static void test_awkward_values_round_trip(void **state)
{
    static const char *const values[] = {
        " leading",
        "trailing ",
        "\"quoted\"",
        "\"",
        "a  b",
        " ",
        "x(?:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaa)y",
        "é ü ж 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 "
        "漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字 end",
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(values); i++) {
        nn_profile p;
        memset(&p, 0, sizeof p);
        p.id = "t";
        p.source = values[i];
        p.title_suffix = values[i];
        round_trip(&p);
    }
}

static void test_errors_name_their_line(void **state)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"profile a\n\n# c\nsignal 2\n pattern (x\n",
         "t.rules:5: pattern: PCRE2 error at offset 2: missing closing "
         "parenthesis"},
        {"profile a\nrule r\n pattern x\n", "t.rules:2: rule r: no action"},
        {"profile a\nrule r\n pattern x\n action drop\n fields date\n", ""},
        {"profile a\nrule r\n pattern (x)\n + (y\n action drop\n",
         "t.rules:3: pattern: PCRE2 error at offset 5"},
        {"define D (a\nprofile a\nrule r\n pattern {{D}})\n action drop\n", ""},
        {"profile a\nthreshold 2\ndetect never\n", ""},
        {"profile a\ndetect never\nthreshold 2\n",
         "t.rules:3: threshold: the profile is never detected"},
        {"profile a\nurlid k\n", "t.rules:2: urlid: no pattern"},
        /* an absolute back reference would name another rule's group */
        {"profile a\nrule r\n pattern (x)\\1\n action drop\n",
         "t.rules:3: pattern: absolute back reference at offset 3"},
        {"profile a\nrule r\n pattern (x)\\g{-1}\\\\1\n action drop\n", ""},
        {"profile a\nrule r\n pattern x\n action drop\n when once\n",
         "t.rules:2: rule r: 'when once' needs a first field"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(cases); i++) {
        nn_profile_file f;
        char err[256] = "";
        int rc = parse(&f, cases[i].text, err, sizeof err);
        if (!*cases[i].want) {
            assert_int_equal(rc, 0);
        } else {
            assert_int_equal(rc, -1);
            if (!strstr(err, cases[i].want))
                fail_msg("case %zu: %s", i, err);
        }
        nn_profile_file_free(&f);
    }
}

static void test_load_order_and_replace(void **state)
{
    char path[] = "/tmp/nn-test-profiles-XXXXXX";
    char err[256] = "";
    int fd = mkstemp(path);
    FILE *fp;
    nn_profiles *ps = nn_profiles_new();
    size_t n = nn_profiles_count(ps);
    (void)state;
    assert_true(fd >= 0);
    fp = fdopen(fd, "w");
    assert_non_null(fp);
    fputs("profile zeta\nthreshold 1\nsignal 1\n pattern zeta\n"
          "profile menafn\nsource M\n",
          fp);
    assert_int_equal(fclose(fp), 0);
    assert_int_equal(nn_profiles_load(ps, path, err, sizeof err), 0);
    /* zeta and the new menafn first, the old menafn gone */
    assert_int_equal(nn_profiles_count(ps), n + 1);
    assert_string_equal(nn_profiles_name(ps, 0), "zeta");
    assert_string_equal(nn_profiles_name(ps, 1), "menafn");
    assert_string_equal(nn_profiles_origin(ps, 1), path);
    assert_null(nn_profiles_origin(ps, 2));
    assert_string_equal(nn_profiles_at(ps, 1)->source, "M");
    assert_int_equal(nn_profiles_find(ps, "menafn"), 1);
    assert_string_equal(nn_profiles_at(ps, nn_profiles_fallback(ps))->id,
                        "generic");
    /* a second time: already read */
    assert_int_equal(nn_profiles_load(ps, path, err, sizeof err), -1);
    assert_non_null(strstr(err, "already read from"));
    assert_int_equal(nn_profiles_count(ps), n + 1);
    /* the list drives a normalizer */
    {
        nn_options o = NN_OPTIONS_INIT;
        nn_normalizer *nz;
        nn_record *rec = NULL;
        const char *text = "zeta zeta\n\nA first paragraph of body text "
                           "that is long enough to stand.\n";
        o.profiles = ps;
        nz = nn_normalizer_new(&o, err, sizeof err);
        assert_non_null(nz);
        assert_int_equal(nn_normalize(nz, text, strlen(text), "t", &rec),
                         NN_OK);
        assert_string_equal(rec->source_id, "zeta");
        nn_record_free(rec);
        nn_normalizer_free(nz);
    }
    unlink(path);
    nn_profiles_free(ps);
}

#define T(f) cmocka_unit_test(f)
int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_builtin_round_trip),        T(test_common_rules_round_trip),
        T(test_awkward_values_round_trip), T(test_errors_name_their_line),
        T(test_load_order_and_replace),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
