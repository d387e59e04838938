/* page_int.h - what the page stage's files share (page.c and page_*.c
 * include it, nothing else does): the thresholds, a block and its class,
 * the page's working memory, and the steps each file gives the next.
 *
 * The stage, in the order the data passes through it:
 *   page.c           the entry: detection, the page's language, words and
 *                    stopwords counted, blocks built, verdicts applied
 *   page_lines.c     markdown rewritten line by line, wrapped lines joined
 *   page_blocks.c    each block judged alone, then by its neighbours
 *   page_chrome.c    captions, credits, cookie and follow-us lines, pull
 *                    quotes: page chrome that reads as text
 *   page_promos.c    cookie notices and follow-us prompts, by phrase
 *   page_title_shape.c  what a headline looks like (asked by the next)
 *   page_headline.c  the headline chosen; repeated paragraphs dropped
 *   page_span.c      the article's span, from the headline to its end
 *   page_after.c     what follows an article, by its shape: story lists,
 *                    teaser runs and feature grids, author boxes
 *
 * Thresholds are named here; the stopword lists are data files
 * (data/stopwords/LANG.txt, compiled into build/stopwords.h). */
#ifndef NN_PAGE_INT_H
#define NN_PAGE_INT_H

#include "internal.h"
#include "page.h"

#include <string.h>

#define LENGTH_LOW 70   /* characters: shorter blocks are "short" */
#define LENGTH_HIGH 200 /* bytes: a good block is at least this long */
#define PROSE_WORDS 15  /* a sentence this long is prose, whatever its words */
#define STOP_LOW 0.22   /* stopword share of a near-good block */
#define STOP_HIGH 0.28  /* stopword share of a good block */
#define STOP_SPAN 0.12  /* of a sentence inside the article's span */
#define STOP_TAIL 0.18  /* of one right after its last good block */
#define STOP_SAMPLE                                                            \
    60                   /* words of a block whose stopwords are counted
                               (the density of the rest is not read) */
#define TEASER_WORDS 8   /* words of a plain line that is no subheading */
#define DATE_LINE_MAX 80 /* bytes: longer lines are text that names a date */
#define LINK_DENSITY_MAX                                                       \
    0.25                   /* link density above which a block is bad
                                (not LINK_MAX: <limits.h> has that name) */
#define ITEM_PROSE_WORDS 8 /* words of a list item that is a note, */
#define ITEM_UNLINKED 30   /* with this many bytes outside its links */
#define HEADING_REACH 300  /* bytes between a subheading and its text */
/* A line the page prints again inside a later one (a description, a
 * standfirst) is looked for only up to this long (the search stays
 * linear). */
#define COPY_MAX 600
#define HEADLINE_CANDS 64 /* headline candidates kept for the rules' veto */
#define HEADLINE_REACH                                                         \
    800 /* bytes between the headline and its text:
                               standfirst, byline, date, photo caption */

enum cls { C_BAD, C_SHORT, C_NEAR, C_GOOD };

typedef struct block {
    size_t first, last;  /* line indexes */
    size_t chars, links; /* visible bytes, bytes inside link text */
    size_t words, stops;
    int kind;      /* NN_LINE_* of its first line */
    int level;     /* heading level */
    int images;    /* image embeds in it */
    int repeated;  /* the same text stands elsewhere on the page */
    int sentence;  /* it reads as a sentence (judge()) */
    int marker;    /* it opens what follows an article (end_markers) */
    int chrome;    /* chrome_lines() named it: nothing promotes it */
    int inset;     /* set into the text by the page: an advertisement's
                      label or a picture's caption read twice, printed
                      more than once (runs() reads across it);
                      INSET_PICTURE: a line that is one text twice over,
                      which neighbours read across too; INSET_LINK: a
                      "read also" link glued to its headlines, the same */
    int listed;    /* an item of a list under its lead-in, one a line, on a
                      copied page (chrome_lines()): its lines are items */
    float density; /* stopword density against the language's norm
                            (stop_scale): what the thresholds compare */
    enum cls cls, init;
    enum cls prev[2], next[2]; /* neighbours' classes: see neighbour() */
    enum nn_verdict why;       /* the verdict (page.h), NN_V_NONE: none yet */
    float value;               /* its measure; -1: none, -2: after the article's
                            end (see span_end) */
} block;

#define INSET_PICTURE 2 /* block.inset: a picture's doubled line */
#define INSET_LINK 3    /* block.inset: a "read also" link set into the text */

#define LIST_ITEM_MAX 120 /* bytes of a list's item, one a line */

/* Does text block b end in a colon, leading into what follows it ("Other
 * highlights include:", "... we can define a range of values:")? */
static inline int nn_pg_leads_in(const block *b, const char *text,
                                 const nn_line *lines)
{
    const nn_line *l = &lines[b->last];
    return b->kind == NN_LINE_TEXT && l->len > 1 &&
           text[l->off + l->len - 1] == ':';
}

struct nn_page {
    nn_buf sample;  /* the text language detection reads */
    int lang;       /* nn_lang_detect() of the page, -1: unknown */
    int kind;       /* NN_PAGE_MARKDOWN, NN_PAGE_PLAIN */
    int article;    /* the text is an HTML page's article element */
    int failed;     /* no block read as article text: verdicts withdrawn */
    int jina;       /* Jina Reader's "Markdown Content:" label was read */
    char url[1024]; /* the article's URL, from a share button's link */
    uint32_t *match, *stack; /* match_brackets() */
    size_t mcap, scap;
    size_t *good; /* pull_quotes() */
    size_t gcap;
    size_t wrap_limit; /* nn_pg_wrap_limit() of a hard-wrapped page */
    block *b;
    size_t nb, cap;
    uint64_t *hash;
    size_t hcap;
};

/* ---- page.c ------------------------------------------------------------- */
/* How dense a language's stopwords are in its prose, against English's
 * (page_blocks.c): the thresholds are English's, divided by it. */
float nn_pg_stop_scale(int lang);

/* Add the words of s (and, when stops is not NULL, the stopwords among a
 * block's first STOP_SAMPLE) to *words and *stops.  With stops, s[n] is
 * read: a byte there that is no ASCII letter or digit (a '\0') saves a
 * bound check a byte. */
void nn_pg_count_words(int lang, const char *s, size_t n, size_t *words,
                       size_t *stops);

/* ---- page_wrap.c: hard wrapping ----------------------------------------- */
/* The width (bytes) the page hard-wraps its paragraphs at, or 0. */
#define NN_WRAP_COLUMNS 0x10000 /* the width is in characters, not bytes */
size_t nn_pg_hard_wrapped(const char *text, const nn_line *lines, size_t n);
/* The longest wrapped line of a page hard-wrapped at wrapped, in columns:
 * the wrapper's limit, or a little less (0 when none is found). */
size_t nn_pg_wrap_limit(const char *text, const nn_line *lines, size_t n,
                        size_t wrapped);
/* Would line next's first word have fitted on line l under limit?  Then
 * a greedy wrapper did not break l. */
int nn_pg_word_fits(const char *text, const nn_line *l, const nn_line *next,
                    size_t limit);
/* A line without a space: one token (an address, a word)? */
int nn_pg_lone_token(const char *s, size_t n);
/* Line l's width in columns as a wrapper counts them (its characters, a
 * corpus header's bytes at its front). */
size_t nn_pg_columns(const char *text, const nn_line *l);
/* Does line l reach a wrapped page's width (wrapped: nn_pg_hard_wrapped's
 * answer), so that its paragraph goes on below? */
int nn_pg_wrapped_width(const char *text, const nn_line *l, size_t wrapped);
/* Does the paragraph of lines i..j go on into line j + 1 (wrapped: the
 * page's width or 0; limit: nn_pg_wrap_limit's; quote: a quote's lines)?
 * A wrapped line reaching the width, a line stopping in mid-sentence
 * over one going on in lower case, a dateline's dash. */
int nn_pg_goes_on(const char *text, const nn_line *lines, size_t i, size_t j,
                  size_t wrapped, size_t limit, int lang, int quote);

/* ---- page_lines.c: markdown rewrite ------------------------------------- */
/* Read line i: a setext heading, a wrapped paragraph joined into it, its
 * markdown rewritten; the bytes of link text and the image embeds it had
 * go to *links and *images. */
void nn_pg_read_line(nn_page *pg, nn_buf *text, nn_line *lines, size_t n,
                     size_t i, size_t wrapped, size_t *links, int *images);

/* ---- page_blocks.c: block classes --------------------------------------- */
/* Judge the blocks alone, then in context; a short piece whose sentences
 * are only near good keeps them. */
void nn_pg_judge_blocks(nn_page *pg, const char *text, const nn_line *lines);
/* The last word before the first ": " of block b's line, its first 40
 * bytes, or NULL ("District" of "Puna District: 1 person arrested"; n:
 * its length). */
const char *nn_pg_label_word(const block *b, const char *text,
                             const nn_line *lines, size_t *n);
/* Is block k one line, the same as block i's first? */
int nn_pg_same_line(const block *b, size_t i, size_t k, const char *text,
                    const nn_line *lines);
/* Does good text follow block i before the next heading, within reach
 * bytes of other text? */
int nn_pg_good_after(const block *b, size_t nb, size_t i, int headings,
                     size_t reach);
/* In an HTML page's article element (pg->article), the page's structure
 * has said what is the article: a block doubted for its length, its
 * sentences or its stopwords alone (a list of steps, a table's cells,
 * code, a quote among captions) is kept, up to the article's end; so is
 * a paragraph between the headline and the first good block (not a
 * byline or a date line: those are short), and a long line that is no
 * sentence (a teaser whose link a copied page lost: HTML keeps links).
 * Links, markup, repeats and chrome that reads as chrome still go. */
void nn_pg_keep_article(block *b, size_t nb);
/* Is some block, not a heading, article text? */
int nn_pg_kept_text(const block *b, size_t nb);

/* ---- page_chrome.c: chrome that reads as text --------------------------- */
/* Mark captions, credits, promotional lines and pull quotes bad. */
void nn_pg_chrome(nn_page *pg, const char *text, const nn_line *lines,
                  int plain);

/* ---- page_credits.c: what a photo's credit and caption look like ------- */
/* A photo credit on a line of its own; a caption that ends in one. */
int nn_pg_credit_line(const char *s, size_t n);
/* A photo's caption by its opening words or its label ("Nella foto ...",
 * "Légende photo : ...", "Ket Foto: ...")?  (page_chrome.c) */
int nn_pg_caption_opener(const char *s, size_t n);
/* A caption's label opens s ("Légende photo : ...", "Ket Foto: ...")?
 * (page_chrome.c) */
int nn_pg_caption_label(const char *s, size_t n);
int nn_pg_credited_caption(const char *s, size_t n);
/* Is s (n bytes) a credit after a caption's text: a credit's label and
 * a name ("Photo: AFP / Department of Fire and Emergency Services"; not
 * "Photo: the mayor at the meeting")? */
int nn_pg_credit_tail(const char *s, size_t n);
/* Does s name an image licence or a stock library ("CC BY", "/ Flickr",
 * "Getty Images")? */
int nn_pg_licensed(const char *s, size_t n);
/* A caption ending in its photographer's name in capitals ("... de Leo
 * García MARÍA FORTUNA"). */
int nn_pg_caps_name_caption(const char *s, size_t n);

/* ---- page_title_shape.c ------------------------------------------------ */
/* Could a plain line (block b's, s, n bytes) be a headline: 3 to 30
 * words, mostly letters, no link or URL, not a date, not ending as a
 * sentence or a clause does ("?" and "!" may end a headline), not opening
 * with a bracket. */
int nn_pg_title_shape(const block *b, const char *s, size_t n);
/* The same, in lower case as well (a headline the scraper cut). */
int nn_pg_title_shape_any_case(const block *b, const char *s, size_t n);
/* Does s (n bytes) end in a "read more" link's label on text cut short:
 * dots before the label or after it ("... olmak üzere...devamını
 * okuyunuz.", "... auf Pikett. weiterlesen…")? */
int nn_pg_read_more_cut(const char *s, size_t n);
/* A byline alone on its line: "By Jane Doe", "Von: Stefan Wieczorek". */
int nn_pg_byline_alone(const char *s, size_t n);
/* A breadcrumb ("Accueil / A la Une / ...", "Home > World > ..."): two
 * or more of one separator. */
int nn_pg_breadcrumb(const char *s, size_t n);

/* ---- page_headline.c ---------------------------------------------------- */
/* The headline's line index, or SIZE_MAX (the veto asked of the best
 * candidates). */
size_t nn_pg_headline(const block *b, size_t nb, const char *text,
                      const nn_line *lines, size_t nlines, const char *url,
                      int plain, const nn_page_veto *veto);

/* ---- page_hints.c ------------------------------------------------------- */
/* Words of the URL's last path segment, in the first 40 lines
 * ("/2024/05/city-votes-to-ban-cars.html" -> "city votes to ban cars";
 * percent-encoded UTF-8 decoded), lower case, into out; their length. */
size_t nn_pg_slug_words(const char *text, const nn_line *lines, size_t n,
                        char *out, size_t outlen);
/* The share of the slug's words of three letters or more (ASCII) that
 * line s, in Cyrillic, spells in Latin letters (their first four letters
 * alike: "kulturyi" for "культуры"); 0 for a line in another script. */
float nn_pg_slug_translit(const char *slug, size_t slen, const char *s,
                          size_t n);
/* The metadata title of a reader-mode scrape ("Title: ..."), in the first
 * lines, and its length (400 bytes at the most); NULL when there is none. */
const char *nn_pg_meta_title(const char *text, const nn_line *lines, size_t n,
                             size_t *len);

/* ---- page_span.c -------------------------------------------------------- */
/* Where the colon of a "Label: value" line stands ("Photo: Jane Doe"):
 * within its first reach bytes, one word or two before it, a space after;
 * 0 when the line is none. */
size_t nn_pg_label_colon(const char *s, size_t n, size_t reach);
/* Bound the article from the headline (line title, or SIZE_MAX) to its
 * end marker; returns the end's block index (nb: the page's end). */
size_t nn_pg_article_span(nn_page *pg, const char *text, const nn_line *lines,
                          size_t title);
/* The share of the words (of 3+ letters, not all digits) of a that are
 * words of b, ASCII case folded; and is it min or more? */
float nn_pg_overlap(const char *a, size_t an, const char *b, size_t bn);
int nn_pg_overlap_at(const char *a, size_t an, const char *b, size_t bn,
                     float min);

/* ---- page_promos.c ------------------------------------------------------ */
/* What nn_pg_promo_line() read of a line for a call to action: its
 * groups and extra phrases (nn_pg_cta_scan()), when done. */
typedef struct nn_pg_scan {
    unsigned cta, extra;
    int done;
} nn_pg_scan;
/* A line that is a cookie notice (NN_V_COOKIE_NOTICE) or a prompt to
 * follow a channel (NN_V_FOLLOW_PROMPT), or NN_V_NONE; *sc says what the
 * words read show of a call to action, when the line was read whole. */
enum nn_verdict nn_pg_promo_line(const char *s, size_t n, nn_pg_scan *sc);
#define PROMO_LINE_MAX 600 /* bytes of a promotion's line, most notices */
/* Does s (n bytes) name cookies anywhere? */
int nn_pg_names_cookies(const char *s, size_t n);
/* The words of a call to action in line s (n bytes; none in a line longer
 * than a promotion's), as groups to sum over a block's lines and give
 * nn_pg_call_to_action(); phrases of a group found again add to *extra. */
unsigned nn_pg_cta_scan(const char *s, size_t n, unsigned *extra);
/* A block whose lines' words (groups g, extra phrases) ask the reader to
 * subscribe, sign up, donate, buy or comment, in two ways or more ("Mit
 * dem BVZ-Newsletter ... direkt in euer Postfach! Gratis anmelden", "Pulsa
 * aquí para apoyar ... Tu donación ..."), and address the reader ("you",
 * "click"), exclaim (exclaims: it holds a '!') or follow a block
 * that did (after_one): its verdict (NN_V_NEWSLETTER, NN_V_APPEAL,
 * NN_V_PAYWALL, NN_V_COMMENTS, NN_V_DIALOG), or NN_V_NONE. */
enum nn_verdict nn_pg_call_to_action(unsigned g, unsigned extra, int exclaims,
                                     int after_one);
/* A menu on one line: five or more items of one to three words between
 * separators ("Je m'abonne - Saumur - Doué-la-Fontaine - Thouars - ..."). */
int nn_pg_menu_line(const char *s, size_t n);
/* page_blocks.c: does s (n bytes) hold an ASCII digit? */
int nn_pg_has_digit(const char *s, size_t n);
/* A ticker of headlines printed on one line, in capitals, between
 * slashes ("Hoy es Martes 15 de Abril de 2025 y son las 15:19 - PRONÓSTICO
 * EXTENDIDO ... / IDIAZÁBAL: RECUPERAN MOTO ROBADA / ..."): three slashes
 * or more, four capitals or more to a lower-case letter. */
int nn_pg_ticker_line(const char *s, size_t n);
/* A news feed's item, its time glued to its headline ("13:05Мурманские
 * трудинспекторы рассказали ..."): no article's sentence opens so. */
int nn_pg_feed_item(const char *s, size_t n);
/* Keywords joined by commas and no blank ("هوادار،پيكان،دقيقه،تساوي"),
 * three commas or more, a letter after each: a tag line, no prose. */
int nn_pg_keyword_line(const char *s, size_t n);
/* Right under marker block i ("Most Read"), a list of three stories or
 * more with text again after it: a widget set into the article, its
 * items judged why; the number of blocks so judged, or 0. */
/* Is block k a story's count of views or comments ("706")? */
int nn_pg_count_line(const block *b, size_t k, const char *text,
                     const nn_line *lines);
size_t nn_pg_widget_list(block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines, enum nn_verdict why);

/* ---- page_after.c ------------------------------------------------------- */
/* Right under block i a list of stories, and after it to the page's end
 * nothing but such lines and text that is not good? */
int nn_pg_list_to_end(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines);
/* Right under block i, list items that read as stories' headlines, two
 * or more (a listed marker's list: "También en Menorca" / "- ...")? */
int nn_pg_items_under(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines);
/* On a copied page, from block i to its end, only other stories'
 * headlines, three or more, one a line? */
int nn_pg_headlines_to_end(const block *b, size_t nb, size_t i,
                           const char *text, const nn_line *lines);
/* The bytes of the article's text a teaser is compared with (its first
 * 4 KB of n). */
size_t nn_pg_art_len(size_t n);
/* Two stories or more in a row at block i, each a headline over a
 * summary the page cut to fit, no full stop at its end (a "latest
 * articles" box between the headline and the article): how many blocks
 * they take, or 0.  An article's paragraphs end in a full stop. */
size_t nn_pg_summary_run(const block *b, size_t nb, size_t i, const char *text,
                         const nn_line *lines);
/* Does a run of teasers (headlines over summaries, or a grid of the
 * site's features) start at block i, to the page's end?  art, artlen:
 * the article's text above it. */
int nn_pg_teaser_run(const block *b, size_t nb, size_t i, const char *text,
                     const nn_line *lines, const char *art, size_t artlen);
/* "About Tim Becker" over a paragraph about him: an author's box. */
int nn_pg_author_box(const block *b, size_t nb, size_t i, const char *text,
                     const nn_line *lines);
/* A writer's bio in a paragraph of its own ("Kelly Hayes studied ..."). */
int nn_pg_author_bio(const block *b, const char *text, const nn_line *lines);

/* ---- page_repeats.c ----------------------------------------------------- */
/* The later copies of a paragraph printed twice go; of a standfirst
 * under the headline (line title) the text holds again, the first. */
void nn_pg_drop_repeats(block *b, size_t nb, const char *text,
                        const nn_line *lines, size_t title);
/* The headline (line title) printed again in other case: the copy goes. */
void nn_pg_drop_headline_copies(block *b, size_t nb, const char *text,
                                const nn_line *lines, size_t title);
/* The length of line text s without a closing ellipsis ("..." or "…",
 * not a sentence's full stop before "..."), or 0 when it has none.
 * (page_chrome.c) */
size_t nn_pg_cut_short(const char *s, size_t n);
/* Do the first n bytes of block i's line (40 to COPY_MAX of them) stand
 * again in a longer line of the next 8 blocks, near its start (kept_only:
 * of the blocks not judged bad)?  (page_chrome.c) */
int nn_pg_copied_below(const block *b, size_t nb, size_t i, const char *text,
                       const nn_line *lines, size_t n, int kept_only);
/* Drop the article's first paragraph when the page prints it nearly
 * again in one of the next 8. */
void nn_pg_drop_near_copies(block *b, size_t nb, const char *text,
                            const nn_line *lines, size_t title);
/* Drop a paragraph printed again inside a longer one below it. */
void nn_pg_drop_contained(block *b, size_t nb, const char *text,
                          const nn_line *lines, size_t title);

/* ---- page_markers.c ---------------------------------------------------- */

/* Lines that open what follows an article, in the languages of world news
 * (lower case; a line matches when it starts with one and is short).
 * STRONG ones (comment sections, reply forms) end the article wherever
 * they stand after some text; the others (related and popular lists, tag
 * lines, newsletter and footer blocks) only when less article text
 * follows them than stands before.  ALONE ones are strong, but only as
 * the whole line ("Kommentar schreiben", not "Kommentar schreiben war
 * für viele ..."). EMPTY ones are strong and say the section holds
 * nothing yet ("No comments yet"): no comment stands under them.
 * LISTED ones are markers only where list items of stories' headlines
 * stand right under them (nn_pg_items_under(): "También en Menorca" over
 * "- ..." lines; "También en Valencia" over a paragraph is a subheading,
 * and no chrome). */
enum { END_WEAK, END_STRONG, END_ALONE, END_EMPTY, END_LISTED };
typedef struct end_marker {
    const char *phrase;
    enum nn_verdict kind; /* the marker line's verdict; the lines after
                             it: "after-article: comments" */
    int strong;
} end_marker;

/* The end marker line s (n bytes) is, or NULL: "34 responses to ...",
 * "5 Comments" count too. */
const end_marker *nn_pg_end_marker(const char *s, size_t n);
/* page_chrome.c: is line s (n bytes) a "read also" label alone, a
 * related marker and a colon at most ("Baca Juga:", "Leia também")? */
int nn_pg_related_label(const char *s, size_t n);
/* Is line s (n bytes) an advertisement's label ("REKLAMA", "Anzeige"),
 * in any case? */
int nn_pg_ad_label(const char *s, size_t n);
/* A short line naming an ad slot by its size ("AABP EP Awards 728x90",
 * "oakridge brd 070125 300x250"): one of the standard banner sizes as a
 * word of its own. */
int nn_pg_ad_slot(const char *s, size_t n);

#endif /* NN_PAGE_INT_H */
