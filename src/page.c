/* page.c - page-style scrapes: a whole web page saved as markdown-ish text
 * (navigation as lists of links, logo embeds, share buttons, link lists,
 * footers), with the article somewhere in the middle.  normalize.c hands
 * the cleaned lines here before its rules read them.
 *
 * When the text holds markdown links or image embeds, this stage
 *   1. rewrites each line's markdown: links become their text, images go,
 *      emphasis, heading, list and quote markers go; headings and list
 *      items are remembered as such (each is a paragraph of its own)
 *      (page_lines.c);
 *   2. measures each block (a run of plain lines, or one heading, or one
 *      list item): its length, the share of its text that was link text
 *      (link density), the share of its words that are stopwords, whether
 *      it reads as sentences, whether it repeats elsewhere on the page
 *      (here and page_blocks.c);
 *   3. classifies the blocks as jusText does (Pomikálek 2011): good, near
 *      good, short, bad from the block alone, then short and near-good
 *      blocks from their neighbours, the page's edges counting as bad
 *      (page_blocks.c), and names the chrome that reads as text: captions,
 *      credits, cookie notices, pull quotes (page_chrome.c);
 *   4. picks the headline: the heading best followed by good text and
 *      best matching the URL's slug, not a site banner (page_headline.c);
 *   5. bounds the article: from the headline to the first line that opens
 *      what follows an article (page_span.c).
 * The verdicts are only advice: normalize.c applies the profile's rules
 * first, and a line that no rule claims goes when its verdict says so.
 *
 * This file holds the stage's entry points: detection, the page's
 * language, the word and stopword counts, the blocks built from the lines
 * and the verdicts given back to them.  Thresholds are named in
 * page_int.h. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#include "stopwords.h"

#include "lang_probe.h"

/* The one table of the verdicts' names (page.h). */
static const char *const verdict_names[NN_V_COUNT] = {
    [NN_V_IMAGE] = "image",
    [NN_V_MARKUP] = "markup",
    [NN_V_NAV_LIST] = "nav-list",
    [NN_V_LINK_DENSITY] = "link-density",
    [NN_V_REPEATED] = "repeated",
    [NN_V_SHORT_LINK] = "short-link",
    [NN_V_SHORT] = "short",
    [NN_V_SHORT_NO_PUNCT] = "short-no-punct",
    [NN_V_ISOLATED] = "isolated",
    [NN_V_STOPWORDS] = "stopwords",
    [NN_V_HEADING_NO_TEXT] = "heading-no-text",
    [NN_V_RULE_LINE] = "rule-line",
    [NN_V_BEFORE_HEADLINE] = "before-headline",
    [NN_V_PHOTO_CREDIT] = "photo-credit",
    [NN_V_COOKIE_NOTICE] = "cookie-notice",
    [NN_V_FOLLOW_PROMPT] = "follow-prompt",
    [NN_V_DATE_LINE] = "date-line",
    [NN_V_SHORT_RUN] = "short-run",
    [NN_V_IMAGE_CAPTION] = "image-caption",
    [NN_V_PULL_QUOTE] = "pull-quote",
    [NN_V_TICKER] = "ticker",
    [NN_V_EMBEDDED_POST] = "embedded-post",
    [NN_V_TEASER] = "teaser",
    [NN_V_HEAD_LINE] = "head-line",
    [NN_V_COMMENTS] = "comments",
    [NN_V_APPEAL] = "appeal",
    [NN_V_RELATED] = "related",
    [NN_V_POPULAR] = "popular",
    [NN_V_TAGS] = "tags",
    [NN_V_NEWSLETTER] = "newsletter",
    [NN_V_SHARE] = "share",
    [NN_V_AUTHOR_BOX] = "author-box",
    [NN_V_CITATION] = "citation",
    [NN_V_DIALOG] = "dialog",
    [NN_V_FOOTER] = "footer",
    [NN_V_NEXT_ITEM] = "next-item",
    [NN_V_AD_SLOT] = "ad-slot",
    [NN_V_PAYWALL] = "paywall",
};

const char *nn_verdict_name(enum nn_verdict v)
{
    return (unsigned)v < NN_V_COUNT ? verdict_names[v] : NULL;
}

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

/* ---- detection ---------------------------------------------------------- */

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
        (nn_has(s, len < 400 ? len : 400, "\ntitle:", 7) ||
         nn_has(s, len < 400 ? len : 400, "\nTitle:", 7)))
        return NN_PAGE_MARKDOWN;
    return NN_PAGE_PLAIN;
}

/* The language of the page's paragraphs: lines of PARA_MIN bytes or more
 * with a space (or in a script written without one), no address and no markdown link (not a menu's, nor the
 * pieces of an address broken over lines, which fill the sample with no
 * word), one a line, up to NN_LANG_SAMPLE bytes; all its lines when it
 * has too few such. */
#define PARA_MIN 60

/* Does s hold a three-byte character from U+3000 to U+9FFF (kana, CJK
 * ideographs), as text written without spaces does? */
static int unspaced(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9)
            return 1;
    return 0;
}

static int page_lang(nn_page *pg, const char *text, const nn_line *lines,
                     size_t n)
{
    int pass, lang = -1;
    for (pass = 0; pass < 2 && lang < 0; pass++) {
        size_t i;
        nn_buf_clear(&pg->sample);
        for (i = 0; i < n && pg->sample.len < NN_LANG_SAMPLE; i++)
            if (lines[i].len &&
                (pass ||
                 (lines[i].len >= PARA_MIN &&
                  (memchr(text + lines[i].off, ' ', lines[i].len) ||
                   unspaced(text + lines[i].off, lines[i].len)) &&
                  !nn_has(text + lines[i].off, lines[i].len, "://", 3) &&
                  !nn_has(text + lines[i].off, lines[i].len, "](", 2)))) {
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

/* ---- words and stopwords ------------------------------------------------ */

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

/* No stopword list holds a word this long (bytes): longer words are not
 * looked up. */
#define STOPWORD_MAX 40

/* Count words (runs of letters, digits, apostrophes; an ideograph or a
 * kana alone) and, when stops is
 * not NULL, the stopwords among the first STOP_SAMPLE (of a block: words
 * and stops carry the counts of its lines above).  ASCII is read a byte
 * at a time without decoding. */
void nn_pg_count_words(int lang, const char *s, size_t n, size_t *words,
                       size_t *stops)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t nw = *words, ns = stops ? *stops : 0;
    /* the hashed lists answer for an ASCII word of most languages at once
     * (nn_lang_stopword_ascii without its checks, once a word) */
    int direct = nn_lang_ascii_direct(lang);
    uint32_t bit = direct ? 1u << lang : 0;
    /* s[n] (read when stops is given) ends a run of letters and digits:
     * the hashing loop below needs no bound check (see build_blocks) */
    int fenced = stops && !nn_ascii_lower[p[n]];
    while (p < end) {
        const unsigned char *q;
        /* ASCII bytes between words, passed over at once */
        while (p < end && *p < 0x80 && !nn_ascii_fold[*p])
            p++;
        if (p == end)
            break;
        q = p;
        int32_t cp;
        uint32_t h = 0;
        int ascii = 1; /* letters and digits only, hashed in h */
        int sample = stops && nw < STOP_SAMPLE;
        if (!sample) {
            while (q < end && nn_ascii_fold[*q])
                q++;
        } else {
            unsigned f;
            /* letters and digits, hashed; an apostrophe makes the word
             * no plain one (h is not read): the rest is only passed */
            if (fenced)
                for (; (f = nn_ascii_lower[*q]) != 0; q++)
                    h = NN_LANG_HASH_STEP(h, f);
            else
                for (; q < end && (f = nn_ascii_lower[*q]) != 0; q++)
                    h = NN_LANG_HASH_STEP(h, f);
            if (q < end && *q == '\'') {
                ascii = 0;
                while (q < end && nn_ascii_fold[*q])
                    q++;
            }
        }
        while (q < end && *q >= 0x80) { /* the rest of the word, decoded */
            size_t k = nn_utf8_decode((const char *)q, (size_t)(end - q), &cp);
            if (!(nn_is_alnum_cp(cp) || cp == 0x2019 ||
                  /* a letter's combining mark (Devanagari's vowel
                   * signs): inside the word */
                  (cp >= 0x0300 &&
                   utf8proc_category(cp) >= UTF8PROC_CATEGORY_MN &&
                   utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME)))
                break;
            if (cp >= 0x3040 && nn_is_cjk_cp(cp)) {
                if (q == p) { /* an ideograph or kana: a word alone */
                    q += k;
                    ascii = 0;
                }
                break;
            }
            ascii = 0;
            for (q += k; q < end && *q < 0x80 && nn_ascii_word[*q]; q++)
                ;
        }
        if (q > p) {
            size_t wl = (size_t)(q - p);
            nw++;
            if (sample && wl <= STOPWORD_MAX &&
                (direct && ascii
                     ? (nn_lang_probe((const char *)p, wl, h, 1) & bit) != 0
                 : lang >= 0 && ascii
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

/* ---- the stage ---------------------------------------------------------- */

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

#define LINE_PARA_MIN 100 /* bytes: longer than any hard wrap */

/* On a page not hard wrapped (or wrapped with few blank lines: see
 * build_blocks), does line l start a block of its own rather than run on
 * from line prev: prev is a whole paragraph (longer than a wrapped line
 * is, or joined from one, and ending a sentence), or l is one under a
 * short line (a caption, a label), or l is an end marker ("0 Komentar")? */
static int own_block(const char *text, const nn_line *prev, const nn_line *l)
{
    return (prev->len >= LINE_PARA_MIN &&
            nn_ends_sentence(text + prev->off, prev->len)) ||
           (prev->len < LINE_PARA_MIN && l->len >= LINE_PARA_MIN) ||
           nn_pg_end_marker(text + l->off, l->len);
}

/* Count line l's words and stopwords into block b.  The lines lie side
 * by side in text (no byte between them, the buffer's terminator after
 * the last): the byte after l is made a '\0' while its words are read,
 * which ends a word there (nn_pg_count_words), and then put back. */
static void count_line(const nn_page *pg, nn_buf *text, const nn_line *l,
                       block *b)
{
    char *after = text->ptr + l->off + l->len, keep = *after;
    *after = '\0';
    nn_pg_count_words(pg->lang, text->ptr + l->off, l->len, &b->words,
                      &b->stops);
    *after = keep;
}

/* Read the lines into blocks: headings and list items stand alone, plain
 * lines run together; a thematic break ends a block and goes. */
static void build_blocks(nn_page *pg, int kind, nn_buf *text, nn_line *lines,
                         size_t n)
{
    size_t i, blank = 0, ends = 0;
    size_t wrapped;
    int tight;
    block *cur = NULL;

    wrapped = nn_pg_hard_wrapped(text->ptr, lines, n);
    /* a wrapped page with few blank lines, fewer than a quarter of the
     * lines that end a sentence and go on: its paragraphs were one a line
     * before the wrap, so a paragraph's end ends its block as on a page
     * not wrapped (html2text parts paragraphs by blank lines, and its
     * lines that end a sentence mostly go on in the same paragraph) */
    for (i = 0; wrapped && i < n; i++) {
        blank += !lines[i].len;
        ends += lines[i].len >= 20 && i + 1 < n && lines[i + 1].len &&
                nn_ends_sentence(text->ptr + lines[i].off, lines[i].len);
    }
    tight = blank * 4 < ends;
    pg->wrap_limit =
        wrapped ? nn_pg_wrap_limit(text->ptr, lines, n, wrapped) : 0;
    pg->jina = 0;
    for (i = 0; i < n; i++) {
        nn_line *l = &lines[i];
        size_t links;
        int images;
        if (!l->len) {
            if (l->kind != NN_LINE_JOINED)
                cur = NULL;
            continue;
        }
        nn_pg_read_line(pg, text, lines, n, i, wrapped, &links, &images);
        if (l->kind == NN_LINE_RULE) {
            l->drop = NN_V_RULE_LINE;
            l->value = -1;
            cur = NULL;
            continue;
        }
        /* headings and list items stand alone; plain lines run together */
        /* on a copied page every line is a paragraph or a menu entry; in
         * markdown not hard wrapped, and outside an HTML article's
         * element (whose <br> stay in their paragraph), see own_block */
        if (!cur || l->kind != NN_LINE_TEXT || cur->kind != NN_LINE_TEXT ||
            kind == NN_PAGE_PLAIN ||
            (!pg->article && (!wrapped || tight) &&
             own_block(text->ptr, &lines[cur->last], l))) {
            cur = new_block(pg, i, l->kind);
            cur->level = l->level;
        }
        cur->last = i;
        cur->chars += l->len + (cur->first != i);
        cur->links += links;
        cur->images += images;
        count_line(pg, text, l, cur);
        if (l->kind != NN_LINE_TEXT)
            cur = NULL;
    }
}

/* Give each block's verdict to its lines: all but good blocks below the
 * headline go. */
static void give_verdicts(nn_page *pg, nn_line *lines, size_t title)
{
    size_t i;
    for (i = 0; i < pg->nb; i++) {
        block *b = &pg->b[i];
        size_t k;
        if (b->cls == C_GOOD && !(title != SIZE_MAX && b->last < title)) {
            if (b->listed) /* each a paragraph of its own */
                lines[b->first].kind = NN_LINE_ITEM;
            continue;
        }
        for (k = b->first; k <= b->last; k++) {
            if (lines[k].kind == NN_LINE_JOINED)
                continue; /* its text is in the line before: silent */
            lines[k].drop = b->cls == C_GOOD ? NN_V_BEFORE_HEADLINE : b->why;
            lines[k].value = b->cls == C_GOOD ? -1 : b->value;
            lines[k].after = b->value == -2;
        }
    }
}

/* No block reads as article text: judging the page failed (a short piece
 * among menus).  Keep the text rather than lose it; only markup and
 * blocks that are mostly links go. */
static void withdraw_verdicts(nn_page *pg, nn_line *lines)
{
    size_t i;
    for (i = 0; i < pg->nb; i++) {
        const block *b = &pg->b[i];
        size_t k;
        if (b->chars && b->links * 2 > b->chars)
            continue;
        for (k = b->first; k <= b->last; k++)
            if (lines[k].len)
                lines[k].drop = NN_V_NONE;
    }
    pg->failed = pg->nb >= 10 ? 2 : 1; /* 2: it looked like a page */
}

size_t nn_page_judge(nn_page *pg, int kind, nn_buf *text, nn_line *lines,
                     size_t n, const nn_page_veto *veto)
{
    size_t i, title;

    pg->nb = 0;
    pg->article = (kind & NN_PAGE_ARTICLE) != 0;
    kind &= ~NN_PAGE_ARTICLE;
    pg->kind = kind;
    /* stopwords of the page's language; unknown: the English list */
    pg->lang = page_lang(pg, text->ptr, lines, n);
    pg->failed = 0;
    pg->url[0] = '\0';
    build_blocks(pg, kind, text, lines, n);
    nn_pg_judge_blocks(pg, text->ptr, lines);
    /* runs of short lines are a copied page's menus, not an article
     * element's table cells or list of steps */
    nn_pg_chrome(pg, text->ptr, lines, kind == NN_PAGE_PLAIN && !pg->article);
    title = nn_pg_headline(pg->b, pg->nb, text->ptr, lines, n, nn_page_url(pg),
                           kind == NN_PAGE_PLAIN, veto);
    nn_pg_article_span(pg, text->ptr, lines, title);
    nn_pg_drop_repeats(pg->b, pg->nb, text->ptr, lines, title);
    nn_pg_drop_headline_copies(pg->b, pg->nb, text->ptr, lines, title);
    if (pg->article)
        nn_pg_keep_article(pg->b, pg->nb);
    nn_pg_drop_contained(pg->b, pg->nb, text->ptr, lines, title);
    nn_pg_drop_near_copies(pg->b, pg->nb, text->ptr, lines, title);
    give_verdicts(pg, lines, title);
    if (!nn_pg_kept_text(pg->b, pg->nb)) {
        withdraw_verdicts(pg, lines);
        return SIZE_MAX;
    }
    for (i = 0; title != SIZE_MAX && i < title; i++)
        if (lines[i].len && !lines[i].drop && lines[i].kind != NN_LINE_JOINED) {
            lines[i].drop = NN_V_BEFORE_HEADLINE;
            lines[i].value = -1;
        }
    return title;
}
