/* page_after.c - part of the page stage's span (page_span.c): what
 * follows an article, told by its shape rather than by a marker's words:
 * a list of other stories to the page's end, a run of teasers (another
 * story's headline over its summary, or a grid of the site's features),
 * an author's box or bio. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>

#define LIST_TO_END_MAX 400     /* blocks: the longest list to the end read */
#define HEADLINES_TO_END_MAX 12 /* blocks: an unmarked list at the end */
#define ITEM_HEADLINE_WORDS 16  /* words of a headline set as a list item */
#define WIDGET_ITEMS_MAX 16     /* blocks: a list of stories inside the text */
#define SUMMARY_MAX 240         /* bytes of a story's summary in a list */

/* A headline alone on its line, as a list item or not (no sentence, no
 * link, 4 to 24 words). */
static int headline_line(const block *b, size_t k, const char *text,
                         const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    return b[k].first == b[k].last && !b[k].links && b[k].words >= 4 &&
           b[k].words <= 24 && l->len <= 200 &&
           !nn_ends_sentence(text + l->off, l->len) &&
           nn_starts_upper(text + l->off, l->len);
}

/* A line of a list of stories: a list item, or on a copied page a
 * headline alone on its line. */
static int story_line(const block *b, size_t k, const char *text,
                      const nn_line *lines)
{
    return b[k].kind == NN_LINE_ITEM ||
           (b[k].kind == NN_LINE_TEXT && headline_line(b, k, text, lines));
}

int nn_pg_count_line(const block *b, size_t k, const char *text,
                     const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    const char *s = text + l->off;
    size_t i;
    if (b[k].first != b[k].last || !l->len || l->len > 7)
        return 0;
    for (i = 0; i < l->len && s[i] >= '0' && s[i] <= '9'; i++)
        ;
    return i == l->len;
}

/* A story's count of views or comments ("706"), or its summary cut
 * short ("Его заподозрили в недобром, но ... произошла несколько…"): a
 * list of stories' line, as its headlines are. */
static int story_extra(const block *b, size_t k, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    const char *s = text + l->off;
    if (b[k].first != b[k].last || b[k].kind != NN_LINE_TEXT || !l->len)
        return 0;
    if (nn_pg_count_line(b, k, text, lines))
        return 1;
    /* a summary cut short: under its story's headline, and short, in a
     * list whose stories carry counts ("706" / headline / summary…): a
     * paragraph the scrape cut short is the text's, under a list or not */
    return l->len >= 4 && l->len <= SUMMARY_MAX && k > 1 &&
           story_line(b, k - 1, text, lines) &&
           nn_pg_count_line(b, k - 2, text, lines) &&
           (!memcmp(s + l->len - 3, "\xE2\x80\xA6", 3) ||
            !memcmp(s + l->len - 3, "...", 3));
}

/* Right under block i a list of stories, and after it to the page's end
 * nothing but such lines and text that is not good (a "Read also" or
 * "Latest news" list, a subscribe line)?  Each story's count and cut
 * summary may stand with its headline. */
int nn_pg_list_to_end(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines)
{
    size_t k, items = 0, first = i + 1;
    /* (bounded: a page of many markers must not cost a scan each) */
    if (nb - i > LIST_TO_END_MAX)
        return 0;
    while (first < nb && story_extra(b, first, text, lines))
        first++;
    if (first >= nb || !story_line(b, first, text, lines))
        return 0;
    for (k = first; k < nb; k++) {
        if (story_line(b, k, text, lines))
            items++;
        else if (b[k].cls == C_GOOD && !story_extra(b, k, text, lines))
            return 0;
    }
    return items >= (b[first].kind == NN_LINE_ITEM ? 1u : 2u);
}

#define LISTED_ITEMS 2 /* list items of stories under a listed marker */

int nn_pg_items_under(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines)
{
    size_t k;
    for (k = i + 1; k < nb && k <= i + LISTED_ITEMS; k++)
        if (b[k].kind != NN_LINE_ITEM || b[k].first != b[k].last ||
            b[k].links || b[k].words < 4 || b[k].words > 24 ||
            nn_ends_sentence(text + lines[b[k].first].off,
                             lines[b[k].first].len))
            return 0; /* (a headline, a question's "¿" first too) */
    return k == i + LISTED_ITEMS + 1;
}

/* Is block k an item of a list of stories set into the text: a story
 * of four words or more, or its count or cut summary? */
static int widget_item(const block *b, size_t k, const char *text,
                       const nn_line *lines)
{
    return (story_line(b, k, text, lines) && b[k].words >= 4) ||
           story_extra(b, k, text, lines);
}

size_t nn_pg_widget_list(block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines, enum nn_verdict why)
{
    size_t k, items = 0;
    if (nn_pg_leads_in(&b[i], text, lines))
        return 0; /* "Recommended reading on the budget:" over its list */
    for (k = i + 1;
         k < nb && k <= i + WIDGET_ITEMS_MAX && widget_item(b, k, text, lines);
         k++)
        items += story_line(b, k, text, lines);
    if (items < 3 || k >= nb || b[k].cls != C_GOOD)
        return 0; /* (no text after it: span_end's end, not a widget) */
    for (k = i + 1;
         k < nb && k <= i + WIDGET_ITEMS_MAX && widget_item(b, k, text, lines);
         k++) {
        b[k].cls = C_BAD;
        b[k].why = why;
        b[k].value = -1;
        b[k].chrome = 1; /* (nothing in the span promotes it again) */
    }
    return k - i - 1;
}

/* On a copied page, from block i to the page's end or to an end marker,
 * nothing but three to HEADLINES_TO_END_MAX headlines of other stories,
 * one a line (list items only up to a marker, and not under a line that
 * leads into them), with no marker over them (the store may cut the
 * last mid-word: "Memur-Sen Genel Başkanı Yalçın, Kamuda Personel
 * Servisi Hizmetinin De")? */
int nn_pg_headlines_to_end(const block *b, size_t nb, size_t i,
                           const char *text, const nn_line *lines)
{
    size_t k, items = 0;
    if (nb - i < 3 || (i > 0 && nn_pg_leads_in(&b[i - 1], text, lines)))
        return 0; /* (under "... include:": the article's own list) */
    for (k = i; k < nb; k++) {
        const nn_line *l = &lines[b[k].first];
        if (k - i >= 3 && b[k].first == b[k].last &&
            nn_pg_end_marker(text + l->off, l->len))
            return 1; /* or to a marker ("Comentarios Recientes") */
        items += b[k].kind == NN_LINE_ITEM;
        if (b[k].kind == NN_LINE_ITEM && b[k].words > ITEM_HEADLINE_WORDS)
            return 0; /* (a point the article makes, at length) */
        if (k - i >= HEADLINES_TO_END_MAX ||
            !(b[k].kind == NN_LINE_TEXT || b[k].kind == NN_LINE_ITEM) ||
            !headline_line(b, k, text, lines) ||
            memchr(text + l->off, '@', l->len) ||
            nn_has(text + l->off, l->len, "://", 3))
            return 0; /* (an address or a mailbox: a notice's line) */
    }
    return !items; /* (list items to the page's end: the article's) */
}

/* Could block i be another story's headline on a copied page: one line
 * that is no sentence, no link? */
static int teaser_head(const block *b, size_t i, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off, *comma;
    if (!(b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
          !b[i].sentence && !b[i].links && b[i].words >= 6 &&
          b[i].words <= 16 && l->len <= 160))
        return 0; /* (most blocks: the line's bytes are not read) */
    comma = memchr(s, ',', l->len); /* at most one comma */
    return (!comma ||
            !memchr(comma + 1, ',', l->len - (size_t)(comma - s) - 1)) &&
           !strchr(",;:", s[l->len - 1]) && nn_starts_upper(s, l->len);
}

#define OPEN_SUMMARY_WORDS 8 /* words of a teaser's summary, at least */

/* Could block i be a teaser's summary cut to fit a list: one line of
 * text, OPEN_SUMMARY_WORDS words or more, a sentence or more and the
 * next cut, its last character a letter or a digit, no full stop ("...
 * in pieno centro storico. Revocata la misura alternativa al carcere, è
 * stata portata a Capanne")?  (An entry of the article's own list, of
 * events or dates, is one clause: "The proposal is met with objections
 * from residents".) */
static int open_summary(const block *b, size_t i, const char *text,
                        const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    return b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
           !b[i].links && b[i].words >= OPEN_SUMMARY_WORDS && b[i].sentence &&
           l->len > 1 && nn_is_alnum_cp(nn_utf8_before(text + l->off, l->len));
}

size_t nn_pg_summary_run(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines)
{
    size_t k;
    /* (not the page's own headline and standfirst, printed twice) */
    for (k = i; k + 1 < nb && teaser_head(b, k, text, lines) &&
                open_summary(b, k + 1, text, lines) && !b[k].repeated &&
                !b[k + 1].repeated;
         k += 2)
        ;
    return k - i >= 4 ? k - i : 0;
}

#define PROMO_BLURB_MAX 160 /* bytes: a promotion's line under its name */

/* Could block i be the name of one of the site's features in a grid of
 * promotions ("iPhone App" over "Get breaking news ... on your
 * iPhone."): one line of one to four words, no sentence, no link, no
 * digit? */
static int promo_label(const block *b, size_t i, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    size_t k;
    if (!(b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
          !b[i].sentence && !b[i].links && b[i].words >= 1 && b[i].words <= 4 &&
          l->len <= 40))
        return 0; /* (in any case: "iPhone App") */
    for (k = 0; k < l->len; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return 0;
    return !strchr(",;:.", s[l->len - 1]);
}

/* The article's words a teaser's are compared with: its first 4 KB (its
 * subject is named there), so that a page of many teasers costs a linear
 * pass. */
size_t nn_pg_art_len(size_t n)
{
    return n < 4096 ? n : 4096;
}

/* Does a list of other stories start at block i: two headlines or more
 * (6 to 16 words, a comma at the most, not a lead-in to a quote), each
 * over a summary of a sentence or two, to the page's end (or to
 * text too short to be an article's), each headline sharing few words
 * with the article above it (art: its text, a subheading of the article
 * shares many)?  Only on copied pages, whose lines are the text in order. */
int nn_pg_teaser_run(const block *b, size_t nb, size_t i, const char *text,
                     const nn_line *lines, const char *art, size_t artlen)
{
    size_t k = i, first, end, units = 0, labels = 0, rest = 0;
    /* (the run's own name over it: "Special Features") */
    if (promo_label(b, k, text, lines) && k + 1 < nb &&
        promo_label(b, k + 1, text, lines))
        k++;
    for (first = k; k < nb; k += 2) {
        int label = !teaser_head(b, k, text, lines);
        if (label && !promo_label(b, k, text, lines))
            break;
        if (!(k + 1 < nb && b[k + 1].sentence &&
              b[k + 1].kind == NN_LINE_TEXT &&
              b[k + 1].chars <= (label ? PROMO_BLURB_MAX : 350)))
            break; /* its summary: a sentence or two */
        units++;
        labels += (size_t)label;
    }
    if (units < (labels ? 3u : 2u))
        return 0;
    for (end = k; k < nb; k++)
        if (b[k].cls == C_GOOD)
            rest += b[k].chars;
    if (rest >= LENGTH_HIGH)
        return 0;
    /* (the costlier test last) a subheading of the article shares its
     * words */
    for (k = first; k < end; k += 2)
        if (!promo_label(b, k, text, lines) &&
            nn_pg_overlap_at(text + lines[b[k].first].off,
                             lines[b[k].first].len, art, artlen, 0.34f))
            return 0;
    return 1;
}

/* "About Tim Becker" over a paragraph that opens with "Tim Becker" and
 * says what the writer does ("He serves as both editor and a writer"):
 * an author's box, after the article.  A press release's "About Acme
 * Robotics" (the company's own paragraph) is the release's. */
int nn_pg_author_box(const block *b, size_t nb, size_t i, const char *text,
                     const nn_line *lines)
{
    static const char about[] = "About ";
    static const char *const person[] = {" he ",       " she ",
                                         " his ",      " her ",
                                         " writer",    " editor",
                                         " reporter",  " journalist",
                                         " columnist", " correspondent",
                                         " author",    NULL};
    const nn_line *l = &lines[b[i].first], *m;
    const char *name = text + l->off + sizeof about - 1;
    size_t n = l->len - (sizeof about - 1), k;
    if (i + 1 >= nb || b[i].first != b[i].last || l->len >= 60 ||
        l->len <= sizeof about ||
        memcmp(text + l->off, about, sizeof about - 1) ||
        !nn_starts_upper(name, n) || b[i].words > 4)
        return 0;
    m = &lines[b[i + 1].first];
    if (m->len <= n + 1 || memcmp(text + m->off, name, n) ||
        text[m->off + n] != ' ')
        return 0;
    for (k = 0; person[k]; k++)
        if (nn_has_ci(text + m->off, m->len, person[k]))
            return 1;
    return 0;
}

/* A writer's bio after the article, in a paragraph of its own: "Kelly
 * Hayes studied journalism ...  You can reach Kelly at ...".  It opens
 * with a name of two or three capitalised words and a verb that tells a
 * life ("is a", "studied", "covers", "joined"), and speaks of the trade
 * or of how to reach the writer.  An article's paragraph naming somebody
 * puts a comma, "said" or a title after the name. */
int nn_pg_author_bio(const block *b, const char *text, const nn_line *lines)
{
    static const char *const verb[] = {"is a ",      "is an ",
                                       "is the ",    "studied ",
                                       "covers ",    "joined ",
                                       "has been ",  "has covered ",
                                       "writes ",    "reports on ",
                                       "graduated ", "was born ",
                                       NULL};
    static const char *const trade[] = {"journalis",     "reporter",  "editor",
                                        "correspondent", "columnist", "writer",
                                        "reach ",        "@",         NULL};
    const nn_line *l = &lines[b->first];
    const char *s = text + l->off;
    size_t n = l->len, i = 0, w, k;
    if (b->first != b->last || n < 80 || n > 1500)
        return 0;
    for (w = 0; w < 3 && i < n && nn_starts_upper(s + i, n - i); w++) {
        while (i < n && s[i] != ' ' && s[i] != ',')
            i++;
        if (i >= n || s[i] != ' ')
            return 0;
        i++;
        for (k = 0; w >= 1 && verb[k]; k++)
            if (s[i] >= 'a' && s[i] <= 'z' &&
                nn_starts_ci(s + i, n - i, verb[k]))
                goto told;
    }
    return 0;
told:
    for (k = 0; trade[k]; k++)
        if (nn_has_ci(s, n, trade[k]))
            return 1;
    return 0;
}

#define SIGNOFF_MAX 40 /* bytes of a name that signs a paragraph */

/* A picture's credit in capitals ("RMO PHOTO", "FILE PHOTO"), not a
 * name. */
static int credit_words(const char *s, size_t n)
{
    static const char *const words[] = {"PHOTO", "PHOTOS", "FOTO", "FILE",
                                        "IMAGE", "VIDEO",  NULL};
    const char *const *w;
    for (w = words; *w; w++)
        if (nn_has(s, n, *w, strlen(*w)))
            return 1;
    return 0;
}

size_t nn_page_caps_signoff(const char *s, size_t n)
{
    size_t i = n, words = 0, letters = 0, longw = 0;
    if (n < 16)
        return 0;
    while (i > 0 && n - i <= SIGNOFF_MAX) {
        size_t w = 0; /* the word's letters, read back to its start */
        while (i > 0 && s[i - 1] != ' ') {
            int32_t cp;
            size_t k = i - 1;
            while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
                k--; /* (back to the character's first byte) */
            nn_utf8_decode(s + k, i - k, &cp);
            if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
                return 0;
            w++;
            i = k;
        }
        if (w < 2 || ++words > 3 || i < 3)
            return 0;
        letters += w;
        longw += w >= 4;
        i--; /* the blank before the word */
        if (words >= 2 && letters >= 8 && longw && nn_ends_sentence(s, i) &&
            s[i - 1] != ':')
            return credit_words(s + i + 1, n - i - 1) ? 0 : i + 1;
    }
    return 0;
}

int nn_page_caps_dateline(const char *s, size_t n)
{
    size_t letters, i = nn_utf8_cat_run(s, n, UTF8PROC_CATEGORY_LU, &letters);
    return letters >= 4 && i <= 40 && i + 3 < n &&
           ((s[i] == '.' && s[i + 1] == ' ') ||
            (s[i] == ' ' && (s[i + 1] == '-' || s[i + 1] == '\xE2')));
}
