/* internal.h - what every stage of the library shares (not installed):
 * allocation that aborts on out-of-memory, the record's lists and fields,
 * and the eight-bytes-at-a-time helpers of the ASCII fast paths.  Each
 * stage has a header of its own beside its file (input.h, inline.h,
 * unicode.h, date.h, rules.h, url.h, page.h, paragraph.h, emit.h); a file
 * includes the ones it uses. */
#ifndef NN_INTERNAL_H
#define NN_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "newsnorm.h"

/* ---- allocation (buf.c): abort on out-of-memory ---------------------- */
_Noreturn void nn_die_oom(size_t n);
void *nn_xmalloc(size_t n);
void *nn_xcalloc(size_t count, size_t size);
void *nn_xrealloc(void *old, size_t n);
char *nn_xstrdup(const char *s);
char *nn_xstrndup(const char *s, size_t n);
void nn_buf_printf_u(nn_buf *b, unsigned long long v);
/* Free the n strings of v, then v. */
void nn_strs_free(char **v, size_t n);
/* Is s (n bytes) one of the words of the NULL-ended list (ci: ASCII case
 * ignored)? */
int nn_in_list(const char *const *list, const char *s, size_t n, int ci);
/* Is a word of s (n bytes; words parted by blanks) in list (as
 * nn_in_list() compares)? */
int nn_word_in_list(const char *const *list, const char *s, size_t n, int ci);
/* Does s (n bytes) start with w (lower case), ASCII case ignored? */
int nn_starts_ci(const char *s, size_t n, const char *w);
/* The string of the NULL-ended list that s (n bytes) opens with and goes
 * on after, or NULL. */
const char *nn_opens_with(const char *const *list, const char *s, size_t n);

/* Where s (n bytes) holds the string w first, or NULL.  (memmem is not
 * in C11, and glibc's is no faster than this for the short lines and
 * phrases here.) */
static inline const char *nn_find(const char *s, size_t n, const char *w,
                                  size_t wl)
{
    const char *p = s, *end = s + n;
    if (!wl)
        return s;
    while ((size_t)(end - p) >= wl &&
           (p = memchr(p, w[0], (size_t)(end - p) - wl + 1)) != NULL) {
        if (!memcmp(p, w, wl))
            return p;
        p++;
    }
    return NULL;
}

/* Does s hold the string w? */
static inline int nn_has(const char *s, size_t n, const char *w, size_t wl)
{
    return nn_find(s, n, w, wl) != NULL;
}

/* Does s (n bytes) hold the string w (lower case), ASCII case ignored? */
int nn_has_ci(const char *s, size_t n, const char *w);

/* Grow an array so that index `need - 1` is valid; capacity in *cap. */
#define NN_ARRAY_RESERVE(arr, cap, need)                                       \
    do {                                                                       \
        if ((need) > (cap)) {                                                  \
            size_t nn_c_ = (cap) ? (cap)*2 : 16;                               \
            while (nn_c_ < (need))                                             \
                nn_c_ *= 2;                                                    \
            (arr) = nn_xrealloc((arr), nn_c_ * sizeof *(arr));                 \
            (cap) = nn_c_;                                                     \
        }                                                                      \
    } while (0)

#define NN_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The ASCII letters but 'i' (a Turkish fold takes it apart), and the
 * digits, each given to X, comma-separated: the rows of the byte tables
 * that fold words (lang.c, record.c). */
#define NN_ASCII_LETTERS_BUT_I(X)                                              \
    X('a'), X('b'), X('c'), X('d'), X('e'), X('f'), X('g'), X('h'), X('j'),    \
        X('k'), X('l'), X('m'), X('n'), X('o'), X('p'), X('q'), X('r'),        \
        X('s'), X('t'), X('u'), X('v'), X('w'), X('x'), X('y'), X('z')
#define NN_ASCII_DIGITS(X)                                                     \
    X('0'), X('1'), X('2'), X('3'), X('4'), X('5'), X('6'), X('7'), X('8'),    \
        X('9')

/* ---- lists (record.c) ------------------------------------------------ */
/* Bounds that keep hostile input linear: list fields take at most
 * NN_MAX_ITEMS items and an extra value grows to at most NN_MAX_VALUE
 * bytes; what is left out is said in a warning. */
#define NN_MAX_ITEMS 256
#define NN_MAX_VALUE 65536
void nn_list_push(nn_list *l, const char *s, size_t n);
int nn_list_has(const nn_list *l, const char *s, size_t n);
void nn_list_free(nn_list *l);

/* ---- eight bytes at a time (SWAR), for the ASCII fast paths ---------- */
/* w is 8 bytes loaded with memcpy; a flag is 0x80 in the byte it is about. */
#define NN_ONES 0x0101010101010101ULL
#define NN_HIGHS 0x8080808080808080ULL
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NN_FIRST_BYTE (0x80ULL << 56) /* flag of the first byte in memory */
#define NN_LAST_BYTE 0x80ULL
#else
#define NN_FIRST_BYTE 0x80ULL
#define NN_LAST_BYTE (0x80ULL << 56)
#endif

/* Flags of the bytes of w that are zero (exact: no borrow between
 * bytes). */
static inline uint64_t nn_zero_bytes(uint64_t w)
{
    uint64_t t = (w & ~NN_HIGHS) + ~NN_HIGHS;
    return ~(t | w | ~NN_HIGHS);
}

/* Flags of the bytes of w equal to c. */
static inline uint64_t nn_eq_bytes(uint64_t w, unsigned char c)
{
    return nn_zero_bytes(w ^ (NN_ONES * c));
}

/* Flags of the bytes of w below 0x20 (C0 controls). */
static inline uint64_t nn_ctl_bytes(uint64_t w)
{
    return nn_zero_bytes(w & (NN_ONES * 0xE0));
}

/* Nonzero when a byte of w is 0x7F or above (flags may be inexact above
 * such a byte: a carry out of 0xFF). */
static inline uint64_t nn_high_bytes(uint64_t w)
{
    return (w | (w + NN_ONES)) & NN_HIGHS;
}

/* ---- record.c -------------------------------------------------------- */
nn_record *nn_record_new(void);
void nn_record_set(char **field, const char *s, size_t n);
void nn_record_extra(nn_record *rec, const char *key, const char *v, size_t n);
/* Remove extra key when its value is v (the rest keep their order). */
void nn_record_extra_drop(nn_record *rec, const char *key, const char *v);
void nn_record_warn(nn_record *rec, const char *msg);
/* A removal (NN_OPT_EXPLAIN) under rule, the name alone, without a
 * measure (nn_removal.measure NaN); nn_record_measured() with one:
 * measure >= 0 is kept rounded to two decimals, as the outputs print it
 * (< 0: none). */
void nn_record_removed(nn_record *rec, const char *rule, size_t line,
                       const char *text, size_t n);
void nn_record_measured(nn_record *rec, const char *rule, double measure,
                        size_t line, const char *text, size_t n);
/* A measure (>= 0) to two decimals; appended as "0.92" (no locale). */
double nn_measure_round(double m);
void nn_measure_put(nn_buf *out, double m);
void nn_record_finish(nn_record *rec); /* word count, fingerprint, sort */
size_t nn_word_count(const char *s, size_t len);
void nn_fingerprint(const char *title, const char *body, char out[17]);

/* names.c: is the word s (n bytes, any case) a given name of data/names?
 * A table's lookup, like the stopwords': the page pass asks it of a
 * caption's credit, byline.c of a name it finds. */
int nn_given_name(const char *s, size_t n);

/* byline.c: a writer's name in capitals alone (s, n bytes), its first
 * word a given name, over a dateline in brackets and a dash (next, m
 * bytes: "MUSTAFA USTA" / "(SİNOP)- Sinop'un ...")?  The page pass asks
 * it of a headline's candidate, byline.c of a line under the head. */
int nn_byline_over_dateline(const char *s, size_t n, const char *next,
                            size_t m);

#endif /* NN_INTERNAL_H */
