/* rules.h - outlets as data: the rule, signal and profile tables
 * (rules_*.c) and the rule engine that matches them (rules.c).  The
 * engine's compiled state (nn_ruleset) is opaque: only rules.c sees
 * PCRE2. */
#ifndef NN_RULES_H
#define NN_RULES_H

#include "date.h"
#include "internal.h"

/* A date as nn_date_parse accepts it, for rule patterns (one capture
 * group; the rule engine validates it with nn_date_parse). */
#define NN_RE_MONTH                                                         \
    "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"       \
    "july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"     \
    "dec(?:ember)?)\\.?"
#define NN_RE_WEEKDAY "(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? )?"
#define NN_RE_TIME                                                          \
    "(?:(?:,? | ?[|•-] ?|T)(?i:at )?\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?" \
    "(?: ?(?i:[ap]\\.?m\\.?))?"                                             \
    "(?: ?(?:[A-Z]{1,4}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?)?"
#define NN_RE_DATE_ONLY                                                     \
    "(" NN_RE_WEEKDAY "(?:" NN_RE_MONTH " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|" \
    "\\d{1,2}(?:st|nd|rd|th)? " NN_RE_MONTH ",? \\d{4}|"                    \
    "\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})"   \
    NN_RE_TIME ")"
#define NN_RE_DATE NN_RE_DATE_ONLY "\\.?$"

enum nn_act {
    NN_ACT_DROP,   /* remove the line */
    NN_ACT_FIELD,  /* remove the line; capture groups go to fields */
    NN_ACT_PREFIX, /* remove the matched text only; the rest stays */
    NN_ACT_BLOCK,  /* remove through the first line matching `until` */
    NN_ACT_LABEL,  /* "Label:" whose value is on this or the next line */
    NN_ACT_LIST,   /* a list heading ("More Stories"): in the body, it and
                      the short headline-like lines after it go */
};

enum nn_fld {
    NN_FLD_NONE,
    NN_FLD_TITLE,
    NN_FLD_DATE,
    NN_FLD_DATE_DMY8, /* DDMMYYYY; used only when no other date is found */
    NN_FLD_AUTHORS,
    NN_FLD_CREDITS,
    NN_FLD_RELATED,
    NN_FLD_URL,
    NN_FLD_PROVIDER,
    NN_FLD_CAPTION,
    NN_FLD_CREDIT,
    NN_FLD_EXTRA,
    NN_FLD_SOURCE,
    NN_FLD_SITE, /* a name the page prints for itself: the source when
                    neither the profile nor the URL names one */
    NN_FLD_OWNER, /* the owner its copyright line names: before SITE */
    NN_FLD_COUNT
};

/* When a rule applies (bits of nn_rule.when). */
#define NN_HEAD 1u       /* only before the first body line */
#define NN_BODY 2u       /* only after the first body line */
#define NN_ONCE 4u       /* only while its first field is still unset */
#define NN_TITLED 8u     /* only once a title is known */
#define NN_GUESS 16u     /* the field is a guess: say so in warnings */

#define NN_MAX_GROUPS 3

typedef struct nn_rule {
    const char *name;    /* shown by --explain and --stats */
    const char *pattern; /* PCRE2 (UTF, UCP), anchored at the line start */
    enum nn_act act;
    unsigned when;
    enum nn_fld fields[NN_MAX_GROUPS]; /* targets of groups 1..3 */
    const char *keys[NN_MAX_GROUPS];   /* extra keys, for NN_FLD_EXTRA */
    const char *until;   /* NN_ACT_BLOCK: pattern of the block's last line */
    unsigned span;       /* NN_ACT_BLOCK: how many lines to look ahead */
    unsigned line;       /* only on this input line (1-based); 0: any */
    /* Optional, for speed only: a pattern found within the line wherever
     * `pattern` matches it (a literal the rule cannot match without, such
     * as "rights reserved" in ".{0,160}all rights reserved").  On lines
     * without it the rule is left out of the alternation.  A rule that
     * scans the line (".{0,400}x") costs every line its length in the
     * alternation, where PCRE2 cannot skip ahead; its need is searched
     * alone, where PCRE2 can.  It must not change what matches: no
     * anchors, lookarounds or \b (it is searched in the whole text), and
     * nothing that crosses a line end. */
    const char *need;
} nn_rule;

/* A detection signal: every match of pattern in the text adds weight (at
 * most three matches count, and they do not overlap).  A phrase may be
 * written as its tail and a look behind for the whole, with the whole in a
 * capture group ("times\\.com(?<=(moscowtimes\\.com))"), so that PCRE2
 * scans for the tail: the match then counts as starting where its earliest
 * group does, and one that starts inside the last match counted is passed
 * over, as the plain phrase would be.
 * need (optional) is a cheaper pattern that matches within every match of
 * pattern: where it is not found, pattern is not searched (a speed-up for
 * patterns that PCRE2 cannot scan for quickly, such as a case-insensitive
 * alternation; it must not change any count). */
typedef struct nn_signal {
    const char *pattern;
    int weight;
    const char *need;
} nn_signal;

/* An identifier recovered from the article URL into extra[key]. */
typedef struct nn_urlid {
    const char *pattern; /* group 1 is the id */
    const char *key;
} nn_urlid;

typedef struct nn_profile {
    const char *id;          /* "moscowtimes" */
    const char *source;      /* "The Moscow Times"; NULL: from the URL */
    const nn_rule *rules;    /* tried before the common rules */
    size_t nrules;
    const nn_signal *signals;
    size_t nsignals;
    int threshold;           /* score needed to pick this profile */
    const nn_urlid *urlids;
    size_t nurlids;
    const char *title_suffix; /* pattern cut from the end of titles */
    const char *url_cut;      /* pattern cut from URLs: view suffixes,
                                 tracking queries */
    int plain;                /* input is already clean text (newsnorm's
                                 own text output): no HTML, no mojibake
                                 repair, no common rules, no guessing */
} nn_profile;

/* A known host and its publication's display name. */
typedef struct nn_host {
    const char *host;
    const char *name;
} nn_host;

extern const nn_profile nn_profile_moscowtimes;
extern const nn_profile nn_profile_menafn;
extern const nn_profile nn_profile_generic;
extern const nn_profile nn_profile_text;
extern const nn_rule nn_rules_common[];
extern const size_t nn_rules_common_len;
extern const nn_host nn_hosts[];
extern const size_t nn_hosts_len;
/* All profiles, generic last. */
extern const nn_profile *const nn_profiles[];
extern const size_t nn_profiles_len;

/* A profile's rules compiled into one alternation (rules.c). */
typedef struct nn_ruleset nn_ruleset;

typedef struct nn_match_state {
    int in_body;       /* the first body line has been seen */
    size_t lineno;     /* the line's number in the input, 1-based */
    int title_guess;   /* the title is a guess (a plain first line): a
                          heading may still replace it */
    unsigned set;      /* bit (1 << nn_fld) for every field already set */
    /* The line `ahead` lines after the current one (1: the next); returns
     * 0 past the end.  Lets NN_ACT_BLOCK rules look for their last line. */
    int (*ahead)(void *ctx, size_t ahead, const char **s, size_t *len);
    void *ctx;
} nn_match_state;

typedef struct nn_match {
    int rule;           /* index into the ruleset, -1: no rule matched */
    const nn_rule *r;
    size_t start, end;  /* the whole match */
    size_t gstart[NN_MAX_GROUPS], gend[NN_MAX_GROUPS]; /* SIZE_MAX: unset */
    size_t block;       /* NN_ACT_BLOCK: lines after this one it covers */
    char date[NN_DATE_MAX]; /* NN_FLD_DATE in group 1: the parsed date */
} nn_match;

nn_ruleset *nn_ruleset_new(const nn_profile *p, char *err, size_t errlen);
/* Another ruleset on rs's compiled tables, for another thread: the tables
 * (and the variants compiled on first use) are made once and shared, each
 * ruleset has its own match state.  Any of them may be freed first; the
 * last one frees the tables.  A ruleset is used by one thread at a time. */
nn_ruleset *nn_ruleset_share(nn_ruleset *rs);
void nn_ruleset_free(nn_ruleset *rs);
const nn_profile *nn_ruleset_profile(const nn_ruleset *rs);
size_t nn_ruleset_len(const nn_ruleset *rs);
const nn_rule *nn_ruleset_rule(const nn_ruleset *rs, size_t i);
/* The text the lines given to nn_ruleset_match() lie in (NULL: none):
 * needs (nn_rule.need) are then searched once over the text rather than
 * on every line.  Call it for every new text, before its first line. */
void nn_ruleset_text(nn_ruleset *rs, const char *text, size_t len);
/* Match one line; fills m and returns m->rule. */
int nn_ruleset_match(nn_ruleset *rs, const char *s, size_t len,
                     const nn_match_state *st, nn_match *m);
/* Detection score of the profile on a text. */
int nn_ruleset_score(nn_ruleset *rs, const char *s, size_t len);
/* Identifiers from the URL into extra (via the callback). */
typedef void (*nn_id_fn)(void *ctx, const char *key, const char *v, size_t n);
void nn_ruleset_urlids(nn_ruleset *rs, const char *url, nn_id_fn fn,
                       void *ctx);
/* Length of a title / URL with the profile's suffix cut off. */
size_t nn_ruleset_title_len(nn_ruleset *rs, const char *title, size_t len);
size_t nn_ruleset_url_len(nn_ruleset *rs, const char *url, size_t len);

#endif /* NN_RULES_H */
