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
 * This file reads the lines, values, sections and items; profile_keys.c
 * says what each key means; profile_dump.c writes a profile back out in
 * this format.
 *
 * The same code reads the built-in files at build time (gen_profiles.c
 * turns them into C tables: no parsing at start-up) and the files of
 * --rules at run time; every pattern is compiled once here, so that a
 * mistake is reported with its file and line. */
#include "profile_file.h"
#include "rules.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int nn_pf_fail(parser *ps, size_t line, const char *fmt, ...)
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

/* ---- memory ------------------------------------------------------------ */

static char *keep(char ***strs, size_t *n, size_t *cap, const char *s)
{
    char *c = nn_xstrdup(s);
    NN_ARRAY_RESERVE(*strs, *cap, *n + 1);
    (*strs)[(*n)++] = c;
    return c;
}

const char *nn_pf_own(parser *ps, const char *s)
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

/* ---- sections and items ------------------------------------------------ */

/* The open item is complete: check what it needs. */
static int close_item(parser *ps)
{
    size_t l = ps->item_line;
    if (ps->item == IT_SIGNAL && !cur_signal(ps)->pattern)
        return nn_pf_fail(ps, l, "signal: no pattern");
    if (ps->item == IT_URLID &&
        !ps->prof->urlids[ps->prof->p.nurlids - 1].pattern)
        return nn_pf_fail(ps, l, "urlid: no pattern");
    if (ps->item == IT_RULE) {
        nn_rule *r = cur_rule(ps);
        if (!r->pattern)
            return nn_pf_fail(ps, l, "rule %s: no pattern", r->name);
        if (!(ps->seen & (1u << nn_pf_key_index("action"))))
            return nn_pf_fail(ps, l, "rule %s: no action", r->name);
        if ((r->act == NN_ACT_BLOCK) != (r->until != NULL) ||
            (r->act == NN_ACT_BLOCK) != (r->span != 0))
            return nn_pf_fail(ps, l,
                              "rule %s: until and span go with action "
                              "block, and it needs both",
                              r->name);
        if ((r->when & NN_HEAD) && (r->when & NN_BODY))
            return nn_pf_fail(ps, l, "rule %s: zone given twice", r->name);
        if ((r->when & NN_ONCE) && r->fields[0] == NN_FLD_NONE)
            return nn_pf_fail(ps, l, "rule %s: 'when once' needs a first field",
                              r->name);
        if ((r->act == NN_ACT_FIELD || r->act == NN_ACT_LABEL) &&
            r->fields[0] == NN_FLD_NONE && r->fields[1] == NN_FLD_NONE &&
            r->fields[2] == NN_FLD_NONE)
            return nn_pf_fail(ps, l, "rule %s: action %s needs fields", r->name,
                              nn_act_name(r->act));
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
        return nn_pf_fail(ps, d->line, "profile %s: detect is given twice",
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

int nn_pf_open_profile(parser *ps, const char *v)
{
    size_t i;
    if (!nn_pf_is_word(v) || strlen(v) > 40 || !strcmp(v, "auto"))
        return nn_pf_fail(ps, ps->pend_line,
                          "profile: '%s' is not a name "
                          "(letters, digits, '-', '_', '.'; not 'auto')",
                          v);
    for (i = 0; i < ps->f->n; i++)
        if (!strcmp(ps->f->defs[i]->p.id, v))
            return nn_pf_fail(ps, ps->pend_line,
                              "profile %s: already defined "
                              "on line %zu",
                              v, ps->f->defs[i]->line);
    if (open_section(ps, 0) < 0)
        return -1;
    ps->prof->p.id = nn_pf_own(ps, v);
    NN_ARRAY_RESERVE(ps->f->defs, ps->f->cap, ps->f->n + 1);
    ps->f->defs[ps->f->n++] = ps->prof;
    return 0;
}

int nn_pf_open_common(parser *ps, const char *v)
{
    if (!(ps->flags & NN_PF_COMMON))
        return nn_pf_fail(
            ps, ps->pend_line,
            "the common rules are built in "
            "(data/profiles/common.rules); a file holds profiles");
    if (*v)
        return nn_pf_fail(ps, ps->pend_line, "common: takes no value");
    if (ps->f->common)
        return nn_pf_fail(ps, ps->pend_line, "common: given twice");
    if (open_section(ps, 1) < 0)
        return -1;
    ps->prof->p.id = nn_pf_own(ps, "common");
    ps->f->common = ps->prof;
    return 0;
}

static int open_item(parser *ps, enum item it)
{
    if (close_item(ps) < 0)
        return -1;
    if (ps->common && it != IT_RULE)
        return nn_pf_fail(ps, ps->pend_line,
                          "the common section holds rules "
                          "only");
    ps->item = it;
    ps->item_line = ps->pend_line;
    return 0;
}

int nn_pf_open_signal(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    long w;
    if (nn_pf_int(ps, v, -1000, 1000, &w) < 0 || open_item(ps, IT_SIGNAL) < 0)
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
    if (!nn_pf_is_word(v))
        return nn_pf_fail(ps, ps->pend_line,
                          "%s: '%s' is not a name (letters, "
                          "digits, '-', '_', '.')",
                          what, v);
    if (it == IT_RULE && ps->prof->p.nrules >= 200)
        return nn_pf_fail(ps, ps->pend_line, "rule %s: more than 200 rules", v);
    return open_item(ps, it);
}

int nn_pf_open_urlid(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    if (open_named(ps, v, IT_URLID) < 0)
        return -1;
    NN_ARRAY_RESERVE(d->urlids, d->ucap, d->p.nurlids + 1);
    d->urlids[d->p.nurlids].pattern = NULL;
    d->urlids[d->p.nurlids++].key = nn_pf_own(ps, v);
    return 0;
}

int nn_pf_open_rule(parser *ps, const char *v)
{
    nn_profile_def *d = ps->prof;
    if (open_named(ps, v, IT_RULE) < 0)
        return -1;
    NN_ARRAY_RESERVE(d->rules, d->rcap, d->p.nrules + 1);
    memset(&d->rules[d->p.nrules], 0, sizeof *d->rules);
    d->rules[d->p.nrules++].name = nn_pf_own(ps, v);
    return 0;
}

/* "NAME text": NAME may stand as {{NAME}} in later patterns. */
int nn_pf_set_define(parser *ps, const char *v)
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
        return nn_pf_fail(ps, ps->pend_line,
                          "define: 'NAME text', NAME in "
                          "capitals, digits and '_'");
    nn_buf_clear(&ps->tmp);
    if (nn_pf_expand(ps, text, &ps->tmp, 0) < 0)
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
        [IT_NONE] = SC_PROFILE,
        [IT_SIGNAL] = SC_SIGNAL,
        [IT_URLID] = SC_URLID,
        [IT_RULE] = SC_RULE,
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
    if (!v->len && !(k->scope & SC_OPEN && k->set == nn_pf_open_common))
        return nn_pf_fail(ps, ps->pend_line, "%s: no value", k->name);
    if (k->re) {
        nn_buf_clear(&ps->tmp);
        if (nn_pf_expand(ps, v->ptr, &ps->tmp, 0) < 0)
            return -1;
        nn_buf_clear(v);
        nn_buf_put(v, ps->tmp.ptr, ps->tmp.len);
        if (nn_pf_check_pattern(ps, v->ptr, nn_pf_re_opts(ps, k)) < 0)
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
            return nn_pf_fail(ps, ps->lineno,
                              "a value that starts with '\"' "
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
        return nn_pf_fail(ps, ps->lineno,
                          "not a line of a profile file: '%.*s'",
                          (int)(n > 40 ? 40 : n), s);
    for (i = 0; i < nn_pf_nkeys; i++)
        if (strlen(nn_pf_keys[i].name) == kl &&
            !memcmp(nn_pf_keys[i].name, s, kl))
            k = &nn_pf_keys[i];
    if (!k)
        return nn_pf_fail(ps, ps->lineno, "unknown key '%.*s'", (int)kl, s);
    if (commit(ps) < 0)
        return -1;
    sc = scope_now(ps);
    if (!(k->scope & sc)) {
        if (!ps->prof)
            return nn_pf_fail(ps, ps->lineno,
                              "%s: no profile is open (a file "
                              "starts with 'profile NAME')",
                              k->name);
        nn_buf_clear(&ps->tmp);
        scope_names(k->scope & ~(unsigned)SC_OPEN, &ps->tmp);
        return nn_pf_fail(ps, ps->lineno,
                          "%s: a key of %s, and none is open "
                          "here",
                          k->name, ps->tmp.ptr);
    }
    if (ps->common && (k->scope & SC_PROFILE) && !(k->scope & SC_OPEN))
        return nn_pf_fail(ps, ps->lineno, "%s: not a key of the common rules",
                          k->name);
    i = (size_t)(k - nn_pf_keys);
    if (!(k->scope & (SC_OPEN | SC_FILE)) && (ps->seen & (1u << i)))
        return nn_pf_fail(ps, ps->lineno, "%s: given twice", k->name);
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
    if (k->set == nn_pf_set_define) /* "NAME text": the text may be quoted */ {
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
            return nn_pf_fail(ps, ps->lineno,
                              "'+' continues a value, and there "
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
    parser ps = {.path = path,
                 .err = err,
                 .errlen = errlen,
                 .flags = flags,
                 .f = f,
                 .pre = pre,
                 .npre = npre,
                 .val = NN_BUF_INIT,
                 .tmp = NN_BUF_INIT};
    const char *p = text, *end = text + len;
    int rc = 0;

    memset(f, 0, sizeof *f);
    if (memchr(text, '\0', len)) {
        rc = nn_pf_fail(&ps, 1, "a NUL byte: not a text file");
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
        rc = nn_pf_fail(&ps, ps.lineno - 1,
                        "no profile in the file (it starts "
                        "with 'profile NAME')");
out:
    /* an open section is in f already (nn_pf_open_profile, nn_pf_open_common) */
    nn_buf_free(&ps.val);
    nn_buf_free(&ps.tmp);
    return rc;
}
