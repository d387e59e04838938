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

/* ---- the page stage's verdicts ---------------------------------------
 * Why page.c drops a line (nn_line.drop) or judged a block so: NN_V_NONE
 * keeps it.  nn_verdict_name() (page.c) holds the one table of their
 * names, which --explain, --stats and a removal's "rule" show; the lines
 * after an article's end are named "after-article: " and the end
 * marker's name ("after-article: comments", NN_V_AFTER_PREFIX). */
enum nn_verdict {
    NN_V_NONE,
    /* a block alone (page_blocks.c) */
    NN_V_IMAGE,           /* image embeds, no text */
    NN_V_MARKUP,          /* no visible text */
    NN_V_NAV_LIST,        /* a list item mostly links (measure: density) */
    NN_V_LINK_DENSITY,    /* mostly link text (measure: link density) */
    NN_V_REPEATED,        /* the same text stands elsewhere on the page */
    NN_V_SHORT_LINK,      /* short, with a link (measure: link density) */
    NN_V_SHORT,           /* short, a sentence */
    NN_V_SHORT_NO_PUNCT,  /* short, no sentence */
    NN_V_ISOLATED,        /* near-good text among bad blocks */
    NN_V_STOPWORDS,       /* too few stopwords (measure: their share) */
    NN_V_HEADING_NO_TEXT, /* a heading no text follows */
    /* the page's lines (page.c) */
    NN_V_RULE_LINE,       /* a thematic break */
    NN_V_BEFORE_HEADLINE, /* above the headline */
    /* chrome that reads as text (page_chrome.c) */
    NN_V_PHOTO_CREDIT,
    NN_V_COOKIE_NOTICE,
    NN_V_FOLLOW_PROMPT,
    NN_V_DATE_LINE,
    NN_V_SHORT_RUN,
    NN_V_IMAGE_CAPTION,
    NN_V_PULL_QUOTE,
    NN_V_TICKER,
    NN_V_EMBEDDED_POST,
    /* the article's span (page_span.c) */
    NN_V_TEASER,
    NN_V_HEAD_LINE,
    /* end markers: what follows an article (page_span.c) */
    NN_V_COMMENTS,
    NN_V_APPEAL,
    NN_V_RELATED,
    NN_V_POPULAR,
    NN_V_TAGS,
    NN_V_NEWSLETTER,
    NN_V_SHARE,
    NN_V_AUTHOR_BOX,
    NN_V_CITATION,
    NN_V_DIALOG,
    NN_V_FOOTER,
    NN_V_NEXT_ITEM,
    NN_V_AD_SLOT,
    NN_V_PAYWALL,
    NN_V_COUNT
};
#define NN_V_AFTER_PREFIX "after-article: "
/* The verdict's name ("link-density"); NULL for NN_V_NONE. */
const char *nn_verdict_name(enum nn_verdict v);

typedef struct nn_line {
    size_t off, len;         /* cleaned text in the normalizer's text buffer */
    size_t src_off, src_len; /* the text before page.c rewrote it */
    size_t lineno;           /* 1-based, in the decoded input */
    size_t skip;             /* bytes removed from the front (NN_ACT_PREFIX) */
    size_t cut;              /* bytes removed from the end (trailing chrome) */
    size_t header;           /* bytes a corpus header took from its front:
                                its wrapped width counts them */
    int body;                /* body text, from off + skip */
    unsigned char kind;      /* enum nn_line_kind */
    unsigned char level;     /* heading level */
    unsigned char author;    /* all of it links to an author's page (page.c) */
    unsigned char after;     /* page.c: it stands after the article's end */
    enum nn_verdict drop;    /* page.c's verdict: why the line goes, or
                             NN_V_NONE */
    float value;             /* the measure behind the verdict; < 0: none */
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
/* Added to the kind nn_page_judge() is given: the text is an HTML page's
 * article element (html.c chose it by the page's structure), so a block
 * the text alone would doubt (short, no sentence, few stopwords, near
 * good among bad) is the article's; chrome that reads as chrome still
 * goes. */
#define NN_PAGE_ARTICLE 4
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
/* A site's masthead: its name and a section of news on either side of
 * a dash or bar ("Огни Кубани – Новости Кропоткина", "Daily Item |
 * Local News", "City of Fairhaven Springs, Oregon - Home Page"), the
 * section in one to three capitalized words: the name (in s, *name_len
 * bytes), or NULL. */
const char *nn_page_masthead(const char *s, size_t n, size_t *name_len);
/* Does a word of s (n bytes) name a section of news ("News", "Haber",
 * "Новости")? */
int nn_page_section_word(const char *s, size_t n);
/* A name in capitals that signs a paragraph, glued after its last
 * sentence ("... detenzione delle armi. GAETANO MILINO"): two or three
 * words of capitals to the line's end.  The name's offset in s, or 0. */
size_t nn_page_caps_signoff(const char *s, size_t n);
/* Does line s open with a town's name in capitals and a full stop or a
 * dash ("PIETRAPERZIA. Alunni ...", "ROMA - Il ..."), as a local page's
 * item does? */
int nn_page_caps_dateline(const char *s, size_t n);
/* A photo credit with its label and no colon ("Фото Андрея
 * Сорокина/ЯСИА", "Foto Jane Roe/El Diario"): capitalized words, a
 * slash, capitalized words, nothing else; the label's length, or 0.
 * (page_credits.c) */
size_t nn_page_unlabelled_credit(const char *s, size_t n);
/* The language of the last judged page (lang.h), or -1. */
int nn_page_lang(const nn_page *pg);
/* The page's own URL as its share buttons name it, or NULL. */
const char *nn_page_url(const nn_page *pg);

/* page_lines.c: Append s to the paragraph that starts at out->ptr + para, as a wrapped
 * line joins it: a space between, or a hyphenated word mended.  s must not
 * point into out unless out has room for len + 1 more bytes. */
void nn_paragraph_join(nn_buf *out, size_t para, const char *s, size_t len);

#endif /* NN_PAGE_H */
