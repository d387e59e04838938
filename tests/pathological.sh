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
p_html_cells()         { gen html-cells "w(b'<html><body><table>' + b'<tr><td>a</td><td><a href=\"/x\">b</a></td></tr>' * 300000 + b'</table>')"; patho html-cells; }

PATHO_TESTS="p_single_line_50mb p_million_blank_lines p_million_lt p_million_amp
p_nested_tags p_10m_char_line p_byline_backtrack p_caption_backtrack p_many_related
p_many_tags p_many_lines p_heading_hashes p_page_nav p_page_headings
p_page_quotes p_page_brackets p_page_short_lines p_page_wrapped_link
p_page_many_quotes p_page_detect_scan p_html_attributes p_html_stray_ends
p_html_deep p_html_breaks p_html_json_ld p_html_cells"
