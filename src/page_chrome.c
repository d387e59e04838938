/* page_chrome.c - the page stage's third step: chrome that reads as text,
 * which the block classes of page_blocks.c let through.  Photo captions
 * and credits beside images, cookie and privacy notices, "follow us"
 * appeals and other promotional lines, and pull quotes (a sentence of the
 * article printed again as a quote) are marked bad.  The photo-credit
 * tests are also page_headline.c's, which must not take a credit for a
 * headline. */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>
#include <strings.h>

/* Words that mark a line as a photo's caption or credit. */
static const char *const credit_words[] = {
    "Photo",  "photo",    "Photograph", "Image", "Illustration",     "Picture",
    "Credit", "Courtesy", "Source:",    " / ",   "\xC2\xA9" /* © */, NULL};

/* Names of image licences and agencies that only credits print. */
static int licensed(const char *s, size_t n)
{
    /* most lines hold neither "CC" nor a slash: one pass rules them out */
    if (!memchr(s, '/', n) && !nn_has(s, n, "CC BY", 5) &&
        !nn_has(s, n, "Getty", 5) && !nn_has(s, n, "Shutterstock", 12))
        return 0;
    return nn_has(s, n, "CC BY", 5) || nn_has(s, n, "/ Flickr", 8) ||
           nn_has(s, n, "/ Wikimedia", 11) ||
           nn_has(s, n, "Getty Images", 12) || nn_has(s, n, "Shutterstock", 12);
}

/* A photo credit on a line of its own: "Photo: kremlin.ru", "Sergei
 * Malgavko / TASS", "Moscow-Live.ru / Flickr (CC BY-NC-SA 2.0)": short,
 * no sentence, and a credit's label, a licence, or two short names on
 * either side of a slash. */
#define CREDIT_CAPTION_MAX 300 /* bytes: a credit and its caption */

int nn_pg_credit_line(const char *s, size_t n)
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
        "Fotograf\xC3\xAD\x61:",
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
    size_t i, slash = SIZE_MAX;
    if (!n || n > CREDIT_CAPTION_MAX)
        return 0;
    /* a label and a short name, even with a full stop ("Foto:
     * Reprodução."); or a label, a name and its paper after a slash, and
     * the caption ("Crédito: Jane Roe / THE DAILY La vereda ...") */
    for (w = labels; *w; w++) /* the first byte first: most lines differ */
        if (s[0] == (*w)[0] && n > strlen(*w) && !memcmp(s, *w, strlen(*w))) {
            const char *q = nn_find(s, n < 80 ? n : 80, " / ", 3);
            return n <= 120 ? !nn_ends_sentence(s, n) || s[n - 1] == ')' ||
                                  n <= 40 || q
                            : q != NULL;
        }
    if (n > 120)
        return 0;
    if (n > 7 && n <= 80 && !memcmp(s + n - 7, " nuotr.", 7) &&
        nn_starts_upper(s, n))
        return 1; /* "Zitos Stankevičienės nuotr.": Lithuanian, the
                     photographer's name first */
    if (nn_ends_sentence(s, n) && s[n - 1] != ')')
        return 0;
    if (licensed(s, n))
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
    /* "Name Surname / Agency": both sides short and capitalized */
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

/* "ẢNH: T.H", "PHOTO: AFP": a credit label in capitals, a space and a
 * credit of at most 30 bytes that is no sentence. */
static int caps_credit(const char *s, size_t n)
{
    static const char *const labels[] = {
        "PHOTO: ", "FOTO: ", "\xE1\xBA\xA2NH: ", /* ẢNH */
        "\xD0\xA4\xD0\x9E\xD0\xA2\xD0\x9E: ",    /* ФОТО */
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
static int caps_name_caption(const char *s, size_t n)
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

int nn_pg_credited_caption(const char *s, size_t n)
{
    static const char *const credit_open[] = {"(Photo",  "(photo",   "(Foto",
                                              "(foto",   "(Фото",    "(фото",
                                              "(Image",  "(Crédit",  "(Credit",
                                              "(Source", "(Fuente",  "(Fonte",
                                              "(Bild:",  "(Bilder:", NULL};
    const char *const *w;
    size_t i;
    if (n > 400)
        return 0;
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
    /* "Bị cáo ... và Nguyễn Văn Đài ẢNH: T.H", "... PHOTO: AFP": a
     * label in capitals and a short credit, without a full stop (every
     * label holds a colon: most lines have none in their last 40 bytes) */
    i = n > 41 ? n - 40 : 1;
    if (n > 1 && memchr(s + i, ':', n - i))
        for (i = n; i-- > 1 && n - i <= 40;)
            if (s[i - 1] == ' ' && caps_credit(s + i, n - i))
                return 1;
    /* only the last 60 bytes can hold the ". " before a credit, and
     * the " / " after it */
    if (!memchr(s + n - (n < 60 ? n : 60), '/', n < 60 ? n : 60))
        return 0;
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

/* Block x is page chrome, for the reason why. */
static void chrome_block(block *x, enum nn_verdict why)
{
    x->cls = C_BAD;
    x->chrome = 1;
    x->why = why;
    x->value = -1;
}

#define CAPTION_AGAIN_REACH 4 /* blocks below a credited caption */

/* A credited caption printed again below without its credit, in a
 * gallery's list ("Auch Bürgermeister ... mitgebracht. | Foto: X", then
 * "• Auch Bürgermeister ... mitgebracht."): the copy is the caption too. */
static void caption_again(block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines)
{
    const nn_line *c = &lines[b[i].first];
    size_t k;
    for (k = i + 1; k < nb && k <= i + CAPTION_AGAIN_REACH; k++) {
        const nn_line *l = &lines[b[k].first];
        if (b[k].first == b[k].last && l->len >= LENGTH_LOW &&
            l->len < c->len && !memcmp(text + l->off, text + c->off, l->len))
            chrome_block(&b[k], NN_V_PHOTO_CREDIT);
    }
}

/* The end of the run of short lines that are no sentences from block i
 * (i: none). */
static size_t short_run_end(const block *b, size_t nb, size_t i)
{
    size_t j;
    for (j = i; j < nb && b[j].init == C_SHORT && !b[j].sentence &&
                b[j].kind == NN_LINE_TEXT;
         j++)
        ;
    return j;
}

/* The end of the lines of one line each, short as a list's items are,
 * from block i on (i: none). */
static size_t list_end(const block *b, size_t nb, size_t i,
                       const nn_line *lines)
{
    size_t j;
    for (j = i;
         j < nb && b[j].kind == NN_LINE_TEXT && b[j].first == b[j].last &&
         lines[b[j].first].len <= LIST_ITEM_MAX;
         j++)
        ;
    return j;
}

/* Does the run of short lines at block i open with a lead-in ("Other
 * highlights include:", three words or more and a colon) right under a
 * paragraph of the article?  Then it is the article's list, one item a
 * line, not a menu. */
static int list_under_lead_in(const block *b, size_t i, const char *text,
                              const nn_line *lines)
{
    const nn_line *l = &lines[b[i].last];
    return i > 0 && b[i - 1].init == C_GOOD && b[i].words >= 3 &&
           nn_pg_leads_in(&b[i], text, lines) &&
           !nn_pg_end_marker(text + l->off, l->len); /* "Read also:" */
}

/* The caption's first line right above its credited line, with no blank
 * line between ("Sheep on a drought affected property in Qld." over
 * "While some farmers ... drought. Credit: AAP"): a short line, after a
 * blank line, is the caption too. */
static void caption_above(block *b, size_t i, const nn_line *lines)
{
    const block *p = i > 0 ? &b[i - 1] : NULL;
    if (p && p->kind == NN_LINE_TEXT && p->first == p->last &&
        p->last + 1 == b[i].first && p->chars < LENGTH_LOW && !p->links &&
        p->first > 0 && !lines[p->first - 1].len)
        chrome_block(&b[i - 1], NN_V_PHOTO_CREDIT);
}

/* Does s (n bytes) open with one of the strings of list (NULL-ended)? */
static int opens_with(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if ((*list)[0] == s[0] && n >= strlen(*list) &&
            !memcmp(s, *list, strlen(*list)))
            return 1;
    return 0;
}

/* A photo's caption by its opening words ("Un momento dell'inaugurazione
 * ...", "Nella foto ...", "Pictured: ...", "На фото ..."): one sentence
 * of a line of its own, short; or by its label ("Légende photo : ..."),
 * of any length. */
static int caption_opener(const char *s, size_t n)
{
    /* (whole words, and only those that open no ordinary sentence:
     * "Un momento di silenzio è stato ..." and "In the photo she shared
     * ..." are text, so most take a colon or a comma) */
    static const char *const openers[] = {"Un momento dell'",
                                          "Un momento della ",
                                          "Un momento del ",
                                          "Nella foto ",
                                          "Nella foto:",
                                          "Nelle foto ",
                                          "In foto:",
                                          "Pictured: ",
                                          "Pictured above ",
                                          "Pictured are ",
                                          "Pictured is ",
                                          "In the photo: ",
                                          "En la imagen:",
                                          "En la imagen,",
                                          "En la foto:",
                                          "En la foto,",
                                          "Na foto:",
                                          "Na foto,",
                                          "Sur la photo :",
                                          "Sur la photo,",
                                          "Sur notre photo",
                                          "Auf dem Bild:",
                                          "Auf unserem Bild",
                                          "Im Bild:",
                                          "На фото:",
                                          "На снимке:",
                                          "Foto bersama ",
                                          "Foto bersama,",
                                          "Poto bersama ",
                                          "Poto bersama,",
                                          NULL};
    /* a caption's label: the line is one, however long */
    static const char *const labels[] = {"L\xC3\xA9gende photo :",
                                         "L\xC3\xA9gende photo:",
                                         "L\xC3\xA9gende :",
                                         "Bildunterschrift:",
                                         "Caption:",
                                         "Didascalia:",
                                         "Pie de foto:",
                                         "Legenda:",
                                         NULL};
    /* (the first bytes of them all, looked up once) */
    if (n < 16 || n > 600 || !s[0] || !strchr("ABCDEFILNPSU\xD0", s[0]))
        return 0;
    if (opens_with(labels, s, n))
        return 1;
    return n <= 240 && !nn_has(s, n - 1, ". ", 2) && opens_with(openers, s, n);
}

/* Credits, and on copied pages runs of three or more short lines that are
 * no sentences (menus, lists of platforms and tags): not article text,
 * whatever their neighbours.  A single such line between paragraphs may
 * be a subheading and keeps the class its neighbours gave it. */
static void chrome_lines(block *b, size_t nb, const char *text,
                         const nn_line *lines, int plain)
{
    size_t i, j, k;
    int good = 0; /* good text above block i */
    for (i = 0; plain && i<nb; i = j> i ? j : i + 1) {
        j = list_end(b, nb, i, lines);
        if (j - i >= 3 && list_under_lead_in(b, i, text, lines))
            for (k = i + 1; k < j; k++)
                b[k].listed = 1;
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].listed)
            continue; /* "Route 2 – Riverside / Eastgate Transit Center" */
        /* or a caption ending in its credit, with no full stop
         * between ("... nationalise Yandex Moscow-Live.ru / Flickr (CC
         * BY-NC-SA 2.0)") */
        if (b[i].first == b[i].last && b[i].kind != NN_LINE_HEADING &&
            b[i].why != NN_V_IMAGE_CAPTION && /* already said better */
            (nn_pg_credit_line(text + l->off, l->len) ||
             (l->len <= 400 && licensed(text + l->off, l->len)) ||
             nn_pg_credited_caption(text + l->off, l->len))) {
            chrome_block(&b[i], NN_V_PHOTO_CREDIT);
            caption_again(b, nb, i, text, lines);
            caption_above(b, i, lines);
        } else if (b[i].first == b[i].last && b[i].kind == NN_LINE_TEXT &&
                   caption_opener(text + l->off, l->len)) {
            chrome_block(&b[i], NN_V_IMAGE_CAPTION);
        } else if (good && b[i].first == b[i].last &&
                   b[i].kind == NN_LINE_TEXT &&
                   caps_name_caption(text + l->off, l->len)) {
            /* (below text only: a headline may end in acronyms, "...
             * jelang PIALA AFF") */
            chrome_block(&b[i], NN_V_PHOTO_CREDIT);
        }
        good |= b[i].cls == C_GOOD;
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        enum nn_verdict why;
        if (b[i].first == b[i].last &&
            (why = nn_pg_promo_line(text + l->off, l->len)) != NN_V_NONE)
            chrome_block(&b[i], why);
        else if (b[i].first == b[i].last &&
                 nn_pg_ad_slot(text + l->off, l->len))
            chrome_block(&b[i], NN_V_AD_SLOT);
        else if (b[i].first == b[i].last &&
                 nn_pg_ticker_line(text + l->off, l->len))
            chrome_block(&b[i], NN_V_TICKER);
    }
    /* a line that is mostly a date ("Martes, 24 de marzo 2020, 16:20",
     * "Spor - 05-12-2025 15:34") is the page's date line or a clock */
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        nn_date_hit h[2];
        size_t c, covered = 0;
        if (b[i].first != b[i].last || !l->len || l->len > DATE_LINE_MAX ||
            b[i].kind == NN_LINE_HEADING ||
            !nn_date_may_hold(text + l->off, l->len, 0))
            continue;
        c = nn_date_find(text + l->off, l->len, h, 2);
        for (k = 0; k < c; k++)
            if (h[k].iso[0])
                covered += h[k].end - h[k].start;
        if (covered * 2 >= l->len)
            chrome_block(&b[i], NN_V_DATE_LINE);
    }
    if (!plain)
        return;
    for (i = 0; i<nb; i = j> i ? j : i + 1) {
        j = short_run_end(b, nb, i);
        if (j - i >= 3 && !b[i].listed && !b[i + 1].listed)
            for (k = i; k < j; k++)
                chrome_block(&b[k], NN_V_SHORT_RUN);
    }
}

/* The line after an image embed is its caption when it is short and reads
 * as one: set in italics, naming a credit, or not a sentence. */
static void captions(block *b, size_t nb, const char *text,
                     const nn_line *lines)
{
    size_t i;
    for (i = 0; i + 1 < nb; i++) {
        block *c = &b[i + 1];
        const nn_line *l = &lines[c->last];
        const char *src = text + lines[c->first].src_off;
        const char *const *w;
        int cap;
        if (!(b[i].images && !b[i].chars) || c->kind != NN_LINE_TEXT ||
            c->chars >= 300 || c->first != c->last)
            continue;
        cap = (src[0] == '_' || src[0] == '*') ||
              !nn_ends_sentence(text + l->off, l->len);
        for (w = credit_words; !cap && *w; w++)
            cap = nn_has(text + l->off, l->len, *w, strlen(*w));
        if (cap) {
            c->cls = C_BAD;
            c->why = NN_V_IMAGE_CAPTION;
            c->value = -1;
        }
    }
}

/* A pull quote repeats a sentence of the text: the copy goes. */
#define QUOTE_WORK (1u << 20) /* bytes of text searched, for all quotes */
#define QUOTE_MIN 20          /* shorter quotes are not compared */

static void pull_quotes(nn_page *pg, const char *text, const nn_line *lines)
{
    block *b = pg->b;
    size_t i, k, j, ngood = 0, work = 0;
    /* the good text blocks, listed once: the work is quotes x budget */
    NN_ARRAY_RESERVE(pg->good, pg->gcap, pg->nb + 1);
    for (k = 0; k < pg->nb; k++)
        if (b[k].kind != NN_LINE_QUOTE && b[k].cls == C_GOOD)
            pg->good[ngood++] = k;
    for (i = 0; i < pg->nb && work < QUOTE_WORK; i++) {
        const nn_line *q = &lines[b[i].first];
        const char *s = text + q->off;
        size_t n = q->len;
        if (b[i].kind != NN_LINE_QUOTE || b[i].cls != C_GOOD || n > 600)
            continue;
        /* without its quotation marks and final punctuation */
        while (n && strchr("\"'.,!?", s[n - 1]))
            n--;
        if (n >= 3 && !memcmp(s + n - 3, "\xE2\x80\x9D", 3))
            n -= 3;
        while (n && strchr(".,!?", s[n - 1]))
            n--;
        if (n && strchr("\"'", s[0]))
            s++, n--;
        else if (n >= 3 && !memcmp(s, "\xE2\x80\x9C", 3))
            s += 3, n -= 3;
        if (n < QUOTE_MIN)
            continue;
        for (k = 0; k < ngood && b[i].cls == C_GOOD && work < QUOTE_WORK; k++) {
            const block *g = &b[pg->good[k]];
            for (j = g->first; j <= g->last; j++) {
                /* from the second letter: the quote may capitalize it */
                work += lines[j].len;
                if (nn_has(text + lines[j].off, lines[j].len, s + 1, n - 1)) {
                    b[i].cls = C_BAD;
                    b[i].why = NN_V_PULL_QUOTE;
                    b[i].value = -1;
                    break;
                }
            }
        }
    }
}

/* The length of line text s without a closing ellipsis ("..." or "…"),
 * or 0 when it has none. */
static size_t cut_short(const char *s, size_t n)
{
    if (n > 3 && !memcmp(s + n - 3, "...", 3) && s[n - 4] != '.')
        return n - 3;
    if (n > 3 && !memcmp(s + n - 3, "\xE2\x80\xA6", 3))
        return n - 3;
    return 0;
}

int nn_pg_copied_below(const block *b, size_t nb, size_t i, const char *text,
                       const nn_line *lines, size_t n, int kept_only)
{
    const char *s = text + lines[b[i].first].off;
    size_t k;
    if (n < 40 || n > COPY_MAX)
        return 0;
    for (k = i + 1; k < nb && k <= i + 8; k++) {
        const nn_line *m = &lines[b[k].first];
        /* near the later one's start (after a dateline): linear */
        size_t reach = m->len < n + 200 ? m->len : n + 200;
        if ((!kept_only || b[k].cls != C_BAD) && m->len > n &&
            nn_has(text + m->off, reach, s, n))
            return 1;
    }
    return 0;
}

#define TEASER_GAP 3        /* short lines between two cut teasers */
#define TEASER_GAP_LINE 160 /* bytes of such a line (a time, a headline) */

/* Teasers cut short: two or more lines that end in an ellipsis, in a row
 * or with at most TEASER_GAP short lines between each (a list of other
 * stories, each cut to a line, each under its time and headline: "22:00"
 * / "Levée de boucliers – L'édito ..." / "Tourner sept fois ... Et en
 * l'..."), or one whose words the page prints again in full below (a
 * description above the article: "... allegations he assaulted his..."). */
static void cut_teasers(block *b, size_t nb, const char *text,
                        const nn_line *lines)
{
    size_t i, j, run = 0, first = 0, gap = 0;
    for (i = 0; i <= nb; i++) {
        const nn_line *l = i < nb ? &lines[b[i].first] : NULL;
        size_t n = l && b[i].first == b[i].last && b[i].kind != NN_LINE_HEADING
                       ? cut_short(text + l->off, l->len)
                       : 0;
        if (n) {
            if (!run)
                first = i;
            run++;
            gap = 0;
            if (nn_pg_copied_below(b, nb, i, text, lines, n, 0))
                chrome_block(&b[i], NN_V_TEASER);
            continue;
        }
        if (run && i < nb && ++gap <= TEASER_GAP && b[i].first == b[i].last &&
            l->len <= TEASER_GAP_LINE)
            continue; /* a short line between two: the next one's time */
        for (j = first; run >= 2 && j < i; j++)
            if (b[j].first == b[j].last &&
                cut_short(text + lines[b[j].first].off, lines[b[j].first].len))
                chrome_block(&b[j], NN_V_TEASER);
        run = gap = 0;
    }
}

/* A line that is one text printed twice ("Mise en œuvre des moyens Photo
 * DDM Mise en œuvre des moyens Photo DDM"): a gallery's caption as a
 * scraper read it, once from the image and once from its legend. */
static void doubled_lines(block *b, size_t nb, const char *text,
                          const nn_line *lines)
{
    size_t i;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const char *s = text + l->off;
        size_t h = l->len / 2;
        if (b[i].first == b[i].last && l->len >= 21 && l->len % 2 &&
            s[h] == ' ' && !memcmp(s, s + h + 1, h))
            chrome_block(&b[i], NN_V_REPEATED);
    }
}

void nn_pg_chrome(nn_page *pg, const char *text, const nn_line *lines,
                  int plain)
{
    doubled_lines(pg->b, pg->nb, text, lines);
    captions(pg->b, pg->nb, text, lines);
    cut_teasers(pg->b, pg->nb, text, lines);
    chrome_lines(pg->b, pg->nb, text, lines, plain);
    pull_quotes(pg, text, lines);
}
