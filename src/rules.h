/* rules.h - outlets as data: the rules, signals and profiles (read from
 * data/profiles/ at build time by gen_profiles.c, or at run time from
 * --rules files by profile_file.c and profile_keys.c; the list in
 * profiles.c) and the rule engine that matches them (rules.c).  The
 * engine's compiled state (nn_ruleset) is opaque: PCRE2 is seen only by
 * rules.c and by profile_keys.c, which checks a file's patterns. */
#ifndef NN_RULES_H
#define NN_RULES_H

#include "date.h"
#include "internal.h"

/* The profiles themselves are data files, data/profiles/NAME.rules
 * (newsnorm-rules(5)), compiled in at build time by gen_profiles.c; the
 * date patterns the rules use are defined in data/profiles/common.rules. */

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
    NN_FLD_SITE,  /* a name the page prints for itself: the source when
                    neither the profile nor the URL names one */
    NN_FLD_OWNER, /* the owner its copyright line names: before SITE */
    NN_FLD_COUNT
};

/* When a rule applies (bits of nn_rule.when). */
#define NN_HEAD 1u   /* only before the first body line */
#define NN_BODY 2u   /* only after the first body line */
#define NN_ONCE 4u   /* only while its first field is still unset */
#define NN_TITLED 8u /* only once a title is known */

#define NN_MAX_GROUPS 3

typedef struct nn_rule {
    const char *name;    /* shown by --explain and --stats */
    const char *pattern; /* PCRE2 (UTF, UCP), anchored at the line start */
    enum nn_act act;
    unsigned when;
    enum nn_fld fields[NN_MAX_GROUPS]; /* targets of groups 1..3 */
    const char *keys[NN_MAX_GROUPS];   /* extra keys, for NN_FLD_EXTRA */
    const char *until; /* NN_ACT_BLOCK: pattern of the block's last line */
    unsigned span;     /* NN_ACT_BLOCK: how many lines to look ahead */
    unsigned line;     /* only on this input line (1-based); 0: any */
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
    const char *id;       /* "moscowtimes" */
    const char *source;   /* "The Moscow Times"; NULL: from the URL */
    const nn_rule *rules; /* tried before the common rules */
    size_t nrules;
    const nn_signal *signals;
    size_t nsignals;
    int threshold; /* score needed to pick this profile */
    const nn_urlid *urlids;
    size_t nurlids;
    const char *title_suffix; /* pattern cut from the end of titles */
    const char *url_cut;      /* pattern cut from URLs: view suffixes,
                                 tracking queries */
    int plain;                /* input is already clean text (newsnorm's
                                 own text output): no HTML, no mojibake
                                 repair, no common rules, no guessing */
    int fallback;             /* chosen when no profile's signals reach
                                 their threshold (generic); and a
                                 threshold of INT_MAX: never detected,
                                 only forced (text) */
} nn_profile;

/* A known host and its publication's display name (url.c). */
typedef struct nn_host {
    const char *host;
    const char *name;
} nn_host;

/* The rules every profile but a plain one uses after its own
 * (data/profiles/common.rules, compiled in by gen_profiles.c). */
extern const nn_rule nn_rules_common[];
extern const size_t nn_rules_common_len;

/* ---- profile_file.c, profile_keys.c, profile_dump.c: profile files --- */
/* A name that patterns may use as {{NAME}}. */
typedef struct nn_define {
    const char *name;
    const char *value;
} nn_define;

/* A profile read from a file and the memory it points into (owned). */
typedef struct nn_profile_def {
    nn_profile p;   /* what the engine reads */
    size_t line;    /* the line of its 'profile' line */
    nn_rule *rules; /* p.rules, p.signals, p.urlids, writable */
    nn_signal *signals;
    nn_urlid *urlids;
    size_t rcap, scap, ucap;
    char **strs; /* every string the profile points to */
    size_t nstrs, strcap;
} nn_profile_def;

/* What one file holds.  Free with nn_profile_file_free(). */
typedef struct nn_profile_file {
    nn_profile_def **defs; /* its profiles, in file order */
    size_t n, cap;
    nn_profile_def *common; /* its 'common' section (NN_PF_COMMON: the
                               rules are common->p.rules), or NULL */
    nn_define *defines;     /* its definitions, in file order */
    size_t ndefines, dcap;
    char **strs; /* the definitions' strings (owned) */
    size_t nstrs, strcap;
} nn_profile_file;

/* The file may hold a 'common' section (the built-in common rules). */
#define NN_PF_COMMON 1u

/* Read the profile file text (len bytes; `path` names it in messages) into
 * f (zeroed first), the names in pre (npre of them) known beforehand.
 * Every pattern is compiled once to check it.  Returns 0, or -1 with
 * "PATH:LINE: what is wrong" in err (f then holds what was read before;
 * free it all the same). */
int nn_profile_file_parse(nn_profile_file *f, const char *path,
                          const char *text, size_t len, unsigned flags,
                          const nn_define *pre, size_t npre, char *err,
                          size_t errlen);
void nn_profile_file_free(nn_profile_file *f);
void nn_profile_def_free(nn_profile_def *d);
/* Append profile p in the file format (its patterns as the engine sees
 * them: names expanded); reading it back gives the same profile. */
void nn_profile_dump(const nn_profile *p, nn_buf *out);
/* The names of rule actions and fields, as the file format spells them
 * (NULL past the end). */
const char *nn_act_name(enum nn_act a);
const char *nn_fld_name(enum nn_fld f);

/* ---- profiles.c: the list of profiles -------------------------------- */
/* The built-in profiles' list (static: never freed). */
const nn_profiles *nn_profiles_builtin(void);
const nn_profile *nn_profiles_at(const nn_profiles *ps, size_t i);
/* The index of profile `name`, or -1. */
int nn_profiles_find(const nn_profiles *ps, const char *name);
/* The index of the fallback profile (the first with nn_profile.fallback). */
size_t nn_profiles_fallback(const nn_profiles *ps);

/* A profile's rules compiled into one alternation (rules.c). */
typedef struct nn_ruleset nn_ruleset;

typedef struct nn_match_state {
    int in_body;     /* the first body line has been seen */
    size_t lineno;   /* the line's number in the input, 1-based */
    int title_guess; /* the title is a guess (a plain first line): a
                          heading may still replace it */
    unsigned set;    /* bit (1 << nn_fld) for every field already set */
    /* The line `ahead` lines after the current one (1: the next); returns
     * 0 past the end.  Lets NN_ACT_BLOCK rules look for their last line. */
    int (*ahead)(void *ctx, size_t ahead, const char **s, size_t *len);
    void *ctx;
} nn_match_state;

typedef struct nn_match {
    int rule; /* index into the ruleset, -1: no rule matched */
    const nn_rule *r;
    size_t start, end;                                 /* the whole match */
    size_t gstart[NN_MAX_GROUPS], gend[NN_MAX_GROUPS]; /* SIZE_MAX: unset */
    size_t block;           /* NN_ACT_BLOCK: lines after this one it covers */
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
void nn_ruleset_urlids(nn_ruleset *rs, const char *url, nn_id_fn fn, void *ctx);
/* Length of a title / URL with the profile's suffix cut off. */
size_t nn_ruleset_title_len(nn_ruleset *rs, const char *title, size_t len);
size_t nn_ruleset_url_len(nn_ruleset *rs, const char *url, size_t len);

#endif /* NN_RULES_H */
