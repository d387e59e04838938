"""newsnorm.normalize and Normalizer against the command line."""

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import newsnorm
from conftest import (ARTICLES, ROOT, STREAMS, cli, cli_json, dumps, read,
                      rel, rss_pages, sample_texts)


@pytest.mark.parametrize("path", ARTICLES, ids=os.path.basename)
def test_sample_equals_cli(path):
    nz = newsnorm.Normalizer()
    got = nz.normalize(read(path), input=rel(path))
    want = cli_json(rel(path))
    assert list(got) == list(want)
    assert dumps(got) == dumps(want)


@pytest.mark.parametrize("path", STREAMS, ids=os.path.basename)
def test_stream_sample_equals_cli(path):
    nz = newsnorm.Normalizer()
    kind = "jsonl" if path.endswith(".jsonl") else "auto"
    cwd = os.getcwd()
    os.chdir(ROOT)  # input names as the CLI gives them
    try:
        got = list(nz.stream(rel(path), kind=kind))
    finally:
        os.chdir(cwd)
    want = cli_json("--error-records", rel(path))
    want = want if isinstance(want, list) else [want]
    assert dumps(got) == dumps(want)


def test_json_line_is_the_cli_line():
    path = rel(ARTICLES[0])
    line = newsnorm.Normalizer().normalize_json(read(ARTICLES[0]), input=path)
    assert line == cli(path).stdout.decode()


def test_module_function_and_defaults():
    path = os.path.join(ROOT, "samples", "mt-web-page.txt")
    rec = newsnorm.normalize(read(path))
    assert rec["input"] == "-"
    want = json.loads(cli("-f", "json", "-", stdin=read(path)).stdout)
    assert dumps(rec) == dumps(want)
    assert rec["title"] == ("Southern Russian Airports Stay Shut as Drone "
                            "Alerts Multiply")


@pytest.mark.parametrize("opts,flags", [
    ({"explain": True}, ["--explain"]),
    ({"ascii": True}, ["--ascii"]),
    ({"profile": "generic"}, ["--profile", "generic"]),
    ({"profile": "menafn"}, ["--profile", "menafn"]),
])
def test_options_equal_cli_flags(opts, flags):
    path = rel(os.path.join(ROOT, "samples", "menafn-globenewswire.txt"))
    text = read(os.path.join(ROOT, path))
    got = newsnorm.normalize(text, **opts)
    want = json.loads(cli("-f", "json", *flags, "-", stdin=text).stdout)
    assert dumps(got) == dumps(want)


def test_explain_lists_removals():
    path = os.path.join(ROOT, "samples", "mt-web-page.txt")
    rec = newsnorm.normalize(read(path), explain=True)
    assert rec["removed"] and {"rule", "line", "text"} <= set(rec["removed"][0])
    assert "removed" not in newsnorm.normalize(read(path))
    # a page verdict's rule is its name alone, its measure a number apart;
    # a profile rule has none; the CLI's JSON says the same
    page = os.path.join(ROOT, "samples", "page-tech-chip.txt")
    got = newsnorm.normalize(read(page), explain=True)["removed"]
    by_line = {x["line"]: x for x in got}
    assert by_line[3]["rule"] == "link-density"
    assert by_line[3]["measure"] == 0.97
    assert "measure" not in by_line[1]
    assert all(" " not in x["rule"] or x["rule"].startswith("after-article: ")
               for x in got)
    want = json.loads(cli("-f", "json", "--explain", page).stdout)["removed"]
    assert [(x["rule"], x.get("measure")) for x in got] == \
        [(x["rule"], x.get("measure")) for x in want]


def test_str_and_bytes_agree():
    text = read(os.path.join(ROOT, "samples", "page-tech-chip.txt"))
    assert newsnorm.normalize(text) == newsnorm.normalize(text.decode())
    assert newsnorm.normalize(bytearray(text)) == newsnorm.normalize(text)


def test_url_hint_as_a_jsonl_url():
    text = read(os.path.join(ROOT, "samples", "page-tech-chip.txt")).decode()
    url = "https://www.example.org/2025/04/chip-plant"
    rec = newsnorm.normalize(text, url=url)
    line = json.dumps({"text": text, "url": url}).encode() + b"\n"
    want = json.loads(cli("--input-format", "jsonl", "-", stdin=line).stdout)
    for key in ("id", "input"):
        del want[key], rec[key]
    assert dumps(rec) == dumps(want)


def test_url_hint_on_an_html_page():
    page = ("<!doctype html><html><head><title>Bridge reopens</title></head>"
            "<body><article><h1>Bridge reopens</h1><p>The old river bridge "
            "reopened on Monday after two years of repairs, the council "
            "said.</p></article></body></html>")
    rec = newsnorm.normalize(page, url="https://news.example/bridge")
    assert rec["title"] == "Bridge reopens"
    assert rec["url"] == "https://news.example/bridge"
    assert "reopened on Monday" in rec["body"]


@pytest.mark.parametrize("text,reason,message", [
    (b"", "empty", "empty input"),
    (b"   \n\t\n", "empty", "no text (only white space)"),
    (bytes(range(256)) * 4, "binary", "not text: NUL byte at offset 0"),
])
def test_refused_inputs(text, reason, message):
    with pytest.raises(newsnorm.NormalizeError) as e:
        newsnorm.normalize(text)
    assert e.value.reason == reason
    err = cli("-", stdin=text, check=False)
    assert err.returncode == 1
    # the CLI prints "newsnorm: -: MESSAGE"
    assert err.stderr.decode().strip() == "newsnorm: -: " + str(e.value)
    if message:
        assert str(e.value) == message


def test_error_pickles_whole():
    import pickle
    with pytest.raises(newsnorm.NormalizeError) as e:
        newsnorm.Normalizer().normalize(b"", input="a.txt")
    copy = pickle.loads(pickle.dumps(e.value))
    assert (str(copy), copy.reason, copy.input) == ("empty input", "empty",
                                                    "a.txt")


def test_too_large_and_strict():
    nz = newsnorm.Normalizer(max_size=1000)
    with pytest.raises(newsnorm.NormalizeError) as e:
        nz.normalize(b"word " * 300, input="big.txt")
    assert e.value.reason == "too-large" and e.value.input == "big.txt"
    strict = newsnorm.Normalizer(strict=True)
    with pytest.raises(newsnorm.NormalizeError) as e:
        strict.normalize(b"Title\n\nBody text \xff\xfe here.\n")
    assert e.value.reason == "encoding"
    rec = newsnorm.normalize(b"Title\n\nBody text \xff\xfe here.\n")
    assert rec["warnings"]


def test_bad_options_and_arguments():
    with pytest.raises(ValueError, match="unknown profile 'nope'"):
        newsnorm.Normalizer(profile="nope")
    with pytest.raises(ValueError, match="input format"):
        newsnorm.Normalizer(input_format="pdf")
    with pytest.raises(TypeError):
        newsnorm.normalize(42)
    nz = newsnorm.Normalizer()
    nz.close()
    with pytest.raises(ValueError, match="closed"):
        nz.normalize("Title\n\nBody.")


def test_profiles():
    assert {"moscowtimes", "menafn", "generic"} <= set(newsnorm.profiles())


def test_threads_share_one_normalizer():
    texts = sample_texts()
    nz = newsnorm.Normalizer()
    want = [nz.normalize_json(t) for t in texts]
    seen = set()

    def work(k):
        seen.add(threading.get_ident())
        return [nz.normalize_json(texts[(i + k) % len(texts)])
                for i in range(len(texts))]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(work, range(8)))
    for k, got in enumerate(results):
        assert got == [want[(i + k) % len(texts)] for i in range(len(texts))]
    assert len(seen) > 1


def test_pickled_normalizer_keeps_its_options():
    import pickle
    nz = newsnorm.Normalizer(ascii=True, profile="generic")
    copy = pickle.loads(pickle.dumps(nz))
    assert copy.options == nz.options
    text = read(ARTICLES[0])
    assert copy.normalize(text) == nz.normalize(text)


def test_50_mb_input(tmp_path):
    para = ("Port workers voted on offer {i} while talks went on for hours, "
            "and the council said berth {j} would reopen after repairs.\n\n")
    parts, n, i = ["Strike talks continue at the port\n\n"], 0, 0
    while n < 50 * 10**6:
        p = para.format(i=i, j=i * 7 % 1000)
        parts.append(p)
        n += len(p)
        i += 1
    data = "".join(parts).encode()
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    line = newsnorm.Normalizer().normalize_json(data, input=str(path))
    assert line.encode() == cli(str(path)).stdout
    rec = json.loads(line)
    assert rec["title"] == "Strike talks continue at the port"
    assert rec["word_count"] > 8_000_000


def test_reuse_10000_times_without_growth():
    texts = sample_texts()
    nz = newsnorm.Normalizer()
    for i in range(1000):  # warm up: allocator pools, lazily built rules
        nz.normalize(texts[i % len(texts)])
    before = rss_pages()
    for i in range(10000):
        rec = nz.normalize(texts[i % len(texts)])
        assert rec["source_id"]
    grown_kb = (rss_pages() - before) * os.sysconf("SC_PAGE_SIZE") // 1024
    # a leak of even 100 bytes an article would be 1,000 KiB
    assert grown_kb < 512, f"RSS grew by {grown_kb} KiB"


def test_stream_kinds_and_threads():
    path = os.path.join(ROOT, "samples", "stream-mixed.jsonl")
    nz = newsnorm.Normalizer()
    with pytest.raises(ValueError, match="unknown stream kind"):
        list(nz.stream(path, kind="csv"))
    want = list(nz.stream(path, kind="jsonl", raw=True))
    assert len(want) == 5 and sum('"error"' in x for x in want) == 2
    # a generator resumed in other threads, while this thread normalizes
    gen = nz.stream(path, kind="jsonl", raw=True)
    got = [next(gen)]
    with ThreadPoolExecutor(1) as pool:
        got += pool.submit(list, gen).result()
        nz.normalize_json(read(ARTICLES[0]))
    assert got == want
    with pytest.raises(FileNotFoundError):
        list(nz.stream(path + ".missing"))
