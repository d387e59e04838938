/* profile_file.c - profile files (newsnorm-rules(5)): read into the tables
 * the rule engine uses, and written back out.
 *
 * A file is a list of lines, "key value"; a line "+ more" continues the
 * value of the line before it, and a value with a blank at either end is
 * written between double quotes.  "profile NAME" opens a profile; its own
 * keys (source, detect, threshold, plain, title-suffix, url-cut) come
 * first, then its items: "signal WEIGHT", "urlid KEY" and "rule NAME",
 * each followed by its keys.  Patterns may use {{NAME}} for a text given
 * by "define NAME VALUE" earlier in the file or in the built-in common
 * rules (the date patterns).
 *
 * profile_dump.c writes a profile back out in this format.
 *
 * The same code reads the built-in files at build time (gen_profiles.c
 * turns them into C tables: no parsing at start-up) and the files of
 * --rules at run time; every pattern is compiled once here, so that a
 * mistake is reported with its file and line. */
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEFINE_DEPTH 8 /* {{A}} inside B inside ... */

/* Where a key may stand: the section it belongs to. */
enum scope {
    SC_FILE = 1u,    /* anywhere */
    SC_PROFILE = 2u, /* in a profile, before its first item */
    SC_SIGNAL = 4u,
    SC_URLID = 8u,
    SC_RULE = 16u,
    SC_OPEN = 32u,   /* opens a section or item (its value is a word) */
};

/* What the open item is. */
enum item { IT_NONE, IT_SIGNAL, IT_URLID, IT_RULE };

typedef struct parser parser;

typedef struct key {
    const char *name;
    unsigned scope;
    uint32_t re;   /* a pattern compiled with these options; 0: text */
    int (*set)(parser *ps, const char *v);
} key;

struct parser {
    const char *path;
    size_t lineno;        /* the line being read */
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
    unsigned seen;        /* keys given in the open item (bit: index) */
    const key *pend;      /* the key whose value is being read */
    size_t pend_line;
    nn_buf val;           /* its value so far */
    nn_buf tmp;
};

static int fail(parser *ps, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(parser *ps, size_t line, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(ps->err, ps->errlen, "%s:%zu: ", ps->path, line);
    if (n >= 0 && (size_t)n < ps->errlen) {
        va_start(ap, fmt);
        vsnprintf(ps->err + n, ps->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* ---- names ------------------------------------------------------------ */

static const char *const act_names[] = {
    [NN_ACT_DROP] = "drop",     [NN_ACT_FIELD] = "field",
    [NN_ACT_PREFIX] = "prefix", [NN_ACT_BLOCK] = "block",
    [NN_ACT_LABEL] = "label",   [NN_ACT_LIST] = "list",
};

static const char *const fld_names[NN_FLD_COUNT] = {
    [NN_FLD_NONE] = "-",          [NN_FLD_TITLE] = "title",
    [NN_FLD_DATE] = "date",       [NN_FLD_DATE_DMY8] = "date-dmy8",
    [NN_FLD_AUTHORS] = "authors", [NN_FLD_CREDITS] = "credits",
    [NN_FLD_RELATED] = "related", [NN_FLD_URL] = "url",
    [NN_FLD_PROVIDER] = "provider", [NN_FLD_CAPTION] = "caption",
    [NN_FLD_CREDIT] = "credit",   [NN_FLD_EXTRA] = "extra",
    [NN_FLD_SOURCE] = "source",   [NN_FLD_SITE] = "site",
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

static int lookup(const char *const *names, size_t n, const char *s,
                  size_t len)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (names[i] && strlen(names[i]) == len && !memcmp(names[i], s, len))
            return (int)i;
    return -1;
}

/* ---- memory ------------------------------------------------------------ */

static char *keep(char ***strs, size_t *n, size_t *cap, const char *s)
{
    char *c = nn_xstrdup(s);
    NN_ARRAY_RESERVE(*strs, *cap, *n + 1);
    (*strs)[(*n)++] = c;
    return c;
}

static const char *own(parser *ps, const char *s)
{
    nn_profile_def *d = ps->prof;
    return keep(&d->strs, &d->nstrs, &d->strcap, s);
}

void nn_profile_def_free(nn_profile_def *d)
{
    if (!d)
        return;
    nn_strs_free(d->strs, d->nstrs);
    free(d->rules);
    free(d->signals);
    free(d->urlids);
    free(d);
}

void nn_profile_file_free(nn_profile_file *f)
{
    size_t i;
    for (i = 0; i < f->n; i++)
        nn_profile_def_free(f->defs[i]);
    free(f->defs);
    nn_profile_def_free(f->common);
    nn_strs_free(f->strs, f->nstrs);
    free(f->defines);
    memset(f, 0, sizeof *f);
}

/* ---- values ------------------------------------------------------------ */

static int parse_int(parser *ps, const char *v, long lo, long hi, long *out)
{
    char *end;
    long n;
    errno = 0;
    n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < lo || n > hi)
        return fail(ps, ps->pend_line, "%s: '%s' is not a whole number "
                    "from %ld to %ld", ps->pend->name, v, lo, hi);
    *out = n;
    return 0;
}

static const nn_define *find_define(const parser *ps, const char *s,
                                    size_t n)
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
static int expand(parser *ps, const char *v, nn_buf *out, int depth)
{
    const char *p = v, *open;
    while ((open = strstr(p, "{{")) != NULL) {
        const char *name = open + 2, *close = strstr(name, "}}");
        const nn_define *d;
        nn_buf_put(out, p, (size_t)(open - p));
        if (!close)
            return fail(ps, ps->pend_line, "'{{' without '}}'");
        if (!(d = find_define(ps, name, (size_t)(close - name))))
            return fail(ps, ps->pend_line, "{{%.*s}} is not defined",
                        (int)(close - name), name);
        if (depth >= MAX_DEFINE_DEPTH)
            return fail(ps, ps->pend_line, "{{%s}}: definitions nested "
                        "too deep", d->name);
        if (expand(ps, d->value, out, depth + 1) < 0)
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
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | opts, &ec, &at,
                                   NULL);
    *off = (size_t)at;
    if (!re && pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, msglen) < 0)
        snprintf(msg, msglen, "error %d", ec);
    return re;
}

/* Compile a pattern as the engine will, to report a mistake now. */
static int check_pattern(parser *ps, const char *pat, uint32_t opts)
{
    char msg[160];
    size_t off;
    int rc;
    pcre2_code *re = nn_pattern_compile(pat, opts, &off, msg, sizeof msg);
    if (!re)
        return fail(ps, ps->pend_line, "%s: PCRE2 error at offset %zu: %s",
                    ps->pend->name, off, msg);
    /* the engine's own callouts number the rules: none of the pattern's */
    rc = pcre2_callout_enumerate(re, no_callout, NULL);
    pcre2_code_free(re);
    if (rc != 0)
        return fail(ps, ps->pend_line, "%s: callouts ((?C...)) are not "
                    "allowed", ps->pend->name);
    return 0;
}

/* ---- the keys ---------------------------------------------------------- */

static nn_rule *cur_rule(parser *ps)
{
    return &ps->prof->rules[ps->prof->p.nrules - 1];
}

static nn_signal *cur_signal(parser *ps)
{
    return &ps->prof->signals[ps->prof->p.nsignals - 1];
}

static int set_source(parser *ps, const char *v)
{
    ps->prof->p.source = own(ps, v);
    return 0;
}

static int set_detect(parser *ps, const char *v)
{
    nn_profile *p = &ps->prof->p;
    if (!strcmp(v, "signals"))
        return 0;
    if (!strcmp(v, "fallback"))
        p->fallback = 1;
    else if (!strcmp(v, "never"))
        p->threshold = INT_MAX;
    else
        return fail(ps, ps->pend_line, "detect: '%s' is not signals, "
                    "never or fallback", v);
    return 0;
}

static int set_threshold(parser *ps, const char *v)
{
    long n;
    if (ps->prof->p.threshold == INT_MAX)
        return fail(ps, ps->pend_line, "threshold: the profile is never "
                    "detected (detect never)");
    if (parse_int(ps, v, 0, 1000000, &n) < 0)
        return -1;
    ps->prof->p.threshold = (int)n;
    return 0;
}

static int set_plain(parser *ps, const char *v)
{
    if (strcmp(v, "yes") && strcmp(v, "no"))
        return fail(ps, ps->pend_line, "plain: '%s' is not yes or no", v);
    ps->prof->p.plain = !strcmp(v, "yes");
    return 0;
}

static int set_title_suffix(parser *ps, const char *v)
{
    ps->prof->p.title_suffix = own(ps, v);
    return 0;
}

static int set_url_cut(parser *ps, const char *v)
{
    ps->prof->p.url_cut = own(ps, v);
    return 0;
}

static int set_pattern(parser *ps, const char *v)
{
    const char *s = own(ps, v);
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
    const char *s = own(ps, v);
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
        return fail(ps, ps->pend_line, "action: '%s' is not drop, field, "
                    "prefix, block, label or list", v);
    cur_rule(ps)->act = (enum nn_act)a;
    return 0;
}

static int set_zone(parser *ps, const char *v)
{
    nn_rule *r = cur_rule(ps);
    if (!strcmp(v, "head"))
        r->when |= NN_HEAD;
    else if (!strcmp(v, "body"))
        r->when |= NN_BODY;
    else if (strcmp(v, "any"))
        return fail(ps, ps->pend_line, "zone: '%s' is not head, body or "
                    "any", v);
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
            return fail(ps, ps->pend_line, "when: '%.*s' is not once or "
                        "titled", (int)n, p);
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
            return fail(ps, ps->pend_line, "fields: more than %d",
                        NN_MAX_GROUPS);
        if (kl > n)
            kl = n;
        fl = lookup(fld_names, NN_COUNT(fld_names), p, kl);
        if (fl < 0)
            return fail(ps, ps->pend_line, "fields: '%.*s' is not a field "
                        "(title, date, date-dmy8, authors, credits, "
                        "related, url, provider, caption, credit, "
                        "extra:KEY, source, site, owner or -)", (int)n, p);
        if ((fl == NN_FLD_EXTRA) != (kl < n) || kl + 1 == n)
            return fail(ps, ps->pend_line, "fields: '%.*s': extra takes a "
                        "key (extra:KEY), no other field does", (int)n, p);
        r->fields[k] = (enum nn_fld)fl;
        if (kl < n) {
            nn_buf_clear(&ps->tmp);
            nn_buf_put(&ps->tmp, p + kl + 1, n - kl - 1);
            r->keys[k] = own(ps, ps->tmp.ptr);
        }
        k++;
        p += n;
        p += strspn(p, " \t");
    }
    return 0;
}

static int set_until(parser *ps, const char *v)
{
    cur_rule(ps)->until = own(ps, v);
    return 0;
}

/* A count of lines, 1 to hi, into *dst. */
static int set_lines(parser *ps, const char *v, long hi, unsigned *dst)
{
    long n;
    if (parse_int(ps, v, 1, hi, &n) < 0)
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

static int open_profile(parser *ps, const char *v);
static int open_common(parser *ps, const char *v);
static int open_signal(parser *ps, const char *v);
static int open_urlid(parser *ps, const char *v);
static int open_rule(parser *ps, const char *v);
static int set_define(parser *ps, const char *v);

#define PAT (PCRE2_UTF) /* a pattern with no more options: see check */
static const key keys[] = {
    {"profile", SC_FILE | SC_OPEN, 0, open_profile},
    {"common", SC_FILE | SC_OPEN, 0, open_common},
    {"define", SC_FILE, 0, set_define},
    {"source", SC_PROFILE, 0, set_source},
    {"detect", SC_PROFILE, 0, set_detect},
    {"threshold", SC_PROFILE, 0, set_threshold},
    {"plain", SC_PROFILE, 0, set_plain},
    {"title-suffix", SC_PROFILE, PAT, set_title_suffix},
    {"url-cut", SC_PROFILE, PAT, set_url_cut},
    {"signal", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     open_signal},
    {"urlid", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     open_urlid},
    {"rule", SC_PROFILE | SC_SIGNAL | SC_URLID | SC_RULE | SC_OPEN, 0,
     open_rule},
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

static size_t key_index(const char *name)
{
    size_t i;
    for (i = 0; i < NN_COUNT(keys); i++)
        if (!strcmp(keys[i].name, name))
            return i;
    return 0;
}

/* Options a pattern of key k is compiled with (besides UTF and UCP). */
static uint32_t re_opts(const parser *ps, const key *k)
{
    uint32_t o = k->re & ~(uint32_t)PAT;
    /* a signal's pattern is searched across the lines of the text */
    if (ps->item == IT_SIGNAL && k->set == set_pattern)
        o |= PCRE2_MULTILINE;
    return o;
}

/* A word that names something: letters, digits, '-', '_', '.', ':'. */
static int is_word(const char *v)
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

/* ---- sections and items ------------------------------------------------ */

/* The open item is complete: check what it needs. */
static int close_item(parser *ps)
{
    size_t l = ps->item_line;
    if (ps->item == IT_SIGNAL && !cur_signal(ps)->pattern)
        return fail(ps, l, "signal: no pattern");
    if (ps->item == IT_URLID &&
        !ps->prof->urlids[ps->prof->p.nurlids - 1].pattern)
        return fail(ps, l, "urlid: no pattern");
    if (ps->item == IT_RULE) {
        nn_rule *r = cur_rule(ps);
        if (!r->pattern)
            return fail(ps, l, "rule %s: no pattern", r->name);
        if (!(ps->seen & (1u << key_index("action"))))
            return fail(ps, l, "rule %s: no action", r->name);
        if ((r->act == NN_ACT_BLOCK) != (r->until != NULL) ||
            (r->act == NN_ACT_BLOCK) != (r->span != 0))
            return fail(ps, l, "rule %s: until and span go with action "
                        "block, and it needs both", r->name);
        if ((r->when & NN_HEAD) && (r->when & NN_BODY))
            return fail(ps, l, "rule %s: zone given twice", r->name);
        if ((r->when & NN_ONCE) && r->fields[0] == NN_FLD_NONE)
            return fail(ps, l, "rule %s: 'when once' needs a first field",
                        r->name);
        if ((r->act == NN_ACT_FIELD || r->act == NN_ACT_LABEL) &&
            r->fields[0] == NN_FLD_NONE && r->fields[1] == NN_FLD_NONE &&
            r->fields[2] == NN_FLD_NONE)
            return fail(ps, l, "rule %s: action %s needs fields", r->name,
                        act_names[r->act]);
    }
    ps->item = IT_NONE;
    ps->seen = 0;
    return 0;
}

static int close_profile(parser *ps)
{
    nn_profile_def *d = ps->prof;
    if (!d)
        return 0;
    if (close_item(ps) < 0)
        return -1;
    d->p.rules = d->rules;
    d->p.signals = d->signals;
    d->p.urlids = d->urlids;
    if (!ps->common && d->p.fallback && d->p.threshold == INT_MAX)
        return fail(ps, d->line, "profile %s: detect is given twice",
                    d->p.id);
    ps->prof = NULL;
    ps->common = 0;
    return 0;
}

static int open_section(parser *ps, int common)
{
    if (close_profile(ps) < 0)
        return -1;
    ps->prof = nn_xcalloc(1, sizeof *ps->prof);
    ps->prof->line = ps->pend_line;
    ps->common = common;
    ps->seen = 0;
    return 0;
}

static int open_profile(parser *ps, const char *v)
{
    size_t i;
    if (!is_word(v) || strlen(v) > 40 || !strcmp(v, "auto"))
        return fail(ps, ps->pend_line, "profile: '%s' is not a name "
                    "(letters, digits, '-', '_', '.'; not 'auto')", v);
    for (i = 0; i < ps->f->n; i++)
        if (!strcmp(ps->f->defs[i]->p.id, v))
            return fail(ps, ps->pend_line, "profile %s: already defined "
                        "on line %zu", v, ps->f->defs[i]->line);
    if (open_section(ps, 0) < 0)
        return -1;
    ps->prof->p.id = own(ps, v);
    NN_ARRAY_RESERVE(ps->f->defs, ps->f->cap, ps->f->n + 1);
    ps->f->defs[ps->f->n++] = ps->prof;
    return 0;
}

static int open_common(parser *ps, const char *v)
{
    if (!(ps->flags & NN_PF_COMMON))
        return fail(ps, ps->pend_line, "the common rules are built in "
                    "(data/profiles/common.rules); a file holds profiles");
    if (*v)
        return fail(ps, ps->pend_line, "common: takes no value");
    if (ps->f->common)
        return fail(ps, ps->pend_line, "common: given twice");
    if (open_section(ps, 1) < 0)
        return -1;
    ps->prof->p.id = own(ps, "common");
    ps->f->common = ps->prof;
    return 0;
}

static int open_item(parser *ps, enum item it)
{
    if (close_item(ps) < 0)
        return -1;
    if (ps->common && it != IT_RULE)
        return fail(ps, ps->pend_line, "the common section holds rules "
                    "only");
    ps->item = it;
    ps->item_line = ps->pend_line;
    return 0;
}

static int open_signal(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    long w;
    if (parse_int(ps, v, -1000, 1000, &w) < 0 ||
        open_item(ps, IT_SIGNAL) < 0)
        return -1;
    NN_ARRAY_RESERVE(d->signals, d->scap, d->p.nsignals + 1);
    memset(&d->signals[d->p.nsignals], 0, sizeof *d->signals);
    d->signals[d->p.nsignals++].weight = (int)w;
    return 0;
}

/* An item named by a word ("urlid KEY", "rule NAME"): check it, open it. */
static int open_named(parser *ps, const char *v, enum item it)
{
    const char *what = it == IT_URLID ? "urlid" : "rule";
    if (!is_word(v))
        return fail(ps, ps->pend_line, "%s: '%s' is not a name (letters, "
                    "digits, '-', '_', '.')", what, v);
    if (it == IT_RULE && ps->prof->p.nrules >= 200)
        return fail(ps, ps->pend_line, "rule %s: more than 200 rules", v);
    return open_item(ps, it);
}

static int open_urlid(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    if (open_named(ps, v, IT_URLID) < 0)
        return -1;
    NN_ARRAY_RESERVE(d->urlids, d->ucap, d->p.nurlids + 1);
    d->urlids[d->p.nurlids].pattern = NULL;
    d->urlids[d->p.nurlids++].key = own(ps, v);
    return 0;
}

static int open_rule(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    if (open_named(ps, v, IT_RULE) < 0)
        return -1;
    NN_ARRAY_RESERVE(d->rules, d->rcap, d->p.nrules + 1);
    memset(&d->rules[d->p.nrules], 0, sizeof *d->rules);
    d->rules[d->p.nrules++].name = own(ps, v);
    return 0;
}

/* "NAME text": NAME may stand as {{NAME}} in later patterns. */
static int set_define(parser *ps, const char *v)
{
    nn_profile_file *f = ps->f;
    size_t n = strcspn(v, " \t");
    const char *text = v + n + strspn(v + n, " \t");
    size_t i;
    for (i = 0; i < n; i++)
        if (!((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= '0' && v[i] <= '9') ||
              v[i] == '_'))
            break;
    if (!n || i < n || !*text)
        return fail(ps, ps->pend_line, "define: 'NAME text', NAME in "
                    "capitals, digits and '_'");
    nn_buf_clear(&ps->tmp);
    if (expand(ps, text, &ps->tmp, 0) < 0)
        return -1;
    NN_ARRAY_RESERVE(f->defines, f->dcap, f->ndefines + 1);
    f->defines[f->ndefines].value =
        keep(&f->strs, &f->nstrs, &f->strcap, ps->tmp.ptr);
    nn_buf_clear(&ps->tmp);
    nn_buf_put(&ps->tmp, v, n);
    f->defines[f->ndefines++].name =
        keep(&f->strs, &f->nstrs, &f->strcap, ps->tmp.ptr);
    return 0;
}

/* The scope the next key is read in. */
static unsigned scope_now(const parser *ps)
{
    static const unsigned of_item[] = {
        [IT_NONE] = SC_PROFILE, [IT_SIGNAL] = SC_SIGNAL,
        [IT_URLID] = SC_URLID, [IT_RULE] = SC_RULE,
    };
    if (!ps->prof)
        return SC_FILE;
    if (ps->common)
        return SC_FILE | (ps->item == IT_RULE ? SC_RULE : 0) |
               (ps->item == IT_NONE ? SC_PROFILE : 0);
    return SC_FILE | of_item[ps->item];
}

/* "a signal, a urlid or a rule": where a key may stand. */
static void scope_names(unsigned sc, nn_buf *out)
{
    static const struct {
        unsigned sc;
        const char *name;
    } names[] = {
        {SC_PROFILE, "a profile (before its signals, urlids and rules)"},
        {SC_SIGNAL, "a signal"},
        {SC_URLID, "a urlid"},
        {SC_RULE, "a rule"},
    };
    size_t i, n = 0, k = 0;
    for (i = 0; i < NN_COUNT(names); i++)
        n += (sc & names[i].sc) != 0;
    for (i = 0; i < NN_COUNT(names); i++)
        if (sc & names[i].sc) {
            if (k)
                nn_buf_puts(out, ++k == n ? " or " : ", ");
            else
                k++;
            nn_buf_puts(out, names[i].name);
        }
}

/* The value of the pending key is complete: apply it. */
static int commit(parser *ps)
{
    const key *k = ps->pend;
    nn_buf *v = &ps->val;
    int rc;
    if (!k)
        return 0;
    if (!v->len && !(k->scope & SC_OPEN && k->set == open_common))
        return fail(ps, ps->pend_line, "%s: no value", k->name);
    if (k->re) {
        nn_buf_clear(&ps->tmp);
        if (expand(ps, v->ptr, &ps->tmp, 0) < 0)
            return -1;
        nn_buf_clear(v);
        nn_buf_put(v, ps->tmp.ptr, ps->tmp.len);
        if (check_pattern(ps, v->ptr, re_opts(ps, k)) < 0)
            return -1;
    }
    rc = k->set(ps, v->ptr); /* its messages name ps->pend */
    ps->pend = NULL;
    nn_buf_clear(v);
    return rc;
}

/* One line's piece of a value: the text after the key and its blanks,
 * the trailing blanks left out; between double quotes, all of it. */
static int piece(parser *ps, const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n && s[0] == '"') {
        if (n < 2 || s[n - 1] != '"')
            return fail(ps, ps->lineno, "a value that starts with '\"' "
                        "ends with '\"' (it is quoted)");
        s++;
        n -= 2;
    }
    nn_buf_put(&ps->val, s, n);
    return 0;
}

static int key_line(parser *ps, const char *s, size_t n)
{
    size_t kl = 0, i;
    const key *k = NULL;
    unsigned sc;
    while (kl < n && ((s[kl] >= 'a' && s[kl] <= 'z') || s[kl] == '-'))
        kl++;
    if (kl == 0 || (kl < n && s[kl] != ' ' && s[kl] != '\t'))
        return fail(ps, ps->lineno, "not a line of a profile file: '%.*s'",
                    (int)(n > 40 ? 40 : n), s);
    for (i = 0; i < NN_COUNT(keys); i++)
        if (strlen(keys[i].name) == kl && !memcmp(keys[i].name, s, kl))
            k = &keys[i];
    if (!k)
        return fail(ps, ps->lineno, "unknown key '%.*s'", (int)kl, s);
    if (commit(ps) < 0)
        return -1;
    sc = scope_now(ps);
    if (!(k->scope & sc)) {
        if (!ps->prof)
            return fail(ps, ps->lineno, "%s: no profile is open (a file "
                        "starts with 'profile NAME')", k->name);
        nn_buf_clear(&ps->tmp);
        scope_names(k->scope & ~(unsigned)SC_OPEN, &ps->tmp);
        return fail(ps, ps->lineno, "%s: a key of %s, and none is open "
                    "here", k->name, ps->tmp.ptr);
    }
    if (ps->common && (k->scope & SC_PROFILE) && !(k->scope & SC_OPEN))
        return fail(ps, ps->lineno, "%s: not a key of the common rules",
                    k->name);
    i = (size_t)(k - keys);
    if (!(k->scope & (SC_OPEN | SC_FILE)) && (ps->seen & (1u << i)))
        return fail(ps, ps->lineno, "%s: given twice", k->name);
    if (!(k->scope & SC_OPEN))
        ps->seen |= 1u << i;
    ps->pend = k;
    ps->pend_line = ps->lineno;
    s += kl;
    n -= kl;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (k->set == set_define) /* "NAME text": the text may be quoted */ {
        size_t w = 0;
        while (w < n && s[w] != ' ' && s[w] != '\t')
            w++;
        nn_buf_put(&ps->val, s, w);
        while (w < n && (s[w] == ' ' || s[w] == '\t'))
            w++;
        nn_buf_putc(&ps->val, ' ');
        return piece(ps, s + w, n - w);
    }
    return piece(ps, s, n);
}

static int read_line(parser *ps, const char *s, size_t n)
{
    if (n && s[n - 1] == '\r')
        n--;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (!n || *s == '#')
        return 0;
    if (*s == '+') {
        if (!ps->pend || ps->pend->scope & SC_OPEN)
            return fail(ps, ps->lineno, "'+' continues a value, and there "
                        "is none before it");
        s++;
        n--;
        while (n && (*s == ' ' || *s == '\t')) {
            s++;
            n--;
        }
        return piece(ps, s, n);
    }
    return key_line(ps, s, n);
}

int nn_profile_file_parse(nn_profile_file *f, const char *path,
                          const char *text, size_t len, unsigned flags,
                          const nn_define *pre, size_t npre, char *err,
                          size_t errlen)
{
    parser ps = {.path = path, .err = err, .errlen = errlen, .flags = flags,
                 .f = f, .pre = pre, .npre = npre, .val = NN_BUF_INIT,
                 .tmp = NN_BUF_INIT};
    const char *p = text, *end = text + len;
    int rc = 0;

    memset(f, 0, sizeof *f);
    if (memchr(text, '\0', len)) {
        rc = fail(&ps, 1, "a NUL byte: not a text file");
        goto out;
    }
    while (p < end && rc == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        ps.lineno++;
        rc = read_line(&ps, p, n);
        p += n + (nl != NULL);
    }
    ps.lineno++;
    if (rc == 0)
        rc = commit(&ps);
    if (rc == 0)
        rc = close_profile(&ps);
    if (rc == 0 && !f->n && !f->common)
        rc = fail(&ps, ps.lineno - 1, "no profile in the file (it starts "
                  "with 'profile NAME')");
out:
    /* an open section is in f already (open_profile, open_common) */
    nn_buf_free(&ps.val);
    nn_buf_free(&ps.tmp);
    return rc;
}
