/* rules_common.c - rules every profile uses, after its own.
 *
 * Each line reaches the rules cleaned: tags removed, entities decoded,
 * white space collapsed to single spaces, trimmed, NFC.  Patterns are
 * anchored at the line start; the first rule whose pattern matches and
 * whose conditions hold wins.  Phrases come from public scraper projects
 * and the outlets' pages (shared/FORMATS.md, "Any outlet"). */
#include "internal.h"
#include "rules.h"

#define DATE NN_RE_DATE

/* Words that may stand between capitalized name parts in a byline. */
/* (Not "and": it is a separator, and a word that could be both would make
 * the pattern backtrack exponentially on lines that fail.) */
#define PARTICLE "(?:de|da|di|du|del|der|den|van|von|bin|ibn|al|el|la|le|y|of|the|for)"
#define NAMEWORD "(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|" PARTICLE ")"
#define NAMES                                                               \
    "(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:,? (?:and |& )?" NAMEWORD "){0,20})"

/* Who contributed reporting: agencies and names, capitalized words
 * joined by commas, "and", "&" ("AFP and Reuters", "CNN's Jane Doe", "The
 * Associated Press"), not a sentence ("More than 40 scientists ..."). */
#define CWORD "(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&\\-]*|of|the|de|van|von)"
#define CREDITORS "(" CWORD "(?:,? (?:and |& )?" CWORD "){0,10})"

/* A photo credit: "Igor Ivanko / Kommersant", "Russian Foreign Ministry",
 * "Kremlin.ru", "President Of Ukraine / flickr". */
#define CREDIT                                                              \
    "((?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\p{N}'’.&\\-]*"                          \
    "(?: (?:of|the|and|for|de|\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&\\-]*)){0,6}"   \
    "(?: ?/ ?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.& \\-]{0,40})?"             \
    "[\\p{L}\\p{N})])"

/* A lookahead that the line ends in a letter, digit or ')', as a credit
 * does: it fails at once on the other lines. */
#define LAST_ALNUM "(?=.*+(?<=[\\p{L}\\p{N})]))"

const nn_rule nn_rules_common[] = {
    /* -- header zone: title, date, byline, lead photo caption -------- */
    {.name = "related-article",
     .pattern = "(?:#{1,6} )?(?i:related(?: articles?| stor(?:y|ies)| "
                "content| news| coverage| reading| links?)?) ?: ?(.+)$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_RELATED}},
    /* "Read also: ..." links inside the text, in the languages of world
     * news: the linked story, not the article */
    {.name = "related-article",
     .pattern = "(?:#{1,6} )?(?i:read also|also read|read more|see also|"
                "baca juga|lihat juga|читайте также|читайте також|"
                "читайте тоже|смотрите также|lire aussi|à lire aussi|"
                "voir aussi|leia também|leia mais|lea también|lee también|"
                "leer más|leggi anche|ayrıca okuyun|ayrıca bakınız|"
                "lesen sie auch|mehr zum thema|اقرأ أيضا|اقرأ أيضاً|"
                "بیشتر بخوانید) ?: ?(.{3,300})$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_RELATED}},
    {.name = "credits",
     .pattern = "(?:#{1,6} )?" CREDITORS " (?:also )?(?i:contributed "
                "(?:reporting|to (?:this|the) (?:report|story|article)))"
                "(?: (?:from|in) [^.]{1,60})?\\.?$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_CREDITS},
     .need = "(?i)tributed"},
    {.name = "reporting-by",
     .pattern = "\\(?((?i:additional reporting|reporting|writing|editing|"
                "compiled|produced) by [^()]{2,250}?)\\)?\\.?$",
     .act = NN_ACT_FIELD, .when = NN_BODY, .fields = {NN_FLD_CREDITS}},
    {.name = "title-heading",
     .pattern = "#{1,6} (.+?)(?: #+)?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE,
     .fields = {NN_FLD_TITLE}},
    {.name = "meta-title",
     .pattern = "(?i:title) ?: ?(.{2,400})$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE,
     .fields = {NN_FLD_TITLE}},
    /* a scraper's YAML-like front matter (trafilatura, Firecrawl) */
    {.name = "front-matter-site",
     .pattern = "(?i:sitename|site_name|site) ?: ?(.{2,120})$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE,
     .fields = {NN_FLD_SOURCE}},
    {.name = "front-matter-description",
     .pattern = "(?i:description|excerpt|summary) ?: ?(.{2,1000})$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_EXTRA},
     .keys = {"description"}},
    {.name = "front-matter",
     .pattern = "(?i:hostname|categories|fingerprint|id|license|image|"
                "pagetype|filedate|language|lang|source-hostname|"
                "favicon|og:[a-z_:]+|keywords) ?: ?.{0,2000}$",
     .act = NN_ACT_DROP, .when = NN_HEAD},
    {.name = "scraper-header",
     .pattern = "(?i:markdown content|html content|content) ?:$",
     .act = NN_ACT_DROP, .when = NN_HEAD},
    {.name = "date-line",
     .pattern = "(?:(?i:updated|published|posted|last updated|last modified|"
                "published time|date|dated)(?: on)?:? )?" NN_RE_DATE_ONLY
                "(?: ?[,·•|]? ?(?i:updated|last updated):? [^.]{1,40})?\\.?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_DATE}},
    {.name = "time-date-line",
     .pattern = "(?i:updated|published|posted)(?: on)?:? "
                "(\\d{1,2}[:.]\\d{2}(?: ?(?i:[ap]\\.?m\\.?))?(?: [A-Z]{1,4})?,? "
                "(?:" NN_RE_MONTH " \\d{1,2},? \\d{4}|\\d{1,2} " NN_RE_MONTH
                ",? \\d{4}))\\.?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_DATE}},
    {.name = "date-reading-time",
     .pattern = "(?:(?i:updated|published|posted)(?: on)?:? )?" NN_RE_DATE_ONLY
                " ?[·•|-] ?\\d{1,3} (?i:min(?:ute)?s?(?: read)?)$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_DATE}},
    {.name = "byline-date",
     /* every date has a digit: the lookahead fails at once on lines
      * without one, before NAMES walks their capitalized words */
     .pattern = "(?=\\D*+\\d)(?:(?i:by):? )?" NAMES " ?[-–—|,] ?(?:(?i:updated|published|"
                "posted)(?: on)?:? )?" DATE,
     .act = NN_ACT_FIELD, .when = NN_HEAD,
     .fields = {NN_FLD_AUTHORS, NN_FLD_DATE}},
    {.name = "posted-by",
     .pattern = "(?i:posted|published|updated)(?: on)?:? " NN_RE_DATE_ONLY
                ",? (?i:by) " NAMES "(?: ?[·•|] ?.{0,80})?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD,
     .fields = {NN_FLD_DATE, NN_FLD_AUTHORS}},
    {.name = "byline-place",
     .pattern = "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}'’.\\-]+){1,3}) (?:at|in) "
                "\\p{Lu}[\\p{L} ]{1,50}$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE | NN_TITLED,
     .fields = {NN_FLD_AUTHORS}},
    {.name = "byline",
     .pattern = "(?i:by|written by|words by|story by|text by|reviewed by|"
                "interview by|analysis by):? " NAMES
                "(?:,? (?:\\p{Ll}[\\p{Ll} ]{1,40}))?(?: ?[·•|—–] ?.{0,120})?$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_AUTHORS}},
    {.name = "author-label",
     .pattern = "(?i:authors?|byline|reporter|written by|autor|autora|"
                "autores|auteur|auteurs|autore|penulis|yazar|muhabir|"
                "автор|авторы|кто написал|نویسنده|كتب|كتبت|بقلم) ?: ?"
                "([^()]{2,200}?)(?: \\(([^()]{1,60})\\))?$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_AUTHORS, NN_FLD_EXTRA},
     .keys = {NULL, "author_affiliation"}},
    /* the site's name as its logo prints it ("News.Az"), anywhere on
     * the page; the source when nothing names it better */
    {.name = "site-name",
     .pattern = "((?i:(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,12}))$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_SITE}},
    {.name = "source-label",
     .pattern = "(?i:source) ?: ?(\\p{Lu}[\\p{L}\\p{N}&.' -]{0,40}[\\p{L}\\p{N}])$",
     .act = NN_ACT_FIELD, .when = NN_HEAD, .fields = {NN_FLD_SITE}},
    /* The lookahead fails at once on lines that cannot end in a credit
     * (most end in a full stop); without it the line is walked from each
     * full stop on. */
    {.name = "photo-caption",
     .pattern = LAST_ALNUM "(.{8,400}?[.!?’”\"»]) (?i:photo(?:graph)?s?|image|picture|"
                "illustration|credit)(?: courtesy(?: of)?| by)?:? (?:the )?"
                CREDIT "$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE | NN_TITLED,
     .fields = {NN_FLD_CAPTION, NN_FLD_CREDIT}},
    {.name = "caption",
     .pattern = LAST_ALNUM "(.{8,400}[\\p{L}\\p{N})\\]’”\"»]\\.[’”\"»]?) " CREDIT "$",
     .act = NN_ACT_FIELD, .when = NN_HEAD | NN_ONCE | NN_TITLED,
     .need = "\\.[’”\"»]? ",
     .fields = {NN_FLD_CAPTION, NN_FLD_CREDIT}},

    /* -- the article's own URL ---------------------------------------- */
    {.name = "original-url",
     .pattern = "(?i:original url|original link|source url|article url|"
                "url source|url|link|permalink|canonical(?: url)?|source) ?: ?"
                "((?:https?://|www\\.)\\S.*)?$",
     .act = NN_ACT_LABEL, .fields = {NN_FLD_URL}},
    {.name = "bare-url",
     .pattern = "((?i:https?://|www\\.)[^\\s/]+/\\S+)$",
     .act = NN_ACT_FIELD, .when = NN_ONCE, .fields = {NN_FLD_URL}},
    {.name = "url-debris",
     .pattern = "(?i:https?://|www\\.)\\S+$",
     .act = NN_ACT_DROP},

    /* -- page chrome --------------------------------------------------- */
    {.name = "related-heading",
     .pattern = "(?:#{1,6} )?(?i:related (?:articles|stories|content|news|"
                "coverage|posts|topics)|recommended(?: stories| articles| for "
                "you| reading)?|you (?:might|may) also (?:like|be interested "
                "in)|more (?:stories|news|from [^.]{1,40}|on this(?: "
                "story| topic)?)|trending(?: articles| stories| now)?|most "
                "(?:read|popular|viewed|shared)|also read|read next|what to "
                "read next|editor'?s? picks|top stories|latest(?: news| "
                "stories)?|just in)\\s*:?$",
     .act = NN_ACT_LIST},
    {.name = "share-prompt",
     .pattern = "(?i:share(?: this(?: article| story| post| page)?| on "
                "(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|"
                "reddit|pinterest))?|tweet(?: on twitter| this)?|email(?: "
                "this)?|print(?: this)?|copy link|facebook|twitter|x|"
                "linkedin|whatsapp|telegram|reddit|pinterest|flipboard)"
                "\\s*:?$",
     .act = NN_ACT_DROP},
    {.name = "follow-prompt",
     .pattern = "(?i:follow us|find us|join us|like us|connect with us)"
                "(?: on [^.]{1,60})?[.!]?$",
     .act = NN_ACT_DROP},
    {.name = "advertisement",
     .pattern = "(?i:advertisement|advertising|ad|sponsored(?: content)?|"
                "promoted(?: content)?|story continues below(?: "
                "advertisement)?|scroll to continue(?: with content)?|"
                "continue reading(?: below)?|article continues (?:below|"
                "after advertisement))\\s*:?$",
     .act = NN_ACT_DROP},
    {.name = "image-widget",
     .pattern = "(?i:view image in full screen|view (?:full|larger) image|"
                "click (?:here )?to enlarge|enlarge (?:this )?image|open "
                "(?:image )?in (?:the )?gallery|view gallery|expand image)"
                "\\s*$",
     .act = NN_ACT_DROP},
    {.name = "navigation",
     .pattern = "(?i:skip to (?:main )?content|skip to navigation|back to "
                "top|jump to comments|toggle navigation|main menu|menu|"
                "search|home|close|open in app)$",
     .act = NN_ACT_DROP},
    {.name = "newsletter-prompt",
     .pattern = "(?i:enter your e-?mail(?: address)?|your e-?mail(?: "
                "address)?|subscribe(?: to (?:our|the) [^.]{1,60})?|subscribe "
                "(?:now|today)|sign up (?:for|to) [^.]{1,120}|get (?:our|the) "
                "[^.]{0,60}newsletter[^.]{0,60}|newsletter)[.!]?$",
     .act = NN_ACT_DROP},
    {.name = "read-more",
     .pattern = "(?i:read more|click here(?: to [^.]{1,80})?|see also|"
                "load more|view comments|show comments|comments?|no "
                "comments?|\\d+ comments?|leave a (?:comment|reply)|"
                "continue reading)\\s*[:»›>]?$",
     .act = NN_ACT_DROP},
    {.name = "cookie-notice",
     .pattern = "(?i:this (?:website|site) uses cookies|we use cookies|"
                "by (?:using|continuing to use) this (?:website|site)|"
                "accept(?: all)?(?: cookies)?$|reject all$|manage "
                "(?:cookies|preferences|settings)$|cookie (?:settings|policy|"
                "preferences)$).{0,400}$",
     .act = NN_ACT_DROP},
    {.name = "script-notice",
     .pattern = "(?i:please enable javascript|javascript is (?:disabled|"
                "required)|you need to enable javascript|loading\\.{0,3}$|"
                "video player is loading|this video (?:is|has been) "
                "(?:unavailable|removed)).{0,300}$",
     .act = NN_ACT_DROP},
    /* The copyright line names the page's owner: the source when neither
     * the profile nor a URL names one ("© 2024 News.Az", "Copyright ©
     * 2025 The Example Post. All rights reserved."). */
    {.name = "site-footer",
     .pattern = "(?:(?:(?i:copyright) ?)?(?:©|\\(c\\)) ?"
                "(?:(?:19|20)\\d{2}(?: ?[-–] ?(?:19|20)\\d{2})?,? )?|"
                "(?i:copyright) (?:19|20)\\d{2}(?: ?[-–] ?(?:19|20)\\d{2})?,? )"
                "(?:(?i:by) )?(\\p{Lu}[\\p{L}\\p{N}&.'’ -]{0,50}?[\\p{L}\\p{N}])"
                "(?:[.,|:–-](?: .{0,200})?| (?i:all rights reserved).{0,200})?$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_OWNER}},
    /* One rule in three parts, so that the part that scans the line is
     * tried only on lines that hold its phrase (nn_rule.need). */
    {.name = "site-footer",
     .pattern = "(?:(?:©|\\(c\\)|(?i:copyright) (?:©|\\(c\\))).{0,200}|"
                "(?i:copyright) \\d{4}\\b.{0,200})$",
     .act = NN_ACT_DROP},
    {.name = "site-footer",
     .pattern = ".{0,160}(?i:all rights reserved)\\.?.{0,100}$",
     .act = NN_ACT_DROP, .need = "(?i)rights reserved"},
    {.name = "site-footer",
     .pattern = "(?i:powered by [^.]{1,60}|privacy policy|terms of (?:use|"
                "service)|terms (?:&|and) conditions|contact us|about us)$",
     .act = NN_ACT_DROP},
    {.name = "tags",
     .pattern = "(?i:filed under|tags|topics|categories|posted in) ?: "
                "?(.{1,300})$",
     .act = NN_ACT_FIELD, .fields = {NN_FLD_EXTRA}, .keys = {"tags"}},
    /* an aggregator's note on a syndicated story */
    {.name = "syndication-note",
     .pattern = "\\(?(?i:this (?:story|article|report) (?:has not been|was not|"
                "is not) edited by|this is an auto-generated|(?:this story|"
                "this article) (?:is|was) (?:auto-generated|published) from "
                "(?:a|an) (?:syndicated|wire|agency) feed).{0,300}$",
     .act = NN_ACT_DROP},
    {.name = "print-edition",
     .pattern = "(?i:(?:this article )?appeared in the .{0,60}print edition|"
                "a version of this (?:article|story) (?:appears|appeared) in "
                "print).{0,300}$",
     .act = NN_ACT_DROP, .when = NN_BODY},
    {.name = "contact-line",
     .pattern = "(?i:write to|to contact the (?:author|reporter|writer)s?|"
                "contact the (?:author|reporter|writer)|reach (?:him|her|them)"
                " at|e-?mail (?:him|her|them) at) .{0,200}@.{0,200}$",
     .act = NN_ACT_DROP, .when = NN_BODY},
    {.name = "comments-notice",
     .pattern = "(?i:notice about comments|comments? policy|commenting "
                "policy|comments are (?:closed|moderated)|your email address "
                "will not be published).{0,800}$",
     .act = NN_ACT_DROP},
    /* in three parts for their needs, as site-footer */
    {.name = "donation-appeal",
     .pattern = ".{0,400}(?i:please consider (?:making a (?:donation|"
                "contribution)|donating|supporting us|a (?:donation|"
                "contribution)))\\b.{0,400}$",
     .act = NN_ACT_DROP, .when = NN_BODY, .need = "(?i)please consider"},
    {.name = "donation-appeal",
     .pattern = ".{0,400}(?i:donate (?:now|today))\\b.{0,400}$",
     .act = NN_ACT_DROP, .when = NN_BODY, .need = "(?i)donate"},
    {.name = "donation-appeal",
     .pattern = ".{0,400}(?i:become a (?:member|supporter|patron) "
                "(?:today|now))\\b.{0,400}$",
     .act = NN_ACT_DROP, .when = NN_BODY,
     .need = "(?i)a (?:member|supporter|patron)"},
    {.name = "affiliate-notice",
     .pattern = "(?i:this (?:post|article|page|story) (?:may )?contains? "
                "affiliate links).{0,400}$",
     .act = NN_ACT_DROP},
    {.name = "social-prompt",
     .pattern = "(?i:did you (?:make|try|bake|cook) this(?: recipe)?\\?).{0,300}$",
     .act = NN_ACT_DROP},
    {.name = "disclosure",
     .pattern = "(?i:disclosure) ?:.{0,800}$",
     .act = NN_ACT_DROP},
    {.name = "page-number",
     .pattern = "(?:(?i:page) )?\\d{1,4}(?: (?i:of|/) \\d{1,4})?$",
     .act = NN_ACT_DROP},

    /* "(Updated Monday, Feb. 24, 4:50 p.m.) A Moscow court ...": an
     * update note before the text */
    {.name = "update-note",
     .pattern = "\\((?i:updated?|update|updates|corrected|correction|corrects|"
                "adds|recasts|refiles|repeats|changes|rewrites)\\b[^()]{0,80}\\) ?",
     .act = NN_ACT_PREFIX},

    /* -- markup kept as text ------------------------------------------- */
    {.name = "heading-markup",
     .pattern = "#{1,6} (?=\\S)",
     .act = NN_ACT_PREFIX},
};

const size_t nn_rules_common_len = NN_COUNT(nn_rules_common);
