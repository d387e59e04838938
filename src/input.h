/* input.h - the input stage (input.c, mojibake.c): bytes -> clean UTF-8
 * with LF line ends, double-decoded text repaired. */
#ifndef NN_INPUT_H
#define NN_INPUT_H

#include "internal.h"

typedef struct nn_input_info {
    size_t invalid;  /* invalid UTF-8 sequences replaced by U+FFFD */
    size_t mojibake; /* double-decoded sequences repaired */
    size_t controls; /* control characters removed */
    size_t nuls;     /* stray NUL bytes (UTF-16: U+0000) removed */
    int bom;         /* a UTF-8 BOM was dropped */
    int utf16;       /* 0, or 16 when converted from UTF-16 */
} nn_input_info;

/* How nn_input_decode reads the text, beside the public NN_OPT_* flags:
 * NN_DEC_PLAIN, the text is newsnorm's own output (or html.c's): do not
 * repair mojibake (it would "repair" text that merely looks like it). */
enum nn_dec_mode { NN_DEC_REPAIR, NN_DEC_PLAIN };

/* Decode `data` into `out` (cleared first); flags: NN_OPT_* (only
 * NN_OPT_STRICT is read).  Returns NN_OK or an error with a message in
 * err. */
nn_status nn_input_decode(const char *data, size_t len, unsigned flags,
                          enum nn_dec_mode mode, nn_buf *out,
                          nn_input_info *info, char *err, size_t errlen);

/* Repair text that was UTF-8, decoded as Windows-1252, and encoded again
 * ("â€™" for "’").  Appends s to out with repairs; returns their count. */
size_t nn_mojibake_repair(const char *s, size_t len, nn_buf *out);
/* 0 when s holds nothing nn_mojibake_repair could repair (a quick test). */
int nn_maybe_mojibake(const char *s, size_t len);

#endif /* NN_INPUT_H */
