/* date_calendar.c - calendars and digits for the date stage: the days of
 * a month, a date's validity, Solar Hijri dates converted to Gregorian
 * ones (the parser in date.c calls these), Persian and Arabic-Indic
 * digits copied as ASCII ones before a line is read (date.c, date_find.c),
 * and nn_date_from_url(): a date in a URL's path ("/2024/05/17/",
 * "-20240517-"), which classify.c reads beside the page's own. */
#include "date_int.h"

#include <string.h>

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

int nn_dt_valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in(y, m);
}

/* A Solar Hijri date (1300..1499) to the Gregorian calendar, in place;
 * 0 when it is no such date.  Day numbers from the calendar's arithmetic
 * (33-year cycles of 8 leap years), then the Gregorian date of the day. */
static long jalali_days(int y, int m, int d)
{
    long jy = y - 979;
    return 365 * jy + (jy / 33) * 8 + (jy % 33 + 3) / 4 + 79 + d - 1 +
           (m <= 7 ? (m - 1) * 31 : (m - 7) * 30 + 186);
}

int nn_dt_jalali_to_gregorian(struct when *w)
{
    static const int cum[] = {0,   31,  59,  90,  120, 151,
                              181, 212, 243, 273, 304, 334};
    long days, gy;
    int gm, leap;
    if (w->y < 1300 || w->y > 1499 || w->m < 1 || w->m > 12 || w->d < 1 ||
        w->d >
            (w->m <= 6   ? 31
             : w->m < 12 ? 30
                         : 29) +
                (w->m == 12 &&
                 jalali_days(w->y + 1, 1, 1) - jalali_days(w->y, 1, 1) == 366))
        return 0;
    /* days since 1 January 1600 */
    days = jalali_days(w->y, w->m, w->d);
    gy = 1600 + 400 * (days / 146097);
    days %= 146097;
    leap = 1;
    if (days >= 36525) {
        days--;
        gy += 100 * (days / 36524);
        days %= 36524;
        if (days >= 365)
            days++;
        else
            leap = 0;
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if (days >= 366) {
        leap = 0;
        days--;
        gy += days / 365;
        days %= 365;
    }
    for (gm = 11; gm > 0 && days < cum[gm] + (gm >= 2 && leap); gm--)
        ;
    w->d = (int)(days - cum[gm] - (gm >= 2 && leap)) + 1;
    w->m = gm + 1;
    w->y = (int)gy;
    w->jalali = 0;
    return 1;
}

int nn_dt_valid(const struct when *w)
{
    return nn_dt_valid_ymd(w->y, w->m, w->d) &&
           (!w->strict || (w->y >= 1990 && w->y <= 2100));
}

/* ---- Persian and Arabic-Indic digits ------------------------------------- */
/* Dates written with ۱۳۹۸ or ١٤٤١ are read from a copy with ASCII digits
 * (lines up to EASTERN_MAX bytes: a date line, not a long paragraph). */

/* The value of the Persian (U+06F0..) or Arabic-Indic (U+0660..) digit
 * at p, or -1. */
static int eastern_digit(const unsigned char *p, size_t n)
{
    if (n >= 2 && p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9)
        return p[1] - 0xB0;
    if (n >= 2 && p[0] == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xA9)
        return p[1] - 0xA0;
    return -1;
}

/* Copy s[0..len) to out with such digits as ASCII ones; map[k] is where
 * out[k] came from (map[result] = len).  0 when there is none to copy. */
size_t nn_dt_latin_digits(const char *s, size_t len, char *out, size_t *map)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0, found = 0;
    if (len > EASTERN_MAX)
        return 0;
    while (i < len) {
        int v = eastern_digit(u + i, len - i);
        map[o] = i;
        if (v >= 0) {
            out[o++] = (char)('0' + v);
            i += 2;
            found = 1;
        } else {
            out[o++] = s[i++];
        }
    }
    map[o] = len;
    return found ? o : 0;
}

/* Digits s[i..i+n) as a number, when they are all digits. */
static long digits_at(const char *s, size_t i, size_t n)
{
    long v = 0;
    size_t k;
    for (k = 0; k < n; k++) {
        if (!is_digit(s[i + k]))
            return -1;
        v = v * 10 + (s[i + k] - '0');
    }
    return v;
}

/* A date a URL's path segment spells in a slug: "-2021-09-11-",
 * "-20181223-" (digits standing alone).  Not a ten-digit number that
 * could be a Unix time ("...-conductrice-1551294063"): as often it is a
 * page id ("...-crap-you-don-t-1690268064", a 2015 post, would read
 * 2023-07-25). */
static int slug_date(const char *seg, size_t n, struct when *w)
{
    size_t i;
    for (i = 0; i + 8 <= n; i++) {
        long v;
        if (i && is_digit(seg[i - 1]))
            continue;
        if (i + 10 <= n && seg[i + 4] == '-' && seg[i + 7] == '-' &&
            (i + 10 == n || !is_digit(seg[i + 10])) &&
            (w->y = (int)digits_at(seg, i, 4)) > 0 &&
            (w->m = (int)digits_at(seg, i + 5, 2)) > 0 &&
            (w->d = (int)digits_at(seg, i + 8, 2)) > 0 &&
            nn_dt_valid_ymd(w->y, w->m, w->d))
            return 1;
        if ((i + 8 == n || !is_digit(seg[i + 8])) &&
            (v = digits_at(seg, i, 8)) >= 19900101 && v <= 20991231) {
            w->y = (int)(v / 10000), w->m = (int)(v / 100 % 100);
            w->d = (int)(v % 100);
            if (nn_dt_valid_ymd(w->y, w->m, w->d))
                return 1;
        }
    }
    return 0;
}

#define URL_SEGMENTS 32

int nn_date_from_url(const char *url, char out[NN_DATE_MAX])
{
    const char *p = strstr(url, "://"), *seg[URL_SEGMENTS];
    size_t len[URL_SEGMENTS], n = 0;
    struct when w;
    p = p ? strchr(p + 3, '/') : NULL;
    for (; p && *p; p = strchr(p + 1, '/')) {
        cur c = {p + 1, p + strlen(p)};
        if (n < URL_SEGMENTS) { /* the path's segments, for below */
            seg[n] = p + 1;
            len[n++] = strcspn(p + 1, "/?#");
        }
        memset(&w, 0, sizeof w);
        w.hh = -1;
        /* /2025/04/08/ */
        if ((w.y = nn_dt_read_num(&c, 4, 4)) < 0 || c.s >= c.end || *c.s != '/')
            continue;
        c.s++;
        /* /2021/12/17/, /2021/december/17/, /2021/8/26/ */
        if (((w.m = nn_dt_read_num(&c, 1, 2)) < 0 &&
             (w.m = nn_dt_read_month(&c, &w)) == 0) ||
            c.s >= c.end || *c.s != '/' || w.jalali)
            continue;
        c.s++;
        if ((w.d = nn_dt_read_num(&c, 1, 2)) < 0 ||
            (c.s < c.end && *c.s != '/'))
            continue;
        if (nn_dt_valid_ymd(w.y, w.m, w.d))
            return nn_dt_format(&w, out);
    }
    /* else a segment that spells one, the last (the slug) first */
    while (n-- > 0) {
        memset(&w, 0, sizeof w);
        w.hh = -1;
        if (slug_date(seg[n], len[n], &w))
            return nn_dt_format(&w, out);
    }
    return -1;
}
