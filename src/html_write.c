/* html_write.c - the HTML stage's output (html.c calls it last): the
 * reader-mode text the rest of the pipeline reads (see html.h), the
 * header lines from the merged metadata, then the headline and the
 * article's element written as markdown-like paragraphs, headings,
 * lists, quotes and links; the standfirst and a lead photo's caption
 * found for it. */
#include "html_int.h"

#include "page.h"

#include <string.h>

/* ---- the document -------------------------------------------------------- */

typedef struct wr {
    nn_html *h;
    nn_buf *o;
    int in_para;        /* text written in the current paragraph */
    int space;          /* white space seen since the last text */
    int bol;            /* at a line's start (escape its markers) */
    int newline;        /* a <br> or cell edge before the next text */
    int brs;            /* <br> in a row */
    int quote;          /* blockquote depth */
    int pre;            /* pre depth */
    const char *prefix; /* "## ", "- ": the next paragraph's mark */
    uint32_t link;      /* the open link's node, 0: none */
    int link_open;      /* "[" written for it in this paragraph */
    int article;        /* writing the article's own element (not the body) */
    size_t links;       /* links and images written */
    uint32_t skip;      /* a node not to write (the headline, written first) */
} wr;

/* Text for the pipeline: '&' and '<' as entities (inline.c decodes lines
 * that hold them), markdown's specials escaped. */
static void put_escaped(nn_buf *o, char c)
{
    switch (c) {
    case '&':
        nn_buf_puts(o, "&amp;");
        break;
    case '<':
        nn_buf_puts(o, "&lt;");
        break;
    case '\\':
    case '[':
    case ']':
    case '*':
    case '_':
        nn_buf_putc(o, '\\');
        nn_buf_putc(o, c);
        break;
    default:
        nn_buf_putc(o, c);
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
        put_escaped(w->o, (char)c);
        i++;
    }
}

static const char *const hashes[] = {"# ",    "## ",    "### ",
                                     "#### ", "##### ", "###### "};

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
            !(w->article &&
              h->n[x->bidx].chars - h->n[x->bidx].links >= PROSE_MIN))
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
                    put_escaped(w->o, *alt);
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
    if (!(nn_ht_tag_props[x->tag] & P_BLOCK))
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
        !(nn_ht_tag_props[x->tag] & P_BLOCK))
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

/* A metadata value as the text pipeline reads it (see put_escaped; a line end as a space). */
static void put_value(nn_buf *o, const char *v)
{
    for (; *v; v++)
        put_escaped(o, *v == '\n' || *v == '\r' ? ' ' : *v);
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
void nn_ht_lead_caption(nn_html *h, uint32_t root, uint32_t h1)
{
    static const char *const labels[] = {" Photo: ",   " Photograph: ",
                                         " Photo by ", " Credit: ",
                                         " Image: ",   " Picture: "};
    uint32_t i = h1 && h1 < root ? h1 : root, end = h->n[root].end;
    size_t k;
    for (; i <= end && i < h->nn; i++) {
        const hnode *x = &h->n[i];
        char *c, *p;
        if (x->tag != T_FIGCAPTION || (x->flags & F_DEAD) || !x->chars)
            continue;
        nn_ht_subtree_text(h, i, &h->tmp, META_MAX);
        nn_ht_set_once(&h->meta.caption, h->tmp.ptr, h->tmp.len);
        if (!(c = h->meta.caption))
            return;
        for (k = 0; k < NN_COUNT(labels); k++)
            if ((p = strstr(c, labels[k])) && p > c &&
                strlen(p + strlen(labels[k])) > 1) {
                nn_ht_set_once(&h->meta.credit, p + strlen(labels[k]),
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
void nn_ht_find_dek(nn_html *h, uint32_t h1, uint32_t root)
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
        nn_ht_subtree_text(h, s, &h->tmp, META_MAX);
        h->dek = nn_ht_clean_dup(h->tmp.ptr, h->tmp.len);
    }
}

/* The reader-mode document into out (see html.h): the header lines, the
 * headline first when it matched the metadata's title (else the h1 when
 * it stands outside the article's element), then the article's element;
 * a page without links and no markdown in it is plain text, unescaped. */
void nn_ht_write_doc(nn_html *h, uint32_t root, uint32_t h1, int matched,
                     nn_buf *out)
{
    wr w;

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
    /* an element that names the article itself, not <main> (which holds
     * the related too): the page pass keeps what it would doubt there */
    h->article = w.article && h->n[root].strong == 1;
    write_tree(&w, root, 1);
    end_para(&w);
    if (!w.links && nn_page_detect(out->ptr, out->len) == NN_PAGE_PLAIN)
        unescape(out, 0);
}
