#!/usr/bin/env bash
# cli.sh - tests of the real newsnorm binary, run as a user would.
#
# Sourced by tests/run-all.sh, which sets NN (the command, possibly under
# valgrind) and counts PASS/FAIL.  Each test states what it checks; a test
# fails with a message naming what it saw.

T=$(mktemp -d "${TMPDIR:-/tmp}/nn-cli.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
NSAMPLES=$(ls samples/*.txt | wc -l | tr -d " ")
SEED_MT=samples/moscowtimes-embassy-talks.txt
SEED_MF=samples/menafn-embassy-talks.txt
PY=/usr/bin/python3

# json_get FILE EXPR: evaluate a Python expression on the parsed JSON `r`
json_get() { "$PY" -c "import json,sys; r=json.load(open(sys.argv[1])); print($2)" "$1"; }
# jsonl_get FILE EXPR: the same for each line of a JSON Lines file
jsonl_get() { "$PY" -c "
import json,sys
for line in open(sys.argv[1]):
    r=json.loads(line); print($2)" "$1"; }

t_stdin() {
    $NN < "$SEED_MT" > "$T/out" 2> "$T/err" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['title']")" \
        "U.S.-Russia Embassy Talks Set for Thursday in Istanbul, Moscow Says" &&
    expect_eq "$(jsonl_get "$T/out" "r['input']")" "-" &&
    expect_eq "$(wc -l < "$T/out")" "1" && expect_empty "$T/err"
}

t_dash_operand() {
    $NN - < "$SEED_MF" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['date'], r['provider'], r['source']")" \
        "2025-04-10 None MENAFN"
}

t_several_files_in_order() {
    $NN "$SEED_MF" "$SEED_MT" "$SEED_MF" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id']" | tr '\n' ' ')" \
        "menafn moscowtimes menafn "
}

t_missing_file_others_still_run() {
    $NN "$SEED_MT" "$T/nope.txt" "$SEED_MF" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_eq "$(wc -l < "$T/out")" "2" &&
    expect_grep "^newsnorm: $T/nope.txt: No such file or directory$" "$T/err" &&
    expect_eq "$(wc -l < "$T/err")" "1"
}

t_empty_file() {
    : > "$T/empty.txt"
    $NN "$T/empty.txt" "$SEED_MF" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "empty.txt: empty input$" "$T/err" &&
    expect_eq "$(wc -l < "$T/out")" "1"
}

t_whitespace_only() {
    printf ' \n\t\r\n  \n' > "$T/ws.txt"
    $NN "$T/ws.txt" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "ws.txt: no text \(only white space\)$" "$T/err" &&
    expect_empty "$T/out"
}

t_binary_file() {
    printf 'PK\003\004\000\000binary' > "$T/bin.txt"
    $NN "$T/bin.txt" 2> "$T/err" > /dev/null
    expect_eq "$?" "1" && expect_grep "bin.txt: not text: NUL byte at offset 4$" "$T/err"
}

t_directory_without_r() {
    mkdir -p "$T/d"
    $NN "$T/d" 2> "$T/err" > /dev/null
    expect_eq "$?" "1" && expect_grep "is a directory \(use -r to walk it\)$" "$T/err"
}

t_usage_errors_exit_2() {
    $NN --no-such-option < /dev/null > /dev/null 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "Try 'newsnorm --help'" "$T/err" || return 1
    $NN -f yaml < /dev/null > /dev/null 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "unknown format 'yaml'" "$T/err" || return 1
    $NN -j 0 < /dev/null > /dev/null 2> "$T/err"
    expect_eq "$?" "2" || return 1
    $NN --profile nosuch < /dev/null > /dev/null 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "unknown profile 'nosuch'" "$T/err"
}

t_help_and_version() {
    $NN --help > "$T/out" || return 1
    expect_grep "^Usage: newsnorm \[OPTION\]... \[FILE|DIR\]...$" "$T/out" &&
    expect_grep -- "--check EXPECTED" "$T/out" || return 1
    $NN --version > "$T/out" || return 1
    expect_grep "^newsnorm [0-9]+\.[0-9]+\.[0-9]+$" "$T/out"
}

t_strict_invalid_utf8() {
    printf 'Title line\n\nBody with a bad byte \351 here.\n' > "$T/bad.txt"
    $NN "$T/bad.txt" > "$T/out" 2> "$T/err" || return 1
    expect_grep "invalid UTF-8 repaired" "$T/out" || return 1
    $NN --strict "$T/bad.txt" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "bad.txt: invalid UTF-8 at byte 33$" "$T/err"
}

t_utf16_converted() {
    printf '\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00\n\x00' > "$T/u16.txt"
    $NN "$T/u16.txt" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['title'], r['body'], r['warnings']")" \
        "Title Body. ['no date found', 'converted from UTF-16']"
}

t_max_size() {
    $NN --max-size 1K "$SEED_MT" > /dev/null 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "input larger than the limit of 1024 bytes" "$T/err" || return 1
    $NN --max-size 1X "$SEED_MT" > /dev/null 2> "$T/err"
    expect_eq "$?" "2"
}

t_dev_full_fails_loudly() {
    [ -w /dev/full ] || { echo "(no /dev/full: skipped)"; return 0; }
    $NN "$SEED_MT" > /dev/full 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "^newsnorm: write error: No space left on device$" "$T/err"
}

make_tree() {
    rm -rf "$T/tree"
    mkdir -p "$T/tree/b/deep" "$T/tree/a"
    cp "$SEED_MT" "$T/tree/b/deep/z.txt"
    cp "$SEED_MF" "$T/tree/a/m.txt"
    cp "$SEED_MT" "$T/tree/c.txt"
    echo "not an article" > "$T/tree/notes.md"
    echo "hidden" > "$T/tree/.hidden.txt"
}

t_recursive_sorted_and_glob() {
    make_tree
    $NN -r "$T/tree" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['input'].split('/tree/')[1]" | tr '\n' ' ')" \
        "a/m.txt b/deep/z.txt c.txt " || return 1
    $NN -r --glob '*.md' "$T/tree" > "$T/out" 2>/dev/null
    expect_eq "$(wc -l < "$T/out")" "1"
}

t_broken_symlink_and_loop_reported() {
    make_tree
    ln -s "$T/tree/missing.txt" "$T/tree/broken.txt"
    ln -s "$T/tree" "$T/tree/a/loop"
    $NN -r "$T/tree" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_grep "broken.txt: broken symbolic link$" "$T/err" &&
    expect_grep "a/loop: symbolic link loop \(not followed\)$" "$T/err" &&
    expect_eq "$(wc -l < "$T/out")" "3"
}

# The walk is streamed: -f json still frames one input as an object and
# several (or none) as an array, and walk errors come in walk order,
# between the records' own errors.
t_walk_streamed_framing_and_order() {
    make_tree
    rm -rf "$T/one" "$T/none"; mkdir -p "$T/one/sub" "$T/none"
    cp "$SEED_MT" "$T/one/sub/x.txt"
    $NN -f json -r "$T/one" > "$T/out" || return 1
    expect_eq "$(json_get "$T/out" "type(r).__name__")" "dict" || return 1
    $NN -f json -r "$T/none" > "$T/out" || return 1
    expect_eq "$(json_get "$T/out" "len(r)")" "0" || return 1
    ln -s "$T/tree/missing.txt" "$T/tree/b/broken.txt"
    $NN -f json -j 3 -r "$T/one" "$T/tree" --max-size 1K > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" && expect_eq "$(json_get "$T/out" "len(r)")" "0" &&
    expect_eq "$(sed 's#.*/\(tree\|one\)/##; s#: .*##' "$T/err" | tr '\n' ' ')" \
        "sub/x.txt a/m.txt b/broken.txt b/deep/z.txt c.txt "
}

t_output_dir_mirrors_tree() {
    make_tree
    rm -rf "$T/clean"
    $NN -r "$T/tree" -o "$T/clean" || return 1
    expect_file "$T/clean/a/m.jsonl" && expect_file "$T/clean/b/deep/z.jsonl" &&
    expect_file "$T/clean/c.jsonl" || return 1
    expect_eq "$(jsonl_get "$T/clean/a/m.jsonl" "r['source_id']")" "menafn" || return 1
    $NN -r "$T/tree" -o "$T/clean-xml" -f xml || return 1
    expect_file "$T/clean-xml/b/deep/z.xml" &&
    expect_eq "$(ls -A "$T/clean" | grep -c '^\.')" "0"   # no temp files left
}

t_output_into_input_dir_refused() {
    make_tree
    $NN -r "$T/tree" -o "$T/tree/out" 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "refusing to write into the input directory" "$T/err" &&
    expect_missing "$T/tree/out" || return 1
    cp "$SEED_MT" "$T/one.txt"
    $NN "$T/one.txt" -o "$T/one.txt" 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "refusing to overwrite an input" "$T/err" &&
    cmp -s "$T/one.txt" "$SEED_MT"
}

# A walk leaves out the file standard output goes to (as grep and ripgrep
# do): `newsnorm -r d > d/all.jsonl` does not read its own output as it
# grows, the first time or the next; an operand naming it fails.
t_walk_skips_its_output() {
    make_tree
    $NN -j 3 -r "$T/tree" > "$T/tree/zz.jsonl" 2> "$T/err"
    expect_eq "$?" "0" && expect_empty "$T/err" &&
    expect_eq "$(wc -l < "$T/tree/zz.jsonl" | tr -d ' ')" "3" || return 1
    $NN -r "$T/tree" > "$T/tree/zz.jsonl" 2> "$T/err"
    expect_eq "$?" "0" && expect_eq "$(wc -l < "$T/tree/zz.jsonl" | tr -d ' ')" "3" || return 1
    $NN "$T/tree/c.txt" "$T/tree/zz.jsonl" >> "$T/tree/zz.jsonl" 2> "$T/err"
    expect_eq "$?" "1" && expect_grep "zz.jsonl: input file is also the output$" "$T/err" &&
    expect_eq "$(wc -l < "$T/tree/zz.jsonl" | tr -d ' ')" "4" || return 1
    # written elsewhere, the same file is an input like any other (whose
    # records have no "text": README, "Walking a folder")
    $NN -r "$T/tree" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_grep 'tree/zz.jsonl:1: no "text" or "html" string \(a record newsnorm wrote: its output read back\?\)$' "$T/err"
}

t_output_file_is_one_stream() {
    $NN -f json "$SEED_MT" "$SEED_MF" -o "$T/all.json" || return 1
    expect_eq "$(json_get "$T/all.json" "len(r), r[1]['source_id']")" "2 menafn"
}

t_jobs_identical_output() {
    rm -rf "$T/many"; mkdir -p "$T/many"
    for i in $(seq -w 1 60); do cp samples/$(ls samples | grep '\.txt$' | sed -n "$(( (10#$i % NSAMPLES) + 1 ))p") "$T/many/$i.txt"; done
    for f in jsonl json xml text markdown; do
        $NN -j 1 -f "$f" -r "$T/many" > "$T/j1" || return 1
        $NN -j 4 -f "$f" -r "$T/many" > "$T/j4" || return 1
        cmp -s "$T/j1" "$T/j4" || { echo "-j 4 differs from -j 1 for $f"; return 1; }
    done
    expect_eq "$(wc -l < "$T/j1" | tr -d ' ')" "$(wc -l < "$T/j4" | tr -d ' ')"
}

t_check_passes_and_fails() {
    $NN -f json --check samples samples/*.txt > "$T/out" 2> "$T/err" || { cat "$T/out" "$T/err"; return 1; }
    expect_grep "check: $NSAMPLES matched, 0 differ, 0 missing" "$T/err" && expect_empty "$T/out" || return 1
    mkdir -p "$T/exp"
    $NN -f json "$SEED_MT" > "$T/exp/moscowtimes-embassy-talks.json"
    sed -i 's/"AFP"/"Reuters"/' "$T/exp/moscowtimes-embassy-talks.json"
    $NN -f json --check "$T/exp" "$SEED_MT" "$SEED_MF" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_grep "^-    \"Reuters\"$" "$T/out" && expect_grep "^\+    \"AFP\"$" "$T/out" &&
    expect_grep "^@@ -" "$T/out" &&
    expect_grep "menafn-embassy-talks.json: expected output missing" "$T/err" &&
    expect_grep "check: 0 matched, 1 differ, 1 missing" "$T/err" || return 1
    $NN -f json --check "$T/exp" --update "$SEED_MT" "$SEED_MF" 2> "$T/err" || return 1
    $NN -f json --check "$T/exp" "$SEED_MT" "$SEED_MF" > /dev/null 2> "$T/err"
}

t_xml_well_formed() {
    $NN -f xml samples/*.txt > "$T/out.xml" || return 1
    xmllint --noout --nonet "$T/out.xml" || return 1
    expect_eq "$(xmllint --xpath 'count(/articles/article)' "$T/out.xml")" "$NSAMPLES" &&
    expect_eq "$(xmllint --xpath 'string(/articles/article[1]/source_id)' "$T/out.xml")" "generic"
}

t_markdown_front_matter_is_yaml() {
    $NN -f markdown "$SEED_MT" > "$T/out.md" || return 1
    "$PY" - "$T/out.md" <<'EOF'
import sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
assert text.startswith("---\n"), "no front matter"
front, body = text[4:].split("\n---\n", 1)
meta = yaml.safe_load(front)
assert meta["title"] == "U.S.-Russia Embassy Talks Set for Thursday in Istanbul, Moscow Says", meta["title"]
assert meta["credits"] == ["AFP"], meta["credits"]
assert meta["image"]["credit"] == "Russian Foreign Ministry"
assert str(meta["date"]) == "2025-04-08"
assert body.startswith("\nThe second round"), body[:40]
EOF
}

t_text_format() {
    $NN -f text "$SEED_MF" "$SEED_MT" > "$T/out" || return 1
    expect_eq "$(sed -n 1p "$T/out")" "Washington reveals date, agenda of upcoming Russia-US discussions" &&
    expect_eq "$(sed -n 2p "$T/out")" "2025-04-10" && expect_eq "$(sed -n 3p "$T/out")" "MENAFN" &&
    expect_eq "$(sed -n 4p "$T/out")" "" && expect_eq "$(grep -c $'^\f$' "$T/out")" "1"
}

t_explain() {
    $NN --explain "$SEED_MT" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "[x['rule'] for x in r['removed'] if x['line']==23][0]")" "related-article" || return 1
    # a profile rule has no measure
    expect_eq "$(jsonl_get "$T/out" "[x for x in r['removed'] if x['line']==23][0].get('measure')")" "None" || return 1
    $NN --explain -f text "$SEED_MT" > "$T/out" 2> "$T/err" || return 1
    expect_grep "^newsnorm: $SEED_MT:23: removed by related-article: ## Related article: How Trump's" "$T/err" || return 1
    # a page verdict: the name alone, its measure apart
    $NN --explain samples/page-tech-chip.txt > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "[(x['rule'], x['measure']) for x in r['removed'] if x['line']==3][0]")" "('link-density', 0.97)" || return 1
    expect_eq "$(jsonl_get "$T/out" "[x for x in r['removed'] if x['line']==1][0].get('measure')")" "None" || return 1
    grep -Eq '"measure": ?0\.97,' "$T/out" || { echo "measure not printed as 0.97"; return 1; }
    $NN --explain -f text samples/page-tech-chip.txt > /dev/null 2> "$T/err" || return 1
    expect_grep "^newsnorm: samples/page-tech-chip.txt:3: removed by link-density \(0.97\): \[Accept all\]" "$T/err" &&
    expect_grep "^newsnorm: samples/page-tech-chip.txt:1: removed by cookie-notice: We use cookies" "$T/err" &&
    expect_grep "^newsnorm: samples/page-tech-chip.txt:70: removed by after-article: tags: Topics" "$T/err" || return 1
    $NN --explain -f xml samples/page-tech-chip.txt > "$T/out" || return 1
    expect_grep '<line rule="link-density" measure="0.97" number="3">' "$T/out" &&
    expect_grep '<line rule="cookie-notice" number="1">' "$T/out"
}

t_stats() {
    $NN --stats "$SEED_MT" "$SEED_MF" > /dev/null 2> "$T/err" || return 1
    expect_grep "^newsnorm: 2 files, 2 records, 0 failed, 2 warnings" "$T/err" &&
    expect_grep "lines removed by related-article$" "$T/err" || return 1
    # counted by the rule's name alone, the measure apart
    $NN --stats samples/page-tech-chip.txt > /dev/null 2> "$T/err" || return 1
    expect_grep "^newsnorm: +2 lines removed by link-density$" "$T/err" &&
    expect_grep "^newsnorm: +9 lines removed by nav-list$" "$T/err" &&
    expect_grep "^newsnorm: +8 lines removed by after-article: tags$" "$T/err"
}

# --explain (text: stderr), --stats and the JSON's "removed" agree: the
# same rules, as many times each, the same measures.
t_explain_stats_json_agree() {
    local f=samples/page-tech-chip.txt
    $NN --explain -f json "$f" > "$T/json" || return 1
    $NN --explain -f text "$f" > /dev/null 2> "$T/explain" || return 1
    $NN --stats "$f" > /dev/null 2> "$T/stats" || return 1
    "$PY" - "$T/json" "$T/explain" "$T/stats" <<'PYEOF'
import collections, json, re, sys
rec = json.load(open(sys.argv[1]))
want = []
for x in rec["removed"]:
    m = " (%.2f)" % x["measure"] if "measure" in x else ""
    want.append("newsnorm: %s:%d: removed by %s%s: %s" %
                (rec["input"], x["line"], x["rule"], m, x["text"]))
got = [l.rstrip("\n") for l in open(sys.argv[2]) if " removed by " in l]
assert want and want == got, (want, got)
st = collections.Counter()
for line in open(sys.argv[3]):
    m = re.match(r"newsnorm: +(\d+) lines removed by (.+)$", line)
    if m:
        st[m.group(2)] = int(m.group(1))
assert collections.Counter(x["rule"] for x in rec["removed"]) == st, st
assert any("measure" in x for x in rec["removed"])
PYEOF
}

t_no_progress_in_pipes() {
    rm -rf "$T/many"; mkdir -p "$T/many"
    for i in $(seq 1 30); do cp "$SEED_MF" "$T/many/$i.txt"; done
    $NN -r "$T/many" 2> "$T/err" | cat > /dev/null
    expect_empty "$T/err" || return 1
    $NN --progress -r "$T/many" > /dev/null 2> "$T/err"
    expect_grep "30/30 files" "$T/err"
}

t_sigpipe_quiet() {
    rm -rf "$T/many"; mkdir -p "$T/many"
    for i in $(seq 1 400); do cp "$SEED_MT" "$T/many/$i.txt"; done
    ( $NN -r "$T/many" 2> "$T/err" | head -1 > "$T/out" )
    expect_eq "$(wc -l < "$T/out")" "1" && expect_empty "$T/err"
}

t_ascii_folding() {
    $NN --ascii "$SEED_MF" > "$T/out" || return 1
    expect_grep '\\"strictly centered on embassy operations,\\"' "$T/out" &&
    expect_grep "Türkiye" "$T/out" && ! grep -q '“' "$T/out"
}

t_profile_forced() {
    $NN --profile generic "$SEED_MF" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id'], r['source']")" "generic None"
}

# Every input the fuzzer once broke (tests/fuzz/regressions: a key byte,
# then the text) gives well-formed XML and valid JSON.
t_fuzz_regressions() {
    local f n=0
    for f in tests/fuzz/regressions/*; do
        [ -f "$f" ] || continue
        tail -c +2 "$f" > "$T/in"
        $NN --explain -f xml "$T/in" > "$T/out.xml" 2>/dev/null || { echo "$f: exit $?"; return 1; }
        xmllint --noout --nonet "$T/out.xml" || { echo "$f: XML not well-formed"; return 1; }
        $NN --explain "$T/in" | /usr/bin/python3 -c 'import json,sys; json.loads(sys.stdin.read())' ||
            { echo "$f: JSON does not parse"; return 1; }
        n=$((n + 1))
    done
    [ "$n" -gt 0 ] || { echo "no regression inputs"; return 1; }
}

# Normalizing the text output again (as newsnorm text: --profile text)
# gives the same title, date and body.
t_idempotent_text() {
    local f bad=0
    for f in samples/*.txt tests/fuzz/corpus/*; do
        [ -f "$f" ] || continue
        case "$f" in tests/fuzz/*) tail -c +2 "$f" > "$T/in" ;; *) cp "$f" "$T/in" ;; esac
        $NN -f jsonl "$T/in" > "$T/first.json" 2>/dev/null || continue
        $NN -f text "$T/in" > "$T/first" 2>/dev/null
        # a record with no title, date, source or body reads back as "no text"
        grep -q . "$T/first" || continue
        $NN -f text --profile text < "$T/first" > "$T/second" 2>/dev/null
        if ! cmp -s "$T/first" "$T/second"; then
            echo "not idempotent: $f"; diff "$T/first" "$T/second" | head -8
            bad=1
        fi
    done
    return $bad
}

# HTML pages: found by -r (*.html, *.htm), detected whatever their name,
# forced either way by --input-format; their records render as any other.
t_html_input() {
    local f
    rm -rf "$T/h"; mkdir -p "$T/h/sub"
    cp samples/html-news-jsonld.html "$T/h/a.html"
    cp samples/html-blog-nometa.html "$T/h/sub/b.htm"
    cp samples/html-split-ads.html "$T/h/c.page"
    cp "$SEED_MT" "$T/h/d.txt"
    $NN -r "$T/h" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['input'].split('/h/')[1]" | tr '\n' ' ')" \
        "a.html d.txt sub/b.htm " || return 1
    expect_eq "$(jsonl_get "$T/out" "r['title']" | head -1)" \
        "Ferry operator orders two battery-electric ships for the Skerry crossing" || return 1
    # detected by its content, not its name
    $NN "$T/h/c.page" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source'], r['authors']")" \
        "Greenline Magazine ['Priya Natarajan']" || return 1
    # forced: as text, the markup goes line by line and no metadata is read
    $NN --input-format text "$T/h/c.page" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['url'], '<p>' in r['body']")" \
        "None False" || return 1
    $NN --input-format html "$T/h/d.txt" > /dev/null || return 1
    $NN --input-format pdf "$T/h/d.txt" > /dev/null 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "unknown input format 'pdf'" "$T/err" || return 1
    # every format renders; XML is well-formed; the text output reads back
    for f in samples/html-*.html; do
        $NN -f xml "$f" | xmllint --noout - || { echo "bad XML: $f"; return 1; }
        $NN -f text "$f" > "$T/first" || return 1
        $NN -f text --profile text < "$T/first" > "$T/second"
        cmp -s "$T/first" "$T/second" || { echo "not idempotent: $f"; return 1; }
    done
    # --explain names the elements left out
    $NN --explain -f json samples/html-news-jsonld.html > "$T/out" || return 1
    expect_grep '"text": "div.page > main#main > section#comments.comments-area \(266 bytes of text\)"' "$T/out"
}

# ---- streams (issue 15): JSON Lines, WARC/WET, gzip, --dedup -----------

SM=samples/stream-mixed.jsonl
SW=samples/stream-crawl.warc.gz

# A JSON Lines file: records in line order, named PATH:LINE, ids (the
# line number when there is none); a bad line is one error naming
# PATH:LINE, exit 1 at the end, the stream goes on.
t_stream_jsonl() {
    $NN "$SM" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_eq "$(jsonl_get "$T/out" "r['input'].split('/')[-1], r['id']" | tr '\n' ' ')" \
        "stream-mixed.jsonl:1 sk-2024-0412 stream-mixed.jsonl:4 9001 stream-mixed.jsonl:6 6 " &&
    expect_eq "$(sed 's/: .*//' "$T/err" | tr '\n' ' ')" "newsnorm newsnorm " &&
    expect_eq "$(cut -d' ' -f2 "$T/err" | tr '\n' ' ')" "$SM:2: $SM:5: " || return 1
    # --error-records: those lines as records, in their place
    $NN --error-records "$SM" > "$T/out" 2> /dev/null
    expect_eq "$(jsonl_get "$T/out" "r.get('error', 'ok')[:8]" | tr '\n' ' ')" \
        "ok not JSON ok no \"text ok " || return 1
    # keys named otherwise; stdin with --input-format jsonl
    printf '{"uid":"a","body":"Title here\\n\\nA body of a few words that goes on."}\n' |
        $NN --input-format jsonl --text-key body --id-key uid - > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['id'], r['input'], r['title']")" "a -:1 Title here" || return 1
    $NN --input-format csv "$SM" 2> "$T/err" > /dev/null
    expect_eq "$?" "2" && expect_grep "unknown input format 'csv'" "$T/err"
}

# WARC: response pages and conversion texts become records, other
# records are skipped and counted; gzipped or not, by name or by content,
# from a file or from stdin.
t_stream_warc() {
    local f
    $NN --stats "$SW" > "$T/gz" 2> "$T/err" || return 1
    expect_grep "^newsnorm: 5 WARC records skipped" "$T/err" &&
    expect_eq "$(jsonl_get "$T/gz" "r['id'][-2:], r['extra']['crawl_date']" | tr '\n' ' ')" \
        "05 2024-07-04 07 2024-07-04 " || return 1
    gzip -dc "$SW" > "$T/crawl.dat"
    $NN "$T/crawl.dat" > "$T/plain" || return 1   # by content
    $NN - < "$T/crawl.dat" > "$T/stdin" || return 1
    gzip -c "$T/crawl.dat" | $NN - > "$T/stdin-gz" || return 1
    expect_eq "$(jsonl_get "$T/stdin" "r['input']" | tr '\n' ' ')" "-:1445 -:3254 " &&
    expect_eq "$(jsonl_get "$T/plain" "r['input'].split(':')[1]" | tr '\n' ' ')" "1445 3254 " || return 1
    for f in plain stdin stdin-gz; do
        cmp -s <(jsonl_get "$T/gz" "r['title'], r['body'], r['id']") \
               <(jsonl_get "$T/$f" "r['title'], r['body'], r['id']") ||
            { echo "$f differs from the .warc.gz records"; return 1; }
    done
    # -f json frames a WARC as several records whatever its source
    $NN -f json - < "$T/crawl.dat" > "$T/out" || return 1
    expect_eq "$(json_get "$T/out" "len(r)")" "2"
}

# A gzipped article reads as the article does; a gzip bomb stops at the
# limit with the file and offset named.
t_stream_gzip_article() {
    gzip -dc samples/stream-article.txt.gz > "$T/art.txt"
    $NN -f json "$T/art.txt" > "$T/a" || return 1
    $NN -f json samples/stream-article.txt.gz > "$T/b" || return 1
    expect_eq "$(diff "$T/a" "$T/b" | grep -c '^[<>]')" "2" &&  # input only
    expect_eq "$(json_get "$T/b" "r['input']")" "samples/stream-article.txt.gz" || return 1
    head -c 3000000 /dev/zero | tr '\0' 'a' | gzip -c > "$T/bomb.txt.gz"
    $NN --max-size 1M "$T/bomb.txt.gz" > "$T/out" 2> "$T/err"
    expect_eq "$?" "1" &&
    expect_grep "bomb.txt.gz: offset 0: more than 1048576 bytes once inflated" "$T/err"
}

# The output is the same for every -j, streams or not, in every format.
t_stream_jobs_identical() {
    local f
    rm -rf "$T/s"; mkdir -p "$T/s"
    "$PY" - "$T/s/big.jsonl" <<'EOF'
import json, sys
months = ["March", "April", "May", "June"]
with open(sys.argv[1], "w") as f:
    for i in range(150):
        if i % 37 == 5:
            f.write("{broken\n")
            continue
        body = ("The council met on %s %d and voted %d to %d to approve the plan for bridge %d.\n\n"
                "Residents said they had waited %d years for the work, which will cost %d million euros.\n\n"
                "The mayor said construction would start in %s and end %d months later."
                % (months[i % 4], i % 28 + 1, i % 9 + 5, i % 5, i % 60, i % 30 + 2, i % 70 + 3,
                   months[(i + 1) % 4], i % 12 + 2))
        f.write(json.dumps({"id": "n%d" % i, "text": "Bridge plan %d approved\n\n%s" % (i % 50, body)}) + "\n")
EOF
    cp "$SW" "$T/s/crawl.warc.gz"; cp samples/stream-wet.wet "$T/s/"
    cp "$SEED_MT" "$T/s/mt.txt"
    for f in jsonl json xml; do
        $NN -j 1 -f "$f" --error-records --dedup -r "$T/s" > "$T/j1" 2>/dev/null
        $NN -j 4 -f "$f" --error-records --dedup -r "$T/s" > "$T/j4" 2>/dev/null
        cmp -s "$T/j1" "$T/j4" || { echo "-j 4 differs from -j 1 for $f"; return 1; }
    done
    for f in text markdown; do
        $NN -j 1 -f "$f" -r "$T/s" > "$T/j1" 2>/dev/null
        $NN -j 3 -f "$f" -r "$T/s" > "$T/j4" 2>/dev/null
        cmp -s "$T/j1" "$T/j4" || { echo "-j 3 differs from -j 1 for $f"; return 1; }
    done
    # 146 good lines, 2 pages, 2 texts, 1 file: a front matter each
    expect_eq "$(grep -c '^title: ' "$T/j1")" "151"
}

# -o DIR and --check DIR: a stream's records go to one file.
t_stream_output_dir() {
    rm -rf "$T/sd" "$T/so" "$T/so-json"; mkdir -p "$T/sd/sub"
    cp "$SM" "$T/sd/a.jsonl"; cp "$SW" "$T/sd/sub/b.warc.gz"
    cp samples/stream-article.txt.gz "$T/sd/c.txt.gz"; cp "$SEED_MF" "$T/sd/d.txt"
    $NN --error-records -r "$T/sd" -o "$T/so" 2> /dev/null
    expect_eq "$?" "1" &&
    expect_eq "$(cd "$T/so" && find . -type f | sort | tr '\n' ' ')" \
        "./a.jsonl ./c.jsonl ./d.jsonl ./sub/b.jsonl " &&
    expect_eq "$(wc -l < "$T/so/a.jsonl" | tr -d ' ')" "5" &&
    expect_eq "$(wc -l < "$T/so/sub/b.jsonl" | tr -d ' ')" "2" || return 1
    $NN --error-records -r "$T/sd" --check "$T/so" > "$T/out" 2> "$T/err"
    expect_grep "check: 4 matched, 0 differ, 0 missing" "$T/err" || return 1
    $NN -f json -r "$T/sd" -o "$T/so-json" 2> /dev/null
    expect_eq "$(json_get "$T/so-json/a.json" "len(r)")" "3" &&
    expect_eq "$(json_get "$T/so-json/c.json" "type(r).__name__")" "dict" &&
    expect_eq "$(json_get "$T/so-json/sub/b.json" "type(r).__name__")" "list"
}

# --dedup marks a record whose body repeats an earlier one (exactly, or
# within --dedup-distance bits of simhash) with the earlier one's id;
# --dedup=drop leaves it out; both counted by --stats.  (d's one-word edit
# moves 2 of 64 bits; e's, in a text a third as long, more than 3, and e
# is one paragraph, which it does not share with b: not marked.)
t_dedup() {
    "$PY" - "$T/d.jsonl" <<'EOF'
import json, sys
body = ("The second round of talks between Russian and U.S. diplomats on the operation of their "
        "embassies will take place in Istanbul on Thursday, Russia's Foreign Ministry said. The "
        "talks will focus on visas, property and the number of staff, and will not touch on "
        "Ukraine, a spokeswoman said on Tuesday. The first round was held in February and lasted "
        "six hours. Both sides called it constructive, but neither gave details of what had been "
        "agreed. A date for a third round has not been set, the ministry said, and the embassies "
        "will go on working with smaller staffs until then. Diplomats from both countries have "
        "said the talks are a first step, not a thaw, and that much remains to be settled.")
other = ("Heavy rain flooded the old town on Sunday night, closing three bridges and the main "
         "railway station, the city council said. Firefighters pumped water from dozens of cellars "
         "and the river is expected to peak on Tuesday.")
recs = [{"id": "a", "text": "Embassy talks set\n\n" + body},
        {"id": "b", "text": "Floods close bridges\n\n" + other},
        {"id": "c", "text": "Talks in Istanbul on Thursday\n\n" + body},
        {"id": "d", "text": "Embassy talks set\n\n" + body.replace("a first step", "the first step")},
        {"id": "e", "text": "Floods\n\n" + other.replace("three bridges", "two bridges")}]
with open(sys.argv[1], "w") as f:
    for r in recs:
        f.write(json.dumps(r) + "\n")
EOF
    $NN --dedup --stats "$T/d.jsonl" > "$T/out" 2> "$T/err" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['id'], r['duplicate_of']" | tr '\n' ' ')" \
        "a None b None c a d a e None " &&
    expect_grep "^newsnorm: 2 duplicates marked; the index holds 3 records" "$T/err" || return 1
    $NN --dedup=drop --stats "$T/d.jsonl" > "$T/out" 2> "$T/err" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['id']" | tr '\n' ' ')" "a b e " &&
    expect_grep "^newsnorm: 2 duplicates dropped" "$T/err" || return 1
    # distance 0: only the exact repeat
    $NN --dedup --dedup-distance 0 "$T/d.jsonl" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['duplicate_of']" | tr '\n' ' ')" "None None a None None " || return 1
    # without --dedup there is no duplicate_of; simhash is always there
    $NN "$T/d.jsonl" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "'duplicate_of' in r, len(r['simhash'])" | sort -u)" "False 16" || return 1
    $NN --dedup=maybe "$T/d.jsonl" > /dev/null 2> "$T/err"
    expect_eq "$?" "2" || return 1
    $NN --dedup-distance 8 "$T/d.jsonl" > /dev/null 2> "$T/err"
    expect_eq "$?" "2" || return 1
    $NN --error-records -f text "$T/d.jsonl" > /dev/null 2> "$T/err"
    expect_eq "$?" "2" && expect_grep "error-records needs" "$T/err"
}

# --dedup against planted duplicates (bench/dedup_eval.py on 600 generated
# articles, 60 planted, 12 of each kind): no false mark, every exact
# repeat found, and the edited kinds too (SimHash alone at distance 3
# finds about a tenth of the paragraph-replaced ones: the shared
# paragraph and the shingle sketch find the rest); make bench scores
# 20,000 articles (README, Duplicates).
t_dedup_planted() {
    rm -rf "$T/pc"
    "$PY" bench/gen_corpus.py "$T/pc" --articles 600 --jobs 1 > /dev/null || return 1
    "$PY" bench/dedup_eval.py "$T/pc" --articles 600 --newsnorm "${BIN:-./newsnorm}" --json > "$T/out" || return 1
    expect_eq "$(json_get "$T/out" "r[0]['precision'], r[0]['recall_by_kind']['exact'], r[0]['planted'] >= 55")" \
        "1.0 1.0 True" &&
    expect_eq "$(json_get "$T/out" "r[0]['recall'] >= 0.95, r[0]['recall_by_kind']['para-replace'] >= 0.9")" \
        "True True"
}

# --line-buffered: a record comes out as soon as its line is in, while
# the writer of the pipe is still there (tail -f | newsnorm ...).
t_line_buffered() {
    local pid i n=0
    rm -f "$T/fifo"; mkfifo "$T/fifo"
    $NN -j 2 --input-format jsonl --line-buffered - < "$T/fifo" > "$T/out" 2> "$T/err" &
    pid=$!
    exec 7> "$T/fifo"
    printf '{"text":"First story\\n\\nThe first body of text is here today."}\n' >&7
    for i in $(seq 1 100); do
        n=$(wc -l < "$T/out" | tr -d ' '); [ "$n" -ge 1 ] && break; sleep 0.1
    done
    printf '{"text":"Second story\\n\\nThe second body of text is here today."}\n' >&7
    exec 7>&-
    wait "$pid" || { cat "$T/err"; return 1; }
    expect_eq "$n" "1" && expect_eq "$(wc -l < "$T/out" | tr -d ' ')" "2"
}

# The source when no profile or URL names it: the copyright owner without
# its year, the outlet a byline names after the writer, a Persian story's
# "به گزارش <outlet>،" lead; none of them when the text names nothing.
t_source_fallbacks() {
    local body="The council voted on Tuesday to close the old bridge to traffic for repairs, officials said, and work will begin next month."
    printf 'Council closes the old bridge for repairs\n\n%s\n\n\xc2\xa9 Harbour Daily 2019-2024. All rights reserved.\n' "$body" \
        | $NN > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source']")" "Harbour Daily" || return 1
    printf 'Council closes the old bridge for repairs\n\nBy Tessa Marlowe Valley News\n\n%s\n' "$body" | $NN > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source'], r['authors']")" "Valley News ['Tessa Marlowe']" || return 1
    printf 'بسته شدن پل قدیمی برای تعمیرات در شهر\n\nبه گزارش خبرگزاری نمونه، شورای شهر روز سه شنبه رای داد که پل قدیمی برای تعمیرات به روی خودروها بسته شود و کار از ماه آینده آغاز خواهد شد.\n' \
        | $NN > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source']")" "خبرگزاری نمونه" || return 1
    printf 'Council closes the old bridge for repairs\n\n%s\n' "$body" | $NN > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source']")" "None"
}

# Comment notices, login and follow prompts and one-line appeals in other
# languages than English leave the body; the article's sentences stay.
t_intl_prompts() {
    printf '%s\n\n' "La mostra resta aperta fino al 31 luglio tutti i giorni, e il sabato chiude alle diciotto per i lavori." \
        "Il comune ha annunciato che la mostra sarà replicata in autunno in un altro museo della città." \
        "Sostieni periscopio!" \
        "Per poter commentare l'articolo occorre essere registrati e autenticarsi con nome utente e password" \
        "Effettua l'accesso ... oppure Registrati!" \
        "Друзі! Підписуйтесь на нашу сторінку Фейсбук і будьте завжди в курсі останніх новин." \
        "Hier geht es zu allen aktuellen Polizeimeldungen." > "$T/in.txt"
    $NN "$T/in.txt" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "len(r['body'].split(chr(10)+chr(10))), 'Sostieni' in r['body'], 'commentare' in r['body'], 'accesso' in r['body'], 'Підписуйтесь' in r['body'], 'Hier geht' in r['body']")" \
        "2 False False False False False"
}

# A related-stories heading in another language than English ends the
# article: the teasers after it leave the body.
t_intl_end_markers() {
    printf '%s\n\n' "Поліція затримала водія після аварії на трасі" \
        "У четвер увечері на трасі біля Полтави легковик зіткнувся з вантажівкою, повідомили у поліції області." \
        "Водій легковика отримав травми і був доставлений до лікарні, його стан лікарі оцінюють як стабільний." \
        "Правоохоронці відкрили кримінальне провадження і встановлюють усі обставини дорожньої пригоди." \
        "Читайте також" "У Києві відкрили новий міст через Дніпро для пішоходів" \
        "Ціни на пальне зросли вдруге за місяць" > "$T/uk.txt"
    $NN "$T/uk.txt" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "len(r['body'].split(chr(10)+chr(10))), 'Дніпро' in r['body']")" "3 False"
}

TESTS="t_stream_jsonl t_stream_warc t_stream_gzip_article t_stream_jobs_identical
t_stream_output_dir t_dedup t_dedup_planted t_line_buffered
t_idempotent_text t_stdin t_dash_operand t_several_files_in_order t_missing_file_others_still_run
t_empty_file t_whitespace_only t_binary_file t_directory_without_r t_usage_errors_exit_2
t_help_and_version t_strict_invalid_utf8 t_utf16_converted t_max_size t_dev_full_fails_loudly
t_recursive_sorted_and_glob t_broken_symlink_and_loop_reported t_walk_streamed_framing_and_order
t_output_dir_mirrors_tree t_walk_skips_its_output
t_output_into_input_dir_refused t_output_file_is_one_stream t_jobs_identical_output
t_check_passes_and_fails t_xml_well_formed t_markdown_front_matter_is_yaml t_text_format
t_explain_stats_json_agree
t_explain t_stats t_no_progress_in_pipes t_sigpipe_quiet t_fuzz_regressions t_ascii_folding t_profile_forced
t_html_input t_source_fallbacks t_intl_prompts
t_intl_end_markers"
