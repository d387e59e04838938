/* title.c - the title and the site's name: page.c's headline or a title
 * line taken while classify.c reads the head, a guessed title given up
 * for a real heading; and when normalize.c finishes the record, the
 * " | Site" suffix cut and read as the source's name when it spells the
 * host. */
#include "article.h"
#include "date.h"
#include "page.h"
#include "rules.h"
#include "unicode.h"

#include <utf8proc.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SITE_MAX 60 /* bytes: a longer " | Site" part is no site's name */

/* Where the " | Site" part of "Title | Site" starts (after the
 * separator), or 0 when the title has none: the last separator of each
 * kind counts, and only with at most SITE_MAX bytes after it.  So only the
 * title's last SITE_MAX bytes and a separator before them are searched:
 * a separator further back is not the last, or is too far from the end. */
static size_t site_suffix(const char *t)
{
    static const struct {
        const char *s;
        size_t len;
    } seps[] = {{" | ", 3},
                {" - ", 3},
                {" \xE2\x80\x93 ", 5},
                {" \xE2\x80\x94 ", 5}};
    size_t best = 0, n = strlen(t), k;
    for (k = 0; k < NN_COUNT(seps); k++) {
        size_t sl = seps[k].len, i;
        size_t lo = n > SITE_MAX + sl ? n - SITE_MAX - sl : 0;
        for (i = n > sl ? n - sl : 0; i-- > lo;)
            if (t[i] == ' ' && !memcmp(t + i, seps[k].s, sl)) {
                if (i + sl > best)
                    best = i + sl;
                break;
            }
    }
    return best;
}

/* Does a site's name spell its host ("Torque & Current" and
 * "www.torqueandcurrent.com")?  Letters and digits compared case-folded,
 * "&" read as "and", the host without "www." and its last label. */
static int names_host(const char *name, const char *host)
{
    char a[128], b[128];
    size_t na = 0, nb = 0;
    const char *dot = strrchr(host, '.');
    if (!dot)
        return 0;
    if (!strncmp(host, "www.", 4))
        host += 4;
    for (; *name && na + 4 < sizeof a; name++) {
        char c = (char)(*name >= 'A' && *name <= 'Z' ? *name | 0x20 : *name);
        if (c == '&')
            a[na++] = 'a', a[na++] = 'n', a[na++] = 'd';
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            a[na++] = c;
    }
    for (; host < dot && nb + 1 < sizeof b; host++)
        if ((*host >= 'a' && *host <= 'z') || (*host >= '0' && *host <= '9'))
            b[nb++] = *host;
    return na >= 3 && na == nb && !memcmp(a, b, na);
}

/* The length of a kicker in capitals glued to the headline after it
 * ("INSEGURANÇA Policial Militar detém cinco pessoas ..."), with its
 * space, or 0: one to three words in capitals, six letters in all and
 * one word of five, then a capitalised word and a headline in sentence
 * case (most of its other words in lower case).  An acronym opening a
 * headline is short ("FBI arrests ..."); a headline in title case
 * ("BREAKING News Crews Rush ...") keeps what it has.  (Not four words
 * or more: "MINISTER RESIGNS OVER HOUSING SCANDAL Opposition calls for
 * early elections" is a headline in capitals and its standfirst.) */
static size_t kicker_len(const char *s, size_t n)
{
    size_t i = 0, words = 0, letters = 0, longest = 0, lower = 0, other = 0;
    size_t start = 0;
    while (i < n && words < 4) {
        size_t w = 0, j = i;
        int caps = 1;
        while (j < n && s[j] != ' ') {
            int32_t cp;
            size_t cl = nn_utf8_decode(s + j, n - j, &cp);
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU)
                w++;
            else if (!(cp == '-' || cp == '/' || cp == '&'))
                caps = 0;
            j += cl;
        }
        if (!caps || !w)
            break;
        words++;
        letters += w;
        longest = w > longest ? w : longest;
        i = j + 1;
    }
    if (!words || words > 3 || letters < 6 || longest < 5 || i >= n ||
        !nn_starts_upper(s + i, n - i) || i + 1 >= n ||
        nn_starts_upper(s + i + 1, n - i - 1))
        return 0;
    start = i;
    while (i < n && s[i] != ' ')
        i++; /* the headline's first word */
    for (; i < n; i++)
        if (s[i] == ' ' && i + 1 < n) {
            if (nn_starts_lower(s + i + 1, n - i - 1))
                lower++;
            else
                other++;
        }
    return lower + other >= 3 && lower >= other ? start : 0;
}

/* The length of a breadcrumb or section glued to the headline's first
 * word without a space ("InicioDURANGOVisitará Amlo Gómez Palacio ...":
 * Home, the section in capitals, then the headline), or 0: the word
 * holds a run of three capitals or more right before the capital that
 * starts a word in lower case, and the headline goes on for three words
 * more. */
static size_t glued_len(const char *s, size_t n)
{
    size_t i = 0, caps = 0, cut = 0, prev_off = 0, words = 0;
    while (i < n && s[i] != ' ') {
        int32_t cp;
        size_t cl = nn_utf8_decode(s + i, n - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LL && caps >= 4)
            cut = prev_off; /* "...GO|Visitará": the capital before */
        else if (cat == UTF8PROC_CATEGORY_LU && cut && caps == 1 &&
                 i > cut + cl)
            cut = 0; /* two capitals again after the lower case: a word
                        miscased ("GÜMÜLCıNE’DE"), nothing glued (not
                        "WhatsApp", "McDonald's", "Baden-Württemberg") */
        caps = cat == UTF8PROC_CATEGORY_LU ? caps + 1 : 0;
        prev_off = i;
        i += cl;
    }
    for (; i < n; i++)
        words += s[i] == ' ';
    return words >= 3 ? cut : 0;
}

#define GLUED_LINE_MIN 100 /* bytes: longer than most headlines */

/* The length of a headline with its standfirst glued on without a space
 * ("Hospital cada vez más cercaImportante logro ha sido posible gracias
 * a ..."), or 0: a long line, a word of four lower-case letters or more
 * and then a capital and three more, after four words or more and before
 * eight (brands' capitals inside a word, "YouTube", "PlayStation", stand
 * mostly in short headlines or their first words).  The first such word
 * decides. */
static size_t glued_standfirst(const char *s, size_t n)
{
    size_t i, words = 0, lower = 0;
    if (n <= GLUED_LINE_MIN)
        return 0;
    for (i = 0; i < n;) {
        int32_t cp;
        size_t cl = nn_utf8_decode(s + i, n - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cp == ' ') {
            words++;
            lower = 0;
        } else if (cat == UTF8PROC_CATEGORY_LL) {
            lower++;
        } else if (cat == UTF8PROC_CATEGORY_LU && lower >= 4 && words >= 3) {
            size_t k = i + cl, after = 0, rest = 0;
            while (k < n) {
                int32_t c2;
                size_t l2 = nn_utf8_decode(s + k, n - k, &c2);
                if (utf8proc_category(c2) != UTF8PROC_CATEGORY_LL)
                    break;
                after++;
                k += l2;
            }
            for (; k < n; k++)
                rest += s[k] == ' ';
            return after >= 3 && rest >= 8 ? i : 0;
        } else {
            lower = 0;
        }
        i += cl;
    }
    return 0;
}

#define GLUED_TITLE_WORDS 14 /* words: a longer lead is a sentence */

/* Do the n bytes at s read as a headline in title case: 3 to
 * GLUED_TITLE_WORDS words, each of four letters or more capitalized, no
 * clause's punctuation? */
static int title_case(const char *s, size_t n)
{
    size_t i = 0, words = 0;
    while (i < n) {
        size_t k = i, letters = 0;
        int32_t first = 0;
        for (; k < n && s[k] != ' ';) {
            int32_t cp;
            size_t cl = nn_utf8_decode(s + k, n - k, &cp);
            if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
                cp == '?')
                return 0;
            if (utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
                utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO && letters++ == 0)
                first = cp;
            k += cl;
        }
        if (letters >= 4 && utf8proc_category(first) != UTF8PROC_CATEGORY_LU)
            return 0;
        words += k > i;
        i = k + 1;
    }
    return words >= 3 && words <= GLUED_TITLE_WORDS;
}

/* Does s (n bytes) open with a picture's credit or caption word ("Photo
 * Courtesy Of The Harbor Authority")? */
static int credit_word(const char *s, size_t n)
{
    static const char *const words[] = {"Photo ",    "Photos ", "Foto ",
                                        "Fotos ",    "Image ",  "Picture ",
                                        "Courtesy ", "Credit ", "Bild ",
                                        NULL};
    return nn_opens_with(words, s, n) != NULL;
}

/* Line i, the text's first, when no headline was found: a headline in
 * title case glued to it without a space ("Local Students At Nat'l
 * CompetitionStudents from 3 area high schools ...") is the title, and
 * the line keeps the rest.  Returns 1 when taken. */
int nn_title_glued_lead(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t cut;
    if (a->rec->title || l->skip || (cut = glued_standfirst(s, l->len)) == 0 ||
        !title_case(s, cut) || credit_word(s, cut))
        return 0;
    log_removed(a, "glued-title", i, s, cut);
    nn_record_set(&a->rec->title, s, cut);
    a->st.set |= 1u << NN_FLD_TITLE;
    l->skip = cut;
    return 1;
}

#define CAPTION_GLUED_MAX 80 /* bytes of a caption glued to a dateline */

/* Is s a dash and a blank ("- ", "– ", "— ")? */
static int dash_blank(const char *s, size_t n)
{
    return (n >= 2 && s[0] == '-' && s[1] == ' ') ||
           (n >= 4 &&
            (!memcmp(s, "\xE2\x80\x93 ", 4) || !memcmp(s, "\xE2\x80\x94 ", 4)));
}

/* Does s (n bytes) open with a byline's word ("Oleh: ", "By ")? */
static int byline_word(const char *s, size_t n)
{
    static const char *const words[] = {"By ",   "Oleh ",    "Oleh:",   "Por ",
                                        "Por:",  "Par ",     "Von ",    "Di ",
                                        "Door ", "Reporter", "Penulis", NULL};
    return nn_opens_with(words, s, n) != NULL;
}

#define LABEL_CAPS 6   /* capitals of a picture's label at most */
#define LABEL_DIGITS 4 /* and digits */
#define LABEL_WORDS 8  /* blanks of the sentence it is glued to at least */

/* A picture's label glued to the lead's first word ("OIC1Following last
 * night's power cuts, ..."): two to LABEL_CAPS capitals, one to
 * LABEL_DIGITS digits, then a capital and lower case, in a long sentence.
 * Its length, or 0. */
static size_t glued_label(const char *s, size_t n)
{
    size_t k = 0, d, blanks = 0, i;
    while (k < n && k <= LABEL_CAPS && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    if (k < 2 || k > LABEL_CAPS)
        return 0;
    for (d = k; k < n && k - d <= LABEL_DIGITS && s[k] >= '0' && s[k] <= '9';)
        k++;
    if (k == d || k - d > LABEL_DIGITS || k + 3 > n || s[k] < 'A' ||
        s[k] > 'Z' || s[k + 1] < 'a' || s[k + 1] > 'z' || s[k + 2] < 'a' ||
        s[k + 2] > 'z')
        return 0;
    for (i = k; i < n; i++)
        blanks += s[i] == ' ';
    return blanks >= LABEL_WORDS ? k : 0;
}

int nn_title_glued_caption(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t n = l->len, k, e;
    if (a->st.in_body || a->plain || l->skip ||
        !memchr(s, ' ', n < CAPTION_GLUED_MAX ? n : CAPTION_GLUED_MAX))
        return 0;
    if ((k = glued_label(s, n)) != 0) {
        log_removed(a, "glued-caption", i, s, k);
        l->skip = k;
        return 1;
    }
    for (k = 3; k + 1 < n && k < CAPTION_GLUED_MAX; k++) {
        if (s[k] == '.' && s[k + 1] == ' ')
            return 0; /* a sentence first: text */
        if (s[k - 1] >= 'a' && s[k - 1] <= 'z' && s[k] >= 'A' && s[k] <= 'Z' &&
            s[k + 1] >= 'A' && s[k + 1] <= 'Z')
            break;
    }
    if (k + 1 >= n || k >= CAPTION_GLUED_MAX || !memchr(s, ' ', k) ||
        byline_word(s, k))
        return 0; /* a byline ("Oleh: Ahmad RiyadiJAKARTA –") */
    /* the dateline: capitals and blanks up to its dash, its first word
     * of four capitals or more (not an outlet's name in camel case,
     * "suaraNTB MATARAM –") */
    for (e = k; e < n && s[e] >= 'A' && s[e] <= 'Z'; e++)
        ;
    if (e - k < 4)
        return 0;
    for (e = k; e < n && ((s[e] >= 'A' && s[e] <= 'Z') || s[e] == ' '); e++)
        ;
    if (s[e - 1] != ' ' || !dash_blank(s + e, n - e))
        return 0;
    log_removed(a, "glued-caption", i, s, k);
    l->skip = k;
    return 1;
}

/* In t, the page's title, after the headline (n bytes) and " | ", parts
 * parted by bars ("Headline | ERBAA GÜNDEM | Haber | Haberler"): the first
 * after which every part names a section of news ("Headline | Politics |
 * Riverton Gazette": the last; a section or an author's name stands before
 * the site's as often), copied to site if short; 0 when none is. */
static int site_part(const char *t, size_t n, char *site, size_t size)
{
    const char *p = t + n, *bar, *q;
    if (strncmp(p, " | ", 3))
        return 0;
    for (p += 3; *p; p = bar + 3) {
        size_t len = (bar = strstr(p, " | ")) ? (size_t)(bar - p) : strlen(p);
        for (q = bar; q; q = strstr(q + 3, " | ")) {
            const char *e = strstr(q + 3, " | ");
            if (!nn_page_section_word(q + 3,
                                      e ? (size_t)(e - q - 3) : strlen(q + 3)))
                break;
        }
        if (!q && len && len <= SITE_MAX) {
            snprintf(site, size, "%.*s", (int)len, p);
            return 1;
        }
        if (!bar)
            break;
    }
    return 0;
}

/* A line above line i that is line i's text with the site's name after
 * a separator ("Headline - Action News" over "Headline"), or among other
 * parts after a bar: the page's title, printed first.  The name goes to
 * a->site. */
static void titled_above(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len, k;
    char t[512];
    for (k = 0; k < i && k < 4; k++) {
        const nn_line *m = &a->nz->lines[k];
        size_t cut;
        if (m->len <= n + 3 || m->len >= sizeof t || memcmp(ltext(a, k), s, n))
            continue;
        memcpy(t, ltext(a, k), m->len);
        t[m->len] = '\0';
        if ((cut = site_suffix(t)) > 0 && cut <= n + 5 && cut >= n + 3) {
            snprintf(a->site, sizeof a->site, "%s", t + cut);
            return;
        }
        if (site_part(t, n, a->site, sizeof a->site))
            return;
    }
}

/* The headline page.c chose: it replaces a title from metadata lines. */
void nn_title_take_headline(article *a, size_t i)
{
    nn_record *rec = a->rec;
    const char *s = ltext(a, i);
    size_t cut, n = a->nz->lines[i].len;
    if (rec->title && (cut = site_suffix(rec->title)) > 0)
        snprintf(a->site, sizeof a->site, "%s", rec->title + cut);
    else if (!a->site[0])
        titled_above(a, i);
    if (n > 2 && s[0] == ':' && s[1] == ' ')
        s += 2, n -= 2; /* "Schulbeginn" / ": Schülerzahl steigt": the
                           colon after a kicker on the line above */
    if ((cut = kicker_len(s, n)) > 0) {
        nn_record_extra(rec, "kicker", s, cut - 1);
        s += cut, n -= cut;
    } else if ((cut = glued_len(s, n)) > 0) {
        nn_record_extra(rec, "kicker", s, cut);
        s += cut, n -= cut;
    }
    if ((cut = glued_standfirst(s, n)) > 0) {
        nn_record_extra(rec, "subtitle", s + cut, n - cut);
        n = cut;
    }
    free(rec->title);
    rec->title = NULL;
    nn_record_set(&rec->title, s, n);
    a->st.title_guess = 0;
    a->st.set |= 1u << NN_FLD_TITLE;
    remove_line(a, "headline", i);
}

/* A guessed title ("World" above "# Headline") was a section label: it
 * goes to extra.section when a real heading turns up. */
void nn_title_drop_guess(article *a)
{
    nn_record *rec = a->rec;
    if (!a->st.title_guess || !rec->title)
        return;
    nn_record_extra(rec, "section", rec->title, strlen(rec->title));
    free(rec->title);
    rec->title = NULL;
    a->st.title_guess = 0;
}

/* A line in the header zone that no rule claimed: the title when none is
 * known yet and it reads like one (short, no sentence or clause end). */
#define MENU_ITEM_WORDS 3 /* words of a menu's item */
#define LABEL_HEAD_MIN 4  /* words of a headline under a one-word label */
#define LABEL_HEAD_MAX 20

/* Does line s (n bytes) read as a headline under a label: no colon, bar,
 * dash between blanks or date (a byline "Yazan: ...", a credit "Name -
 * Agency", a date line), and either in capitals or with two words or
 * more in lower case (not a share bar's "Paylaş Facebook Twitter
 * WhatsApp")? */
static int headline_words(const char *s, size_t n)
{
    nn_date_hit hit;
    size_t i, k, lower = 0, upper = 0;
    int32_t cp;
    if (memchr(s, ':', n) || memchr(s, '|', n) || nn_has(s, n, " - ", 3) ||
        nn_has(s, n, " \xE2\x80\x93 ", 5) ||
        nn_has(s, n, " \xE2\x80\x94 ", 5) ||
        (nn_date_find(s, n, &hit, 1) && hit.iso[0]))
        return 0;
    for (i = 0; i < n; i += k ? k : 1) {
        if ((i == 0 || s[i - 1] == ' ') && nn_starts_lower(s + i, n - i))
            lower++;
        k = nn_utf8_decode(s + i, n - i, &cp);
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            upper = SIZE_MAX; /* (a small letter: not in capitals) */
        else if (upper != SIZE_MAX &&
                 utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
            upper++;
    }
    return lower >= 2 || (upper != SIZE_MAX && upper >= 8);
}

/* Is line i one word over a headline: the next line with text (a blank
 * line between at most) of LABEL_HEAD_MIN to LABEL_HEAD_MAX words with
 * no sentence's end, and a paragraph under it ("Ürgüp" / "BİR DÜNYA
 * KENTİ ÜRGÜP KALDIRIMLARI GERÇEK SAHİBİNİ ARIYOR" / "Tarihi ve ...")?
 * The word is the section's or the place's label, the line under it the
 * headline. */
static int label_over_headline(const article *a, size_t i)
{
    const nn_line *ls = a->nz->lines;
    size_t k = i + 1, w, p;
    if (nn_word_count(ltext(a, i), ls[i].len) != 1)
        return 0;
    if (k < a->nz->nlines && !ls[k].len)
        k++;
    if (k >= a->nz->nlines || !ls[k].len || ls[k].len > 300 ||
        nn_ends_sentence(ltext(a, k), ls[k].len) ||
        !headline_words(ltext(a, k), ls[k].len))
        return 0;
    w = nn_word_count(ltext(a, k), ls[k].len);
    for (p = k + 1; p < a->nz->nlines && !ls[p].len; p++)
        ;
    return w >= LABEL_HEAD_MIN && w <= LABEL_HEAD_MAX && p < a->nz->nlines &&
           nn_word_count(ltext(a, p), ls[p].len) > LABEL_HEAD_MAX;
}

int nn_title_line(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len;
    char end;
    if (a->rec->title || n > 300 || s[0] == '(')
        return 0;
    /* on a page, not a menu line, an ads.txt line or a breadcrumb */
    if (a->headline_page && !nn_page_title_shape(s, n, 1))
        return 0;
    /* nor a menu's first item or the site's name over it, short lines
     * with no blank between ("नवभारत समाचार" / "होम" / "देश" / "विदेश") */
    if (a->headline_page && i + 1 < a->nz->nlines && a->nz->lines[i + 1].len &&
        nn_word_count(s, n) <= MENU_ITEM_WORDS &&
        nn_word_count(ltext(a, i + 1), a->nz->lines[i + 1].len) <=
            MENU_ITEM_WORDS)
        return 0;
    /* a sentence or clause end, but for an ellipsis */
    end = s[n - 1];
    if ((end == '.' || end == ',' || end == ';' || end == ':') &&
        !(n >= 3 && !memcmp(s + n - 3, "...", 3)))
        return 0;
    if (label_over_headline(a, i)) {
        nn_record_extra(a->rec, "section", s, n);
        remove_line(a, "section-label", i);
        return 1;
    }
    nn_record_set(&a->rec->title, s, n);
    a->st.title_guess = 1; /* not in st.set: a heading may replace it */
    remove_line(a, "title-line", i);
    return 1;
}

/* A news list's date glued before the headline ("17.03.2011 - Presieduta
 * dal sindaco ...", "15.10.2014 10:49:00, Trier - ..."): a date, a time
 * perhaps, then " - ", " \xE2\x80\x93 " or ", " and the headline, or a
 * full stop and its capital with no blank ("27/05/2012.La rivolta ..."). */
static void cut_date(char *t)
{
    char iso[NN_DATE_MAX];
    size_t i, len = strlen(t);
    if (!(t[0] >= '0' && t[0] <= '9'))
        return;
    for (i = 6; i < len && i < 28; i++) {
        size_t sep = !strncmp(t + i, ", ", 2)               ? 2
                     : !strncmp(t + i, " - ", 3)            ? 3
                     : !strncmp(t + i, " \xE2\x80\x93 ", 5) ? 5
                     : t[i] == '.' && nn_starts_upper(t + i + 1, len - i - 1)
                         ? 1
                         : 0;
        if (sep && nn_date_parse(t, i, iso) == 0 && len - i - sep >= 12) {
            memmove(t, t + i + sep, len - i - sep + 1);
            return;
        }
    }
}

/* The length of the separator ending at t + i, a page's mark between
 * the headline and its date (a blank, a bar, a dash, a box-drawing
 * rule, a middle dot or a bullet), or 0. */
static size_t sep_before(const char *t, size_t i)
{
    static const char *const marks[] = {"\xE2\x80\x93", "\xE2\x80\x94",
                                        "\xE2\x94\x80", "\xC2\xB7",
                                        "\xE2\x80\xA2", NULL};
    const char *const *m;
    if (t[i - 1] == ' ' || t[i - 1] == '|' || t[i - 1] == '-')
        return 1;
    for (m = marks; *m; m++)
        if (i >= strlen(*m) && !memcmp(t + i - strlen(*m), *m, strlen(*m)))
            return strlen(*m);
    return 0;
}

/* The length of a time ("06:23", "6:23") ending at t + i, after a
 * blank, or 0. */
static size_t clock_before(const char *t, size_t i)
{
    size_t d = i >= 5 && t[i - 5] >= '0' && t[i - 5] <= '9';
    if (i < 5 + d || t[i - 3] != ':' || t[i - 5 - d] != ' ' ||
        !isdigit((unsigned char)t[i - 1]) ||
        !isdigit((unsigned char)t[i - 2]) || !isdigit((unsigned char)t[i - 4]))
        return 0;
    return 4 + d;
}

/* The page's date glued after the headline ("... in Western St
 * MaryWednesday, September 29, 2021", "... residents protest\xE2\x94\x80
 * 06:23 Mon, 22 Aug 2022"): the headline's length without it, or 0.  The
 * date, a time perhaps, runs to the end; before it stands a word's last
 * lower-case letter with no blank, or a box-drawing rule or a time.  A
 * headline that ends in a date set as words ("Vote set for 5 May 2024")
 * or after a dash keeps it, not after a bar glued to it (" |30 May
 * 2015").  The headline keeps three words. */
static size_t trailing_date(const char *t, size_t n)
{
    char iso[NN_DATE_MAX];
    size_t k, i, sl, words = 0;
    int rule;
    for (k = 12; k + 8 <= n; k++) {
        unsigned char p = (unsigned char)t[k - 1], c = (unsigned char)t[k];
        int upper = c >= 'A' && c <= 'Z', glued = p >= 'a' && p <= 'z' && upper;
        /* a bar glued to the date, which no headline writer sets ("...
         * east and south |30 May 2015"): the scraper's join */
        int barred = p == '|' && t[k - 2] == ' ' && (upper || isdigit(c));
        if (barred && nn_date_parse(t + k, n - k, iso) == 0) {
            for (i = 0; i + 2 < k; i++)
                words += t[i] == ' ';
            return words >= 2 ? k - 2 : 0;
        }
        if (!glued && !(p == ' ' && (upper || (c >= '0' && c <= '9'))))
            continue;
        for (i = k, rule = 0; !glued && i > 0 && (sl = sep_before(t, i));
             i -= sl)
            rule |= sl == 3 && !memcmp(t + i - 3, "\xE2\x94\x80", 3);
        if (!glued && i == k - 1 && (sl = clock_before(t, i)) != 0)
            for (i -= sl, rule = 1; i > 0 && (sl = sep_before(t, i)); i -= sl)
                ; /* "06:23 Mon, 22 Aug 2022" */
        if (!glued && (!rule || i == 0))
            continue; /* a dash or a bar alone before the date (a headline
                         writer's: "Harga Emas Hari Ini - Selasa, 12 Maret
                         2024"), or no headline */
        if (nn_date_parse(t + k, n - k, iso) != 0)
            continue;
        for (k = 0; k < i; k++)
            words += t[k] == ' ';
        return words >= 2 ? i : 0;
    }
    return 0;
}

#define FRAME_WORDS 2 /* words of each side of a portal's frame */

/* The number of words in s[0, n). */
static size_t words_in(const char *s, size_t n)
{
    size_t i, w = n > 0;
    for (i = 0; i < n; i++)
        w += s[i] == ' ';
    return w;
}

/* Are there no small letters among the n bytes at s (ASCII's; other
 * scripts' pass)? */
static int no_small(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    return 1;
}

/* A portal's frame around the headline ("CAMEROUN :: Incompréhensions
 * pour une question d'urbanisme :: CAMEROON": a section or country in
 * capitals each side, of FRAME_WORDS words or fewer): the headline is
 * moved to the title's start and its length returned, or 0. */
static size_t cut_frame(char *t, size_t n)
{
    const char *a = nn_find(t, n, " :: ", 4), *z;
    size_t head, mid;
    if (!a || !(z = nn_find(a + 4, (size_t)(t + n - a - 4), " :: ", 4)) ||
        nn_find(z + 4, (size_t)(t + n - z - 4), " :: ", 4))
        return 0;
    head = (size_t)(a - t);
    mid = (size_t)(z - a - 4);
    if (words_in(t, head) > FRAME_WORDS ||
        words_in(z + 4, (size_t)(t + n - z - 4)) > FRAME_WORDS ||
        words_in(a + 4, mid) < 3 || !no_small(t, head) ||
        !no_small(z + 4, (size_t)(t + n - z - 4)))
        return 0; /* (not a trail: "Business :: Bank of Ghana :: Rates
                     held") */
    memmove(t, a + 4, mid);
    return mid;
}

/* Cut " - Site Name" / " | Site Name" when it names the source, and a
 * bare separator at the end. */
void nn_title_cut_suffix(article *a)
{
    nn_record *rec = a->rec;
    size_t n, sl;
    if (!rec->title)
        return;
    n = nn_ruleset_title_len(a->rs, rec->title, strlen(rec->title));
    if (rec->source && (sl = strlen(rec->source)) + 3 < n &&
        !strcmp(rec->title + n - sl, rec->source) &&
        rec->title[n - sl - 1] == ' ' &&
        (rec->title[n - sl - 2] == '-' || rec->title[n - sl - 2] == '|') &&
        rec->title[n - sl - 3] == ' ')
        n -= sl + 3;
    /* a separator with no site's name after it ("Headline |": the name
     * was a logo the scraper left out) */
    while (n > 2 && rec->title[n - 2] == ' ' &&
           (rec->title[n - 1] == '|' || rec->title[n - 1] == '-'))
        n -= 2;
    /* an HTML comment's end, left by a scraper ("Headline -->") */
    if (n > 4 && !memcmp(rec->title + n - 4, " -->", 4))
        n -= 4;
    if ((sl = trailing_date(rec->title, n)) > 0)
        n = sl;
    if ((sl = cut_frame(rec->title, n)) > 0)
        n = sl;
    rec->title[n] = '\0';
    cut_date(rec->title);
}

#define GLUED_COUNT_MAX 3 /* digits of a count glued to a headline */

/* The length of headline t without a count glued to its last word
 * ("Вандалы разгромили еще одну остановку8": its comments), or 0: one to
 * three digits after a lower-case letter (not a year: "Pemilu2024"). */
static size_t glued_count(const char *t)
{
    size_t n = strlen(t), k = n, b;
    int32_t cp;
    while (k > 0 && n - k <= GLUED_COUNT_MAX && t[k - 1] >= '0' &&
           t[k - 1] <= '9')
        k--;
    if (k == n || n - k > GLUED_COUNT_MAX || k < 2)
        return 0;
    for (b = k - 1; b > 0 && ((unsigned char)t[b] & 0xC0) == 0x80; b--)
        ;
    nn_utf8_decode(t + b, k - b, &cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL ? k : 0;
}

/* Is line i of the page the text s (n bytes)? */
static int line_is(const article *a, size_t i, const char *s, size_t n)
{
    return a->nz->lines[i].len == n && !memcmp(ltext(a, i), s, n);
}

void nn_title_printed_bare(article *a)
{
    nn_record *rec = a->rec;
    size_t cut, n, i, sep;
    /* the headline printed again without the count glued to it: the
     * headline is that */
    if (rec->title && (n = glued_count(rec->title)) != 0)
        for (i = 0; i < a->nz->nlines; i++)
            if (line_is(a, i, rec->title, n)) {
                rec->title[n] = '\0';
                /* (the bare copy, read as the standfirst) */
                nn_record_extra_drop(rec, "subtitle", rec->title);
                break;
            }
    if (!rec->title || a->site[0] || (cut = site_suffix(rec->title)) == 0)
        return;
    sep = rec->title[cut - 2] & 0x80 ? 5 : 3; /* " - " or " – " */
    n = cut - sep;
    for (i = 0; i < a->nz->nlines; i++)
        if (line_is(a, i, rec->title, n)) {
            snprintf(a->site, sizeof a->site, "%s", rec->title + cut);
            rec->title[n] = '\0';
            return;
        }
}

#define DATELINE_TEXT_MIN 60 /* bytes of a standfirst after its place */

/* After a place and its middle dot in a standfirst, text (s, n bytes):
 * a sentence that opens with a capital, not the page's fields ("Köln ·
 * 12.03.2024 · 3 Min. Lesezeit", "Berlin · Von Anna Berg · ...")? */
static int standfirst_dateline(const char *s, size_t n)
{
    return n >= DATELINE_TEXT_MIN && nn_starts_upper(s, n) &&
           !nn_has(s, n, " \xC2\xB7 ", 4);
}

/* A place's name before the headline, as a regional paper prints it
 * above, where the text's dateline names the same place with a middle
 * dot ("Freisen Verspätetes Maifeuer und brennende Hecke ..." over
 * "Freisen · Gleich zwei Mal ..."): a kicker, not the title's.  The
 * title keeps three words or more, and a capital to open them. */
void nn_title_place_kicker(article *a)
{
    nn_record *rec = a->rec;
    const line *ls = a->nz->lines;
    const char *t = rec->title, *s = NULL;
    size_t i, k = 0, words = 0, body;
    if (!t)
        return;
    if ((body = first_body_line(a)) == a->nz->nlines)
        return;
    /* the dateline's place: "Freisen" of "Freisen · " (U+00B7), in the
     * text's first line or a standfirst the page's pass took for the
     * head's, under the headline */
    for (i = a->headline != SIZE_MAX && a->headline < body ? a->headline + 1
                                                           : body;
         i <= body; i++) {
        if (!ls[i].len)
            continue;
        s = ltext(a, i) + ls[i].skip;
        for (k = 0; k < ls[i].len - ls[i].skip && k < 40; k++)
            if (s[k] == ' ' && !strncmp(s + k, " \xC2\xB7 ", 4))
                break;
        if (k < 40 && k < ls[i].len - ls[i].skip &&
            (i == body ||
             standfirst_dateline(s + k + 4, ls[i].len - ls[i].skip - k - 4)))
            break;
    }
    /* the rest a headline of its own, opening with a capital ("Berlin
     * plant neue Radwege" is about the place) */
    if (i > body || k == 0 || strncmp(t, s, k) || t[k] != ' ' ||
        !nn_starts_upper(t + k + 1, strlen(t + k + 1)))
        return;
    for (i = k + 1; t[i]; i++)
        words += t[i] == ' ';
    if (words < 2)
        return;
    nn_record_extra(rec, "kicker", t, k);
    memmove(rec->title, t + k + 1, strlen(t + k + 1) + 1);
}

/* A source known only by its host takes the name the page gives it in
 * its title ("Title | Torque & Current" on torqueandcurrent.com), and the
 * title loses that suffix. */
void nn_title_site_name(article *a)
{
    nn_record *rec = a->rec;
    size_t cut;
    if (!rec->source || strchr(rec->source, ' ') || !strchr(rec->source, '.'))
        return; /* no source, or a display name already */
    if (rec->title && (cut = site_suffix(rec->title)) > 0 &&
        names_host(rec->title + cut, rec->source)) {
        snprintf(a->site, sizeof a->site, "%s", rec->title + cut);
        rec->title[cut - 3 - (rec->title[cut - 2] & 0x80 ? 2 : 0)] = '\0';
    }
    if (a->site[0] && names_host(a->site, rec->source)) {
        free(rec->source);
        rec->source = nn_xstrdup(a->site);
    }
}
