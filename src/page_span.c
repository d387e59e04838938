/* page_span.c - the page stage's last step: the article's span, from its
 * headline (or first good block) to the first line that opens what
 * follows an article (comments, related stories, tags, newsletter and
 * footer blocks, another story's headline), in the languages of world
 * news.  Within the span, short sentences and link-free list items are
 * kept; from its end on, nothing is.  page.c then gives the blocks'
 * verdicts back to their lines. */
#include "date.h"
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

/* ---- the article's span ------------------------------------------------ */

/* Lines that open what follows an article, in the languages of world news
 * (lower case; a line matches when it starts with one and is short).
 * STRONG ones (comment sections, reply forms) end the article wherever
 * they stand after some text; the others (related and popular lists, tag
 * lines, newsletter and footer blocks) only when less article text
 * follows them than stands before. */
enum { END_WEAK, END_STRONG };
typedef struct end_marker {
    const char *phrase;
    enum nn_verdict kind; /* the marker line's verdict; the lines after
                             it: "after-article: comments" */
    int strong;
} end_marker;

static const end_marker end_markers[] = {
    {"leave a reply", NN_V_COMMENTS, END_STRONG},
    {"leave a comment", NN_V_COMMENTS, END_STRONG},
    {"post a comment", NN_V_COMMENTS, END_STRONG},
    {"add a comment", NN_V_COMMENTS, END_STRONG},
    {"add comment", NN_V_COMMENTS, END_STRONG},
    {"write a comment", NN_V_COMMENTS, END_STRONG},
    {"comments are closed", NN_V_COMMENTS, END_STRONG},
    {"comments closed", NN_V_COMMENTS, END_STRONG},
    {"please enter your comment", NN_V_COMMENTS, END_STRONG},
    {"you are replying to", NN_V_COMMENTS, END_STRONG},
    {"top rated comments", NN_V_COMMENTS, END_STRONG},
    {"report this comment", NN_V_COMMENTS, END_STRONG},
    {"join the conversation", NN_V_COMMENTS, END_STRONG},
    {"comments (", NN_V_COMMENTS, END_STRONG},
    {"reader comments", NN_V_COMMENTS, END_STRONG},
    {"show comments", NN_V_COMMENTS, END_STRONG},
    {"view comments", NN_V_COMMENTS, END_STRONG},
    {"this site uses akismet", NN_V_COMMENTS, END_STRONG},
    {"your email address will not be published", NN_V_COMMENTS, END_STRONG},
    /* the same comment form's notices in the languages of world news */
    {"tu dirección de correo electrónico no será publicada", NN_V_COMMENTS,
     END_STRONG},
    {"este sitio usa akismet", NN_V_COMMENTS, END_STRONG},
    {"o seu endereço de e-mail não será publicado", NN_V_COMMENTS, END_STRONG},
    {"o seu endereço de email não será publicado", NN_V_COMMENTS, END_STRONG},
    {"este site utiliza o akismet", NN_V_COMMENTS, END_STRONG},
    {"votre adresse e-mail ne sera pas publiée", NN_V_COMMENTS, END_STRONG},
    {"ce site utilise akismet", NN_V_COMMENTS, END_STRONG},
    {"il tuo indirizzo email non sarà pubblicato", NN_V_COMMENTS, END_STRONG},
    {"questo sito usa akismet", NN_V_COMMENTS, END_STRONG},
    {"deine e-mail-adresse wird nicht veröffentlicht", NN_V_COMMENTS,
     END_STRONG},
    {"ihre e-mail-adresse wird nicht veröffentlicht", NN_V_COMMENTS,
     END_STRONG},
    {"diese website verwendet akismet", NN_V_COMMENTS, END_STRONG},
    {"e-posta adresiniz yayınlanmayacak", NN_V_COMMENTS, END_STRONG},
    {"e-posta hesabınız yayımlanmayacak", NN_V_COMMENTS, END_STRONG},
    {"alamat email anda tidak akan dipublikasikan", NN_V_COMMENTS, END_STRONG},
    {"ваш адрес email не будет опубликован", NN_V_COMMENTS, END_STRONG},
    {"tulis komentar", NN_V_COMMENTS, END_STRONG},
    {"\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",
     NN_V_COMMENTS, END_STRONG}, /* комментарии */
    {"yorumlar", NN_V_COMMENTS, END_STRONG},
    {"yorum yap", NN_V_COMMENTS, END_STRONG},
    {"comentarios", NN_V_COMMENTS, END_STRONG},
    {"deja un comentario", NN_V_COMMENTS, END_STRONG},
    {"deixe um coment\xC3\xA1rio", NN_V_COMMENTS, END_STRONG},
    {"coment\xC3\xA1rios", NN_V_COMMENTS, END_STRONG},
    {"kommentare", NN_V_COMMENTS, END_STRONG},
    {"commentaires", NN_V_COMMENTS, END_STRONG},
    {"laisser un commentaire", NN_V_COMMENTS, END_STRONG},
    {"lascia un commento", NN_V_COMMENTS, END_STRONG},
    {"commenti", NN_V_COMMENTS, END_STRONG},
    {"komentar", NN_V_COMMENTS, END_STRONG},
    {"komentarze", NN_V_COMMENTS, END_STRONG},
    {"коментарі", NN_V_COMMENTS, END_STRONG},
    {"التعليقات", NN_V_COMMENTS, END_STRONG},
    {"نظرات کاربران", NN_V_COMMENTS, END_STRONG},
    {"ارسال نظر", NN_V_COMMENTS, END_STRONG},
    {"\xE2\x80\xA6 we have a small favor", NN_V_APPEAL, END_STRONG},
    {"... we have a small favor", NN_V_APPEAL, END_STRONG},
    {"we have a small favor", NN_V_APPEAL, END_STRONG},
    {"a message from", NN_V_APPEAL, END_STRONG},
    {"dear reader", NN_V_APPEAL, END_STRONG},
    {"support independent journalism", NN_V_APPEAL, END_STRONG},
    {"independent journalism isn", NN_V_APPEAL, END_STRONG},
    {"similar posts", NN_V_RELATED, END_WEAK},
    {"read more", NN_V_RELATED, END_WEAK},
    {"similar articles", NN_V_RELATED, END_WEAK},
    {"similar news", NN_V_RELATED, END_WEAK},
    {"related news", NN_V_RELATED, END_WEAK},
    {"related articles", NN_V_RELATED, END_WEAK},
    {"related stories", NN_V_RELATED, END_WEAK},
    {"related posts", NN_V_RELATED, END_WEAK},
    {"related content", NN_V_RELATED, END_WEAK},
    {"related topics", NN_V_RELATED, END_WEAK},
    {"related", NN_V_RELATED, END_WEAK},
    {"you may also like", NN_V_RELATED, END_WEAK},
    {"you might also like", NN_V_RELATED, END_WEAK},
    {"you may be interested", NN_V_RELATED, END_WEAK},
    {"recommended for you", NN_V_RELATED, END_WEAK},
    {"recommended", NN_V_RELATED, END_WEAK},
    {"check also", NN_V_RELATED, END_WEAK},
    {"read also", NN_V_RELATED, END_WEAK},
    {"also read", NN_V_RELATED, END_WEAK},
    {"see also", NN_V_RELATED, END_WEAK},
    {"more from", NN_V_RELATED, END_WEAK},
    {"more stories", NN_V_RELATED, END_WEAK},
    {"more news", NN_V_RELATED, END_WEAK},
    {"more on this", NN_V_RELATED, END_WEAK},
    {"other news", NN_V_RELATED, END_WEAK},
    {"latest news", NN_V_RELATED, END_WEAK},
    {"latest stories", NN_V_RELATED, END_WEAK},
    {"últimas noticias", NN_V_RELATED, END_WEAK},
    {"últimas notícias", NN_V_RELATED, END_WEAK},
    {"ultime notizie", NN_V_RELATED, END_WEAK},
    {"dernières actualités", NN_V_RELATED, END_WEAK},
    {"dernières nouvelles", NN_V_RELATED, END_WEAK},
    {"neueste nachrichten", NN_V_RELATED, END_WEAK},
    {"berita terbaru", NN_V_RELATED, END_WEAK},
    {"последние новости", NN_V_RELATED, END_WEAK},
    {"останні новини", NN_V_RELATED, END_WEAK},
    {"son haberler", NN_V_RELATED, END_WEAK},
    {"artículos relacionados", NN_V_RELATED, END_WEAK},
    {"artigos relacionados", NN_V_RELATED, END_WEAK},
    {"articles similaires", NN_V_RELATED, END_WEAK},
    {"articles liés", NN_V_RELATED, END_WEAK},
    {"ähnliche artikel", NN_V_RELATED, END_WEAK},
    {"articoli simili", NN_V_RELATED, END_WEAK},
    {"popular news", NN_V_POPULAR, END_WEAK},
    {"most popular", NN_V_POPULAR, END_WEAK},
    {"most read", NN_V_POPULAR, END_WEAK},
    {"most viewed", NN_V_POPULAR, END_WEAK},
    {"trending", NN_V_POPULAR, END_WEAK},
    {"top 10", NN_V_POPULAR, END_WEAK},
    {"top stories", NN_V_POPULAR, END_WEAK},
    {"editor's picks", NN_V_POPULAR, END_WEAK},
    {"lo más leído", NN_V_POPULAR, END_WEAK},
    {"lo más visto", NN_V_POPULAR, END_WEAK},
    {"más leídas", NN_V_POPULAR, END_WEAK},
    {"mais lidas", NN_V_POPULAR, END_WEAK},
    {"più letti", NN_V_POPULAR, END_WEAK},
    {"i più letti", NN_V_POPULAR, END_WEAK},
    {"les plus lus", NN_V_POPULAR, END_WEAK},
    {"meistgelesen", NN_V_POPULAR, END_WEAK},
    {"meistgelesene artikel", NN_V_POPULAR, END_WEAK},
    {"terpopuler", NN_V_POPULAR, END_WEAK},
    {"самое читаемое", NN_V_POPULAR, END_WEAK},
    {"популярное", NN_V_POPULAR, END_WEAK},
    {"найпопулярніше", NN_V_POPULAR, END_WEAK},
    {"en çok okunanlar", NN_V_POPULAR, END_WEAK},
    {"en çok okunan", NN_V_POPULAR, END_WEAK},
    {"te recomendamos", NN_V_RELATED, END_WEAK},
    {"você pode gostar", NN_V_RELATED, END_WEAK},
    {"vous aimerez aussi", NN_V_RELATED, END_WEAK},
    {"à voir aussi", NN_V_RELATED, END_WEAK},
    {"weitere nachrichten", NN_V_RELATED, END_WEAK},
    {"auch interessant", NN_V_RELATED, END_WEAK},
    {"potrebbero interessarti", NN_V_RELATED, END_WEAK},
    {"baca lainnya", NN_V_RELATED, END_WEAK},
    {"\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
     NN_V_RELATED, END_WEAK}, /* читайте также */
    {"\xD0\xBF\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8",
     NN_V_RELATED, END_WEAK}, /* похожие новости */
    {"ilgili haberler", NN_V_RELATED, END_WEAK},
    {"noticias relacionadas", NN_V_RELATED, END_WEAK},
    {"not\xC3\xAD"
     "cias relacionadas",
     NN_V_RELATED, END_WEAK},
    {"leia tamb\xC3\xA9m", NN_V_RELATED, END_WEAK},
    {"lea tambi\xC3\xA9n", NN_V_RELATED, END_WEAK},
    {"das k\xC3\xB6nnte sie auch interessieren", NN_V_RELATED, END_WEAK},
    {"mehr zum thema", NN_V_RELATED, END_WEAK},
    {"\xC3\xA0 lire aussi", NN_V_RELATED, END_WEAK},
    {"lire aussi", NN_V_RELATED, END_WEAK},
    {"articoli correlati", NN_V_RELATED, END_WEAK},
    {"leggi anche", NN_V_RELATED, END_WEAK},
    {"berita terkait", NN_V_RELATED, END_WEAK},
    {"baca juga", NN_V_RELATED, END_WEAK},
    {"artikel terkait", NN_V_RELATED, END_WEAK},
    {"berita lainnya", NN_V_RELATED, END_WEAK},
    {"читайте також", NN_V_RELATED, END_WEAK},
    {"схожі новини", NN_V_RELATED, END_WEAK},
    {"інші новини", NN_V_RELATED, END_WEAK},
    {"другие новости", NN_V_RELATED, END_WEAK},
    {"czytaj też", NN_V_RELATED, END_WEAK},
    {"czytaj także", NN_V_RELATED, END_WEAK},
    {"zobacz też", NN_V_RELATED, END_WEAK},
    {"zobacz także", NN_V_RELATED, END_WEAK},
    {"اقرأ أيضا", NN_V_RELATED, END_WEAK},
    {"اقرأ أيضاً", NN_V_RELATED, END_WEAK},
    {"أخبار ذات صلة", NN_V_RELATED, END_WEAK},
    {"بیشتر بخوانید", NN_V_RELATED, END_WEAK},
    {"اخبار مرتبط", NN_V_RELATED, END_WEAK},
    {"مطالب مرتبط", NN_V_RELATED, END_WEAK},
    {"bunlar da ilginizi", NN_V_RELATED, END_WEAK},
    {"weitere artikel", NN_V_RELATED, END_WEAK},
    {"sur le même sujet", NN_V_RELATED, END_WEAK},
    {"dans la même rubrique", NN_V_RELATED, END_WEAK},
    {"potrebbe interessarti", NN_V_RELATED, END_WEAK},
    {"ti potrebbe interessare", NN_V_RELATED, END_WEAK},
    {"te puede interesar", NN_V_RELATED, END_WEAK},
    {"también te puede interesar", NN_V_RELATED, END_WEAK},
    {"más noticias", NN_V_RELATED, END_WEAK},
    {"veja também", NN_V_RELATED, END_WEAK},
    {"mais notícias", NN_V_RELATED, END_WEAK},
    {"tags", NN_V_TAGS, END_WEAK},
    {"etiketler", NN_V_TAGS, END_WEAK},
    {"теги", NN_V_TAGS, END_WEAK},
    {"метки", NN_V_TAGS, END_WEAK},
    {"schlagwörter", NN_V_TAGS, END_WEAK},
    {"etiquetas", NN_V_TAGS, END_WEAK},
    {"mots-clés", NN_V_TAGS, END_WEAK},
    {"tagged", NN_V_TAGS, END_WEAK},
    {"label", NN_V_TAGS, END_WEAK},
    {"category", NN_V_TAGS, END_WEAK},
    {"categories", NN_V_TAGS, END_WEAK},
    {"filed under", NN_V_TAGS, END_WEAK},
    {"topics", NN_V_TAGS, END_WEAK},
    {"share this", NN_V_SHARE, END_WEAK},
    {"share on", NN_V_SHARE, END_WEAK},
    {"about the author", NN_V_AUTHOR_BOX, END_WEAK},
    {"about the authors", NN_V_AUTHOR_BOX, END_WEAK},
    {"cite this", NN_V_CITATION, END_WEAK},
    {"about admin", NN_V_AUTHOR_BOX, END_WEAK},
    {"sign up for", NN_V_NEWSLETTER, END_WEAK},
    {"subscribe to", NN_V_NEWSLETTER, END_WEAK},
    {"newsletter", NN_V_NEWSLETTER, END_WEAK},
    {"we use cookies", NN_V_DIALOG, END_WEAK},
    {"this website uses cookies", NN_V_DIALOG, END_WEAK},
    {"copyright", NN_V_FOOTER, END_WEAK},
    {"\xC2\xA9", NN_V_FOOTER, END_WEAK},
    {"all rights reserved", NN_V_FOOTER, END_WEAK},
};

#define END_LINE_MAX 90 /* bytes: an end marker is a short line */

/* Lower-case (ASCII) prefix comparison, at a word's end. */
/* The markers by the first byte of their phrase, each chain in the
 * table's order (index + 1; 0 ends a chain): a line is compared with the
 * few that start as it does. */
static unsigned short marker_first[256], marker_next[NN_COUNT(end_markers)];
static pthread_once_t marker_once = PTHREAD_ONCE_INIT;

static void markers_index(void)
{
    size_t i;
    for (i = NN_COUNT(end_markers); i-- > 0;) {
        unsigned char c = (unsigned char)end_markers[i].phrase[0];
        marker_next[i] = marker_first[c];
        marker_first[c] = (unsigned short)(i + 1);
    }
}

static int starts_phrase(const char *s, size_t n, const char *p)
{
    size_t pl = strlen(p);
    if (pl > n || !nn_starts_ci(s, n, p))
        return 0;
    /* "Related" is a marker, "Relatedly, ..." is not; a Cyrillic capital
     * (as in "Комментарии") is not folded by nn_starts_ci: see caller */
    return pl == n || !nn_is_alnum_cp((unsigned char)s[pl]) ||
           (unsigned char)p[pl - 1] >= 0x80;
}

/* The end marker a line is, or NULL: "34 responses to ...", "5 Comments"
 * count too. */
static const end_marker *end_marker_of(const char *s, size_t n)
{
    static const end_marker counted = {"", NN_V_COMMENTS, END_STRONG};
    char low[END_LINE_MAX + 1];
    size_t i, k;
    if (!n || n > END_LINE_MAX)
        return NULL;
    /* fold the first letters as utf8proc does (Cyrillic, accents) */
    for (i = 0, k = 0; i < n && k + 4 < sizeof low;) {
        int32_t cp;
        size_t cl;
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el;
        if ((unsigned char)s[i] < 0x80) { /* ASCII: as utf8proc folds it */
            low[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
            i++;
            continue;
        }
        cl = nn_utf8_decode(s + i, n - i, &cp);
        el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        if (el <= 0 || k + (size_t)el >= sizeof low)
            break;
        memcpy(low + k, enc, (size_t)el);
        k += (size_t)el;
        i += cl;
    }
    low[k] = '\0';
    for (i = 0; i < k && low[i] >= '0' && low[i] <= '9'; i++)
        ;
    if (i > 0 && i < k && low[i] == ' ' &&
        (starts_phrase(low + i + 1, k - i - 1, "comments") ||
         starts_phrase(low + i + 1, k - i - 1, "comment") ||
         starts_phrase(low + i + 1, k - i - 1, "responses") ||
         starts_phrase(low + i + 1, k - i - 1, "response") ||
         starts_phrase(low + i + 1, k - i - 1, "replies") ||
         starts_phrase(low + i + 1, k - i - 1, "thoughts on")))
        return &counted;
    pthread_once(&marker_once, markers_index);
    for (i = marker_first[(unsigned char)low[0]]; i; i = marker_next[i - 1])
        if (starts_phrase(low, k, end_markers[i - 1].phrase))
            return &end_markers[i - 1];
    return NULL;
}

/* "Director: Amira Benali", "Running time: 2h 31m": a label of one or
 * two words and its value, as fact boxes print them. */
static int label_value(const char *s, size_t n)
{
    size_t i, spaces = 0;
    for (i = 0; i < n && i < 32; i++) {
        if (s[i] == ':')
            return i > 0 && i + 1 < n && s[i + 1] == ' ';
        if (s[i] == ' ' && ++spaces > 1)
            return 0;
    }
    return 0;
}

/* Could block i be a short paragraph of the article: text, no links,
 * not repeated, not a caption (what follows an image), pull quote or fact
 * box line, of a class its neighbours may change (short, near good)? */
static int text_like(const block *b, size_t i, const char *text,
                     const nn_line *lines, int sparse_ok)
{
    const nn_line *l = &lines[b[i].first];
    /* text dense in names and numbers (a lead, a results paragraph) has
     * few stopwords: inside the article, a sentence with some is text */
    int sparse = sparse_ok && b[i].init == C_BAD &&
                 b[i].why == NN_V_STOPWORDS &&
                 b[i].density >= (sparse_ok > 1 ? STOP_TAIL : STOP_SPAN);
    return b[i].kind != NN_LINE_HEADING && !b[i].repeated && !b[i].links &&
           !b[i].chrome && b[i].chars &&
           (b[i].init == C_SHORT || b[i].init == C_NEAR ||
            b[i].kind == NN_LINE_ITEM || sparse) &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           !label_value(text + l->off, l->len) &&
           b[i].why != NN_V_IMAGE_CAPTION && b[i].why != NN_V_PULL_QUOTE;
}

/* A whole sentence of eight words or more, without links, whatever its
 * stopwords: under the headline and right above the article's first
 * paragraph it is the lead (languages whose lists catch few of their
 * words, "Yangın, saat 18.00 sıralarında Eyüpsultan Göktürk'te ormanlık
 * alanda çıktı."). */
static int lead_sentence(const block *b, size_t i)
{
    return b[i].kind == NN_LINE_TEXT && b[i].sentence && !b[i].links &&
           !b[i].chrome && !b[i].repeated && b[i].words >= 8 &&
           b[i].first == b[i].last &&
           !(i > 0 && b[i - 1].images && !b[i - 1].chars) &&
           (b[i].why == NN_V_STOPWORDS || b[i].why == NN_V_ISOLATED ||
            b[i].why == NN_V_SHORT);
}

/* Is there article text in the few blocks after block i (a marker in
 * mid-article: "Related: ..." between two paragraphs)? */
static int good_soon(const block *b, size_t nb, size_t i)
{
    size_t k;
    for (k = i + 1; k < nb && k <= i + 3; k++)
        if (b[k].kind != NN_LINE_HEADING &&
            (b[k].init == C_GOOD || /* good in itself */
             (k == i + 1 && b[k].init == C_NEAR && b[k].sentence)))
            return 1; /* (or the text goes on right under it) */
    return 0;
}

/* What follows an article may be the page's next item: */
static const end_marker next_story = {"", NN_V_NEXT_ITEM, END_STRONG};
/* or a list of other stories, each a headline and a summary: */
static const end_marker teaser_list = {"", NN_V_RELATED, END_STRONG};

/* Could block i be another story's headline on a copied page: one line
 * that is no sentence, no link? */
static int teaser_head(const block *b, size_t i, const char *text,
                       const nn_line *lines)
{
    const nn_line *l = &lines[b[i].first];
    const char *s = text + l->off, *comma;
    if (!(b[i].kind == NN_LINE_TEXT && b[i].first == b[i].last &&
          !b[i].sentence && !b[i].links && b[i].words >= 6 &&
          b[i].words <= 16 && l->len <= 160))
        return 0; /* (most blocks: the line's bytes are not read) */
    comma = memchr(s, ',', l->len); /* at most one comma */
    return (!comma ||
            !memchr(comma + 1, ',', l->len - (size_t)(comma - s) - 1)) &&
           !strchr(",;:", s[l->len - 1]) && nn_starts_upper(s, l->len);
}

/* The article's words a teaser's are compared with: its first 4 KB (its
 * subject is named there), so that a page of many teasers costs a linear
 * pass. */
static size_t art_len(size_t n)
{
    return n < 4096 ? n : 4096;
}

/* Does a list of other stories start at block i: two headlines or more
 * (6 to 16 words, a comma at the most, not a lead-in to a quote), each
 * over a summary of a sentence or two, to the page's end (or to
 * text too short to be an article's), each headline sharing few words
 * with the article above it (art: its text, a subheading of the article
 * shares many)?  Only on copied pages, whose lines are the text in order. */
static int teaser_run(const block *b, size_t nb, size_t i, const char *text,
                      const nn_line *lines, const char *art, size_t artlen)
{
    size_t k = i, end, units = 0, rest = 0;
    while (k < nb && teaser_head(b, k, text, lines)) {
        if (!(k + 1 < nb && b[k + 1].sentence &&
              b[k + 1].kind == NN_LINE_TEXT && b[k + 1].chars <= 350))
            break; /* its summary: a sentence or two */
        units++;
        k += 2;
    }
    if (units < 2)
        return 0;
    for (end = k; k < nb; k++)
        if (b[k].cls == C_GOOD)
            rest += b[k].chars;
    if (rest >= LENGTH_HIGH)
        return 0;
    /* (the costlier test last) a subheading of the article shares its
     * words */
    for (k = i; k < end; k += 2)
        if (nn_pg_overlap(text + lines[b[k].first].off, lines[b[k].first].len,
                          art, artlen) >= 0.34f)
            return 0;
    return 1;
}

/* a block that opens with a date and a time ("Comando Provinciale di
 * Palermo - Palermo , 05/01/2026 11:04 I Carabinieri ..."), or that
 * prints the article's headline again ("Eyüpsultan'da ormanlık alanda
 * yangın ile ilgili etiketler ...", "canarias7 El Gobierno se niega ...").
 * Asked only once the article has text above. */
static int next_item(const char *text, const nn_line *lines, const block *b,
                     size_t title)
{
    const nn_line *l = &lines[b->first];
    nn_date_hit h[2];
    size_t k, c;
    if (b->first != b->last || b->kind == NN_LINE_HEADING)
        return 0;
    if (b->chars >= LENGTH_HIGH &&
        nn_date_may_hold(text + l->off, l->len < 80 ? l->len : 80, 1)) {
        c = nn_date_find(text + l->off, l->len < 80 ? l->len : 80, h, 2);
        for (k = 0; k < c; k++)
            if (h[k].iso[0] && strchr(h[k].iso, 'T'))
                return 1;
    }
    if (title != SIZE_MAX && lines[title].len >= 15 &&
        l->len > lines[title].len &&
        nn_has(text + l->off, l->len, text + lines[title].off,
               lines[title].len))
        return 1;
    return 0;
}

/* The first block of the span: the headline's, or the first good one
 * (nb: none). */
static size_t span_start(const block *b, size_t nb, size_t title)
{
    size_t i;
    for (i = 0; i < nb; i++)
        if (title != SIZE_MAX
                ? b[i].first >= title
                : b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            return i;
    return nb;
}

/* Find the end marker that closes the article after block start: the
 * marker lines are chrome wherever they stand, the blocks from the end on
 * go.  Returns the end's block index (nb: the page's end); *lastp is the
 * last good block before it (nb: none). */
static size_t span_end(nn_page *pg, const char *text, const nn_line *lines,
                       size_t title, size_t start, size_t *lastp)
{
    block *b = pg->b;
    size_t nb = pg->nb, i, end = nb, last = nb, before = 0, after = 0;
    const end_marker *em = NULL;

    for (i = start + 1; i < nb; i++)
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING)
            after += b[i].chars;
    if (b[start].cls == C_GOOD && b[start].kind != NN_LINE_HEADING) {
        before = b[start].chars;
        last = start;
    }
    for (i = start + 1; i < nb; i++) {
        const nn_line *l = &lines[b[i].first];
        const end_marker *m = b[i].first == b[i].last
                                  ? end_marker_of(text + l->off, l->len)
                                  : NULL;
        if (!m && before >= 2 * LENGTH_HIGH &&
            next_item(text, lines, &b[i], title))
            m = &next_story;
        if (!m && pg->kind == NN_PAGE_PLAIN && before >= 2 * LENGTH_HIGH &&
            lines[b[i].first].off > lines[b[start].first].off &&
            teaser_run(b, nb, i, text, lines, text + lines[b[start].first].off,
                       art_len(lines[b[i].first].off -
                               lines[b[start].first].off)))
            m = &teaser_list; /* (the article's text: from its start to
                                 here, when the lines are in order) */
        b[i].marker = m != NULL;
        if (m && b[i].init != C_GOOD) {
            /* the marker line itself is chrome, wherever it stands */
            b[i].cls = C_BAD;
            b[i].why = m->kind;
            b[i].value = -1;
        }
        if (m && before >= LENGTH_LOW &&
            (m->strong == END_STRONG ||
             (before >= 2 * LENGTH_HIGH && after * 3 < before &&
              !good_soon(b, nb, i)))) {
            end = i;
            em = m;
            break;
        }
        if (b[i].cls == C_GOOD && b[i].kind != NN_LINE_HEADING) {
            before += b[i].chars;
            after -= b[i].chars;
            last = i;
        }
    }
    for (i = end; i < nb; i++) {
        b[i].cls = C_BAD;
        b[i].why = em->kind;
        b[i].value = -2; /* see nn_page_judge: "after-article: " */
    }
    *lastp = last;
    return end;
}

/* Inside the span, from the first good block to the last: short
 * sentences, near-good text, list items that read as text are kept (in a
 * language whose stopword list catches few words, any whole sentence of
 * eight words: see span_tail()); on a copied page, another story's
 * headline goes. */
static void span_inside(nn_page *pg, const char *text, const nn_line *lines,
                        size_t start, size_t last)
{
    block *b = pg->b;
    size_t i;
    int weak_list = nn_pg_stop_scale(pg->lang) < 0.5f;
    for (i = start + 1; i < last; i++) {
        if (b[i].cls == C_GOOD || !(text_like(b, i, text, lines, 1) ||
                                    (weak_list && lead_sentence(b, i))))
            continue;
        if (b[i].sentence)
            b[i].cls = C_GOOD;
        else if (b[i].kind == NN_LINE_ITEM && b[i].init != C_BAD &&
                 b[i].words >= 4)
            b[i].cls = C_GOOD;
    }
    /* on a copied page, a long line that is no sentence between two
     * paragraphs is another story's headline (a teaser, a "read also"
     * link whose link is gone), not a subheading: those are short */
    if (pg->kind == NN_PAGE_PLAIN)
        for (i = start + 1; i < last; i++)
            if (b[i].cls == C_GOOD && b[i].init == C_SHORT && !b[i].sentence &&
                b[i].kind == NN_LINE_TEXT && b[i].words >= TEASER_WORDS) {
                b[i].cls = C_BAD;
                b[i].why = NN_V_TEASER;
                b[i].value = -1;
            }
}

/* Above the first good block: the head's lines that are no sentences go,
 * the lead's short sentences are kept. */
static void span_head(block *b, const char *text, const nn_line *lines,
                      size_t title, size_t start)
{
    size_t i;
    /* between the headline and the text, lines that are no sentences
     * are the head's (a byline "Free Press Staff", a kicker, a date line),
     * whatever their neighbours made of them */
    if (title != SIZE_MAX)
        for (i = 0; i < start; i++)
            if (b[i].first > title && b[i].cls == C_GOOD &&
                b[i].init != C_GOOD && !b[i].sentence &&
                b[i].kind == NN_LINE_TEXT) {
                b[i].cls = C_BAD;
                b[i].why = NN_V_HEAD_LINE;
                b[i].value = -1;
            }
    /* the short sentences right above the first good block (a lead of
     * one-line paragraphs; a standfirst stands above the byline or date
     * line, which stops this) */
    for (i = start; i-- > 0 && (title == SIZE_MAX || b[i].first > title);) {
        if (!(text_like(b, i, text, lines, 1) || lead_sentence(b, i)) ||
            !b[i].sentence)
            break;
        b[i].cls = C_GOOD;
    }
}

/* Below the last good block: the article's last short sentences, over a
 * few short lines of chrome ("Advertisement", "Share"), to a block that
 * reads as neither.  In a language whose stopword list catches few of its
 * words (Turkish: "Yaralanan 5 polis memuru sağlık ekiplerince hastaneye
 * kaldırıldı." has none), a whole sentence of eight words or more is the
 * article's whatever its stopwords. */
static void span_tail(block *b, const char *text, const nn_line *lines,
                      size_t last, size_t end, int weak_list)
{
    size_t i, k;
    for (i = last + 1, k = 0; i < end; i++) {
        const nn_line *l = &lines[b[i].first];
        /* "Read more" above teasers: what follows is no longer the
         * text; "Share this" between two sentences is only a button */
        if (b[i].marker && !(i + 1 < end && b[i + 1].sentence &&
                             text_like(b, i + 1, text, lines, 0)))
            break;
        /* right after the last good block, a paragraph a little sparse
         * in stopwords is still the article's */
        if ((text_like(b, i, text, lines, i == last + 1 ? 2 : 0) ||
             (weak_list && lead_sentence(b, i))) &&
            b[i].sentence) {
            b[i].cls = C_GOOD;
            k = 0;
        } else if (!(b[i].first == b[i].last && l->len < 80 && !b[i].sentence &&
                     ++k <= 6)) {
            break;
        }
    }
}

/* The article runs from its headline (or its first good block) to the
 * first end marker that closes it; within that span, short paragraphs
 * that are sentences, near-good blocks and link-free list items are
 * article text; from the end on, nothing is.  Returns the end's block
 * index (nb: the page's end). */
size_t nn_pg_article_span(nn_page *pg, const char *text, const nn_line *lines,
                          size_t title)
{
    block *b = pg->b;
    size_t nb = pg->nb, i, start, end, last;

    start = span_start(b, nb, title);
    if (start == nb)
        return nb;
    end = span_end(pg, text, lines, title, start, &last);
    if (last == nb)
        return end;
    /* inside, from the first good block: short sentences, near-good
     * text, list items that read as text */
    while (start < last &&
           !(b[start].cls == C_GOOD && b[start].kind != NN_LINE_HEADING &&
             (b[start].init == C_GOOD || b[start].sentence) &&
             (title == SIZE_MAX || b[start].first > title)))
        start++;
    span_inside(pg, text, lines, start, last);
    span_head(b, text, lines, title, start);
    span_tail(b, text, lines, last, end, nn_pg_stop_scale(pg->lang) < 0.5f);
    /* a subheading inside the span stands above text now kept */
    for (i = start + 1; i < end; i++)
        if (b[i].kind == NN_LINE_HEADING && b[i].cls != C_GOOD &&
            nn_pg_good_after(b, nb, i, 0, HEADING_REACH))
            b[i].cls = C_GOOD;
    return end;
}
