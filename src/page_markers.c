/* page_markers.c - the lines that open what follows an article (comment
 * sections, reply forms, related and popular lists, tags, newsletter and
 * footer blocks, a post's neighbours), in the languages of world news: a
 * table the article span (page_span.c) asks of each one-line block. */
#include "page.h"
#include "page_int.h"
#include "unicode.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>
static const end_marker end_markers[] = {
    {"leave a reply", NN_V_COMMENTS, END_STRONG},
    {"leave a comment", NN_V_COMMENTS, END_STRONG},
    {"post a comment", NN_V_COMMENTS, END_STRONG},
    {"add a comment", NN_V_COMMENTS, END_STRONG},
    {"add comment", NN_V_COMMENTS, END_STRONG},
    {"write a comment", NN_V_COMMENTS, END_STRONG},
    {"comments are closed", NN_V_COMMENTS, END_STRONG},
    {"comments: our rules", NN_V_COMMENTS, END_STRONG},
    {"previous articlenext article", NN_V_RELATED, END_STRONG},
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
    {"welcome to the discussion", NN_V_COMMENTS, END_STRONG},
    /* the prompt under an article to report a mistake in it */
    {"pokud jste v článku zaznamenali chybu", NN_V_FOOTER, END_STRONG},
    {"report an error", NN_V_FOOTER, END_STRONG},
    {"report a typo", NN_V_FOOTER, END_STRONG},
    {"report a correction", NN_V_FOOTER, END_STRONG},
    {"if you spot an error", NN_V_FOOTER, END_STRONG},
    {"spotted an error", NN_V_FOOTER, END_STRONG},
    {"signaler une erreur", NN_V_FOOTER, END_STRONG},
    {"vous avez repéré une erreur", NN_V_FOOTER, END_STRONG},
    {"haben sie einen fehler entdeckt", NN_V_FOOTER, END_STRONG},
    {"fehler gefunden?", NN_V_FOOTER, END_STRONG},
    {"reportar un error", NN_V_FOOTER, END_STRONG},
    {"reporta un error", NN_V_FOOTER, END_STRONG},
    /* a site's widgets for the reader's authors and saved pieces, under
     * the article ("Sigues a Ramón Gorriarán / Madrid. Gestiona tus
     * autores en Mis intereses.", "Contenido guardado.") */
    {"sigues a", NN_V_FOOTER, END_WEAK},
    {"contenido guardado", NN_V_FOOTER, END_WEAK},
    {"¿encontraste un error", NN_V_FOOTER, END_STRONG},
    {"encontrou um erro", NN_V_FOOTER, END_STRONG},
    {"segnala un errore", NN_V_FOOTER, END_STRONG},
    {"zgłoś błąd", NN_V_FOOTER, END_STRONG},
    {"нашли ошибку", NN_V_FOOTER, END_STRONG},
    {"нашли опечатку", NN_V_FOOTER, END_STRONG},
    {"если вы нашли ошибку", NN_V_FOOTER, END_STRONG},
    {"помітили помилку", NN_V_FOOTER, END_STRONG},
    {"bir hata mı buldunuz", NN_V_FOOTER, END_STRONG},
    /* a station's or paper's notice over its comment widget */
    {"comments are posted from viewers", NN_V_COMMENTS, END_STRONG},
    {"comments are moderated", NN_V_COMMENTS, END_STRONG},
    /* comment widgets that ask the reader to sign in, or failed to load */
    {"sign in to post a comment", NN_V_COMMENTS, END_STRONG},
    {"sign in to post a reply", NN_V_COMMENTS, END_STRONG},
    {"sign in to comment", NN_V_COMMENTS, END_STRONG},
    {"log in to comment", NN_V_COMMENTS, END_STRONG},
    {"log in to post a comment", NN_V_COMMENTS, END_STRONG},
    {"you must be logged in to post a comment", NN_V_COMMENTS, END_STRONG},
    {"you must be logged in to comment", NN_V_COMMENTS, END_STRONG},
    {"sorry, we can't load comments", NN_V_COMMENTS, END_STRONG},
    {"sorry, we can\xE2\x80\x99t load comments", NN_V_COMMENTS, END_STRONG},
    {"we will promote constructive and witty comments", NN_V_COMMENTS,
     END_STRONG},
    /* WordPress's classic line under a post */
    {"you can follow any responses to this entry", NN_V_COMMENTS, END_STRONG},
    {"both comments and pings are currently closed", NN_V_COMMENTS, END_STRONG},
    /* comment sections in Czech, Romanian, Hungarian, Greek, Swedish */
    {"komentáře", NN_V_COMMENTS, END_STRONG},
    {"comentarii", NN_V_COMMENTS, END_STRONG},
    {"hozzászólások", NN_V_COMMENTS, END_STRONG},
    {"σχόλια", NN_V_COMMENTS, END_STRONG},
    {"kommentarer", NN_V_COMMENTS, END_STRONG},
    /* an empty comment section */
    {"no comments yet", NN_V_COMMENTS, END_STRONG},
    {"there are no comments yet", NN_V_COMMENTS, END_STRONG},
    {"be the first to comment", NN_V_COMMENTS, END_STRONG},
    {"sé el primero en comentar", NN_V_COMMENTS, END_STRONG},
    {"seja o primeiro a comentar", NN_V_COMMENTS, END_STRONG},
    {"soyez le premier à commenter", NN_V_COMMENTS, END_STRONG},
    {"sii il primo a commentare", NN_V_COMMENTS, END_STRONG},
    {"noch keine kommentare", NN_V_COMMENTS, END_STRONG},
    {"henüz yorum yapılmamış", NN_V_COMMENTS, END_STRONG},
    {"belum ada komentar", NN_V_COMMENTS, END_STRONG},
    {"reacties", NN_V_COMMENTS, END_STRONG},
    {"plaats een reactie", NN_V_COMMENTS, END_STRONG},
    {"email của bạn sẽ không được hiển thị", NN_V_COMMENTS, END_STRONG},
    {"để lại một bình luận", NN_V_COMMENTS, END_STRONG},
    {"để lại bình luận", NN_V_COMMENTS, END_STRONG},
    {"bình luận", NN_V_COMMENTS, END_STRONG},
    {"trả lời", NN_V_COMMENTS, END_WEAK}, /* "Reply"; and "Trả lời báo
                                               chí, ..." opens sentences */
    {"\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",
     NN_V_COMMENTS, END_STRONG}, /* комментарии */
    {"yorumlar", NN_V_COMMENTS, END_STRONG},
    /* the comment box's question to the reader ("SİZİN DÜŞÜNCELERİNİZ?") */
    {"sizin düşünceleriniz", NN_V_COMMENTS, END_STRONG},
    {"sizin düşünceleriniz?", NN_V_COMMENTS, END_STRONG},
    {"what do you think?", NN_V_COMMENTS, END_STRONG},
    {"qu'en pensez-vous ?", NN_V_COMMENTS, END_STRONG},
    {"qu'en pensez-vous?", NN_V_COMMENTS, END_STRONG},
    {"o que você acha?", NN_V_COMMENTS, END_STRONG},
    {"¿qué opinas?", NN_V_COMMENTS, END_STRONG},
    {"e tu cosa ne pensi?", NN_V_COMMENTS, END_STRONG},
    {"was meinen sie?", NN_V_COMMENTS, END_STRONG},
    {"yorum yap", NN_V_COMMENTS, END_STRONG},
    {"comentarios", NN_V_COMMENTS, END_STRONG},
    {"deja un comentario", NN_V_COMMENTS, END_STRONG},
    {"deixe um coment\xC3\xA1rio", NN_V_COMMENTS, END_STRONG},
    /* the comment form's heading in other words ("Deixe seu comentário",
     * "Deja tu comentario", "Оставьте комментарий") */
    {"deixe seu coment\xC3\xA1rio", NN_V_COMMENTS, END_ALONE},
    {"deixe o seu coment\xC3\xA1rio", NN_V_COMMENTS, END_ALONE},
    {"deixe sua opini\xC3\xA3o", NN_V_COMMENTS, END_ALONE},
    {"deja tu comentario", NN_V_COMMENTS, END_ALONE},
    {"escribe un comentario", NN_V_COMMENTS, END_ALONE},
    {"laissez un commentaire", NN_V_COMMENTS, END_ALONE},
    {"ajouter un commentaire", NN_V_COMMENTS, END_ALONE},
    {"lascia un tuo commento", NN_V_COMMENTS, END_ALONE},
    {"kommentar schreiben", NN_V_COMMENTS, END_ALONE},
    {"kommentar verfassen", NN_V_COMMENTS, END_ALONE},
    {"yorum yaz\xC4\xB1n", NN_V_COMMENTS, END_ALONE},
    {"leave your comment", NN_V_COMMENTS, END_ALONE},
    {"оставьте комментарий", NN_V_COMMENTS, END_ALONE},
    {"оставить комментарий", NN_V_COMMENTS, END_ALONE},
    {"добавить комментарий", NN_V_COMMENTS, END_ALONE},
    {"оставить сообщение", NN_V_COMMENTS, END_ALONE}, /* "leave a message" */
    {"оставьте сообщение", NN_V_COMMENTS, END_ALONE},
    /* a rewritten release's link to its source ("Hier geht es zur
     * Originalquelle") */
    {"hier geht es zur originalquelle", NN_V_FOOTER, END_ALONE},
    /* WordPress's reply form in the languages of world news ("Leave a
     * Reply"), and a portal's heading over its comment form ("HABERE
     * YORUM KAT") */
    {"tinggalkan balasan", NN_V_COMMENTS, END_STRONG},
    {"deixe uma resposta", NN_V_COMMENTS, END_STRONG},
    {"deja una respuesta", NN_V_COMMENTS, END_STRONG},
    {"schreibe einen kommentar", NN_V_COMMENTS, END_STRONG},
    {"bir yan\xC4\xB1t yaz\xC4\xB1n", NN_V_COMMENTS, END_STRONG},
    {"habere yorum kat", NN_V_COMMENTS, END_STRONG},
    /* a paper's newsletter form under the article ("Today's breaking news
     * and more in your inbox" / "I'm interested in (please check all that
     * apply)" / "Are you a paying subscriber to the newspaper? *") */
    {"today's breaking news and more in your inbox", NN_V_NEWSLETTER,
     END_STRONG},
    {"today\xE2\x80\x99s breaking news and more in your inbox", NN_V_NEWSLETTER,
     END_STRONG},
    {"i'm interested in (please check all that apply)", NN_V_NEWSLETTER,
     END_STRONG},
    {"are you a paying subscriber to the newspaper", NN_V_NEWSLETTER,
     END_STRONG},
    /* a comment section's disclaimer ("Los comentarios publicados son de
     * exclusiva responsabilidad de sus autores ...") */
    {"los comentarios publicados son de exclusiva responsabilidad de sus "
     "autores",
     NN_V_COMMENTS, END_STRONG},
    {"los comentarios son de exclusiva responsabilidad de sus autores",
     NN_V_COMMENTS, END_STRONG},
    {"os coment\xC3\xA1rios s\xC3\xA3o de responsabilidade exclusiva de "
     "seus autores",
     NN_V_COMMENTS, END_STRONG},
    {"comments are the sole responsibility of their authors", NN_V_COMMENTS,
     END_STRONG},
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
    /* a paywall's notice where the text stops: the rest is another's */
    /* a paper's sales box under the article ("Digital Edition" /
     * "Subscribe" / "Get an all ACCESS PASS ...") */
    {"digital edition", NN_V_PAYWALL, END_ALONE},
    {"e-edition", NN_V_PAYWALL, END_ALONE},
    {"ganzer artikel ist nur für abonnenten", NN_V_PAYWALL, END_STRONG},
    {"dieser artikel ist nur für abonnenten", NN_V_PAYWALL, END_STRONG},
    {"dieser beitrag ist nur für abonnenten", NN_V_PAYWALL, END_STRONG},
    /* a regional paper's metered paywall: "Vielen Dank für Ihr Interesse!
     * Jetzt einfach anmelden und 5 Artikel pro Monat kostenlos lesen!",
     * "Sie wollen einmalig die Ausgabe mit dem Bericht kaufen?" */
    {"vielen dank für ihr interesse", NN_V_PAYWALL, END_WEAK},
    {"jetzt einfach anmelden", NN_V_PAYWALL, END_WEAK},
    {"sie wollen einmalig die ausgabe", NN_V_PAYWALL, END_WEAK},
    {"this article is for subscribers only", NN_V_PAYWALL, END_STRONG},
    {"this content is for subscribers only", NN_V_PAYWALL, END_STRONG},
    {"this article is only available to subscribers", NN_V_PAYWALL, END_STRONG},
    {"subscribe to continue reading", NN_V_PAYWALL, END_STRONG},
    {"to access content, please login or purchase a subscription", NN_V_PAYWALL,
     END_STRONG},
    {"to continue reading, please log in", NN_V_PAYWALL, END_STRONG},
    {"you have reached your limit of free articles", NN_V_PAYWALL, END_STRONG},
    {"cet article est réservé aux abonnés", NN_V_PAYWALL, END_STRONG},
    {"ce contenu est réservé aux abonnés", NN_V_PAYWALL, END_STRONG},
    {"la suite est réservée aux abonnés", NN_V_PAYWALL, END_STRONG},
    {"questo articolo è riservato agli abbonati", NN_V_PAYWALL, END_STRONG},
    {"contenuto riservato agli abbonati", NN_V_PAYWALL, END_STRONG},
    {"este contenido es exclusivo para suscriptores", NN_V_PAYWALL, END_STRONG},
    {"contenido exclusivo para suscriptores", NN_V_PAYWALL, END_STRONG},
    {"este conteúdo é exclusivo para assinantes", NN_V_PAYWALL, END_STRONG},
    {"conteúdo exclusivo para assinantes", NN_V_PAYWALL, END_STRONG},
    {"bu içerik abonelere özeldir", NN_V_PAYWALL, END_STRONG},
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
    {"more from", NN_V_RELATED, END_STRONG},
    /* a desk's or writer's latest, under the article ("Lo último de
     * Redacción" over a list); "Lo último de la investigación" opens
     * sentences too: weak */
    {"lo último de", NN_V_RELATED, END_WEAK},
    {"latest from", NN_V_RELATED, END_WEAK},
    {"more articles by", NN_V_RELATED, END_WEAK},
    {"more stories by", NN_V_RELATED, END_WEAK},
    {"más artículos de", NN_V_RELATED, END_WEAK},
    {"weitere artikel von", NN_V_RELATED, END_WEAK},
    {"altri articoli di", NN_V_RELATED, END_WEAK},
    {"autres articles de", NN_V_RELATED, END_WEAK},
    {"outros artigos de", NN_V_RELATED, END_WEAK},
    /* a post's neighbours, as blogs and newspaper sites link them under
     * it (never inside it) */
    {"previous article", NN_V_RELATED, END_STRONG},
    {"next article", NN_V_RELATED, END_STRONG},
    {"previous post", NN_V_RELATED, END_STRONG},
    {"next post", NN_V_RELATED, END_STRONG},
    {"older post", NN_V_RELATED, END_STRONG},
    {"newer post", NN_V_RELATED, END_STRONG},
    {"voriger artikel", NN_V_RELATED, END_STRONG},
    {"vorheriger artikel", NN_V_RELATED, END_STRONG},
    {"nächster artikel", NN_V_RELATED, END_STRONG},
    {"artículo anterior", NN_V_RELATED, END_STRONG},
    {"siguiente artículo", NN_V_RELATED, END_STRONG},
    {"artigo anterior", NN_V_RELATED, END_STRONG},
    {"próximo artigo", NN_V_RELATED, END_STRONG},
    {"article précédent", NN_V_RELATED, END_STRONG},
    {"article suivant", NN_V_RELATED, END_STRONG},
    {"articolo precedente", NN_V_RELATED, END_STRONG},
    {"articolo successivo", NN_V_RELATED, END_STRONG},
    {"önceki haber", NN_V_RELATED, END_STRONG},
    {"sonraki haber", NN_V_RELATED, END_STRONG},
    {"berita sebelumnya", NN_V_RELATED, END_STRONG},
    {"berita selanjutnya", NN_V_RELATED, END_STRONG},
    {"предыдущая статья", NN_V_RELATED, END_STRONG},
    {"следующая статья", NN_V_RELATED, END_STRONG},
    {"попередня стаття", NN_V_RELATED, END_STRONG},
    {"наступна стаття", NN_V_RELATED, END_STRONG},
    {"mehr aus", NN_V_RELATED, END_STRONG},
    {"meer uit", NN_V_RELATED, END_STRONG},
    {"lesen sie auch", NN_V_RELATED, END_WEAK},
    {"more online", NN_V_RELATED, END_WEAK},
    {"související články", NN_V_RELATED, END_WEAK},
    {"čtěte také", NN_V_RELATED, END_WEAK},
    {"nejčtenější", NN_V_POPULAR, END_WEAK},
    {"articole similare", NN_V_RELATED, END_WEAK},
    {"citește și", NN_V_RELATED, END_WEAK},
    {"cele mai citite", NN_V_POPULAR, END_WEAK},
    {"kapcsolódó cikkek", NN_V_RELATED, END_WEAK},
    {"legolvasottabb", NN_V_POPULAR, END_WEAK},
    {"διαβάστε επίσης", NN_V_RELATED, END_WEAK},
    {"σχετικά άρθρα", NN_V_RELATED, END_WEAK},
    {"läs också", NN_V_RELATED, END_WEAK},
    {"läs mer", NN_V_RELATED, END_WEAK},
    {"mest läst", NN_V_POPULAR, END_WEAK},
    {"meer nieuws", NN_V_RELATED, END_WEAK},
    {"lees ook", NN_V_RELATED, END_WEAK},
    {"gerelateerde artikelen", NN_V_RELATED, END_WEAK},
    {"meest gelezen", NN_V_POPULAR, END_WEAK},
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
    {"people are also reading", NN_V_POPULAR, END_WEAK},
    {"сейчас читают", NN_V_POPULAR, END_WEAK}, /* "now reading" */
    {"зараз читають", NN_V_POPULAR, END_WEAK},
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
    {"günün videosu", NN_V_POPULAR, END_STRONG}, /* "video of the day" */
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
    {"ilgili makaleler", NN_V_RELATED, END_WEAK}, /* "related articles" */
    {"benzer haberler", NN_V_RELATED, END_WEAK},
    /* "you may also be interested in ..." (Portugal, Angola) */
    {"poder\xC3\xA3o tamb\xC3\xA9m interessar-lhe", NN_V_RELATED, END_WEAK},
    {"poder\xC3\xA1 tamb\xC3\xA9m interessar-lhe", NN_V_RELATED, END_WEAK},
    {"tamb\xC3\xA9m lhe pode interessar", NN_V_RELATED, END_WEAK},
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
    {"a lire aussi", NN_V_RELATED, END_WEAK},
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
    {"like loading", NN_V_SHARE, END_STRONG}, /* WordPress's "Like this:"
                                                 button, under a post */
    {"share on", NN_V_SHARE, END_WEAK},
    {"about the author", NN_V_AUTHOR_BOX, END_WEAK},
    {"about the authors", NN_V_AUTHOR_BOX, END_WEAK},
    /* the author box's heading in the languages of world news, alone on its line: what
     * follows is the box */
    {"sobre el autor", NN_V_AUTHOR_BOX, END_ALONE},
    {"sobre la autora", NN_V_AUTHOR_BOX, END_ALONE},
    {"sobre o autor", NN_V_AUTHOR_BOX, END_ALONE},
    {"sobre a autora", NN_V_AUTHOR_BOX, END_ALONE},
    {"\xC3\xA0 propos de l'auteur", NN_V_AUTHOR_BOX, END_ALONE},
    {"\xC3\xBC"
     "ber den autor",
     NN_V_AUTHOR_BOX, END_ALONE},
    {"\xC3\xBC"
     "ber die autorin",
     NN_V_AUTHOR_BOX, END_ALONE},
    {"sull'autore", NN_V_AUTHOR_BOX, END_ALONE},
    {"tentang penulis", NN_V_AUTHOR_BOX, END_ALONE},
    {"yazar hakk\xC4\xB1nda", NN_V_AUTHOR_BOX, END_ALONE},
    {"\xD0\xBE\xD0\xB1 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB5",
     NN_V_AUTHOR_BOX, END_ALONE}, /* об авторе */
    {"cite this", NN_V_CITATION, END_WEAK},
    {"about admin", NN_V_AUTHOR_BOX, END_WEAK},
    {"sign up for", NN_V_NEWSLETTER, END_WEAK},
    {"subscribe to", NN_V_NEWSLETTER, END_WEAK},
    {"newsletter", NN_V_NEWSLETTER, END_WEAK},
    {"abonnez-vous à nos infolettres", NN_V_NEWSLETTER, END_WEAK},
    {"abonnez-vous à notre infolettre", NN_V_NEWSLETTER, END_WEAK},
    {"inscrivez-vous à notre infolettre", NN_V_NEWSLETTER, END_WEAK},
    /* a prompt for readers' tips, under the article */
    {"send us a news tip", NN_V_NEWSLETTER, END_WEAK},
    {"have a news tip", NN_V_NEWSLETTER, END_WEAK},
    {"got a news tip", NN_V_NEWSLETTER, END_WEAK},
    {"have something you'd like to add? read our comment policy", NN_V_COMMENTS,
     END_STRONG},
    {"read our comment policy", NN_V_COMMENTS, END_WEAK},
    {"clique aqui para deixar comentários", NN_V_COMMENTS, END_STRONG},
    {"we use cookies", NN_V_DIALOG, END_WEAK},
    {"this website uses cookies", NN_V_DIALOG, END_WEAK},
    /* a link back to the site's front page, under the article */
    {"ana sayfaya git", NN_V_FOOTER, END_STRONG},
    {"ana sayfaya dön", NN_V_FOOTER, END_STRONG},
    {"back to homepage", NN_V_FOOTER, END_STRONG},
    {"back to home page", NN_V_FOOTER, END_STRONG},
    {"zurück zur startseite", NN_V_FOOTER, END_STRONG},
    {"volver a la portada", NN_V_FOOTER, END_STRONG},
    {"retour à l'accueil", NN_V_FOOTER, END_STRONG},
    {"torna alla home", NN_V_FOOTER, END_STRONG},
    {"voltar para a página inicial", NN_V_FOOTER, END_STRONG},
    {"kembali ke beranda", NN_V_FOOTER, END_STRONG},
    {"copyright", NN_V_FOOTER, END_WEAK},
    {"\xC2\xA9", NN_V_FOOTER, END_WEAK},
    {"all rights reserved", NN_V_FOOTER, END_WEAK},
};

#define END_LINE_MAX 90 /* bytes: an end marker is a short line; */
#define END_LONG_MAX                                                           \
    200 /* a long phrase (a comment form's notice in a
                            script of 2-3 bytes a letter) may open a longer
                            one */
#define END_LONG_PHRASE 24

/* The markers by the first byte of their phrase, each chain in the
 * table's order (index + 1; 0 ends a chain): a line is compared with the
 * few that start as it does; and the phrases' lengths, measured once. */
static unsigned short marker_first[256], marker_next[NN_COUNT(end_markers)];
static unsigned short marker_len[NN_COUNT(end_markers)];
static size_t marker_max; /* the longest phrase's length */
static pthread_once_t marker_once = PTHREAD_ONCE_INIT;

static void markers_index(void)
{
    size_t i;
    for (i = NN_COUNT(end_markers); i-- > 0;) {
        unsigned char c = (unsigned char)end_markers[i].phrase[0];
        marker_next[i] = marker_first[c];
        marker_first[c] = (unsigned short)(i + 1);
        marker_len[i] = (unsigned short)strlen(end_markers[i].phrase);
        if (marker_len[i] > marker_max)
            marker_max = marker_len[i];
    }
}

/* Prefix comparison of folded text s (n bytes, as fold_start leaves it:
 * no ASCII capitals, so a plain comparison is nn_starts_ci's) with phrase
 * p (pl bytes), at a word's end. */
static int starts_phrase_len(const char *s, size_t n, const char *p, size_t pl)
{
    if (pl > n || memcmp(s, p, pl))
        return 0;
    /* "Related" is a marker, "Relatedly, ..." is not; a phrase ending
     * beyond ASCII is taken whatever follows (the test reads one byte) */
    return pl == n || !nn_is_alnum_cp((unsigned char)s[pl]) ||
           (unsigned char)p[pl - 1] >= 0x80;
}

static int starts_phrase(const char *s, size_t n, const char *p)
{
    return starts_phrase_len(s, n, p, strlen(p));
}

/* The start of line s (n bytes) folded to lower case as utf8proc folds
 * it (Cyrillic, accents) into low (size bytes, NUL-terminated): its
 * length; *used: the line's bytes read. */
static size_t fold_start(const char *s, size_t n, char *low, size_t size,
                         size_t *used)
{
    size_t i, k;
    for (i = 0, k = 0; i < n && k + 4 < size;) {
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
        if (el <= 0 || k + (size_t)el >= size)
            break;
        memcpy(low + k, enc, (size_t)el);
        k += (size_t)el;
        i += cl;
    }
    low[k] = '\0';
    *used = i;
    return k;
}

/* The marker folded text low (k bytes) starts with, or NULL; a long line
 * (longline) only with a long phrase. */
static const end_marker *lookup(const char *low, size_t k, int longline)
{
    size_t i;
    pthread_once(&marker_once, markers_index);
    for (i = marker_first[(unsigned char)low[0]]; i; i = marker_next[i - 1])
        if ((!longline || marker_len[i - 1] >= END_LONG_PHRASE ||
             /* a link's label and its story's headline ("BACA
              * JUGA:Pemberhentian Perangkat Desa ...") */
             (end_markers[i - 1].kind == NN_V_RELATED &&
              k > marker_len[i - 1] && low[marker_len[i - 1]] == ':')) &&
            starts_phrase_len(low, k, end_markers[i - 1].phrase,
                              marker_len[i - 1]))
            return &end_markers[i - 1];
    return NULL;
}

/* After a count, the word for comments in a page's language ("0
 * Komentar", "3 Kommentare"): a comment section's marker. */
static int counted_comments(const char *low, size_t k)
{
    const end_marker *m = lookup(low, k, 0);
    return m && m->kind == NN_V_COMMENTS;
}

#define GLUED_HEAD_MAX 1000 /* bytes: a comment form's notice */

/* A comment section's heading of one word glued to the form's notice on
 * one long line ("Comentários Para comentar esta notícia é necessário
 * entrar com seu login no FACEBOOK. Os comentários são ..."): the word,
 * then a capital.  A paragraph that opens with the word goes on in lower
 * case ("Comentários do ministro ..."). */
static const end_marker *glued_comments(const char *s, size_t n)
{
    char low[END_LINE_MAX + 1];
    size_t used, k, w;
    const end_marker *m;
    for (w = 0; w < n && w < END_LINE_MAX && s[w] != ' '; w++)
        ;
    if (w == 0 || w + 2 >= n || s[w] != ' ' ||
        !nn_starts_upper(s + w + 1, n - w - 1))
        return NULL;
    k = fold_start(s, w, low, sizeof low, &used);
    m = used == w ? lookup(low, k, 0) : NULL;
    return m && m->kind == NN_V_COMMENTS && strlen(m->phrase) == k ? m : NULL;
}

/* The end marker a line is, or NULL: "34 responses to ...", "5 Comments"
 * count too. */
const end_marker *nn_pg_end_marker(const char *s, size_t n)
{
    static const end_marker counted = {"", NN_V_COMMENTS, END_STRONG};
    char low[END_LINE_MAX + 1];
    size_t i, k, size = sizeof low;
    int longline = n > END_LINE_MAX;
    const end_marker *glued, *m;
    if (longline && n <= GLUED_HEAD_MAX &&
        (glued = glued_comments(s, n)) != NULL)
        return glued;
    if (!n || n > END_LONG_MAX)
        return NULL;
    pthread_once(&marker_once, markers_index);
    /* A phrase reads at most its length and one byte more of the folded
     * line, and asks whether the line ends there: folded text that stops
     * two bytes past the longest phrase (fold_start stops within 4 bytes
     * of size) answers as the whole would.  A count ("34 responses")
     * moves the phrases along: then all of it. */
    if (!(s[0] >= '0' && s[0] <= '9') && marker_max + 6 < size)
        size = marker_max + 6;
    k = fold_start(s, n, low, size, &i);
    for (i = 0; i < k && low[i] >= '0' && low[i] <= '9'; i++)
        ;
    if (!longline && i > 0 && i < k && low[i] == ' ' &&
        (starts_phrase(low + i + 1, k - i - 1, "comments") ||
         starts_phrase(low + i + 1, k - i - 1, "comment") ||
         starts_phrase(low + i + 1, k - i - 1, "responses") ||
         starts_phrase(low + i + 1, k - i - 1, "response") ||
         starts_phrase(low + i + 1, k - i - 1, "replies") ||
         starts_phrase(low + i + 1, k - i - 1, "thoughts on") ||
         counted_comments(low + i + 1, k - i - 1)))
        return &counted; /* "34 responses to ...", "0 Komentar" */
    m = lookup(low, k, longline);
    /* an ALONE marker is the whole line, a mark after it at most */
    return m && m->strong == END_ALONE && n > strlen(m->phrase) + 2 ? NULL : m;
}

int nn_pg_ad_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "advertisement",
        "hide ad",
        "anzeige",
        "werbung",
        "reklama",
        "reklam",
        "publicidad",
        "publicidade",
        "publicit\xC3\xA9",
        "pubblicit\xC3\xA0",
        "iklan",
        "advertentie",
        "sponsorlu",
        "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0", /* реклама */
        NULL};
    char low[32];
    size_t used, k = fold_start(s, n, low, sizeof low, &used);
    if (used < n)
        return 0; /* longer than any label */
    return nn_in_list(labels, low, k, 0);
}

int nn_pg_ad_slot(const char *s, size_t n)
{
    /* the IAB's standard sizes, "WxH" */
    static const char *const sizes[] = {"728x90",  "300x250", "160x600",
                                        "300x600", "320x50",  "320x100",
                                        "970x90",  "970x250", "468x60",
                                        "336x280", "250x250", "120x600",
                                        "300x50",  "300x100", "234x60",
                                        "180x150", "125x125", NULL};
    const char *p = s, *end = s + n;
    if (n > 80)
        return 0;
    while ((p = memchr(p, 'x', (size_t)(end - p))) != NULL) {
        const char *a = p, *z = p + 1;
        while (a > s && a[-1] >= '0' && a[-1] <= '9')
            a--;
        while (z < end && *z >= '0' && *z <= '9')
            z++;
        if (p - a >= 3 && z - p >= 3 &&
            (a == s || a[-1] == ' ' || a[-1] == '_') &&
            (z == end || *z == ' ' || *z == '_') &&
            nn_in_list(sizes, a, (size_t)(z - a), 0))
            return 1;
        p++;
    }
    return 0;
}
