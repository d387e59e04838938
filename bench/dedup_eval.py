#!/usr/bin/env python3
"""Precision and recall of `newsnorm --dedup` against planted duplicates.

    python3 bench/dedup_eval.py CORPUS [--articles N] [--rate R] [--seed S]
        [--distances "0 1 2 3 4 5 6 7"] [--newsnorm ./newsnorm] [--keep FILE]
        [--min-precision P] [--min-recall R]

CORPUS is a folder of scraped articles as bench/gen_corpus.py writes it
(OUTDIR/000/00000.txt, ...).  The first N articles (sorted) are the
originals; for a share R of them (default 0.1) one duplicate is planted,
made from the original's raw text in one of these ways, in turn:

  exact          the same page scraped again (CRLF line ends, trailing
                 spaces)
  dateline       a wire dateline ("BERLIN, March 3 (Reuters) - ") put in
                 front of the first paragraph
  footer         a syndication footer added ("This article was first
                 published by ...")
  para-edit      three words of one paragraph changed (a correction)
  para-replace   one paragraph replaced by a paragraph of another article
                 (a rewritten paragraph)

Each duplicate is put at a random place after its original, and all go
into one JSON Lines file ({"id", "text"}), which newsnorm reads with
--dedup (and --dedup-distance D for each D asked for).  A record marked
duplicate_of its own original is a true positive; any other mark is a
false positive; a planted duplicate left unmarked is a false negative.
Printed: precision, recall, and recall for each kind, for each distance.
The originals themselves are distinct articles (the generator's).

Standard library only; deterministic for a given seed.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

KINDS = ["exact", "dateline", "footer", "para-edit", "para-replace"]
CITIES = ["BERLIN", "CAIRO", "ISTANBUL", "NAIROBI", "LIMA", "OSLO", "DUBAI"]
AGENCIES = ["Reuters", "AFP", "AP", "dpa", "Anadolu"]
PARTNERS = ["Daily News Egypt", "The Conversation", "Trend News Agency",
            "Kyiv Independent", "Coast Daily"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WORDS = ["sharply", "officials", "Tuesday", "regional", "new", "plan",
         "council", "percent", "million", "report", "ministry", "talks"]


def paragraphs(lines):
    """Indexes of the lines that read as paragraphs (long, with a full
    stop), where a duplicate's edits go."""
    return [i for i, l in enumerate(lines)
            if len(l) >= 150 and ". " in l and not l.startswith(("#", "http"))]


def plant(kind, text, donor, r):
    lines = text.split("\n")
    paras = paragraphs(lines)
    if kind == "exact":
        return "\r\n".join(l + (" " if i % 3 == 0 else "")
                           for i, l in enumerate(lines))
    if not paras:
        return None
    if kind == "dateline":
        i = paras[0]
        lines[i] = "%s, %s %d (%s) - %s" % (r.choice(CITIES), r.choice(MONTHS),
                                            r.randint(1, 28), r.choice(AGENCIES),
                                            lines[i])
    elif kind == "footer":
        lines.append("")
        lines.append("This article was first published by %s and is "
                     "republished here with permission." % r.choice(PARTNERS))
    elif kind == "para-edit":
        i = r.choice(paras)
        words = lines[i].split(" ")
        for _ in range(3):
            k = r.randrange(len(words))
            words[k] = r.choice(WORDS)
        lines[i] = " ".join(words)
    elif kind == "para-replace":
        dl = donor.split("\n")
        dp = paragraphs(dl)
        if not dp:
            return None
        lines[r.choice(paras)] = dl[r.choice(dp)]
    return "\n".join(lines)


def build(corpus, n, rate, seed):
    files = []
    for d in sorted(os.listdir(corpus)):
        p = os.path.join(corpus, d)
        if os.path.isdir(p):
            files.extend(os.path.join(p, f) for f in sorted(os.listdir(p))
                         if f.endswith(".txt"))
        if len(files) >= n:
            break
    files = files[:n]
    texts = [open(f, "rb").read().decode("utf-8", "replace") for f in files]
    r = random.Random(seed)
    chosen = sorted(r.sample(range(len(texts)), int(len(texts) * rate)))
    stream = [("o%d" % i, t, None) for i, t in enumerate(texts)]
    planted = {}  # dup id -> (original id, kind)
    inserts = []
    for j, i in enumerate(chosen):
        kind = KINDS[j % len(KINDS)]
        donor = texts[(i + 1 + r.randrange(len(texts) - 1)) % len(texts)]
        t = plant(kind, texts[i], donor, r)
        if t is None:
            continue
        dup = "d%d-%s" % (i, kind)
        planted[dup] = ("o%d" % i, kind)
        inserts.append((r.randint(i + 1, len(texts)), (dup, t, kind)))
    # a duplicate goes in after its original, at a random place
    inserts.sort(key=lambda x: x[0])
    out, k = [], 0
    for pos in range(len(stream) + 1):
        while k < len(inserts) and inserts[k][0] == pos:
            out.append(inserts[k][1])
            k += 1
        if pos < len(stream):
            out.append(stream[pos])
    return out, planted


def run(newsnorm, path, distance):
    t0 = time.perf_counter()
    p = subprocess.run([newsnorm, "-q", "--input-format", "jsonl", "--dedup",
                        "--dedup-distance", str(distance), "--stats", path],
                       capture_output=True)
    secs = time.perf_counter() - t0
    marks = {}
    for line in p.stdout.decode().splitlines():
        rec = json.loads(line)
        marks[rec["id"]] = rec.get("duplicate_of")
    stats = [l for l in p.stderr.decode().splitlines() if "duplicates" in l]
    return marks, secs, stats[0] if stats else ""


def score(marks, planted):
    tp = fp = 0
    found = {k: 0 for k in KINDS}
    total = {k: 0 for k in KINDS}
    for dup, (orig, kind) in planted.items():
        total[kind] += 1
    for rid, of in marks.items():
        if of is None:
            continue
        if rid in planted and planted[rid][0] == of:
            tp += 1
            found[planted[rid][1]] += 1
        else:
            fp += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / len(planted) if planted else 1.0
    return p, rec, tp, fp, {k: (found[k], total[k]) for k in KINDS}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--distances", default="3")
    ap.add_argument("--newsnorm", default="./newsnorm")
    ap.add_argument("--keep", help="write the JSON Lines file here")
    ap.add_argument("--json", action="store_true", help="one JSON object")
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-recall", type=float)
    a = ap.parse_args(argv)

    stream, planted = build(a.corpus, a.articles, a.rate, a.seed)
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for rid, text, _ in stream:
            f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False))
            f.write("\n")
    if a.keep:
        os.replace(path, a.keep)
        path = a.keep
    results = []
    ok = True
    try:
        for d in a.distances.split():
            marks, secs, stats = run(a.newsnorm, path, int(d))
            p, r, tp, fp, kinds = score(marks, planted)
            results.append({"distance": int(d), "precision": round(p, 4),
                            "recall": round(r, 4), "tp": tp, "fp": fp,
                            "planted": len(planted), "records": len(stream),
                            "seconds": round(secs, 2), "stats": stats,
                            "recall_by_kind": {k: round(v[0] / v[1], 4)
                                               if v[1] else None
                                               for k, v in kinds.items()}})
            if a.min_precision is not None and p < a.min_precision:
                ok = False
            if a.min_recall is not None and r < a.min_recall:
                ok = False
    finally:
        if not a.keep:
            os.unlink(path)
    if a.json:
        print(json.dumps(results))
    else:
        print("dedup: %d records, %d planted duplicates (%s, in turn)"
              % (len(stream), len(planted), ", ".join(KINDS)))
        print("| distance | precision | recall | %s | s |"
              % " | ".join(KINDS))
        print("|---|---|---|%s---|" % ("---|" * len(KINDS)))
        for x in results:
            print("| %d | %.4f | %.4f | %s | %.1f |"
                  % (x["distance"], x["precision"], x["recall"],
                     " | ".join("%.2f" % x["recall_by_kind"][k]
                                for k in KINDS), x["seconds"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
