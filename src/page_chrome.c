/* page_chrome.c - the page stage's third step: chrome that reads as text,
 * which the block classes of page_blocks.c let through.  Photo captions
 * and credits beside images, cookie and privacy notices, "follow us"
 * appeals and other promotional lines, and pull quotes (a sentence of the
 * article printed again as a quote) are marked bad; what a credit looks
 * like is page_credits.c's. */
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

/* A credit line printed again at the end of the caption under it (the
 * picture's credit, then "Без воды остался поселок ... Фото: X/Y"): that
 * line is the caption, whatever its length; the line above the credit
 * is left to the text (a standfirst over the picture). */
static void credit_again_below(block *b, size_t nb, size_t i, const char *text,
                               const nn_line *lines)
{
    const nn_line *c = &lines[b[i].first], *l;
    if (i + 1 >= nb || b[i + 1].first != b[i + 1].last ||
        b[i + 1].kind != NN_LINE_TEXT)
        return;
    l = &lines[b[i + 1].first];
    if (l->len > c->len + 1 && text[l->off + l->len - c->len - 1] == ' ' &&
        !memcmp(text + l->off + l->len - c->len, text + c->off, c->len))
        chrome_block(&b[i + 1], NN_V_IMAGE_CAPTION);
}

#define CAPTION_COPY_WORDS 4 /* words of a caption printed twice */
#define CAPTION_COPY_MAX 30  /* and at most (not a paragraph) */

/* Is block i a caption printed again right under it with its credit
 * (the picture's alternative text: "Firefighters battling a fire near
 * Waroona." over "Firefighters battling a fire near Waroona. Photo: AFP /
 * Department of Fire and Emergency Services")? */
static int credited_below(const block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first], *c;
    if (i + 1 >= nb || b[i].first != b[i].last ||
        b[i + 1].first != b[i + 1].last || b[i].words < CAPTION_COPY_WORDS ||
        b[i].words > CAPTION_COPY_MAX)
        return 0;
    c = &lines[b[i + 1].first];
    if (strchr("\"'\xE2\xC2", text[l->off]))
        return 0; /* (a quotation, "“We will not ...”": a paragraph, a pull
                     quote under it; the lead bytes of “ ‘ „ « stand for
                     every mark that opens a line with them) */
    return c->len > l->len + 1 && text[c->off + l->len] == ' ' &&
           !memcmp(text + c->off, text + l->off, l->len) &&
           nn_pg_credit_tail(text + c->off + l->len + 1, c->len - l->len - 1);
}

#define POST_SIGNER_MAX 80 /* bytes of the page's name in a post's signature */
#define POST_TEXT_MAX 600  /* bytes of an embedded post's text */
#define POST_WEEKDAY_MIN 5 /* letters of a weekday's whole name */

/* Does s (n bytes) sign a social network's embedded post as the network's
 * fallback text prints it ("Posted by Te Kuru Dewes on Thursday, February
 * 14, 2019"): the words, a name, " on " or its language's word, then a
 * date with its weekday's whole name, a comma after it, and no time (a
 * blog's "Posted by admin on March 3, 2020", "... on Mon, Oct 4, 2021 at
 * 4:12 PM" are no post's)? */
static int post_signature(const char *s, size_t n)
{
    static const char *const lead[][2] = {{"Posted by ", " on "},
                                          {"Publicado por ", " en "},
                                          {"Publicado por ", " em "},
                                          {"Publi\xC3\xA9 par ", " sur "},
                                          {"Gepostet von ", " am "},
                                          {"Pubblicato da ", " su "}};
    size_t k, ll;
    const char *on;
    nn_date_hit hit;
    if (n < 24 || (s[0] != 'P' && s[0] != 'G'))
        return 0;
    for (k = 0; k < NN_COUNT(lead); k++) {
        ll = strlen(lead[k][0]);
        if (n <= ll || memcmp(s, lead[k][0], ll) ||
            !(on = nn_find(s + ll,
                           n - ll < POST_SIGNER_MAX ? n - ll : POST_SIGNER_MAX,
                           lead[k][1], strlen(lead[k][1]))))
            continue;
        on += strlen(lead[k][1]);
        for (ll = 0; on + ll < s + n && on[ll] != ',' && on[ll] != ' '; ll++)
            ;
        return on + ll < s + n && on[ll] == ',' && ll >= POST_WEEKDAY_MIN &&
               !memchr(on, ':', (size_t)(s + n - on)) &&
               nn_date_find(on, (size_t)(s + n - on), &hit, 1) && hit.iso[0] &&
               hit.start == 0 && hit.end + 1 >= (size_t)(s + n - on) &&
               nn_date_names_weekday(on, (size_t)(s + n - on));
    }
    return 0;
}

/* Is block k a paragraph of prose, one line long enough to be no
 * short one, ending a sentence? */
static int prose_block(const block *b, size_t k, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    return b[k].first == b[k].last && b[k].kind == NN_LINE_TEXT &&
           b[k].sentence && b[k].chars >= LENGTH_LOW && !b[k].links &&
           nn_ends_sentence(text + l->off, l->len);
}

/* A post embedded between the article's paragraphs, its text over its
 * signature (post_signature()): both the post's, when paragraphs of prose
 * stand above them (not one that introduces the post with a colon: the
 * article quotes it) and two under them, and no other signature of the
 * kind is on the page (a forum's posts, a page of letters, a guestbook). */
static void embedded_post(block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    size_t k;
    if (i < 2 || i + 2 >= nb || b[i].first != b[i].last ||
        b[i - 1].first != b[i - 1].last || b[i - 1].kind != NN_LINE_TEXT ||
        b[i - 1].chars > POST_TEXT_MAX || !prose_block(b, i - 2, text, lines) ||
        !prose_block(b, i + 1, text, lines) ||
        !prose_block(b, i + 2, text, lines) ||
        !post_signature(text + l->off, l->len))
        return;
    for (k = 0; k < nb; k++)
        if (k != i && b[k].first == b[k].last &&
            post_signature(text + lines[b[k].first].off, lines[b[k].first].len))
            return;
    chrome_block(&b[i - 1], NN_V_EMBEDDED_POST);
    chrome_block(&b[i], NN_V_EMBEDDED_POST);
}

#define SHOUT_WORDS 6 /* words of a teaser's headline that ends in '!' */
#define SHOUT_AFTER 3 /* short lines of a run above one that shouts */

/* Is block i a short line that ends in '!' (a teaser's headline in a
 * list of them, "Dornbirn: Straße rutscht ab!"; a question is as often a
 * subheading's, "Kann man baden?")? */
static int shout_item(const block *b, size_t i, const char *text,
                      const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    return b[i].first == b[i].last && b[i].words <= SHOUT_WORDS && l->len &&
           text[l->off + l->len - 1] == '!';
}

/* The end of the run of short lines that are no sentences from block i
 * (i: none); one that shouts may stand inside the run, under three. */
static size_t short_run_end(const block *b, size_t nb, size_t i,
                            const char *text, const nn_line *lines)
{
    size_t j;
    for (j = i; j < nb && b[j].init == C_SHORT && b[j].kind == NN_LINE_TEXT;
         j++)
        if (b[j].sentence &&
            !(j >= i + SHOUT_AFTER && j + 1 < nb &&
              shout_item(b, j, text, lines) && b[j + 1].init == C_SHORT &&
              !b[j + 1].sentence && b[j + 1].kind == NN_LINE_TEXT))
            break; /* (a headline that shouts among others, "Dornbirn:
                      Straße rutscht ab!", is one of the run) */
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

#define CAMERA_NAME_MAX 48 /* bytes of a camera's file name as a title */

/* Is s (n bytes) a camera's file name that a site turned into the
 * picture's title ("Img 20250709 wa0029", "Whatsapp Image 2023 06 01 At
 * 10.11.12", "Dsc 0123"): the camera's prefix and a number of three
 * digits or more? */
static int camera_title(const char *s, size_t n)
{
    static const char *const cams[] = {"Img ",
                                       "IMG ",
                                       "Dsc ",
                                       "DSC ",
                                       "Dscn ",
                                       "Pxl ",
                                       "Whatsapp Image ",
                                       "WhatsApp Image ",
                                       NULL};
    const char *cam = nn_opens_with(cams, s, n);
    size_t i, digits = 0;
    if (!cam || n > CAMERA_NAME_MAX)
        return 0;
    for (i = strlen(cam); i < n && s[i] >= '0' && s[i] <= '9'; i++)
        digits++;
    if (digits < 3 || (i < n && s[i] != ' '))
        return 0;
    /* then lower case, digits, "At" ("wa0029", "06 01 At 10.11.12"; not
     * "IMG 2025 Academy Bowl draws record crowd") */
    for (; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' &&
            !(s[i] == 'A' && i + 1 < n && s[i + 1] == 't' &&
              (i + 2 == n || s[i + 2] == ' ')))
            return 0;
    return 1;
}

#define DATELINE_REACH 60 /* bytes: where a lead's dateline has its dash */

/* Does paragraph s (n bytes) open with a dateline: a town in capitals
 * ("BANJARBARU -") or a town and the site's name, a comma between, a
 * dash after ("Natuna, Kabarbatam.com – ...")? */
static int dateline_lead(const char *s, size_t n)
{
    size_t i, words = 1, comma = 0;
    if (nn_page_caps_dateline(s, n))
        return 1;
    if (!nn_starts_upper(s, n))
        return 0;
    for (i = 0; i + 4 < n && i < DATELINE_REACH; i++) {
        if (s[i] == ',')
            comma = 1;
        if (s[i] != ' ')
            continue;
        if (s[i + 1] == '-' || !memcmp(s + i + 1, "\xE2\x80\x93", 3) ||
            !memcmp(s + i + 1, "\xE2\x80\x94", 3))
            return (int)comma;
        if (++words > 3)
            return 0;
    }
    return 0;
}

/* Is line l a picture's file name alone ("Concepción.jpg", or as the
 * picture's title: "Img 20250709 wa0029")? */
static int picture_file(const char *text, const nn_line *l)
{
    static const char *const exts[] = {".jpg", ".jpeg", ".png", ".webp",
                                       ".JPG", ".gif",  NULL};
    const char *s = text + l->off, *const * e;
    if (camera_title(s, l->len))
        return 1;
    if (!l->len || l->len > 120 || memchr(s, ' ', l->len))
        return 0;
    for (e = exts; *e; e++)
        if (l->len > strlen(*e) &&
            !memcmp(s + l->len - strlen(*e), *e, strlen(*e)))
            return 1;
    return 0;
}

/* Is block i one line printed before it too (the headline in the page's
 * title and over the text)? */
static int printed_above(const block *b, size_t i, const char *text,
                         const nn_line *lines)
{
    size_t k;
    if (!b[i].repeated || b[i].first != b[i].last)
        return 0;
    for (k = 0; k < i; k++)
        if (nn_pg_same_line(b, i, k, text, lines))
            return 1;
    return 0;
}

/* The caption's first line right above its credited line, with no blank
 * line between ("Sheep on a drought affected property in Qld." over
 * "While some farmers ... drought. Credit: AAP"): a short line, after a
 * blank line, is the caption too. */
static void caption_above(block *b, size_t nb, size_t i, const char *text,
                          const nn_line *lines)
{
    const block *p = i > 0 ? &b[i - 1] : NULL;
    const char *c = text + lines[b[i].first].off;
    if (p && p->kind == NN_LINE_TEXT && p->first == p->last &&
        p->last + 1 == b[i].first && p->chars < LENGTH_LOW && !p->links &&
        p->first > 0 && !lines[p->first - 1].len)
        chrome_block(&b[i - 1], NN_V_PHOTO_CREDIT);
    /* a credit in brackets with a slash closes the caption above it, a
     * blank line between ("An over flown sewage in Mwembe, Kisii county.
     * ..." / "[Photo/Stephen Mwaniki.]"); not "(Photo: Reuters)", which
     * pages print under a picture with no caption */
    else if (p && p->kind == NN_LINE_TEXT && p->first == p->last &&
             p->chars < LENGTH_HIGH && !p->links && p->last + 2 == b[i].first &&
             ((p->chars < LENGTH_HIGH / 2 &&
               (!strncmp(c, "[Photo/", 7) || !strncmp(c, "[Foto/", 6) ||
                /* or under the picture ("Concepción.jpg" / the caption /
                 * "Foto: Justiniano Riveros") */
                (i >= 2 && (b[i - 2].images ||
                            picture_file(text, &lines[b[i - 2].last]))))) ||
              /* a copyright credit under the caption of the headline's
               * picture, one sentence long, the head's byline or date
               * line under it (the headline printed again, both copies
               * above / the caption / "© RFI / Sarah Tetaud" / "Par RFI
               * Publié le 17-11-2017"); a lead has the text under it */
              (!strncmp(c, "\xC2\xA9 ", 3) && i >= 2 &&
               printed_above(b, i - 2, text, lines) && i + 1 < nb &&
               b[i + 1].first == b[i + 1].last && b[i + 1].chars < LENGTH_LOW &&
               !nn_has(text + lines[p->first].off, lines[p->first].len - 1,
                       ". ", 2))))
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

int nn_pg_caption_label(const char *s, size_t n)
{
    /* a caption's label: the line is one, however long */
    static const char *const labels[] = {"L\xC3\xA9gende photo :",
                                         "L\xC3\xA9gende photo:",
                                         "L\xC3\xA9gende :",
                                         "Bildunterschrift:",
                                         "Caption:",
                                         "Didascalia:",
                                         "Pie de foto:",
                                         "Legenda:",
                                         "Ket Foto:",
                                         "Ket foto:",
                                         "Keterangan foto:",
                                         "Keterangan Foto:",
                                         NULL};
    /* the picture's place, in capitals, with a word of a picture's credit
     * ("LEFT: Retired teacher ... Courtesy photo."; not a debate's "LEFT:
     * The bridge is a danger ...") */
    static const char *const places[] = {"LEFT: ",  "RIGHT: ", "ABOVE: ",
                                         "BELOW: ", "TOP: ",   NULL};
    const char *const *w;
    if (n < 16)
        return 0;
    if (opens_with(labels, s, n)) /* (the first byte first) */
        return 1;
    if (!opens_with(places, s, n))
        return 0;
    for (w = credit_words; *w; w++)
        if (nn_has(s, n, *w, strlen(*w)))
            return 1;
    return 0;
}

/* A photo's caption by its opening words ("Un momento dell'inaugurazione
 * ...", "Nella foto ...", "Pictured: ...", "На фото ..."): one sentence
 * of a line of its own, short; or by its label ("Légende photo : ..."),
 * of any length. */
int nn_pg_caption_opener(const char *s, size_t n)
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

    /* (the first bytes of them all, looked up once) */
    if (n < 16 || n > 600 || !s[0] || !strchr("ABCDEFIKLNPSU\xD0", s[0]))
        return 0;
    if (nn_pg_caption_label(s, n))
        return 1;
    return n <= 240 && !nn_has(s, n - 1, ". ", 2) && opens_with(openers, s, n);
}

#define LR_CAPTION_MAX 600 /* bytes: a caption naming people in a row */
#define LR_MARK_REACH 160  /* bytes: where its "left to right" stands */

/* A caption that names the people in the picture from the left
 * ("04.12.2018, Eupen: Die neun Bürgermeister ... (v.l.n.r.): Friedhelm
 * Wirtz ...", "Officials (L-R) ..."): the mark in parentheses, early
 * in a line of its own.  Prose says so too ("The three finalists (from
 * left) ... will present"): the caller asks where the line stands, unless
 * the line opens with the mark ("(L-R) Juri Kikuchi, ...").  One more
 * than the mark's offset, or 0. */
static int left_to_right(const char *s, size_t n)
{
    static const char *const marks[] = {"(v.l.n.r.)",
                                        "(v. l. n. r.)",
                                        "(v.l.)",
                                        "(L-R)",
                                        "(l-r)",
                                        "(L to R)",
                                        "(from left)",
                                        "(left to right)",
                                        "(de g. à d.)",
                                        "(de gauche à droite)",
                                        "(de izq. a der.)",
                                        "(soldan sağa)",
                                        "(слева направо)",
                                        NULL};
    const char *const *m;
    const char *p;
    if (n < 20 || n > LR_CAPTION_MAX ||
        !(p = memchr(s, '(', n < LR_MARK_REACH ? n : LR_MARK_REACH)))
        return 0;
    for (; p; p = memchr(p + 1, '(',
                         (size_t)(s + (n < LR_MARK_REACH ? n : LR_MARK_REACH) -
                                  p - 1)))
        for (m = marks; *m; m++)
            if ((size_t)(s + n - p) >= strlen(*m) &&
                !strncmp(p, *m, strlen(*m)))
                return 1 + (int)(p - s);
    return 0;
}

/* Does block i read as a picture's caption by where it stands: under
 * an image or a picture's file name, or opening with the day and place
 * the picture was taken ("04.12.2018, Eupen: ...")? */
static int pictured(const block *b, size_t i, const char *text,
                    const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    nn_date_hit hit;
    if (i > 0 && ((b[i - 1].images && !b[i - 1].chars) ||
                  picture_file(text, &lines[b[i - 1].last])))
        return 1;
    return nn_date_find(text + l->off, l->len < 40 ? l->len : 40, &hit, 1) &&
           hit.iso[0] && hit.start == 0 && hit.end + 2 < l->len &&
           text[l->off + hit.end] == ',';
}

#define FIGURE_CAPTION_MAX 400 /* bytes of a caption under its picture */

/* Is block i one line right under a picture's file name, no blank line
 * between, a blank line after ("Img 20250709 wa0029" / "Bupati Natuna
 * ... hadir dalam penyaluran air bersih di Desa Tapau." / blank / the
 * lead, "Natuna, Kabarbatam.com – ..."): the picture's caption, as the
 * scraper read its figure? */
static int under_picture_file(const block *b, size_t nb, size_t i,
                              const char *text, const nn_line *lines)
{
    const nn_line *f = i > 0 ? &lines[b[i - 1].last] : NULL;
    const nn_line *n = i + 1 < nb ? &lines[b[i + 1].first] : NULL;
    return f && n && b[i].first == b[i].last && b[i].kind == NN_LINE_TEXT &&
           !b[i].links && lines[b[i].first].len <= FIGURE_CAPTION_MAX &&
           b[i - 1].last + 1 == b[i].first && b[i + 1].first > b[i].last + 1 &&
           picture_file(text, f) &&
           /* the lead may stand there too: the caption is the line over a
            * lead that opens with its dateline */
           dateline_lead(text + n->off, n->len);
}

#define CTA_BLOCK_MAX 600 /* bytes of a block asking the reader to act */

/* Does s (n bytes) hold a quotation mark ('"', “ ” „ « »)? */
static int quotes(const char *s, size_t n)
{
    static const char *const marks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D",
                                        "\xE2\x80\x9E", "\xC2\xAB",
                                        "\xC2\xBB",     NULL};
    const char *const *m;
    if (memchr(s, '"', n))
        return 1;
    for (m = marks; *m; m++)
        if (nn_has(s, n, *m, strlen(*m)))
            return 1;
    return 0;
}

/* Does block x ask the reader to subscribe, sign up, donate, buy or
 * comment (nn_pg_call_to_action())?  Its verdict, or NN_V_NONE.  Under
 * such a block (verdict above), a short line with a word of one is its
 * button or its last cry ("Jetzt sichern!", "¡Contamos contigo!"). */
static enum nn_verdict call_to_action(const block *x, const char *text,
                                      const nn_line *lines,
                                      enum nn_verdict above,
                                      const nn_pg_scan *sc)
{
    unsigned g = 0, extra = 0;
    size_t k, off = lines[x->first].off,
              n = lines[x->last].off + lines[x->last].len - off;
    if (n > CTA_BLOCK_MAX)
        return NN_V_NONE;
    if (sc->done) { /* (one line, its words read already) */
        g = sc->cta;
        extra = sc->extra;
    } else {
        for (k = x->first; k <= x->last; k++)
            g |= nn_pg_cta_scan(text + lines[k].off, lines[k].len, &extra);
    }
    if (!g || quotes(text + off, n))
        return NN_V_NONE; /* a story quotes people asking things */
    if (above != NN_V_NONE && n < LENGTH_LOW &&
        (text[off + n - 1] == '!' || !nn_ends_sentence(text + off, n)))
        return above; /* (a button or a cry, not a sentence told) */
    return nn_pg_call_to_action(g, extra, memchr(text + off, '!', n) != NULL,
                                above != NN_V_NONE);
}

#define DIALOG_LABEL_MAX 40 /* bytes of a consent dialog's label */
#define DIALOG_PARA_MAX 300 /* bytes of its paragraph on a category */

/* Does block k of a consent dialog tell of cookies, one short paragraph? */
static int cookie_para(const block *b, size_t k, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[k].first];
    return b[k].first == b[k].last && l->len <= DIALOG_PARA_MAX &&
           nn_pg_names_cookies(text + l->off, l->len);
}

/* Is block k a consent dialog's label of a category of cookies
 * ("Essenziell", "Statistik", "Marketing", "Strictly necessary")? */
static int cookie_category(const block *b, size_t k, const char *text,
                           const nn_line *lines)
{
    static const char *const stems[] = {
        "essenz",
        "essential",
        "notwendig",
        "erforderlich",
        "necessar",
        "n\303\251cessaire",
        "necess\xC3\xA1r",
        "funktional",
        "functional",
        "funcional",
        "fonctionnel",
        "funzional",
        "statisti",
        "analytic",
        "anal\xC3\xADtic",
        "analitic",
        "performance",
        "marketing",
        "advertis",
        "werbung",
        "publicidad",
        "publicidade",
        "publicit",
        "pubblicit",
        "komfort",
        "comfort",
        "pr\303\244ferenz",
        "preferenc",
        "pr\303\251f\303\251rence",
        "externe medien",
        "targeting",
        "\xD0\xBD\xD0\xB5\xD0\xBE\xD0\xB1\xD1\x85\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBC", /* необходим */
        "\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x82", /* аналит */
        "\xD0\xBC\xD0\xB0\xD1\x80\xD0\xBA\xD0\xB5\xD1\x82", /* маркет */
        NULL};
    const nn_line *l = &lines[b[k].first];
    const char *const *w;
    if (b[k].first != b[k].last || l->len > DIALOG_LABEL_MAX ||
        b[k].words > 3 || b[k].links)
        return 0;
    for (w = stems; *w; w++)
        if (nn_has_ci(text + l->off, l->len, *w))
            return 1;
    return 0;
}

/* Is everything above block i a cookie notice (a consent dialog stands
 * over the page, not inside a story on cookies)? */
static int dialog_on_top(const block *b, size_t i)
{
    size_t k;
    for (k = 0; k < i; k++)
        if (b[k].why != NN_V_COOKIE_NOTICE)
            return 0;
    return 1;
}

/* A consent dialog on top of the page goes on under its cookie notice
 * (block i) through its categories, each a label and the short paragraph
 * under it that tells of their cookies ("Essenziell" / "Diese Cookies
 * sind für den Betrieb der Seite unbedingt notwendig ..."), a category at
 * least.  The index of the dialog's last block, or i. */
static size_t cookie_dialog(block *b, size_t nb, size_t i, const char *text,
                            const nn_line *lines)
{
    size_t k = i + 1, end, labels = 0;
    if (!dialog_on_top(b, i))
        return i;
    for (;;) {
        if (k < nb && cookie_para(b, k, text, lines)) {
            k++;
        } else if (k + 1 < nb && cookie_category(b, k, text, lines) &&
                   cookie_para(b, k + 1, text, lines)) {
            labels++;
            k += 2;
        } else {
            break;
        }
    }
    if (!labels)
        return i;
    for (end = k, k = i + 1; k < end; k++)
        chrome_block(&b[k], NN_V_COOKIE_NOTICE);
    return end - 1;
}

#define SECTION_NAME_MAX 24 /* bytes of a section's name after a date */

/* Does line s (n bytes, block x) open with a date, the name of one
 * section after it and nothing more ("4 июля 2025 Общество", "12 March
 * 2024 Politics")? */
static int date_and_section(const block *x, const char *s, size_t n)
{
    nn_date_hit hit;
    size_t k;
    if (x->links || n < 8 || !nn_date_may_hold(s, n, 0) ||
        nn_date_find(s, n, &hit, 1) != 1 || !hit.iso[0] || hit.start != 0 ||
        hit.end >= n || s[hit.end] != ' ' || n - hit.end - 1 > SECTION_NAME_MAX)
        return 0;
    for (k = hit.end + 1; k < n; k++)
        if (s[k] == ' ' || s[k] == '.' || s[k] == ',' || s[k] == ':')
            return 0; /* one word */
    return nn_starts_upper(s + hit.end + 1, n - hit.end - 1);
}

/* Notices, prompts, calls to action, ads' slots, tickers and keyword
 * lines, whatever their neighbours. */
static void promo_blocks(block *b, size_t nb, const char *text,
                         const nn_line *lines)
{
    size_t i;
    enum nn_verdict cta; /* block i - 1's call to action, or NN_V_NONE */
    for (i = 0, cta = NN_V_NONE; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        enum nn_verdict why, above = cta;
        nn_pg_scan sc = {0, 0, 0};
        cta = NN_V_NONE;
        if (b[i].first == b[i].last &&
            (why = nn_pg_promo_line(text + l->off, l->len, &sc)) != NN_V_NONE &&
            /* (a notice's long paragraph only on top of the page) */
            (l->len <= PROMO_LINE_MAX || dialog_on_top(b, i))) {
            chrome_block(&b[i], why);
            if (why == NN_V_COOKIE_NOTICE)
                i = cookie_dialog(b, nb, i, text, lines);
        } else if ((why = call_to_action(&b[i], text, lines, above, &sc)) !=
                   NN_V_NONE)
            chrome_block(&b[i], cta = why);
        else if (b[i].first == b[i].last &&
                 nn_pg_ad_slot(text + l->off, l->len))
            chrome_block(&b[i], NN_V_AD_SLOT);
        else if (b[i].first == b[i].last &&
                 (nn_pg_ticker_line(text + l->off, l->len) ||
                  nn_pg_feed_item(text + l->off, l->len)))
            chrome_block(&b[i], NN_V_TICKER);
        else if (b[i].first == b[i].last &&
                 nn_pg_keyword_line(text + l->off, l->len))
            chrome_block(&b[i], NN_V_TAGS);
    }
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
    int lr;
    for (i = 0; plain && i<nb; i = j> i ? j : i + 1) {
        j = list_end(b, nb, i, lines);
        if (j - i >= 3 && list_under_lead_in(b, i, text, lines))
            for (k = i + 1; k < j; k++)
                b[k].listed = 1;
    }
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        embedded_post(b, nb, i, text, lines);
        if (b[i].listed)
            continue; /* "Route 2 – Riverside / Eastgate Transit Center" */
        if (credited_below(b, nb, i, text, lines)) {
            chrome_block(&b[i], NN_V_IMAGE_CAPTION);
            chrome_block(&b[i + 1], NN_V_PHOTO_CREDIT);
        }
        /* or a caption ending in its credit, with no full stop
         * between ("... nationalise Yandex Moscow-Live.ru / Flickr (CC
         * BY-NC-SA 2.0)") */
        if (b[i].first == b[i].last && b[i].kind != NN_LINE_HEADING &&
            b[i].why != NN_V_IMAGE_CAPTION && /* already said better */
            (nn_pg_credit_line(text + l->off, l->len) ||
             (l->len <= 400 && nn_pg_licensed(text + l->off, l->len)) ||
             nn_pg_credited_caption(text + l->off, l->len))) {
            chrome_block(&b[i], NN_V_PHOTO_CREDIT);
            caption_again(b, nb, i, text, lines);
            caption_above(b, nb, i, text, lines);
            credit_again_below(b, nb, i, text, lines);
        } else if (b[i].first == b[i].last && b[i].kind == NN_LINE_TEXT &&
                   (nn_pg_caption_opener(text + l->off, l->len) ||
                    ((lr = left_to_right(text + l->off, l->len)) == 1 ||
                     (lr && pictured(b, i, text, lines))))) {
            chrome_block(&b[i], NN_V_IMAGE_CAPTION);
        } else if (under_picture_file(b, nb, i, text, lines)) {
            chrome_block(&b[i], NN_V_IMAGE_CAPTION);
        } else if (good && b[i].first == b[i].last &&
                   b[i].kind == NN_LINE_TEXT &&
                   nn_pg_caps_name_caption(text + l->off, l->len)) {
            /* (below text only: a headline may end in acronyms, "...
             * jelang PIALA AFF") */
            chrome_block(&b[i], NN_V_PHOTO_CREDIT);
        }
        good |= b[i].cls == C_GOOD;
    }
    promo_blocks(b, nb, text, lines);
    /* a line that is mostly a date ("Martes, 24 de marzo 2020, 16:20",
     * "Spor - 05-12-2025 15:34"), or a date and the section's name ("4
     * июля 2025 Общество"), is the page's date line or a clock */
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].first == b[i].last && l->len <= DATE_LINE_MAX &&
            b[i].kind != NN_LINE_HEADING &&
            (nn_date_mostly(text + l->off, l->len) ||
             date_and_section(&b[i], text + l->off, l->len)))
            chrome_block(&b[i], NN_V_DATE_LINE);
    }
    if (!plain)
        return;
    for (i = 0; i<nb; i = j> i ? j : i + 1) {
        j = short_run_end(b, nb, i, text, lines);
        if (j - i >= 3 && !b[i].listed && !b[i + 1].listed)
            for (k = i; k < j; k++)
                if (b[k].why != NN_V_DATE_LINE) /* (said better) */
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

size_t nn_pg_cut_short(const char *s, size_t n)
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

#define CUT_COPY_REACH 3 /* blocks above a cut line its whole text stands in */

/* Block i's line cut short (its first n bytes, then an ellipsis) copies
 * a whole line a few blocks above it, short lines between: a story's
 * summary in a list of stories, printed in full and as an excerpt
 * ("Sabato 18 giornata clou ... del 2000" / "il 13/10/2025" / "Sabato 18
 * giornata clou ... il 25°...").  That line's block, or SIZE_MAX. */
static size_t copied_above(const block *b, size_t i, const char *text,
                           const nn_line *lines, size_t n)
{
    const char *s = text + lines[b[i].first].off;
    size_t k;
    if (n < 40 || n > COPY_MAX)
        return SIZE_MAX;
    for (k = i; k-- > 0 && i - k <= CUT_COPY_REACH;) {
        const nn_line *m = &lines[b[k].first];
        if (b[k].first == b[k].last && m->len > n + 1 &&
            !memcmp(text + m->off, s, n))
            return k;
        if (b[k].first != b[k].last || b[k].words > 4)
            break; /* (only short lines between: its time) */
    }
    return SIZE_MAX;
}

#define TEASER_GAP 3        /* short lines between two cut teasers */
#define TEASER_GAP_LINE 160 /* bytes of such a line (a time, a headline) */

/* Teasers cut short: two or more lines that end in an ellipsis, in a row
 * or with at most TEASER_GAP short lines between each (a list of other
 * stories, each cut to a line, each under its time and headline: "22:00"
 * / "Levée de boucliers – L'édito ..." / "Tourner sept fois ... Et en
 * l'..."), or one whose words the page prints again in full below (a
 * description above the article: "... allegations he assaulted his...")
 * or right above (a listed story's summary, with its excerpt). */
static void cut_teasers(block *b, size_t nb, const char *text,
                        const nn_line *lines)
{
    size_t i, j, run = 0, first = 0, gap = 0;
    for (i = 0; i <= nb; i++) {
        const nn_line *l = i < nb ? &lines[b[i].first] : NULL;
        size_t n = l && b[i].first == b[i].last && b[i].kind != NN_LINE_HEADING
                       ? nn_pg_cut_short(text + l->off, l->len)
                       : 0;
        if (n) {
            if (!run)
                first = i;
            run++;
            gap = 0;
            if (nn_pg_copied_below(b, nb, i, text, lines, n, 0))
                chrome_block(&b[i], NN_V_TEASER);
            else if ((j = copied_above(b, i, text, lines, n)) != SIZE_MAX &&
                     /* under the story's headline (not a paragraph and a
                      * pull quote that prints it again cut short) */
                     j > 0 && b[j - 1].first == b[j - 1].last &&
                     b[j - 1].kind == NN_LINE_TEXT &&
                     nn_pg_title_shape(&b[j - 1],
                                       text + lines[b[j - 1].first].off,
                                       lines[b[j - 1].first].len)) {
                chrome_block(&b[i], NN_V_TEASER);
                chrome_block(&b[j], NN_V_TEASER);
                chrome_block(&b[j - 1], NN_V_TEASER);
            }
            continue;
        }
        if (run && i < nb && ++gap <= TEASER_GAP && b[i].first == b[i].last &&
            l->len <= TEASER_GAP_LINE)
            continue; /* a short line between two: the next one's time */
        for (j = first; run >= 2 && j < i; j++)
            if (b[j].first == b[j].last &&
                nn_pg_cut_short(text + lines[b[j].first].off,
                                lines[b[j].first].len))
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

int nn_pg_related_label(const char *s, size_t n)
{
    const end_marker *m = nn_pg_end_marker(s, n);
    return m && m->kind == NN_V_RELATED && n <= strlen(m->phrase) + 2;
}

#define READ_ALSO_MAX 6   /* headlines under one "read also" label */
#define READ_ALSO_WORDS 7 /* words of each headline of a list of them */

/* Is block k a headline of a "read also" list: one line of text with no
 * full stop, shaped as a title? */
static int read_also_head(const block *b, const char *text,
                          const nn_line *lines)
{
    const nn_line *h = &lines[b->first];
    return b->first == b->last && b->kind == NN_LINE_TEXT && !b->sentence &&
           nn_pg_title_shape(b, text + h->off, h->len);
}

/* A "read also" label alone on its line ("Baca Juga:", "Leia também:",
 * "Leia mais:") over headlines with no full stop: the links to other
 * stories set into the text, the label and the headlines (the text goes
 * on under).  One headline is taken as it stands; a list of them only
 * when a paragraph follows it, since a list to the page's end is the
 * after-article's, and when each is a long one (a short line under the
 * one headline is the text's subheading: "Como se proteger do calor"). */
static void read_also_links(block *b, size_t nb, const char *text,
                            const nn_line *lines)
{
    size_t i, k;
    for (i = 0; i + 1 < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].first != b[i].last ||
            !nn_pg_related_label(text + l->off, l->len) ||
            !read_also_head(&b[i + 1], text, lines))
            continue;
        for (k = i + 2;
             k < nb && k < i + 1 + READ_ALSO_MAX &&
             read_also_head(&b[k], text, lines) &&
             b[k].words >= READ_ALSO_WORDS && b[k - 1].words >= READ_ALSO_WORDS;
             k++)
            ;
        if (k > i + 2 && !(k < nb && b[k].sentence))
            k = i + 2; /* a list with no paragraph under it */
        while (++i < k)
            chrome_block(&b[i], NN_V_RELATED);
        i--;
    }
}

#define SUMMARY_OPENING 48 /* bytes a summary shares with the text */

/* A summary cut short and closed by a "read more" link's label, its
 * opening repeated by a paragraph below ("Güldürecek Barajındaki su
 * seviyesinin 11.7 ... olmak üzere...devamını okuyunuz."): a listing's
 * teaser of the article, printed over its text. */
static void read_more_summaries(block *b, size_t nb, const char *text,
                                const nn_line *lines)
{
    size_t i, j;
    for (i = 0; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        if (b[i].first != b[i].last || b[i].kind != NN_LINE_TEXT ||
            l->len < SUMMARY_OPENING * 2 ||
            !nn_pg_read_more_cut(text + l->off, l->len))
            continue;
        for (j = i + 1; j < nb; j++) {
            const nn_line *m = &lines[b[j].first];
            if (m->len > SUMMARY_OPENING &&
                !memcmp(text + l->off, text + m->off, SUMMARY_OPENING)) {
                chrome_block(&b[i], NN_V_TEASER);
                break;
            }
        }
    }
}

/* Other stories' headlines over summaries cut to fit (page_after.c). */
static void summary_teasers(block *b, size_t nb, const char *text,
                            const nn_line *lines)
{
    size_t i, run;
    for (i = 0; i < nb; i++)
        for (run = nn_pg_summary_run(b, nb, i, text, lines); run; run--)
            chrome_block(&b[i++], NN_V_TEASER);
}

void nn_pg_chrome(nn_page *pg, const char *text, const nn_line *lines,
                  int plain)
{
    read_also_links(pg->b, pg->nb, text, lines);
    doubled_lines(pg->b, pg->nb, text, lines);
    captions(pg->b, pg->nb, text, lines);
    cut_teasers(pg->b, pg->nb, text, lines);
    summary_teasers(pg->b, pg->nb, text, lines);
    read_more_summaries(pg->b, pg->nb, text, lines);
    chrome_lines(pg->b, pg->nb, text, lines, plain);
    pull_quotes(pg, text, lines);
}
