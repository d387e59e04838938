/* rules_generic.c - any other outlet: the common rules alone, the source
 * named from the URL's host, and the table of hosts we can name. */
#include "internal.h"
#include "rules.h"

const nn_profile nn_profile_generic = {
    .id = "generic",
    .source = NULL, /* from the URL's host */
};

/* Display names of well-known hosts (a subdomain matches too); other hosts
 * are shown as the bare host name. */
const nn_host nn_hosts[] = {
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
const size_t nn_hosts_len = NN_COUNT(nn_hosts);

/* Detection tries them in this order; generic is the fallback. */
const nn_profile *const nn_profiles[] = {
    &nn_profile_moscowtimes,
    &nn_profile_menafn,
    &nn_profile_text,
    &nn_profile_generic,
};
const size_t nn_profiles_len = NN_COUNT(nn_profiles);
