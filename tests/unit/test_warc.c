/* test_warc.c - the WARC/WET reader (warc.c): record types, lengths
 * checked against the data, resynchronization, gzip members, HTTP. */
#include "streamlib.h"

#include "stream.h"

static const char page[] =
    "<!DOCTYPE html><html><head><title>Crane collapses</title></head>"
    "<body><article><h1>Crane collapses</h1><p>A container crane collapsed "
    "at the harbour on Tuesday night as winds reached 120 km/h, the port "
    "authority said.</p></article></body></html>";

/* Append a record; declared: the Content-Length written (-1: the true
 * one). */
static void rec(nn_buf *b, const char *type, const char *uri, const char *ctype,
                const char *block, long declared)
{
    char h[160];
    size_t n = strlen(block);
    snprintf(h, sizeof h,
             "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: 2024-07-04T12:00:00Z"
             "\r\nWARC-Record-ID: <urn:uuid:%08zx-0000-0000-0000-00000000000"
             "0>\r\n",
             type, b->len);
    nn_buf_puts(b, h);
    if (uri) {
        nn_buf_puts(b, "WARC-Target-URI: ");
        nn_buf_puts(b, uri);
        nn_buf_puts(b, "\r\n");
    }
    if (ctype) {
        nn_buf_puts(b, "Content-Type: ");
        nn_buf_puts(b, ctype);
        nn_buf_puts(b, "\r\n");
    }
    snprintf(h, sizeof h, "Content-Length: %ld\r\n\r\n",
             declared < 0 ? (long)n : declared);
    nn_buf_puts(b, h);
    nn_buf_put(b, block, n);
    nn_buf_puts(b, "\r\n\r\n");
}

static void http(nn_buf *b, const char *status, const char *headers,
                 const char *body)
{
    nn_buf_puts(b, "HTTP/1.1 ");
    nn_buf_puts(b, status);
    nn_buf_puts(b, "\r\n");
    nn_buf_puts(b, headers);
    nn_buf_puts(b, "\r\n");
    nn_buf_puts(b, body);
}

/* A crawl: only the page and the texts become articles; the rest is
 * skipped and counted. */
static void test_record_types(void **state)
{
    nn_buf w = NN_BUF_INIT, h = NN_BUF_INIT, redirect = NN_BUF_INIT,
           pdf = NN_BUF_INIT;
    sl_rec r[8];
    size_t n, skipped, at_response;
    (void)state;
    http(&h, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", page);
    http(&redirect, "301 Moved Permanently", "Location: /x\r\n", "");
    http(&pdf, "200 OK", "Content-Type: application/pdf\r\n", "%PDF-1.4");
    rec(&w, "warcinfo", NULL, "application/warc-fields", "software: t\r\n", -1);
    rec(&w, "request", "https://e.example/a",
        "application/http; "
        "msgtype=request",
        "GET /a HTTP/1.1\r\nHost: e.example\r\n\r\n", -1);
    at_response = w.len;
    rec(&w, "response", "https://e.example/a",
        "application/http; "
        "msgtype=response",
        h.ptr, -1);
    rec(&w, "response", "https://e.example/b",
        "application/http; "
        "msgtype=response",
        redirect.ptr, -1);
    rec(&w, "response", "https://e.example/c.pdf",
        "application/http; "
        "msgtype=response",
        pdf.ptr, -1);
    rec(&w, "metadata", "https://e.example/a", "application/warc-fields",
        "via: x\r\n", -1);
    rec(&w, "conversion", "https://e.example/a", "text/plain",
        "Crane collapses\nA container crane collapsed.", -1);
    rec(&w, "resource", "file:///notes.txt", "text/plain", "Notes", -1);
    n = sl_read(w.ptr, w.len, NN_STREAM_AUTO, 0, r, 8, &skipped);
    assert_int_equal(n, 3);
    assert_int_equal(skipped, 5);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[0].type, NN_FRAME_HTML);
    assert_string_equal(r[0].data, page); /* the HTTP headers are gone */
    assert_string_equal(r[0].url, "https://e.example/a");
    assert_string_equal(r[0].date, "2024-07-04T12:00:00Z");
    assert_int_equal(strncmp(r[0].id, "urn:uuid:", 9), 0); /* no <> */
    {
        char want[32];
        snprintf(want, sizeof want, "in:%zu", at_response);
        assert_string_equal(r[0].input, want);
    }
    assert_int_equal(r[1].type, NN_FRAME_TEXT);
    assert_string_equal(r[1].data,
                        "Crane collapses\nA container crane collapsed.");
    assert_int_equal(r[2].type, NN_FRAME_TEXT);
    assert_string_equal(r[2].data, "Notes");
    sl_free(r, n);
    nn_buf_free(&w);
    nn_buf_free(&h);
    nn_buf_free(&redirect);
    nn_buf_free(&pdf);
}

/* A Content-Length that lies is a bad record; the records after it (even
 * those a longer length swallowed) are still read. */
static void test_lying_lengths(void **state)
{
    nn_buf w = NN_BUF_INIT;
    sl_rec r[8];
    size_t n;
    (void)state;
    rec(&w, "conversion", "u1", "text/plain", "one one one", -1);
    rec(&w, "conversion", "u2", "text/plain", "two two two", 5); /* short */
    rec(&w, "conversion", "u3", "text/plain", "three", -1);
    rec(&w, "conversion", "u4", "text/plain", "four", 60); /* long */
    rec(&w, "conversion", "u5", "text/plain",
        "five five five five five "
        "five five five five",
        -1);
    n = sl_read(w.ptr, w.len, NN_STREAM_WARC, 0, r, 8, NULL);
    assert_int_equal(n, 5);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_string_equal(r[0].data, "one one one");
    assert_int_equal(r[1].rc, NN_READ_BAD);
    assert_string_equal(r[1].err, "the record does not end where its "
                                  "Content-Length (5) says");
    assert_int_equal(r[2].rc, NN_READ_RECORD);
    assert_string_equal(r[2].data, "three");
    assert_int_equal(r[3].rc, NN_READ_BAD);
    assert_int_equal(r[4].rc, NN_READ_RECORD);
    assert_string_equal(r[4].url, "u5");
    sl_free(r, n);
    /* the last record's length runs past the end of the input */
    nn_buf_clear(&w);
    rec(&w, "conversion", "u1", "text/plain", "one", -1);
    rec(&w, "conversion", "u2", "text/plain", "two", 500);
    n = sl_read(w.ptr, w.len, NN_STREAM_WARC, 0, r, 8, NULL);
    assert_int_equal(n, 2);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[1].rc, NN_READ_BAD);
    assert_non_null(strstr(r[1].err, "Content-Length 500 runs past the end "
                                     "of the input"));
    sl_free(r, n);
    /* no Content-Length at all, or not a number */
    nn_buf_clear(&w);
    nn_buf_puts(&w, "WARC/1.0\r\nWARC-Type: conversion\r\n\r\nbody\r\n\r\n");
    rec(&w, "conversion", "u2", "text/plain", "two", -1);
    n = sl_read(w.ptr, w.len, NN_STREAM_WARC, 0, r, 8, NULL);
    assert_int_equal(n, 2);
    assert_int_equal(r[0].rc, NN_READ_BAD);
    assert_string_equal(r[0].err, "a WARC record without a valid "
                                  "Content-Length");
    assert_string_equal(r[1].data, "two");
    sl_free(r, n);
    nn_buf_free(&w);
}

/* An input that ends inside a header fails after the records before. */
static void test_ends_mid_header(void **state)
{
    nn_buf w = NN_BUF_INIT;
    sl_rec r[4];
    size_t n, cut;
    (void)state;
    rec(&w, "conversion", "u1", "text/plain", "one", -1);
    cut = w.len;
    nn_buf_puts(&w, "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Le");
    n = sl_read(w.ptr, w.len, NN_STREAM_WARC, 0, r, 4, NULL);
    assert_int_equal(n, 2);
    assert_int_equal(r[0].rc, NN_READ_RECORD);
    assert_int_equal(r[1].rc, NN_READ_FAIL);
    {
        char want[80];
        snprintf(want, sizeof want,
                 "offset %zu: the input ends inside a "
                 "WARC header",
                 cut);
        assert_string_equal(r[1].err, want);
    }
    sl_free(r, n);
    nn_buf_free(&w);
}

/* A record over the limit is read through, not kept; garbage between
 * records is skipped to the next WARC/ line. */
static void test_limit_and_garbage(void **state)
{
    nn_buf w = NN_BUF_INIT, big = NN_BUF_INIT;
    sl_rec r[8];
    size_t n, i;
    (void)state;
    for (i = 0; i < 200000; i++)
        nn_buf_putc(&big, "abcdefgh \n"[i % 10]);
    rec(&w, "conversion", "u1", "text/plain", big.ptr, -1);
    nn_buf_puts(&w, "garbage that is no record\r\n");
    rec(&w, "conversion", "u2", "text/plain", "two", -1);
    n = sl_read(w.ptr, w.len, NN_STREAM_WARC, 1000, r, 8, NULL);
    assert_int_equal(n, 3);
    assert_int_equal(r[0].rc, NN_READ_BAD);
    assert_string_equal(r[0].err, "a record of 200000 bytes, larger than "
                                  "the limit of 1000 (see --max-size)");
    assert_int_equal(r[1].rc, NN_READ_BAD);
    assert_non_null(strstr(r[1].err, "no WARC record here"));
    assert_int_equal(r[2].rc, NN_READ_RECORD);
    assert_string_equal(r[2].data, "two");
    sl_free(r, n);
    nn_buf_free(&w);
    nn_buf_free(&big);
}

/* .warc.gz, a member a record as crawlers write them: each record is
 * labelled with the file offset of its member. */
static void test_gzip_members(void **state)
{
    nn_buf one = NN_BUF_INIT, gz = NN_BUF_INIT;
    sl_rec r[4];
    size_t n, second;
    (void)state;
    rec(&one, "conversion", "u1", "text/plain", "one", -1);
    sl_gzip(&gz, one.ptr, one.len);
    second = gz.len;
    nn_buf_clear(&one);
    rec(&one, "warcinfo", NULL, NULL, "x", -1);
    rec(&one, "conversion", "u2", "text/plain", "two", -1);
    sl_gzip(&gz, one.ptr, one.len);
    n = sl_read(gz.ptr, gz.len, NN_STREAM_AUTO, 0, r, 4, NULL);
    assert_int_equal(n, 2);
    assert_string_equal(r[0].input, "in:0");
    {
        char want[32];
        snprintf(want, sizeof want, "in:%zu", second);
        assert_string_equal(r[1].input, want);
    }
    assert_string_equal(r[1].data, "two");
    sl_free(r, n);
    nn_buf_free(&one);
    nn_buf_free(&gz);
}

/* HTTP: chunked transfer coding and gzip content coding are undone; a
 * response without a Content-Type is a page when it looks like one. */
static void test_http_payload(void **state)
{
    nn_buf in = NN_BUF_INIT, out = NN_BUF_INIT, gz = NN_BUF_INIT;
    char err[128];
    (void)state;
    http(&in, "200 OK",
         "Content-Type: text/html\r\nTransfer-Encoding: "
         "chunked\r\n",
         "5\r\n<html\r\n3;ext=1\r\n><p\r\n0\r\n\r\n");
    assert_int_equal(nn_http_payload(in.ptr, in.len, 1000, &out, err,
                                     sizeof err),
                     1);
    assert_string_equal(out.ptr, "<html><p");
    nn_buf_clear(&in);
    sl_gzip(&gz, page, sizeof page - 1);
    http(&in, "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
         "");
    nn_buf_put(&in, gz.ptr, gz.len);
    assert_int_equal(nn_http_payload(in.ptr, in.len, 1000, &out, err,
                                     sizeof err),
                     1);
    assert_string_equal(out.ptr, page);
    /* bounded once inflated */
    assert_int_equal(nn_http_payload(in.ptr, in.len, 100, &out, err,
                                     sizeof err),
                     -1);
    assert_non_null(strstr(err, "more than 100 bytes once inflated"));
    nn_buf_clear(&in);
    http(&in, "200 OK", "Server: x\r\n", page);
    assert_int_equal(nn_http_payload(in.ptr, in.len, 1000, &out, err,
                                     sizeof err),
                     1);
    nn_buf_clear(&in);
    http(&in, "200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n",
         "xx");
    assert_int_equal(nn_http_payload(in.ptr, in.len, 1000, &out, err,
                                     sizeof err),
                     0);
    nn_buf_clear(&in);
    http(&in, "404 Not Found", "Content-Type: text/html\r\n", page);
    assert_int_equal(nn_http_payload(in.ptr, in.len, 1000, &out, err,
                                     sizeof err),
                     0);
    assert_int_equal(nn_http_payload("HTTP/1.1 200 OK\r\nno end", 23, 1000,
                                     &out, err, sizeof err),
                     -1);
    nn_buf_free(&in);
    nn_buf_free(&out);
    nn_buf_free(&gz);
}

/* A WARC page's record: the URL and the crawl date from the headers. */
static void test_normalize_warc_frame(void **state)
{
    nn_options no = NN_OPTIONS_INIT;
    nn_normalizer *nz = nn_normalizer_new(&no, NULL, 0);
    nn_frame f;
    nn_record *rec_;
    char err[256];
    (void)state;
    nn_frame_init(&f);
    f.type = NN_FRAME_HTML;
    nn_buf_puts(&f.data, page);
    nn_buf_puts(&f.input, "c.warc.gz:0");
    nn_buf_puts(&f.id, "urn:uuid:1");
    nn_buf_puts(&f.url, "https://coast.example/crane");
    nn_buf_puts(&f.date, "2024-07-04T12:00:00Z");
    assert_int_equal(nn_normalize_frame(nz, &f, NULL, &rec_, err, sizeof err),
                     NN_OK);
    assert_string_equal(rec_->title, "Crane collapses");
    assert_string_equal(rec_->id, "urn:uuid:1");
    assert_string_equal(rec_->input, "c.warc.gz:0");
    assert_string_equal(rec_->url, "https://coast.example/crane");
    assert_string_equal(rec_->date, "2024-07-04");
    assert_string_equal(tl_extra(rec_, "crawl_date"), "2024-07-04");
    assert_true(tl_warned(rec_, "date taken from the crawl date"));
    assert_false(tl_warned(rec_, "no date found"));
    nn_record_free(rec_);
    nn_frame_free(&f);
    nn_normalizer_free(nz);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_types),
        cmocka_unit_test(test_lying_lengths),
        cmocka_unit_test(test_ends_mid_header),
        cmocka_unit_test(test_limit_and_garbage),
        cmocka_unit_test(test_gzip_members),
        cmocka_unit_test(test_http_payload),
        cmocka_unit_test(test_normalize_warc_frame),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
