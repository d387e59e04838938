/* html_article.c - the HTML stage's judgement, after the parse: class
 * and id words as evidence (html_tree.c asks them of each element), the
 * text each element holds measured, the removals settled (a removed
 * container that holds the article is kept after all), ad slots, the
 * article's element chosen, and blocks of links inside it dropped.
 * html_write.c then writes what is left. */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- class and id words (the W_* bits: html_int.h) ------------------------ */

static const struct cword {
    const char *w;
    unsigned bits;
} cwords[] = {
    {"ad", W_CHROME},
    {"ads", W_CHROME},
    {"advert", W_CHROME | W_PREFIX},
    {"article", W_KEEP | W_FIRST},
    {"author", W_BYLINE},
    {"authors", W_BYLINE},
    {"banner", W_CHROME},
    {"body", W_KEEP | W_SECOND},
    {"breadcrumb", W_CHROME | W_PREFIX},
    {"byl", W_BYLINE},
    {"byline", W_BYLINE},
    {"column", W_KEEP},
    {"comment", W_CHROME},
    {"comments", W_CHROME},
    {"content", W_KEEP | W_SECOND},
    {"cookie", W_CHROME | W_PREFIX},
    {"disqus", W_CHROME},
    {"entry", W_FIRST},
    {"footer", W_CHROME},
    {"gallery", W_CHROME},
    {"has", W_NOT},
    {"main", W_KEEP},
    {"menu", W_CHROME},
    {"modal", W_CHROME},
    {"nav", W_CHROME},
    {"navbar", W_CHROME},
    {"navigation", W_CHROME},
    {"news", W_FIRST},
    {"newsletter", W_CHROME | W_PREFIX},
    {"no", W_NOT},
    {"outbrain", W_CHROME},
    {"popup", W_CHROME},
    {"post", W_FIRST},
    {"promo", W_CHROME | W_PREFIX},
    {"recommended", W_CHROME},
    {"related", W_CHROME | W_PREFIX},
    {"share", W_CHROME | W_PREFIX},
    {"sharing", W_CHROME},
    {"sidebar", W_CHROME | W_PREFIX},
    {"signature", W_BYLINE},
    {"social", W_CHROME | W_PREFIX},
    {"sponsor", W_CHROME | W_PREFIX},
    {"story", W_KEEP | W_FIRST},
    {"subscribe", W_CHROME | W_PREFIX},
    {"taboola", W_CHROME},
    {"tags", W_CHROME},
    {"text", W_SECOND},
    {"trending", W_CHROME},
    {"widget", W_CHROME | W_PREFIX},
    {"with", W_NOT},
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
        /* the first bytes first: most words part there */
        int d = (unsigned char)cwords[mid].w[0] - (unsigned char)w[0];
        if (d < 0 || (!d && strcmp(cwords[mid].w, w) <= 0))
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
unsigned nn_ht_class_words(const char *v)
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
    "advertisement",
    "advertising",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "anzeige",
    "werbung",
    "publicit\xC3\xA9",
    "publicidad",
    "pubblicit\xC3\xA0",
    "publicidade",
    "reklam",
    "iklan",
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
        for (p = x->parent;
             p && h->n[p].chars <= x->chars + 60 && !(h->n[p].flags & F_CAND) &&
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
            return (uint64_t)(h->n[p].rawp - h->n[i].rawp) * 4 >= h->n[i].rawp;
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
/* Each node's place (its subtree's end, its nearest block) and the text
 * it holds: all of it, inside links, paragraph text with the soft
 * removals counted. */
static void measure_text(nn_html *h)
{
    size_t i;
    hnode *n = h->n;

    /* forward: each text's nearest block, figure marks */
    for (i = 1; i < h->nn; i++) {
        hnode *x = &n[i], *p = &n[x->parent];
        x->end = (uint32_t)i;
        x->bidx = (nn_ht_tag_props[p->tag] & P_BLOCK) ? x->parent : p->bidx;
        if (x->tag == T_TEXT)
            x->blk = (nn_ht_tag_props[p->tag] & P_BLOCK) || !x->parent ? p->tag
                                                                       : p->blk;
        else
            x->blk = (nn_ht_tag_props[x->tag] & P_BLOCK) ? x->tag : p->blk;
    }
    n[0].end = (uint32_t)h->nn - 1;
    /* backward: text and paragraph text held, soft removals counted */
    for (i = h->nn; i-- > 1;) {
        hnode *x = &n[i], *p = &n[x->parent];
        if (x->tag == T_TEXT) {
            uint32_t t = trimmed(h, x);
            unsigned bp = nn_ht_tag_props[x->blk];
            x->chars = t;
            if (x->flags & F_INLINK)
                x->links = t;
            if (!(x->flags & F_INLINK) && t &&
                ((bp & P_PARA) || (!(bp & P_NOPARA) && t >= 60)))
                x->flags |= F_PARA, x->rawp = t;
        }
        if (x->end > p->end)
            p->end = x->end;
        if (nn_ht_tag_props[x->tag] & P_BLOCK)
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
}

void nn_ht_measure(nn_html *h)
{
    size_t i;
    hnode *n = h->n;
    uint32_t total, anchor, h1 = 0;

    measure_text(h);
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
uint32_t nn_ht_article_root(const nn_html *h)
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
        if ((nn_ht_tag_props[h->n[i].tag] & P_PARA) &&
            !(h->n[i].flags & F_DEAD))
            others += h->n[i].ptext;
    return others * 5 >= h->n[best].ptext ? root : best;
}

/* The visible text of a subtree, white space collapsed, into out. */
void nn_ht_subtree_text(const nn_html *h, uint32_t from, nn_buf *out,
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
    nn_ht_subtree_text(h, i, &h->tmp, 64);
    t = h->tmp.ptr;
    colon = memchr(t, ':', h->tmp.len);
    if (!colon || colon - t < 3 || colon - t > 30)
        return 0;
    for (k = 0; t + k < colon; k++)
        words += t[k] == ' ';
    return words <= 3;
}

void nn_ht_link_blocks(nn_html *h, uint32_t root)
{
    uint32_t i, k, end = h->n[root].end, table = 0; /* table: its end */
    if (h->n[root].tag == T_BODY || !root)
        return;
    for (i = root + 1; i <= end; i++) {
        hnode *x = &h->n[i];
        if (i > table &&
            (x->tag == T_TABLE || x->tag == T_TD || x->tag == T_TH))
            table = x->end; /* a table's links are its data */
        if ((x->flags & F_DEAD) || !(nn_ht_tag_props[x->tag] & P_BLOCK) ||
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

/* s (n bytes) with ASCII capitals in lower case, into out. */
static void fold_ascii(const char *s, size_t n, char *out)
{
    size_t i;
    for (i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
}

/* Words (3+ letters, ASCII case folded) of a that are in b, as a share.
 * b is folded once (a headline's candidates are compared with the title
 * over and over), each word of a when it is read. */
double nn_ht_overlap(const char *a, const char *b)
{
    size_t i = 0, words = 0, hits = 0, an = strlen(a), bn = strlen(b);
    char fb[1024], fw[256], *lb = bn <= sizeof fb ? fb : nn_xmalloc(bn);
    fold_ascii(b, bn, lb);
    while (i < an) {
        size_t j = i;
        while (j < an &&
               (((a[j] | 0x20) >= 'a' && (a[j] | 0x20) <= 'z') ||
                (a[j] >= '0' && a[j] <= '9') || (unsigned char)a[j] >= 0x80))
            j++;
        if (j - i >= 3) {
            words++;
            if (j - i <= sizeof fw) {
                fold_ascii(a + i, j - i, fw);
                hits += nn_has(lb, bn, fw, j - i);
            } else { /* a word of 256 bytes and more: no need to hurry */
                size_t k;
                for (k = 0; k + (j - i) <= bn; k++)
                    if (!strncasecmp(b + k, a + i, j - i)) {
                        hits++;
                        break;
                    }
            }
        }
        i = j > i ? j : i + 1;
    }
    if (lb != fb)
        free(lb);
    return words ? (double)hits / (double)words : 0;
}
