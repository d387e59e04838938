/* rules_compile.c - the rule engine's first half (rules.c matches with
 * what it makes): a profile's rules, detection signals, URL id patterns,
 * title suffix and URL cut compiled with PCRE2 (JIT when it can) into a
 * core that the rulesets of all threads share; the rulesets made and
 * freed; each variant of the rules' alternation (the rules that may
 * apply in the head or the body, on a line, with the needs it holds)
 * compiled on first use, under the core's lock. */
#include "rules_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* "(?:pattern)(?Ci)", or with a guard "(?:guard(?:pattern))(?Ci)", after
 * a '|' unless it is the first. */
static void put_alternative(nn_buf *pat, size_t i, const char *guard,
                            const char *pattern)
{
    char num[16];
    if (pat->len > 3) /* more than the opening "(?:" */
        nn_buf_putc(pat, '|');
    nn_buf_puts(pat, "(?:");
    if (guard) {
        nn_buf_puts(pat, guard);
        nn_buf_puts(pat, "(?:");
    }
    nn_buf_puts(pat, pattern);
    if (guard)
        nn_buf_putc(pat, ')');
    snprintf(num, sizeof num, ")(?C%zu)", i);
    nn_buf_puts(pat, num);
}

/* Is need pattern pat a plain string (need_lit)?  An optional "(?i)"
 * ahead or "(?i:" ... ")" around, then characters, each itself or a
 * backslash and an ASCII punctuation character; none of the others that
 * PCRE2 reads as syntax, and nothing beyond ASCII when caseless.  Else l
 * is left empty and PCRE2 searches for the need. */
static void need_literal(const char *pat, need_lit *l)
{
    size_t len = strlen(pat), i;
    memset(l, 0, sizeof *l);
    if (!strncmp(pat, "(?i)", 4)) {
        l->caseless = 1;
        pat += 4, len -= 4;
    } else if (!strncmp(pat, "(?i:", 4) && len > 5 && pat[len - 1] == ')') {
        l->caseless = 1;
        pat += 4, len -= 5;
    }
    for (i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)pat[i];
        if (ch == '\\') {
            ch = (unsigned char)pat[++i];
            if (i == len || ch >= 0x80 || !ispunct(ch))
                break;
        } else if (strchr("^$.[]|()?*+{}", ch) || (ch >= 0x80 && l->caseless)) {
            break;
        }
        if (l->n == LIT_MAX)
            break;
        if (l->caseless && ch >= 'A' && ch <= 'Z')
            ch |= 0x20;
        if (l->caseless && (ch == 'k' || ch == 's'))
            l->ks = 1;
        l->b[l->n++] = ch;
    }
    if (i < len)
        memset(l, 0, sizeof *l);
}

/* Register rule n's need (rules that share a need pattern share its
 * search). */
static int add_need(rules_core *c, const nn_rule *r, char *err, size_t errlen)
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
    if (!(c->need_re[g] =
              compile(r->need, PCRE2_MULTILINE, r->name, err, errlen)))
        return -1;
    need_literal(r->need, &c->need_lit[g]);
    c->need_of[c->n] = (signed char)g;
    c->nneeds++;
    return 0;
}

/* Does rule re fail on every line that starts with ASCII byte b?  PCRE2
 * matching it anchored on the one byte b with PCRE2_PARTIAL_HARD fails
 * without reaching the end of that byte (partial matching turns off the
 * start-up checks that could refuse it sooner: minimum length, required
 * code unit). */
static int never_starts(pcre2_code *re, pcre2_match_data *md, unsigned b)
{
    unsigned char one = (unsigned char)b;
    return pcre2_match(re, &one, 1, 0, PCRE2_ANCHORED | PCRE2_PARTIAL_HARD, md,
                       NULL) == PCRE2_ERROR_NOMATCH;
}

/* The ASCII bytes (bits of out) a line matched by rule re (compiled
 * alone, unanchored) may start with.  Bytes outside PCRE2's own start
 * bitmap, when it made one, cannot; the others are tried one by one. */
static void first_bytes(pcre2_code *re, pcre2_match_data *md, uint64_t out[2])
{
    const uint8_t *map = NULL;
    unsigned b;
    out[0] = out[1] = 0;
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) != 0)
        map = NULL;
    for (b = 0; b < 128; b++)
        if ((!map || (map[b / 8] >> (b % 8) & 1)) && !never_starts(re, md, b))
            out[b / 64] |= (uint64_t)1 << (b % 64);
}

/* The lookahead "(?=[^...])" of the bytes a line that rule re matches may
 * start with: all but the ASCII bytes first_bytes() rules out (a negated
 * class of ASCII bytes also takes every character beyond ASCII).  NULL
 * when that is every byte, when the rule may match an empty line, or when
 * pattern pat holds backtracking verbs ("(*COMMIT)"), which reach past
 * their own alternative.  A line that starts with any other byte fails
 * the guarded rule in a few steps, where the rule itself (a list of
 * words, an optional prefix) takes tens or hundreds to fail: on the bench
 * corpus most lines start with a byte most rules cannot start with. */
static char *first_guard(pcre2_code *re, const char *pat)
{
    nn_buf g = NN_BUF_INIT;
    pcre2_match_data *md;
    uint64_t ok[2];
    char range[32];
    unsigned b, e;
    if (strstr(pat, "(*"))
        return NULL;
    md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md)
        nn_die_oom(64);
    if (pcre2_match(re, (PCRE2_SPTR) "", 0, 0, PCRE2_ANCHORED, md, NULL) >= 0) {
        pcre2_match_data_free(md);
        return NULL;
    }
    first_bytes(re, md, ok);
    pcre2_match_data_free(md);
    if (!~ok[0] && !~ok[1])
        return NULL;
    nn_buf_puts(&g, "(?=[^");
    for (b = 0; b < 128; b = e + 1) {
        e = b;
        if (ok[b / 64] >> (b % 64) & 1)
            continue;
        while (e + 1 < 128 && !(ok[(e + 1) / 64] >> ((e + 1) % 64) & 1))
            e++;
        snprintf(range, sizeof range, "\\x{%x}-\\x{%x}", b, e);
        nn_buf_puts(&g, range);
    }
    nn_buf_puts(&g, "])");
    return g.ptr;
}

static int add_rule(rules_core *c, const nn_rule *r, char *err, size_t errlen)
{
    pcre2_code *one;
    uint32_t count = 0;

    if (c->n >= MAX_RULES) {
        snprintf(err, errlen, "profile %s: more than %d rules", c->prof->id,
                 MAX_RULES);
        return -1;
    }
    if (!(one = compile_nojit(r->pattern, 0, r->name, err, errlen)))
        return -1;
    pcre2_pattern_info(one, PCRE2_INFO_CAPTURECOUNT, &count);
    c->guard[c->n] = first_guard(one, r->pattern);
    pcre2_code_free(one);
    if (r->until && !(c->until[c->n] = compile(r->until, PCRE2_ANCHORED,
                                               r->name, err, errlen)))
        return -1;
    c->need_of[c->n] = -1;
    if (r->need && add_need(c, r, err, errlen) < 0)
        return -1;
    c->rules[c->n] = r;
    c->count[c->n] = count;
    c->groups += count;
    if (r->line > c->maxline)
        c->maxline = r->line;
    c->n++;
    return 0;
}

static pcre2_code **compile_list(size_t n,
                                 const char *(*get)(const void *, size_t),
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
static unsigned relevant_needs(const rules_core *c, int in_body, unsigned line)
{
    unsigned mask = 0;
    size_t i;
    for (i = 0; i < c->n; i++)
        if (c->need_of[i] >= 0 && may_apply(c->rules[i], in_body, line))
            mask |= 1u << c->need_of[i];
    return mask;
}

static void variant_free(variant *v)
{
    size_t i;
    for (i = 0; v && i < v->nparts; i++)
        pcre2_code_free(v->re[i]);
    free(v);
}

static void core_free(rules_core *c)
{
    size_t i;
    if (!c)
        return;
    for (i = 0; i < MAX_RULES; i++) {
        pcre2_code_free(c->until[i]);
        free(c->guard[i]);
    }
    for (i = 0; c->variants && i < c->nvariants; i++) {
        variant *v =
            atomic_load_explicit(&c->variants[i], memory_order_relaxed);
        variant_free(v);
    }
    free(c->variants);
    free(c->relevant);
    for (i = 0; i < c->nneeds; i++)
        pcre2_code_free(c->need_re[i]);
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

/* Is msg PCRE2's message for a pattern too large to compile? */
static int too_large(const char *msg)
{
    PCRE2_UCHAR want[160];
    return pcre2_get_error_message(PCRE2_ERROR_PATTERN_TOO_LARGE, want,
                                   sizeof want / sizeof want[0]) > 0 &&
           !strcmp(msg, (const char *)want);
}

/* Group names of the parts of v, each once: two rules naming a group alike
 * in two parts are as wrong as in one pattern (PCRE2 refuses that).  0,
 * or -1 with the name in msg. */
static int names_once(const variant *v, char *msg, size_t msglen)
{
    size_t p, q, i, j;
    for (p = 0; p < v->nparts; p++)
        for (q = p + 1; q < v->nparts; q++) {
            uint32_t na, nb, sa, sb;
            PCRE2_SPTR ta, tb;
            pcre2_pattern_info(v->re[p], PCRE2_INFO_NAMECOUNT, &na);
            pcre2_pattern_info(v->re[q], PCRE2_INFO_NAMECOUNT, &nb);
            pcre2_pattern_info(v->re[p], PCRE2_INFO_NAMEENTRYSIZE, &sa);
            pcre2_pattern_info(v->re[q], PCRE2_INFO_NAMEENTRYSIZE, &sb);
            pcre2_pattern_info(v->re[p], PCRE2_INFO_NAMETABLE, &ta);
            pcre2_pattern_info(v->re[q], PCRE2_INFO_NAMETABLE, &tb);
            for (i = 0; i < na; i++)
                for (j = 0; j < nb; j++)
                    if (!strcmp((const char *)ta + i * sa + 2,
                                (const char *)tb + j * sb + 2)) {
                        snprintf(msg, msglen,
                                 "two named subpatterns have the same name "
                                 "(%s)",
                                 (const char *)ta + i * sa + 2);
                        return -1;
                    }
        }
    return 0;
}

/* Compile the alternation of rules idx[0..n) into v's next parts, halving
 * it where PCRE2 refuses it whole; each rule's capture base counted within
 * its part.  JIT only when jit.  0, or -1 with PCRE2's message in msg and
 * the offset in *off (a rule alone that fails, or more than MAX_PARTS). */
static int compile_parts(rules_core *c, const size_t *idx, size_t n, variant *v,
                         int jit, int guarded, char *msg, size_t msglen,
                         size_t *off)
{
    nn_buf pat = NN_BUF_INIT;
    pcre2_code *re;
    uint32_t groups = 0;
    size_t i;
    nn_buf_puts(&pat, "(?:");
    for (i = 0; i < n; i++)
        put_alternative(&pat, idx[i], guarded ? c->guard[idx[i]] : NULL,
                        c->rules[idx[i]]->pattern);
    nn_buf_putc(&pat, ')');
    re = nn_pattern_compile(pat.ptr, PCRE2_ANCHORED, off, msg, msglen);
    nn_buf_free(&pat);
    if (!re) /* only a pattern too large is split: other errors stand */
        return n > 1 && too_large(msg) &&
                       !compile_parts(c, idx, n / 2, v, jit, guarded, msg,
                                      msglen, off)
                   ? compile_parts(c, idx + n / 2, n - n / 2, v, jit, guarded,
                                   msg, msglen, off)
                   : -1;
    if (v->nparts == MAX_PARTS) {
        pcre2_code_free(re);
        snprintf(msg, msglen, "more than %d parts", MAX_PARTS);
        *off = 0;
        return -1;
    }
    if (jit && !jit_off())
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    for (i = 0; i < n; i++) {
        v->base[idx[i]] = groups;
        groups += c->count[idx[i]];
    }
    v->re[v->nparts++] = re;
    return 0;
}

/* The rules that may apply in the head (in_body 0) or the body, on any
 * line and whatever the needs, compiled as one alternation (in parts where
 * PCRE2 would not take it whole): what fails here is the rules together
 * (two of them naming a group alike).  Each rule compiled alone in
 * add_rule. */
static int check_zone(rules_core *c, int in_body, char *err, size_t errlen)
{
    variant *v = nn_xcalloc(1, sizeof *v);
    size_t idx[MAX_RULES], n = 0, i, off = 0;
    char msg[160];
    int rc;
    for (i = 0; i < c->n; i++)
        if (may_apply(c->rules[i], in_body, c->rules[i]->line))
            idx[n++] = i;
    rc = n ? compile_parts(c, idx, n, v, 0, 0, msg, sizeof msg, &off) : 0;
    if (!rc && names_once(v, msg, sizeof msg))
        rc = -1, off = 0;
    if (rc)
        snprintf(err, errlen,
                 "profile %s: its %s rules as one pattern: error at %zu: %s",
                 c->prof->id, in_body ? "body" : "head", off, msg);
    variant_free(v);
    return rc;
}

static rules_core *core_new(const nn_profile *p, char *err, size_t errlen)
{
    rules_core *c = nn_xcalloc(1, sizeof *c);
    size_t i;

    c->prof = p;
    pthread_mutex_init(&c->mu, NULL);
    atomic_init(&c->refs, 1);
    for (i = 0; i < p->nrules; i++)
        if (add_rule(c, &p->rules[i], err, errlen))
            goto fail;
    for (i = 0; !p->plain && i < nn_rules_common_len; i++)
        if (add_rule(c, &nn_rules_common[i], err, errlen))
            goto fail;
    /* the widest variants now, to report a bad table now rather than when
     * a variant is first needed (every variant is a part of one of them) */
    if (check_zone(c, 0, err, errlen) || check_zone(c, 1, err, errlen))
        goto fail;
    c->relevant = nn_xcalloc(2 * (c->maxline + 1), sizeof *c->relevant);
    for (i = 0; i < 2 * (c->maxline + 1); i++)
        c->relevant[i] = relevant_needs(c, (int)(i & 1), (unsigned)i / 2);
    c->nvariants = 2 * (size_t)(c->maxline + 1) << c->nneeds;
    c->variants = nn_xcalloc(c->nvariants, sizeof *c->variants);
    for (i = 0; i < c->nvariants; i++)
        atomic_init(&c->variants[i], NULL);
    c->signals = compile_list(p->nsignals, signal_pat, p->signals,
                              PCRE2_MULTILINE, p->id, err, errlen);
    c->urlids =
        compile_list(p->nurlids, urlid_pat, p->urlids, 0, p->id, err, errlen);
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
        else if (!(c->needs[i] = compile(p->signals[i].need, PCRE2_MULTILINE,
                                         p->id, err, errlen)))
            goto fail;
    }
    if (!list_ok(c->signals, p->nsignals) || !list_ok(c->urlids, p->nurlids))
        goto fail;
    if (p->title_suffix &&
        !(c->suffix = compile(p->title_suffix, 0, p->id, err, errlen)))
        goto fail;
    if (p->url_cut && !(c->urlcut = compile(p->url_cut, 0, p->id, err, errlen)))
        goto fail;
    return c;
fail:
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
    rs->md = pcre2_match_data_create(c->groups + 1, NULL);
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
    if (atomic_fetch_sub_explicit(&rs->c->refs, 1, memory_order_acq_rel) == 1)
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

/* Compile the variant (the rules that may apply in the head or the body,
 * on line `line`, when the line holds the needs in `has`): with each
 * rule's guard (first_guard), or without the guards when that takes fewer
 * parts (the guards make the pattern longer).  A part of a zone's rules,
 * which compiled (check_zone): without the guards it cannot fail. */
static void compile_variant(rules_core *c, variant *v, int in_body,
                            unsigned line, unsigned has)
{
    size_t idx[MAX_RULES], n = 0, i, off;
    char msg[160];
    variant *u;
    int rc;

    for (i = 0; i < c->n; i++)
        if (may_apply(c->rules[i], in_body, line) &&
            (c->need_of[i] < 0 || (has >> c->need_of[i] & 1)))
            idx[n++] = i;
    if (!n)
        return;
    rc = compile_parts(c, idx, n, v, 1, 1, msg, sizeof msg, &off);
    if (!rc && v->nparts == 1)
        return;
    u = nn_xcalloc(1, sizeof *u);
    if (!compile_parts(c, idx, n, u, 1, 0, msg, sizeof msg, &off) &&
        (rc || u->nparts < v->nparts)) {
        variant t = *v;
        *v = *u;
        *u = t;
    }
    variant_free(u);
}

/* Variant k of the core, made on first use.  Threads sharing the core may
 * ask for it at once: one makes it under the lock and publishes it whole
 * (release); a thread that sees it (acquire) sees it made. */
const variant *nn_rl_variant_get(rules_core *c, size_t k, int in_body,
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
