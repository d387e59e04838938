/* date.c - publication dates to ISO 8601.
 *
 * nn_date_parse() takes a whole string (case-insensitive, surrounding white
 * space ignored):
 *   2025-04-08, 2025-04-08T10:31[:SS][Z|+03:00], 2025/04/08, 2025.04.08,
 *   08.04.2025
 *   April 8, 2025; April 08, 2025; Apr. 8, 2025; Sept. 3, 2025; Apr 8 2025
 *   8 April 2025; 8 Apr. 2025; 8 April, 2025
 * and, with years 1990..2100 only:
 *   21/10/2019    day first, the usual order outside the US; month first
 *                 (07/27/2016) only when the second number cannot be a
 *                 month.  When both can (03/04/2019), it is read day first.
 *   18-07-2025    always day first (10-21-2019 is not a date)
 *   07 December 09:51 2018   (the time between the month and the year)
 *   month names in Russian, Turkish, Spanish, Portuguese, French, German,
 *   Italian and Indonesian: "21 октября 2019 г.", "21 Ekim 2019",
 *   "21 de octubre de 2019", "21 de outubro de 2019", "21 octobre 2019",
 *   "21. Oktober 2019", "21 ottobre 2019", "21 Oktober 2019";
 *   in Arabic ("25 نوفمبر 2019", the Levant's "3 آذار 2020") and Persian
 *   ("25 نوامبر 2019"); and Solar Hijri dates, converted to the Gregorian
 *   calendar: "4 آذر 1398" and "1398/09/04" are 2019-11-25.  Persian and
 *   Arabic-Indic digits (۱۳۹۸, ٢٠١٩) read as ASCII ones.
 * each optionally after a weekday (English, or one of those languages:
 * "Tuesday, ", "Tue ", "Montag, ", "Pazartesi "), and optionally followed
 * by a time: ", 10:31 pm CST", " at 10:31", " 22:31 GMT+3", "T10:31:00Z",
 * " — 20:21" (em or en dash), " | 05:59", " - 21:31",
 * " 14:51 (UTC +04:00)", " (GMT+3)", " à 14h51", " um 14:51 Uhr",
 * " в 14:51".  A time is kept only when the input gives one, without an
 * offset when it names no zone; a zone becomes a numeric offset.  Anything
 * else left over makes it not a date.
 *
 * nn_date_find() finds dates inside a line (see date.h): it tries the
 * same parser, greedily, at the starts a date can have (date_find.c).
 * This file is the parser; the names it reads are in date_words.c, the
 * calendars in date_calendar.c (the stage's order: date_int.h). */
#include "date.h"
#include "date_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- times and zones ----------------------------------------------------- */

/* Zone abbreviations with an unambiguous offset, in minutes. */
static const struct {
    const char *name;
    int minutes;
} zones[] = {
    {"utc", 0},    {"gmt", 0},    {"z", 0},      {"msk", 180},  {"est", -300},
    {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
    {"pst", -480}, {"pdt", -420}, {"bst", 60},   {"cet", 60},   {"cest", 120},
    {"eet", 120},  {"eest", 180}, {"trt", 180},  {"azt", 240},  {"gst", 240},
    {"мск", 180},  {"wet", 0},    {"west", 60},  {"eat", 180},  {"wat", 60},
    {"sast", 120}, {"pkt", 300},  {"wib", 420},  {"wita", 480}, {"hkt", 480},
    {"sgt", 480},  {"jst", 540},  {"kst", 540},  {"aest", 600}, {"aedt", 660},
    {"irst", 210},
};

/* Words between a date and its time ("at 10:31", "à 14h51", "a las",
 * "um", "alle ore", "в", "saat", "pukul"). */
static const char *const connectors[] = {"at",   "à",     "às",   "a",   "las",
                                         "la",   "um",    "alle", "ore", "в",
                                         "saat", "pukul", "jam",  "om",  NULL};

/* "+03:00", "+0300", "+3", "-05" after GMT/UTC or alone. */
static int read_offset(cur *c, int *minutes)
{
    int sign, h, m = 0;
    const char *save = c->s;
    if (c->s >= c->end || (*c->s != '+' && *c->s != '-'))
        return 0;
    sign = *c->s == '-' ? -1 : 1;
    c->s++;
    if (c->end - c->s >= 4 && is_digit(c->s[0]) && is_digit(c->s[1]) &&
        is_digit(c->s[2]) && is_digit(c->s[3])) { /* +0300: basic format */
        h = (c->s[0] - '0') * 10 + (c->s[1] - '0');
        m = (c->s[2] - '0') * 10 + (c->s[3] - '0');
        c->s += 4;
        if (h > 14 || m > 59 || (c->s < c->end && is_digit(*c->s)))
            goto fail;
        *minutes = sign * (h * 60 + m);
        return 1;
    }
    if ((h = nn_dt_read_num(c, 1, 2)) < 0 || h > 14)
        goto fail;
    if (c->s < c->end && *c->s == ':')
        c->s++;
    if (c->s < c->end && is_digit(*c->s)) {
        if ((m = nn_dt_read_num(c, 2, 2)) < 0 || m > 59)
            goto fail;
    }
    *minutes = sign * (h * 60 + m);
    return 1;
fail:
    c->s = save;
    return 0;
}

/* A zone at c->s (no white space skipped): an offset, or a name with an
 * optional offset ("GMT+3", and "UTC +04:00" with a space). */
static int zone_at(cur *c, struct when *w)
{
    char buf[WORD_MAX];
    size_t n, k;
    int off;
    if (read_offset(c, &off)) {
        w->has_zone = 1;
        w->zone = off;
        return 1;
    }
    n = nn_dt_peek_word(c, buf);
    if (!n)
        return 0;
    for (k = 0; k < NN_COUNT(zones); k++)
        if (!strcmp(buf, zones[k].name)) {
            cur t;
            c->s += n;
            w->has_zone = 1;
            w->zone = zones[k].minutes;
            t = *c;
            skip_space(&t);
            if (read_offset(&t, &off)) { /* GMT+3, UTC +04:00 */
                w->zone += off;
                *c = t;
            }
            return 1;
        }
    return 0;
}

static void read_zone(cur *c, struct when *w)
{
    skip_space(c);
    if (c->s < c->end && *c->s == '(') { /* (UTC +04:00), (GMT+3) */
        cur t = {c->s + 1, c->end};
        struct when tw = *w;
        skip_space(&t);
        if (zone_at(&t, &tw)) {
            skip_space(&t);
            if (t.s < t.end && *t.s == ')') {
                c->s = t.s + 1;
                *w = tw;
            }
        }
        return;
    }
    zone_at(c, w);
}

/* An optional time after the date.  Returns 0 when what follows is not a
 * time (the caller then fails unless nothing follows). */
static int read_time(cur *c, struct when *w)
{
    int h, m, s = -1, k, pm;
    size_t n;

    nn_dt_skip_sep(c, ",|-T");
    if ((n = nn_dt_dash_len(c->s, c->end)) != 0) { /* "— 20:21" */
        c->s += n;
        skip_space(c);
    }
    for (k = 0; k < 2 && nn_dt_take_word(c, connectors); k++) /* "a las" */
        skip_space(c);
    /* "10:31", "19.45" as British papers write it, "14h51" as French */
    if ((h = nn_dt_read_num(c, 1, 2)) < 0 || c->s >= c->end)
        return 0;
    if (*c->s == 'h' && c->end - c->s >= 3 && is_digit(c->s[1]) &&
        is_digit(c->s[2]))
        ; /* 14h51 */
    else if (*c->s != ':' && *c->s != '.')
        return 0;
    c->s++;
    if ((m = nn_dt_read_num(c, 2, 2)) < 0 || m > 59)
        return 0;
    if (c->s < c->end && *c->s == ':') {
        c->s++;
        if ((s = nn_dt_read_num(c, 2, 2)) < 0 || s > 60)
            return 0;
        if (c->s < c->end && *c->s == '.') { /* fractions: dropped */
            c->s++;
            while (c->s < c->end && is_digit(*c->s))
                c->s++;
        }
    }
    skip_space(c);
    if (c->s + 1 < c->end && (c->s[0] == 'a' || c->s[0] == 'A' ||
                              c->s[0] == 'p' || c->s[0] == 'P')) {
        const char *p = c->s + 1;
        pm = c->s[0] == 'p' || c->s[0] == 'P';
        if (*p == '.')
            p++;
        if (p < c->end && (*p == 'm' || *p == 'M')) {
            p++;
            if (p < c->end && *p == '.')
                p++;
            if (h < 1 || h > 12)
                return 0;
            h = h % 12 + (pm ? 12 : 0);
            c->s = p;
        }
    }
    /* "04:20 م", "09:15 ص": Arabic's letters for after and before noon,
     * each a word of its own */
    pm = c->end - c->s >= 2 && !memcmp(c->s, "\xD9\x85", 2);            /* م */
    if ((pm || (c->end - c->s >= 2 && !memcmp(c->s, "\xD8\xB5", 2))) && /* ص */
        (c->end - c->s == 2 || (unsigned char)c->s[2] < 0x80)) {
        if (h >= 1 && h <= 12) /* (a 24-hour time keeps its hour) */
            h = h % 12 + (pm ? 12 : 0);
        c->s += 2;
    }
    if (h > 23)
        return 0;
    if (nn_dt_word_len(c) == 3 && !strncasecmp(c->s, "uhr", 3)) /* 14:51 Uhr */
        c->s += 3;
    w->hh = h;
    w->mm = m;
    w->ss = s;
    read_zone(c, w);
    return 1;
}

int nn_dt_format(const struct when *w, char out[NN_DATE_MAX])
{
    int n = snprintf(out, NN_DATE_MAX, "%04d-%02d-%02d", w->y, w->m, w->d);
    if (w->hh >= 0) {
        n += snprintf(out + n, (size_t)(NN_DATE_MAX - n), "T%02d:%02d", w->hh,
                      w->mm);
        if (w->ss >= 0)
            n += snprintf(out + n, (size_t)(NN_DATE_MAX - n), ":%02d", w->ss);
        if (w->has_zone) {
            int z = w->zone < 0 ? -w->zone : w->zone;
            snprintf(out + n, (size_t)(NN_DATE_MAX - n), "%c%02d:%02d",
                     w->zone < 0 ? '-' : '+', z / 60, z % 60);
        }
    }
    return 0;
}

/* ---- dates ---------------------------------------------------------------- */
static const char *const de_words[] = {"de", "del", NULL};
static const char *const year_words[] = {"г", "года", NULL};

/* After "8 April": the year, or a time and then the year. */
static int read_year(cur *c, struct when *w)
{
    cur t = *c;
    struct when tw;
    if ((w->y = nn_dt_read_num(&t, 4, 4)) >= 0) {
        *c = t;
        skip_space(&t); /* "2019 г.", "2019 года" */
        if (nn_dt_take_word(&t, year_words)) {
            if (t.s < t.end && *t.s == '.')
                t.s++;
            *c = t;
        }
        return 1;
    }
    t = *c; /* 07 December 09:51 2018 */
    tw = *w;
    if (!read_time(&t, &tw))
        return 0;
    skip_space(&t);
    if ((tw.y = nn_dt_read_num(&t, 4, 4)) < 0)
        return 0;
    tw.strict = tw.tin = 1;
    *c = t;
    *w = tw;
    return 1;
}

/* Does c start with the UTF-8 of one of the two marks (a CJK unit:
 * "年" or "년")?  It is passed over, and white space after it. */
static int unit(cur *c, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if ((size_t)(c->end - c->s) >= la && !memcmp(c->s, a, la))
        c->s += la;
    else if ((size_t)(c->end - c->s) >= lb && !memcmp(c->s, b, lb))
        c->s += lb;
    else
        return 0;
    skip_space(c);
    return 1;
}

/* After a year y of four digits: "2015年4月27日" (Chinese, Japanese),
 * "2019년 4월 12일" (Korean), "2012. április 24." (Hungarian), "2020 m.
 * vasario 4 d." and "2020 Vasaris 4" (Lithuanian). */
static int year_first(cur *c, struct when *w, int y)
{
    cur t = *c;
    if (unit(&t, "\xE5\xB9\xB4", "\xEB\x85\x84")) { /* 年 년 */
        if ((w->m = nn_dt_read_num(&t, 1, 2)) < 0 ||
            !unit(&t, "\xE6\x9C\x88", "\xEC\x9B\x94") || /* 月 월 */
            (w->d = nn_dt_read_num(&t, 1, 2)) < 0)
            return 0;
        (void)unit(&t, "\xE6\x97\xA5", "\xEC\x9D\xBC"); /* 日 일 */
    } else {
        if (t.s < t.end && *t.s == '.')
            t.s++;
        skip_space(&t);
        if (t.end - t.s >= 3 && !memcmp(t.s, "m. ", 3))
            t.s += 3; /* Lithuanian "metai" */
        if ((w->m = nn_dt_read_month(&t, w)) == 0)
            return 0;
        skip_space(&t);
        if ((w->d = nn_dt_read_num(&t, 1, 2)) < 0)
            return 0;
        if (t.s < t.end && *t.s == '.')
            t.s++;
        else if (t.end - t.s >= 3 && !memcmp(t.s, " d.", 3))
            t.s += 3; /* "diena" */
    }
    w->y = y;
    w->strict = 1;
    *c = t;
    return 1;
}

/* Portuguese's "ago", "set" and "out" (August, September, October) are
 * English words: months only between a day and a year ("11 AGO 2025"). */
static int pt_short_month(cur *c, struct when *w)
{
    static const char *const names[] = {"ago", "set", "out"};
    char buf[WORD_MAX];
    size_t n = nn_dt_peek_word(c, buf), k;
    const char *p = c->s + n;
    if (!n || c->end - p < 5 || *p != ' ' || !is_digit(p[1]) ||
        !is_digit(p[2]) || !is_digit(p[3]) || !is_digit(p[4]) ||
        (c->end - p > 5 && is_digit(p[5])))
        return 0;
    for (k = 0; k < 3; k++)
        if (!strcmp(buf, names[k])) {
            c->s += n;
            w->strict = 1;
            return (int)k + 8;
        }
    return 0;
}

/* A year of two digits after "24/09/": only with a time after it
 * ("24/09/25 - 09:43 pm", "24.09.25 10:15"), as news sites print their
 * stamps; alone, "24/09/25" may be a score or a fraction.  The year is
 * this century's, or the last's from 70 on. */
static int short_year(cur *c)
{
    cur t = *c;
    struct when tw;
    int y;
    if ((y = nn_dt_read_num(&t, 2, 2)) < 0 || (t.s < t.end && is_digit(*t.s)))
        return -1;
    memset(&tw, 0, sizeof tw);
    skip_space(&t);
    if (!read_time(&t, &tw))
        return -1;
    c->s += 2;
    return y < 70 ? 2000 + y : 1900 + y;
}

/* The year after "24/09/": four digits, or two before a time. */
static int year4_or_short(cur *c)
{
    cur t = *c;
    int y = nn_dt_read_num(&t, 4, 4);
    if (y >= 0) {
        *c = t;
        return y;
    }
    return short_year(c);
}

/* The date proper, in one of the accepted orders, in its own calendar. */
static int read_date_as_written(cur *c, struct when *w)
{
    const char *save = c->s;
    int a, b, y;

    if ((w->m = nn_dt_read_month(c, w)) != 0) { /* April 8, 2025 */
        skip_space(c);
        if ((w->d = nn_dt_read_num(c, 1, 2)) < 0)
            return 0;
        if (c->end - c->s >= 2 && is_alpha(c->s[0])) /* 8th */
            c->s += 2;
        nn_dt_skip_sep(c, ",");
        return (w->y = nn_dt_read_num(c, 4, 4)) >= 0;
    }
    if ((a = nn_dt_read_num(c, 1, 4)) < 0)
        return 0;
    if (c->s - save == 4 && c->s + 1 < c->end &&
        (*c->s == '-' || *c->s == '/' || *c->s == '.') && is_digit(c->s[1])) {
        char sep = *c->s++; /* 2025-04-08, 2025/04/08, 2025.04.08 */
        w->y = a;
        if ((w->m = nn_dt_read_num(c, 2, 2)) < 0 || c->s >= c->end ||
            *c->s != sep)
            return 0;
        c->s++;
        /* 1398/09/04: a year of the Solar Hijri calendar */
        w->jalali = sep == '/' && a >= 1300 && a <= 1499;
        return (w->d = nn_dt_read_num(c, 2, 2)) >= 0;
    }
    if (c->s - save == 4)
        return year_first(c, w, a);
    if (c->s - save > 2)
        return 0;
    if (c->s < c->end && *c->s == '.' && c->s + 1 < c->end &&
        is_digit(c->s[1])) { /* 08.04.2025 */
        c->s++;
        if ((b = nn_dt_read_num(c, 1, 2)) < 0 || c->s >= c->end || *c->s != '.')
            return 0;
        c->s++;
        if ((y = year4_or_short(c)) < 0)
            return 0;
        w->d = a, w->m = b, w->y = y;
        return 1;
    }
    if (c->s < c->end && (*c->s == '/' || *c->s == '-') && c->s + 1 < c->end &&
        (is_alpha(c->s[1]) || (unsigned char)c->s[1] >= 0x80)) {
        /* 10/JUN/2015, 10-Jun-2015, 30/أغسطس/2017 */
        char sep = *c->s++;
        if ((w->m = nn_dt_read_month(c, w)) == 0 || c->s >= c->end ||
            *c->s != sep)
            return 0;
        c->s++;
        w->d = a;
        w->strict = 1;
        return (w->y = nn_dt_read_num(c, 4, 4)) >= 0;
    }
    if (c->s < c->end && (*c->s == '/' || *c->s == '-') && c->s + 1 < c->end &&
        is_digit(c->s[1])) { /* 21/10/2019, 18-07-2025 */
        char sep = *c->s++;
        if ((b = nn_dt_read_num(c, 1, 2)) < 0 || c->s >= c->end || *c->s != sep)
            return 0;
        c->s++;
        if ((y = year4_or_short(c)) < 0)
            return 0;
        w->strict = 1;
        if (sep == '/' && a <= 12 && b > 12) /* 07/27/2016: US order */
            w->m = a, w->d = b;
        else
            w->d = a, w->m = b;
        w->y = y;
        return 1;
    }
    if (c->end - c->s >= 3 && c->s[0] == '.' && c->s[1] == ' ' &&
        is_digit(c->s[2])) { /* 7. 08. 2013: spaced, the year in full */
        cur t = {c->s + 2, c->end};
        if ((b = nn_dt_read_num(&t, 1, 2)) >= 0 && t.end - t.s >= 6 &&
            t.s[0] == '.' && t.s[1] == ' ') {
            t.s += 2;
            if ((y = nn_dt_read_num(&t, 4, 4)) >= 0) {
                *c = t;
                w->d = a, w->m = b, w->y = y;
                w->strict = 1;
                return 1;
            }
        }
    }
    if (c->s < c->end && *c->s == '.') { /* 21. Oktober 2019 */
        c->s++;
        w->strict = 1;
    } else if (c->end - c->s >= 2 && is_alpha(c->s[0]) && is_alpha(c->s[1]) &&
               !nn_dt_read_month(&(cur){c->s, c->end}, NULL)) { /* 8th April */
        c->s += 2;
    }
    skip_space(c);
    if (nn_dt_take_word(c, de_words)) { /* 21 de octubre */
        skip_space(c);
        w->strict = 1;
    }
    if ((w->m = nn_dt_read_month(c, w)) == 0 && /* 8 April 2025 */
        (w->m = pt_short_month(c, w)) == 0)
        return 0;
    nn_dt_skip_sep(c, ",");
    if (nn_dt_take_word(c, de_words)) { /* de 2019 */
        skip_space(c);
        w->strict = 1;
    }
    w->d = a;
    return read_year(c, w);
}

/* The date proper, in the Gregorian calendar. */
static int read_date(cur *c, struct when *w)
{
    return read_date_as_written(c, w) &&
           (!w->jalali || nn_dt_jalali_to_gregorian(w));
}

/* After a date: a weekday that follows it ("21 Kasım 2019 Perşembe"). */
static const char *weekday_after(const char *e, const char *end)
{
    cur t = {e, end};
    nn_dt_skip_sep(&t, ",");
    return t.s > e && nn_dt_take_weekday(&t) ? t.s : e;
}

/* The longest date at c.s: fills w and returns where it ends (white space
 * after a zone may be included), or NULL.  *date_end is where the date
 * proper ends, before a time that follows it. */
const char *nn_dt_scan(cur c, struct when *w, const char **date_end)
{
    memset(w, 0, sizeof *w);
    w->hh = -1;
    skip_space(&c);
    /* "4:12 PM CDT April 27, 2024": the time first (TV stations' sites) */
    if (c.s < c.end && is_digit(*c.s)) {
        cur t = c;
        struct when tw = *w;
        if (read_time(&t, &tw) && t.s < t.end && is_space(*t.s)) {
            skip_space(&t);
            nn_dt_skip_weekday(&t);
            if (read_date(&t, &tw) && !tw.tin && nn_dt_valid(&tw)) {
                *w = tw;
                return *date_end = t.s;
            }
        }
    }
    nn_dt_skip_weekday(&c);
    if (!read_date(&c, w) || !nn_dt_valid(w))
        return NULL;
    *date_end = c.s;
    if (w->tin) { /* 07 December 09:51 2018 GMT */
        cur t = c;
        struct when tw = *w;
        read_zone(&t, &tw);
        if (tw.has_zone) {
            *w = tw;
            return weekday_after(t.s, t.end);
        }
    } else {
        cur t = c;
        struct when tw = *w;
        if (read_time(&t, &tw)) {
            *w = tw;
            return weekday_after(t.s, t.end);
        }
        /* or the time after a weekday that follows the date ("17 Eylül
         * 2015 Perşembe - 11:25") */
        t.s = weekday_after(c.s, c.end);
        if (t.s != c.s) {
            const char *day_end = t.s;
            tw = *w;
            if (read_time(&t, &tw)) {
                *w = tw;
                return t.s;
            }
            return day_end;
        }
    }
    return weekday_after(c.s, c.end);
}

int nn_date_parse(const char *s, size_t len, char out[NN_DATE_MAX])
{
    struct when w;
    const char *date_end, *e;
    char buf[EASTERN_MAX];
    size_t map[EASTERN_MAX + 1], m;
    if ((memchr(s, 0xDB, len) || memchr(s, 0xD9, len)) &&
        (m = nn_dt_latin_digits(s, len, buf, map)) != 0)
        s = buf, len = m;
    e = nn_dt_scan((cur){s, s + len}, &w, &date_end);
    if (!e)
        return -1;
    while (e < s + len && (is_space(*e) || *e == '.'))
        e++;
    if (e != s + len)
        return -1;
    return nn_dt_format(&w, out);
}

int nn_date_parse_dmy8(const char *s, size_t len, char out[NN_DATE_MAX])
{
    struct when w;
    size_t i;
    if (len != 8)
        return -1;
    for (i = 0; i < 8; i++)
        if (!is_digit(s[i]))
            return -1;
    memset(&w, 0, sizeof w);
    w.hh = -1;
    w.d = (s[0] - '0') * 10 + (s[1] - '0');
    w.m = (s[2] - '0') * 10 + (s[3] - '0');
    w.y = (s[4] - '0') * 1000 + (s[5] - '0') * 100 + (s[6] - '0') * 10 +
          (s[7] - '0');
    if (!nn_dt_valid_ymd(w.y, w.m, w.d))
        return -1;
    return nn_dt_format(&w, out);
}

int nn_date_mostly(const char *s, size_t len)
{
    nn_date_hit h[2];
    size_t c, k, covered = 0;
    if (!len || !nn_date_may_hold(s, len, 0))
        return 0;
    c = nn_date_find(s, len, h, 2);
    for (k = 0; k < c; k++)
        if (h[k].iso[0])
            covered += h[k].end - h[k].start;
    return covered * 2 >= len;
}

int nn_date_kicker_line(const char *s, size_t n)
{
    nn_date_hit hit;
    size_t i;
    while (n && s[n - 1] == ' ')
        n--;
    if (!nn_date_may_hold(s, n, 0) || nn_date_find(s, n, &hit, 1) != 1 ||
        !hit.iso[0] || hit.end < n || hit.start < 3)
        return 0;
    for (i = hit.start;
         i > 0 && (s[i - 1] == ' ' || strchr("|:/-,", s[i - 1]) ||
                   (unsigned char)s[i - 1] >= 0x80);
         i--)
        ; /* the separator: a bar, a dash, a middle dot, a bullet, a comma */
    if (i == hit.start || i == 0)
        return 0;
    if (nn_date_names_weekday(s, n)) { /* "São Paulo, segunda-feira, 14 de
                                          abril de 1997": a place, a day */
        size_t k, blanks = 0;
        for (k = 0; k < i; k++)
            blanks += s[k] == ' ';
        return blanks <= 2;
    }
    return s[i - 1] != ',' && !memchr(s, ' ', i); /* one word before it */
}
