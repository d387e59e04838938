/* test_emit.c - the emitters: JSON (compact and pretty) parsed back with
 * jansson, stream framing, XML parsed back with libxml2, markdown front
 * matter and plain text layout. */
#include "testlib.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* A title with everything JSON and XML must escape. */
#define NASTY_TITLE                                                            \
    "Ctl\x01 tab\t nl\n \"quoted\" back\\slash <tag> & ]]> "                   \
    "T\xC3\xBCrkiye \xE2\x80\x9CQ\xE2\x80\x9D \xE6\x97\xA5\xE6\x9C\xAC "       \
    "\xF0\x9F\x98\x80"

static void set(char **field, const char *s)
{
    nn_record_set(field, s, strlen(s));
}

static void push(nn_list *l, const char *s)
{
    nn_list_push(l, s, strlen(s));
}

/* A record with every field filled. */
static nn_record *full_record(const char *title)
{
    nn_record *rec = nn_record_new();
    set(&rec->title, title);
    set(&rec->date, "2025-04-08");
    set(&rec->source, "The Moscow Times");
    set(&rec->source_id, "moscowtimes");
    set(&rec->provider, "Daily News Egypt");
    set(&rec->url, "https://www.themoscowtimes.com/2025/04/08/x-a1");
    push(&rec->authors, "Jane Doe");
    push(&rec->authors, "John Roe");
    push(&rec->credits, "AFP");
    rec->image = nn_xcalloc(1, sizeof *rec->image);
    set(&rec->image->caption, "A caption.");
    set(&rec->image->credit, "Igor Ivanko / Kommersant");
    push(&rec->related, "Another story");
    set(&rec->body, "First paragraph here.\n\nSecond \"one\" & <more>.");
    set(&rec->input, "in/x.txt");
    push(&rec->warnings, "no date found");
    nn_record_extra(rec, "tags", "Kremlin, Ukraine", 16);
    nn_record_extra(rec, "article_id", "a1", 2);
    nn_record_removed(rec, "related-article", 7, "Related article: X", 18);
    nn_record_measured(rec, "link-density", 0.916, 9, "Home | News", 11);
    nn_record_finish(rec);
    return rec;
}

/* A record with only the fields that are never missing. */
static nn_record *bare_record(const char *title)
{
    nn_record *rec = nn_record_new();
    set(&rec->title, title);
    set(&rec->source_id, "generic");
    set(&rec->body, "Body.");
    set(&rec->input, "-");
    nn_record_finish(rec);
    return rec;
}

static json_t *parse_json(const nn_buf *b)
{
    json_error_t err;
    json_t *j = json_loadb(b->ptr, b->len, 0, &err);
    if (!j) {
        print_error("invalid JSON (%s at line %d col %d):\n%s\n", err.text,
                    err.line, err.column, b->ptr);
        fail();
    }
    return j;
}

static const char *jstr(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    assert_non_null(v);
    assert_true(json_is_string(v));
    return json_string_value(v);
}

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

/* ---- JSON --------------------------------------------------------------- */

static void check_full_json(json_t *j, const char *title, int explain)
{
    json_t *v, *m, *img, *extra;
    assert_true(json_is_object(j));
    assert_string_equal(jstr(j, "title"), title);
    assert_string_equal(jstr(j, "date"), "2025-04-08");
    assert_string_equal(jstr(j, "source"), "The Moscow Times");
    assert_string_equal(jstr(j, "source_id"), "moscowtimes");
    assert_string_equal(jstr(j, "provider"), "Daily News Egypt");
    assert_string_equal(jstr(j, "url"),
                        "https://www.themoscowtimes.com/2025/04/08/x-a1");
    v = json_object_get(j, "authors");
    assert_true(json_is_array(v));
    assert_int_equal(json_array_size(v), 2);
    assert_string_equal(json_string_value(json_array_get(v, 0)), "Jane Doe");
    assert_string_equal(json_string_value(json_array_get(v, 1)), "John Roe");
    v = json_object_get(j, "credits");
    assert_int_equal(json_array_size(v), 1);
    assert_string_equal(json_string_value(json_array_get(v, 0)), "AFP");
    img = json_object_get(j, "image");
    assert_true(json_is_object(img));
    assert_string_equal(jstr(img, "caption"), "A caption.");
    assert_string_equal(jstr(img, "credit"), "Igor Ivanko / Kommersant");
    v = json_object_get(j, "related");
    assert_int_equal(json_array_size(v), 1);
    assert_string_equal(jstr(j, "body"),
                        "First paragraph here.\n\nSecond \"one\" & <more>.");
    v = json_object_get(j, "word_count");
    assert_true(json_is_integer(v));
    assert_int_equal(json_integer_value(v), 6);
    assert_int_equal(strlen(jstr(j, "fingerprint")), 16);
    assert_string_equal(jstr(j, "input"), "in/x.txt");
    v = json_object_get(j, "warnings");
    assert_int_equal(json_array_size(v), 1);
    extra = json_object_get(j, "extra");
    assert_true(json_is_object(extra));
    assert_int_equal(json_object_size(extra), 2);
    assert_string_equal(jstr(extra, "tags"), "Kremlin, Ukraine");
    assert_string_equal(jstr(extra, "article_id"), "a1");
    v = json_object_get(j, "removed");
    if (!explain) {
        assert_null(v);
        return;
    }
    assert_true(json_is_array(v));
    assert_int_equal(json_array_size(v), 2);
    m = json_array_get(v, 0);
    assert_string_equal(jstr(m, "rule"), "related-article");
    assert_null(json_object_get(m, "measure")); /* a rule has none */
    assert_int_equal(json_integer_value(json_object_get(m, "line")), 7);
    assert_string_equal(jstr(m, "text"), "Related article: X");
    m = json_array_get(v, 1);
    assert_string_equal(jstr(m, "rule"), "link-density");
    assert_true(json_is_real(json_object_get(m, "measure")));
    assert_true(json_real_value(json_object_get(m, "measure")) == 0.92);
    assert_int_equal(json_integer_value(json_object_get(m, "line")), 9);
}

/* A measure is kept to two decimals, rounded as printf rounds, and
 * printed with two whatever the locale. */
static void test_measure_two_decimals(void **state)
{
    nn_record *rec = nn_record_new();
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_record_measured(rec, "stopwords", 0.125, 1, "a", 1); /* a tie */
    nn_record_measured(rec, "stopwords", 0.0, 2, "b", 1);
    nn_record_measured(rec, "nav-list", 1.0, 3, "c", 1);
    nn_record_measured(rec, "link-density", (double)0.285f, 4, "d", 1);
    nn_record_measured(rec, "image", -1, 5, "e", 1); /* none */
    assert_true(rec->removed[0].measure == 0.12);
    assert_true(rec->removed[1].measure == 0.0);
    assert_true(rec->removed[2].measure == 1.0);
    assert_true(isnan(rec->removed[4].measure));
    nn_measure_put(&out, rec->removed[0].measure);
    nn_buf_putc(&out, ' ');
    nn_measure_put(&out, rec->removed[1].measure);
    nn_buf_putc(&out, ' ');
    nn_measure_put(&out, rec->removed[2].measure);
    nn_buf_putc(&out, ' ');
    nn_measure_put(&out, rec->removed[3].measure);
    {
        char want[64];
        snprintf(want, sizeof want, "%.2f %.2f %.2f %.2f", 0.125, 0.0, 1.0,
                 (double)0.285f);
        assert_string_equal(out.ptr, want);
    }
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_jsonl_round_trip(void **state)
{
    nn_record *rec = full_record(NASTY_TITLE);
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSONL, 0, &out);
    j = parse_json(&out);
    check_full_json(j, NASTY_TITLE, 0);
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_jsonl_is_one_line(void **state)
{
    nn_record *rec = full_record(NASTY_TITLE);
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSONL, NN_OPT_EXPLAIN, &out);
    assert_int_equal(count_char(out.ptr, '\n'), 1);
    assert_int_equal(out.ptr[out.len - 1], '\n');
    assert_int_equal(out.ptr[0], '{');
    /* raw control characters never reach the output */
    assert_null(strchr(out.ptr, '\x01'));
    assert_null(strchr(out.ptr, '\t'));
    assert_non_null(strstr(out.ptr, "\\u0001"));
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_jsonl_explain_has_removed(void **state)
{
    nn_record *rec = full_record("T");
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSONL, NN_OPT_EXPLAIN, &out);
    j = parse_json(&out);
    check_full_json(j, "T", 1);
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_json_pretty_round_trip(void **state)
{
    nn_record *rec = full_record(NASTY_TITLE);
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSON, NN_OPT_EXPLAIN, &out);
    j = parse_json(&out);
    check_full_json(j, NASTY_TITLE, 1);
    json_decref(j);
    /* pretty: one member a line, indented, ends with a newline */
    assert_true(count_char(out.ptr, '\n') > 15);
    assert_non_null(strstr(out.ptr, "\n  \"title\": "));
    assert_int_equal(out.ptr[out.len - 1], '\n');
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_json_nulls_and_empty_lists(void **state)
{
    nn_record *rec = bare_record("Only a title");
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSONL, 0, &out);
    j = parse_json(&out);
    assert_true(json_is_null(json_object_get(j, "date")));
    assert_true(json_is_null(json_object_get(j, "source")));
    assert_true(json_is_null(json_object_get(j, "provider")));
    assert_true(json_is_null(json_object_get(j, "url")));
    assert_true(json_is_null(json_object_get(j, "image")));
    assert_true(json_is_array(json_object_get(j, "authors")));
    assert_int_equal(json_array_size(json_object_get(j, "authors")), 0);
    assert_int_equal(json_array_size(json_object_get(j, "credits")), 0);
    assert_int_equal(json_array_size(json_object_get(j, "related")), 0);
    assert_int_equal(json_array_size(json_object_get(j, "warnings")), 0);
    assert_true(json_is_object(json_object_get(j, "extra")));
    assert_int_equal(json_object_size(json_object_get(j, "extra")), 0);
    assert_int_equal(json_integer_value(json_object_get(j, "word_count")), 1);
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_json_image_without_credit(void **state)
{
    nn_record *rec = bare_record("T");
    nn_buf out = NN_BUF_INIT;
    json_t *j, *img;
    (void)state;
    rec->image = nn_xcalloc(1, sizeof *rec->image);
    set(&rec->image->caption, "Caption only.");
    nn_record_render(rec, NN_FORMAT_JSON, 0, &out);
    j = parse_json(&out);
    img = json_object_get(j, "image");
    assert_string_equal(jstr(img, "caption"), "Caption only.");
    assert_true(json_is_null(json_object_get(img, "credit")));
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_json_string_escapes(void **state)
{
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_json_string(&out, "a\"b\\c\nd\re\tf\bg\fh\x1F"
                         "i/\xC3\xA9");
    assert_string_equal(out.ptr,
                        "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u001fi/\xC3\xA9\"");
    nn_buf_free(&out);
}

static void test_json_string_round_trips_at_every_offset(void **state)
{
    /* strings of plain text with an escaped byte ('"', '\\', a control)
     * now and then, at every offset the eight-byte scan can meet it:
     * jansson reads each back as the same string */
    static const char odd[] = "\"\\\n\t\x01\x1f";
    unsigned seed = 7;
    int iter;
    (void)state;
    for (iter = 0; iter < 20000; iter++) {
        char in[70];
        size_t len, k;
        nn_buf out = NN_BUF_INIT;
        json_t *v;
        json_error_t jerr;
        seed = seed * 1103515245u + 12345u;
        len = (seed >> 16) % sizeof in;
        for (k = 0; k < len; k++) {
            seed = seed * 1103515245u + 12345u;
            in[k] = (seed >> 16) % 12 ? (char)('a' + (seed >> 20) % 26)
                                      : odd[(seed >> 20) % (sizeof odd - 1)];
        }
        in[len] = '\0';
        nn_json_string(&out, in);
        v = json_loads(out.ptr, JSON_DECODE_ANY, &jerr);
        assert_non_null(v);
        assert_string_equal(json_string_value(v), in);
        json_decref(v);
        nn_buf_free(&out);
    }
}

static void test_json_from_normalized_record(void **state)
{
    nn_record *rec = tl_normalize("# Ministers Meet in Istanbul\n\n"
                                  "April 8, 2025\n\n"
                                  "By Jane Doe and John Roe\n\n"
                                  "Ministers met on Tuesday.\n",
                                  0, NULL);
    nn_buf out = NN_BUF_INIT;
    json_t *j, *a;
    (void)state;
    nn_record_render(rec, NN_FORMAT_JSONL, 0, &out);
    j = parse_json(&out);
    assert_string_equal(jstr(j, "title"), "Ministers Meet in Istanbul");
    assert_string_equal(jstr(j, "date"), "2025-04-08");
    assert_string_equal(jstr(j, "body"), "Ministers met on Tuesday.");
    assert_string_equal(jstr(j, "input"), "t");
    a = json_object_get(j, "authors");
    assert_int_equal(json_array_size(a), 2);
    assert_string_equal(json_string_value(json_array_get(a, 1)), "John Roe");
    assert_int_equal(json_integer_value(json_object_get(j, "word_count")), 4);
    assert_string_equal(jstr(j, "fingerprint"), rec->fingerprint);
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

/* ---- stream framing ------------------------------------------------------ */

static void render_stream(nn_format fmt, nn_record **recs, size_t n,
                          size_t expected, nn_buf *out)
{
    size_t i;
    nn_stream_begin(fmt, expected, out);
    for (i = 0; i < n; i++) {
        if (i)
            nn_stream_separator(fmt, expected, out);
        nn_stream_record(recs[i], fmt, 0, expected, out);
    }
    nn_stream_end(fmt, expected, n, out);
}

static void test_json_stream_array_of_three(void **state)
{
    nn_record *recs[3];
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    size_t i;
    (void)state;
    recs[0] = full_record("one");
    recs[1] = bare_record("two");
    recs[2] = full_record(NASTY_TITLE);
    render_stream(NN_FORMAT_JSON, recs, 3, 3, &out);
    j = parse_json(&out);
    assert_true(json_is_array(j));
    assert_int_equal(json_array_size(j), 3);
    assert_string_equal(jstr(json_array_get(j, 0), "title"), "one");
    assert_string_equal(jstr(json_array_get(j, 1), "title"), "two");
    check_full_json(json_array_get(j, 2), NASTY_TITLE, 0);
    json_decref(j);
    nn_buf_free(&out);
    for (i = 0; i < 3; i++)
        nn_record_free(recs[i]);
}

static void test_json_stream_single_object(void **state)
{
    nn_record *rec = full_record("alone");
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    render_stream(NN_FORMAT_JSON, &rec, 1, 1, &out);
    j = parse_json(&out);
    assert_true(json_is_object(j));
    assert_string_equal(jstr(j, "title"), "alone");
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_json_stream_fewer_written(void **state)
{
    /* three announced, one failed: still a valid array of the other two;
     * none written at all: an empty array */
    nn_record *recs[2];
    nn_buf out = NN_BUF_INIT;
    json_t *j;
    (void)state;
    recs[0] = bare_record("a");
    recs[1] = bare_record("b");
    render_stream(NN_FORMAT_JSON, recs, 2, 3, &out);
    j = parse_json(&out);
    assert_int_equal(json_array_size(j), 2);
    json_decref(j);
    nn_buf_clear(&out);
    render_stream(NN_FORMAT_JSON, recs, 0, 3, &out);
    j = parse_json(&out);
    assert_true(json_is_array(j));
    assert_int_equal(json_array_size(j), 0);
    json_decref(j);
    nn_buf_free(&out);
    nn_record_free(recs[0]);
    nn_record_free(recs[1]);
}

static void test_jsonl_stream_lines(void **state)
{
    nn_record *recs[3];
    nn_buf out = NN_BUF_INIT;
    const char *line;
    size_t i;
    (void)state;
    recs[0] = full_record("one");
    recs[1] = full_record(NASTY_TITLE);
    recs[2] = bare_record("three");
    render_stream(NN_FORMAT_JSONL, recs, 3, 3, &out);
    assert_int_equal(count_char(out.ptr, '\n'), 3);
    line = out.ptr;
    for (i = 0; i < 3; i++) {
        const char *nl = strchr(line, '\n');
        json_error_t err;
        json_t *j = json_loadb(line, (size_t)(nl - line), 0, &err);
        assert_non_null(j);
        assert_string_equal(jstr(j, "title"), i == 0   ? "one"
                                              : i == 1 ? NASTY_TITLE
                                                       : "three");
        json_decref(j);
        line = nl + 1;
    }
    nn_buf_free(&out);
    for (i = 0; i < 3; i++)
        nn_record_free(recs[i]);
}

/* ---- XML ------------------------------------------------------------------ */

static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
    xmlNodePtr n;
    for (n = parent->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name))
            return n;
    return NULL;
}

static size_t count_children(xmlNodePtr parent, const char *name)
{
    xmlNodePtr n;
    size_t k = 0;
    for (n = parent->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name))
            k++;
    return k;
}

/* Text of parent/name; the test fails if there is no such element. */
static void expect_text(xmlNodePtr parent, const char *name, const char *want)
{
    xmlNodePtr n = child(parent, name);
    xmlChar *t;
    assert_non_null(n);
    t = xmlNodeGetContent(n);
    assert_non_null(t);
    assert_string_equal((const char *)t, want);
    xmlFree(t);
}

static xmlDocPtr parse_xml(const nn_buf *b)
{
    xmlDocPtr doc = xmlReadMemory(b->ptr, (int)b->len, "t.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR |
                                      XML_PARSE_NOWARNING);
    if (!doc) {
        print_error("not well-formed XML:\n%s\n", b->ptr);
        fail();
    }
    return doc;
}

#define XML_TITLE                                                              \
    "x < y & z ]]> ctl\x01"                                                    \
    "end \xC3\xA9"
#define XML_TITLE_READ                                                         \
    "x < y & z ]]> ctl\xEF\xBF\xBD"                                            \
    "end \xC3\xA9"

static void test_xml_well_formed_and_round_trip(void **state)
{
    nn_record *rec = full_record(XML_TITLE);
    nn_buf out = NN_BUF_INIT;
    xmlDocPtr doc;
    xmlNodePtr root, art, n;
    xmlChar *attr;
    (void)state;
    set(&rec->body, "a <b> & c ]]> d\x02");
    nn_record_render(rec, NN_FORMAT_XML, NN_OPT_EXPLAIN, &out);
    doc = parse_xml(&out);
    root = xmlDocGetRootElement(doc);
    assert_string_equal((const char *)root->name, "articles");
    assert_int_equal(count_children(root, "article"), 1);
    art = child(root, "article");
    expect_text(art, "title", XML_TITLE_READ);
    expect_text(art, "body", "a <b> & c ]]> d\xEF\xBF\xBD");
    expect_text(art, "date", "2025-04-08");
    expect_text(art, "provider", "Daily News Egypt");
    n = child(art, "authors");
    assert_non_null(n);
    assert_int_equal(count_children(n, "author"), 2);
    n = child(art, "image");
    assert_non_null(n);
    expect_text(n, "credit", "Igor Ivanko / Kommersant");
    expect_text(art, "word_count", "6");
    n = child(art, "extra");
    assert_non_null(n);
    assert_int_equal(count_children(n, "item"), 2);
    n = child(art, "removed");
    assert_non_null(n);
    n = child(n, "line");
    assert_non_null(n);
    attr = xmlGetProp(n, BAD_CAST "rule");
    assert_string_equal((const char *)attr, "related-article");
    xmlFree(attr);
    assert_null(xmlGetProp(n, BAD_CAST "measure")); /* a rule has none */
    n = n->next;
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    assert_non_null(n);
    attr = xmlGetProp(n, BAD_CAST "rule");
    assert_string_equal((const char *)attr, "link-density");
    xmlFree(attr);
    attr = xmlGetProp(n, BAD_CAST "measure");
    assert_string_equal((const char *)attr, "0.92");
    xmlFree(attr);
    xmlFreeDoc(doc);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_xml_null_fields_marked(void **state)
{
    nn_record *rec = bare_record("T");
    nn_buf out = NN_BUF_INIT;
    xmlDocPtr doc;
    xmlNodePtr art, n;
    xmlChar *attr;
    (void)state;
    nn_record_render(rec, NN_FORMAT_XML, 0, &out);
    doc = parse_xml(&out);
    art = child(xmlDocGetRootElement(doc), "article");
    assert_non_null(art);
    n = child(art, "date");
    assert_non_null(n);
    attr = xmlGetProp(n, BAD_CAST "null");
    assert_non_null(attr);
    assert_string_equal((const char *)attr, "true");
    xmlFree(attr);
    n = child(art, "title");
    attr = xmlGetProp(n, BAD_CAST "null");
    assert_null(attr);
    /* no removed element without NN_OPT_EXPLAIN */
    assert_null(child(art, "removed"));
    xmlFreeDoc(doc);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_xml_stream_of_three(void **state)
{
    nn_record *recs[3];
    nn_buf out = NN_BUF_INIT;
    xmlDocPtr doc;
    xmlNodePtr root, n;
    size_t i = 0;
    static const char *const titles[] = {"one", XML_TITLE_READ, "three"};
    (void)state;
    recs[0] = bare_record("one");
    recs[1] = full_record(XML_TITLE);
    recs[2] = bare_record("three");
    render_stream(NN_FORMAT_XML, recs, 3, 3, &out);
    doc = parse_xml(&out);
    root = xmlDocGetRootElement(doc);
    assert_int_equal(count_children(root, "article"), 3);
    for (n = root->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
            expect_text(n, "title", titles[i++]);
    assert_int_equal(i, 3);
    xmlFreeDoc(doc);
    nn_buf_free(&out);
    for (i = 0; i < 3; i++)
        nn_record_free(recs[i]);
}

/* ---- markdown and text ------------------------------------------------------ */

static void test_markdown_front_matter(void **state)
{
    nn_record *rec = full_record("Title: with \"quotes\"");
    nn_buf out = NN_BUF_INIT;
    const char *end;
    (void)state;
    nn_record_render(rec, NN_FORMAT_MARKDOWN, 0, &out);
    assert_memory_equal(out.ptr, "---\n", 4);
    end = strstr(out.ptr + 4, "\n---\n\n");
    assert_non_null(end);
    /* the body follows the front matter */
    assert_string_equal(end + 6, "First paragraph here.\n\n"
                                 "Second \"one\" & <more>.\n");
    /* scalars are quoted and escaped */
    assert_non_null(
        strstr(out.ptr, "\ntitle: \"Title: with \\\"quotes\\\"\"\n"));
    assert_non_null(strstr(out.ptr, "\ndate: \"2025-04-08\"\n"));
    assert_non_null(strstr(out.ptr, "\nauthors:\n  - \"Jane Doe\"\n"
                                    "  - \"John Roe\"\n"));
    assert_non_null(strstr(out.ptr, "\nword_count: 6\n"));
    assert_true(strstr(out.ptr, "\nword_count: 6\n") < end);
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_markdown_empty_values(void **state)
{
    nn_record *rec = bare_record("T");
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_record_render(rec, NN_FORMAT_MARKDOWN, 0, &out);
    assert_non_null(strstr(out.ptr, "\ndate: null\n"));
    assert_non_null(strstr(out.ptr, "\nauthors: []\n"));
    assert_non_null(strstr(out.ptr, "\nimage: null\n"));
    assert_non_null(strstr(out.ptr, "\nextra: {}\n"));
    assert_non_null(strstr(out.ptr, "\n---\n\nBody.\n"));
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_text_layout(void **state)
{
    nn_record *rec = full_record("The Title");
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_record_render(rec, NN_FORMAT_TEXT, 0, &out);
    assert_string_equal(out.ptr, "The Title\n2025-04-08\nThe Moscow Times\n\n"
                                 "First paragraph here.\n\n"
                                 "Second \"one\" & <more>.\n");
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_text_missing_fields_keep_lines(void **state)
{
    nn_record *rec = bare_record("Only");
    nn_buf out = NN_BUF_INIT;
    (void)state;
    nn_record_render(rec, NN_FORMAT_TEXT, 0, &out);
    /* date and source missing: their lines are empty, not dropped */
    assert_string_equal(out.ptr, "Only\n\n\n\nBody.\n");
    nn_buf_free(&out);
    nn_record_free(rec);
}

static void test_text_stream_form_feed(void **state)
{
    nn_record *recs[2];
    nn_buf out = NN_BUF_INIT;
    (void)state;
    recs[0] = bare_record("A");
    recs[1] = bare_record("B");
    render_stream(NN_FORMAT_TEXT, recs, 2, 2, &out);
    assert_string_equal(out.ptr, "A\n\n\n\nBody.\n\f\nB\n\n\n\nBody.\n");
    nn_buf_free(&out);
    nn_record_free(recs[0]);
    nn_record_free(recs[1]);
}

static void test_format_names(void **state)
{
    nn_format f;
    (void)state;
    assert_int_equal(nn_format_parse("xml", &f), 0);
    assert_int_equal(f, NN_FORMAT_XML);
    assert_int_equal(nn_format_parse("md", &f), 0);
    assert_int_equal(f, NN_FORMAT_MARKDOWN);
    assert_int_equal(nn_format_parse("yaml", &f), -1);
    assert_string_equal(nn_format_extension(NN_FORMAT_TEXT), "txt");
    assert_string_equal(nn_format_extension(NN_FORMAT_JSONL), "jsonl");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_round_trip),
        cmocka_unit_test(test_jsonl_is_one_line),
        cmocka_unit_test(test_jsonl_explain_has_removed),
        cmocka_unit_test(test_measure_two_decimals),
        cmocka_unit_test(test_json_pretty_round_trip),
        cmocka_unit_test(test_json_nulls_and_empty_lists),
        cmocka_unit_test(test_json_image_without_credit),
        cmocka_unit_test(test_json_string_escapes),
        cmocka_unit_test(test_json_string_round_trips_at_every_offset),
        cmocka_unit_test(test_json_from_normalized_record),
        cmocka_unit_test(test_json_stream_array_of_three),
        cmocka_unit_test(test_json_stream_single_object),
        cmocka_unit_test(test_json_stream_fewer_written),
        cmocka_unit_test(test_jsonl_stream_lines),
        cmocka_unit_test(test_xml_well_formed_and_round_trip),
        cmocka_unit_test(test_xml_null_fields_marked),
        cmocka_unit_test(test_xml_stream_of_three),
        cmocka_unit_test(test_markdown_front_matter),
        cmocka_unit_test(test_markdown_empty_values),
        cmocka_unit_test(test_text_layout),
        cmocka_unit_test(test_text_missing_fields_keep_lines),
        cmocka_unit_test(test_text_stream_form_feed),
        cmocka_unit_test(test_format_names),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
