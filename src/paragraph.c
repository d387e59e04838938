/* paragraph.c - body lines to paragraphs.
 *
 * Scrapes break paragraphs in two ways.  PDF text is hard-wrapped (one
 * paragraph over several lines, blank lines between paragraphs) and page
 * breaks leave a blank line, or removed running headers, in mid-sentence.
 * Other scrapes put one paragraph on each line.  So:
 *   - Lines with no gap between them are one paragraph when the text is
 *     wrapped: most such lines end mid-sentence.  Otherwise every line is a
 *     paragraph, unless it ends mid-sentence and the next one starts in
 *     lower case.
 *   - Headings and list items of page-style scrapes (page.c) are
 *     paragraphs of their own.
 *   - Across a gap (blank or removed lines), a line that does not end a
 *     sentence is joined to a next one that starts in lower case.
 *   - A word hyphenated at the end of a joined line is mended ("negotia-" +
 *     "tions"), unless the part before the hyphen is itself a compound
 *     ("tit-for-") or a prefix that keeps its hyphen ("well-", "self-"). */
#include "internal.h"
#include "paragraph.h"
#include "unicode.h"
#include "url.h"

#include <string.h>

int nn_ends_sentence(const char *s, size_t len)
{
    /* skip closing quotes and brackets: 'said."' ends a sentence */
    while (len) {
        unsigned char c = (unsigned char)s[len - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            len--;
        } else if (len >= 3 && (!memcmp(s + len - 3, "\xE2\x80\x9D", 3) ||
                                !memcmp(s + len - 3, "\xE2\x80\x99", 3))) {
            len -= 3; /* ” ’ */
        } else if (len >= 2 && !memcmp(s + len - 2, "\xC2\xBB", 2)) {
            len -= 2; /* » */
        } else {
            break;
        }
    }
    if (!len)
        return 1;
    switch (s[len - 1]) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
        return 1;
    }
    return len >= 3 && !memcmp(s + len - 3, "\xE2\x80\xA6", 3); /* … */
}

/* Prefixes whose hyphen belongs to the word, not to the line break. */
static const char *const keep_hyphen[] = {"all",   "anti",  "co",      "cross",
                                          "ex",    "half",  "high",    "long",
                                          "low",   "multi", "non",     "post",
                                          "pre",   "pro",   "self",    "semi",
                                          "short", "well",  "vice",    "mid",
                                          "quasi", "pan",   "counter", NULL};

/* The text ends in "<letters>-" where the hyphen splits a word: the
 * letters are lower case ASCII, preceded by a space or the start. */
static int split_word(const char *s, size_t len)
{
    size_t i;
    const char *const *k;
    if (len < 3 || s[len - 1] != '-')
        return 0;
    i = len - 1;
    while (i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z')
        i--;
    if (i == len - 1)
        return 0;
    if (i > 0 && s[i - 1] != ' ')
        return 0; /* "tit-for-", "U.S.-" */
    for (k = keep_hyphen; *k; k++)
        if (strlen(*k) == len - 1 - i && !strncmp(s + i, *k, len - 1 - i))
            return 0;
    return 1;
}

/* Join a line to the paragraph.  After a hyphen that ends a word ("tit-
 * for-", "well-") the next line follows with no space; the hyphen itself
 * goes only when it split a plain word ("negotia-" + "tions"). */
void nn_paragraph_join(nn_buf *out, size_t para, const char *s, size_t len)
{
    const char *p = out->ptr + para;
    size_t n = out->len - para;
    int lower = nn_starts_lower(s, len);
    if (lower && split_word(p, n))
        nn_buf_truncate(out, out->len - 1);
    else if (!(lower && n >= 2 && p[n - 1] == '-' &&
               ((p[n - 2] >= 'a' && p[n - 2] <= 'z') ||
                (p[n - 2] >= 'A' && p[n - 2] <= 'Z'))))
        nn_buf_putc(out, ' '); /* "months --" + "was": a dash, not a word */
    nn_buf_put(out, s, len);
}

/* Does the line start with a word that can continue a sentence: lower
 * case, and not an e-mail address or URL ("press@example.com")? */
static int continues(const char *s, size_t len)
{
    size_t i;
    if (!nn_starts_lower(s, len) || nn_url_start(s, len))
        return 0;
    for (i = 0; i < len && s[i] != ' '; i++)
        if (s[i] == '@' || (s[i] == ':' && i + 2 < len && s[i + 1] == '/'))
            return 0;
    return 1;
}

/* Most adjacent line pairs end mid-sentence: the text is hard-wrapped. */
static int wrapped(const nn_pline *l, size_t n)
{
    size_t i, pairs = 0, open = 0;
    for (i = 1; i < n; i++) {
        if (l[i].gap || l[i].hard || l[i - 1].hard)
            continue;
        pairs++;
        if (!nn_ends_sentence(l[i - 1].s, l[i - 1].len))
            open++;
    }
    return pairs >= 2 && open * 2 > pairs;
}

void nn_paragraphs(const nn_pline *l, size_t n, nn_buf *out)
{
    size_t i, start = out->len, para = out->len;
    int wrap = wrapped(l, n);

    for (i = 0; i < n; i++) {
        int cont = 0;
        if (i > 0 && !l[i].hard && !l[i - 1].hard) {
            int open = !nn_ends_sentence(out->ptr + para, out->len - para);
            if (!l[i].gap && wrap)
                cont = 1;
            else
                cont = open && continues(l[i].s, l[i].len);
        }
        if (cont) {
            nn_paragraph_join(out, para, l[i].s, l[i].len);
        } else {
            if (out->len > start)
                nn_buf_puts(out, "\n\n");
            para = out->len;
            nn_buf_put(out, l[i].s, l[i].len);
        }
    }
}
