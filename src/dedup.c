/* dedup.c - the near-duplicate index: --dedup in one pass, in bounded
 * memory.
 *
 * It keeps only originals (records that were no duplicate).  A record is
 * a duplicate of the earliest original that it is near in either of two
 * ways (simhash.c says why two):
 *
 *  - its SimHash is within the distance.  For each band (the signature cut
 *    into nbands pieces of equal width) a bucket for each band value holds
 *    the originals (their numbers) with that value, in input order.  Two
 *    signatures within distance d agree on at least one of d + 1 bands
 *    (pigeonhole), so a lookup reads the buckets of its own band values
 *    and compares whole signatures, fetching them ahead (a bucket is read
 *    in order, the signatures it names are in random places).
 *  - (distance 1 and up) it shares a paragraph key with the original and
 *    their sketches agree in at least AGREE of 96 bins: an estimated
 *    resemblance of 1/2 or more (96 (1/2 + 1/2 / 4) = 60 bins, the 1/4
 *    being 2-bit minima equal by chance).  A bucket for each key's top
 *    KEY_BITS bits holds the originals with such a key; what it holds of
 *    other keys is compared too, which costs time (the sketch decides).
 *    Unrelated articles (a resemblance below 0.15, shared boilerplate
 *    included) agree in about 35 bins, 5 standard deviations short of 60
 *    (of the bench corpus's 200 million pairs of originals, made of one
 *    generator's phrases, the closest agree in 55); a paragraph replaced
 *    in nine (0.6 to 0.8) in 67 to 82.
 *
 * Labels (what duplicate_of names) are front-coded in blocks of 16: each
 * stores the length of the prefix it shares with the one before and the
 * rest; every 16th is stored whole, so reading one back decodes at most
 * 16. */
#include "internal.h"
#include "simhash.h"

#include <stdlib.h>
#include <string.h>

#define LABEL_BLOCK 16
#define MAX_WALK 4096 /* comparisons a lookup makes at most, each way */
#define AHEAD 8       /* signatures fetched ahead */
#define KEY_BITS 18   /* 256 Ki buckets of paragraph keys */
#define AGREE 60      /* bins of 96 that make two sketches near */

typedef struct bucket {
    uint32_t *v; /* originals, in input order */
    uint32_t n, cap;
} bucket;

struct nn_dedup {
    unsigned distance;
    unsigned nbands;
    unsigned width[8], shift[8]; /* band b: bits shift..shift+width-1 */
    bucket *buckets[8];          /* 1 << width each */
    bucket *keys;                /* 1 << KEY_BITS: by paragraph key */
    size_t bucket_bytes;         /* their arrays' capacity, in bytes */
    uint64_t *sig;
    uint8_t (*bins)[NN_SKETCH_BINS / 4]; /* each original's sketch */
    size_t n, cap;
    /* labels, front-coded */
    nn_buf labels;
    size_t *block; /* offset of every LABEL_BLOCK-th label */
    size_t nblock, blockcap;
    nn_buf prev;  /* the last label added */
    nn_buf found; /* the label a lookup returns */
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
    if (distance > 0)
        d->keys = nn_xcalloc((size_t)1 << KEY_BITS, sizeof(bucket));
    nn_buf_init(&d->labels);
    nn_buf_init(&d->prev);
    nn_buf_init(&d->found);
    return d;
}

static void free_buckets(bucket *bk, size_t n)
{
    size_t i;
    if (!bk)
        return;
    for (i = 0; i < n; i++)
        if (bk[i].v) /* most are empty: spare half a million calls */
            free(bk[i].v);
    free(bk);
}

void nn_dedup_free(nn_dedup *d)
{
    unsigned b;
    if (!d)
        return;
    for (b = 0; b < d->nbands; b++)
        free_buckets(d->buckets[b], (size_t)1 << d->width[b]);
    free_buckets(d->keys, (size_t)1 << KEY_BITS);
    free(d->sig);
    free(d->bins);
    free(d->block);
    nn_buf_free(&d->labels);
    nn_buf_free(&d->prev);
    nn_buf_free(&d->found);
    free(d);
}

static uint32_t band(const nn_dedup *d, unsigned b, uint64_t sig)
{
    return (uint32_t)(sig >> d->shift[b] & (((uint64_t)1 << d->width[b]) - 1));
}

static bucket *key_bucket(const nn_dedup *d, uint32_t key)
{
    return &d->keys[key >> (32 - KEY_BITS)];
}

static void bucket_add(nn_dedup *d, bucket *bk, uint32_t k)
{
    if (bk->n && bk->v[bk->n - 1] == k)
        return; /* two keys of one original in one bucket */
    if (bk->n == bk->cap) {
        uint32_t c = bk->cap ? bk->cap + bk->cap / 2 : 2; /* 1.5x: less slack */
        bk->v = nn_xrealloc(bk->v, c * sizeof *bk->v);
        d->bucket_bytes += (c - bk->cap) * sizeof *bk->v;
        bk->cap = c;
    }
    bk->v[bk->n++] = k;
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
    v |= (size_t) * *p << s;
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

/* What a lookup compares the originals with: its signature, or its
 * sketch. */
typedef struct query {
    uint64_t sig;
    const nn_sketch *sk; /* NULL: the signature */
} query;

static int near(const nn_dedup *d, const query *q, uint32_t k)
{
    if (!q->sk)
        return nn_simhash_distance(d->sig[k], q->sig) <= (int)d->distance;
    return nn_sketch_agree(d->bins[k], q->sk->bins) >= AGREE;
}

/* The earliest original before best in bk that is near q.  A lookup's
 * buckets together are read up to MAX_WALK entries (*walked so far). */
static size_t walk(const nn_dedup *d, const bucket *bk, const query *q,
                   size_t *walked, size_t best)
{
    uint32_t i, n = bk->n;
    if (n > MAX_WALK - *walked)
        n = (uint32_t)(MAX_WALK - *walked);
    *walked += n;
    /* the earliest first: the first hit in a bucket is its best */
    for (i = 0; i < n && bk->v[i] < best; i++) {
        /* a bucket is read in order, what it names is in random places */
        if (i + AHEAD < n)
            __builtin_prefetch(q->sk ? (const void *)d->bins[bk->v[i + AHEAD]]
                                     : (const void *)&d->sig[bk->v[i + AHEAD]]);
        if (near(d, q, bk->v[i]))
            return bk->v[i];
    }
    return best;
}

/* The earliest original within the distance of sig, else SIZE_MAX. */
static size_t find_by_signature(const nn_dedup *d, uint64_t sig)
{
    query q = {sig, NULL};
    size_t walked = 0, best = SIZE_MAX;
    unsigned b;
    for (b = 0; b < d->nbands && walked < MAX_WALK; b++)
        best = walk(d, &d->buckets[b][band(d, b, sig)], &q, &walked, best);
    return best;
}

/* The earliest original before best that shares a paragraph key with sk
 * and whose sketch agrees with it. */
static size_t find_by_sketch(const nn_dedup *d, const nn_sketch *sk,
                             size_t best)
{
    query q = {0, sk};
    size_t walked = 0;
    unsigned k;
    for (k = 0; k < sk->nkeys && walked < MAX_WALK; k++)
        best = walk(d, key_bucket(d, sk->key[k]), &q, &walked, best);
    return best;
}

/* Index an original; its sketch is sk when there is one. */
static void add_original(nn_dedup *d, uint64_t sig, const nn_sketch *sk,
                         const char *label)
{
    size_t k = d->n;
    unsigned b;
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 1024;
        d->sig = nn_xrealloc(d->sig, d->cap * sizeof *d->sig);
        d->bins = nn_xrealloc(d->bins, d->cap * sizeof *d->bins);
    }
    d->sig[k] = sig;
    for (b = 0; b < d->nbands; b++)
        bucket_add(d, &d->buckets[b][band(d, b, sig)], (uint32_t)k);
    if (sk && d->keys) {
        memcpy(d->bins[k], sk->bins, sizeof d->bins[k]);
        for (b = 0; b < sk->nkeys; b++)
            bucket_add(d, key_bucket(d, sk->key[b]), (uint32_t)k);
    } else {
        memset(d->bins[k], 0, sizeof d->bins[k]);
    }
    add_label(d, label ? label : "");
    d->n++;
}

static const char *check(nn_dedup *d, uint64_t sig, const nn_sketch *sk,
                         const char *label)
{
    size_t best = find_by_signature(d, sig);
    if (sk && d->keys)
        best = find_by_sketch(d, sk, best);
    if (best != SIZE_MAX)
        return get_label(d, best);
    if (d->n < UINT32_MAX) /* else full (four thousand million): not kept */
        add_original(d, sig, sk, label);
    return NULL;
}

const char *nn_dedup_check(nn_dedup *d, unsigned long long sig,
                           const char *label)
{
    return check(d, sig, NULL, label);
}

const char *nn_dedup_check_text(nn_dedup *d, const char *text, size_t len,
                                const char *label)
{
    nn_sketch sk;
    uint64_t sig = nn_sketch_text(text, len, &sk);
    return check(d, sig, &sk, label);
}

int nn_dedup_record(nn_dedup *d, nn_record *rec)
{
    const char *dup;
    if (!rec->word_count || !rec->body)
        return 0;
    dup = nn_dedup_check_text(d, rec->body, strlen(rec->body),
                              rec->id ? rec->id : rec->input);
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
    if (d->keys)
        m += ((size_t)1 << KEY_BITS) * sizeof(bucket);
    /* + the allocator's header of each bucket array (about 16 bytes) */
    return m + d->bucket_bytes + d->cap * (sizeof *d->sig + sizeof *d->bins) +
           d->labels.cap + d->blockcap * sizeof(size_t) + d->prev.cap +
           d->found.cap;
}
