/* fuzz_normalize.c - libFuzzer harness over the library's entry point.
 *
 * The first byte chooses the options (explain, ascii, strict; bits 3, 4
 * and 6 the profile: 0 detected, else one of nn_profile_names(); bit 5:
 * the input parsed as HTML whatever it looks like) and the rest is
 * the article; HTML is also detected without bit 5, as for the CLI.  Every record is rendered in every format, so
 * the emitters are fuzzed too; the XML is parsed back and must be
 * well-formed, the JSON must not contain raw control characters.
 *
 *   make fuzz                      build and run (FUZZ_SECONDS, default 60)
 *   build-fuzz/fuzz_normalize FILE replay one input (e.g. a crash file)
 */
#include <libxml/parser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsnorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nn_normalizer *nzs[128];

/* Profile k of the library's list (0: detect), whatever the list holds. */
static const char *profile(unsigned k)
{
    const char *const *names = nn_profile_names();
    size_t n = 0;
    while (names[n])
        n++;
    return k == 0 || n == 0 ? NULL : names[(k - 1) % n];
}

static nn_normalizer *get(unsigned sel)
{
    unsigned key = sel & 127;
    if (!nzs[key]) {
        nn_options o = NN_OPTIONS_INIT;
        o.flags = key & 7; /* NN_OPT_EXPLAIN | NN_OPT_ASCII | NN_OPT_STRICT */
        o.profile = profile(((key >> 3) & 3) | ((key >> 4) & 4));
        o.max_size = 1 << 20;
        o.input_format = key & 32 ? "html" : NULL;
        nzs[key] = nn_normalizer_new(&o, NULL, 0);
        if (!nzs[key])
            abort();
    }
    return nzs[key];
}

static void check_json(const nn_buf *b)
{
    size_t i;
    utf8proc_int32_t cp;
    for (i = 0; i < b->len; i++)
        if ((unsigned char)b->ptr[i] < 0x20 && b->ptr[i] != '\n')
            abort(); /* a raw control character in JSON */
    for (i = 0; i < b->len;) {
        utf8proc_ssize_t n = utf8proc_iterate(
            (const utf8proc_uint8_t *)b->ptr + i,
            (utf8proc_ssize_t)(b->len - i), &cp);
        if (n < 1)
            abort(); /* a record's text is always valid UTF-8 */
        i += (size_t)n;
    }
}

static void check_xml(const nn_buf *b)
{
    xmlDocPtr doc = xmlReadMemory(b->ptr, (int)b->len, NULL, "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR |
                                      XML_PARSE_NOWARNING);
    if (!doc)
        abort(); /* not well-formed */
    xmlFreeDoc(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    nn_record *rec = NULL;
    nn_format f;
    if (size < 1)
        return 0;
    if (nn_normalize(get(data[0]), (const char *)data + 1, size - 1, "fuzz",
                     &rec) != NN_OK)
        return 0;
    for (f = NN_FORMAT_JSONL; f <= NN_FORMAT_MARKDOWN; f++) {
        nn_buf out = NN_BUF_INIT;
        nn_record_render(rec, f, NN_OPT_EXPLAIN, &out);
        if (f == NN_FORMAT_JSONL)
            check_json(&out);
        if (f == NN_FORMAT_XML)
            check_xml(&out);
        nn_buf_free(&out);
    }
    nn_record_free(rec);
    return 0;
}
