/* unicode.h - per-line Unicode clean-up and code point helpers (unicode.c,
 * through utf8proc). */
#ifndef NN_UNICODE_H
#define NN_UNICODE_H

#include <stdint.h>

#include "internal.h"

/* Append the cleaned form of one line to out: Unicode spaces become ' ',
 * control and format (zero-width) characters are removed, runs of spaces
 * collapse, the line is trimmed, then NFC (only where the quick check
 * says it may change anything) and, with NN_OPT_ASCII, folding. */
void nn_unicode_clean(const char *s, size_t len, unsigned flags, nn_buf *out);
/* Quick check: 1 when the code point can never change under NFC in any
 * context (see gen_nfcqc.c); exposed for the tests. */
int nn_nfc_stable(int32_t cp);
/* NFC of s through utf8proc, appended to out (the slow path). */
void nn_nfc_full(const char *s, size_t len, nn_buf *out);
/* Decode one code point of valid UTF-8; returns its length (>= 1). */
size_t nn_utf8_decode(const char *s, size_t len, int32_t *cp);
/* The code point of valid UTF-8 that ends right before s[i] (i > 0). */
int32_t nn_utf8_before(const char *s, size_t i);
/* The run of code points of utf8proc category cat that opens s (len
 * bytes): its length in bytes; *count (may be NULL): how many. */
size_t nn_utf8_cat_run(const char *s, size_t len, int cat, size_t *count);
/* Category helpers on the first / last code point of a string. */
int nn_starts_lower(const char *s, size_t len);
int nn_starts_upper(const char *s, size_t len);
int nn_is_alnum_cp(int32_t cp);
/* Is cp an ideograph or a kana, a word of its own (Chinese and Japanese
 * are written without spaces)? */
int nn_is_cjk_cp(int32_t cp);

/* Does the text end a sentence (., !, ?, ..., :, ;, 。 ！ ？, Arabic ؛ before
 * closers)? */
int nn_ends_sentence(const char *s, size_t len);

/* Do a and b hold the same letters and digits, case folded (the Turkish
 * dotted and dotless i alike), whatever stands between them ("HAŞIL
 * EFENDİ PARKI AÇILDI" and "Haşıl Efendi Parkı Açıldı")? */
int nn_same_folded(const char *a, size_t an, const char *b, size_t bn);

#endif /* NN_UNICODE_H */
