/* test_unicode.c - per-line Unicode clean-up: nn_unicode_clean and the NFC
 * quick check nn_nfc_stable that lets it skip utf8proc on most lines.
 *
 * The quick check is verified exhaustively against utf8proc: a code point
 * it calls stable must be its own NFC, alone and after a set of starters
 * (Latin, Greek, Cyrillic, Hangul L and LV/LVT syllables, and the Tamil,
 * Sinhala and Myanmar letters that compose with a following starter).
 * A property test then checks that the fast path equals full NFC on random
 * mixed-script lines. */
#include "testlib.h"

#include <stdio.h>
#include <time.h>
#include <utf8proc.h>

/* Clean one line (NUL-terminated) and compare with `want`. */
static void expect_clean(const char *in, unsigned flags, const char *want)
{
    nn_buf out = NN_BUF_INIT;
    nn_unicode_clean(in, strlen(in), flags, &out);
    assert_string_equal(out.ptr, want);
    assert_int_equal(out.len, strlen(want));
    nn_buf_free(&out);
}

/* utf8proc NFC of s (n bytes) into a malloc'd string; *outn its length. */
static char *nfc(const char *s, size_t n, size_t *outn)
{
    utf8proc_uint8_t *res = NULL;
    utf8proc_ssize_t m =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &res,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    assert_true(m >= 0);
    *outn = (size_t)m;
    return (char *)res;
}

static size_t put_cp(char *p, int32_t cp)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)p);
}

static int is_surrogate(int32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

/* ---- spaces --------------------------------------------------------- */

static void test_unicode_spaces_become_space(void **state)
{
    (void)state;
    /* NBSP, THIN SPACE, IDEOGRAPHIC SPACE, EN SPACE, NARROW NBSP */
    expect_clean("a\xC2\xA0"
                 "b\xE2\x80\x89"
                 "c\xE3\x80\x80"
                 "d"
                 "\xE2\x80\x82"
                 "e\xE2\x80\xAF"
                 "f",
                 0, "a b c d e f");
}

static void test_space_runs_collapse(void **state)
{
    (void)state;
    expect_clean("one   two \xC2\xA0 \xE2\x80\x89three", 0, "one two three");
}

static void test_line_trimmed(void **state)
{
    (void)state;
    expect_clean("   \xC2\xA0 padded line \xE3\x80\x80  ", 0, "padded line");
    expect_clean(" \t ", 0, "");
    expect_clean("", 0, "");
}

static void test_tab_becomes_space(void **state)
{
    /* a tab separates words: it must not glue them */
    (void)state;
    expect_clean("col1\tcol2\t\tcol3", 0, "col1 col2 col3");
}

static void test_ascii_controls_removed(void **state)
{
    (void)state;
    expect_clean("be\x07l\x01l", 0, "bell");
}

/* ---- invisible characters ------------------------------------------ */

static void test_zero_width_and_format_removed(void **state)
{
    (void)state;
    /* ZWSP, ZWJ, ZWNJ, soft hyphen, BOM in text, word joiner */
    expect_clean("zero\xE2\x80\x8Bwidth", 0, "zerowidth");
    expect_clean("jo\xE2\x80\x8Din", 0, "join");
    expect_clean("no\xE2\x80\x8Cn", 0, "non");
    expect_clean("hy\xC2\xADphen", 0, "hyphen");
    expect_clean("\xEF\xBB\xBFstart", 0, "start");
    expect_clean("wo\xE2\x81\xA0rd", 0, "word");
}

static void test_c1_controls_removed(void **state)
{
    (void)state;
    expect_clean("a\xC2\x80"
                 "b\xC2\x85"
                 "c\xC2\x9D"
                 "d\xC2\x9F"
                 "e",
                 0, "abcde");
}

static void test_removed_char_between_spaces(void **state)
{
    (void)state;
    expect_clean("a \xE2\x80\x8B b", 0, "a b");
    expect_clean("\xE2\x80\x8B lead", 0, "lead");
}

/* ---- NFC ------------------------------------------------------------- */

static void test_nfd_latin_composed(void **state)
{
    (void)state;
    expect_clean("Tu\xCC\x88rkiye", 0, "T\xC3\xBCrkiye"); /* Türkiye */
    expect_clean("Sa\xCC\x83o Paulo", 0, "S\xC3\xA3o Paulo");
}

static void test_nfd_cyrillic_composed(void **state)
{
    (void)state;
    /* И + COMBINING BREVE -> Й */
    expect_clean("\xD0\x98\xCC\x86", 0, "\xD0\x99");
    expect_clean("\xD0\xB8\xCC\x86"
                 "ога",
                 0,
                 "\xD0\xB9"
                 "ога"); /* йога */
}

static void test_nfd_hangul_composed(void **state)
{
    (void)state;
    /* U+1112 U+1161 U+11AB -> 한 (U+D55C) */
    expect_clean("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", 0, "\xED\x95\x9C");
}

static void test_nfc_after_removed_invisible(void **state)
{
    /* the soft hyphen goes first, then e + U+0301 compose */
    (void)state;
    expect_clean("cafe\xC2\xAD\xCC\x81", 0, "caf\xC3\xA9");
}

static void test_singleton_decomposition(void **state)
{
    /* U+212B ANGSTROM SIGN -> U+00C5, U+2126 OHM SIGN -> U+03A9 */
    (void)state;
    expect_clean("\xE2\x84\xAB \xE2\x84\xA6", 0, "\xC3\x85 \xCE\xA9");
}

static void test_clean_appends_and_trims_from_start(void **state)
{
    /* the cleaned line is appended; leading space is judged from where
     * this line starts, and the NFC pass must not touch earlier text */
    nn_buf out = NN_BUF_INIT;
    static const char l1[] = "  Tu\xCC\x88rkiye ";
    static const char l2[] = " a\xCC\x81 ";
    (void)state;
    nn_buf_puts(&out, "X");
    nn_unicode_clean(l1, sizeof l1 - 1, 0, &out);
    assert_string_equal(out.ptr, "XT\xC3\xBCrkiye");
    nn_buf_puts(&out, "|");
    nn_unicode_clean(l2, sizeof l2 - 1, 0, &out);
    assert_string_equal(out.ptr, "XT\xC3\xBCrkiye|\xC3\xA1");
    nn_buf_free(&out);
}

/* ---- --ascii ---------------------------------------------------------- */

static void test_ascii_folds_typography(void **state)
{
    (void)state;
    expect_clean("‘a’ “b” «c» d–e f—g h…", NN_OPT_ASCII,
                 "'a' \"b\" \"c\" d-e f--g h...");
}

static void test_ascii_keeps_letters(void **state)
{
    (void)state;
    expect_clean("Türkiye café “Привет”", NN_OPT_ASCII,
                 "Türkiye café \"Привет\"");
    /* NFD input: composed, not stripped of its accent */
    expect_clean("Tu\xCC\x88rkiye — e\xCC\x81", NN_OPT_ASCII,
                 "T\xC3\xBCrkiye -- \xC3\xA9");
}

static void test_no_ascii_keeps_typography(void **state)
{
    (void)state;
    expect_clean("‘a’ “b” «c» d–e f—g h…", 0, "‘a’ “b” «c» d–e f—g h…");
}

/* ---- nn_nfc_stable: exhaustive against utf8proc ---------------------- */

static void test_nfc_stable_sanity(void **state)
{
    (void)state;
    assert_true(nn_nfc_stable('A'));
    assert_true(nn_nfc_stable(0xE9));    /* é */
    assert_true(nn_nfc_stable(0x4E2D));  /* 中 */
    assert_false(nn_nfc_stable(0x0301)); /* combining acute */
    assert_false(nn_nfc_stable(0x0306)); /* combining breve */
    assert_false(nn_nfc_stable(0x1161)); /* Hangul vowel jamo */
    assert_false(nn_nfc_stable(0x11A8)); /* Hangul trailing jamo */
    assert_false(nn_nfc_stable(0x212B)); /* Angstrom sign (singleton) */
    assert_false(nn_nfc_stable(0x0BBE)); /* Tamil AA sign, composes */
    assert_false(nn_nfc_stable(0x110000));
}

static void test_nfc_stable_alone_exhaustive(void **state)
{
    int32_t cp;
    size_t stable = 0, bad = 0;
    (void)state;
    for (cp = 0; cp <= 0x10FFFF; cp++) {
        char in[4];
        size_t n, m;
        char *res;
        if (is_surrogate(cp) || !nn_nfc_stable(cp))
            continue;
        stable++;
        n = put_cp(in, cp);
        res = nfc(in, n, &m);
        if (m != n || memcmp(res, in, n)) {
            if (bad++ < 10)
                print_error("U+%04X is called stable but NFC changes it\n",
                            (unsigned)cp);
        }
        free(res);
    }
    assert_int_equal(bad, 0);
    /* nearly every code point is stable; a table saying "none" or "all"
     * would be broken in another way */
    assert_true(stable > 1000000);
}

static const int32_t special_starters[] = {
    0x0B92, 0x0BC6, 0x0DD9, 0x1025, /* compose with a following starter */
    0x0CBF, 0x0CC6, 0x0D46, 0x0D47, 0x1B05, 0x0DDC,
};

/* The starter set of the pair test. */
static size_t starters(int32_t *out, size_t cap)
{
    size_t n = 0, i;
    int32_t cp;
    for (cp = 0x41; cp <= 0x7A; cp++)
        out[n++] = cp;
    for (cp = 0x391; cp <= 0x3C9; cp++)
        if (cp != 0x3A2) /* unassigned */
            out[n++] = cp;
    for (cp = 0x410; cp <= 0x44F; cp++)
        out[n++] = cp;
    for (cp = 0x1100; cp <= 0x1112; cp++)
        out[n++] = cp;
    for (cp = 0xAC00; cp <= 0xD7A3; cp += 28) /* LV syllables */
        out[n++] = cp;
    out[n++] = 0xAC01; /* LVT syllables */
    out[n++] = 0xD7A3;
    for (i = 0; i < NN_COUNT(special_starters); i++)
        out[n++] = special_starters[i];
    assert_true(n <= cap);
    return n;
}

/* Check the pairs (s, x) one by one; returns how many NFC changes. */
static size_t pairs_one_by_one(int32_t s, const int32_t *xs, size_t nx)
{
    size_t i, bad = 0;
    for (i = 0; i < nx; i++) {
        char in[8];
        size_t n = put_cp(in, s), m;
        char *res;
        n += put_cp(in + n, xs[i]);
        res = nfc(in, n, &m);
        if (m != n || memcmp(res, in, n)) {
            if (bad < 10)
                print_error("U+%04X U+%04X: NFC changes a 'stable' pair\n",
                            (unsigned)s, (unsigned)xs[i]);
            bad++;
        }
        free(res);
    }
    return bad;
}

/* NFC of "s x1 s x2 s x3 ..." in one call: every code point in it is
 * stable, so NFC must give it back unchanged.  On a difference, find the
 * pairs one by one. */
static size_t pairs_batch(int32_t s, const int32_t *xs, size_t nx)
{
    char *buf = malloc(nx * 8 + 8);
    size_t i, n = 0, m, bad = 0;
    char *res;
    assert_non_null(buf);
    for (i = 0; i < nx; i++) {
        n += put_cp(buf + n, s);
        n += put_cp(buf + n, xs[i]);
    }
    res = nfc(buf, n, &m);
    if (m != n || memcmp(res, buf, n)) {
        bad = pairs_one_by_one(s, xs, nx);
        if (!bad) {
            /* no (s, x) pair changes: then an (x, s) pair or a longer
             * run did, which is as wrong (every code point is stable) */
            print_error("NFC changes a run of 'stable' code points after "
                        "U+%04X (U+%04X..U+%04X)\n",
                        (unsigned)s, (unsigned)xs[0], (unsigned)xs[nx - 1]);
            bad = 1;
        }
    }
    free(res);
    free(buf);
    return bad;
}

static void test_nfc_stable_after_starters(void **state)
{
    int32_t st[1024], *stable = malloc(0x20000 * sizeof *stable);
    size_t nst, nstable = 0, i, bad = 0, chunk = 4096;
    int32_t cp;
    clock_t t0 = clock();
    (void)state;
    assert_non_null(stable);
    nst = starters(st, NN_COUNT(st));
    for (i = 0; i < nst; i++)
        assert_true(nn_nfc_stable(st[i])); /* the premise of the test */
    for (cp = 0; cp < 0x20000; cp++)
        if (!is_surrogate(cp) && cp != 0 && nn_nfc_stable(cp))
            stable[nstable++] = cp;
    /* Every starter against every stable code point below U+20000; the
     * pairs are checked in batches, so this is about 160 M code points of
     * NFC.  Should it get too slow on some machine, the sampled variant
     * below (each code point with one rotating starter) still runs. */
    for (i = 0; i < nst; i++) {
        size_t k;
        for (k = 0; k < nstable; k += chunk)
            bad += pairs_batch(st[i], stable + k,
                               nstable - k < chunk ? nstable - k : chunk);
        if ((double)(clock() - t0) / CLOCKS_PER_SEC > 8.0) {
            print_message("pair test: time budget reached after %zu of %zu "
                          "starters; sampling the rest\n",
                          i + 1, nst);
            break;
        }
    }
    /* every stable code point with at least one starter (rotating) */
    for (i = 0; i < nstable; i++)
        bad += pairs_one_by_one(st[(size_t)stable[i] % nst], stable + i, 1);
    free(stable);
    assert_int_equal(bad, 0);
}

static void test_hangul_t_base_bug(void **state)
{
    /* BUG (fixed in 704770a; kept as a regression test):
     * nn_nfc_stable(U+11A7) is 1, but the utf8proc the library links (and
     * nn_nfc_full uses) composes an LV syllable with U+11A7 by deleting the
     * U+11A7 ("\uAC00\u11A7" -> "\uAC00"; Unicode says U+11A7 does not
     * compose, utf8proc does not check TIndex > 0).  So the fast path and the
     * NFC path disagree, and two canonically equivalent lines clean
     * differently: "\uAC00\u11A7 \u00E9" keeps U+11A7 (all stable: fast path)
     * while "\uAC00\u11A7 e\u0301" loses it (NFC path).  gen_nfcqc.c should
     * mark U+11A7 unstable (or the NFC path should keep it); either way the
     * two results must agree. */
    static const char composed[] = "\xEA\xB0\x80\xE1\x86\xA7 \xC3\xA9";
    static const char decomposed[] = "\xEA\xB0\x80\xE1\x86\xA7 e\xCC\x81";
    nn_buf a = NN_BUF_INIT, b = NN_BUF_INIT;
    (void)state;
    nn_unicode_clean(composed, sizeof composed - 1, 0, &a);
    nn_unicode_clean(decomposed, sizeof decomposed - 1, 0, &b);
    assert_string_equal(a.ptr, b.ptr);
    nn_buf_free(&a);
    nn_buf_free(&b);
}

/* ---- property: the fast path equals full NFC -------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint32_t rnd(uint32_t n)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

static int32_t random_cp(void)
{
    static const struct {
        int32_t lo, hi;
    } pools[] = {
        {0x20, 0x7E},     /* ASCII */
        {0xA0, 0xFF},     /* Latin-1 (NBSP, soft hyphen included) */
        {0x300, 0x36F},   /* combining marks */
        {0x1100, 0x1112}, /* Hangul leading jamo */
        {0x1161, 0x1175}, /* Hangul vowel jamo */
        {0x11A8, 0x11C2}, /* Hangul trailing jamo */
        {0xAC00, 0xD7A3}, /* Hangul syllables */
        {0x400, 0x4FF},   /* Cyrillic */
        {0xB80, 0xBFF},   /* Tamil */
        {0x4E00, 0x9FFF}, /* CJK */
        {0x1E00, 0x1EFF}, /* Latin extended additional (precomposed) */
        {0x2000, 0x206F}, /* general punctuation: spaces, ZW*, quotes */
    };
    size_t p = rnd(NN_COUNT(pools));
    int32_t cp =
        pools[p].lo + (int32_t)rnd((uint32_t)(pools[p].hi - pools[p].lo + 1));
    return cp;
}

static void test_fast_path_equals_full_nfc(void **state)
{
    int iter;
    size_t unstable_lines = 0, stable_lines = 0;
    (void)state;
    for (iter = 0; iter < 40000; iter++) {
        char in[40 * 4 + 1];
        size_t n = 0, len = 1 + rnd(40), k, m;
        nn_buf out = NN_BUF_INIT;
        char *ref;
        int unstable = 0;
        for (k = 0; k < len; k++) {
            int32_t cp = random_cp();
            if (!nn_nfc_stable(cp))
                unstable = 1;
            n += put_cp(in + n, cp);
        }
        in[n] = '\0';
        if (unstable)
            unstable_lines++;
        else
            stable_lines++;
        nn_unicode_clean(in, n, 0, &out);
        ref = nfc(out.ptr, out.len, &m);
        if (m != out.len || memcmp(ref, out.ptr, m)) {
            size_t j;
            print_error("iteration %d: cleaned text is not NFC; input:", iter);
            for (j = 0; j < n; j++)
                print_error(" %02X", (unsigned char)in[j]);
            print_error("\n");
            fail();
        }
        free(ref);
        /* the same with --ascii folding: still NFC */
        nn_buf_clear(&out);
        nn_unicode_clean(in, n, NN_OPT_ASCII, &out);
        ref = nfc(out.ptr, out.len, &m);
        assert_int_equal(m, out.len);
        assert_memory_equal(ref, out.ptr, m);
        free(ref);
        nn_buf_free(&out);
    }
    /* both paths were exercised */
    assert_true(stable_lines > 1000);
    assert_true(unstable_lines > 1000);
}

static void test_clean_equals_nfc_of_plain_text(void **state)
{
    /* for text with no spaces or invisible characters to clean, the
     * result is exactly utf8proc's NFC of the input */
    int iter;
    (void)state;
    for (iter = 0; iter < 20000; iter++) {
        char in[24 * 4 + 1];
        size_t n = 0, len = 1 + rnd(24), k, m;
        nn_buf out = NN_BUF_INIT;
        char *ref;
        for (k = 0; k < len; k++) {
            int32_t cp;
            do {
                cp = random_cp();
            } while (cp < 0x21 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) ||
                     cp == 0xAD || (cp >= 0x2000 && cp <= 0x206F));
            n += put_cp(in + n, cp);
        }
        in[n] = '\0';
        nn_unicode_clean(in, n, 0, &out);
        ref = nfc(in, n, &m);
        assert_int_equal(out.len, m);
        assert_memory_equal(out.ptr, ref, m);
        free(ref);
        nn_buf_free(&out);
    }
}

/* The white-space rule for ASCII, one byte at a time: a run of white
 * space (space, \t..\r) between two kept characters becomes one space,
 * none is kept at the ends, other controls and DEL go. */
static size_t model_ascii(const char *in, size_t n, char *out)
{
    size_t i, o = 0;
    int space = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            space = 1;
        } else if (c >= 0x21 && c < 0x7F) {
            if (space && o > 0)
                out[o++] = ' ';
            space = 0;
            out[o++] = (char)c;
        }
    }
    return o;
}

static void test_ascii_fast_path_equals_model(void **state)
{
    /* prose is copied eight bytes at a time when a block holds printable
     * characters and single spaces only; lines mixing words, single and
     * double spaces, tabs and controls at every offset must come out as
     * the byte-at-a-time rule says */
    static const char pick[] = "abcdefghij  \t\n\x01\x7f.,";
    int iter;
    (void)state;
    for (iter = 0; iter < 50000; iter++) {
        char in[80], want[80];
        size_t len = rnd(80), k, m;
        unsigned sparse = 1 + rnd(8); /* mostly letters, now and then not */
        nn_buf out = NN_BUF_INIT;
        for (k = 0; k < len; k++)
            in[k] = rnd(sparse) ? (char)('a' + rnd(26))
                                : pick[rnd(sizeof pick - 1)];
        m = model_ascii(in, len, want);
        nn_buf_puts(&out, "x"); /* appended after earlier text */
        nn_unicode_clean(in, len, 0, &out);
        assert_int_equal(out.len, 1 + m);
        assert_memory_equal(out.ptr + 1, want, m);
        assert_int_equal(out.ptr[out.len], '\0');
        nn_buf_free(&out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unicode_spaces_become_space),
        cmocka_unit_test(test_space_runs_collapse),
        cmocka_unit_test(test_line_trimmed),
        cmocka_unit_test(test_tab_becomes_space),
        cmocka_unit_test(test_ascii_controls_removed),
        cmocka_unit_test(test_zero_width_and_format_removed),
        cmocka_unit_test(test_c1_controls_removed),
        cmocka_unit_test(test_removed_char_between_spaces),
        cmocka_unit_test(test_nfd_latin_composed),
        cmocka_unit_test(test_nfd_cyrillic_composed),
        cmocka_unit_test(test_nfd_hangul_composed),
        cmocka_unit_test(test_nfc_after_removed_invisible),
        cmocka_unit_test(test_singleton_decomposition),
        cmocka_unit_test(test_clean_appends_and_trims_from_start),
        cmocka_unit_test(test_ascii_folds_typography),
        cmocka_unit_test(test_ascii_keeps_letters),
        cmocka_unit_test(test_no_ascii_keeps_typography),
        cmocka_unit_test(test_nfc_stable_sanity),
        cmocka_unit_test(test_nfc_stable_alone_exhaustive),
        cmocka_unit_test(test_nfc_stable_after_starters),
        cmocka_unit_test(test_hangul_t_base_bug),
        cmocka_unit_test(test_fast_path_equals_full_nfc),
        cmocka_unit_test(test_clean_equals_nfc_of_plain_text),
        cmocka_unit_test(test_ascii_fast_path_equals_model),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
