/* page_promos.c - part of the page stage's chrome step (page_chrome.c):
 * promotions and notices in the languages of world news, wherever they
 * stand in a line (cookie notices, "follow us" prompts), found by plain
 * searches of many rare phrases, not by rules; and a menu or a ticker
 * printed on one line, known by its shape. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* A phrase, its length and the groups it belongs to. */
typedef struct phrase {
    const char *w;
    size_t n;
    unsigned group;
} phrase;
enum { PG_COOKIE = 1, PG_POLICY = 2, PG_FOLLOW = 4 };
#define W(s, g)                                                                \
    {                                                                          \
        s, sizeof(s) - 1, g                                                    \
    }

/* In lower case (ASCII letters are folded as they are read); the phrases
 * in other scripts are written in both cases. */
static const phrase promo_phrases[] = {
    W("cookie", PG_COOKIE),
    W("çerez", PG_COOKIE),
    W("Çerez", PG_COOKIE),
    W("куки", PG_COOKIE),
    W("Куки", PG_COOKIE),
    W("кукі", PG_COOKIE),
    W("کوکی", PG_COOKIE),
    W("polic", PG_POLICY),
    W("politi", PG_POLICY),
    W("consent", PG_POLICY),
    W("accept", PG_POLICY),
    W("acept", PG_POLICY),
    W("aceit", PG_POLICY),
    W("verwend", PG_POLICY),
    W("utiliz", PG_POLICY),
    W("usamos", PG_POLICY),
    W("usiamo", PG_POLICY),
    W("utilisons", PG_POLICY),
    W("privacy", PG_POLICY),
    W("privac", PG_POLICY),
    W("datenschutz", PG_POLICY),
    W("confidential", PG_POLICY),
    W("gunakan", PG_POLICY),
    W("einstellung", PG_POLICY),
    W("configura", PG_POLICY),
    W("kullan", PG_POLICY),
    W("konumland", PG_POLICY),
    W("ayar", PG_POLICY),
    W("polít", PG_POLICY),
    W("paramètres", PG_POLICY),
    W("использ", PG_POLICY),
    W("використ", PG_POLICY),
    W("настройк", PG_POLICY),
    W("استفاده", PG_POLICY),
    W("follow our", PG_FOLLOW),
    W("follow us on", PG_FOLLOW),
    W("follow us via", PG_FOLLOW),
    W("our google news", PG_FOLLOW),
    W("our whatsapp channel", PG_FOLLOW),
    W("our telegram channel", PG_FOLLOW),
    W("join our whatsapp", PG_FOLLOW),
    W("join our telegram", PG_FOLLOW),
    W("participe do nosso grupo", PG_FOLLOW),
    W("entre no nosso grupo", PG_FOLLOW),
    W("participe do nosso canal", PG_FOLLOW),
    W("\xC3\xBAnete a nuestro grupo", PG_FOLLOW),
    W("\xC3\xBAnete a nuestro canal", PG_FOLLOW),
    W("\xC3\x9Anete a nuestro grupo", PG_FOLLOW),
    W("\xC3\x9Anete a nuestro canal", PG_FOLLOW),
    W("suivez-nous sur", PG_FOLLOW),
    W("siga-nos n", PG_FOLLOW),
    W("folgen sie uns", PG_FOLLOW),
    W("seguici su", PG_FOLLOW),
    W("ikuti kami di", PG_FOLLOW),
    W("bizi takip edin", PG_FOLLOW),
    W("подпишитесь на наш", PG_FOLLOW),
    W("подписывайтесь на наш", PG_FOLLOW),
    W("підписуйтеся на наш", PG_FOLLOW),
    W("Підписуйтеся на наш", PG_FOLLOW),
    W("на наших платформах", PG_FOLLOW),
    W("у наших соцмережах", PG_FOLLOW),
    W("в наших соцсетях", PG_FOLLOW),
    W("síguenos en", PG_FOLLOW)};

#define PROMO_LINE_MAX 600

/* The phrases' first three bytes, folded and hashed into a table (built
 * once) of chains of the phrases with that hash: a line is read once, and
 * only at the start of a word that a phrase may start are those phrases
 * compared ("accept" is not found in "unacceptable"). */
#define TRI_BITS 12
#define NPROMO NN_COUNT(promo_phrases)
static unsigned char promo_first[1u << TRI_BITS]; /* a chain's first + 1 */
static unsigned char promo_next[NPROMO];          /* the next + 1, or 0 */
_Static_assert(NPROMO < 255, "phrase indexes + 1 fit a byte");
static unsigned char promo_word[256]; /* in_word() of every byte */
static pthread_once_t promo_once = PTHREAD_ONCE_INIT;

static unsigned char fold_ascii(unsigned char c)
{
    return (unsigned)(c - 'A') < 26u ? (unsigned char)(c | 0x20) : c;
}

static unsigned char promo_fold[256]; /* fold_ascii() of every byte */

static unsigned tri_hash(const char *s)
{
    uint32_t h = promo_fold[(unsigned char)s[0]] |
                 (uint32_t)promo_fold[(unsigned char)s[1]] << 8 |
                 (uint32_t)promo_fold[(unsigned char)s[2]] << 16;
    return (h * 2654435761u) >> (32 - TRI_BITS);
}

/* A letter, or a byte of a character beyond ASCII: inside a word as
 * promo_groups() reads words. */
static int in_word(unsigned char c)
{
    return c >= 0x80 || (unsigned)((c | 0x20) - 'a') < 26u;
}

static void promo_build(void)
{
    size_t k;
    for (k = 0; k < 256; k++) {
        promo_word[k] = (unsigned char)in_word((unsigned char)k);
        promo_fold[k] = fold_ascii((unsigned char)k);
    }
    for (k = NPROMO; k-- > 0;) { /* each chain in the phrases' order */
        unsigned h = tri_hash(promo_phrases[k].w);
        promo_next[k] = promo_first[h];
        promo_first[h] = (unsigned char)(k + 1);
    }
}

/* Does s start with the lower-case phrase p, ASCII letters folded? */
static int starts_folded(const char *s, const phrase *p)
{
    size_t i;
    for (i = 0; i < p->n; i++)
        if (promo_fold[(unsigned char)s[i]] != (unsigned char)p->w[i])
            return 0;
    return 1;
}

/* Flags (0x80) of the bytes of w, 8 bytes loaded with memcpy, that are
 * not in_word(): ASCII bytes that are no letter. */
static inline uint64_t nonword8(uint64_t w)
{
    uint64_t x = (w | NN_ONES * 0x20) & (NN_ONES * 0x7F); /* A-Z as a-z */
    uint64_t from_a = x + NN_ONES * (0x80 - 'a'), past_z = x + NN_ONES * 0x05;
    return ~(w | (from_a & ~past_z)) & NN_HIGHS; /* (no carry: x < 0x80) */
}

/* The end of the word that starts at s[i]: the first byte after s[i] that
 * is not in_word(), or n; eight bytes at a time. */
static size_t promo_word_end(const char *s, size_t n, size_t i)
{
    for (i++; i + 8 <= n; i += 8) {
        uint64_t w, m;
        memcpy(&w, s + i, 8);
        if ((m = nonword8(w)) != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return i + (size_t)(__builtin_clzll(m) >> 3);
#else
            return i + (size_t)(__builtin_ctzll(m) >> 3);
#endif
        }
    }
    while (i < n && promo_word[(unsigned char)s[i]])
        i++;
    return i;
}

/* The groups of the phrases that start a word of s. */
static unsigned promo_groups(const char *s, size_t n)
{
    unsigned found = 0;
    size_t i, k;
    pthread_once(&promo_once, promo_build);
    /* a word starts after an ASCII byte that is no letter */
    for (i = 0; i + 3 <= n;) {
        unsigned h;
        if (!promo_word[(unsigned char)s[i]]) {
            i++;
            continue;
        }
        h = tri_hash(s + i);
        for (k = promo_first[h]; k; k = promo_next[k - 1]) {
            const phrase *p = &promo_phrases[k - 1];
            if (!(found & p->group) && p->n <= n - i && starts_folded(s + i, p))
                found |= p->group;
        }
        i = promo_word_end(s, n, i);
    }
    return found;
}

/* Does s hold a phrase of p, folded as promo_groups() reads it, that
 * starts with byte c?  (memchr finds the candidates.) */
static int holds_from(const char *s, size_t n, const phrase *p, unsigned char c)
{
    const char *q = s, *end = s + n;
    while ((size_t)(end - q) >= p->n &&
           (q = memchr(q, c, (size_t)(end - q) - p->n + 1)) != NULL) {
        if (starts_folded(q, p))
            return 1;
        q++;
    }
    return 0;
}

/* Does s hold a phrase of the groups g anywhere, not only where a word
 * starts?  What promo_groups() can find only then: each phrase looked
 * for by its first byte (a letter in both cases), which memchr finds far
 * faster than the line's words are read. */
static int holds_group(const char *s, size_t n, unsigned g)
{
    size_t k;
    for (k = 0; k < NPROMO; k++) {
        const phrase *p = &promo_phrases[k];
        unsigned char c = (unsigned char)p->w[0];
        if ((p->group & g) &&
            (holds_from(s, n, p, c) ||
             ((unsigned)(c - 'a') < 26u && holds_from(s, n, p, c ^ 0x20))))
            return 1;
    }
    return 0;
}

/* Promotions and notices in the languages of world news, wherever they
 * stand in a line: a cookie notice names cookies and a policy, consent or
 * their use ("Sitemizde ... çerez konumlandırmaktayız. Detaylar için veri
 * politikamızı inceleyebilirsiniz."); a follow prompt asks to follow a
 * channel ("For all the latest headlines follow our Google News channel
 * ...", "подпишитесь на наш Telegram").  Plain searches, not rules: the
 * phrases are many and rare. */
enum nn_verdict nn_pg_promo_line(const char *s, size_t n)
{
    unsigned g;
    if (n > PROMO_LINE_MAX || n < 12)
        return NN_V_NONE;
    pthread_once(&promo_once, promo_build);
    /* a line too long for a follow prompt is a cookie notice or nothing,
     * and most name no cookies at all */
    if (n > 300 && !holds_group(s, n, PG_COOKIE))
        return NN_V_NONE;
    g = promo_groups(s, n);
    if ((g & PG_COOKIE) && (g & PG_POLICY))
        return NN_V_COOKIE_NOTICE;
    if (n <= 300 && (g & PG_FOLLOW))
        return NN_V_FOLLOW_PROMPT;
    return NN_V_NONE;
}

/* Is s+at a separator between a menu's items (" - ", " | ", " · ",
 * " • ", " / ")?  Its length, or 0. */
static size_t item_sep(const char *s, size_t n, size_t at)
{
    static const char *const seps[] = {
        " - ", " | ", " / ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x93 "};
    static const unsigned char len[] = {3, 3, 3, 4, 5, 5};
    size_t k;
    if (s[at] != ' ' || at + 3 > n) /* every separator starts with a blank */
        return 0;
    for (k = 0; k < sizeof seps / sizeof *seps; k++)
        if (s[at + 1] == seps[k][1] && at + len[k] <= n &&
            !memcmp(s + at, seps[k], len[k]))
            return len[k];
    return 0;
}

int nn_pg_menu_line(const char *s, size_t n)
{
    size_t i, items = 1, words = 1, l;
    for (i = 0; i < n; i++) {
        if ((l = item_sep(s, n, i)) != 0) {
            items++, words = 1;
            i += l - 1;
        } else if (s[i] == ' ' && ++words > 3)
            return 0; /* an item of four words or more: a headline's */
    }
    return items >= 5;
}

#define TICKER_CAPITALS 20 /* (a line in another script has none) */

int nn_pg_ticker_line(const char *s, size_t n)
{
    size_t i, seps = 0, upper = 0, lower = 0;
    const char *p = s, *end = s + n;
    if (n < 60)
        return 0;
    /* the slashes first, found by memchr: most lines have none */
    while (seps < 3 && (p = memchr(p, '/', (size_t)(end - p))) != NULL) {
        seps += p > s && p + 1 < end && p[-1] == ' ' && p[1] == ' ';
        p++;
    }
    if (seps < 3)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') {
            upper++;
        } else if (c >= 'a' && c <= 'z') {
            lower++;
        } else if (c == 0xC3 && i + 1 < n) { /* Latin-1 letters: À-Þ, ß-ÿ */
            if ((unsigned char)s[++i] < 0x9F)
                upper++;
            else
                lower++;
        }
    }
    return upper >= TICKER_CAPITALS && upper >= 4 * lower;
}
