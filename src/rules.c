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
 * its own holds a thread's match data and the state of its text.
 *
 * This file matches; rules_compile.c compiles the core and its variants
 * (rules_int.h: what the two share). */
#include "rules.h"
#include "rules_int.h"

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static pcre2_match_context *limited_ctx;

static void make_limited(void)
{
    limited_ctx = pcre2_match_context_create(NULL);
    if (!limited_ctx)
        nn_die_oom(64);
    pcre2_set_match_limit(limited_ctx, MATCH_LIMIT);
    pcre2_set_depth_limit(limited_ctx, MATCH_LIMIT);
}

/* One context for the searches that need no callout, shared by all
 * threads: it is only read after pthread_once has made it. */
static pcre2_match_context *limited(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_limited);
    return limited_ctx;
}

static int find(pcre2_code *re, pcre2_match_data *md, const char *s, size_t len,
                size_t from)
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

void nn_ruleset_text(nn_ruleset *rs, const char *text, size_t len)
{
    size_t g;
    rs->text = text;
    rs->text_len = text ? len : 0;
    rs->text_ks = -1;
    for (g = 0; g < MAX_NEEDS; g++)
        rs->need_at[g].from = NO_POS; /* not searched */
    if (rs->quiet)
        memset(rs->quiet, 0, 4 * (rs->c->maxline + 1) * sizeof *rs->quiet);
}

/* Where line s lies in the text: 1 and [*a, *b), or 0 when it is not in
 * it. */
static int in_text(const nn_ruleset *rs, const char *s, size_t len, size_t *a,
                   size_t *b)
{
    /* as integers: C does not order pointers into different objects */
    uintptr_t t = (uintptr_t)rs->text, p = (uintptr_t)s;
    if (!rs->text || p < t || len > rs->text_len || p - t > rs->text_len - len)
        return 0;
    *a = (size_t)(p - t);
    *b = *a + len;
    return 1;
}

/* Does literal l occur at p (its length readable)? */
static int lit_at(const need_lit *l, const unsigned char *p)
{
    size_t j;
    for (j = 0; j < l->n; j++) {
        unsigned char c = p[j];
        /* a letter of a caseless literal, in lower case: c either case */
        if (l->caseless && l->b[j] >= 'a' && l->b[j] <= 'z')
            c |= 0x20;
        if (c != l->b[j])
            return 0;
    }
    return 1;
}

/* The leftmost occurrence of literal l in s[from, len): where it starts,
 * or NO_POS.  Candidates are where its first and last bytes stand at the
 * literal's distance, sixteen positions at a time where SSE2 is there. */
static size_t lit_find(const need_lit *l, const char *s, size_t len,
                       size_t from)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = l->n, i = from;
    if (len < n)
        return NO_POS;
#ifdef __SSE2__
    {
        unsigned char f = l->b[0], e = l->b[n - 1];
        int fl = l->caseless && f >= 'a' && f <= 'z';
        int el = l->caseless && e >= 'a' && e <= 'z';
        /* or'ed with 0x20, a byte equals a lower-case letter when it is
         * that letter in either case */
        __m128i F = _mm_set1_epi8((char)f), E = _mm_set1_epi8((char)e);
        __m128i FM = _mm_set1_epi8(fl ? 0x20 : 0);
        __m128i EM = _mm_set1_epi8(el ? 0x20 : 0);
        for (; i + 16 + n - 1 <= len; i += 16) {
            __m128i a = _mm_loadu_si128((const __m128i *)(p + i));
            __m128i b = _mm_loadu_si128((const __m128i *)(p + i + n - 1));
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, FM), F),
                              _mm_cmpeq_epi8(_mm_or_si128(b, EM), E)));
            for (; m; m &= m - 1)
                if (lit_at(l, p + i + (unsigned)__builtin_ctz(m)))
                    return i + (unsigned)__builtin_ctz(m);
        }
    }
#endif
    for (; i + n <= len; i++)
        if (lit_at(l, p + i))
            return i;
    return NO_POS;
}

/* Does s (len bytes) hold the n bytes of seq? */
static int holds_seq(const char *s, size_t len, const char *seq, size_t n)
{
    size_t i = 0;
    while (i + n <= len) {
        const char *q = memchr(s + i, (unsigned char)seq[0], len - i);
        if (!q)
            return 0;
        i = (size_t)(q - s);
        if (i + n <= len && !memcmp(q, seq, n))
            return 1;
        i++;
    }
    return 0;
}

/* Does s (len bytes) hold U+212A or U+017F? */
static int holds_ks(const char *s, size_t len)
{
    return holds_seq(s, len, "\xE2\x84\xAA", 3) ||
           holds_seq(s, len, "\xC5\xBF", 2);
}

/* Search for need g in s[from, len): 1 and where it matched in *at and
 * *end, or 0.  A literal need is looked for as a string unless it holds a
 * k or an s and the text may hold their other cases beyond ASCII (ks:
 * 1 it may, 0 it does not, -1 not known yet: looked at here). */
static int need_search(nn_ruleset *rs, unsigned g, const char *s, size_t len,
                       size_t from, int *ks, size_t *at, size_t *end)
{
    const need_lit *l = &rs->c->need_lit[g];
    if (l->n && l->ks && *ks < 0)
        *ks = holds_ks(s, len);
    if (l->n && !(l->ks && *ks)) {
        size_t k = lit_find(l, s, len, from);
        if (k == NO_POS)
            return 0;
        *at = k;
        *end = k + l->n;
        return 1;
    }
    if (find(rs->c->need_re[g], rs->md2, s, len, from) < 0)
        return 0;
    *at = pcre2_get_ovector_pointer(rs->md2)[0];
    *end = pcre2_get_ovector_pointer(rs->md2)[1];
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
            need_search(rs, g, rs->text, rs->text_len, a, &rs->text_ks, &p->at,
                        &p->end);
        }
        if (p->at == NO_POS || p->at >= b)
            return 0; /* the leftmost occurrence from `from` is past it */
        if (p->end <= b)
            return 1;
        /* an occurrence that runs past the line: look at the line alone */
    }
    {
        int ks = -1;
        return need_search(rs, g, s, len, 0, &ks, &a, &b);
    }
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
    return nn_rl_variant_get(rs->c, slot << rs->c->nneeds | has, in_body, line,
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
    size_t part;
    rs->cur = variant_of(rs, st, s, len);
    rs->st = st;
    rs->m = m;
    pcre2_set_callout(rs->mctx, callout, rs);
    /* the parts in order: the first rule that matches wins */
    for (part = 0, rc = -1; part < rs->cur->nparts; part++) {
        rs->accepted = -1;
        rc = pcre2_match(rs->cur->re[part], (PCRE2_SPTR)s, len, 0,
                         PCRE2_NO_UTF_CHECK, rs->md, rs->mctx);
        if (rc >= 0 && rs->accepted >= 0)
            break;
    }
    if (part == rs->cur->nparts)
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
            if (rs->c->needs[i] &&
                find(rs->c->needs[i], rs->md2, s, len, from) < 0) {
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

void nn_ruleset_urlids(nn_ruleset *rs, const char *url, nn_id_fn fn, void *ctx)
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
