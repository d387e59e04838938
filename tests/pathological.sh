#!/usr/bin/env bash
# pathological.sh - hostile inputs generated on the fly; each must be
# normalized (exit 0) within a generous bound, which catches quadratic or
# exponential behaviour without a tight timer.  Sourced by run-all.sh
# (which provides NN, expect_eq); prints the time of each case.
PT=$(mktemp -d "${TMPDIR:-/tmp}/nn-patho.XXXXXX")
BOUND=${PATHO_BOUND:-60}   # seconds; a healthy run takes well under 5

gen() { # name python-expression writing bytes to sys.stdout.buffer
    /usr/bin/python3 -c "import sys; w=sys.stdout.buffer.write; $2" > "$PT/$1"
}

patho() { # name
    local start end rc
    start=$(date +%s.%N)
    timeout "$BOUND" $NN -q "$PT/$1" > "$PT/$1.out" 2> "$PT/$1.err"; rc=$?
    end=$(date +%s.%N)
    printf '  %-28s %8s bytes  %6.2f s  exit %d\n' "$1" "$(stat -c %s "$PT/$1")" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rc"
    [ "$rc" -eq 0 ] || { echo "exit $rc (124: over the ${BOUND}s bound)"; head -c 300 "$PT/$1.err"; return 1; }
    [ -s "$PT/$1.out" ] || { echo "no record written"; return 1; }
}

p_single_line_50mb()   { gen one-line-50mb "w(b'Title\n' + b'word and more words, ' * 2500000)"; patho one-line-50mb; }
p_million_blank_lines(){ gen blank-lines "w(b'Title\n' + b'\n' * 1000000 + b'A paragraph.\n')"; patho blank-lines; }
p_million_lt()         { gen million-lt "w(b'Title\n' + b'<' * 1000000 + b'\n')"; patho million-lt; }
p_million_amp()        { gen million-amp "w(b'Title\n' + b'&amp;&' * 500000 + b'\n')"; patho million-amp; }
p_nested_tags()        { gen nested "w(b'Title\n' + b'<b><i>' * 100000 + b'deep text' + b'</i></b>' * 100000 + b'\n')"; patho nested; }
p_10m_char_line()      { gen long-word "w(b'Title\n' + b'a' * 10000000 + b'\n')"; patho long-word; }
p_byline_backtrack()   { gen byline "w(b'Title\nBy ' + b'Anna Maria, ' * 200000 + b'!\n')"; patho byline; }
p_caption_backtrack()  { gen caption "w(b'# Title\nA caption. ' * 1 + b'Word ' * 2000000 + b'x\n')"; patho caption; }
p_many_related()       { gen related "w(b'Title\n' + b''.join(b'Related article: story %d\n' % i for i in range(200000)))"; patho related; }
p_many_tags()          { gen tags "w(b'Title\nBody text.\n' + b''.join(b'Tags: t%d\n' % i for i in range(200000)))"; patho tags; }
p_many_lines()         { gen lines "w(b'Title\n' + b'A short line of text that goes on\n' * 1000000)"; patho lines; }
p_heading_hashes()     { gen hashes "w(b'# ' + b'#' * 5000000 + b' x\n')"; patho hashes; }

# page-style scrapes (page.c): menus, headings, quotes, brackets by the million
p_page_nav()           { gen page-nav "w(b'# Title\n' + b'- [Item](https://e.example/x)\n' * 1000000)"; patho page-nav; }
# many "Related" markers, each over a one-item list, with text at the end:
# the span's look to the page's end must not be made once a marker
p_page_related()       { gen page-related "w(b'# Title\n\n' + b'The council voted on Tuesday to approve the plan, which will close the bridge for six months while crews replace the deck.\n\n' * 3 + b'Related\n- A story about the bridge and the river\n' * 100000 + b'\nThe council voted on Tuesday to approve the plan, which will close the bridge for six months.\n')"; patho page-related; }
p_page_headings()      { gen page-heads "w(b'[a](b)\n' + b''.join(b'# Heading number %d of many\n\nshort\n\n' % i for i in range(300000)))"; patho page-heads; }
p_page_quotes()        { gen page-quotes "w(b'[a](b)\n# T\n' + (b'> ' + b'a' * 500 + b'\n\n' + b'a' * 2000 + b' the and of it.\n\n') * 20000)"; patho page-quotes; }
p_page_brackets()      { gen page-brackets "w(b'[a](b)\n' + b'[' * 5000000 + b'](' * 1000000 + b'\n')"; patho page-brackets; }
p_page_short_lines()   { gen page-short "w(b'[a](b)\n' + b'Menu entry\n' * 1000000 + b'The end of it all.\n')"; patho page-short; }
p_page_wrapped_link()  { gen page-wrap "w(b'[a](b)\n[' + b'word\n' * 1000000 + b'](x)\n')"; patho page-wrap; }
p_page_many_quotes()   { gen page-many-quotes "import random; random.seed(2); W=b'the of and to in a is that for on with as was by at from city council voted ban cars old town mayor said decision'.split(); P=lambda: b' '.join(random.choice(W) for _ in range(40)).capitalize() + b'.'; w(b'[Home](https://x.com/)\n\n'); [w(b'> %s\n\n%s x%d\n\n' % (P(), P(), i)) for i in range(80000)]"; patho page-many-quotes; }
p_page_detect_scan()   { gen page-detect "w(b'Title\n' + b'](x' * 10000000 + b'\n')"; patho page-detect; }

# HTML pages (html.c, libxml2): what grows faster than the page inside the
# parser (attributes checked against each other, stray end tags looked for
# down the stack) is bounded before the parse
p_html_attributes()    { gen html-attrs "w(b'<html><body><div ' + b' '.join(b'a%d=\"v\"' % i for i in range(300000)) + b'>x</div><p>Text.</p>')"; patho html-attrs; }
p_html_stray_ends()    { gen html-ends "w(b'<html><body>' + b'<span>' * 5000 + b'</div>' * 2000000 + b'<p>Text.</p>')"; patho html-ends; }
p_html_deep()          { gen html-deep "w(b'<html><body><p>Text.</p>' + b'<div><b>' * 1000000 + b'deep' + b'</b></div>' * 1000000)"; patho html-deep; }
p_html_breaks()        { gen html-brs "w(b'<html><body><h1>T</h1><p>' + b'line<br>' * 1000000 + b'</p>')"; patho html-brs; }
p_html_json_ld()       { gen html-ld "w(b'<html><head><script type=\"application/ld+json\">' + b'[' * 100000 + b']' * 100000 + b'</script>' + (b'<script type=\"application/ld+json\">{\"@graph\":[' + b','.join([b'{\"@type\":\"NewsArticle\",\"author\":[' + b','.join([b'{\"@id\":\"x\"}'] * 300) + b']}'] * 300) + b']}</script>') * 20 + b'</head><body><p>Text.</p>')"; patho html-ld; }
# the mojibake repair with a candidate on top and curly quotes to the end
# (the review found it quadratic: 8 MB took 87 s)
p_mojibake_quotes()    { gen mojibake-quotes "w(b'Caf\\xc3\\x83\\xc2\\xa9 story.\\n\\n' + b'word\\xe2\\x80\\x99s ' * 1500000 + b'\\n')"; patho mojibake-quotes; }
# many dated lines above a far headline (dateline_above counted to it)
p_dates_above()        { gen dates-above "w(b''.join(b'%d 2020-01-01 1234567890 ' % i + b'x' * 400 + b'\\n' for i in range(40000)) + b'# Headline of the piece here\\n\\nThe text of the article is here and it goes on for a while.\\n')"; patho dates-above; }
p_html_cells()         { gen html-cells "w(b'<html><body><table>' + b'<tr><td>a</td><td><a href=\"/x\">b</a></td></tr>' * 300000 + b'</table>')"; patho html-cells; }

PATHO_TESTS="p_single_line_50mb p_million_blank_lines p_million_lt p_million_amp
p_nested_tags p_10m_char_line p_byline_backtrack p_caption_backtrack p_many_related
p_many_tags p_many_lines p_heading_hashes p_page_nav p_page_headings
p_page_related
p_page_quotes p_page_brackets p_page_short_lines p_page_wrapped_link
p_page_many_quotes p_page_detect_scan p_html_attributes p_html_stray_ends
p_html_deep p_html_breaks p_html_json_ld p_html_cells p_mojibake_quotes
p_dates_above"

# streams (issue 15): each ends with a clear error naming the file and the
# record or offset, exit 1, and every record before it (and, where the
# stream can go on, after it) written.
patho_fail() { # name "options" records-expected error-regex
    local start end rc
    start=$(date +%s.%N)
    timeout "$BOUND" $NN -q $2 "$PT/$1" > "$PT/$1.out" 2> "$PT/$1.err"; rc=$?
    end=$(date +%s.%N)
    printf '  %-28s %8s bytes  %6.2f s  exit %d\n' "$1" "$(stat -c %s "$PT/$1")" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rc"
    [ "$rc" -eq 1 ] || { echo "exit $rc, not 1 (124: over the ${BOUND}s bound)"; head -c 300 "$PT/$1.err"; return 1; }
    grep -Eq "$4" "$PT/$1.err" || { echo "no error matching [$4]:"; head -c 300 "$PT/$1.err"; return 1; }
    [ "$(wc -l < "$PT/$1.out" | tr -d ' ')" = "$3" ] || { echo "$(wc -l < "$PT/$1.out") records, not $3"; return 1; }
}

WREC='import gzip
def rec(body, length=None, typ=b"conversion"):
    return (b"WARC/1.0\r\nWARC-Type: " + typ + b"\r\nWARC-Target-URI: https://e.example/x\r\n"
            b"Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % (len(body) if length is None else length)
            + body + b"\r\n\r\n")
A = b"A story\n\nA paragraph of the story that is long enough to be read as one.\n"'

# A JSON Lines line over the limit, read through in a window of about
# 1 MB: the lines around it are kept.
p_jsonl_long_line()    { gen long-line.jsonl "s=b'{\"text\":\"A story\\\\n\\\\nA body of the story.\"}\n'; w(s + b'{\"text\":\"' + b'x' * 100000000 + b'\"}\n' + s)"; patho_fail long-line.jsonl "--max-size 1M" 2 "long-line.jsonl:2: line longer than the limit of 1048576 bytes"; }
# ... and the issue's 1 GB line itself, streamed through a pipe (no file on
# disk): read through in constant memory in about 2 s.
p_jsonl_1gb_line() {
    local s='{"text":"A story\n\nA body of the story."}' start end rc
    start=$(date +%s.%N)
    { printf '%s\n{"text":"' "$s"; head -c 1073741824 /dev/zero | tr '\0' x
      printf '"}\n%s\n' "$s"; } |
        timeout "$BOUND" $NN -q --input-format jsonl --max-size 1M - \
            > "$PT/1gb.out" 2> "$PT/1gb.err"; rc=$?
    end=$(date +%s.%N)
    printf '  %-28s %8s bytes  %6.2f s  exit %d\n' "1gb-line.jsonl (pipe)" 1073741878 \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rc"
    [ "$rc" -eq 1 ] || { echo "exit $rc, not 1"; head -c 300 "$PT/1gb.err"; return 1; }
    grep -q -- "-:2: line longer than the limit of 1048576 bytes (1073741835 bytes" "$PT/1gb.err" ||
        { echo "wrong error:"; head -c 300 "$PT/1gb.err"; return 1; }
    [ "$(wc -l < "$PT/1gb.out" | tr -d ' ')" = 2 ] || { echo "not 2 records"; return 1; }
}
p_jsonl_just_over()    { gen just-over.jsonl "s=b'{\"text\":\"A story\\\\n\\\\nA body of the story.\"}\n'; w(s + b'{\"text\":\"' + b'x' * (1048576 - 10) + b'\"}\n' + s)"; patho_fail just-over.jsonl "--max-size 1M" 2 "just-over.jsonl:2: line longer than the limit of 1048576 bytes \\(1048577 bytes"; }
p_jsonl_many_lines()   { gen many.jsonl "w(b''.join(b'{\"id\":%d,\"text\":\"Story %d\\\\n\\\\nA short body of words number %d.\"}\n' % (i, i, i) for i in range(100000)) + b'not json\n')"; patho_fail many.jsonl "" 100000 "many.jsonl:100001: not JSON"; }
# WARC Content-Lengths that lie: shorter and longer than the data
p_warc_length_short()  { gen short.warc "$WREC
w(rec(A) + rec(A * 50, 100) + rec(A))"; patho_fail short.warc "" 2 "short.warc:[0-9]+: the record does not end where its Content-Length \\(100\\) says"; }
p_warc_length_long()   { gen long.warc "$WREC
w(rec(A) + rec(A, 1500) + rec(A * 30) + rec(A))"; patho_fail long.warc "" 3 "long.warc:[0-9]+: the record does not end where its Content-Length \\(1500\\) says"; }
p_warc_length_past()   { gen past.warc "$WREC
w(rec(A) + rec(A, 10**12))"; patho_fail past.warc "" 1 "past.warc: offset [0-9]+: the input ends inside a record of 1000000000000 bytes"; }
# A WARC that ends inside a header
p_warc_mid_header()    { gen mid.warc "$WREC
w(rec(A) + rec(A) + b'WARC/1.0\r\nWARC-Type: conv')"; patho_fail mid.warc "" 2 "mid.warc: offset [0-9]+: the input ends inside a WARC header"; }
# gzip bombs: 1 GB of zeros (ten 100 MB members); a record is bounded by
# --max-size once inflated
p_gzip_bomb()          { gen bomb.txt.gz "import zlib; c=zlib.compressobj(9,zlib.DEFLATED,31); z=b'\0'*(1<<20); m=b''.join([c.compress(z) for _ in range(100)]) + c.flush(); w(m * 10)"; patho_fail bomb.txt.gz "--max-size 1M" 0 "bomb.txt.gz: offset 0: more than 1048576 bytes once inflated"; }
p_warc_gz_bomb()       { gen bomb.warc.gz "$WREC
import zlib
z=b'\0'*(1<<20); c=zlib.compressobj(9,zlib.DEFLATED,31)
head=b'WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: %d\r\n\r\n' % (1<<30)
m=c.compress(head) + b''.join([c.compress(z) for _ in range(1024)]) + c.compress(b'\r\n\r\n') + c.flush()
w(gzip.compress(rec(A), mtime=0) + m + gzip.compress(rec(A), mtime=0))"; patho_fail bomb.warc.gz "--max-size 1M" 2 "bomb.warc.gz:[0-9]+: a record of 1073741824 bytes, larger than the limit"; }

PATHO_TESTS="$PATHO_TESTS p_jsonl_long_line p_jsonl_1gb_line p_jsonl_just_over p_jsonl_many_lines
p_warc_length_short p_warc_length_long p_warc_length_past p_warc_mid_header
p_gzip_bomb p_warc_gz_bomb"
