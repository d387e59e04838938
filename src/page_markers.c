/* page_markers.c - the lines that open what follows an article (comment
 * sections, reply forms, related and popular lists, tags, newsletter and
 * footer blocks, a post's neighbours), in the languages of world news: a
 * table the article span (page_span.c) asks of each one-line block. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>
/* data/page/end-markers.tsv, compiled in by the Makefile */
static const end_marker end_markers[] = {
#include "end_markers.h"
};

#define END_LINE_MAX 90 /* bytes: an end marker is a short line; */
#define END_LONG_MAX                                                           \
    200 /* a long phrase (a comment form's notice in a
                            script of 2-3 bytes a letter) may open a longer
                            one */
#define END_LONG_PHRASE 24

/* The markers by the first byte of their phrase, each chain in the
 * table's order (index + 1; 0 ends a chain): a line is compared with the
 * few that start as it does; and the phrases' lengths, measured once. */
static unsigned short marker_first[256], marker_next[NN_COUNT(end_markers)];
static unsigned short marker_len[NN_COUNT(end_markers)];
static size_t marker_max; /* the longest phrase's length */
static pthread_once_t marker_once = PTHREAD_ONCE_INIT;

static void markers_index(void)
{
    size_t i;
    for (i = NN_COUNT(end_markers); i-- > 0;) {
        unsigned char c = (unsigned char)end_markers[i].phrase[0];
        marker_next[i] = marker_first[c];
        marker_first[c] = (unsigned short)(i + 1);
        marker_len[i] = (unsigned short)strlen(end_markers[i].phrase);
        if (marker_len[i] > marker_max)
            marker_max = marker_len[i];
    }
}

/* Prefix comparison of folded text s (n bytes, as fold_start leaves it:
 * no ASCII capitals, so a plain comparison is nn_starts_ci's) with phrase
 * p (pl bytes), at a word's end. */
static int starts_phrase_len(const char *s, size_t n, const char *p, size_t pl)
{
    if (pl > n || memcmp(s, p, pl))
        return 0;
    /* "Related" is a marker, "Relatedly, ..." is not; a phrase ending
     * beyond ASCII is taken whatever follows (the test reads one byte) */
    return pl == n || !nn_is_alnum_cp((unsigned char)s[pl]) ||
           (unsigned char)p[pl - 1] >= 0x80;
}

static int starts_phrase(const char *s, size_t n, const char *p)
{
    return starts_phrase_len(s, n, p, strlen(p));
}

/* The start of line s (n bytes) folded to lower case as utf8proc folds
 * it (Cyrillic, accents) into low (size bytes, NUL-terminated): its
 * length; *used: the line's bytes read. */
static size_t fold_start(const char *s, size_t n, char *low, size_t size,
                         size_t *used)
{
    size_t i, k;
    for (i = 0, k = 0; i < n && k + 4 < size;) {
        int32_t cp;
        size_t cl;
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el;
        if ((unsigned char)s[i] < 0x80) { /* ASCII: as utf8proc folds it */
            low[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
            i++;
            continue;
        }
        cl = nn_utf8_decode(s + i, n - i, &cp);
        el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        if (el <= 0 || k + (size_t)el >= size)
            break;
        memcpy(low + k, enc, (size_t)el);
        k += (size_t)el;
        i += cl;
    }
    low[k] = '\0';
    *used = i;
    return k;
}

/* The marker folded text low (k bytes) starts with, or NULL; a long line
 * (longline) only with a long phrase. */
static const end_marker *lookup(const char *low, size_t k, int longline)
{
    size_t i;
    pthread_once(&marker_once, markers_index);
    for (i = marker_first[(unsigned char)low[0]]; i; i = marker_next[i - 1])
        if ((!longline || marker_len[i - 1] >= END_LONG_PHRASE ||
             /* a link's label and its story's headline ("BACA
              * JUGA:Pemberhentian Perangkat Desa ...") */
             (end_markers[i - 1].kind == NN_V_RELATED &&
              k > marker_len[i - 1] && low[marker_len[i - 1]] == ':')) &&
            starts_phrase_len(low, k, end_markers[i - 1].phrase,
                              marker_len[i - 1]))
            return &end_markers[i - 1];
    return NULL;
}

/* After a count, the word for comments in a page's language ("0
 * Komentar", "3 Kommentare"): a comment section's marker. */
static int counted_comments(const char *low, size_t k)
{
    const end_marker *m = lookup(low, k, 0);
    return m && m->kind == NN_V_COMMENTS;
}

#define GLUED_HEAD_MAX 1000 /* bytes: a comment form's notice */

/* A comment section's heading of one word glued to the form's notice on
 * one long line ("Comentários Para comentar esta notícia é necessário
 * entrar com seu login no FACEBOOK. Os comentários são ..."): the word,
 * then a capital.  A paragraph that opens with the word goes on in lower
 * case ("Comentários do ministro ..."). */
static const end_marker *glued_comments(const char *s, size_t n)
{
    char low[END_LINE_MAX + 1];
    size_t used, k, w;
    const end_marker *m;
    for (w = 0; w < n && w < END_LINE_MAX && s[w] != ' '; w++)
        ;
    if (w == 0 || w + 2 >= n || s[w] != ' ' ||
        !nn_starts_upper(s + w + 1, n - w - 1))
        return NULL;
    k = fold_start(s, w, low, sizeof low, &used);
    m = used == w ? lookup(low, k, 0) : NULL;
    return m && m->kind == NN_V_COMMENTS && strlen(m->phrase) == k ? m : NULL;
}

/* The end marker a line is, or NULL: "34 responses to ...", "5 Comments"
 * count too. */
const end_marker *nn_pg_end_marker(const char *s, size_t n)
{
    static const end_marker counted = {"", NN_V_COMMENTS, END_STRONG};
    char low[END_LINE_MAX + 1];
    size_t i, k, size = sizeof low;
    int longline = n > END_LINE_MAX;
    const end_marker *glued, *m;
    if (longline && n <= GLUED_HEAD_MAX &&
        (glued = glued_comments(s, n)) != NULL)
        return glued;
    if (!n || n > END_LONG_MAX)
        return NULL;
    /* a heading's decoration before it ("━ more like this", "■ Related") */
    while (n > 4 && (unsigned char)s[0] == 0xE2 && s[3] == ' ' &&
           ((unsigned char)s[1] == 0x94 || (unsigned char)s[1] == 0x95 ||
            ((unsigned char)s[1] == 0x96 && (unsigned char)s[2] >= 0xA0)))
        s += 4, n -= 4; /* (U+2500-U+257F box drawing, U+25A0-U+25BF
                           squares and triangles, and a blank) */
    pthread_once(&marker_once, markers_index);
    /* A phrase reads at most its length and one byte more of the folded
     * line, and asks whether the line ends there: folded text that stops
     * two bytes past the longest phrase (fold_start stops within 4 bytes
     * of size) answers as the whole would.  A count ("34 responses")
     * moves the phrases along: then all of it. */
    if (!(s[0] >= '0' && s[0] <= '9') && marker_max + 6 < size)
        size = marker_max + 6;
    k = fold_start(s, n, low, size, &i);
    for (i = 0; i < k && low[i] >= '0' && low[i] <= '9'; i++)
        ;
    if (!longline && i > 0 && i < k && low[i] == ' ' &&
        (starts_phrase(low + i + 1, k - i - 1, "comments") ||
         starts_phrase(low + i + 1, k - i - 1, "comment") ||
         starts_phrase(low + i + 1, k - i - 1, "responses") ||
         starts_phrase(low + i + 1, k - i - 1, "response") ||
         starts_phrase(low + i + 1, k - i - 1, "replies") ||
         starts_phrase(low + i + 1, k - i - 1, "thoughts on") ||
         counted_comments(low + i + 1, k - i - 1)))
        return &counted; /* "34 responses to ...", "0 Komentar" */
    m = lookup(low, k, longline);
    /* an ALONE marker is the whole line, a mark after it at most */
    return m && m->strong == END_ALONE && n > strlen(m->phrase) + 2 ? NULL : m;
}

int nn_pg_ad_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "advertisement",
        "hide ad",
        "anzeige",
        "werbung",
        "reklama",
        "reklam",
        "publicidad",
        "publicidade",
        "publicit\xC3\xA9",
        "pubblicit\xC3\xA0",
        "iklan",
        "advertentie",
        "sponsorlu",
        "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", /* реклама */
        NULL};
    char low[32];
    size_t used, k = fold_start(s, n, low, sizeof low, &used);
    if (used < n)
        return 0; /* longer than any label */
    return nn_in_list(labels, low, k, 0);
}

int nn_pg_ad_slot(const char *s, size_t n)
{
    /* the IAB's standard sizes, "WxH" */
    static const char *const sizes[] = {"728x90",  "300x250", "160x600",
                                        "300x600", "320x50",  "320x100",
                                        "970x90",  "970x250", "468x60",
                                        "336x280", "250x250", "120x600",
                                        "300x50",  "300x100", "234x60",
                                        "180x150", "125x125", NULL};
    const char *p = s, *end = s + n;
    if (n > 80)
        return 0;
    while ((p = memchr(p, 'x', (size_t)(end - p))) != NULL) {
        const char *a = p, *z = p + 1;
        while (a > s && a[-1] >= '0' && a[-1] <= '9')
            a--;
        while (z < end && *z >= '0' && *z <= '9')
            z++;
        if (p - a >= 3 && z - p >= 3 &&
            (a == s || a[-1] == ' ' || a[-1] == '_') &&
            (z == end || *z == ' ' || *z == '_') &&
            nn_in_list(sizes, a, (size_t)(z - a), 0))
            return 1;
        p++;
    }
    return 0;
}
