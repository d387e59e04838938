/* mojibake.c - undo UTF-8 that was decoded as Windows-1252 and encoded
 * again, the most common damage in scraped text: "â€™" for "’", "Ã©" for
 * "é", "Â " for a no-break space.
 *
 * A run is repaired only when mapping its characters back to Windows-1252
 * bytes gives exactly one valid UTF-8 sequence of two to four bytes, so
 * ordinary Latin-1 text ("Ãgua", "São") is left alone. */
#include "internal.h"

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
        (utf8proc_ssize_t)need)
        return 0;
    nn_buf_put(out, bytes, need);
    return used;
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

size_t nn_mojibake_repair(const char *s, size_t len, nn_buf *out)
{
    size_t i = 0, fixed = 0;

    nn_buf_grow(out, len);
    while (i < len) {
        /* what lies between candidates is copied as it is */
        const char *c3 = memchr(s + i, 0xC3, len - i);
        size_t at = c3 ? (size_t)(c3 - s) : len, used;
        nn_buf_put(out, s + i, at - i);
        i = at;
        if (i == len)
            break;
        if (candidate(s + i, len - i) &&
            (used = repair_one(s + i, len - i, out)) != 0) {
            fixed++;
            i += used;
            continue;
        }
        nn_buf_putc(out, s[i++]);
    }
    return fixed;
}
