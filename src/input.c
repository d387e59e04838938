/* input.c - bytes in, clean UTF-8 out.
 *
 * Everything that concerns bytes rather than text happens here, once, where
 * the input enters: size and emptiness, NUL bytes (binary input, or stray
 * ones in text), UTF-16 with a BOM, the UTF-8 BOM, CRLF and CR line ends,
 * C0 control characters, invalid UTF-8 (U+FFFD), U+2028/U+2029 (line
 * breaks) and double-decoded text ("mojibake").  Later stages may assume
 * valid UTF-8 with LF line ends.
 *
 * NUL bytes.  A NUL is never text, but scrapers leave a few in text (a C
 * string written with its terminator, a field padded with NULs): those are
 * removed and counted in info->nuls so that the caller can warn.  An input
 * that holds a NUL is refused as binary (NN_ERR_BINARY, "not text: NUL byte
 * at offset N", N the first NUL's) when its NULs and other C0 controls (all
 * but tab, LF, VT, FF and CR) are more than 1% of its bytes, or more than
 * 1% of its first 4 KiB; one such byte alone is always tolerated.  Binary
 * formats (archives, images, executables, compressed data) have them at
 * around 10% of their bytes and more in their headers, UTF-16 without a
 * BOM at 50%, while text with a stray NUL has next to none.  UTF-16 input
 * (with a BOM) is judged the same way on its code units, U+0000 for NUL,
 * with offsets in input bytes.  An input without a NUL is not examined: it
 * costs one memchr, as before.
 *
 * Office escapes.  Text that went through a spreadsheet or an Office XML
 * file keeps its carriage returns as "_x000D_" (OOXML's ST_Xstring
 * escape) before each line feed.  At a line's end (blanks may follow it)
 * the escape goes, as a CR before LF does; anywhere else it is left as it
 * is: an article about the format may print it ("What does _x000D_ mean
 * in my Excel export?"), and no writer ends a line with it.  An input
 * without "_x00" costs one scan. */
#include "input.h"
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* The rule above: are `bad` of n bytes (or UTF-16 code units) too many
 * for text?  NN_BIN_HEAD is the head judged on its own. */
#define NN_BIN_HEAD 4096 /* bytes */
static int too_binary(size_t bad, size_t n)
{
    return bad > 1 && bad > n / 100; /* more than 1%, and not one alone */
}

static int bin_unit(uint32_t u)
{
    return u < 0x20 && (u < 0x09 || u > 0x0D);
}

/* NULs and C0 controls other than white space in p[0..len). */
static size_t count_bin(const unsigned char *p, size_t len)
{
    size_t i = 0, n = 0;
    for (; len - i >= 8; i += 8) { /* text: eight bytes at a time */
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (nn_ctl_bytes(w) & ~nn_eq_bytes(w, '\n') & ~nn_eq_bytes(w, '\t')) {
            size_t k;
            for (k = 0; k < 8; k++)
                n += (size_t)bin_unit(p[i + k]);
        }
    }
    for (; i < len; i++)
        n += (size_t)bin_unit(p[i]);
    return n;
}

static void put_cp(nn_buf *out, int32_t cp)
{
    uint8_t tmp[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
    nn_buf_put(out, tmp, (size_t)n);
}

/* UTF-16 (with BOM) to UTF-8.  Hand-written rather than libxml2's
 * converters because those stop at the first unpaired surrogate, while we
 * substitute U+FFFD and carry on like the UTF-8 path does. */
static nn_status utf16_to_utf8(const unsigned char *p, size_t len, int big,
                               unsigned flags, nn_buf *out, nn_input_info *info,
                               char *err, size_t errlen)
{
    size_t i, bad = 0, nuls = 0, first = 0, ctl = 0, ctl_head = 0;

    for (i = 0; i + 1 < len; i += 2) { /* NULs: stray, or binary input */
        uint32_t u = big ? (uint32_t)(p[i] << 8 | p[i + 1])
                         : (uint32_t)(p[i + 1] << 8 | p[i]);
        if (bin_unit(u)) {
            ctl++;
            ctl_head += i + 2 <= NN_BIN_HEAD;
            if (u == 0 && !nuls++)
                first = i + 2; /* offsets count the BOM: input bytes */
        }
    }
    if (nuls &&
        (too_binary(ctl, len / 2) ||
         too_binary(ctl_head,
                    len / 2 < NN_BIN_HEAD / 2 ? len / 2 : NN_BIN_HEAD / 2))) {
        snprintf(err, errlen, "not text: NUL character at offset %zu", first);
        return NN_ERR_BINARY;
    }
    info->nuls += nuls;
    nn_buf_grow(out, len + len / 2);
    for (i = 0; i + 1 < len; i += 2) {
        uint32_t u = big ? (uint32_t)(p[i] << 8 | p[i + 1])
                         : (uint32_t)(p[i + 1] << 8 | p[i]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
            uint32_t v = big ? (uint32_t)(p[i + 2] << 8 | p[i + 3])
                             : (uint32_t)(p[i + 3] << 8 | p[i + 2]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                put_cp(out, (int32_t)(0x10000 + ((u - 0xD800) << 10) +
                                      (v - 0xDC00)));
                i += 2;
                continue;
            }
        }
        if (u == 0) /* a stray one: dropped, counted above */
            continue;
        if (u >= 0xD800 && u <= 0xDFFF) { /* an unpaired surrogate */
            if (flags & NN_OPT_STRICT) {
                snprintf(err, errlen, "invalid UTF-16 at byte %zu", i + 2);
                return NN_ERR_ENCODING;
            }
            u = 0xFFFD;
            bad++;
        }
        put_cp(out, (int32_t)u);
    }
    if (len % 2) { /* an odd byte at the end */
        if (flags & NN_OPT_STRICT) {
            snprintf(err, errlen, "invalid UTF-16 at byte %zu", len + 1);
            return NN_ERR_ENCODING;
        }
        put_cp(out, 0xFFFD);
        bad++;
    }
    info->invalid += bad;
    return NN_OK;
}

/* Length of the invalid sequence at p: the lead byte plus the continuation
 * bytes that follow it, so that one broken character gives one U+FFFD. */
static size_t invalid_span(const unsigned char *p, size_t len)
{
    size_t n = 1;
    while (n < len && n < 4 && (p[n] & 0xC0) == 0x80 && p[0] >= 0xC0)
        n++;
    return n;
}

/* The main pass: validate UTF-8, unify line ends, drop C0 controls. */
static nn_status decode_utf8(const unsigned char *p, size_t len, size_t base,
                             unsigned flags, nn_buf *out, nn_input_info *info,
                             char *err, size_t errlen)
{
    size_t i = 0;

    nn_buf_grow(out, len);
    while (i < len) {
        size_t run = i;
        unsigned char c;
        /* ASCII that needs nothing (line feeds and tabs included): copy
         * in one go, found eight bytes at a time */
        while (len - run >= 8) {
            uint64_t w, ctl;
            memcpy(&w, p + run, 8);
            ctl =
                nn_ctl_bytes(w) & ~nn_eq_bytes(w, '\n') & ~nn_eq_bytes(w, '\t');
            if (ctl | nn_high_bytes(w))
                break;
            run += 8;
        }
        while (run < len && ((p[run] >= 0x20 && p[run] < 0x7F) ||
                             p[run] == '\n' || p[run] == '\t'))
            run++;
        if (run > i) {
            nn_buf_put(out, p + i, run - i);
            i = run;
            continue;
        }
        c = p[i];
        if (c == '\n' || c == '\t') {
            nn_buf_putc(out, (char)c);
            i++;
        } else if (c == '\r') {
            nn_buf_putc(out, '\n');
            i += (i + 1 < len && p[i + 1] == '\n') ? 2 : 1;
        } else if (c < 0x80) {
            if (c)
                info->controls++; /* C0 control or DEL */
            else
                info->nuls++; /* a stray NUL (see the top) */
            i++;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t n =
                utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
            if (n < 0) {
                if (flags & NN_OPT_STRICT) {
                    snprintf(err, errlen, "invalid UTF-8 at byte %zu",
                             base + i);
                    return NN_ERR_ENCODING;
                }
                info->invalid++;
                put_cp(out, 0xFFFD);
                i += invalid_span(p + i, len - i);
            } else {
                if (cp == 0x2028 || cp == 0x2029)
                    nn_buf_putc(out, '\n');
                else
                    nn_buf_put(out, p + i, (size_t)n);
                i += (size_t)n;
            }
        }
    }
    return NN_OK;
}

#define OFFICE_CR_LEN 7 /* bytes of "_x000D_" */

/* Is s (n bytes) the CR escape, in either case of its hex digit, with
 * only blanks after it up to a line's end or the input's? */
static int office_cr_at_end(const char *s, size_t n)
{
    size_t k = OFFICE_CR_LEN;
    if (n < OFFICE_CR_LEN || memcmp(s, "_x000", 5) != 0 ||
        (s[5] != 'D' && s[5] != 'd') || s[6] != '_')
        return 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k == n || s[k] == '\n';
}

/* Drop the escapes of the comment at the top, in place. */
static void office_escapes(nn_buf *b)
{
    size_t i, o = 0;
    if (!b->len || !nn_find(b->ptr, b->len, "_x00", 4))
        return;
    for (i = 0; i < b->len;) {
        if (b->ptr[i] == '_' && office_cr_at_end(b->ptr + i, b->len - i))
            i += OFFICE_CR_LEN;
        else
            b->ptr[o++] = b->ptr[i++];
    }
    nn_buf_truncate(b, o);
}

/* Only white space (and stray NULs)? */
static int only_space(const unsigned char *p, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' &&
            p[i] != '\f' && p[i] != '\v' && p[i] != 0)
            return 0;
    return 1;
}

nn_status nn_input_decode(const char *data, size_t len, unsigned flags,
                          enum nn_dec_mode mode, nn_buf *out,
                          nn_input_info *info, char *err, size_t errlen)
{
    const unsigned char *p = (const unsigned char *)data;
    const void *nul;
    nn_buf tmp = NN_BUF_INIT;
    nn_status st;

    memset(info, 0, sizeof *info);
    nn_buf_clear(out);
    if (len >= 2 &&
        ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        info->utf16 = 16;
        st = utf16_to_utf8(p + 2, len - 2, p[0] == 0xFE, flags, &tmp, info, err,
                           errlen);
        if (st != NN_OK)
            goto out;
        p = (const unsigned char *)tmp.ptr;
        len = tmp.len;
    }
    if ((nul = memchr(p, 0, len)) != NULL &&
        (too_binary(count_bin(p, len), len) ||
         too_binary(count_bin(p, len < NN_BIN_HEAD ? len : NN_BIN_HEAD),
                    len < NN_BIN_HEAD ? len : NN_BIN_HEAD))) {
        snprintf(err, errlen, "not text: NUL byte at offset %zu",
                 (size_t)((const unsigned char *)nul - p));
        st = NN_ERR_BINARY;
        goto out;
    }
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        info->bom = 1;
        p += 3;
        len -= 3;
    }
    if (len == 0 || only_space(p, len)) {
        snprintf(err, errlen,
                 !len  ? "empty input"
                 : nul ? "no text (only white space and NUL bytes)"
                       : "no text (only white space)");
        st = NN_ERR_EMPTY;
        goto out;
    }
    /* offsets in messages count from the first byte of the input */
    st = decode_utf8(p, len, info->bom ? 3 : 0, flags, out, info, err, errlen);
    if (st == NN_OK)
        office_escapes(out);
    if (st == NN_OK && mode != NN_DEC_PLAIN &&
        nn_maybe_mojibake(out->ptr, out->len)) {
        nn_buf fixed = NN_BUF_INIT;
        info->mojibake = nn_mojibake_repair(out->ptr, out->len, &fixed);
        if (info->mojibake) {
            nn_buf_free(out);
            *out = fixed;
        } else {
            nn_buf_free(&fixed);
        }
    }
out:
    nn_buf_free(&tmp);
    return st;
}
