/* page_span.c - the page stage's last step: the article's span, from its
 * headline (or first good block) to the first line that opens what
 * follows an article (comments, related stories, tags, newsletter and
 * footer blocks, another story's headline), in the languages of world
 * news.  Within the span, short sentences and link-free list items are
 * kept; from its end on, nothing is.  page.c then gives the blocks'
 * verdicts back to their lines. */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

/* ---- the article's span ------------------------------------------------ */

/* "Director: Amira Benali", "Running time: 2h 31m": a label of one or
 * two words and its value, as fact boxes print them. */
/* The next word of a from *i on (letters and digits, 3 bytes or more, not
 * all digits; bytes beyond ASCII count as letters): 1 with it at a[*w, *i),
 * 0 at a's end. */
static int next_word(const char *a, size_t an, size_t *i, size_t *w)
{
    while (*i < an) {
        size_t s = *i, j = *i, digits = 0;
        while (j < an && (((a[j] | 0x20) >= 'a' && (a[j] | 0x20) <= 'z') ||
                          (a[j] >= '0' && a[j] <= '9') ||
                          ((unsigned char)a[j] >= 0x80 &&
                           /* (’ parts words as ' does: "Medvedev’s") */
                           !(j + 2 < an && !memcmp(a + j, "\xE2\x80\x99", 3)))))
            digits += (unsigned char)a[j++] <= '9'; /* (not UTF-8's bytes) */
        *i = j > s ? j : s + 1;
        if (j - s >= 3 && digits < j - s) {
            *w = s;
            return 1;
        }
    }
    return 0;
}

/* Does b hold word a (wl bytes) as a word of its own, ASCII case folded? */
static int word_in(const char *a, size_t wl, const char *b, size_t bn)
{
    size_t k, m;
    for (k = 0; k + wl <= bn; k++) {
        if (k > 0 && (nn_is_alnum_cp((unsigned char)b[k - 1]) ||
                      (unsigned char)b[k - 1] >= 0x80))
            continue;
        for (m = 0; m < wl && (a[m] | 0x20) == (b[k + m] | 0x20); m++)
            ;
        if (m == wl &&
            (k + wl == bn || !(nn_is_alnum_cp((unsigned char)b[k + wl]) ||
                               (unsigned char)b[k + wl] >= 0x80)))
            return 1;
    }
    return 0;
}

float nn_pg_overlap(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, w, words = 0, hits = 0;
    while (next_word(a, an, &i, &w)) {
        words++;
        hits += (size_t)word_in(a + w, i - w, b, bn);
    }
    return words ? (float)hits / (float)words : 0;
}

/* nn_pg_overlap(...) >= min, for min > 0: the words counted first, the
 * search for them (the costly part: each is looked for all along b) stops
 * once the share is reached, or is out of reach even if every word left
 * were found. */
int nn_pg_overlap_at(const char *a, size_t an, const char *b, size_t bn,
                     float min)
{
    size_t i = 0, w, words = 0, hits = 0, tried;
    while (next_word(a, an, &i, &w))
        words++;
    for (i = 0, tried = 0; next_word(a, an, &i, &w); tried++) {
        if ((float)hits / (float)words >= min)
            return 1;
        if ((float)(hits + words - tried) / (float)words < min)
            return 0;
        hits += (size_t)word_in(a + w, i - w, b, bn);
    }
    return words && (float)hits / (float)words >= min;
}

size_t nn_pg_label_colon(const char *s, size_t n, size_t reach)
{
    size_t i, spaces = 0;
    for (i = 0; i < n && i < reach; i++) {
        if (s[i] == ':')
            return i > 0 && i + 1 < n && s[i + 1] == ' ' ? i : 0;
        if (s[i] == ' ' && ++spaces > 1)
            return 0;
    }
    return 0;
}

/* Could block i be a short paragraph of the article: text, no links,
 * not repeated, not a caption (what follows an image), pull quote or fact
 * box line, of a class its neighbours may change (short, near good)?
 * sparse_ok: 0, stopwords as judged; 1, inside the article (a sentence
 * sparse in stopwords, one with inline links); 2, right after its last
 * good block (sparse, a little less); 3, above the marker that ends it
 * (sparse, no links). */
static int text_like(const block *b, size_t i, const char *text,
                     const nn_line *lines, int sparse_ok)
{
    const nn_line *l = &lines[b[i].first];
    /* text dense in names and numbers (a lead, a results paragraph) has
     * few stopwords: inside the article, a sentence with some is text */
    int sparse = sparse_ok && b[i].init == C_BAD &&
                 b[i].why == NN_V_STOPWORDS &&
                 b[i].density >= (sparse_ok == 2 ? STOP_TAIL : STOP_SPAN);
    /* a sentence of prose around an inline link ("But a new report by
     * [Stanford University's Center on Poverty] calls that into
     * question."): less than half of it linked; inside the article and
     * its head, not after it (a call to act: "Write a letter to the
     * [editor].") */
    int linked = sparse_ok == 1 && b[i].links && b[i].words >= 8 &&
                 b[i].links * 2 < b[i].chars && b[i].density >= STOP_SPAN &&
                 ((b[i].kind == NN_LINE_TEXT && b[i].sentence) ||
                  /* a note's item ("We've just landed [Bug 1553982], which
                   * aims to ...") */
                  (b[i].kind == NN_LINE_ITEM && b[i].init != C_BAD));
    return b[i].kind != NN_LINE_HEADING && !b[i].repeated &&
           (!b[i].links || linked) && !b[i].chrome && b[i].chars &&
           (b[i].init == C_SHORT || b[i].init == C_NEAR ||
            b[i].kind == NN_LINE_ITEM || sparse ||
            (linked && b[i].why == NN_V_LINK_DENSITY)) &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           !nn_pg_label_colon(text + l->off, l->len, 32) &&
           b[i].why != NN_V_IMAGE_CAPTION && b[i].why != NN_V_PULL_QUOTE &&
           b[i].why != NN_V_AUTHOR_BOX;
}

/* A line of text that leads into the list under it ("So far, the script
 * has gone like this:"): the article's, as the list is. */
static int lead_in(const block *b, size_t nb, size_t i, const char *text,
                   const nn_line *lines)
{
    return nn_pg_leads_in(&b[i], text, lines) && b[i].words >= 4 &&
           i + 1 < nb && b[i + 1].kind == NN_LINE_ITEM &&
           text_like(b, i + 1, text, lines, 0) &&
           text_like(b, i, text, lines, 0);
}

#define LEAD_ON_WORDS 6 /* words of a line that leads into what follows */

/* A line of text inside the article that leads into what follows it ("Now
 * that we've defined a range, we can find the values outside it:" over
 * code, a quotation, a table): one line, six words or more, a colon. */
static int leads_on(const block *b, const char *text, const nn_line *lines)
{
    return b->first == b->last && b->words >= LEAD_ON_WORDS &&
           nn_pg_leads_in(b, text, lines);
}

/* A whole sentence of eight words or more, without links, whatever its
 * stopwords: under the headline and right above the article's first
 * paragraph it is the lead (languages whose lists catch few of their
 * words, "Yangın, saat 18.00 sıralarında Eyüpsultan Göktürk'te ormanlık
 * alanda çıktı."); printed twice (as the page's description too) when it
 * is long, as a caption seldom is. */
static int lead_sentence(const block *b, size_t i)
{
    return b[i].kind == NN_LINE_TEXT && b[i].sentence && !b[i].links &&
           !b[i].chrome && (!b[i].repeated || b[i].words >= PROSE_WORDS) &&
           b[i].words >= 8 && b[i].first == b[i].last &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           (b[i].why == NN_V_STOPWORDS || b[i].why == NN_V_ISOLATED ||
            b[i].why == NN_V_SHORT);
}

#define BETWEEN_VERB_AT 4 /* words before a sentence's first lower-case one */
#define BETWEEN_LOWER 2   /* its lower-case words ("include", "and") */

/* Is block i, a sentence, between two paragraphs of the text, opening
 * with a capital and not with a label, with a word in lower case among
 * its first four, as a subject and its verb, and one more ("They include
 * Malifa, Vailele Tai, ... and Levili.": a list of names, which the
 * stopwords' measure turns down)?  Not a caption's names ("Mayor Tom Hart,
 * Councillor Ann Bell, ..., Monday.", "Мэр Иван Петров, депутат Анна
 * Смирнова, ...": a role in lower case after a comma, before a name),
 * nor a menu's, a tag list's or a sponsor's words ("Tagged with X, Y,
 * ...", "Sponsored by X, Y, ...": one word in lower case). */
static int between_text(const block *b, size_t i, const char *text,
                        const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    size_t k, words = 1, verb = 0, lower = 0;
    if (!(i > 0 && b[i - 1].cls == C_GOOD && b[i + 1].cls == C_GOOD &&
          b[i - 1].kind == NN_LINE_TEXT && b[i + 1].kind == NN_LINE_TEXT &&
          nn_starts_upper(s, l->len) && !nn_pg_label_colon(s, l->len, 32)))
        return 0;
    for (k = 1; k < l->len; k++) {
        size_t e;
        if (s[k - 1] != ' ' || !nn_starts_lower(s + k, l->len - k)) {
            words += s[k - 1] == ' ';
            continue;
        }
        if (++words <= BETWEEN_VERB_AT)
            verb = 1;
        lower++;
        for (e = k; e < l->len && s[e] != ' '; e++)
            ;
        if (k >= 2 && s[k - 2] == ',' && e + 1 < l->len &&
            nn_starts_upper(s + e + 1, l->len - e - 1))
            return 0; /* ", депутат Анна" */
    }
    return verb && lower >= BETWEEN_LOWER;
}

/* The words of s (n bytes) that start with a lower-case ASCII letter. */
static size_t lower_words(const char *s, size_t n)
{
    size_t i, c = 0;
    for (i = 0; i < n; i++)
        c += (i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z';
    return c;
}

/* What follows an article may be the page's next item: */
static const end_marker next_story = {"", NN_V_NEXT_ITEM, END_STRONG};
/* or a list of other stories, each a headline and a summary: */
static const end_marker teaser_list = {"", NN_V_RELATED, END_STRONG};

/* a block that opens with a date and a time ("Comando Provinciale di
 * Palermo - Palermo , 05/01/2026 11:04 I Carabinieri ..."), or that
 * prints the article's headline again ("Eyüpsultan'da ormanlık alanda
 * yangın ile ilgili etiketler ...", "canarias7 El Gobierno se niega ...").
 * Asked only once the article has text above. */
static int next_item(const char *text, const nn_line *lines, const block *b,
                     size_t title)
{
    const nn_line *l = &lines[b->first];
    nn_date_hit h[2];
    size_t k, c;
    if (b->first != b->last || b->kind == NN_LINE_HEADING)
        return 0;
    if (b->chars >= LENGTH_HIGH &&
        nn_date_may_hold(text + l->off, l->len < 80 ? l->len : 80, 1)) {
        c = nn_date_find(text + l->off, l->len < 80 ? l->len : 80, h, 2);
        for (k = 0; k < c; k++)
            if (h[k].iso[0] && strchr(h[k].iso, 'T') &&
                lower_words(text + l->off, h[k].start) <= 2)
                return 1; /* (not a sentence about a date: "There will
                             be a Public Hearing on Monday, August 30,
                             2021 at 7:00 PM ...") */
    }
    if (title != SIZE_MAX && lines[title].len >= 15 &&
        l->len > lines[title].len &&
        /* (a linked item of a "most read" list names the story too) */
        !(b->kind == NN_LINE_ITEM && b->links) &&
        nn_has(text + l->off, l->len, text + lines[title].off,
               lines[title].len))
        return 1;
    return 0;
}

/* Block k, if it is a section label ("Outras", "Politics"): one short
 * line of one to three words, no sentence, no link, no advertisement's
 * label (which the page prints wherever an ad stands). */
static const block *section_label(const block *b, size_t k, const char *text,
                                  const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    return b[k].first == b[k].last && b[k].kind == NN_LINE_TEXT &&
                   !b[k].links && b[k].words >= 1 && b[k].words <= 3 &&
                   l->len <= 30 && !nn_ends_sentence(text + l->off, l->len) &&
                   !nn_pg_ad_label(text + l->off, l->len)
               ? &b[k]
               : NULL;
}

/* The first block of the span: the headline's, or the first good one
 * (nb: none). */
static size_t span_start(const block *b, size_t nb, size_t title)
{
    size_t i;
    for (i = 0; i < nb; i++)
        if (title != SIZE_MAX
                ? b[i].first >= title
                : b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            return i;
    return nb;
}

static const end_marker author_box_head = {"", NN_V_AUTHOR_BOX, END_STRONG};
static const end_marker commenter = {"", NN_V_COMMENTS, END_STRONG};

#define COMMENTER_MAX 80  /* bytes of a comment's head: "Ana Lima says:" */
#define COMMENTER_WORDS 5 /* words of the commenter's name, at most */

/* Is block i a comment's head, a name and "says:" in a page's language
 * ("1. António Sousa diz:", "janedoe says:"), over the comment's date
 * ("17 de Janeiro, 2026 às 23:31")?  A quotation's lead-in ("The minister
 * says:") has its words under it, not a date. */
static int commenter_says(const block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines)
{
    static const char *const says[] = {
        " says:",
        " said:",
        " diz:",
        " disse:",
        " dice:",
        " dijo:",
        " dit :",
        " dit:",
        " sagt:",
        " schreibt:",
        " zegt:",
        " scrive:",
        " berkata:",
        " pisze:",
        " diyor ki:",
        " \xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD1\x82:", /* говорит */
        NULL};
    const nn_line *l = &lines[b[i].first], *d;
    const char *s = text + l->off;
    size_t k, n = l->len, w = 0, lower = 0;
    if (b[i].first != b[i].last || n > COMMENTER_MAX || i + 1 >= nb ||
        b[i].words > COMMENTER_WORDS + 2 || s[n - 1] != ':')
        return 0;
    for (k = 0; says[k]; k++)
        if (n > strlen(says[k]) &&
            !memcmp(s + n - strlen(says[k]), says[k], strlen(says[k])))
            break;
    if (!says[k])
        return 0;
    /* the name: one word ("janedoe"), or capitalized words after a count
     * ("1. António Sousa"), not a speaker's description ("A union
     * spokesman says:") */
    n -= strlen(says[k]);
    for (k = 0; k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' ||
                          s[k] == ')' || s[k] == ' ');
         k++)
        ;
    for (; k < n; k++)
        if (k == 0 || s[k - 1] == ' ') {
            w++;
            lower += !nn_starts_upper(s + k, n - k);
        }
    if (!w || (w > 1 && lower))
        return 0;
    /* its date alone under it ("17 de Janeiro, 2026 às 23:31"), not a
     * quotation that opens with a date */
    d = &lines[b[i + 1].first];
    return b[i + 1].first == b[i + 1].last && d->len <= COMMENTER_MAX &&
           nn_date_mostly(text + d->off, d->len);
}

#define THREAD_DAYS 62 /* days from a thread's first comment to its last */

/* A day number that orders ISO dates, months taken as 31 days: near
 * enough to tell weeks from years. */
static long day_number(const char *iso)
{
    return (long)(iso[0] - '0') * 372000 + (iso[1] - '0') * 37200 +
           (iso[2] - '0') * 3720 + (iso[3] - '0') * 372 +
           ((iso[5] - '0') * 10 + (iso[6] - '0')) * 31 + (iso[8] - '0') * 10 +
           (iso[9] - '0');
}

/* Is block i, a date alone on its line under the text, the first of a
 * thread of comments whose names the scrape lost: each comment a date
 * over its text, three or more, their dates within two months and out of
 * order, as replies are ("22 diciembre, 2025" / "Lastima de dinero
 * gastado ..." / "23 diciembre, 2025" / "Mira el wasapp ..." / "22
 * diciembre, 2025" / ...)?  A timeline's or a diary's dates run in
 * order, a live report's backwards. */
static int dated_thread(const block *b, size_t nb, size_t i, const char *text,
                        const nn_line *lines)
{
    size_t k, dates = 0;
    long lo = 0, hi = 0, prev = 0;
    int up = 0, down = 0;
    for (k = i; k < nb; k++) {
        const nn_line *l = &lines[b[k].first];
        nn_date_hit hit;
        long day;
        if (!b[k].chrome || b[k].why != NN_V_DATE_LINE)
            continue;
        if (!nn_date_mostly(text + l->off, l->len) || /* (a diary's "3 June
                                                         2024 Amsterdam") */
            k + 1 >= nb || b[k + 1].kind != NN_LINE_TEXT || b[k + 1].chrome ||
            !b[k + 1].sentence ||
            nn_date_find(text + l->off, l->len, &hit, 1) != 1 ||
            strlen(hit.iso) < 10)
            return 0;
        day = day_number(hit.iso);
        if (dates) {
            up |= day > prev;
            down |= day < prev;
        }
        prev = day;
        lo = dates && lo < day ? lo : day;
        hi = dates && hi > day ? hi : day;
        dates++;
    }
    return dates >= 3 && up && down && hi - lo <= THREAD_DAYS;
}

/* Is block b one line, its wrapped lines joined into its first (a
 * marker html2text wrapped: "Pokud jste v článku zaznamenali chybu ..."
 * over "prostřednictvím kontaktního formuláře")? */
static int one_line(const block *b, const nn_line *lines)
{
    size_t k;
    for (k = b->first + 1; k <= b->last; k++)
        if (lines[k].kind != NN_LINE_JOINED)
            return 0;
    return 1;
}

/* Is there article text in the few blocks after block i (a marker in
 * mid-article: "Related: ..." between two paragraphs)? */
static int good_soon(const block *b, size_t nb, size_t i, const char *text,
                     const nn_line *lines)
{
    size_t k;
    for (k = i + 1; k < nb && k <= i + 3; k++)
        if (b[k].kind != NN_LINE_HEADING &&
            /* (not a marker: a comment form's notice under a footer) */
            !(one_line(&b[k], lines) &&
              nn_pg_end_marker(text + lines[b[k].first].off,
                               lines[b[k].first].len)) &&
            (b[k].init == C_GOOD || /* good in itself */
             (k == i + 1 && b[k].init == C_NEAR && b[k].sentence)))
            return 1; /* (or the text goes on right under it) */
    return 0;
}

/* What span_end reads as it walks down from the article's start. */
typedef struct span_walk {
    size_t title, start;
    size_t last;         /* the last good block so far (nb: none) */
    size_t before;       /* the good text's bytes so far */
    size_t near;         /* near-good sentences' bytes so far: an article
                            of short paragraphs has only those */
    int prose;           /* a good block so far ends a sentence */
    const block *kicker; /* the section label over the headline, or NULL */
} span_walk;

/* A marker that block i is by its shape and place, not by its words:
 * the page's next item, an author's box; or NULL. */
#define POLICY_MAX 400 /* bytes of a comment section's policy */

/* A comment section's policy over it, in a short paragraph: the site's
 * stock words ("The Lincolnite welcomes your views. All comments are
 * reactively-moderated and must obey the house rules."), not a story's
 * ("Dorset Council welcomes your comments on the draft plan", "the
 * governor's comments are likely to have a moderating effect"). */
static int comment_policy(const char *s, size_t n)
{
    return n <= POLICY_MAX && nn_has(s, n, "omment", 6) && /* (fast) */
           (nn_has_ci(s, n, "welcomes your views. all comments are") ||
            nn_has_ci(s, n, "welcomes your comments. all comments are") ||
            nn_starts_ci(s, n, "all comments are moderated") ||
            nn_starts_ci(s, n, "all comments are reactively-moderated") ||
            nn_starts_ci(s, n, "all comments are pre-moderated"));
}

static const end_marker *shape_marker(const nn_page *pg, const char *text,
                                      const nn_line *lines, size_t i,
                                      const span_walk *w)
{
    const block *b = pg->b;
    size_t nb = pg->nb, last = w->last;
    const nn_line *l = &lines[b[i].first], *k = NULL;
    if (w->kicker)
        k = &lines[w->kicker->first];
    if (w->before >= 2 * LENGTH_HIGH &&
        (next_item(text, lines, &b[i], w->title) ||
         (k && b[i].first == b[i].last && l->len == k->len &&
          !memcmp(text + l->off, text + k->off, k->len))))
        return &next_story; /* (the section label over the headline,
                               again: the next story's) */
    /* a paragraph signed in capitals, then a town's name in capitals
     * opening the next: the page's next item (not when the signed one
     * opens so too: a round-up's items, "MÁLAGA. ...", "SEVILLA. ...") */
    if (last != nb && last == i - 1 && w->before >= 2 * LENGTH_HIGH &&
        b[last].chars >= LENGTH_HIGH &&
        nn_page_caps_dateline(text + l->off, l->len) &&
        !nn_page_caps_dateline(text + lines[b[last].first].off,
                               lines[b[last].first].len) &&
        nn_page_caps_signoff(text + lines[b[last].last].off,
                             lines[b[last].last].len))
        return &next_story;
    if (w->before >= LENGTH_LOW && nn_pg_author_box(b, nb, i, text, lines))
        return &author_box_head;
    if (commenter_says(b, nb, i, text, lines) ||
        (w->before >= 2 * LENGTH_HIGH && last == i - 1 && b[i].chrome &&
         b[i].why == NN_V_DATE_LINE && dated_thread(b, nb, i, text, lines)) ||
        (b[i].first == b[i].last && comment_policy(text + l->off, l->len)))
        return &commenter;
    return NULL;
}

#define CAPS_TEASER_WORDS 8 /* words of another story's headline */

/* Is s (n bytes) in capitals: capital letters, no small one (not a line
 * in a script without case)? */
static int shouted(const char *s, size_t n)
{
    size_t i = 0, caps = 0;
    while (i < n) {
        int32_t cp;
        size_t k = nn_utf8_decode(s + i, n - i, &cp);
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL)
            return 0;
        caps += c == UTF8PROC_CATEGORY_LU;
        i += k ? k : 1;
    }
    return caps >= 2;
}

/* Is block i a line in capitals of CAPS_TEASER_WORDS words or more, no
 * sentence, no quotation or cry (a placard's, a chant's), as a page whose
 * headline is in capitals prints other stories' headlines? */
static int caps_teaser(const block *b, size_t i, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    return b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
           !b[i].sentence && b[i].words >= CAPS_TEASER_WORDS && l->len <= 300 &&
           !memchr(s, '"', l->len) && !memchr(s, '!', l->len) &&
           !nn_has(s, l->len, "\xE2\x80\x9C", 3) && /* “ */
           !nn_has(s, l->len, "\xE2\x80\x9E", 3) && /* „ */
           !nn_has(s, l->len, "\xC2\xAB", 2) &&     /* « */
           shouted(s, l->len);
}

/* On a copied page, a marker that block i is by what follows it: a run
 * of teasers, other stories' headlines to the page's end; or NULL. */
static const end_marker *teaser_marker(const nn_page *pg, const char *text,
                                       const nn_line *lines, size_t i,
                                       const span_walk *w)
{
    const block *b = pg->b;
    size_t nb = pg->nb;
    const nn_line *l = &lines[b[i].first];
    if (pg->kind != NN_PAGE_PLAIN || w->before < 2 * LENGTH_HIGH)
        return NULL;
    if (l->off > lines[b[w->start].first].off &&
        nn_pg_teaser_run(b, nb, i, text, lines,
                         text + lines[b[w->start].first].off,
                         nn_pg_art_len(l->off - lines[b[w->start].first].off)))
        return &teaser_list; /* (the article's text: from its start to
                                here, when the lines are in order) */
    if (b[i - 1].cls == C_GOOD && nn_pg_headlines_to_end(b, nb, i, text, lines))
        return &teaser_list; /* other stories' headlines, unmarked */
    /* two such headlines one over the other, in capitals as the page's
     * own ("ROTURA DE MATRIZ EN REGIMIENTO PUDETO AFECTA ..." / "MUNICIPIO
     * GARANTIZA FIESTA CRIOLLA ..."): a subheading has text under it */
    if (w->title != SIZE_MAX && i + 1 < nb &&
        !nn_pg_leads_in(&b[i - 1], text, lines) && /* ("... a coro:") */
        shouted(text + lines[w->title].off, lines[w->title].len) &&
        caps_teaser(b, i, text, lines) && caps_teaser(b, i + 1, text, lines))
        return &teaser_list;
    return NULL;
}

#define TEASER_SUMMARY_REACH 3 /* blocks under a teaser's headline */
#define TEASER_TEXT_WORDS 8    /* words of a sentence of text */
#define TEASER_SHARED 0.4f     /* of a headline's words in its summary */

/* Under a marker at block i, a story's headline printed twice and its
 * summary, no paragraph of text after that: the page's list of other
 * stories, not a box set into the text, which goes on under it? */
static int teaser_twice_to_end(const block *b, size_t nb, size_t i,
                               const char *text, const nn_line *lines)
{
    size_t k, j;
    if (i + 2 >= nb || b[i + 1].first != b[i + 1].last ||
        b[i + 1].kind == NN_LINE_HEADING ||
        !nn_pg_same_line(b, i + 1, i + 2, text, lines))
        return 0;
    for (k = i + 3; k < nb && k <= i + 2 + TEASER_SUMMARY_REACH; k++)
        if (b[k].sentence && b[k].words >= TEASER_TEXT_WORDS)
            break; /* the summary */
    for (j = k + 1; j < nb; j++)
        if (b[j].sentence && b[j].words >= TEASER_TEXT_WORDS &&
            b[j].kind == NN_LINE_TEXT)
            return 0; /* text after it: the article's, going on */
    return 1;
}

/* Under a marker at block i, to the page's end, stories each of a
 * headline and its summary cut short ("Check Also" / "Baku to host OPEC+
 * discussions ..." / "OPEC+ will measure ... Al Mazrouei,..."); not a
 * list of links over the article's last paragraph, which the scrape cut
 * ("Read also:" / two headlines / "What happens next ... the…"), nor
 * another story's headline over the article's last paragraph cut by a
 * paywall (it tells another story) */
static int cut_teasers_to_end(const block *b, size_t nb, size_t i,
                              const char *text, const nn_line *lines)
{
    size_t j;
    for (j = i + 1; j + 1 < nb; j += 2) {
        const nn_line *h = &lines[b[j].first], *l = &lines[b[j + 1].last];
        if (b[j].first != b[j].last ||
            !nn_pg_title_shape(&b[j], text + h->off, h->len) ||
            !b[j + 1].sentence || b[j + 1].words < TEASER_TEXT_WORDS ||
            !nn_pg_cut_short(text + l->off, l->len) ||
            /* the summary tells its headline's story */
            !nn_pg_overlap_at(text + h->off, h->len,
                              text + lines[b[j + 1].first].off,
                              l->off + l->len - lines[b[j + 1].first].off,
                              TEASER_SHARED))
            return 0;
    }
    return j == nb && j > i + 1;
}

#define MENU_ITEM_WORDS 3 /* words of a footer menu's item */

/* Right above a footer's line at block end ("© 2013 Ajans Bartın"), two
 * or more short list items that are no sentence ("Geri", "Ana Sayfa",
 * "Normal Görünüm"): the footer's menu, where the footer starts (not a
 * list the text leads into with a colon).  Returns that start. */
static size_t footer_menu(const block *b, size_t start, size_t end,
                          const char *text, const nn_line *lines)
{
    size_t k = end;
    while (k > start + 1 && b[k - 1].kind == NN_LINE_ITEM &&
           b[k - 1].first == b[k - 1].last && !b[k - 1].sentence &&
           b[k - 1].words <= MENU_ITEM_WORDS && !b[k - 1].listed)
        k--;
    if (end - k < 2 || nn_pg_leads_in(&b[k - 1], text, lines))
        return end;
    return k;
}

/* The article ends at block end (marker em): a count of views or comments
 * right above the marker ("30259") is the widget's, not the text's; the
 * blocks from the end on go.  The last good block above the end. */
static size_t close_span(block *b, size_t nb, const char *text,
                         const nn_line *lines, size_t start, size_t end,
                         size_t last, const end_marker *em)
{
    size_t i;
    while (em && end > start + 1 && nn_pg_count_line(b, end - 1, text, lines))
        end--;
    if (em && em->kind == NN_V_FOOTER)
        end = footer_menu(b, start, end, text, lines);
    if (last != nb && last >= end)
        for (i = end, last = nb; i-- > start;)
            if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING) {
                last = i;
                break;
            }
    for (i = end; i < nb; i++) {
        b[i].cls = C_BAD;
        b[i].why = em->kind;
        b[i].value = -2; /* see nn_page_judge: "after-article: " */
    }
    return last;
}

#define TAG_WORDS 4 /* words of a tag */

/* Is line s (n bytes) a tags heading set as a label: one word, in
 * capitals ("TAGS") or before a colon ("Tags:"), not a subheading that
 * opens with the word ("Topics on the agenda")? */
static int tags_heading(const char *s, size_t n)
{
    size_t i, lower = 0;
    if (n && s[n - 1] == ':')
        return !memchr(s, ' ', n);
    for (i = 0; i < n; i++) {
        if (s[i] == ' ')
            return 0;
        lower += s[i] >= 'a' && s[i] <= 'z';
    }
    return n && !lower;
}

#define PROSE_FOLLOWS_WORDS 15 /* words of a sentence paragraph */

/* Does a paragraph of prose follow block i (a sentence of
 * PROSE_FOLLOWS_WORDS words or more)?  Then a related list's heading
 * there ("İŞ İLANLARI" over a story about job numbers) is a subheading;
 * a list's items are headlines. */
static int prose_follows(const block *b, size_t nb, size_t i)
{
    return i + 1 < nb && b[i + 1].sentence &&
           b[i + 1].words >= PROSE_FOLLOWS_WORDS &&
           b[i + 1].kind == NN_LINE_TEXT;
}

/* Do tags follow the tags' heading at block i ("TAGS" / "Patraguda" /
 * "India Matters"): two short lines, no sentences?  Then the heading
 * is no word of the text's. */
static int tags_follow(const block *b, size_t nb, size_t i)
{
    size_t k;
    for (k = i + 1; k < nb && k <= i + 2; k++)
        if (b[k].first != b[k].last || b[k].words > TAG_WORDS ||
            b[k].sentence || b[k].kind == NN_LINE_HEADING)
            return 0;
    return k == i + 3;
}

#define LABEL_WORDS 3 /* words of a widget's label between two markers */

/* From block k, stories each of a headline on one line and a paragraph
 * of text under it (eight words or more): how many in a row? */
static size_t stories_below(const block *b, size_t nb, size_t k,
                            const char *text, const nn_line *lines)
{
    size_t n = 0;
    for (; k + 1 < nb; k += 2, n++) {
        const nn_line *h = &lines[b[k].first];
        if (b[k].first != b[k].last ||
            !nn_pg_title_shape(&b[k], text + h->off, h->len) ||
            b[k + 1].kind != NN_LINE_TEXT || b[k + 1].words < TEASER_TEXT_WORDS)
            break; /* (a summary the scrape cut is no sentence) */
    }
    return n;
}

/* Is line l marker m alone, a mark after it at most (a widget's
 * heading, not "Baca Juga: <a story's headline>")? */
static int marker_alone(const nn_line *l, const end_marker *m)
{
    return l->len <= strlen(m->phrase) + 4;
}

/* Is block i, marker m alone, right above another marker alone, a short
 * label between them at most ("Les plus lus" / "Publications Similaires"
 * / "SIMILAIRES"): the page's widgets, one over the next, under the
 * article? */
static int marker_under(const block *b, size_t nb, size_t i, const char *text,
                        const nn_line *lines, const end_marker *m)
{
    size_t k;
    const end_marker *below;
    if (!marker_alone(&lines[b[i].first], m))
        return 0;
    for (k = i + 1; k < nb && k <= i + 2; k++) {
        const nn_line *l = &lines[b[k].first];
        if (one_line(&b[k], lines) &&
            (below = nn_pg_end_marker(text + l->off, l->len)) != NULL) {
            if (!marker_alone(l, below))
                return 0;
            /* a short label under them ("SIMILAIRES"), then stories: a
             * headline and its summary, twice or more (not the article
             * going on under a box set into it) */
            k++;
            return stories_below(b, nb, k, text, lines) >= 2 ||
                   (k < nb && !b[k].sentence && b[k].words <= LABEL_WORDS &&
                    stories_below(b, nb, k + 1, text, lines) >= 2);
        }
        if (b[k].sentence || b[k].words > LABEL_WORDS)
            return 0;
    }
    return 0;
}

/* Right above block i, over short lines only (a share bar's, "Erstellt:"),
 * a byline alone ("Von: Stefan Wieczorek")? */
static int byline_right_above(const block *b, size_t i, const char *text,
                              const nn_line *lines)
{
    while (i-- > 0 && b[i].first == b[i].last) {
        const nn_line *l = &lines[b[i].first];
        if (nn_pg_byline_alone(text + l->off, l->len))
            return 1;
        if (l->len > LENGTH_LOW)
            return 0;
    }
    return 0;
}

#define COUNTER_REACH 3 /* blocks from the headline to a comment counter */

#define DATELINE_OPENING 40 /* bytes of a dateline's capitals */

/* Does line s (n bytes) open with a dateline in capitals and a dash
 * ("KLIKKUNINGAN.COM– Masyarakat ...", "ILOILO – Moderate ...",
 * "JAKARTA, KOMPAS - ...")?  A story's text opens so; a reader's comment
 * does not. */
static int caps_dateline_opening(const char *s, size_t n)
{
    size_t k, caps = 0;
    for (k = 0; k < n && k < DATELINE_OPENING; k++) {
        if (s[k] >= 'A' && s[k] <= 'Z')
            caps++;
        else if (!(s[k] == '.' || s[k] == ',' || s[k] == ' ' ||
                   (s[k] >= '0' && s[k] <= '9')))
            break;
    }
    return caps >= 3 && k < n &&
           (s[k] == '-' || (k + 3 <= n && !memcmp(s + k, "\xE2\x80", 2) &&
                            (s[k + 2] == '\x93' || s[k + 2] == '\x94')));
}

/* No sentence above yet, only the page's head (a headline, its section,
 * the site's name: less than LENGTH_HIGH bytes), a byline right above
 * the marker (a link to this story's comments: "Von: NAME" /
 * "Kommentare"), and the article's text still to come: a marker here is
 * the page's head, not the article's end.  (Under a list of points with
 * no full stop, signed or not, the comments are the text that follows:
 * the end.) */
static int no_prose_yet(const block *b, size_t i, const span_walk *w,
                        size_t after, const char *text, const nn_line *lines,
                        const end_marker *m)
{
    const nn_line *l = &lines[b[i].first];
    size_t k = i, head = 0; /* the first block under the headline; its
                               bytes, when the walk counted it */
    if (after < 2 * LENGTH_HIGH)
        return 0;
    while (w->title != SIZE_MAX && k > 0 && b[k - 1].first > w->title)
        k--;
    if (k > 0 && w->title != SIZE_MAX && b[k - 1].first == w->title &&
        b[k - 1].cls == C_GOOD)
        head = b[k - 1].chars;
    /* a count of comments a block or two under the headline, a standfirst
     * at most above it, the text's dateline right under it ("0 Komentar"
     * / "KLIKKUNINGAN.COM– ..."): the head's link to the comments (under
     * a short piece's paragraph, the comments' own head, over the
     * comments) */
    if (m->kind == NN_V_COMMENTS && w->title != SIZE_MAX &&
        caps_dateline_opening(text + lines[b[i + 1].first].off,
                              lines[b[i + 1].first].len) &&
        i - k < COUNTER_REACH && w->before < LENGTH_HIGH + head &&
        w->near < LENGTH_HIGH && l->len && text[l->off] >= '0' &&
        text[l->off] <= '9')
        return 1;
    return !w->prose && w->near == 0 && w->before < LENGTH_HIGH &&
           byline_right_above(b, i, text, lines);
}

/* Find the end marker that closes the article after block start: the
 * marker lines are chrome wherever they stand, the blocks from the end on
 * go.  Returns the end's block index (nb: the page's end); *lastp is the
 * last good block before it (nb: none). */
static size_t span_end(nn_page *pg, const char *text, const nn_line *lines,
                       size_t title, size_t start, size_t *lastp)
{
    block *b = pg->b;
    size_t nb = pg->nb, i, end = nb, after = 0, widget;
    const end_marker *em = NULL;
    span_walk w = {title, start, nb, 0, 0, 0, NULL};

    w.kicker = start > 0 ? section_label(b, start - 1, text, lines) : NULL;
    for (i = start + 1; i < nb; i++)
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            after += b[i].chars;
    if (b[start].cls == C_GOOD && b[start].kind != NN_LINE_HEADING) {
        w.before = b[start].chars;
        w.last = start;
        w.prose = b[start].sentence;
    }
    for (i = start + 1; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const end_marker *m = one_line(&b[i], lines)
                                  ? nn_pg_end_marker(text + l->off, l->len)
                                  : NULL;
        if (!m)
            m = shape_marker(pg, text, lines, i, &w);
        if (!m && w.before >= 2 * LENGTH_HIGH && b[i].cls != C_BAD &&
            nn_pg_author_bio(&b[i], text, lines)) {
            /* the writer's bio goes; what follows it is judged on */
            b[i].cls = C_BAD;
            b[i].why = NN_V_AUTHOR_BOX;
            b[i].value = -2;
            continue;
        }
        if (!m)
            m = teaser_marker(pg, text, lines, i, &w);
        if (m && m->strong == END_LISTED &&
            !nn_pg_items_under(b, nb, i, text, lines))
            m = NULL; /* (a subheading: "También en Valencia") */
        b[i].marker = m != NULL;
        if (m && b[i].init != C_GOOD) {
            /* the marker line itself is chrome, wherever it stands */
            b[i].cls = C_BAD;
            b[i].why = m->kind;
            b[i].value = -1;
        }
        if (m && w.before + w.near >= LENGTH_LOW &&
            !no_prose_yet(b, i, &w, after, text, lines, m) &&
            ((m->strong != END_WEAK &&
              !(m->strong == END_ALONE && m->kind == NN_V_AUTHOR_BOX) &&
              !(m->strong == END_ALONE && m->kind == NN_V_RELATED &&
                prose_follows(b, nb, i))) ||
             /* an author's box: its heading, a line or two to the end
              * (not "About the author" as a subheading over more text) */
             (m->kind == NN_V_AUTHOR_BOX && after <= LENGTH_HIGH) ||
             ((m->kind == NN_V_RELATED || m->kind == NN_V_POPULAR) &&
              nn_pg_list_to_end(b, nb, i, text, lines)) ||
             (m->kind == NN_V_TAGS && tags_heading(text + l->off, l->len) &&
              tags_follow(b, nb, i)) ||
             /* a story's headline printed twice, its summary under
              * ("NOTICIAS RELACIONADAS" / "Presidente de Costa Rica:
              * ..." twice / "En Nicaragua no hay democracia, ...") */
             ((m->kind == NN_V_RELATED || m->kind == NN_V_POPULAR) &&
              (teaser_twice_to_end(b, nb, i, text, lines) ||
               cut_teasers_to_end(b, nb, i, text, lines))) ||
             (w.before >= 2 * LENGTH_HIGH && after * 3 < w.before &&
              !good_soon(b, nb, i, text, lines)) ||
             (w.before >= 2 * LENGTH_HIGH &&
              marker_under(b, nb, i, text, lines, m)))) {
            end = i;
            em = m;
            break;
        }
        /* not the end: a list of stories set into the text ("Most Read"
         * over ten headlines, then the article goes on); its marker and
         * items pass, the text after it is judged on */
        if (m && (m->kind == NN_V_RELATED || m->kind == NN_V_POPULAR) &&
            (widget = nn_pg_widget_list(b, nb, i, text, lines, m->kind))) {
            if (l->len <= strlen(m->phrase) + 4) {
                b[i].cls = C_BAD; /* its heading too, a sentence or not */
                b[i].why = m->kind;
                b[i].value = -1;
                b[i].chrome = 1;
            }
            i += widget;
            continue;
        }
        if (b[i].init == C_NEAR && b[i].sentence &&
            b[i].kind != NN_LINE_HEADING)
            w.near += b[i].chars;
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING) {
            w.before += b[i].chars;
            after -= b[i].chars;
            w.last = i;
            w.prose |= b[i].sentence;
        }
    }
    *lastp = close_span(b, nb, text, lines, start, end, w.last, em);
    return end;
}

/* Inside the span, from the first good block to the last: short
 * sentences, near-good text, list items that read as text are kept (in a
 * language whose stopword list catches few words, any whole sentence of
 * eight words: see span_tail()); on a copied page, another story's
 * headline goes. */
static void span_inside(nn_page *pg, const char *text, const nn_line *lines,
                        size_t start, size_t last, int weak_list)
{
    block *b = pg->b;
    size_t i;
    for (i = start + 1; i < last; i++) {
        if (b[i].cls == C_GOOD ||
            !(text_like(b, i, text, lines, 1) ||
              (lead_sentence(b, i) &&
               (weak_list || between_text(b, i, text, lines)))))
            continue;
        if (b[i].sentence || lead_in(b, last, i, text, lines) ||
            leads_on(&b[i], text, lines))
            b[i].cls = C_GOOD;
        else if (b[i].kind == NN_LINE_ITEM && b[i].init != C_BAD &&
                 b[i].words >= 4)
            b[i].cls = C_GOOD;
    }
    /* on a copied page, a long line that is no sentence between two
     * paragraphs is another story's headline (a teaser, a "read also"
     * link whose link is gone), not a subheading: those are short */
    if (pg->kind == NN_PAGE_PLAIN)
        for (i = start + 1; i < last; i++)
            if (b[i].cls == C_GOOD && b[i].init == C_SHORT && !b[i].sentence &&
                b[i].kind == NN_LINE_TEXT && b[i].words >= TEASER_WORDS &&
                !b[i + 1].listed && !leads_on(&b[i], text, lines)) {
                /* (not a lead-in, to a list or to what follows) */
                b[i].cls = C_BAD;
                b[i].why = NN_V_TEASER;
                b[i].value = -1;
            }
}

#define CHROME_RUN_MAX 6 /* short lines of chrome inside the lead */

/* Are blocks k and k + 1 a picture's credit and its caption, as
 * chrome read them? */
static int credit_caption(const block *b, size_t nb, size_t k)
{
    return k + 1 < nb && b[k].chrome && b[k].why == NN_V_PHOTO_CREDIT &&
           b[k + 1].chrome && b[k + 1].why == NN_V_IMAGE_CAPTION;
}

/* Up from block i, a run of short one-line blocks (at most
 * CHROME_RUN_MAX, all below the headline) of which one at least is no
 * sentence: its length, or 0 when block i starts no such run. */
static size_t chrome_run(const block *b, size_t nb, size_t i, size_t title,
                         const char *text, const nn_line *lines)
{
    size_t k, bare = 0;
    for (k = i + 1; k-- > 0 && i + 1 - k <= CHROME_RUN_MAX;) {
        /* a "Related: ..." link between the lead's paragraphs */
        int related =
            title != SIZE_MAX && b[k].marker && b[k].why == NN_V_RELATED;
        /* a picture's credit line and the caption under it, as chrome
         * read them, whatever their length ("Фото: X/Y" / "Без воды
         * остался поселок ... Фото: X/Y") */
        int pictured =
            credit_caption(b, nb, k) || (k > 0 && credit_caption(b, nb, k - 1));
        if (!(b[k].init == C_SHORT || related || pictured ||
              (b[k].init == C_BAD && b[k].chars < LENGTH_LOW)) ||
            b[k].first != b[k].last || b[k].kind == NN_LINE_HEADING ||
            (b[k].links && b[k].chars >= LENGTH_LOW && !related) ||
            (b[k].marker && !related) || lead_in(b, nb, k, text, lines) ||
            (title != SIZE_MAX && b[k].first <= title))
            break;
        bare |= !b[k].sentence || b[k].init == C_BAD || pictured;
    }
    return bare ? i - k : 0;
}

/* A whole paragraph of the article: a sentence long enough to be near
 * good (not a short line), without links; in a language whose stopword
 * list catches few of its words (weak_list), a sentence of 15 words
 * or more whatever its stopwords. */
static int para_like(const block *b, size_t i, const char *text,
                     const nn_line *lines, int weak_list)
{
    return b[i].sentence &&
           ((b[i].init == C_NEAR && text_like(b, i, text, lines, 0)) ||
            (weak_list && b[i].words >= 15 && lead_sentence(b, i)));
}

#define PLACE_WORDS 8 /* words of a picture's place under the headline */

/* Is block i one short line of capitalized words only, commas between
 * them, ending in a full stop ("Laamu Atoll Dhambidhoo, Maldives."): where
 * a picture was taken, its caption, not the lead's first sentence? */
static int place_line(const block *b, size_t i, const char *text,
                      const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    size_t k, words = 0, lower = 0;
    if (b[i].first != b[i].last || b[i].kind != NN_LINE_TEXT || l->len < 8 ||
        s[l->len - 1] != '.' || s[l->len - 2] == '.')
        return 0;
    for (k = 0; k + 1 < l->len; k++)
        if (k == 0 || s[k - 1] == ' ') {
            if (!nn_starts_upper(s + k, l->len - k) || ++words > PLACE_WORDS)
                return 0;
        } else if (s[k] == '.' || s[k] == ':' || s[k] == ';') {
            return 0; /* one phrase, no abbreviation's or label's stop */
        } else {
            lower += s[k] >= 'a' && s[k] <= 'z';
        }
    return words >= 2 && lower; /* (not a dateline in capitals: "DURANGO,
                                   DGO.") */
}

/* Above the first good block: the head's lines that are no sentences go,
 * the lead's short sentences are kept. */
static void span_head(block *b, size_t nb, const char *text,
                      const nn_line *lines, size_t title, size_t start,
                      int weak_list)
{
    size_t i;
    /* between the headline and the text, lines that are no sentences
     * are the head's (a byline "Free Press Staff", a kicker, a date line),
     * whatever their neighbours made of them */
    if (title != SIZE_MAX)
        for (i = 0; i < start; i++)
            if (b[i].first > title && b[i].cls == C_GOOD &&
                b[i].init != C_GOOD && !b[i].sentence &&
                b[i].kind == NN_LINE_TEXT) {
                b[i].cls = C_BAD;
                b[i].why = NN_V_HEAD_LINE;
                b[i].value = -1;
            }
    /* the short sentences right above the first good block (a lead of
     * one-line paragraphs; a standfirst stands above the byline or date
     * line, which stops this), and over a few short lines of chrome
     * between the lead's paragraphs ("Hide Ad", "Watch more of our videos
     * on Shots!") when a whole paragraph stands above them */
    for (i = start; i-- > 0 && (title == SIZE_MAX || b[i].first > title);) {
        size_t run;
        if (title != SIZE_MAX && b[i].marker && b[i].why == NN_V_RELATED)
            continue; /* a "Read also" link between the lead's paragraphs */
        if (b[i].marker && b[i].cls == C_BAD)
            break; /* "¡Escribe el primer comentario!" under the byline: a
                      marker line is chrome wherever it stands */
        if (place_line(b, i, text, lines))
            break;
        if ((text_like(b, i, text, lines, 1) || lead_sentence(b, i)) &&
            (b[i].sentence || lead_in(b, nb, i, text, lines) ||
             /* "Here is how board members voted:" over the lead's next
              * paragraphs */
             (leads_on(&b[i], text, lines) && b[i + 1].cls == C_GOOD &&
              b[i + 1].kind == NN_LINE_TEXT))) {
            b[i].cls = C_GOOD;
            continue;
        }
        run = chrome_run(b, nb, i, title, text, lines);
        if (!run || run > i || !para_like(b, i - run, text, lines, weak_list))
            break;
        i -= run - 1; /* the run stays chrome; on to the paragraph */
    }
}

/* Below the last good block: the article's last short sentences, over a
 * few short lines of chrome ("Advertisement", "Share"), to a block that
 * reads as neither.  In a language whose stopword list catches few of its
 * words (Turkish: "Yaralanan 5 polis memuru sağlık ekiplerince hastaneye
 * kaldırıldı." has none), a whole sentence of eight words or more is the
 * article's whatever its stopwords. */
#define TAIL_WORDS 12   /* words of a last paragraph with no full stop */
#define CREDIT_REACH 40 /* bytes from a line's end where a credit stands */

/* A picture's credit word near the end of line s ("... water main on
 * Friday. Photo Tom Becker"): a caption, not the article's last words. */
static int credit_at_end(const char *s, size_t n)
{
    static const char *const words[] = {
        " Photo ", " Foto ", " Photo: ", " Foto: ", " Credit", " Bild: ", NULL};
    const char *const *w;
    size_t from = n > CREDIT_REACH ? n - CREDIT_REACH : 0;
    size_t i = n, caps = 0;
    for (w = words; *w; w++)
        if (nn_has(s + from, n - from, *w, strlen(*w)))
            return 1;
    /* or names at its end, three capitalized words or more ("... on
     * Wednesday morning Tom Becker Lakeside Gazette") */
    while (i > 0 && caps < 3) {
        size_t e = i;
        while (i > 0 && s[i - 1] != ' ')
            i--;
        if (!nn_starts_upper(s + i, e - i))
            break;
        caps++;
        if (i > 0)
            i--;
    }
    return caps >= 3 || nn_pg_credited_caption(s, n);
}

#define TAIL_SENTENCE_WORDS 10 /* words of two sentences under the text */

/* Is block i, right under the article's last good block and the last
 * sentence of the span (end), two whole sentences or more, unlinked,
 * that only the stopwords' measure turned
 * down ("Причина происшествия в настоящее время устанавливается.
 * Расследованием займутся сотрудники органов дознания МЧС России.":
 * news's nominal style, which a language's list catches little of)? */
static int sentences_under(const block *b, size_t end, size_t i,
                           const char *text, const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    size_t k, digits;
    if (b[i].init != C_BAD || b[i].why != NN_V_STOPWORDS ||
        b[i].kind != NN_LINE_TEXT || b[i].links || !b[i].sentence ||
        b[i].first != b[i].last || b[i].words < TAIL_SENTENCE_WORDS ||
        b[i - 1].cls != C_GOOD || !nn_starts_upper(s, l->len) ||
        (i + 1 < end && b[i + 1].sentence))
        return 0; /* (the last paragraph: not a reminder of another
                     story over a prompt to subscribe) */
    /* (not a site's legal lines: "Свидетельство о регистрации СМИ Эл №
     * ФС77-...  Главный редактор: ...", "Registered Office: ...") */
    if (memchr(s, ':', l->len))
        return 0;
    for (k = 0, digits = 0; k < l->len; k++) {
        digits += s[k] >= '0' && s[k] <= '9';
        if ((k + 2 < l->len && !memcmp(s + k, "\xE2\x84\x96", 3)) || /* № */
            (k + 1 < l->len && !memcmp(s + k, "\xC2\xA9", 2)))       /* © */
            return 0;
    }
    if (digits * 20 > l->len)
        return 0;
    for (k = 1; k + 2 < l->len; k++)
        if (s[k] == '.' && s[k + 1] == ' ' &&
            nn_starts_upper(s + k + 2, l->len - k - 2) &&
            nn_ends_sentence(s, k + 1))
            return 1;
    return 0;
}

#define LED_ITEMS_MAX 12 /* items of a list under its lead-in */

/* Is block j, under the lead-in i, an item of its list: a list's item
 * ("- Ally"), or a line of text right under the one before it, no blank
 * between, not shaped as a headline ("Bassin versant Lot : Parlan, Saint
 * Julien de Toursac, Quezac et Maurs.")?  Unlinked, not a marker. */
static int led_item(const block *b, size_t i, size_t j, const char *text,
                    const nn_line *lines)
{
    const nn_line *l = &lines[b[j].first];
    if (b[j].links || b[j].marker || b[j].chrome || b[j].repeated)
        return 0;
    if (b[j].kind == NN_LINE_ITEM)
        return 1;
    return b[i].kind == NN_LINE_TEXT && b[j].kind == NN_LINE_TEXT &&
           b[j].first == b[j].last && b[j].first == b[j - 1].last + 1 &&
           (j == i + 1 || b[j - 1].kind == NN_LINE_TEXT) &&
           !nn_pg_title_shape(&b[j], text + l->off, l->len);
}

/* Is block j a paragraph that goes on with the text: a sentence, like
 * the text, unlinked? */
static int paragraph_next(const block *b, size_t end, size_t j,
                          const char *text, const nn_line *lines)
{
    return j < end && b[j].kind == NN_LINE_TEXT && b[j].sentence &&
           !b[j].links && !b[j].marker && text_like(b, j, text, lines, 2);
}

/* Under the text, a line that leads into a list ("The roads are:", three
 * words or more, some of them stopwords) and the list's items, unlinked,
 * one a line, when the article goes on under the list (a sentence, or
 * another lead-in and its list): the block after the list, or i when
 * block i starts no such list.  ("More stories:" over headlines has no
 * stopword; a list that ends the page is its chrome's.) */
static size_t led_list(const block *b, size_t end, size_t i, const char *text,
                       const nn_line *lines)
{
    size_t j;
    if (b[i].first != b[i].last || !nn_pg_leads_in(&b[i], text, lines) ||
        b[i].words < 3 || b[i].stops < 2 || b[i].links || b[i].marker ||
        b[i].chrome || b[i].repeated)
        return i;
    for (j = i + 1;
         j < end && j - i <= LED_ITEMS_MAX && led_item(b, i, j, text, lines);
         j++)
        ;
    if (j == i + 1 || j >= end || b[j].kind == NN_LINE_ITEM)
        return i;
    if (paragraph_next(b, end, j, text, lines))
        return j;
    /* or another lead-in, and its list or its paragraph ("Pour ces
     * communes, les dispositions suivantes s'appliquent :" over the
     * text, its list lost in the scrape) */
    return led_list(b, end, j, text, lines) > j ||
                   (b[j].first == b[j].last &&
                    nn_pg_leads_in(&b[j], text, lines) && b[j].stops >= 2 &&
                    !b[j].links && !b[j].marker && !b[j].chrome &&
                    paragraph_next(b, end, j + 1, text, lines))
               ? j
               : i;
}

/* Does s (n bytes) hold the copyright sign? */
static int copyright_in(const char *s, size_t n)
{
    const char *p = s;
    while ((p = memchr(p, 0xC2, (size_t)(s + n - p))) != NULL)
        if (++p < s + n && (unsigned char)*p == 0xA9)
            return 1;
    return 0;
}

#define RUN_ON_WORDS 20       /* words of a paragraph that runs on to the end */
#define RUN_ON_CUT_STOPS 0.1f /* stopword share of the one cut short there */

/* Is block x set into the text, not text: a picture's caption or
 * credit, or an embedded post? */
static int inset(const block *x)
{
    return x->cls == C_BAD &&
           (x->why == NN_V_IMAGE_CAPTION || x->why == NN_V_PHOTO_CREDIT ||
            x->why == NN_V_EMBEDDED_POST);
}

/* Is every block under the last good one to the page's end a paragraph
 * of its own: text, RUN_ON_WORDS words or more, a sentence, no link, no
 * mark of a page's chrome or legal lines ("©"), and the last one cut
 * inside its sentence, some of its words stopwords?  Then the page is an
 * excerpt of the article's text alone, cut short, however few stopwords
 * its last paragraphs hold (a list of addresses: "Отключение воды
 * коснулось жилых домов проспекта Гагарина №103, 104a, 124, ..."); a page
 * whose last line ends a sentence may end with its publisher's lines. */
static int runs_to_end(const block *b, size_t nb, size_t last, const char *text,
                       const nn_line *lines)
{
    size_t i;
    if (last + 1 >= nb || b[nb - 1].sentence ||
        b[nb - 1].density < RUN_ON_CUT_STOPS)
        return 0;
    for (i = last + 1; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].kind != NN_LINE_TEXT || b[i].words < RUN_ON_WORDS ||
            (!b[i].sentence && i + 1 < nb) || b[i].links || b[i].repeated ||
            b[i].marker || b[i].chrome || b[i].why != NN_V_STOPWORDS ||
            !nn_starts_upper(text + l->off, l->len) ||
            copyright_in(text + l->off, l->len) ||
            nn_has(text + l->off, l->len, "://", 3))
            return 0; /* (nor an address: "Fonte/Source: https://...") */
    }
    return 1;
}

static void span_tail(block *b, size_t nb, const char *text,
                      const nn_line *lines, size_t last, size_t end,
                      int weak_list)
{
    size_t i, j, k;
    /* closed by a marker ("См. также"): the text up to it is inside the
     * article, a sentence sparse in stopwords as well ("Ферапонтьевка на
     * ремонт водопровода получит 301,4 тысячи, ...") */
    int marked = end < nb;
    size_t tail = last; /* the last good block, or a short sentence kept
                           right under it ("На трассе произошёл конфликт
                           ..."): a paragraph a little sparse may follow */
    if (end == nb && runs_to_end(b, nb, last, text, lines)) {
        for (i = last + 1; i < nb; i++)
            b[i].cls = C_GOOD;
        return;
    }
    i = last + 1;
    if ((j = led_list(b, end, last, text, lines)) > last) {
        for (; i < j; i++)
            b[i].cls = C_GOOD; /* the last good block leads into a list */
        tail = j - 1;
    }
    for (k = 0; i < end; i++) {
        const nn_line *l = &lines[b[i].first];
        /* "Read more" above teasers: what follows is no longer the
         * text; "Share this" between two sentences is only a button */
        if (b[i].marker && !(i + 1 < end && b[i + 1].sentence &&
                             text_like(b, i + 1, text, lines, 0)))
            break;
        if (inset(&b[i])) {
            if (++k > 6)
                break;
            continue; /* a picture's caption between the last paragraphs */
        }
        if ((j = led_list(b, end, i, text, lines)) > i) {
            for (; i < j; i++)
                b[i].cls = C_GOOD;
            tail = j - 1; /* (the text under it, as under the text) */
            k = 0;
            i--;
            continue;
        }
        /* right after the last good block, a paragraph a little sparse
         * in stopwords is still the article's; and one that a line right
         * under the text leads into ("Тг-канал «Махачкала» сообщает:"), as
         * inside the article */
        int led = i >= last + 2 && b[i - 2].cls == C_GOOD &&
                  b[i - 1].first == b[i - 1].last &&
                  nn_pg_leads_in(&b[i - 1], text, lines) &&
                  b[i].kind == NN_LINE_TEXT;
        if ((text_like(b, i, text, lines,
                       marked || led   ? 3
                       : i == tail + 1 ? 2
                                       : 0) ||
             (weak_list && lead_sentence(b, i)) ||
             (i == last + 1 && sentences_under(b, end, i, text, lines))) &&
            (b[i].sentence ||
             /* or one whose full stop the page lost, long and unlinked,
              * right under the text */
             (b[i - 1].cls == C_GOOD && b[i].kind == NN_LINE_TEXT &&
              b[i].words >= TAIL_WORDS && !b[i].links &&
              !credit_at_end(text + l->off, l->len)))) {
            b[i].cls = C_GOOD;
            if (led)
                b[i - 1].cls = C_GOOD; /* (the lead-in with it) */
            if (i == tail + 1 && b[i].init == C_SHORT && b[i].sentence)
                tail = i;
            k = 0;
        } else if (!(b[i].first == b[i].last &&
                     (l->len < 80 ||
                      /* a caption the page prints twice, over the last
                       * paragraph */
                      (b[i].repeated && i + 1 < end && b[i + 1].sentence &&
                       b[i + 1].words >= 8)) &&
                     (!b[i].sentence || b[i].repeated) && ++k <= 6)) {
            break;
        }
    }
}

/* Words of a line in capitals that is a banner, no subheading ("CLÍCK
 * AQUÍ PARA RECIBIR NOTICIAS"), at least. */
#define CAPS_BANNER_WORDS 4

/* Does s (n bytes) hold a lower-case letter? */
static int lower_in(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && /* (a character's start) */
            nn_starts_lower(s + i, n - i))
            return 1;
    return 0;
}

/* Block i, a short line of two words or more and fewer than
 * TEASER_WORDS, capital first, no sentence, no link, nothing the chrome
 * step named, between two kept blocks of text, a sentence below: a
 * subheading (not a call to action, a name, a time, a banner). */
static int plain_subheading(const block *b, size_t i, const char *text,
                            const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off;
    const char *sp = memchr(s, ' ', l->len);
    size_t word = sp ? (size_t)(sp - s) : l->len;
    unsigned extra = 0;
    return b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
           b[i].init == C_SHORT && !b[i].sentence && !b[i].links &&
           !b[i].chrome && !b[i].marker && !b[i].inset && !b[i].repeated &&
           b[i].words >= 2 && b[i].words < TEASER_WORDS &&
           nn_starts_upper(s, l->len) && b[i - 1].cls == C_GOOD &&
           b[i - 1].kind != NN_LINE_HEADING && b[i + 1].cls == C_GOOD &&
           b[i + 1].kind == NN_LINE_TEXT && b[i + 1].sentence &&
           /* (not "UPDATE 12:37pm", a picture's name, "Divulgue essa
            * notícia:", a writer's name, "Últimas Postagens do ...", a
            * call to action) */
           !memchr(s, ':', l->len) && !nn_pg_has_digit(s, l->len) &&
           !(b[i].words >= CAPS_BANNER_WORDS && !lower_in(s, l->len)) &&
           !nn_given_name(s, word) && !nn_pg_end_marker(s, l->len) &&
           !nn_pg_cta_scan(s, l->len, &extra);
}

/* The article runs from its headline (or its first good block) to the
 * first end marker that closes it; within that span, short paragraphs
 * that are sentences, near-good blocks and link-free list items are
 * article text; from the end on, nothing is.  Returns the end's block
 * index (nb: the page's end). */
size_t nn_pg_article_span(nn_page *pg, const char *text, const nn_line *lines,
                          size_t title)
{
    block *b = pg->b;
    size_t nb = pg->nb, i, start, end, last;
    int weak = nn_pg_stop_scale(pg->lang) < 0.5f;

    start = span_start(b, nb, title);
    if (start == nb)
        return nb;
    end = span_end(pg, text, lines, title, start, &last);
    if (last == nb)
        return end;
    /* inside, from the first good block: short sentences, near-good
     * text, list items that read as text */
    while (start < last &&
           !(b[start].cls == C_GOOD && b[start].kind != NN_LINE_HEADING &&
             (b[start].init == C_GOOD || b[start].sentence) &&
             (title == SIZE_MAX || b[start].first > title)))
        start++;
    span_inside(pg, text, lines, start, last, weak);
    span_head(b, nb, text, lines, title, start, weak);
    span_tail(b, nb, text, lines, last, end, weak);
    /* a subheading inside the span stands above text now kept; on a
     * copied page, a short line of a few words between two kept blocks
     * is one too ("Qué está suspendido" over three short sentences) */
    for (i = start + 1; i < end; i++)
        if ((b[i].kind == NN_LINE_HEADING && b[i].cls != C_GOOD &&
             nn_pg_good_after(b, nb, i, 0, HEADING_REACH)) ||
            (pg->kind == NN_PAGE_PLAIN && i + 1 < end && b[i].cls != C_GOOD &&
             plain_subheading(b, i, text, lines)))
            b[i].cls = C_GOOD;
    return end;
}
