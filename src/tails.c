/* tails.c - what is cut from the end of a body line: link text glued
 * after its last sentence ("... volatility. read more", "... deficit.
 * Similar Posts") and a "read also" link glued there ("... katanya. Baca
 * juga: Sebar Hoaks ..."); classify.c asks here of every line it makes a
 * body line.  The line keeps its text; its cut says how much of its end
 * goes, and --explain logs it. */
#include "article.h"
#include "unicode.h"

#include <string.h>
#include <strings.h>

/* A phrase and its length (sizeof counts the '\0'), measured at compile
 * time: every body line is compared with every phrase. */
typedef struct {
    const char *s;
    size_t len;
} phrase;
#define PHRASE(lit)                                                            \
    {                                                                          \
        lit, sizeof(lit) - 1                                                   \
    }

/* A "read also" link glued after a paragraph's last sentence ("...
 * katanya. Baca juga: Sebar Hoaks Vaksin di Facebook, Pegawai Honorer
 * Diringkus"): the label, a colon and a headline (a few words, no full
 * stop at the end) to the line's end are cut, and logged. */
static int read_also_tail(article *a, size_t i)
{
    static const phrase labels[] = {
        PHRASE("Read also:"),     PHRASE("Read more:"),
        PHRASE("Also read:"),     PHRASE("See also:"),
        PHRASE("Baca juga:"),     PHRASE("Leia também:"),
        PHRASE("Lea también:"),   PHRASE("Lee también:"),
        PHRASE("Lire aussi :"),   PHRASE("Lire aussi:"),
        PHRASE("Leggi anche:"),   PHRASE("Lesen Sie auch:"),
        PHRASE("Czytaj też:"),    PHRASE("Читайте также:"),
        PHRASE("Читайте також:"), PHRASE("READ MORE:"),
        PHRASE("MORE NEWS:"),     PHRASE("ALSO READ:")};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i), *c = s + l->skip, *p;
    size_t n = l->len, tl, k, t;
    int glued;
    /* every label ends in a colon: look back from each colon */
    while ((c = memchr(c, ':', (size_t)(s + n - c))) != NULL) {
        size_t at = (size_t)(c - s) + 1; /* just past the colon */
        for (t = 0; t < NN_COUNT(labels); t++) {
            tl = labels[t].len;
            if (at < tl + l->skip + 2 || memcmp(s + at - tl, labels[t].s, tl))
                continue;
            k = at - tl;
            /* after a blank, or glued to the sentence's full stop or
             * closing quote (".READ MORE: ...", "dollars.”MORE NEWS:") */
            glued = s[k - 1] != ' ';
            if (!nn_ends_sentence(s + l->skip, k - !glued - l->skip))
                continue;
            p = s + at;
            if (nn_word_count(p, n - at) > 20 || nn_ends_sentence(p, n - at))
                return 0; /* a sentence that quotes the label goes on */
            log_removed(a, "read-also", i, s + k, n - k);
            l->cut = n - k + !glued;
            return 1;
        }
        c++;
    }
    return 0;
}

/* A name that signs the paragraph, glued after its last sentence with a
 * dash ("... ifadelerini kullandı. -Fatma Bedia UYAR", "... the city. –
 * Jane Doe"): two to four words that open with capitals, to the line's
 * end.  Cut, logged, and the name is an author when none was found. */
static int signature_tail(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i), *p, *e = s + l->len;
    size_t k, words = 0, dash;
    if (l->len < l->skip + 8)
        return 0;
    /* the dash stands in the last 48 bytes, after ". ": the first one
     * there, found by memchr ('-', or the lead byte of '–' and '—') */
    k = l->len > 48 ? l->len - 48 : l->skip + 2;
    {
        const char *h = memchr(s + k, '-', l->len - k),
                   *u = memchr(s + k, 0xE2, l->len - k);
        for (;;) {
            const char *c = h && (!u || h < u) ? h : u;
            if (!c || c + 4 >= e)
                return 0;
            k = (size_t)(c - s);
            if ((*c == '-' ||
                 (c[1] == '\x80' && (c[2] == '\x93' || c[2] == '\x94'))) &&
                k >= l->skip + 2 && s[k - 1] == ' ' &&
                nn_ends_sentence(s + l->skip, k - 1 - l->skip))
                break;
            if (c == h)
                h = memchr(c + 1, '-', (size_t)(e - c - 1));
            else
                u = memchr(c + 1, 0xE2, (size_t)(e - c - 1));
        }
    }
    if (s[k - 2] == '"' || (k >= 4 && (!memcmp(s + k - 4, "\xE2\x80\x9D", 3) ||
                                       !memcmp(s + k - 3, "\xC2\xBB", 2))))
        return 0; /* a quotation's source ("“...” – Jane Doe") stays */
    dash = k;
    p = s + k + (s[k] == '-' ? 1 : 3);
    if (*p == ' ')
        p++;
    while (p < e) {
        const char *w = p;
        if (!nn_starts_upper(p, (size_t)(e - p)) || ++words > 4)
            return 0;
        while (p < e && *p != ' ')
            p++;
        if (p - w < 2 || nn_ends_sentence(w, (size_t)(p - w)))
            return 0;
        p += p < e;
    }
    if (words < 2)
        return 0;
    p = s + dash + (s[dash] == '-' ? 1 : 3);
    p += *p == ' ';
    if (!a->rec->authors.len)
        nn_byline_add(a, &a->rec->authors, p, (size_t)(e - p));
    log_removed(a, "signature", i, s + dash, l->len - dash);
    l->cut = l->len - dash + 1;
    return 1;
}

/* Link text glued after a paragraph's last sentence ("... volatility.
 * read more", "... deficit. Similar Posts"): cut, and logged. */
void nn_tails_cut(article *a, size_t i)
{
    static const phrase tails[] = {PHRASE("read more"),
                                   PHRASE("read more \xC2\xBB"),
                                   PHRASE("continue reading"),
                                   PHRASE("similar posts"),
                                   PHRASE("related posts"),
                                   PHRASE("related articles"),
                                   PHRASE("related news"),
                                   PHRASE("more news"),
                                   PHRASE("see also"),
                                   PHRASE("share this"),
                                   PHRASE("share"),
                                   PHRASE("view image in full screen"),
                                   PHRASE("click to enlarge")};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t n = l->len, tl, t;
    if (read_also_tail(a, i) || signature_tail(a, i))
        return;
    for (t = 0; t < NN_COUNT(tails); t++) {
        tl = tails[t].len;
        if (n > tl + 2 + l->skip && s[n - tl - 1] == ' ' &&
            nn_ends_sentence(s + l->skip, n - tl - 1 - l->skip) &&
            !strncasecmp(s + n - tl, tails[t].s, tl)) {
            log_removed(a, "trailing-chrome", i, s + n - tl, tl);
            l->cut = tl + 1;
            return;
        }
    }
}
