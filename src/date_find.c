/* date_find.c - the date stage's finder: nn_date_find(), the dates inside
 * a line (see date.h).  It tries date.c's parser, greedily, at each start
 * a date can have, keeps what ends at a word's edge, and tells each hit's
 * label ("Published:", "Updated", "Modified on") and relative dates
 * ("3 hours ago", "hace 2 días").  classify.c weighs the hits. */
#include "date_int.h"
#include "unicode.h"

#include <string.h>
#include <strings.h>

/* ---- dates inside a line ------------------------------------------------- */
/* The longest date tried at one start, in bytes: enough for "воскресенье,
 * 21 октября 2019 года в 14:51 (МСК)"; it keeps the search linear. */
#define FIND_SPAN 96

/* Does the character before s[i] join it into a word or number (a letter
 * or digit)? */
static int joined_before(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    if (is_digit(s[i - 1]) || is_alpha(s[i - 1]))
        return 1;
    if (!((unsigned char)s[i - 1] & 0x80))
        return 0;
    return nn_dt_is_letter_cp(nn_utf8_before(s, i));
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
    nn_dt_cp_at(s + e, s + len, &cp);
    if (nn_dt_is_letter_cp(cp) || is_digit(s[e]))
        return 0;
    return !(e + 1 < len && s[e] && strchr("./-:", s[e]) && is_digit(s[e + 1]));
}

static int found_date(const char *s, size_t i, size_t lim, size_t len,
                      nn_date_hit *h)
{
    struct when w;
    const char *ends[2], *start = s + i;
    int k;
    ends[0] = nn_dt_scan((cur){start, s + lim}, &w, &ends[1]);
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
static const char *const it_units[] = {"secondo",   "secondi", "minuto",
                                       "minuti",    "ora",     "ore",
                                       "giorno",    "giorni",  "settimana",
                                       "settimane", "mese",    "mesi",
                                       "anno",      "anni",    NULL};
/* After "hace 3", "há 3", "vor 3", "il y a 3": one of these units. */
static const char *const ago_units[] = {
    "segundo", "segundos", "minuto",   "minutos",  "min",     "mins",  "hora",
    "horas",   "h",        "día",      "días",     "dia",     "dias",  "semana",
    "semanas", "mes",      "meses",    "mês",      "año",     "años",  "ano",
    "anos",    "seconde",  "secondes", "minute",   "minutes", "heure", "heures",
    "jour",    "jours",    "semaine",  "semaines", "mois",    "an",    "ans",
    "sekunde", "sekunden", "minuten",  "stunde",   "stunden", "std",   "tag",
    "tagen",   "woche",    "wochen",   "monat",    "monaten", "jahr",  "jahren",
    NULL};

/* "3 hours ago" at c->s (a number, or "a"/"an" in English): its end, or
 * NULL. */
static const char *ago_tail(cur c, int article)
{
    char unit[WORD_MAX], w[WORD_MAX];
    size_t n;
    if (!article && nn_dt_read_num(&c, 1, 3) < 0)
        return NULL;
    skip_space(&c);
    if (!(n = nn_dt_peek_word(&c, unit)) || !unit[0])
        return NULL;
    c.s += n;
    if (c.s < c.end && *c.s == '.') /* "3 min. ago" */
        c.s++;
    skip_space(&c);
    n = nn_dt_peek_word(&c, w);
    if (!n)
        return NULL;
    if (article ? !strcmp(w, "ago")
                : (nn_dt_word_in(w, ago_after) ||
                   (!strcmp(w, "fa") && nn_dt_word_in(unit, it_units))))
        return c.s + n;
    if (!article && !strcmp(w, "yang")) {
        c.s += n;
        skip_space(&c);
        n = nn_dt_peek_word(&c, w);
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
    size_t n = nn_dt_peek_word(&c, w);

    if (!n) {
        e = ago_tail(c, 0);
    } else if (!strcmp(w, "a") || !strcmp(w, "an")) { /* an hour ago */
        c.s += n;
        skip_space(&c);
        e = ago_tail(c, 1);
    } else if (nn_dt_name_of(w) & NM_AGO) {
        char unit[WORD_MAX];
        c.s += n;
        skip_space(&c);
        if (!strcmp(w, "il")) { /* il y a */
            if (!nn_dt_take_word(&c, (const char *const[]){"y", NULL}))
                return 0;
            skip_space(&c);
            if (!nn_dt_take_word(&c, (const char *const[]){"a", NULL}))
                return 0;
            skip_space(&c);
        }
        if (nn_dt_read_num(&c, 1, 3) < 0)
            return 0;
        skip_space(&c);
        if ((n = nn_dt_peek_word(&c, unit)) != 0 &&
            nn_dt_word_in(unit, ago_units))
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
    {"published", NN_DATE_LBL_PUBLISHED},
    {"publish date", NN_DATE_LBL_PUBLISHED},
    {"publication date", NN_DATE_LBL_PUBLISHED},
    {"date", NN_DATE_LBL_PUBLISHED},
    {"published time", NN_DATE_LBL_PUBLISHED}, /* reader-mode headers */
    {"posted", NN_DATE_LBL_PUBLISHED},
    {"posted/updated", NN_DATE_LBL_PUBLISHED | NN_DATE_LBL_UPDATED},
    {"released", NN_DATE_LBL_PUBLISHED},
    {"created", NN_DATE_LBL_PUBLISHED},
    {"issued", NN_DATE_LBL_PUBLISHED},
    {"опубликовано", NN_DATE_LBL_PUBLISHED},
    {"дата", NN_DATE_LBL_PUBLISHED},
    {"дата публикации", NN_DATE_LBL_PUBLISHED},
    {"yayinlanma", NN_DATE_LBL_PUBLISHED},
    {"yayin tarihi", NN_DATE_LBL_PUBLISHED},
    {"tarih", NN_DATE_LBL_PUBLISHED},
    {"tarihi", NN_DATE_LBL_PUBLISHED},
    {"publicado", NN_DATE_LBL_PUBLISHED},
    {"publicada", NN_DATE_LBL_PUBLISHED},
    {"fecha", NN_DATE_LBL_PUBLISHED},
    {"data", NN_DATE_LBL_PUBLISHED},
    {"publié", NN_DATE_LBL_PUBLISHED},
    {"publiée", NN_DATE_LBL_PUBLISHED},
    {"veröffentlicht", NN_DATE_LBL_PUBLISHED},
    {"datum", NN_DATE_LBL_PUBLISHED},
    {"pubblicato", NN_DATE_LBL_PUBLISHED},
    {"pubblicata", NN_DATE_LBL_PUBLISHED},
    {"diterbitkan", NN_DATE_LBL_PUBLISHED},
    {"dipublikasikan", NN_DATE_LBL_PUBLISHED},
    {"tanggal", NN_DATE_LBL_PUBLISHED},
    {"تاریخ", NN_DATE_LBL_PUBLISHED},
    {"تاریخ انتشار", NN_DATE_LBL_PUBLISHED},
    {"تاریخ النشر", NN_DATE_LBL_PUBLISHED},
    {"نشر فی", NN_DATE_LBL_PUBLISHED},
    {"منتشر شده", NN_DATE_LBL_PUBLISHED},
    {"تاريخ", NN_DATE_LBL_PUBLISHED}, /* (Arabic's yeh; the above, Persian's) */
    {"تاريخ النشر", NN_DATE_LBL_PUBLISHED},
    {"发布日期", NN_DATE_LBL_PUBLISHED},
    {"发布时间", NN_DATE_LBL_PUBLISHED},
    {"發佈日期", NN_DATE_LBL_PUBLISHED},
    {"發布時間", NN_DATE_LBL_PUBLISHED},
    {"公開日", NN_DATE_LBL_PUBLISHED},
    {"掲載日", NN_DATE_LBL_PUBLISHED},
    {"입력", NN_DATE_LBL_PUBLISHED},
    {"등록", NN_DATE_LBL_PUBLISHED},
    {"ngày đăng", NN_DATE_LBL_PUBLISHED},
    {"updated", NN_DATE_LBL_UPDATED},
    {"update", NN_DATE_LBL_UPDATED},
    {"modified", NN_DATE_LBL_UPDATED},
    {"updated date", NN_DATE_LBL_UPDATED},
    {"update date", NN_DATE_LBL_UPDATED},
    {"modified date", NN_DATE_LBL_UPDATED},
    {"обновлено", NN_DATE_LBL_UPDATED},
    {"обновлен", NN_DATE_LBL_UPDATED},
    {"обновлён", NN_DATE_LBL_UPDATED},
    {"güncelleme", NN_DATE_LBL_UPDATED},
    {"güncellendi", NN_DATE_LBL_UPDATED},
    {"güncellenme", NN_DATE_LBL_UPDATED},
    {"güncelleme tarihi", NN_DATE_LBL_UPDATED},
    {"actualizado", NN_DATE_LBL_UPDATED},
    {"actualizada", NN_DATE_LBL_UPDATED},
    {"actualización", NN_DATE_LBL_UPDATED},
    {"atualizado", NN_DATE_LBL_UPDATED},
    {"atualizada", NN_DATE_LBL_UPDATED},
    {"atualização", NN_DATE_LBL_UPDATED},
    {"mis à jour", NN_DATE_LBL_UPDATED},
    {"mise à jour", NN_DATE_LBL_UPDATED},
    {"aktualisiert", NN_DATE_LBL_UPDATED},
    {"aktualisierung", NN_DATE_LBL_UPDATED},
    {"aggiornato", NN_DATE_LBL_UPDATED},
    {"aggiornata", NN_DATE_LBL_UPDATED},
    {"aggiornamento", NN_DATE_LBL_UPDATED},
    {"diperbarui", NN_DATE_LBL_UPDATED},
    {"اخر تحدیث", NN_DATE_LBL_UPDATED},
    {"تحدیث", NN_DATE_LBL_UPDATED},
    {"بروزرسانی", NN_DATE_LBL_UPDATED},
    {"更新时间", NN_DATE_LBL_UPDATED},
    {"更新日", NN_DATE_LBL_UPDATED},
    {"수정", NN_DATE_LBL_UPDATED},
    {"cập nhật", NN_DATE_LBL_UPDATED},
};

/* Words between a label and its date: "Posted on", "Publié le". */
static const char *const label_links[] = {"on",  "at", "le",   "am",
                                          "el",  "em", "il",   "de",
                                          "del", "в",  "pada", NULL};

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
        else if (n >= 3 && !memcmp(buf + n - 3, "\xEF\xBC\x9A", 3))
            n -= 3; /* a full-width colon */
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
        a++;         /* a character's first byte */
    while (a < to) { /* fold it: it cannot grow */
        int32_t cp;
        size_t l = nn_dt_cp_at(s + a, s + to, &cp);
        if (nn_dt_is_letter_cp(cp)) {
            cp = nn_dt_fold_cp(cp);
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
static size_t find_in(const char *s, size_t len, nn_date_hit *hits, size_t max);

size_t nn_date_find(const char *s, size_t len, nn_date_hit *hits, size_t max)
{
    char buf[EASTERN_MAX];
    size_t map[EASTERN_MAX + 1], m, n, k;
    if (!memchr(s, 0xDB, len) && !memchr(s, 0xD9, len))
        return find_in(s, len, hits, max);
    if ((m = nn_dt_latin_digits(s, len, buf, map)) == 0)
        return find_in(s, len, hits, max);
    n = find_in(buf, m, hits, max);
    for (k = 0; k < n; k++) {
        hits[k].start = map[hits[k].start];
        hits[k].end = map[hits[k].end];
    }
    return n;
}

int nn_date_may_hold(const char *s, size_t len, int with_time)
{
    size_t i;
    if (memchr(s, 0xDB, len) || memchr(s, 0xD9, len))
        return 1; /* digits nn_dt_latin_digits() may read */
    for (i = 0; i < len; i++)
        if (is_digit(s[i]) &&
            (!with_time ||
             (i + 2 < len && is_digit(s[i + 2]) &&
              (s[i + 1] == ':' || s[i + 1] == '.' || s[i + 1] == 'h'))))
            return 1;
    return 0;
}

static size_t find_in(const char *s, size_t len, nn_date_hit *hits, size_t max)
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
        } else if ((unsigned char)s[i] < 0x80 && !is_alpha(s[i])) {
            skip = 1; /* no letter, no digit: as nn_dt_cp_at() would say */
        } else if (nn_dt_cp_at(s + i, s + len, &cp) && nn_dt_is_letter_cp(cp)) {
            char w[WORD_MAX];
            unsigned what;
            if (!nn_dt_maybe_name(s + i, s + len)) { /* most words */
                i += nn_dt_word_bytes(&(cur){s + i, s + len});
                continue;
            }
            skip = nn_dt_peek_word(&(cur){s + i, s + len}, w);
            if (w[0] && !joined_before(s, i) &&
                (what = nn_dt_name_of(w)) != 0) {
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
