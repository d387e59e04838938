/* names.c - the name model's one piece of knowledge: does a word open a
 * person's name?  data/names/given.txt (given names of many languages,
 * case-folded) is compiled into build/given_names.h; byline.c asks here
 * of a name it finds with nothing else to tell it from a place's or a
 * section's ("Nicole Mari le Lundi ...", not "Santo Domingo | ..."). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "given_names.h"

#define NAME_KEY_MAX 64 /* bytes of a given name, folded */

static int name_cmp(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* Is word s (n bytes), folded with utf8proc's options, in the table? */
static int folded_in(const char *s, size_t n, utf8proc_option_t options)
{
    utf8proc_uint8_t *m = NULL;
    char key[NAME_KEY_MAX];
    utf8proc_ssize_t len;
    int found = 0;
    len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                       options);
    if (len > 0 && (size_t)len < sizeof key) {
        memcpy(key, m, (size_t)len);
        key[len] = '\0';
        found = bsearch(key, nn_given_names, NN_COUNT(nn_given_names),
                        sizeof *nn_given_names, name_cmp) != NULL;
    }
    free(m);
    return found;
}

/* The word as the lists spell it, or without its accents where a list
 * has only the bare form ("Aníbal": "anibal"). */
static int given_word(const char *s, size_t n)
{
    size_t i;
    if (!n || n >= NAME_KEY_MAX)
        return 0;
    if (folded_in(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD))
        return 1;
    for (i = 0; i < n && !(s[i] & 0x80); i++)
        ;
    return i < n && /* (ASCII has no accent to fold) */
           folded_in(s, n,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                         UTF8PROC_STRIPMARK);
}

int nn_given_name(const char *s, size_t n)
{
    const char *h;
    /* or a double name's first ("Marie-Claire", "Karl-Heinz") */
    return given_word(s, n) ||
           ((h = memchr(s, '-', n)) != NULL && given_word(s, (size_t)(h - s)));
}
