/* rules.c - the rule engine: a profile's rule table compiled into one PCRE2
 * alternation, matched once per line.
 *
 * The combined pattern is  ^(?:(?:p0)(?C0)|(?:p1)(?C1)|...)  where p0..pn
 * are the profile's rules followed by the common rules.  The callout after
 * each alternative runs only when that alternative has matched; it checks
 * the rule's conditions (head or body, field already set, date valid, block
 * end found) and fails the alternative when they do not hold, so PCRE2 goes
 * on to the next rule.  That keeps rule order meaningful (first applicable
 * rule wins) while every line is scanned by one JIT-compiled pattern
 * (PERF-NOTES: 2,300 MB/s against 330 for a loop over patterns).
 *
 * A rule whose conditions cannot hold on a line need not be in the
 * alternation at all: a head-zone rule on a body line would be matched in
 * full only for the callout to turn it down (the caption rule alone scans
 * every line with .{8,400}).  So the alternation is compiled in variants,
 * one for each combination of the conditions known before matching (head
 * or body; the line number for rules tied to a line), each holding only
 * the rules that may apply, in table order.  Leaving out rules that could
 * not have been accepted does not change which rule wins.  Variants are
 * compiled on first use: a run meets few of them.
 *
 * A rule that scans its line for a phrase (".{0,400}donate now") costs
 * every line in the alternation, which PCRE2 walks a character at a time.
 * Searched on its own, the phrase is found by PCRE2's fast forward scans.
 * Such a rule names the phrase as its need (nn_rule.need); needs are
 * searched over the whole text, each once per occurrence, and the set of
 * needs present in a line is the last part of the variant's key.
 *
 * The compiled tables and the variants are the ruleset's core, shared by
 * the rulesets of every thread (nn_ruleset_share): read-only once made,
 * each variant compiled by the first thread that needs it.  A ruleset of
 * its own holds a thread's match data and the state of its text. */
#include "date.h"
#include "internal.h"
#include "pattern.h"
#include "rules.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RULES 255 /* numeric callouts are 0..255 */
#define MAX_NEEDS 8   /* distinct needs in a ruleset: 2^8 variants a slot */
#define NO_POS SIZE_MAX
#define MATCH_LIMIT 1000000

/* The alternation of the rules that may apply under one set of
 * conditions. */
typedef struct variant {
    pcre2_code *re;
    uint32_t base[MAX_RULES]; /* capture number before rule i's group 1 */
} variant;

/* Where a need occurs in the text: the leftmost match at or after `from`
 * (at == NO_POS: none), so the answer holds for every line from `from` up
 * to the match. */
typedef struct need_pos {
    size_t from, at, end;
} need_pos;

/* What the rulesets of all threads share (nn_ruleset_share): the compiled
 * tables, read-only once made, and the variants, each compiled once by the
 * first thread that needs it (under mu) and read without a lock after. */
typedef struct rules_core {
    const nn_profile *prof;
    const nn_rule *rules[MAX_RULES];
    uint32_t count[MAX_RULES]; /* capture groups of each rule */
    pcre2_code *until[MAX_RULES];
    signed char need_of[MAX_RULES]; /* index into needs, -1: none */
    size_t n;
    unsigned maxline;         /* largest nn_rule.line; 0: none */
    /* (slot << nneeds) | needs present, slot = 2 * line + in_body: see
     * variant_of; each made on first use */
    _Atomic(variant *) *variants;
    size_t nvariants;
    unsigned *relevant;       /* of a slot: needs of the rules that may apply */
    pcre2_code *need_re[MAX_NEEDS];
    size_t nneeds;
    pcre2_code *all;          /* every rule: checks the table, sizes md */
    pcre2_code **signals;
    pcre2_code **needs;       /* of the signals; NULL entries: none */
    size_t *need_first;       /* of a signal: the first with the same need,
                                 whose compiled need it shares */
    pcre2_code **urlids;
    pcre2_code *suffix, *urlcut;
    pthread_mutex_t mu;       /* held while a variant is made */
    atomic_size_t refs;       /* rulesets using the core */
} rules_core;

/* One thread's use of a core: match data and the state of the current
 * text and match. */
struct nn_ruleset {
    rules_core *c;
    size_t *quiet;            /* of a slot: [quiet[2s], quiet[2s+1]) of the
                                 text holds none of its needs */
    const char *text;         /* see nn_ruleset_text */
    size_t text_len;
    need_pos need_at[MAX_NEEDS];
    const variant *cur;       /* the variant being matched */
    pcre2_match_data *md, *md2;
    pcre2_match_context *mctx;
    unsigned char *absent;    /* nn_ruleset_score's: of a need's first
                                 signal, the need is nowhere in the text */
    /* callout state for the current match */
    const nn_match_state *st;
    nn_match *m;
    int accepted;
};

static pcre2_match_context *limited_ctx;

static void make_limited(void)
{
    limited_ctx = pcre2_match_context_create(NULL);
    if (!limited_ctx)
        nn_die_oom(64);
    pcre2_set_match_limit(limited_ctx, MATCH_LIMIT);
    pcre2_set_depth_limit(limited_ctx, MATCH_LIMIT);
}

static int jit_off(void)
{
    const char *e = getenv("NEWSNORM_NO_JIT");
    return e && *e && strcmp(e, "0");
}

static pcre2_code *compile_nojit(const char *pat, uint32_t extra,
                                 const char *what, char *err, size_t errlen)
{
    char msg[160];
    size_t off;
    pcre2_code *re = nn_pattern_compile(pat, extra, &off, msg, sizeof msg);
    if (!re)
        snprintf(err, errlen, "rule %s: pattern error at %zu: %s", what, off,
                 msg);
    return re;
}

static pcre2_code *compile(const char *pat, uint32_t extra, const char *what,
                           char *err, size_t errlen)
{
    pcre2_code *re = compile_nojit(pat, extra, what, err, errlen);
    if (!re)
        return NULL;
    /* JIT is an optimization: without it (e.g. no executable memory) the
     * interpreter gives the same results.  NEWSNORM_NO_JIT=1 turns it off
     * for valgrind, whose memcheck cannot follow JIT code (its 16-byte
     * reads past the subject are reported as errors). */
    if (!jit_off())
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

/* "(?:pattern)(?Ci)", after a '|' unless it is the first. */
static void put_alternative(nn_buf *pat, size_t i, const char *pattern)
{
    char num[16];
    if (pat->len > 3) /* more than the opening "(?:" */
        nn_buf_putc(pat, '|');
    nn_buf_puts(pat, "(?:");
    nn_buf_puts(pat, pattern);
    snprintf(num, sizeof num, ")(?C%zu)", i);
    nn_buf_puts(pat, num);
}

/* Register rule n's need (rules that share a need pattern share its
 * search). */
static int add_need(rules_core *c, const nn_rule *r, char *err,
                    size_t errlen)
{
    size_t g, i;
    for (i = 0; i < c->n; i++)
        if (c->rules[i]->need && !strcmp(c->rules[i]->need, r->need)) {
            c->need_of[c->n] = c->need_of[i];
            return 0;
        }
    if ((g = c->nneeds) >= MAX_NEEDS) {
        snprintf(err, errlen, "profile %s: more than %d needs", c->prof->id,
                 MAX_NEEDS);
        return -1;
    }
    if (!(c->need_re[g] = compile(r->need, PCRE2_MULTILINE, r->name, err,
                                   errlen)))
        return -1;
    c->need_of[c->n] = (signed char)g;
    c->nneeds++;
    return 0;
}

static int add_rule(rules_core *c, const nn_rule *r, nn_buf *pat,
                    char *err, size_t errlen)
{
    pcre2_code *one;
    uint32_t count = 0;

    if (c->n >= MAX_RULES) {
        snprintf(err, errlen, "profile %s: more than %d rules",
                 c->prof->id, MAX_RULES);
        return -1;
    }
    if (!(one = compile_nojit(r->pattern, 0, r->name, err, errlen)))
        return -1;
    pcre2_pattern_info(one, PCRE2_INFO_CAPTURECOUNT, &count);
    pcre2_code_free(one);
    if (r->until && !(c->until[c->n] = compile(r->until, PCRE2_ANCHORED,
                                                 r->name, err, errlen)))
        return -1;
    c->need_of[c->n] = -1;
    if (r->need && add_need(c, r, err, errlen) < 0)
        return -1;
    c->rules[c->n] = r;
    c->count[c->n] = count;
    if (r->line > c->maxline)
        c->maxline = r->line;
    put_alternative(pat, c->n, r->pattern);
    c->n++;
    return 0;
}

static pcre2_code **compile_list(size_t n, const char *(*get)(const void *,
                                                              size_t),
                                 const void *arr, uint32_t opts,
                                 const char *what, char *err, size_t errlen)
{
    pcre2_code **v = nn_xcalloc(n + 1, sizeof *v);
    size_t i;
    for (i = 0; i < n; i++)
        if (!(v[i] = compile(get(arr, i), opts, what, err, errlen)))
            return v; /* caller frees; a NULL entry marks the failure */
    return v;
}

static const char *signal_pat(const void *a, size_t i)
{
    return ((const nn_signal *)a)[i].pattern;
}

static const char *urlid_pat(const void *a, size_t i)
{
    return ((const nn_urlid *)a)[i].pattern;
}

static int list_ok(pcre2_code **v, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!v[i])
            return 0;
    return 1;
}

/* May rule r apply under these conditions (before its own match)? */
static int may_apply(const nn_rule *r, int in_body, unsigned line)
{
    if ((r->when & NN_HEAD) && in_body)
        return 0;
    if ((r->when & NN_BODY) && !in_body)
        return 0;
    return !r->line || r->line == line;
}

/* The needs of the rules that may apply in a slot. */
static unsigned relevant_needs(const rules_core *c, int in_body,
                               unsigned line)
{
    unsigned mask = 0;
    size_t i;
    for (i = 0; i < c->n; i++)
        if (c->need_of[i] >= 0 && may_apply(c->rules[i], in_body, line))
            mask |= 1u << c->need_of[i];
    return mask;
}

static void core_free(rules_core *c)
{
    size_t i;
    if (!c)
        return;
    for (i = 0; i < MAX_RULES; i++)
        pcre2_code_free(c->until[i]);
    for (i = 0; c->variants && i < c->nvariants; i++) {
        variant *v = atomic_load_explicit(&c->variants[i],
                                          memory_order_relaxed);
        if (v) {
            pcre2_code_free(v->re);
            free(v);
        }
    }
    free(c->variants);
    free(c->relevant);
    for (i = 0; i < c->nneeds; i++)
        pcre2_code_free(c->need_re[i]);
    pcre2_code_free(c->all);
    for (i = 0; c->signals && i < c->prof->nsignals; i++)
        pcre2_code_free(c->signals[i]);
    for (i = 0; c->needs && i < c->prof->nsignals; i++)
        if (c->need_first[i] == i)
            pcre2_code_free(c->needs[i]);
    free(c->needs);
    free(c->need_first);
    for (i = 0; c->urlids && i < c->prof->nurlids; i++)
        pcre2_code_free(c->urlids[i]);
    free(c->signals);
    free(c->urlids);
    pcre2_code_free(c->suffix);
    pcre2_code_free(c->urlcut);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static rules_core *core_new(const nn_profile *p, char *err, size_t errlen)
{
    rules_core *c = nn_xcalloc(1, sizeof *c);
    nn_buf pat = NN_BUF_INIT;
    size_t i;

    c->prof = p;
    pthread_mutex_init(&c->mu, NULL);
    atomic_init(&c->refs, 1);
    nn_buf_puts(&pat, "(?:");
    for (i = 0; i < p->nrules; i++)
        if (add_rule(c, &p->rules[i], &pat, err, errlen))
            goto fail;
    for (i = 0; !p->plain && i < nn_rules_common_len; i++)
        if (add_rule(c, &nn_rules_common[i], &pat, err, errlen))
            goto fail;
    nn_buf_putc(&pat, ')');
    /* the whole table, to report a bad pattern now rather than when a
     * variant is first needed; matching uses the variants */
    {
        char msg[160];
        size_t off;
        /* each rule compiled alone (add_rule): what fails here is the
         * rules together (two of them naming a group alike) */
        if (!(c->all = nn_pattern_compile(pat.ptr, PCRE2_ANCHORED, &off, msg,
                                          sizeof msg))) {
            snprintf(err, errlen, "profile %s: its rules as one pattern: "
                     "error at %zu: %s", p->id, off, msg);
            goto fail;
        }
    }
    c->relevant = nn_xcalloc(2 * (c->maxline + 1), sizeof *c->relevant);
    for (i = 0; i < 2 * (c->maxline + 1); i++)
        c->relevant[i] = relevant_needs(c, (int)(i & 1), (unsigned)i / 2);
    c->nvariants = 2 * (size_t)(c->maxline + 1) << c->nneeds;
    c->variants = nn_xcalloc(c->nvariants, sizeof *c->variants);
    for (i = 0; i < c->nvariants; i++)
        atomic_init(&c->variants[i], NULL);
    c->signals = compile_list(p->nsignals, signal_pat, p->signals,
                              PCRE2_MULTILINE, p->id, err, errlen);
    c->urlids = compile_list(p->nurlids, urlid_pat, p->urlids, 0, p->id,
                             err, errlen);
    c->needs = nn_xcalloc(p->nsignals + 1, sizeof *c->needs);
    c->need_first = nn_xcalloc(p->nsignals + 1, sizeof *c->need_first);
    for (i = 0; i < p->nsignals; i++) {
        size_t j;
        if (!p->signals[i].need)
            continue;
        for (j = 0; j < i; j++)
            if (p->signals[j].need &&
                !strcmp(p->signals[j].need, p->signals[i].need))
                break;
        c->need_first[i] = j;
        if (j < i)
            c->needs[i] = c->needs[j]; /* compiled once, freed once */
        else if (!(c->needs[i] = compile(p->signals[i].need,
                                         PCRE2_MULTILINE, p->id, err,
                                         errlen)))
            goto fail;
    }
    if (!list_ok(c->signals, p->nsignals) || !list_ok(c->urlids, p->nurlids))
        goto fail;
    if (p->title_suffix &&
        !(c->suffix = compile(p->title_suffix, 0, p->id, err, errlen)))
        goto fail;
    if (p->url_cut &&
        !(c->urlcut = compile(p->url_cut, 0, p->id, err, errlen)))
        goto fail;
    nn_buf_free(&pat);
    return c;
fail:
    nn_buf_free(&pat);
    core_free(c);
    return NULL;
}

/* A ruleset (one thread's) on core c, which it takes a reference to. */
static nn_ruleset *ruleset_on(rules_core *c)
{
    nn_ruleset *rs = nn_xcalloc(1, sizeof *rs);
    rs->c = c;
    rs->quiet = nn_xcalloc(4 * (c->maxline + 1), sizeof *rs->quiet);
    rs->absent = nn_xcalloc(c->prof->nsignals + 1, sizeof *rs->absent);
    nn_ruleset_text(rs, NULL, 0);
    rs->md = pcre2_match_data_create_from_pattern(c->all, NULL);
    rs->md2 = pcre2_match_data_create(8, NULL);
    rs->mctx = pcre2_match_context_create(NULL);
    if (!rs->md || !rs->md2 || !rs->mctx)
        nn_die_oom(sizeof *rs);
    /* A line of ordinary text needs a few hundred steps; hostile lines
     * (megabytes of one word) stop here and count as matching no rule. */
    pcre2_set_match_limit(rs->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(rs->mctx, MATCH_LIMIT);
    return rs;
}

nn_ruleset *nn_ruleset_new(const nn_profile *p, char *err, size_t errlen)
{
    rules_core *c = core_new(p, err, errlen);
    return c ? ruleset_on(c) : NULL;
}

nn_ruleset *nn_ruleset_share(nn_ruleset *rs)
{
    atomic_fetch_add_explicit(&rs->c->refs, 1, memory_order_relaxed);
    return ruleset_on(rs->c);
}

void nn_ruleset_free(nn_ruleset *rs)
{
    if (!rs)
        return;
    free(rs->quiet);
    free(rs->absent);
    pcre2_match_data_free(rs->md);
    pcre2_match_data_free(rs->md2);
    pcre2_match_context_free(rs->mctx);
    /* the last user frees the core; acq_rel so that what the others did
     * with it happens before */
    if (atomic_fetch_sub_explicit(&rs->c->refs, 1, memory_order_acq_rel) ==
        1)
        core_free(rs->c);
    free(rs);
}

const nn_profile *nn_ruleset_profile(const nn_ruleset *rs)
{
    return rs->c->prof;
}

size_t nn_ruleset_len(const nn_ruleset *rs)
{
    return rs->c->n;
}

const nn_rule *nn_ruleset_rule(const nn_ruleset *rs, size_t i)
{
    return i < rs->c->n ? rs->c->rules[i] : NULL;
}

/* One context for the searches that need no callout, shared by all
 * threads: it is only read after pthread_once has made it. */
static pcre2_match_context *limited(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_limited);
    return limited_ctx;
}

static int find(pcre2_code *re, pcre2_match_data *md, const char *s,
                size_t len, size_t from)
{
    return pcre2_match(re, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, md,
                       limited());
}

/* Look ahead for the block's last line; returns how many lines after the
 * current one the block covers, or 0 when its end is not within reach. */
static size_t block_end(nn_ruleset *rs, size_t i, const nn_match_state *st)
{
    const nn_rule *r = rs->c->rules[i];
    size_t k;
    for (k = 1; k <= r->span && st->ahead; k++) {
        const char *s;
        size_t len;
        if (!st->ahead(st->ctx, k, &s, &len))
            return 0;
        if (find(rs->c->until[i], rs->md2, s, len, 0) >= 0)
            return k;
    }
    return 0;
}

static int callout(pcre2_callout_block *cb, void *data)
{
    nn_ruleset *rs = data;
    size_t i = cb->callout_number;
    const nn_rule *r = rs->c->rules[i];
    const nn_match_state *st = rs->st;
    nn_match *m = rs->m;
    int k;

    if ((r->when & NN_HEAD) && st->in_body)
        return 1;
    if ((r->when & NN_BODY) && !st->in_body)
        return 1;
    if ((r->when & NN_ONCE) && (st->set & (1u << r->fields[0])))
        return 1;
    if ((r->when & NN_TITLED) && !(st->set & (1u << NN_FLD_TITLE)) &&
        !st->title_guess)
        return 1;
    if (r->line && r->line != st->lineno)
        return 1;
    m->block = 0;
    if (r->act == NN_ACT_BLOCK) {
        /* a block whose last line is the current one */
        if (find(rs->c->until[i], rs->md2, (const char *)cb->subject,
                 cb->subject_length, 0) < 0 &&
            (m->block = block_end(rs, i, st)) == 0)
            return 1;
    }
    for (k = 0; k < NN_MAX_GROUPS; k++) {
        /* a date group must hold a real date ("February 30" does not) */
        uint32_t g = rs->cur->base[i] + 1 + (uint32_t)k;
        PCRE2_SIZE a, b;
        if (r->fields[k] != NN_FLD_DATE)
            continue;
        if (g >= cb->capture_top)
            return 1;
        a = cb->offset_vector[2 * g];
        b = cb->offset_vector[2 * g + 1];
        if (a == PCRE2_UNSET ||
            nn_date_parse((const char *)cb->subject + a, b - a, m->date) < 0)
            return 1;
    }
    rs->accepted = (int)i;
    return 0;
}

/* Compile the alternation of the rules that may apply in the head or the
 * body, on line `line` (0: a line no rule is tied to), when the line holds
 * the needs in `has`. */
static void compile_variant(rules_core *c, variant *v, int in_body,
                            unsigned line, unsigned has)
{
    nn_buf pat = NN_BUF_INIT;
    uint32_t groups = 0;
    char err[256];
    size_t i;

    nn_buf_puts(&pat, "(?:");
    for (i = 0; i < c->n; i++)
        if (may_apply(c->rules[i], in_body, line) &&
            (c->need_of[i] < 0 || (has >> c->need_of[i] & 1))) {
            v->base[i] = groups;
            groups += c->count[i];
            put_alternative(&pat, i, c->rules[i]->pattern);
        }
    nn_buf_putc(&pat, ')');
    /* a part of the table that compiled as a whole: cannot fail */
    if (pat.len > 4)
        v->re = compile(pat.ptr, PCRE2_ANCHORED, c->prof->id, err,
                        sizeof err);
    nn_buf_free(&pat);
}

void nn_ruleset_text(nn_ruleset *rs, const char *text, size_t len)
{
    size_t g;
    rs->text = text;
    rs->text_len = text ? len : 0;
    for (g = 0; g < MAX_NEEDS; g++)
        rs->need_at[g].from = NO_POS; /* not searched */
    if (rs->quiet)
        memset(rs->quiet, 0, 4 * (rs->c->maxline + 1) * sizeof *rs->quiet);
}

/* Where line s lies in the text: 1 and [*a, *b), or 0 when it is not in
 * it. */
static int in_text(const nn_ruleset *rs, const char *s, size_t len,
                   size_t *a, size_t *b)
{
    /* as integers: C does not order pointers into different objects */
    uintptr_t t = (uintptr_t)rs->text, p = (uintptr_t)s;
    if (!rs->text || p < t || len > rs->text_len ||
        p - t > rs->text_len - len)
        return 0;
    *a = (size_t)(p - t);
    *b = *a + len;
    return 1;
}

/* Does need g occur within line s (len bytes)? */
static int line_has(nn_ruleset *rs, unsigned g, const char *s, size_t len)
{
    need_pos *p = &rs->need_at[g];
    size_t a, b;
    if (in_text(rs, s, len, &a, &b)) {
        if (p->from == NO_POS || a < p->from ||
            (p->at != NO_POS && p->at < a)) {
            p->from = a;
            p->at = p->end = NO_POS;
            if (find(rs->c->need_re[g], rs->md2, rs->text, rs->text_len, a) >= 0) {
                PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rs->md2);
                p->at = ov[0];
                p->end = ov[1];
            }
        }
        if (p->at == NO_POS || p->at >= b)
            return 0; /* the leftmost occurrence from `from` is past it */
        if (p->end <= b)
            return 1;
        /* an occurrence that runs past the line: look at the line alone */
    }
    return find(rs->c->need_re[g], rs->md2, s, len, 0) >= 0;
}

/* Variant k of the core, made on first use.  Threads sharing the core may
 * ask for it at once: one makes it under the lock and publishes it whole
 * (release); a thread that sees it (acquire) sees it made. */
static const variant *variant_get(rules_core *c, size_t k, int in_body,
                                  unsigned line, unsigned has)
{
    variant *v = atomic_load_explicit(&c->variants[k], memory_order_acquire);
    if (v)
        return v;
    pthread_mutex_lock(&c->mu);
    v = atomic_load_explicit(&c->variants[k], memory_order_relaxed);
    if (!v) {
        v = nn_xcalloc(1, sizeof *v);
        compile_variant(c, v, in_body, line, has);
        atomic_store_explicit(&c->variants[k], v, memory_order_release);
    }
    pthread_mutex_unlock(&c->mu);
    return v;
}

static const variant *variant_of(nn_ruleset *rs, const nn_match_state *st,
                                 const char *s, size_t len)
{
    unsigned line = st->lineno <= rs->c->maxline ? (unsigned)st->lineno : 0;
    int in_body = st->in_body != 0;
    size_t slot = 2 * line + (unsigned)in_body;
    unsigned want = rs->c->relevant[slot], has = 0, g;
    size_t a, b, *q = &rs->quiet[2 * slot];
    int placed = want && in_text(rs, s, len, &a, &b);
    /* most lines lie in a stretch known to hold none of the needs */
    if (placed && a >= q[0] && b <= q[1])
        want = 0;
    for (g = 0; want >> g; g++)
        if ((want >> g & 1) && line_has(rs, g, s, len))
            has |= 1u << g;
    if (placed && want && !has) {
        /* each need is known absent from its search's start to its
         * next occurrence; the stretch is where all of them are */
        q[0] = 0;
        q[1] = rs->text_len;
        for (g = 0; want >> g; g++)
            if (want >> g & 1) {
                const need_pos *p = &rs->need_at[g];
                size_t hi = p->at == NO_POS ? rs->text_len : p->at;
                if (p->from > q[0])
                    q[0] = p->from;
                if (hi < q[1])
                    q[1] = hi;
            }
    }
    return variant_get(rs->c, slot << rs->c->nneeds | has, in_body, line,
                       has);
}

int nn_ruleset_match(nn_ruleset *rs, const char *s, size_t len,
                     const nn_match_state *st, nn_match *m)
{
    PCRE2_SIZE *ov;
    int rc, k;
    uint32_t g;

    m->rule = -1;
    m->r = NULL;
    rs->cur = variant_of(rs, st, s, len);
    if (!rs->cur->re)
        return -1;
    rs->st = st;
    rs->m = m;
    rs->accepted = -1;
    pcre2_set_callout(rs->mctx, callout, rs);
    rc = pcre2_match(rs->cur->re, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK,
                     rs->md, rs->mctx);
    if (rc < 0 || rs->accepted < 0)
        return -1;
    ov = pcre2_get_ovector_pointer(rs->md);
    m->rule = rs->accepted;
    m->r = rs->c->rules[m->rule];
    m->start = ov[0];
    m->end = ov[1];
    for (k = 0; k < NN_MAX_GROUPS; k++) {
        g = rs->cur->base[m->rule] + 1 + (uint32_t)k;
        if ((int)g < rc && ov[2 * g] != PCRE2_UNSET) {
            m->gstart[k] = ov[2 * g];
            m->gend[k] = ov[2 * g + 1];
        } else {
            m->gstart[k] = m->gend[k] = SIZE_MAX;
        }
    }
    return m->rule;
}

/* Where a signal's match starts: at its earliest capture group when it has
 * one set (a phrase in a look behind: see nn_signal), else where the match
 * does. */
static size_t signal_start(const PCRE2_SIZE *ov, int rc)
{
    size_t start = ov[0];
    int g;
    for (g = 1; g < rc; g++)
        if (ov[2 * g] != PCRE2_UNSET && ov[2 * g] < start)
            start = ov[2 * g];
    return start;
}

int nn_ruleset_score(nn_ruleset *rs, const char *s, size_t len)
{
    int score = 0;
    size_t i;
    /* signals sharing a need share its first search */
    memset(rs->absent, 0, rs->c->prof->nsignals);
    for (i = 0; i < rs->c->prof->nsignals; i++) {
        int hits = 0, rc;
        size_t from = 0, end = 0, first = rs->c->need_first[i];
        if (rs->c->needs[i] && rs->absent[first])
            continue;
        /* a signal counts at most three times: one outlet named over and
         * over in another's article must not outweigh the structure */
        while (hits < 3) {
            PCRE2_SIZE *ov;
            /* a match from `from` on holds a need match from there on */
            if (rs->c->needs[i] && find(rs->c->needs[i], rs->md2, s, len, from) < 0) {
                if (from == 0)
                    rs->absent[first] = 1;
                break;
            }
            if ((rc = find(rs->c->signals[i], rs->md2, s, len, from)) < 0)
                break;
            ov = pcre2_get_ovector_pointer(rs->md2);
            /* matches do not overlap: one whose phrase starts inside the
             * last one counted is passed over */
            if (signal_start(ov, rc) >= end) {
                hits++;
                from = end = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            } else {
                from = ov[0] + 1;
            }
            if (from > len)
                break;
        }
        score += hits * rs->c->prof->signals[i].weight;
    }
    return score;
}

void nn_ruleset_urlids(nn_ruleset *rs, const char *url, nn_id_fn fn,
                       void *ctx)
{
    size_t i, len = strlen(url);
    for (i = 0; i < rs->c->prof->nurlids; i++) {
        if (find(rs->c->urlids[i], rs->md2, url, len, 0) >= 2) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rs->md2);
            if (ov[2] != PCRE2_UNSET)
                fn(ctx, rs->c->prof->urlids[i].key, url + ov[2], ov[3] - ov[2]);
        }
    }
}

static size_t cut(nn_ruleset *rs, pcre2_code *re, const char *s, size_t len)
{
    if (re && find(re, rs->md2, s, len, 0) >= 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rs->md2);
        if (ov[0] > 0)
            return ov[0];
    }
    return len;
}

size_t nn_ruleset_title_len(nn_ruleset *rs, const char *title, size_t len)
{
    return cut(rs, rs->c->suffix, title, len);
}

size_t nn_ruleset_url_len(nn_ruleset *rs, const char *url, size_t len)
{
    return cut(rs, rs->c->urlcut, url, len);
}
