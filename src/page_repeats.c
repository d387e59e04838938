/* page_repeats.c - the page stage's last step, after the span: what the
 * page prints twice goes once (a paragraph repeated, the headline again
 * in other case, a standfirst the lead holds whole). */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>

/* A paragraph the page prints twice (a scraper's repeat, a pull quote
 * set as a paragraph) is kept once: the later copies go.  Only the first
 * REPEAT_MAX repeated blocks are compared (pairwise, so bounded). */
#define REPEAT_MAX 64

void nn_pg_drop_repeats(block *b, size_t nb, const char *text,
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
            if (m->len == l->len &&
                !memcmp(text + m->off, text + l->off, l->len)) {
                b[i].cls = C_BAD;
                b[i].why = NN_V_REPEATED;
                b[i].value = -1;
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
