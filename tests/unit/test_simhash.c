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
        assert_null(nn_dedup_check(x,
                                   (unsigned long long)i << 20 |
                                       (unsigned long long)i * 977ULL << 40,
                                   label));
    }
    assert_int_equal(nn_dedup_count(x), 100);
    for (i = 99; i >= 0; i--) {
        const char *dup =
            nn_dedup_check(x,
                           (unsigned long long)i << 20 |
                               (unsigned long long)i * 977ULL << 40,
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

/* ---- bodies of made-up paragraphs, for the sketch ---------------------- */

static const char *const vocab[] = {
    "ministry",   "talks",   "council",   "percent",   "report",  "officials",
    "regional",   "plan",    "budget",    "election",  "river",   "station",
    "court",      "ruling",  "market",    "prices",    "exports", "energy",
    "deal",       "border",  "minister",  "spokesman", "week",    "month",
    "year",       "city",    "region",    "police",    "school",  "hospital",
    "bank",       "rates",   "inflation", "grain",     "harbour", "strike",
    "union",      "workers", "factory",   "airport",   "flight",  "weather",
    "storm",      "bridge",  "road",      "farmers",   "drought", "vote",
    "parliament", "law",     "tax",       "reform",    "pension", "army",
    "navy",       "treaty",  "summit",    "visit",     "embassy", "visa",
    "trade",      "tariff",  "gas",       "oil"};

/* Paragraph `seed` of n words (the same seed, the same paragraph), a
 * full stop every ten words and at the end. */
static void paragraph_of(nn_buf *b, unsigned seed, int n)
{
    unsigned long long s = seed * 0x9e3779b97f4a7c15ULL + 1;
    int i;
    for (i = 0; i < n; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        nn_buf_puts(b, vocab[(s >> 33) % NN_COUNT(vocab)]);
        nn_buf_puts(b, i == n - 1 ? "." : i % 10 == 9 ? ". " : " ");
    }
}

static void paragraph(nn_buf *b, unsigned seed)
{
    paragraph_of(b, seed, 40);
}

/* A body of n paragraphs, seeds first, first + 1, ...; paragraph k
 * replaced by seed `with` when k == at. */
static void body(nn_buf *b, unsigned first, int n, int at, unsigned with)
{
    int k;
    nn_buf_clear(b);
    for (k = 0; k < n; k++) {
        if (k)
            nn_buf_puts(b, "\n\n");
        paragraph(b, k == at ? with : first + (unsigned)k);
    }
}

static const char *check_text(nn_dedup *x, const nn_buf *b, const char *label)
{
    return nn_dedup_check_text(x, b->ptr, b->len, label);
}

/* The sketch: equal texts agree in every bin, unrelated ones in about
 * 96 / 4; one paragraph of nine replaced, in most. */
static void test_sketch(void **state)
{
    nn_buf a = NN_BUF_INIT, b = NN_BUF_INIT;
    nn_sketch x, y;
    (void)state;
    body(&a, 100, 9, -1, 0);
    assert_int_equal(nn_sketch_text(a.ptr, a.len, &x), sh(a.ptr));
    assert_int_equal(x.nkeys, NN_PARA_KEYS);
    assert_true(x.key[0] < x.key[1] && x.key[1] < x.key[2]);
    body(&b, 100, 9, -1, 0);
    nn_sketch_text(b.ptr, b.len, &y);
    assert_int_equal(nn_sketch_agree(x.bins, y.bins), NN_SKETCH_BINS);
    body(&b, 200, 9, -1, 0);
    nn_sketch_text(b.ptr, b.len, &y);
    assert_true(nn_sketch_agree(x.bins, y.bins) <= 40);
    body(&b, 100, 9, 4, 900);
    nn_sketch_text(b.ptr, b.len, &y);
    assert_true(nn_sketch_agree(x.bins, y.bins) >= 66);
    /* short paragraphs give no key; a text of one word is sketched */
    nn_sketch_text("A caption.\n\nPhoto: the agency", 29, &y);
    assert_int_equal(y.nkeys, 0);
    assert_true(nn_sketch_text("word", 4, &y) != 0);
    nn_buf_free(&a);
    nn_buf_free(&b);
}

/* The planted kinds SimHash misses at distance 3: a paragraph replaced
 * (here 10 bits and more), two and three of twelve replaced; the earliest
 * original is named; distance 0 takes equal signatures only. */
static void test_dedup_paragraph_replaced(void **state)
{
    nn_dedup *x = nn_dedup_new(3), *x0 = nn_dedup_new(0);
    nn_buf a = NN_BUF_INIT, b = NN_BUF_INIT;
    int k;
    (void)state;
    body(&a, 100, 9, -1, 0);
    assert_null(check_text(x, &a, "orig"));
    assert_null(check_text(x0, &a, "orig"));
    body(&b, 100, 9, 3, 555); /* paragraph 4 of 9 is another's */
    assert_true(nn_simhash_distance(sh(a.ptr), sh(b.ptr)) > 3);
    assert_string_equal(check_text(x, &b, "copy"), "orig");
    assert_null(check_text(x0, &b, "copy"));
    /* three of twelve replaced (fewer than NN_PARA_KEYS changed) */
    body(&a, 300, 12, -1, 0);
    assert_null(check_text(x, &a, "long"));
    nn_buf_clear(&b);
    for (k = 0; k < 12; k++) { /* 0, 5 and 11 another's */
        if (k)
            nn_buf_puts(&b, "\n\n");
        paragraph(&b, k == 0 || k == 5 || k == 11 ? 700u + (unsigned)k
                                                  : 300u + (unsigned)k);
    }
    assert_string_equal(check_text(x, &b, "three"), "long");
    /* a dateline before the first paragraph, a footer after the last */
    body(&a, 100, 9, -1, 0);
    nn_buf_clear(&b);
    nn_buf_puts(&b, "BERLIN, March 3 (Reuters) - ");
    nn_buf_put(&b, a.ptr, a.len);
    nn_buf_puts(&b, "\n\nThis article was first published by Daily News Egypt "
                    "and is republished here with permission.");
    assert_string_equal(check_text(x, &b, "wire"), "orig");
    assert_int_equal(nn_dedup_count(x), 2);
    nn_dedup_free(x);
    nn_dedup_free(x0);
    nn_buf_free(&a);
    nn_buf_free(&b);
}

/* Different stories that share boilerplate paragraphs (an outlet's
 * footer, a newsletter plea, of eight words and more: paragraph keys, so
 * the two are compared) are not duplicates: what they share is a third of
 * each, and the sketch says so. */
static void test_dedup_shared_boilerplate(void **state)
{
    static const char footer[] =
        "\n\nSubscribe to our newsletter to receive the day's most important "
        "stories from the region in your inbox every morning."
        "\n\nThis article was first published by Daily News Egypt and is "
        "republished here with permission."
        "\n\nFollow us on social media for breaking news, analysis and "
        "opinion from our reporters across the country.";
    nn_dedup *x = nn_dedup_new(7);
    nn_buf a = NN_BUF_INIT;
    nn_sketch s1, s2;
    unsigned story;
    (void)state;
    for (story = 0; story < 50; story++) {
        char label[16];
        body(&a, 1000 + 10 * story, 2, -1, 0);
        nn_buf_puts(&a, footer);
        snprintf(label, sizeof label, "s%u", story);
        assert_null(check_text(x, &a, label));
        if (story == 0)
            nn_sketch_text(a.ptr, a.len, &s1);
    }
    nn_sketch_text(a.ptr, a.len, &s2);
    /* the footer's paragraphs are keys of both */
    assert_int_equal(s1.nkeys, NN_PARA_KEYS);
    assert_true(s1.key[0] == s2.key[0] || s1.key[1] == s2.key[1] ||
                s1.key[0] == s2.key[1] || s1.key[1] == s2.key[0]);
    assert_int_equal(nn_dedup_count(x), 50);
    nn_dedup_free(x);
    nn_buf_free(&a);
}

/* Memory: for each original 8 bytes of signature, 24 of sketch, 16 of
 * band links and up to 16 of paragraph key links (the arrays grow by half),
 * its label front-coded; 8 MiB of heads.  A million records of four
 * paragraphs each (four keys), with paths for labels, stay below the
 * issue's 100 MB. */
static void test_index_memory(void **state)
{
    nn_dedup *x = nn_dedup_new(3);
    nn_buf b = NN_BUF_INIT;
    char label[64];
    size_t i, m;
    (void)state;
    for (i = 0; i < 1000000; i++) {
        int k;
        nn_buf_clear(&b);
        for (k = 0; k < 4; k++) {
            paragraph_of(&b, (unsigned)(4 * i + (size_t)k), 8);
            nn_buf_puts(&b, "\n\n");
        }
        snprintf(label, sizeof label, "crawl/%03zu/%05zu.txt", i / 1000, i);
        check_text(x, &b, label);
    }
    m = nn_dedup_memory(x);
    assert_true(nn_dedup_count(x) >= 999990); /* random: ~no collisions */
    assert_true(m < 100u * 1000 * 1000);
    print_message("1,000,000 originals: %.1f MB\n", (double)m / 1e6);
    nn_dedup_free(x);
    nn_buf_free(&b);
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
        cmocka_unit_test(test_sketch),
        cmocka_unit_test(test_dedup_paragraph_replaced),
        cmocka_unit_test(test_dedup_shared_boilerplate),
        cmocka_unit_test(test_index_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
