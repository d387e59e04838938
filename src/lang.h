/* lang.h - per-language stopword lists and the language of a text
 * (lang.c).  Private to the library, like internal.h.
 *
 * The lists are data/stopwords/LANG.txt, compiled by the Makefile into
 * build/stopwords.h; a language is an index 0 .. nn_lang_count() - 1 into
 * them, in the order of their codes ("ar", "de", "en", ...).  Everything
 * here reads constant tables only: safe from any thread, no allocation. */
#ifndef NN_LANG_H
#define NN_LANG_H

#include <stddef.h>
#include <stdint.h>

/* Number of languages with stopword lists, and the code of each ("en");
 * NULL for an index out of range. */
size_t nn_lang_count(void);
const char *nn_lang_code(int lang);

/* Index of the language code, or -1.  ASCII case does not matter and a
 * region after '-' or '_' is ignored ("pt-BR" finds "pt"). */
int nn_lang_find(const char *code);

/* Is the word (UTF-8, any case, n bytes) a stopword of lang?  The word is
 * lower-cased with utf8proc (Cyrillic, Greek and the rest fold too) and
 * looked up by bsearch in the language's sorted list.  Also folded: U+2019
 * and U+02BC to an ASCII apostrophe, Russian ё to е, Arabic tatweel and
 * vowel marks dropped; for tr, I is ı (then i when that is no stopword)
 * and İ is i; for fa, Arabic yeh and kaf are the Persian ones.
 * Apostrophes at either end are ignored, and a word with one inside is
 * also a stopword when the part before it is (French l'homme, Italian
 * dell'anno).  Words of 64 bytes or more never are.  0 for a lang out of
 * range. */
int nn_lang_stopword(int lang, const char *w, size_t n);

/* The hash of the stopword tables, a byte at a time from h = 0 (the
 * Makefile's generator computes the same). */
#define NN_LANG_HASH_STEP(h, byte) (((h) + (byte)) * 2654435761u)

/* nn_lang_stopword() of a word of ASCII letters and digits only (no
 * apostrophe), with h its hash (NN_LANG_HASH_STEP over its bytes, capitals
 * folded to lower case): what count_words() computes as it reads. */
int nn_lang_stopword_ascii(int lang, const char *w, size_t n, uint32_t h);
/* The languages (bit i: language i) whose lists hold such a word: what
 * nn_lang_stopword_ascii() answers for every language but tr and fa,
 * whose folding differs (see nn_lang_stopword).  lang_probe.h has it
 * inline (nn_lang_probe). */
uint32_t nn_lang_ascii_langs(const char *w, size_t n, uint32_t h);
/* Does nn_lang_ascii_langs() answer for lang (a language, not tr or fa)? */
int nn_lang_ascii_direct(int lang);

/* The language of a text, or -1.  Words are runs of letters, digits and
 * apostrophes (as page.c counts a block's words), looked at in the first
 * NN_LANG_SAMPLE bytes.  A word speaks for the languages it is a stopword
 * of, or, when it is none's, for those that write all of its telling
 * letters (ы э ъ ё Russian, і ї є ґ Ukrainian, پ چ ژ گ ک ی Persian, ة
 * Arabic, ı ğ ş Turkish, ã õ Portuguese, ñ Spanish, ą ę ł ... Polish, è
 * French or Italian, ...).  Each word counts 1/k to each of its k
 * languages, and the highest total wins; -1 when fewer than
 * NN_LANG_MIN_WORDS words were seen, when too few of them speak for the
 * winner (15%, its stopwords alone 5%), or when against some other
 * language the words only for the winner are fewer than 3 or not more
 * than twice those only for the other (a mixed text).  Linear in len, no
 * allocation: about 6-11 us for 3 KB of text. */
#define NN_LANG_SAMPLE 8192
#define NN_LANG_ENOUGH 320 /* words: detection stops after this many */
#define NN_LANG_MIN_WORDS 20
int nn_lang_detect(const char *text, size_t len);
/* Letters, digits and the apostrophe: the ASCII bytes of a word (1), as
 * page.c and nn_lang_detect read words. */
extern const unsigned char nn_ascii_word[128];
/* The same bytes folded to lower case (the low byte), the apostrophe and
 * 'I' (which Turkish folds otherwise) flagged as well; 0 for any other
 * byte, and for every byte beyond ASCII. */
#define NN_FOLD_APOS 0x100u
#define NN_FOLD_I 0x200u
extern const uint16_t nn_ascii_fold[256];
/* ASCII letters and digits in lower case; 0 for any other byte (the
 * apostrophe too): the bytes NN_LANG_HASH_STEP takes from a plain word. */
extern const unsigned char nn_ascii_lower[256];

/* Is the code point part of a word (a letter, digit or mark as
 * nn_is_alnum_cp says, an apostrophe or U+2019), and its lower case
 * (utf8proc_tolower); quick for the blocks of the languages here.
 * Exposed for the tests. */
int nn_lang_wordchar(int32_t cp, int32_t *lower);

/* The languages (a bit each, 1 << NN_LANG_xx) that write the lower-case
 * letter cp when that says something ("ы" only Russian, "ã" only
 * Portuguese), or 0 (lang_letters.c; lang.c asks it of the letters its
 * quick ranges leave). */
uint32_t nn_lang_other_letters(int32_t cp);

#endif
