/* page_headline.c - the page stage's fourth step: the headline chosen
 * among the headings (and, on a page copied as text, the lines of a
 * headline's shape), by the good text below it, the URL's slug, the
 * page's "Title:" line (page_hints.c reads both) and its level; the
 * profile's rules may veto a candidate; page_title_shape.c says what a
 * headline looks like.  page_span.c then bounds the article from the
 * headline down, and page_repeats.c drops what the page prints twice. */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"
#include "url.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* ---- the headline ------------------------------------------------------ */

#define TICKER_WORDS 60 /* words of a one-line ticker of headlines */

/* Does block b read as text: not a ticker, one line of TICKER_WORDS or
 * more with no sentence's end in it (a line ending as one, or a full
 * stop, '!' or '?' before a capital)?  (A paragraph the scrape cut
 * short is text still.) */
static int reads_as_sentences(const block *b)
{
    /* (judge()'s sentence test read the one line already) */
    return b->sentence || b->first != b->last || b->words < TICKER_WORDS;
}

/* Is block i right under article text (a good paragraph that reads as
 * sentences, or one with a caption line between)?  Not under a ticker of
 * other stories' headlines run together on one line, good by its words
 * but with no sentence's end in it. */
static int good_right_above(const block *b, size_t i)
{
    return (i >= 1 && b[i - 1].cls == C_GOOD && b[i - 1].kind == NN_LINE_TEXT &&
            reads_as_sentences(&b[i - 1])) ||
           (i >= 2 && b[i - 2].cls == C_GOOD && b[i - 2].kind == NN_LINE_TEXT &&
            b[i - 1].cls != C_GOOD && b[i - 1].first == b[i - 1].last &&
            reads_as_sentences(&b[i - 2]));
}

#define SUBHEAD_WORDS 8 /* words of a subheading; a headline says more */

/* Is there, among the next blocks after subheading candidate i, a line
 * of the same kind between good paragraphs: short, one line, no full
 * stop, good text right above it and below it ("Non-Hotel Accommodations
 * at Historic Highs")?  Subheadings come in series; a headline is one. */
static int sibling_below(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines)
{
    size_t k;
    for (k = i + 2; k < nb && k <= i + 24; k++) {
        const nn_line *l = &lines[b[k].first];
        if (b[k].init != C_GOOD && b[k].first == b[k].last &&
            b[k].kind == b[i].kind && b[k].words >= 2 &&
            b[k].words <= SUBHEAD_WORDS &&
            !nn_ends_sentence(text + l->off, l->len) &&
            good_right_above(b, k) && k + 1 < nb && b[k + 1].cls == C_GOOD)
            return 1;
    }
    return 0;
}

/* Does a breadcrumb in the first lines end with s ("Anasayfa » Gündem »
 * 3 Polis Memuru ve 5 Kişi Yaralanan Polis Aracı Kazası"): the trail
 * names the page it leads to. */
#define CRUMB_GLUED_MAX 30 /* bytes of a trail glued to the headline */

#define CRUMB_BARE_MAX 40 /* bytes of a trail that lost its separators */

/* The home page's names that open a breadcrumb trail. */
static const char *const homes[] = {"Home",     "HOME",      "Startseite",
                                    "Inicio",   "Início",    "Accueil",
                                    "Anasayfa", "Ana Sayfa", "Beranda",
                                    "Главная",  "Головна",   "Home Page",
                                    NULL};

/* Does line s (n bytes) open with the home page's name and a space? */
static int opens_home(const char *s, size_t n)
{
    const char *const *h;
    for (h = homes; *h; h++)
        if (n > strlen(*h) && s[strlen(*h)] == ' ' &&
            !memcmp(s, *h, strlen(*h)))
            return 1;
    return 0;
}

/* Is line s (n bytes) the home page's name (homes[]) glued to a
 * section's word, a capital and a small letter, and run into another
 * line of the page's first lines ("HomeNews ExtraCouncil projects to
 * progress" over "Council projects to progress"): a trail the scraper
 * ran into the headline, never the headline itself (not "Homeland",
 * "HomeKit", "HOMELESS"; nor the only copy of the headline, a trail in it
 * or not)? */
static int glued_home(const char *text, const nn_line *lines, size_t nlines,
                      const char *s, size_t n)
{
    const char *const *h;
    size_t i;
    for (h = homes; *h; h++) {
        size_t hl = strlen(*h);
        if (n > hl + 2 && !memcmp(s, *h, hl) && s[hl] >= 'A' && s[hl] <= 'Z' &&
            s[hl + 1] >= 'a' && s[hl + 1] <= 'z')
            break;
    }
    if (!*h)
        return 0;
    for (i = 0; i < nlines && i < 40; i++) {
        size_t tl = lines[i].len;
        if (tl >= 15 && tl < n && n <= tl + CRUMB_GLUED_MAX &&
            !memcmp(s + n - tl, text + lines[i].off, tl))
            return 1;
    }
    return 0;
}

static int crumb_tail(const char *text, const nn_line *lines, size_t nlines,
                      const char *s, size_t n)
{
    size_t i;
    if (n < 15)
        return 0;
    for (i = 0; i < nlines && i < 40; i++) {
        const char *t = text + lines[i].off;
        size_t tl = lines[i].len;
        if (tl > n + 3 && !memcmp(t + tl - n, s, n) && t[tl - n - 1] == ' ' &&
            nn_pg_breadcrumb(t, tl))
            return 1;
        /* or the trail's words glued to it with no blank between
         * ("HomeIndyShire rates rise" over "Shire rates rise"): one word
         * before it, in lower case at its end */
        if (tl > n + 3 && tl <= n + CRUMB_GLUED_MAX &&
            !memcmp(t + tl - n, s, n) && t[tl - n - 1] >= 'a' &&
            t[tl - n - 1] <= 'z' && !memchr(t, ' ', tl - n) &&
            nn_starts_upper(t, tl))
            return 1;
        /* or a trail copied without its separators ("Ana Sayfa Arşiv
         * GÜMÜLCİNE’DE ..." over the headline): the home page's name
         * first, a word or two of sections after it */
        if (tl > n + 3 && tl <= n + CRUMB_BARE_MAX &&
            !memcmp(t + tl - n, s, n) && t[tl - n - 1] == ' ' &&
            opens_home(t, tl))
            return 1;
        /* or a list's last item, under short ones ("1. Startseite" /
         * "2. Lokales (Aichach)" / "3. Headline"): the trail as a list */
        if (tl == n && t != s && !memcmp(t, s, n) &&
            lines[i].kind == NN_LINE_ITEM && i > 0 &&
            lines[i - 1].kind == NN_LINE_ITEM && lines[i - 1].len <= 40 &&
            (i + 1 >= nlines || lines[i + 1].kind != NN_LINE_ITEM))
            return 1;
    }
    return 0;
}

#define CRUMB_WORDS 6 /* words of a trail over the headline */

/* Is block p a trail from the site's home ("Home States Odisha",
 * "Startseite > Lokales", "Accueil / Société"): one short line, its
 * first word the home page's, no sentence? */
static int crumb_over(const block *p, const char *text, const nn_line *lines)
{
    const nn_line *l = &lines[p->first];
    const char *s = text + l->off;
    size_t k;
    if (p->first != p->last || p->kind != NN_LINE_TEXT || p->words < 2 ||
        p->words > CRUMB_WORDS || p->links || nn_ends_sentence(s, l->len))
        return 0;
    for (k = 0; k < l->len && s[k] != ' '; k++)
        ;
    return nn_in_list(homes, s, k, 0) || opens_home(s, l->len) ||
           nn_pg_breadcrumb(s, l->len);
}

/* Is block i's line one of three copies or more in a row ("Scroll down
 * to view article" three times over, over the headline): a banner's, not
 * a headline printed twice (in the page's title and above the text)? */
static int copy_beside(const block *b, size_t nb, size_t i, const char *text,
                       const nn_line *lines)
{
    size_t lo = i, hi = i, k;
    while (lo > 0 && i - lo < 2 && nn_pg_same_line(b, i, lo - 1, text, lines))
        lo--;
    while (hi + 1 < nb && hi - lo < 2 &&
           nn_pg_same_line(b, i, hi + 1, text, lines))
        hi++;
    if (hi - lo < 2)
        return 0;
    /* a headline printed three times right over the text, at the page's
     * top, is still the headline ("X" / "X" / "X" / the lead, or a long
     * sentence a language's stopword list misjudges); under a line that
     * could be one, the run is a banner ("Subscribe for full access"
     * three times) */
    if (!(hi + 1 < nb && b[hi + 1].kind == NN_LINE_TEXT &&
          (b[hi + 1].init == C_GOOD ||
           (b[hi + 1].sentence && b[hi + 1].words >= PROSE_WORDS &&
            !b[hi + 1].links))))
        return 1;
    for (k = 0; k < lo; k++)
        if (b[k].first == b[k].last && b[k].kind != NN_LINE_ITEM &&
            b[k].words >= 4)
            return 1;
    /* nor over a teaser's summary with the headline under it ("Police
     * name victim ..." three times / its summary / "Council approves
     * ...") */
    for (k = hi + 2; k < nb && k <= hi + 4; k++)
        if (b[k].first == b[k].last && b[k].kind == NN_LINE_TEXT &&
            nn_pg_title_shape(&b[k], text + lines[b[k].first].off,
                              lines[b[k].first].len))
            return 1;
    return 0;
}

/* Is every block above block i good text (the page opens with the
 * article's prose, under the page's address at most)? */
static int prose_from_top(const block *b, size_t i, const char *text,
                          const nn_line *lines)
{
    size_t k = 0, prose = 0;
    if (i > 0 && b[0].first == b[0].last &&
        nn_url_start(text + lines[b[0].first].off, lines[b[0].first].len))
        k = 1;
    for (; k < i; k++, prose++)
        if (b[k].init != C_GOOD || b[k].kind != NN_LINE_TEXT)
            return 0;
    return prose > 0;
}

/* A headline candidate: its first line, its block and its score;
 * prefer: a plain line printed twice, which wins a tie; none and up: how
 * much of its words the text under it tells (sums_up; a heading's is
 * not asked). */
typedef struct cand {
    size_t first, block;
    float score;
    int prefer;
    signed char none, up; /* sums < SUMS_NONE, sums >= SUMS_UP; -1: not
                             asked yet (only a tie asks) */
} cand;

/* Between the first candidate (prev) and block i, a date line ("17 de junio de 2025
 * (21:06 WEST)"): what comes under the head's date is a picture's
 * caption or the text, no longer the headline. */
static int dated_since(const block *b, size_t i, const char *text,
                       const nn_line *lines, const cand *prev)
{
    size_t k;
    nn_date_hit hit;
    for (k = i; k-- > 0 && i - k <= 16 && b[k].first > prev->first;) {
        const nn_line *l = &lines[b[k].first];
        if (b[k].first == b[k].last && b[k].words <= 12 &&
            nn_date_find(text + l->off, l->len, &hit, 1) > 0 && hit.iso[0])
            return 1;
    }
    return 0;
}

#define DATE_HEAD_REACH 48 /* bytes: where a head's date line has its date */

/* Does the head's date line stand right under block i ("Friday 30
 * December 2022 | Written by Al Williams | Published in Local"): then
 * block i heads the article, a caption has none? */
static int dated_under(const block *b, size_t nb, size_t i, const char *text,
                       const nn_line *lines)
{
    const nn_line *l;
    nn_date_hit hit;
    if (i + 1 >= nb || b[i + 1].first != b[i + 1].last)
        return 0;
    l = &lines[b[i + 1].first];
    return nn_date_find(text + l->off,
                        l->len < DATE_HEAD_REACH ? l->len : DATE_HEAD_REACH,
                        &hit, 1) > 0 &&
           hit.iso[0] && hit.start == 0;
}

#define LEAD_BYTES 1500 /* bytes of the text under a headline it sums up */

/* The lead under block i: the first LEAD_BYTES of the good text below
 * it, from *offp to *endp; 0 when no good text is near enough. */
static int lead_below(const block *b, size_t nb, size_t i, const nn_line *lines,
                      size_t *offp, size_t *endp)
{
    size_t k, off, end;
    for (k = i + 1; k < nb && k <= i + HEADLINE_REACH; k++)
        if (b[k].init == C_GOOD || (b[k].init == C_NEAR && b[k].sentence))
            break;
    if (k >= nb || k > i + HEADLINE_REACH)
        return 0;
    off = end = lines[b[k].first].off;
    for (; k < nb; k++) {
        size_t e = lines[b[k].last].off + lines[b[k].last].len;
        if (e < end)
            break; /* (a line markdown rewrote: elsewhere in text) */
        end = e - off > LEAD_BYTES ? off + LEAD_BYTES : e;
        if (end - off >= LEAD_BYTES)
            break;
    }
    *offp = off;
    *endp = end;
    return 1;
}

/* Does the text under block i tell what its line says: is the share of
 * its words in the lead below min or more ("DPRD Kalimantan Tengah Minta
 * ... Jalan" over "... Kalangan DPRD Kalimantan Tengah meminta ... jalan
 * provinsi": 0.8; an advertisement's line, "IT Konsultan Terbaik
 * Indonesia": 0)? */
static int sums_up(const block *b, size_t nb, size_t i, const char *text,
                   const nn_line *lines, float min)
{
    size_t off, end;
    const nn_line *l = &lines[b[i].first];
    return lead_below(b, nb, i, lines, &off, &end) &&
           nn_pg_overlap_at(text + l->off, l->len, text + off, end - off, min);
}

/* Does block j's line share more of its words with the lead under block
 * i than block i's line does, by a margin? */
static int sums_more(const block *b, size_t nb, size_t i, size_t j,
                     const char *text, const nn_line *lines, float margin)
{
    size_t off, end;
    const nn_line *li = &lines[b[i].first], *lj = &lines[b[j].first];
    return lead_below(b, nb, j, lines, &off, &end) &&
           nn_pg_overlap(text + lj->off, lj->len, text + off, end - off) >=
               nn_pg_overlap(text + li->off, li->len, text + off, end - off) +
                   margin;
}

/* Is block i's line the page's title line, printed first with the site's
 * name after a separator ("Feds to work ... issue - Action News" over
 * "Feds to work ... issue")?  The bare line is the headline printed
 * above the text, as a plain line printed twice is. */
static int titled_above(const block *b, size_t i, const char *text,
                        const nn_line *lines)
{
    static const char *const seps[] = {" - ", " | ", " \xE2\x80\x93 ",
                                       " \xE2\x80\x94 ", NULL};
    const nn_line *l = &lines[b[i].first];
    size_t k, j;
    if (b[i].words < 4 || b[i].first != b[i].last)
        return 0;
    for (k = 0; k < i && k < 3; k++) {
        const nn_line *m = &lines[b[k].first];
        const char *t = text + m->off;
        if (b[k].first != b[k].last || m->len <= l->len + 3 ||
            m->len > l->len + 80 || memcmp(t, text + l->off, l->len))
            continue;
        for (j = 0; seps[j]; j++)
            if (!strncmp(t + l->len, seps[j], strlen(seps[j])) &&
                !nn_ends_sentence(t, m->len))
                return 1;
    }
    return 0;
}

/* What printing block i's line twice says: a short line's or a run of
 * copies' repeat is a banner's (-3), and a heading's, unless its other
 * copy stands above it in type no larger and text follows it (+2); a
 * plain line's is a headline's (in the page's title and above the text:
 * +2), unless it stands under the date line below an earlier candidate (a
 * caption printed twice, as alternative text and caption) and is not
 * printed again right under its own date line (0). */
static float repeat_score(const block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines, const cand *prev)
{
    size_t k;
    if (!b[i].repeated)
        return titled_above(b, i, text, lines) ? 2.0f : 0.0f;
    if (b[i].words < 4 || copy_beside(b, nb, i, text, lines))
        return -3.0f;
    if (b[i].kind == NN_LINE_HEADING) {
        /* a heading printed in the page's bar, then again right over the
         * text ("#### On Behalf of “Literally”" / share buttons / "###
         * On Behalf of “Literally”" / text): the headline's; else a
         * banner's */
        for (k = 0; k < i && !nn_pg_same_line(b, i, k, text, lines); k++)
            ;
        /* (in smaller type in the bar, larger over the text: a site's
         * banner goes the other way, "# Blog" / "## Blog" over its
         * about) */
        return k < i && b[k].level >= b[i].level && i + 1 < nb &&
                       b[i + 1].init == C_GOOD && b[i + 1].kind == NN_LINE_TEXT
                   ? 2.0f
                   : -3.0f;
    }
    return prev && dated_since(b, i, text, lines, prev) &&
                   !(dated_under(b, nb, i, text, lines) && i + 2 < nb &&
                     nn_pg_same_line(b, i, i + 2, text, lines))
               ? 0.0f
               : 2.0f;
}

#define SUMS_NONE 0.15f /* a line that shares next to nothing with the text */
#define SUMS_UP 0.34f   /* a line that sums it up */

/* The page a tie between candidates is judged on. */
typedef struct tie_page {
    const block *b;
    size_t nb;
    const char *text;
    const nn_line *lines;
} tie_page;

/* Does candidate c's line tell next to nothing of the text under it (up
 * 0), or sum it up (up 1)?  Measured once, and only as far as needed. */
static int cand_sums(cand *c, const tie_page *p, int up)
{
    signed char *v = up ? &c->up : &c->none;
    if (*v < 0)
        *v = (signed char)(up ? sums_up(p->b, p->nb, c->block, p->text,
                                        p->lines, SUMS_UP)
                              : !sums_up(p->b, p->nb, c->block, p->text,
                                         p->lines, SUMS_NONE));
    return *v;
}

/* Is s (n bytes) written in capitals, no lower-case letter in it? */
static int capitals(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += nn_utf8_decode(s + i, n - i, &cp);
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            return 0;
    }
    return 1;
}

#define KICKER_WORDS 4      /* words of a kicker over the headline */
#define KICKER_MARGIN 0.25f /* more of its words in the lead: the headline */
/* words of the headline under a kicker; more: a standfirst under a short
 * headline ("Biden signs infrastructure bill" / "President Joe Biden
 * signed the $1 trillion ... on Monday") */
#define KICKER_HEAD_MAX 12

/* Is candidate pick a kicker of a few words over candidate k, right under
 * it and twice its words or more ("Ab dem 7. April" / "Schlossstrasse
 * Triesenberg wird bis Oktober für Durchgangsverkehr gesperrt"), pick
 * asking or exclaiming nothing ("Vai faltar água no verão?" is a
 * headline over its standfirst) and not printed again (a headline
 * printed twice is the page's, over a standfirst in quotes)? */
static int kicker_over(const cand *k, const cand *pick, const tie_page *p)
{
    const nn_line *l = &p->lines[pick->first], *m = &p->lines[k->first];
    const char *s = p->text + l->off;
    nn_date_hit hit;
    int32_t cp = 0;
    if (m->len)
        nn_utf8_decode(p->text + m->off, m->len, &cp);
    return k->block == pick->block + 1 && !p->b[pick->block].repeated &&
           /* (not a quotation: "“Closing the bridge was the hardest
            * decision of my term”", a standfirst) */
           cp != '"' && cp != '\'' && cp != 0x201E &&
           utf8proc_category(cp) != UTF8PROC_CATEGORY_PI &&
           p->b[pick->block].words <= KICKER_WORDS &&
           p->b[k->block].words >= 2 * p->b[pick->block].words &&
           p->b[k->block].words <= KICKER_HEAD_MAX && l->len &&
           s[l->len - 1] != '?' && s[l->len - 1] != '!' &&
           /* (not a dateline: "Redação – Monsenhor Hipólito, terça-feira,
            * 30 de setembro de 2025") */
           !(nn_date_find(p->text + m->off, m->len, &hit, 1) > 0 && hit.iso[0]);
}

/* Does candidate c's line open with a digit (a date line's)? */
static int opens_digit(const tie_page *p, const cand *c)
{
    char ch = p->text[p->lines[c->first].off];
    return ch >= '0' && ch <= '9';
}

/* Between candidates pick and k (below it), a block of the text? */
static int text_between(const cand *pick, const cand *k, const tie_page *p)
{
    size_t i;
    for (i = pick->block + 1; i < k->block; i++)
        if (p->b[i].init == C_GOOD ||
            (p->b[i].init == C_NEAR && p->b[i].sentence))
            return 1;
    return 0;
}

/* Is candidate k right under candidate pick and twice its words or more,
 * as a standfirst under its headline is ("Vai faltar água no verão?" /
 * "Reservatórios da região operam com apenas 28% ...")? */
static int standfirst_under(const cand *k, const cand *pick, const tie_page *p)
{
    return k->block == pick->block + 1 &&
           p->b[k->block].words >= 2 * p->b[pick->block].words;
}

/* Does candidate k win a tie with candidate pick, above it: printed
 * twice where pick is not, or summing up the text where pick, of the
 * same kind, tells next to nothing of it (a menu's line over the
 * headline, "Latest News Editor's Choice"; a site's motto) or, with no
 * text between them, much less, or where pick, a kicker over it, sums it
 * up much less? */
static int wins_tie(cand *k, cand *pick, const tie_page *p)
{
    if (k->prefer != pick->prefer)
        return k->prefer > pick->prefer;
    /* (a headline in capitals matches the text's words in no case the
     * overlap folds: "ЖАРА ВЕРНЁТСЯ В РЕГИОН") */
    if (capitals(p->text + p->lines[pick->first].off,
                 p->lines[pick->first].len))
        return 0;
    if (kicker_over(k, pick, p))
        return cand_sums(k, p, 1) &&
               sums_more(p->b, p->nb, pick->block, k->block, p->text, p->lines,
                         KICKER_MARGIN);
    if (standfirst_under(k, pick, p) || !cand_sums(k, p, 1))
        return 0;
    return cand_sums(pick, p, 0) ||
           /* or, with no text between them, pick sums it up much less
            * and not enough to be a headline (a site's motto that
            * shares a word with the text: "La televisione svizzera per
            * l'Italia" over "Grigioni, resta chiusa la strada del
            * Bernina") */
           (!text_between(pick, k, p) && !cand_sums(pick, p, 1) &&
            !opens_digit(p, k) && /* ("07 December 09:51 2018 Print ...") */
            sums_more(p->b, p->nb, pick->block, k->block, p->text, p->lines,
                      KICKER_MARGIN));
}

/* The best candidate (ties: the first, unless a later one wins_tie()),
 * unless a rule claims it: then the next best; the rules are asked only
 * of the few that could win. */
static size_t best_candidate(cand *c, size_t nc, const nn_page_veto *veto,
                             const tie_page *p)
{
    for (;;) {
        size_t k, pick = SIZE_MAX;
        float best_score = 0;
        for (k = 0; k < nc; k++)
            if (c[k].score > best_score ||
                (c[k].score == best_score &&
                 (pick == SIZE_MAX || wins_tie(&c[k], &c[pick], p)))) {
                /* (the first of such lines) */
                best_score = c[k].score;
                pick = k;
            }
        if (pick == SIZE_MAX)
            return SIZE_MAX;
        if (!(veto && veto->chrome(veto->ctx, c[pick].first)))
            return c[pick].first;
        c[pick].score = -1.0f; /* vetoed */
    }
}

/* No candidate stood out on a copied page: the page's first line is the
 * headline when only short lines stand between it and the text and one
 * of them is a date ("In consiglio comunale il futuro del Festival. La
 * minoranza non accetta ..." / "di:" / "27 Febbraio 2019" / "ttv"): a
 * headline of two sentences is still one there. */
static size_t top_line(const block *b, size_t nb, const char *text,
                       const nn_line *lines, const nn_page_veto *veto)
{
    size_t i, dated = 0;
    nn_date_hit hit;
    const nn_line *l;
    if (nb < 3 || b[0].first != b[0].last || b[0].links ||
        b[0].kind != NN_LINE_TEXT || b[0].words < 4 || b[0].words > 40 ||
        (veto && veto->chrome(veto->ctx, b[0].first)))
        return SIZE_MAX;
    l = &lines[b[0].first];
    if (l->len > 300 || !nn_starts_upper(text + l->off, l->len))
        return SIZE_MAX;
    for (i = 1; i < nb && i <= 4; i++) {
        const nn_line *m = &lines[b[i].first];
        if (b[i].first != b[i].last || b[i].words > 4 || m->len > 60)
            break;
        dated += nn_date_find(text + m->off, m->len, &hit, 1) > 0;
    }
    return dated && i > 1 && i < nb && b[i].cls == C_GOOD ? b[0].first
                                                          : SIZE_MAX;
}

/* Does s (n bytes) end in a file's suffix, a full stop and two to four
 * ASCII letters ("frana san giovanni.jpg": a picture's name)? */
static int file_suffix(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k <= 4 && ((s[n - 1 - k] | 0x20) >= 'a') &&
           ((s[n - 1 - k] | 0x20) <= 'z'))
        k++;
    return k >= 2 && k <= 4 && k < n && s[n - 1 - k] == '.';
}

#define LOWER_HEAD_WORDS 10 /* words of a headline cut to lower case */

/* The length of the first word of s (n bytes). */
static size_t word_len(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] != ' ')
        k++;
    return k;
}

/* No candidate stood out on a copied page that opens with its address,
 * then one line of three words or more that is no sentence and the text
 * right under it ("https://..." / "des dégâts importants sur les
 * montagnes ardéchoises" / the lead): the scraper's own layout, the line
 * its headline, in lower case or not. */
static size_t under_address(const block *b, size_t nb, const char *text,
                            const nn_line *lines, const char *slug, size_t slen,
                            const nn_page_veto *veto)
{
    static const char *const conjunctions[] = {
        "and",  "but",  "or",  "which", "who", "that", "while",  "as",   "et",
        "mais", "ou",   "qui", "que",   "y",   "pero", "e",      "mas",  "und",
        "aber", "oder", "ed",  "ma",    "che", "dan",  "tetapi", "yang", NULL};
    const nn_line *u, *l;
    if (nb < 3 || b[0].first != 0 || b[0].last != 0 ||
        b[1].first != b[1].last || b[1].links || b[1].kind != NN_LINE_TEXT ||
        b[1].words < 3 || b[1].words > 24 || b[1].sentence || b[1].chrome ||
        b[2].init != C_GOOD || b[2].kind != NN_LINE_TEXT ||
        (veto && veto->chrome(veto->ctx, b[1].first)))
        return SIZE_MAX;
    u = &lines[b[0].first];
    l = &lines[b[1].first];
    /* (an address with a slug of words: the candidates weighed it; a
     * line in lower case is a short phrase, not a sentence's tail that
     * opens with a conjunction) */
    return nn_url_start(text + u->off, u->len) &&
                   !memchr(text + u->off, ' ', u->len) &&
                   !memchr(slug, ' ', slen) &&
                   !file_suffix(text + l->off, l->len) &&
                   nn_pg_title_shape_any_case(&b[1], text + l->off, l->len) &&
                   !(nn_starts_lower(text + l->off, l->len) &&
                     (b[1].words > LOWER_HEAD_WORDS ||
                      nn_in_list(conjunctions, text + l->off,
                                 word_len(text + l->off, l->len), 0)))
               ? b[1].first
               : SIZE_MAX;
}

/* No candidate stood out on a copied page: "Carabinieri in azione in due
 * aziende agricole del vibonese." at the top (under the site's name a
 * rule claimed), over a paragraph three times its length or more, is a
 * headline ending in a full stop. */
static size_t top_sentence(const block *b, size_t nb, const char *text,
                           const nn_line *lines, const nn_page_veto *veto)
{
    size_t k = nb > 0 && veto && veto->chrome(veto->ctx, b[0].first);
    const nn_line *l;
    if (k + 2 >= nb || b[k].first != b[k].last || b[k].links ||
        b[k].kind != NN_LINE_TEXT || b[k].words < 5 || b[k].words > 20 ||
        !b[k].sentence || b[k + 1].init != C_GOOD ||
        b[k + 1].kind != NN_LINE_TEXT || b[k + 1].chars < 3 * b[k].chars)
        return SIZE_MAX;
    l = &lines[b[k].first];
    return nn_starts_upper(text + l->off, l->len) ? b[k].first : SIZE_MAX;
}

int nn_page_section_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "news",    "nachrichten", "aktuelles", "noticias", "notícias",
        "notizie", "actualités",  "actualité", "haberler", "haber",
        "berita",  "nieuws",      "stories",   "home",     "startseite",
        "новости", "новини",      "Новости",   "Новини",   NULL};
    return nn_word_in_list(words, s, n, 1);
}

/* Does s name a section of news in one to three words, each a capital
 * first ("Local News", "Новости Кропоткина"; not "Good news")? */
static int section_name(const char *s, size_t n)
{
    size_t i, words = 1;
    if (!nn_starts_upper(s, n))
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] == ' ' &&
            (++words > 3 || !nn_starts_upper(s + i + 1, n - i - 1)))
            return 0;
    return nn_page_section_word(s, n);
}

const char *nn_page_masthead(const char *s, size_t n, size_t *name_len)
{
    static const char *const seps[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " - ", " | ", NULL};
    size_t k, at, sl;
    const char *p;
    for (k = 0; seps[k]; k++) {
        sl = strlen(seps[k]);
        if (!(p = nn_find(s, n, seps[k], sl)))
            continue;
        at = (size_t)(p - s);
        /* two parts, not a breadcrumb's three or more ("Home | Sports |
         * NBA | Lakers") */
        if (nn_find(p + sl, n - at - sl, seps[k], sl))
            return NULL;
        if (section_name(p + sl, n - at - sl)) {
            *name_len = at;
            return s;
        }
        if (section_name(s, at)) {
            *name_len = n - at - sl;
            return p + sl;
        }
        return NULL;
    }
    return NULL;
}

#define MASTHEAD_NAME_WORDS 4 /* words of a paper's name before its motto */

/* Is s (n bytes) a paper's name and its motto, the motto naming what it
 * is ("Ostsee Zeitung | Ihre Zeitung aus Mecklenburg-Vorpommern", "The
 * Anguillian Newspaper - The Weekly Independent Paper of Anguilla"): a
 * name of capitalized words, a dash or a bar, a press word after? */
static int motto(const char *s, size_t n)
{
    static const char *const seps[] = {" - ", " | ", " \xE2\x80\x93 ", NULL};
    static const char *const press[] = {"Newspaper", "newspaper", "Paper",
                                        "paper",     "Zeitung",   "zeitung",
                                        "Journal",   "journal",   "Gazette",
                                        "gazette",   "Diario",    "diario",
                                        "Jornal",    "jornal",    "Quotidien",
                                        "quotidien", "Giornale",  "giornale",
                                        "Gazete",    "gazete",    "Koran",
                                        "koran",     NULL};
    size_t k, at, sl, i, words = 1;
    const char *p;
    for (k = 0; seps[k]; k++)
        if ((p = nn_find(s, n, seps[k], strlen(seps[k]))) != NULL)
            break;
    if (!seps[k])
        return 0;
    sl = strlen(seps[k]);
    at = (size_t)(p - s);
    for (i = 0; i < at; i++)
        if (s[i] == ' ' && (++words > MASTHEAD_NAME_WORDS ||
                            !nn_starts_upper(s + i + 1, at - i - 1)))
            return 0;
    return nn_starts_upper(s, at) &&
           nn_word_in_list(press, p + sl, n - at - sl, 0);
}

static int masthead(const char *s, size_t n)
{
    size_t name_len;
    if (!s) /* (for the analyzer: nn_page_masthead() may return s) */
        return 0;
    return nn_page_masthead(s, n, &name_len) != NULL || motto(s, n);
}

/* Is block k one line of at most 40 bytes with a date, opening with it
 * when `opens` ("11 Februar 2011 | Lokales", "30 ноября 2011, 16:16")? */
static int date_block(const block *b, size_t k, int opens, const char *text,
                      const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    nn_date_hit hit;
    return b[k].first == b[k].last && l->len <= 40 &&
           nn_date_find(text + l->off, l->len, &hit, 1) > 0 && hit.iso[0] &&
           (!opens || hit.start == 0);
}

/* Did chrome_lines() find block x a notice of the site's (a consent
 * dialog's heading, "Cookie-Einstellungen", not a story's headline on
 * cookies and privacy; a prompt, an ad's label) or its clock ("Freitag,
 * 01. November 2024 Mediadaten")?  No headline. */
static int site_notice(const block *x)
{
    return x->chrome &&
           ((x->why == NN_V_COOKIE_NOTICE && x->words <= 3) ||
            x->why == NN_V_DATE_LINE || x->why == NN_V_FOLLOW_PROMPT ||
            x->why == NN_V_AD_SLOT);
}

#define TOP_ITEM_WORDS 5 /* words of a headline the scraper listed */
#define TOP_ITEM_REACH 5 /* blocks under it to its date and the text */

/* No candidate stood out on a copied page that opens with a list item
 * shaped as a headline, five words or more, its date line under it among
 * a few short items and the text right after ("• Falta d’água e
 * desperdício: realidades opostas em Petrópolis" / "• Continua após o
 * anúncio" / "• 17/11/2016 18:00" / the text): the scraper listed the
 * page's head, the first item is its headline. */
static size_t top_item(const block *b, size_t nb, const char *text,
                       const nn_line *lines, const nn_page_veto *veto)
{
    size_t k, dated = 0;
    const nn_line *l;
    if (nb < 3 || b[0].kind != NN_LINE_ITEM || b[0].first != b[0].last ||
        b[0].links || b[0].words < TOP_ITEM_WORDS)
        return SIZE_MAX;
    l = &lines[b[0].first]; /* (b is NULL on a page of no block) */
    if (!nn_pg_title_shape(&b[0], text + l->off, l->len) ||
        (veto && veto->chrome(veto->ctx, b[0].first)))
        return SIZE_MAX;
    for (k = 1; k < nb && k <= TOP_ITEM_REACH; k++) {
        if (b[k].init == C_GOOD && b[k].kind == NN_LINE_TEXT)
            return dated ? b[0].first : SIZE_MAX;
        if (b[k].kind != NN_LINE_ITEM)
            return SIZE_MAX;
        if (date_block(b, k, 1, text, lines))
            dated++;
        else if (b[k].words > 4)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

#define DATED_HEAD_REACH 40 /* blocks above the text where its date is sought */

/* No candidate stood out on a copied page: a line of two or three words
 * at its very top ("Scheibe eingeschlagen", "Extremes Wetterjahr"),
 * right over the first paragraph of text (a date line may stand between,
 * or above it), is a short headline; not a section's name ("Local News").
 * Printed twice there (the page's title and its heading: "Downtown
 * Farmers' Market" twice), two short lines more may stand between (a
 * standfirst, a byline). */
static size_t short_at(const block *b, size_t nb, size_t h, const char *text,
                       const nn_line *lines, const nn_page_veto *veto);

static size_t top_short(const block *b, size_t nb, const char *text,
                        const nn_line *lines, const nn_page_veto *veto)
{
    return nb > 2 && date_block(b, 0, 1, text, lines)
               ? short_at(b, nb, 1, text, lines, veto)
               : short_at(b, nb, 0, text, lines, veto);
}

/* Does a word of s (n bytes) open with a lower-case letter? */
static int lower_word(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && nn_starts_lower(s + i, n - i))
            return 1;
    return 0;
}

/* The last resort: the same line right under the page's first date line,
 * when no text stands above that and a menu does ("Главная" / ... / "30
 * ноября 2011, 16:16" / "Элисту ждут перемены" / text); not a writer's
 * name ("Rachel Owens", "Rizky Pratama" under the date are bylines: a
 * given name first, or no word in lower case). */
static size_t dated_short(const block *b, size_t nb, const char *text,
                          const nn_line *lines, const nn_page_veto *veto)
{
    size_t d, w;
    const nn_line *l;
    for (d = 1; d + 2 < nb && d < DATED_HEAD_REACH && b[d - 1].init != C_GOOD;
         d++)
        if (date_block(b, d, 1, text, lines)) {
            l = &lines[b[d + 1].first];
            for (w = 0; w < l->len && text[l->off + w] != ' '; w++)
                ;
            return nn_given_name(text + l->off, w) ||
                           !lower_word(text + l->off, l->len)
                       ? SIZE_MAX
                       : short_at(b, nb, d + 1, text, lines, veto);
        }
    return SIZE_MAX;
}

static size_t short_at(const block *b, size_t nb, size_t h, const char *text,
                       const nn_line *lines, const nn_page_veto *veto)
{
    size_t j, k, between = 0;
    const nn_line *l;
    if (nb < h + 2)
        return SIZE_MAX;
    l = &lines[b[h].first];
    if (b[h].first != b[h].last || b[h].links || b[h].kind != NN_LINE_TEXT ||
        b[h].words < 2 || b[h].words > 3 || l->len > 60 ||
        !nn_page_title_shape(text + l->off, l->len, 2) ||
        nn_page_section_word(text + l->off, l->len) ||
        (veto && veto->chrome(veto->ctx, b[h].first)) || site_notice(&b[h]) ||
        /* "MUSTAFA USTA" / "(SİNOP)- ...": the writer's name */
        nn_byline_over_dateline(text + l->off, l->len,
                                text + lines[b[h + 1].first].off,
                                lines[b[h + 1].first].len))
        return SIZE_MAX;
    j = h + 1;
    /* printed again, under the page's description at most: "Şentepe
     * Yeşilleniyor" / "Yenimahalle Belediyesinin ... açıldı." /
     * "Şentepe Yeşilleniyor" / a date / the description again / text */
    for (k = h + 1; k < nb && k <= h + 2; k++) {
        if (nn_pg_same_line(b, h, k, text, lines)) {
            between = 2;
            j = k + 1;
            break;
        }
        if (b[k].first != b[k].last || !b[k].sentence || !b[k].repeated)
            break;
    }
    if (!h && j < nb && date_block(b, j, 0, text, lines))
        j++;
    for (k = 0; k < between && j < nb && b[j].first == b[j].last &&
                (lines[b[j].first].len <= 60 ||
                 (j > 2 && b[j].repeated && b[j].sentence)) &&
                b[j].init != C_GOOD;
         k++)
        j++;
    /* (or, under a headline printed twice, a paragraph sparse in
     * stopwords right over good text: a language whose list catches few
     * of its words) */
    return j < nb &&
                   (b[j].init == C_GOOD ||
                    (between && b[j].sentence &&
                     nn_pg_good_after(b, nb, j, 0, HEADLINE_REACH))) &&
                   b[j].kind == NN_LINE_TEXT && b[j].words >= 25
               ? b[h].first
               : SIZE_MAX;
}

/* Is block i an item of a list of labelled lines, a neighbour above and
 * one below (within two blocks) labelled with the same word ("Kona
 * District: 2 persons arrested" / "Puna District: 1 person arrested" /
 * "South Kohala District: 3 persons cited")?  Not a headline over "By:"
 * and "Published:" (their labels differ), nor one under a ticker's
 * lines or over teasers' ("Breaking: ..." / "Breaking: ..." / the
 * headline; "Prime Minister: ..." over "Finance Minister: ..."). */
static int labelled_item(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines)
{
    const char *w, *v;
    size_t n, m, k, above = 0, below = 0;
    if (!(w = nn_pg_label_word(&b[i], text, lines, &n)))
        return 0;
    for (k = i > 2 ? i - 2 : 0; k < nb && k <= i + 2; k++)
        if (k != i && (v = nn_pg_label_word(&b[k], text, lines, &m)) != NULL &&
            m == n && !memcmp(v, w, n)) {
            above += k < i;
            below += k > i;
        }
    return above && below;
}

#define LIST_ITEMS_MAX 12 /* lines of a list under its lead-in */

/* Between block i and the good text after it, a comment section's line
 * ("Commentaires (0)")?  Then the text is another story's, printed after
 * this one's comments; not when a byline stands between them and no
 * other byline after the marker ("Von: Stefan Wieczorek" / "Kommentare":
 * the link to this one's comments; "By X" / "Leave a comment" / another
 * headline / "By X": a blog's index). */
static int marker_before_text(const block *b, size_t nb, size_t i,
                              const char *text, const nn_line *lines)
{
    size_t k;
    const end_marker *m;
    int bylined = 0, linked = 0;
    for (k = i + 1;
         k < nb && k <= i + 64 && (b[k].cls != C_GOOD || b[k].init == C_SHORT);
         k++) { /* (a short line its neighbours made good is no text) */
        if (b[k].first == b[k].last &&
            nn_pg_byline_alone(text + lines[b[k].first].off,
                               lines[b[k].first].len)) {
            if (linked)
                return 1;
            bylined = 1;
        }
        if (b[k].first == b[k].last && !b[k].links && /* ("[3 comments]") */
            b[k].kind == NN_LINE_TEXT &&
            !(text[lines[b[k].first].off] >= '0' &&
              text[lines[b[k].first].off] <= '9') && /* ("0 comments") */
            (m = nn_pg_end_marker(text + lines[b[k].first].off,
                                  lines[b[k].first].len)) != NULL &&
            m->kind == NN_V_COMMENTS && /* (not a photo's "© Tous droits
                                           réservés" under the headline) */
            m->strong != END_EMPTY) {   /* (nor "Noch keine Kommentare", a
                                         counter: no comment follows) */
            if (!bylined)
                return 1;
            linked = 1;
        }
    }
    return 0;
}

/* Does block i stand in a list under a line of text that leads into it
 * ("Other highlights include:" over "5% projected increase in General
 * Fund revenues", one item a line), with another item under it?  Then
 * it is an item, no headline. */
static int under_lead_in(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines)
{
    const nn_line *l;
    size_t k = i;
    /* another item right under it (not a date line, as under a headline
     * a lead-in may stand over: "... (اولین موتور جستجوی مفهومی ایران):") */
    if (i + 1 >= nb || b[i + 1].kind != NN_LINE_TEXT || b[i + 1].chrome ||
        b[i + 1].first != b[i + 1].last ||
        lines[b[i + 1].first].len > LIST_ITEM_MAX)
        return 0;
    while (k > 0 && i - k < LIST_ITEMS_MAX) {
        const block *p = &b[k - 1];
        l = &lines[p->last];
        if (p->kind != NN_LINE_TEXT)
            return 0;
        if (nn_pg_leads_in(p, text, lines))
            return p->words >= 3; /* the lead-in */
        if (p->first != p->last || l->len > LIST_ITEM_MAX ||
            nn_ends_sentence(text + l->off, l->len))
            return 0; /* not an item of one line */
        k--;
    }
    return 0;
}

/* Does the first word of three letters or more of s stand in the slug
 * (lower case)?  A quick test before nn_pg_overlap. */
static int first_word_in(const char *s, size_t n, const char *slug, size_t slen)
{
    size_t i = 0, j, k;
    while (i < n) {
        for (j = i; j < n && s[j] != ' ' && s[j] != ',' && s[j] != '.'; j++)
            ;
        if (j - i >= 3) {
            for (k = 0; k + (j - i) <= slen; k++)
                if (!strncasecmp(slug + k, s + i, j - i) ||
                    (unsigned char)s[i] >= 0x80)
                    return 1; /* (a word in another script: not folded
                                 here, nn_pg_overlap decides) */
            return 0;
        }
        i = j + 1;
    }
    return 0;
}

/* Score the headline candidates (headings, and on copied pages lines of a
 * headline's shape): level, good text after it, the URL slug's words in
 * it, the metadata title's agreement, length.  A one-word heading is a
 * section label; a repeated heading is a site banner, but a plain line
 * printed twice is a headline (pages print it in the page title and above
 * the text).  A candidate with more article text above it than below is
 * a teaser or a related story, not the headline. */
size_t nn_pg_headline(const block *b, size_t nb, const char *text,
                      const nn_line *lines, size_t nlines, const char *url,
                      int plain, const nn_page_veto *veto)
{
    nn_line urlline;
    size_t h1s = 0, seen = 0, above = 0, total = 0;
    char slug[512];
    size_t i, slen, mlen = 0, nc = 0, pick, dated = SIZE_MAX;
    const char *meta = nn_pg_meta_title(text, lines, nlines, &mlen);
    const end_marker *m;
    int first = 1;
    cand c[HEADLINE_CANDS];
    tie_page tp;

    memset(&urlline, 0, sizeof urlline);
    urlline.len = url ? strlen(url) : 0;
    slen = nn_pg_slug_words(text, lines, nlines, slug, sizeof slug);
    if (!slen && url)
        slen = nn_pg_slug_words(url, &urlline, 1, slug, sizeof slug);
    for (i = 0; i < nb; i++) {
        h1s += b[i].kind == NN_LINE_HEADING && b[i].level == 1 &&
               !(b[i].repeated && b[i].words <= 3); /* (not the site's name
                                                       as its banner) */
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            total += b[i].chars;
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const char *s = text + l->off;
        float score, twice;
        int heading = b[i].kind == NN_LINE_HEADING;
        if (i > 0 && b[i - 1].cls == C_GOOD && b[i - 1].kind != NN_LINE_HEADING)
            above += b[i - 1].chars;
        if (!l->len || l->len > 400 || ++seen > 256)
            continue; /* headlines are short, and near the top */
        if (meta && meta == s + 7)
            continue; /* the "Title: ..." line itself */
        if (!heading && glued_home(text, lines, nlines, s, l->len))
            continue; /* "HomeNews ExtraCouncil projects ...": a trail */
        if (!heading &&
            !(plain && b[i].kind == NN_LINE_TEXT && b[i].init != C_GOOD &&
              b[i].first == b[i].last &&
              (nn_pg_title_shape(&b[i], s, l->len) ||
               /* a headline of two or three words, as the address's
                * slug spells it ("Scheibe eingeschlagen",
                * .../scheibe-eingeschlagen; "Noch mehr Zuzug") */
               (slen && b[i].words >= 2 && b[i].words <= 3 &&
                nn_pg_overlap_at(s, l->len, slug, slen, 1.0f) &&
                nn_page_title_shape(s, l->len, 2)) ||

               /* a headline the address spells word for word, even with
                * a full stop ("День города. Фото, видео репортаж.",
                * .../день-города-фото-видео-репортаж) */
               (slen && b[i].words >= 3 && b[i].words <= 24 && l->len <= 240 &&
                nn_ends_sentence(s, l->len) &&
                first_word_in(s, l->len, slug, slen) &&
                nn_pg_overlap_at(s, l->len, slug, slen, 0.8f) &&
                nn_pg_overlap_at(slug, slen, s, l->len, 0.8f)))))
            continue;
        if (above * 2 > total)
            break; /* the article is above: teasers from here on */
        if (site_notice(&b[i]))
            continue;
        if (!heading && under_lead_in(b, nb, i, text, lines))
            continue; /* "Other highlights include:" over a list */
        if (!heading && (b[i].listed || labelled_item(b, nb, i, text, lines)))
            continue; /* "Puna District: 1 person arrested" in a list */
        if (!heading && i > 0 && b[i - 1].first == b[i - 1].last &&
            nn_pg_related_label(text + lines[b[i - 1].first].off,
                                lines[b[i - 1].first].len))
            continue; /* "Baca Juga:" over another story's headline */
        if (heading && nn_pg_end_marker(s, l->len))
            continue; /* "## Most Read Business Stories" */
        if (!heading && above >= LENGTH_HIGH && s[0] >= '0' && s[0] <= '9' &&
            (m = nn_pg_end_marker(s, l->len)) != NULL &&
            m->kind == NN_V_COMMENTS)
            continue; /* "2 Responses to RUMOR MILL" under the post: the
                         comments' ("5 thoughts on the Lakers' loss" over
                         the text is a headline) */
        if (!heading && good_right_above(b, i) &&
            (above >= 2 * LENGTH_HIGH ||
             /* one paragraph will do for a short line where the address
              * names another headline (".../regional-tourism-hits-all-
              * time-high") and a line like it heads a later section */
             (above >= LENGTH_HIGH && slen && b[i].words <= SUBHEAD_WORDS &&
              !nn_pg_overlap_at(slug, slen, s, l->len, 0.5f) &&
              sibling_below(b, nb, i, text, lines)) ||
             /* or when the page opens with that text, nothing above it
              * (a corpus header's line: " date 2022-06 Au Bénin, le
              * président ..."), and more text right under it (not a
              * date line or a byline), which it does not sum up (a
              * page's description printed first) */
             (above >= LENGTH_HIGH && b[i].words <= SUBHEAD_WORDS &&
              prose_from_top(b, i, text, lines) && i + 1 < nb &&
              b[i + 1].init == C_GOOD && b[i + 1].kind == NN_LINE_TEXT &&
              !nn_pg_overlap_at(text + lines[b[i - 1].first].off,
                                lines[b[i - 1].first].len,
                                text + lines[b[i + 1].first].off,
                                lines[b[i + 1].first].len, 0.5f) &&
              !(slen && nn_pg_overlap_at(slug, slen, s, l->len, 0.5f)))))
            continue; /* a subheading: the article's text runs on above */
        score = l->level == 1 ? 3.0f : l->level == 2 ? 2.0f : 1.0f;
        if (l->level == 1 && first)
            score += 1.0f;
        first &= l->level != 1;
        if (slen) {
            float o = nn_pg_overlap(slug, slen, s, l->len);
            if (o == 0.0f) /* (a Russian headline, its slug in Latin) */
                o = nn_pg_slug_translit(slug, slen, s, l->len);
            score += 6.0f * o;
        }
        if (meta)
            score += 5.0f * nn_pg_overlap(s, l->len, meta, mlen);
        if (b[i].words >= 4)
            score += 1.0f;
        else if (b[i].words <= 2)
            score -= 2.0f;
        twice = repeat_score(b, nb, i, text, lines, nc ? &c[0] : NULL);
        score += twice;
        /* a headline stands above its article: good text near below it,
         * or further down when the page's own title names it */
        if (nn_pg_good_after(b, nb, i, 1, HEADLINE_REACH) &&
            !marker_before_text(b, nb, i, text, lines)) {
            score += 4.0f;
            /* short of a candidate, its date line under it and the text
             * under that ("Manantiales en disputa" / "Sábado 28 Agosto
             * 2010 | 00:00"): the last resort */
            if (dated == SIZE_MAX && score >= 5.0f && !heading &&
                dated_under(b, nb, i, text, lines) &&
                /* (or the lead opens with the date: "15.08.2023 09:00 –
                 * 17:00 будет отключена электроэнергия ...") */
                (b[i + 1].init == C_GOOD ||
                 nn_pg_good_after(b, nb, i + 1, 0, LENGTH_LOW)))
                dated = b[i].first; /* (the rules are asked when used) */
        } else if (!((meta && nn_pg_overlap_at(s, l->len, meta, mlen, 0.8f)) ||
                     /* or the address spells it */
                     (slen && b[i].words >= 4 &&
                      nn_pg_overlap_at(slug, slen, s, l->len, 0.8f) &&
                      nn_pg_overlap_at(s, l->len, slug, slen, 0.8f)) ||
                     /* the page's only h1, over a byline, a date and a
                    * list of highlights before the text */
                     (l->level == 1 && h1s == 1)) ||
                   !nn_pg_kept_text(b + i + 1, nb - i - 1))
            continue;
        if (l->level == 1 && h1s == 1)
            score += 2.0f; /* the page's only h1 */
        if (crumb_tail(text, lines, nlines, s, l->len))
            score += 2.0f; /* "Home » News » Headline" names it */
        else if (i > 0 && !above && crumb_over(&b[i - 1], text, lines))
            score += 1.0f; /* "Home States Odisha" over it */
        if (!heading && l->len && s[l->len - 1] == '!' && b[i].words <= 4)
            score -= 1.0f; /* "Support us!": appeals shout, headlines
                              seldom do, and in more words */
        if (score >= 6.0f && nc < HEADLINE_CANDS) {
            c[nc].first = b[i].first;
            /* a masthead loses to a headline as good, and only then */
            c[nc].score =
                !heading && masthead(s, l->len) ? score - 0.5f : score;
            c[nc].block = i;
            c[nc].prefer = twice > 0.0f;
            c[nc].none = heading ? 0 : -1;
            c[nc].up = heading ? 0 : -1;
            nc++;
        }
    }
    tp.b = b;
    tp.nb = nb;
    tp.text = text;
    tp.lines = lines;
    pick = best_candidate(c, nc, veto, &tp);
    if (pick != SIZE_MAX || !plain)
        return pick;
    pick = under_address(b, nb, text, lines, slug, slen, veto);
    if (pick == SIZE_MAX)
        pick = top_item(b, nb, text, lines, veto);
    if (pick == SIZE_MAX)
        pick = top_line(b, nb, text, lines, veto);
    if (pick == SIZE_MAX)
        pick = top_sentence(b, nb, text, lines, veto);
    if (pick == SIZE_MAX)
        pick = top_short(b, nb, text, lines, veto);
    if (pick == SIZE_MAX && dated != SIZE_MAX &&
        !(veto && veto->chrome(veto->ctx, dated)))
        pick = dated;
    if (pick == SIZE_MAX)
        pick = dated_short(b, nb, text, lines, veto);
    return pick;
}
