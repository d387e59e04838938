/* testlib.h - shared helpers for the cmocka unit tests. */
#ifndef NN_TESTLIB_H
#define NN_TESTLIB_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "emit.h"
#include "inline.h"
#include "input.h"
#include "internal.h"
#include "page.h"
#include "paragraph.h"
#include "rules.h"
#include "simhash.h"
#include "unicode.h"
#include "url.h"

/* Normalize a NUL-terminated text with the given options; fails the test
 * when the normalizer cannot be made or the text is refused. */
static inline nn_record *tl_normalize(const char *text, unsigned flags,
                                      const char *profile)
{
    nn_options o = NN_OPTIONS_INIT;
    nn_normalizer *nz;
    nn_record *rec = NULL;
    char err[256];
    o.flags = flags;
    o.profile = profile;
    nz = nn_normalizer_new(&o, err, sizeof err);
    assert_non_null(nz);
    assert_int_equal(nn_normalize(nz, text, strlen(text), "t", &rec), NN_OK);
    nn_normalizer_free(nz);
    return rec;
}

/* The first removal by `rule` (the name alone), or NULL (needs
 * NN_OPT_EXPLAIN). */
static inline const nn_removal *tl_removal(const nn_record *rec,
                                           const char *rule)
{
    size_t i;
    for (i = 0; i < rec->removed_len; i++)
        if (!strcmp(rec->removed[i].rule, rule))
            return &rec->removed[i];
    return NULL;
}

/* Is `rule` among the record's removals (needs NN_OPT_EXPLAIN)? */
static inline int tl_removed_by(const nn_record *rec, const char *rule)
{
    return tl_removal(rec, rule) != NULL;
}

/* The value of extra[key], or NULL. */
static inline const char *tl_extra(const nn_record *rec, const char *key)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++)
        if (!strcmp(rec->extra[i].key, key))
            return rec->extra[i].value;
    return NULL;
}

/* Does some warning contain `part`? */
static inline int tl_warned(const nn_record *rec, const char *part)
{
    size_t i;
    for (i = 0; i < rec->warnings.len; i++)
        if (strstr(rec->warnings.items[i], part))
            return 1;
    return 0;
}

/* Did `rule` remove a line containing `text` (needs NN_OPT_EXPLAIN)? */
static inline int tl_removed_text(const nn_record *rec, const char *rule,
                                  const char *text)
{
    size_t i;
    for (i = 0; i < rec->removed_len; i++)
        if (!strcmp(rec->removed[i].rule, rule) &&
            strstr(rec->removed[i].text, text))
            return 1;
    return 0;
}

/* The record's body holds s; else the test fails, showing the body. */
static inline void tl_body_has(const nn_record *rec, const char *s)
{
    if (!strstr(rec->body, s)) {
        print_error("body lacks \"%s\":\n%s\n", s, rec->body);
        fail();
    }
}

/* The record's body does not hold s. */
static inline void tl_body_lacks(const nn_record *rec, const char *s)
{
    if (strstr(rec->body, s)) {
        print_error("body still holds \"%s\":\n%s\n", s, rec->body);
        fail();
    }
}

#endif
