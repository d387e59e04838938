/* page_hints.c - what page_headline.c reads of a page besides its
 * lines' shapes: the words of its address's slug, and the title a
 * reader-mode scraper printed above the text ("Title: ..."). */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>

static int hex_val(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Words of the URL's last path segment ("/2024/05/city-votes-to-ban-cars
 * .html" -> "city votes to ban cars"; "%D8%A7..." decoded), lower case,
 * into out. */
size_t nn_pg_slug_words(const char *text, const nn_line *lines, size_t n,
                        char *out, size_t outlen)
{
    size_t i, o = 0;
    for (i = 0; i < n && i < 40; i++) {
        const char *s = text + lines[i].off, *p, *end, *seg;
        size_t len = lines[i].len;
        for (p = s; (p = memchr(p, ':', (size_t)(s + len - p))) != NULL &&
                    !(p + 3 <= s + len && !memcmp(p, "://", 3));
             p++)
            ;
        if (!p)
            continue;
        if (p + 3 > s + len)
            continue;
        end = p + 3;
        while (end < s + len && *end != ' ' && *end != '?' && *end != '#')
            end++;
        while (end > p + 3 && end[-1] == '/')
            end--;
        seg = end;
        while (seg > p + 3 && seg[-1] != '/')
            seg--;
        if (seg == p + 3)
            continue; /* a host alone */
        for (; seg < end && o + 2 < outlen; seg++) {
            char c = *seg;
            int hi, lo;
            if (c == '.' && end - seg <= 5)
                break; /* ".html" */
            if (c == '%' && end - seg >= 3 && (hi = hex_val(seg[1])) >= 0 &&
                (lo = hex_val(seg[2])) >= 0) {
                c = (char)(hi << 4 | lo); /* a slug in another script is
                                             percent-encoded UTF-8 */
                seg += 2;
            }
            c = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
            out[o++] = ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        (unsigned char)c >= 0x80)
                           ? c
                           : ' ';
        }
        break;
    }
    out[o] = '\0';
    return o;
}

/* Latin letters for the Cyrillic ones from U+0430 (а) to U+044F (я), as
 * sites spell their Russian and Ukrainian slugs ("v-dome-kulturyi-
 * obnovili-interer-i-zvuk"); the signs spell nothing. */
static const char *const cyr_latin[32] = {"a",  "b",   "v", "g", "d", "e",
                                          "zh", "z",   "i", "y", "k", "l",
                                          "m",  "n",   "o", "p", "r", "s",
                                          "t",  "u",   "f", "h", "c", "ch",
                                          "sh", "sch", "",  "y", "",  "e",
                                          "yu", "ya"};

/* Line s in Latin letters, lower case (Cyrillic as cyr_latin spells it;
 * ё і ї є ґ as e i i e g; anything else not a letter or digit a blank),
 * into out: its length. */
static size_t latin_of(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n && o + 5 < cap) {
        int32_t cp = (unsigned char)s[i];
        const char *t;
        char one[2] = {0, 0};
        i += cp < 0x80 ? 1 : nn_utf8_decode(s + i, n - i, &cp);
        if (cp >= 0x410 && cp <= 0x42F)
            cp += 0x20; /* А-Я as а-я */
        if (cp >= 0x430 && cp <= 0x44F)
            t = cyr_latin[cp - 0x430];
        else if (cp == 0x451 || cp == 0x401 || cp == 0x454 || cp == 0x404)
            t = "e";
        else if (cp == 0x456 || cp == 0x406 || cp == 0x457 || cp == 0x407)
            t = "i";
        else if (cp == 0x491 || cp == 0x490)
            t = "g";
        else {
            one[0] =
                (char)((cp >= 'A' && cp <= 'Z') ? cp | 0x20
                       : (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                           ? cp
                           : ' ');
            t = one;
        }
        while (*t)
            out[o++] = *t++;
    }
    return o;
}

/* The next word of s from *i (letters and digits): its start in *w. */
static int latin_word(const char *s, size_t n, size_t *i, size_t *w)
{
    while (*i < n && s[*i] == ' ')
        (*i)++;
    *w = *i;
    while (*i < n && s[*i] != ' ')
        (*i)++;
    return *i > *w;
}

#define TRANSLIT_MAX 512
#define STEM 4 /* letters two spellings of a word agree on */

float nn_pg_slug_translit(const char *slug, size_t slen, const char *s,
                          size_t n)
{
    char lat[TRANSLIT_MAX];
    size_t ln, i = 0, w, words = 0, hits = 0;
    if (n < 2 || !((unsigned char)s[0] == 0xD0 || (unsigned char)s[0] == 0xD1))
        return 0; /* (a line in Cyrillic: its first letter is) */
    ln = latin_of(s, n, lat, sizeof lat);
    while (latin_word(slug, slen, &i, &w)) {
        size_t j = 0, v, wl = i - w;
        if (wl < 3)
            continue; /* ("i", "v", "na") */
        words++;
        while (latin_word(lat, ln, &j, &v)) {
            size_t k, vl = j - v, m = wl < vl ? wl : vl;
            if (m > STEM)
                m = STEM;
            for (k = 0; k < m && slug[w + k] == lat[v + k]; k++)
                ;
            if (k == m && (m == STEM || wl == vl)) {
                hits++;
                break;
            }
        }
    }
    return words ? (float)hits / (float)words : 0;
}

/* The metadata title of a reader-mode scrape ("Title: ..."), in the first
 * lines; NULL when there is none. */
const char *nn_pg_meta_title(const char *text, const nn_line *lines, size_t n,
                             size_t *len)
{
    size_t i;
    for (i = 0; i < n && i < 12; i++) {
        const char *s = text + lines[i].off;
        /* "Title: ..." (Jina), "title: ..." (front matter) */
        if (lines[i].len > 7 && (s[0] | 0x20) == 't' &&
            !strncmp(s + 1, "itle: ", 6)) {
            *len = lines[i].len - 7 > 400 ? 400 : lines[i].len - 7;
            return s + 7;
        }
    }
    return NULL;
}
