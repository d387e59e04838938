/* rules_menafn.c - MENAFN wire stories (menafn.com).
 *
 * Datelines "(MENAFN)", "(MENAFN- Daily News Egypt)", "(MENAFN - PR
 * Newswire)", "(MENAFN- Kuwait News Agency (KUNA))" (partner kept whole,
 * inner dashes and one level of parentheses included); the footer wire
 * id "MENAFN" DDMMYYYY 12 digits "ID" story id; the legal disclaimer and
 * its variants; page chrome.  The " date YYYY-MM-DD N" first line comes
 * from a scraper: the date is used, the rest kept in extra.header. */
#include "internal.h"
#include "rules.h"

static const nn_rule rules[] = {
    {.name = "scraper-header",
     .pattern = "date (\\d{4}-\\d{2}-\\d{2})(?: (.+))?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD,
     .fields = {NN_FLD_DATE, NN_FLD_EXTRA}, .keys = {NULL, "header"}},
    /* A partner's byline that names its agency, "By Elnur Baghishov –
     * Trend:" (Trend News Agency's form): on its own line, or opening the
     * first paragraph, right after the tag.  The dateline rule below
     * removes only the tag, and the rest of a line is not matched again,
     * so this rule takes the tag (when there is one) and the byline
     * together.  The name goes to authors; the agency is the provider.
     * The agency must end in ':' so that a sentence such as "By Friday -
     * Officials said" is not a byline. */
    {.name = "agency-byline",
     .pattern = "(?:\\(MENAFN(?: ?[-–—] ?((?:[^()]|\\([^()]{1,40}\\)){1,120}?))? ?"
                "\\) ?)?(?i:by) (\\p{Lu}[\\p{L}\\p{M}'’.\\-]+(?: \\p{Lu}"
                "[\\p{L}\\p{M}'’.\\-]+){1,3}) ?[-–—] ?\\p{Lu}[\\p{L}\\p{N}.]{1,30}"
                "(?: \\p{Lu}[\\p{L}\\p{N}.]{1,30}){0,3}: ?",
     .act = NN_ACT_PREFIX, .fields = {NN_FLD_PROVIDER, NN_FLD_AUTHORS}},
    {.name = "dateline",
     .pattern = "\\(MENAFN(?: ?[-–—] ?((?:[^()]|\\([^()]{1,40}\\)){1,120}?))? ?"
                "\\) ?",
     .act = NN_ACT_PREFIX, .fields = {NN_FLD_PROVIDER}},
    {.name = "wire-id",
     .pattern = "(MENAFN(\\d{8})\\d{12}ID(\\d{10}))$",
     .act = NN_ACT_FIELD,
     .fields = {NN_FLD_EXTRA, NN_FLD_DATE_DMY8, NN_FLD_EXTRA},
     .keys = {"wire_id", NULL, "story_id"}},
    {.name = "legal-disclaimer",
     .pattern = "(?i:legal disclaimer) ?:?",
     .act = NN_ACT_BLOCK,
     .until = ".*(?i:provider above|without warranty of any kind)[^.]*\\.?$",
     .span = 8},
    {.name = "legal-disclaimer",
     .pattern = "(?:.{0,80} )?(?i:provides the information) .{0,16}(?i:as "
                "is).{0,16} (?i:without warranty of any kind).*$",
     .act = NN_ACT_DROP, .need = "(?i)provides the information"},
    {.name = "legal-disclaimer",
     .pattern = "(?i:we do not accept any responsibility or liability for "
                "the accuracy|if you have any complaints or copyright issues "
                "related to this article|legality,? or reliability of the "
                "information contained in this article).*$",
     .act = NN_ACT_DROP},
    /* "Label" heads a footer field of the web page, as "Tags" and
     * "Category" do; "عربي" / "العربية" is the menu's link to the Arabic
     * edition */
    {.name = "page-chrome",
     .pattern = "(?:Share on Facebook|Tweet on Twitter|Share on LinkedIn|"
                "Tags|Label|Comments|No comments?|Category|Date|Market Research|"
                "Newsletter|Daily ?\\((?:English|Arabic)\\)|Press Release|"
                "MENAFN|Menafn|عربي|العربية)$",
     .act = NN_ACT_DROP},
    {.name = "more-stories",
     .pattern = "(?:More Stories|Most Read|Latest News|Related News)$",
     .act = NN_ACT_LIST},
};

/* The needs: most articles never name MENAFN, and one search for the name
 * (shared by the signals that spell it so) rules out three scans.  Its
 * last two letters are enough (every match holds them) and PCRE2 finds
 * them two times faster than the two spellings, and ten times faster than
 * "(?i)menafn".  The host is written as its tail and a look behind for
 * the rest (see the Moscow Times signals): scanned three times faster. */
#define NAMED "FN|fn"
static const nn_signal signals[] = {
    {"\\(MENAFN\\b", 10, NAMED},
    {"fn\\.com(?<=(menafn\\.com))", 10, NAMED},
    {"MENAFN\\d{20}ID\\d{10}", 10, NAMED},
    {"(?i:MENAFN provides the information)", 5,
     "(?i)provides the information"},
};

static const nn_urlid urlids[] = {
    {"menafn\\.com/(\\d{6,12})(?:/|$|\\?)", "story_id"},
    {"menafn\\.com/.*[?&](?i:storyid)=(\\w+)", "story_id"},
};

const nn_profile nn_profile_menafn = {
    .id = "menafn",
    .source = "MENAFN",
    .rules = rules,
    .nrules = NN_COUNT(rules),
    .signals = signals,
    .nsignals = NN_COUNT(signals),
    .threshold = 5,
    .urlids = urlids,
    .nurlids = NN_COUNT(urlids),
    .title_suffix = " [-|–—] (?i:MENAFN)(?:\\.com)?$",
    .url_cut = "\\?(?i:social)=on$",
};
