# newsnorm - normalize raw scraped news articles into clean records.
#
#   make run      install missing build dependencies, build, normalize samples/
#   make check    the same set-up, then every test (unit, golden, CLI, Python)
#   make          build ./newsnorm, build/libnewsnorm.a and build/libnewsnorm.so
#   make install PREFIX=/usr/local   (and uninstall)
#   make sanitize | valgrind | fuzz | bench | eval | lint | format | clean

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wpointer-arith -Wformat=2
PKGS    := libxml-2.0 libutf8proc libpcre2-8 jansson zlib
TPKGS   := cmocka jansson
# Debian packages behind the pkg-config names above, and the tools the
# tests use (xmllint, a YAML parser, a C compiler; pytest, Dask, pip and
# GNU parallel for tests/python).
DEBS    := pkg-config gcc libc6-dev make libxml2-dev libutf8proc-dev \
           libpcre2-dev libcmocka-dev libjansson-dev libxml2-utils zlib1g-dev \
           python3 python3-yaml python3-pytest python3-distributed python3-pip \
           parallel

B       := build
LIBSRC  := buf input mojibake inline unicode date date_names date_words date_calendar \
           date_find url rules rules_compile profile_file \
           profile_keys profile_dump profiles page page_wrap page_lines page_blocks \
           page_chrome page_credits page_promos page_hints page_title_shape page_headline page_markers page_span page_after page_repeats paragraph record normalize \
           classify classify_dates tails byline names title title_slug source source_chrome emit_json emit_xml emit_text render lang lang_letters html \
           html_prestrip html_tree html_jsonld html_meta html_article \
           html_write simhash dedup stream jsonl warc
CLISRC  := main batch output walk check xalloc
LIBOBJ  := $(LIBSRC:%=$(B)/%.o)
CLIOBJ  := $(CLISRC:%=$(B)/%.o)
UNITS   := $(basename $(notdir $(wildcard tests/unit/test_*.c)))
# The shared library: libnewsnorm.so.VERSION, soname libnewsnorm.so.SOVER,
# and the links libnewsnorm.so.SOVER and libnewsnorm.so beside it.  Every
# object is compiled -fPIC and -fvisibility=hidden, so the static and the
# shared library are made of the same objects; include/newsnorm.h gives its
# declarations default visibility, so the .so exports the public API alone.
VERSION := $(shell sed -n 's/^.define NN_VERSION "\(.*\)"/\1/p' include/newsnorm.h)
SOVER   := 0
SOLIB   := libnewsnorm.so.$(VERSION)

# pkg-config is asked lazily (=) so that `make deps` can install it first.
PKG_CFLAGS  = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS    = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
TPKG_CFLAGS = $(shell pkg-config --cflags $(TPKGS) 2>/dev/null)
TPKG_LIBS   = $(shell pkg-config --libs $(TPKGS) 2>/dev/null)
ALL_CFLAGS  = $(WARN) -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Iinclude -I$(B) \
              $(PKG_CFLAGS) $(CFLAGS) -pthread -fPIC -fvisibility=hidden

.PHONY: all run check deps test unit golden cli clean install uninstall \
        sanitize tsan valgrind fuzz fuzz-stream fuzz-afl bench eval lint format instrumented \
        unit-bins

all: newsnorm $(B)/libnewsnorm.so

# ---- dependencies: installed only when something is missing ----------
deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"; \
	command -v $(CC) >/dev/null 2>&1 || missing="$$missing cc"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing xmllint"; \
	/usr/bin/python3 -c 'import yaml' >/dev/null 2>&1 || missing="$$missing python3-yaml"; \
	/usr/bin/python3 -c 'import pytest, dask.bag, distributed, pip' \
	    >/dev/null 2>&1 || missing="$$missing python3-pytest python3-distributed \
	    python3-pip"; \
	command -v parallel >/dev/null 2>&1 || missing="$$missing parallel"; \
	if command -v pkg-config >/dev/null 2>&1; then \
	  for p in $(PKGS) $(TPKGS); do \
	    pkg-config --exists $$p || missing="$$missing $$p"; done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  echo "newsnorm: missing:$$missing; installing Debian packages"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	  else echo "newsnorm: run as root or install: $(DEBS)" >&2; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get update -qq && \
	  $$sudo apt-get install -y -qq --no-install-recommends $(DEBS) >/dev/null \
	  || { echo "newsnorm: apt-get failed" >&2; exit 1; }; \
	fi

# ---- build -----------------------------------------------------------
$(B):
	@mkdir -p $(B)

$(B)/gen_nfcqc: src/gen_nfcqc.c | $(B)
	$(CC) $(WARN) $(CFLAGS) $(shell pkg-config --cflags libutf8proc) $< \
	    -o $@ $(shell pkg-config --libs libutf8proc)

$(B)/nfcqc.h: $(B)/gen_nfcqc
	$(B)/gen_nfcqc > $@.tmp && mv $@.tmp $@

$(B)/unicode.o: $(B)/nfcqc.h

# Profiles: data/profiles/NAME.rules, one outlet each, and common.rules,
# the rules every profile uses and the names patterns may use
# (newsnorm-rules(5)).  build/gen_profiles reads them with the library's
# own reader (src/profile_file.c: a mistake fails the build with its file
# and line) and writes build/profiles.h, the C tables profiles.c holds:
# the profiles in name order, which is their detection order.  Nothing is
# parsed at start-up; --rules reads more files at run time.
PROFILE_FILES := $(sort $(filter-out data/profiles/common.rules, \
                   $(wildcard data/profiles/*.rules)))

PROFILE_READER := src/profile_file.c src/profile_keys.c src/buf.c

$(B)/gen_profiles: src/gen_profiles.c $(PROFILE_READER) src/profile_file.h \
                   src/internal.h include/newsnorm.h | $(B)
	@echo "  CC      $@"
	@$(CC) $(ALL_CFLAGS) src/gen_profiles.c $(PROFILE_READER) \
	    $(PKG_LIBS) $(LDFLAGS) -o $@

$(B)/profiles.h: $(B)/gen_profiles data/profiles/common.rules $(PROFILE_FILES)
	@echo "  GEN     $@"
	@$(B)/gen_profiles data/profiles/common.rules $(PROFILE_FILES) > $@.tmp
	@mv $@.tmp $@

$(B)/profiles.o: $(B)/profiles.h
$(B)/profile_file.o $(B)/profile_keys.o: src/profile_file.h

# End markers: data/page/end-markers.tsv, one a line (the verdict's name,
# the strength, the phrase, tab-separated; '#' comments), written out as
# page_markers.c's table rows.  A phrase may not hold a quote or a
# backslash; a verdict's name that page.h does not know fails to compile.
$(B)/end_markers.h: data/page/end-markers.tsv Makefile | $(B)
	@echo "  GEN     $@"
	@LC_ALL=C awk -F '\t' ' \
	  function die(m) { print FILENAME ":" FNR ": " m > "/dev/stderr"; \
	    bad = 1; exit 1 } \
	  /^#/ || /^$$/ { next } \
	  NF != 3 { die("want verdict, strength and phrase, tab-separated") } \
	  $$1 !~ /^[a-z-]+$$/ { die("bad verdict name: " $$1) } \
	  $$2 !~ /^(weak|strong|alone|empty|listed)$$/ { die("strength not weak, strong, alone, empty or listed: " $$2) } \
	  $$3 == "" || $$3 ~ /["\\]/ { die("empty phrase, or a quote or backslash in it") } \
	  { k = toupper($$1); gsub(/-/, "_", k); \
	    printf "    {\"%s\", NN_V_%s, END_%s},\n", $$3, k, toupper($$2) } \
	  END { if (bad) exit 1 }' $< > $@.tmp && mv $@.tmp $@

# Given names: data/names/given.txt, one a line, case-folded, '#'
# comments; build/given_names.h holds them sorted bytewise for bsearch
# with strcmp (names.c).
$(B)/given_names.h: data/names/given.txt Makefile | $(B)
	@echo "  GEN     $@"
	@set -e; export LC_ALL=C; \
	{ echo '/* generated from data/names/given.txt by the Makefile */'; \
	  echo 'static const char *const nn_given_names[] = {'; \
	  sed -e 's/#.*//' -e 's/[[:space:]]//g' $< | grep -v '^$$' | sort -u | \
	    awk '/["\\]/ || length($$0) > 63 { print "bad name: " $$0 > "/dev/stderr"; exit 1 } \
	    { printf "    \"%s\",\n", $$0 }'; \
	  echo '};'; } > $@.tmp && mv $@.tmp $@

# Stopword lists: data/stopwords/LANG.txt, one word a line, '#' comments.
# build/stopwords.h holds NN_LANG_xx, each language's index in code order
# (alone where NN_LANG_IDS_ONLY is defined: lang_letters.c);
# nn_stopwords[], page.c's list (en.txt alone); where NN_LANG_TABLES is
# defined (lang.c, the unit tests): nn_stop_LANG[] for every list, sorted
# bytewise for bsearch with strcmp; nn_langs[] (code, words, count) in
# code order; declared for all (lang_probe.h probes them inline) and
# defined where NN_LANG_UNION is (lang.c alone): nn_lang_words[], the
# union of the lists, each word with the mask of its languages (bit i =
# nn_langs[i]); and nn_lang_slots[], that union hashed: h = (h + byte) *
# 2654435761 mod 2^32 from 0, the top bits of h for the slot, linear
# probing, each slot bits 3-18 of h << 16 | index + 1 (0: free); lang.c
# probes the same way.  The table is at most a quarter full: a word that
# is no stopword (most) meets a free slot after 1.4 slots on average, not
# the 2.2 of a table half full.
STOPLISTS := $(sort $(wildcard data/stopwords/*.txt))

$(B)/stopwords.h: $(STOPLISTS) Makefile | $(B)
	@echo "  GEN     $@"
	@set -e; export LC_ALL=C; \
	words() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$$1" | grep -v '^$$' | sort -u; }; \
	cstr() { awk '/["\\]/ || length($$0) > 63 { print "bad stopword: " $$0 > "/dev/stderr"; exit 1 } \
	    { printf "    \"%s\",\n", $$0 }'; }; \
	{ echo '/* generated from data/stopwords by the Makefile */'; \
	  i=0; for f in $(STOPLISTS); do \
	    echo "#define NN_LANG_$$(basename "$$f" .txt) $$i"; i=$$((i + 1)); done; \
	  echo '#ifndef NN_LANG_IDS_ONLY'; \
	  echo 'static const char *const nn_stopwords[] = {'; \
	  words data/stopwords/en.txt | cstr; echo '};'; \
	  echo '#ifdef NN_LANG_TABLES'; \
	  for f in $(STOPLISTS); do c=$$(basename "$$f" .txt); \
	    case $$c in *[!a-z]*) echo "bad language code: $$c" >&2; exit 1;; esac; \
	    echo "static const char *const nn_stop_$$c[] = {"; \
	    words "$$f" | cstr; echo '};'; done; \
	  echo 'static const struct nn_stoplist {'; \
	  echo '    const char *code; const char *const *words; size_t count;'; \
	  echo '} nn_langs[] = {'; \
	  i=0; for f in $(STOPLISTS); do c=$$(basename "$$f" .txt); \
	    echo "    { \"$$c\", nn_stop_$$c, sizeof nn_stop_$$c / sizeof nn_stop_$$c[0] },"; \
	  done; echo '};'; \
	  i=0; for f in $(STOPLISTS); do \
	    words "$$f" | awk -v i=$$i '{ print $$0 "\t" i }'; i=$$((i + 1)); \
	  done | sort | awk -F '\t' -v nl=$(words $(STOPLISTS)) ' \
	    function mul(x) { return ((int(x / 65536) * 2654435761) % 65536 * 65536 + \
	        x % 65536 * 2654435761) % 4294967296 } \
	    function die(m) { print "stopwords.h: " m > "/dev/stderr"; exit 1 } \
	    BEGIN { if (nl > 32) die("more than 32 lists"); \
	      for (c = 1; c < 256; c++) ord[sprintf("%c", c)] = c } \
	    n == 0 || $$1 != w[n] { n++; w[n] = $$1; m[n] = 0 } \
	    { m[n] += 2 ^ $$2 } \
	    END { if (n >= 65535) die("more than 65534 words"); \
	      for (b = 1; 2 ^ b < 4 * n; b++) ; s = 2 ^ b; \
	      print "#endif"; \
	      printf "#define NN_LANG_SLOTS %d\n#define NN_LANG_SHIFT %d\n", s, 32 - b; \
	      printf "#define NN_LANG_NWORDS %d\n", n; \
	      print "struct nn_lang_word {"; \
	      print "    const char *w; uint32_t mask; uint8_t len;"; \
	      print "};"; \
	      print "extern const struct nn_lang_word nn_lang_words[NN_LANG_NWORDS];"; \
	      print "extern const uint32_t nn_lang_slots[NN_LANG_SLOTS];"; \
	      print "#ifdef NN_LANG_UNION"; \
	      print "const struct nn_lang_word nn_lang_words[NN_LANG_NWORDS] = {"; \
	      for (i = 1; i <= n; i++) { \
	        printf "    { \"%s\", 0x%x, %d },\n", w[i], m[i], length(w[i]); \
	        h = 0; for (k = 1; k <= length(w[i]); k++) \
	          h = mul(h + ord[substr(w[i], k, 1)]); \
	        j = int(h / 2 ^ (32 - b)); while (j in t) j = (j + 1) % s; \
	        t[j] = i; g[j] = int(h / 8) % 65536 } \
	      print "};"; \
	      print "const uint32_t nn_lang_slots[NN_LANG_SLOTS] = {"; \
	      for (j = 0; j < s; j++) \
	        printf "%s0x%04x%04x,%s", j % 8 ? " " : "   ", j in t ? g[j] : 0, \
	          j in t ? t[j] : 0, j % 8 == 7 ? "\n" : ""; \
	      print "};" }'; \
	  echo '#endif'; \
	  echo '#endif'; \
	} > $@.tmp; mv $@.tmp $@

$(B)/page.o: $(B)/stopwords.h src/lang.h src/lang_probe.h
$(B)/page_markers.o: $(B)/end_markers.h
$(B)/names.o: $(B)/given_names.h
$(B)/page_blocks.o: $(B)/stopwords.h
$(B)/lang.o $(B)/lang_letters.o: $(B)/stopwords.h src/lang.h src/lang_probe.h
$(B)/html.o $(B)/normalize.o: src/html.h
$(B)/stream.o $(B)/jsonl.o $(B)/warc.o: src/stream.h src/html.h
$(B)/render.o $(B)/emit_xml.o: src/stream.h

# Each object also records the headers it read (-MMD): a change to any of
# them (page_int.h, article.h, ...) rebuilds exactly its readers.
$(B)/%.o: src/%.c src/internal.h include/newsnorm.h | $(B)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(wildcard $(B)/*.d)

$(B)/main.o $(B)/batch.o $(B)/output.o $(B)/walk.o $(B)/check.o $(B)/xalloc.o: src/cli.h
$(B)/batch.o $(B)/output.o: src/batch.h

$(B)/libnewsnorm.a: $(LIBOBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/$(SOLIB): $(LIBOBJ)
	$(CC) $(ALL_CFLAGS) -shared -Wl,-soname,libnewsnorm.so.$(SOVER) \
	    -Wl,-z,defs $^ $(PKG_LIBS) $(LDFLAGS) -o $@

$(B)/libnewsnorm.so: $(B)/$(SOLIB)
	ln -sf $(SOLIB) $(B)/libnewsnorm.so.$(SOVER)
	ln -sf $(SOLIB) $@

newsnorm: $(CLIOBJ) $(B)/libnewsnorm.a
	$(CC) $(ALL_CFLAGS) $(CLIOBJ) $(B)/libnewsnorm.a $(PKG_LIBS) \
	    $(LDFLAGS) -o $@

# ---- the two quick-start commands ------------------------------------
run: deps
	@$(MAKE) --no-print-directory newsnorm
	./newsnorm -f json samples/*.txt samples/*.html

# PYTHON_TESTS=1: the Python module's and the Dask example's tests too
# (tests/python, with pytest), over build/libnewsnorm.so; the sanitizer
# builds leave them out (an instrumented .so cannot be loaded by python).
check: deps
	@$(MAKE) --no-print-directory newsnorm unit-bins $(B)/libnewsnorm.so
	@PYTHON_TESTS=1 bash tests/run-all.sh

# ---- tests -----------------------------------------------------------
unit-bins: $(UNITS:%=$(B)/%)

$(B)/test_%: tests/unit/test_%.c tests/unit/testlib.h $(B)/libnewsnorm.a
	$(CC) $(ALL_CFLAGS) -Isrc -Itests/unit $(TPKG_CFLAGS) $< \
	    $(B)/libnewsnorm.a $(PKG_LIBS) $(TPKG_LIBS) $(LDFLAGS) -o $@
$(B)/test_jsonl $(B)/test_warc: tests/unit/streamlib.h src/stream.h

# Body extraction of page-style scrapes scored against hand-written bodies
# (word 4-gram precision, recall, F1); fails below the issue's targets.
# Then the real pages: tests/blind (real scrapes kept out of development,
# reported, not a gate), and, where shared/ lies beside the clone as in CI,
# the development set of real scrapes (fails below 95% of its checks) and
# the real HTML pages (reported).
SHARED ?= ../shared

eval: newsnorm
	python3 tests/eval/eval.py ./newsnorm --min-f1 0.95 --min-p 0.93 --min-r 0.95
	@python3 tests/blind/score.py ./newsnorm -v | tail -2
	@if [ -f $(SHARED)/realpages/score.py ]; then \
	  python3 $(SHARED)/realpages/score.py ./newsnorm -v | tail -2; \
	  python3 $(SHARED)/realpages/score.py ./newsnorm > /dev/null; \
	else echo "realpages: skipped ($(SHARED)/realpages is not here)"; fi
	@if [ -f $(SHARED)/htmlpages/score.py ]; then \
	  python3 $(SHARED)/htmlpages/score.py ./newsnorm | tail -3; \
	else echo "htmlpages: skipped ($(SHARED)/htmlpages is not here)"; fi

test: check

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (and
# LeakSanitizer), in its own build directory.
sanitize: deps
	@$(MAKE) --no-print-directory B=build-asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" instrumented
	@NEWSNORM=./build-asan/newsnorm UNIT_DIR=build-asan \
	    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 bash tests/run-all.sh

# The whole suite under ThreadSanitizer: the CLI's -j runs and the unit
# test of normalizers that share their compiled rules across threads.  Run
# without address randomization (setarch -R) where that is allowed:
# kernels with many random mmap bits leave ThreadSanitizer no room for its
# shadow memory.  The hostile inputs get a longer bound (it is 5-15x
# slower).
tsan: deps
	@$(MAKE) --no-print-directory B=build-tsan \
	    CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" \
	    instrumented
	@norand=""; setarch "$$(uname -m)" -R true 2>/dev/null && \
	    norand="setarch $$(uname -m) -R"; \
	NEWSNORM=./build-tsan/newsnorm UNIT_DIR=build-tsan PATHO_BOUND=300 \
	    TSAN_OPTIONS=halt_on_error=1:abort_on_error=1 \
	    $$norand bash tests/run-all.sh

# The CLI and the unit tests built in $(B) with the caller's CFLAGS.
instrumented: $(CLIOBJ) $(B)/libnewsnorm.a $(UNITS:%=$(B)/%)
	$(CC) $(ALL_CFLAGS) $(CLIOBJ) $(B)/libnewsnorm.a $(PKG_LIBS) \
	    $(LDFLAGS) -o $(B)/newsnorm

valgrind: deps
	@$(MAKE) --no-print-directory newsnorm unit-bins
	@command -v valgrind >/dev/null 2>&1 || apt-get install -y -qq valgrind >/dev/null
	@VALGRIND=1 bash tests/run-all.sh

bench: deps
	@$(MAKE) --no-print-directory newsnorm $(B)/bench-inmem $(B)/libnewsnorm.so
	bash bench/run.sh

$(B)/bench-inmem: bench/inmem.c $(B)/libnewsnorm.a include/newsnorm.h
	$(CC) $(ALL_CFLAGS) $< $(B)/libnewsnorm.a $(PKG_LIBS) $(LDFLAGS) -o $@

# clang-tidy (the checks and why some are left out: .clang-tidy), cppcheck
# and clang-format (the tree as `make format` leaves it), each finding an
# error; the tools installed when missing.
lint: deps $(B)/nfcqc.h $(B)/profiles.h $(B)/stopwords.h
	@missing=""; \
	command -v clang-tidy >/dev/null 2>&1 || missing="clang-tidy"; \
	command -v cppcheck >/dev/null 2>&1 || missing="$$missing cppcheck"; \
	command -v clang-format >/dev/null 2>&1 || missing="$$missing clang-format"; \
	if [ -n "$$missing" ]; then \
	  echo "newsnorm: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null || \
	  { echo "newsnorm: apt-get failed" >&2; exit 1; }; \
	fi
	clang-tidy --quiet src/*.c -- $(WARN) -D_XOPEN_SOURCE=700 \
	    -D_DEFAULT_SOURCE -Iinclude -I$(B) $(PKG_CFLAGS)
	cppcheck --quiet --enable=warning,performance,portability \
	    --error-exitcode=1 -Iinclude -Isrc src
	clang-format --dry-run --Werror src/*.c src/*.h include/*.h \
	    tests/unit/*.c tests/unit/*.h
	@echo "lint: no findings"

format:
	clang-format -i src/*.c src/*.h include/*.h tests/unit/*.c tests/unit/*.h

# ---- install ---------------------------------------------------------
install: newsnorm $(B)/libnewsnorm.so
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/man/man5
	install -m 755 newsnorm $(DESTDIR)$(PREFIX)/bin/newsnorm
	install -m 644 include/newsnorm.h $(DESTDIR)$(PREFIX)/include/newsnorm.h
	install -m 644 $(B)/libnewsnorm.a $(DESTDIR)$(PREFIX)/lib/libnewsnorm.a
	install -m 755 $(B)/$(SOLIB) $(DESTDIR)$(PREFIX)/lib/$(SOLIB)
	ln -sf $(SOLIB) $(DESTDIR)$(PREFIX)/lib/libnewsnorm.so.$(SOVER)
	ln -sf $(SOLIB) $(DESTDIR)$(PREFIX)/lib/libnewsnorm.so
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ]; then ldconfig || true; fi
	install -m 644 doc/newsnorm.1 $(DESTDIR)$(PREFIX)/share/man/man1/newsnorm.1
	install -m 644 doc/newsnorm-rules.5 \
	    $(DESTDIR)$(PREFIX)/share/man/man5/newsnorm-rules.5
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	    doc/newsnorm.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/newsnorm.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/newsnorm \
	    $(DESTDIR)$(PREFIX)/include/newsnorm.h \
	    $(DESTDIR)$(PREFIX)/lib/libnewsnorm.a \
	    $(DESTDIR)$(PREFIX)/lib/$(SOLIB) \
	    $(DESTDIR)$(PREFIX)/lib/libnewsnorm.so.$(SOVER) \
	    $(DESTDIR)$(PREFIX)/lib/libnewsnorm.so \
	    $(DESTDIR)$(PREFIX)/lib/pkgconfig/newsnorm.pc \
	    $(DESTDIR)$(PREFIX)/share/man/man1/newsnorm.1 \
	    $(DESTDIR)$(PREFIX)/share/man/man5/newsnorm-rules.5

clean:
	rm -rf build build-asan build-tsan build-fuzz build-afl newsnorm

# ---- fuzzing -----------------------------------------------------------
# libFuzzer with ASan+UBSan; the corpus starts from samples/ (each sample
# with an options byte in front).  FUZZ_SECONDS bounds the run.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer

fuzz: deps
	@command -v $(FUZZ_CC) >/dev/null 2>&1 && [ -d /usr/lib/llvm-14/lib/clang ] || \
	    { apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }
	@$(MAKE) --no-print-directory B=build-fuzz CC=$(FUZZ_CC) \
	    CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" build-fuzz/fuzz_normalize
	@mkdir -p build-fuzz/corpus
	@for f in samples/*.txt tests/fuzz/regressions/*; do [ -f "$$f" ] && \
	    { printf '\000'; cat "$$f"; } > build-fuzz/corpus/$$(basename "$$f"); done; true
	@for f in samples/*.html; do [ -f "$$f" ] && \
	    { printf '\040'; cat "$$f"; } > build-fuzz/corpus/$$(basename "$$f"); done; true
	build-fuzz/fuzz_normalize -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/ build-fuzz/corpus

build-fuzz/fuzz_normalize: tests/fuzz/fuzz_normalize.c $(B)/libnewsnorm.a
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $< $(B)/libnewsnorm.a \
	    $(PKG_LIBS) -o $@

# The stream readers (JSON Lines, WARC, gzip) and their records; seeds:
# the stream samples, each with a reader byte in front.
fuzz-stream: deps
	@command -v $(FUZZ_CC) >/dev/null 2>&1 && [ -d /usr/lib/llvm-14/lib/clang ] || \
	    { apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }
	@$(MAKE) --no-print-directory B=build-fuzz CC=$(FUZZ_CC) \
	    CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" build-fuzz/fuzz_stream
	@mkdir -p build-fuzz/corpus-stream
	@for f in samples/*.jsonl; do [ -f "$$f" ] && { printf '\002'; cat "$$f"; } \
	    > build-fuzz/corpus-stream/$$(basename "$$f"); done; true
	@for f in samples/*.warc* samples/*.wet samples/*.txt.gz; do [ -f "$$f" ] && \
	    { printf '\000'; cat "$$f"; } > build-fuzz/corpus-stream/$$(basename "$$f"); done; true
	build-fuzz/fuzz_stream -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/stream- build-fuzz/corpus-stream

build-fuzz/fuzz_stream: tests/fuzz/fuzz_stream.c $(B)/libnewsnorm.a
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $< $(B)/libnewsnorm.a \
	    $(PKG_LIBS) -o $@

# The same harness for AFL++ (afl-clang-fast links its libFuzzer driver).
fuzz-afl: deps
	@command -v afl-clang-fast >/dev/null 2>&1 || apt-get install -y -qq afl++ >/dev/null
	@$(MAKE) --no-print-directory B=build-afl CC=afl-clang-fast \
	    CFLAGS="-O1 -g" build-afl/libnewsnorm.a
	afl-clang-fast $(ALL_CFLAGS) -fsanitize=fuzzer tests/fuzz/fuzz_normalize.c \
	    build-afl/libnewsnorm.a $(PKG_LIBS) -o build-afl/fuzz_normalize_afl
	@echo "run: afl-fuzz -i build-fuzz/corpus -o build-afl/out -- build-afl/fuzz_normalize_afl"
