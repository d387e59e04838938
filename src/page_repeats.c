/* page_repeats.c - the page stage's last step, after the span: what the
 * page prints twice goes once (a paragraph repeated, the headline again
 * in other case, a standfirst the lead holds whole or nearly). */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <stdint.h>
#include <string.h>

/* A paragraph the page prints twice (a scraper's repeat, a pull quote
 * set as a paragraph) is kept once: the later copies go.  Only the first
 * REPEAT_MAX repeated blocks are compared (pairwise, so bounded). */
#define REPEAT_MAX 64

#define HEAD_DATED_REACH 3 /* blocks under a standfirst its date line is in */

/* Is block i a standfirst: right under the headline (line title), with
 * the head's date line or byline under it ("The stir was called off
 * ..." / "Published: 10th November 2020 10:39 AM | ..." / "By Express
 * News Service")?  A copy of it in the text is the text's own. */
static int standfirst(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines, size_t title)
{
    size_t k;
    nn_date_hit hit;
    if (title == SIZE_MAX || i == 0 || b[i - 1].last != title ||
        b[i].first != b[i].last)
        return 0;
    for (k = i + 1; k < nb && k <= i + HEAD_DATED_REACH; k++) {
        const nn_line *l = &lines[b[k].first];
        const char *s = text + l->off;
        if (b[k].first != b[k].last || b[k].words > 24)
            return 0;
        if ((l->len > 3 && !memcmp(s, "By ", 3)) ||
            (nn_date_may_hold(s, l->len, 0) &&
             nn_date_find(s, l->len, &hit, 1) > 0 && hit.iso[0]))
            return 1;
    }
    return 0;
}

/* Is block i, the page's first paragraph of text, printed again at
 * block j further down, with a paragraph of its own between them (not
 * a repeat: not a whole text printed twice)?  The first copy is the
 * page's description ("Durante un recorrido ..." over "Ciudad de Panamá,
 * Panamá/La falta de agua ..." and the same paragraph again under it):
 * the text's own copy stands in its place. */
static int described_first(const block *b, size_t i, size_t j)
{
    size_t k;
    for (k = 0; k < i; k++)
        if (b[k].cls == C_GOOD && b[k].kind != NN_LINE_HEADING)
            return 0;
    return i + 1 < j && b[i + 1].cls == C_GOOD && !b[i + 1].repeated &&
           b[i + 1].kind == NN_LINE_TEXT;
}

void nn_pg_drop_repeats(block *b, size_t nb, const char *text,
                        const nn_line *lines, size_t title)
{
    size_t i, k, seen = 0;
    size_t idx[REPEAT_MAX];
    for (i = 0; i < nb && seen < REPEAT_MAX; i++) {
        const nn_line *l = &lines[b[i].first];
        if (!b[i].repeated || b[i].cls != C_GOOD)
            continue;
        for (k = 0; k < seen; k++) {
            const nn_line *m = &lines[b[idx[k]].first];
            if (m->len == l->len &&
                !memcmp(text + m->off, text + l->off, l->len)) {
                /* the later copy goes; of a standfirst or a
                 * description, the first */
                block *d = standfirst(b, nb, idx[k], text, lines, title) ||
                                   described_first(b, idx[k], i)
                               ? &b[idx[k]]
                               : &b[i];
                d->cls = C_BAD;
                d->why = NN_V_REPEATED;
                d->value = -1;
                break;
            }
        }
        if (k == seen)
            idx[seen++] = i;
    }
}

/* The headline printed again in other case ("HAŞIL EFENDİ PARKI AÇILDI"
 * over the lead, "Haşıl Efendi Parkı Açıldı" under it): the copy goes.
 * Only lines of about the headline's length are compared. */
void nn_pg_drop_headline_copies(block *b, size_t nb, const char *text,
                                const nn_line *lines, size_t title)
{
    size_t i, tl;
    if (title == SIZE_MAX)
        return;
    tl = lines[title].len;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].cls != C_GOOD || b[i].first != b[i].last ||
            b[i].first == title || l->len * 4 < tl * 3 ||
            l->len * 4 > tl * 5 + 16 ||
            !nn_same_folded(text + l->off, l->len, text + lines[title].off, tl))
            continue;
        b[i].cls = C_BAD;
        b[i].why = NN_V_REPEATED;
        b[i].value = -1;
    }
}

#define NEAR_WORDS 100 /* words of a paragraph compared for a near copy */
#define NEAR_PREFIX 24 /* bytes two near copies open with alike */

/* A byte of a word: an ASCII letter or digit, or any byte of UTF-8. */
static int word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') ||
           ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The words of line text s (at most max) as hashes: ASCII letters folded,
 * apostrophes left out ("Yukon's" and "Yukons" are one word), every other
 * byte that is no letter or digit of ASCII and no UTF-8 a separator. */
static size_t word_hashes(const char *s, size_t n, uint32_t *h, size_t max)
{
    size_t i = 0, nw = 0;
    while (i < n && nw < max) {
        uint32_t x = 2166136261u;
        int any = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '\'')
                continue;
            if (c == 0xE2 && i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3)) {
                i += 2; /* ’ */
                continue;
            }
            if (!word_byte(c))
                break;
            x = (x ^ (c < 0x80 ? (c | 0x20) : c)) * 16777619u;
            any = 1;
        }
        if (any)
            h[nw++] = x;
        while (i < n && !word_byte((unsigned char)s[i]))
            i++; /* to the next word */
    }
    return nw;
}

/* How many of a's words b holds in the same order, others between them
 * allowed (the longest common subsequence, two rows; na, nb <=
 * NEAR_WORDS). */
static size_t common_words(const uint32_t *a, size_t na, const uint32_t *b,
                           size_t nb)
{
    unsigned short row[2][NEAR_WORDS + 1];
    size_t i, j;
    memset(row, 0, sizeof row);
    for (i = 1; i <= na; i++) {
        unsigned short *cur = row[i & 1], *prev = row[(i - 1) & 1];
        cur[0] = 0;
        for (j = 1; j <= nb; j++)
            cur[j] = a[i - 1] == b[j - 1]   ? (unsigned short)(prev[j - 1] + 1)
                     : prev[j] > cur[j - 1] ? prev[j]
                                            : cur[j - 1];
    }
    return row[na & 1][nb];
}

/* Is line l nearly a copy of the opening of line m below it (a
 * standfirst the lead says again with a word changed or an apostrophe
 * lost)?  Both open alike; nine in ten of l's words (eight or more)
 * stand in m's opening in the same order. */
static int near_copy(const char *text, const nn_line *l, const nn_line *m)
{
    uint32_t a[NEAR_WORDS], b[NEAR_WORDS];
    size_t na, nb;
    if (l->len < 60 || m->len * 5 < l->len * 4 || l->len > COPY_MAX ||
        memcmp(text + l->off, text + m->off, NEAR_PREFIX))
        return 0;
    na = word_hashes(text + l->off, l->len, a, NEAR_WORDS);
    nb = word_hashes(text + m->off, m->len, b, NEAR_WORDS);
    if (nb > na + na / 10 + 1)
        nb = na + na / 10 + 1; /* m's opening: a word in ten more */
    return na >= 8 && na < NEAR_WORDS &&
           common_words(a, na, b, nb) * 10 >= na * 9;
}

/* Is the paragraph of block i nearly a copy of the few paragraphs right
 * below it, run together (a page's summary that joins its standfirst, a
 * caption and the lead: "В ближайшее время ... работ. Фотография ©: ...
 * В Холмском районе ..." over the three)?  The first of them opens as it
 * does; nine in ten of its words stand in their opening in order. */
static int near_copy_run(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines)
{
    uint32_t a[NEAR_WORDS], w[NEAR_WORDS];
    const nn_line *l = &lines[b[i].first];
    size_t na, nw = 0, k, want;
    if (i + 2 >= nb || l->len < 60 || l->len > COPY_MAX ||
        lines[b[i + 1].first].len < NEAR_PREFIX ||
        memcmp(text + l->off, text + lines[b[i + 1].first].off, NEAR_PREFIX))
        return 0;
    na = word_hashes(text + l->off, l->len, a, NEAR_WORDS);
    if (na < 8 || na >= NEAR_WORDS)
        return 0;
    want = na + na / 10 + 1;
    if (want > NEAR_WORDS)
        want = NEAR_WORDS;
    for (k = i + 1; k < nb && k <= i + 4 && nw < want; k++) {
        const nn_line *m = &lines[b[k].first];
        if (b[k].first != b[k].last ||
            (m->len == l->len && !memcmp(text + m->off, text + l->off, l->len)))
            return 0; /* (its copy, gone as one: this one stays) */
        nw += word_hashes(text + m->off, m->len, w + nw, want - nw);
    }
    return k > i + 2 && common_words(a, na, w, nw) * 10 >= na * 9;
}

/* Do lines a and b have the same second word (bytes up to a blank)? */
static int same_second_word(const char *a, size_t an, const char *b, size_t bn)
{
    const char *x = memchr(a, ' ', an), *y = memchr(b, ' ', bn);
    size_t k = 0;
    if (!x || !y)
        return 0;
    x++, y++;
    an -= (size_t)(x - a);
    bn -= (size_t)(y - b);
    while (k < an && k < bn && x[k] == y[k] && x[k] != ' ')
        k++;
    return k > 0 && (k == an || x[k] == ' ') && (k == bn || y[k] == ' ');
}

/* The headline and the standfirst under it printed again below as one
 * paragraph (an image's caption or the page's description: "Autodemozione
 * in fiamme a Domicella, indagano i Carabinieri. Il fuoco si era ..."),
 * nearly: three in four of the headline's words open it in order, and
 * nine in ten of its words stand in the two in order.  A lead that says
 * the headline again goes on with words of its own. */
static void drop_head_copies(block *b, size_t nb, const char *text,
                             const nn_line *lines, size_t title)
{
    uint32_t hs[NEAR_WORDS], w[NEAR_WORDS];
    size_t i, nh = 0, nt, nw, sf;
    const nn_line *st;
    for (sf = 0; sf < nb && b[sf].first <= title; sf++)
        ;
    if (sf + 1 >= nb || b[sf].first != b[sf].last)
        return;
    st = &lines[b[sf].first];
    nt = word_hashes(text + lines[title].off, lines[title].len, hs,
                     NEAR_WORDS / 2);
    if (nt < 4)
        return;
    for (i = sf + 1; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].cls != C_GOOD || b[i].first != b[i].last ||
            b[i].kind != NN_LINE_TEXT || l->len > COPY_MAX ||
            l->len < lines[title].len)
            continue;
        /* the opening first, its second word as the headline's (the
         * first may be misspelt), then two of its first three words:
         * most paragraphs fail there */
        if (!same_second_word(text + l->off, l->len, text + lines[title].off,
                              lines[title].len) ||
            word_hashes(text + l->off, l->len, w, 3) < 3 ||
            !((w[0] == hs[0] && w[1] == hs[1]) ||
              (w[1] == hs[1] && w[2] == hs[2])) ||
            word_hashes(text + l->off, l->len, w, nt + 1) < nt + 1 ||
            common_words(hs, nt, w, nt + 1) * 4 < nt * 3)
            continue;
        if (!nh)
            nh = nt +
                 word_hashes(text + st->off, st->len, hs + nt, NEAR_WORDS - nt);
        nw = word_hashes(text + l->off, l->len, w, NEAR_WORDS);
        if (nh < nt + 4 || nw < nt + 4 || nw >= NEAR_WORDS ||
            common_words(w, nw, hs, nh) * 10 < nw * 9)
            continue;
        b[i].cls = C_BAD;
        b[i].why = NN_V_REPEATED;
        b[i].value = -1;
    }
}

/* The article's first paragraph, when the page prints it nearly again in
 * one of the next 8 (a standfirst the lead repeats: "... reduzir riscos
 * ... pessoas" over "... reduzir riscos ... pessoas."): the standfirst
 * goes.  Only the first (list items and steps alike are no copies). */
void nn_pg_drop_near_copies(block *b, size_t nb, const char *text,
                            const nn_line *lines, size_t title)
{
    size_t i, k;
    if (title != SIZE_MAX)
        drop_head_copies(b, nb, text, lines, title);
    for (i = 0; i < nb; i++)
        if (b[i].cls != C_BAD && (title == SIZE_MAX || b[i].first > title))
            break;
    if (i == nb || b[i].first != b[i].last || b[i].kind != NN_LINE_TEXT)
        return;
    for (k = i + 1; k < nb && k <= i + 8; k++)
        if (b[k].cls != C_BAD &&
            near_copy(text, &lines[b[i].first], &lines[b[k].first])) {
            b[i].cls = C_BAD;
            b[i].why = NN_V_REPEATED;
            b[i].value = -1;
            return;
        }
    if (near_copy_run(b, nb, i, text, lines)) {
        b[i].cls = C_BAD;
        b[i].why = NN_V_REPEATED;
        b[i].value = -1;
    }
}

/* A paragraph the page prints again inside a longer one below it (a
 * standfirst that is the lead's first sentence, a description above the
 * article): the shorter copy goes, so that the article says it once.
 * Not the headline (the title may be the lead's opening). */
void nn_pg_drop_contained(block *b, size_t nb, const char *text,
                          const nn_line *lines, size_t title)
{
    size_t i;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].cls == C_BAD || b[i].first != b[i].last ||
            b[i].first == title || b[i].kind == NN_LINE_HEADING ||
            !nn_ends_sentence(text + l->off, l->len) ||
            !nn_pg_copied_below(b, nb, i, text, lines, l->len, 1))
            continue;
        b[i].cls = C_BAD;
        b[i].why = NN_V_REPEATED;
        b[i].value = -1;
    }
}
