/* page_credits.c - what a photo's credit and caption look like, asked
 * by the page stage's third step (page_chrome.c), which marks them as
 * chrome, and by page_headline.c, which must not take a credit for a
 * headline: a credit line ("Photo: kremlin.ru", "Sergei Malgavko /
 * TASS"), a licence's or a stock library's name, a caption ending in its
 * credit, a photographer's name in capitals under a caption. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>

/* Names of image licences and agencies that only credits print. */
int nn_pg_licensed(const char *s, size_t n)
{
    /* most lines hold neither "CC" nor a slash: one pass rules them out */
    if (!memchr(s, '/', n) && !nn_has(s, n, "CC BY", 5) &&
        !nn_has(s, n, "Getty", 5) && !nn_has(s, n, "Shutterstock", 12))
        return 0;
    return nn_has(s, n, "CC BY", 5) || nn_has(s, n, "/ Flickr", 8) ||
           nn_has(s, n, "/ Wikimedia", 11) ||
           nn_has(s, n, "Getty Images", 12) || nn_has(s, n, "Shutterstock", 12);
}

/* Do two words in capitals of two letters or more open s (n bytes), a
 * paper's name in a credit ("EL NUEVO DÍA La vereda ...")? */
static int caps_paper(const char *s, size_t n)
{
    size_t i = 0, words, caps;
    for (words = 0; words < 2; words++, i++) {
        i += nn_utf8_cat_run(s + i, n - i, UTF8PROC_CATEGORY_LU, &caps);
        if (caps < 2 || (i < n && s[i] != ' ') || (i >= n && words == 0))
            return 0;
    }
    return 1;
}

/* Line s (n bytes) opens with a credit's label ("Foto:", "Crédito:"):
 * 1 when it is a credit, 0 when not, -1 when it has no label.  A label
 * and a short name, even with a full stop ("Foto: Reprodução."); or a
 * label, a name and its paper after a slash, and the caption ("Crédito:
 * Jane Roe / THE DAILY La vereda ..."). */
static int label_credit(const char *s, size_t n)
{
    static const char *const labels[] = {
        "Photo:",
        "Photo by",
        "Photos:",
        "Photo credit",
        "Image:",
        "Picture:",
        "Source:",
        "Credit:",
        "Credits:",
        "Foto:",
        "Fotos:",
        "Fuente:",
        "Kaynak:",
        "Fotoğraf:",
        "Bild:",
        "Bilder:",
        "Imagen:",
        "Imagem:",
        "Fonte:",
        "Quelle:",
        "Cr\xC3\xA9\x64ito:",
        "Cr\xC3\xA9\x64itos:",
        "Cr\xC3\xA9\x64it :",
        "Cr\xC3\xA9\x64it:",
        "Crédit photo",
        "Crédits photo",
        "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:", /* Фото: */
        "Фото \xC2\xA9",
        "Фотография:",
        "Фотография \xC2\xA9",
        "\xE1\xBA\xA2nh:",
        "\xE1\xBA\xA2NH:", /* Ảnh: ẢNH: */
        "Fot\xC3\xB3:",    /* Fotó: */
        "fot. ",
        "Fot. ",
        "Zdj\xC4\x99\x63ie:", /* Zdjęcie: (\x63 'c' would run on \x99) */
        "hochgeladen von ",   /* a gallery's uploader */
        "Uploaded by ",
        "\xC2\xA9",
        NULL};
    const char *const *w;
    for (w = labels; *w; w++) /* the first byte first: most lines differ */
        if (s[0] == (*w)[0] && n > strlen(*w) && !memcmp(s, *w, strlen(*w))) {
            size_t ll = strlen(*w) + (s[strlen(*w)] == ' ');
            const char *q = nn_find(s, n < 80 ? n : 80, " / ", 3);
            int paper = q && nn_starts_upper(s + ll, n - ll) &&
                        caps_paper(q + 3, (size_t)(s + n - q - 3));
            if (!strncmp(*w, "Cr\xC3\xA9", 4) &&
                !nn_starts_upper(s + ll, n - ll))
                return 0; /* "Crédito: los préstamos ...": a loan */
            return n <= 120 ? !nn_ends_sentence(s, n) || s[n - 1] == ')' ||
                                  n <= 40 || paper
                            : paper;
        }
    return -1;
}

#define UNLABELLED_MAX 80 /* bytes of a credit with no colon */

/* Capitalized words from s[*i] up to a slash or the end (n bytes), *i
 * moved past them: how many, at most max; 0 when another word or a digit
 * or a full stop stands there. */
static size_t capital_words(const char *s, size_t n, size_t *i, size_t max)
{
    size_t words = 0;
    while (*i < n && s[*i] != '/') {
        if (!nn_starts_upper(s + *i, n - *i) || ++words > max)
            return 0;
        while (*i < n && s[*i] != ' ' && s[*i] != '/') {
            if ((s[*i] >= '0' && s[*i] <= '9') || s[*i] == '.' ||
                s[*i] == ',' || s[*i] == '(')
                return 0;
            (*i)++;
        }
        *i += *i < n && s[*i] == ' ';
    }
    return words;
}

size_t nn_page_unlabelled_credit(const char *s, size_t n)
{
    static const char *const labels[] = {"\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE ",
                                         "Foto ", "Photo ", NULL};
    const char *const *l;
    size_t i;
    if (n > UNLABELLED_MAX)
        return 0;
    for (l = labels; *l; l++) {
        size_t ll = strlen(*l);
        if (n <= ll || strncmp(s, *l, ll))
            continue;
        i = ll;
        if (!capital_words(s, n, &i, 4) || i >= n || s[i] != '/' ||
            s[i - 1] == ' ')
            return 0;
        i++;
        return i < n && s[i] != ' ' && capital_words(s, n, &i, 3) && i == n ? ll
                                                                            : 0;
    }
    return 0;
}

/* A photo credit on a line of its own: "Photo: kremlin.ru", "Sergei
 * Malgavko / TASS", "Moscow-Live.ru / Flickr (CC BY-NC-SA 2.0)": short,
 * no sentence, and a credit's label, a licence, or two short names on
 * either side of a slash. */
#define CREDIT_CAPTION_MAX 300 /* bytes: a credit and its caption */

int nn_pg_credit_line(const char *s, size_t n)
{
    size_t i, slash = SIZE_MAX;
    int labelled;
    if (!n || n > CREDIT_CAPTION_MAX)
        return 0;
    if (n > 8 && n <= 80 && (s[0] == '[' || s[0] == '(') &&
        s[n - 1] == (s[0] == '[' ? ']' : ')') &&
        (!strncmp(s + 1, "Photo/", 6) || !strncmp(s + 1, "Foto/", 5)))
        return 1; /* "[Photo/Stephen Mwaniki.]": a credit in brackets */
    if (nn_page_unlabelled_credit(s, n))
        return 1; /* "Фото Андрея Сорокина/ЯСИА": the label, no colon */
    if ((labelled = label_credit(s, n)) >= 0)
        return labelled;
    if (n > 120)
        return 0;
    if (n > 7 && n <= 80 && !memcmp(s + n - 7, " nuotr.", 7) &&
        nn_starts_upper(s, n))
        return 1; /* "Zitos Stankevičienės nuotr.": Lithuanian, the
                     photographer's name first */
    if (nn_ends_sentence(s, n) && s[n - 1] != ')')
        return 0;
    if (nn_pg_licensed(s, n))
        return 1;
    /* " / " once: memchr finds the slashes (most lines hold none) */
    for (i = 1; i + 1 < n; i++) {
        const char *q = memchr(s + i, '/', n - 1 - i);
        if (!q)
            break;
        i = (size_t)(q - s);
        if (s[i - 1] == ' ' && s[i + 1] == ' ') {
            if (slash != SIZE_MAX)
                return 0;
            slash = i - 1;
        }
    }
    /* "Name Surname / Agency": both sides short and capitalized, the
     * first after a copyright sign perhaps ("© RFI / Sarah Tetaud") */
    if (slash != SIZE_MAX && slash > 5 && !memcmp(s, "\xC2\xA9 ", 3)) {
        s += 3;
        n -= 3;
        slash -= 3;
    }
    return slash != SIZE_MAX && slash > 2 && slash < 60 && n - slash < 60 &&
           nn_starts_upper(s, n) &&
           nn_starts_upper(s + slash + 3, n - slash - 3);
}

/* "A transport truck collided with a vehicle ... on Highway 400. Handout
 * / OPP": a caption's sentence, then its credit, on one line. */
/* "Foto: Citytv", "Photo: Jane Roe", "Image via AP": a credit label and
 * its name. */
static int labelled_credit(const char *s)
{
    static const char *const labels[] = {
        "Foto: ",
        "Photo: ",
        "Bild: ",
        "Imagen: ",
        "Imagem: ",
        "Credit: ",
        "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: ", /* Фото: */
        "Image via ",
        "Photo via ",
        "Image courtesy of ",
        "Photo courtesy of ",
        NULL};
    const char *const *l;
    for (l = labels; *l; l++)
        if (!strncmp(s, *l, strlen(*l)))
            return 1;
    return 0;
}

int nn_pg_credit_tail(const char *s, size_t n)
{
    const char *colon = n > 8 ? memchr(s, ':', n < 16 ? n : 16) : NULL;
    /* (a name after the label: not "Photo: the mayor at the meeting") */
    return colon && labelled_credit(s) && colon + 2 < s + n &&
           nn_starts_upper(colon + 2, (size_t)(s + n - colon - 2));
}

/* "ẢNH: T.H", "PHOTO: AFP", "PICTURE: Kelsie Mitchell": a credit label in capitals, a space and a
 * credit of at most 30 bytes that is no sentence. */
static int caps_credit(const char *s, size_t n)
{
    static const char *const labels[] = {
        "PHOTO: ",
        "FOTO: ",
        "PICTURE: ",
        "\xE1\xBA\xA2NH: ",                   /* ẢNH */
        "\xD0\xA4\xD0\x9E\xD0\xA2\xD0\x9E: ", /* ФОТО */
        NULL};
    const char *const *l;
    for (l = labels; *l; l++) {
        size_t k;
        if (s[0] != (*l)[0]) /* the first byte first: most words differ */
            continue;
        k = strlen(*l);
        if (n > k && n - k <= 30 && !memcmp(s, *l, k) &&
            !nn_has(s + k, n - k, ". ", 2))
            return 1;
    }
    return 0;
}

/* How many letters of s[0, n) are capitals (*upper) and small (*lower);
 * 0 when it holds anything but letters, hyphens and apostrophes. */
static int letter_cases(const char *s, size_t n, size_t *upper, size_t *lower)
{
    size_t i = 0, k;
    int32_t cp;
    *upper = *lower = 0;
    while (i < n) {
        k = nn_utf8_decode(s + i, n - i, &cp);
        switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
            ++*upper;
            break;
        case UTF8PROC_CATEGORY_LL:
            ++*lower;
            break;
        default:
            if (!(cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'))
                return 0;
        }
        i += k ? k : 1;
    }
    return 1;
}

/* "... asistieron al acto ... de Leo García MARÍA FORTUNA": a caption
 * with no full stop, its photographer's name in capitals at the end (two
 * or three words of capitals after a word with small letters); eight
 * words or more, so that a heading's acronyms are not taken for one. */
int nn_pg_caps_name_caption(const char *s, size_t n)
{
    size_t end = n, i, up, low, caps = 0, letters = 0, words = 1;
    unsigned char last = n ? (unsigned char)s[n - 1] : 0;
    /* (a capital or a letter beyond ASCII last: most lines end otherwise) */
    if (n < 40 || n > 300 || !((last >= 'A' && last <= 'Z') || last >= 0x80) ||
        nn_ends_sentence(s, n))
        return 0;
    for (i = 0; i < n; i++)
        words += s[i] == ' ';
    if (words < 8)
        return 0;
    for (i = n; i-- > 0;) {
        if (s[i] != ' ')
            continue;
        if (!letter_cases(s + i + 1, end - i - 1, &up, &low))
            return 0;
        if (low)
            return caps >= 2 && caps <= 3 && letters >= 8;
        if (up < 2)
            return 0;
        caps++;
        letters += up;
        end = i;
    }
    return 0;
}

#define BILD_CAPTION_MAX 200 /* bytes: a picture's caption, in German */

/* A short caption ending in its credit in German ("Cham: Ein Auto
 * überschlug sich ... (Bild: Zuger Polizei)"); a long paragraph may
 * close by pointing at a picture ("... (Bild: Visualisierung der neuen
 * Brücke)"). */
static int bild_credit(const char *s, size_t n)
{
    const char *p;
    if (n > BILD_CAPTION_MAX || n < 12 || s[n - 1] != ')')
        return 0;
    for (p = s + n - 1; p > s && *p != '('; p--)
        ;
    return *p == '(' &&
           (!strncmp(p, "(Bild: ", 7) || !strncmp(p, "(Bilder: ", 9));
}

#define COPYRIGHT_NAME_WORDS 5 /* words of a name after a caption's "©" */
#define COPYRIGHT_PHRASE 3     /* lower-case words of a caption with no stop */

/* The words of s (n bytes) that start with a lower-case letter. */
static size_t lower_words_before(const char *s, size_t n)
{
    size_t i, k = 0;
    for (i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && nn_starts_lower(s + i, n - i))
            k++;
    return k;
}
#define COPYRIGHT_CAPTION_MAX 200 /* bytes of a caption ending in "© Name" */

/* s, a caption of one sentence, ends in ". © Name Name", the
 * photographer's: a given name first, then at most COPYRIGHT_NAME_WORDS
 * capitalized words, no sentence's end.  Not a paragraph of several
 * sentences signed by its writer ("... with the others. © Mary
 * Collins"), nor a company's or an agency's notice quoted ("Made in
 * Denmark. © Brickworks Group"). */
static int copyright_tail(const char *s, size_t n)
{
    size_t from = n > 64 ? n - 64 : 0;
    const char *c = n > 8 && n <= COPYRIGHT_CAPTION_MAX
                        ? nn_find(s + from, n - from, ". \xC2\xA9 ", 5)
                        : NULL;
    size_t i, w, words = 1;
    int stop = c != NULL;
    /* or with no full stop: "La maison ... village de Roux © Radio-France",
     * a caption of one phrase, the credit any name */
    if (!c && n > 8 && n <= COPYRIGHT_CAPTION_MAX &&
        (c = nn_find(s + from, n - from, " \xC2\xA9 ", 4)) != NULL)
        c--; /* (so that the name starts at c + 5 as well) */
    if (!c || c <= s || nn_has(s, (size_t)(c - s), ". ", 2) ||
        (!stop && lower_words_before(s, (size_t)(c - s)) < COPYRIGHT_PHRASE))
        return 0;
    i = (size_t)(c - s) + 5;
    for (w = i; w < n && s[w] != ' '; w++)
        ;
    if (i >= n || !nn_starts_upper(s + i, n - i) ||
        (stop && !nn_given_name(s + i, w - i)))
        return 0;
    for (; i < n; i++) {
        if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ':')
            return 0;
        if (s[i] == ' ' && i + 1 < n &&
            (++words > COPYRIGHT_NAME_WORDS ||
             !(s[i + 1] == '/' || nn_starts_upper(s + i + 1, n - i - 1))))
            return 0;
    }
    return 1;
}

#define GLUED_CREDIT_REACH 64 /* bytes at a caption's end: its credit */
#define GLUED_CREDIT_WORDS 4  /* words of the name after the label */
#define GLUED_CAPTION_MIN 5   /* words of the caption before it */
#define GLUED_CAPTION_MAX 18

/* "Chuvas dos últimos dias deixou poças e lamas nas ruas Crédito:
 * Fernando Madeira": a short caption of one sentence with no full stop,
 * then a credit's label and a name of capitalized words to the line's
 * end.  Only a credit's own label: "Foto:", "Photo:" or "Imagem:" name
 * works as often ("... a exposição Foto: Brasil Contemporâneo", "...
 * the category Photo: Urban Landscapes"); and not a paragraph (a full
 * stop inside, or more than GLUED_CAPTION_MAX words). */
static int glued_label_credit(const char *s, size_t n)
{
    static const char *const labels[] = {
        " Cr\xC3\xA9\x64ito: ", " Cr\xC3\xA9\x64itos: ", " Credit: ",
        " Credits: ",           " Cr\xC3\xA9\x64it : ",  NULL};
    const char *const *l;
    const char *p;
    size_t i, words = 0, before = 1;
    /* (every label holds a colon: most lines have none near their end) */
    if (n < GLUED_CREDIT_REACH || n > CREDIT_CAPTION_MAX ||
        nn_ends_sentence(s, n) ||
        !memchr(s + n - GLUED_CREDIT_REACH, ':', GLUED_CREDIT_REACH))
        return 0;
    for (l = labels; *l; l++) {
        size_t ll = strlen(*l), from = n - GLUED_CREDIT_REACH;
        unsigned char b;
        if (!(p = nn_find(s + from, n - from, *l, ll)) || p == s)
            continue;
        b = (unsigned char)p[-1]; /* a word's end, no stop or bracket */
        if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
              (b >= '0' && b <= '9') || b >= 0x80))
            return 0;
        if (nn_has(s, (size_t)(p - s), ". ", 2))
            return 0;
        for (i = 0; i < (size_t)(p - s); i++)
            before += s[i] == ' ';
        for (i = (size_t)(p - s) + ll; i < n; i++) {
            if ((i == (size_t)(p - s) + ll || s[i - 1] == ' ') &&
                (!nn_starts_upper(s + i, n - i) ||
                 ++words > GLUED_CREDIT_WORDS))
                return 0;
            if (s[i] == '.' || s[i] == ',' || s[i] == ':' || s[i] == '(')
                return 0;
        }
        return words && before >= GLUED_CAPTION_MIN &&
               before <= GLUED_CAPTION_MAX;
    }
    return 0;
}

#define FOR_CREDIT_WORDS 3 /* capitalized words on each side of "for" */

/* s (n bytes, inside a caption's closing brackets) is a photographer
 * working for an outlet: "Igor Tabakov for MT", two to
 * FOR_CREDIT_WORDS capitalized words, " for ", one to that many more,
 * nothing else. */
static int for_credit(const char *s, size_t n)
{
    const char *f = nn_find(s, n, " for ", 5);
    size_t i, name = 0, outlet = 0;
    if (!f)
        return 0;
    for (i = 0; i < n; i++) {
        if (s + i == f) {
            i += 4;
            continue;
        }
        if (s[i] == '.' || s[i] == ',' || s[i] == ':' || s[i] == ';')
            return 0;
        if ((i == 0 || s[i - 1] == ' ') &&
            (!nn_starts_upper(s + i, n - i) ||
             ++*(s + i < f ? &name : &outlet) > FOR_CREDIT_WORDS))
            return 0;
    }
    return name >= 2 && outlet >= 1;
}

#define CAPS_NAME_WORDS 3 /* words of a photographer's name in capitals */

/* s (n bytes, a caption's length) ends in ". / S. GARCÍA": the
 * caption's full stop, a slash and the photographer's name in capitals,
 * two words or three, initials too ("... Hoy han estado instalando
 * farolas. / S. GARCÍA"), in its last 60 bytes. */
static int slash_caps(const char *s, size_t n)
{
    size_t from = n > 60 ? n - 60 : 0, i, words = 0;
    const char *p = s + from, *q = NULL;
    if (n > COPYRIGHT_CAPTION_MAX)
        return 0; /* (a paragraph signed "/ EFE" is text) */
    while ((p = nn_find(p, (size_t)(s + n - p), ". / ", 4)) != NULL)
        q = p++; /* the last */
    if (!q)
        return 0;
    for (i = (size_t)(q - s) + 4; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        if (s[i - 1] == ' ' &&
            (!nn_starts_upper(s + i, n - i) || ++words > CAPS_NAME_WORDS))
            return 0;
    }
    /* (the surname spelt out: not "/ A. B.") */
    return words >= 2 && s[n - 1] != '.' && s[n - 2] != ' ' && s[n - 2] != '.';
}

#define DASH "\xE2\x80\x94"    /* U+2014, the em dash */
#define KICKER_CAPTION_MAX 700 /* bytes of a kicker's caption */

/* "RACE FOR SPACE — This mountainside ... of Baguio. — Ofelia
 * Empian": a caption under a kicker in capitals (two to five words, a
 * dash), its photographer's name after a dash at its end (two or three
 * capitalized words after the full stop). */
static int kicker_caption(const char *s, size_t n)
{
    static const char *const desks[] = {"Staff",  "Reporter", "Correspondent",
                                        "Desk",   "Bureau",   "News",
                                        "Writer", "Editor",   NULL};
    const char *d = n > 8 && n <= KICKER_CAPTION_MAX
                        ? nn_find(s, n < 64 ? n : 64, " " DASH " ", 5)
                        : NULL;
    size_t i, words = 0;
    if (!d || d == s)
        return 0;
    for (i = 0; s + i < d; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        words += i == 0 || s[i - 1] == ' ';
    }
    if (words < 2 || words > 5)
        return 0;
    /* back from the end, word by word, to ". — " (a photographer's
     * name, not a desk's sign-off under a brief: "— Staff Reporter") */
    for (i = n, words = 0; i-- > 5 && n - i <= 48;) {
        if (s[i] != ' ')
            continue;
        if (!nn_starts_upper(s + i + 1, n - i - 1) || ++words > 3 ||
            nn_word_in_list(desks, s + i + 1, n - i - 1, 0))
            return 0;
        if (!memcmp(s + i - 5, ". " DASH, 5))
            return words >= 2;
    }
    return 0;
}

#define CAPS_CREDIT_MAX 60 /* bytes of a credit in capitals after a caption */

/* s (n bytes, a caption's length) ends, after its full stop, in a credit
 * in capitals that names a photo ("... in Passi City, Iloilo on Wednesday
 * afternoon. CIU LGU PASSI FB PHOTO", "... were evacuated. PHOTO COURTESY
 * OF DYRI RMN ILOILO", "... Lambunao, Iloilo. CLINT LORAÑA MALLORCA
 * PHOTO"). */
static int caps_photo_credit(const char *s, size_t n)
{
    /* (not a gallery's link or credit: ". PHOTOS BY MIKE JONES", ". LE
     * FOTO", which may close a paragraph of the text) */
    static const char *const photo[] = {"PHOTO", NULL};
    size_t i, k, from = n > CAPS_CREDIT_MAX ? n - CAPS_CREDIT_MAX : 1;
    if (n < 8 || !nn_has(s + from, n - from, "PHOTO", 5))
        return 0; /* (most lines: at once) */
    for (i = n; i-- > from;)
        if (s[i] == ' ' && s[i - 1] == '.')
            break;
    if (i <= from || i + 1 >= n)
        return 0;
    for (k = i + 1; k < n;) {
        int32_t cp;
        size_t len = nn_utf8_decode(s + k, n - k, &cp);
        if (cp != ' ' && utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
            return 0; /* capitals and blanks only */
        k += len;
    }
    return nn_word_in_list(photo, s + i + 1, n - i - 1, 0);
}

#define BARE_CREDIT_MAX 64   /* bytes of a credit after a caption's stop */
#define BARE_CREDIT_WORDS 4  /* capitalized words of its name, two or more */
#define BARE_CAPTION_MAX 260 /* bytes of the caption with its credit */
#define BARE_CAPTION_STOPS 2 /* sentences of the caption before it */

/* s (n bytes, a caption's length: one sentence or two) ends, after its
 * full stop, in "Foto" or "Bild" with no colon and a name of two to four
 * capitalized words, a full stop at most after it ("... ist geplant.
 * Foto Stadtverwaltung Künzelsau."); not a sentence that goes on ("Foto
 * Müller zeigt das neue Rathaus."), a paragraph that a one-word credit
 * closes ("... Foto Archiv."), nor English, whose "Photo" opens phrases
 * ("Photo ID Required.", "Photo Finish Stables"). */
static int bare_foto_credit(const char *s, size_t n)
{
    static const char *const label[] = {"Foto ", "Bild ", NULL};
    size_t i, k, words = 0, stops = 0,
                 from = n > BARE_CREDIT_MAX ? n - BARE_CREDIT_MAX : 1;
    const char *const *l;
    if (n < 12 || n > BARE_CAPTION_MAX || !memchr(s + from, 'o', n - from))
        return 0;
    for (i = n - 1; i-- > from;)
        if (s[i] == ' ' && s[i - 1] == '.')
            break;
    if (i <= from)
        return 0;
    for (l = label, k = 0; *l && !k; l++)
        if (n - i - 1 > strlen(*l) && !memcmp(s + i + 1, *l, strlen(*l)))
            k = i + 1 + strlen(*l);
    if (!k)
        return 0;
    for (; k < n; k++) {
        if (s[k - 1] == ' ' &&
            (!nn_starts_upper(s + k, n - k) || ++words > BARE_CREDIT_WORDS))
            return 0;
        if ((s[k] == '.' && k + 1 < n) || s[k] == ',' || s[k] == ':' ||
            s[k] == ';' || s[k] == '!' || s[k] == '?')
            return 0;
    }
    for (k = 1; k < i; k++)
        stops += s[k] == ' ' &&
                 (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?');
    return words >= 2 && stops + 1 <= BARE_CAPTION_STOPS;
}

#define DOTTED_CREDIT_MAX 80 /* bytes of "(Foto: X)." at a line's end */

/* s (n bytes) ends in a picture's credit in brackets with a full stop
 * after it, the caption's sentence finished before it ("... akses utama
 * mereka. (Foto: iNews/Jufri Tonampa)."); not a source or a credit in a
 * paragraph's last sentence ("... desde 2007 (Fuente: Ministerio de
 * Trabajo).", "... beim Kriminaldauerdienst zu melden (Foto: Polizei).") */
static int dotted_photo_credit(const char *s, size_t n)
{
    static const char *const label[] = {
        "(Foto: ", "(Photo: ", "(\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: ", NULL};
    const char *const *l;
    size_t i;
    if (n < 12 || s[n - 1] != '.' || s[n - 2] != ')')
        return 0;
    for (i = n - 2; i-- > 2 && n - i <= DOTTED_CREDIT_MAX;)
        if (s[i] == '(') {
            if (s[i - 1] != ' ' || s[i - 2] != '.')
                return 0;
            for (l = label; *l; l++)
                if (n - i > strlen(*l) + 2 && !memcmp(s + i, *l, strlen(*l)))
                    return 1;
            return 0;
        }
    return 0;
}

int nn_pg_credited_caption(const char *s, size_t n)
{
    static const char *const credit_open[] = {"(Photo",  "(photo",  "(Foto",
                                              "(foto",   "(Фото",   "(фото",
                                              "(Image",  "(Crédit", "(Credit",
                                              "(Source", "(Fuente", "(Fonte",
                                              NULL};
    const char *const *w;
    size_t i;
    if (kicker_caption(s, n))
        return 1;
    if (n > 400)
        return 0;
    if (bild_credit(s, n) || caps_photo_credit(s, n) || bare_foto_credit(s, n))
        return 1;
    if (dotted_photo_credit(s, n))
        return 1;
    /* "... accident mortel de la circulation (Photo d'illustration
     * L'Essor)": a credit in brackets at the end */
    if (n > 8 && s[n - 1] == ')')
        for (i = n - 1; i-- > 0 && n - i <= 80;)
            if (s[i] == '(') {
                const char *slash = memchr(s + i, '/', n - i);
                for (w = credit_open; *w; w++)
                    if (n - i > strlen(*w) + 2 &&
                        !memcmp(s + i, *w, strlen(*w)))
                        return 1; /* a label and a name: not "(фото)",
                                     a headline's note that it has photos */
                /* "... Jawa Tengah. (Panennews.com/Ahmad M)" after a
                 * short caption's full stop: the site and the
                 * photographer (not a wire's sign-off, "(Xinhua/NAN)",
                 * "(Sun/Yus)", under a paragraph) */
                if (i >= 2 && i <= 160 && s[i - 1] == ' ' && s[i - 2] == '.' &&
                    slash && slash > s + i + 3 && slash + 2 < s + n &&
                    slash[1] != ' ' &&
                    memchr(s + i + 2, '.', (size_t)(slash - s - i - 3)) &&
                    nn_starts_upper(s + i + 1, n - i - 1))
                    return 1;
                /* "... Zamoskvoretsky Court on Monday. (Igor Tabakov
                 * for MT)": a caption of one sentence (a paragraph of two
                 * signed "(Maria López for The Guardian)" is text) */
                if (i >= 2 && n <= COPYRIGHT_CAPTION_MAX && s[i - 1] == ' ' &&
                    s[i - 2] == '.' && !nn_has(s, i - 2, ". ", 2) &&
                    for_credit(s + i + 1, n - i - 2))
                    return 1;
                break;
            }
    /* "..., joje liko 14. Zitos Stankevičienės nuotr.": Lithuanian's
     * credit, the name first, after the caption's full stop */
    if (n > 16 && !memcmp(s + n - 7, " nuotr.", 7)) {
        const char *p = s + (n > 67 ? n - 67 : 0), *q = NULL;
        while ((p = memchr(p, '.', (size_t)(s + n - 7 - p))) != NULL)
            q = p++; /* the last full stop before the credit */
        return q && q[1] == ' ' && nn_starts_upper(q + 2, 2);
    }
    /* "Patrulla de la Policía accidentada. Foto: Citytv": a labelled
     * credit after the caption's full stop (and a bar), in the last 62
     * bytes */
    if (n > 2) { /* (each full stop of the window, by memchr) */
        const char *p = s + (n > 64 ? n - 64 : 0), *end = s + n - 2;
        while ((p = memchr(p, '.', (size_t)(end - p))) != NULL) {
            /* (past a closing quote: "... say 'no way.' Image via AP.") */
            const char *q = p + 1;
            if (q < end && (*q == '\'' || *q == '"'))
                q++;
            else if (end - q >= 3 && (!memcmp(q, "\xE2\x80\x99", 3) ||
                                      !memcmp(q, "\xE2\x80\x9D", 3)))
                q += 3;
            if (q + 2 < end && q[0] == ' ' && q[1] == '(') {
                /* past a note in brackets: "... an. (Symbolfoto) Foto:
                 * Kzenon - stock.adobe.com" */
                const char *c = memchr(q + 2, ')', (size_t)(end - q - 2));
                if (c && c - q <= 24 && c + 1 < end)
                    q = c + 1;
            }
            if (q < end && q[0] == ' ' &&
                (labelled_credit(q + 1) ||
                 /* "... mitgebracht. | Foto: Heimermann" */
                 (q + 3 < end && q[1] == '|' && q[2] == ' ' &&
                  labelled_credit(q + 3)) ||
                 (s + n - q >= 7 && !memcmp(q + 1, "\xE2\x88\x92", 3) &&
                  labelled_credit(q + 4)))) /* "−Foto: " */
                return 1;
            p++;
        }
    }
    /* "... Rathaus muss aufräumen. © Thomas Harms": the copyright sign
     * after the caption's full stop (in the last 64 bytes), a name of
     * capitalized words after it to the end, a given name first */
    if (copyright_tail(s, n))
        return 1;
    if (glued_label_credit(s, n))
        return 1;
    /* "Bị cáo ... và Nguyễn Văn Đài ẢNH: T.H", "... PHOTO: AFP": a
     * label in capitals and a short credit, without a full stop (every
     * label holds a colon: most lines have none in their last 40 bytes) */
    i = n > 41 ? n - 40 : 1;
    if (n > 1 && memchr(s + i, ':', n - i))
        for (i = n; i-- > 1 && n - i <= 40;)
            if (s[i - 1] == ' ' && caps_credit(s + i, n - i) &&
                /* (a caption's sentence before "PICTURE:", not a
                 * heading's "THE BIG PICTURE: ...") */
                (strncmp(s + i, "PICTURE: ", 9) || (i >= 2 && s[i - 2] == '.')))
                return 1;
    /* only the last 60 bytes can hold the ". " before a credit, and
     * the " / " after it */
    if (!memchr(s + n - (n < 60 ? n : 60), '/', n < 60 ? n : 60))
        return 0;
    if (slash_caps(s, n))
        return 1;
    for (i = n; i-- > 2 && n - i <= 60;)
        if (s[i - 1] == ' ' && s[i - 2] == '.')
            return nn_pg_credit_line(s + i, n - i) &&
                   nn_has(s + i, n - i, " / ", 3);
    /* "Désincarcération par les pompiers./Photo DDM": a full stop, a
     * slash and a credit label */
    for (i = 1; i + 8 < n; i++)
        if (s[i - 1] == '.' && s[i] == '/' && n - i <= 60 &&
            (!strncasecmp(s + i + 1, "photo ", 6) ||
             !strncasecmp(s + i + 1, "foto ", 5)))
            return 1;
    return 0;
}
