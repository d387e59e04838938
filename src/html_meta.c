/* html_meta.c - the page's metadata: values kept by source (meta and
 * OpenGraph tags as html_tree.c reads them, JSON-LD from html_jsonld.c),
 * merged after the parse into one nn_html_meta (html.c calls it once
 * the article's element is known); the title's site suffix cut, the
 * headline element matched to the title, a date from a <time> near the
 * headline, a byline read from the tree when the metadata names no
 * author.  The values then head the text html_write.c writes. */
#include "html_int.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- values by source ----------------------------------------------------- */

/* Free the values kept by source and the merged metadata. */
void nn_ht_meta_clear(nn_html *h)
{
    char **s[] = {&h->ld_headline,     &h->ld_url,
                  &h->ld_pub,          &h->ld_mod,
                  &h->ld_site,         &h->ld_section,
                  &h->ld_image,        &h->og_title,
                  &h->og_site,         &h->og_url,
                  &h->og_image,        &h->og_desc,
                  &h->art_pub,         &h->art_mod,
                  &h->art_section,     &h->meta_date,
                  &h->item_date,       &h->item_mod,
                  &h->canonical,       &h->meta_desc,
                  &h->tw_title,        &h->dek,
                  &h->meta.title,      &h->meta.url,
                  &h->meta.published,  &h->meta.modified,
                  &h->meta.site,       &h->meta.lang,
                  &h->meta.section,    &h->meta.image,
                  &h->meta.caption,    &h->meta.credit,
                  &h->meta.description};
    nn_list *l[] = {&h->ld_authors,   &h->ld_tags,   &h->art_authors,
                    &h->meta_authors, &h->art_tags,  &h->meta_tags,
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
char *nn_ht_clean_dup(const char *s, size_t n)
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
void nn_ht_set_once(char **slot, const char *s, size_t n)
{
    if (!*slot && s)
        *slot = nn_ht_clean_dup(s, n);
}

void nn_ht_list_add(nn_list *l, const char *s, size_t n)
{
    char *c;
    if (!s || l->len >= 64 || !(c = nn_ht_clean_dup(s, n)))
        return;
    if (!nn_list_has(l, c, strlen(c)))
        nn_list_push(l, c, strlen(c));
    free(c);
}

/* "a, b; c" into the list. */
void nn_ht_list_split(nn_list *l, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',' && s[j] != ';')
            j++;
        nn_ht_list_add(l, s + i, j - i);
        i = j + 1;
    }
}

void nn_ht_warn(nn_html *h, const char *msg)
{
    if (!nn_list_has(&h->meta.warnings, msg, strlen(msg)) &&
        h->meta.warnings.len < 16)
        nn_list_push(&h->meta.warnings, msg, strlen(msg));
}

/* The <meta> names and properties read (lower case), by the value they
 * fill: M_ONCE the first kept, M_DATE the first that is a date, M_TAGS a
 * list of comma-separated tags, M_AUTHORS a list of names. */
enum { M_ONCE, M_DATE, M_TAGS, M_AUTHORS };
static const struct meta_key {
    size_t field; /* offsetof(nn_html, ...) */
    int how;
    const char *keys[11]; /* NULL-ended */
} meta_keys[] = {
    {offsetof(nn_html, og_title), M_ONCE, {"og:title"}},
    {offsetof(nn_html, og_site), M_ONCE, {"og:site_name"}},
    {offsetof(nn_html, og_url), M_ONCE, {"og:url"}},
    {offsetof(nn_html, og_image), M_ONCE, {"og:image"}},
    {offsetof(nn_html, og_desc), M_ONCE, {"og:description"}},
    {offsetof(nn_html, meta_desc), M_ONCE, {"description"}},
    {offsetof(nn_html, tw_title), M_ONCE, {"twitter:title"}},
    {offsetof(nn_html, art_pub),
     M_DATE,
     {"article:published_time", "article:published"}},
    {offsetof(nn_html, art_mod),
     M_DATE,
     {"article:modified_time", "og:updated_time"}},
    {offsetof(nn_html, art_section), M_ONCE, {"article:section"}},
    {offsetof(nn_html, art_tags), M_TAGS, {"article:tag"}},
    {offsetof(nn_html, meta_tags), M_TAGS, {"keywords", "news_keywords"}},
    {offsetof(nn_html, art_authors), M_AUTHORS, {"article:author"}},
    {offsetof(nn_html, meta_authors),
     M_AUTHORS,
     {"author", "dc.creator", "dcterms.creator", "byl", "parsely-author",
      "sailthru.author"}},
    {offsetof(nn_html, meta_date),
     M_DATE,
     {"date", "pubdate", "publish-date", "publishdate", "publish_date",
      "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
      "parsely-pub-date"}},
};

static int meta_key_is(const struct meta_key *m, const char *key)
{
    size_t i;
    for (i = 0; m->keys[i]; i++)
        if (!strcmp(key, m->keys[i]))
            return 1;
    return 0;
}

/* A <meta> value c (cl bytes) into the field m names. */
static void meta_keep(nn_html *h, const struct meta_key *m, const char *c,
                      size_t cl)
{
    void *field = (char *)h + m->field;
    if (m->how == M_ONCE)
        nn_ht_set_once(field, c, cl);
    else if (m->how == M_DATE)
        nn_ht_set_date(field, c);
    else if (m->how == M_TAGS)
        nn_ht_list_split(field, c, cl);
    else if (nn_ht_plain_name(c))
        nn_ht_list_add(field, c, cl);
}

void nn_ht_on_meta(nn_html *h, const attset *at)
{
    const char *k = at->property, *c = at->content;
    const char *name = at->name, *ip = at->itemprop;
    char key[40];
    size_t i, cl;
    if (!c)
        return;
    cl = strlen(c);
    if (ip && !strcmp(ip, "datePublished"))
        nn_ht_set_date(&h->item_date, c);
    if (ip && !strcmp(ip, "dateModified"))
        nn_ht_set_date(&h->item_mod, c);
    if (!k)
        k = name;
    if (!k)
        return;
    for (i = 0; k[i] && i + 1 < sizeof key; i++)
        key[i] = (char)(k[i] >= 'A' && k[i] <= 'Z' ? k[i] | 0x20 : k[i]);
    key[i] = '\0';
    for (i = 0; i < NN_COUNT(meta_keys); i++)
        if (meta_key_is(&meta_keys[i], key)) {
            meta_keep(h, &meta_keys[i], c, cl);
            return;
        }
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
int nn_ht_names_site(const char *part, size_t n, const char *site,
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
    " | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
    " :: ", " \xC2\xB7 ", " \xC2\xBB ",     " / "};

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
    if (best && nn_ht_names_site(t + best + bl, n - best - bl, site, url)) {
        t[best] = '\0';
        cut_site(t, site, url); /* "Headline | Section | Site" */
        return;
    }
    for (k = 0; k < NN_COUNT(title_seps); k++) {
        const char *p = strstr(t, title_seps[k]);
        size_t sl = strlen(title_seps[k]);
        if (p && nn_ht_names_site(t, (size_t)(p - t), site, url) &&
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
void nn_ht_byline(nn_html *h)
{
    static const char *const lead[] = {"by:",        "by",       "posted by",
                                       "written by", "words by", "story by",
                                       "par",        "por",      "von",
                                       "door",       "di"};
    static const char *const stops[] = {
        " | ",          " - ",      " \xE2\x80\x94 ", " \xE2\x80\x93 ",
        "\xE2\x80\xA2", "\xC2\xB7", " on ",           " updated",
        " published",   " Updated", " Published"};
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
        nn_ht_subtree_text(h, (uint32_t)i, &h->tmp, 200);
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
        if (cut < 3 || memchr(t, '@', cut) || !nn_ht_plain_name(t))
            continue;
        nn_ht_list_add(&h->meta.authors, t, cut);
        return;
    }
}

/* No date in the metadata: a <time datetime> marked as the publication's,
 * or the nearest after the h1. */
void nn_ht_time_near(nn_html *h, uint32_t h1)
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

void nn_ht_merge_meta(nn_html *h)
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
        (t = nn_ht_clean_dup(h->title.ptr, h->title.len)) != NULL) {
        cut_site(t, m->site, m->url);
        m->title = t;
    } else if (m->title) {
        cut_site(m->title, m->site, m->url);
    }
}

/* A page that names itself nowhere but in <title>: "Headline - Site",
 * the headline being the h1's words, gives the site's name (a few words,
 * not a sentence). */
void nn_ht_site_of_title(nn_html *h)
{
    char *t = nn_ht_clean_dup(h->title.ptr, h->title.len);
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
        h->meta.site = nn_ht_clean_dup(rest, k);
    free(t);
}

/* The page's headline element: the h1, h2 or h3 most like the metadata
 * title (more than half its words; even in the site's header), with
 * *matched set; else the first kept h1 in the article, else the first
 * kept h1.  Never one in script, hidden or the like. */
uint32_t nn_ht_choose_h1(nn_html *h, uint32_t root, const char *title,
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
            nn_ht_subtree_text(h, (uint32_t)i, &h->tmp, 600);
            o = nn_ht_overlap(title, h->tmp.ptr);
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
                nn_ht_subtree_text(h, (uint32_t)i, &h->tmp, 600);
                if (nn_ht_overlap(title, h->tmp.ptr) >= best_raw - 0.001)
                    x->flags |= F_SKIP;
            }
        }
        *matched = 1;
        return best;
    }
    return first_in ? first_in : first;
}
