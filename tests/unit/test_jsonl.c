/* test_jsonl.c - the JSON Lines reader (jsonl.c), gzip under it
 * (stream.c), and a JSON line's article and hints (nn_normalize_frame). */
#include "streamlib.h"

#include "stream.h"

static const char body[] =
    "The ferry operator said on Monday that it had ordered two "
    "battery-electric ships for the crossing, which will enter service in "
    "2027. The ships will carry 200 passengers each.";

/* Lines become frames in order, labelled PATH:LINE; blank lines are
 * skipped but counted; CRLF and a last line without its newline too. */
static void test_lines_and_labels(void **state)
{
    const char in[] = "{\"text\":\"a\"}\n\n  \r\n{\"text\":\"b\"}\r\n"
                      "{\"text\":\"c\"}";
    sl_rec r[8];
    size_t n = sl_read(in, sizeof in - 1, NN_STREAM_JSONL, 0, r, 8, NULL);
    (void)state;
    assert_int_equal(n, 3);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[0].type, NN_FRAME_JSON);
    assert_string_equal(r[0].data, "{\"text\":\"a\"}");
    assert_string_equal(r[0].input, "in:1");
    assert_string_equal(r[1].data, "{\"text\":\"b\"}"); /* CR gone */
    assert_string_equal(r[1].input, "in:4");
    assert_int_equal(r[1].line, 4);
    assert_string_equal(r[2].data, "{\"text\":\"c\"}");
    assert_string_equal(r[2].input, "in:5");
    sl_free(r, n);
}

/* A line over the limit is one bad record, read through without being
 * kept (here over many reads), and the stream goes on. */
static void test_line_over_limit(void **state)
{
    nn_buf in = NN_BUF_INIT;
    sl_rec r[8];
    size_t n, i;
    (void)state;
    nn_buf_puts(&in, "{\"text\":\"first\"}\n{\"text\":\"");
    for (i = 0; i < 300000; i++)
        nn_buf_putc(&in, 'x');
    nn_buf_puts(&in, "\"}\n{\"text\":\"third\"}\n");
    n = sl_read(in.ptr, in.len, NN_STREAM_JSONL, 1000, r, 8, NULL);
    assert_int_equal(n, 3);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[1].rc, NN_READ_BAD);
    assert_string_equal(r[1].input, "in:2");
    assert_non_null(strstr(r[1].err, "line longer than the limit of 1000 "
                                     "bytes (300011 bytes"));
    assert_int_equal(r[2].rc, NN_READ_RECORD);
    assert_string_equal(r[2].data, "{\"text\":\"third\"}");
    assert_string_equal(r[2].input, "in:3");
    sl_free(r, n);
    /* the same line at the very end, without a newline */
    nn_buf_truncate(&in, in.len - 19);
    n = sl_read(in.ptr, in.len, NN_STREAM_JSONL, 1000, r, 8, NULL);
    assert_int_equal(n, 2);
    assert_int_equal(r[1].rc, NN_READ_BAD);
    sl_free(r, n);
    nn_buf_free(&in);
}

/* gzip, in one member or several, reads the same; a truncated member is
 * a failure naming its offset after the records before it. */
static void test_gzip_members(void **state)
{
    const char a[] = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
    const char b[] = "{\"text\":\"c\"}\n";
    nn_buf gz = NN_BUF_INIT;
    sl_rec r[8];
    size_t n, first;
    (void)state;
    sl_gzip(&gz, a, sizeof a - 1);
    first = gz.len;
    sl_gzip(&gz, b, sizeof b - 1);
    n = sl_read(gz.ptr, gz.len, NN_STREAM_JSONL, 0, r, 8, NULL);
    assert_int_equal(n, 3);
    assert_string_equal(r[2].data, "{\"text\":\"c\"}");
    assert_string_equal(r[2].input, "in:3");
    sl_free(r, n);
    /* the second member cut short: in its data, or in its trailer */
    n = sl_read(gz.ptr, gz.len - 12, NN_STREAM_JSONL, 0, r, 8, NULL);
    assert_int_equal(n, 3);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[1].rc, NN_READ_RECORD);
    assert_int_equal(r[2].rc, NN_READ_FAIL);
    {
        char want[64];
        snprintf(want, sizeof want, "offset %zu: truncated gzip member", first);
        assert_non_null(strstr(r[2].err, want));
    }
    sl_free(r, n);
    n = sl_read(gz.ptr, gz.len - 3, NN_STREAM_JSONL, 0, r, 8, NULL);
    assert_int_equal(n, 4);
    assert_int_equal(r[2].rc, NN_READ_RECORD);
    assert_int_equal(r[3].rc, NN_READ_FAIL);
    sl_free(r, n);
    /* garbage in the middle of a member */
    gz.ptr[first + 12] ^= 0x55;
    gz.ptr[first + 13] ^= 0x55;
    n = sl_read(gz.ptr, gz.len, NN_STREAM_JSONL, 0, r, 8, NULL);
    assert_int_equal(r[n - 1].rc, NN_READ_FAIL);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    sl_free(r, n);
    nn_buf_free(&gz);
}

/* One gzipped article (the AUTO kind) is bounded by the limit once
 * inflated: a bomb ends with an error, not with memory. */
static void test_gzip_bomb(void **state)
{
    nn_buf zeros = NN_BUF_INIT, gz = NN_BUF_INIT;
    sl_rec r[4];
    size_t n;
    (void)state;
    nn_buf_grow(&zeros, 8 << 20);
    memset(zeros.ptr, 'a', 8 << 20);
    zeros.len = 8 << 20;
    sl_gzip(&gz, zeros.ptr, zeros.len);
    assert_true(gz.len < 64 << 10);
    n = sl_read(gz.ptr, gz.len, NN_STREAM_AUTO, 1 << 20, r, 4, NULL);
    assert_int_equal(n, 1);
    assert_int_equal(r[0].rc, NN_READ_FAIL);
    assert_string_equal(r[0].err, "offset 0: more than 1048576 bytes once "
                                  "inflated (see --max-size; a gzip bomb?)");
    sl_free(r, n);
    /* under the limit: one article */
    n = sl_read(gz.ptr, gz.len, NN_STREAM_AUTO, 16 << 20, r, 4, NULL);
    assert_int_equal(n, 1);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[0].type, NN_FRAME_TEXT);
    assert_int_equal(strlen(r[0].data), 8 << 20);
    assert_string_equal(r[0].input, "in");
    sl_free(r, n);
    nn_buf_free(&zeros);
    nn_buf_free(&gz);
}

static int parse(const char *line, const nn_stream_options *o,
                 nn_jsonl_item *it, char *err)
{
    nn_jsonl_item_init(it);
    return nn_jsonl_parse(line, strlen(line), 9, o, it, err, 128);
}

static void test_parse_fields(void **state)
{
    nn_stream_options o = NN_STREAM_OPTIONS_INIT;
    nn_jsonl_item it;
    char err[128];
    (void)state;
    assert_int_equal(
        parse("{\"text\":\"T\",\"id\":\"x-1\",\"url\":\"https://"
              "e.example/a\",\"date\":\"2024-05-01\",\"more\":[1]}",
              &o, &it, err),
        0);
    assert_string_equal(it.text.ptr, "T");
    assert_int_equal(it.html, 0);
    assert_string_equal(it.id.ptr, "x-1");
    assert_string_equal(it.url.ptr, "https://e.example/a");
    assert_string_equal(it.date.ptr, "2024-05-01");
    nn_jsonl_item_free(&it);
    /* html first; a number id as JSON writes it; no id: the line number */
    assert_int_equal(parse("{\"text\":\"T\",\"html\":\"<p>H</p>\",\"id\":42}",
                           &o, &it, err),
                     0);
    assert_string_equal(it.text.ptr, "<p>H</p>");
    assert_int_equal(it.html, 1);
    assert_string_equal(it.id.ptr, "42");
    nn_jsonl_item_free(&it);
    assert_int_equal(parse("{\"text\":\"T\",\"html\":\"\"}", &o, &it, err), 0);
    assert_string_equal(it.text.ptr, "T"); /* an empty html gives way */
    assert_string_equal(it.id.ptr, "9");
    assert_string_equal(it.url.ptr, "");
    nn_jsonl_item_free(&it);
    /* \u0000 is kept (the normalizer removes stray NULs) */
    assert_int_equal(parse("{\"text\":\"a\\u0000b\"}", &o, &it, err), 0);
    assert_int_equal(it.text.len, 3);
    nn_jsonl_item_free(&it);
    /* keys renamed */
    o.text_key = "content";
    o.id_key = "uid";
    o.url_key = "link";
    assert_int_equal(parse("{\"content\":\"C\",\"uid\":\"u\",\"link\":\"L\","
                           "\"text\":\"no\"}",
                           &o, &it, err),
                     0);
    assert_string_equal(it.text.ptr, "C");
    assert_string_equal(it.id.ptr, "u");
    assert_string_equal(it.url.ptr, "L");
    nn_jsonl_item_free(&it);
}

static void test_parse_errors(void **state)
{
    nn_stream_options o = NN_STREAM_OPTIONS_INIT;
    nn_jsonl_item it;
    char err[128];
    (void)state;
    assert_int_equal(parse("not json", &o, &it, err), -1);
    assert_non_null(strstr(err, "not JSON: "));
    nn_jsonl_item_free(&it);
    assert_int_equal(parse("[1,2]", &o, &it, err), -1);
    assert_string_equal(err, "not a JSON object");
    nn_jsonl_item_free(&it);
    assert_int_equal(parse("{\"text\":42}", &o, &it, err), -1);
    assert_string_equal(err, "no \"text\" or \"html\" string");
    nn_jsonl_item_free(&it);
    assert_int_equal(parse("{\"text\":\"a\"} {}", &o, &it, err), -1);
    nn_jsonl_item_free(&it);
    /* nesting is bounded by jansson */
    {
        nn_buf deep = NN_BUF_INIT;
        int i;
        for (i = 0; i < 100000; i++)
            nn_buf_putc(&deep, '[');
        assert_int_equal(parse(deep.ptr, &o, &it, err), -1);
        nn_jsonl_item_free(&it);
        nn_buf_free(&deep);
    }
}

/* A frame's record: input is PATH:LINE, id and the hints where the
 * article gives none; HTML from the html key, a fragment too. */
static void test_normalize_frame(void **state)
{
    nn_options no = NN_OPTIONS_INIT;
    nn_stream_options so = NN_STREAM_OPTIONS_INIT;
    nn_normalizer *nz = nn_normalizer_new(&no, NULL, 0);
    nn_frame f;
    nn_record *rec;
    char err[256];
    (void)state;
    nn_frame_init(&f);
    f.type = NN_FRAME_JSON;
    f.line = 3;
    nn_buf_puts(&f.input, "x.jsonl:3");
    nn_buf_puts(&f.data, "{\"text\":\"Ferry operator orders two ships\\n\\n");
    nn_buf_puts(&f.data, body);
    nn_buf_puts(&f.data, "\",\"url\":\"https://news.example/2024/05/01/ferry\","
                         "\"date\":\"2024-06-01\"}");
    assert_int_equal(nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err),
                     NN_OK);
    assert_string_equal(rec->input, "x.jsonl:3");
    assert_string_equal(rec->id, "3"); /* no id key: the line number */
    assert_string_equal(rec->title, "Ferry operator orders two ships");
    assert_string_equal(rec->url, "https://news.example/2024/05/01/ferry");
    assert_string_equal(rec->source, "news.example");
    assert_string_equal(rec->date, "2024-05-01"); /* the URL's, first */
    assert_false(tl_warned(rec, "no date found"));
    assert_false(tl_warned(rec, "date field"));
    nn_record_free(rec);
    /* with --explain, lines are the text's own (the "URL Source:" line
     * the URL is given as is not among them) */
    {
        nn_options eo = NN_OPTIONS_INIT;
        nn_normalizer *ez;
        size_t i;
        eo.flags = NN_OPT_EXPLAIN;
        ez = nn_normalizer_new(&eo, NULL, 0);
        nn_buf_clear(&f.data);
        nn_buf_puts(&f.data, "{\"url\":\"https://news.example/a\",\"text\":"
                             "\"Home\\nNews\\nSport\\nFerry operator orders "
                             "two ships\\n\\n");
        nn_buf_puts(&f.data, body);
        nn_buf_puts(&f.data, "\\n\\nShare on Facebook\"}");
        assert_int_equal(nn_normalize_frame(ez, &f, &so, &rec, err, sizeof err),
                         NN_OK);
        assert_true(rec->removed_len >= 3);
        for (i = 0; i < rec->removed_len; i++)
            assert_false(strstr(rec->removed[i].text, "URL Source"));
        assert_int_equal(rec->removed[0].line, 1);
        assert_string_equal(rec->removed[0].text, "Home");
        assert_string_equal(rec->removed[rec->removed_len - 1].text,
                            "Share on Facebook");
        assert_int_equal(rec->removed[rec->removed_len - 1].line, 8);
        nn_record_free(rec);
        nn_normalizer_free(ez);
    }
    /* the date key, when nothing else has a date */
    nn_buf_clear(&f.data);
    nn_buf_puts(&f.data, "{\"id\":\"k\",\"text\":\"Ferry operator orders two "
                         "ships\\n\\n");
    nn_buf_puts(&f.data, body);
    nn_buf_puts(&f.data, "\",\"date\":\"2024-06-01T08:00:00.123Z\"}");
    assert_int_equal(nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err),
                     NN_OK);
    assert_string_equal(rec->id, "k");
    assert_string_equal(rec->date, "2024-06-01T08:00:00+00:00");
    assert_true(tl_warned(rec, "date taken from the input's date field"));
    nn_record_free(rec);
    /* an HTML fragment is read as a page: its paragraphs stay apart */
    nn_buf_clear(&f.data);
    nn_buf_puts(&f.data, "{\"html\":\"<h1>Port strike ends</h1><p>The port "
                         "strike ended on Friday after workers accepted a new "
                         "offer.</p><p>Ships began to unload on Saturday "
                         "morning, the port said.</p>\"}");
    assert_int_equal(nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err),
                     NN_OK);
    assert_string_equal(rec->title, "Port strike ends");
    assert_non_null(strstr(rec->body, "offer.\n\nShips"));
    nn_record_free(rec);
    /* no article */
    nn_buf_clear(&f.data);
    nn_buf_puts(&f.data, "{\"title\":\"x\"}");
    assert_int_equal(nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err),
                     NN_ERR_RECORD);
    assert_null(rec);
    assert_string_equal(err, "no \"text\" or \"html\" string");
    nn_buf_clear(&f.data);
    nn_buf_puts(&f.data, "{\"text\":\"  \"}");
    assert_int_equal(nn_normalize_frame(nz, &f, &so, &rec, err, sizeof err),
                     NN_ERR_EMPTY);
    nn_frame_free(&f);
    nn_normalizer_free(nz);
}

/* A stream from a pipe: a record is handed out as soon as its line is
 * there, before the writer closes the pipe. */
static void test_pipe_record_by_record(void **state)
{
    nn_stream_options o = NN_STREAM_OPTIONS_INIT;
    int p[2];
    nn_reader *r;
    nn_frame f;
    (void)state;
    assert_int_equal(pipe(p), 0);
    o.kind = NN_STREAM_JSONL;
    r = nn_reader_new(p[0], "-", &o);
    nn_frame_init(&f);
    assert_int_equal(write(p[1], "{\"text\":\"a\"}\n{\"te", 17), 17);
    assert_int_equal(nn_reader_next(r, &f), NN_READ_RECORD);
    assert_string_equal(f.input.ptr, "-:1");
    assert_int_equal(write(p[1], "xt\":\"b\"}\n", 9), 9);
    assert_int_equal(nn_reader_next(r, &f), NN_READ_RECORD);
    assert_string_equal(f.data.ptr, "{\"text\":\"b\"}");
    close(p[1]);
    assert_int_equal(nn_reader_next(r, &f), NN_READ_END);
    assert_int_equal(nn_reader_next(r, &f), NN_READ_END);
    nn_frame_free(&f);
    nn_reader_free(r);
    close(p[0]);
}

/* The one-pass reader agrees with jansson: on lines meant to reach each
 * of its ways, and on a few thousand random edits of them (a byte
 * replaced, put in or taken out), the same verdict, the same fields, the
 * same error message. */
static const char *const seeds[] = {
    "{\"text\":\"T\",\"id\":\"x-1\",\"url\":\"u\",\"date\":\"2024-05-01\"}",
    "{\"id\":42,\"text\":\"caf\xc3\xa9 \\u00e9\\ud83d\\ude00 \\\"q\\\" \\\\ \\/ "
    "\\b\\f\\n\\r\\t\",\"meta\":{\"a\":[1,2.5,-0,true,false,null,{}],\"b\":[]}}",
    " {\"html\":\"<p>H</p>\" , \"text\" : \"T\" , \"id\" : -7 }\t",
    "{\"html\":\"\",\"text\":\"T\",\"id\":\"\"}",
    "{\"text\":\"a\\u0000b\",\"id\":1.5}",
    "{\"text\":\"x\",\"id\":-0,\"n\":12345678901234567890}",
    "{\"text\":\"one\",\"text\":\"two\",\"id\":null,\"id\":7}",
    "{\"text\":\"x\",\"e\":1e5,\"k\\u0041\":1}",
    "{\"text\":[\"no\"],\"html\":3}",
    "[{\"text\":\"x\"}]",
    /* what jansson refuses: UTF-8 surrogates, beyond U+10FFFF, overlong;
     * a lone surrogate escape */
    "{\"text\":\"\xed\xa0\x80\"}",
    "{\"text\":\"\xf4\x90\x80\x80\"}",
    "{\"text\":\"\xc0\xaf\"}",
    "{\"text\":\"\xe0\x80\xaf\"}",
    "{\"text\":\"\xf0\x80\x80\xaf\"}",
    "{\"text\":\"\\ud800\\u0041\"}",
    "{\"text\":\"x\",\"z\":\"\\udc00\"}",
    "{\"text\":\"t\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]"
    "]]]]]]]]]]]]]]]]]]]}",
    "{}",
};

static void compare_ways(const char *line, size_t len,
                         const nn_stream_options *o)
{
    nn_jsonl_item a, b;
    char ea[128] = "", eb[128] = "";
    int ra, rb;
    nn_jsonl_item_init(&a);
    nn_jsonl_item_init(&b);
    ra = nn_jsonl_parse(line, len, 9, o, &a, ea, sizeof ea);
    rb = nn_jsonl_parse_jansson(line, len, 9, o, &b, eb, sizeof eb);
    if (ra != rb || strcmp(ea, eb) || a.html != b.html ||
        a.text.len != b.text.len ||
        memcmp(a.text.ptr, b.text.ptr, a.text.len) ||
        strcmp(a.id.ptr, b.id.ptr) || strcmp(a.url.ptr, b.url.ptr) ||
        strcmp(a.date.ptr, b.date.ptr)) {
        print_message("differ on [%.*s]: %d [%s] id [%s] / %d [%s] id [%s]\n",
                      (int)len, line, ra, ea, a.id.ptr, rb, eb, b.id.ptr);
        fail();
    }
    nn_jsonl_item_free(&a);
    nn_jsonl_item_free(&b);
}

static void test_parse_one_pass_as_jansson(void **state)
{
    static const char alphabet[] = "\"\\{}[]:, 0123456789eE.+-tfnulaxu\t\r"
                                   "\xc3\xa9\xed\xa0\x80\xf4\x90\xff";
    nn_stream_options o = NN_STREAM_OPTIONS_INIT;
    unsigned long long s = 15;
    char line[512];
    size_t i, round;
    (void)state;
    for (round = 0; round < 2; round++) {
        if (round == 1) { /* keys renamed, one key for two fields */
            o.id_key = "text";
            o.url_key = "meta";
            o.date_key = "id";
        }
        for (i = 0; i < NN_COUNT(seeds); i++) {
            size_t n = strlen(seeds[i]), m;
            int k;
            compare_ways(seeds[i], n, &o);
            compare_ways(seeds[i], n + (i == 4), &o); /* a NUL byte */
            for (k = 0; k < 300; k++) {
                size_t at, len = n;
                memcpy(line, seeds[i], n);
                for (m = 0; m < 1 + (size_t)k % 3; m++) {
                    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
                    at = (s >> 33) % (len + 1);
                    char c = alphabet[(s >> 13) % (sizeof alphabet - 1)];
                    switch ((s >> 60) % 3) {
                    case 0:
                        if (at < len)
                            line[at] = c;
                        break;
                    case 1:
                        memmove(line + at + 1, line + at, len - at);
                        line[at] = c;
                        len++;
                        break;
                    default:
                        if (at < len) {
                            memmove(line + at, line + at + 1, len - at - 1);
                            len--;
                        }
                    }
                }
                compare_ways(line, len, &o);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines_and_labels),
        cmocka_unit_test(test_line_over_limit),
        cmocka_unit_test(test_gzip_members),
        cmocka_unit_test(test_gzip_bomb),
        cmocka_unit_test(test_parse_fields),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_one_pass_as_jansson),
        cmocka_unit_test(test_normalize_frame),
        cmocka_unit_test(test_pipe_record_by_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
