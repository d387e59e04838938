/* lang_probe.h - the probe of the stopword lists' hashed union, inline:
 * language detection (lang.c) and a page's stopword counts (page.c) look
 * up most words of most pages this way, one call a word saved.  Private
 * to the library; include it after build/stopwords.h, which declares
 * the tables it reads (nn_lang_words, nn_lang_slots: constant, defined in
 * lang.c) and their sizes. */
#ifndef NN_LANG_PROBE_H
#define NN_LANG_PROBE_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"

/* Folded words of NN_LANG_WORD_MAX bytes or more are never stopwords (the
 * Makefile refuses list words of more than 63 bytes). */
#define NN_LANG_WORD_MAX 64

/* The languages (bit i = language i) of the word w (n bytes) whose hash
 * is h (NN_LANG_HASH_STEP over its folded bytes), 0 for none.  With fold,
 * w is compared with its ASCII capitals folded, else as it is.  The hash
 * is the Makefile's: the top bits of h for the slot, linear probing; a
 * slot holds bits 3-18 of the hash of its word above the word's index +
 * 1. */
static inline uint32_t nn_lang_probe(const char *w, size_t n, uint32_t h,
                                     int fold)
{
    uint32_t tag;
    size_t i, s;
    if (!n || n >= NN_LANG_WORD_MAX)
        return 0;
    s = h >> NN_LANG_SHIFT;
    tag = (h >> 3) & 0xFFFFu;
    for (;;) {
        uint32_t v = nn_lang_slots[s];
        if (!v)
            return 0;
        if (v >> 16 == tag) {
            const struct nn_lang_word *e = &nn_lang_words[(v & 0xFFFFu) - 1];
            if (e->len == n) {
                for (i = 0; i < n; i++) {
                    unsigned char c = (unsigned char)w[i];
                    if (fold && (unsigned)(c - 'A') < 26u)
                        c |= 0x20;
                    if ((unsigned char)e->w[i] != c)
                        break;
                }
                if (i == n)
                    return e->mask;
            }
        }
        s = (s + 1) & (NN_LANG_SLOTS - 1);
    }
}

#endif
