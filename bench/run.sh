#!/usr/bin/env bash
# Benchmark driver for newsnorm (run by `make bench`; see bench/README.md).
#
#   bash bench/run.sh [--articles N] [--scales "1 4 16"] [--seed S] [--runs R]
#                     [--no-reference] [--html-pages P]
#
# Generates a synthetic corpus with bench/gen_corpus.py into
# ${TMPDIR:-/tmp}/newsnorm-bench (kept between runs, regenerated when missing
# or when the parameters or the generator changed), warms the page cache, and
# times on the same files, best of R runs (default 3):
#   cat of every file (the floor), newsnorm -j 1, newsnorm -j $(nproc),
#   and bench/reference.py (once).
# Then newsnorm -j 1 (and cat, once) at each scale of --scales, to show whether
# throughput stays flat as the corpus grows.
#
# HTML rows (issue 14): the first P articles (default 2000; 0 leaves the rows
# out) as whole web pages of 50-150 KB (gen_corpus.py --html), newsnorm -j 1
# and -j $(nproc) on them in turn, round after round (best of R each).  Figures go to stdout as a table
# and to ${TMPDIR:-/tmp}/newsnorm-bench/last-run.json.
#
# Two more rows split newsnorm's cost in two, with build/bench-inmem
# (bench/inmem.c, built by `make bench`; the rows are n/a without it):
# "read only", the kernel's part (open, fstat, read, close of every file
# into one reused buffer, as newsnorm does: the floor of any program that
# reads the files one by one; tighter than cat, which maps a new buffer for
# every file), and "library in memory", the pipeline's part (every file
# read first, then normalized and rendered in one thread).
#
# NEWSNORM=path selects the binary (default ./newsnorm, relative to the
# current directory, which `make bench` sets to the repository root);
# INMEM=path the helper (default build/bench-inmem).

set -euo pipefail

ARTICLES=20000
SCALES="1 4 16"
SEED=20250408
RUNS=3
REFERENCE=1
HTML_PAGES=2000
NEWSNORM=${NEWSNORM:-./newsnorm}
INMEM=${INMEM:-build/bench-inmem}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=${TMPDIR:-/tmp}/newsnorm-bench

usage() {
    sed -n '4,5s/^#  *//p' "${BASH_SOURCE[0]}"
}

die() {
    echo "run.sh: $*" >&2
    exit 1
}

while [ $# -gt 0 ]; do
    case $1 in
        --articles) ARTICLES=${2:?}; shift 2 ;;
        --articles=*) ARTICLES=${1#*=}; shift ;;
        --scales) SCALES=${2:?}; shift 2 ;;
        --scales=*) SCALES=${1#*=}; shift ;;
        --seed) SEED=${2:?}; shift 2 ;;
        --seed=*) SEED=${1#*=}; shift ;;
        --runs) RUNS=${2:?}; shift 2 ;;
        --runs=*) RUNS=${1#*=}; shift ;;
        --no-reference) REFERENCE=0; shift ;;
        --html-pages) HTML_PAGES=${2:?}; shift 2 ;;
        --html-pages=*) HTML_PAGES=${1#*=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; echo "run.sh: unknown option: $1" >&2; exit 2 ;;
    esac
done

for n in "$ARTICLES" "$RUNS" $SCALES; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: not a positive integer: $n" >&2; exit 2; }
done
[[ $SEED =~ ^[0-9]+$ ]] || { echo "run.sh: bad seed: $SEED" >&2; exit 2; }
[[ $HTML_PAGES =~ ^[0-9]+$ ]] || { echo "run.sh: not a number: $HTML_PAGES" >&2; exit 2; }
[ -n "$SCALES" ] || { echo "run.sh: --scales is empty" >&2; exit 2; }

[ -f "$NEWSNORM" ] && [ -x "$NEWSNORM" ] ||
    die "$NEWSNORM: no such executable (build it first with make, or set NEWSNORM=path)"
command -v python3 >/dev/null || die "python3 is needed to generate the corpus"

NPROC=$(nproc 2>/dev/null || echo 1)
mkdir -p "$WORK"
LOG=$WORK/stderr.log
: > "$LOG"
trap 'rm -f "$WORK/time.out" "$WORK/rss.out"' EXIT

# -------------------------------------------------------------------------
# Peak RSS comes from GNU time's %M.  Wall time is taken with bash's `time`
# keyword (TIMEFORMAT=%3R, millisecond resolution; GNU time's %e has only
# 10 ms), around the same command.
# -------------------------------------------------------------------------
GNU_TIME=/usr/bin/time
if [ ! -x "$GNU_TIME" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "run.sh: /usr/bin/time missing, installing the Debian package 'time'" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq time >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; } ||
        true
fi
[ -x "$GNU_TIME" ] || { GNU_TIME=; echo "run.sh: no /usr/bin/time: peak RSS will be n/a" >&2; }

# run_once CMD... : run CMD with stdout to /dev/null; sets T (seconds) and
# RSS (KiB, or empty).  A failing command ends the benchmark.
run_once() {
    local tfile=$WORK/time.out rfile=$WORK/rss.out status=0
    rm -f "$rfile"
    TIMEFORMAT=%3R
    if [ -n "$GNU_TIME" ]; then
        { time "$GNU_TIME" -f '%e %M' -o "$rfile" "$@" >/dev/null 2>>"$LOG" || status=$?; } 2>"$tfile"
    else
        { time "$@" >/dev/null 2>>"$LOG" || status=$?; } 2>"$tfile"
    fi
    if [ "$status" -ne 0 ]; then
        tail -n 5 "$LOG" >&2
        die "'$*' exited with status $status (stderr in $LOG)"
    fi
    T=$(tail -n 1 "$tfile")
    RSS=
    [ -s "$rfile" ] && RSS=$(awk 'END { print $2 }' "$rfile")
    return 0
}

# best_of N CMD... : best (lowest) wall time of N runs in T, highest RSS in RSS.
best_of() {
    local n=$1 best= peak= i
    shift
    for ((i = 0; i < n; i++)); do
        run_once "$@"
        if [ -z "$best" ] || awk -v a="$T" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$T
        fi
        if [ -n "$RSS" ] && { [ -z "$peak" ] || [ "$RSS" -gt "$peak" ]; }; then
            peak=$RSS
        fi
    done
    T=$best
    RSS=$peak
}

# calc EXPR : floating-point arithmetic with awk (guards against zero time).
calc() {
    awk "BEGIN { printf \"%.${2:-2}f\", $1 }"
}

cat_all() {
    # The floor: read every file once, in the order newsnorm reads them.
    # (GNU cat maps and unmaps a 128 KiB buffer per file; in small VMs that
    # costs tens of microseconds a file, so this floor is not tight.)
    find "$1" -name '*.txt' | LC_ALL=C sort | xargs cat >/dev/null
}
export -f cat_all

split_run() {
    # split_run N NEWSNORM K1 DIR1 K2 DIR2 ... : N newsnorm -j 1 at once,
    # the k-th on the DIRs paired with k; fails if any of them fails.
    local n=$1 nn=$2 k i pids=() status=0
    shift 2
    local pairs=("$@")
    for ((k = 0; k < n; k++)); do
        local mine=()
        for ((i = 0; i < ${#pairs[@]}; i += 2)); do
            [ "${pairs[$i]}" = "$k" ] && mine+=("${pairs[$((i + 1))]}")
        done
        "$nn" -q -j 1 -r "${mine[@]}" >/dev/null &
        pids+=($!)
    done
    for k in "${pids[@]}"; do wait "$k" || status=$?; done
    return "$status"
}
export -f split_run

# ensure_corpus K : path of the scale-K corpus, generated if needed; sets
# FILES and BYTES.
ensure_corpus() {
    local k=$1 dir=$WORK/scale-$1 stamp=$WORK/scale-$1.stamp want
    want="articles=$ARTICLES scale=$k seed=$SEED gen=$(cksum <"$BENCH_DIR/gen_corpus.py" | cut -d' ' -f1)"
    if [ ! -d "$dir" ] || [ ! -f "$stamp" ] || [ "$(head -n 1 "$stamp")" != "$want" ]; then
        echo "run.sh: generating $((ARTICLES * k)) articles (scale $k) in $dir ..." >&2
        rm -rf "$dir" "$stamp"
        python3 "$BENCH_DIR/gen_corpus.py" "$dir" --articles "$ARTICLES" --scale "$k" \
            --seed "$SEED" >&2 || die "corpus generation failed"
        {
            echo "$want"
            find "$dir" -name '*.txt' -printf '%s\n' | awk '{ n++; b += $1 } END { print n, b }'
        } >"$stamp"
    fi
    read -r FILES BYTES < <(sed -n 2p "$stamp")
    CORPUS=$dir
}

warm() {
    # Bring the corpus into the page cache so that all commands read from RAM.
    find "$1" -name '*.txt' -print0 | xargs -0 cat >/dev/null
}

# Figures for one command: MB/s (MB = 10^6 bytes) and articles/s.
mbps() { calc "$BYTES / 1e6 / ($1 > 0 ? $1 : 0.001)" 1; }
aps() { calc "$FILES / ($1 > 0 ? $1 : 0.001)" 0; }
rss_mb() { if [ -n "$1" ]; then calc "$1 / 1024" 1; else echo n/a; fi; }
json_num() { if [ -n "$1" ]; then echo "$1"; else echo null; fi; }

# -------------------------------------------------------------------------
# Main corpus (scale 1): cat, newsnorm -j 1, newsnorm -j N, reference.py.
# -------------------------------------------------------------------------
ensure_corpus 1
MAIN_FILES=$FILES MAIN_BYTES=$BYTES
echo "run.sh: warming the page cache" >&2
warm "$CORPUS"

echo "run.sh: timing cat, newsnorm -j 1, newsnorm -j $NPROC (best of $RUNS)" >&2
best_of "$RUNS" bash -c 'cat_all "$1"' _ "$CORPUS"
T_CAT=$T R_CAT=$RSS
T_READ= T_LIB=
if [ -x "$INMEM" ]; then
    echo "run.sh: timing the read floor and the library in memory (best of $RUNS)" >&2
    find "$CORPUS" -name '*.txt' | LC_ALL=C sort >"$WORK/files.txt"
    # the 5th field of bench-inmem's line is the best time in seconds
    T_READ=$("$INMEM" --read "$RUNS" <"$WORK/files.txt" 2>>"$LOG" | awk '{ print $5 }') || T_READ=
    T_LIB=$("$INMEM" "$RUNS" <"$WORK/files.txt" 2>>"$LOG" | awk '{ print $5 }') || T_LIB=
else
    echo "run.sh: $INMEM not built (make bench builds it): read-floor and in-memory rows are n/a" >&2
fi
best_of "$RUNS" "$NEWSNORM" -q -j 1 -r "$CORPUS"
T_J1=$T R_J1=$RSS
best_of "$RUNS" "$NEWSNORM" -q -j "$NPROC" -r "$CORPUS"
T_JN=$T R_JN=$RSS
# The machine's own ceiling for -j N: N separate newsnorm -j 1 processes,
# started together, each on 1/N of the corpus's folders (nothing shared
# but the machine: no threads, no common file table, no ordered output).
# Their wall time against -j 1 is as much speed-up as N cores give here.
T_SPLIT=
if [ "$NPROC" -ge 2 ]; then
    # folders go to the process with the fewest files so far; the row is
    # left out when folders cannot share the files out within 2%
    PAIRS=() LOADS=()
    for ((k = 0; k < NPROC; k++)); do LOADS+=(0); done
    while IFS= read -r d; do
        c=$(find "$d" -name '*.txt' | wc -l) least=0
        for ((k = 1; k < NPROC; k++)); do
            [ "${LOADS[$k]}" -lt "${LOADS[$least]}" ] && least=$k
        done
        LOADS[least]=$((LOADS[least] + c))
        PAIRS+=("$least" "$d")
    done < <(find "$CORPUS" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort)
    MAXLOAD=$(printf '%s\n' "${LOADS[@]}" | sort -n | tail -n 1)
    if [ "$((MAXLOAD * NPROC * 100))" -le "$((FILES * 102))" ]; then
        echo "run.sh: timing $NPROC separate newsnorm -j 1 processes on 1/$NPROC of the files each (best of $RUNS)" >&2
        best_of "$RUNS" bash -c 'split_run "$@"' _ "$NPROC" "$NEWSNORM" "${PAIRS[@]}"
        T_SPLIT=$T
    else
        echo "run.sh: the corpus's folders cannot be shared out evenly among $NPROC processes: no separate-process row" >&2
    fi
fi
T_REF= R_REF=
if [ "$REFERENCE" = 1 ]; then
    echo "run.sh: timing bench/reference.py (once; slow)" >&2
    run_once python3 "$BENCH_DIR/reference.py" "$CORPUS"
    T_REF=$T R_REF=$RSS
fi

# -------------------------------------------------------------------------
# Streams (issue 15): the same articles as one JSON Lines file and as one
# WARC.gz (a conversion record each, a gzip member a record), made by
# bench/to_streams.py and kept beside the corpus; newsnorm -j 1 on each
# and on the folder in turn (best of R each), and -j N with --dedup on the
# JSON Lines file.  Then
# bench/dedup_eval.py: the corpus with 10% duplicates planted (exact,
# dateline, footer, paragraph edited, paragraph replaced), precision and
# recall of --dedup against them.
# -------------------------------------------------------------------------
S_JSONL=$WORK/scale-1.jsonl S_WARC=$WORK/scale-1.warc.gz
S_WANT="$(head -n 1 "$WORK/scale-1.stamp") conv=$(cksum <"$BENCH_DIR/to_streams.py" | cut -d' ' -f1)"
if [ ! -f "$S_JSONL" ] || [ ! -f "$S_WARC" ] || [ "$(cat "$WORK/streams.stamp" 2>/dev/null)" != "$S_WANT" ]; then
    echo "run.sh: writing the corpus as one JSON Lines file and one WARC.gz" >&2
    python3 "$BENCH_DIR/to_streams.py" "$CORPUS" "$S_JSONL" "$S_WARC" || die "to_streams.py failed"
    echo "$S_WANT" >"$WORK/streams.stamp"
fi
cat "$S_JSONL" "$S_WARC" >/dev/null
echo "run.sh: timing newsnorm -j 1 on the folder, the JSON Lines file and the WARC.gz in turn, -j $NPROC --dedup (best of $RUNS)" >&2
# The three in turn, round after round, each ratio against the folder's
# best of these rounds: on a shared machine the load moves between one
# section of this script and the next, and a ratio of timings taken
# minutes apart measured that more than the readers.
T_SF= T_JSONL= T_WARC= R_JSONL= R_WARC=
for ((i = 0; i < RUNS; i++)); do
    run_once "$NEWSNORM" -q -j 1 -r "$CORPUS"
    [ -z "$T_SF" ] || awk -v a="$T" -v b="$T_SF" 'BEGIN { exit !(a < b) }' && T_SF=$T
    run_once "$NEWSNORM" -q -j 1 "$S_JSONL"
    [ -z "$T_JSONL" ] || awk -v a="$T" -v b="$T_JSONL" 'BEGIN { exit !(a < b) }' && T_JSONL=$T
    [ -n "$RSS" ] && { [ -z "$R_JSONL" ] || [ "$RSS" -gt "$R_JSONL" ]; } && R_JSONL=$RSS
    run_once "$NEWSNORM" -q -j 1 "$S_WARC"
    [ -z "$T_WARC" ] || awk -v a="$T" -v b="$T_WARC" 'BEGIN { exit !(a < b) }' && T_WARC=$T
    [ -n "$RSS" ] && { [ -z "$R_WARC" ] || [ "$RSS" -gt "$R_WARC" ]; } && R_WARC=$RSS
done
best_of "$RUNS" "$NEWSNORM" -q -j "$NPROC" --dedup "$S_JSONL"
T_DEDUP=$T R_DEDUP=$RSS
echo "run.sh: planting duplicates and scoring --dedup (bench/dedup_eval.py)" >&2
DEDUP_JSON=$(python3 "$BENCH_DIR/dedup_eval.py" "$CORPUS" --articles "$ARTICLES" \
    --distances "3" --newsnorm "$NEWSNORM" --json 2>>"$LOG") || DEDUP_JSON='[]'
dedup_field() { # name: the distance-3 row's field
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r[0][sys.argv[2]] if r else "")' "$DEDUP_JSON" "$1"
}
D_P=$(dedup_field precision) D_R=$(dedup_field recall)
D_KINDS=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(", ".join("%s %.2f" % kv for kv in r[0]["recall_by_kind"].items()) if r else "")' "$DEDUP_JSON")

# -------------------------------------------------------------------------
# HTML pages (issue 14): the first HTML_PAGES articles of the corpus as whole
# web pages (gen_corpus.py --html: 50-150 KB each, most of it scripts,
# styles, SVG, navigation and markup), kept in $WORK/html-P like the text
# corpora.  newsnorm -j 1 and -j N on them in turn, round after round (best
# of R each): on a shared machine a ratio of runs taken minutes apart
# measures the load.  Target: >= 1,000 pages/s a core with -j 1, peak RSS
# <= 32 MB.
# -------------------------------------------------------------------------
H_FILES= H_BYTES= T_HJ1= T_HJN= R_HJ1= R_HJN= H_RECORDS=
if [ "$HTML_PAGES" -gt 0 ]; then
    H_DIR=$WORK/html-$HTML_PAGES H_STAMP=$WORK/html-$HTML_PAGES.stamp
    H_WANT="pages=$HTML_PAGES seed=$SEED gen=$(cksum <"$BENCH_DIR/gen_corpus.py" | cut -d' ' -f1)"
    if [ ! -d "$H_DIR" ] || [ ! -f "$H_STAMP" ] || [ "$(head -n 1 "$H_STAMP")" != "$H_WANT" ]; then
        echo "run.sh: generating $HTML_PAGES HTML pages in $H_DIR ..." >&2
        rm -rf "$H_DIR" "$H_STAMP"
        python3 "$BENCH_DIR/gen_corpus.py" "$H_DIR" --articles "$HTML_PAGES" --html \
            --seed "$SEED" >&2 || die "HTML corpus generation failed"
        {
            echo "$H_WANT"
            find "$H_DIR" -name '*.html' -printf '%s\n' | awk '{ n++; b += $1 } END { print n, b }'
        } >"$H_STAMP"
    fi
    read -r H_FILES H_BYTES < <(sed -n 2p "$H_STAMP")
    find "$H_DIR" -name '*.html' -print0 | xargs -0 cat >/dev/null
    echo "run.sh: timing newsnorm -j 1 and -j $NPROC on $H_FILES HTML pages in turn (best of $RUNS)" >&2
    for ((i = 0; i < RUNS; i++)); do
        run_once "$NEWSNORM" -q -j 1 -r "$H_DIR"
        [ -z "$T_HJ1" ] || awk -v a="$T" -v b="$T_HJ1" 'BEGIN { exit !(a < b) }' && T_HJ1=$T
        [ -n "$RSS" ] && { [ -z "$R_HJ1" ] || [ "$RSS" -gt "$R_HJ1" ]; } && R_HJ1=$RSS
        run_once "$NEWSNORM" -q -j "$NPROC" -r "$H_DIR"
        [ -z "$T_HJN" ] || awk -v a="$T" -v b="$T_HJN" 'BEGIN { exit !(a < b) }' && T_HJN=$T
        [ -n "$RSS" ] && { [ -z "$R_HJN" ] || [ "$RSS" -gt "$R_HJN" ]; } && R_HJN=$RSS
    done
    H_RECORDS=$("$NEWSNORM" -q -j 1 -r "$H_DIR" 2>>"$LOG" | wc -l) || true
    [ "$H_RECORDS" = "$H_FILES" ] ||
        echo "run.sh: warning: newsnorm printed $H_RECORDS lines for $H_FILES HTML pages" >&2
fi
# html_fig FN SECONDS: mbps/aps/rss_mb over the HTML corpus (FN one of them)
html_fig() { FILES=$H_FILES BYTES=$H_BYTES "$1" "$2"; }

# -------------------------------------------------------------------------
# Python (issue 16): bench/python_row.py, the module normalizing every file
# into a dict in one process (best of R), and examples/dask_clean.py on a
# LocalCluster of 2 worker processes writing its shards (once: it starts a
# cluster), against newsnorm -j 2.  Left out (n/a) without /usr/bin/python3,
# build/libnewsnorm.so or dask.
# -------------------------------------------------------------------------
T_PY= R_PY= T_DASK= T_DASK_RUN= T_J2=
PY3=/usr/bin/python3
if [ -x "$PY3" ] && [ -e build/libnewsnorm.so ]; then
    echo "run.sh: timing the Python module over the corpus (best of $RUNS)" >&2
    best_of "$RUNS" "$PY3" "$BENCH_DIR/python_row.py" "$CORPUS"
    T_PY=$T R_PY=$RSS
    if "$PY3" -c 'import dask.bag, distributed' 2>/dev/null; then
        if [ "$NPROC" = 2 ]; then T_J2=$T_JN; else
            best_of "$RUNS" "$NEWSNORM" -q -j 2 -r "$CORPUS"; T_J2=$T
        fi
        echo "run.sh: timing examples/dask_clean.py on 2 local workers (once)" >&2
        run_once "$PY3" "$BENCH_DIR/../examples/dask_clean.py" "$CORPUS" \
            -o "$WORK/dask-out" --workers 2 --no-progress
        T_DASK=$T
        # its last line on stderr: "... N.N s" from the bag's start
        T_DASK_RUN=$(tail -n 1 "$LOG" | sed -n 's/.* \([0-9.]*\) s$/\1/p')
        rm -rf "$WORK/dask-out"
    fi
fi

# Sanity check: one JSON line per article, so the timings measured real work.
RECORDS=$("$NEWSNORM" -q -j 1 -r "$CORPUS" 2>>"$LOG" | wc -l) || true
[ "$RECORDS" = "$FILES" ] ||
    echo "run.sh: warning: newsnorm printed $RECORDS lines for $FILES articles" >&2

# -------------------------------------------------------------------------
# Scale sweep: newsnorm -j 1 (best of R) and cat (once) at each scale.
# -------------------------------------------------------------------------
SWEEP_K=() SWEEP_FILES=() SWEEP_BYTES=() SWEEP_T=() SWEEP_CAT=() SWEEP_RSS=()
for k in $SCALES; do
    if [ "$k" = 1 ]; then
        t=$T_J1 tc=$T_CAT r=$R_J1 FILES=$MAIN_FILES BYTES=$MAIN_BYTES
    else
        ensure_corpus "$k"
        echo "run.sh: timing scale $k ($FILES articles)" >&2
        warm "$CORPUS"
        run_once bash -c 'cat_all "$1"' _ "$CORPUS"    # once: context only
        tc=$T
        best_of "$RUNS" "$NEWSNORM" -q -j 1 -r "$CORPUS"
        t=$T r=$RSS
    fi
    SWEEP_K+=("$k") SWEEP_FILES+=("$FILES") SWEEP_BYTES+=("$BYTES")
    SWEEP_T+=("$t") SWEEP_CAT+=("$tc") SWEEP_RSS+=("$r")
done
FILES=$MAIN_FILES BYTES=$MAIN_BYTES

# -------------------------------------------------------------------------
# Report.
# -------------------------------------------------------------------------
MB=$(calc "$BYTES / 1e6" 1)
RATIO_CAT=$(calc "$T_J1 / ($T_CAT > 0 ? $T_CAT : 0.001)" 1)
SPEEDUP=$(calc "$T_J1 / ($T_JN > 0 ? $T_JN : 0.001)" 2)
RATIO_REF=
[ -n "$T_REF" ] && RATIO_REF=$(calc "$T_REF / ($T_J1 > 0 ? $T_J1 : 0.001)" 0)
MBPS_J1=$(mbps "$T_J1")
APS_J1=$(aps "$T_J1")

row() { # label seconds rss
    printf '%-26s %9s %10s %12s %10s\n' "$1" "$2" "$(mbps "$2")" "$(aps "$2")" "$(rss_mb "$3")"
}
echo
echo "newsnorm benchmark: $FILES articles, $MB MB ($(calc "$BYTES / $FILES / 1000" 1) KB each), $NPROC CPUs, best of $RUNS"
printf '%-26s %9s %10s %12s %10s\n' "" "seconds" "MB/s" "articles/s" "peak RSS MB"
row "cat (floor)" "$T_CAT" "$R_CAT"
[ -n "$T_READ" ] && row "read only (kernel floor)" "$T_READ" ""
[ -n "$T_LIB" ] && row "library in memory" "$T_LIB" ""
row "newsnorm -j 1" "$T_J1" "$R_J1"
row "newsnorm -j $NPROC" "$T_JN" "$R_JN"
[ -n "$T_SPLIT" ] && row "$NPROC x -j 1, 1/$NPROC each" "$T_SPLIT" ""
[ -n "$T_REF" ] && row "reference.py (1 run)" "$T_REF" "$R_REF"
row "one .jsonl, -j 1" "$T_JSONL" "$R_JSONL"
row "one .warc.gz, -j 1" "$T_WARC" "$R_WARC"
row "one .jsonl, -j $NPROC --dedup" "$T_DEDUP" "$R_DEDUP"
[ -n "$T_PY" ] && row "Python module, 1 process" "$T_PY" "$R_PY"
[ -n "$T_DASK" ] && row "Dask, 2 local workers" "$T_DASK" ""
if [ -n "$T_HJ1" ]; then
    hrow() { # label seconds rss: a row over the HTML pages (pages/s in the articles/s column)
        printf '%-26s %9s %10s %12s %10s\n' "$1" "$2" "$(html_fig mbps "$2")" "$(html_fig aps "$2")" "$(rss_mb "$3")"
    }
    hrow "HTML pages, -j 1" "$T_HJ1" "$R_HJ1"
    hrow "HTML pages, -j $NPROC" "$T_HJN" "$R_HJN"
fi
echo
if [ -n "$T_HJ1" ]; then
    H_APS_J1=$(html_fig aps "$T_HJ1")
    H_APS_CORE=$(calc "$(html_fig aps "$T_HJN") / $NPROC" 0)
    H_SPEEDUP=$(calc "$T_HJ1 / ($T_HJN > 0 ? $T_HJN : 0.001)" 2)
    echo "HTML pages: $H_FILES pages, $(calc "$H_BYTES / 1e6" 1) MB ($(calc "$H_BYTES / $H_FILES / 1000" 1) KB each; gen_corpus.py --html, runs in turn)"
    echo "  -j 1 $H_APS_J1 pages/s; -j $NPROC ${H_SPEEDUP}x that, $H_APS_CORE pages/s a core"
    echo
fi
echo "one .jsonl / the folder, -j 1:        $(calc "$T_JSONL / ($T_SF > 0 ? $T_SF : 0.001)" 2)x the time (the folder's best of the same rounds: $T_SF s)"
echo "one .warc.gz / the folder, -j 1:      $(calc "$T_WARC / ($T_SF > 0 ? $T_SF : 0.001)" 2)x the time"
[ -n "$D_P" ] && echo "--dedup on planted duplicates (distance 3): precision $D_P, recall $D_R ($D_KINDS)"
echo
echo "newsnorm -j 1 time / cat time:       ${RATIO_CAT}x"
if [ -n "$T_READ" ] && [ -n "$T_LIB" ]; then
    echo "newsnorm -j 1 time / read-only time: $(calc "$T_J1 / ($T_READ > 0 ? $T_READ : 0.001)" 1)x"
    echo "  of which reading $(calc "$T_READ / ($T_J1 > 0 ? $T_J1 : 0.001) * 100" 0)%, the library in memory $(calc "$T_LIB / ($T_J1 > 0 ? $T_J1 : 0.001) * 100" 0)%"
fi
[ -n "$RATIO_REF" ] && echo "reference.py time / newsnorm -j 1:   ${RATIO_REF}x"
if [ -n "$T_PY" ]; then
    echo "Python module time / newsnorm -j 1:  $(calc "$T_PY / ($T_J1 > 0 ? $T_J1 : 0.001)" 2)x"
fi
if [ -n "$T_DASK" ]; then
    echo "Dask (2 workers) / newsnorm -j 2:     $(calc "$T_DASK / ($T_J2 > 0 ? $T_J2 : 0.001)" 2)x (${T_DASK_RUN:-?} s of ${T_DASK} s after the cluster was up)"
fi
echo "speed-up of -j $NPROC over -j 1:         ${SPEEDUP}x"
CEILING=
if [ -n "$T_SPLIT" ]; then
    CEILING=$(calc "$T_J1 / ($T_SPLIT > 0 ? $T_SPLIT : 0.001)" 2)
    echo "  $NPROC separate -j 1 processes on 1/$NPROC each: ${CEILING}x (${T_SPLIT} s; nothing shared but the machine, each paying its own start-up)"
fi
echo
echo "scale sweep (newsnorm -j 1):"
printf '%6s %9s %9s %9s %10s %10s %10s\n' scale articles MB seconds "MB/s" "cat MB/s" "RSS MB"
SCALE_JSON=
for i in "${!SWEEP_K[@]}"; do
    FILES=${SWEEP_FILES[$i]} BYTES=${SWEEP_BYTES[$i]}
    printf '%6s %9s %9s %9s %10s %10s %10s\n' "${SWEEP_K[$i]}" "$FILES" "$(calc "$BYTES / 1e6" 1)" \
        "${SWEEP_T[$i]}" "$(mbps "${SWEEP_T[$i]}")" "$(mbps "${SWEEP_CAT[$i]}")" "$(rss_mb "${SWEEP_RSS[$i]}")"
    SCALE_JSON+="${SCALE_JSON:+, }{\"scale\": ${SWEEP_K[$i]}, \"articles\": $FILES, \"bytes\": $BYTES, \"seconds\": ${SWEEP_T[$i]}, \"mb_per_s\": $(mbps "${SWEEP_T[$i]}"), \"cat_seconds\": ${SWEEP_CAT[$i]}, \"peak_rss_kb\": $(json_num "${SWEEP_RSS[$i]}")}"
done
FIRST_MBPS=$(FILES=${SWEEP_FILES[0]} BYTES=${SWEEP_BYTES[0]}; mbps "${SWEEP_T[0]}")
last=$((${#SWEEP_K[@]} - 1))
LAST_MBPS=$(FILES=${SWEEP_FILES[$last]} BYTES=${SWEEP_BYTES[$last]}; mbps "${SWEEP_T[$last]}")
SCALE_CHANGE=$(calc "($LAST_MBPS / ($FIRST_MBPS > 0 ? $FIRST_MBPS : 0.001) - 1) * 100" 1)
echo "MB/s at scale ${SWEEP_K[$last]} vs scale ${SWEEP_K[0]}: ${SCALE_CHANGE}%"
FILES=$MAIN_FILES BYTES=$MAIN_BYTES

# Targets (bench/README.md).  A miss is reported, not an error: timings in
# shared VMs are noisy, so a benchmark run never fails a build.
echo
echo "targets:"
TARGETS_JSON=
target() { # name ok(1/0/"") text
    local verdict=n/a
    [ "$2" = 1 ] && verdict=PASS
    [ "$2" = 0 ] && verdict=MISS
    printf '  %-4s  %s\n' "$verdict" "$3"
    TARGETS_JSON+="${TARGETS_JSON:+, }\"$1\": \"$verdict\""
}
ok() { awk "BEGIN { exit !($1) }" && echo 1 || echo 0; }
target mb_per_s "$(ok "$MBPS_J1 >= 200")" "-j 1 throughput >= 200 MB/s ($MBPS_J1)"
target articles_per_s "$(ok "$APS_J1 >= 50000")" "-j 1 >= 50,000 articles/s ($APS_J1)"
if [ "$NPROC" -ge 2 ]; then
    target parallel "$(ok "$SPEEDUP >= 1.8")" "-j $NPROC >= 1.8x -j 1 (${SPEEDUP}x${CEILING:+; separate processes ${CEILING}x})"
else
    target parallel "" "-j 2 >= 1.8x -j 1 (one CPU: not measurable)"
fi
target cat_ratio "$(ok "$RATIO_CAT <= 10")" "-j 1 within 10x of cat (${RATIO_CAT}x)"
if [ -n "$RATIO_REF" ]; then
    target reference "$(ok "$RATIO_REF >= 100")" ">= 100x faster than reference.py (${RATIO_REF}x)"
else
    target reference "" ">= 100x faster than reference.py (skipped)"
fi
if [ -n "$R_J1" ]; then
    target rss "$(ok "$R_J1 <= 16384")" "-j 1 peak RSS <= 16 MB ($(rss_mb "$R_J1") MB)"
else
    target rss "" "-j 1 peak RSS <= 16 MB (no /usr/bin/time)"
fi
target stream_jsonl "$(ok "$T_JSONL <= 1.2 * $T_SF")" "one .jsonl within 20% of the folder, -j 1 ($(calc "$T_JSONL / ($T_SF > 0 ? $T_SF : 0.001)" 2)x)"
target stream_warc "$(ok "$T_WARC <= 1.2 * $T_SF")" "one .warc.gz within 20% of the folder, -j 1 ($(calc "$T_WARC / ($T_SF > 0 ? $T_SF : 0.001)" 2)x)"
if [ -n "$R_JSONL" ] && [ -n "$R_WARC" ]; then
    target stream_rss "$(ok "$R_JSONL <= 16384 && $R_WARC <= 16384")" "streams -j 1 peak RSS <= 16 MB ($(rss_mb "$R_JSONL"), $(rss_mb "$R_WARC") MB)"
fi
if [ -n "$D_P" ]; then
    target dedup "$(ok "$D_P >= 0.99 && $D_R >= 0.99")" "--dedup precision and recall >= 0.99 on planted duplicates ($D_P, $D_R)"
fi
if [ -n "$T_PY" ]; then
    target python "$(ok "$T_PY <= 1.5 * $T_J1")" "Python module within 1.5x of -j 1 ($(calc "$T_PY / ($T_J1 > 0 ? $T_J1 : 0.001)" 2)x)"
fi
if [ -n "$T_DASK" ]; then
    target dask "$(ok "$T_DASK <= 2 * $T_J2")" "Dask on 2 local workers within 2x of -j 2 ($(calc "$T_DASK / ($T_J2 > 0 ? $T_J2 : 0.001)" 2)x)"
fi
if [ -n "$T_HJ1" ]; then
    target html_pages_per_s "$(ok "$H_APS_J1 >= 1000")" "HTML pages: -j 1 >= 1,000 pages/s a core ($H_APS_J1; -j $NPROC: $H_APS_CORE a core)"
    if [ -n "$R_HJ1" ]; then
        target html_rss "$(ok "$R_HJ1 <= 32768")" "HTML pages: -j 1 peak RSS <= 32 MB ($(rss_mb "$R_HJ1") MB)"
    else
        target html_rss "" "HTML pages: -j 1 peak RSS <= 32 MB (no /usr/bin/time)"
    fi
fi
if [ "$last" -gt 0 ]; then
    target scaling "$(ok "$SCALE_CHANGE >= -10 && $SCALE_CHANGE <= 10")" \
        "MB/s at scale ${SWEEP_K[$last]} within 10% of scale ${SWEEP_K[0]} (${SCALE_CHANGE}%)"
else
    target scaling "" "MB/s flat across scales (one scale given)"
fi

VERSION=$("$NEWSNORM" --version 2>/dev/null | head -n 1 | tr -d '"\\\r' || true)
cat >"$WORK/last-run.json" <<EOF
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "newsnorm": "$NEWSNORM",
  "version": "$VERSION",
  "cpus": $NPROC,
  "runs": $RUNS,
  "seed": $SEED,
  "articles": $FILES,
  "bytes": $BYTES,
  "records": ${RECORDS:-0},
  "read_only": $(if [ -n "$T_READ" ]; then echo "{\"seconds\": $T_READ, \"mb_per_s\": $(mbps "$T_READ"), \"articles_per_s\": $(aps "$T_READ")}"; else echo null; fi),
  "library_in_memory": $(if [ -n "$T_LIB" ]; then echo "{\"seconds\": $T_LIB, \"mb_per_s\": $(mbps "$T_LIB"), \"articles_per_s\": $(aps "$T_LIB")}"; else echo null; fi),
  "cat": {"seconds": $T_CAT, "mb_per_s": $(mbps "$T_CAT"), "articles_per_s": $(aps "$T_CAT"), "peak_rss_kb": $(json_num "$R_CAT")},
  "j1": {"seconds": $T_J1, "mb_per_s": $MBPS_J1, "articles_per_s": $APS_J1, "peak_rss_kb": $(json_num "$R_J1")},
  "jn": {"jobs": $NPROC, "seconds": $T_JN, "mb_per_s": $(mbps "$T_JN"), "articles_per_s": $(aps "$T_JN"), "peak_rss_kb": $(json_num "$R_JN")},
  "reference": $(if [ -n "$T_REF" ]; then echo "{\"seconds\": $T_REF, \"mb_per_s\": $(mbps "$T_REF"), \"articles_per_s\": $(aps "$T_REF"), \"peak_rss_kb\": $(json_num "$R_REF")}"; else echo null; fi),
  "ratio_j1_to_cat": $RATIO_CAT,
  "ratio_reference_to_j1": $(json_num "$RATIO_REF"),
  "speedup_jn": $SPEEDUP,
  "separate_processes": $(if [ -n "$T_SPLIT" ]; then echo "{\"processes\": $NPROC, \"seconds\": $T_SPLIT, \"speedup\": $CEILING}"; else echo null; fi),
  "streams": {"folder_same_rounds_seconds": $T_SF, "jsonl": {"seconds": $T_JSONL, "mb_per_s": $(mbps "$T_JSONL"), "peak_rss_kb": $(json_num "$R_JSONL")}, "warc_gz": {"seconds": $T_WARC, "mb_per_s": $(mbps "$T_WARC"), "peak_rss_kb": $(json_num "$R_WARC")}, "jsonl_dedup_jn": {"seconds": $T_DEDUP, "peak_rss_kb": $(json_num "$R_DEDUP")}},
  "python": $(if [ -n "$T_PY" ]; then echo "{\"seconds\": $T_PY, \"articles_per_s\": $(aps "$T_PY"), \"peak_rss_kb\": $(json_num "$R_PY")}"; else echo null; fi),
  "dask_2_workers": $(if [ -n "$T_DASK" ]; then echo "{\"seconds\": $T_DASK, \"after_startup_seconds\": $(json_num "$T_DASK_RUN"), \"cli_j2_seconds\": $T_J2}"; else echo null; fi),
  "dedup": $DEDUP_JSON,
  "html": $(if [ -n "$T_HJ1" ]; then echo "{\"pages\": $H_FILES, \"bytes\": $H_BYTES, \"records\": ${H_RECORDS:-0}, \"j1\": {\"seconds\": $T_HJ1, \"mb_per_s\": $(html_fig mbps "$T_HJ1"), \"pages_per_s\": $H_APS_J1, \"peak_rss_kb\": $(json_num "$R_HJ1")}, \"jn\": {\"jobs\": $NPROC, \"seconds\": $T_HJN, \"mb_per_s\": $(html_fig mbps "$T_HJN"), \"pages_per_s\": $(html_fig aps "$T_HJN"), \"pages_per_s_per_core\": $H_APS_CORE, \"peak_rss_kb\": $(json_num "$R_HJN")}, \"speedup_jn\": $H_SPEEDUP}"; else echo null; fi),
  "scales": [$SCALE_JSON],
  "scale_change_percent": $SCALE_CHANGE,
  "targets": {$TARGETS_JSON}
}
EOF
echo
echo "figures written to $WORK/last-run.json"
