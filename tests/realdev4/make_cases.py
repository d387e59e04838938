#!/usr/bin/python3
"""Builds the REALDEV4 development cases: cases/NAME.txt, truth.json and sources.txt.

A fifth set of real news pages (after realpages, realdev, realdev2 and realdev3), built the way
realdev3 was, to resemble the blind set's construction (tests/blind/README.md): 25 pages, most of
them given as stored (no URL line). Every article text comes from src/NAME.txt, the stored text of
a public web page (from the page's beginning, about the first 2,000 bytes, as a public web-page
store keeps it) kept here verbatim; src/NAME.url is the page's address. Nothing in an article was
written by us. The only changes are the scraper-style transforms named in each case's `notes`.
Truth follows /work/shared/realpages/README.md ("How truth was decided").

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
n = "whec-rochester-school-budget-2023"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2023-06-21",
    "source": ["whec.com", "www.whec.com", "WHEC"],
    "provider": None, "url": url,
    "body_first": ["ROCHESTER, N.Y. – The Rochester City Council voted on the more than $1 billion Rochester City "
                   "School District budget.",
                   "The Rochester City Council voted on the more than $1 billion Rochester City School District budget."],
    "body_last": "City Council also voted to approve the mayor’s $675 million city budget in a close vote: 5 to 4.",
    "paragraphs": 5,
    "must_not_contain": ["date 2023-06-21", "https://www.whec.com", "top-news/many-rochester",
                         "cast-symbolic-vote-against-school-budget"],
}, url, "page URL added as the first line. As stored (a local TV station's site): the scraper header ' date "
        "2023-06-21 ' glued to the first paragraph, no headline, five paragraphs, the first with the dateline "
        "'ROCHESTER, N.Y. –' (kept; dropped accepted). Date from the header. The page does not name the station; "
        "source accepts the host. Little chrome: must_not_contain uses the header and the address.")

n = "bangordailynews-portland-school-budget-2019"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2019-05-21",
    "source": ["bangordailynews.com", "www.bangordailynews.com", "Bangor Daily News"],
    "provider": None, "url": url,
    "body_first": "Portland city councilors have approved the new school budget.",
    "body_last": "Now the public will have the opportunity to vote on the budget in June.",
    "paragraphs": 9,
    "must_not_contain": ["date 2019-05-21", "https://bangordailynews.com", "/news/portland/",
                         "portland-council-approves-117m-school-budget"],
}, url, "page URL added as the first line. As stored (a regional daily's site): the scraper header ' date "
        "2019-05-21 ' glued to the first paragraph, no headline, nine short paragraphs. Date from the header (the "
        "address path agrees). The page does not name the paper; source accepts the host and the paper's name. "
        "Little chrome: must_not_contain uses the header and the address.")

n = "telegram-worcester-school-budget-2015"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2015-05-27",
    "source": ["telegram.com", "www.telegram.com", "Telegram & Gazette", "Worcester Telegram & Gazette"],
    "provider": None, "url": url,
    "body_first": ["WORCESTER - Unable to conclude its review of City Manager Edward M. Augustus Jr.'s $598.1 million "
                   "fiscal 2016 budget proposal as it had hoped Tuesday night, the City Council has extended its "
                   "deliberations another week.",
                   "Unable to conclude its review of City Manager Edward M. Augustus Jr.'s $598.1 million fiscal 2016 "
                   "budget proposal as it had hoped Tuesday night, the City Council has extended its deliberations "
                   "another week."],
    "body_last": ["He said there would be a minimal savings if transportation services were cut to elementary stu",
                  "Mr. Foley said a second review of the transportation audit found that no such savings would be "
                  "available."],
    "must_not_contain": ["https://www.telegram.com", "article/20150527", "NEWS/150529294", "150529294"],
}, url, "page URL added as the first line. As stored (a regional daily's site): no headline, paragraphs, the "
        "first with the dateline 'WORCESTER -' (kept; dropped accepted); the stored text CUTS the last paragraph "
        "mid-word ('elementary stu'): body_last accepts the cut fragment or the last complete paragraph. Date from "
        "the address path (20150527). The page does not name the paper; source accepts the host and the paper's "
        "name. No chrome at all: must_not_contain uses the address. Paragraphs not checked (cut).")

n = "joestrupp-school-board-budget-2015"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["joestrupp.blogspot.com"],
    "provider": None, "url": url,
    "body_first": "The Board of Education on Monday approved a $123.5 million budget for the 2015-2016 school year, "
                  "with a split, 5-4, vote over adding $110,000 more than planned to the spending plan.",
    "body_last": "The board will have a final vote on April 27.",
    "paragraphs": 5,
    "must_not_contain": ["No comments:", "Post a Comment", "http://joestrupp.blogspot.com",
                         "school-board-approves-1235-million"],
}, url, "page URL added as the first line. As stored (a local news blog on Blogger): no headline, five "
        "paragraphs one a line, then the Blogger comment labels 'No comments:' and 'Post a Comment'. The address "
        "has year and month only (2015/03): date not checked. The blog names nothing; source is the host.")

n = "mercurynews-california-outbreaks-2020"
text, url = src(n)
add(n, wrap78(url_first(text, url)), {
    "title": "Coronavirus: Where are California’s outbreaks and why?",
    "date": "2020-06-11",
    "source": ["The Mercury News", "Mercury News", "mercurynews.com", "www.mercurynews.com"],
    "provider": None, "url": url,
    "body_first": ["As individual counties move with varying speed to reopen after nearly three months of the "
                   "COVID-19 pandemic shelter in place, California public health officials are keeping a close watch "
                   "on the surge in new cases, especially in 11 counties.",
                   "The state Department of Public Health has launched a new web page where the public can check out "
                   "counties being monitored because of a concerning increase in COVID-19 cases and hospitalizations."],
    "body_last": ["This number of new cases r",
                  "according to data compiled by this news organization.",
                  "Officials also look at any concerning rise in the number of people hospitalized and the percent "
                  "of ICU beds and ventilators available."],
    "must_not_contain": ["Breaking News", "https://www.mercurynews.com", "2020/06/11",
                         "coronavirus-where-are-californias-outbreaks-and-why"],
}, url, "page URL added as the first line, then html2text-style hard wrap at 78 columns. As stored (a metro "
        "daily's site): the label 'Breaking News', headline, the publisher's standfirst (accepted as body_first "
        "alternative), paragraphs; the stored text CUTS the last paragraph mid-word ('new cases r'): body_last "
        "accepts the fragment, the last complete sentence or the last complete paragraph. Date from the address "
        "path (2020/06/11). The page does not name the paper ('this news organization'); source accepts the host "
        "and the paper's name. Paragraphs not checked (wrap, cut).")

n = "beckers-bremerton-covid-outbreak"
text, url = src(n)
add(n, text, {
    "title": "45 COVID-19 cases linked to outbreak at Washington hospital",
    "source": ["Becker's Healthcare", "Becker's Hospital Review", "beckershospitalreview.com",
               "www.beckershospitalreview.com"],
    "provider": None,
    "body_first": "A COVID-19 outbreak at St. Michael Medical Center in Bremerton, Wash., is linked to confirmed "
                  "cases for at least 30 staff members and 15 patients, according to the Kitsap Sun.",
    "body_last": "The 260-bed St. Michael Medical Center is part of Englewood, Colo.-based CHI Franciscan.",
    "paragraphs": 6,
    "must_not_contain": ["Copyright ©", "All Rights Reserved", "Privacy Policy", "Cookie Policy",
                         "Featured Whitepapers", "Featured Webinars"],
}, url, "none (as stored; a trade magazine's site): headline, six paragraphs (some with a trailing space), then "
        "the footer 'Copyright © 2024 Becker's Healthcare. All Rights Reserved. Privacy Policy. ...' (the "
        "publisher's name: source; its year is the site's, not the article's), a line of one space and two "
        "'Featured ...' labels. No date ('Aug. 4', 'Aug. 14' have no year).")

n = "newslj-wyoming-grants-gordon"
text, url = src(n)
add(n, text, {
    "title": "Governor unveils state grant resources for communities",
    "source": ["News Letter Journal", "newslj.com", "www.newslj.com"],
    "provider": None,
    "authors": ["Jasmine Hall"],
    "body_first": ["JACKSON — Gov. Mark Gordon announced the launch of a grant assistance program that will increase "
                   "access to federal funding and support grants management in communities across the state.",
                   "Gov. Mark Gordon announced the launch of a grant assistance program that will increase access to "
                   "federal funding and support grants management in communities across the state."],
    "body_last": ["Riverton Depot Foundation Grant Facilitator Cathleen Cline worked with the new assistance program "
                  "to apply for funding from the federal",
                  "Wyoming communities are already taking advantage of the program."],
    "must_not_contain": ["Skip to main content", "Staff Photo", "Create Article", "photo by Michael Smith",
                         "Legislative Session", "via the Wyoming News Exchange", "Jasmine Hall"],
}, url, "none (as stored; a small weekly's site running a partner paper's story through a state news exchange): "
        "'Skip to main content', headline, a photo line naming the paper ('News Letter Journal - Staff Photo - "
        "Create Article': source), a caption with its credit, the byline 'By' / 'Jasmine Hall with the Jackson "
        "Hole News&Guide, via the Wyoming News Exchange' (authors: Jasmine Hall), paragraphs, the first with the "
        "dateline 'JACKSON —' (kept; dropped accepted); the stored text CUTS the last paragraph mid-sentence: "
        "body_last accepts the fragment or the last complete paragraph. No date in the text. Paragraphs not "
        "checked (cut).")

# =============================================================== Russian
n = "tass-saratov-volzhsky-2025"
text, url = src(n)
add(n, text, {
    "title": "Экс-главе Волжского района Саратова назначили условный срок",
    "date": "2025-10-27",
    "source": ["ТАСС", "TASS", "tass.ru"],
    "provider": None,
    "body_first": ["САРАТОВ, 27 октября. /ТАСС/. Суд признал бывшего главу администрации Волжского района Саратова "
                   "виновным в злоупотреблении полномочиями и назначил ему три года лишения свободы условно, "
                   "сообщила пресс-служба прокуратуры региона.",
                   "Суд признал бывшего главу администрации Волжского района Саратова виновным в злоупотреблении "
                   "полномочиями и назначил ему три года лишения свободы условно, сообщила пресс-служба прокуратуры "
                   "региона.",
                   "Также суд удовлетворил гражданские иски потерпевших на сумму более 5 млн рублей"],
    "body_last": ["Как установил суд, в 2020-2022 годах злоумышленник, будучи сначала первым замглавы и затем гла",
                  "Также суд удовлетворил гражданские иски потерпевших на сумму более 5 млн рублей."],
    "must_not_contain": ["date 2025-10-27", "Редакция сайта ТАСС", "назначили условный срок",
                         "Экс-главе Волжского района"],
}, url, "none (as stored; a national news agency's site): the scraper header glued to the headline, the "
        "publisher's standfirst (accepted as body_first alternative; it repeats a sentence of the article), the "
        "desk line 'Редакция сайта ТАСС' (not an author), paragraphs, the first with the agency dateline "
        "'САРАТОВ, 27 октября. /ТАСС/.' (kept; dropped accepted; it names the agency: source); the stored text "
        "CUTS the last paragraph mid-word ('затем гла'): body_last accepts the fragment or the last complete "
        "paragraph. Date from the header and the dateline. Paragraphs not checked (cut).")

n = "rusnord-severoonezhsky-appeal-2026"
text, url = src(n)
add(n, text, {
    "title": "Бывший глава Североонежского не смог оспорить приговор за некачественный щебень у почты",
    "date": "2026-03-03",
    "provider": None,
    "body_first": "В Архангельской области вступил в законную силу приговор бывшему главе муниципального образования "
                  "«Североонежское», признанному виновным в злоупотреблении полномочиями при благоустройстве поселка.",
    "body_last": ["Однако под",
                  "Общая сумма контрактов превысила 1,9 миллиона рублей."],
    "must_not_contain": ["date 2026-03-03", "Вверх", "не смог оспорить приговор", "некачественный щебень у почты"],
}, url, "none (as stored; a regional news site): the scraper header glued to the 'Вверх' (to top) link label, "
        "headline, paragraphs; the stored text CUTS the last paragraph after two words ('Однако под'): body_last "
        "accepts the fragment or the last complete paragraph. Date from the header (the appeal follows a December "
        "2025 sentence; nothing contradicts it). The page does not name itself and the input has no address: "
        "source not checked. Paragraphs not checked (cut).")

# =============================================================== Spanish
n = "quepasaenbolivar-alerta-tormentas"
text, url = src(n)
add(n, text, {
    "title": "ALERTA AMARILLA POR TORMENTAS PARA VIERNES Y SÁBADO, CON PREVISIONES DE ENTRE 30 Y 60 MILÍMETROS",
    "provider": None,
    "body_first": "La Dirección de Protección Ciudadana informa una alerta amarilla por tormentas.",
    "body_last": "En caso de cambios o nuevos avisos, se informará por los canales oficiales.",
    "must_not_contain": ["Deja un comentario", "Tu dirección de correo electrónico no será publicada",
                         "Los campos obligatorios están marcados", "ALERTA AMARILLA POR TORMENTAS"],
}, url, "none (as stored; a town news site on WordPress): headline in capitals, a municipal alert with a quote, "
        "an emoji-bulleted list (part of the article), then the WordPress comment-form notices. No date "
        "('viernes y sábado'). The page does not name itself and the input has no address: source not checked. "
        "Paragraphs not checked (emoji list).")

n = "deportestvc-victoria-upnfm-2024"
text, url = src(n)
add(n, text, {
    "title": "Victoria lucha hasta el final y logra vencer a UPNFM",
    "source": ["deportesTVC", "Deportes TVC", "deportestvc.com", "www.deportestvc.com"],
    "provider": None,
    "body_first": ["El Victoria logra un triunfo de oro ante un combativo Lobos UPNFM que estuvo cerca se sorprender "
                   "al equipo de Salomón Nazar que logró reponerse en los últimos minutos del encuentro.",
                   "El Victoria vuelve al triunfo tras vencer a un combativo Lobos UPNFM que lo puso contra las "
                   "cuerdas en varios tramos del partido"],
    "body_last": ["En el 43' Matías Techer",
                  "el guardameta de 23 años capturaba el balón y alejaba el peligro."],
    "must_not_contain": ["logo deportesTVC blanco", "Redes Sociales", "Foto: Créditos Liga Hondubet",
                         "sigue demostrando sus capacidades goleadoras", "Victoria lucha hasta el final"],
}, url, "none (as stored; a TV network's sports site): a close mark '×', the logo's label 'logo deportesTVC "
        "blanco' (the site's name: source), 'Redes Sociales', the section 'Liga Nacional', headline, the "
        "publisher's standfirst (accepted as body_first alternative), the headline again, a photo caption with "
        "its credit, paragraphs with the subhead 'Primer Tiempo' (part of the article); the stored text CUTS the "
        "last paragraph after three words ('En el 43' Matías Techer'): body_last accepts the fragment or the last "
        "complete paragraph. No date in the text (the address's slug date is the match's, and the input has no "
        "address). Paragraphs not checked (cut).")

# =============================================================== Portuguese
n = "tribunahoje-alto-sertao-operacao-2023"
text, url = src(n)
add(n, text, {
    "title": "Seis suspeitos de diversos crimes são presos em operação conjunta no Alto Sertão de Alagoas",
    "provider": None,
    "body_first": ["Uma ação conjunta entre as Policiais Civil e Militar de Alagoas prendeu seis suspeitos de crimes "
                   "e apreendeu diversas armas de fogo em cidades do alto Sertão de Alagoas, nesta quinta-feira (17).",
                   "Entre as prisões uma foi feita em flagrante; ação aconteceu nas cidades de Delmiro Gouveia, Água "
                   "Branca, Pariconha e Piranhas"],
    "body_last": "Todos os presos foram e armas apreendidas foram levados para Centro Integrado de Segurança Pública "
                 "(Cisp) de Delmiro Gouveia.",
    "must_not_contain": ["Mais lidas", "Thriller psicológico", "Pisque Duas Vezes", "Duas mulheres são encontradas mortas",
                         "Guarany Alagoano", "Surubão de Búzios", "falta de Alvará de funcionamento"],
}, url, "none (as stored; a state news portal): the section label 'Polícia', headline, the publisher's "
        "standfirst (accepted as body_first alternative), six paragraphs one a line, then a numbered 'Mais lidas' "
        "(most read) list with kickers glued to numbers. No date ('quinta-feira (17)'). The page does not name "
        "itself and the input has no address: source not checked. Paragraphs not checked (standfirst).")

n = "odelmoleao-feira-cultura-2022"
text, url = src(n)
add(n, text, {
    "title": "Prefeitura realiza 2º edição do ano da Feira de Cultura neste fim de semana",
    "provider": None,
    "body_first": "Depois do sucesso da 1ª edição de 2022 da Feira de Cultura, promovida pela Secretaria Municipal "
                  "de Cultura e Turismo, nesta sexta-feira (8) e sábado (9), acontece a 2ª edição do evento.",
    "body_last": ["20h40 às 22h – apresentação Q",
                  "20h às 20h40 – apresentação Quadrilha Forrozarte;"],
    "must_not_contain": ["Home / Notícias", "Notícias / Prefeitura", "Prefeitura realiza 2º edição",
                         "neste fim de semana"],
}, url, "none (as stored; a local news site): the breadcrumb 'Home / Notícias / <headline>', headline, three "
        "paragraphs and the programme (day labels and '·'-bulleted times, part of the article); the stored text "
        "CUTS the last programme line mid-word ('apresentação Q'): body_last accepts the fragment or the last "
        "complete line. No date ('1ª edição de 2022', 'sexta-feira (8)' do not settle the day). The page does not "
        "name itself and the input has no address: source not checked. Paragraphs not checked (programme, cut).")

# =============================================================== German
n = "taz-schulbeginn-schuelerzahl"
text, url = src(n)
add(n, crlf(text), {
    "title": "Schüler*innenzahl steigt auf 363.000",
    "provider": None,
    "body_first": "Mit dem heute beginnenden Schuljahr lernen gut 363.000 Schüler an den allgemeinbildenden Schulen.",
    "body_last": ["Das Mittagessen für bis zu 198.000 Grundschüler ist umsonst. (dpa)",
                  "Das Mittagessen für bis zu 198.000 Grundschüler ist umsonst."],
    "paragraphs": 1,
    "must_not_contain": ["\r", "Schulbeginn", ": Schüler*innenzahl", "innenzahl steigt auf"],
}, url, "CRLF line ends. Otherwise as stored (a national daily's local brief): the kicker 'Schulbeginn' on its "
        "own line, the headline line ': Schüler*innenzahl steigt auf 363.000' (the title is the headline without "
        "the kicker line and the colon the scraper left on it), one paragraph ending with the wire credit '(dpa)' "
        "(accepted kept or dropped; provider null). No date ('heute'). The page names neither itself nor, but for "
        "the wire credit, any outlet, and the input has no address: source not checked. Little chrome: "
        "must_not_contain uses the kicker and the headline's words.")

n = "mainpost-lichtenfels-schulleitung-2024"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["mainpost.de", "www.mainpost.de", "Main-Post", "Main Post"],
    "provider": None, "url": url,
    "body_first": "Am Dienstag waren die Schulferien zu Ende.",
    "body_last": ["Annette Kraus, die in der Schulleitung der Bamberger Wunderbur-Schule tätig war, hat die "
                  "Atmosphäre in Lichtenfels zumin",
                  "Ihr Job besteht unter anderem darin, Lehrer zu schulen, Lehramtsanwärter auf ein zweites "
                  "Staatsexamen vorzubereiten und derlei mehr."],
    "must_not_contain": ["https://www.mainpost.de", "lokal/obermain", "597-schulanfaenger-im-landkreis-lichtenfels",
                         "art2414,1323510"],
}, url, "page URL added as the first line. As stored (a regional daily's local page): no headline, paragraphs "
        "one a line with two subheads ('Weisungsbefugt', 'Zwei Sonderfälle', part of the article); the stored "
        "text CUTS the last paragraph mid-word ('zumin'): body_last accepts the fragment or the last complete "
        "sentence. No date ('Schuljahr 2024/25', 'Am Dienstag'). The page does not name the paper; source accepts "
        "the host and the paper's name. No chrome: must_not_contain uses the address. Paragraphs not checked.")

# =============================================================== Turkish
n = "medyaradikal-galatasaray-trabzonspor-2024"
text, url = src(n)
add(n, text, {
    "title": "Çekişmeli ve gol düellosuna sahne olan derbiyi son anda Galatasaray kazandı",
    "date": "2024-12-17",
    "source": ["Medya Radikal", "medyaradikal.com"],
    "provider": None,
    "body_first": "Süper Lig’in 16. Hafta kapanış maçında lider Galatasaray, sıkıntılı bir sezon geçiren Trabzonspor’u "
                  "son anda bulduğu golle mağlup ederek puanını 41’e çıkardı ve takipçisi Fenerbahçe ile 6 olan puan "
                  "farkını korudu.",
    "body_last": ["Emeklerinden dolayı tebrik ediyorum.” G",
                  "Emeklerinden dolayı tebrik ediyorum.”"],
    "must_not_contain": ["DOLAR 43,8563", "BITCOIN", "İMSAK'A KALAN SÜRE", "ABONE OL", "BEĞENDİM",
                         "Aralık 17, 2024 01:28", "Medya Radikal"],
}, url, "none (as stored; a news site): an exchange-rate ticker, a city, a prayer-time countdown ('KAPALI', "
        "'02:00', 'İMSAK'A KALAN SÜRE'), the headline printed four times (alone, as the end of a bulleted "
        "breadcrumb 'Medya Radikal' / 'Spor' naming the site: source, alone again, after the date line), "
        "'ABONE OL' twice, the date line 'Aralık 17, 2024 01:28' (the date: the night after the Monday match), a "
        "like counter '0' / 'BEĞENDİM', paragraphs with a subhead ('BURUK: TOP DIŞARDAN ÇEVRİLDİ', part of the "
        "article); the stored text CUTS after the first letter of a new paragraph ('G'): body_last accepts the "
        "fragment or the last complete paragraph. Paragraphs not checked (cut).")

n = "sektorel-edremit-meclis-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["sektorel.com.tr", "www.sektorel.com.tr", "Sektörel"],
    "provider": None, "url": url,
    "body_first": ["Edremit Belediye Meclisi Aralık ayı olağan toplantısı Edremit Belediye Başkanı Selman Hasan Arslan "
                   "başkanlığında yapıldı.",
                   "Edremit Belediyesi Aralık ayı olağan meclis toplantısı Belediye Başkanı Hasan Arslan başkanlığında "
                   "yapıldı."],
    "body_last": ["Edremit Belediye Başkanı Selman Hasan Arslan, “Aldığımız tüm kararların Edremit’e ve Edremitlilere "
                  "hayırlı olmasını diliyorum” dedi.",
                  "Kaynak: (BHA) - Beyaz Haber Ajansı"],
    "must_not_contain": ["Yorum Yazın", "https://sektorel.com.tr", "haber/edremit-belediyesi",
                         "meclis-toplantisi-yapildi-21371"],
}, url, "page URL added as the first line. As stored (a trade news site running a regional agency's story): no "
        "headline (it is only in the address), the publisher's spot (standfirst, accepted as body_first "
        "alternative), three paragraphs one a line, the agency credit 'Kaynak: (BHA) - Beyaz Haber Ajansı' "
        "(accepted kept or dropped; provider null), then 'Yorum Yazın' (write a comment). No date (December 2021, "
        "no day). The page does not name itself; source accepts the host.")

# =============================================================== French
n = "lyoncapitale-confluences-anniversaire"
text, url = src(n)
add(n, text, {
    "title": "Lyon : le musée des Confluences gratuit pour son anniversaire",
    "provider": None,
    "body_first": ["Le musée des Confluences a été un gouffre financier lors de sa construction (plus de 320 millions "
                   "d'euros, pour un budget de départ de 60 millions).",
                   "Le musée des Confluences fête ses cinq ans cette semaine et propose à cette occasion une soirée "
                   "gratuite."],
    "body_last": "L'intégralité du programme est disponible ici.",
    "must_not_contain": ["Lever de soleil à Lyon", "réseaux sociaux", "X Facebook youtube Linkedin", "d'heure en heure",
                         "Faire défiler vers le haut"],
}, url, "none (as stored; a city magazine's site): a photo caption above the headline, headline, the publisher's "
        "standfirst (accepted as body_first alternative), four paragraphs, then the footer ('réseaux sociaux', "
        "social network names, 'd'heure en heure' twice, 'Faire défiler vers le haut'). No date ('ce jeudi 19 "
        "décembre' has no year). The page does not name itself and the input has no address: source not checked. "
        "Paragraphs not checked (standfirst).")

n = "rmc-dijon-musee-inauguration-2019"
text, url = src(n)
add(n, text, {
    "title": "Pour inaugurer son nouveau musée des Beaux-Arts, la ville de Dijon dépense... 1,5 million d'euros",
    "provider": None,
    "body_first": "Pour l'inauguration du nouveau musée des Beaux-Arts de Dijon, la ville a vu les choses en grand, en "
                  "très grand.",
    "body_last": "Une très belle inauguration donc.",
    "must_not_contain": ["Pour inaugurer son nouveau musée", "la ville de Dijon dépense", "dépense... 1,5 million",
                         "1,5 million d'euros"],
}, url, "none (as stored; a national radio station's replay page): headline, paragraphs one a line with a "
        "subhead ('Exposition temporaire, spectacles, festivités', part of the article). No date in the text (the "
        "address's id and 'l'année 2019' do not settle it; the input has no address). The page does not name the "
        "station: source not checked. No chrome: must_not_contain uses the headline's words. Paragraphs not "
        "checked (subhead).")

# =============================================================== Indonesian
n = "tribunnews-kediri-sekolah-rakyat-2025"
text, url = src(n)
add(n, text, {
    "title": "Hadirkan Pendidikan yang Merata, Pemkab Kediri Hibahkan Aset untuk Sekolah Rakyat",
    "source": ["TribunJatim.com", "Tribun Jatim", "Tribun Jatim Network", "TRIBUNJATIM.COM", "jatim.tribunnews.com",
               "Tribunnews", "Tribunnews.com"],
    "provider": None,
    "authors": ["Isya Anshori"],
    "body_first": ["TRIBUNJATIM.COM, KEDIRI - Wakil Bupati Kediri Dewi Mariya Ulfa mewakili Bupati Hanindhito Himawan "
                   "Pramana menandatangani perjanjian pemanfaatan aset milik Pemerintah Kabupaten Kediri untuk "
                   "mendukung pendirian Sekolah Rakyat.",
                   "Wakil Bupati Kediri Dewi Mariya Ulfa mewakili Bupati Hanindhito Himawan Pramana menandatangani "
                   "perjanjian pemanfaatan aset milik Pemerintah Kabupaten Kediri untuk mendukung pendirian Sekolah "
                   "Rakyat."],
    "body_last": ["Menurutnya, Kabupaten Kediri memiliki komitmen tinggi untuk terus memperluas akse",
                  "tidak hanya menjadi tempat belajar, tetapi juga wadah pembentukan karakter dan pemberdayaan "
                  "generasi muda yang kurang beruntung secara ekonomi."],
    "must_not_contain": ["Penulis: Isya Anshori", "Editor: Ndaru Wijayanto", "Laporan Wartawan Tribun Jatim Network",
                         "Baca juga: Sekolah Rakyat Unesa", "Dimulai Pekan Depan", "Hadirkan Pendidikan yang Merata"],
}, url, "none (as stored; a national portal's regional edition): headline, a teaser cut short ('... milik "
        "Pemerintah Kabupaten'), the line 'Penulis: Isya Anshori | Editor: Ndaru Wijayanto' (authors: the "
        "writer; the editor is not checked), 'Laporan Wartawan Tribun Jatim Network, Isya Anshori', paragraphs one "
        "a line, the first with the dateline 'TRIBUNJATIM.COM, KEDIRI -' (kept; dropped accepted; it names the "
        "site: source), an in-article 'Baca juga:' link between paragraphs (listed in INSIDE); the stored text "
        "CUTS the last paragraph mid-word ('akse'): body_last accepts the fragment or the last complete "
        "paragraph. No date: the input has no address and the text gives only the signing's day ('Kamis "
        "(10/7/2025) kemarin'). Paragraphs not checked (cut).")

n = "bacakoran-empatlawang-sekolah-rakyat"
text, url = src(n)
add(n, text, {
    "title": "Wakil Bupati Arifai Teken Perjanjian di Kemensos RI, Dukung Sekolah Rakyat untuk Pendidikan Inklusif",
    "provider": None,
    "body_first": ["Rel, Jakarta — Wakil Bupati Empat Lawang, Arifai, S.H., secara resmi menghadiri dan "
                   "menandatangani Perjanjian Pinjam Pakai Barang Milik Daerah di Gedung Aneka Bhakti, Kementerian "
                   "Sosial RI, Jl. Salemba Raya No. 28, Jakarta Pusat.",
                   "Wakil Bupati Empat Lawang, Arifai, S.H., secara resmi menghadiri dan menandatangani Perjanjian "
                   "Pinjam Pakai Barang Milik Daerah di Gedung Aneka Bhakti, Kementerian Sosial RI, Jl. Salemba Raya "
                   "No. 28, Jakarta Pusat."],
    "body_last": ["Dalam perjanjian ini, aset milik daerah akan digunakan sementara untuk menduk",
                  "termasuk Empat Lawang.",
                  "ujar Arifai."],
    "must_not_contain": ["-ist/net-", "BACA JUGA:Polres Empat Lawang", "Bongkar Aksi Pemerasan",
                         "BACA JUGA:Lomba Stand Up Comedy", "Pakai Bahasa Daerah"],
}, url, "none (as stored; a regional paper's site on a newspaper platform): headline, the photo caption "
        "repeating the headline glued to its credit '-ist/net-', paragraphs, the first with the release dateline "
        "'Rel, Jakarta —' (kept; dropped accepted), two in-article 'BACA JUGA:' links between paragraphs (listed "
        "in INSIDE); the stored text CUTS the last paragraph mid-word ('menduk'): body_last accepts the fragment, "
        "the last complete sentence or the last complete paragraph. No date. The page does not name itself and "
        "the input has no address: source not checked. Paragraphs not checked (cut).")

# =============================================================== Italian
n = "riminitoday-montescudo-gazzella"
text, url = src(n)
headline = "Anziano piomba con l'auto sulla \"gazzella\" dei carabinieri, ferito un militare dell'Arma"
add(n, jina(text, url, headline, headline), {
    "title": headline,
    "source": ["RiminiToday", "Rimini Today", "riminitoday.it", "www.riminitoday.it"],
    "provider": None, "url": url,
    "body_first": ["E' di una \"gazzella\" dei carabinieri distrutta e di un militare dell'Arma ferito lievemente il "
                   "bilancio di un incredibile incidente stradale che si è verificato, nella tarda serata di venerdì, "
                   "nel comune di Montescudo - Monte Colombo.",
                   "Il mezzo di servizio stava allertando gli altri automobilisti di uno smottamento sulla strada"],
    "body_last": "Nonostante le ricerce, del cavallo non è stata trovata traccia.",
    "must_not_contain": ["In Evidenza", "Potrebbe interessarti", "I più letti della settimana", "Cachi: il frutto",
                         "Terremoto in mare", "Giancarlo Montebelli", "Scacco allo spacci", "URL Source:",
                         "Markdown Content:"],
}, url, "Jina Reader framing (Title: / URL Source: / Markdown Content:, headline underlined ===), URL included. "
        "As stored (a city news site of a local-news network): headline, the publisher's standfirst (accepted as "
        "body_first alternative), two paragraphs (the second a further brief, part of the article), then 'In "
        "Evidenza', 'Potrebbe interessarti' and a bulleted most-read list cut mid-word. No date ('venerdì'). The "
        "page does not name itself; source accepts the host and its spelling. Paragraphs not checked "
        "(standfirst).")

n = "lagazzettadisansevero-bilancio-previsione"
text, url = src(n)
add(n, text, {
    "title": "Bilancio di previsione approvato: la maggioranza regge, ma resta l’incognita sulla nuova giunta",
    "provider": None,
    "body_first": ["Con 13 voti favorevoli 6 contrari e 6 assenti il Consiglio Comunale ha dato il via libera al "
                   "bilancio di previsione, il documento contabile fondamentale per la gestione dell’Ente.",
                   "Approvato il bilancio di previsione: il Consiglio Comunale vota a maggioranza."],
    "body_last": "Le prossime giornate saranno decisive per definire il futuro assetto dell’esecutivo",
    "must_not_contain": ["la maggioranza regge", "resta l’incognita", "incognita sulla nuova giunta",
                         "Bilancio di previsione approvato"],
}, url, "none (as stored; a town news site): headline, a one-line standfirst (accepted as body_first "
        "alternative), one paragraph ending without a full stop. No date. The page does not name itself and the "
        "input has no address: source not checked. No chrome: must_not_contain uses the headline's words. "
        "Paragraphs not checked (standfirst).")

# =============================================================== Polish
n = "jaworzno-budzet-sesja-2014"
text, url = src(n)
add(n, text, {
    "title": "O budżecie w filmowym skrócie",
    "date": "2014-02-01",
    "provider": None,
    "body_first": "Tegoroczna sesja \"budżetowa\" już na długo przed rozpoczęciem obrad budziła w mieście sporo emocji.",
    "body_last": "Dzięki temu nie ma groźby destabilizacji miasta, a o pracę może być spokojnych ponad 200 "
                 "pracowników samorządowych.",
    "paragraphs": 1,
    "must_not_contain": ["Blank gif", "Licznik zadłużenia miasta", "Więcej informacji", "Szczepienia przeciwko COVID-19",
                         "Jak załatwić sprawę", "1 lutego 2014, 13:20"],
}, url, "none (as stored; a city government's news archive): two image placeholders 'Blank gif', a debt-counter "
        "link, a vaccination link and a services link (menu chrome), headline, the date line '1 lutego 2014, "
        "13:20' (the date), one paragraph (the page's video is not in the text). The page does not name the city "
        "government and the input has no address: source not checked.")

# =============================================================== Dutch
n = "politie-bewoner-brand-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Bewoner aangehouden vanwege brand in woning",
    "date": "2021-12-17",
    "source": ["politie.nl", "www.politie.nl", "Politie"],
    "provider": None, "url": url,
    "body_first": "In een woning aan de Prinses Beatrixlaan heeft donderdagmiddag 16 december brand gewoed.",
    "body_last": "De exacte oorzaak van de brand wordt onderzocht.",
    "must_not_contain": ["https://politie.nl", "nieuws/2021/december/17", "06-bewoner-aangehouden-vanwege-brand-in-woning",
                         "aangehouden vanwege brand"],
}, url, "page URL added as the first line. As stored (the national police's press page): headline, the lead "
        "and paragraphs one a line with the subhead 'Bewoner' (part of the article). Date from the address path "
        "(2021/december/17; the fire was on Thursday 16 December). The page does not name itself; source accepts "
        "the host. No chrome: must_not_contain uses the address and the headline's words. Paragraphs not checked "
        "(subhead).")


# =============================================================== self-check + write
INSIDE = {("tribunnews-kediri-sekolah-rakyat-2025", "Baca juga: Sekolah Rakyat Unesa"),
          ("tribunnews-kediri-sekolah-rakyat-2025", "Dimulai Pekan Depan"),
          ("bacakoran-empatlawang-sekolah-rakyat", "BACA JUGA:Polres Empat Lawang"),
          ("bacakoran-empatlawang-sekolah-rakyat", "Bongkar Aksi Pemerasan"),
          ("bacakoran-empatlawang-sekolah-rakyat", "BACA JUGA:Lomba Stand Up Comedy"),
          ("bacakoran-empatlawang-sekolah-rakyat", "Pakai Bahasa Daerah")}

S.finish(INSIDE)
