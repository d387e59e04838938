/* html.c - an HTML page to the reader-mode text the pipeline reads.
 *
 *   1. charset: the BOM, <meta charset> or http-equiv in the first 4 KiB
 *      (only when the bytes are not UTF-8 already), else UTF-8;
 *   2. libxml2's HTML parser, SAX callbacks only: a compact tree of our own
 *      (nodes in document order, so a subtree is a range of indexes), the
 *      metadata read on the way (meta, link, title, html lang, time,
 *      JSON-LD scripts with jansson);
 *   3. what goes: script and the like (always), hidden elements, nav,
 *      aside, footer, a header outside article/main, elements whose class
 *      or id words name boilerplate; a removed container that holds most of
 *      the page's paragraph text and the headline is kept after all (a
 *      page that puts its article in a "content-sidebar-wrap"), and so are
 *      those around the largest element naming the article (a story in a
 *      "modal" over a front page);
 *   4. the article: the tightest <article>, <main>, itemprop=articleBody,
 *      itemtype=...Article or "article-body"-like element that holds most
 *      of the paragraph text left, else the whole body; inside it, one
 *      that names the article and holds a quarter (the rest a live feed
 *      or teasers); in it, blocks of links and little else go; plus the
 *      h1 when it stands outside, and the standfirst under it;
 *   5. the reader-mode document (see html.h).
 * Each step is one pass over the input or the nodes. */
#include "html.h"

#include "date.h"
#include "inline.h"
#include "internal.h"
#include "page.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define META_MAX 2048       /* bytes kept of a metadata value */
#define TITLE_MAX 2048      /* bytes of <title> read */
#define LD_MAX (1u << 20)   /* bytes of one JSON-LD block */
#define LD_BLOCKS 16        /* JSON-LD blocks parsed */
#define LD_DEPTH 8          /* nesting searched in a JSON-LD value */
#define LD_ITEMS 256        /* array items looked at, per array */
#define TIMES 64            /* <time datetime> elements remembered */
#define CHARSET_SCAN 4096   /* bytes searched for the declared charset */
#define PATH_MAX_DESC 64    /* bytes of one element's --explain label */
#define LABEL_MAX 300       /* bytes of a "Read more: ..." line at most */
#define DEK_MIN 40          /* bytes of a standfirst under the headline */
#define PROSE_MIN 20        /* bytes of text beside its links that make an
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

#define TAGS(X) \
    X(a, A, 0) \
    X(address, ADDRESS, P_BLOCK) \
    X(area, AREA, P_FREE) \
    X(article, ARTICLE, P_BLOCK | P_CAND) \
    X(aside, ASIDE, P_BLOCK | P_CHROME) \
    X(audio, AUDIO, P_HARD) \
    X(base, BASE, P_FREE) \
    X(blockquote, BLOCKQUOTE, P_BLOCK | P_PARA) \
    X(body, BODY, P_BLOCK | P_FREE) \
    X(br, BR, P_FREE) \
    X(button, BUTTON, P_HARD) \
    X(canvas, CANVAS, P_HARD) \
    X(caption, CAPTION, P_BLOCK | P_NOPARA) \
    X(center, CENTER, P_BLOCK) \
    X(col, COL, P_FREE) \
    X(colgroup, COLGROUP, P_FREE) \
    X(dd, DD, P_BLOCK | P_FREE) \
    X(details, DETAILS, P_BLOCK) \
    X(dialog, DIALOG, P_HARD) \
    X(div, DIV, P_BLOCK) \
    X(dl, DL, P_BLOCK) \
    X(dt, DT, P_BLOCK | P_NOPARA | P_FREE) \
    X(embed, EMBED, P_HARD | P_FREE) \
    X(fieldset, FIELDSET, P_BLOCK) \
    X(figcaption, FIGCAPTION, P_BLOCK | P_NOPARA) \
    X(figure, FIGURE, P_BLOCK) \
    X(footer, FOOTER, P_BLOCK | P_CHROME) \
    X(form, FORM, P_BLOCK) \
    X(h1, H1, P_BLOCK | P_NOPARA) \
    X(h2, H2, P_BLOCK | P_NOPARA) \
    X(h3, H3, P_BLOCK | P_NOPARA) \
    X(h4, H4, P_BLOCK | P_NOPARA) \
    X(h5, H5, P_BLOCK | P_NOPARA) \
    X(h6, H6, P_BLOCK | P_NOPARA) \
    X(head, HEAD, P_HARD | P_FREE) \
    X(header, HEADER, P_BLOCK) \
    X(hgroup, HGROUP, P_BLOCK) \
    X(hr, HR, P_BLOCK | P_FREE) \
    X(html, HTML, P_BLOCK | P_FREE) \
    X(iframe, IFRAME, P_HARD) \
    X(img, IMG, P_FREE) \
    X(input, INPUT, P_HARD | P_FREE) \
    X(legend, LEGEND, P_BLOCK | P_NOPARA) \
    X(li, LI, P_BLOCK | P_NOPARA | P_FREE) \
    X(link, LINK, P_HARD | P_FREE) \
    X(main, MAIN, P_BLOCK | P_CAND) \
    X(map, MAP, P_HARD) \
    X(math, MATH, P_HARD) \
    X(menu, MENU, P_BLOCK | P_CHROME) \
    X(meta, META, P_HARD | P_FREE) \
    X(nav, NAV, P_BLOCK | P_CHROME) \
    X(noscript, NOSCRIPT, P_HARD) \
    X(object, OBJECT, P_HARD) \
    X(ol, OL, P_BLOCK) \
    X(optgroup, OPTGROUP, P_FREE) \
    X(option, OPTION, P_HARD | P_FREE) \
    X(p, P, P_BLOCK | P_PARA | P_FREE) \
    X(param, PARAM, P_FREE) \
    X(pre, PRE, P_BLOCK | P_PARA) \
    X(rp, RP, P_FREE) \
    X(rt, RT, P_FREE) \
    X(script, SCRIPT, P_HARD | P_FREE) \
    X(section, SECTION, P_BLOCK) \
    X(select, SELECT, P_HARD) \
    X(source, SOURCE, P_FREE) \
    X(style, STYLE, P_HARD | P_FREE) \
    X(summary, SUMMARY, P_BLOCK | P_NOPARA) \
    X(svg, SVG, P_HARD) \
    X(table, TABLE, P_BLOCK) \
    X(tbody, TBODY, P_BLOCK | P_FREE) \
    X(td, TD, P_BLOCK | P_FREE) \
    X(template, TEMPLATE, P_HARD) \
    X(textarea, TEXTAREA, P_HARD) \
    X(tfoot, TFOOT, P_BLOCK | P_FREE) \
    X(th, TH, P_BLOCK | P_NOPARA | P_FREE) \
    X(thead, THEAD, P_BLOCK | P_FREE) \
    X(time, TIME, 0) \
    X(title, TITLE, P_HARD) \
    X(tr, TR, P_BLOCK | P_FREE) \
    X(track, TRACK, P_FREE) \
    X(ul, UL, P_BLOCK) \
    X(video, VIDEO, P_HARD) \
    X(wbr, WBR, P_FREE)

#define TAG_ENUM(name, up, props) T_##up,
#define TAG_DEF(name, up, props) {#name, T_##up},
#define TAG_PROPS(name, up, props) [T_##up] = (props),

enum tag { T_ROOT, T_TEXT, T_OTHER, TAGS(TAG_ENUM) T_COUNT };

static const struct tagdef {
    const char *name;
    unsigned char tag;
} tags[] = {TAGS(TAG_DEF)};

static const unsigned char tag_props[T_COUNT] = {TAGS(TAG_PROPS)};

static int cmp_tag(const void *k, const void *e)
{
    return strcmp(k, ((const struct tagdef *)e)->name);
}

static const struct tagdef *find_tag(const char *name)
{
    return bsearch(name, tags, NN_COUNT(tags), sizeof tags[0], cmp_tag);
}

static int ws_byte(unsigned char c)
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

static const struct cword {
    const char *w;
    unsigned bits;
} cwords[] = {
    {"ad", W_CHROME},           {"ads", W_CHROME},
    {"advert", W_CHROME | W_PREFIX}, {"article", W_KEEP | W_FIRST},
    {"author", W_BYLINE},       {"authors", W_BYLINE},
    {"banner", W_CHROME},       {"body", W_KEEP | W_SECOND},
    {"breadcrumb", W_CHROME | W_PREFIX}, {"byl", W_BYLINE},
    {"byline", W_BYLINE},       {"column", W_KEEP},
    {"comment", W_CHROME},      {"comments", W_CHROME},
    {"content", W_KEEP | W_SECOND}, {"cookie", W_CHROME | W_PREFIX},
    {"disqus", W_CHROME},       {"entry", W_FIRST},
    {"footer", W_CHROME},       {"gallery", W_CHROME},
    {"has", W_NOT},
    {"main", W_KEEP},           {"menu", W_CHROME},
    {"modal", W_CHROME},        {"nav", W_CHROME},
    {"navbar", W_CHROME},       {"navigation", W_CHROME},
    {"news", W_FIRST},          {"newsletter", W_CHROME | W_PREFIX},
    {"no", W_NOT},              {"outbrain", W_CHROME},
    {"popup", W_CHROME},        {"post", W_FIRST},
    {"promo", W_CHROME | W_PREFIX}, {"recommended", W_CHROME},
    {"related", W_CHROME | W_PREFIX}, {"share", W_CHROME | W_PREFIX},
    {"sharing", W_CHROME},      {"sidebar", W_CHROME | W_PREFIX},
    {"signature", W_BYLINE},
    {"social", W_CHROME | W_PREFIX}, {"sponsor", W_CHROME | W_PREFIX},
    {"story", W_KEEP | W_FIRST}, {"subscribe", W_CHROME | W_PREFIX},
    {"taboola", W_CHROME},      {"tags", W_CHROME},
    {"text", W_SECOND},         {"trending", W_CHROME},
    {"widget", W_CHROME | W_PREFIX}, {"with", W_NOT},
    {"without", W_NOT},
};

/* The table's bits of one word (n bytes, lower case; only its first
 * sizeof w - 1 are kept when it is longer): the word itself, else an
 * entry with W_PREFIX that starts it (such entries sort just before the
 * words they start, among those of the same first letter). */
static unsigned word_bits(const char *w, size_t n)
{
    size_t lo = 0, hi = NN_COUNT(cwords);
    while (lo < hi) { /* lo: the first entry greater than w */
        size_t mid = (lo + hi) / 2;
        if (strcmp(cwords[mid].w, w) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo && n < 16 && !strcmp(cwords[lo - 1].w, w))
        return cwords[lo - 1].bits;
    for (; lo-- > 0 && cwords[lo].w[0] == w[0];)
        if ((cwords[lo].bits & W_PREFIX) &&
            !strncmp(w, cwords[lo].w, strlen(cwords[lo].w)))
            return cwords[lo].bits;
    return 0;
}

/* The word classes of an attribute value (class, id): W_* bits. */
static unsigned class_words(const char *v)
{
    unsigned bits = 0, tok = 0, prev = 0; /* tok: the token's words */
    char w[16];
    size_t n = 0, i;
    for (i = 0;; i++) {
        unsigned char c = (unsigned char)v[i];
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9');
        /* "articleBody": a word ends before a capital after a lower case */
        int camel = c >= 'A' && c <= 'Z' && n > 0 && n <= sizeof w - 1 &&
                    w[n - 1] >= 'a' && w[n - 1] <= 'z';
        if ((!alnum || camel) && n) {
            unsigned b;
            w[n < sizeof w ? n : sizeof w - 1] = '\0';
            b = word_bits(w, n);
            if ((b & W_CHROME) && (prev & W_NOT))
                b = 0;
            tok |= b;
            prev = b;
            n = 0;
        }
        if (!c || c == ' ' || c == '\t' || c == '\n') {
            /* a token's end: its chrome word outweighs its own keep words */
            if (tok & W_CHROME)
                bits |= W_CHROME | (tok & W_BYLINE);
            else if ((tok & (W_FIRST | W_SECOND)) == (W_FIRST | W_SECOND))
                bits |= W_CAND | (tok & (W_KEEP | W_BYLINE));
            else
                bits |= tok & (W_KEEP | W_BYLINE);
            tok = prev = 0;
        }
        if (!c)
            break;
        if (alnum) {
            if (n < sizeof w - 1)
                w[n] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
            n++;
        }
    }
    return bits;
}

/* ---- the tree ------------------------------------------------------------ */

/* Why an element goes (node.drop). */
enum { D_NONE, D_HARD, D_HIDDEN, D_CHROME, D_CLASS, D_AD, D_LINKS };
static const char *const drop_rule[] = {NULL, "html-script", "html-hidden",
                                        "html-chrome", "html-boilerplate",
                                        "html-ad", "html-links"};

#define F_INLINK 1u  /* text inside a link */
#define F_CAND 2u    /* element that may hold the article */
#define F_DEAD 4u    /* left out, or inside something left out */
#define F_BLOCKS 8u  /* element with block elements inside */
#define F_PARA 16u   /* text that counts as paragraph text */
#define F_FIGURE 32u /* element inside a <figure> */
#define F_BYLINE 64u /* element that may be a byline (rel=author ...) */
#define F_SKIP 128u  /* a heading that says the headline written first */
#define STRONG_CHROME 2 /* hnode.strong: see there */

typedef struct hnode {
    uint32_t parent, next, first, last; /* 0: none (0 is the root) */
    uint32_t end;   /* the last index of the subtree (pre-order) */
    uint32_t off, len;   /* text: in h->text; a, img: attributes in h->attr */
    uint32_t doff, dlen; /* element: --explain label in h->attr */
    uint32_t chars;  /* text bytes held (script text too), all of it */
    uint32_t rawp;   /* paragraph text held, soft removals counted */
    uint32_t ptext;  /* paragraph text held, of what is kept */
    uint32_t links;  /* text bytes held inside links */
    uint32_t bidx;   /* the nearest block element above it */
    uint8_t tag, drop, flags, blk; /* blk: text's nearest block's tag */
    uint8_t heads;  /* 1: a heading is in the subtree (or is the node) */
    uint8_t strong; /* a candidate that names the article itself (not
                       main, role=main: they hold the related too);
                       STRONG_CHROME when its own class names chrome too
                       (<article class="comment">) */
    uint8_t why; /* dead: the drop of the outermost element left out */
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
    uint32_t cur;        /* the open element */
    nn_buf text, attr, title, ld, tmp, out;
    int depth, overflow; /* open elements; those past the depth limit */
    int in_main;         /* open article/main/candidates */
    int in_a, in_fig, hard;
    int in_title;        /* reading <title> */
    int in_ld;           /* reading a JSON-LD script */
    int title_done, lds, nodes_full;
    int title_meta;      /* meta.title is from JSON-LD or meta tags */
    int explain;
    tref times[TIMES];
    size_t ntimes;
    /* metadata by source, merged into meta at the end */
    char *ld_headline, *ld_url, *ld_pub, *ld_mod, *ld_site, *ld_section,
        *ld_image;
    nn_list ld_authors, ld_tags;
    char *og_title, *og_site, *og_url, *og_image, *og_desc, *art_pub,
        *art_mod, *art_section, *meta_date, *item_date, *item_mod,
        *canonical, *meta_desc, *tw_title;
    char *dek;           /* the standfirst outside the article's element */
    nn_list art_authors, meta_authors, art_tags, meta_tags;
    nn_html_meta meta;
    nn_buf rm;           /* kept removals: why \0 path \0 length \0 */
    char charset[64];    /* meta.charset */
    nn_buf pre;          /* the page with script text and comments cut */
    uint32_t *cuts;      /* bytes cut from each script/style, in order */
    size_t ncut, cutcap, nextcut;
    uint32_t *open;      /* prestrip's open elements (name hashes) */
    size_t nopen, opencap;
    size_t tags_dropped; /* start tags prestrip left out */
};

static void meta_clear(nn_html *h)
{
    char **s[] = {&h->ld_headline, &h->ld_url, &h->ld_pub, &h->ld_mod,
                  &h->ld_site, &h->ld_section, &h->ld_image, &h->og_title,
                  &h->og_site, &h->og_url, &h->og_image, &h->og_desc,
                  &h->art_pub, &h->art_mod, &h->art_section, &h->meta_date,
                  &h->item_date, &h->item_mod, &h->canonical, &h->meta_desc,
                  &h->tw_title, &h->dek, &h->meta.title, &h->meta.url,
                  &h->meta.published, &h->meta.modified, &h->meta.site,
                  &h->meta.lang, &h->meta.section, &h->meta.image,
                  &h->meta.caption, &h->meta.credit,
                  &h->meta.description};
    nn_list *l[] = {&h->ld_authors, &h->ld_tags, &h->art_authors,
                    &h->meta_authors, &h->art_tags, &h->meta_tags,
                    &h->meta.authors, &h->meta.tags, &h->meta.warnings};
    size_t i;
    for (i = 0; i < NN_COUNT(s); i++) {
        free(*s[i]);
        *s[i] = NULL;
    }
    for (i = 0; i < NN_COUNT(l); i++)
        nn_list_free(l[i]);
    h->meta.charset = NULL;
}

/* Collapse white space, trim, bound to META_MAX bytes (at a character's
 * start); into a new string, or NULL when nothing is left. */
static char *clean_dup(const char *s, size_t n)
{
    char *o = nn_xmalloc(n + 1);
    size_t i, k = 0;
    int sp = 0;
    for (i = 0; i < n && k < META_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            c == '\v') {
            sp = k > 0;
            continue;
        }
        if (c < 0x20)
            continue;
        if (sp)
            o[k++] = ' ';
        sp = 0;
        o[k++] = (char)c;
    }
    while (k && ((unsigned char)o[k - 1] & 0xC0) == 0x80 && k >= META_MAX)
        k--; /* cut inside a character: drop its tail ... */
    if (k >= META_MAX && k && (unsigned char)o[k - 1] >= 0xC0)
        k--; /* ... and its lead */
    o[k] = '\0';
    if (!k) {
        free(o);
        return NULL;
    }
    return o;
}

/* First found wins. */
static void set_once(char **slot, const char *s, size_t n)
{
    if (!*slot && s)
        *slot = clean_dup(s, n);
}

static void list_add(nn_list *l, const char *s, size_t n)
{
    char *c;
    if (!s || l->len >= 64 || !(c = clean_dup(s, n)))
        return;
    if (!nn_list_has(l, c, strlen(c)))
        nn_list_push(l, c, strlen(c));
    free(c);
}

/* "a, b; c" into the list. */
static void list_split(nn_list *l, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',' && s[j] != ';')
            j++;
        list_add(l, s + i, j - i);
        i = j + 1;
    }
}

static void warn(nn_html *h, const char *msg)
{
    if (!nn_list_has(&h->meta.warnings, msg, strlen(msg)) &&
        h->meta.warnings.len < 16)
        nn_list_push(&h->meta.warnings, msg, strlen(msg));
}

/* ---- JSON-LD ------------------------------------------------------------- */

/* Decode the few HTML entities JSON-LD strings carry ("Rock &amp; Roll",
 * "&#8217;") into h->tmp. */
static void unentity(nn_html *h, const char *s, size_t n)
{
    static const struct {
        const char *name;
        const char *utf8;
    } ents[] = {{"amp;", "&"},  {"lt;", "<"},    {"gt;", ">"},
                {"quot;", "\""}, {"apos;", "'"}, {"nbsp;", " "}};
    size_t i = 0, k;
    nn_buf_clear(&h->tmp);
    while (i < n) {
        if (s[i] != '&') {
            nn_buf_putc(&h->tmp, s[i++]);
            continue;
        }
        for (k = 0; k < NN_COUNT(ents); k++) {
            size_t el = strlen(ents[k].name);
            if (i + 1 + el <= n && !memcmp(s + i + 1, ents[k].name, el)) {
                nn_buf_puts(&h->tmp, ents[k].utf8);
                i += 1 + el;
                break;
            }
        }
        if (k < NN_COUNT(ents))
            continue;
        if (i + 2 < n && s[i + 1] == '#') {
            size_t j = i + 2;
            unsigned long cp = 0;
            int hex = j < n && (s[j] == 'x' || s[j] == 'X');
            j += (size_t)hex;
            while (j < n && j - i < 10 &&
                   ((s[j] >= '0' && s[j] <= '9') ||
                    (hex && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'f')))) {
                cp = cp * (hex ? 16 : 10) +
                     (unsigned long)(s[j] <= '9' ? s[j] - '0'
                                                 : (s[j] | 0x20) - 'a' + 10);
                j++;
            }
            if (j < n && s[j] == ';' && cp >= 0x20 && cp <= 0x10FFFF &&
                !(cp >= 0xD800 && cp <= 0xDFFF)) {
                char u[4];
                size_t ul;
                if (cp < 0x80) {
                    u[0] = (char)cp;
                    ul = 1;
                } else if (cp < 0x800) {
                    u[0] = (char)(0xC0 | (cp >> 6));
                    u[1] = (char)(0x80 | (cp & 0x3F));
                    ul = 2;
                } else if (cp < 0x10000) {
                    u[0] = (char)(0xE0 | (cp >> 12));
                    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    u[2] = (char)(0x80 | (cp & 0x3F));
                    ul = 3;
                } else {
                    u[0] = (char)(0xF0 | (cp >> 18));
                    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
                    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    u[3] = (char)(0x80 | (cp & 0x3F));
                    ul = 4;
                }
                nn_buf_put(&h->tmp, u, ul);
                i = j + 1;
                continue;
            }
        }
        nn_buf_putc(&h->tmp, s[i++]);
    }
}

static const char *jstr(json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static void ld_set(nn_html *h, char **slot, json_t *v)
{
    const char *s = jstr(v);
    if (!s || *slot)
        return;
    unentity(h, s, json_string_length(v));
    set_once(slot, h->tmp.ptr, h->tmp.len);
}

/* A date of metadata to ISO, or "" when it is none. */
static int iso_date(const char *s, char out[NN_DATE_MAX])
{
    nn_date_hit hit;
    size_t n = strlen(s);
    out[0] = '\0';
    if (nn_date_parse(s, n, out) == 0)
        return 0;
    if (nn_date_find(s, n, &hit, 1) == 1 && hit.iso[0] && hit.start < 4) {
        memcpy(out, hit.iso, NN_DATE_MAX);
        return 0;
    }
    out[0] = '\0';
    return -1;
}

static void set_date(char **slot, const char *s)
{
    char iso[NN_DATE_MAX];
    if (*slot || !s || iso_date(s, iso) != 0)
        return;
    *slot = nn_xstrdup(iso);
}

/* The object a {"@id": ...} reference names, in the @graph. */
static json_t *ld_resolve(json_t *graph, json_t *v)
{
    const char *id;
    size_t i;
    if (!json_is_object(v) || json_object_get(v, "name") ||
        !(id = jstr(json_object_get(v, "@id"))) || !json_is_array(graph))
        return v;
    for (i = 0; i < json_array_size(graph) && i < LD_ITEMS; i++) {
        json_t *o = json_array_get(graph, i);
        const char *oid = jstr(json_object_get(o, "@id"));
        if (oid && !strcmp(oid, id))
            return o;
    }
    return v;
}

/* Is a name a name, not a URL or a handle? */
static int plain_name(const char *s)
{
    return s && !strstr(s, "://") && strncmp(s, "www.", 4) && s[0] != '@';
}

static void ld_names(nn_html *h, nn_list *l, json_t *graph, json_t *v,
                     int depth)
{
    size_t i;
    if (depth > 2)
        return;
    if (json_is_array(v)) {
        for (i = 0; i < json_array_size(v) && i < LD_ITEMS; i++)
            ld_names(h, l, graph, json_array_get(v, i), depth + 1);
        return;
    }
    v = ld_resolve(graph, v);
    if (json_is_object(v))
        v = json_object_get(v, "name");
    if (jstr(v) && plain_name(jstr(v))) {
        unentity(h, jstr(v), json_string_length(v));
        list_add(l, h->tmp.ptr, h->tmp.len);
    }
}

static int ld_type_ok(json_t *o, int *page)
{
    json_t *t = json_object_get(o, "@type");
    size_t i, n = json_is_array(t) ? json_array_size(t) : 1;
    *page = 0;
    for (i = 0; i < n && i < 16; i++) {
        const char *s = jstr(json_is_array(t) ? json_array_get(t, i) : t);
        size_t sl;
        if (!s)
            continue;
        sl = strlen(s);
        if ((sl >= 7 && !strcmp(s + sl - 7, "Article")) ||
            (sl >= 7 && !strcmp(s + sl - 7, "Posting")) || /* Blog-,
                LiveBlog-, SocialMedia-, DiscussionForumPosting */
            !strcmp(s, "Report") || !strcmp(s, "APIReference"))
            return 1;
        if (!strcmp(s, "WebPage"))
            *page = 1;
    }
    return 0;
}

static void ld_article(nn_html *h, json_t *graph, json_t *o)
{
    json_t *v;
    size_t i;
    ld_set(h, &h->ld_headline, json_object_get(o, "headline"));
    set_date(&h->ld_pub, jstr(json_object_get(o, "datePublished")));
    set_date(&h->ld_mod, jstr(json_object_get(o, "dateModified")));
    if (!h->ld_authors.len)
        ld_names(h, &h->ld_authors, graph, json_object_get(o, "author"), 0);
    v = ld_resolve(graph, json_object_get(o, "publisher"));
    if (json_is_object(v))
        ld_set(h, &h->ld_site, json_object_get(v, "name"));
    ld_set(h, &h->ld_url, json_object_get(o, "url"));
    v = json_object_get(o, "mainEntityOfPage");
    ld_set(h, &h->ld_url, json_is_object(v) ? json_object_get(v, "@id") : v);
    v = json_object_get(o, "articleSection");
    ld_set(h, &h->ld_section, json_is_array(v) ? json_array_get(v, 0) : v);
    v = json_object_get(o, "keywords");
    if (!h->ld_tags.len) {
        if (jstr(v)) {
            unentity(h, jstr(v), json_string_length(v));
            list_split(&h->ld_tags, h->tmp.ptr, h->tmp.len);
        } else if (json_is_array(v)) {
            for (i = 0; i < json_array_size(v) && i < LD_ITEMS; i++)
                if (jstr(json_array_get(v, i))) {
                    unentity(h, jstr(json_array_get(v, i)),
                             json_string_length(json_array_get(v, i)));
                    list_add(&h->ld_tags, h->tmp.ptr, h->tmp.len);
                }
        }
    }
    v = json_object_get(o, "image");
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_object(v))
        v = json_object_get(v, "url");
    ld_set(h, &h->ld_image, v);
}

static void ld_visit(nn_html *h, json_t *graph, json_t *v, int depth)
{
    size_t i;
    int page;
    if (depth > LD_DEPTH)
        return;
    if (json_is_array(v)) {
        for (i = 0; i < json_array_size(v) && i < LD_ITEMS; i++)
            ld_visit(h, graph ? graph : v, json_array_get(v, i), depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    if (ld_type_ok(v, &page) ||
        (page && jstr(json_object_get(v, "headline"))))
        ld_article(h, graph, v);
    if (json_object_get(v, "@graph"))
        ld_visit(h, json_object_get(v, "@graph"),
                 json_object_get(v, "@graph"), depth + 1);
}

static void ld_block(nn_html *h)
{
    json_error_t e;
    json_t *root;
    size_t i = 0;
    /* "<!-- {...} -->" and CDATA wrappers */
    while (i < h->ld.len && (h->ld.ptr[i] == ' ' || h->ld.ptr[i] == '\n' ||
                             h->ld.ptr[i] == '\t' || h->ld.ptr[i] == '\r'))
        i++;
    if (h->ld.len - i >= 4 && !memcmp(h->ld.ptr + i, "<!--", 4))
        i += 4;
    if (h->ld.len - i >= 2 && !memcmp(h->ld.ptr + i, "//", 2))
        i += 2;
    if (h->ld.len - i >= 9 && !memcmp(h->ld.ptr + i, "<![CDATA[", 9))
        i += 9;
    if (h->ld.len - i == 0)
        return;
    root = json_loadb(h->ld.ptr + i, h->ld.len - i, JSON_DISABLE_EOF_CHECK,
                      &e);
    if (!root) {
        char msg[160];
        snprintf(msg, sizeof msg, "broken JSON-LD block ignored (line %d: "
                                  "%.80s)", e.line, e.text);
        warn(h, msg);
        return;
    }
    ld_visit(h, NULL, root, 0);
    json_decref(root);
}

/* ---- SAX: the tree and the metadata -------------------------------------- */

/* The attributes the converter reads, found in one pass (NULL: absent;
 * "" for one without a value). */
typedef struct attset {
    const char *alt, *aria_hidden, *cls, *content, *data_src, *datetime;
    const char *hidden, *href, *id, *itemprop, *itemtype, *lang, *name;
    const char *property;
    const char *pubdate, *rel, *role, *src, *style, *type, *xml_lang;
} attset;

static void read_attrs(const xmlChar **atts, attset *a)
{
    size_t i;
    memset(a, 0, sizeof *a);
    if (!atts)
        return;
    for (i = 0; atts[i]; i += 2) {
        const char *k = (const char *)atts[i];
        const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
        const char **slot = NULL;
        switch (k[0]) {
        case 'a':
            if (!strcmp(k, "aria-hidden"))
                slot = &a->aria_hidden;
            else if (!strcmp(k, "alt"))
                slot = &a->alt;
            break;
        case 'c':
            if (!strcmp(k, "content"))
                slot = &a->content;
            else if (!strcmp(k, "class"))
                slot = &a->cls;
            break;
        case 'd':
            if (!strcmp(k, "datetime"))
                slot = &a->datetime;
            else if (!strcmp(k, "data-src"))
                slot = &a->data_src;
            break;
        case 'h':
            if (!strcmp(k, "hidden"))
                slot = &a->hidden;
            else if (!strcmp(k, "href"))
                slot = &a->href;
            break;
        case 'i':
            if (!strcmp(k, "itemprop"))
                slot = &a->itemprop;
            else if (!strcmp(k, "itemtype"))
                slot = &a->itemtype;
            else if (!strcmp(k, "id"))
                slot = &a->id;
            break;
        case 'l':
            if (!strcmp(k, "lang"))
                slot = &a->lang;
            break;
        case 'n':
            if (!strcmp(k, "name"))
                slot = &a->name;
            break;
        case 'p':
            if (!strcmp(k, "property"))
                slot = &a->property;
            else if (!strcmp(k, "pubdate"))
                slot = &a->pubdate;
            break;
        case 'r':
            if (!strcmp(k, "rel"))
                slot = &a->rel;
            else if (!strcmp(k, "role"))
                slot = &a->role;
            break;
        case 's':
            if (!strcmp(k, "style"))
                slot = &a->style;
            else if (!strcmp(k, "src"))
                slot = &a->src;
            break;
        case 't':
            if (!strcmp(k, "type"))
                slot = &a->type;
            break;
        case 'x':
            if (!strcmp(k, "xml:lang"))
                slot = &a->xml_lang;
            break;
        default:
            break;
        }
        if (slot && !*slot)
            *slot = v;
    }
}

static uint32_t new_node(nn_html *h, int tag)
{
    hnode *x, *p;
    uint32_t i;
    if (h->nn >= NN_HTML_MAX_NODES) {
        if (!h->nodes_full)
            warn(h, "HTML page too large: the elements past the first "
                    "16 million were not read");
        h->nodes_full = 1;
        return 0;
    }
    NN_ARRAY_RESERVE(h->n, h->ncap, h->nn + 1);
    i = (uint32_t)h->nn++;
    x = &h->n[i];
    memset(x, 0, sizeof *x);
    x->tag = (uint8_t)tag;
    x->parent = h->cur;
    p = &h->n[h->cur];
    if (p->last)
        h->n[p->last].next = i;
    else
        p->first = i;
    p->last = i;
    return i;
}

/* "tag#id.class" of an element, for --explain. */
static void label(nn_html *h, hnode *x, const char *name, const char *id,
                  const char *cls)
{
    size_t start = h->attr.len, k;
    nn_buf_puts(&h->attr, name);
    if (id && *id) {
        nn_buf_putc(&h->attr, '#');
        for (k = 0; id[k] && k < 24 && id[k] != ' '; k++)
            nn_buf_putc(&h->attr, id[k]);
    }
    if (cls) {
        while (*cls == ' ')
            cls++;
        if (*cls) {
            nn_buf_putc(&h->attr, '.');
            for (k = 0; cls[k] && k < 24 && cls[k] != ' '; k++)
                nn_buf_putc(&h->attr, cls[k]);
        }
    }
    x->doff = (uint32_t)start;
    x->dlen = (uint32_t)(h->attr.len - start);
}

static int hidden(const attset *at)
{
    const char *v;
    size_t i, k;
    char st[96];
    if (at->hidden)
        return 1;
    if ((v = at->aria_hidden) && !strcasecmp(v, "true"))
        return 1;
    if (!(v = at->style))
        return 0;
    /* "display: none", "visibility:hidden", without spaces, lower case */
    for (i = 0; v[i];) {
        for (k = 0; v[i] && v[i] != ';' && k + 1 < sizeof st; i++)
            if (v[i] != ' ' && v[i] != '\t' && v[i] != '\n')
                st[k++] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] | 0x20
                                                            : v[i]);
        st[k] = '\0';
        if (!strncmp(st, "display:none", 12) ||
            !strncmp(st, "visibility:hidden", 17))
            return 1;
        while (v[i] && v[i] != ';')
            i++;
        if (v[i])
            i++;
    }
    return 0;
}

static void on_meta(nn_html *h, const attset *at)
{
    const char *k = at->property, *c = at->content;
    const char *name = at->name,
               *ip = at->itemprop;
    char key[40];
    size_t i, cl;
    if (!c)
        return;
    cl = strlen(c);
    if (ip && !strcmp(ip, "datePublished"))
        set_date(&h->item_date, c);
    if (ip && !strcmp(ip, "dateModified"))
        set_date(&h->item_mod, c);
    if (!k)
        k = name;
    if (!k)
        return;
    for (i = 0; k[i] && i + 1 < sizeof key; i++)
        key[i] = (char)(k[i] >= 'A' && k[i] <= 'Z' ? k[i] | 0x20 : k[i]);
    key[i] = '\0';
    if (!strcmp(key, "og:title"))
        set_once(&h->og_title, c, cl);
    else if (!strcmp(key, "og:site_name"))
        set_once(&h->og_site, c, cl);
    else if (!strcmp(key, "og:url"))
        set_once(&h->og_url, c, cl);
    else if (!strcmp(key, "og:image"))
        set_once(&h->og_image, c, cl);
    else if (!strcmp(key, "og:description"))
        set_once(&h->og_desc, c, cl);
    else if (!strcmp(key, "description"))
        set_once(&h->meta_desc, c, cl);
    else if (!strcmp(key, "twitter:title"))
        set_once(&h->tw_title, c, cl);
    else if (!strcmp(key, "article:published_time") ||
             !strcmp(key, "article:published"))
        set_date(&h->art_pub, c);
    else if (!strcmp(key, "article:modified_time") ||
             !strcmp(key, "og:updated_time"))
        set_date(&h->art_mod, c);
    else if (!strcmp(key, "article:section"))
        set_once(&h->art_section, c, cl);
    else if (!strcmp(key, "article:tag"))
        list_split(&h->art_tags, c, cl);
    else if (!strcmp(key, "keywords") || !strcmp(key, "news_keywords"))
        list_split(&h->meta_tags, c, cl);
    else if (!strcmp(key, "article:author")) {
        if (plain_name(c))
            list_add(&h->art_authors, c, cl);
    } else if (!strcmp(key, "author") || !strcmp(key, "dc.creator") ||
               !strcmp(key, "dcterms.creator") || !strcmp(key, "byl") ||
               !strcmp(key, "parsely-author") ||
               !strcmp(key, "sailthru.author")) {
        if (plain_name(c))
            list_add(&h->meta_authors, c, cl);
    } else if (!strcmp(key, "date") || !strcmp(key, "pubdate") ||
               !strcmp(key, "publish-date") || !strcmp(key, "publishdate") ||
               !strcmp(key, "publish_date") || !strcmp(key, "dc.date") ||
               !strcmp(key, "dc.date.issued") ||
               !strcmp(key, "dcterms.created") ||
               !strcmp(key, "sailthru.date") ||
               !strcmp(key, "parsely-pub-date"))
        set_date(&h->meta_date, c);
}

/* A microdata type of an article: "https://schema.org/NewsArticle",
 * "http://schema.org/BlogPosting" (the element holds the article, and
 * often its comments and related stories too: article_root() still
 * takes the tightest candidate). */
static int article_type(const char *v)
{
    size_t n = strlen(v);
    while (n && ws_byte((unsigned char)v[n - 1]))
        n--;
    return (n >= 7 && !strncmp(v + n - 7, "Article", 7)) ||
           (n >= 7 && !strncmp(v + n - 7, "Posting", 7));
}

static void on_start(void *ud, const xmlChar *xname, const xmlChar **atts)
{
    nn_html *h = ud;
    const char *name = (const char *)xname;
    const struct tagdef *td = find_tag(name);
    int tag = td ? td->tag : T_OTHER;
    unsigned props = tag_props[tag];
    const char *v, *cls, *id;
    uint32_t i, cut = 0;
    hnode *x;
    unsigned words = 0;
    int body_prop;
    attset ats, *at = &ats;

    read_attrs(atts, at);
    /* metadata, wherever it stands */
    switch (tag) {
    case T_META:
        on_meta(h, at);
        break;
    case T_LINK:
        if ((v = at->rel) && !strcasecmp(v, "canonical"))
            set_once(&h->canonical, at->href,
                     at->href ? strlen(at->href)
                                           : 0);
        break;
    case T_HTML:
        if ((v = at->lang) || (v = at->xml_lang))
            set_once(&h->meta.lang, v, strlen(v));
        break;
    case T_TITLE:
        if (!h->title_done)
            h->in_title = 1;
        break;
    case T_SCRIPT:
        if ((v = at->type) &&
            !strcasecmp(v, "application/ld+json") && h->lds < LD_BLOCKS) {
            h->in_ld = 1;
            nn_buf_clear(&h->ld);
        }
        break;
    default:
        break;
    }
    if ((v = at->itemprop) && !strcmp(v, "datePublished") &&
        tag != T_META) {
        const char *d = at->datetime;
        if (!d)
            d = at->content;
        set_date(&h->item_date, d);
    }

    /* the script or style text cut before the parse (see prestrip) */
    if ((tag == T_SCRIPT || tag == T_STYLE) && h->nextcut < h->ncut)
        cut = h->cuts[h->nextcut++];
    if (h->depth >= NN_HTML_MAX_DEPTH || h->nodes_full) {
        if (h->depth >= NN_HTML_MAX_DEPTH && !h->overflow)
            warn(h, "HTML nested deeper than 512 elements: the deeper "
                    "ones were read as text of the 512th");
        h->overflow++;
        return;
    }
    if (h->hard) { /* inside script, head, svg ...: no nodes */
        h->n[h->cur].chars += cut;
        h->hard++;
        h->depth++;
        return;
    }
    i = new_node(h, tag);
    if (!i) {
        h->overflow++;
        return;
    }
    x = &h->n[i];
    x->chars = cut;
    h->cur = i;
    h->depth++;
    cls = at->cls;
    id = at->id;
    if (h->explain)
        label(h, x, name, id, cls);
    if (cls)
        words |= class_words(cls);
    if (id)
        words |= class_words(id);
    body_prop = (v = at->itemprop) && !strcmp(v, "articleBody");
    v = at->role;
    if (props & P_HARD) {
        x->drop = D_HARD;
        h->hard = 1;
    } else if (tag != T_HTML && tag != T_BODY && hidden(at)) {
        x->drop = D_HIDDEN;
    } else if ((props & P_CHROME) || (tag == T_HEADER && !h->in_main) ||
               (v && (!strcmp(v, "navigation") || !strcmp(v, "banner") ||
                      !strcmp(v, "complementary") ||
                      !strcmp(v, "contentinfo") || !strcmp(v, "search")))) {
        x->drop = D_CHROME;
    } else if ((words & W_CHROME) && !(words & (W_KEEP | W_CAND)) &&
               tag != T_HTML && tag != T_BODY && tag != T_ARTICLE &&
               tag != T_MAIN && !body_prop) {
        x->drop = D_CLASS;
    } else if (v && (!strcmp(v, "dialog") || !strcmp(v, "alertdialog"))) {
        x->drop = D_HIDDEN;
    }
    x->strong = tag != T_HTML && tag != T_BODY && !(props & P_PARA) &&
                (tag == T_ARTICLE || (words & W_CAND) || body_prop ||
                 ((v = at->itemtype) && article_type(v)));
    if (x->strong && (words & W_CHROME) && !body_prop)
        x->strong = STRONG_CHROME; /* itemprop=articleBody says it all */
    if (x->strong || tag == T_MAIN ||
        ((v = at->role) && !strcmp(v, "main"))) {
        x->flags |= F_CAND;
        h->in_main++;
    }
    if (h->in_fig)
        x->flags |= F_FIGURE;
    if ((words & W_BYLINE) ||
        ((v = at->rel) && !strcasecmp(v, "author")) ||
        ((v = at->itemprop) && strstr(v, "author")))
        x->flags |= F_BYLINE;
    if (tag == T_FIGURE)
        h->in_fig++;
    if (tag == T_A) {
        h->in_a++;
        v = at->href;
        if (v && *v && v[0] != '#' && strncasecmp(v, "javascript:", 11)) {
            x->off = (uint32_t)h->attr.len;
            nn_buf_puts(&h->attr, v);
            x->len = (uint32_t)(h->attr.len - x->off);
        }
    } else if (tag == T_IMG) {
        const char *src = at->src, *alt = at->alt;
        if (!src || !*src || !strncmp(src, "data:", 5))
            src = at->data_src;
        if (src && *src && strncmp(src, "data:", 5)) {
            x->off = (uint32_t)h->attr.len;
            nn_buf_puts(&h->attr, src);
            nn_buf_putc(&h->attr, '\0');
            nn_buf_puts(&h->attr, alt ? alt : "");
            nn_buf_putc(&h->attr, '\0');
            x->len = (uint32_t)(h->attr.len - x->off);
        }
    } else if (tag == T_TIME && h->ntimes < TIMES) {
        const char *d = at->datetime;
        tref *t = &h->times[h->ntimes];
        if (d && iso_date(d, t->iso) == 0) {
            t->node = i;
            t->strong = at->pubdate != NULL ||
                        ((v = at->itemprop) &&
                         !strcmp(v, "datePublished"));
            h->ntimes++;
        }
    }
}

static void on_end(void *ud, const xmlChar *xname)
{
    nn_html *h = ud;
    hnode *x;
    (void)xname;
    if (h->in_title && !strcmp((const char *)xname, "title")) {
        h->in_title = 0;
        h->title_done = 1;
    }
    if (h->in_ld && !strcmp((const char *)xname, "script")) {
        h->in_ld = 0;
        h->lds++;
        ld_block(h);
    }
    if (h->overflow) {
        h->overflow--;
        return;
    }
    if (h->depth > 0)
        h->depth--;
    if (h->hard > 1) {
        h->hard--;
        return;
    }
    if (!h->cur)
        return;
    x = &h->n[h->cur];
    if (x->drop == D_HARD)
        h->hard = 0;
    if (x->flags & F_CAND)
        h->in_main--;
    if (x->tag == T_FIGURE && h->in_fig)
        h->in_fig--;
    if (x->tag == T_A && h->in_a)
        h->in_a--;
    h->cur = x->parent;
}

static void on_text(void *ud, const xmlChar *ch, int len)
{
    nn_html *h = ud;
    hnode *p, *t;
    uint32_t i;
    if (len <= 0)
        return;
    if (h->in_title) {
        if (h->title.len < TITLE_MAX)
            nn_buf_put(&h->title, ch, (size_t)len);
        return;
    }
    if (h->hard) {
        h->n[h->cur].chars += (uint32_t)len;
        return;
    }
    p = &h->n[h->cur];
    /* one text node for a run of text (libxml2 calls back in pieces) */
    if (p->last && h->n[p->last].tag == T_TEXT &&
        h->n[p->last].off + h->n[p->last].len == h->text.len) {
        nn_buf_put(&h->text, ch, (size_t)len);
        h->n[p->last].len += (uint32_t)len;
        return;
    }
    if (h->text.len + (size_t)len > UINT32_MAX - 1)
        return;
    i = new_node(h, T_TEXT);
    if (!i)
        return;
    t = &h->n[i];
    t->off = (uint32_t)h->text.len;
    t->len = (uint32_t)len;
    if (h->in_a)
        t->flags |= F_INLINK;
    nn_buf_put(&h->text, ch, (size_t)len);
}

/* Script and style text (and anything libxml2 reads raw). */
static void on_cdata(void *ud, const xmlChar *ch, int len)
{
    nn_html *h = ud;
    if (len <= 0)
        return;
    if (h->in_ld) {
        if (h->ld.len + (size_t)len <= LD_MAX)
            nn_buf_put(&h->ld, ch, (size_t)len);
    }
    h->n[h->cur].chars += (uint32_t)len;
}

static void on_silent(void *ud, const char *msg, ...)
{
    (void)ud;
    (void)msg;
}

nn_html *nn_html_new(void)
{
    nn_html *h = nn_xcalloc(1, sizeof *h);
    htmlSAXHandler sax;

    nn_libxml_init();
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_cdata;
    sax.warning = on_silent;
    sax.error = on_silent;
    h->ctxt = htmlNewParserCtxt();
    if (!h->ctxt)
        nn_die_oom(sizeof(htmlParserCtxt));
    memcpy(h->ctxt->sax, &sax, sizeof sax);
    h->ctxt->userData = h;
    nn_buf_init(&h->text);
    nn_buf_init(&h->attr);
    nn_buf_init(&h->title);
    nn_buf_init(&h->ld);
    nn_buf_init(&h->tmp);
    nn_buf_init(&h->out);
    nn_buf_init(&h->rm);
    nn_buf_init(&h->pre);
    return h;
}

void nn_html_free(nn_html *h)
{
    if (!h)
        return;
    htmlFreeParserCtxt(h->ctxt);
    meta_clear(h);
    free(h->n);
    nn_buf_free(&h->text);
    nn_buf_free(&h->attr);
    nn_buf_free(&h->title);
    nn_buf_free(&h->ld);
    nn_buf_free(&h->tmp);
    nn_buf_free(&h->out);
    nn_buf_free(&h->rm);
    nn_buf_free(&h->pre);
    free(h->cuts);
    free(h->open);
    free(h);
}

const nn_html_meta *nn_html_meta_of(const nn_html *h)
{
    return &h->meta;
}

/* ---- detection and charset ----------------------------------------------- */

static int starts_ci(const char *s, size_t n, const char *w)
{
    size_t i, wl = strlen(w);
    if (n < wl)
        return 0;
    for (i = 0; i < wl; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c != w[i])
            return 0;
    }
    return 1;
}

static int html_tag_at(const char *s, size_t n)
{
    static const char *const opens[] = {"<!doctype html", "<html", "<head",
                                        "<body"};
    size_t i, wl;
    for (i = 0; i < NN_COUNT(opens); i++) {
        wl = strlen(opens[i]);
        if (starts_ci(s, n, opens[i]) &&
            (n == wl || strchr(" \t\r\n>/", s[wl])))
            return 1;
    }
    return 0;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

int nn_html_detect(const char *s, size_t len)
{
    size_t i = 0, j, lim = len < 1024 ? len : 1024;
    if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    for (;;) { /* white space, comments, an XML declaration */
        while (i < lim && is_ws(s[i]))
            i++;
        if (lim - i >= 4 && !memcmp(s + i, "<!--", 4)) {
            for (j = i + 4; j + 3 <= lim && memcmp(s + j, "-->", 3); j++)
                ;
            if (j + 3 > lim)
                break;
            i = j + 3;
        } else if (lim - i >= 5 && starts_ci(s + i, lim - i, "<?xml")) {
            for (j = i + 5; j + 2 <= lim && memcmp(s + j, "?>", 2); j++)
                ;
            if (j + 2 > lim)
                break;
            i = j + 2;
        } else {
            break;
        }
    }
    if (html_tag_at(s + i, len - i))
        return 1;
    for (j = i; j < lim; j++) {
        size_t k;
        if (s[j] != '\n')
            continue;
        for (k = j + 1; k < len && (s[k] == ' ' || s[k] == '\t'); k++)
            ;
        if (k < lim && html_tag_at(s + k, len - k))
            return 1;
    }
    return 0;
}

/* The charset a page declares in its first CHARSET_SCAN bytes
 * (<meta charset="x">, <meta http-equiv ... content="...; charset=x">),
 * into out; 0 when it declares one. */
static int declared_charset(const char *s, size_t n, char *out, size_t outlen)
{
    size_t i, lim = n < CHARSET_SCAN ? n : CHARSET_SCAN;
    for (i = 0; i + 8 < lim; i++) {
        size_t k, o = 0;
        if (s[i] != '<' || !starts_ci(s + i, lim - i, "<meta"))
            continue;
        for (k = i + 5; k < lim && s[k] != '>'; k++) {
            if (!starts_ci(s + k, lim - k, "charset"))
                continue;
            k += 7;
            while (k < lim && is_ws(s[k]))
                k++;
            if (k >= lim || s[k] != '=')
                break;
            k++;
            while (k < lim && (is_ws(s[k]) || s[k] == '"' || s[k] == '\''))
                k++;
            while (k < lim && o + 1 < outlen &&
                   ((s[k] >= 'a' && s[k] <= 'z') ||
                    (s[k] >= 'A' && s[k] <= 'Z') ||
                    (s[k] >= '0' && s[k] <= '9') || strchr("-_.:", s[k])))
                out[o++] = s[k++];
            out[o] = '\0';
            if (o)
                return 0;
            break;
        }
    }
    return -1;
}

static int utf8_name(const char *cs)
{
    return !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8") ||
           !strcasecmp(cs, "us-ascii") || !strcasecmp(cs, "ascii") ||
           !strcasecmp(cs, "unicode-1-1-utf-8");
}

/* ---- script text cut before the parse ------------------------------------ */

/* Is s (n bytes) "<script" or "<style" (ASCII case ignored) as a tag? */
static int raw_tag(const char *s, size_t n)
{
    return (starts_ci(s, n, "<script") && n > 7 &&
            strchr(" \t\r\n/>", s[7])) ||
           (starts_ci(s, n, "<style") && n > 6 && strchr(" \t\r\n/>", s[6]));
}

/* The end of the tag that starts at s[0] == '<': the index after its
 * '>', quotes around attribute values respected within 4 KiB; 0 when it
 * has none. */
static size_t tag_end(const char *s, size_t n)
{
    size_t i, lim = n < 4096 ? n : 4096;
    char q = 0;
    for (i = 1; i < lim; i++) {
        if (q) {
            if (s[i] == q)
                q = 0;
        } else if ((s[i] == '"' || s[i] == '\'') && s[i - 1] == '=') {
            q = s[i];
        } else if (s[i] == '>') {
            return i + 1;
        }
    }
    const char *gt = memchr(s, '>', n);
    return gt ? (size_t)(gt - s) + 1 : 0;
}

/* Where "</name" starts in s (ASCII case ignored), or n. */
static size_t find_end_tag(const char *s, size_t n, const char *name)
{
    size_t i = 0, nl = strlen(name);
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return n;
        i = (size_t)(lt - s);
        if (n - i >= nl + 2 && s[i + 1] == '/' &&
            starts_ci(s + i + 2, n - i - 2, name))
            return i;
        i++;
    }
    return n;
}

/* libxml2 2.9's HTML parser has two costs that grow faster than the page:
 * each attribute of a tag is checked against all before it, and an end
 * tag that matches no open element is looked for down the whole stack of
 * open elements.  prestrip() keeps both bounded with a stack of its own
 * (name hashes of the open elements, those that close by themselves such
 * as p, li and td left out: P_FREE): a start tag with more than GUARD_EQ '=' or
 * GUARD_TOKENS attribute tokens goes (no page has one), and so does one
 * that would open more than GUARD_DEPTH elements; an end tag goes when
 * its element is not among the GUARD_REACH innermost open ones.  Pages
 * as written are not changed by it. */
#define GUARD_EQ 256
#define GUARD_TOKENS 1024
#define GUARD_DEPTH 1024
#define GUARD_REACH 256

/* The tag at s[0] == '<' (n bytes on): 0 to keep it, else the bytes to
 * drop (through its '>'). */
static size_t guard_tag(nn_html *h, const char *s, size_t n)
{
    const char *gt = memchr(s, '>', n);
    size_t i, tl, nl = 0, eq = 0, tokens = 0, k;
    int end = s[1] == '/', free_;
    const struct tagdef *td;
    char name[33];
    uint32_t hash = 2166136261u;
    if (!gt)
        return 0; /* left to libxml2 */
    tl = (size_t)(gt - s) + 1;
    for (i = 1 + (size_t)end; i < tl && nl < 32 &&
                              ((s[i] >= 'a' && s[i] <= 'z') ||
                               (s[i] >= 'A' && s[i] <= 'Z') ||
                               (s[i] >= '0' && s[i] <= '9') ||
                               s[i] == '-' || s[i] == ':' || s[i] == '_');
         i++) {
        name[nl++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
        hash = (hash ^ (unsigned char)name[nl - 1]) * 16777619u;
    }
    name[nl] = '\0';
    td = find_tag(name);
    free_ = td && (tag_props[td->tag] & P_FREE);
    if (end) {
        if (free_)
            return 0;
        for (k = 0; k < h->nopen && k < GUARD_REACH; k++)
            if (h->open[h->nopen - 1 - k] == hash) {
                h->nopen -= k + 1; /* what it closes with it */
                return 0;
            }
        return tl; /* libxml2 would ignore it too, after a long look */
    }
    for (; i < tl; i++) {
        eq += s[i] == '=';
        tokens += ws_byte((unsigned char)s[i - 1]) &&
                  !ws_byte((unsigned char)s[i]);
    }
    if (eq > GUARD_EQ || tokens > GUARD_TOKENS) {
        h->tags_dropped++;
        return tl;
    }
    if (free_ || s[tl - 2] == '/')
        return 0;
    if (h->nopen >= GUARD_DEPTH) {
        h->tags_dropped++;
        return tl;
    }
    NN_ARRAY_RESERVE(h->open, h->opencap, h->nopen + 1);
    h->open[h->nopen++] = hash;
    return 0;
}

/* Script and style text is half the bytes of a news page, and libxml2
 * reads it one character at a time only for us to drop it: it is cut
 * before the parse (the tags stay; JSON-LD scripts are kept whole), and
 * so are comments.  The bytes cut from each script or style are kept in
 * order for --explain.  One pass, linear: the text between tags is
 * copied in runs found with memchr. */
static void prestrip(nn_html *h, const char *s, size_t n)
{
    nn_buf *o = &h->pre;
    size_t i = 0;
    nn_buf_clear(o);
    nn_buf_grow(o, n);
    h->ncut = h->nextcut = 0;
    h->nopen = 0;
    h->tags_dropped = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t j, k, e;
        if (!lt) {
            nn_buf_put(o, s + i, n - i);
            break;
        }
        j = (size_t)(lt - s);
        nn_buf_put(o, s + i, j - i);
        i = j;
        if (n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
            for (k = i + 4; k + 3 <= n && memcmp(s + k, "-->", 3); k++) {
                const char *d = memchr(s + k, '-', n - k);
                if (!d)
                    break;
                k = (size_t)(d - s);
                if (k + 3 <= n && !memcmp(s + k, "-->", 3))
                    break;
            }
            if (k + 3 > n) { /* never closed: left to libxml2 */
                nn_buf_put(o, s + i, n - i);
                break;
            }
            i = k + 3;
            continue;
        }
        if (!raw_tag(s + i, n - i) || !(k = tag_end(s + i, n - i))) {
            int c = i + 1 < n ? (unsigned char)s[i + 1] : 0;
            if (c == '/' && i + 2 < n)
                c = (unsigned char)s[i + 2];
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
                (k = guard_tag(h, s + i, n - i)) != 0) {
                i += k; /* left out: see guard_tag() */
                continue;
            }
            nn_buf_putc(o, '<');
            i++;
            continue;
        }
        k += i;
        nn_buf_put(o, s + i, k - i);
        {
            /* JSON-LD stays; a self-closed tag has no text */
            size_t m;
            int keep = s[k - 2] == '/';
            for (m = i; m + 19 <= k && !keep; m++)
                keep = (s[m] | 0x20) == 'a' &&
                       starts_ci(s + m, k - m, "application/ld+json");
            if (keep) {
                i = k;
                continue;
            }
        }
        e = k + find_end_tag(s + k, n - k,
                             (s[i + 2] | 0x20) == 'c' ? "script" : "style");
        NN_ARRAY_RESERVE(h->cuts, h->cutcap, h->ncut + 1);
        h->cuts[h->ncut++] = (uint32_t)(e - k > UINT32_MAX ? UINT32_MAX
                                                           : e - k);
        i = e;
    }
}

/* ---- after the parse: measures, removals, the article -------------------- */

/* Bytes of a text node without white space at its ends. */
static uint32_t trimmed(const nn_html *h, const hnode *t)
{
    const char *s = h->text.ptr + t->off;
    uint32_t a = 0, b = t->len;
    while (a < b && ws_byte((unsigned char)s[a]))
        a++;
    while (b > a && ws_byte((unsigned char)s[b - 1]))
        b--;
    return b - a;
}

/* Labels that ad slots print above the ad, in the languages of world
 * news (compared ASCII-case-folded, trimmed). */
static const char *const ad_labels[] = {
    "advertisement", "advertising", "advert", "ad", "ads", "sponsored",
    "anzeige", "werbung", "publicit\xC3\xA9", "publicidad",
    "pubblicit\xC3\xA0", "publicidade", "reklam", "iklan",
    "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", /* реклама */
    "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", /* Реклама */
    "\xD0\xA0\xD0\x95\xD0\x9A\xD0\x9B\xD0\x90\xD0\x9C\xD0\x90", /* РЕКЛАМА */
};

/* An element that holds an ad label and little else ("ADVERTISING",
 * "inRead invented by ...") is an ad slot: the largest such element
 * above the label goes (the article's element and the body never). */
static void ad_slots(nn_html *h)
{
    size_t i, k;
    for (i = 1; i < h->nn; i++) {
        hnode *x = &h->n[i];
        const char *s = h->text.ptr + x->off;
        uint32_t a = 0, b = x->len, p, top = 0;
        if (x->tag != T_TEXT || !x->chars || x->chars > 16)
            continue;
        while (a < b && ws_byte((unsigned char)s[a]))
            a++;
        while (b > a && (ws_byte((unsigned char)s[b - 1]) || s[b - 1] == ':'))
            b--;
        for (k = 0; k < NN_COUNT(ad_labels); k++)
            if (strlen(ad_labels[k]) == b - a &&
                !strncasecmp(s + a, ad_labels[k], b - a))
                break;
        if (k == NN_COUNT(ad_labels))
            continue;
        for (p = x->parent; p && h->n[p].chars <= x->chars + 60 &&
                            !(h->n[p].flags & F_CAND) &&
                            h->n[p].tag != T_BODY && h->n[p].tag != T_P;
             p = h->n[p].parent)
            top = p;
        if (top && !h->n[top].drop)
            h->n[top].drop = D_AD;
    }
}

/* Is element i inside an element that names the article and has text of
 * its own beside i's (a photo gallery with long captions inside the
 * article: a part of the page, not a wrapper around the article)? */
static int framed(const nn_html *h, uint32_t i)
{
    uint32_t p;
    for (p = h->n[i].parent; p; p = h->n[p].parent)
        if (h->n[p].strong)
            return (uint64_t)(h->n[p].rawp - h->n[i].rawp) * 4 >=
                   h->n[i].rawp;
    return 0;
}

/* The largest element that names the article (and no chrome in its own
 * class), with a quarter of the page's paragraph text or more, stays
 * when a class word put one of its ancestors out (a story shown in a "modal" over the front page); not
 * when an element naming the article with a paragraph or more stands
 * outside any removal (the page's own article: the other is a comment). */
#define UNFRAME_LIVE 200
static uint32_t largest_strong(const nn_html *h)
{
    uint32_t i, best = 0;
    for (i = 1; i < h->nn; i++)
        if (h->n[i].strong == 1 && h->n[i].drop != D_HARD &&
            h->n[i].drop != D_HIDDEN &&
            (!best || h->n[i].rawp > h->n[best].rawp))
            best = i;
    return best;
}

static void unframe(nn_html *h, uint32_t total)
{
    uint32_t i, k, best = largest_strong(h);
    if (!best || (uint64_t)h->n[best].rawp * 4 < total)
        return;
    for (i = 1; i < h->nn; i++) {
        if (!h->n[i].strong || h->n[i].rawp < UNFRAME_LIVE || i == best)
            continue;
        for (k = i; k && !h->n[k].drop; k = h->n[k].parent)
            ;
        if (!k)
            return; /* a live one */
    }
    for (i = best; i; i = h->n[i].parent)
        if (h->n[i].drop == D_CLASS)
            h->n[i].drop = D_NONE;
}

/* Children come after their parent: one backward pass sums the subtree
 * measures, one forward pass passes "dead" down. */
static void measure(nn_html *h)
{
    size_t i;
    hnode *n = h->n;
    uint32_t total, anchor, h1 = 0;
    /* forward: each text's nearest block, figure marks */
    for (i = 1; i < h->nn; i++) {
        hnode *x = &n[i], *p = &n[x->parent];
        x->end = (uint32_t)i;
        x->bidx = (tag_props[p->tag] & P_BLOCK) ? x->parent : p->bidx;
        if (x->tag == T_TEXT)
            x->blk = (tag_props[p->tag] & P_BLOCK) || !x->parent ? p->tag
                                                                : p->blk;
        else
            x->blk = (tag_props[x->tag] & P_BLOCK) ? x->tag : p->blk;
    }
    n[0].end = (uint32_t)h->nn - 1;
    /* backward: text and paragraph text held, soft removals counted */
    for (i = h->nn; i-- > 1;) {
        hnode *x = &n[i], *p = &n[x->parent];
        if (x->tag == T_TEXT) {
            uint32_t t = trimmed(h, x);
            unsigned bp = tag_props[x->blk];
            x->chars = t;
            if (x->flags & F_INLINK)
                x->links = t;
            if (!(x->flags & F_INLINK) && t &&
                ((bp & P_PARA) || (!(bp & P_NOPARA) && t >= 60)))
                x->flags |= F_PARA, x->rawp = t;
        }
        if (x->end > p->end)
            p->end = x->end;
        if (tag_props[x->tag] & P_BLOCK)
            p->flags |= F_BLOCKS;
        if (x->tag >= T_H1 && x->tag <= T_H6)
            x->heads = 1;
        p->heads |= x->heads;
        if (x->flags & F_BLOCKS)
            p->flags |= F_BLOCKS;
        p->chars += x->chars;
        p->links += x->links;
        if (x->drop != D_HARD)
            p->rawp += x->rawp;
    }
    ad_slots(h);
    /* forward: what goes; a soft removal that holds most of the page's
     * paragraph text stays, and so do those around the largest element
     * that names the article, when it holds a quarter of it */
    total = n[0].rawp;
    unframe(h, total);
    anchor = largest_strong(h);
    for (i = 1; i < h->nn && !h1; i++)
        if (n[i].tag == T_H1 && n[i].drop != D_HARD && n[i].drop != D_HIDDEN)
            h1 = (uint32_t)i;
    for (i = 1; i < h->nn; i++) {
        hnode *x = &n[i];
        /* a wrapper holds the headline or the article's element (when
         * the page has either); a comment thread longer than the article
         * holds neither */
        int rescue = x->drop != D_HARD && x->rawp > 0 &&
                     (uint64_t)x->rawp * 2 > total &&
                     ((!h1 && !anchor) || (h1 && h1 >= i && h1 <= x->end) ||
                      (anchor && anchor >= i && anchor <= x->end));
        if (x->drop && rescue && !framed(h, (uint32_t)i))
            x->drop = D_NONE;
        if (n[x->parent].flags & F_DEAD) {
            x->flags |= F_DEAD;
            x->why = n[x->parent].why;
        } else if (x->drop) {
            x->flags |= F_DEAD;
            x->why = x->drop;
        }
    }
    /* backward: paragraph text of what is kept */
    for (i = h->nn; i-- > 1;) {
        hnode *x = &n[i];
        if (x->tag == T_TEXT && (x->flags & F_PARA))
            x->ptext = x->rawp;
        if (!(x->flags & F_DEAD))
            n[x->parent].ptext += x->ptext;
    }
}

/* The article's element: the tightest candidate that holds most of the
 * kept paragraph text; else the body (or the whole document). */
static uint32_t holder(const nn_html *h, uint32_t body)
{
    size_t i;
    uint32_t best = 0, total = h->n[body].ptext, most = 0;
    if (!total)
        return body;
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if ((x->flags & (F_CAND | F_DEAD)) == F_CAND &&
            (uint64_t)x->ptext * 2 > total && x->ptext > most)
            most = x->ptext;
    }
    if (!most)
        return body;
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if ((x->flags & (F_CAND | F_DEAD)) == F_CAND &&
            (uint64_t)x->ptext * 2 > total &&
            (uint64_t)x->ptext * 100 >= (uint64_t)most * 85)
            best = (uint32_t)i; /* the last in document order: the deepest */
    }
    return best ? best : body;
}

/* Inside that: an element that names the article (<article>,
 * itemprop=articleBody, an "article-body" class, itemtype Article) with
 * a quarter of its paragraph text or more, the rest being a live feed,
 * a stream of teasers or the like; unless such elements outside it, or
 * paragraphs beside it, hold a fifth as much (an article split by ads
 * into several "article-body" parts, a page of several articles, an
 * article that goes on after its element). */
static uint32_t article_root(const nn_html *h)
{
    uint32_t i, body = 0, root, end, best = 0, most = 0;
    uint64_t others = 0;
    for (i = 1; i < h->nn; i++)
        if (h->n[i].tag == T_BODY) {
            body = i;
            break;
        }
    root = holder(h, body);
    end = h->n[root].end;
    for (i = root + 1; i <= end && i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if (x->strong == 1 && !(x->flags & F_DEAD) && x->ptext > most)
            most = x->ptext;
    }
    if ((uint64_t)most * 4 < h->n[root].ptext || !most)
        return root;
    for (i = root + 1; i <= end && i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if (x->strong == 1 && !(x->flags & F_DEAD) &&
            (uint64_t)x->ptext * 100 >= (uint64_t)most * 85 &&
            (!best || i <= h->n[best].end))
            best = i; /* nested in the one before: deeper */
    }
    for (i = root + 1; i <= end && i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if (x->strong != 1 || (x->flags & F_DEAD) ||
            (i <= best && x->end >= best) || (i > best && i <= h->n[best].end))
            continue; /* not one, or best's ancestor or its part */
        others += x->ptext;
        i = x->end; /* its parts are counted with it */
    }
    /* paragraphs beside it: the article goes on past the element (the
     * part after a paywall's cut, a "more" fold) */
    for (i = h->n[h->n[best].parent].first; i; i = h->n[i].next)
        if ((tag_props[h->n[i].tag] & P_PARA) && !(h->n[i].flags & F_DEAD))
            others += h->n[i].ptext;
    return others * 5 >= h->n[best].ptext ? root : best;
}

/* The visible text of a subtree, white space collapsed, into out. */
static void subtree_text(const nn_html *h, uint32_t from, nn_buf *out,
                         size_t max)
{
    uint32_t i, end = h->n[from].end;
    int sp = 0;
    nn_buf_clear(out);
    for (i = from; i <= end && out->len < max; i++) {
        const hnode *x = &h->n[i];
        const char *s;
        uint32_t k;
        if ((x->flags & F_DEAD) && x->drop == D_HARD) {
            i = x->end;
            continue;
        }
        if (x->tag == T_BR)
            sp = out->len > 0;
        if (x->tag != T_TEXT)
            continue;
        s = h->text.ptr + x->off;
        for (k = 0; k < x->len; k++) {
            if (ws_byte((unsigned char)s[k])) {
                sp = out->len > 0;
                continue;
            }
            if (sp)
                nn_buf_putc(out, ' ');
            sp = 0;
            nn_buf_putc(out, s[k]);
        }
    }
}

/* Inside the article's element, a block of links and little else (a
 * share bar, "Related:" lines, a list of further stories) goes: the page
 * model would drop it as a list of links anyway, and standing between the
 * article's paragraphs it would cut them off from each other. */
/* Does element i's text open with a short label and a colon ("Read
 * more: ...", "Related: ...", "Читайте также: ...")?  The profiles' rules
 * take such a line for the record's related stories. */
static int labelled(nn_html *h, uint32_t i)
{
    const char *t, *colon;
    size_t words = 1, k;
    if (h->n[i].chars > LABEL_MAX)
        return 0;
    subtree_text(h, i, &h->tmp, 64);
    t = h->tmp.ptr;
    colon = memchr(t, ':', h->tmp.len);
    if (!colon || colon - t < 3 || colon - t > 30)
        return 0;
    for (k = 0; t + k < colon; k++)
        words += t[k] == ' ';
    return words <= 3;
}

static void link_blocks(nn_html *h, uint32_t root)
{
    uint32_t i, k, end = h->n[root].end, table = 0; /* table: its end */
    if (h->n[root].tag == T_BODY || !root)
        return;
    for (i = root + 1; i <= end; i++) {
        hnode *x = &h->n[i];
        if (i > table && (x->tag == T_TABLE || x->tag == T_TD ||
                          x->tag == T_TH))
            table = x->end; /* a table's links are its data */
        if ((x->flags & F_DEAD) || !(tag_props[x->tag] & P_BLOCK) ||
            !x->chars || (uint64_t)x->links * 5 < (uint64_t)x->chars * 4 ||
            x->chars - x->links >= PROSE_MIN || x->heads || i <= table ||
            labelled(h, i))
            continue;
        x->drop = D_LINKS;
        for (k = i; k <= x->end; k++) {
            h->n[k].flags |= F_DEAD;
            if (!h->n[k].why)
                h->n[k].why = D_LINKS;
        }
        i = x->end;
    }
}

/* Words (3+ letters, ASCII case folded) of a that are in b, as a share. */
static double overlap(const char *a, const char *b)
{
    size_t i = 0, words = 0, hits = 0, an = strlen(a), bn = strlen(b);
    while (i < an) {
        size_t j = i, k;
        while (j < an && (((a[j] | 0x20) >= 'a' && (a[j] | 0x20) <= 'z') ||
                          (a[j] >= '0' && a[j] <= '9') ||
                          (unsigned char)a[j] >= 0x80))
            j++;
        if (j - i >= 3) {
            words++;
            for (k = 0; k + (j - i) <= bn; k++)
                if (!strncasecmp(b + k, a + i, j - i)) {
                    hits++;
                    break;
                }
        }
        i = j > i ? j : i + 1;
    }
    return words ? (double)hits / (double)words : 0;
}

/* ---- the document -------------------------------------------------------- */

typedef struct wr {
    nn_html *h;
    nn_buf *o;
    int in_para;    /* text written in the current paragraph */
    int space;      /* white space seen since the last text */
    int bol;        /* at a line's start (escape its markers) */
    int newline;    /* a <br> or cell edge before the next text */
    int brs;        /* <br> in a row */
    int quote;      /* blockquote depth */
    int pre;        /* pre depth */
    const char *prefix; /* "## ", "- ": the next paragraph's mark */
    uint32_t link;  /* the open link's node, 0: none */
    int link_open;  /* "[" written for it in this paragraph */
    int article;    /* writing the article's own element (not the body) */
    size_t links;   /* links and images written */
    uint32_t skip;  /* a node not to write (the headline, written first) */
} wr;

/* Text for the pipeline: '&' and '<' as entities (inline.c decodes lines
 * that hold them), markdown's specials escaped. */
static void put_text_char(wr *w, char c)
{
    switch (c) {
    case '&':
        nn_buf_puts(w->o, "&amp;");
        break;
    case '<':
        nn_buf_puts(w->o, "&lt;");
        break;
    case '\\': case '[': case ']': case '*': case '_':
        nn_buf_putc(w->o, '\\');
        nn_buf_putc(w->o, c);
        break;
    default:
        nn_buf_putc(w->o, c);
    }
}

static void put_url(wr *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t i;
    while (n && ws_byte((unsigned char)*s))
        s++, n--;
    while (n && ws_byte((unsigned char)s[n - 1]))
        n--;
    for (i = 0; i < n && i < 2048; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '&') {
            nn_buf_puts(w->o, "&amp;");
        } else if (c <= ' ' || strchr("()[]<>\"\\`", c)) {
            if (c == '\n' || c == '\r' || c == '\t')
                continue;
            nn_buf_putc(w->o, '%');
            nn_buf_putc(w->o, hex[c >> 4]);
            nn_buf_putc(w->o, hex[c & 15]);
        } else {
            nn_buf_putc(w->o, (char)c);
        }
    }
}

static void close_link(wr *w)
{
    const hnode *a = &w->h->n[w->link];
    if (!w->link_open)
        return;
    nn_buf_puts(w->o, "](");
    put_url(w, w->h->attr.ptr + a->off, a->len);
    nn_buf_putc(w->o, ')');
    w->link_open = 0;
    w->links++;
}

static void quote_marks(wr *w)
{
    int k;
    for (k = 0; k < w->quote && k < 8; k++)
        nn_buf_puts(w->o, "> ");
}

static void end_para(wr *w)
{
    if (w->in_para) {
        close_link(w);
        while (w->o->len && w->o->ptr[w->o->len - 1] == ' ')
            w->o->len--;
        nn_buf_puts(w->o, "\n\n");
    }
    w->in_para = 0;
    w->space = 0;
    w->newline = 0;
    w->brs = 0;
}

/* Before the first byte of text: the paragraph's marks, a pending line
 * break or space, the link's "[". */
static void before_text(wr *w)
{
    if (!w->in_para) {
        quote_marks(w);
        if (w->prefix) {
            nn_buf_puts(w->o, w->prefix);
            w->prefix = NULL;
        }
        w->in_para = 1;
        w->bol = 1;
    } else if (w->newline) {
        if (w->link_open) {
            nn_buf_putc(w->o, ' '); /* a line break inside a link */
        } else {
            while (w->o->len && w->o->ptr[w->o->len - 1] == ' ')
                w->o->len--;
            nn_buf_putc(w->o, '\n');
            quote_marks(w);
            w->bol = 1;
        }
    } else if (w->space) {
        nn_buf_putc(w->o, ' ');
    }
    w->newline = 0;
    w->space = 0;
    w->brs = 0;
    if (w->link && !w->link_open) {
        nn_buf_putc(w->o, '[');
        w->link_open = 1;
        w->bol = 0;
    }
}

/* A line's first text: markers a reader of markdown would take for
 * structure ("# ", "> ", "- ", "1. ") are escaped. */
static void line_start(wr *w, const char *s, size_t n)
{
    size_t k = 0;
    w->bol = 0;
    if (strchr("#>-+", s[0])) {
        nn_buf_putc(w->o, '\\');
        return;
    }
    while (k < n && k < 4 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k && k < 4 && k + 1 < n && (s[k] == '.' || s[k] == ')') &&
        s[k + 1] == ' ') {
        nn_buf_put(w->o, s, k);
        nn_buf_putc(w->o, '\\');
        nn_buf_putc(w->o, s[k]);
    }
}

static void put_text(wr *w, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (w->pre && (c == '\n' || c == '\r')) {
            if (w->in_para)
                w->newline = 1;
            i++;
            continue;
        }
        if (ws_byte(c) && !(w->pre && (c == ' ' || c == '\t'))) {
            w->space = w->in_para;
            i++;
            continue;
        }
        before_text(w);
        if (w->bol) {
            size_t before = w->o->len;
            line_start(w, s + i, n - i);
            if (w->o->len > before + 1) { /* "12\." written */
                while (s[i] >= '0' && s[i] <= '9')
                    i++;
                i++;
                continue;
            }
        }
        put_text_char(w, (char)c);
        i++;
    }
}

static const char *const hashes[] = {"# ", "## ", "### ", "#### ",
                                     "##### ", "###### "};

static void enter(wr *w, uint32_t i)
{
    nn_html *h = w->h;
    const hnode *x = &h->n[i];
    switch (x->tag) {
    case T_TEXT:
        put_text(w, h->text.ptr + x->off, x->len);
        return;
    case T_BR:
        if (w->in_para && ++w->brs >= 2)
            end_para(w);
        else if (w->in_para)
            w->newline = 1;
        return;
    case T_A:
        /* a link in prose is text (its block is mostly not links): the
         * page model would take the prose for a list of links */
        if (!w->link && x->len &&
            (uint64_t)h->n[x->bidx].links * 2 >= h->n[x->bidx].chars &&
            !(w->article && h->n[x->bidx].chars - h->n[x->bidx].links >=
                                PROSE_MIN))
            w->link = i;
        return;
    case T_IMG:
        if ((x->flags & F_FIGURE) && x->len && !w->link) {
            const char *src = h->attr.ptr + x->off;
            const char *alt = src + strlen(src) + 1;
            end_para(w);
            nn_buf_puts(w->o, "![");
            for (; *alt; alt++)
                if (!ws_byte((unsigned char)*alt))
                    put_text_char(w, *alt);
                else if (alt[1] && !ws_byte((unsigned char)alt[1]))
                    nn_buf_putc(w->o, ' ');
            nn_buf_puts(w->o, "](");
            put_url(w, src, strlen(src));
            nn_buf_puts(w->o, ")\n\n");
            w->links++;
        }
        return;
    case T_TD:
    case T_TH:
        if (w->in_para)
            w->newline = 1;
        return;
    default:
        break;
    }
    if (!(tag_props[x->tag] & P_BLOCK))
        return;
    end_para(w);
    if (x->tag >= T_H1 && x->tag <= T_H6 &&
        !(x->tag > T_H1 && x->chars >= 100 && x->links * 2 < x->chars))
        w->prefix = hashes[x->tag - T_H1]; /* (a long one is a paragraph
                                              set large: a lead) */
    else if (x->tag == T_LI)
        w->prefix = "- ";
    else if (x->tag == T_BLOCKQUOTE)
        w->quote++;
    else if (x->tag == T_PRE)
        w->pre++;
}

static void leave(wr *w, uint32_t i)
{
    const hnode *x = &w->h->n[i];
    if (x->tag == T_A && w->link == i) {
        close_link(w);
        w->link = 0;
        return;
    }
    if (x->tag == T_TD || x->tag == T_TH || x->tag == T_TEXT ||
        !(tag_props[x->tag] & P_BLOCK))
        return;
    end_para(w);
    w->prefix = NULL;
    if (x->tag == T_BLOCKQUOTE && w->quote)
        w->quote--;
    else if (x->tag == T_PRE && w->pre)
        w->pre--;
}

/* Is node c left out of what write_tree() writes?  Captions always;
 * strict: what is dead; else only what is itself script or hidden. */
static int skipped(const hnode *c, int strict)
{
    if (c->tag == T_FIGCAPTION || (c->flags & F_SKIP))
        return 1;
    return strict ? (c->flags & F_DEAD) != 0
                  : c->drop == D_HARD || c->drop == D_HIDDEN;
}

/* Write the subtree of root, without what is dead and without captions. */
static void write_tree(wr *w, uint32_t root, int strict)
{
    const hnode *n = w->h->n;
    uint32_t i = root;
    if (!w->h->nn)
        return;
    enter(w, i);
    for (;;) {
        const hnode *x = &n[i];
        uint32_t c = x->first;
        while (c && (skipped(&n[c], strict) || c == w->skip))
            c = n[c].next;
        if (c && x->tag != T_IMG) {
            i = c;
            enter(w, i);
            continue;
        }
        for (;;) {
            uint32_t s;
            leave(w, i);
            if (i == root)
                return;
            for (s = n[i].next; s && (skipped(&n[s], strict) || s == w->skip);
                 s = n[s].next)
                ;
            if (s) {
                i = s;
                enter(w, i);
                break;
            }
            i = n[i].parent;
        }
    }
}

/* Remove the markdown escapes again (the document holds no link or image,
 * so page.c will not read it as markdown). */
static void unescape(nn_buf *b, size_t from)
{
    size_t i, o = from;
    for (i = from; i < b->len; i++) {
        if (b->ptr[i] == '\\' && i + 1 < b->len)
            i++;
        b->ptr[o++] = b->ptr[i];
    }
    b->len = o;
    b->ptr[o] = '\0';
}

/* ---- metadata merged ----------------------------------------------------- */

/* Letters and digits of s, lower-cased (ASCII), into out. */
static size_t squash(const char *s, size_t n, char *out, size_t outlen)
{
    size_t i, o = 0;
    for (i = 0; i < n && o + 1 < outlen; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c |= 0x20;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out[o++] = (char)c;
    }
    out[o] = '\0';
    return o;
}

/* Does the part of a title name the site: its name, or its host? */
static int names_site(const char *part, size_t n, const char *site,
                      const char *url)
{
    char a[256], b[256];
    size_t an = squash(part, n, a, sizeof a);
    if (an < 2)
        return 0;
    size_t bn;
    /* the part within the name, or the name and a little more */
    if (site && (bn = squash(site, strlen(site), b, sizeof b)) >= 2 &&
        (strstr(b, a) || (strstr(a, b) && an <= bn + 8)))
        return 1;
    if (url) {
        const char *host = strstr(url, "://"), *end;
        if (!host)
            return 0;
        host += 3;
        if (!strncmp(host, "www.", 4))
            host += 4;
        for (end = host; *end && *end != '/' && *end != ':'; end++)
            ;
        while (end > host && end[-1] != '.')
            end--; /* without the last label */
        if (end > host &&
            (bn = squash(host, (size_t)(end - host - 1), b, sizeof b)) >= 2 &&
            (strstr(b, a) || (strstr(a, b) && an <= bn + 8)))
            return 1;
    }
    return 0;
}

/* What stands between a headline and a site's name in a <title>. */
static const char *const title_seps[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
    " \xC2\xBB ", " / "};

/* "Headline | Site" -> "Headline" when the part after the last separator
 * names the site; "Site: Headline" likewise at the front. */
static void cut_site(char *t, const char *site, const char *url)
{
    size_t n = strlen(t), i, k, best = 0, bl = 0;
    for (k = 0; k < NN_COUNT(title_seps); k++) {
        size_t sl = strlen(title_seps[k]);
        for (i = n; i-- > 0;)
            if (i + sl <= n && !memcmp(t + i, title_seps[k], sl)) {
                if (i > best) {
                    best = i;
                    bl = sl;
                }
                break;
            }
    }
    if (best && names_site(t + best + bl, n - best - bl, site, url)) {
        t[best] = '\0';
        cut_site(t, site, url); /* "Headline | Section | Site" */
        return;
    }
    for (k = 0; k < NN_COUNT(title_seps); k++) {
        const char *p = strstr(t, title_seps[k]);
        size_t sl = strlen(title_seps[k]);
        if (p && names_site(t, (size_t)(p - t), site, url) &&
            strlen(p + sl) >= 10) {
            memmove(t, p + sl, strlen(p + sl) + 1);
            return;
        }
    }
}

static void take(char **dst, char **src)
{
    if (!*dst && *src) {
        *dst = *src;
        *src = NULL;
    }
}

static void take_list(nn_list *dst, nn_list *src)
{
    if (!dst->len && src->len) {
        *dst = *src;
        src->items = NULL;
        src->len = 0;
    }
}

/* No author in the metadata: the first short element that says it is a
 * byline (rel=author, itemprop=author, a class or id word "byline" or
 * "author"), as Readability reads one, without its "By", and cut before
 * a date or a separator ("By Jane Doe | May 5, 2024"). */
static void byline(nn_html *h)
{
    static const char *const lead[] = {"by:", "by", "posted by", "written by",
                                       "words by", "story by", "par", "por",
                                       "von", "door", "di"};
    static const char *const stops[] = {" | ", " - ", " \xE2\x80\x94 ",
                                        " \xE2\x80\x93 ", "\xE2\x80\xA2",
                                        "\xC2\xB7", " on ", " updated",
                                        " published", " Updated", " Published"};
    size_t i, k;
    if (h->meta.authors.len)
        return;
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        char *t;
        size_t n, cut;
        nn_date_hit hit;
        if (!(x->flags & F_BYLINE))
            continue;
        if ((x->flags & F_DEAD) && x->why != D_CHROME) {
            i = x->end; /* comments' authors, hidden ones */
            continue;
        }
        if (x->chars < 3 || x->chars > 100)
            continue;
        /* "<li itemprop=author> ... <a rel=author>Jane Doe</a>": the
         * innermost says it best */
        for (k = i + 1; k <= x->end && k <= i + 64; k++)
            if ((h->n[k].flags & F_BYLINE) && h->n[k].chars >= 3)
                break;
        if (k <= x->end && k <= i + 64)
            continue;
        subtree_text(h, (uint32_t)i, &h->tmp, 200);
        t = h->tmp.ptr;
        n = h->tmp.len;
        for (k = 0; k < NN_COUNT(lead); k++) {
            size_t ll = strlen(lead[k]);
            if (n > ll + 1 && !strncasecmp(t, lead[k], ll) &&
                (t[ll] == ' ' || lead[k][ll - 1] == ':')) {
                t += ll;
                n -= ll;
                while (n && *t == ' ')
                    t++, n--;
                break;
            }
        }
        cut = n;
        if (nn_date_find(t, n, &hit, 1) == 1 && hit.start > 0)
            cut = hit.start;
        for (k = 0; k < NN_COUNT(stops); k++) {
            size_t j, sl = strlen(stops[k]);
            for (j = 0; j + sl <= cut; j++)
                if (!memcmp(t + j, stops[k], sl)) {
                    cut = j;
                    break;
                }
        }
        for (;;) { /* separators left at the end: " ,;:|-", dashes */
            if (cut && strchr(" ,;:|-", t[cut - 1]))
                cut--;
            else if (cut >= 3 && !memcmp(t + cut - 3, "\xE2\x80", 2) &&
                     ((unsigned char)t[cut - 1] == 0x93 ||
                      (unsigned char)t[cut - 1] == 0x94))
                cut -= 3;
            else
                break;
        }
        if (cut < 3 || memchr(t, '@', cut) || !plain_name(t))
            continue;
        list_add(&h->meta.authors, t, cut);
        return;
    }
}

/* No date in the metadata: a <time datetime> marked as the publication's,
 * or the nearest after the h1. */
static void time_near(nn_html *h, uint32_t h1)
{
    const tref *best = NULL;
    size_t i;
    if (h->meta.published)
        return;
    for (i = 0; i < h->ntimes; i++) {
        const tref *tr = &h->times[i];
        if (tr->strong) {
            best = tr;
            break;
        }
        if (h1 && !best && tr->node > h1 && tr->node - h1 < 400)
            best = tr;
    }
    if (best)
        h->meta.published = nn_xstrdup(best->iso);
}

static int absolute(const char *url)
{
    return url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8));
}

/* Is a the headline b with a title separator and more after it? */
static int suffixed(const char *a, const char *b)
{
    size_t bl, k;
    if (!a || !b || strncmp(a, b, (bl = strlen(b))))
        return 0;
    for (k = 0; k < NN_COUNT(title_seps); k++)
        if (!strncmp(a + bl, title_seps[k], strlen(title_seps[k])))
            return 1;
    return 0;
}

/* Is a name a host name: no space, and a dot then 2 to 4 letters at its
 * end? */
static int host_like(const char *s)
{
    const char *dot;
    size_t k;
    if (!s || strchr(s, ' ') || !(dot = strrchr(s, '.')))
        return 0;
    for (k = 1; dot[k]; k++)
        if (!((dot[k] | 0x20) >= 'a' && (dot[k] | 0x20) <= 'z'))
            return 0;
    return k >= 3 && k <= 5;
}

static void merge_meta(nn_html *h)
{
    nn_html_meta *m = &h->meta;
    size_t i;
    char *t;
    /* the publisher's name before a site name that is its host name
     * ("MENAFN.COM", "example.org") */
    if (!host_like(h->og_site))
        take(&m->site, &h->og_site);
    take(&m->site, &h->ld_site);
    take(&m->site, &h->og_site);
    /* a relative link says nothing (we do not know the page's address) */
    if (absolute(h->canonical))
        take(&m->url, &h->canonical);
    if (absolute(h->og_url))
        take(&m->url, &h->og_url);
    if (absolute(h->ld_url))
        take(&m->url, &h->ld_url);
    take(&m->published, &h->ld_pub);
    take(&m->published, &h->art_pub);
    take(&m->published, &h->item_date);
    take(&m->published, &h->meta_date);
    take(&m->modified, &h->ld_mod);
    take(&m->modified, &h->art_mod);
    take(&m->modified, &h->item_mod);
    take(&m->section, &h->ld_section);
    take(&m->section, &h->art_section);
    take(&m->image, &h->og_image);
    take(&m->image, &h->ld_image);
    take(&m->description, &h->og_desc);
    take(&m->description, &h->meta_desc);
    take_list(&m->authors, &h->ld_authors);
    take_list(&m->authors, &h->art_authors);
    take_list(&m->authors, &h->meta_authors);
    take_list(&m->tags, &h->ld_tags);
    take_list(&m->tags, &h->art_tags);
    take_list(&m->tags, &h->meta_tags);
    /* "By Jane Doe" */
    for (i = 0; i < m->authors.len; i++) {
        char *a = m->authors.items[i];
        if (!strncasecmp(a, "by ", 3))
            memmove(a, a + 3, strlen(a + 3) + 1);
    }
    /* "Headline - Author - Site" in one, "Headline" in the other */
    if (suffixed(h->ld_headline, h->og_title))
        take(&m->title, &h->og_title);
    take(&m->title, &h->ld_headline);
    take(&m->title, &h->og_title);
    take(&m->title, &h->tw_title);
    h->title_meta = m->title != NULL;
    if (!m->title && h->title.len &&
        (t = clean_dup(h->title.ptr, h->title.len)) != NULL) {
        cut_site(t, m->site, m->url);
        m->title = t;
    } else if (m->title) {
        cut_site(m->title, m->site, m->url);
    }
}

/* A page that names itself nowhere but in <title>: "Headline - Site",
 * the headline being the h1's words, gives the site's name (a few words,
 * not a sentence). */
static void site_of_title(nn_html *h)
{
    char *t = clean_dup(h->title.ptr, h->title.len);
    size_t hl = strlen(h->meta.title), k, sl, words = 0;
    const char *rest;
    if (!t || strncmp(t, h->meta.title, hl)) {
        free(t);
        return;
    }
    for (k = 0; k < NN_COUNT(title_seps); k++) {
        sl = strlen(title_seps[k]);
        if (!strncmp(t + hl, title_seps[k], sl))
            break;
    }
    if (k == NN_COUNT(title_seps)) {
        free(t);
        return;
    }
    rest = t + hl + sl;
    for (k = 0; rest[k]; k++)
        words += rest[k] == ' ';
    if (*rest && k <= 60 && words < 6 && !strpbrk(rest, "|.!?"))
        h->meta.site = clean_dup(rest, k);
    free(t);
}

/* The page's headline element: the h1, h2 or h3 most like the metadata
 * title (more than half its words; even in the site's header), with
 * *matched set; else the first kept h1 in the article, else the first
 * kept h1.  Never one in script, hidden or the like. */
static uint32_t choose_h1(nn_html *h, uint32_t root, const char *title,
                          int *matched)
{
    size_t i;
    uint32_t best = 0, first_in = 0, first = 0;
    double best_o = 0.5, best_raw = 0;
    *matched = 0;
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        if (x->tag < T_H1 || x->tag > T_H3 || !x->chars ||
            ((x->flags & F_DEAD) && (x->why == D_HARD || x->why == D_HIDDEN)))
            continue;
        if (x->tag == T_H1 && !(x->flags & F_DEAD)) {
            if (!first)
                first = (uint32_t)i;
            if (!first_in && i > root && i <= h->n[root].end)
                first_in = (uint32_t)i;
        }
        if (title) {
            double o;
            subtree_text(h, (uint32_t)i, &h->tmp, 600);
            o = overlap(title, h->tmp.ptr);
            /* an h1 first; a lower heading must match better, and one in
             * the site's header much better (a logo: "Yahoo News" for
             * "Yahoo News - Latest News & Headlines") */
            if (o - (x->tag - T_H1) * 0.01 > best_o &&
                (!(x->flags & F_DEAD) || o >= 0.8)) {
                best_o = o - (x->tag - T_H1) * 0.01;
                best_raw = o;
                best = (uint32_t)i;
            }
        }
    }
    if (best) {
        /* every heading that says it (pages print it twice: a sticky
         * header, the article's) is written once, first */
        for (i = 1; i < h->nn; i++) {
            hnode *x = &h->n[i];
            if (x->tag >= T_H1 && x->tag <= T_H3 && x->chars &&
                x->chars < 1000) {
                subtree_text(h, (uint32_t)i, &h->tmp, 600);
                if (overlap(title, h->tmp.ptr) >= best_raw - 0.001)
                    x->flags |= F_SKIP;
            }
        }
        *matched = 1;
        return best;
    }
    return first_in ? first_in : first;
}

/* A metadata value as the text pipeline reads it (see put_text_char). */
static void put_value(nn_buf *o, const char *v)
{
    for (; *v; v++) {
        switch (*v) {
        case '&':
            nn_buf_puts(o, "&amp;");
            break;
        case '<':
            nn_buf_puts(o, "&lt;");
            break;
        case '\n': case '\r':
            nn_buf_putc(o, ' ');
            break;
        case '\\': case '[': case ']': case '*': case '_':
            nn_buf_putc(o, '\\');
            nn_buf_putc(o, *v);
            break;
        default:
            nn_buf_putc(o, *v);
        }
    }
}

static void header_line(nn_buf *o, const char *label_, const char *v)
{
    if (!v || !*v)
        return;
    nn_buf_puts(o, label_);
    put_value(o, v);
    nn_buf_puts(o, "\n\n");
}

/* The lead figure's caption (the first kept one from the headline, or
 * the article's start, to the article's end), for image.caption, with a
 * "Photo: Name" credit split off for image.credit. */
static void lead_caption(nn_html *h, uint32_t root, uint32_t h1)
{
    static const char *const labels[] = {" Photo: ", " Photograph: ",
                                         " Photo by ", " Credit: ",
                                         " Image: ", " Picture: "};
    uint32_t i = h1 && h1 < root ? h1 : root, end = h->n[root].end;
    size_t k;
    for (; i <= end && i < h->nn; i++) {
        const hnode *x = &h->n[i];
        char *c, *p;
        if (x->tag != T_FIGCAPTION || (x->flags & F_DEAD) || !x->chars)
            continue;
        subtree_text(h, i, &h->tmp, META_MAX);
        set_once(&h->meta.caption, h->tmp.ptr, h->tmp.len);
        if (!(c = h->meta.caption))
            return;
        for (k = 0; k < NN_COUNT(labels); k++)
            if ((p = strstr(c, labels[k])) && p > c &&
                strlen(p + strlen(labels[k])) > 1) {
                set_once(&h->meta.credit, p + strlen(labels[k]),
                         strlen(p + strlen(labels[k])));
                *p = '\0';
                break;
            }
        return;
    }
}

/* The standfirst under a headline that stands outside the article's
 * element: the headings and paragraphs of prose right after it, before
 * anything else (the byline, the photo, the article), for
 * extra.subtitle (it is not written: the body is the article's element). */
static void find_dek(nn_html *h, uint32_t h1, uint32_t root)
{
    uint32_t s;
    if (!h1 || (h1 >= root && h1 <= h->n[root].end))
        return;
    for (s = h->n[h1].next; s; s = h->n[s].next) {
        const hnode *x = &h->n[s];
        if (s <= root && x->end >= root)
            return; /* the article's element, or what holds it */
        if (x->tag == T_TEXT && !x->chars)
            continue;
        if ((x->flags & F_DEAD) || x->chars < DEK_MIN ||
            (uint64_t)x->links * 4 >= x->chars || h->dek ||
            !((x->tag >= T_H2 && x->tag <= T_H6) || x->tag == T_P))
            return;
        subtree_text(h, s, &h->tmp, META_MAX);
        h->dek = clean_dup(h->tmp.ptr, h->tmp.len);
    }
}

/* --explain: the outermost element of each removal, with its path. */
static void report(nn_html *h, nn_html_removed_fn fn, void *ctx)
{
    size_t i;
    char path[3 * PATH_MAX_DESC + 8];
    for (i = 1; i < h->nn; i++) {
        const hnode *x = &h->n[i];
        uint32_t p;
        size_t k, o = 0;
        uint32_t chain[3];
        int nc = 0;
        if (!x->drop || !(x->flags & F_DEAD) ||
            (h->n[x->parent].flags & F_DEAD) || !x->chars)
            continue;
        for (p = (uint32_t)i; p && nc < 3; p = h->n[p].parent)
            chain[nc++] = p;
        while (nc-- > 0) {
            const hnode *y = &h->n[chain[nc]];
            size_t l = y->dlen < PATH_MAX_DESC ? y->dlen : PATH_MAX_DESC;
            if (o)
                memcpy(path + o, " > ", 3), o += 3;
            for (k = 0; k < l; k++)
                path[o++] = h->attr.ptr[y->doff + k];
        }
        path[o] = '\0';
        fn(ctx, drop_rule[x->drop], path, x->chars);
        i = x->end; /* inside it: reported with it */
    }
}

/* After a very large page the tree and buffers go back (the text pipeline
 * that runs next needs memory of its own); the usual page keeps them for
 * the next.  Removals and metadata stay: nn_html_record() reads them. */
#define KEEP_NODES ((size_t)1 << 18)
#define KEEP_BYTES ((size_t)16 << 20)
static void shrink(nn_html *h)
{
    nn_buf *bufs[] = {&h->text, &h->attr, &h->pre, &h->tmp};
    size_t i;
    if (h->ncap > KEEP_NODES) {
        free(h->n);
        h->n = NULL;
        h->nn = h->ncap = 0;
    }
    for (i = 0; i < NN_COUNT(bufs); i++)
        if (bufs[i]->cap > KEEP_BYTES)
            nn_buf_free(bufs[i]);
    if (h->opencap > KEEP_NODES) {
        free(h->open);
        h->open = NULL;
        h->opencap = h->nopen = 0;
    }
}

static void reset(nn_html *h)
{
    meta_clear(h);
    h->nn = 0;
    h->cur = 0;
    nn_buf_clear(&h->text);
    nn_buf_clear(&h->attr);
    nn_buf_clear(&h->title);
    nn_buf_clear(&h->ld);
    nn_buf_clear(&h->rm);
    h->depth = h->overflow = h->in_main = h->in_a = 0;
    h->in_fig = h->hard = h->in_title = h->in_ld = 0;
    h->title_done = h->lds = h->nodes_full = 0;
    h->ntimes = 0;
    /* the root */
    NN_ARRAY_RESERVE(h->n, h->ncap, 1);
    memset(&h->n[0], 0, sizeof h->n[0]);
    h->n[0].tag = T_ROOT;
    h->nn = 1;
}

int nn_html_convert(nn_html *h, const char *raw, size_t rawlen,
                    const char *utf8, size_t len, nn_html_removed_fn removed,
                    void *ctx, nn_buf *out, char *err, size_t errlen)
{
    char cs[64];
    const char *src = utf8, *enc = "UTF-8";
    size_t n = len;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
               HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
    xmlCharEncodingHandlerPtr hd = NULL;
    uint32_t root, h1;
    int matched;
    wr w;

    reset(h);
    h->explain = removed != NULL;
    nn_buf_clear(out);
    /* the bytes as read, when they are not UTF-8 and say what they are */
    if (raw && !(rawlen >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) &&
        declared_charset(raw, rawlen, cs, sizeof cs) == 0 && !utf8_name(cs)) {
        hd = xmlFindCharEncodingHandler(cs);
        if (hd) {
            xmlCharEncCloseFunc(hd);
            src = raw;
            n = rawlen;
            enc = cs;
            snprintf(h->charset, sizeof h->charset, "%s", cs);
            h->meta.charset = h->charset;
        } else {
            char msg[120];
            snprintf(msg, sizeof msg, "unknown charset '%.40s': the page "
                                      "was read as UTF-8", cs);
            warn(h, msg);
        }
    }
    if (n > INT32_MAX) {
        snprintf(err, errlen, "HTML page too large to parse");
        return -1;
    }
    if (!strcmp(enc, "UTF-8"))
        opts |= HTML_PARSE_IGNORE_ENC;
    prestrip(h, src, n);
    htmlCtxtReset(h->ctxt);
    h->ctxt->userData = h;
    htmlCtxtReadMemory(h->ctxt, h->pre.ptr, (int)h->pre.len, NULL, enc, opts);
    h->ctxt->userData = h;
    if (h->nn <= 1 && !h->title.len && !h->lds) {
        snprintf(err, errlen, "not an HTML document");
        return -1;
    }
    if (h->tags_dropped)
        warn(h, "HTML tags with thousands of attributes, or nested more than "
                "1024 deep, were left out");
    measure(h);
    root = article_root(h);
    link_blocks(h, root);
    merge_meta(h);
    h1 = choose_h1(h, root, h->meta.title, &matched);
    if (matched && !h->title_meta) {
        /* <title> alone ("Headline - Blog name"): the heading that matches
         * it has the headline's own words */
        subtree_text(h, h1, &h->tmp, META_MAX);
        if (h->tmp.len) {
            free(h->meta.title);
            h->meta.title = clean_dup(h->tmp.ptr, h->tmp.len);
            if (!h->meta.site)
                site_of_title(h);
        }
    }
    /* the metadata's headline, checked against the page: a heading says
     * it, or <title> does (a title from meta tags), or there is no h1 */
    if (!matched && h->meta.title &&
        !names_site(h->meta.title, strlen(h->meta.title), h->meta.site,
                    h->meta.url)) {
        if (!h1)
            matched = 1;
        else if (h->title_meta && h->title.len) {
            char *t = clean_dup(h->title.ptr, h->title.len);
            matched = t && overlap(h->meta.title, t) > 0.5;
            free(t);
        }
    }
    time_near(h, h1);
    byline(h);
    lead_caption(h, root, h1);
    find_dek(h, h1, root);
    if (removed)
        report(h, removed, ctx);

    header_line(out, "Title: ", h->meta.title);
    header_line(out, "URL Source: ", h->meta.url);
    header_line(out, "Published Time: ", h->meta.published);
    if (h->meta.authors.len) {
        size_t i;
        nn_buf_clear(&h->tmp);
        for (i = 0; i < h->meta.authors.len && i < 16; i++) {
            if (i)
                nn_buf_puts(&h->tmp, ", ");
            nn_buf_puts(&h->tmp, h->meta.authors.items[i]);
        }
        header_line(out, "Author: ", h->tmp.ptr);
    }
    header_line(out, "Site: ", h->meta.site);
    nn_buf_puts(out, "Markdown Content:\n");
    memset(&w, 0, sizeof w);
    w.h = h;
    w.o = out;
    if (matched) {
        /* the headline first, in the words of the metadata it matches */
        nn_buf_puts(out, "# ");
        put_value(out, h->meta.title);
        nn_buf_puts(out, "\n\n");
        w.skip = h1; /* its own words are the display's */
    } else if (h1 && (h1 < root || h1 > h->n[root].end ||
                      (h->n[h1].flags & F_DEAD))) {
        /* the headline stands outside the article's element */
        write_tree(&w, h1, 0);
    }

    w.article = h->n[root].tag != T_BODY && root != 0;
    write_tree(&w, root, 1);
    end_para(&w);
    if (!w.links && nn_page_detect(out->ptr, out->len) == NN_PAGE_PLAIN)
        unescape(out, 0);
    shrink(h);
    return 0;
}

/* ---- into the record (normalize.c) --------------------------------------- */

void nn_html_collect(void *ctx, const char *why, const char *path,
                     size_t textlen)
{
    nn_html *h = ctx;
    char num[32];
    if (h->rm.len > ((size_t)1 << 20))
        return;
    nn_buf_puts(&h->rm, why);
    nn_buf_putc(&h->rm, '\0');
    nn_buf_puts(&h->rm, path);
    snprintf(num, sizeof num, " (%zu bytes of text)", textlen);
    nn_buf_puts(&h->rm, num);
    nn_buf_putc(&h->rm, '\0');
}

static int has_extra(const nn_record *rec, const char *key)
{
    size_t i;
    for (i = 0; i < rec->extra_len; i++)
        if (!strcmp(rec->extra[i].key, key))
            return 1;
    return 0;
}

void nn_html_record(nn_html *h, nn_record *rec, int lang_known)
{
    nn_html_meta *m = &h->meta;
    size_t i, before;
    if (m->lang && !lang_known && !has_extra(rec, "lang")) {
        char code[16];
        size_t k;
        for (k = 0; m->lang[k] && m->lang[k] != '-' && m->lang[k] != '_' &&
                    k + 1 < sizeof code;
             k++)
            code[k] = (char)(m->lang[k] >= 'A' && m->lang[k] <= 'Z'
                                 ? m->lang[k] | 0x20
                                 : m->lang[k]);
        code[k] = '\0';
        if (k >= 2 && k <= 3)
            nn_record_extra(rec, "lang", code, k);
    }
    if (m->section && !has_extra(rec, "section"))
        nn_record_extra(rec, "section", m->section, strlen(m->section));
    if (m->tags.len && !has_extra(rec, "tags")) {
        nn_buf_clear(&h->tmp);
        for (i = 0; i < m->tags.len; i++) {
            if (i)
                nn_buf_puts(&h->tmp, ", ");
            nn_buf_puts(&h->tmp, m->tags.items[i]);
        }
        nn_record_extra(rec, "tags", h->tmp.ptr, h->tmp.len);
    }
    if (h->dek && !has_extra(rec, "subtitle"))
        nn_record_extra(rec, "subtitle", h->dek, strlen(h->dek));
    if (m->modified && !has_extra(rec, "modified"))
        nn_record_extra(rec, "modified", m->modified, strlen(m->modified));
    if (m->image && !has_extra(rec, "image"))
        nn_record_extra(rec, "image", m->image, strlen(m->image));
    if (m->caption && !rec->image) {
        rec->image = nn_xcalloc(1, sizeof *rec->image);
        rec->image->caption = nn_xstrdup(m->caption);
        if (m->credit)
            rec->image->credit = nn_xstrdup(m->credit);
    }
    for (i = 0; i < m->warnings.len; i++)
        nn_record_warn(rec, m->warnings.items[i]);
    before = rec->removed_len;
    for (i = 0; i < h->rm.len;) {
        const char *why = h->rm.ptr + i;
        const char *path = why + strlen(why) + 1;
        nn_record_removed(rec, why, 0, path, strlen(path));
        i = (size_t)(path + strlen(path) + 1 - h->rm.ptr);
    }
    /* line 0: before the text's removals, which come in line order */
    if (before && rec->removed_len > before) {
        size_t k = rec->removed_len - before;
        nn_removal *tmp = nn_xmalloc(k * sizeof *tmp);
        memcpy(tmp, rec->removed + before, k * sizeof *tmp);
        memmove(rec->removed + k, rec->removed, before * sizeof *tmp);
        memcpy(rec->removed, tmp, k * sizeof *tmp);
        free(tmp);
    }
}
