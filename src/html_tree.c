/* html_tree.c - the HTML stage's parse (html.c runs libxml2 over the
 * prestripped page with these SAX callbacks): a compact tree of our own,
 * nodes in document order; each element's attributes read once, hidden
 * and non-content elements (script, nav, aside, chrome by class or id)
 * marked as they open, <title>, <time> and JSON-LD text gathered, meta
 * and link tags handed to html_meta.c.  html_article.c measures the
 * tree next. */
#include "html_int.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The tags by name, sorted for bsearch, and their P_* properties. */
static const struct tagdef tags[] = {TAGS(TAG_DEF)};

const unsigned char nn_ht_tag_props[T_COUNT] = {TAGS(TAG_PROPS)};

static int cmp_tag(const void *k, const void *e)
{
    const unsigned char *a = k;
    const unsigned char *b =
        (const unsigned char *)((const struct tagdef *)e)->name;
    /* inline: names are short, and a call to strcmp costs more */
    while (*a && *a == *b)
        a++, b++;
    return *a - *b;
}

const struct tagdef *nn_ht_find_tag(const char *name)
{
    return bsearch(name, tags, NN_COUNT(tags), sizeof tags[0], cmp_tag);
}

/* ---- SAX: the tree and the metadata -------------------------------------- */

/* The attributes the converter reads: each name and its slot in attset. */
static const struct {
    const char *name;
    size_t off;
} attr_slots[] = {
    {"aria-hidden", offsetof(attset, aria_hidden)},
    {"alt", offsetof(attset, alt)},
    {"content", offsetof(attset, content)},
    {"class", offsetof(attset, cls)},
    {"datetime", offsetof(attset, datetime)},
    {"data-src", offsetof(attset, data_src)},
    {"hidden", offsetof(attset, hidden)},
    {"href", offsetof(attset, href)},
    {"itemprop", offsetof(attset, itemprop)},
    {"itemtype", offsetof(attset, itemtype)},
    {"id", offsetof(attset, id)},
    {"lang", offsetof(attset, lang)},
    {"name", offsetof(attset, name)},
    {"property", offsetof(attset, property)},
    {"pubdate", offsetof(attset, pubdate)},
    {"rel", offsetof(attset, rel)},
    {"role", offsetof(attset, role)},
    {"style", offsetof(attset, style)},
    {"src", offsetof(attset, src)},
    {"type", offsetof(attset, type)},
    {"xml:lang", offsetof(attset, xml_lang)},
};

/* The slot of attribute k in a, NULL for one the converter does not
 * read.  An attribute added here goes into html_prestrip.c's read_attr()
 * too: the others never reach libxml2. */
static const char **attr_slot(attset *a, const char *k)
{
    size_t i;
    for (i = 0; i < NN_COUNT(attr_slots); i++)
        if (k[0] == attr_slots[i].name[0] && !strcmp(k, attr_slots[i].name))
            return (const char **)(void *)((char *)a + attr_slots[i].off);
    return NULL;
}

static void read_attrs(const xmlChar **atts, attset *a)
{
    size_t i;
    memset(a, 0, sizeof *a);
    if (!atts)
        return;
    for (i = 0; atts[i]; i += 2) {
        const char *k = (const char *)atts[i];
        const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
        const char **slot = attr_slot(a, k);
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
            nn_ht_warn(h, "HTML page too large: the elements past the first "
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
        for (k = 0; k < 24 && id[k] && id[k] != ' '; k++)
            nn_buf_putc(&h->attr, id[k]);
    }
    if (cls) {
        while (*cls == ' ')
            cls++;
        if (*cls) {
            nn_buf_putc(&h->attr, '.');
            for (k = 0; k < 24 && cls[k] && cls[k] != ' '; k++)
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
                st[k++] =
                    (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] | 0x20 : v[i]);
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

/* A microdata type of an article: "https://schema.org/NewsArticle",
 * "http://schema.org/BlogPosting" (the element holds the article, and
 * often its comments and related stories too: nn_ht_article_root() still
 * takes the tightest candidate). */
static int article_type(const char *v)
{
    size_t n = strlen(v);
    while (n && ws_byte((unsigned char)v[n - 1]))
        n--;
    return (n >= 7 && !strncmp(v + n - 7, "Article", 7)) ||
           (n >= 7 && !strncmp(v + n - 7, "Posting", 7));
}

/* The metadata an element carries, wherever it stands: meta, link
 * rel=canonical, html lang, title, a JSON-LD script, itemprop
 * datePublished. */
static void start_meta(nn_html *h, int tag, const attset *at)
{
    const char *v;

    switch (tag) {
    case T_META:
        nn_ht_on_meta(h, at);
        break;
    case T_LINK:
        if ((v = at->rel) && !strcasecmp(v, "canonical"))
            nn_ht_set_once(&h->canonical, at->href,
                           at->href ? strlen(at->href) : 0);
        break;
    case T_HTML:
        if ((v = at->lang) || (v = at->xml_lang))
            nn_ht_set_once(&h->meta.lang, v, strlen(v));
        break;
    case T_TITLE:
        if (!h->title_done)
            h->in_title = 1;
        break;
    case T_SCRIPT:
        if ((v = at->type) && !strcasecmp(v, "application/ld+json") &&
            h->lds < LD_BLOCKS) {
            h->in_ld = 1;
            nn_buf_clear(&h->ld);
        }
        break;
    default:
        break;
    }
    if ((v = at->itemprop) && !strcmp(v, "datePublished") && tag != T_META) {
        const char *d = at->datetime;
        if (!d)
            d = at->content;
        nn_ht_set_date(&h->item_date, d);
    }
}

/* Whether the new element x goes (x->drop: script and the like, hidden,
 * chrome by tag, role or class words) and whether it may hold the
 * article (x->strong, F_CAND). */
static void judge_element(nn_html *h, hnode *x, int tag, unsigned props,
                          unsigned words, const attset *at)
{
    const char *v;
    int body_prop;

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
    if (x->strong || tag == T_MAIN || ((v = at->role) && !strcmp(v, "main"))) {
        x->flags |= F_CAND;
        h->in_main++;
    }
}

/* What the new element x (node i) says by its kind: in a figure, a
 * byline, a link's target, an image's source and alt text, a <time>'s
 * date. */
static void start_kind(nn_html *h, hnode *x, uint32_t i, int tag,
                       unsigned words, const attset *at)
{
    const char *v;

    if (h->in_fig)
        x->flags |= F_FIGURE;
    if ((words & W_BYLINE) || ((v = at->rel) && !strcasecmp(v, "author")) ||
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
        if (d && nn_ht_iso_date(d, t->iso) == 0) {
            t->node = i;
            t->strong = at->pubdate != NULL ||
                        ((v = at->itemprop) && !strcmp(v, "datePublished"));
            h->ntimes++;
        }
    }
}

static void on_start(void *ud, const xmlChar *xname, const xmlChar **atts)
{
    nn_html *h = ud;
    const char *name = (const char *)xname;
    const struct tagdef *td = nn_ht_find_tag(name);
    int tag = td ? td->tag : T_OTHER;
    unsigned props = nn_ht_tag_props[tag];
    const char *cls, *id;
    uint32_t i, cut = 0;
    hnode *x;
    unsigned words = 0;
    attset ats, *at = &ats;

    read_attrs(atts, at);
    start_meta(h, tag, at);

    /* the script, style or svg text cut before the parse (nn_ht_prestrip) */
    if ((tag == T_SCRIPT || tag == T_STYLE || tag == T_SVG) &&
        h->nextcut < h->ncut)
        cut = h->cuts[h->nextcut++];
    if (h->depth >= NN_HTML_MAX_DEPTH || h->nodes_full) {
        if (h->depth >= NN_HTML_MAX_DEPTH && !h->overflow)
            nn_ht_warn(h, "HTML nested deeper than 512 elements: the "
                          "deeper ones were read as text of the 512th");
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
        words |= nn_ht_class_words(cls);
    if (id)
        words |= nn_ht_class_words(id);
    judge_element(h, x, tag, props, words, at);
    start_kind(h, x, i, tag, words, at);
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
        nn_ht_ld_block(h);
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

void nn_ht_sax(htmlSAXHandler *sax)
{
    memset(sax, 0, sizeof *sax);
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->characters = on_text;
    sax->ignorableWhitespace = on_text;
    sax->cdataBlock = on_cdata;
    sax->warning = on_silent;
    sax->error = on_silent;
}
