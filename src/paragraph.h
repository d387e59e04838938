/* paragraph.h - body lines joined into paragraphs (paragraph.c). */
#ifndef NN_PARAGRAPH_H
#define NN_PARAGRAPH_H

#include "internal.h"

/* A body line handed to paragraph assembly. */
typedef struct nn_pline {
    const char *s;
    size_t len;
    int gap;  /* blank or removed lines came before it */
    int hard; /* a paragraph of its own (a heading, a list item) */
} nn_pline;
/* Join lines into paragraphs separated by "\n\n", appended to out. */
void nn_paragraphs(const nn_pline *lines, size_t n, nn_buf *out);

#endif /* NN_PARAGRAPH_H */
