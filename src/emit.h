/* emit.h - a record written as JSON, XML, text or markdown (emit_*.c). */
#ifndef NN_EMIT_H
#define NN_EMIT_H

#include "internal.h"

void nn_json_string(nn_buf *out, const char *s);
void nn_emit_json(const nn_record *rec, unsigned flags, int pretty, int indent,
                  nn_buf *out);
void nn_emit_xml(const nn_record *rec, unsigned flags, nn_buf *out);
void nn_emit_text(const nn_record *rec, nn_buf *out);
void nn_emit_markdown(const nn_record *rec, nn_buf *out);

#endif /* NN_EMIT_H */
