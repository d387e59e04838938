/* test_page.c - page-style scrapes (page.c): markdown rewrite, block
 * classification, headline choice, and the rules that work with them. */
#include "testlib.h"

#include <math.h>
#include <stdio.h>

/* A paragraph of article prose, long and full of stopwords. */
#define PROSE1                                                                 \
    "The council voted on Tuesday to approve the plan, which will close the "  \
    "bridge for six months while crews replace the deck and repair the "       \
    "supports that an inspection found to be in poor condition last year.\n\n"
#define PROSE2                                                                 \
    "Residents who spoke at the meeting said they were worried about the "     \
    "detour, but most of them agreed that the work could not wait much "       \
    "longer, and several asked the city to keep them informed as it goes.\n\n"
#define PROSE3                                                                 \
    "The mayor said that the city would post updates on its website every "    \
    "week and that it would hold another meeting in the spring, before the "   \
    "second phase of the repairs is due to begin on the south side.\n\n"

#define NAV                                                                    \
    "[![Gazette](https://g.example/logo.png)](https://g.example/)\n\n"         \
    "- [News](https://g.example/news)\n- [Sport](https://g.example/sport)\n"   \
    "- [Opinion](https://g.example/opinion)\n\n"

#define FOOTER                                                                 \
    "## Most read\n\n- [Storm closes schools](https://g.example/a)\n"          \
    "- [Team wins again](https://g.example/b)\n\n"                             \
    "[About](https://g.example/about) | [Contact](https://g.example/c)\n\n"

static nn_record *norm(const char *text)
{
    return tl_normalize(text, NN_OPT_EXPLAIN, NULL);
}

static void detects_markdown_links_only(void **state)
{
    (void)state;
    assert_int_equal(nn_page_detect("see [x](http://a)", 17), NN_PAGE_MARKDOWN);
    assert_int_equal(nn_page_detect("![logo](a.png)", 14), NN_PAGE_MARKDOWN);
    assert_int_equal(nn_page_detect("a [note] (aside)", 16), NN_PAGE_PLAIN);
    assert_int_equal(nn_page_detect("x](y", 4), NN_PAGE_PLAIN);
    /* a wrapped link; a "link" across two paragraphs is none */
    assert_int_equal(nn_page_detect("[a\nb](c)", 8), NN_PAGE_MARKDOWN);
    assert_int_equal(nn_page_detect("[a\n\nb](c)", 9), NN_PAGE_PLAIN);
}

static void nav_and_footer_go_article_stays(void **state)
{
    nn_record *r = norm(
        NAV "# Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3 FOOTER);
    const nn_removal *m;
    (void)state;
    assert_string_equal(r->title, "Council approves bridge plan");
    assert_string_equal(r->body,
                        "The council voted on Tuesday to approve "
                        "the plan, which will close the bridge for six months "
                        "while crews replace the deck and repair the supports "
                        "that an inspection found to be in poor condition "
                        "last year.\n\nResidents who spoke at the meeting said "
                        "they were worried about the detour, but most of them "
                        "agreed that the work could not wait much longer, and "
                        "several asked the city to keep them informed as it "
                        "goes.\n\nThe mayor said that the city would post "
                        "updates on its website every week and that it would "
                        "hold another meeting in the spring, before the second "
                        "phase of the repairs is due to begin on the south "
                        "side.");
    /* the verdict's name alone; its measure apart (none: NaN) */
    m = tl_removal(r, "nav-list");
    assert_non_null(m);
    assert_true(m->measure == 1.0);
    m = tl_removal(r, "image");
    assert_non_null(m);
    assert_true(isnan(m->measure));
    assert_true(tl_removed_by(r, "headline"));
    assert_true(isnan(tl_removal(r, "headline")->measure)); /* a rule's */
    nn_record_free(r);
}

/* One name a verdict, none for NN_V_NONE, no two alike. */
static void verdict_names_one_each(void **state)
{
    int v, w;
    (void)state;
    assert_null(nn_verdict_name(NN_V_NONE));
    assert_null(nn_verdict_name(NN_V_COUNT));
    for (v = NN_V_NONE + 1; v < NN_V_COUNT; v++) {
        const char *n = nn_verdict_name((enum nn_verdict)v);
        assert_non_null(n);
        assert_null(strchr(n, ' ')); /* a name alone */
        for (w = NN_V_NONE + 1; w < v; w++)
            assert_string_not_equal(n, nn_verdict_name((enum nn_verdict)w));
    }
    assert_string_equal(nn_verdict_name(NN_V_LINK_DENSITY), "link-density");
}

static void inline_links_keep_their_text(void **state)
{
    nn_record *r =
        norm("# A title of some length here\n\n"
             "The [electric Gran Turismo](https://x.example/gt) was "
             "shown in Geneva, and **nobody** expected it to be so "
             "quiet on the road that _everyone_ in the room could "
             "hear the rain on the roof of the old hall.\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(strstr(r->body, "The electric Gran Turismo was shown in "
                                    "Geneva, and nobody expected"));
    assert_non_null(strstr(r->body, "that everyone in the room"));
    assert_null(strstr(r->body, "]("));
    assert_null(strstr(r->body, "**"));
    nn_record_free(r);
}

static void emphasis_markers_only_at_word_edges(void **state)
{
    nn_record *r = norm("# Snake case and arithmetic survive\n\n"
                        "See [the docs](https://d.example/) where the "
                        "variable max_line_len is set to 5 * 3 and the "
                        "function is called by the tool when the input file "
                        "is read by the parser at the very start of the "
                        "run.\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(strstr(r->body, "max_line_len is set to 5 * 3"));
    nn_record_free(r);
}

static void subheadings_and_content_lists_stay(void **state)
{
    nn_record *r = norm(NAV "# Council approves bridge plan\n\n" PROSE1
                            "## What happens next\n\n" PROSE2
                            "- The bridge closes on March 1.\n"
                            "- Buses will use the Elm Street detour.\n"
                            "- Work ends in the autumn.\n\n" PROSE3 FOOTER);
    (void)state;
    assert_non_null(strstr(r->body, "last year.\n\nWhat happens next\n\n"
                                    "Residents who"));
    assert_non_null(strstr(r->body, "goes.\n\nThe bridge closes on March 1."
                                    "\n\nBuses will use the Elm Street "
                                    "detour.\n\nWork ends in the autumn.\n\n"
                                    "The mayor"));
    assert_null(strstr(r->body, "Most read"));
    nn_record_free(r);
}

static void headline_beats_site_banner(void **state)
{
    nn_record *r =
        norm("# The Gazette\n\nServing the valley since 1887\n\n" NAV
             "## Council approves bridge plan after long "
             "debate\n\nBy Jane Doe | March 3, 2025\n\n" PROSE1 PROSE2 PROSE3);
    (void)state;
    assert_string_equal(r->title,
                        "Council approves bridge plan after long debate");
    assert_string_equal(r->date, "2025-03-03");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Doe");
    assert_null(strstr(r->body, "Gazette"));
    assert_null(strstr(r->body, "1887"));
    nn_record_free(r);
}

static void setext_headline_and_reader_header(void **state)
{
    nn_record *r =
        norm("Title: Bridge plan approved | The Gazette\n\n"
             "URL Source: https://www.thegazette.com/news/"
             "bridge-plan-approved\n\n"
             "Published Time: 2025-03-03T10:15:00-06:00\n\n"
             "Markdown Content:\n" NAV
             "Bridge plan approved\n====================\n\n" PROSE1 PROSE2);
    (void)state;
    assert_string_equal(r->title, "Bridge plan approved");
    assert_string_equal(r->date, "2025-03-03T10:15:00-06:00");
    assert_string_equal(r->url,
                        "https://www.thegazette.com/news/bridge-plan-approved");
    assert_string_equal(r->source, "The Gazette"); /* the title's suffix */
    assert_true(tl_removed_by(r, "rule-line"));
    nn_record_free(r);
}

static void caption_after_image_goes(void **state)
{
    nn_record *r =
        norm("# Council approves bridge plan\n\n" PROSE1
             "![The bridge](https://g.example/b.jpg)\n\n"
             "_The old bridge at dusk. Photo: Ana Lima_\n\n" PROSE2 PROSE3);
    (void)state;
    assert_null(strstr(r->body, "dusk"));
    assert_true(tl_removed_by(r, "image-caption"));
    nn_record_free(r);
}

static void pull_quote_copy_goes(void **state)
{
    nn_record *r = norm(NAV "# Council approves bridge plan\n\n" PROSE1
                            "> \"Most of them agreed that the work could not "
                            "wait much longer\"\n\n" PROSE2 PROSE3);
    (void)state;
    assert_true(tl_removed_by(r, "pull-quote"));
    /* the sentence itself stays, once */
    assert_non_null(strstr(r->body, "agreed that the work could not wait"));
    nn_record_free(r);
}

static void links_broken_across_lines_are_joined(void **state)
{
    nn_record *r =
        norm("[Skip to Main\nContent](https://g.example/#main)\n\n"
             "# Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3);
    (void)state;
    assert_null(strstr(r->body, "Content"));
    assert_true(tl_removed_by(r, "navigation"));
    nn_record_free(r);
}

static void share_link_names_the_url(void **state)
{
    nn_record *r = norm("# Council approves bridge plan\n\n"
                        "[Share](https://www.facebook.com/sharer.php?u="
                        "https%3A%2F%2Fwww.g.example%2F2025%2F03%2F03%2Fbridge)"
                        "\n\n" PROSE1 PROSE2);
    (void)state;
    assert_string_equal(r->url, "https://www.g.example/2025/03/03/bridge");
    assert_string_equal(r->date, "2025-03-03"); /* from the URL */
    assert_true(tl_warned(r, "share link"));
    nn_record_free(r);
}

/* Found by the fuzzer: "%F2" decoded alone is not UTF-8; it stays an
 * escape, so that the URL (and the XML holding it) stays valid. */
static void share_link_keeps_non_ascii_escapes(void **state)
{
    nn_record *r =
        norm("# Council approves bridge plan\n\n"
             "[Pin](https://www.pinterest.com/pin/create/button/"
             "?url=https%3A%2F%2Fg.example%2Fa%F2b)\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(r->url);
    assert_string_equal(r->url, "https://g.example/a%F2b");
    nn_record_free(r);
}

/* Only share buttons name the page: a redirect's "?url=" does not. */
static void redirect_link_names_no_url(void **state)
{
    nn_record *r = norm("# Council approves bridge plan\n\n"
                        "[Ad](https://ads.example/click?url=https%3A%2F%2F"
                        "shop.example%2F)\n\n" PROSE1 PROSE2);
    (void)state;
    assert_null(r->url);
    nn_record_free(r);
}

/* Found in review: a heading whose last word ends in '#' keeps it. */
static void heading_keeps_a_final_hash(void **state)
{
    nn_record *r = norm(NAV "# Why I still write C#\n\n" PROSE1 PROSE2);
    (void)state;
    assert_string_equal(r->title, "Why I still write C#");
    nn_record_free(r);
}

/* Found in review: a lone heading at the page's end is no headline; the
 * article above it stays. */
static void headline_stands_above_its_text(void **state)
{
    nn_record *r =
        norm(NAV PROSE1 PROSE2 PROSE3 "# Subscribe to our newsletter\n");
    (void)state;
    assert_non_null(strstr(r->body, "The council voted on Tuesday"));
    assert_non_null(strstr(r->body, "south side."));
    nn_record_free(r);
}

/* Found in review: nested link brackets do not recurse (a small stack is
 * enough) and the text stays. */
static void nested_links_do_not_recurse(void **state)
{
    char *t = malloc(200000), *p = t;
    nn_record *r;
    int i;
    (void)state;
    p += sprintf(p, "[x](y)\n\n");
    for (i = 0; i < 20000; i++)
        *p++ = '[';
    *p++ = 'a';
    for (i = 0; i < 20000; i++)
        p += sprintf(p, "](b)");
    *p = '\0';
    r = norm(t);
    assert_non_null(r->body);
    nn_record_free(r);
    free(t);
}

static void author_box_goes_when_it_names_the_author(void **state)
{
    nn_record *r =
        norm("# Council approves bridge plan\n\nBy Jane Doe\n\n" PROSE1 PROSE2
             "Jane Doe covers city hall for the "
             "Gazette. Reach her at jane@g.example.\n\n" FOOTER);
    (void)state;
    assert_true(tl_removed_by(r, "author-bio"));
    assert_null(strstr(r->body, "covers city hall"));
    nn_record_free(r);
}

/* A short piece that no block of reads as article text: the page pass
 * gives up rather than lose the text. */
static void short_piece_is_kept_whole(void **state)
{
    nn_record *r = norm("Brief note\n\nSee the [report](https://r.example/x)."
                        "\n\nMore soon.\n");
    (void)state;
    assert_string_equal(r->body, "See the report.\n\nMore soon.");
    nn_record_free(r);
}

/* A menu copied as plain text is judged as a page: the menu goes, the
 * article stays, wherever the menu stands. */
static void plain_menu_goes(void **state)
{
    static const char menu[] = "About\nAdmissions\nAcademics\nResearch\n"
                               "Campus Life\nAthletics\nGive Now\nNews\n";
    char text[4096];
    nn_record *r;
    (void)state;
    snprintf(text, sizeof text, "%s\n%s\n%s", menu, PROSE1 PROSE2, menu);
    r = norm(text);
    assert_null(strstr(r->body, "Admissions"));
    assert_null(strstr(r->body, "Give Now"));
    assert_non_null(strstr(r->body, "The council voted on Tuesday"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    nn_record_free(r);
}

/* Pages and what their record shows: the title (NULL: not checked), what
 * the body holds (in) and does not (out).  `what` names the case. */
static const struct page_case {
    const char *what, *text, *title;
    const char *in[3], *out[6];
} page_cases[] = {
    /* Teasers cut short: a run of lines ending in an ellipsis after the
     * article, and a description above it that the article repeats in
     * full; a gallery caption printed twice on one line. */
    {"cut teasers go",
     "Council approves bridge plan\n"
     "The council voted on Tuesday to approve the plan, which will close "
     "the...\n" PROSE1
     "The old bridge was closed at dawn on Monday. The old bridge was "
     "closed at dawn on Monday.\n\n" PROSE2
     "Five million euros were set aside for the harbour to improve the...\n"
     "A calendar of new laws for the coming weeks was announced by the\u2026\n"
     "The mayor said on Friday that the market would reopen next...\n",
     NULL,
     {"The council voted on Tuesday"},
     {"improve the...", "calendar of new laws", "reopen next", "close the...",
      "closed at dawn"}},
    /* Turkish, whose stopword list catches few of its words: a whole
     * sentence between two paragraphs and one below the last are the
     * article's, whatever their stopwords; the label and the tag are
     * not. */
    {"sparse language keeps its sentences",
     "Ankara'da trafik kazısı: 3 kişi yaralandı\n"
     "Yayınlanma:\n"
     "Ankara'nın Çankaya ilçesinde iki otomobilin çarpıştığı "
     "trafik kazasında 3 kişi yaralandı.\n"
     "Kaza, saat 14.00 sıralarında Atatürk Bulvarı üzerinde meydana "
     "geldi ve ihbar üzerine bölgeye polis ile sağlık ekipleri sevk "
     "edildi.\n"
     "Yaralılar ambulanslarla yakındaki hastanelere kaldırılarak "
     "tedavi altına alındı.\n"
     "Kazanın oluş nedenine ilişkin polis ekiplerinin incelemesi "
     "devam ediyor.\n"
     "Türkiye\n",
     NULL,
     {"tedavi altına alındı.", "incelemesi devam ediyor."},
     {"Yayınlanma", "Türkiye"}},
    /* A caption whose credit follows a full stop and a slash is no
     * headline. */
    {"slashed photo credit is no headline",
     "Firefighters free a trapped driver on the bypass./Photo "
     "DDM\n\nCollision on the bypass injures a gendarme\n\n" PROSE1 PROSE2,
     "Collision on the bypass injures a gendarme",
     {NULL},
     {NULL}},
    /* A headline's note that photos follow ("(Photos)", "(фото)") is no
     * credit: the headline stays one. */
    {"headline with photo note",
     "Council closes the old bridge for six months (Photos)\n\n" PROSE1 PROSE2,
     "Council closes the old bridge for six months (Photos)",
     {NULL},
     {NULL}},
    /* The breadcrumb's last step names the headline, not the site's motto
     * above it. */
    {"breadcrumb names the headline",
     "Plain News Every Day\n\n"
     "Council closes the old bridge\n\n"
     "Home \xC2\xBB Local \xC2\xBB Council closes the old "
     "bridge\n\n" PROSE1 PROSE2,
     "Council closes the old bridge",
     {NULL},
     {NULL}},
    /* A list of other stories after the article (headline, summary,
     * headline, summary) ends it; the article's own subheadings over
     * short sections do not. */
    {"teaser list ends the article",
     "Council closes the old bridge\n\n" PROSE1 PROSE2
     "Storm floods coastal towns across the northern region\n\n"
     "Heavy rain caused rivers to burst their banks overnight.\n\n"
     "Football club names veteran striker as its new captain\n\n"
     "The announcement was made at a press conference on Friday.\n",
     NULL,
     {"Residents who spoke"},
     {"Storm floods", "burst their banks", "veteran striker"}},
    {"subheadings do not end the article",
     "Council closes the old bridge\n\n" PROSE1 PROSE2
     "What the council decided about the old bridge plan\n\n"
     "The council voted to close the bridge in the spring.\n\n"
     "How residents will cross the river during the bridge works\n\n"
     "A shuttle bus will cross the river every ten minutes.\n",
     NULL,
     {"close the bridge in the spring.", "every ten minutes."},
     {NULL}},
    /* A menu's link with its arrow is no headline. */
    {"link with arrow is no headline",
     "Vaccination against the flu this winter >\n\n"
     "Council closes the old bridge\n\n" PROSE1 PROSE2,
     "Council closes the old bridge",
     {NULL},
     {NULL}},
    /* A headline with a number in it, under a kicker whose colon it
     * begins with. */
    {"headline after kicker colon",
     "Bridge works\n: Repairs to the old bridge cost 363.000 euros\n\n" PROSE1
         PROSE2,
     "Repairs to the old bridge cost 363.000 euros",
     {NULL},
     {NULL}},
    /* An ellipsis in a headline is no pair of site names. */
    {"headline with ellipsis",
     "To open its museum the city spends... 1.5 million "
     "euros\n" PROSE1 PROSE2 "Works and festivities\n\n" PROSE3,
     "To open its museum the city spends... 1.5 million euros",
     {NULL},
     {NULL}},
    /* A caption with its credit after the full stop ("... accidentada.
     * Foto: Citytv") between two paragraphs goes. */
    {"caption with labelled credit goes",
     "Council closes the old bridge\n\n" PROSE1
     "The old bridge seen from the east bank. Foto: Citytv\n\n" PROSE2,
     NULL,
     {"Residents who spoke"},
     {"Citytv"}},
    /* A headline of two sentences on the page's first line, over a byline
     * label, a date and a name: still the headline. */
    {"two sentence headline over a date",
     "The council closes the old bridge. Residents ask for a "
     "shuttle bus.\n\nby:\n12 March 2025\nstaff\n\n" PROSE1 PROSE2,
     "The council closes the old bridge. Residents ask for a shuttle bus.",
     {NULL},
     {"shuttle bus."}},
    /* A site clock or a line of dates and counts is no headline. */
    {"clock line is no headline",
     "Vie. Nov 22nd, 2024\n\nCouncil closes the old bridge\n\n" PROSE1 PROSE2,
     "Council closes the old bridge",
     {NULL},
     {NULL}},
};

/* Each page case: its title, and its body's strings in and out. */
static void page_cases_hold(void **state)
{
    size_t i, k;
    (void)state;
    for (i = 0; i < NN_COUNT(page_cases); i++) {
        const struct page_case *c = &page_cases[i];
        nn_record *r = norm(c->text);
        if (c->title && (!r->title || strcmp(r->title, c->title)))
            fail_msg("%s: title \"%s\"", c->what, r->title ? r->title : "");
        for (k = 0; k < NN_COUNT(c->in) && c->in[k]; k++)
            if (!strstr(r->body, c->in[k]))
                fail_msg("%s: \"%s\" not in the body", c->what, c->in[k]);
        for (k = 0; k < NN_COUNT(c->out) && c->out[k]; k++)
            if (strstr(r->body, c->out[k]))
                fail_msg("%s: \"%s\" in the body", c->what, c->out[k]);
        nn_record_free(r);
    }
}

/* A standfirst that is the lead's first sentence: the article says it
 * once. */
static void standfirst_repeating_the_lead_goes(void **state)
{
    static const char lead[] =
        "The council voted on Tuesday to approve the plan for the old bridge.";
    nn_record *r =
        norm("Council approves bridge plan\n\n"
             "The council voted on Tuesday to approve the plan for "
             "the old bridge.\n\n"
             "The council voted on Tuesday to approve the plan for "
             "the old bridge. The plan will close the bridge for six "
             "months while crews replace the deck and repair the "
             "supports.\n\n" PROSE2);
    const char *first;
    (void)state;
    first = strstr(r->body, lead);
    assert_non_null(first);
    assert_null(strstr(first + 1, lead));
    assert_non_null(strstr(r->body, "replace the deck"));
    nn_record_free(r);
}

/* Bylines that are only links to the authors' pages. */
static void author_page_links_are_a_byline(void **state)
{
    nn_record *r = norm(
        NAV "# Council approves bridge plan\n\n"
            "[Jane Doe](https://g.example/profile/jane-doe)\n\n"
            "[Sam Lee](https://g.example/profile/sam-lee)\n\n" PROSE1 PROSE2
                PROSE3);
    (void)state;
    assert_int_equal(r->authors.len, 2);
    assert_string_equal(r->authors.items[0], "Jane Doe");
    assert_string_equal(r->authors.items[1], "Sam Lee");
    assert_null(strstr(r->body, "Jane Doe"));
    nn_record_free(r);
}

static void plain_articles_are_not_pages(void **state)
{
    /* no markdown links: a plain page, where "*" and "_" are text */
    nn_record *r = norm("Some title here\n\n*Names changed.* The rest of "
                        "the text follows here.\n");
    (void)state;
    assert_non_null(strstr(r->body, "*Names changed.*"));
    nn_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detects_markdown_links_only),
        cmocka_unit_test(nav_and_footer_go_article_stays),
        cmocka_unit_test(verdict_names_one_each),
        cmocka_unit_test(inline_links_keep_their_text),
        cmocka_unit_test(emphasis_markers_only_at_word_edges),
        cmocka_unit_test(subheadings_and_content_lists_stay),
        cmocka_unit_test(headline_beats_site_banner),
        cmocka_unit_test(setext_headline_and_reader_header),
        cmocka_unit_test(caption_after_image_goes),
        cmocka_unit_test(pull_quote_copy_goes),
        cmocka_unit_test(links_broken_across_lines_are_joined),
        cmocka_unit_test(share_link_names_the_url),
        cmocka_unit_test(share_link_keeps_non_ascii_escapes),
        cmocka_unit_test(redirect_link_names_no_url),
        cmocka_unit_test(heading_keeps_a_final_hash),
        cmocka_unit_test(headline_stands_above_its_text),
        cmocka_unit_test(nested_links_do_not_recurse),
        cmocka_unit_test(author_box_goes_when_it_names_the_author),
        cmocka_unit_test(plain_articles_are_not_pages),
        cmocka_unit_test(author_page_links_are_a_byline),
        cmocka_unit_test(short_piece_is_kept_whole),
        cmocka_unit_test(plain_menu_goes),
        cmocka_unit_test(page_cases_hold),
        cmocka_unit_test(standfirst_repeating_the_lead_goes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
