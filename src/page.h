/* page.h - the pipeline's lines (made by normalize.c, rewritten and judged
 * by page.c, classified by classify.c) and the page stage's interface
 * (page.c and page_*.c: page-style scrapes, markdown-ish whole pages). */
#ifndef NN_PAGE_H
#define NN_PAGE_H

#include "internal.h"

/* ---- the pipeline's lines (normalize.c, page.c, classify.c) ---------- */
enum nn_line_kind {
    NN_LINE_TEXT,
    NN_LINE_HEADING, /* a markdown heading (page.c): a paragraph of its own */
    NN_LINE_ITEM,    /* a list item (page.c): a paragraph of its own */
    NN_LINE_RULE,    /* a thematic break ("* * *", "---") */
    NN_LINE_QUOTE,   /* a block quote: a paragraph of its own */
    NN_LINE_JOINED,  /* joined into the line before it (page.c): silent */
};

typedef struct nn_line {
    size_t off, len;    /* cleaned text in the normalizer's text buffer */
    size_t src_off, src_len; /* the text before page.c rewrote it */
    size_t lineno;      /* 1-based, in the decoded input */
    size_t skip;        /* bytes removed from the front (NN_ACT_PREFIX) */
    size_t cut;         /* bytes removed from the end (trailing chrome) */
    int body;           /* body text, from off + skip */
    unsigned char kind; /* enum nn_line_kind */
    unsigned char level; /* heading level */
    unsigned char author; /* all of it links to an author's page (page.c) */
    unsigned char after; /* page.c: it stands after the article's end */
    const char *drop;   /* page.c's verdict: NULL, or why the line goes */
    float value;        /* the measure behind the verdict; < 0: none */
} nn_line;

/* ---- page.c: page-style scrapes (markdown-ish whole pages) ----------- */
typedef struct nn_page nn_page;
nn_page *nn_page_new(void);
void nn_page_free(nn_page *pg);
/* How to read the text as a page: NN_PAGE_MARKDOWN when it holds
 * markdown links or image embeds (a markdown scrape: links, emphasis and
 * embeds are rewritten), else NN_PAGE_PLAIN (a page copied as text: only
 * line-start markers are read). */
enum { NN_PAGE_MARKDOWN = 1, NN_PAGE_PLAIN = 2 };
int nn_page_detect(const char *s, size_t len);
/* Rewrite the lines' markdown (the new text is appended to `text` and the
 * lines point there), classify their blocks and set each line's verdict.
 * Returns the headline's line index, or SIZE_MAX when none stands out. */
/* Rules have the last word on a headline: chrome() says whether a rule
 * of the profile claims line i as page chrome (a banner, an appeal). */
typedef struct nn_page_veto {
    int (*chrome)(void *ctx, size_t i);
    void *ctx;
} nn_page_veto;
size_t nn_page_judge(nn_page *pg, int kind, nn_buf *text, nn_line *lines,
                     size_t n, const nn_page_veto *veto);
/* Did the last nn_page_judge() find no article text (its verdicts were
 * withdrawn, the text kept)?  0 no, 1 yes, 2 yes on a text of ten blocks
 * or more (a page, not a short article). */
int nn_page_failed(const nn_page *pg);
/* Could the line be a headline by its shape alone (min_words to 30
 * words, mostly letters, no URL, date, breadcrumb, list of site names,
 * sentence end or photo credit)? */
int nn_page_title_shape(const char *s, size_t n, size_t min_words);
/* The language of the last judged page (lang.h), or -1. */
int nn_page_lang(const nn_page *pg);
/* The page's own URL as its share buttons name it, or NULL. */
const char *nn_page_url(const nn_page *pg);

#endif /* NN_PAGE_H */
