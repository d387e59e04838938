#!/usr/bin/python3
"""Builds the BLIND held-out cases: cases/NAME.txt, truth.json and sources.txt.

Every article text comes from src/NAME.txt, the stored text of a public web page
(from the page's beginning, about the first 2,000 characters, as a public web-page
store keeps it) kept here verbatim; src/NAME.url is the page's address. Nothing in
an article was written by us. The only changes are the scraper-style transforms
named in each case's `notes` (page URL added as the first line, CRLF line ends,
html2text-style 78-column hard wrap, Jina Reader framing). Truth follows the rules
of ../../../shared/realpages/README.md ("How truth was decided").

Run: python3 make_cases.py   (standard library only; rewrites cases/, truth.json, sources.txt)
It checks each truth against its input and prints any check that could not pass
(a body_first/body_last/title/once absent from the text), that tests nothing (a
must_not_contain string absent from the input), or that would fail a correct body
(a must_not_contain string inside the article span from body_first to body_last).
"""
import json, os, re, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "cases")
os.makedirs(OUT, exist_ok=True)
cases, truth, sources = {}, {}, {}


def src(name):
    with open(os.path.join(SRC, name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(SRC, name + ".url"), encoding="utf-8") as f:
        url = f.read().strip()
    return text, url


def url_first(text, url):
    return url + "\n\n" + text


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap78(text):
    """html2text-style hard wrap of each paragraph line at 78 columns."""
    lines = []
    for line in text.split("\n"):
        if len(line) > 78 and not line.startswith(("http", "#")):
            lines.extend(textwrap.wrap(line, 78, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def jina(text, url, page_title, headline):
    """Reshape as a Jina Reader scrape: Title / URL Source / Markdown Content, with the
    headline underlined by '=' (setext)."""
    body = text.replace("\n" + headline + "\n", "\n" + headline + "\n" + "=" * len(headline) + "\n", 1)
    if body.startswith(headline + "\n"):
        body = headline + "\n" + "=" * len(headline) + body[len(headline):]
    return "Title: " + page_title + "\n\nURL Source: " + url + "\n\nMarkdown Content:\n" + body


def add(name, raw, t, origin, transforms):
    cases[name] = raw
    sources[name] = origin
    t = dict(t)
    t["notes"] = ("REAL TEXT. Origin: " + origin + " (stored public page; verbatim excerpt kept in src/" +
                  name + ".txt). Transforms: " + transforms)
    truth[name] = t


# =============================================================== Russian
n = "interfax-ua-zelensky-2019"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Зеленский о марафоне со СМИ: готов удовлетворить, но не могу делать это ежедневно",
    "date": "2019-10-10",
    "source": ["Интерфакс-Украина", "Interfax-Ukraine", "interfax.com.ua", "ru.interfax.com.ua"],
    "provider": None, "url": url,
    "body_first": "Президент Украины Владимир Зеленский пояснил мотивацию проведения многочасового пресс-марафона",
    "body_last": "почему у него нет времени и возможности общаться с ними.",
    "paragraphs": 4,
    "must_not_contain": ["Интерфакс-Украина", "21:42", "10.10.2019", "1 мин читать", "о марафоне со СМИ",
                         "ЕЩЕ ПО ТЕМЕ", "ПОСЛЕДНЕЕ", "Рубио", "Выборы всех ветвей"],
}, url, "page URL added as first line. As stored (Ukrainian news agency, Russian edition): agency name, "
        "'21:42 10.10.2019' (time then DD.MM.YYYY), headline, a reading-time label, headline again, four "
        "paragraphs, then 'ЕЩЕ ПО ТЕМЕ:' ('more on the topic'), 'ПОСЛЕДНЕЕ' ('latest') and related headlines, "
        "the last one cut off by the store (not article text).")

n = "gordonua-zelensky-2021"
text, url = src(n)
add(n, text, {
    "title": "\"Читал, что сегодня позвали только моих друзей, и сразу увидел Савика\". Зеленский извинился "
             "перед журналистами, которых не позвали на пресс-марафон",
    "source": ["Гордон", "ГОРДОН", "Gordon", "GordonUA", "gordonua.com", "www.gordonua.com"], "provider": None,
    "body_first": ["Президент Украины Владимир Зеленский начал пресс-марафон 26 ноября с того, что извинился",
                   "Зеленский заявил, что готов общаться со всеми"],
    "body_last": ["обратил внимание на присутствие на встрече телеведущего Савика Шустера",
                  "только друзей моих, президен"],
    "must_not_contain": ["$41.31", "€42.99", "menu closed", "menu open", "weather",
                         "languages", "Flickr.com", "Фото:", "Читал, что сегодня позвали",
                         "Зеленский извинился перед журналистами, которых не позвали"],
}, url, "none (as stored; Ukrainian news site, Russian edition): exchange-rate ticker '$41.31 €42.99', menu "
        "toggles, a weather line, 'languages', headline (a quote then the statement), headline again with the "
        "publisher's standfirst glued to it on the same line, photo credit, body. The stored text stops "
        "mid-word in the fifth paragraph: body_last accepts the last complete paragraph (which has no final "
        "period as published) or the cut-off fragment kept. Date: only '26 ноября' without a year (not "
        "checked). The page does not name the outlet: source accepts its name or host. body_first accepts "
        "the standfirst kept (paragraphs not checked).")

# =============================================================== Spanish
n = "trome-salas-ministro"
text, url = src(n)
add(n, text, {
    "source": ["Trome", "trome.pe", "www.trome.pe"], "provider": None,
    "body_first": "El ministro de Cultura, Alejandro Salas, señaló que la juramentación del nuevo ministro",
    "body_last": "en cualquier momento van a ver al presidente sentado frente a un periodista”, sostuvo.",
    "must_not_contain": ["date 2022", "LEE TAMBIÉN", "Admiten a trámite recurso", "Defensor del Pueblo"],
}, url, "none (as stored; Peruvian popular daily): scraper header with only a year and month (' date "
        "2022-06 ') glued to the first sentence, a 'LEE TAMBIÉN:' ('read also') related link between the "
        "first two paragraphs, an in-article subheading ('Respuestas a la prensa'; paragraphs not checked). "
        "DATE NOT CHECKED ON PURPOSE: the header's month is not the story's (the text refers to a late-2021 "
        "resignation and 'más de 100 días' of the government) and gives no day. No headline (title not "
        "checked), no URL (not checked).")

n = "larazon-minem-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Ministro responderá a medios “que no hagan problemas”",
    "date": "2021-11-23",
    "source": ["La Razón", "La Razon", "larazon.pe", "www.larazon.pe"], "provider": None, "url": url,
    "body_first": "El ministro de Energía y Minas, Eduardo González, ofreció unas controvertidas declaraciones",
    "body_last": "“A los que no me hagan problemas ¿Cuáles son? Estoy buscándolos” y que los está buscando.",
    "paragraphs": 4,
    "must_not_contain": ["Ministro de energía y minas", "por |", "Nov 23, 2021", "Política, Titulares",
                         "Más recientes", "Rómulo Mucha", "Contraloría", "medios “que no hagan problemas”"],
}, url, "page URL added as first line. As stored (Peruvian news site, WordPress theme): headline, an image "
        "caption ('Ministro de energía y minas') twice around a meta line with an empty byline 'por | Nov 23, "
        "2021 | Política, Titulares', four paragraphs, then 'Más recientes' with related items (titles "
        "doubled, teaser), the last cut off by the store.")

# =============================================================== Portuguese
n = "sertaocentral-medidas-2020"
text, url = src(n)
add(n, text, {
    "title": "GOVERNO FEDERAL APRESENTA MEDIDAS EMERGENCIAIS PARA COMBATE DE CORONAVÍRUS.",
    "source": ["O Sertão Central", "Sertão Central", "osertaocentral.com", "www.osertaocentral.com",
               "sertaocentralnews"], "provider": None,
    "body_first": "Na tarde desta quarta-feira (18) O governo federal realizou entrevista coletiva",
    "body_last": "assim como todos os assessores e alguns profissionais de imprensa.",
    "paragraphs": 3,
    "must_not_contain": ["top of page", "Foto do escritor", "Imagem reprodução", "visualizações", "comentário",
                         "Comentarios", "bottom of page", "MEDIDAS EMERGENCIAIS"],
}, url, "none (as stored; a small Brazilian regional news blog on a site builder): 'top of page', the "
        "writer-photo label glued to the account name ('Foto do escritorsertaocentralnews'; an account, not a "
        "byline: authors not checked), headline in capitals, image credit, three paragraphs, view and comment "
        "counters glued ('33 visualizações0 comentário'), 'Comentarios', 'bottom of page'. Date: only "
        "'quarta-feira (18)' (not checked). No URL (not checked).")

n = "cartacapital-coronavirus-2020"
text, url = src(n)
add(n, text, {
    "title": "Fase de “recomendações” sobre coronavírus pode passar para “determinações”, diz governo",
    "source": ["CartaCapital", "Carta Capital", "cartacapital.com.br", "www.cartacapital.com.br"], "provider": None,
    "body_first": ["O governo realizou uma reunião interministerial coordenada pelo Ministério da Casa Civil",
                   "Porta-voz da Presidência da República anunciou medidas contra pandemia após reunião interministerial"],
    "body_last": ["além de representantes da Agência Nacional de Vigilância Sanitária (Anvisa) e do Banco Central.",
                  "pensionistas do Instituto Nacional do Seguro Social (IN"],
    "must_not_contain": ["Política", "Foto: Reprodução/TV Brasil", "fez pronunciamento oficial sobre o coronavírus",
                         "Apoie", "Siga-nos", "pode passar para “determinações”"],
}, url, "none (as stored; Brazilian national news magazine): section 'Política', headline, standfirst, "
        "headline twice more, photo caption with credit, 'Apoie Siga-nos no' (support/follow buttons), body, "
        "a line holding only a space, then a paragraph cut off mid-word by the store: body_last accepts the "
        "last complete paragraph or the fragment kept. body_first accepts the standfirst kept (paragraphs not "
        "checked). Date: only 'nesta sexta-feira 13' (not checked). No URL (not checked).")

# =============================================================== German
n = "delmenews-festnahme-2014"
text, url = src(n)
add(n, crlf(text), {
    "title": "Festnahme auf dem Rathausplatz – Passanten stellen Täter",
    "date": "2014-07-30",
    "source": ["DelmeNews", "Delme News", "delmenews.de", "www.delmenews.de"], "provider": None,
    "body_first": "Heute Mittag 13.13 Uhr, etliche Menschen sind zum Ende der Marktzeit auf dem Rathausplatz unterwegs",
    "body_last": "die Polizei nahm den Täter für die weiteren Maßnahmen mit aufs Revier.",
    "paragraphs": 3,
    "must_not_contain": ["15:29:26", "DelmeNews-Redaktion", "Kommentar schreiben", "Ihre Kommentare",
                         "ebend Verlass", "Aufpoliert", "Passanten stellen Täter", "\r"],
}, url, "CRLF line ends. As stored (German local news site): headline, '30. 07. 2014 um 15:29:26 Uhr | "
        "DelmeNews-Redaktion' (spaced DD. MM. YYYY date, time, an editorial-desk label: not a byline, "
        "authors not checked), three paragraphs separated by lines holding a single space, then the comment "
        "section ('Kommentar schreiben', 'Ihre Kommentare') with one reader comment. No URL (not checked).")

n = "polizei-bb-potsdam-2021"
text, url = src(n)
add(n, text, {
    "title": "Mann rastet aus – Polizei sucht noch unbekannte Geschädigte",
    "date": "2021-09-30",
    "source": ["Polizei Brandenburg", "Polizei Land Brandenburg", "polizei.brandenburg.de"], "provider": None,
    "body_first": "Bei der Leitstelle der Polizei gingen am Mittwochabend mehrere Notrufe ein",
    "body_last": ["einen bis dahin unbeteiligten 76-jährigen Passanten getreten und gewürgt haben.",
                  "Ein Atemalkoholtest ergab einen Wert von 1,24 Promille.",
                  "Ein Atemalkoholtest ergab einen Wert von 1,24 Promille. Der leicht verle"],
    "must_not_contain": ["Schlaatz, Erlenhof", "Potsdam", "Kategorie", "Zeugen gesucht", "Datum", "30.09.2021",
                         "Polizei sucht noch unbekannte Geschädigte"],
}, url, "none (as stored; a German state police press release page): headline, place lines ('Schlaatz, "
        "Erlenhof', 'Potsdam'), label/value lines 'Kategorie' / 'Zeugen gesucht' and 'Datum' / '30.09.2021' "
        "(DD.MM.YYYY), then the release. The stored text stops mid-word in the third paragraph: body_last "
        "accepts the last complete paragraph, the third paragraph up to its last complete sentence, or the "
        "fragment kept (paragraphs not checked). The page does not name the police force: source accepts "
        "name or host. No URL (not checked).")

n = "tonline-pfeile-berlin"
text, url = src(n)
title = "Mann schießt mit Pfeilen auf Menschen in Berlin – Zeugen gesucht"
add(n, jina(text, url, title, text.split("\n", 1)[0]), {
    "title": title,
    "source": ["t-online", "t-online.de", "www.t-online.de"], "provider": None, "url": url,
    "body_first": ["Ein 54-jähriger Mann soll am Mittwochmorgen in Berlin-Mitte vom Fenster seiner Wohnung",
                   "Ein Mann soll in Berlin-Mitte mit Pfeil und Bogen auf Menschen geschossen haben."],
    "body_last": "könnten für die weiteren Ermittlungen hilfreich sein, so Polizei und Staatsanwaltschaft.",
    "must_not_contain": ["Mordkommission ermittelt Mann", "Zeugen gesucht", "maschineller Unterstützung",
                         "t-online@stroeer.de", "URL Source", "Markdown Content", "===="],
}, url, "reshaped as a Jina Reader scrape: 'Title:' (the headline without its kicker), 'URL Source:', "
        "'Markdown Content:', the first line underlined with '='. As stored (German national news portal): "
        "the kicker 'Mordkommission ermittelt' glued to the headline on one line, standfirst, three "
        "paragraphs one a line, then the portal's note that the text was partly machine-assisted (not "
        "article text). body_first accepts the standfirst kept (paragraphs not checked). No date in the text "
        "or address (not checked).")

# =============================================================== Turkish
n = "haberdairesi-icisleri"
text, url = src(n)
add(n, text, {
    "title": "İçişleri Bakanlığı: O cümle Sayın Bakanımıza ait değil",
    "source": ["Haber Dairesi", "HaberDairesi", "haberdairesi.com", "www.haberdairesi.com"], "provider": None,
    "body_first": ["Bakanlıktan yapılan yazılı açıklamada",
                   "İçişleri Bakanlığı Basın ve Halkla İlişkiler Müşavirliği, bugün bir gazetedeki köşe yazısında"],
    "body_last": "Sayın Bakanımız tarafından asla kabul edilmemektedir.\"",
    "must_not_contain": ["O cümle Sayın Bakanımıza ait değil", "HABERE YORUM KAT", "UYARI", "Küfür",
                         "onaylanmamaktadır", "büyük harflerle"],
}, url, "none (as stored; Turkish news site): headline, the publisher's summary paragraph ('spot'), headline "
        "again, three paragraphs (the last a quoted statement ending in a closing quote), then the comment "
        "form ('HABERE YORUM KAT' = 'add a comment') and its moderation warning. body_first accepts the summary "
        "kept (paragraphs not checked). No date (not checked), no URL (not checked).")

n = "kibrisreport-erdogan-2024"
text, url = src(n)
add(n, text, {
    "title": "Cumhurbaşkanı Erdoğan'dan Kabine'de değişim mesajı",
    "date": "2024-10-12",
    "source": ["Kıbrıs Report", "Kibris Report", "KıbrısReport", "kibrisreport.com", "www.kibrisreport.com"],
    "provider": None,
    "body_first": ["Cumhurbaşkanı Erdoğan iki günlük Arnavutluk ve Sırbistan ziyaretler dönüşünde açıklama yaptı",
                   "Cumhurbaşkanı Recep Tayyip Erdoğan, Arnavutluk ve Sırbistan ziyaretleri dönüşünde uçakta"],
    "body_last": ["Balkanlardaki son gelişmeler ile küresel meseleler hakkında fikir teatisinde bulunduk.",
                  "Tiran’da inşa edilen Balkanların en büyük c"],
    "must_not_contain": ["Gündem", "12-10-2024", "17:47", "Kabine'de değişim mesajı"],
}, url, "none (as stored; a Turkish Cypriot news site, mobile layout): section 'Gündem' ('agenda'), "
        "headline, summary ('spot'), headline again, '12-10-2024 17:47' (DD-MM-YYYY), body. The stored text "
        "stops mid-word inside a long quoted paragraph: body_last accepts the last complete paragraph or the "
        "fragment kept. body_first accepts the summary kept (paragraphs not checked). No URL (not checked).")

# =============================================================== French
n = "tr78-clayes-grenade"
text, url = src(n)
add(n, text, {
    "title": "Les Clayes-sous-Bois : interpellation, la police use d’une grenade de désencerclement",
    "source": ["TR78", "TR 78", "tr78.fr", "www.tr78.fr"], "provider": None,
    "body_first": "Ils ont réussi à l’interpeller malgré la résistance de leur suspect.",
    "body_last": "L’interpellation n’a fait ni blessés ni dégâts.",
    "paragraphs": 3,
    "must_not_contain": ["SOURCE : TR 78", "CREDIT PHOTO", "Articles similaires", "cookies", "mesurer son audience",
                         "use d’une grenade"],
}, url, "none (as stored; French local news site, AMP page): a lone 'X' (close button), headline, three "
        "paragraphs, a source/photo-credit line, 'Articles similaires' and a cookie notice. No date (the text "
        "says only 'Ce mardi'; not checked), no URL (not checked).")

n = "rtl-garedunord-2017"
text, url = src(n)
add(n, text, {
    "date": "2017-04-22",
    "source": ["RTL", "RTL.fr", "rtl.fr", "www.rtl.fr"], "provider": None,
    "body_first": "Un homme armé d'un couteau a été interpellé, alors qu'il s'approchait de gendarmes en patrouille",
    "body_last": "Rien à signaler en revanche au niveau du trafic ferroviaire, qui n'a pas été impacté par ce fait divers.",
    "paragraphs": 3,
    "must_not_contain": ["date 2017", "publié le", "17:04", "Il n'y a pas de blessés.", "Arnaud Tousch",
                         "@nanotousch", "22 avril 2017"],
}, url, "none (as stored; French national broadcaster's site): scraper header with only year and month "
        "glued to 'publié le 22/04/2017 à 17:04' (the article's date, DD/MM/YYYY), three paragraphs separated "
        "by several blank lines, then an embedded tweet's text with its author and date (not article text). "
        "No headline (title not checked), no URL (not checked).")

# =============================================================== Indonesian
n = "keratonnews-kendari-2024"
text, url = src(n)
add(n, text, {
    "title": "Polisi Gadungan di Kendari Diamankan Polisi Benaran",
    "date": "2024-02-05",
    "source": ["Keratonnews", "KeratonNews", "Keraton News", "KERATONNEWS.CO.ID", "keratonnews.co.id"],
    "provider": None,
    "authors": ["LM Ismail"],
    "body_first": "KENDARI, KERATONNEWS.CO.ID - Direktorat Samapta (Ditsamapta) Kepolisian Daerah Sulawesi Tenggara",
    "body_last": ["untuk pendalaman di penyidik Polsek mandonga,” pungkasnya. (B)",
                  "untuk pendalaman di penyidik Polsek mandonga,” pungkasnya."],
    "paragraphs": 6,
    "must_not_contain": ["Reporter:", "Editor:", "Dul", "05 Feb 2024", "Kali Dibaca", "•",
                         "Diamankan Polisi Benaran"],
}, url, "none (as stored; Indonesian regional news site): headline, a bulleted meta list ('Reporter: LM "
        "Ismail' = byline, checked as authors; 'Editor: Dul' = editor label, not an author; '05 Feb 2024'; "
        "a view counter '2873 Kali Dibaca'), body with the 'KENDARI, KERATONNEWS.CO.ID -' dateline (kept by "
        "the datelines convention), the desk initial '(B)' glued to the last sentence (accepted kept or "
        "dropped). No URL (not checked).")

n = "metromerauke-belrusak-2018"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "22 Warga di ‘Belrusak’ Ditahan, Kapolres: Mereka Telah Ditetapkan Tersangka",
    "date": "2018-11-26",
    "source": ["Metro Merauke", "MetroMerauke", "metromerauke.com", "www.metromerauke.com"], "provider": None,
    "url": url,
    "body_first": "Metro Merauke – Kapolres Merauke, Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung menegaskan",
    "body_last": ["Karena itu adalah berita bohong,” tegasnya. (LKF)", "Karena itu adalah berita bohong,” tegasnya."],
    "paragraphs": 8,
    "must_not_contain": ["berikan keterangan pers", "Humas Polres Merauke", "One Comment",
                         "Mereka Telah Ditetapkan Tersangka"],
}, url, "page URL added as first line. As stored (Indonesian local news site, WordPress): headline twice, "
        "photo caption with credit ('... berikan keterangan pers | Humas Polres Merauke'), body opening with "
        "the outlet-name dateline 'Metro Merauke –' (kept by the datelines convention), the reporter's "
        "initials '(LKF)' glued to the last sentence (accepted kept or dropped), then 'One Comment'. The "
        "double space in 'berita  bohong' is the publisher's. Date from the URL path (the text agrees: "
        "'Senin (26/11)').")

# =============================================================== Italian
n = "notizialocale-tivoli-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2021-09-10",
    "source": ["Notizia Locale", "NotiziaLocale", "notizialocale.it", "www.notizialocale.it"], "provider": None,
    "url": url,
    "body_first": "Lo scorso pomeriggio, i Carabinieri della Compagnia di Tivoli hanno arrestato un 45enne romano",
    "body_last": "è stato accompagnato presso il proprio domicilio, in attesa del rito di convalida.",
    "paragraphs": 4,
    "must_not_contain": ["…", "contante", "Giunta regionale", "via Mario dei Fiori", "ora legale",
                         "Codice della strada", "Favole di Luce"],
}, url, "page URL added as first line. As stored (Italian local news site, AMP page): four paragraphs one a "
        "line with no blank lines, then six related-article teasers one a line, each cut with '…' (no blank "
        "line between article and teasers). No headline (title not checked; only in the URL slug). Date only "
        "from the URL path.")

# =============================================================== English
n = "wncn-fayetteville-fire-2017"
text, url = src(n)
add(n, text, {
    "title": "Fayetteville fire crews battle large structure fire",
    "date": "2017-01-08",
    "source": ["WNCN", "CBS North Carolina", "CBS 17", "wncn.com", "www.wncn.com"], "provider": None,
    "body_first": "FAYETTEVILLE, N.C. (WNCN) — No one was injured when a vacant building went up in flames",
    "body_last": "No injuries were reported.",
    "paragraphs": 6,
    "must_not_contain": ["date 2017", "large structure fire", "CBS North Carolina logo", "By Published",
                         "Crews battle flames after", "David Grzybowski"],
}, url, "none (as stored; US local TV station): scraper header glued to the headline, 'CBS North Carolina logo "
        "By Published:' (an empty byline), a photo caption with credit printed twice, body with the "
        "'FAYETTEVILLE, N.C. (WNCN) —' dateline (kept by the datelines convention). No URL (not checked).")

n = "wkrg-congress-fire-2020"
text, url = src(n)
add(n, url_first(wrap78(text), url), {
    "date": "2020-05-19",
    "source": ["WKRG", "WKRG News 5", "wkrg.com", "www.wkrg.com"], "provider": None, "url": url,
    "body_first": "MOBILE, Ala. (WKRG) — Mobile Fire-Rescue crews responded to an early morning house fire Tuesday",
    "body_last": "The cause of the fire remains under investigation.",
    "paragraphs": 6,
    "must_not_contain": ["date 2020", "Photos show crews", "(Courtesy:", "LATEST STORIES"],
}, url, "page URL added as first line; html2text-style hard wrap at 78 columns (the scraper header line "
        "too). As stored (US local TV station): scraper header glued to the first paragraph (which opens "
        "with the 'MOBILE, Ala. (WKRG) —' dateline, kept), a photo caption with credit between paragraphs "
        "after several blank lines, 'LATEST STORIES'. No headline (title not checked; only in the URL slug).")

n = "politicshome-sunday-speech"
text, url = src(n)
add(n, text, {
    "title": "Boris Johnson drops clear hint coronavirus lockdown measures will change on Monday as he confirms Sunday speech",
    "source": ["PoliticsHome", "Politics Home", "politicshome.com", "www.politicshome.com"], "provider": None,
    "body_first": ["Boris Johnson has dropped a clear hint that Britain’s coronavirus lockdown measures",
                   "Boris Johnson will address the nation on Sunday night."],
    "body_last": ["the House will have the full opportunity to debate and interrogate me or the Government on that matter.”",
                  "The Tory leader last week promised to set"],
    "must_not_contain": ["Menu", "22 December 2024", "Newsletter sign-up", "Subscribe now", "The House Live",
                         "Partner content", "regulation refuseniks", "Weight loss injections", "Press releases",
                         "3 min read"],
}, url, "none (as stored; UK political news site): 'Menu', the site's clock 'Sun, 22 December 2024', "
        "newsletter and subscription prompts, a partner-content strip and section menu, headline, standfirst, "
        "'3 min read', body. DATE NOT CHECKED ON PURPOSE: the clock is not the article's date (the story is "
        "from the 2020 lockdown; the text gives no date). The stored text stops mid-sentence: body_last "
        "accepts the last complete paragraph or the fragment kept. body_first accepts the standfirst kept "
        "(paragraphs not checked). No URL (not checked).")

n = "haligonia-dartmouth-charges"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Man Faces Multiple Charges",
    "source": ["Haligonia", "Haligonia.ca", "haligonia.ca", "www.haligonia.ca"], "provider": None, "url": url,
    "body_first": ["From HRPD: A man faces multiple charges after an arrest last night in Dartmouth.",
                   "A man faces multiple charges after an arrest last night in Dartmouth."],
    "body_last": "The second person, a 15-year-old male youth, was arrested without incident and released without charges.",
    "once": ["A man faces multiple charges after an arrest last night in Dartmouth.",
             "responded to a suspicious person call on Highfield Park Drive."],
    "must_not_contain": ["Man Faces Multiple Charges", "Multiple Charges", "Citizens warned", "slippery roads",
                         "Feed Nova Scotia", "Food Drive at CBC"],
}, url, "page URL added as first line. As stored (Halifax local news site reposting a police release): "
        "headline, the site's teaser paragraph (the release's first two sentences run together), then the "
        "release: 'From HRPD:' (the attribution, alone on its line; accepted kept or dropped) and its "
        "paragraphs, then two related headlines. The opening sentences must appear once (teaser not kept "
        "next to the release). Paragraphs not checked. No date in the text (not checked).")

n = "cns-northside-arson-2023"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Man due in court charged with police station fire",
    "source": ["Cayman News Service", "CNS", "caymannewsservice.com", "www.caymannewsservice.com"],
    "provider": None, "url": url,
    "body_first": ["(CNS): A 55-year-old man from North Side who was arrested on Wednesday",
                   "A 55-year-old man from North Side who was arrested on Wednesday"],
    "body_last": "officers working the North Side beat have been based at the East End station.",
    "paragraphs": 1,
    "must_not_contain": ["Man due in court", "charged with police station fire", "Category:", "Local News",
                         "caymannewsservice.com"],
}, url, "page URL (with only year and month, /2023/08/) added as first line. As stored (Cayman Islands "
        "news site): headline, one paragraph opening with the outlet tag '(CNS):' (accepted kept or dropped), "
        "'Category: Local News'. DATE NOT CHECKED: the address has no day and the text gives only weekdays "
        "and '31 July' for an earlier event.")

n = "indyaspeak-rajnath-ians"
text, url = src(n)
add(n, text, {
    "source": ["indyaspeak.com", "www.indyaspeak.com", "IndyaSpeak", "Indya Speak"], "provider": None,
    "body_first": "New Delhi, March 23 (IANS) The patriotism of religious minorities in India can't be questioned",
    "body_last": "\"anti-Muslim feelings\" had gained ground since Modi took power in May 2014.",
    "paragraphs": 6,
    "must_not_contain": ["Virat Kohli", "Sapna's daughter", "North India including Delhi",
                         "Pakistan is currently struggling", "Vaccine-made antibodies", "zombies", "MCD elections"],
}, url, "none (as stored; an Indian news aggregator running a syndicated IANS wire story): six paragraphs one "
        "a line with no blank lines, the first with the 'New Delhi, March 23 (IANS)' dateline (kept), then "
        "ten related-story teasers one a line, each cut at about 95 characters mid-word (no blank line "
        "between story and teasers). No headline (title not checked). Date: the dateline has no year (not "
        "checked). The page does not name the site: source accepts its host spellings (the wire is not the "
        "source, as for realpages' syndicated Reuters case).")

n = "independent-ie-fair-green"
text, url = src(n)
add(n, text, {
    "title": "Green is being used as nocturnal toilet",
    "source": ["Irish Independent", "Independent.ie", "independent.ie", "www.independent.ie",
               "Enniscorthy Guardian"], "provider": None,
    "body_first": "SHRUBS may have to give way to grass or flowers on the Fair Green.",
    "body_last": "suggested that flowers would be just as nice and just as effective.",
    "paragraphs": 2,
    "must_not_contain": ["Thursday 20 July 2017", "July 2017", "Promoted articles",
                         "Green is being used as nocturnal toilet"],
}, url, "none (as stored; an Irish regional weekly's page on a national paper's site): the site's clock "
        "'Thursday 20 July 2017' first, headline, two paragraphs, 'Promoted articles'. DATE NOT CHECKED ON "
        "PURPOSE: the clock line is the day of the crawl, not the article's date (the text gives none). No "
        "URL (not checked).")


# =============================================================== self-check + write
def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def alts(v):
    return v if isinstance(v, list) else [v]


# chrome that sits INSIDE the article on the page (a related link, a photo caption between
# paragraphs): it must be removed from the body, so it is expected inside the span.
INSIDE = {("trome-salas-ministro", "LEE TAMBIÉN"), ("trome-salas-ministro", "Admiten a trámite recurso"),
          ("trome-salas-ministro", "Defensor del Pueblo"), ("wkrg-congress-fire-2020", "Photos show crews"),
          ("wkrg-congress-fire-2020", "(Courtesy:")}

problems = 0
for name, t in truth.items():
    text, _ = src(name)
    ntext, raw = norm(text), cases[name]
    for key in ("body_first", "body_last", "title"):
        if key in t:
            if not any(norm(a) in ntext for a in alts(t[key])):
                print(f"{name}: {key} not found in src: {alts(t[key])}")
                problems += 1
    for s in t.get("must_not_contain", []):
        if s not in raw and s not in text:
            print(f"{name}: must_not_contain {s!r} absent from the input (tests nothing)")
            problems += 1
    for s in t.get("once", []):
        if s not in raw:
            print(f"{name}: once {s!r} absent from the input")
            problems += 1
    # the article span (first body_first alternative .. first body_last alternative, normalized)
    # must hold no must_not_contain string: else a correct body would fail the check.
    bf, bl = norm(alts(t["body_first"])[0]), norm(alts(t["body_last"])[0])
    i = ntext.rfind(bf)  # last occurrence: a teaser may repeat the opening before the article
    j = ntext.find(bl, i)
    if i < 0 or j < 0:
        print(f"{name}: body_first/body_last span not found in order")
        problems += 1
        continue
    span = ntext[i:j + len(bl)]
    for s in t.get("must_not_contain", []):
        if s.strip() and norm(s) in span and (name, s) not in INSIDE:
            print(f"{name}: must_not_contain {s!r} occurs inside the article span")
            problems += 1
    for s in t.get("once", []):
        if span.count(norm(s)) != 1:
            print(f"{name}: once {s!r} occurs {span.count(norm(s))} times in the article span")
            problems += 1
    if "url" in t and t["url"] not in raw:
        print(f"{name}: url not in the input")
        problems += 1

for name, raw in cases.items():
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(raw)
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(HERE, "sources.txt"), "w", encoding="utf-8") as f:
    for name in sorted(sources):
        f.write(name + " " + sources[name] + "\n")
print(len(cases), "cases written;", problems, "self-check problems")
