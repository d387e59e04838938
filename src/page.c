/* page.c - page-style scrapes: a whole web page saved as markdown-ish text
 * (navigation as lists of links, logo embeds, share buttons, link lists,
 * footers), with the article somewhere in the middle.
 *
 * When the text holds markdown links or image embeds, this stage
 *   1. rewrites each line's markdown: links become their text, images go,
 *      emphasis, heading, list and quote markers go; headings and list
 *      items are remembered as such (each is a paragraph of its own);
 *   2. measures each block (a run of plain lines, or one heading, or one
 *      list item): its length, the share of its text that was link text
 *      (link density), the share of its words that are stopwords, whether
 *      it reads as sentences, whether it repeats elsewhere on the page;
 *   3. classifies the blocks as jusText does (Pomikálek 2011): good, near
 *      good, short, bad from the block alone, then short and near-good
 *      blocks from their neighbours, the page's edges counting as bad;
 *   4. picks the headline: the heading best followed by good text and
 *      best matching the URL's slug, not a site banner.
 * The verdicts are only advice: normalize.c applies the profile's rules
 * first, and a line that no rule claims goes when its verdict says so.
 *
 * Thresholds are named below; the stopword lists are data files
 * (data/stopwords/LANG.txt, compiled into build/stopwords.h). */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#include "stopwords.h"

#define LENGTH_LOW 70       /* bytes: shorter blocks are "short" */
#define LENGTH_HIGH 200     /* bytes: a good block is at least this long */
#define STOP_LOW 0.22       /* stopword share of a near-good block */
#define STOP_HIGH 0.28      /* stopword share of a good block */
#define STOP_SPAN 0.12      /* of a sentence inside the article's span */
#define STOP_TAIL 0.18      /* of one right after its last good block */
#define TEASER_WORDS 8      /* words of a plain line that is no subheading */
#define DATE_LINE_MAX 80    /* bytes: longer lines are text that names a date */
#define LINK_MAX 0.25       /* link density above which a block is bad */
#define HEADING_REACH 300   /* bytes between a subheading and its text */
#define HEADLINE_CANDS 64   /* headline candidates kept for the rules' veto */
#define HEADLINE_REACH 800  /* bytes between the headline and its text:
                               standfirst, byline, date, photo caption */

enum cls { C_BAD, C_SHORT, C_NEAR, C_GOOD };

typedef struct block {
    size_t first, last;  /* line indexes */
    size_t chars, links; /* visible bytes, bytes inside link text */
    size_t words, stops;
    int kind;            /* NN_LINE_* of its first line */
    int level;           /* heading level */
    int images;          /* image embeds in it */
    int repeated;        /* the same text stands elsewhere on the page */
    int sentence;        /* it reads as a sentence (judge()) */
    int marker;          /* it opens what follows an article (end_markers) */
    int chrome;          /* chrome_lines() named it: nothing promotes it */
    float density;       /* stopword density against the language's norm
                            (stop_scale): what the thresholds compare */
    enum cls cls, init;
    enum cls prev[2], next[2]; /* neighbours' classes: see neighbour() */
    const char *why;
    float value;
} block;

struct nn_page {
    nn_buf sample;  /* the text language detection reads */
    int lang;       /* nn_lang_detect() of the page, -1: unknown */
    int kind;       /* NN_PAGE_MARKDOWN, NN_PAGE_PLAIN */
    int failed;     /* no block read as article text: verdicts withdrawn */
    char url[1024]; /* the article's URL, from a share button's link */
    uint32_t *match, *stack; /* match_brackets() */
    size_t mcap, scap;
    size_t *good;            /* pull_quotes() */
    size_t gcap;
    block *b;
    size_t nb, cap;
    uint64_t *hash;
    size_t hcap;
};

nn_page *nn_page_new(void)
{
    nn_page *pg = nn_xcalloc(1, sizeof(nn_page));
    nn_buf_init(&pg->sample);
    return pg;
}

void nn_page_free(nn_page *pg)
{
    if (!pg)
        return;
    free(pg->b);
    free(pg->hash);
    free(pg->match);
    free(pg->stack);
    free(pg->good);
    nn_buf_free(&pg->sample);
    free(pg);
}

static int has(const char *s, size_t n, const char *w, size_t wl);

/* ---- detection --------------------------------------------------------- */

/* A markdown link or image: "[text](", the text within one paragraph
 * (wrapped pages break links across lines) and at most 400 bytes, makes a
 * markdown page; any other text is judged as a page copied as plain text
 * (menus, tickers and all), where no inline markup is read. */
int nn_page_detect(const char *s, size_t len)
{
    size_t i, open = SIZE_MAX; /* the last '[' since a blank line */
    const char *first = memchr(s, '[', len);
    /* nothing before the first '[' can open a link */
    for (i = first ? (size_t)(first - s) : len; i + 1 < len; i++) {
        if (s[i] == '[')
            open = i;
        else if (s[i] == '\n' && s[i + 1] == '\n')
            open = SIZE_MAX;
        else if (s[i] == ']' && s[i + 1] == '(' && open != SIZE_MAX &&
                 i - open < 400)
            return NN_PAGE_MARKDOWN;
    }
    /* YAML-like front matter ("---", "title: ..."): a scraper's page */
    if (len > 10 && !memcmp(s, "---\n", 4) &&
        (has(s, len < 400 ? len : 400, "\ntitle:", 7) ||
         has(s, len < 400 ? len : 400, "\nTitle:", 7)))
        return NN_PAGE_MARKDOWN;
    return NN_PAGE_PLAIN;
}

/* ---- markdown rewrite -------------------------------------------------- */

typedef struct rw {
    nn_page *pg;
    char *s;       /* the text, rewritten in place (w <= r always) */
    size_t w;      /* write position */
    size_t links;  /* bytes written inside link text */
    int images;
    int author;    /* a link to an author's page ("/author/jane-doe") */
} rw;

static int is_space_or_punct(int c)
{
    return c == 0 || c == ' ' || (c < 0x80 && !((c >= '0' && c <= '9') ||
                                                ((c | 0x20) >= 'a' &&
                                                 (c | 0x20) <= 'z')));
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
    "facebook.com/", "twitter.com/", "//x.com/", "linkedin.com/",
    "pinterest.com/", "reddit.com/", "tumblr.com/", "bsky.app/",
    "telegram.me/", "t.me/", "wa.me/", "whatsapp.com/", "vk.com/",
    "flipboard.com/", "threads.net/", NULL};

/* A share button's link names the page it shares ("facebook.com/sharer
 * .php?u=https%3A%2F%2F..."): the first such URL goes into out.  Other
 * links with "?url=" (redirects, ads) do not count. */
static void share_target(const char *t, size_t n, char *out, size_t outlen)
{
    const char *const *h;
    for (h = share_hosts; *h; h++)
        if (has(t, n < 64 ? n : 64, *h, strlen(*h)))
            break;
    if (!*h)
        return;
    static const char *const keys[] = {"?u=", "&u=", "?url=", "&url=",
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
    "/author/", "/authors/", "/people/", "/profile/", "/profiles/",
    "/staff/", "/contributors/", "/contributor/", "/writers/",
    "/journalists/", "/reporters/", "/by/", NULL};

static int author_target(const char *t, size_t n)
{
    const char *const *p;
    for (p = author_paths; *p; p++)
        if (has(t, n, *p, strlen(*p)))
            return 1;
    return 0;
}

/* The language of the page's paragraphs (lines of PARA_MIN bytes or more,
 * one a line, up to NN_LANG_SAMPLE bytes); of all its lines when it has
 * too few such. */
#define PARA_MIN 60

static int page_lang(nn_page *pg, const char *text, const nn_line *lines,
                     size_t n)
{
    int pass, lang = -1;
    for (pass = 0; pass < 2 && lang < 0; pass++) {
        size_t i;
        nn_buf_clear(&pg->sample);
        for (i = 0; i < n && pg->sample.len < NN_LANG_SAMPLE; i++)
            if (lines[i].len && (pass || lines[i].len >= PARA_MIN)) {
                nn_buf_put(&pg->sample, text + lines[i].off, lines[i].len);
                nn_buf_putc(&pg->sample, '\n');
            }
        lang = nn_lang_detect(pg->sample.ptr, pg->sample.len);
    }
    return lang;
}

int nn_page_lang(const nn_page *pg)
{
    return pg->lang;
}

int nn_page_failed(const nn_page *pg)
{
    return pg->failed;
}

const char *nn_page_url(const nn_page *pg)
{
    return pg->url[0] ? pg->url : NULL;
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
    if (i + 1 < n && strchr("-*+", s[i]) && s[i + 1] == ' ') {
        l->kind = NN_LINE_ITEM;
        return i + 2;
    }
    if (n - i >= 4 && !memcmp(s + i, "\xE2\x80\xA2 ", 4)) { /* • */
        l->kind = NN_LINE_ITEM;
        return i + 4;
    }
    for (k = i; k < n && k - i < 3 && s[k] >= '0' && s[k] <= '9'; k++)
        ;
    if (k > i && k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') {
        l->kind = NN_LINE_ITEM;
        return k + 2;
    }
    return i;
}

/* A thematic break: three or more of one of "-*_=" and spaces. */
static int rule_line(const char *s, size_t n)
{
    size_t i, marks = 0;
    if (!n || !strchr("-*_=", s[0]))
        return 0;
    for (i = 0; i < n; i++) {
        if (s[i] == s[0])
            marks++;
        else if (s[i] != ' ')
            return 0;
    }
    return marks >= 3;
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
    size_t i;
    for (i = 0; i < n; i++) {
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

/* Hard-wrapped pages (html2text wraps at 78 columns): most long lines end
 * within a few columns of one width, and many blocks span several lines.
 * Returns that width, or 0. */
static size_t hard_wrapped(const char *text, const nn_line *lines, size_t n)
{
    size_t hist[101] = {0}, i, w, longl = 0, multi = 0, best = 0, width = 0;
    for (i = 0; i < n; i++) {
        size_t len = lines[i].len;
        if (has(text + lines[i].off, len, "://", 3))
            continue; /* URLs are not wrapped */
        if (len >= 50)
            longl++;
        if (len >= 50 && len <= 100)
            hist[len]++;
        multi += len && i + 1 < n && lines[i + 1].len;
    }
    for (w = 60; w <= 100; w++) {
        size_t c = 0, k;
        for (k = w - 15; k <= w; k++)
            c += hist[k];
        if (c > best) {
            best = c;
            width = w;
        }
    }
    return longl >= 10 && multi >= 10 && best * 4 >= longl * 3 ? width : 0;
}

/* The lead kind of a line, without changing it. */
static int kind_of(const char *text, const nn_line *l)
{
    nn_line t = *l;
    t.kind = NN_LINE_TEXT;
    lead(text + l->off, l->len, &t);
    return t.kind;
}

/* Join lines i..j into line i (with spaces); the others become
 * NN_LINE_JOINED, empty and silent. */
static void join_lines(nn_buf *text, nn_line *lines, size_t i, size_t j)
{
    size_t start = text->len, k;
    for (k = i; k <= j; k++) {
        if (k > i) {
            /* room first: the line joined lies in text itself */
            nn_buf_grow(text, lines[k].len + 1);
            nn_paragraph_join(text, start, text->ptr + lines[k].off,
                              lines[k].len);
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
/* English words that cannot end a sentence: articles, prepositions,
 * conjunctions, auxiliaries, determiners. */
static const char *const open_words[] = {
    "a", "about", "after", "against", "although", "an", "and", "are", "as",
    "at", "be", "because", "been", "before", "being", "between", "but",
    "by", "can", "could", "during", "for", "from", "had", "has", "have",
    "her", "his", "if", "in", "into", "is", "its", "may", "might", "must",
    "of", "on", "onto", "or", "our", "should", "since", "than", "that",
    "the", "their", "these", "this", "those", "through", "to", "under",
    "until", "was", "were", "which", "while", "whose", "will", "with",
    "within", "without", "would", "your", NULL};

static int in_words(const char *const *list, const char *w, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && !memcmp(*list, w, n))
            return 1;
    return 0;
}

/* Does a line stop in mid-sentence: after a stopword of the page's
 * language ("... the Russian Defence Ministry said that"), or after a
 * dateline's dash ("CAIRO, June 25 (Reuters) -")?  Its paragraph goes on
 * on the next line. */
static int broken_line(int lang, const char *s, size_t n)
{
    size_t e = n, b;
    if (n < 12 || nn_ends_sentence(s, n))
        return 0;
    if ((s[n - 1] == '-' && s[n - 2] == ' ') ||
        (n >= 4 && (!memcmp(s + n - 4, " \xE2\x80\x93", 4) ||
                    !memcmp(s + n - 4, " \xE2\x80\x94", 4)))) /* " –" " —" */
        /* a dateline: "CAIRO, June 25 (Reuters) -", "ANKARA -" */
        return (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') ||
               memchr(s, ')', n) != NULL;
    b = e;
    while (b > 0 && (unsigned char)s[b - 1] < 0x80 &&
           ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z'))
        b--;
    if (b == e || (b > 0 && s[b - 1] != ' ') || s[b] < 'a')
        return 0; /* not a lower-case ASCII word at the end */
    if (b >= 2 && (s[b - 2] == ';' || s[b - 2] == ','))
        return 0; /* "...; and": a list item ending, the next is another */
    if (lang >= 0 && strcmp(nn_lang_code(lang), "en"))
        return 0; /* words that cannot end a sentence: English only */
    return in_words(open_words, s + b, e - b);
}

static size_t unit_end(const nn_buf *text, const nn_line *lines, size_t n,
                       size_t i, size_t wrapped, int lang)
{
    size_t j = i;
    int sq = 0, paren = 0, kind = kind_of(text->ptr, &lines[i]);
    if (lines[i].kind == NN_LINE_HEADING || kind == NN_LINE_HEADING)
        return i;
    while (j + 1 < n && lines[j + 1].len && j - i < 64) {
        const nn_line *next = &lines[j + 1];
        int open = 0;
        if (rule_line(text->ptr + next->off, next->len) ||
            kind_of(text->ptr, next) != NN_LINE_TEXT)
            break;
        open = open_link(text->ptr + lines[j].off, lines[j].len, &sq,
                         &paren);
        /* a wrapped line reaches the width; a shorter one ends its
         * paragraph ("By Jane Doe" above "May 5, 2024") unless it stops
         * in mid-sentence */
        if (!open && !(wrapped && lines[j].len + 15 >= wrapped) &&
            !broken_line(lang, text->ptr + lines[j].off, lines[j].len))
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

/* ---- block measures ---------------------------------------------------- */

static int is_stopword(int lang, const char *w, size_t n)
{
    size_t lo = 0, hi = NN_COUNT(nn_stopwords);
    if (lang >= 0)
        return nn_lang_stopword(lang, w, n);
    char low[32];
    size_t i;
    if (n >= sizeof low)
        return 0;
    for (i = 0; i < n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
    low[n] = '\0';
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(low, nn_stopwords[mid]);
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Count words (runs of letters, digits, apostrophes) and stopwords. */

/* No stopword list holds a word this long (bytes): longer words are not
 * looked up. */
#define STOPWORD_MAX 40
/* Words of a block whose stopwords are counted (the density of the rest
 * is not read). */
#define STOP_SAMPLE 60

/* Count words (runs of letters, digits, apostrophes) and, when stops is
 * not NULL, the stopwords among the first STOP_SAMPLE (of a block: words
 * and stops carry the counts of its lines above).  ASCII is read a byte
 * at a time without decoding. */
static void count_words(int lang, const char *s, size_t n, size_t *words,
                        size_t *stops)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t nw = *words, ns = stops ? *stops : 0;
    while (p < end) {
        const unsigned char *q = p;
        int32_t cp;
        uint32_t h = 0;
        int ascii = 1; /* letters and digits only, hashed in h */
        int sample = stops && nw < STOP_SAMPLE;
        if (!sample) {
            while (q < end && *q < 0x80 && nn_ascii_word[*q])
                q++;
        } else {
            for (; q < end && *q < 0x80 && nn_ascii_word[*q]; q++) {
                unsigned c = *q;
                ascii &= c != '\'';
                h = NN_LANG_HASH_STEP(h, c - 'A' < 26u ? c | 0x20u : c);
            }
        }
        while (q < end && *q >= 0x80) { /* the rest of the word, decoded */
            size_t k = nn_utf8_decode((const char *)q, (size_t)(end - q), &cp);
            if (!(nn_is_alnum_cp(cp) || cp == 0x2019))
                break;
            ascii = 0;
            for (q += k; q < end && *q < 0x80 && nn_ascii_word[*q]; q++)
                ;
        }
        if (q > p) {
            size_t wl = (size_t)(q - p);
            nw++;
            if (sample && wl <= STOPWORD_MAX &&
                (lang >= 0 && ascii
                     ? nn_lang_stopword_ascii(lang, (const char *)p, wl, h)
                     : is_stopword(lang, (const char *)p, wl)))
                ns++;
            p = q;
        } else if (*p < 0x80) {
            p++;
        } else {
            p += nn_utf8_decode((const char *)p, (size_t)(end - p), &cp);
        }
    }
    *words = nw;
    if (stops)
        *stops = ns;
}

/* A 64-bit hash of a line, eight bytes at a time (repeats are confirmed
 * by comparing the text, so only speed and spread matter). */
static uint64_t hash_text(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return h | 1; /* 0 marks "no hash" */
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Does the text have a sentence in it: a word then ". " "! " "? ", or a
 * sentence end at its end? */
static int sentences(const char *s, size_t n)
{
    size_t i;
    if (nn_ends_sentence(s, n) && n > 0 && s[n - 1] != ':')
        return 1;
    for (i = 1; i + 1 < n; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
            (s[i + 1] == ' ' || s[i + 1] == '-' ||
             (unsigned char)s[i + 1] == 0xE2) && /* ".– NNN-TASS" */
            s[i - 1] >= 'a' && s[i - 1] <= 'z')
            return 1;
    return 0;
}

static void verdict(block *b, enum cls c, const char *why, float value)
{
    b->cls = b->init = c;
    b->why = why;
    b->value = value;
}

/* Class from the block alone. */
/* How dense the stopwords of a language's list are in its prose, against
 * English: the thresholds above are English's (jusText's).  Inflected and
 * agglutinative languages write many function words as endings, and their
 * lists catch fewer words: the medians of article paragraphs of real
 * pages were en 0.41, es and fr 0.45, it 0.43, pt 0.38, de 0.37, fa 0.35,
 * uk 0.33, ar 0.28, ru 0.22, id 0.21 (tr 0.12 on one paragraph, scaled
 * 0.45: chrome in Turkish is sparse too, and a lower bar lets it in). */
static float stop_scale(int lang)
{
    static const struct {
        const char *code;
        float scale;
    } scales[] = {{"ar", 0.6f}, {"fa", 0.85f}, {"id", 0.55f}, {"pl", 0.6f},
                  {"ru", 0.55f}, {"tr", 0.45f}, {"uk", 0.8f}};
    const char *code = lang >= 0 ? nn_lang_code(lang) : NULL;
    size_t i;
    for (i = 0; code && i < NN_COUNT(scales); i++)
        if (!strcmp(code, scales[i].code))
            return scales[i].scale;
    return 1.0f;
}

static void judge(block *b, const char *text, const nn_line *lines,
                  float scale)
{
    const nn_line *l = &lines[b->last];
    float ld = b->chars ? (float)b->links / (float)b->chars : 0;
    float sd = 0;
    int sent = sentences(text + l->off, l->len);
    /* the density of the first STOP_SAMPLE words (counted as the block
     * was built): enough to judge a block by, and most of the page pass's
     * cost is in the lookups */
    size_t words = b->words < STOP_SAMPLE ? b->words : STOP_SAMPLE;

    if (b->chars >= LENGTH_LOW && ld <= LINK_MAX &&
        !(b->repeated && b->chars < LENGTH_HIGH))
        sd = words ? (float)b->stops / (float)words : 0;

    b->sentence = sent;
    b->density = sd / scale;
    if (!b->chars) {
        verdict(b, C_BAD, b->images ? "image" : "markup", -1);
    } else if (ld > LINK_MAX && b->kind == NN_LINE_ITEM) {
        verdict(b, C_BAD, "nav-list", ld);
    } else if (ld > LINK_MAX) {
        verdict(b, C_BAD, "link-density", ld);
    } else if (b->repeated && b->chars < LENGTH_HIGH) {
        verdict(b, C_BAD, "repeated", -1);
    } else if (b->chars < LENGTH_LOW) {
        if (b->links)
            verdict(b, C_BAD, "short-link", ld);
        else
            verdict(b, C_SHORT, sent ? "short" : "short-no-punct", -1);
    } else if (b->density >= STOP_HIGH && sent) {
        verdict(b, b->chars >= LENGTH_HIGH ? C_GOOD : C_NEAR,
                "isolated", -1);
    } else if (b->density >= STOP_LOW) {
        verdict(b, C_NEAR, "isolated", -1);
    } else {
        verdict(b, C_BAD, "stopwords", sd);
    }
}

/* The class of the nearest block before (dir -1) or after (dir 1) block i
 * that is not short (nor near good, when skip_near); the page's edges are
 * bad.  Headings do not count.  From the tables link_neighbours() fills:
 * linear. */
static enum cls neighbour(const block *b, size_t nb, size_t i, int dir,
                          int skip_near)
{
    (void)nb;
    return dir < 0 ? b[i].prev[skip_near] : b[i].next[skip_near];
}

/* Fill every block's prev (forward) or next (backward) neighbour classes
 * in one pass. */
static void sweep(block *b, size_t nb, int forward)
{
    enum cls last[2] = {C_BAD, C_BAD};
    size_t k;
    for (k = 0; k < nb; k++) {
        block *x = &b[forward ? k : nb - 1 - k];
        enum cls *slot = forward ? x->prev : x->next;
        slot[0] = last[0];
        slot[1] = last[1];
        if (x->kind == NN_LINE_HEADING || x->init == C_SHORT)
            continue;
        last[0] = x->init;
        if (x->init != C_NEAR)
            last[1] = x->init;
    }
}

static void link_neighbours(block *b, size_t nb)
{
    sweep(b, nb, 1);
    sweep(b, nb, 0);
}

/* Does good text follow heading i before the next heading, with at most
 * HEADING_REACH bytes of other text (bylines, captions) between?  Link text
 * and embeds do not count: share buttons are not distance. */
static int good_after(const block *b, size_t nb, size_t i, int headings,
                      size_t reach)
{
    size_t k, dist = 0;
    for (k = i + 1; k < nb && k <= i + 64; k++) {
        /* a headline's standfirst may be a heading right under it */
        if (b[k].kind == NN_LINE_HEADING && !(headings && k == i + 1))
            return 0;
        if (b[k].cls == C_GOOD)
            return 1;
        dist += b[k].chars - b[k].links;
        if (dist > reach)
            return 0;
    }
    return 0;
}

/* Two patterns of article text that jusText's neighbour rules miss, both
 * found in how-to and explainer pieces:
 *  - a run of near-good blocks (short ones and headings between are
 *    fine; nothing bad) with at least RUN_NEAR of them and RUN_CHARS bytes
 *    is text, not chrome: the steps of a recipe, a numbered explainer;
 *  - a list whose items hold no links, right before good text, is part of
 *    the article (ingredients, findings), wherever the list starts. */
#define RUN_NEAR 3
#define RUN_CHARS 500

static void runs(block *b, size_t nb)
{
    size_t i = 0, k;
    while (i < nb) {
        size_t j = i, nears = 0, chars = 0;
        while (j < nb && (b[j].kind == NN_LINE_HEADING ||
                          b[j].init == C_NEAR || b[j].init == C_SHORT)) {
            if (b[j].init == C_NEAR && b[j].kind != NN_LINE_HEADING) {
                nears++;
                chars += b[j].chars;
            }
            j++;
        }
        if (nears >= RUN_NEAR && chars >= RUN_CHARS)
            for (k = i; k < j; k++)
                if (b[k].kind != NN_LINE_HEADING &&
                    (b[k].init == C_NEAR ||
                     (b[k].init == C_SHORT && b[k].sentence)))
                    b[k].cls = C_GOOD;
        i = j > i ? j : i + 1;
    }
    for (i = 0; i < nb; i = k) {
        int links = 0;
        for (k = i; k < nb && b[k].kind == NN_LINE_ITEM; k++)
            links |= b[k].links > 0 || b[k].init == C_BAD;
        if (k == i) {
            k++;
            continue;
        }
        if (!links && k < nb && k - i >= 2) {
            size_t g = k;
            while (g < nb && b[g].kind == NN_LINE_HEADING)
                g++;
            if (g < nb && b[g].cls == C_GOOD)
                for (; i < k; i++)
                    b[i].cls = C_GOOD;
        }
    }
}

static void context(block *b, size_t nb)
{
    size_t i;
    link_neighbours(b, nb);
    /* short blocks take their class from the neighbours */
    for (i = 0; i < nb; i++) {
        enum cls p, n;
        if (b[i].init != C_SHORT || b[i].kind == NN_LINE_HEADING)
            continue;
        p = neighbour(b, nb, i, -1, 1);
        n = neighbour(b, nb, i, 1, 1);
        if (p == C_GOOD && n == C_GOOD)
            b[i].cls = C_GOOD;
        else if (p == C_BAD && n == C_BAD)
            b[i].cls = C_BAD;
        else if ((p == C_BAD && neighbour(b, nb, i, -1, 0) == C_NEAR) ||
                 (n == C_BAD && neighbour(b, nb, i, 1, 0) == C_NEAR))
            b[i].cls = C_GOOD;
        else
            b[i].cls = C_BAD;
    }
    /* near-good blocks stay next to good ones */
    for (i = 0; i < nb; i++) {
        if (b[i].init != C_NEAR)
            continue;
        b[i].cls = neighbour(b, nb, i, -1, 1) == C_BAD &&
                           neighbour(b, nb, i, 1, 1) == C_BAD
                       ? C_BAD
                       : C_GOOD;
    }
    runs(b, nb);
    /* a heading stays when good text follows it before the next heading */
    for (i = nb; i-- > 0;) {
        const block *next = i + 1 < nb ? &b[i + 1] : NULL;
        if (b[i].kind != NN_LINE_HEADING)
            continue;
        b[i].why = "heading-no-text";
        b[i].cls = good_after(b, nb, i, 0, HEADING_REACH) ? C_GOOD : C_BAD;
        /* "## What broke" right above a kept "### 1. Ordering" */
        if (next && next->kind == NN_LINE_HEADING && next->cls == C_GOOD &&
            next->level > b[i].level)
            b[i].cls = C_GOOD;
    }
}

/* Words that mark a line as a photo's caption or credit. */
static const char *const credit_words[] = {
    "Photo", "photo", "Photograph", "Image", "Illustration", "Picture",
    "Credit", "Courtesy", "Source:", " / ", "\xC2\xA9" /* © */, NULL};

/* Does s hold the string w?  (memmem is not in C11, and glibc's is no
 * faster than this for the short lines and phrases here.) */
static int has(const char *s, size_t n, const char *w, size_t wl)
{
    const char *p = s, *end = s + n;
    if (!wl)
        return 1;
    while ((size_t)(end - p) >= wl &&
           (p = memchr(p, w[0], (size_t)(end - p) - wl + 1)) != NULL) {
        if (!memcmp(p, w, wl))
            return 1;
        p++;
    }
    return 0;
}

/* Names of image licences and agencies that only credits print. */
static int licensed(const char *s, size_t n)
{
    /* most lines hold neither "CC" nor a slash: one pass rules them out */
    if (!memchr(s, '/', n) && !has(s, n, "CC BY", 5) &&
        !has(s, n, "Getty", 5) && !has(s, n, "Shutterstock", 12))
        return 0;
    return has(s, n, "CC BY", 5) || has(s, n, "/ Flickr", 8) ||
           has(s, n, "/ Wikimedia", 11) || has(s, n, "Getty Images", 12) ||
           has(s, n, "Shutterstock", 12);
}

/* A photo credit on a line of its own: "Photo: kremlin.ru", "Sergei
 * Malgavko / TASS", "Moscow-Live.ru / Flickr (CC BY-NC-SA 2.0)": short,
 * no sentence, and a credit's label, a licence, or two short names on
 * either side of a slash. */
static int credit_line(const char *s, size_t n)
{
    static const char *const labels[] = {
        "Photo:", "Photo by", "Photos:", "Photo credit", "Image:",
        "Picture:", "Source:", "Credit:", "Credits:", "Foto:", "Fotos:",
        "Fuente:", "Kaynak:", "Fotoğraf:",
        "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:", /* Фото: */
        "\xC2\xA9", NULL};
    const char *const *w;
    size_t i, slash = SIZE_MAX;
    if (!n || n > 120 || (nn_ends_sentence(s, n) && s[n - 1] != ')'))
        return 0;
    for (w = labels; *w; w++)
        if (n > strlen(*w) && !memcmp(s, *w, strlen(*w)))
            return 1;
    if (licensed(s, n))
        return 1;
    for (i = 0; i + 2 < n; i++)
        if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ') {
            if (slash != SIZE_MAX)
                return 0;
            slash = i;
        }
    /* "Name Surname / Agency": both sides short and capitalized */
    return slash != SIZE_MAX && slash > 2 && slash < 60 && n - slash < 60 &&
           nn_starts_upper(s, n) && nn_starts_upper(s + slash + 3,
                                                    n - slash - 3);
}

/* "A transport truck collided with a vehicle ... on Highway 400. Handout
 * / OPP": a caption's sentence, then its credit, on one line. */
static int credited_caption(const char *s, size_t n)
{
    static const char *const credit_open[] = {
        "(Photo", "(photo", "(Foto", "(foto", "(Фото", "(фото", "(Image",
        "(Crédit", "(Credit", "(Source", "(Fuente", "(Fonte", NULL};
    const char *const *w;
    size_t i;
    if (n > 400)
        return 0;
    /* "... accident mortel de la circulation (Photo d'illustration
     * L'Essor)": a credit in brackets at the end */
    if (n > 8 && s[n - 1] == ')')
        for (i = n - 1; i-- > 0 && n - i <= 80;)
            if (s[i] == '(') {
                for (w = credit_open; *w; w++)
                    if (n - i >= strlen(*w) && !memcmp(s + i, *w, strlen(*w)))
                        return 1;
                break;
            }
    for (i = n; i-- > 2;)
        if (s[i - 1] == ' ' && s[i - 2] == '.' && n - i <= 60)
            return credit_line(s + i, n - i) && has(s + i, n - i, " / ", 3);
    return 0;
}

/* A phrase, its length and the groups it belongs to. */
typedef struct phrase {
    const char *w;
    size_t n;
    unsigned group;
} phrase;
enum { PG_COOKIE = 1, PG_POLICY = 2, PG_FOLLOW = 4 };
#define W(s, g) {s, sizeof(s) - 1, g}

/* In lower case (ASCII letters are folded as they are read); the phrases
 * in other scripts are written in both cases. */
static const phrase promo_phrases[] = {
    W("cookie", PG_COOKIE), W("çerez", PG_COOKIE), W("Çerez", PG_COOKIE),
    W("куки", PG_COOKIE), W("Куки", PG_COOKIE), W("кукі", PG_COOKIE),
    W("کوکی", PG_COOKIE),
    W("polic", PG_POLICY), W("politi", PG_POLICY), W("consent", PG_POLICY),
    W("accept", PG_POLICY), W("acept", PG_POLICY), W("aceit", PG_POLICY),
    W("verwend", PG_POLICY), W("utiliz", PG_POLICY), W("usamos", PG_POLICY),
    W("usiamo", PG_POLICY), W("utilisons", PG_POLICY),
    W("privacy", PG_POLICY), W("privac", PG_POLICY),
    W("datenschutz", PG_POLICY), W("confidential", PG_POLICY),
    W("gunakan", PG_POLICY), W("einstellung", PG_POLICY),
    W("configura", PG_POLICY), W("kullan", PG_POLICY),
    W("konumland", PG_POLICY), W("ayar", PG_POLICY), W("polít", PG_POLICY),
    W("paramètres", PG_POLICY), W("использ", PG_POLICY),
    W("використ", PG_POLICY), W("настройк", PG_POLICY),
    W("استفاده", PG_POLICY),
    W("follow our", PG_FOLLOW), W("follow us on", PG_FOLLOW),
    W("follow us via", PG_FOLLOW), W("our google news", PG_FOLLOW),
    W("our whatsapp channel", PG_FOLLOW), W("our telegram channel", PG_FOLLOW),
    W("suivez-nous sur", PG_FOLLOW), W("siga-nos n", PG_FOLLOW),
    W("folgen sie uns", PG_FOLLOW), W("seguici su", PG_FOLLOW),
    W("ikuti kami di", PG_FOLLOW), W("bizi takip edin", PG_FOLLOW),
    W("подпишитесь на наш", PG_FOLLOW),
    W("подписывайтесь на наш", PG_FOLLOW), W("síguenos en", PG_FOLLOW)};

#define PROMO_LINE_MAX 600

/* The phrases' first three bytes, folded and hashed into a bit table
 * (built once): a line is read once, and only at the start of a word
 * that a phrase may start are the phrases compared ("accept" is not
 * found in "unacceptable"). */
#define TRI_BITS 16
static unsigned char promo_tri[1u << TRI_BITS >> 3];
static pthread_once_t promo_once = PTHREAD_ONCE_INIT;

static unsigned char fold_ascii(unsigned char c)
{
    return (unsigned)(c - 'A') < 26u ? (unsigned char)(c | 0x20) : c;
}

static unsigned tri_hash(const char *s)
{
    uint32_t h = fold_ascii((unsigned char)s[0]) |
                 (uint32_t)fold_ascii((unsigned char)s[1]) << 8 |
                 (uint32_t)fold_ascii((unsigned char)s[2]) << 16;
    return (h * 2654435761u) >> (32 - TRI_BITS);
}

static void promo_build(void)
{
    size_t k;
    for (k = 0; k < NN_COUNT(promo_phrases); k++) {
        unsigned h = tri_hash(promo_phrases[k].w);
        promo_tri[h >> 3] |= (unsigned char)(1u << (h & 7));
    }
}

/* A letter, or a byte of a character beyond ASCII: inside a word as
 * promo_groups() reads words. */
static int in_word(unsigned char c)
{
    return c >= 0x80 || (unsigned)((c | 0x20) - 'a') < 26u;
}

/* Does s start with the lower-case phrase p, ASCII letters folded? */
static int starts_folded(const char *s, const phrase *p)
{
    size_t i;
    for (i = 0; i < p->n; i++)
        if (fold_ascii((unsigned char)s[i]) != (unsigned char)p->w[i])
            return 0;
    return 1;
}

/* The groups of the phrases that start a word of s. */
static unsigned promo_groups(const char *s, size_t n)
{
    unsigned found = 0;
    size_t i, k;
    pthread_once(&promo_once, promo_build);
    /* a word starts after an ASCII byte that is no letter */
    for (i = 0; i + 3 <= n;) {
        unsigned h;
        if (!in_word((unsigned char)s[i])) {
            i++;
            continue;
        }
        h = tri_hash(s + i);
        if (promo_tri[h >> 3] >> (h & 7) & 1)
            for (k = 0; k < NN_COUNT(promo_phrases); k++) {
                const phrase *p = &promo_phrases[k];
                if (!(found & p->group) && p->n <= n - i &&
                    starts_folded(s + i, p))
                    found |= p->group;
            }
        for (i++; i < n && in_word((unsigned char)s[i]); i++)
            ;
    }
    return found;
}

/* Promotions and notices in the languages of world news, wherever they
 * stand in a line: a cookie notice names cookies and a policy, consent or
 * their use ("Sitemizde ... çerez konumlandırmaktayız. Detaylar için veri
 * politikamızı inceleyebilirsiniz."); a follow prompt asks to follow a
 * channel ("For all the latest headlines follow our Google News channel
 * ...", "подпишитесь на наш Telegram").  Plain searches, not rules: the
 * phrases are many and rare. */
static const char *promo_line(const char *s, size_t n)
{
    unsigned g;
    if (n > PROMO_LINE_MAX || n < 12)
        return NULL;
    g = promo_groups(s, n);
    if ((g & PG_COOKIE) && (g & PG_POLICY))
        return "cookie-notice";
    if (n <= 300 && (g & PG_FOLLOW))
        return "follow-prompt";
    return NULL;
}

/* Credits, and on copied pages runs of three or more short lines that are
 * no sentences (menus, lists of platforms and tags): not article text,
 * whatever their neighbours.  A single such line between paragraphs may
 * be a subheading and keeps the class its neighbours gave it. */
static void chrome_lines(block *b, size_t nb, const char *text,
                         const nn_line *lines, int plain)
{
    size_t i, j, k;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        /* or a caption ending in its credit, with no full stop
         * between ("... nationalise Yandex Moscow-Live.ru / Flickr (CC
         * BY-NC-SA 2.0)") */
        if (b[i].first == b[i].last && b[i].kind != NN_LINE_HEADING &&
            (credit_line(text + l->off, l->len) ||
             (l->len <= 400 && licensed(text + l->off, l->len)) ||
             credited_caption(text + l->off, l->len))) {
            b[i].cls = C_BAD;
            b[i].chrome = 1;
            b[i].why = "photo-credit";
            b[i].value = -1;
        }
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const char *why;
        if (b[i].first == b[i].last &&
            (why = promo_line(text + l->off, l->len)) != NULL) {
            b[i].cls = C_BAD;
            b[i].chrome = 1;
            b[i].why = why;
            b[i].value = -1;
        }
    }
    /* a line that is mostly a date ("Martes, 24 de marzo 2020, 16:20",
     * "Spor - 05-12-2025 15:34") is the page's date line or a clock */
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        nn_date_hit h[2];
        size_t c, covered = 0;
        if (b[i].first != b[i].last || !l->len || l->len > DATE_LINE_MAX ||
            b[i].kind == NN_LINE_HEADING)
            continue;
        c = nn_date_find(text + l->off, l->len, h, 2);
        for (k = 0; k < c; k++)
            if (h[k].iso[0])
                covered += h[k].end - h[k].start;
        if (covered * 2 >= l->len) {
            b[i].cls = C_BAD;
            b[i].chrome = 1;
            b[i].why = "date-line";
            b[i].value = -1;
        }
    }
    if (!plain)
        return;
    for (i = 0; i < nb; i = j > i ? j : i + 1) {
        for (j = i; j < nb && b[j].init == C_SHORT && !b[j].sentence &&
                    b[j].kind == NN_LINE_TEXT;
             j++)
            ;
        if (j - i >= 3)
            for (k = i; k < j; k++) {
                b[k].cls = C_BAD;
                b[k].chrome = 1;
                b[k].why = "short-run";
                b[k].value = -1;
            }
    }
}

/* The line after an image embed is its caption when it is short and reads
 * as one: set in italics, naming a credit, or not a sentence. */
static void captions(block *b, size_t nb, const char *text,
                     const nn_line *lines)
{
    size_t i;
    for (i = 0; i + 1 < nb; i++) {
        block *c = &b[i + 1];
        const nn_line *l = &lines[c->last];
        const char *src = text + lines[c->first].src_off;
        const char *const *w;
        int cap;
        if (!(b[i].images && !b[i].chars) || c->kind != NN_LINE_TEXT ||
            c->chars >= 300 || c->first != c->last)
            continue;
        cap = (src[0] == '_' || src[0] == '*') ||
              !nn_ends_sentence(text + l->off, l->len);
        for (w = credit_words; !cap && *w; w++)
            cap = has(text + l->off, l->len, *w, strlen(*w));
        if (cap) {
            c->cls = C_BAD;
            c->why = "image-caption";
            c->value = -1;
        }
    }
}

/* A pull quote repeats a sentence of the text: the copy goes. */
#define QUOTE_WORK (1u << 20) /* bytes of text searched, for all quotes */
#define QUOTE_MIN 20          /* shorter quotes are not compared */

static void pull_quotes(nn_page *pg, const char *text, const nn_line *lines)
{
    block *b = pg->b;
    size_t i, k, j, ngood = 0, work = 0;
    /* the good text blocks, listed once: the work is quotes x budget */
    NN_ARRAY_RESERVE(pg->good, pg->gcap, pg->nb + 1);
    for (k = 0; k < pg->nb; k++)
        if (b[k].kind != NN_LINE_QUOTE && b[k].cls == C_GOOD)
            pg->good[ngood++] = k;
    for (i = 0; i < pg->nb && work < QUOTE_WORK; i++) {
        const nn_line *q = &lines[b[i].first];
        const char *s = text + q->off;
        size_t n = q->len;
        if (b[i].kind != NN_LINE_QUOTE || b[i].cls != C_GOOD || n > 600)
            continue;
        /* without its quotation marks and final punctuation */
        while (n && strchr("\"'.,!?", s[n - 1]))
            n--;
        if (n >= 3 && !memcmp(s + n - 3, "\xE2\x80\x9D", 3))
            n -= 3;
        while (n && strchr(".,!?", s[n - 1]))
            n--;
        if (n && strchr("\"'", s[0]))
            s++, n--;
        else if (n >= 3 && !memcmp(s, "\xE2\x80\x9C", 3))
            s += 3, n -= 3;
        if (n < QUOTE_MIN)
            continue;
        for (k = 0; k < ngood && b[i].cls == C_GOOD && work < QUOTE_WORK;
             k++) {
            const block *g = &b[pg->good[k]];
            for (j = g->first; j <= g->last; j++) {
                /* from the second letter: the quote may capitalize it */
                work += lines[j].len;
                if (has(text + lines[j].off, lines[j].len, s + 1, n - 1)) {
                    b[i].cls = C_BAD;
                    b[i].why = "pull-quote";
                    b[i].value = -1;
                    break;
                }
            }
        }
    }
}

/* ---- the headline ------------------------------------------------------ */

/* Words of the URL's last path segment ("/2024/05/city-votes-to-ban-cars
 * .html" -> "city votes to ban cars"), lower case, into out. */
static size_t slug_words(const char *text, const nn_line *lines, size_t n,
                         char *out, size_t outlen)
{
    size_t i, o = 0;
    for (i = 0; i < n && i < 40; i++) {
        const char *s = text + lines[i].off, *p, *end, *seg;
        size_t len = lines[i].len;
        for (p = s; (p = memchr(p, ':', (size_t)(s + len - p))) != NULL &&
                    !(p + 3 <= s + len && !memcmp(p, "://", 3));
             p++)
            ;
        if (!p)
            continue;
        if (p + 3 > s + len)
            continue;
        end = p + 3;
        while (end < s + len && *end != ' ' && *end != '?' && *end != '#')
            end++;
        while (end > p + 3 && end[-1] == '/')
            end--;
        seg = end;
        while (seg > p + 3 && seg[-1] != '/')
            seg--;
        if (seg == p + 3)
            continue; /* a host alone */
        for (; seg < end && o + 2 < outlen; seg++) {
            char c = *seg;
            if (c == '.' && end - seg <= 5)
                break; /* ".html" */
            c = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
            out[o++] = ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        (unsigned char)c >= 0x80) ? c : ' ';
        }
        break;
    }
    out[o] = '\0';
    return o;
}

/* The metadata title of a reader-mode scrape ("Title: ..."), in the first
 * lines; NULL when there is none. */
static const char *meta_title(const char *text, const nn_line *lines,
                              size_t n, size_t *len)
{
    size_t i;
    for (i = 0; i < n && i < 12; i++) {
        const char *s = text + lines[i].off;
        /* "Title: ..." (Jina), "title: ..." (front matter) */
        if (lines[i].len > 7 && (s[0] | 0x20) == 't' &&
            !strncmp(s + 1, "itle: ", 6)) {
            *len = lines[i].len - 7 > 400 ? 400 : lines[i].len - 7;
            return s + 7;
        }
    }
    return NULL;
}

/* The share of the words (of 3+ letters, not all digits) of a that are
 * words of b, ASCII case folded. */
static float overlap(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, words = 0, hits = 0;
    while (i < an) {
        size_t j = i, k, digits = 0;
        while (j < an && (((a[j] | 0x20) >= 'a' && (a[j] | 0x20) <= 'z') ||
                          (a[j] >= '0' && a[j] <= '9') ||
                          (unsigned char)a[j] >= 0x80))
            digits += a[j++] <= '9';
        if (j - i >= 3 && digits < j - i) {
            size_t wl = j - i;
            words++;
            for (k = 0; k + wl <= bn; k++) {
                size_t m;
                if (k > 0 && (nn_is_alnum_cp((unsigned char)b[k - 1]) ||
                              (unsigned char)b[k - 1] >= 0x80))
                    continue;
                for (m = 0; m < wl && (a[i + m] | 0x20) == (b[k + m] | 0x20);
                     m++)
                    ;
                if (m == wl && (k + wl == bn ||
                                !(nn_is_alnum_cp((unsigned char)b[k + wl]) ||
                                  (unsigned char)b[k + wl] >= 0x80))) {
                    hits++;
                    break;
                }
            }
        }
        i = j > i ? j : i + 1;
    }
    return words ? (float)hits / (float)words : 0;
}

/* Is some block, not a heading, article text? */
static int kept_text(const block *b, size_t nb)
{
    size_t i;
    for (i = 0; i < nb; i++)
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            return 1;
    return 0;
}

/* Could a plain line be a headline: 3 to 30 words, mostly letters, no
 * link or URL, not a date, not ending as a sentence or a clause does
 * ("?" and "!" may end a headline), not opening with a bracket. */
static int title_shape(const block *b, const char *s, size_t n);

/* A breadcrumb ("Accueil / A la Une / ...", "Home > World > ..."): two
 * or more of one separator. */
static int breadcrumb(const char *s, size_t n)
{
    static const char *const seps[] = {" / ", " > ", " \xC2\xBB ",
                                       " \xE2\x80\xBA ", " | ", NULL};
    size_t count[5] = {0}, k;
    const char *p = s, *end = s + n;
    /* every separator starts with a space: look only there */
    while ((p = memchr(p, ' ', (size_t)(end - p))) != NULL) {
        for (k = 0; seps[k]; k++) {
            size_t sl;
            if ((size_t)(end - p) < 2 || p[1] != seps[k][1])
                continue; /* (most spaces: before strlen) */
            sl = strlen(seps[k]);
            if ((size_t)(end - p) >= sl && !memcmp(p, seps[k], sl) &&
                ++count[k] >= 2)
                return 1;
        }
        p++;
    }
    return 0;
}

int nn_page_title_shape(const char *s, size_t n, size_t min_words)
{
    block b;
    memset(&b, 0, sizeof b);
    count_words(-1, s, n, &b.words, NULL);
    if (b.words < min_words)
        return 0;
    if (b.words < 3)
        b.words = 3; /* the caller allows short titles */
    return title_shape(&b, s, n);
}

/* Site names ("Охотники.ру WomanHit.ru"): tokens with a dot between
 * letters.  Two or more make a line of links to sister sites. */
static size_t domains(const char *s, size_t n)
{
    size_t i, c = 0;
    for (i = 1; i + 1 < n; i++)
        if (s[i] == '.' && s[i - 1] != ' ' && s[i + 1] != ' ' &&
            !(s[i - 1] >= '0' && s[i - 1] <= '9') &&
            !(s[i + 1] >= '0' && s[i + 1] <= '9') &&
            !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
            c++;
    return c;
}

static int title_shape(const block *b, const char *s, size_t n)
{
    size_t i = 0, letters = 0, marks = 0;
    char iso[NN_DATE_MAX];
    if (b->words < 3 || b->words > 30 || n > 300 || b->links || !n ||
        nn_starts_lower(s, n) || /* a caption's or a sentence's tail */
        breadcrumb(s, n) || domains(s, n) >= 2 ||
        has(s, n, "://", 3) || nn_url_start(s, n) ||
        nn_date_parse(s, n, iso) == 0 || strchr("([{/|-*#>", s[0]) ||
        (n >= 2 && !memcmp(s, "\xC2\xB7", 2)) || /* · */
        (n >= 3 && !memcmp(s, "\xE2\x80\xA2", 3))) /* • */
        return 0;
    /* the end, past closing quotes: '... "police van."' ends a sentence */
    if (nn_ends_sentence(s, n)) {
        size_t e = n;
        while (e && strchr("\"')]", s[e - 1]))
            e--;
        while (e >= 3 && (!memcmp(s + e - 3, "\xE2\x80\x9D", 3) ||
                          !memcmp(s + e - 3, "\xE2\x80\x99", 3)))
            e -= 3; /* ” ’ */
        if (e && s[e - 1] != '?' && s[e - 1] != '!' &&
            !(e >= 3 && (!memcmp(s + e - 3, "...", 3) ||
                         !memcmp(s + e - 3, "\xE2\x80\xA6", 3))))
            return 0;
    } else if (s[n - 1] == ',') {
        return 0;
    }
    while (i < n) {
        int32_t cp;
        i += nn_utf8_decode(s + i, n - i, &cp);
        if (cp == ' ')
            continue;
        if (utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO)
            letters++;
        else
            marks++;
    }
    /* "Caption of a photo. Name / Agency": a sentence, then its credit */
    for (i = 1; i + 2 < n; i++)
        if (s[i] == '.' && s[i + 1] == ' ' && s[i - 1] >= 'a' &&
            s[i - 1] <= 'z' && credit_line(s + i + 2, n - i - 2))
            return 0;
    return letters >= 4 * marks && !credit_line(s, n) &&
           !credited_caption(s, n);
}

/* Score the headline candidates (headings, and on copied pages lines of a
 * headline's shape): level, good text after it, the URL slug's words in
 * it, the metadata title's agreement, length.  A one-word heading is a
 * section label; a repeated heading is a site banner, but a plain line
 * printed twice is a headline (pages print it in the page title and above
 * the text).  A candidate with more article text above it than below is
 * a teaser or a related story, not the headline. */
static size_t headline(const block *b, size_t nb, const char *text,
                       const nn_line *lines, size_t nlines, const char *url,
                       int plain, const nn_page_veto *veto)
{
    nn_line urlline;
    size_t h1s = 0, seen = 0, above = 0, total = 0;
    char slug[512];
    size_t i, slen, mlen = 0, nc = 0;
    const char *meta = meta_title(text, lines, nlines, &mlen);
    int first = 1;
    struct {
        size_t first;
        float score;
        int prefer;
    } c[HEADLINE_CANDS];

    memset(&urlline, 0, sizeof urlline);
    urlline.len = url ? strlen(url) : 0;
    slen = slug_words(text, lines, nlines, slug, sizeof slug);
    if (!slen && url)
        slen = slug_words(url, &urlline, 1, slug, sizeof slug);
    for (i = 0; i < nb; i++) {
        h1s += b[i].kind == NN_LINE_HEADING && b[i].level == 1;
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            total += b[i].chars;
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const char *s = text + l->off;
        float score;
        int heading = b[i].kind == NN_LINE_HEADING;
        if (i > 0 && b[i - 1].cls == C_GOOD &&
            b[i - 1].kind != NN_LINE_HEADING)
            above += b[i - 1].chars;
        if (!l->len || l->len > 400 || ++seen > 256)
            continue; /* headlines are short, and near the top */
        if (meta && meta == s + 7)
            continue; /* the "Title: ..." line itself */
        if (!heading &&
            !(plain && b[i].kind == NN_LINE_TEXT && b[i].init != C_GOOD &&
              b[i].first == b[i].last && title_shape(&b[i], s, l->len)))
            continue;
        if (above * 2 > total)
            break; /* the article is above: teasers from here on */
        score = l->level == 1 ? 3.0f : l->level == 2 ? 2.0f : 1.0f;
        if (l->level == 1 && first)
            score += 1.0f;
        first &= l->level != 1;
        if (slen)
            score += 6.0f * overlap(slug, slen, s, l->len);
        if (meta)
            score += 5.0f * overlap(s, l->len, meta, mlen);
        if (b[i].words >= 4)
            score += 1.0f;
        else if (b[i].words <= 2)
            score -= 2.0f;
        if (b[i].repeated)
            score += heading || b[i].words < 4 ? -3.0f : 2.0f;
        /* a headline stands above its article: good text near below it,
         * or further down when the page's own title names it */
        if (good_after(b, nb, i, 1, HEADLINE_REACH))
            score += 4.0f;
        else if (!(meta && overlap(s, l->len, meta, mlen) >= 0.8f &&
                   kept_text(b + i + 1, nb - i - 1)))
            continue;
        if (l->level == 1 && h1s == 1)
            score += 2.0f; /* the page's only h1 */
        if (!heading && l->len && s[l->len - 1] == '!')
            score -= 1.0f; /* "Support us!": appeals shout, headlines
                              seldom do */
        if (score >= 6.0f && nc < HEADLINE_CANDS) {
            c[nc].first = b[i].first;
            c[nc].score = score;
            c[nc].prefer = !heading && b[i].repeated;
            nc++;
        }
    }
    /* the best (ties: the first, or a plain line printed twice), unless a
     * rule claims it: then the next best; the rules are asked only of
     * the few that could win */
    for (;;) {
        size_t k, pick = SIZE_MAX;
        float best_score = 0;
        for (k = 0; k < nc; k++)
            if (c[k].score > best_score ||
                (c[k].score == best_score && c[k].prefer)) {
                best_score = c[k].score;
                pick = k;
            }
        if (pick == SIZE_MAX)
            return SIZE_MAX;
        if (!(veto && veto->chrome(veto->ctx, c[pick].first)))
            return c[pick].first;
        c[pick].score = -1.0f; /* vetoed */
    }
}

/* A paragraph the page prints twice (a scraper's repeat, a pull quote
 * set as a paragraph) is kept once: the later copies go.  Only the first
 * REPEAT_MAX repeated blocks are compared (pairwise, so bounded). */
#define REPEAT_MAX 64

static void drop_repeats(block *b, size_t nb, const char *text,
                         const nn_line *lines)
{
    size_t i, k, seen = 0;
    size_t idx[REPEAT_MAX];
    for (i = 0; i < nb && seen < REPEAT_MAX; i++) {
        const nn_line *l = &lines[b[i].first];
        if (!b[i].repeated || b[i].cls != C_GOOD)
            continue;
        for (k = 0; k < seen; k++) {
            const nn_line *m = &lines[b[idx[k]].first];
            if (m->len == l->len && !memcmp(text + m->off, text + l->off,
                                            l->len)) {
                b[i].cls = C_BAD;
                b[i].why = "repeated";
                b[i].value = -1;
                break;
            }
        }
        if (k == seen)
            idx[seen++] = i;
    }
}

/* ---- the article's span ------------------------------------------------ */

/* Lines that open what follows an article, in the languages of world news
 * (lower case; a line matches when it starts with one and is short).
 * STRONG ones (comment sections, reply forms) end the article wherever
 * they stand after some text; the others (related and popular lists, tag
 * lines, newsletter and footer blocks) only when less article text
 * follows them than stands before. */
enum { END_WEAK, END_STRONG };
typedef struct end_marker {
    const char *phrase;
    const char *kind; /* shown by --explain: "after-article: comments" */
    int strong;
} end_marker;

static const end_marker end_markers[] = {
    {"leave a reply", "comments", END_STRONG},
    {"leave a comment", "comments", END_STRONG},
    {"post a comment", "comments", END_STRONG},
    {"add a comment", "comments", END_STRONG},
    {"add comment", "comments", END_STRONG},
    {"write a comment", "comments", END_STRONG},
    {"comments are closed", "comments", END_STRONG},
    {"comments closed", "comments", END_STRONG},
    {"please enter your comment", "comments", END_STRONG},
    {"you are replying to", "comments", END_STRONG},
    {"top rated comments", "comments", END_STRONG},
    {"report this comment", "comments", END_STRONG},
    {"join the conversation", "comments", END_STRONG},
    {"comments (", "comments", END_STRONG},
    {"reader comments", "comments", END_STRONG},
    {"show comments", "comments", END_STRONG},
    {"view comments", "comments", END_STRONG},
    {"this site uses akismet", "comments", END_STRONG},
    {"\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8", "comments", END_STRONG}, /* комментарии */
    {"yorumlar", "comments", END_STRONG},
    {"yorum yap", "comments", END_STRONG},
    {"comentarios", "comments", END_STRONG},
    {"deja un comentario", "comments", END_STRONG},
    {"deixe um coment\xC3\xA1rio", "comments", END_STRONG},
    {"coment\xC3\xA1rios", "comments", END_STRONG},
    {"kommentare", "comments", END_STRONG},
    {"commentaires", "comments", END_STRONG},
    {"laisser un commentaire", "comments", END_STRONG},
    {"lascia un commento", "comments", END_STRONG},
    {"commenti", "comments", END_STRONG},
    {"komentar", "comments", END_STRONG},
    {"\xE2\x80\xA6 we have a small favor", "appeal", END_STRONG},
    {"... we have a small favor", "appeal", END_STRONG},
    {"we have a small favor", "appeal", END_STRONG},
    {"a message from", "appeal", END_STRONG},
    {"dear reader", "appeal", END_STRONG},
    {"support independent journalism", "appeal", END_STRONG},
    {"independent journalism isn", "appeal", END_STRONG},
    {"similar posts", "related", END_WEAK},
    {"read more", "related", END_WEAK},
    {"similar articles", "related", END_WEAK},
    {"similar news", "related", END_WEAK},
    {"related news", "related", END_WEAK},
    {"related articles", "related", END_WEAK},
    {"related stories", "related", END_WEAK},
    {"related posts", "related", END_WEAK},
    {"related content", "related", END_WEAK},
    {"related topics", "related", END_WEAK},
    {"related", "related", END_WEAK},
    {"you may also like", "related", END_WEAK},
    {"you might also like", "related", END_WEAK},
    {"you may be interested", "related", END_WEAK},
    {"recommended for you", "related", END_WEAK},
    {"recommended", "related", END_WEAK},
    {"check also", "related", END_WEAK},
    {"read also", "related", END_WEAK},
    {"also read", "related", END_WEAK},
    {"see also", "related", END_WEAK},
    {"more from", "related", END_WEAK},
    {"more stories", "related", END_WEAK},
    {"more news", "related", END_WEAK},
    {"more on this", "related", END_WEAK},
    {"other news", "related", END_WEAK},
    {"latest news", "related", END_WEAK},
    {"latest stories", "related", END_WEAK},
    {"popular news", "popular", END_WEAK},
    {"most popular", "popular", END_WEAK},
    {"most read", "popular", END_WEAK},
    {"most viewed", "popular", END_WEAK},
    {"trending", "popular", END_WEAK},
    {"top 10", "popular", END_WEAK},
    {"top stories", "popular", END_WEAK},
    {"editor's picks", "popular", END_WEAK},
    {"\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", "related", END_WEAK}, /* читайте также */
    {"\xD0\xBF\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", "related", END_WEAK}, /* похожие новости */
    {"ilgili haberler", "related", END_WEAK},
    {"noticias relacionadas", "related", END_WEAK},
    {"not\xC3\xAD" "cias relacionadas", "related", END_WEAK},
    {"leia tamb\xC3\xA9m", "related", END_WEAK},
    {"lea tambi\xC3\xA9n", "related", END_WEAK},
    {"das k\xC3\xB6nnte sie auch interessieren", "related", END_WEAK},
    {"mehr zum thema", "related", END_WEAK},
    {"\xC3\xA0 lire aussi", "related", END_WEAK},
    {"lire aussi", "related", END_WEAK},
    {"articoli correlati", "related", END_WEAK},
    {"leggi anche", "related", END_WEAK},
    {"berita terkait", "related", END_WEAK},
    {"baca juga", "related", END_WEAK},
    {"tags", "tags", END_WEAK},
    {"etiketler", "tags", END_WEAK},
    {"теги", "tags", END_WEAK},
    {"метки", "tags", END_WEAK},
    {"schlagwörter", "tags", END_WEAK},
    {"etiquetas", "tags", END_WEAK},
    {"mots-clés", "tags", END_WEAK},
    {"tagged", "tags", END_WEAK},
    {"label", "tags", END_WEAK},
    {"category", "tags", END_WEAK},
    {"categories", "tags", END_WEAK},
    {"filed under", "tags", END_WEAK},
    {"topics", "tags", END_WEAK},
    {"share this", "share", END_WEAK},
    {"share on", "share", END_WEAK},
    {"about the author", "author-box", END_WEAK},
    {"about the authors", "author-box", END_WEAK},
    {"cite this", "citation", END_WEAK},
    {"about admin", "author-box", END_WEAK},
    {"sign up for", "newsletter", END_WEAK},
    {"subscribe to", "newsletter", END_WEAK},
    {"newsletter", "newsletter", END_WEAK},
    {"we use cookies", "dialog", END_WEAK},
    {"this website uses cookies", "dialog", END_WEAK},
    {"copyright", "footer", END_WEAK},
    {"\xC2\xA9", "footer", END_WEAK},
    {"all rights reserved", "footer", END_WEAK},
};

#define END_LINE_MAX 90 /* bytes: an end marker is a short line */

/* Lower-case (ASCII) prefix comparison, at a word's end. */
static int starts_phrase(const char *s, size_t n, const char *p)
{
    size_t i, pl = strlen(p);
    if (pl > n)
        return 0;
    for (i = 0; i < pl; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c != p[i])
            return 0;
    }
    /* "Related" is a marker, "Relatedly, ..." is not; a Cyrillic capital
     * (as in "Комментарии") is not folded by the loop above: see caller */
    return pl == n || !nn_is_alnum_cp((unsigned char)s[pl]) ||
           (unsigned char)p[pl - 1] >= 0x80;
}

/* The end marker a line is, or NULL: "34 responses to ...", "5 Comments"
 * count too. */
static const end_marker *end_marker_of(const char *s, size_t n)
{
    static const end_marker counted = {"", "comments", END_STRONG};
    char low[END_LINE_MAX + 1];
    size_t i, k;
    if (!n || n > END_LINE_MAX)
        return NULL;
    /* fold the first letters as utf8proc does (Cyrillic, accents) */
    for (i = 0, k = 0; i < n && k + 4 < sizeof low;) {
        int32_t cp;
        size_t cl;
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el;
        if ((unsigned char)s[i] < 0x80) { /* ASCII: as utf8proc folds it */
            low[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
            i++;
            continue;
        }
        cl = nn_utf8_decode(s + i, n - i, &cp);
        el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        if (el <= 0 || k + (size_t)el >= sizeof low)
            break;
        memcpy(low + k, enc, (size_t)el);
        k += (size_t)el;
        i += cl;
    }
    low[k] = '\0';
    for (i = 0; i < k && low[i] >= '0' && low[i] <= '9'; i++)
        ;
    if (i > 0 && i < k && low[i] == ' ' &&
        (starts_phrase(low + i + 1, k - i - 1, "comments") ||
         starts_phrase(low + i + 1, k - i - 1, "comment") ||
         starts_phrase(low + i + 1, k - i - 1, "responses") ||
         starts_phrase(low + i + 1, k - i - 1, "response") ||
         starts_phrase(low + i + 1, k - i - 1, "replies") ||
         starts_phrase(low + i + 1, k - i - 1, "thoughts on")))
        return &counted;
    for (i = 0; i < NN_COUNT(end_markers); i++)
        if (end_markers[i].phrase[0] == low[0] && /* most differ here */
            starts_phrase(low, k, end_markers[i].phrase))
            return &end_markers[i];
    return NULL;
}

/* "Director: Amira Benali", "Running time: 2h 31m": a label of one or
 * two words and its value, as fact boxes print them. */
static int label_value(const char *s, size_t n)
{
    size_t i, spaces = 0;
    for (i = 0; i < n && i < 32; i++) {
        if (s[i] == ':')
            return i > 0 && i + 1 < n && s[i + 1] == ' ';
        if (s[i] == ' ' && ++spaces > 1)
            return 0;
    }
    return 0;
}

/* Could block i be a short paragraph of the article: text, no links,
 * not repeated, not a caption (what follows an image), pull quote or fact
 * box line, of a class its neighbours may change (short, near good)? */
static int text_like(const block *b, size_t i, const char *text,
                     const nn_line *lines, int sparse_ok)
{
    const nn_line *l = &lines[b[i].first];
    /* text dense in names and numbers (a lead, a results paragraph) has
     * few stopwords: inside the article, a sentence with some is text */
    int sparse = sparse_ok && b[i].init == C_BAD && b[i].why &&
                 !strcmp(b[i].why, "stopwords") &&
                 b[i].density >= (sparse_ok > 1 ? STOP_TAIL : STOP_SPAN);
    return b[i].kind != NN_LINE_HEADING && !b[i].repeated && !b[i].links &&
           !b[i].chrome &&
           b[i].chars && (b[i].init == C_SHORT || b[i].init == C_NEAR ||
                          b[i].kind == NN_LINE_ITEM || sparse) &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           !label_value(text + l->off, l->len) &&
           !(b[i].why && (!strcmp(b[i].why, "image-caption") ||
                          !strcmp(b[i].why, "pull-quote")));
}

/* A whole sentence of eight words or more, without links, whatever its
 * stopwords: under the headline and right above the article's first
 * paragraph it is the lead (languages whose lists catch few of their
 * words, "Yangın, saat 18.00 sıralarında Eyüpsultan Göktürk'te ormanlık
 * alanda çıktı."). */
static int lead_sentence(const block *b, size_t i)
{
    return b[i].kind == NN_LINE_TEXT && b[i].sentence && !b[i].links &&
           !b[i].chrome &&
           !b[i].repeated && b[i].words >= 8 && b[i].first == b[i].last &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           b[i].why && (!strcmp(b[i].why, "stopwords") ||
                        !strcmp(b[i].why, "isolated") ||
                        !strcmp(b[i].why, "short"));
}

/* Is there article text in the few blocks after block i (a marker in
 * mid-article: "Related: ..." between two paragraphs)? */
static int good_soon(const block *b, size_t nb, size_t i)
{
    size_t k;
    for (k = i + 1; k < nb && k <= i + 3; k++)
        if (b[k].kind != NN_LINE_HEADING &&
            (b[k].init == C_GOOD || /* good in itself */
             (k == i + 1 && b[k].init == C_NEAR && b[k].sentence)))
            return 1; /* (or the text goes on right under it) */
    return 0;
}

/* What follows an article may be the page's next item: */
static const end_marker next_story = {"", "next-item", END_STRONG};

/* a block that opens with a date and a time ("Comando Provinciale di
 * Palermo - Palermo , 05/01/2026 11:04 I Carabinieri ..."), or that
 * prints the article's headline again ("Eyüpsultan'da ormanlık alanda
 * yangın ile ilgili etiketler ...", "canarias7 El Gobierno se niega ...").
 * Asked only once the article has text above. */
static int next_item(const char *text, const nn_line *lines, const block *b,
                     size_t title)
{
    const nn_line *l = &lines[b->first];
    nn_date_hit h[2];
    size_t k, c;
    if (b->first != b->last || b->kind == NN_LINE_HEADING)
        return 0;
    if (b->chars >= LENGTH_HIGH) {
        c = nn_date_find(text + l->off, l->len < 80 ? l->len : 80, h, 2);
        for (k = 0; k < c; k++)
            if (h[k].iso[0] && strchr(h[k].iso, 'T'))
                return 1;
    }
    if (title != SIZE_MAX && lines[title].len >= 15 &&
        l->len > lines[title].len &&
        has(text + l->off, l->len, text + lines[title].off, lines[title].len))
        return 1;
    return 0;
}

/* The article runs from its headline (or its first good block) to the
 * first end marker that closes it; within that span, short paragraphs
 * that are sentences, near-good blocks and link-free list items are
 * article text; from the end on, nothing is.  Returns the end's block
 * index (nb: the page's end). */
static size_t article_span(nn_page *pg, const char *text,
                           const nn_line *lines, size_t title)
{
    block *b = pg->b;
    size_t nb = pg->nb, i, k, start = nb, end = nb, last = nb, before = 0,
           after = 0;
    const end_marker *em = NULL;

    for (i = 0; i < nb; i++) {
        if (title != SIZE_MAX ? b[i].first >= title
                              : b[i].cls == C_GOOD &&
                                    b[i].kind != NN_LINE_HEADING) {
            start = i;
            break;
        }
    }
    if (start == nb)
        return nb;
    for (i = start + 1; i < nb; i++)
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            after += b[i].chars;
    if (b[start].cls == C_GOOD && b[start].kind != NN_LINE_HEADING) {
        before = b[start].chars;
        last = start;
    }
    for (i = start + 1; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const end_marker *m = b[i].first == b[i].last
                                  ? end_marker_of(text + l->off, l->len)
                                  : NULL;
        if (!m && before >= 2 * LENGTH_HIGH &&
            next_item(text, lines, &b[i], title))
            m = &next_story;
        b[i].marker = m != NULL;
        if (m && b[i].init != C_GOOD) {
            /* the marker line itself is chrome, wherever it stands */
            b[i].cls = C_BAD;
            b[i].why = m->kind;
            b[i].value = -1;
        }
        if (m && before >= LENGTH_LOW &&
            (m->strong == END_STRONG || (before >= 2 * LENGTH_HIGH &&
             after * 3 < before && !good_soon(b, nb, i)))) {
            end = i;
            em = m;
            break;
        }
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING) {
            before += b[i].chars;
            after -= b[i].chars;
            last = i;
        }
    }
    for (i = end; i < nb; i++) {
        b[i].cls = C_BAD;
        b[i].why = em->kind;
        b[i].value = -2; /* see nn_page_judge: "after-article: " */
    }
    if (last == nb)
        return end;
    /* inside, from the first good block: short sentences, near-good
     * text, list items that read as text */
    while (start < last && !(b[start].cls == C_GOOD &&
                             b[start].kind != NN_LINE_HEADING &&
                             (b[start].init == C_GOOD || b[start].sentence) &&
                             (title == SIZE_MAX || b[start].first > title)))
        start++;
    for (i = start + 1; i < last; i++) {
        if (b[i].cls == C_GOOD || !text_like(b, i, text, lines, 1))
            continue;
        if (b[i].sentence)
            b[i].cls = C_GOOD;
        else if (b[i].kind == NN_LINE_ITEM && b[i].init != C_BAD &&
                 b[i].words >= 4)
            b[i].cls = C_GOOD;
    }
    /* on a copied page, a long line that is no sentence between two
     * paragraphs is another story's headline (a teaser, a "read also"
     * link whose link is gone), not a subheading: those are short */
    if (pg->kind == NN_PAGE_PLAIN)
        for (i = start + 1; i < last; i++)
            if (b[i].cls == C_GOOD && b[i].init == C_SHORT &&
                !b[i].sentence && b[i].kind == NN_LINE_TEXT &&
                b[i].words >= TEASER_WORDS) {
                b[i].cls = C_BAD;
                b[i].why = "teaser";
                b[i].value = -1;
            }
    /* between the headline and the text, lines that are no sentences
     * are the head's (a byline "Free Press Staff", a kicker, a date line),
     * whatever their neighbours made of them */
    if (title != SIZE_MAX)
        for (i = 0; i < start; i++)
            if (b[i].first > title && b[i].cls == C_GOOD &&
                b[i].init != C_GOOD && !b[i].sentence &&
                b[i].kind == NN_LINE_TEXT) {
                b[i].cls = C_BAD;
                b[i].why = "head-line";
                b[i].value = -1;
            }
    /* the short sentences right above the first good block (a lead of
     * one-line paragraphs; a standfirst stands above the byline or date
     * line, which stops this) */
    for (i = start; i-- > 0 && (title == SIZE_MAX || b[i].first > title);) {
        if (!(text_like(b, i, text, lines, 1) || lead_sentence(b, i)) ||
            !b[i].sentence)
            break;
        b[i].cls = C_GOOD;
    }
    /* and the article's last short sentences, over a few short lines of
     * chrome ("Advertisement", "Share"), to a block that reads as neither */
    for (i = last + 1, k = 0; i < end; i++) {
        const nn_line *l = &lines[b[i].first];
        /* "Read more" above teasers: what follows is no longer the
         * text; "Share this" between two sentences is only a button */
        if (b[i].marker &&
            !(i + 1 < end && b[i + 1].sentence &&
              text_like(b, i + 1, text, lines, 0)))
            break;
        /* right after the last good block, a paragraph a little sparse
         * in stopwords is still the article's */
        if (text_like(b, i, text, lines, i == last + 1 ? 2 : 0) &&
            b[i].sentence) {
            b[i].cls = C_GOOD;
            k = 0;
        } else if (!(b[i].first == b[i].last && l->len < 80 && !b[i].sentence &&
                     ++k <= 6)) {
            break;
        }
    }
    /* a subheading inside the span stands above text now kept */
    for (i = start + 1; i < end; i++)
        if (b[i].kind == NN_LINE_HEADING && b[i].cls != C_GOOD &&
            good_after(b, nb, i, 0, HEADING_REACH))
            b[i].cls = C_GOOD;
    return end;
}

/* ---- the stage --------------------------------------------------------- */

static void mark_repeats(nn_page *pg, const char *text, const nn_line *lines)
{
    size_t i, n = 0;
    NN_ARRAY_RESERVE(pg->hash, pg->hcap, 2 * pg->nb + 1);
    /* the hashes in block order after the sorted ones (pg->hash[nb..]) */
    for (i = 0; i < pg->nb; i++) {
        const nn_line *l = &lines[pg->b[i].first];
        uint64_t h = 0;
        if (pg->b[i].first == pg->b[i].last && l->len)
            pg->hash[n++] = h = hash_text(text + l->off, l->len);
        pg->hash[pg->nb + i] = h;
    }
    qsort(pg->hash, n, sizeof *pg->hash, cmp_u64);
    for (i = 0; i < pg->nb; i++) {
        uint64_t h = pg->hash[pg->nb + i], *hit;
        if (!h)
            continue;
        hit = bsearch(&h, pg->hash, n, sizeof h, cmp_u64);
        if (hit && ((hit > pg->hash && hit[-1] == h) ||
                    (hit + 1 < pg->hash + n && hit[1] == h)))
            pg->b[i].repeated = 1;
    }
}

static block *new_block(nn_page *pg, size_t i, int kind)
{
    block *b;
    NN_ARRAY_RESERVE(pg->b, pg->cap, pg->nb + 1);
    b = &pg->b[pg->nb++];
    memset(b, 0, sizeof *b);
    b->first = b->last = i;
    b->kind = kind;
    return b;
}

size_t nn_page_judge(nn_page *pg, int kind, nn_buf *text, nn_line *lines,
                     size_t n, const nn_page_veto *veto)
{
    float scale;
    size_t i, title;
    size_t wrapped;
    block *cur = NULL;

    pg->nb = 0;
    pg->kind = kind;
    /* stopwords of the page's language; unknown: the English list */
    pg->lang = page_lang(pg, text->ptr, lines, n);
    pg->failed = 0;
    pg->url[0] = '\0';
    wrapped = hard_wrapped(text->ptr, lines, n);
    for (i = 0; i < n; i++) {
        nn_line *l = &lines[i];
        size_t links;
        int images;
        if (!l->len) {
            if (l->kind != NN_LINE_JOINED)
                cur = NULL;
            continue;
        }
        /* a setext heading is a paragraph of one line */
        if (!l->kind && i + 1 < n && setext(text->ptr, l, &lines[i + 1]) &&
            (i == 0 || (!lines[i - 1].len &&
                        lines[i - 1].kind != NN_LINE_JOINED))) {
            l->kind = NN_LINE_HEADING;
            l->level = text->ptr[lines[i + 1].off] == '=' ? 1 : 2;
        }
        if (!rule_line(text->ptr + l->off, l->len)) {
            size_t j = unit_end(text, lines, n, i, wrapped, pg->lang);
            if (j > i)
                join_lines(text, lines, i, j);
        }
        rewrite(pg, text, l, &links, &images);
        if (l->kind == NN_LINE_RULE) {
            l->drop = "rule-line";
            l->value = -1;
            cur = NULL;
            continue;
        }
        /* headings and list items stand alone; plain lines run together */
        /* on a copied page every line is a paragraph or a menu entry */
        if (!cur || l->kind != NN_LINE_TEXT || cur->kind != NN_LINE_TEXT ||
            kind == NN_PAGE_PLAIN) {
            cur = new_block(pg, i, l->kind);
            cur->level = l->level;
        }
        cur->last = i;
        cur->chars += l->len + (cur->first != i);
        cur->links += links;
        cur->images += images;
        count_words(pg->lang, text->ptr + l->off, l->len, &cur->words,
                    &cur->stops);
        if (l->kind != NN_LINE_TEXT)
            cur = NULL;
    }
    mark_repeats(pg, text->ptr, lines);
    scale = stop_scale(pg->lang); /* once a page, not once a block */
    for (i = 0; i < pg->nb; i++)
        judge(&pg->b[i], text->ptr, lines, scale);
    context(pg->b, pg->nb);
    if (!kept_text(pg->b, pg->nb)) {
        /* a short piece (a news brief): no block is long enough to be
         * good; its near-good sentences are the article */
        for (i = 0; i < pg->nb; i++)
            if (pg->b[i].init == C_NEAR && pg->b[i].sentence &&
                pg->b[i].kind != NN_LINE_HEADING)
                pg->b[i].init = pg->b[i].cls = C_GOOD;
        context(pg->b, pg->nb);
    }
    captions(pg->b, pg->nb, text->ptr, lines);
    chrome_lines(pg->b, pg->nb, text->ptr, lines, kind == NN_PAGE_PLAIN);
    pull_quotes(pg, text->ptr, lines);
    title = headline(pg->b, pg->nb, text->ptr, lines, n, nn_page_url(pg),
                     kind == NN_PAGE_PLAIN, veto);
    article_span(pg, text->ptr, lines, title);
    drop_repeats(pg->b, pg->nb, text->ptr, lines);
    for (i = 0; i < pg->nb; i++) {
        block *b = &pg->b[i];
        size_t k;
        if (b->cls == C_GOOD && !(title != SIZE_MAX && b->last < title))
            continue;
        for (k = b->first; k <= b->last; k++) {
            if (lines[k].kind == NN_LINE_JOINED)
                continue; /* its text is in the line before: silent */
            lines[k].drop = b->cls == C_GOOD ? "before-headline" : b->why;
            lines[k].value = b->cls == C_GOOD ? -1 : b->value;
            lines[k].after = b->value == -2;
        }
    }
    if (!kept_text(pg->b, pg->nb)) {
        /* no block reads as article text: judging the page failed (a
         * short piece among menus).  Keep the text rather than lose it;
         * only markup and blocks that are mostly links go. */
        for (i = 0; i < pg->nb; i++) {
            const block *b = &pg->b[i];
            size_t k;
            if (b->chars && b->links * 2 > b->chars)
                continue;
            for (k = b->first; k <= b->last; k++)
                if (lines[k].len)
                    lines[k].drop = NULL;
        }
        pg->failed = pg->nb >= 10 ? 2 : 1; /* 2: it looked like a page */
        return SIZE_MAX;
    }
    for (i = 0; title != SIZE_MAX && i < title; i++)
        if (lines[i].len && !lines[i].drop &&
            lines[i].kind != NN_LINE_JOINED) {
            lines[i].drop = "before-headline";
            lines[i].value = -1;
        }
    return title;
}
