/* html.h - HTML pages in: the reader-mode text the text pipeline reads
 * (html.c).  Private to the library, like internal.h.
 *
 * A page is parsed with libxml2's HTML parser (SAX, into a compact tree of
 * its own: no libxml2 tree, no network, no entity loading, no DTD), its
 * metadata read (JSON-LD with jansson, OpenGraph and article meta, meta
 * author and date, canonical link, <time datetime> near the h1, <title>,
 * <html lang>), its chrome dropped (script and the like, hidden elements,
 * nav, aside, footer, the site header, elements whose class or id words
 * name boilerplate), the article's subtree chosen (<article>, <main>,
 * itemprop=articleBody, an "article-body"-like class, when it holds most
 * of the paragraph text) and written as a reader-mode document:
 *
 *     Title: <headline>
 *
 *     URL Source: <canonical URL>
 *
 *     Published Time: <ISO 8601>
 *
 *     Author: <a, b>
 *
 *     Site: <site name>
 *
 *     Markdown Content:
 *     # <h1>
 *
 *     <paragraphs, "## " headings, "- " items, "> " quotes, [links](href),
 *     ![alt](src) for figure images, <br> as a line break, table cells as
 *     lines>
 *
 * The text is escaped for the pipeline that reads it: '&' and '<' as
 * entities (inline.c decodes lines that hold them), and when the document
 * holds a link or image (page.c then reads it as markdown) markdown's
 * specials with a backslash; otherwise no escapes at all.
 *
 * Everything is linear in the input: one parse, one pass to build the
 * tree, a few passes over its nodes, one to write.  The tree is bounded
 * (NN_HTML_MAX_DEPTH levels: deeper elements are read as text of the
 * deepest one, with a warning; NN_HTML_MAX_NODES nodes). */
#ifndef NN_HTML_H
#define NN_HTML_H

#include <stddef.h>

#include "newsnorm.h"

#define NN_HTML_MAX_DEPTH 512
#define NN_HTML_MAX_NODES (1u << 24)

/* Does the input look like HTML: after a BOM, white space, comments and
 * an XML declaration, "<!doctype html", "<html", "<head" or "<body"
 * (ASCII case ignored); or one of them at a line's start within the first
 * 1 KiB? */
int nn_html_detect(const char *s, size_t len);

/* What the page says about itself.  Strings are UTF-8, white space
 * collapsed, NULL when unknown; owned by the nn_html and valid until its
 * next conversion. */
typedef struct nn_html_meta {
    char *title;         /* the headline: JSON-LD, og:title, <title> cut */
    char *url;           /* canonical, og:url, JSON-LD url */
    char *published;     /* ISO 8601 */
    char *modified;      /* ISO 8601 */
    char *site;          /* og:site_name, JSON-LD publisher.name */
    char *lang;          /* <html lang>, as written ("en-US") */
    char *section;       /* JSON-LD articleSection, article:section */
    char *image;         /* og:image, JSON-LD image */
    char *caption;       /* the lead figure's caption */
    char *credit;        /* its credit ("Photo: Jane Doe" -> "Jane Doe") */
    char *description;   /* og:description, meta description */
    nn_list authors;     /* JSON-LD author, article:author, meta author */
    nn_list tags;        /* JSON-LD keywords, article:tag, meta keywords */
    nn_list warnings;    /* a broken JSON-LD block, the depth limit, ... */
    const char *charset; /* the charset the page was decoded from when it
                            was not UTF-8, else NULL */
} nn_html_meta;

typedef struct nn_html nn_html; /* reusable state, one per normalizer */
nn_html *nn_html_new(void);
void nn_html_free(nn_html *h);

/* An element the conversion left out: why ("html-hidden", "html-chrome",
 * "html-boilerplate", "html-script"), where ("div.comments > ul", the
 * element and up to two ancestors, each as tag, #id, .first-class) and
 * how many bytes of text it held. */
typedef void (*nn_html_removed_fn)(void *ctx, const char *why, const char *path,
                                   size_t textlen);

/* Convert a page.  utf8/len is the page as nn_input_decode() made it
 * (valid UTF-8); raw/rawlen, when not NULL, are its bytes as read, which
 * are decoded instead when they are not UTF-8 and the page declares its
 * charset (<meta charset>, http-equiv) in its first 4 KiB.  The
 * reader-mode document is written into out (cleared first).  removed
 * (may be NULL) hears of every element left out.  Returns 0, or -1 with
 * a message in err when the document cannot be parsed at all. */
int nn_html_convert(nn_html *h, const char *raw, size_t rawlen,
                    const char *utf8, size_t len, nn_html_removed_fn removed,
                    void *ctx, nn_buf *out, char *err, size_t errlen);

/* Is the last page's text (after its headline) an element that names
 * the article itself (<article>, itemprop=articleBody, "article-body"),
 * chosen by the page's structure: not <main>, not the whole body? */
int nn_html_article(const nn_html *h);

/* The metadata of the last conversion. */
const nn_html_meta *nn_html_meta_of(const nn_html *h);

/* For normalize.c: a nn_html_removed_fn that keeps the removals in h
 * (ctx is h), and the step that puts the last page's metadata into the
 * record where the text pipeline left the field empty: extra.lang (when
 * lang_known is 0), extra.section, extra.tags, extra.modified,
 * extra.image, image (caption and credit), the conversion's warnings,
 * and the kept removals (with NN_OPT_EXPLAIN: rule "html-...", line 0,
 * the element path and its text length; before the text's removals). */
void nn_html_collect(void *ctx, const char *why, const char *path,
                     size_t textlen);
void nn_html_record(nn_html *h, nn_record *rec, int lang_known);

/* Initialize libxml2 once (thread-safe); every libxml2 user calls it. */
void nn_libxml_init(void);

#endif /* NN_HTML_H */
