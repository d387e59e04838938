/* rules_text.c - newsnorm's own text output read back ("--profile text").
 *
 * Line 1 is the title, line 2 the date, line 3 the source, then a blank
 * line and the body, already clean: no HTML decoding, no mojibake repair,
 * no boilerplate rules, no guessing.  Never chosen by detection.  This is
 * what makes normalize(text(normalize(x))) checkable. */
#include "internal.h"
#include "rules.h"

#include <limits.h>

static const nn_rule rules[] = {
    {.name = "text-title", .pattern = "(.+)$", .act = NN_ACT_FIELD,
     .line = 1, .fields = {NN_FLD_TITLE}},
    {.name = "text-date", .pattern = NN_RE_DATE, .act = NN_ACT_FIELD,
     .line = 2, .fields = {NN_FLD_DATE}},
    {.name = "text-source", .pattern = "(.+)$", .act = NN_ACT_FIELD,
     .line = 3, .fields = {NN_FLD_SOURCE}},
};

const nn_profile nn_profile_text = {
    .id = "text",
    .source = NULL,
    .rules = rules,
    .nrules = NN_COUNT(rules),
    .threshold = INT_MAX,
    .plain = 1,
};
