/* source_int.h - what source.c and source_chrome.c share (nothing else
 * includes it): a name taken as the source, and the cues source_chrome.c
 * reads in the chrome's lines. */
#ifndef NN_SOURCE_INT_H
#define NN_SOURCE_INT_H

#include "article.h"

#include <stddef.h>

#define NN_SRC_MAXNAME 48 /* bytes of a name taken */

static inline int nn_src_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Take s (n bytes) as rec's source when it has a name's shape (1 to 5
 * words, a letter, no stray punctuation), warning why: 1, or 0. */
int nn_src_take(nn_record *rec, const char *s, size_t n, const char *why);
/* Is s a photo agency, stock library or network ("AFP", "Getty Images",
 * "Facebook") or a credit that names no outlet ("Handout", "Istimewa")? */
int nn_src_agency(const char *s, size_t n);

/* Cues on one line of chrome (s, n bytes): 1 when it named the source. */
int nn_src_byline_outlet(nn_record *rec, const char *s, size_t n);
/* An appeal to follow the site on a messenger that names it last
 * ("Únete al canal de WhatsApp de El Popular"): its name. */
int nn_src_follow_outlet(nn_record *rec, const char *s, size_t n);
int nn_src_line_credit(nn_record *rec, const char *s, size_t n);
int nn_src_line_host(nn_record *rec, const char *s, size_t n);
int nn_src_line_masthead(nn_record *rec, const char *s, size_t n);
/* A newsroom's address alone ("redazione@laprovinciadifermo.com"): its
 * host. */
int nn_src_line_newsroom_mail(nn_record *rec, const char *s, size_t n);
#define LOGO_AGAIN_MAX 40 /* bytes of a site's name printed as its logo */
/* A name of a logo's shape ("INDIE BANYUMAS", "El Faro de Melilla") that
 * the page prints three times or more above its text (the caller counts
 * and checks where): its name. */
int nn_src_line_logo_again(nn_record *rec, const char *s, size_t n);
/* A logo's alternative text ("Gibraltar Chronicle Logo"; "logo Name" only
 * with top, on one of the page's first lines): its name. */
int nn_src_logo_line(nn_record *rec, const char *s, size_t n, int top);

#endif /* NN_SOURCE_INT_H */
