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

/* a Russian report's paragraphs: each under 140 letters but over 140
 * bytes, where a length counted in bytes and one in letters differ */
#define RU_PROSE1                                                              \
    "В городе опять проблемы с водой: жители нескольких районов жалуются на слабый напор, а в некоторых домах воды нет совсем уже второй день, и в управляющих компаниях не могут сказать, когда её дадут.\n\n"
#define RU_PROSE2                                                              \
    "В администрации рассказали, что аварии нет, а на подстанциях проводят плановые работы, поэтому давление воды снижено, и вода с нормальным напором должна появиться в кранах до утра.\n\n"
#define RU_PROSE3                                                              \
    "Жители говорят, что такое происходит уже не в первый раз, и просят власти города наконец решить проблему, потому что без воды трудно жить и работать.\n\n"
#define RU_HEAD "Опять засуха: жителям половины города велели ждать воду\n\n"

/* a German report's and a Spanish one's paragraphs */
#define DE_PROSE1                                                              \
    "Die Sanierung der Bahngasse hat im April begonnen und sollte Ende Juni abgeschlossen sein, doch die Arbeiten dauern nun deutlich l\xC3\xA4nger als geplant, weil die Randsteine derzeit nicht lieferbar sind.\n\n"
#define DE_PROSE2                                                              \
    "Der B\xC3\xBCrgermeister sagte am Montag, dass die Asphaltdecke in der kommenden Woche aufgetragen werden soll und dass er mit einer Fertigstellung erst irgendwann im August rechnet.\n\n"
#define ES_PROSE1                                                              \
    "Los vecinos del barrio denuncian que llevan tres semanas sin agua potable en sus casas y que la empresa hidrol\xC3\xB3gica no ha dado respuesta a los reclamos que hicieron en sus oficinas.\n\n"
#define ES_PROSE2                                                              \
    "M\xC3\xA1s de mil familias son las afectadas por la situaci\xC3\xB3n, y los ni\xC3\xB1os y los ancianos de la comunidad son los m\xC3\xA1s vulnerables, seg\xC3\xBAn explic\xC3\xB3 uno de los vecinos del sector.\n\n"

/* a Turkish report's paragraphs */
#define TR_PROSE1                                                              \
    "K\xC3\xB6ylerin sakinleri, yayladan gelecek suyun ihaleye \xC3\xA7\xC4\xB1kmas\xC4\xB1na ra\xC4\x9Fmen hala evlerine verilmemesinden dert yan\xC4\xB1yor ve bu durumun bir an \xC3\xB6nce \xC3\xA7\xC3\xB6z\xC3\xBClmesini istiyorlar.\n\n"
#define TR_PROSE2                                                              \
    "Muhtarlar, valili\xC4\x9F"                                                \
    "e ve ilgili bakanl\xC4\xB1klara \xC5\x9Fikayette bulunduklar\xC4\xB1n\xC4\xB1 ve sorunun bu y\xC4\xB1l i\xC3\xA7inde \xC3\xA7\xC3\xB6z\xC3\xBClece\xC4\x9Fi s\xC3\xB6z\xC3\xBCn\xC3\xBC ald\xC4\xB1klar\xC4\xB1n\xC4\xB1 s\xC3\xB6yledi.\n\n"

/* a Russian fire report's last paragraphs */
#define RU_FIRE_PARA                                                           \
    "\xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD1\x80 \xD0\xBD\xD0\xB0"                \
    "\xD1\x87\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F \xD0\xB2 \xD0\xBE"               \
    "\xD0\xB4\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\xB8\xD0\xB7 \xD0\xBA"               \
    "\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD1\x80 \xD1\x82"                \
    "\xD1\x80\xD1\x91\xD1\x85\xD1\x8D\xD1\x82\xD0\xB0\xD0\xB6\xD0"             \
    "\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xB4\xD0\xBE\xD0\xBC\xD0"                \
    "\xB0. \xD0\x9F\xD0\xBE \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD0"              \
    "\xB2\xD0\xB0\xD1\x80\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C"             \
    "\xD0\xBD\xD1\x8B\xD0\xBC \xD0\xB4\xD0\xB0\xD0\xBD\xD0\xBD"                \
    "\xD1\x8B\xD0\xBC, \xD0\xBE\xD0\xB3\xD0\xBE\xD0\xBD\xD1\x8C "              \
    "\xD0\xBE\xD1\x85\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB8\xD0\xBB "                \
    "\xD0\xBA\xD1\x83\xD1\x85\xD0\xBD\xD1\x8E \xD0\xB8 \xD0\xBF"               \
    "\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBA\xD0\xB8\xD0\xBD\xD1\x83\xD0"             \
    "\xBB\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD1\x81\xD0\xBE\xD1"               \
    "\x81\xD0\xB5\xD0\xB4\xD0\xBD\xD1\x8E\xD1\x8E \xD0\xBA\xD0"                \
    "\xBE\xD0\xBC\xD0\xBD\xD0\xB0\xD1\x82\xD1\x83, \xD0\xB3\xD0"               \
    "\xB4\xD0\xB5 \xD0\xBD\xD0\xB0\xD1\x85\xD0\xBE\xD0\xB4\xD0"                \
    "\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C \xD0\xB6\xD0\xB8\xD0"                \
    "\xBB\xD1\x8C\xD1\x86\xD1\x8B.\n\n"
#define RU_FIRE_LAST                                                           \
    "\xD0\x9F\xD1\x80\xD0\xB8\xD1\x87\xD0\xB8\xD0\xBD\xD0\xB0 "                \
    "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB8\xD1\x81\xD1\x88\xD0\xB5\xD1"             \
    "\x81\xD1\x82\xD0\xB2\xD0\xB8\xD1\x8F \xD1\x83\xD1\x81\xD1"                \
    "\x82\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xB2\xD0\xBB\xD0\xB8\xD0\xB2"             \
    "\xD0\xB0\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F. \xD0\xA0\xD0\xB0"               \
    "\xD1\x81\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0"             \
    "\xB0\xD0\xBD\xD0\xB8\xD0\xB5\xD0\xBC \xD0\xB7\xD0\xB0\xD0"                \
    "\xB9\xD0\xBC\xD1\x83\xD1\x82\xD1\x81\xD1\x8F \xD1\x81\xD0"                \
    "\xBE\xD1\x82\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xBA"             \
    "\xD0\xB8 \xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xBE"                \
    "\xD0\xB2 \xD0\xB4\xD0\xBE\xD0\xB7\xD0\xBD\xD0\xB0\xD0\xBD"                \
    "\xD0\xB8\xD1\x8F \xD0\x9C\xD0\xA7\xD0\xA1 \xD0\xA0\xD0\xBE"               \
    "\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8.\n"
#define RU_FIRE_TAIL                                                           \
    "\xD0\xA0\xD0\xB0\xD1\x81\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0"             \
    "\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5\xD0\xBC \xD0"                \
    "\xB7\xD0\xB0\xD0\xB9\xD0\xBC\xD1\x83\xD1\x82\xD1\x81\xD1\x8F"

/* an Indonesian paragraph */
#define ID_PARA                                                                \
    "Kepala BPBD Banjarbaru mengakui bahwa bencana banjir memang masih "       \
    "menjadi momok di setiap musim hujan, sehingga pihaknya terus "            \
    "memetakan wilayah yang rawan di kota itu bersama para lurah.\n\n"

/* a paragraph with no sentence's end (a page is not read as one by it) */
#define NO_STOP_PARA                                                           \
    "Residents who spoke at the meeting said they were worried about the "     \
    "detour, but most of them agreed that the work could not wait much "       \
    "longer, and the question 'when will the bridge open again' was on "       \
    "everyone's lips'\n"

#define LEAD_IN_LIST                                                           \
    "Other highlights of the plan include:\n\n"                                \
    "A new lane for bicycles on the north side\n\n"                            \
    "2.0% more for the maintenance fund\n\n"                                   \
    "Approx. $389,005 for the state retirement fund\n\n"                       \
    "New lights along the river path\n\n"

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

/* The page's title printed first with more parts after the headline:
 * the first that names no section is the site's name. */
static void title_parts_name_the_site(void **state)
{
    static const char *const pages[][2] = {
        {"Council votes to close the bridge | Riverton Gazette | News\n\n",
         "Riverton Gazette"},
        {"Council votes to close the bridge | News | Riverton Gazette\n\n",
         "Riverton Gazette"},
        /* an author's or a section's name before the site's */
        {"Council votes to close the bridge | Jane Doe | Riverton "
         "Gazette\n\n",
         "Riverton Gazette"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(pages); i++) {
        char text[2048];
        nn_record *r;
        snprintf(text, sizeof text,
                 "%sCouncil votes to close the bridge\n\n" PROSE1 PROSE2,
                 pages[i][0]);
        r = norm(text);
        assert_string_equal(r->title, "Council votes to close the bridge");
        assert_non_null(r->source);
        assert_string_equal(r->source, pages[i][1]);
        nn_record_free(r);
    }
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

/* Pages and what their record shows: the title and the URL (NULL: not
 * checked; a URL "": none), what a title found does not start with, what the body starts with (NULL: not
 * checked), holds (in) and does not (out),
 * the rules that removed something.  `what` names the case. */
static const struct page_case {
    const char *what, *text, *title, *not_title, *url, *starts;
    const char *in[3], *out[6], *removed[2];
} page_cases[] = {
    /* Calls to action, known by their words of several kinds (a
     * newsletter, a subscription, a donation, a price, an offer, the
     * reader's inbox, "you", an exclamation): a newsletter box under the
     * text, one paragraph of it without "you" */
    {.what = "newsletter box in German",
     .text = "Baustelle in der Bahngasse dauert l\xC3\xA4nger\n\n" DE_PROSE1
         DE_PROSE2 "Keine Nachrichten aus Oberdorf mehr verpassen? Mit dem "
             "Kreisblatt-Newsletter bleibt ihr immer auf dem Laufenden und "
             "bekommt die Top-Storys direkt in euer Postfach! Gratis "
             "anmelden\n\n"
             "Jetzt gratis abonnieren und Aktionen alle 2 Wochen direkt ins "
             "Postfach erhalten.\n",
     .in = {"irgendwann im August rechnet."},
     .out = {"Newsletter", "Postfach"},
     .removed = {"newsletter"}},
    /* a short line that opens with "subscribe" under the text */
    {.what = "a subscription's cry under the text",
     .text =
         "\xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD1\x80 \xD0\xB2 \xD0\x9C\xD0\xB0\xD0\xB3\xD0\xB0\xD0\xB4\xD0\xB0\xD0\xBD\xD0\xB5\n\n" RU_FIRE_PARA
             RU_FIRE_LAST "\n"
         "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C \xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD1\x87\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB2\xD1\x8B\xD0\xBC\xD0\xB8\n",
     .out = {"\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1"},
     .removed = {"newsletter"}},
    /* a donation appeal, its last cry after an inverted mark */
    {.what = "donation appeal and its last cry",
     .text = "Tres semanas sin agua en el barrio\n\n" ES_PROSE1 ES_PROSE2
             "Pulsa aqu\xC3\xAD para apoyar la libertad de expresi\xC3\xB3n. "
             "Tu donaci\xC3\xB3n servir\xC3\xA1 para fortalecer nuestra "
             "plataforma digital.\n\n"
             "\xC2\xA1"
             "Contamos contigo!\n",
     .in = {"los vecinos del sector."},
     .out = {"Pulsa", "Contamos"},
     .removed = {"appeal"}},
    /* an offer set into the text, its button under it: the text goes on */
    {.what = "paywall offer inside the text",
     .text = "Baustelle in der Bahngasse dauert l\xC3\xA4nger\n\n" DE_PROSE1
             "F\xC3\xBCr nur 0,99 \xE2\x82\xAC alle Artikel auf "
             "kreisblatt.de lesen\n"
             "und im ersten Monat 9,00 \xE2\x82\xAC sparen!\n\n"
             "Jetzt sichern!\n\n" DE_PROSE2,
     .in = {"nicht lieferbar sind.", "irgendwann im August rechnet."},
     .out = {"0,99", "Jetzt sichern"},
     .removed = {"paywall"}},
    /* an offer to the reader with no price, under a heading that a rule
     * drops */
    {.what = "access pass offer under the text",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Subscribe\n\nGet an all ACCESS PASS to the News and your "
             "Digital Edition with an online subscription\n",
     .in = {"keep them informed as it goes."},
     .out = {"ACCESS PASS"},
     .removed = {"paywall"}},
    {.what = "comment prompt under the text",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "You must be Registered or to post comment or to vote.\n",
     .in = {"keep them informed as it goes."},
     .out = {"Registered"},
     .removed = {"comments"}},
    /* a blog host's footer in the blog's language under the post */
    {.what = "blog host's footer",
     .text = "Tres semanas sin agua en el barrio\n\n" ES_PROSE1 ES_PROSE2
             "Con la tecnolog\xC3\xAD"
             "a de Blogger.\n",
     .in = {"los vecinos del sector."},
     .out = {"Blogger"},
     .removed = {"footer"}},
    /* an illustration's caption printed twice over a lead dense in
     * names, a "read also" label between the lead and the text */
    {.what = "illustration caption and a lead dense in names",
     .text =
         "Warga Desa Sukamaju Tolak Tambang Pasir?\n"
         "\n"
         "Warga Desa Sukamaju berunjuk rasa - ilustrasi\n"
         "Warga Desa Sukamaju berunjuk rasa - ilustrasi\n"
         "\n"
         "CIANJUR SELATAN, KabarDesa Ratusan warga Desa Sukamaju Kecamatan Cibinong Kabupaten Cianjur menggelar unjuk rasa menolak tambang pasir PT Sinar Jaya Abadi, Senin pagi, 6 Desember 2021.\n"
         "\n"
         "Kapolsek Cibinong AKP Dedi Suryadi SH MH memimpin langsung pengamanan aksi warga Desa Sukamaju di depan Kantor Desa, Senin siang.\n"
         "\n"
         "Bacaan Lainnya\n"
         "\n"
         "Namun para warga ternyata sudah lama merasa tidak didengar oleh pemerintah desa dan pihak perusahaan yang akan membuka tambang itu.\n"
         "\n"
         "\xE2\x80\x9CKami tidak ingin sawah kami rusak karena tambang, kami sudah berkali-kali datang ke kantor desa,\xE2\x80\x9D kata salah seorang warga kepada wartawan.\n"
         "\n"
         "Hingga berita ini diturunkan, belum ada tanggapan dari pihak perusahaan. Pihak pemerintah kabupaten masih dalam upaya dikonfirmasi.\n"
         "\n"
         "Pos terkait\n",
     .title = "Warga Desa Sukamaju Tolak Tambang Pasir?",
     .starts = "CIANJUR SELATAN, KabarDesa Ratusan warga",
     .in = {"AKP Dedi Suryadi"},
     .out = {"ilustrasi", "Bacaan", "Pos terkait"}},
    /* a widget's heading with a box-drawing mark before it */
    {.what = "'━ more like this': a widget's heading",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "\xE2\x94\x81 more like this\n\n" PROSE3,
     .out = {"more like this"}},
    /* the page's head: a breadcrumb, the headline, "Von: NAME" and the
     * link to its comments ("Kommentare") over a caption whose credit
     * follows a copyright sign after its full stop, then the article */
    {.what = "'Kommentare' under the byline, a caption ending in its credit",
     .text = "1. Stadtanzeiger\n"
             "  2. Region\n\n"
             "Rathaus muss Schutt in der Feriensiedlung wegr\xC3\xA4umen\n\n"
             "Erstellt:\n\n"
             "Von: Stefan Wieczorek\n\n"
             "Kommentare\n\n"
             "Ein Weg in der Siedlung, Reste und Abf\xC3\xA4lle.\n"
             "Schutt in der Feriensiedlung: das Rathaus muss "
             "aufr\xC3\xA4umen. \xC2\xA9 Thomas Harms\n\n"
             "Seit Wochen beobachtete ein Anwohner, wie in der "
             "Feriensiedlung Bauschutt und Abf\xC3\xA4lle abgeladen wurden, "
             "und er schrieb dem Rathaus mehrere Briefe, bis die Stadt "
             "reagierte.\n\n"
             "Die Stadt hat den Schutt inzwischen abholen lassen und will "
             "die Baufirma in Zukunft st\xC3\xA4rker kontrollieren, sagte "
             "ein Sprecher der Verwaltung am Montag.\n",
     .title = "Rathaus muss Schutt in der Feriensiedlung wegr\xC3\xA4umen",
     .starts = "Seit Wochen beobachtete",
     .in = {"Sprecher der Verwaltung"},
     .out = {"Kommentare", "Thomas Harms", "Reste und"}},
    /* under points with no full stop, "Leave a comment" still ends the
     * article: the comments are the text that follows it */
    {.what = "points with no full stop, then the comments",
     .text = "Budget 2025: the key measures at a glance\n\n"
             "By Helen Carter\n\n"
             "3 May 2025\n\n"
             "\xE2\x80\xA2 Income tax thresholds will stay frozen until "
             "April 2028, meaning around 400,000 more people will be pulled "
             "into the higher rate band as wages rise\n\n"
             "\xE2\x80\xA2 Fuel duty will be frozen for another twelve "
             "months at a cost of around three billion to the Treasury, "
             "with the temporary cut extended\n\n"
             "Leave a comment\n\n"
             "I drove down Ashton Road this morning and the potholes are so "
             "deep you could lose a wheel. About time something was done "
             "about it, but why does it always take until summer?\n\n"
             "Another freeze on thresholds is just a tax rise by the back "
             "door. They should be honest about it instead of pretending "
             "they are helping working families.\n",
     .out = {"potholes", "back door", "Leave a comment"}},
    /* a blog's index: a teaser's headline, its byline and "Leave a
     * comment", then the post on the page with its own byline */
    {.what = "a blog index: the post's headline, not the teaser's",
     .text = "Riverside Ramblings\n\n"
             "The lost cinemas of Riverside\n\n"
             "By Margaret Ellis\n\n"
             "Leave a comment\n\n"
             "When the trams stopped running: Riverside in 1952\n\n"
             "By Margaret Ellis\n\n"
             "April 28, 2025\n\n" PROSE1 PROSE2 PROSE3,
     .title = "When the trams stopped running: Riverside in 1952"},
    /* a paragraph signed "© Name", a notice quoted: the text's, not a
     * caption's credit */
    {.what = "'\xC2\xA9 Name' under a paragraph, a quoted notice",
     .text = "Council approves bridge plan\n\n" PROSE1
             "On the side of every box, in small grey letters, was printed: "
             "Made in Denmark. \xC2\xA9 Brickworks Group\n\n" PROSE2
             "But last week my daughter wrote back, two pages, about her "
             "exams. I read it three times and put it in the shoebox with "
             "the others. \xC2\xA9 Mary Collins\n",
     .in = {"Brickworks Group", "Mary Collins"}},
    /* a wrapped sentence going on with a lower-case word and a colon,
     * then text in lower case: still one paragraph */
    {.what = "a wrapped line going on with 'warning: the court heard'",
     .text = "Water company fined over sewage spills\n\n"
             "By Tom Whitfield\n"
             "May 3, 2025\n\n"
             "A water company has been fined two million after admitting "
             "that raw\n"
             "sewage was allowed to pour into a river for more than two days "
             "because\n"
             "an alarm at a pumping station had been switched off by an "
             "engineer who\n"
             "was trying to stop it\n"
             "warning: the court heard it had gone off more than 300 times "
             "in a week.\n\n"
             "The judge said the company had shown a cavalier disregard for "
             "the\n"
             "environment and that the spill had killed thousands of fish "
             "along a\n"
             "three-mile stretch of the river, which is popular with anglers "
             "and\n"
             "swimmers during the summer months.\n",
     .starts = "A water company has been fined",
     .in = {"stop it warning: the court heard"}},
    /* the site's motto over the headline, sharing a word with the text
     * but summing it up much less than the headline does */
    {.what = "a site's motto over the headline",
     .text =
         "Proudly serving the river towns and their bridges\n\n"
         "Council approves plan to close the old bridge for repairs\n\n" PROSE1
             PROSE2 PROSE3,
     .title = "Council approves plan to close the old bridge for repairs"},
    /* a line opening with a label in lower case ("error:") goes on no
     * sentence of the line above: the byline printed again and a
     * copy-protection plugin's alert, each gone */
    {.what = "'error: Content is protected !!' under a repeated byline",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "By Our Correspondent Updated: Apr 07, 2020 11:40:00 pm\n"
             "error: Content is protected !!\n",
     .out = {"Content is protected", "Correspondent"}},
    /* "you might be interested in" alone on its line: a widget's
     * heading, not the text */
    {.what = "'TI POTREBBERO INTERESSARE' under the text",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "TI POTREBBERO INTERESSARE\n\n" PROSE3,
     .out = {"POTREBBERO"}},
    /* two widgets' headings one over the other under the text ("Les plus
     * lus" / "Publications Similaires"), other stories under them */
    {.what = "two widget headings under the text",
     .text =
         "Le conseil approuve le plan du pont\n\n"
         "Le conseil municipal a vot\xC3\xA9 mardi soir le plan de r\xC3\xA9novation du vieux pont, qui sera ferm\xC3\xA9 pendant six mois le temps de remplacer le tablier et de r\xC3\xA9parer les piles ab\xC3\xAEm\xC3\xA9"
         "es.\n\n"
         "Les habitants pr\xC3\xA9sents \xC3\xA0 la r\xC3\xA9union ont dit qu\xE2\x80\x99ils craignaient les d\xC3\xA9tours, mais la plupart ont reconnu que les travaux ne pouvaient plus attendre et ont demand\xC3\xA9 \xC3\xA0 \xC3\xAAtre tenus inform\xC3\xA9s.\n\n"
         "Le maire a promis de publier chaque semaine l\xE2\x80\x99"
         "avancement du chantier sur le site de la commune et de tenir une nouvelle r\xC3\xA9union publique au printemps.\n\n"
         "Les plus lus\n\n"
         "Publications Similaires\n\n"
         "SIMILAIRES\n\n"
         "Justice : \xC3\xA0 la campagne \xC2\xAB il reste \xC3\xA9norm\xC3\xA9ment \xC3\xA0 faire \xC2\xBB\n\n"
         "Tribunaux en ruine, juges de passage et avocats d\xC3\xA9"
         "bord\xC3\xA9s\xE2\x80\xA6 Dans les villages, se faire entendre par la justice rel\xC3\xA8ve parfois du parcours du combattant, et les habitants attendent des mois une audience. Enqu\xC3\xAAte sur un syst\xC3\xA8me en mode survie.\n\n"
         "Tribune \xE2\x80\x93 La la\xC3\xAF"
         "cit\xC3\xA9 120 ans apr\xC3\xA8s, quel avenir pour un principe en tension ?\n\n"
         "\xC2\xAB R\xC3\xA9"
         "enchanter la la\xC3\xAF"
         "cit\xC3\xA9 \xC2\xBB, c\xE2\x80\x99"
         "est ce que nous propose un enseignant de l\xE2\x80\x99universit\xC3\xA9, qui revient sur l\xE2\x80\x99histoire de la loi de 1905 et sur les d\xC3\xA9"
         "bats qu\xE2\x80\x99"
         "elle suscite encore aujourd\xE2\x80\x99hui dans les \xC3\xA9"
         "coles et les mairies du pays, et qui ouvrent le d\xC3\xA9"
         "bat\n\n"
         "Les abeilles, piliers de la biodiversit\xC3\xA9 et de l\xE2\x80\x99"
         "agriculture\n\n"
         "Gr\xC3\xA2"
         "ce \xC3\xA0 une convention-cadre, le\n",
     .in = {"au printemps."},
     .out = {"Tribunaux", "ouvrent le d\xC3\xA9"
                          "bat"}},
    /* false friends: stories that tell of subscriptions, prices and
     * newsletters, or quote someone asking the reader */
    {.what = "story about subscriptions and a quoted appeal",
     .text = "Streaming service raises its prices\n\n" PROSE1
             "The standard subscription will now cost $15.49 per month, up "
             "from $13.99. Subscribers on the basic plan will pay $9.99 per "
             "month, the company told subscribers in a newsletter.\n\n"
             "\"If you haven't voted yet, please register and vote,\" the "
             "clerk said. About 2.5 million registered voters are eligible "
             "to vote.\n\n" PROSE2,
     .in = {"Subscribers on the basic plan", "registered voters"}},
    /* a count of comments glued to the headline, the headline printed
     * bare under it */
    {.what = "count glued to the headline",
     .text = "Vandals wreck another bus stop8\n\nVandals wreck another bus "
             "stop\n\n" PROSE1 PROSE2,
     .title = "Vandals wreck another bus stop"},
    /* where the picture was taken, alone under the headline */
    {.what = "picture's place under the headline",
     .text = "Council approves bridge plan\n\nRiverton Harbour, "
             "Northland.\n\n" PROSE1 PROSE2,
     .starts = "The council voted",
     .out = {"Riverton Harbour"}},
    /* false friends: the outlet's "our" is no address to the reader; an
     * answer that opens with a consent verb; a box of two widgets set
     * into the text, the article going on under it */
    {.what = "our readers, a consent verb, a box inside the text",
     .text = "Holiday food drive breaks record\n\n" PROSE1
             "Our readers contributed about a quarter of the total. "
             "Residents can make a donation through the pantry network, and "
             "volunteers can sign up for shifts.\n\n"
             "I agree to a point, the organizer said, but in terms of "
             "volunteers the drive still needs more help.\n\n" PROSE2
             "Related\n\nMost Read\n\nTeachers rally for higher pay at "
             "district office\n\n" PROSE3,
     .in = {"Our readers contributed", "I agree to a point",
            "second phase of the repairs"}},
    /* false friend: a story about a paywall tells of logging in and
     * subscribing, asking nothing of the reader */
    {.what = "story about a paywall",
     .text = "Paper starts metered paywall\n\n" PROSE1
             "After the seventh article is read free of charge, readers "
             "will see a box telling them that they can either log in or "
             "subscribe.\n\n" PROSE2,
     .in = {"either log in or subscribe."}},
    {.what = "inline links keep their text",
     .text = "# A title of some length here\n\n"
             "The [electric Gran Turismo](https://x.example/gt) was "
             "shown in Geneva, and **nobody** expected it to be so "
             "quiet on the road that _everyone_ in the room could "
             "hear the rain on the roof of the old hall.\n\n" PROSE1 PROSE2,
     .in = {"The electric Gran Turismo was shown in Geneva, and nobody "
            "expected",
            "that everyone in the room"},
     .out = {"](", "**"}},
    {.what = "emphasis markers only at word edges",
     .text = "# Snake case and arithmetic survive\n\n"
             "See [the docs](https://d.example/) where the "
             "variable max_line_len is set to 5 * 3 and the "
             "function is called by the tool when the input file "
             "is read by the parser at the very start of the "
             "run.\n\n" PROSE1 PROSE2,
     .in = {"max_line_len is set to 5 * 3"}},
    {.what = "subheadings and content lists stay",
     .text = NAV "# Council approves bridge plan\n\n" PROSE1
                 "## What happens next\n\n" PROSE2
                 "- The bridge closes on March 1.\n"
                 "- Buses will use the Elm Street detour.\n"
                 "- Work ends in the autumn.\n\n" PROSE3 FOOTER,
     .in = {"last year.\n\nWhat happens next\n\nResidents who",
            "goes.\n\nThe bridge closes on March 1.\n\nBuses will use the "
            "Elm Street detour.\n\nWork ends in the autumn.\n\nThe mayor"},
     .out = {"Most read"}},
    {.what = "caption after image goes",
     .text = "# Council approves bridge plan\n\n" PROSE1
             "![The bridge](https://g.example/b.jpg)\n\n"
             "_The old bridge at dusk. Photo: Ana Lima_\n\n" PROSE2 PROSE3,
     .out = {"dusk"},
     .removed = {"image-caption"}},
    /* the sentence itself stays, once */
    {.what = "pull quote copy goes",
     .text = NAV "# Council approves bridge plan\n\n" PROSE1
                 "> \"Most of them agreed that the work could not "
                 "wait much longer\"\n\n" PROSE2 PROSE3,
     .in = {"agreed that the work could not wait"},
     .removed = {"pull-quote"}},
    {.what = "links broken across lines are joined",
     .text = "[Skip to Main\nContent](https://g.example/#main)\n\n"
             "# Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3,
     .out = {"Content"},
     .removed = {"navigation"}},
    /* Found by the fuzzer: "%F2" decoded alone is not UTF-8; it stays an
     * escape, so that the URL (and the XML holding it) stays valid. */
    {.what = "a setext heading right under Jina's label is the headline",
     .text = "Title: Update: Westminster Barracks / Shooting investigation\n\n"
             "URL Source: https://news.example/article/5676/update-westminster"
             "-barracks-shooting-investigation\n\nMarkdown Content:\n"
             "Update: Westminster Barracks / Shooting investigation\n"
             "=====================================================\n"
             "STATION: Westminster Barracks\n"
             "INCIDENT TYPE: Shooting investigation\n\n" PROSE1 PROSE2,
     .title = "Update: Westminster Barracks / Shooting investigation"},
    {.what = "a link glued to a sentence's end is cut, and no headline",
     .text = "MONTGOMERY COUNTY, Md. (WJZ) \xE2\x80\x94 The library in the "
             "county reopened Saturday with a ribbon-cutting ceremony.\n"
             "The branch was closed for renovations and this event marked the "
             "official reopening.READ MORE: Man Shot, Killed In A Bowling "
             "Alley\n" PROSE1 PROSE2 "The refurbishment cost $1.1 million."
             "\xE2\x80\x9DMORE NEWS: Nine New Cases Reported As Metrics Fall\n",
     .starts = "MONTGOMERY COUNTY",
     .in = {"official reopening.\n", "cost $1.1 million."},
     .out = {"READ MORE", "MORE NEWS", "Bowling"},
     .removed = {"read-also"}},
    {.what = "a caption ending in its photographer's name in capitals",
     .text = "Los vecinos asistieron a la inauguraci\xC3\xB3n del parque\n\n"
             "El pasado viernes se inaugur\xC3\xB3 el parque de la "
             "Constituci\xC3\xB3n, situado en la fachada principal del "
             "edificio del colegio p\xC3\xBA"
             "blico de la localidad.\n\n"
             "Las actuaciones que se han llevado a cabo han consistido en la "
             "recuperaci\xC3\xB3n de la fuente y la instalaci\xC3\xB3n de "
             "iluminaci\xC3\xB3n, adem\xC3\xA1s de adaptar el espacio a las "
             "normas de accesibilidad.\n\n"
             "El acto de inauguraci\xC3\xB3n congreg\xC3\xB3 all\xC3\xAD a "
             "todo el equipo de Gobierno que acompa\xC3\xB1\xC3\xB3 al "
             "alcalde de la localidad durante la presentaci\xC3\xB3n.\n\n"
             "Los vecinos de la calle asistieron al acto que cont\xC3\xB3 con "
             "la actuaci\xC3\xB3n del grupo de Leo Garc\xC3\xAD"
             "a MAR\xC3\x8D"
             "A FORTUNA\n\nPreviamen",
     .out = {"FORTUNA"}},
    {.what = "a sentence and acronyms in capitals are no captions",
     .text = "# Council approves bridge plan\n\n" PROSE1
             "The council met the FBI and the EPA in the old town HALL TODAY."
             "\n\n## Council backs plan for NEW YORK BRIDGE\n\n" PROSE1,
     .in = {"HALL TODAY.", "NEW YORK BRIDGE"}},
    {.what = "a caption by its opening words",
     .text = "Attualit\xC3\xA0\n\nPennabilli\n\n| 14:34 - 28 Maggio 2022\n\n"
             "Un momento dell'inaugurazione della nuova scuola materna del "
             "paese.\n\n\n\nTaglio del nastro questa mattina a Pennabilli "
             "per la scuola materna, dopo un intervento di riqualificazione "
             "da duecentomila euro, con i fondi ministeriali ottenuti "
             "dall'amministrazione comunale. Il sindaco, presente "
             "all'inaugurazione assieme al primo cittadino del paese vicino, "
             "ha sottolineato che i lavori sono stati a costo zero per il "
             "comune e che la scuola riaprir\xC3\xA0 a settembre.\n\n"
             "In the photographs released on Monday the bridge looks new.\n",
     .starts = "Taglio del nastro",
     .in = {"In the photographs released"},
     .out = {"Un momento"}},
    {.what = "a caption by its opening words and a colon",
     .text = "Gemeinderat beschlie\xC3\x9Ft Sanierung der alten "
             "Br\xC3\xBC"
             "cke\n\n"
             "Der Gemeinderat hat am Dienstag beschlossen, die alte "
             "Br\xC3\xBC"
             "cke f\xC3\xBCr sechs Monate zu sperren, "
             "w\xC3\xA4hrend die Fahrbahn erneuert wird.\n\n"
             "Auf dem Bild: der B\xC3\xBCrgermeister und die Ingenieure an "
             "der alten Br\xC3\xBC"
             "cke.\n\n"
             "Die Anwohner, die bei der Sitzung sprachen, sorgten sich um die "
             "Umleitung, doch die meisten stimmten zu.\n",
     .in = {"Die Anwohner"},
     .out = {"Auf dem Bild"}},
    {.what = "a caption by its label",
     .text = "Rentr\xC3\xA9"
             "e au coll\xC3\xA8ge de la ville\n\n"
             "La rentr\xC3\xA9"
             "e s'est faite lundi matin au coll\xC3\xA8ge "
             "de la ville, o\xC3\xB9 les \xC3\xA9l\xC3\xA8ves ont "
             "d\xC3\xA9"
             "couvert les nouveaux b\xC3\xA2timents et leurs "
             "professeurs, sous le regard des parents venus nombreux.\n\n"
             "L\xC3\xA9gende photo : Le principal du coll\xC3\xA8ge (\xC3\xA0 "
             "gauche) accueillait de nombreux invit\xC3\xA9s dont le "
             "pr\xC3\xA9sident du conseil (au centre). Le recteur \xC3\xA9tait "
             "l\xC3\xA0 aussi.\n\n"
             "Le principal a rappel\xC3\xA9 que les travaux avaient "
             "dur\xC3\xA9 deux ans et que le coll\xC3\xA8ge accueillait "
             "d\xC3\xA9sormais six cents \xC3\xA9l\xC3\xA8ves venus de "
             "toute la vall\xC3\xA9"
             "e.\n",
     .in = {"Le principal a rappel"},
     .out = {"gende photo", "accueillait de nombreux"}},
    {.what = "a caption's note in brackets before its credit",
     .text = "Die Aufwendungen der Stadt steigen rasant an. (Symbolfoto) "
             "Foto: Kzenon - stock.adobe.com\n\n"
             "Neuer Kindergarten in der Eisenbahnstra\xC3\x9F"
             "e. Alle Einrichtungen kommen an die Kapazit\xC3\xA4tsgrenzen."
             "\n\nDie Stadt muss kr\xC3\xA4"
             "ftig in den Ausbau der "
             "Kinderbetreuungspl\xC3\xA4tze investieren. Das Geld ist aber "
             "knapp. Jetzt werden die Krippengeb\xC3\xBChren in den "
             "n\xC3\xA4"
             "chsten Jahren massiv nach oben geschraubt.\n",
     .out = {"Symbolfoto", "Aufwendungen"}},
    {.what = "a summary that runs the next paragraphs together goes",
     .text = "# Council approves bridge plan\n\n"
             "The repairs will be accepted soon. \xD0\xA4\xD0\xBE\xD1\x82"
             "\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0\xD1\x84\xD0\xB8\xD1\x8F"
             " \xC2\xA9: Personal page of the mayor The council voted on "
             "Tuesday to approve the plan to close the bridge.\n\n"
             "The repairs will be accepted soon.\n\n"
             "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0"
             "\xD1\x84\xD0\xB8\xD1\x8F \xC2\xA9: Personal page of the mayor"
             "\n\nThe council voted on Tuesday to approve the plan to close "
             "the bridge.\n\n" PROSE2 PROSE3,
     .starts = "The repairs will be accepted soon.\n\nThe council voted",
     .out = {"Personal page"}},
    {.what = "the headline and standfirst again as a caption below",
     .text = "Fire at a scrapyard in Domicella, police investigate\n\n"
             "The fire had spread to a house next door, declared partly "
             "unfit to live in. Firefighters made the area safe\n\n"
             "Fire at a scrapyard in Domicella, where the police are "
             "investigating the cause of the blaze that broke out overnight "
             "in the area of the scrapyard.\n\n" PROSE1 PROSE2
             "Fire at a scrapyrd in Domicella, police investigate. The fire "
             "had spread to a house next door, declared partly unfit to "
             "live in\n\n",
     .title = "Fire at a scrapyard in Domicella, police investigate",
     .in = {"where the police are investigating"},
     .out = {"scrapyrd"}},
    {.what = "a comment form's heading in other words ends the text",
     .text =
         "Prefeito entrega cal\xC3\xA7"
         "amentos no bairro\n\n"
         "O prefeito fez a entrega esta semana da pavimenta\xC3\xA7\xC3\xA3o "
         "de seis ruas do bairro Jardim. Ele esteve com o secret\xC3\xA1rio "
         "de Obras do munic\xC3\xADpio verificando a conclus\xC3\xA3o das "
         "obras. A entrega foi simb\xC3\xB3lica para evitar "
         "aglomera\xC3\xA7\xC3\xA3o.\n\n"
         "Deixe seu coment\xC3\xA1rio\n\n"
         "O seu endere\xC3\xA7o de e-mail n\xC3\xA3o ser\xC3\xA1 "
         "publicado. Campos obrigat\xC3\xB3rios s\xC3\xA3o marcados com "
         "*\n",
     .in = {"aglomera\xC3\xA7\xC3\xA3o."},
     .out = {"Deixe seu", "publicado"}},
    {.what = "a rewritten release's source link ends it",
     .text = "Unbekannter Fahrer besch\xC3\xA4"
             "digt Baum an der "
             "Landesstra\xC3\x9F"
             "e\n\n"
             "Gestern hat die Stra\xC3\x9F"
             "enmeisterei einen gro\xC3\x9F"
             "en Schaden an der Landesstra\xC3\x9F"
             "e gemeldet. Die Beamten "
             "der Polizeistation suchen nun nach dem Verursacher.\n\n"
             "Ein unbekannter Fahrer muss mit seinem Fahrzeug die Stra\xC3\x9F"
             "e in Richtung der M\xC3\xBChle befahren haben. Das Fahrzeug kam "
             "nach den Spuren von der Fahrbahn ab und prallte frontal gegen "
             "einen Baum. Durch die Wucht brach der Baum ab und wurde einige "
             "Meter in das angrenzende Feld geschoben. Ob es dem Fahrer "
             "alleine gelungen ist, das Fahrzeug zur\xC3\xBC"
             "ck auf die "
             "Stra\xC3\x9F"
             "e zu bringen, ist unbekannt.\n\n"
             "Hinweise werden unter der Telefonnummer der Polizeistation "
             "oder per E-Mail entgegengenommen.\n\nKontakt:\n\n"
             "Polizeidirektion\nPressestelle\nTelefon: 0451-131-2015\n\n"
             "Hier geht es zur Originalquelle\n\n"
             "Statistiken zu Verkehrsunf\xC3\xA4llen im Land f\xC3\xBCr "
             "2022\n\nIm Jahr 2022 gab es in dem Land insgesamt 82.697 "
             "Verkehrsunf\xC3\xA4lle. Davon waren 11.651 Unf\xC3\xA4lle mit "
             "Personenschaden, was 14,09 Prozent entspricht. Schwere "
             "Unf\xC3\xA4lle mit nur Sachschaden machten 2,12 Prozent aus, "
             "was 1.753 Unf\xC3\xA4llen entspricht.\n",
     .in = {"entgegengenommen."},
     .out = {"Originalquelle", "82.697"}},
    {.what = "share link keeps non-ASCII escapes",
     .text = "# Council approves bridge plan\n\n"
             "[Pin](https://www.pinterest.com/pin/create/button/"
             "?url=https%3A%2F%2Fg.example%2Fa%F2b)\n\n" PROSE1 PROSE2,
     .url = "https://g.example/a%F2b"},
    /* Only share buttons name the page: a redirect's "?url=" does not. */
    {.what = "redirect link names no URL",
     .text = "# Council approves bridge plan\n\n"
             "[Ad](https://ads.example/click?url=https%3A%2F%2F"
             "shop.example%2F)\n\n" PROSE1 PROSE2,
     .url = ""},
    /* Found in review: a heading whose last word ends in '#' keeps it. */
    {.what = "heading keeps a final hash",
     .text = NAV "# Why I still write C#\n\n" PROSE1 PROSE2,
     .title = "Why I still write C#"},
    /* Found in review: a lone heading at the page's end is no headline;
     * the article above it stays. */
    {.what = "headline stands above its text",
     .text = NAV PROSE1 PROSE2 PROSE3 "# Subscribe to our newsletter\n",
     .in = {"The council voted on Tuesday", "south side."}},
    /* a kicker in capitals glued to a headline in sentence case goes to
     * extra.kicker (title.c's kicker_len); an acronym and a headline
     * in title case stay whole */
    /* html2text wraps headings too: the heading's second line is its */
    {.what = "wrapped heading",
     .text =
         "# Council approves the plan to close the old bridge for six months while crews\n"
         "replace the deck\n"
         "\n"
         "The council voted on Tuesday to approve the plan, which will close the bridge\n"
         "for six months while crews replace the deck and repair the supports that an\n"
         "inspection found to be in poor condition last year. Residents who spoke at the\n"
         "meeting said they were worried about the detour, but most of them agreed that\n"
         "the work could not wait much longer, and several asked the city to keep them\n"
         "informed as it goes.\n"
         "\n"
         "The mayor said that the city would post updates on its website every week and\n"
         "that it would hold another meeting in the spring, before the second phase of\n"
         "the repairs is due to begin on the south side of the river.\n",
     .title = "Council approves the plan to close the old bridge for six "
              "months while crews replace the deck"},
    {.what = "kicker glued to the headline",
     .text = "ECONOMIA Governo anuncia novo pacote de medidas para a "
             "indústria\n\n" PROSE1 PROSE2,
     .title = "Governo anuncia novo pacote de medidas para a indústria"},
    {.what = "a headline with a full stop that the address spells",
     .text =
         "https://news.example/2021/06/12/%d0%bc%d0%be%d1%81%d1%82-%d0%b7%d0%b0%d0%ba%d1%80%d0%be%d1%8e%d1%82-%d0%bd%d0%b0-%d0%bf%d0%be%d0%bb%d0%b3%d0%be%d0%b4%d0%b0/\n\n\xD0\x9C\xD0\xBE\xD1\x81\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD1\x8E\xD1\x82 \xD0\xBD\xD0\xB0 \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0.\n\n\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 \xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xB2\xD0\xBE \xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xBD\xD0\xB8\xD0\xBA \xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBB \xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD, \xD0\xBF\xD0\xBE \xD0\xBA\xD0\xBE\xD1\x82\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBC\xD1\x83 \xD1\x81\xD1\x82\xD0\xB0\xD1\x80\xD1\x8B\xD0\xB9 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD1\x8E\xD1\x82 \xD0\xBD\xD0\xB0 \xD1\x88\xD0\xB5\xD1\x81\xD1\x82\xD1\x8C \xD0\xBC\xD0\xB5\xD1\x81\xD1\x8F\xD1\x86\xD0\xB5\xD0\xB2, \xD0\xBF\xD0\xBE\xD0\xBA\xD0\xB0 \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x87\xD0\xB8\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x8F\xD1\x82 \xD0\xBD\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8\xD0\xBB \xD0\xB8 \xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB8\xD1\x80\xD1\x83\xD1\x8E\xD1\x82 \xD0\xBE\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8B.\n\n\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8, \xD0\xB2\xD1\x8B\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xB8\xD0\xB2\xD1\x88\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xB0 \xD1\x81\xD0\xBE\xD0\xB1\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8, \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB\xD0\xB8, \xD1\x87\xD1\x82\xD0\xBE \xD0\xB8\xD1\x85 \xD0\xB1\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xB8\xD1\x82 \xD0\xBE\xD0\xB1\xD1\x8A\xD0\xB5\xD0\xB7\xD0\xB4, \xD0\xBD\xD0\xBE \xD0\xB1\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x88\xD0\xB8\xD0\xBD\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C, \xD1\x87\xD1\x82\xD0\xBE \xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD0\xBD\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB7\xD1\x8F \xD0\xBE\xD1\x82\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xB4\xD1\x8B\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C \xD0\xB5\xD1\x89\xD1\x91 \xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x88\xD0\xB5.\n",
     .title =
         "\xD0\x9C\xD0\xBE\xD1\x81\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD1\x8E\xD1\x82 \xD0\xBD\xD0\xB0 \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0."},
    /* nothing else reads as the headline: the top line, a sentence of
     * a few words over a paragraph three times as long, is one */
    {.what = "a headline with a full stop at the top",
     .text = "Council closes the old bridge for six months.\n\n"
             "The council voted on Tuesday to approve the plan, which will "
             "close the bridge for six months while crews replace the deck "
             "and repair the supports that an inspection found to be in poor "
             "condition last year, and residents who spoke at the meeting "
             "said they were worried about the detour.\n\n" PROSE2,
     .title = "Council closes the old bridge for six months."},
    {.what = "a breadcrumb as a list names the headline, not the ticker's",
     .text = "Newsticker\n\nStates and towns agree to limit public parties "
             "to fifty guests\n  1. Home\n  2. Local (Riverton)\n  3. Police "
             "search the visitors at the county court\n\nRiverton\n\n"
             "13.07.2010\n\nPolice search the visitors at the county court"
             "\n\n" PROSE1 PROSE2,
     .title = "Police search the visitors at the county court"},
    {.what = "a place, a weekday and a date on the first line is no headline",
     .text = "S\xC3\xA3o Paulo, segunda-feira, 14 de abril de 1997\nTexto "
             "Anterior | Pr\xC3\xB3ximo Texto | \xC3\x8D"
             "ndice\n\nCidade quer "
             "esticar as f\xC3\xA9rias dos turistas\n\n" PROSE1 PROSE2
             "Clique aqui para deixar coment\xC3\xA1rios e sugest\xC3\xB5"
             "es "
             "para o ombudsman.\n",
     .title = "Cidade quer esticar as f\xC3\xA9rias dos turistas",
     .out = {"Clique aqui"},
     .removed = {"after-article: comments"}},
    {.what = "a menu printed on one line is no headline",
     .text = "Riverton Daily\nSubscribe - Riverton - Elm Creek - Oakville - "
             "Brookside - Millbrook\n\n\nCouncil approves the plan to close "
             "the old bridge...\n\n" PROSE1 PROSE2,
     .title = "Council approves the plan to close the old bridge..."},
    {.what = "breadcrumb glued to the headline",
     .text = "InicioPOL\xC3\x8DTICAVisitar\xC3\xA1 el alcalde el puente viejo "
             "el s\xC3\xA1"
             "bado\n\n" PROSE1 PROSE2,
     .title = "Visitar\xC3\xA1 el alcalde el puente viejo el s\xC3\xA1"
              "bado"},
    {.what = "acronym opening a headline",
     .text = "UNICEF warns of hunger after the floods in the south\n\n" PROSE1
         PROSE2,
     .title = "UNICEF warns of hunger after the floods in the south"},
    {.what = "title case after capitals",
     .text = "BREAKING News Crews Rush To The Flooded Bridge\n\n" PROSE1 PROSE2,
     .title = "BREAKING News Crews Rush To The Flooded Bridge"},
    {.what = "writer's bio after the article goes",
     .text = "# Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "Kelly Hayes studied journalism at the University of Florida "
             "and covers local government. You can reach Kelly at "
             "kelly@g.example.\n\n",
     .in = {"on the south side."},
     .out = {"studied journalism"},
     .removed = {"after-article: author-box"}},
    {.what = "author box goes when it names the author",
     .text = "# Council approves bridge plan\n\nBy Jane Doe\n\n" PROSE1 PROSE2
             "Jane Doe covers city hall for the "
             "Gazette. Reach her at jane@g.example.\n\n" FOOTER,
     .out = {"covers city hall"},
     .removed = {"author-bio"}},
    /* Teasers cut short: a run of lines ending in an ellipsis after the
     * article, and a description above it that the article repeats in
     * full; a gallery caption printed twice on one line. */
    {.what = "cut teasers go",
     .text = "Council approves bridge plan\n"
             "The council voted on Tuesday to approve the plan, which will "
             "close the...\n" PROSE1
             "The old bridge was closed at dawn on Monday. The old bridge was "
             "closed at dawn on Monday.\n\n" PROSE2
             "Five million euros were set aside for the harbour to improve "
             "the...\n"
             "A calendar of new laws for the coming weeks was announced by "
             "the\u2026\n"
             "The mayor said on Friday that the market would reopen next...\n",
     .in = {"The council voted on Tuesday"},
     .out = {"improve the...", "calendar of new laws", "reopen next",
             "close the...", "closed at dawn"}},
    /* Turkish, whose stopword list catches few of its words: a whole
     * sentence between two paragraphs and one below the last are the
     * article's, whatever their stopwords; the label and the tag are
     * not. */
    /* Japanese and Chinese, written without spaces: each kana and
     * ideograph is a word, hiragana and function characters their
     * stopwords; the paragraphs stay, the katakana menu and the related
     * list go. */
    {.what = "Japanese article among its menu",
     .text = "ニュース\nトピックス\nランキング\nビジネス\n\n"
             "# 市議会、地方税の据え置きを決定\n\n"
             "市議会は月曜日、予算は依然として厳しいものの、今年は地方税を"
             "引き上げないと決めた。市長によると、新しい橋の工事は数か月遅れて"
             "春に終わる予定だという。\n\n"
             "多くの住民は、なぜ工事にこれほど時間がかかるのか、いつ終わるの"
             "かと尋ねている。市は来月、住民向けの説明会を開く予定だ。\n\n"
             "【関連記事】\n\n"
             "* [市長、新しい橋の完成時期を説明](http://example.jp/a)\n"
             "* [春の交通規制、市内の道路で](http://example.jp/b)\n",
     .title = "市議会、地方税の据え置きを決定",
     .in = {"引き上げないと決めた。", "説明会を開く予定だ。"},
     .out = {"ランキング", "完成時期を説明"}},
    {.what = "Chinese article among its menu",
     .text = "首页\n新闻\n体育\n财经\n\n"
             "# 市议会决定今年不提高地方税\n\n"
             "市议会周一决定今年不提高地方税，尽管预算仍然非常紧张。据市长说，"
             "新桥的建设将在春天完成，比计划晚了几个月。\n\n"
             "许多居民问，为什么工程拖了这么久，什么时候才能结束。市政府表示"
             "将在下个月举行说明会。\n\n"
             "相关新闻\n\n"
             "* [市长介绍新桥完工时间](http://example.cn/a)\n"
             "* [春季交通管制措施公布](http://example.cn/b)\n",
     .title = "市议会决定今年不提高地方税",
     .in = {"比计划晚了几个月。", "举行说明会。"},
     .out = {"财经", "完工时间"}},
    /* No headline printed: the page's first line of a series of short
     * subheadings is no headline when the address names another, and the
     * paragraph above it stays. */
    /* Korean: a word's last syllable, its particle or ending, is what
     * is counted; the menu's nouns end otherwise */
    {.what = "Korean article among its menu",
     .text = "정치\n경제\n사회\n국제\n\n"
             "# 시의회, 올해 지방세 동결 결정\n\n"
             "시의회는 월요일 예산이 여전히 빠듯하지만 올해 지방세를 인상하지 "
             "않기로 결정했다. 시장에 따르면 새 다리 공사는 몇 달 늦어져 봄에 "
             "끝날 예정이다.\n\n"
             "많은 주민들은 왜 공사가 이렇게 오래 걸리는지 묻고 있다. 시는 "
             "다음 달 주민 설명회를 열 계획이라고 밝혔다.\n\n"
             "실시간 급상승\n\n9.9초 더보기\n",
     .title = "시의회, 올해 지방세 동결 결정",
     .in = {"않기로 결정했다.", "계획이라고 밝혔다."},
     .out = {"국제", "급상승", "더보기"}},
    {.what = "a comment widget asking to sign in ends the article",
     .text = "# Council approves bridge plan\n\n" PROSE1 PROSE2
             "Sign in to post a reply.\n\n" PROSE3,
     .in = {"keep them informed"},
     .out = {"Sign in", "The mayor said"},
     .removed = {"after-article: comments"}},
    /* a sentence around an inline link, a third of it linked, inside
     * the article: text; the same after the article's end: chrome */
    {.what = "a sentence with an inline link inside the article",
     .text = "# Council approves bridge plan\n\n" PROSE1
             "A new report by [the Center on Poverty and Inequality]"
             "(https://example.org/report) calls the findings into "
             "question.\n\n" PROSE2 PROSE3
             "Want to respond? Write [a letter to the editor of our "
             "paper](https://example.org/letters) today.\n",
     .in = {"A new report by the Center on Poverty and Inequality calls"},
     .out = {"Want to respond"}},
    {.what = "a bare separator after the headline",
     .text = "Council approves bridge plan |\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan"},
    {.what = "first of a series of subheadings",
     .text =
         "https://news.example/2023/12/31/bridge-closes-for-six-months/\n\n"
         "By Jane Roe \xE2\x80\xA2 Published: 31 Dec 2023\n\n" PROSE1
         "Traffic Changes Ahead\n\n" PROSE2 "What Residents Said\n\n" PROSE3,
     .not_title = "Traffic Changes",
     .starts = "The council voted on Tuesday"},
    {.what = "sparse language keeps its sentences",
     .text = "Ankara'da trafik kazısı: 3 kişi yaralandı\n"
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
     .in = {"tedavi altına alındı.", "incelemesi devam ediyor."},
     .out = {"Yayınlanma", "Türkiye"}},
    /* A caption whose credit follows a full stop and a slash is no
     * headline. */
    {.what = "slashed photo credit is no headline",
     .text =
         "Firefighters free a trapped driver on the bypass./Photo "
         "DDM\n\nCollision on the bypass injures a gendarme\n\n" PROSE1 PROSE2,
     .title = "Collision on the bypass injures a gendarme"},
    /* A headline's note that photos follow ("(Photos)", "(фото)") is no
     * credit: the headline stays one. */
    {.what = "headline with photo note",
     .text = "Council closes the old bridge for six months (Photos)\n\n" PROSE1
         PROSE2,
     .title = "Council closes the old bridge for six months (Photos)"},
    /* The breadcrumb's last step names the headline, not the site's motto
     * above it. */
    {.what = "breadcrumb names the headline",
     .text = "Plain News Every Day\n\n"
             "Council closes the old bridge\n\n"
             "Home \xC2\xBB Local \xC2\xBB Council closes the old "
             "bridge\n\n" PROSE1 PROSE2,
     .title = "Council closes the old bridge"},
    /* A list of other stories after the article (headline, summary,
     * headline, summary) ends it; the article's own subheadings over
     * short sections do not. */
    {.what = "teaser list ends the article",
     .text = "Council closes the old bridge\n\n" PROSE1 PROSE2
             "Storm floods coastal towns across the northern region\n\n"
             "Heavy rain caused rivers to burst their banks overnight.\n\n"
             "Football club names veteran striker as its new captain\n\n"
             "The announcement was made at a press conference on Friday.\n",
     .in = {"Residents who spoke"},
     .out = {"Storm floods", "burst their banks", "veteran striker"}},
    {.what = "subheadings over short sections do not end it",
     .text = "Council closes the old bridge\n\n" PROSE1 PROSE2
             "What the council decided about the old bridge plan\n\n"
             "The council voted to close the bridge in the spring.\n\n"
             "How residents will cross the river during the bridge works\n\n"
             "A shuttle bus will cross the river every ten minutes.\n",
     .in = {"close the bridge in the spring.", "every ten minutes."}},
    /* A menu's link with its arrow is no headline. */
    {.what = "link with arrow is no headline",
     .text = "Vaccination against the flu this winter >\n\n"
             "Council closes the old bridge\n\n" PROSE1 PROSE2,
     .title = "Council closes the old bridge"},
    /* A headline with a number in it, under a kicker whose colon it
     * begins with. */
    {.what = "headline after kicker colon",
     .text = "Bridge works\n: Repairs to the old bridge cost 363.000 "
             "euros\n\n" PROSE1 PROSE2,
     .title = "Repairs to the old bridge cost 363.000 euros"},
    /* An ellipsis in a headline is no pair of site names. */
    {.what = "headline with ellipsis",
     .text = "To open its museum the city spends... 1.5 million "
             "euros\n" PROSE1 PROSE2 "Works and festivities\n\n" PROSE3,
     .title = "To open its museum the city spends... 1.5 million euros"},
    /* A caption with its credit after the full stop ("... accidentada.
     * Foto: Citytv") between two paragraphs goes. */
    {.what = "caption with labelled credit goes",
     .text = "Council closes the old bridge\n\n" PROSE1
             "The old bridge seen from the east bank. Foto: Citytv\n\n" PROSE2,
     .in = {"Residents who spoke"},
     .out = {"Citytv"}},
    /* a caption of one sentence with no full stop, its credit's label
     * and the photographer glued on ("... nas ruas Crédito: Fernando
     * Madeira") */
    {.what = "caption with a glued labelled credit goes",
     .text = "Council closes the old bridge\n\n" PROSE1
             "Rain over the last few days left mud in the streets of the new "
             "estate Credit: Fernando Madeira\n\n" PROSE2,
     .in = {"Residents who spoke", "most of them agreed"},
     .out = {"Fernando Madeira", "left mud"}},
    /* nor a work's title after "Photo:" ("... the series Photo: Jane
     * Roe"), nor a paragraph with a credit's label run on */
    {.what = "a work's title after a picture's label stays",
     .text = "Council closes the old bridge\n\n" PROSE1
             "Next month the museum will show the long-running documentary "
             "series Photo: Jane Roe\n\n" PROSE2,
     .in = {"documentary series Photo: Jane Roe"}},
    {.what = "a long paragraph with a credit's label run on stays",
     .text = "Council closes the old bridge\n\n" PROSE1
             "Residents of the new estate say the mud has been there since "
             "the keys were handed over and that the builder has not come "
             "back to finish the pavements they were promised Credit: Ana "
             "Souza\n\n" PROSE2,
     .in = {"finish the pavements"}},
    /* not a paragraph of sentences whose last words name a picture */
    {.what = "a paragraph ending in a label and a name stays",
     .text = "Council closes the old bridge\n\n" PROSE1
             "The council voted on Monday. The jury of the festival gave its "
             "first prize to the series Photo: Fernando Madeira\n\n" PROSE2,
     .in = {"first prize to the series Photo: Fernando Madeira"}},
    /* a one-word label over the headline, in a text with no sentence's
     * end to read it as a page by ("Ürgüp" / "BİR DÜNYA KENTİ ...") */
    {.what = "a place's label over the headline",
     .text =
         "Riverton\n\nCOUNCIL CLOSES THE OLD BRIDGE FOR THE SUMMER\n\n" NO_STOP_PARA,
     .title = "COUNCIL CLOSES THE OLD BRIDGE FOR THE SUMMER"},
    /* not over a byline or a share bar: the one word is the headline */
    {.what = "a one-word headline over its byline",
     .text =
         "Farewell\n\nYazan Mehmet Demir ve Ay\xC5\x9F\x65 Kaya\n\n" NO_STOP_PARA,
     .title = "Farewell"},
    {.what = "a one-word headline over a share bar",
     .text =
         "Farewell\n\nShare Facebook Twitter WhatsApp Telegram\n\n" NO_STOP_PARA,
     .title = "Farewell"},
    /* a headline in capitals of four words or more with its standfirst
     * glued on keeps its words (a kicker has three at most) */
    {.what = "headline in capitals and its standfirst",
     .text = "MINISTER RESIGNS OVER HOUSING SCANDAL Opposition calls for "
             "early elections\n\n" PROSE1 PROSE2,
     .title = "MINISTER RESIGNS OVER HOUSING SCANDAL Opposition calls for "
              "early elections"},
    /* not a headline in capitals with its lead run on */
    {.what = "headline in capitals with its lead run on",
     .text =
         "COUNCIL CLOSES THE OLD BRIDGE FOR THE WHOLE SUMMER The "
         "council voted on Monday to close the old bridge.\n\n" PROSE1 PROSE2,
     .not_title = "The council voted"},
    /* an empty comment section's prompt in Turkish ends the article */
    {.what = "be the first to comment, in Turkish",
     .text = "Council closes the old bridge\n\n" PROSE1 PROSE2
             "\xC4\xB0lk yorum yazan siz olun\n\n"
             "K\xC3\xB6y yolu onar\xC4\xB1ld\xC4\xB1, s\xC3\xBCr\xC3\xBC"
             "c\xC3\xBCler rahatlad\xC4\xB1.\n",
     .in = {"Residents who spoke"},
     .out = {"yorum yazan", "rahatlad"}},
    /* an advertisement's label between dashes; a paper's paywall label
     * and its appeal under the cut text */
    {.what = "a label between dashes, a paywall and an appeal",
     .text = "Council closes the old bridge\n\n" PROSE1 "-PUB-\n\n" PROSE2
             "Artigo exclusivo PREMIUM\n\n"
             "Tenha acesso ilimitado a todos os conte\xC3\xBA\x64os do site e "
             "\xC3\xA0 edi\xC3\xA7\xC3\xA3o semanal.\n\n"
             "APOIE O NOSSO TRABALHO. APOIE O JORNALISMO DE PROXIMIDADE.\n",
     .in = {"Residents who spoke", "several asked the city"},
     .out = {"PUB", "PREMIUM", "acesso ilimitado", "APOIE"}},
    /* a subscriber's label over the text, and a charity's appeal quoted
     * in a story, end nothing */
    {.what = "a subscriber's label over the text",
     .text =
         "Council closes the old bridge\n\n" PROSE1
         "Article r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "several asked the city"}},
    {.what = "an appeal quoted in a story",
     .text =
         "Council closes the old bridge\n\n" PROSE1
         "Apoie o nosso trabalho: \xC3\xA9 este o apelo que a "
         "associa\xC3\xA7\xC3\xA3o deixa aos moradores da cidade.\n\n" PROSE2,
     .in = {"several asked the city"}},
    /* a consent plugin's placeholder for an embed, in German and English */
    {.what = "an embed's placeholder goes",
     .text = "Baustelle in der Bahngasse dauert l\xC3\xA4nger\n\n" DE_PROSE1
         DE_PROSE2 "Sie sehen gerade einen Platzhalterinhalt von Instagram. "
             "Um auf den eigentlichen Inhalt zuzugreifen, klicken Sie "
             "auf die Schaltfl\xC3\xA4\x63he unten. Bitte beachten Sie, "
             "dass dabei Daten an Drittanbieter weitergegeben werden.\n\n"
             "You are currently viewing a placeholder content from "
             "YouTube. To access the actual content, click the button "
             "below.\n",
     .in = {"irgendwann im August rechnet."},
     .out = {"Platzhalterinhalt", "Drittanbieter", "placeholder"},
     .removed = {"embed-consent"}},
    /* A headline of two sentences on the page's first line, over a byline
     * label, a date and a name: still the headline. */
    {.what = "two sentence headline over a date",
     .text = "The council closes the old bridge. Residents ask for a "
             "shuttle bus.\n\nby:\n12 March 2025\nstaff\n\n" PROSE1 PROSE2,
     .title = "The council closes the old bridge. Residents ask for a "
              "shuttle bus.",
     .out = {"shuttle bus."}},
    /* A site clock or a line of dates and counts is no headline. */
    {.what = "clock line is no headline",
     .text = "Vie. Nov 22nd, 2024\n\nCouncil closes the old bridge\n\n" PROSE1
         PROSE2,
     .title = "Council closes the old bridge"},
    /* A caption whose credit follows a label in capitals, with no full
     * stop between ("... (left) and the council chair PHOTO: AFP", "...
     * ẢNH: T.H"), is no paragraph and no headline. */
    {.what = "caption with capital credit goes",
     .text = "Council closes the old bridge\n\n" PROSE1
             "The mayor (left) and the council chair walk across the old "
             "bridge on the morning of the vote PHOTO: AFP\n\n"
             "B\xE1\xBB\x8B c\xC3\xA1o L\xC3\xAA Trung Khoa "
             "(tr\xC3\xA1i) \xE1\xBA\xA2NH: T.H\n\n" PROSE2,
     .title = "Council closes the old bridge",
     .in = {"Residents who spoke"},
     .out = {"PHOTO: AFP", "T.H"}},
    /* "Read also" over a list of other stories that runs to the page's end
     * closes the article, however much the list reads as text; the same
     * marker over a list with the article going on below it does not. */
    {.what = "read also list ends the article",
     .text = "Council closes the old bridge\n\n" PROSE1 PROSE2 "Read also\n\n"
             "- Storm floods coastal towns across the northern region as the "
             "rivers burst their banks overnight.\n"
             "- Football club names its veteran striker as the new captain for "
             "the coming season, the club said on Friday.\n",
     .in = {"Residents who spoke"},
     .out = {"Read also", "Storm floods", "veteran striker"}},
    {.what = "read also list with the article below it",
     .text = "Council closes the old bridge\n\n" PROSE1 "Read also\n\n"
             "- Storm floods coastal towns across the northern region as the "
             "rivers burst their banks overnight.\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"}},
    /* Links to a post's neighbours ("Previous article", "Nächster Artikel")
     * stand under the article: what follows them is not the article's,
     * even when it reads as text. */
    {.what = "post neighbours end the article",
     .text = "Council closes the old bridge\n\n" PROSE1 PROSE2
             "Voriger Artikel\nN\xC3\xA4"
             "chster Artikel\n\n"
             "The city then and now: with old and new photographs, we show how "
             "the city has changed over the years and what was rebuilt. Visit "
             "its landmarks with a click through the gallery.\n",
     .in = {"Residents who spoke"},
     .out = {"Artikel", "then and now"}},
    /* A "Read also" link between the lead's short paragraphs does not cut
     * the lead off the article. */
    {.what = "read also inside the lead",
     .text = "Council closes the old bridge\n\n"
             "The council met on Tuesday evening.\n\n"
             "Read also: Storm floods coastal towns\n\n" PROSE1 PROSE2,
     .in = {"The council met on Tuesday evening.", "Residents who spoke"},
     .out = {"Storm floods"}},
    /* A line that leads into a list ("So far it has gone like this:") is
     * the article's, and so is the short sentence above it, when the page
     * starts with them. */
    {.what = "lead-in to a list stays",
     .text =
         "Let the real budget drama begin.\n\n"
         "So far, the script has gone like this:\n\n"
         "- The mayor proposed a tax increase to fill the gap "
         "in next year's budget.\n\n"
         "- The council rejected the increase by one vote.\n\n" PROSE1 PROSE2,
     .starts = "Let the real budget drama begin.",
     .in = {"gone like this:", "by one vote."}},
    /* On a page that starts inside its article, a subheading with the
     * article's text right above it is no headline: the text above
     * stays. */
    {.what = "subheading under text is no headline",
     .text = PROSE1 PROSE2
     "What the council will decide in May\n\n" PROSE3
     "Engineers will present three options for the new deck at the next "
     "meeting, and the council expects to choose one of them before the "
     "summer, when the contractors' prices are due to rise again.\n\n"
     "A group of shop owners near the bridge has asked the city for help "
     "with the loss of passing trade during the works, and the mayor said "
     "that she would meet them in the coming weeks to discuss it.\n\n",
     .not_title = "What the council will decide in May",
     .in = {"The council voted on Tuesday", "The mayor said"}},
    /* The section label over the headline, printed again further down
     * over another headline, opens the next story: the article ends
     * there. */
    {.what = "section label again opens the next story",
     .text = "Politics\nCouncil closes the old bridge\n\n" PROSE1 PROSE2
             "Politics\nStorm floods coastal towns across the northern "
             "region\n\n"
             "Heavy rain caused rivers to burst their banks overnight, and the "
             "emergency services evacuated more than two hundred homes in the "
             "low-lying streets near the harbour before dawn on Friday.\n",
     .title = "Council closes the old bridge",
     .in = {"Residents who spoke"},
     .out = {"Storm floods", "burst their banks"}},
    /* A headline that ends with a quotation in guillemets ends with "»",
     * which is then no link's arrow. */
    {.what = "headline ending in guillemets",
     .text = "Council closes the bridge called \xC2\xAB"
             "Old Lady\xC2\xBB\n\n" PROSE1 PROSE2,
     .title = "Council closes the bridge called \xC2\xAB"
              "Old Lady\xC2\xBB"},
    /* A quotation with its attribution ("“...,” the mayor said") is a
     * paragraph, not a headline. */
    {.what = "attributed quote is no headline",
     .text = "\xE2\x80\x9CWe will rebuild the bridge by spring,"
             "\xE2\x80\x9D the mayor said after the vote\n\n" PROSE1 PROSE2,
     .not_title = "\xE2\x80\x9CWe will",
     .in = {"Residents who spoke"}},
    /* The page's title line over the headline printed bare: the bare
     * line is the headline, the section label between them goes. */
    {.what = "title line over the bare headline",
     .text = "Council approves bridge plan - Riverton Star\n"
             "Home WebMail Wednesday, November 27, 2024, 08:05 AM | Riverton | "
             "-14.6\xC2\xB0"
             "C | Regions Advertise Login | Our platform is in "
             "maintenance mode. Some pages may not be available. |\n"
             "North\n\n"
             "Council approves bridge plan\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan",
     .starts = "The council voted",
     .out = {"North", "Riverton Star"}},
    /* An ad slot named by its banner size is no headline */
    {.what = "ad slot named by its size",
     .text = "Spring Business Awards 728x90\n\n"
             "Downtown market to open May 5\n\n"
             "/wp-content/uploads/2022/11/logo_311x311.jpeg\n\n" PROSE1 PROSE2
             "oakridge brd 070125 300x250\n",
     .title = "Downtown market to open May 5",
     .out = {"728x90", "300x250"}},
    {.what = "an HTML comment's end after the headline",
     .text = "Council approves bridge plan -->\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan"},
    /* Hard-wrapped short paragraphs: the lines that go on are near the
     * width, however many last lines are shorter. */
    {.what = "wrapped short paragraphs",
     .text =
         "Zookeeper and son dig up dinosaur\n\n"
         "RIVERTON (AP) - Engineers from the state university have helped a Riverton\n"
         "zookeeper and his six-year-old son dig up a dinosaur fossil they found just\n"
         "behind a grocery store in the Riverton and Oakdale area.\n\n"
         "The zookeeper and his son worked at the dig site to uncover what professor\n"
         "Dale Winkler believes could be a nodosaur, a pony-sized beast.\n\n"
         "The two found the fossil last September, but it took them over seven months\n"
         "to get all of the permits they needed to dig up the bones.\n\n"
         "At the time the zookeeper was not sure what his son had found, so the two\n"
         "kept digging, knowing they might find marine life remnants.\n\n"
         "\"He walked up ahead of me and found a piece of bone,\" the father said. \"It\n"
         "was a pretty good size and I knew I had something there.\"\n\n"
         "University experts say it is rare to find a dinosaur in this part of the\n"
         "state, and the find will be studied at the museum next year.\n\n"
         "The fossils, thought to be about 100 million years old, were wrapped in\n"
         "burlap and plaster to make a protective shell for the bones.\n",
     .title = "Zookeeper and son dig up dinosaur",
     .starts = "RIVERTON (AP) - Engineers",
     .in = {"they found just behind a grocery store"}},
    /* The headline printed again in other case under the lead goes */
    {.what = "headline printed again in other case",
     .text =
         "HA\xC5\x9EIL EFEND\xC4\xB0 PARKI A\xC3\x87ILDI\n\n" PROSE1
         "Ha\xC5\x9F\xC4\xB1l Efendi Park\xC4\xB1 A\xC3\xA7\xC4\xB1ld\xC4\xB1\n\n" PROSE2,
     .title = "HA\xC5\x9EIL EFEND\xC4\xB0 PARKI A\xC3\x87ILDI",
     .in = {"The council voted", "Residents who spoke"},
     .out = {"Efendi"},
     .removed = {"repeated"}},
    /* A player's prompt and text size buttons above the text go */
    {.what = "reading controls go",
     .text = "# Council approves bridge plan\n\n"
             "Listen to this article\nA- A+\n\n" PROSE1 PROSE2,
     .starts = "The council voted",
     .removed = {"reader-widget"}},
    /* A caption with its credit labelled in Russian, printed twice */
    {.what = "caption with a Cyrillic credit label",
     .text = "Council approves bridge plan\n\n"
             "The old bridge seen from the river bank on a cold morning. "
             "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: the city\n"
             "The old bridge seen from the river bank on a cold morning. "
             "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: the city\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan",
     .out = {"river bank"},
     .removed = {"photo-credit"}},
    /* A caption ending in its credit, labelled "Credit:" */
    {.what = "caption ending in a credit label",
     .text = "Council approves bridge plan\n\n" PROSE1
             "Crews will replace the deck of the bridge this spring. "
             "Credit: AAP\n\n" PROSE2,
     .in = {"The council voted", "Residents who spoke"},
     .out = {"Credit"},
     .removed = {"photo-credit"}},
    /* A standfirst glued to the headline without a space: the title
     * stops at it; a brand's capital inside a word is no such join */
    {.what = "standfirst glued to the headline",
     .text = " date 2025-09-05 Bridge work is getting closer today"
             "Important progress has been made thanks to the work of the "
             "city, the county and the state\n" PROSE1 PROSE2,
     .title = "Bridge work is getting closer today"},
    {.what = "a brand's capital inside a word",
     .text = " date 2025-09-05 The council shares its YouTube video of the "
             "vote on the old bridge plan that will close the road for six "
             "months\n" PROSE1 PROSE2,
     .title = "The council shares its YouTube video of the vote on the old "
              "bridge plan that will close the road for six months"},
    /* On a copied page, a list one item a line under its lead-in: the
     * article's, each item a paragraph; with no headline on the page,
     * no item is one */
    {.what = "list under its lead-in stays",
     .text = "Council approves bridge plan\n\n" PROSE1 LEAD_IN_LIST PROSE2,
     .title = "Council approves bridge plan",
     .in = {"include:\n\nA new lane for bicycles on the north side\n\n2.0% "
            "more for the maintenance fund\n\nApprox.",
            "river path\n\nResidents who spoke"}},
    {.what = "no list item is the headline",
     .text = PROSE1 LEAD_IN_LIST PROSE2,
     .not_title = "", /* (no title at all) */
     .in = {"include:\n\nA new lane for bicycles"}},
    /* On a copied page, other stories' headlines under the article, one
     * a line and unmarked, the last cut mid-word by the store */
    {.what = "unmarked headlines at the end go",
     .text = "Council approves bridge plan\n" PROSE1 PROSE2 PROSE3
             "Minister Says Farmers Across the Region Will Get Extra Support "
             "This Year\n"
             "Storm Closes Schools and Roads Across the Northern District for "
             "Two Days\n"
             "Union Leader Calls for New Talks on Public Sector Wages and "
             "Working Hou\n",
     .title = "Council approves bridge plan",
     .in = {"second phase of the repairs is due to begin"},
     .out = {"Minister", "Storm Closes", "Union Leader"}},
    /* A site's widgets for the reader's followed authors and saved
     * pieces, then a prompt to report an error, under the article */
    {.what = "reader widgets end the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "Sigues a Ana Lima / Madrid. Gestiona tus autores en Mis "
             "intereses.\n\n"
             "Contenido guardado. Encu\xC3\xA9ntralo en tu \xC3\xA1rea "
             "personal.\n\n"
             "Reporta un error en esta noticia\n\n",
     .title = "Council approves bridge plan",
     .in = {"second phase of the repairs is due to begin"},
     .out = {"Sigues", "Contenido guardado", "Reporta"}},
    /* A ticker of columns over the article, each a time, a headline and
     * a summary cut short, then the comment count of the last: the
     * summaries are teasers, and a headline over a comment section is
     * not the next story's */
    {.what = "ticker and comments over the article",
     .text = "News feed\n"
             "A quiet danger \xE2\x80\x93 The column of Ana Lima\n\n"
             "We could think that the attacks in the streets weighed heavily "
             "in the balance, that this violent society without filter or "
             "lim...\n\n"
             "22:00\n"
             "A shield raised \xE2\x80\x93 The column of Jo Roe\n\n"
             "Turning your tongue seven times in your mouth before you speak "
             "often avoids the blunder, the clumsy word and the...\n\n"
             "19 June 2025 at 21:50\n"
             "Reader comments (0)\n"
             "You must be logged in to your account to comment on this "
             "article.\n\n"
             "Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3,
     .title = "Council approves bridge plan",
     .starts = "The council voted",
     .out = {"We could think", "Turning your tongue", "logged in"}},
    /* A desk's latest pieces under the article, one a line */
    {.what = "the desk's latest after the article",
     .text =
         "El pleno aprueba el plan del puente\n\n"
         "El pleno del ayuntamiento ha aprobado este martes el plan para "
         "cerrar el puente durante seis meses, mientras los operarios "
         "cambian el tablero y reparan los apoyos que una inspecci\xC3\xB3n "
         "encontr\xC3\xB3 en mal estado el a\xC3\xB1o pasado.\n"
         "Los vecinos que hablaron en la reuni\xC3\xB3n dijeron que les "
         "preocupa el desv\xC3\xADo, pero la mayor\xC3\xAD"
         "a de ellos "
         "est\xC3\xA1 de acuerdo en que la obra no puede esperar mucho "
         "m\xC3\xA1s.\n"
         "Est\xC3\xA1 previsto que las obras empiecen en la primavera.\n"
         "Lo \xC3\xBAltimo de Redacci\xC3\xB3n\n"
         "- Los Molinos | Semana Santa 2025 en Los Molinos\n"
         "- Las Rozas | Aula Digital ofrece 19 nuevos cursos gratuitos "
         "online\n"
         "- Boadilla del Monte | Boadilla cuenta con un nuevo supermercado "
         "en el barrio de Valenoso\n",
     .title = "El pleno aprueba el plan del puente",
     .in = {"empiecen en la primavera."},
     .out = {"Redacci", "Los Molinos", "Boadilla"}},
    /* A comment section's heading glued to the form's notice, on one
     * long line */
    {.what = "comment heading glued to its notice",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Coment\xC3\xA1rios Para comentar esta not\xC3\xAD"
             "cia \xC3\xA9 necess\xC3\xA1rio entrar com seu login. Os "
             "coment\xC3\xA1rios s\xC3\xA3o de responsabilidade exclusiva "
             "de seus autores e n\xC3\xA3o representam a opini\xC3\xA3o "
             "deste site.\n",
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"login"},
     .removed = {"after-article: comments"}},
    /* A widget's "Top 5" label over the page is no headline: the line
     * right above the text is */
    {.what = "top-list label is no headline",
     .text = "Top 5 This Week\n\nMore articles\n\nCouncil approves bridge "
             "plan\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"Top 5"}},
    /* The comment box's question to the reader under the article, in
     * capitals (Turkish dotted capitals fold to "i") */
    {.what = "comment box's question ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "S\xC4\xB0Z\xC4\xB0N D\xC3\x9C\xC5\x9E\xC3\x9C"
             "NCELER\xC4\xB0N\xC4\xB0Z?\n",
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"NCELER"},
     .removed = {"after-article: comments"}},
    /* A link back to the front page under the article, then the site's
     * copyright and a paragraph about its channel */
    {.what = "back to the front page ends the article",
     .text =
         "Council approves bridge plan\n\n" PROSE1 PROSE2 "Ana Sayfaya Git\n"
         "  \xE2\x80\xA2 \xC2\xA9"
         "Copyright 2024 | All rights reserved\n\n"
         "All the programmes broadcast live on our channel, their "
         "episodes and the news about them are on our screen page, and "
         "the daily schedule can be read there hour by hour as well.\n",
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"Ana Sayfaya", "Copyright", "programmes"}},
    /* A paywall's notice where the free text stops: what follows is the
     * site's (a trending list, another story's teaser) */
    {.what = "paywall notice ends the article",
     .text =
         "Council approves bridge plan\n\n" PROSE1 PROSE2
         "Ganzer Artikel ist nur f\xC3\xBCr Abonnenten verf\xC3\xBCgbar.\n\n"
         "Trending\n\n"
         "Snow crews work around the clock after the storm\n\n" PROSE3,
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"Abonnenten", "Snow crews", "The mayor said"},
     .removed = {"after-article: paywall"}},
    /* "Now reading too: <teaser>": a popular list's heading and its first
     * item on one line, under the article; prose after it stays */
    {.what = "a 'now reading' teaser line goes",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "\xD0\xA1\xD0\xB5\xD0\xB9\xD1\x87\xD0\xB0\xD1\x81 "
             "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x8E\xD1\x82 "
             "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5: Snow crews work "
             "around the clock after the storm\n\n" PROSE3,
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes.", "The mayor said"},
     .out = {"Snow crews", "\xD0\xA1\xD0\xB5\xD0\xB9"}},
    /* a regional paper's metered paywall under the free text */
    {.what = "a metered paywall's count and thanks end the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Sie sehen 8% der insgesamt 5091 Zeichen des Artikels\n"
             "Vielen Dank f\xC3\xBCr Ihr Interesse!\n\n"
             "Jetzt einfach anmelden und 5 Artikel pro Monat kostenlos "
             "lesen!\n\nKundenservice: 06 21/3 92-22 00\nZum Thema\n"
             "Das Wichtigste von heute\n",
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"Sie sehen", "Vielen Dank", "anmelden", "Kundenservice",
             "Wichtigste"}},
    {.what = "a print edition's offer ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Sie wollen einmalig die Ausgabe mit dem Bericht kaufen?\n"
             "Hier geht es zu der gew\xC3\xBCnschten Ausgabe im "
             "Online-Kiosk.\n",
     .title = "Council approves bridge plan",
     .in = {"keep them informed as it goes."},
     .out = {"einmalig", "Online-Kiosk"}},
    {.what = "a newspaper CMS's paywall notice ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "To access content, please login or purchase a subscription.\n\n"
             "Snow crews work around the clock after the storm\n\n" PROSE3,
     .title = "Council approves bridge plan",
     .out = {"purchase a subscription", "Snow crews", "The mayor said"},
     .removed = {"after-article: paywall"}},
    {.what = "a prompt for news tips ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Send us a News Tip!\n\nHave a news tip?\n\n"
             "Use our anonymous form to let us know.\n",
     .title = "Council approves bridge plan",
     .out = {"News Tip", "anonymous form"},
     .removed = {"after-article: newsletter"}},
    {.what = "a pointer to the comment policy ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Have something you'd like to add? Read our comment policy by "
             "clicking here.\n",
     .title = "Council approves bridge plan",
     .out = {"comment policy"},
     .removed = {"after-article: comments"}},
    {.what = "'Abonnez-vous à nos infolettres' ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Abonnez-vous \xC3\xA0 nos infolettres\n\nCe site est prot\xC3"
             "\xA9g\xC3\xA9 par reCAPTCHA et les politiques de Google "
             "s'appliquent.\n",
     .title = "Council approves bridge plan",
     .out = {"infolettres", "reCAPTCHA"},
     .removed = {"after-article: newsletter"}},
    {.what = "'A LIRE AUSSI ...' ends the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "  A LIRE AUSSI ...\n\n"
             "Snow crews work around the clock after the storm\n",
     .title = "Council approves bridge plan",
     .out = {"LIRE AUSSI", "Snow crews"},
     .removed = {"after-article: related"}},
    /* After the article, a grid of the site's features, each a name
     * over a line that sells it, under the grid's own name */
    {.what = "features grid after the article goes",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "Special Features\n\n"
             "iPhone App\n\n"
             "Get breaking news, weather and video on your iPhone.\n\n"
             "Politics\n\n"
             "The latest headlines from the state capitol.\n\n"
             "Radars\n\n"
             "See where weather is happening with our live radars.\n\n",
     .title = "Council approves bridge plan",
     .in = {"second phase of the repairs is due to begin"},
     .out = {"Special Features", "iPhone", "radars"},
     .removed = {"after-article: related"}},
    /* Inside the article, a line that leads into code with a colon is
     * the article's, between blocks that read as no text */
    {.what = "lead-in to code stays",
     .text = NAV
     "# Council counts the days of the bridge work\n"
     "\n"
     "The council voted on Tuesday to approve the plan, which will close the bridge\n"
     "for six months while crews replace the deck and repair the supports that an\n"
     "inspection found to be in poor condition last year.\n"
     "\n"
     "    \n"
     "    \n"
     "    SELECT avg(n)\n"
     "    FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;\n"
     "    \n"
     "           avg\n"
     "    \xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\n"
     "    4.3333333333333333\n"
     "    \n"
     "\n"
     "Now that we have counted the days of the work, we can define a _range_ of\n"
     "acceptable closures:\n"
     "\n"
     "    \n"
     "    \n"
     "    SELECT\n"
     "       avg(n) - stddev(n) AS lower_bound,\n"
     "       avg(n) + stddev(n) AS upper_bound\n"
     "    FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;\n"
     "    \n"
     "\n"
     "Residents who spoke at the meeting said they were worried about the detour,\n"
     "but most of them agreed that the work could not wait much longer, and several\n"
     "asked the city to keep them informed as it goes.\n"
     "\n"
     "The mayor said that the city would post updates on its website every week and\n"
     "that it would hold another meeting in the spring, before the second phase of\n"
     "the repairs is due to begin on the south side.\n",
     .in = {"Now that we have counted the days of the work, we can define a "
            "range of acceptable closures:"}},
    /* A caption whose last sentence closes a quotation, credited "Image
     * via" */
    {.what = "caption credited after a closing quote",
     .text = "Council approves bridge plan\n\n" PROSE1
             "Crews say the old bridge looks like a 'museum piece.' Those "
             "who built it say 'not yet.' Image via AP.\n\n" PROSE2,
     .in = {"The council voted", "Residents who spoke"},
     .out = {"museum piece", "Image via"},
     .removed = {"photo-credit"}},
    /* A caption's short first line right over its credited line */
    {.what = "caption's first line over its credit",
     .text =
         "Council approves bridge plan\n\n" PROSE1 "Crews on the old bridge.\n"
         "The deck will be replaced this spring. Credit: AAP\n\n" PROSE2,
     .in = {"The council voted", "Residents who spoke"},
     .out = {"Crews on the old", "Credit"}},
    /* A caption credited after a bar, printed again without its credit
     * in a gallery's list, with the gallery's uploader */
    {.what = "caption printed again below its credited copy",
     .text =
         "Council approves bridge plan\n\n"
         "The mayor came to see the old bridge on Monday and brought "
         "the crews a cake. | Foto: Heimermann\n"
         "2 Bilder\n"
         "  \xE2\x80\xA2 The mayor came to see the old bridge on Monday "
         "and brought the crews a cake.\n"
         "  \xE2\x80\xA2 Foto: Heimermann\n"
         "  \xE2\x80\xA2 hochgeladen von Lokal - Redaktion\n\n" PROSE1 PROSE2,
     .title = "Council approves bridge plan",
     .starts = "The council voted",
     .out = {"cake", "hochgeladen"},
     .removed = {"photo-credit"}},
    /* The headline the address spells, over a byline, a teaser line
     * and a caption credited to the site and its photographer */
    {.what = "slug headline over a credited caption",
     .text = "https://example.id/2024/02/harga-gabah-kering-panen-tembus-"
             "rekor-baru/\n\n"
             "Harga Gabah Kering Panen Tembus Rekor Baru\n\n"
             "oleh -9 views\n"
             "Gabah kering panen petani di Pati\n"
             "Gabah kering panen petani di Pati, Jawa Tengah. "
             "(Example.id/Ahmad M)\n\n" PROSE1 PROSE2,
     .title = "Harga Gabah Kering Panen Tembus Rekor Baru",
     .starts = "The council voted",
     .removed = {"photo-credit"}},
    /* A press release's contact line, and a comment widget's notice */
    {.what = "press contact and comment notice go",
     .text =
         "# Council approves bridge plan\n\n" PROSE1 PROSE2
         "Media contact: Jane Doe, city of Riverton, 555-0100\n\n"
         "Comments are moderated and may take a while to appear.\n\n" PROSE3,
     .in = {"keep them informed"},
     .out = {"Media contact", "Comments are", "The mayor said"},
     .removed = {"press-contact"}},
    /* An advertisement's label printed twice after every paragraph or
     * two, and a caption read twice under the lead: set into the text,
     * they break no run of its short paragraphs */
    {.what = "ad labels between short paragraphs",
     .text =
         "Bridge closure worries the riverside village\n"
         "\n"
         "Fears have been raised over the future of the village as the "
         "council confirms the bridge will close for six months.\n"
         "RIVERSIDE: The old bridge over the river at dusk.RIVERSIDE: The "
         "old bridge over the river at dusk.\n"
         "RIVERSIDE: The old bridge over the river at dusk.\n"
         "\n"
         "The council voted on Tuesday to approve the plan, which will "
         "close the bridge while crews replace the deck.\n"
         "\n"
         "Hide Ad\n"
         "Hide Ad\n"
         "\n"
         "Residents who spoke at the meeting said they were worried about "
         "the long detour through the hills.\n"
         "\n"
         "Hide Ad\n"
         "Hide Ad\n"
         "\n"
         "The mayor said that the city would post updates on its website "
         "every week until the work is done.\n"
         "\n"
         "Hide Ad\n"
         "Hide Ad\n"
         "\n"
         "The plan was first put forward three years ago, when a survey "
         "found cracks in two of the piers.\n"
         "\n"
         "Hide Ad\n"
         "Hide Ad\n"
         "\n"
         "Engineers said the cracks were not dangerous yet but that they "
         "would grow with every winter frost.\n"
         "\n"
         "Hide Ad\n"
         "Hide Ad\n"
         "\n"
         "Shops on the east bank said that they expect to lose most of "
         "their trade while the bridge is shut, and some fear they may not "
         "open again.\n"
         "\n"
         "The bus company will run a shuttle from the station to the school "
         "every half hour during the works, and it will stop at the "
         "hospital too.\n"
         "\n"
         "Parents said the shuttle was welcome but asked for an earlier "
         "service on the days when it snows, as many children walk a long "
         "way.\n"
         "\n"
         "The second phase of the repairs is due to begin on the south side "
         "in the spring of next year, the council said.\n",
     .title = "Bridge closure worries the riverside village",
     .starts = "Fears have been raised",
     .in = {"The council voted on Tuesday"},
     .out = {"Hide Ad", "RIVERSIDE"}},
    /* A short headline printed twice, the page's description under
     * the first copy and again under the date, in a language whose
     * stopword list catches few of its words: the headline, and the
     * description once, as the lead */
    {.what = "short headline and lead printed twice",
     .text =
         "K\xC3\xB6pr\xC3\xBC Yenileniyor\n"
         "\n"
         "Karak\xC3\xB6y Belediyesinin il\xC3\xA7"
         "eye "
         "kazand\xC4\xB1rd\xC4\xB1\xC4\x9F\xC4\xB1 ve eski muhtarlardan "
         "Ahmet Kaya'n\xC4\xB1n ad\xC4\xB1n\xC4\xB1 ta\xC5\x9F\xC4\xB1yan "
         "k\xC3\xB6pr\xC3\xBC d\xC3\xBCzenlenen t\xC3\xB6renle "
         "a\xC3\xA7\xC4\xB1ld\xC4\xB1.\n"
         "\n"
         "K\xC3\xB6pr\xC3\xBC Yenileniyor\n"
         "  \xE2\x80\xA2 12 March 2019, Tuesday 10:15\n"
         "Karak\xC3\xB6y Belediyesinin il\xC3\xA7"
         "eye "
         "kazand\xC4\xB1rd\xC4\xB1\xC4\x9F\xC4\xB1 ve eski muhtarlardan "
         "Ahmet Kaya'n\xC4\xB1n ad\xC4\xB1n\xC4\xB1 ta\xC5\x9F\xC4\xB1yan "
         "k\xC3\xB6pr\xC3\xBC d\xC3\xBCzenlenen t\xC3\xB6renle "
         "a\xC3\xA7\xC4\xB1ld\xC4\xB1.\n"
         "Karak\xC3\xB6y Belediye Ba\xC5\x9Fkan\xC4\xB1 Mehmet "
         "Y\xC4\xB1lmaz ev sahipli\xC4\x9Finde d\xC3\xBCzenlenen "
         "t\xC3\xB6rene; il\xC3\xA7"
         "e ba\xC5\x9Fkan\xC4\xB1 Hasan Demir "
         "ve y\xC3\xB6netimi, belediye meclis \xC3\xBCyeleri, muhtarlar, "
         "mahalle sakinleri ve \xC3\xA7ok say\xC4\xB1"
         "da vatanda\xC5\x9F "
         "kat\xC4\xB1ld\xC4\xB1.\n"
         "Belediye halk danslar\xC4\xB1 toplulu\xC4\x9Funun "
         "g\xC3\xB6sterisiyle ba\xC5\x9Flayan t\xC3\xB6rende "
         "k\xC3\xB6pr\xC3\xBCye ad\xC4\xB1 verilen eski muhtar Ahmet Kaya, "
         "mahalleyi yeniden canland\xC4\xB1ran Ba\xC5\x9Fkan "
         "Y\xC4\xB1lmaz'a t\xC3\xBCm mahalleli ad\xC4\xB1na "
         "te\xC5\x9F"
         "ekk\xC3\xBCr etti ve hizmetlerin "
         "s\xC3\xBCrece\xC4\x9Fini s\xC3\xB6yledi.\n"
         "Mahalle sakinlerini eski d\xC3\xB6nemlere g\xC3\xB6t\xC3\xBCren "
         "Kaya, yolumuz yoktu, suyumuz yoktu, "
         "ula\xC5\x9F\xC4\xB1m\xC4\xB1m\xC4\xB1z yoktu. O d\xC3\xB6nemlerde "
         "\xC3\xA7"
         "almad\xC4\xB1\xC4\x9F\xC4\xB1m\xC4\xB1z kap\xC4\xB1 "
         "kalmad\xC4\xB1. Bug\xC3\xBCn mahallemiz modern bir "
         "k\xC3\xB6pr\xC3\xBCye kavu\xC5\x9Ftu, eme\xC4\x9Fi "
         "ge\xC3\xA7"
         "enlere te\xC5\x9F"
         "ekk\xC3\xBCr ederim dedi.\n"
         "\n"
         "\"Hizmet bir ibadettir\"\n"
         "Yerel y\xC3\xB6neticilerin siyasi kimlikleri olmamas\xC4\xB1 "
         "gerekti\xC4\x9Fini hat\xC4\xB1rlatan Ba\xC5\x9Fkan Y\xC4\xB1lmaz "
         "da hizmet bana g\xC3\xB6re b\xC3\xBCy\xC3\xBCk bir ibadettir "
         "dedi. Ge\xC3\xA7mi\xC5\x9F y\xC4\xB1llarda mahalleyi hepiniz "
         "hat\xC4\xB1rl\xC4\xB1yorsunuz. Bug\xC3\xBCnk\xC3\xBC durum da "
         "g\xC3\xB6zlerinizin \xC3\xB6n\xC3\xBCnde, yeni projelerle "
         "il\xC3\xA7"
         "emizi daha da g\xC3\xBCzelle\xC5\x9Ftirece\xC4\x9Fiz "
         "diye konu\xC5\x9Ftu.\n",
     .title = "K\xC3\xB6pr\xC3\xBC Yenileniyor",
     .starts = "Karak\xC3\xB6y Belediyesinin il\xC3\xA7"
               "eye",
     .in = {"Belediye Ba\xC5\x9Fkan\xC4\xB1 Mehmet"}},
    /* A content plugin's shortcode left in the text, and a comment
     * section's disclaimer, which ends the article */
    {.what = "shortcode and comment disclaimer",
     .text =
         "Council approves bridge plan\n\n" PROSE1 PROSE2
         "{gallery}/2014/mayo/puente{/gallery}\n"
         "\n"
         "Los comentarios publicados son de exclusiva responsabilidad de "
         "sus autores y las consecuencias derivadas de ellos pueden ser "
         "pasibles de sanciones legales.\n"
         "Aquel usuario que incluya en sus mensajes alg\xC3\xBAn comentario "
         "violatorio del reglamento ser\xC3\xA1 eliminado.\n",
     .in = {"keep them informed"},
     .out = {"gallery", "Los comentarios", "Aquel usuario"},
     .removed = {"shortcode", "after-article: comments"}},
    /* a paper's slogan and its invitation to its WhatsApp group */
    {.what = "invitation to a WhatsApp group",
     .text = "Prefeitura inaugura nova unidade de sa\xC3\xBA"
             "de no bairro\n"
             "\n"
             "A prefeitura inaugurou na sexta-feira a nova unidade de "
             "sa\xC3\xBA"
             "de do bairro, que tamb\xC3\xA9m atende a "
             "popula\xC3\xA7\xC3\xA3o dos bairros vizinhos e cerca de "
             "oitocentas fam\xC3\xADlias da regi\xC3\xA3o.\n"
             "\n"
             "De acordo com a prefeitura, foram investidos mais de setecentos "
             "mil reais na obra, com recursos de emenda parlamentar federal e "
             "contrapartida do munic\xC3\xADpio.\n"
             "\n"
             "JORNAL DA CIDADE, NOT\xC3\x8D"
             "CIA E INFORMA\xC3\x87\xC3\x83O EM "
             "1\xC2\xB0 LUGAR! PARTICIPE DO NOSSO GRUPO NO WHATSAPP: "
             "(37)99970-8780\n",
     .in = {"contrapartida do munic\xC3\xAD"
            "pio."},
     .out = {"WHATSAPP", "JORNAL"},
     .removed = {"follow-prompt"}},
    /* a caption with its credit over the headline */
    {.what = "credited caption over the headline",
     .text =
         "Auf der Motorhaube eines Streifenwagens steht der Schriftzug "
         "\xC2\xABPolizei\xC2\xBB., \xC2\xA9 Max Muster/dpa/Illustration\n"
         "\n"
         "Zu heftig rangiert: Unfallfl\xC3\xBC"
         "chtiger verursacht auf dem "
         "Festplatz 4.000 Euro Schaden\n"
         "\n"
         "Unfallflucht kommt h\xC3\xA4ufig vor und ganz oft auf "
         "Parkpl\xC3\xA4tzen. Einen 4.000-Euro-Rempler hat ein unbekannter "
         "Autofahrer gestern auf dem Festplatz hingelegt. Er oder sie hat "
         "einen geparkten wei\xC3\x9F"
         "en Wagen angefahren. Der "
         "Unfallfahrer ist einfach weiter gefahren. Jetzt sucht die Polizei "
         "Zeugen, die den Ansto\xC3\x9F gestern beobachtet haben.\n",
     .title = "Zu heftig rangiert: Unfallfl\xC3\xBC"
              "chtiger verursacht auf "
              "dem Festplatz 4.000 Euro Schaden",
     .starts = "Unfallflucht kommt",
     .out = {"Motorhaube"}},
    /* a headline under its town's name, with a full stop */
    {.what = "town and headline with a full stop",
     .text = "La Roche-sur-Yon. Le march\xC3\xA9 de No\xC3\xABl du Bourg est "
             "ouvert.\n"
             "\n"
             "C'est un coup de fra\xC3\xAE"
             "cheur pour le march\xC3\xA9 de "
             "No\xC3\xABl du Bourg, qui se tient aujourd'hui et demain, place "
             "de la mutualit\xC3\xA9.\n"
             "\n"
             "\"Le nombre de stands a \xC3\xA9t\xC3\xA9 multipli\xC3\xA9 par "
             "trois. L'ann\xC3\xA9"
             "e derni\xC3\xA8re, ils \xC3\xA9taient dix "
             "et cette ann\xC3\xA9"
             "e trente. Il y a une partie alimentaire "
             "ainsi que du cuir, des bijoux, du miel et bien d'autres choses "
             "\xC3\xA0 d\xC3\xA9"
             "couvrir\", explique le pr\xC3\xA9sident du "
             "comit\xC3\xA9 d'animation du quartier.\n"
             "\n"
             "Le march\xC3\xA9 de No\xC3\xABl est ouvert ce samedi "
             "jusqu'\xC3\xA0 21 heures, et demain, dimanche, de 10 heures "
             "\xC3\xA0 18 heures, avec un man\xC3\xA8ge et une "
             "cal\xC3\xA8"
             "che gratuite pour les enfants.\n",
     .title = "La Roche-sur-Yon. Le march\xC3\xA9 de No\xC3\xABl du Bourg "
              "est ouvert.",
     .starts = "C'est un coup de fra\xC3\xAE"
               "cheur"},
    /* the same shape as the text's first paragraph stays the text's */
    {.what = "town and sentence under a headline",
     .text =
         "Le port de Saint-Malo lance ses grands travaux\n"
         "\n"
         "Saint-Malo. Le maire a annonc\xC3\xA9 hier que les travaux du "
         "port commenceront lundi.\n"
         "\n"
         "Le chantier doit durer deux ans et co\xC3\xBBtera pr\xC3\xA8s de "
         "vingt millions d'euros, financ\xC3\xA9s pour moiti\xC3\xA9 par la "
         "r\xC3\xA9gion et pour moiti\xC3\xA9 par la ville, selon le "
         "dossier pr\xC3\xA9sent\xC3\xA9 au conseil municipal.\n"
         "\n"
         "Les p\xC3\xAA"
         "cheurs, qui craignaient de perdre leurs places "
         "\xC3\xA0 quai pendant la dur\xC3\xA9"
         "e des travaux, ont obtenu "
         "des emplacements provisoires de l'autre c\xC3\xB4t\xC3\xA9 du "
         "bassin, a pr\xC3\xA9"
         "cis\xC3\xA9 l'adjoint charg\xC3\xA9 du "
         "port.\n",
     .title = "Le port de Saint-Malo lance ses grands travaux",
     .starts = "Saint-Malo. Le maire"},
    /* A site's masthead (its name and "News" over a dash) over the
     * headline; a "Read also" list after the text, each story with its
     * count of views and its summary cut short */
    {.what = "masthead, and stories with counts after the text",
     .text =
         "Riverton Gazette \xE2\x80\x93 Riverton News\n"
         "\n"
         "Gravel road repaired on the hamlet's only street\n"
         "\n"
         "With money from the parish and the help of local farmers, the "
         "council did what the people of the hamlet had asked for. They "
         "bought gravel, spread it and packed it down with a loaded truck, "
         "driving it up and down the street for a whole afternoon until the "
         "surface was firm.\n"
         "\n"
         "The residents are delighted: the gravel road is repaired at last. "
         "Now the mud holds no fear when it rains, and drivers no longer "
         "have to steer around the holes.\n"
         "\n"
         "Read also\n"
         "\n"
         "706\n"
         "\n"
         "Man found asleep in one of the sheds in the yard behind a block "
         "of flats in the old town of Riverton\n"
         "\n"
         "He was suspected of the worst, but the story took a different "
         "turn. It happened several\xE2\x80\xA6\n"
         "\n"
         "520\n"
         "\n"
         "Old water main replaced on Peace Street in the village of "
         "Dmitrievka after years of bursts and repairs\n"
         "\n"
         "Burst after burst, the workers of the water company kept going "
         "out to patch the pipe. It was\xE2\x80\xA6\n",
     .title = "Gravel road repaired on the hamlet's only street",
     .starts = "With money from the parish",
     .in = {"steer around the holes."},
     .out = {"Man found asleep", "Old water main", "Read also"}},
    /* a headline that says "news" is no masthead */
    {.what = "headline about news over a dash",
     .text = "Riverton Gazette\n\n"
             "Good news - the bridge reopens in May\n\n" PROSE1 PROSE2,
     .title = "Good news - the bridge reopens in May",
     .starts = "The council voted"},
    /* A Russian headline its address spells in Latin letters, under a
     * site's appeal of the same shape */
    {.what = "headline the address transliterates",
     .text =
         "https://example.ru/news/2019/v-dome-kulturyi-obnovili-interer-i-zv"
         "uk.html\n"
         "\n"
         "\xD0\x96\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB1\xD1\x8B \xD0\xBD\xD0\xB0 "
         "\xD0\xB2\xD1\x81\xD1\x91\n"
         "\xD0\x9D\xD0\xB5 \xD1\x83\xD0\xB1\xD1\x80\xD0\xB0\xD0\xBD "
         "\xD0\xBC\xD1\x83\xD1\x81\xD0\xBE\xD1\x80, "
         "\xD1\x8F\xD0\xBC\xD0\xB0 \xD0\xBD\xD0\xB0 "
         "\xD0\xB4\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB3\xD0\xB5, "
         "\xD0\xBD\xD0\xB5 \xD0\xB3\xD0\xBE\xD1\x80\xD0\xB8\xD1\x82 "
         "\xD1\x84\xD0\xBE\xD0\xBD\xD0\xB0\xD1\x80\xD1\x8C? "
         "\xD0\xA1\xD1\x82\xD0\xBE\xD0\xBB\xD0\xBA\xD0\xBD\xD1\x83\xD0\xBB"
         "\xD0\xB8\xD1\x81\xD1\x8C \xD1\x81 "
         "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xBC\xD0\xBE"
         "\xD0\xB9 \xE2\x80\x94 "
         "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD1\x82\xD0\xB5 "
         "\xD0\xBE \xD0\xBD\xD0\xB5\xD0\xB9!\n"
         "\n"
         "\xD0\x92 \xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB5 "
         "\xD0\xBA\xD1\x83\xD0\xBB\xD1\x8C\xD1\x82\xD1\x83\xD1\x80\xD1\x8B "
         "\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8 "
         "\xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x8C\xD0\xB5\xD1\x80 "
         "\xD0\xB8 \xD0\xB7\xD0\xB2\xD1\x83\xD0\xBA\n"
         "\n"
         "\xD0\x9D\xD0\xB0 \xD1\x81\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB5 "
         "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD0\xBD\xD0\xBE\xD0\xB3"
         "\xD0\xBE \xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB0 "
         "\xD0\xBA\xD1\x83\xD0\xBB\xD1\x8C\xD1\x82\xD1\x83\xD1\x80\xD1\x8B "
         "\xD0\xBF\xD0\xBE\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0\xD1\x81"
         "\xD1\x8C \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x8F "
         "\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xB6\xD0\xB4\xD0\xB0 "
         "\xD1\x81\xD1\x86\xD0\xB5\xD0\xBD\xD1\x8B, \xD0\xB0 \xD0\xB2 "
         "\xD0\xB7\xD1\x80\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD"
         "\xD0\xBE\xD0\xBC \xD0\xB7\xD0\xB0\xD0\xBB\xD0\xB5 "
         "\xD1\x82\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x80\xD1\x8C "
         "\xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD0\xB5\xD1\x82 "
         "\xD0\xB7\xD0\xB2\xD1\x83\xD0\xBA\xD0\xBE\xD0\xB0\xD0\xBF\xD0\xBF"
         "\xD0\xB0\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD0\xB0\xD1\x8F "
         "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBD\xD0\xB0\xD1\x82\xD0\xB0 \xD1\x81 "
         "\xD1\x81\xD0\xBE\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD0\xB5\xD0\xBD"
         "\xD0\xBD\xD1\x8B\xD0\xBC "
         "\xD0\xBE\xD0\xB1\xD0\xBE\xD1\x80\xD1\x83\xD0\xB4\xD0\xBE\xD0\xB2"
         "\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5\xD0\xBC.\n"
         "\n"
         "\xD0\xAD\xD1\x82\xD0\xBE \xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xBE "
         "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xBC\xD0\xBE\xD0\xB6\xD0\xBD\xD1\x8B"
         "\xD0\xBC \xD0\xB1\xD0\xBB\xD0\xB0\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"
         "\xD1\x80\xD1\x8F \xD1\x83\xD1\x87\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8"
         "\xD1\x8E \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xBD\xD0\xB8"
         "\xD0\xBA\xD0\xBE\xD0\xB2 \xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB0 "
         "\xD0\xBA\xD1\x83\xD0\xBB\xD1\x8C\xD1\x82\xD1\x83\xD1\x80\xD1\x8B "
         "\xD0\xB2 \xD0\xBE\xD0\xB1\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xBD"
         "\xD0\xBE\xD0\xBC \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB5\xD0\xBA\xD1\x82"
         "\xD0\xB5, \xD0\xBF\xD0\xBE "
         "\xD0\xBA\xD0\xBE\xD1\x82\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBC\xD1\x83 "
         "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD1\x83 "
         "\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8 "
         "\xD0\xB2\xD1\x8B\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x8B "
         "\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD1\x81\xD1\x82\xD0\xB2\xD0\xB0 "
         "\xD0\xBD\xD0\xB0 \xD0\xB7\xD0\xB0\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x83 "
         "\xD1\x81\xD1\x82\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBE "
         "\xD0\xBE\xD0\xB1\xD0\xBE\xD1\x80\xD1\x83\xD0\xB4\xD0\xBE\xD0\xB2"
         "\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB8 "
         "\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 "
         "\xD0\xB7\xD0\xB0\xD0\xBB\xD0\xB0.\n",
     .title = "\xD0\x92 \xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB5 \xD0\xBA\xD1\x83"
              "\xD0\xBB\xD1\x8C\xD1\x82\xD1\x83\xD1\x80\xD1\x8B \xD0\xBE\xD0"
              "\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8 \xD0\xB8"
              "\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x8C\xD0\xB5\xD1\x80 \xD0"
              "\xB8 \xD0\xB7\xD0\xB2\xD1\x83\xD0\xBA"},
    /* a ticker of the site's headlines in capitals over the article */
    {.what = "ticker of headlines between slashes",
     .text =
         "Martes 15 de Abril de 2025\n"
         "\n"
         "Hoy es Martes 15 de Abril de 2025 y son las 15:19 - "
         "PRON\xC3\x93STICO EXTENDIDO PARA LOS PR\xC3\x93XIMOS "
         "D\xC3\x8D"
         "AS / RECUPERAN MOTO ROBADA EN LA RUTA / SE VIENE LA "
         "CUARTA EDICI\xC3\x93N DE LA EXPO / CORTE DE LUZ PROGRAMADO PARA "
         "EL JUEVES EN TODO EL SECTOR NORTE DE LA CIUDAD / LOS BOMBEROS "
         "VOLUNTARIOS RECIBIERON UN NUEVO EQUIPO DE RESCATE / EL CONCEJO "
         "DELIBERANTE APROB\xC3\x93 EL PRESUPUESTO PARA EL A\xC3\x91O QUE "
         "VIENE / COMENZ\xC3\x93 LA INSCRIPCI\xC3\x93N PARA LOS TALLERES "
         "CULTURALES DE LA MUNICIPALIDAD / LA ESCUELA T\xC3\x89"
         "CNICA "
         "CELEBR\xC3\x93 SUS CINCUENTA A\xC3\x91OS CON UN ACTO EN LA PLAZA\n"
         "\n"
         "Obras p\xC3\xBA"
         "blicas\n"
         "\n"
         "24 de septiembre de 2022\n"
         "\n"
         "SE PAVIMENTAR\xC3\x81 EL BARRIO SUR\n"
         "\n"
         "El lunes 3 de octubre el personal de obras p\xC3\xBA"
         "blicas de "
         "la municipalidad comenzar\xC3\xA1 con una obra de "
         "pavimentaci\xC3\xB3n en el barrio sur, que incluir\xC3\xA1 "
         "tambi\xC3\xA9n el hormigonado de los accesos.\n"
         "\n"
         "Se trata de algo similar al programa de calles del a\xC3\xB1o "
         "pasado, aunque en esta oportunidad ser\xC3\xA1 un barrio completo "
         "y no una calle. La obra contempla la pavimentaci\xC3\xB3n de once "
         "cuadras.\n",
     .title = "SE PAVIMENTAR\xC3\x81 EL BARRIO SUR",
     .starts = "El lunes 3 de octubre",
     .out = {"Hoy es", "MOTO ROBADA"},
     .removed = {"ticker"}},
    /* a writer's label with a full stop, and WordPress's reply form in
     * Indonesian */
    {.what = "writer's label and reply form",
     .text =
         "Warga Desa Gelar Gotong Royong Perbaiki Jalan\n"
         "\n"
         "Senin, 30 Juni 2025 \xE2\x80\x93 Kepala Desa memimpin langsung "
         "kegiatan gotong royong perbaikan jalan desa bersama masyarakat, "
         "yang turut diikuti oleh perangkat desa dan tokoh pemuda "
         "setempat.\n"
         "\n"
         "Perbaikan jalan dilakukan sebagai respons atas kondisi jalan yang "
         "mulai rusak dan menghambat aktivitas masyarakat, terutama dalam "
         "mobilitas harian dan pengangkutan hasil pertanian.\n"
         "\n"
         "Penulis. Asmadi\n"
         "\n"
         "Tinggalkan Balasan\n"
         "\n"
         "Alamat email Anda tidak akan dipublikasikan.\n",
     .in = {"pengangkutan hasil pertanian."},
     .out = {"Penulis", "Tinggalkan", "Alamat email"}},
    /* a paper's newsletter form under the article */
    {.what = "newsletter form under the article",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Today's breaking news and more in your inbox\n\n"
             "I'm interested in (please check all that apply)\n"
             "Are you a paying subscriber to the newspaper? *\n\n"
             "Starting at $4.50/week.\n\nSubscribe Today\n",
     .in = {"keep them informed"},
     .out = {"inbox", "paying subscriber", "Starting at"}},
    /* A "Most Read" list set into the middle of the text: its items go,
     * the text after it stays */
    {.what = "list of stories inside the text",
     .text =
         "Children raise money for the hospice\n"
         "PUPILS have raised money for charity, a move described by their "
         "head teacher as truly amazing.\n"
         "Pupils from the village school travelled to the hospice to "
         "present a cheque after the school council organised a cake sale.\n"
         "The head teacher said: \"The children used their own initiative "
         "and it was all organised by themselves.\"\n"
         "Most Read\n"
         "- 1 Council confirms first case of the disease in the county\n"
         "- 2 Family of patient who died speak out after the inquest\n"
         "- 3 All aboard for the steam festival in the village\n"
         "- 4 Police find body in search for missing man\n"
         "- 5 New mayor makes the market her first stop\n"
         "The hospice's fund-raising co-ordinator said: \"We were delighted "
         "that the children came down to the hospice to present the "
         "cheque.\"\n"
         "Pupils were shown around the hospice and met doctors and carers, "
         "who explained their role and the care they give.\n",
     .title = "Children raise money for the hospice",
     .in = {"organised by themselves.", "the care they give."},
     .out = {"Most Read", "steam festival", "missing man"}},
    /* a paragraph that says when a hearing will be, no next story */
    {.what = "sentence about a date and a time",
     .text =
         "Council approves bridge plan\n\n" PROSE1 PROSE2
         "The mayor said that the city would post updates on its website "
         "every week and that it would hold another meeting in the spring, "
         "before the second phase of the repairs is due to begin.\n"
         "\n"
         "There will be a Public Hearing on Monday, August 30, 2021 at 7:00 "
         "PM to hear comments and questions on the plan for the bridge and "
         "the detour, which the council will then vote on at its regular "
         "meeting in September, the clerk said.\n",
     .in = {"There will be a Public Hearing", "the clerk said."}},
    /* the author box's heading in another language, alone on its line:
     * what follows is the box, however it reads */
    {.what = "author box heading in Spanish",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "SOBRE EL AUTOR:\n\n"
             "Read all the stories written by the staff of the paper.\n",
     .in = {"on the south side."},
     .out = {"SOBRE EL AUTOR", "Read all the stories"}},
    /* a list of stories set into the text under a heading that reads as
     * a sentence: the heading goes with its list */
    {.what = "related list heading set into the text",
     .text = "Council approves bridge plan\n\n" PROSE1
             "Poder\xC3\xA3o tamb\xC3\xA9m interessar-lhe...\n\n"
             "Agency plans to invest a hundred million in social projects\n\n"
             "Health minister takes part in a high level dialogue abroad\n\n"
             "Twelve held over street robberies in the city centre\n\n" PROSE2
                 PROSE3,
     .in = {"Residents who spoke", "on the south side."},
     .out = {"interessar-lhe", "street robberies"}},
    /* a headline printed twice on one line (a picture's alternative text
     * and its link) between paragraphs: the last paragraph stays */
    {.what = "doubled headline before the last paragraph",
     .text = "Villagers ask for clean water\n\n" PROSE1 PROSE2
             "Mayors meet at the traditional harvest dinner Mayors meet at "
             "the traditional harvest dinner\n\n"
             "The villagers asked the officials to inspect the spring and "
             "solve the problem as soon as possible.\n\n"
             "Reporter: Jane Doerner\n",
     .in = {"solve the problem as soon as possible."},
     .out = {"harvest dinner"}},
    /* a count of views right above the comment form */
    {.what = "view count above the comment form",
     .text =
         "Village houses of culture reopen\n\n" PROSE1 PROSE2 PROSE3 "30259\n\n"
         "\xD0\x9E\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xB8\xD1"
         "\x82\xD1\x8C \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89"
         "\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5:\n\n" /* Оставить сообщение: */
         "Share your news with the people of the town\n"
         "If you have seen an accident, a fire or a burst pipe in the "
         "street, tell us about it in the readers' news feed and send "
         "us your photos.\n",
     .in = {"on the south side."},
     .out = {"30259", "Share your news", "burst pipe"}},
    /* a date line labelled as the publication's, with its section and
     * the agency's credit, above the headline */
    {.what = "labelled date line above the headline",
     .text = "Soci\xC3\xA9t\xC3\xA9 Publi\xC3\xA9 le vendredi 29 septembre "
             "2017 | AIP\n\n"
             "Village chiefs of the canton receive their letters of "
             "appointment\n\n" PROSE1 PROSE2,
     .title = "Village chiefs of the canton receive their letters of "
              "appointment"},
    /* an audio player's shortcode between paragraphs, an image tag's
     * size attribute before the first word, a link to report a mistake */
    {.what = "audio shortcode and size attribute",
     .text = "Deputy's car written off\n\n"
             " width=A deputy was involved in a crash in December that "
             "totaled the deputy's vehicle on the county road.\n\n" PROSE1
             "[audio:clip1.mp3]The Sheriff On The Details[/audio]\n\n" PROSE2
             "Fehler gesehen?\n\n" PROSE3,
     .starts = "A deputy was involved",
     .in = {"Residents who spoke", "on the south side."},
     .out = {"width=", "[audio", "Fehler gesehen"}},
    /* a caption that ends in its credit in brackets, in German; one that
     * opens with its credit, a name and the paper after a slash */
    {.what = "captions with their credits",
     .text = "Car lands on its roof\n\n"
             "Cham: Ein Auto \xC3\xBC"
             "berschlug sich und kam auf dem Dach zum "
             "Stillstand. (Bild: Zuger Polizei)\n\n" PROSE1 "Cr\xC3\xA9"
             "dito: Jane Roe / THE DAILY PAPER The village is part of "
             "the district of the old town.\n\n" PROSE2 PROSE3,
     .in = {"The council voted", "on the south side."},
     .out = {"Zuger Polizei", "Jane Roe", "The village is part"}},
    /* a newsletter's pitch printed twice above a trail glued to the
     * headline, and the headline itself */
    {.what = "newsletter pitch and a glued trail",
     .text = "Get the latest news to your email inbox FREE!\n\nREGISTER\n\n"
             "Get the latest news to your email inbox FREE!\n\nREGISTER\n"
             "HomeIndyShire rates rise again\n\n"
             "Shire rates rise again\n\n" PROSE1 PROSE2 PROSE3,
     .title = "Shire rates rise again",
     .in = {"The council voted", "on the south side."},
     .out = {"latest news", "REGISTER"}},
    /* a local page: the article signed in capitals after its last
     * sentence, then the next item under its town's name in capitals */
    {.what = "signed in capitals, then the next item",
     .text = "https://www.example.org/2019/11/28/patrols/\n\n" PROSE1 PROSE2
             "The mayor said that the city would post updates on its website "
             "every week and that it would hold another meeting in the spring, "
             "before the second phase of the repairs is due to begin on the "
             "south side of the river, where the old supports were found to be "
             "in the worst condition of all, and where the detour will be the "
             "longest for drivers and buses alike. GIULIA ROSSINI\n"
             "PIETRAPERZIA. Seventeen children of the nursery school have only "
             "one teacher this year, the parents said.\n",
     .in = {"for drivers and buses alike."},
     .out = {"GIULIA ROSSINI", "PIETRAPERZIA", "Seventeen children"}},
    /* a picture's credit in capitals is no signature: the dateline under
     * it opens the text */
    {.what = "credit in capitals over a dateline",
     .text = "Canmore continues pilot project\n\n"
             "The Provincial Courthouse in the town. RMO PHOTO\n\n"
             "CANMORE \xE2\x80\x93 A provincial pilot project between Crown "
             "prosecutors and police is showing success and expanding this "
             "fall, the province said on Tuesday.\n\n" PROSE1 PROSE2,
     .in = {"A provincial pilot project", "Residents who spoke"}},
    /* The seventeenth session's review: pages of the shapes its rules
     * read, which the rules must leave as they were (each held on the
     * start binary; each failed on the reviewed commit) */
    {.what = "author-box heading as a subheading",
     .text =
         "In\xC3\xAD"
         "cio | Cultura | Livros\n"
         "\n"
         "Escritor angolano lan\xC3\xA7"
         "a romance sobre a guerra civil em Luanda\n"
         "\n"
         "Publicado em 12 de mar\xC3\xA7o de 2024\n"
         "\n"
         "Maria Fernandes\n"
         "\n"
         "O escritor angolano Joaquim Mateus apresentou ontem, na Livraria "
         "Lello de Luanda, o seu novo romance, \"As Cinzas do Quitexe\", "
         "uma obra que percorre tr\xC3\xAAs d\xC3\xA9"
         "cadas da hist\xC3\xB3ria do pa\xC3\xADs atrav\xC3\xA9s de uma "
         "fam\xC3\xADlia do norte.\n"
         "\n"
         "A cerim\xC3\xB3nia de lan\xC3\xA7"
         "amento contou com a presen\xC3\xA7"
         "a de v\xC3\xA1rias figuras da cultura nacional, incluindo o "
         "ministro da Cultura, que elogiou a coragem do autor ao abordar "
         "temas ainda sens\xC3\xADveis para muitas fam\xC3\xADlias "
         "angolanas.\n"
         "\n"
         "O livro, editado pela Mayamba, tem 320 p\xC3\xA1ginas e "
         "estar\xC3\xA1 \xC3\xA0 venda nas principais livrarias do "
         "pa\xC3\xADs a partir da pr\xC3\xB3xima semana, por um "
         "pre\xC3\xA7o de cerca de 8 mil kwanzas.\n"
         "\n"
         "Sobre o autor\n"
         "\n"
         "Joaquim Mateus nasceu em 1968 no U\xC3\xADge e estudou Letras na "
         "Universidade Agostinho Neto, onde mais tarde foi professor de "
         "literatura durante quase vinte anos.\n"
         "\n"
         "\xC3\x89 autor de quatro romances e de dois livros de contos, "
         "tendo vencido em 2015 o Pr\xC3\xA9mio Nacional de Cultura e Artes "
         "na categoria de literatura.\n"
         "\n"
         "Em declara\xC3\xA7\xC3\xB5"
         "es aos jornalistas, Mateus afirmou que o novo livro foi escrito "
         "ao longo de seis anos e que grande parte da pesquisa foi feita "
         "junto de antigos combatentes e das suas fam\xC3\xADlias.\n",
     .in = {"Mateus afirmou que o novo livro"}},
    {.what = "digital edition as a subheading",
     .text =
         "Home | News | Local\n"
         "\n"
         "Valley Courier to end print edition after 120 years\n"
         "\n"
         "By Sarah Collins\n"
         "March 3, 2024\n"
         "\n"
         "The Valley Courier will stop printing its daily newspaper at the "
         "end of April and move entirely online, the paper's owners "
         "announced Friday.\n"
         "\n"
         "The decision ends more than 120 years of continuous print "
         "publication for the Courier, which was founded in 1902 by a group "
         "of local merchants.\n"
         "\n"
         "Publisher Mark Delgado said rising paper and delivery costs, "
         "combined with a steady drop in print subscriptions, made the move "
         "unavoidable.\n"
         "\n"
         "Digital edition\n"
         "\n"
         "Subscribers will be able to read a replica of each day's paper "
         "online, page by page, starting May 1. Current print subscribers "
         "will be moved to the new service automatically at no extra cost.\n"
         "\n"
         "The paper will also expand its newsroom's online coverage, adding "
         "two reporters to cover the city council and local schools.\n"
         "\n"
         "Delgado said the company will hold community meetings next month "
         "to help older readers set up accounts and learn to use the "
         "digital edition.\n",
     .in = {"Delgado said the company will hold community meetings"}},
    {.what = "related list under a sentence",
     .text =
         "Home | News | Local\n"
         "\n"
         "City council approves new downtown parking plan\n"
         "\n"
         "March 6, 2024\n"
         "\n"
         "The city council voted 6-1 on Tuesday night to approve a sweeping "
         "overhaul of downtown parking, ending months of debate between "
         "business owners and residents.\n"
         "\n"
         "Under the plan, metered parking will be extended until 9 p.m. on "
         "weekdays, and rates in the busiest blocks will rise from $1.50 to "
         "$2.25 an hour starting in July.\n"
         "\n"
         "Related measures approved by the council on Tuesday include "
         "several changes to permits.\n"
         "\n"
         "- Residents of the Old Town district will get two free permits "
         "per household\n"
         "- Delivery zones on Main Street will be cut from six to four "
         "spots\n"
         "- Permit fees for downtown employees will drop by half for the "
         "first year\n"
         "\n"
         "Council member Dana Ortiz, who cast the only vote against the "
         "plan, said the rate increase would hurt small restaurants that "
         "rely on evening customers.\n"
         "\n"
         "Mayor Ken Albright said revenue from the meters would go toward "
         "repairing the Elm Street garage, which has been partly closed "
         "since a concrete beam failed last fall.\n"
         "\n"
         "The new rates are expected to bring in about $1.2 million a year, "
         "according to city estimates.\n",
     .in = {"Related measures approved by the council",
            "The new rates are expected"}},
    {.what = "words in capitals after the last sentence",
     .text =
         "Inicio > Cultura\n"
         "\n"
         "La Orquesta Sinf\xC3\xB3nica de Galicia ofrecer\xC3\xA1 un "
         "concierto gratuito en la plaza de Mar\xC3\xAD"
         "a Pita\n"
         "\n"
         "8 de junio de 2023\n"
         "\n"
         "La Orquesta Sinf\xC3\xB3nica de Galicia ofrecer\xC3\xA1 el "
         "pr\xC3\xB3ximo s\xC3\xA1"
         "bado un concierto al aire libre en la plaza de Mar\xC3\xAD"
         "a Pita con motivo de las fiestas de San Juan, seg\xC3\xBAn "
         "anunci\xC3\xB3 este jueves el Ayuntamiento de A Coru\xC3\xB1"
         "a.\n"
         "\n"
         "El programa incluir\xC3\xA1 obras de Falla, Granados y "
         "Alb\xC3\xA9niz, adem\xC3\xA1s de una selecci\xC3\xB3n de bandas "
         "sonoras de cine que la orquesta ya interpret\xC3\xB3 con gran "
         "\xC3\xA9xito el verano pasado.\n"
         "\n"
         "La concejala de Cultura, Gloria Rivas, destac\xC3\xB3 que se "
         "trata de una forma de acercar la m\xC3\xBAsica cl\xC3\xA1sica a "
         "todos los p\xC3\xBA"
         "blicos y de llenar de vida el centro de la ciudad durante las "
         "fiestas.\n"
         "\n"
         "El Ayuntamiento instalar\xC3\xA1 1.500 sillas en la plaza y dos "
         "pantallas gigantes en los soportales para que el p\xC3\xBA"
         "blico pueda seguir el concierto desde cualquier punto.\n"
         "\n"
         "El concierto comenzar\xC3\xA1 a las 21.30 horas y tendr\xC3\xA1 "
         "una duraci\xC3\xB3n aproximada de dos horas, con un breve "
         "descanso, y el Ayuntamiento recomienda acudir con "
         "antelaci\xC3\xB3n porque se espera una gran afluencia de p\xC3\xBA"
         "blico, como ya ocurri\xC3\xB3 en la edici\xC3\xB3n del a\xC3\xB1o "
         "pasado, cuando m\xC3\xA1s de ocho mil personas llenaron la plaza. "
         "ENTRADA LIBRE\n",
     .in = {"ENTRADA LIBRE"}},
    {.what = "round-up of towns in capitals",
     .text =
         "Home | Community | Things to do\n"
         "\n"
         "Weekend roundup: fairs, concerts and a charity run across the "
         "county\n"
         "\n"
         "By Emily Grant\n"
         "June 14, 2023\n"
         "\n"
         "From a strawberry festival to an outdoor concert series, there is "
         "plenty to do across the county this weekend. Here is our pick of "
         "local events.\n"
         "\n"
         "SPRINGFIELD - The annual Strawberry Festival returns to Riverside "
         "Park on Saturday with pick-your-own fields, a pie-eating contest, "
         "pony rides and live bluegrass music from noon until dusk, and "
         "organizers say this year's crop is the best in a decade after a "
         "mild and wet spring. Parking is free at the high school, with "
         "shuttle buses running every fifteen minutes. ALL WELCOME\n"
         "\n"
         "GREENVILLE - The Greenville Community Band opens its summer "
         "concert series Sunday evening at the Town Green bandstand, "
         "playing marches, show tunes and a tribute to John Williams.\n"
         "\n"
         "OAK HILL - Runners and walkers will raise money for the Oak Hill "
         "Animal Shelter in a 5K fun run Saturday morning, starting at 8 "
         "a.m. from the fire station on Main Street.\n"
         "\n"
         "MILTON - The Milton Historical Society hosts an open house at the "
         "restored 1840s schoolhouse on Saturday afternoon, with costumed "
         "volunteers leading tours for children.\n",
     .in = {"The Milton Historical Society hosts an open house"}},
    {.what = "headline with a release date",
     .text =
         "Home | Gaming | News\n"
         "\n"
         "GTA 6 release date: May 26, 2026 confirmed by Rockstar\n"
         "\n"
         "By Tom Walsh\n"
         "May 2, 2025\n"
         "\n"
         "Rockstar Games has confirmed that Grand Theft Auto VI will be "
         "released on May 26, 2026, ending months of speculation about when "
         "the long-awaited sequel would arrive.\n"
         "\n"
         "The company announced the date in a short post on its website on "
         "Friday, saying the extra time was needed to deliver the game at "
         "the level of quality players expect.\n"
         "\n"
         "The game had originally been expected in the autumn of 2025. "
         "Shares of Take-Two Interactive, Rockstar's parent company, fell "
         "about 7 percent in after-hours trading following the news.\n"
         "\n"
         "Grand Theft Auto VI will be set in the fictional state of "
         "Leonida, based on Florida, and will feature the series' first "
         "female lead character since the 1990s.\n"
         "\n"
         "The previous game in the series, Grand Theft Auto V, has sold "
         "more than 200 million copies since it came out in 2013.\n",
     .title = "GTA 6 release date: May 26, 2026 confirmed by Rockstar"},
    {.what = "headline about an inbox",
     .text = "Home | Tech | News\n"
             "\n"
             "Get control of your inbox: Gmail adds one-click unsubscribe "
             "button\n"
             "\n"
             "By Priya Nair\n"
             "April 10, 2024\n"
             "\n"
             "Google is rolling out a new feature in Gmail that lets users "
             "unsubscribe from marketing emails with a single click, the "
             "company said Wednesday.\n"
             "\n"
             "The button will appear at the top of messages from bulk senders, "
             "and Gmail will automatically send the request to the company on "
             "the user's behalf.\n"
             "\n"
             "Google said the change is part of a wider effort to cut down on "
             "spam. Since February, senders of more than 5,000 messages a day "
             "must make it easy for recipients to opt out.\n"
             "\n"
             "The feature will be available on the web version of Gmail first, "
             "followed by the Android and iOS apps in the coming weeks.\n"
             "\n"
             "Industry analysts said the move could force marketers to send "
             "fewer but more relevant emails.\n",
     .title =
         "Get control of your inbox: Gmail adds one-click unsubscribe button"},
    {.what = "a paragraph about credit",
     .text =
         "Inicio > Econom\xC3\xAD"
         "a\n"
         "\n"
         "As\xC3\xAD cerraron los principales indicadores financieros del "
         "trimestre\n"
         "\n"
         "Publicado el 2 de abril de 2024\n"
         "\n"
         "El Banco Central public\xC3\xB3 este martes su informe trimestral "
         "sobre el sistema financiero, que muestra una recuperaci\xC3\xB3n "
         "del cr\xC3\xA9"
         "dito y una leve ca\xC3\xAD"
         "da de la morosidad.\n"
         "\n"
         "Dep\xC3\xB3sitos: los dep\xC3\xB3sitos a plazo fijo en pesos "
         "crecieron un 12% en t\xC3\xA9rminos reales durante el trimestre, "
         "impulsados por la suba de las tasas de inter\xC3\xA9s que ofrecen "
         "los bancos a los ahorristas.\n"
         "\n"
         "Cr\xC3\xA9"
         "dito: los pr\xC3\xA9stamos personales y con tarjeta / las "
         "l\xC3\xADneas para empresas subieron un 8% en el trimestre, la "
         "primera suba real en dos a\xC3\xB1os, seg\xC3\xBAn el informe, "
         "que atribuye la mejora a la baja de la inflaci\xC3\xB3n.\n"
         "\n"
         "Morosidad: la proporci\xC3\xB3n de pr\xC3\xA9stamos impagos en la "
         "cartera de las familias baj\xC3\xB3 del 4,1% al 3,8%, aunque "
         "sigue por encima de los niveles previos a la pandemia.\n"
         "\n"
         "Los analistas consultados coincidieron en que los datos muestran "
         "una estabilizaci\xC3\xB3n del sistema, aunque advirtieron que la "
         "recuperaci\xC3\xB3n depender\xC3\xA1 de la evoluci\xC3\xB3n de "
         "los salarios.\n",
     .in = {"personales y con tarjeta"}},
    {.what = "a long paragraph ending in a picture note",
     .text =
         "Startseite > Region\n"
         "\n"
         "Neue Br\xC3\xBC"
         "cke \xC3\xBC"
         "ber die Mosel soll 2027 fertig werden\n"
         "\n"
         "Ver\xC3\xB6"
         "ffentlicht am 14.03.2024\n"
         "\n"
         "Der Bau der neuen Moselbr\xC3\xBC"
         "cke zwischen Trier-Pfalzel und Ehrang kommt voran. Nach Angaben "
         "des Landesbetriebs Mobilit\xC3\xA4t sind die Pfeiler inzwischen "
         "fertiggestellt, im Sommer sollen die ersten Stahlteile eingehoben "
         "werden.\n"
         "\n"
         "Die alte Br\xC3\xBC"
         "cke aus dem Jahr 1962 ist seit drei Jahren f\xC3\xBCr Lastwagen "
         "gesperrt, weil Gutachter Risse im Beton festgestellt hatten. "
         "Pendler m\xC3\xBCssen seitdem einen Umweg von bis zu zw\xC3\xB6lf "
         "Kilometern in Kauf nehmen.\n"
         "\n"
         "Die Kosten f\xC3\xBCr den Neubau werden auf rund 48 Millionen "
         "Euro gesch\xC3\xA4tzt, deutlich mehr als urspr\xC3\xBCnglich "
         "geplant. Grund seien vor allem die gestiegenen Preise f\xC3\xBCr "
         "Stahl und Beton, sagte ein Sprecher des Landesbetriebs, der am "
         "Mittwoch zusammen mit Verkehrsministerin Daniela Schmitt die "
         "Baustelle besuchte (Bild: Visualisierung der neuen Br\xC3\xBC"
         "cke)\n"
         "\n"
         "Die Ministerin betonte, die Br\xC3\xBC"
         "cke sei f\xC3\xBCr die Region von gro\xC3\x9F"
         "er Bedeutung. T\xC3\xA4glich sollen sie nach der Fertigstellung "
         "rund 25.000 Fahrzeuge nutzen.\n"
         "\n"
         "Die Freigabe f\xC3\xBCr den Verkehr ist f\xC3\xBCr den Herbst "
         "2027 geplant.\n",
     .in = {"(Bild: Visualisierung der neuen"}},
    {.what = "a quotation opening with mira esto",
     .text =
         "Inicio > Sociedad\n"
         "\n"
         "Vecinos de Lavapi\xC3\xA9s denuncian la acumulaci\xC3\xB3n de "
         "basura tras diez d\xC3\xAD"
         "as de huelga\n"
         "\n"
         "Publicado el 15 de noviembre de 2023\n"
         "\n"
         "Los vecinos del barrio madrile\xC3\xB1o de Lavapi\xC3\xA9s "
         "denunciaron este mi\xC3\xA9rcoles la acumulaci\xC3\xB3n de basura "
         "en sus calles tras diez d\xC3\xAD"
         "as de huelga del servicio de limpieza, que mantiene sin recoger "
         "cientos de contenedores.\n"
         "\n"
         "En la calle del Ave Mar\xC3\xAD"
         "a, las bolsas se amontonan hasta la altura de los portales y el "
         "olor es insoportable, seg\xC3\xBAn relatan los comerciantes de la "
         "zona.\n"
         "\n"
         "Carmen Ruiz, que regenta una fruter\xC3\xAD"
         "a desde hace treinta a\xC3\xB1os, abri\xC3\xB3 la puerta del "
         "almac\xC3\xA9n para mostrar a los periodistas las ratas que han "
         "aparecido en el patio trasero.\n"
         "\n"
         "Mira esto: llevamos una semana sin poder sacar la basura y nadie "
         "del Ayuntamiento ha venido a vernos, dijo la comerciante mientras "
         "se\xC3\xB1"
         "alaba los contenedores desbordados.\n"
         "\n"
         "El sindicato convocante y la empresa concesionaria "
         "volver\xC3\xA1n a reunirse el viernes, aunque ninguna de las "
         "partes se muestra optimista sobre un acuerdo inmediato.\n"
         "\n"
         "El Ayuntamiento asegura que ha reforzado los servicios "
         "m\xC3\xADnimos en las zonas m\xC3\xA1s afectadas.\n",
     .in = {"llevamos una semana sin poder sacar la basura"}},
    /* a text-to-speech player's placeholder and a bar over the text; a
     * link to the story where it first ran, under the text */
    {.what = "audio player, bar and a link to the first run",
     .text = "Council approves bridge plan\n"
             "Getting your Trinity Audio player ready...\n|\n" PROSE1 PROSE2
             "Leggi la notizia sul Corriere del Fiume.\n"
             "Riproduzione riservata\n",
     .starts = "The council voted",
     .in = {"as it goes."},
     .out = {"Trinity", "|", "Leggi la notizia", "Riproduzione"}},
    /* a comment form's heading without its article */
    {.what = "leave comment and also in this section",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "Leave comment\nYou are not allowed to add comment\n\n"
             "Local News\n\nResidents protest over the road\n\n"
             "Residents of the north zone woke up to a demonstration in which "
             "they blocked the roads with banana trees and lit fires in the "
             "middle of the street, saying the road had been impassable for "
             "months.\n",
     .in = {"on the south side."},
     .out = {"Leave comment", "Residents protest", "banana trees"}},
    /* the page's date glued after the headline, with no blank or after
     * a rule and a time */
    {.what = "a weekday glued to the headline",
     .text = "Council approves plan for the old bridgeWednesday, September "
             "29, 2021\n|\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "a rule and a time before the date",
     .text = "Riverside\nCouncil approves plan for the old bridge"
             "\xE2\x94\x80\xE2\x94\x80 06:23 Mon, 22 Aug 2022\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "a headline ending in a date as words keeps it",
     .text = "Council sets the vote for 5 May 2024\n\n" PROSE1 PROSE2,
     .title = "Council sets the vote for 5 May 2024"},
    {.what = "a site's clock is no headline",
     .text = "Riverside Time: 9:59 PM on Saturday 18 February\n\n"
             "Riverside Herald Logo\n\n/ Front page / News\n\n"
             "Clean water for the six villages\n\nJane Roe\n"
             "Saturday, February 18, 2017\n\n" PROSE1 PROSE2 PROSE3
             "\n\n\nUse the free Acrobat Reader to view.\n\nWestpac\n",
     .title = "Clean water for the six villages",
     .out = {"Acrobat", "9:59"}},
    {.what = "a caption closed by a credit in brackets",
     .text = "Article Image\n\nCouncil approves plan for the old bridge\n\n"
             "Jane Roe\n\n"
             "A flooded street in the north zone. It has been so for weeks."
             "\n\n[Photo/Jane Roe.]\n\n" PROSE1 PROSE2 PROSE3
             "Do you live in Riverside and would like news for free? "
             "WhatsApp the word Riverside to 0790870000\n\nReport Story\n",
     .starts = "The council voted",
     .out = {"flooded street", "[Photo", "WhatsApp"}},
    {.what = "a caption naming people from the left",
     .text = "Politik\n\nWas hat der Rat in diesem ersten Jahr getan?\n\n"
             "12.03.2019, Eupen: Die Ratsmitglieder bei der Vereidigung "
             "(v.l.n.r.): Anna Berg, Paul Stein, Maria Klein und Jan Wolf."
             "\n\n" PROSE1 PROSE2 PROSE3,
     .starts = "The council voted",
     .out = {"v.l.n.r."}},
    {.what = "a standfirst the text prints again, a trail and tags",
     .text = "STOCK MARKET BSE NSE\nHome States Riverside\n\n"
             "Council approves plan for the old bridge\n\n"
             "The mayor said that the city would post updates on its "
             "website every week and hold another meeting in the spring."
             "\n\nPublished: 10th November 2020 10:39 AM  |   Last Updated: "
             "10th November 2020 10:39 AM   |  A+A-\n\n"
             "By Riverside News Service\n\n" PROSE1 PROSE2
             "The mayor said that the city would post updates on its "
             "website every week and hold another meeting in the spring."
             "\n\nNow we are on Telegram too. Follow us for updates\nTAGS\n"
             "Riverside\nCity Matters\nA few of the members who went to the "
             "court include Anna Berg (L) and Paul Stein (R), both of whom "
             "said they would wait.\nCourt asks two channels not to air the "
             "claims\n",
     .title = "Council approves plan for the old bridge",
     .starts = "The council voted",
     .in = {"as it goes.\n\nThe mayor said that the city would post"},
     .out = {"Published", "Telegram", "Court asks", "Anna Berg"}},
    /* a short headline under the page's date line, and a related list's
     * German heading */
    {.what = "a short headline under the date line",
     .text = "11 Februar 2011 | Lokales\n\nWeniger Wasser erwartet\n\n" PROSE1
         PROSE2 PROSE3 "Gleiche Nachricht\n\n \n\nNeue Regeln im Park\n\n"
             "vor 19 stunden | Lokales\n\nRiverside (er) - Die "
             "Stadtverwaltung will die Zahl der Tauben in der Stadtmitte "
             "senken, vor allem rund um den Turm und...\n",
     .title = "Weniger Wasser erwartet",
     .out = {"Gleiche", "Neue Regeln", "Tauben"}},
    {.what = "a portal's frame around the headline",
     .text = "REGION :: Council approves plan for the old bridge :: "
             "COUNTRY\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "in primo piano ends the article",
     .text = "Il consiglio approva il piano\n\n"
             "Il consiglio comunale ha approvato ieri sera il piano per il "
             "ponte vecchio, che resterà chiuso per sei mesi mentre le "
             "squadre sostituiscono la campata e riparano i piloni.\n\n"
             "I residenti che hanno parlato durante la seduta si sono detti "
             "preoccupati per la deviazione, ma la maggior parte di loro ha "
             "ammesso che i lavori non potevano più aspettare.\n\n"
             "Il sindaco ha detto che il comune pubblicherà ogni settimana "
             "gli aggiornamenti sul suo sito e che terrà un'altra riunione "
             "in primavera, prima della seconda fase dei lavori.\n\n"
             "In Primo Piano\nIl funerale\n\n\xC2\xABIl nostro Stefano torna "
             "a casa\xC2\xBB: all'ippodromo la camera ardente per il giovane "
             "fantino\n\n"
             "Le nostre iniziative\n",
     .out = {"Primo Piano", "Stefano"}},
    /* other stories after the text: a job ads' heading, a template's
     * placeholder, a list of headlines down to the comments' heading */
    {.what = "a job ads' heading ends the article",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "Kaynak: riverhaber\n\nHaberi Sesli Oku\n\n\xC4\xB0\xC5\x9E "
             "\xC4\xB0LANLARI\n\nChance for job seekers in Riverside: the "
             "city hires twenty park staff!\n\nRiverside Jobs\n\nThe "
             "council's water board opens 780 posts, and applications "
             "start on Monday at the city hall!\n",
     .out = {"LANLARI", "job seekers", "780 posts"}},
    {.what = "a template's related placeholder",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "{lang_related-title}:\nThe winter in the valley was the "
             "coldest in years, and the council asked all of the residents "
             "to save water and power until the spring.\n",
     .out = {"lang_related", "coldest in years"}},
    {.what = "a list of headlines down to a marker",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2 PROSE3
             "- Mayor names a new police chief for the city after a search "
             "of a year\n"
             "- Storm closes three schools in the north of the county for the "
             "rest of the week\n"
             "- River club wins the cup for the first time in its long "
             "history after a goal\n"
             "- Budget talks stall again at city hall as two parties fail to "
             "agree on roads\n"
             "Recent Comments\n",
     .in = {"on the south side."},
     .out = {"police chief", "Storm closes", "Budget talks"}},
    /* found on a pool of unseen scrapes: an advertisement's label in
     * Portuguese, follow prompts for Google News, a caption's label in
     * Indonesian, a paywall's notice in Italian */
    {.what = "an advertisement's label is no title",
     .text = "Continua depois da publicidade\n" PROSE1 PROSE2,
     .not_title = "Continua",
     .out = {"publicidade"}},
    {.what = "follow prompts for Google News",
     .text = "Council approves plan for the old bridge\n"
             "Google News'te Riverside Haber'e abone olun.\n" PROSE1 PROSE2
             "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
             "\xD0\xBD\xD0\xB0\xD1\x81 \xD0\xB2 Google News.\n"
             "Google is closing Google News in Spain, the company said on "
             "Thursday, after a dispute over a new copyright law.\n",
     .in = {"Google is closing Google News in Spain"},
     .out = {"abone", "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9"}},
    {.what = "a caption's label is no title",
     .text = "Ket Foto: Majelis hakim yang menyidangkan perkara korupsi dengan "
             "terdakwa Kepala Desa Riverside. |\n" PROSE1 PROSE2,
     .not_title = "Ket Foto",
     .out = {"Ket Foto"}},
    {.what = "a paywall's notice in Italian",
     .text = "Il consiglio approva il bilancio\n\n" PROSE1 PROSE2
             "Questo contenuto \xC3\xA8 riservato agli abbonati premium\n"
             "Accesso a tutti i contenuti del sito\nDISDICI QUANDO VUOI\n"
             "Il servizio premium sar\xC3\xA0 presto disponibile.\n",
     .out = {"riservato", "premium"}},
    {.what = "a related box of labels inside the text",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Related\n\nBudget\n\nRoads\n\nSchools\n\n" PROSE2 PROSE3,
     .in = {"on the south side."}},
    /* the second review's false friends */
    {.what = "a job ads' heading over prose is a subheading",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "\xC4\xB0\xC5\x9E \xC4\xB0LANLARI\n\n" PROSE2 PROSE3,
     .in = {"on the south side."}},
    {.what = "the article's long points before a marker",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "The key changes residents should know about are these.\n\n"
             "- Full-day service expands to all 14 bus routes, with the last "
             "four routes adding buses over the summer break\n"
             "- Ferry routes for the three islands will be merged starting in "
             "January, which the city says will save money\n"
             "- Parking fees rise from $50 to $75 a month, although families "
             "on housing aid will continue to pay nothing at all\n"
             "Recent Comments\n",
     .in = {"Ferry routes for the three islands"}},
    {.what = "a sentence about Google News",
     .text = "Local publishers report traffic drop\n\n" PROSE1
             "Following the Google News update in September, the Riverside "
             "Ledger lost a third of its readers.\n\n" PROSE2,
     .in = {"Following the Google News update"}},
    {.what = "a headline opening with Pictured",
     .text = "Pictured: The moment a whale breached just feet from a kayaker "
             "off the coast\n\n" PROSE1 PROSE2,
     .title = "Pictured: The moment a whale breached just feet from a kayaker "
              "off the coast"},
    /* the review's false friends: each rule's trigger in article text */
    {.what = "a headline with an hour and a day",
     .text = "Eclipse at 14:05 on Monday: where to watch\n\n" PROSE1 PROSE2,
     .title = "Eclipse at 14:05 on Monday: where to watch"},
    {.what = "a date after the headline writer's dash stays",
     .text = "Beranda Ekonomi Bisnis\n\nHarga Emas Antam Hari Ini - Selasa, "
             "12 Maret 2024\n\n" PROSE1 PROSE2,
     .title = "Harga Emas Antam Hari Ini - Selasa, 12 Maret 2024"},
    {.what = "a trail in the title is no frame",
     .text = "Business :: Bank of Ghana :: Rates held\n\n" PROSE1 PROSE2,
     .title = "Business :: Bank of Ghana :: Rates held"},
    {.what = "a subheading opening with a tags word",
     .text = "Council approves road repairs\n\nMarch 12, 2024\n\n" PROSE1
             "Topics\n\nRoad safety\nDrainage\n\n" PROSE2 PROSE3,
     .in = {"on the south side."}},
    {.what = "a subheading opening with Home",
     .text = "Menu Search\n\nMigrants face new checks at the border\n\n"
             "Published 12 March 2024\n\n" PROSE1 PROSE2
             "Home Office response\n\nA spokesperson declined to comment "
             "further\n\n" PROSE3,
     .title = "Migrants face new checks at the border",
     .in = {"The council voted"}},
    {.what = "people named from the left in prose",
     .text = "Local students reach the national final\n\n" PROSE1
             "The three finalists (from left) Amina Yusuf, Ben Carter and "
             "Chen Li will present their water-filter project in Nairobi on "
             "Saturday, competing against 40 other schools.\n\n" PROSE2,
     .in = {"The three finalists (from left)"}},
    {.what = "a short paragraph over a credit in parentheses",
     .text =
         "Council approves plan for the old bridge\n\n" PROSE1
         "The bridge will reopen in the autumn.\n\n(Photo: Reuters)\n\n" PROSE2
             PROSE3,
     .in = {"The bridge will reopen in the autumn."}},
    {.what = "a messenger and a number in the text",
     .text = "Police appeal for witnesses after robbery\n\n" PROSE1
             "We are on Signal because it is safer for us, one organiser "
             "said.\n\nWitnessed the robbery? Text police to 61016.\n\n" PROSE2,
     .in = {"We are on Signal because", "Text police to 61016."}},
    {.what = "a caption under the picture's file name",
     .text = "21 dic. 2025\n\nCouncil approves plan for the old bridge\n\n"
             "The council voted to close the bridge for six months.\n\n"
             "Bridge.jpg\n\nThe flood water of the river already reaches the "
             "deck of the old bridge on route 22.\n\n"
             "Foto: Jane Roe\n\n" PROSE1 PROSE2 PROSE3,
     .out = {"flood water", "Jane Roe"}},
    {.what = "a caption over a copyright credit under the headline",
     .text = "Council approves plan for the old bridge\n\nPublished by Jane "
             "Roe\n\nCouncil approves plan for the old bridge\n\nWorkers "
             "inspect the old bridge over the river in the north of the "
             "city, where the deck has cracked.\n\n\xC2\xA9 RFI / Jane "
             "Roe\n\nBy RFI, 17-11-2017\n\n" PROSE1 PROSE2,
     .starts = "The council voted",
     .out = {"Workers inspect", "RFI / Jane"}},
    {.what = "a paragraph of two sentences over a copyright credit",
     .text =
         "Council approves plan for the old bridge\n\nCouncil approves "
         "plan for the old bridge\n\nWorkers began to inspect the old "
         "bridge over the river on Monday morning. The deck has cracked "
         "in two places, the city said.\n\n\xC2\xA9 RFI / Jane Roe\n\n" PROSE1
             PROSE2,
     .in = {"Workers began to inspect"}},
    {.what = "a trail that lost its separators over the headline",
     .text = "Ana Sayfa Ar\xC5\x9Fiv Council approves plan for the old "
             "bridge\n\nCouncil approves plan for the old bridge\n\n48\n0"
             "\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "a word in capitals miscased is not a trail glued on",
     .text = "G\xC3\x9CM\xC3\x9CLC\xC4\xB1NE\xE2\x80\x99"
             "DE "
             "T\xC3\x9CRKLERDEN \xE2\x80\x9C"
             "E\xC5\x9F\xC4\xB1TL\xC4\xB1\xC4"
             "\x9E"
             "E \xC4\xB1LK ADIM\xE2\x80\x9D ATILDI!\n\n" PROSE1 PROSE2,
     .not_title = "C\xC4\xB1NE"},
    {.what = "a short headline over its date line, under a site's clock",
     .text = "Friday 31 July 2015 | UPDATED: 21 minutes ago\nHIGHLIGHTS\n"
             "RIVERSIDE\n\nBridge plan approved\n\nSaturday 28 August 2010 "
             "| 00:00\n\n" PROSE1 PROSE2,
     .title = "Bridge plan approved",
     .starts = "The council voted"},
    {.what = "a caption glued to the dateline in capitals",
     .text = "Council approves plan for the old bridge\n\nWorkers at the old "
             "bridgeRADIO RIVERSIDE FM \xE2\x80\x93 " PROSE1 PROSE2,
     .starts = "RADIO RIVERSIDE FM \xE2\x80\x93 The council voted",
     .removed = {"glued-caption"}},
    {.what = "a name in capitals opening the text is no glued caption",
     .text = "Council approves plan for the old bridge\n\nMcDONALDS "
             "RESTAURANTS \xE2\x80\x93 " PROSE1 PROSE2,
     .starts = "McDONALDS RESTAURANTS"},
    {.what = "a blog's search box is not the headline",
     .text = "Buscar este blog\n\nmartes, mayo 18, 2010\n\n" PROSE1 PROSE2,
     .not_title = "Buscar"},
    {.what = "a glued trail before a headline whose first word has a hyphen",
     .text =
         "Suche\n\nStartseitePOLITIKBaden-W\xC3\xBCrttemberg beschlie\xC3"
         "\x9F"
         "t neues Schulgesetz f\xC3\xBCr mehr Ganztag\n\n14.05.2024\n\n" PROSE1
             PROSE2,
     .title = "Baden-W\xC3\xBCrttemberg beschlie\xC3\x9F"
              "t neues Schulgesetz f\xC3\xBCr mehr Ganztag"},
    {.what = "a headline after a date and a bar",
     .text = "12 November 2023 | Remembrance Sunday commemorations\n\n" PROSE1
         PROSE2,
     .title = "12 November 2023 | Remembrance Sunday commemorations"},
    {.what = "a teaser with its date, printed again under Most read",
     .text = "Home | News | Local | Sport\n\nCouncil approves new cycle "
             "lanes for the city centre\n\n12 May 2024\n\n" PROSE1
             "Traders fear loss of parking spaces in city centre\n\n11 May "
             "2024\n\n" PROSE2 PROSE3 "Most read\n\nTraders fear loss of "
             "parking spaces in city centre\n\nMan charged after crash on "
             "ring road\n",
     .title = "Council approves new cycle lanes for the city centre"},
    {.what = "a standfirst over a copyright credit, the headline printed below",
     .text =
         "Council approves plan for the old bridge\n\nThe bridge will "
         "close for six months while crews replace its deck and repair "
         "the supports that an inspection found to be unsafe.\n\n\xC2\xA9 "
         "Agency / Jane Roe\n\nBy Ann Smith\n14/05/2024 19h32\n\n" PROSE1 PROSE2
         "Share: Council approves plan for the old bridge\n\n"
         "Council approves plan for the old bridge\n",
     .in = {"The bridge will close"}},
    {.what = "capitals and a dash inside a later paragraph are no dateline",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Speaking after the vote, the former mayor Jack McCONNELL \xE2\x80"
             "\x93 who backed the plan \xE2\x80\x93 said the city had waited "
             "long enough for the work to begin.\n\n" PROSE2,
     .in = {"the former mayor Jack McCONNELL"}},
    {.what = "a comment list's heading in Chinese ends the article",
     .text = "# Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "### \xE7\x95\x99\xE8\xA8\x80\xE5\x88\x97\xE8\xA1\xA8 (42)\n\n"
             "What a lovely bridge, we walked over it every summer when the "
             "children were small and the river was high.\n",
     .out = {"What a lovely bridge"}},
    {.what = "a video player's screen-reader texts",
     .text = "# Council approves plan for the old bridge\n\n" PROSE1
             "This is a modal window.\n\n* captions settings, opens captions "
             "settings dialog\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"modal window", "captions settings"}},
    {.what = "a heading in the page's bar, again right over the text",
     .text = "Next story\n\n#### On Behalf of the Word Literally\n\n"
             "  * Share on Twitter\n  * Share on Facebook\n\n* * *\n\nWords "
             "need defenders.\n\n### On Behalf of the Word Literally\n\n" PROSE1
             "#### When in Doubt, Leave it Out\n\n" PROSE2 PROSE3,
     .title = "On Behalf of the Word Literally",
     .starts = "The council voted"},
    {.what = "a subheading under the lead on the corpus header's line",
     .text = "https://news.example/2022/06/talon-signs-it/\n\n date "
             "2022-06 In Benin, the president signed on the first of June the "
             "decree that sorts the country's communes into three classes. "
             "The novelty, as was known, is that Abomey-Calavi joins the "
             "communes with special status, which now number four.\n\nTwo "
             "ministers charged with applying the decree\n\n" PROSE2 PROSE3,
     .not_title = "Two ministers",
     .starts = "In Benin, the president"},
    {.what = "a byline alone is no headline",
     .text = " date 2021-01 Por O Dia\n\nPetr\xC3\xB3polis - " PROSE1 PROSE2,
     .not_title = "Por O Dia"},
    {.what = "a headline that opens with a byline's word stays one",
     .text = "Por que a ponte vai fechar por seis meses\n\n" PROSE1 PROSE2,
     .title = "Por que a ponte vai fechar por seis meses"},
    {.what = "players' notes, an update's label, a suggested story, an "
             "appeal to subscribe",
     .text =
         "# Council approves plan for the old bridge\n\n" PROSE1
         "Il video non pu\xC3\xB2 essere riprodotto: riprova pi\xC3\xB9 "
         "tardi.\n\nAtualizado: 4 de abr.\n\nTE SUGERIMOS Video: Rotundo "
         "\xC3\xA9xito del festival en Calimaya\n\n" PROSE2
         "Abona\xC8\x9Bi-v\xC4\x83 la \xC8\x98TIRILE ZILEI pentru a fi la "
         "curent cu cele mai noi informa\xC8\x9Bii. ABONEAZ\xC4\x82-TE\n\n" PROSE3,
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"riprodotto", "Atualizado", "SUGERIMOS", "ZILEI"}},
    {.what = "a last paragraph whose full stop the page lost",
     .text = "Foto: Primarul Stamatoiu a inaugurat o investiție de "
             "600.000 de lei la Bobu!\n\n1622\n\nEdilul comunei Scoarța, "
             "Ion Stamatoiu, a tăiat, astăzi, de Valentine’s Day, "
             "panglica inaugurală la fosta clădire a primăriei din Bobu. "
             "Clădirea, reabilitată din buget local, cu șase miliarde de "
             "lei vechi, a devenit astfel noua unitate de învățământ din "
             "Bobu, cu o clasă pentru școală primară și clasă pentru "
             "grădiniță.\n\nClădirea are dotări de ultimă oră, cu grupuri "
             "sanitare moderne, cancelarie și mobilier nou.\n\nCopiii vor "
             "începe activitatea didactică în noua clădire în doar câteva "
             "zile, după ce conducerea unității va intra în posesia "
             "autorizației sanitare\n\nLĂSAȚI UN MESAJ\n\nPlease enter "
             "your comment!\nPlease enter your name here\n",
     .in = {"în posesia autorizației sanitare"},
     .out = {"MESAJ"}},
    {.what = "a short line with no full stop under the text",
     .text = "# Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "Photo gallery of the opening day\n\nLEAVE A MESSAGE\n\nPlease "
             "enter your comment!\nPlease enter your name here\n",
     .out = {"Photo gallery"}},
    {.what = "a newsletter's box inside the text ends nothing",
     .text = "# Council approves plan for the old bridge\n\n" PROSE1
             "Recevoir la newsletter\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"Recevoir"}},
    {.what = "a sentence opening with a comment form's words",
     .text =
         "# Council approves plan for the old bridge\n\n" PROSE1
         "\xE7\xBD\x91\xE5\x8F\x8B\xE8\xAF\x84\xE8\xAE\xBA\xE7\xA7\xB0"
         "\xEF\xBC\x8C\xE8\xBF\x99\xE7\xA7\x8D\xE8\xA1\x8C\xE4\xB8\xBA"
         "\xE5\xAE\x9E\xE5\x9C\xA8\xE5\xA4\xAA\xE5\x8D\xB1\xE9\x99\xA9"
         "\xE4\xBA\x86\xE3\x80\x82\n\nL\xC4\x83sa\xC8\x9Bi un mesaj \xC8\x99"
         "i pe pagina noastr\xC4\x83 de Facebook cu ideile voastre pentru "
         "parc.\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"}},
    {.what = "a page's description printed first, then the headline",
     .text = " date 2024-03 The council voted on Tuesday to approve the "
             "plan, which will close the bridge for six months while crews "
             "replace the deck and repair the supports that an inspection "
             "found to be in poor condition.\n\nBridge to close "
             "for six months\n\n" PROSE1 PROSE2,
     .title = "Bridge to close for six months"},
    {.what = "a blog's name printed twice, larger first",
     .text = "# Harbour Notes Community Blog\n\n[Home](https://h.example/) "
             "[News](https://h.example/news/)\n\n## Harbour Notes Community "
             "Blog\n\nHarbour Notes is a volunteer-run community blog "
             "covering news, events and everyday life on the island and along "
             "the bay, written and edited by the people who live there all "
             "year round.\n\n## Ferry "
             "service to resume in June after repairs\n\nMay 2, 2024 by "
             "Margaret Allen\n\n" PROSE1 PROSE2,
     .title = "Ferry service to resume in June after repairs"},
    {.what = "a caption with its credit under the last paragraph",
     .text = "https://www.lakesidegazette.example.com/news/local/2024/05/09/w"
             "ater-main-break-closes-elm-street\n\nHome | News | Sports | "
             "Opinion | Obituaries | Classifieds\n\nWater main break closes "
             "Elm Street for two days\n\nMay 9, 2024\n\nBy Tom Becker\n\nA "
             "water main break early Wednesday flooded part of Elm Street "
             "and left about 300 homes without water for most of the day, "
             "city officials said.\n\nCrews from the public works "
             "department shut off the line shortly after 5 a.m. and began "
             "digging out the broken section, which dates from the "
             "1950s.\n\nElm Street will remain closed between Fourth and "
             "Seventh avenues until Friday while the road is repaired, and "
             "residents were told to boil water until further "
             "notice.\n\nCrews repair the broken water main on Elm Street "
             "on Wednesday morning Photo Tom Becker\n\nShare "
             "this:\nFacebook\nTwitter\n",
     .out = {"Photo Tom Becker"}},
    {.what = "the headline printed twice around its date line",
     .text = "More Top Stories\n\nRugby Union\n\nBigger and busier season "
             "ahead: PM\n\n31 December 2022\n\nRugby league\n\nMoana "
             "target the World Cup\n\n11 November 2022\n\nCouncil approves "
             "plan for the old bridge\n\nFriday 30 December 2022 | Written "
             "by Jane Roe | Published in Local, National\n\n\nCouncil "
             "approves plan for the old bridge\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge",
     .starts = "The council voted"},
    {.what = "a headline printed three times over the text",
     .text = "Council approves plan for the old bridge\n\nCouncil approves "
             "plan for the old bridge\n\nCouncil approves plan for the old "
             "bridge\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge",
     .starts = "The council voted"},
    {.what = "a banner three times over the headline",
     .text = "Scroll down to view article\nScroll down to view "
             "article\nScroll down to view article\n\nCouncil approves plan "
             "for the old bridge\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "a Turkish list of stories that may interest the reader",
     .text = "Eski k\xC3\xB6pr\xC3\xBC i\xC3\xA7in yeni plan onayland"
             "\xC4\xB1\n\nBelediye meclisi sal\xC4\xB1 g\xC3\xBCn\xC3\xBC "
             "eski k\xC3\xB6pr\xC3\xBCn\xC3\xBCn onar\xC4\xB1m plan"
             "\xC4\xB1n\xC4\xB1 onaylad\xC4\xB1 ve \xC3\xA7"
             "al\xC4\xB1\xC5"
             "\x9Fmalar\xC4\xB1n alt\xC4\xB1 ay s\xC3\xBCrece\xC4\x9Fini "
             "a\xC3\xA7\xC4\xB1klad\xC4\xB1. Mahalle sakinleri "
             "toplant\xC4\xB1ya yo\xC4\x9Fun ilgi g\xC3\xB6sterdi ve "
             "sorular\xC4\xB1n\xC4\xB1 belediye yetkililerine "
             "y\xC3\xB6neltti.\n\nSakinler, k\xC3\xB6pr\xC3\xBCn\xC3\xBCn "
             "kapanmas\xC4\xB1yla birlikte trafi\xC4\x9Fin artaca\xC4\x9F"
             "\xC4\xB1ndan endi\xC5\x9F"
             "e duyduklar\xC4\xB1n\xC4\xB1, ancak "
             "onar\xC4\xB1m\xC4\xB1n daha fazla beklemeden yap\xC4\xB1lmas"
             "\xC4\xB1 gerekti\xC4\x9Fini s\xC3\xB6ylediler.\n\n"
             "\xC4\xB0lginizi \xC3\x87"
             "ekebilir\n\n1\n\nAdana'da g"
             "\xC3\xBCnl\xC3\xBCk kiralanan evlere y\xC3\xB6nelik denetim "
             "yap\xC4\xB1ld\xC4\xB1\n\n2\n\n31. Uluslararas\xC4\xB1 "
             "Aspendos Opera ve Bale Festivali, \"Tosca\" operas\xC4\xB1 ile "
             "sona erdi\n\n3\n\n19. Alanya Uluslararas\xC4\xB1 Caz "
             "Festivali ba\xC5\x9Flad\xC4\xB1\n",
     .in = {"Sakinler"},
     .out = {"Aspendos"}},
    {.what = "the headline over its byline and time, an ad's line above",
     .text = " date 2020-05-02 Best Business Software Deals Online\n\n"
             "News / National\n\nCouncil approves plan for the old bridge"
             "\n\nby Staff reporter\n28 secs ago | Views\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "the home page's title: the site's address and its motto",
     .text = "Council approves plan for the old bridge\n\n21 mars 2006\n\n"
             "harbour.mu | Toute l'actualit\xC3\xA9 de l'\xC3\xAEle en "
             "temps r\xC3\xA9"
             "el.\n\n" PROSE1 PROSE2,
     .starts = "The council voted"},
    {.what = "the site asks its readers to comment politely",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "HARBOUR.NET asks its readers to be polite and free of hate "
             "and rudeness in their comments.\n",
     .in = {"Residents who spoke"},
     .out = {"asks its readers"}},
    {.what = "a score's nil at the headline's end stays",
     .text = "Arsenal 3 Chelsea 0\n\n" PROSE1 PROSE2,
     .title = "Arsenal 3 Chelsea 0"},
    {.what = "short paragraphs, then a related story printed twice",
     .text = "Council approves plan for the old bridge\n\nMarch 3, 2018\n\nA "
             "group of residents said the road is still closed because the "
             "crews never came back.\n\nThe residents said the city's crews "
             "came weeks ago to mend a drain and have not been back "
             "since.\n\nThey ask the city to come and take away the gravel. "
             "The health centre stands on that street.\n\nNOTICIAS "
             "RELACIONADAS\n\nPresident of Costa Rica: there is no democracy "
             "in Nicaragua\n\nPresident of Costa Rica: there is no democracy "
             "in Nicaragua\n\nThere is no democracy in Nicaragua, the "
             "president of Costa Rica said on Wednesday during a talk held at "
             "the second Summit for Democracy organised by the United States, "
             "where he recalled that in the elections...\n",
     .in = {"A group of residents", "health centre"},
     .out = {"Costa Rica", "no democracy"}},
    {.what = "a teaser's headline that shouts in a list of links",
     .text = "Storm damage again in the valley\n\n" PROSE1
             "Digger on a dangerous job\nPictures from the air\nNew ski "
             "jump: drains at work\nRoad slides down the hill!\nMudslide on "
             "the ridge\nLive ticker to read again\n\n" PROSE2,
     .in = {"Residents who spoke"},
     .out = {"slides down", "Mudslide"}},
    {.what = "a subheading between paragraphs a line each stays",
     .text = "The council voted on Tuesday to approve the plan, which will "
             "close the bridge for six months while crews replace the deck.\n"
             "A long detour\nResidents who spoke at the meeting said they "
             "were worried about the detour, but most of them agreed that the "
             "work could not wait much longer.\n",
     .in = {"A long detour"}},
    {.what = "a Hindi headline over its lead, a line each",
     .text = "\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xB2\xE0\xA5\x80 "
             "\xE0\xA4\xA8\xE0\xA4\xBF\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4"
             "\xAE\xE0\xA4\xBE\xE0\xA4\xA3 \xE0\xA4\xAE\xE0\xA5\x87"
             "\xE0\xA4\x82 \xE0\xA4\x98\xE0\xA4\x9F\xE0\xA4\xBF\xE0\xA4"
             "\xAF\xE0\xA4\xBE \xE0\xA4\xB8\xE0\xA4\xBE\xE0\xA4\xAE"
             "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80\n" PROSE1 PROSE2,
     .title = "\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xB2\xE0\xA5\x80 "
              "\xE0\xA4\xA8\xE0\xA4\xBF\xE0\xA4\xB0\xE0\xA5\x8D\xE0"
              "\xA4\xAE\xE0\xA4\xBE\xE0\xA4\xA3 \xE0\xA4\xAE\xE0\xA5"
              "\x87\xE0\xA4\x82 \xE0\xA4\x98\xE0\xA4\x9F\xE0\xA4\xBF"
              "\xE0\xA4\xAF\xE0\xA4\xBE \xE0\xA4\xB8\xE0\xA4\xBE\xE0"
              "\xA4\xAE\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80"},
    {.what = "a read-also label over another story's headline, in the text",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Baca Juga:\nDinas PUPR Kota Tangerang Pastikan 12 Embung "
             "Berfungsi\n" PROSE2 PROSE3,
     .title = "Council approves plan for the old bridge",
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"Dinas PUPR"}},
    {.what = "a page's second part: a read-also link is no headline",
     .text = "Residents who spoke at the meeting said they were worried about "
             "the detour, and most agreed that the work could not wait.\n"
             "Baca Juga:\nDinas PUPR Kota Tangerang Pastikan 12 Embung "
             "Berfungsi\n" PROSE2 PROSE3,
     .not_title = "Dinas PUPR"},
    {.what = "a line that leads into the lead's next paragraphs",
     .text = "School board votes to close the old school\n\nThe board, before "
             "a packed room, voted 6-3 to close the school.\n\nHere is how "
             "board members voted:\n\nFor the closure: Debi Benoit, Clyde "
             "Hamner and Gregory Harding.\n\n" PROSE1 PROSE2,
     .in = {"Here is how board members voted:", "For the closure"}},
    {.what = "a question's headline over a standfirst that tells more",
     .text = "Vai faltar \xC3\xA1gua no ver\xC3\xA3o?\n\nReservat\xC3\xB3rios "
             "operam com apenas 28% da capacidade depois de tr\xC3\xAAs meses "
             "sem chuva\n\n" PROSE1 PROSE2,
     .title = "Vai faltar \xC3\xA1gua no ver\xC3\xA3o?"},
    {.what = "a sentence that opens with a next-story marker's words",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Next story hour is on Saturday, March 11, at the library, the "
             "librarian said.\n\n" PROSE2,
     .in = {"Next story hour", "Residents who spoke"}},
    {.what = "a paragraph printed again cut short as a pull quote",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "The mayor said the city has to live within its means and that "
             "the bridge would be the last large project this year.\n\n"
             "The mayor said the city has to live within its means and that "
             "the bridge would...\n\n" PROSE2,
     .in = {"the last large project this year."}},
    {.what = "the lead right under a picture's file name",
     .text = "Council approves plan for the old bridge\n\nold-bridge.jpg\n"
             "The council voted on Tuesday to approve the plan for the old "
             "bridge, which will close for six months.\n\n" PROSE2 PROSE3,
     .starts = "The council voted on Tuesday to approve the plan for"},
    {.what = "a Hindi menu's first item is no headline",
     .text = "\xE0\xA4\xB9\xE0\xA5\x8B\xE0\xA4\xAE\n\xE0\xA4\xA6\xE0\xA5"
             "\x87\xE0\xA4\xB6\n\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\xB2\n\n" PROSE1
                 PROSE2,
     .not_title = "\xE0\xA4\xB9"},
    {.what = "a share button's label glued after the last sentence",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Most residents agreed the work could not wait any longer, the "
             "mayor said. Condividi\n",
     .in = {"the mayor said."},
     .out = {"Condividi"}},
    {.what = "an archive photo's label under the standfirst",
     .text = "Attualit\xC3\xA0\n\nCouncil approves plan for the old bridge\n\n"
             "The council has reopened the call for one-day events. Of the 35 "
             "days, 18 have been given out. Here is how to apply\n\nFoto di "
             "archivio\n\n" PROSE1 PROSE2,
     .starts = "The council voted"},
    {.what = "France's data-protection notice under the text",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "Conform\xC3\xA9ment \xC3\xA0 l'article 38 de la Loi 78-17 du 6 "
             "janvier 1978 modifi\xC3\xA9"
             "e, vous disposez d'un droit "
             "d'acc\xC3\xA8s, de modification et de suppression des "
             "donn\xC3\xA9"
             "es qui vous concernent.\n",
     .out = {"78-17"}},
    {.what = "the next story's marker ends the article",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "SIGUIENTE NOTICIA\n\nYucat\xC3\xA1n\n\nPese a restricciones "
             "vehiculares, horario de transporte en Yucat\xC3\xA1n se mantiene "
             "sin cambios para los usuarios del servicio p\xC3\xBA"
             "blico.\n",
     .out = {"Pese a restricciones"}},
    {.what = "a last paragraph of two sentences few stopwords catch",
     .text = "\xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD1\x80 \xD0\xB2 "
             "\xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB5\n\n"
             "\xD0\x92 \xD1\x80\xD0\xB5\xD0\xB7\xD1\x83\xD0\xBB\xD1\x8C"
             "\xD1\x82\xD0\xB0\xD1\x82\xD0\xB5 \xD0\xBE\xD0\xBF\xD0\xB5"
             "\xD1\x80\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2\xD0\xBD\xD1\x8B"
             "\xD1\x85 \xD0\xB4\xD0\xB5\xD0\xB9\xD1\x81\xD1\x82\xD0\xB2"
             "\xD0\xB8\xD0\xB9 \xD0\xBE\xD0\xB3\xD0\xBD\xD0\xB5\xD0\xB1"
             "\xD0\xBE\xD1\x80\xD1\x86\xD1\x8B \xD1\x81\xD0\xBF\xD0\xB0"
             "\xD1\x81\xD0\xBB\xD0\xB8 \xD1\x87\xD0\xB5\xD1\x82\xD1\x8B"
             "\xD1\x80\xD1\x91\xD1\x85 \xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE"
             "\xD0\xB2\xD0\xB5\xD0\xBA \xD0\xB8\xD0\xB7 \xD0\xB3\xD0\xBE"
             "\xD1\x80\xD1\x8F\xD1\x89\xD0\xB5\xD0\xB3\xD0\xBE \xD0\xB4"
             "\xD0\xBE\xD0\xBC\xD0\xB0 \xD0\xBD\xD0\xB0 \xD1\x83\xD0\xBB"
             "\xD0\xB8\xD1\x86\xD0\xB5 \xD0\x9B\xD0\xB5\xD0\xBD\xD0\xB8"
             "\xD0\xBD\xD0\xB0, \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89"
             "\xD0\xB8\xD0\xBB\xD0\xB8 \xD0\xB2 \xD0\xBF\xD1\x80\xD0\xB5"
             "\xD1\x81\xD1\x81-\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1"
             "\xD0\xB5 \xD0\xB2\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xBC\xD1\x81"
             "\xD1\x82\xD0\xB2\xD0\xB0.\n\n" RU_FIRE_PARA RU_FIRE_LAST,
     .in = {RU_FIRE_TAIL}},
    {.what = "a standfirst that tells the text better than the headline",
     .text = "Council approves plan for the old bridge\n\nResidents who "
             "spoke at the meeting worried about the detour\n\n12 March "
             "2024\n\n" PROSE1 PROSE2,
     .title = "Council approves plan for the old bridge"},
    {.what = "a headline whose one word in the text has an apostrophe",
     .text =
         "Verhoeven\xE2\x80\x99s big mea culpa\n\n\xE2\x80\x9C"
         "Closing the bridge was the hardest decision of my "
         "term\xE2\x80\x9D\n\n12 March 2024\n\nMayor Verhoeven said on "
         "Tuesday that closing the bridge was the hardest decision of "
         "her term, and that the council should have acted sooner.\n\n" PROSE2,
     .title = "Verhoeven\xE2\x80\x99s big mea culpa"},
    {.what = "the headline again under its lead, over its date line",
     .text = "HARBOUR PARK OPENS AGAIN\n\n" PROSE1
             "Harbour Park Opens Again\n\n26 May 2015 18:49\n\n" PROSE2,
     .title = "HARBOUR PARK OPENS AGAIN",
     .in = {"The council voted"}},
    {.what = "a listed story's summary printed whole and cut short",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "(e.d.)\n\nFire brigade week returns in October\nSaturday is "
             "the main day in the square, where from 9 to 5 the brigades set "
             "up their stands for the public\nil 13/10/2025\nSaturday is "
             "the main day in the square, where from 9 to 5 the brigades "
             "set...\n",
     .in = {"Residents who spoke"},
     .out = {"(e.d.)", "Fire brigade", "Saturday"}},
    {.what = "a caption that opens with who is who, between paragraphs",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "(L-R) Jane Doe, John Roe and Mayor Ann Poe after the vote on "
             "Monday this week.\n\n" PROSE2,
     .in = {"Residents who spoke"},
     .out = {"(L-R)"}},
    {.what = "prose that names who is who from the left keeps it",
     .text =
         "Council approves plan for the old bridge\n\n" PROSE1
         "The three finalists (from left) Jane Doe, John Roe and Ann Poe "
         "will present their designs to the council in the spring.\n\n" PROSE2,
     .in = {"The three finalists (from left)"}},
    {.what = "a caption under a camera's file name made the picture's title",
     .text =
         "Council approves plan for the old bridge\n\nImg 20250709 "
         "wa0029\nThe mayor and her deputy at the bridge on Tuesday, where "
         "the works will start.\n\nHarbourtown, Gazette.com \xE2\x80\x93 " PROSE1
             PROSE2,
     .starts = "Harbourtown, Gazette.com",
     .out = {"Img 2025", "The mayor and her deputy"}},
    {.what = "the lead right under a camera's file name made a title",
     .text =
         "Council approves plan for the old bridge\n\nImg 20250709 "
         "wa0029\nThe council voted on Tuesday to approve the plan for "
         "the old bridge, which will close for six months.\n\n" PROSE2 PROSE3,
     .starts = "The council voted on Tuesday to approve the plan for"},
    {.what = "a headline of the sports agency IMG",
     .text = "IMG 2025 Academy Bowl draws record crowd\n\n" PROSE1 PROSE2,
     .title = "IMG 2025 Academy Bowl draws record crowd"},
    {.what = "a genre's label over the headline is no byline",
     .text = "Reportage: Ein Tag bei der Tafel in Essen\n\nVon Miriam "
             "Albers\n\n" PROSE1 PROSE2,
     .title = "Reportage: Ein Tag bei der Tafel in Essen"},
    {.what = "a headline that opens with a company's address",
     .text = "Parship.de \xE2\x80\x93 Dating-Portal muss Millionenstrafe "
             "zahlen\n\n" PROSE1 PROSE2,
     .title = "Parship.de \xE2\x80\x93 Dating-Portal muss Millionenstrafe "
              "zahlen"},
    {.what = "a company's address opens the headline, a standfirst under it",
     .text = "Booking.com \xE2\x80\x93 Spain fines travel site 413 million "
             "euros\n\nCompetition watchdog says platform abused dominant "
             "position over hotels\n\n" PROSE1 PROSE2,
     .title = "Booking.com \xE2\x80\x93 Spain fines travel site 413 million "
              "euros"},
    {.what = "a headline that opens with an archive photo's words",
     .text = "Foto de archivo: as\xC3\xAD era la Gran V\xC3\xAD"
             "a en "
             "1930\n\n" PROSE1 PROSE2,
     .title = "Foto de archivo: as\xC3\xAD era la Gran V\xC3\xAD"
              "a en 1930"},
    {.what = "a council asking readers for comments is news",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "The council urges readers to send their comments on the plan "
             "before March 14.\n\n" PROSE2,
     .in = {"The council urges readers"}},
    {.what = "a paragraph that ends in a bracket with red in it",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "The new signals work as before, the engineers said. (The order "
             "stays the same: green, amber, red)\n",
     .in = {"green, amber, red)"}},
    {.what = "a site's legal lines under the text stay out",
     .text = "Council approves plan for the old bridge\n\n" PROSE1 PROSE2
             "Registered Office: 1 Harbour Road, Leith. Company Number "
             "SC123456, VAT Number 123 4567 89.\n",
     .out = {"Registered Office"}},
    {.what = "a read-also box in the text, its headline printed twice",
     .text = "Council approves plan for the old bridge\n\n" PROSE1
             "Read also\nNew ferry timetable starts in May\nNew ferry "
             "timetable starts in May\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"}},
    {.what = "a quotation and its speaker between paragraphs a line each",
     .text = "Bayern win the top match\n\n"
             "The council voted on Tuesday to approve the plan, which will "
             "close the bridge for six months while crews replace the deck.\n"
             "\xE2\x80\x9EWir waren heute einfach besser\xE2\x80\x9C\n"
             "Thomas M\xC3\xBCller, Kapit\xC3\xA4n\nResidents who spoke at the "
             "meeting said they were worried about the detour, but most of "
             "them agreed that the work could not wait much longer.\n",
     .in = {"Wir waren heute", "Kapit"}},
    {.what = "a banner printed three times under the headline",
     .text = "The Valley Times\n\nCity to repave Main Street this summer\n\n"
             "Subscribe for full access\nSubscribe for full access\n"
             "Subscribe for full access\n" PROSE1 PROSE2,
     .title = "City to repave Main Street this summer"},
    {.what = "a subheading, a question and its answer between paragraphs",
     .text =
         "Wie sicher ist der Badesee?\n\n" PROSE1 "Die Ergebnisse im \xC3\x9C"
         "berblick\nKann man baden?\n"
         "Niedersonthofener See und Alpsee: ja\n\n" PROSE2,
     .in = {"Kann man baden?"}},
    {.what = "the lead under a picture's file name after a blank line",
     .text =
         "Council approves plan for the old bridge\n\nbridge-2024.jpg\n\n" PROSE1
             PROSE2,
     .starts = "The council voted"},
    {.what = "a one-sentence lead over a paragraph that retells it",
     .text = "Fire crews tackled a large blaze at a recycling plant on "
             "Tuesday evening.\n\nMore than 60 firefighters and ten fire "
             "engines were sent to the recycling plant on Tuesday evening "
             "after the blaze was reported.\n\n" PROSE1 PROSE2,
     .title = "",
     .starts = "Fire crews tackled"},
    {.what = "a headline over its standfirst and date line",
     .text =
         "Council votes to close the old bridge for repairs\nCrews will "
         "replace the deck of the bridge\nMay 21, 2010\n11.05\n" PROSE1 PROSE2,
     .title = "Council votes to close the old bridge for repairs"},
    {.what = "a headline over its standfirst and a credit with a date line",
     .text = "Council votes to close the bridge\n\nCrews will replace the "
             "deck of the bridge\n\nRiverton Gazette por Riverton "
             "Gazette\nMay 21, 2010\n\n" PROSE1 PROSE2,
     .title = "Council votes to close the bridge"},
    {.what = "a sentence listing names between two paragraphs",
     .text = "Council votes to close the bridge\n\n" PROSE1
             "They include Riverside, Eastgate, Northfield, Westbrook, Oak "
             "Hill, Millbrook, Cedar Park, Lakeview, Pine Ridge, Fairview, "
             "Glenwood, Maple Grove, Stonebridge, Ashford, Brookside, Elmwood "
             "and Kingsley.\n\n" PROSE2 PROSE3,
     .in = {"They include Riverside"}},
    {.what = "a caption printed again under it with its credit",
     .text = "Council votes to close the bridge\n\n" PROSE1
             "Crews inspecting the deck of the old bridge.\n\nCrews "
             "inspecting the deck of the old bridge. Photo: AFP / City of "
             "Riverton\n\n" PROSE2 PROSE3,
     .out = {"Crews inspecting"}},
    {.what = "a caption naming people by their roles between paragraphs",
     .text =
         "Council votes to close the bridge\n\n" PROSE1
         "Mayor Tom Hart, councillor Ann Bell, engineer Raj Patel, "
         "officer Lee Kim, resident Mary Jones, Riverton, Monday.\n\n" PROSE2
             PROSE3,
     .out = {"Mayor Tom Hart"}},
    {.what = "a quotation printed again with a credit under it",
     .text = "Council votes to close the bridge\n\n" PROSE1
             "\"We will not leave anyone stranded,\" the mayor said.\n\n"
             "\"We will not leave anyone stranded,\" the mayor said. Photo: "
             "AFP\n\n" PROSE2 PROSE3,
     .in = {"We will not leave anyone stranded"}},
    {.what = "a premium notice where the text stops",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "Premium Content is available to subscribers only. Please login "
             "here to access content or go here to purchase a "
             "subscription.\n\nThe fundraising group meets every Monday at "
             "the library and welcomes new members who want to help.\n",
     .out = {"Premium Content", "fundraising group"}},
    {.what = "a kicker ending in Arabic's semicolon over the headline",
     .text =
         "\xD9\x87\xD9\x85\xD8\xB2\xD9\x85\xD8\xA7\xD9\x86 \xD8\xA8\xD8\xA7 "
         "\xD9\x87\xD9\x81\xD8\xAA\xD9\x87 \xD8\xAF\xD9\x88\xD9\x84\xD8\xAA\xD8\x9B\n"
         "Fifteen projects opened in the district of Riverton\n" PROSE1 PROSE2,
     .title = "Fifteen projects opened in the district of Riverton"},
    {.what = "the page's description atop the text, printed again in it",
     .text = " date 2025-12-30 " PROSE2 PROSE1 PROSE2 PROSE3,
     .starts = "The council voted on Tuesday"},
    {.what = "a tag list between paragraphs, one word in lower case",
     .text = "Council votes to close the bridge\n\n" PROSE1
             "Tagged with Riverton, Riverton City Council, Tom Hart, Ann "
             "Bell, Bridge Repairs, Detour, Buses, Winter Roads, Local "
             "Politics.\n\n" PROSE2 PROSE3,
     .out = {"Tagged with"}},
    {.what = "a paragraph printed again with a note that is no credit",
     .text = "Council votes to close the bridge\n\n" PROSE1
             "The mayor said the work would be done before winter.\n\nThe "
             "mayor said the work would be done before winter. Photo: the "
             "mayor at the council meeting\n\n" PROSE2 PROSE3,
     .in = {"The mayor said the work would be done before winter."}},
    {.what = "the picture's place as a debate's label",
     .text =
         "Council votes to close the bridge\n\n" PROSE1
         "LEFT: The bridge is a danger and every week it stays open puts "
         "drivers at risk, said the engineer who led the inspection.\n\n" PROSE2
             PROSE3,
     .in = {"The bridge is a danger"}},
    {.what = "the share of the article left to read",
     .text = "Le conseil vote la fermeture du pont\n\n" PROSE1 PROSE2
             "Il vous reste 90% de l'article \xC3\xA0 lire.\n",
     .out = {"Il vous reste"}},
    {.what = "a blog's author box under the post",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "This post was written by:\n\n- who has written 12573 posts on "
             "Riverton Post.\n\nContact the author\n",
     .out = {"who has written"}},
    {.what = "a caption labelled with the picture's place",
     .text = "Council votes to close the bridge\n\nPosted on 12 May "
             "2017.\n\nLEFT: Retired kindergarten teacher Jane Doe recently "
             "donated books and toys to help decorate the new children's "
             "area at the library. Courtesy photo.\n\n" PROSE1 PROSE2 PROSE3,
     .out = {"LEFT:"}},
    {.what = "a related story's headline and its summary cut short at the end",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "Check Also\n\nStorm floods coastal towns as the river "
             "rises\n\nThe storm floods coastal towns as the river rises "
             "above its banks on Sunday night in the lower town, where "
             "residents were told to leave "
             "their homes and go to the school on the hill, which the city "
             "opened as a shelter for the night, the mayor said, adding that "
             "the water would not go down before Wednesday,...\n",
     .out = {"Check Also", "The storm floods"}},
    {.what = "another story's headline over the text's last paragraph cut "
             "short",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "Related\n\nStorm floods coastal towns as the river "
             "rises\n\nBuses will run every ten minutes between the two "
             "banks while the work goes on, and residents can apply for a "
             "grant from a fund the council will set up next month, but...\n",
     .in = {"Buses will run"}},
    {.what = "a sentence of names and numbers over a marker that ends the text",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "Riverton gets 301,400 dollars for pipes, Oakdale about 50,000 "
             "dollars. Facade insulation at Oakdale City Hall costs 393,000 "
             "dollars.\n\nSee also\n\nStorm floods coastal towns\n\nNew "
             "library opens downtown\n",
     .in = {"Riverton gets 301,400 dollars"},
     .out = {"See also", "Storm floods"}},
    {.what = "a reactions widget and reader comments in Turkish",
     .text = "Council votes to close the bridge\n\n" PROSE1 PROSE2
             "Habere ifade b\xC4\xB1rak !\n\nBu habere hi\xC3\xA7 ifade "
             "kullan\xC4\xB1lmam\xC4\xB1\xC5\x9F ilk ifadeyi siz "
             "kullan\xC4\xB1n.\n\nOkuyucu Yorumlar\xC4\xB1\n\n(0)\n",
     .out = {"Habere", "Bu habere"}},
    {.what = "a headline printed three times over a lead sparse in stopwords",
     .text = "Bupati Resmikan Balai Desa Tangunan Dihibur Wayang Kulit\n\n"
             "Bupati Resmikan Balai Desa Tangunan Dihibur Wayang Kulit\n"
             "Bupati Resmikan Balai Desa Tangunan Dihibur Wayang Kulit\n\n"
             "Bupati Mojokerto Ikfina Fahmawati meresmikan Balai Desa "
             "Tangunan Kecamatan Puri Kabupaten Mojokerto, warga Tangunan "
             "berbondong-bondong saksikan pagelaran wayang kulit dengan Ki "
             "Dalang Rhoma Widodo, pada Sabtu malam.\n\n" PROSE1 PROSE2,
     .title = "Bupati Resmikan Balai Desa Tangunan Dihibur Wayang Kulit"},
    {.what = "a comment section's count and the post's name, under the post",
     .text = "The council voted on Tuesday to approve the plan, which will "
             "close the bridge for six months while crews replace the deck "
             "and repair the supports that an inspection found to be in poor "
             "condition last year, and\n\nBookmark the permalink.\n\n2 "
             "Responses to RUMOR MILL\n\n  1. Gerald Bostock says:\n\n    "
             "Eagerly awaiting information about the type of food that will "
             "be served at the new place on the corner.\n\n    It was such a "
             "pleasure to dine again at the old place. To appreciate the "
             "restaurant and give a proper goodbye to the owners. And have a "
             "good meal!\n\n  2. LoFiGirl says:\n\n    I never got to eat "
             "at the old place in my entire 35 years living here! So sad. I "
             "hope whatever goes in there is mid-range priced and "
             "different.\n\nLeave a Reply\n",
     .title = "",
     .starts = "The council voted",
     .out = {"Responses", "Eagerly"}},
    {.what = "a ticker of other stories' headlines on one line over the "
             "headline",
     .text =
         "AGP National dialogue : the president meets the members of the "
         "commission's office AGP Gabon : A census of state property soon "
         "in all of the provinces of the country AGP Gabon-France "
         "cooperation : an economic forum in view for the companies of "
         "both countries AGP Health : a vaccination campaign launched in "
         "the schools of the capital and of the interior of the country "
         "AGP Sports : the national team prepares for the cup of nations "
         "in the stadium of the capital AGP Culture : a festival of music "
         "opens in the north of the country with artists from the "
         "region\n\nCouncil votes to close the bridge for six months\n\n" PROSE1
             PROSE2 PROSE3,
     .title = "Council votes to close the bridge for six months",
     .starts = "The council voted"},
    {.what = "paragraphs the scrape cut short over a subheading, no headline",
     .text = "The city council on Tuesday approved a budget of 12 million "
             "dollars for road repairs across the northern districts, after a "
             "debate that lasted more than four hours and saw several members "
             "walk out of the chamber in protest over the\n\nResidents of the "
             "affected neighbourhoods had long complained about potholes and "
             "broken pavements, and a petition signed by more than three "
             "thousand people was handed to the mayor last spring asking "
             "for urgent\n\nWhere the money goes\n\nMost of the funds will go "
             "to resurfacing the main roads in Northfield and Eastgate, while "
             "a smaller share is set aside for pavements and cycle lanes near "
             "schools and for new street lighting on the ring road. The work "
             "starts in May.\n\n" PROSE1,
     .title = "",
     .starts = "The city council on Tuesday"},
    {.what = "a kicker of a few words over the headline the lead sums up",
     .text = "Starting from next week\nCouncil closes old river bridge for "
             "repairs until October\nThe council will close the old river "
             "bridge for repairs from Monday until October, the city said in "
             "a statement on Thursday.\n" PROSE1 PROSE2,
     .title = "Council closes old river bridge for repairs until October"},
    {.what = "a short headline over a long standfirst, a byline under it",
     .text = "Politics\n\nBiden signs infrastructure bill\n\nPresident Joe "
             "Biden signed the $1 trillion infrastructure bill into law at the "
             "White House on Monday\n\nBy Jane Doe\n\nNovember 15, "
             "2021\n\nPresident Joe Biden signed the $1 trillion "
             "infrastructure bill into law at a White House ceremony on "
             "Monday, surrounded by lawmakers from both parties.\n\nThe law "
             "will pay for roads, bridges, rail, broadband and water pipes "
             "over the next eight years.\n\n" PROSE1,
     .title = "Biden signs infrastructure bill"},
    {.what = "a headline that counts thoughts on its subject, over the text",
     .text = "Home | Sports | NBA | Lakers\n\n5 thoughts on the Lakers' "
             "overtime loss to the Celtics\n\nBy Mark Jensen\n\nMarch 4, "
             "2024\n\nThe Lakers let a 15-point lead slip away in the fourth "
             "quarter and lost 118-114 in overtime to Boston on Sunday night "
             "at the arena.\n\nHere are five things we learned from the "
             "game, from the heavy minutes of the stars to the rotation "
             "questions that keep coming back.\n\n" PROSE1,
     .title = "5 thoughts on the Lakers' overtime loss to the Celtics"},
    {.what = "a short headline printed twice over a standfirst in quotes",
     .text = "The mayor\xE2\x80\x99s mea culpa\n\n\xE2\x80\x9C"
             "Closing the bridge was the hardest decision of the past "
             "decade\xE2\x80\x9D\nThe mayor\xE2\x80\x99s mea culpa\n\nThe "
             "mayor said that closing the bridge was the hardest decision of "
             "the past decade for the council and the city.\n\n" PROSE1 PROSE2,
     .title = "The mayor\xE2\x80\x99s mea culpa"},
    {.what = "a first sentence over a short paragraph that is not its story",
     .text = "The council voted on Tuesday after a long meeting.\n\nMost "
             "residents who came said they were worried about the detour "
             "and the noise of the works.\n\n" PROSE2 PROSE3,
     .title = "",
     .starts = "The council voted on Tuesday"},
    /* A footer's menu over its copyright line, a comment form's policy
     * under it (Turkish, the same in every such page): not the text's */
    {.what = "a footer's menu over its copyright, a comment policy under",
     .text = "River bridge to close for repairs\n\n" PROSE1 PROSE2
             "- Back\n- Home\n- Mobile view\n"
             "- \xC2\xA9 12 March 2010 Lakeside Herald\n"
             "T\xC3\xBCrk\xC3\xA7"
             "e karakter kullan\xC4\xB1lmayan ve b\xC3\xBCy\xC3\xBCk "
             "harflerle yaz\xC4\xB1lm\xC4\xB1\xC5\x9F yorumlar "
             "onaylanmamaktad\xC4\xB1r.\n",
     .in = {"keep them informed as it goes."},
     .out = {"Mobile view", "Home", "karakter"}},
    /* A consent dialog over the page: its heading, its long first
     * paragraph in the site's voice, its categories' labels and
     * paragraphs; a site's clock over the text is no headline either */
    {.what = "a consent dialog with its categories",
     .text = "Cookie-Einstellungen\n\n"
             "Wir verwenden Cookies, um Ihnen ein optimales "
             "Webseiten-Erlebnis zu bieten. Dazu z\xC3\xA4hlen Cookies, die "
             "f\xC3\xBCr den Betrieb der Seite und f\xC3\xBCr die Steuerung "
             "unserer kommerziellen Unternehmensziele notwendig sind, sowie "
             "solche, die lediglich zu anonymen Statistikzwecken, f\xC3\xBCr "
             "Komforteinstellungen oder zur Anzeige personalisierter Inhalte "
             "genutzt werden. Sie k\xC3\xB6nnen selbst entscheiden, welche "
             "Kategorien Sie zulassen m\xC3\xB6"
             "chten. Bitte beachten Sie, dass auf Basis Ihrer Einstellungen "
             "wom\xC3\xB6glich nicht mehr alle Funktionalit\xC3\xA4ten der "
             "Seite zur Verf\xC3\xBCgung stehen. Weitere Informationen "
             "finden Sie in unseren Datenschutzhinweisen.\n\n"
             "Essenziell\n\n"
             "Diese Cookies sind f\xC3\xBCr den Betrieb der Seite unbedingt "
             "notwendig und erm\xC3\xB6glichen sicherheitsrelevante "
             "Funktionalit\xC3\xA4ten.\n\n"
             "Statistik\n\n"
             "Mithilfe dieser Cookies k\xC3\xB6nnen wir die Besucherzahlen "
             "ermitteln und unsere Inhalte optimieren.\n\n"
             "Freitag, 01. November 2024 Mediadaten\n\n" DE_PROSE1 DE_PROSE2,
     .not_title = "Cookie",
     .starts = "Die Sanierung",
     .out = {"Cookies", "Essenziell", "Statistik"},
     .removed = {"cookie-notice"}},
    {.what = "a site's clock over the text, no headline",
     .text = "Freitag, 01. November 2024 Mediadaten\n\n" DE_PROSE1 DE_PROSE2,
     .not_title = "Freitag"},
    /* (a story on cookies: its paragraphs name them, no label between) */
    {.what = "a story on cookies and privacy",
     .text = "Google to phase out third-party cookies in Chrome, citing "
             "privacy\n\n"
             "Google said on Tuesday that it will stop supporting "
             "third-party cookies in its Chrome browser next year, after "
             "regulators and privacy groups pressed it for years.\n\n"
             "Advertisers use cookies to follow people from site to site, "
             "and the change will force many of them to find other ways to "
             "measure their campaigns and reach their customers.\n\n"
             "The company said it would work with publishers and regulators "
             "on the tools that are meant to replace them, and that it "
             "would give the industry time to adapt.\n\n",
     .title = "Google to phase out third-party cookies in Chrome, citing "
              "privacy",
     .in = {"Advertisers use cookies", "The company said"}},
    /* Readers' comments whose names the scrape lost, each its date over
     * its text, under the article: not a chronology's dates, further
     * apart */
    {.what = "comments, each a date over its text",
     .text = "Tres aver\xC3\xAD"
             "as dejan sin agua a varios barrios\n\n" ES_PROSE1 ES_PROSE2
             "El Ayuntamiento ir\xC3\xA1 informando de la evoluci\xC3\xB3n de "
             "estas actuaciones a trav\xC3\xA9s de su web y de sus redes "
             "sociales durante toda la jornada de hoy.\n\n"
             "22 diciembre, 2025\n\n"
             "L\xC3\xA1stima de dinero gastado en tantas obras con el "
             "pretexto de los fondos europeos.\n\n"
             "23 diciembre, 2025\n\n"
             "Mira el mensaje que te he enviado sobre el contrato de la "
             "Casa de Moneda.\n\n"
             "22 diciembre, 2025\n\n"
             "En la calle Camino de la Presa tampoco tenemos agua desde "
             "ayer a las nueve de la noche.\n",
     .in = {"los m\xC3\xA1s vulnerables"},
     .out = {"fondos europeos", "Mira el mensaje", "Camino de la Presa"},
     .removed = {"after-article: comments"}},
    /* (the review's: a diary's days, close together and in order, the
     * article's own date over its text) */
    {.what = "a diary's days under the article's date",
     .text = "On the road with Harbour Lights\n\nBy Fiona McLeod\n\nJune 14, "
             "2024\n\n" PROSE1 PROSE2 "June 3, 2024\n\nThe first show, at a "
             "small club near the park, sold out two days in advance.\n\n"
             "June 5, 2024\n\nA smaller crowd in Cologne, but a louder one, "
             "and the band played two encores.\n\n"
             "June 8, 2024\n\nThe van broke down on the motorway, and the "
             "band arrived forty minutes before the doors opened.\n",
     .in = {"The first show", "The van broke down"}},
    {.what = "a chronology's dates under the text",
     .text = "Tres aver\xC3\xAD"
             "as dejan sin agua a varios barrios\n\n" ES_PROSE1 ES_PROSE2
             "2 marzo, 2020\n\n"
             "La empresa anunci\xC3\xB3 el plan de obras para renovar "
             "la red del barrio.\n\n"
             "15 junio, 2021\n\n"
             "Las obras comenzaron con m\xC3\xA1s de un a\xC3\xB1o de "
             "retraso.\n",
     .in = {"anunci\xC3\xB3 el plan", "Las obras comenzaron"}},
    /* Other stories' headlines in capitals, one over the other, under a
     * text whose headline is in capitals; a subheading in capitals has
     * its text under it, which stays (the subheading itself is cut as a
     * teaser, as before) */
    {.what = "other stories' headlines in capitals",
     .text = "AGUAS MAGALLANES ESTIMA RESTABLECER EL SERVICIO DE AGUA "
             "POTABLE ESTA NOCHE\n\n" ES_PROSE1 ES_PROSE2
             "ROTURA DE MATRIZ EN REGIMIENTO PUDETO AFECTA SUMINISTRO DE "
             "AGUA EN DIVERSOS SECTORES\n\n"
             "MUNICIPIO GARANTIZA FIESTA CRIOLLA Y SERVICIOS ACTIVOS DURANTE "
             "FERIADOS\n\n"
             "La administraci\xC3\xB3n comunal reforzar\xC3\xA1 turnos "
             "durante Fiestas Patrias, para apoyar a la comunidad ante "
             "cualquier emergencia.\n",
     .in = {"los m\xC3\xA1s vulnerables"},
     .out = {"ROTURA", "MUNICIPIO", "reforzar"}},
    /* (the review's: chants in capitals after a line that leads into
     * them) */
    {.what = "chants in capitals after a lead-in",
     .text = "AGUAS MAGALLANES ESTIMA RESTABLECER EL SERVICIO DE AGUA "
             "POTABLE ESTA NOCHE\n\n" ES_PROSE1 ES_PROSE2
             "Los vecinos leyeron dos consignas que la multitud repiti\xC3\xB3 "
             "a coro:\n\n"
             "NO A LA SALMONERA EN NUESTRO LAGO DE LA ISLA GRANDE\n\n"
             "EL AGUA ES DE LAS COMUNIDADES Y NO DE LAS EMPRESAS\n\n"
             "La empresa, por su parte, asegura que cumple con toda la "
             "normativa vigente y que generar\xC3\xA1 cuarenta empleos.\n",
     .in = {"La empresa, por su parte"}},
    /* (a page in a script without case: no line of it is in capitals) */
    {.what = "subheadings in Chinese under the text",
     .text = "\xE6\xB5\xB7\xE5\xA4\x96\xE7\x95\x99\xE5\xAD\xA6\xE7\x94\x9F"
             "\xE7\x9C\x8B\xE4\xB8\xA4\xE4\xBC\x9A\xEF\xBC\x9A\xE5\x87\xBA"
             "\xE5\x9B\xBD\xE5\x89\x8D\xE5\x90\x8E\xE5\x85\xB3\xE6\xB3\xA8"
             "\xE7\x82\xB9\xE5\xA4\xA7\xE4\xB8\x8D\xE5\x90\x8C\x0A\x0A"
             "\xE5\x9C\xA8\xE9\x87\x87\xE8\xAE\xBF\xE4\xB8\xAD\xEF\xBC\x8C"
             "\xE6\x88\x91\xE4\xBB\xAC\xE4\xBA\x86\xE8\xA7\xA3\xE5\x88\xB0"
             "\xE4\xB8\x8D\xE5\xB0\x91\xE5\xAD\xA6\xE5\xAD\x90\xE5\x9C\xA8"
             "\xE5\x87\xBA\xE5\x9B\xBD\xE5\x89\x8D\xE5\xB0\xB1\xE6\xAF\x8F"
             "\xE5\xB9\xB4\xE5\xAE\x88\xE5\x9C\xA8\xE7\x94\xB5\xE8\x84\x91"
             "\xE5\x89\x8D\xE8\xA7\x82\xE7\x9C\x8B\xE4\xB8\xA4\xE4\xBC\x9A"
             "\xE7\x9B\xB4\xE6\x92\xAD\xE3\x80\x82\xE4\xBD\x86\xE6\x98\xAF"
             "\xEF\xBC\x8C\xE9\x9A\x8F\xE7\x9D\x80\xE5\xB9\xB4\xE9\xBE\x84"
             "\xE5\x92\x8C\xE9\x98\x85\xE5\x8E\x86\xE7\x9A\x84\xE5\xA2\x9E"
             "\xE9\x95\xBF\xEF\xBC\x8C\xE5\xAD\xA6\xE5\xAD\x90\xE5\xAF\xB9"
             "\xE4\xB8\xA4\xE4\xBC\x9A\xE7\x9A\x84\xE5\x85\xB3\xE6\xB3\xA8"
             "\xE7\x82\xB9\xE5\x9C\xA8\xE5\x87\xBA\xE5\x9B\xBD\xE5\x89\x8D"
             "\xE5\x90\x8E\xE5\x8F\x91\xE7\x94\x9F\xE4\xBA\x86\xE5\xBE\x88"
             "\xE5\xA4\xA7\xE7\x9A\x84\xE5\x8F\x98\xE5\x8C\x96\xE3\x80\x82"
             "\x0A\x0A\xE5\x9C\xA8\xE8\x8B\xB1\xE5\x9B\xBD\xE6\xB1\x82"
             "\xE5\xAD\xA6\x36\xE5\xB9\xB4\xE5\x90\x8E\xEF\xBC\x8C"
             "\xE6\x9D\x8E\xE5\x8D\x9A\xE7\x81\x8F\xE5\xB8\x8C\xE6\x9C\x9B"
             "\xE8\x83\xBD\xE5\xA4\x9F\xE5\xAD\xA6\xE6\x9C\x89\xE6\x89\x80"
             "\xE7\x94\xA8\xEF\xBC\x8C\xE4\xB8\xBA\xE5\x9B\xBD\xE5\xAE\xB6"
             "\xE5\x8F\x91\xE5\xB1\x95\xE8\xBF\x87\xE7\xA8\x8B\xE4\xB8\xAD"
             "\xE9\x81\x87\xE5\x88\xB0\xE7\x9A\x84\xE9\x9A\xBE\xE9\xA2\x98"
             "\xE5\xAF\xBB\xE6\xB1\x82\xE8\xA7\xA3\xE5\x86\xB3\xE5\x8A\x9E"
             "\xE6\xB3\x95\xE3\x80\x82\xE5\x9B\xA0\xE6\xAD\xA4\xE9\x9A\x8F"
             "\xE7\x9D\x80\xE8\xAF\xBE\xE9\xA2\x98\xE7\xA0\x94\xE7\xA9\xB6"
             "\xE7\x9A\x84\xE6\xB7\xB1\xE5\x85\xA5\xEF\xBC\x8C\xE4\xBB\x96"
             "\xE6\x9B\xB4\xE5\x8A\xA0\xE5\x85\xB3\xE6\xB3\xA8\xE5\x9B\xBD"
             "\xE5\xAE\xB6\xE5\x92\x8C\xE7\xA4\xBE\xE4\xBC\x9A\xE7\x9B\xAE"
             "\xE5\x89\x8D\xE6\x89\x80\xE9\x9D\xA2\xE4\xB8\xB4\xE7\x9A\x84"
             "\xE6\x8C\x91\xE6\x88\x98\xE3\x80\x82\x0A\x0A\xE5\x85\xB3"
             "\xE6\xB3\xA8\xE7\x82\xB9\xE5\xA4\x9A\xE4\xB8\x8E\xE6\x89\x80"
             "\xE5\xAD\xA6\xE4\xB8\x93\xE4\xB8\x9A\xE7\x9B\xB8\xE5\x85\xB3"
             "\x0A\x0A\xE6\xB3\x95\xE5\xAD\xA6\xE4\xB8\x93\xE4\xB8\x9A"
             "\xE7\x83\xAD\xE8\xAE\xAE\xE6\xB3\x95\xE5\xAE\x9A\xE5\xA9\x9A"
             "\xE9\xBE\x84\x20\xE5\xBE\x88\xE5\xA4\x9A\xE4\xBA\xBA"
             "\xE5\x85\xB3\xE5\xBF\x83\xE4\xBE\x9B\xE7\xBB\x99\xE4\xBE\xA7"
             "\xE6\x94\xB9\xE9\x9D\xA9\x0A\x0A\xE5\x9C\xA8\xE8\xB0\x88"
             "\xE5\x8F\x8A\xE5\xAF\xB9\xE4\xB8\xA4\xE4\xBC\x9A\xE7\x9A\x84"
             "\xE5\x93\xAA\xE4\xBA\x9B\xE8\xAF\x9D\xE9\xA2\x98\xE6\xAF\x94"
             "\xE8\xBE\x83\xE6\x84\x9F\xE5\x85\xB4\xE8\xB6\xA3\xE6\x97\xB6"
             "\xEF\xBC\x8C\xE5\x8D\xA2\xE5\xAE\x87\xE8\xA1\xA8\xE7\xA4\xBA"
             "\xEF\xBC\x8C\xE8\xBF\x91\xE5\x87\xA0\xE5\xB9\xB4\xE5\x9B\xBD"
             "\xE5\x86\x85\xE9\x9B\xBE\xE9\x9C\xBE\xE7\x8E\xB0\xE8\xB1\xA1"
             "\xE6\x97\xB6\xE6\x9C\x89\xE5\x8F\x91\xE7\x94\x9F\xEF\xBC\x8C"
             "\xE8\x80\x8C\xE4\xBB\x96\xE6\x9C\xAC\xE8\xBA\xAB\xE6\x98\xAF"
             "\xE5\xAD\xA6\xE4\xB9\xA0\xE8\x83\xBD\xE6\xBA\x90\xE7\x8E\xAF"
             "\xE5\xA2\x83\xE4\xB8\x93\xE4\xB8\x9A\xE7\x9A\x84\xEF\xBC\x8C"
             "\xE6\x89\x80\xE4\xBB\xA5\xE6\xAF\x8F\xE5\xB9\xB4\xE9\x83\xBD"
             "\xE5\xAF\xB9\xE6\x9C\x89\xE5\x85\xB3\xE7\x8E\xAF\xE4\xBF\x9D"
             "\xE5\x92\x8C\xE6\x96\xB0\xE8\x83\xBD\xE6\xBA\x90\xE6\x94\xBF"
             "\xE7\xAD\x96\xE7\x9A\x84\xE9\x83\xA8\xE5\x88\x86\xE5\xBE\x88"
             "\xE6\x84\x9F\xE5\x85\xB4\xE8\xB6\xA3\xE3\x80\x82\x0A",
     .in = {"\xE5\x9C\xA8\xE8\xB0\x88\xE5\x8F\x8A\xE5\xAF\xB9\xE4\xB8\xA4"
            "\xE4\xBC\x9A\xE7\x9A\x84\xE5\x93\xAA\xE4\xBA\x9B\xE8\xAF\x9D"
            "\xE9\xA2\x98\xE6\xAF\x94"}},
    {.what = "a subheading in capitals with its text",
     .text = "AGUAS MAGALLANES ESTIMA RESTABLECER EL SERVICIO DE AGUA "
             "POTABLE ESTA NOCHE\n\n" ES_PROSE1
             "LOS VECINOS PIDEN UNA SOLUCI\xC3\x93N DEFINITIVA AL MUNICIPIO "
             "DE LA CIUDAD\n\n" ES_PROSE2,
     .in = {"los m\xC3\xA1s vulnerables"}},
    /* a comment form's sign-in notice in Russian, alone on its line */
    {.what = "'log in to comment' in Russian over the comment form",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2 RU_PROSE3
     "\xD0\x92\xD0\xBE\xD0\xB9\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5, \xD1\x87\xD1"
     "\x82\xD0\xBE\xD0\xB1\xD1\x8B \xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2"
     "\xD0\xB8\xD1\x82\xD1\x8C \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0"
     "\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n\n"
     "\xD0\x92\xD0\xB2\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xBF\xD0"
     "\xBE\xD1\x87\xD1\x82\xD1\x83, \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD1\x87"
     "\xD0\xB8\xD1\x82\xD0\xB5 PIN-\xD0\xBA\xD0\xBE\xD0\xB4 \xD0\xB8 \xD0"
     "\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD0\xBE!\n",
     .in = {"\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8"},
     .out = {"PIN"}},
    /* (the review's: a bakery's story, "we use cookies" and all) */
    {.what = "a bakery's cookies, with short subheadings",
     .text = "Hamburger Caf\xC3\xA9 backt die gr\xC3\xB6\xC3\x9F"
             "ten Cookies der Stadt\n\n" DE_PROSE1
             "Wir setzen auf Cookies aus eigener Backstube, sagt die "
             "Inhaberin, und auf Butter aus der Region.\n\n"
             "Marketing\n\n"
             "Am besten verkaufen sich die Cookies mit Pistazien und "
             "Himbeeren.\n\n" DE_PROSE2,
     .title = "Hamburger Caf\xC3\xA9 backt die gr\xC3\xB6\xC3\x9F"
              "ten Cookies der Stadt",
     .in = {"Wir setzen auf Cookies", "Am besten verkaufen sich"}},
    /* a caption credited "PICTURE: NAME" under the date: no headline */
    {.what = "a caption credited 'PICTURE: NAME'",
     .text =
         "https://example.com.au/news/article/10288-Water-restrictions."
         "html\n\n24.9\xC2\xB0"
         "C 03:00 pm\n\nWater restrictions\n\nSaturday, 1st "
         "December, 2018\n\n"
         "Naomi Lardner watering her garden a day before water "
         "restrictions commence. PICTURE: Kelsie Mitchell\n\n" PROSE1 PROSE2,
     .title = "Water restrictions",
     .out = {"PICTURE", "Naomi Lardner"}},
    {.what = "a subheading 'THE BIG PICTURE: ...'",
     .text = "Council approves bridge plan\n\n" PROSE1
             "THE BIG PICTURE: Rates remain high\n\n" PROSE2 PROSE3,
     .in = {"THE BIG PICTURE"}},
};

/* A field of a page case's record: NULL for none. */
static void same_field(const char *what, const char *field, const char *got,
                       const char *want)
{
    if (want && (*want ? !got || strcmp(got, want) : got != NULL))
        fail_msg("%s: %s \"%s\"", what, field, got ? got : "(none)");
}

/* Each page case: its title and URL, its body's strings in and out, its
 * removals. */
static void page_cases_hold(void **state)
{
    size_t i, k;
    (void)state;
    for (i = 0; i < NN_COUNT(page_cases); i++) {
        const struct page_case *c = &page_cases[i];
        nn_record *r = norm(c->text);
        same_field(c->what, "title", r->title, c->title);
        same_field(c->what, "url", r->url, c->url);
        if (c->not_title && r->title &&
            !strncmp(r->title, c->not_title, strlen(c->not_title)))
            fail_msg("%s: title \"%s\"", c->what, r->title);
        if (c->starts && strncmp(r->body, c->starts, strlen(c->starts)))
            fail_msg("%s: the body starts \"%.40s\"", c->what, r->body);
        for (k = 0; k < NN_COUNT(c->in) && c->in[k]; k++)
            if (!strstr(r->body, c->in[k]))
                fail_msg("%s: \"%s\" not in the body", c->what, c->in[k]);
        for (k = 0; k < NN_COUNT(c->out) && c->out[k]; k++)
            if (strstr(r->body, c->out[k]))
                fail_msg("%s: \"%s\" in the body", c->what, c->out[k]);
        for (k = 0; k < NN_COUNT(c->removed) && c->removed[k]; k++)
            if (!tl_removed_by(r, c->removed[k]))
                fail_msg("%s: nothing removed by %s", c->what, c->removed[k]);
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

/* A lead the page prints twice, blank lines apart (once as the
 * standfirst, once as the article's first paragraph), is kept once. */
static void lead_printed_twice_is_kept_once(void **state)
{
    static const char lead[] =
        "The council met on Tuesday evening and voted to close the old bridge "
        "for repairs.";
    nn_record *r = norm("Council closes the old bridge\n\n"
                        "The council met on Tuesday evening and voted to "
                        "close the old bridge for repairs.\n\n\n\n"
                        "The council met on Tuesday evening and voted to "
                        "close the old bridge for repairs.\n\n" PROSE1 PROSE2);
    const char *first;
    (void)state;
    first = strstr(r->body, lead);
    assert_non_null(first);
    assert_null(strstr(first + 1, lead));
    nn_record_free(r);
}

/* A standfirst the lead says again with a word more and an apostrophe
 * lost: the article says it once; two
 * steps of a list alike in most words, further down, both stay. */
static void standfirst_nearly_repeating_the_lead_goes(void **state)
{
    nn_record *r =
        norm("Council approves bridge plan\n"
             "The council voted on Tuesday to approve the city's plan to "
             "close the old bridge for six months while crews repair it.\n"
             "The council voted on Tuesday to approve the citys plan to "
             "close the old river bridge for six months while crews repair "
             "it.\n" PROSE2);
    const char *first;
    (void)state;
    first = strstr(r->body, "The council voted on Tuesday");
    assert_non_null(first);
    assert_null(strstr(first + 1, "The council voted on Tuesday"));
    assert_non_null(strstr(r->body, "old river bridge"));
    assert_true(tl_removed_by(r, "repeated"));
    nn_record_free(r);
    /* a later paragraph that holds the lead's words among many others is
     * no copy of it */
    r = norm("Police make an arrest\n\n"
             "Police in Springfield arrested a 32-year-old man on Tuesday in "
             "connection with the shooting of a teenager.\n\n"
             "Police in Springfield arrested a 32-year-old man on Tuesday in "
             "connection with a burglary last month, but have made no arrest "
             "in the shooting of a teenager.\n\n" PROSE2);
    assert_non_null(strstr(r->body, "with the shooting of a teenager."));
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1
             "If no lane was found, the crews close all lanes of the bridge "
             "at night.\n\n"
             "If no lane was found, the crews close all lanes of the bridge "
             "at night and on Sundays.\n\n" PROSE2);
    assert_non_null(strstr(r->body, "of the bridge at night.\n"));
    assert_non_null(strstr(r->body, "night and on Sundays."));
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

/* A short page wrapped at 78 columns under a corpus header: the header's
 * bytes count in its first line's width, so the line runs on into the
 * next as the other wrapped lines do, and no wrapped half is a title. */
static void wrapped_first_line_under_a_corpus_header(void **state)
{
    nn_record *r = norm(
        " date 2023-06-26 RIVERTON, Va. (KXYZ) - A memorial service will soon "
        "be held\nMonday for a former mayor of the city, the family said in a "
        "statement on\nFriday.\n\nThe former mayor and city council member "
        "passed away peacefully at his home on\nJune 3, according to his "
        "obituary. He was 87 years old and had lived in the\ncity all his "
        "life.\n\nHe served as mayor from 1986 to 1988 and later chaired "
        "the development\nauthority and the beautification commission for "
        "more than ten years.\n\nHis family asked that donations be made to "
        "the public library, which he helped\nto build during his years on "
        "the council.\n");
    (void)state;
    assert_non_null(strstr(r->body, "will soon be held Monday for a former"));
    assert_true(!r->title || !strstr(r->title, "memorial service"));
    nn_record_free(r);
}

/* A short page wrapped at 78 columns with too few lines to show the width
 * by their count: three lines break in mid-sentence at one width (in
 * characters) and no line is longer, so each paragraph is one; a page of one paragraph a
 * line, some of them no sentence, is no wrapped page. */
static void short_wrapped_page(void **state)
{
    nn_record *r = norm(
        "Menu Close\n\nChief commends deputies for arrest of armed suspect\n\n"
        "The chief of patrol recognized two deputies on Monday for outstanding "
        "actions\nthat led to the arrest of an armed suspect. The deputies were "
        "following up on\na collision when the suspect grabbed a gun, and they "
        "used their training to\ntake control of the situation without further "
        "escalation.\n");
    (void)state;
    assert_non_null(strstr(r->body, "The chief of patrol recognized"));
    assert_non_null(strstr(r->body, "outstanding actions that led to"));
    nn_record_free(r);
    /* the same in Cyrillic: the width counts characters, not bytes */
    r = norm("Меню\n\nСовет одобрил ремонт моста\n\n"
             "Совет города одобрил план ремонта старого моста через реку в "
             "понедельник\nвечером. Мост закроют на шесть месяцев, пока "
             "рабочие заменят настил и укрепят\nопоры, которые инспекция "
             "признала опасными в прошлом году, сообщили в мэрии\nгорода.\n");
    assert_non_null(strstr(r->body, "Совет города одобрил план"));
    assert_non_null(strstr(r->body, "в мэрии города."));
    nn_record_free(r);
    r = norm("Council approves bridge plan\n"
             "Residents who spoke at the meeting said they were worried\n"
             "Crews will replace the deck and repair the supports from May\n"
             "Schools on the other bank asked the city for a school bus\n"
             "Parents who spoke at the meeting said that the detour would "
             "add twenty minutes to every trip, and several asked the city "
             "to keep them informed.\n");
    assert_null(strstr(r->body, "from May Schools"));
    nn_record_free(r);
    /* a line that ends a sentence may be the longest, by a few columns */
    r = norm("Traffic on the bypass toward the city was slowed by a crash on "
             "Monday morning.\nThe patrol police of the region reported the "
             "crash on their channel at noon.\nIn a comment to the station, "
             "the spokeswoman of the regional police Tatiana\nNosadchuk said "
             "that the crash happened early in the morning on the road to\n"
             "Chop near the village of Kamianka. The lane toward Rivne was "
             "closed, and the\ntraffic was slowed. There were injured people "
             "in the crash.\n");
    assert_non_null(strstr(r->body, "police Tatiana Nosadchuk said"));
    nn_record_free(r);
}

/* A page wrapped greedily at 78 columns, its paragraphs one a line: a
 * line with room for the next line's first word was not broken by the
 * wrapper (a headline over its text, a paragraph's last line).  Where
 * lines that go on in lower case had room too, the breaks are the
 * source's own, and lines still join by the width. */
static void greedy_wrap_breaks_where_a_word_had_room(void **state)
{
    nn_record *r = norm(
        "Council closes the old river bridge for six months of deck repairs\n"
        "The city council voted on Tuesday evening to close the old river "
        "bridge for\nsix months while crews replace the deck and repair the "
        "supports that an\ninspection found to be in poor condition.\n"
        "Residents who spoke at the meeting said they were worried about the "
        "long\ndetour through the industrial park, but most of them agreed "
        "that the work\ncould not wait for another year, or for another long "
        "winter of ice.\n"
        "The mayor said the city would post updates on its website every week "
        "and hold\nanother public meeting in the spring, before the second "
        "phase of the repairs\nbegins.\n");
    (void)state;
    /* (a paragraph's last line, near the width: "The" had room on it) */
    assert_non_null(strstr(r->body, "long winter of ice.\n\nThe mayor"));
    assert_non_null(r->title);
    assert_string_equal(r->title, "Council closes the old river bridge for "
                                  "six months of deck repairs");
    assert_memory_equal(r->body, "The city council voted on Tuesday", 33);
    nn_record_free(r);
    r = norm("Council closes the old river bridge for six months of deck "
             "repairs\n"
             "The city council voted to close the bridge named for John\n"
             "Smith for six months while crews replace the deck and repair "
             "the\nsupports that an inspection found to be in poor condition "
             "last year, the mayor said.\n"
             "Residents who spoke at the meeting said they were worried\n"
             "about the long detour through the industrial park, but most of "
             "them\nagreed that the work could not wait any longer, and "
             "several asked the\ncity to keep them informed of the dates of "
             "the closures and the routes.\n");
    assert_non_null(strstr(r->body, "named for John Smith for six months"));
    nn_record_free(r);
}

/* A copied page that opens with a line of two words right over its text:
 * a short headline; a section's name there is none. */
static void short_headline_at_the_top(void **state)
{
    nn_record *r = norm("Bridge closed\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(r->title);
    assert_string_equal(r->title, "Bridge closed");
    assert_memory_equal(r->body, "The council voted", 17);
    nn_record_free(r);
    r = norm("Local News\n" PROSE1 PROSE2);
    assert_null(r->title);
    nn_record_free(r);
    /* printed twice, over a standfirst and a byline */
    r = norm("Farmers Market\n\nFarmers Market\n\nOpen Wed. 1:30 to 6:30 "
             "p.m.\n\nBy Jane Roe\n\n" PROSE1 PROSE2);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Farmers Market");
    assert_memory_equal(r->body, "The council voted", 17);
    nn_record_free(r);
}

/* A caption printed twice that ends with the site's host and its
 * photographer in brackets is no headline, however often printed. */
static void caption_with_host_credit(void **state)
{
    nn_record *r =
        norm("Council Approves Bridge Plan Worth 1.2 Million\n\n"
             "The mayor speaks at the opening of the bridge "
             "(example.com/istimewa)\nThe mayor speaks at the "
             "opening of the bridge (example.com/istimewa)\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(r->title);
    assert_string_equal(r->title,
                        "Council Approves Bridge Plan Worth 1.2 Million");
    assert_null(strstr(r->body, "istimewa"));
    nn_record_free(r);
}

/* A wrapped page with no blank lines (its paragraphs were one a line):
 * a paragraph's end ends its block, so a caption above the text is a
 * block of its own and goes. */
static void wrapped_page_without_blank_lines(void **state)
{
    nn_record *r = norm(
        "![]() |\nillustration (file) |\nRIVERTON, rivernews.com - The city "
        "council voted on Tuesday evening to close\nthe old river bridge for "
        "six months while crews replace the deck and repair\nthe supports "
        "that an inspection found to be in poor condition last year.\n"
        "Residents who spoke at the meeting said they were worried about the "
        "long\ndetour through the industrial park, but most of them agreed "
        "that the work\ncould not wait any longer, and several asked the city "
        "to keep them informed.\nThe mayor said the city would post updates "
        "on its website every week and hold\nanother public meeting in the "
        "spring, before the second phase of the repairs\nbegins on the south "
        "side of the river.\n0 Comments\n");
    (void)state;
    assert_memory_equal(r->body, "RIVERTON, rivernews.com - The city", 34);
    assert_null(strstr(r->body, "illustration"));
    nn_record_free(r);
}

/* On a hard-wrapped page, a credit's "Label: Name" line under a line that
 * ends a sentence at the width is no continuation: the author's line. */
static void wrapped_page_credit_line(void **state)
{
    nn_record *r = norm(
        "Council approves bridge plan\n\n"
        "The council voted on Tuesday to approve the plan, which will close "
        "the old\nbridge for six months while crews replace the deck and "
        "repair the supports\nthat an inspection found to be in poor "
        "condition last year.\n\n"
        "Residents who spoke at the meeting said they were worried about the "
        "detour,\nbut most of them agreed that the work could not wait much "
        "longer, and several\nasked the city to keep them informed as it "
        "goes along.\n\n"
        "The mayor said that the city would post updates on its website every "
        "week. It\nwill hold another meeting in the spring, and the second "
        "phase starts in June.\nReporter: Jane Doe\n");
    (void)state;
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Doe");
    assert_null(strstr(r->body, "Reporter"));
    assert_non_null(strstr(r->body, "every week. It will hold"));
    nn_record_free(r);
}

/* A source document's own line breaks inside its sentences, at no one
 * width: a line that stops in mid-sentence and goes on in lower case
 * below runs on; a byline's "di" under the headline and an address under
 * a caption stay lines of their own. */
static void lines_broken_in_mid_sentence_run_on(void **state)
{
    nn_record *r = norm(
        "Council approves the bridge plan after a long debate on\n"
        "Tuesday night\n"
        "The council voted on Tuesday to approve the plan, which will close "
        "the old bridge for six months while the crews replace the deck, and\n"
        "repair the supports that an inspection found to be in poor condition.\n"
        "Residents who spoke at the meeting said they were worried\n"
        "about the detour, but most of them agreed that the work could not "
        "wait.\n");
    (void)state;
    assert_non_null(strstr(r->body, "worried about the detour"));
    nn_record_free(r);
    r = norm("Il consiglio approva il piano per il ponte vecchio sul fiume\n"
             "di Mario Rossi e Laura Bianchi, con foto di Anna Verdi\n"
             "Il consiglio ha votato martedì per approvare il piano, che "
             "chiuderà il ponte per sei mesi mentre le squadre sostituiscono "
             "il piano stradale.\n"
             "The mayor, the council and the engineers, at the bridge on "
             "Monday --PHOTO JANE DOE\n"
             "jdoe@example.com @JaneDoePhoto on the social networks\n"
             "Il sindaco ha detto che la città pubblicherà gli aggiornamenti "
             "ogni settimana sul suo sito.\n");
    assert_null(strstr(r->body, "fiume di Mario"));
    nn_record_free(r);
    /* a name in lower case opens the next line: a subheading over it */
    r = norm("Council approves the bridge plan after a long debate\n\n"
             "The council voted on Tuesday to approve the plan, which will "
             "close the old bridge for six months while crews replace the "
             "deck.\n"
             "What the new iPhone means for the city's own phone contract\n"
             "iPhone shipments to the city fell by a quarter in the first six "
             "weeks of the year, the council said.\n");
    assert_null(strstr(r->body, "contract iPhone"));
    assert_null(strstr(r->body, "JANE DOE jdoe@"));
    nn_record_free(r);
    /* a source document's own breaks, however short its lines: a few
     * words to a comma open the sentence below; inside a paragraph, a
     * short line goes on in lower case */
    r = norm("http://www.village.example/marche_14_01.htm\n\n"
             "Une nouvelle tentative,\n"
             "ce mardi, a permis la relance du march\xC3\xA9 du village qui "
             "s\xE2\x80\x99\xC3\xA9tait bien\n"
             "essouffl\xC3\xA9 durant ces derni\xC3\xA8res ann\xC3\xA9"
             "es, avant de dispara\xC3\xAEtre tout \xC3\xA0 fait\n"
             "puis de revenir pour\n"
             "dispara\xC3\xAEtre de nouveau.\n"
             "Encourag\xC3\xA9s par la\n"
             "mairie, trois marchands ambulants ont bien voulu r\xC3\xA9pondre "
             "\xC3\xA0\n"
             "son appel : un marchand de l\xC3\xA9gumes, un marchand "
             "d\xE2\x80\x99olives et un boucher\n"
             "du village voisin.\n");
    assert_non_null(r->body);
    assert_int_equal(strncmp(r->body, "Une nouvelle tentative, ce mardi", 32),
                     0);
    assert_non_null(strstr(r->body, "revenir pour dispara"));
    assert_non_null(strstr(r->body, "Encourag\xC3\xA9s par la mairie"));
    nn_record_free(r);
    /* not into an address or a handle: a caption's credit ends there */
    r = norm("The mayor, the premier and the health minister of the province "
             "officially\n"
             "open the new ambulatory wing at the regional hospital of the "
             "city on Friday\n"
             "morning.--NEWS PHOTO JANE ROE\n"
             "jroe@news.example @JaneRoePhoto\n"
             "It was a long time coming but there was plenty to celebrate at "
             "the grand\n"
             "opening of the new wing at the regional hospital with the "
             "premier and the\n"
             "health minister in attendance.\n"
             "The new ambulatory care wing is an example of investing in "
             "services that\n"
             "people use every day. It has been built to serve the community "
             "into the\n"
             "future, said the premier.\n"
             "The hospital's board said the wing would open to patients next "
             "month, once the\n"
             "last of the equipment has been delivered and the staff have "
             "been trained to\n"
             "use it.\n");
    assert_null(strstr(r->body, "jroe@"));
    nn_record_free(r);
}

/* "Latest news" over a list of other stories' headlines, one a line, to
 * the page's end closes the article; so does a comment section's rules
 * line, and "Previous ArticleNext Article" as scrapers glue it. */
static void latest_headlines_end_the_article(void **state)
{
    nn_record *r =
        norm("Council closes the old bridge\n\n" PROSE1 PROSE2 "Latest news\n"
             "Storm floods coastal towns across the northern region\n"
             "Football club names veteran striker as its new captain\n"
             "New hospital wing opens after three years of building work\n");
    (void)state;
    assert_non_null(strstr(r->body, "Residents who spoke"));
    assert_null(strstr(r->body, "Storm floods"));
    assert_null(strstr(r->body, "hospital wing"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "Comments: Our rules\n\nWe want our comments to be a lively "
             "and valuable part of our community, a place where readers "
             "can debate the most important local issues.\n");
    assert_null(strstr(r->body, "lively"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "Previous ArticleNext Article\n\n" PROSE3);
    assert_null(strstr(r->body, "The mayor said"));
    nn_record_free(r);

    /* a camera's file name before a gallery's captions run together goes;
     * before a sentence, the name alone goes */
    r = norm(
        "Council closes the old bridge\n\n" PROSE1 PROSE2
        "IMG_1244Small crowd listening to the mayor at the bridgeMan "
        "and woman stand outdoors by the riverA line of people hold "
        "shovels with dirt and smile at the camera\n\nDSC_0042 The ferry will run again while the deck "
        "is replaced.\n");
    assert_null(strstr(r->body, "Small crowd"));
    assert_non_null(strstr(r->body, "\n\nThe ferry will run again"));
    assert_null(strstr(r->body, "DSC_0042"));
    nn_record_free(r);
}

/* Credits: a label and a short name alone on a line even with a full
 * stop ("Foto: Reprodução."), and after a caption with a minus sign
 * ("... gestohlen. −Foto: Bastian Winter"). */
static void credits_with_full_stop_or_minus(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n"
                        "Foto: Reprodu\xC3\xA7\xC3\xA3o.\n\n" PROSE1
                        "The old bridge seen from the river bank on a winter "
                        "morning last year. \xE2\x88\x92"
                        "Foto: Jane Roe\n\n" PROSE2);
    (void)state;
    assert_null(strstr(r->body, "Reprodu"));
    assert_null(strstr(r->body, "Jane Roe"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    nn_record_free(r);
    /* Lithuanian's credit, the name first ("Zitos Stankevičienės
     * nuotr."), alone or after a caption; Polish "fot." */
    r = norm("Council closes the old bridge\n\n"
             "Jonas Petraitis nuotr.\n\n" PROSE1
             "The old bridge seen from the river bank on a winter morning "
             "last year. Ona Jonaitienė nuotr.\n\n"
             "fot. Jan Kowalski\n\n" PROSE2);
    assert_null(strstr(r->body, "nuotr."));
    assert_null(strstr(r->body, "winter morning"));
    assert_null(strstr(r->body, "Kowalski"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    nn_record_free(r);
}

/* On a hard-wrapped page, a comment section's line under the last
 * paragraph is not joined into it. */
static void wrapped_paragraph_does_not_swallow_comments(void **state)
{
    nn_record *r = norm(
        "Council closes the old bridge\n\n"
        "The council voted on Tuesday to approve the plan, which will close "
        "the\nbridge for six months while crews replace the deck and repair "
        "the old\nsupports that an inspection found to be in poor condition "
        "last year.\n\nResidents who spoke at the meeting said they were "
        "worried about the\ndetour, but most of them agreed that the work "
        "could not wait much longer,\nand several asked the city to keep them "
        "informed as it goes on this year.\nComments: Our rules\n"
        "We want our comments to be a lively and valuable part of our "
        "community -\na place where readers can debate and engage with the "
        "most important local\nissues, and we ask them to stay civil.\n");
    (void)state;
    assert_non_null(strstr(r->body, "Residents who spoke"));
    assert_null(strstr(r->body, "Comments"));
    assert_null(strstr(r->body, "lively"));
    nn_record_free(r);
}

/* On a hard-wrapped page, a quote's wrapped lines ("> " over "> ") are
 * one paragraph, read without their marks; a hard line break (two
 * spaces) ends one. */
static void wrapped_quote_is_one_paragraph(void **state)
{
    nn_record *r = norm(
        "Council closes the old bridge\n\n"
        "The council voted on Tuesday to approve the plan, which will close "
        "the\nbridge for six months while crews replace the deck and repair "
        "the old\nsupports that an inspection found to be in poor condition "
        "last year.\n\n"
        "> The bridge has carried traffic for ninety years, and the engineers "
        "who\n> inspected it last year said that its supports would not last "
        "another\n> winter without repairs to the piers on the south side.\n\n"
        "Residents who spoke at the meeting said they were worried about the\n"
        "detour, but most of them agreed that the work could not wait much "
        "longer,\nand several asked the city to keep them informed as it "
        "goes on this year.\n");
    (void)state;
    assert_non_null(strstr(r->body, "the engineers who inspected it last "
                                    "year said that its supports would not "
                                    "last another winter"));
    assert_null(strstr(r->body, "> "));
    nn_record_free(r);
}

/* A page hard-wrapped at 78 columns under which stand many long lines
 * of links to paths ("* [Another story ...](/news/...)"): those say
 * nothing of the wrapping, and the paragraphs are still joined. */
static void wrapped_page_with_long_link_lines(void **state)
{
    nn_buf page = {0};
    nn_record *r;
    int k;
    (void)state;
    nn_buf_puts(
        &page,
        "Council closes the old bridge\n\n"
        "The council voted on Tuesday to approve the plan, which will "
        "close the\nbridge for six months while crews replace the deck "
        "and repair the old\nsupports that an inspection found to be in "
        "poor condition last year.\n\n"
        "Residents who spoke at the meeting said they were worried about "
        "the\ndetour, but most of them agreed that the work could not "
        "wait much longer,\nand several asked the city to keep them "
        "informed as it goes on this year.\n\n"
        "The mayor said that the city would post updates on its website "
        "every\nweek and that it would hold another meeting in the "
        "spring, before the\nsecond phase of the repairs is due to begin "
        "on the south side.\n\nRelated\n\n");
    for (k = 0; k < 10; k++)
        nn_buf_puts(&page, "* [Another story about the council and the "
                           "bridge, one in the list of stories](/news/2016/"
                           "another-story-about-the-bridge)\n");
    r = norm(page.ptr);
    assert_non_null(strstr(r->body, "repair the old supports that"));
    nn_record_free(r);
    nn_buf_free(&page);
}

/* On a hard-wrapped page, an end marker html2text wrapped over two lines
 * (the prompt to report a mistake) still ends the article. */
static void wrapped_end_marker(void **state)
{
    nn_record *r = norm(
        "Council closes the old bridge\n\n"
        "The council voted on Tuesday to approve the plan, which will close "
        "the\nbridge for six months while crews replace the deck and repair "
        "the old\nsupports that an inspection found to be in poor condition "
        "last year.\n\nResidents who spoke at the meeting said they were "
        "worried about the\ndetour, but most of them agreed that the work "
        "could not wait much longer,\nand several asked the city to keep them "
        "informed as it goes on this year.\n\n"
        "Pokud jste v \xC4\x8Dl\xC3\xA1nku zaznamenali chybu nebo "
        "p\xC5\x99"
        "eklep, dejte n\xC3\xA1m v\xC4\x9B"
        "d\xC4\x9Bt p\xC5\x99"
        "es\nkontaktn\xC3\xAD formul\xC3\xA1\xC5\x99, aby ji redakce "
        "mohla co nejd\xC5\x99\xC3\xADve opravit.\n\n"
        "The mayor said that the city would post updates on its website "
        "every\nweek and that it would hold another meeting in the spring, "
        "before the\nsecond phase of the repairs is due to begin on the "
        "south side.\n");
    (void)state;
    assert_non_null(strstr(r->body, "keep them informed"));
    assert_null(strstr(r->body, "post updates"));
    nn_record_free(r);
}

/* The lead's paragraphs over short lines of chrome between them ("Hide
 * Ad", a video promotion) are the article's; a picture's text glued
 * twice and its caption are not; a dateline ending in a dash stays in
 * the body and names its agency. */
static void lead_over_chrome_and_doubled_captions(void **state)
{
    nn_record *r = norm(
        "Council closes the old bridge\n\n"
        "The city will close the old bridge for six months from May, and "
        "the ferry will run again.\n"
        "Watch more of our videos on Shots!\nVisit Shots! now\n\n"
        "Crews found cracks in the deck during an inspection last year, "
        "the council's engineer said.\n\n"
        "Hide Ad\nHide Ad\n\n" PROSE1
        "The old bridge seen from the river bank on a cold morning."
        "The old bridge seen from the river bank on a cold morning.\n"
        "The old bridge seen from the river bank on a cold morning.\n\n" PROSE2
            PROSE3);
    (void)state;
    assert_non_null(r->body);
    assert_memory_equal(r->body, "The city will close", 19);
    assert_non_null(strstr(r->body, "Crews found cracks"));
    assert_null(strstr(r->body, "Shots"));
    assert_null(strstr(r->body, "Hide Ad"));
    assert_null(strstr(r->body, "river bank"));
    assert_non_null(strstr(r->body, "The mayor said"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n"
             "PALMA 26 Nov. (EUROPA PRESS) -\n\n" PROSE1 PROSE2);
    assert_memory_equal(r->body, "PALMA 26 Nov.", 13);
    assert_string_equal(r->source, "EUROPA PRESS");
    nn_record_free(r);
}

/* Chrome of many sites around the text: an embedded post (its text
 * ending in its picture's link, its signature line), a release
 * service's credit (the issuer becomes the source), a subscribe button's
 * label glued to the first paragraph, a count of comments
 * in the page's language and a comment section's greeting end the
 * article; a headline may end with '!'. */
static void embeds_credits_and_comment_counts(void **state)
{
    nn_record *r = norm(
        "Witnesses sought after the crash on the old bridge!\n\n" PROSE1
        "Crews at the scene on Sunday evening #bridge pic.twitter.com/2Dbjst1u1v\n"
        "\xE2\x80\x94 Jane Roe (@janeroe) September 3, 2024\n\n" PROSE2
        "Original-Content von: Polizeipr\xC3\xA4sidium Riverton, "
        "\xC3\xBC"
        "bermittelt durch news aktuell\n");
    (void)state;
    assert_non_null(r->title);
    assert_string_equal(r->title,
                        "Witnesses sought after the crash on the old bridge!");
    assert_null(strstr(r->body, "pic.twitter"));
    assert_null(strstr(r->body, "@janeroe"));
    assert_null(strstr(r->body, "Original-Content"));
    assert_non_null(r->source);
    assert_string_equal(r->source, "Polizeipr\xC3\xA4sidium Riverton");
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\nSubscribe " PROSE1 PROSE2);
    assert_memory_equal(r->body, "The council voted", 17);
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "0 Komentar\n\nBagus sekali, terima kasih.\n");
    assert_null(strstr(r->body, "Komentar"));
    assert_null(strstr(r->body, "Bagus"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "Welcome to the discussion.\n\nKeep it clean. Please avoid "
             "obscene, vulgar, lewd, racist or sexually-oriented language.\n");
    assert_null(strstr(r->body, "discussion"));
    assert_null(strstr(r->body, "obscene"));
    nn_record_free(r);
}

/* A markdown page written a paragraph a line, no blank lines: each long
 * line that ends a sentence is a paragraph of its own, a caption above
 * the text is not run into it, and "0 Komentar" under the last one
 * ends the article. */
static void markdown_paragraph_a_line(void **state)
{
    nn_record *r = norm("![](https://example.org/bridge.jpg) |\n"
                        "the old bridge (file) |\n"
                        "The council voted on Tuesday to approve the plan, "
                        "which will close the bridge for six months while "
                        "crews replace the deck.\n"
                        "Residents who spoke at the meeting said they were "
                        "worried about the detour, but most agreed that the "
                        "work could not wait.\n"
                        "The mayor said that the city would post updates on "
                        "its website every week until the work is done.\n"
                        "0 Komentar\n");
    (void)state;
    assert_memory_equal(r->body, "The council voted", 17);
    assert_non_null(strstr(r->body, "crews replace the deck.\n\nResidents"));
    assert_non_null(strstr(r->body, "work is done."));
    assert_null(strstr(r->body, "(file)"));
    assert_null(strstr(r->body, "Komentar"));
    nn_record_free(r);
}

/* A banner printed three times in a row is not the headline; "About
 * Jane Roe" over her biography ends the article, a company's "About
 * Acme" paragraph under a release does not. */
static void banner_thrice_and_author_box(void **state)
{
    nn_record *r = norm("Scroll down to view article\n"
                        "Scroll down to view article\n"
                        "Scroll down to view article\n\n"
                        "Council closes the old bridge\n\n" PROSE1 PROSE2
                        "About Jane Roe\n\nJane Roe is the owner of the "
                        "paper. She serves as both editor and a writer.\n");
    (void)state;
    assert_non_null(r->title);
    assert_string_equal(r->title, "Council closes the old bridge");
    assert_null(strstr(r->body, "Scroll down"));
    assert_null(strstr(r->body, "Jane Roe"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "About Acme Bridges\n\nAcme Bridges is a company founded in "
             "2011 that builds and repairs bridges across the region.\n");
    assert_non_null(strstr(r->body, "Acme Bridges is a company"));
    nn_record_free(r);
}

/* The headline printed again right above the text goes; a picture's
 * file name alone on its line goes and names no source. */
static void title_again_and_file_names(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n"
                        "Council closes the old bridge\n" PROSE1
                        "bridge-2024-01.jpg\n\n" PROSE2);
    (void)state;
    assert_memory_equal(r->body, "The council voted", 17);
    assert_null(strstr(r->body, "bridge-2024"));
    assert_null(r->source);
    nn_record_free(r);

    /* a camera's file name glued to the text; a Turkish tags line and
     * "GÜNÜN VİDEOSU" (video of the day) over another story */
    r = norm(
        "Council closes the old bridge\n\nIMG-20131213-06578( \xE2\x80\x93 " PROSE1
            PROSE2 "Council closes the old bridge ile ilgili "
        "etiketler Bridge Council\n\nG\xC3\x9CN\xC3\x9CN V\xC4\xB0"
        "DEOSU\n\n" PROSE3);
    assert_memory_equal(r->body, "The council voted", 17);
    assert_null(strstr(r->body, "etiketler"));
    assert_null(strstr(r->body, "The mayor said"));
    nn_record_free(r);
}

/* A caption printed twice (alternative text and caption) under the
 * head's date line is not the headline above it. */
static void caption_twice_under_the_date(void **state)
{
    nn_record *r =
        norm("Council closes the old bridge for six months of "
             "repairs\n\n"
             "The work will start in May and the ferry will run "
             "again while the deck is replaced.\n\n"
             "17 de junio de 2025 (21:06 WEST)\n"
             "The old bridge seen from the river bank\n"
             "The old bridge seen from the river bank\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(r->title);
    assert_string_equal(r->title,
                        "Council closes the old bridge for six months of "
                        "repairs");
    assert_null(strstr(r->body, "river bank"));
    nn_record_free(r);
}

/* A bare name right under the head's date line is the byline; a
 * button's label or the headline's subject is not. */
static void bare_name_under_the_date(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n"
                        "Events 19:29 11.03.2026\nJane Roe\n\n" PROSE1 PROSE2);
    (void)state;
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Roe");
    assert_null(strstr(r->body, "Jane Roe"));
    nn_record_free(r);

    r = norm("Mayor Smith closes the old bridge\n\n"
             "11.03.2026 19:29\nJohn Smith\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n"
             "11.03.2026 19:29\nFacebook Share\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* no headline: a kicker and the date ("REPORTING \xC2\xB7 27th January
     * 2010") is neither the title, nor is the name under it */
    r = norm(
        "REPORTING \xC2\xB7 27th January 2010\nJane McFarlane\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane McFarlane");
    assert_true(!r->title || (!strstr(r->title, "REPORTING") &&
                              !strstr(r->title, "McFarlane")));
    assert_null(strstr(r->body, "McFarlane"));
    nn_record_free(r);

    /* a name over the writer's title, blank lines apart */
    r = norm("Council closes the old bridge\n\n\n\nJane Roe \n\nStaff "
             "Writer \n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Roe");
    assert_null(strstr(r->body, "Jane Roe"));
    nn_record_free(r);
    /* not over a photographer's title: a picture's credit */
    r = norm("Council closes the old bridge\n\n\n\nJane Roe \n\nStaff "
             "Photographer \n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
}

/* A name alone under the text, its surname in capitals, signs it; the
 * outlet's name may stand under it.  Not when text follows it. */
static void name_in_capitals_signs_the_text(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
                        "Jane Mary ROE\n\nRivertimes.net\n");
    (void)state;
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Mary ROE");
    assert_null(strstr(r->body, "ROE"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 "Jane ROE\n\n" PROSE2);
    assert_int_equal(r->authors.len, 0);
    assert_non_null(strstr(r->body, "Jane ROE"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2 "Photo AFP\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* a list of names in capitals closes the text: none is its writer */
    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "The members of the new committee:\n\nAwa DIALLO\n\n"
             "Seydou KEITA\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
}

/* The record of text is dated want. */
static void dated(const char *text, const char *want)
{
    nn_record *r = norm(text);
    assert_non_null(r->date);
    assert_string_equal(r->date, want);
    nn_record_free(r);
}

/* A date line alone above a text the page stage could not judge (a
 * language with no stopword list, short): still the page's date, not
 * the body's first line. */
static void lone_date_line(void **state)
{
    static const char text[] =
        " date 2018-03 joi, martie 1, 2018, 3:00\n\nUn incendiu izbucnit "
        "din cauza cosului de fum neizolat corespunz\xC3\xA3tor ar fi putut "
        "avea consecinte tragice, dac\xC3\xA3 vecinii si autorit\xC3\xA3tile "
        "locale nu interveneau.\n";
    nn_record *r;
    (void)state;
    dated(text, "2018-03-01T03:00");
    r = norm(text);
    assert_null(strstr(r->body, "martie"));
    assert_non_null(strstr(r->body, "Un incendiu"));
    nn_record_free(r);
}

/* The headline's own date line under it, a byline between bars after
 * the date, beats a teaser's date line right above the headline. */
static void date_line_under_the_headline(void **state)
{
    static const char text[] =
        "More Top Stories\n\nRugby Union\n\nBigger and busier season "
        "ahead: PM\n\n31 December 2022\n\nRugby league\n\nMoana target "
        "the World Cup\n\n11 November 2022\n\nCouncil approves plan for "
        "the old bridge\n\nFriday 30 December 2022 | Written by Jane Roe | "
        "Published in Local, National\n\n\nCouncil approves plan for the "
        "old bridge\n\n" PROSE1 PROSE2;
    nn_record *r;
    (void)state;
    dated(text, "2022-12-30");
    r = norm(text);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Roe");
    nn_record_free(r);
    dated("Moana target the World Cup\n\n11 November 2022\n\n# Council "
          "approves plan for the old bridge\n\n30 December 2022\n\n" PROSE1
              PROSE2,
          "2022-12-30");
    dated("Friday 31 July 2015 | UPDATED: 21 minutes ago\nHIGHLIGHTS\n"
          "RIVERSIDE\n\nBridge plan approved\n\nSaturday 28 August 2010 | "
          "00:00\n\n" PROSE1 PROSE2,
          "2010-08-28T00:00");
    /* with no date line under the headline, the one above is its own */
    dated("Moana target the World Cup\n\n11 November 2022\n\n# Council "
          "approves plan for the old bridge\n\n" PROSE1 PROSE2,
          "2022-11-11");
}

/* A dateline with the place and the agency set apart by bars, the
 * weekday and the date after them. */
static void dateline_between_bars(void **state)
{
    (void)state;
    dated(
        "Riverside Infos\nCouncil approves plan for the old bridge\n"
        "Saint-Denis de la R\xC3\xA9union, France | AFP | vendredi 16/03/2017 "
        "- Le conseil a vot\xC3\xA9 le plan, qui fermera le pont pendant six "
        "mois pendant que les \xC3\xA9quipes remplacent le tablier.\n" PROSE2,
        "2017-03-16");
}

/* A dateline closed by a colon ("Agartala, 16th April 2025: In ...")
 * beats a site's clock above the headline; a sentence about that day
 * after the colon ("Kyiv, February 24, 2022: the sirens ...") is no
 * dateline. */
static void dateline_with_a_colon(void **state)
{
    (void)state;
    dated("Wednesday, February 18, 2026\n\nCouncil approves plan for the old "
          "bridge\n\nKyiv, February 24, 2022: the sirens started before "
          "dawn, and the council met in the basement of the old town "
          "hall.\n\n" PROSE2,
          "2026-02-18");
    dated("Wednesday, February 18, 2026\n\nCouncil approves plan for the old "
          "bridge\n\nAgartala, 16th April 2025:   The council voted for the "
          "plan, which will close the bridge for six months while crews "
          "replace its deck.\n\n" PROSE2,
          "2025-04-16");
}

/* A date inside a sentence outside the text ("... si verifica, dal 3
 * dicembre 2024,", the next item's) loses to the date in the page's URL;
 * with no URL it is still the page's date. */
static void url_date_over_a_sentence(void **state)
{
    static const char tail[] =
        "Questo problema si verifica, dal 3 dicembre 2024,\n";
    char text[2048];
    (void)state;
    snprintf(text, sizeof text,
             "https://www.example.org/2019/11/28/patrols/\n\n" PROSE1 "%.*s%s",
             (int)(sizeof PROSE2 - 2), PROSE2, tail);
    dated(text, "2019-11-28");
    snprintf(text, sizeof text, PROSE1 "%.*s%s", (int)(sizeof PROSE2 - 2),
             PROSE2, tail);
    dated(text, "2024-12-03");
}

/* The writer named where a page prints it apart: "By" alone over the
 * name, or a wire's sign-off under the text ("By NAME, GNA"); not a
 * sign-off with text below it. */
static void byline_apart(void **state)
{
    static const struct {
        const char *text, *author;
    } c[] = {
        {"Council closes the old bridge\n\nby\n\nJane Doerner\n\n" PROSE1
             PROSE2,
         "Jane Doerner"},
        {"Council closes the old bridge\n\n" PROSE1 PROSE2
         "GNA\nBy Robert Tachie Menson, GNA\n",
         "Robert Tachie Menson"},
        {"Council closes the old bridge\n\n" PROSE1
         "By Robert Tachie Menson, GNA\n\n" PROSE2,
         NULL},
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(c); i++) {
        nn_record *r = norm(c[i].text);
        if (c[i].author) {
            assert_int_equal(r->authors.len, 1);
            assert_string_equal(r->authors.items[0], c[i].author);
        } else {
            assert_int_equal(r->authors.len, 0);
        }
        if (c[i].author)
            assert_null(strstr(r->body, "By Robert"));
        nn_record_free(r);
    }
}

/* A dateline opening the second paragraph, under a standfirst that
 * opens the text ("Jacmel, le 22 juin 2024 – Les ..."), dates the page. */
static void dateline_in_the_second_paragraph(void **state)
{
    (void)state;
    dated("La mairie adopte des mesures\n\n"
          "Face \xC3\xA0 l'afflux de d\xC3\xA9plac\xC3\xA9s, la mairie a "
          "instaur\xC3\xA9 de nouvelles mesures pour pr\xC3\xA9server la "
          "tranquillit\xC3\xA9 de la ville et maintenir l'ordre.\n\n"
          "Jacmel, le 22 juin 2024 \xE2\x80\x93 Les nouvelles directives "
          "incluent l'obligation pour toute personne entrant dans la "
          "commune de s'identifier aux points de contr\xC3\xB4le.\n\n" PROSE1,
          "2024-06-22");
}

/* A name alone under the date line is the byline; a section's label
 * there ("Em Sociedade", "En Portada") is not. */
static void name_under_the_date(void **state)
{
    static const struct {
        const char *line, *author;
    } c[] = {
        {"Jane Doerner", "Jane Doerner"},
        {"Em Sociedade", NULL},
        {"En Portada", NULL},
        /* a name that starts as a label might ("In" and "Im" are Korean
         * surnames, "Nella" an Italian name) */
        {"In Gyo-jin", "In Gyo-jin"},
        {"Nella Condorelli", "Nella Condorelli"},
    };
    char text[2048];
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(c); i++) {
        nn_record *r;
        snprintf(
            text, sizeof text,
            "Council closes the old bridge\n\n28 January 2025\n%s\n\n" PROSE1
                PROSE2,
            c[i].line);
        r = norm(text);
        assert_non_null(r->date);
        assert_string_equal(r->date, "2025-01-28");
        if (c[i].author) {
            assert_int_equal(r->authors.len, 1);
            assert_string_equal(r->authors.items[0], c[i].author);
        } else {
            assert_int_equal(r->authors.len, 0);
        }
        nn_record_free(r);
    }
}

/* A date line ending in a byline ("12 novembre 2024 à 17h18 par ...",
 * "5. März 2024 von ..."): the date and the author; no name, no author.
 * A day-first date with a full stop ("5. Mai 2024") numbers no list item. */
static void byline_after_the_date(void **state)
{
    static const struct {
        const char *line, *date, *author;
    } c[] = {
        {"12 novembre 2024 \xC3\xA0 17h18 par Cordula Mullerke",
         "2024-11-12T17:18", "Cordula Mullerke"},
        {"November 12, 2024 at 5:18 pm by John Smith", "2024-11-12T17:18",
         "John Smith"},
        {"5. M\xC3\xA4rz 2024 par Anne Martin", "2024-03-05", "Anne Martin"},
        /* (no place or photographer is the author) */
        {"12. Mai 2024 von Hamburg Hauptbahnhof", "2024-05-12", NULL},
        {"Photo prise le 12 novembre 2024 par Jean Dupont", "2024-11-12", NULL},
        {"5. Mai 2024", "2024-05-05", NULL},
        {"12 novembre 2024 par la r\xC3\xA9"
         "daction",
         "2024-11-12", NULL},
        {"March 3, 2024 by the editors", "2024-03-03", NULL},
    };
    char text[2048];
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(c); i++) {
        nn_record *r;
        snprintf(text, sizeof text,
                 "Council closes the old bridge\n\n%s\n\n" PROSE1 PROSE2,
                 c[i].line);
        r = norm(text);
        assert_non_null(r->date);
        assert_string_equal(r->date, c[i].date);
        if (c[i].author) {
            assert_int_equal(r->authors.len, 1);
            assert_string_equal(r->authors.items[0], c[i].author);
        } else {
            assert_int_equal(r->authors.len, 0);
        }
        assert_null(strstr(r->body, c[i].line));
        nn_record_free(r);
    }
}

/* A byline with a dash after the name, its surname in capitals ("Par
 * Kamel BOUDJADI -"), and a
 * name with the writer's title and an address after a slash ("João
 * Barbosa Repórter / [email protected]", the address as a mail guard
 * prints it); not a name and a slash with no address. */
static void bylines_with_a_dash_or_a_title_and_mail(void **state)
{
    static const struct {
        const char *line, *author;
    } c[] = {
        {"Par Kamel BOUDJADI -", "Kamel BOUDJADI"},
        /* (a heading or a column's name in title case is no byline) */
        {"By Kamel Boudjadi -", NULL},
        {"By The Numbers -", NULL},
        {"Por Dentro Da Pol\xC3\xADtica -", NULL},
        {"Jo\xC3\xA3o Barbosa Rep\xC3\xB3rter / [email protected]",
         "Jo\xC3\xA3o Barbosa"},
        {"Jane Porter Reporter / jporter@example.com", "Jane Porter"},
        {"Jane Porter Reporter / Riverside Gazette", NULL},
        /* a given name and a surname in capitals alone under the
         * headline is as often a team, a place or the story's subject
         * ("Chelsea FLOWER SHOW", "Olaf SCHOLZ") */
        {"Paris SAINT-GERMAIN", NULL},
        {"Real MADRID", NULL},
        {"Olaf SCHOLZ", NULL},
        {"Chelsea FLOWER SHOW", NULL},
        /* a desk's or an editor's address */
        {"Breaking News Reporter / tips@example.com", NULL},
        {"Opinion Desk Editor / opinion@example.com", NULL},
    };
    char text[2048];
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(c); i++) {
        nn_record *r;
        snprintf(text, sizeof text,
                 "Council approves bridge plan\n\n%s\n\n" PROSE1 PROSE2,
                 c[i].line);
        r = norm(text);
        if (c[i].author) {
            assert_int_equal(r->authors.len, 1);
            assert_string_equal(r->authors.items[0], c[i].author);
            assert_null(strstr(r->body, c[i].author));
        } else {
            assert_int_equal(r->authors.len, 0);
        }
        nn_record_free(r);
    }
}

/* Bylines in other words: "A cura di" under the headline, a writer's
 * label with a full stop under the text ("Penulis. Asmadi"). */
static void bylines_in_other_words(void **state)
{
    nn_record *r = norm("Council approves bridge plan\n\n"
                        "A cura di Pierluigi Frattasi\n\n" PROSE1 PROSE2);
    (void)state;
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Pierluigi Frattasi");
    assert_null(tl_extra(r, "editor"));
    nn_record_free(r);

    /* below the text's first paragraph it is still an editor's credit,
     * and goes from the body */
    r = norm("Council approves bridge plan\n\n" PROSE1
             "A cura di Pierluigi Frattasi\n\n" PROSE2);
    assert_null(strstr(r->body, "A cura di"));
    nn_record_free(r);

    r = norm("Council approves bridge plan\n\n" PROSE1 PROSE2
             "Penulis. Asmadi\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Asmadi");
    assert_null(strstr(r->body, "Asmadi"));
    nn_record_free(r);

    /* a sentence that opens with the word is no label */
    r = norm("Council approves bridge plan\n\n" PROSE1 PROSE2
             "Reporter. That is what she wanted to be when she was a child, "
             "the mayor said.\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* an Indonesian writer of one name, in a list with the date */
    r = norm(
        "DPRD Minta Dinas PU Perbaiki Jalan\n\n  \xE2\x80\xA2 Oleh "
        "Ariananta\n  \xE2\x80\xA2 18 Juni 2016 - 13:20 WIB\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Ariananta");
    assert_null(strstr(r->body, "Oleh"));
    nn_record_free(r);

    /* an Indonesian desk's sign-off in brackets after the last sentence;
     * the desk's initials alone name no writer; in English "(..., red)"
     * is a map's legend */
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga diminta waspada karena curah hujan diperkirakan tinggi "
             "hingga Januari, katanya. (Rudy Azhary, red)\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Rudy Azhary");
    assert_null(strstr(r->body, "(Rudy"));
    nn_record_free(r);
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga diminta waspada karena curah hujan diperkirakan tinggi "
             "hingga Januari, katanya. (ant/red)\n");
    assert_int_equal(r->authors.len, 0);
    assert_null(strstr(r->body, "(ant/red)"));
    nn_record_free(r);
    /* the writer's name alone in brackets, glued to the last sentence;
     * not when text goes on below (a caption's subject) */
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga diminta waspada karena curah hujan diperkirakan tinggi "
             "hingga Januari.(Yuliawan Andrianto)\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Yuliawan Andrianto");
    assert_null(strstr(r->body, "(Yuliawan"));
    nn_record_free(r);
    /* a place, a photo's credit in brackets: no writer */
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga diminta waspada karena curah hujan diperkirakan tinggi "
             "hingga Januari.(Dok Pribadi)\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga Jakarta Pusat diminta waspada karena curah hujan tinggi "
             "hingga Januari. (Jakarta Pusat)\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\n" ID_PARA
             "Warga diminta waspada karena curah hujan diperkirakan tinggi "
             "hingga Januari.(Yuliawan Andrianto)\n\nSementara itu, warga di "
             "bantaran sungai diminta segera mengungsi bila air terus naik.\n");
    assert_int_equal(r->authors.len, 0);
    assert_non_null(strstr(r->body, "(Yuliawan Andrianto)"));
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1
             "Each district is shaded by the candidate who won it. (Maria "
             "Lopez, red)\n");
    assert_int_equal(r->authors.len, 0);
    assert_non_null(strstr(r->body, "(Maria Lopez, red)"));
    nn_record_free(r);

    /* "OUTLET, PLACE –" and "PLACE, OUTLET –": the outlet is the one
     * whose host the page prints */
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\nBANJARBARU, "
             "MERCUSUAR \xE2\x80\x93 " ID_PARA
             "Info lengkap di laman banjarbaru.go.id.\n");
    assert_non_null(r->source);
    assert_string_equal(r->source, "MERCUSUAR");
    nn_record_free(r);
    r = norm("BPBD Banjarbaru Petakan Wilayah Rawan Banjir\n\nMERCUSUAR, "
             "BANJARBARU \xE2\x80\x93 " ID_PARA
             "Follow Mercusuar.co.id untuk mendapatkan informasi terkini.\n");
    assert_non_null(r->source);
    assert_string_equal(r->source, "MERCUSUAR");
    nn_record_free(r);
    /* or the outlet first where a press word is glued to its name
     * ("TIMESINDONESIA"); not a name with none, whatever the text says
     * ("MEDAN, WASPADA", "Waspada terhadap ...") */
    r = norm("34 Desa Terancam Krisis Air, BPBD Pacitan Siaga\n\n"
             "TIMESINDONESIA, PACITAN \xE2\x80\x93 " ID_PARA);
    assert_non_null(r->source);
    assert_string_equal(r->source, "TIMESINDONESIA");
    nn_record_free(r);
    /* "PLACE | host \xE2\x80\x93": a bar between the place and the host
     * as well as a comma; not a bar before no host ("12.05") */
    r = norm("Warga Suak Buluh Simeulue Krisis Air Bersih\n\nSINABANG | "
             "AcehNewS.net \xE2\x80\x93 " ID_PARA);
    assert_non_null(r->source);
    assert_string_equal(r->source, "AcehNewS.net");
    nn_record_free(r);
    r = norm("Warga Suak Buluh Simeulue Krisis Air Bersih\n\nSINABANG | "
             "12.05 \xE2\x80\x93 " ID_PARA);
    assert_null(r->source);
    nn_record_free(r);
    r = norm("Polda Ungkap Peredaran 20 Kilogram Sabu Jaringan\n\nMEDAN, "
             "WASPADA \xE2\x80\x93 " ID_PARA
             "Waspada terhadap modus pengiriman narkoba, kata polisi.\n");
    assert_non_null(r->source);
    assert_string_equal(r->source, "WASPADA");
    nn_record_free(r);

    /* a name alone, over a date line under the headline or under the
     * last paragraph, read as the writer's by the name model: a given
     * name first, the surname nowhere else; not a place the text names,
     * nor a name with an outlet's word */
    r = norm("Council approves bridge plan\n\nSarah Whitcombe\n\nMay 12, "
             "2025\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Sarah Whitcombe");
    nn_record_free(r);
    /* (with no date line under it, as often a picture's caption) */
    r = norm(
        "Council approves bridge plan\n\nSarah Whitcombe\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1 PROSE2
             "ALESSANDRA BEVILACQUA\n\nRead also\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "ALESSANDRA BEVILACQUA");
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1
             "The work starts near Victoria Park in the spring, and the city "
             "expects it to take six months in all.\n\nVictoria "
             "Park\n\nRead also\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\nSanto Domingo\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1 PROSE2
             "Misty Examiner Videos\n\nRead also\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* a name in capitals the text names in its own case; a caption
     * over a photo's credit */
    r = norm(
        "Council approves bridge plan\n\n" PROSE1
        "The plan was backed by Mayor \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD, "
        "who spoke at the meeting for a long time on Tuesday.\n\n"
        "\xD0\x92\xD0\x9B\xD0\x90\xD0\x94\xD0\x98\xD0\x9C\xD0\x98\xD0\xA0 "
        "\xD0\x9F\xD0\xA3\xD0\xA2\xD0\x98\xD0\x9D\n\nRead also\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("Council approves bridge plan\n\n" PROSE1 PROSE2
             "Maria Santos\n\nPhoto: Daily Courier\n");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* comments closed, in Turkish, end the article */
    r = norm(
        "Council approves bridge plan\n\n" PROSE1 PROSE2
        "Bu yaz\xC4\xB1 yorumlara kapat\xC4\xB1lm\xC4\xB1\xC5\x9Ft\xC4\xB1r."
        "\n\nBu sayfadan 60 saniye sonra ana sayfaya "
        "y\xC3\xB6nlendirileceksiniz.\n");
    assert_null(strstr(r->body, "kapat"));
    assert_null(strstr(r->body, "saniye"));
    nn_record_free(r);

    /* a desk's name after the byline's word names no writer */
    r = norm(
        "DPRD Minta Dinas PU Perbaiki Jalan\n\nOleh Redaksi\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    /* "oleh" in a sentence ("by") is no byline */
    r = norm(
        "DPRD Minta Dinas PU Perbaiki Jalan\n\n" PROSE1
        "Oleh karena itu, warga meminta jalan segera diperbaiki.\n\n" PROSE2);
    assert_int_equal(r->authors.len, 0);
    assert_non_null(strstr(r->body, "Oleh karena itu"));
    nn_record_free(r);
}

/* The review of the sixteenth session's rules: lines of the same shape
 * that are the article's, each kept as it was. */
static void review_false_friends(void **state)
{
    static const struct {
        const char *text, *title, *in, *source;
    } c[] = {
        /* a quotation about a group chat is no follow prompt */
        {"Parents warn of phone scam\n\n" PROSE1
         "\"We first heard about it through our WhatsApp group, and within "
         "an hour half the parents had the same message,\" said Sarah "
         "Jones.\n\n" PROSE2,
         NULL, "through our WhatsApp group", NULL},
        /* a list under a lead-in is the article's */
        {"Council approves bridge plan\n\n" PROSE1
         "Recommended reading on the budget:\n\n"
         "- How the city spends its road money\n"
         "- What the bridge repairs will cost\n"
         "- Why the council delayed the vote\n\n" PROSE2,
         NULL, "What the bridge repairs will cost", NULL},
        /* a headline with the site's section after a dash, alone */
        {"Hochwasser in Bayern: Pegel steigen weiter \xE2\x80\x93 Alle News"
         "\n\n" PROSE1 PROSE2,
         "Hochwasser in Bayern: Pegel steigen weiter \xE2\x80\x93 Alle News",
         NULL, NULL},
        /* a copyright mark inside a headline */
        {"Bandcamp \xC2\xA9 dispute ends in settlement for musicians\n\n" PROSE1
             PROSE2,
         "Bandcamp \xC2\xA9 dispute ends in settlement for musicians", NULL,
         NULL},
        /* a sentence in apposition names no outlet */
        {"Council approves bridge plan\n\nToday, OpenAI \xE2\x80\x93 the "
         "maker of ChatGPT \xE2\x80\x93 unveiled a new model that the "
         "council will use.\n\n" PROSE1 PROSE2,
         NULL, "Today, OpenAI", ""},
        /* a short paragraph of two sentences below the text's first */
        {PROSE1 "Gro\xC3\x9F"
                "er Andrang. Hunderte Besucher kamen am "
                "Samstag.\n\n" PROSE2 PROSE3,
         "", "The council voted", NULL},
        /* the text's last paragraph, cut short, under a list of links */
        {"Council approves bridge plan\n\n" PROSE1 PROSE2 "Read also:\n\n"
         "Fire destroys barn in Sale Creek overnight\n\n"
         "Woodhull water tower in line for update\n\n"
         "What happens next with the other projects has not been decided, "
         "but the council promised to come back to the issue in the autumn, "
         "once the first figures of the half-year are known and the "
         "engineers have reported on the state of the other bridges in "
         "the\xE2\x80\xA6\n",
         NULL, "What happens next", NULL},
        /* a word and a full stop that is no writer's label */
        {"Council approves bridge plan\n\n" PROSE1
         "Autor. Obrigado pelo convite, disse ele ao fim da entrevista.\n\n" PROSE2,
         NULL, "Obrigado pelo convite", NULL},
    };
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(c); i++) {
        nn_record *r = norm(c[i].text);
        if (c[i].title)
            same_field("review", "title", r->title, c[i].title);
        if (c[i].in && !strstr(r->body, c[i].in))
            fail_msg("review %zu: \"%s\" not in the body", i, c[i].in);
        if (c[i].source)
            same_field("review", "source", r->source, c[i].source);
        nn_record_free(r);
    }
}

/* A note that a machine wrote or translated the piece goes; a sentence
 * of the article about AI stays. */
static void machine_notes(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
                        "Dieser Text wurde maschinell \xC3\xBC"
                        "bersetzt.\n\n"
                        "The report says the AI model is dangerous, experts "
                        "warned on Monday in a long study of the industry.\n");
    (void)state;
    assert_null(strstr(r->body, "maschinell"));
    assert_non_null(strstr(r->body, "AI model"));
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "This article was generated with the help of AI and reviewed "
             "by an editor.\n");
    assert_null(strstr(r->body, "generated"));
    nn_record_free(r);

    /* "automatisch"; an editor's note on a correction stays */
    r = norm("Council closes the old bridge\n\n" PROSE1
             "Dieser Artikel basiert auf Meldungen der Polizei und wurde "
             "automatisch erstellt.\n\n" PROSE2
             "Editor's note: This story was updated to correct the name of "
             "the mayor's deputy.\n\n" PROSE3);
    assert_null(strstr(r->body, "automatisch"));
    assert_true(tl_removed_by(r, "machine-note"));
    assert_non_null(strstr(r->body, "correct the name"));
    nn_record_free(r);
}

/* Between two paragraphs, a ticker, a weather reading, a reading time,
 * a view counter and an empty byline go; figures in the article's own
 * sentences and a heading with a version number stay. */
static void tickers_weather_counters(void **state)
{
    static const char *const gone[] = {"DOLAR 43,8563 0.02%",
                                       "BIST 100 9.876,54 -1,2%",
                                       "USD/TRY 34,12",
                                       "Moscow +3\xC2\xB0"
                                       "C",
                                       "Temps de lecture : 3 min",
                                       "Okunma: 1234",
                                       "1.234 views",
                                       "Reporter",
                                       "Editor:"};
    static const char *const kept[] = {
        "NATO 2.0", "Sales rose 5.2% in May, the council's figures show.",
        "It was 40\xC2\xB0"
        "C in Seville on Monday, the hottest day."};
    char text[2048];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof gone / sizeof *gone; i++) {
        nn_record *r;
        snprintf(text, sizeof text,
                 "Council closes the old bridge\n\n%s%s\n\n%s%s", PROSE1,
                 gone[i], PROSE2, PROSE3);
        r = norm(text);
        assert_null(strstr(r->body, gone[i]));
        nn_record_free(r);
    }
    {
        nn_record *r;
        snprintf(text, sizeof text,
                 "Council closes the old bridge\n\n%sEditor: Jane Roe\n\n%s",
                 PROSE1, PROSE2);
        r = norm(text);
        assert_null(strstr(r->body, "Jane Roe"));
        assert_non_null(tl_extra(r, "editor"));
        assert_string_equal(tl_extra(r, "editor"), "Jane Roe");
        nn_record_free(r);
    }
    for (i = 0; i < sizeof kept / sizeof *kept; i++) {
        nn_record *r;
        snprintf(text, sizeof text,
                 "Council closes the old bridge\n\n%s%s\n\n%s%s", PROSE1,
                 kept[i], PROSE2, PROSE3);
        r = norm(text);
        assert_non_null(strstr(r->body, kept[i]));
        nn_record_free(r);
    }
}

/* Sources from credits: a caption's "(Site.com/Photographer)" and
 * "OUTLET / Photographer" name the site (the person after the slash is
 * none); "(Photographer/OUTLET)" the outlet after the slash; a stock
 * agency ("123rf") no outlet. */
static void credit_names_the_site(void **state)
{
    nn_record *r = norm("Council closes the old bridge\n\n"
                        "The old bridge on a cold morning. "
                        "(Riverstar.com/Ahmad M)\n\n" PROSE1 PROSE2);
    (void)state;
    assert_non_null(r->source);
    assert_string_equal(r->source, "Riverstar.com");
    nn_record_free(r);
    r = norm(
        "Council closes the old bridge\n\n"
        "The old bridge on a cold morning (Ahmad Malik/RIVERSTAR)\n\n" PROSE1
            PROSE2);
    assert_non_null(r->source);
    assert_string_equal(r->source, "RIVERSTAR");
    nn_record_free(r);
    /* "OUTLET / Photographer" names the outlet; a stock agency none */
    r = norm("Council closes the old bridge\n\n"
             "Photo: 123rf\n\n" PROSE1
             "Jane Roe Photo: RIVERSTAR / Ahmad Malik\n\n" PROSE2);
    assert_non_null(r->source);
    assert_string_equal(r->source, "RIVERSTAR");
    nn_record_free(r);
}

/* An advertisement's label printed above the headline and again in the
 * text is no section label (the next story does not start there); a
 * messenger group's invitation and a comment-policy line go; a byline
 * "Opublikowane przez:" names the author. */
static void ads_messengers_and_labels(void **state)
{
    nn_record *r =
        norm("REKLAMA\n\nCouncil closes the old bridge\n\n"
             "Opublikowane przez: Jan Kowalski\n\n" PROSE1 "REKLAMA\n\n" PROSE2
             "Receba as principais informa\xC3\xA7\xC3\xB5"
             "es "
             "do portal em nosso grupo de leitores do WhatsApp. "
             "Entre aqui.\n\n" PROSE3);
    (void)state;
    assert_non_null(strstr(r->body, "Residents who spoke"));
    assert_non_null(strstr(r->body, "The mayor said"));
    assert_null(strstr(r->body, "REKLAMA"));
    assert_null(strstr(r->body, "WhatsApp"));
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jan Kowalski");
    nn_record_free(r);

    r = norm("Council closes the old bridge\n\n" PROSE1 PROSE2
             "UYARI: K\xC3\xBC"
             "f\xC3\xBCr, hakaret, rencide edici "
             "c\xC3\xBCmleler dikkate al\xC4\xB1nmamaktad\xC4\xB1r.\n");
    assert_null(strstr(r->body, "UYARI"));
    assert_non_null(strstr(r->body, "Residents who spoke"));
    nn_record_free(r);
}

/* Found in review: sentences that open like a caption, an end marker or
 * a signature, a headline with a host or acronyms in capitals, a byline
 * ending in a comma, an outlet named in lower case: all stay what they
 * are. */
static void false_friends_stay(void **state)
{
    static const struct {
        const char *text, *in;
    } kept[] = {
        {"Lutto cittadino a Genova\n"
         "\n"
         "5 maggio 2024\n"
         "\n"
         "La città si è fermata ieri per ricordare le vittime del "
         "crollo del ponte nel centro storico.\n"
         "\n"
         "Un momento di silenzio è stato osservato prima della partita "
         "in memoria delle vittime.\n"
         "\n"
         "Il sindaco ha annunciato che la ricostruzione comincerà entro "
         "la fine dell anno.\n",
         "Un momento di silenzio"},
        {"Singer announces birth of her first child\n"
         "\n"
         "May 5, 2024\n"
         "\n"
         "The pop singer announced on Sunday that she had given birth "
         "to a boy in Los Angeles.\n"
         "\n"
         "In the photo she shared on Instagram, the singer is seen "
         "holding the baby.\n"
         "\n"
         "Fans flooded the post with messages of congratulations within "
         "minutes.\n",
         "In the photo she shared"},
        {"Bupati resmikan gedung sekolah baru\n"
         "\n"
         "Senin, 6 Mei 2024\n"
         "\n"
         "Bupati meresmikan gedung sekolah baru di Kecamatan Sukamaju "
         "pada Senin pagi bersama kepala dinas.\n"
         "\n"
         "Foto bersama dilakukan usai peresmian. Setelah itu, Bupati "
         "meninjau ruang kelas dan berdialog dengan para guru.\n"
         "\n"
         "Ia berharap gedung baru itu meningkatkan mutu pendidikan.\n",
         "Foto bersama dilakukan"},
        {"Streit um Goethe-Zitat im Landtag\n"
         "\n"
         "5. Mai 2024\n"
         "\n"
         "Ein Abgeordneter hat im Landtag ein Zitat verwendet, das er "
         "Goethe zuschrieb. Historiker bezweifeln das.\n"
         "\n"
         "Zur Originalquelle gibt es bis heute keine Belege.\n"
         "\n"
         "Der Abgeordnete kündigte an, die Herkunft des Zitats prüfen "
         "zu lassen.\n"
         "\n"
         "Die Opposition forderte eine Klarstellung.\n",
         "Zur Originalquelle gibt es"},
        {"Council backs plan for new riverside park\n"
         "\n"
         "5 May 2024\n"
         "\n"
         "The council has backed a plan to turn a disused industrial "
         "site into a riverside park.\n"
         "\n"
         "\xe2\x80\x98It is the best news this town has had in "
         "years.\xe2\x80\x99 \xe2\x80\x93 Margaret Hughes\n"
         "\n"
         "Work is due to start next spring.\n",
         "\xe2\x80\x93 Margaret Hughes"},
        {"Readers share their favourite summer walks\n"
         "\n"
         "5 May 2024\n"
         "\n"
         "We asked readers to tell us about the walks they love most in "
         "summer.\n"
         "\n"
         "The coastal path to the lighthouse is breathtaking at sunset. "
         "- Mary Smith, Leeds\n"
         "\n"
         "Nothing beats the ridge walk above the lake on a clear "
         "morning. - Tom Brown\n",
         "- Tom Brown"},
        {"Schools to teach mindfulness from next year\n"
         "\n"
         "May 5, 2024\n"
         "\n"
         "The education ministry said on Tuesday that all primary "
         "schools will teach mindfulness from next year.\n"
         "\n"
         "Be the change you wish to see in the world. \xe2\x80\x93 "
         "Mahatma Gandhi\n"
         "\n"
         "The lessons would last twenty minutes a week.\n",
         "\xe2\x80\x93 Mahatma Gandhi"},
    };
    size_t i;
    nn_record *r;
    (void)state;
    for (i = 0; i < NN_COUNT(kept); i++) {
        r = norm(kept[i].text);
        if (!strstr(r->body, kept[i].in))
            fail_msg("\"%s\" not in the body", kept[i].in);
        if (r->authors.len)
            fail_msg("author \"%s\"", r->authors.items[0]);
        nn_record_free(r);
    }
    r = norm("Home\n"
             "News\n"
             "Business\n"
             "Tech\n"
             "Sport\n"
             "\n"
             "Amazon.Com Shares Jump After Strong Holiday Forecast\n"
             "\n"
             "May 5, 2024\n"
             "\n"
             "Shares of the online retailer rose sharply on Friday after it "
             "forecast strong sales for the holiday season.\n"
             "\n"
             "The company said demand for its cloud services had also "
             "picked up in the third quarter.\n"
             "\n"
             "Analysts said consumers were still willing to spend.\n");
    assert_non_null(r->title);
    assert_string_equal(r->title,
                        "Amazon.Com Shares Jump After Strong Holiday Forecast");
    nn_record_free(r);
    r = norm("Home\n"
             "News\n"
             "Business\n"
             "Tech\n"
             "Sport\n"
             "\n"
             "Dua pemain muda dipanggil ke tim nasional jelang PIALA AFF\n"
             "\n"
             "5 Mei 2024\n"
             "\n"
             "Pelatih tim nasional memanggil dua pemain muda dari klub liga "
             "daerah untuk memperkuat skuad.\n"
             "\n"
             "Keduanya dinilai tampil impresif sepanjang musim dan mencetak "
             "banyak gol.\n"
             "\n"
             "Tim akan menjalani pemusatan latihan di Jakarta.\n");
    assert_non_null(r->title);
    assert_non_null(strstr(r->title, "jelang PIALA AFF"));
    nn_record_free(r);
    r = norm("Police search for missing hiker in national park\n"
             "\n"
             "By Jane Doe,\n"
             "updated on Sunday with new details from the park rangers and "
             "police\n"
             "\n"
             "May 5, 2024\n"
             "\n"
             "Rescue teams resumed the search on Sunday for a hiker who "
             "went missing in the park on Friday.\n"
             "\n"
             "The man, 42, was last seen near the summit trail, rangers "
             "said.\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Doe");
    nn_record_free(r);
    r = norm("Harga cabai rawit naik tajam jelang Idul Adha\n"
             "\n"
             "Senin, 6 Mei 2024\n"
             "\n"
             "Harga cabai rawit di sejumlah pasar tradisional di Jakarta "
             "naik tajam dalam sepekan terakhir.\n"
             "\n"
             "Foto: kumparan\n"
             "\n"
             "Para pedagang mengatakan pasokan dari daerah sentra berkurang "
             "akibat cuaca buruk.\n");
    assert_non_null(r->source);
    assert_string_equal(r->source, "kumparan");
    nn_record_free(r);
}

/* The page's head and foot in forms of the thirty-eighth set: a short
 * headline under the page's first date line with a menu above; a name in
 * capitals with an initial under the headline; a name with its job after
 * a comma; the reporter's credit under the text.  And their false friends
 * (a review's probes): a writer's name under the date; a place in
 * capitals; a job with a comma in it; the story's subject captioned with
 * her job; a book's credit; a host with a suffix in a related headline. */
static void heads_and_signatures(void **state)
{
    nn_record *r;
    (void)state;
    r = norm("Home\nNews\nSport\n\n30 November 2011, 16:16\n\n"
             "Elista awaits changes\n\n" PROSE1 PROSE2);
    same_field("dated head", "title", r->title, "Elista awaits changes");
    nn_record_free(r);
    r = norm("Home\nNews\nSport\n\nElista awaits changes\n\n" PROSE1 PROSE2);
    assert_null(r->title); /* (no date: as likely a menu's last item) */
    nn_record_free(r);
    r = norm("Home\nNews\nSport\n\n30 November 2011, 16:16\n\n"
             "Rachel Owens\n\n" PROSE1 PROSE2);
    assert_null(r->title);
    nn_record_free(r);

    r = norm("Council approves the bridge plan\n\nMARIA L. GONZALEZ\n\n" PROSE1
                 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "MARIA L. GONZALEZ");
    nn_record_free(r);
    r = norm("Council approves the bridge plan\n\nJO\xC3\x83O PESSOA\n\n" PROSE1
                 PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    r = norm("Council approves the bridge plan\n\nAdams County "
             "Commissioners\n\nJane Porter, Council Correspondent\n\n" PROSE1
                 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Jane Porter");
    nn_record_free(r);
    r = norm("Council approves the bridge plan\n\nMaria Gonzalez\n"
             "Education, Health Reporter\n\n" PROSE1 PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Maria Gonzalez");
    nn_record_free(r);
    r = norm(
        "Doucet: the war seen from Kyiv\n\nLyse Doucet, BBC Chief "
        "International Correspondent\n\n" PROSE1
        "Doucet said the city had changed since her first visit.\n\n" PROSE2);
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);

    r = norm("Council approves the bridge plan\n\n" PROSE1 PROSE2
             "Story and Pix by Ahmad Razak\n");
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Ahmad Razak");
    assert_null(strstr(r->body, "Pix"));
    nn_record_free(r);
    r = norm("The best picture books of the year\n\nBy Fiona Black\n\n" PROSE1
             "Words and pictures by Jon Klassen\n\n" PROSE2);
    assert_int_equal(r->authors.len, 1);
    assert_string_equal(r->authors.items[0], "Fiona Black");
    nn_record_free(r);

    r = norm("Council approves the bridge plan\n\n" PROSE1 PROSE2
             "Related\n\nBooking.com's new fees anger hotel owners\n");
    assert_null(r->source);
    nn_record_free(r);
}

/* The site's name: its logo printed thrice above the text, between the
 * menus and the search box; the byline's "Fonte:" label, the byline
 * being the site's name in capitals (no writer).  Not a button printed
 * thrice, nor a city's name in mixed case. */
static void logo_thrice_and_source_label(void **state)
{
    nn_record *r;
    (void)state;
    r = norm("INDIE BANYUMAS\n  \xE2\x80\xA2 BERANDA\n  \xE2\x80\xA2 "
             "NASIONAL\nTidak ada hasil\nLihat semua hasil\nINDIE "
             "BANYUMAS\nTidak ada hasil\nINDIE BANYUMAS\n\nCouncil "
             "approves the bridge plan\n\n" PROSE1 PROSE2);
    same_field("logo thrice", "source", r->source, "INDIE BANYUMAS");
    assert_null(strstr(r->body, "hasil"));
    nn_record_free(r);
    /* a section's name printed thrice under the menu's first item; a
     * search box's message in the text */
    r = norm("Home\nMANCHESTER UNITED\nFirst teaser title here\n"
             "MANCHESTER UNITED\nSecond teaser\nMANCHESTER UNITED\n\n"
             "Council approves the bridge plan\n\n" PROSE1
             "No results found\n\n" PROSE2);
    assert_null(r->source);
    assert_non_null(strstr(r->body, "No results found"));
    nn_record_free(r);
    r = norm("Home\nShow More\nFirst teaser title here\nShow More\nSecond "
             "teaser\nShow More\nBuenos Aires\nBuenos Aires\nBuenos "
             "Aires\n\nCouncil approves the bridge plan\n\n" PROSE1 PROSE2);
    assert_null(r->source);
    nn_record_free(r);

    /* the logo printed thrice over a breadcrumb and the headline */
    r = norm("  \xE2\x80\xA2 Contacto\n  \xE2\x80\xA2 Barcos\nEl Faro de "
             "Melilla\n  \xE2\x80\xA2 Sucesos\n  \xE2\x80\xA2 Sociedad\n"
             "Sin resultados\nEl Faro de Melilla\n  \xE2\x80\xA2 Sucesos\n"
             "  \xE2\x80\xA2 Sociedad\nSin resultados\nEl Faro de Melilla\n"
             "Inicio \xC2\xBB Sociedad\n\nProsiguen las obras de mejora en "
             "Cabrerizas\n\n" ES_PROSE1 ES_PROSE2);
    same_field("logo thrice", "source", r->source, "El Faro de Melilla");
    nn_record_free(r);
    /* a date glued to the headline's bar: the scraper's join */
    r = norm(
        "R17m invested to boost water supplies |30 May 2015\n\n" PROSE1 PROSE2);
    same_field("bar and date", "title", r->title,
               "R17m invested to boost water supplies");
    nn_record_free(r);

    /* the site signing as itself, its source label naming it again; a
     * label that names another (an agency) names no site */
    r = norm("Council approves the bridge plan\n\nPor: PATOS ONLINE Fonte: "
             "Patos Online\n\n" PROSE1 PROSE2);
    same_field("source label", "source", r->source, "PATOS ONLINE");
    assert_int_equal(r->authors.len, 0);
    nn_record_free(r);
    r = norm("Council approves the bridge plan\n\nOleh: Dewi Lestari Sumber: "
             "Antara\n\n" PROSE1 PROSE2);
    assert_null(r->source);
    nn_record_free(r);
}

/* A list of labelled lines inside the text ("Kona District: ...") holds
 * no headline; a headline with a colon over labelled lines of other
 * labels ("By: ...", "Published: ...") is one. */
static void labelled_list_is_no_headline(void **state)
{
    nn_record *r;
    (void)state;
    r = norm(" date 2020-05-21 From May 13-19, the police arrested four "
             "people and cited 11 for violating the order, the department "
             "said, broken down by district as follows:\n\n"
             "Kona District: 2 persons arrested, 5 persons cited\n\n"
             "Puna District: 1 person arrested\n\n"
             "South Kohala District: 3 persons cited\n\n" PROSE1 PROSE2);
    assert_null(r->title);
    assert_non_null(strstr(r->body, "From May 13-19"));
    nn_record_free(r);
    /* under a lead-in, the list is the article's */
    r = norm("Water cut in two districts on Thursday\n\n" PROSE1
             "The water will be cut "
             "from one to seven in the afternoon, and the city listed the "
             "streets of the two districts as follows:\n\n"
             "Kemal\xC3\xB6z Mahallesi: Kuyucak Yolu, \xC4\xB0zzettin "
             "\xC3\x87"
             "al\xC4\xB1\xC5\x9Flar Caddesi, TOK\xC4\xB0 1. 2. 3. "
             "Etap\n\nKuyucak Mahallesi: Baz\xC4\xB1 b\xC3\xB6lgeler\n\n" PROSE2
                 PROSE3);
    assert_non_null(strstr(r->body, "Kuyucak Yolu"));
    assert_non_null(strstr(r->body, "Kuyucak Mahallesi"));
    assert_non_null(strstr(r->body, "The council voted"));
    nn_record_free(r);
    /* without a lead-in, labelled lines between paragraphs are the
     * page's (a masthead's editors) */
    r = norm("Post offices to close in the dales\n\n" PROSE1
             "News Editor: Paul Jenkins\n\nSports Editor: Amy Clarke\n\n"
             "Features Editor: Hannah Bright\n\n" PROSE2);
    assert_null(strstr(r->body, "Paul Jenkins"));
    nn_record_free(r);
    /* a headline over teasers labelled with the same word: one of them
     * below only, none above */
    r = norm("Home\nPolitics\n\nPrime Minister: \"We will not raise taxes "
             "this year\"\n\nFinance Minister: Budget to be presented in "
             "March\nForeign Minister: Talks with Brussels continue\n\n"
             "February 2, 2024\n\n" PROSE1 PROSE2);
    same_field("over teasers", "title", r->title,
               "Prime Minister: \"We will not raise taxes this year\"");
    nn_record_free(r);
    /* a caption printed twice is no list */
    r = norm(
        "Post offices to close in the dales\n\n" PROSE1
        "GLORIOUS YORKSHIRE: The hamlet of Cray in Upper Wharfedale.\n\n"
        "GLORIOUS YORKSHIRE: The hamlet of Cray in Upper Wharfedale.\n\n" PROSE2);
    assert_null(strstr(r->body, "GLORIOUS"));
    nn_record_free(r);
    r = norm("Old town: residents criticise the state of the street\n\n"
             "By: Frank Heine\n\nPublished: 4 July 2023\n\n" PROSE1 PROSE2);
    same_field("colon headline", "title", r->title,
               "Old town: residents criticise the state of the street");
    nn_record_free(r);
}

/* Under the text, a related story's byline with its date names no
 * writer of this one, nor does a letter's signature in capitals after
 * its last sentence (a review's probes). */
static void bylines_under_the_text(void **state)
{
    nn_record *r;
    (void)state;
    r = norm(
        "Council approves the bridge plan\n\n9 April 2024\n\n" PROSE1 PROSE2
        "More from the council\n\nBy Tom Walker 2 April "
        "2024\n\nBy Sarah Jones 28 March 2024\n");
    assert_int_equal(r->authors.len, 0);
    same_field("related bylines", "date", r->date, "2024-04-09");
    nn_record_free(r);
    r = norm("Council approves the bridge plan\n\n" PROSE1
             "Thank you for all your support over the years. Karen "
             "WHITFIELD\n\n" PROSE2);
    assert_int_equal(r->authors.len, 0);
    assert_non_null(strstr(r->body, "WHITFIELD"));
    nn_record_free(r);
}

/* A post's header whose parts the scraper glued ("ACTUALIDAD02 de agosto
 * de 2020TDF Isla Digital", "30 Novembre 2011Spread the love"): the date
 * is read once letter and digit are parted; the text's own "COVID19" is
 * no date. */
static void glued_header_date(void **state)
{
    nn_record *r;
    (void)state;
    r = norm("Gobierno reparte agua en barrios de Ushuaia\n\nACTUALIDAD02 de "
             "agosto de 2020TDF Isla DigitalTDF Isla Digital\n\n" ES_PROSE1
                 ES_PROSE2);
    same_field("glued header", "date", r->date, "2020-08-02");
    nn_record_free(r);
    r = norm(
        "Council approves the bridge plan\n\n" PROSE1
        "The COVID19 rules of 2020 no longer apply to the works.\n\n" PROSE2);
    assert_null(r->date);
    nn_record_free(r);
    /* a teaser's or a version's glued number is no header's date */
    r = norm(
        "Home\nNews\nDownload app v3.1.2022\nTrending: Flood warning "
        "issued12 March 2019\n\nCouncil approves the bridge plan\n\n" PROSE1
            PROSE2);
    assert_null(r->date);
    nn_record_free(r);
    /* a short headline in capitals printed thrice (the page's title, its
     * heading, its share text) stays the headline */
    r = norm(
        "Council Approves New Budget\n\nHome\nNews\n\nCouncil Approves "
        "New Budget\n\nCouncil Approves New Budget\n\nBy Ana Ruiz\n\n" PROSE1
            PROSE2);
    same_field("thrice", "title", r->title, "Council Approves New Budget");
    nn_record_free(r);
}

/* Fields of the head and the article's ends that twenty-eighth session's
 * pages showed: what, the text, the title (NULL: not checked; "": none),
 * the first author ("": none), the date's start ("": none), strings in
 * and out of the body, a rule that removed something. */
static const struct head_case {
    const char *what, *text, *title, *author, *date;
    const char *in[2], *out[3], *removed;
    size_t authors; /* how many (0: not checked) */
} head_cases[] = {
    /* a byline in Spanish, a link to the comments under it */
    {.what = "'Escrito por' and a link to the comments",
     .text = "Bloquean la carretera por falta de agua en el barrio\n\n"
             "- Escrito por Janet Cruz\n- \xC2\xA1"
             "Escribe el primer comentario!\n\n" ES_PROSE1 ES_PROSE2,
     .author = "Janet Cruz",
     .in = {"Los vecinos del barrio"},
     .out = {"Escribe el primer", "Escrito por"}},
    /* the words' credit alone under the lead, in Portuguese */
    {.what = "'Texto NAME' under the lead",
     .text = "Grupo de habitantes da aldeia quer mudar de concelho\n\n"
             "Com a subida das \xC3\xA1guas do lago, a aldeia ficou isolada "
             "e os habitantes dizem que a c\xC3\xA2mara nunca fez nada "
             "pela povoa\xC3\xA7\xC3\xA3o nos \xC3\xBAltimos anos.\n\n"
             "Texto An\xC3\xAD"
             "bal Fernandes\n\n"
             "O porta-voz do grupo acusa a c\xC3\xA2mara de n\xC3\xA3o ter "
             "feito rigorosamente nada na povoa\xC3\xA7\xC3\xA3o nos "
             "\xC3\xBAltimos cinco anos, e pede uma audi\xC3\xAAncia.\n\n",
     .author = "An\xC3\xAD"
               "bal Fernandes",
     .out = {"Texto An"},
     .removed = "author-label"},
    {.what = "'Texto NAME' in a play's list of credits",
     .text = "Teatro Nacional estreia nova pe\xC3\xA7"
             "a de autor portugu\xC3\xAAs\n\n"
             "Com a subida das \xC3\xA1guas do lago, a aldeia ficou isolada "
             "e os habitantes dizem que a c\xC3\xA2mara nunca fez nada "
             "pela povoa\xC3\xA7\xC3\xA3o nos \xC3\xBAltimos anos.\n\n"
             "Encena\xC3\xA7\xC3\xA3o Ana Lima\nTexto Tiago Rodrigues\n"
             "Interpreta\xC3\xA7\xC3\xA3o Rui Costa\n\n"
             "O porta-voz do grupo acusa a c\xC3\xA2mara de n\xC3\xA3o ter "
             "feito rigorosamente nada na povoa\xC3\xA7\xC3\xA3o nos "
             "\xC3\xBAltimos cinco anos, e pede uma audi\xC3\xAAncia.\n\n",
     .author = ""},
    {.what = "'Texto integral' is a heading",
     .text = "Grupo de habitantes da aldeia quer mudar de concelho\n\n"
             "Com a subida das \xC3\xA1guas do lago, a aldeia ficou isolada "
             "e os habitantes dizem que a c\xC3\xA2mara nunca fez nada "
             "pela povoa\xC3\xA7\xC3\xA3o nos \xC3\xBAltimos anos.\n\n"
             "Texto Final Do Acordo De Paz\n\n"
             "O porta-voz do grupo acusa a c\xC3\xA2mara de n\xC3\xA3o ter "
             "feito rigorosamente nada na povoa\xC3\xA7\xC3\xA3o nos "
             "\xC3\xBAltimos cinco anos, e pede uma audi\xC3\xAAncia.\n\n",
     .author = ""},
    /* a byline whose blank the scraper lost, under a standfirst the body
     * opens with, and the last update's date under it */
    {.what = "a byline and an update's date under a standfirst",
     .text =
         "Northeast\n\nProtesters block road over negligence\n\n"
         "Locals protested against the negligence of the authorities "
         "regarding the road construction in the east of the "
         "district.\n\nBy Jane Doe\n\nUpdated 29 Apr 2023, 4:41 pm\n\n" PROSE1
             PROSE2,
     .title = "Protesters block road over negligence",
     .author = "Jane Doe",
     .date = "2023-04-29T16:41",
     .out = {"By Jane"}},
    /* the review's false friends: a brand glued to "By", a notice's
     * date */
    {.what = "a brand glued to 'By'",
     .text = "Business\n\nByHeart Whole Nutrition raises new funds\n\n"
             "ByHeart Whole Nutrition\n\n" PROSE1 PROSE2,
     .author = ""},
    {.what = "a notice's date under the headline",
     .text = "Council approves the bridge plan\n\nOur privacy policy was "
             "last updated on 25 May 2018\n\n" PROSE1 PROSE2,
     .date = ""},
    /* a column's byline under two paragraphs is not the writer's */
    {.what = "a quoted column's byline under the text's paragraphs",
     .text =
         "Start\nMeinung\n\nPresseschau: Die Kommentare zur Bahnreform"
         "\n\nMittwoch, 10.04.2024\n\n" DE_PROSE1 DE_PROSE2
         "Von Frank Heine 09.04.2024\n\nBeide Bl\xC3\xA4tter sind sich einig, "
         "dass die Fahrg\xC3\xA4ste noch lange auf Verbesserungen warten "
         "m\xC3\xBCssen, und dass das Geld f\xC3\xBCr das Netz fehlt.\n\n",
     .author = ""},
    /* a place and the date under the writer's name: not a second name,
     * nor the standfirst */
    {.what = "a place and a date under the byline",
     .text = "District Magistrate Orders Water Supply To The Public\n\n"
             "Tarun Karthick\n\nCampbell Bay, 17 May 2023\n\n" PROSE1 PROSE2,
     .author = "Tarun Karthick",
     .date = "2023-05-17",
     .out = {"Campbell Bay"},
     .authors = 1},
    /* a name in capitals over an agency's dateline in brackets */
    {.what = "a name in capitals over a dateline in brackets",
     .text = "MUSTAFA USTA\n\n(S\xC4\xB0NOP)- Sinop\xE2\x80\x99un "
             "Erfelek il\xC3\xA7"
             "esine ba\xC4\x9Fl\xC4\xB1 k\xC3\xB6ylerde ya\xC5\x9F"
             "anan su kesintilerine vatanda\xC5\x9Flar tepki "
             "g\xC3\xB6sterdi ve \xC3\xA7\xC3\xB6z\xC3\xBCm istedi.\n\n"
             "K\xC3\xB6ylerde su kesintisi sorunu vatanda\xC5\x9Flar\xC4\xB1n "
             "tepkisine neden oluyor, k\xC3\xB6yl\xC3\xBCler iki g\xC3\xBCn"
             "d\xC3\xBCr sular\xC4\xB1n akmad\xC4\xB1\xC4\x9F\xC4\xB1n\xC4\xB1 "
             "belirterek soruna \xC3\xA7\xC3\xB6z\xC3\xBCm bulunmas\xC4\xB1n"
             "\xC4\xB1 istedi.\n\n",
     .title = "",
     .author = "MUSTAFA USTA",
     .out = {"MUSTAFA"}},
    {.what = "a team in capitals over a dateline in brackets",
     .text = "REAL MADRID\n\n(MADRID)- The club confirmed on Monday that "
             "the coach will stay for another season after the board met "
             "to discuss the results of the year.\n\n" PROSE1,
     .author = ""},
    /* a bare name under the last paragraph, the comments under it */
    {.what = "a sign-off over a comment's head",
     .text = "Comerciantes queixam-se de aus\xC3\xAAncia de aviso das "
             "obras\n\n" PROSE1 PROSE2 "Daniel Filipe Pereira\n\n"
             "1. Ant\xC3\xB3nio Sousa diz:\n17 de Janeiro, 2026 \xC3\xA0s "
             "23:31\n\nAnd are the engineers who were responsible for that "
             "work, which all of us could see would break, still planning "
             "more of the same works in the town?\n\nResponder\n",
     .author = "Daniel Filipe Pereira",
     .in = {"keep them informed as it goes"},
     .out = {"Daniel Filipe", "Sousa diz", "engineers"}},
    {.what = "a speaker's lead-in over a quotation that opens with a date",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "A union spokesman says:\n\n14 March 2024 was a good day for "
             "drivers and passengers.\n\n" PROSE2,
     .in = {"A union spokesman says:", "keep them informed"}},
    {.what = "a quotation's lead-in is no comment's head",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "The mayor says:\n\nThe city will post updates on its website "
             "every week and hold another meeting in the spring.\n\n" PROSE2,
     .in = {"The mayor says:", "hold another meeting"}},
    /* a caption printed twice, one copy under the other */
    {.what = "a caption printed twice",
     .text = "Banjar\n\nWarga cemas, jalan poros milik provinsi rusak "
             "parah\n\nBeginilah kondisi jalan di Desa Beruntung Baru, "
             "Kabupaten Banjar, Kalsel.\nBeginilah kondisi jalan di Desa "
             "Beruntung Baru, Kabupaten Banjar, Kalsel.\n\nWarga desa itu "
             "cemas terhadap kondisi jalan poros milik provinsi yang rusak "
             "parah dan berlubang, karena jalan itu menjadi satu-satunya "
             "akses bagi para petani dan anak sekolah.\n\n" ID_PARA,
     .out = {"Beginilah"}},
    {.what = "a sentence a scraper printed twice is kept once",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "Residents said the detour would add twenty minutes to every "
             "trip across the river for the whole of the next year.\n"
             "Residents said the detour would add twenty minutes to every "
             "trip across the river for the whole of the next year.\n\n" PROSE2
                 PROSE3,
     .in = {"add twenty minutes"}},
    {.what = "a subject's tag in capitals over a wire's dateline",
     .text = "PRABOWO SUBIANTO\n\nJAKARTA (ANTARA) - Presiden Prabowo "
             "Subianto meresmikan jalan tol baru di Jawa Barat pada hari "
             "Senin, didampingi para menteri dan gubernur.\n\n" ID_PARA,
     .author = ""},
    {.what = "a page's fields after the place keep the headline's town",
     .text = "K\xC3\xB6ln Bonn Airport meldet mehr Passagiere als im "
             "Vorjahr\n\nK\xC3\xB6ln \xC2\xB7 12.03.2024 \xC2\xB7 3 Min. "
             "Lesezeit\n\n" DE_PROSE1 DE_PROSE2,
     .title = "K\xC3\xB6ln Bonn Airport meldet mehr Passagiere als im "
              "Vorjahr"},
    /* a paper's name and its motto over the headline: a masthead */
    {.what = "a paper's motto over the headline",
     .text = "Men\xC3\xBC\nOstsee Zeitung | Ihre Zeitung aus "
             "Mecklenburg-Vorpommern\nAnmelden\nK\xC3\xBCstenort "
             "r\xC3\xA4umt Dreckecken am Strand auf\nPartner im "
             "Redaktionsnetzwerk Deutschland\n03:57 25.05.2013\n\n" DE_PROSE1
                 DE_PROSE2,
     .title = "K\xC3\xBCstenort r\xC3\xA4umt Dreckecken am Strand auf"},
    /* the dateline's place in a standfirst the page took for the head's */
    {.what = "a place's kicker named by the standfirst",
     .text =
         "Title: Streit um Schaepenfeld: Brief sorgt f\xC3\xBCr Wirbel\n\n"
         "Kleve-Materborn Streit um Schaepenfeld: Brief sorgt f\xC3\xBCr "
         "Wirbel\n\nKleve-Materborn \xC2\xB7 Gespr\xC3\xA4"
         "che ergebnislos. Anwohner erh\xC3\xA4lt Post von der Stadt. "
         "Heute ist es ruhig.\n\n"
         "Zeigt, in welchem Zustand sich die Stra\xC3\x9F"
         "e befindet: Anwohner Georg Cluse.\n\n"
         "Zeigt, in welchem Zustand sich die Stra\xC3\x9F"
         "e befindet: Anwohner Georg Cluse.\n\nFoto: Gottfried Evers\n\n" DE_PROSE1
             DE_PROSE2,
     .title = "Streit um Schaepenfeld: Brief sorgt f\xC3\xBCr Wirbel",
     .out = {"Zeigt, in welchem"}},
    /* the scraper's layout: the address, the headline (cut to lower
     * case), the text; a caption with no full stop and its credit goes */
    {.what = "a headline in lower case under the address",
     .text = "https://news.example.com/today/3811696.html\n\n"
             "heavy damage in the mountain villages\n\n" PROSE1
             "The house of the two families in the heart of the old village "
             "of Roux \xC2\xA9 Radio-Lakeside\n"
             "Jane Roe\n\n" PROSE2 PROSE3,
     .title = "heavy damage in the mountain villages",
     .in = {"keep them informed"},
     .out = {"Radio-Lakeside"}},
    /* not a standfirst the address's slug does not spell, nor a
     * picture's file name */
    {.what = "a standfirst under an address with a slug",
     .text = "https://news.example.com/2024/09/river-bridge-reopens\n\n"
             "\xE2\x80\x9C"
             "A bridge with a soul\xE2\x80\x9D the mayor said, "
             "quoting a song\n\n" PROSE1 PROSE2,
     .title = ""},
    /* a date and a time the scraper glued to the lead; a lead-in under
     * the text's last paragraph, and a sentence sparse in stopwords
     * under it (Russian news's nominal style): the text goes on */
    {.what = "a glued date, a lead-in and a sparse sentence under it",
     .text =
         "\n"
         "Из-за отсутствия света жители перекрыли дорогу в пригороде Самары\n"
         "14.08.2023 01:0513 августа, вечером в пригороде Самары жители поселка Южный перекрыли трассу Самара – Бугуруслан. Полиция сообщает, что около ста собравшихся жителей требуют вернуть электричество в их дома, которого нет уже третьи сутки.\n"
         "На трассе произошёл конфликт между жителями и водителями грузовиков.\n"
         "Силами около 30 полицейских удалось разблокировать трассу и погасить конфликт.\n"
         "Телеграм-канал «Самара сегодня» сообщает:\n"
         "С протестующими встретились заместитель мэра Самары Игорь Петров, заместитель главы района Олег Смирнов, начальник Управления энергетики Сергей Кузнецов и другие представители руководства района.\n"
         "\n"
         "В Самаре перекрыли дорогу из-за отключения воды\n",
     .date = "2023-08-14",
     .in = {"13 \xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0, "
            "\xD0\xB2\xD0\xB5\xD1\x87\xD0\xB5\xD1\x80\xD0\xBE\xD0\xBC",
            "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD\xD0\xB0."},
     .out = {"01:05"}},
    /* a writer's name after the date line's date, a blank between; the
     * name again at the end over a bio that goes on in lower case */
    {.what = "a name beside the date, again over its bio",
     .text = "River bridge to close for repairs\n\nFeb 1, 2021 Maria "
             "Santos\n\n" PROSE1 PROSE2 "Maria Santos\n\nhandles city "
             "hall and the courts. She is also interested in local "
             "history.\n",
     .author = "Maria Santos",
     .date = "2021-02-01",
     .in = {"keep them informed as it goes."},
     .out = {"local history", "Maria Santos"}},
    /* not a place or a team after the date: no given name first */
    {.what = "a team beside the date",
     .text = "River bridge to close for repairs\n\nFeb 1, 2021 Riverton "
             "Rovers\n\n" PROSE1 PROSE2,
     .author = ""},
    /* the page's head as a scraper listed it: the headline, an
     * advertisement's label, the date, then the text */
    {.what = "a headline listed over its date",
     .text = "\xE2\x80\xA2 Council closes the old river bridge for the "
             "summer\n\n  \xE2\x80\xA2 Continues after the ad\n  "
             "\xE2\x80\xA2 17/11/2016 18:00\n\n" PROSE1 PROSE2,
     .title = "Council closes the old river bridge for the summer"},
    /* a sentence's tail in lower case under the address is no headline;
     * a Turkish news sentence that opens as the comment policy's longer
     * form does is text */
    {.what = "a sentence's tail under the address",
     .text = "https://news.example.com/node/36429\n\n"
             "and the council said it would look again at the plans\n\n" PROSE1
                 PROSE2,
     .title = ""},
    {.what = "'Hakaret, küfür, ...' as a news sentence",
     .text = "Belediye başkanına tehdit\n\n" PROSE1
             "Hakaret, küfür, rencide edici sözler ve tehdit içeren mesajlar "
             "nedeniyle savcılığa suç duyurusunda bulunulmuştu.\n\n" PROSE2,
     .in = {"keep them informed as it goes."}},
    {.what = "a picture's file name under the address",
     .text = "https://news.example.com/node/36429\n\n"
             "landslide san giovanni.jpg\n\n" PROSE1 PROSE2,
     .title = ""},
    /* a short sentence closes the article: short by its letters, though
     * its Cyrillic takes twice as many bytes */
    {.what = "a short Cyrillic sentence at the end",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2
     "«Горводоканал» приносит жителям извинения.\n\nPublished by\nИван\n",
     .title = "Опять засуха: жителям половины города велели ждать воду",
     .in = {"приносит жителям извинения."},
     .out = {"Published by"}},
    /* "no comments yet", a counter under the headline, is no comment
     * section over the text; a rating widget's question ends it */
    {.what = "'Noch keine Kommentare' under the headline",
     .text = "Wasserrohrbruch an der Bahngasse führte zu Staus\n\n"
             "Stadtzeitung | \nLesenswert\nNoch keine Kommentare\n\n" DE_PROSE1
                 DE_PROSE2 "Ist dieser Artikel lesenswert?\n\nJa\nNein\n\n"
             "Kommentare (0)\n",
     .title = "Wasserrohrbruch an der Bahngasse führte zu Staus",
     .in = {"Die Sanierung der Bahngasse"},
     .out = {"lesenswert?", "Noch keine"}},
    {.what = "'Was this article helpful?' under the text",
     .text = "Bridge to close for repairs\n\n" PROSE1 PROSE2
             "Was this article helpful?\n\nYes\nNo\n",
     .title = "Bridge to close for repairs",
     .out = {"helpful"}},
    {.what = "'Gostou? Compartilhe' under the text",
     .text = "Bridge to close for repairs\n\n" PROSE1 PROSE2
             "Gostou? Compartilhe\n",
     .out = {"Gostou"}},
    /* a news feed's item, its time glued to its headline */
    {.what = "a feed's item between paragraphs",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2
     "13:05Трудинспекторы рассказали, кого и на сколько могут отстранить "
     "от работы\n\n" RU_PROSE3,
     .in = {"Жители говорят"},
     .out = {"Трудинспекторы", "13:05"}},
    /* keywords joined by commas, no blank between */
    {.what = "a keyword line between paragraphs",
     .text =
         RU_HEAD RU_PROSE1 "засуха,вода,напор,Кострома,водоканал\n\n" RU_PROSE2,
     .in = {"В администрации"},
     .out = {"засуха,"}},
    /* a tip line's prompt under the text */
    {.what = "'сообщи новость первым!' under the text",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2
     "Сохрани номер URA.RU - сообщи новость первым!\n",
     .out = {"Сохрани номер"}},
    /* a caption whose credit names the photographer and the outlet; a
     * reporting credit in a paragraph stays */
    {.what = "a caption ending '(Igor Tabakov for MT)'",
     .text = "Bridge to close for repairs\n\n" PROSE1
             "Veteran activist Lyudmila Alexeyeva outside the court on "
             "Monday. (Igor Tabakov for MT)\n\n" PROSE2
             "Officials said the bridge would reopen in the spring once the "
             "work is done. (Reporting by Anna Lee for Reuters)\n",
     .in = {"Residents who spoke", "(Reporting by Anna Lee for Reuters)"},
     .out = {"Tabakov"}},
    /* a trail of sections under the byline, over the text; a list of
     * things under a lead-in inside the text stays */
    {.what = "a trail of sections over the text",
     .text = "Burst water main causes flooding in town\n\nBy Abbey Palmer\n"
             "1. Regions\n2. Southland\n\n" PROSE1 PROSE2,
     .title = "Burst water main causes flooding in town",
     .in = {"The council voted"},
     .out = {"Regions", "Southland"}},
    {.what = "a list of two things inside the text",
     .text = "Pancakes for the school fair\n\n" PROSE1
             "You will need:\n- Two large eggs\n- A cup of flour\n\n" PROSE2,
     .in = {"Two large eggs", "A cup of flour"}},
    /* a picture's label glued to the lead */
    {.what = "'OIC1' glued to the lead",
     .text = "Power cut causing council phone problems\n\nOIC1Following "
             "last night's power cuts, the council is experiencing problems "
             "with its phone system and asks callers to be patient.\n\n" PROSE1
                 PROSE2,
     .title = "Power cut causing council phone problems",
     .in = {"Following last night's power cuts"},
     .out = {"OIC1"}},
    /* the share bar's buttons under the headline, over the byline (in
     * the head only: a subheading "Folgen" says "consequences") */
    {.what = "'Teilen', 'Folgen', 'NEU!' over the byline",
     .text = "Fast 20 Dörfer sind Selbstversorger\n\nTeilen\nFolgen\nNEU!\n\n"
             "Von Mandy Schaks\n\n" DE_PROSE1 DE_PROSE2,
     .author = "Mandy Schaks",
     .in = {"Die Sanierung"},
     .out = {"Folgen", "NEU!"}},
    /* a caption signed "/ S. GARCÍA" goes as a credited one; a
     * paragraph signed "/ EFE" stays */
    {.what = "a caption signed '/ S. GARCÍA'",
     .text = "Vecinos sin agua en el barrio\n\n" ES_PROSE1
             "También corre por su cuenta el alumbrado público. Hoy han "
             "estado instalando farolas. / S. GARCÍA\n\n" ES_PROSE2
             "El alcalde dijo a los vecinos que la obra del nuevo depósito "
             "terminará en marzo y que el agua volverá antes del verano. / "
             "EFE\n",
     .in = {"/ EFE"},
     .out = {"GARCÍA"},
     .removed = "photo-credit"},
    /* false friends of the rules above (review probes): a rating
     * question quoted in the text, with much text under it */
    {.what = "'Was this article helpful?' quoted in the text",
     .text = "Why every help page asks if it was helpful\n\n" PROSE1
             "Was this article helpful?\n\n" PROSE2 PROSE3,
     .in = {"Was this article helpful?", "The mayor said"}},
    /* a live blog's entries, the time and its AM or PM glued */
    {.what = "live entries '10:45PM Power ...'",
     .text = "Storm makes landfall near the coast\n\n" PROSE1
             "10:45PM Power outages have now passed two million customers "
             "across the state, according to utility tracking data.\n\n"
             "10:20PM The governor urged residents not to leave their homes "
             "until the storm has passed and officials have cleared the "
             "roads.\n\n" PROSE2,
     .in = {"10:45PM Power outages", "10:20PM The governor"}},
    /* a table's header, words joined by commas */
    {.what = "a table's header in the text",
     .text = "Hospital waits, in the data\n\n" PROSE1
             "trust_code,week,admissions,waits_over_12h\n\n" PROSE2,
     .in = {"trust_code,week"}},
    /* the button's name quoted in a paragraph */
    {.what = "'«Сообщи новость»' quoted",
     .text = RU_HEAD RU_PROSE1
     "Чтобы прислать нам материал, достаточно нажать кнопку «Сообщи "
     "новость» на главной странице и приложить фотографии.\n\n" RU_PROSE2,
     .in = {"кнопку «Сообщи"}},
    /* a paragraph of two sentences signed "(Name for Outlet)" */
    {.what = "a paragraph signed '(Maria López for The Guardian)'",
     .text = "Europe's night trains return\n\n" PROSE1 PROSE2
             "Passengers say the main attraction is arriving rested. Critics "
             "point to high prices. (Maria López for The Guardian)\n",
     .in = {"Critics point to high prices."}},
    /* lists at the top: three names of a podium; things with numbers */
    {.what = "a podium's list over the text",
     .text = "Verstappen wins Japanese Grand Prix from pole\n\nBy Andrew "
             "Benson\n\n1. Verstappen\n2. Pérez\n3. Sainz\n\n" PROSE1 PROSE2,
     .in = {"Pérez", "Sainz"}},
    {.what = "the facts listed over the text",
     .text = "Schwerer Unfall auf der A7\n\nVon Lars Petersen\n\n"
             "- 3 Tote\n- A7 gesperrt\n\n" DE_PROSE1 DE_PROSE2,
     .in = {"3 Tote", "A7 gesperrt"}},
    /* a subheading over short sentences (each short by its letters) */
    {.what = "a subheading over short sentences",
     .text = "Galicia activa la alerta naranja por el temporal\n\n" ES_PROSE1
             "Qué está suspendido\n\n"
             "Las clases en los colegios de A Coruña quedan suspendidas.\n"
             "El puerto de Vigo ha cerrado su tráfico hasta la mañana.\n"
             "Los vuelos en Alvedro acumulan retrasos de una hora.\n\n"
             "Protección Civil pide evitar los paseos marítimos.\n",
     .in = {"Qué está suspendido", "El puerto de Vigo"}},
    {.what = "a subheading 'Folgen' in the text",
     .text = "Hitzewelle in Südeuropa: Ursachen und Folgen\n\n" DE_PROSE1
             "Folgen\n\n" DE_PROSE2,
     .in = {"Folgen\n\nDer B"}},
    /* a headline of three words over a lead that opens with its date */
    {.what = "a short headline over a lead opening with a date",
     .text = "\nПлановое отключение электроэнергии\n"
             "15.08.2023 09:00 – 17:00 будет отключена электроэнергия на "
             "улицах Ленина, Гагарина и Садовой в связи с плановыми "
             "ремонтными работами.\n"
             "Энергетики просят жителей отнестись к работам с "
             "пониманием.\n"
             "По всем вопросам можно обращаться по телефону диспетчерской "
             "службы.\n",
     .title = "Плановое отключение электроэнергии",
     .in = {"Энергетики просят"}},
    /* a stamp whose year has two digits glued to the lead's day */
    {.what = "'19.12.14' glued to '16 декабря'",
     .text = "Что тревожит жителей слободы?\n\n"
             "19.12.1416 декабря глава округа посетил микрорайон "
             "железнодорожной слободы и встретился с жителями.\n\n" RU_PROSE1
                 RU_PROSE2,
     .date = "2014-12-19",
     .in = {"16 декабря глава"},
     .out = {"19.12.14"},
     .removed = "glued-date"},
    /* a stamp of this decade, glued: its four-digit reading is no year
     * of this century or the last */
    {.what = "'05.03.2415 марта' glued",
     .text = "Что тревожит жителей слободы?\n\n"
             "05.03.2415 марта глава округа посетил микрорайон "
             "железнодорожной слободы и встретился с жителями.\n\n" RU_PROSE1
                 RU_PROSE2,
     .date = "2024-03-05",
     .in = {"15 марта глава"}},
    /* a date of history, a version: no day and month's name after */
    {.what = "'07.09.1812 года' and '5.10.209 fixes' are no stamps",
     .text = "Бородинское сражение вспомнили в Можайске\n\n"
             "07.09.1812 года у села Бородино произошло крупнейшее сражение "
             "Отечественной войны, и его вспоминают каждый год.\n\n" RU_PROSE1,
     .date = "",
     .in = {"07.09.1812 года у села"}},
    {.what = "'5.10.209 fixes' is no stamp",
     .text = "Kernel update released for the stable series\n\n"
             "5.10.209 fixes a memory leak in the network driver that could "
             "crash servers under heavy load, the maintainers said.\n\n" PROSE1,
     .date = "",
     .in = {"5.10.209 fixes"}},
    /* not a year of four digits, nor a stamp over a blank */
    {.what = "'19.12.2014' and '19.12.14 16' are not glued stamps",
     .text = "Что тревожит жителей слободы?\n\n"
             "19.12.2014 глава округа посетил микрорайон железнодорожной "
             "слободы и встретился с жителями.\n\n"
             "19.12.14 16 жителей пришли на встречу с главой округа, "
             "чтобы рассказать о своих бедах.\n\n" RU_PROSE1,
     .in = {"19.12.14 16 жителей"}},
    /* a headline underlined by Jina Reader under a section's label */
    {.what = "a Jina setext headline under a label",
     .text =
         "Title: Los vecinos de Collao no dejar\xC3\xA1n de manifestarse has"
         "ta que no tengan por escrito el compromiso del Ayuntamiento de que"
         " va a realizar el saneamiento\n"
         "\n"
         "URL Source: https://example.com/noticia/17138/los-vecinos-de-colla"
         "o-no-dejaran-de-manifestarse-hasta-que-no-tengan-por-escrito-el-co"
         "mpromiso-del-ayuntamiento-de-que-va-a-realizar-el-saneamiento\n"
         "\n"
         "Markdown Content:\n"
         "- La Guardia Civil de Asturias detiene a dos personas como autores"
         " de un robo con fuerza en una empresa de Siero\n"
         "VARIOS\n"
         "Los vecinos de Collao no dejar\xC3\xA1n de manifestarse hasta que "
         "no tengan por escrito el compromiso del Ayuntamiento de que va a r"
         "ealizar el saneamiento\n"
         "=================================================================="
         "=================================================================="
         "===============\n"
         "Los vecinos de Collao han vuelto a cortar la carretera la carreter"
         "a para exigir el saneamiento y la reparaci\xC3\xB3n de la carreter"
         "a. En esta ocasi\xC3\xB3n, lo han hecho colocando una barca de uno"
         " de los vecinos, donde se pod\xC3\xAD"
         "a leer \xE2\x80\x9C"
         "Del barco "
         "de Chanquete no nos mover\xC3\xA1n\xE2\x80\x9D y exigiendo una sol"
         "uci\xC3\xB3n al alcalde de Siero, \xC3\x81ngel Garc\xC3\xAD"
         "a.\n"
         "Los vecinos aseguraron que, en la \xC3\xBAltima visita del conseje"
         "ro de Fomento, Alejandro Calvo, al concejo para ver las reparacion"
         "es del hundimiento de la carretera de Vega de Poja, tambi\xC3\xA9n"
         " acudi\xC3\xB3 junto al concejal de Medio Rural, Alejandro Villa, "
         "a hablar con los vecinos de Collao, con los que se comprometi"
         "\xC3\xB3 a reparar la carretera siempre y cuando el Ayuntamiento r"
         "ealice el saneamiento en la zona, algo que el edil asegur\xC3\xB3 "
         "que se iba a realizar.\n",
     .in = {"Los vecinos de Collao han vuelto"},
     .out = {"VARIOS", "Guardia Civil", "no dejar\xC3\xA1n"}},
    /* lead-ins and their lists under the last paragraph, the text
     * going on under them */
    {.what = "two lead-ins and their lists under the text",
     .text = "New road works started\n\n" PROSE1 "The roads are:\n\n"
             "- Seru Fortunaweg phase 1\n- Lagoweg\n- Juan Hatoweg\n\n"
             "Roads which already started and are still ongoing:\n\n"
             "- Commandeursweg\n- Perseusweg end stage\n\n"
             "Traffic is diverted during the road works.\n\n"
             "Click Tag(s) for Related Articles:\n",
     .in = {"Perseusweg", "Traffic is diverted"},
     .out = {"Click Tag"}},
    /* other stories between the headline and the text, each summary
     * cut to fit (no full stop at its end) */
    {.what = "'Ultimi articoli': headlines over summaries cut to fit",
     .text = "Spoleto, sciolto il consiglio comunale\n\n"
             "Pubblicato il 15 Gennaio 2018 17:20\n\nUltimi articoli\n\n"
             "Foligno, in prova ai servizi sociali spacciava hashish e "
             "cocaina\n\nNel pomeriggio di luned\xC3\xAC la polizia ha "
             "rintracciato e arrestato una donna che aveva imbastito "
             "un'importante attivit\xC3\xA0 di vendita di droga in pieno "
             "centro storico. Revocata la misura alternativa al carcere, "
             "\xC3\xA8 stata portata a Capanne\n\n"
             "Cambio in panchina per l'Atletico: via Iorio, torna "
             "Battistone\n\nA costare l'addio le quattro sconfitte e i tre "
             "pareggi racimolati finora in campionato. A guidare la squadra "
             "d'ora in poi sar\xC3\xA0 l'ex coach della Serie A\n\n"
             "Venticinque febbraio. Entro quella data il Prefetto di Perugia "
             "dovr\xC3\xA0 pronunciarsi sul futuro elettorale di Spoleto, "
             "dopo la morte improvvisa del sindaco a inizio dicembre.\n\n"
             "Gli elettori saranno chiamati di nuovo alle urne per votare il "
             "nuovo sindaco e il nuovo consiglio comunale della citt\xC3\xA0, "
             "come prevede la legge in questi casi.\n",
     .title = "Spoleto, sciolto il consiglio comunale",
     .in = {"Venticinque febbraio."},
     .out = {"Capanne", "Serie A", "Battistone"}},
    /* subheadings over paragraphs that end in a full stop */
    {.what = "subheadings of six words over whole paragraphs",
     .text = "Council approves the new budget after a long debate\n\n" PROSE1
             "What the new budget means for schools\n\n"
             "Schools will receive more money for teachers and buildings "
             "over the next three years, the council said on Monday.\n\n"
             "What the new budget means for roads\n\n"
             "Roads in the north of the county will be repaired first, "
             "starting with the bridge that was closed last winter.\n\n" PROSE2,
     .in = {"for schools\n\nSchools will", "for roads\n\nRoads in"}},
    /* paragraphs dense in numbers that run on to the page's end, the
     * last one cut short */
    {.what = "addresses to the page's end",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2
     "Отключение воды коснулось домов проспекта Гагарина №103, 104a, 124, "
     "124a, 124б, 124в, 124г, 126, 132, 112, 129, 131, 133, 116, 120; улиц "
     "Гвардейская (дома 3, 4), Угольная (6а, 6б, 8, 14, 14а, 16а, 20, 20а, "
     "5, 5а, 7, 7а, 17), а также проспекта Гагарина, 110 и 110к2.\n\n"
     "Также отключение коснулось объектов на проспекте Гагарина: склада "
     "98а, ЛО МВД России 96в, МБОУ СОШ № 6 (128), ООО «Кентавр» и ООО "
     "«Транс Ком» (118), дома отдыха 110, центра гигиены 114а, ОО\n",
     .in = {"Гвардейская (дома 3, 4)", "центра гигиены 114а, ОО"}},
    /* not a publisher's legal lines, nor a source's address */
    {.what = "legal lines and a source's address at the page's end",
     .text =
         "Council approves the new budget after a long debate\n\n" PROSE1 PROSE2
         "Copyright \xC2\xA9 2024 Example Media Group Ltd, 12 Harbour "
         "Road, Westport WP1 2AB, registered in England No. 01234567; "
         "VAT No. GB 123 4567 89; all rights reserved by the group.\n\n"
         "Fonte/Source: https://news.example.org/news/appeal-following-"
         "collision-450431?utm_source=rss&utm_medium=rss&utm_campaign=a "
         "b c d e f g h i j k l m n o p q r s t u.\n",
     .out = {"Example Media Group", "Fonte/Source"}},
    /* a caption under a kicker in capitals, its photographer after a
     * dash at its end; not a paragraph under a kicker alone */
    {.what = "'RACE FOR SPACE \xE2\x80\x94 ... \xE2\x80\x94 Ofelia Empian'",
     .text = "Council approves the new budget after a long debate\n\n" PROSE1
             "RACE FOR SPACE \xE2\x80\x94 This mountainside of La Trinidad, "
             "Benguet is slowly being filled with houses as the town becomes "
             "crowded, as well as being adjacent to Baguio City. \xE2\x80\x94 "
             "Ofelia Empian\n\n" PROSE2
             "UPDATE \xE2\x80\x94 The council said on Tuesday that the vote "
             "will be held again next month after two members were absent "
             "from the meeting.\n",
     .author = "",
     .in = {"UPDATE \xE2\x80\x94 The council said"},
     .out = {"RACE FOR SPACE", "Ofelia"}},
    /* a timeline's entries, one clause each, under the lead */
    {.what = "a timeline of dates over one-clause entries",
     .text = "How the ring road project unfolded\n\nBy Mark Evans\n\n"
             "The ring road opened to traffic on Wednesday after more than a "
             "decade of planning, protests and delays. Here is how the "
             "project unfolded.\n\n"
             "January 2013 Council first proposes a ring road to ease "
             "traffic in the centre\nThe proposal is met with objections "
             "from residents of the villages along the route\n\n"
             "June 2017 Government approves the route after a public "
             "inquiry\nThe planning inspector rules that the benefits for the "
             "town outweigh the damage to farmland\n\n"
             "The final cost of the project was 180 million pounds, about 40 "
             "million more than first planned.\n",
     .in = {"The proposal is met", "The planning inspector"}},
    /* a caption between the last paragraphs, the last short sentence
     * under it; a desk's sign-off under a brief is no photographer's */
    {.what = "the last sentence under a kicker's caption",
     .text = "Heavy rains cause landslides in Benguet\n\nMarch 12, 2024\n\n"
             "Heavy rains brought by the northeast monsoon triggered "
             "landslides in three towns of Benguet on Monday, blocking roads "
             "and damaging several houses.\n\n"
             "No one was hurt, but about fifty families were moved to "
             "evacuation centers as a precaution, the disaster office "
             "said.\n\n"
             "ROAD CLEARING \xE2\x80\x94 Workers of the public works "
             "department clear a road in the town of Tublay that was blocked "
             "by a landslide on Monday. \xE2\x80\x94 Redjie Cawis\n\n"
             "Classes in the affected towns were suspended on Tuesday.\n",
     .in = {"Classes in the affected towns"},
     .out = {"ROAD CLEARING"}},
    {.what = "'NEW DELHI \xE2\x80\x94 ... \xE2\x80\x94 Staff Reporter'",
     .text = "# Ministry extends deadline for filing income tax returns\n\n"
             "Updated: March 12, 2024 10:30 IST\n\n"
             "NEW DELHI \xE2\x80\x94 The income tax department on Tuesday "
             "extended the deadline for filing returns for the last "
             "assessment year by a month, after taxpayers and chartered "
             "accountants complained of glitches on the filing portal. The "
             "new deadline is April 30, the ministry said. \xE2\x80\x94 Staff "
             "Reporter\n\n"
             "The department said the portal had been upgraded and that most "
             "of the problems had been fixed.\n\n"
             "Taxpayers who had already filed their returns do not need to "
             "take any action, officials said.\n",
     .in = {"extended the deadline for filing returns"}},
    /* a Markdown page (no Jina label): a site's name underlined to its
     * length under a menu is no headline */
    {.what = "an underlined site name under a menu, no Jina label",
     .text =
         "Menu\nThe Carbon County Courier\n=========================\n\n"
         "Helper power plant to expand after state approval\n"
         "--------------------------------------------------\n\n" PROSE1 PROSE2,
     .title = "Helper power plant to expand after state approval"},
    /* a lead-in without stopwords over headlines ending the page */
    {.what = "'More stories:' and its list under the text",
     .text = "New road works started\n\n" PROSE1 PROSE2 "More stories:\n\n"
             "- Mayor opens new library\n- Harbour strike ends\n\n"
             "Copyright 2024 Chronicle\n",
     .out = {"Mayor opens", "Harbour strike"}},
    /* thirty-second session: "Leia mais:" over three headlines set into
     * the text, which goes on under them (headlines long enough, with
     * stopwords enough, to read near good) */
    {.what = "'Leia mais:' over three headlines inside the text",
     .text = "Council approves the bridge plan\n\n" PROSE1 "Leia mais:\n\n"
             "Despite the problems at the bus station, the traders "
             "disapprove of the public concession\n\n"
             "A film inspired by the historic robbery of the state bank will "
             "star two of the best actors\n\n"
             "The son of the author of the attack in the capital gives a "
             "statement to the police in the city\n\n" PROSE2 PROSE3,
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"Leia mais", "bus station", "historic robbery"}},
    /* under the text, a lead-in and its list one a line with no blank
     * between (names, few stopwords), then another lead-in whose list was
     * lost, then the text */
    {.what = "a lead-in, its unbulleted list, another lead-in, the text",
     .text = "Council approves the bridge plan\n\n" PROSE1 PROSE2
             "The rules apply in the following towns of the valley, placed "
             "on alert:\nNorthern valley: Ally, Anglards, Antignac, Apchon, "
             "Arches, Auzers, Bassignac, Beaulieu, Brageac, Chalvignac, "
             "Champagnac, Chanterelle, Chaussenac, Cheylade, Collandres, "
             "Condat, Dienne and Drugeac.\nSouthern valley: Parlan, Saint "
             "Julien, Quezac and Maurs.\n\n\n"
             "For these towns the following measures apply:\n\n\n"
             "All the other towns of the county are on watch, and no ban has "
             "been issued at this stage, but the river levels are checked "
             "every day by the county's staff.\n",
     .in = {"Northern valley", "All the other towns"}},
    {.what = "a lead-in over headlines one a line, then the copyright",
     .text = "Council approves the bridge plan\n\n" PROSE1 PROSE2
             "Here are the other stories that you may have missed:\n"
             "Mayor Opens New Library\nHarbour Strike Ends\n\n"
             "Copyright 2024 The Chronicle. All rights reserved.\n",
     .out = {"Mayor Opens", "Harbour Strike"}},
    /* a summary cut short, its "read more" label after the dots, that
     * the text's second paragraph repeats: the listing's teaser */
    {.what = "a cut summary with 'devam\xC4\xB1n\xC4\xB1 okuyunuz' over the "
             "text",
     .text = "Belediye Ba\xC5\x9Fkan\xC4\xB1ndan Vatanda\xC5\x9Flara "
             "\xC3\x96nemli Uyar\xC4\xB1\nBarajdaki su seviyesinin 11.7 "
             "oldu\xC4\x9Funu belirten Ba\xC5\x9Fkan s\xC4\xB1k\xC4\xB1nt"
             "\xC4\xB1n\xC4\xB1n giderilmesi i\xC3\xA7in ba\xC5\x9Fta "
             "Hand\xC4\xB1r\xC4\xB1 Baraj\xC4\xB1 olmak "
             "\xC3\xBCzere...devam\xC4\xB1n\xC4\xB1 okuyunuz.\n"
             "09 Ocak 2026 - 22:50\nBelediye Ba\xC5\x9Fkan\xC4\xB1 10 Ocak "
             "Gazeteciler g\xC3\xBCn\xC3\xBCnde bir araya geldi\xC4\x9Fi "
             "yerel bas\xC4\xB1n temsilcilerine yapt\xC4\xB1\xC4\x9F\xC4"
             "\xB1 a\xC3\xA7\xC4\xB1klamas\xC4\xB1nda \"\xC4\xB0ki "
             "ayl\xC4\xB1k i\xC3\xA7me suyumuz kald\xC4\xB1\" dedi.\n"
             "Barajdaki su seviyesinin 11.7 oldu\xC4\x9Funu belirten "
             "Ba\xC5\x9Fkan s\xC4\xB1k\xC4\xB1nt\xC4\xB1n\xC4\xB1n "
             "giderilmesi i\xC3\xA7in ba\xC5\x9Fta Hand\xC4\xB1r\xC4\xB1 "
             "Baraj\xC4\xB1 olmak \xC3\xBCzere t\xC3\xBCm sular\xC4\xB1 "
             "kullansak bile 300 metrek\xC3\xBCp su elde "
             "edebiliyoruz.\nAncak \xC5\x9F"
             "ehrimizin g\xC3\xBCnl\xC3\xBCk su "
             "t\xC3\xBCketimi 1000 metrek\xC3\xBCp, bu nedenle "
             "vatanda\xC5\x9Flar\xC4\xB1m\xC4\xB1z\xC4\xB1n su tasarrufu "
             "yapmas\xC4\xB1n\xC4\xB1 rica ediyoruz\" dedi.\n",
     .out = {"okuyunuz"}},
    {.what = "a paragraph that ends 'read more.'",
     .text =
         "Council approves the bridge plan\n\n" PROSE1
         "Officials said residents who want the details of the plan can "
         "find them on the city's website, where they can read more.\n\n" PROSE2,
     .in = {"where they can read more."}},
    /* "Zum Thema:" over another story's headline and teaser */
    {.what = "'Zum Thema:' over a headline and its teaser",
     .text = "Bahngasse wird sp\xC3\xA4ter fertig\n\n" DE_PROSE1 DE_PROSE2
             "Zum Thema:\n\nBruno M\xC3\xB6sli: Der W\xC3\xA4"
             "chter des Wassers\n\nDie Wasserm\xC3\xA4nner sind rund um "
             "die Uhr auf Pikett. weiterlesen\xE2\x80\xA6\n",
     .out = {"Zum Thema", "Pikett"}},
    /* a blog's latest posts under the text; a name's subheading and the
     * profile under it above them are the text's */
    {.what = "a profile under a name's subheading over 'Recent Posts'",
     .text = "Council approves the bridge plan\n\n" PROSE1 PROSE2 PROSE3
             "Maria Lopez\n\nMaria Lopez, 44, owns a bakery on Main Street and "
             "says the detour will cost her half of her trade.\n\n"
             "Recent Posts\n\nMayor opens new library in town hall\n\n"
             "Harbour strike ends after three weeks\n",
     .in = {"owns a bakery"},
     .out = {"Recent Posts", "Mayor opens"}},
    {.what = "a subheading and the last paragraph over 'Recent Posts'",
     .text = "Council approves the bridge plan\n\n" PROSE1 PROSE2
             "Budget\n\nThe budget of the works was approved on Tuesday by "
             "a vote of five to two, and it will be paid from the reserve.\n\n"
             "Recent Posts\n\nMayor opens new library in town hall\n",
     .in = {"The budget of the works"}},
    /* the review's false friends: a subheading that opens with a marker's
     * words, a slogan, a lead that asks to learn more, a paragraph closed
     * by a gallery's credit, a span of days */
    {.what = "'Zum Thema Sicherheit' and 'Lee más, vive más' as subheadings",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "Zum Thema Sicherheit\n\n" PROSE2
             "Lee m\xC3\xA1s, vive m\xC3\xA1s\n\n" PROSE3,
     .in = {"Residents who spoke", "The mayor said"}},
    {.what = "'Leia também:' over one headline, then a subheading",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "Leia tamb\xC3\xA9m:\n\nMayor opens the new library in the old "
             "town hall\n\nStaying safe in the heat\n\n" PROSE2 PROSE3,
     .in = {"Staying safe in the heat", "The mayor said"},
     .out = {"Mayor opens"}},
    {.what = "a lead that ends '...to learn more...'",
     .text =
         "Library launches summer reading challenge\n\nThe Riverside Public "
         "Library will open its annual summer reading challenge from June "
         "10, and families can visit any branch to learn more...\n\n" PROSE1
         "The Riverside Public Library will also hold a book sale on "
         "the last Saturday of the month, with all proceeds going to the "
         "children's section.\n\n" PROSE2,
     .in = {"annual summer reading challenge"}},
    {.what = "a last paragraph closed by '. PHOTOS BY MIKE JONES'",
     .text = "Council approves the bridge plan\n\n" PROSE1 PROSE2
             "The festival continues through Sunday with music on the main "
             "stage every evening. PHOTOS BY MIKE JONES\n",
     .in = {"The festival continues through Sunday"}},
    /* captions between paragraphs, their credits in capitals after the
     * full stop */
    {.what = "captions credited 'PHOTO COURTESY OF X' and 'X Y PHOTO'",
     .text = "Council approves the bridge plan\n\n" PROSE1
             "Around 20 houses in the village were flooded on Wednesday "
             "afternoon. Several residents were evacuated. PHOTO COURTESY OF "
             "RIVER RADIO\n\n" PROSE2
             "Heavy rains caused flooding in the lower town on Wednesday. "
             "JOHN DOE PHOTO\n\n" PROSE3,
     .in = {"The mayor said"},
     .out = {"Around 20 houses", "JOHN DOE PHOTO"}},
    /* a list of items in lower case that carry the lead-in's sentence */
    {.what = "items in lower case under a lead-in",
     .text = "Boil water advisory issued for the town\n\nA boil water "
             "advisory was issued on Monday afternoon by the water utility for "
             "the northern part of the town.\n\nOther areas impacted include "
             "the harbour and the old town.\n\nThe utility advises that "
             "impacted customers boil all water for at least 1 minute before "
             "using water for:\n\ndrinking\n\npreparing infant formula\n\n"
             "making ice cubes or juices\n\ncooking\n\nbrushing teeth; or\n\n"
             "any other activity requiring human consumption.\n\nThis boil "
             "water notice will be in effect until further notice.\n\nStaff "
             "are tracking this issue and are working on options to flush the "
             "untreated water out of the system.\n",
     .in = {"drinking\n\npreparing infant formula", "brushing teeth; or"}},
    /* a count of comments under the standfirst, a "read also" link
     * glued to its headlines between the first paragraphs */
    {.what = "'0 Comments' under the standfirst, a glued 'Read also:'",
     .text =
         "Broken road in the village still not repaired, villagers demand "
         "that the regent keep his promise\n\nThe state of the broken road "
         "in the village\nVillagers complain that the broken road is still "
         "not repaired. They demand that the regent keep his promise to "
         "build the road this year.\n0 Comments\n\nRIVERNEWS.COM\xE2\x80\x93"
         " Villagers of two villages in the district again voiced "
         "complaints about the state of the badly broken road.\n\nThe road "
         "that links the two villages is a vital route for the villagers, "
         "but it has been broken for years without repair.\n\nAccording to "
         "the villagers, the road has been broken since the time of the "
         "late regent and no action has been taken since then.\n\nRead "
         "also:Hundreds of Villagers Flock to the Cheap MarketStrong Wind "
         "Hits the Village, Eleven Houses Damaged\n\nThe head of the "
         "village said that the main road to the border of the district is "
         "now in a very bad state.\n\nHe said that the limited budget of "
         "the district is no reason to let the damage go on, and that the "
         "villagers have waited for years for the repairs that were "
         "promised to them by the regent.\n\n\"The budget of the district "
         "is small now, but the state of this road is very bad. If it is "
         "only partly paved, that is not enough. We hope for a temporary "
         "repair, at least the patching of the holes,\" he said on "
         "Monday.\n\nHe added that the village had told the district "
         "government of the wishes of the villagers many times, and that "
         "the regent had promised to set aside money for the repairs from "
         "the vehicle tax.\n",
     .in = {"Villagers of two villages", "He added that the village"},
     .out = {"0 Comments", "Cheap Market"}},
    {.what = "'3 Comments' under a short piece, over the comments",
     .text =
         "Council approves the bridge plan\n\nThe council voted on Tuesday "
         "to approve the plan to close the bridge for six months.\n\n3 "
         "Comments\n\nJohn Smith\n\nMay 3, 2024 at 10:20 am\n\nI think that "
         "the council should have asked the people who live near the "
         "bridge before it voted, because we are the ones who will have to "
         "drive around it for six months and nobody asked us at all.\n\n"
         "Mary Jones\n\nMay 3, 2024 at 11:45 am\n\nThe bridge has been in a "
         "poor state for years and the work cannot wait any longer, so I "
         "am glad that the council finally made a decision, even if the "
         "detour will be long for all of us.\n",
     .in = {"The council voted"},
     .out = {"I think that", "The bridge has been"}},
    /* a dateline with no year, dated by the crawl */
    {.what = "a dateline's day and month, the crawl's month",
     .text = " date 2019-01 \n(ANSA) - CASTELMOLA (MESSINA), 05 GEN - "
             "Un'enorme frana si \xC3\xA8 verificata sotto il centro abitato "
             "di Castelmola, collina a nord di Taormina, nel Messinese, e il "
             "paese rischia di rimanere isolato.\n\nSul posto sono presenti i "
             "vigili del fuoco e i tecnici della provincia, che stanno "
             "valutando i danni alla strada.\n",
     .date = "2019-01-05"},
    {.what = "a dateline's day and month, the crawl's day",
     .text = " date 2019-05-04 \nMOSCOW, May 3 - The government said on "
             "Friday that the new rules would apply to all of the regions "
             "from the summer on.\n\n" PROSE1,
     .date = "2019-05-03"},
    {.what = "a span of days after a place not in capitals",
     .text = " date 2023-07 \nThe NATO summit in Vilnius, July 11 - 12, is "
             "expected to discuss the membership bids of several countries and "
             "the support for the region.\n\n" PROSE1,
     .date = ""},
    {.what = "a dateline's day months after the crawl's month",
     .text = " date 2019-01 \nMOSCOW, May 3 - The government said on "
             "Friday that the new rules would apply to all of the regions "
             "from the summer on.\n\n" PROSE1,
     .date = ""},
    /* a site's other stories of its region under the article */
    {.what = "'Tambi\xC3\xA9n en NAME' over a list of stories",
     .text = "Una aver\xC3\xAD"
             "a deja sin agua a todo el pueblo\n\n" ES_PROSE1
             "Tambi\xC3\xA9n en Menorca\n"
             "- Una inquilina se va de viaje y le intentan okupar la casa: el "
             "aviso de un vecino lo impide\n"
             "- \xC2\xBFViste en el cielo una espiral brillante? Esta es la "
             "explicaci\xC3\xB3n\n"
             "- Un herido en un aparatoso accidente en el Cam\xC3\xAD de "
             "Ma\xC3\xB3 de Ciutadella\n4 comentarios\n",
     .in = {"Los vecinos del barrio"},
     .out = {"Tambi\xC3\xA9n en", "inquilina", "espiral"}},
    {.what = "'Tambi\xC3\xA9n en NAME' heading a section of the text",
     .text = "Alerta roja por lluvias torrenciales en el litoral\n\n" ES_PROSE1
             "Tambi\xC3\xA9n en Valencia\n\n" ES_PROSE2,
     .in = {"Tambi\xC3\xA9n en Valencia", "M\xC3\xA1s de mil familias"}},
    {.what = "'Tambi\xC3\xA9n en NAME, ...' opening a paragraph",
     .text =
         "Una aver\xC3\xAD"
         "a deja sin agua a todo el pueblo\n\n" ES_PROSE1
         "Tambi\xC3\xA9n en Madrid, los vecinos de tres barrios se quedaron "
         "sin agua durante la ma\xC3\xB1"
         "ana del martes, seg\xC3\xBAn "
         "explic\xC3\xB3 la empresa.\n\n" ES_PROSE2,
     .in = {"Tambi\xC3\xA9n en Madrid", "M\xC3\xA1s de mil familias"}},
    /* a paywall's question and notice where the visible text stops */
    {.what = "'Weiterlesen?' over a subscription's notice",
     .text = "Grosser Erdrutsch verschüttet die Strasse\n\n" DE_PROSE1 DE_PROSE2
             "Weiterlesen?\n\nDieser Inhalt ist nur mit einem "
             "Digital-Abo sichtbar.\n\nAbo\n\nDigital ohne E-Paper\n",
     .in = {"Fertigstellung erst"},
     .out = {"Weiterlesen", "Digital-Abo"}},
    {.what = "a podcast embed's notice for its subscribers",
     .text = "Grosser Erdrutsch versch\xC3\xBCttet die Strasse\n\n" DE_PROSE1
             "Dieser Inhalt ist nur f\xC3\xBCr Abonnenten von Spotify Premium "
             "verf\xC3\xBC"
             "gbar.\n\n" DE_PROSE2,
     .in = {"Fertigstellung erst"}},
    {.what = "an embed's consent notice inside the text",
     .text = "Grosser Erdrutsch verschüttet die Strasse\n\n" DE_PROSE1
             "Dieser Inhalt ist nur nach Zustimmung sichtbar.\n\n" DE_PROSE2,
     .in = {"Fertigstellung erst"}},
    /* a caption ending in a credit with no colon ("Foto Name."), under
     * its label, over the text */
    {.what = "a caption ending in '. Foto NAME.' under its label",
     .text = "Gemeinderat am 15. Juni 2021\n\nTurnhalle von au\xC3\x9F"
             "en\n"
             "Die Sanierung der Sporthalle soll im n\xC3\xA4"
             "chsten Jahr "
             "beginnen. Danach ist die zweite Halle geplant. Foto "
             "Stadtverwaltung K\xC3\xBCnzelsau.\n\n" DE_PROSE1 DE_PROSE2,
     .title = "Gemeinderat am 15. Juni 2021",
     .in = {"Die Sanierung der Bahngasse"},
     .out = {"Turnhalle", "Stadtverwaltung", "Sporthalle soll"}},
    {.what = "a paragraph closed by a one-word credit, 'Foto Archiv.'",
     .text = "Gemeinderat am 15. Juni 2021\n\n"
             "Ein unbekannter Autofahrer hat einen geparkten Wagen "
             "besch\xC3\xA4"
             "digt. Foto Archiv.\n\n" DE_PROSE1 DE_PROSE2,
     .in = {"Ein unbekannter Autofahrer"}},
    {.what = "'Photo ID Required.' closing a paragraph",
     .text = "Early voting opens Monday\n\n" PROSE1
             "Voters can cast their ballots at City Hall each day. Residents "
             "must bring identification. Photo ID Required.\n\n" PROSE2,
     .in = {"Residents must bring identification"}},
    {.what = "'Foto NAME' opening a sentence that goes on",
     .text = "Gemeinderat am 15. Juni 2021\n\n" DE_PROSE1
             "Die Ausstellung zeigt alte Bilder der Stadt. Foto M\xC3\xBCller "
             "zeigt das neue Rathaus.\n\n" DE_PROSE2,
     .in = {"Foto M\xC3\xBCller zeigt"}},
    /* the home page's name glued to a section's two words and the
     * headline, over the headline alone */
    {.what = "'HomeNews ExtraHEADLINE' over the headline",
     .text = "Get the latest news to your email inbox FREE!\n\nREGISTER\n"
             "HomeNews ExtraCouncil projects to progress\n\n"
             "Council projects to progress\n\n" PROSE1 PROSE2,
     .title = "Council projects to progress",
     .in = {"The council voted"}},
    {.what = "'HomeNews ExtraHEADLINE', the headline's only copy",
     .text =
         "HomeNews ExtraCouncil projects to progress well this month\n\n" PROSE1
             PROSE2,
     .title = "HomeNews ExtraCouncil projects to progress well this month",
     .in = {"The council voted"}},
    {.what = "'HomeSport ...SECTION' over its section's heading and the "
             "headline",
     .text = "HomeSport Local SportFootball League Round Fifteen Results\n"
             "Football League Round Fifteen Results\n"
             "Demons hold on to beat Concordes in thriller\n"
             "DEMONS survived a late fightback to beat Concordes United by two "
             "goals at Malseed Park on Saturday, keeping their finals hopes "
             "alive with three rounds remaining in the season.\n"
             "The home side led by 20 points at three-quarter time before "
             "Concordes kicked four goals in ten minutes to close the gap to a "
             "single kick.\n",
     .title = "Demons hold on to beat Concordes in thriller"},
    /* the picture's credit, then its caption ending in the same credit:
     * the caption goes, the standfirst above the picture is the lead */
    {.what = "credit printed again at the caption's end",
     .text =
         RU_HEAD "28 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1"
                 "\x8F 2025 17:00\n\n"
                 "\xD0\x92 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xB5\xD0\xBB\xD0\xB5"
                 "\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\x9F\xD1\x83\xD1\x88\xD0\xBA"
                 "\xD0\xB8\xD0\xBD\xD0\xBE, \xD1\x80\xD0\xB0\xD1\x81\xD0"
                 "\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB6\xD0\xB5\xD0\xBD\xD0"
                 "\xBD\xD0\xBE\xD0\xBC \xD0\xB2 \xD1\x80\xD0\xB0\xD0\xB9"
                 "\xD0\xBE\xD0\xBD\xD0\xB5, \xD0\xBF\xD1\x80\xD0\xBE\xD0"
                 "\xB8\xD0\xB7\xD0\xBE\xD1\x88\xD0\xBB\xD0\xBE \xD0\xBE"
                 "\xD0\xB1\xD1\x80\xD1\x83\xD1\x88\xD0\xB5\xD0\xBD\xD0\xB8"
                 "\xD0\xB5 \xD0\xB2\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBD\xD0"
                 "\xB0\xD0\xBF\xD0\xBE\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB9 "
                 "\xD0\xB1\xD0\xB0\xD1\x88\xD0\xBD\xD0\xB8.\n\n"
                 "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: commons.wikimedia.org/"
                 "Ivan Petrov/CC BY-SA 4.0\n\n"
                 "\xD0\x91\xD0\xB5\xD0\xB7 \xD0\xB2\xD0\xBE\xD0\xB4\xD1\x8B "
                 "\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD1\x81\xD1\x8F "
                 "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xBA "
                 "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: commons.wikimedia.org/"
                 "Ivan Petrov/CC BY-SA 4.0\n\n" RU_PROSE1 RU_PROSE2,
     .in = {"\xD0\x92 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD"
            "\xD0\xB8\xD0\xB8"},
     .out = {"\xD0\x91\xD0\xB5\xD0\xB7 \xD0\xB2\xD0\xBE\xD0\xB4\xD1\x8B",
             "wikimedia"}},
    /* a caption whose credit in brackets has a full stop after it */
    {.what = "caption's '(Foto: X/Y).'",
     .text =
         "Jalan Akses Utama Terputus, Warga Nekat Terobos Longsor\n\n"
         "Minggu, 05 Januari 2020 - 11:25 WIB\n"
         "Warga berusaha membuka jalan tertutup longsor yang menjadi "
         "akses utama mereka. (Foto: iNews/Jufri Tonampa).\n\n" ID_PARA ID_PARA,
     .in = {"Kepala BPBD"},
     .out = {"Warga berusaha", "Tonampa"}},
    /* the outlet's WhatsApp groups named in a line of the text */
    {.what = "'em nossos grupos de WhatsApp' between paragraphs",
     .text = "Falta de \xC3\xA1gua atinge bairros e turistas\n\n"
             "A falta de \xC3\xA1gua tornou-se um problema cr\xC3\xADtico "
             "para moradores e turistas nesta alta temporada, especialmente "
             "devido \xC3\xA0 interrup\xC3\xA7\xC3\xA3o no abastecimento.\n"
             "A not\xC3\xAD"
             "cia mais r\xC3\xA1pida est\xC3\xA1 em nossos grupos de "
             "WhatsApp na RM Vale. Escolha sua \xC3\xA1rea: Litoral ou "
             "Mantiqueira.\n"
             "Entre os bairros afetados est\xC3\xA3o Lagoinha e "
             "Itamambuca, e o fornecimento come\xC3\xA7ou a ser retomado na "
             "madrugada deste s\xC3\xA1"
             "bado, com previs\xC3\xA3o de "
             "normaliza\xC3\xA7\xC3\xA3o at\xC3\xA9 domingo.\n",
     .in = {"Entre os bairros"},
     .out = {"grupos de"},
     .removed = "follow-prompt"},
    /* a social network's post embedded between the paragraphs: its text
     * and its signature with the weekday go; a blog's signature, no
     * weekday, leaves the paragraph above it */
    {.what = "embedded post and its 'Posted by ... on WEEKDAY, DATE'",
     .text = "Council approves bridge plan\n\n" PROSE1
             "Celebrating our grand opening today with lunch specials and a "
             "ribbon cutting at 4pm!\n\n"
             "Posted by Harbor Cafe on Wednesday, August 28, 2024\n\n" PROSE2
                 PROSE3,
     .in = {"Residents who spoke", "The mayor said"},
     .out = {"grand opening", "Harbor Cafe"},
     .removed = "embedded-post"},
    {.what = "a blog's 'Posted by NAME on DATE', no weekday",
     .text = "Council approves bridge plan\n\n" PROSE1 PROSE2
             "Posted by admin on March 3, 2020\n\n" PROSE3,
     .in = {"Residents who spoke"}},
    /* (the review's: a weekday cut short and a time; a post the text
     * quotes after a colon; a page of letters, each signed so) */
    {.what = "'Posted by NAME on Mon, DATE at TIME'",
     .text = "Council approves bridge plan\n\n" PROSE1
             "Donations can be dropped off at the church hall on weekdays "
             "until the end of the month.\n\n"
             "Posted by First Methodist Church on Mon, Oct 4, 2021 at 4:12 "
             "PM\n\n" PROSE2 PROSE3,
     .in = {"Donations can be dropped off"}},
    {.what = "a post the text quotes after a colon",
     .text = "Council approves bridge plan\n\n" PROSE1
             "In a post on its page, the police department wrote:\n\n"
             "Harold Jennings, 82, was last seen on Monday evening near the "
             "library. Please call us if you see him.\n\n"
             "Posted by Millbrook Police Department on Tuesday, June 8, "
             "2021\n\n" PROSE2 PROSE3,
     .in = {"Harold Jennings, 82"}},
    {.what = "letters, each signed 'Posted by NAME on WEEKDAY, DATE'",
     .text = "Letters to the editor\n\n" PROSE1
             "The bridge has been a danger for years and I am glad the "
             "council finally found the money to fix it properly.\n\n"
             "Posted by Margaret Okafor on Thursday, March 11, 2021\n\n" PROSE2
             "Six months is far too long for a detour that sends every "
             "school bus through the narrow streets of the old town.\n\n"
             "Posted by Tom Hale on Thursday, March 11, 2021\n\n" PROSE3,
     .in = {"The bridge has been a danger", "Six months is far too long"}},
    /* (the review's: a paragraph's last sentence with its source or a
     * credit in brackets, no full stop before the bracket) */
    {.what = "'(Fuente: X).' closing a paragraph",
     .text = "El paro baja en octubre\n\n" ES_PROSE1
             "El total de desempleados se sit\xC3\xBA"
             "a as\xC3\xAD en 2,6 "
             "millones, la cifra m\xC3\xA1s baja para un mes de octubre "
             "desde 2007 (Fuente: Ministerio de Trabajo).\n\n" ES_PROSE2,
     .in = {"desde 2007 (Fuente: Ministerio de Trabajo)."}},
    {.what = "'(Foto: Polizei).' closing a paragraph",
     .text = "Polizei sucht Zeugen nach Einbruch\n\n" DE_PROSE1
             "Wer Hinweise geben kann, wird gebeten, sich unter der Nummer "
             "0621 174-4444 beim Kriminaldauerdienst zu melden (Foto: "
             "Polizei).\n\n" DE_PROSE2,
     .in = {"0621 174-4444"}},
    /* a sentence that opens with a sign-in notice's first words */
    {.what = "'Чтобы иметь возможность комментировать посты, ...'",
     .text = RU_HEAD RU_PROSE1
     "\xD0\xA7\xD1\x82\xD0\xBE\xD0\xB1\xD1\x8B \xD0\xB8\xD0\xBC\xD0\xB5\xD1"
     "\x82\xD1\x8C \xD0\xB2\xD0\xBE\xD0\xB7\xD0\xBC\xD0\xBE\xD0\xB6\xD0\xBD"
     "\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0"
     "\xB5\xD0\xBD\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82"
     "\xD1\x8C \xD0\xBF\xD0\xBE\xD1\x81\xD1\x82\xD1\x8B, \xD0\xBF\xD0\xBE"
     "\xD0\xBB\xD1\x8C\xD0\xB7\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB5\xD0"
     "\xBB\xD1\x8E \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB4\xD1\x91\xD1\x82\xD1\x81"
     "\xD1\x8F \xD0\xBF\xD0\xBE\xD0\xB4\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD0"
     "\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80 "
     "\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD1\x84\xD0\xBE\xD0\xBD\xD0\xB0.\n\n" RU_PROSE2
         RU_PROSE3,
     .in = {"\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xB3"}},
    /* (the review's: a subscription's price, a parent's advice on
     * messengers: not an invitation to the site's channel) */
    {.what = "'Подписка на Telegram Premium ...' in the text",
     .text = RU_HEAD RU_PROSE1
     "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xBA\xD0\xB0 "
     "\xD0\xBD\xD0\xB0 Telegram Premium \xD0\xB2 \xD0\xA0\xD0\xBE\xD1\x81"
     "\xD1\x81\xD0\xB8\xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBE\xD1\x80"
     "\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xB0 \xD0\xBD\xD0\xB0 \xD1\x82"
     "\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C, \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1"
     "\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB8 \xD0\xB2 \xD0\xBA\xD0\xBE\xD0\xBC"
     "\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8."
     "\n\n" RU_PROSE2 RU_PROSE3,
     .in = {"Telegram Premium"}},
    {.what = "'Следите за тем, с кем ...' in the text",
     .text = RU_HEAD RU_PROSE1
     "\xD0\xA1\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xB7"
     "\xD0\xB0 \xD1\x82\xD0\xB5\xD0\xBC, \xD1\x81 \xD0\xBA\xD0\xB5\xD0"
     "\xBC \xD0\xB2\xD0\xB0\xD1\x88\xD0\xB8 \xD0\xB4\xD0\xB5\xD1\x82\xD0"
     "\xB8 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBF\xD0\xB8\xD1\x81\xD1"
     "\x8B\xD0\xB2\xD0\xB0\xD1\x8E\xD1\x82\xD1\x81\xD1\x8F \xD0\xB2 "
     "WhatsApp \xD0\xB8 Telegram."
     "\n\n" RU_PROSE2 RU_PROSE3,
     .in = {"WhatsApp"}},
    /* a resident's groups in a quotation stay */
    {.what = "'pelos nossos grupos de WhatsApp' in a quotation",
     .text = "Falta de \xC3\xA1gua atinge bairros e turistas\n\n"
             "A falta de \xC3\xA1gua tornou-se um problema cr\xC3\xADtico "
             "para moradores e turistas nesta alta temporada, especialmente "
             "devido \xC3\xA0 interrup\xC3\xA7\xC3\xA3o no abastecimento.\n\n"
             "\"Avisamos os moradores pelos nossos grupos de WhatsApp sempre "
             "que falta \xC3\xA1gua\", disse a presidente da "
             "associa\xC3\xA7\xC3\xA3o de moradores do bairro.\n\n"
             "Entre os bairros afetados est\xC3\xA3o Lagoinha e "
             "Itamambuca, e o fornecimento come\xC3\xA7ou a ser retomado na "
             "madrugada deste s\xC3\xA1"
             "bado, com previs\xC3\xA3o de "
             "normaliza\xC3\xA7\xC3\xA3o at\xC3\xA9 domingo.\n",
     .in = {"nossos grupos de WhatsApp"}},
    /* a comment widget's sign-in notice in Russian ends the article */
    {.what = "sign in to comment, in Russian",
     .text = RU_HEAD RU_PROSE1 RU_PROSE2 RU_PROSE3
     "\xD0\xA7\xD1\x82\xD0\xBE\xD0\xB1\xD1\x8B \xD0\xB8\xD0\xBC\xD0\xB5\xD1"
     "\x82\xD1\x8C \xD0\xB2\xD0\xBE\xD0\xB7\xD0\xBC\xD0\xBE\xD0\xB6\xD0\xBD"
     "\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0"
     "\xB5\xD0\xBD\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82"
     "\xD1\x8C, \xD0\xB2\xD0\xB0\xD0\xBC \xD0\xBD\xD0\xB0\xD0\xB4\xD0\xBE "
     "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB7\xD0\xBE\xD0"
     "\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD1\x81"
     "\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5.\n",
     .in = {"\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8"},
     .out =
         {"\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB7"}}, /* a site's clock, a date and a time, over the article's date line
     * nearer the headline: the date line's */
    {.what = "a clock over the date line nearer the headline",
     .text =
         "18 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F "
         "2025, \xD0\xA7\xD0\xA2, 21:35\n"
         "4 \xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F 2025 \xD0\x9E\xD0\xB1\xD1"
         "\x89\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE\n\n" RU_HEAD RU_PROSE1
             RU_PROSE2,
     .date = "2025-07-04"},
    /* a desk's byline, the outlet's name and "Staff": no writer (the
     * source it names: test_source.c); a writer with the desk after a
     * comma is the writer */
    {.what = "'By X News Staff/TIME DATE'",
     .text = "By Bohol Island News Staff/09:50 PM August 24, 2019\n"
             "Council approves bridge plan\n\n" PROSE1 PROSE2,
     .author = "",
     .date = "2019-08-24"},
    {.what = "'By NAME, X News Staff'",
     .text = "Council approves bridge plan\n\nBy Jane Roe, Gulf News "
             "Staff\n\n" PROSE1 PROSE2,
     .author = "Jane Roe",
     .authors = 1},
    /* a news script's meta line, its labels glued to the values before
     * them: the editor's credit and the date, the time after a weekday */
    {.what = "'Edit\xC3\xB6r : XKategori : GENEL17 Eyl\xC3\xBCl 2015 ...'",
     .text = "K\xC3\xB6yl\xC3\xBCler su i\xC3\xA7in valili\xC4\x9F"
             "e gitti\n\n"
             "Edit\xC3\xB6r : D\xC3\xB6rtdivan D\xC3\xBCnyas\xC4\xB1"
             "Kategori : GENEL17 Eyl\xC3\xBCl 2015 Per\xC5\x9F"
             "embe - 11:25\n\n" TR_PROSE1 TR_PROSE2,
     .title = "K\xC3\xB6yl\xC3\xBCler su i\xC3\xA7in valili\xC4\x9F"
              "e gitti",
     .date = "2015-09-17T11:25",
     .out = {"Kategori"},
     .removed = "editor-category-date"},
};

/* A head case's check: a message and one more failure when it fails. */
#define HEAD_CHECK(ok, ...)                                                    \
    do {                                                                       \
        if (!(ok)) {                                                           \
            print_error(__VA_ARGS__);                                          \
            failed++;                                                          \
        }                                                                      \
    } while (0)

/* Each head case: its title, first author, date, body strings, removal;
 * every failing case is reported before the test fails. */
static void head_cases_hold(void **state)
{
    size_t i, k, failed = 0;
    (void)state;
    for (i = 0; i < NN_COUNT(head_cases); i++) {
        const struct head_case *c = &head_cases[i];
        nn_record *r = norm(c->text);
        const char *t = c->title, *au = c->author, *d = c->date;
        HEAD_CHECK(!t || (*t ? r->title && !strcmp(r->title, t) : !r->title),
                   "%s: title \"%s\"\n", c->what, r->title ? r->title : "");
        HEAD_CHECK(!au ||
                       (*au ? r->authors.len && !strcmp(r->authors.items[0], au)
                            : !r->authors.len),
                   "%s: authors %zu, first \"%s\"\n", c->what, r->authors.len,
                   r->authors.len ? r->authors.items[0] : "");
        HEAD_CHECK(!c->authors || r->authors.len == c->authors,
                   "%s: %zu authors\n", c->what, r->authors.len);
        HEAD_CHECK(!d || (*d ? r->date && !strncmp(r->date, d, strlen(d))
                             : !r->date),
                   "%s: date \"%s\"\n", c->what, r->date ? r->date : "");
        for (k = 0; k < NN_COUNT(c->in) && c->in[k]; k++)
            HEAD_CHECK(strstr(r->body, c->in[k]),
                       "%s: \"%s\" not in the body\n", c->what, c->in[k]);
        for (k = 0; k < NN_COUNT(c->out) && c->out[k]; k++)
            HEAD_CHECK(!strstr(r->body, c->out[k]), "%s: \"%s\" in the body\n",
                       c->what, c->out[k]);
        HEAD_CHECK(!c->removed || tl_removed_by(r, c->removed),
                   "%s: nothing removed by %s\n", c->what,
                   c->removed ? c->removed : "");
        nn_record_free(r);
    }
    if (failed)
        fail_msg("%zu checks of the head cases failed", failed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detects_markdown_links_only),
        cmocka_unit_test(nav_and_footer_go_article_stays),
        cmocka_unit_test(verdict_names_one_each),
        cmocka_unit_test(headline_beats_site_banner),
        cmocka_unit_test(setext_headline_and_reader_header),
        cmocka_unit_test(share_link_names_the_url),
        cmocka_unit_test(nested_links_do_not_recurse),
        cmocka_unit_test(plain_articles_are_not_pages),
        cmocka_unit_test(author_page_links_are_a_byline),
        cmocka_unit_test(short_piece_is_kept_whole),
        cmocka_unit_test(plain_menu_goes),
        cmocka_unit_test(page_cases_hold),
        cmocka_unit_test(title_parts_name_the_site),
        cmocka_unit_test(standfirst_repeating_the_lead_goes),
        cmocka_unit_test(lead_printed_twice_is_kept_once),
        cmocka_unit_test(standfirst_nearly_repeating_the_lead_goes),
        cmocka_unit_test(wrapped_first_line_under_a_corpus_header),
        cmocka_unit_test(short_wrapped_page),
        cmocka_unit_test(greedy_wrap_breaks_where_a_word_had_room),
        cmocka_unit_test(wrapped_page_without_blank_lines),
        cmocka_unit_test(short_headline_at_the_top),
        cmocka_unit_test(caption_with_host_credit),
        cmocka_unit_test(lines_broken_in_mid_sentence_run_on),
        cmocka_unit_test(wrapped_page_credit_line),
        cmocka_unit_test(latest_headlines_end_the_article),
        cmocka_unit_test(credits_with_full_stop_or_minus),
        cmocka_unit_test(wrapped_paragraph_does_not_swallow_comments),
        cmocka_unit_test(wrapped_quote_is_one_paragraph),
        cmocka_unit_test(wrapped_end_marker),
        cmocka_unit_test(wrapped_page_with_long_link_lines),
        cmocka_unit_test(lead_over_chrome_and_doubled_captions),
        cmocka_unit_test(embeds_credits_and_comment_counts),
        cmocka_unit_test(markdown_paragraph_a_line),
        cmocka_unit_test(banner_thrice_and_author_box),
        cmocka_unit_test(title_again_and_file_names),
        cmocka_unit_test(caption_twice_under_the_date),
        cmocka_unit_test(bare_name_under_the_date),
        cmocka_unit_test(name_in_capitals_signs_the_text),
        cmocka_unit_test(byline_after_the_date),
        cmocka_unit_test(name_under_the_date),
        cmocka_unit_test(dateline_between_bars),
        cmocka_unit_test(dateline_with_a_colon),
        cmocka_unit_test(lone_date_line),
        cmocka_unit_test(date_line_under_the_headline),
        cmocka_unit_test(byline_apart),
        cmocka_unit_test(dateline_in_the_second_paragraph),
        cmocka_unit_test(url_date_over_a_sentence),
        cmocka_unit_test(bylines_in_other_words),
        cmocka_unit_test(bylines_with_a_dash_or_a_title_and_mail),
        cmocka_unit_test(review_false_friends),
        cmocka_unit_test(machine_notes),
        cmocka_unit_test(tickers_weather_counters),
        cmocka_unit_test(ads_messengers_and_labels),
        cmocka_unit_test(credit_names_the_site),
        cmocka_unit_test(false_friends_stay),
        cmocka_unit_test(heads_and_signatures),
        cmocka_unit_test(logo_thrice_and_source_label),
        cmocka_unit_test(labelled_list_is_no_headline),
        cmocka_unit_test(bylines_under_the_text),
        cmocka_unit_test(glued_header_date),
        cmocka_unit_test(head_cases_hold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
