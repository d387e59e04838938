/* url.h - URLs in the text: their characters, starts and breaks, and the
 * display name of a URL's host (url.c). */
#ifndef NN_URL_H
#define NN_URL_H

#include "internal.h"

/* Is c a character that may appear in a URL? */
int nn_url_char(unsigned char c);
/* Does s (len bytes) start like a URL (scheme:// or www.)? */
int nn_url_start(const char *s, size_t len);
/* Do all space-separated tokens of s consist of URL characters? */
int nn_url_tokens(const char *s, size_t len);
/* Append s to out without its white space (a URL broken across spaces). */
void nn_url_join(const char *s, size_t len, nn_buf *out);
/* Display name for the URL's host (table, else the bare host); NULL when
 * the URL has no host. */
char *nn_url_source(const char *url);

#endif /* NN_URL_H */
