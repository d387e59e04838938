/* date_int.h - what the date stage's files share (date.c and date_*.c
 * include it, nothing else does): the cursor, a date as read, the
 * character helpers, and the steps each file gives the others.
 *
 * The stage, in the order a date passes through it:
 *   date_names.c     month, weekday and "ago" names in many languages
 *   date_words.c     the cursor's numbers and words; the names looked up
 *                    by hash
 *   date.c           the parser: nn_date_parse() and its readers (dates
 *                    as written, times, zones)
 *   date_calendar.c  days in a month, the Solar Hijri calendar, Persian
 *                    and Arabic-Indic digits, dates in URLs
 *   date_find.c      the finder: nn_date_find(), dates inside a line, their
 *                    labels ("Updated:"), "3 hours ago" */
#ifndef NN_DATE_INT_H
#define NN_DATE_INT_H

#include "date.h"
#include "internal.h"

#include <stddef.h>
#include <stdint.h>

/* A cursor over the text being read: s moves, end stays. */
typedef struct cur {
    const char *s, *end;
} cur;

#define WORD_MAX 24 /* bytes of a folded word (see date_words.c) */

/* Dates written with Persian or Arabic-Indic digits are read from a copy
 * with ASCII ones, for lines up to this many bytes (date_calendar.c). */
#define EASTERN_MAX 1024

/* The names (date_names.c): each list ends with a NULL word.  The
 * English months are always read; a date named in another language
 * (nn_dt_other_months) takes years 1990..2100 only. */
typedef struct nn_dt_name {
    const char *w; /* folded */
    unsigned char v;
} nn_dt_name;
extern const nn_dt_name nn_dt_en_months[], nn_dt_other_months[],
    nn_dt_jalali_months[];
extern const char *const nn_dt_weekdays[], *const nn_dt_ago_before[];

/* What nn_dt_name_of() says of a word: these bits | a month 1..12. */
enum { NM_OTHER = 16, NM_WEEKDAY = 32, NM_AGO = 64, NM_JALALI = 128 };

/* A date as read. */
struct when {
    int y, m, d;
    int hh, mm, ss;     /* hh < 0: no time */
    int has_zone, zone; /* zone offset in minutes */
    int strict;         /* a newer form: years 1990..2100 only */
    int tin;    /* the time was read inside the date (07 Dec 09:51 2018) */
    int jalali; /* y m d are of the Solar Hijri calendar */
};

static inline int is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

static inline int is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static inline int is_space(char c)
{
    return c == ' ' || c == '\t';
}

static inline void skip_space(cur *c)
{
    while (c->s < c->end && is_space(*c->s))
        c->s++;
}

/* ---- the steps, by the file that holds them ------------------------------ */

/* date.c */
int nn_dt_format(const struct when *w, char out[NN_DATE_MAX]);
const char *nn_dt_scan(cur c, struct when *w, const char **date_end);

/* date_words.c */
size_t nn_dt_cp_at(const char *p, const char *end, int32_t *cp);
size_t nn_dt_dash_len(const char *p, const char *end);
int32_t nn_dt_fold_cp(int32_t cp);
int nn_dt_is_letter_cp(int32_t cp);
unsigned nn_dt_name_of(const char *w);
int nn_dt_maybe_name(const char *s, const char *end);
size_t nn_dt_word_bytes(const cur *c);
size_t nn_dt_peek_word(const cur *c, char buf[WORD_MAX]);
int nn_dt_read_month(cur *c, struct when *w);
int nn_dt_read_num(cur *c, int min, int max);
void nn_dt_skip_sep(cur *c, const char *seps);
void nn_dt_skip_weekday(cur *c);
int nn_dt_take_weekday(cur *c);
int nn_dt_take_word(cur *c, const char *const *list);
int nn_dt_word_in(const char *w, const char *const *list);
size_t nn_dt_word_len(const cur *c);

/* date_calendar.c */
int nn_dt_jalali_to_gregorian(struct when *w);
size_t nn_dt_latin_digits(const char *s, size_t len, char *out, size_t *map);
int nn_dt_valid(const struct when *w);
int nn_dt_valid_ymd(int y, int m, int d);

#endif
