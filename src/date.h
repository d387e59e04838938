/* date.h - dates in the text: whole strings parsed, dates found inside a
 * line with their labels, dates in URLs and wire ids (date.c). */
#ifndef NN_DATE_H
#define NN_DATE_H

#include <stddef.h>

#define NN_DATE_MAX 32
/* Parse a whole string as a date (optionally weekday-prefixed, optionally
 * followed by a time and zone).  Writes ISO 8601 into out and returns 0, or
 * returns -1 when s is not entirely a date. */
int nn_date_parse(const char *s, size_t len, char out[NN_DATE_MAX]);
/* "DDMMYYYY" (MENAFN wire ids) to ISO; -1 when not a valid date. */
int nn_date_parse_dmy8(const char *s, size_t len, char out[NN_DATE_MAX]);
/* The first /YYYY/MM/DD/ in a URL path to ISO; -1 when there is none. */
int nn_date_from_url(const char *url, char out[NN_DATE_MAX]);
/* One date found inside a line: where it stands and how it reads. */
typedef struct nn_date_hit {
    size_t start, end;     /* byte span of the date in the line */
    char iso[NN_DATE_MAX]; /* as nn_date_parse writes it */
    unsigned label;        /* NN_DATE_LBL_* bits: what precedes it */
} nn_date_hit;
/* "Published", "Publish Date:", "Posted on", "First published", "Date:",
 * "Опубликовано", "Yayınlanma", "Publicado", "Publié le" ... */
#define NN_DATE_LBL_PUBLISHED 1u
/* "Updated", "Last updated", "Modified", "Обновлено", "Güncelleme",
 * "Actualizado", "Atualizado", "Mis à jour", "Aktualisiert" ... */
#define NN_DATE_LBL_UPDATED 2u
/* Not a date at all: "3 hours ago", "vor 3 Stunden", "3 часа назад" is
 * reported with iso[0] == 0 so that callers can see tickers. */
#define NN_DATE_LBL_TIME_AGO 4u
/* Find up to max dates in s (len bytes, one line, UTF-8), left to right,
 * not overlapping; returns how many.  At each start (a digit, or a month
 * or weekday name, not inside a word or number) the longest date wins
 * (date, time and zone over the date alone); a date must not run on into
 * a word or number.  Linear in len: a parse is tried only at those starts,
 * over at most 96 bytes. */
size_t nn_date_find(const char *s, size_t len, nn_date_hit *hits, size_t max);
/* Does s (len bytes) name a weekday, in any language the parser reads
 * ("Tuesday, 02 January 2024", "چهارشنبه، 12 اردیبهشت 1403")? */
int nn_date_names_weekday(const char *s, size_t len);
/* 0 when nn_date_find(s, len, ...) surely finds no date with an ISO form
 * (every one has an ASCII digit, or a Persian or Arabic-Indic one read as
 * such), and with with_time, none with a time (read as a digit, then ':',
 * '.' or 'h', then digits): a test cheaper than the search. */
int nn_date_may_hold(const char *s, size_t len, int with_time);
/* A label of one word, a separator and a date that ends the line
 * ("REPORTING · 27th January 2010", "News | 12 May 2020"): a kicker and
 * the date, never a headline. */
int nn_date_kicker_line(const char *s, size_t len);
/* Is s (len bytes, one line) mostly a date: its first two dates with an
 * ISO form cover half its bytes or more ("Martes, 24 de marzo 2020,
 * 16:20", "joi, martie 1, 2018, 3:00")?  A page's date line, or a clock. */
int nn_date_mostly(const char *s, size_t len);

#endif /* NN_DATE_H */
