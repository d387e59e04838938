/* test_simhash.c - the body's SimHash (nn_simhash) and the near-duplicate
 * index (nn_dedup). */
#include <stdio.h>

#include "testlib.h"

static const char text[] =
    "The second round of talks between Russian and U.S. diplomats on the "
    "operation of their embassies will take place in Istanbul on Thursday, "
    "Russia's Foreign Ministry said. The talks will focus on visas, "
    "property and the number of staff, and will not touch on Ukraine, a "
    "spokeswoman said on Tuesday. The first round was held in February and "
    "lasted six hours. Both sides called it constructive, but neither gave "
    "details of what had been agreed.";

static unsigned long long sh(const char *s)
{
    return nn_simhash(s, strlen(s));
}

/* Deterministic: the value is part of the record format (goldens). */
static void test_fixed_values(void **state)
{
    (void)state;
    assert_int_equal(sh(""), 0);
    assert_int_equal(sh(" ,.;-- \n"), 0);
    assert_int_equal(sh(text), sh(text));
    /* the value bench/simhash_ref.py (the definition in newsnorm.h, in
     * Python) gives */
    assert_int_equal(sh(text), 0xa18ecd583d004e1cULL);
    /* a text of one or two words is one shingle */
    assert_true(sh("word") != 0);
    assert_true(sh("word") != sh("two words"));
}

/* Words, not bytes: case, punctuation and white space do not count;
 * letters beyond ASCII are words too, lower-cased. */
static void test_word_based(void **state)
{
    (void)state;
    assert_int_equal(sh("Hello, World! It's here."),
                     sh("hello world\n\nit s   here"));
    assert_int_equal(sh("ПРИВЕТ мир Ещё раз"), sh("привет МИР ещё РАЗ"));
    assert_true(sh("привет мир ещё раз") != sh("привет мир ещё два"));
}

/* A small edit moves few bits, an unrelated text about half. */
static void test_near_and_far(void **state)
{
    char edited[sizeof text + 16];
    const char *other =
        "Heavy rain flooded the old town on Sunday night, closing three "
        "bridges and the main railway station, the city council said. "
        "Firefighters pumped water from dozens of cellars and the river is "
        "expected to peak on Tuesday. Schools will stay closed until the "
        "water has gone down, the mayor told reporters at the town hall.";
    char *p;
    (void)state;
    memcpy(edited, text, sizeof text);
    p = strstr(edited, "six hours");
    memcpy(p, "ten", 3); /* "ten hours" */
    /* 3 of 68 shingles differ: 7 bits; the other text: 30 */
    assert_true(nn_simhash_distance(sh(text), sh(edited)) <= 10);
    assert_true(nn_simhash_distance(sh(text), sh(other)) >= 20);
    assert_int_equal(nn_simhash_distance(0, ~0ULL), 64);
    assert_int_equal(nn_simhash_distance(5, 6), 2);
}

/* Every signature within the distance of an indexed one is found
 * (pigeonhole over the bands), one just beyond is not. */
static void test_index_finds_within_distance(void **state)
{
    unsigned d;
    (void)state;
    for (d = 0; d <= 7; d++) {
        nn_dedup *x = nn_dedup_new(d);
        unsigned long long s = 0x9e3779b97f4a7c15ULL;
        int i;
        assert_non_null(x);
        for (i = 0; i < 2000; i++) {
            unsigned long long a, b;
            unsigned k;
            char label[16];
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            a = s;
            snprintf(label, sizeof label, "r%d", i);
            assert_null(nn_dedup_check(x, a, label));
            /* flip exactly d bits, then d + 1 */
            b = a;
            for (k = 0; k < d; k++)
                b ^= 1ULL << ((k * 23 + (unsigned)i) % 64);
            if (nn_simhash_distance(a, b) == (int)d) {
                const char *dup = nn_dedup_check(x, b, "dup");
                assert_non_null(dup);
                assert_string_equal(dup, label);
            }
        }
        nn_dedup_free(x);
    }
    assert_null(nn_dedup_new(8));
}

/* The earliest record within the distance is named; duplicates are not
 * indexed themselves; labels come back whole across the front coding's
 * blocks. */
static void test_index_labels(void **state)
{
    nn_dedup *x = nn_dedup_new(3);
    char label[64];
    int i;
    (void)state;
    for (i = 0; i < 100; i++) {
        snprintf(label, sizeof label, "corpus/%03d/%05d.txt", i / 10, i);
        assert_null(nn_dedup_check(x, (unsigned long long)i << 20 |
                                          (unsigned long long)i * 977ULL << 40,
                                   label));
    }
    assert_int_equal(nn_dedup_count(x), 100);
    for (i = 99; i >= 0; i--) {
        const char *dup = nn_dedup_check(
            x, (unsigned long long)i << 20 | (unsigned long long)i * 977ULL << 40,
            "again");
        snprintf(label, sizeof label, "corpus/%03d/%05d.txt", i / 10, i);
        assert_non_null(dup);
        assert_string_equal(dup, label);
    }
    assert_int_equal(nn_dedup_count(x), 100);
    /* two originals within reach: the earlier is named */
    assert_null(nn_dedup_check(x, 0xF000000000000000ULL, "first"));
    assert_null(nn_dedup_check(x, 0xFF00000000000000ULL, "second"));
    assert_string_equal(nn_dedup_check(x, 0xF800000000000000ULL, "third"),
                        "first");
    nn_dedup_free(x);
}

/* Records: the label is the id, else the input; a body without words is
 * never a duplicate. */
static void test_dedup_record(void **state)
{
    nn_dedup *x = nn_dedup_new(3);
    nn_record *a, *b, *c, *e1, *e2;
    (void)state;
    a = tl_normalize("Embassy talks\n\nThe second round of talks will take "
                     "place in Istanbul on Thursday, the ministry said.\n",
                     0, NULL);
    b = tl_normalize("Talks in Istanbul\n\nThe second round of talks will "
                     "take place in Istanbul on Thursday, the ministry "
                     "said.\n",
                     0, NULL);
    c = tl_normalize("Embassy talks\n\nThe second round of talks will take "
                     "place in Istanbul on Thursday, the ministry said.\n",
                     0, NULL);
    a->id = nn_xstrdup("story-1");
    assert_int_equal(nn_dedup_record(x, a), 0);
    assert_null(a->duplicate_of);
    assert_int_equal(nn_dedup_record(x, b), 1); /* same body, new title */
    assert_string_equal(b->duplicate_of, "story-1");
    assert_int_equal(nn_dedup_record(x, c), 1);
    assert_string_equal(c->duplicate_of, "story-1");
    e1 = nn_record_new();
    e2 = nn_record_new();
    e1->input = nn_xstrdup("e1");
    e2->input = nn_xstrdup("e2");
    nn_record_finish(e1);
    nn_record_finish(e2);
    assert_string_equal(e1->simhash, "0000000000000000");
    assert_int_equal(nn_dedup_record(x, e1), 0);
    assert_int_equal(nn_dedup_record(x, e2), 0);
    assert_int_equal(nn_dedup_count(x), 1);
    nn_record_free(a);
    nn_record_free(b);
    nn_record_free(c);
    nn_record_free(e1);
    nn_record_free(e2);
    nn_dedup_free(x);
}

/* Memory: 8 bytes of signature and 16 of chain links an original (the
 * arrays double), its label front-coded, 1 MiB of heads.  A million
 * records with paths for labels stay far below 100 MB. */
static void test_index_memory(void **state)
{
    nn_dedup *x = nn_dedup_new(3);
    unsigned long long s = 1;
    char label[64];
    size_t i, m;
    (void)state;
    for (i = 0; i < 1000000; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        snprintf(label, sizeof label, "crawl/%03zu/%05zu.txt", i / 1000, i);
        nn_dedup_check(x, s, label);
    }
    m = nn_dedup_memory(x);
    assert_true(nn_dedup_count(x) >= 999990); /* random: ~no collisions */
    assert_true(m < 60u << 20);
    print_message("1,000,000 originals: %.1f MB\n", (double)m / 1e6);
    nn_dedup_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_values),
        cmocka_unit_test(test_word_based),
        cmocka_unit_test(test_near_and_far),
        cmocka_unit_test(test_index_finds_within_distance),
        cmocka_unit_test(test_index_labels),
        cmocka_unit_test(test_dedup_record),
        cmocka_unit_test(test_index_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
