#!/usr/bin/python3
"""Builds the REALDEV5 development cases: cases/NAME.txt, truth.json and sources.txt.

A sixth set of real news pages (after realpages, realdev, realdev2, realdev3 and realdev4), built
the way realdev4 was, to resemble the blind set's construction (tests/blind/README.md): 25 pages,
most of them given as stored (no URL line). This set leans on page kinds the earlier sets have few
of: opinion columns and editorials, magazine editor's letters, a live council-session page,
breaking-news pages with trending lists, aggregator copy with a source credit, headlines printed
two to six times, ticker and weather chrome, comment forms. Every article text comes from
src/NAME.txt, the stored text of a public web page (from the page's beginning, about the first
2,000 characters, as a public web-page store keeps it) kept here verbatim; src/NAME.url is the
page's address. Nothing in an article was written by us. The only changes are the scraper-style
transforms named in each case's `notes`. Truth follows /work/shared/realpages/README.md ("How
truth was decided").

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
n = "jacksonville-editorial-budget-2009"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2009-07-30",
    "source": ["jacksonville.com", "www.jacksonville.com", "Jacksonville.com", "The Florida Times-Union",
               "Florida Times-Union"],
    "provider": None, "url": url,
    "body_first": "Let the real budget drama begin.",
    "body_last": ["A 5 percent cut in those two budgets would produce about $26 million in savings, or about half",
                  "The idea that neither the police nor fire can make reductions to their budgets without "
                  "eliminating personnel on the street is insulting."],
    "must_not_contain": ["https://www.jacksonville.com", "opinion/editorials/2009-07-30",
                         "story/city_budget_city_councils_turn", "city_councils_turn"],
}, url, "page URL added as the first line. As stored (a metro daily's unsigned editorial): no headline, "
        "paragraphs separated by blank lines, a dash list of three items and the subhead 'Sharing the pain' "
        "(part of the editorial); the stored text CUTS the last paragraph mid-sentence ('or about half '): "
        "body_last accepts the fragment or the last complete sentence. Date from the address path (2009-07-30). "
        "The page does not name the paper; source accepts the host and the paper's name. No authors (editorial). "
        "Little chrome: must_not_contain uses the address. Paragraphs not checked (list, subhead, cut).")

n = "savefitchburg-tonight-budget-2006"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "Does Tonight Mean Anything?",
    "date": "2006-11-14",
    "source": ["savefitchburg.blogspot.com", "Save Fitchburg"],
    "provider": None, "url": url,
    "body_first": "The City Council holds a special meeting tonight (after a meeting of its Finance Subcommittee) "
                  "for some budget talk.",
    "body_last": ["Yes, th",
                  "Wouldn't that have included shuffling money around in some areas to increase some line items?"],
    "must_not_contain": ["Tuesday, November 14, 2006", "Does Tonight Mean Anything?",
                         "http://savefitchburg.blogspot.com", "2006/11/does-tonight-mean-anything"],
}, url, "page URL added as the first line. As stored (a Blogger opinion blog on city politics): the post's date "
        "line 'Tuesday, November 14, 2006' (the date; the address's 2006/11 agrees), the headline, paragraphs "
        "separated by blank lines; the stored text CUTS the last paragraph after two letters ('Yes, th'): "
        "body_last accepts the fragment or the last complete sentence. The page does not name the blog; source "
        "accepts the host. No byline. Paragraphs not checked (cut).")

n = "bnonews-murrieta-fig-fire-2025"
text, url = src(n)
add(n, text, {
    "title": "Fig Fire in Murrieta, California prompts evacuation order and warnings",
    "provider": None,
    "body_first": "A new fire in Riverside County, California, has prompted evacuation orders and warnings, "
                  "according to fire officials.",
    "body_last": "Fire officials are urging the public to avoid the scene and to refrain from launching drones over "
                 "the area.",
    "must_not_contain": ["US News4 days ago", "Bering Air plane carrying 10 people", "No survivors in Bering Air",
                         "Ohio warehouse shooting", "Legal1 week ago", "Santorini earthquake swarm",
                         "Airports Authority employees arrested"],
}, url, "none (as stored; a breaking-news site): the section label 'US News', the headline, the lead, paragraphs one "
        "a line, then a trending list of eight items, each a dash, a section label glued to its age ('US News4 "
        "days ago') and a headline. No date (the input has no address; 'Thursday evening' only). The page does "
        "not name itself: source not checked. Paragraphs not checked (one-a-line layout).")

n = "westportmag-editors-letter-2008"
text, url = src(n)
add(n, wrap78(url_first(text, url)), {
    "title": "Editor's Letter - The Road Well Traveled",
    "source": ["Westport Magazine", "westportmag.com", "www.westportmag.com"],
    "provider": None, "url": url,
    "body_first": "One would think putting a magazine together is like driving down one of our scenic back roads.",
    "body_last": ["We thought that extraordinary accomplishment deserved a closer look at how the family business "
                  "continually transfor",
                  "Next, we take a look at another big anniversary in town: Mitchells turns fifty (see page 86)."],
    "must_not_contain": ["Edit Module", "Show Tags", "Photograph by Bob Capazzo", "Editor's Letter - The Road",
                         "September-2008/Editors-Letter"],
}, url, "page URL added as the first line, then html2text-style hard wrap at 78 columns. As stored (a town "
        "magazine's editor's letter): CMS labels 'Edit Module' / 'Edit ModuleShow Tags', the headline, a photo "
        "credit, paragraphs (one with a hard line break of its own); the stored text CUTS the last paragraph "
        "mid-word ('transfor'): body_last accepts the fragment or the last complete sentence. No date (the "
        "address gives only 'September-2008'). The letter is unsigned in the stored text (no authors; the photo "
        "credit is not a byline). Source accepts the host and the magazine's name. Paragraphs not checked (cut).")

n = "catfishalley-from-the-editor-2012"
text, url = src(n)
add(n, text, {
    "title": "From the Editor",
    "provider": None,
    "authors": ["Stacy Clark"],
    "body_first": "What would we do without our iPhones and Kindles, our Facebook updates and satellite radios to "
                  "keep us occupied and entertained?",
    "body_last": ["Email them to or visit us on Facebook.", "There are so many more to come. Enjoy!"],
    "must_not_contain": ["From the Editor", "Story Stacy Clark", "Story Stacy", "Stacy Clark"],
}, url, "none (as stored; a city lifestyle magazine's editor's letter): the headline, the byline 'Story Stacy "
        "Clark' (authors), seven paragraphs, the last an invitation to write in (its address lost in the stored "
        "text: 'Email them to or visit us'); body_last accepts the letter's last sentence or the one before the "
        "invitation. No date, and the page does not name the magazine: date and source not checked. Little "
        "chrome: must_not_contain uses the headline and the byline. Paragraphs not checked (the invitation).")

n = "ktbb-cherokee-deputy-leave-2023"
text, url = src(n)
add(n, text, {
    "title": "Deputy placed on leave while incident with inmate investigated",
    "date": "2023-07-29",
    "provider": None,
    "body_first": ["CHEROKEE COUNTY – A deputy has been placed on administrative leave while Texas Rangers "
                   "investigate an incident that took place on July 23 between him and an inmate at the Cherokee "
                   "County Jail.",
                   "A deputy has been placed on administrative leave while Texas Rangers investigate an incident that "
                   "took place on July 23 between him and an inmate at the Cherokee County Jail."],
    "body_last": "Pending the Texas Rangers investigation, Dickson said the deputy involved has been placed on "
                 "administrative leave and no further information can be released at this time, updates will "
                 "posted as they become available.",
    "paragraphs": 1,
    "must_not_contain": ["Posted/updated on", "July 29, 2023 at 5:06 pm", "Deputy placed on leave while incident",
                         "incident with inmate investigated"],
}, url, "none (as stored; a regional news-talk radio station's site): headline, the date line 'Posted/updated on: "
        "July 29, 2023 at 5:06 pm' (the date; the incident was on July 23), one paragraph with the dateline "
        "'CHEROKEE COUNTY –' (kept; dropped accepted). The page does not name the station and the input has no "
        "address: source not checked. Little chrome: must_not_contain uses the date line and the headline.")

n = "orlandosentinel-deputy-arrested-2020"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2020-11-02",
    "source": ["Orlando Sentinel", "orlandosentinel.com", "www.orlandosentinel.com"],
    "provider": None, "url": url,
    "body_first": "An Orange County deputy sheriff was placed on unpaid leave Monday following his arrest on a "
                  "charge of false imprisonment, officials said.",
    "body_last": "The documents were labeled as confidential by the Volusia County Clerk of Court’s Office.",
    "paragraphs": 7,
    "must_not_contain": ["date 2020-11-02", "https://www.orlandosentinel.com", "breaking-news/os-ne-orange-sheriff",
                         "565qq6je25d2tiztdis3h6hk3y-story"],
}, url, "page URL added as the first line. As stored (a metro daily's breaking-news section): the scraper header "
        "' date 2020-11-02 ' glued to the first paragraph, no headline, seven paragraphs one a line. Date from "
        "the header (the address's 20201102 agrees). The article names the paper ('a call from the Orlando "
        "Sentinel'): source, with the host. Little chrome: must_not_contain uses the header and the address.")

# =============================================================== German
n = "maz-potsdam-streifenwagen"
text, url = src(n)
headline = "Acht Streifenwagen rund um die Uhr"
add(n, jina(text, url, headline, headline), {
    "title": headline,
    "source": ["MAZ", "Märkische Allgemeine", "Märkische Allgemeine Zeitung", "maz-online.de", "www.maz-online.de"],
    "provider": None, "url": url,
    "body_first": "Im Zusammenhang mit der Debatte um die Sicherheitslage insbesondere in der Berliner Vorstadt hat "
                  "die Polizei gestern noch einmal zu Fragen ihrer Präsenz in der Stadt Stellung genommen.",
    "body_last": ["Wie berichtet, beklagen Bürgervereine der Berliner Vorstadt eine Zunahme von Wohnungseinbrüchen.",
                  "Wie berichtet, beklagen Bürgervereine der Berliner Vorstadt eine Zunahme von Wohnungseinbrüchen. "
                  "sti"],
    "paragraphs": 2,
    "must_not_contain": ["Volltextsuche über das Angebot", "4 ° / -2 ° wolkig", "Voriger Artikel", "Nächster Artikel",
                         "Mehr aus Potsdam", "dfdbc0d4-af48-11e7-b225", "Zeitreise durch Potsdam",
                         "Die Karikaturen von Jörg Hafemeister", "Kinoprogramm", "URL Source:"],
}, url, "Jina Reader framing (Title: / URL Source: / Markdown Content:, headline underlined ===), URL included. "
        "As stored (a regional daily's local page): a search label, a weather line '4 ° / -2 ° wolkig', "
        "'Navigation:', the headline, the headline again with its kicker glued before it ('Polizei bekräftigt "
        "ihre Präsenz in der Stadt Acht Streifenwagen rund um die Uhr'), two paragraphs, the second ending with "
        "the desk initials 'sti' (body_last accepts them kept or dropped; not an author), then previous/next "
        "links, 'Mehr aus Potsdam', an id, and teasers (one naming 'die MAZ': source). No date ('gestern').")

n = "radiomuelheim-essen-safe-city-2026"
text, url = src(n)
add(n, text, {
    "date": "2026-02-19",
    "provider": None,
    "body_first": "Auf sämtliche Beschwerden von Bürgern, Gastronomen und Geschäftsleuten reagierte die Führungsstelle "
                  "der PI 1 - Mitte in Zusammenarbeit mit den Kräften von \"Safe City\" zielgetreu sehr schnell.",
    "body_last": "Das Beschwerdeaufkommen ist im Vergleich zur Ausgangslage erheblich gesunken.",
    "paragraphs": 1,
    "must_not_contain": ["date 2026-02-19", "date 2026", "2026-02-19", "date 2026-02"],
}, url, "none (as stored; a local radio station's site running a police report): the scraper header ' date "
        "2026-02-19 ' glued to one paragraph, no headline. Date from the header. The page does not name the "
        "station and the input has no address: source not checked. No chrome but the header: must_not_contain "
        "uses it.")

# =============================================================== Turkish
n = "bandirmamanset-edremit-meclis-kilic"
text, url = src(n)
add(n, crlf(text), {
    "title": "Tuncay Kılıç Sözde değil özde demokrat",
    "provider": None,
    "body_first": "Edremit Belediyesi Nisan Ayı Olağan Meclis Toplantısını her zaman olduğu gibi Radyo yayını ile "
                  "halka ulaştı.",
    "body_last": ["Dün grup t", "Bu şehir daha da batacaktı."],
    "once": ["24 madde, 8 ek gündem`in görüşüldüğü meclis 3 saat sürdü."],
    "must_not_contain": ["Tuncay Kılıç Sözde değil özde demokrat", "Kılıç Sözde", "Sözde değil özde demokrat", "\r"],
}, url, "CRLF line ends. As stored (a town news site): the headline printed twice, the standfirst, six blank "
        "lines, then the article opening with the standfirst's two sentences again (once: the repeated sentence "
        "must occur once in the body), paragraphs; the stored text CUTS the last paragraph mid-word ('Dün grup "
        "t'): body_last accepts the fragment or the last complete sentence. No date. The page does not name "
        "itself and the input has no address: source not checked. Paragraphs not checked (cut).")

n = "batmanrehber-kayyum-atandi"
text, url = src(n)
add(n, text, {
    "title": "Batman Belediyesine Vali Ekrem Canalp kayyum olarak atandı",
    "provider": None,
    "body_first": "İçişleri Bakanlığı tarafından Batman Belediyesine Vali Ekrem Canalp kayyum olarak atandı.",
    "body_last": "Halfeti Belediyesi başkanı Mehmet Karayılan gözaltına alındı.",
    "must_not_contain": ["Batman’da 45 Yıl Hapis Cezası Bulunan Firari Yakalandı", "Firari Yakalandı Batman’da",
                         "MURAT ORHAN", "Editör: Editör"],
}, url, "none (as stored; a city paper's site): headline, paragraphs with two subheads ('Sönük'ten Açıklama', "
        "'Mardin ve Halfeti'ye de Kayyum Atandı', part of the article), an in-article related link printed twice "
        "on one line between paragraphs (listed in INSIDE), a name line 'MURAT ORHAN' and 'Editör: Editör' "
        "after the article (the name line is not clearly a byline: authors not checked). No date. The page "
        "does not name itself and the input has no address: source not checked. Paragraphs not checked.")

# =============================================================== Italian
n = "ilsettempedano-replica-sindaco-2022"
text, url = src(n)
add(n, url_first(text, url), {
    "date": "2022-03-04",
    "source": ["ilsettempedano.it", "www.ilsettempedano.it", "Il Settempedano"],
    "provider": None, "url": url,
    "body_first": "Il sindaco sale in cattedra bacchettando chi osa criticare il suo operato e chi si permette di "
                  "macchiarsi del reato di lesa maestà, irritandosi perché i consiglieri comunali di minoranza "
                  "raccolgono le critiche e le insoddisfazioni di commercianti, famiglie e cittadini che ancora una "
                  "volta constatano una battuta a vuoto dell’Amministrazione.",
    "body_last": ["Sapranno gli amministratori assolvere con dignità il proprio ruolo ist",
                  "ma senza poi che seguissero assunzioni di responsabilità."],
    "must_not_contain": ["date 2022-03", "https://www.ilsettempedano.it", "insieme-per-san-severino-replica-al-sindaco",
                         "da-quale-pulpito"],
}, url, "page URL added as the first line. As stored (a town news site running an opposition group's reply to "
        "the mayor): the scraper header ' date 2022-03 ' (year and month only) glued to the first paragraph, no "
        "headline, paragraphs; the stored text CUTS the last paragraph mid-word ('ist'): body_last accepts the "
        "fragment or the last complete sentence. Date from the address path (2022/03/04; the header agrees). "
        "The page does not name itself; source accepts the host. Little chrome: must_not_contain uses the header "
        "and the address. Paragraphs not checked (cut).")

n = "metropolinotizie-bari-consiglio"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["metropolinotizie.it", "www.metropolinotizie.it", "Metropolinotizie", "Metropoli Notizie"],
    "provider": None, "url": url,
    "body_first": "Che pena assistere alle tirate di capelli tra amministratori comunali per accapparrarsi una "
                  "presidenza di commissione o addirittura la vice presidenza che significa nulla, visto che da anni "
                  "il consiglio comunale ha poteri solo in materia di bilancio e di assetto urbanistico.",
    "body_last": "Sarebbe interessante conoscere a quanto ammontano gli emolumenti dei consiglieri comunali, degli "
                 "assessori, dei presidenti delle commissioni.",
    "paragraphs": 3,
    "must_not_contain": ["https://www.metropolinotizie.it", "comune-di-bari-non-e-per-il-denaro", "non-e-per-il-denaro",
                         "www.metropolinotizie.it/"],
}, url, "page URL added as the first line. As stored (a city news site's opinion note): three paragraphs one a "
        "line, no headline. No date. The page does not name itself; source accepts the host. No chrome: "
        "must_not_contain uses the address.")

# =============================================================== Indonesian
n = "fokussatu-warnasari-bupati-2024"
text, url = src(n)
add(n, text, {
    "source": ["FOKUSSATU.ID", "fokussatu.id", "www.fokussatu.id", "Fokussatu", "Fokus Satu"],
    "provider": None,
    "body_first": ["FOKUSSATU.ID, SOREANG - Memilukan, ratusan warga Desa Warnasari, Kecamatan Pangalengan, Kabupaten "
                   "Bandung tidak mengetahui nama Bupati Bandung.",
                   "Memilukan, ratusan warga Desa Warnasari, Kecamatan Pangalengan, Kabupaten Bandung tidak "
                   "mengetahui nama Bupati Bandung."],
    "body_last": "Menanggapi hal tersebut, Kepala Desa Warnasari, Kecamatan Pangalengan Aa Sugiharto bersama Plt "
                 "Camat Pangalengan Vena Andriawan langsung memberikan sosialisasi tentang nama Bupati Bandung kepada "
                 "warganya yang menerima bantuan sembako tersebut.",
    "must_not_contain": ["Baca Juga: Kontestan Pilgub Jabar", "Ada Drama Epix", "Baca Juga: Kantor Dinsos Magetan",
                         "Sejumlah Stok Kursi Roda Lumat", "Baca Juga: Pertama Kali di Jawa Barat",
                         "IKWI Kabupaten Ban"],
}, url, "none (as stored; a regional portal's AMP page): no headline, paragraphs one a line, the first with the "
        "dateline 'FOKUSSATU.ID, SOREANG -' (kept; dropped accepted; it names the site: source), two in-article "
        "'Baca Juga:' links between paragraphs (listed in INSIDE), and a third 'Baca Juga:' link after the last "
        "paragraph where the stored text stops mid-word ('IKWI Kabupaten Ban'): body_last is the last article "
        "paragraph. No date: 'Sabtu 31 Agustus 2024' is the day of the event and the input has no address. "
        "Paragraphs not checked (one-a-line layout).")

n = "fokusbatulicin-dprd-angket-2011"
text, url = src(n)
add(n, url_first(text, url), {
    "title": "DPRD Tanbu Siapkan Draft Menuju Hak ANGKET",
    "date": "2011-05-23",
    "source": ["Fokus Batulicin", "fokusbatulicin.com", "www.fokusbatulicin.com"],
    "provider": None, "url": url,
    "body_first": ["BATULICIN- setelah menggelontorkan Hak Interplasi, kemudian mendengarkan Jawaban Bupati Tanah "
                   "Bumbu Mardani H. maming terhadap Interplasi",
                   "setelah menggelontorkan Hak Interplasi, kemudian mendengarkan Jawaban Bupati Tanah Bumbu Mardani "
                   "H. maming terhadap Interplasi"],
    "body_last": ["adalah keputusan yang harus dip",
                  "akan tetap dipegang teguh sebagai dasar hukum penetapan di meja Menteri Dalam Negeri."],
    "must_not_contain": ["Home » »", "Written By Fokus Batulicin", "Senin, 23 Mei 2011 | 20.01",
                         "DPRD Tanbu Siapkan Draft Menuju Hak ANGKET", "http://www.fokusbatulicin.com",
                         "2011/05/dprd-tanbu-siapkan-draft"],
}, url, "page URL added as the first line. As stored (a Blogger regional news site): a breadcrumb 'Home » » "
        "<headline>', the headline, 'Written By Fokus Batulicin on Senin, 23 Mei 2011 | 20.01' (the date; it "
        "names the site: source; a site name, not a person: authors not checked), paragraphs, the first with "
        "the dateline 'BATULICIN-' (kept; dropped accepted; body_first checks the first sentence's start, as "
        "'H.' is an initial); the stored text CUTS the last paragraph mid-word ('dip'): body_last accepts the "
        "fragment or the last complete paragraph. Paragraphs not checked (cut).")

# =============================================================== Russian
n = "cod32-tyumen-reyting-merov-2018"
text, url = src(n)
add(n, text, {
    "title": "Тюменский градоначальник возглавил Национальный рейтинг мэров - часть 2",
    "provider": None,
    "body_first": ["Центр информационных коммуникаций «Рейтинг» совместно с Финансовым университетом при "
                   "Правительстве РФ подготовили новое исследование, посвященное оценке деятельности мэров столиц "
                   "регионов и крупных финансово-промышленных центров Российской Федерации за апрель-май 2018 года.",
                   "В тройку лидеров эксперты включили также мэров Уфы и Москвы"],
    "body_last": ["условия на уровне захудал",
                  "Оценки Виталия Кушнарёва (Ростова-на-Дону) отразили две противоположные тенденции, характерные для "
                  "жизни города."],
    "must_not_contain": ["Тюменский градоначальник возглавил", "возглавил Национальный рейтинг мэров - часть 2",
                         "Тюменский градоначальник", "градоначальник возглавил Национальный"],
}, url, "none (as stored; a regional news site running a rating study): the headline, then the headline printed "
        "five more times as indented image lines between the paragraphs (listed in INSIDE), a first paragraph, "
        "a standfirst-like line ('В тройку лидеров...', accepted as body_first alternative), 'Продолжение первой "
        "части ...', the subhead 'Вторая группа рейтинга'; the stored text CUTS the last paragraph mid-word "
        "('захудал'): body_last accepts the fragment or the last complete sentence. No date (only 'апрель-май "
        "2018'). The page does not name itself and the input has no address: source not checked. Paragraphs not "
        "checked.")

n = "wek-reyting-merov-2020"
text, url = src(n)
add(n, text, {
    "title": "Национальный рейтинг мэров (август-ноябрь, 2020) - часть 1",
    "date": "2020-11-26",
    "provider": None,
    "body_first": "В рассматриваемый период местное самоуправление (если выражаться языком «старорежимной» "
                  "терминологии – до внесения поправок в Конституцию) находилось на далекой периферии информационных "
                  "потоков, будучи скрытым событиями международного, общероссийского и хотя бы регионального "
                  "масштабов.",
    "body_last": ["В рейтинг не включены представители Московской и Ленинградско",
                  "с добавлением представителей пяти крупных финансово-экономических центров: Магнитогорска, "
                  "Набережных Челнов, Новокузнецка, Сочи, Тольятти."],
    "must_not_contain": ["russia-rating.ru —", "26.11.2020 11:21", "russia-rating.ru",
                         "Национальный рейтинг мэров (август-ноябрь, 2020) - часть 1"],
}, url, "none (as stored; a news aggregator's AMP page): a source credit with date line 'russia-rating.ru — "
        "26.11.2020 11:21' (the date; the credit names the origin, not the aggregator: source not checked, and "
        "the input has no address), the headline, paragraphs; the stored text CUTS the last sentence mid-word "
        "('Ленинградско'): body_last accepts the fragment or the last complete sentence. Paragraphs not checked "
        "(cut).")

# =============================================================== Spanish
n = "lopezdoriga-tornado-miami-dade"
text, url = src(n)
add(n, text, {
    "title": "Emiten aviso por tornado en Miami-Dade",
    "provider": None,
    "body_first": "El Servicio Nacional del Clima de Miami emitió un aviso de tornado en el condado de Miami-Dade, a "
                  "unas horas de la inminente llegada del huracán Irma a Florida.",
    "body_last": ["“Tienen que irse, no esta noche, no en una hora sino ahora mismo”, advirtió el gobernador de Florida",
                  "Su ojo amenazaba con tocar tierra en Tampa."],
    "must_not_contain": ["Minuto a Minuto", "Cuba niega que haya contactos", "El turismo internacional en México",
                         "Liberan a 24 presos políticos", "Canciller De la Fuente habla con Marco Rubio",
                         "quieren negociar", "… Continued", "Economía y Finanzas"],
}, url, "none (as stored; a national news-anchor's news site): a 'Minuto a Minuto' ticker of five items (section "
        "label glued to headline, a summary line each, one ending '… Continued'), the headline, paragraphs; the "
        "stored text CUTS the last paragraph mid-sentence ('advirtió el gobernador de Florida'): body_last accepts "
        "the fragment or the last complete sentence. No date ('este sábado'; the ticker's items are later news). "
        "The page does not name itself and the input has no address: source not checked. Paragraphs not checked "
        "(cut).")

n = "agendapolitica-comala-2010"
text, url = src(n)
add(n, text, {
    "title": "Comala, Mal Camino",
    "date": "2010-05-18",
    "provider": None,
    "body_first": "Comala es uno de los municipios más bellos del estado.",
    "body_last": ["La gente de Comala quiere un presidente municipal que los escuche para a",
                  "se asumen como los dueños del pueblo, como caciques de antaño."],
    "must_not_contain": ["Buscar este blog", "martes, mayo 18, 2010", "Nuestras Noticias", "Comala, Mal Camino",
                         "Editorial"],
}, url, "none (as stored; a Blogger political blog reprinting an editorial): 'Buscar este blog', the post's date "
        "line 'martes, mayo 18, 2010' (the date), the headline, the labels 'Editorial' and 'Nuestras Noticias', "
        "paragraphs; the stored text CUTS the last paragraph after one letter ('para a'): body_last accepts the "
        "fragment or the last complete paragraph. Whether 'Nuestras Noticias' names the blog or the editorial's "
        "paper is not settled, and the input has no address: source not checked. Unsigned: no authors. "
        "Paragraphs not checked (cut).")

n = "elcomentario-paracaidas-alcaldias-2024"
text, url = src(n)
add(n, text, {
    "title": "Arrancan las nuevas alcaldías",
    "date": "2024-10-18",
    "provider": None,
    "authors": ["Rogelio Guedea"],
    "body_first": "Este pasado 15 de octubre rindieron protesta los nuevos alcaldes de nuestros 10 municipios, algunos "
                  "de los cuales repitieron (como Tey Gutiérrez en Villa de Álvarez o Alejandro Mancilla en "
                  "Minatitlán).",
    "body_last": ["un perfil que cumple con todos los requisitos para",
                  "Sin duda el panista Riult Rivera, actual alcalde de Colima, y la priista Tey Gutiérrez, de Villa de "
                  "Álvarez."],
    "must_not_contain": ["Vie. Nov 22nd, 2024", "COLUMNA: Paracaídas", "Por Redacción", "Oct18,2024",
                         "Por Rogelio Guedea"],
}, url, "none (as stored; a university newspaper's opinion column): a site clock 'Vie. Nov 22nd, 2024' (NOT the "
        "date), the column label 'COLUMNA: Paracaídas', a desk line with date 'Por Redacción Oct18,2024' (the "
        "date; the column speaks of 'Este pasado 15 de octubre'), the column's headline, the byline 'Por Rogelio "
        "Guedea' (authors; the desk is not), one long paragraph; the stored text CUTS it mid-sentence "
        "('requisitos para '): body_last accepts the fragment or the last complete sentence. The page does not "
        "name itself and the input has no address: source not checked.")

# =============================================================== Portuguese
n = "blogdomagno-memoria-historica"
text, url = src(n)
add(n, text, {
    "title": "Agressão à memória histórica",
    "provider": None,
    "authors": ["Ângelo Castelo Branco"],
    "body_first": "A não inclusão do retrato de Paulo Guedes na Galeria dos ex-ministros da Economia, conforme notas "
                  "veiculadas nas redes sociais, resgata memórias de um período conturbado da história política "
                  "brasileira",
    "body_last": "A inclusão ou exclusão de personagens na iconografia oficial deve transcender paixões políticas e se "
                 "ancorar na valorização da história como patrimônio comum, que deve ser preservado para o "
                 "entendimento das gerações futuras.",
    "paragraphs": 6,
    "must_not_contain": ["Por Ângelo Castelo Branco", "Veja outras postagens", "O Sextou", "Agressão à memória histórica"],
}, url, "none (as stored; a political blog's guest opinion column): headline, the byline 'Por Ângelo Castelo "
        "Branco' (authors), six paragraphs, then 'Veja outras postagens' and a further post's title cut ('O "
        "Sextou'). No date. The page does not name the blog and the input has no address: source not checked.")

n = "chapadanoticias-morro-do-chapeu-camara"
text, url = src(n)
add(n, text, {
    "title": "Câmara Municipal de Morro do Chapéu reabre os trabalhos nesta sexta-feira",
    "source": ["Chapada Notícias", "chapadanoticias.com.br", "www.chapadanoticias.com.br"],
    "provider": None,
    "body_first": "A Câmara Municipal de Morro do Chapéu reabre os trabalhos legislativos, nesta sexta-feira (16), em "
                  "Sessão Solene marcada para às 9:00h, no Plenário Cleofânio Barreto.",
    "body_last": "A atual legislatura iniciou em 2017 e compreende um período de quatro anos, com 13 vereadores "
                 "compondo a Câmara Municipal.",
    "paragraphs": 3,
    "must_not_contain": ["Últimas Postagens do Chapada Notícias", "AVISO: O conteúdo de cada comentário",
                         "Deixe um comentário", "O seu endereço de e-mail não será publicado",
                         "Campos obrigatórios são marcados com *"],
}, url, "none (as stored; a regional news site): headline, three paragraphs, then 'Últimas Postagens do Chapada "
        "Notícias' (it names the site: source) and an indented comment-form notice. No date ('sexta-feira (16)' "
        "does not give month or year).")

# =============================================================== French
n = "loargenteuil-ma-ville-illisible-2024"
text, url = src(n)
add(n, text, {
    "title": "Argenteuil, Ma Ville, illisible ! Personne pour dire « ça ne va pas » au sein de la municipalité ?",
    "date": "2024-11-18",
    "provider": None,
    "body_first": ["Le mensuel municipal Ma Ville est lu par une toute petite minorité d’Argenteuil (on attend une "
                   "enquête sur la question).",
                   "Trop de manque de sérieux tue le magazine"],
    "body_last": ["Tout cela dans une ville de 110 000 habitants !", "Tout cela dans une ville de 110 000 habitants ! DM"],
    "must_not_contain": ["lundi 18 novembre 2024", "0 commentaires", "Enregistrer un commentaire", "N°60", "N°63"],
}, url, "none (as stored; a Blogger local-politics blog): the post's date line 'lundi 18 novembre 2024' (the "
        "date), the headline, a standfirst (accepted as body_first alternative), two image labels 'N°60' / "
        "'N°63', a caption-like line 'Il n’y a plus personne pour relire ?', three paragraphs (two indented with "
        "spaces), the initials 'DM' (accepted kept or dropped; not an author), then the Blogger comment count "
        "and form link. The page does not name the blog and the input has no address: source not checked. "
        "Paragraphs not checked (standfirst).")

n = "louveciennestribune-budget-rejete"
text, url = src(n)
add(n, url_first(text, url), {
    "source": ["louveciennestribune.fr", "Louveciennes Tribune"],
    "provider": None, "url": url,
    "body_first": "Le maire de Louveciennes, Pierre-François Viard, n’aura pas eu droit à une seconde chance.",
    "body_last": ["Dans ce cadre était annoncée la création à Louveciennes de deux prix littéraires. D’o",
                  "Dans ce cadre était annoncée la création à Louveciennes de deux prix littéraires."],
    "must_not_contain": ["https://louveciennestribune.fr", "louveciennestribune.fr/?p=88", "?p=88",
                         "louveciennestribune"],
}, url, "page URL added as the first line. As stored (a town news site): no headline, paragraphs one a line, a "
        "'***' divider and a dash list (part of the article); the stored text CUTS the last item after two "
        "letters ('D’o'): body_last accepts the fragment or the last complete sentence. No date ('30 mars', '15 "
        "avril' without year). The page does not name itself; source accepts the host. No chrome: "
        "must_not_contain uses the address. Paragraphs not checked (list, cut).")

# =============================================================== Polish
n = "chorzowianin-sesja-absolutorium-2018"
text, url = src(n)
add(n, text, {
    "title": "51. sesja Rady Miasta. Absolutorium dla prezydenta",
    "date": "2018-06-21",
    "source": ["Chorzowianin", "chorzowianin.pl", "archiwum.chorzowianin.pl"],
    "provider": None,
    "body_first": ["09:05 Rozpoczęła się 51. sesja Rady Miasta.",
                   "Rozpoczęła się 51. sesja Rady Miasta.",
                   "Sprawozdanie finansowe wraz ze sprawozdaniem z wykonania budżetu miasta za rok 2017 oraz "
                   "udzielenie absolutorium prezydentowi - to jedne z ważniejszych punktów obrad."],
    "body_last": ["przyznania dotacji celowej z budżetu miasta na dofinansowanie prac konse",
                  "Wprowadzono zmiany w porządku obrad."],
    "must_not_contain": ["Chorzowianin 2018-06-21", "Komentarzy: 0", "| Komentarzy",
                         "51. sesja Rady Miasta. Absolutorium dla prezydenta"],
}, url, "none (as stored; a city weekly's archived live report of a council session): the headline, a line "
        "'Chorzowianin 2018-06-21 | Komentarzy: 0' (it names the paper: source; the date), the standfirst "
        "(accepted as body_first), the headline again, then timed live entries ('09:05', '09:18', each time on "
        "its own line; body_first accepts the first entry with or without its time); the stored text CUTS the "
        "last entry mid-word ('konse'): body_last accepts the fragment or the last complete paragraph. "
        "Paragraphs not checked (live entries).")


# =============================================================== self-check + write
INSIDE = {("batmanrehber-kayyum-atandi", "Batman’da 45 Yıl Hapis Cezası Bulunan Firari Yakalandı"),
          ("batmanrehber-kayyum-atandi", "Firari Yakalandı Batman’da"),
          ("fokussatu-warnasari-bupati-2024", "Baca Juga: Kontestan Pilgub Jabar"),
          ("fokussatu-warnasari-bupati-2024", "Ada Drama Epix"),
          ("fokussatu-warnasari-bupati-2024", "Baca Juga: Kantor Dinsos Magetan"),
          ("fokussatu-warnasari-bupati-2024", "Sejumlah Stok Kursi Roda Lumat"),
          ("cod32-tyumen-reyting-merov-2018", "Тюменский градоначальник возглавил"),
          ("cod32-tyumen-reyting-merov-2018", "возглавил Национальный рейтинг мэров - часть 2"),
          ("cod32-tyumen-reyting-merov-2018", "Тюменский градоначальник"),
          ("cod32-tyumen-reyting-merov-2018", "градоначальник возглавил Национальный")}

S.finish(INSIDE)
