/* page_blocks.c - the page stage's second step: each block (page.c built
 * them from the rewritten lines) is judged alone, by its length, link
 * density, stopword density and sentences, into bad, short, near good or
 * good, as jusText does; then short and near-good blocks take their
 * neighbours' class, and runs of near-good text and link-free lists above
 * good text are kept.  Repeated one-line blocks are marked first.
 * page_chrome.c then names the chrome that reads as text. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#define NN_LANG_IDS_ONLY
#include "stopwords.h"

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

/* Does a lower-case letter (or one of a script without case) stand right
 * before s[i]: "said." ends a sentence, "U.S." and "3.5" do not;
 * "міської ради." and "المدارس." do. */
static int lower_before(const char *s, size_t i)
{
    int32_t cp;
    utf8proc_category_t cat;
    if ((unsigned char)s[i - 1] < 0x80)
        return s[i - 1] >= 'a' && s[i - 1] <= 'z';
    cp = nn_utf8_before(s, i);
    cat = utf8proc_category(cp);
    return cp >= 0x370 &&
           (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO);
}

/* Does the text have a sentence in it: a word then ". " "! " "? " and
 * no lower-case word or number ("Visit Shots! now" is a button's, "Nr.
 * 0029" a number's label), or a sentence end at its end? */
static int sentences(const char *s, size_t n)
{
    size_t i;
    if (nn_ends_sentence(s, n) && n > 0 && s[n - 1] != ':')
        return 1;
    for (i = 1; i + 3 < n; i++) /* 。 between two sentences */
        if ((unsigned char)s[i] == 0xE3 && !memcmp(s + i, "\xE3\x80\x82", 3))
            return 1;
    for (i = 1; i + 1 < n; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
            ((s[i + 1] == ' ' && !nn_starts_lower(s + i + 2, n - i - 2) &&
              !(i + 2 < n && s[i + 2] >= '0' && s[i + 2] <= '9')) ||
             s[i + 1] == '-' || s[i + 1] == '(' || /* ".(TBNews; ed. mus)" */
             (unsigned char)s[i + 1] == 0xE2) &&   /* ".– NNN-TASS" */
            lower_before(s, i))
            return 1;
    return 0;
}

#define DOUBLED_MIN 24  /* bytes of each half of a doubled line */
#define DOUBLED_REACH 3 /* blocks: how far its caption may stand */

static void verdict(block *b, enum cls c, enum nn_verdict why, float value)
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
 * uk 0.33, ar 0.28, ru 0.22, vi 0.21 (its list's single
 * syllables, on two pages) (tr 0.12 on one paragraph, scaled
 * 0.45: chrome in Turkish is sparse too, and a lower bar lets it in);
 * a character a word, ja 0.38 (its kana, on one page) and zh 0.17 (on
 * four pages); hr 0.31 and lt 0.09 (stopwords-iso's lists, on one page
 * each); ko 0.7, a word's last syllable (its particle or ending), on one
 * page; id 0.36 with Snowball's and stopwords-iso's lists together
 * (Snowball's 93 words alone gave 0.24 and left many a paragraph
 * "sparse"), on 141 paragraphs of 20 words or more: 0.84 of English's
 * 0.42 measured the same way, set at 0.8. */
float nn_pg_stop_scale(int lang)
{
    /* by index, 0 for 1.0: no string compared (asked once a page or
     * more) */
    static const float scales[NN_LANG_zh + 1] = {
        [NN_LANG_ar] = 0.6f,  [NN_LANG_fa] = 0.85f, [NN_LANG_hr] = 0.75f,
        [NN_LANG_id] = 0.8f,  [NN_LANG_ja] = 0.9f,  [NN_LANG_ko] = 1.6f,
        [NN_LANG_lt] = 0.22f, [NN_LANG_pl] = 0.6f,  [NN_LANG_ru] = 0.55f,
        [NN_LANG_tr] = 0.45f, [NN_LANG_uk] = 0.8f,  [NN_LANG_vi] = 0.55f,
        [NN_LANG_zh] = 0.42f};
    if (lang < 0 || (size_t)lang >= NN_COUNT(scales) || !scales[lang])
        return 1.0f;
    return scales[lang];
}

/* Block b's length in characters, not bytes, as jusText counts it: a
 * sentence in Cyrillic, Greek or Arabic takes two bytes a letter, and
 * one of 40 letters is as short as in English ("«Костромагорводоканал»
 * приносит костромичам извинения.").  A wide character (Chinese,
 * Japanese, Korean: a word or a syllable each) counts as its three
 * bytes did.  Counted only where it can differ: a block of LENGTH_LOW
 * bytes or more, and fewer than four times that. */
static size_t letters(const block *b, const char *text, const nn_line *lines)
{
    size_t i, k, c = b->last - b->first; /* (a blank between lines) */
    utf8proc_int32_t cp;
    utf8proc_ssize_t len;
    if (b->chars >= 4 * LENGTH_LOW)
        return b->chars;
    for (i = b->first; i <= b->last; i++)
        for (k = 0; k < lines[i].len; k += (size_t)len) {
            const unsigned char *p =
                (const unsigned char *)text + lines[i].off + k;
            if (*p < 0x80) {
                c++, len = 1;
                continue;
            }
            len =
                utf8proc_iterate(p, (utf8proc_ssize_t)(lines[i].len - k), &cp);
            if (len <= 0) {
                c++, len = 1; /* (input was made valid UTF-8; never) */
                continue;
            }
            c += utf8proc_charwidth(cp) == 2 ? (size_t)len : 1;
        }
    return c;
}

static void judge(block *b, const char *text, const nn_line *lines, float scale,
                  int article)
{
    const nn_line *l = &lines[b->last];
    float ld = b->chars ? (float)b->links / (float)b->chars : 0;
    float sd = 0;
    int sent = sentences(text + l->off, l->len);
    /* the density of the first STOP_SAMPLE words (counted as the block
     * was built): enough to judge a block by, and most of the page pass's
     * cost is in the lookups */
    size_t words = b->words < STOP_SAMPLE ? b->words : STOP_SAMPLE;

    /* a list item that says something around its link ("Thanks to
     * evilpie, users can now [import logins from Keepass]"): a note's
     * item, judged by its words; a menu's or a teaser list's items are
     * their links */
    if (ld > LINK_DENSITY_MAX && b->kind == NN_LINE_ITEM &&
        b->words >= ITEM_PROSE_WORDS && b->chars - b->links >= ITEM_UNLINKED)
        ld = LINK_DENSITY_MAX;
    /* (read of a paragraph up to half linked too: the article's span
     * may take it, page_span.c) */
    if (b->chars >= LENGTH_LOW && ld < 0.5f)
        sd = words ? (float)b->stops / (float)words : 0;

    b->sentence = sent;
    b->density = sd / scale;
    /* a paragraph of prose the page prints twice (a lead set again as
     * the standfirst) is judged as text: drop_repeats and drop_contained
     * keep one copy; shorter repeats (menus, labels) are chrome.  Prose:
     * a sentence rich in stopwords, or a long one (a language whose list
     * catches few of its words: "Yenimahalle Belediyesinin ... park
     * düzenlenen törenle açıldı.") */
    int chrome_repeat =
        b->repeated && b->chars < LENGTH_HIGH &&
        !(sent && (b->density >= STOP_HIGH || b->words >= PROSE_WORDS) &&
          nn_ends_sentence(text + l->off, l->len));
    if (!b->chars) {
        verdict(b, C_BAD, b->images ? NN_V_IMAGE : NN_V_MARKUP, -1);
    } else if (ld > LINK_DENSITY_MAX && b->kind == NN_LINE_ITEM) {
        verdict(b, C_BAD, NN_V_NAV_LIST, ld);
    } else if (ld > LINK_DENSITY_MAX) {
        verdict(b, C_BAD, NN_V_LINK_DENSITY, ld);
    } else if (chrome_repeat) {
        verdict(b, C_BAD, NN_V_REPEATED, -1);
        b->inset = b->first == b->last && nn_pg_ad_label(text + l->off, l->len);
    } else if (b->chars < LENGTH_LOW || letters(b, text, lines) < LENGTH_LOW) {
        if (b->links)
            verdict(b, C_BAD, NN_V_SHORT_LINK, ld);
        else
            verdict(b, C_SHORT, sent ? NN_V_SHORT : NN_V_SHORT_NO_PUNCT, -1);
    } else if (b->density >= STOP_HIGH && sent) {
        verdict(b, b->chars >= LENGTH_HIGH ? C_GOOD : C_NEAR, NN_V_ISOLATED,
                -1);
    } else if (b->density >= STOP_LOW) {
        verdict(b, C_NEAR, NN_V_ISOLATED, -1);
    } else if (article) {
        /* in the article's element, prose in a language or a register
         * (code, tables, names) the stopword list does not read */
        verdict(b, b->chars >= LENGTH_HIGH ? C_GOOD : C_NEAR, NN_V_STOPWORDS,
                sd);
    } else {
        verdict(b, C_BAD, NN_V_STOPWORDS, sd);
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
        if (x->kind == NN_LINE_HEADING || x->init == C_SHORT ||
            x->inset >= INSET_PICTURE)
            continue; /* (a picture, or a link to another story, stands
                         between its neighbours) */
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

int nn_pg_same_line(const block *b, size_t i, size_t k, const char *text,
                    const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first], *m = &lines[b[k].first];
    return b[k].first == b[k].last && m->len == l->len &&
           !memcmp(text + m->off, text + l->off, l->len);
}

#define LABEL_MAX 40 /* bytes of a list item's label before its colon */

const char *nn_pg_label_word(const block *b, const char *text,
                             const nn_line *lines, size_t *n)
{
    const nn_line *l = &lines[b->first];
    const char *s = text + l->off, *c;
    size_t k;
    if (b->first != b->last || b->kind != NN_LINE_TEXT ||
        !(c = nn_find(s, l->len < LABEL_MAX ? l->len : LABEL_MAX, ": ", 2)))
        return NULL;
    for (k = (size_t)(c - s); k > 0 && s[k - 1] != ' '; k--)
        ;
    *n = (size_t)(c - s) - k;
    return *n ? s + k : NULL;
}

/* Does good text follow heading i before the next heading, with at most
 * HEADING_REACH bytes of other text (bylines, captions) between?  Link text
 * and embeds do not count: share buttons are not distance. */
int nn_pg_good_after(const block *b, size_t nb, size_t i, int headings,
                     size_t reach)
{
    size_t k, dist = 0;
    for (k = i + 1; k < nb && k <= i + 64; k++) {
        /* a headline's standfirst may be a heading right under it */
        if (b[k].kind == NN_LINE_HEADING && !(headings && k == i + 1))
            return 0;
        if (b[k].cls == C_GOOD)
            return 1;
        /* under a headline, a long sentence sparse in stopwords (a
         * language whose list catches few words) is text too */
        if (headings && b[k].why == NN_V_STOPWORDS && b[k].sentence &&
            b[k].words >= 12 && !b[k].links && b[k].chars >= LENGTH_HIGH)
            return 1;
        /* (other stories' teasers the chrome step found do not count:
         * a "latest articles" box between the headline and the text) */
        if (!(b[k].chrome && b[k].why == NN_V_TEASER))
            dist += b[k].chars - b[k].links;
        if (dist > reach)
            return 0;
    }
    return 0;
}

/* Two patterns of article text that jusText's neighbour rules miss, both
 * found in how-to and explainer pieces:
 *  - a run of near-good blocks (short ones, headings and insets between
 *    are fine; nothing else bad: an advertisement's label printed after
 *    every few paragraphs is no chrome between them) with at least RUN_NEAR of them and RUN_CHARS bytes
 *    is text, not chrome: the steps of a recipe, a numbered explainer;
 *  - a list whose items hold no links, right before good text, is part of
 *    the article (ingredients, findings), wherever the list starts; but
 *    not a trail of a few sections' names above all the text. */
#define RUN_NEAR 3
#define RUN_CHARS 500

#define CRUMB_WORDS 2 /* words of a section's name in a trail at most */
#define CRUMB_ITEMS 2 /* names in such a trail (three are a podium) */

/* (page_int.h) */
int nn_pg_has_digit(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

static void runs(block *b, size_t nb, const char *text, const nn_line *lines)
{
    size_t i = 0, k;
    int above = 0; /* good text above */
    while (i < nb) {
        size_t j = i, nears = 0, chars = 0;
        while (j < nb && (b[j].kind == NN_LINE_HEADING || b[j].init == C_NEAR ||
                          b[j].init == C_SHORT || b[j].inset)) {
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
        int links = 0, words = 0;
        for (k = i; k < nb && b[k].kind == NN_LINE_ITEM; k++) {
            links |= b[k].links > 0 || b[k].init == C_BAD;
            words |= b[k].words > CRUMB_WORDS ||
                     nn_pg_has_digit(text + lines[b[k].first].off,
                                     lines[b[k].first].len);
        }
        if (k == i) {
            above |= b[k].cls == C_GOOD && b[k].kind != NN_LINE_HEADING;
            k++;
            continue;
        }
        /* (not a trail of sections over the text's start, "1. Regions" /
         * "2. Southland": two items of a word or two, no digit, no text,
         * heading or lead-in above) */
        if (!links && k < nb && k - i >= 2 &&
            (above || words || k - i > CRUMB_ITEMS ||
             (i > 0 && (b[i - 1].kind == NN_LINE_HEADING ||
                        nn_pg_leads_in(&b[i - 1], text, lines))))) {
            size_t g = k;
            while (g < nb && b[g].kind == NN_LINE_HEADING)
                g++;
            if (g < nb && b[g].cls == C_GOOD)
                for (; i < k; i++)
                    b[i].cls = C_GOOD;
        }
    }
}

static void context(block *b, size_t nb, const char *text, const nn_line *lines)
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
    runs(b, nb, text, lines);
    /* a heading stays when good text follows it before the next heading */
    for (i = nb; i-- > 0;) {
        const block *next = i + 1 < nb ? &b[i + 1] : NULL;
        if (b[i].kind != NN_LINE_HEADING)
            continue;
        b[i].why = NN_V_HEADING_NO_TEXT;
        b[i].cls =
            nn_pg_good_after(b, nb, i, 0, HEADING_REACH) ? C_GOOD : C_BAD;
        /* "## What broke" right above a kept "### 1. Ordering" */
        if (next && next->kind == NN_LINE_HEADING && next->cls == C_GOOD &&
            next->level > b[i].level)
            b[i].cls = C_GOOD;
    }
}

/* Is some block, not a heading, article text? */
int nn_pg_kept_text(const block *b, size_t nb)
{
    size_t i;
    for (i = 0; i < nb; i++)
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            return 1;
    return 0;
}

/* Sort the hashes a[0..n) ascending: in place, a few at a time, for the
 * tens of blocks of most pages (no call a comparison); qsort beyond. */
#define FEW_HASHES 48

static void sort_hashes(uint64_t *a, size_t n)
{
    size_t i, j;
    if (n > FEW_HASHES) {
        qsort(a, n, sizeof *a, cmp_u64);
        return;
    }
    for (i = 1; i < n; i++) {
        uint64_t x = a[i];
        for (j = i; j > 0 && a[j - 1] > x; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

/* Does h occur twice or more in the sorted a[0..n)? */
static int held_twice(const uint64_t *a, size_t n, uint64_t h)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first at or above h */
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo + 1 < n && a[lo] == h && a[lo + 1] == h;
}

/* A line printed twice on the page (a site banner, a menu entry; a
 * headline in the page title and above the text) is marked repeated. */
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
    sort_hashes(pg->hash, n);
    for (i = 0; i < pg->nb; i++) {
        uint64_t h = pg->hash[pg->nb + i];
        if (h && held_twice(pg->hash, n, h))
            pg->b[i].repeated = 1;
    }
}

void nn_pg_keep_article(block *b, size_t nb)
{
    size_t i;
    for (i = 0; i < nb; i++)
        if (b[i].cls == C_BAD && b[i].kind != NN_LINE_HEADING &&
            b[i].value != -2 &&
            (b[i].why == NN_V_SHORT || b[i].why == NN_V_SHORT_NO_PUNCT ||
             b[i].why == NN_V_ISOLATED || b[i].why == NN_V_STOPWORDS ||
             b[i].why == NN_V_TEASER ||
             (b[i].why == NN_V_HEAD_LINE && b[i].chars >= LENGTH_LOW)))
            b[i].cls = C_GOOD;
}

/* Is line text s (n bytes) one text twice over ("X.X", "X X"), as a
 * picture's alternative text and title glued by a scraper are?  The
 * half's length, or 0. */
static size_t doubled(const char *s, size_t n)
{
    size_t h = n / 2;
    if (n < 2 * DOUBLED_MIN)
        return 0;
    if (n % 2 == 0 && !memcmp(s, s + h, h))
        return h;
    if (n % 2 == 1 && s[h] == ' ' && !memcmp(s, s + h + 1, h))
        return h;
    return 0;
}

/* A line that is one text twice over is a picture's, not prose; so is
 * each line of that text alone within a few blocks of it (the caption
 * under the picture). */
static void mark_doubled(block *b, size_t nb, const char *text,
                         const nn_line *lines)
{
    size_t i, k, h;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].first != b[i].last || b[i].kind == NN_LINE_HEADING ||
            !(h = doubled(text + l->off, l->len)))
            continue;
        verdict(&b[i], C_BAD, NN_V_REPEATED, -1);
        b[i].inset = INSET_PICTURE;
        for (k = i > DOUBLED_REACH ? i - DOUBLED_REACH : 0;
             k < nb && k <= i + DOUBLED_REACH; k++) {
            const nn_line *m = &lines[b[k].first];
            if (b[k].first == b[k].last && m->len == h &&
                !memcmp(text + m->off, text + l->off, h)) {
                verdict(&b[k], C_BAD, NN_V_REPEATED, -1);
                b[k].inset = 1;
            }
        }
    }
}

#define TWIN_CAPTION_MAX 100 /* bytes of a caption printed twice */

/* Are blocks i and i + 1 one short line printed twice, one right under
 * the other, on touching lines (a caption's length) or over a photo's
 * credit ("Jalan berlubang di Kecamatan Beruntung Baru." twice; "Zeigt,
 * ..." twice over "Foto: Gottfried Evers")?  (A lead printed twice blank
 * lines apart, with no credit under it, is the standfirst and the text's
 * first paragraph.) */
static int twins(const block *b, size_t nb, size_t i, const char *text,
                 const nn_line *lines)
{
    const nn_line *l, *m, *c;
    if (i + 1 >= nb || b[i].first != b[i].last ||
        b[i + 1].first != b[i + 1].last || b[i].kind != NN_LINE_TEXT ||
        b[i + 1].kind != NN_LINE_TEXT || b[i].chars >= LENGTH_HIGH)
        return 0;
    l = &lines[b[i].first];
    m = &lines[b[i + 1].first];
    if (l->len != m->len || memcmp(text + l->off, text + m->off, l->len))
        return 0;
    if (b[i + 1].first == b[i].first + 1)
        return b[i].chars < TWIN_CAPTION_MAX; /* (a longer sentence twice
                                                 is a scraper's doubling) */
    if (i + 2 >= nb || b[i + 2].first != b[i + 2].last)
        return 0;
    c = &lines[b[i + 2].first];
    return nn_pg_credit_line(text + c->off, c->len);
}

/* A short line printed twice, one copy right under the other, is a
 * picture's alternative text over its caption, both the picture's (a
 * line that chrome's verdict has already is left to it); not where the
 * blocks around are twins too (a scrape that prints every paragraph
 * twice). */
static void mark_twins(block *b, size_t nb, const char *text,
                       const nn_line *lines)
{
    size_t i, k;
    for (i = 0; i + 1 < nb; i++) {
        if (!twins(b, nb, i, text, lines) || b[i].cls == C_BAD ||
            (i >= 2 && twins(b, nb, i - 2, text, lines)) ||
            twins(b, nb, i + 2, text, lines))
            continue;
        for (k = i; k <= i + 1; k++)
            verdict(&b[k], C_BAD, NN_V_REPEATED, -1);
        i++;
    }
}

/* Do near-good sentences outweigh the good text on the page? */
static int near_outweighs(const block *b, size_t nb)
{
    size_t i, good = 0, near = 0;
    for (i = 0; i < nb; i++) {
        if (b[i].kind == NN_LINE_HEADING)
            continue;
        if (b[i].cls == C_GOOD)
            good += b[i].chars;
        else if (b[i].init == C_NEAR && b[i].sentence)
            near += b[i].chars;
    }
    return near > good;
}

/* The end of the run of lines from block i whose labels before their
 * colon end in one word and differ before it ("Kemalöz Mahallesi: ..." /
 * "Kuyucak Mahallesi: ..."; not a caption printed twice, "GLORIOUS
 * YORKSHIRE: ..." / "GLORIOUS YORKSHIRE: ..."), i: none. */
static size_t labelled_end(const block *b, size_t nb, size_t i,
                           const char *text, const nn_line *lines)
{
    const char *w, *v, *p;
    size_t j, n, m, pl;
    if (!(w = nn_pg_label_word(&b[i], text, lines, &n)))
        return i;
    p = text + lines[b[i].first].off;
    pl = (size_t)(w - p) + n; /* the whole label */
    for (j = i + 1; j < nb; j++) {
        const char *q = text + lines[b[j].first].off;
        if (!(v = nn_pg_label_word(&b[j], text, lines, &m)) || m != n ||
            memcmp(v, w, n) != 0 ||
            ((size_t)(v - q) + m == pl && !memcmp(q, p, pl)))
            break;
        p = q;
        pl = (size_t)(v - q) + m;
    }
    return j;
}

/* Does block b read as a lead-in to a list: prose (good or near good)
 * whose last line ends in a colon ("... broken down by district as
 * follows:", "... bölgeler şöyle sıralandı:")? */
static int lead_in_block(const block *b, const char *text, const nn_line *lines)
{
    const nn_line *l = &lines[b->last];
    size_t n = l->len;
    while (n && text[l->off + n - 1] == ' ')
        n--;
    return b->kind != NN_LINE_HEADING &&
           (b->init == C_GOOD || b->init == C_NEAR) && n &&
           text[l->off + n - 1] == ':';
}

/* Under a lead-in and over a paragraph, a run of two lines or more
 * labelled with the same word is the article's list, its items one a
 * line ("Kona District: 2 persons arrested" / "Puna District: 1 person
 * arrested"), however few their stopwords: near good, so that the
 * paragraphs around keep them.  (Not without the lead-in: "News Editor:
 * ..." / "Sports Editor: ...", "Photo Credit: ..." / "Video Credit: ...",
 * "Simak Juga: ..." between paragraphs are the page's.) */
static void labelled_lists(block *b, size_t nb, const char *text,
                           const nn_line *lines)
{
    size_t i, j, k;
    for (i = 1; i<nb; i = j> i ? j : i + 1) {
        j = labelled_end(b, nb, i, text, lines);
        if (j - i >= 2 && j < nb && lead_in_block(&b[i - 1], text, lines) &&
            b[j].kind != NN_LINE_HEADING &&
            (b[j].init == C_GOOD || b[j].init == C_NEAR))
            for (k = i; k < j; k++) {
                b[k].init = b[k].cls = C_NEAR;
                b[k].listed = 1;
            }
    }
}

#define LOWER_ITEM_WORDS 12 /* words of an item that goes on a lead-in */

/* Is block k an item that carries on its lead-in's sentence: one line of
 * text, unlinked, a few words, in lower case ("drinking", "brushing
 * teeth; or")? */
static int lower_item(const block *b, const char *text, const nn_line *lines)
{
    const nn_line *l = &lines[b->first];
    return b->first == b->last && b->kind == NN_LINE_TEXT && !b->links &&
           b->words <= LOWER_ITEM_WORDS &&
           nn_starts_lower(text + l->off, l->len);
}

/* Under a lead-in, a run of two items or more in lower case, one a line,
 * that carry its sentence on ("... boil all water for at least 1 minute
 * before using water for:" / "drinking" / "preparing infant formula" /
 * ... / "any other activity requiring human consumption."): the
 * article's list, near good, when its last item ends the sentence or
 * text follows it. */
static void lower_case_lists(block *b, size_t nb, const char *text,
                             const nn_line *lines)
{
    size_t i, j, k;
    for (i = 1; i < nb; i++) {
        if (!lead_in_block(&b[i - 1], text, lines))
            continue;
        for (j = i; j < nb && lower_item(&b[j], text, lines); j++)
            ;
        if (j - i < 2 || !(nn_ends_sentence(text + lines[b[j - 1].first].off,
                                            lines[b[j - 1].first].len) ||
                           (j < nb && b[j].kind != NN_LINE_HEADING &&
                            (b[j].init == C_GOOD || b[j].init == C_NEAR))))
            continue;
        for (k = i; k < j; k++) {
            b[k].init = b[k].cls = C_NEAR;
            b[k].listed = 1;
        }
        i = j;
    }
}

/* A "read also" label on a line of its own between paragraphs, alone or
 * glued to the headlines it links, no full stop ("Leia também:", "Baca
 * Juga:Ratusan Warga Antusias Serbu Pasar Murah ...KuninganAngin Kencang
 * Hantam ..."): a link to other stories set into the text, which its
 * neighbours read across. */
static void read_also_insets(block *b, size_t nb, const char *text,
                             const nn_line *lines)
{
    size_t i;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const char *s = text + l->off, *c;
        const end_marker *m;
        size_t at; /* past the colon and a blank */
        if (b[i].first != b[i].last || b[i].kind != NN_LINE_TEXT ||
            b[i].sentence || l->len < 8 ||
            !(c = memchr(s, ':', l->len < 40 ? l->len : 40)) ||
            !(m = nn_pg_end_marker(s, l->len)) || m->kind != NN_V_RELATED)
            continue;
        at = (size_t)(c - s) + 1;
        at += at < l->len && s[at] == ' ';
        if (at > strlen(m->phrase) + 2 ||
            (at < l->len && !nn_starts_upper(s + at, l->len - at)))
            continue; /* (the label alone, "Leia também:", is one too) */
        verdict(&b[i], C_BAD, NN_V_RELATED, -1);
        b[i].inset = INSET_LINK;
    }
}

void nn_pg_judge_blocks(nn_page *pg, const char *text, const nn_line *lines)
{
    float scale;
    size_t i;
    mark_repeats(pg, text, lines);
    scale = nn_pg_stop_scale(pg->lang); /* once a page, not once a block */
    for (i = 0; i < pg->nb; i++)
        judge(&pg->b[i], text, lines, scale, pg->article);
    mark_doubled(pg->b, pg->nb, text, lines);
    mark_twins(pg->b, pg->nb, text, lines);
    read_also_insets(pg->b, pg->nb, text, lines);
    labelled_lists(pg->b, pg->nb, text, lines);
    lower_case_lists(pg->b, pg->nb, text, lines);
    context(pg->b, pg->nb, text, lines);
    if (!nn_pg_kept_text(pg->b, pg->nb) || near_outweighs(pg->b, pg->nb)) {
        /* a short piece (a news brief): no block is long enough to be
         * good; its near-good sentences are the article; so they are
         * when they outweigh the good text (an article of short
         * paragraphs, a summary of another story under it) */
        for (i = 0; i < pg->nb; i++)
            if (pg->b[i].init == C_NEAR && pg->b[i].sentence &&
                pg->b[i].kind != NN_LINE_HEADING)
                pg->b[i].init = pg->b[i].cls = C_GOOD;
        context(pg->b, pg->nb, text, lines);
    }
}
