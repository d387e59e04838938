/* test_lang.c - per-language stopword lists and language detection
 * (lang.c, build/stopwords.h). */
#include "testlib.h"

#include <stdio.h>
#include <utf8proc.h>

#include "lang.h"

#define NN_LANG_TABLES
#include "stopwords.h"

/* One short paragraph of news prose a language, written for this test. */
static const struct {
    const char *code, *text;
} paras[] = {
    {"ar", "أعلن المجلس البلدي يوم الاثنين أنه لن يرفع الضرائب المحلية هذا "
           "العام، على الرغم من أن الميزانية لا تزال محدودة. وقال رئيس البلدية "
           "إن العمل في الجسر الجديد سينتهي في الربيع، بعد تأخير لعدة أشهر. "
           "ويتساءل كثير من السكان عن سبب طول مدة هذه الأعمال، وهل كانت "
           "هناك حاجة إلى كل هذا الوقت."},
    {"cs",
     "Městská rada v pondělí rozhodla, že letos nezvýší místní daně, i když "
     "je rozpočet stále velmi napjatý. Podle starostky by práce na novém "
     "mostě měly skončit na jaře, s několikaměsíčním zpožděním. Mnoho "
     "obyvatel se ptá, proč stavba trvá tak dlouho a kdo to zaplatí."},
    {"da", "Byrådet besluttede mandag, at de lokale skatter ikke skal hæves i "
           "år, selv om budgettet stadig er meget stramt. Ifølge borgmesteren "
           "skal arbejdet på den nye bro være færdigt til foråret, med flere "
           "måneders forsinkelse. Mange borgere spørger, hvorfor det har "
           "taget så lang tid."},
    {"de", "Der Stadtrat hat am Montag beschlossen, die Gebühren für die "
           "Müllabfuhr im nächsten Jahr nicht zu erhöhen. Die Bürgermeisterin "
           "sagte, dass die Kosten zwar gestiegen seien, aber die Rücklagen "
           "noch für zwei Jahre reichen würden. Kritiker meinen, die Stadt "
           "habe das Problem damit nur verschoben."},
    {"el", "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να μην αυξήσει τους "
           "τοπικούς φόρους φέτος, αν και ο προϋπολογισμός παραμένει πολύ "
           "περιορισμένος. Σύμφωνα με τον δήμαρχο, οι εργασίες στη νέα γέφυρα "
           "θα τελειώσουν την άνοιξη, με καθυστέρηση αρκετών μηνών."},
    {"en", "The city council said on Monday that it would not raise local "
           "taxes this year, although the budget is still under pressure. "
           "Officials expect the new bridge to open in the spring, after a "
           "delay of several months. Many residents have asked why the work "
           "has taken so long."},
    {"es",
     "El ayuntamiento anunció el lunes que no subirá los impuestos "
     "municipales este año, aunque el presupuesto sigue siendo muy "
     "ajustado. Según la alcaldesa, las obras del nuevo puente terminarán "
     "en primavera, con varios meses de retraso. Muchos vecinos se "
     "preguntan por qué los trabajos han durado tanto tiempo."},
    {"fa",
     "شورای شهر روز دوشنبه اعلام کرد که امسال مالیات‌های محلی را "
     "افزایش نخواهد داد، اگرچه بودجه هنوز بسیار محدود است. به گفته "
     "شهردار، ساخت پل جدید در بهار به پایان می‌رسد، اما با چند ماه "
     "تأخیر. بسیاری از ساکنان می‌پرسند که چرا این کار این همه طول "
     "کشیده است و آیا راه دیگری وجود نداشت."},
    {"fi", "Kaupunginvaltuusto päätti maanantaina, että paikallisia veroja ei "
           "nosteta tänä vuonna, vaikka talousarvio on edelleen hyvin tiukka. "
           "Pormestarin mukaan uuden sillan työt valmistuvat keväällä, useita "
           "kuukausia myöhässä. Monet asukkaat kysyvät, miksi työ on kestänyt "
           "niin kauan."},
    {"fr", "Le conseil municipal a décidé lundi de ne pas augmenter les impôts "
           "locaux cette année, malgré un budget toujours serré. Selon le "
           "maire, les travaux du nouveau pont devraient se terminer au "
           "printemps, avec plusieurs mois de retard. Beaucoup d'habitants se "
           "demandent pourquoi le chantier dure aussi longtemps."},
    {"hr", "Gradsko vijeće u ponedjeljak je odlučilo da ove godine neće "
           "povećati lokalne poreze, iako je proračun i dalje vrlo tijesan. "
           "Prema riječima gradonačelnika, gradnja novog mosta trebala bi "
           "završiti na proljeće, s kašnjenjem od nekoliko mjeseci. Mnogi "
           "stanovnici pitaju zašto radovi traju tako dugo."},
    {"hu",
     "A városi tanács hétfőn úgy döntött, hogy idén nem emeli a helyi "
     "adókat, bár a költségvetés még mindig nagyon szűkös. A polgármester "
     "szerint az új híd munkálatai tavasszal fejeződnek be, több hónapos "
     "késéssel. Sok lakos kérdezi, hogy miért tart ilyen sokáig a munka."},
    {"id", "Pemerintah kota mengumumkan pada hari Senin bahwa pajak daerah "
           "tidak akan naik tahun ini, meskipun anggaran masih sangat "
           "terbatas. Menurut wali kota, pembangunan jembatan baru itu akan "
           "selesai pada bulan Maret, dengan keterlambatan beberapa bulan. "
           "Banyak warga yang bertanya mengapa pekerjaan tersebut memakan "
           "waktu begitu lama."},
    {"it", "Il consiglio comunale ha deciso lunedì di non aumentare le tasse "
           "locali quest'anno, anche se il bilancio resta molto difficile. "
           "Secondo il sindaco, i lavori del nuovo ponte dovrebbero finire in "
           "primavera, con alcuni mesi di ritardo. Molti cittadini si chiedono "
           "perché il cantiere sia durato così a lungo."},
    {"ko", "시의회는 월요일 예산이 여전히 빠듯하지만 올해 지방세를 인상하지 "
           "않기로 결정했다. 시장에 따르면 새 다리 공사는 몇 달 늦어져 봄에 "
           "끝날 예정이다. 많은 주민들은 왜 공사가 이렇게 오래 걸리는지, "
           "언제 끝나는지 묻고 있다."},
    {"lt", "Miesto taryba pirmadienį nusprendė šiais metais nedidinti "
           "vietos mokesčių, nors biudžetas vis dar labai įtemptas. Pasak "
           "mero, naujo tilto statyba turėtų baigtis pavasarį, keliais "
           "mėnesiais vėliau nei planuota. Daugelis gyventojų klausia, kodėl "
           "darbai trunka taip ilgai ir kada jie pagaliau bus baigti."},
    {"nl", "De gemeenteraad heeft maandag besloten om de lokale belastingen "
           "dit jaar niet te verhogen, hoewel de begroting nog steeds krap is. "
           "Volgens de burgemeester zal de nieuwe brug in het voorjaar open "
           "gaan, met een vertraging van enkele maanden. Veel bewoners vragen "
           "zich af waarom het werk zo lang heeft geduurd."},
    {"pl", "Rada miasta zdecydowała w poniedziałek, że w tym roku nie "
           "podniesie lokalnych podatków, chociaż budżet jest nadal bardzo "
           "napięty. Według burmistrza prace przy nowym moście mają się "
           "zakończyć wiosną, z kilkumiesięcznym opóźnieniem. Wielu "
           "mieszkańców pyta, dlaczego budowa trwa tak długo i kto za to "
           "zapłaci."},
    {"pt", "A câmara municipal anunciou na segunda-feira que não vai aumentar "
           "os impostos locais este ano, embora o orçamento continue "
           "apertado. Segundo o presidente da câmara, as obras da nova ponte "
           "devem terminar na primavera, com vários meses de atraso. Muitos "
           "moradores perguntam por que razão os trabalhos demoraram tanto."},
    {"ja", "市議会は月曜日、予算は依然として厳しいものの、今年は地方税を引き"
           "上げないと決めた。市長によると、新しい橋の工事は数か月遅れて春に"
           "終わる予定だという。多くの住民は、なぜ工事にこれほど時間がかかる"
           "のか、いつ終わるのかと尋ねている。"},
    {"ro",
     "Consiliul local a decis luni că nu va majora taxele locale în acest "
     "an, deși bugetul este în continuare foarte strâns. Potrivit "
     "primarului, lucrările la noul pod ar urma să se încheie în "
     "primăvară, cu o întârziere de câteva luni. Mulți locuitori se "
     "întreabă de ce durează atât de mult lucrările."},
    {"ru", "Городской совет в понедельник решил не повышать местные налоги в "
           "этом году, хотя бюджет по-прежнему очень напряжённый. По словам "
           "мэра, строительство нового моста должно закончиться весной, с "
           "опозданием на несколько месяцев. Многие жители спрашивают, почему "
           "работы идут так долго и когда их наконец завершат."},
    {"sv",
     "Kommunfullmäktige beslutade på måndagen att de lokala skatterna inte "
     "ska höjas i år, trots att budgeten fortfarande är mycket stram. "
     "Enligt kommunalrådet ska arbetet med den nya bron vara klart till "
     "våren, med flera månaders försening. Många invånare undrar varför "
     "arbetet har tagit så lång tid."},
    {"tr", "Belediye meclisi pazartesi günü yaptığı açıklamada bu yıl yerel "
           "vergilerin artırılmayacağını duyurdu, ancak bütçe hâlâ çok "
           "sıkışık. Belediye başkanına göre yeni köprünün yapımı birkaç "
           "aylık bir gecikmeyle ilkbaharda tamamlanacak. Birçok vatandaş, "
           "işlerin neden bu kadar uzun sürdüğünü ve ne zaman biteceğini "
           "soruyor."},
    {"uk", "Міська рада в понеділок вирішила не підвищувати місцеві податки "
           "цього року, хоча бюджет і далі дуже напружений. За словами мера, "
           "будівництво нового мосту має завершитися навесні, із запізненням "
           "на кілька місяців. Багато мешканців запитують, чому роботи "
           "тривають так довго і коли їх нарешті закінчать."},
    {"vi", "Hội đồng thành phố cho biết vào thứ Hai rằng năm nay sẽ không "
           "tăng thuế địa phương, dù ngân sách vẫn còn rất eo hẹp. Theo thị "
           "trưởng, việc xây dựng cây cầu mới sẽ hoàn thành vào mùa xuân, "
           "chậm vài tháng so với kế hoạch. Nhiều người dân hỏi vì sao công "
           "việc kéo dài như vậy và khi nào mới xong."},
    {"zh", "市议会周一决定今年不提高地方税，尽管预算仍然非常紧张。据市长说，"
           "新桥的建设将在春天完成，比计划晚了几个月。许多居民问，为什么工程"
           "拖了这么久，什么时候才能结束。"},
    {"zh", "市議會週一決定今年不提高地方稅，儘管預算仍然非常緊張。據市長說，"
           "新橋的建設將在春天完成，比計劃晚了幾個月。許多居民問，為什麼工程"
           "拖了這麼久，什麼時候才能結束。"},
};

static const char *detected_n(const char *text, size_t n)
{
    int l = nn_lang_detect(text, n);
    return l < 0 ? "(none)" : nn_lang_code(l);
}

static const char *detected(const char *text)
{
    return detected_n(text, strlen(text));
}

/* The paragraph of language code in paras[]. */
static const char *para_of(const char *code)
{
    size_t i;
    for (i = 0; i < NN_COUNT(paras); i++)
        if (!strcmp(paras[i].code, code))
            return paras[i].text;
    fail_msg("no paragraph for %s", code);
    return NULL;
}

static void codes_in_order(void **state)
{
    size_t i;
    (void)state;
    assert_true(nn_lang_count() >= 12);
    assert_int_equal(nn_lang_count(), NN_COUNT(nn_langs));
    for (i = 0; i + 1 < nn_lang_count(); i++)
        assert_true(strcmp(nn_lang_code((int)i), nn_lang_code((int)i + 1)) < 0);
    for (i = 0; i < NN_COUNT(paras); i++)
        assert_true(nn_lang_find(paras[i].code) >= 0);
    assert_string_equal(nn_lang_code(nn_lang_find("en")), "en");
    assert_int_equal(nn_lang_find("EN"), nn_lang_find("en"));
    assert_int_equal(nn_lang_find("pt-BR"), nn_lang_find("pt"));
    assert_int_equal(nn_lang_find("uk_UA"), nn_lang_find("uk"));
    assert_int_equal(nn_lang_find("xx"), -1);
    assert_int_equal(nn_lang_find(""), -1);
    assert_int_equal(nn_lang_find("english"), -1);
    assert_int_equal(nn_lang_find(NULL), -1);
    assert_null(nn_lang_code(-1));
    assert_null(nn_lang_code((int)nn_lang_count()));
}

static int stop(const char *code, const char *w)
{
    int l = nn_lang_find(code);
    assert_true(l >= 0);
    return nn_lang_stopword(l, w, strlen(w));
}

static void stopwords_fold_case(void **state)
{
    (void)state;
    assert_true(stop("en", "The"));
    assert_true(stop("en", "THE"));
    assert_true(stop("en", "the"));
    assert_false(stop("en", "bridge"));
    assert_false(stop("de", "The"));
    assert_true(stop("ru", "И"));
    assert_true(stop("ru", "ЧТО"));
    assert_true(stop("ru", "Её")); /* ё read as е */
    assert_true(stop("ru", "ещё"));
    assert_false(stop("uk", "что"));
    assert_true(stop("uk", "Що"));
    assert_true(stop("uk", "ЇХ"));
    assert_true(stop("de", "Der"));
    assert_true(stop("de", "ÜBER"));
    assert_true(stop("de", "für"));
    assert_true(stop("de", "dass"));
    assert_true(stop("tr", "BİR")); /* İ is i */
    assert_true(stop("tr", "bir"));
    assert_true(stop("tr", "ALTI")); /* I is ı ... */
    assert_true(stop("tr", "BIR"));  /* ... or, failing that, i */
    assert_true(stop("tr", "İÇİN"));
    assert_true(stop("tr", "Çok"));
    assert_true(stop("fr", "Les"));
    assert_true(stop("fr", "l'habitant")); /* elided article */
    assert_true(stop("it", "dell\u2019anno"));
    assert_true(stop("en", "'the'"));
    assert_true(stop("es", "Para"));
    assert_true(stop("pt", "NÃO"));
    assert_true(stop("ar", "في"));
    assert_true(stop("ar", "فِي")); /* with a kasra */
    assert_true(stop("fa", "این"));
    assert_true(stop("fa", "اين")); /* Arabic yeh read as Persian */
    assert_true(stop("fa", "آن"));
    assert_true(stop("fa", "که"));
    assert_true(stop("id", "Yang"));
    assert_true(stop("nl", "Het"));
    assert_true(stop("pl", "Że"));
    assert_false(stop("en", ""));
    assert_false(stop("en", "thethethethethethethethethethethethethethethe"
                            "thethethethethethethethethethethe")); /* 75 B */
    assert_false(nn_lang_stopword(-1, "the", 3));
    assert_false(nn_lang_stopword((int)nn_lang_count(), "the", 3));
}

/* Every table is sorted bytewise without duplicates (bsearch with strcmp
 * finds each word), lower case, valid UTF-8 in NFC; the hashed union holds
 * each word of each list with that list's bit, and nothing else. */
static void tables_are_sound(void **state)
{
    size_t i, j, total = 0, slots = 0;
    (void)state;
    for (i = 0; i < NN_COUNT(nn_langs); i++) {
        const struct nn_stoplist *l = &nn_langs[i];
        assert_true(l->count >= 30); /* (Korean's last syllables: 37) */
        for (j = 0; j < l->count; j++) {
            const char *w = l->words[j];
            size_t n = strlen(w);
            utf8proc_uint8_t *nfc;
            utf8proc_int32_t cp;
            utf8proc_ssize_t r;
            size_t k;
            if (j > 0 && strcmp(l->words[j - 1], w) >= 0) {
                fprintf(stderr, "%s: %s before %s\n", l->code, l->words[j - 1],
                        w);
                fail();
            }
            assert_true(n > 0 && n < 64);
            for (k = 0; k < n; k += (size_t)r) { /* UTF-8, lower case */
                r = utf8proc_iterate((const utf8proc_uint8_t *)w + k,
                                     (utf8proc_ssize_t)(n - k), &cp);
                assert_true(r > 0);
                if (utf8proc_tolower(cp) != cp) {
                    fprintf(stderr, "%s: %s is not lower case\n", l->code, w);
                    fail();
                }
            }
            nfc = utf8proc_NFC((const utf8proc_uint8_t *)w);
            assert_non_null(nfc);
            assert_string_equal((const char *)nfc, w);
            free(nfc);
            assert_null(strstr(w, "ё"));
            assert_true(nn_lang_stopword((int)i, w, n));
        }
        total += l->count;
    }
    for (i = 0; i < NN_COUNT(nn_lang_words); i++) {
        const struct nn_lang_word *e = &nn_lang_words[i];
        uint32_t m = 0;
        assert_int_equal(e->len, strlen(e->w));
        if (i > 0)
            assert_true(strcmp(nn_lang_words[i - 1].w, e->w) < 0);
        for (j = 0; j < NN_COUNT(nn_langs); j++) {
            const struct nn_stoplist *l = &nn_langs[j];
            const char *const *hit = NULL;
            size_t lo = 0, hi = l->count;
            while (lo < hi && !hit) {
                size_t mid = (lo + hi) / 2;
                int c = strcmp(e->w, l->words[mid]);
                if (!c)
                    hit = &l->words[mid];
                else if (c < 0)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            if (hit)
                m |= 1u << j;
        }
        assert_int_equal(e->mask, m);
        total -= (size_t)__builtin_popcount(m);
    }
    assert_int_equal(total, 0);
    for (i = 0; i < NN_LANG_SLOTS; i++) {
        if (nn_lang_slots[i]) {
            assert_in_range(nn_lang_slots[i] & 0xFFFFu, 1,
                            NN_COUNT(nn_lang_words));
            slots++;
        }
    }
    assert_int_equal(slots, NN_COUNT(nn_lang_words));
}

/* Each word of the union that belongs to one list only, 20 times over, is
 * detected as that list's language: the hashed probe finds every word the
 * Makefile put in. */
static void hash_finds_every_word(void **state)
{
    size_t i;
    char text[64 * 21 + 1];
    (void)state;
    for (i = 0; i < NN_COUNT(nn_lang_words); i++) {
        const struct nn_lang_word *e = &nn_lang_words[i];
        size_t k, o = 0;
        int want;
        if (e->mask & (e->mask - 1))
            continue; /* several languages: no single answer */
        if (strstr(e->w, "ي") || strstr(e->w, "ك"))
            continue; /* Arabic yeh, kaf: Persian too, as ی and ک */
        for (want = 0; !(e->mask >> want & 1u); want++)
            ;
        for (k = 0; k < 20; k++) {
            memcpy(text + o, e->w, e->len);
            o += e->len;
            text[o++] = ' ';
        }
        text[o] = '\0';
        if (nn_lang_detect(text, o) != want) {
            fprintf(stderr, "%s: detected %s, not %s\n", e->w, detected(text),
                    nn_lang_code(want));
            fail();
        }
    }
}

static void detects_each_language(void **state)
{
    size_t i;
    (void)state;
    for (i = 0; i < NN_COUNT(paras); i++) {
        const char *got = detected(paras[i].text);
        if (strcmp(got, paras[i].code)) {
            fprintf(stderr, "paragraph %s detected as %s\n", paras[i].code,
                    got);
            fail();
        }
    }
}

static void upper_case_text(void **state)
{
    (void)state;
    assert_string_equal(
        detected(
            "THE COUNCIL SAID ON MONDAY THAT IT WOULD NOT RAISE TAXES THIS YEAR, "
            "ALTHOUGH IT IS STILL UNDER PRESSURE AND THE BRIDGE IS LATE AGAIN."),
        "en");
    assert_string_equal(
        detected(
            "BU YIL VERGİLER ARTMAYACAK, ANCAK BÜTÇE HÂLÂ ÇOK SIKIŞIK VE KÖPRÜ "
            "İÇİN DAHA BİRKAÇ AY BEKLEMEK GEREKECEK. NEDEN BU KADAR UZUN SÜRDÜĞÜ "
            "DE BİR SORU OLARAK KALIYOR."),
        "tr");
}

static void too_short_or_mixed_is_none(void **state)
{
    (void)state;
    assert_int_equal(nn_lang_detect(NULL, 0), -1);
    assert_int_equal(nn_lang_detect("", 0), -1);
    assert_string_equal(detected("The council met on Monday and agreed."),
                        "(none)");
    assert_string_equal(detected("Der Rat hat am Montag getagt."), "(none)");
    /* half English, half German: neither wins clearly */
    assert_string_equal(
        detected(
            "The council said on Monday that it would not raise the taxes. "
            "Die Stadt hat das Problem damit nur auf das nächste Jahr "
            "verschoben, sagte sie."),
        "(none)");
    /* English, French and Spanish in turn */
    assert_string_equal(detected(
                            "The work on the bridge has taken so long. "
                            "Les travaux du pont durent depuis des mois. "
                            "Los vecinos se preguntan por qué tarda tanto."),
                        "(none)");
    /* Russian and Ukrainian in turn */
    assert_string_equal(
        detected(
            "Городской совет решил не повышать налоги в этом году. "
            "Міська рада вирішила не підвищувати податки цього року, і далі."),
        "(none)");
    /* a language without a list */
    assert_string_equal(
        detected("नगर परिषद ने सोमवार को इस साल स्थानीय कर नहीं बढ़ाने का फैसला "
                 "किया, हालांकि बजट बहुत सीमित है और निवासी पुल को लेकर चिंतित "
                 "हैं।"),
        "(none)");
    /* Greek has one now (Lucene's) */
    assert_string_equal(
        detected(
            "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να μην αυξήσει τους "
            "τοπικούς φόρους φέτος, αν και ο προϋπολογισμός παραμένει πολύ "
            "περιορισμένος και οι κάτοικοι ανησυχούν για τη γέφυρα."),
        "el");
    /* no prose: names, numbers, links */
    assert_string_equal(
        detected(
            "Home News Sport Business Markets Weather 2024 12 05 Login Register "
            "Contact Privacy Terms Cookies Newsletter Podcasts Video Photos "
            "Archive Sitemap RSS Jobs Advertise"),
        "(none)");
    /* a paragraph after 8 KB of non-words is not looked at */
    {
        char big[8192 + 400];
        memset(big, '.', 8192);
        strcpy(big + 8192, para_of("en"));
        assert_int_equal(nn_lang_detect(big, strlen(big)), -1);
    }
}

/* The quick paths of nn_lang_wordchar agree with utf8proc everywhere. */
static void wordchar_agrees_with_utf8proc(void **state)
{
    int32_t cp, low;
    (void)state;
    for (cp = 0; cp < 0x3000; cp++) { /* the quick paths end at 0x2070 */
        int want = nn_is_alnum_cp(cp) || cp == '\'' || cp == 0x2019;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        if (nn_lang_wordchar(cp, &low) != want || low != utf8proc_tolower(cp)) {
            fprintf(stderr, "U+%04X: %d, U+%04X\n", (unsigned)cp, want,
                    (unsigned)low);
            fail();
        }
    }
}

/* Invalid UTF-8 and stray bytes do not trip the scanner. */
static void survives_garbage(void **state)
{
    static const char g[] = "\xff\xfe the \xc3 of \xe2\x80 and \xf0\x9f\x98";
    char buf[2048];
    size_t i;
    (void)state;
    assert_int_equal(nn_lang_detect(g, sizeof g - 1), -1);
    for (i = 0; i < sizeof buf; i++)
        buf[i] = (char)(i * 131 + 7);
    (void)nn_lang_detect(buf, sizeof buf);
    assert_false(nn_lang_stopword(nn_lang_find("en"), "\xc3", 1));
}

/* Detection reads a bounded sample: the first NN_LANG_SAMPLE bytes (and
 * stops after NN_LANG_ENOUGH words), so a page of any size costs the same
 * and what stands past the sample cannot change the verdict.  (Its speed
 * is measured by make bench, not here.) */
static void reads_a_bounded_sample(void **state)
{
    const char *ent = para_of("en"), *det = para_of("de");
    size_t en = strlen(ent), de = strlen(det), n = 0;
    size_t cap = NN_LANG_SAMPLE + 64 * 1024;
    char *text = malloc(cap);
    (void)state;
    assert_non_null(text);
    while (n + en + 1 < NN_LANG_SAMPLE) { /* English up to the sample's end */
        memcpy(text + n, ent, en);
        n += en;
        text[n++] = ' ';
    }
    while (n + de + 1 < cap) { /* then far more German */
        memcpy(text + n, det, de);
        n += de;
        text[n++] = ' ';
    }
    assert_string_equal(detected_n(text, n), "en");
    assert_string_equal(detected_n(text + NN_LANG_SAMPLE, n - NN_LANG_SAMPLE),
                        "de");
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(codes_in_order),
        cmocka_unit_test(stopwords_fold_case),
        cmocka_unit_test(tables_are_sound),
        cmocka_unit_test(hash_finds_every_word),
        cmocka_unit_test(detects_each_language),
        cmocka_unit_test(upper_case_text),
        cmocka_unit_test(too_short_or_mixed_is_none),
        cmocka_unit_test(wordchar_agrees_with_utf8proc),
        cmocka_unit_test(survives_garbage),
        cmocka_unit_test(reads_a_bounded_sample),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
