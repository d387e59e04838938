/* rules_int.h - what the rule engine's two files share (rules.c and
 * rules_compile.c include it, nothing else does): the compiled core, a
 * variant of the alternation, one thread's ruleset.  It includes
 * pattern.h, so PCRE2 stays inside the engine.
 *
 * The stage, in the order a profile passes through it:
 *   rules_compile.c  a profile's tables compiled: the core, the rulesets
 *                    on it, each variant of the alternation on first use
 *   rules.c          the engine's design (see there); matching a line,
 *                    the callout that checks a rule's conditions, the
 *                    detection score, URL ids, title and URL cuts */
#ifndef NN_RULES_INT_H
#define NN_RULES_INT_H

#include "internal.h"
#include "pattern.h"
#include "rules.h"

#include <pthread.h>
#include <stdatomic.h>

#define MAX_RULES 255 /* numeric callouts are 0..255 */
#define MAX_NEEDS 12  /* distinct needs in a ruleset: 2^12 variants a slot */
#define NO_POS SIZE_MAX
#define MATCH_LIMIT 1000000

/* The alternation of the rules that may apply under one set of
 * conditions: one pattern, or where PCRE2 would not compile it whole
 * ("regular expression is too large") up to MAX_PARTS patterns of
 * consecutive rules, tried in order (the first rule that matches wins, as
 * in one alternation). */
#define MAX_PARTS 8
typedef struct variant {
    pcre2_code *re[MAX_PARTS];
    size_t nparts;
    uint32_t base[MAX_RULES]; /* capture number, in its rule's part, before
                                 rule i's group 1 */
} variant;

/* Where a need occurs in the text: the leftmost match at or after `from`
 * (at == NO_POS: none), so the answer holds for every line from `from` up
 * to the match. */
typedef struct need_pos {
    size_t from, at, end;
} need_pos;

/* A need that is a plain string (need_literal): looked for without PCRE2
 * (rules.c, lit_find), with the same leftmost match.  caseless: its ASCII
 * letters in either case (b holds them in lower case); ks: it holds a k
 * or an s, which PCRE2 (UTF, UCP) also matches as U+212A or U+017F. */
#define LIT_MAX 64
typedef struct need_lit {
    unsigned char b[LIT_MAX];
    size_t n; /* 0: no literal, PCRE2 searches */
    int caseless, ks;
} need_lit;

/* What the rulesets of all threads share (nn_ruleset_share): the compiled
 * tables, read-only once made, and the variants, each compiled once by the
 * first thread that needs it (under mu) and read without a lock after. */
typedef struct rules_core {
    const nn_profile *prof;
    const nn_rule *rules[MAX_RULES];
    uint32_t count[MAX_RULES]; /* capture groups of each rule */
    pcre2_code *until[MAX_RULES];
    char *guard[MAX_RULES];         /* "(?=[...])": the bytes rule i may start
                               with (NULL: any); see first_bytes */
    signed char need_of[MAX_RULES]; /* index into needs, -1: none */
    size_t n;
    unsigned maxline; /* largest nn_rule.line; 0: none */
    /* (slot << nneeds) | needs present, slot = 2 * line + in_body: see
     * variant_of; each made on first use */
    _Atomic(variant *) *variants;
    size_t nvariants;
    unsigned *relevant; /* of a slot: needs of the rules that may apply */
    pcre2_code *need_re[MAX_NEEDS];
    need_lit need_lit[MAX_NEEDS];
    size_t nneeds;
    uint32_t groups; /* capture groups of all the rules: sizes md */
    pcre2_code **signals;
    pcre2_code **needs; /* of the signals; NULL entries: none */
    size_t *need_first; /* of a signal: the first with the same need,
                                 whose compiled need it shares */
    pcre2_code **urlids;
    pcre2_code *suffix, *urlcut;
    pthread_mutex_t mu; /* held while a variant is made */
    atomic_size_t refs; /* rulesets using the core */
} rules_core;

/* One thread's use of a core: match data and the state of the current
 * text and match. */
struct nn_ruleset {
    rules_core *c;
    size_t *quiet;    /* of a slot: [quiet[2s], quiet[2s+1]) of the
                                 text holds none of its needs */
    const char *text; /* see nn_ruleset_text */
    size_t text_len;
    int text_ks; /* the text holds U+212A or U+017F; -1: not known yet */
    need_pos need_at[MAX_NEEDS];
    const variant *cur; /* the variant being matched */
    pcre2_match_data *md, *md2;
    pcre2_match_context *mctx;
    unsigned char *absent; /* nn_ruleset_score's: of a need's first
                                 signal, the need is nowhere in the text */
    /* callout state for the current match */
    const nn_match_state *st;
    nn_match *m;
    int accepted;
};

/* ---- the steps, by the file that holds them ------------------------------ */

/* rules_compile.c */
const variant *nn_rl_variant_get(rules_core *c, size_t k, int in_body,
                                 unsigned line, unsigned has);

#endif
