/* source.c - the source from the page's own words, when neither the
 * profile, the URL, the copyright line, the title's " | Site" nor a line
 * of the site's name has named it (normalize.c's choose_source() asks
 * here last).  Each cue is weak, so they are tried strongest first and
 * the first that finds a name wins:
 *   1. a dateline signed by a host ("Liputan6.com, Bandung - ",
 *      "JAKARTA, kiprahkita.com - "), an outlet ("TEMPO Interaktif,
 *      Jakarta - ") or an agency ("ANKARA, Jan 31 (Reuters) - ...", "(CBS DETROIT) -",
 *      "BAKU. KAZINFORM - ...", "/NOVOSTIVL/ ..."), also under a
 *      standfirst ("DURHAM, N.C. (WTVD) -- ...");
 *   2. the lead's attribution ("به گزارش خبرگزاری مهر، ...", "..., повідомляє
 *      RegioNews", "... сообщает ТАСС.");
 *   3. a byline that names no person ("Par Actu17", "By K8 Newsdesk",
 *      "Par Euronews avec AFP");
 *   4. a photo credit that names the outlet ("Фото: Сергей Булкин/NEWS.ru",
 *      "(foto: Okezone)", "(DALE CARRUTHERS / THE LONDON FREE PRESS)"),
 *      never a photo agency or stock library;
 *   5. a host printed in the page's chrome ("Seguí todas las noticias de
 *      RadioEME.com", "All right reserved www.azadinform.az"), never a
 *      social network's;
 *   6. a newsroom the text says someone told ("told Local 3 News").
 * Cues 3 to 5 read the chrome's lines and live in source_chrome.c.
 * A guess is said in a warning, so that a user can tell it from a name
 * the page gives as its own. */
#include "article.h"
#include "date.h"
#include "lang.h"
#include "page.h"
#include "source_int.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define HEAD_DATE_SPAN 40 /* bytes after a dateline's comma its date is in */

static int is_dash_at(const char *p)
{
    return *p == '-' || !strncmp(p, "\xE2\x80\x93", 3) ||
           !strncmp(p, "\xE2\x80\x94", 3);
}

/* A name of 1 to 5 words, of NN_SRC_MAXNAME bytes at the most, that starts with
 * a letter or a digit and holds a letter; quotation marks may name the
 * outlet inside ("НИАТ «Ховар»"). */
static int name_shape(const char *s, size_t n)
{
    size_t i, words = 1, letters = 0;
    int32_t cp;
    if (n < 2 || n > NN_SRC_MAXNAME || s[0] == ' ' || s[n - 1] == ' ')
        return 0;
    for (i = 0; i < n; i += nn_utf8_decode(s + i, n - i, &cp)) {
        nn_utf8_decode(s + i, n - i, &cp);
        if (cp == ' ')
            words++;
        else if (nn_is_alnum_cp(cp))
            letters += !(cp >= '0' && cp <= '9');
        else if (cp != 0x2019 && cp != 0xAB && cp != 0xBB &&     /* « » */
                 cp != 0x201C && cp != 0x201D && cp != 0x201E && /* “ ” „ */
                 !(cp > 0 && cp < 0x80 && strchr("&.'-/", (int)cp)))
            return 0;
    }
    nn_utf8_decode(s, n, &cp);
    return letters > 0 && words <= 5 && nn_is_alnum_cp(cp);
}

int nn_src_take(nn_record *rec, const char *s, size_t n, const char *why)
{
    if (!name_shape(s, n))
        return 0;
    rec->source = nn_xstrndup(s, n);
    nn_record_warn(rec, why);
    return 1;
}

/* The start of paragraph k (0-based) of the body, or NULL. */
static const char *paragraph(const char *body, int k)
{
    const char *s = body;
    while (s && k-- > 0)
        s = (s = strstr(s, "\n\n")) ? s + 2 : NULL;
    return s;
}

/* ---- 1. datelines ---------------------------------------------------- */

/* Does the title name the host's first label ("Amazon.com" in "Amazon to
 * cut 9,000 more jobs")?  Then the host opening the text is the story's
 * subject, not the outlet signing it. */
static int title_names(const nn_record *rec, const char *host, size_t n)
{
    char w[NN_SRC_MAXNAME + 1];
    size_t k;
    for (k = 0; k < n && k < NN_SRC_MAXNAME && host[k] != '.'; k++)
        w[k] =
            (char)(host[k] >= 'A' && host[k] <= 'Z' ? host[k] + 32 : host[k]);
    w[k] = '\0';
    return rec->title && k >= 2 && nn_has_ci(rec->title, strlen(rec->title), w);
}

/* "Liputan6.com, Bandung - Hanya ...": a host name, a comma, a place, a
 * dash within 40 bytes; or a blank and the place in capitals before the
 * dash ("Newstara.com NUNUKAN - Banjir ..."); or a colon and the text
 * ("Mojokertopos.com : Bupati ..."); or a dash glued to it, then the text
 * ("KLIKKUNINGAN.COM– Masyarakat ..."). */
static int dateline_host(nn_record *rec, const char *s)
{
    const char *dot = NULL, *p;
    size_t i;
    for (i = 0; s[i] && s[i] != ',' && s[i] != ' ' && s[i] != ':' && i < 40;
         i++) {
        if (i > 0 && s[i] != '-' && is_dash_at(s + i))
            break; /* "–" or "—" glued to the host */
        char c = s[i];
        if (c == '.')
            dot = s + i;
        else if (!((c >= 'a' && c <= 'z') || nn_src_upper(c) ||
                   (c >= '0' && c <= '9') || c == '-'))
            return 0;
    }
    int glued = i > 0 && s[i] != '-' && is_dash_at(s + i);
    if ((s[i] != ',' && s[i] != ' ' && s[i] != ':' && !glued) || !dot ||
        dot == s || s + i - dot < 3 || s + i - dot > 7)
        return 0;
    for (p = dot + 1; p < s + i; p++)
        if (!((*p >= 'a' && *p <= 'z') || nn_src_upper(*p)))
            return 0; /* "Liputan6.com": letters after the dot */
    if (title_names(rec, s, i))
        return 0;
    if (glued) { /* the dash glued, a blank, the text; the host in
                    capitals, as a site signs ("Amazon.com– The online
                    retailer ..." is the story's subject) */
        for (p = s; p < s + i; p++)
            if (*p >= 'a' && *p <= 'z')
                return 0;
        return s[i + 3] == ' ' && nn_src_upper(s[i + 4]) &&
               nn_src_take(rec, s, i, "source taken from the dateline");
    }
    /* a colon, then the text ("Mojokertopos.com : Bupati ...") */
    p = s + i + (s[i] == ' ' && s[i + 1] == ':');
    if (*p == ':')
        return p[1] == ' ' && nn_src_upper(p[2]) &&
               nn_src_take(rec, s, i, "source taken from the dateline");
    if (s[i] == ' ') { /* the place in capitals, then the dash (after a
                          bar, or an "l" typed for one: "sukabumiheadline.com
                          l SUKABUMI – ...") */
        size_t bar =
            (s[i + 1] == '|' || s[i + 1] == 'l') && s[i + 2] == ' ' ? 2 : 0;
        for (p = s + i + 1 + bar;
             nn_src_upper(*p) || (*p == ' ' && !is_dash_at(p + 1)); p++)
            if (p >= s + i + 40)
                return 0;
        return p > s + i + bar + 2 && p[-1] != ' ' && p[0] == ' ' &&
               is_dash_at(p + 1) &&
               nn_src_take(rec, s, i, "source taken from the dateline");
    }
    for (p = s + i + 1; *p && p < s + i + 40; p++)
        if (p[0] == ' ' && is_dash_at(p + 1))
            return nn_src_take(rec, s, i, "source taken from the dateline");
    return 0;
}

/* "Kupang,radarntt.com,Pemerintah ...": a place, the site's host and
 * the text's first word glued with commas. */
static int dateline_glued_host(nn_record *rec, const char *s)
{
    size_t i, h, e, dot = 0;
    if (!nn_src_upper(s[0]))
        return 0;
    for (i = 0; s[i] && s[i] != ',' && i < 30; i++)
        ;
    if (s[i] != ',' || s[i + 1] == ' ')
        return 0;
    for (h = e = i + 1; e - h <= 40 && ((s[e] >= 'a' && s[e] <= 'z') ||
                                        (s[e] >= '0' && s[e] <= '9') ||
                                        s[e] == '-' || s[e] == '.');
         e++)
        if (s[e] == '.')
            dot = e;
    if (!dot || dot == h || e - dot < 3 || e - dot > 7 || s[e] != ',')
        return 0;
    i = e + 1 + (s[e + 1] == ' ');
    return nn_src_upper(s[i]) &&
           nn_src_take(rec, s + h, e - h, "source taken from the dateline");
}

/* A host's name at s, up to a blank and a dash ("kiprahkita.com -"):
 * its length, or 0. */
static size_t host_before_dash(const char *s)
{
    size_t i, dot = 0;
    for (i = 0;
         i < 40 && ((s[i] >= 'a' && s[i] <= 'z') || nn_src_upper(s[i]) ||
                    (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '.');
         i++)
        if (s[i] == '.')
            dot = i;
    return dot && i - dot >= 3 && i - dot <= 7 && s[i] == ' ' &&
                   is_dash_at(s + i + 1)
               ? i
               : 0;
}

/* The host's length after a dateline's place ending at p, with its
 * mark, ", " or " | " ("SINABANG | AcehNewS.net \xE2\x80\x93 ..."), and
 * a dash after the host; *host set to where it starts.  0 when none. */
static size_t host_after_place(const char *p, const char **host)
{
    size_t sep = p[0] == ',' && p[1] == ' '                  ? 2
                 : p[0] == ' ' && p[1] == '|' && p[2] == ' ' ? 3
                                                             : 0;
    *host = p + sep;
    return sep ? host_before_dash(*host) : 0;
}

/* "JAKARTA, kiprahkita.com - ...": a place in capitals, a comma and a
 * host; "TEMPO Interaktif, Jakarta -Polisi ...": an outlet's name (a word
 * in capitals and a capitalized one) before the place. */
static int dateline_outlet(nn_record *rec, const char *s)
{
    const char *p = s, *place, *host;
    size_t n;
    while (nn_src_upper(*p))
        p++;
    if (p - s ==
        1) /* "Kotabumi, Navigasi.in \xE2\x80\x94 ": a place, capitalized */
        for (place = p; *place >= 'a' && *place <= 'z'; place++)
            if (place[1] == ',' && place - s >= 3 &&
                (n = host_before_dash(place + 3)) != 0)
                return nn_src_take(rec, place + 3, n,
                                   "source taken from the dateline");
    if (p - s >= 3 && (n = host_after_place(p, &host)) != 0)
        return nn_src_take(rec, host, n, "source taken from the dateline");
    if (p - s >= 3 && p[0] == '-' && nn_src_upper(p[1])) {
        /* "REFORMASI-ID - Jakarta - ...": a name in capitals, a dash,
         * a place, a dash */
        for (p++; nn_src_upper(*p); p++)
            ;
        n = (size_t)(p - s);
        if (p[0] == ' ' && is_dash_at(p + 1) && p[2] == ' ' &&
            nn_src_upper(p[3])) {
            for (place = p += 3; (*p >= 'a' && *p <= 'z') || nn_src_upper(*p);
                 p++)
                ;
            if (p - place >= 3 && p[0] == ' ' && is_dash_at(p + 1))
                return nn_src_take(rec, s, n, "source taken from the dateline");
        }
        return 0;
    }
    if (p - s < 4 || p[0] != ' ' || !nn_src_upper(p[1]) || nn_src_upper(p[2]))
        return 0;
    for (p += 2; *p >= 'a' && *p <= 'z'; p++)
        ;
    if (p[0] != ',' || p[1] != ' ' || !nn_src_upper(p[2]))
        return 0;
    n = (size_t)(p - s);
    for (place = p += 2; (*p >= 'a' && *p <= 'z') || nn_src_upper(*p); p++)
        ;
    if (p - place < 3 || p[0] != ' ' || !is_dash_at(p + 1))
        return 0;
    return nn_src_take(rec, s, n, "source taken from the dateline");
}

/* Three lower-case ASCII letters at s? */
static int lower3(const char *s)
{
    return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' &&
           s[2] >= 'a' && s[2] <= 'z';
}

/* "Gresik, InfoPublik - Sejumlah ...": a place (a capital first, three
 * letters or more), a comma and an outlet's name written as one word with
 * a capital inside ("InfoPublik", "BeritaSatu"), a dash.  (A plain word
 * there is as often the day: "JAKARTA, Senin - ...".) */
static int dateline_camel(nn_record *rec, const char *s)
{
    const char *p = s, *name, *after;
    size_t humps = 0;
    if (!nn_src_upper(*p))
        return 0;
    for (p++; (*p >= 'a' && *p <= 'z') || nn_src_upper(*p); p++)
        ;
    if (p - s < 3 || p[0] != ',' || p[1] != ' ' || !nn_src_upper(p[2]))
        return 0;
    for (name = p += 2; p - name < NN_SRC_MAXNAME; p++) {
        if (nn_src_upper(*p) && p - name >= 4 && lower3(p - 3))
            humps++; /* (three lower-case letters before it: not "McD") */
        else if (!(nn_src_upper(*p) || (*p >= 'a' && *p <= 'z')))
            break;
    }
    if (!(humps >= 1 && p[0] == ' ' && is_dash_at(p + 1)))
        return 0;
    after = p + 1 + (p[1] == '-' ? 1 : 3);
    /* the text goes on with a sentence ("Sejumlah desa ..."), not an
     * apposition ("Today, OpenAI – the maker of ChatGPT – ...") */
    return after[0] == ' ' && nn_src_upper(after[1]) &&
           nn_src_take(rec, name, (size_t)(p - name),
                       "source taken from the dateline");
}

/* A day and a month's name, short or whole, no year ("4 июл.", "12
 * March"): one or two digits, a blank, three to nine letters.  Its
 * length, or 0. */
static size_t day_month(const char *s, size_t n)
{
    size_t i = 0, letters = 0;
    int32_t cp = 0;
    while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (!i || i >= n || s[i++] != ' ')
        return 0;
    while (i < n) {
        size_t k = nn_utf8_decode(s + i, n - i, &cp);
        if (!nn_is_alnum_cp(cp) || (cp >= '0' && cp <= '9'))
            break;
        letters++;
        i += k;
    }
    return letters >= 3 && letters <= 9 ? i : 0;
}

/* The length of the date d opens with, a whole one or a day and a
 * month's name ("4 июл."), in its first HEAD_DATE_SPAN bytes; 0: none. */
static size_t date_at(const char *d)
{
    size_t n = strnlen(d, HEAD_DATE_SPAN);
    nn_date_hit hit;
    if (nn_date_find(d, n, &hit, 1) > 0 && hit.start == 0)
        return hit.end;
    return day_month(d, n);
}

/* "GagauzNews, 4 июл. В селах ...": an outlet's name written as one word
 * with a capital inside, a comma, the date, then a full stop and the
 * text's first sentence (a plain word there is a place: "Moscow,
 * 4 June"; a name the title holds, or one that the date goes on from, is
 * the story's: "JavaScript, 4 May marks ..."). */
static int dateline_camel_date(nn_record *rec, const char *s)
{
    const char *p = s, *d;
    size_t humps = 0, e;
    if (!nn_src_upper(*p))
        return 0;
    for (p++; (*p >= 'a' && *p <= 'z') || nn_src_upper(*p); p++)
        if (nn_src_upper(*p) && p - s >= 4 && lower3(p - 3))
            humps++;
    if (!humps || p[0] != ',' || p[1] != ' ' || !(p[2] >= '0' && p[2] <= '9'))
        return 0;
    d = p + 2;
    if (!(e = date_at(d)))
        return 0;
    if (d[e] == '.' && d[e + 1] == ' ')
        e += 2;
    else
        return 0; /* (a dash after it: a place's dateline as often,
                     "KotaBaru, 12 Maret - Harga ...") */
    while (d[e] == ' ')
        e++;
    if (!nn_starts_upper(d + e, strnlen(d + e, 8)) ||
        title_names(rec, s, (size_t)(p - s)))
        return 0;
    return nn_src_take(rec, s, (size_t)(p - s),
                       "source taken from the dateline");
}

/* Capitals and blanks only ("NOVOSTIVL", "ТАСС")? */
static int capitals(const char *s, size_t n)
{
    size_t i = 0;
    int32_t cp;
    while (i < n) {
        i += nn_utf8_decode(s + i, n - i, &cp);
        if (cp != ' ' && utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
            return 0;
    }
    return 1;
}

#define CAPS_PLACE_MAX 64 /* bytes of a place in capitals in a dateline */

/* "ЯМАЛЬСКИЙ РАЙОН, 17 декабря, ФедералПресс. Жители ...": a place in
 * capitals (any script), a comma, the day, a comma, the outlet's name
 * (capitalized words, no weekday: "LONDON, 5 May, Sunday. The ..."),
 * a full stop and the text's first sentence. */
static int dateline_caps_date_name(nn_record *rec, const char *s)
{
    const char *p = s, *d, *name;
    size_t n, e, words = 0;
    while (*p && *p != ',' && p - s < CAPS_PLACE_MAX)
        p++;
    if (*p != ',' || p - s < 3 || !capitals(s, (size_t)(p - s)) ||
        p[1] != ' ' || !(p[2] >= '0' && p[2] <= '9'))
        return 0;
    d = p + 2;
    if (!(e = date_at(d)))
        return 0;
    if (d[e] != ',' || d[e + 1] != ' ')
        return 0;
    for (name = p = d + e + 2;
         *p && *p != '.' && *p != '\n' && p - name <= NN_SRC_MAXNAME; p++)
        if (p == name || p[-1] == ' ') {
            if (!nn_starts_upper(p, strnlen(p, 4)) || ++words > 3)
                return 0;
        }
    n = (size_t)(p - name);
    if (p[0] != '.' || p[1] != ' ' ||
        !nn_starts_upper(p + 2, strnlen(p + 2, 4)) || !name_shape(name, n) ||
        nn_date_names_weekday(name, n) ||
        nn_given_name(name, strcspn(name, " .")))
        return 0; /* (nor a person: "ОМСК, 17 декабря, Ольга Смирнова.") */
    return nn_src_take(rec, name, n, "source taken from the dateline");
}

#define INITIALS_MAX 6 /* letters of an agency's initials in a dateline */

/* "Kohima, April 7 (EMN): Water ...": between s and the bracket o, a
 * place, a comma and a date (a digit, no time); in the bracket (to c)
 * one word of two to INITIALS_MAX ASCII capitals, not a label's
 * ("(UPDATE):", "(VIDEO):", "(LIVE):"; "(VÍDEO):", "(ФОТО):" are no
 * ASCII). */
static int initials_after_date(const char *s, const char *o, const char *c)
{
    static const char *const labels[] = {
        "UPDATE", "UPDATED", "UPD",   "VIDEO",   "VIDEOS", "LIVE",
        "PHOTO",  "PHOTOS",  "PIC",   "PICS",    "AUDIO",  "WATCH",
        "LISTEN", "FOTO",    "FOTOS", "BILD",    "BILDER", "MAP",
        "MAPS",   "MAJ",     "NEW",   "OPINION", "URGENT", NULL};
    const char *comma = memchr(s, ',', (size_t)(o - s)), *d;
    if (!comma || o - comma < 3 || c - o < 3 || c - o - 1 > INITIALS_MAX ||
        o[-1] != ' ')
        return 0;
    for (d = o + 1; d < c; d++)
        if (*d < 'A' || *d > 'Z')
            return 0; /* (ASCII capitals: "(VÍDEO):", "(АУДИО):" are
                         labels) */
    /* a date before the bracket, no time ("11:40 (IST):" is a zone) */
    for (d = comma; d < o && !(*d >= '0' && *d <= '9'); d++)
        ;
    return d < o && !memchr(comma, ':', (size_t)(o - comma)) &&
           !nn_in_list(labels, o + 1, (size_t)(c - o - 1), 0);
}

/* "ANKARA, Jan 31 (Reuters) - ", "(CBS DETROIT) - ": a parenthesis in
 * the first 60 bytes closed by a dash, or initials in capitals by a colon
 * ("Kohima, April 7 (EMN):"); "/NOVOSTIVL/ The ...", "САРАТОВ,
 * 27 октября. /ТАСС/. Суд ...": capitals between slashes at the very
 * start or after the place. */
static int dateline_agency(nn_record *rec, const char *s)
{
    const char *o, *c, *p;
    for (o = s; *o && *o != '\n' && o - s < 60; o++) {
        if (*o == '(' && (c = strchr(o, ')')) != NULL &&
            c - o <= NN_SRC_MAXNAME) {
            const char *comma = memchr(o, ',', (size_t)(c - o));
            p = c + 1;
            p += *p == '.' && p[1] == ' '; /* "(НИАТ «Ховар», Саидова). —" */
            p += *p == ' ';
            if ((is_dash_at(p) ||
                 (p == c + 1 && *p == ':' && initials_after_date(s, o, c))) &&
                !memchr(o, '\n', (size_t)(c - o)))
                /* the agency, its writer after a comma */
                return nn_src_take(rec, o + 1,
                                   (size_t)((comma ? comma : c) - o - 1),
                                   "source taken from the dateline");
            return 0;
        }
        if (*o == '/' && (o == s || o[-1] == ' ') &&
            (c = strchr(o + 1, '/')) != NULL && c - o <= 32 &&
            (c[1] == ' ' || c[1] == '.')) {
            if (c - o > 3 && capitals(o + 1, (size_t)(c - o - 1)))
                return nn_src_take(rec, o + 1, (size_t)(c - o - 1),
                                   "source taken from the dateline");
            return 0;
        }
    }
    return 0;
}

/* A dateline of two names in capitals at s, sep and a blank between them,
 * a dash after ("BAKU. KAZINFORM - ", "WATUSAMPU, MERCUSUAR – "): the
 * second name taken as the source (when rec is not NULL), 1; or 0. */
static int caps_pair(nn_record *rec, const char *s, char sep)
{
    const char *p = s, *name;
    while (nn_src_upper(*p) || (*p == ' ' && nn_src_upper(p[1])))
        p++;
    if (p - s < 3 || p[0] != sep || p[1] != ' ')
        return 0;
    name = p += 2;
    while (nn_src_upper(*p) || (*p == ' ' && nn_src_upper(p[1])))
        p++;
    if (p - name < 3 || p[0] != ' ' || !is_dash_at(p + 1))
        return 0;
    return !rec || nn_src_take(rec, name, (size_t)(p - name),
                               "source taken from the dateline");
}

/* "BAKU. KAZINFORM - The ...": a place and an agency in capitals, a full
 * stop between them, a dash after. */
static int dateline_caps(nn_record *rec, const char *s)
{
    return caps_pair(rec, s, '.');
}

/* Words that name a paper or a station in the languages of local news
 * ("HARIAN MERAPI", "SUARA INDONESIA", "Radar Bogor", "Daily Post"): a
 * dateline's name with one of them is an outlet's, not a place's. */
static int press_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "harian",  "suara",  "radar",    "tribun",  "warta",
        "kabar",   "berita", "news",     "times",   "post",
        "tv",      "radio",  "daily",    "press",   "journal",
        "gazette", "gazeta", "gazzetta", "diario",  "jornal",
        "zeitung", "haber",  "noticias", "notizie", NULL};
    return nn_in_list(words, s, n, 1) ||
           /* or a name ending in "news" ("TNews", "Detiknews") */
           (n > 4 && nn_starts_ci(s + n - 4, 4, "news"));
}

/* "Kilasmalut.com – Warga ...", "HARIAN MERAPI - Petani ...", "SUARA
 * INDONESIA, PROBOLINGGO - ...", "GiadinhNet - Dù ...", "22 января.
 * Interfax-Russia.ru - ...": the text opens with the outlet's name (a
 * host; up to four capitalized words, one a press word; one word in
 * camel case) and a dash, or a place after a comma and then a dash.  A
 * place alone ("JAKARTA -", "WASHINGTON —") names no outlet. */
static int dateline_name(nn_record *rec, const char *s)
{
    const char *p, *w, *place;
    size_t n;
    int press = 0, camel = 0, words = 0;
    if (*s >= '0' && *s <= '9') { /* a date first: "22 января. " */
        for (p = s;
             *p && *p != '\n' && p - s < 32 && !(*p == '.' && p[1] == ' '); p++)
            ;
        if (*p != '.')
            return 0;
        s = p + 2;
    }
    if ((n = host_before_dash(s)) != 0)
        return nn_src_take(rec, s, n, "source taken from the dateline");
    for (p = s;; p++) {
        if (!nn_src_upper(*p) || ++words > 4)
            return 0;
        for (w = p; (*p >= 'a' && *p <= 'z') || nn_src_upper(*p) ||
                    (*p >= '0' && *p <= '9');
             p++)
            camel |= p > w && p[-1] >= 'a' && p[-1] <= 'z' &&
                     nn_src_upper(*p) && p[1] >= 'a' && p[1] <= 'z';
        press |= press_word(w, (size_t)(p - w));
        if (*p != ' ' || is_dash_at(p + 1))
            break;
    }
    n = (size_t)(p - s);
    if (!(press || (camel && words == 1)))
        return 0;
    if (p[0] == ',' && p[1] == ' ' && nn_src_upper(p[2])) {
        /* ", PROBOLINGGO -": the place, then the dash */
        for (place = p += 2; p - place < 32 && ((*p >= 'a' && *p <= 'z') ||
                                                nn_src_upper(*p) || *p == ' ');
             p++)
            if (*p == ' ' && is_dash_at(p + 1))
                break;
    }
    if (p[0] != ' ' || !is_dash_at(p + 1))
        return 0;
    return nn_src_take(rec, s, n, "source taken from the dateline");
}

/* Is t (len bytes) the rest of a commercial host after its first
 * label's full stop ("co.id", "com"; not "go.id", a government's, nor
 * "kepala" after an untidy full stop): labels of letters to a blank, a
 * slash or the end, the first no public body's, the last a top-level
 * domain that newsrooms use? */
static int news_host_rest(const char *t, size_t len)
{
    static const char *const publics[] = {"go",   "gov", "ac",    "sch", "mil",
                                          "desa", "or",  "polri", NULL};
    static const char *const tlds[] = {"com",    "id",    "net", "co",
                                       "info",   "news",  "tv",  "my",
                                       "online", "media", "web", NULL};
    size_t k = 0, label = 0;
    while (k < len && ((t[k] >= 'a' && t[k] <= 'z') || t[k] == '.' ||
                       t[k] == '-' || (t[k] >= '0' && t[k] <= '9'))) {
        if (t[k] == '.') {
            if (label == 0 && nn_in_list(publics, t, k, 0))
                return 0;
            label = k + 1;
        }
        k++;
    }
    if (k < len && t[k] != ' ' && t[k] != '/')
        return 0;
    if (label == 0 && nn_in_list(publics, t, k, 0))
        return 0;
    return nn_in_list(tlds, t + label, k - label, 0);
}

/* Does a line of the page name a commercial host whose first label is s
 * (n bytes), in any case ("Pedomanrakyat.co.id" for "PEDOMANRAKYAT")? */
static int host_named(const article *a, const char *s, size_t n)
{
    size_t i, k;
    for (i = 0; i < a->nz->nlines; i++) {
        const char *t = ltext(a, i);
        size_t len = a->nz->lines[i].len;
        for (k = 0; k + n + 1 < len; k++)
            if ((k == 0 || t[k - 1] == ' ' || t[k - 1] == '/') &&
                !strncasecmp(t + k, s, n) && t[k + n] == '.' &&
                news_host_rest(t + k + n + 1, len - k - n - 1))
                return 1;
    }
    return 0;
}

#define GLUED_PRESS_REST 4 /* letters of a name a press word is glued to */

/* Does the word s (n bytes, in capitals) open or end with a press word
 * glued to a name of GLUED_PRESS_REST letters or more ("TIMESINDONESIA",
 * "RADARBOGOR", "BERITAJATIM"; not "WASPADA", "MERCUSUAR")? */
static int glued_press(const char *s, size_t n)
{
    static const char *const words[] = {"times",  "post",  "radar", "tribun",
                                        "berita", "kabar", "warta", "harian",
                                        "suara",  "news",  "pos",   NULL};
    const char *const *w;
    for (w = words; *w; w++) {
        size_t wl = strlen(*w);
        if (n >= wl + GLUED_PRESS_REST &&
            (!strncasecmp(s, *w, wl) || !strncasecmp(s + n - wl, *w, wl)))
            return 1;
    }
    return 0;
}

/* "WATUSAMPU, MERCUSUAR – Sekolah ...": on a page in Indonesian or
 * Malay, whose datelines put the outlet after the place, a place and a
 * name in capitals, a comma between them and a dash after. */
static int dateline_place_outlet(article *a, const char *s)
{
    const char *code, *p;
    int lang = a->headline_page ? nn_page_lang(a->nz->page) : -1;
    if (lang < 0)
        return 0;
    code = nn_lang_code(lang);
    if (strcmp(code, "id") && strcmp(code, "ms"))
        return 0;
    /* "PEDOMANRAKYAT, MAKASSAR – ...": the outlet first, when the page
     * names a host of that name ("Follow Pedomanrakyat.co.id ...") */
    for (p = s; nn_src_upper(*p); p++)
        ;
    if (p - s >= 4 && p[0] == ',' && caps_pair(NULL, s, ',') &&
        (host_named(a, s, (size_t)(p - s)) ||
         /* or "TIMESINDONESIA, PACITAN – ...": a press word glued to
          * the first name's start or end */
         glued_press(s, (size_t)(p - s))))
        return nn_src_take(a->rec, s, (size_t)(p - s),
                           "source taken from the dateline");
    return caps_pair(a->rec, s, ',');
}

/* Does the bracket at s (after its '(') hold a station's or agency's
 * name: capitals, or several words ("ABC 6 News", "KXYZ"), not one word
 * of a note ("Video", "Updated", "Photo")? */
static int station_name(const char *s)
{
    size_t i, caps = 0;
    for (i = 0; s[i] && s[i] != ')' && i < NN_SRC_MAXNAME; i++) {
        if (s[i] == ' ')
            return 1;
        caps += s[i] >= 'A' && s[i] <= 'Z';
    }
    return s[i] == ')' && i >= 2 && caps == i;
}

/* "DURHAM, N.C. (WTVD) -- A major vote ...": the agency's or station's
 * dateline on the second or third paragraph, under a standfirst; only
 * after a place in capitals, so that a name's "(D) -" is not one, or
 * opening the paragraph ("(ABC 6 News) – The ..."); or the site's host
 * after the place ("BANJARMASIN, koranbanjar.net – ..."). */
static int later_dateline(nn_record *rec)
{
    const char *s, *p, *host;
    size_t n;
    int k;
    for (k = 1; k < 3; k++) {
        if ((s = paragraph(rec->body, k)) == NULL)
            return 0;
        if (s[0] == '(' && station_name(s + 1) && dateline_agency(rec, s))
            return 1; /* "(ABC 6 News) – The ...": no place */
        for (p = s; nn_src_upper(*p); p++)
            ;
        if (p - s < 3)
            continue; /* no place in capitals */
        if ((n = host_after_place(p, &host)) != 0)
            return nn_src_take(rec, host, n, "source taken from the dateline");
        while (p - s < 40 &&
               (nn_src_upper(*p) || (*p >= 'a' && *p <= 'z') || *p == ',' ||
                *p == '.' || (*p == ' ' && p[1] != '(')))
            p++; /* ", N.C.", ", Ore." */
        if (p[0] == ' ' && p[1] == '(' && dateline_agency(rec, s))
            return 1;
    }
    return 0;
}

/* "SOMERSET COUNTY, Pa. (WTAJ) - ": a broadcaster's call sign (K, W or
 * C and two or three capitals, "-TV" or "-FM" after) in the dateline of
 * one of the first three paragraphs.  The station names itself there;
 * its copyright line names the group that owns it, so normalize.c asks
 * here before it takes the copyright's owner. */
static int call_sign(const char *s, size_t n)
{
    size_t i;
    if (n > 3 &&
        (!strncmp(s + n - 3, "-TV", 3) || !strncmp(s + n - 3, "-FM", 3)))
        n -= 3;
    if ((n != 4 && n != 3) || !strchr("KWC", s[0]))
        return 0;
    for (i = 1; i < n; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    return 1;
}

int nn_source_station(nn_record *rec)
{
    const char *s, *o, *c;
    int k;
    for (k = 0; k < 3 && (s = paragraph(rec->body, k)) != NULL; k++)
        for (o = s; *o && *o != '\n' && o - s < 60; o++)
            if (*o == '(') {
                c = strchr(o, ')');
                if (c && c - o <= 9 && call_sign(o + 1, (size_t)(c - o - 1)) &&
                    is_dash_at(c[1] == ' ' ? c + 2 : c + 1))
                    return nn_src_take(rec, o + 1, (size_t)(c - o - 1),
                                       "source taken from the dateline");
                break;
            }
    return 0;
}

/* ---- 2. the lead's attribution ---------------------------------------- */

/* "به گزارش خبرگزاری مهر، ...": at the start of one of the first three
 * paragraphs, the outlet up to the Persian comma, in a few words. */
static int lead_persian(nn_record *rec)
{
    static const char lead[] = "به گزارش ";
    const size_t n = sizeof lead - 1;
    const char *s = NULL, *e;
    int k;
    for (k = 0; k < 3 && !s; k++)
        if ((s = paragraph(rec->body, k)) != NULL && strncmp(s, lead, n))
            s = NULL;
    if (!s)
        return 0;
    s += n;
    for (e = s; *e && e - s < 80; e++)
        if (!strncmp(e, "،", 2) || *e == ',' || *e == '.')
            break;
    if (*e != ',' && strncmp(e, "،", 2))
        return 0;
    return nn_src_take(rec, s, (size_t)(e - s), "source taken from the lead");
}

/* The name in quotation marks inside s (n bytes: "«Мойка78»", "МГ
 * “Об’єктив”"), or s itself; its length in *len. */
static const char *unquote(const char *s, size_t n, size_t *len)
{
    static const char *const marks[][2] = {{"\xC2\xAB", "\xC2\xBB"}, /* « » */
                                           {"\xE2\x80\x9C",
                                            "\xE2\x80\x9D"}, /* “ ” */
                                           {"\"", "\""}};
    size_t k;
    for (k = 0; k < NN_COUNT(marks); k++) {
        const char *o = nn_find(s, n, marks[k][0], strlen(marks[k][0])), *c;
        if (!o)
            continue;
        o += strlen(marks[k][0]);
        c = nn_find(o, (size_t)(s + n - o), marks[k][1], strlen(marks[k][1]));
        if (c) {
            *len = (size_t)(c - o);
            return o;
        }
    }
    *len = n;
    return s;
}

/* "..., повідомляє RegioNews із посиланням на ...", "... сообщает ТАСС.":
 * a verb of reporting and a capitalized name (or one in quotation marks),
 * up to a full stop, a comma or "with reference to", in the first three
 * paragraphs; "Как писала «Мойка78», ..." (as we wrote before), which
 * only the outlet says of itself, anywhere. */
static int lead_reports(nn_record *rec)
{
    static const struct {
        const char *verb;
        int anywhere;
    } verbs[] = {{"повідомляє ", 0}, {"повідомляють ", 0}, {"сообщает ", 0},
                 {"передает ", 0},   {"Как писала ", 1},   {"Как писал ", 1},
                 {"Як писала ", 1},  {"Як писав ", 1}};
    static const char *const ends[] = {".",   ",",   ";",    " із ",
                                       " з ", " с ", " со ", NULL};
    const char *const *e;
    const char *lead_end = paragraph(rec->body, 3), *s, *p, *name;
    size_t len, v;
    for (v = 0; v < NN_COUNT(verbs); v++)
        for (s = rec->body; (s = strstr(s, verbs[v].verb)) != NULL; s++) {
            if (lead_end && s >= lead_end && !verbs[v].anywhere)
                break;
            s += strlen(verbs[v].verb);
            if (!nn_starts_upper(s, strlen(s)) && strncmp(s, "\xC2\xAB", 2) &&
                strncmp(s, "\xE2\x80\x9C", 3))
                continue;
            for (p = s; *p && *p != '\n' && p - s <= NN_SRC_MAXNAME; p++)
                for (e = ends; *e; e++)
                    if (!strncmp(p, *e, strlen(*e))) {
                        name = unquote(s, (size_t)(p - s), &len);
                        return nn_src_take(rec, name, len,
                                           "source taken from the lead");
                    }
        }
    return 0;
}

/* ---- all cues ------------------------------------------------------------ */

/* Lines that are not body text, in order, asked of one cue. */
static int chrome_cues(article *a,
                       int (*cue)(nn_record *, const char *, size_t))
{
    size_t i;
    for (i = 0; i < a->nz->nlines; i++) {
        const line *l = &a->nz->lines[i];
        if (!l->body && l->len && cue(a->rec, ltext(a, i), l->len))
            return 1;
    }
    return 0;
}

#define MASTHEAD_AGAIN_MAX 40 /* bytes: a paper's name as its logo */

/* Further down above the text, a paper's name printed twice or more (the
 * logo over the menu and again over the search box: "Jornal O País"): the
 * name, as a masthead in the first lines is. */
static int masthead_again(article *a)
{
    const nn_normalizer *nz = a->nz;
    size_t i, k;
    for (i = 0; i < nz->nlines && !nz->lines[i].body; i++) {
        const line *l = &nz->lines[i];
        if (!l->len || l->len > MASTHEAD_AGAIN_MAX)
            continue;
        for (k = i + 1; k < nz->nlines && !nz->lines[k].body; k++)
            if (nz->lines[k].len == l->len &&
                !memcmp(ltext(a, k), ltext(a, i), l->len))
                break;
        if (k < nz->nlines && !nz->lines[k].body &&
            nn_src_line_masthead(a->rec, ltext(a, i), l->len))
            return 1;
    }
    return 0;
}

/* Is line k a search box's message ("Sin resultados", "Tidak ada
 * hasil": the common rules' search-results)? */
static int search_box_line(article *a, size_t k)
{
    nn_match m;
    nn_match_state head = a->st; /* (a line above the text: the head's) */
    head.in_body = 0;
    return a->nz->lines[k].len &&
           nn_ruleset_match(a->rs, ltext(a, k), a->nz->lines[k].len, &head,
                            &m) >= 0 &&
           !strcmp(m.r->name, "search-results");
}

/* The page's first line that is no menu's item nor a date line ("El Faro
 * de Melilla" under "• Contacto" / "• Barcos" / "viernes 6 de febrero de
 * 2026"), printed three times or more above the text, never as a list's
 * item, a copy of it next to a search box's message (the site's header
 * printed for the desktop, the sticky bar and the mobile menu, its logo
 * over the search box each time: "INDIE BANYUMAS" / "Tidak ada hasil"):
 * the site's name.  A city, a section or a team printed thrice in the
 * menus stands by no search box. */
static int logo_thrice(article *a)
{
    const nn_normalizer *nz = a->nz;
    size_t i, k, copies, boxed = 0;
    const line *l = NULL;
    nn_match m;
    for (i = 0; i < nz->nlines && !nz->lines[i].body; i++) {
        l = &nz->lines[i];
        if (l->len && l->kind != NN_LINE_ITEM &&
            !nn_date_mostly(ltext(a, i), l->len))
            break;
    }
    if (i == nz->nlines || nz->lines[i].body || l->len > LOGO_AGAIN_MAX)
        return 0;
    for (copies = 1, k = i + 1; k < nz->nlines && !nz->lines[k].body; k++)
        if (nz->lines[k].len == l->len && nz->lines[k].kind != NN_LINE_ITEM &&
            !memcmp(ltext(a, k), ltext(a, i), l->len)) {
            copies++;
            boxed |= search_box_line(a, k - 1) ||
                     (k + 1 < nz->nlines && search_box_line(a, k + 1));
        }
    /* (not a line a rule claims: "No Result") */
    return copies >= 3 && boxed &&
           nn_ruleset_match(a->rs, ltext(a, i), l->len, &a->st, &m) < 0 &&
           nn_src_line_logo_again(a->rec, ltext(a, i), l->len);
}

/* A masthead among the page's first three lines, above the article's
 * text ("Agencia Informativa Alor Noticias" over the story); further
 * down, such a line is a section's label ("Ultime Notizie"). */
static int masthead(article *a)
{
    size_t i, seen = 0;
    for (i = 0; i < a->nz->nlines && seen < 3; i++) {
        const line *l = &a->nz->lines[i];
        if (l->body)
            break;
        if (!l->len)
            continue;
        seen++;
        if (nn_src_line_masthead(a->rec, ltext(a, i), l->len))
            return 1;
    }
    return masthead_again(a) || logo_thrice(a);
}

/* A logo's text above the article's text ("Gibraltar Chronicle Logo"
 * over the headline), where the site's own logo stands; below the text
 * the logos are partners', sponsors' and apps' ("Google Play Logo"). */
#define LOGO_TOP_LINES 3 /* lines of text at the page's top */

static int logo_above(article *a)
{
    size_t i, seen = 0;
    for (i = 0; i < a->nz->nlines && !a->nz->lines[i].body; i++)
        if (a->nz->lines[i].len &&
            nn_src_logo_line(a->rec, ltext(a, i), a->nz->lines[i].len,
                             ++seen <= LOGO_TOP_LINES))
            return 1;
    return 0;
}

/* The words a newsroom's name ends with ("Local 3 News", "iNews") */
static const char *const outlet_words[] = {"News",    "Press",   "TV",
                                           "Times",   "Post",    "Herald",
                                           "Radio",   "Journal", "Daily",
                                           "Tribune", "Online",  NULL};

/* Does word s (n bytes) end a newsroom's name? */
static int outlet_word(const char *s, size_t n)
{
    size_t k, wl;
    for (k = 0; outlet_words[k]; k++)
        if (n >= (wl = strlen(outlet_words[k])) &&
            !memcmp(s + n - wl, outlet_words[k], wl))
            return 1;
    return 0;
}

/* "... a spokesperson told Local 3 News.", "told Burnham-On-Sea.com",
 * "told Radio Kismayo": a newsroom's name or a host after "told" or
 * "spoke to", as a local outlet names itself in its story; never an
 * agency ("told The Associated Press" is the wire's copy). */
static int told_outlet(nn_record *rec)
{
    static const char *const verbs[] = {" told ", " spoke to ", NULL};
    const char *const *v, *s, *p, *last;
    for (v = verbs; *v; v++)
        for (s = rec->body; (s = strstr(s, *v)) != NULL; s++) {
            s += strlen(*v);
            s += !strncasecmp(s, "the ", 4) ? 4 : 0;
            for (p = last = s; nn_src_upper(*p) || (*p >= '0' && *p <= '9');) {
                last = p;
                while ((*p >= 'a' && *p <= 'z') || nn_src_upper(*p) ||
                       (*p >= '0' && *p <= '9') || *p == '-' ||
                       (*p == '.' && p[1] >= 'a' && p[1] <= 'z'))
                    p++;
                if (*p != ' ' ||
                    !(nn_src_upper(p[1]) || (p[1] >= '0' && p[1] <= '9')))
                    break;
                p++;
            }
            if (p > s && p - s <= NN_SRC_MAXNAME &&
                !nn_src_agency(s, (size_t)(p - s)) &&
                /* (the word alone names no one: "told Radio listeners") */
                !nn_in_list(outlet_words, s, (size_t)(p - s), 0) &&
                (outlet_word(last, (size_t)(p - last)) ||
                 memchr(last, '.', (size_t)(p - last)) ||
                 /* "told Radio Kismayo": a station's name after its word */
                 (last > s && !strncmp(s, "Radio ", 6))))
                return nn_src_take(rec, s, (size_t)(p - s),
                                   "source taken from the text ('told ...')");
        }
    return 0;
}

void nn_source_guess(article *a)
{
    nn_record *rec = a->rec;
    const char *b = rec->body;
    if (rec->source || !b || !*b)
        return;
    if (dateline_host(rec, b) || dateline_glued_host(rec, b) ||
        dateline_outlet(rec, b) || dateline_camel(rec, b) ||
        dateline_camel_date(rec, b) || dateline_caps_date_name(rec, b) ||
        dateline_agency(rec, b) || dateline_caps(rec, b) ||
        dateline_name(rec, b) || dateline_place_outlet(a, b) ||
        later_dateline(rec) || lead_persian(rec) || lead_reports(rec))
        return;
    if (chrome_cues(a, nn_src_byline_outlet) ||
        chrome_cues(a, nn_src_line_credit) ||
        chrome_cues(a, nn_src_line_host) || told_outlet(rec) || logo_above(a) ||
        masthead(a) || chrome_cues(a, nn_src_follow_outlet) ||
        chrome_cues(a, nn_src_line_newsroom_mail))
        return;
}
