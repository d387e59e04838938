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
 * nn_date_find() finds dates inside a line (see internal.h): it tries the
 * same parser, greedily, at the starts a date can have. */
#include "date.h"
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct cur {
    const char *s, *end;
} cur;

/* ---- words ------------------------------------------------------------ */
/* A word is a run of ASCII letters and of the two-byte UTF-8 letters of the
 * Latin-1, Latin Extended-A/B, Cyrillic and Arabic blocks (all that the
 * names below need).  Words are compared folded: lower case, the Turkish
 * dotted and dotless i (İ, ı) as a plain i, so "MAYIS", "Mayıs" and
 * "mayis" agree; alef with hamza or madda as alef, Arabic yeh and kaf as
 * the Persian ones. */
#define WORD_MAX 24

static int is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

static int is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_letter_cp(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x400 && cp <= 0x4FF) ||
           (cp >= 0x621 && cp <= 0x64A) || /* Arabic letters */
           (cp >= 0x671 && cp <= 0x6D3);    /* and Persian ones (پ چ ژ ک گ ی) */
}

/* The code point at p: ASCII or a two-byte sequence; anything else is -1
 * (length 1). */
static size_t cp_at(const char *p, const char *end, int32_t *cp)
{
    unsigned char b0 = (unsigned char)p[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF && end - p >= 2 &&
        ((unsigned char)p[1] & 0xC0) == 0x80) {
        *cp = (int32_t)((b0 & 0x1F) << 6 | ((unsigned char)p[1] & 0x3F));
        return 2;
    }
    *cp = -1;
    return 1;
}

static int32_t fold_cp(int32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
        (cp >= 0x410 && cp <= 0x42F))
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) /* Ѐ..Џ, Ё among them */
        return cp + 80;
    if (cp == 0x130 || cp == 0x131) /* İ ı */
        return 'i';
    if (cp >= 0x622 && cp <= 0x625 && cp != 0x624) /* آ أ إ as ا */
        return 0x627;
    if (cp == 0x64A || cp == 0x649) /* Arabic yeh and alef maksura as ی */
        return 0x6CC;
    if (cp == 0x643) /* Arabic kaf as ک */
        return 0x6A9;
    if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) &&
        !(cp & 1)) /* Ğ Ş Ç...: upper case at even code points */
        return cp + 1;
    if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) &&
        (cp & 1))
        return cp + 1;
    return cp;
}

/* The word at c->s, folded into buf (NUL-terminated; "" when longer than
 * buf holds).  Returns its length in bytes of the input; 0: no word. */
static size_t peek_word(const cur *c, char buf[WORD_MAX])
{
    const char *p = c->s;
    size_t n = 0;
    /* ASCII letters (most words) folded without decoding */
    for (; p < c->end && n + 3 <= WORD_MAX; p++) {
        unsigned char b = (unsigned char)*p;
        if ((unsigned)((b | 0x20) - 'a') >= 26u)
            break;
        buf[n++] = (char)(b | 0x20);
    }
    while (p < c->end) {
        int32_t cp;
        size_t k = cp_at(p, c->end, &cp);
        if (!is_letter_cp(cp))
            break;
        cp = fold_cp(cp);
        if (n + 3 > WORD_MAX) {
            n = WORD_MAX; /* too long for any name: stays so */
        } else if (cp < 0x80) {
            buf[n++] = (char)cp;
        } else {
            buf[n++] = (char)(0xC0 | (cp >> 6));
            buf[n++] = (char)(0x80 | (cp & 0x3F));
        }
        p += k;
    }
    buf[n < WORD_MAX ? n : 0] = '\0';
    return (size_t)(p - c->s);
}

/* Is the folded word w one of the NULL-terminated list? */
static int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return 1;
    return 0;
}

/* Consume the word at c->s when it is in list (and return 1). */
static int take_word(cur *c, const char *const *list)
{
    char w[WORD_MAX];
    size_t n = peek_word(c, w);
    if (n && word_in(w, list)) {
        c->s += n;
        return 1;
    }
    return 0;
}

/* ---- names -------------------------------------------------------------- */
typedef struct name {
    const char *w; /* folded */
    unsigned char v;
} name;

/* The English names the parser always took; a date named in another
 * language (other_months) takes years 1990..2100 only. */
static const name en_months[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2},
    {"march", 3}, {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5},
    {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8},
    {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11},
    {"december", 12}, {"dec", 12}, {NULL, 0}};

static const name other_months[] = {
    /* Russian, genitive ("21 октября") and nominative, and abbreviations */
    {"января", 1}, {"январь", 1}, {"янв", 1}, {"февраля", 2},
    {"февраль", 2}, {"фев", 2}, {"марта", 3}, {"март", 3}, {"мар", 3},
    {"апреля", 4}, {"апрель", 4}, {"апр", 4}, {"мая", 5}, {"май", 5},
    {"июня", 6}, {"июнь", 6}, {"июн", 6}, {"июля", 7}, {"июль", 7},
    {"июл", 7}, {"августа", 8}, {"август", 8}, {"авг", 8},
    {"сентября", 9}, {"сентябрь", 9}, {"сен", 9}, {"сент", 9},
    {"октября", 10}, {"октябрь", 10}, {"окт", 10}, {"ноября", 11},
    {"ноябрь", 11}, {"ноя", 11}, {"нояб", 11}, {"декабря", 12},
    {"декабрь", 12}, {"дек", 12},
    /* Turkish (folded: ı is i), also as written without the marks */
    {"ocak", 1}, {"şubat", 2}, {"subat", 2}, {"mart", 3}, {"nisan", 4},
    {"mayis", 5}, {"haziran", 6}, {"temmuz", 7}, {"ağustos", 8},
    {"agustos", 8}, {"eylül", 9}, {"eylul", 9}, {"ekim", 10},
    {"kasim", 11}, {"aralik", 12}, {"oca", 1}, {"şub", 2}, {"nis", 4},
    {"haz", 6}, {"tem", 7}, {"ağu", 8}, {"eyl", 9}, {"eki", 10},
    {"kas", 11}, {"ara", 12},
    /* Spanish */
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"dic", 12},
    /* Portuguese ("out", "set" and "ago" left out: English words) */
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5},
    {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10},
    {"novembro", 11}, {"dezembro", 12}, {"fev", 2}, {"dez", 12},
    /* French */
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3},
    {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"août", 8},
    {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
    {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    /* German */
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3},
    {"maerz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10},
    {"dezember", 12}, {"mär", 3}, {"mrz", 3}, {"okt", 10},
    /* Italian */
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5},
    {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10},
    {"dicembre", 12}, {"gen", 1}, {"mag", 5}, {"giu", 6}, {"lug", 7},
    {"ott", 10},
    /* Indonesian */
    {"januari", 1}, {"februari", 2}, {"maret", 3}, {"mei", 5},
    {"agustus", 8}, {"desember", 12}, {"agu", 8}, {"agt", 8}, {"des", 12},
    /* Arabic (Egypt and the Gulf; the Levant's one-word names), folded:
     * alef with hamza as alef, yeh and kaf as the Persian letters */
    {"ینایر", 1}, {"فبرایر", 2}, {"مارس", 3}, {"ابریل", 4}, {"مایو", 5},
    {"یونیو", 6}, {"یونیه", 6}, {"یولیو", 7}, {"یولیه", 7},
    {"اغسطس", 8}, {"سبتمبر", 9}, {"اکتوبر", 10}, {"نوفمبر", 11},
    {"دیسمبر", 12}, {"شباط", 2}, {"اذار", 3}, {"نیسان", 4}, {"ایار", 5},
    {"حزیران", 6}, {"تموز", 7}, {"اب", 8}, {"ایلول", 9},
    /* Persian names of the Gregorian months */
    {"ژانویه", 1}, {"فوریه", 2}, {"اوریل", 4}, {"ژوئن", 6}, {"ژوئیه", 7},
    {"اوت", 8}, {"سپتامبر", 9}, {"اکتبر", 10}, {"نوامبر", 11},
    {"دسامبر", 12},
    {NULL, 0}};

/* The months of the Solar Hijri calendar (Iran, Afghanistan): a date in
 * one is converted (jalali_to_gregorian). */
static const name jalali_months[] = {
    {"فروردین", 1}, {"اردیبهشت", 2}, {"خرداد", 3}, {"تیر", 4},
    {"مرداد", 5}, {"امرداد", 5}, {"شهریور", 6}, {"مهر", 7}, {"ابان", 8},
    {"اذر", 9}, {"دی", 10}, {"بهمن", 11}, {"اسفند", 12}, {NULL, 0}};

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun",
    /* Russian */
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    /* Turkish */
    "pazartesi", "sali", "çarşamba", "carsamba", "perşembe", "persembe",
    "cuma", "cumartesi", "pazar",
    /* Spanish, Portuguese ("segunda-feira": the "-feira" is skipped) */
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
    "sábado", "sabado", "domingo", "segunda", "terça", "terca", "quarta",
    "quinta", "sexta",
    /* French, German, Italian, Indonesian */
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonnabend", "sonntag", "lunedì", "martedì", "mercoledì",
    "giovedì", "venerdì", "sabato", "domenica", "senin", "selasa", "rabu",
    "kamis", "jumat", "sabtu", "minggu",
    /* Arabic and Persian, folded (see fold_cp) */
    "السبت", "الاحد", "الاثنین", "الثلاثاء", "الاربعاء", "الخمیس",
    "الجمعة", "شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه",
    "پنجشنبه", "جمعه", NULL};

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
    {"мск", 180},   {"wet", 0},     {"west", 60},   {"eat", 180},
    {"wat", 60},    {"sast", 120},  {"pkt", 300},   {"wib", 420},
    {"wita", 480},  {"hkt", 480},   {"sgt", 480},   {"jst", 540},
    {"kst", 540},   {"aest", 600},  {"aedt", 660},  {"irst", 210},
};

/* Words between a date and its time ("at 10:31", "à 14h51", "a las",
 * "um", "alle ore", "в", "saat", "pukul"). */
static const char *const connectors[] = {
    "at", "à", "às", "a", "las", "la", "um", "alle", "ore", "в",
    "saat", "pukul", "jam", "om", NULL};

/* ---- characters and numbers --------------------------------------------- */
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
    if (c->s < c->end && *c->s && strchr(seps, *c->s)) {
        c->s++;
        skip_space(c);
    } else if (strchr(seps, ',') && c->end - c->s >= 2 &&
               (unsigned char)c->s[0] == 0xD8 &&
               (unsigned char)c->s[1] == 0x8C) { /* the Arabic comma */
        c->s += 2;
        skip_space(c);
    }
}

/* Length of the dash or bullet at p (em dash, en dash, bullet, middle
 * dot), else 0. */
static size_t dash_len(const char *p, const char *end)
{
    if (end - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' &&
        (p[2] == '\x93' || p[2] == '\x94' || p[2] == '\xA2'))
        return 3;
    if (end - p >= 2 && p[0] == '\xC2' && p[1] == '\xB7')
        return 2;
    return 0;
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

struct when {
    int y, m, d;
    int hh, mm, ss; /* hh < 0: no time */
    int has_zone, zone; /* zone offset in minutes */
    int strict;   /* a newer form: years 1990..2100 only */
    int tin;      /* the time was read inside the date (07 Dec 09:51 2018) */
    int jalali;   /* y m d are of the Solar Hijri calendar */
};

/* Before "3 hours" ("hace 3 horas", "il y a 3 heures", "an hour ago"). */
static const char *const ago_before[] = {"hace", "há", "vor", "il", "a",
                                         "an", NULL};

/* The names above in one hash table (built once), so that a word is
 * looked up in one probe or two: the finder looks up every word of a
 * line. */
#define NAME_SLOTS 1024 /* a power of two, well over the names */
enum { NM_OTHER = 16, NM_WEEKDAY = 32, NM_AGO = 64, NM_JALALI = 128 };
/* | month 1..12 */
static struct {
    const char *w;
    unsigned char what;
} names[NAME_SLOTS];
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static size_t name_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h & (NAME_SLOTS - 1);
}

static void name_add(const char *w, unsigned what)
{
    size_t i = name_hash(w);
    while (names[i].w && strcmp(names[i].w, w))
        i = (i + 1) & (NAME_SLOTS - 1);
    names[i].w = w;
    names[i].what |= (unsigned char)what;
}

static void names_build(void)
{
    size_t k;
    for (k = 0; en_months[k].w; k++)
        name_add(en_months[k].w, en_months[k].v);
    for (k = 0; other_months[k].w; k++)
        name_add(other_months[k].w, other_months[k].v | NM_OTHER);
    for (k = 0; jalali_months[k].w; k++)
        name_add(jalali_months[k].w,
                 jalali_months[k].v | NM_OTHER | NM_JALALI);
    for (k = 0; weekdays[k]; k++)
        name_add(weekdays[k], NM_WEEKDAY);
    for (k = 0; ago_before[k]; k++)
        name_add(ago_before[k], NM_AGO);
}

/* What the folded word w names: NM_* bits and a month 1..12, or 0. */
static unsigned name_of(const char *w)
{
    size_t i;
    if (!*w)
        return 0;
    pthread_once(&names_once, names_build);
    for (i = name_hash(w); names[i].w; i = (i + 1) & (NAME_SLOTS - 1))
        if (!strcmp(names[i].w, w))
            return names[i].what;
    return 0;
}

static int month_of(const char *w, int *other, int *jalali)
{
    unsigned what = name_of(w);
    *other = (what & NM_OTHER) != 0;
    *jalali = (what & NM_JALALI) != 0;
    return (int)(what & 15);
}

/* A month name or abbreviation (with an optional '.'): 1..12, else 0.
 * A name other than English makes w strict (w may be NULL). */
static int read_month(cur *c, struct when *w)
{
    char buf[WORD_MAX];
    size_t n = peek_word(c, buf);
    int m, other, jalali;
    if (!n || !buf[0] || (m = month_of(buf, &other, &jalali)) == 0)
        return 0;
    c->s += n;
    if (c->s < c->end && *c->s == '.')
        c->s++;
    if (w && other)
        w->strict = 1;
    if (w && jalali)
        w->jalali = 1;
    return m;
}

static int take_weekday(cur *c)
{
    char w[WORD_MAX];
    size_t n = peek_word(c, w);
    if (n && (name_of(w) & NM_WEEKDAY)) {
        c->s += n;
        return 1;
    }
    return 0;
}

static void skip_weekday(cur *c)
{
    if (!take_weekday(c))
        return;
    if (c->end - c->s >= 6 && !strncasecmp(c->s, "-feira", 6))
        c->s += 6;
    if (c->s < c->end && *c->s == '.')
        c->s++;
    skip_sep(c, ",");
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

/* A Solar Hijri date (1300..1499) to the Gregorian calendar, in place;
 * 0 when it is no such date.  Day numbers from the calendar's arithmetic
 * (33-year cycles of 8 leap years), then the Gregorian date of the day. */
static long jalali_days(int y, int m, int d)
{
    long jy = y - 979;
    return 365 * jy + (jy / 33) * 8 + (jy % 33 + 3) / 4 + 79 + d - 1 +
           (m <= 7 ? (m - 1) * 31 : (m - 7) * 30 + 186);
}

static int jalali_to_gregorian(struct when *w)
{
    static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273,
                              304, 334};
    long days, gy;
    int gm, leap;
    if (w->y < 1300 || w->y > 1499 || w->m < 1 || w->m > 12 || w->d < 1 ||
        w->d > (w->m <= 6 ? 31 : w->m < 12 ? 30 : 29) + (w->m == 12 &&
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

static int valid(const struct when *w)
{
    return valid_ymd(w->y, w->m, w->d) &&
           (!w->strict || (w->y >= 1990 && w->y <= 2100));
}

/* ---- times and zones ----------------------------------------------------- */
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
    n = peek_word(c, buf);
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
    int h, m, s = -1, k;
    size_t n;

    skip_sep(c, ",|-T");
    if ((n = dash_len(c->s, c->end)) != 0) { /* "— 20:21" */
        c->s += n;
        skip_space(c);
    }
    for (k = 0; k < 2 && take_word(c, connectors); k++) /* "a las" */
        skip_space(c);
    /* "10:31", "19.45" as British papers write it, "14h51" as French */
    if ((h = read_num(c, 1, 2)) < 0 || c->s >= c->end)
        return 0;
    if (*c->s == 'h' && c->end - c->s >= 3 && is_digit(c->s[1]) &&
        is_digit(c->s[2]))
        ; /* 14h51 */
    else if (*c->s != ':' && *c->s != '.')
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
    if (h > 23)
        return 0;
    if (word_len(c) == 3 && !strncasecmp(c->s, "uhr", 3)) /* 14:51 Uhr */
        c->s += 3;
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

/* ---- dates ---------------------------------------------------------------- */
static const char *const de_words[] = {"de", "del", NULL};
static const char *const year_words[] = {"г", "года", NULL};

/* After "8 April": the year, or a time and then the year. */
static int read_year(cur *c, struct when *w)
{
    cur t = *c;
    struct when tw;
    if ((w->y = read_num(&t, 4, 4)) >= 0) {
        *c = t;
        skip_space(&t); /* "2019 г.", "2019 года" */
        if (take_word(&t, year_words)) {
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
    if ((tw.y = read_num(&t, 4, 4)) < 0)
        return 0;
    tw.strict = tw.tin = 1;
    *c = t;
    *w = tw;
    return 1;
}

/* The date proper, in one of the accepted orders, in its own calendar. */
static int read_date_as_written(cur *c, struct when *w)
{
    const char *save = c->s;
    int a, b, y;

    if ((w->m = read_month(c, w)) != 0) { /* April 8, 2025 */
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
    if (c->s - save == 4 && c->s < c->end &&
        (*c->s == '-' || *c->s == '/' || *c->s == '.')) {
        char sep = *c->s++; /* 2025-04-08, 2025/04/08, 2025.04.08 */
        w->y = a;
        if ((w->m = read_num(c, 2, 2)) < 0 || c->s >= c->end ||
            *c->s != sep)
            return 0;
        c->s++;
        /* 1398/09/04: a year of the Solar Hijri calendar */
        w->jalali = sep == '/' && a >= 1300 && a <= 1499;
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
    if (c->s < c->end && (*c->s == '/' || *c->s == '-') &&
        c->s + 1 < c->end && is_digit(c->s[1])) { /* 21/10/2019, 18-07-2025 */
        char sep = *c->s++;
        if ((b = read_num(c, 1, 2)) < 0 || c->s >= c->end || *c->s != sep)
            return 0;
        c->s++;
        if ((y = read_num(c, 4, 4)) < 0)
            return 0;
        w->strict = 1;
        if (sep == '/' && a <= 12 && b > 12) /* 07/27/2016: US order */
            w->m = a, w->d = b;
        else
            w->d = a, w->m = b;
        w->y = y;
        return 1;
    }
    if (c->s < c->end && *c->s == '.') { /* 21. Oktober 2019 */
        c->s++;
        w->strict = 1;
    } else if (c->end - c->s >= 2 && is_alpha(c->s[0]) && is_alpha(c->s[1]) &&
               !read_month(&(cur){c->s, c->end}, NULL)) { /* 8th April */
        c->s += 2;
    }
    skip_space(c);
    if (take_word(c, de_words)) { /* 21 de octubre */
        skip_space(c);
        w->strict = 1;
    }
    if ((w->m = read_month(c, w)) == 0) /* 8 April 2025 */
        return 0;
    skip_sep(c, ",");
    if (take_word(c, de_words)) { /* de 2019 */
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
           (!w->jalali || jalali_to_gregorian(w));
}

/* After a date: a weekday that follows it ("21 Kasım 2019 Perşembe"). */
static const char *weekday_after(const char *e, const char *end)
{
    cur t = {e, end};
    skip_sep(&t, ",");
    return t.s > e && take_weekday(&t) ? t.s : e;
}

/* The longest date at c.s: fills w and returns where it ends (white space
 * after a zone may be included), or NULL.  *date_end is where the date
 * proper ends, before a time that follows it. */
static const char *scan(cur c, struct when *w, const char **date_end)
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
            skip_weekday(&t);
            if (read_date(&t, &tw) && !tw.tin && valid(&tw)) {
                *w = tw;
                return *date_end = t.s;
            }
        }
    }
    skip_weekday(&c);
    if (!read_date(&c, w) || !valid(w))
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
    }
    return weekday_after(c.s, c.end);
}

/* ---- Persian and Arabic-Indic digits ------------------------------------- */
/* Dates written with ۱۳۹۸ or ١٤٤١ are read from a copy with ASCII digits
 * (lines up to EASTERN_MAX bytes: a date line, not a long paragraph). */
#define EASTERN_MAX 1024

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
static size_t latin_digits(const char *s, size_t len, char *out, size_t *map)
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

int nn_date_parse(const char *s, size_t len, char out[NN_DATE_MAX])
{
    struct when w;
    const char *date_end, *e;
    char buf[EASTERN_MAX];
    size_t map[EASTERN_MAX + 1], m;
    if ((memchr(s, 0xDB, len) || memchr(s, 0xD9, len)) &&
        (m = latin_digits(s, len, buf, map)) != 0)
        s = buf, len = m;
    e = scan((cur){s, s + len}, &w, &date_end);
    if (!e)
        return -1;
    while (e < s + len && (is_space(*e) || *e == '.'))
        e++;
    if (e != s + len)
        return -1;
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
            valid_ymd(w->y, w->m, w->d))
            return 1;
        if ((i + 8 == n || !is_digit(seg[i + 8])) &&
            (v = digits_at(seg, i, 8)) >= 19900101 && v <= 20991231) {
            w->y = (int)(v / 10000), w->m = (int)(v / 100 % 100);
            w->d = (int)(v % 100);
            if (valid_ymd(w->y, w->m, w->d))
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
    /* else a segment that spells one, the last (the slug) first */
    while (n-- > 0) {
        memset(&w, 0, sizeof w);
        w.hh = -1;
        if (slug_date(seg[n], len[n], &w))
            return format(&w, out);
    }
    return -1;
}

/* ---- dates inside a line ------------------------------------------------- */
/* The longest date tried at one start, in bytes: enough for "воскресенье,
 * 21 октября 2019 года в 14:51 (МСК)"; it keeps the search linear. */
#define FIND_SPAN 96

/* Does the character before s[i] join it into a word or number (a letter
 * or digit)? */
static int joined_before(const char *s, size_t i)
{
    size_t k = i;
    int32_t cp;
    if (i == 0)
        return 0;
    if (is_digit(s[i - 1]) || is_alpha(s[i - 1]))
        return 1;
    if (!((unsigned char)s[i - 1] & 0x80))
        return 0;
    while (k > 0 && i - k < 4 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
        k--;
    if (k == 0)
        return 0;
    cp_at(s + k - 1, s + i, &cp);
    return is_letter_cp(cp);
}

/* Is a digit at s[i] inside a longer number ("2022-01-12345": the "01";
 * "v1.2.2019": the "2")? */
static int in_number(const char *s, size_t i)
{
    return i >= 2 && s[i - 1] && strchr("./-:,", s[i - 1]) &&
           is_digit(s[i - 2]);
}

/* May a date end at s[e] (the end, or no letter, digit or more number
 * there)? */
static int end_ok(const char *s, size_t e, size_t len)
{
    int32_t cp;
    if (e >= len)
        return 1;
    cp_at(s + e, s + len, &cp);
    if (is_letter_cp(cp) || is_digit(s[e]))
        return 0;
    return !(e + 1 < len && s[e] && strchr("./-:", s[e]) &&
             is_digit(s[e + 1]));
}

static int found_date(const char *s, size_t i, size_t lim, size_t len,
                      nn_date_hit *h)
{
    struct when w;
    const char *ends[2], *start = s + i;
    int k;
    ends[0] = scan((cur){start, s + lim}, &w, &ends[1]);
    if (!ends[0])
        return 0;
    for (k = 0; k < 2; k++) {
        const char *p = ends[k];
        while (p > start && is_space(p[-1]))
            p--;
        if (p == start || !end_ok(s, (size_t)(p - s), len) ||
            nn_date_parse(start, (size_t)(p - start), h->iso) != 0)
            continue;
        h->start = i;
        h->end = (size_t)(p - s);
        h->label = 0;
        return 1;
    }
    return 0;
}

/* ---- "3 hours ago" ---------------------------------------------------------- */
/* After a number and a unit: "3 hours ago", "3 часа назад", "3 saat önce",
 * "3 jam yang lalu"; Italian "3 ore fa" with its units only. */
static const char *const ago_after[] = {"ago", "назад", "önce", NULL};
static const char *const it_units[] = {
    "secondo", "secondi", "minuto", "minuti", "ora", "ore", "giorno",
    "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni", NULL};
/* After "hace 3", "há 3", "vor 3", "il y a 3": one of these units. */
static const char *const ago_units[] = {
    "segundo", "segundos", "minuto", "minutos", "min", "mins", "hora",
    "horas", "h", "día", "días", "dia", "dias", "semana", "semanas", "mes",
    "meses", "mês", "año", "años", "ano", "anos", "seconde", "secondes",
    "minute", "minutes", "heure", "heures", "jour", "jours", "semaine",
    "semaines", "mois", "an", "ans", "sekunde", "sekunden", "minuten",
    "stunde", "stunden", "std", "tag", "tagen", "woche", "wochen", "monat",
    "monaten", "jahr", "jahren", NULL};

/* "3 hours ago" at c->s (a number, or "a"/"an" in English): its end, or
 * NULL. */
static const char *ago_tail(cur c, int article)
{
    char unit[WORD_MAX], w[WORD_MAX];
    size_t n;
    if (!article && read_num(&c, 1, 3) < 0)
        return NULL;
    skip_space(&c);
    if (!(n = peek_word(&c, unit)) || !unit[0])
        return NULL;
    c.s += n;
    if (c.s < c.end && *c.s == '.') /* "3 min. ago" */
        c.s++;
    skip_space(&c);
    n = peek_word(&c, w);
    if (!n)
        return NULL;
    if (article ? !strcmp(w, "ago")
                : (word_in(w, ago_after) ||
                   (!strcmp(w, "fa") && word_in(unit, it_units))))
        return c.s + n;
    if (!article && !strcmp(w, "yang")) {
        c.s += n;
        skip_space(&c);
        n = peek_word(&c, w);
        if (n && !strcmp(w, "lalu"))
            return c.s + n;
    }
    return NULL;
}

static int found_ago(const char *s, size_t i, size_t lim, size_t len,
                     nn_date_hit *h)
{
    cur c = {s + i, s + lim};
    char w[WORD_MAX];
    const char *e = NULL;
    size_t n = peek_word(&c, w);

    if (!n) {
        e = ago_tail(c, 0);
    } else if (!strcmp(w, "a") || !strcmp(w, "an")) { /* an hour ago */
        c.s += n;
        skip_space(&c);
        e = ago_tail(c, 1);
    } else if (name_of(w) & NM_AGO) {
        char unit[WORD_MAX];
        c.s += n;
        skip_space(&c);
        if (!strcmp(w, "il")) { /* il y a */
            if (!take_word(&c, (const char *const[]){"y", NULL}))
                return 0;
            skip_space(&c);
            if (!take_word(&c, (const char *const[]){"a", NULL}))
                return 0;
            skip_space(&c);
        }
        if (read_num(&c, 1, 3) < 0)
            return 0;
        skip_space(&c);
        if ((n = peek_word(&c, unit)) != 0 && word_in(unit, ago_units))
            e = c.s + n;
    }
    if (!e || !end_ok(s, (size_t)(e - s), len))
        return 0;
    h->start = i;
    h->end = (size_t)(e - s);
    h->iso[0] = '\0';
    h->label = NN_DATE_LBL_TIME_AGO;
    return 1;
}

/* ---- labels --------------------------------------------------------------- */
#define LABEL_WINDOW 64

static const struct {
    const char *w; /* folded */
    unsigned label;
} labels[] = {
    {"published", NN_DATE_LBL_PUBLISHED}, {"publish date", NN_DATE_LBL_PUBLISHED},
    {"publication date", NN_DATE_LBL_PUBLISHED}, {"date", NN_DATE_LBL_PUBLISHED},
    {"published time", NN_DATE_LBL_PUBLISHED}, /* reader-mode headers */
    {"posted", NN_DATE_LBL_PUBLISHED}, {"released", NN_DATE_LBL_PUBLISHED},
    {"created", NN_DATE_LBL_PUBLISHED}, {"issued", NN_DATE_LBL_PUBLISHED},
    {"опубликовано", NN_DATE_LBL_PUBLISHED}, {"дата", NN_DATE_LBL_PUBLISHED},
    {"дата публикации", NN_DATE_LBL_PUBLISHED},
    {"yayinlanma", NN_DATE_LBL_PUBLISHED}, {"yayin tarihi", NN_DATE_LBL_PUBLISHED},
    {"tarih", NN_DATE_LBL_PUBLISHED}, {"tarihi", NN_DATE_LBL_PUBLISHED},
    {"publicado", NN_DATE_LBL_PUBLISHED}, {"publicada", NN_DATE_LBL_PUBLISHED},
    {"fecha", NN_DATE_LBL_PUBLISHED}, {"data", NN_DATE_LBL_PUBLISHED},
    {"publié", NN_DATE_LBL_PUBLISHED}, {"publiée", NN_DATE_LBL_PUBLISHED},
    {"veröffentlicht", NN_DATE_LBL_PUBLISHED}, {"datum", NN_DATE_LBL_PUBLISHED},
    {"pubblicato", NN_DATE_LBL_PUBLISHED}, {"pubblicata", NN_DATE_LBL_PUBLISHED},
    {"diterbitkan", NN_DATE_LBL_PUBLISHED}, {"dipublikasikan", NN_DATE_LBL_PUBLISHED},
    {"tanggal", NN_DATE_LBL_PUBLISHED},
    {"تاریخ", NN_DATE_LBL_PUBLISHED}, {"تاریخ انتشار", NN_DATE_LBL_PUBLISHED},
    {"تاریخ النشر", NN_DATE_LBL_PUBLISHED}, {"نشر فی", NN_DATE_LBL_PUBLISHED},
    {"منتشر شده", NN_DATE_LBL_PUBLISHED},
    {"updated", NN_DATE_LBL_UPDATED}, {"update", NN_DATE_LBL_UPDATED},
    {"modified", NN_DATE_LBL_UPDATED}, {"updated date", NN_DATE_LBL_UPDATED},
    {"update date", NN_DATE_LBL_UPDATED}, {"modified date", NN_DATE_LBL_UPDATED},
    {"обновлено", NN_DATE_LBL_UPDATED}, {"обновлен", NN_DATE_LBL_UPDATED},
    {"обновлён", NN_DATE_LBL_UPDATED}, {"güncelleme", NN_DATE_LBL_UPDATED},
    {"güncellendi", NN_DATE_LBL_UPDATED}, {"güncellenme", NN_DATE_LBL_UPDATED},
    {"güncelleme tarihi", NN_DATE_LBL_UPDATED},
    {"actualizado", NN_DATE_LBL_UPDATED}, {"actualizada", NN_DATE_LBL_UPDATED},
    {"actualización", NN_DATE_LBL_UPDATED}, {"atualizado", NN_DATE_LBL_UPDATED},
    {"atualizada", NN_DATE_LBL_UPDATED}, {"atualização", NN_DATE_LBL_UPDATED},
    {"mis à jour", NN_DATE_LBL_UPDATED}, {"mise à jour", NN_DATE_LBL_UPDATED},
    {"aktualisiert", NN_DATE_LBL_UPDATED}, {"aktualisierung", NN_DATE_LBL_UPDATED},
    {"aggiornato", NN_DATE_LBL_UPDATED}, {"aggiornata", NN_DATE_LBL_UPDATED},
    {"aggiornamento", NN_DATE_LBL_UPDATED}, {"diperbarui", NN_DATE_LBL_UPDATED},
    {"اخر تحدیث", NN_DATE_LBL_UPDATED}, {"تحدیث", NN_DATE_LBL_UPDATED},
    {"بروزرسانی", NN_DATE_LBL_UPDATED},
};

/* Words between a label and its date: "Posted on", "Publié le". */
static const char *const label_links[] = {
    "on", "at", "le", "am", "el", "em", "il", "de", "del", "в", "pada", NULL};

/* Is there no letter or digit just before buf[i]? */
static int starts_word(const char *buf, size_t i)
{
    return !joined_before(buf, i);
}

/* Trim white space and separators (: - | , . / ( — – • ·) off buf's end. */
static size_t trim_seps(const char *buf, size_t n)
{
    for (;;) {
        if (n && buf[n - 1] && strchr(" \t:-|,./(", buf[n - 1]))
            n--;
        else if (n >= 3 && buf[n - 3] == '\xE2' && buf[n - 2] == '\x80' &&
                 (buf[n - 1] == '\x93' || buf[n - 1] == '\x94' ||
                  buf[n - 1] == '\xA2'))
            n -= 3;
        else if (n >= 2 && buf[n - 2] == '\xC2' &&
                 (buf[n - 1] == '\xA0' || buf[n - 1] == '\xB7'))
            n -= 2;
        else
            return n;
    }
}

/* The label that s[from..to) ends with, as NN_DATE_LBL_* bits. */
static unsigned label_before(const char *s, size_t from, size_t to)
{
    char buf[LABEL_WINDOW + 1];
    size_t a = to - from > LABEL_WINDOW ? to - LABEL_WINDOW : from;
    size_t n = 0, k, best = 0;
    unsigned label = 0;

    while (a < to && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++; /* a character's first byte */
    while (a < to) { /* fold it: it cannot grow */
        int32_t cp;
        size_t l = cp_at(s + a, s + to, &cp);
        if (is_letter_cp(cp)) {
            cp = fold_cp(cp);
            if (cp < 0x80) {
                buf[n++] = (char)cp;
            } else {
                buf[n++] = (char)(0xC0 | (cp >> 6));
                buf[n++] = (char)(0x80 | (cp & 0x3F));
            }
        } else {
            memcpy(buf + n, s + a, l);
            n += l;
        }
        a += l;
    }
    buf[n] = '\0';
    n = trim_seps(buf, n);
    for (k = 0; label_links[k]; k++) {
        size_t l = strlen(label_links[k]);
        if (l < n && !memcmp(buf + n - l, label_links[k], l) &&
            starts_word(buf, n - l) && is_space(buf[n - l - 1])) {
            n = trim_seps(buf, n - l);
            break;
        }
    }
    for (k = 0; k < NN_COUNT(labels); k++) {
        size_t l = strlen(labels[k].w);
        if (l <= n && l > best && !memcmp(buf + n - l, labels[k].w, l) &&
            starts_word(buf, n - l)) {
            best = l;
            label = labels[k].label;
        }
    }
    return label;
}

/* ---- the finder ------------------------------------------------------------ */
static size_t find_in(const char *s, size_t len, nn_date_hit *hits,
                      size_t max);

size_t nn_date_find(const char *s, size_t len, nn_date_hit *hits, size_t max)
{
    char buf[EASTERN_MAX];
    size_t map[EASTERN_MAX + 1], m, n, k;
    if (!memchr(s, 0xDB, len) && !memchr(s, 0xD9, len))
        return find_in(s, len, hits, max);
    if ((m = latin_digits(s, len, buf, map)) == 0)
        return find_in(s, len, hits, max);
    n = find_in(buf, m, hits, max);
    for (k = 0; k < n; k++) {
        hits[k].start = map[hits[k].start];
        hits[k].end = map[hits[k].end];
    }
    return n;
}

static size_t find_in(const char *s, size_t len, nn_date_hit *hits,
                      size_t max)
{
    size_t i = 0, n = 0, from = 0;

    while (i < len && n < max) {
        size_t lim = len - i > FIND_SPAN ? i + FIND_SPAN : len;
        size_t skip;
        int32_t cp;
        int try_date = 0, try_ago = 0;

        if (is_digit(s[i])) {
            for (skip = 1; i + skip < len && is_digit(s[i + skip]); skip++)
                ;
            try_date = try_ago = !joined_before(s, i) && !in_number(s, i);
        } else if (cp_at(s + i, s + len, &cp) && is_letter_cp(cp)) {
            char w[WORD_MAX];
            unsigned what;
            skip = peek_word(&(cur){s + i, s + len}, w);
            if (w[0] && !joined_before(s, i) && (what = name_of(w)) != 0) {
                try_date = (what & (15 | NM_WEEKDAY)) != 0;
                try_ago = (what & NM_AGO) != 0;
            }
        } else {
            skip = 1;
        }
        if ((try_date && found_date(s, i, lim, len, &hits[n])) ||
            (try_ago && found_ago(s, i, lim, len, &hits[n]))) {
            hits[n].label |= label_before(s, from, i);
            i = from = hits[n].end;
            n++;
            continue;
        }
        i += skip;
    }
    return n;
}
