#!/usr/bin/python3
"""Builds the REALDEV development cases: cases/NAME.txt, truth.json and sources.txt.

A second development set of real news pages, built the same way as
/work/shared/realpages/ (same format, same truth rules: its README, "How truth was
decided"). Each case is the stored text of a public web page, src/NAME.txt, kept
verbatim, with its address in src/NAME.url; nothing in an article was written by us.
What a case may change (the transforms its `notes` name) and how its truth is checked:
tests/real/cases.py. Chrome a page places between paragraphs is listed in INSIDE.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)
from cases import url_first, crlf, wrap78, jina  # noqa: E402,F401

S = cases.CaseSet(HERE)
src, add = S.src, S.add


# =============================================================== Russian
n = "kommersant-dtp-sverdlovsk"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "На свердловской трассе в ДТП с грузовиком погиб водитель",
    "source": ["Коммерсантъ", "Коммерсант", "Kommersant", "kommersant.ru", "www.kommersant.ru"],
    "provider": None, "url": url,
    "authors": ["Виталий Красиков"],
    "body_first": "В Свердловской области на 15 км трассы «Обход г.Нижние Серги» автомобиль Honda выехал на встречную полосу",
    "body_last": "По факту ДТП ведется расследование.",
    "paragraphs": 3,
    "must_not_contain": ["Фото: пресс-служба", "Читайте нас", "Telegram", "ВКонтакте", "Загрузка новости",
                         "Виталий Красиков", "На свердловской трассе"],
}, url, "page URL added as the first line. As stored (a national daily's news item): headline, first "
        "paragraph, the photo credit 'Фото: пресс-служба ГИБДД Свердловской области' printed twice BETWEEN "
        "paragraphs 1 and 2, two more paragraphs, the author's name alone on a line after the article "
        "(Kommersant prints bylines at the end: authors checked), a 'Читайте нас в Telegram , ВКонтакте' "
        "line and eleven 'Загрузка новости...' (news loading) placeholders. No date in the text or the "
        "address (date not checked). The page does not name the paper; source accepts its name and host.")

n = "mk-rada-committee-2018"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Комитет Рады одобрил законопроект о наказании телеканалов за оправдание \"оккупации Украины\"",
    "date": "2018-10-02",
    "source": ["МК", "Московский комсомолец", "MK", "MK.ru", "mk.ru", "www.mk.ru"],
    "provider": None, "url": url,
    "body_first": "Комитет Верховной рады Украины по информационной политике и свободе слова распространил сообщение",
    "body_last": "поможет усилить информационную безопасность страны и \"противодействовать государству-агрессору\".",
    "paragraphs": 2,
    "must_not_contain": ["АвтоВзгляд", "Охотники.ру", "WomanHit", "вечернюю рассылку", "подпишитесь на наш Telegram",
                         "Самое интересное", "Фотогалерея", "Что еще почитать", "В регионах"],
}, url, "page URL added as the first line. As stored (AMP page of a Moscow daily): a line of the "
        "publisher's sister sites ('МК АвтоВзгляд Охотники.ру WomanHit.ru'), headline, two paragraphs, a "
        "newsletter appeal naming the paper ('лучшего в «МК»'), then five empty section labels ('Самое "
        "интересное', 'Фотогалерея', 'Что еще почитать', 'Видео', 'В регионах'). Date only from the "
        "address path (2018/10/02).")

n = "newsru-khabarovsk-2026"
text, url = src(n)
add(n, text, {
    "title": "Россиянина «закроют» в колонии на 19 лет за поджог вышки мобильной связи",
    "date": "2026-03-04",
    "source": ["NEWS.ru", "news.ru"],
    "provider": None,
    "body_first": ["Суд в Хабаровске назначил 19 лет лишения свободы местному жителю",
                   "Суд в Хабаровске назначил 19 лет лишения свободы мужчине за диверсию и госизмену"],
    "body_last": ["— говорится в сообщении.", "готовился к поджогу объекта транспортной инфраструктуры.",
                  "Вину мужчина не"],
    "must_not_contain": ["date 2026", "Зимняя Олимпиада", "Гренландии", "Венесуэлу", "08:35",
                         "Фото: Сергей Булкин", "Россиянина «закроют»"],
}, url, "none (as stored; a national news site): the scraper header ' date 2026-03-04 ' glued to a "
        "three-item trending ticker ('Зимняя Олимпиада — 2026', ...), the date line '04 марта 2026 в 08:35', "
        "headline, standfirst (accepted as body_first alternative), photo credit 'Фото: Сергей Булкин/NEWS.ru' "
        "glued to the first paragraph's line. THE STORED TEXT STOPS MID-SENTENCE ('Вину мужчина не '): "
        "body_last accepts the last complete paragraph, the last complete sentence, or the cut fragment kept.")

# =============================================================== Ukrainian
n = "bigmir-media-law"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Рада ухвалила новий закон про медіа",
    "source": ["bigmir)net", "bigmir.net", "Bigmir", "news.bigmir.net"],
    "provider": None, "url": url,
    "body_first": ["Верховна Рада ухвалила загалом законопроект \"Про медіа\"",
                   "На ухваленні закону наполягали в ЄС у рамках кандидатства України на членство"],
    "body_last": ["Замість ліквідованого суду створено новий.",
                  "захисту української мови та національного культурно-інформаційного простору."],
    "once": ["Рада ухвалила"],
    "must_not_contain": ["Читайте також", "нацменшини", "t.me/yzheleznyak", "Рада ухвалила важливий закон",
                         "Підпишись", "Telegram-канал, якщо", "Рада ухвалила новий закон"],
}, url, "page URL added as the first line. As stored (AMP page of a Ukrainian portal): headline, "
        "standfirst (accepted as body_first alternative), the headline again, a photo caption with its "
        "credit ('Рада ухвалила важливий закон / t.me/yzheleznyak'), body with an in-article 'Читайте "
        "також: ...' link between paragraphs 1 and 2, a 'Нагадаємо, ...' recap paragraph (part of the "
        "article, also accepted dropped), and a Telegram appeal. 'Рада ухвалила' must occur once in the "
        "body (headline x2 and caption gone). No date (not checked).")

# =============================================================== Turkish
n = "superhaber-eyupsultan-yangin"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Eyüpsultan'da ormanlık alanda yangın",
    "source": ["Süper Haber", "Superhaber", "SuperHaber", "superhaber.com", "www.superhaber.com"],
    "provider": None, "url": url,
    "body_first": ["Yangın, saat 18.00 sıralarında Eyüpsultan Göktürk'te ormanlık alanda çıktı.",
                   "Eyüpsultan Göktürk'te ormanlık alanda yangın çıktı. Yangın çok sayıda itfaiye"],
    "body_last": "Yangının çıkış nedenini belirlemek üzere inceleme başlatıldı.",
    "must_not_contain": ["ile ilgili etiketler", "Sitene Ekle", "GÜNÜN VİDEOSU", "Azerbaycanlı",
                         "Bay Bay Kemal", "Kılıçdaroğlu"],
}, url, "page URL added as the first line. As stored (a Turkish news site's video page): headline, "
        "spot (standfirst, accepted as body_first alternative), three short paragraphs with a capitalised "
        "subhead ('KISA SÜREDE SÖNDÜRÜLDÜ', part of the article, may be kept or dropped), a tag line "
        "('... ile ilgili etiketler Eyüpsultan Orman Yangını'), 'Sitene Ekle', 'GÜNÜN VİDEOSU' and a "
        "video teaser. No date (not checked). The page does not name itself; source from the address.")

n = "turaturk-erdogan-belediyeler"
text, url = src(n)
add(n, text, {
    "title": "Erdoğan: El değiştiren belediyeler hızla irtifa kaybediyor, sorunlar kronikleşti",
    "date": "2025-12-05",
    "provider": None,
    "body_first": "Cumhurbaşkanı Erdoğan \"Hizmet ve eser yerine reklamı önceleyen",
    "body_last": "daha da içinden çıkılmaz hale geldi.\" dedi.",
    "paragraphs": 1,
    "must_not_contain": ["google.com", "pub-5635234458637791", "DIRECT", "Spor - ", "15:34",
                         "Günün Diğer Haberleri", "El değiştiren belediyeler"],
}, url, "none (as stored; AMP page of a small Turkish news site): an ads.txt line leaked into the page "
        "('google.com, pub-..., DIRECT, f08c47fec0942fa0'), headline, a one-paragraph story, the "
        "category and date line 'Spor - 05-12-2025 15:34' (Turkish DD-MM-YYYY; the category is the site's "
        "own mislabel), 'Günün Diğer Haberleri'. The page does not name itself and the input has no "
        "address: source not checked.")

n = "avrasyaturk-silivri-yangin"
text, url = src(n)
add(n, text, {
    "provider": None,
    "body_first": "İstanbul Silivri’de otluk alanda çıkan ve kısa sürede büyüyerek bazı evlere sıçrayan",
    "body_last": "Anadolu Yakası’ndan da ekipler sevk edildi.",
    "must_not_contain": ["Veri politikasındaki", "çerez konumlandırmaktayız", "Detaylar için",
                         "veri politikamızı"],
}, url, "none (as stored; a Turkish news site): the text starts with an empty line, then a lead ending "
        "in '…' and five paragraphs mostly one a line, then a Turkish cookie notice on the last line. No "
        "headline in the stored text (title not checked), no date, and the page does not name itself "
        "(source not checked).")

# =============================================================== Arabic
n = "almasryalyoum-shoukry-2014"
text, url = src(n)
add(n, text, {
    "title": "وزير الخارجية يستقبل نظيره المغربى",
    "date": "2014-09-06",
    "provider": None,
    "authors": ["جمعة حمد الله"],
    "body_first": "استقبل وزير الخارجية سامح شكرى بعد عصر السبت، نظيره المغربى صلاح الدين مزوار",
    "body_last": "في اجتماع وزراء الخارجية العرب في دورته الـ142 الذي يعقد، الأحد، بمقر الجامعة العربية.",
    "paragraphs": 4,
    "must_not_contain": ["x", "قد يعجبك أيضا", "النشرة البريدية", "تصوير", "محمد هشام", "كتب:", "17:41",
                         "السفير سامح شكري وزير الخارجية السفير"],
}, url, "none (as stored; an Egyptian daily's page on a mirror host): a close-button 'x', headline, the "
        "line 'السبت 06-09-2014 17:41 | كتب: جمعة حمد الله |' (Saturday DD-MM-YYYY time | 'written by' "
        "the reporter: authors checked), a photo caption printed twice on one line with its credit "
        "('تصوير : محمد هشام' = photo by), four paragraphs, 'قد يعجبك أيضا' (you may also like) twice and "
        "'النشرة البريدية' (newsletter). The page does not name the paper and the input has no address: "
        "source not checked.")

n = "elmogaz-shoukry-cavusoglu"
text, url = src(n)
add(n, text, {
    "title": "شكري يستقبل وزير الخارجية التركى لبحث تطورات الأوضاع الإقليمية والدولية",
    "source": ["الموجز", "جريدة الموجز", "Elmogaz", "El Mogaz", "elmogaz.com", "www.elmogaz.com"],
    "provider": None,
    "body_first": "استقبل وزيرالخارجية سامح شكري نظيره التركي مولود تشاووش أوغلو",
    "body_last": "بهدف الوصول إلى تفاهم مشترك يحقق مصالح الدولتين والشعبين الشقيقين.",
    "paragraphs": 3,
    "must_not_contain": ["جريدة الموجز", "تم نسخ الرابط", "لبحث تطورات الأوضاع", "شكري يستقبل"],
}, url, "none (as stored; an Egyptian weekly's site): headline, the paper's name 'جريدة الموجز' alone "
        "on a line (names the source), three paragraphs (the page's own missing spaces, "
        "'وزيرالخارجية', kept), 'تم نسخ الرابط' (link copied). No date (the story says 'today, Saturday' "
        "only; not checked).")

# =============================================================== Persian
n = "poldokhtarnews-lorestan-1398"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "فرمانده انتظامی لرستان خبر داد: دستگیری 17 لیدر اصلی اغتشاشات در استان",
    "date": "2019-11-25",
    "source": ["پلدخترنیوز", "پایگاه خبری پلدخترنیوز", "Poldokhtar News", "PoldokhtarNews", "poldokhtarnews.ir"],
    "provider": None, "url": url,
    "body_first": "به گزارش پایگاه خبری پلدخترنیوز، حاجی محمد مهدیان نسب امروز در جمع خبرنگاران",
    "body_last": ["اجازه هرگونه فعالیت بیشتر را از آشوبگران گرفت/ فارس",
                  "اجازه هرگونه فعالیت بیشتر را از آشوبگران گرفت"],
    "paragraphs": 4,
    "must_not_contain": ["تاریخ انتشار", "1398", "17:04", "لینک کوتاه", "newsid=1245",
                         "دستگیری 17 لیدر اصلی اغتشاشات در استان"],
}, url, "page URL (percent-encoded, as the store gives it) added as the first line. As stored (a local "
        "Iranian news site): headline with its kicker as printed ('فرمانده انتظامی لرستان خبر داد: ...' = "
        "'Lorestan police chief announced:'), the date line 'تاریخ انتشار : 4 آذر 1398, 17:04' in the "
        "SOLAR HIJRI calendar (4 Azar 1398 = 25 November 2019), four paragraphs ONE A LINE with no blank "
        "lines, the first opening 'به گزارش پایگاه خبری پلدخترنیوز' (according to Poldokhtar News; part of "
        "the sentence, names the source), the last ending with the agency credit '/ فارس' (Fars; accepted "
        "kept or dropped), then a short-link line.")

n = "mehrnews-gorgan-2025"
text, url = src(n)
add(n, text, {
    "title": "دستگیری ۷۰ متهم تحت تعقیب در گرگان",
    "date": "2025-09-19",
    "source": ["خبرگزاری مهر", "مهر", "Mehr News Agency", "Mehr News", "mehrnews.com", "www.mehrnews.com"],
    "provider": None,
    "body_first": ["گرگان-فرمانده انتظامی شهرستان گرگان از شناسایی و دستگیری ۷۰ متهم",
                   "به گزارش خبرگزاری مهر، سرهنگ کارآگاه عباسعلی"],
    "body_last": "پلیس گرگان در مسیر امنیت اجتماعی، قاطعانه ایستاده است.",
    "must_not_contain": ["date 2025", "1. استانها", "۲۸ شهریور", "۲۳:۲۶", "دستگیری ۷۰ متهم تحت تعقیب در گرگان"],
}, url, "none (as stored; an Iranian news agency): scraper header glued to a breadcrumb "
        "(' date 2025-09-19   1. استانها' = provinces), the date line '۲۸ شهریور ۱۴۰۴، ۲۳:۲۶' in "
        "Persian digits and the solar Hijri calendar (= 19 September 2025, as the header), headline, the "
        "lead with its city dateline 'گرگان-' (kept; the lead is the article's first paragraph, the next "
        "paragraph is also accepted), four paragraphs.")

# =============================================================== German
n = "harzer-roller-falkenstein"
text, url = src(n)
add(n, text, {
    "title": "Feuer in Falkenstein: Einfamilienhaus im Harz brennt – Schaden von 50.000 Euro",
    "provider": None,
    "body_first": "Falkenstein/Harz – Am Reformationstag kam es im Ortsteil Ermsleben zu einem Brand",
    "body_last": ["also auf Kurzschlüsse, defekte Geräte oder fehlerhafte Installationen.",
                  "so ein White Paper der FEEDS-I"],
    "must_not_contain": ["Aktuelles", "So verhindert die Feuerwehr Schlimmeres", "Einfamilienhaus im Harz brennt",
                         "Schaden von 50.000 Euro"],
}, url, "none (as stored; a regional weekly's site): section label 'Aktuelles', then the KICKER GLUED TO "
        "THE HEADLINE on one line ('So verhindert die Feuerwehr Schlimmeres' + 'Feuer in Falkenstein: "
        "...'; the headline, as the address slug confirms, is the part from 'Feuer in'), a lead with the "
        "dateline 'Falkenstein/Harz –' (kept), paragraphs with subheads (part of the article). THE STORED "
        "TEXT STOPS MID-WORD ('FEEDS-I'): body_last accepts the last complete paragraph or the fragment "
        "kept. No year in the text ('Am Reformationstag'), date not checked; the page does not name itself "
        "and the input has no address: source not checked.")

n = "wiesentbote-doerfleins-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2021-09-27",
    "source": ["Wiesentbote", "Der Wiesentbote", "wiesentbote.de", "www.wiesentbote.de"],
    "provider": None, "url": url,
    "body_first": ["Leichtsinniger Umgang mit Benzin löste Großeinsatz der Feuerwehr aus.",
                   "In der Dörfleinser Straße wollte ein 61-jähriger Hausbesitzer"],
    "body_last": "Bei dem Einsatz waren aus den umliegenden Feuerwehren insgesamt ca. 60 Einsatzkräfte im Einsatz.",
    "must_not_contain": ["date 2021-09", " date ", "https://www.wiesentbote.de", "2021/09/27"],
}, url, "page URL added as the first line. As stored (a local online paper): the scraper header with "
        "year and month only (' date 2021-09 ') glued to the standfirst (accepted as body_first), two "
        "paragraphs. No headline in the stored text (only in the address slug; title not checked). Date "
        "from the address path.")

# =============================================================== French
n = "profession-gendarme-rd820"
text, url = src(n)
add(n, wrap78(url_first(text, url)), {
    "title": "Collision sur la RD 820 : un gendarme désincarcéré",
    "source": ["Profession Gendarme", "Profession-Gendarme", "profession-gendarme.com", "www.profession-gendarme.com"],
    "provider": None, "url": url,
    "body_first": "Dimanche soir, à l’approche des 20 heures, deux véhicules sont entrés en collision de front",
    "body_last": "le gendarme de la brigade de Fenouillet est en observation.",
    "paragraphs": 5,
    "must_not_contain": ["Désincarcération par les pompiers", "Photo DDM", "Source : La Dépêche",
                         "Laisser un commentaire", "adresse e-mail", "ne sera pas publiée", "un gendarme désincarcéré"],
}, url, "page URL added as the first line, then html2text-style hard wrap at 78 columns. As stored (a "
        "gendarmes' news blog republishing a regional daily): headline, a photo caption with credit "
        "('Désincarcération par les pompiers./Photo DDM') twice, a line holding one space, five "
        "paragraphs, 'Source : La Dépêche du Midi' (the origin, not the source), the WordPress comment "
        "form. No date (not checked).")

n = "orange-3elephants-festival"
text, url = src(n)
add(n, text, {
    "title": "Les 3 Éléphants. Retrouvez la vidéo de la première soirée du festival",
    "source": ["Ouest France", "Ouest-France", "Orange", "Orange Actu", "actu.orange.fr"],
    "provider": None,
    "body_first": "Vendredi soir, le public a réservé un accueil très chaleureux à Bertrand Cantat",
    "body_last": "Girls in Hawaii, Fauve ou encore Rodrigo y Gabriela.",
    "paragraphs": 1,
    "must_not_contain": ["par Ouest France", "Vidéo suivante", "Autres vidéos", "CGU", "Tyson", "Dahbia",
                         "Biden-Xi", "Michelin", "08:09"],
}, url, "none (as stored; a portal's local-news video page carrying a regional daily's text): headline, "
        "'par Ouest France' (the only outlet the page names: source accepts it and the portal), one "
        "paragraph whose sentences are glued with no space ('spectateurs.Cet', 'Théâtre.Ce', the page's "
        "own), 'Vidéo suivante dans 5 secondes', 'Autres vidéos', a comment-rules line and a five-item "
        "video ticker with times glued to section names ('08:09Sports - Boxe - ...'). No date (not checked).")

n = "lessor-somme-gendarmes-2020"
text, url = src(n)
add(n, text, {
    "title": "Cinq gendarmes blessés, dont deux grièvement, dans un accident de la route dans la Somme",
    "source": ["L'Essor", "L’Essor", "L'Essor de la Gendarmerie", "lessor.org"],
    "provider": None,
    "body_first": ["Le drame a eu lieu peu avant huit heures.",
                   "Cinq gendarmes ont été blessés, dont deux grièvement, dans un accident de la circulation"],
    "body_last": ["Ce vendredi midi, les nouvelles semblaient néanmoins un peu plus rassurantes.",
                  "une brigadière-cheffe et un gendarme, en urgence absolue.", "Les deux"],
    "must_not_contain": ["jeudi 26 novembre 2020", "Accueil / A la Une", "de Gironde", "Photo d'illustration",
                         "Lire aussi", "incompréhension après la remise en liberté",
                         "dans un accident de la route dans la Somme"],
}, url, "none (as stored; a gendarmerie magazine's site): a date line 'jeudi 26 novembre 2020' that is "
        "NOT the article's date (the story twice says 'ce vendredi', and 26 November 2020 was a Thursday: "
        "a site clock; DATE NOT CHECKED ON PURPOSE), breadcrumb with the headline, a photo caption twice "
        "(alt text, then caption with '(Photo d'illustration L'Essor)', which names the source), headline, "
        "standfirst (accepted as body_first alternative), body with an in-article 'Lire aussi: ...' link "
        "and a subhead. THE STORED TEXT STOPS MID-SENTENCE ('Les deux '): body_last accepts the last "
        "complete sentence, the last complete paragraph, or the fragment kept.")

# =============================================================== Spanish
n = "radioeme-dnu-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "El Gobierno nacional extendería sin cambios las restricciones vigentes",
    "source": ["RadioEME", "RadioEME.com", "Radio EME", "radioeme.com", "www.radioeme.com"],
    "provider": None, "url": url,
    "body_first": ["Con la «Ley pandemia» aún trabada en Diputados, el presidente Alberto Fernández",
                   "El presidente Alberto Fernández se prepara para emitir un nuevo DNU."],
    "body_last": "tal como ocurrió con la última prórroga.",
    "must_not_contain": ["21.5 C", "Santa Fe", "enero 30, 2026", "escuchá y mirá", "Además",
                         "Seguí todas las noticias", "Google News", "Últimas noticias", "Picky Toledo",
                         "Artículos relacionados"],
}, url, "page URL added as the first line. As stored (an Argentine radio station's news site): a "
        "weather line ('21.5 C', 'Santa Fe'), the site's clock 'viernes, enero 30, 2026' (NOT the "
        "article's date: the address says 2021/06; the text gives no day, so date not checked), a "
        "live-stream line, headline, 'Además' label, standfirst (accepted as body_first alternative), six "
        "paragraphs, a Google News appeal naming the site, 'Últimas noticias' with a sports teaser, "
        "'Artículos relacionados'.")

n = "canarias7-restricciones-2020"
text, url = src(n)
add(n, crlf(text), {
    "title": "El Gobierno se niega a imponer más restricciones",
    "date": "2020-03-24",
    "source": ["Canarias7", "Canarias 7", "canarias7.es"],
    "provider": None,
    "authors": ["Ramón Gorriarán"],
    "body_first": ["El Gobierno no va a imponer medidas más drásticas en la prórroga de quince días",
                   "El Consejo de Ministros no llega a un acuerdo sobre los alquileres"],
    "body_last": "y otros sectores esenciales, han advertido Montero e Illa.",
    "must_not_contain": ["Borrar", "Ramón Gorriarán / Madrid", "Martes, 24 de marzo", "16:20", "Sigues a",
                         "Mis intereses", "Contenido guardado", "Reporta un error", "Campos obligatorios",
                         "se niega a imponer", "\r"],
}, url, "CRLF line ends. As stored (a Canary Islands daily running a national correspondent's story): "
        "'Borrar', headline twice, standfirst (accepted as body_first alternative), byline 'Ramón "
        "Gorriarán / Madrid' (a person and his city: authors checked), date line 'Martes, 24 de marzo "
        "2020, 16:20', three paragraphs, then a follow-author line, saved-content and error-report "
        "widgets, and the paper's name glued to the headline ('canarias7 El Gobierno ...').")

n = "jornada-espana-2020"
text, url = src(n)
add(n, text, {
    "title": "España detendrá por dos semanas “las actividades no esenciales”",
    "date": "2020-03-28",
    "source": ["La Jornada", "jornada.com.mx", "www.jornada.com.mx"],
    "provider": None,
    "body_first": "Madrid. España, el segundo país del mundo con más muertos por coronavirus",
    "body_last": "ayudar a \"descongestionar\" los hospitales.",
    "paragraphs": 2,
    "once": ["Pedro Sánchez"],
    "must_not_contain": ["°C", "Últimas noticias", "Anuncio", "Imagen", "Foto Afp", "Foto autor", "13:37",
                         "Trump", "Sismo", "Cuba"],
}, url, "none (as stored; a Mexican national daily running an AFP story): an empty weather widget "
        "('°C -', '|'), the paper's name, 'Últimas noticias', 'Anuncio' twice, headline, 'Imagen' label, "
        "a photo caption ending 'Foto Afp', 'Foto autor' / 'Afp' (the agency, not an author), date line "
        "'28 de marzo de 2020 13:37', two paragraphs (the first with the dateline 'Madrid.'), a line "
        "holding one space, three unrelated teasers and 'Anuncio'. 'Pedro Sánchez' must occur once "
        "(the caption also names him).")

# =============================================================== Portuguese
n = "saolourenco-smou-2015"
text, url = src(n)
add(n, text, {
    "title": "SMOU realiza manutenção das vias",
    "date": "2015-09-28",
    "provider": None,
    "body_first": "A Prefeitura, através da Secretaria Municipal de Obras e Urbanismo (SMOU), intensificou",
    "body_last": "o trabalho prossegue no bairro Camponesa e na região do Passo dos Baios.",
    "paragraphs": 1,
    "must_not_contain": ["segunda-feira, 28 de setembro", "Nenhum comentário", "Postar um comentário",
                         "SMOU realiza manutenção"],
}, url, "none (as stored; a Blogger local-news blog): the post's date header 'segunda-feira, 28 de "
        "setembro de 2015', headline, one paragraph, Blogger's 'Nenhum comentário:' / 'Postar um "
        "comentário'. The page does not name the blog and the input has no address: source not checked.")

n = "fagundesvarela-asfalto-2022"
text, url = src(n)
add(n, text, {
    "title": "Finalmente o asfalto chegou!",
    "date": "2022-11-23",
    "provider": None,
    "body_first": "A comunidade de Santa Lúcia tem a concretização de um antigo sonho",
    "body_last": "durante os festejos dedicados à padroeira da comunidade, Santa Lúcia.",
    "paragraphs": 4,
    "must_not_contain": ["Notícias", "314098373", "Secretaria Municipal de Obras e Infraestrutura Urbana",
                         "OUTRAS NOTÍCIAS", "VER NOTÍCIA", "Influenza", "Futebol Sete", "Botafogo", "16-04-2024"],
}, url, "none (as stored; a Brazilian town hall's news page): 'Notícias', an image file name "
        "('314098373_..._n'), date '23/11/2022' (DD/MM/YYYY), the issuing department, headline, four "
        "paragraphs, then 'OUTRAS NOTÍCIAS' with six dated teasers (DD-MM-YYYY dates of 2024, not the "
        "article's), each headline printed twice with emoji and 'VER NOTÍCIA'. The page does not name "
        "itself (source not checked).")

n = "arcos-bueiros-2026"
text, url = src(n)
add(n, text, {
    "date": "2026-01-30",
    "provider": None,
    "body_first": "Apesar das chuvas nesta manhã de sexta-feira (30/01), a Prefeitura de Arcos",
    "body_last": "é essencial para a eficácia desse trabalho.",
    "paragraphs": 5,
    "must_not_contain": ["Sexta-Feira, 30 de janeiro", "Quarta-Feira, 28 de janeiro", "Terça-Feira",
                         "usa cookies", "monitoramento", "Política de Privacidade"],
}, url, "none (as stored; a Brazilian town hall's news page): date line 'Sexta-Feira, 30 de janeiro de "
        "2026' (the story says 'nesta manhã de sexta-feira (30/01)'), five paragraphs ONE A LINE with no "
        "blank lines, then the dates of ten other news items one a line (the first equal to the "
        "article's), a cookie notice and 'Política de Privacidade'. No headline in the stored text "
        "(title not checked); source not checked (the town hall is the story's subject, the page does "
        "not name itself as publisher).")

# =============================================================== Italian
n = "stopmafia-cles-2020"
text, url = src(n)
add(n, text, {
    "provider": None,
    "body_first": "Roma, 4 ago. (Adnkronos) - L'altra sera a Cles (Trento), in piazza Granda",
    "body_last": ["che rischiano una condanna fino a 5 anni di reclusione. (Cro-Del/Adnkronos)",
                  "che rischiano una condanna fino a 5 anni di reclusione."],
    "paragraphs": 1,
    "must_not_contain": ["Comando Provinciale di Palermo", "05/01/2026", "11:04", "sequestrato una pistola",
                         "A Palermo"],
}, url, "none (as stored; a Blogger anti-mafia news blog reposting an Adnkronos wire): the wire story as "
        "one paragraph with the dateline 'Roma, 4 ago. (Adnkronos) -' (kept) and a glued sentence "
        "('capo.Gli', the page's own), the desk credit '(Cro-Del/Adnkronos)' (accepted kept or dropped), "
        "then on the next line the start of a different item (a Carabinieri Palermo release dated "
        "'05/01/2026 11:04'), cut. No headline (title not checked); date not checked (the wire dateline "
        "has no year, the blog's post date is not in the text); source not checked.")

n = "jotv-gobetti-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2021-04-01",
    "source": ["JOTV", "Jo TV", "jotv.it", "www.jotv.it"],
    "provider": None, "url": url,
    "body_first": "Sono partiti i lavori preparatori per il rifacimento di via Gobetti.",
    "body_last": "intercettate nel bilancio di previsione di prossima approvazione».",
    "paragraphs": 2,
    "must_not_contain": ["date 2021", "Correlati", "Commenta l'articolo", "https://www.jotv.it"],
}, url, "page URL added as the first line. As stored (a Taranto local TV station's site): scraper header "
        "with year and month only glued to the first paragraph, two paragraphs, 'Correlati', "
        "'Commenta l'articolo:'. No headline in the stored text (title not checked). Date from the "
        "address path (2021/04/01).")

# =============================================================== Indonesian
n = "okezone-cibinong-2024"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Diguyur Hujan Deras, Puluhan Rumah di Cibinong Terendam Banjir",
    "date": "2024-09-25",
    "source": ["Okezone", "Okezone News", "okezone.com", "news.okezone.com"],
    "provider": None, "url": url,
    "authors": ["Putra Ramadhani Astyawan"],
    "body_first": "BOGOR - Puluhan rumah warga di wilayah Pabuaran Mekar, Kecamatan Cibinong",
    "body_last": ["\"Banjir telah surut,\" pungkasnya.", "\"Banjir telah surut,\" pungkasnya. (Awaludin)"],
    "must_not_contain": ["HOME NEWS MEGAPOLITAN", "Jurnalis-Rabu", "22:53 WIB", "Illustrasi Banjir",
                         "(foto: Okezone)", "Topik Artikel", "Banjir Bogor", "Diguyur Hujan Deras, Puluhan"],
}, url, "page URL (with its ':443' port, as stored) added as the first line. As stored (an Indonesian "
        "national portal): breadcrumb 'HOME NEWS MEGAPOLITAN', headline, byline glued to the date "
        "('Putra Ramadhani Astyawan , Jurnalis-Rabu, 25 September 2024 |22:53 WIB': authors checked), "
        "headline again, photo caption with credit, three 'A' font-size buttons, body with the dateline "
        "'BOGOR -' (kept), the editor's name '(Awaludin)' alone on a line (accepted kept or dropped), "
        "'Topik Artikel :' and a tag line.")

n = "liputan6-bandung-2015"
text, url = src(n)
add(n, text, {
    "title": "Gelar Operasi, Polisi Bandung Sita 300 Motor Diduga Hasil Curian",
    "source": ["Liputan6", "Liputan6.com", "liputan6.com", "www.liputan6.com"],
    "provider": None,
    "body_first": "Liputan6.com, Bandung - Hanya dalam waktu 10 hari operasi lalu lintas",
    "body_last": ["Kita ingin Kota Bandung aman,\" tutup dia. (Sun/Yus)", "Kita ingin Kota Bandung aman,\" tutup dia."],
    "paragraphs": 9,
    "must_not_contain": ["Gelar Operasi, Polisi Bandung", "Total jumlah motor yang diamankan",
                         "dalam operasi 10 hari 632 unit", "Advertisement"],
}, url, "none (as stored; an Indonesian national portal): NO HEADLINE BEFORE THE BODY. Nine paragraphs "
        "one a line with no blank lines, the first with the dateline 'Liputan6.com, Bandung -' (kept; "
        "names the source), the last with the desk initials '(Sun/Yus)' (accepted kept or dropped); "
        "THEN the headline and the standfirst, then 'Advertisement'. The date in the text is the day of "
        "the statement ('Senin (2/2/2015)'), not a date line: date not checked.")

n = "antara-surabaya-curanmor-2022"
text, url = src(n)
add(n, text, {
    "source": ["ANTARA", "Antara", "ANTARA News", "Antaranews", "antaranews.com"],
    "provider": None,
    "body_first": "Surabaya (ANTARA) - Kepolisian Resor Kota Besar Surabaya di Jawa Timur, mencatat sebanyak 101 kasus",
    "body_last": "sebagai upaya pencegahan pencurian sepeda motor,\" kata dia.",
    "paragraphs": 9,
    "must_not_contain": ["Baca juga", "Nigeria", "Zamfara", "Pewarta", "Editor:", "Copyright", "Ade P Marboen"],
}, url, "none (as stored; Indonesia's national news agency): nine paragraphs one a line with no blank "
        "lines, the first with the dateline 'Surabaya (ANTARA) -' (kept), three in-article 'Baca juga: "
        "...' (read also) links to unrelated stories BETWEEN paragraphs, then 'Pewarta:' (reporters), "
        "'Editor:' and the copyright line. No headline in the stored text (title not checked); the text "
        "gives only a weekday ('Selasa'): date not checked.")

# =============================================================== English
n = "ctv-kitchener-crash-2018"
text, url = src(n)
headline = "Driver hospitalized after vehicle hits 4 parked cars, lands in driveway"
add(n, jina(text, url, headline + " | CTV News", headline), {
    "title": headline,
    "date": "2018-12-28",
    "source": ["CTV Kitchener", "CTV News Kitchener", "CTV News", "CTV", "kitchener.ctvnews.ca"],
    "provider": None, "url": url,
    "body_first": ["One person was taken to hospital after a vehicle left the road and struck several parked cars.",
                   "Police say a vehicle left the road and crashed into several unoccupied vehicles."],
    "body_last": "No cause was given as to what caused the crash.",
    "must_not_contain": ["date 2018", "Featured", "CTV Kitchener", "Published Friday", "4:43PM", "Title:",
                         "URL Source", "Markdown Content", "==="],
}, url, "reshaped as a Jina Reader scrape: 'Title: <headline> | CTV News' (our page-title form), 'URL "
        "Source:', 'Markdown Content:', the headline underlined with '='. Otherwise as stored (a national "
        "broadcaster's local site): the scraper header glued to 'Featured', headline, standfirst (accepted "
        "as body_first alternative), the station name 'CTV Kitchener' (a desk label, not an author), "
        "'Published Friday, December 28, 2018 4:43PM EST', seven paragraphs one a line.")

n = "globalnews-hwy400-2023"
text, url = src(n)
add(n, text, {
    "title": "Driver hospitalized, arrested after collision on Highway 400",
    "date": "2023-12-16",
    "source": ["Global News", "globalnews.ca"],
    "provider": None,
    "authors": ["Tessa Bennett"],
    "body_first": "Police say one person is in the hospital and faces charges of impaired driving",
    "body_last": "Police said the truck driver was not injured.",
    "paragraphs": 5,
    "once": ["impaired driving"],
    "must_not_contain": ["date 2023", "Menu", "Crime", "By Tessa Bennett", "Posted December", "12:11 pm",
                         "View image in full screen", "Handout / OPP", "A transport truck collided"],
}, url, "none (as stored; a national broadcaster's site): scraper header glued to 'Menu', section label "
        "'Crime', headline, byline 'By Tessa Bennett Global News' (authors checked), 'Posted December 16, "
        "2023 12:11 pm', a photo caption printed twice (the first glued to 'View image in full screen', "
        "the second to the credit 'Handout / OPP'; the second glued to the body's first line), five "
        "paragraphs, then the second photo's caption pair. 'impaired driving' must occur once (the "
        "captions repeat it).")

n = "inewsguyana-crash-2013"
text, url = src(n)
add(n, text, {
    "title": "Driver hospitalized after early morning crash",
    "source": ["iNews", "iNews Guyana", "inewsguyana.com", "www.inewsguyana.com"],
    "provider": None,
    "body_first": "A taxi driver is said to be in a serious condition after the car he was driving slammed",
    "body_last": ["and other objects from within the car. (Leroy Smith).", "and other objects from within the car."],
    "paragraphs": 6,
    "must_not_contain": ["IMG-2013", "06578", "Akismet", "reduce spam", "comment data"],
}, url, "none (as stored; a Guyanese TV news site): headline, the body's first line starting with an "
        "image file name and the remains of a dateline ('IMG-20131213-06578( – A taxi driver ...'), six "
        "paragraphs naming the source ('spoke to iNews'), the reporter's credit '(Leroy Smith).' glued to "
        "the last sentence (accepted kept or dropped; not checked as author), the Akismet comment line. "
        "The text gives 'Friday morning, December 13' without a year: date not checked.")

n = "woofboom-sheriff-2017"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Sheriff Says It’s The Worst He’s Ever Seen",
    "source": ["WoofBoomNews", "Woof Boom News", "WOOF BOOM", "woofboomnews.com", "www.woofboomnews.com"],
    "provider": None, "url": url,
    "body_first": "The drug problem in Madison County is leading to burglaries and other crimes.",
    "body_last": "Mellinger is encouraging people to lock their cars and houses.",
    "paragraphs": 1,
    "must_not_contain": ["Leave a Reply", "email address", "Required fields", "marked *"],
}, url, "page URL added as the first line. As stored (a radio group's local news site): headline, one "
        "paragraph, the WordPress comment form. The address gives year and month only (2017/08): date "
        "not checked.")

n = "portrichey-weather-2022"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Severe Weather Alert",
    "date": "2022-04-02",
    "source": ["City of Port Richey", "Port Richey", "cityofportrichey.com"],
    "provider": None, "url": url,
    "body_first": "Widespread showers and thunderstorms are expected over our area this afternoon",
    "body_last": "seek a safe shelter if threatening weather approaches your location.",
    "paragraphs": 1,
    "must_not_contain": ["Leave a Reply", "Skip to content", "Severe Weather Alert", "https://cityofportrichey.com"],
}, url, "page URL added as the first line. As stored (a city government's news post, a weather alert): "
        "headline, one paragraph, 'Leave a Reply', then the 'Skip to content' link that the page places "
        "at its end. Date from the address path.")

n = "phonesreview-lg-microsoft-2008"
text, url = src(n)
add(n, text, {
    "title": "LG Electronics and Microsoft brings Mobile Communications Forward",
    "source": ["PhonesReviews UK", "PhonesReview", "Phones Review", "phonesreview.co.uk"],
    "provider": None,
    "body_first": "LG and Microsoft have joined to announce the signing of Memorandum of Understanding",
    "body_last": "Microsoft’s excellence in Windows Mobile Operating Systems apps and services.",
    "paragraphs": 3,
    "must_not_contain": ["PhonesReviews UK-", "Mobiles, Apps, Networks", "Tablet etc", "Full Press Release",
                         "Exit mobile version", "Mobile Communications Forward"],
}, url, "none (as stored; AMP page of a phone blog rewriting a press release): the site's name and "
        "tagline ('PhonesReviews UK- Mobiles, Apps, Networks, Software, Tablet etc'), headline, three "
        "paragraphs, 'Full Press Release' (link text), 'Exit mobile version'. No date in the text and the "
        "input has no address (the address path has 2008/11/03): date not checked.")

n = "lfpress-doidge-park-2017"
text, url = src(n)
add(n, text, {
    "title": "Driver taken to hospital after car hops curb and ends up in London's Doidge Park",
    "date": "2017-05-03",
    "source": ["The London Free Press", "London Free Press", "lfpress.com", "www.lfpress.com"],
    "provider": None,
    "body_first": "A driver was taken to hospital after a car drove down a steep embankment into a London park Wednesday.",
    "body_last": ["who was loaded into an ambulance with unknown injuries.",
                  "who was loaded into an ambulance with unknown injuries. (DALE CARRUTHERS / THE LONDON FREE PRESS)"],
    "paragraphs": 1,
    "must_not_contain": ["date 2017", "News Local", "Free Press Staff", "ends up in London's Doidge Park"],
}, url, "none (as stored; a Canadian city daily): scraper header glued to the section labels 'News "
        "Local', headline, ' Free Press Staff' (a staff label, not an author), one paragraph ending with "
        "a photographer's credit in capitals (accepted kept or dropped), trailing blank lines.")


# =============================================================== self-check + write
INSIDE = {("kommersant-dtp-sverdlovsk", "Фото: пресс-служба"),
          ("bigmir-media-law", "Читайте також"), ("bigmir-media-law", "нацменшини"),
          ("lessor-somme-gendarmes-2020", "Lire aussi"),
          ("lessor-somme-gendarmes-2020", "incompréhension après la remise en liberté"),
          ("antara-surabaya-curanmor-2022", "Baca juga"), ("antara-surabaya-curanmor-2022", "Nigeria"),
          ("antara-surabaya-curanmor-2022", "Zamfara")}

S.finish(INSIDE)
