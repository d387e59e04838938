/* rules_moscowtimes.c - The Moscow Times (themoscowtimes.com).
 *
 * Covers the site's PDF view (the only place that prints "Related article:"
 * lines and "April 08, 2025" dates; PDF debris such as running headers and
 * page numbers) and its web pages (support banner, section label, "Read
 * more about:" tags, the newsletter block, the donation appeal, the "Read
 * more" list).  See shared/FORMATS.md. */
#include "internal.h"
#include "rules.h"

static const nn_rule rules[] = {
    /* the 2014-2017 site: an appeal in the article's place, from its
     * opening line through its button; the paragraphs between are the
     * appeal's own words and vary, so the block is bounded by the button
     * rather than matched line by line.  Only openings that never stand
     * alone as a banner: "Now is the time to support ..." heads the page
     * above the headline, followed by a button too (support-banner). */
    {.name = "donation-appeal",
     .pattern = "(?:Independent journalism isn'?’?t dead.*|(?:…|\\.\\.\\.)? ?"
                "we have a small favor to ask\\.?)$",
     .act = NN_ACT_BLOCK,
     .until = "(?i:support the moscow times!?|contribute today[.!]?|"
              "support us|continue|maybe later\\.?|.*remind me later\\.?)$",
     .span = 12},
    {.name = "support-banner",
     .pattern = "(?i:support the moscow times!?|contribute today[.!]?|"
                "support us|now is the time to support independent "
                "reporting from russia!?)$",
     .act = NN_ACT_DROP},
    /* the 2024 ad-free banner above the headline */
    {.name = "support-banner",
     .pattern = "(?:×|Enjoying ad-free content\\?|Since July 1, 2024, we have "
                "disabled all ads.*|This commitment costs us .*|Our "
                "journalism is banned in Russia\\..*)$",
     .act = NN_ACT_DROP},
    /* the 2009-2016 site: letters notice, browser notifications */
    {.name = "letters-notice",
     .pattern = "(?:To Our Readers|The Moscow Times welcomes letters to the "
                "editor\\..*|Letters to the editor should be sent .*|Email "
                "the Opinion Page Editor|Get the latest updates as we post "
                "them.{0,40})$",
     .act = NN_ACT_DROP},
    {.name = "section-label",
     .pattern = "(News|News Analysis|Analysis|Opinion|Feature|Features|"
                "Ukraine War|Liveblog|Live|Partner Content|Business|"
                "Arts and Life|Arts & Life|Podcast|Podcasts|Interview|"
                "Explainer|Russian Media Review|The Moscow Times' Podcast)$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_EXTRA},
     .keys = {"section"}},
    {.name = "running-header",
     .pattern = "(?i:the moscow times|(?:https?://)?(?:www\\.)?"
                "themoscowtimes\\.com/?)$",
     .act = NN_ACT_DROP},
    /* the appeal as a block, from any of its openings to its buttons */
    {.name = "donation-appeal",
     .pattern = "(?:(?i:a message from the moscow times) ?:?|Dear readers,?|"
                "Russia media is under attack\\..*|We are facing "
                "unprecedented challenges\\..*|The Moscow Times (?:has been|"
                "was) (?:unjustly )?(?:branded|designated) as an? .*)$",
     .act = NN_ACT_BLOCK,
     .until = ".*(?i:remind me later|maybe later)\\.?$", .span = 40},
    {.name = "donation-appeal",
     .pattern = "(?:Dear readers,?|We are facing unprecedented challenges\\. "
                ".*|These actions are direct attempts to silence independent "
                "journalism.*|We, the journalists of The Moscow Times, "
                "refuse to be silenced.*|Once|Monthly|Annual|Continue|"
                "Not ready to support today\\?.*|Remind me later\\.?|"
                "(?:…|\\.\\.\\.)? ?we have a small favor to ask\\.?|"
                "(?i:a message from the moscow times) ?:?|"
                "As you may have heard, The Moscow Times.*|"
                "Your support, no matter how small, makes a world of "
                "difference.*|Independent journalism isn'?’?t dead.*|"
                "Maybe later\\.?|Russia media is under attack\\..*|"
                "The Moscow Times (?:has been|was) (?:unjustly )?(?:branded|"
                "designated) as an? [\"“](?:foreign agent|undesirable)"
                "[\"”].*|By providing (?:your|even a small) (?:support|"
                "donation).*|Support independent journalism.*)$",
     .act = NN_ACT_DROP},
    {.name = "tags",
     .pattern = "(?i:read more about) ?:? ?(.+)$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_EXTRA}, .keys = {"tags"}},
    /* the 2014-2017 site: a link to another story between two
     * paragraphs, "Read More: <headline>"; the web page's form of the
     * PDF view's "Related article: <headline>" (not "Read more about:",
     * the tags, above; not "Read more" alone, the list below) */
    {.name = "related-article",
     .pattern = "(?i:read more): ?(\\p{Lu}.{1,200})$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_RELATED}},
    /* the 2014-2017 site's market ticker at the top of every page:
     * "USD 63.82 ▲", "EUR 70.51 ▼", "Brent 45.2" */
    {.name = "ticker",
     .pattern = "(?:USD|EUR|GBP|CNY|Brent|Urals|WTI|MICEX|RTS|MOEX)"
                "(?: ?/ ?RUB)? \\d{1,6}(?:[.,]\\d{1,4})? ?[▲▼]?"
                "(?: ?[+\\-−]?\\d{1,3}(?:[.,]\\d{1,4})? ?%)?$",
     .act = NN_ACT_DROP},
    /* the 2014-2017 site: the lead photo's credit alone on its line
     * under the headline, "Maxim Stulov / Vedomosti" (no caption) */
    {.name = "photo-credit",
     .pattern = "(\\p{Lu}[\\p{L}\\p{M}'’.\\-]+(?: \\p{Lu}[\\p{L}\\p{M}'’.\\-]+){0,3}"
                " / \\p{Lu}[\\p{L}\\p{M}\\p{N}'’.& \\-]{0,40}[\\p{L}\\p{N}])$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE | NN_TITLED,
     .fields = {NN_FLD_CREDIT}},
    {.name = "newsletter",
     .pattern = "(?:Sign up for our free (?:weekly|daily) newsletters?[.!]?|"
                "Our (?:weekly|daily) newsletter contains .*|Subscribers "
                "agree to the Privacy Policy.*)$",
     .act = NN_ACT_DROP},
    {.name = "opinion-disclaimer",
     .pattern = "The views expressed in opinion pieces do not necessarily "
                "reflect the position of The Moscow Times\\.?$",
     .act = NN_ACT_DROP},
    {.name = "read-more-list",
     .pattern = "(?:Read more|Most read|Just in)$",
     .act = NN_ACT_LIST},
    {.name = "read-more-item",
     .pattern = "\\d+ (?i:min read)$",
     .act = NN_ACT_DROP},
};

/* Detection: the host outweighs everything; the PDF layout (a "## "
 * heading followed by a "Month DD, YYYY" line) and "Related article:"
 * lines only print on this site's PDF view. */
/* The phrases are written as their tails and a look behind for the rest
 * (in a group: where the match starts, see nn_signal): PCRE2 scans for the
 * first characters of a pattern, and "th", "Th" or "support"/"a message"
 * in any case start too many words to skip fast.  "wtimes.com" is scanned
 * about four times faster than "themoscowtimes.com", the case-insensitive
 * name twenty times faster than the two appeals.  The appeal's need: most
 * articles do not name the paper at all. */
static const nn_signal signals[] = {
    {"wtimes\\.com(?<=(themoscowtimes\\.com))", 10, NULL},
    /* the site's address until 2016 */
    {"oldtmt\\.vedomosti\\.ru", 10, NULL},
    {"^#{1,3} (?i:related article):", 2, NULL},
    /* the 2014-2017 site's market ticker at the top of the page ("USD
     * 63.82 ▲" / "EUR 70.51 ▼"), often behind a corpus header on the same
     * line: a web-text scrape of that site has no URL, and without the
     * support button it names the paper once or twice only.  Not enough
     * alone (other Russian sites print tickers): one mention of the name
     * with it is. */
    {"USD \\d{2,3}[.,]\\d{1,4} ?[▲▼]?[ \\t]*\\r?\\n[ \\t]*EUR \\d{2,3}[.,]"
     "\\d{1,4}", 3, NULL},
    {"^## .+\\n(?:[ \\t]*\\n)*(?:January|February|March|April|May|June|July|"
     "August|September|October|November|December) \\d{2}, \\d{4}[ \\t]*$",
     2, NULL},
    {"(?i)moscow times(?<=(support the moscow times)|"
     "(a message from the moscow times))", 5, "(?i:cow times)"},
    {"Moscow Times(?<=(The Moscow Times))", 1, NULL},
};

static const nn_urlid urlids[] = {
    {"themoscowtimes\\.com/.*-(a\\d+)(?:/pdf)?/?(?:[?#].*)?$", "article_id"},
    {"themoscowtimes\\.com/live/(\\d+)", "live_id"},
};

const nn_profile nn_profile_moscowtimes = {
    .id = "moscowtimes",
    .source = "The Moscow Times",
    .rules = rules,
    .nrules = NN_COUNT(rules),
    .signals = signals,
    .nsignals = NN_COUNT(signals),
    .threshold = 4, /* more than three mentions of the name alone */
    .urlids = urlids,
    .nurlids = NN_COUNT(urlids),
    .title_suffix = " [-|–—] The Moscow Times$",
    .url_cut = "/pdf/?$",
};
