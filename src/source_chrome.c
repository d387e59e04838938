/* source_chrome.c - the source named in the page's chrome, for
 * source.c's nn_source_guess(): a byline that names no person ("Par
 * Actu17", "By K8 Newsdesk", "Par Euronews avec AFP"), a photo credit
 * that names the outlet ("Фото: Сергей Булкин/NEWS.ru"), never a photo
 * agency or stock library, a host the page prints ("Seguí todas las
 * noticias de RadioEME.com"), never a social network's, and a masthead
 * ("Agencia Informativa Alor Noticias"). */
#include "article.h"
#include "page.h"
#include "source_int.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* ---- 3. a byline that names no person --------------------------------- */

/* "K8", "Alabama News Network": one to four words, each capitalized or
 * a number, as a newsroom's name before "Staff" is. */
static int outlet_words(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ') {
            if (!(nn_src_upper(s[i]) || (s[i] >= '0' && s[i] <= '9')) ||
                ++words > 4)
                return 0;
        }
    return words > 0;
}

/* Is s (n bytes) one word in capitals, as a paper's initials are
 * ("NÖN"), not a desk's word ("Sports", "Web", "Online")? */
static int acronym(const char *s, size_t n)
{
    size_t caps;
    return nn_utf8_cat_run(s, n, UTF8PROC_CATEGORY_LU, &caps) == n && caps >= 2;
}

static int masthead_name(const char *s, size_t n, int paper);

/* "Jornal Opais por Jornal Opais": a byline whose author is the name
 * the line opens with, the site's account signing as itself. */
static int self_signed(nn_record *rec, const char *s, size_t n)
{
    static const char *const seps[] = {" por ", " by ",   " par ",
                                       " von ", " oleh ", NULL};
    const char *const *p;
    for (p = seps; *p; p++) {
        size_t sl = strlen(*p), k = (n - sl) / 2;
        if (n > sl + 4 && (n - sl) % 2 == 0 && !memcmp(s + k, *p, sl) &&
            !memcmp(s, s + k + sl, k) && outlet_words(s, k) &&
            masthead_name(s, k, 1)) /* (a paper's word: not "Carlos
                                       Mendes por Carlos Mendes") */
            return nn_src_take(rec, s, k, "source taken from a byline");
    }
    return 0;
}

/* "Par Actu17", "By K8 Newsdesk", "By WXYZ Staff": a byline of one word
 * that no person bears (a digit, a dot or a capital inside it), or of a
 * name of up to four words and the word for a newsroom ("By Alabama News
 * Network Staff"), or ending in an outlet's word ("Por RGT News"), or of
 * one word and a wire ("Par Euronews avec AFP":
 * the newsroom that rewrote the wire's copy). */
int nn_src_byline_outlet(nn_record *rec, const char *s, size_t n)
{
    static const char *const bys[] = {"By ", "Par ",  "Por ", "Von ",
                                      "Di ", "Oleh ", NULL};
    static const char *const desks[] = {
        " Newsdesk",     " News Desk", " Staff", " Web Staff",
        " Digital Team", " Redaktion", NULL};
    /* "Por RGT News": a name ending in an outlet's word */
    static const char *const names[] = {" News",  " Noticias", " Notícias",
                                        " TV",    " Online",   " Radio",
                                        " Haber", NULL};
    static const char *const withs[] = {" with ", " and ", " avec ",   " et ",
                                        " con ",  " y ",   " mit ",    " und ",
                                        " com ",  " e ",   " dengan ", NULL};
    const char *const *b, *const *d, *const *w;
    size_t i, bl, cut, slash;
    for (b = bys; *b && strncmp(s, *b, strlen(*b)); b++)
        ;
    if (!*b)
        return n <= 2 * NN_SRC_MAXNAME && self_signed(rec, s, n);
    bl = strlen(*b);
    s += bl, n -= bl;
    /* the byline may go on with the date ("Von NÖN Redaktion. Erstellt
     * am 30. September 2020"): the desk's word ends its first sentence */
    for (i = 0, cut = n; i + 1 < n; i++)
        if (s[i] == '.' && s[i + 1] == ' ') {
            cut = i;
            break;
        }
    /* or with the time and date after a slash or a bar ("By Bohol
     * Island News Staff/09:50 PM August 24, 2019") */
    for (i = 0, slash = n; i < n; i++)
        if (s[i] == '/' || s[i] == '|') {
            size_t at = i + 1 < n && s[i + 1] == ' ' ? i + 2 : i + 1;
            for (slash = i; slash > 0 && s[slash - 1] == ' '; slash--)
                ;
            if (at >= n || s[at] < '0' || s[at] > '9')
                slash = n; /* (a time or a date after it) */
            break;
        }
    for (d = desks; *d; d++) {
        size_t dl = strlen(*d);
        if (n > dl && !memcmp(s + n - dl, *d, dl) && outlet_words(s, n - dl))
            return nn_src_take(rec, s, n - dl, "source taken from a byline");
        if (cut < n && cut > dl && !memcmp(s + cut - dl, *d, dl) &&
            outlet_words(s, cut - dl) && acronym(s, cut - dl))
            return nn_src_take(rec, s, cut - dl, "source taken from a byline");
        if (slash < n && slash > dl && !memcmp(s + slash - dl, *d, dl) &&
            outlet_words(s, slash - dl))
            return nn_src_take(rec, s, slash - dl,
                               "source taken from a byline");
    }
    for (d = names; *d; d++) {
        size_t dl = strlen(*d);
        if (n > dl && !memcmp(s + n - dl, *d, dl) && outlet_words(s, n))
            return nn_src_take(rec, s, n, "source taken from a byline");
    }
    for (w = withs; *w; w++) {
        /* "Par Euronews avec AFP": the newsroom, with a wire's copy */
        const char *at = nn_find(s, n, *w, strlen(*w));
        size_t wl = strlen(*w);
        if (at && nn_src_agency(at + wl, (size_t)(s + n - at - wl)) &&
            outlet_words(s, (size_t)(at - s)) &&
            !memchr(s, ' ', (size_t)(at - s)))
            return nn_src_take(rec, s, (size_t)(at - s),
                               "source taken from a byline");
    }
    if (memchr(s, ' ', n) || n < 3)
        return 0;
    for (i = 1; i < n; i++)
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || nn_src_upper(s[i]))
            return nn_src_take(rec, s, n, "source taken from a byline");
    return 0;
}

/* "Únete al canal de WhatsApp de El Popular", "Join the Telegram channel
 * of The Daily": an appeal to follow the site on a messenger, which
 * names the site right after the messenger's name. */
int nn_src_follow_outlet(nn_record *rec, const char *s, size_t n)
{
    static const char *const verbs[] = {"\xC3\x9Anete ", "Unete ", "Join ",
                                        "Follow ",       "Siga ",  "Sigue ",
                                        "Suivez ",       "Segui ", "Ikuti ",
                                        "Participe ",    NULL};
    static const char *const apps[] = {"WhatsApp", "Whatsapp", "Telegram",
                                       NULL};
    /* what stands between the app's name and the site's */
    static const char *const ofs[] = {" de ",         " del ",      " do ",
                                      " da ",         " of ",       " di ",
                                      " channel of ", " group of ", NULL};
    const char *const *v, *const *a, *const *o, *at = NULL;
    size_t k;
    if (n > 120)
        return 0;
    for (v = verbs; *v && (n <= strlen(*v) || memcmp(s, *v, strlen(*v))); v++)
        ;
    for (a = apps; *v && *a && !at; a++)
        at = nn_find(s, n, *a, strlen(*a));
    if (!*v || !at)
        return 0;
    at += strlen(a[-1]);
    for (o = ofs; *o; o++)
        if ((size_t)(s + n - at) > strlen(*o) && !memcmp(at, *o, strlen(*o)))
            break;
    if (!*o)
        return 0; /* ("... WhatsApp de noticias de Puebla": not a name) */
    at += strlen(*o);
    for (k = (size_t)(s + n - at); k && strchr(".!: ", at[k - 1]); k--)
        ;
    return k >= 3 && outlet_words(at, k) &&
           nn_src_take(rec, at, k, "source taken from a follow prompt");
}

/* ---- 4. photo credits -------------------------------------------------- */

/* Photo agencies, stock libraries and networks: a credit that names one
 * names where the picture came from, not the outlet. */
int nn_src_agency(const char *s, size_t n)
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
                                        "123rf",
                                        "Dreamstime",
                                        "Adobe Stock",
                                        "Stock",
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
                                        "AAP",
                                        "ANP",
                                        "Kyodo",
                                        "Yonhap",
                                        "PTI",
                                        "IANS",
                                        "Bernama",
                                        "Lusa",
                                        "Belga",
                                        "UPI",
                                        "AP Photo",
                                        "AFP Photo",
                                        "Agência Brasil",
                                        "Ilustrasi",
                                        "Illustrasi",
                                        "Divulgação", /* "handout" */
                                        "Divulgacao",
                                        "Reprodução",
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

/* A person's name of two or three capitalized words, as a press office
 * signs a release ("Anna Thompson" in "Anna Thompson/NZ Police"). */
static int signer(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ') {
            if (!nn_src_upper(s[i]) || i + 1 >= n || s[i + 1] < 'a' ||
                s[i + 1] > 'z' || ++words > 3)
                return 0;
        } else if (s[i] != ' ' && !((s[i] >= 'a' && s[i] <= 'z') ||
                                    (unsigned char)s[i] >= 0x80 ||
                                    s[i] == '-' || s[i] == '\'')) {
            return 0;
        }
    return words >= 2;
}

/* Is s (n bytes) a short run of ASCII lower-case letters (an editor's
 * initials: "dpe", "dte")? */
static int lower_word(const char *s, size_t n)
{
    size_t i;
    if (n > 4)
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return 0;
    return 1;
}

static int common_host(const char *s, size_t n);

/* Is [s, e) a section's path in an address ("nacional", "local-news"):
 * lower-case letters and hyphens? */
static int path_word(const char *s, const char *e)
{
    for (; s < e; s++)
        if (!((*s >= 'a' && *s <= 'z') || *s == '-'))
            return 0;
    return 1;
}

/* The outlet a credit names: its last part after a slash ("Сергей
 * Булкин/NEWS.ru"), or a credit of one word ("Okezone"); a person's name
 * of two words or more alone is not one, nor a host alone ("Фото:
 * gradus.pro": the site the picture was taken from). */
static int credit_outlet(nn_record *rec, const char *s, size_t n,
                         const char *why)
{
    const char *slash = NULL, *p;
    int initials = 0; /* "(dpe/dte)": an editor's, no outlet */
    for (p = s; p < s + n; p++)
        if (*p == '/')
            slash = p;
    if (slash) {
        const char *a = s, *z = slash;
        while (a < z && *a == ' ')
            a++;
        const char *r = slash + 1, *re = s + n;
        while (z > a && z[-1] == ' ')
            z--;
        while (r < re && *r == ' ')
            r++;
        while (re > r && re[-1] == ' ')
            re--;
        /* "Panennews.com/Ahmad M", "RNZ / Alexa Cook": the site or
         * outlet first (one word), then the photographer */
        if (z > a && !memchr(a, ' ', (size_t)(z - a)) && z[-1] != '.' &&
            (memchr(a, '.', (size_t)(z - a)) || signer(r, (size_t)(re - r))) &&
            memchr(r, ' ', (size_t)(re - r)) &&
            !nn_src_agency(a, (size_t)(z - a)))
            return nn_src_take(rec, a, (size_t)(z - a), why);
        /* "( Stop.co.mz/nacional )": a host and its section's path */
        if (z > a && !memchr(a, ' ', (size_t)(z - a)) && z[-1] != '.' &&
            memchr(a, '.', (size_t)(z - a)) && r < re && path_word(r, re) &&
            !common_host(a, (size_t)(z - a)))
            return nn_src_take(rec, a, (size_t)(z - a), why);
        initials = lower_word(a, (size_t)(z - a));
        n -= (size_t)(slash + 1 - s);
        s = slash + 1;
    }
    while (n && *s == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || nn_src_agency(s, n) ||
        ((initials || (!slash && n <= 3)) && lower_word(s, n)) ||
        (!slash && (memchr(s, ' ', n) || memchr(s, '.', n))))
        return 0; /* a person, or a site the picture was taken from, or
                     an editor's or photographer's initials ("(dpe/dte)",
                     "Foto: bm") */
    return nn_src_take(rec, s, n, why);
}

/* Where the credit after a label ("Фото: X", "(foto: X)", "Photo: X")
 * starts in line s, or NULL. */
static const char *credit_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "foto:", "photo:", "credit:", "cr\xC3\xA9\x64ito:", /* crédito: */
        "фото:",                                            /* фото: */
        "Фото:",                                            /* Фото: */
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

/* The paper's name in capitals that opens s (n bytes) when the caption's
 * text follows it ("EL NUEVO DÍA La vereda ..."): two words of capitals
 * or more, each of two letters or more (not "DIVULGAÇÃO A chuva ...":
 * a credit's word and the caption's article).  Its length, or 0. */
static size_t caps_words(const char *s, size_t n)
{
    size_t i = 0, end = 0, words = 0;
    while (i < n) {
        size_t caps = 0, w = i;
        while (i < n && s[i] != ' ') {
            int32_t cp;
            size_t k = nn_utf8_decode(s + i, n - i, &cp);
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
                return words >= 2 && w > 0 ? end : 0;
            caps += utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
            i += k;
        }
        if (caps < 2)
            return words >= 2 && w > 0 ? end : 0;
        words++;
        end = i;
        i++;
    }
    return 0; /* (no caption after it: not this shape) */
}

/* A credit to the outlet's own archive ("фото:Архив Пенза-Взгляд",
 * "Foto: Archiv NÖN"): the name after the archive's word, one word that
 * opens with a capital and that no person bears (a hyphen, a dot, a digit
 * or another capital inside it; not "Foto: Archiv Meier", a family's
 * pictures).  Its start, its length in *len; or NULL. */
static const char *archive_of(const char *s, size_t n, size_t *len)
{
    static const char *const words[] = {
        "\xD0\x90\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2 ", /* Архив */
        "\xD0\xB0\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2 ", /* архив */
        "Archiv ",
        "archiv ",
        "Archivo ",
        "archivo ",
        "Arquivo ",
        "arquivo ",
        "Archivio ",
        "archivio ",
        "Ar\xC5\x9Fiv ", /* Arşiv */
        "Arsip ",
        NULL};
    const char *const *w, *name;
    size_t i, k;
    int marked = 0;
    for (w = words; *w; w++)
        if (n > strlen(*w) && !memcmp(s, *w, strlen(*w)))
            break;
    if (!*w)
        return NULL;
    name = s + strlen(*w);
    k = n - strlen(*w);
    for (i = 0; i < k;) {
        int32_t cp;
        size_t c = nn_utf8_decode(name + i, k - i, &cp);
        int upper = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
        if (cp == ' ' || (i == 0 && !upper))
            return NULL; /* one word, a capital first */
        marked |= (i > 0 && upper) || cp == '-' || cp == '.' ||
                  (cp >= '0' && cp <= '9');
        i += c ? c : 1;
    }
    if (!marked)
        return NULL;
    *len = k;
    return name;
}

/* Line text s (n bytes): a labelled credit, a caption's closing "(NAME /
 * OUTLET)", or a release's signature "NAME/OUTLET". */
#define CREDIT_NAME_MAX 60 /* bytes of a labelled credit's names */

int nn_src_line_credit(nn_record *rec, const char *s, size_t n)
{
    const char *e = s + n, *v = credit_label(s, n), *ve, *p;
    size_t k;
    if (v) {
        while (v < e && *v == ' ')
            v++;
        for (ve = v; ve < e && *ve != ')' && *ve != ','; ve++)
            ;
        /* "NAME / PAPER The caption ...": the paper in capitals; a
         * long credit of another shape is a caption's, no source */
        if ((p = nn_find(v, (size_t)(ve - v), " / ", 3)) != NULL &&
            (k = caps_words(p + 3, (size_t)(ve - p - 3))) != 0)
            ve = p + 3 + k;
        else if (ve - v > CREDIT_NAME_MAX)
            return 0;
        if ((p = archive_of(v, (size_t)(ve - v), &k)) != NULL)
            return nn_src_take(rec, p, k, "source taken from a photo credit");
        return credit_outlet(rec, v, (size_t)(ve - v),
                             "source taken from a photo credit");
    }
    /* "Фото Андрея Сорокина/ЯСИА": the label with no colon, a slash */
    if ((k = nn_page_unlabelled_credit(s, n)) != 0)
        return credit_outlet(rec, s + k, n - k,
                             "source taken from a photo credit");
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
    return (c >= 'a' && c <= 'z') || nn_src_upper(c) ||
           (c >= '0' && c <= '9') || c == '-';
}

/* Hosts every page may name: networks, shops, mail, web counters (an
 * image's alternative text: "Top.Mail.Ru"). */
static int common_host(const char *s, size_t n)
{
    static const char *const hosts[] = {"facebook.",
                                        "twitter.",
                                        "x.com",
                                        "instagram.",
                                        "youtube.",
                                        "youtu.be",
                                        "t.me",
                                        "telegram.",
                                        "whatsapp.",
                                        "tiktok.",
                                        "linkedin.",
                                        "pinterest.",
                                        "vk.com",
                                        "ok.ru",
                                        "google.",
                                        "gmail.",
                                        "yahoo.",
                                        "hotmail.",
                                        "outlook.",
                                        "apple.",
                                        "amazon.",
                                        "wordpress.",
                                        "blogspot.",
                                        "disqus.",
                                        "wikipedia.",
                                        "top.mail.ru",
                                        "liveinternet.",
                                        "top100.rambler.",
                                        "statcounter.",
                                        "histats.",
                                        NULL};
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

/* A line of three words or more, each capitalized: a list of names
 * (words parted by blanks or bars: "Tribunnews.com|Kompas.com|Grid.id"). */
static int all_names(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = 0; i < n; i++)
        if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '|') {
            if (!nn_starts_upper(s + i, n - i))
                return 0;
            words++;
        }
    return words >= 3;
}

/* A word of line s that is a host ("RadioEME.com", "www.azadinform.az",
 * "Lampung Selatan|bensorinfo.com"):
 * letters, digits and hyphens in labels, a last label of 2 to 6 letters;
 * never part of a URL or an e-mail address. */
int nn_src_line_host(nn_record *rec, const char *s, size_t n)
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
            j--;      /* a full stop after the host, a dash glued to it */
        if (dot >= j) /* the last label's dot, before that full stop */
            for (dot = j - (j > i); dot > i && s[dot] != '.'; dot--)
                ;
        if (dot && dot < j && j - dot >= 3 && j - dot <= 7 && dot > i &&
            (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '|') &&
            (j == n || s[j] == ' ' || s[j] == '.' || s[j] == ',' ||
             s[j] == ')' || s[j] == '!' || s[j] == '-' || s[j] == '|')) {
            size_t k;
            for (k = dot + 1;
                 k < j && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'); k++)
                ;
            if (k == j && !common_host(s + i, j - i) &&
                top_label(s + dot + 1, j - dot - 1) &&
                !file_name(s + dot + 1, j - dot - 1))
                return nn_src_take(rec, s + i, j - i,
                                   "source taken from a host the page names");
        }
        while (i < n && s[i] != ' ' && s[i] != '|')
            i++; /* skip the rest of the word (URLs, addresses); a bar
                    parts words ("Lampung Selatan|bensorinfo.com") */
    }
    return 0;
}

#define NEWSROOM_MAIL_MAX 64 /* bytes of a newsroom's address line */
#define CONTACT_LINE_MAX 400 /* bytes of a contact line of fields */

/* A newsroom's address at s + b (its '@' at s + at), up to a blank or
 * the line's end at *end: an editorial office's mailbox at a site's
 * host, not a mail service's; 1 with the host's end in *end. */
static int newsroom_box(const char *s, size_t n, size_t b, size_t at,
                        size_t *end)
{
    /* (the editorial office's own word: "news@", "newsroom@" and
     * "nouvelles@" are as often a company's or a town's press desk) */
    static const char *const boxes[] = {"redazione", "redaccion", "redacao",
                                        "redaccao",  "redaktion", "redaction",
                                        "redakcja",  "redaksi",   NULL};
    /* mail services a reader's address is at */
    static const char *const mail[] = {"gmx.",    "web.de",  "t-online.",
                                       "mail.",   "yandex.", "libero.",
                                       "orange.", "free.fr", "proton",
                                       NULL};
    const char *const *m;
    size_t h, dot = 0;
    if (!nn_in_list(boxes, s + b, at - b, 1))
        return 0;
    for (h = at + 1; h < n && s[h] != ' '; h++) {
        if (s[h] == '.')
            dot = h;
        else if (!host_char(s[h]))
            return 0;
    }
    for (m = mail; *m; m++)
        if (!strncasecmp(s + at + 1, *m, strlen(*m)))
            return 0;
    *end = h;
    return dot && h - dot - 1 >= 2 && h - dot - 1 <= 6 &&
           !common_host(s + at + 1, h - at - 1) &&
           top_label(s + dot + 1, h - dot - 1);
}

/* A newsroom's address alone on a line of chrome ("redazione@
 * laprovinciadifermo.com", "redaction@estrieplus.com"), a label before it
 * perhaps ("E-mail: "), or as one field of a contact line's ("Contacto:
 * administracion@... | Notas: redaccion@lavozdemisiones.com | ..."): its
 * host.  Only an editorial office's mailbox: "info@" or a person's
 * address names as often a company or a reader, and a mail service's
 * host ("redaktion@gmx.de") no site. */
int nn_src_line_newsroom_mail(nn_record *rec, const char *s, size_t n)
{
    const char *at;
    size_t a, b, e, from = 0;
    if (n > CONTACT_LINE_MAX)
        return 0;
    while (from < n && (at = memchr(s + from, '@', n - from)) != NULL) {
        a = (size_t)(at - s);
        from = a + 1;
        for (b = a; b > 0 && s[b - 1] != ' '; b--)
            ;
        /* alone, after a label ("E-mail: "), or a field between bars */
        if (a == b || (b > 0 && (b < 2 || s[b - 2] != ':')) ||
            (n > NEWSROOM_MAIL_MAX && !nn_has(s, n, " | ", 3)))
            continue;
        if (!newsroom_box(s, n, b, a, &e) ||
            !(e == n || (e + 2 < n && s[e + 1] == '|')))
            continue;
        return nn_src_take(rec, s + a + 1, e - a - 1,
                           "source taken from the newsroom's address");
    }
    return 0;
}

/* ---- 6. a masthead ------------------------------------------------------- */

/* Words a paper's name begins or ends with. */
static int paper_word(const char *s, size_t n)
{
    /* (not "News" nor "Haber": "US News", "News Local", "Özet Haber" are
     * menus' and sections' labels) */
    static const char *const words[] = {
        "Noticias", "Notícias",  "Notizie",   "Nachrichten", "Zeitung",
        "Gazette",  "Gazeta",    "Gazetesi",  "Gazzetta",    "Times",
        "Post",     "Journal",   "Jornal",    "Diario",      "Diário",
        "Daily",    "Tribune",   "Herald",    "Harian",      "Газета",
        "газета",   "Infos",     "Chronicle", "Courier",     "Courrier",
        "Sentinel", "Telegraph", "Informer",  NULL};
    return nn_in_list(words, s, n, 1);
}

/* Words a paper's name ends with that menus' labels end with as often
 * ("Le Kiosque Info"; "Traffic Info", "Weather Today"): a paper's word
 * only after an article, in three words or more. */
static int label_paper_word(const char *s, size_t n)
{
    static const char *const words[] = {"Info", "Today", NULL};
    return nn_in_list(words, s, n, 1);
}

/* Does s (n bytes) open with an article ("Le", "The", "O")? */
static int opens_article(const char *s, size_t n)
{
    static const char *const articles[] = {"Le",  "La",  "Les", "L'",
                                           "The", "El",  "Los", "Las",
                                           "Il",  "Lo",  "O",   "A",
                                           "Der", "Die", "Das", NULL};
    size_t w;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    return nn_in_list(articles, s, w, 0);
}

/* Two to five words, each capitalized or a short joining word ("de",
 * "of"), of which the first or the last is a paper's word; when paper is
 * 0, one to five such words, any: 1.  Never the same paper's word twice
 * nor three of them: a menu's. */
static int masthead_name(const char *s, size_t n, int paper)
{
    /* a menu's or ticker's label before the paper's word ("Flash Infos",
     * "Dernières Infos", "Latest News") */
    static const char *const labels[] = {
        "Flash", "Derni\xC3\xA8res", "Toutes", "Vos", "Nos",  "Plus",
        "Mes",   "Breaking",         "Latest", "Top", "Live", "Local",
        NULL};
    size_t i = 0, w, words = 0, first = 0, last = 0, papers = 0, pw = 0;
    size_t pn = 0;
    int32_t cp;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    if (nn_in_list(labels, s, w, 0))
        return 0;
    while (i < n) {
        for (w = i; i < n && s[i] != ' ';
             i += nn_utf8_decode(s + i, n - i, &cp))
            if (nn_utf8_decode(s + i, n - i, &cp) &&
                !(utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO || cp == '.' ||
                  cp == '&'))
                return 0; /* (letters only: no digits, no punctuation) */
        if (i == w || ++words > 5 ||
            !(nn_starts_upper(s + w, i - w) ||
              (i - w <= 3 && words > 1 && s[w] >= 'a' && s[w] <= 'z')))
            return 0;
        if ((last = paper_word(s + w, i - w)) != 0) {
            if (papers++ && pn == i - w && !strncasecmp(s + pw, s + w, pn))
                return 0; /* "Noticias Noticias Locales": a menu */
            pw = w, pn = i - w;
        }
        if (words == 1)
            first = last;
        i += i < n;
    }
    if (papers > 2)
        return 0; /* a menu of papers' words ("Daily Times" is a name) */
    if (paper && !first && !last && words >= 3 && opens_article(s, n)) {
        for (w = n; w > 0 && s[w - 1] != ' '; w--)
            ;
        last = label_paper_word(s + w, n - w); /* "Le Kiosque Info" */
    }
    return paper ? words >= 2 && (first || last) : words >= 1;
}

/* A line that is a paper's masthead: its name ("Agencia Informativa Alor
 * Noticias", "Harian Mercusuar"), or a name and what it is after a dash
 * ("Знамя Труда - Газета муниципального района «Прилузский»"). */
int nn_src_line_masthead(nn_record *rec, const char *s, size_t n)
{
    size_t i, wl;
    if (n > 160)
        return 0; /* (a name and a short description) */
    for (i = 1; i + 3 < n; i++)
        if (s[i - 1] == ' ' &&
            (s[i] == '-' || !memcmp(s + i, "\xE2\x80\x93", 3) ||
             !memcmp(s + i, "\xE2\x80\x94", 3))) {
            const char *d = s + i + (s[i] == '-' ? 1 : 3);
            if (*d++ != ' ')
                return 0;
            for (wl = 0; d + wl < s + n && d[wl] != ' '; wl++)
                ;
            return paper_word(d, wl) && masthead_name(s, i - 1, 0) &&
                   nn_src_take(rec, s, i - 1, "source taken from a masthead");
        }
    return masthead_name(s, n, 1) &&
           nn_src_take(rec, s, n, "source taken from a masthead");
}

/* A logo's shape: two or three words in capitals, of four letters or
 * more and none a button's or a label's ("INDIE BANYUMAS", not "SIGN IN",
 * "READ MORE", "LATEST NEWS"), or three words or more with a short
 * joining word in lower case among them ("El Faro de Melilla", not "Sign
 * In", "Show More", "Buenos Aires", "Read Full Story"). */
static int logo_shape(const char *s, size_t n)
{
    static const char *const labels[] = {"MORE",     "NEWS",      "READ",
                                         "SHOW",     "LOAD",      "VIEW",
                                         "SIGN",     "LOGIN",     "HOME",
                                         "MENU",     "SEARCH",    "LATEST",
                                         "BREAKING", "TOP",       "ALL",
                                         "CLOSE",    "SUBSCRIBE", NULL};
    size_t i = 0, w, words = 0, joiners = 0, short_caps = 0;
    int caps = 1;
    while (i < n) {
        for (w = i; i < n && s[i] != ' '; i++)
            if (s[i] >= 'a' && s[i] <= 'z')
                caps = 0;
        words++;
        if (i - w <= 3 && s[w] >= 'a' && s[w] <= 'z' && w > 0 && i < n)
            joiners++;
        short_caps += i - w < 4;
        if (nn_in_list(labels, s + w, i - w, 0))
            return 0;
        i += i < n;
    }
    return words >= 2 &&
           ((caps && !short_caps && words <= 3) || (words >= 3 && joiners));
}

/* A name of the logo's shape, which the page prints three times or more
 * (the caller counts): the source. */
int nn_src_line_logo_again(nn_record *rec, const char *s, size_t n)
{
    return n <= LOGO_AGAIN_MAX && logo_shape(s, n) && masthead_name(s, n, 0) &&
           nn_src_take(rec, s, n, "source taken from a name printed thrice");
}

#define LOGO_NAME_MAX 40 /* bytes of a site's name in its logo's text */

/* A logo's alternative text ("Gibraltar Chronicle Logo", "Logo Fiji
 * Times", "logo Al-Watwan" on one of the page's first lines, top): the site's name, one to four capitalized words; not a part
 * of the page ("Footer Logo", "Site logo"). */
int nn_src_logo_line(nn_record *rec, const char *s, size_t n, int top)
{
    static const char *const parts[] = {
        "Site",   "Footer", "Header", "Main",  "Mobile", "Company", "Default",
        "White",  "Dark",   "Light",  "Brand", "Home",   "Small",   "Large",
        "Sticky", "Retina", "Top",    "Our",   "The",    NULL};
    size_t i, words = 1;
    if (n > 5 && !strncmp(s + n - 5, " Logo", 5))
        n -= 5;
    else if (n > 5 && !strncmp(s + n - 5, " logo", 5))
        n -= 5;
    else if (n > 5 &&
             (!strncmp(s, "Logo ", 5) || (top && !strncmp(s, "logo ", 5))))
        s += 5, n -= 5; /* ("logo Al-Watwan" at the page's top only; lower
                           down: "logo Google Play", a partner's) */
    else
        return 0;
    if (!n || n > LOGO_NAME_MAX || nn_in_list(parts, s, n, 0))
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] == ' ' && (++words > 4 || i + 1 == n ||
                            !nn_starts_upper(s + i + 1, n - i - 1)))
            return 0;
    return nn_starts_upper(s, n) && !nn_src_agency(s, n) &&
           nn_src_take(rec, s, n, "source taken from the logo's text");
}
