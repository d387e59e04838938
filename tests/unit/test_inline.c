/* test_inline.c - inline HTML: nn_inline_strip and nn_inline_needed.
 *
 * Tags are removed with their text kept, entities decoded, <br> and block
 * tags give a space, script/style text is dropped and counted, and a '<'
 * or '&' that is plain text stays. */
#include "testlib.h"

static int setup(void **state)
{
    *state = nn_inline_new();
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    nn_inline_free(*state);
    return 0;
}

/* The output as the next stage (nn_unicode_clean) will see it: spaces at
 * the ends trimmed and runs of spaces collapsed.  Block tags, and the
 * paragraph libxml2 implies around text, give spaces; only where they
 * fall between words matters. */
static void squeeze(nn_buf *b)
{
    size_t i, n = 0;
    for (i = 0; i < b->len; i++) {
        if (b->ptr[i] == ' ' && (n == 0 || b->ptr[n - 1] == ' '))
            continue;
        b->ptr[n++] = b->ptr[i];
    }
    while (n && b->ptr[n - 1] == ' ')
        n--;
    nn_buf_truncate(b, n);
}

/* Strip `in`; the output must be `want` (after squeeze) and the dropped
 * count `dropped`. */
static void expect_strip(nn_inline *in, const char *html, const char *want,
                         size_t dropped)
{
    nn_buf out = NN_BUF_INIT;
    size_t d = nn_inline_strip(in, html, strlen(html), &out);
    squeeze(&out);
    assert_string_equal(out.ptr, want);
    assert_int_equal(d, dropped);
    nn_buf_free(&out);
}

/* ---- tags -------------------------------------------------------------- */

static void test_underline_removed(void **state)
{
    expect_strip(*state, "Peskov <u>said</u> on Monday",
                 "Peskov said on Monday", 0);
    expect_strip(*state, "<u>said</u>", "said", 0);
}

static void test_space_between_tags_kept(void **state)
{
    expect_strip(*state, "<u>a</u> <u>b</u>", "a b", 0);
    expect_strip(*state, "<em>one</em> <strong>two</strong> three",
                 "one two three", 0);
}

static void test_link_text_kept(void **state)
{
    expect_strip(*state, "<a href=\"x?a=1&amp;b=2\">link</a>", "link", 0);
    expect_strip(*state,
                 "the <a href=\"https://example.com/a?b=1&c=2\" "
                 "target=\"_blank\">report</a> said",
                 "the report said", 0);
}

static void test_br_gives_space(void **state)
{
    expect_strip(*state, "a<br>b", "a b", 0);
    expect_strip(*state, "a<br/>b", "a b", 0);
    expect_strip(*state, "a<BR />b", "a b", 0);
}

static void test_block_tags_give_space(void **state)
{
    nn_buf out = NN_BUF_INIT;
    static const char in[] = "<p>one</p><p>two</p>";
    nn_inline_strip(*state, in, sizeof in - 1, &out);
    /* words stay apart (the spaces collapse later) */
    assert_non_null(strstr(out.ptr, "one"));
    assert_non_null(strstr(out.ptr, "two"));
    assert_null(strstr(out.ptr, "onetwo"));
    assert_null(strchr(out.ptr, '<'));
    nn_buf_free(&out);
}

static void test_comment_removed(void **state)
{
    expect_strip(*state, "before<!-- hidden -->after", "beforeafter", 0);
}

static void test_no_space_after_leading_tag(void **state)
{
    /* BUG (fixed in 704770a; kept as a regression test): when a line starts
     * with an inline element, the text right after its closing tag gets a
     * space in front of it: "<b>Breaking</b>: talks" gives "Breaking :
     * talks", "<a href=..>Russia</a>&#8217;s" gives "Russia ’s",
     * "<em>Gazprom</em>s" gives "Gazprom s" (also in the body of a normalized
     * article).  With HTML_PARSE_NOIMPLIED no element is open after the first
     * closing tag, so libxml2 opens an implied <p> for the following text,
     * and on_start() turns that "p" into a space.  Implied paragraphs are not
     * tags of the input and must not separate words (inline tags never do). */
    expect_strip(*state, "<b>Breaking</b>: the talks ended",
                 "Breaking: the talks ended", 0);
    expect_strip(*state, "<a href=\"x\">Russia</a>&#8217;s economy",
                 "Russia\xE2\x80\x99s economy", 0);
    expect_strip(*state, "<em>Gazprom</em>s profits", "Gazproms profits", 0);
}

static void test_no_space_after_inner_tag(void **state)
{
    /* the same inside a line that starts with text: fine today */
    expect_strip(*state, "The <a href=\"x\">Kremlin</a>&#8217;s view",
                 "The Kremlin\xE2\x80\x99s view", 0);
    expect_strip(*state, "He said <b>no</b>: never", "He said no: never", 0);
}

/* ---- entities ---------------------------------------------------------- */

static void test_named_and_numeric_entities(void **state)
{
    expect_strip(*state, "R&amp;D", "R&D", 0);
    expect_strip(*state, "Russia&#8217;s", "Russia\xE2\x80\x99s", 0);
    expect_strip(*state, "Russia&#x2019;s", "Russia\xE2\x80\x99s", 0);
    expect_strip(*state, "6&nbsp;billion",
                 "6\xC2\xA0"
                 "billion",
                 0);
    expect_strip(*state, "wait &mdash; and", "wait \xE2\x80\x94 and", 0);
    expect_strip(*state, "and then&hellip;", "and then\xE2\x80\xA6", 0);
    expect_strip(*state, "&quot;q&quot; &lt;b&gt;", "\"q\" <b>", 0);
}

static void test_all_entities_in_one_line(void **state)
{
    expect_strip(*state, "&amp; &#8217; &nbsp; &mdash; &hellip; &#x2019;",
                 "& \xE2\x80\x99 \xC2\xA0 \xE2\x80\x94 \xE2\x80\xA6 "
                 "\xE2\x80\x99",
                 0);
}

static void test_escaped_less_than(void **state)
{
    expect_strip(*state, "5 &lt; 6", "5 < 6", 0);
}

/* ---- '<' and '&' that are text ---------------------------------------- */

static void test_raw_less_than_kept(void **state)
{
    expect_strip(*state, "if x < y then", "if x < y then", 0);
    expect_strip(*state, "<3 love", "<3 love", 0);
    expect_strip(*state, "<<<", "<<<", 0);
    expect_strip(*state, "a <", "a <", 0);
    expect_strip(*state, "growth of <5% and >2%", "growth of <5% and >2%", 0);
    /* angle quotes typed as "<<" and ">>" around words: text, not a
     * tag, whatever the words; a tag with attributes stays a tag */
    expect_strip(*state, "<<La Sagra ha raggiunto il suo scopo.>> Il Sindaco",
                 "<<La Sagra ha raggiunto il suo scopo.>> Il Sindaco", 0);
    expect_strip(*state, "<La 43 esima Sagra del Carciofo> ha detto",
                 "<La 43 esima Sagra del Carciofo> ha detto", 0);
    expect_strip(*state, "<Il sindaco, ieri, ha detto> che",
                 "<Il sindaco, ieri, ha detto> che", 0);
    expect_strip(*state,
                 "a <img src=\"a.jpg\" alt=\"b, c. d\" width=3 loading=lazy>b",
                 "a b", 0);
}

static void test_raw_ampersand_kept(void **state)
{
    expect_strip(*state, "AT&T", "AT&T", 0);
    expect_strip(*state, "R&D", "R&D", 0);
    expect_strip(*state, "Johnson & Johnson", "Johnson & Johnson", 0);
    expect_strip(*state, "Q&A session", "Q&A session", 0);
}

static void test_text_and_tags_mixed(void **state)
{
    expect_strip(*state, "AT&T <b>rose</b> 5 < 6", "AT&T rose 5 < 6", 0);
}

/* ---- script and style ---------------------------------------------- */

static void test_script_dropped_and_counted(void **state)
{
    static const char code[] = "var x = 1;"; /* 10 bytes */
    expect_strip(*state, "before<script>var x = 1;</script>after",
                 "beforeafter", sizeof code - 1);
}

static void test_style_dropped_and_counted(void **state)
{
    static const char css[] = "p{color:red}"; /* 12 bytes */
    expect_strip(*state, "<style>p{color:red}</style>text", "text",
                 sizeof css - 1);
}

static void test_dropped_count_is_per_call(void **state)
{
    expect_strip(*state, "<script>abc</script>x", "x", 3);
    expect_strip(*state, "plain <i>text</i>", "plain text", 0);
}

/* ---- reuse and appending ---------------------------------------------- */

static void test_output_appended(void **state)
{
    nn_buf out = NN_BUF_INIT;
    const char *a, *amp;
    nn_buf_puts(&out, "[");
    nn_inline_strip(*state, "<u>a</u>", 8, &out);
    nn_inline_strip(*state, "&amp;", 5, &out);
    /* earlier contents kept, both results after them, in order */
    assert_int_equal(out.ptr[0], '[');
    a = strchr(out.ptr, 'a');
    amp = strchr(out.ptr, '&');
    assert_non_null(a);
    assert_non_null(amp);
    assert_true(a < amp);
    assert_null(strchr(out.ptr, '<'));
    assert_null(strstr(out.ptr, "amp;"));
    nn_buf_free(&out);
}

static void test_length_bounds_the_input(void **state)
{
    /* only `len` bytes are read: the tag after them is not seen */
    nn_buf out = NN_BUF_INIT;
    static const char in[] = "a &amp; b<script>x</script>";
    assert_int_equal(nn_inline_strip(*state, in, 9, &out), 0);
    squeeze(&out);
    assert_string_equal(out.ptr, "a & b");
    nn_buf_free(&out);
}

static void test_context_reused_many_times(void **state)
{
    int i;
    for (i = 0; i < 200; i++)
        expect_strip(*state, "w <u>x</u>&amp;<br>y", "w x& y", 0);
}

/* ---- nn_inline_needed -------------------------------------------------- */

static void test_inline_needed(void **state)
{
    (void)state;
    assert_false(nn_inline_needed("plain text", 10));
    assert_false(nn_inline_needed("a > b", 5));
    assert_false(nn_inline_needed("", 0));
    assert_true(nn_inline_needed("a < b", 5));
    assert_true(nn_inline_needed("<u>x</u>", 8));
    assert_true(nn_inline_needed("AT&T", 4));
    /* bounded by len */
    assert_false(nn_inline_needed("abc<", 3));
    assert_false(nn_inline_needed("abc&", 3));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_underline_removed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_space_between_tags_kept, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_link_text_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_br_gives_space, setup, teardown),
        cmocka_unit_test_setup_teardown(test_block_tags_give_space, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_comment_removed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_space_after_leading_tag, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_no_space_after_inner_tag, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_named_and_numeric_entities, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_all_entities_in_one_line, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_escaped_less_than, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_raw_less_than_kept, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_raw_ampersand_kept, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_text_and_tags_mixed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_script_dropped_and_counted, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_style_dropped_and_counted, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_dropped_count_is_per_call, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_output_appended, setup, teardown),
        cmocka_unit_test_setup_teardown(test_length_bounds_the_input, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_context_reused_many_times, setup,
                                        teardown),
        cmocka_unit_test(test_inline_needed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
