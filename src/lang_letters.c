/* lang_letters.c - the letters that tell a language (lang.c's
 * detection reads them as evidence besides the stopwords): a table of
 * code points and the languages that write them.  Only the indexes of
 * the lists come from build/stopwords.h here (NN_LANG_IDS_ONLY). */
#define NN_LANG_IDS_ONLY
#include "stopwords.h"

#include "lang.h"

#include <stdint.h>

#define BIT(code) (1u << NN_LANG_##code)

/* The languages that write a (lower-case) letter, when that says
 * something: ы only Russian, і only Ukrainian, ã only Portuguese, è
 * French or Italian...; 0 for letters that do not tell.  (Every language
 * named here must have a list: NN_LANG_xx comes from stopwords.h.)  Arabic
 * yeh and kaf are not evidence of Arabic: Persian text written with them
 * still turns up. */
uint32_t nn_lang_other_letters(int32_t cp)
{
    switch (cp) {
    case 0x044A:
    case 0x044B:
    case 0x044D:
    case 0x0451: /* ъ ы э ё */
        return BIT(ru);
    case 0x0454:
    case 0x0456:
    case 0x0457:
    case 0x0491: /* є і ї ґ */
        return BIT(uk);
    case 0x067E:
    case 0x0686:
    case 0x0698:
    case 0x06AF: /* پ چ ژ گ */
    case 0x06A9:
    case 0x06CC: /* ک ی */
        return BIT(fa);
    case 0x0629: /* ة */
        return BIT(ar);
    case 0x0131:
    case 0x011F: /* ı ğ */
        return BIT(tr);
    case 0x015F: /* ş (Romanian written with a cedilla too) */
        return BIT(tr) | BIT(ro);
    case 0x0105:
    case 0x0119: /* ą ę */
        return BIT(pl) | BIT(lt);
    case 0x0142:
    case 0x0144: /* ł ń */
    case 0x015B:
    case 0x017A:
    case 0x017C: /* ś ź ż */
        return BIT(pl);
    case 0x0107: /* ć */
        return BIT(pl) | BIT(hr);
    case 0x0117:
    case 0x012F:
    case 0x0173:
    case 0x016B: /* ė į ų ū */
        return BIT(lt);
    case 0x00DF: /* ß */
        return BIT(de);
    case 0x00E4: /* ä */
        return BIT(de) | BIT(sv) | BIT(fi);
    case 0x00F6: /* ö */
        return BIT(de) | BIT(tr) | BIT(sv) | BIT(fi) | BIT(hu);
    case 0x00FC: /* ü */
        return BIT(de) | BIT(tr) | BIT(hu);
    case 0x00E5: /* å */
        return BIT(sv) | BIT(da) | BIT(fi);
    case 0x00E6:
    case 0x00F8: /* æ ø (Norwegian too: read as Danish) */
        return BIT(da);
    case 0x0151:
    case 0x0171: /* ő ű */
        return BIT(hu);
    case 0x0103:
    case 0x0219:
    case 0x021B:
    case 0x0163: /* ă ș ț ţ (ş: see Turkish) */
        return BIT(ro);
    case 0x0159:
    case 0x011B:
    case 0x016F: /* ř ě ů */
        return BIT(cs);
    case 0x00F1: /* ñ */
        return BIT(es);
    case 0x00E3:
    case 0x00F5: /* ã õ */
        return BIT(pt);
    case 0x00E2: /* â */
        return BIT(fr) | BIT(pt) | BIT(ro);
    case 0x00EA:
    case 0x00F4: /* ê ô */
        return BIT(fr) | BIT(pt);
    case 0x00E7: /* ç */
        return BIT(fr) | BIT(pt) | BIT(tr);
    case 0x00EE: /* î */
        return BIT(fr) | BIT(ro);
    case 0x0153:
    case 0x00FB:
    case 0x00FF: /* œ û ÿ */
        return BIT(fr);
    case 0x00EB:
    case 0x00EF: /* ë ï (België, geïnteresseerd) */
        return BIT(fr) | BIT(nl);
    case 0x00E8:
    case 0x00F9: /* è ù */
        return BIT(fr) | BIT(it);
    case 0x00E0: /* à */
        return BIT(fr) | BIT(it) | BIT(pt);
    case 0x00EC:
    case 0x00F2: /* ì ò */
        return BIT(it);
    case 0x00E1:
    case 0x00ED:
    case 0x00FA: /* á í ú */
        return BIT(es) | BIT(pt) | BIT(cs) | BIT(hu);
    case 0x00F3: /* ó */
        return BIT(es) | BIT(pt) | BIT(pl) | BIT(hu);
    case 0x00FD: /* ý */
        return BIT(cs);
    case 0x010D:
    case 0x0161:
    case 0x017E: /* č š ž */
        return BIT(cs) | BIT(hr) | BIT(lt);
    case 0x00E9: /* é (één) */
        return BIT(es) | BIT(fr) | BIT(it) | BIT(nl) | BIT(pt) | BIT(cs) |
               BIT(hu);
    default:
        return 0;
    }
}
