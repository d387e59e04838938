/* page_hints.c - what page_headline.c reads of a page besides its
 * lines' shapes: the words of its address's slug, and the title a
 * reader-mode scraper printed above the text ("Title: ..."). */
#include "page.h"
#include "page_int.h"

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
