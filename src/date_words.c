/* date_words.c - the date stage's vocabulary (the parser in date.c and
 * the finder in date_find.c read through it): the cursor's separators,
 * dashes and numbers, words folded (case, Turkish i, Arabic letter
 * forms), and the names a date is written with: months in English and
 * thirteen more languages, Solar Hijri months, weekdays, the words before
 * "3 hours", in one hash table built once. */
#include "date_int.h"

#include <pthread.h>
#include <string.h>

/* ---- words ------------------------------------------------------------ */
/* A word is a run of ASCII letters and of the two-byte UTF-8 letters of the
 * Latin-1, Latin Extended-A/B, Cyrillic and Arabic blocks (all that the
 * names below need).  Words are compared folded: lower case, the Turkish
 * dotted and dotless i (İ, ı) as a plain i, so "MAYIS", "Mayıs" and
 * "mayis" agree; alef with hamza or madda as alef, Arabic yeh and kaf as
 * the Persian ones. */

int nn_dt_is_letter_cp(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x400 && cp <= 0x4FF) ||
           (cp >= 0x621 && cp <= 0x64A) || /* Arabic letters */
           (cp >= 0x671 && cp <= 0x6D3); /* and Persian ones (پ چ ژ ک گ ی) */
}

/* The code point at p: ASCII or a two-byte sequence; anything else is -1
 * (length 1). */
size_t nn_dt_cp_at(const char *p, const char *end, int32_t *cp)
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

int32_t nn_dt_fold_cp(int32_t cp)
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
size_t nn_dt_peek_word(const cur *c, char buf[WORD_MAX])
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
        size_t k = nn_dt_cp_at(p, c->end, &cp);
        if (!nn_dt_is_letter_cp(cp))
            break;
        cp = nn_dt_fold_cp(cp);
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
int nn_dt_word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return 1;
    return 0;
}

/* Consume the word at c->s when it is in list (and return 1). */
int nn_dt_take_word(cur *c, const char *const *list)
{
    char w[WORD_MAX];
    size_t n = nn_dt_peek_word(c, w);
    if (n && nn_dt_word_in(w, list)) {
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
    {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
    {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
    {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
    {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
    {"sept", 9},      {"sep", 9},    {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
    {NULL, 0}};

static const name other_months[] = {
    /* Russian, genitive ("21 октября") and nominative, and abbreviations */
    {"января", 1},
    {"январь", 1},
    {"янв", 1},
    {"февраля", 2},
    {"февраль", 2},
    {"фев", 2},
    {"марта", 3},
    {"март", 3},
    {"мар", 3},
    {"апреля", 4},
    {"апрель", 4},
    {"апр", 4},
    {"мая", 5},
    {"май", 5},
    {"июня", 6},
    {"июнь", 6},
    {"июн", 6},
    {"июля", 7},
    {"июль", 7},
    {"июл", 7},
    {"августа", 8},
    {"август", 8},
    {"авг", 8},
    {"сентября", 9},
    {"сентябрь", 9},
    {"сен", 9},
    {"сент", 9},
    {"октября", 10},
    {"октябрь", 10},
    {"окт", 10},
    {"ноября", 11},
    {"ноябрь", 11},
    {"ноя", 11},
    {"нояб", 11},
    {"декабря", 12},
    {"декабрь", 12},
    {"дек", 12},
    /* Turkish (folded: ı is i), also as written without the marks */
    {"ocak", 1},
    {"şubat", 2},
    {"subat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayis", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"agustos", 8},
    {"eylül", 9},
    {"eylul", 9},
    {"ekim", 10},
    {"kasim", 11},
    {"aralik", 12},
    {"oca", 1},
    {"şub", 2},
    {"nis", 4},
    {"haz", 6},
    {"tem", 7},
    {"ağu", 8},
    {"eyl", 9},
    {"eki", 10},
    {"kas", 11},
    {"ara", 12},
    /* Spanish */
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"ene", 1},
    {"abr", 4},
    {"dic", 12},
    /* Portuguese ("out", "set" and "ago" left out: English words) */
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    {"fev", 2},
    {"dez", 12},
    /* French */
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"fevr", 2},
    {"avr", 4},
    {"juil", 7},
    {"déc", 12},
    /* German */
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"mär", 3},
    {"mrz", 3},
    {"okt", 10},
    /* Italian */
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    {"gen", 1},
    {"mag", 5},
    {"giu", 6},
    {"lug", 7},
    {"ott", 10},
    /* Ukrainian: the genitive a date is written with, and the names */
    {"січня", 1},
    {"лютого", 2},
    {"березня", 3},
    {"квітня", 4},
    {"травня", 5},
    {"червня", 6},
    {"липня", 7},
    {"серпня", 8},
    {"вересня", 9},
    {"жовтня", 10},
    {"листопада", 11},
    {"грудня", 12},
    {"січень", 1},
    {"лютий", 2},
    {"березень", 3},
    {"квітень", 4},
    {"травень", 5},
    {"червень", 6},
    {"липень", 7},
    {"серпень", 8},
    {"вересень", 9},
    {"жовтень", 10},
    {"листопад", 11},
    {"грудень", 12},
    /* Polish: the genitive a date is written with, and the names */
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    {"styczeń", 1},
    {"luty", 2},
    {"marzec", 3},
    {"kwiecień", 4},
    {"czerwiec", 6},
    {"lipiec", 7},
    {"sierpień", 8},
    {"wrzesień", 9},
    {"październik", 10},
    {"listopad", 11},
    {"grudzień", 12},
    /* Dutch (the rest as in German, English or Indonesian) */
    {"maart", 3},
    {"augustus", 8},
    /* Indonesian */
    {"januari", 1},
    {"februari", 2},
    {"maret", 3},
    {"mei", 5},
    {"agustus", 8},
    {"desember", 12},
    {"agu", 8},
    {"agt", 8},
    {"des", 12},
    /* Arabic (Egypt and the Gulf; the Levant's one-word names), folded:
     * alef with hamza as alef, yeh and kaf as the Persian letters */
    {"ینایر", 1},
    {"فبرایر", 2},
    {"مارس", 3},
    {"ابریل", 4},
    {"مایو", 5},
    {"یونیو", 6},
    {"یونیه", 6},
    {"یولیو", 7},
    {"یولیه", 7},
    {"اغسطس", 8},
    {"سبتمبر", 9},
    {"اکتوبر", 10},
    {"نوفمبر", 11},
    {"دیسمبر", 12},
    {"شباط", 2},
    {"اذار", 3},
    {"نیسان", 4},
    {"ایار", 5},
    {"حزیران", 6},
    {"تموز", 7},
    {"اب", 8},
    {"ایلول", 9},
    /* Persian names of the Gregorian months */
    {"ژانویه", 1},
    {"فوریه", 2},
    {"اوریل", 4},
    {"ژوئن", 6},
    {"ژوئیه", 7},
    {"اوت", 8},
    {"سپتامبر", 9},
    {"اکتبر", 10},
    {"نوامبر", 11},
    {"دسامبر", 12},
    {NULL, 0}};

/* The months of the Solar Hijri calendar (Iran, Afghanistan): a date in
 * one is converted (nn_dt_jalali_to_gregorian). */
static const name jalali_months[] = {
    {"فروردین", 1}, {"اردیبهشت", 2}, {"خرداد", 3},  {"تیر", 4},  {"مرداد", 5},
    {"امرداد", 5},  {"شهریور", 6},   {"مهر", 7},    {"ابان", 8}, {"اذر", 9},
    {"دی", 10},     {"بهمن", 11},    {"اسفند", 12}, {NULL, 0}};

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun",
    /* Russian */
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    /* Ukrainian, Polish, Dutch */
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця",
    "пʼятниця", "субота", "неділя", "poniedziałek", "wtorek", "środa",
    "czwartek", "piątek", "sobota", "niedziela", "maandag", "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    /* Turkish */
    "pazartesi", "sali", "çarşamba", "carsamba", "perşembe", "persembe", "cuma",
    "cumartesi", "pazar",
    /* Spanish, Portuguese ("segunda-feira": the "-feira" is skipped) */
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
    "sabado", "domingo", "segunda", "terça", "terca", "quarta", "quinta",
    "sexta",
    /* French, German, Italian, Indonesian */
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag", "lunedì", "martedì", "mercoledì", "giovedì",
    "venerdì", "sabato", "domenica", "senin", "selasa", "rabu", "kamis",
    "jumat", "sabtu", "minggu",
    /* Arabic and Persian, folded (see nn_dt_fold_cp) */
    "السبت", "الاحد", "الاثنین", "الثلاثاء", "الاربعاء", "الخمیس", "الجمعة",
    "شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", NULL};

/* ---- characters and numbers --------------------------------------------- */
/* Skip white space and at most one of the separators in `seps`. */
void nn_dt_skip_sep(cur *c, const char *seps)
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
size_t nn_dt_dash_len(const char *p, const char *end)
{
    if (end - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' &&
        (p[2] == '\x93' || p[2] == '\x94' || p[2] == '\xA2'))
        return 3;
    if (end - p >= 2 && p[0] == '\xC2' && p[1] == '\xB7')
        return 2;
    return 0;
}

/* Read a run of 1..max digits; -1 when there is none. */
int nn_dt_read_num(cur *c, int min, int max)
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

size_t nn_dt_word_len(const cur *c)
{
    const char *p = c->s;
    while (p < c->end && is_alpha(*p))
        p++;
    return (size_t)(p - c->s);
}

/* Before "3 hours" ("hace 3 horas", "il y a 3 heures", "an hour ago"). */
static const char *const ago_before[] = {"hace", "há", "vor", "il",
                                         "a",    "an", NULL};

/* The names above in one hash table (built once), so that a word is
 * looked up in one probe or two: the finder looks up every word of a
 * line. */
#define NAME_SLOTS 1024 /* a power of two, well over the names */
/* | month 1..12 */
static struct {
    const char *w;
    unsigned char what;
} names[NAME_SLOTS];
static pthread_once_t names_once = PTHREAD_ONCE_INIT;
/* The starts of the names: a name's first three characters when they are
 * ASCII letters or its end (27 each: a letter's index, or 26 for the
 * end), a bit for each in name_start[]; names that start otherwise are
 * not there (see nn_dt_maybe_name). */
#define START_END 26
static uint32_t name_start[27 * 27 * 27 / 32 + 1];

static unsigned start_key(unsigned a, unsigned b, unsigned c)
{
    return (a * 27 + b) * 27 + c;
}

static void start_add(const char *w)
{
    unsigned k[3], i;
    for (i = 0; i < 3; i++) {
        if (!w[i]) {
            for (; i < 3; i++)
                k[i] = START_END;
            break;
        }
        if (w[i] < 'a' || w[i] > 'z')
            return;
        k[i] = (unsigned)(w[i] - 'a');
    }
    i = start_key(k[0], k[1], k[2]);
    name_start[i / 32] |= 1u << (i % 32);
}

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
    start_add(w);
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
        name_add(jalali_months[k].w, jalali_months[k].v | NM_OTHER | NM_JALALI);
    for (k = 0; weekdays[k]; k++)
        name_add(weekdays[k], NM_WEEKDAY);
    for (k = 0; ago_before[k]; k++)
        name_add(ago_before[k], NM_AGO);
}

/* What the folded word w names: NM_* bits and a month 1..12, or 0. */
unsigned nn_dt_name_of(const char *w)
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

/* 0 when the word at s is surely no name: its first three characters
 * are ASCII letters or its end (no byte beyond ASCII, whose letter might
 * fold to an ASCII one), folded, and no name starts so. */
int nn_dt_maybe_name(const char *s, const char *end)
{
    unsigned k[3], i, key;
    pthread_once(&names_once, names_build);
    for (i = 0; i < 3; i++) {
        if (end - s <= (ptrdiff_t)i || !is_alpha(s[i])) {
            if (i == 0 ||
                (end - s > (ptrdiff_t)i && (unsigned char)s[i] >= 0x80))
                return 1;
            for (; i < 3; i++)
                k[i] = START_END;
            break;
        }
        k[i] = ((unsigned char)s[i] | 0x20u) - 'a';
    }
    key = start_key(k[0], k[1], k[2]);
    return (name_start[key / 32] >> (key % 32) & 1u) != 0;
}

/* The length of the word at c->s, as nn_dt_peek_word() returns it. */
size_t nn_dt_word_bytes(const cur *c)
{
    const char *p = c->s;
    while (p < c->end) {
        int32_t cp;
        size_t k;
        if (is_alpha(*p)) {
            p++;
            continue;
        }
        k = nn_dt_cp_at(p, c->end, &cp);
        if (!nn_dt_is_letter_cp(cp))
            break;
        p += k;
    }
    return (size_t)(p - c->s);
}

static int month_of(const char *w, int *other, int *jalali)
{
    unsigned what = nn_dt_name_of(w);
    *other = (what & NM_OTHER) != 0;
    *jalali = (what & NM_JALALI) != 0;
    return (int)(what & 15);
}

/* A month name or abbreviation (with an optional '.'): 1..12, else 0.
 * A name other than English makes w strict (w may be NULL). */
int nn_dt_read_month(cur *c, struct when *w)
{
    char buf[WORD_MAX];
    size_t n = nn_dt_peek_word(c, buf);
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

int nn_dt_take_weekday(cur *c)
{
    char w[WORD_MAX];
    size_t n = nn_dt_peek_word(c, w);
    if (n && (nn_dt_name_of(w) & NM_WEEKDAY)) {
        c->s += n;
        return 1;
    }
    return 0;
}

int nn_date_names_weekday(const char *s, size_t len)
{
    cur c = {s, s + len};
    char w[WORD_MAX];
    while (c.s < c.end) {
        size_t n = nn_dt_word_bytes(&c);
        if (!n) {
            int32_t cp;
            c.s += nn_dt_cp_at(c.s, c.end, &cp);
            continue;
        }
        if (nn_dt_peek_word(&c, w) && (nn_dt_name_of(w) & NM_WEEKDAY))
            return 1;
        c.s += n;
    }
    return 0;
}

void nn_dt_skip_weekday(cur *c)
{
    if (!nn_dt_take_weekday(c))
        return;
    if (c->end - c->s >= 6 && !strncasecmp(c->s, "-feira", 6))
        c->s += 6;
    if (c->s < c->end && *c->s == '.')
        c->s++;
    nn_dt_skip_sep(c, ",");
}
