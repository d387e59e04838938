/* classify_dates.c - the date by evidence (classify.c's stage 3b, which
 * normalize.c calls after the rules' actions): when no rule named the
 * date, the dates inside the lines that are not article text; and what
 * classify.c's rule actions ask of a date: is it plausible, labelled as
 * the publication's, or the article's own date line above its headline
 * rather than a site clock? */
#include "article.h"
#include "date.h"
#include "unicode.h"
#include "url.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* Does the line label its date as the publication's ("Published Time:
 * 2024-09-12T14:05", "Posted on ...")? */
int nn_classify_labelled_date(const char *s, size_t n)
{
    nn_date_hit h[2];
    size_t k, c = nn_date_find(s, n, h, 2);
    for (k = 0; k < c; k++)
        if (h[k].label & NN_DATE_LBL_PUBLISHED)
            return 1;
    return 0;
}

#define HEAD_DATE_REACH 48 /* bytes: where a head's date line has its date */
#define HEAD_META_LINE 160 /* bytes: a byline's line, not a paragraph */

/* Does line s (n bytes) name the publication in so many words
 * ("Published:", "Posted on", "Publié le", "Veröffentlicht am",
 * "Опубликовано"), not a date of another kind ("Release date:", "Event
 * date:", "Datum:")? */
static int published_label(const char *s, size_t n)
{
    static const char *const words[] = {"published",      "posted",
                                        "publié",         "publicado",
                                        "publicada",      "pubblicato",
                                        "veröffentlicht", "yayınlanma",
                                        "yayın tarihi",   "diterbitkan",
                                        "опубликовано",   "Опубликовано",
                                        "опубліковано",   "Опубліковано"};
    size_t k;
    for (k = 0; k < NN_COUNT(words); k++)
        if (nn_has_ci(s, n, words[k]))
            return 1;
    return 0;
}

/* Does the headline's own date line stand right under it ("11 November
 * 2022" of a teaser above / the headline / "Friday 30 December 2022 |
 * Written by ..."): the line opens with a date no label names, or labels
 * a date as the publication's in so many words ("Author: Alhadi Hawari |
 * Published: Thursday, May 19, 2022")? */
static int dated_head(const article *a)
{
    size_t k;
    nn_date_hit hit;
    for (k = a->headline + 1; k < a->nz->nlines && !a->nz->lines[k].len; k++)
        ;
    if (k < a->nz->nlines && a->nz->lines[k].len < HEAD_META_LINE &&
        published_label(ltext(a, k), a->nz->lines[k].len) &&
        nn_classify_labelled_date(ltext(a, k), a->nz->lines[k].len))
        return 1;
    return k < a->nz->nlines &&
           nn_date_find(ltext(a, k),
                        a->nz->lines[k].len < HEAD_DATE_REACH
                            ? a->nz->lines[k].len
                            : HEAD_DATE_REACH,
                        &hit, 1) > 0 &&
           hit.iso[0] && hit.start == 0 &&
           !(hit.label & (NN_DATE_LBL_UPDATED | NN_DATE_LBL_PUBLISHED));
}

/* Is line i the article's own date line right above its headline (at
 * most two lines of text between), not a site clock (which names the
 * weekday: "Tuesday, 02 January 2024 12:17 GMT"; in another language
 * the date parser reads, a weekday without a time of day), with no
 * date line of the headline's own under it? */
int nn_classify_dateline_above(const article *a, size_t i)
{
    static const char *const days[] = {"monday",   "tuesday", "wednesday",
                                       "thursday", "friday",  "saturday",
                                       "sunday",   NULL};
    const char *s = ltext(a, i);
    size_t k, n = a->nz->lines[i].len, between = 0;
    const char *const *d;
    int clock = 0;
    for (k = i + 1; k < a->headline && between <= 2; k++)
        between += a->nz->lines[k].len > 0;
    if (between > 2)
        return 0;
    for (d = days; *d; d++)
        if (nn_has_ci(s, n, *d))
            return 0;
    /* in other languages a weekday opens the article's own date lines
     * too ("Rabu, 25 September 2024 - 22:53 WIB"); a clock gives none */
    for (k = 1; k + 1 < n && !clock; k++)
        clock = s[k] == ':' && s[k - 1] >= '0' && s[k - 1] <= '9' &&
                s[k + 1] >= '0' && s[k + 1] <= '5';
    /* a date and time over another date line nearer the headline: the
     * site's clock over the article's date ("18 декабря 2025, ЧТ, 21:35"
     * / "4 июля 2025 Общество" / the headline) */
    for (k = i + 1; clock && k < a->headline; k++) {
        nn_date_hit hit;
        const size_t m = a->nz->lines[k].len;
        if (m &&
            nn_date_find(ltext(a, k), m < HEAD_DATE_REACH ? m : HEAD_DATE_REACH,
                         &hit, 1) > 0 &&
            hit.iso[0] && hit.start == 0)
            return 0;
    }
    return (clock || !nn_date_names_weekday(s, n)) && !dated_head(a);
}

/* A date can be the article's: from 1990 on, and not after the crawl
 * date of a corpus header (the page cannot report what came later). */
int nn_classify_plausible_date(const article *a, const char *iso)
{
    if (strncmp(iso, "1990", 4) < 0)
        return 0;
    /* a crawl month ("2021-04") bounds by the month */
    return !a->crawl[0] || strncmp(iso, a->crawl, strlen(a->crawl)) <= 0;
}

/* The blanks in s: its words less one. */
static size_t blanks(const char *s, size_t n)
{
    size_t i, k = 0;
    for (i = 0; i < n; i++)
        k += s[i] == ' ';
    return k;
}

/* Does a dash follow the date that ends at s[k] (n bytes), after its
 * full stop: "03 de julio del 2024. -En su gira ...", "3 May 2024 – "? */
static int dash_after(const char *s, size_t n, size_t k)
{
    while (k < n && (s[k] == '.' || s[k] == ' '))
        k++;
    return (k < n && s[k] == '-') ||
           (k + 2 < n && !memcmp(s + k, "\xE2\x80", 2) &&
            (s[k + 2] == '\x93' || s[k + 2] == '\x94'));
}

/* Does line s (n bytes) open with a date and a dash ("March 2, 2016 -
 * Election results ...")?  Its date in *hit. */
static int date_first(const char *s, size_t n, nn_date_hit *hit)
{
    return nn_date_find(s, n < 80 ? n : 80, hit, 1) == 1 && hit->iso[0] &&
           hit->start == 0 && hit->end < n && s[hit->end] == ' ' &&
           dash_after(s, n, hit->end);
}

/* Does a colon follow the date that ends at s[k] (n bytes), then blanks
 * and a capital ("Agartala, 16th April 2025:   In a ...")?  (Not a
 * sentence on the day: "Kyiv, February 24, 2022: the sirens started".) */
static int colon_after(const char *s, size_t n, size_t k)
{
    if (k + 1 >= n || s[k] != ':' || s[k + 1] != ' ')
        return 0;
    for (k++; k < n && s[k] == ' '; k++)
        ;
    return nn_starts_upper(s + k, n - k);
}

/* Line s (n bytes): a dateline's date ("MOSCOW, May 3 -", "Silao de la
 * Victoria, Gto., 03 de julio del 2024. -En ...", "Jacmel, le 22 juin
 * 2024 – Les ...", "Agartala, 16th April 2025: In ...", "March 2, 2016 -
 * Election ...") in out. */
static int dateline_at(const article *a, const char *s, size_t n,
                       char out[NN_DATE_MAX])
{
    size_t k = 0, caps = 0, at;
    int mixed = 0, sep;
    nn_date_hit hit;
    int32_t cp;
    while (k < 40 && k < n && s[k] != ' ' && s[k] != '.' && s[k] != ',') {
        k += nn_utf8_decode(s + k, n - k, &cp);
        if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LU) {
            mixed = 1;
            break;
        }
        caps++;
    }
    if (nn_date_find(s, n < 80 ? n : 80, &hit, 1) != 1 || !hit.iso[0] ||
        hit.start > 64 || !nn_classify_plausible_date(a, hit.iso))
        return 0;
    /* "MOSCOW, May 3 -" names its place in capitals; a place as it is
     * spelt needs a capital, ", " right before the date (or ", le " in
     * French) and a dash after; or, further on, the place and the agency
     * set apart by bars ("Saint-Denis de la Réunion, France | AFP |
     * vendredi 16/03/2017 - Le préfet ...") */
    at = hit.start >= 5 && !memcmp(s + hit.start - 4, " le ", 4) ? hit.start - 3
                                                                 : hit.start;
    sep = at >= 2 && s[at - 1] == ' ' &&
          (s[at - 2] == ',' ? hit.start <= 40 : s[at - 2] == '|');
    if (!(caps >= 3 && !mixed && hit.start <= 40) &&
        !(caps && sep &&
          (dash_after(s, n, hit.end) || colon_after(s, n, hit.end))) &&
        /* or the date first, then the dash ("March 2, 2016 - Election
         * results for ...") */
        !date_first(s, n, &hit))
        return 0;
    snprintf(out, NN_DATE_MAX, "%s", hit.iso);
    return 1;
}

int nn_classify_dateline_date(const article *a, char out[NN_DATE_MAX])
{
    const line *ls = a->nz->lines;
    size_t i, k;
    nn_date_hit hit;
    if ((i = first_body_line(a)) == a->nz->nlines)
        return 0;
    for (k = i + 1; k < a->nz->nlines && !(ls[k].body && ls[k].len); k++)
        ;
    if (dateline_at(a, ltext(a, i) + ls[i].skip, ls[i].len - ls[i].skip, out))
        /* (not a timeline's first entry: "March 2, 2016 - ..." /
         * "October 12, 2018 - ...") */
        return !(k < a->nz->nlines &&
                 date_first(ltext(a, i) + ls[i].skip, ls[i].len - ls[i].skip,
                            &hit) &&
                 date_first(ltext(a, k), ls[k].len, &hit));
    /* or the second paragraph's, under a standfirst that opens the text */
    return k < a->nz->nlines && !ls[k].skip &&
           dateline_at(a, ltext(a, k), ls[k].len, out);
}

#define YEARLESS_REACH 64 /* bytes of a dateline before its day */
#define YEARLESS_DAYS 62  /* days a date with no year may be before the crawl */

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A letter of a month's name: ASCII, or any byte of a multibyte one. */
static int name_byte(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1
                                                  : (unsigned char)c >= 0x80;
}

/* Does the place in capitals end right before s[k] ("MOSCOW", or in
 * brackets: "CASTELMOLA (MESSINA)")?  Three capitals or more. */
static int caps_place_before(const char *s, size_t k)
{
    size_t caps = 0;
    if (k > 0 && s[k - 1] == ')')
        k--;
    while (k > 0 && s[k - 1] >= 'A' && s[k - 1] <= 'Z')
        k--, caps++;
    return caps >= 3 && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(');
}

/* The day and month of a dateline that prints no year, at line s (n
 * bytes): a place in capitals, ", ", then "05 GEN" or "May 3", then a
 * dash and the text's capital ("(ANSA) - CASTELMOLA (MESSINA), 05 GEN -
 * Un'enorme ...", "MOSCOW, May 3 - The ..."; not "Vilnius, July 11 - 12",
 * a span of days); its date in iso, read in year y. */
static int yearless_at(const char *s, size_t n, int y, char iso[NN_DATE_MAX])
{
    size_t k, e, a0, a1, b0, w0, w1, d0, d1, t;
    char buf[64];
    for (k = 0; k + 2 < n && k < YEARLESS_REACH; k++) {
        if (s[k] != ',' || s[k + 1] != ' ' || !caps_place_before(s, k))
            continue;
        /* two words: the day and the month's name, in either order */
        for (a0 = e = k + 2; e < n && (digit(s[e]) || name_byte(s[e])); e++)
            ;
        a1 = e;
        if (e >= n || s[e++] != ' ')
            continue;
        for (b0 = e; e < n && (digit(s[e]) || name_byte(s[e])); e++)
            ;
        if (digit(s[a0])) /* 05 GEN */
            d0 = a0, d1 = a1, w0 = b0, w1 = e;
        else /* May 3 */
            w0 = a0, w1 = a1, d0 = b0, d1 = e;
        if (w1 - w0 < 3 || w1 - w0 > 24 || d1 == d0 || d1 - d0 > 2 ||
            !digit(s[d0]) || !digit(s[d1 - 1]) || !dash_after(s, n, e))
            continue;
        for (t = e; t < n && (s[t] == ' ' || s[t] == '.'); t++)
            ;
        t += s[t] == '-' ? 1 : 3; /* past the dash */
        while (t < n && s[t] == ' ')
            t++;
        if (t >= n || !nn_starts_upper(s + t, n - t))
            continue;
        snprintf(buf, sizeof buf, "%.*s %.*s %d", (int)(d1 - d0), s + d0,
                 (int)(w1 - w0), s + w0, y);
        return nn_date_parse(buf, strlen(buf), iso) == 0 && strlen(iso) == 10;
    }
    return 0;
}

/* Days since a fixed day, roughly (months of 31 days): for a distance of
 * a few weeks. */
static long rough_days(const char *iso)
{
    return atol(iso) * 372 + atol(iso + 5) * 31 + (iso[7] ? atol(iso + 8) : 31);
}

int nn_classify_yearless_dateline(const article *a, char out[NN_DATE_MAX])
{
    const line *l;
    size_t i;
    int y;
    char iso[NN_DATE_MAX];
    if (strlen(a->crawl) < 7 || (i = first_body_line(a)) == a->nz->nlines)
        return 0;
    l = &a->nz->lines[i];
    /* the year that puts the day on or before the crawl */
    for (y = atoi(a->crawl); y >= atoi(a->crawl) - 1; y--) {
        long dist;
        if (!yearless_at(ltext(a, i) + l->skip, l->len - l->skip, y, iso))
            return 0;
        if ((dist = rough_days(a->crawl) - rough_days(iso)) < 0)
            continue;
        if (dist > YEARLESS_DAYS)
            return 0;
        snprintf(out, NN_DATE_MAX, "%s", iso);
        return 1;
    }
    return 0;
}

#define LONE_DATE_MAX 60   /* bytes of a date line alone */
#define LONE_DATE_REACH 64 /* lines below it searched for another */

/* Is line i a date and little else? */
static int date_alone(const article *a, size_t i)
{
    return a->nz->lines[i].len <= LONE_DATE_MAX &&
           nn_date_mostly(ltext(a, i), a->nz->lines[i].len);
}

int nn_classify_lone_date(article *a, size_t i)
{
    size_t k;
    if (!date_alone(a, i))
        return 0;
    for (k = i + 1; k < a->nz->nlines && k <= i + LONE_DATE_REACH; k++)
        if (date_alone(a, k))
            return 0; /* another below: a site's clock over the page's
                         date line, or a timeline's first entry */
    remove_line(a, "date-line", i);
    /* its writer's name may stand beside the date ("22 сентября 2025 г.
     * 21:00 • Сергей Чупин", "Nicole Mari le Lundi 30 Décembre 2013") */
    if (a->headline != SIZE_MAX && i > a->headline)
        nn_byline_after_date(a, i);
    return 1;
}

/* A stamp with a year of two digits glued to the lead's day: "19.12.1416
 * декабря ..." is 19.12.14, then "16 декабря" (a day and a month's name:
 * not "07.09.1812 года", a year of four digits).  Read with four digits,
 * its year is not this century's or the last's ("05.03.2415 марта").
 * The stamp's length, its date in iso; 0 when there is none. */
static size_t short_year_stamp(const char *s, size_t n, char *iso)
{
    char d[64];
    size_t k = s[1] == '.' ? 1 : 2, e, w;
    if (n < 16 || !digit(s[k - 1]) || s[k] != '.' || !digit(s[k + 1]) ||
        !digit(s[k + 2]) || s[k + 3] != '.' || !digit(s[k + 4]) ||
        !digit(s[k + 5]) || !digit(s[k + 6]))
        return 0;
    e = k + 6 + digit(s[k + 7]); /* the day's last digit */
    if (s[e + 1] != ' ' || (digit(s[k + 7]) && (!memcmp(s + k + 4, "19", 2) ||
                                                !memcmp(s + k + 4, "20", 2))))
        return 0;
    /* the day and the next word, a month's name: "16 декабря 2014" */
    for (w = e + 2;
         w < n && w - e < 24 && s[w] != ' ' && s[w] != ',' && s[w] != '.'; w++)
        ;
    if (w == e + 2 || w - (k + 6) + 6 > sizeof d)
        return 0;
    if (nn_date_parse(d,
                      (size_t)snprintf(d, sizeof d, "%.*s 2000",
                                       (int)(w - (k + 6)), s + k + 6),
                      iso))
        return 0;
    /* the date with its century: this one's, or the last's from 70 on */
    memcpy(d, s, k + 4);
    d[k + 4] = s[k + 4] < '7' ? '2' : '1';
    d[k + 5] = s[k + 4] < '7' ? '0' : '9';
    memcpy(d + k + 6, s + k + 4, 2);
    return nn_date_parse(d, k + 8, iso) ? 0 : k + 6;
}

/* The date stamp s[0, e) glued to line i's text goes; its date, iso,
 * is the article's when it has none yet. */
static int cut_glued(article *a, size_t i, const char *s, size_t e,
                     const char *iso)
{
    if (!a->rec->date && nn_classify_plausible_date(a, iso))
        nn_record_set(&a->rec->date, iso, strlen(iso));
    log_removed(a, "glued-date", i, s, e);
    a->nz->lines[i].skip += e;
    return 1;
}

int nn_classify_glued_date(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i) + l->skip;
    size_t n = l->len - l->skip, e;
    nn_date_hit hit;
    if (n >= 16 && digit(s[0]) && (e = short_year_stamp(s, n, hit.iso)) != 0 &&
        nn_classify_plausible_date(a, hit.iso))
        return cut_glued(a, i, s, e, hit.iso);
    if (n < 24 || !digit(s[0]) || nn_date_find(s, 24, &hit, 1) != 1 ||
        hit.start != 0 || !hit.iso[0])
        return 0;
    e = hit.end;
    /* the time, "HH:MM", whose minutes run on into the text */
    if (s[e] == ' ')
        e++;
    if (!(e + 5 < n && s[e + 2] == ':' && s[e] >= '0' && s[e] <= '2' &&
          digit(s[e + 1]) && s[e + 3] >= '0' && s[e + 3] <= '5' &&
          digit(s[e + 4])))
        return 0;
    e += 5;
    if (s[e] == ' ' || !(digit(s[e]) || nn_starts_upper(s + e, n - e)))
        return 0; /* (a blank after it: a dateline the rules read) */
    return cut_glued(a, i, s, e, hit.iso);
}

/* ---- stage 3b: the date by evidence ---------------------------------- */

/* Does line i, a date line (40 bytes at most), stand right above the
 * headline, no line of text between? */
static int above_headline(const article *a, size_t i)
{
    size_t k;
    if (a->headline == SIZE_MAX || i >= a->headline || a->nz->lines[i].len > 40)
        return 0;
    for (k = i + 1; k < a->headline; k++)
        if (a->nz->lines[k].len)
            return 0;
    return 1;
}

#define DATE_HITS 8
#define PROSE_BEFORE 4 /* words in lower case before a date: a sentence's */

/* Is the date at byte at of line s inside a sentence ("Questo problema
 * si verifica, dal 3 dicembre 2024,"): PROSE_BEFORE words or more that
 * start in lower case before it?  A date line's words before its date
 * are a label or a weekday, a byline's a name.  (Only against a date in
 * the page's URL: many a page's one date is in such a line.) */
static int in_sentence(const char *s, size_t at)
{
    size_t i, lower = 0;
    for (i = 0; i < at; i++)
        if ((i == 0 || s[i - 1] == ' ') && nn_starts_lower(s + i, at - i) &&
            ++lower >= PROSE_BEFORE)
            return 1;
    return 0;
}

/* Where the lines that may give the date end: below the article, past
 * the line right under it (where a page prints the article's date:
 * "23.05.2019 17:24 / Hits: 124"; or under a credit and a reading time,
 * lines of three words or fewer with no date: "Фото Евгения Левина" /
 * "Около минуты" / "22 августа 2022"), a date is a teaser's or the
 * footer's, unless a label says it is the publication's.  *last: the
 * line past the article's last. */
static size_t dates_end(const article *a, size_t *last)
{
    const nn_normalizer *nz = a->nz;
    size_t end = nz->nlines, k;
    while (end > 0 && !nz->lines[end - 1].body)
        end--;
    if (end == 0)
        end = nz->nlines;
    *last = end;
    for (k = 0; k < 3 && end < nz->nlines; k++) {
        while (end < nz->nlines && !nz->lines[end].len)
            end++;
        if (end < nz->nlines)
            end++;
        if (nz->lines[end - 1].len > 40 ||
            blanks(ltext(a, end - 1), nz->lines[end - 1].len) > 2 ||
            nn_date_may_hold(ltext(a, end - 1), nz->lines[end - 1].len, 0))
            break; /* (not another story's headline, nor a date) */
    }
    return end;
}

#define UNGLUED_MAX 120 /* bytes of a line whose glued words are parted */

/* Line s (n bytes) with a blank put where a word in capitals touches a
 * digit after it and where a digit touches a capital after it
 * ("ACTUALIDAD02 de agosto de 2020TDF Isla Digital": the section, the
 * date and the writer of a post's header, their elements' text joined by
 * the scraper), into out (size UNGLUED_MAX * 2); its length, or 0 when
 * none was put.  after[k] is 1 where a blank was put after a digit.  (Not
 * after a lower-case letter: "issued12 March", "Windows11 June 2023",
 * "v3.1.2022", "Covid19 mars 2020" are a word and its number.) */
static size_t unglue(const char *s, size_t n, char *out, char *after)
{
    size_t i, o = 0, cuts = 0, caps = 0;
    for (i = 0; i < n && n <= UNGLUED_MAX; i++) {
        unsigned char c = (unsigned char)s[i],
                      p = i ? (unsigned char)s[i - 1] : 0;
        int digit = c >= '0' && c <= '9', pdigit = p >= '0' && p <= '9';
        int upper = c >= 'A' && c <= 'Z';
        if ((digit && caps >= 2) || (upper && pdigit)) {
            after[o] = (char)pdigit;
            out[o++] = ' ';
            cuts++;
        }
        caps = upper ? caps + 1 : 0; /* (capitals that run up to here) */
        after[o] = 0;
        out[o++] = (char)c;
    }
    return cuts && n <= UNGLUED_MAX ? o : 0;
}

/* Does line s (n bytes) open with the label of the article's last update
 * ("Updated 29 Apr 2023", "Aktualisiert am ...")?  Not a widget's or a
 * notice's ("London 12°C | Updated ...", "Our privacy policy was last
 * updated on ..."). */
static int update_line(const char *s, size_t n)
{
    static const char *const labels[] = {
        "Updated",      "UPDATED",     "Last updated", "Last Updated",
        "Aktualisiert", "Actualizado", "Actualizada",  "Atualizado",
        "Atualizada",   "Aggiornato",  "Modifié",      "Mis à jour",
        "Mise à jour",  "Diperbarui",  "Güncelleme",   "Güncellendi",
        "Обновлено",    NULL};
    return nn_opens_with(labels, s, n) != NULL;
}

/* No rule named the date: look for dates inside the lines that are not
 * article text (date lines, bylines, "23.05.2019 17:24 / Hits: 124").  A
 * date labelled as the publication's ("Published", "Posted on") wins;
 * else the first one at or below the headline, the last update's when
 * there is no other; one above it (a site clock, as often as not) is
 * kept as the weakest guess.  "3 hours ago" is a ticker, not a date. */
void nn_classify_dates(article *a)
{
    nn_normalizer *nz = a->nz;
    nn_record *rec = a->rec;
    size_t i, k, n, tl, end, last, near_at = 0;
    nn_date_hit hits[DATE_HITS];
    char unglued[UNGLUED_MAX * 2], after[UNGLUED_MAX * 2];
    const char *t;
    char near[NN_DATE_MAX] = "", updated[NN_DATE_MAX] = "";
    size_t updated_at = 0;
    int url_date;

    if (rec->date || a->plain)
        return;
    url_date = rec->url && nn_date_from_url(rec->url, near) == 0;
    near[0] = '\0';
    end = dates_end(a, &last);
    for (i = 0; i < nz->nlines; i++) {
        const line *l = &nz->lines[i];
        if (!l->len || l->body || nn_url_start(ltext(a, i), l->len))
            continue; /* the article's own dates are about its events; a
                         URL's path date is the last resort (finish()) */
        t = ltext(a, i);
        n = nn_date_find(t, l->len, hits, DATE_HITS);
        if (!n && (tl = unglue(t, l->len, unglued, after)) != 0) {
            /* (in the page's chrome only, and a date that ends where the
             * next part was glued to it: "2020TDF", "2011Spread the
             * love"; not a teaser's "issued12 March 2019") */
            t = unglued;
            n = nn_date_find(t, tl, hits, DATE_HITS);
            for (k = 0; k < n; k++)
                if (hits[k].end >= tl || !after[hits[k].end])
                    hits[k].iso[0] = '\0';
        }
        for (k = 0; k < n; k++) {
            const char *iso = hits[k].iso;
            if (!iso[0] || (hits[k].label & NN_DATE_LBL_TIME_AGO) ||
                !nn_classify_plausible_date(a, iso))
                continue;
            if (url_date && !(hits[k].label & NN_DATE_LBL_PUBLISHED) &&
                in_sentence(t, hits[k].start))
                continue; /* a date the text speaks of: the URL's wins */
            if ((hits[k].label & NN_DATE_LBL_PUBLISHED) &&
                !(hits[k].label & NN_DATE_LBL_UPDATED)) {
                nn_record_set(&rec->date, iso, strlen(iso));
                return;
            }
            if (a->headline != SIZE_MAX && i < a->headline &&
                !nn_classify_dateline_above(a, i)) {
                if (!a->early[0]) {
                    snprintf(a->early, sizeof a->early, "%s", iso);
                    a->early_at = i;
                }
            } else if (!near[0] && i < end &&
                       (!(hits[k].label & NN_DATE_LBL_UPDATED) ||
                        (hits[k].label & NN_DATE_LBL_PUBLISHED))) {
                /* "Posted/updated on: ...": the publication's date or
                 * the last update's, nearer than any other */
                snprintf(near, sizeof near, "%s", iso);
                near_at = i;
            } else if (!updated[0] && i < end &&
                       (a->headline == SIZE_MAX || i > a->headline) &&
                       update_line(t, l->len)) {
                snprintf(updated, sizeof updated, "%s", iso);
                updated_at = i;
            }
        }
    }
    /* only the last update's date under the headline ("Updated 29 Apr
     * 2023, 4:41 pm"): the article's, as the date-line rule reads it in
     * the head */
    if (!near[0] && updated[0]) {
        snprintf(near, sizeof near, "%s", updated);
        near_at = updated_at;
    }
    /* a date under the article (a credit's: "( Ouest-France du 20
     * octobre 2014)") is weaker than a date line right above the
     * headline, weekday and all (a blog's post date: "mercredi 22 octobre
     * 2014"; a site clock stands above the menu, not the headline) */
    if (near[0] && near_at >= last && a->early[0] &&
        above_headline(a, a->early_at)) {
        nn_record_extra(rec, "other_dates", near, strlen(near));
        return;
    }
    if (near[0])
        nn_record_set(&rec->date, near, strlen(near));
}
