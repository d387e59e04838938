/* title_slug.c - a headline run together with the text on the page's
 * first line, found by the address's slug: where no headline was found
 * and the text's first line opens with the words the slug spells
 * ("Policjant po służbie zapobiegł tragedii – nietrzeźwy kierowca
 * zatrzymany Data publikacji ..." under .../273277,Policjant-po-sluzbie-
 * zapobiegl-tragedii-nietrzezwy-kierowca-zatrzymany.html), those words
 * are the title, when the words after them open with a capital.  Asked by classify.c of the first line of text. */
#include "article.h"
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define SLUG_WORDS 24  /* the slug's words read */
#define LINE_WORDS 48  /* the line's words read */
#define WORD_MAX 40    /* bytes of a folded word */
#define KICKER_WORDS 4 /* words before the slug's first (a kicker) */
#define SKIP_RUN 2     /* line words in a row the slug leaves out */
#define SKIP_LEN 4     /* bytes of such a word, folded, at most */
#define SLUG_MIN 5     /* slug words: fewer may be a headline's start */

typedef struct {
    char w[WORD_MAX];
} word;

/* The slug's words: the address's path segment with the most words
 * between its dashes, lower case ASCII letters and digits; a letter
 * alone joins the word before ("sheriff-s" -> "sheriffs"); an id of five
 * digits or more, and "html", are none.  Returns the count. */
static size_t slug_words(const char *url, word *out)
{
    const char *p = strstr(url, "://"), *seg, *best = NULL, *best_end = NULL;
    size_t n = 0, most = 0;
    if (!p)
        return 0;
    for (p = strchr(p + 3, '/'); p && *p == '/';) {
        size_t dashes = 0;
        for (seg = ++p; *p && *p != '/' && *p != '?' && *p != '#'; p++)
            dashes += *p == '-' || *p == '_';
        if (dashes >= most) /* the last of equals: "/2024-05-12/fire-..." */
            most = dashes, best = seg, best_end = p;
    }
    if (most < 2)
        return 0;
    for (p = best; p < best_end;) {
        size_t k = 0, digits = 0;
        char w[WORD_MAX];
        while (p < best_end && !nn_is_alnum_cp((unsigned char)*p))
            p++;
        for (; p < best_end &&
               ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                (*p >= '0' && *p <= '9'));
             p++)
            if (k + 1 < WORD_MAX) {
                digits += *p >= '0' && *p <= '9';
                w[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 0x20 : *p);
            }
        if (p < best_end && !(*p == '-' || *p == '_' || *p == ',' || *p == '.'))
            p++; /* a byte of no word ('%') */
        w[k] = '\0';
        if (!k || (digits == k && k >= 5) || !strcmp(w, "html") ||
            !strcmp(w, "htm") || !strcmp(w, "php"))
            continue;
        if (k == 1 && n && !digits &&
            strlen(out[n - 1].w) + 1 < WORD_MAX) { /* "sheriff-s" */
            size_t at = strlen(out[n - 1].w);
            out[n - 1].w[at] = w[0];
            out[n - 1].w[at + 1] = '\0';
            continue;
        }
        if (n == SLUG_WORDS)
            return 0; /* longer than read: the title would be cut short */
        memcpy(out[n++].w, w, k + 1);
    }
    return n;
}

/* A word of the line as a slug spells it: marks stripped, lower case,
 * letters and digits of ASCII alone ("służbie" -> "suzbie", "6,2" ->
 * "62"); "" for a word of none (a dash, a bullet). */
static void fold(const char *s, size_t n, char *out)
{
    utf8proc_uint8_t *m = NULL;
    size_t k = 0;
    utf8proc_ssize_t len =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                     UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                         UTF8PROC_CASEFOLD);
    if (len > 0)
        for (utf8proc_ssize_t i = 0; i < len && k + 1 < WORD_MAX; i++)
            if ((m[i] >= 'a' && m[i] <= 'z') || (m[i] >= '0' && m[i] <= '9'))
                out[k++] = (char)m[i];
    out[k] = '\0';
    free(m);
}

/* Do a (folded line word) and b (slug word) match: equal, or, four
 * letters or more, one letter apart ("suzbie" of "służbie", whose "ł"
 * has no ASCII form, against "sluzbie")? */
static int same(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i = 0;
    if (!strcmp(a, b))
        return 1;
    if (la < 4 || lb < 4 || (la > lb ? la - lb : lb - la) > 1)
        return 0;
    while (i < la && i < lb && a[i] == b[i])
        i++;
    if (la == lb)
        return !strcmp(a + i + 1, b + i + 1);
    return la > lb ? !strcmp(a + i + 1, b + i) : !strcmp(a + i, b + i + 1);
}

int nn_title_slug_lead(article *a, size_t i, int whole)
{
    line *l = &a->nz->lines[i];
    const char *s = ltext(a, i) + l->skip; /* after a scraper's header */
    size_t len = l->len - l->skip;
    word sw[SLUG_WORDS] = {{{0}}};
    char lw[LINE_WORDS][WORD_MAX] = {{0}};
    size_t ls[LINE_WORDS], le[LINE_WORDS];
    size_t n, m = 0, p = 0, start, k, j, matched = 0, run = 0, last = 0, end;
    if (a->st.in_body || a->plain || a->rec->title || !a->rec->url || !len ||
        (whole && len > 300) || (n = slug_words(a->rec->url, sw)) < 3)
        return 0;
    while (p < len && m < LINE_WORDS) {
        size_t q = p;
        while (q < len && s[q] != ' ')
            q++;
        ls[m] = p, le[m] = q;
        fold(s + p, q - p, lw[m++]);
        p = q + 1;
    }
    /* the slug's first word among the line's first words (a kicker or a
     * bullet before it) */
    for (start = 0; start < m && start <= KICKER_WORDS; start++)
        if (lw[start][0] && same(lw[start], sw[0].w))
            break;
    if (start >= m || start > KICKER_WORDS)
        return 0;
    for (k = start, j = 0; k < m && j < n; k++) {
        if (!lw[k][0])
            continue; /* "–" between words */
        if (same(lw[k], sw[j].w)) {
            matched++;
            last = k, j++, run = 0;
        } else if (strlen(lw[k]) > SKIP_LEN || ++run > SKIP_RUN) {
            break; /* "de", "unas", "para": short words a slug leaves
                      out; a lead that says the slug in other words
                      ("Oil rates experienced a decline ...") is none */
        }
    }
    /* the whole slug spelt, in its order, five words or more (a short
     * slug may be a headline's first words only); the headline opens
     * with a capital and ends where the next words open with one too (a
     * sentence that goes on in lower case is a lead that says the slug:
     * "Council approves budget cuts on Monday, officials said.") */
    end = le[last];
    if (matched < SLUG_MIN || j < n ||
        !nn_starts_upper(s + ls[start], len - ls[start]) ||
        (end < len && !nn_starts_upper(s + end + 1, len - end - 1)) ||
        (whole && end < len)) /* a line the page dropped: the headline
                                 alone */
        return 0;
    for (k = 0; k < start && !lw[k][0]; k++)
        ;
    if (k < start) { /* "PRESUPUESTO MUNICIPAL" before the headline */
        size_t kend = start;
        while (!lw[kend - 1][0]) /* not its separator ("... –") */
            kend--;
        nn_record_extra(a->rec, "kicker", s + ls[k], le[kend - 1] - ls[k]);
    }
    log_removed(a, "slug-title", i, s, end);
    nn_record_set(&a->rec->title, s + ls[start], end - ls[start]);
    a->st.set |= 1u << NN_FLD_TITLE;
    if (end >= len)
        return 2; /* the line, after its header, was the headline alone */
    l->skip += end + 1;
    return 1;
}
