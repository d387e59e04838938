/* internal.h - declarations shared by the library's stages (not installed). */
#ifndef NN_INTERNAL_H
#define NN_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

#include "newsnorm.h"

/* ---- allocation (buf.c): abort on out-of-memory ---------------------- */
_Noreturn void nn_die_oom(size_t n);
void *nn_xmalloc(size_t n);
void *nn_xcalloc(size_t count, size_t size);
void *nn_xrealloc(void *old, size_t n);
char *nn_xstrdup(const char *s);
char *nn_xstrndup(const char *s, size_t n);
void nn_buf_printf_u(nn_buf *b, unsigned long long v);
/* Free the n strings of v, then v. */
void nn_strs_free(char **v, size_t n);

/* Grow an array so that index `need - 1` is valid; capacity in *cap. */
#define NN_ARRAY_RESERVE(arr, cap, need)                                    \
    do {                                                                    \
        if ((need) > (cap)) {                                               \
            size_t nn_c_ = (cap) ? (cap) * 2 : 16;                          \
            while (nn_c_ < (need))                                          \
                nn_c_ *= 2;                                                 \
            (arr) = nn_xrealloc((arr), nn_c_ * sizeof *(arr));              \
            (cap) = nn_c_;                                                  \
        }                                                                   \
    } while (0)

#define NN_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- lists (record.c) ------------------------------------------------ */
/* Bounds that keep hostile input linear: list fields take at most
 * NN_MAX_ITEMS items and an extra value grows to at most NN_MAX_VALUE
 * bytes; what is left out is said in a warning. */
#define NN_MAX_ITEMS 256
#define NN_MAX_VALUE 65536
void nn_list_push(nn_list *l, const char *s, size_t n);
int nn_list_has(const nn_list *l, const char *s, size_t n);
void nn_list_free(nn_list *l);

/* ---- eight bytes at a time (SWAR), for the ASCII fast paths ---------- */
/* w is 8 bytes loaded with memcpy; a flag is 0x80 in the byte it is about. */
#define NN_ONES 0x0101010101010101ULL
#define NN_HIGHS 0x8080808080808080ULL
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NN_FIRST_BYTE (0x80ULL << 56) /* flag of the first byte in memory */
#define NN_LAST_BYTE 0x80ULL
#else
#define NN_FIRST_BYTE 0x80ULL
#define NN_LAST_BYTE (0x80ULL << 56)
#endif

/* Flags of the bytes of w that are zero (exact: no borrow between
 * bytes). */
static inline uint64_t nn_zero_bytes(uint64_t w)
{
    uint64_t t = (w & ~NN_HIGHS) + ~NN_HIGHS;
    return ~(t | w | ~NN_HIGHS);
}

/* Flags of the bytes of w equal to c. */
static inline uint64_t nn_eq_bytes(uint64_t w, unsigned char c)
{
    return nn_zero_bytes(w ^ (NN_ONES * c));
}

/* Flags of the bytes of w below 0x20 (C0 controls). */
static inline uint64_t nn_ctl_bytes(uint64_t w)
{
    return nn_zero_bytes(w & (NN_ONES * 0xE0));
}

/* Nonzero when a byte of w is 0x7F or above (flags may be inexact above
 * such a byte: a carry out of 0xFF). */
static inline uint64_t nn_high_bytes(uint64_t w)
{
    return (w | (w + NN_ONES)) & NN_HIGHS;
}

/* ---- input.c: bytes -> clean UTF-8 with LF line ends ----------------- */
typedef struct nn_input_info {
    size_t invalid;     /* invalid UTF-8 sequences replaced by U+FFFD */
    size_t mojibake;    /* double-decoded sequences repaired */
    size_t controls;    /* control characters removed */
    size_t nuls;        /* stray NUL bytes (UTF-16: U+0000) removed */
    int bom;            /* a UTF-8 BOM was dropped */
    int utf16;          /* 0, or 16 when converted from UTF-16 */
} nn_input_info;

/* Flag for nn_input_decode: the text is newsnorm's own output; do not
 * repair mojibake (it would "repair" text that merely looks like it). */
#define NN_DEC_PLAIN (1u << 16)

/* Decode `data` into `out` (cleared first).  Returns NN_OK or an error with
 * a message in err. */
nn_status nn_input_decode(const char *data, size_t len, unsigned flags,
                          nn_buf *out, nn_input_info *info, char *err,
                          size_t errlen);

/* Repair text that was UTF-8, decoded as Windows-1252, and encoded again
 * ("â€™" for "’").  Appends s to out with repairs; returns their count. */
size_t nn_mojibake_repair(const char *s, size_t len, nn_buf *out);
/* 0 when s holds nothing nn_mojibake_repair could repair (a quick test). */
int nn_maybe_mojibake(const char *s, size_t len);

/* ---- inline.c: inline HTML tags and entities (libxml2) --------------- */
typedef struct nn_inline nn_inline;
/* Initialize libxml2 once (thread-safe); every libxml2 user calls it. */
void nn_libxml_init(void);
nn_inline *nn_inline_new(void);
void nn_inline_free(nn_inline *in);
/* Does the span need the HTML pass (holds '<' or '&')? */
int nn_inline_needed(const char *s, size_t len);
/* Append the text of the HTML fragment s to out (tags removed, entities
 * decoded, <br> and block tags become spaces, script/style dropped).
 * Returns the number of bytes of script/style text dropped. */
size_t nn_inline_strip(nn_inline *in, const char *s, size_t len,
                       nn_buf *out);

/* ---- unicode.c: per-line Unicode clean-up (utf8proc) ----------------- */
/* Append the cleaned form of one line to out: Unicode spaces become ' ',
 * control and format (zero-width) characters are removed, runs of spaces
 * collapse, the line is trimmed, then NFC (only where the quick check
 * says it may change anything) and, with NN_OPT_ASCII, folding. */
void nn_unicode_clean(const char *s, size_t len, unsigned flags, nn_buf *out);
/* Quick check: 1 when the code point can never change under NFC in any
 * context (see gen_nfcqc.c); exposed for the tests. */
int nn_nfc_stable(int32_t cp);
/* NFC of s through utf8proc, appended to out (the slow path). */
void nn_nfc_full(const char *s, size_t len, nn_buf *out);
/* Decode one code point of valid UTF-8; returns its length (>= 1). */
size_t nn_utf8_decode(const char *s, size_t len, int32_t *cp);
/* Category helpers on the first / last code point of a string. */
int nn_starts_lower(const char *s, size_t len);
int nn_starts_upper(const char *s, size_t len);
int nn_is_alnum_cp(int32_t cp);

/* ---- date.c ---------------------------------------------------------- */
#define NN_DATE_MAX 32
/* Parse a whole string as a date (optionally weekday-prefixed, optionally
 * followed by a time and zone).  Writes ISO 8601 into out and returns 0, or
 * returns -1 when s is not entirely a date. */
int nn_date_parse(const char *s, size_t len, char out[NN_DATE_MAX]);
/* "DDMMYYYY" (MENAFN wire ids) to ISO; -1 when not a valid date. */
int nn_date_parse_dmy8(const char *s, size_t len, char out[NN_DATE_MAX]);
/* The first /YYYY/MM/DD/ in a URL path to ISO; -1 when there is none. */
int nn_date_from_url(const char *url, char out[NN_DATE_MAX]);
/* One date found inside a line: where it stands and how it reads. */
typedef struct nn_date_hit {
    size_t start, end;        /* byte span of the date in the line */
    char iso[NN_DATE_MAX];    /* as nn_date_parse writes it */
    unsigned label;           /* NN_DATE_LBL_* bits: what precedes it */
} nn_date_hit;
/* "Published", "Publish Date:", "Posted on", "First published", "Date:",
 * "Опубликовано", "Yayınlanma", "Publicado", "Publié le" ... */
#define NN_DATE_LBL_PUBLISHED 1u
/* "Updated", "Last updated", "Modified", "Обновлено", "Güncelleme",
 * "Actualizado", "Atualizado", "Mis à jour", "Aktualisiert" ... */
#define NN_DATE_LBL_UPDATED 2u
/* Not a date at all: "3 hours ago", "vor 3 Stunden", "3 часа назад" is
 * reported with iso[0] == 0 so that callers can see tickers. */
#define NN_DATE_LBL_TIME_AGO 4u
/* Find up to max dates in s (len bytes, one line, UTF-8), left to right,
 * not overlapping; returns how many.  At each start (a digit, or a month
 * or weekday name, not inside a word or number) the longest date wins
 * (date, time and zone over the date alone); a date must not run on into
 * a word or number.  Linear in len: a parse is tried only at those starts,
 * over at most 96 bytes. */
size_t nn_date_find(const char *s, size_t len, nn_date_hit *hits, size_t max);

/* ---- rules: outlets as data ------------------------------------------ */
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
    nn_profile p;       /* what the engine reads */
    size_t line;        /* the line of its 'profile' line */
    nn_rule *rules;     /* p.rules, p.signals, p.urlids, writable */
    nn_signal *signals;
    nn_urlid *urlids;
    size_t rcap, scap, ucap;
    char **strs;        /* every string the profile points to */
    size_t nstrs, strcap;
} nn_profile_def;

/* What one file holds.  Free with nn_profile_file_free(). */
typedef struct nn_profile_file {
    nn_profile_def **defs; /* its profiles, in file order */
    size_t n, cap;
    nn_profile_def *common; /* its 'common' section (NN_PF_COMMON: the
                               rules are common->p.rules), or NULL */
    nn_define *defines;  /* its definitions, in file order */
    size_t ndefines, dcap;
    char **strs;         /* the definitions' strings (owned) */
    size_t nstrs, strcap;
} nn_profile_file;

/* The file may hold a 'common' section (the built-in common rules). */
#define NN_PF_COMMON 1u

/* Compile pat as the rule engine does (UTF, UCP and opts, no JIT); NULL
 * with PCRE2's message in msg and the offset of the mistake in *off. */
pcre2_code *nn_pattern_compile(const char *pat, uint32_t opts, size_t *off,
                               char *msg, size_t msglen);

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

/* ---- record.c -------------------------------------------------------- */
nn_record *nn_record_new(void);
void nn_record_set(char **field, const char *s, size_t n);
void nn_record_extra(nn_record *rec, const char *key, const char *v, size_t n);
void nn_record_warn(nn_record *rec, const char *msg);
void nn_record_removed(nn_record *rec, const char *rule, size_t line,
                       const char *text, size_t n);
void nn_record_finish(nn_record *rec); /* word count, fingerprint, sort */
size_t nn_word_count(const char *s, size_t len);
void nn_fingerprint(const char *title, const char *body, char out[17]);

/* ---- url.c ----------------------------------------------------------- */
/* Is c a character that may appear in a URL? */
int nn_url_char(unsigned char c);
/* Does s (len bytes) start like a URL (scheme:// or www.)? */
int nn_url_start(const char *s, size_t len);
/* Do all space-separated tokens of s consist of URL characters? */
int nn_url_tokens(const char *s, size_t len);
/* Append s to out without its white space (a URL broken across spaces). */
void nn_url_join(const char *s, size_t len, nn_buf *out);
/* Display name for the URL's host (table, else the bare host); NULL when
 * the URL has no host. */
char *nn_url_source(const char *url);

/* ---- the pipeline's lines (normalize.c, page.c) ---------------------- */
enum nn_line_kind {
    NN_LINE_TEXT,
    NN_LINE_HEADING, /* a markdown heading (page.c): a paragraph of its own */
    NN_LINE_ITEM,    /* a list item (page.c): a paragraph of its own */
    NN_LINE_RULE,    /* a thematic break ("* * *", "---") */
    NN_LINE_QUOTE,   /* a block quote: a paragraph of its own */
    NN_LINE_JOINED,  /* joined into the line before it (page.c): silent */
};

typedef struct nn_line {
    size_t off, len;    /* cleaned text in the normalizer's text buffer */
    size_t src_off, src_len; /* the text before page.c rewrote it */
    size_t lineno;      /* 1-based, in the decoded input */
    size_t skip;        /* bytes removed from the front (NN_ACT_PREFIX) */
    size_t cut;         /* bytes removed from the end (trailing chrome) */
    int body;           /* body text, from off + skip */
    unsigned char kind; /* enum nn_line_kind */
    unsigned char level; /* heading level */
    unsigned char author; /* all of it links to an author's page (page.c) */
    unsigned char after; /* page.c: it stands after the article's end */
    const char *drop;   /* page.c's verdict: NULL, or why the line goes */
    float value;        /* the measure behind the verdict; < 0: none */
} nn_line;

/* ---- page.c: page-style scrapes (markdown-ish whole pages) ----------- */
typedef struct nn_page nn_page;
nn_page *nn_page_new(void);
void nn_page_free(nn_page *pg);
/* How to read the text as a page: NN_PAGE_MARKDOWN when it holds
 * markdown links or image embeds (a markdown scrape: links, emphasis and
 * embeds are rewritten), else NN_PAGE_PLAIN (a page copied as text: only
 * line-start markers are read). */
enum { NN_PAGE_MARKDOWN = 1, NN_PAGE_PLAIN = 2 };
int nn_page_detect(const char *s, size_t len);
/* Rewrite the lines' markdown (the new text is appended to `text` and the
 * lines point there), classify their blocks and set each line's verdict.
 * Returns the headline's line index, or SIZE_MAX when none stands out. */
/* Rules have the last word on a headline: chrome() says whether a rule
 * of the profile claims line i as page chrome (a banner, an appeal). */
typedef struct nn_page_veto {
    int (*chrome)(void *ctx, size_t i);
    void *ctx;
} nn_page_veto;
size_t nn_page_judge(nn_page *pg, int kind, nn_buf *text, nn_line *lines,
                     size_t n, const nn_page_veto *veto);
/* Did the last nn_page_judge() find no article text (its verdicts were
 * withdrawn, the text kept)?  0 no, 1 yes, 2 yes on a text of ten blocks
 * or more (a page, not a short article). */
int nn_page_failed(const nn_page *pg);
/* Could the line be a headline by its shape alone (min_words to 30
 * words, mostly letters, no URL, date, breadcrumb, list of site names,
 * sentence end or photo credit)? */
int nn_page_title_shape(const char *s, size_t n, size_t min_words);
/* The language of the last judged page (lang.h), or -1. */
int nn_page_lang(const nn_page *pg);
/* The page's own URL as its share buttons name it, or NULL. */
const char *nn_page_url(const nn_page *pg);

/* ---- paragraph.c ----------------------------------------------------- */
/* A body line handed to paragraph assembly. */
typedef struct nn_pline {
    const char *s;
    size_t len;
    int gap;  /* blank or removed lines came before it */
    int hard; /* a paragraph of its own (a heading, a list item) */
} nn_pline;
/* Join lines into paragraphs separated by "\n\n", appended to out. */
void nn_paragraphs(const nn_pline *lines, size_t n, nn_buf *out);
/* Append s to the paragraph that starts at out->ptr + para, as a wrapped
 * line joins it: a space between, or a hyphenated word mended.  s must not
 * point into out unless out has room for len + 1 more bytes. */
void nn_paragraph_join(nn_buf *out, size_t para, const char *s, size_t len);
/* Does the text end a sentence (., !, ?, ..., :, ; before closers)? */
int nn_ends_sentence(const char *s, size_t len);

/* ---- emit_*.c -------------------------------------------------------- */
void nn_json_string(nn_buf *out, const char *s);
void nn_emit_json(const nn_record *rec, unsigned flags, int pretty,
                  int indent, nn_buf *out);
void nn_emit_xml(const nn_record *rec, unsigned flags, nn_buf *out);
void nn_emit_text(const nn_record *rec, nn_buf *out);
void nn_emit_markdown(const nn_record *rec, nn_buf *out);

/* ---- simhash.c: the sketch --dedup compares (dedup.c) ---------------- */
#define NN_SKETCH_BINS 96   /* minhashes, 2 bits each */
#define NN_PARA_KEYS 4      /* paragraph keys a body has at most */
#define NN_PARA_MIN_WORDS 8 /* a shorter paragraph gives no key */
typedef struct nn_sketch {
    uint8_t bins[NN_SKETCH_BINS / 4]; /* bin j: bits 2 (j % 4).. of j / 4 */
    uint32_t key[NN_PARA_KEYS];       /* the smallest paragraph hashes */
    unsigned nkeys;
} nn_sketch;
/* The sketch of s's words into *out; returns nn_simhash(s, len). */
unsigned long long nn_sketch_text(const char *s, size_t len, nn_sketch *out);
/* Bins of two sketches' bins[] that agree, 0-96: about 96 (r + (1 - r)
 * / 4), r the resemblance of the two texts' shingle sets. */
unsigned nn_sketch_agree(const uint8_t *a, const uint8_t *b);

#endif /* NN_INTERNAL_H */
