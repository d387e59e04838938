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
 * needs present in a line is the last part of the variant's key. */
#include "internal.h"

#include <pthread.h>
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

struct nn_ruleset {
    const nn_profile *prof;
    const nn_rule *rules[MAX_RULES];
    uint32_t count[MAX_RULES]; /* capture groups of each rule */
    pcre2_code *until[MAX_RULES];
    signed char need_of[MAX_RULES]; /* index into needs, -1: none */
    size_t n;
    unsigned maxline;         /* largest nn_rule.line; 0: none */
    /* (slot << nneeds) | needs present, slot = 2 * line + in_body: see
     * variant_of; each made on first use */
    variant **variants;
    unsigned *relevant;       /* of a slot: needs of the rules that may apply */
    size_t *quiet;            /* of a slot: [quiet[2s], quiet[2s+1]) of the
                                 text holds none of its needs */
    pcre2_code *need_re[MAX_NEEDS];
    size_t nneeds;
    const char *text;         /* see nn_ruleset_text */
    size_t text_len;
    need_pos need_at[MAX_NEEDS];
    const variant *cur;       /* the variant being matched */
    pcre2_code *all;          /* every rule: checks the table, sizes md */
    pcre2_match_data *md, *md2;
    pcre2_match_context *mctx;
    pcre2_code **signals;
    pcre2_code **needs;       /* of the signals; NULL entries: none */
    size_t *need_first;       /* of a signal: the first with the same need,
                                 whose compiled need it shares */
    unsigned char *absent;    /* nn_ruleset_score's: of a need's first
                                 signal, the need is nowhere in the text */
    pcre2_code **urlids;
    pcre2_code *suffix, *urlcut;
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
    int ec;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | extra, &ec, &off,
                                   NULL);
    if (!re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(err, errlen, "rule %s: pattern error at %zu: %s", what,
                 (size_t)off, (const char *)msg);
        return NULL;
    }
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
static int add_need(nn_ruleset *rs, const nn_rule *r, char *err,
                    size_t errlen)
{
    size_t g, i;
    for (i = 0; i < rs->n; i++)
        if (rs->rules[i]->need && !strcmp(rs->rules[i]->need, r->need)) {
            rs->need_of[rs->n] = rs->need_of[i];
            return 0;
        }
    if ((g = rs->nneeds) >= MAX_NEEDS) {
        snprintf(err, errlen, "profile %s: more than %d needs", rs->prof->id,
                 MAX_NEEDS);
        return -1;
    }
    if (!(rs->need_re[g] = compile(r->need, PCRE2_MULTILINE, r->name, err,
                                   errlen)))
        return -1;
    rs->need_of[rs->n] = (signed char)g;
    rs->nneeds++;
    return 0;
}

static int add_rule(nn_ruleset *rs, const nn_rule *r, nn_buf *pat,
                    char *err, size_t errlen)
{
    pcre2_code *one;
    uint32_t count = 0;

    if (rs->n >= MAX_RULES) {
        snprintf(err, errlen, "profile %s: more than %d rules",
                 rs->prof->id, MAX_RULES);
        return -1;
    }
    if (!(one = compile_nojit(r->pattern, 0, r->name, err, errlen)))
        return -1;
    pcre2_pattern_info(one, PCRE2_INFO_CAPTURECOUNT, &count);
    pcre2_code_free(one);
    if (r->until && !(rs->until[rs->n] = compile(r->until, PCRE2_ANCHORED,
                                                 r->name, err, errlen)))
        return -1;
    rs->need_of[rs->n] = -1;
    if (r->need && add_need(rs, r, err, errlen) < 0)
        return -1;
    rs->rules[rs->n] = r;
    rs->count[rs->n] = count;
    if (r->line > rs->maxline)
        rs->maxline = r->line;
    put_alternative(pat, rs->n, r->pattern);
    rs->n++;
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
static unsigned relevant_needs(const nn_ruleset *rs, int in_body,
                               unsigned line)
{
    unsigned mask = 0;
    size_t i;
    for (i = 0; i < rs->n; i++)
        if (rs->need_of[i] >= 0 && may_apply(rs->rules[i], in_body, line))
            mask |= 1u << rs->need_of[i];
    return mask;
}

nn_ruleset *nn_ruleset_new(const nn_profile *p, char *err, size_t errlen)
{
    nn_ruleset *rs = nn_xcalloc(1, sizeof *rs);
    nn_buf pat = NN_BUF_INIT;
    size_t i;

    rs->prof = p;
    nn_buf_puts(&pat, "(?:");
    for (i = 0; i < p->nrules; i++)
        if (add_rule(rs, &p->rules[i], &pat, err, errlen))
            goto fail;
    for (i = 0; !p->plain && i < nn_rules_common_len; i++)
        if (add_rule(rs, &nn_rules_common[i], &pat, err, errlen))
            goto fail;
    nn_buf_putc(&pat, ')');
    /* the whole table, to report a bad pattern now rather than when a
     * variant is first needed; matching uses the variants */
    if (!(rs->all = compile_nojit(pat.ptr, PCRE2_ANCHORED, p->id, err,
                                  errlen)))
        goto fail;
    rs->relevant = nn_xcalloc(2 * (rs->maxline + 1), sizeof *rs->relevant);
    rs->quiet = nn_xcalloc(4 * (rs->maxline + 1), sizeof *rs->quiet);
    for (i = 0; i < 2 * (rs->maxline + 1); i++)
        rs->relevant[i] = relevant_needs(rs, (int)(i & 1), (unsigned)i / 2);
    rs->variants = nn_xcalloc(2 * (size_t)(rs->maxline + 1) << rs->nneeds,
                              sizeof *rs->variants);
    nn_ruleset_text(rs, NULL, 0);
    rs->md = pcre2_match_data_create_from_pattern(rs->all, NULL);
    rs->md2 = pcre2_match_data_create(8, NULL);
    rs->mctx = pcre2_match_context_create(NULL);
    if (!rs->md || !rs->md2 || !rs->mctx)
        nn_die_oom(sizeof *rs);
    /* A line of ordinary text needs a few hundred steps; hostile lines
     * (megabytes of one word) stop here and count as matching no rule. */
    pcre2_set_match_limit(rs->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(rs->mctx, MATCH_LIMIT);
    rs->signals = compile_list(p->nsignals, signal_pat, p->signals,
                               PCRE2_MULTILINE, p->id, err, errlen);
    rs->urlids = compile_list(p->nurlids, urlid_pat, p->urlids, 0, p->id,
                              err, errlen);
    rs->needs = nn_xcalloc(p->nsignals + 1, sizeof *rs->needs);
    rs->need_first = nn_xcalloc(p->nsignals + 1, sizeof *rs->need_first);
    rs->absent = nn_xcalloc(p->nsignals + 1, sizeof *rs->absent);
    for (i = 0; i < p->nsignals; i++) {
        size_t j;
        if (!p->signals[i].need)
            continue;
        for (j = 0; j < i; j++)
            if (p->signals[j].need &&
                !strcmp(p->signals[j].need, p->signals[i].need))
                break;
        rs->need_first[i] = j;
        if (j < i)
            rs->needs[i] = rs->needs[j]; /* compiled once, freed once */
        else if (!(rs->needs[i] = compile(p->signals[i].need,
                                          PCRE2_MULTILINE, p->id, err,
                                          errlen)))
            goto fail;
    }
    if (!list_ok(rs->signals, p->nsignals) ||
        !list_ok(rs->urlids, p->nurlids))
        goto fail;
    if (p->title_suffix &&
        !(rs->suffix = compile(p->title_suffix, 0, p->id, err, errlen)))
        goto fail;
    if (p->url_cut &&
        !(rs->urlcut = compile(p->url_cut, 0, p->id, err, errlen)))
        goto fail;
    nn_buf_free(&pat);
    return rs;
fail:
    nn_buf_free(&pat);
    nn_ruleset_free(rs);
    return NULL;
}

void nn_ruleset_free(nn_ruleset *rs)
{
    size_t i;
    if (!rs)
        return;
    for (i = 0; i < MAX_RULES; i++)
        pcre2_code_free(rs->until[i]);
    for (i = 0; rs->variants &&
                i < (2 * (size_t)(rs->maxline + 1) << rs->nneeds);
         i++)
        if (rs->variants[i]) {
            pcre2_code_free(rs->variants[i]->re);
            free(rs->variants[i]);
        }
    free(rs->variants);
    free(rs->relevant);
    free(rs->quiet);
    for (i = 0; i < rs->nneeds; i++)
        pcre2_code_free(rs->need_re[i]);
    pcre2_code_free(rs->all);
    pcre2_match_data_free(rs->md);
    pcre2_match_data_free(rs->md2);
    pcre2_match_context_free(rs->mctx);
    for (i = 0; rs->signals && i < rs->prof->nsignals; i++)
        pcre2_code_free(rs->signals[i]);
    for (i = 0; rs->needs && i < rs->prof->nsignals; i++)
        if (rs->need_first[i] == i)
            pcre2_code_free(rs->needs[i]);
    free(rs->needs);
    free(rs->need_first);
    free(rs->absent);
    for (i = 0; rs->urlids && i < rs->prof->nurlids; i++)
        pcre2_code_free(rs->urlids[i]);
    free(rs->signals);
    free(rs->urlids);
    pcre2_code_free(rs->suffix);
    pcre2_code_free(rs->urlcut);
    free(rs);
}

const nn_profile *nn_ruleset_profile(const nn_ruleset *rs)
{
    return rs->prof;
}

size_t nn_ruleset_len(const nn_ruleset *rs)
{
    return rs->n;
}

const nn_rule *nn_ruleset_rule(const nn_ruleset *rs, size_t i)
{
    return i < rs->n ? rs->rules[i] : NULL;
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
    const nn_rule *r = rs->rules[i];
    size_t k;
    for (k = 1; k <= r->span && st->ahead; k++) {
        const char *s;
        size_t len;
        if (!st->ahead(st->ctx, k, &s, &len))
            return 0;
        if (find(rs->until[i], rs->md2, s, len, 0) >= 0)
            return k;
    }
    return 0;
}

static int callout(pcre2_callout_block *cb, void *data)
{
    nn_ruleset *rs = data;
    size_t i = cb->callout_number;
    const nn_rule *r = rs->rules[i];
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
        if (find(rs->until[i], rs->md2, (const char *)cb->subject,
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
static void compile_variant(nn_ruleset *rs, variant *v, int in_body,
                            unsigned line, unsigned has)
{
    nn_buf pat = NN_BUF_INIT;
    uint32_t groups = 0;
    char err[256];
    size_t i;

    nn_buf_puts(&pat, "(?:");
    for (i = 0; i < rs->n; i++)
        if (may_apply(rs->rules[i], in_body, line) &&
            (rs->need_of[i] < 0 || (has >> rs->need_of[i] & 1))) {
            v->base[i] = groups;
            groups += rs->count[i];
            put_alternative(&pat, i, rs->rules[i]->pattern);
        }
    nn_buf_putc(&pat, ')');
    /* a part of the table that compiled as a whole: cannot fail */
    if (pat.len > 4)
        v->re = compile(pat.ptr, PCRE2_ANCHORED, rs->prof->id, err,
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
        memset(rs->quiet, 0, 4 * (rs->maxline + 1) * sizeof *rs->quiet);
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
            if (find(rs->need_re[g], rs->md2, rs->text, rs->text_len, a) >= 0) {
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
    return find(rs->need_re[g], rs->md2, s, len, 0) >= 0;
}

static const variant *variant_of(nn_ruleset *rs, const nn_match_state *st,
                                 const char *s, size_t len)
{
    unsigned line = st->lineno <= rs->maxline ? (unsigned)st->lineno : 0;
    int in_body = st->in_body != 0;
    size_t slot = 2 * line + (unsigned)in_body;
    unsigned want = rs->relevant[slot], has = 0, g;
    size_t a, b, *q = &rs->quiet[2 * slot];
    variant **v;
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
    v = &rs->variants[slot << rs->nneeds | has];
    if (!*v) {
        *v = nn_xcalloc(1, sizeof **v);
        compile_variant(rs, *v, in_body, line, has);
    }
    return *v;
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
    m->r = rs->rules[m->rule];
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

int nn_ruleset_score(nn_ruleset *rs, const char *s, size_t len)
{
    int score = 0;
    size_t i;
    /* signals sharing a need share its first search */
    memset(rs->absent, 0, rs->prof->nsignals);
    for (i = 0; i < rs->prof->nsignals; i++) {
        int hits = 0;
        size_t from = 0, first = rs->need_first[i];
        if (rs->needs[i] && rs->absent[first])
            continue;
        /* a signal counts at most three times: one outlet named over and
         * over in another's article must not outweigh the structure */
        while (hits < 3) {
            PCRE2_SIZE *ov;
            /* a match from `from` on holds a need match from there on */
            if (rs->needs[i] && find(rs->needs[i], rs->md2, s, len, from) < 0) {
                if (from == 0)
                    rs->absent[first] = 1;
                break;
            }
            if (find(rs->signals[i], rs->md2, s, len, from) < 0)
                break;
            ov = pcre2_get_ovector_pointer(rs->md2);
            hits++;
            from = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            if (from > len)
                break;
        }
        score += hits * rs->prof->signals[i].weight;
    }
    return score;
}

void nn_ruleset_urlids(nn_ruleset *rs, const char *url, nn_id_fn fn,
                       void *ctx)
{
    size_t i, len = strlen(url);
    for (i = 0; i < rs->prof->nurlids; i++) {
        if (find(rs->urlids[i], rs->md2, url, len, 0) >= 2) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rs->md2);
            if (ov[2] != PCRE2_UNSET)
                fn(ctx, rs->prof->urlids[i].key, url + ov[2], ov[3] - ov[2]);
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
    return cut(rs, rs->suffix, title, len);
}

size_t nn_ruleset_url_len(nn_ruleset *rs, const char *url, size_t len)
{
    return cut(rs, rs->urlcut, url, len);
}
