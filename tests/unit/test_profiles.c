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

static void same_profile(const nn_profile *a, const nn_profile *b)
{
    size_t i;
    int k;
    same_str(a->id, b->id);
    same_str(a->source, b->source);
    same_str(a->title_suffix, b->title_suffix);
    same_str(a->url_cut, b->url_cut);
    assert_int_equal(a->threshold, b->threshold);
    assert_int_equal(a->plain, b->plain);
    assert_int_equal(a->fallback, b->fallback);
    assert_int_equal(a->nsignals, b->nsignals);
    for (i = 0; i < a->nsignals; i++) {
        same_str(a->signals[i].pattern, b->signals[i].pattern);
        same_str(a->signals[i].need, b->signals[i].need);
        assert_int_equal(a->signals[i].weight, b->signals[i].weight);
    }
    assert_int_equal(a->nurlids, b->nurlids);
    for (i = 0; i < a->nurlids; i++) {
        same_str(a->urlids[i].pattern, b->urlids[i].pattern);
        same_str(a->urlids[i].key, b->urlids[i].key);
    }
    assert_int_equal(a->nrules, b->nrules);
    for (i = 0; i < a->nrules; i++) {
        const nn_rule *r = &a->rules[i], *s = &b->rules[i];
        same_str(r->name, s->name);
        same_str(r->pattern, s->pattern);
        same_str(r->until, s->until);
        same_str(r->need, s->need);
        assert_int_equal(r->act, s->act);
        assert_int_equal(r->when, s->when);
        assert_int_equal(r->span, s->span);
        assert_int_equal(r->line, s->line);
        for (k = 0; k < NN_MAX_GROUPS; k++) {
            assert_int_equal(r->fields[k], s->fields[k]);
            same_str(r->keys[k], s->keys[k]);
        }
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
