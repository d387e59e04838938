/* test_paragraph.c - body lines to paragraphs: nn_paragraphs and
 * nn_ends_sentence.
 *
 * A test builds the body lines as an array of strings; a NULL entry stands
 * for a gap (a blank or removed line) before the next line. */
#include "testlib.h"

#define GAP NULL

/* Assemble `n` entries (strings or GAP) and compare with `want`. */
static void expect_paras(const char *const *in, size_t n, const char *want)
{
    nn_pline pl[32];
    size_t i, k = 0;
    int gap = 0;
    nn_buf out = NN_BUF_INIT;

    assert_true(n <= NN_COUNT(pl));
    for (i = 0; i < n; i++) {
        if (!in[i]) {
            gap = k > 0;
            continue;
        }
        pl[k].s = in[i];
        pl[k].len = strlen(in[i]);
        pl[k].gap = gap;
        pl[k].hard = 0;
        gap = 0;
        k++;
    }
    nn_paragraphs(pl, k, &out);
    assert_string_equal(out.ptr, want);
    nn_buf_free(&out);
}

#define PARAS(want, ...)                                                       \
    do {                                                                       \
        static const char *const in_[] = {__VA_ARGS__};                        \
        expect_paras(in_, NN_COUNT(in_), (want));                              \
    } while (0)

/* One nn_pline from a string literal. */
#define PL(lit, gap)                                                           \
    {                                                                          \
        (lit), sizeof(lit) - 1, (gap), 0                                       \
    }
#define HARD(lit)                                                              \
    {                                                                          \
        (lit), sizeof(lit) - 1, 0, 1                                           \
    }

static int ends(const char *s)
{
    return nn_ends_sentence(s, strlen(s));
}

/* ---- joins across a gap --------------------------------------------- */

static void test_gap_mid_sentence_joined(void **state)
{
    (void)state;
    PARAS("Both sides agreed to restore the operations of their diplomatic "
          "missions in Moscow and Washington.",
          "Both sides agreed to restore the operations of", GAP,
          "their diplomatic missions in Moscow and Washington.");
}

static void test_gap_of_several_lines_joined_once(void **state)
{
    (void)state;
    PARAS("a page break in the middle of a sentence.",
          "a page break in the middle", GAP, GAP, GAP, "of a sentence.");
}

static void test_gap_after_full_stop_not_joined(void **state)
{
    (void)state;
    PARAS("The talks ended on Friday.\n\nnegotiators will meet again.",
          "The talks ended on Friday.", GAP, "negotiators will meet again.");
}

static void test_gap_before_upper_case_not_joined(void **state)
{
    (void)state;
    PARAS("Key findings of the survey\n\nThe report says prices rose.",
          "Key findings of the survey", GAP, "The report says prices rose.");
}

static void test_gap_before_digit_not_joined(void **state)
{
    (void)state;
    PARAS("Results by region\n\n71% of respondents agreed.",
          "Results by region", GAP, "71% of respondents agreed.");
}

/* ---- line-per-paragraph text ---------------------------------------- */

static void test_line_per_paragraph_kept(void **state)
{
    (void)state;
    PARAS("First paragraph ends here.\n\nSecond one, too!\n\n"
          "Is this the third?\n\nAbout the company\n\n"
          "The company was founded in 2011.",
          "First paragraph ends here.", "Second one, too!",
          "Is this the third?", "About the company",
          "The company was founded in 2011.");
}

static void test_line_per_paragraph_lower_continuation(void **state)
{
    /* not wrapped text, but a line ending mid-sentence followed by a line
     * starting in lower case is one paragraph */
    (void)state;
    PARAS("One.\n\nThe ministry said that the talks would resume next "
          "week.\n\nThree.\n\nFour.",
          "One.", "The ministry said that the talks", "would resume next week.",
          "Three.", "Four.");
}

/* ---- hard-wrapped text ------------------------------------------------- */

static void test_hard_wrapped_joined(void **state)
{
    (void)state;
    PARAS("The ministry said on Tuesday that it would not renew the "
          "agreement, which expired in March.\n\n"
          "Officials in Ankara declined to comment on the decision, "
          "according to Reuters.",
          "The ministry said on Tuesday that it",
          "would not renew the agreement, which", "expired in March.", GAP,
          "Officials in Ankara declined to comment",
          "on the decision, according to", "Reuters.");
}

static void test_hard_wrapped_upper_case_continuation(void **state)
{
    /* wrapped lines join even when the next line starts with a name */
    (void)state;
    PARAS("Talks between officials from Russia and the United States took "
          "place in Istanbul on Thursday.",
          "Talks between officials from Russia and",
          "the United States took place in", "Istanbul on Thursday.");
}

static void test_hard_wrapped_gap_mid_sentence(void **state)
{
    /* a page break inside a wrapped paragraph */
    (void)state;
    PARAS("Exports fell by a third in the first quarter as buyers in "
          "several markets delayed their orders.",
          "Exports fell by a third in the first", "quarter as buyers in", GAP,
          "several markets delayed", "their orders.");
}

/* ---- hyphenation ------------------------------------------------------- */

static void test_hyphenated_word_mended(void **state)
{
    (void)state;
    PARAS("The negotiations resumed.", "The negotia-", GAP, "tions resumed.");
    PARAS("They resumed negotiations on Friday.", "They resumed negotia-", GAP,
          "tions on Friday.");
}

static void test_hyphen_kept_in_compound(void **state)
{
    /* BUG (fixed in 704770a; kept as a regression test): the hyphen of a
     * compound is kept, as documented, but join() then adds a space after it:
     * "tit-for- tat", "well- known".  A line break after a real hyphen is not
     * a space: the result must be "tit-for-tat" and "well-known". */
    (void)state;
    PARAS("a policy of tit-for-tat retaliation.", "a policy of tit-for-", GAP,
          "tat retaliation.");
    PARAS("a well-known analyst said.", "a well-", GAP, "known analyst said.");
}

static void test_hyphen_kept_not_mended(void **state)
{
    /* the part of the test above that holds today: the hyphen stays */
    nn_pline pl[2] = {PL("a policy of tit-for-", 0), PL("tat retaliation.", 1)};
    nn_pline pw[2] = {PL("a well-", 0), PL("known analyst said.", 1)};
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_paragraphs(pl, 2, &out);
    assert_non_null(strstr(out.ptr, "tit-for-"));
    assert_null(strstr(out.ptr, "titfor"));
    assert_null(strstr(out.ptr, "-fortat"));
    assert_null(strchr(out.ptr, '\n'));
    nn_buf_clear(&out);
    nn_paragraphs(pw, 2, &out);
    assert_non_null(strstr(out.ptr, "well-"));
    assert_null(strstr(out.ptr, "wellknown"));
    assert_null(strchr(out.ptr, '\n'));
    nn_buf_free(&out);
}

static void test_dash_at_line_end_not_mended(void **state)
{
    /* a line ending in a spaced dash is not a hyphenated word */
    (void)state;
    PARAS("He paused - and left.", "He paused -", GAP, "and left.");
}

static void test_double_hyphen_dash_at_line_end(void **state)
{
    /* BUG (introduced by the compound-hyphen fix in 704770a, fixed since; a regression test): "--" used as
     * a dash ("(GLOBE NEWSWIRE) --", "months --") at the end of a line is
     * glued to the next line's first word: "months --was signed".  join()
     * omits the space after any '-' not preceded by a space; a dash made
     * of two hyphens is preceded by a hyphen.  Only a hyphen that ends a
     * word part ("tit-for-", "well-") continues without a space. */
    (void)state;
    PARAS("The deal -- which took months -- was signed on Friday.",
          "The deal -- which took months --", GAP, "was signed on Friday.");
}

/* ---- lines that must not be continued ------------------------------- */

static void test_email_line_not_joined(void **state)
{
    (void)state;
    PARAS("For more information, contact\n\npress@example.com",
          "For more information, contact", GAP, "press@example.com");
}

static void test_url_line_not_joined(void **state)
{
    (void)state;
    PARAS("The full report is available at\n\nwww.example.com/report",
          "The full report is available at", GAP, "www.example.com/report");
    PARAS("Read the statement here\n\nhttps://example.com/statement",
          "Read the statement here", GAP, "https://example.com/statement");
}

/* ---- nn_ends_sentence -------------------------------------------------- */

static void test_ends_sentence_punctuation(void **state)
{
    (void)state;
    assert_true(ends("He left."));
    assert_true(ends("Did he?"));
    assert_true(ends("He did!"));
    assert_true(ends("Key findings include:"));
    assert_true(ends("up from 46% in 2022;"));
    assert_true(ends("and then\xE2\x80\xA6")); /* … */
    assert_false(ends("the operations of"));
    assert_false(ends("which,"));
    assert_false(ends("negotia-"));
    assert_false(ends("in 2025"));
}

static void test_ends_sentence_closing_quotes(void **state)
{
    (void)state;
    assert_true(ends("he said.\""));
    assert_true(ends("he said.'"));
    assert_true(ends("he said.\xE2\x80\x9D")); /* ” */
    assert_true(ends("he said.\xE2\x80\x99")); /* ’ */
    assert_true(ends("il a dit.\xC2\xBB"));    /* » */
    assert_true(ends("(see below.)"));
    assert_true(ends("he asked?\xE2\x80\x9D)")); /* ?”) */
    assert_false(ends("the so-called \xE2\x80\x9Cgrain deal\xE2\x80\x9D"));
    assert_false(ends("the \xC2\xAB"
                      "deal\xC2\xBB"));
    assert_false(ends("(in Moscow)"));
}

static void test_closing_quote_ends_paragraph(void **state)
{
    (void)state;
    PARAS("\xE2\x80\x9CWe will not stop,\xE2\x80\x9D he said."
          "\xE2\x80\x9D\n\nand so it went.",
          "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D he said.\xE2\x80\x9D", GAP,
          "and so it went.");
    PARAS("\xC2\xAB"
          "Nous continuerons.\xC2\xBB\n\net puis rien.",
          "\xC2\xAB"
          "Nous continuerons.\xC2\xBB",
          GAP, "et puis rien.");
}

/* Headings and list items of page scrapes stand alone, even with no gap
 * and an open sentence before them. */
static void test_hard_lines_stand_alone(void **state)
{
    nn_pline pl[4] = {PL("We found three things", 0), HARD("seats mattered"),
                      HARD("noise tired us"), PL("and that was all.", 0)};
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_paragraphs(pl, 4, &out);
    assert_string_equal(out.ptr, "We found three things\n\nseats mattered"
                                 "\n\nnoise tired us\n\nand that was all.");
    nn_buf_free(&out);
}

static void test_paragraphs_append(void **state)
{
    nn_pline pl[2] = {PL("one.", 0), PL("two.", 1)};
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_buf_puts(&out, "HEAD:");
    nn_paragraphs(pl, 2, &out);
    assert_string_equal(out.ptr, "HEAD:one.\n\ntwo.");
    nn_paragraphs(pl, 0, &out);
    assert_string_equal(out.ptr, "HEAD:one.\n\ntwo.");
    nn_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gap_mid_sentence_joined),
        cmocka_unit_test(test_gap_of_several_lines_joined_once),
        cmocka_unit_test(test_gap_after_full_stop_not_joined),
        cmocka_unit_test(test_gap_before_upper_case_not_joined),
        cmocka_unit_test(test_gap_before_digit_not_joined),
        cmocka_unit_test(test_line_per_paragraph_kept),
        cmocka_unit_test(test_line_per_paragraph_lower_continuation),
        cmocka_unit_test(test_hard_wrapped_joined),
        cmocka_unit_test(test_hard_wrapped_upper_case_continuation),
        cmocka_unit_test(test_hard_wrapped_gap_mid_sentence),
        cmocka_unit_test(test_hyphenated_word_mended),
        cmocka_unit_test(test_hyphen_kept_in_compound),
        cmocka_unit_test(test_hyphen_kept_not_mended),
        cmocka_unit_test(test_dash_at_line_end_not_mended),
        cmocka_unit_test(test_double_hyphen_dash_at_line_end),
        cmocka_unit_test(test_email_line_not_joined),
        cmocka_unit_test(test_url_line_not_joined),
        cmocka_unit_test(test_ends_sentence_punctuation),
        cmocka_unit_test(test_ends_sentence_closing_quotes),
        cmocka_unit_test(test_closing_quote_ends_paragraph),
        cmocka_unit_test(test_paragraphs_append),
        cmocka_unit_test(test_hard_lines_stand_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
