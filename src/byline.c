/* byline.c - names from bylines and credit lines, for classify.c's
 * author and credit fields: "A, B and C", "A & B", "Reporting by A;
 * editing by B" split into names; credentials ("MD"), roles ("reporting
 * by") and places ("in Rotterdam") cut; an affiliation or an outlet after
 * a name goes to extra.author_affiliation. */
#include "article.h"
#include "unicode.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* Trim spaces and commas at the front, spaces, full stops, commas and
 * unmatched closing parentheses at the end ("(KUNA)" keeps its own). */
void nn_byline_trim(const char **s, size_t *n)
{
    size_t i;
    int depth = 0;
    while (*n && ((*s)[0] == ' ' || (*s)[0] == ','))
        (*s)++, (*n)--;
    for (i = 0; i < *n; i++)
        depth += (*s)[i] == '(' ? 1 : (*s)[i] == ')' ? -1 : 0;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '.' ||
                  (*s)[*n - 1] == ',' || ((*s)[*n - 1] == ')' && depth < 0))) {
        depth += (*s)[*n - 1] == ')';
        (*n)--;
    }
}

/* Add to a list field unless it is there already or full. */
void nn_byline_add(article *a, nn_list *l, const char *s, size_t n)
{
    if (nn_list_has(l, s, n))
        return;
    if (l->len >= NN_MAX_ITEMS) {
        nn_record_warn(a->rec, "too many names or links; the rest were "
                               "left out");
        return;
    }
    nn_list_push(l, s, n);
}

/* Lower-case words that may stand inside a person's name. */
static const char *const particles[] = {"de",  "da",  "di",  "du",  "del",
                                        "der", "den", "van", "von", "bin",
                                        "ibn", "al",  "el",  "la",  "le",
                                        "y",   "dos", "das", "ter", "bint",
                                        NULL};

/* Words that make a byline part an affiliation, even when capitalized. */
static const char *const affiliations[] = {
    "University", "Institute", "College",       "School",     "Center",
    "Centre",     "Agency",    "Correspondent", "Editor",     "Reporter",
    "Staff",      "Writer",    "Contributor",   "Bureau",     "Press",
    "News",       "Lecturer",  "Professor",     "Researcher", "Fellow",
    "Director",   "Analyst",   "Foundation",    NULL};

/* Does the word start with a letter of a script without case? */
static int caseless_word(const char *s, size_t n)
{
    int32_t cp;
    if (!n)
        return 0;
    nn_utf8_decode(s, n, &cp);
    return cp >= 0x0590 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LO;
}

/* Does a byline part read as a person's name: at most six words, each
 * capitalized or a name particle, none of them an affiliation word? */
static int person_name(const char *s, size_t n)
{
    size_t i = 0, words = 0;
    while (i < n) {
        size_t j = i, wl;
        const char *const *p;
        int ok;
        while (j < n && s[j] != ' ')
            j++;
        wl = j - i;
        /* capitalized, or in a script without case (Arabic, Persian) */
        ok = nn_starts_upper(s + i, wl) || caseless_word(s + i, wl);
        for (p = particles; !ok && *p; p++)
            ok = strlen(*p) == wl && !memcmp(s + i, *p, wl);
        for (p = affiliations; ok && *p; p++)
            ok = !(strlen(*p) == wl && !memcmp(s + i, *p, wl));
        if (!ok || ++words > 6)
            return 0;
        i = j + 1;
    }
    return words > 0;
}

/* Words that end an outlet's name ("Global News", "The Times"). */
static const char *const outlet_words[] = {"News",    "Press",   "Times",
                                           "Post",    "Agency",  "Herald",
                                           "Tribune", "Journal", "Gazette",
                                           "Daily",   "Online",  "TV",
                                           "Radio",   "Media",   "Network",
                                           "Wire",    "Staff",   NULL};

/* "Tessa Bennett Global News": two or three capitalized words of a name
 * followed by an outlet's name (ending in an outlet word).  Sets *name_len
 * to the name's length. */
static int outlet_after_name(const char *s, size_t n, size_t *name_len)
{
    size_t i = 0, words = 0, ends[8];
    const char *const *w;
    while (i < n && words < 8) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (!nn_starts_upper(s + i, j - i))
            return 0;
        ends[words++] = j;
        i = j + 1;
    }
    if (i < n || words < 3 || words > 6)
        return 0;
    {
        size_t last = words > 1 ? ends[words - 2] + 1 : 0;
        for (w = outlet_words; *w; w++)
            if (strlen(*w) == ends[words - 1] - last &&
                !memcmp(s + last, *w, ends[words - 1] - last))
                break;
        if (!*w)
            return 0;
    }
    /* the name: the first two words (three when four or more precede
     * the outlet's last two) */
    if (!person_name(s, ends[words >= 5 ? 2 : 1]))
        return 0;
    *name_len = ends[words >= 5 ? 2 : 1];
    return 1;
}

/* "Bohol Island News Staff", "Gulf Times Bureau": an outlet's name (its
 * last word an outlet's) and its desk, no writer? */
static int outlet_desk(const char *s, size_t n)
{
    static const char *const desks[] = {" Staff", " Bureau", " Desk", NULL};
    const char *const *d, *const *w;
    size_t k;
    for (d = desks; *d; d++)
        if (n > strlen(*d) && !memcmp(s + n - strlen(*d), *d, strlen(*d)))
            break;
    if (!*d)
        return 0;
    n -= strlen(*d);
    for (k = n; k > 0 && s[k - 1] != ' '; k--)
        ;
    for (w = outlet_words; *w && strcmp(*w, "Staff"); w++)
        if (strlen(*w) == n - k && !memcmp(s + k, *w, n - k))
            return 1;
    return 0;
}

/* Degrees and credentials after a name ("Dana Whitcombe, MPH"): not
 * names of their own. */
static int credential(const char *s, size_t n)
{
    static const char *const creds[] = {"MD",  "M.D.", "PhD", "Ph.D.", "MPH",
                                        "RN",  "DO",   "MBA", "JD",    "MSc",
                                        "BSc", "MA",   "MS",  "DrPH",  "FACP",
                                        "RD",  "CPA",  "CFA", "Esq.",  "Jr.",
                                        "Sr.", NULL};
    return nn_in_list(creds, s, n, 0);
}

/* Credit roles cut from the front of a name ("Reporting by Jane Doe"). */
static size_t role_len(const char *s, size_t n)
{
    static const char *const roles[] = {"additional reporting by ",
                                        "reporting by ",
                                        "writing by ",
                                        "editing by ",
                                        "compiled by ",
                                        "produced by ",
                                        "and ",
                                        NULL};
    const char *const *r;
    size_t i, k;
    for (r = roles; *r; r++) {
        size_t rl = strlen(*r);
        int same = n >= rl;
        for (i = 0; same && i < rl; i++)
            same = (s[i] | 0x20) == (*r)[i] || s[i] == (*r)[i];
        if (same)
            return rl;
    }
    /* a rank's or title's abbreviations in lower case before a name
     * ("sierż. szt. Monika Michalczyk", "sgto. Juan Pérez") */
    for (i = 0; i < n && nn_starts_lower(s + i, n - i);) {
        for (k = i; k < n && k - i < 12 && s[k] != ' '; k++)
            ;
        if (k >= n || s[k - 1] != '.' || k + 1 >= n)
            return 0;
        i = k + 1;
    }
    return i < n && nn_starts_upper(s + i, n - i) ? i : 0;
}

/* "Pieter Janssen in Rotterdam" -> "Pieter Janssen": a credit's place,
 * one or two capitalized words after " in ", goes. */
static size_t cut_place(const char *s, size_t n)
{
    size_t i, words = 0;
    for (i = n; i > 4; i--) {
        if (s[i - 1] != ' ')
            continue;
        words++;
        if (!nn_starts_upper(s + i, n - i) || words > 2)
            return n;
        if (i >= 4 && !memcmp(s + i - 4, " in ", 4))
            return i - 4;
    }
    return n;
}

/* Does "and" in another language stand at s[k] between two names of
 * two words or more each, the first from s[i] ("Rui Pando Gomes e Carla
 * Marques Cordeiro")?  Not "y" and "en", which join surnames ("José
 * Ortega y Gasset") or name a place ("Por Juan Pérez en Santo Domingo"),
 * nor a desk after it ("dan Tim Redaksi").  Its length with its blanks;
 * SIZE_MAX when the words after it open with no given name (an outlet,
 * "et Radio France"; a surname, "Lima e Silva"), which the byline's name
 * ends before; or 0. */
static size_t name_join(const char *s, size_t n, size_t i, size_t k)
{
    static const char *const joins[] = {" e ",       " et ", " und ",
                                        " dan ",     " ve ", " \xD0\xB8 ",
                                        /* и */ NULL};
    static const char *const desks[] = {"Tim",
                                        "Team",
                                        "Staff",
                                        "Redaksi",
                                        "Redaktion",
                                        "Reda\303\247\303\243o",
                                        "Redacci\303\263n",
                                        "R\303\251daction",
                                        "Redazione",
                                        "Equipe",
                                        "\303\211quipe",
                                        NULL};
    size_t t, len, words = 0, m, w;
    for (t = 0; joins[t]; t++)
        if (k + (len = strlen(joins[t])) < n && !memcmp(s + k, joins[t], len))
            break;
    if (!joins[t] || !nn_has(s + i, k - i, " ", 1) ||
        !nn_starts_upper(s + k + len, n - k - len))
        return 0;
    for (w = k + len; w < n && s[w] != ' '; w++)
        ;
    if (nn_in_list(desks, s + k + len, w - k - len, 0))
        return 0;
    if (!nn_given_name(s + k + len, w - k - len))
        return SIZE_MAX; /* not a person's name after it: "Par Jean
                            Dupont et Radio France" */
    /* two capitalized words after it */
    for (m = k + len; m < n && s[m] != ',' && s[m] != '|' && s[m] != ';'; m++)
        if (s[m] == ' ' && ++words && !nn_starts_upper(s + m + 1, n - m - 1))
            return 0;
    return words >= 1 ? len : 0;
}

/* Split "A, B and C" / "A & B" / "X by A; Y by B" into the list. */
void nn_byline_split(article *a, nn_list *list, const char *s, size_t n,
                     int people)
{
    size_t i = 0, len;
    while (i < n) {
        size_t j = i, k, cut = n;
        const char *part;
        size_t plen;
        /* the next separator: ", " "; " " | " " and " " & " (and "/"
         * between people's names) */
        for (k = i; k < n; k++) {
            if (s[k] == ',' || s[k] == ';' || s[k] == '|' ||
                /* "Abdul Hakim/Hanif Nashrullah" (not an address's) */
                (people && s[k] == '/' && k > i && s[k - 1] != '/' &&
                 s[k - 1] != ':' && k + 1 < n && s[k + 1] != '/')) {
                cut = k;
                j = k + 1;
                break;
            }
            if (k + 5 <= n && !memcmp(s + k, " and ", 5)) {
                cut = k;
                j = k + 5;
                break;
            }
            if (k + 3 <= n && !memcmp(s + k, " & ", 3)) {
                cut = k;
                j = k + 3;
                break;
            }
            if (people && (len = name_join(s, n, i, k)) != 0) {
                cut = k;
                j = len == SIZE_MAX ? n : k + len;
                break;
            }
        }
        if (k == n)
            j = n;
        part = s + i;
        plen = cut - i;
        nn_byline_trim(&part, &plen);
        k = role_len(part, plen);
        part += k;
        plen -= k;
        nn_byline_trim(&part, &plen);
        i = j;
        if (!plen || (people && credential(part, plen)))
            continue;
        if (people && outlet_desk(part, plen))
            return; /* the desk's: no writer (the source is read from the
                       byline later: source_chrome.c) */
        if (people && !person_name(part, plen) &&
            outlet_after_name(part, plen, &plen)) {
            /* "Tessa Bennett Global News": the name, then its outlet */
            const char *rest = part + plen;
            size_t rl = (size_t)(s + n - rest);
            nn_byline_trim(&rest, &rl);
            nn_byline_add(a, list, part, plen);
            if (rl) {
                nn_record_extra(a->rec, "author_affiliation", rest, rl);
                if (!a->byline_outlet[0] && rl < sizeof a->byline_outlet)
                    snprintf(a->byline_outlet, sizeof a->byline_outlet, "%.*s",
                             (int)rl, rest);
            }
            return;
        }
        if (people && !person_name(part, plen)) {
            /* "Lecturer in Physical Geography, University of Leeds":
             * the rest of the byline is the affiliation */
            part = s + (size_t)(part - s);
            plen = n - (size_t)(part - s);
            nn_byline_trim(&part, &plen);
            nn_record_extra(a->rec, "author_affiliation", part, plen);
            return;
        }
        if (!people)
            plen = cut_place(part, plen);
        nn_byline_add(a, list, part, plen);
    }
}

/* The last word of s (n bytes) into buf, NUL-terminated. */
static const char *last_word(const char *s, size_t n, char *buf, size_t size)
{
    size_t k = n;
    while (k > 0 && s[k - 1] != ' ')
        k--;
    snprintf(buf, size, "%.*s", (int)(n - k), s + k);
    return buf;
}

/* A name alone on its line ("Олена Нагорна"): two or three words, each a
 * capital and lower-case letters (apostrophes, hyphens, a capital after a
 * lower-case letter as in "McFarlane"), nothing else,
 * and no button's ("Facebook Share"). */
static int bare_name(const char *s, size_t n)
{
    static const char *const buttons[] = {"Facebook", "Twitter",  "Share",
                                          "WhatsApp", "Telegram", "Print",
                                          "Email",    "Home",     "Menu",
                                          NULL};
    /* a section's label under the date ("Em Sociedade", "En Portada") */
    /* (not "In", "Im", "Nella": Korean surnames, an Italian name) */
    static const char *const leads[] = {"Em ",  "En ",    "Dans ", "Dalam ",
                                        "Sur ", "Under ", NULL};
    const char *const *b;
    size_t i = 0, words = 0;
    int32_t cp;
    if (n < 5 || n > 48)
        return 0;
    for (b = leads; *b; b++)
        if (!strncmp(s, *b, strlen(*b)))
            return 0;
    while (i < n) {
        size_t k = nn_utf8_decode(s + i, n - i, &cp), lower = 0;
        for (b = buttons; *b; b++)
            if (!strncmp(s + i, *b, strlen(*b)))
                return 0;
        if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
            return 0;
        for (i += k; i < n && s[i] != ' '; i += k) {
            k = nn_utf8_decode(s + i, n - i, &cp);
            if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
                lower++;
            else if (!(lower && utf8proc_category(cp) ==
                                    UTF8PROC_CATEGORY_LU) && /* McFarlane */
                     cp != '-' &&
                     cp != '\'' && cp != 0x2019)
                return 0;
        }
        if (!lower || ++words > 3)
            return 0;
        i += i < n;
    }
    return words >= 2;
}

/* A byline's word alone on its line, its name on the next ("by" /
 * "Radhica De Silva")? */
static int lone_by(const char *s, size_t n)
{
    static const char *const bys[] = {"by",   "By",   "BY",   "por", "Por",
                                      "par",  "Par",  "von",  "Von", "oleh",
                                      "Oleh", "door", "Door", NULL};
    while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
        n--;
    return nn_in_list(bys, s, n, 0);
}

#define ROLE_LINE_MAX 40 /* bytes of a writer's title on its line */

/* A writer's title alone on its line ("Staff Writer", "Senior
 * Reporter", "Redakteurin", "Periodista"): up to four words, the last a
 * newsroom's job. */
static int role_line(const char *s, size_t n)
{
    static const char *const jobs[] = {
        "Writer", "Reporter", "Correspondent", "Journalist", "Editor",
        "Columnist", "Contributor", "Redakteur", "Redakteurin", "Journalistin",
        "Korrespondent", "Korrespondentin", "Journaliste",
        "R\303\251dacteur", /* (octal: "\xA9d" would read on) */
        "R\303\251dactrice", "Correspondant", "Correspondante", "Periodista",
        "Redactor", "Redactora", "Corresponsal", "Jornalista",
        "Rep\xC3\xB3rter", "Redator", "Redatora", "Correspondente",
        "Giornalista", "Redattore", "Redattrice", "Corrispondente", "Wartawan",
        "Jurnalis", "Muhabir", "Edit\xC3\xB6r",
        /* Корреспондент, Журналист */
        "\xD0\x9A\xD0\xBE\xD1\x80\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82",
        "\xD0\x96\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82",
        /* корреспондент, журналист (after a comma, in lower case) */
        "\xD0\xBA\xD0\xBE\xD1\x80\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82",
        "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82",
        NULL};
    size_t j, k, words = 1;
    const char *c;
    int comma = n > 2 && s[0] == ',' && s[1] == ' ';
    if (comma) /* ", журналист": the title run on from the name's line */
        s += 2, n -= 2;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || n > ROLE_LINE_MAX || (!comma && !nn_starts_upper(s, n)) ||
        ((c = memchr(s, ',', n)) != NULL && bare_name(s, (size_t)(c - s))))
        return 0; /* ("Jane Porter, Council Correspondent": a name too;
                     "Education, Health Reporter" is a title) */
    for (k = n; k > 0 && s[k - 1] != ' '; k--)
        ;
    for (j = 0; j < k; j++)
        words += s[j] == ' ';
    return words <= 4 && nn_in_list(jobs, s + k, n - k, 1) &&
           !nn_has(s, n, "Photo", 5) && !nn_has(s, n, "Foto", 4) &&
           !nn_has(s, n, "Video", 5); /* ("Photo Editor": a credit) */
}

/* The next line with text under line i is a writer's title? */
static int role_below(const article *a, size_t i)
{
    size_t k;
    for (k = i + 1; k < a->nz->nlines && k <= i + 3; k++)
        if (a->nz->lines[k].len)
            return role_line(ltext(a, k), a->nz->lines[k].len);
    return 0;
}

/* The line with text above line i (below line top) is a date line, a
 * view counter ("2850") or a byline's word alone ("By")? */
static int dated_above(const article *a, size_t i, size_t top)
{
    nn_date_hit hit;
    size_t k, n, d;
    const char *p;
    for (k = i; k > top && !a->nz->lines[k - 1].len; k--)
        ;
    if (k <= top)
        return 0;
    p = ltext(a, k - 1);
    n = a->nz->lines[k - 1].len;
    for (d = 0; d < n && p[d] >= '0' && p[d] <= '9'; d++)
        ;
    return d == n ||
           (n <= 80 && nn_date_find(p, n, &hit, 1) > 0 && hit.iso[0]) ||
           lone_by(p, n);
}

static int given_writer(article *a, size_t i, const char *s, size_t n);

/* Lines under the headline where a writer's name alone is looked for
 * (and a bound on the page's scans for its surname: one for each) */
#define GIVEN_REACH 12
#define NAME_SCANS_MAX 16 /* scans of the page for a name's surname */

/* Does a picture's credit stand under line i: the next line with
 * text short and about the camera ("Staff Photographer", "Foto")? */
static int camera_below(const article *a, size_t i)
{
    static const char *const words[] = {"Photo", "photo", "Foto",   "foto",
                                        "Video", "video", "Camera", NULL};
    size_t k, w;
    for (k = i + 1; k < a->nz->nlines && k <= i + 3; k++)
        if (a->nz->lines[k].len) {
            if (a->nz->lines[k].len > ROLE_LINE_MAX)
                return 0;
            for (w = 0; words[w]; w++)
                if (nn_has(ltext(a, k), a->nz->lines[k].len, words[w],
                           strlen(words[w])))
                    return 1;
            return 0;
        }
    return 0;
}

/* Is the next line with text under line i (within three) a date line
 * ("Ashley Smyth" / "28 May 2025, 1:09 AM")? */
static int dated_below(const article *a, size_t i)
{
    nn_date_hit hit;
    size_t k;
    for (k = i + 1; k < a->nz->nlines && k <= i + 3; k++)
        if (a->nz->lines[k].len)
            return a->nz->lines[k].len <= 80 &&
                   nn_date_find(ltext(a, k), a->nz->lines[k].len, &hit, 1) >
                       0 &&
                   hit.iso[0];
    return 0;
}

static int byline_below(const article *a, size_t i);
static int caps_name(const char *s, size_t n);

/* "Camille Collings, Council Correspondent": a bare name, a comma and a
 * writer's title; the name's length, or 0. */
static size_t name_role(const char *s, size_t n)
{
    const char *c = memchr(s, ',', n);
    size_t k = c ? (size_t)(c - s) : 0;
    return k && k + 2 < n && s[k + 1] == ' ' && bare_name(s, k) &&
                   role_line(s + k + 2, n - k - 2)
               ? k
               : 0;
}

#define PARA_MIN 80 /* bytes of a paragraph around a credit's line */

/* Is line k, the next line with text from line i in direction step (+1
 * or -1), a paragraph, the headline or none: not another credit of a
 * list ("Encenação Ana Lima" / "Texto Tiago Rodrigues")? */
static int para_beside(const article *a, size_t i, int step)
{
    size_t k = i;
    for (;;) {
        if ((step < 0 && k == 0) || (step > 0 && k + 1 >= a->nz->nlines))
            return 1;
        k = step < 0 ? k - 1 : k + 1;
        if (a->nz->lines[k].len)
            return a->nz->lines[k].len >= PARA_MIN || k == a->headline;
    }
}

int nn_byline_words_credit(article *a, size_t i)
{
    static const char *const labels[] = {
        "Texto e fotos ", "Texto y fotos ", "Texto e foto ",
        "Texto y foto ",  "Texto: ",        "Texto ",
        "Textos: ",       "Textos ",        NULL};
    const char *s = ltext(a, i), *label;
    size_t n = a->nz->lines[i].len, w;
    if (a->rec->authors.len || n > 80 ||
        (label = nn_opens_with(labels, s, n)) == NULL)
        return 0;
    s += strlen(label), n -= strlen(label);
    while (n && s[n - 1] == ' ')
        n--;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    /* a name the model reads as a person's ("Texto Aníbal Fernandes"; not
     * "Texto Integral Da Lei", "Textos Escolhidos Eduardo Lourenço"),
     * standing apart between paragraphs, not in a list of credits */
    if (!bare_name(s, n) || !nn_given_name(s, w) || !para_beside(a, i, -1) ||
        !para_beside(a, i, 1) || !given_writer(a, i, s, n))
        return 0;
    nn_byline_add(a, &a->rec->authors, s, n);
    return 1;
}

int nn_byline_marked(const char *s, size_t n)
{
    static const char *const bys[] = {"By ",  "BY ",   "By: ",  "Von ", "Par ",
                                      "Por ", "Oleh ", "Door ", NULL};
    return nn_opens_with(bys, s, n) != NULL || name_role(s, n) != 0;
}

/* Is line i the first line with text under the headline? */
static int under_headline(const article *a, size_t i)
{
    size_t k;
    if (a->headline == SIZE_MAX || i <= a->headline)
        return 0;
    for (k = a->headline + 1; k < i; k++)
        if (a->nz->lines[k].len)
            return 0;
    return 1;
}

int nn_byline_dated(article *a, size_t i)
{
    const line *l = &a->nz->lines[i];
    char word[64];
    size_t k = i, name = 0;
    size_t top = a->headline == SIZE_MAX ? 0 : a->headline + 1;
    int caps = 0;
    if (a->st.in_body || a->rec->authors.len ||
        (a->headline == SIZE_MAX ? a->rec->title != NULL : i <= a->headline))
        return 0;
    if (!bare_name(ltext(a, i), l->len) &&
        !(name = name_role(ltext(a, i), l->len)) &&
        !(caps = caps_name(ltext(a, i), l->len)))
        return 0;
    /* its title beside it, as "Staff Writer" under it, its surname
     * nowhere else on the page and no byline under it (a caption names
     * the story's subject: "Lyse Doucet, BBC Chief International
     * Correspondent") */
    if (name) {
        if (byline_below(a, i) || a->name_scans++ >= NAME_SCANS_MAX ||
            !nn_byline_once(a, i, ltext(a, i), name))
            return 0;
        nn_byline_split(a, &a->rec->authors, ltext(a, i), name, 1);
        return 1;
    }
    /* a name in capitals with an initial right under the headline ("JUAN
     * H. CASTELLANOS"), or over an agency's dateline ("MUSTAFA USTA" /
     * "(SİNOP)- ..."), which the name model reads as a writer's (without
     * either, as often a place, a team or an event: "JOÃO PESSOA",
     * "CHARLOTTE HORNETS", "JOHN DEERE CLASSIC") */
    if (caps) {
        for (k = i + 1; k < a->nz->nlines && !a->nz->lines[k].len; k++)
            ;
        if (!(k < a->nz->nlines &&
              nn_byline_over_dateline(ltext(a, i), l->len, ltext(a, k),
                                      a->nz->lines[k].len)) &&
            (!under_headline(a, i) || !nn_find(ltext(a, i), l->len, ". ", 2)))
            return 0;
        if (camera_below(a, i) || !given_writer(a, i, ltext(a, i), l->len))
            return 0;
        nn_byline_split(a, &a->rec->authors, ltext(a, i), l->len, 1);
        return 1;
    }
    if ((i + 1 < a->nz->nlines && a->nz->lines[i + 1].len == l->len &&
         !memcmp(ltext(a, i + 1), ltext(a, i), l->len)) ||
        (a->rec->title && strstr(a->rec->title, last_word(ltext(a, i), l->len,
                                                          word, sizeof word))))
        return 0; /* a picture's caption printed twice; the headline's
                     subject ("Recep Tayyip Erdoğan" under "Erdoğan says
                     ...") */
    /* (a weather widget's town: "Today in New Delhi, India" / "Jan 24,
     * 2019-Thursday" / "New Delhi") */
    for (k = i; k > top && k + 4 > i; k--)
        if (nn_has(ltext(a, k - 1), a->nz->lines[k - 1].len, ltext(a, i),
                   l->len))
            return 0;
    /* "Dana Malcolm" / "Staff Writer", or a date line or "By" above, or
     * a given name first and the surname nowhere else on the page */
    if (!role_below(a, i) && !dated_above(a, i, top) &&
        (l->author || i > top + GIVEN_REACH || !dated_below(a, i) ||
         camera_below(a, i) || byline_below(a, i) ||
         !given_writer(a, i, ltext(a, i), l->len)))
        return 0; /* (a link to an author's page is read as such; a
                     photographer's name over "Staff Photographer"; a
                     name with nothing under it but text is as often a
                     picture's caption: "Jerome Powell") */
    nn_byline_split(a, &a->rec->authors, ltext(a, i), l->len, 1);
    return 1;
}

#define DATE_LEAD_MAX 12 /* bytes before a date line's date ("Mercredi ") */

/* Does s (n bytes) open with a word no name opens with? */
static int credit_first(const char *s, size_t n)
{
    /* a credit's word, a preposition, a title before a name, a slogan's
     * or a download's first word */
    /* clang-format off */
    static const char *const credits[] = {
        "Foto", "Photo", "Fotos", "Photos", "Fuente", "Source", "Quelle",
        "Fonte", "Kaynak", "Sumber", "Bild", "Image", "Video",
        "Avec", "With", "Con", "Mit", "Par", "Por", "By", "Von",
        "Go", "Team", "Governor", "President", "Pr\xC3\xA9sident",
        "Pr\xC3\xA9sidente", "Minister", "Ministre", "Mayor", "Maire",
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "M.", "Mme",
        "Sen.", "Rep.", "Gov.",
        "Forza", "Viva", "Vive", "Happy", "Dirgahayu",
        "Descargar", "Download", "T\303\251l\303\251charger", "Baixar", "Scarica",
        NULL};
    /* clang-format on */
    size_t w;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    return nn_in_list(credits, s, w, 0);
}

/* A bar, a bullet or a middle dot parting a date line's fields ("22
 * сентября 2025 г. 21:00 • Сергей Чупин"): its length at s, or 0. */
static size_t field_bar(const char *s, size_t n)
{
    if (n && s[0] == '|')
        return 1;
    if (n >= 2 && !memcmp(s, "\xC2\xB7", 2)) /* "·" */
        return 2;
    return n >= 3 && !memcmp(s, "\xE2\x80\xA2", 3) ? 3 : 0; /* "•" */
}

/* The length of a stem of word w (n bytes) that its other forms share:
 * the word less its last letter when it has five or six ("Путин" for
 * "Путина"), less two when it has seven or more ("Новгород" for
 * "Новгороде"). */
static size_t stem_len(const char *w, size_t n)
{
    size_t k = n, chars = 0, cut = 0, drop;
    int32_t cp;
    size_t i;
    for (i = 0; i < n; i += nn_utf8_decode(w + i, n - i, &cp))
        chars++;
    drop = chars >= 7 ? 2 : chars >= 5 ? 1 : 0;
    while (k > 0 && cut < drop) {
        k--;
        if (((unsigned char)w[k] & 0xC0) != 0x80)
            cut++;
    }
    return k;
}

/* Does a word start at t[k]: after a blank, a bracket, a quotation mark,
 * a hyphen or a slash ("Biden-Harris", "«Путин")? */
static int word_start(const char *t, size_t k)
{
    const unsigned char *u = (const unsigned char *)t;
    if (k == 0 || strchr(" (\"-/'", t[k - 1]))
        return 1;
    if (k >= 2 && u[k - 2] == 0xC2 && u[k - 1] == 0xAB) /* « */
        return 1;
    return k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
           (u[k - 1] == 0x9C || u[k - 1] == 0x9E || u[k - 1] == 0x99);
}

/* Does a word of line t (len bytes) open with the stem at s (n bytes),
 * ASCII letters compared in either case, or with alt (an bytes, the
 * stem with its letters after the first in lower case)? */
static int line_has_stem(const char *t, size_t len, const char *s, size_t n,
                         const char *alt, size_t an)
{
    size_t k;
    for (k = 0; k + n <= len; k++)
        if (word_start(t, k) &&
            (!strncasecmp(t + k, s, n) ||
             (an && k + an <= len && !memcmp(t + k, alt, an))))
            return 1;
    return 0;
}

#define STEM_MAX 64 /* bytes of a surname's stem in other case */

/* The stem at s (n bytes) with its letters after the first in lower
 * case, into out ("ПУТИ" -> "Пути", "ERDOĞA" -> "Erdoğa"); its length,
 * or 0 when it does not fit. */
static size_t title_case(const char *s, size_t n, char out[STEM_MAX])
{
    size_t i = 0, k = 0, len;
    int32_t cp;
    while (i < n) {
        i += nn_utf8_decode(s + i, n - i, &cp);
        if (k)
            cp = utf8proc_tolower(cp);
        if (k + 4 > STEM_MAX)
            return 0;
        len = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + k);
        if (!len)
            return 0;
        k += len;
    }
    return k;
}

int nn_byline_once(const article *a, size_t i, const char *s, size_t n)
{
    char alt[STEM_MAX];
    size_t w = n, sl, j, an;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    sl = stem_len(s + w, n - w);
    if (sl < 2)
        return 0;
    an = title_case(s + w, sl, alt);
    for (j = 0; j < a->nz->nlines; j++)
        if (j != i && a->nz->lines[j].len &&
            /* (the name again, alone on its line: an author's box) */
            !(a->nz->lines[j].len == n && !memcmp(ltext(a, j), s, n)) &&
            line_has_stem(ltext(a, j), a->nz->lines[j].len, s + w, sl, alt, an))
            return 0;
    return 1;
}

/* Does s (n bytes) hold a word that labels a date or a page's part, or
 * open with an article ("Société Publié le vendredi 29 septembre 2017",
 * "No Comments", "Press Release", "Le Parisien")? */
static int label_in(const char *s, size_t n)
{
    /* clang-format off */
    static const char *const labels[] = {
        "Publi\303\251", "Publi\303\251e", "Post\303\251", "Mis", "Posted",
        "Published", "Updated", "Publicado", "Publicada", "Actualizado",
        "Pubblicato", "Aggiornato", "Ver\303\266ffentlicht", "Aktualisiert",
        "Diterbitkan", "Date", "Datum", "Fecha", "Data",
        "Comments", "Comment", "Comentarios", "Commentaires", "Kommentare",
        "Yorum", "Release", "Content", "Time", "Hora", "Dakika", "Utama",
        "News", "Lokales", "Regional", "Sponsored", "Press", "Breaking",
        "Read", "Reading", "Off", "Live", "Video", "Photo", "Foto", "Opinion",
        "Politics", "Sport", "Sports", "Business", "World", "Local", "Update",
        "Videos", "Examiner", NULL};
    static const char *const articles[] = {
        "Le", "La", "Les", "L'", "The", "El", "Los", "Las", "Il", "Lo", "Der",
        "Die", "Das", "De", "Het", "O", "A", "Os", "As", NULL};
    /* clang-format on */
    size_t j;
    for (j = 0; j < n && s[j] != ' '; j++)
        ;
    return nn_in_list(articles, s, j, 0) || nn_word_in_list(labels, s, n, 0);
}

/* Does a byline stand in the few lines under line i ("By Sarah Jones",
 * or a name over "Staff Writer")?  Then a name beside line i's date is
 * a place or a section, and the byline below is the writer's. */
static int byline_below(const article *a, size_t i)
{
    static const char *const by[] = {"By ",        "BY ",    "Par ",
                                     "Por ",       "Von ",   "Oleh ",
                                     "Door ",      "Di ",    "Penulis",
                                     "Written by", "Auteur", "Autor",
                                     "Reporter",   NULL};
    size_t j, k;
    for (j = i + 1; j < a->nz->nlines && j <= i + 6; j++) {
        const char *t = ltext(a, j);
        size_t len = a->nz->lines[j].len;
        if (!len || len > 80)
            continue;
        for (k = 0; by[k]; k++)
            if (len > strlen(by[k]) && !strncmp(t, by[k], strlen(by[k])))
                return 1;
        if (role_line(t, len))
            return 1;
    }
    return 0;
}

/* Does the name s (n bytes) on line i read as a writer's by the name
 * model alone: a given name first (names.c), no credit's, label's,
 * outlet's or newsroom's word, the page's only mention of its surname? */
static int given_writer(article *a, size_t i, const char *s, size_t n)
{
    size_t w;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    if (!nn_given_name(s, w) || credit_first(s, n) || label_in(s, n))
        return 0;
    /* no outlet's or newsroom's word ("Washington Examiner Videos") */
    if (nn_word_in_list(outlet_words, s + w, n - w, 0) ||
        nn_word_in_list(affiliations, s + w, n - w, 0))
        return 0;
    /* (each check scans the page: a few of them, not one a line of a
     * page of names) */
    return a->name_scans++ < NAME_SCANS_MAX && nn_byline_once(a, i, s, n);
}

/* Is the name at s (n bytes) beside line i's date the writer's: a bare
 * name that given_writer() reads as a writer's, and no byline below? */
static int writer_beside_date(article *a, size_t i, const char *s, size_t n)
{
    return bare_name(s, n) && given_writer(a, i, s, n) && !byline_below(a, i);
}

/* The length of a bar, a bullet or a middle dot that ends s (n bytes),
 * or 0. */
static size_t bar_before(const char *s, size_t n)
{
    if (n >= 1 && s[n - 1] == '|')
        return 1;
    if (n >= 2 && !memcmp(s + n - 2, "\xC2\xB7", 2))
        return 2;
    return n >= 3 && !memcmp(s + n - 3, "\xE2\x80\xA2", 3) ? 3 : 0;
}

/* The name before a date line's date and time, s (n bytes) up to the
 * date: "Nicole Mari le Lundi 30 Décembre 2013 à 22:41", "Jane Doe | 12
 * May 2024, 10:05": a bare name, then "le" or a field's bar (not "Council
 * Meeting on May 3, 2021": an event). */
static int name_before_date(article *a, size_t i, const char *s, size_t n)
{
    size_t bar;
    while (n && s[n - 1] == ' ')
        n--;
    if (n > 3 && !memcmp(s + n - 3, " le", 3))
        n -= 3;
    else if ((bar = bar_before(s, n)) != 0)
        n -= bar;
    else
        return 0;
    while (n && s[n - 1] == ' ')
        n--;
    if (!writer_beside_date(a, i, s, n))
        return 0;
    nn_byline_split(a, &a->rec->authors, s, n, 1);
    return 1;
}

#define DATE_NAME_LINE 60 /* bytes of a date line with a name after a blank */

int nn_byline_after_date(article *a, size_t i)
{
    /* (not "von", "di": "from" and "in" as often) */
    static const char *const by[] = {"by ",  "By ",   "par ",  "Par ",  "por ",
                                     "Por ", "door ", "oleh ", "Oleh ", NULL};
    const char *s = ltext(a, i), *name;
    size_t n = a->nz->lines[i].len, c, k, end = 0, len, bar = 0;
    nn_date_hit hit[2];
    if (a->st.in_body || a->rec->authors.len || n > 120)
        return 0;
    c = nn_date_find(s, n, hit, 2);
    if (!c)
        return 0;
    if (hit[0].start > DATE_LEAD_MAX)
        return strchr(hit[0].iso, 'T') &&
               name_before_date(a, i, s, hit[0].start);
    /* (else the line opens with its date: not "Photo prise le 12
       novembre 2024 par ...") */
    for (k = 0; k < c; k++)
        if (hit[k].iso[0] && hit[k].end > end)
            end = hit[k].end;
    while (end < n && (s[end] == ' ' || s[end] == ','))
        end++;
    if (end && (bar = field_bar(s + end, n - end)) != 0)
        for (end += bar; end < n && s[end] == ' '; end++)
            ;
    for (k = 0; by[k]; k++) {
        len = strlen(by[k]);
        if (end && n - end > len && !memcmp(s + end, by[k], len))
            break;
    }
    if (!by[k] && (bar || n <= DATE_NAME_LINE) &&
        writer_beside_date(a, i, s + end, n - end)) {
        /* "22 сентября 2025 г. 21:00 • Сергей Чупин": the name alone
         * after a bar, or a blank in a short line ("Feb 1, 2021 Rachel
         * Ganancial") */
        nn_byline_split(a, &a->rec->authors, s + end, n - end, 1);
        return 1;
    }
    if (!by[k])
        return 0;
    name = s + end + len;
    len = n - end - len;
    nn_byline_trim(&name, &len);
    if (!len || !nn_starts_upper(name, len) || !person_name(name, len) ||
        !nn_has(name, len, " ", 1))
        return 0;
    nn_byline_split(a, &a->rec->authors, name, len, 1);
    return 1;
}

/* A run of capitals from s[*i], *i moved past it: at least min of them?
 * With words, blanks and hyphens may part them (not a blank before a
 * '('). */
static int caps_run(const char *s, size_t n, size_t *i, size_t min, int words)
{
    size_t k = 0;
    int32_t cp;
    while (*i < n) {
        size_t w = nn_utf8_decode(s + *i, n - *i, &cp);
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
            k++;
        else if (!(words && k && (cp == ' ' || cp == '-') && *i + 1 < n &&
                   s[*i + 1] != '('))
            break;
        *i += w;
    }
    return k >= min;
}

size_t nn_byline_agency(const char *s, size_t n, size_t *name_len)
{
    size_t i = 0, k, slash, words = 1;
    int32_t cp;
    const char *p = memchr(s, '/', n < 60 ? n : 60);
    if (!p || !nn_starts_upper(s, n))
        return 0;
    slash = (size_t)(p - s);
    /* the name: two to four words, each opening with a capital */
    for (i = 0; i < slash; i++)
        if (s[i] == ' ' &&
            (++words > 4 || !nn_starts_upper(s + i + 1, slash - i - 1)))
            return 0;
    for (i = 0; i < slash;) {
        i += nn_utf8_decode(s + i, slash - i, &cp);
        if (!(utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
              utf8proc_category(cp) == UTF8PROC_CATEGORY_LL || cp == ' ' ||
              cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'))
            return 0;
    }
    /* the surname in capitals, as the agencies print it ("ERBEN"; not
     * "Tesla Inc/NASDAQ (TSLA) -") */
    for (i = slash; i > 0 && s[i - 1] != ' '; i--)
        ;
    k = i;
    if (words < 2 || !caps_run(s, slash, &k, 2, 0) || k != slash)
        return 0;
    /* the place in capitals, the agency's initials in parentheses, and
     * the dash the text runs on after */
    i = slash + 1;
    if (!caps_run(s, n, &i, 2, 1))
        return 0;
    i += i < n && s[i] == ',';
    if (i + 1 >= n || s[i] != ' ' || s[i + 1] != '(')
        return 0;
    i += 2;
    if (!caps_run(s, n, &i, 2, 0) || i >= n || s[i] != ')' || i - slash > 60)
        return 0;
    for (i++; i < n && s[i] == ' '; i++)
        ;
    if (!(i < n && s[i] == '-') &&
        !(i + 2 < n && !memcmp(s + i, "\xe2\x80", 2) &&
          (s[i + 2] == '\x93' || s[i + 2] == '\x94')))
        return 0;
    *name_len = slash;
    return slash + 1;
}

/* Does s (n bytes) open with a place's or an agency's dateline in
 * brackets and a dash ("(SİNOP)- Sinop'un ...", "(AA) – ...")?  (Not
 * after a place: "JAKARTA (ANTARA) - " under a name in capitals is as
 * often the story's subject, a tag over the wire's copy.) */
static int paren_dateline(const char *s, size_t n)
{
    size_t i = 1;
    if (n < 4 || s[0] != '(')
        return 0;
    if (!caps_run(s, n, &i, 2, 1) || i >= n || s[i] != ')')
        return 0;
    for (i++; i < n && s[i] == ' '; i++)
        ;
    return (i < n && s[i] == '-') ||
           (i + 2 < n && !memcmp(s + i, "\xe2\x80", 2) &&
            (s[i + 2] == '\x93' || s[i + 2] == '\x94'));
}

int nn_byline_over_dateline(const char *s, size_t n, const char *next, size_t m)
{
    size_t w;
    for (w = 0; w < n && s[w] != ' '; w++)
        ;
    return caps_name(s, n) && nn_given_name(s, w) && paren_dateline(next, m);
}

#define SURNAME_LINE_MAX 48 /* bytes of a name alone on its line */

/* Is s (n bytes) a name with its surname in capitals, alone ("Zanga
 * Abdoulaye WATTARA", "Erdem TAHILLIOĞLU"): two to four words, the first
 * capitalized with lower-case letters after, the last in capitals (two
 * letters or more), no credit's word first ("Foto AFP")? */
static int caps_surname(const char *s, size_t n)
{
    size_t i = 0, words = 0, w, caps, lower;
    int32_t cp;
    while (n && s[n - 1] == ' ')
        n--;
    if (n < 6 || n > SURNAME_LINE_MAX)
        return 0;
    if (credit_first(s, n))
        return 0;
    while (i < n) {
        caps = lower = 0;
        for (w = i; i < n && s[i] != ' ';) {
            size_t k = nn_utf8_decode(s + i, n - i, &cp);
            int cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU)
                caps++;
            else if (cat == UTF8PROC_CATEGORY_LL)
                lower++;
            else if (cp != '-' && cp != '\'' && cp != 0x2019)
                return 0;
            i += k;
        }
        if (!caps || ++words > 4 ||
            (words == 1 && (lower == 0 || !nn_starts_upper(s + w, n - w))))
            return 0;
        if (i == n && (lower || caps < 2))
            return 0; /* the last word: in capitals */
        i += i < n;
    }
    return words >= 2;
}

/* No text under line i: the lines below are empty or page chrome? */
static int nothing_below(const article *a, size_t i)
{
    size_t j;
    for (j = i + 1; j < a->nz->nlines; j++)
        if (a->nz->lines[j].len && !a->nz->lines[j].drop)
            return 0;
    return 1;
}

#define OUTLET_LINE_MAX 40 /* bytes of the outlet's name under a sign-off */

#define SIGNED_PARA_MIN 80 /* bytes of the paragraph a sign-off closes */

/* The line with text above line i is a paragraph of prose that ends a
 * sentence: not a list's item, a verse or a quotation (whose names in
 * capitals are the text's, not its writer's)? */
static int prose_above(const article *a, size_t i)
{
    const char *p;
    size_t k = i, n;
    while (k > 0 && !a->nz->lines[k - 1].len)
        k--;
    if (k == 0)
        return 0;
    p = ltext(a, k - 1);
    n = a->nz->lines[k - 1].len;
    while (n && p[n - 1] == ' ')
        n--;
    return n >= SIGNED_PARA_MIN &&
           (p[n - 1] == '.' || p[n - 1] == '!' || p[n - 1] == '?') &&
           /* (not a quotation's end: 'violence".', '... ».') */
           !(p[n - 2] == '"' || (n >= 3 && !memcmp(p + n - 3, "\xC2\xBB", 2)) ||
             (n >= 4 && (!memcmp(p + n - 4, "\xE2\x80\x9D", 3) ||
                         !memcmp(p + n - 4, "\xE2\x80\x99", 3))));
}

int nn_byline_caps_signoff(article *a, size_t i)
{
    const char *s = ltext(a, i);
    size_t n = a->nz->lines[i].len, j = i + 1;
    if (!a->st.in_body || a->rec->authors.len || a->nz->lines[i].skip ||
        !caps_surname(s, n) || !prose_above(a, i))
        return 0;
    /* the outlet's host may stand under the name ("Zanga Abdoulaye
     * WATTARA" / "Maliactu.net") */
    if (j < a->nz->nlines && a->nz->lines[j].len <= OUTLET_LINE_MAX &&
        !memchr(ltext(a, j), ' ', a->nz->lines[j].len) &&
        memchr(ltext(a, j), '.', a->nz->lines[j].len))
        i = j;
    if (!nothing_below(a, i))
        return 0;
    while (n && s[n - 1] == ' ')
        n--;
    nn_byline_add(a, &a->rec->authors, s, n);
    return 1;
}

/* Did the page's pass drop line i only for being short (not as a
 * comment, a related story, a caption: the name of a reader who
 * commented is no sign-off)? */
static int short_verdict(const article *a, size_t i)
{
    int v = a->nz->lines[i].drop;
    return v == NN_V_SHORT || v == NN_V_SHORT_NO_PUNCT || v == NN_V_SHORT_RUN ||
           v == NN_V_ISOLATED;
}

/* Is the line with text above line i the article's (not chrome the page's
 * pass dropped: a teaser's text)? */
static int body_above(const article *a, size_t i)
{
    size_t k = i;
    while (k > 0 && !a->nz->lines[k - 1].len)
        k--;
    return k > 0 && !a->nz->lines[k - 1].drop;
}

/* A name in capitals alone ("ALESSANDRA BEVILACQUA", "JUAN H.
 * CASTELLANOS"): two or three words of capital letters, two or more
 * each, and perhaps an initial ("H.") between them? */
static int caps_name(const char *s, size_t n)
{
    size_t i = 0, words = 0, letters, initials = 0;
    int32_t cp;
    if (n < 5 || n > 48)
        return 0;
    while (i < n) {
        size_t k = nn_utf8_decode(s + i, n - i, &cp);
        if (i && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU &&
            i + k + 1 < n && s[i + k] == '.' && s[i + k + 1] == ' ') {
            i += k + 2; /* an initial, never first nor last */
            if (++initials > 1)
                return 0;
            continue;
        }
        for (letters = 0; i < n && s[i] != ' '; letters++) {
            i += nn_utf8_decode(s + i, n - i, &cp);
            if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
                return 0;
        }
        if (letters < 2 || ++words > 3)
            return 0;
        i += i < n;
    }
    return words >= 2;
}

int nn_byline_signoff(article *a, size_t i)
{
    const char *s = ltext(a, i), *comma;
    size_t n = a->nz->lines[i].len, k, j;
    if (nn_byline_caps_signoff(a, i))
        return 1;
    if (a->st.in_body && !a->rec->authors.len &&
        (bare_name(s, n) || caps_name(s, n)) &&
        (short_verdict(a, i) || !a->nz->lines[i].drop) && prose_above(a, i) &&
        body_above(a, i) && !camera_below(a, i) &&
        a->name_scans++ < NAME_SCANS_MAX && nothing_below(a, i) &&
        given_writer(a, i, s, n)) {
        /* a name alone under the last paragraph ("Елена Кузьмина",
         * "ALESSANDRA BEVILACQUA") that the name model reads as a
         * writer's */
        nn_byline_add(a, &a->rec->authors, s, n);
        return 1;
    }
    if (!a->st.in_body || a->rec->authors.len || n < 8 || n > 80 ||
        strncmp(s, "By ", 3))
        return 0;
    s += 3, n -= 3;
    if ((comma = memchr(s, ',', n)) != NULL) {
        /* ", GNA": an agency's initials, in capitals */
        for (k = (size_t)(comma - s) + 1; k < n && s[k] == ' '; k++)
            ;
        for (j = k; j < n && s[j] >= 'A' && s[j] <= 'Z'; j++)
            ;
        if (j != n || j - k < 2 || j - k > 6)
            return 0;
        n = (size_t)(comma - s);
    }
    if (!bare_name(s, n) || !nothing_below(a, i))
        return 0; /* (text below: not the end's sign-off) */
    nn_byline_add(a, &a->rec->authors, s, n);
    return 1;
}
