/* pattern.h - PCRE2, for the files that compile or match patterns: the
 * rule engine (rules.c and rules_compile.c, through their private
 * rules_int.h) and profile_keys.c (a profile file's patterns checked as
 * they are read).  No other file includes it: the rest of the library
 * sees the engine only through rules.h's opaque nn_ruleset. */
#ifndef NN_PATTERN_H
#define NN_PATTERN_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

/* Compile pat as the rule engine does (UTF, UCP and opts, no JIT); NULL
 * with PCRE2's message in msg and the offset of the mistake in *off. */
pcre2_code *nn_pattern_compile(const char *pat, uint32_t opts, size_t *off,
                               char *msg, size_t msglen);

#endif /* NN_PATTERN_H */
