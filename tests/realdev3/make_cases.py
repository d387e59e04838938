#!/usr/bin/python3
"""Builds the REALDEV3 development cases: cases/NAME.txt, truth.json and sources.txt.

A fourth set of real news pages (after realpages, realdev and realdev2), built like the
blind set (tests/blind/README.md): 25 pages, most of them given as stored (no URL line).
Every article text comes from src/NAME.txt, the stored text of a public web page (from the
page's beginning, about the first 2,000 bytes, as a public web-page store keeps it) kept
here verbatim; src/NAME.url is the page's address. Nothing in an article was written by us.
The only changes are the scraper-style transforms named in each case's `notes`. Truth
follows /work/shared/realpages/README.md ("How truth was decided").

The transforms, the self-check and the writing are tests/real/cases.py's; this script holds
only the pages and their truth.

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)
from cases import url_first, crlf, wrap78, jina  # noqa: E402

S = cases.CaseSet(HERE)
src, add = S.src, S.add


# =============================================================== English
n = "kait8-stone-county-deputy-2023"
text, url = src(n)
add(n, text, {
    "title": "Sheriff’s deputy placed on administrative leave",
    "date": "2023-12-20",
    "source": ["KAIT", "KAIT8", "K8", "K8 News", "kait8.com", "www.kait8.com", "Region 8"],
    "provider": None,
    "body_first": ["STONE COUNTY, Ark. (KAIT) - A sheriff’s deputy is off the job while state police investigate "
                   "allegations he assaulted his wife.",
                   "A sheriff’s deputy is off the job while state police investigate allegations he assaulted his wife."],
    "body_last": "Long said he would not release any other details until ASP concluded its investigation.",
    "paragraphs": 7,
    "must_not_contain": ["date 2023", "Football Friday Night", "By K8 Newsdesk", "Published: Dec. 20, 2023",
                         "Updated: 16 minutes ago", "assaulted his..."],
}, url, "none (as stored; a local TV station's site): the scraper header glued to a menu label ('Football "
        "Friday Night'), headline, a teaser of the first sentence cut with '...', the desk line 'By K8 Newsdesk' "
        "(not an author), a 'Published: ... |Updated: 16 minutes ago' line, seven paragraphs, the first with the "
        "dateline 'STONE COUNTY, Ark. (KAIT) -' (kept; dropped accepted). Date from the header and the Published "
        "line. The station names itself in the dateline (KAIT) and the desk line (K8).")

n = "arkansasonline-johnson-deputy-2017"
text, url = src(n)
add(n, text, {
    "title": "Arkansas sheriff's deputy suspended as part of state police investigation, authorities say",
    "date": "2017-03-28",
    "provider": None,
    "authors": ["Brandon Riddle"],
    "body_first": "An Arkansas sheriff’s deputy is on paid administrative leave as part of an ongoing investigation, "
                  "according to authorities.",
    "body_last": "“Special Agents of the Arkansas State Police Criminal Investigation Division have been assigned to "
                 "conduct an investigation involving allegations against a sheriff’s deputy,” Sadler wrote in an "
                 "emailed statement.",
    "paragraphs": 5,
    "must_not_contain": ["date 2017", "Subscribe Register Login", "3:59 p.m.", "By Brandon Riddle",
                         "authorities say"],
}, url, "none (as stored; a state daily's site): the scraper header glued to 'Subscribe Register Login', a "
        "date-and-time line, headline, byline 'By Brandon Riddle' (authors), five paragraphs. Date from the header "
        "(the date line agrees). The page does not name the paper and the input has no address: source not "
        "checked.")

n = "nbcbayarea-sonoma-deputy-force"
text, url = src(n)
add(n, wrap78(url_first(text, url)), {
    "title": "Sonoma County Sheriff's Office Investigating Accusations Deputy Used Excessive Force",
    "source": ["NBC Bay Area", "nbcbayarea.com", "www.nbcbayarea.com"],
    "provider": None, "url": url,
    "body_first": "The Sonoma County Sheriff's Office has launched an internal probe after a deputy is accused of "
                  "using excessive force, sheriff's officials said Thursday.",
    "body_last": ["they were able to get him i",
                  "The following excerpt from a sheriff's office press release describes what happened next:"],
    "must_not_contain": ["https://www.nbcbayarea.com", "/127874/", "Investigating Accusations",
                         "sonoma-county-sheriffs-office"],
}, url, "page URL added as the first line, then html2text-style hard wrap at 78 columns (the headline is wrapped "
        "onto two lines). As stored (a broadcaster's local news page): headline, nine paragraphs, the last a quoted "
        "press release that the stored text CUTS mid-word ('get him i'): body_last accepts the cut fragment or the "
        "last complete paragraph before the quote. No date in the text or address. Paragraphs not checked (wrap).")

n = "abc15-mcso-barricade"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Barricade situation involving former MCSO deputy ends",
    "source": ["ABC15", "ABC15 Arizona", "abc15.com", "www.abc15.com"],
    "provider": None, "url": url,
    "body_first": ["PHOENIX - A former Maricopa County sheriff's deputy mentioned last year in a federal judge's ruling",
                   "A former Maricopa County sheriff's deputy mentioned last year in a federal judge's ruling"],
    "body_last": ["The Court concludes that the deputy considered race as one factor among other",
                  "The suspect is mentioned by name several times in Snow's ruling."],
    "must_not_contain": ["http://www.abc15.com", "west-phoenix/barricade", "MCSO deputy ends",
                         "Barricade situation involving"],
}, url, "page URL added as the first line. As stored (a local TV station's site): headline, ten paragraphs, the "
        "first with the dateline 'PHOENIX -' (kept; dropped accepted); the stored text CUTS the last paragraph (a "
        "quote from the ruling) mid-sentence: body_last accepts the cut fragment or the paragraph before. No date "
        "('last year', 'May 2013' do not settle it). Paragraphs not checked (cut).")

n = "birminghamal-council-budget-2015"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Mayor Accepts City Council Budget for Fiscal Year 2016",
    "date": "2015-07-27",
    "source": ["birminghamal.gov", "www.birminghamal.gov", "City of Birmingham"],
    "provider": None, "url": url,
    "body_first": "The Mayor’s Office today announced that the Council’s proposed budget will be accepted “as is” "
                  "and on next week’s City Council agenda.",
    "body_last": "“We appreciate all the work by everyone involved in reaching a compromise that balances the needs "
                 "of the neighborhoods, basic City services and the well-being of our employees,” Mayor Bell "
                 "continued.",
    "must_not_contain": ["Press Releases", "View More In This Section", "https://www.birminghamal.gov",
                         "for Fiscal Year 2016"],
}, url, "page URL added as the first line. As stored (a city government's press-release page): section label "
        "'Press Releases', 'View More In This Section', headline, four paragraphs (the first two one a line with "
        "no blank line between them). Date from the address path (2015/07/27). The page does not name the city "
        "government; source accepts the host. Paragraphs not checked (mixed line and blank-line separation).")

n = "kut-austin-budget-2012"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2012-09-11",
    "source": ["KUT", "KUT News", "KUT 90.5", "kut.org", "www.kut.org"],
    "provider": None, "url": url,
    "body_first": "The Austin City Council has approved a $3.1 billion budget for the next fiscal year.",
    "body_last": "The owner of a 200,000 dollar home will pay an extra $22 per year.",
    "paragraphs": 6,
    "must_not_contain": ["https://www.kut.org", "2012-09-11/council", "council-passes-city-budget",
                         "mayors-not-happy"],
}, url, "page URL added as the first line. As stored (a public radio station's news page): no headline, six "
        "paragraphs one a line. Date from the address path (2012-09-11). The page does not name the station; "
        "source accepts its name and host. Little chrome: must_not_contain uses the address.")

n = "usmuslims-nigeria-ministers-aa"
text, url = src(n)
headline = "10 ministers resign in Nigeria ahead of general elections"
add(n, jina(text, url, headline, headline), {
    "title": headline,
    "source": ["usmuslims.com", "www.usmuslims.com", "US Muslims"],
    "provider": None, "url": url,
    "authors": ["Olanrewaju Kola"],
    "body_first": ["MAIDUGURI, Nigeria (AA) - Ten of the 43 ministers in Nigeria's Federal Cabinet on Friday resigned",
                   "Ten of the 43 ministers in Nigeria's Federal Cabinet on Friday resigned",
                   "Some ministers seeking elective positions"],
    "body_last": ["Some ministers have obtained forms to contest the presidential seat in the February poll.",
                  "Kaynak:Source of News"],
    "must_not_contain": ["This news has been read", "219 times", "UYARI:", "Türkçe karakter", "Previous and Next News",
                         "By Olanrewaju Kola"],
}, url, "Jina Reader framing (Title: / URL Source: / Markdown Content:, headline underlined ===), URL included. "
        "As stored (a community news portal running an Anadolu Agency wire): headline printed twice, standfirst "
        "'Some ministers seeking elective positions' (accepted as body_first alternative), byline 'By Olanrewaju "
        "Kola' (authors), seven paragraphs, the first with the wire dateline 'MAIDUGURI, Nigeria (AA) -' (kept; "
        "dropped accepted), the source line 'Kaynak:Source of News' (accepted kept or dropped), a read counter, a "
        "Turkish comment rule ('UYARI: ...') and 'Previous and Next News'. No date ('Friday', 'next year'). The "
        "page does not name itself; source accepts the host. Provider null (not MENAFN). Paragraphs not checked "
        "(standfirst).")

n = "nigeriatoday-alhassan-resigns-2018"
text, url = src(n)
add(n, text, {
    "title": "Minister of Women Affairs Aisha Alhassan resigns",
    "date": "2018-08-01",
    "source": ["Nigeria Today", "nigeriatoday.ng"],
    "provider": None,
    "body_first": "Nigeria’s Minister of Women Affairs Hajia Aisha Alhassan has resigned her appointment as minister.",
    "body_last": "“As you are aware I am totally committed to free and fair elections. Our policy is to support all "
                 "APC candidates. I wish you well in your ambition to be governor of your state. Rest assured that "
                 "all security agencies as well as INEC will have my full support to conduct free, fair and "
                 "transparent elections in 2019,” Buhari’s acceptance letter read in part.",
    "paragraphs": 4,
    "must_not_contain": ["date 2018", "39 mins ago", "I have the right to choose", "APC chairman - Minister",
                         "Nigeria Today"],
}, url, "none (as stored; a news aggregator-blog): the scraper header glued to the site name 'Nigeria Today' "
        "(the source), headline, a relative time '39 mins ago' (a site label, not a date), a related headline "
        "('I have the right to choose who becomes the APC chairman - Minister'), four paragraphs. Date from the "
        "scraper header (nothing in the page contradicts it).")

# =============================================================== Russian
n = "tyumentimes-dps-toyota"
text, url = src(n)
add(n, crlf(text), {
    "title": "На трассе Тюмень — Екатеринбург попал в аварию автомобиль ДПС: «На зеленый и на включенных "
             "«мигалках» (ВИДЕО)",
    "provider": None,
    "body_first": "ДТП произошло в субботу, 16 июля на 51-м километре автодороги Екатеринбург – Тюмень.",
    "body_last": "однако после просмотра записи видеорегистратора у виновника ДТП не осталось никаких вопросов "
                 "относительно виновности.",
    "paragraphs": 2,
    "must_not_contain": ["Комментарии:", "(ВИДЕО)", "попал в аварию автомобиль ДПС", "\r"],
}, url, "CRLF line ends. Otherwise as stored (a city news site): headline (with its '(ВИДЕО)' label, printed as "
        "part of it), two paragraphs one a line, the second a quote of the traffic police's press service, then "
        "an empty 'Комментарии:' label. No year ('в субботу, 16 июля'): date not checked. The page does not name "
        "itself and the input has no address: source not checked.")

n = "glavcom-kiev-police-truck-2015"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "В Киеве автомобиль полиции влетел в грузовик (ФОТО)",
    "source": ["Главком", "Glavcom", "glavcom.ua"],
    "provider": None, "url": url,
    "body_first": "ДТП с участием патрульного полицейского автомобиля произошло в Киеве на Окружной 26.10.2015 около 23:45.",
    "body_last": ["Драгер не показал н", "ехать в стационар он отказался.", "на скорости врезался Форд."],
    "must_not_contain": ["https://glavcom.ua", "302735", "влетел в грузовик", "(ФОТО)"],
}, url, "page URL added as the first line. As stored (a national news site's Russian edition, Kyiv section): "
        "headline, paragraphs partly one a line; the stored text CUTS the last line mid-word ('Драгер не "
        "показал н'): body_last accepts the fragment or the last complete line or block. Date not checked: "
        "26.10.2015 23:45 is the time of the crash, not of publication. Paragraphs not checked.")

# =============================================================== Ukrainian
n = "varta1-kyiv-okhorona-2018"
text, url = src(n)
add(n, text, {
    "title": "У Києві автомобіль протаранив авто поліції охорони (фото)",
    "source": ["Вартові", "Вартові.Еспресо", "Varta1", "varta1.com.ua"],
    "provider": None,
    "body_first": "У Києві, у Дніпровському районі, на перетині вулиць Алішера Навої і генерала Жмаченка сталася ДТП "
                  "за участю поліції охорони.",
    "body_last": "На місці ДТП працюють поліцейські та слідчо-оперативна група.",
    "paragraphs": 4,
    "must_not_contain": ["im-photo_2018", "08-38-49", "varta1.com.ua: Новини", "(фото)"],
}, url, "none (as stored; a Kyiv news site): headline, an image file name printed twice "
        "('im-photo_2018-03-10_08-38-49'; its date is the photo's, not the article's: date not checked), four "
        "paragraphs separated by two blank lines, the first naming the site ('повідомляють Вартові.Еспресо'), "
        "then the footer 'varta1.com.ua: Новини'.")

# =============================================================== Spanish
n = "eltiempo-bogota-patrulla-2023"
text, url = src(n)
add(n, text, {
    "provider": None,
    "body_first": "El conductor de un carro particular se habría pasado un semáforo en rojo a la altura del barrio "
                  "Alcázares",
    "body_last": ["La Policía llamó a la precaución a la hora de manejar y ahora, con Navidad, pidió precaución para "
                  "no conducir si tomó alcohol.",
                  "Con información de Kevin Díaz, Noctámbulo de Citytv"],
    "must_not_contain": ["date 2023", "Patrulla de la Policía accidentada", "Foto: Citytv"],
}, url, "none (as stored; a national daily's city page): the scraper header with year and month only (' date "
        "2023-11 ', date not checked; the text's 'miércoles 29 de noviembre' is the crash's day) glued to the "
        "first paragraph, no headline, a photo caption with its credit between the first two paragraphs "
        "(listed in INSIDE), nine paragraphs separated by three blank lines, then the desk credits 'REDACCIÓN "
        "ÚLTIMAS NOTICIAS' and 'Con información de Kevin Díaz, Noctámbulo de Citytv' (accepted kept or "
        "dropped; not authors). The page does not name the paper and the input has no address: source not "
        "checked. Paragraphs not checked (credits).")

n = "cronicabalear-palma-policia-2018"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["Crónica Balear", "Cronica Balear", "cronicabalear.es", "www.cronicabalear.es"],
    "provider": None, "url": url,
    "body_first": "Un policía local resultó herido el miércoles a medianoche después de que un conductor ebrio "
                  "golpeara dando marcha atrás su coche particular",
    "body_last": "Su resultado fue de 0,96 miligramos por litro en aire expirado, lo cual implica la comisión de un "
                 "delito.",
    "paragraphs": 5,
    "must_not_contain": ["Tu dirección de correo electrónico no será publicada.", "Akismet",
                         "Aprende cómo se procesan", "https://www.cronicabalear.es"],
}, url, "page URL added as the first line. As stored (a regional news site on WordPress): no headline, five "
        "paragraphs, then the WordPress comment-form notices. The address has year and month only (2018/03): "
        "date not checked. The page does not name itself; source accepts the host spellings.")

# =============================================================== Portuguese
n = "g1-riacho-fundo-perseguicao-2019"
text, url = src(n)
add(n, text, {
    "provider": None,
    "body_first": "Após uma perseguição de meia hora pelas ruas do Distrito Federal, a Polícia Militar prendeu, nesta "
                  "segunda-feira (21), um homem suspeito de roubo.",
    "body_last": "Ele foi preso em flagrante e levado para a 27ª Delegacia de Polícia, no Recanto das Emas.",
    "must_not_contain": ["date 2019", "chama a atenção de moradores", "— Foto: PMDF/ Divulgação",
                         "Polícia apreende armas com suspeito de roubo após perseguição"],
}, url, "none (as stored; a national news portal's regional page): the scraper header with year and month only "
        "(' date 2019-10 ', date not checked) glued to the title of the page's video ('Perseguição policial chama "
        "a atenção de moradores no Riacho Fundo I'), which is not the headline: no headline (title not checked). "
        "Five paragraphs, a photo caption with its credit (listed in INSIDE), a subhead 'A perseguição' (part of "
        "the article), two paragraphs. The page does not name itself and the input has no address: source not "
        "checked. Paragraphs not checked (subhead).")

n = "portallicinio-br060-perseguicao-g1"
text, url = src(n)
add(n, text, {
    "source": ["g1", "g1 Goiás", "Portal Licínio", "portallicinio.com.br"],
    "provider": None,
    "authors": ["Vitor Santana"],
    "body_first": ["A Polícia Militar conseguiu prender um suspeito de roubar um carro do Distrito Federal e fugir "
                   "pela BR-060.",
                   "Depois de 5 minutos de acompanhamento, motorista parou o carro no acostamento e se entregou."],
    "body_last": "O homem sai do carro e se deita no chão. Ele foi preso em flagrante. Segundo a PM, o carro estava "
                 "com sinais de identificação adulterados.",
    "must_not_contain": ["LEIA TAMBÉM", "Por Vitor Santana", "g1 Goiás."],
}, url, "none (as stored; a local portal republishing a national portal's story): no headline, the original's "
        "standfirst (accepted as body_first alternative), the byline 'Por Vitor Santana, g1 Goiás.' (authors; the "
        "only outlet the page names is g1, accepted as source with the portal's name and host), paragraphs one "
        "a line with a 'LEIA TAMBÉM' label left between them. No date. Paragraphs not checked (standfirst).")

# =============================================================== German
n = "allgaeuer-aschaffenburg-streifenwagen-2020"
text, url = src(n)
add(n, text, {
    "title": "Polizist verursacht Unfall mit vier Verletzten",
    "date": "2020-12-18",
    "provider": None,
    "body_first": ["Ein Polizist hat in Aschaffenburg einen Unfall mit vier Verletzten verursacht.",
                   "In Aschaffenburg hat ein Polizist einen Unfall mit vier Verletzten verursacht."],
    "body_last": ["Schwerverletzt wurden hingegen ein Ehepaar, das von einem 87-Jährigen in Ottobeuren angefahren "
                  "wurde.",
                  "Auch die beiden 24 und 25 Jahre alten Beamten im Streifenwagen erlitten Verletzungen."],
    "must_not_contain": ["Bild: Roland Weihrauch", "(Archivbild)",
                         "Ein Streifenwagen der Polizei ist mit einem anderen Auto kollidiert.", "Stand: 19:13 Uhr",
                         "18.12.2020 |"],
}, url, "none (as stored; a regional daily's site running a dpa story): kicker 'Unfall', headline, a photo "
        "caption printed four times (twice with the credit 'Bild: Roland Weihrauch, dpa (Archivbild)'), "
        "standfirst (accepted as body_first alternative), 'dpa', the date line '18.12.2020 | Stand: 19:13 Uhr' "
        "(the date), two paragraphs of the dpa story, then the paper's own add-on under the subhead 'Unfälle im "
        "Allgäu: Schwere Verkehrsunfälle' (two paragraphs): body_last accepts the end of either. The page does "
        "not name the paper and the input has no address: source not checked. Paragraphs not checked.")

n = "europearound-berlin-polizeiauto-dpa"
text, url = src(n)
add(n, text, {
    "title": "Verkehrsunfälle: Fünf Menschen bei Crash mit Polizeiauto verletzt",
    "date": "2025-03-31",
    "provider": None,
    "body_first": "Fünf Menschen wurden bei einem Unfall mit einem Polizeiauto in Berlin-Mitte zum Teil schwer verletzt.",
    "body_last": "Eine weitere Polizistin hatte Blutergüsse und Prellungen und musste nur ambulant behandelt werden.",
    "paragraphs": 2,
    "must_not_contain": ["© dpa-infocom", "dpa:250331-930-419343/1", "dpa-Newskanal", "Empfohlener redaktioneller Inhalt",
                         "Datenschutz-Einstellungen", "Ich bin damit einverstanden"],
}, url, "none (as stored; an aggregator running dpa wire copy): headline with its kicker glued by a colon "
        "('Verkehrsunfälle: ...', as printed), two paragraphs one a line, the wire mark '© dpa-infocom, "
        "dpa:250331-930-419343/1' (dpa's id carries the date YYMMDD: 2025-03-31, the Monday after the Sunday "
        "evening crash), a dpa-feed note and an embed-consent block. The aggregator does not name itself and the "
        "input has no address: source not checked.")

# =============================================================== Turkish
n = "haberler-maltepe-trafik-polisi"
text, url = src(n)
add(n, text, {
    "title": "Maltepe'de Trafik Polisine Motosiklet Çarptı: Yaralı Var",
    "provider": None,
    "body_first": ["İstanbul Maltepe'de trafiğe kapalı şeritte görev yapan trafik polisi, motosikletin çarpması "
                   "sonucu yaralandı.",
                   "İstanbul Maltepe'de trafiğe kapalı alanda görev yapan bir trafik polisi, motosikletin çarpması "
                   "sonucu yaralandı."],
    "body_last": ["Olayla ilgili inceleme sürüyor.", "Olayla ilgili inceleme sürüyor. - İSTANBUL"],
    "must_not_contain": ["Güncelleme:", "Çarptı: Yaralı Var", "Trafik Polisine Motosiklet", "Maltepe'de Trafik"],
}, url, "none (as stored; a news aggregator): headline, an empty 'Güncelleme:' (updated) label, standfirst "
        "(accepted as body_first alternative), four paragraphs, the last ending with the agency-style dateline "
        "'- İSTANBUL' (accepted kept or dropped). No year ('13 Kasım'): date not checked. The page does not name "
        "itself and the input has no address: source not checked. Paragraphs not checked (standfirst).")

n = "hepsiogrenci-hatay-erzin-polis"
text, url = src(n)
add(n, text, {
    "title": "3 Polis Memuru ve 5 Kişi Yaralanan Polis Aracı Kazası",
    "provider": None,
    "body_first": ["Hatay’ın Erzin ilçesinde meydana gelen trafik kazasında, bir otomobil ile polis aracı çarpıştı.",
                   "Hatay’da Polis Aracı ile Otomobil Çarpıştı"],
    "body_last": ["Ayrıca, araç", "eğitim programları başlatmıştır.", "önemini vurgulamaktadır."],
    "must_not_contain": ["Hap Gibi Özet Haber", "Sade - Temiz - Bilgilendirici", "Anasayfa » Gündem »",
                         "Haber İçeriği"],
}, url, "none (as stored; a site-builder news-summary blog): site tagline lines, headline, a breadcrumb "
        "repeating the headline, a 'Haber İçeriği' (contents) label, two subhead lines ('Hatay’da Polis Aracı "
        "ile Otomobil Çarpıştı', '5 Yaralı, 3’ü Polis'; starting there accepted), then paragraphs under subheads; "
        "the stored text CUTS the last paragraph mid-sentence ('Ayrıca, araç'): body_last accepts the fragment, "
        "the last complete sentence or the last complete paragraph. The site name is not printed and the input "
        "has no address: source not checked. No date. Paragraphs not checked.")

# =============================================================== French
n = "actu17-houdan-gendarmes-2019"
text, url = src(n)
add(n, text, {
    "title": "Yvelines : Les gendarmes sauvent 14 personnes d’un incendie",
    "date": "2019-04-07",
    "source": ["Actu17", "actu17.fr"],
    "provider": None,
    "body_first": ["Mardi peu avant 3 heures du matin, alors qu’ils rédigeaient une procédure au bureau, deux "
                   "gendarmes ont été appelés à intervenir sur un incendie de poubelles.",
                   "Deux militaires de la Gendarmerie ont évacué in extremis les habitants d’un immeuble en feu."],
    "body_last": ["Ils ont évacué un couple qui n’avait",
                  "Les pompiers sont arrivés dix minutes après les deux gendarmes.",
                  "», poursuit Geoffrey."],
    "must_not_contain": ["Par Actu17", "Le dimanche 7 avril 2019 à 08:39", "(photo Gendarmerie Nationale)",
                         "Joann et Geoffrey, gendarmes à Maulette", "Yvelines : Les gendarmes sauvent"],
}, url, "none (as stored; a national news site): headline printed twice, a photo caption with its credit, the "
        "byline 'Par Actu17' (the outlet: source, not an author), the date line 'Le dimanche 7 avril 2019 à "
        "08:39' (the date), standfirst (accepted as body_first alternative), paragraphs with three subheads (part "
        "of the article); the stored text CUTS the last paragraph mid-sentence: body_last accepts the fragment, "
        "the last complete sentence or the last complete paragraph. Paragraphs not checked.")

n = "ladepeche-villebrumier-exercice-2022"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Villebrumier. Les pompiers en exercice incendie à la gendarmerie",
    "date": "2022-11-10",
    "source": ["La Dépêche", "La Dépêche du Midi", "DDM", "ladepeche.fr", "www.ladepeche.fr"],
    "provider": None, "url": url,
    "body_first": "Dimanche à 9 h 03, 7, rue du Four, un camion de pompiers arrive et décharge immédiatement les "
                  "sapeurs à bord.",
    "body_last": ["sont autant de difficultés à lev", "donne le top départ d’un exercice.",
                  "localisation-sécurisation des armes et munitions."],
    "must_not_contain": ["Abonnés", "Philippe Mathis", "L’échelle est déployée pour les familles",
                         "Mise en œuvre des moyens", "Publié le", "Correspondant", "https://www.ladepeche.fr"],
}, url, "page URL added as the first line. As stored (a regional daily's local page): headline with the town "
        "first ('Villebrumier. ...', as the paper prints its local headlines), 'Abonnés', a bulleted photo "
        "gallery (each caption glued to its credit 'DDM, Philippe Mathis' and printed twice), an empty 'Publié "
        "le', 'Correspondant' (no name: no author), paragraphs with a subhead; the stored text CUTS the last "
        "paragraph mid-word ('à lev'): body_last accepts the fragment, the last complete sentence or the last "
        "complete paragraph. Date from the address path (2022/11/10). The paper names itself only as 'DDM' in the "
        "credits. Paragraphs not checked.")

# =============================================================== Indonesian
n = "sindonews-pontianak-rumah-dinas-2021"
text, url = src(n)
add(n, text, {
    "title": "Si Jago Merah Habiskan 5 Rumah Dinas Polda Kalbar di Pontianak",
    "date": "2021-04-05",
    "source": ["SINDOnews", "SINDOnews.com", "sindonews.com", "daerah.sindonews.com"],
    "provider": None,
    "body_first": ["PONTIANAK - Sebanyak lima rumah dinas Polda Kalimantan Barat (Kalbar) di Pontianak habis dilalap "
                   "si jago merah.",
                   "Sebanyak lima rumah dinas Polda Kalimantan Barat (Kalbar) di Pontianak habis dilalap si jago merah."],
    "body_last": ["karena angin kencang dan cuaca panas.", "karena angin kencang dan cuaca panas. (don)"],
    "paragraphs": 5,
    "must_not_contain": ["Senin, 05 April 2021 - 17:04 WIB", "FotoiNews/Barlian Pasore", "Baca juga: Sebar Hoaks",
                         "Lihat Juga", "tulis komentar anda", "Dapatkan berita terkini", "Video Rekomendasi",
                         "Berita Terkait", "Terpopuler"],
}, url, "none (as stored; a national portal's regional section): headline, the date line 'Senin, 05 April 2021 - "
        "17:04 WIB' (the date), a photo caption glued to its credit, five paragraphs, the first with the dateline "
        "'PONTIANAK -' (kept; dropped accepted), an in-article 'Baca juga:' link GLUED to the end of the fourth "
        "paragraph (listed in INSIDE), the editor's initials '(don)' (accepted kept or dropped), then comment, "
        "follow and related-content labels, one naming the site ('SINDOnews.com').")

n = "detikin-bulungan-kebakaran-2024"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Polri Bantu Memadamkan Api dari Peristiwa Terbakarnya 7 Rumah di Jalan Poros Kilometer 2",
    "date": "2024-11-03",
    "source": ["Detik Indonesia", "detik.in"],
    "provider": None, "url": url,
    "body_first": ["TANJUNG SELOR, Polda Kaltara, Polresta Bulungan – Kepolisian Resor Kota (Polresta) Bulungan turun "
                   "tangan",
                   "Kepolisian Resor Kota (Polresta) Bulungan turun tangan"],
    "body_last": ["Kejadian ini pun menarik simpati dari masyarakat sekitar yang juga bergotong royong membantu para "
                  "korban.",
                  "membantu para korban. (HmsPolresta)"],
    "paragraphs": 6,
    "must_not_contain": ["Detik Indonesia", "https://detik.in", "Peristiwa Terbakarnya 7 Rumah", "/amp"],
}, url, "page URL added as the first line (an AMP address). As stored (a small news site carrying a police "
        "press release): the site name 'Detik Indonesia' (the source), headline printed twice, six paragraphs, "
        "the first with the dateline 'TANJUNG SELOR, Polda Kaltara, Polresta Bulungan –' (kept; dropped "
        "accepted), the last ending with the press office's credit '(HmsPolresta)' (accepted kept or dropped). "
        "Date from the address path (2024/11/03; the fire was on Friday 1/11/2024).")

# =============================================================== Italian
n = "ttv-festival-nazioni-2019"
text, url = src(n)
add(n, text, {
    "title": "In consiglio comunale il futuro del Festival delle Nazioni. La minoranza non accetta un presidente "
             "candidato a sindaco di Perugia.",
    "date": "2019-02-27",
    "source": ["TTV", "ttv.it", "www.ttv.it"],
    "provider": None,
    "body_first": "Giuliano Giubilei è ufficialmente candidato a sindaco di Perugia , ma è anche presidente del "
                  "Festival delle Nazioni",
    "body_last": "Nella replica Bucci ha sostenuto la necessità di valutare i costi: “530mila euro contro 38mila di "
                 "incassi.",
    "paragraphs": 6,
    "must_not_contain": ["di:", "27 Febbraio 2019", "Tags", "La minoranza non accetta"],
}, url, "none (as stored; a local TV station's site): headline of two sentences, an empty author label 'di:', "
        "the date line '27 Febbraio 2019' (the date), the outlet's name 'ttv' (source, not an author), six "
        "paragraphs (one a one-line question), then an empty 'Tags' label.")

n = "meridionews-catania-picanello-scooter"
text, url = src(n)
add(n, text, {
    "provider": None,
    "body_first": "Un 18enne e un 14enne sono stati arrestati nel quartiere Picanello di Catania per furto aggravato "
                  "in concorso.",
    "body_last": "Per i due giovani l’autorità giudiziaria competente ha disposto la convalida dell’arresto e il "
                 "minorenne è stato portato in una comunità.",
    "paragraphs": 2,
    "must_not_contain": ["Cinque milioni di euro", "Regione Siciliana", "Paesi sicuri", "istituti di vigilanza",
                         "Forza Italia", "Castelvetrano"],
}, url, "none (as stored; an AMP page of a regional news site): no headline, two long paragraphs one a line, "
        "then six related teasers one a line, each cut with '…'. No date; the page does not name itself and the "
        "input has no address: source not checked.")


# =============================================================== self-check + write
INSIDE = {("eltiempo-bogota-patrulla-2023", "Patrulla de la Policía accidentada"),
          ("eltiempo-bogota-patrulla-2023", "Foto: Citytv"),
          ("g1-riacho-fundo-perseguicao-2019", "— Foto: PMDF/ Divulgação"),
          ("g1-riacho-fundo-perseguicao-2019", "Polícia apreende armas com suspeito de roubo após perseguição"),
          ("sindonews-pontianak-rumah-dinas-2021", "Baca juga: Sebar Hoaks"),
          ("portallicinio-br060-perseguicao-g1", "LEIA TAMBÉM")}

S.finish(INSIDE)
