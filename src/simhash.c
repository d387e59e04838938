/* simhash.c - near duplicates: the body's SimHash and a one-pass index.
 *
 * The signature (nn_simhash, documented in newsnorm.h): word 3-shingles,
 * each a 64-bit hash; bit i is the majority of the shingles' bit i.  The
 * majority is counted eight bits at a time: each byte of a shingle's hash
 * is spread into a 64-bit word holding one counter byte per bit (a table
 * of 256 words), added into eight such words, which are emptied into wide
 * counters every 255 shingles, before a byte can overflow.
 *
 * The index (nn_dedup) keeps only originals (records that were no
 * duplicate): their signatures in one array, and for each band (the
 * signature cut into nbands pieces of equal width) a bucket for each band
 * value: an array of the originals (their numbers) with that value, in
 * input order.  Two signatures within distance d agree on at least one of
 * d + 1 bands (pigeonhole), so a lookup reads the buckets of its own band
 * values and compares whole signatures, fetching them ahead (a bucket is
 * read in order, the signatures it names are in random places).  Labels
 * (what duplicate_of names) are front-coded in blocks of 16: each stores
 * the length of the prefix it shares with the one before and the rest;
 * every 16th is stored whole, so reading one back decodes at most 16. */
#include "internal.h"
#include "unicode.h"

#include <stdlib.h>
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
#define SB(n, j) (((uint64_t)(n) >> (j) & 1) << (8 * (j)))
#define SP(n) (SB(n, 0) | SB(n, 1) | SB(n, 2) | SB(n, 3) | SB(n, 4) |     \
               SB(n, 5) | SB(n, 6) | SB(n, 7))
#define R4(n) SP(n), SP((n) + 1), SP((n) + 2), SP((n) + 3)
#define R16(n) R4(n), R4((n) + 4), R4((n) + 8), R4((n) + 12)
#define R64(n) R16(n), R16((n) + 16), R16((n) + 32), R16((n) + 48)
static const uint64_t spread[256] = {R64(0), R64(64), R64(128), R64(192)};
#undef SB
#undef SP
#undef R4
#undef R16
#undef R64

typedef struct counter {
    uint64_t acc[8]; /* acc[k] byte j: bit 8k + j, since the last flush */
    uint32_t ones[64];
    uint32_t n;      /* shingles in all */
    unsigned pending; /* shingles in acc */
} counter;

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
    int k;
    for (k = 0; k < 8; k++)
        c->acc[k] += spread[h >> (8 * k) & 0xFF];
    c->n++;
    if (++c->pending == 255)
        flush(c);
}

static uint64_t shingle(const uint64_t w[3])
{
    return fmix64(w[0] ^ rotl(w[1], 21) ^ rotl(w[2], 42));
}

unsigned long long nn_simhash(const char *s, size_t len)
{
    counter c;
    uint64_t w[3] = {0, 0, 0}, h = FNV_OFFSET, out = 0;
    size_t i = 0, words = 0;
    int in_word = 0, k;

    memset(&c, 0, sizeof c);
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
        if (!alnum && in_word) { /* a word ended */
            w[0] = w[1];
            w[1] = w[2];
            w[2] = h;
            if (++words >= 3)
                add(&c, shingle(w));
            h = FNV_OFFSET;
        }
        in_word = alnum;
        if (i >= len)
            break;
        i += step;
    }
    if (words == 0)
        return 0;
    if (words < 3) /* one shingle of the words there are */
        add(&c, shingle(w));
    flush(&c);
    for (k = 0; k < 64; k++)
        if (2 * (uint64_t)c.ones[k] > c.n)
            out |= (uint64_t)1 << k;
    return out;
}

int nn_simhash_distance(unsigned long long a, unsigned long long b)
{
    return __builtin_popcountll(a ^ b);
}

/* ---- the index -------------------------------------------------------- */

#define LABEL_BLOCK 16
#define MAX_WALK 4096 /* comparisons a lookup makes at most */
#define AHEAD 8       /* signatures fetched ahead */

typedef struct bucket {
    uint32_t *v; /* originals, in input order */
    uint32_t n, cap;
} bucket;

struct nn_dedup {
    unsigned distance;
    unsigned nbands;
    unsigned width[8], shift[8]; /* band b: bits shift..shift+width-1 */
    bucket *buckets[8];          /* 1 << width each */
    size_t bucket_bytes;         /* their arrays' capacity, in bytes */
    uint64_t *sig;
    size_t n, cap;
    /* labels, front-coded */
    nn_buf labels;
    size_t *block;               /* offset of every LABEL_BLOCK-th label */
    size_t nblock, blockcap;
    nn_buf prev;                 /* the last label added */
    nn_buf found;                /* the label a lookup returns */
};

nn_dedup *nn_dedup_new(unsigned distance)
{
    nn_dedup *d;
    unsigned b, shift = 0;
    if (distance > 7)
        return NULL;
    d = nn_xcalloc(1, sizeof *d);
    d->distance = distance;
    d->nbands = distance < 4 ? 4 : distance + 1;
    for (b = 0; b < d->nbands; b++) {
        /* widths as even as 64 allows, the wider bands first */
        d->width[b] = 64 / d->nbands + (b < 64 % d->nbands);
        d->shift[b] = shift;
        shift += d->width[b];
        d->buckets[b] = nn_xcalloc((size_t)1 << d->width[b], sizeof(bucket));
    }
    nn_buf_init(&d->labels);
    nn_buf_init(&d->prev);
    nn_buf_init(&d->found);
    return d;
}

void nn_dedup_free(nn_dedup *d)
{
    unsigned b;
    size_t i;
    if (!d)
        return;
    for (b = 0; b < d->nbands; b++) {
        for (i = 0; i < (size_t)1 << d->width[b]; i++)
            free(d->buckets[b][i].v);
        free(d->buckets[b]);
    }
    free(d->sig);
    free(d->block);
    nn_buf_free(&d->labels);
    nn_buf_free(&d->prev);
    nn_buf_free(&d->found);
    free(d);
}

static uint32_t band(const nn_dedup *d, unsigned b, uint64_t sig)
{
    return (uint32_t)(sig >> d->shift[b] &
                      (((uint64_t)1 << d->width[b]) - 1));
}

static void put_varint(nn_buf *b, size_t v)
{
    while (v >= 0x80) {
        nn_buf_putc(b, (char)((v & 0x7F) | 0x80));
        v >>= 7;
    }
    nn_buf_putc(b, (char)v);
}

static size_t get_varint(const unsigned char **p)
{
    size_t v = 0;
    int s = 0;
    while (**p & 0x80) {
        v |= (size_t)(**p & 0x7F) << s;
        s += 7;
        (*p)++;
    }
    v |= (size_t)**p << s;
    (*p)++;
    return v;
}

static void add_label(nn_dedup *d, const char *label)
{
    size_t len = strlen(label), pre = 0;
    if (d->n % LABEL_BLOCK == 0) {
        NN_ARRAY_RESERVE(d->block, d->blockcap, d->nblock + 1);
        d->block[d->nblock++] = d->labels.len;
    } else {
        while (pre < len && pre < d->prev.len && label[pre] == d->prev.ptr[pre])
            pre++;
    }
    put_varint(&d->labels, pre);
    put_varint(&d->labels, len - pre);
    nn_buf_put(&d->labels, label + pre, len - pre);
    nn_buf_clear(&d->prev);
    nn_buf_put(&d->prev, label, len);
}

/* Label k into d->found. */
static const char *get_label(nn_dedup *d, size_t k)
{
    const unsigned char *p =
        (const unsigned char *)d->labels.ptr + d->block[k / LABEL_BLOCK];
    size_t i;
    nn_buf_clear(&d->found);
    for (i = k - k % LABEL_BLOCK; i <= k; i++) {
        size_t pre = get_varint(&p), rest = get_varint(&p);
        nn_buf_truncate(&d->found, pre);
        nn_buf_put(&d->found, p, rest);
        p += rest;
    }
    return d->found.ptr;
}

const char *nn_dedup_check(nn_dedup *d, unsigned long long sig,
                           const char *label)
{
    size_t best = SIZE_MAX, walked = 0, k;
    unsigned b;

    for (b = 0; b < d->nbands && walked < MAX_WALK; b++) {
        const bucket *bk = &d->buckets[b][band(d, b, sig)];
        uint32_t i, n = bk->n;
        if (n > MAX_WALK - walked)
            n = (uint32_t)(MAX_WALK - walked);
        walked += n;
        /* the earliest first: the first hit in a bucket is its best */
        for (i = 0; i < n && bk->v[i] < best; i++) {
            if (i + AHEAD < n)
                __builtin_prefetch(&d->sig[bk->v[i + AHEAD]]);
            if (nn_simhash_distance(d->sig[bk->v[i]], sig) <=
                (int)d->distance) {
                best = bk->v[i];
                break;
            }
        }
    }
    if (best != SIZE_MAX)
        return get_label(d, best);
    /* an original: index it */
    if (d->n == UINT32_MAX)
        return NULL; /* full (four thousand million originals): not kept */
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 1024;
        d->sig = nn_xrealloc(d->sig, d->cap * sizeof *d->sig);
    }
    k = d->n;
    d->sig[k] = sig;
    for (b = 0; b < d->nbands; b++) {
        bucket *bk = &d->buckets[b][band(d, b, sig)];
        if (bk->n == bk->cap) {
            uint32_t c = bk->cap ? bk->cap * 2 : 2;
            bk->v = nn_xrealloc(bk->v, c * sizeof *bk->v);
            d->bucket_bytes += (c - bk->cap) * sizeof *bk->v;
            bk->cap = c;
        }
        bk->v[bk->n++] = (uint32_t)k;
    }
    add_label(d, label ? label : "");
    d->n++;
    return NULL;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int nn_dedup_record(nn_dedup *d, nn_record *rec)
{
    uint64_t sig = 0;
    const char *dup;
    int i;
    if (!rec->word_count)
        return 0;
    for (i = 0; i < 16; i++) {
        int v = hexval(rec->simhash[i]);
        if (v < 0)
            return 0;
        sig = sig << 4 | (uint64_t)v;
    }
    dup = nn_dedup_check(d, sig, rec->id ? rec->id : rec->input);
    if (!dup)
        return 0;
    free(rec->duplicate_of);
    rec->duplicate_of = nn_xstrdup(dup);
    return 1;
}

size_t nn_dedup_count(const nn_dedup *d)
{
    return d->n;
}

size_t nn_dedup_memory(const nn_dedup *d)
{
    size_t m = sizeof *d, b;
    for (b = 0; b < d->nbands; b++)
        m += ((size_t)1 << d->width[b]) * sizeof(bucket);
    /* + the allocator's header of each bucket array (about 16 bytes) */
    return m + d->bucket_bytes + d->cap * sizeof(uint64_t) + d->labels.cap +
           d->blockcap * sizeof(size_t) + d->prev.cap + d->found.cap;
}
