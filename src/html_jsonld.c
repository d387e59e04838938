/* html_jsonld.c - the page's JSON-LD scripts (html_tree.c hands each one
 * over as it closes) read with jansson: the Article-like objects, through
 * @graph and @id references, give the headline, dates, authors, section,
 * image and keywords, kept by source until html_meta.c merges them. */
#include "html_int.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- JSON-LD ------------------------------------------------------------- */

/* Decode the few HTML entities JSON-LD strings carry ("Rock &amp; Roll",
 * "&#8217;") into h->tmp. */
static void unentity(nn_html *h, const char *s, size_t n)
{
    static const struct {
        const char *name;
        const char *utf8;
    } ents[] = {{"amp;", "&"},   {"lt;", "<"},   {"gt;", ">"},
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
    nn_ht_set_once(slot, h->tmp.ptr, h->tmp.len);
}

/* A date of metadata to ISO, or "" when it is none. */
int nn_ht_iso_date(const char *s, char out[NN_DATE_MAX])
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

void nn_ht_set_date(char **slot, const char *s)
{
    char iso[NN_DATE_MAX];
    if (*slot || !s || nn_ht_iso_date(s, iso) != 0)
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
int nn_ht_plain_name(const char *s)
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
    if (jstr(v) && nn_ht_plain_name(jstr(v))) {
        unentity(h, jstr(v), json_string_length(v));
        nn_ht_list_add(l, h->tmp.ptr, h->tmp.len);
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
    nn_ht_set_date(&h->ld_pub, jstr(json_object_get(o, "datePublished")));
    nn_ht_set_date(&h->ld_mod, jstr(json_object_get(o, "dateModified")));
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
            nn_ht_list_split(&h->ld_tags, h->tmp.ptr, h->tmp.len);
        } else if (json_is_array(v)) {
            for (i = 0; i < json_array_size(v) && i < LD_ITEMS; i++)
                if (jstr(json_array_get(v, i))) {
                    unentity(h, jstr(json_array_get(v, i)),
                             json_string_length(json_array_get(v, i)));
                    nn_ht_list_add(&h->ld_tags, h->tmp.ptr, h->tmp.len);
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
    if (ld_type_ok(v, &page) || (page && jstr(json_object_get(v, "headline"))))
        ld_article(h, graph, v);
    if (json_object_get(v, "@graph"))
        ld_visit(h, json_object_get(v, "@graph"), json_object_get(v, "@graph"),
                 depth + 1);
}

void nn_ht_ld_block(nn_html *h)
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
    root = json_loadb(h->ld.ptr + i, h->ld.len - i, JSON_DISABLE_EOF_CHECK, &e);
    if (!root) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "broken JSON-LD block ignored (line %d: "
                 "%.80s)",
                 e.line, e.text);
        nn_ht_warn(h, msg);
        return;
    }
    ld_visit(h, NULL, root, 0);
    json_decref(root);
}
