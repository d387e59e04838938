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
 * A guess is said in a warning, so that a user can tell it from a name
 * the page gives as its own. */
#include "article.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define MAXNAME 48 /* bytes of a name taken */

static int is_dash_at(const char *p)
{
    return *p == '-' || !strncmp(p, "\xE2\x80\x93", 3) ||
           !strncmp(p, "\xE2\x80\x94", 3);
}

static int is_upper_ascii(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* A name of 1 to 5 words, of MAXNAME bytes at the most, that starts with
 * a letter or a digit and holds a letter. */
static int name_shape(const char *s, size_t n)
{
    size_t i, words = 1, letters = 0;
    int32_t cp;
    if (n < 2 || n > MAXNAME || s[0] == ' ' || s[n - 1] == ' ')
        return 0;
    for (i = 0; i < n; i += nn_utf8_decode(s + i, n - i, &cp)) {
        nn_utf8_decode(s + i, n - i, &cp);
        if (cp == ' ')
            words++;
        else if (nn_is_alnum_cp(cp))
            letters += !(cp >= '0' && cp <= '9');
        else if (cp != 0x2019 &&
                 !(cp > 0 && cp < 0x80 && strchr("&.'-/", (int)cp)))
            return 0;
    }
    nn_utf8_decode(s, n, &cp);
    return letters > 0 && words <= 5 && nn_is_alnum_cp(cp);
}

static int take(nn_record *rec, const char *s, size_t n, const char *why)
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

/* "Liputan6.com, Bandung - Hanya ...": a host name, a comma, a place, a
 * dash within 40 bytes. */
static int dateline_host(nn_record *rec, const char *s)
{
    const char *dot = NULL, *p;
    size_t i;
    for (i = 0; s[i] && s[i] != ',' && i < 40; i++) {
        char c = s[i];
        if (c == '.')
            dot = s + i;
        else if (!((c >= 'a' && c <= 'z') || is_upper_ascii(c) ||
                   (c >= '0' && c <= '9') || c == '-'))
            return 0;
    }
    if (s[i] != ',' || !dot || dot == s || s + i - dot < 3 || s + i - dot > 7)
        return 0;
    for (p = dot + 1; p < s + i; p++)
        if (!((*p >= 'a' && *p <= 'z') || is_upper_ascii(*p)))
            return 0; /* "Liputan6.com": letters after the dot */
    for (p = s + i + 1; *p && p < s + i + 40; p++)
        if (p[0] == ' ' && is_dash_at(p + 1))
            return take(rec, s, i, "source taken from the dateline");
    return 0;
}

/* A host's name at s, up to a blank and a dash ("kiprahkita.com -"):
 * its length, or 0. */
static size_t host_before_dash(const char *s)
{
    size_t i, dot = 0;
    for (i = 0;
         i < 40 && ((s[i] >= 'a' && s[i] <= 'z') || is_upper_ascii(s[i]) ||
                    (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '.');
         i++)
        if (s[i] == '.')
            dot = i;
    return dot && i - dot >= 3 && i - dot <= 7 && s[i] == ' ' &&
                   is_dash_at(s + i + 1)
               ? i
               : 0;
}

/* "JAKARTA, kiprahkita.com - ...": a place in capitals, a comma and a
 * host; "TEMPO Interaktif, Jakarta -Polisi ...": an outlet's name (a word
 * in capitals and a capitalized one) before the place. */
static int dateline_outlet(nn_record *rec, const char *s)
{
    const char *p = s, *place;
    size_t n;
    while (is_upper_ascii(*p))
        p++;
    if (p - s >= 3 && p[0] == ',' && p[1] == ' ' &&
        (n = host_before_dash(p + 2)) != 0)
        return take(rec, p + 2, n, "source taken from the dateline");
    if (p - s >= 3 && p[0] == '-' && is_upper_ascii(p[1])) {
        /* "REFORMASI-ID - Jakarta - ...": a name in capitals, a dash,
         * a place, a dash */
        for (p++; is_upper_ascii(*p); p++)
            ;
        n = (size_t)(p - s);
        if (p[0] == ' ' && is_dash_at(p + 1) && p[2] == ' ' &&
            is_upper_ascii(p[3])) {
            for (place = p += 3; (*p >= 'a' && *p <= 'z') || is_upper_ascii(*p);
                 p++)
                ;
            if (p - place >= 3 && p[0] == ' ' && is_dash_at(p + 1))
                return take(rec, s, n, "source taken from the dateline");
        }
        return 0;
    }
    if (p - s < 4 || p[0] != ' ' || !is_upper_ascii(p[1]) ||
        is_upper_ascii(p[2]))
        return 0;
    for (p += 2; *p >= 'a' && *p <= 'z'; p++)
        ;
    if (p[0] != ',' || p[1] != ' ' || !is_upper_ascii(p[2]))
        return 0;
    n = (size_t)(p - s);
    for (place = p += 2; (*p >= 'a' && *p <= 'z') || is_upper_ascii(*p); p++)
        ;
    if (p - place < 3 || p[0] != ' ' || !is_dash_at(p + 1))
        return 0;
    return take(rec, s, n, "source taken from the dateline");
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

/* "ANKARA, Jan 31 (Reuters) - ", "(CBS DETROIT) - ": a parenthesis in
 * the first 60 bytes closed by a dash; "/NOVOSTIVL/ The ...", "САРАТОВ,
 * 27 октября. /ТАСС/. Суд ...": capitals between slashes at the very
 * start or after the place. */
static int dateline_agency(nn_record *rec, const char *s)
{
    const char *o, *c, *p;
    for (o = s; *o && *o != '\n' && o - s < 60; o++) {
        if (*o == '(' && (c = strchr(o, ')')) != NULL && c - o <= MAXNAME) {
            p = c + 1;
            p += *p == ' ';
            if (is_dash_at(p) && !memchr(o, '\n', (size_t)(c - o)))
                return take(rec, o + 1, (size_t)(c - o - 1),
                            "source taken from the dateline");
            return 0;
        }
        if (*o == '/' && (o == s || o[-1] == ' ') &&
            (c = strchr(o + 1, '/')) != NULL && c - o <= 32 &&
            (c[1] == ' ' || c[1] == '.')) {
            if (c - o > 3 && capitals(o + 1, (size_t)(c - o - 1)))
                return take(rec, o + 1, (size_t)(c - o - 1),
                            "source taken from the dateline");
            return 0;
        }
    }
    return 0;
}

/* "BAKU. KAZINFORM - The ...": a place and an agency in capitals, a full
 * stop between them, a dash after. */
static int dateline_caps(nn_record *rec, const char *s)
{
    const char *p = s, *name;
    while (is_upper_ascii(*p) || (*p == ' ' && is_upper_ascii(p[1])))
        p++;
    if (p - s < 3 || p[0] != '.' || p[1] != ' ')
        return 0;
    name = p += 2;
    while (is_upper_ascii(*p) || (*p == ' ' && is_upper_ascii(p[1])))
        p++;
    if (p - name < 3 || p[0] != ' ' || !is_dash_at(p + 1))
        return 0;
    return take(rec, name, (size_t)(p - name),
                "source taken from the dateline");
}

/* "DURHAM, N.C. (WTVD) -- A major vote ...": the agency's or station's
 * dateline on the second or third paragraph, under a standfirst; only
 * after a place in capitals, so that a name's "(D) -" is not one. */
static int later_dateline(nn_record *rec)
{
    const char *s, *p;
    int k;
    for (k = 1; k < 3; k++) {
        if ((s = paragraph(rec->body, k)) == NULL)
            return 0;
        for (p = s; is_upper_ascii(*p); p++)
            ;
        if (p - s < 3)
            continue; /* no place in capitals */
        while (p - s < 40 &&
               (is_upper_ascii(*p) || (*p >= 'a' && *p <= 'z') || *p == ',' ||
                *p == '.' || (*p == ' ' && p[1] != '(')))
            p++; /* ", N.C.", ", Ore." */
        if (p[0] == ' ' && p[1] == '(' && dateline_agency(rec, s))
            return 1;
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
    return take(rec, s, (size_t)(e - s), "source taken from the lead");
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
            for (p = s; *p && *p != '\n' && p - s <= MAXNAME; p++)
                for (e = ends; *e; e++)
                    if (!strncmp(p, *e, strlen(*e))) {
                        name = unquote(s, (size_t)(p - s), &len);
                        return take(rec, name, len,
                                    "source taken from the lead");
                    }
        }
    return 0;
}

static int agency(const char *s, size_t n);

/* ---- 3. a byline that names no person --------------------------------- */

/* "K8", "Alabama News Network": one to four words, each capitalized or
 * a number, as a newsroom's name before "Staff" is. */
static int outlet_words(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ') {
            if (!(is_upper_ascii(s[i]) || (s[i] >= '0' && s[i] <= '9')) ||
                ++words > 4)
                return 0;
        }
    return words > 0;
}

/* "Par Actu17", "By K8 Newsdesk", "By WXYZ Staff": a byline of one word
 * that no person bears (a digit, a dot or a capital inside it), or of a
 * name of up to four words and the word for a newsroom ("By Alabama News
 * Network Staff"), or of one word and a wire ("Par Euronews avec AFP":
 * the newsroom that rewrote the wire's copy). */
static int byline_outlet(nn_record *rec, const char *s, size_t n)
{
    static const char *const bys[] = {"By ", "Par ",  "Por ", "Von ",
                                      "Di ", "Oleh ", NULL};
    static const char *const desks[] = {
        " Newsdesk",     " News Desk", " Staff", " Web Staff",
        " Digital Team", " Redaktion", NULL};
    static const char *const withs[] = {" with ", " and ", " avec ",   " et ",
                                        " con ",  " y ",   " mit ",    " und ",
                                        " com ",  " e ",   " dengan ", NULL};
    const char *const *b, *const *d, *const *w;
    size_t i, bl;
    for (b = bys; *b && strncmp(s, *b, strlen(*b)); b++)
        ;
    if (!*b)
        return 0;
    bl = strlen(*b);
    s += bl, n -= bl;
    for (d = desks; *d; d++) {
        size_t dl = strlen(*d);
        if (n > dl && !memcmp(s + n - dl, *d, dl) && outlet_words(s, n - dl))
            return take(rec, s, n - dl, "source taken from a byline");
    }
    for (w = withs; *w; w++) {
        /* "Par Euronews avec AFP": the newsroom, with a wire's copy */
        const char *at = nn_find(s, n, *w, strlen(*w));
        size_t wl = strlen(*w);
        if (at && agency(at + wl, (size_t)(s + n - at - wl)) &&
            outlet_words(s, (size_t)(at - s)) &&
            !memchr(s, ' ', (size_t)(at - s)))
            return take(rec, s, (size_t)(at - s), "source taken from a byline");
    }
    if (memchr(s, ' ', n) || n < 3)
        return 0;
    for (i = 1; i < n; i++)
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || is_upper_ascii(s[i]))
            return take(rec, s, n, "source taken from a byline");
    return 0;
}

/* ---- 4. photo credits -------------------------------------------------- */

/* Photo agencies, stock libraries and networks: a credit that names one
 * names where the picture came from, not the outlet. */
static int agency(const char *s, size_t n)
{
    static const char *const names[] = {"AP",
                                        "AFP",
                                        "Reuters",
                                        "Getty",
                                        "Getty Images",
                                        "EPA",
                                        "EPA-EFE",
                                        "EFE",
                                        "TASS",
                                        "RIA Novosti",
                                        "Sputnik",
                                        "Shutterstock",
                                        "iStock",
                                        "Pixabay",
                                        "Unsplash",
                                        "Pexels",
                                        "Freepik",
                                        "Depositphotos",
                                        "Alamy",
                                        "Wikimedia",
                                        "Wikimedia Commons",
                                        "Wikipedia",
                                        "Flickr",
                                        "Facebook",
                                        "Twitter",
                                        "X",
                                        "Instagram",
                                        "YouTube",
                                        "Telegram",
                                        "DPA",
                                        "ANSA",
                                        "Xinhua",
                                        "Anadolu",
                                        "AA",
                                        "IHA",
                                        "DHA",
                                        "Imago",
                                        "Sipa",
                                        "ZUMA",
                                        "Bloomberg",
                                        "NurPhoto",
                                        "Keystone",
                                        "PA",
                                        "Handout",
                                        "Archive",
                                        "Archivo",
                                        "Arquivo",
                                        "Archiv",
                                        "Archives",
                                        "Antara",
                                        "ANTARA FOTO",
                                        "Europa Press",
                                        "Associated Press",
                                        "Canadian Press",
                                        "Press Association",
                                        "PA Media",
                                        "Agência Brasil",
                                        "Ilustrasi",
                                        "Illustrasi",
                                        "Istimewa", /* "courtesy" */
                                        "Ist",
                                        "Dok",
                                        "Dokumentasi",
                                        "Supplied",
                                        "Submitted",
                                        "Contributed",
                                        "Courtesy",
                                        "File",
                                        "illustration",
                                        "Canva",
                                        NULL};
    return nn_in_list(names, s, n, 1);
}

/* The outlet a credit names: its last part after a slash ("Сергей
 * Булкин/NEWS.ru"), or a credit of one word ("Okezone"); a person's name
 * of two words or more alone is not one, nor a host alone ("Фото:
 * gradus.pro": the site the picture was taken from). */
static int credit_outlet(nn_record *rec, const char *s, size_t n,
                         const char *why)
{
    const char *slash = NULL, *p;
    for (p = s; p < s + n; p++)
        if (*p == '/')
            slash = p;
    if (slash) {
        n -= (size_t)(slash + 1 - s);
        s = slash + 1;
    }
    while (n && *s == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || agency(s, n) ||
        (!slash && (memchr(s, ' ', n) || memchr(s, '.', n))))
        return 0; /* a person, or a site the picture was taken from */
    return take(rec, s, n, why);
}

/* Where the credit after a label ("Фото: X", "(foto: X)", "Photo: X")
 * starts in line s, or NULL. */
static const char *credit_label(const char *s, size_t n)
{
    static const char *const labels[] = {"foto:", "photo:", "фото:", /* фото: */
                                         "Фото:", /* Фото: */
                                         NULL};
    const char *const *l, *p;
    for (l = labels; *l; l++) {
        size_t ln = strlen(*l);
        for (p = s; p + ln <= s + n; p++)
            if (!strncasecmp(p, *l, ln) &&
                (p == s || p[-1] == ' ' || p[-1] == '('))
                return p + ln;
    }
    return NULL;
}

/* A person's name of two or three capitalized words, as a press office
 * signs a release ("Anna Thompson" in "Anna Thompson/NZ Police"). */
static int signer(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ') {
            if (!is_upper_ascii(s[i]) || i + 1 >= n || s[i + 1] < 'a' ||
                s[i + 1] > 'z' || ++words > 3)
                return 0;
        } else if (s[i] != ' ' && !((s[i] >= 'a' && s[i] <= 'z') ||
                                    (unsigned char)s[i] >= 0x80 ||
                                    s[i] == '-' || s[i] == '\'')) {
            return 0;
        }
    return words >= 2;
}

/* Line text s (n bytes): a labelled credit, a caption's closing "(NAME /
 * OUTLET)", or a release's signature "NAME/OUTLET". */
static int line_credit(nn_record *rec, const char *s, size_t n)
{
    const char *e = s + n, *v = credit_label(s, n), *ve, *p;
    if (v) {
        while (v < e && *v == ' ')
            v++;
        for (ve = v; ve < e && *ve != ')' && *ve != ','; ve++)
            ;
        return credit_outlet(rec, v, (size_t)(ve - v),
                             "source taken from a photo credit");
    }
    if (n > 8 && s[n - 1] == ')' && (p = memchr(s, '(', n)) != NULL &&
        memchr(p, '/', (size_t)(e - p)))
        return credit_outlet(rec, p + 1, (size_t)(e - p - 2),
                             "source taken from a photo credit");
    if (n <= 60 && (p = memchr(s, '/', n)) != NULL && p > s && p[-1] != ' ' &&
        signer(s, (size_t)(p - s)))
        return credit_outlet(rec, s, n, "source taken from a signature");
    return 0;
}

/* ---- 5. a host in the chrome ------------------------------------------- */

static int host_char(char c)
{
    return (c >= 'a' && c <= 'z') || is_upper_ascii(c) ||
           (c >= '0' && c <= '9') || c == '-';
}

/* Hosts every page may name: networks, shops, mail. */
static int common_host(const char *s, size_t n)
{
    static const char *const hosts[] = {"facebook.",  "twitter.",  "x.com",
                                        "instagram.", "youtube.",  "youtu.be",
                                        "t.me",       "telegram.", "whatsapp.",
                                        "tiktok.",    "linkedin.", "pinterest.",
                                        "vk.com",     "ok.ru",     "google.",
                                        "gmail.",     "yahoo.",    "hotmail.",
                                        "outlook.",   "apple.",    "amazon.",
                                        "wordpress.", "blogspot.", "disqus.",
                                        "wikipedia.", NULL};
    const char *const *h;
    if (n > 4 && !strncasecmp(s, "www.", 4))
        s += 4, n -= 4;
    for (h = hosts; *h; h++)
        if (strlen(*h) <= n && !strncasecmp(s, *h, strlen(*h)))
            return 1;
    return 0;
}

/* "blanket.js", "photo.jpg": a file's name, not a host. */
static int file_name(const char *ext, size_t n)
{
    static const char *const exts[] = {"js",  "css",  "htm", "html", "php",
                                       "asp", "aspx", "jsp", "jpg",  "jpeg",
                                       "png", "gif",  "svg", "webp", "pdf",
                                       "mp3", "mp4",  "txt", "xml",  "json",
                                       "doc", "docx", "xls", "xlsx", "zip",
                                       "exe", NULL};
    return nn_in_list(exts, ext, n, 1);
}

/* A host's last label: a country's two letters or a generic name in use
 * by news sites; not an abbreviation's tail ("TP.HCM", "Gov.Ltd"). */
static int top_label(const char *s, size_t n)
{
    static const char *const generic[] = {
        "com",    "net",    "org",     "info",    "biz",     "news",  "media",
        "online", "site",   "press",   "today",   "live",    "world", "asia",
        "blog",   "club",   "pro",     "mobi",    "gov",     "edu",   "int",
        "life",   "city",   "space",   "tech",    "website", "radio", "global",
        "agency", "report", "digital", "network", "zone",    "xyz",   "top",
        "one",    "email",  "tv",      NULL};
    return n == 2 || nn_in_list(generic, s, n, 1);
}

/* A line of three words or more, each capitalized: a list of names. */
static int all_names(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ') {
            if (!nn_starts_upper(s + i, n - i))
                return 0;
            words++;
        }
    return words >= 3;
}

/* A word of line s that is a host ("RadioEME.com", "www.azadinform.az"):
 * letters, digits and hyphens in labels, a last label of 2 to 6 letters;
 * never part of a URL or an e-mail address. */
static int line_host(nn_record *rec, const char *s, size_t n)
{
    size_t i = 0, j, dot;
    if (all_names(s, n) || credit_label(s, n))
        return 0; /* "МК АвтоВзгляд WomanHit.ru": sister sites, a menu;
                     "Фото: gradus.pro": where a picture came from */
    while (i < n) {
        while (i < n && !host_char(s[i]))
            i++;
        for (j = i, dot = 0; j < n && (host_char(s[j]) || s[j] == '.'); j++)
            if (s[j] == '.')
                dot = j;
        while (j > i && (s[j - 1] == '.' || s[j - 1] == '-'))
            j--; /* a full stop after the host, a dash glued to it */
        if (dot && dot < j && j - dot >= 3 && j - dot <= 7 && dot > i &&
            (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            (j == n || s[j] == ' ' || s[j] == '.' || s[j] == ',' ||
             s[j] == ')' || s[j] == '!' || s[j] == '-')) {
            size_t k;
            for (k = dot + 1;
                 k < j && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'); k++)
                ;
            if (k == j && !common_host(s + i, j - i) &&
                top_label(s + dot + 1, j - dot - 1) &&
                !file_name(s + dot + 1, j - dot - 1))
                return take(rec, s + i, j - i,
                            "source taken from a host the page names");
        }
        while (i < n && s[i] != ' ')
            i++; /* skip the rest of the word (URLs, addresses) */
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

/* Does word s (n bytes) end a newsroom's name ("Local 3 News", "iNews")? */
static int outlet_word(const char *s, size_t n)
{
    static const char *const words[] = {"News",  "Press",   "TV",     "Times",
                                        "Post",  "Herald",  "Radio",  "Journal",
                                        "Daily", "Tribune", "Online", NULL};
    size_t k, wl;
    for (k = 0; words[k]; k++)
        if (n >= (wl = strlen(words[k])) && !memcmp(s + n - wl, words[k], wl))
            return 1;
    return 0;
}

/* "... a spokesperson told Local 3 News.", "told Burnham-On-Sea.com": a
 * newsroom's name or a host after "told" or "spoke to", as a local outlet
 * names itself in its story; never an agency ("told The Associated
 * Press" is the wire's copy). */
static int told_outlet(nn_record *rec)
{
    static const char *const verbs[] = {" told ", " spoke to ", NULL};
    const char *const *v, *s, *p, *last;
    for (v = verbs; *v; v++)
        for (s = rec->body; (s = strstr(s, *v)) != NULL; s++) {
            s += strlen(*v);
            s += !strncasecmp(s, "the ", 4) ? 4 : 0;
            for (p = last = s;
                 is_upper_ascii(*p) || (*p >= '0' && *p <= '9');) {
                last = p;
                while ((*p >= 'a' && *p <= 'z') || is_upper_ascii(*p) ||
                       (*p >= '0' && *p <= '9') || *p == '-' ||
                       (*p == '.' && p[1] >= 'a' && p[1] <= 'z'))
                    p++;
                if (*p != ' ' ||
                    !(is_upper_ascii(p[1]) || (p[1] >= '0' && p[1] <= '9')))
                    break;
                p++;
            }
            if (p > s && p - s <= MAXNAME && !agency(s, (size_t)(p - s)) &&
                (outlet_word(last, (size_t)(p - last)) ||
                 memchr(last, '.', (size_t)(p - last))))
                return take(rec, s, (size_t)(p - s),
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
    if (dateline_host(rec, b) || dateline_outlet(rec, b) ||
        dateline_agency(rec, b) || dateline_caps(rec, b) ||
        later_dateline(rec) || lead_persian(rec) || lead_reports(rec))
        return;
    if (chrome_cues(a, byline_outlet) || chrome_cues(a, line_credit) ||
        chrome_cues(a, line_host) || told_outlet(rec))
        return;
}
