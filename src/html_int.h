/* html_int.h - what the HTML stage's files share (html.c and html_*.c
 * include it, nothing else does): the limits, the tag table, the class
 * and id word bits, a node of the tree, the converter's state, and the
 * steps each file gives the others.
 *
 * The stage, in the order the data passes through it:
 *   html.c           the entry: detection, the charset, the parse, the
 *                    steps below in order, the removals reported
 *   html_prestrip.c  script and style text cut, hopeless tags left out,
 *                    before libxml2 reads the page
 *   html_tree.c      libxml2's SAX callbacks: the tree, hidden and
 *                    non-content elements marked as they open
 *   html_jsonld.c    JSON-LD scripts read with jansson
 *   html_meta.c      meta, OpenGraph, link and <time> values, merged into
 *                    the page's metadata; the headline, byline, time
 *   html_article.c   class and id evidence, measures and removals, the
 *                    article's element chosen, its blocks of links
 *   html_write.c     the reader-mode text written (see html.h) */
#ifndef NN_HTML_INT_H
#define NN_HTML_INT_H

#include "html.h"

#include "date.h"
#include "internal.h"

#include <libxml/HTMLparser.h>
#include <stdint.h>

#define META_MAX 2048     /* bytes kept of a metadata value */
#define TITLE_MAX 2048    /* bytes of <title> read */
#define LD_MAX (1u << 20) /* bytes of one JSON-LD block */
#define LD_BLOCKS 16      /* JSON-LD blocks parsed */
#define LD_DEPTH 8        /* nesting searched in a JSON-LD value */
#define LD_ITEMS 256      /* array items looked at, per array */
#define TIMES 64          /* <time datetime> elements remembered */
#define CHARSET_SCAN 4096 /* bytes searched for the declared charset */
#define PATH_MAX_DESC 64  /* bytes of one element's --explain label */
#define LABEL_MAX 300     /* bytes of a "Read more: ..." line at most */
#define DEK_MIN 40        /* bytes of a standfirst under the headline */
#define PROSE_MIN                                                              \
    20 /* bytes of text beside its links that make an
                               item in the article's element prose */

/* ---- tags ---------------------------------------------------------------- */

/* Every tag the converter knows: name, enum suffix, properties (P_*).
 * Sorted by name, for bsearch; any other tag is inline (T_OTHER). */
#define P_BLOCK 1u   /* a paragraph boundary */
#define P_HARD 2u    /* never text: dropped with all it holds */
#define P_CHROME 4u  /* page chrome by its tag */
#define P_PARA 8u    /* holds paragraph text */
#define P_NOPARA 16u /* its text is not paragraph text (items, headings) */
#define P_CAND 32u   /* may hold the article */
#define P_FREE 64u   /* void, closes by itself, or raw text: see guard_tag */

#define TAGS(X)                                                                \
    X(a, A, 0)                                                                 \
    X(address, ADDRESS, P_BLOCK)                                               \
    X(area, AREA, P_FREE)                                                      \
    X(article, ARTICLE, P_BLOCK | P_CAND)                                      \
    X(aside, ASIDE, P_BLOCK | P_CHROME)                                        \
    X(audio, AUDIO, P_HARD)                                                    \
    X(base, BASE, P_FREE)                                                      \
    X(blockquote, BLOCKQUOTE, P_BLOCK | P_PARA)                                \
    X(body, BODY, P_BLOCK | P_FREE)                                            \
    X(br, BR, P_FREE)                                                          \
    X(button, BUTTON, P_HARD)                                                  \
    X(canvas, CANVAS, P_HARD)                                                  \
    X(caption, CAPTION, P_BLOCK | P_NOPARA)                                    \
    X(center, CENTER, P_BLOCK)                                                 \
    X(col, COL, P_FREE)                                                        \
    X(colgroup, COLGROUP, P_FREE)                                              \
    X(dd, DD, P_BLOCK | P_FREE)                                                \
    X(details, DETAILS, P_BLOCK)                                               \
    X(dialog, DIALOG, P_HARD)                                                  \
    X(div, DIV, P_BLOCK)                                                       \
    X(dl, DL, P_BLOCK)                                                         \
    X(dt, DT, P_BLOCK | P_NOPARA | P_FREE)                                     \
    X(embed, EMBED, P_HARD | P_FREE)                                           \
    X(fieldset, FIELDSET, P_BLOCK)                                             \
    X(figcaption, FIGCAPTION, P_BLOCK | P_NOPARA)                              \
    X(figure, FIGURE, P_BLOCK)                                                 \
    X(footer, FOOTER, P_BLOCK | P_CHROME)                                      \
    X(form, FORM, P_BLOCK)                                                     \
    X(h1, H1, P_BLOCK | P_NOPARA)                                              \
    X(h2, H2, P_BLOCK | P_NOPARA)                                              \
    X(h3, H3, P_BLOCK | P_NOPARA)                                              \
    X(h4, H4, P_BLOCK | P_NOPARA)                                              \
    X(h5, H5, P_BLOCK | P_NOPARA)                                              \
    X(h6, H6, P_BLOCK | P_NOPARA)                                              \
    X(head, HEAD, P_HARD | P_FREE)                                             \
    X(header, HEADER, P_BLOCK)                                                 \
    X(hgroup, HGROUP, P_BLOCK)                                                 \
    X(hr, HR, P_BLOCK | P_FREE)                                                \
    X(html, HTML, P_BLOCK | P_FREE)                                            \
    X(iframe, IFRAME, P_HARD)                                                  \
    X(img, IMG, P_FREE)                                                        \
    X(input, INPUT, P_HARD | P_FREE)                                           \
    X(legend, LEGEND, P_BLOCK | P_NOPARA)                                      \
    X(li, LI, P_BLOCK | P_NOPARA | P_FREE)                                     \
    X(link, LINK, P_HARD | P_FREE)                                             \
    X(main, MAIN, P_BLOCK | P_CAND)                                            \
    X(map, MAP, P_HARD)                                                        \
    X(math, MATH, P_HARD)                                                      \
    X(menu, MENU, P_BLOCK | P_CHROME)                                          \
    X(meta, META, P_HARD | P_FREE)                                             \
    X(nav, NAV, P_BLOCK | P_CHROME)                                            \
    X(noscript, NOSCRIPT, P_HARD)                                              \
    X(object, OBJECT, P_HARD)                                                  \
    X(ol, OL, P_BLOCK)                                                         \
    X(optgroup, OPTGROUP, P_FREE)                                              \
    X(option, OPTION, P_HARD | P_FREE)                                         \
    X(p, P, P_BLOCK | P_PARA | P_FREE)                                         \
    X(param, PARAM, P_FREE)                                                    \
    X(pre, PRE, P_BLOCK | P_PARA)                                              \
    X(rp, RP, P_FREE)                                                          \
    X(rt, RT, P_FREE)                                                          \
    X(script, SCRIPT, P_HARD | P_FREE)                                         \
    X(section, SECTION, P_BLOCK)                                               \
    X(select, SELECT, P_HARD)                                                  \
    X(source, SOURCE, P_FREE)                                                  \
    X(style, STYLE, P_HARD | P_FREE)                                           \
    X(summary, SUMMARY, P_BLOCK | P_NOPARA)                                    \
    X(svg, SVG, P_HARD)                                                        \
    X(table, TABLE, P_BLOCK)                                                   \
    X(tbody, TBODY, P_BLOCK | P_FREE)                                          \
    X(td, TD, P_BLOCK | P_FREE)                                                \
    X(template, TEMPLATE, P_HARD)                                              \
    X(textarea, TEXTAREA, P_HARD)                                              \
    X(tfoot, TFOOT, P_BLOCK | P_FREE)                                          \
    X(th, TH, P_BLOCK | P_NOPARA | P_FREE)                                     \
    X(thead, THEAD, P_BLOCK | P_FREE)                                          \
    X(time, TIME, 0)                                                           \
    X(title, TITLE, P_HARD)                                                    \
    X(tr, TR, P_BLOCK | P_FREE)                                                \
    X(track, TRACK, P_FREE)                                                    \
    X(ul, UL, P_BLOCK)                                                         \
    X(video, VIDEO, P_HARD)                                                    \
    X(wbr, WBR, P_FREE)

#define TAG_ENUM(name, up, props) T_##up,
#define TAG_DEF(name, up, props) {#name, T_##up},
#define TAG_PROPS(name, up, props) [T_##up] = (props),

enum tag { T_ROOT, T_TEXT, T_OTHER, TAGS(TAG_ENUM) T_COUNT };

struct tagdef {
    const char *name;
    unsigned char tag;
};

extern const unsigned char nn_ht_tag_props[T_COUNT]; /* P_* of each tag */

static inline int ws_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* ---- class and id words -------------------------------------------------- */

/* Words of a class or id (split at anything but letters and digits, and
 * between a lower-case letter and a capital: "articleBody") that say
 * something, in one table sorted for bsearch:
 *   W_CHROME  the element is boilerplate ("comments", "share", "ad");
 *   W_KEEP    it is kept whatever another class token says ("article
 *             comments-on" is the article; Readability's
 *             okMaybeItsACandidate), but not against a chrome word in its
 *             own token ("RelatedContent", "comment-content" are chrome);
 *   W_FIRST, W_SECOND  a class token with a word of each holds the
 *             article text ("article-body", "entry-content", "story__text",
 *             "news-text");
 *   W_BYLINE  it may be the byline;
 *   W_PREFIX  a chrome word that also names what it starts
 *             ("relatedposts", "sharedaddy", "advertorial": class names
 *             glue words together; not "comment", which starts
 *             "commentary");
 *   W_NOT     the chrome word after it in the token does not count
 *             ("no-sidebar", "has-ads", "without-comments"). */
#define W_CHROME 1u
#define W_KEEP 2u
#define W_CAND 4u
#define W_BYLINE 8u
#define W_FIRST 16u
#define W_SECOND 32u
#define W_PREFIX 64u
#define W_NOT 128u

/* ---- the tree ------------------------------------------------------------ */

/* Why an element goes (node.drop). */
enum { D_NONE, D_HARD, D_HIDDEN, D_CHROME, D_CLASS, D_AD, D_LINKS };

#define F_INLINK 1u     /* text inside a link */
#define F_CAND 2u       /* element that may hold the article */
#define F_DEAD 4u       /* left out, or inside something left out */
#define F_BLOCKS 8u     /* element with block elements inside */
#define F_PARA 16u      /* text that counts as paragraph text */
#define F_FIGURE 32u    /* element inside a <figure> */
#define F_BYLINE 64u    /* element that may be a byline (rel=author ...) */
#define F_SKIP 128u     /* a heading that says the headline written first */
#define STRONG_CHROME 2 /* hnode.strong: see there */

typedef struct hnode {
    uint32_t parent, next, first, last; /* 0: none (0 is the root) */
    uint32_t end;        /* the last index of the subtree (pre-order) */
    uint32_t off, len;   /* text: in h->text; a, img: attributes in h->attr */
    uint32_t doff, dlen; /* element: --explain label in h->attr */
    uint32_t chars;      /* text bytes held (script text too), all of it */
    uint32_t rawp;       /* paragraph text held, soft removals counted */
    uint32_t ptext;      /* paragraph text held, of what is kept */
    uint32_t links;      /* text bytes held inside links */
    uint32_t bidx;       /* the nearest block element above it */
    uint8_t tag, drop, flags, blk; /* blk: text's nearest block's tag */
    uint8_t heads;  /* 1: a heading is in the subtree (or is the node) */
    uint8_t strong; /* a candidate that names the article itself (not
                       main, role=main: they hold the related too);
                       STRONG_CHROME when its own class names chrome too
                       (<article class="comment">) */
    uint8_t why;    /* dead: the drop of the outermost element left out */
} hnode;

typedef struct tref {
    uint32_t node;
    char iso[NN_DATE_MAX];
    int strong; /* pubdate, itemprop=datePublished */
} tref;

struct nn_html {
    htmlParserCtxtPtr ctxt;
    hnode *n;
    size_t nn, ncap;
    uint32_t cur; /* the open element */
    nn_buf text, attr, title, ld, tmp, out;
    int depth, overflow; /* open elements; those past the depth limit */
    int in_main;         /* open article/main/candidates */
    int in_a, in_fig, hard;
    int in_title; /* reading <title> */
    int in_ld;    /* reading a JSON-LD script */
    int title_done, lds, nodes_full;
    int title_meta; /* meta.title is from JSON-LD or meta tags */
    int explain;
    int article; /* the text written is an element naming the article */
    tref times[TIMES];
    size_t ntimes;
    /* metadata by source, merged into meta at the end */
    char *ld_headline, *ld_url, *ld_pub, *ld_mod, *ld_site, *ld_section,
        *ld_image;
    nn_list ld_authors, ld_tags;
    char *og_title, *og_site, *og_url, *og_image, *og_desc, *art_pub, *art_mod,
        *art_section, *meta_date, *item_date, *item_mod, *canonical, *meta_desc,
        *tw_title;
    char *dek; /* the standfirst outside the article's element */
    nn_list art_authors, meta_authors, art_tags, meta_tags;
    nn_html_meta meta;
    nn_buf rm;        /* kept removals: why \0 path \0 length \0 */
    char charset[64]; /* meta.charset */
    nn_buf pre;       /* the page with script text and comments cut */
    uint32_t *cuts;   /* bytes cut from each script/style, in order */
    size_t ncut, cutcap, nextcut;
    uint32_t *open; /* prestrip's open elements (name hashes) */
    size_t nopen, opencap;
    size_t tags_dropped; /* start tags prestrip left out */
    int as_is;           /* prestrip copies the rest of the page as is */
};

/* The attributes the converter reads, found in one pass (NULL: absent;
 * "" for one without a value). */
typedef struct attset {
    const char *alt, *aria_hidden, *cls, *content, *data_src, *datetime;
    const char *hidden, *href, *id, *itemprop, *itemtype, *lang, *name;
    const char *property;
    const char *pubdate, *rel, *role, *src, *style, *type, *xml_lang;
} attset;

/* ---- the steps, by the file that holds them ------------------------------ */

/* html_prestrip.c */
/* The page s (n bytes) into h->pre with script and style text and
 * comments cut (their lengths in h->cuts) and hopeless tags left out. */
void nn_ht_prestrip(nn_html *h, const char *s, size_t n);

/* html_tree.c */
/* libxml2's SAX callbacks that build h's tree, into sax. */
void nn_ht_sax(htmlSAXHandler *sax);
/* A tag by its lower-case name, NULL for one not in TAGS. */
const struct tagdef *nn_ht_find_tag(const char *name);

/* html_jsonld.c */
/* A date of metadata to ISO in out: 0, else -1 and "". */
int nn_ht_iso_date(const char *s, char out[NN_DATE_MAX]);
/* The JSON-LD script just read (h->ld) parsed and its values kept. */
void nn_ht_ld_block(nn_html *h);
/* Is a name a name, not a URL or a handle? */
int nn_ht_plain_name(const char *s);
/* *slot set to s as an ISO date, when unset and s reads as one. */
void nn_ht_set_date(char **slot, const char *s);

/* html_meta.c */
/* Free the values kept by source and the merged metadata. */
void nn_ht_meta_clear(nn_html *h);
/* s (n bytes) with white space collapsed, trimmed, bounded to META_MAX
 * bytes, in a new string; NULL when nothing is left. */
char *nn_ht_clean_dup(const char *s, size_t n);
/* *slot set to nn_ht_clean_dup(s, n) unless set: first found wins. */
void nn_ht_set_once(char **slot, const char *s, size_t n);
/* A value added to l (cleaned, once, 64 at most); "a, b; c" split. */
void nn_ht_list_add(nn_list *l, const char *s, size_t n);
void nn_ht_list_split(nn_list *l, const char *s, size_t n);
/* A warning for the record, each once (16 at most). */
void nn_ht_warn(nn_html *h, const char *msg);
/* A <meta> element's value kept by its source (name, property,
 * itemprop). */
void nn_ht_on_meta(nn_html *h, const attset *at);
/* The values by source merged into h->meta, in order of trust. */
void nn_ht_merge_meta(nn_html *h);
/* Does part (n bytes) of a title name the site (its name or host)? */
int nn_ht_names_site(const char *part, size_t n, const char *site,
                     const char *url);
/* The site's name taken from <title> ("Headline - Site"). */
void nn_ht_site_of_title(nn_html *h);
/* The headline element: see html_meta.c. */
uint32_t nn_ht_choose_h1(nn_html *h, uint32_t root, const char *title,
                         int *matched);
/* No date in the metadata: a <time datetime> marked as the
 * publication's, or the nearest after the h1. */
void nn_ht_time_near(nn_html *h, uint32_t h1);
/* No author in the metadata: the byline element's text. */
void nn_ht_byline(nn_html *h);

/* html_article.c */
/* The W_* bits of a class or id attribute's value. */
unsigned nn_ht_class_words(const char *v);
/* Each node's text measured, the removals settled. */
void nn_ht_measure(nn_html *h);
/* The article's element (0: the whole page). */
uint32_t nn_ht_article_root(const nn_html *h);
/* Blocks of links and little else in the article's element dropped. */
void nn_ht_link_blocks(nn_html *h, uint32_t root);
/* The kept text of node from's subtree into out, max bytes at most. */
void nn_ht_subtree_text(const nn_html *h, uint32_t from, nn_buf *out,
                        size_t max);
/* Words (3+ letters, ASCII case folded) of a that are in b, a share. */
double nn_ht_overlap(const char *a, const char *b);

/* html_write.c */
/* A lead photo's caption and credit above the article, for the record. */
void nn_ht_lead_caption(nn_html *h, uint32_t root, uint32_t h1);
/* The standfirst under the headline h1 outside the article's element. */
void nn_ht_find_dek(nn_html *h, uint32_t h1, uint32_t root);
/* The reader-mode document into out. */
void nn_ht_write_doc(nn_html *h, uint32_t root, uint32_t h1, int matched,
                     nn_buf *out);

#endif
