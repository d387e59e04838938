/* test_rules.c - the whole pipeline on small synthetic articles: every rule
 * of the Moscow Times, MENAFN and common tables, profile detection, source
 * names, URL canonicalization, word count and fingerprint, and body
 * paragraphs that look like boilerplate but are not.
 *
 * Every article is run with NN_OPT_EXPLAIN so that the test can say which
 * rule removed which line; check_body_clean() then makes sure that nothing
 * a rule removed is still in the body. */
#include "testlib.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>

/* ---- helpers -------------------------------------------------------------- */

/* Records a test holds; the teardown frees what a failed assertion left
 * behind, so that the BUG tests stay leak-free under valgrind too. */
#define MAX_LIVE 8
static nn_record *live[MAX_LIVE];

/* A built-in profile by name. */
static const nn_profile *builtin(const char *name)
{
    const nn_profiles *ps = nn_profiles_builtin();
    int i = nn_profiles_find(ps, name);
    assert_true(i >= 0);
    return nn_profiles_at(ps, (size_t)i);
}

static nn_record *norm(const char *text, const char *profile)
{
    nn_record *rec = tl_normalize(text, NN_OPT_EXPLAIN, profile);
    size_t i;
    for (i = 0; i < MAX_LIVE; i++)
        if (!live[i]) {
            live[i] = rec;
            return rec;
        }
    nn_record_free(rec);
    fail_msg("more than %d records at once", MAX_LIVE);
    return NULL;
}

static void release(nn_record *rec)
{
    size_t i;
    for (i = 0; i < MAX_LIVE; i++)
        if (live[i] == rec)
            live[i] = NULL;
    nn_record_free(rec);
}

static int free_live(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < MAX_LIVE; i++) {
        nn_record_free(live[i]);
        live[i] = NULL;
    }
    return 0;
}

static void removed(const nn_record *rec, const char *rule, const char *text)
{
    if (!tl_removed_text(rec, rule, text)) {
        size_t i;
        print_error("no line with \"%s\" removed by %s; removals:\n", text,
                    rule);
        for (i = 0; i < rec->removed_len; i++)
            print_error("  %s: %s\n", rec->removed[i].rule,
                        rec->removed[i].text);
        fail();
    }
}

/* Nothing that a rule removed is left in the body: a long removed line is
 * nowhere in it, a short one is no paragraph of it. */
static void check_body_clean(const nn_record *rec)
{
    size_t i;
    for (i = 0; i < rec->removed_len; i++) {
        const char *t = rec->removed[i].text, *p = rec->body;
        size_t n = strlen(t);
        if (n >= 24) {
            if (strstr(rec->body, t)) {
                print_error("removed by %s but in the body: \"%s\"\n",
                            rec->removed[i].rule, t);
                fail();
            }
            continue;
        }
        while (n && *p) {
            const char *e = strstr(p, "\n\n");
            size_t pl = e ? (size_t)(e - p) : strlen(p);
            if (pl == n && !memcmp(p, t, n)) {
                print_error("removed by %s but a body paragraph: \"%s\"\n",
                            rec->removed[i].rule, t);
                fail();
            }
            p = e ? e + 2 : p + pl;
        }
    }
}

static void list_is(const nn_list *l, size_t n, const char *a, const char *b,
                    const char *c)
{
    const char *want[3];
    size_t i;
    want[0] = a;
    want[1] = b;
    want[2] = c;
    if (l->len != n) {
        print_error("list has %zu items, not %zu:\n", l->len, n);
        for (i = 0; i < l->len; i++)
            print_error("  \"%s\"\n", l->items[i]);
        fail();
    }
    for (i = 0; i < n && i < 3; i++)
        assert_string_equal(l->items[i], want[i]);
}

/* ---- shared article parts ---------------------------------------------- */

#define P1                                                                     \
    "Ferry operators on the Volga raised ticket prices by up to 20% on "       \
    "Tuesday, citing higher fuel costs."
#define P2                                                                     \
    "Regional officials said the increase would be reviewed in the "           \
    "autumn."
#define BODY P1 "\n\n" P2

#define MT_URL                                                                 \
    "https://www.themoscowtimes.com/2025/02/11/"                               \
    "volga-ferries-raise-fares-a90001"
#define MT_HEAD MT_URL "\n\n# Volga Ferries Raise Fares\n\nFeb. 11, 2025\n\n"
#define MT_TITLE "Volga Ferries Raise Fares"

#define MF_HEAD " date 2025-05-20 317\nKazakh Wheat Forecast Raised\n"
#define MF_P1                                                                  \
    "ASTANA, May 20. Kazakhstan raised its wheat harvest forecast "            \
    "on Tuesday after heavy spring rains."
#define MF_P2 "Farmers in Kostanay said the rains came at the right time."
#define WIRE_ID "MENAFN20052025000045017999ID1109999999"
#define DISCLAIMER                                                             \
    "MENAFN provides the information \xE2\x80\x9C"                             \
    "as is\xE2\x80\x9D "                                                       \
    "without warranty of any kind. We do not accept any responsibility "       \
    "or liability for the accuracy, content, images, videos, licenses, "       \
    "completeness, legality, or reliability of the information contained "     \
    "in this article. If you have any complaints or copyright issues "         \
    "related to this article, kindly contact the provider above."

#define G_HEAD "# Harbor Authority Approves Dredging Plan\n\nMarch 12, 2025\n\n"
#define G_TITLE "Harbor Authority Approves Dredging Plan"

/* ======================================================================
 * The Moscow Times
 * ==================================================================== */

static void test_mt_support_banner(void **state)
{
    nn_record *rec =
        norm("Support The Moscow Times!\nContribute today\n\n" MT_HEAD P1
             "\n\n" P2 "\n",
             NULL);
    (void)state;
    assert_string_equal(rec->source_id, "moscowtimes");
    removed(rec, "support-banner", "Support The Moscow Times!");
    removed(rec, "support-banner", "Contribute today");
    assert_string_equal(rec->title, MT_TITLE);
    assert_string_equal(rec->body, BODY);
    check_body_clean(rec);
    release(rec);
}

static void test_mt_section_label(void **state)
{
    /* a label before the title goes to extra.section; the same word
     * alone between two paragraphs is no section label (and no sentence:
     * the page pass drops it) */
    nn_record *rec =
        norm(MT_URL "\n\nOpinion\n\n# Volga Ferries Raise Fares"
                    "\n\nFeb. 11, 2025\n\n" P1 "\n\nAnalysis\n\n" P2 "\n",
             NULL);
    (void)state;
    removed(rec, "section-label", "Opinion");
    assert_non_null(tl_extra(rec, "section"));
    assert_string_equal(tl_extra(rec, "section"), "Opinion");
    assert_string_equal(rec->title, MT_TITLE);
    assert_string_equal(rec->body, P1 "\n\n" P2);
    assert_false(tl_removed_text(rec, "section-label", "Analysis"));
    release(rec);
}

static void test_mt_running_header(void **state)
{
    /* PDF page break: running header and page number in mid-sentence */
    nn_record *rec =
        norm(MT_HEAD "Ferry operators raised prices on Tuesday as the "
                     "operations of\n\nThe Moscow Times\n\n2\n\n"
                     "their river fleet became more costly.\n\n"
                     "themoscowtimes.com\n\n" P2 "\n",
             NULL);
    (void)state;
    removed(rec, "running-header", "The Moscow Times");
    removed(rec, "running-header", "themoscowtimes.com");
    removed(rec, "page-number", "2");
    assert_string_equal(rec->body,
                        "Ferry operators raised prices on Tuesday as the "
                        "operations of their river fleet became more "
                        "costly.\n\n" P2);
    check_body_clean(rec);
    release(rec);
}

static void test_mt_donation_appeal_block(void **state)
{
    nn_record *rec = norm(
        MT_HEAD P1
        "\n\n" P2 "\n\n"
        "A Message from The Moscow Times:\n\n"
        "Dear readers,\n\n"
        "We are facing unprecedented challenges. Our newsroom has been "
        "declared a threat.\n\n"
        "Your support, no matter how small, makes a world of difference.\n\n"
        "By supporting The Moscow Times, you are defending independent "
        "journalism.\n\n"
        "Once\nMonthly\nAnnual\nContinue\n"
        "Not ready to support today? Remind me later.\n",
        NULL);
    (void)state;
    removed(rec, "donation-appeal", "A Message from The Moscow Times");
    removed(rec, "donation-appeal", "Dear readers,");
    /* lines that only the block covers */
    removed(rec, "donation-appeal", "Your support, no matter how small");
    removed(rec, "donation-appeal", "By supporting The Moscow Times");
    /* the buttons */
    removed(rec, "donation-appeal", "Once");
    removed(rec, "donation-appeal", "Monthly");
    removed(rec, "donation-appeal", "Annual");
    removed(rec, "donation-appeal", "Continue");
    removed(rec, "donation-appeal", "Remind me later.");
    assert_string_equal(rec->body, BODY);
    /* "By supporting ..." is not a byline */
    assert_int_equal(rec->authors.len, 0);
    check_body_clean(rec);
    release(rec);
}

static void test_mt_donation_buttons_alone(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\nOnce\nMonthly\nAnnual\nContinue\n"
                                     "Maybe later.\n\n" P2 "\n",
                          NULL);
    (void)state;
    removed(rec, "donation-appeal", "Monthly");
    removed(rec, "donation-appeal", "Maybe later.");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void test_mt_tags(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\n" P2 "\n\n"
                                     "Read more about: Ukraine war , Kremlin , "
                                     "Sanctions\n",
                          NULL);
    (void)state;
    removed(rec, "tags", "Read more about:");
    /* "Read more about:" is tags, not the "Read more" list heading */
    assert_false(tl_removed_by(rec, "read-more-list"));
    assert_non_null(tl_extra(rec, "tags"));
    assert_string_equal(tl_extra(rec, "tags"),
                        "Ukraine war, Kremlin, Sanctions");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void test_mt_newsletter(void **state)
{
    nn_record *rec =
        norm(MT_HEAD P1
             "\n\n" P2 "\n\n"
             "Sign up for our free weekly newsletter\n\n"
             "Our weekly newsletter contains a hand-picked selection of news, "
             "features, analysis and more from The Moscow Times.\n\n"
             "Subscribers agree to the Privacy Policy\n",
             NULL);
    (void)state;
    removed(rec, "newsletter", "Sign up for our free weekly newsletter");
    removed(rec, "newsletter", "Our weekly newsletter contains");
    removed(rec, "newsletter", "Subscribers agree to the Privacy Policy");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void test_mt_opinion_disclaimer(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\n" P2 "\n\n"
                                     "The views expressed in opinion pieces do "
                                     "not necessarily reflect the position of "
                                     "The Moscow Times.\n",
                          NULL);
    (void)state;
    removed(rec, "opinion-disclaimer", "The views expressed");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void test_mt_read_more_list(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\n" P2 "\n\n"
                                     "Read more\n\n"
                                     "### Kazan Opens a New Metro Line\n\n"
                                     "4 Min read\n\n"
                                     "### Siberian Rivers Freeze Early\n\n"
                                     "3 Min read\n",
                          NULL);
    (void)state;
    removed(rec, "read-more-list", "Read more");
    removed(rec, "read-more-list", "Kazan Opens a New Metro Line");
    removed(rec, "read-more-list", "4 Min read");
    removed(rec, "read-more-list", "Siberian Rivers Freeze Early");
    removed(rec, "read-more-list", "3 Min read");
    /* recommendations are chrome, not related articles */
    assert_int_equal(rec->related.len, 0);
    assert_string_equal(rec->body, BODY);
    check_body_clean(rec);
    release(rec);
}

static void test_mt_read_more_item_alone(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\n5 min read\n\n" P2 "\n", NULL);
    (void)state;
    removed(rec, "read-more-item", "5 min read");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

/* ======================================================================
 * MENAFN
 * ==================================================================== */

static void test_menafn_scraper_header(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN) " MF_P1 "\n" MF_P2 "\n", NULL);
    (void)state;
    assert_string_equal(rec->source_id, "menafn");
    assert_string_equal(rec->source, "MENAFN");
    /* the corpus header is the scraper's: a crawl date, a status code */
    removed(rec, "corpus-header", "date 2025-05-20 317");
    assert_string_equal(rec->date, "2025-05-20");
    assert_string_equal(tl_extra(rec, "crawl_date"), "2025-05-20");
    assert_non_null(tl_extra(rec, "header"));
    assert_string_equal(tl_extra(rec, "header"), "317");
    assert_string_equal(rec->title, "Kazakh Wheat Forecast Raised");
    assert_string_equal(rec->body, MF_P1 "\n\n" MF_P2);
    release(rec);
}

static void test_menafn_scraper_header_without_rest(void **state)
{
    nn_record *rec = norm("date 2025-05-20\nKazakh Wheat Forecast Raised\n"
                          "(MENAFN) " MF_P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->date, "2025-05-20");
    assert_null(tl_extra(rec, "header"));
    release(rec);
}

static void test_menafn_dateline_plain(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN) " MF_P1 "\n", NULL);
    (void)state;
    removed(rec, "dateline", "(MENAFN)");
    assert_null(rec->provider);
    assert_string_equal(rec->body, MF_P1);
    release(rec);
}

static void test_menafn_dateline_partner(void **state)
{
    nn_record *rec =
        norm(MF_HEAD "(MENAFN- Daily News Egypt) " MF_P1 "\n" MF_P2 "\n", NULL);
    (void)state;
    removed(rec, "dateline", "(MENAFN- Daily News Egypt)");
    assert_non_null(rec->provider);
    assert_string_equal(rec->provider, "Daily News Egypt");
    assert_string_equal(rec->body, MF_P1 "\n\n" MF_P2);
    release(rec);
}

static void test_menafn_dateline_no_space(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN - PR Newswire)Prior to joining the "
                                  "board, she led the fleet planning team.\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->provider, "PR Newswire");
    assert_string_equal(rec->body,
                        "Prior to joining the board, she led the fleet "
                        "planning team.");
    release(rec);
}

static void test_menafn_partner_inner_dash(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN - GlobeNewsWire - Nasdaq) RADNOR, "
                                  "Pa., April 14, 2025 (GLOBE NEWSWIRE) -- "
                                  "Corvane Insights released its annual "
                                  "report.\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->provider, "GlobeNewsWire - Nasdaq");
    /* the outlet's own dateline stays in the body */
    assert_string_equal(rec->body,
                        "RADNOR, Pa., April 14, 2025 (GLOBE NEWSWIRE) -- "
                        "Corvane Insights released its annual report.");
    release(rec);
}

static void test_menafn_wire_id(void **state)
{
    /* printed twice, recorded once; the id's date wins over the crawl
     * date of the corpus header (a day later) */
    nn_record *rec = norm(" date 2025-05-21 317\nKazakh Wheat Forecast Raised"
                          "\n(MENAFN) " MF_P1 "\n" WIRE_ID "\n" WIRE_ID "\n",
                          NULL);
    (void)state;
    removed(rec, "wire-id", WIRE_ID);
    assert_non_null(tl_extra(rec, "wire_id"));
    assert_string_equal(tl_extra(rec, "wire_id"), WIRE_ID);
    assert_non_null(tl_extra(rec, "story_id"));
    assert_string_equal(tl_extra(rec, "story_id"), "1109999999");
    assert_string_equal(rec->date, "2025-05-20");
    assert_true(tl_warned(rec, "wire id"));
    assert_string_equal(rec->body, MF_P1);
    release(rec);
}

static void test_menafn_wire_id_date_fallback(void **state)
{
    nn_record *rec =
        norm("Kazakh Wheat Forecast Raised\n(MENAFN) " MF_P1 "\n" WIRE_ID "\n",
             NULL);
    (void)state;
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2025-05-20");
    assert_true(tl_warned(rec, "date taken from the wire id"));
    assert_false(tl_warned(rec, "no date found"));
    release(rec);
}

static void test_menafn_legal_disclaimer_block(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN) " MF_P1 "\n" MF_P2 "\n" WIRE_ID
                                  "\nLegal Disclaimer:\n" DISCLAIMER "\n",
                          NULL);
    (void)state;
    removed(rec, "legal-disclaimer", "Legal Disclaimer:");
    removed(rec, "legal-disclaimer", "kindly contact the provider above");
    assert_string_equal(rec->body, MF_P1 "\n\n" MF_P2);
    check_body_clean(rec);
    release(rec);
}

static void test_menafn_legal_disclaimer_split(void **state)
{
    /* the disclaimer broken over two lines, with doubled spaces */
    nn_record *rec = norm(
        MF_HEAD
        "(MENAFN) " MF_P1 "\n" WIRE_ID "\nLegal Disclaimer:\n"
        "MENAFN provides the information \xE2\x80\x9C"
        "as is\xE2\x80\x9D  "
        "without warranty of any kind.  We do not accept any responsibility "
        "or liability for the accuracy, content, images, videos, licenses, "
        "completeness, legality,\n"
        "reliability of the information contained in this article. If you "
        "have any complaints or copyright issues related to this article, "
        "kindly contact the provider above.\n",
        NULL);
    (void)state;
    removed(rec, "legal-disclaimer", "Legal Disclaimer:");
    removed(rec, "legal-disclaimer", "without warranty of any kind");
    removed(rec, "legal-disclaimer", "reliability of the information");
    assert_string_equal(rec->body, MF_P1);
    release(rec);
}

static void test_menafn_disclaimer_lines_alone(void **state)
{
    /* a press-release variant with the author for MENAFN, no heading, and
     * the mojibake quotes of real scrapes */
    nn_record *rec = norm(
        MF_HEAD
        "(MENAFN) " MF_P1 "\n"
        "EIN Presswire provides the information \xC3\xA2\xE2\x82\xAC\xC5\x93"
        "as is\xC3\xA2\xE2\x82\xAC  without warranty of any kind.\n"
        "We do not accept any responsibility or liability for the accuracy, "
        "content, images, videos, licenses, completeness, legality, or "
        "reliability of the information contained in this article.\n"
        "If you have any complaints or copyright issues related to this "
        "article, kindly contact the author above.\n",
        NULL);
    (void)state;
    removed(rec, "legal-disclaimer", "EIN Presswire provides");
    removed(rec, "legal-disclaimer", "We do not accept any responsibility");
    removed(rec, "legal-disclaimer", "If you have any complaints");
    assert_string_equal(rec->body, MF_P1);
    release(rec);
}

static void test_menafn_page_chrome(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN) " MF_P1 "\n" MF_P2 "\n"
                                  "Share on Facebook\nTweet on Twitter\n"
                                  "Share on LinkedIn\nTags\nComments\n"
                                  "No comment\nCategory\nDate\n"
                                  "Market Research\nNewsletter\n"
                                  "Daily(English)\nDaily(Arabic)\n"
                                  "Press Release\n",
                          NULL);
    (void)state;
    removed(rec, "page-chrome", "Share on Facebook");
    removed(rec, "page-chrome", "Tweet on Twitter");
    removed(rec, "page-chrome", "Share on LinkedIn");
    removed(rec, "page-chrome", "Category");
    removed(rec, "page-chrome", "Date");
    removed(rec, "page-chrome", "Market Research");
    removed(rec, "page-chrome", "Daily(English)");
    removed(rec, "page-chrome", "Daily(Arabic)");
    assert_string_equal(rec->body, MF_P1 "\n\n" MF_P2);
    check_body_clean(rec);
    release(rec);
}

static void test_menafn_more_stories(void **state)
{
    nn_record *rec = norm(MF_HEAD "(MENAFN) " MF_P1 "\n" MF_P2 "\n"
                                  "More Stories\n"
                                  "Oil prices steady ahead of OPEC meeting\n"
                                  "Gold slips as dollar firms\n",
                          NULL);
    (void)state;
    removed(rec, "more-stories", "More Stories");
    removed(rec, "more-stories", "Oil prices steady ahead of OPEC meeting");
    removed(rec, "more-stories", "Gold slips as dollar firms");
    assert_int_equal(rec->related.len, 0);
    assert_string_equal(rec->body, MF_P1 "\n\n" MF_P2);
    release(rec);
}

/* ======================================================================
 * Common rules
 * ==================================================================== */

/* Pages whose credits or authors a rule reads: the case, the page, the
 * removal (a line holding `line` removed by `rule`; NULL: not checked),
 * the list and the names in it, and the body left (NULL: not
 * checked). */
static const struct name_case {
    const char *what, *text, *rule, *line;
    int credits;          /* the list: 1 credits, 0 authors */
    const char *names[4]; /* its items, NULL-ended */
    const char *body;
} name_cases[] = {
    {"credits: two agencies",
     G_HEAD P1 "\n\n" P2 "\n\n## AFP and Reuters contributed reporting.\n",
     "credits",
     "AFP and Reuters contributed reporting.",
     1,
     {"AFP", "Reuters"},
     BODY},
    {"credits: a person",
     G_HEAD P1 "\n\nCNN's Anna Lee contributed reporting from Kyiv.\n\n" P2
               "\n",
     NULL,
     NULL,
     1,
     {"CNN's Anna Lee"},
     BODY},
    {"reporting by",
     G_HEAD P1 "\n\n" P2
               "\n\nReporting by Laura Chen; Editing by Mark Potter\n",
     "reporting-by",
     "Reporting by Laura Chen",
     1,
     {"Laura Chen", "Mark Potter"},
     BODY},
    /* under the lead, "By:" and a name alone on its line */
    {"byline: under the lead",
     G_HEAD P1 "\n\nBy: M.B. Reilly\n\n" P2 "\n",
     "byline",
     "By: M.B. Reilly",
     0,
     {"M.B. Reilly"},
     BODY},
    /* a date line with its writer's name after a bullet, or before the
     * date ("le"); not a place ("| New York") the text names, nor a
     * date's label ("Société Publié le ...") */
    {"date line: the name after a bullet",
     "# " G_TITLE "\n\n22 \xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1"
     "\xD1\x80\xD1\x8F 2025 \xD0\xB3. 21:00 \xE2\x80\xA2 Sergei Chupin\n\n" BODY
     "\n",
     "date-line",
     "Sergei Chupin",
     0,
     {"Sergei Chupin"},
     BODY},
    {"date line: the name before 'le'",
     "# " G_TITLE "\n\nNicole Mari le Lundi 30 D\xC3\xA9"
     "cembre 2013 \xC3\xA0 "
     "22:41\n\n" BODY "\n",
     "date-line",
     "Nicole Mari",
     0,
     {"Nicole Mari"},
     BODY},
    {"date line: a place the text names",
     "# " G_TITLE "\n\n12 May 2025 | New York\n\n" P1
     " New York officials agreed.\n\n" P2 "\n",
     "date-line",
     "New York",
     0,
     {NULL},
     NULL},
    {"date line: a date's label",
     "# " G_TITLE
     "\n\nSoci\xC3\xA9t\xC3\xA9 Publi\xC3\xA9 le vendredi 29 septembre "
     "2017\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {NULL},
     BODY},
    /* no given name: a place after the date's bullet; a section beside
     * the date over the byline, which names the writer */
    {"date line: a place after a bullet",
     "# " G_TITLE "\n\n12 May 2025, 10:05 \xE2\x80\xA2 Santo Domingo\n\n" BODY
     "\n",
     "date-line",
     "Santo Domingo",
     0,
     {NULL},
     BODY},
    {"date line: a section, the byline below",
     "# " G_TITLE "\n\nMay 12, 2025, 10:05 AM | Middle East\n\nBy Sarah "
     "Jones\n\n" BODY "\n",
     "byline",
     "By Sarah Jones",
     0,
     {"Sarah Jones"},
     BODY},
    /* a double given name after "et" */
    {"byline: 'et' and a double given name",
     G_HEAD "Par Marie Dupont et Marie-Claire Leroy\n\n" BODY "\n",
     "byline",
     "Par Marie Dupont",
     0,
     {"Marie Dupont", "Marie-Claire Leroy"},
     BODY},
    /* "et" before an outlet: the writer's name ends before it */
    {"byline: 'et' and an outlet",
     G_HEAD "Par Jean Dupont et Radio France\n\n" BODY "\n",
     "byline",
     "Par Jean Dupont",
     0,
     {"Jean Dupont"},
     BODY},
    /* "Por A e B | 08:56": two names joined by the byline language's
     * "and", the time after a bar */
    {"byline: two names joined by 'e', a time",
     G_HEAD "Por Rui Pando Gomes e Carla Marques Cordeiro | 08:56\n\n" BODY
            "\n",
     "byline",
     "Por Rui Pando Gomes",
     0,
     {"Rui Pando Gomes", "Carla Marques Cordeiro"},
     BODY},
    /* the town, a slash and the byline run into the lead with a dash */
    {"byline: run into the lead",
     G_HEAD "St. Maarten / By Donellis Browne\xE2\x80\x93 " P1 "\n\n" P2 "\n",
     "byline-lead",
     "By Donellis Browne",
     0,
     {"Donellis Browne"},
     BODY},
    {"byline: three authors",
     G_HEAD "By Laura Chen, Omar Haddad and Pieter van der Berg\n\n" P1 "\n",
     "byline",
     "By Laura Chen",
     0,
     {"Laura Chen", "Omar Haddad", "Pieter van der Berg"},
     P1},
    {"byline: lower-case by, on a date",
     G_HEAD "by Laura Chen on June 8, 2010 at 7:35 am\n\n" P1 "\n",
     "byline-date",
     "by Laura Chen on June 8, 2010",
     0,
     {"Laura Chen"},
     P1},
    {"byline: lower-case von",
     G_HEAD "von Anna Schmidt\n\n" P1 "\n",
     "byline",
     "von Anna Schmidt",
     0,
     {"Anna Schmidt"},
     P1},
    {"author label up to a bar",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Penulis: Isya Anshori | Editor: Ndaru Wijayanto\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {"Isya Anshori"},
     BODY},
    {"byline label on its own line",
     "# Harbor Authority Approves Dredging Plan\n\nBy\n\n"
     "Jane Doe with the Harbor Gazette, via the State News Exchange\n\n" BODY
     "\n",
     NULL,
     NULL,
     0,
     {"Jane Doe"},
     BODY},
    /* a magazine's credit with its role and no "by"; "Story Highlights"
     * names nobody */
    {"byline role without by",
     "# Harbor Authority Approves Dredging Plan\n\nStory Stacy Clark\n\n" BODY
     "\n",
     NULL,
     NULL,
     0,
     {"Stacy Clark"},
     BODY},
    /* French radio's credit for its reporter on the spot, under the lead */
    {"envoyé spécial",
     "# Harbor Authority Approves Dredging Plan\n\n" P1
     "\n\nAvec notre envoyé spécial au tribunal de Paris, Jean Dupont\n\n" P2
     "\n",
     NULL,
     NULL,
     0,
     {"Jean Dupont"},
     BODY},
    /* the label in Polish, Croatian and a blog's "Posted by:", with the
     * time or the author's links after the name */
    {"byline labels of other languages",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Napisane przez Mikołaj Nowak\xE2\x80\xA2 5:35 pm\xE2\x80\xA2 Ważne\n\n" BODY
     "\n",
     "byline",
     "Napisane przez",
     0,
     {"Mikołaj Nowak"},
     BODY},
    {"byline with a trailing comma",
     "# Harbor Authority Approves Dredging Plan\n\nPiše Laura Horvat,\n\n" BODY
     "\n",
     "byline",
     "Piše Laura Horvat,",
     0,
     {"Laura Horvat"},
     BODY},
    {"posted by, with links",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Posted by: Melissa Jones - bio | email\n\n" BODY "\n",
     "byline",
     "Posted by: Melissa Jones",
     0,
     {"Melissa Jones"},
     BODY},
    {"byline: a name and its date, a blank between",
     G_HEAD "By Laura Chen 8 June 2010, 7:35PM\n\n" P1 "\n",
     "byline-date",
     "By Laura Chen 8 June 2010",
     0,
     {"Laura Chen"},
     P1},
    /* a weekday opens the date, not the name's last word */
    {"byline: a name, a weekday and the date",
     G_HEAD "By Laura Chen Monday 8 June 2010\n\n" P1 "\n",
     "byline-date",
     "By Laura Chen Monday",
     0,
     {"Laura Chen"},
     P1},
    /* a comma after the weekday: not taken into the name by the rule of
     * a name, a comma and the date */
    {"byline: a name, a weekday, a comma and the date",
     G_HEAD "By Laura Chen Tuesday, 4 July 2023\n\n" P1 "\n",
     "byline-date",
     "By Laura Chen Tuesday",
     0,
     {"Laura Chen"},
     P1},
    /* a surname that is a weekday's name, before a dash */
    {"byline: a weekday's name as the surname",
     G_HEAD "By Laura Freitag - July 4, 2023\n\n" P1 "\n",
     "byline-date",
     "By Laura Freitag",
     0,
     {"Laura Freitag"},
     P1},
    /* "by" in German, a German weekday, a numeric date and "Uhr" */
    {"byline: von, a name, a German weekday and the date",
     G_HEAD "Von Laura Chen Dienstag, 04.07.2023, 05:58 Uhr\n\n" P1 "\n",
     "byline-date",
     "Von Laura Chen Dienstag",
     0,
     {"Laura Chen"},
     P1},
    {"byline: a name and a labelled date after a blank",
     G_HEAD "By Laura Chen Updated: Apr 07, 2020 11:40 pm\n\n" P1 "\n",
     "byline-date",
     "By Laura Chen Updated",
     0,
     {"Laura Chen"},
     P1},
    {"byline: the writer's label, a bar and the labelled date",
     G_HEAD "Author: Laura Chen | Published: Thursday, May 19, 2022\n\n" P1
            "\n",
     "byline-date",
     "Author: Laura Chen",
     0,
     {"Laura Chen"},
     P1},
    /* the byline word is not the name's, before a place or an address */
    {"byline: a name and where the writer is",
     G_HEAD "By Laura Chen in Washington\n\n" P1 "\n",
     "byline-place",
     "By Laura Chen",
     0,
     {"Laura Chen"},
     P1},
    {"byline: a name and the writer's address after a blank",
     G_HEAD "Por Cristian D\xC3\xAD"
            "az comunidades@example.com\n\n" P1 "\n",
     "byline-place",
     "Por Cristian",
     0,
     {"Cristian D\xC3\xAD"
      "az"},
     P1},
    /* no byline word: a phrase over an address is no name */
    {"no byline: a phrase and an address after a blank",
     G_HEAD "For More Information info@example.com\n\n" P1 "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    /* a weather widget's town under its clock; a place the dateline
     * names again */
    {"no byline: a widget's town under its date",
     "Harbor Authority Approves Dredging Plan\nToday in New Delhi, India\n"
     "Jan 24, 2019-Thursday\nNew Delhi\n\n" P1 "\n\n" P2 "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    {"no byline: a place over the date, named again by the dateline",
     "Harbor Authority Approves Dredging Plan\n\nKuala Lumpur\n12 March "
     "2023\n\nKUALA LUMPUR: " P1 "\n\n" P2 "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    /* a label of the date, capitalized like a name */
    {"no byline: a label on a date",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Zuletzt Aktualisiert am 03.05.2021\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {NULL},
     BODY},
    /* a label between the name and the date: no name of two words */
    {"no byline: a label between the name and the date",
     G_HEAD "By Laura Chen Published 8 June 2010\n\n" P1 "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    /* an event on a date, no time: not a byline */
    {"no byline: an event on a date",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Council Meeting on May 3, 2021\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    {"no byline: a text-size widget",
     "# Harbor Authority Approves Dredging Plan\n\nText: Smaller Larger\n\n" BODY
     "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    {"the words' credit",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: "
     "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 "
     "\xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0\n\n" BODY
     "\n",
     "author-label",
     "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ",
     0,
     {"\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 "
      "\xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0"},
     BODY},
    {"no byline: the words' credit to a press office",
     "# Harbor Authority Approves Dredging Plan\n\n"
     "Text: press office of the city council\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {NULL},
     BODY},
    /* the writer's name twice round "por": the picture's alternative
     * text, then the byline; not the outlet's name so */
    {"byline: the name twice",
     G_HEAD "Maria Anabela Silva por Maria Anabela Silva\n\n" BODY "\n",
     "byline",
     "Maria Anabela Silva por",
     0,
     {"Maria Anabela Silva"},
     BODY},
    {"byline: the outlet's name twice",
     G_HEAD "Jornal Opais por Jornal Opais\n\n" BODY "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
    /* a byline naming the desk, under the lead: no author, no text */
    {"byline: the desk",
     G_HEAD P1 "\n\nPor: redação PI\n\n" P2 "\n",
     "byline-desk",
     "Por: reda",
     0,
     {NULL},
     BODY},
    {"a role naming nobody",
     "# Harbor Authority Approves Dredging Plan\n\nStory Highlights\n\n" BODY
     "\n",
     NULL,
     NULL,
     0,
     {NULL},
     NULL},
};

static void test_name_cases(void **state)
{
    size_t i, n;
    (void)state;
    for (i = 0; i < NN_COUNT(name_cases); i++) {
        const struct name_case *c = &name_cases[i];
        nn_record *rec = norm(c->text, NULL);
        for (n = 0; c->names[n]; n++)
            ;
        if (c->rule)
            removed(rec, c->rule, c->line);
        list_is(c->credits ? &rec->credits : &rec->authors, n, c->names[0],
                c->names[1], c->names[2]);
        if (c->body && strcmp(rec->body, c->body))
            fail_msg("%s: body \"%s\"", c->what, rec->body);
        release(rec);
    }
}

static void test_related_article(void **state)
{
    /* a related link in mid-sentence: removed, recorded, sentence mended */
    nn_record *rec = norm(G_HEAD "Both sides agreed to restore the operations "
                                 "of\n\n## Related article: Port Workers Vote "
                                 "on New Contract\n\ntheir diplomatic "
                                 "missions.\n\nRelated: Dockers Strike in "
                                 "Rotterdam\n\n" P2 "\n",
                          NULL);
    (void)state;
    removed(rec, "related-article", "Port Workers Vote on New Contract");
    list_is(&rec->related, 2, "Port Workers Vote on New Contract",
            "Dockers Strike in Rotterdam", NULL);
    assert_string_equal(rec->body,
                        "Both sides agreed to restore the operations of "
                        "their diplomatic missions.\n\n" P2);
    check_body_clean(rec);
    release(rec);
}

/* "Также читать:" (Russian, the words the other way round) over another
 * story's headline inside the text */
static void test_related_article_ru(void **state)
{
    nn_record *rec =
        norm(G_HEAD P1
             "\n\n\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 "
             "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C: Dockers Strike "
             "in Rotterdam\n\n" P2 "\n",
             NULL);
    (void)state;
    list_is(&rec->related, 1, "Dockers Strike in Rotterdam", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
}

/* A wire agency's mark after the last sentence: cut and credited; a
 * bracket of other words stays */
static void test_agency_mark(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n\n" P2 " (dpa)\n", NULL);
    (void)state;
    list_is(&rec->credits, 1, "dpa", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* the brackets abbreviate words of the sentence */
    rec = norm(G_HEAD P1 "\n\nThe centre will host weekly meetings run by "
                         "volunteers from Alcoholics Anonymous. (AA)\n",
               NULL);
    assert_int_equal(rec->credits.len, 0);
    assert_non_null(strstr(rec->body, "(AA)"));
    release(rec);
    rec = norm(G_HEAD P1 "\n\n" P2 " (dpa)\n", NULL);
    list_is(&rec->credits, 1, "dpa", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm(G_HEAD P1 "\n\n" P2 " (dpa/lsw)\n", NULL);
    list_is(&rec->credits, 1, "dpa", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm(G_HEAD P1 "\n\n" P2 " (Video)\n", NULL);
    assert_int_equal(rec->credits.len, 0);
    assert_non_null(strstr(rec->body, "(Video)"));
    release(rec);
}

/* "También:" alone over another story's headline (no full stop, no
 * colon at its end); not "También: ..." over a sentence or a list */
static void test_related_article_also(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n\nTambi\xC3\xA9n: Dockers Strike in "
                                    "Rotterdam\n\n" P2 "\n",
                          NULL);
    (void)state;
    list_is(&rec->related, 1, "Dockers Strike in Rotterdam", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm(G_HEAD P1 "\n\nTambi\xC3\xA9n: los vecinos de Riverton y "
                         "Oakdale.\n\n" P2 "\n",
               NULL);
    assert_int_equal(rec->related.len, 0);
    release(rec);
    /* a list of names is no headline */
    rec = norm(G_HEAD P1 "\n\nTambi\xC3\xA9n: Rosa Mora, Luis Ortega y el "
                         "alcalde de la capital\n\n" P2 "\n",
               NULL);
    assert_int_equal(rec->related.len, 0);
    release(rec);
}

/* A blog post's meta line under the text, named by its count of
 * comments ("Erika Muster | 7. 08. 2013 | Gemeinde,News | Keine
 * Kommentare"): the writer and the date; bars with no count name no one
 * ("Erika Muster | 7. 08. 2013 | Gemeinde,News | Wetter") */
static void test_post_meta(void **state)
{
    nn_record *rec = norm("# " G_TITLE "\n\n" BODY
                          "\n\nErika Muster | 7. 08. 2013 | Gemeinde,News | "
                          "Keine Kommentare\n",
                          NULL);
    (void)state;
    list_is(&rec->authors, 1, "Erika Muster", NULL, NULL);
    assert_string_equal(rec->date, "2013-08-07");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# " G_TITLE "\n\n" BODY
               "\n\nErika Muster | 7. 08. 2013 | Gemeinde,News | Wetter\n",
               NULL);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
    /* related posts, each under its meta line: theirs, not the page's */
    rec = norm("# " G_TITLE "\n\n" BODY
               "\n\nYou might also like\n\nFarmers market opens\nJohn Smith | "
               "March 3, 2015 | Local | 2 comments\n\nBook sale raises "
               "$4,000\nJohn Smith | February 12, 2015 | Local | No "
               "Comments\n",
               NULL);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
}

/* The article text gives one author, want (the line tried: what), or
 * none when want is NULL. */
static void one_author(const char *text, const char *what, const char *want)
{
    nn_record *rec = norm(text, NULL);
    if (want ? rec->authors.len != 1 || strcmp(rec->authors.items[0], want)
             : rec->authors.len != 0)
        fail_msg("\"%s\": %zu authors, first \"%s\"", what, rec->authors.len,
                 rec->authors.len ? rec->authors.items[0] : "");
    release(rec);
}

/* A name of two words over its dateline on one line, the place glued to
 * it or after a blank ("Rabiya BashirSrinagar, Nov 19:"): the writer;
 * not a place of two words, where the name's end is not plain */
static void test_byline_dateline(void **state)
{
    static const char *const cases[][2] = {
        {"Rabiya BashirSrinagar, Nov 19:", "Rabiya Bashir"},
        {"Rabiya Bashir Srinagar, Nov 19:", "Rabiya Bashir"},
        {"Rabiya Bashir New Delhi, Nov 19:", NULL},
        {"Srinagar, Nov 19:", NULL},
    };
    char buf[1024];
    size_t k;
    (void)state;
    for (k = 0; k < NN_COUNT(cases); k++) {
        snprintf(buf, sizeof buf, "# %s\n\n%s\n\n%s\n", G_TITLE, cases[k][0],
                 BODY);
        one_author(buf, cases[k][0], cases[k][1]);
    }
}

/* The site welcoming its readers' views over its comments, which are
 * moderated: its name, and the article ends there; a story's "welcomes
 * your views" names no site */
static void test_site_welcomes(void **state)
{
    nn_record *rec = norm(
        "# " G_TITLE "\n\n" BODY
        "\n\nThe Riverton Courier welcomes your views. All comments are "
        "moderated and must obey the house rules.\n\nVillagers in Oakdale "
        "remain cautious a month after the storm, as the river keeps rising "
        "and sandbags stay outside their homes.\n",
        NULL);
    (void)state;
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "The Riverton Courier");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# " G_TITLE "\n\n" P1
               "\n\nDorset Council welcomes your comments on the draft plan. "
               "All comments will be moderated, the council said.\n\n" P2 "\n",
               NULL);
    assert_null(rec->source);
    assert_non_null(strstr(rec->body, P2));
    release(rec);
}

/* A Turkish reporter's credit under the text ("Haber: Kenan Korkmaz")
 * names the author; not a desk, an agency or an office ("Haber Merkezi",
 * "Haber: İHA", "Haber: Anadolu Ajansı", "Haber: Spor Servisi") */
static void test_haber_credit(void **state)
{
    static const char *const cases[][2] = {
        {"Haber: Kenan Korkmaz", "Kenan Korkmaz"},
        {"Haber - Foto: Ali Veli", "Ali Veli"},
        {"HABER: Ay\xC5\x9F"
         "e Y\xC4\xB1lmaz Demir",
         "Ay\xC5\x9F"
         "e Y\xC4\xB1lmaz Demir"},
        {"Haber: \xC4\xB0HA", NULL},
        {"Haber: Kenan", NULL},
        /* (the review's: agencies, desks, offices) */
        {"Haber: Anadolu Ajans\xC4\xB1", NULL},
        {"Haber: Spor Servisi", NULL},
        {"Haber: Bayburt Belediyesi", NULL},
        {"HABER: Yerel Haberler", NULL},
        {"Haber: Son Dakika", NULL},
        {"Haber - Foto: Emniyet M\xC3\xBC"
         "d\xC3\xBCrl\xC3\xBC\xC4\x9F\xC3\xBC",
         NULL},
    };
    char buf[1024];
    size_t k;
    (void)state;
    for (k = 0; k < NN_COUNT(cases); k++) {
        snprintf(buf, sizeof buf, "%s%s\n\n%s\n", G_HEAD, BODY, cases[k][0]);
        one_author(buf, cases[k][0], cases[k][1]);
    }
}

/* A byline with its date after a bar ("von Egbert Schröder |
 * 28.11.2025"), and one run into the text's dateline in capitals ("di
 * Giampiero Cocco wTEMPIO Tra ..."): the writer; not a weekday's span,
 * nor a phrase in title case ("By The Numbers", "By Popular Demand") */
static void test_byline_bar_date_and_dateline(void **state)
{
    static const char *const cases[][2] = {
        {"von Egbert Schr\xC3\xB6"
         "der | 28.11.2025",
         "Egbert Schr\xC3\xB6"
         "der"},
        {"von Montag bis Freitag | 28.11.2025", NULL},
        {"di Giampiero Cocco wTEMPIO Tra gli impegni assunti dalla "
         "provincia c'\xC3\xA8 il rifacimento del manto stradale della "
         "Tempio-Aglientu.",
         "Giampiero Cocco"},
        {"By Jane Roe WASHINGTON - The president signed the bill on Tuesday "
         "after months of talks with the leaders of both parties.",
         "Jane Roe"},
        {"By The Numbers NBA teams spent more on players this year than in "
         "any season before, the league said on Monday.",
         NULL},
        {"By Popular Demand BBC Returns the show to its Saturday slot after "
         "a year away, the network said on Monday.",
         NULL},
        /* (the review's: a time or a place before an acronym, no dash
         * after it) */
        {"By Labor Day FEMA had approved more than $900 million in "
         "individual assistance for households hit by the tornadoes.",
         NULL},
        {"Di Jawa Barat BMKG memprediksi hujan dengan intensitas sedang "
         "hingga lebat akan mengguyur sebagian besar wilayah.",
         NULL},
    };
    char buf[1024];
    size_t k;
    nn_record *rec;
    (void)state;
    for (k = 0; k < NN_COUNT(cases); k++) {
        snprintf(buf, sizeof buf, "# %s\n\n%s\n\n%s\n", G_TITLE, cases[k][0],
                 BODY);
        one_author(buf, cases[k][0], cases[k][1]);
    }
    /* the dateline stays the text's */
    snprintf(buf, sizeof buf, "# %s\n\n%s\n\n%s\n", G_TITLE, cases[2][0], BODY);
    rec = norm(buf, NULL);
    assert_true(!strncmp(rec->body, "wTEMPIO Tra gli", 15));
    release(rec);
}

/* A date line the scraper ran into the text's first words ("Quarta
 * 30/04/25 - 17h4517h17m, quarta-feira, da Copasa: ..."): the date, the
 * rest of the line the text's; a date of a sentence is no date line */
static void test_date_glued(void **state)
{
    nn_record *rec =
        norm("# " G_TITLE "\n\nQuarta 30/04/25 - 17h4517h17m, quarta-feira, da "
             "Copasa: o abastecimento seguir\xC3\xA1 normal.\n\n" P2 "\n",
             NULL);
    (void)state;
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2025-04-30T17:45");
    assert_non_null(strstr(rec->body, "17h17m, quarta-feira, da Copasa:"));
    assert_null(strstr(rec->body, "Quarta 30/04/25"));
    release(rec);
    rec = norm("# " G_TITLE "\n\nA obra come\xC3\xA7ou em 30/04/25 - 17h45 "
               "segundo a Copasa.\n\n" P2 "\n",
               NULL);
    assert_null(rec->date);
    release(rec);
    /* (the review's: a ticker's line glued to its headline, under the
     * byline's date line, gives no date) */
    rec = norm("# " G_TITLE
               "\n\nPor Reda\xC3\xA7\xC3\xA3o | 06/05/2025 \xC3\xA0s "
               "19h02\n\nS\xC3\xA1"
               "bado 02/05/25 - 21h30Flamengo vence o Vasco "
               "e assume a lideran\xC3\xA7"
               "a do campeonato\n\n" P1 "\n\n" P2 "\n",
               NULL);
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2025-05-06T19:02");
    release(rec);
}

/* The outlet's desk as the byline ("Heute Redaktion"; in English, "X
 * Bureau", "X reporter"): the site's name, no author; not "Die
 * Redaktion", "Our Bureau", "Local Democracy Reporter", nor a beat, an
 * agency, a city's bureau or a person (no paper's name) */
static void test_site_desk(void **state)
{
    static const char *const cases[][2] = {
        {"Heute Redaktion", "Heute"},
        {"Die Redaktion", NULL},
        {"Garhwal Post Bureau", "Garhwal Post"},
        {"Sun Advocate reporter", "Sun Advocate"},
        {"Our Bureau", NULL},
        {"Local Democracy Reporter", NULL},
        {"Health reporter", NULL},
        {"Trainee reporter", NULL},
        {"Narcotics Control Bureau", NULL},
        {"Washington Bureau", NULL},
        {"Maria Lopez staff writer", NULL},
    };
    char buf[1024];
    size_t k;
    (void)state;
    for (k = 0; k < NN_COUNT(cases); k++) {
        const char *want = cases[k][1];
        nn_record *rec;
        snprintf(buf, sizeof buf, "%s%s\n\n%s\n", G_HEAD, cases[k][0], BODY);
        rec = norm(buf, NULL);
        if (!want && rec->source)
            fail_msg("\"%s\" named the source \"%s\"", cases[k][0],
                     rec->source);
        if (want && (!rec->source || strcmp(rec->source, want) ||
                     rec->authors.len || strcmp(rec->body, BODY)))
            fail_msg("\"%s\": source \"%s\", %zu authors", cases[k][0],
                     rec->source ? rec->source : "", rec->authors.len);
        release(rec);
    }
}

/* "BACA ARTIKEL LAINNYA..." (read other articles) over another story's
 * headline; not the same words over a sentence in lower case */
static void test_related_article_lainnya(void **state)
{
    nn_record *rec =
        norm(G_HEAD P1 "\n\n" P2 "\n\nBACA ARTIKEL LAINNYA... Dockers "
                       "Strike in Rotterdam\n",
             NULL);
    (void)state;
    list_is(&rec->related, 1, "Dockers Strike in Rotterdam", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm(G_HEAD P1 "\n\nBaca berita lainnya: di laman kami\n\n" P2 "\n",
               NULL);
    assert_int_equal(rec->related.len, 0);
    release(rec);
}

static void test_title_heading(void **state)
{
    nn_record *rec = norm("## Grain Talks Resume in Istanbul ##\n\n"
                          "March 3, 2025\n\n" P1 "\n",
                          NULL);
    (void)state;
    removed(rec, "headline", "Grain Talks Resume in Istanbul");
    assert_string_equal(rec->title, "Grain Talks Resume in Istanbul");
    assert_string_equal(rec->body, P1);
    release(rec);
}

/* A news list's date glued before the headline leaves the title; a
 * headline that starts with a number keeps it. */
static void test_title_without_a_list_date(void **state)
{
    nn_record *rec =
        norm("## 17.03.2011 - Grain Talks Resume in Istanbul\n\n" P1 "\n",
             NULL);
    (void)state;
    assert_string_equal(rec->title, "Grain Talks Resume in Istanbul");
    release(rec);
    rec = norm("## 15.10.2014 10:49:00, Grain Talks Resume in Istanbul\n\n" P1
               "\n",
               NULL);
    assert_string_equal(rec->title, "Grain Talks Resume in Istanbul");
    release(rec);
    /* a full stop and the headline's capital glued to the date */
    rec =
        norm("## 27/05/2012.Grain Talks Resume in Istanbul\n\n" P1 "\n", NULL);
    assert_string_equal(rec->title, "Grain Talks Resume in Istanbul");
    release(rec);
    rec = norm("## 2024 - Grain Talks Resume in Istanbul\n\n" P1 "\n", NULL);
    assert_string_equal(rec->title, "2024 - Grain Talks Resume in Istanbul");
    release(rec);
}

static void test_label_before_heading_keeps_heading_title(void **state)
{
    /* BUG (fixed; kept as a regression test): a short line before the "# " heading (a section label such as
     * "World") is taken as the title by title_line(); the real "# "
     * headline then lands in the body, and since heading-markup starts the
     * body, the date line after it is no longer read as the date either.
     * Produced: title "World", date null, body "Harbor Authority ...\n\n
     * March 12, 2025\n\n...".  A "# " heading is the headline. */
    nn_record *rec = norm("World\n\n" G_HEAD P1 "\n", NULL);
    (void)state;
    assert_string_equal(rec->title, G_TITLE);
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2025-03-12");
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_date_line_updated(void **state)
{
    nn_record *rec =
        norm("# Harbor Plan\n\nUpdated: Jan. 5, 2025\n\n" P1 "\n", NULL);
    (void)state;
    removed(rec, "date-line", "Updated: Jan. 5, 2025");
    assert_string_equal(rec->date, "2025-01-05");
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_date_line_with_time(void **state)
{
    nn_record *rec = norm("# Harbor Plan\n\nPublished on March 3, 2025 10:31 "
                          "pm EST\n\n" P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->date, "2025-03-03T22:31-05:00");
    release(rec);
}

/* A byline with the bar a scraper left at its end, where the row's next
 * item was: the rule that claims the rest claims the line. */
static void test_byline_with_a_bar_left_at_its_end(void **state)
{
    nn_record *rec = norm("# Harbor Plan\n\ndi Maria Rossi|\n\n" P1 "\n", NULL);
    (void)state;
    removed(rec, "byline", "di Maria Rossi|");
    list_is(&rec->authors, 1, "Maria Rossi", NULL, NULL);
    assert_string_equal(rec->body, P1);
    release(rec);
}

/* Input in names the author `name` from the line the rule removes, and
 * the body is left as body. */
static void signs(const char *in, const char *rule, const char *line,
                  const char *name, const char *body)
{
    nn_record *rec = norm(in, NULL);
    removed(rec, rule, line);
    list_is(&rec->authors, 1, name, NULL, NULL);
    assert_string_equal(rec->body, body);
    release(rec);
}

/* Input in names no author. */
static void signs_none(const char *in)
{
    nn_record *rec = norm(in, NULL);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
}

/* A dash and a person's name under the story sign it; an agency's name
 * or a list's item does not. */
static void test_dash_signature(void **state)
{
    (void)state;
    signs("# Harbor Plan\n\n" P1 "\n\n" P2 "\n\n\xE2\x80\x93 Maria Rossi\n",
          "dash-signature", "\xE2\x80\x93 Maria Rossi", "Maria Rossi", BODY);
    signs_none("# Harbor Plan\n\n" P1 "\n\n" P2
               "\n\n\xE2\x80\x94 The Associated Press\n");
}

/* A date's label after words that name no one: no author ("Page Last
 * Updated:", "By Train Updated:", "Originally Published:"). */
static void test_label_names_no_one(void **state)
{
    (void)state;
    signs_none("# Harbor Plan\n\nPage Last Updated: May 3, 2025\n\n" P1
               "\n\n" P2 "\n");
    signs_none("# Harbor Plan\n\nBy Train Updated: May 2, 2025\n\n" P1 "\n\n" P2
               "\n");
    signs_none("# Harbor Plan\n\nOriginally Published: May 3, 2025 10:15\n\n" P1
               "\n\n" P2 "\n");
}

/* A reporter's contact line under the story names the author and goes,
 * cut-off address and all. */
static void test_reached_at(void **state)
{
    (void)state;
    signs("# Harbor Plan\n\n" P1 "\n\n" P2
          "\n\nMaria Rossi can be reached at (555) 265-1634; email: mros\n",
          "reached-at",
          "Maria Rossi can be reached at (555) 265-1634; email: mros",
          "Maria Rossi", BODY);
    /* an office's line: no number, no address, or "The ..." */
    signs_none("# Harbor Plan\n\n" P1 "\n\n" P2
               "\n\nCity Hall can be reached at the front desk.\n\n"
               "The Harbor Office can be reached at 555-0100.\n");
}

/* A news agency's byline before the dateline at the text's start names
 * the reporter; the dateline stays.  A slash in a sentence is none. */
static void test_agency_byline(void **state)
{
    nn_record *rec;
    (void)state;
    signs("# Harbor Plan\n\nMaria ROSSI/SAMARA, (DHA) - " P1 "\n\n" P2 "\n",
          "agency-byline", "Maria ROSSI/", "Maria ROSSI",
          "SAMARA, (DHA) - " BODY);
    signs_none("# Harbor Plan\n\nThe Volga River/Samara route (DHA) - " P1
               "\n\n" P2 "\n");
    signs_none("# Harbor Plan\n\nVolga Ferry Inc/NASDAQ (VFRY) - " P1 "\n\n" P2
               "\n");
    /* newsnorm's own text read back keeps its body as it is */
    rec = norm("Harbor Plan\n2014-10-20\n\n\nMaria ROSSI/SAMARA, (DHA) - " P1
               "\n",
               "text");
    assert_int_equal(rec->authors.len, 0);
    assert_memory_equal(rec->body, "Maria ROSSI/SAMARA", 18);
    release(rec);
}

static void test_byline_date(void **state)
{
    nn_record *rec =
        norm("# Harbor Plan\n\nMiguel Ortega - April 2, 2025\n\n" P1 "\n",
             NULL);
    (void)state;
    removed(rec, "byline-date", "Miguel Ortega - April 2, 2025");
    list_is(&rec->authors, 1, "Miguel Ortega", NULL, NULL);
    assert_string_equal(rec->date, "2025-04-02");
    assert_string_equal(rec->body, P1);
    release(rec);

    rec =
        norm("# Harbor Plan\n\nBy Jane Doe | April 8, 2025\n\n" P1 "\n", NULL);
    list_is(&rec->authors, 1, "Jane Doe", NULL, NULL);
    assert_string_equal(rec->date, "2025-04-08");
    release(rec);
}

static void test_author_label_affiliation(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n\n" P2 "\n\nAuthor: Helen Park, "
                                    "Lecturer in Hydrology, University of "
                                    "Leeds\n",
                          NULL);
    (void)state;
    removed(rec, "author-label", "Author: Helen Park");
    list_is(&rec->authors, 1, "Helen Park", NULL, NULL);
    assert_non_null(tl_extra(rec, "author_affiliation"));
    assert_string_equal(tl_extra(rec, "author_affiliation"),
                        "Lecturer in Hydrology, University of Leeds");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

/* Byline line under a markdown headline, over BODY: the record, whose
 * one author is name (the caller releases it). */
static nn_record *under_headline(const char *byline, const char *name)
{
    char text[1024];
    nn_record *rec;
    snprintf(text, sizeof text,
             "# Harbor Authority Approves Dredging Plan\n\n%s\n\n%s\n", byline,
             BODY);
    rec = norm(text, NULL);
    list_is(&rec->authors, 1, name, NULL, NULL);
    return rec;
}

/* A staff byline with the writer's title; a player's fallback text. */
static void test_byline_with_title_and_media_fallback(void **state)
{
    nn_record *rec = norm("# Harbor Authority Approves Dredging Plan\n\n"
                          "Samantha Dunne, Digital Journalist\n\n" BODY
                          "\n\nYour browser does not support the video tag.\n",
                          NULL);
    (void)state;
    list_is(&rec->authors, 1, "Samantha Dunne", NULL, NULL);
    assert_string_equal(rec->title, "Harbor Authority Approves Dredging Plan");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* under a standfirst that the text begins with, as well */
    rec = norm("https://example.com/sports/2014/02/18/the-boys-basketball-"
               "team-rocked-the-stable/\n\nThe boys basketball team rocked "
               "the stable\n\nThe boys basketball team improves to 13-2 "
               "with a win over rival North, 54-42.\n\nSam Lee, Writer\n\n"
               "After the loss for the boys varsity basketball team in the "
               "first game against rival North at home, the victory in their "
               "second game diminishes the bitter taste left in the players "
               "mouths, according to senior Clay Custer.\n\nThe game "
               "started off in the home team possession, and the score "
               "remained close throughout the second quarter.\n",
               NULL);
    list_is(&rec->authors, 1, "Sam Lee", NULL, NULL);
    assert_null(strstr(rec->body, "Sam Lee"));
    release(rec);
    /* a byline with its affiliation after a slash; a label for text and
     * pictures; a name and the writer's address; a byline with its outlet
     * after a dash */
    rec = under_headline("By Sam Lee/ Riverton Chamber of Commerce president",
                         "Sam Lee");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = under_headline("Text + Foto: Anna Meier", "Anna Meier");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec =
        under_headline("Marta JONAITYTĖ, marta@example.lt", "Marta JONAITYTĖ");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = under_headline("Par Jean Roy - CKXY 92,5", "Jean Roy");
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "CKXY 92,5");
    release(rec);
    /* the author's picture's name, then the byline */
    rec = under_headline("Julie Meese Par Julie Meese", "Julie Meese");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void test_caption_name_agency(void **state)
{
    nn_record *rec = norm(G_HEAD "Cranes stand idle at the northern terminal. "
                                 "John Smith / Harbor Press\n\n" P1 "\n",
                          NULL);
    (void)state;
    removed(rec, "caption", "Cranes stand idle");
    assert_non_null(rec->image);
    assert_string_equal(rec->image->caption,
                        "Cranes stand idle at the northern terminal.");
    assert_string_equal(rec->image->credit, "John Smith / Harbor Press");
    assert_false(tl_warned(rec, "caption"));
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_caption_institution_credit(void **state)
{
    nn_record *rec = norm(G_HEAD "A ferry crosses the Volga near Samara. "
                                 "Russian Transport Ministry\n\n" P1 "\n",
                          NULL);
    (void)state;
    assert_non_null(rec->image);
    assert_string_equal(rec->image->caption,
                        "A ferry crosses the Volga near Samara.");
    assert_string_equal(rec->image->credit, "Russian Transport Ministry");
    assert_true(tl_warned(rec, "caption credit guessed"));
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_original_url_broken_by_space(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n\nOriginal url: https://www.example.com"
                                    "/news/harbor-dredg ing-plan-approved\n",
                          NULL);
    (void)state;
    removed(rec, "original-url", "Original url:");
    assert_string_equal(rec->url, "https://www.example.com/news/"
                                  "harbor-dredging-plan-approved");
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_original_url_broken_by_line_break(void **state)
{
    nn_record *rec =
        norm(G_HEAD P1 "\n\nOriginal url:\n"
                       "https://www.coastalherald.example.com/news/"
                       "2025/03/12/harbor-dredging-\n"
                       "plan-approved-a123\n",
             NULL);
    (void)state;
    assert_string_equal(rec->url,
                        "https://www.coastalherald.example.com/news/"
                        "2025/03/12/harbor-dredging-plan-approved-a123");
    removed(rec, "original-url", "plan-approved-a123");
    assert_string_equal(rec->body, P1);
    check_body_clean(rec);
    release(rec);
}

static void test_original_url_break_before_plain_word(void **state)
{
    /* BUG (fixed; kept as a regression test): a URL wrapped right after a hyphen, whose last line is a plain
     * word ("...-plan-" / "approved"), is cut at the hyphen
     * (url ".../harbor-dredging-plan-") and "approved" stays in the body as
     * a paragraph of its own.  url_continues() wants URL punctuation or a
     * digit in the next line; after a URL that ends in '-' (never the end
     * of a URL) a one-token line of URL characters continues it. */
    nn_record *rec = norm(G_HEAD P1 "\n\nOriginal url: https://www.example.com"
                                    "/news/harbor-dredging-plan-\napproved\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->url, "https://www.example.com/news/"
                                  "harbor-dredging-plan-approved");
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_bare_url(void **state)
{
    nn_record *rec = norm("https://www.example.co.uk/news/2025/03/12/"
                          "harbor-plan\n\n" G_HEAD P1 "\n",
                          NULL);
    (void)state;
    removed(rec, "bare-url", "https://www.example.co.uk/news/");
    assert_string_equal(rec->url, "https://www.example.co.uk/news/2025/03/12/"
                                  "harbor-plan");
    assert_string_equal(rec->source, "example.co.uk");
    assert_string_equal(rec->body, P1);
    release(rec);
}

static void test_bare_url_continued_on_next_line(void **state)
{
    /* The continuation line of a wrapped bare URL is joined to the URL and
     * not classified again as body text (a bug once: the NN_ACT_FIELD path
     * dropped the index of the last line take_url() used). */
    nn_record *rec = norm("# Harbor Plan\n\n"
                          "https://www.example.com/news/2025/03/12/harbor-\n"
                          "dredging-plan-approved\n\n" P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->url, "https://www.example.com/news/2025/03/12/"
                                  "harbor-dredging-plan-approved");
    removed(rec, "bare-url", "dredging-plan-approved");
    assert_string_equal(rec->body, P1);
    check_body_clean(rec);
    release(rec);
}

static void test_url_debris(void **state)
{
    nn_record *rec =
        norm("https://www.example.com/news/harbor-plan\n\n" G_HEAD P1
             "\n\nhttps://www.example.org/unrelated/link\n\n" P2 "\n",
             NULL);
    (void)state;
    removed(rec, "url-debris", "https://www.example.org/unrelated/link");
    /* the first URL is the article's */
    assert_string_equal(rec->url, "https://www.example.com/news/harbor-plan");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

/* An article with `line` between its two paragraphs, or under them:
 * `rule` removes it and the body is the two paragraphs alone. */
static void expect_dropped_at(const char *line, const char *rule, int under)
{
    char text[1024];
    nn_record *rec;
    snprintf(text, sizeof text, "%s%s\n\n%s\n\n%s\n", G_HEAD, P1,
             under ? P2 : line, under ? line : P2);
    rec = norm(text, NULL);
    if (!tl_removed_text(rec, rule, line)) {
        print_error("\"%s\" was not removed by %s\n", line, rule);
        fail();
    }
    assert_string_equal(rec->body, BODY);
    release(rec);
}

static void expect_dropped(const char *line, const char *rule)
{
    expect_dropped_at(line, rule, 0);
}

static void expect_dropped_under(const char *line, const char *rule)
{
    expect_dropped_at(line, rule, 1);
}

/* A blog engine's entry header names the title: the time, the title and
 * the empty cells of its row; a time and words without the cells do
 * not. */
static void test_entry_title(void **state)
{
    nn_record *rec = norm("16:03 \xC2\xAB"
                          "Ferry prices rise\xC2\xBB | |\n" P1 "\n\n" P2 "\n",
                          NULL);
    (void)state;
    removed(rec, "entry-title",
            "16:03 \xC2\xAB"
            "Ferry prices rise\xC2\xBB | |");
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "\xC2\xAB"
                                    "Ferry prices rise\xC2\xBB");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("16:03 Ferry prices rise\n" P1 "\n\n" P2 "\n", NULL);
    assert_null(tl_removal(rec, "entry-title"));
    release(rec);
}

/* A title-case headline glued to the text's first paragraph, where no
 * headline stands alone, is the title; a sentence with a brand's
 * capitals inside a word is not split. */
static void test_glued_title(void **state)
{
    nn_record *rec = norm("Local Students At Nat'l CompetitionStudents from "
                          "three area high schools are competing in a "
                          "national robotics competition in St. Louis over "
                          "the next four days.\n\n" P2 "\n",
                          NULL);
    (void)state;
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "Local Students At Nat'l Competition");
    assert_true(!strncmp(rec->body, "Students from three area", 24));
    removed(rec, "glued-title", "Local Students At Nat'l Competition");
    release(rec);
    rec = norm("Photo Courtesy Of The Harbor AuthorityFerry operators on "
               "the Volga raised ticket prices by up to 20% on Tuesday, "
               "citing higher fuel costs.\n\n" P2 "\n",
               NULL);
    assert_null(tl_removal(rec, "glued-title"));
    release(rec);
    rec = norm("Ferry operators at the Volga piers played SoundCloud "
               "recordings of the old horns to passengers on Tuesday, "
               "when fares rose again.\n\n" P2 "\n",
               NULL);
    assert_null(tl_removal(rec, "glued-title"));
    assert_non_null(strstr(rec->body, "SoundCloud recordings"));
    release(rec);
}

/* A print edition's note under the article names the paper, where no
 * address does, and goes. */
static void test_print_edition_named(void **state)
{
    nn_record *rec = norm("# Harbor Plan\n\n" P1 "\n\n" P2
                          "\n\nArticle publi\xC3\xA9 dans Le Crestois du 5 "
                          "septembre 2025\n",
                          NULL);
    (void)state;
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "Le Crestois");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* a name with "du" in it: the date opens with a digit */
    rec = norm("# Harbor Plan\n\n" P1 "\n\n" P2
               "\n\nArticle paru dans La Voix du Nord du 3 mai 2024\n",
               NULL);
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "La Voix du Nord");
    release(rec);
    rec =
        norm("https://www.example.com/news/harbor-plan\n\n# Harbor Plan\n\n" P1
             "\n\n" P2
             "\n\nErschienen in der Printausgabe der Rheinpfalz vom 3. "
             "Mai 2024\n",
             NULL);
    removed(rec, "print-edition-named",
            "Erschienen in der Printausgabe der Rheinpfalz vom 3. Mai 2024");
    assert_string_equal(rec->source, "example.com");
    assert_string_equal(rec->body, BODY);
    release(rec);
}

/* The date of a dateline at the text's start: a place in capitals, or as
 * it is spelt with a comma before the date and a dash after it; a date
 * inside a sentence is none. */
static void test_dateline_date(void **state)
{
    nn_record *rec = norm("# Harbor Plan\n\nSilao de la Victoria, Gto., 03 de "
                          "julio del 2024. -En su gira de trabajo, el alcalde "
                          "inaugur\xC3\xB3 la obra.\n\n" P2 "\n",
                          NULL);
    (void)state;
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2024-07-03");
    release(rec);
    rec = norm("# Harbor Plan\n\nSAMARA, 3 July 2024 \xE2\x80\x93 " P1 "\n\n" P2
               "\n",
               NULL);
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2024-07-03");
    release(rec);
    rec =
        norm("# Harbor Plan\n\nFerry operators in Samara, on 3 July 2024 "
             "raised ticket prices by up to 20% citing fuel costs.\n\n" P2 "\n",
             NULL);
    assert_null(rec->date);
    release(rec);
    rec = norm("# Harbor Plan\n\nThe Council, on 3 July 2024 - after years of "
               "debate - approved the new ferry fares.\n\n" P2 "\n",
               NULL);
    assert_null(rec->date);
    release(rec);
}

/* A place's name before the headline that the dateline repeats with a
 * middle dot is a kicker; a place spelt otherwise by the dateline, or
 * the subject of the headline's verb, stays in the title. */
static void test_place_kicker(void **state)
{
    nn_record *rec = norm("# St. Wendel Ferry Prices Rise Again\n\nSt. Wendel "
                          "\xC2\xB7 " P1 "\n\n" P2 "\n",
                          NULL);
    const char *k;
    (void)state;
    assert_string_equal(rec->title, "Ferry Prices Rise Again");
    k = tl_extra(rec, "kicker");
    assert_non_null(k);
    assert_string_equal(k, "St. Wendel");
    release(rec);
    rec = norm("# Samara Ferry Prices Rise Again\n\nSAMARA \xC2\xB7 " P1
               "\n\n" P2 "\n",
               NULL);
    assert_string_equal(rec->title, "Samara Ferry Prices Rise Again");
    release(rec);
    /* the place is the headline's subject: its verb follows in lower
     * case */
    rec = norm("# Berlin plant neue Radwege in Mitte\n\nBerlin \xC2\xB7 " P1
               "\n\n" P2 "\n",
               NULL);
    assert_string_equal(rec->title, "Berlin plant neue Radwege in Mitte");
    assert_null(tl_extra(rec, "kicker"));
    release(rec);
}

/* "Kaynak: AA" under the story credits the wire agency; another name
 * there is the site's own. */
static void test_source_agency(void **state)
{
    nn_record *rec =
        norm("# Harbor Plan\n\n" P1 "\n\n" P2 "\n\nKaynak: AA\n", NULL);
    (void)state;
    assert_null(rec->source);
    list_is(&rec->credits, 1, "AA", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# Harbor Plan\n\n" P1 "\n\n" P2
               "\n\nKaynak: Halk TV Haber Merkezi\n",
               NULL);
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "Halk TV Haber Merkezi");
    release(rec);
}

/* A writer's label alone on its line names the author on the next; over
 * another label ("EDİTÖR") or a headline it names no one.  "By" keeps a
 * name of one word. */
static void test_byline_role_label(void **state)
{
    nn_record *rec =
        norm("# Harbor Plan\n\nReporter\n\nJane Roe\n\nEditor\n\n" P1 "\n\n" P2
             "\n",
             NULL);
    (void)state;
    list_is(&rec->authors, 1, "Jane Roe", NULL, NULL);
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# Harbor Plan\n\nYazar\n\nED\xC4\xB0T\xC3\x96R\n\n" P1 "\n\n" P2
               "\n",
               NULL);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
    rec = norm("Author:\n\nLocal Students Win Robotics Award\n\n" P1 "\n\n" P2
               "\n",
               NULL);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
    /* "By" over a name of one word still names it */
    rec = norm("# Harbor Plan\n\nBy\n\nSuparman\n\n" P1 "\n\n" P2 "\n", NULL);
    list_is(&rec->authors, 1, "Suparman", NULL, NULL);
    release(rec);
}

/* A headline run together with the text, spelt by the address's slug
 * (its short words may be left out), is the title, a kicker before it
 * extra.kicker; a lead that goes on in lower case, or says the slug in
 * other words, is none. */
static void test_slug_title(void **state)
{
    nn_record *rec = norm("https://www.example.com/news/273277,Ferry-prices-"
                          "rise-volga-2025.html\n\nFerry prices rise on the "
                          "Volga in 2025 " P1 "\n\n" P2 "\n",
                          NULL);
    (void)state;
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "Ferry prices rise on the Volga in 2025");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* a kicker before it, its separator left out */
    rec = norm("https://www.example.com/news/ferry-prices-rise-volga-2025\n\n"
               "RIVER TRANSPORT \xE2\x80\x93 Ferry prices rise on the Volga in "
               "2025 " P1 "\n\n" P2 "\n",
               NULL);
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "Ferry prices rise on the Volga in 2025");
    assert_string_equal(tl_extra(rec, "kicker"), "RIVER TRANSPORT");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* a lead that goes on after the slug's words in lower case, or whose
     * slug's words start in lower case, stays the text */
    rec = norm("https://www.example.com/news/council-approves-ferry-budget-"
               "cuts/12345\n\nCouncil approves ferry budget cuts on Monday, "
               "officials said.\n\n" P1 "\n",
               NULL);
    assert_null(rec->title);
    assert_non_null(strstr(rec->body, "Council approves ferry budget cuts"));
    release(rec);
    rec = norm("https://www.example.com/news/council-approves-ferry-budget-"
               "cuts/12345\n\nThe city council approves ferry budget cuts "
               "The vote was close.\n\n" P1 "\n",
               NULL);
    assert_null(tl_removal(rec, "slug-title"));
    release(rec);
    /* after a scraper's header, a bullet before it */
    rec = norm("https://www.example.com/news/harbor-plan-approved-by-council/"
               "794585355\n\n date 2018-07-21 \xE2\x80\xA2 Harbor Plan "
               "Approved By Council\n\n" P1 "\n\n" P2 "\n",
               NULL);
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "Harbor Plan Approved By Council");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("https://www.example.com/1107726562/Oil-rates-decline-on-"
               "Tuesday-forced-by-strong-dollar\n\nOil rates experienced a "
               "decline on Tuesday, driven by a strong dollar and high "
               "stocks.\n\n" P1 "\n",
               NULL);
    assert_null(tl_removal(rec, "slug-title"));
    assert_non_null(strstr(rec->body, "Oil rates experienced"));
    release(rec);
}

/* Skip links go, alone or with the rest of their menu; a sentence that
 * opens with the same words stays. */
static void test_skip_links(void **state)
{
    nn_record *rec;
    (void)state;
    expect_dropped("Zum Inhalt springen", "skip-links");
    expect_dropped("Skip to main content | Skip to footer", "skip-links");
    rec = norm("Aller au contenu Aller \xC3\xA0 l'accueil plan du site "
               "rechercher\n\n# Harbor Plan\n\n" P1 "\n\n" P2 "\n",
               NULL);
    removed(rec, "skip-links",
            "Aller au contenu Aller \xC3\xA0 l'accueil plan du site "
            "rechercher");
    assert_string_equal(rec->title, "Harbor Plan");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# Harbor Plan\n\n" P1 "\n\nIr al contenido del plan fue "
               "f\xC3\xA1"
               "cil, dijo el alcalde.\n",
               NULL);
    assert_non_null(strstr(rec->body, "Ir al contenido del plan"));
    release(rec);
}

/* A content system's label for an attached file, its type and size,
 * goes; a type and a count of pages is not one. */
static void test_file_label(void **state)
{
    nn_record *rec;
    (void)state;
    expect_dropped("JPEG - 108.4 ko", "file-label");
    expect_dropped("PDF - 1,2 Mo", "file-label");
    expect_dropped("PNG - 35 KiB", "file-label");
    rec = norm("# Harbor Plan\n\n" P1 "\n\nPDF - 12 pages\n", NULL);
    assert_null(tl_removal(rec, "file-label"));
    release(rec);
}

/* An image's alternative text in lower case glued to the text's first
 * word goes, the sentence stays; a brand's prefix before a name, and
 * code's camel case, are kept. */
static void test_image_alt_prefix(void **state)
{
    nn_record *rec = norm("# Harbor Plan\n\nthumbnail" P1 "\n\n" P2 "\n", NULL);
    (void)state;
    removed(rec, "image-alt-prefix", "thumbnail");
    assert_string_equal(rec->body, BODY);
    release(rec);
    rec = norm("# Harbor Plan\n\nvolga ferry pier" P1 "\n\n" P2 "\n", NULL);
    removed(rec, "image-alt-prefix", "volga ferry pier");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* a brand's own prefix before a name ("detikJatim Surabaya") */
    rec = norm("# Harbor Plan\n\ndetikJatim Surabaya - " P1 "\n", NULL);
    assert_null(tl_removal(rec, "image-alt-prefix"));
    assert_non_null(strstr(rec->body, "detikJatim Surabaya"));
    release(rec);
    /* code's camel case is no glued text */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nvar uploadReq = new Request(url);\n",
               NULL);
    assert_null(tl_removal(rec, "image-alt-prefix"));
    release(rec);
}

/* A weather widget's label and place goes; a sentence about the weather
 * stays. */
static void test_weather_label(void **state)
{
    nn_record *rec;
    (void)state;
    expect_dropped("El tiempo en: Granada", "weather");
    expect_dropped("Weather in Leeds", "weather");
    expect_dropped("Wetter in M\xC3\xBCnchen", "weather");
    expect_dropped("Weather in Rio de Janeiro", "weather");
    expect_dropped("\xD0\x9F\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0 \xD0\xB2 "
                   "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5",
                   "weather"); /* "Погода в Москве" */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nWeather in Leeds was mild, and "
               "the ferries ran.\n",
               NULL);
    assert_non_null(strstr(rec->body, "Weather in Leeds was mild"));
    release(rec);
    /* a short sentence about the weather, not a widget's place */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nDas Wetter in Bayern bleibt "
               "wechselhaft.\n\n" P2 "\n",
               NULL);
    assert_non_null(strstr(rec->body, "Wetter in Bayern bleibt"));
    release(rec);
    /* a headline on the weather: more words than a widget's place */
    rec = norm("Das Wetter in Hamburg im \xC3\x9C"
               "berblick\n\n" P1 "\n\n" P2 "\n",
               NULL);
    assert_non_null(rec->title);
    assert_string_equal(rec->title, "Das Wetter in Hamburg im \xC3\x9C"
                                    "berblick");
    release(rec);
}

/* An Instagram post's embed: its link and its caption line; an audio
 * player's label. */
static void test_embeds_and_players(void **state)
{
    (void)state;
    expect_dropped("View this post on Instagram", "embed-post");
    expect_dropped("Ver essa foto no Instagram", "embed-post");
    expect_dropped("Diesen Beitrag auf Instagram ansehen", "embed-post");
    expect_dropped("Listen to this article", "reader-widget");
    expect_dropped("A post shared by Harbor News (@harbornews)", "embed-post");
    expect_dropped("Um post compartilhado por Patos Online (@patosonline)",
                   "embed-post");
    expect_dropped("Une publication partag\xC3\xA9"
                   "e par Jane Roe (@janeroe)",
                   "embed-post");
}

/* An invitation to the site's messenger channel or group, in the
 * languages of world news, goes; a sentence that names a canal or a
 * witness's group does not */
static void test_messenger_promo(void **state)
{
    static const char *const kept[] = {
        "\xD0\xA1\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xB7"
        "\xD0\xB0 \xD1\x83\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xB5\xD0\xBC "
        "\xD0\xB2\xD0\xBE\xD0\xB4\xD1\x8B \xD0\xB2 \xD0\xBA\xD0\xB0\xD0\xBD"
        "\xD0\xB0\xD0\xBB\xD0\xB5, \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0"
        "\xD0\xBB \xD0\xBE\xD0\xBD.",
        "We shared the video in our group on WhatsApp, the resident told "
        "reporters at the scene.",
    };
    char text[1024];
    size_t k;
    nn_record *rec;
    (void)state;
    /* "Cледите" with a Latin C, as a page printed it */
    expect_dropped("C\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5 "
                   "\xD0\xB7\xD0\xB0 \xD0\xB3\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD"
                   "\xD1\x8B\xD0\xBC\xD0\xB8 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE"
                   "\xD1\x81\xD1\x82\xD1\x8F\xD0\xBC\xD0\xB8 \xD0\xB2 "
                   "Telegram-\xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB5.",
                   "messenger-promo");
    expect_dropped("\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0"
                   "\xBA\xD0\xB0 \xD0\xBD\xD0\xB0 Harbor News \xD0\xB2 "
                   "Telegram - \xD1\x83\xD0\xB4\xD0\xBE\xD0\xB1\xD0\xBD\xD1"
                   "\x8B\xD0\xB9 \xD1\x81\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBE"
                   "\xD0\xB1!",
                   "messenger-promo");
    for (k = 0; k < NN_COUNT(kept); k++) {
        snprintf(text, sizeof text, "%s%s\n\n%s\n\n%s\n", G_HEAD, P1, kept[k],
                 P2);
        rec = norm(text, NULL);
        if (!strstr(rec->body, kept[k]))
            fail_msg("\"%s\" left the body", kept[k]);
        release(rec);
    }
}

static void test_share_prompt(void **state)
{
    (void)state;
    expect_dropped("Share this article", "share-prompt");
    expect_dropped("Share on WhatsApp", "share-prompt");
    expect_dropped("Facebook", "share-prompt");
    expect_dropped("Follow us on Telegram", "follow-prompt");
    expect_dropped("Email This Story", "share-prompt");
    expect_dropped("Compartilhe nas suas redes sociais.", "share-prompt");
    expect_dropped("Spread the love", "share-prompt");
    expect_dropped_under(
        "Ich bin mit den Datenschutzbestimmungen einverstanden. *",
        "consent-checkbox");
    expect_dropped_under("I agree to the Terms of Use and the Privacy Policy.",
                         "consent-checkbox");
    expect_dropped_under("I have read and agree to the Privacy Policy.",
                         "consent-checkbox");
    expect_dropped("Share on social media", "share-prompt");
    expect_dropped("This site is protected by reCAPTCHA and the Google Privacy "
                   "Policy and Terms of Service apply.",
                   "script-notice");
    expect_dropped("Print this article", "share-prompt");
    /* a theme's widget and a template's placeholder, never edited */
    expect_dropped("Hang on for a minute...we're trying to find some more "
                   "stories you might like.",
                   "script-notice");
    expect_dropped("The examples populate this alert with dummy content",
                   "script-notice");
}

/* An outlet's app and where a picture came from, between the paragraphs;
 * a pointer to the whole story elsewhere and an offer of notifications,
 * under them (what follows those is no longer the article's). */
static void test_promos_and_pointers(void **state)
{
    nn_record *rec;
    (void)state;
    expect_dropped("Stay informed about local news and weather. Get the "
                   "River 5 app for iOS or Android and pick your alerts.",
                   "app-promo");
    expect_dropped("Download our app for breaking news alerts.", "app-promo");
    expect_dropped("Stay with River 5 for the latest information on-air, "
                   "online and on our weather app.",
                   "app-promo");
    expect_dropped("Posted Updated", "date-label");
    expect_dropped_under("This entry was posted in Local News. Bookmark the "
                         "permalink.",
                         "post-meta");
    expect_dropped_under("Leer noticia completa en El Diario del R\xC3\xADo.",
                         "full-story-elsewhere");
    expect_dropped(
        "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE \xD1\x81\xD0\xBE "
        "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1"
        "\x86\xD1\x8B \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB0 "
        "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2\xD0"
        "\xB0 \xD0\xB2 VK.", /* "Фото со страницы Ивана Петрова в VK." */
        "photo-source");
    expect_dropped_under("Den vollst\xC3\xA4ndigen Artikel lesen Sie auf "
                         "riverblatt+ oder in Ihrer Tageszeitung vom 18. Juni "
                         "2018.",
                         "full-story-elsewhere");
    /* (a space in the pattern at a continuation line's start: lost) */
    expect_dropped_under("Lea la nota completa en El Diario del R\xC3\xADo.",
                         "full-story-elsewhere");
    expect_dropped_under("Leggi l'articolo completo su Il Piccolo.",
                         "full-story-elsewhere");
    expect_dropped_under("Dapatkan Info berita terupdate Langsung ke perangkat "
                         "anda, Berlangganan.",
                         "notify-prompt");
    expect_dropped("Find 5News on Twitter, Facebook, and Instagram; send "
                   "your news tips to tips@example.com.",
                   "follow-name-prompt");
    expect_dropped("Follow The River Gazette on Facebook",
                   "follow-name-prompt");
    /* a sentence that names a network is no prompt */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nLike many creators on TikTok, "
               "Smith began posting videos.\n\nFollow the crew on YouTube, "
               "where it posts updates every day.\n\n" P2 "\n",
               NULL);
    assert_non_null(strstr(rec->body, "Like many creators on TikTok"));
    assert_non_null(strstr(rec->body, "Follow the crew on YouTube"));
    release(rec);
    /* a promo's words before the news itself: the line stays */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nStay with WSB for updates. Police "
               "said the truck was a dark Ford and asked anyone who saw it to "
               "call.\n\n" P2 "\n",
               NULL);
    assert_non_null(strstr(rec->body, "Police said the truck"));
    release(rec);
    /* advice to stay with someone is no station's promo */
    rec = norm("# Harbor Plan\n\n" P1 "\n\nStay with the crew for the latest "
               "news, the mayor told residents.\n\n" P2 "\n",
               NULL);
    assert_non_null(strstr(rec->body, "Stay with the crew"));
    release(rec);
}

static void test_advertisement(void **state)
{
    (void)state;
    expect_dropped("Advertisement", "advertisement");
    expect_dropped("Story continues below advertisement", "advertisement");
    expect_dropped("Sponsored content", "advertisement");
}

/* A sponsor's line of its own between paragraphs, its label first */
static void test_sponsored_line(void **state)
{
    static const char line[] =
        "Sponsored: Sign up for a free webinar on port security.";
    static const char last[] =
        "Regional officials said the increase would be reviewed in the "
        "autumn, after the summer season's figures are in.";
    char text[1024];
    nn_record *rec;
    (void)state;
    snprintf(text, sizeof text, "%s%s\n\n%s\n\n%s\n", G_HEAD, P1, line, last);
    rec = norm(text, NULL);
    if (!tl_removed_text(rec, "advertisement", line))
        fail_msg("\"%s\" was not removed", line);
    assert_non_null(strstr(rec->body, "Ferry operators"));
    assert_non_null(strstr(rec->body, "summer season"));
    assert_null(strstr(rec->body, "webinar"));
    release(rec);
}

static void test_newsletter_prompt(void **state)
{
    (void)state;
    expect_dropped("Subscribe to our newsletter", "newsletter-prompt");
    expect_dropped("Subscribete", "newsletter-prompt");
    expect_dropped("Suscr\303\255bete", "newsletter-prompt");
    expect_dropped("Sign up for our daily briefing on shipping and trade",
                   "newsletter-prompt");
}

static void test_copy_protection(void **state)
{
    (void)state;
    expect_dropped_under("error: Content is protected !!", "copy-protection");
    expect_dropped("Alert: You cannot copy content of this page",
                   "copy-protection");
    expect_dropped("Right click is disabled.", "copy-protection");
}

/* A view counter as a sentence, a social network's invitation to read
 * the site, an ad's "scroll to resume", a picture's label that it only
 * illustrates; sentences with the same words stay */
static void test_counters_and_labels_as_sentences(void **state)
{
    nn_record *rec;
    (void)state;
    expect_dropped("Bu haber toplam 3177 defa okunmu\305\237tur",
                   "view-counter");
    expect_dropped("This article has been viewed 1,234 times.", "view-counter");
    expect_dropped_under(
        "\320\247\320\270\321\202\320\260\320\271\321\202\320\265 "
        "\320\275\320\260\321\210\320\270 "
        "\320\275\320\276\320\262\320\276\321\201\321\202\320\270 "
        "\320\262 "
        "\320\236\320\264\320\275\320\276\320\272\320\273\320\260\321"
        "\201\321\201\320\275\320\270\320\272\320\260\321\205!",
        "social-read");
    expect_dropped("Read our news on Telegram", "social-read");
    expect_dropped("SCROLL TO RESUME CONTENT", "advertisement");
    expect_dropped("Representational image.", "archive-photo");
    expect_dropped("Symbolbild (dpa)", "archive-photo");
    rec =
        norm(G_HEAD P1 "\n\nThis article has been viewed 1,234 times "
                       "since Monday, the editors said.\n\nRead our news "
                       "on Telegram and tell us what you think of "
                       "it, the mayor wrote.\n\nRepresentational image "
                       "rights were sold to the agency last year.\n\n" P2 "\n",
             NULL);
    tl_body_has(rec, "viewed 1,234 times since Monday");
    tl_body_has(rec, "tell us what you think");
    tl_body_has(rec, "Representational image rights");
    release(rec);
}

static void test_cookie_notice(void **state)
{
    (void)state;
    expect_dropped("This website uses cookies to improve your experience.",
                   "cookie-notice");
    expect_dropped("Accept all cookies", "cookie-notice");
}

static void test_site_footer(void **state)
{
    (void)state;
    expect_dropped("\xC2\xA9 2025 The Coastal Herald. All rights reserved.",
                   "site-footer");
    expect_dropped("Privacy Policy", "site-footer");
    expect_dropped("Terms of Use", "site-footer");
}

static void test_page_number(void **state)
{
    (void)state;
    expect_dropped("12", "page-number");
    expect_dropped("Page 2 of 3", "page-number");
    expect_dropped("2TAMPILKAN SEMUA", "page-number");
    expect_dropped("2 3 Show all", "page-number");
}

static void test_heading_markup_kept_as_text(void **state)
{
    nn_record *rec =
        norm(G_HEAD P1 "\n\n### Farmers Call for Aid\n\n" P2 "\n", NULL);
    (void)state;
    /* the page pass reads the markup: the subheading is a paragraph */
    assert_string_equal(rec->body, P1 "\n\nFarmers Call for Aid\n\n" P2);
    release(rec);
}

/* ======================================================================
 * Profiles, sources, URLs, derived fields
 * ==================================================================== */

static void test_detect_moscowtimes_by_host(void **state)
{
    /* nothing Moscow Times-like but the URL */
    nn_record *rec =
        norm(MT_URL "\n\n# Volga Ferries Raise Fares\n\n" P1 "\n", NULL);
    (void)state;
    assert_string_equal(rec->source_id, "moscowtimes");
    assert_string_equal(rec->source, "The Moscow Times");
    assert_non_null(tl_extra(rec, "article_id"));
    assert_string_equal(tl_extra(rec, "article_id"), "a90001");
    release(rec);
}

static void test_detect_menafn_by_dateline(void **state)
{
    nn_record *rec =
        norm("Kazakh Wheat Forecast Raised\n(MENAFN) " MF_P1 "\n", NULL);
    (void)state;
    assert_string_equal(rec->source_id, "menafn");
    assert_string_equal(rec->source, "MENAFN");
    release(rec);
}

static void test_read_also_tail_is_cut(void **state)
{
    /* a link's label and headline glued after the last sentence goes; a
     * sentence that goes on after such a label stays */
    nn_record *rec =
        tl_normalize(G_HEAD P1
                     "\n\n" P2 " Read also: Port strike enters its second week"
                     "\n\nThe port said the new prices would stay until May. "
                     "Read also: the council's report, which was published on "
                     "Monday.\n",
                     NN_OPT_EXPLAIN, NULL);
    (void)state;
    assert_true(tl_removed_by(rec, "read-also"));
    assert_null(strstr(rec->body, "Port strike enters"));
    assert_non_null(strstr(rec->body, "reviewed in the autumn.\n\n"));
    assert_non_null(strstr(rec->body, "which was published on Monday."));
    release(rec);
}

static void test_signature_tail_is_cut(void **state)
{
    /* a name glued after the last sentence with a dash signs the piece;
     * a quotation's source and a sentence with a dash in it stay */
    nn_record *rec =
        tl_normalize(G_HEAD P1 "\n\n\xE2\x80\x9CWe will rebuild it.\xE2\x80"
                               "\x9D \xE2\x80\x93 Mayor Jane Roe\n\n"
                               "The port said the prices would stay. - Then "
                               "it changed its mind about them.\n\n" P2
                               " -Fatma Bedia UYAR\n",
                     NN_OPT_EXPLAIN, NULL);
    (void)state;
    assert_true(tl_removed_by(rec, "signature"));
    assert_null(strstr(rec->body, "UYAR"));
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "Fatma Bedia UYAR");
    assert_non_null(strstr(rec->body, "Mayor Jane Roe"));
    assert_non_null(strstr(rec->body, "- Then it changed"));
    assert_string_equal(rec->body + strlen(rec->body) - 7, "autumn.");
    release(rec);
}

static void test_signature_glued_with_a_desk(void **state)
{
    /* a long dash glued to the last full stop, the name, its desk in
     * brackets: the signer is the name, the full stop stays */
    nn_record *rec =
        tl_normalize(G_HEAD P1 "\n\n" P2 "\xE2\x80\x94Mya Mya Mon (IPRD)\n",
                     NN_OPT_EXPLAIN, NULL);
    (void)state;
    assert_true(tl_removed_by(rec, "signature"));
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "Mya Mya Mon");
    assert_string_equal(rec->body + strlen(rec->body) - 7, "autumn.");
    release(rec);
    /* without the desk, a quotation's source; with it, a title */
    rec = tl_normalize(G_HEAD P1 "\n\n" P2 "\xE2\x80\x94Ronald Reagan\n",
                       NN_OPT_EXPLAIN, NULL);
    assert_false(tl_removed_by(rec, "signature"));
    assert_int_equal(rec->authors.len, 0);
    release(rec);
    rec = tl_normalize(G_HEAD P1 "\n\n" P2 "\xE2\x80\x94The Mayor (AP)\n",
                       NN_OPT_EXPLAIN, NULL);
    assert_false(tl_removed_by(rec, "signature"));
    assert_int_equal(rec->authors.len, 0);
    release(rec);
}

static void test_trailing_chrome_is_cut(void **state)
{
    /* a link's or a player's label glued after the last sentence goes,
     * logged; the sentence stays */
    static const char *const tails[] = {" read more", " (Escuchar audio)",
                                        " (Listen to audio)"};
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(tails); i++) {
        char text[4096];
        nn_record *rec;
        snprintf(text, sizeof text, "%s%s\n", G_HEAD P1 "\n\n" P2, tails[i]);
        rec = tl_normalize(text, NN_OPT_EXPLAIN, NULL);
        assert_true(tl_removed_by(rec, "trailing-chrome"));
        assert_string_equal(rec->body + strlen(rec->body) - 7, "autumn.");
        release(rec);
    }
}

/* Input in is dated want. */
static void dated(const char *in, const char *want)
{
    nn_record *rec = tl_normalize(in, 0, NULL);
    assert_non_null(rec->date);
    assert_string_equal(rec->date, want);
    release(rec);
}

static void test_teaser_date_below_article_is_not_its(void **state)
{
    /* a date right under the article is its own; one further down, under
     * another story's headline, is that story's */
    nn_record *rec =
        tl_normalize("# Harbor Authority Approves Dredging Plan\n\n" P1
                     "\n\n" P2 "\n\n12.03.2025 14:20\n\nMore news\n\n"
                     "Storm floods coastal towns\n\n30 January 2026\n",
                     0, NULL);
    (void)state;
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2025-03-12T14:20");
    release(rec);
    rec = tl_normalize("# Harbor Authority Approves Dredging Plan\n\n" P1
                       "\n\n" P2 "\n\nMore news\n\n"
                       "Storm floods coastal towns\n\n30 January 2026\n",
                       0, NULL);
    assert_null(rec->date);
    release(rec);
    /* a labelled date in another language, day first, its time below */
    rec = tl_normalize("Harbor Authority Approves Dredging Plan For The "
                       "River Port\nPor Jane Roe\n- Publicado em 31/01/2026\n"
                       "- 12:02\n" P1 "\n" P2 "\n",
                       0, NULL);
    assert_non_null(rec->date);
    assert_string_equal(rec->date, "2026-01-31");
    assert_string_equal(rec->body, BODY);
    release(rec);
    /* no date line: the dateline at the text's start dates it */
    dated("# Harbor Authority Approves Dredging Plan\n\n"
          "RIVERTON (23/1/2019) - " P1 "\n\n" P2 "\n",
          "2019-01-23");
    /* under a picture's credit and a reading time, of a few words each */
    dated("# Harbor Authority Approves Dredging Plan\n\n" P1 "\n\n" P2
          "\n\nPhoto Jane Roe\n\nAbout a minute\n\n"
          "22 August 2022\n",
          "2022-08-22");
    /* a post's date line, weekday and all, right above its headline
     * beats a credit's date under the article; not a clock above a menu */
    dated("mercredi 22 octobre 2014\n\nHarbor Authority Approves "
          "Dredging Plan\n\n" P1 "\n\n" P2 "\n\n(Gazette du 20 octobre 2014)\n",
          "2014-10-22");
    dated("Wednesday, October 22, 2014\n\nHarbor Authority Approves "
          "Dredging Plan\n\n" P1 "\n\n" P2 "\n\n(Gazette, October 20, 2014)\n",
          "2014-10-22");
    dated("mercredi 22 octobre 2014\n\nNews\n\nSport\n\n"
          "Harbor Authority Approves Dredging Plan\n\n" P1 "\n\n" P2
          "\n\n(Gazette du 20 octobre 2014)\n",
          "2014-10-20");
    /* a date of another kind under the headline is not the
     * publication's */
    dated("June 2, 2023\n\nReview: The Summer's Biggest Blockbuster Is a "
          "Mess\n\nRelease date: July 21, 2023\n\n" P1 "\n\n" P2 "\n",
          "2023-06-02");
    /* the date opens the lead, a dash after it; not a timeline's first
     * entry */
    dated("# Harbor Authority Approves Dredging Plan\n\n"
          "March 2, 2016 - " P1 "\n\n" P2 "\n",
          "2016-03-02");
    rec = tl_normalize("# Timeline: the long road to the dredging plan\n\n"
                       "March 2, 2016 - " P1 "\n\nOctober 12, 2018 - " P2 "\n",
                       0, NULL);
    assert_null(rec->date);
    release(rec);
    /* a date line above the headline, but the byline under it labels the
     * publication's date: the upper one is the site's */
    dated("29th April 2024\n\nMake a Donation\n\nHarbor Authority "
          "Approves Dredging Plan\n\nAuthor: Jane Roe | Published: "
          "Thursday, May 19, 2022\n\n" P1 "\n\n" P2 "\n",
          "2022-05-19");
}

static void test_comments_moderated_notice(void **state)
{
    static const char *const notices[] = {
        "Vos réactions doivent respecter nos CGU.",
        "Los comentarios están moderados.",
        "Kommentare werden moderiert.",
        "AVISO: O conteúdo de cada comentário é de responsabilidade do autor.",
        "The views expressed in the comments are those of their authors.",
        NULL};
    const char *const *n;
    (void)state;
    for (n = notices; *n; n++) {
        char text[1024];
        nn_record *rec;
        snprintf(text, sizeof text, G_HEAD "%s\n\n%s\n", BODY, *n);
        rec = tl_normalize(text, NN_OPT_EXPLAIN, NULL);
        assert_true(tl_removed_by(rec, "comments-notice"));
        assert_string_equal(rec->body, BODY);
        release(rec);
    }
}

static void test_reading_time_is_chrome(void **state)
{
    /* a kicker glued to a reading time above the headline, and a labelled
     * reading time below it: neither is the title nor body text */
    nn_record *rec = norm("Middle East3 min read\n\n" G_TITLE
                          "\n\nTempo di lettura: < 1 minuto\n\n" BODY "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->title, G_TITLE);
    removed(rec, "reading-time", "min read");
    removed(rec, "reading-time", "lettura");
    tl_body_lacks(rec, "min read");
    tl_body_lacks(rec, "lettura");
    release(rec);
}

static void test_detect_generic(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n", NULL);
    (void)state;
    assert_string_equal(rec->source_id, "generic");
    assert_null(rec->source); /* no URL: no source is invented */
    release(rec);
}

static void test_other_outlet_naming_moscow_times(void **state)
{
    /* BUG (fixed; kept as a regression test): a Reuters article that names The Moscow Times three times is
     * taken for a Moscow Times article (source_id "moscowtimes", source
     * "The Moscow Times" despite the reuters.com URL).  The signal
     * "The Moscow Times" (weight 1, counted at most 3 times) reaches the
     * threshold 3 alone, although moscowtimes.rules says one outlet named
     * over and over in another's article must not outweigh the structure. */
    nn_record *rec =
        norm("Russian Outlet Wins Press Award\n"
             "https://www.reuters.com/world/europe/russian-outlet-wins-award/\n"
             "The Moscow Times won a press freedom award on Monday.\n"
             "The Moscow Times was founded in 1992.\n"
             "Editors of The Moscow Times said they were honored.\n",
             NULL);
    (void)state;
    assert_string_equal(rec->source_id, "generic");
    assert_string_equal(rec->source, "Reuters");
    release(rec);
}

static void test_forced_profile(void **state)
{
    nn_record *rec = norm(G_HEAD P1 "\n", "menafn");
    (void)state;
    assert_string_equal(rec->source_id, "menafn");
    assert_string_equal(rec->source, "MENAFN");
    release(rec);

    /* forcing generic on a Moscow Times text: its rules do not apply */
    rec =
        norm(MT_HEAD P1 "\n\nSupport The Moscow Times!\n\n" P2 "\n", "generic");
    assert_string_equal(rec->source_id, "generic");
    assert_false(tl_removed_by(rec, "support-banner"));
    tl_body_has(rec, "Support The Moscow Times!");
    release(rec);

    rec = norm(G_HEAD P1 "\n", "auto");
    assert_string_equal(rec->source_id, "generic");
    release(rec);
}

static void test_unknown_profile_refused(void **state)
{
    nn_options o = NN_OPTIONS_INIT;
    char err[128] = "";
    const char *const *names = nn_profile_names();
    (void)state;
    o.profile = "tass";
    assert_null(nn_normalizer_new(&o, err, sizeof err));
    assert_non_null(strstr(err, "tass"));
    /* the built-in profiles, in name order (data/profiles/) */
    assert_string_equal(names[0], "generic");
    assert_string_equal(names[1], "menafn");
    assert_string_equal(names[2], "moscowtimes");
    assert_string_equal(names[3], "text");
    assert_null(names[4]);
}

static void test_generic_source_from_host(void **state)
{
    /* an address and the source its host gives */
    static const char *const cases[][2] = {
        {"https://www.example.co.uk/news/x", "example.co.uk"},
        {"https://reuters.com/world/x", "Reuters"},
        {"https://uk.reuters.com/world/x", "Reuters"},  /* a subdomain */
        {"https://notreuters.com/x", "notreuters.com"}, /* not one */
        {"https://WWW.Example.COM:8080/x", "example.com"},
        /* a copy of the site: its version's or mobile label goes */
        {"https://v3.leaders.com.tn/article/1", "leaders.com.tn"},
        {"https://m.kurier.at/x", "kurier.at"},
        {"https://www2.example.org/x", "example.org"},
        /* not a section's label, nor a domain of its own */
        {"https://news.example.org/x", "news.example.org"},
        {"https://v3.tn/x", "v3.tn"},
        {"https://vox.example.org/x", "vox.example.org"},
        {"https://www.v3.co.uk/news/x", "v3.co.uk"}, /* V3's own domain */
        {"https://m1.com.sg/x", "m1.com.sg"},
    };
    size_t k;
    (void)state;
    for (k = 0; k < NN_COUNT(cases); k++) {
        char *s = nn_url_source(cases[k][0]);
        assert_non_null(s);
        if (strcmp(s, cases[k][1]))
            fail_msg("%s: \"%s\", not \"%s\"", cases[k][0], s, cases[k][1]);
        free(s);
    }
    assert_null(nn_url_source("https:///x"));
}

static void test_generic_source_in_record(void **state)
{
    nn_record *rec = norm("https://www.reuters.com/business/energy/2025/03/"
                          "12/oil-steadies/\n\nOil Steadies as Traders Weigh "
                          "Supply Risks - Reuters\n\n" P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->source_id, "generic");
    assert_string_equal(rec->source, "Reuters");
    /* " - Reuters" names the source: cut from the title */
    assert_string_equal(rec->title, "Oil Steadies as Traders Weigh Supply "
                                    "Risks");
    /* no date line: the URL's, with a warning */
    assert_string_equal(rec->date, "2025-03-12");
    assert_true(tl_warned(rec, "date taken from the URL"));
    release(rec);
}

static void test_url_canonical_mt_pdf(void **state)
{
    nn_record *rec = norm("Caspian Caviar Prices Climb - The Moscow Times\n\n"
                          "Original url: https://www.themoscowtimes.com/2025/"
                          "03/03/caspian-caviar-a90101/pdf\n\n" P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->url, "https://www.themoscowtimes.com/2025/03/03/"
                                  "caspian-caviar-a90101");
    assert_string_equal(rec->title, "Caspian Caviar Prices Climb");
    assert_string_equal(tl_extra(rec, "article_id"), "a90101");
    release(rec);
}

static void test_url_canonical_menafn_social(void **state)
{
    nn_record *rec = norm("Kazakh Wheat Up\nhttps://menafn.com/1109999999/"
                          "Kazakh-Wheat-Up?Social=on\n(MENAFN) " MF_P1 "\n",
                          NULL);
    (void)state;
    assert_string_equal(rec->url,
                        "https://menafn.com/1109999999/Kazakh-Wheat-Up");
    assert_string_equal(tl_extra(rec, "story_id"), "1109999999");
    release(rec);
}

static void test_word_count(void **state)
{
    nn_record *rec = norm("# Count\n\nMarch 3, 2025\n\n"
                          "Russia\xE2\x80\x99s 6 billion \xE2\x80\x94 rubles, "
                          "in 3 tranches.\n\nT\xC3\xBCrkiye agreed.\n",
                          NULL);
    (void)state;
    /* Russia’s 6 billion rubles in 3 tranches Türkiye agreed; not "—" */
    assert_int_equal(rec->word_count, 9);
    assert_int_equal(nn_word_count("", 0), 0);
    assert_int_equal(nn_word_count("a - b", 5), 2);
    release(rec);
}

static void test_fingerprint(void **state)
{
    nn_record *a = norm("# Title One\n\nMarch 3, 2025\n\nOne two three, "
                        "four.\n\nFive six.\n",
                        NULL);
    nn_record *b = norm("# Title   One\r\n\r\n\r\nMarch 3, 2025\r\n\r\n"
                        "One  two\xC2\xA0three, four.   \r\n\r\n\r\n"
                        "  Five\tsix.",
                        NULL);
    nn_record *c = norm("# Title One\n\nMarch 3, 2025\n\nOne two three, "
                        "five.\n\nFive six.\n",
                        NULL);
    size_t i;
    (void)state;
    assert_int_equal(strlen(a->fingerprint), 16);
    for (i = 0; i < 16; i++)
        assert_non_null(strchr("0123456789abcdef", a->fingerprint[i]));
    assert_string_equal(a->body, b->body);
    assert_string_equal(a->fingerprint, b->fingerprint);
    assert_string_not_equal(a->fingerprint, c->fingerprint);
    release(a);
    release(b);
    release(c);
}

/* ======================================================================
 * Body paragraphs that look like boilerplate
 * ==================================================================== */

#define TRAPS_BODY                                                             \
    "Monthly passenger traffic on the river routes fell by 8% last "           \
    "year.\n\n"                                                                \
    "Once the restrictions are lifted, the ferries will sail again.\n\n"       \
    "Date exports from the south were not affected, officials said.\n\n"       \
    "Comments from officials in Samara were not immediately available.\n\n"    \
    "By 2024, Turkish banks had already cut their exposure to Russian "        \
    "clients."
#define TRAPS TRAPS_BODY "\n"

static void test_traps_kept_moscowtimes(void **state)
{
    nn_record *rec = norm(MT_HEAD P1 "\n\n" TRAPS, NULL);
    (void)state;
    assert_string_equal(rec->source_id, "moscowtimes");
    assert_string_equal(rec->body, P1 "\n\n" TRAPS_BODY);
    release(rec);
}

static void test_traps_kept_first_paragraph(void **state)
{
    /* right after the head, where head-only rules still apply */
    nn_record *rec = norm(MT_HEAD TRAPS, NULL);
    (void)state;
    assert_string_equal(rec->body, TRAPS_BODY);
    assert_int_equal(rec->authors.len, 0);
    release(rec);
    rec = norm(G_HEAD "By 2024, Turkish banks had already cut their "
                      "exposure to Russian clients.\n",
               NULL);
    assert_int_equal(rec->authors.len, 0);
    assert_string_equal(rec->body, "By 2024, Turkish banks had already cut "
                                   "their exposure to Russian clients.");
    release(rec);
}

static void test_traps_kept_menafn(void **state)
{
    /* MENAFN's page chrome holds "Date" and "Comments" as whole lines */
    nn_record *rec =
        norm(MF_HEAD "(MENAFN) " MF_P1 "\n"
                     "Monthly passenger traffic fell by 8% last year.\n"
                     "Date exports from the south were not affected.\n"
                     "Comments from officials were not available.\n"
                     "Once the restrictions are lifted, ferries will "
                     "sail.\n",
             NULL);
    (void)state;
    assert_string_equal(rec->source_id, "menafn");
    assert_string_equal(rec->body, MF_P1
                        "\n\n"
                        "Monthly passenger traffic fell by 8% last year.\n\n"
                        "Date exports from the south were not affected.\n\n"
                        "Comments from officials were not available.\n\n"
                        "Once the restrictions are lifted, ferries will "
                        "sail.");
    release(rec);
}

static void test_copyright_paragraph_kept(void **state)
{
    /* BUG (fixed; kept as a regression test): site-footer removes any line that starts with "Copyright" and
     * has a year in its first 80 characters, so this news paragraph is
     * dropped from the body as a footer:
     * "(?:©|\(c\)|copyright) ?(?:\d{4}|[^.]{1,80}\d{4}).{0,200}$".
     * A footer is "© 2025 Name", "Copyright 2025 ...", not a sentence. */
    nn_record *rec = norm(G_HEAD P1 "\n\nCopyright infringement cases "
                                    "doubled in 2024, according to the court "
                                    "service.\n\n" P2 "\n",
                          NULL);
    (void)state;
    tl_body_has(rec, "Copyright infringement cases doubled in 2024");
    release(rec);
}

static void test_contributed_to_the_report_kept(void **state)
{
    /* BUG (fixed; kept as a regression test): the credits rule takes any short line ending "contributed to
     * the report." for a credit line: this body sentence is removed and
     * credits becomes ["More than 40 scientists from 12 countries"].
     * Credit lines name agencies or people ("AFP contributed reporting.",
     * "Jane Doe contributed to this report."). */
    nn_record *rec =
        norm(G_HEAD P1 "\n\nMore than 40 scientists from 12 "
                       "countries contributed to the report.\n\n" P2 "\n",
             NULL);
    (void)state;
    tl_body_has(rec, "More than 40 scientists from 12 countries contributed");
    assert_int_equal(rec->credits.len, 0);
    release(rec);
}

static void test_full_article_body_is_clean(void **state)
{
    /* everything at once: nothing removed is left in the body */
    nn_record *rec = norm(
        MT_URL
        "\nSupport The Moscow Times!\nContribute today\n\nNews\n\n"
        "# Volga Ferries Raise Fares\n\nUpdated: Feb. 11, 2025\n\n"
        "By Anna Petrova and Ivan Sokolov\n\n"
        "A ferry crosses the Volga near Samara. Pavel Ivanov / Vedomosti\n\n" P1
        "\n\nAdvertisement\n\n" TRAPS "\n"
        "Read more about: Business , Volga\n\n"
        "Sign up for our free weekly newsletter\n\n"
        "A Message from The Moscow Times:\n\nDear readers,\n\n"
        "Your support, no matter how small, makes a world of difference.\n\n"
        "Once\nMonthly\nAnnual\nContinue\n"
        "Not ready to support today? Remind me later.\n\n"
        "Read more\n\n### Kazan Opens a New Metro Line\n\n4 Min read\n",
        NULL);
    (void)state;
    assert_string_equal(rec->title, MT_TITLE);
    assert_string_equal(rec->date, "2025-02-11");
    list_is(&rec->authors, 2, "Anna Petrova", "Ivan Sokolov", NULL);
    assert_string_equal(rec->image->credit, "Pavel Ivanov / Vedomosti");
    assert_string_equal(tl_extra(rec, "section"), "News");
    assert_string_equal(tl_extra(rec, "tags"), "Business, Volga");
    assert_string_equal(rec->body, P1 "\n\n" TRAPS_BODY);
    tl_body_lacks(rec, "Min read");
    tl_body_lacks(rec, "Dear readers");
    check_body_clean(rec);
    assert_int_equal(rec->warnings.len, 0);
    release(rec);
}

#define T(f) cmocka_unit_test_teardown(f, free_live)

/* ---- needs (nn_rule.need): a speed-up that must not change a match ---- */

/* The rule the generic table gives body line s, or "" for none. */
static const char *rule_on(nn_ruleset *rs, const char *s, size_t len,
                           size_t lineno)
{
    nn_match_state st;
    nn_match m;
    memset(&st, 0, sizeof st);
    st.in_body = 1;
    st.lineno = lineno;
    return nn_ruleset_match(rs, s, len, &st, &m) >= 0 ? m.r->name : "";
}

static void test_needs_same_with_and_without_text(void **state)
{
    /* the same lines matched three ways: alone (each need searched in the
     * line), as lines of their text in order, and backwards (the search
     * positions cached for the text must be dropped, not trusted) */
    static const char text[] =
        "A paragraph of the story, long enough to be one.\n"
        "They said all rights reserved\n"
        "Nothing to see here.\n"
        "This page and all rights reserved by the owners since 1999\n"
        "Please consider making a donation to keep us going.\n"
        "Reuters contributed reporting.\n"
        "Copyright 2024 Example Media. All rights reserved.\n"
        "Donate today and help.\n";
    static const char *const want[] = {
        "",
        "site-footer",
        "",
        "site-footer",
        "donation-appeal",
        "credits",
        "site-footer",
        "donation-appeal",
    };
    const char *line[NN_COUNT(want)];
    size_t len[NN_COUNT(want)], n = 0, i, k;
    char err[256];
    nn_ruleset *rs = nn_ruleset_new(builtin("generic"), err, sizeof err);
    (void)state;
    assert_non_null(rs);
    for (i = 0; text[i]; n++) {
        line[n] = text + i;
        len[n] = strcspn(text + i, "\n");
        i += len[n] + 1;
    }
    assert_int_equal(n, NN_COUNT(want));
    for (k = 0; k < 3; k++) {
        nn_ruleset_text(rs, k ? text : NULL, sizeof text - 1);
        for (i = 0; i < n; i++) {
            size_t j = k == 2 ? n - 1 - i : i;
            assert_string_equal(rule_on(rs, line[j], len[j], j + 1), want[j]);
        }
    }
    /* a line that is not in the text given is searched alone */
    assert_string_equal(rule_on(rs, "All rights reserved.", 20, 9),
                        "site-footer");
    nn_ruleset_text(rs, NULL, 0);
    nn_ruleset_free(rs);
}

/* ---- detection signals: written for speed, counted as literals ------ */

/* Does lit (m bytes) occur at s[i]?  `fold`: ASCII case-insensitive;
 * `word_end`: the next byte must not be a word byte (\b). */
static int literal_at(const char *s, size_t i, const char *lit, size_t m,
                      int fold, int word_end)
{
    size_t k;
    for (k = 0; k < m; k++) {
        unsigned char a = (unsigned char)s[i + k], b = (unsigned char)lit[k];
        if (fold && a >= 'A' && a <= 'Z')
            a = (unsigned char)(a + 32);
        if (fold && b >= 'A' && b <= 'Z')
            b = (unsigned char)(b + 32);
        if (a != b)
            return 0;
    }
    return !word_end || !(isalnum((unsigned char)s[i + m]) || s[i + m] == '_');
}

/* Occurrences in s of any of the phrases lit[0..n) that do not overlap
 * (each search starts where the last found one ends), at most 3: how a
 * signal that is an alternation of phrases counts. */
static int phrase_hits(const char *s, const char *const *lit, size_t n,
                       int fold, int word_end)
{
    size_t len = strlen(s), i = 0, k;
    int hits = 0;
    while (hits < 3 && i < len) {
        size_t m = 0;
        for (k = 0; k < n && !m; k++)
            if (i + strlen(lit[k]) <= len &&
                literal_at(s, i, lit[k], strlen(lit[k]), fold, word_end))
                m = strlen(lit[k]);
        if (m) {
            hits++;
            i += m;
        } else {
            i++;
        }
    }
    return hits;
}

static int literal_hits(const char *s, const char *lit, int fold, int word_end)
{
    return phrase_hits(s, &lit, 1, fold, word_end);
}

static void test_signals_count_literals(void **state)
{
    /* The signals are written so that PCRE2 can skip ahead ("wtimes\.com"
     * with a look behind for "themoscowtimes\.com", a need of two
     * letters); their scores must be those of the plain phrases, counted
     * without overlaps.  Random texts from pieces that hold them, break
     * them, repeat them and overlap them. */
    static const char *const piece[] = {
        "themoscowtimes.com",
        "wtimes.com",
        "moscowtimes.com",
        "the",
        "The Moscow Times",
        "the Moscow Times",
        "Moscow Times",
        "The ",
        "Support The Moscow Times",
        "SUPPORT THE MOSCOW TIMES",
        "support ",
        "A message from the Moscow Times",
        "(MENAFN)",
        "(MENAFN-",
        "(MENAFNx",
        "(MENAFN",
        "menafn.com",
        "fn.com",
        "MENAFN.com",
        "menafn",
        "MenaFn provides the information",
        "MENAFN ",
        /* tails that overlap the phrase before them: "menafn.comenafn.com"
         * holds one count, not two */
        "enafn.com",
        "upport the moscow times",
        "heMoscowTimes.com",
        "oscow Times",
        "PROVIDES THE INFORMATION",
        "provides the information",
        " ",
        "x",
        "\n",
        ".",
    };
    char err[256], text[512];
    nn_ruleset *mt = nn_ruleset_new(builtin("moscowtimes"), err, sizeof err);
    nn_ruleset *mf = nn_ruleset_new(builtin("menafn"), err, sizeof err);
    /* one signal for both phrases: counted together */
    static const char *const support[] = {"support the moscow times",
                                          "a message from the moscow times"};
    unsigned seed = 7;
    int round;
    (void)state;
    assert_non_null(mt);
    assert_non_null(mf);
    for (round = 0; round < 20000; round++) {
        size_t len = 1; /* never "date ..." at the start: another signal */
        int k,
            pieces = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 12;
        text[0] = 'x';
        for (k = 0; k < pieces; k++) {
            const char *p;
            seed = seed * 1103515245u + 12345u;
            p = piece[(seed >> 16) % NN_COUNT(piece)];
            if (len + strlen(p) >= sizeof text)
                break;
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
        }
        text[len] = '\0';
        assert_int_equal(nn_ruleset_score(mt, text, len),
                         10 * literal_hits(text, "themoscowtimes.com", 0, 0) +
                             5 * phrase_hits(text, support, 2, 1, 0) +
                             literal_hits(text, "The Moscow Times", 0, 0));
        assert_int_equal(nn_ruleset_score(mf, text, len),
                         10 * (literal_hits(text, "(MENAFN", 0, 1) +
                               literal_hits(text, "menafn.com", 0, 0)) +
                             5 * literal_hits(text,
                                              "menafn provides the information",
                                              1, 0));
    }
    nn_ruleset_free(mt);
    nn_ruleset_free(mf);
}

/* ---- clones: one set of compiled rules for every thread ------------- */

#define CLONES 4
#define CLONE_ROUNDS 3

static const char *const clone_text[] = {
    MT_HEAD P1 "\n\n" P2 "\n\nAFP contributed reporting.\n",
    MF_HEAD "(MENAFN) " MF_P1 "\n\nMENAFN20052025000187011040ID1109540321\n",
    G_HEAD P1 "\n\nAll rights reserved.\n\n" TRAPS "\n",
    G_HEAD "By Anna Petrova\n\n" P2 "\n\nPlease consider a donation to "
           "keep us going.\n",
};

typedef struct clone_job {
    nn_normalizer *nz;
    const char *want[NN_COUNT(clone_text)];
    int differ; /* renderings that are not the fresh normalizer's */
} clone_job;

static char *render_one(nn_normalizer *nz, const char *text)
{
    nn_record *rec;
    nn_buf out = NN_BUF_INIT;
    if (nn_normalize(nz, text, strlen(text), "t", &rec) != NN_OK)
        return NULL;
    nn_record_render(rec, NN_FORMAT_JSON, 0, &out);
    nn_record_free(rec);
    return out.ptr; /* the buffer's bytes, NUL-terminated; freed by caller */
}

static void *clone_work(void *arg)
{
    clone_job *j = arg;
    size_t i;
    int round;
    for (round = 0; round < CLONE_ROUNDS; round++)
        for (i = 0; i < NN_COUNT(clone_text); i++) {
            char *got = render_one(j->nz, clone_text[i]);
            j->differ += !got || strcmp(got, j->want[i]) != 0;
            free(got);
        }
    return NULL;
}

static void test_clones_share_rules_across_threads(void **state)
{
    /* Clones made before their parent has compiled any variant, the parent
     * freed first, then all used at once: each variant is compiled by
     * whichever thread needs it first while the others wait or read it,
     * and every record is what a normalizer of its own makes. */
    nn_options o = NN_OPTIONS_INIT;
    nn_normalizer *fresh, *parent;
    clone_job job[CLONES];
    pthread_t t[CLONES];
    char *want[NN_COUNT(clone_text)];
    size_t i, k;
    (void)state;
    o.flags = NN_OPT_EXPLAIN;
    fresh = nn_normalizer_new(&o, NULL, 0);
    parent = nn_normalizer_new(&o, NULL, 0);
    assert_non_null(fresh);
    assert_non_null(parent);
    for (i = 0; i < NN_COUNT(clone_text); i++) {
        want[i] = render_one(fresh, clone_text[i]);
        assert_non_null(want[i]);
    }
    /* the texts are told apart: a clone that used another profile's rules
     * would give another record */
    assert_non_null(strstr(want[0], "\"source_id\": \"moscowtimes\""));
    assert_non_null(strstr(want[1], "\"source_id\": \"menafn\""));
    assert_non_null(strstr(want[2], "\"source_id\": \"generic\""));
    for (k = 0; k < CLONES; k++) {
        job[k].nz = nn_normalizer_clone(parent);
        job[k].differ = 0;
        for (i = 0; i < NN_COUNT(clone_text); i++)
            job[k].want[i] = want[i];
    }
    nn_normalizer_free(parent);
    for (k = 0; k < CLONES; k++)
        assert_int_equal(pthread_create(&t[k], NULL, clone_work, &job[k]), 0);
    for (k = 0; k < CLONES; k++) {
        pthread_join(t[k], NULL);
        assert_int_equal(job[k].differ, 0);
        nn_normalizer_free(job[k].nz);
    }
    for (i = 0; i < NN_COUNT(clone_text); i++)
        free(want[i]);
    nn_normalizer_free(fresh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_mt_support_banner),
        T(test_needs_same_with_and_without_text),
        T(test_signals_count_literals),
        T(test_clones_share_rules_across_threads),
        T(test_mt_section_label),
        T(test_mt_running_header),
        T(test_mt_donation_appeal_block),
        T(test_mt_donation_buttons_alone),
        T(test_mt_tags),
        T(test_mt_newsletter),
        T(test_mt_opinion_disclaimer),
        T(test_mt_read_more_list),
        T(test_mt_read_more_item_alone),
        T(test_menafn_scraper_header),
        T(test_menafn_scraper_header_without_rest),
        T(test_menafn_dateline_plain),
        T(test_menafn_dateline_partner),
        T(test_menafn_dateline_no_space),
        T(test_menafn_partner_inner_dash),
        T(test_menafn_wire_id),
        T(test_menafn_wire_id_date_fallback),
        T(test_menafn_legal_disclaimer_block),
        T(test_menafn_legal_disclaimer_split),
        T(test_menafn_disclaimer_lines_alone),
        T(test_menafn_page_chrome),
        T(test_menafn_more_stories),
        T(test_related_article),
        T(test_related_article_ru),
        T(test_related_article_lainnya),
        T(test_site_desk),
        T(test_post_meta),
        T(test_byline_dateline),
        T(test_site_welcomes),
        T(test_haber_credit),
        T(test_byline_bar_date_and_dateline),
        T(test_date_glued),
        T(test_related_article_also),
        T(test_agency_mark),
        T(test_name_cases),
        T(test_title_heading),
        T(test_title_without_a_list_date),
        T(test_label_before_heading_keeps_heading_title),
        T(test_date_line_updated),
        T(test_date_line_with_time),
        T(test_byline_with_a_bar_left_at_its_end),
        T(test_label_names_no_one),
        T(test_dash_signature),
        T(test_reached_at),
        T(test_agency_byline),
        T(test_byline_date),
        T(test_author_label_affiliation),
        T(test_caption_name_agency),
        T(test_byline_with_title_and_media_fallback),
        T(test_caption_institution_credit),
        T(test_original_url_broken_by_space),
        T(test_original_url_broken_by_line_break),
        T(test_original_url_break_before_plain_word),
        T(test_bare_url),
        T(test_bare_url_continued_on_next_line),
        T(test_url_debris),
        T(test_entry_title),
        T(test_weather_label),
        T(test_glued_title),
        T(test_print_edition_named),
        T(test_dateline_date),
        T(test_place_kicker),
        T(test_source_agency),
        T(test_byline_role_label),
        T(test_slug_title),
        T(test_skip_links),
        T(test_file_label),
        T(test_image_alt_prefix),
        T(test_embeds_and_players),
        T(test_messenger_promo),
        T(test_share_prompt),
        T(test_promos_and_pointers),
        T(test_advertisement),
        T(test_sponsored_line),
        T(test_newsletter_prompt),
        T(test_copy_protection),
        T(test_counters_and_labels_as_sentences),
        T(test_cookie_notice),
        T(test_site_footer),
        T(test_page_number),
        T(test_heading_markup_kept_as_text),
        T(test_detect_moscowtimes_by_host),
        T(test_detect_menafn_by_dateline),
        T(test_read_also_tail_is_cut),
        T(test_signature_tail_is_cut),
        T(test_signature_glued_with_a_desk),
        T(test_trailing_chrome_is_cut),
        T(test_teaser_date_below_article_is_not_its),
        T(test_comments_moderated_notice),
        T(test_reading_time_is_chrome),
        T(test_detect_generic),
        T(test_other_outlet_naming_moscow_times),
        T(test_forced_profile),
        T(test_unknown_profile_refused),
        T(test_generic_source_from_host),
        T(test_generic_source_in_record),
        T(test_url_canonical_mt_pdf),
        T(test_url_canonical_menafn_social),
        T(test_word_count),
        T(test_fingerprint),
        T(test_traps_kept_moscowtimes),
        T(test_traps_kept_first_paragraph),
        T(test_traps_kept_menafn),
        T(test_copyright_paragraph_kept),
        T(test_contributed_to_the_report_kept),
        T(test_full_article_body_is_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
