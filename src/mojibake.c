/* mojibake.c - undo UTF-8 that was decoded as Windows-1252 and encoded
 * again, the most common damage in scraped text: "â€™" for "’", "Ã©" for
 * "é", "Â " for a no-break space; and as Mac Roman: "‚Äô" for "’", "√©"
 * for "é".
 *
 * A run is repaired only when mapping its characters back to Windows-1252
 * bytes gives exactly one valid UTF-8 sequence of two to four bytes, so
 * ordinary Latin-1 text ("Ãgua", "São") is left alone. */
#include "input.h"
#include "internal.h"
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>

/* Windows-1252 bytes 0x80..0x9F and the characters they decode to; the five
 * undefined bytes decode to the C1 control of the same value. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The Windows-1252 byte a character came from, or -1. */
static int cp1252_byte(int32_t cp)
{
    int i;
    if (cp < 0x80)
        return (int)cp;
    if (cp >= 0xA0 && cp <= 0xFF)
        return (int)cp;
    for (i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    if (cp >= 0x80 && cp <= 0x9F)
        return (int)cp;
    return -1;
}

/* A repair must give a character in use: "compatibilità»…" is Italian
 * followed by a quote and an ellipsis, not "à»…" for U+0EC5, a code point
 * Unicode leaves unassigned (nor a private-use or control character). */
static int assigned(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c != UTF8PROC_CATEGORY_CN && c != UTF8PROC_CATEGORY_CO &&
           c != UTF8PROC_CATEGORY_CC;
}

/* Try to repair at s: returns the input bytes consumed (0: no repair) and
 * appends the repaired character. */
static size_t repair_one(const char *s, size_t len, nn_buf *out)
{
    unsigned char bytes[4];
    int32_t cp;
    size_t n = nn_utf8_decode(s, len, &cp), used = n, need, k;
    int b = cp1252_byte(cp);
    utf8proc_int32_t dec;

    if (b >= 0xC2 && b <= 0xDF)
        need = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        need = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        need = 4;
    else
        return 0;
    bytes[0] = (unsigned char)b;
    for (k = 1; k < need; k++) {
        int c;
        if (used >= len)
            break;
        n = nn_utf8_decode(s + used, len - used, &cp);
        c = cp1252_byte(cp);
        if (c < 0x80 || c > 0xBF)
            break;
        bytes[k] = (unsigned char)c;
        used += n;
    }
    if (k < need) {
        /* "â€" whose third byte (0x9D, undefined in Windows-1252) was lost:
         * almost always a closing double quote. */
        if (need == 3 && k == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80) {
            nn_buf_puts(out, "\xE2\x80\x9D");
            return used;
        }
        return 0;
    }
    if (utf8proc_iterate(bytes, (utf8proc_ssize_t)need, &dec) !=
            (utf8proc_ssize_t)need ||
        !assigned(dec))
        return 0;
    nn_buf_put(out, bytes, need);
    return used;
}

/* UTF-8 decoded as Mac Roman (a Mac's default, "Friday‚Äôs" for
 * "Friday’s", "caf√©" for "café"): the characters Mac Roman has for bytes
 * 0x80..0xBF, the continuation bytes of UTF-8. */
static const uint16_t macroman_cont[64] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
};

static int macroman_byte(int32_t cp)
{
    int i;
    for (i = 0; i < 64; i++)
        if (macroman_cont[i] == cp)
            return 0x80 + i;
    return -1;
}

/* At s, "‚" (Mac Roman's 0xE2) or "√" (0xC3) and the continuation
 * characters of one UTF-8 sequence: the general punctuation of U+2000..
 * U+206F, or a Latin-1 letter.  Returns the bytes consumed (0: none) and
 * appends the repaired character. */
static size_t repair_mac(const char *s, size_t len, nn_buf *out)
{
    unsigned char bytes[3];
    int32_t cp;
    size_t n = nn_utf8_decode(s, len, &cp), used = n, need, k;
    utf8proc_int32_t dec;
    if (cp == 0x201A) {
        bytes[0] = 0xE2;
        need = 3;
    } else if (cp == 0x221A) {
        bytes[0] = 0xC3;
        need = 2;
    } else {
        return 0;
    }
    for (k = 1; k < need; k++) {
        int c;
        if (used >= len)
            return 0;
        n = nn_utf8_decode(s + used, len - used, &cp);
        if ((c = macroman_byte(cp)) < 0)
            return 0;
        bytes[k] = (unsigned char)c;
        used += n;
    }
    if (utf8proc_iterate(bytes, (utf8proc_ssize_t)need, &dec) !=
            (utf8proc_ssize_t)need ||
        !(need == 3 ? dec >= 0x2000 && dec <= 0x206F
                    : dec >= 0x00C0 && dec <= 0x00FF))
        return 0;
    nn_buf_put(out, bytes, need);
    return used;
}

/* "‚Ä" (E2 80 9A C3 84) or "√" (E2 88 9A) followed by a Mac Roman
 * continuation character: where a Mac Roman repair may start. */
static int mac_candidate(const char *p, size_t left)
{
    return left >= 3 && (unsigned char)p[0] == 0xE2 &&
           (((unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x9A) ||
            ((unsigned char)p[1] == 0x88 && (unsigned char)p[2] == 0x9A));
}

/* Could a repair start at p (left bytes)?  Candidates decode to
 * U+00C2..U+00F4: UTF-8 C3 82..C3 B4. */
static int candidate(const char *p, size_t left)
{
    return left >= 2 && (unsigned char)p[0] == 0xC3 &&
           (unsigned char)p[1] >= 0x82 && (unsigned char)p[1] <= 0xB4;
}

/* Could the text hold double-decoded UTF-8?  Every repair starts with a
 * candidate followed by a character that Windows-1252 has for a byte
 * 0x80..0xBF: U+0080..U+00BF (C2 xx) or one of the letters and punctuation
 * of 0x80..0x9F (C5 xx, C6 92, CB xx, E2 xx xx).  nn_mojibake_repair
 * checks the rest; this test only keeps text with real accented letters
 * ("São", "Gül") from going through it. */
int nn_maybe_mojibake(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    /* Mac Roman's "‚Ä" ... and "√": rare in real text, tested first */
    while ((p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
        int32_t cp;
        if (mac_candidate(p, (size_t)(end - p)) && end - p > 3) {
            nn_utf8_decode(p + 3, (size_t)(end - p - 3), &cp);
            if (macroman_byte(cp) >= 0)
                return 1;
        }
        p++;
    }
    p = s;
    while ((p = memchr(p, 0xC3, (size_t)(end - p))) != NULL) {
        unsigned char b2;
        if (end - p < 3)
            return 0;
        b2 = (unsigned char)p[2];
        if (candidate(p, 3) && (b2 == 0xC2 || b2 == 0xC5 || b2 == 0xC6 ||
                                b2 == 0xCB || b2 == 0xE2))
            return 1;
        p++;
    }
    return 0;
}

/* A letter of the Latin alphabets (below U+0250). */
static int latin_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return cp < 0x250 && c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* The repair just appended at out[from..] gives a letter or mark of another
 * script right after a Latin letter: "KÖYÜ’NDEN", "‘KÖTÜ’ HABER" are
 * Turkish with its apostrophe or a closing quote (Ü and ’ are also the
 * Windows-1252 bytes DC 92, U+0712, a Syriac letter), and a word is not
 * written in two scripts.  (Real double-decoded Cyrillic, Greek or Arabic
 * comes whole: the character before a repaired letter is a repaired one,
 * a blank or a mark.) */
static int lone_script(const nn_buf *out, size_t from)
{
    int32_t cp, before;
    size_t b;
    utf8proc_category_t c;
    nn_utf8_decode(out->ptr + from, out->len - from, &cp);
    c = utf8proc_category(cp);
    if (cp < 0x370 || from == 0 || c < UTF8PROC_CATEGORY_LU ||
        c > UTF8PROC_CATEGORY_ME)
        return 0; /* Latin, or punctuation ("Russiaâ€™s") */
    b = from - 1; /* the start of the character before the repair */
    while (b > 0 && ((unsigned char)out->ptr[b] & 0xC0) == 0x80)
        b--;
    nn_utf8_decode(out->ptr + b, from - b, &before);
    return latin_letter(before);
}

size_t nn_mojibake_repair(const char *s, size_t len, nn_buf *out)
{
    size_t i = 0, fixed = 0;

    /* the next C3 and E2 bytes, searched again only once passed (NULL:
     * none left), so that the pass stays linear */
    const char *c3 = s, *e2 = s;

    nn_buf_grow(out, len);
    while (i < len) {
        size_t at, used, mark;
        if (c3 && c3 < s + i)
            c3 = memchr(s + i, 0xC3, len - i);
        if (e2 && e2 < s + i)
            e2 = memchr(s + i, 0xE2, len - i);
        /* what lies between candidates is copied as it is */
        at = len;
        if (c3 && (size_t)(c3 - s) < at)
            at = (size_t)(c3 - s);
        if (e2 && (size_t)(e2 - s) < at)
            at = (size_t)(e2 - s);
        nn_buf_put(out, s + i, at - i);
        i = at;
        if (i == len)
            break;
        mark = out->len;
        used = candidate(s + i, len - i) ? repair_one(s + i, len - i, out) : 0;
        if (used && lone_script(out, mark)) {
            nn_buf_truncate(out, mark); /* taken back: copied as it is */
            used = 0;
        }
        if (used != 0 || (mac_candidate(s + i, len - i) &&
                          (used = repair_mac(s + i, len - i, out)) != 0)) {
            fixed++;
            i += used;
            continue;
        }
        nn_buf_putc(out, s[i++]);
    }
    return fixed;
}
