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
enum {
    PG_COOKIE = 1,
    PG_POLICY = 2,
    PG_FOLLOW = 4,
    /* a call to action's words (nn_pg_call_to_action()) */
    PG_NEWS = 8,       /* a newsletter */
    PG_SUB = 16,       /* subscribing */
    PG_ACCOUNT = 32,   /* signing up, logging in */
    PG_INBOX = 64,     /* the reader's mail */
    PG_CLICK = 128,    /* click, tap */
    PG_GIVE = 256,     /* a donation, support asked for */
    PG_PRICE = 512,    /* a price */
    PG_OFFER = 1024,   /* an offer: free, unlimited, all articles */
    PG_YOU = 2048,     /* the reader addressed */
    PG_COMMENT = 4096, /* commenting */
    PG_CTA = PG_NEWS | PG_SUB | PG_ACCOUNT | PG_INBOX | PG_CLICK | PG_GIVE |
             PG_PRICE | PG_OFFER | PG_YOU | PG_COMMENT
};
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
    /* the news "in our WhatsApp groups", the outlet's channel (not a
     * resident's "Avisamos pelos nossos grupos de WhatsApp") */
    W("em nossos grupos de whatsapp", PG_FOLLOW),
    W("nosso canal no whatsapp", PG_FOLLOW),
    W("nosso canal do whatsapp", PG_FOLLOW),
    W("nosso canal de whatsapp", PG_FOLLOW),
    W("nuestro canal de whatsapp", PG_FOLLOW),
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
    W("síguenos en", PG_FOLLOW),
    /* a tip line's prompt ("Сохрани номер URA.RU - сообщи новость
     * первым!"; not the button's name, «Сообщи новость», quoted) */
    W("сообщи новость первым", PG_FOLLOW),
    W("newsletter", PG_NEWS),
    W("infolettre", PG_NEWS),
    W("nieuwsbrief", PG_NEWS),
    W("рассылк", PG_NEWS),
    W("Рассылк", PG_NEWS),
    W("bülten", PG_NEWS),
    W("subscribe ", PG_SUB),
    W("subscribe!", PG_SUB),
    W("subscribe.", PG_SUB),
    W("already a subscriber", PG_SUB),
    W("abonnier", PG_SUB),
    W("abonnez", PG_SUB),
    W("abbonati", PG_SUB),
    W("suscríb", PG_SUB),
    W("suscribi", PG_SUB),
    W("suscripci", PG_SUB),
    W("assine ", PG_SUB),
    W("assine já", PG_SUB),
    W("assine agora", PG_SUB),
    W("inscreva-se", PG_SUB),
    W("inscrivez-vous", PG_SUB),
    W("iscriviti", PG_SUB),
    W("подпишитесь", PG_SUB),
    W("Подпишитесь", PG_SUB),
    W("подписаться", PG_SUB),
    W("Подписаться", PG_SUB),
    W("подпишись", PG_SUB),
    W("Подпишись", PG_SUB),
    W("abone ol", PG_SUB),
    W("berlangganan", PG_SUB),
    W("prenumer", PG_SUB),
    W("subskryb", PG_SUB),
    W("sign up", PG_ACCOUNT),
    W("sign in", PG_ACCOUNT),
    W("log in", PG_ACCOUNT),
    W("register now", PG_ACCOUNT),
    W("create an account", PG_ACCOUNT),
    W("create account", PG_ACCOUNT),
    W("anmelden", PG_ACCOUNT),
    W("registrieren", PG_ACCOUNT),
    W("einloggen", PG_ACCOUNT),
    W("regístrate", PG_ACCOUNT),
    W("registrarse", PG_ACCOUNT),
    W("inicia sesión", PG_ACCOUNT),
    W("iniciar sesión", PG_ACCOUNT),
    W("cadastre-se", PG_ACCOUNT),
    W("faça login", PG_ACCOUNT),
    W("connectez-vous", PG_ACCOUNT),
    W("créez un compte", PG_ACCOUNT),
    W("registrati ", PG_ACCOUNT),
    W("accedi ", PG_ACCOUNT),
    W("войдите", PG_ACCOUNT),
    W("Войдите", PG_ACCOUNT),
    W("зарегистрируйтесь", PG_ACCOUNT),
    W("Зарегистрируйтесь", PG_ACCOUNT),
    W("giriş yapın", PG_ACCOUNT),
    W("giriş yap ", PG_ACCOUNT),
    W("üye olun", PG_ACCOUNT),
    W("üye ol ", PG_ACCOUNT),
    W("Üye olun", PG_ACCOUNT),
    W("Üye ol ", PG_ACCOUNT),
    W("kayıt olun", PG_ACCOUNT),
    W("kayıt ol ", PG_ACCOUNT),
    W("zaloguj", PG_ACCOUNT),
    W("inbox", PG_INBOX),
    W("postfach", PG_INBOX),
    W("your email", PG_INBOX),
    W("your e-mail", PG_INBOX),
    W("deine e-mail", PG_INBOX),
    W("ihre e-mail", PG_INBOX),
    W("votre e-mail", PG_INBOX),
    W("votre adresse e-mail", PG_INBOX),
    W("votre courriel", PG_INBOX),
    W("tu correo", PG_INBOX),
    W("tu email", PG_INBOX),
    W("seu e-mail", PG_INBOX),
    W("seu email", PG_INBOX),
    W("ваш e-mail", PG_INBOX),
    W("Ваш e-mail", PG_INBOX),
    W("ваш email", PG_INBOX),
    W("Ваш email", PG_INBOX),
    W("e-posta adresiniz", PG_INBOX),
    W("email anda", PG_INBOX),
    W("click here", PG_CLICK),
    W("click the", PG_CLICK),
    W("click on", PG_CLICK),
    W("tap here", PG_CLICK),
    W("pulsa aquí", PG_CLICK),
    W("pulse aquí", PG_CLICK),
    W("haz clic", PG_CLICK),
    W("haga clic", PG_CLICK),
    W("clique aqui", PG_CLICK),
    W("clique ici", PG_CLICK),
    W("cliquez", PG_CLICK),
    W("klicken sie", PG_CLICK),
    W("hier klicken", PG_CLICK),
    W("klicke", PG_CLICK),
    W("нажмите", PG_CLICK),
    W("Нажмите", PG_CLICK),
    W("tıklayın", PG_CLICK),
    W("klik di sini", PG_CLICK),
    W("clicca qui", PG_CLICK),
    W("donate now", PG_GIVE),
    W("donate today", PG_GIVE),
    W("please donate", PG_GIVE),
    W("make a donation", PG_GIVE),
    W("your donation", PG_GIVE),
    W("tu donación", PG_GIVE),
    W("su donación", PG_GIVE),
    W("sua doação", PG_GIVE),
    W("votre don ", PG_GIVE),
    W("ihre spende", PG_GIVE),
    W("deine spende", PG_GIVE),
    W("jetzt spenden", PG_GIVE),
    W("spenden sie", PG_GIVE),
    W("faites un don", PG_GIVE),
    W("fai una donazione", PG_GIVE),
    W("support us", PG_GIVE),
    W("support independent", PG_GIVE),
    W("support quality", PG_GIVE),
    W("apóyanos", PG_GIVE),
    W("apoie o", PG_GIVE),
    W("apoie nosso", PG_GIVE),
    W("soutenez", PG_GIVE),
    W("sostieni", PG_GIVE),
    W("unterstützen sie", PG_GIVE),
    W("unterstütze uns", PG_GIVE),
    W("поддержите", PG_GIVE),
    W("Поддержите", PG_GIVE),
    W("destek olun", PG_GIVE),
    W("dukung kami", PG_GIVE),
    W("contamos contigo", PG_GIVE),
    W("contamos con tu", PG_GIVE),
    W("make a contribution", PG_GIVE),
    W("become a member", PG_GIVE),
    W("become a supporter", PG_GIVE),
    W("hazte socio", PG_GIVE),
    W("für nur", PG_PRICE),
    W("pour seulement", PG_PRICE),
    W("im ersten monat", PG_PRICE),
    W("first month", PG_PRICE),
    W("alle artikel", PG_OFFER),
    W("all articles", PG_OFFER),
    W("unlimited access", PG_OFFER),
    W("unlimited digital", PG_OFFER),
    W("unbegrenzt", PG_OFFER),
    W("acceso ilimitado", PG_OFFER),
    W("accès illimité", PG_OFFER),
    W("acesso ilimitado", PG_OFFER),
    W("accesso illimitato", PG_OFFER),
    W("jetzt sichern", PG_OFFER),
    W("all access", PG_OFFER),
    W("access pass", PG_OFFER),
    W("digital edition", PG_OFFER),
    W("e-edition", PG_OFFER),
    W("jetzt testen", PG_OFFER),
    W("free trial", PG_OFFER),
    W("kostenlos testen", PG_OFFER),
    W("gratis testen", PG_OFFER),
    W("probeabo", PG_OFFER),
    W("gratis", PG_OFFER),
    W("you ", PG_YOU),
    W("your ", PG_YOU),
    W("dein ", PG_YOU),
    W("deine ", PG_YOU),
    W("deinen ", PG_YOU),
    W("deinem ", PG_YOU),
    W("deiner ", PG_YOU),
    W("euer", PG_YOU),
    W("eure", PG_YOU),
    W("tu ", PG_YOU),
    W("tus ", PG_YOU),
    W("contigo", PG_YOU),
    W("vous ", PG_YOU),
    W("votre ", PG_YOU),
    W("você", PG_YOU),
    W("ваш ", PG_YOU),
    W("ваша ", PG_YOU),
    W("вашу ", PG_YOU),
    W("ваши ", PG_YOU),
    W("вашего ", PG_YOU),
    W("Ваш ", PG_YOU),
    W("Ваша ", PG_YOU),
    W("Вашу ", PG_YOU),
    W("Ваши ", PG_YOU),
    W("вы ", PG_YOU),
    W("Вы ", PG_YOU),
    W("sizin ", PG_YOU),
    W("kamu ", PG_YOU),
    W("post comment", PG_COMMENT),
    W("must be registered", PG_ACCOUNT),
    W("post a comment", PG_COMMENT),
    W("kommentar schreiben", PG_COMMENT),
};

#define COOKIE_LINE_MAX 2000 /* a consent dialog's paragraph, at most */
#define COOKIE_OPENING 120   /* its opening bytes, where it names them */

/* The phrases' first three bytes, folded and hashed into a table (built
 * once) of chains of the phrases with that hash: a line is read once, and
 * only at the start of a word that a phrase may start are those phrases
 * compared ("accept" is not found in "unacceptable"). */
#define TRI_BITS 12
#define NPROMO NN_COUNT(promo_phrases)
static unsigned short promo_first[1u << TRI_BITS]; /* a chain's first + 1 */
static unsigned short promo_next[NPROMO];          /* the next + 1, or 0 */
_Static_assert(NPROMO < 65535, "phrase indexes + 1 fit a short");
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
        promo_first[h] = (unsigned short)(k + 1);
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

/* The bytes of a mark that opens a word at s (n bytes), which in_word()
 * reads as a letter: an inverted '!' or '?' ("¡Contamos contigo!"), an
 * opening quote or guillemet; or 0. */
static size_t opening_mark(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && u[0] == 0xC2 &&
        (u[1] == 0xA1 || u[1] == 0xBF || u[1] == 0xAB))
        return 2; /* ¡ ¿ « */
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
        (u[2] == 0x9C || u[2] == 0x98 || u[2] == 0x9E))
        return 3; /* “ ‘ „ */
    return 0;
}

#define SUB_LINE_MAX 160 /* bytes of a line that opens with "subscribe" */

/* The groups of the phrases that start a word of s; with extra, the
 * phrases of a price's or an offer's group found after the first of
 * their group are counted into *extra. */
static unsigned promo_groups(const char *s, size_t n, unsigned *extra)
{
    unsigned found = 0;
    size_t i, k, first = SIZE_MAX;
    pthread_once(&promo_once, promo_build);
    /* a word starts after an ASCII byte that is no letter */
    for (i = 0; i + 3 <= n;) {
        unsigned h;
        if (!promo_word[(unsigned char)s[i]]) {
            i++;
            continue;
        }
        i += opening_mark(s + i, n - i);
        if (i + 3 > n)
            break;
        if (first == SIZE_MAX)
            first = i;
        h = tri_hash(s + i);
        for (k = promo_first[h]; k; k = promo_next[k - 1]) {
            const phrase *p = &promo_phrases[k - 1];
            int again = (found & p->group) != 0;
            if ((!again || (extra && (p->group & (PG_PRICE | PG_OFFER)))) &&
                p->n <= n - i && starts_folded(s + i, p)) {
                if (again)
                    ++*extra;
                found |= p->group;
                /* a short line opens with "subscribe" ("Подпишитесь и
                 * получайте новости первыми"): the reader is addressed
                 * (not a button glued to a paragraph: "Abone ol
                 * İzmir'in ...") */
                if (i == first && (p->group & PG_SUB) && n <= SUB_LINE_MAX)
                    found |= PG_YOU;
            }
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

/* A consent dialog's long first paragraph says what it is at once, in
 * the site's voice: "Wir verwenden Cookies, um Ihnen ein optimales
 * Webseiten-Erlebnis zu bieten. ... Datenschutzhinweisen.", cookies
 * named in its opening words (not a story's "Die EU verschärft die
 * Regeln für Cookies"), the reader's consent or settings asked. */
static int cookie_opening(const char *s, size_t n)
{
    static const char *const voice[] = {
        "wir verwenden", "wir nutzen", "wir setzen", "diese website verwendet",
        "diese webseite verwendet", "diese seite verwendet", "we use",
        "this website uses", "this site uses", "nous utilisons",
        "ce site utilise", "utilizamos", "usamos", "este sitio web utiliza",
        "este site utiliza", "utilizziamo", "questo sito utilizza",
        /* Мы используем */
        "\xD0\x9C\xD1\x8B \xD0\xB8\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xB7\xD1\x83\xD0\xB5\xD0\xBC",
        NULL};
    /* and asks the reader's leave or settings: not a bakery's "We use
     * cookies from our own ovens ..." */
    static const char *const leave[] = {
        "consent",
        "einwillig",
        "zustimm",
        "akzept",
        "accept",
        "acept",
        "datenschutz",
        "privacy",
        "privacidad",
        "privacidade",
        "privacit",
        "confidentialit",
        "einstellung",
        "settings",
        "preferences",
        "configura",
        "param\xC3\xA8tres",
        "\xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB8", /* согласи */
        NULL};
    const char *const *v;
    for (v = voice; *v; v++)
        if (nn_starts_ci(s, n, *v)) {
            if (!holds_group(s, n < COOKIE_OPENING ? n : COOKIE_OPENING,
                             PG_COOKIE))
                return 0;
            for (v = leave; *v; v++)
                if (nn_has_ci(s, n, *v))
                    return 1;
            return 0;
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
enum nn_verdict nn_pg_promo_line(const char *s, size_t n, nn_pg_scan *sc)
{
    unsigned g;
    sc->done = 0;
    if (n < 12)
        return NN_V_NONE;
    pthread_once(&promo_once, promo_build);
    if (n > PROMO_LINE_MAX)
        return n <= COOKIE_LINE_MAX && cookie_opening(s, n) ? NN_V_COOKIE_NOTICE
                                                            : NN_V_NONE;
    /* a line too long for a follow prompt is a cookie notice or nothing,
     * and most name no cookies at all */
    if (n > 300 && !holds_group(s, n, PG_COOKIE))
        return NN_V_NONE;
    sc->extra = 0;
    g = promo_groups(s, n, &sc->extra);
    sc->cta = g & PG_CTA; /* (read once for a call to action as well) */
    sc->done = 1;
    if ((g & PG_COOKIE) && (g & PG_POLICY))
        return NN_V_COOKIE_NOTICE;
    if (n <= 300 && (g & PG_FOLLOW))
        return NN_V_FOLLOW_PROMPT;
    return NN_V_NONE;
}

/* Does s (n bytes) name cookies ("cookie", "çerez", "куки")? */
int nn_pg_names_cookies(const char *s, size_t n)
{
    pthread_once(&promo_once, promo_build);
    return holds_group(s, n, PG_COOKIE);
}

#define CTA_SCORE 3     /* of a call to action */
#define CTA_EXTRA_MAX 2 /* points for more phrases of a group found */

/* How much the words found (groups g, extra phrases) ask something of
 * the reader: a newsletter, a subscription or a donation weighs two, the
 * rest one. */
static unsigned cta_score(unsigned g, unsigned extra)
{
    static const unsigned heavy = PG_NEWS | PG_SUB | PG_GIVE;
    unsigned score = 0, bit;
    for (bit = PG_NEWS; bit & PG_CTA; bit <<= 1)
        if (g & bit)
            score += bit & heavy ? 2 : 1;
    return score + (extra < CTA_EXTRA_MAX ? extra : CTA_EXTRA_MAX);
}

unsigned nn_pg_cta_scan(const char *s, size_t n, unsigned *extra)
{
    if (n > PROMO_LINE_MAX)
        return 0;
    return promo_groups(s, n, extra) & PG_CTA;
}

enum nn_verdict nn_pg_call_to_action(unsigned g, unsigned extra, int exclaims,
                                     int after_one)
{
    /* an article's sentence may tell of subscribing and logging in ("...
     * informing readers that they can either log in or subscribe", "told
     * subscribers in a newsletter"); one that asks it of the reader says
     * "you", points ("click") or exclaims, or follows a block that did */
    if (cta_score(g, extra) < CTA_SCORE ||
        !((g & (PG_YOU | PG_CLICK)) || exclaims || after_one))
        return NN_V_NONE;
    if (g & PG_GIVE)
        return NN_V_APPEAL;
    if (g & PG_NEWS)
        return NN_V_NEWSLETTER;
    if (g & PG_PRICE)
        return NN_V_PAYWALL;
    if (g & PG_SUB)
        return NN_V_NEWSLETTER;
    if (g & PG_OFFER)
        return NN_V_PAYWALL;
    return g & PG_COMMENT ? NN_V_COMMENTS : NN_V_DIALOG;
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

#define FEED_HEADLINE 20 /* bytes of a feed item's headline at least */

int nn_pg_feed_item(const char *s, size_t n)
{
    size_t k = 0;
    int32_t cp;
    while (k < 2 && k < n && s[k] >= '0' && s[k] <= '9')
        k++;
    if (!k || k + 3 + FEED_HEADLINE > n || s[k] != ':' || s[k + 1] < '0' ||
        s[k + 1] > '5' || s[k + 2] < '0' || s[k + 2] > '9')
        return 0;
    k += 3;
    if (!nn_starts_upper(s + k, n - k))
        return 0;
    /* a word, capital first ("13:05Мурманские"; not "10:45PM Power") */
    k += nn_utf8_decode(s + k, n - k, &cp);
    return nn_starts_lower(s + k, n - k) && memchr(s + k, ' ', n - k) != NULL;
}

#define KEYWORD_COMMAS 3 /* of a keyword line at least */

int nn_pg_keyword_line(const char *s, size_t n)
{
    size_t i, commas = 0, w;
    if (n < 12 || memchr(s, ' ', n) || memchr(s, '_', n))
        return 0; /* (nor a table's header: "trust_code,week,...") */
    for (i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return 0; /* (nor its rows) */
        if (s[i] == ',')
            w = 1;
        else if ((unsigned char)s[i] == 0xD8 && i + 1 < n &&
                 (unsigned char)s[i + 1] == 0x8C) /* U+060C ، */
            w = 2;
        else
            continue;
        if (i + w >= n || !(nn_starts_upper(s + i + w, n - i - w) ||
                            nn_starts_lower(s + i + w, n - i - w) ||
                            (unsigned char)s[i + w] >= 0xD8))
            return 0; /* (a number's thousands, "1,234,567") */
        commas++;
        i += w - 1;
    }
    return commas >= KEYWORD_COMMAS;
}
