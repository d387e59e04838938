/* page_wrap.c - whether a page is hard-wrapped, and at what width
 * (html2text wraps at 78 columns): page.c asks once a page, before
 * page_lines.c reads its lines and joins a wrapped paragraph's lines
 * into its first; and where a paragraph's lines go on (nn_pg_goes_on),
 * wrapped or broken by the source document itself. */
#include "internal.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include "lang.h"

#include <stdint.h>
#include <string.h>

/* A line without a space: one token (an address, a word). */
int nn_pg_lone_token(const char *s, size_t n)
{
    return memchr(s, ' ', n) == NULL;
}

/* Does s hold a box-drawing character (U+2500..U+257F: "│", "─", "┼"),
 * as a table printed as text does? */
static int box_drawn(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    while ((p = memchr(p, 0xE2, (size_t)(end - p))) != NULL && p + 2 < end) {
        if ((unsigned char)p[1] == 0x94 || (unsigned char)p[1] == 0x95)
            return 1;
        p++;
    }
    return 0;
}

/* A line's width in columns as a wrapper counts them: its characters
 * (UTF-8 continuation bytes left out, eight bytes at a time), and a
 * corpus header's bytes when one stood at its front. */
size_t nn_pg_columns(const char *text, const nn_line *l)
{
    const char *s = text + l->off;
    size_t i = 0, cont = 0;
    uint64_t w;
    for (; i + 8 <= l->len; i += 8) {
        memcpy(&w, s + i, 8);
        /* 10xxxxxx: the high bit set, the next one clear */
        cont += (size_t)__builtin_popcountll(w & ~(w << 1) & NN_HIGHS);
    }
    for (; i < l->len; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return l->len - cont + l->header;
}

/* The width w (60..100) whose lines of w - 15 .. w hold the most of
 * hist; *best: how many. */
static size_t wrap_width(const size_t *hist, size_t *best)
{
    size_t w, c, width = 0;
    *best = 0;
    for (w = 45, c = 0; w < 60; w++)
        c += hist[w];
    for (w = 60; w <= 100; w++) {
        c += hist[w];
        if (c > *best) {
            *best = c;
            width = w;
        }
        c -= hist[w - 15];
    }
    return width;
}

static int address_or_token(const char *text, const nn_line *l)
{
    return nn_has(text + l->off, l->len, "://", 3) ||
           nn_pg_lone_token(text + l->off, l->len);
}

/* A short page, too short for the counts below: three or more lines
 * break in mid-sentence within 15 columns of one width, and no line is
 * longer than it by more than three (a page of one paragraph a line has
 * longer lines; a line that ends a sentence may reach further).
 * Returns the width in columns, with NN_WRAP_COLUMNS, or 0. */
static size_t short_page(const char *text, const nn_line *lines, size_t n)
{
    size_t mid[101] = {0}, nmid = 0, maxc = 0, i, c, best, width;
    for (i = 0; i < n; i++) /* (most pages: a paragraph's line is longer) */
        if (lines[i].len > 4 * 100 && !address_or_token(text, &lines[i]))
            return 0;
    for (i = 0; i < n; i++) {
        if (lines[i].len < 50)
            continue;
        c = nn_pg_columns(text, &lines[i]);
        if (c < 50 || address_or_token(text, &lines[i]))
            continue;
        if (c > 100)
            return 0; /* longer than any width */
        if (c > maxc)
            maxc = c;
        if (i + 1 < n && lines[i + 1].len &&
            !nn_ends_sentence(text + lines[i].off, lines[i].len)) {
            mid[c]++;
            nmid++;
        }
    }
    width = wrap_width(mid, &best);
    return best >= 3 && best * 4 >= nmid * 3 && maxc <= width + 3
               ? width | NN_WRAP_COLUMNS
               : 0;
}

/* Hard-wrapped pages (html2text wraps at 78 columns): most long lines end
 * within a few columns of one width, and many blocks span several lines.
 * Counted in bytes first; where that finds nothing and most long lines
 * are in a script of two bytes a letter (Cyrillic, Greek), in characters,
 * with one more test, as a page of one-line paragraphs can have many
 * lines of one length (a headline printed again and again): a third of
 * the lines at the width go on with a word in lower case.  Returns that
 * width (with NN_WRAP_COLUMNS when in characters), or 0. */
size_t nn_pg_hard_wrapped(const char *text, const nn_line *lines, size_t n)
{
    size_t hist[101] = {0}, cols[101] = {0}, goes_on[101] = {0};
    size_t inner[101] = {0}, innerl = 0;
    size_t i, w, longl = 0, longc = 0, multi = 0, best = 0, width, wide = 0;
    size_t script2 = 0;
    for (i = 0; i < n; i++) {
        /* the line a corpus header stood on: its width as wrapped
         * (unit_end() counts it so too) */
        size_t len = lines[i].len + lines[i].header;
        if (nn_has(text + lines[i].off, lines[i].len, "://", 3) ||
            (len > 100 && nn_has(text + lines[i].off, lines[i].len, "](", 2)) ||
            (len >= 50 &&
             (nn_pg_lone_token(text + lines[i].off, lines[i].len) ||
              box_drawn(text + lines[i].off, lines[i].len))))
            continue; /* URLs, and the rest of one broken over lines
                         ("states%2Findex.html&title=..."), are not
                         wrapped prose; nor is a long line of markdown
                         links to paths ("[...](/author/...)") or data,
                         nor a table's row drawn in box characters */
        if (len >= 50) {
            const unsigned char *p = (const unsigned char *)text + lines[i].off;
            size_t q = lines[i].len / 4;
            longl++;
            /* three bytes sampled: a script of two bytes a letter? */
            script2 += ((p[q] >> 7) + (p[2 * q] >> 7) + (p[3 * q] >> 7)) >= 2;
        }
        if (len >= 50 && len <= 100)
            hist[len]++;
        if (len >= 50 && i + 1 < n && lines[i + 1].len) {
            innerl++; /* a paragraph's line that is not its last */
            inner[len <= 100 ? len : 0]++;
        }
        multi += len && i + 1 < n && lines[i + 1].len;
    }
    width = wrap_width(hist, &best);
    if (longl >= 6 && multi >= 6 && best * 4 >= longl * 3)
        return width;
    /* short paragraphs: their last lines, of any length, outnumber the
     * lines wrapped at the width; the lines that go on are still all
     * near it */
    width = wrap_width(inner, &best);
    if (innerl >= 6 && best * 4 >= innerl * 3)
        return width;
    if ((width = short_page(text, lines, n)) != 0)
        return width;
    if (multi < 6 || script2 * 2 < longl)
        return 0;
    for (i = 0; i < n; i++) {
        size_t c;
        if (lines[i].len < 50 ||
            nn_has(text + lines[i].off, lines[i].len, "://", 3))
            continue;
        c = nn_pg_columns(text, &lines[i]);
        if (c < 50)
            continue;
        longc++;
        /* a script of two bytes a letter or more, not a few quotes */
        wide += (lines[i].len + lines[i].header) * 10 >= c * 13;
        if (c > 100)
            continue;
        cols[c]++;
        if (i + 1 < n && lines[i + 1].len &&
            (nn_starts_lower(text + lines[i + 1].off, lines[i + 1].len) ||
             (text[lines[i + 1].off] >= '0' && text[lines[i + 1].off] <= '9')))
            goes_on[c]++;
    }
    if (wide * 2 < longc || longc < 6)
        return 0;
    width = wrap_width(cols, &best);
    if (best * 4 < longc * 3)
        return 0;
    for (w = width - 15, i = 0; w <= width; w++)
        i += goes_on[w];
    return i * 3 >= best ? width | NN_WRAP_COLUMNS : 0;
}

/* The first word of line next, in columns (0: the line is one word). */
static size_t first_word(const char *text, const nn_line *next)
{
    nn_line word = {0};
    const char *sp = memchr(text + next->off, ' ', next->len);
    if (!sp)
        return 0;
    word.off = next->off;
    word.len = (size_t)(sp - (text + next->off));
    return nn_pg_columns(text, &word);
}

int nn_pg_word_fits(const char *text, const nn_line *l, const nn_line *next,
                    size_t limit)
{
    size_t w = first_word(text, next);
    return limit && w && l->len && text[l->off + l->len - 1] != '-' &&
           nn_pg_columns(text, l) + 1 + w <= limit;
}

/* The longest wrapped line: one within 15 of the width and no longer,
 * its paragraph going on below in lower case (so that the wrapper surely
 * broke it: the limit is the wrapper's width or less), no address or
 * lone token.  0 when the page was not wrapped greedily, word by word (a
 * source document's own line breaks): more than one line in twenty that
 * goes on in lower case had room for the next word. */
size_t nn_pg_wrap_limit(const char *text, const nn_line *lines, size_t n,
                        size_t wrapped)
{
    size_t i, c, len, limit = 0, w = wrapped & ~(size_t)NN_WRAP_COLUMNS;
    size_t pairs = 0, room = 0;
    for (i = 0; i + 1 < n; i++) {
        if (!lines[i + 1].len || lines[i].len < 40 ||
            address_or_token(text, &lines[i]) ||
            !nn_starts_lower(text + lines[i + 1].off, lines[i + 1].len))
            continue; /* (a headline above the text is no wrapped line) */
        c = nn_pg_columns(text, &lines[i]);
        len = wrapped & NN_WRAP_COLUMNS ? c : lines[i].len + lines[i].header;
        if (len + 15 >= w && len <= w && c > limit)
            limit = c; /* (a longer line is one the wrapper could not
                          break: a link, a long word) */
    }
    for (i = 0; i + 1 < n && limit; i++)
        if (lines[i + 1].len && lines[i].len >= 40 &&
            nn_starts_lower(text + lines[i + 1].off, lines[i + 1].len)) {
            pairs++;
            room += nn_pg_word_fits(text, &lines[i], &lines[i + 1], limit);
        }
    return room * 20 > pairs ? 0 : limit;
}

/* ---- where a paragraph's lines go on ------------------------------------ */

/* English words that cannot end a sentence: articles, prepositions,
 * conjunctions, auxiliaries, determiners. */
static const char *const open_words[] = {
    "a",     "about",   "after", "against", "although", "an",     "and",
    "are",   "as",      "at",    "be",      "because",  "been",   "before",
    "being", "between", "but",   "by",      "can",      "could",  "during",
    "for",   "from",    "had",   "has",     "have",     "her",    "his",
    "if",    "in",      "into",  "is",      "its",      "may",    "might",
    "must",  "of",      "on",    "onto",    "or",       "our",    "should",
    "since", "than",    "that",  "the",     "their",    "these",  "this",
    "those", "through", "to",    "under",   "until",    "was",    "were",
    "which", "while",   "whose", "will",    "with",     "within", "without",
    "would", "your",    NULL};

/* Does a line stop in mid-sentence: after a stopword of the page's
 * language ("... the Russian Defence Ministry said that"), or after a
 * dateline's dash ("CAIRO, June 25 (Reuters) -")?  Its paragraph goes on
 * on the next line. */
static int broken_line(int lang, const char *s, size_t n)
{
    size_t e = n, b;
    if (n < 12 || nn_ends_sentence(s, n))
        return 0;
    if ((s[n - 1] == '-' && s[n - 2] == ' ') ||
        (n >= 4 && (!memcmp(s + n - 4, " \xE2\x80\x93", 4) ||
                    !memcmp(s + n - 4, " \xE2\x80\x94", 4)))) /* " –" " —" */
        /* a dateline: "CAIRO, June 25 (Reuters) -", "ANKARA -" */
        return (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') ||
               memchr(s, ')', n) != NULL;
    b = e;
    while (b > 0 && (unsigned char)s[b - 1] < 0x80 &&
           ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z'))
        b--;
    if (b == e || (b > 0 && s[b - 1] != ' ') || s[b] < 'a')
        return 0; /* not a lower-case ASCII word at the end */
    if (b >= 2 && (s[b - 2] == ';' || s[b - 2] == ','))
        return 0; /* "...; and": a list item ending, the next is another */
    if (lang >= 0 && strcmp(nn_lang_code(lang), "en"))
        return 0; /* words that cannot end a sentence: English only */
    return nn_in_list(open_words, s + b, e - b, 0);
}

/* Does line l reach a wrapped page's width (wrapped: nn_pg_hard_wrapped's
 * answer), so that its paragraph goes on below? */
int nn_pg_wrapped_width(const char *text, const nn_line *l, size_t wrapped)
{
    return (wrapped & NN_WRAP_COLUMNS)
               ? nn_pg_columns(text, l) + 15 >=
                     (wrapped & ~(size_t)NN_WRAP_COLUMNS)
               : l->len + l->header + 15 >= wrapped;
}

/* Does line l, at least half a wrapped page's width and not ending a
 * sentence, go on with a word in lower case on the next line ("...145 bin
 * 673" over "öğrenci karne heyecanı yaşadı."): the wrap broke early there,
 * in any cased script. */
static int goes_on_lower(const char *text, const nn_line *l,
                         const nn_line *next, size_t wrapped)
{
    size_t w = wrapped & ~(size_t)NN_WRAP_COLUMNS;
    size_t len = (wrapped & NN_WRAP_COLUMNS) ? nn_pg_columns(text, l)
                                             : l->len + l->header;
    return len * 2 >= w && !nn_ends_sentence(text + l->off, l->len) &&
           nn_starts_lower(text + next->off, next->len);
}

/* Does line next open with a word in lower case, in any cased script,
 * that goes on a sentence: not a byline's particle ("di Mario Rossi",
 * "por Ana Ruiz"), an address or a handle, a label ("error:"), nor a name
 * with a capital inside ("iPhone", "eBay")? */
static int lower_word_on(const char *text, const nn_line *next)
{
    static const char *const particles[] = {"by",  "di",  "da",  "de", "por",
                                            "par", "von", "del", NULL};
    const char *t = text + next->off;
    size_t w = 0;
    if (!nn_starts_lower(t, next->len))
        return 0;
    while (w < next->len && t[w] != ' ') {
        if (w && t[w] >= 'A' && t[w] <= 'Z')
            return 0;
        w++;
    }
    return !nn_in_list(particles, t, w, 0) && !memchr(t, '@', w) &&
           !memchr(t, '.', w) && !memchr(t, '/', w) &&
           !(t[w - 1] == ':' && /* ("error: Content is protected !!": a
                                   label's line of its own, not "warning:
                                   the court heard ...") */
             w + 1 < next->len &&
             nn_starts_upper(t + w + 1, next->len - w - 1));
}

/* On a page not hard wrapped, does line l stop in mid-sentence and go
 * on in lower case on the next line, in any cased script ("... sepeda
 * motor di" over "masyarakat menggerakkan ...": a source document's own
 * line breaks)?  Both lines of some length (a headline over "di Mario
 * Rossi" or "por Ana Ruiz" is no such break), and not a byline's word. */
static int runs_on_lower(const char *text, const nn_line *l,
                         const nn_line *next)
{
    const char *s = text + l->off;
    unsigned char last;
    if (l->len < 40 || next->len < 30 || nn_ends_sentence(s, l->len))
        return 0;
    last = (unsigned char)s[l->len - 1];
    if (last == ':' || last == ';' || last == ',' || last == ')' || last == '-')
        return 0;
    return lower_word_on(text, next);
}

/* Does short line l open a sentence that goes on below, wrapped page or
 * not ("Une nouvelle tentative," over "ce mardi, a permis ...")?  A few
 * words from a capital to a comma, over a long line in lower case. */
static int opens_on_lower(const char *text, const nn_line *l,
                          const nn_line *next)
{
    static const char *const byline[] = {"by", "von", "por",  "par",  "di",
                                         "da", "de",  "oleh", "from", NULL};
    const char *s = text + l->off, *sp = memchr(s, ' ', l->len);
    if (sp && nn_in_list(byline, s, (size_t)(sp - s), 1))
        return 0; /* "By Jane Doe," over "updated on Sunday ..." */
    return l->len >= 12 && l->len < 40 && s[l->len - 1] == ',' &&
           next->len >= 40 && memchr(s, ' ', l->len) &&
           nn_starts_upper(s, l->len) && lower_word_on(text, next);
}

int nn_pg_goes_on(const char *text, const nn_line *lines, size_t i, size_t j,
                  size_t wrapped, size_t limit, int lang, int quote)
{
    const nn_line *l = &lines[j], *next = &lines[j + 1];
    /* a wrapped line reaches the width; a shorter one ends its paragraph
     * ("By Jane Doe" above "May 5, 2024") unless it stops in mid-sentence */
    return (wrapped &&
            ((nn_pg_wrapped_width(text, l, wrapped) &&
              /* (a greedy wrapper breaks a line only where the next word
               * has no room: "... no Centro de Novo Lino" over "Um dos
               * indivíduos ..." is a headline over its text) */
              !(!quote && nn_pg_word_fits(text, l, next, limit))) ||
             goes_on_lower(text, l, next, wrapped))) ||
           broken_line(lang, text + l->off, l->len) ||
           (!wrapped && runs_on_lower(text, l, next)) ||
           opens_on_lower(text, l, next) ||
           /* inside a paragraph, a short line that stops in mid-sentence
            * goes on in lower case below ("puis de réapparaître pour" over
            * "péricliter de nouveau.") */
           (wrapped && j > i && !nn_ends_sentence(text + l->off, l->len) &&
            lower_word_on(text, next));
}
