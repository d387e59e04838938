/* date.c - publication dates to ISO 8601.
 *
 * Accepted (case-insensitive, surrounding white space ignored):
 *   2025-04-08, 2025-04-08T10:31[:SS][Z|+03:00], 2025/04/08, 08.04.2025
 *   April 8, 2025; April 08, 2025; Apr. 8, 2025; Sept. 3, 2025; Apr 8 2025
 *   8 April 2025; 8 Apr. 2025; 8 April, 2025
 * each optionally after a weekday ("Tuesday, ", "Tue "), and optionally
 * followed by a time: ", 10:31 pm CST", " at 10:31", " 22:31 GMT+3",
 * "T10:31:00Z".  A time is kept only when the input gives one; a zone
 * becomes a numeric offset.  Anything else left over makes it not a date. */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct cur {
    const char *s, *end;
} cur;

static const char *const months[12][3] = {
    {"january", "jan", NULL},   {"february", "feb", NULL},
    {"march", "mar", NULL},     {"april", "apr", NULL},
    {"may", NULL, NULL},        {"june", "jun", NULL},
    {"july", "jul", NULL},      {"august", "aug", NULL},
    {"september", "sept", "sep"}, {"october", "oct", NULL},
    {"november", "nov", NULL},  {"december", "dec", NULL},
};

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", NULL};

/* Zone abbreviations with an unambiguous offset, in minutes. */
static const struct {
    const char *name;
    int minutes;
} zones[] = {
    {"utc", 0},     {"gmt", 0},     {"z", 0},       {"msk", 180},
    {"est", -300},  {"edt", -240},  {"cst", -360},  {"cdt", -300},
    {"mst", -420},  {"mdt", -360},  {"pst", -480},  {"pdt", -420},
    {"bst", 60},    {"cet", 60},    {"cest", 120},  {"eet", 120},
    {"eest", 180},  {"trt", 180},   {"azt", 240},   {"gst", 240},
};

static int is_space(char c)
{
    return c == ' ' || c == '\t';
}

static void skip_space(cur *c)
{
    while (c->s < c->end && is_space(*c->s))
        c->s++;
}

/* Skip white space and at most one of the separators in `seps`. */
static void skip_sep(cur *c, const char *seps)
{
    skip_space(c);
    if (c->s < c->end && strchr(seps, *c->s)) {
        c->s++;
        skip_space(c);
    }
}

static int is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* Read a run of 1..max digits; -1 when there is none. */
static int read_num(cur *c, int min, int max)
{
    int v = 0, n = 0;
    while (c->s < c->end && is_digit(*c->s) && n < max) {
        v = v * 10 + (*c->s - '0');
        c->s++;
        n++;
    }
    if (n < min || (c->s < c->end && is_digit(*c->s)))
        return -1;
    return v;
}

static size_t word_len(const cur *c)
{
    const char *p = c->s;
    while (p < c->end && is_alpha(*p))
        p++;
    return (size_t)(p - c->s);
}

/* A month name or abbreviation (with an optional '.'): 1..12, else 0. */
static int read_month(cur *c)
{
    size_t n = word_len(c);
    int m, k;
    for (m = 0; m < 12; m++)
        for (k = 0; k < 3 && months[m][k]; k++)
            if (strlen(months[m][k]) == n &&
                !strncasecmp(c->s, months[m][k], n)) {
                c->s += n;
                if (c->s < c->end && *c->s == '.')
                    c->s++;
                return m + 1;
            }
    return 0;
}

static void skip_weekday(cur *c)
{
    size_t n = word_len(c);
    int k;
    for (k = 0; weekdays[k]; k++)
        if (strlen(weekdays[k]) == n && !strncasecmp(c->s, weekdays[k], n)) {
            c->s += n;
            if (c->s < c->end && *c->s == '.')
                c->s++;
            skip_sep(c, ",");
            return;
        }
}

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in(y, m);
}

struct when {
    int y, m, d;
    int hh, mm, ss; /* hh < 0: no time */
    int has_zone, zone; /* zone offset in minutes */
};

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
    if ((h = read_num(c, 1, 2)) < 0 || h > 14)
        goto fail;
    if (c->s < c->end && *c->s == ':')
        c->s++;
    if (c->s < c->end && is_digit(*c->s)) {
        if ((m = read_num(c, 2, 2)) < 0 || m > 59)
            goto fail;
    }
    *minutes = sign * (h * 60 + m);
    return 1;
fail:
    c->s = save;
    return 0;
}

static void read_zone(cur *c, struct when *w)
{
    size_t n, k;
    int off;
    skip_space(c);
    if (read_offset(c, &off)) {
        w->has_zone = 1;
        w->zone = off;
        return;
    }
    n = word_len(c);
    for (k = 0; k < NN_COUNT(zones); k++)
        if (strlen(zones[k].name) == n && !strncasecmp(c->s, zones[k].name, n)) {
            c->s += n;
            w->has_zone = 1;
            w->zone = zones[k].minutes;
            if (read_offset(c, &off)) /* GMT+3 */
                w->zone += off;
            return;
        }
}

/* An optional time after the date.  Returns 0 when what follows is not a
 * time (the caller then fails unless nothing follows). */
static int read_time(cur *c, struct when *w)
{
    int h, m, s = -1;
    size_t n;

    skip_sep(c, ",|-T");
    n = word_len(c);
    if (n == 2 && !strncasecmp(c->s, "at", 2)) {
        c->s += 2;
        skip_space(c);
    }
    /* "10:31", or "19.45" as British papers write it */
    if ((h = read_num(c, 1, 2)) < 0 || c->s >= c->end ||
        (*c->s != ':' && *c->s != '.'))
        return 0;
    c->s++;
    if ((m = read_num(c, 2, 2)) < 0 || m > 59)
        return 0;
    if (c->s < c->end && *c->s == ':') {
        c->s++;
        if ((s = read_num(c, 2, 2)) < 0 || s > 60)
            return 0;
        if (c->s < c->end && *c->s == '.') { /* fractions: dropped */
            c->s++;
            while (c->s < c->end && is_digit(*c->s))
                c->s++;
        }
    }
    skip_space(c);
    n = word_len(c);
    if (c->s + 1 < c->end && (c->s[0] == 'a' || c->s[0] == 'A' ||
                              c->s[0] == 'p' || c->s[0] == 'P')) {
        int pm = c->s[0] == 'p' || c->s[0] == 'P';
        const char *p = c->s + 1;
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
    (void)n;
    if (h > 23)
        return 0;
    w->hh = h;
    w->mm = m;
    w->ss = s;
    read_zone(c, w);
    return 1;
}

static int format(const struct when *w, char out[NN_DATE_MAX])
{
    int n = snprintf(out, NN_DATE_MAX, "%04d-%02d-%02d", w->y, w->m, w->d);
    if (w->hh >= 0) {
        n += snprintf(out + n, (size_t)(NN_DATE_MAX - n), "T%02d:%02d",
                      w->hh, w->mm);
        if (w->ss >= 0)
            n += snprintf(out + n, (size_t)(NN_DATE_MAX - n), ":%02d",
                          w->ss);
        if (w->has_zone) {
            int z = w->zone < 0 ? -w->zone : w->zone;
            snprintf(out + n, (size_t)(NN_DATE_MAX - n), "%c%02d:%02d",
                     w->zone < 0 ? '-' : '+', z / 60, z % 60);
        }
    }
    return 0;
}

/* The date proper, in one of the accepted orders. */
static int read_date(cur *c, struct when *w)
{
    const char *save = c->s;
    int a, b, y;

    if ((w->m = read_month(c)) != 0) { /* April 8, 2025 */
        skip_space(c);
        if ((w->d = read_num(c, 1, 2)) < 0)
            return 0;
        if (c->end - c->s >= 2 && is_alpha(c->s[0])) /* 8th */
            c->s += 2;
        skip_sep(c, ",");
        return (w->y = read_num(c, 4, 4)) >= 0;
    }
    if ((a = read_num(c, 1, 4)) < 0)
        return 0;
    if (c->s - save == 4 && c->s < c->end && (*c->s == '-' || *c->s == '/')) {
        char sep = *c->s++; /* 2025-04-08 */
        w->y = a;
        if ((w->m = read_num(c, 2, 2)) < 0 || c->s >= c->end ||
            *c->s != sep)
            return 0;
        c->s++;
        return (w->d = read_num(c, 2, 2)) >= 0;
    }
    if (c->s - save > 2)
        return 0;
    if (c->s < c->end && *c->s == '.' && c->s + 1 < c->end &&
        is_digit(c->s[1])) { /* 08.04.2025 */
        c->s++;
        if ((b = read_num(c, 1, 2)) < 0 || c->s >= c->end || *c->s != '.')
            return 0;
        c->s++;
        if ((y = read_num(c, 4, 4)) < 0)
            return 0;
        w->d = a, w->m = b, w->y = y;
        return 1;
    }
    if (c->end - c->s >= 2 && is_alpha(c->s[0]) && is_alpha(c->s[1]) &&
        !read_month(&(cur){c->s, c->end})) /* 8th April */
        c->s += 2;
    skip_space(c);
    if ((w->m = read_month(c)) == 0) /* 8 April 2025 */
        return 0;
    skip_sep(c, ",");
    w->d = a;
    return (w->y = read_num(c, 4, 4)) >= 0;
}

int nn_date_parse(const char *s, size_t len, char out[NN_DATE_MAX])
{
    cur c = {s, s + len};
    struct when w;

    memset(&w, 0, sizeof w);
    w.hh = -1;
    skip_space(&c);
    /* "4:12 PM CDT April 27, 2024": the time first (TV stations' sites) */
    if (c.s < c.end && is_digit(*c.s)) {
        cur t = c;
        struct when tw = w;
        if (read_time(&t, &tw) && t.s < t.end && is_space(*t.s)) {
            skip_space(&t);
            skip_weekday(&t);
            if (read_date(&t, &tw) && valid_ymd(tw.y, tw.m, tw.d)) {
                skip_space(&t);
                while (t.s < t.end && *t.s == '.')
                    t.s++;
                return t.s == t.end ? format(&tw, out) : -1;
            }
        }
    }
    skip_weekday(&c);
    if (!read_date(&c, &w) || !valid_ymd(w.y, w.m, w.d))
        return -1;
    while (c.end > c.s && (is_space(c.end[-1]) || c.end[-1] == '.'))
        c.end--;
    if (c.s < c.end) {
        cur t = c;
        if (!read_time(&t, &w))
            return -1;
        skip_space(&t);
        if (t.s != t.end)
            return -1;
    }
    return format(&w, out);
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
    if (!valid_ymd(w.y, w.m, w.d))
        return -1;
    return format(&w, out);
}

int nn_date_from_url(const char *url, char out[NN_DATE_MAX])
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    for (; p && *p; p = strchr(p + 1, '/')) {
        struct when w;
        cur c = {p + 1, p + strlen(p)};
        memset(&w, 0, sizeof w);
        w.hh = -1;
        if ((w.y = read_num(&c, 4, 4)) < 0 || c.s >= c.end || *c.s != '/')
            continue;
        c.s++;
        if ((w.m = read_num(&c, 2, 2)) < 0 || c.s >= c.end || *c.s != '/')
            continue;
        c.s++;
        if ((w.d = read_num(&c, 2, 2)) < 0 || (c.s < c.end && *c.s != '/'))
            continue;
        if (valid_ymd(w.y, w.m, w.d))
            return format(&w, out);
    }
    return -1;
}
