/* record.c - the record: building, derived fields, freeing. */
#include "internal.h"
#include "lang.h"
#include "simhash.h"
#include "unicode.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Lists grow by doubling; the capacity is implied by the length (the next
 * power of two), so nn_list stays two words in the public header. */
void nn_list_push(nn_list *l, const char *s, size_t n)
{
    if ((l->len & (l->len - 1)) == 0) /* 0, 1, 2, 4, 8, ...: full */
        l->items =
            nn_xrealloc(l->items, (l->len ? l->len * 2 : 1) * sizeof *l->items);
    l->items[l->len++] = nn_xstrndup(s, n);
}

int nn_list_has(const nn_list *l, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < l->len; i++)
        if (strlen(l->items[i]) == n && !memcmp(l->items[i], s, n))
            return 1;
    return 0;
}

void nn_list_free(nn_list *l)
{
    size_t i;
    for (i = 0; i < l->len; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->len = 0;
}

nn_record *nn_record_new(void)
{
    return nn_xcalloc(1, sizeof(nn_record));
}

void nn_record_set(char **field, const char *s, size_t n)
{
    free(*field);
    *field = nn_xstrndup(s, n);
}

void nn_record_extra_drop(nn_record *rec, const char *key, const char *v)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++)
        if (!strcmp(rec->extra[i].key, key) &&
            !strcmp(rec->extra[i].value, v)) {
            free(rec->extra[i].key);
            free(rec->extra[i].value);
            memmove(&rec->extra[i], &rec->extra[i + 1],
                    (rec->extra_len - i - 1) * sizeof *rec->extra);
            rec->extra_len--;
            return;
        }
}

void nn_record_extra(nn_record *rec, const char *key, const char *v, size_t n)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++) {
        nn_extra *e = &rec->extra[i];
        size_t old;
        if (strcmp(e->key, key))
            continue;
        if (strlen(e->value) == n && !memcmp(e->value, v, n))
            return; /* printed twice: once is enough */
        if (strlen(e->value) + n > NN_MAX_VALUE) {
            nn_record_warn(rec, "too many values for one extra key; the "
                                "rest were left out");
            return;
        }
        /* a second, different value: keep both */
        old = strlen(e->value);
        e->value = nn_xrealloc(e->value, old + 3 + n);
        memcpy(e->value + old, "; ", 2);
        memcpy(e->value + old + 2, v, n);
        e->value[old + 2 + n] = '\0';
        return;
    }
    if ((rec->extra_len & (rec->extra_len - 1)) == 0)
        rec->extra =
            nn_xrealloc(rec->extra, (rec->extra_len ? rec->extra_len * 2 : 1) *
                                        sizeof *rec->extra);
    rec->extra[rec->extra_len].key = nn_xstrdup(key);
    rec->extra[rec->extra_len].value = nn_xstrndup(v, n);
    rec->extra_len++;
}

void nn_record_warn(nn_record *rec, const char *msg)
{
    if (!nn_list_has(&rec->warnings, msg, strlen(msg)))
        nn_list_push(&rec->warnings, msg, strlen(msg));
}

void nn_record_measured(nn_record *rec, const char *rule, double measure,
                        size_t line, const char *text, size_t n)
{
    nn_removal *r;
    if ((rec->removed_len & (rec->removed_len - 1)) == 0)
        rec->removed =
            nn_xrealloc(rec->removed,
                        (rec->removed_len ? rec->removed_len * 2 : 1) *
                            sizeof *rec->removed);
    r = &rec->removed[rec->removed_len++];
    r->rule = nn_xstrdup(rule);
    r->line = line;
    r->text = nn_xstrndup(text, n);
    r->measure = measure >= 0 ? nn_measure_round(measure) : NAN;
}

/* Hundredths, half to even as printf's "%.2f" rounds (the measures are
 * floats, whose hundredfold a double holds exactly); no libm, no locale. */
static unsigned long long hundredths(double m)
{
    double x = m * 100;
    unsigned long long k = (unsigned long long)x;
    double frac = x - (double)k;
    if (frac > 0.5 || (frac == 0.5 && (k & 1)))
        k++;
    return k;
}

double nn_measure_round(double m)
{
    return (double)hundredths(m) / 100;
}

void nn_measure_put(nn_buf *out, double m)
{
    unsigned long long k = hundredths(m);
    nn_buf_printf_u(out, k / 100);
    nn_buf_putc(out, '.');
    nn_buf_putc(out, (char)('0' + k / 10 % 10));
    nn_buf_putc(out, (char)('0' + k % 10));
}

void nn_record_removed(nn_record *rec, const char *rule, size_t line,
                       const char *text, size_t n)
{
    nn_record_measured(rec, rule, -1, line, text, n);
}

/* FNV-1a, 64 bits, over the words (runs of letters, digits and marks, in
 * lower case) of title and body, each word followed by one space and the
 * title ended by a newline: stable across white space, punctuation, case
 * and quote styles, so re-scrapes of one article share a fingerprint. */
#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t fnv_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= b[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* One pass over text for the derived fields of the body: the FNV-1a of
 * its words (above; ASCII letters and digits are the only ASCII code
 * points nn_is_alnum_cp accepts), its word count (runs between ' ' and
 * '\n' that hold a letter or digit) and its SimHash's word hashes.  The
 * multiply chains of FNV-1a (about four cycles a byte) bound the loop. */
/* The ASCII bytes for the word scan: bit 8 a letter or digit, bit 9 a
 * word separator (' ', '\n'), the low byte the byte hashed (lower case). */
#define W_ALNUM 0x100u
#define W_LETTER(c) [(c)] = (c) | W_ALNUM, [(c)-32] = (c) | W_ALNUM
#define W_DIGIT(c) [(c)] = ((c) | W_ALNUM)
static const uint16_t word_tab[256] = {
    NN_ASCII_LETTERS_BUT_I(W_LETTER),
    W_LETTER('i'),
    NN_ASCII_DIGITS(W_DIGIT),
    [' '] = 0x200u,
    ['\n'] = 0x200u,
};
#undef W_LETTER
#undef W_DIGIT

/* With sa, the same pass hashes each word on its own (hw, FNV-1a of its
 * bytes in lower case) for the SimHash (simhash.h); the hashes of ended
 * words are handed over WH_MAX at a time.  A run of ASCII letters and
 * digits is read in a loop of its own that feeds both chains: one
 * multiply each a byte, side by side. */
#define WH_MAX 64

typedef struct words_state {
    uint64_t h, hw; /* the fingerprint's chain; the word's own hash */
    size_t n, nw;   /* words counted; hashes in wh */
    unsigned counted, in_word;
    int terminated; /* s[len] is '\0' (a C string): runs stop on it */
    nn_simhash_acc *sa;
    uint64_t wh[WH_MAX];
} words_state;

/* A word ended (at a byte that is no letter or digit). */
static inline void word_end(words_state *w)
{
    w->h = (w->h ^ ' ') * FNV_PRIME;
    w->wh[w->nw++] = w->hw;
    w->hw = FNV_OFFSET;
    w->in_word = 0;
    if (w->nw == WH_MAX) {
        if (w->sa)
            nn_simhash_words(w->sa, w->wh, w->nw);
        w->nw = 0;
    }
}

/* A run of ASCII letters and digits from s[i] (one at least): its end. */
static size_t ascii_run(words_state *w, const char *s, size_t i, size_t len)
{
    uint64_t h = w->h, hw = w->hw;
    /* word_tab's low byte of its letters and digits, 0 for any other
     * byte: the byte hashed is its own test */
    unsigned b = nn_ascii_lower[(unsigned char)s[i]];
    w->n += !w->counted;
    w->counted = w->in_word = 1;
    if (w->terminated) { /* '\0' and bytes beyond ASCII end the run */
        do {
            h = (h ^ b) * FNV_PRIME;
            hw = (hw ^ b) * FNV_PRIME;
            b = nn_ascii_lower[(unsigned char)s[++i]];
        } while (b);
        w->h = h;
        w->hw = hw;
        return i;
    }
    do {
        h = (h ^ b) * FNV_PRIME;
        hw = (hw ^ b) * FNV_PRIME;
        if (++i == len)
            break;
        b = nn_ascii_lower[(unsigned char)s[i]];
    } while (b);
    w->h = h;
    w->hw = hw;
    return i;
}

/* One character beyond ASCII at s[i]: its length. */
static size_t other_char(words_state *w, const char *s, size_t i, size_t len)
{
    int32_t cp;
    size_t k = nn_utf8_decode(s + i, len - i, &cp);
    if (nn_is_alnum_cp(cp)) {
        uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        w->h = fnv_bytes(w->h, enc, (size_t)m);
        w->hw = fnv_bytes(w->hw, enc, (size_t)m);
        w->n += !w->counted;
        w->counted = w->in_word = 1;
    } else if (w->in_word) {
        word_end(w);
    }
    return k;
}

static uint64_t scan_words(uint64_t h, const char *s, size_t len,
                           int terminated, size_t *words, nn_simhash_acc *sa)
{
    words_state w;
    size_t i = 0;
    w.terminated = terminated;
    w.h = h;
    w.hw = FNV_OFFSET;
    w.n = w.nw = 0;
    w.counted = w.in_word = 0;
    w.sa = sa;
    while (i < len) {
        unsigned c = (unsigned char)s[i], t;
        if (c >= 0x80) {
            i += other_char(&w, s, i, len);
            continue;
        }
        t = word_tab[c];
        if (t & W_ALNUM) {
            i = ascii_run(&w, s, i, len);
            continue;
        }
        if (w.in_word)
            word_end(&w);
        w.counted &= ~(t >> 9);
        i++;
    }
    if (w.in_word)
        word_end(&w);
    if (sa)
        nn_simhash_words(sa, w.wh, w.nw);
    *words = w.n;
    return w.h;
}

size_t nn_word_count(const char *s, size_t len)
{
    size_t words;
    scan_words(FNV_OFFSET, s, len, 0, &words, NULL);
    return words;
}

static uint64_t fnv_words(uint64_t h, const char *s)
{
    size_t words;
    return scan_words(h, s, s ? strlen(s) : 0, s != NULL, &words, NULL);
}

/* The fingerprint from the title's hash state (see nn_fingerprint). */
static void fingerprint_hex(uint64_t h, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    int i;
    for (i = 15; i >= 0; i--) {
        out[i] = hex[h & 15];
        h >>= 4;
    }
    out[16] = '\0';
}

void nn_fingerprint(const char *title, const char *body, char out[17])
{
    uint64_t h = fnv_words(FNV_OFFSET, title);
    h = fnv_bytes(h, "\n", 1);
    fingerprint_hex(fnv_words(h, body), out);
}

static int extra_cmp(const void *a, const void *b)
{
    return strcmp(((const nn_extra *)a)->key, ((const nn_extra *)b)->key);
}

void nn_record_finish(nn_record *rec)
{
    uint64_t h = fnv_bytes(fnv_words(FNV_OFFSET, rec->title), "\n", 1);
    size_t words = 0;
    nn_simhash_acc sa;
    /* nn_word_count, nn_fingerprint and nn_simhash (simhash.c: the body's
     * near-duplicate signature) in one pass over the body */
    nn_simhash_begin(&sa);
    if (rec->body)
        h = scan_words(h, rec->body, strlen(rec->body), 1, &words, &sa);
    rec->word_count = words;
    fingerprint_hex(h, rec->fingerprint);
    fingerprint_hex(words && rec->body ? nn_simhash_end(&sa) : 0, rec->simhash);
    if (rec->extra_len > 1)
        qsort(rec->extra, rec->extra_len, sizeof *rec->extra, extra_cmp);
}

void nn_record_free(nn_record *rec)
{
    size_t i;
    if (!rec)
        return;
    free(rec->title);
    free(rec->date);
    free(rec->source);
    free(rec->source_id);
    free(rec->provider);
    free(rec->url);
    nn_list_free(&rec->authors);
    nn_list_free(&rec->credits);
    nn_list_free(&rec->related);
    nn_list_free(&rec->warnings);
    if (rec->image) {
        free(rec->image->caption);
        free(rec->image->credit);
        free(rec->image);
    }
    free(rec->body);
    free(rec->input);
    free(rec->id);
    free(rec->duplicate_of);
    for (i = 0; i < rec->extra_len; i++) {
        free(rec->extra[i].key);
        free(rec->extra[i].value);
    }
    free(rec->extra);
    for (i = 0; i < rec->removed_len; i++) {
        free(rec->removed[i].rule);
        free(rec->removed[i].text);
    }
    free(rec->removed);
    free(rec);
}
