#!/usr/bin/python3
"""Builds the REALDEV2 development cases: cases/NAME.txt, truth.json and sources.txt.

A third development set of real news pages (after tests/realdev/), made as that one is:
src/NAME.txt and src/NAME.url hold each stored page and its address, tests/real/cases.py
the transforms and the self-check, and this file the cases and their truth.
Run: python3 make_cases.py   (rewrites cases/, truth.json, sources.txt)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "real"))
import cases  # noqa: E402  (tests/real/cases.py: transforms, self-check, writing)
from cases import url_first, crlf, wrap78, jina  # noqa: E402,F401

S = cases.CaseSet(HERE)
src, add = S.src, S.add


# =============================================================== English
n = "azfamily-i40-trooper-2022"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "DPS trooper crashes into wrong-way car on I-40, driver arrested",
    "date": "2022-09-21",
    "source": ["azfamily", "azfamily.com", "www.azfamily.com", "Arizona's Family", "3TV/CBS 5"],
    "provider": None, "url": url,
    "body_first": ["SANDERS, AZ (3TV/CBS 5) — A DPS trooper stopped a wrong-way driver on Interstate 40",
                   "A DPS trooper stopped a wrong-way driver on Interstate 40"],
    "body_last": "Investigators say that suspect drove more than 10 miles in the wrong lanes before being stopped.",
    "paragraphs": 4,
    "must_not_contain": ["https://www.azfamily.com", "car on I-40, driver arrested"],
}, url, "page URL added as the first line. As stored (a local TV station's site): headline, four "
        "paragraphs one a line with no blank lines, the first opening with the dateline 'SANDERS, AZ (3TV/CBS 5) —' "
        "(kept; dropped accepted). Date from the address path (2022/09/21). The station names itself only "
        "in the dateline ('3TV/CBS 5'); source accepts that, the brand and the host.")

n = "click2houston-i10-racing-2021"
text, url = src(n)
add(n, text, {
    "title": "Driver arrested after crashing into officer's SUV on I-10 East Freeway, authorities say",
    "date": "2021-06-02",
    "provider": None,
    "body_first": ["HOUSTON – A driver has been arrested after crashing into a Houston police officer’s SUV",
                   "A driver has been arrested after crashing into a Houston police officer’s SUV"],
    "body_last": "The driver is facing a charge of felony street racing.",
    "paragraphs": 8,
    "must_not_contain": ["date 2021", "East Freeway, authorities say"],
}, url, "none (as stored; a local TV station's site): the scraper header ' date 2021-06-02 ' GLUED TO THE "
        "HEADLINE on one line, then eight paragraphs, the first with the dateline 'HOUSTON –' (kept; "
        "dropped accepted). The page does not name the station and the input has no address: source not "
        "checked.")

n = "cbsdetroit-flooding-crash-2024"
text, url = src(n)
add(n, text, {
    "date": "2024-08-02",
    "source": ["CBS Detroit", "CBS News Detroit", "CBS News", "cbsnews.com", "www.cbsnews.com"],
    "provider": None,
    "body_first": ["(CBS DETROIT) - A Detroit-area driver who allegedly showed signs of impairment was arrested",
                   "A Detroit-area driver who allegedly showed signs of impairment was arrested"],
    "body_last": "This is another example of the preventable crashes we are seeing due to risky driving behaviors on our roadways.\"",
    "paragraphs": 7,
    "must_not_contain": ["date 2024", "Paul Whelan", "Kamala Harris", "more top stories"],
}, url, "none (as stored; a national network's local news page): the scraper header glued to the title of "
        "an unrelated video playlist ('Paul Whelan released from Russian prison, Kamala Harris to visit "
        "Detroit and more top stories'), which is page chrome, NOT the headline: the stored text has no "
        "headline (title not checked). Seven paragraphs, the first with the dateline '(CBS DETROIT) -' "
        "(kept; dropped accepted), which is also the only place the page names itself.")

n = "arabstoday-blackberry-profit"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["Arab Today", "Arabstoday", "arabstoday.net", "mail.arabstoday.net"],
    "provider": None, "url": url,
    "body_first": "Canadian smartphone maker BlackBerry, under new leadership, announced a small profit",
    "body_last": "The remainder came from software and other sources.",
    "paragraphs": 10,
    "must_not_contain": ["GMT 22:53", "Indian Minister of Trade", "Emaar", "Tyre maker Continental", "dandelions",
                         "Paper industry", "2018 Thursday"],
}, url, "page URL added as the first line. As stored (the English edition of a pan-Arab portal, a business "
        "wire story): no headline, ten paragraphs one a line, then a list of related headlines each GLUED to the "
        "next item's timestamp ('... Emaar PropertiesGMT 13:41 2018 Thursday ,06 December'), the last cut off. "
        "The GMT dates are the related items', not the article's: date not checked (none printed for the "
        "article).")

# =============================================================== Spanish
n = "amprensa-limon-policia-2022"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "(Vídeo) Conductor detenido tras irresponsabilidad que causó accidente a policía",
    "source": ["AM Prensa", "AMPrensa", "amprensa.com"],
    "provider": None, "url": url,
    "body_first": ["Redacción- Un oficial de policía sufrió un accidente de tránsito este lunes",
                   "Un oficial de policía sufrió un accidente de tránsito este lunes",
                   "El hombre hizo un viraje en «U» y el policía se estrelló contra su carro"],
    "body_last": "como parte de la Operación Caribe, detalló el MSP.",
    "must_not_contain": ["Inicio Sucesos", "Salir de la versión móvil", "Conductor detenido tras irresponsabilidad"],
}, url, "page URL added as the first line. As stored (AMP page of a Costa Rican news site): a breadcrumb "
        "glued to the headline ('Inicio Sucesos (Vídeo) Conductor ...'), the headline (its '(Vídeo)' label "
        "printed as part of it), a comment counter '0', a two-bullet standfirst (accepted as body_first "
        "alternative), ten paragraphs, the first opening with the desk credit 'Redacción-' (kept or dropped), "
        "and the AMP footer link 'Salir de la versión móvil'. The address has year and month only: date not "
        "checked. Paragraphs not checked (bullets).")

n = "laprensagrafica-segunda-final-2018"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2018-12-23",
    "source": ["La Prensa Gráfica", "La Prensa Grafica", "laprensagrafica.com", "www.laprensagrafica.com"],
    "provider": None, "url": url,
    "body_first": "Hoy a partir de las 2:30 de la tarde se disputará el partido de vuelta de la serie final",
    "body_last": "si queremos obtener el título”, sentenció.",
    "must_not_contain": ["https://www.laprensagrafica.com"],
}, url, "page URL added as the first line. As stored (a national daily's sports page, a match preview): no "
        "headline, five paragraphs, a subhead in capitals ('MÁS QUE UN JUEGO', part of the article), four "
        "more paragraphs. Date from the address ('-20181223-'). Paragraphs not checked (subhead).")

# =============================================================== Portuguese
n = "jornaldealagoas-maceio-2025"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Homem tenta fugir após assalto, bate carro em outro veículo e é preso em Maceió",
    "date": "2025-08-05",
    "source": ["Jornal de Alagoas", "jornaldealagoas.com.br", "www.jornaldealagoas.com.br"],
    "provider": None, "url": url,
    "body_first": ["Um homem suspeito de roubo foi preso nessa segunda-feira (4) no Jacintinho, em Maceió.",
                   "Suspeito estava roubando na região utilizando um carro da cor prata"],
    "body_last": "Ele foi levado para a Central de Flagrantes, onde foi autuado por roubo.",
    "paragraphs": 7,
    "must_not_contain": ["bate carro em outro veículo e é preso"],
}, url, "page URL added as the first line. As stored (a regional daily): section label 'Polícia', headline, "
        "standfirst (accepted as body_first alternative), seven paragraphs one a line. Date from the address "
        "path (2025/08/05; the text's 'segunda-feira (4)' is the day before).")

n = "correio24horas-pernambues"
text, url = src(n)
headline = "Suspeito de assaltar ônibus com mais de dez passagens pela polícia é preso em Pernambués"
add(n, jina(text, url, headline + " | Jornal Correio", headline), {
    "title": headline,
    "source": ["Correio", "Jornal Correio", "Correio 24 Horas", "correio24horas", "correio24horas.com.br",
               "www.correio24horas.com.br"],
    "provider": None, "url": url,
    "body_first": "Os investigadores da Delegacia Especializada de Repressão a Roubos em Coletivos",
    "body_last": "As investigações continuam com o objetivo de identificar comparsas do suspeito.",
    "paragraphs": 2,
    "must_not_contain": ["SEGURANÇA", "é preso em Pernambués", "Title:", "URL Source", "Markdown Content", "==="],
}, url, "reshaped as a Jina Reader scrape: 'Title: <headline> | Jornal Correio' (our page-title form), 'URL "
        "Source:', 'Markdown Content:', the headline underlined with '='. Otherwise as stored (a Salvador "
        "daily): section label 'SEGURANÇA', headline, two paragraphs. No date in the text or the address.")

n = "r7-assaltante-abc-2025"
text, url = src(n)
add(n, text, {
    "title": "Polícia monitora área com crimes constantes e consegue prender assaltante em SP",
    "source": ["R7", "Record", "r7.com", "record.r7.com"],
    "provider": None,
    "body_first": ["A polícia de São Paulo prendeu um criminoso durante uma tentativa de assalto no ABC paulista.",
                   "O outro bandido que abordou motociclista fugiu e está sendo procurado"],
    "body_last": "interrompendo um assalto na garagem de uma vítima.",
    "paragraphs": 1,
    "must_not_contain": ["Balanço Geral Manhã", "Do R7", "Últimas", "consegue prender assaltante em SP"],
}, url, "none (as stored; a TV network portal's video page): headline, standfirst (accepted as body_first "
        "alternative), the programme and desk line 'Balanço Geral Manhã|Do R7' (not an author), one "
        "paragraph, the section label 'Últimas'. The input has no address (its slug ends '31012025'): date "
        "not checked.")

# =============================================================== French
n = "aamfg-bonneville-gendarmes-2015"
text, url = src(n)
add(n, wrap78(url_first(text, url)), {
    "title": "Un jeune automobiliste percute un véhicule de gendarmes",
    "date": "2015-07-27",
    "source": ["AAMFG", "aamfg.fr"],
    "provider": None, "url": url,
    "authors": ["Delphine Revol"],
    "body_first": ["Vers 3h du matin, dans la nuit du 25 au 26 juillet",
                   "Un jeune automobiliste, sans permis valide et sous emprise de l’alcool, percute"],
    "body_last": "annulé depuis 2012 pour récidive d’alcool et stupéfiants.",
    "must_not_contain": ["27/07/2015", "11:36", "par Delphine Revol"],
}, url, "page URL added as the first line, then html2text-style hard wrap at 78 columns. As stored (a "
        "gendarmes' association site republishing a local paper's story): headline, standfirst (accepted as "
        "body_first alternative), the date-and-byline line '27/07/2015 à 11:36 par Delphine Revol' (date and "
        "author checked), two paragraphs (not checked: the hard wrap hides their boundary). The site does not "
        "name itself: source accepts its host and acronym.")

n = "francebleu-besancon-gendarmes-2019"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2019-02-27",
    "source": ["France Bleu", "France Bleu Besançon", "francebleu.fr", "www.francebleu.fr"],
    "provider": None, "url": url,
    "body_first": ["C'est un accident impressionnant qui s'est déroulé mercredi 27 février",
                   "Besançon, France C'est un accident impressionnant"],
    "body_last": "C'est désormais aux experts des assurances de se prononcer.",
    "must_not_contain": ["© Radio France", "Léo Tescher", "remorquée par un camion de la caserne"],
}, url, "page URL added as the first line. As stored (a public radio network's local news page): no "
        "headline, the place line 'Besançon, France' (accepted kept), paragraphs with two subheads (part of the "
        "article), and a photo caption with its credit ('... remorquée par un camion de la caserne. © Radio "
        "France - Léo Tescher') BETWEEN paragraphs. Date: the address ends with the Unix time 1551294063 "
        "(2019-02-27 19:01 UTC) and the text says 'mercredi 27 février'. Paragraphs not checked (subheads).")

# =============================================================== German
n = "nordkurier-frontalcrash-polizeiauto"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Frontalcrash mit Polizeiauto",
    "source": ["Nordkurier", "nordkurier.de", "www.nordkurier.de"],
    "provider": None, "url": url,
    "body_first": ["Beim Frontalzusammenstoß eines Autos mit einem Polizeiwagen sind am Mittwochmorgen",
                   "Das Auto geriet nach einer Kurve plötzlich auf die Gegenfahrbahn"],
    "body_last": "Die Straße musste für zwei Stunden voll gesperrt werden.",
    "must_not_contain": ["Unsere Themenseiten", "Frontalcrash mit Polizeiauto"],
}, url, "page URL added as the first line. As stored (a regional daily's police ticker): the menu label "
        "'Unsere Themenseiten', a stray ':' line, headline, a one-sentence lead (the article's first "
        "paragraph; the second accepted too), one paragraph. No date in the text or the address.")

n = "nordbayern-streifenwagen-wand-2017"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Ausweichmanöver: Streifenwagen kollidiert mit Wand",
    "date": "2017-12-18",
    "source": ["nordbayern", "nordbayern.de", "www.nordbayern.de"],
    "provider": None, "url": url,
    "body_first": "Wie die Polizei am Montag mitteilte, war der 29-jährige Beamte Samstagnacht",
    "body_last": "Laut Polizei dürfte der Sachschaden im fünfstelligen Bereich liegen.",
    "paragraphs": 1,
    "must_not_contain": ["18.12.2017", "11:01 Uhr", "Hier geht es zu allen aktuellen Polizeimeldungen",
                         "Streifenwagen kollidiert mit Wand"],
}, url, "page URL added as the first line. As stored (a regional news portal): headline, the date line "
        "'18.12.2017, 11:01 Uhr', one paragraph, the link line 'Hier geht es zu allen aktuellen "
        "Polizeimeldungen.'. The page does not name itself: source accepts its host.")

# =============================================================== Italian
n = "agenzianova-roma-furti-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2021-09-11",
    "source": ["Agenzia Nova", "Nova", "agenzianova.com", "www.agenzianova.com"],
    "provider": None, "url": url,
    "body_first": ["Nelle ultime 24 ore, nel corso dei quotidiani servizi di controllo del territorio",
                   "- Nelle ultime 24 ore, nel corso dei quotidiani servizi di controllo del territorio"],
    "body_last": ["La refurtiva è stata riconsegnata al negozio.", "La refurtiva è stata riconsegnata al negozio. (segue)",
                  "La refurtiva è stata riconsegnata al negozio. (segue) (Rer)"],
    "paragraphs": 1,
    "must_not_contain": ["https://www.agenzianova.com"],
}, url, "page URL added as the first line. As stored (a news agency's wire item): no headline, one "
        "paragraph starting with the remains of a dateline ('- Nelle ultime 24 ore', dash accepted kept or "
        "dropped) and ending with the wire marks '(segue) (Rer)' (continued; desk initials), accepted kept or "
        "dropped. Date from the address path (2021-09-11).")

n = "periscopio-esposito-mostra"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Inaugurazione della mostra “Lello Esposito: Identità e metamorfosi”",
    "source": ["Periscopio", "periscopionline", "periscopionline.it"],
    "provider": None, "url": url,
    "body_first": "Sabato 15 luglio alle ore 18 nella splendida cornice della sala mostre a Palazzo Turchi di Bagno",
    "body_last": "nel periodo 1-4 Agosto tutti i giorni 9-15,30, venerdì 9-14",
    "paragraphs": 5,
    "must_not_contain": ["Tempo di lettura", "Da UniFe", "Sostieni periscopio", "UNIVERSITA’ DI FERRARA",
                         "direttore@periscopionline.it", "progetto editoriale"],
}, url, "page URL added as the first line. As stored (a Ferrara online daily, culture: a university press "
        "release): headline, 'Tempo di lettura: < 1 minuto', the source line 'Da UniFe' (from the "
        "university; not an author), five paragraphs one a line, the last without a full stop, then the "
        "appeal 'Sostieni periscopio!', a tag line 'UNIVERSITA’ DI FERRARA' and the editor's contact line. "
        "No year in the text or the address: date not checked.")

n = "pesarourbino-opere-disvelate"
text, url = src(n)
add(n, text, {
    "title": "Inaugurata la mostra “Opere disvelate”",
    "source": ["Pesaro Urbino Notizie", "pesarourbinonotizie.it", "www.pesarourbinonotizie.it"],
    "provider": None,
    "body_first": "Poter mostrare a tutti le opere che solitamente vengono conservate nei depositi.",
    "body_last": ["che costituisce il pezzo forte della mostra”.", "il pezzo forte della mostra”. Dal Comune di Fano"],
    "must_not_contain": ["Per poter commentare", "Nome utente e Password", "Effettua l'accesso", "Registrati!"],
}, url, "none (as stored; a provincial news site, culture): headline, two paragraphs one a line, the source "
        "credit 'Dal Comune di Fano' (from the town hall; accepted kept or dropped), then the login-to-comment "
        "prompt, which is also the only place naming the site. No date. Paragraphs not checked (credit line).")

# =============================================================== Russian
n = "47channel-mutko-otstavka"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Виталий Мутко прокомментировал новость об отставке Правительства РФ",
    "source": ["47channel", "47channel.ru", "47 канал", "47 Channel"],
    "provider": None, "url": url,
    "body_first": "В среду, 15 января, премьер-министр Дмитрий Медведев заявил об уходе Правительства РФ",
    "body_last": ["Виталий Мутко, зампред Правительства РФ по вопросам строительства и регионального развития",
                  "надо выходить с новыми подходами"],
    "must_not_contain": ["Найти", "Фото: gradus.pro", "gradus.pro", "Лента новостей"],
}, url, "page URL added as the first line. As stored (a regional TV channel's site): the search label "
        "'Найти', headline, two paragraphs, a pull quote and its attribution line (part of the article; "
        "body_last accepts it or the quote), the photo credit 'Фото: gradus.pro', the section link 'Лента "
        "новостей'. No year: date not checked. Paragraphs not checked (quote block).")

n = "rusdialog-mutko-2020"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2020-01-15",
    "source": ["Русский диалог", "rusdialog", "rusdialog.ru"],
    "provider": None, "url": url,
    "body_first": "И.о. вице-премьера РФ Виталий Мутко прокомментировал отставку правительства страны",
    "body_last": "Предполагается, что Москва потратит около 500 миллиардов рублей на поддержку россиян.",
    "paragraphs": 5,
    "must_not_contain": ["https://rusdialog.ru"],
}, url, "page URL added as the first line. As stored (a news site): no headline, five paragraphs one a line "
        "(one opening with an abbreviation 'И.о.'), then sixteen empty lines. Date: the address ends with the "
        "Unix time 1579099513 (2020-01-15 14:45 UTC), the day the text reports ('15 января').")

# =============================================================== Ukrainian
n = "regionews-shpola-2026"
text, url = src(n)
add(n, text, {
    "date": "2026-02-20",
    "source": ["RegioNews", "regionews.ua"],
    "provider": None,
    "body_first": ["Інцидент стався в четвер, 19 лютого, в місті Шпола Звенигородського району",
                   "Про це повідомляє RegioNews із посиланням на пресслужбу поліції."],
    "body_last": ["Один постраждалий перебуває у важкому стані. Фігуранта затримали.",
                  "Затриманому загрожує до п'яти років позбавлення волі."],
    "must_not_contain": ["date 2026", "Фото: поліція"],
}, url, "none (as stored; a regional news site): the scraper header glued to the photo credit 'Фото: "
        "поліція', no headline, a lead line without a full stop (the article's first paragraph; the next one "
        "accepted), four paragraphs, then a 'Нагадаємо' (recall) paragraph on an earlier story (accepted kept "
        "or dropped).")

n = "t1-poltava-zaruchnyk"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["t1.ua", "T1", "Т1"],
    "provider": None, "url": url,
    "body_first": "Автовикрадач у Полтаві Роман Скрипник, який взяв у заручники полковника поліції",
    "body_last": ["Під час затримання він дістав гранату, яку погрожує підірвати, і взяв у заручники поліцейського.",
                  "Він неушкоджений», — йдеться у повідомленні."],
    "must_not_contain": ["Друзі! Підписуйтесь", "Фейсбук", "3000 доларів", "лучанина", "Сьогодні, 08:23",
                         "У Луцьку", "30 Січня 2026", "Реклама"],
}, url, "page URL added as the first line. As stored (a regional news site): no headline, five "
        "paragraphs one a line, the last a 'Нагадаємо' (recall) paragraph (accepted kept or dropped), a "
        "Facebook appeal, two related headlines with their own dates ('Сьогодні, 08:23', '30 Січня 2026': "
        "not the article's; no date checked), 'Реклама' and empty lines.")

n = "patrioty-poltava-zaruchnyky"
text, url = src(n)
add(n, text, {
    "title": "У Полтаві злочинець взяв у заручники полковника поліції і зник з ним на авто",
    "source": ["Патріоти України", "patrioty.org.ua"],
    "provider": None,
    "body_first": ["У Полтаві злочинець спочатку взяв у заручники працівника карного розшуку",
                   "Введено в дію поліцейську спеціальну операцію \"Грім\"."],
    "body_last": "Спецоперація із затримання зловмисника триває.",
    "must_not_contain": ["Біда, звідки не чекали", "врожаю ягід", "7 жовтень 2025", "8:53", "Сезон ягід"],
}, url, "none (as stored; a news site): headline, standfirst (accepted as body_first alternative), four "
        "paragraphs naming the site ('повідомляють Патріоти України'), then a related teaser: headline, its "
        "own date 'вівторок, 7 жовтень 2025, 8:53' (not the article's; date not checked) and its cut first "
        "words. Paragraphs not checked (standfirst).")

# =============================================================== Turkish
n = "halktv-sultanbeyli-polis-2026"
text, url = src(n)
add(n, crlf(text), {
    "title": "Polis aracı kaza yaptı: 2'si polis 3 yaralı",
    "date": "2026-02-08",
    "source": ["Halk TV", "halktv.com.tr", "Halk TV Haber Merkezi"],
    "provider": None,
    "body_first": ["İstanbul Sultanbeyli'de gece saatlerinde polis aracının karıştığı trafik kazasında",
                   "İstanbul Sultanbeyli'de polis aracının kazaya karışması sonucunda 2'si polis 3 kişi yaralandı."],
    "body_last": ["Polis ekipleri kazayla ilgili detaylı inceleme başlattı.",
                  "Polis ekipleri kazayla ilgili detaylı inceleme başlattı. DHA"],
    "must_not_contain": ["date 2026", "Yayınlanma", "Kaynak:", "Haber Merkezi"],
}, url, "CRLF line ends. Otherwise as stored (a TV channel's news site): scraper header glued to the "
        "headline, an empty 'Yayınlanma:' (published) label, standfirst (accepted as body_first alternative), "
        "four paragraphs, the agency credit 'DHA' (accepted kept or dropped), 'Kaynak:Halk TV Haber Merkezi' "
        "(source line naming the channel's desk). Paragraphs not checked.")

n = "konyaninsesi-kocaeli-zincirleme"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Kocaeli'de zincirleme kaza: 5 polis yaralandı",
    "source": ["Konya'nın Sesi", "Konyanın Sesi", "konyaninsesi.com.tr"],
    "provider": None, "url": url,
    "body_first": ["D-100 kara yolu Ankara istikameti Serdar Mahallesi'nde",
                   "Kocaeli'nin İzmit ilçesinde zincirleme trafik kazasında 5 polis memuru yaralandı."],
    "body_last": "Ulaşım, araçların yoldan çekilmesiyle normale döndü.",
    "must_not_contain": ["Yayınlanma", "Türkiye", "zincirleme kaza: 5 polis"],
}, url, "page URL added as the first line. As stored (a provincial paper's site): headline, an empty "
        "'Yayınlanma:' label, standfirst (accepted as body_first alternative), four paragraphs one a line, "
        "the section label 'Türkiye'. No date. Paragraphs not checked (standfirst).")

n = "ipekyol-sanliurfa-polis-kaza"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["Gazete İpekyol", "İpekyol", "gazeteipekyol", "gazeteipekyol.com", "www.gazeteipekyol.com"],
    "provider": None, "url": url,
    "body_first": "İddiaya göre, sürücüsünün kimliği ve plakası henüz öğrenilemeyen bir araç",
    "body_last": "Kazayla ilgili inceleme başlatıldı.",
    "paragraphs": 5,
    "must_not_contain": ["0 Yorum", "Yorum"],
}, url, "page URL added as the first line. As stored (a regional paper's video-news page): no headline, "
        "five short paragraphs one a line, the comment counter '0 Yorum'. No date.")

# =============================================================== Arabic
n = "ennahar-attaf-araghchi-2025"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2025-08-25",
    "source": ["النهار", "النهار أونلاين", "Ennahar", "Ennahar Online", "ennaharonline.com", "www.ennaharonline.com"],
    "provider": None, "url": url,
    "body_first": "التقى وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف",
    "body_last": "الدورة الاستثنائية لمجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي.",
    "paragraphs": 4,
    "must_not_contain": ["date 2025"],
}, url, "page URL added as the first line (a percent-encoded Arabic address). As stored (an Algerian "
        "daily): scraper header glued to the first paragraph, four paragraphs, no headline.")

n = "elsob7-abdelatty-lavrov"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["الصبح", "الصبح نيوز", "Elsob7", "elsob7.news"],
    "provider": None, "url": url,
    "body_first": "التقى الدكتور بدر عبد العاطي وزير الخارجية والهجرة اليوم 15 نوفمبر الجاري",
    "body_last": "كما ناقش الوزيران عدد من القضايا المطروحة على الساحتين الإقليمية والدولية.",
    "paragraphs": 3,
    "must_not_contain": ["اقرأ أيض", "كلمة الرئيس السيسي", "المبعوث الشخصي", "294 مواطنا"],
}, url, "page URL added as the first line. As stored (an Egyptian news site): no headline, three paragraphs "
        "one a line, then 'اقرأ أيضاً' (read also) GLUED to the first of three related headlines. No year in "
        "the text ('15 نوفمبر الجاري'): date not checked.")

n = "asianews-shoukry-mekdad-2021"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "وزير الخارجية المصري يكشف تفاصيل لقائه بنظيره السوري",
    "date": "2021-10-02",
    "source": ["آسيا نيوز", "Asia News", "asianewslb", "asianewslb.com"],
    "provider": None, "url": url,
    "body_first": "قال وزير الخارجية المصري، سامح شكري، إن لقاءه مع نظيره السوري فيصل المقداد",
    "body_last": "واستعادة سوريا لسيادتها واستقلال أراضيها، وتعود مرة أخرى لحظيرتها العربية”.",
    "paragraphs": 3,
    "must_not_contain": ["Facebook Share", "طباعة", "عودة للأعلى", "اضافة تعليق", "اكتب ناتج", "07:02"],
}, url, "page URL added as the first line. As stored (a Lebanese news site): headline, the date line "
        "'2021.10.02 - 07:02' (year.month.day), share and print buttons, three paragraphs separated by two "
        "blank lines (the first indented by a space), the buttons again, 'عودة للأعلى' (back to top), a "
        "comment form with an arithmetic captcha ('اكتب ناتج 2 + 9').")

# =============================================================== Persian
n = "iribnews-razjargalan-gorazz-2025"
text, url = src(n)
add(n, text, {
    "date": "2025-12-20",
    "source": ["خبرگزاری صدا و سیما", "صدا و سیما", "IRIB News", "iribnews", "iribnews.ir", "www.iribnews.ir"],
    "provider": None,
    "body_first": ["فرمانده انتظامی شهرستان راز و جرگلان از وقوع یک حادثه رانندگی",
                   "به گزارش خبرگزاری صدا و سیمای خراسان شمالی"],
    "body_last": "با سرعت مطمئنه حرکت کرده و جوانب احتیاط را رعایت کنند.",
    "must_not_contain": ["date 2025", "پخش زنده", "امروز: -"],
}, url, "none (as stored; the state broadcaster's news agency): the scraper header glued to the 'پخش زنده' "
        "(live) link, an empty site clock 'امروز: -' (today), a lead (the article's first paragraph; the "
        "next accepted), three paragraphs one a line. The agency names itself in the attribution 'به گزارش "
        "خبرگزاری صدا و سیمای خراسان شمالی'. No headline in the stored text. Paragraphs not checked (lead).")

n = "jamaran-karaj-qazvin-tasadof"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["جماران", "Jamaran", "jamaran.ir", "www.jamaran.ir"],
    "provider": None, "url": url,
    "body_first": "عباس صفری روز دوشنبه در گفت وگو با خبرنگار ایرنا",
    "body_last": "ماهانه بر اثر تصادف در راه های البرز حدود 80 نفر مصدوم و تعدادی جان خود را از دست می دهند.",
    "paragraphs": 4,
    "must_not_contain": ["7410", "انتهای پیام", "این مطلب برایم مفید است", "پسندیده", "موضوعات داغ",
                         "نظرات و دیدگاه", "مسئولیت نوشته ها"],
}, url, "page URL added as the first line (an address mixing raw and percent-encoded Persian). As stored (a "
        "news site reposting an IRNA item): no headline, four paragraphs one a line, the wire codes '7410/ "
        "6155', 'انتهای پیام' (end of message), a like widget, 'موضوعات داغ' (hot topics), a comments heading "
        "and disclaimer. No date.")

n = "shahraranews-mashhad-tasadofat"
text, url = src(n)
add(n, text, {
    "title": "۴۴۲ فقره تصادف خسارتی در مشهد | ۶۱ نفر مصدوم شدند",
    "source": ["شهرآرانیوز", "شهرآرا", "Shahraranews", "shahraranews.ir"],
    "provider": None,
    "body_first": "سرهنگ سیدرضا اسدنژاد در گفتوگو با شهرآرانیوز",
    "body_last": "۸۹ تصادف جرحی طی ۲۴ ساعت گذشته به وقوع پیوسته است.",
    "paragraphs": 2,
    "must_not_contain": ["sepehr_key", "{$"],
}, url, "none (as stored; print view of a Mashhad city daily's site): a two-part headline whose parts are "
        "separated by ' | ' (as printed; NOT a site-name suffix), two paragraphs with Persian digits, an "
        "unfilled template placeholder '{$sepehr_key_48919}'. The site names itself in the first sentence "
        "('با شهرآرانیوز'). No date.")

# =============================================================== Indonesian
n = "batakpos-medan-pencuri-pagar"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["Harian Batak Pos", "Batak Pos", "harianbatakpos.com", "www.harianbatakpos.com"],
    "provider": None, "url": url,
    "body_first": ["Medan-BP: Dalam operasi penegakan hukum yang cepat dan efisien",
                   "Dalam operasi penegakan hukum yang cepat dan efisien, Polsek Medan Area"],
    "body_last": "Segera laporkan tindakan mencurigakan agar bisa cepat ditindaklanjuti,” ujar Hendrik.",
    "must_not_contain": ["Komentar"],
}, url, "page URL added as the first line. As stored (a regional daily): no headline, a first paragraph "
        "opening with the dateline 'Medan-BP:' (kept; dropped accepted), four subheads each followed by a "
        "paragraph (one a line), the comment heading 'Komentar'. No year in the text: date not checked. "
        "Paragraphs not checked (subheads).")

n = "bkpp-demak-banyuwangi-pencurian"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Waspada, Pencurian Sasar Pemukiman Sunyi 'Physical Distancing'",
    "source": ["BKPP Demak", "BKPP Kabupaten Demak", "bkpp.demakkab.go.id"],
    "provider": None, "url": url,
    "body_first": "Sebanyak delapan pencuri beraksi di berbagai kecamatan di Banyuwangi",
    "body_last": ["berhasil dengan cegah dan dihalau pihak kepolisian yang datang ke lokasi,\" pungkasnya.",
                  "yang datang ke lokasi,\" pungkasnya. sumber rri.co.id"],
    "must_not_contain": ["Highlight"],
}, url, "page URL added as the first line. As stored (a regency civil-service office's Blogger site "
        "republishing a public radio story): the label 'Highlight', headline, eight paragraphs, the credit "
        "'sumber rri.co.id' (source) on the line after the last (accepted kept or dropped). The address has "
        "year and month only (2020/04): date not checked. Paragraphs not checked (credit line).")

# =============================================================== Polish
n = "gazeta-pabianice-poszukiwany-2024"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["Gazeta.pl", "gazeta.pl", "wiadomosci.gazeta.pl", "Wiadomości Gazeta.pl"],
    "provider": None, "url": url,
    "body_first": "Do Komendy Powiatowej Policji w Pabianicach (woj. łódzkie) 15 lutego zgłosił się 28-letni",
    "body_last": "Doszło też do prawie 1 tys. wypadków drogowych, w wyniku których śmierć poniosło około 60 osób.",
    "must_not_contain": ["date 2024"],
}, url, "page URL added as the first line (with its utm_ tracking query). As stored (a national portal's news "
        "section): the scraper header with year and month only (' date 2024-02 ', date not checked) glued to "
        "the lead, paragraphs with two subheads (part of the article). No headline in the stored text (the "
        "first subhead is not it). Paragraphs not checked.")


# =============================================================== self-check + write
INSIDE = {("francebleu-besancon-gendarmes-2019", "© Radio France"),
          ("francebleu-besancon-gendarmes-2019", "Léo Tescher"),
          ("francebleu-besancon-gendarmes-2019", "remorquée par un camion de la caserne")}

S.finish(INSIDE)
