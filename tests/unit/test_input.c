/* test_input.c - the input stage: nn_input_decode and nn_mojibake_repair.
 *
 * Bytes in, clean UTF-8 with LF line ends out: BOMs, line ends, NUL bytes
 * (stray ones removed and counted, binary input refused),
 * emptiness, invalid UTF-8 (U+FFFD, or an error under NN_OPT_STRICT),
 * UTF-16 with a BOM, C0 controls, U+2028, and double-decoded text. */
#include "testlib.h"

#include <stdio.h>

/* Decode `len` bytes; the test fails unless the status is `want`. */
static nn_status decode(const char *data, size_t len, unsigned flags,
                        nn_buf *out, nn_input_info *info, char *err,
                        size_t errlen)
{
    err[0] = '\0';
    return nn_input_decode(data, len, flags, NN_DEC_REPAIR, out, info, err,
                           errlen);
}

/* Decode and expect NN_OK with exactly `want` as output. */
static void expect_decoded(const char *data, size_t len, const char *want,
                           nn_input_info *info)
{
    nn_buf out = NN_BUF_INIT;
    char err[128];
    assert_int_equal(decode(data, len, 0, &out, info, err, sizeof err), NN_OK);
    assert_string_equal(out.ptr, want);
    assert_int_equal(out.len, strlen(want));
    nn_buf_free(&out);
}

/* Repair with nn_mojibake_repair and expect `want` and `count` repairs. */
static void expect_repaired(const char *in, const char *want, size_t count)
{
    nn_buf out = NN_BUF_INIT;
    size_t n = nn_mojibake_repair(in, strlen(in), &out);
    assert_string_equal(out.ptr, want);
    assert_int_equal(n, count);
    nn_buf_free(&out);
}

#define FFFD "\xEF\xBF\xBD"

/* ---- BOM and line ends ------------------------------------------------ */

static void test_utf8_bom_dropped(void **state)
{
    nn_input_info info;
    static const char in[] = "\xEF\xBB\xBFHello, world\n";
    (void)state;
    expect_decoded(in, sizeof in - 1, "Hello, world\n", &info);
    assert_int_equal(info.bom, 1);
    assert_int_equal(info.utf16, 0);
}

static void test_no_bom_not_flagged(void **state)
{
    nn_input_info info;
    static const char in[] = "Hello";
    (void)state;
    expect_decoded(in, sizeof in - 1, "Hello", &info);
    assert_int_equal(info.bom, 0);
}

static void test_bom_only_inside_text_is_not_dropped_here(void **state)
{
    /* only a leading BOM is the encoding mark; U+FEFF later on is text
     * for this stage (nn_unicode_clean removes it later) */
    nn_input_info info;
    static const char in[] = "a\xEF\xBB\xBF"
                             "b";
    (void)state;
    expect_decoded(in, sizeof in - 1,
                   "a\xEF\xBB\xBF"
                   "b",
                   &info);
    assert_int_equal(info.bom, 0);
}

static void test_crlf_and_cr_become_lf(void **state)
{
    nn_input_info info;
    static const char in[] = "one\r\ntwo\rthree\nfour\r\n\r\nfive\r";
    (void)state;
    expect_decoded(in, sizeof in - 1, "one\ntwo\nthree\nfour\n\nfive\n", &info);
    assert_int_equal(info.controls, 0);
}

/* A spreadsheet's escaped carriage return at a line's end goes; one
 * inside a line, the other escapes and the escape's shape in another
 * case are text, as an article about the format prints them */
static void test_office_escapes_decoded(void **state)
{
    nn_input_info info;
    static const char in[] =
        "cell one. _x000D_\nnext_x000d_  \nWhat does _x000D_ mean? "
        "_x000A_ _x0009_ _X000D_\nend _x000D_";
    (void)state;
    expect_decoded(in, sizeof in - 1,
                   "cell one. \nnext  \nWhat does _x000D_ mean? "
                   "_x000A_ _x0009_ _X000D_\nend ",
                   &info);
    assert_int_equal(info.controls, 0);
}

static void test_cr_cr_lf_is_two_breaks(void **state)
{
    /* "\r\r\n": a lone CR, then a CRLF */
    nn_input_info info;
    static const char in[] = "a\r\r\nb";
    (void)state;
    expect_decoded(in, sizeof in - 1, "a\n\nb", &info);
}

/* ---- refusals ------------------------------------------------------- */

/* Expect NN_ERR_BINARY with exactly the message `want`. */
static void expect_binary(const char *data, size_t len, const char *want)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    nn_status st = decode(data, len, 0, &out, &info, err, sizeof err);
    nn_buf_free(&out);
    assert_int_equal(st, NN_ERR_BINARY);
    assert_string_equal(err, want);
}

static void test_stray_nul_removed_and_counted(void **state)
{
    /* one NUL in a short text: always tolerated */
    nn_input_info info;
    static const char in[] = "abc\0def";
    (void)state;
    expect_decoded(in, sizeof in - 1, "abcdef", &info);
    assert_int_equal(info.nuls, 1);
    assert_int_equal(info.controls, 0);
}

static void test_few_nuls_in_text_removed(void **state)
{
    /* three NULs and a C0 control in 400 bytes of text (1%, not more),
     * one NUL next to a line end, one at the very end; the control is
     * counted apart */
    char data[400];
    char want[400];
    size_t i, n = 0;
    nn_input_info info;
    (void)state;
    for (i = 0; i < sizeof data; i++)
        data[i] = i % 40 == 39 ? '\n' : (char)('a' + i % 26);
    data[10] = '\0';
    data[38] = '\0';
    data[399] = '\0';
    data[200] = '\x01';
    for (i = 0; i < sizeof data; i++)
        if (data[i] != '\0' && data[i] != '\x01')
            want[n++] = data[i];
    want[n] = '\0';
    expect_decoded(data, sizeof data, want, &info);
    assert_int_equal(info.nuls, 3);
    assert_int_equal(info.controls, 1);
}

static void test_nuls_in_a_long_text_removed(void **state)
{
    /* 40 NULs spread over 64 KiB, none near another: a text */
    size_t len = 65536, i;
    char *data = malloc(len);
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    (void)state;
    assert_non_null(data);
    for (i = 0; i < len; i++)
        data[i] = i % 64 == 63 ? '\n' : 'w';
    for (i = 0; i < 40; i++)
        data[100 + i * 1600] = '\0';
    assert_int_equal(decode(data, len, 0, &out, &info, err, sizeof err), NN_OK);
    assert_int_equal(info.nuls, 40);
    assert_int_equal(out.len, len - 40);
    assert_null(memchr(out.ptr, 0, out.len));
    nn_buf_free(&out);
    free(data);
}

static void test_nul_and_whitespace_only_is_empty(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = "  \n\0  \n";
    (void)state;
    assert_int_equal(decode(in, sizeof in - 1, 0, &out, &info, err, sizeof err),
                     NN_ERR_EMPTY);
    assert_non_null(strstr(err, "white space"));
    nn_buf_free(&out);
}

static void test_mostly_nul_is_binary_with_offset(void **state)
{
    /* a text padded with NULs (a file cut short by a crash) */
    char data[300];
    (void)state;
    memset(data, 'x', sizeof data);
    memset(data + 257, 0, sizeof data - 257);
    expect_binary(data, sizeof data, "not text: NUL byte at offset 257");
    memset(data, 0, sizeof data);
    expect_binary(data, sizeof data, "not text: NUL byte at offset 0");
}

static void test_nuls_over_one_percent_is_binary(void **state)
{
    /* 4 NULs in 300 bytes: over 1% */
    char data[300];
    (void)state;
    memset(data, 'x', sizeof data);
    data[3] = data[100] = data[200] = data[299] = '\0';
    expect_binary(data, sizeof data, "not text: NUL byte at offset 3");
    /* two in a short text: not "one alone" */
    expect_binary("ab\0cd\0ef", 8, "not text: NUL byte at offset 2");
}

static void test_binary_file_is_binary(void **state)
{
    /* a ZIP header: NULs and other controls */
    static const char zip[] = "PK\003\004\024\000\000\000\010\000"
                              "binary";
    /* a file with one NUL and many other controls (the 1% counts both) */
    char data[1000];
    size_t i;
    (void)state;
    expect_binary(zip, sizeof zip - 1, "not text: NUL byte at offset 5");
    for (i = 0; i < sizeof data; i++)
        data[i] = i % 7 ? 'a' : (char)(1 + i % 8);
    data[500] = '\0';
    expect_binary(data, sizeof data, "not text: NUL byte at offset 500");
}

static void test_binary_head_is_binary(void **state)
{
    /* NULs that are few in the whole (0.2%) but dense in the first 4 KiB:
     * a tar archive of a long text, an executable's header */
    size_t len = 1 << 20, i;
    char *data = malloc(len);
    (void)state;
    assert_non_null(data);
    memset(data, 'x', len);
    for (i = 0; i < 2000; i += 2)
        data[i + 1] = '\0';
    expect_binary(data, len, "not text: NUL byte at offset 1");
    free(data);
}

static void test_controls_without_nul_are_not_binary(void **state)
{
    /* the rule applies only to inputs with a NUL: controls alone are
     * removed as they always were */
    nn_input_info info;
    static const char in[] = "a\x01\x02\x03\x04\x05\x06"
                             "b";
    (void)state;
    expect_decoded(in, sizeof in - 1, "ab", &info);
    assert_int_equal(info.controls, 6);
    assert_int_equal(info.nuls, 0);
}

static void test_empty_input(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    (void)state;
    assert_int_equal(decode("", 0, 0, &out, &info, err, sizeof err),
                     NN_ERR_EMPTY);
    assert_true(err[0] != '\0');
    nn_buf_free(&out);
}

static void test_bom_only_is_empty(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    (void)state;
    assert_int_equal(decode("\xEF\xBB\xBF", 3, 0, &out, &info, err, sizeof err),
                     NN_ERR_EMPTY);
    nn_buf_free(&out);
}

static void test_whitespace_only_input(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = " \t\r\n \n\f\v  \r\n";
    (void)state;
    assert_int_equal(decode(in, sizeof in - 1, 0, &out, &info, err, sizeof err),
                     NN_ERR_EMPTY);
    assert_non_null(strstr(err, "white space"));
    nn_buf_free(&out);
}

static void test_text_after_whitespace_is_not_empty(void **state)
{
    nn_input_info info;
    static const char in[] = " \n\n  x";
    (void)state;
    expect_decoded(in, sizeof in - 1, " \n\n  x", &info);
}

/* ---- invalid UTF-8 -------------------------------------------------- */

static void test_invalid_lone_continuation(void **state)
{
    nn_input_info info;
    static const char in[] = "a\x80"
                             "b";
    (void)state;
    expect_decoded(in, sizeof in - 1, "a" FFFD "b", &info);
    assert_int_equal(info.invalid, 1);
}

static void test_invalid_latin1_byte(void **state)
{
    nn_input_info info;
    static const char in[] = "caf\xE9 au lait";
    (void)state;
    expect_decoded(in, sizeof in - 1, "caf" FFFD " au lait", &info);
    assert_int_equal(info.invalid, 1);
}

static void test_invalid_truncated_three_byte(void **state)
{
    /* E2 82 is the start of U+20AC; the ASCII after it survives, and the
     * two bytes give one U+FFFD, not two */
    nn_input_info info;
    static const char in[] = "price \xE2\x82"
                             "42";
    (void)state;
    expect_decoded(in, sizeof in - 1, "price " FFFD "42", &info);
    assert_int_equal(info.invalid, 1);
}

static void test_invalid_counted_each(void **state)
{
    nn_input_info info;
    static const char in[] = "\x80 x \xE9 y \xE2\x82z";
    (void)state;
    expect_decoded(in, sizeof in - 1, FFFD " x " FFFD " y " FFFD "z", &info);
    assert_int_equal(info.invalid, 3);
}

static void test_invalid_at_end(void **state)
{
    nn_input_info info;
    static const char in[] = "end\xF0\x9F\x98";
    (void)state;
    expect_decoded(in, sizeof in - 1, "end" FFFD, &info);
    assert_int_equal(info.invalid, 1);
}

static void test_valid_multibyte_untouched(void **state)
{
    nn_input_info info;
    static const char in[] = "Türkiye — “quoted” 日本 \xF0\x9F\x98\x80";
    (void)state;
    expect_decoded(in, sizeof in - 1, in, &info);
    assert_int_equal(info.invalid, 0);
    assert_int_equal(info.mojibake, 0);
    assert_int_equal(info.controls, 0);
}

static void test_strict_invalid_is_error_with_offset(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = "abcde\x80xyz";
    (void)state;
    assert_int_equal(decode(in, sizeof in - 1, NN_OPT_STRICT, &out, &info, err,
                            sizeof err),
                     NN_ERR_ENCODING);
    assert_non_null(strstr(err, "UTF-8"));
    assert_non_null(strstr(err, "byte 5"));
    nn_buf_free(&out);
}

static void test_strict_valid_is_fine(void **state)
{
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = "caf\xC3\xA9";
    (void)state;
    assert_int_equal(decode(in, sizeof in - 1, NN_OPT_STRICT, &out, &info, err,
                            sizeof err),
                     NN_OK);
    assert_string_equal(out.ptr, "caf\xC3\xA9");
    nn_buf_free(&out);
}

static void test_strict_offset_counts_the_bom(void **state)
{
    /* BUG (fixed in 704770a; kept as a regression test): with a UTF-8 BOM,
     * the --strict offset is counted from after the BOM ("invalid UTF-8 at
     * byte 2" for the 0x80 at byte 5 of the input), while the NUL-byte offset
     * of the same function counts from the first byte of the input.  The
     * offset should name the byte in the input as given: byte 5. */
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = "\xEF\xBB\xBF"
                             "ab\x80";
    (void)state;
    assert_int_equal(decode(in, sizeof in - 1, NN_OPT_STRICT, &out, &info, err,
                            sizeof err),
                     NN_ERR_ENCODING);
    assert_non_null(strstr(err, "byte 5"));
    nn_buf_free(&out);
}

/* ---- UTF-16 with a BOM ---------------------------------------------- */

static void test_utf16le(void **state)
{
    nn_input_info info;
    /* FF FE, "Hé\r\n" + U+1F600 (D83D DE00) + "!" */
    static const char in[] = "\xFF\xFE"
                             "H\0\xE9\0\r\0\n\0"
                             "\x3D\xD8\x00\xDE"
                             "!\0";
    (void)state;
    expect_decoded(in, sizeof in - 1, "H\xC3\xA9\n\xF0\x9F\x98\x80!", &info);
    assert_int_equal(info.utf16, 16);
    assert_int_equal(info.invalid, 0);
    assert_int_equal(info.bom, 0);
}

static void test_utf16be(void **state)
{
    nn_input_info info;
    /* FE FF, "Ж" (U+0416), U+1F600, "ok" */
    static const char in[] = "\xFE\xFF"
                             "\x04\x16"
                             "\xD8\x3D\xDE\x00"
                             "\0o\0k";
    (void)state;
    expect_decoded(in, sizeof in - 1, "\xD0\x96\xF0\x9F\x98\x80ok", &info);
    assert_int_equal(info.utf16, 16);
    assert_int_equal(info.invalid, 0);
}

static void test_utf16_unpaired_surrogates(void **state)
{
    nn_input_info info;
    /* LE: high surrogate then 'A'; lone low surrogate; high at the end */
    static const char in[] = "\xFF\xFE"
                             "\x00\xD8"
                             "A\0"
                             "\x00\xDC"
                             "B\0"
                             "\x3D\xD8";
    (void)state;
    expect_decoded(in, sizeof in - 1, FFFD "A" FFFD "B" FFFD, &info);
    assert_int_equal(info.utf16, 16);
    assert_int_equal(info.invalid, 3);
}

static void test_utf16_odd_length(void **state)
{
    nn_input_info info;
    static const char in[] = "\xFE\xFF"
                             "\0a\0b"
                             "\x41";
    (void)state;
    expect_decoded(in, sizeof in - 1, "ab" FFFD, &info);
    assert_int_equal(info.invalid, 1);
}

static void test_utf16_strict_unpaired_surrogate_is_error(void **state)
{
    /* BUG (fixed; kept as a regression test): under NN_OPT_STRICT an unpaired surrogate in UTF-16 input is
     * still replaced by U+FFFD and the call returns NN_OK.  newsnorm.h
     * lists "bad UTF-16" under NN_ERR_ENCODING and SPEC 2 says --strict
     * turns replaced invalid sequences into an error; only the UTF-8 path
     * honours the flag (utf16_to_utf8() does not get it). */
    nn_buf out = NN_BUF_INIT;
    nn_input_info info;
    char err[128];
    static const char in[] = "\xFF\xFE"
                             "A\0"
                             "\x00\xD8"
                             "B\0";
    nn_status st;
    (void)state;
    st = decode(in, sizeof in - 1, NN_OPT_STRICT, &out, &info, err, sizeof err);
    nn_buf_free(&out); /* before the assertion: no leak when it fails */
    assert_int_equal(st, NN_ERR_ENCODING);
    assert_true(err[0] != '\0'); /* and says why */
}

static void test_utf16_nul_offset_in_input_bytes(void **state)
{
    /* BUG (fixed; kept as a regression test): for UTF-16 input the NUL-byte offset is counted in the
     * converted UTF-8 text ("offset 1" here), not in the input: U+0000 is
     * at byte 4 of the file (after the BOM and "A").  Since 704770a the
     * other offsets count from the first byte of the input as given.
     * (Two U+0000 in four characters: binary.) */
    static const char in[] = "\xFF\xFE"
                             "A\0"
                             "\0\0"
                             "B\0"
                             "\0\0";
    (void)state;
    expect_binary(in, sizeof in - 1, "not text: NUL character at offset 4");
}

static void test_utf16_stray_nul_removed(void **state)
{
    nn_input_info info;
    static const char in[] = "\xFF\xFE"
                             "A\0"
                             "\0\0"
                             "B\0";
    (void)state;
    expect_decoded(in, sizeof in - 1, "AB", &info);
    assert_int_equal(info.utf16, 16);
    assert_int_equal(info.nuls, 1);
}

static void test_utf16_without_bom_is_binary(void **state)
{
    /* without its BOM UTF-16 is half NULs: refused as before */
    static const char in[] = "T\0i\0t\0l\0e\0\n\0B\0o\0d\0y\0";
    (void)state;
    expect_binary(in, sizeof in - 1, "not text: NUL byte at offset 1");
}

/* ---- control characters and line separators ------------------------ */

static void test_c0_controls_removed_and_counted(void **state)
{
    nn_input_info info;
    static const char in[] = "a\x01"
                             "b\x07"
                             "c\x08"
                             "d\x1B"
                             "e\x7F"
                             "f\tg\n";
    (void)state;
    expect_decoded(in, sizeof in - 1, "abcdef\tg\n", &info);
    assert_int_equal(info.controls, 5);
}

static void test_form_feed_and_vtab_are_controls(void **state)
{
    nn_input_info info;
    static const char in[] = "x\fy\vz";
    (void)state;
    expect_decoded(in, sizeof in - 1, "xyz", &info);
    assert_int_equal(info.controls, 2);
}

static void test_line_separator_becomes_newline(void **state)
{
    nn_input_info info;
    /* U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR */
    static const char in[] = "one\xE2\x80\xA8two\xE2\x80\xA9three";
    (void)state;
    expect_decoded(in, sizeof in - 1, "one\ntwo\nthree", &info);
}

/* ---- mojibake, through the decoder --------------------------------- */

static void test_decode_repairs_mojibake(void **state)
{
    nn_input_info info;
    static const char in[] = "It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s a caf"
                             "\xC3\x83\xC2\xA9.";
    (void)state;
    expect_decoded(in, sizeof in - 1, "It\xE2\x80\x99s a caf\xC3\xA9.", &info);
    assert_int_equal(info.mojibake, 2);
}

static void test_decode_soft_hyphen_mojibake_before_cleanup(void **state)
{
    /* "Martín" double-decoded: "Ã" + U+00AD; the soft hyphen must be
     * used by the repair, not lost */
    nn_input_info info;
    static const char in[] = "Mart\xC3\x83\xC2\xADn";
    (void)state;
    expect_decoded(in, sizeof in - 1, "Mart\xC3\xADn", &info);
    assert_int_equal(info.mojibake, 1);
}

/* ---- nn_mojibake_repair --------------------------------------------- */

static void test_mojibake_right_quote(void **state)
{
    (void)state;
    expect_repaired("Russiaâ€™s", "Russia’s", 1);
}

static void test_mojibake_needs_an_assigned_character(void **state)
{
    (void)state;
    /* "à»…" maps back to E0 BB 85, U+0EC5, which Unicode leaves
     * unassigned: Italian text, a closing guillemet and an ellipsis */
    expect_repaired("compatibilit\xC3\xA0\xC2\xBB\xE2\x80\xA6",
                    "compatibilit\xC3\xA0\xC2\xBB\xE2\x80\xA6", 0);
    /* while "Ã©" still gives "é" */
    expect_repaired("caf\xC3\x83\xC2\xA9", "caf\xC3\xA9", 1);
}

/* UTF-8 read as Mac Roman: punctuation and Latin-1 letters repaired;
 * real text with "‚", "√" or "Ä" of its own is left alone. */
static void test_mojibake_mac_roman(void **state)
{
    (void)state;
    expect_repaired("Friday\xE2\x80\x9A\xC3\x84\xC3\xB4s", "Friday’s", 1);
    expect_repaired(
        "\xE2\x80\x9A\xC3\x84\xC3\xBAHi\xE2\x80\x9A\xC3\x84\xC3\xB9", "“Hi”",
        2);
    expect_repaired("caf\xE2\x88\x9A\xC2\xA9", "café", 1);
    expect_repaired("\xE2\x88\x9A"
                    "2 = 1.41",
                    "\xE2\x88\x9A"
                    "2 = 1.41",
                    0);
    expect_repaired("a \xE2\x80\x9A b \xC3\x84rger",
                    "a \xE2\x80\x9A b \xC3\x84rger", 0);
    assert_true(nn_maybe_mojibake("x\xE2\x80\x9A\xC3\x84\xC3\xB4s", 9));
    assert_false(nn_maybe_mojibake("\xE2\x88\x9A"
                                   "2",
                                   4));
}

static void test_mojibake_left_double_quote(void **state)
{
    (void)state;
    expect_repaired("â€œHello", "“Hello", 1);
}

static void test_mojibake_e_acute(void **state)
{
    (void)state;
    expect_repaired("cafÃ©", "café", 1);
}

static void test_mojibake_u_umlaut(void **state)
{
    (void)state;
    expect_repaired("MÃ¼nchen", "München", 1);
}

static void test_mojibake_em_dash(void **state)
{
    (void)state;
    expect_repaired("wait â€” and", "wait — and", 1);
}

static void test_mojibake_orphan_closing_quote(void **state)
{
    /* "â€" + U+009D lost its last character: a closing quote */
    (void)state;
    expect_repaired("â€œas isâ€ without", "“as is” without", 2);
}

static void test_mojibake_orphan_at_end(void **state)
{
    (void)state;
    expect_repaired("he said â€", "he said ”", 1);
}

static void test_mojibake_full_closing_quote(void **state)
{
    /* with the C1 control U+009D still present */
    (void)state;
    expect_repaired("â€\xC2\x9D", "”", 1);
}

static void test_mojibake_soft_hyphen(void **state)
{
    (void)state;
    expect_repaired("Mart\xC3\x83\xC2\xADn", "Martín", 1);
}

static void test_mojibake_cyrillic(void **state)
{
    (void)state;
    expect_repaired("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет", 6);
    expect_repaired("in Latin ÐŸÑ€Ð¸Ð²ÐµÑ‚ too", "in Latin Привет too", 6);
}

/* Ü and ’ are also the Windows-1252 bytes of a Syriac letter, Ö and ’ of a
 * Hebrew accent: between two Latin letters they are Turkish's apostrophe
 * before a suffix. */
static void test_mojibake_turkish_suffix_untouched(void **state)
{
    (void)state;
    expect_repaired("HATİPLER KÖYÜ’NDEN YOL", "HATİPLER KÖYÜ’NDEN YOL", 0);
    expect_repaired("İLÇE MÜDÜRÜ’NÜN", "İLÇE MÜDÜRÜ’NÜN", 0);
    expect_repaired("KÖYÜ’ndeki MÃ¼nchen", "KÖYÜ’ndeki München", 1);
    expect_repaired("‘KÖTÜ’ HABER", "‘KÖTÜ’ HABER", 0);
    expect_repaired("“ÇÖKTÜ” dedi", "“ÇÖKTÜ” dedi", 0);
}

static void test_mojibake_legit_latin1_untouched(void **state)
{
    (void)state;
    expect_repaired("São Paulo", "São Paulo", 0);
    expect_repaired("Ãgua", "Ãgua", 0);
    expect_repaired("naïve café", "naïve café", 0);
    expect_repaired("Ärger über Öl", "Ärger über Öl", 0);
    expect_repaired("NÃO", "NÃO", 0);
}

static void test_mojibake_mixed_with_legit(void **state)
{
    (void)state;
    expect_repaired("café â€” São â€™", "café — São ’", 2);
}

static void test_mojibake_appends(void **state)
{
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_buf_puts(&out, "[");
    assert_int_equal(nn_mojibake_repair("Ã©", 4, &out), 1);
    assert_string_equal(out.ptr, "[é");
    nn_buf_free(&out);
}

static void test_mojibake_quick_test_on_real_accents(void **state)
{
    /* text with accented letters but nothing to repair need not go
     * through the repair pass at all */
    (void)state;
    assert_false(nn_maybe_mojibake("São Paulo, Gülşen, çöp, Ärger", 32));
    assert_false(nn_maybe_mojibake("Ã", 2));
    assert_true(nn_maybe_mojibake("cafÃ©", 7));
    assert_true(nn_maybe_mojibake("itâ€™s", 9));
    assert_true(nn_maybe_mojibake("ÐŸÑ€", 8));
}

static void test_mojibake_quick_test_never_misses(void **state)
{
    /* whatever nn_mojibake_repair repairs, the quick test lets through:
     * random strings of mojibake pieces, real accents and ASCII */
    static const char *const pieces[] = {
        "Ã", "Â",        "â",        "Ð",        "Ñ", "©", "€", "™", "Ÿ",
        "¸", "\xC2\x9D", "\xC2\xA0", "\xC2\xAD", "œ", "ž", "Š", "ƒ", "ˆ",
        "˜", "é",        "ö",        "ç",        "a", " ", ".", "’",
    };
    unsigned seed = 12345;
    int iter, hits = 0;
    (void)state;
    for (iter = 0; iter < 100000; iter++) {
        char in[64];
        size_t n = 0, k, parts = 1 + (seed >> 8) % 6, fixed;
        nn_buf out = NN_BUF_INIT;
        for (k = 0; k < parts; k++) {
            const char *pc;
            seed = seed * 1103515245u + 12345u;
            pc = pieces[(seed >> 16) % NN_COUNT(pieces)];
            memcpy(in + n, pc, strlen(pc));
            n += strlen(pc);
        }
        fixed = nn_mojibake_repair(in, n, &out);
        if (fixed) {
            hits++;
            assert_true(nn_maybe_mojibake(in, n));
        }
        nn_buf_free(&out);
    }
    assert_true(hits > 1000); /* the repairs were exercised */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_bom_dropped),
        cmocka_unit_test(test_no_bom_not_flagged),
        cmocka_unit_test(test_bom_only_inside_text_is_not_dropped_here),
        cmocka_unit_test(test_crlf_and_cr_become_lf),
        cmocka_unit_test(test_office_escapes_decoded),
        cmocka_unit_test(test_cr_cr_lf_is_two_breaks),
        cmocka_unit_test(test_stray_nul_removed_and_counted),
        cmocka_unit_test(test_few_nuls_in_text_removed),
        cmocka_unit_test(test_nuls_in_a_long_text_removed),
        cmocka_unit_test(test_nul_and_whitespace_only_is_empty),
        cmocka_unit_test(test_mostly_nul_is_binary_with_offset),
        cmocka_unit_test(test_nuls_over_one_percent_is_binary),
        cmocka_unit_test(test_binary_file_is_binary),
        cmocka_unit_test(test_binary_head_is_binary),
        cmocka_unit_test(test_controls_without_nul_are_not_binary),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_bom_only_is_empty),
        cmocka_unit_test(test_whitespace_only_input),
        cmocka_unit_test(test_text_after_whitespace_is_not_empty),
        cmocka_unit_test(test_invalid_lone_continuation),
        cmocka_unit_test(test_invalid_latin1_byte),
        cmocka_unit_test(test_invalid_truncated_three_byte),
        cmocka_unit_test(test_invalid_counted_each),
        cmocka_unit_test(test_invalid_at_end),
        cmocka_unit_test(test_valid_multibyte_untouched),
        cmocka_unit_test(test_strict_invalid_is_error_with_offset),
        cmocka_unit_test(test_strict_valid_is_fine),
        cmocka_unit_test(test_strict_offset_counts_the_bom),
        cmocka_unit_test(test_utf16le),
        cmocka_unit_test(test_utf16be),
        cmocka_unit_test(test_utf16_unpaired_surrogates),
        cmocka_unit_test(test_utf16_odd_length),
        cmocka_unit_test(test_utf16_strict_unpaired_surrogate_is_error),
        cmocka_unit_test(test_utf16_nul_offset_in_input_bytes),
        cmocka_unit_test(test_utf16_stray_nul_removed),
        cmocka_unit_test(test_utf16_without_bom_is_binary),
        cmocka_unit_test(test_c0_controls_removed_and_counted),
        cmocka_unit_test(test_form_feed_and_vtab_are_controls),
        cmocka_unit_test(test_line_separator_becomes_newline),
        cmocka_unit_test(test_decode_repairs_mojibake),
        cmocka_unit_test(test_mojibake_needs_an_assigned_character),
        cmocka_unit_test(test_mojibake_mac_roman),
        cmocka_unit_test(test_decode_soft_hyphen_mojibake_before_cleanup),
        cmocka_unit_test(test_mojibake_right_quote),
        cmocka_unit_test(test_mojibake_left_double_quote),
        cmocka_unit_test(test_mojibake_e_acute),
        cmocka_unit_test(test_mojibake_u_umlaut),
        cmocka_unit_test(test_mojibake_em_dash),
        cmocka_unit_test(test_mojibake_orphan_closing_quote),
        cmocka_unit_test(test_mojibake_orphan_at_end),
        cmocka_unit_test(test_mojibake_full_closing_quote),
        cmocka_unit_test(test_mojibake_soft_hyphen),
        cmocka_unit_test(test_mojibake_cyrillic),
        cmocka_unit_test(test_mojibake_turkish_suffix_untouched),
        cmocka_unit_test(test_mojibake_legit_latin1_untouched),
        cmocka_unit_test(test_mojibake_mixed_with_legit),
        cmocka_unit_test(test_mojibake_appends),
        cmocka_unit_test(test_mojibake_quick_test_on_real_accents),
        cmocka_unit_test(test_mojibake_quick_test_never_misses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
