/* simhash.c - the body's near-duplicate signatures: the SimHash every
 * record carries, and the sketch --dedup compares (dedup.c keeps them).
 *
 * The SimHash (nn_simhash, documented in newsnorm.h): word 3-shingles,
 * each a 64-bit hash; bit i is the majority of the shingles' bit i.  The
 * majority is counted eight bits at a time: each byte of a shingle's hash
 * is spread into a 64-bit word holding one counter byte per bit (a table
 * of 256 words), added into eight such words, which are emptied into wide
 * counters every 255 shingles, before a byte can overflow.
 *
 * Why a sketch beside it.  A SimHash bit flips with a probability of about
 * theta / pi, theta the angle between the two bodies' shingle vectors, so
 * one paragraph in nine replaced (a resemblance of about 0.8) moves about
 * 9 of 64 bits, and 1% of such pairs 18 or more: no distance separates
 * them from unrelated bodies (32 +- 4) without marking some of those.  The
 * sketch measures the resemblance itself (Broder): the share of the two
 * bodies' shingles that both have, |A n B| / |A u B|.
 *
 *  - 96 minhashes by one permutation (Li, Owen and Zhang 2012): a
 *    shingle's hash picks one of 96 bins by its top 32 bits, and a bin
 *    keeps the smallest of the bottom 32; an empty bin (a body of fewer
 *    than about 450 shingles has some) takes the next full bin's, mixed
 *    with the distance to it (densification by rotation, Shrivastava and
 *    Li 2014).  Two bodies' bins agree with a probability equal to their
 *    resemblance.  Only the low 2 bits of each are kept (b-bit minhash,
 *    Li and Koenig 2010): 24 bytes, equal by chance one time in four
 *    more.  For the same 24 bytes, 48 bins of 4 bits estimate a
 *    resemblance of 1/2 with a standard deviation of 0.077, 96 of 2 bits
 *    with 0.066.
 *  - the paragraph keys: the NN_PARA_KEYS smallest hashes of the
 *    paragraphs (text between blank lines) of at least NN_PARA_MIN_WORDS
 *    words, of their words in order.  They are how dedup.c finds
 *    candidates to compare: two bodies share a key whenever they share a
 *    paragraph and each has fewer than NN_PARA_KEYS paragraphs the other
 *    lacks (the keys of each are a prefix of the sorted shared paragraphs,
 *    so both hold the smallest).  A dateline, a footer, an edited or a
 *    replaced paragraph is one. */
#include "internal.h"
#include "simhash.h"
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>

#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t rotl(uint64_t x, int r)
{
    return x << r | x >> (64 - r);
}

static uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

/* spread[b]: bit j of b in byte j (bits 8j..8j+7) of a 64-bit word. */
#define SB(n, j) (((uint64_t)(n) >> (j)&1) << (8 * (j)))
#define SP(n)                                                                  \
    (SB(n, 0) | SB(n, 1) | SB(n, 2) | SB(n, 3) | SB(n, 4) | SB(n, 5) |         \
     SB(n, 6) | SB(n, 7))
#define R4(n) SP(n), SP((n) + 1), SP((n) + 2), SP((n) + 3)
#define R16(n) R4(n), R4((n) + 4), R4((n) + 8), R4((n) + 12)
#define R64(n) R16(n), R16((n) + 16), R16((n) + 32), R16((n) + 48)
static const uint64_t spread[256] = {R64(0), R64(64), R64(128), R64(192)};
#undef SB
#undef SP
#undef R4
#undef R16
#undef R64

typedef nn_simhash_acc counter;

static void flush(counter *c)
{
    int k, j;
    for (k = 0; k < 8; k++) {
        uint64_t w = c->acc[k];
        for (j = 0; j < 8; j++)
            c->ones[8 * k + j] += (uint32_t)(w >> (8 * j) & 0xFF);
        c->acc[k] = 0;
    }
    c->pending = 0;
}

static void add(counter *c, uint64_t h)
{
    /* unrolled: a loop's counting costs as much as the adds */
    c->acc[0] += spread[h & 0xFF];
    c->acc[1] += spread[h >> 8 & 0xFF];
    c->acc[2] += spread[h >> 16 & 0xFF];
    c->acc[3] += spread[h >> 24 & 0xFF];
    c->acc[4] += spread[h >> 32 & 0xFF];
    c->acc[5] += spread[h >> 40 & 0xFF];
    c->acc[6] += spread[h >> 48 & 0xFF];
    c->acc[7] += spread[h >> 56];
    c->n++;
    if (++c->pending == 255)
        flush(c);
}

static uint64_t shingle(const uint64_t w[3])
{
    return fmix64(w[0] ^ rotl(w[1], 21) ^ rotl(w[2], 42));
}

/* The sketch being built: the bins' minima and the current paragraph. */
typedef struct sketcher {
    uint32_t min[NN_SKETCH_BINS];
    uint64_t para; /* the paragraph's hash so far */
    size_t para_words;
    nn_sketch *out;
} sketcher;

/* The top half of h picks the bin, the bottom half is the value. */
static void sketch_shingle(sketcher *k, uint64_t h)
{
    uint32_t *m = &k->min[(h >> 32) * NN_SKETCH_BINS >> 32];
    if ((uint32_t)h < *m)
        *m = (uint32_t)h;
}

/* The paragraph ended: its key joins the smallest NN_PARA_KEYS (sorted,
 * no repeats). */
static void sketch_paragraph(sketcher *k)
{
    nn_sketch *s = k->out;
    uint32_t key = (uint32_t)(fmix64(k->para) >> 32);
    unsigned i;
    if (k->para_words >= NN_PARA_MIN_WORDS) {
        for (i = 0; i < s->nkeys && s->key[i] < key; i++)
            ;
        if (i < NN_PARA_KEYS && (i == s->nkeys || s->key[i] != key)) {
            if (s->nkeys < NN_PARA_KEYS)
                s->nkeys++;
            memmove(&s->key[i + 1], &s->key[i],
                    (s->nkeys - 1 - i) * sizeof s->key[0]);
            s->key[i] = key;
        }
    }
    k->para = FNV_OFFSET;
    k->para_words = 0;
}

static void sketch_finish(sketcher *k)
{
    unsigned j, t;
    memset(k->out->bins, 0, sizeof k->out->bins);
    for (j = 0; j < NN_SKETCH_BINS; j++) {
        uint64_t v = k->min[j];
        for (t = 1; v == UINT32_MAX && t < NN_SKETCH_BINS; t++) {
            v = k->min[(j + t) % NN_SKETCH_BINS];
            if (v != UINT32_MAX)
                v = fmix64(v + t);
        }
        k->out->bins[j / 4] |= (uint8_t)((v & 3) << (j % 4 * 2));
    }
}

/* A word of hash h ended: the shingle it ends into c, and into k when it
 * is there. */
static void take_word(counter *c, uint64_t h, sketcher *k)
{
    c->w[0] = c->w[1];
    c->w[1] = c->w[2];
    c->w[2] = h;
    if (++c->words >= 3) {
        uint64_t x = shingle(c->w);
        add(c, x);
        if (k)
            sketch_shingle(k, x);
    }
}

/* The text ended: one shingle of the words there are, when fewer than 3. */
static void take_end(counter *c, sketcher *k)
{
    if (c->words > 0 && c->words < 3) {
        uint64_t x = shingle(c->w);
        add(c, x);
        if (k)
            sketch_shingle(k, x);
    }
}

/* The words of s, their shingles into c, and into k when it is there. */
static void scan(const char *s, size_t len, counter *c, sketcher *k)
{
    uint64_t h = FNV_OFFSET;
    size_t i = 0;
    int in_word = 0, newlines = 0;

    for (;;) {
        int alnum = 0;
        size_t step = 1;
        int32_t cp = 0;
        if (i < len) {
            unsigned char b = (unsigned char)s[i];
            if (b < 0x80) {
                alnum = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                        (b >= 'A' && b <= 'Z');
                if (alnum) {
                    h ^= (unsigned char)(b | (b >= 'A' && b <= 'Z' ? 0x20 : 0));
                    h *= FNV_PRIME;
                } else {
                    newlines += b == '\n';
                }
            } else {
                step = nn_utf8_decode(s + i, len - i, &cp);
                alnum = nn_is_alnum_cp(cp) != 0;
                if (alnum) {
                    uint8_t enc[4];
                    utf8proc_ssize_t m, j;
                    m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
                    for (j = 0; j < m; j++) {
                        h ^= enc[j];
                        h *= FNV_PRIME;
                    }
                }
            }
        }
        if (alnum && !in_word) { /* a word starts */
            if (k && newlines >= 2)
                sketch_paragraph(k);
            newlines = 0;
        }
        if (!alnum && in_word) { /* a word ended */
            take_word(c, h, k);
            if (k) {
                k->para = (rotl(k->para, 23) ^ h) * FNV_PRIME;
                k->para_words++;
            }
            h = FNV_OFFSET;
        }
        in_word = alnum;
        if (i >= len)
            break;
        i += step;
    }
    take_end(c, k);
}

static uint64_t majority(counter *c)
{
    uint64_t out = 0;
    int k;
    if (c->n == 0)
        return 0;
    flush(c);
    for (k = 0; k < 64; k++)
        if (2 * (uint64_t)c->ones[k] > c->n)
            out |= (uint64_t)1 << k;
    return out;
}

unsigned long long nn_simhash(const char *s, size_t len)
{
    counter c;
    memset(&c, 0, sizeof c);
    scan(s, len, &c, NULL);
    return majority(&c);
}

void nn_simhash_begin(nn_simhash_acc *a)
{
    memset(a, 0, sizeof *a);
}

/* take_word() of each hash, the counters in locals (the compiler keeps
 * them in registers: through the pointer each add is a load and a store). */
void nn_simhash_words(nn_simhash_acc *a, const uint64_t *h, size_t n)
{
    uint64_t acc[8], w0 = a->w[0], w1 = a->w[1], w2 = a->w[2];
    size_t i, words = a->words;
    unsigned pending = a->pending;
    uint32_t shingles = a->n;
    memcpy(acc, a->acc, sizeof acc);
    for (i = 0; i < n; i++) {
        uint64_t x;
        w0 = w1;
        w1 = w2;
        w2 = h[i];
        if (++words < 3)
            continue;
        x = fmix64(w0 ^ rotl(w1, 21) ^ rotl(w2, 42)); /* shingle() */
        acc[0] += spread[x & 0xFF];
        acc[1] += spread[x >> 8 & 0xFF];
        acc[2] += spread[x >> 16 & 0xFF];
        acc[3] += spread[x >> 24 & 0xFF];
        acc[4] += spread[x >> 32 & 0xFF];
        acc[5] += spread[x >> 40 & 0xFF];
        acc[6] += spread[x >> 48 & 0xFF];
        acc[7] += spread[x >> 56];
        shingles++;
        if (++pending == 255) { /* flush() */
            memcpy(a->acc, acc, sizeof acc);
            flush(a);
            memset(acc, 0, sizeof acc);
            pending = 0;
        }
    }
    memcpy(a->acc, acc, sizeof acc);
    a->w[0] = w0;
    a->w[1] = w1;
    a->w[2] = w2;
    a->words = words;
    a->pending = pending;
    a->n = shingles;
}

unsigned long long nn_simhash_end(nn_simhash_acc *a)
{
    take_end(a, NULL);
    return majority(a);
}

unsigned long long nn_sketch_text(const char *s, size_t len, nn_sketch *out)
{
    counter c;
    sketcher k;
    unsigned j;
    memset(&c, 0, sizeof c);
    memset(out, 0, sizeof *out);
    for (j = 0; j < NN_SKETCH_BINS; j++)
        k.min[j] = UINT32_MAX;
    k.para = FNV_OFFSET;
    k.para_words = 0;
    k.out = out;
    scan(s, len, &c, &k);
    sketch_paragraph(&k);
    sketch_finish(&k);
    return majority(&c);
}

unsigned nn_sketch_agree(const uint8_t *a, const uint8_t *b)
{
    unsigned n = 0, i;
    for (i = 0; i < NN_SKETCH_BINS / 4; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        x ^= y;
        x |= x >> 1; /* bit 2j: either bit of bin j differs */
        n += 32 - (unsigned)__builtin_popcountll(x & 0x5555555555555555ULL);
    }
    return n;
}

int nn_simhash_distance(unsigned long long a, unsigned long long b)
{
    return __builtin_popcountll(a ^ b);
}
