/* profile_file.h - the reader of profile files, shared by its two halves
 * (not installed; only profile_file.c and profile_keys.c include it):
 * profile_file.c reads lines, values, sections and items, profile_keys.c
 * says what each key means. */
#ifndef NN_PROFILE_FILE_H
#define NN_PROFILE_FILE_H

#include "internal.h"
#include "rules.h"

/* Where a key may stand: the section it belongs to. */
enum scope {
    SC_FILE = 1u,    /* anywhere */
    SC_PROFILE = 2u, /* in a profile, before its first item */
    SC_SIGNAL = 4u,
    SC_URLID = 8u,
    SC_RULE = 16u,
    SC_OPEN = 32u, /* opens a section or item (its value is a word) */
};

/* What the open item is. */
enum item { IT_NONE, IT_SIGNAL, IT_URLID, IT_RULE };

typedef struct parser parser;

typedef struct key {
    const char *name;
    unsigned scope;
    uint32_t re; /* a pattern compiled with these options; 0: text */
    int (*set)(parser *ps, const char *v);
} key;

struct parser {
    const char *path;
    size_t lineno; /* the line being read */
    char *err;
    size_t errlen;
    unsigned flags;
    nn_profile_file *f;
    const nn_define *pre; /* names known beforehand */
    size_t npre;
    nn_profile_def *prof; /* the open profile or common section */
    int common;           /* prof is the common section */
    enum item item;
    size_t item_line;
    unsigned seen;   /* keys given in the open item (bit: index) */
    const key *pend; /* the key whose value is being read */
    size_t pend_line;
    nn_buf val; /* its value so far */
    nn_buf tmp;
};

/* The rule and the signal being read. */
static inline nn_rule *cur_rule(parser *ps)
{
    return &ps->prof->rules[ps->prof->p.nrules - 1];
}

static inline nn_signal *cur_signal(parser *ps)
{
    return &ps->prof->signals[ps->prof->p.nsignals - 1];
}

/* The keys, in one table: name, where it may stand, how its value is
 * read, what it sets. */
extern const key nn_pf_keys[];
extern const size_t nn_pf_nkeys;
size_t nn_pf_key_index(const char *name);
/* The options a pattern of key k is compiled with, in the open item. */
uint32_t nn_pf_re_opts(const parser *ps, const key *k);

/* profile_file.c: "PATH:LINE: message" into ps->err; returns -1. */
int nn_pf_fail(parser *ps, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A copy of s the open profile owns. */
const char *nn_pf_own(parser *ps, const char *s);
/* Sections and items (profile_file.c), as the key table calls them. */
int nn_pf_open_profile(parser *ps, const char *v);
int nn_pf_open_common(parser *ps, const char *v);
int nn_pf_open_signal(parser *ps, const char *v);
int nn_pf_open_urlid(parser *ps, const char *v);
int nn_pf_open_rule(parser *ps, const char *v);
int nn_pf_set_define(parser *ps, const char *v);

/* profile_keys.c: values. */
int nn_pf_int(parser *ps, const char *v, long lo, long hi, long *out);
/* Append v to out with every {{NAME}} replaced by its text. */
int nn_pf_expand(parser *ps, const char *v, nn_buf *out, int depth);
/* Compile a pattern as the engine will, to report a mistake now. */
int nn_pf_check_pattern(parser *ps, const char *pat, uint32_t opts);
/* A word that names something: letters, digits, '-', '_', '.', ':'. */
int nn_pf_is_word(const char *v);

#endif
