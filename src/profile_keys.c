/* profile_keys.c - what each key of a profile file means
 * (newsnorm-rules(5)): the key table, the names of actions and fields,
 * values (numbers, {{NAME}}s, patterns compiled to check them) and the
 * setters that put them in the profile's tables.  profile_file.c reads the
 * lines and calls them. */
#include "pattern.h"
#include "profile_file.h"
#include "rules.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEFINE_DEPTH 8 /* {{A}} inside B inside ... */

/* ---- names ------------------------------------------------------------ */

static const char *const act_names[] = {
    [NN_ACT_DROP] = "drop",     [NN_ACT_FIELD] = "field",
    [NN_ACT_PREFIX] = "prefix", [NN_ACT_BLOCK] = "block",
    [NN_ACT_LABEL] = "label",   [NN_ACT_LIST] = "list",
};

static const char *const fld_names[NN_FLD_COUNT] = {
    [NN_FLD_NONE] = "-",
    [NN_FLD_TITLE] = "title",
    [NN_FLD_DATE] = "date",
    [NN_FLD_DATE_DMY8] = "date-dmy8",
    [NN_FLD_AUTHORS] = "authors",
    [NN_FLD_CREDITS] = "credits",
    [NN_FLD_RELATED] = "related",
    [NN_FLD_URL] = "url",
    [NN_FLD_PROVIDER] = "provider",
    [NN_FLD_CAPTION] = "caption",
    [NN_FLD_CREDIT] = "credit",
    [NN_FLD_EXTRA] = "extra",
    [NN_FLD_SOURCE] = "source",
    [NN_FLD_SITE] = "site",
    [NN_FLD_OWNER] = "owner",
};

const char *nn_act_name(enum nn_act a)
{
    return (size_t)a < NN_COUNT(act_names) ? act_names[a] : NULL;
}

const char *nn_fld_name(enum nn_fld f)
{
    return (size_t)f < NN_COUNT(fld_names) ? fld_names[f] : NULL;
}

static int lookup(const char *const *names, size_t n, const char *s, size_t len)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (names[i] && strlen(names[i]) == len && !memcmp(names[i], s, len))
            return (int)i;
    return -1;
}

/* ---- values ------------------------------------------------------------ */

int nn_pf_int(parser *ps, const char *v, long lo, long hi, long *out)
{
    char *end;
    long n = 0;
    errno = 0;
    n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < lo || n > hi)
        return nn_pf_fail(ps, ps->pend_line,
                          "%s: '%s' is not a whole number "
                          "from %ld to %ld",
                          ps->pend->name, v, lo, hi);
    *out = n;
    return 0;
}

static const nn_define *find_define(const parser *ps, const char *s, size_t n)
{
    size_t i;
    for (i = ps->f->ndefines; i-- > 0;)
        if (strlen(ps->f->defines[i].name) == n &&
            !memcmp(ps->f->defines[i].name, s, n))
            return &ps->f->defines[i];
    for (i = 0; i < ps->npre; i++)
        if (strlen(ps->pre[i].name) == n && !memcmp(ps->pre[i].name, s, n))
            return &ps->pre[i];
    return NULL;
}

/* Append v to out with every {{NAME}} replaced by its text. */
int nn_pf_expand(parser *ps, const char *v, nn_buf *out, int depth)
{
    const char *p = v, *open;
    while ((open = strstr(p, "{{")) != NULL) {
        const char *name = open + 2, *close = strstr(name, "}}");
        const nn_define *d;
        nn_buf_put(out, p, (size_t)(open - p));
        if (!close)
            return nn_pf_fail(ps, ps->pend_line, "'{{' without '}}'");
        if (!(d = find_define(ps, name, (size_t)(close - name))))
            return nn_pf_fail(ps, ps->pend_line, "{{%.*s}} is not defined",
                              (int)(close - name), name);
        if (depth >= MAX_DEFINE_DEPTH)
            return nn_pf_fail(ps, ps->pend_line,
                              "{{%s}}: definitions nested "
                              "too deep",
                              d->name);
        if (nn_pf_expand(ps, d->value, out, depth + 1) < 0)
            return -1;
        p = close + 2;
    }
    nn_buf_puts(out, p);
    return 0;
}

static int no_callout(pcre2_callout_enumerate_block *cb, void *data)
{
    (void)cb;
    (void)data;
    return 1;
}

pcre2_code *nn_pattern_compile(const char *pat, uint32_t opts, size_t *off,
                               char *msg, size_t msglen)
{
    int ec;
    PCRE2_SIZE at;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | opts, &ec, &at, NULL);
    *off = (size_t)at;
    if (!re && pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, msglen) < 0)
        snprintf(msg, msglen, "error %d", ec);
    return re;
}

/* The offset of an absolute back reference in pat (\1, \g2, \g{3}),
 * or -1: a rule's pattern is one branch of the profile's
 * alternation, so its group 1 is the first rule's. */
static long absolute_backref(const char *pat)
{
    const char *p;
    for (p = pat; *p; p++) {
        if (*p != '\\' || !p[1])
            continue;
        if ((p[1] >= '1' && p[1] <= '9') ||
            (p[1] == 'g' && ((p[2] >= '1' && p[2] <= '9') ||
                             (p[2] == '{' && p[3] >= '1' && p[3] <= '9'))))
            return (long)(p - pat);
        p++; /* (an escaped character: \\1 is a backslash and a 1) */
    }
    return -1;
}

/* Compile a pattern as the engine will, to report a mistake now. */
int nn_pf_check_pattern(parser *ps, const char *pat, uint32_t opts)
{
    char msg[160];
    size_t off;
    long at;
    int rc;
    pcre2_code *re;
    if (ps->item == IT_RULE && (at = absolute_backref(pat)) >= 0)
        return nn_pf_fail(ps, ps->pend_line,
                          "%s: absolute back reference at offset %ld: the "
                          "rules form one alternation, so it names another "
                          "rule's group; use a relative one (\\g{-1})",
                          ps->pend->name, at);
    re = nn_pattern_compile(pat, opts, &off, msg, sizeof msg);
    if (!re)
        return nn_pf_fail(ps, ps->pend_line,
                          "%s: PCRE2 error at offset %zu: %s", ps->pend->name,
                          off, msg);
    /* the engine's own callouts number the rules: none of the pattern's */
    rc = pcre2_callout_enumerate(re, no_callout, NULL);
    pcre2_code_free(re);
    if (rc != 0)
        return nn_pf_fail(ps, ps->pend_line,
                          "%s: callouts ((?C...)) are not "
                          "allowed",
                          ps->pend->name);
    return 0;
}

/* ---- the keys ---------------------------------------------------------- */

static int set_source(parser *ps, const char *v)
{
    ps->prof->p.source = nn_pf_own(ps, v);
    return 0;
}

/* Which of three words v is (0, 1 or 2), or -1 with "NAME: 'v' is not A, B
 * or C". */
static int one_of3(parser *ps, const char *name, const char *v,
                   const char *const words[3])
{
    int i;
    for (i = 0; i < 3; i++)
        if (!strcmp(v, words[i]))
            return i;
    return nn_pf_fail(ps, ps->pend_line, "%s: '%s' is not %s, %s or %s", name,
                      v, words[0], words[1], words[2]);
}

static int set_detect(parser *ps, const char *v)
{
    static const char *const words[3] = {"signals", "never", "fallback"};
    nn_profile *p = &ps->prof->p;
    int i = one_of3(ps, "detect", v, words);
    if (i < 0)
        return -1;
    if (i == 1)
        p->threshold = INT_MAX;
    else if (i == 2)
        p->fallback = 1;
    return 0;
}

static int set_threshold(parser *ps, const char *v)
{
    long n = 0;
    if (ps->prof->p.threshold == INT_MAX)
        return nn_pf_fail(ps, ps->pend_line,
                          "threshold: the profile is never "
                          "detected (detect never)");
    if (nn_pf_int(ps, v, 0, 1000000, &n) < 0)
        return -1;
    ps->prof->p.threshold = (int)n;
    return 0;
}

static int set_plain(parser *ps, const char *v)
{
    if (strcmp(v, "yes") && strcmp(v, "no"))
        return nn_pf_fail(ps, ps->pend_line, "plain: '%s' is not yes or no", v);
    ps->prof->p.plain = !strcmp(v, "yes");
    return 0;
}

static int set_title_suffix(parser *ps, const char *v)
{
    ps->prof->p.title_suffix = nn_pf_own(ps, v);
    return 0;
}

static int set_url_cut(parser *ps, const char *v)
{
    ps->prof->p.url_cut = nn_pf_own(ps, v);
    return 0;
}

static int set_pattern(parser *ps, const char *v)
{
    const char *s = nn_pf_own(ps, v);
    if (ps->item == IT_SIGNAL)
        cur_signal(ps)->pattern = s;
    else if (ps->item == IT_URLID)
        ps->prof->urlids[ps->prof->p.nurlids - 1].pattern = s;
    else
        cur_rule(ps)->pattern = s;
    return 0;
}

static int set_need(parser *ps, const char *v)
{
    const char *s = nn_pf_own(ps, v);
    if (ps->item == IT_SIGNAL)
        cur_signal(ps)->need = s;
    else
        cur_rule(ps)->need = s;
    return 0;
}

static int set_action(parser *ps, const char *v)
{
    int a = lookup(act_names, NN_COUNT(act_names), v, strlen(v));
    if (a < 0)
        return nn_pf_fail(ps, ps->pend_line,
                          "action: '%s' is not drop, field, "
                          "prefix, block, label or list",
                          v);
    cur_rule(ps)->act = (enum nn_act)a;
    return 0;
}

static int set_zone(parser *ps, const char *v)
{
    static const char *const words[3] = {"head", "body", "any"};
    static const unsigned when[3] = {NN_HEAD, NN_BODY, 0};
    int i = one_of3(ps, "zone", v, words);
    if (i < 0)
        return -1;
    cur_rule(ps)->when |= when[i];
    return 0;
}

static int set_when(parser *ps, const char *v)
{
    nn_rule *r = cur_rule(ps);
    const char *p = v;
    while (*p) {
        size_t n = strcspn(p, " \t");
        if (n == 4 && !memcmp(p, "once", 4))
            r->when |= NN_ONCE;
        else if (n == 6 && !memcmp(p, "titled", 6))
            r->when |= NN_TITLED;
        else
            return nn_pf_fail(ps, ps->pend_line,
                              "when: '%.*s' is not once or "
                              "titled",
                              (int)n, p);
        p += n;
        p += strspn(p, " \t");
    }
    return 0;
}

static int set_fields(parser *ps, const char *v)
{
    nn_rule *r = cur_rule(ps);
    const char *p = v;
    int k = 0;
    while (*p) {
        size_t n = strcspn(p, " \t"), kl = strcspn(p, ":");
        int fl;
        if (k == NN_MAX_GROUPS)
            return nn_pf_fail(ps, ps->pend_line, "fields: more than %d",
                              NN_MAX_GROUPS);
        if (kl > n)
            kl = n;
        fl = lookup(fld_names, NN_COUNT(fld_names), p, kl);
        if (fl < 0)
            return nn_pf_fail(ps, ps->pend_line,
                              "fields: '%.*s' is not a field "
                              "(title, date, date-dmy8, authors, credits, "
                              "related, url, provider, caption, credit, "
                              "extra:KEY, source, site, owner or -)",
                              (int)n, p);
        if ((fl == NN_FLD_EXTRA) != (kl < n) || kl + 1 == n)
            return nn_pf_fail(ps, ps->pend_line,
                              "fields: '%.*s': extra takes a "
                              "key (extra:KEY), no other field does",
                              (int)n, p);
        r->fields[k] = (enum nn_fld)fl;
        if (kl < n) {
            nn_buf_clear(&ps->tmp);
            nn_buf_put(&ps->tmp, p + kl + 1, n - kl - 1);
            r->keys[k] = nn_pf_own(ps, ps->tmp.ptr);
        }
        k++;
        p += n;
        p += strspn(p, " \t");
    }
    return 0;
}

static int set_until(parser *ps, const char *v)
{
    cur_rule(ps)->until = nn_pf_own(ps, v);
    return 0;
}

/* A count of lines, 1 to hi, into *dst. */
static int set_lines(parser *ps, const char *v, long hi, unsigned *dst)
{
    long n = 0;
    if (nn_pf_int(ps, v, 1, hi, &n) < 0)
        return -1;
    *dst = (unsigned)n;
    return 0;
}

static int set_span(parser *ps, const char *v)
{
    return set_lines(ps, v, 1000, &cur_rule(ps)->span);
}

static int set_line(parser *ps, const char *v)
{
    /* each line a rule is tied to doubles the variants (rules.c) */
    return set_lines(ps, v, 64, &cur_rule(ps)->line);
}

#define PAT (PCRE2_UTF) /* a pattern with no more options: see check */
const key nn_pf_keys[] = {
    {"profile", SC_FILE | SC_OPEN, 0, nn_pf_open_profile},
    {"common", SC_FILE | SC_OPEN, 0, nn_pf_open_common},
    {"define", SC_FILE, 0, nn_pf_set_define},
    {"source", SC_PROFILE, 0, set_source},
    {"detect", SC_PROFILE, 0, set_detect},
    {"threshold", SC_PROFILE, 0, set_threshold},
    {"plain", SC_PROFILE, 0, set_plain},
    {"title-suffix", SC_PROFILE, PAT, set_title_suffix},
    {"url-cut", SC_PROFILE, PAT, set_url_cut},
    {"signal", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     nn_pf_open_signal},
    {"urlid", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     nn_pf_open_urlid},
    {"rule", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     nn_pf_open_rule},
    {"pattern", SC_SIGNAL | SC_URLID | SC_RULE, PAT, set_pattern},
    {"need", SC_SIGNAL | SC_RULE, PCRE2_MULTILINE, set_need},
    {"action", SC_RULE, 0, set_action},
    {"zone", SC_RULE, 0, set_zone},
    {"when", SC_RULE, 0, set_when},
    {"fields", SC_RULE, 0, set_fields},
    {"until", SC_RULE, PCRE2_ANCHORED, set_until},
    {"span", SC_RULE, 0, set_span},
    {"line", SC_RULE, 0, set_line},
};
const size_t nn_pf_nkeys = NN_COUNT(nn_pf_keys);

size_t nn_pf_key_index(const char *name)
{
    size_t i;
    for (i = 0; i < nn_pf_nkeys; i++)
        if (!strcmp(nn_pf_keys[i].name, name))
            return i;
    return 0;
}

/* Options a pattern of key k is compiled with (besides UTF and UCP). */
uint32_t nn_pf_re_opts(const parser *ps, const key *k)
{
    uint32_t o = k->re & ~(uint32_t)PAT;
    /* a signal's pattern is searched across the lines of the text */
    if (ps->item == IT_SIGNAL && k->set == set_pattern)
        o |= PCRE2_MULTILINE;
    return o;
}

/* A word that names something: letters, digits, '-', '_', '.', ':'. */
int nn_pf_is_word(const char *v)
{
    const char *p;
    if (!*v)
        return 0;
    for (p = v; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || strchr("-_.:", *p)))
            return 0;
    return 1;
}
