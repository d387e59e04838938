#!/usr/bin/env python3
"""Write the stream samples (issue 15) into samples/, byte for byte the
same on every run (gzip members without a time stamp or name):

  samples/stream-mixed.jsonl     JSON Lines: text and html articles, ids,
                                 url and date hints, a line that is no JSON,
                                 a line without text, a blank line
  samples/stream-crawl.warc.gz   WARC, a gzip member a record: warcinfo,
                                 request, a 200 HTML response, a 301
                                 response, metadata, a conversion
  samples/stream-wet.wet         WET as Common Crawl writes it: warcinfo and
                                 conversion records
  samples/stream-article.txt.gz  one text article, gzipped (a folder's file)

    python3 tests/make_stream_samples.py        (from the repository root)

The expected outputs (samples/stream-*.json) are written by the tool:
    newsnorm -f json --error-records --check samples/stream-mixed.json \\
        --update samples/stream-mixed.jsonl     (and so on)
and read by a person before they are committed.
"""
import gzip
import io
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")

FERRY = ("Ferry operator orders two battery-electric ships\n\n"
         "By Maren Holt\n\n"
         "The Skerry Line ferry company said on Monday that it had ordered two "
         "battery-electric ships for its crossing to the islands, replacing "
         "diesel vessels that are more than thirty years old.\n\n"
         "The ships, to be built at a yard in Gdansk, will enter service in "
         "2027 and carry 200 passengers and 40 cars each. They will charge "
         "at both ends of the 45-minute crossing from a new shore connection "
         "paid for in part by the regional government.\n\n"
         "\"This is the largest investment in the company's history,\" chief "
         "executive Tor Lindqvist told reporters in the harbour office. The "
         "company did not give the price, but industry estimates put each "
         "ship at about 40 million euros.\n\n"
         "Islanders have complained for years about breakdowns and "
         "cancellations on the route, the only link for some 3,000 residents "
         "in winter.\n")

STRIKE_HTML = ("<article><h1>Port strike ends after workers accept new "
               "offer</h1><p class=\"byline\">By Ines Moreau</p><p>A nine-day "
               "strike at the container port ended on Friday after dock "
               "workers voted to accept a new pay offer from the employers' "
               "association, their union said.</p><p>About 1,200 workers took "
               "part in the vote, and 71 percent backed the deal, which "
               "raises wages by 6.5 percent this year and 4 percent next "
               "year.</p><p>Ships that had waited at anchor outside the "
               "harbour began to move to the berths on Saturday morning. The "
               "port authority said it would take about two weeks to clear "
               "the backlog.</p><aside>Related: What the strike cost "
               "exporters</aside></article>")

BRIDGE = ("City council approves repairs to the old river bridge\n\n"
          "The city council on Wednesday approved 4.2 million euros for "
          "repairs to the Old Bridge, closed to cars since a crack was found "
          "in one of its arches in March.\n\n"
          "Work will start in September and take about a year. Pedestrians "
          "and cyclists will be able to cross during most of it, the city's "
          "engineering office said.\n\n"
          "Share this article\nFacebook\nTwitter\nEmail\n")


def jsonl():
    lines = [
        json.dumps({"id": "sk-2024-0412", "url":
                    "https://www.islandpost.example/2024/04/12/ferry-electric",
                    "text": FERRY}, ensure_ascii=False),
        "{\"id\": \"broken\", \"text\": \"no closing quote}",
        "",
        json.dumps({"id": 9001, "html": STRIKE_HTML,
                    "date": "2024-06-07T16:20:00Z",
                    "url": "https://harbournews.example/port/strike-ends"}),
        json.dumps({"id": "no-text", "title": "A line with a title only"}),
        json.dumps({"text": BRIDGE, "crawled": "2024-05-02"}),
    ]
    return ("\n".join(lines) + "\n").encode()


def warc_record(typ, block, uri=None, date="2024-07-04T09:12:45Z",
                ctype=None, rid="", extra=()):
    h = ["WARC/1.0", "WARC-Type: " + typ, "WARC-Date: " + date,
         "WARC-Record-ID: <urn:uuid:%s>" % rid]
    if uri:
        h.append("WARC-Target-URI: " + uri)
    h.extend(extra)
    if ctype:
        h.append("Content-Type: " + ctype)
    h.append("Content-Length: %d" % len(block))
    return ("\r\n".join(h) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


CRANE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour crane collapses in storm | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<link rel="canonical" href="https://coastdaily.example/news/2024/07/03/harbour-crane-collapses">
</head>
<body>
<header class="site-header"><a href="/">Coast Daily</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Harbour crane collapses in storm</h1>
<p class="byline">By <span class="author">Jonas Berg</span></p>
<p>A container crane collapsed at the harbour on Tuesday night as winds reached 120 kilometres an hour, the port authority said.</p>
<p>No one was hurt, but two ships moored at the terminal were damaged, and the terminal will stay closed until Friday while engineers inspect the other cranes.</p>
<p>The crane, one of six at the terminal, was built in 1998. The port authority said it had passed an inspection in May.</p>
<div class="share">Share on Facebook | Share on X</div>
</article>
</main>
<footer>&copy; 2024 Coast Daily</footer>
</body>
</html>
"""

CRANE_TEXT = ("Harbour crane collapses in storm | Coast Daily\n"
              "Coast Daily\nNews\nSport\n"
              "Harbour crane collapses in storm\n"
              "By Jonas Berg\n"
              "A container crane collapsed at the harbour on Tuesday night as "
              "winds reached 120 kilometres an hour, the port authority "
              "said.\n"
              "No one was hurt, but two ships moored at the terminal were "
              "damaged, and the terminal will stay closed until Friday while "
              "engineers inspect the other cranes.\n"
              "The crane, one of six at the terminal, was built in 1998. The "
              "port authority said it had passed an inspection in May.\n"
              "Share on Facebook | Share on X\n"
              "\u00a9 2024 Coast Daily\n")


def crawl():
    uri = "https://coastdaily.example/news/2024/07/03/harbour-crane-collapses"
    page = CRANE_PAGE.encode()
    response = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8"
                b"\r\nContent-Length: %d\r\nServer: nginx\r\n\r\n"
                % len(page)) + page
    redirect = (b"HTTP/1.1 301 Moved Permanently\r\nLocation: " + uri.encode()
                + b"\r\nContent-Length: 0\r\n\r\n")
    request = (b"GET /news/2024/07/03/harbour-crane-collapses HTTP/1.1\r\n"
               b"Host: coastdaily.example\r\nUser-Agent: test-crawler/1.0"
               b"\r\n\r\n")
    recs = [
        warc_record("warcinfo", b"software: test-crawler/1.0\r\nformat: WARC "
                    b"File Format 1.0\r\n", ctype="application/warc-fields",
                    rid="6b1a5a8e-0000-4000-8000-000000000001",
                    extra=["WARC-Filename: stream-crawl.warc.gz"]),
        warc_record("request", request, "http://coastdaily.example/crane",
                    ctype="application/http; msgtype=request",
                    rid="6b1a5a8e-0000-4000-8000-000000000002"),
        warc_record("response", redirect, "http://coastdaily.example/crane",
                    ctype="application/http; msgtype=response",
                    rid="6b1a5a8e-0000-4000-8000-000000000003"),
        warc_record("request", request, uri,
                    ctype="application/http; msgtype=request",
                    rid="6b1a5a8e-0000-4000-8000-000000000004"),
        warc_record("response", response, uri, date="2024-07-04T09:12:46Z",
                    ctype="application/http; msgtype=response",
                    rid="6b1a5a8e-0000-4000-8000-000000000005",
                    extra=["WARC-IP-Address: 192.0.2.10"]),
        warc_record("metadata", b"fetchTimeMs: 212\r\n", uri,
                    ctype="application/warc-fields",
                    rid="6b1a5a8e-0000-4000-8000-000000000006"),
        warc_record("conversion", CRANE_TEXT.encode(), uri,
                    date="2024-07-04T09:12:46Z", ctype="text/plain",
                    rid="6b1a5a8e-0000-4000-8000-000000000007",
                    extra=["WARC-Refers-To: <urn:uuid:6b1a5a8e-0000-4000-"
                           "8000-000000000005>"]),
    ]
    out = io.BytesIO()
    for r in recs:  # one member a record, as crawlers write .warc.gz
        out.write(gzip.compress(r, mtime=0))
    return out.getvalue()


WET_TEXTS = [
    ("https://www.valleytimes.example/local/2024/03/18/library-reopens",
     "2024-03-21T04:10:02Z",
     "Library reopens after two-year renovation | Valley Times\n"
     "Home\nLocal\nSport\nOpinion\n"
     "Library reopens after two-year renovation\n"
     "March 18, 2024\n"
     "The central library reopened on Monday after a two-year renovation that "
     "added a children's wing, a cafe and 40 study places, the city said.\n"
     "More than 1,500 people visited on the first day, librarians said, and "
     "the queue for new library cards reached the street by noon.\n"
     "The renovation cost 11 million euros, 2 million more than planned, "
     "after asbestos was found in the roof.\n"
     "Related stories\nSchool pool to close for summer\nNew bus line to the "
     "hospital\n"
     "\u00a9 Valley Times 2024\n"),
    ("https://news.example.org/science/coral-spawning",
     "2024-03-21T04:10:09Z",
     "Corals spawn early in warming waters, researchers say\n"
     "Researchers studying a reef off the northern coast say corals there "
     "spawned nearly a month earlier than usual this year, a shift they link "
     "to warmer sea temperatures.\n"
     "The team, from the marine institute, has recorded spawning on the reef "
     "every year since 2009. Until now it had never begun before mid-November."
     "\n\"It is a clear signal,\" said lead author Dr. Lena Okafor. \"The "
     "timing matters because the larvae depend on the currents of that "
     "season.\"\n"
     "Subscribe to our newsletter\n"),
]


def wet():
    recs = [warc_record("warcinfo", b"Software-Info: test-wet/1.0\r\n"
                        b"Extracted-Date: Thu, 21 Mar 2024 04:12:00 GMT\r\n",
                        date="2024-03-21T04:12:00Z",
                        ctype="application/warc-fields",
                        rid="0c3a2f10-0000-4000-8000-000000000001",
                        extra=["WARC-Filename: stream-wet.wet"])]
    for i, (uri, date, text) in enumerate(WET_TEXTS):
        recs.append(warc_record(
            "conversion", text.encode(), uri, date=date, ctype="text/plain",
            rid="0c3a2f10-0000-4000-8000-00000000001%d" % i,
            extra=["WARC-Refers-To: <urn:uuid:0c3a2f10-0000-4000-8000-"
                   "00000000002%d>" % i,
                   "WARC-Identified-Content-Language: eng"]))
    return b"".join(recs)


def article():
    return gzip.compress(BRIDGE.encode(), mtime=0)


def main():
    files = {
        "stream-mixed.jsonl": jsonl(),
        "stream-crawl.warc.gz": crawl(),
        "stream-wet.wet": wet(),
        "stream-article.txt.gz": article(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
