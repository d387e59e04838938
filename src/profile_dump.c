/* profile_dump.c - a profile written in the file format of
 * newsnorm-rules(5) (--dump-profile): every value the engine reads, the
 * patterns as it sees them (names expanded), long values cut into '+'
 * lines, values with blanks at their ends quoted.  profile_file.c reads
 * it back into the same profile. */
#include "internal.h"
#include "rules.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#define WIDTH 76 /* columns a line of the file takes, about */

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

static void put_piece(nn_buf *out, const char *s, size_t n)
{
    int quote = n && (blank(s[0]) || blank(s[n - 1]) || s[0] == '"');
    if (quote)
        nn_buf_putc(out, '"');
    nn_buf_put(out, s, n);
    if (quote)
        nn_buf_putc(out, '"');
}

/* May a value be cut before v[i] (v[0 .. i) on one line, the rest on the
 * next)?  2: a good place (after a '|', before a '('), 1: a possible one,
 * 0: none (inside a UTF-8 sequence, beside a blank: blanks at a piece's
 * ends would need quotes; after a backslash: hard to read). */
static int cut_rank(const char *v, size_t i)
{
    if ((v[i] & 0xC0) == 0x80 || blank(v[i]) || blank(v[i - 1]) ||
        v[i - 1] == '\\')
        return 0;
    return v[i - 1] == '|' || v[i] == '(' ? 2 : 1;
}

/* Where to cut a value of n bytes that has `room` columns. */
static size_t cut_at(const char *v, size_t n, size_t room)
{
    size_t i, best = 0;
    if (n <= room)
        return n;
    for (i = room; i > room / 2; i--)
        if (cut_rank(v, i) == 2)
            return i;
    for (i = room; i > 1 && !best; i--)
        if (cut_rank(v, i))
            best = i;
    for (i = room; !best && i < n; i++) /* none: the line runs long */
        if (cut_rank(v, i))
            best = i;
    return best ? best : n;
}

/* "KEY value", the value cut into lines of about WIDTH columns. */
static void put_value(nn_buf *out, const char *indent, const char *k,
                      const char *v)
{
    size_t n = strlen(v), col = strlen(indent) + strlen(k) + 1;
    nn_buf_puts(out, indent);
    nn_buf_puts(out, k);
    nn_buf_putc(out, ' ');
    while (n > 0) {
        size_t cut = cut_at(v, n, WIDTH > col + 16 ? WIDTH - col : 16);
        put_piece(out, v, cut);
        nn_buf_putc(out, '\n');
        v += cut;
        n -= cut;
        if (n) {
            nn_buf_puts(out, indent);
            nn_buf_puts(out, "  + ");
            col = strlen(indent) + 4;
        }
    }
}

static void put_num(nn_buf *out, const char *indent, const char *k, long v)
{
    char num[32];
    snprintf(num, sizeof num, "%ld", v);
    put_value(out, indent, k, num);
}

static void dump_rule(const nn_rule *r, nn_buf *out)
{
    static const char in[] = "    ";
    int k, last = -1;
    nn_buf_puts(out, "\nrule ");
    nn_buf_puts(out, r->name);
    nn_buf_putc(out, '\n');
    put_value(out, in, "pattern", r->pattern);
    put_value(out, in, "action", nn_act_name(r->act));
    if (r->when & (NN_HEAD | NN_BODY))
        put_value(out, in, "zone", r->when & NN_HEAD ? "head" : "body");
    if (r->when & (NN_ONCE | NN_TITLED))
        put_value(out, in, "when",
                  (r->when & NN_ONCE) && (r->when & NN_TITLED) ? "once titled"
                  : r->when & NN_ONCE                          ? "once"
                                                               : "titled");
    for (k = 0; k < NN_MAX_GROUPS; k++)
        if (r->fields[k] != NN_FLD_NONE)
            last = k;
    if (last >= 0) {
        nn_buf f = NN_BUF_INIT;
        for (k = 0; k <= last; k++) {
            if (k)
                nn_buf_putc(&f, ' ');
            nn_buf_puts(&f, nn_fld_name(r->fields[k]));
            if (r->keys[k]) {
                nn_buf_putc(&f, ':');
                nn_buf_puts(&f, r->keys[k]);
            }
        }
        put_value(out, in, "fields", f.ptr);
        nn_buf_free(&f);
    }
    if (r->until)
        put_value(out, in, "until", r->until);
    if (r->span)
        put_num(out, in, "span", (long)r->span);
    if (r->line)
        put_num(out, in, "line", (long)r->line);
    if (r->need)
        put_value(out, in, "need", r->need);
}

void nn_profile_dump(const nn_profile *p, nn_buf *out)
{
    size_t i;
    nn_buf_puts(out, "profile ");
    nn_buf_puts(out, p->id);
    nn_buf_putc(out, '\n');
    if (p->source)
        put_value(out, "", "source", p->source);
    if (p->fallback)
        put_value(out, "", "detect", "fallback");
    if (p->threshold == INT_MAX)
        put_value(out, "", "detect", "never");
    else if (p->threshold)
        put_num(out, "", "threshold", p->threshold);
    if (p->plain)
        put_value(out, "", "plain", "yes");
    if (p->title_suffix)
        put_value(out, "", "title-suffix", p->title_suffix);
    if (p->url_cut)
        put_value(out, "", "url-cut", p->url_cut);
    for (i = 0; i < p->nsignals; i++) {
        nn_buf_putc(out, '\n');
        put_num(out, "", "signal", p->signals[i].weight);
        put_value(out, "    ", "pattern", p->signals[i].pattern);
        if (p->signals[i].need)
            put_value(out, "    ", "need", p->signals[i].need);
    }
    for (i = 0; i < p->nurlids; i++) {
        nn_buf_putc(out, '\n');
        put_value(out, "", "urlid", p->urlids[i].key);
        put_value(out, "    ", "pattern", p->urlids[i].pattern);
    }
    for (i = 0; i < p->nrules; i++)
        dump_rule(&p->rules[i], out);
}
