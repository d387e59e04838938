/* date_words.c - the date stage's vocabulary (the parser in date.c and
 * the finder in date_find.c read through it): the cursor's separators,
 * dashes and numbers, words folded (case, Turkish i, Arabic letter
 * forms), and the names a date is written with (date_names.c: months,
 * Solar Hijri months, weekdays, the words before "3 hours") in one hash
 * table built once. */
#include "date_int.h"

#include <pthread.h>
#include <string.h>

/* ---- words ------------------------------------------------------------ */
/* A word is a run of ASCII letters and of the two-byte UTF-8 letters of the
 * Latin-1, Latin Extended-A/B, Greek, Cyrillic and Arabic blocks (all that the
 * names below need).  Words are compared folded: lower case, the Turkish
 * dotted and dotless i (İ, ı) as a plain i, so "MAYIS", "Mayıs" and
 * "mayis" agree; alef with hamza or madda as alef, Arabic yeh and kaf as
 * the Persian ones. */

int nn_dt_is_letter_cp(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x386 && cp <= 0x3CE) || /* Greek */
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

/* Greek in lower case and without accents or diaeresis ("Μαΐου" as
 * "μαιου"): names are written so, and capitals drop the accents. */
static int32_t greek_fold(int32_t cp)
{
    if (cp >= 0x391 && cp <= 0x3A9)
        cp += 32; /* capitals (0x3A2 is no letter) */
    switch (cp) {
    case 0x386:
    case 0x3AC:
        return 0x3B1; /* ά */
    case 0x388:
    case 0x3AD:
        return 0x3B5; /* έ */
    case 0x389:
    case 0x3AE:
        return 0x3B7; /* ή */
    case 0x38A:
    case 0x3AF:
    case 0x3AA:
    case 0x3CA:
    case 0x390:
        return 0x3B9;
    case 0x38C:
    case 0x3CC:
        return 0x3BF; /* ό */
    case 0x38E:
    case 0x3CD:
    case 0x3AB:
    case 0x3CB:
    case 0x3B0:
        return 0x3C5;
    case 0x38F:
    case 0x3CE:
        return 0x3C9; /* ώ */
    }
    return cp;
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
    if (cp >= 0x386 && cp <= 0x3CE)
        return greek_fold(cp);
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
    for (k = 0; nn_dt_en_months[k].w; k++)
        name_add(nn_dt_en_months[k].w, nn_dt_en_months[k].v);
    for (k = 0; nn_dt_other_months[k].w; k++)
        name_add(nn_dt_other_months[k].w, nn_dt_other_months[k].v | NM_OTHER);
    for (k = 0; nn_dt_jalali_months[k].w; k++)
        name_add(nn_dt_jalali_months[k].w,
                 nn_dt_jalali_months[k].v | NM_OTHER | NM_JALALI);
    for (k = 0; nn_dt_weekdays[k]; k++)
        name_add(nn_dt_weekdays[k], NM_WEEKDAY);
    for (k = 0; nn_dt_ago_before[k]; k++)
        name_add(nn_dt_ago_before[k], NM_AGO);
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
