/* test_source.c - the source from the page's own words (source.c): each
 * cue on an article with no URL, no copyright line and no " | Site"
 * title, and the cases where a cue must not be read as the outlet. */
#include "testlib.h"

#define HEAD "Council approves new budget for the river bridge\n\n"
#define P2                                                                     \
    "The vote followed a long debate in which several members asked for "      \
    "more time to study the costs of the project and its effect on traffic "   \
    "in the old town during the two years of work.\n\n"
#define P3                                                                     \
    "Work is expected to begin in the spring, and the bridge should open "     \
    "to traffic before the end of the following year, officials said on "      \
    "Tuesday evening after the meeting.\n"

static nn_record *norm(const char *text)
{
    return tl_normalize(text, 0, NULL);
}

/* The record's source is want, and a warning says it was guessed. */
static void guessed(const char *text, const char *want)
{
    nn_record *rec = norm(text);
    size_t i;
    int warned = 0;
    assert_non_null(rec->source);
    assert_string_equal(rec->source, want);
    for (i = 0; i < rec->warnings.len; i++)
        warned |= !strncmp(rec->warnings.items[i], "source taken from", 17);
    assert_true(warned);
    nn_record_free(rec);
}

/* The record's source is want, warned of or not (a copyright line's
 * owner is named, not guessed). */
static void named(const char *text, const char *want)
{
    nn_record *rec = norm(text);
    assert_non_null(rec->source);
    assert_string_equal(rec->source, want);
    nn_record_free(rec);
}

static void no_source(const char *text)
{
    nn_record *rec = norm(text);
    assert_null(rec->source);
    nn_record_free(rec);
}

/* "ЯМАЛЬСКИЙ РАЙОН, 17 декабря, ФедералПресс. Жители ...": a place in
 * capitals, the day, the outlet, a full stop; never a weekday there; and
 * a web counter's label atop the page is no outlet. */
static void caps_place_day_and_outlet(void **state)
{
    (void)state;
    guessed(HEAD "RIVERTON COUNTY, 17 March, Riverton Press. The city "
                 "council approved the budget for the new bridge.\n\n" P2 P3,
            "Riverton Press");
    guessed(HEAD "\xD0\xA0\xD0\x98\xD0\x92\xD0\x95\xD0\xA0, 17 "
                 "\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F, "
                 "\xD0\xA0\xD0\xB5\xD1\x87\xD0\xBD\xD0\xBE\xD0\xB9"
                 "\xD0\x9F\xD1\x80\xD0\xB5\xD1\x81\xD1\x81. The city "
                 "council approved the budget.\n\n" P2 P3,
            "\xD0\xA0\xD0\xB5\xD1\x87\xD0\xBD\xD0\xBE\xD0\xB9"
            "\xD0\x9F\xD1\x80\xD0\xB5\xD1\x81\xD1\x81");
    no_source(HEAD "RIVERTON, 5 May, Sunday. The city council approved the "
                   "budget for the new bridge.\n\n" P2 P3);
    no_source(HEAD "Riverton, 5 May, Jane Roe. The city council approved the "
                   "budget for the new bridge.\n\n" P2 P3);
    no_source("Top.Mail.Ru\n" HEAD P2 P3);
    /* a person after the day, the text about her */
    no_source(HEAD "ОМСК, 17 декабря, Ольга Смирнова. Ольга Смирнова "
                   "родилась в Омске.\n\n" P2 P3);
}

static void dateline_agency_in_parentheses(void **state)
{
    (void)state;
    guessed(HEAD "RIVERTON, Jan 31 (Reuters) - The city council approved "
                 "the budget for the new bridge on Monday, after months of "
                 "talks.\n\n" P2 P3,
            "Reuters");
    guessed(HEAD "(KXYZ NEWS) - The city council approved the budget for "
                 "the new bridge on Monday, after months of talks.\n\n" P2 P3,
            "KXYZ NEWS");
    /* a full stop after the bracket, the writer after a comma, the
     * agency's name in quotation marks */
    guessed(HEAD "\xD0\x94\xD1\x83\xD1\x88\xD0\xB0\xD0\xBD\xD0\xB1\xD0"
                 "\xB5, 3 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80"
                 "\xD1\x8F. (RIA \xC2\xAB"
                 "River\xC2\xBB, Saidova). \xE2\x80"
                 "\x94 The city council approved the budget for the new "
                 "bridge on Monday.\n\n" P2 P3,
            "RIA \xC2\xAB"
            "River\xC2\xBB");
    /* initials in capitals closed by a colon, in the Indian press's way;
     * a word in brackets before a colon is no agency */
    guessed(HEAD "Riverton, April 7 (RVN): The city council approved the "
                 "budget for the new bridge on Monday, after months of "
                 "talks.\n\n" P2 P3,
            "RVN");
    no_source(HEAD "Riverton, April 7 (Update): The city council approved "
                   "the budget for the new bridge on Monday, after months "
                   "of talks.\n\n" P2 P3);
    no_source(HEAD "Riverton, April 7 (VIDEO): The city council approved "
                   "the budget for the new bridge on Monday, after months "
                   "of talks.\n\n" P2 P3);
    no_source(HEAD
              "Riverton, April 7 (V\xC3\x8D"
              "DEO): The city council "
              "approved the budget for the new bridge on Monday.\n\n" P2 P3);
    no_source(HEAD
              "Riverton, April 7, 11:40 (IST): The city council "
              "approved the budget for the new bridge on Monday.\n\n" P2 P3);
    no_source(HEAD "Statement from the Food and Drug Administration (FDA): "
                   "the city council approved the budget for the new bridge "
                   "on Monday.\n\n" P2 P3);
}

static void dateline_agency_in_capitals_or_slashes(void **state)
{
    (void)state;
    guessed(HEAD "RIVERTON. CITYWIRE - The city council approved the "
                 "budget for the new bridge on Monday, after months of "
                 "talks.\n\n" P2 P3,
            "CITYWIRE");
    guessed(HEAD "САРАТОВ, 27 октября. /ТАСС/. The city council approved the "
                 "budget for the new bridge on Monday.\n\n" P2 P3,
            "ТАСС");
    guessed(HEAD "/RIVERNEWS/ The city council approved the budget for the "
                 "new bridge on Monday, after months of talks.\n\n" P2 P3,
            "RIVERNEWS");
}

/* The text opens with the outlet's name and a dash: a host, a name with
 * a press word (a place after a comma may follow), one word in camel
 * case, after a date too; a place alone names no outlet. */
static void dateline_opens_with_the_outlets_name(void **state)
{
    (void)state;
#define LEAD                                                                   \
    " - The city council approved the budget for the new bridge "              \
    "on Monday, after months of talks.\n\n" P2 P3
    guessed(HEAD "Riverwatch.id" LEAD, "Riverwatch.id");
    /* the host, a blank and the place in capitals ("Newstara.com
     * NUNUKAN - ...") */
    guessed(HEAD "Riverwatch.id RIVERTON" LEAD, "Riverwatch.id");
    no_source(HEAD "Riverwatch.id CEO Jane Roe said" LEAD);
    /* after a bar, or an "l" typed for one */
    guessed(HEAD "Riverwatch.id l RIVERTON" LEAD, "Riverwatch.id");
    guessed(HEAD "Riverwatch.id | RIVERTON" LEAD, "Riverwatch.id");
    no_source(HEAD "Riverwatch.id l is down" LEAD);
    /* a dash glued to it, a blank and the text ("KLIKKUNINGAN.COM–
     * Masyarakat ..."); not a dash with no blank after it */
    guessed(HEAD "RIVERWATCH.ID\xE2\x80\x93 The city council approved the "
                 "budget on Monday.\n\n" P2 P3,
            "RIVERWATCH.ID");
    no_source(HEAD "Amazon.com\xE2\x80\x93 The online retailer said it "
                   "would cut jobs on Monday.\n\n" P2 P3);
    no_source(HEAD "Riverwatch.id\xE2\x80\x93"
                   "based startups said the "
                   "budget was approved on Monday.\n\n" P2 P3);
    /* a name with a capital inside, a comma and the day ("GagauzNews, 4
     * июл. ..."); a place there names no outlet */
    guessed(HEAD
            "RiverNews, 4 March. The city council approved the budget "
            "for the new bridge on Monday, after months of talks.\n\n" P2 P3,
            "RiverNews");
    no_source(HEAD "JavaScript, 4 May marks twenty-eight years since the "
                   "language was first shown to the public.\n\n" P2 P3);
    no_source(HEAD "KotaBaru, 12 Maret - Harga cabai rawit di pasar "
                   "tradisional naik hingga dua kali lipat.\n\n" P2 P3);
    no_source(HEAD
              "Riverton, 4 March. The city council approved the budget "
              "for the new bridge on Monday, after months of talks.\n\n" P2 P3);
    /* a host the title names is the story's subject */
    no_source("Amazon to cut 9,000 more jobs\n\nAmazon.com : The chief "
              "executive told staff in a memo on Monday that the company would "
              "cut more jobs.\n\n" P2 P3);
    /* the host and a colon ("Mojokertopos.com : Bupati ...") */
    guessed(HEAD "Riverwatch.id : The city council approved the budget for "
                 "the new bridge on Monday, after months of talks.\n\n" P2 P3,
            "Riverwatch.id");
    guessed(HEAD "HARIAN SUNGAI" LEAD, "HARIAN SUNGAI");
    guessed(HEAD "SUARA KOTA, RIVERTON" LEAD, "SUARA KOTA");
    guessed(HEAD "RiverNet" LEAD, "RiverNet");
    guessed(HEAD "TNews, RIVERTON" LEAD, "TNews");
    guessed(HEAD "12 \xD0\xBC\xD0\xB0\xD1\x8F. Riverwire.ru" LEAD,
            "Riverwire.ru");
    no_source(HEAD "RIVERTON" LEAD);
    no_source(HEAD "NEW RIVERTON, OHIO" LEAD);
    no_source(HEAD "McALLEN" LEAD);
#undef LEAD
}

/* A paper's masthead among the page's first lines names the source: its
 * name with a paper's word, or a name and what it is after a dash; a
 * menu's or a section's label does not, nor a masthead further down. */
static void masthead_at_the_top(void **state)
{
    (void)state;
    guessed("Agencia Informativa Rio Noticias\n\n" HEAD P2 P3,
            "Agencia Informativa Rio Noticias");
    guessed("Rivertown Herald\n" HEAD P2 P3, "Rivertown Herald");
    guessed("Rivertown Daily Times\n" HEAD P2 P3, "Rivertown Daily Times");
    guessed("Daily Times\n" HEAD P2 P3, "Daily Times");
    guessed("\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0 - \xD0\x93\xD0\xB0"
            "\xD0\xB7\xD0\xB5\xD1\x82\xD0\xB0 \xD1\x80\xD0\xB0\xD0"
            "\xB9\xD0\xBE\xD0\xBD\xD0\xB0\n" HEAD P2 P3,
            "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0"); /* "Река - Газета района" */
    /* the site's name and a section of news over a dash */
    named("Riverton Gazette \xE2\x80\x93 Riverton News\n\n" HEAD P2 P3,
          "Riverton Gazette");
    named("\xD0\x9E\xD0\xB3\xD0\xBD\xD0\xB8 \xD0\x9A\xD1\x83\xD0\xB1"
          "\xD0\xB0\xD0\xBD\xD0\xB8 \xE2\x80\x93 \xD0\x9D\xD0\xBE\xD0\xB2"
          "\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\x9A\xD1\x80\xD0\xBE\xD0"
          "\xBF\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB8\xD0\xBD\xD0\xB0\n\n" HEAD P2 P3,
          "\xD0\x9E\xD0\xB3\xD0\xBD\xD0\xB8 \xD0\x9A\xD1\x83\xD0\xB1\xD0"
          "\xB0\xD0\xBD\xD0\xB8"); /* "Огни Кубани – Новости Кропоткина" */
    no_source("Good news - all roads open\n\n" HEAD P2 P3);
    no_source("US News\n" HEAD P2 P3);
    /* "Info" and "Today" end a paper's name after an article ("Le Kiosque
     * Info"), menus' labels without one ("Traffic Info", "Weather Today") */
    guessed("Le Kiosque Info\n" HEAD P2 P3, "Le Kiosque Info");
    guessed("Grenada Informer\n" HEAD P2 P3, "Grenada Informer");
    no_source("Traffic Info\n" HEAD P2 P3);
    no_source("Weather Today\n" HEAD P2 P3);
    no_source("Home | Sports | NBA | Lakers\n\n" HEAD P2 P3); /* a crumb */
    no_source("Noticias Noticias Locales\n" HEAD P2 P3);
    no_source(HEAD P2 "Ultime Notizie\n\n" P3);
}

/* On an Indonesian page the dateline puts the outlet after the place,
 * both in capitals; on an English one "PLACE, STATE -" names none. */
static void indonesian_dateline_names_the_outlet(void **state)
{
    (void)state;
    guessed("Warga Desa Sungai Baru Gelar Kerja Bakti Bersihkan Saluran "
            "Air\n\nKOTABARU, SUARASUNGAI \xE2\x80\x93 Warga desa Sungai "
            "Baru menggelar kerja bakti untuk membersihkan saluran air yang "
            "tersumbat sampah pada hari Minggu pagi.\n\nKepala desa "
            "mengatakan kegiatan ini dilakukan agar air hujan tidak lagi "
            "menggenangi rumah warga dan jalan desa yang sering dilalui oleh "
            "anak sekolah.\n\nMenurut dia, warga juga sepakat untuk tidak "
            "membuang sampah ke sungai dan akan menyiapkan tempat sampah di "
            "setiap rumah mulai bulan depan.\n",
            "SUARASUNGAI");
    /* an outlet's name written as one word with a capital inside */
    guessed(
        "Warga Desa Sungai Baru Gelar Kerja Bakti\n\nGresik, InfoPublik - "
        "Warga desa Sungai Baru menggelar kerja bakti untuk membersihkan "
        "saluran air yang tersumbat sampah pada hari Minggu pagi.\n\n" P2 P3,
        "InfoPublik");
    no_source(
        "Warga Desa Sungai Baru Gelar Kerja Bakti\n\nJAKARTA, Senin - "
        "Warga desa Sungai Baru menggelar kerja bakti untuk membersihkan "
        "saluran air yang tersumbat sampah pada hari Minggu pagi.\n\n" P2 P3);
    no_source(HEAD "Riverton, McDonald - The city council approved the "
                   "budget for the new bridge on Monday.\n\n" P2 P3);
    no_source(HEAD
              "RIVERTON, OHIO - The city council approved the budget "
              "for the new bridge on Monday, after months of talks.\n\n" P2 P3);
}

static void a_parenthesis_without_a_dash_is_no_dateline(void **state)
{
    (void)state;
    no_source(HEAD "The city council (the town's elected body) approved the "
                   "budget for the new bridge on Monday.\n\n" P2 P3);
    /* under a standfirst, a dateline still names the station; a name's
     * party is no dateline */
    guessed(HEAD "The vote came after a long debate about costs.\n\n"
                 "RIVERTON, Ore. (KXYZ) -- The city council approved the "
                 "budget on Monday.\n\n" P2 P3,
            "KXYZ");
    no_source(HEAD "The vote came after a long debate about costs.\n\n"
                   "Senator Jane Roe (D) - who voted no - said the costs "
                   "were too high.\n\n" P2 P3);
}

/* A station's name in brackets opening a later paragraph, no place
 * before it, is a dateline; a note's one word ("(Video)") is none. */
static void later_dateline_without_place(void **state)
{
    (void)state;
    guessed(HEAD "The vote came after a long debate about costs.\n\n"
                 "(KXYZ 6 News) \xE2\x80\x93 The city council approved the "
                 "budget on Monday.\n\n" P2 P3,
            "KXYZ 6 News");
    no_source(HEAD "The vote came after a long debate about costs.\n\n"
                   "(Video) \xE2\x80\x93 The city council approved the "
                   "budget on Monday.\n\n" P2 P3);
}

static void lead_attribution_in_ukrainian(void **state)
{
    (void)state;
    /* "..., повідомляє Рівне Ньюз із посиланням на поліцію." */
    guessed("\xD0\x9D\xD0\xB0 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD1\x96 "
            "\xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8F "
            "\xD0\xB0\xD0\xB2\xD0\xB0\xD1\x80\xD1\x96\xD1\x8F\n\n"
            "\xD0\x92 \xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80 "
            "\xD0\xBD\xD0\xB0 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD1\x96 "
            "\xD0\xB7\xD1\x96\xD1\x82\xD0\xBA\xD0\xBD\xD1\x83\xD0\xBB\xD0"
            "\xB8\xD1\x81\xD1\x8F \xD0\xB4\xD0\xB2\xD0\xB0 \xD0\xB0\xD0\xB2"
            "\xD1\x82\xD0\xBE, \xD0\xBF\xD0\xBE\xD0\xB2\xD1\x96\xD0\xB4\xD0"
            "\xBE\xD0\xBC\xD0\xBB\xD1\x8F\xD1\x94 \xD0\xA0\xD1\x96\xD0\xB2"
            "\xD0\xBD\xD0\xB5 \xD0\x9D\xD1\x8C\xD1\x8E\xD0\xB7 \xD1\x96\xD0"
            "\xB7 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xB8\xD0\xBB\xD0\xB0\xD0\xBD"
            "\xD0\xBD\xD1\x8F\xD0\xBC \xD0\xBD\xD0\xB0 \xD0\xBF\xD0\xBE\xD0"
            "\xBB\xD1\x96\xD1\x86\xD1\x96\xD1\x8E.\n",
            "\xD0\xA0\xD1\x96\xD0\xB2\xD0\xBD\xD0\xB5 \xD0\x9D\xD1\x8C\xD1\x8E"
            "\xD0\xB7");
}

static void byline_of_no_person(void **state)
{
    (void)state;
    guessed(HEAD "Par Actu17\n\n" P2 P3, "Actu17");
    guessed(HEAD "Por RVT News\n\n" P2 P3, "RVT News");
    guessed(HEAD "By K8 Newsdesk\n\n" P2 P3, "K8");
    guessed(HEAD "By Alabama News Network Staff\n\n" P2 P3,
            "Alabama News Network");
    /* with the time and the date after a slash */
    guessed(HEAD
            "By Bohol Island News Staff/09:50 PM August 24, 2019\n\n" P2 P3,
            "Bohol Island News");
    no_source(HEAD "By Jane Roe/Reuters\n\n" P2 P3);
    no_source(HEAD "By Jane Roe\n\n" P2 P3);
    no_source(HEAD "By the Associated Press and staff\n\n" P2 P3);
    /* one word and a wire: the newsroom that rewrote the wire's copy */
    guessed(HEAD "Par Rivernews avec AFP\n\n" P2 P3, "Rivernews");
    no_source(HEAD "By Jane Roe with AP\n\n" P2 P3);
    no_source(HEAD "By Rivernews with Jane Roe\n\n" P2 P3);
    /* the newsroom's byline going on with the date */
    guessed(HEAD "Von N\xC3\x96N Redaktion. Erstellt am 30. September 2020 "
                 "(04:38)\n\n" P2 P3,
            "N\xC3\x96N");
    no_source(HEAD "Von Jane Roe. Erstellt am 30. September 2020\n\n" P2 P3);
}

/* A page that names itself where a person would stand: the site's
 * account signing as itself, a photo credit's paper in capitals before
 * the caption, an appeal to follow it on a messenger, its host glued
 * into the dateline with commas. */
static void site_names_itself(void **state)
{
    (void)state;
    guessed(HEAD "Jornal Riverside por Jornal Riverside\n\n" P2 P3,
            "Jornal Riverside");
    /* the site icon's alternative text, printed first by a theme */
    named("Icono del sitio Riverside News\n\n" HEAD P2 P3, "Riverside News");
    no_source(HEAD "Ana Lima por Jorge Lima\n\n" P2 P3);
    no_source(HEAD "Carlos Mendes por Carlos Mendes\n\n" P2 P3);
    no_source(HEAD "By Sports Staff. Updated March 5, 2024\n\n" P2 P3);
    no_source(HEAD "Von Online Redaktion. Aktualisiert am 5. M\xC3\xA4rz "
                   "2024\n\n" P2 P3);
    guessed(HEAD "Cr\xC3\xA9\x64ito: Jane Roe / EL DIARIO DEL RIO The village "
                 "is part of the district.\n\n" P2 P3,
            "EL DIARIO DEL RIO");
    guessed(HEAD P2 "\xC3\x9Anete al canal de WhatsApp de El Diario\n\n" P3,
            "El Diario");
    no_source(HEAD P2 "Join our WhatsApp channel for more news\n\n" P3);
    guessed(HEAD P2 "Join the Telegram channel of The Riverside Daily\n\n" P3,
            "The Riverside Daily");
    /* (a place after the app's name and more words: not the site) */
    no_source(HEAD P2 "\xC3\x9Anete al canal de WhatsApp de noticias de "
                      "Puebla\n\n" P3);
    no_source(HEAD P2 "Join our WhatsApp channel for the latest news of "
                      "Kerala\n\n" P3);
    /* the copyright line with Italy's notice before the sign */
    named(HEAD P2 P3 "\nRiproduzione riservata \xC2\xA9 Il Corriere del "
                     "Fiume\n",
          "Il Corriere del Fiume");
    /* a paper's name printed twice above the text, as its logo is */
    guessed("Home\nPolitics\nEconomy\nSports\nJornal Ribeira\nSearch\n"
            "Jornal Ribeira\n\n" HEAD P2 P3,
            "Jornal Ribeira");
    no_source("Home\nPolitics\nSports\nSearch\nPolitics\n\n" HEAD P2 P3);
    guessed(HEAD "Kupang,rivernews.com,The council voted on Tuesday to "
                 "approve the plan for the bridge.\n\n" P2 P3,
            "rivernews.com");
    /* the logo's alternative text; not a part of the page's */
    guessed("Riverside Chronicle Logo\nLocal News\n" HEAD P2 P3,
            "Riverside Chronicle");
    no_source("Footer Logo\nLocal News\n" HEAD P2 P3);
    guessed("logo Riverside-Chronicle\nLocal News\n" HEAD P2 P3,
            "Riverside-Chronicle");
    /* lower down, a partner's or an app's */
    no_source("Home\nLocal News\nSports\nlogo Google Play\n" HEAD P2 P3);
    /* a credit: a host and its section's path; a label with no colon */
    guessed(HEAD P2 P3 "Fornecido por: ( Rivernews.co.mz/nacional )\n",
            "Rivernews.co.mz");
    guessed(HEAD P2 "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE \xD0\x98\xD0\xB2\xD0\xB0"
                    "\xD0\xBD\xD0\xB0 \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE"
                    "\xD0\xB2\xD0\xB0/\xD0\xA0\xD0\x95\xD0\xA7\xD0\x9D"
                    "\xD0\x98\xD0\x9A\n\n" P3,
            "\xD0\xA0\xD0\x95\xD0\xA7\xD0\x9D\xD0\x98\xD0\x9A"); /* РЕЧНИК */
    no_source(HEAD P2 "Photo John Smith/Reuters\n\n" P3);
    /* a masthead of a paper's word: "Infos" */
    guessed("Riverside Infos\n" HEAD P2 P3, "Riverside Infos");
}

static void byline_names_author_and_outlet(void **state)
{
    /* under a standfirst, in Portuguese: the author, and the outlet as the
     * source (a name the page gives, so no guess is warned of) */
    nn_record *rec =
        norm("Council approves new budget for the river bridge\n\n"
             "The vote came after a long debate about costs and traffic.\n\n"
             "Por Vitor Santana, River Daily.\n\n" P2 P3);
    (void)state;
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "Vitor Santana");
    assert_string_equal(rec->source, "River Daily");
    assert_null(strstr(rec->body, "Por Vitor"));
    nn_record_free(rec);
    /* the text's and the pictures' writer ("Text & Pics By P.H.P.
     * Perera") */
    rec = norm("Council approves new budget for the river bridge\n\n"
               "Text & Pics By P.H.P. Perera\n\n" P2 P3);
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "P.H.P. Perera");
    nn_record_free(rec);
    /* with a colon after the word ("Por: Alba Luz Mu\xC3\xB1iz Cardona") */
    rec = norm("Council approves new budget for the river bridge\n\n"
               "Por: Alba Luz Mu\xC3\xB1iz Cardona\n\n" P2 P3);
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "Alba Luz Mu\xC3\xB1iz Cardona");
    nn_record_free(rec);
    /* in English, the site's address after the name */
    rec = norm("Council approves new budget for the river bridge\n\n"
               "By LeighAnne Roe, River9.com\n\n" P2 P3);
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "LeighAnne Roe");
    assert_string_equal(rec->source, "River9.com");
    assert_null(strstr(rec->body, "River9"));
    nn_record_free(rec);
}

static void labelled_reporters_split_on_slash(void **state)
{
    /* "Pewarta | : A/B": an Indonesian reporter label, two names */
    nn_record *rec =
        norm("Council approves new budget for the river bridge\n\n"
             "Pewarta | : Abdul Hakim/Hanif Nashrullah |\n\n" P2 P3);
    (void)state;
    assert_int_equal(rec->authors.len, 2);
    assert_string_equal(rec->authors.items[0], "Abdul Hakim");
    assert_string_equal(rec->authors.items[1], "Hanif Nashrullah");
    assert_null(strstr(rec->body, "Pewarta"));
    nn_record_free(rec);
    /* a rank's abbreviations before the name are no part of it */
    rec = norm("Council approves new budget for the river bridge\n\n"
               "Autor: sierż. szt. Monika Michalczyk\n\n" P2 P3);
    assert_int_equal(rec->authors.len, 1);
    assert_string_equal(rec->authors.items[0], "Monika Michalczyk");
    nn_record_free(rec);
}

static void photo_credit_names_the_outlet(void **state)
{
    (void)state;
    guessed(HEAD "The bridge seen from the east bank (Photo: Jane Roe/River "
                 "Daily)\n\n" P2 P3,
            "River Daily");
    guessed(HEAD
            "The bridge seen from the east bank (foto: RiverNews)\n\n" P2 P3,
            "RiverNews");
    /* the outlet's own archive: a name no person bears after the word */
    guessed(HEAD "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:\xD0\x90\xD1\x80\xD1"
                 "\x85\xD0\xB8\xD0\xB2 River-Daily\n\n" P2 P3,
            "River-Daily");
    no_source(HEAD "Foto: Archiv Meier\n\n" P2 P3);
    no_source(HEAD "Foto: Archiv Familie Schmidt\n\n" P2 P3);
}

static void photo_credit_of_a_person_agency_or_site_is_not(void **state)
{
    (void)state;
    no_source(HEAD
              "The bridge seen from the east bank (Photo: Jane Roe)\n\n" P2 P3);
    no_source(HEAD "The bridge seen from the east bank (Photo: John Doe/AFP)"
                   "\n\n" P2 P3);
    no_source(HEAD "The bridge seen from the east bank (Photo: "
                   "pictures.example)\n\n" P2 P3);
    /* "courtesy" in Indonesian, and "supplied": no outlet's name */
    no_source(HEAD
              "The bridge seen from the east bank.(foto/istimewa)\n\n" P2 P3);
    no_source(HEAD
              "The bridge seen from the east bank (Photo: Supplied)\n\n" P2 P3);
    /* an editor's initials under the text ("(dpe/dte)") */
    no_source(HEAD P2 P3 "(dpe/dte)\n");
    /* a wire agency's picture, its name alone after the label */
    no_source(HEAD "The bridge seen from the east bank. Photo: AAP\n\n" P2 P3);
}

/* The page's title "Headline - Site" over the headline printed alone:
 * the site is the source, the headline the title. */
static void title_suffix_over_the_bare_headline(void **state)
{
    nn_record *rec =
        norm("Council approves new budget for the river bridge "
             "- River Gazette\n\nHome | Local | Sports\n\n" HEAD P2 P3);
    (void)state;
    assert_string_equal(rec->title,
                        "Council approves new budget for the river bridge");
    assert_non_null(rec->source);
    assert_string_equal(rec->source, "River Gazette");
    nn_record_free(rec);
}

static void host_in_the_chrome(void **state)
{
    (void)state;
    guessed(HEAD P2 P3 "\nFollow all the news of RiverTimes.com\n",
            "RiverTimes.com");
    /* a place and the host parted by a bar under the headline */
    guessed("Council approves the bridge plan\nRiverton|rivertimes.com\n" P2 P3,
            "rivertimes.com");
    /* a full stop right after the host ends its sentence (a newsletter
     * box's, chrome) */
    guessed(HEAD P2 P3 "\nThanks for your interest in RiverTimes.at. Stay up "
                       "to date with our newsletter.\n",
            "RiverTimes.at");
}

static void menus_files_and_networks_are_no_host(void **state)
{
    (void)state;
    no_source(HEAD P2 P3 "\nRiver Times City Guide RiverTimes.com\n");
    no_source(HEAD P2 P3 "\nLoading player.js\n");
    no_source(HEAD P2 P3 "\nFollow us on facebook.com\n");
}

/* Datelines of a place and a host, or of an outlet and a place; "as we
 * wrote" in Russian names the outlet anywhere in the text. */
static void dateline_outlets_and_as_we_wrote(void **state)
{
    (void)state;
    guessed(HEAD "RIVERTON, rivernews.com - The city council approved the "
                 "budget for the new bridge on Monday.\n\n" P2 P3,
            "rivernews.com");
    guessed(HEAD "RIVER Interaktif, Riverton -The city council approved the "
                 "budget for the new bridge on Monday.\n\n" P2 P3,
            "RIVER Interaktif");
    /* "Как писала «Река24», ..." in the fourth paragraph */
    guessed(HEAD P2 P3
            "\n" P2 "\xD0\x9A\xD0\xB0\xD0\xBA \xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0"
            "\xD0\xBB\xD0\xB0 \xC2\xAB\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0"
            "24"
            "\xC2\xBB, the bridge was closed in May.\n",
            "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xB0"
            "24");
    guessed(HEAD "RIVER-ID - Riverton - The city council approved the "
                 "budget for the new bridge on Monday.\n\n" P2 P3,
            "RIVER-ID");
    /* a place and a host glued to its dash, alone on its line: the
     * host, and no headline */
    {
        nn_record *rec = norm("Riverton | RiverNews.com-\n\n" P2 P3);
        assert_non_null(rec->source);
        assert_string_equal(rec->source, "RiverNews.com");
        assert_true(!rec->title || strcmp(rec->title, "Riverton | "
                                                      "RiverNews.com-"));
        nn_record_free(rec);
    }
    /* a newsroom someone told; never a wire agency */
    guessed(HEAD P2 "A spokesperson told Riverton 3 News the bridge would "
                    "reopen in May.\n",
            "Riverton 3 News");
    no_source(HEAD P2 "A spokesperson told The Associated Press the bridge "
                      "would reopen in May.\n");
    /* a press office's signature under the release */
    guessed(HEAD P2 P3 "\nENDS.\n\nJane Roe/Riverton Police\n",
            "Riverton Police");
    /* "© Tous droits réservés" names no owner */
    no_source(HEAD P2 P3 "\n\xC2\xA9 Tous droits r\xC3\xA9serv\xC3\xA9s\n");
    /* a capitalized place, then the host */
    guessed(HEAD "Riverton, RiverNews.in \xE2\x80\x94 The city council "
                 "approved the budget for the new bridge.\n\n" P2 P3,
            "RiverNews.in");
    /* a place and a date: no outlet */
    no_source(HEAD "RIVERTON, Monday - The city council approved the budget "
                   "for the new bridge.\n\n" P2 P3);
    /* "© RIPRODUZIONE RISERVATA" names no owner; the next line does,
     * before its sign */
    named(HEAD P2 P3 "\n\xC2\xA9 RIPRODUZIONE RISERVATA DI TESTI, FOTO E "
                     "VIDEO\nCopyright Riverton Daily \xC2\xA9 2012 Tutti i "
                     "diritti riservati\n",
          "Riverton Daily");
    /* the day the site opened before its year: still its owner */
    named(HEAD P2 P3 "\n\xC2\xA9 5 May\xC4\xB1s 2013 Riverton Ajans\n",
          "Riverton Ajans");
}

/* "Copyright Empresa Riverton S/A. Todos os direitos reservados.": the
 * owner before the notice. */
static void owner_before_the_notice(void **state)
{
    (void)state;
    named(HEAD P2 P3
          "\nCopyright Empresa Riverton S/A. Todos os direitos "
          "reservados. \xC3\x89 proibida a reprodu\xC3\xA7\xC3\xA3o.\n",
          "Empresa Riverton S/A");
}

/* A station's call sign in its dateline names the station; its
 * copyright line names the group that owns it. */
static void station_before_its_owner(void **state)
{
    (void)state;
    named(HEAD "RIVERTON, Pa. (WXYZ) \xE2\x80\x94 The city council approved "
               "the budget for the new bridge on Monday.\n\n" P2 P3
               "\nCopyright 2019 Example Broadcasting, Inc. All rights "
               "reserved.\n",
          "WXYZ");
    /* a wire agency's dateline leaves the owner the source */
    named(HEAD "RIVERTON, Pa. (AP) \xE2\x80\x94 The city council approved "
               "the budget for the new bridge on Monday.\n\n" P2 P3
               "\nCopyright 2019 Example Broadcasting, Inc. All rights "
               "reserved.\n",
          "Example Broadcasting");
}

/* A newsroom's address alone on a line of chrome names the site by its
 * host; an address of another box or of a mail service does not. */
static void newsroom_address(void **state)
{
    (void)state;
    guessed(HEAD P2 P3 "\nredazione@riverton-news.it\n", "riverton-news.it");
    guessed(HEAD P2 P3 "\nE-mail: redaktion@rivertongazette.com\n",
            "rivertongazette.com");
    no_source(HEAD P2 P3 "\ninfo@riverton-news.it\n");
    no_source(HEAD P2 P3 "\nredazione@gmail.com\n");
    /* a company's or a town's press desk, a mail service */
    no_source(HEAD P2 P3 "\nnews@acmerobotics.com\n");
    no_source(HEAD P2 P3 "\nE-mail: newsroom@greenpeace.org\n");
    no_source(HEAD P2 P3 "\nCourriel : nouvelles@granby.ca\n");
    no_source(HEAD P2 P3 "\nredaktion@gmx.de\n");
    /* one field of a contact line among others, between bars */
    guessed(HEAD P2 P3 "\nDirector: Ana Ruiz | Contacto: "
                       "administracion@rivertonvoz.com | Notas: "
                       "redaccion@rivertonvoz.com | Tel\xC3\xA9"
                       "fono: +54 376 4 809060\n",
            "rivertonvoz.com");
    no_source(HEAD P2 P3 "\nDirector: Ana Ruiz | Contacto: "
                         "administracion@rivertonvoz.com | Tel\xC3\xA9"
                         "fono: +54 376 4 809060\n");
    /* (in a sentence, an address is a reader's to write to) */
    no_source(HEAD P2 P3 "\nReaders can write to the editors at "
                         "redaccion@rivertonvoz.com with their questions "
                         "about the works.\n");
}

/* The site's host after the place in capitals, in the dateline of the
 * second paragraph under a standfirst; a station named after "told". */
static void later_host_dateline_and_a_station_told(void **state)
{
    (void)state;
    guessed(HEAD "The council approved the budget for the bridge on "
                 "Monday evening after a long debate.\n\nRIVERTON, "
                 "rivertonnews.net \xE2\x80\x93 " P2 P3,
            "rivertonnews.net");
    /* a place and a date, no host */
    no_source(HEAD "The council approved the budget for the bridge on "
                   "Monday evening after a long debate.\n\nRIVERTON, "
                   "Monday \xE2\x80\x93 " P2 P3);
    guessed(HEAD P2 "The mayor also told Radio Riverton that the bridge "
                    "would reopen in May.\n",
            "Radio Riverton");
    /* "told Radio" and no name: nothing */
    no_source(HEAD P2 "The mayor also told Radio listeners that the bridge "
                      "would reopen in May.\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dateline_agency_in_parentheses),
        cmocka_unit_test(dateline_agency_in_capitals_or_slashes),
        cmocka_unit_test(dateline_opens_with_the_outlets_name),
        cmocka_unit_test(masthead_at_the_top),
        cmocka_unit_test(indonesian_dateline_names_the_outlet),
        cmocka_unit_test(a_parenthesis_without_a_dash_is_no_dateline),
        cmocka_unit_test(later_dateline_without_place),
        cmocka_unit_test(lead_attribution_in_ukrainian),
        cmocka_unit_test(byline_of_no_person),
        cmocka_unit_test(byline_names_author_and_outlet),
        cmocka_unit_test(labelled_reporters_split_on_slash),
        cmocka_unit_test(photo_credit_names_the_outlet),
        cmocka_unit_test(photo_credit_of_a_person_agency_or_site_is_not),
        cmocka_unit_test(title_suffix_over_the_bare_headline),
        cmocka_unit_test(host_in_the_chrome),
        cmocka_unit_test(menus_files_and_networks_are_no_host),
        cmocka_unit_test(dateline_outlets_and_as_we_wrote),
        cmocka_unit_test(station_before_its_owner),
        cmocka_unit_test(owner_before_the_notice),
        cmocka_unit_test(caps_place_day_and_outlet),
        cmocka_unit_test(site_names_itself),
        cmocka_unit_test(newsroom_address),
        cmocka_unit_test(later_host_dateline_and_a_station_told),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
