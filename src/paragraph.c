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
#include "page.h" /* nn_paragraph_join: lines are joined there first */
#include "paragraph.h"
#include "unicode.h"
#include "url.h"

#include <string.h>

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
