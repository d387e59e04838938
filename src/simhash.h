/* simhash.h - the sketch --dedup compares beside the SimHash: simhash.c
 * makes it, dedup.c compares it; and the SimHash of words given one at a
 * time, for record.c.  Private to those files. */
#ifndef NN_SIMHASH_H
#define NN_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

#define NN_SKETCH_BINS 96   /* minhashes, 2 bits each */
#define NN_PARA_KEYS 4      /* paragraph keys a body has at most */
#define NN_PARA_MIN_WORDS 8 /* a shorter paragraph gives no key */
typedef struct nn_sketch {
    uint8_t bins[NN_SKETCH_BINS / 4]; /* bin j: bits 2 (j % 4).. of j / 4 */
    uint32_t key[NN_PARA_KEYS];       /* the smallest paragraph hashes */
    unsigned nkeys;
} nn_sketch;
/* The sketch of s's words into *out; returns nn_simhash(s, len). */
unsigned long long nn_sketch_text(const char *s, size_t len, nn_sketch *out);
/* Bins of two sketches' bins[] that agree, 0-96: about 96 (r + (1 - r)
 * / 4), r the resemblance of the two texts' shingle sets. */
unsigned nn_sketch_agree(const uint8_t *a, const uint8_t *b);

/* nn_simhash() of words given one at a time, each as the FNV-1a (64 bits,
 * from its offset basis) of its bytes in lower case, as nn_simhash()
 * reads them: record.c hashes a body's words so for the fingerprint's
 * pass, and the SimHash needs no pass of its own. */
typedef struct nn_simhash_acc {
    uint64_t acc[8]; /* acc[k] byte j: bit 8k + j, since the last flush */
    uint32_t ones[64];
    uint32_t n;       /* shingles in all */
    unsigned pending; /* shingles in acc */
    uint64_t w[3];    /* the last three words' hashes */
    size_t words;
} nn_simhash_acc;
void nn_simhash_begin(nn_simhash_acc *a);
void nn_simhash_words(nn_simhash_acc *a, const uint64_t *h, size_t n);
unsigned long long nn_simhash_end(nn_simhash_acc *a);

#endif
