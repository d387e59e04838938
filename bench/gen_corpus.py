#!/usr/bin/env python3
"""Generate a deterministic corpus of synthetic scraped news articles.

    python3 bench/gen_corpus.py OUTDIR [--articles N] [--scale K] [--seed S] [--stats]
                                       [--html]

Writes N*K articles (default N=20000, K=1), one UTF-8 text file per article,
as OUTDIR/000/00000.txt ... (at most 1000 files a folder, zero-padded names so
that sorted order is numeric order).  Articles average about 3 KB, so scale 1
is about 60 MB and scale 16 about 1 GB.

The mix imitates real scrape batches (see shared/FORMATS.md and the seeds):
  ~40% The Moscow Times  (PDF-view scrapes like the seed, and web-page scrapes)
  ~40% MENAFN wire stories
  ~20% generic outlets
with their boilerplate and the usual debris: inline <u>/<a>/<em>, HTML
entities, paragraphs broken mid-sentence, URLs broken by a space or a line
break, related links, credits, captions, CRLF files, NBSP, zero-width
characters, BOMs, a few invalid UTF-8 bytes, mojibake, non-NFC lines, and
about 10% of articles heavy in non-ASCII text.

Determinism: everything comes from one random.Random(seed); the same
arguments always give byte-identical files, and the first N files of a
scale-K corpus are the scale-1 corpus.  Scales above 1 are made cheaply: the
N base articles are generated once, and each further copy re-renders a base
article with a new id and date, its paragraphs rotated and one paragraph
swapped in from another article of the same style, so every file is distinct.

With --html the same articles are written as whole saved web pages of
50-150 KB, OUTDIR/000/00000.html ... (see render_html below), instead of the
text files; the text corpus does not change.

Standard library only; no network.
"""

import argparse
import datetime
import os
import re
import sys
import time
import unicodedata
import zlib

import random

# --------------------------------------------------------------------------
# Vocabulary.  Pools are large enough that the text is not trivially
# compressible (gzip ratio close to real news prose), small enough to read.
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
# The Moscow Times' web dates: PHP 'M. j, Y' with March-July spelled out.
MT_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
             "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]

FIRST_EN = ["James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert",
            "Anna", "Thomas", "Rachel", "Daniel", "Claire", "Mark", "Helen",
            "Peter", "Julia", "Andrew", "Kate", "Tammy", "Marco", "Jonathan",
            "Olivia", "Samuel", "Grace", "Victoria", "Patrick", "Ruth", "Simon"]
LAST_EN = ["Miller", "Bruce", "Coulter", "Harrison", "Bennett", "Walsh",
           "Crawford", "Fletcher", "Hughes", "Lambert", "Morrison", "Palmer",
           "Reynolds", "Sutton", "Turner", "Whitaker", "Ellis", "Doyle",
           "Hayes", "Kerr", "Lowe", "Marsh", "Nolan", "Porter", "Quinn"]
FIRST_RU = ["Alexander", "Sergei", "Dmitry", "Maria", "Yelena", "Igor",
            "Vladimir", "Anastasia", "Mikhail", "Olga", "Nikolai", "Tatyana",
            "Andrei", "Yulia", "Pavel", "Irina", "Kirill", "Svetlana",
            "Alexei", "Natalya", "Yevgeny", "Darya", "Grigory", "Ksenia"]
LAST_RU = ["Darchiyev", "Peskov", "Ivanov", "Sokolov", "Volkov", "Morozov",
           "Kuznetsova", "Lebedev", "Novikova", "Orlov", "Pavlova", "Sorokin",
           "Belov", "Zakharova", "Medvedev", "Gusev", "Tikhonov", "Frolova",
           "Karpov", "Yegorov", "Shoigu", "Nabiullina", "Siluanov", "Gromov"]
# Cyrillic spellings used in the non-ASCII-heavy articles.
FIRST_CY = ["Александр", "Сергей", "Дмитрий", "Мария", "Елена", "Игорь",
            "Владимир", "Анастасия", "Михаил", "Ольга", "Николай", "Татьяна",
            "Андрей", "Юлия", "Павел", "Ирина", "Кирилл", "Светлана"]
LAST_CY = ["Дарчиев", "Песков", "Иванов", "Соколов", "Волков", "Морозов",
           "Кузнецова", "Лебедев", "Новикова", "Орлов", "Павлова", "Сорокин",
           "Белов", "Захарова", "Гусев", "Тихонов", "Фролова", "Карпов"]
FIRST_TR = ["Recep", "Hakan", "İlham", "Jeyhun", "Şahin", "Gökhan", "Çağlar",
            "Ömer", "Ayşe", "Müge", "Elçin", "Rəşad", "Gülnarə", "Fərid",
            "Zeynep", "Mevlüt", "Əli", "Nərmin", "Tuğba", "Ümit", "Səbinə"]
LAST_TR = ["Yılmaz", "Öztürk", "Aliyev", "Bayramov", "Məmmədov", "Hüseynov",
           "Çelik", "Şahin", "Güler", "Aydın", "Kılıç", "Əsgərov", "Quliyeva",
           "Doğan", "Erdoğan", "Fidan", "Hacıyev", "Nəsirova", "Özdemir"]

ROLES = ["Kremlin spokesman", "Foreign Ministry spokeswoman",
         "State Department spokesperson", "Deputy Foreign Minister",
         "the head of the Central Bank", "Economy Minister", "Finance Minister",
         "the governor of the region", "a senior lawmaker", "the mayor",
         "Deputy Prime Minister", "Energy Minister", "a senior analyst",
         "the chief economist", "Defense Minister", "the ambassador",
         "a presidential aide", "the company's chief executive",
         "Deputy Assistant Secretary of State", "a political scientist",
         "the head of the parliamentary committee", "Trade Minister"]

PLACES = ["Moscow", "Istanbul", "Washington", "Kyiv", "Ankara", "Cairo",
          "Riyadh", "Geneva", "Tbilisi", "Yerevan", "Astana", "Baku",
          "St. Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan",
          "Belgorod", "Kursk", "Doha", "Dubai", "Beijing", "Brussels",
          "Berlin", "Vienna", "Helsinki", "Warsaw", "Minsk", "Tashkent",
          "Bishkek", "Abu Dhabi", "New Delhi", "London", "Paris", "Rostov",
          "the Donetsk region", "Crimea", "Siberia", "the Arctic",
          "the Black Sea", "the Caspian region", "Central Asia", "the Urals"]
PLACES_NA = ["Türkiye", "Şanlıurfa", "İzmir", "Gəncə", "Göygöl",
             "Diyarbakır", "Zürich", "Kraków", "São Paulo", "Chișinău",
             "Şuşa", "Xankəndi", "Gaziantep", "Eskişehir", "Malmö", "Łódź",
             "Москва", "Санкт-Петербург", "Ağdam", "Lənkəran", "Düsseldorf"]
COUNTRIES = ["Russia", "Ukraine", "Türkiye", "Azerbaijan", "Egypt",
             "Saudi Arabia", "the United States", "China", "India", "Iran",
             "Kazakhstan", "Georgia", "Armenia", "Germany", "France",
             "Qatar", "the UAE", "Belarus", "Uzbekistan", "Japan"]
ORGS = ["the Foreign Ministry", "the Central Bank", "the State Department",
        "the Kremlin", "the European Commission", "the Finance Ministry",
        "Gazprom", "Rosneft", "the IMF", "the World Bank", "NATO",
        "the UN Security Council", "OPEC+", "the Defense Ministry",
        "the Economy Ministry", "the State Duma", "Roscosmos", "Aeroflot",
        "Sberbank", "the Federal Customs Service", "Rosstat", "Lukoil",
        "the Energy Ministry", "the Prosecutor General's Office",
        "the Investigative Committee", "the Federation Council",
        "the Eurasian Economic Union", "the African Union",
        "the Asian Development Bank", "the Organization of Turkic States"]
AGENCIES = ["TASS", "Interfax", "RIA Novosti", "Kommersant", "Reuters",
            "AFP", "Bloomberg", "Vedomosti", "RBC", "the Associated Press",
            "Meduza", "Novaya Gazeta Europe", "Anadolu Agency", "Trend",
            "APA", "Ahram Online", "Al Arabiya"]
TOPICS = ["sanctions", "oil exports", "grain shipments", "the budget deficit",
          "inflation", "interest rates", "gas transit", "the ruble",
          "embassy operations", "prisoner exchanges", "wheat prices",
          "military spending", "drone attacks", "energy infrastructure",
          "election results", "the ceasefire", "trade talks",
          "debt restructuring", "tourism revenue", "the housing market",
          "mobile internet outages", "labor shortages", "mortgage subsidies",
          "fuel prices", "import substitution", "the wheat harvest",
          "railway freight", "remittances", "defense procurement",
          "consumer lending", "bank deposits", "customs revenue",
          "shipping insurance", "fertilizer exports", "power outages",
          "the pension reform", "border crossings", "visa rules",
          "data localization", "the corporate tax", "gold reserves",
          "the shadow fleet", "capital flight", "logistics corridors",
          "wildfire damage", "flood relief", "the coal industry",
          "pipeline maintenance", "satellite launches", "nuclear fuel supplies"]
ADJS = ["new", "fresh", "sweeping", "long-delayed", "controversial",
        "limited", "record", "unprecedented", "gradual", "partial",
        "temporary", "broader", "bilateral", "regional", "emergency",
        "widespread", "sharp", "modest", "tighter", "looser", "costly",
        "stalled", "renewed", "disputed", "informal", "strategic", "annual",
        "quarterly", "preliminary", "unexpected", "steep", "mounting",
        "persistent", "fragile", "ambitious", "secret", "official"]
VERB_PHRASES = ["would expand", "plans to cut", "had agreed to restore",
                "was preparing to review", "is unlikely to change",
                "has moved to tighten", "could suspend", "will try to ease",
                "refused to discuss", "intends to raise", "has begun to audit",
                "is expected to approve", "had quietly shelved",
                "was considering new limits on", "pledged to defend",
                "failed to resolve", "wants to renegotiate",
                "has struggled to finance", "vowed to investigate",
                "is set to announce"]
SAID = ["said", "told reporters", "said in a statement", "wrote on Telegram",
        "told state television", "said at a briefing", "added", "noted",
        "told the newspaper", "said in an interview", "confirmed",
        "warned", "insisted", "acknowledged", "argued"]
MODIFIERS = ["by the end of {month}", "in the coming weeks",
             "despite {atopic}", "amid {atopic}",
             "for the first time since {year}", "as part of a {adj} plan",
             "ahead of talks in {place}", "after months of negotiations",
             "before the summer recess", "under pressure from {org}",
             "according to people familiar with the matter",
             "in response to {atopic}", "without giving details",
             "following a meeting in {place}", "as early as next {weekday}"]
ASIDES = ["the first such move since {year}", "a claim {org} has denied",
          "a figure that analysts called optimistic",
          "the largest in more than a decade", "an unusually blunt remark",
          "something officials had long ruled out",
          "a decision criticized by {org}", "roughly {pct} more than last year"]
EVENTS = ["talks", "meeting", "decision", "announcement", "visit",
          "agreement", "vote", "investigation", "summit", "ruling"]
PERIODS = ["the first quarter", "the second quarter", "the first half of the year",
           "the past twelve months", "January", "the year to date",
           "the third quarter", "the winter months", "the previous month"]
QUOTES = ["there are no political issues on the agenda",
          "we will not accept any preconditions",
          "the decision was made in the interests of our citizens",
          "these talks are solely focused on practical matters",
          "nobody is talking about a reset yet",
          "the figures speak for themselves",
          "we are ready to continue the dialogue",
          "this is a purely technical question",
          "the situation remains difficult but under control",
          "we expect concrete steps, not words",
          "our position has not changed",
          "the market has already priced this in",
          "it is too early to draw conclusions",
          "we have received no official request"]
# Original-language quotes for the non-ASCII-heavy articles.
FOREIGN_QUOTES = ["«Мы готовы продолжать диалог, но без предварительных условий»",
                  "«Ситуация остаётся сложной, но находится под контролем»",
                  "«Решение принято в интересах наших граждан»",
                  "«Это чисто технический вопрос, политики здесь нет»",
                  "«Рынок уже заложил это в цены, паники нет»",
                  "“Türkiye bu süreci yakından takip ediyor”",
                  "“Azərbaycan sülh gündəliyinə sadiqdir”",
                  "“Görüşmeler olumlu bir havada geçti”",
                  "“Bölgədə sabitlik hər şeydən önəmlidir”",
                  "«Переговоры прошли в конструктивной атмосфере»",
                  "«Мы не получали официального запроса»",
                  "«Цены на топливо будут расти до конца года»",
                  "«Санкции не изменят нашу позицию»",
                  "«Никто пока не говорит о перезагрузке отношений»",
                  "“Ekonomimiz zor bir dönemden geçiyor”",
                  "“İki ülke arasındaki ticaret hacmi artacak”",
                  "“Qərar vətəndaşlarımızın maraqlarına uyğundur”",
                  "“Bu konuda henüz bir karar verilmedi”"]
CYRILLIC_PHRASES = ["«Всё для фронта»", "«Мы вместе»", "«Россия — страна возможностей»",
                    "«Специальная военная операция»", "«Новые территории»",
                    "«Иностранный агент»", "«Нежелательная организация»"]

# General vocabulary for descriptive sentences, so that the prose is not a
# handful of repeated templates.
NOUNS = ["agreement", "analysts", "auction", "authorities", "bank", "border",
         "budget", "candidates", "ceasefire", "charges", "coalition",
         "committee", "companies", "consumers", "contract", "corridor",
         "court", "crisis", "currency", "customers", "deadline", "debt",
         "delegation", "demand", "deposits", "deputies", "diplomats",
         "drivers", "economists", "election", "embargo", "employers",
         "exporters", "factories", "farmers", "figures", "forecast",
         "governors", "harvest", "hospitals", "households", "importers",
         "incident", "index", "industry", "inquiry", "investors", "journalists",
         "lawmakers", "lenders", "licenses", "loans", "market", "measures",
         "mediators", "ministry", "negotiators", "observers", "officials",
         "operators", "output", "parliament", "partners", "payments",
         "pensioners", "pipeline", "police", "port", "producers", "program",
         "prosecutors", "protesters", "railway", "refinery", "reforms",
         "regulators", "reserves", "residents", "retailers", "revenue",
         "rules", "salaries", "schools", "shipments", "soldiers", "spending",
         "students", "subsidies", "suppliers", "survey", "tariffs", "taxes",
         "teachers", "tenders", "terminal", "traders", "treaty", "unions",
         "veterans", "villages", "volunteers", "wages", "warehouses", "witnesses"]
VERBS_PAST = ["accelerated", "blocked", "challenged", "collapsed", "complained",
              "delayed", "doubled", "eased", "expanded", "faltered", "halted",
              "hesitated", "improved", "increased", "intervened", "jumped",
              "lagged", "lobbied", "narrowed", "objected", "paused", "plunged",
              "protested", "rallied", "rebounded", "recovered", "resisted",
              "retreated", "shrank", "slowed", "softened", "stabilized",
              "stalled", "struggled", "surged", "tightened", "vanished",
              "wavered", "weakened", "widened", "withdrew", "worsened"]
ADVERBS = ["sharply", "quietly", "briefly", "steadily", "unexpectedly",
           "again", "further", "slightly", "abruptly", "gradually", "noticeably",
           "largely", "once more", "almost immediately", "only partly"]
PREPS = ["after", "before", "during", "despite", "amid", "following",
         "ahead of", "because of", "in the wake of", "in spite of"]
TIMES = ["last week", "on Monday", "earlier this month", "in late {month}",
         "over the weekend", "this year", "since {year}", "overnight",
         "two days later", "in early {month}", "at the end of {month}"]

# Caption material for the Moscow Times lead photo line.
CAPTION_SUBJECTS = ["A Russian serviceman in {place}", "Moscow's Red Square",
                    "The Kremlin", "A street in {place}",
                    "Residents of {place}", "The State Duma building",
                    "A market in {place}", "Workers at a plant in {place}",
                    "An oil refinery near {place}", "A polling station in {place}",
                    "A railway station in {place}", "Protesters in {place}"]
PHOTO_AGENCIES = ["Kommersant", "TASS", "flickr", "AFP", "Reuters",
                  "Moskva News Agency", "EPA", "Sputnik", "Social media",
                  "Pexels", "Unsplash"]
INSTITUTIONS = ["Russian Foreign Ministry", "Kremlin.ru", "mos.ru",
                "Defense Ministry Press Service", "Russian Government",
                "State Duma Press Service", "President Of Ukraine / flickr"]

TITLE_TEMPLATES = [
    "{Country} {TVerb} {Topic} as {Event} Looms",
    "{Org} {TVerb} {Topic} After {Event} in {Place}",
    "{A}-{B} {Event} Set for {Weekday} in {Place}, {Place2} Says",
    "{Place} Reveals Date, Agenda of Upcoming {A}-{B} Discussions",
    "{Person} Says {Topic} Will Not Change Before {Month}",
    "{Topic} Hits Record as {Country} {TVerb} {Topic2}",
    "Why {Topic} Matters for {Country}'s Economy",
    "{Country} and {Country2} Agree on {Adj} {Topic}",
    "{Org} Warns of {Adj} {Topic} in {Place}",
    "How {Country}'s {Adj} {Topic} Could Reshape {Topic2}",
    "{Place} Court Jails {Person} Over {Topic}",
    "{Number} Detained in {Place} Amid {Topic} Protests",
]
TITLE_VERBS = ["Raises", "Cuts", "Extends", "Suspends", "Restores",
               "Tightens", "Eases", "Expands", "Freezes", "Doubles",
               "Revives", "Delays", "Backs", "Rejects", "Weighs"]

# Generic outlets: (display name, host, paragraphs separated by a blank line?)
OUTLETS = [("The Northbridge Herald", "www.northbridgeherald.com", True),
           ("Caspian Post Online", "caspianpostonline.net", False),
           ("Eurasia Ledger", "www.eurasialedger.org", True),
           ("Global Markets Wire", "www.globalmarketswire.com", False),
           ("The Baltic Courier", "www.balticcourier.eu", True),
           ("Anatolia Today", "www.anatoliatoday.com.tr", True),
           ("Steppe Observer", "steppeobserver.kz", False),
           ("Nile Business Review", "www.nilebusinessreview.com", True),
           ("Danube Daily", "www.danubedaily.info", False),
           ("The Meridian Times", "news.meridiantimes.co.uk", True)]
SECTIONS = ["world", "business", "politics", "europe", "asia", "economy",
            "news", "markets", "energy"]

# MENAFN datelines: (provider or None, own-dateline kind)
MENAFN_PROVIDERS = [(None, None)] * 10 + [
    ("Daily News Egypt", None), ("The Conversation", None),
    ("PR Newswire", "none"), ("GlobeNewsWire - Nasdaq", "globe"),
    ("Trend News Agency", "trend"), ("AzerNews", "trend"),
    ("Jordan Times", None), ("Gulf Times", None), ("EIN Presswire", "none"),
    ("IANS", None), ("Khaleej Times", None), ("Kuwait News Agency (KUNA)", None)]
MENAFN_CHROME = ["Share on Facebook", "Tweet on Twitter", "Tags", "Comments",
                 "No comment", "Category", "Date", "More Stories",
                 "Market Research", "Newsletter", "Daily(English)",
                 "Daily(Arabic)"]
DISCLAIMER = ("{who} provides the information “as is” without warranty of any "
              "kind. We do not accept any responsibility or liability for the "
              "accuracy, content, images, videos, licenses, completeness, "
              "legality, or reliability of the information contained in this "
              "article. If you have any complaints or copyright issues related "
              "to this article, kindly contact the provider above.")

MT_APPEAL_NEW = [
    "A Message from The Moscow Times:",
    "Dear readers,",
    "We are facing unprecedented challenges. Russia's Prosecutor General's "
    "Office has designated The Moscow Times as an \"undesirable\" organization, "
    "criminalizing our work and putting our staff at risk of prosecution. This "
    "follows our earlier unjust labeling as a \"foreign agent.\"",
    "These actions are direct attempts to silence independent journalism in "
    "Russia. The authorities claim our work \"discredits the decisions of the "
    "Russian leadership.\" We see things differently: we strive to provide "
    "accurate, unbiased reporting on Russia.",
    "We, the journalists of The Moscow Times, refuse to be silenced. But to "
    "continue our work, we need your help.",
    "Your support, no matter how small, makes a world of difference. If you "
    "can, please support us monthly starting from just $2. It's quick to set "
    "up, and every contribution makes a significant impact.",
    "By supporting The Moscow Times, you're defending open, independent "
    "journalism in the face of repression. Thank you for standing with us.",
    "Once", "Monthly", "Annual", "Continue",
    "Not ready to support today? Remind me later."]
MT_APPEAL_OLD = [
    "A Message from The Moscow Times:",
    "Dear readers,",
    "Russia media is under attack.",
    "The Moscow Times has been unjustly branded as a \"foreign agent\" by the "
    "Russian government. Please support our independent journalism.",
    "Once", "Monthly", "Annual", "Continue", "Maybe later"]
MT_NEWSLETTER = [
    "Sign up for our free weekly newsletter",
    "Our weekly newsletter contains a hand-picked selection of news, features, "
    "analysis and more from The Moscow Times. You will receive it in your "
    "mailbox every Friday. Never miss the latest news from Russia. Preview",
    "Subscribers agree to the Privacy Policy"]
MT_SECTIONS = ["News Analysis", "Opinion", "Feature", "Ukraine War",
               "Liveblog", "Partner Content", "News", "Business"]
MT_TAGS = ["Ukraine war", "Kremlin", "Economy", "Sanctions", "Oil",
           "Diplomacy", "Central Bank", "Elections", "Courts", "Istanbul",
           "United States", "Regions", "Army", "Migration", "Energy"]
GENERIC_CHROME_TOP = ["Skip to main content", "Skip to content", "Menu",
                      "This website uses cookies to improve your experience.",
                      "Please enable JavaScript to view this page."]
GENERIC_CHROME_MID = ["Advertisement", "Advertisement", "Sponsored content",
                      "Video Player is loading.", "Loading...", "Read more »",
                      "Click here to subscribe"]
GENERIC_CHROME_END = ["Share this", "Share on Facebook", "Follow us on Twitter",
                      "Find us on Telegram", "Subscribe to our newsletter",
                      "Back to top", "Privacy Policy", "Terms of Use",
                      "We use cookies", "Accept all", "Filed under: {topic}",
                      "Powered by WordPress"]

# Characters the artifact passes use.
NBSP = "\u00a0"
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
THIN_SPACES = ["\u2009", "\u202f", "\u2002"]
# Mojibake: UTF-8 text decoded once more as Windows-1252.
MOJIBAKE = str.maketrans({"’": "â€™", "“": "â€œ", "”": "â€", "—": "â€”",
                          "–": "â€“", "é": "Ã©", "ü": "Ã¼", "ö": "Ã¶"})
# Sentences with decomposable letters, for lines that must not be NFC.
NON_NFC_EXTRAS = ["Officials in İzmir declined to comment.",
                  "The delegation later travelled to Türkiye.",
                  "Şahin Öztürk, a local trader, said prices had doubled.",
                  "The meeting was chaired by Rəşad Məmmədov.",
                  "Residents of Göygöl were evacuated overnight.",
                  "The contract was signed in Zürich on Friday.",
                  "A spokesman for Андрей Белов said he was abroad."]

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


class FastRandom(random.Random):
    """random.Random with cheaper choice/randrange/randint.

    The stock versions draw rejection-sampled bits through several Python
    calls; scaling one float is 5x faster, and the tiny bias is irrelevant
    here.  Still fully determined by the seed.
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None):
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


class Gen:
    """Per-article text generator: the cast, the typography, the rng."""

    def __init__(self, rng, heavy, curly):
        self.rng = rng
        self.heavy = heavy              # non-ASCII-heavy article
        c = rng.choice
        if heavy:
            kind = rng.random()
            if kind < 0.5:
                firsts, lasts = FIRST_TR, LAST_TR
            else:
                firsts, lasts = FIRST_RU, LAST_RU
            self.places = [c(PLACES_NA) for _ in range(3)] + [c(PLACES)]
        else:
            firsts, lasts = (FIRST_RU, LAST_RU) if rng.random() < 0.6 else (FIRST_EN, LAST_EN)
            self.places = [c(PLACES) for _ in range(4)]
        self.people = []
        for _ in range(rng.randint(2, 4)):
            first, last = c(firsts), c(lasts)
            if heavy and firsts is FIRST_RU and rng.random() < 0.7:
                # Give the Cyrillic spelling at first mention.
                full = "%s %s (%s %s)" % (first, last, c(FIRST_CY), c(LAST_CY))
            elif rng.random() < 0.5:
                full = "%s %s" % (first, last)
            else:
                full = "%s %s %s" % (c(ROLES), first, last)
            self.people.append((full, first + " " + last, last))
        self.mentioned = set()
        self.orgs = [c(ORGS) for _ in range(3)]
        self.topics = [c(TOPICS) for _ in range(3)]
        self.curly = curly or heavy
        self.q1, self.q2 = ("“", "”") if self.curly else ('"', '"')
        self.dash = "—" if (heavy or rng.random() < 0.85) else "--"

    # -- slots ----------------------------------------------------------
    def person(self):
        """A cast member: full form at first mention, surname afterwards."""
        i = self.rng.randrange(len(self.people))
        full, plain, last = self.people[i]
        if i in self.mentioned:
            return last
        self.mentioned.add(i)
        return full

    def topic(self):
        r = self.rng
        return r.choice(self.topics) if r.random() < 0.5 else r.choice(TOPICS)

    def atopic(self):
        """Adjective + topic, without the topic's article."""
        t = self.topic()
        return self.rng.choice(ADJS) + " " + (t[4:] if t.startswith("the ") else t)

    def place(self):
        r = self.rng
        return r.choice(self.places) if r.random() < 0.6 else r.choice(PLACES)

    def org(self):
        r = self.rng
        return r.choice(self.orgs) if r.random() < 0.5 else r.choice(ORGS)

    def number(self):
        r = self.rng
        k = r.random()
        if k < 0.3:
            return "%.1f%%" % (r.random() * 30)
        if k < 0.55:
            return "{:,}".format(r.randint(12, 980000))
        if k < 0.8:
            return "$%.1f billion" % (r.random() * 90 + 0.5)
        return "%d trillion rubles" % r.randint(1, 40)

    def fill(self, template):
        """Expand {slot}s in a small template (only the slots it uses)."""
        if "{" not in template:
            return template
        return template.format_map(Slots(self))

    def clause(self):
        r = self.rng
        k = r.random()
        if k < 0.35:
            subj = self.org()
        elif k < 0.55:
            subj = r.choice(["officials", "analysts", "lawmakers",
                             "the authorities", "investors", "diplomats",
                             "regional governors", "exporters"])
            subj += " in " + self.place()
            return "%s %s %s %s" % (subj, plural_verb(r.choice(VERB_PHRASES)),
                                    self.atopic(), self.fill(r.choice(MODIFIERS)))
        elif k < 0.75:
            subj = self.person()
        else:
            subj = self.place()
        return "%s %s %s %s" % (subj, r.choice(VERB_PHRASES), self.atopic(),
                                self.fill(r.choice(MODIFIERS)))

    # -- sentences ------------------------------------------------------
    def descriptive(self):
        """A free-form sentence from the general vocabulary."""
        r = self.rng
        c = r.choice
        s = "%s %s %s %s %s %s %s" % (
            cap(c(["the", "local", "some", "many", "foreign", "state", "private"])),
            c(NOUNS), c(VERBS_PAST), c(ADVERBS), c(PREPS), c(ADJS), c(NOUNS))
        if r.random() < 0.6:
            s += " %s %s" % (c(["in", "near", "across", "outside"]), self.place())
        if r.random() < 0.5:
            s += " " + self.fill(c(TIMES))
        if r.random() < 0.4:
            s += ", while %s %s %s" % (c(NOUNS), c(VERBS_PAST), c(ADVERBS))
        return s + "."

    def foreign_quote(self):
        """Heavy articles quote the original language."""
        r = self.rng
        return "%s %s %s: %s." % (cap(self.person()),
                                  r.choice(["said", "wrote", "added", "insisted"]),
                                  r.choice(["in the original", "on social media",
                                            "in a televised address", "later"]),
                                  r.choice(FOREIGN_QUOTES))

    def sentence(self):
        r = self.rng
        if self.heavy and r.random() < 0.35:
            return self.foreign_quote()
        k = r.random()
        if k < 0.25:
            return self.descriptive()
        k = r.random()
        if k < 0.2:
            return "%s %s on %s that %s." % (
                cap(self.person()), r.choice(SAID), r.choice(WEEKDAYS), self.clause())
        if k < 0.36:
            return "%s%s,%s %s %s." % (self.q1, cap(r.choice(QUOTES)), self.q2,
                                        self.person(), r.choice(SAID))
        if k < 0.5:
            return "%s, according to %s." % (cap(self.clause()), r.choice(AGENCIES))
        if k < 0.62:
            return "The %s came after %s %s %s in %s on %s %d." % (
                r.choice(EVENTS), self.org(), r.choice(VERB_PHRASES),
                self.atopic(), self.place(),
                r.choice(MT_MONTHS), r.randint(1, 28))
        if k < 0.74:
            return "%s reported that %s %s %s in %s, %s." % (
                cap(self.org()), self.topic(), r.choice(["rose", "fell", "grew",
                                                         "dropped", "jumped", "slid"]),
                self.number(), r.choice(PERIODS), self.fill(r.choice(MODIFIERS)))
        if k < 0.84:
            return "%s %s %s %s %s." % (cap(self.clause()), self.dash,
                                       self.fill(r.choice(ASIDES)), self.dash,
                                       "officials said" if r.random() < 0.5 else
                                       "%s %s" % (self.person(), r.choice(SAID)))
        if k < 0.92:
            return "Since the %s in %s, %s." % (r.choice(EVENTS), self.place(),
                                                self.clause())
        if self.heavy and r.random() < 0.5:
            return "Demonstrators carried banners reading %s in %s, %s." % (
                r.choice(CYRILLIC_PHRASES), self.place(), r.choice(AGENCIES) + " reported")
        if r.random() < 0.6:
            return self.descriptive()
        return "%s has %s %s %s, %s." % (
            cap(self.place()), r.choice(["recorded", "seen", "announced", "reported"]),
            self.atopic(), self.fill(r.choice(MODIFIERS)),
            "%s %s" % (self.person(), r.choice(SAID)))

    def paragraph(self, nmin, nmax):
        s = " ".join(self.sentence() for _ in range(self.rng.randint(nmin, nmax)))
        return s.replace("'", "’") if self.curly else s

    def body(self, target, nmin, nmax):
        """Paragraphs until about `target` bytes of text."""
        paras, size = [], 0
        while size < target:
            p = self.paragraph(nmin, nmax)
            paras.append(p)
            size += len(p) + 2
        return paras


def plural_verb(vp):
    """'is set to' -> 'are set to', 'plans to' -> 'plan to' (plural subjects)."""
    head, _, rest = vp.partition(" ")
    head = PLURAL_HEADS.get(head, head)
    return head + " " + rest


PLURAL_HEADS = {"is": "are", "has": "have", "was": "were", "plans": "plan",
                "intends": "intend", "wants": "want"}


class Slots(dict):
    """Template slots drawn on demand, for str.format_map."""

    def __init__(self, g):
        super().__init__()
        self.g = g

    def __missing__(self, key):
        g, r = self.g, self.g.rng
        if key == "month":
            return r.choice(MONTHS)
        if key == "adj":
            return r.choice(ADJS)
        if key == "topic":
            return g.topic()
        if key == "year":
            return r.randint(1991, 2022)
        if key == "place":
            return g.place()
        if key == "org":
            return g.org()
        if key == "weekday":
            return r.choice(WEEKDAYS)
        if key == "atopic":
            return g.atopic()
        if key == "pct":
            return g.number()
        raise KeyError(key)


def cap(s):
    return s[:1].upper() + s[1:]


def title_case_slug(title):
    """MENAFN-style slug: Title-Case-Words, sometimes two words glued."""
    words = re.findall(r"[A-Za-z0-9]+", ascii_fold(title))
    return "-".join(w[:1].upper() + w[1:] for w in words)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(title).lower()).strip("-")


def make_title(g):
    """A headline from the templates, using the article's cast."""
    r = g.rng
    t = r.choice(TITLE_TEMPLATES)
    a, b = r.sample(["U.S.", "Russia", "China", "EU", "Türkiye", "Iran",
                     "India", "Ukraine", "Azerbaijan", "Egypt"], 2)
    title = t.format(
        Country=r.choice(COUNTRIES).replace("the ", ""),
        Country2=r.choice(COUNTRIES).replace("the ", ""),
        TVerb=r.choice(TITLE_VERBS), Topic=tc(g.topic()), Topic2=tc(g.topic()),
        Event=tc(r.choice(EVENTS)), Place=g.place(), Place2=r.choice(PLACES),
        Org=tc(g.org()), A=a, B=b, Weekday=r.choice(WEEKDAYS),
        Person=g.people[0][1], Month=r.choice(MONTHS), Adj=tc(r.choice(ADJS)),
        Number=r.randint(3, 400))
    return title


def tc(s):
    """Headline case, leaving short function words alone."""
    if s.startswith("the "):
        s = s[4:]
    small = {"the", "of", "and", "in", "on", "for", "to", "a"}
    out = [w if w in small else w[:1].upper() + w[1:] for w in s.split(" ")]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


# --------------------------------------------------------------------------
# Line-level artifacts, applied to body paragraphs at generation time.
# --------------------------------------------------------------------------

def inline_markup(r, p, host):
    """One inline tag or entity, as CMS exports and copy-paste leave them."""
    k = r.random()
    words = p.split(" ")
    if k < 0.35 and len(words) > 4:                       # link underline (seed)
        i = r.randrange(1, len(words) - 2)
        n = r.randint(1, 2)
        words[i] = "<u>" + words[i]
        words[i + n - 1] += "</u>"
        return " ".join(words)
    if k < 0.5 and len(words) > 4:
        i = r.randrange(1, len(words) - 2)
        words[i] = '<a href="https://%s/%d/%s">%s' % (
            host, r.randint(2019, 2025), slugify(" ".join(words[i:i + 3])) or "x", words[i])
        words[i + 1] += "</a>"
        return " ".join(words)
    if k < 0.62:
        return p.replace(" and ", " &amp; ", 1) if " and " in p else p + " R&amp;D spending was not affected."
    if k < 0.75:
        i = p.find(" ", len(p) // 3)
        return p[:i] + "&nbsp;" + p[i + 1:] if i > 0 else p
    if k < 0.88:
        for apo in ("’", "'"):
            if apo in p:
                return p.replace(apo, "&#8217;", 1)
        return p.replace(" ", " &quot;", 1).replace(",", "&quot;,", 1)
    if k < 0.95 and len(words) > 4:
        i = r.randrange(1, len(words) - 1)
        words[i] = "<em>" + words[i] + "</em>"
        return " ".join(words)
    i = p.find(". ")
    return p[:i + 1] + "<br>" + p[i + 1:] if i > 0 else p + "<br/>"


def make_non_nfc(r, p):
    """Return the paragraph with decomposed letters (combining diacritics)."""
    d = unicodedata.normalize("NFD", p)
    if d != p:
        return d
    return p + " " + unicodedata.normalize("NFD", r.choice(NON_NFC_EXTRAS))


def space_artifact(r, p):
    """NBSP, thin spaces and zero-width characters, as pasted text has them."""
    k = r.random()
    i = p.find(" ", r.randrange(len(p)))
    if i < 0:
        i = p.find(" ")
    if i < 0:
        return p
    if k < 0.55:
        return p[:i] + NBSP + p[i + 1:]
    if k < 0.7:
        return p[:i] + r.choice(THIN_SPACES) + p[i + 1:]
    return p[:i] + r.choice(ZERO_WIDTH) + p[i:]


def decorate(r, paras, host, rates):
    """Apply the per-line artifacts to body paragraphs in place."""
    markup, spaces, nonnfc = rates
    for i, p in enumerate(paras):
        x = r.random()
        if x < markup:
            p = inline_markup(r, p, host)
        elif x < markup + spaces:
            p = space_artifact(r, p)
        elif x < markup + spaces + nonnfc:
            p = make_non_nfc(r, p)
        paras[i] = p


def break_paragraph(r, paras, sep, hyphen_rate=0.0):
    """Split one paragraph mid-sentence, as a PDF page break does."""
    cands = [i for i, p in enumerate(paras) if len(p) > 120]
    if not cands:
        return
    i = r.choice(cands)
    p = paras[i]
    cut = p.find(" ", len(p) // 3 + r.randrange(len(p) // 3))
    if cut < 0:
        return
    if r.random() < hyphen_rate:
        m = WORD_RE.search(p, cut + 1)
        if m and len(m.group()) >= 8:
            w = m.group()
            h = len(w) // 2
            paras[i] = p[:m.start() + h] + "-" + sep + p[m.start() + h:]
            return
    paras[i] = p[:cut] + sep + p[cut + 1:]


# --------------------------------------------------------------------------
# Articles.  make_* draws every random decision into a dict (the "spec");
# render_* turns a spec into text without touching the rng, so copies for
# higher scales only need a new id, a new date and reordered paragraphs.
# --------------------------------------------------------------------------

DATE0 = datetime.date(2023, 1, 2).toordinal()
DATE_SPAN = 1050                         # up to late 2025


def common(r, style):
    """Decisions shared by all styles: date, encoding and newline debris."""
    heavy = r.random() < 0.10
    spec = {
        "style": style,
        "heavy": heavy,
        "date": datetime.date.fromordinal(DATE0 + r.randrange(DATE_SPAN)),
        "crlf": r.random() < 0.10,
        "bom": r.random() < 0.01,
        "bad_utf8": r.random() < 0.003,
        "bad_pos": r.random(),
        "final_newline": r.random() < 0.9,
    }
    return spec, heavy


def make_moscowtimes(r):
    spec, heavy = common(r, "moscowtimes")
    g = Gen(r, heavy, curly=False)
    pdf = r.random() < 0.6
    spec["pdf"] = pdf
    spec["title"] = make_title(g)
    paras = g.body(r.gauss(2450, 450) if pdf else r.gauss(2000, 400), 1, 3)
    decorate(r, paras, "www.themoscowtimes.com", (0.09, 0.02, 0.009))
    if r.random() < 0.35:
        break_paragraph(r, paras, "\n\n", hyphen_rate=0.15 if pdf else 0.0)
    # Lead photo caption: "<caption>. <Name> / <Agency>" or an institution.
    if r.random() < 0.8:
        if r.random() < 0.4:
            subj = g.people[0][0]
            if not subj.split(" ")[0][:1].isupper():
                subj = cap(subj)
        else:
            subj = g.fill(r.choice(CAPTION_SUBJECTS))
        credit = (r.choice(INSTITUTIONS) if r.random() < 0.2 else
                  "%s %s / %s" % (r.choice(FIRST_RU + FIRST_EN), r.choice(LAST_RU + LAST_EN),
                                  r.choice(PHOTO_AGENCIES)))
        spec["caption"] = "%s. %s" % (subj, credit)
    else:
        spec["caption"] = None
    related = [make_title(g) for _ in range(r.choice([0, 1, 1, 2, 2, 3]))]
    if pdf:
        # Related links and PDF debris (page numbers) sit between paragraphs.
        for t in related:
            paras.insert(r.randrange(1, len(paras) + 1), "## Related article: " + t)
        if r.random() < 0.03:
            paras.insert(r.randrange(1, len(paras) + 1), str(r.randint(2, 4)))
    spec["related"] = related
    spec["credit"] = (r.choice(["AFP", "AFP", "Reuters", "Interfax", "AFP and Reuters",
                                "Reuters and AFP", "The Associated Press"])
                      if r.random() < 0.5 else None)
    spec["url_next_day"] = r.random() < 0.1
    spec["url_newline"] = r.random() < 0.25
    spec["url_width"] = r.randint(86, 96)
    spec["url_pos"] = r.random()
    if not pdf:
        spec["section"] = r.choice(MT_SECTIONS) if r.random() < 0.4 else None
        spec["title_mark"] = r.choice(["", "", "", "# ", "## "])
        spec["updated"] = r.random() < 0.3
        spec["date_style"] = r.choice(["web", "web", "web", "long"])
        people = [p[1] for p in g.people][:r.choice([0, 1, 1, 1, 2, 2, 3])]
        spec["byline"] = people
        tags = r.sample(MT_TAGS, r.randint(1, 4))
        spec["tags"] = (" , " if r.random() < 0.5 else ", ").join(tags)
        spec["newsletter"] = r.random() < 0.6
        spec["appeal"] = r.choice([MT_APPEAL_NEW, MT_APPEAL_NEW, MT_APPEAL_NEW,
                                   MT_APPEAL_OLD, None])
        spec["read_more"] = [(make_title(g), r.randint(2, 9)) for _ in range(r.choice([0, 2, 3]))]
        spec["support"] = r.random() < 0.8
        spec["url_broken"] = r.random() < 0.2
        # Opinion pieces carry the disclaimer.
        spec["opinion"] = spec["section"] == "Opinion"
    spec["paras"] = paras
    spec["final_newline"] = spec["final_newline"] and not pdf
    return spec


def mt_url(spec):
    d = spec["date"] + datetime.timedelta(days=1 if spec["url_next_day"] else 0)
    return "https://www.themoscowtimes.com/%04d/%02d/%02d/%s-a%d" % (
        d.year, d.month, d.day, slugify(spec["title"]), spec["id"])


def render_moscowtimes(spec):
    d = spec["date"]
    url = mt_url(spec)
    out = []
    if spec["pdf"]:
        # Layout of the PDF view, as in the seed.
        out.append("\n\n## %s\n\n%s %02d, %d\n\n\n\n" % (spec["title"], MONTHS[d.month - 1],
                                                       d.day, d.year))
        if spec["caption"]:
            out.append(spec["caption"] + "\n\n")
        out.append("\n\n".join(spec["paras"]))
        if spec["credit"]:
            out.append("\n\n## %s contributed reporting." % spec["credit"])
        if len(url) > spec["url_width"]:
            url = url[:spec["url_width"]] + ("\n" if spec["url_newline"] else " ") + url[spec["url_width"]:]
        else:
            url = broken_at(url, spec["url_pos"], spec["url_newline"])
        out.append("\n\nOriginal url:\n\n" + url)
        return "".join(out)
    # Web-page scrape.
    if spec["support"]:
        out.append("Support The Moscow Times!\nContribute today\n\n")
    if spec["section"]:
        out.append(spec["section"] + "\n")
    out.append(spec["title_mark"] + spec["title"] + "\n")
    if spec["date_style"] == "web":
        ds = "%s %d, %d" % (MT_MONTHS[d.month - 1], d.day, d.year)
    else:
        ds = "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    out.append(("Updated: " if spec["updated"] else "") + ds + "\n")
    names = spec["byline"]
    if names:
        if len(names) == 1:
            out.append("By %s\n" % names[0])
        else:
            out.append("By %s and %s\n" % (", ".join(names[:-1]), names[-1]))
    out.append("\n")
    if spec["caption"]:
        out.append(spec["caption"] + "\n\n")
    out.append("\n\n".join(spec["paras"]))
    if spec["credit"]:
        out.append("\n\n%s contributed reporting." % spec["credit"])
    if spec["opinion"]:
        out.append("\n\nThe views expressed in opinion pieces do not necessarily "
                   "reflect the position of The Moscow Times.")
    out.append("\n\nRead more about: " + spec["tags"])
    if spec["newsletter"]:
        out.append("\n\n" + "\n".join(MT_NEWSLETTER))
    if spec["appeal"]:
        out.append("\n\n" + "\n".join(spec["appeal"]))
    if spec["read_more"]:
        out.append("\n\nRead more")
        for t, n in spec["read_more"]:
            out.append("\n### %s\n%d Min read" % (t, n))
    if spec["url_broken"]:
        url = broken_at(url, spec["url_pos"], spec["url_newline"])
    out.append("\n\nOriginal url: " + url)
    return "".join(out)


def broken_at(url, frac, newline):
    """Break a URL inside its last path segment (a space or a line break)."""
    slash = url.rfind("/")
    n = len(url) - slash - 3
    if n < 2:
        return url
    pos = slash + 2 + int(frac * n)
    return url[:pos] + ("\n" if newline else " ") + url[pos:]


def make_menafn(r):
    spec, heavy = common(r, "menafn")
    g = Gen(r, heavy, curly=True)
    spec["title"] = make_title(g)
    spec["header"] = r.random() < 0.9
    spec["status"] = r.choice([403, 403, 403, 403, 403, 200, 404, 429])
    provider, own = r.choice(MENAFN_PROVIDERS)
    spec["provider"] = provider
    spec["own_dateline"] = own
    spec["dateline_space"] = "" if (provider and r.random() < 0.25) else " "
    spec["dateline_city"] = r.choice(["KHANKENDI", "BAKU", "ANKARA", "CAIRO",
                                      "RADNOR", "NEW YORK", "AMMAN", "DOHA"])
    paras = g.body(r.gauss(2500, 500), 2, 4)
    decorate(r, paras, "menafn.com", (0.04, 0.015, 0.008))
    if r.random() < 0.05:
        break_paragraph(r, paras, "\n")
    if r.random() < 0.15:
        paras.insert(r.randrange(1, len(paras) + 1),
                     "Read more: %s" % make_title(g))
    spec["paras"] = paras
    spec["chrome"] = (r.sample(MENAFN_CHROME, r.randint(2, 6)) if r.random() < 0.2 else [])
    spec["footer"] = r.random() < 0.75
    spec["footer_twice"] = r.random() < 0.1
    spec["footer_mid"] = "%012d" % r.randrange(10 ** 10)
    spec["disclaimer"] = r.random() < 0.7
    spec["disclaimer_variant"] = r.choice(["plain", "plain", "plain", "spaces",
                                           "linebreak", "mojibake"])
    spec["disclaimer_who"] = ("EIN Presswire" if provider == "EIN Presswire"
                              else "MENAFN")
    spec["url"] = r.random() < 0.3
    spec["url_social"] = r.random() < 0.2
    spec["url_legacy"] = r.random() < 0.1
    spec["mojibake"] = r.random() < 0.03
    return spec


def render_menafn(spec):
    d = spec["date"]
    out = []
    if spec["header"]:
        out.append(" date %04d-%02d-%02d %d\n" % (d.year, d.month, d.day, spec["status"]))
    out.append(spec["title"] + "\n")
    prov = spec["provider"]
    dateline = "(MENAFN)" if not prov else (
        "(MENAFN- %s)" % prov if prov in ("Daily News Egypt", "Jordan Times", "IANS")
        else "(MENAFN - %s)" % prov)
    own = spec["own_dateline"]
    lead = dateline + spec["dateline_space"]
    if own == "trend":
        lead += "%s, Azerbaijan, %s %d. " % (spec["dateline_city"], MONTHS[d.month - 1], d.day)
    elif own == "globe":
        lead += "%s, Pa., %s %d, %d (GLOBE NEWSWIRE) -- " % (
            spec["dateline_city"], MONTHS[d.month - 1], d.day, d.year)
    paras = spec["paras"]
    out.append(lead + paras[0] + "\n")
    if len(paras) > 1:
        out.append("\n".join(paras[1:]) + "\n")
    if spec["chrome"]:
        out.append("\n".join(spec["chrome"]) + "\n")
    if spec["footer"]:
        tok = "MENAFN%02d%02d%04d%sID%d" % (d.day, d.month, d.year, spec["footer_mid"], spec["id"])
        out.append(tok + "\n" + (tok + "\n" if spec["footer_twice"] else ""))
    if spec["disclaimer"]:
        text = DISCLAIMER.format(who=spec["disclaimer_who"])
        v = spec["disclaimer_variant"]
        if v == "spaces":
            text = text.replace(". ", ".  ").replace("as is", "as  is")
        elif v == "linebreak":
            text = text.replace("of the information ", "of the information\n", 1)
        elif v == "mojibake":
            text = text.translate(MOJIBAKE)
        out.append("Legal Disclaimer:\n" + text + "\n")
    if spec["url"]:
        if spec["url_legacy"]:
            url = "https://menafn.com/qn_news_story_s.aspx?storyid=%d&title=%s" % (
                spec["id"], title_case_slug(spec["title"]).replace("-", "+"))
        else:
            url = "https://menafn.com/%d/%s" % (spec["id"], title_case_slug(spec["title"]))
            if spec["url_social"]:
                url += "?Social=on"
        out.append("Original url: " + url + "\n")
    text = "".join(out)
    return text.translate(MOJIBAKE) if spec["mojibake"] else text


def make_generic(r):
    spec, heavy = common(r, "generic")
    outlet = r.choice(OUTLETS)
    spec["outlet"] = outlet
    g = Gen(r, heavy, curly=r.random() < 0.5)
    spec["title"] = make_title(g)
    spec["title_suffix"] = r.random() < 0.25
    spec["byline"] = [p[1] for p in g.people][:r.choice([0, 1, 1, 2])]
    spec["byline_role"] = r.choice(["", "", ", Staff Writer", ", Reuters", " | Correspondent"])
    spec["date_style"] = r.choice(["j F Y", "j F Y", "F j, Y", "iso", "published"])
    spec["time"] = (r.randint(0, 23), r.randint(0, 59))
    paras = g.body(r.gauss(2300, 450), 1, 4)
    decorate(r, paras, outlet[1], (0.06, 0.02, 0.008))
    if r.random() < 0.25:
        break_paragraph(r, paras, "\n\n")
    for _ in range(r.choice([0, 1, 1, 2, 3])):
        paras.insert(r.randrange(1, len(paras) + 1), r.choice(GENERIC_CHROME_MID))
    if r.random() < 0.05:
        # A bare URL on a line of its own (debris).
        paras.insert(r.randrange(1, len(paras) + 1),
                     "https://%s/%s/%s" % (outlet[1], r.choice(SECTIONS), slugify(make_title(g))))
    spec["paras"] = paras
    spec["credit"] = (r.choice(["Reuters contributed reporting.",
                                "AFP contributed reporting.",
                                "CNN's %s contributed reporting." % g.people[-1][1],
                                "Additional reporting by %s." % g.people[-1][1]])
                      if r.random() < 0.3 else None)
    spec["top"] = r.sample(GENERIC_CHROME_TOP, r.randint(1, 2)) if r.random() < 0.3 else []
    spec["end"] = [g.fill(x) for x in r.sample(GENERIC_CHROME_END, r.randint(1, 4))]
    spec["related_hdr"] = r.choice(["Related Stories", "Related Articles",
                                    "You might also like", "Recommended Stories"])
    spec["related"] = [make_title(g) for _ in range(r.choice([0, 0, 2, 3]))]
    spec["copyright"] = r.random() < 0.8
    spec["url"] = r.random() < 0.9
    spec["url_kind"] = r.randrange(3)
    spec["section"] = r.choice(SECTIONS)
    spec["url_broken"] = r.random() < 0.15
    spec["url_newline"] = r.random() < 0.3
    spec["url_pos"] = r.random()
    spec["mojibake"] = r.random() < 0.03
    return spec


def render_generic(spec):
    d = spec["date"]
    name, host, blank = spec["outlet"]
    sep = "\n\n" if blank else "\n"
    out = []
    if spec["top"]:
        out.append("\n".join(spec["top"]) + "\n")
    out.append(spec["title"] + (" | " + name if spec["title_suffix"] else "") + "\n")
    if spec["byline"]:
        out.append("By " + " and ".join(spec["byline"]) + spec["byline_role"] + "\n")
    ds = spec["date_style"]
    if ds == "j F Y":
        out.append("%d %s %d\n" % (d.day, MONTHS[d.month - 1], d.year))
    elif ds == "F j, Y":
        out.append("%s %d, %d\n" % (MONTHS[d.month - 1], d.day, d.year))
    elif ds == "iso":
        out.append("%04d-%02d-%02d\n" % (d.year, d.month, d.day))
    else:
        h, m = spec["time"]
        out.append("Published: %d %s %d, %02d:%02d GMT\n" % (d.day, MONTHS[d.month - 1],
                                                         d.year, h, m))
    out.append(sep)
    out.append(sep.join(spec["paras"]))
    if spec["credit"]:
        out.append(sep + spec["credit"])
    out.append("\n\n" + "\n".join(spec["end"]))
    if spec["related"]:
        out.append("\n" + spec["related_hdr"] + "\n" + "\n".join(spec["related"]))
    if spec["copyright"]:
        out.append("\n© %d %s. All rights reserved." % (d.year, name))
    if spec["url"]:
        k = spec["url_kind"]
        slug = slugify(spec["title"])
        if k == 0:
            url = "https://%s/%s/%04d/%02d/%02d/%s-%d" % (host, spec["section"], d.year,
                                                         d.month, d.day, slug, spec["id"])
        elif k == 1:
            url = "https://%s/news/%s/%d" % (host, slug, spec["id"])
        else:
            url = "https://%s/%s/%s-%d.html" % (host, spec["section"], slug, spec["id"])
        if spec["url_broken"]:
            url = broken_at(url, spec["url_pos"], spec["url_newline"])
        out.append("\n\nOriginal url: " + url)
    text = "".join(out)
    return text.translate(MOJIBAKE) if spec["mojibake"] else text


RENDER = {"moscowtimes": render_moscowtimes, "menafn": render_menafn,
          "generic": render_generic}


def make_article(r):
    x = r.random()
    if x < 0.4:
        return make_moscowtimes(r)
    if x < 0.8:
        return make_menafn(r)
    return make_generic(r)


def encode(spec, text):
    """Final text to file bytes: newline style, BOM, final newline, bad bytes."""
    if spec["final_newline"] and not text.endswith("\n"):
        text += "\n"
    elif not spec["final_newline"]:
        text = text.rstrip("\n")
    if spec["crlf"]:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if spec["bom"]:
        data = b"\xef\xbb\xbf" + data
    if spec["bad_utf8"]:
        # A Latin-1 byte or a truncated sequence, at a space.
        i = data.find(b" ", int(len(data) * spec["bad_pos"]))
        if i > 0:
            data = data[:i] + (b" caf\xe9 " if spec["bad_pos"] < 0.5 else b" \xe2\x80 ") + data[i + 1:]
    return data


def variant(spec, copy, gid, donor):
    """Copy `copy` (>= 1) of a base article: new id and date, paragraphs
    rotated and one swapped in from `donor` (same style)."""
    v = dict(spec)
    paras = spec["paras"]
    n = len(paras)
    k = copy % n
    paras = paras[k:] + paras[:k]
    dp = donor["paras"]
    paras[copy % n] = dp[copy % len(dp)]
    v["paras"] = paras
    v["date"] = datetime.date.fromordinal(
        DATE0 + (spec["date"].toordinal() - DATE0 + copy * 37) % DATE_SPAN)
    v["id"] = unique_id(spec["style"], gid)
    return v


def unique_id(style, gid):
    """Distinct ids per file, in each outlet's id format."""
    if style == "moscowtimes":
        return 10000 + gid
    if style == "menafn":
        return 1100000000 + gid * 7
    return 100000 + gid * 3


# --------------------------------------------------------------------------
# HTML pages (--html).  The same articles (the same specs, so the text corpus
# is untouched) rendered as the saved web pages a crawler keeps: doctype,
# head with meta/OpenGraph/JSON-LD (sometimes broken), inline scripts and
# styles, an SVG sprite and inline icons, header and mega-menu, ad slots,
# breadcrumbs, the article (figure, caption, paragraphs with ads and "read
# also" boxes between them, tags), a sidebar of teasers, related cards,
# comments, footer, cookie dialog, and a JSON state blob at the end.  Pages
# are 50-150 KB, most of it scripts, styles, navigation and markup, as real
# pages are.  Each site's assets (stylesheet, scripts, sprite, menu, footer)
# are made once per site from a seed of their own, as a site serves the same
# ones with every page; everything else comes from a generator seeded by the
# corpus seed and the file number, so a page depends only on its number.
# --------------------------------------------------------------------------

HTML_MIN, HTML_MAX = 50000, 150000

CSS_BLOCKS = ["header", "nav", "article", "teaser", "sidebar", "footer", "btn",
              "card", "ad", "share", "byline", "figure", "tag", "comments",
              "newsletter", "cookie", "modal", "grid", "menu", "search",
              "ticker", "related", "author", "logo", "icon", "pagination"]
CSS_ELEMS = ["title", "link", "item", "list", "image", "label", "body",
             "meta", "wrapper", "inner", "text", "caption", "button", "icon",
             "header", "footer", "date", "section", "overlay", "content"]
CSS_MODS = ["active", "small", "large", "dark", "sticky", "hidden", "open",
            "featured", "compact", "wide", "primary", "secondary", "mobile"]
CSS_PROPS = [("display", ["block", "flex", "none", "inline-block", "grid", "inline-flex"]),
             ("margin", ["0", "0 auto", "1rem 0", "0 0 .5rem", "12px 0 24px", "-1px"]),
             ("padding", ["0", ".5rem 1rem", "16px", "8px 12px", "0 15px", "2rem 0"]),
             ("color", ["#000", "#fff", "#1a1a1a", "#666", "#b5121b", "#0a58ca", "inherit"]),
             ("background-color", ["#fff", "#f5f5f5", "#111", "transparent", "#e9ecef"]),
             ("font-size", ["14px", "1rem", ".875rem", "18px", "2.25rem", "12px", "1.125rem"]),
             ("font-weight", ["400", "600", "700", "bold"]),
             ("line-height", ["1.2", "1.5", "1.65", "24px", "normal"]),
             ("font-family", ["\"Merriweather\",Georgia,serif", "Roboto,Arial,sans-serif",
                              "-apple-system,BlinkMacSystemFont,\"Segoe UI\",Helvetica,sans-serif"]),
             ("position", ["relative", "absolute", "sticky", "fixed"]),
             ("top", ["0", "50%", "100%", "-9999px"]), ("left", ["0", "50%", "auto"]),
             ("width", ["100%", "auto", "300px", "calc(100% - 32px)", "50%"]),
             ("max-width", ["1200px", "728px", "100%", "640px"]),
             ("border", ["0", "1px solid #ddd", "1px solid rgba(0,0,0,.1)", "none"]),
             ("border-radius", ["0", "4px", "50%", "2px"]),
             ("transition", ["all .2s ease", "opacity .3s", "transform .25s ease-in-out"]),
             ("z-index", ["1", "10", "100", "9999"]), ("overflow", ["hidden", "auto"]),
             ("text-transform", ["uppercase", "none"]), ("letter-spacing", [".02em", "1px"]),
             ("justify-content", ["space-between", "center", "flex-start"]),
             ("align-items", ["center", "flex-start", "stretch"]),
             ("box-shadow", ["0 2px 4px rgba(0,0,0,.15)", "none", "0 0 0 1px #eee inset"])]
JS_NAMES = ["e", "t", "n", "r", "i", "o", "a", "s", "u", "c", "l", "d", "f", "p"]
JS_WORDS = ["init", "render", "track", "load", "slot", "config", "consent", "user",
            "page", "event", "queue", "handler", "callback", "observer", "timeout",
            "element", "targeting", "refresh", "lazy", "viewport", "session",
            "analytics", "paywall", "meter", "ads", "bidder", "video", "player"]
SVG_ICONS = ["facebook", "twitter", "telegram", "whatsapp", "email", "print",
             "search", "menu", "close", "arrow-right", "arrow-left", "user",
             "bookmark", "comment", "share", "rss", "youtube", "instagram",
             "vk", "linkedin", "clock", "camera", "play", "chevron-down"]
COOKIE_TEXT = ("We and our partners use cookies and similar technologies to store "
               "and access information on your device, to personalise content and "
               "ads, to provide social media features and to analyse our traffic. "
               "You can accept all cookies, reject them, or choose which ones you "
               "allow in the settings. You can change your choice at any time via "
               "the Privacy settings link at the bottom of every page.")
COMMENT_TEXT = ["Great article, thanks for the detailed reporting.",
                "This is exactly what everyone expected, nothing new here.",
                "Does anyone have a link to the original statement?",
                "The numbers do not add up. Where do these figures come from?",
                "I live in the region and prices have doubled since spring.",
                "Interesting analysis, but it ignores the role of the central bank.",
                "Another round of talks, another round of empty promises.",
                "Well written. Looking forward to the follow-up piece."]


def hesc(s):
    """Escape text for an attribute value or a text node."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def css_class(r):
    b = r.choice(CSS_BLOCKS)
    k = r.random()
    if k < 0.5:
        return "%s__%s" % (b, r.choice(CSS_ELEMS))
    if k < 0.75:
        return "%s--%s" % (b, r.choice(CSS_MODS))
    return b


def make_css(r, size):
    out, n = [], 0
    while n < size:
        sels = ",".join("." + css_class(r) + r.choice(["", "", " a", ":hover", " > li", "::before", " img"])
                        for _ in range(r.randint(1, 3)))
        decl = ";".join("%s:%s" % (p, r.choice(v)) for p, v in r.sample(CSS_PROPS, r.randint(2, 7)))
        rule = "%s{%s}" % (sels, decl)
        if r.random() < 0.08:
            rule = "@media (min-width:%dpx){%s}" % (r.choice([576, 768, 992, 1200]), rule)
        out.append(rule)
        n += len(rule)
    return "".join(out)


def make_js(r, size, host):
    """Minified-looking script: functions, config objects, markup in strings."""
    out, n = [], 0
    c = r.choice
    while n < size:
        k = r.random()
        a, b, d = c(JS_NAMES), c(JS_NAMES), c(JS_NAMES)
        w = c(JS_WORDS)
        if k < 0.3:
            s = ("function %s%s(%s,%s){var %s=%s.length;for(var i=0;i<%s&&%s[i]!==void 0;i++)"
                 "{if(%s[i].%s<%d)continue;%s.push(%s[i])}return %s}" %
                 (w, c(JS_WORDS).title(), a, b, d, a, d, a, a, c(JS_WORDS), r.randint(0, 999), b, a, b))
        elif k < 0.5:
            s = ("window.%s=window.%s||{};window.%s.%s={id:\"%s-%d\",enabled:%s,timeout:%d,"
                 "url:\"https://%s/%s/%s.js?v=%d\",sizes:[[300,250],[728,90],[320,50]]};" %
                 (w, w, w, c(JS_WORDS), w, r.randint(1, 99999), c(["!0", "!1"]),
                  r.randint(100, 5000), host, c(JS_WORDS), c(JS_WORDS), r.randint(1, 9999)))
        elif k < 0.65:
            s = ("%s.innerHTML='<div class=\"%s\"><a href=\"https://%s/%s\" class=\"%s\">'+%s.%s+'</a></div>';" %
                 (a, css_class(r), host, c(JS_WORDS), css_class(r), b, c(JS_WORDS)))
        elif k < 0.8:
            s = ("(function(%s,%s){%s.addEventListener(\"%s\",function(%s){%s&&%s.%s(%s.target,{passive:!0,"
                 "delay:%d})},!1)})(document,window.%s);" %
                 (a, b, a, c(["click", "scroll", "load", "DOMContentLoaded", "resize"]), d, b, b,
                  c(JS_WORDS), d, r.randint(0, 3000), c(JS_WORDS)))
        else:
            s = ("var %s_%s=\"%s\";if(%s_%s.length>%d&&typeof %s===\"object\")%s.%s(\"%s\",%d);" %
                 (w, c(JS_WORDS), "".join(c("abcdef0123456789") for _ in range(32)), w,
                  c(JS_WORDS), r.randint(0, 64), a, a, c(JS_WORDS), c(JS_WORDS), r.randint(0, 99)))
        out.append(s)
        n += len(s)
    return "".join(out)


def svg_path(r, n):
    """An icon's path data: n commands with coordinates."""
    out = ["M%.2f %.2f" % (r.random() * 24, r.random() * 24)]
    for _ in range(n):
        if r.random() < 0.6:
            out.append("c%.3f %.3f %.3f %.3f %.3f %.3f" % tuple(r.random() * 8 - 4 for _ in range(6)))
        else:
            out.append("%s%.2f %.2f" % (r.choice("lLhHvVsS"), r.random() * 24, r.random() * 24))
    return "".join(out) + "z"


class SiteAssets:
    """What a site serves with every page, made once per site."""

    def __init__(self, name, host, seed):
        r = FastRandom(seed * 7 + zlib.crc32(host.encode()))
        self.name, self.host = name, host
        self.css = make_css(r, r.randint(9000, 22000))
        self.css_extra = [make_css(r, r.randint(1500, 5000)) for _ in range(4)]
        self.scripts = [make_js(r, r.randint(2500, 14000), host) for _ in range(10)]
        self.icons = {ic: svg_path(r, r.randint(3, 12)) for ic in SVG_ICONS}
        self.sprite = "".join('<symbol id="icon-%s" viewBox="0 0 24 24"><path d="%s"/></symbol>' % kv
                              for kv in self.icons.items())
        self.logo = "".join('<path fill="#%06x" d="%s"/>' % (r.randrange(1 << 24), svg_path(r, 16))
                            for _ in range(r.randint(2, 5)))
        g = Gen(r, False, False)
        secs = r.sample(SECTIONS + MT_SECTIONS + ["Opinion", "Sport", "Culture", "Tech",
                                                   "Video", "Podcasts", "Climate"], r.randint(7, 12))
        self.sections = secs
        items = []
        for s in secs:
            slug = slugify(s)
            subs = "".join('<li class="nav__sub-item"><a class="nav__sub-link" href="https://%s/%s/%s" '
                           'data-track="nav|%s|%s">%s</a></li>'
                           % (host, slug, slugify(t), slug, slugify(t), hesc(tc(t)))
                           for t in r.sample(TOPICS + PLACES, r.randint(3, 9)))
            items.append('<li class="nav__item nav__item--has-sub"><a class="nav__link" href="https://%s/%s" '
                         'data-track="nav|%s" aria-haspopup="true">%s<svg class="icon icon--chevron" '
                         'aria-hidden="true"><use xlink:href="#icon-chevron-down"></use></svg></a>'
                         '<ul class="nav__sub" role="menu">%s</ul></li>' % (host, slug, slug, hesc(s), subs))
        self.nav = "".join(items)
        cols = []
        for _ in range(r.randint(3, 5)):
            links = "".join('<li><a href="https://%s/%s">%s</a></li>' % (host, slugify(t), hesc(tc(t)))
                            for t in r.sample(["About us", "Contact", "Advertise", "Careers",
                                               "Privacy Policy", "Terms of Use", "Cookie Policy",
                                               "Newsletters", "RSS", "Archive", "Corrections",
                                               "Editorial standards", "Apps", "Podcasts",
                                               "Subscribe", "Help"] + secs, r.randint(5, 10)))
            cols.append('<div class="footer__col"><h4 class="footer__title">%s</h4>'
                        '<ul class="footer__list">%s</ul></div>' % (hesc(r.choice(secs)), links))
        self.footer_cols = "".join(cols)
        self.ticker = [make_title(g) for _ in range(8)]


_SITES = {}


def site_assets(name, host, seed):
    key = (host, seed)
    if key not in _SITES:
        _SITES[key] = SiteAssets(name, host, seed)
    return _SITES[key]


def icon(site, name, cls="icon"):
    if len(name) % 3 == 0:      # some icons inline, as many themes do
        return ('<svg class="%s %s--%s" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">'
                '<path d="%s"/></svg>' % (cls, cls, name, site.icons[name]))
    return ('<svg class="%s %s--%s" aria-hidden="true"><use xlink:href="#icon-%s"></use></svg>'
            % (cls, cls, name, name))


def page_site(spec):
    st = spec["style"]
    if st == "moscowtimes":
        return "The Moscow Times", "www.themoscowtimes.com"
    if st == "menafn":
        return "MENAFN", "menafn.com"
    return spec["outlet"][0], spec["outlet"][1]


def page_url(spec, host):
    d = spec["date"]
    st = spec["style"]
    if st == "moscowtimes":
        return mt_url(spec)
    if st == "menafn":
        return "https://menafn.com/%d/%s" % (spec["id"], title_case_slug(spec["title"]))
    return "https://%s/%s/%04d/%02d/%02d/%s-%d" % (host, spec.get("section", "news"), d.year,
                                                    d.month, d.day, slugify(spec["title"]), spec["id"])


def teaser(r, g, site, kind):
    t = make_title(g)
    url = "https://%s/%s/%s-%d" % (site.host, slugify(r.choice(site.sections)), slugify(t),
                                   r.randint(10000, 99999999))
    img = "https://static.%s/image/%d/%02x/%s.jpg" % (site.host.replace("www.", ""),
                                                     r.choice([320, 640, 960]), r.randrange(256), slugify(t)[:24])
    if kind == "list":
        return ('<li class="most-read__item"><span class="most-read__rank">%d</span>'
                '<a class="most-read__link" href="%s" data-track="most-read">%s</a></li>'
                % (r.randint(1, 10), url, hesc(t)))
    return ('<div class="teaser teaser--%s"><a class="teaser__image-link" href="%s" tabindex="-1">'
            '<picture><source type="image/webp" srcset="%s.webp 320w, %s.webp 640w" sizes="(min-width: 768px) 300px, 100vw">'
            '<img class="teaser__image lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
            'data-src="%s" alt="%s" width="320" height="180" loading="lazy"></picture></a>'
            '<div class="teaser__body"><span class="teaser__section">%s</span><h3 class="teaser__title">'
            '<a class="teaser__link" href="%s">%s</a></h3><time class="teaser__date" datetime="2025-%02d-%02dT%02d:%02d:00Z">'
            '%d %s</time></div></div>'
            % (kind, url, img, img, img, hesc(t), hesc(r.choice(site.sections)), url, hesc(t),
               r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
               r.randint(1, 28), r.choice(MONTHS)))


def ad_slot(r, kind):
    slot = "div-gpt-ad-%d-%d" % (r.randint(10 ** 12, 10 ** 13), r.randint(0, 9))
    return ('<div class="ad ad--%s" data-ad-unit="/%d/%s"><div class="ad__label">Advertisement</div>'
            '<div id="%s" style="min-height:250px"></div><script>googletag.cmd.push(function(){'
            'googletag.display("%s")});</script></div>' % (kind, r.randint(10 ** 6, 10 ** 8), kind, slot, slot))


def json_ld(r, spec, site, url, authors, desc):
    d = spec["date"]
    iso = "%04d-%02d-%02dT%02d:%02d:00+00:00" % (d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59))
    title = spec["title"].replace("\\", "\\\\").replace('"', '\\"')
    au = ",".join('{"@type":"Person","name":"%s","url":"https://%s/author/%s"}'
                  % (a, site.host, slugify(a)) for a in authors)
    s = ('{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage",'
         '"@id":"%s"},"headline":"%s","description":"%s","image":["https://static.%s/image/og/%d.jpg"],'
         '"datePublished":"%s","dateModified":"%s","author":[%s],"publisher":{"@type":"Organization",'
         '"name":"%s","logo":{"@type":"ImageObject","url":"https://%s/img/logo.png"}},'
         '"articleSection":"%s","inLanguage":"en"}'
         % (url, title, desc.replace('"', '\\"'), site.host, spec["id"], iso, iso, au, site.name,
            site.host, r.choice(site.sections)))
    k = r.random()
    if k < 0.05:
        s = s[:-1]                                   # cut off
    elif k < 0.09:
        s = s.replace('"description"', '"description":,', 1)   # a CMS's empty value
    elif k < 0.12:
        s = s.replace('","', '",\n"', 3).replace(title, title + "\n", 1)   # raw newline in a string
    return iso, s


def article_body(r, spec, site, g):
    """The article element's content: paragraphs with ads, boxes, figures."""
    out = []
    st = spec["style"]
    paras = spec["paras"]
    for i, p in enumerate(paras):
        if p.startswith("## Related article: "):
            t = p[len("## Related article: "):]
            out.append('<aside class="read-also"><span class="read-also__label">Read more</span>'
                       '<a href="https://%s/%s">%s</a></aside>' % (site.host, slugify(t), hesc(t)))
            continue
        if st == "menafn" and i == 0:
            prov = spec["provider"]
            line = "(MENAFN" + ("- %s)" % prov if prov else ")") + " "
            p = line + p
        out.append("<p>%s</p>" % p.replace("\n\n", "</p><p>"))
        if i % 3 == 2 and i + 1 < len(paras):
            out.append(ad_slot(r, "inarticle"))
        elif i == 1 and r.random() < 0.3:
            out.append('<figure class="article__inline-figure"><img src="https://static.%s/image/article/%d.jpg" '
                       'alt="" width="800" height="533" loading="lazy"><figcaption>%s<span class="credit">%s</span>'
                       '</figcaption></figure>' % (site.host, r.randint(1, 10 ** 7), hesc(g.fill(r.choice(CAPTION_SUBJECTS))),
                                                   r.choice(PHOTO_AGENCIES)))
        elif i == 2 and r.random() < 0.15:
            out.append('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">%s</p>'
                       '&mdash; %s (@%s) <a href="https://twitter.com/x/status/%d">%s %d, %d</a></blockquote>'
                       '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
                       % (hesc(make_title(g)), g.people[0][1], slugify(g.people[0][2]), r.randint(10 ** 17, 10 ** 18),
                          r.choice(MONTHS), r.randint(1, 28), spec["date"].year))
    return "".join(out)


def render_html(spec, seed):
    """The article of `spec` as a whole saved web page (see above)."""
    r = FastRandom(seed * 1000003 + spec["id"] * 31 + 7)
    name, host = page_site(spec)
    site = site_assets(name, host, seed)
    g = Gen(r, spec["heavy"], False)
    st = spec["style"]
    d = spec["date"]
    url = page_url(spec, host)
    title = spec["title"]
    authors = spec.get("byline") or ([p[1] for p in g.people[:r.randint(0, 2)]] if st != "menafn" else [])
    first = spec["paras"][0]
    desc = re.sub(r"<[^>]*>|&[a-z#0-9]+;", "", first.split(". ")[0])[:200]
    iso, ld = json_ld(r, spec, site, url, authors, desc)
    target = int(r.triangular(HTML_MIN + 3000, HTML_MAX - 3000, 88000))
    lang = "ru" if (spec["heavy"] and r.random() < 0.3) else "en"

    head = ['<!DOCTYPE html>\n<html lang="%s" class="no-js" prefix="og: https://ogp.me/ns#">\n<head>\n'
            '<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
            '<title>%s | %s</title>\n<meta name="description" content="%s">\n'
            '<meta name="robots" content="index, follow, max-image-preview:large">\n'
            '<link rel="canonical" href="%s">\n' % (lang, hesc(title), hesc(name), hesc(desc), url)]
    if r.random() < 0.9:
        head.append('<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
                    '<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
                    '<meta property="og:site_name" content="%s">\n'
                    '<meta property="og:image" content="https://static.%s/image/og/%d.jpg">\n'
                    '<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n'
                    '<meta name="twitter:card" content="summary_large_image">\n'
                    '<meta name="twitter:site" content="@%s">\n<meta name="twitter:title" content="%s">\n'
                    % (hesc(title), hesc(desc), url, hesc(name), host, spec["id"],
                       slugify(name).replace("-", ""), hesc(title)))
    if r.random() < 0.8:
        head.append('<meta property="article:published_time" content="%s">\n' % iso)
        head.extend('<meta property="article:tag" content="%s">\n' % hesc(tc(t))
                    for t in r.sample(TOPICS, r.randint(1, 5)))
    for a in authors:
        head.append('<meta name="author" content="%s">\n' % hesc(a))
    head.append('<link rel="preconnect" href="https://static.%s" crossorigin>\n'
                '<link rel="preconnect" href="https://www.googletagmanager.com">\n'
                '<link rel="preload" href="https://static.%s/fonts/main.woff2" as="font" type="font/woff2" crossorigin>\n'
                '<link rel="stylesheet" href="https://static.%s/css/main.%08x.css">\n'
                '<link rel="icon" href="/favicon.ico" sizes="any"><link rel="apple-touch-icon" href="/apple-touch-icon.png">\n'
                '<link rel="alternate" type="application/rss+xml" title="%s" href="https://%s/rss">\n'
                % (host, host, host, zlib.crc32(host.encode()), hesc(name), host))
    if r.random() < 0.85:
        head.append('<script type="application/ld+json">%s</script>\n' % ld)
    if r.random() < 0.4:
        head.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",'
                    '"itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://%s/"},'
                    '{"@type":"ListItem","position":2,"name":"%s","item":"https://%s/%s"}]}</script>\n'
                    % (host, r.choice(site.sections), host, r.choice(SECTIONS)))
    head.append("<style>%s</style>\n" % site.css)
    head.append("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
                "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';"
                "j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
                "})(window,document,'script','dataLayer','GTM-%s');</script>\n" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)))
    head.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:'article',articleId:'%d',"
                "section:'%s',published:'%s',wordCount:%d});</script>\n"
                % (spec["id"], r.choice(site.sections), iso, sum(len(p.split()) for p in spec["paras"])))
    head.append("</head>\n")

    body = ['<body class="page page--article %s">\n<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>\n'
            '<a class="skip-link" href="#main-content">Skip to main content</a>\n' % (slugify(st), site.sprite)]
    body.append(ad_slot(r, "leaderboard"))
    body.append('\n<header class="header header--sticky" role="banner"><div class="header__inner container">'
                '<button class="header__menu-toggle" aria-label="Menu" aria-expanded="false">%s</button>'
                '<a class="header__logo" href="https://%s/" title="%s"><svg class="logo" viewBox="0 0 240 40" '
                'role="img" aria-label="%s">%s</svg></a><nav class="nav" aria-label="Main"><ul class="nav__list">%s</ul></nav>'
                '<form class="search" action="https://%s/search" method="get" role="search"><label class="sr-only" '
                'for="q">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">%s</button>'
                '</form><div class="header__social">%s</div><a class="btn btn--primary header__subscribe" href="https://%s/subscribe">'
                'Subscribe</a><a class="header__login" href="https://%s/login">%sSign in</a></div></header>\n'
                % (icon(site, "menu"), host, hesc(name), hesc(name), site.logo, site.nav, host, icon(site, "search"),
                   "".join('<a href="https://%s.com/%s" rel="noopener" target="_blank">%s</a>'
                           % (s, slugify(name), icon(site, s)) for s in ["facebook", "twitter", "telegram", "youtube"]),
                   host, host, icon(site, "user")))
    body.append('<div class="ticker"><span class="ticker__label">Latest</span><ul class="ticker__list">%s</ul></div>\n'
                % "".join('<li><a href="https://%s/news/%s">%s</a></li>' % (host, slugify(t), hesc(t)) for t in site.ticker))

    art = ['<main id="main-content" class="main"><div class="container"><div class="row">'
           '<article class="article col-lg-8" itemscope itemtype="https://schema.org/NewsArticle">'
           '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="https://%s/">Home</a></li>'
           '<li><a href="https://%s/%s">%s</a></li></ol></nav><header class="article__header">'
           % (host, host, slugify(site.sections[0]), hesc(site.sections[0]))]
    if spec.get("section"):
        art.append('<span class="article__label">%s</span>' % hesc(str(spec["section"])))
    art.append('<h1 class="article__title" itemprop="headline">%s</h1>' % hesc(title))
    if r.random() < 0.5:
        art.append('<p class="article__lead">%s</p>' % hesc(desc))
    art.append('<div class="article__byline byline">')
    for a in authors:
        art.append('<a class="byline__author" rel="author" href="https://%s/author/%s" itemprop="author">%s</a>'
                   % (host, slugify(a), hesc(a)))
    art.append('<time class="byline__date" datetime="%s" itemprop="datePublished">%s %d, %d</time></div>'
               '<div class="share share--top">%s</div></header>'
               % (iso, MONTHS[d.month - 1], d.day, d.year,
                  "".join('<a class="share__link share__link--%s" href="https://%s.com/share?u=%s" '
                          'rel="noopener" target="_blank" aria-label="Share on %s">%s</a>'
                          % (s, s, url, s, icon(site, s, "share__icon"))
                          for s in ["facebook", "twitter", "telegram", "whatsapp", "email", "print"])))
    cap = spec.get("caption")
    if cap or r.random() < 0.5:
        cap = cap or g.fill(r.choice(CAPTION_SUBJECTS))
        img = "https://static.%s/image/article/%d/%s.jpg" % (host, spec["id"], slugify(title)[:40])
        art.append('<figure class="article__featured-image"><picture><source media="(min-width: 992px)" srcset="%s?w=1200 1x, '
                   '%s?w=2400 2x"><source srcset="%s?w=640 1x, %s?w=1280 2x"><img src="%s?w=1200" alt="%s" width="1200" '
                   'height="800"></picture><figcaption class="article__caption">%s</figcaption></figure>'
                   % (img, img, img, img, img, hesc(cap), cap))
    art.append('<div class="article__content" itemprop="articleBody">%s</div>' % article_body(r, spec, site, g))
    if spec.get("credit"):
        art.append('<p class="article__credit"><em>%s contributed reporting.</em></p>' % hesc(str(spec["credit"])))
    if st == "menafn" and spec.get("disclaimer"):
        art.append('<div class="legal-disclaimer"><strong>Legal Disclaimer:</strong><br>%s</div>'
                   % DISCLAIMER.format(who=spec["disclaimer_who"]))
    tags = r.sample(MT_TAGS, r.randint(2, 6))
    art.append('<div class="tags"><span class="tags__label">Read more about:</span>%s</div>'
               % "".join('<a class="tag" href="https://%s/tag/%s">%s</a>' % (host, slugify(t), t) for t in tags))
    if st == "moscowtimes" and spec.get("appeal"):
        art.append('<div class="contribute"><h3>%s</h3>%s<div class="contribute__buttons">%s</div></div>'
                   % (spec["appeal"][0], "".join("<p>%s</p>" % x for x in spec["appeal"][1:-4]),
                      "".join('<button class="btn">%s</button>' % x for x in spec["appeal"][-4:])))
    if r.random() < 0.6:
        art.append('<div class="newsletter newsletter--inline"><h3 class="newsletter__title">%s</h3>'
                   '<form class="newsletter__form" action="https://%s/newsletter" method="post"><input type="email" '
                   'name="email" placeholder="Your email" required><button class="btn btn--primary">Subscribe</button></form>'
                   '<p class="newsletter__note">%s</p></div>' % (MT_NEWSLETTER[0], host, MT_NEWSLETTER[2]))
    art.append('</article><aside class="sidebar col-lg-4">')
    art.append(ad_slot(r, "sidebar"))
    art.append('<section class="most-read"><h2 class="sidebar__title">Most read</h2><ol class="most-read__list">%s</ol></section>'
               % "".join(teaser(r, g, site, "list") for _ in range(r.randint(5, 10))))
    art.append('<section class="latest"><h2 class="sidebar__title">Latest news</h2>%s</section>'
               % "".join(teaser(r, g, site, "small") for _ in range(r.randint(3, 8))))
    art.append(ad_slot(r, "sidebar-sticky"))
    art.append('</aside></div></div>')
    related = spec.get("related") or []
    art.append('<section class="related container"><h2 class="related__title">%s</h2><div class="related__grid">%s%s</div></section>'
               % (spec.get("related_hdr", "Related"), "".join(teaser(r, g, site, "card") for _ in range(r.randint(3, 9))),
                  "".join('<div class="teaser teaser--text"><a href="https://%s/%s">%s</a></div>' % (host, slugify(t), hesc(t))
                          for t in related if isinstance(t, str))))
    if st == "generic" and r.random() < 0.4:
        cm = []
        for i in range(r.randint(1, 30)):
            who = "%s %s" % (r.choice(FIRST_EN + FIRST_RU), r.choice(LAST_EN + LAST_RU)[:1])
            cm.append('<li class="comment%s" id="comment-%d"><div class="comment__meta"><img class="comment__avatar" '
                      'src="https://secure.gravatar.com/avatar/%032x?s=48&amp;d=mm" alt="" width="48" height="48">'
                      '<span class="comment__author">%s</span><time class="comment__date">%d hours ago</time></div>'
                      '<div class="comment__body"><p>%s</p></div><div class="comment__actions"><button class="comment__reply">'
                      'Reply</button><button class="comment__like">%s %d</button></div></li>'
                      % (" comment--reply" if r.random() < 0.3 else "", r.randint(1, 10 ** 6), r.getrandbits(128),
                         hesc(who), r.randint(1, 48), r.choice(COMMENT_TEXT), icon(site, "comment"), r.randint(0, 99)))
        art.append('<section class="comments" id="comments"><h2 class="comments__title">%d Comments</h2>'
                   '<ol class="comments__list">%s</ol><form class="comments__form"><textarea name="comment" '
                   'placeholder="Join the discussion"></textarea><button class="btn">Post comment</button></form></section>'
                   % (len(cm), "".join(cm)))
    elif r.random() < 0.3:
        art.append('<section class="comments"><div id="disqus_thread"></div><script>var disqus_config=function(){'
                   'this.page.url="%s";this.page.identifier="%d"};</script></section>' % (url, spec["id"]))
    art.append('</main>\n')
    body.extend(art)
    body.append('<footer class="footer" role="contentinfo"><div class="container"><div class="footer__top">'
                '<a class="footer__logo" href="https://%s/"><svg viewBox="0 0 240 40" role="img" aria-label="%s">%s</svg></a>'
                '<div class="footer__social">%s</div></div><div class="footer__cols">%s</div>'
                '<p class="footer__copyright">&copy; %d %s. All rights reserved.</p></div></footer>\n'
                % (host, hesc(name), site.logo, "".join(icon(site, s) for s in ["facebook", "twitter", "telegram",
                                                                                "instagram", "youtube", "rss"]),
                   site.footer_cols, d.year, hesc(name)))
    body.append('<div id="cookie-consent" class="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cc-title" hidden>'
                '<div class="cookie-dialog__inner"><h2 id="cc-title">We value your privacy</h2><p>%s</p>'
                '<div class="cookie-dialog__buttons"><button class="btn btn--primary" data-cc="accept">Accept all</button>'
                '<button class="btn" data-cc="reject">Reject all</button><button class="btn btn--link" data-cc="settings">'
                'Manage settings</button></div><a href="https://%s/privacy">Privacy Policy</a></div></div>\n'
                % (COOKIE_TEXT, host))

    # Scripts at the end of the body, from the site's pool, then a JSON state
    # blob, until the page reaches its target size.
    size = sum(map(len, head)) + sum(map(len, body)) + 40
    tail = []
    extra = list(site.css_extra)
    r.shuffle(extra)
    if size + len(extra[0]) < target:
        tail.append("<style>%s</style>\n" % extra[0])
        size += len(extra[0]) + 17
    for i in sorted(r.sample(range(len(site.scripts)), len(site.scripts))):
        s = site.scripts[i]
        if size + len(s) + 18 > target:
            continue
        attrs = r.choice(["", "", ' type="text/javascript"', ' data-cfasync="false"'])
        tail.append("<script%s>%s</script>\n" % (attrs, s))
        size += len(s) + 18 + len(attrs)
    if size < target:
        state, n = [], 0
        want = target - size - 80
        while n < want:
            t = make_title(g)
            e = ('{"id":%d,"title":"%s","url":"https://%s/%s","section":"%s","image":{"src":"https://static.%s/i/%d.jpg",'
                 '"w":640,"h":360},"published":"2025-%02d-%02dT%02d:00:00Z","premium":%s},'
                 % (r.randint(10 ** 5, 10 ** 8), t.replace('"', '\\"'), host, slugify(t), r.choice(site.sections), host,
                    r.randint(1, 10 ** 7), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                    r.choice(["true", "false"])))
            state.append(e)
            n += len(e)
        tail.append('<script id="__STATE__" type="application/json">{"page":{"id":%d,"items":[%s]}}</script>\n'
                    % (spec["id"], "".join(state).rstrip(",")))
    tail.append("</body>\n</html>\n")
    return "".join(head) + "".join(body) + "".join(tail)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

NONASCII_RE = re.compile(rb"[\x80-\xff]")
MARKUP_RE = re.compile(r"<[a-zA-Z/][^>]*>|&(?:#\d+|[a-zA-Z]+);")


class Stats:
    """Optional corpus statistics (--stats), to check the artifact rates."""

    def __init__(self):
        self.files = self.bytes = self.nonascii = 0
        self.lines = self.nonnfc = self.markup = self.crlf = 0
        self.styles = {}

    def add(self, spec, data):
        self.files += 1
        self.bytes += len(data)
        self.nonascii += len(NONASCII_RE.findall(data))
        self.crlf += b"\r\n" in data
        self.styles[spec["style"]] = self.styles.get(spec["style"], 0) + 1
        for line in data.decode("utf-8", "replace").splitlines():
            if not line.strip():
                continue
            self.lines += 1
            if not unicodedata.is_normalized("NFC", line):
                self.nonnfc += 1
            if MARKUP_RE.search(line):
                self.markup += 1

    def report(self, out):
        pct = lambda a, b: 100.0 * a / b if b else 0.0
        print("styles: %s" % ", ".join("%s %.1f%%" % (k, pct(v, self.files))
                                       for k, v in sorted(self.styles.items())), file=out)
        print("non-ASCII bytes %.2f%%, CRLF files %.1f%%, non-empty lines %d: "
              "not NFC %.2f%%, inline markup/entities %.2f%%"
              % (pct(self.nonascii, self.bytes), pct(self.crlf, self.files), self.lines,
                 pct(self.nonnfc, self.lines), pct(self.markup, self.lines)), file=out)


def article_spec(base, by_style, n, gid):
    """The spec of file number `gid`: base article gid % n, copy gid // n."""
    copy, i = divmod(gid, n)
    spec = base[i]
    if copy == 0:
        return dict(spec, id=unique_id(spec["style"], gid))
    peers = by_style[spec["style"]]
    donor = base[peers[(i * 7919 + copy * 104729) % len(peers)]]
    return variant(spec, copy, gid, donor)


def write_folders(outdir, folders, base, by_style, n, total, stats=None, html_seed=None):
    """Render and write every file of the given folders; return bytes written.
    With html_seed (--html), each article is written as a web page, NNNNN.html."""
    dwidth = max(3, len(str((total - 1) // 1000)))
    fwidth = max(5, len(str(total - 1)))
    nbytes = 0
    for sub in folders:
        dirpath = os.path.join(outdir, "%0*d" % (dwidth, sub))
        os.makedirs(dirpath, exist_ok=True)
        for gid in range(sub * 1000, min(total, sub * 1000 + 1000)):
            spec = article_spec(base, by_style, n, gid)
            if html_seed is None:
                data = encode(spec, RENDER[spec["style"]](spec))
                ext = "txt"
            else:
                data = encode(spec, render_html(spec, html_seed))
                ext = "html"
            with open(os.path.join(dirpath, "%0*d.%s" % (fwidth, gid, ext)), "wb") as f:
                f.write(data)
            nbytes += len(data)
            if stats:
                stats.add(spec, data)
    return nbytes


def write_parallel(jobs, outdir, base, by_style, n, total, html_seed=None):
    """Split the folders over `jobs` forked workers.

    Creating files costs ~0.1-0.3 ms each in small VMs (mostly kernel time),
    so a 1 GB corpus of 320,000 files is I/O-bound in one process.  Each
    file's bytes depend only on its number, so the split does not change
    the output.  Workers inherit the base articles through fork.
    """
    import multiprocessing
    nfolders = (total + 999) // 1000
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs) as pool:
        parts = [pool.apply_async(write_folders,
                                  (outdir, range(w, nfolders, jobs), base, by_style, n, total,
                                   None, html_seed))
                 for w in range(jobs)]
        return sum(p.get() for p in parts)


def main(argv):
    ap = argparse.ArgumentParser(description="Generate the newsnorm benchmark corpus.")
    ap.add_argument("outdir")
    ap.add_argument("--articles", type=int, default=20000, help="base articles (N)")
    ap.add_argument("--scale", type=int, default=1, help="copies of each (K)")
    ap.add_argument("--seed", type=int, default=20250408)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="writer processes (output does not depend on it)")
    ap.add_argument("--stats", action="store_true",
                    help="print artifact rates (single process; text only)")
    ap.add_argument("--html", action="store_true",
                    help="write the same articles as whole web pages of 50-150 KB "
                         "(NNNNN.html) instead of text files")
    args = ap.parse_args(argv)
    if args.articles < 1 or args.scale < 1 or args.jobs < 1:
        ap.error("--articles, --scale and --jobs must be positive")
    if os.path.isdir(args.outdir) and os.listdir(args.outdir):
        print("gen_corpus: %s: not empty, refusing to write into it" % args.outdir,
              file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    rng = FastRandom(args.seed)
    n = args.articles
    total = n * args.scale
    base = []
    by_style = {}
    for i in range(n):
        spec = make_article(rng)
        base.append(spec)
        by_style.setdefault(spec["style"], []).append(i)

    stats = Stats() if (args.stats and not args.html) else None
    html_seed = args.seed if args.html else None
    nfolders = (total + 999) // 1000
    if stats or args.jobs == 1 or nfolders == 1:
        nbytes = write_folders(args.outdir, range(nfolders), base, by_style, n, total, stats,
                               html_seed)
    else:
        nbytes = write_parallel(min(args.jobs, nfolders), args.outdir, base, by_style, n, total,
                                html_seed)

    secs = time.perf_counter() - t0
    print("%d files, %d bytes (%.1f MB) in %.1f s, %.1f MB/s"
          % (total, nbytes, nbytes / 1e6, secs, nbytes / 1e6 / secs))
    if stats:
        stats.report(sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
