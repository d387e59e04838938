/* inline.h - inline HTML tags and entities in a line (inline.c, through
 * libxml2), and libxml2's one initialization. */
#ifndef NN_INLINE_H
#define NN_INLINE_H

#include "internal.h"

typedef struct nn_inline nn_inline;
nn_inline *nn_inline_new(void);
void nn_inline_free(nn_inline *in);
/* Does the span need the HTML pass (holds '<' or '&')? */
int nn_inline_needed(const char *s, size_t len);
/* Append the text of the HTML fragment s to out (tags removed, entities
 * decoded, <br> and block tags become spaces, script/style dropped).
 * Returns the number of bytes of script/style text dropped. */
size_t nn_inline_strip(nn_inline *in, const char *s, size_t len, nn_buf *out);

#endif /* NN_INLINE_H */
