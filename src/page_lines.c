/* page_lines.c - the page stage's first step (page.c calls it line by
 * line): a page's markdown read and rewritten.  Links become their text
 * (a share button's target names the page's URL, a link to an author's
 * page marks a byline), images go, emphasis, heading, list and quote
 * markers go; setext headings are found, and the lines of a hard-wrapped
 * paragraph (page_wrap.c finds the width and says where a paragraph goes
 * on) are joined into its first line.  The blocks that the lines
 * make are judged next, in page_blocks.c. */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>

#include "lang.h"

typedef struct rw {
    nn_page *pg;
    char *s;      /* the text, rewritten in place (w <= r always) */
    size_t w;     /* write position */
    size_t links; /* bytes written inside link text */
    int images;
    int author; /* a link to an author's page ("/author/jane-doe") */
} rw;

static int is_space_or_punct(int c)
{
    return c == 0 || c == ' ' ||
           (c < 0x80 && !((c >= '0' && c <= '9') ||
                          ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')));
}

/* Markdown is parsed only on lines up to this long; a longer line is no
 * paragraph a page has: only its lead marker goes and its spaces collapse,
 * links and emphasis stay as written. */
#define MD_LINE_MAX 65536

/* Pair every '[' with its ']' and every '(' with its ')' in one pass with
 * two stacks (backslash escapes skipped): pg->match[i] is the index of the
 * bracket closing the one at s[i], or UINT32_MAX.  Linear, so that a line
 * of a million '[' costs what its length does. */
static void match_brackets(nn_page *pg, const char *s, size_t n)
{
    size_t i, nsq = 0, npar = 0;
    NN_ARRAY_RESERVE(pg->match, pg->mcap, n + 1);
    NN_ARRAY_RESERVE(pg->stack, pg->scap, 2 * n + 2);
    for (i = 0; i < n; i++) {
        pg->match[i] = UINT32_MAX;
        if (s[i] == '\\' && i + 1 < n) {
            pg->match[++i] = UINT32_MAX;
        } else if (s[i] == '[') {
            pg->stack[nsq++] = (uint32_t)i;
        } else if (s[i] == ']' && nsq) {
            pg->match[pg->stack[--nsq]] = (uint32_t)i;
        } else if (s[i] == '(') {
            pg->stack[n + 1 + npar++] = (uint32_t)i;
        } else if (s[i] == ')' && npar) {
            pg->match[pg->stack[n + 1 + --npar]] = (uint32_t)i;
        }
    }
}

static size_t closing(const nn_page *pg, size_t i, size_t to)
{
    uint32_t m = pg->match[i];
    return m == UINT32_MAX || m >= to ? SIZE_MAX : m;
}

static void span(rw *w, size_t from, size_t to, int in_link);

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Hosts of share buttons: their links name the page they share. */
static const char *const share_hosts[] = {
    "facebook.com/",  "twitter.com/",   "//x.com/",     "linkedin.com/",
    "pinterest.com/", "reddit.com/",    "tumblr.com/",  "bsky.app/",
    "telegram.me/",   "t.me/",          "wa.me/",       "whatsapp.com/",
    "vk.com/",        "flipboard.com/", "threads.net/", NULL};

/* A share button's link names the page it shares ("facebook.com/sharer
 * .php?u=https%3A%2F%2F..."): the first such URL goes into out.  Other
 * links with "?url=" (redirects, ads) do not count. */
static void share_target(const char *t, size_t n, char *out, size_t outlen)
{
    const char *const *h;
    for (h = share_hosts; *h; h++)
        if (nn_has(t, n < 64 ? n : 64, *h, strlen(*h)))
            break;
    if (!*h)
        return;
    static const char *const keys[] = {"?u=",    "&u=",    "?url=", "&url=",
                                       "?href=", "&href=", NULL};
    const char *const *k;
    size_t i, o = 0;
    for (k = keys; *k; k++) {
        size_t kl = strlen(*k);
        for (i = 0; i + kl < n; i++)
            if (!memcmp(t + i, *k, kl))
                break;
        if (i + kl < n)
            break;
    }
    if (!*k)
        return;
    for (i += strlen(*k); i < n && t[i] != '&' && t[i] != ' ' && o + 1 < outlen;
         i++) {
        int hi, lo;
        /* "%2F" -> "/"; escapes of other bytes stay escaped, so that the
         * URL stays valid UTF-8 ("%F2" alone is not) */
        if (t[i] == '%' && i + 2 < n && (hi = hexval(t[i + 1])) >= 0 &&
            (lo = hexval(t[i + 2])) >= 0 && hi * 16 + lo > 0x20 &&
            hi * 16 + lo < 0x7F) {
            out[o++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            out[o++] = t[i];
        }
    }
    out[o] = '\0';
    if (strncmp(out, "http://", 7) && strncmp(out, "https://", 8))
        out[0] = '\0';
    if (o + 1 >= outlen)
        out[0] = '\0'; /* too long to be the page's address: cut */
    for (i = 0; i < o; i++)
        if ((unsigned char)out[i] <= ' ' || (unsigned char)out[i] >= 0x7F ||
            out[i] == '"' || out[i] == '<')
            out[0] = '\0'; /* not a plain (percent-encoded) URL */
}

/* Paths of author pages: a link there names a byline author. */
static const char *const author_paths[] = {
    "/author/",   "/authors/",     "/people/",       "/profile/",
    "/profiles/", "/staff/",       "/contributors/", "/contributor/",
    "/writers/",  "/journalists/", "/reporters/",    "/by/",
    NULL};

static int author_target(const char *t, size_t n)
{
    const char *const *p;
    for (p = author_paths; *p; p++)
        if (nn_has(t, n, *p, strlen(*p)))
            return 1;
    return 0;
}

/* At s[r] == '[' (or "![" at r - 1): a link or image?  Returns the index
 * after it, or 0 when it is not one. */
static size_t link(rw *w, size_t r, size_t to, int image)
{
    size_t cb = closing(w->pg, r, to), cp;
    if (cb == SIZE_MAX || cb + 1 >= to || w->s[cb + 1] != '(')
        return 0;
    cp = closing(w->pg, cb + 1, to);
    if (cp == SIZE_MAX)
        return 0;
    if (image) {
        w->images++;
    } else {
        if (!w->pg->url[0])
            share_target(w->s + cb + 2, cp - cb - 2, w->pg->url,
                         sizeof w->pg->url);
        w->author |= author_target(w->s + cb + 2, cp - cb - 2);
        size_t before = w->w;
        span(w, r + 1, cb, 1);
        w->links += w->w - before;
    }
    return cp + 1;
}

/* An emphasis run ("*", "**", "_", "__", "***") at s[r]: does it open or
 * close emphasis (a word on its inner side, a space, punctuation or the
 * line's edge on the outer side)?  "snake_case" and "5 * 3" stay. */
static size_t emphasis(const char *s, size_t from, size_t to, size_t r)
{
    size_t k = r;
    int before, after;
    while (k < to && k - r < 3 && s[k] == s[r])
        k++;
    before = r > from ? (unsigned char)s[r - 1] : 0;
    after = k < to ? (unsigned char)s[k] : 0;
    if (before == s[r] || after == s[r])
        return 0; /* a longer run: a rule line, not emphasis */
    if (after && after != ' ' && is_space_or_punct(before))
        return k - r; /* opens */
    if (before && before != ' ' && is_space_or_punct(after))
        return k - r; /* closes */
    return 0;
}

static void span(rw *w, size_t from, size_t to, int in_link)
{
    char *s = w->s;
    size_t r = from, k;
    while (r < to) {
        char c = s[r];
        if (c == '\\' && r + 1 < to && strchr("\\`*_{}[]()#+-.!|>", s[r + 1])) {
            s[w->w++] = s[r + 1];
            r += 2;
        } else if (c == '!' && r + 1 < to && s[r + 1] == '[' &&
                   (k = link(w, r + 1, to, 1))) {
            r = k;
        } else if (c == '[' && !in_link && (k = link(w, r, to, 0))) {
            /* no links inside link text (CommonMark): recursion depth 1 */
            r = k;
        } else if ((c == '*' || c == '_') && (k = emphasis(s, from, to, r))) {
            r += k;
        } else {
            s[w->w++] = c;
            r++;
        }
    }
}

/* Does s open with a date written day first with a full stop ("5. März
 * 2024", "12. Mai 2024, 10:15 Uhr")?  Then "5." numbers no list item. */
static int day_first_date(const char *s, size_t n)
{
    nn_date_hit hit;
    return nn_date_find(s, n < 80 ? n : 80, &hit, 1) > 0 && hit.start == 0 &&
           hit.iso[0];
}

/* The structure at the line's start: heading, list item, quote, rule. */
static size_t lead(const char *s, size_t n, nn_line *l)
{
    size_t i = 0, k;
    while (i + 1 < n && s[i] == '>' && s[i + 1] == ' ') {
        i += 2;
        l->kind = NN_LINE_QUOTE;
    }
    for (k = i; k < n && s[k] == '#'; k++)
        ;
    if (k > i && k - i <= 6 && k < n && s[k] == ' ') {
        l->kind = NN_LINE_HEADING;
        l->level = (unsigned char)(k - i);
        return k + 1;
    }
    if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
        s[i + 1] == ' ') {
        l->kind = NN_LINE_ITEM;
        return i + 2;
    }
    if (n - i >= 4 && !memcmp(s + i, "\xE2\x80\xA2 ", 4)) { /* • */
        l->kind = NN_LINE_ITEM;
        return i + 4;
    }
    for (k = i; k < n && k - i < 3 && s[k] >= '0' && s[k] <= '9'; k++)
        ;
    if (k > i && k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' &&
        !(s[k] == '.' && k - i <= 2 && day_first_date(s + i, n - i))) {
        l->kind = NN_LINE_ITEM;
        return k + 2;
    }
    return i;
}

/* A thematic break: three or more of one of "-*_=" and spaces. */
static int rule_line(const char *s, size_t n)
{
    size_t i, marks = 0;
    /* (compared, not strchr'd: every line is asked) */
    if (!n || !(s[0] == '-' || s[0] == '*' || s[0] == '_' || s[0] == '='))
        return 0;
    for (i = 0; i < n; i++) {
        if (s[i] == s[0])
            marks++;
        else if (s[i] != ' ')
            return 0;
    }
    return marks >= 3;
}

/* The characters of s[0, n): its bytes that start one. */
static size_t chars(const char *s, size_t n)
{
    size_t i, c = 0;
    for (i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* A setext heading: a line of text underlined by "===" or "---". */
static int setext(const char *text, const nn_line *l, const nn_line *next)
{
    const char *u = text + next->off;
    return next->len >= 3 && (u[0] == '=' || u[0] == '-') &&
           rule_line(u, next->len) && !memchr(u, ' ', next->len) &&
           !rule_line(text + l->off, l->len);
}

/* Append text[off, off + len) to text itself (grown first: put must not
 * move the bytes it copies). */
static void self_append(nn_buf *text, size_t off, size_t len)
{
    nn_buf_grow(text, len);
    nn_buf_put(text, text->ptr + off, len);
}

/* Is a markdown link left open at the end of the line ("[Skip to Main"
 * with "Content](url)" on the next line)?  *sq and *paren carry the
 * state from line to line: call it on each line of a unit in turn. */
static int open_link(const char *s, size_t n, int *sq, int *paren)
{
    /* the bytes that may change the state: most bytes are none */
    static const unsigned char link_byte[256] = {
        ['\\'] = 1, ['['] = 1, [']'] = 1, ['('] = 1, [')'] = 1};
    size_t i;
    for (i = 0; i < n; i++) {
        /* eight bytes at a time while none is a bracket or backslash
         * (or '^' or '_', which the test lets through) */
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (nn_eq_bytes(w & (NN_ONES * 0xFE), 0x28) | /* ( ) */
                nn_eq_bytes(w & (NN_ONES * 0xFC), 0x5C) | /* \ ] ^ _ */
                nn_eq_bytes(w, 0x5B))                     /* [ */
                break;
        }
        if (i >= n)
            break;
        if (!link_byte[(unsigned char)s[i]])
            continue;
        if (s[i] == '\\' && i + 1 < n)
            i++;
        else if (s[i] == '[')
            ++*sq;
        else if (s[i] == ']' && *sq > 0) {
            --*sq;
            if (i + 1 < n && s[i + 1] == '(')
                *paren = -1; /* the target follows */
        } else if (s[i] == '(' && *paren != 0)
            *paren = *paren < 0 ? 1 : *paren + 1;
        else if (s[i] == ')' && *paren > 0)
            --*paren;
    }
    if (*sq > 8)
        *sq = 0; /* not link syntax: brackets in text */
    return *sq > 0 || *paren > 0;
}

/* The lead kind of a line, without changing it. */
static int kind_of(const char *text, const nn_line *l)
{
    nn_line t = *l;
    t.kind = NN_LINE_TEXT;
    lead(text + l->off, l->len, &t);
    return t.kind;
}

/* Does the line end in markdown's hard line break (two spaces: a <br>
 * html2text kept, "> Drinking game for web devs:  ")? */
static int hard_break(const char *s, size_t n)
{
    return n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ';
}

/* The bytes of the quote marks ("> ", "> > ") at s's start. */
static size_t quote_mark(const char *s, size_t n)
{
    size_t i = 0;
    while (i + 1 < n && s[i] == '>' && s[i + 1] == ' ')
        i += 2;
    return i;
}

/* Join lines i..j into line i (with spaces; the next lines of a quote
 * without their marks); the others become NN_LINE_JOINED, empty and
 * silent. */
static void join_lines(nn_buf *text, nn_line *lines, size_t i, size_t j,
                       int quote)
{
    size_t start = text->len, k;
    for (k = i; k <= j; k++) {
        if (k > i) {
            /* a quote's next line without its "> " */
            size_t skip =
                quote ? quote_mark(text->ptr + lines[k].off, lines[k].len) : 0;
            /* room first: the line joined lies in text itself */
            nn_buf_grow(text, lines[k].len + 1);
            nn_paragraph_join(text, start, text->ptr + lines[k].off + skip,
                              lines[k].len - skip);
        } else {
            self_append(text, lines[k].off, lines[k].len);
        }
        if (k > i) {
            lines[k].kind = NN_LINE_JOINED;
            lines[k].len = 0;
        }
    }
    lines[i].off = start;
    lines[i].len = text->len - start;
}

/* How far line i's unit reaches: a link left open continues on the next
 * line; on a hard-wrapped page (wrapped: its width), so does a paragraph or
 * list item whose line reaches the width (lazy continuation lines, as
 * CommonMark has them). */
/* A short line of a label and a value ("Muhabir: Esma Aygün", "Photo:
 * Jane Doe"): a credit under the text, no continuation of a sentence that
 * ended on the line above. */
static int label_line(const char *s, size_t n)
{
    size_t c;
    return n <= 60 && nn_starts_upper(s, n) &&
           (c = nn_pg_label_colon(s, n, 24)) != 0 &&
           nn_starts_upper(s + c + 2, n - c - 2);
}

static size_t unit_end(const nn_buf *text, const nn_line *lines, size_t n,
                       size_t i, size_t wrapped, size_t limit, int lang)
{
    size_t j = i;
    int sq = 0, paren = 0, kind = kind_of(text->ptr, &lines[i]);
    if (lines[i].kind == NN_LINE_HEADING)
        return i; /* (a setext heading: its underline follows) */
    if (kind == NN_LINE_HEADING) {
        /* an ATX heading html2text wrapped: "# Alaskan halibut, ...
         * provides a glimpse" over "of Amazon's strategy with Whole
         * Foods" */
        while (wrapped && j + 1 < n && lines[j + 1].len && j - i < 3 &&
               nn_pg_wrapped_width(text->ptr, &lines[j], wrapped) &&
               !nn_ends_sentence(text->ptr + lines[j].off, lines[j].len) &&
               kind_of(text->ptr, &lines[j + 1]) == NN_LINE_TEXT &&
               !rule_line(text->ptr + lines[j + 1].off, lines[j + 1].len))
            j++;
        return j;
    }
    while (j + 1 < n && lines[j + 1].len && j - i < 64) {
        const nn_line *next = &lines[j + 1];
        int open = 0;
        /* a quote's lines go on with the marks ("> " over "> ") */
        if (rule_line(text->ptr + next->off, next->len) ||
            kind_of(text->ptr, next) !=
                (kind == NN_LINE_QUOTE ? NN_LINE_QUOTE : NN_LINE_TEXT) ||
            (kind == NN_LINE_QUOTE &&
             (next->len <= quote_mark(text->ptr + next->off, next->len) ||
              hard_break(text->ptr + lines[j].off, lines[j].len))) ||
            (wrapped && next->len < 90 &&
             nn_pg_end_marker(text->ptr + next->off, next->len)) ||
            (wrapped && label_line(text->ptr + next->off, next->len) &&
             nn_ends_sentence(text->ptr + lines[j].off, lines[j].len)))
            break; /* (a wrapped page's "Comments" line is no continuation) */
        open = open_link(text->ptr + lines[j].off, lines[j].len, &sq, &paren);
        /* outside a link, a paragraph opened by a line of one token (an
         * address above the text) ends there, unless the token goes on
         * ("...black-sea-shi" over "pping-talks..."); an address alone on
         * the next line is no paragraph's either */
        if (!open &&
            ((j == i &&
              nn_pg_lone_token(text->ptr + lines[j].off, lines[j].len) &&
              !(nn_pg_lone_token(text->ptr + next->off, next->len) &&
                !nn_starts_upper(text->ptr + next->off, next->len))) ||
             (nn_pg_lone_token(text->ptr + next->off, next->len) &&
              (nn_starts_ci(text->ptr + next->off, next->len, "http://") ||
               nn_starts_ci(text->ptr + next->off, next->len, "https://")))))
            break;
        if (!open && !nn_pg_goes_on(text->ptr, lines, i, j, wrapped, limit,
                                    lang, kind == NN_LINE_QUOTE))
            break;
        j++;
    }
    return j;
}

/* Rewrite line l of text (appended at the end of text; l points there,
 * src_off/src_len keep the original for --explain). */
static void rewrite(nn_page *pg, nn_buf *text, nn_line *l, size_t *links,
                    int *images)
{
    rw w;
    size_t start, i, o, n;
    char *s;

    l->src_off = l->off;
    l->src_len = l->len;
    *links = 0;
    *images = 0;
    if (rule_line(text->ptr + l->off, l->len)) {
        l->kind = NN_LINE_RULE;
        return;
    }
    /* a copied page's line with no marker at its start: nothing to
     * rewrite (its spaces are collapsed already) */
    if (pg->kind == NN_PAGE_PLAIN && lead(text->ptr + l->off, l->len, l) == 0)
        return;
    /* a copy to rewrite in place: the original stays for --explain */
    start = text->len;
    self_append(text, l->off, l->len);
    s = text->ptr + start;
    n = l->len;
    w.pg = pg;
    w.s = s;
    w.w = 0;
    w.links = 0;
    w.images = 0;
    w.author = 0;
    i = lead(s, n, l);
    if (n <= MD_LINE_MAX && pg->kind == NN_PAGE_MARKDOWN) {
        match_brackets(pg, s, n);
        span(&w, i, n, 0);
    } else {
        memmove(s, s + i, n - i);
        w.w = n - i;
    }
    if (l->kind == NN_LINE_HEADING) { /* "## Title ##", not "C#" */
        size_t e = w.w;
        while (e && s[e - 1] == ' ')
            e--;
        while (e && s[e - 1] == '#')
            e--;
        if (e == 0 || s[e - 1] == ' ')
            w.w = e;
    }
    /* collapse the spaces that removed embeds leave, and trim */
    for (i = 0, o = 0; i < w.w; i++) {
        if (s[i] == ' ' && (o == 0 || s[o - 1] == ' '))
            continue;
        s[o++] = s[i];
    }
    while (o && s[o - 1] == ' ')
        o--;
    if (w.links > o)
        w.links = o;
    l->off = start;
    l->len = o;
    text->len = start + o;
    /* the whole line is a link to an author's page: a byline */
    l->author = w.author && w.links * 10 >= o * 9;
    *links = w.links;
    *images = w.images;
}

/* Jina Reader's label over the page's text: the heading under it opens
 * a paragraph as after a blank line. */
static int jina_label(const char *text, const nn_line *l)
{
    static const char label[] = "Markdown Content:";
    return l->len == sizeof label - 1 && !memcmp(text + l->off, label, l->len);
}

void nn_pg_read_line(nn_page *pg, nn_buf *text, nn_line *lines, size_t n,
                     size_t i, size_t wrapped, size_t *links, int *images)
{
    nn_line *l = &lines[i];
    pg->jina |= jina_label(text->ptr, l);
    /* a setext heading is a paragraph of one line (or, under Jina
     * Reader's label, a line whose underline is as long as it in
     * characters, as Jina draws it, under a section's label: "VARIOS") */
    if (!l->kind && i + 1 < n && setext(text->ptr, l, &lines[i + 1]) &&
        (i == 0 || (!lines[i - 1].len && lines[i - 1].kind != NN_LINE_JOINED) ||
         jina_label(text->ptr, &lines[i - 1]) ||
         (pg->jina && chars(text->ptr + l->off, l->len) == lines[i + 1].len))) {
        l->kind = NN_LINE_HEADING;
        l->level = text->ptr[lines[i + 1].off] == '=' ? 1 : 2;
    }
    if (!rule_line(text->ptr + l->off, l->len)) {
        size_t j =
            unit_end(text, lines, n, i, wrapped, pg->wrap_limit, pg->lang);
        if (j > i)
            join_lines(text, lines, i, j,
                       kind_of(text->ptr, l) == NN_LINE_QUOTE);
    }
    rewrite(pg, text, l, links, images);
}

/* ---- joining a wrapped line (paragraph.c joins with it too) ------------ */

/* Prefixes whose hyphen belongs to the word, not to the line break. */
static const char *const keep_hyphen[] = {"all",   "anti",  "co",      "cross",
                                          "ex",    "half",  "high",    "long",
                                          "low",   "multi", "non",     "post",
                                          "pre",   "pro",   "self",    "semi",
                                          "short", "well",  "vice",    "mid",
                                          "quasi", "pan",   "counter", NULL};

/* The text ends in "<letters>-" where the hyphen splits a word: the
 * letters are lower case ASCII, preceded by a space or the start. */
static int split_word(const char *s, size_t len)
{
    size_t i;
    const char *const *k;
    if (len < 3 || s[len - 1] != '-')
        return 0;
    i = len - 1;
    while (i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z')
        i--;
    if (i == len - 1)
        return 0;
    if (i > 0 && s[i - 1] != ' ')
        return 0; /* "tit-for-", "U.S.-" */
    for (k = keep_hyphen; *k; k++)
        if (strlen(*k) == len - 1 - i && !strncmp(s + i, *k, len - 1 - i))
            return 0;
    return 1;
}

/* Join a line to the paragraph.  After a hyphen that ends a word ("tit-
 * for-", "well-") the next line follows with no space; the hyphen itself
 * goes only when it split a plain word ("negotia-" + "tions"). */
void nn_paragraph_join(nn_buf *out, size_t para, const char *s, size_t len)
{
    const char *p = out->ptr + para;
    size_t n = out->len - para;
    int lower = nn_starts_lower(s, len);
    if (lower && split_word(p, n))
        nn_buf_truncate(out, out->len - 1);
    else if (!(lower && n >= 2 && p[n - 1] == '-' &&
               ((p[n - 2] >= 'a' && p[n - 2] <= 'z') ||
                (p[n - 2] >= 'A' && p[n - 2] <= 'Z'))))
        nn_buf_putc(out, ' '); /* "months --" + "was": a dash, not a word */
    nn_buf_put(out, s, len);
}
