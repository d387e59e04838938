/* page_title_shape.c - what a headline looks like on a page copied as
 * text: a line of words, not a menu, a breadcrumb, a banner, a list of
 * domains, a date, a caption or a quotation with its attribution; asked
 * by page_headline.c of each candidate and by the line rules
 * (nn_page_title_shape). */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"
#include "url.h"

#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

static int attributed_quote(const char *s, size_t n);

/* A breadcrumb ("Accueil / A la Une / ...", "Home > World > ..."): two
 * or more of one separator. */
int nn_pg_breadcrumb(const char *s, size_t n)
{
    static const char *const seps[] = {" / ",        " > ",
                                       " \xC2\xBB ", " \xE2\x80\xBA ",
                                       " | ",        NULL};
    size_t count[5] = {0}, k;
    const char *p = s, *end = s + n;
    /* every separator starts with a space: look only there */
    while ((p = memchr(p, ' ', (size_t)(end - p))) != NULL) {
        unsigned char c = end - p >= 2 ? (unsigned char)p[1] : 0;
        /* most spaces stand before a word: no separator's second byte */
        if (c != '/' && c != '>' && c != 0xC2 && c != 0xE2 && c != '|') {
            p++;
            continue;
        }
        for (k = 0; seps[k]; k++) {
            size_t sl;
            if (p[1] != seps[k][1])
                continue; /* (before strlen) */
            sl = strlen(seps[k]);
            if ((size_t)(end - p) >= sl && !memcmp(p, seps[k], sl) &&
                ++count[k] >= 2)
                return 1;
        }
        p++;
    }
    return 0;
}

int nn_page_title_shape(const char *s, size_t n, size_t min_words)
{
    block b;
    memset(&b, 0, sizeof b);
    b.first = SIZE_MAX; /* (a line of no known place: not atop the page) */
    nn_pg_count_words(-1, s, n, &b.words, NULL);
    if (b.words < min_words)
        return 0;
    if (b.words < 3)
        b.words = 3; /* the caller allows short titles */
    return nn_pg_title_shape(&b, s, n);
}

/* Site names ("Охотники.ру WomanHit.ru"): tokens with a dot between
 * letters, two letters at least after it ("p.m." is no site).  Two or
 * more make a line of links to sister sites. */
static size_t domains(const char *s, size_t n)
{
    size_t i, k, c = 0;
    const char *dot;
    for (i = 1; i + 1 < n; i++) {
        /* only a dot starts one: go to the next */
        if (!(dot = memchr(s + i, '.', n - 1 - i)))
            break;
        i = (size_t)(dot - s);
        if (s[i - 1] == ' ' || s[i - 1] == '.' ||
            (s[i - 1] >= '0' && s[i - 1] <= '9') ||
            (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
            continue;
        for (k = i + 1; k < n && ((s[k] >= 'a' && s[k] <= 'z') ||
                                  (unsigned char)s[k] >= 0x80);
             k++)
            ;
        c += k - i > 2; /* (an ellipsis, a space, a digit: no letters) */
    }
    return c;
}

/* A link's arrow at the end ("Szczepienia przeciwko COVID-19 >", "Read
 * on »"): a menu's or a teaser's link, never a headline; but a "»" that
 * closes a "«" is a quotation mark ("... في «الشرقية»"). */
static int link_arrow(const char *s, size_t n)
{
    return (n >= 2 && s[n - 1] == '>' && s[n - 2] == ' ') ||
           (n >= 2 && !memcmp(s + n - 2, "\xC2\xBB", 2) &&      /* » */
            !nn_has(s, n - 2, "\xC2\xAB", 2)) ||                /* « */
           (n >= 3 && (!memcmp(s + n - 3, "\xE2\x80\xBA", 3) || /* › */
                       !memcmp(s + n - 3, "\xE2\x86\x92", 3))); /* → */
}

/* A "read more" link's label, in the languages of world news, and its
 * length (measured at compile time: every block's end is compared). */
#define MORE(lit)                                                              \
    {                                                                          \
        lit, sizeof(lit) - 1                                                   \
    }
static const struct {
    const char *s;
    size_t len;
} read_more[] = {
    MORE("read more"),
    MORE("learn more"),
    MORE("continue reading"),
    MORE("leer m\xC3\xA1s"),
    MORE("lire la suite"),
    MORE("weiterlesen"),
    MORE("mehr lesen"),
    MORE("leia mais"),
    MORE("saiba mais"),
    MORE("selengkapnya"),
    MORE("devam\xC4\xB1n\xC4\xB1 oku"),
    MORE("devam\xC4\xB1n\xC4\xB1 okuyunuz"),
    MORE("continua a leggere"),
    MORE("читать далее"),
};
#undef MORE

/* The length of the "read more" label that ends s (n bytes), or 0. */
static size_t read_more_at_end(const char *s, size_t n)
{
    size_t k;
    for (k = 0; k < NN_COUNT(read_more); k++) {
        size_t len = read_more[k].len;
        char c = n >= len ? s[n - len] : 0;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c == read_more[k].s[0] && /* (its first byte, at once) */
            nn_starts_ci(s + n - len, len, read_more[k].s))
            return len;
    }
    return 0;
}

/* A teaser's or banner's "Read more" at a line's end ("... is it time to
 * sell? 🤔Read more"), or an ad network's label: no headline. */
static int banner(const char *s, size_t n)
{
    size_t ml = read_more_at_end(s, n);
    return (ml && ml < n) || nn_find(s, n, "by Google", 9) != NULL;
}

int nn_pg_read_more_cut(const char *s, size_t n)
{
    size_t ml, k, after = 0;
    /* its dots, arrow or full stop after it ("weiterlesen…", "devamını
     * okuyunuz.", "Read more »") */
    for (;;) {
        if (n && (s[n - 1] == '.' || s[n - 1] == ' ' || s[n - 1] == '>'))
            n--, after++;
        else if (n >= 3 && (!memcmp(s + n - 3, "\xE2\x80\xA6", 3) || /* … */
                            !memcmp(s + n - 3, "\xE2\x86\x92", 3)))  /* → */
            n -= 3, after += 3;
        else if (n >= 2 && !memcmp(s + n - 2, "\xC2\xBB", 2)) /* » */
            n -= 2, after += 2;
        else
            break;
    }
    if (!(ml = read_more_at_end(s, n)) || ml == n ||
        nn_starts_ci(s + n - ml, ml, "learn more") ||
        nn_starts_ci(s + n - ml, ml, "saiba mais"))
        return 0; /* (a call to learn more is no cut story's link) */
    k = n - ml;   /* the label's start: after a blank or the cut's dots */
    if (s[k - 1] != ' ' && s[k - 1] != '.' &&
        !(k >= 3 && !memcmp(s + k - 3, "\xE2\x80\xA6", 3)))
        return 0;
    while (k && s[k - 1] == ' ')
        k--;
    /* the text cut short: dots before the label, or after it */
    return (k >= 3 && (!memcmp(s + k - 3, "...", 3) ||
                       !memcmp(s + k - 3, "\xE2\x80\xA6", 3))) ||
           (after >= 3 && (!memcmp(s + n + after - 3, "...", 3) ||
                           !memcmp(s + n + after - 3, "\xE2\x80\xA6", 3)));
}

/* A widget's label over a list of stories ("Top 5 This Week", "Top 10
 * Stories"): no headline. */
static int top_list(const char *s, size_t n)
{
    return n > 5 && (s[0] | 0x20) == 't' && (s[1] | 0x20) == 'o' &&
           (s[2] | 0x20) == 'p' && s[3] == ' ' && s[4] >= '0' && s[4] <= '9';
}

/* A caption's credit in brackets at the end, the site's host and the
 * photographer or "courtesy" after a slash ("Bupati Hendy memberikan
 * sambutan (beritalima.com/istimewa)"): a picture's, never a headline's
 * end. */
static int host_credit(const char *s, size_t n)
{
    size_t i, slash = 0, dot = 0;
    if (n < 8 || s[n - 1] != ')')
        return 0;
    for (i = n - 1; i-- > 0 && n - i <= 60 && s[i] != '(';)
        if (s[i] == '/')
            slash = i;
    if (i == (size_t)-1 || s[i] != '(' || !slash || slash + 2 >= n)
        return 0;
    for (i++; i < slash && s[i] != ' '; i++)
        if (s[i] == '.')
            dot = i;
    /* a host: no blank, a dot and two letters or more after it */
    return i == slash && dot && slash - dot > 2 &&
           ((s[dot + 1] | 0x20) >= 'a' && (s[dot + 1] | 0x20) <= 'z');
}

/* A line that opens with a date and goes on in lower case ("12. Mai
 * 2024 von Hamburg Hauptbahnhof", "5 March 2024 by Jane Doe"): a date
 * line with its byline or place, not a headline ("2 May 2024: Council
 * ..." is one). */
static int dated_byline(const char *s, size_t n)
{
    nn_date_hit hit;
    size_t e;
    if (!n || s[0] < '0' || s[0] > '9' ||
        nn_date_find(s, n < 80 ? n : 80, &hit, 1) <= 0 || hit.start ||
        !hit.iso[0])
        return 0;
    for (e = hit.end; e < n && (s[e] == ' ' || s[e] == ','); e++)
        ;
    return e < n && s[e] >= 'a' && s[e] <= 'z';
}

#define BYLINE_NAME_WORDS 4 /* words of a byline's name alone */

/* A byline alone ("Por O Dia", "By Jane Doe", "Oleh Ahmad Riyadi", "Von:
 * Stefan Wieczorek", "Escrito por Janet Hernández Cruz"): the byline's
 * word, then a name of capitalized words; not "Por que ...", "By the
 * numbers: ...". */
int nn_pg_byline_alone(const char *s, size_t n)
{
    static const char *const bys[] = {"By ",           "Por ",
                                      "Par ",          "Von ",
                                      "Oleh ",         "Door ",
                                      "By: ",          "Por: ",
                                      "Par: ",         "Von: ",
                                      "Oleh: ",        "Door: ",
                                      "Written by ",   "Escrito por ",
                                      "Escrita por ",  "Scritto da ",
                                      "Écrit par ",    "Geschrieben von ",
                                      "Ditulis oleh ", NULL};
    const char *by = nn_opens_with(bys, s, n);
    size_t i, words = 1;
    if (!by || !nn_starts_upper(s + strlen(by), n - strlen(by)))
        return 0;
    for (i = strlen(by); i < n; i++) {
        if (s[i] == ' ' && (++words > BYLINE_NAME_WORDS + 1 ||
                            !nn_starts_upper(s + i + 1, n - i - 1)))
            return 0;
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == '.' ||
            s[i] == '?' || s[i] == '!')
            return 0;
    }
    return 1;
}

/* After a date line's date (s, n bytes): nothing, or a bar or a dash and
 * a credit of three words at most ("| AIP"), not a headline going on
 * ("... release date: May 26, 2026 confirmed by Rockstar"). */
static int date_line_end(const char *s, size_t n)
{
    size_t i, words = 0;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n)
        return 1;
    if (n < 3 || s[0] != ' ' || !(s[1] == '|' || s[1] == '-'))
        return 0;
    for (i = 2; i < n; i++)
        if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ' && ++words > 3)
            return 0;
    return 1;
}

#define CLOCK_LABEL_WORDS 4 /* words after a date line's bar, at most */

/* A line that opens with a date, then a bar and a label of four words at
 * most that counts ("Viernes 31 Julio 2015 | ACTUALIZADO HACE: 21
 * minutos", "12.05.2020 | 14:05"): a date line or a site's clock, never
 * a headline.  Without a number the words may be one ("12 November 2023
 * | Remembrance Sunday commemorations"). */
static int date_then_label(const char *s, size_t n)
{
    nn_date_hit hit;
    size_t i, words = 1, digits = 0;
    if (n < 8 || !nn_has(s, n, " | ", 3) || !nn_date_may_hold(s, n, 0))
        return 0; /* (the bar first: most lines have none) */
    if (nn_date_find(s, n < 48 ? n : 48, &hit, 1) != 1 || !hit.iso[0] ||
        hit.start != 0 || hit.end + 3 >= n || memcmp(s + hit.end, " | ", 3))
        return 0;
    for (i = hit.end + 3; i < n; i++) {
        if (s[i] == ' ' && ++words > CLOCK_LABEL_WORDS)
            return 0;
        digits += s[i] >= '0' && s[i] <= '9';
    }
    return digits > 0;
}

/* A line that holds a date labelled as the publication's or the
 * update's, at its end or before a credit ("Société Publié le vendredi
 * 29 septembre 2017 | AIP"): a date line with its section and credit. */
static int labelled_date(const char *s, size_t n)
{
    nn_date_hit hit[2];
    size_t k, c;
    for (k = 0; k < n && !(s[k] >= '0' && s[k] <= '9'); k++)
        ;
    if (k == n)
        return 0; /* (no digit: no date, most lines) */
    c = nn_date_find(s, n, hit, 2);
    for (k = 0; k < c; k++)
        if (hit[k].iso[0] &&
            (hit[k].label & (NN_DATE_LBL_PUBLISHED | NN_DATE_LBL_UPDATED)) &&
            date_line_end(s + hit[k].end, n - hit[k].end))
            return 1;
    return 0;
}

#define CLOCK_WORDS                                                            \
    8 /* words of a site's clock line ("Fiji Time: 9:59 PM
                         on Saturday 18 February") */

/* Does the word before the time whose colon is at s[c] end with a colon
 * of its own ("Time: 9:59")? */
static int labelled_clock(const char *s, size_t c)
{
    size_t k = c;
    while (k > 0 && s[k - 1] != ' ')
        k--; /* the time's first digit */
    return k >= 2 && s[k - 1] == ' ' && s[k - 2] == ':';
}

/* A site's clock ("Fiji Time: 9:59 PM on Saturday 18 February"): a
 * label and its colon, a time of day and a weekday's name in a line of
 * CLOCK_WORDS words or fewer, the time among its first four.  A headline
 * names a day and an hour ("Eclipse at 14:05 on Monday"), seldom after a
 * label's colon. */
static int site_clock(const char *s, size_t n)
{
    size_t i, words = 0;
    const char *c = memchr(s, ':', n);
    if (!c)
        return 0;
    for (i = 0; i < n; i++)
        words += s[i] == ' ';
    if (words >= CLOCK_WORDS)
        return 0;
    for (words = 0, i = 1; i + 2 < n; i++) {
        words += s[i] == ' ';
        if (words > 3)
            return 0;
        if (s[i] == ':' && isdigit((unsigned char)s[i - 1]) &&
            isdigit((unsigned char)s[i + 1]) &&
            isdigit((unsigned char)s[i + 2]) &&
            (i + 3 == n || !isdigit((unsigned char)s[i + 3])))
            return labelled_clock(s, i) && nn_date_names_weekday(s + i, n - i);
    }
    return 0;
}

/* A newsletter's pitch ("Get the latest news to your email inbox
 * FREE!", "Sign up for our newsletter"): an appeal's verb first, "your"
 * or "our", then the inbox or the newsletter, and no headline's colon. */
static int newsletter_pitch(const char *s, size_t n)
{
    static const char *const verbs[] = {"Get ",     "Sign up ", "Subscribe ",
                                        "Receive ", "Join ",    NULL};
    const char *const *v;
    if (memchr(s, ':', n) ||
        !(nn_has(s, n, " your ", 6) || nn_has(s, n, " our ", 5)))
        return 0; /* ("Get control of your inbox: Gmail adds ...") */
    for (v = verbs; *v; v++)
        if (n > strlen(*v) && !memcmp(s, *v, strlen(*v)))
            return nn_has_ci(s, n, "inbox") || nn_has_ci(s, n, "newsletter");
    return 0;
}

#define CREDIT_TAIL 60 /* bytes of a credit at a caption's end */

/* A copyright mark in the second half of the line and its last
 * CREDIT_TAIL bytes: a caption's credit. */
static int credit_mark(const char *s, size_t n)
{
    const char *c = n > 2 ? nn_find(s + n / 2, n - n / 2, "\xC2\xA9", 2) : NULL;
    return c && (size_t)(s + n - c) <= CREDIT_TAIL;
}

#define PLACE_MAX 40 /* bytes of a town's name over a headline */

/* A headline under its town's name, in the French regional press's way:
 * "La Roche-sur-Yon. Le marché de Noël du Bourg est ouvert."  The town:
 * one to four words, each a capital first (those within a hyphenated
 * word aside), not all capitals (a dateline, "PARIS."); then one short
 * sentence, its full stop the line's only other one. */
static int place_headline(const char *s, size_t n)
{
    size_t i, words = 1, rest = 0;
    int lower = 0;
    const char *dot = memchr(s, '.', n < PLACE_MAX ? n : PLACE_MAX);
    if (!dot || dot - s < 4 || /* ("Mr. Smith ...", "St. Louis ...") */
        (size_t)(dot - s) + 3 >= n || dot[1] != ' ' ||
        !nn_starts_upper(dot + 2, n - (size_t)(dot - s) - 2) ||
        !nn_starts_upper(s, n))
        return 0;
    for (i = 0; s + i < dot; i++) {
        if (s[i] == ' ') {
            if (++words > 4 || !nn_starts_upper(s + i + 1, n - i - 1))
                return 0;
        } else if (s[i] >= 'a' && s[i] <= 'z') {
            lower = 1;
        } else if (s[i] >= '0' && s[i] <= '9') {
            return 0;
        }
    }
    for (i = (size_t)(dot - s) + 2; i < n; i++) {
        if (s[i] == '.' && i + 1 < n)
            return 0; /* two sentences after it: text */
        rest += s[i] == ' ';
    }
    return lower && rest >= 2 && rest < 16;
}

static int title_shape(const block *b, const char *s, size_t n, int any_case)
{
    size_t i = 0, letters = 0, marks = 0, digits = 0;
    char iso[NN_DATE_MAX];
    if (b->words < 3 || b->words > 30 || n > 300 || b->links || !n ||
        top_list(s, n) ||
        (!any_case && nn_starts_lower(s, n)) || /* a caption's or a
                                                   sentence's tail */
        nn_pg_breadcrumb(s, n) || domains(s, n) >= 2 ||
        nn_has(s, n, "://", 3) || nn_url_start(s, n) ||
        nn_date_parse(s, n, iso) == 0 || nn_date_kicker_line(s, n) ||
        date_then_label(s, n) || dated_byline(s, n) ||
        nn_pg_byline_alone(s, n) || nn_pg_menu_line(s, n) ||
        newsletter_pitch(s, n) || strchr("([{/|-*#>", s[0]) ||
        attributed_quote(s, n) ||
        /* a caption's credit at its end ("... «Polizei»., © David
         * Inderlied/dpa"), not a word of the headline ("Bandcamp ©
         * dispute ends ...") */
        credit_mark(s, n) ||
        s[n - 1] == '-' || /* a dateline, run into the text below */
        nn_pg_ad_slot(s, n) || (n >= 2 && !memcmp(s, "\xC2\xB7", 2)) || /* · */
        (n >= 3 && !memcmp(s, "\xE2\x80\xA2", 3)) || /* • */
        link_arrow(s, n))
        return 0;
    /* the end, past closing quotes: '... "police van."' ends a sentence */
    if (nn_ends_sentence(s, n)) {
        size_t e = n;
        while (e && strchr("\"')]", s[e - 1]))
            e--;
        while (e >= 3 && (!memcmp(s + e - 3, "\xE2\x80\x9D", 3) ||
                          !memcmp(s + e - 3, "\xE2\x80\x99", 3)))
            e -= 3; /* ” ’ */
        if (e && s[e - 1] != '?' && s[e - 1] != '!' &&
            !(e >= 3 && (!memcmp(s + e - 3, "...", 3) ||
                         !memcmp(s + e - 3, "\xE2\x80\xA6", 3))) &&
            !(b->first == 0 && place_headline(s, n)))
            return 0; /* ("Town. Headline." only atop the page: below,
                         "Großer Andrang. Hunderte Besucher kamen." is
                         text) */
    } else if (s[n - 1] == ',') {
        return 0;
    }
    while (i < n) {
        int32_t cp = (unsigned char)s[i];
        if (cp < 0x80) /* ASCII: no decoding, its one letter category */
            i++;
        else
            i += nn_utf8_decode(s + i, n - i, &cp);
        if (cp == ' ')
            continue;
        if (cp >= '0' && cp <= '9')
            digits++; /* half a mark: "Schülerzahl steigt auf 363.000"
                         is a headline, "Vie. Nov 22nd, 2024" is not */
        else if (cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
                           : utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME)
            letters++; /* (a letter's combining marks too: Devanagari's
                          vowel signs) */
        else
            marks++;
    }
    /* "Caption of a photo. Name / Agency": a sentence, then its credit;
     * "... the official reopening.READ MORE: ...": a sentence that runs
     * into a link's text in capitals with no blank between (not a host:
     * "Amazon.Com Shares Jump") */
    for (i = 1; i + 2 < n; i++)
        if (s[i] == '.' && s[i - 1] >= 'a' && s[i - 1] <= 'z' &&
            (s[i + 1] == ' '
                 ? nn_pg_credit_line(s + i + 2, n - i - 2)
                 : i >= 3 && s[i - 2] >= 'a' && s[i - 2] <= 'z' &&
                       s[i - 3] >= 'a' && s[i - 3] <= 'z' && s[i + 1] >= 'A' &&
                       s[i + 1] <= 'Z' && s[i + 2] >= 'A' && s[i + 2] <= 'Z'))
            return 0;
    return 2 * letters >= 4 * (2 * marks + digits) &&
           !nn_pg_credit_line(s, n) && !nn_pg_credited_caption(s, n) &&
           !banner(s, n) && !host_credit(s, n) && !site_clock(s, n) &&
           !nn_pg_caption_label(s, n) && /* (not "Pictured: ...", a
                                            headline's opening too) */
           !labelled_date(s, n);         /* (last: it reads the dates) */
}

int nn_pg_title_shape(const block *b, const char *s, size_t n)
{
    return title_shape(b, s, n, 0);
}

int nn_pg_title_shape_any_case(const block *b, const char *s, size_t n)
{
    return title_shape(b, s, n, 1);
}

/* A quotation and its attribution ("“Selamat dan sukseskan ...,” ucap
 * Bupati pada Kamis", "\"We will rebuild,\" the mayor said"): the
 * closing quote mark is followed by a word in lower case.  A headline
 * that opens with a quote goes on with a colon or a capital. */
static int attributed_quote(const char *s, size_t n)
{
    size_t i, open;
    if (n >= 3 && !memcmp(s, "\xE2\x80\x9C", 3)) /* “ */
        open = 3;
    else if (n && s[0] == '"')
        open = 1;
    else
        return 0;
    for (i = open; i < n; i++) {
        size_t close = 0;
        if (s[i] == '"')
            close = 1;
        else if (i + 3 <= n && !memcmp(s + i, "\xE2\x80\x9D", 3)) /* ” */
            close = 3;
        if (close) {
            i += close;
            while (i < n && s[i] == ' ')
                i++;
            return i < n && nn_starts_lower(s + i, n - i);
        }
    }
    return 0;
}
