#!/usr/bin/env bash
# run-all.sh - every test of `make check`: cmocka unit tests, golden tests
# of samples/ against their expected outputs, CLI tests of the binary.
# Ends with the line "N passed, N failed"; exits 1 when anything failed.
#
#   NEWSNORM=path   the binary (default ./newsnorm)
#   UNIT_DIR=dir    where the unit test binaries are (default build)
#   VALGRIND=1      run the binary and unit tests under valgrind memcheck
#   PYTHON_TESTS=1  also the Python module's and examples' tests
#                   (tests/python, pytest; `make check` sets it), each
#                   pytest test counted as one test
set -u
cd "$(dirname "$0")/.."
BIN=${NEWSNORM:-./newsnorm}
UNIT_DIR=${UNIT_DIR:-build}
VG=""
if [ "${VALGRIND:-0}" = 1 ]; then
    VG="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect"
    export NEWSNORM_NO_JIT=1 # memcheck cannot follow PCRE2's JIT code
fi
NN="$VG $BIN"
PASS=0
FAIL=0
FAILED_NAMES=""

pass() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); FAILED_NAMES="$FAILED_NAMES $1"; echo "FAIL: $1"; }

# assertions used by cli.sh: print what went wrong, return non-zero
expect_eq() { [ "$1" = "$2" ] || { printf 'expected [%s]\n     got [%s]\n' "$2" "$1"; return 1; }; }
expect_grep() { grep -Eq "$@" || { echo "no line matching [$*]"; [ -f "${@: -1}" ] && head -c 600 "${@: -1}"; return 1; }; }
expect_empty() { [ ! -s "$1" ] || { echo "expected $1 to be empty:"; head -c 600 "$1"; return 1; }; }
expect_file() { [ -f "$1" ] || { echo "missing file $1"; return 1; }; }
expect_missing() { [ ! -e "$1" ] || { echo "$1 should not exist"; return 1; }; }

echo "== unit tests (cmocka)"
for t in "$UNIT_DIR"/test_*; do
    [ -x "$t" ] || continue
    out=$($VG "$t" 2>&1); rc=$?
    echo "$out" | grep -E '^\[ *(FAILED|ERROR|PASSED) *\]' | sed "s|^|  $(basename "$t"): |"
    ok=$(echo "$out" | grep -c '^\[       OK \]')
    PASS=$((PASS + ok))
    if [ $rc -ne 0 ]; then
        echo "$out" | grep -E '^\[  (FAILED|ERROR) ' | head -20
        n=$(echo "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:$/\1/p')
        [ -n "$n" ] && [ "$n" -gt 0 ] || n=1
        FAIL=$((FAIL + n)); FAILED_NAMES="$FAILED_NAMES $(basename "$t")"
    fi
done

echo "== golden tests (samples/*.txt and *.html against samples/*.json)"
for f in samples/*.txt samples/*.html; do
    [ -f "$f" ] || continue
    exp="${f%.*}.json"
    if out=$($NN -f json --check "$exp" "$f" 2>&1); then
        pass
    else
        fail "golden:$f"; echo "$out" | head -40
    fi
done

echo "== golden streams (samples/stream-*: JSON Lines, WARC, WET, gzip; a record"
echo "   for each bad line or record with --error-records)"
for f in samples/*.jsonl samples/*.warc samples/*.warc.gz samples/*.wet \
         samples/*.wet.gz samples/*.txt.gz samples/*.html.gz; do
    [ -f "$f" ] || continue
    b="${f%.gz}"; exp="${b%.*}.json"
    out=$($NN -f json --error-records --check "$exp" "$f" 2>&1)
    if echo "$out" | grep -q "check: 1 matched, 0 differ, 0 missing"; then
        pass
    else
        fail "golden:$f"; echo "$out" | head -40
    fi
done

echo "== CLI tests"
. tests/cli.sh
. tests/profiles.sh
for t in $TESTS; do
    if out=$($t 2>&1); then
        pass
    else
        fail "$t"; echo "$out" | sed 's/^/    /' | head -30
    fi
done

if [ "${VALGRIND:-0}" != 1 ]; then
    echo "== pathological inputs (each within a generous time bound)"
    . tests/pathological.sh
    for t in $PATHO_TESTS; do
        if out=$($t 2>&1); then pass; echo "$out"; else fail "$t"; echo "$out" | sed 's/^/    /'; fi
    done
    rm -rf "$PT"
fi

if [ "${PYTHON_TESTS:-0}" = 1 ]; then
    echo "== Python module, Dask and GNU parallel (pytest tests/python)"
    out=$(NEWSNORM="$BIN" /usr/bin/python3 -m pytest -q -p no:cacheprovider \
        tests/python 2>&1); rc=$?
    [ $rc -eq 0 ] && echo "$out" | tail -n 1 || echo "$out" | tail -n 80
    summary=$(echo "$out" | tail -n 1)
    ok=$(echo "$summary" | grep -Eo '[0-9]+ passed' | grep -Eo '[0-9]+')
    bad=$(echo "$summary" | grep -Eo '[0-9]+ (failed|errors?)' |
        awk '{ n += $1 } END { print n + 0 }')
    PASS=$((PASS + ${ok:-0}))
    if [ $rc -ne 0 ]; then
        [ -n "$bad" ] && [ "$bad" -gt 0 ] || bad=1
        FAIL=$((FAIL + bad)); FAILED_NAMES="$FAILED_NAMES pytest"
    fi
fi

echo
[ -n "$FAILED_NAMES" ] && echo "failed:$FAILED_NAMES"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
