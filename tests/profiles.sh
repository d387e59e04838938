# profiles.sh - tests of profile files (newsnorm-rules(5)): --rules,
# --list-profiles, --dump-profile.  Sourced by tests/run-all.sh after
# cli.sh (its helpers, $T and $TESTS); adds its tests to TESTS.
#
# tests/profiles/harborledger.{rules,txt}: an outlet newsnorm has never
# seen (an invented one), added as README's "Adding an outlet" says: a
# profile file and nothing else, no C change, no rebuild.

# expect_fgrep TEXT FILE: FILE holds TEXT (a fixed string)
expect_fgrep() { grep -Fq -- "$1" "$2" || { echo "no line holding [$1]"; head -c 600 "$2"; return 1; }; }

HL_RULES=tests/profiles/harborledger.rules
HL_TEXT=tests/profiles/harborledger.txt

t_rules_new_outlet_detected() {
    $NN --explain --rules "$HL_RULES" "$HL_TEXT" > "$T/out" 2> "$T/err" || return 1
    expect_empty "$T/err" &&
    expect_eq "$(jsonl_get "$T/out" "r['source_id'], r['source']")" \
        "harborledger The Harbor Ledger" &&
    expect_eq "$(jsonl_get "$T/out" "r['title']")" \
        "Ferry Pier Repairs Will Close the North Landing Until Spring" &&
    expect_eq "$(jsonl_get "$T/out" "r['url']")" \
        "https://www.harborledger.example/waterfront/ferry-pier-repairs-hl20260317" &&
    expect_eq "$(jsonl_get "$T/out" "r['extra']['section'], r['extra']['story_id'], r['extra']['ledger_id']")" \
        "Waterfront HL-2026-0317 hl20260317" &&
    expect_eq "$(jsonl_get "$T/out" "sorted(set(x['rule'] for x in r['removed']) & {'subscribe-banner', 'tip-line', 'story-number'})")" \
        "['story-number', 'subscribe-banner', 'tip-line']" &&
    ! grep -q "LEDGER TIP LINE" <(jsonl_get "$T/out" "r['body']")
}

# Without the file the outlet is generic and its chrome stays: the rules
# came from the file alone.
t_rules_new_outlet_needs_the_file() {
    $NN "$HL_TEXT" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id']")" "generic" &&
    jsonl_get "$T/out" "r['body']" | grep -q "LEDGER TIP LINE"
}

t_rules_profile_generic_still_forced() {
    $NN --rules "$HL_RULES" --profile generic "$HL_TEXT" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id'], r['source']")" \
        "generic harborledger.example" &&
    $NN --rules "$HL_RULES" --profile harborledger "$SEED_MF" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id']")" "harborledger"
}

# Every sample is normalized as before: the built-in profiles are still
# detected and the unmatched fall back on generic.
t_rules_others_unchanged() {
    $NN --explain samples/*.txt samples/*.html > "$T/before" 2>/dev/null
    $NN --explain --rules "$HL_RULES" samples/*.txt samples/*.html > "$T/after" 2>/dev/null
    cmp "$T/before" "$T/after" &&
    expect_grep '"source_id":"generic"' "$T/after"
}

t_rules_list_profiles() {
    $NN --list-profiles > "$T/out" || return 1
    expect_eq "$(cut -f1 "$T/out" | tr '\n' ' ')" "generic menafn moscowtimes text " &&
    expect_eq "$(cut -f2 "$T/out" | sort -u)" "built-in" &&
    $NN --rules "$HL_RULES" --list-profiles > "$T/out" || return 1
    expect_eq "$(head -1 "$T/out")" "harborledger	$HL_RULES" &&
    expect_eq "$(wc -l < "$T/out" | tr -d ' ')" "5"
}

# --dump-profile prints a built-in profile in the file format; read back
# with --rules it replaces the built-in one and every output is the same,
# byte for byte; dumped again, it is the same text.
t_rules_dump_round_trip() {
    local p
    $NN --explain samples/*.txt samples/*.html > "$T/before" 2>/dev/null
    for p in generic menafn moscowtimes text; do
        $NN --dump-profile "$p" > "$T/$p.rules" || { echo "dump $p"; return 1; }
        $NN --explain --rules "$T/$p.rules" samples/*.txt samples/*.html \
            > "$T/after" 2>/dev/null
        cmp "$T/before" "$T/after" || { echo "$p: output differs"; return 1; }
        $NN --explain --profile "$p" samples/*.txt > "$T/f1" 2>/dev/null
        $NN --explain --rules "$T/$p.rules" --profile "$p" samples/*.txt \
            > "$T/f2" 2>/dev/null
        cmp "$T/f1" "$T/f2" || { echo "$p: forced output differs"; return 1; }
        $NN --rules "$T/$p.rules" --dump-profile "$p" > "$T/again" || return 1
        cmp "$T/$p.rules" "$T/again" || { echo "$p: dump differs"; return 1; }
        $NN --rules "$T/$p.rules" --list-profiles | grep -q "^$p	$T/$p.rules$" ||
            { echo "$p: not listed from its file"; return 1; }
    done
    $NN --rules "$HL_RULES" --dump-profile harborledger > "$T/hl.rules" &&
    $NN --rules "$T/hl.rules" "$HL_TEXT" > "$T/f1" &&
    $NN --rules "$HL_RULES" "$HL_TEXT" > "$T/f2" && cmp "$T/f1" "$T/f2"
}

t_rules_replace_builtin() {
    { $NN --dump-profile menafn | sed 's/^source MENAFN$/source Middle East North Africa Financial Network/'; } > "$T/m.rules"
    $NN --rules "$T/m.rules" "$SEED_MF" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "r['source_id'], r['source']")" \
        "menafn Middle East North Africa Financial Network" &&
    expect_eq "$($NN --rules "$T/m.rules" --list-profiles | grep -c '^menafn')" "1"
}

# rules_error NAME TEXT EXPECTED: a file holding TEXT is refused with exit
# 2 and "FILE:LINE: ..." matching EXPECTED, before any input is read
# (the input named does not exist; nothing is said of it).
rules_error() {
    printf '%b' "$2" > "$T/$1.rules"
    $NN --rules "$T/$1.rules" "$T/no-such-input" > "$T/out" 2> "$T/err"
    local rc=$?
    expect_eq "$rc" "2" && expect_empty "$T/out" &&
    expect_fgrep "newsnorm: $T/$1.rules:$3" "$T/err" &&
    ! grep -q "no-such-input" "$T/err" || { echo "case $1"; return 1; }
}

RULE_HEAD='profile acme\nthreshold 3\n'
t_rules_errors() {
    rules_error unknown-key "${RULE_HEAD}colour blue\n" "3: unknown key 'colour'" &&
    rules_error bad-pattern "${RULE_HEAD}signal 3\n    pattern Acme (Daily\n" \
        "4: pattern: PCRE2 error at offset 11: missing closing parenthesis" &&
    rules_error bad-until "${RULE_HEAD}rule r\n pattern x\n action block\n until (?<=a+)b\n span 2\n" \
        "6: until: PCRE2 error at offset 0: lookbehind assertion" &&
    rules_error missing-name "profile\nsource Acme\n" "1: profile: no value" &&
    rules_error bad-name "profile Acme Daily\n" "1: profile: 'Acme Daily' is not a name" &&
    rules_error dup-in-file "${RULE_HEAD}profile acme\n" \
        "3: profile acme: already defined on line 1" &&
    rules_error no-profile "# nothing\n" "1: no profile in the file" &&
    rules_error key-first "source Acme\nprofile acme\n" "1: source: no profile is open" &&
    rules_error out-of-place "${RULE_HEAD}rule r\n pattern x\n action drop\nsource Acme\n" \
        "6: source: a key of a profile (before its signals, urlids and rules), and none is open here" &&
    rules_error twice "${RULE_HEAD}rule r\n pattern x\n pattern y\n action drop\n" \
        "5: pattern: given twice" &&
    rules_error no-pattern "${RULE_HEAD}rule r\n action drop\nrule s\n" "3: rule r: no pattern" &&
    rules_error no-action "${RULE_HEAD}rule r\n pattern x\n" "3: rule r: no action" &&
    rules_error bad-action "${RULE_HEAD}rule r\n pattern x\n action zap\n" \
        "5: action: 'zap' is not drop" &&
    rules_error block-no-until "${RULE_HEAD}rule r\n pattern x\n action block\n span 3\n" \
        "3: rule r: until and span go with action block" &&
    rules_error field-no-fields "${RULE_HEAD}rule r\n pattern (x)\n action field\n" \
        "3: rule r: action field needs fields" &&
    rules_error bad-field "${RULE_HEAD}rule r\n pattern (x)\n action field\n fields colour\n" \
        "6: fields: 'colour' is not a field" &&
    rules_error extra-no-key "${RULE_HEAD}rule r\n pattern (x)\n action field\n fields extra\n" \
        "6: fields: 'extra': extra takes a key" &&
    rules_error bad-number "${RULE_HEAD}signal lots\n" "3: signal: 'lots' is not a whole number" &&
    rules_error bad-span "${RULE_HEAD}rule r\n pattern x\n action block\n until y\n span 0\n" \
        "7: span: '0' is not a whole number from 1 to 1000" &&
    rules_error callout "${RULE_HEAD}rule r\n pattern x(?C1)\n action drop\n" \
        "4: pattern: callouts ((?C...)) are not allowed" &&
    rules_error backref "${RULE_HEAD}rule r\n pattern (\\\\w+) \\\\1\$\n action drop\n" \
        "4: pattern: absolute back reference at offset 6" &&
    rules_error undefined "${RULE_HEAD}rule r\n pattern {{NOPE}}\n action drop\n" \
        "4: {{NOPE}} is not defined" &&
    rules_error quote "${RULE_HEAD}title-suffix \" - Acme\n" "3: a value that starts with '\"'" &&
    rules_error lone-plus "profile acme\n+ more\n" "2: '+' continues a value, and there is none" &&
    rules_error common "common\nrule r\n pattern x\n action drop\n" "1: the common rules are built in" &&
    rules_error group-names "${RULE_HEAD}rule a\n pattern (?<n>x)\n action drop\nrule b\n pattern (?<n>y)\n action drop\n" \
        "1: profile acme: its head rules as one pattern: error at" &&
    rules_error no-fallback "profile generic\n" \
        " no profile would be left to fall back on" &&
    rules_error too-many-needs "${RULE_HEAD}$(for i in 1 2 3 4; do printf 'rule r%s\\n pattern .*n%s\\n action drop\\n need n%s\\n' $i $i $i; done)\n" \
        "1: profile acme: more than 12 needs"
}

t_rules_duplicate_across_files() {
    printf 'profile acme\n' > "$T/a.rules"
    printf 'profile acme\n' > "$T/b.rules"
    $NN --rules "$T/a.rules" --rules "$T/b.rules" "$T/none" > "$T/out" 2> "$T/err"
    expect_eq "$?" "2" && expect_empty "$T/out" &&
    expect_fgrep "$T/b.rules:1: profile acme: already read from $T/a.rules" "$T/err"
}

t_rules_unreadable() {
    $NN --rules "$T/missing.rules" "$SEED_MF" > "$T/out" 2> "$T/err"
    expect_eq "$?" "2" && expect_empty "$T/out" &&
    expect_fgrep "newsnorm: $T/missing.rules: No such file or directory" "$T/err" &&
    mkdir -p "$T/adir.rules" &&
    { $NN --rules "$T/adir.rules" "$SEED_MF" > "$T/out" 2> "$T/err"; expect_eq "$?" "2"; } &&
    expect_fgrep "newsnorm: $T/adir.rules: Is a directory" "$T/err" &&
    { $NN --dump-profile nosuch > "$T/out" 2> "$T/err"; expect_eq "$?" "2"; } &&
    expect_grep "unknown profile 'nosuch'" "$T/err"
}

# Long values are continued with '+' lines; quoted values keep their
# blanks; comments and indentation are free.
t_rules_continuation_and_quotes() {
    printf '%s\n' 'profile acme' '  # a comment' 'source "  Acme Daily  "' \
        'signal 9' '    pattern ACME' '      + -WIRE' \
        'rule r' '    pattern "Sponsored by "' '      + Acme.*$' '    action drop' > "$T/acme.rules"
    printf 'ACME-WIRE story\n\nSponsored by Acme Industries\nThe first paragraph of the story text is long enough here.\n' > "$T/acme.txt"
    $NN --explain --rules "$T/acme.rules" "$T/acme.txt" > "$T/out" || return 1
    expect_eq "$(jsonl_get "$T/out" "repr(r['source']), r['source_id'], 'r' in [x['rule'] for x in r['removed']]")" \
        "'  Acme Daily  ' acme True" &&
    ! jsonl_get "$T/out" "r['body']" | grep -q "Sponsored"
}

# A profile whose rules PCRE2 would not compile as one alternation (too
# large) still loads: the alternation is compiled in parts, tried in
# order, and a line only the last rule names is still found by it, while
# the first rule that matches still wins.
t_rules_too_large_for_one_pattern() {
    {
        printf 'profile bigrules\nsource Big Rules\nthreshold 99\n\n'
        for i in $(seq 1 60); do
            printf 'rule filler-%s\n    pattern FILLER%s (?:[a-z]{1,3}[0-9]? ){0,40}.*$\n    action drop\n\n' "$i" "$i"
        done
        printf 'rule first-tag\n    pattern TAGLINE .*$\n    action drop\n\n'
        printf 'rule last-tag\n    pattern TAGLINE LAST$\n    action drop\n'
    } > "$T/big.rules"
    printf '# Council closes the old bridge\n\nThe council voted on Tuesday to close the bridge for six months while crews repair it.\n\nFILLER60 the council said on Tuesday that the old bridge will stay closed for six months while crews repair its deck.\n\nTAGLINE LAST\n' > "$T/big.txt"
    $NN --explain --rules "$T/big.rules" --profile bigrules "$T/big.txt" > "$T/out" 2> "$T/err" || { cat "$T/err"; return 1; }
    expect_empty "$T/err" &&
    expect_eq "$(jsonl_get "$T/out" "sorted((x['rule'], x['text']) for x in r['removed'] if x['rule'] != 'headline')")" \
        "[('filler-60', 'FILLER60 the council said on Tuesday that the old bridge will stay closed for six months while crews repair its deck.'), ('first-tag', 'TAGLINE LAST')]"
}

TESTS="$TESTS t_rules_new_outlet_detected t_rules_new_outlet_needs_the_file
t_rules_profile_generic_still_forced t_rules_others_unchanged t_rules_list_profiles
t_rules_dump_round_trip t_rules_replace_builtin t_rules_errors
t_rules_duplicate_across_files t_rules_unreadable t_rules_continuation_and_quotes
t_rules_too_large_for_one_pattern"
