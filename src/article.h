/* article.h - what the normalizer's files share (normalize.c, classify.c,
 * tails.c, byline.c, title.c and source.c include it, nothing else
 * does): the normalizer's working memory, the state of one article while
 * its lines are read, and the steps each file gives the others.
 *
 * In the order the data passes through them:
 *   normalize.c  the pipeline: bytes decoded, lines cleaned, the profile
 *                detected, page.c's judgement asked for; then, after the
 *                classification, the body assembled and the record
 *                finished
 *   classify.c   each line classified: the profile's rules matched and
 *                their actions applied (fields, prefixes, blocks, labels,
 *                lists), page.c's verdicts applied, the date by evidence
 *   tails.c      link text glued at a body line's end cut
 *   byline.c     bylines and credit lines split into names
 *   title.c      the title (page.c's headline, a guessed title line) and
 *                the site's name read from it
 *   source.c     the source from the page's own words, when nothing
 *                else named it */
#ifndef NN_ARTICLE_H
#define NN_ARTICLE_H

#include "date.h"
#include "html.h"
#include "inline.h"
#include "internal.h"
#include "page.h"
#include "paragraph.h"
#include "rules.h"

typedef nn_line line;

struct nn_normalizer {
    nn_options opt;
    nn_ruleset **sets; /* one for each profile of the list (profiles.c) */
    size_t nsets, fallback;
    int forced; /* index into sets, -1: detect */
    nn_inline *inl;
    nn_page *page;
    nn_buf dec, text, scratch, body;
    line *lines;
    size_t nlines, cap;
    nn_pline *pl;
    size_t plcap;
    char err[256];
    /* html.c: HTML input (see nn_normalize() and finish()) */
    nn_html *html;   /* made on the first HTML page */
    nn_buf htmltext; /* the page's reader-mode text, swapped with dec */
    int html_used;   /* the article being normalized was HTML */
};

/* The state of one article while its lines are classified. */
typedef struct article {
    nn_normalizer *nz;
    nn_ruleset *rs;
    nn_record *rec;
    nn_match_state st;
    size_t cur;                 /* the line being classified */
    int url_rank;               /* 0 none, 1 bare line, 2 labelled */
    char fallback[NN_DATE_MAX]; /* date from a wire id */
    int explain;
    int plain;               /* forced plain-text profile: see text.rules */
    size_t headline;         /* page.c's choice of title line, or SIZE_MAX */
    int headline_page;       /* page.c judged the lines */
    int page_kind;           /* NN_PAGE_MARKDOWN, NN_PAGE_PLAIN */
    char site[96];           /* "Site" of a replaced "Title | Site" */
    size_t author_link;      /* the last author-link line, or 0 */
    unsigned name_scans;     /* pages scanned for a name (byline.c) */
    char crawl[NN_DATE_MAX]; /* the corpus header's date, or "" */
    char early[NN_DATE_MAX]; /* a date above the headline (a site clock?) */
    size_t early_at;         /* its line */
    char site_line[64];      /* the page's own name ("News.Az"), or "" */
    char owner[64];          /* the owner its copyright line names, or "" */
    char byline_outlet[64];  /* "Global News" of "By Tessa Bennett Global
                               News", or "" */
} article;

static inline const char *ltext(const article *a, size_t i)
{
    return a->nz->text.ptr + a->nz->lines[i].off;
}

static inline void log_removed(article *a, const char *rule, size_t i,
                               const char *s, size_t n)
{
    if (a->explain)
        nn_record_removed(a->rec, rule, a->nz->lines[i].lineno, s, n);
}

/* The first line of the article's text (a body line with text), or
 * a->nz->nlines when there is none. */
static inline size_t first_body_line(const article *a)
{
    size_t i;
    for (i = 0;
         i < a->nz->nlines && !(a->nz->lines[i].body && a->nz->lines[i].len);
         i++)
        ;
    return i;
}

/* Removed lines are logged as they stood in the input (before page.c
 * rewrote their markdown), so that --explain shows what went. */
static inline void remove_line(article *a, const char *rule, size_t i)
{
    const line *l = &a->nz->lines[i];
    if (l->src_len)
        log_removed(a, rule, i, a->nz->text.ptr + l->src_off, l->src_len);
    else
        log_removed(a, rule, i, ltext(a, i), l->len);
}

/* ---- classify.c: the rules' actions, line by line -------------------- */
/* Classify every line: fields taken, lines removed, body lines marked. */
void nn_classify(article *a);
/* page.c's veto (nn_page_veto.chrome): does a rule claim line i as chrome? */
int nn_classify_veto(void *ctx, size_t i);

/* ---- classify_dates.c: the date by evidence ---------------------------- */
/* No rule named the date: look for one in the lines that are not body. */
void nn_classify_dates(article *a);
/* Could the date (ISO) be the article's: from 1990 on, not after the
 * crawl date? */
int nn_classify_plausible_date(const article *a, const char *iso);
/* Does the line label its date as the publication's ("Posted on ...")? */
int nn_classify_labelled_date(const char *s, size_t n);
/* Is line i the article's own date line right above its headline, not a
 * site clock? */
int nn_classify_dateline_above(const article *a, size_t i);
/* Line i, above the text where no rule or page verdict claimed it, a
 * date and little else ("joi, martie 1, 2018, 3:00"): removed as the
 * page's date line (its date is read with the others), 1; else 0. */
int nn_classify_lone_date(article *a, size_t i);
/* Line i, the text's first: a date and a time that the scraper glued to
 * the lead ("14.08.2023 01:0513 августа, ..."): the record's date when it
 * has none, and the line keeps the rest (l->skip).  Returns 1 when cut. */
int nn_classify_glued_date(article *a, size_t i);
/* Does the first body line open with a dateline that dates the article (a
 * place in capitals, then the date within 40 bytes: "BATUBRAK (23/1/2019)
 * - ...", "НОВООРСК. 5 января 2021 г. ...")?  Its ISO date into out. */
int nn_classify_dateline_date(const article *a, char out[NN_DATE_MAX]);
/* The day and month of the first paragraph's dateline that prints no
 * year ("(ANSA) - CASTELMOLA (MESSINA), 05 GEN - ..."), dated by the
 * crawl: the latest such day on or before it, two months before it at
 * most; 1 and its date in out, or 0. */
int nn_classify_yearless_dateline(const article *a, char out[NN_DATE_MAX]);

/* ---- tails.c: a body line's glued link text ----------------------------- */
/* Cut link text or a "read also" link glued after line i's last sentence
 * (sets the line's cut and logs it). */
void nn_tails_cut(article *a, size_t i);

/* ---- byline.c: names -------------------------------------------------- */
/* Trim spaces and commas at the front; spaces, full stops, commas and
 * unmatched closing parentheses at the end. */
void nn_byline_trim(const char **s, size_t *n);
/* Add to a list field unless it is there already or full. */
void nn_byline_add(article *a, nn_list *l, const char *s, size_t n);
/* Under the headline, right after the date line or a view counter ("Події
 * 19:29 11.03.2026", "2850"), or right over the writer's title ("Staff
 * Writer", "Redakteurin"), and before the text, line i a bare name
 * ("Олена Нагорна"), not one the lines just above print (a weather
 * widget's town): taken as the byline (the caller drops the line). */
int nn_byline_dated(article *a, size_t i);
/* In the head, line i (page.c's chrome) a date line ending in a byline ("12 novembre 2024
 * à 17h18 par Cordula Mullerke", "November 12, 2024 by Jane Doe"): its
 * name taken as the byline, when none was found (the date is read as
 * any date line's). */
int nn_byline_after_date(article *a, size_t i);
/* Is s (n bytes), a name found on line i, the page's only mention of its
 * last word (or its stem: "Новгород" for "Новгороде")?  A writer's
 * surname is; a place's, a section's or a label's word seldom is. */
int nn_byline_once(const article *a, size_t i, const char *s, size_t n);

/* Under the text, line i (page.c's chrome) the writer's sign-off, "By"
 * and a name, an agency's initials after a comma at most ("By Robert
 * Tachie Menson, GNA"), with no text below it: the name taken as the
 * byline, when none was found. */
int nn_byline_signoff(article *a, size_t i);
/* Under the text, line i alone a name with its surname in capitals
 * ("Zanga Abdoulaye WATTARA"), no text below it: the name taken as the
 * byline, when none was found (the caller drops the line; asked of body
 * lines too, and by nn_byline_signoff()). */
int nn_byline_caps_signoff(article *a, size_t i);
/* Split "A, B and C" into the list; people: names of persons (the rest of
 * the byline is their affiliation), else credits (places cut). */
void nn_byline_split(article *a, nn_list *list, const char *s, size_t n,
                     int people);
/* A news agency's byline opening the text, the reporter's name before the
 * dateline ("Kemal ERBEN/EĞİRDİR, (DHA) - ISPARTA'nın ..."): the bytes
 * to skip (the name and its slash; the dateline stays), and the name's
 * length in *name_len; 0 when s opens otherwise. */
size_t nn_byline_agency(const char *s, size_t n, size_t *name_len);
/* Is s (n bytes) a byline by its own mark: a byline's word first ("By
 * Jane Doe", "Von Frank Heine ...") or a writer's title after the name
 * ("Samantha Dunne, Digital Journalist")?  (Not "Written by William
 * Shakespeare", "Campbell Bay, 17 May 2023": a credit, a place.) */
int nn_byline_marked(const char *s, size_t n);
/* Line i the words' credit in Portuguese or Spanish ("Texto Aníbal
 * Fernandes"), a person's name the model knows, apart between paragraphs:
 * the writer taken (1), the line for the caller to remove. */
int nn_byline_words_credit(article *a, size_t i);

/* ---- title.c: the title and the site's name --------------------------- */
/* page.c's headline (line i) replaces a title from metadata lines. */
void nn_title_take_headline(article *a, size_t i);
/* A guessed title was a section label: it goes to extra.section. */
void nn_title_drop_guess(article *a);
/* Line i, in the head and claimed by no rule: the title when it reads as
 * one.  Returns 1 when taken. */
int nn_title_line(article *a, size_t i);
/* Line i, the text's first, with no title known: a title-case headline
 * glued to it without a space is the title, the line keeps the rest
 * (l->skip).  Returns 1 when taken. */
int nn_title_glued_lead(article *a, size_t i);
/* Line i, when the text's first: a picture's caption glued without a
 * space to the dateline in capitals ("F-warga  tunggu airRADIO LOMBOK FM
 * – Kekeringan ...") goes, the line keeps the dateline (l->skip); so
 * does a picture's label glued to the lead ("OIC1Following last night's
 * ...").  Returns 1 when cut. */
int nn_title_glued_caption(article *a, size_t i);
/* The finished record's title loses the " - Site" naming its source, and
 * a source known only by its host takes the name the title gives it. */
void nn_title_cut_suffix(article *a);
/* A title "Headline - Site" whose headline the page prints again alone
 * on a line: the site's name goes to a->site, the title keeps the
 * headline. */
void nn_title_printed_bare(article *a);
void nn_title_site_name(article *a);
/* A place's name before the title that the text's dateline repeats
 * ("Freisen Headline ..." over "Freisen · Text"): extra.kicker. */
void nn_title_place_kicker(article *a);

/* ---- title_slug.c: the title the address's slug spells ---------------- */
/* Line i (after l->skip), before the body and with no title known (not
 * for --profile text): the headline the URL's slug spells at its start
 * is the title.  Returns 1 when taken and the line keeps the rest
 * (l->skip moved), 2 when the line was the headline alone, 0 when not
 * taken; with whole (a line the page pass dropped), only the headline
 * alone is taken. */
int nn_title_slug_lead(article *a, size_t i, int whole);

/* ---- source.c: the source from the page's own words -------------------- */
/* When nothing named the source: a dateline's signer, the lead's
 * attribution, a photo credit's outlet, a host in the chrome (each a
 * guess, said in a warning). */
void nn_source_guess(article *a);
int nn_source_station(nn_record *rec); /* source.c: "(WTAJ) -" */

#endif /* NN_ARTICLE_H */
