/* url.c - URLs: recognizing, repairing and naming their hosts. */
#include "internal.h"
#include "rules.h"
#include "url.h"

#include <string.h>
#include <strings.h>

int nn_url_char(unsigned char c)
{
    if (c >= 0x80) /* IRIs: non-ASCII slugs */
        return 1;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9'))
        return 1;
    return c && strchr("-._~:/?#[]@!$&'()*+,;=%", c) != NULL;
}

int nn_url_start(const char *s, size_t len)
{
    if (len >= 8 && !strncasecmp(s, "https://", 8))
        return 1;
    if (len >= 7 && !strncasecmp(s, "http://", 7))
        return 1;
    return len >= 4 && !strncasecmp(s, "www.", 4);
}

int nn_url_tokens(const char *s, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (s[i] != ' ' && !nn_url_char((unsigned char)s[i]))
            return 0;
    return len > 0;
}

void nn_url_join(const char *s, size_t len, nn_buf *out)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
            nn_buf_putc(out, s[i]);
}

/* Display names of well-known hosts (a subdomain matches too); other hosts
 * are shown as the bare host name. */
static const nn_host nn_hosts[] = {
    {"themoscowtimes.com", "The Moscow Times"},
    {"oldtmt.vedomosti.ru", "The Moscow Times"},
    {"menafn.com", "MENAFN"},
    {"reuters.com", "Reuters"},
    {"apnews.com", "AP News"},
    {"bbc.co.uk", "BBC"},
    {"bbc.com", "BBC"},
    {"theguardian.com", "The Guardian"},
    {"nytimes.com", "The New York Times"},
    {"washingtonpost.com", "The Washington Post"},
    {"aljazeera.com", "Al Jazeera"},
    {"cnn.com", "CNN"},
    {"dailynewsegypt.com", "Daily News Egypt"},
    {"theconversation.com", "The Conversation"},
    {"trend.az", "Trend News Agency"},
    {"tass.com", "TASS"},
    {"meduza.io", "Meduza"},
    {"rferl.org", "RFE/RL"},
    {"france24.com", "France 24"},
    {"dw.com", "DW"},
    {"euronews.com", "Euronews"},
    {"politico.eu", "Politico Europe"},
    {"politico.com", "Politico"},
    {"bloomberg.com", "Bloomberg"},
    {"ft.com", "Financial Times"},
    {"wsj.com", "The Wall Street Journal"},
    {"globenewswire.com", "GlobeNewswire"},
    {"prnewswire.com", "PR Newswire"},
    {"einpresswire.com", "EIN Presswire"},
};

/* The bytes of a host's first label that names no outlet, only a copy
 * of its site, with its dot: "www.", "www2.", "m.", "mobile.", "amp.",
 * "v3." ("v3.leaders.com.tn" is leaders.com.tn); 0 when it has none or
 * the rest has no dot (a domain of its own: "m.tt"). */
static size_t mirror_label(const char *h, size_t n)
{
    static const char *const words[] = {"www", "m", "mobile", "amp", NULL};
    /* a country's second level: "v3.co.uk" is V3's own domain */
    static const char *const seconds[] = {"co.",  "com.", "net.", "org.",
                                          "gov.", "ac.",  "edu.", "or.",
                                          "ne.",  "go.",  NULL};
    const char *const *w, *rest;
    size_t k = 0, l;
    while (k < n && h[k] != '.')
        k++;
    rest = h + k + 1;
    if (k == n || !memchr(rest, '.', n - k - 1))
        return 0;
    for (w = seconds; *w; w++) {
        size_t sl = strlen(*w), rl = n - k - 1;
        if (rl > sl && !strncasecmp(rest, *w, sl) &&
            !memchr(rest + sl, '.', rl - sl))
            return 0;
    }
    for (w = words; *w; w++) {
        l = strlen(*w);
        /* (a digit after "www": "www2") */
        if (k >= l && !strncasecmp(h, *w, l) &&
            (k == l || (k == l + 1 && l == 3 && (h[l] >= '0' && h[l] <= '9'))))
            return k + 1;
    }
    return k >= 2 && k <= 3 && (h[0] == 'v' || h[0] == 'V') &&
                   (h[1] >= '0' && h[1] <= '9') &&
                   (k == 2 || (h[2] >= '0' && h[2] <= '9'))
               ? k + 1
               : 0;
}

char *nn_url_source(const char *url)
{
    const char *h = strstr(url, "://"), *e;
    size_t n, k;
    char *host;

    h = h ? h + 3 : url;
    e = h + strcspn(h, "/?#:");
    if (e == h)
        return NULL;
    h += mirror_label(h, (size_t)(e - h));
    n = (size_t)(e - h);
    for (k = 0; k < NN_COUNT(nn_hosts); k++) {
        size_t hl = strlen(nn_hosts[k].host);
        /* the host itself or a subdomain of it */
        if (n >= hl && !strncasecmp(e - hl, nn_hosts[k].host, hl) &&
            (n == hl || e[-(long)hl - 1] == '.'))
            return nn_xstrdup(nn_hosts[k].name);
    }
    host = nn_xstrndup(h, n);
    for (k = 0; k < n; k++)
        if (host[k] >= 'A' && host[k] <= 'Z')
            host[k] = (char)(host[k] - 'A' + 'a');
    return host;
}
