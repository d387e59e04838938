/* tails.c - what is cut from the end of a body line: link text glued
 * after its last sentence ("... volatility. read more", "... deficit.
 * Similar Posts") and a "read also" link glued there ("... katanya. Baca
 * juga: Sebar Hoaks ..."); classify.c asks here of every line it makes a
 * body line.  The line keeps its text; its cut says how much of its end
 * goes, and --explain logs it. */
#include "article.h"
#include "lang.h"
#include "page.h"
#include "unicode.h"

#include <string.h>
#include <strings.h>

/* A phrase and its length (sizeof counts the '\0'), measured at compile
 * time: every body line is compared with every phrase. */
typedef struct {
    const char *s;
    size_t len;
} phrase;
#define PHRASE(lit)                                                            \
    {                                                                          \
        lit, sizeof(lit) - 1                                                   \
    }

/* A "read also" link glued after a paragraph's last sentence ("...
 * katanya. Baca juga: Sebar Hoaks Vaksin di Facebook, Pegawai Honorer
 * Diringkus"): the label, a colon and a headline (a few words, no full
 * stop at the end) to the line's end are cut, and logged. */
static int read_also_tail(article *a, size_t i)
{
    static const phrase labels[] = {
        PHRASE("Read also:"),     PHRASE("Read more:"),
        PHRASE("Also read:"),     PHRASE("See also:"),
        PHRASE("Baca juga:"),     PHRASE("Leia também:"),
        PHRASE("Lea también:"),   PHRASE("Lee también:"),
        PHRASE("Lire aussi :"),   PHRASE("Lire aussi:"),
        PHRASE("Leggi anche:"),   PHRASE("Lesen Sie auch:"),
        PHRASE("Czytaj też:"),    PHRASE("Читайте также:"),
        PHRASE("Читайте також:"), PHRASE("READ MORE:"),
        PHRASE("MORE NEWS:"),     PHRASE("ALSO READ:")};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i), *c = s + l->skip, *p;
    size_t n = l->len, tl, k, t;
    int glued;
    /* every label ends in a colon: look back from each colon */
    while ((c = memchr(c, ':', (size_t)(s + n - c))) != NULL) {
        size_t at = (size_t)(c - s) + 1; /* just past the colon */
        for (t = 0; t < NN_COUNT(labels); t++) {
            tl = labels[t].len;
            if (at < tl + l->skip + 2 || memcmp(s + at - tl, labels[t].s, tl))
                continue;
            k = at - tl;
            /* after a blank, or glued to the sentence's full stop or
             * closing quote (".READ MORE: ...", "dollars.”MORE NEWS:") */
            glued = s[k - 1] != ' ';
            if (!nn_ends_sentence(s + l->skip, k - !glued - l->skip))
                continue;
            p = s + at;
            if (nn_word_count(p, n - at) > 20 || nn_ends_sentence(p, n - at))
                return 0; /* a sentence that quotes the label goes on */
            log_removed(a, "read-also", i, s + k, n - k);
            l->cut = n - k + !glued;
            return 1;
        }
        c++;
    }
    return 0;
}

#define SIGNER_DESK_MAX 8 /* capitals of a signer's desk in brackets */

/* The length of a desk's name in capitals in brackets that ends line s
 * (n bytes) after a blank (" (IPRD)"), or 0. */
static size_t signer_desk(const char *s, size_t n)
{
    size_t k;
    if (n < 5 || s[n - 1] != ')')
        return 0;
    for (k = n - 1; k > 0 && s[k - 1] >= 'A' && s[k - 1] <= 'Z'; k--)
        ;
    return k >= 2 && s[k - 1] == '(' && s[k - 2] == ' ' && n - 1 - k >= 2 &&
                   n - 1 - k <= SIGNER_DESK_MAX
               ? n - k + 2
               : 0;
}

/* Words a glued signature's name never opens with: a title, a link's
 * or a credit's word ("—The Mayor", "—Read More Here", "—Photo Courtesy
 * City Hall", "—Staff Report"). */
static int unsigned_word(const char *s, size_t n)
{
    static const char *const words[] = {"The",    "Read",  "Photo", "Source",
                                        "Staff",  "More",  "See",   "Agencia",
                                        "Agency", "Click", NULL};
    size_t w;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    return nn_in_list(words, s, w, 0);
}

/* Where the dash of a name that signs line s (n bytes, text from skip)
 * stands ("... ifadelerini kullandı. -Fatma Bedia UYAR", "... the city. –
 * Jane Doe"), and where the name starts (*name), or 0: a dash after a
 * sentence's end in the last 48 bytes, then two to four words that open
 * with capitals, no comma, to the line's end; not a quotation's source
 * ("“...” – Jane Doe", "'...' - Jane Doe"). */
static size_t sig_dash(const char *s, size_t n, size_t skip, size_t *name,
                       int commas)
{
    const char *p, *e, *h, *u;
    size_t k, words = 0, desk = signer_desk(s, n);
    e = s + n;
    if (n < skip + 8)
        return 0;
    /* the first dash there, by memchr ('-', or the lead byte of '–' and
     * '—') */
    k = n > 48 ? n - 48 : skip + 2;
    h = memchr(s + k, '-', n - k);
    u = memchr(s + k, 0xE2, n - k);
    for (;;) {
        const char *c = h && (!u || h < u) ? h : u;
        if (!c || c + 4 >= e)
            return 0;
        k = (size_t)(c - s);
        if ((*c == '-' ||
             (c[1] == '\x80' && (c[2] == '\x93' || c[2] == '\x94'))) &&
            k >= skip + 2 && s[k - 1] == ' ' &&
            nn_ends_sentence(s + skip, k - 1 - skip))
            break;
        /* (or a long dash glued to the full stop, the name and its desk
         * in capitals in brackets: "... 2018-2019.—Mya Mya Mon (IPRD)";
         * not a quotation's source, "... the problem.—Ronald Reagan") */
        if (desk && *c != '-' && c[1] == '\x80' &&
            (c[2] == '\x93' || c[2] == '\x94') && k >= skip + 2 &&
            s[k - 1] == '.' && c[3] != ' ' &&
            !unsigned_word(c + 3, (size_t)(e - c - 3))) {
            e = s + n - desk;
            break;
        }
        if (c == h)
            h = memchr(c + 1, '-', (size_t)(e - c - 1));
        else
            u = memchr(c + 1, 0xE2, (size_t)(e - c - 1));
    }
    if (s[k - 2] == '"' || s[k - 2] == '\'' ||
        (k >= 4 && (!memcmp(s + k - 4, "\xE2\x80\x9D", 3) ||
                    !memcmp(s + k - 4, "\xE2\x80\x99", 3) ||
                    !memcmp(s + k - 4, "\xE2\x80\x9C", 3) ||
                    !memcmp(s + k - 3, "\xC2\xBB", 2))))
        return 0;
    p = s + k + (s[k] == '-' ? 1 : 3);
    p += *p == ' ';
    *name = (size_t)(p - s);
    if (!commas && memchr(p, ',', (size_t)(e - p)))
        return 0; /* "- Mary Smith, Leeds": a reader and a place */
    while (p < e) {
        const char *w = p;
        if (!nn_starts_upper(p, (size_t)(e - p)) || ++words > 4)
            return 0;
        while (p < e && *p != ' ')
            p++;
        if (p - w < 2 || nn_ends_sentence(w, (size_t)(p - w)))
            return 0;
        p += p < e;
    }
    return words >= 2 ? k : 0;
}

/* Is line i the last line of the body, page.c's next item under it
 * opening with a town's name in capitals ("PIETRAPERZIA. ..."), and line
 * i not so (a round-up's items all are)? */
static int signed_before_next(const article *a, size_t i)
{
    size_t j;
    for (j = i + 1; j < a->nz->nlines && !a->nz->lines[j].len; j++)
        ;
    if (j == a->nz->nlines || !a->nz->lines[j].drop ||
        !nn_page_caps_dateline(ltext(a, j), a->nz->lines[j].len) ||
        nn_page_caps_dateline(ltext(a, i), a->nz->lines[i].len))
        return 0;
    for (; j < a->nz->nlines; j++)
        if (a->nz->lines[j].len && !a->nz->lines[j].drop)
            return 0;
    return 1;
}

/* A paragraph of text below line i (a sentence of five words or more)? */
static int text_below(const article *a, size_t i)
{
    size_t j;
    for (j = i + 1; j < a->nz->nlines; j++) {
        const line *m = &a->nz->lines[j];
        const char *t = ltext(a, j);
        if (m->len >= 30 && nn_starts_upper(t, m->len) &&
            nn_word_count(t, m->len) >= 5 && nn_ends_sentence(t, m->len))
            return 1;
    }
    return 0;
}

/* A name that signs the article, glued after its last sentence with a
 * dash (sig_dash): cut, logged, and the author when none was found.  Only
 * where no other line is signed so (readers' letters, quotations under
 * each) and no paragraph of text follows (an epigraph's source). */
static int signature_tail(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t dash, name, j, other;
    int caps = 0;
    if (!(dash = sig_dash(s, l->len, l->skip, &name, 0))) {
        /* or a name in capitals with no dash ("... delle armi. GAETANO
         * MILINO"), on the body's last line, over the next item */
        if (l->skip || (name = nn_page_caps_signoff(s, l->len)) == 0 ||
            !signed_before_next(a, i))
            return 0;
        dash = name;
        caps = 1;
    }
    for (j = 0; j < a->nz->nlines; j++) {
        const line *m = &a->nz->lines[j];
        const char *t = ltext(a, j);
        if (j == i || !m->len)
            continue;
        if (sig_dash(t, m->len, m->skip, &other, 1) ||
            (caps && nn_page_caps_signoff(t, m->len)))
            return 0; /* another signed line */
    }
    if (!caps && text_below(a, i))
        return 0; /* text below (for a name in capitals:
                     signed_before_next()) */
    if (!a->rec->authors.len)
        nn_byline_add(a, &a->rec->authors, s + name,
                      l->len - name -
                          (!caps && s[dash - 1] == '.' ? signer_desk(s, l->len)
                                                       : 0));
    log_removed(a, "signature", i, s + dash, l->len - dash);
    l->cut = l->len - dash + (s[dash - 1] == ' '); /* (the full stop a
                                                      long dash is glued to
                                                      stays) */
    return 1;
}

#define DESK_TAIL_MAX 48 /* bytes of a desk's sign-off in brackets */

/* A desk's sign-off in brackets after a paragraph's last sentence, the
 * editor's mark last ("... ucapnya. (Rudy Azhary, red)", "... katanya.
 * (ant/red)"): cut, logged, and a writer named in it the author when none
 * was found. */
/* A desk's initials in lower case, two to four letters ("ant", "jpnn")? */
static int desk_initials(const char *s, size_t n)
{
    size_t i;
    if (n < 2 || n > 4)
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return 0;
    return 1;
}

/* A writer's name: two to four words, each opening with a capital, and
 * nothing but letters, hyphens and apostrophes in them? */
static int desk_writer(const char *s, size_t n)
{
    size_t i, words = 1;
    if (!nn_starts_upper(s, n))
        return 0;
    for (i = 0; i < n; i++) {
        if (s[i] == ' ') {
            if (++words > 4 || !nn_starts_upper(s + i + 1, n - i - 1))
                return 0;
        } else if ((unsigned char)s[i] < 0x80 && !nn_is_alnum_cp(s[i]) &&
                   s[i] != '-' && s[i] != '\'') {
            return 0;
        }
    }
    return words >= 2;
}

/* Does s (n bytes) hold a word of a credit, a source, a desk or a
 * serial's note, or a region's part ("Dok Pribadi", "Antara Foto",
 * "Humas Pemkab Sleman", "Bersambung Bagian Dua", "Kota Bogor")? */
static int credit_word_in(const char *s, size_t n)
{
    /* clang-format off */
    static const char *const words[] = {
        "Foto", "Dok", "Dok.", "Sumber", "Humas", "Adv", "Advertorial",
        "Bersambung", "Bagian", "Antara", "Tribun", "Kompas", "Harian",
        "Pemkot", "Pemkab", "Pemprov", "Kota", "Kabupaten", "Kab", "Kab.",
        "Pusat", "Selatan", "Utara", "Barat", "Timur", "Tengah", "Redaksi",
        "Tim", "Ilustrasi", "Istimewa", "Pribadi", "Kiai", "Haji", "Sinar",
        "Berita", "Media", "News", "Online", "Pos", NULL};
    /* clang-format on */
    return nn_word_in_list(words, s, n, 0);
}

static int desk_tail(article *a, size_t i)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t n = l->len, k, name;
    int lang = a->headline_page ? nn_page_lang(a->nz->page) : -1, red, glued;
    /* (Indonesian and Malay desks sign so; elsewhere "(..., red)" is as
     * often a map's legend) */
    if (lang < 0 ||
        (strcmp(nn_lang_code(lang), "id") && strcmp(nn_lang_code(lang), "ms")))
        return 0;
    if (n < 12 || s[n - 1] != ')')
        return 0;
    red = !memcmp(s + n - 6, ", red)", 6) || !memcmp(s + n - 5, "/red)", 5);
    for (k = n - 1; k > 0 && n - k <= DESK_TAIL_MAX && s[k] != '('; k--)
        ;
    /* after a blank, or glued to the last sentence's full stop with the
     * writer's name alone ("... dengan lancar.(Yuliawan Andrianto)") */
    glued = k >= 2 && s[k - 1] != ' ';
    if (s[k] != '(' || k < 2 + l->skip || (glued && red) ||
        !nn_ends_sentence(s + l->skip, k - !glued - l->skip))
        return 0;
    if (!red) {
        /* the writer's name alone, under which no text goes on, named
         * nowhere else on the page (not a place: "(Jakarta Pusat)"), no
         * credit's or source's word in it ("(Dok Pribadi)") */
        if (!desk_writer(s + k + 1, n - k - 2) ||
            credit_word_in(s + k + 1, n - k - 2) || text_below(a, i) ||
            !nn_byline_once(a, i, s + k + 1, n - k - 2))
            return 0;
        name = n - 1;
    } else {
        for (name = k + 1; name < n && s[name] != ',' && s[name] != '/'; name++)
            ;
    }
    /* before the mark: the desk's initials ("ant") or a writer's name of
     * capitalized words ("Rudy Azhary"; not "(The order stays the same:
     * green, amber, red)") */
    if (!desk_initials(s + k + 1, name - k - 1) &&
        !desk_writer(s + k + 1, name - k - 1))
        return 0;
    if (!a->rec->authors.len && desk_writer(s + k + 1, name - k - 1))
        nn_byline_add(a, &a->rec->authors, s + k + 1, name - k - 1);
    log_removed(a, "signature", i, s + k, n - k);
    l->cut = n - k + !glued;
    return 1;
}

/* Do capitalized words in s (n bytes) in a row spell the mark w (wl
 * capitals) by their initials ("Alcoholics Anonymous. (AA)", "the
 * Advanced Placement level. (AP)")?  Then the brackets abbreviate them. */
static int spelled_out(const char *s, size_t n, const char *w, size_t wl)
{
    size_t i, got = 0;
    if (!(w[0] >= 'A' && w[0] <= 'Z'))
        return 0; /* ("(dpa)": a mark in lower case abbreviates nothing
                     the sentence's word starts spell) */
    for (i = 0; i < n; i++) {
        if (i && s[i - 1] != ' ')
            continue; /* (a word's start only) */
        if (got < wl && s[i] == w[got])
            got++;
        else
            got = s[i] == w[0];
        if (got == wl)
            return 1;
    }
    return 0;
}

/* A wire agency's mark in brackets after a paragraph's last sentence
 * ("... historischer Anlagen. (dpa)", "... on Monday. (AP)", a regional
 * desk after a slash: "(dpa/lsw)"): cut, logged, and the agency
 * credited.  Its name from a list of news agencies, as marked so: a
 * bracket of other words ("(Video)", "(2019)", "(EU)") stays. */
static int agency_tail(article *a, size_t i)
{
    static const char *const wires[] = {
        "dpa",    "DPA",     "AFP",      "AP",   "Reuters", "AA",   "DHA",
        "İHA",    "IHA",     "ANKA",     "ANSA", "EFE",     "KNA",  "epd",
        "APA",    "sda",     "SDA",      "ANP",  "Belga",   "PAP",  "ČTK",
        "MTI",    "TASS",    "Interfax", "ANI",  "PTI",     "IANS", "AAP",
        "Kyodo",  "Yonhap",  "Bernama",  "Lusa", "Xinhua",  "dts",  "UPI",
        "AP/dpa", "dpa/AFP", "AFP/dpa"};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i), *w;
    size_t n = l->len, k, wl, t;
    if (n < l->skip + 12 || s[n - 1] != ')')
        return 0;
    for (k = n - 1; k > l->skip && n - k <= 16 && s[k] != '('; k--)
        ;
    if (s[k] != '(' || s[k - 1] != ' ' ||
        !nn_ends_sentence(s + l->skip, k - 1 - l->skip))
        return 0;
    w = s + k + 1;
    wl = n - k - 2;
    /* "(dpa/lsw)": the agency, then its regional desk in lower case */
    if (wl > 4 && !memcmp(w, "dpa/", 4))
        wl = 3;
    for (t = 0; t < NN_COUNT(wires); t++)
        if (strlen(wires[t]) == wl && !memcmp(w, wires[t], wl))
            break;
    if (t == NN_COUNT(wires) || spelled_out(s + l->skip, k - l->skip, w, wl))
        return 0;
    nn_byline_add(a, &a->rec->credits, w, wl);
    log_removed(a, "agency-mark", i, s + k, n - k);
    l->cut = n - k + 1;
    return 1;
}

/* The words of the last sentence of s (n bytes): after the last full
 * stop, colon, '!' or '?' before its end. */
static size_t last_sentence_words(const char *s, size_t n)
{
    size_t i = n > 0 ? n - 1 : 0, words = 1;
    while (i > 0 && strchr(".!?", s[i]))
        i--;
    for (; i > 0 && !strchr(".:!?", s[i]); i--)
        words += s[i] == ' ' && s[i - 1] != ' ';
    return words;
}

#define TAIL_LINE_MIN                                                          \
    80 /* bytes of a paragraph a share label is glued to,
                            its last sentence three words at least */

/* Link text glued after a paragraph's last sentence ("... volatility.
 * read more", "... deficit. Similar Posts"): cut, and logged. */
void nn_tails_cut(article *a, size_t i)
{
    /* (with an audio player's link after a quote: "... fuera de lugar”.
     * (Escuchar audio)") */
    static const phrase tails[] = {PHRASE("read more"),
                                   PHRASE("read more \xC2\xBB"),
                                   PHRASE("continue reading"),
                                   PHRASE("similar posts"),
                                   PHRASE("related posts"),
                                   PHRASE("related articles"),
                                   PHRASE("related news"),
                                   PHRASE("more news"),
                                   PHRASE("see also"),
                                   PHRASE("share this"),
                                   PHRASE("share"),
                                   PHRASE("view image in full screen"),
                                   PHRASE("click to enlarge"),
                                   PHRASE("(escuchar audio)"),
                                   PHRASE("(escuche el audio)"),
                                   PHRASE("(ouvir \xC3\xA1udio)"),
                                   PHRASE("(listen to audio)"),
                                   PHRASE("(audio)")};
    /* a share button's label in the languages of world news: after a
     * paragraph, not a slogan ("Retten. Abholen. Teilen") */
    static const phrase shares[] = {PHRASE("condividi"),    PHRASE("compartir"),
                                    PHRASE("compartilhar"), PHRASE("partager"),
                                    PHRASE("teilen"),       PHRASE("bagikan")};
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i);
    size_t n = l->len, tl, t;
    if (read_also_tail(a, i) || signature_tail(a, i) || desk_tail(a, i) ||
        agency_tail(a, i))
        return;
    for (t = 0; t < NN_COUNT(tails) + NN_COUNT(shares); t++) {
        const phrase *p =
            t < NN_COUNT(tails) ? &tails[t] : &shares[t - NN_COUNT(tails)];
        tl = p->len;
        if (n > tl + 2 + l->skip && s[n - tl - 1] == ' ' &&
            nn_ends_sentence(s + l->skip, n - tl - 1 - l->skip) &&
            !strncasecmp(s + n - tl, p->s, tl) &&
            (t < NN_COUNT(tails) ||
             (n > TAIL_LINE_MIN &&
              last_sentence_words(s + l->skip, n - tl - 1 - l->skip) >= 3))) {
            log_removed(a, "trailing-chrome", i, s + n - tl, tl);
            l->cut = tl + 1;
            return;
        }
    }
}
