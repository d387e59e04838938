/* lang.c - per-language stopword lists and the language of a text.
 *
 * The lists come from data/stopwords/LANG.txt through build/stopwords.h
 * (see the Makefile): one bytewise-sorted table per language for bsearch,
 * and the union of all of them, each word with the mask of its languages,
 * in an open-addressing hash so that detection costs one probe a word
 * whatever the number of languages.  Everything is constant: no lock, no
 * allocation, words are folded into a stack buffer. */
#include "internal.h"
#include "lang.h"
#include "unicode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define NN_LANG_TABLES
#define NN_LANG_UNION /* the hashed union defined here, once */
#include "stopwords.h"

#include "lang_probe.h"

/* Folded words of WORD_MAX bytes or more are never stopwords. */
#define WORD_MAX NN_LANG_WORD_MAX

/* Detection: the words that speak for the best language (its stopwords,
 * and words with letters that only it and maybe a few others write) must
 * be MIN_SHARE_PCT percent of the words or more, its stopwords alone
 * MIN_STOP_PCT percent (Turkish, rich in suffixes, has few stopwords but
 * telling letters; Urdu writes Persian's letters but not its stopwords);
 * and against every other language, the words that speak for it and not
 * for the other must be MIN_DISTINCT or more and outnumber those that
 * speak for the other and not for it by more than MARGIN_PCT to 100.  A
 * share down to LOW_SHARE_PCT will do when that margin is WIDE_MARGIN_PCT
 * (Indonesian prose among a list of headlines full of names). */
#define MIN_SHARE_PCT 15
#define LOW_SHARE_PCT 12
#define WIDE_MARGIN_PCT 400
#define MIN_STOP_PCT 5
#define MARGIN_PCT 200
#define MIN_DISTINCT 3

/* What fold_cp saw in a word. */
enum {
    SEEN_I = 1u << 0,     /* an ASCII 'I' (Turkish lower-cases it to ı) */
    SEEN_AR_YK = 1u << 1, /* Arabic yeh or kaf (Persian writes ی and ک) */
    SEEN_APOS = 1u << 2,  /* an apostrophe */
    SEEN_EV = 1u << 3     /* a letter only some languages write */
};

struct fold {
    unsigned seen;
    uint32_t ev; /* languages that write every such letter of the word */
};

enum fold_mode { FOLD_PLAIN, FOLD_TR, FOLD_FA };

#define BIT(code) (1u << NN_LANG_##code)

static uint32_t letter_langs(int32_t cp)
{
    if ((cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x01A1 ||
        cp == 0x01B0) /* ạ ả ấ ... ỹ (Vietnamese's tones), ơ ư */
        return BIT(vi);
    if (cp == 0x0111) /* đ */
        return BIT(vi) | BIT(hr);
    if (cp >= 0x03AC && cp <= 0x03CE) /* Greek small letters */
        return BIT(el);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F))
        return BIT(ja); /* kana */
    if (cp >= 0x3400 && nn_is_cjk_cp(cp))
        return BIT(ja) | BIT(zh); /* ideographs: Chinese's and Japanese's */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return BIT(ko); /* Hangul syllables */
    return nn_lang_other_letters(cp);
}

/* Letters, digits and the apostrophe: ASCII bytes inside a word (lang.h). */
const unsigned char nn_ascii_word[128] = {
    ['\''] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1,  ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1,
    ['B'] = 1,  ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
    ['H'] = 1,  ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
    ['N'] = 1,  ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1,
    ['T'] = 1,  ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1,
    ['Z'] = 1,  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1,
    ['f'] = 1,  ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,
    ['l'] = 1,  ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1,
    ['r'] = 1,  ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
    ['x'] = 1,  ['y'] = 1, ['z'] = 1,
};

#define F_LETTER(c) [(c)] = (c), [(c)-32] = (c)
#define F_DIGIT(c) [(c)] = (c)
const uint16_t nn_ascii_fold[256] = {
    NN_ASCII_LETTERS_BUT_I(F_LETTER), NN_ASCII_DIGITS(F_DIGIT),     ['i'] = 'i',
    ['I'] = 'i' | NN_FOLD_I,          ['\''] = '\'' | NN_FOLD_APOS,
};
const unsigned char nn_ascii_lower[256] = {
    NN_ASCII_LETTERS_BUT_I(F_LETTER),
    NN_ASCII_DIGITS(F_DIGIT),
    ['i'] = 'i',
    ['I'] = 'i',
};
#undef F_LETTER
#undef F_DIGIT

size_t nn_lang_count(void)
{
    return NN_COUNT(nn_langs);
}

const char *nn_lang_code(int lang)
{
    if (lang < 0 || (size_t)lang >= NN_COUNT(nn_langs))
        return NULL;
    return nn_langs[lang].code;
}

int nn_lang_find(const char *code)
{
    char want[8];
    size_t n = 0, i;
    if (!code)
        return -1;
    while (code[n] && code[n] != '-' && code[n] != '_') {
        unsigned char c = (unsigned char)code[n];
        if (n + 1 >= sizeof want)
            return -1;
        want[n++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    want[n] = '\0';
    for (i = 0; i < NN_COUNT(nn_langs); i++)
        if (!strcmp(want, nn_langs[i].code))
            return (int)i;
    return -1;
}

/* ---- words: decoding, classes, folding ----------------------------- */

/* Decode one code point of s[0..len) (len >= 1, s[0] >= 0x80); returns its
 * length.  Two- and three-byte sequences inline, checked; the rest through
 * nn_utf8_decode (invalid bytes come back as U+FFFD, one byte long). */
static size_t decode(const char *s, size_t len, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] >= 0xC2 && u[0] < 0xE0 && len >= 2 && (u[1] & 0xC0) == 0x80) {
        *cp = (int32_t)((u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu));
        return 2;
    }
    if (u[0] >= 0xE0 && u[0] < 0xF0 && len >= 3 && (u[1] & 0xC0) == 0x80 &&
        (u[2] & 0xC0) == 0x80) {
        int32_t c = (int32_t)((u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 |
                              (u[2] & 0x3Fu));
        if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
            *cp = c;
            return 3;
        }
    }
    return nn_utf8_decode(s, len, cp);
}

/* nn_lang_wordchar, inlined where words are scanned. */
static inline int wordchar(int32_t cp, int32_t *lower)
{
    *lower = cp;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            *lower = cp | 0x20;
        return cp < 0 ? 0 : nn_ascii_word[cp];
    }
    /* the blocks of the languages here, without a call into utf8proc */
    if (cp >= 0x00C0 && cp <= 0x00FF) { /* Latin-1 letters */
        if (cp == 0x00D7 || cp == 0x00F7)
            return 0;
        if (cp <= 0x00DE)
            *lower = cp + 0x20;
        return 1;
    }
    if (cp >= 0x0400 && cp <= 0x045F) { /* Cyrillic */
        if (cp <= 0x040F)
            *lower = cp + 0x50;
        else if (cp <= 0x042F)
            *lower = cp + 0x20;
        return 1;
    }
    if ((cp >= 0x0620 && cp <= 0x0669) || (cp >= 0x066E && cp <= 0x06D3) ||
        (cp >= 0x06F0 && cp <= 0x06F9)) /* Arabic letters, marks, digits */
        return 1;
    if (cp >= 0x2000 && cp <= 0x206F) /* spaces, dashes, quotes */
        return cp == 0x2019;
    *lower = utf8proc_tolower(cp);
    return nn_is_alnum_cp(cp);
}

int nn_lang_wordchar(int32_t cp, int32_t *lower)
{
    return wordchar(cp, lower);
}

/* Append the folded form of one word character (cp, lower case low) to
 * out, which holds WORD_MAX bytes (o may run past it: the caller then
 * drops the word), and return the new length. */
static inline size_t fold_cp(int32_t cp, int32_t low, enum fold_mode mode,
                             char *out, size_t o, struct fold *f)
{
    uint32_t ev;
    if (cp < 0x80) {
        if (cp == 'I') {
            f->seen |= SEEN_I;
            if (mode == FOLD_TR)
                low = 0x131; /* dotless ı */
        } else if (cp == '\'') {
            f->seen |= SEEN_APOS;
        }
    } else if (cp == 0x2019 || cp == 0x02BC) {
        f->seen |= SEEN_APOS;
        low = '\'';
    } else if (cp == 0x0640 || (cp >= 0x064B && cp <= 0x0652) || cp == 0x0670) {
        return o; /* Arabic tatweel and vowel marks */
    } else {
        if ((ev = letter_langs(cp == 0x0130 ? 0x0131 : low)) != 0) {
            f->seen |= SEEN_EV; /* (İ, lower case i, is evidence as ı) */
            f->ev &= ev;
        }
        if (low == 0x0451) /* ё: the lists write е */
            low = 0x0435;
        else if (low == 0x064A || low == 0x0643) {
            f->seen |= SEEN_AR_YK;
            if (mode == FOLD_FA)
                low = low == 0x064A ? 0x06CC : 0x06A9;
        }
    }
    if (low < 0x80) {
        if (o < WORD_MAX)
            out[o] = (char)low;
        return o + 1;
    }
    if (low < 0x800) {
        if (o + 2 <= WORD_MAX) {
            out[o] = (char)(0xC0 | low >> 6);
            out[o + 1] = (char)(0x80 | (low & 0x3F));
        }
        return o + 2;
    }
    {
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t k = utf8proc_encode_char(low, enc);
        if (o + (size_t)k <= WORD_MAX)
            memcpy(out + o, enc, (size_t)k);
        return o + (size_t)k;
    }
}

/* Fold a whole word into out; returns its length (WORD_MAX or more when it
 * is too long to be a stopword). */
static size_t fold_word(const char *w, size_t n, enum fold_mode mode, char *out,
                        struct fold *f)
{
    size_t i = 0, o = 0;
    f->seen = 0;
    f->ev = ~(uint32_t)0;
    while (i < n) {
        int32_t cp, low;
        size_t k = 1;
        if ((unsigned char)w[i] < 0x80)
            cp = (unsigned char)w[i];
        else
            k = decode(w + i, n - i, &cp);
        (void)wordchar(cp, &low);
        o = fold_cp(cp, low, mode, out, o, f);
        i += k;
    }
    return o;
}

/* The part of a folded word that is looked up: without apostrophes at
 * either end (quotes, "students'"). */
static void trim_apos(const char *w, size_t *off, size_t *n)
{
    while (*n && w[*off] == '\'') {
        (*off)++;
        (*n)--;
    }
    while (*n && w[*off + *n - 1] == '\'')
        (*n)--;
}

/* Length of the part before the first inner apostrophe (French l'homme,
 * Italian dell'anno), or 0 when there is none. */
static size_t before_apos(const char *w, size_t n)
{
    const char *q = memchr(w, '\'', n);
    return q ? (size_t)(q - w) : 0;
}

static uint32_t probe_apos(const char *w, size_t n, unsigned seen);
static uint32_t probe(const char *w, size_t n);

/* Korean writes a word's particle or ending on its last syllable
 * ("기자가", "구속됐다"), and ko's list is of such syllables: the length
 * of the folded word's (o bytes) last syllable when it is Hangul's, or
 * 0. */
static size_t hangul_tail(const char *w, size_t o)
{
    const unsigned char *p = (const unsigned char *)w + o - 3;
    int32_t cp;
    if (o < 3 || o >= WORD_MAX || p[0] < 0xEA || p[0] > 0xED)
        return 0;
    cp = (int32_t)((p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu));
    return cp >= 0xAC00 && cp <= 0xD7A3 ? 3 : 0;
}

int nn_lang_stopword(int lang, const char *w, size_t n)
{
    const struct nn_stoplist *l;
    char buf[WORD_MAX];
    struct fold f;
    size_t o;
    enum fold_mode mode = FOLD_PLAIN;
    if (lang < 0 || (size_t)lang >= NN_COUNT(nn_langs) || !w)
        return 0;
    l = &nn_langs[lang];
    if (lang == NN_LANG_tr)
        mode = FOLD_TR;
    else if (lang == NN_LANG_fa)
        mode = FOLD_FA;
    /* the hashed union answers for every list at once: faster than a
     * binary search of the one list (strcmp at every step) */
    (void)l;
    if (mode == FOLD_PLAIN && n < WORD_MAX) {
        /* a plain ASCII word (most words of most pages): lower-cased as
         * it is copied, no decoding */
        size_t i;
        for (i = 0; i < n; i++) {
            unsigned char c = (unsigned char)w[i];
            if (c >= 0x80 || c == '\'')
                break;
            buf[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        if (i == n)
            return (probe(buf, n) & (1u << lang)) != 0;
    }
    o = fold_word(w, n, mode, buf, &f);
    if (lang == NN_LANG_ko) {
        size_t t = hangul_tail(buf, o);
        return t && (probe(buf + o - t, t) & (1u << lang)) != 0;
    }
    if (probe_apos(buf, o, f.seen) & (1u << lang))
        return 1;
    if (mode == FOLD_TR && (f.seen & SEEN_I)) { /* I written for İ */
        o = fold_word(w, n, FOLD_PLAIN, buf, &f);
        return (probe_apos(buf, o, f.seen) & (1u << lang)) != 0;
    }
    return 0;
}

/* ---- all languages at once: the hashed union ------------------------ */

int nn_lang_ascii_direct(int lang)
{
    return lang >= 0 && (size_t)lang < NN_COUNT(nn_langs) &&
           lang != NN_LANG_tr && lang != NN_LANG_fa;
}

uint32_t nn_lang_ascii_langs(const char *w, size_t n, uint32_t h)
{
    return nn_lang_probe(w, n, h, 1);
}

int nn_lang_stopword_ascii(int lang, const char *w, size_t n, uint32_t h)
{
    if (lang < 0 || (size_t)lang >= NN_COUNT(nn_langs) || !w ||
        lang == NN_LANG_tr || lang == NN_LANG_fa)
        return nn_lang_stopword(lang, w, n);
    return (nn_lang_probe(w, n, h, 1) & (1u << lang)) != 0;
}

/* The languages (bit i = nn_langs[i]) of a folded word, 0 for none: its
 * hash, h = (h + byte) * 2654435761 mod 2^32 as the Makefile's, probed
 * (lang_probe.h). */
static uint32_t probe(const char *w, size_t n)
{
    uint32_t h = 0;
    size_t i;
    if (!n || n >= WORD_MAX)
        return 0;
    /* (every byte of a folded word shorter than WORD_MAX is written: see
     * fold_cp; the analyzer cannot follow that) */
    for (i = 0; i < n; i++) {
        // NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult)
        h = NN_LANG_HASH_STEP(h, (unsigned char)w[i]);
    }
    return nn_lang_probe(w, n, h, 0);
}

static uint32_t probe_apos(const char *w, size_t n, unsigned seen)
{
    size_t off = 0, p;
    uint32_t m;
    if (n >= WORD_MAX)
        return 0;
    if (!(seen & SEEN_APOS))
        return probe(w, n);
    trim_apos(w, &off, &n);
    m = probe(w + off, n);
    if (!m && (p = before_apos(w + off, n)) != 0)
        m = probe(w + off, p);
    return m;
}

/* The languages a word (w[0..n), folded to fold[0..o)) speaks for: those
 * it is a stopword of, Turkish read with I as ı and Persian with Arabic
 * yeh and kaf as Persian ones included; else those that write all of its
 * telling letters.  A word of ASCII letters and digits but 'I' (plain)
 * comes with h, the hash of its folded bytes. */
static uint32_t word_langs(const char *w, size_t n, const char *fold, size_t o,
                           const struct fold *f, int plain, uint32_t h,
                           int *stop)
{
    uint32_t m;
    char buf[WORD_MAX];
    struct fold f2;
    size_t t = plain ? 0 : hangul_tail(fold, o);
    if (t) { /* Korean: its last syllable */
        m = probe(fold + o - t, t);
        *stop = m != 0;
        return m ? m : f->ev;
    }
    m = plain ? nn_lang_probe(fold, o, h, 0) : probe_apos(fold, o, f->seen);
    if ((f->seen & SEEN_I) && !(m & BIT(tr))) {
        size_t o2 = fold_word(w, n, FOLD_TR, buf, &f2);
        m |= probe_apos(buf, o2, f2.seen) & BIT(tr);
    }
    if ((f->seen & SEEN_AR_YK) && !(m & BIT(fa)) && o < WORD_MAX) {
        size_t i; /* ي ك (d9 8a, d9 83) as ی ک (db 8c, da a9) */
        memcpy(buf, fold, o);
        for (i = 0; i + 1 < o; i++)
            if ((unsigned char)buf[i] == 0xD9 &&
                ((unsigned char)buf[i + 1] == 0x8A ||
                 (unsigned char)buf[i + 1] == 0x83)) {
                int yeh = (unsigned char)buf[i + 1] == 0x8A;
                buf[i] = (char)(yeh ? 0xDB : 0xDA);
                buf[i + 1] = (char)(yeh ? 0x8C : 0xA9);
            }
        m |= probe_apos(buf, o, f->seen) & BIT(fa);
    }
    *stop = m != 0;
    if (!m && (f->seen & SEEN_EV))
        m = f->ev;
    return m;
}

/* A word that speaks for k languages counts 1/k to each of them (in units
 * of 1/UNIT) in the ranking: "de" says little, "the" much. */
#define UNIT 720720u /* divisible by 1 .. 16 */
#define NL NN_COUNT(nn_langs)

/* The counts' verdict (see nn_lang_detect): the best language, or -1.
 * With strict 1 the rules are nn_lang_detect's; strict 2 asks twice the
 * share, stopwords, distinct words and margin: a verdict that the rest of
 * the sample would not overturn (see DECIDED_EVERY). */
static int decide(const uint64_t *score, unsigned both[][NL],
                  const unsigned *stops, size_t words, unsigned strict)
{
    size_t a, best = 0;
    unsigned margin = MARGIN_PCT;
    if (words < NN_LANG_MIN_WORDS)
        return -1;
    /* the first of equals wins the ranking, then fails the margin */
    for (a = 1; a < NL; a++)
        if (score[a] > score[best])
            best = a;
    if (both[best][best] * 100 < words * MIN_SHARE_PCT * strict) {
        if (strict > 1 || both[best][best] * 100 < words * LOW_SHARE_PCT)
            return -1;
        margin = WIDE_MARGIN_PCT;
    }
    if (stops[best] * 100 < words * MIN_STOP_PCT * strict)
        return -1;
    for (a = 0; a < NL; a++) {
        unsigned mine, theirs;
        if (a == best || !both[a][a])
            continue;
        mine = both[best][best] - both[best][a];
        theirs = both[a][a] - both[best][a];
        if (mine < MIN_DISTINCT * strict ||
            mine * 100 <= theirs * margin * strict)
            return -1;
    }
    return (int)best;
}

/* Every DECIDED_EVERY words the counts are asked for a strict verdict:
 * most pages speak one language plainly, and reading on to
 * NN_LANG_ENOUGH words would only cost time. */
#define DECIDED_EVERY 80

/* A plain word at text[i]: ASCII letters and digits but 'I', ended by
 * the end of the text or an ASCII byte that is in no word.  Its end, with
 * *h its hash (NN_LANG_HASH_STEP over the folded bytes, as read_word
 * computes); 0 when what starts at i is no such word (another byte, or a
 * word that goes on with 'I', an apostrophe or a byte beyond ASCII).
 * Most words of most samples are plain: read without copying. */
static size_t plain_word(const char *text, size_t i, size_t len, uint32_t *h)
{
    const unsigned char *u = (const unsigned char *)text;
    uint32_t x = 0;
    size_t j = i;
    unsigned fb;
    /* (1 .. 0xFF: a letter or digit, no flag) */
    while (j < len && (fb = nn_ascii_fold[u[j]]) - 1u < 0xFFu) {
        x = NN_LANG_HASH_STEP(x, fb);
        j++;
    }
    if (j == i || (j < len && (u[j] >= 0x80 || nn_ascii_fold[u[j]])))
        return 0;
    *h = x;
    return j;
}

/* Read the word at text[i] into buf (folded, *o bytes; *f what folding
 * saw; *plain: ASCII letters and digits but 'I' only, *h their hash).
 * Returns its end, i when no word starts there (*k: the bytes to pass). */
static size_t read_word(const char *text, size_t i, size_t len, char *buf,
                        size_t *o, struct fold *f, int *plain, uint32_t *h,
                        size_t *k)
{
    size_t j = i;
    *k = 1;
    while (j < len) {
        unsigned char c = (unsigned char)text[j];
        unsigned fb = nn_ascii_fold[c];
        int32_t cp, low;
        if (fb) { /* an ASCII letter or digit, or an apostrophe */
            *k = 1;
            if (fb & (NN_FOLD_I | NN_FOLD_APOS)) {
                *o = fold_cp(c, (int32_t)(fb & 0xFFu), FOLD_PLAIN, buf, *o, f);
                *plain = 0;
            } else {
                if (*o < WORD_MAX) /* a-z 0-9 as they are, A-Z folded */
                    buf[*o] = (char)fb;
                (*o)++;
                *h = NN_LANG_HASH_STEP(*h, fb); /* probe()'s, on the way */
            }
        } else if (c < 0x80) {
            *k = 1;
            break;
        } else {
            *k = decode(text + j, len - j, &cp);
            if (!wordchar(cp, &low))
                break;
            if (nn_is_cjk_cp(cp)) { /* a word of its own */
                if (j == i) {
                    *o = fold_cp(cp, low, FOLD_PLAIN, buf, *o, f);
                    *plain = 0;
                    j += *k;
                }
                break;
            }
            *o = fold_cp(cp, low, FOLD_PLAIN, buf, *o, f);
            *plain = 0;
        }
        j += *k;
    }
    return j;
}

int nn_lang_detect(const char *text, size_t len)
{
    uint64_t score[NL];    /* weighted, for the ranking */
    unsigned both[NL][NL]; /* words for both i and j; both[i][i]: for i */
    unsigned stops[NL];    /* stopwords of i */
    size_t words = 0, i = 0, a;
    int early;
    char buf[WORD_MAX];
    if (!text)
        return -1;
    memset(score, 0, sizeof score);
    memset(both, 0, sizeof both);
    memset(stops, 0, sizeof stops);
    while (i < len && i < NN_LANG_SAMPLE && words < NN_LANG_ENOUGH) {
        size_t j, o = 0, k = 1;
        struct fold f;
        uint32_t m, x, h = 0;
        unsigned nl;
        int stop, plain = 1;
        /* ASCII bytes between words, passed over at once */
        if ((unsigned char)text[i] < 0x80 &&
            !nn_ascii_fold[(unsigned char)text[i]]) {
            i++;
            continue;
        }
        /* one word: a plain one read at once, else folded while its end
         * is found (word_langs answers for a plain one as nn_lang_probe) */
        j = plain_word(text, i, len, &h);
        if (!j) {
            f.seen = 0;
            f.ev = ~(uint32_t)0;
            j = read_word(text, i, len, buf, &o, &f, &plain, &h, &k);
            if (j == i) { /* not a word character */
                i += k;
                continue;
            }
        }
        if (++words % DECIDED_EVERY == 0 &&
            (early = decide(score, both, stops, words - 1, 2)) >= 0)
            return early;
        if (plain) {
            m = nn_lang_probe(text + i, j - i, h, 1);
            stop = m != 0;
        } else {
            m = word_langs(text + i, j - i, buf, o, &f, plain, h, &stop);
        }
        i = j;
        if (!m)
            continue;
        /* (counted here: without a popcount instruction in the target,
         * __builtin_popcount is a call into libgcc) */
        for (nl = 0, x = m; x; x &= x - 1)
            nl++;
        /* the set bits only: most words speak for one language or two */
        for (x = m; x; x &= x - 1) {
            uint32_t y;
            a = (size_t)__builtin_ctz(x);
            score[a] += UNIT / nl;
            stops[a] += (unsigned)stop;
            for (y = m; y; y &= y - 1)
                both[a][__builtin_ctz(y)]++;
        }
    }
    return decide(score, both, stops, words, 1);
}
