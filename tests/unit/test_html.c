/* test_html.c - HTML pages in (html.c): detection, each metadata source,
 * what is removed, the article's element, charsets, limits, and the
 * record the pipeline makes of the reader-mode text. */
#include "testlib.h"

#include "html.h"

#include <stdio.h>

/* Article prose: long paragraphs full of stopwords. */
#define P1                                                                     \
    "<p>The council voted on Tuesday to approve the plan, which will close "   \
    "the bridge for six months while crews replace the deck and repair the "   \
    "supports that an inspection found to be in poor condition.</p>\n"
#define P2                                                                     \
    "<p>Residents who spoke at the meeting said they were worried about "      \
    "the detour, but most of them agreed that the work could not wait much "   \
    "longer, and several asked the city to keep them informed.</p>\n"
#define P3                                                                     \
    "<p>The mayor said that the city would post updates on its website "       \
    "every week and that it would hold another meeting in the spring, "        \
    "before the second phase of the repairs is due to begin.</p>\n"
#define P1_TEXT                                                                \
    "The council voted on Tuesday to approve the plan, which will close "      \
    "the bridge for six months while crews replace the deck and repair the "   \
    "supports that an inspection found to be in poor condition."

#define NAV                                                                    \
    "<header class=\"site-header\"><a href=\"/\">Gazette</a>"                  \
    "<nav><ul><li><a href=\"/news\">News</a></li>"                             \
    "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n"
#define FOOT                                                                   \
    "<footer><p>Copyright 2024 Gazette Media. All rights reserved."            \
    "</p></footer>\n"

static nn_record *norm_opts(const char *html, unsigned flags,
                            const char *format)
{
    nn_options o = NN_OPTIONS_INIT;
    nn_normalizer *nz;
    nn_record *rec = NULL;
    char err[256];
    o.flags = flags;
    o.input_format = format;
    nz = nn_normalizer_new(&o, err, sizeof err);
    assert_non_null(nz);
    assert_int_equal(nn_normalize(nz, html, strlen(html), "t.html", &rec),
                     NN_OK);
    nn_normalizer_free(nz);
    return rec;
}

static nn_record *norm(const char *html)
{
    return norm_opts(html, NN_OPT_EXPLAIN, NULL);
}

/* The reader-mode document of a page. */
static char *convert(const char *html)
{
    nn_html *h = nn_html_new();
    nn_buf out = NN_BUF_INIT;
    char err[128];
    assert_int_equal(nn_html_convert(h, NULL, 0, html, strlen(html), NULL, NULL,
                                     &out, err, sizeof err),
                     0);
    nn_html_free(h);
    return nn_buf_detach(&out);
}

/* Converts html and checks the document: each string after it, up to
 * NULL, is "+TEXT" (the document holds TEXT) or "-TEXT" (it does not). */
static void expect_doc(const char *html, ...)
{
    char *doc = convert(html);
    const char *s;
    int bad = 0;
    va_list ap;
    va_start(ap, html);
    while ((s = va_arg(ap, const char *)))
        if ((strstr(doc, s + 1) != NULL) != (*s == '+')) {
            print_error("%s '%s' in:\n%s\n", *s == '+' ? "no" : "unwanted",
                        s + 1, doc);
            bad = 1;
        }
    va_end(ap);
    free(doc);
    if (bad)
        fail();
}

static int has_item(const nn_list *l, const char *s)
{
    return nn_list_has(l, s, strlen(s));
}

/* ---- detection ----------------------------------------------------------- */

static void detects_html_starts(void **state)
{
    (void)state;
#define D(s) nn_html_detect(s, sizeof(s) - 1)
    assert_true(D("<!DOCTYPE html><html><body>x</body></html>"));
    assert_true(D("<!doctype HTML>\n<p>x"));
    assert_true(D("  \n\t<html lang=\"en\">"));
    assert_true(D("\xEF\xBB\xBF<html>"));
    assert_true(D("<HEAD><title>x</title>"));
    assert_true(D("<body>"));
    assert_true(D("<!-- saved by a crawler -->\n<html>"));
    assert_true(D("<?xml version=\"1.0\"?>\n<!DOCTYPE html>"));
    /* a tag at a line's start within the first KiB, after some junk */
    assert_true(D("HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html>"));
    assert_false(D("<header>Site</header>"));
    assert_false(D("<htmlx>"));
    assert_false(D("The <html> element is the root of a page."));
    assert_false(D("Title: A page\n\nMarkdown Content:\n# Headline"));
    assert_false(D(""));
#undef D
}

static void text_stays_text(void **state)
{
    const char *text = "Council approves bridge plan\n\n" P1_TEXT "\n";
    nn_record *a = tl_normalize(text, 0, NULL);
    nn_record *b = norm_opts(text, 0, "text");
    (void)state;
    assert_string_equal(a->body, b->body);
    assert_string_equal(a->title, "Council approves bridge plan");
    nn_record_free(a);
    nn_record_free(b);
}

static void forced_formats(void **state)
{
    /* a fragment that does not look like a page, read as HTML when asked */
    const char *frag = "<div><h1>Bridge to close</h1>" P1 P2 "</div>";
    nn_record *r = norm_opts(frag, 0, "html");
    nn_options o = NN_OPTIONS_INIT;
    char err[128];
    (void)state;
    assert_string_equal(r->title, "Bridge to close");
    assert_non_null(strstr(r->body, "The council voted"));
    assert_null(strstr(r->body, "<p>"));
    nn_record_free(r);
    /* a page read as text when asked: the markup goes line by line */
    r = norm_opts("<html><body><p>Hello there, world of text.</p></body>"
                  "</html>\n",
                  0, "text");
    assert_null(strstr(r->body, "<p>"));
    nn_record_free(r);
    o.input_format = "pdf";
    assert_null(nn_normalizer_new(&o, err, sizeof err));
    assert_non_null(strstr(err, "unknown input format 'pdf'"));
    o.input_format = "auto";
    nn_normalizer_free(nn_normalizer_new(&o, err, sizeof err));
}

/* ---- metadata ------------------------------------------------------------ */

static void json_ld_article(void **state)
{
    nn_record *r = norm(
        "<!DOCTYPE html><html lang=\"en-GB\"><head>"
        "<title>Something else | Gazette</title>"
        "<script type=\"application/ld+json\">{\"@context\":"
        "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
        "\"Bridge to close for six months\",\"datePublished\":"
        "\"2024-03-05T09:30:00+00:00\",\"dateModified\":\"2024-03-06T10:00:00"
        "+00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        "{\"@type\":\"Person\",\"name\":\"John Roe\"}],\"publisher\":{"
        "\"@type\":\"Organization\",\"name\":\"The Gazette\"},\"url\":"
        "\"https://gazette.example/news/bridge\",\"articleSection\":\"Local\","
        "\"keywords\":\"bridge, council\"}</script></head><body>" NAV
        "<article><h1>Bridge to close for six months</h1>" P1 P2 P3
        "</article>" FOOT "</body></html>");
    (void)state;
    assert_string_equal(r->title, "Bridge to close for six months");
    assert_string_equal(r->date, "2024-03-05T09:30:00+00:00");
    assert_string_equal(r->url, "https://gazette.example/news/bridge");
    assert_string_equal(r->source, "The Gazette");
    assert_int_equal(r->authors.len, 2);
    assert_true(has_item(&r->authors, "Jane Doe"));
    assert_true(has_item(&r->authors, "John Roe"));
    assert_string_equal(tl_extra(r, "section"), "Local");
    assert_string_equal(tl_extra(r, "tags"), "bridge, council");
    assert_string_equal(tl_extra(r, "modified"), "2024-03-06T10:00:00+00:00");
    assert_string_equal(tl_extra(r, "lang"), "en");
    assert_true(!strncmp(r->body, P1_TEXT, strlen(P1_TEXT)));
    assert_null(strstr(r->body, "Copyright"));
    assert_null(strstr(r->body, "Sport"));
    nn_record_free(r);
}

static void json_ld_graph_and_broken(void **state)
{
    nn_record *r = norm(
        "<html><head><script type=\"application/ld+json\">{ \"@type\": "
        "\"NewsArticle\", \"headline\": broken</script>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://"
        "schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
        "{\"@type\":[\"Article\"],\"headline\":\"Rock &amp; roll returns\","
        "\"datePublished\":\"2023-11-02\",\"author\":{\"@id\":\"#p1\"}},"
        "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ana Lima\"}]}"
        "</script></head><body><h1>Rock &amp; roll returns</h1>" P1 P2
        "</body></html>");
    (void)state;
    assert_string_equal(r->title, "Rock & roll returns");
    assert_string_equal(r->date, "2023-11-02");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Ana Lima");
    assert_true(tl_warned(r, "broken JSON-LD block ignored"));
    nn_record_free(r);
}

static void open_graph_and_canonical(void **state)
{
    nn_record *r =
        norm("<html><head><title>Bridge to close - Gazette</title>"
             "<meta property=\"og:title\" content=\"Bridge to close\">"
             "<meta property=\"og:site_name\" content=\"Gazette\">"
             "<meta property=\"og:url\" content=\"https://gazette.example/og\">"
             "<link rel=\"canonical\" href=\"https://gazette.example/bridge\">"
             "<meta property=\"article:published_time\" "
             "content=\"2022-06-01T12:00:00Z\">"
             "<meta property=\"article:section\" content=\"City\">"
             "<meta property=\"article:tag\" content=\"roads\">"
             "<meta property=\"article:tag\" content=\"budget\">"
             "<meta name=\"author\" content=\"By Sam Poe\">"
             "</head><body><h1>Bridge to close</h1>" P1 P2 "</body></html>");
    (void)state;
    assert_string_equal(r->title, "Bridge to close");
    assert_string_equal(r->url, "https://gazette.example/bridge");
    assert_string_equal(r->source, "Gazette");
    assert_string_equal(r->date, "2022-06-01T12:00:00+00:00");
    assert_string_equal(tl_extra(r, "section"), "City");
    assert_string_equal(tl_extra(r, "tags"), "roads, budget");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Sam Poe");
    nn_record_free(r);
    /* a relative canonical link says nothing: og:url then */
    r = norm("<html><head><link rel=\"canonical\" href=\"/bridge\">"
             "<meta property=\"og:url\" content=\"https://g.example/b\">"
             "</head><body><h1>Bridge to close</h1>" P1 "</body></html>");
    assert_string_equal(r->url, "https://g.example/b");
    nn_record_free(r);
}

static void time_near_headline(void **state)
{
    nn_record *r =
        norm("<html><body><nav><time datetime=\"2001-01-01\">today</time></nav>"
             "<article><h1>Bridge to close</h1><p class=\"meta\">"
             "<time datetime=\"2021-09-14T08:15:00+02:00\">14 September</time>"
             "</p>" P1 P2 "</article></body></html>");
    (void)state;
    assert_string_equal(r->date, "2021-09-14T08:15:00+02:00");
    nn_record_free(r);
}

static void title_suffix_cut(void **state)
{
    nn_record *r = norm("<html><head><title>Bridge to close for the summer "
                        "| The Valley Gazette</title><meta property=\"og:"
                        "site_name\" content=\"The Valley Gazette\"></head>"
                        "<body>" P1 P2 "</body></html>");
    (void)state;
    assert_string_equal(r->title, "Bridge to close for the summer");
    nn_record_free(r);
    /* the suffix names the host */
    expect_doc("<html><head><title>Bridge to close - Valleygazette"
               "</title><link rel=\"canonical\" href=\"https://www."
               "valleygazette.example/b\"></head><body>" P1 "</body>"
               "</html>",
               "+Title: Bridge to close\n", NULL);
    /* a suffix that names nothing stays */
    expect_doc("<html><head><title>Bridge to close - and why</title>"
               "</head><body>" P1 "</body></html>",
               "+Title: Bridge to close - and why\n", NULL);
}

static void byline_element(void **state)
{
    nn_record *r = norm("<html><body><article><h1>Bridge to close</h1>"
                        "<div class=\"article-byline\">By <a rel=\"author\" "
                        "href=\"/staff/kim\">Kim Lee</a> | March 3, 2024"
                        "</div>" P1 P2 "</article></body></html>");
    (void)state;
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Kim Lee");
    nn_record_free(r);
}

/* ---- what goes, what stays ----------------------------------------------- */

static void hidden_and_boilerplate_go(void **state)
{
    (void)state;
    expect_doc(
        "<html><body>" NAV "<div class=\"page\"><article>"
        "<h1>Bridge to close</h1>" P1
        "<div hidden><p>Hidden by attribute.</p></div>"
        "<div aria-hidden=\"true\"><p>Hidden from readers.</p></div>"
        "<div style=\"color: red; DISPLAY : none\"><p>Hidden by style.</p>"
        "</div><div class=\"share-buttons\"><p>Share on Facebook</p></div>"
        "<div class=\"adSlot\"><p>Advertisement here</p></div>"
        "<div class=\"shadow\"><p>Padded text stays.</p></div>"
        "<script>var x = '<p>not text</p>';</script>"
        "<style>p { color: red }</style><noscript><p>Enable JS</p>"
        "</noscript><form><input value=\"q\"><button>Go</button></form>"
        "<svg><text>icon</text></svg>" P2
        "<div id=\"comments\"><p>First! Great article.</p></div>"
        "</article><aside><p>Most read today</p></aside></div>" FOOT
        "</body></html>",
        "+# Bridge to close", "+Padded text stays.", "+Residents who spoke",
        "-Hidden", "-Share on", "-Advertisement", "-not text", "-color",
        "-Enable JS", "-Go", "-icon", "-First!", "-Most read", "-Copyright",
        "-Sport", NULL);
}

/* A wrapper with a boilerplate word that holds most of the page's text
 * is the page, not boilerplate. */
static void boilerplate_wrapper_rescued(void **state)
{
    (void)state;
    expect_doc("<html><body><div class=\"layout has-sidebar\">"
               "<h1>Bridge to close</h1>" P1 P2 P3 "</div></body></html>",
               "+The council voted", NULL);
    /* (has-sidebar does not name chrome; content-sidebar-wrap does) */
    expect_doc("<html><body><div class=\"content-sidebar-wrap\">"
               "<h1>Bridge to close</h1>" P1 P2 P3 "</div></body></html>",
               "+The council voted", "+The mayor said", NULL);
}

static void article_subtree_chosen(void **state)
{
    char *doc = convert(
        "<html><body><div class=\"wrap\"><h1>Bridge to close</h1>"
        "<div class=\"teaser\"><p>A short teaser that is not part of it, "
        "although it is a sentence of some length.</p></div>"
        "<div class=\"story-body\"><h2>The plan</h2>" P1 P2 P3 "</div>"
        "<div class=\"more\"><p>Other stories from the region this week, "
        "in brief.</p></div></div></body></html>");
    const char *h1, *p1;
    (void)state;
    h1 = strstr(doc, "# Bridge to close");
    p1 = strstr(doc, "The council voted");
    assert_non_null(h1);
    assert_non_null(p1);
    assert_true(h1 < p1); /* the h1 outside the article comes first */
    assert_non_null(strstr(doc, "## The plan"));
    assert_null(strstr(doc, "teaser"));
    assert_null(strstr(doc, "Other stories"));
    free(doc);
}

/* Lists, quotes, headings, links, figures, line breaks, cells, escapes. */
static void markdown_written(void **state)
{
    (void)state;
    /* no article element: the body is written as it is, links and all */
    expect_doc(
        "<html><body><div><h1>Guide</h1>" P1
        "<h3>Steps</h3><ul><li>Open the <b>valve</b></li><li>Wait</li></ul>"
        "<blockquote><p>We will do it.</p></blockquote>"
        "<p>Line one<br>line two</p>"
        "<ul><li><a href=\"/a\">First related story</a></li>"
        "<li><a href=\"/b?x=1&amp;y=2\">Second story</a></li></ul>"
        "<figure><img src=\"/i.jpg\" alt=\"A bridge\"><figcaption>The "
        "bridge in 1990. Photo: Ann Bo</figcaption></figure>"
        "<table><tr><td>Cost</td><td>$4m</td></tr></table>"
        "<p>5 * 3 = 15 and snake_case &amp; a &lt;tag&gt; [1]</p>"
        "<p>1. Not a list</p>" P2 "</div></body></html>",
        "+### Steps\n\n- Open the valve\n\n- Wait\n", "+> We will do it.\n",
        "+Line one\nline two\n", "+- [First related story](/a)\n",
        "+- [Second story](/b?x=1&amp;y=2)\n", "+![A bridge](/i.jpg)\n",
        "-Photo: Ann Bo", "+Cost\n$4m\n",
        "+5 \\* 3 = 15 and snake\\_case &amp; a &lt;tag> \\[1\\]",
        "+1\\. Not a list", NULL);
}

static void record_of_markdown(void **state)
{
    nn_record *r = norm(
        "<html><head><title>Guide</title></head><body><article>"
        "<h1>Guide</h1>" P1
        "<p>5 * 3 = 15 and snake_case &amp; a &lt;tag&gt; stay as they are "
        "in this sentence of the article.</p>"
        "<ul><li><a href=\"/a\">First related story</a></li></ul>" P2
        "<figure><img src=\"/i.jpg\" alt=\"A bridge\"><figcaption>The "
        "bridge in 1990.</figcaption></figure>" P3 "</article></body></html>");
    (void)state;
    assert_non_null(strstr(r->body, "5 * 3 = 15 and snake_case & a <tag> "
                                    "stay"));
    assert_non_null(r->image);
    assert_string_equal(r->image->caption, "The bridge in 1990.");
    nn_record_free(r);
}

/* Prose keeps its links as text: the page model would read a link-heavy
 * sentence as a list of links. */
static void links_in_prose_are_text(void **state)
{
    (void)state;
    expect_doc(
        "<html><body><article><p>The council, according to <a href=\"/r\">"
        "a report published on Monday</a>, will vote on the plan before "
        "the summer recess begins.</p></article></body></html>",
        "+according to a report published on Monday, will", NULL);
}

/* ---- removals for --explain ---------------------------------------------- */

typedef struct seen {
    char why[32], path[128];
    size_t len, n;
    const char *want; /* the rule heard of; NULL: html-boilerplate */
} seen;

static void on_removed(void *ctx, const char *why, const char *path, size_t len)
{
    seen *s = ctx;
    if (strcmp(why, s->want ? s->want : "html-boilerplate"))
        return;
    snprintf(s->why, sizeof s->why, "%s", why);
    snprintf(s->path, sizeof s->path, "%s", path);
    s->len = len;
    s->n++;
}

/* The reader-mode document of a page, with the removals of rule want
 * (NULL: html-boilerplate) heard in *s. */
static char *convert_heard(const char *page, const char *want, seen *s)
{
    nn_html *h = nn_html_new();
    nn_buf out = NN_BUF_INIT;
    char err[64];
    memset(s, 0, sizeof *s);
    s->want = want;
    assert_int_equal(nn_html_convert(h, NULL, 0, page, strlen(page), on_removed,
                                     s, &out, err, sizeof err),
                     0);
    nn_html_free(h);
    return nn_buf_detach(&out);
}

static void removals_reported(void **state)
{
    const char *page = "<html><body><article>" P1
                       "<div class=\"comments list\"><p>Nice.</p><p>Agreed"
                       ".</p></div>" P2 "</article></body></html>";
    seen s;
    nn_record *r;
    (void)state;
    free(convert_heard(page, NULL, &s));
    assert_int_equal(s.n, 1);
    assert_string_equal(s.path, "body > article > div.comments");
    assert_int_equal(s.len, 12);
    r = norm(page);
    assert_true(tl_removed_text(r, "html-boilerplate",
                                "article > div.comments (12 bytes of text)"));
    nn_record_free(r);
}

/* In the article's element a block of links and little else goes (it
 * would part the paragraphs around it for the page model); one with prose
 * beside its links, a table's links, a heading and a labelled link
 * ("Related: ...", the profiles' rules read it) stay. */
static void link_blocks_in_article(void **state)
{
    const char *page =
        "<html><body><article><h1>Guide</h1>" P1
        "<ul class=\"x\"><li><a href=\"/a\">First related story</a></li>"
        "<li><a href=\"/b\">Second story</a></li></ul>"
        "<p><a href=\"/c\">Related: the bridge in 1990</a></p>" P2
        "<div><a href=\"/s\">Facebook</a> <a href=\"/t\">X</a></div>"
        "<p>Source files: <a href=\"/d\">plan.pdf</a></p>"
        "<table><tr><td><a href=\"/e\">Release 1.0</a></td></tr></table>"
        "<h2><a href=\"/f\">Next steps</a></h2>" P3 "</article></body></html>";
    seen s;
    char *doc = convert_heard(page, "html-links", &s);
    (void)state;
    assert_null(strstr(doc, "First related story"));
    assert_non_null(strstr(doc, "Related: the bridge"));
    assert_non_null(strstr(doc, "Source files: "));
    assert_non_null(strstr(doc, "Release 1.0"));
    assert_non_null(strstr(doc, "Next steps"));
    assert_null(strstr(doc, "Facebook"));
    assert_int_equal(s.n, 2); /* the list, the share line (heard last) */
    assert_string_equal(s.path, "body > article > div");
    free(doc);
}

/* A chrome word outweighs a keep word in its own class token, not in
 * another token; glued names ("relatedposts") and negated ones
 * ("no-sidebar") are read. */
static void class_words_by_token(void **state)
{
    (void)state;
    expect_doc(
        "<html><body><article><h1>Bridge to close</h1>" P1
        "<div class=\"RelatedContent\"><p>Related content text.</p></div>"
        "<div class=\"comment-content\"><p>A comment's text.</p></div>"
        "<div class=\"jp-relatedposts\"><p>Glued related text.</p></div>"
        "<div class=\"main no-sidebar\"><p>Negated stays here.</p></div>"
        "<div class=\"story comments-on\"><p>Kept by the other token.</p>"
        "</div>" P2 "</article></body></html>",
        "-Related content", "-comment's", "-Glued", "+Negated stays",
        "+Kept by the other", NULL);
}

/* Teasers with longer text than the article beside it: the element that
 * names the article holds a quarter of the text, and is the article;
 * not when the article comes in several such parts, or goes on after it. */
#define TEASER                                                                 \
    "<li><h3><a href=\"/t\">Another story</a></h3><p>A summary of another "    \
    "story that runs on for a while, as summaries in a stream do, with "       \
    "more words than anybody will read before clicking through.</p></li>"
static void article_beside_stream(void **state)
{
    (void)state;
    expect_doc("<html><body><main><article><h1>Bridge to close"
               "</h1>" P1 P2 "</article><ul class=\"stream\">" TEASER TEASER
                   TEASER TEASER TEASER "</ul></main></body></html>",
               "+The council voted", "-A summary", NULL);
    expect_doc("<html><body><main><div class=\"article-body\">" P1
               "</div><div class=\"ad\">Ad</div><div class=\"article-body"
               "\">" P2 "</div><ul>" TEASER TEASER TEASER TEASER
               "</ul></main></body></html>",
               "+The council voted", "+Residents who spoke", NULL);
    /* nor when the article goes on in paragraphs after its element */
    expect_doc("<html><body><main><div class=\"article-body\">" P1 P2
               "</div>" P3 "<ul>" TEASER TEASER TEASER TEASER
               "</ul></main></body></html>",
               "+The mayor said", NULL);
}

/* The article in a "modal" over a front page stays; a comment's article
 * under the comment list stays out when the page has its own. */
static void article_in_modal(void **state)
{
    (void)state;
    expect_doc("<html><body><div class=\"front\"><p>Front page "
               "text of some length that is not the story.</p></div>"
               "<div class=\"modal\"><article><h1>Bridge to close"
               "</h1>" P1 P2 P3 "</article></div></body></html>",
               "+The council voted", "+The mayor said", NULL);
    expect_doc("<html><body><article><h1>Bridge to close</h1>" P1 P2
               "</article><ol class=\"comment-list\"><li class=\"comment\">"
               "<article>" P3 "</article></li></ol></body></html>",
               "+The council voted", "-The mayor said", NULL);
    /* nor one whose own class says it is a comment, on a page that does
     * not mark its article */
    expect_doc("<html><body><div><h1>Bridge to close</h1>" P1 "</div>"
               "<ol class=\"comment-list\"><li><article class=\"comment-"
               "body\">" P2 P3 "</article></li></ol></body></html>",
               "+The council voted", "-Residents who spoke", NULL);
}

/* A photo gallery inside the article whose captions outweigh the
 * article's own text is not a wrapper of the article. */
#define SLIDE                                                                  \
    "<li><p>A long caption of a photograph in the gallery, describing at "     \
    "length what the picture shows and who took it, for the reader.</p>"       \
    "</li>"
static void gallery_in_article(void **state)
{
    (void)state;
    expect_doc("<html><body><article><h1>Bridge to close</h1>" P1 P2
               "<div class=\"gallery\"><ul>" SLIDE SLIDE SLIDE SLIDE SLIDE SLIDE
               "</ul></div></article></body>"
               "</html>",
               "+The council voted", "-A long caption", NULL);
}

/* The site's name from <title> after the h1's words when nothing else
 * names it; a publisher's name before a site name that is a host name;
 * the standfirst outside the article's element as extra.subtitle. */
static void site_and_standfirst(void **state)
{
    nn_record *r = norm("<html><head><title>Bridge to close - The Valley "
                        "Gazette</title></head><body><h1>Bridge to close"
                        "</h1>" P1 P2 "</body></html>");
    (void)state;
    assert_string_equal(r->source, "The Valley Gazette");
    nn_record_free(r);
    r = norm("<html><head><meta property=\"og:site_name\" content=\""
             "GAZETTE.COM\"><script type=\"application/ld+json\">{\"@type\":"
             "\"NewsArticle\",\"headline\":\"Bridge to close\",\"publisher\":"
             "{\"name\":\"The Gazette\"}}</script></head><body><article>"
             "<h1>Bridge to close</h1><p class=\"dek\">Six months of "
             "detours for drivers on the river road.</p><div class=\"article-"
             "body\">" P1 P2 "</div></article></body></html>");
    assert_string_equal(r->source, "The Gazette");
    assert_string_equal(tl_extra(r, "subtitle"),
                        "Six months of detours for drivers on the river road.");
    assert_null(strstr(r->body, "Six months"));
    nn_record_free(r);
}

/* ---- charsets and limits ------------------------------------------------- */

static void windows_1251_page(void **state)
{
    /* "Мост закроют" and a paragraph, in windows-1251 */
    const char *page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=windows-1251\"><title>\xcc\xee\xf1\xf2 \xe7\xe0\xea\xf0"
        "\xee\xfe\xf2</title></head><body><article><h1>\xcc\xee\xf1\xf2 "
        "\xe7\xe0\xea\xf0\xee\xfe\xf2</h1><p>\xc3\xee\xf0\xee\xe4\xf1\xea"
        "\xee\xe9 \xf1\xee\xe2\xe5\xf2 \xf0\xe5\xf8\xe8\xeb \xe7\xe0\xea"
        "\xf0\xfb\xf2\xfc \xec\xee\xf1\xf2 \xed\xe0 \xf8\xe5\xf1\xf2\xfc "
        "\xec\xe5\xf1\xff\xf6\xe5\xe2, \xef\xee\xea\xe0 \xe1\xf0\xe8\xe3"
        "\xe0\xe4\xfb \xf7\xe8\xed\xff\xf2 \xef\xee\xea\xf0\xfb\xf2\xe8"
        "\xe5.</p></article></body></html>";
    nn_record *r = norm(page);
    (void)state;
    assert_string_equal(r->title, "Мост закроют");
    assert_non_null(strstr(r->body, "Городской совет решил закрыть мост"));
    assert_false(tl_warned(r, "invalid UTF-8"));
    nn_record_free(r);
}

static void unknown_charset_warned(void **state)
{
    nn_record *r = norm("<html><head><meta charset=\"x-no-such\"></head>"
                        "<body><h1>Caf\xe9</h1>" P1 "</body></html>");
    (void)state;
    assert_true(tl_warned(r, "unknown charset 'x-no-such'"));
    assert_true(tl_warned(r, "invalid UTF-8"));
    nn_record_free(r);
}

/* A declared charset that the bytes contradict (UTF-8 already): UTF-8. */
static void utf8_despite_declaration(void **state)
{
    nn_record *r = norm("<html><head><meta charset=\"gb2312\"></head><body>"
                        "<h1>Café au lait</h1>" P1 "</body></html>");
    (void)state;
    assert_string_equal(r->title, "Café au lait");
    nn_record_free(r);
}

static void deep_nesting_finishes(void **state)
{
    nn_buf b = NN_BUF_INIT;
    size_t i;
    nn_record *r;
    (void)state;
    nn_buf_puts(&b, "<html><body><h1>Deep page</h1>" P1);
    for (i = 0; i < 100000; i++)
        nn_buf_puts(&b, "<div>");
    nn_buf_puts(&b, "<p>At the bottom of it all there is still a sentence "
                    "that someone wrote for the readers.</p>");
    for (i = 0; i < 100000; i++)
        nn_buf_puts(&b, "</div>");
    nn_buf_puts(&b, P2 "</body></html>");
    r = norm(b.ptr);
    assert_non_null(strstr(r->body, "The council voted"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    assert_true(tl_warned(r, "nested deeper than 512"));
    nn_record_free(r);
    nn_buf_free(&b);
}

static void hostile_markup(void **state)
{
    /* unclosed quotes, a script never closed, stray end tags, NUL-free
     * junk: parsed in recovery mode, never an error */
    static const char *const pages[] = {
        "<html><body><p class=\"x>Text after a broken quote.</p>",
        "<html><body><p>Before</p><script>var a = '</p>",
        "<html></div></span></p></body></html>",
        "<html><body><!-- never closed <p>x</p>",
        "<html><body><a href=\"javascript:alert(1)\">Click</a></body></html>",
        ("<html><head><script type=\"application/ld+json\">[[[[[[[[[[[[[["
         "</script></head><body><p>x</p></body></html>"),
        "<!DOCTYPE html>",
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(pages); i++) {
        nn_record *r = norm(pages[i]);
        assert_non_null(r->body);
        nn_record_free(r);
    }
}

/* In an element that names the article the page pass keeps what it
 * would doubt for its text alone (a table's short cells); in a plain
 * <div> it judges them as before. */
static void article_element_keeps_cells(void **state)
{
    static const char *const tmpl =
        "<html><body><%s><h1>Bridge to close</h1>" P1 P2
        "<table><tr><td>North span</td><td>March</td></tr>"
        "<tr><td>South span</td><td>June</td></tr></table>" P3
        "</%s></body></html>";
    char page[2048];
    nn_record *r;
    (void)state;
    snprintf(page, sizeof page, tmpl, "article", "article");
    r = norm(page);
    tl_body_has(r, "North span March");
    tl_body_has(r, "The mayor said");
    nn_record_free(r);
    snprintf(page, sizeof page, tmpl, "div", "div");
    r = norm(page);
    tl_body_lacks(r, "North span");
    tl_body_has(r, "The mayor said");
    nn_record_free(r);
}

/* An inline SVG's content and the attributes nobody reads never reach
 * libxml2, and change nothing: the svg's text is still counted for
 * --explain, the attributes read (class, href) still work. */
static void svg_and_attributes_cut(void **state)
{
    nn_record *r =
        norm("<html><body><article data-track=\"a\" class=\"story\">" P1
             "<p data-x='1' srcset=\"a 1x, b 2x\">A sentence with a <a "
             "data-y=z href=\"https://g.example/x\" aria-label=\"x\">link"
             "</a> in it, read as the article's text.</p>"
             "<svg viewBox=\"0 0 9 9\"><title>Share &amp; more</title>"
             "<path d=\"M0 0L9 9\"/><svg><path d=\"M1 1\"/></svg></svg>" P2
             "</article></body></html>");
    (void)state;
    assert_non_null(strstr(r->body, "with a link in it"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    assert_null(strstr(r->body, "Share"));
    assert_true(tl_removed_text(r, "html-script",
                                "article.story > svg (12 bytes of text)"));
    nn_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detects_html_starts),
        cmocka_unit_test(text_stays_text),
        cmocka_unit_test(forced_formats),
        cmocka_unit_test(json_ld_article),
        cmocka_unit_test(json_ld_graph_and_broken),
        cmocka_unit_test(open_graph_and_canonical),
        cmocka_unit_test(time_near_headline),
        cmocka_unit_test(title_suffix_cut),
        cmocka_unit_test(byline_element),
        cmocka_unit_test(hidden_and_boilerplate_go),
        cmocka_unit_test(boilerplate_wrapper_rescued),
        cmocka_unit_test(article_subtree_chosen),
        cmocka_unit_test(markdown_written),
        cmocka_unit_test(record_of_markdown),
        cmocka_unit_test(links_in_prose_are_text),
        cmocka_unit_test(removals_reported),
        cmocka_unit_test(link_blocks_in_article),
        cmocka_unit_test(class_words_by_token),
        cmocka_unit_test(article_beside_stream),
        cmocka_unit_test(article_in_modal),
        cmocka_unit_test(gallery_in_article),
        cmocka_unit_test(site_and_standfirst),
        cmocka_unit_test(windows_1251_page),
        cmocka_unit_test(unknown_charset_warned),
        cmocka_unit_test(utf8_despite_declaration),
        cmocka_unit_test(deep_nesting_finishes),
        cmocka_unit_test(hostile_markup),
        cmocka_unit_test(article_element_keeps_cells),
        cmocka_unit_test(svg_and_attributes_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
