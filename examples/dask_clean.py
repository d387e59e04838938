#!/usr/bin/python3
"""dask_clean.py - clean scraped articles with newsnorm on a Dask cluster.

    examples/dask_clean.py INPUT... -o OUTDIR [--scheduler tcp://HOST:8786]
                           [--workers N] [--partitions N] [--progress]

INPUTs are folder trees (walked as `newsnorm -r` walks them: depth first,
names in byte order, the same file names) and files: articles (.txt,
.html, ...) or streams (JSON Lines, WARC, WET, gzipped or not).  The work is
a dask.bag over distributed: the inputs cut into partitions in order, each
partition a task that a worker runs with the one Normalizer that worker
builds (newsnorm.shared), writing OUTDIR/part-NNNNN.jsonl.  The shards
concatenated in name order hold what `newsnorm --error-records -r INPUT...`
writes: a record a line, and an error record {"id", "input", "error"} for
each input or stream record that failed.

OUTDIR/summary.json (also printed) counts the records, the failures by
reason, and the near duplicates by simhash (as `newsnorm --dedup` finds
them, in input order).  Exit status: 0, or 1 when an input failed.

With no --scheduler, a LocalCluster of N worker processes (--workers,
default: the CPUs) is started for the run; with --scheduler the same
script runs on that cluster, whose workers need the newsnorm module
(pip install ./python) and must see INPUT and OUTDIR at the same paths.
"""

import argparse
import json
import os
import stat
import sys
import time
from collections import Counter
from typing import Any, Dict, Iterator, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import newsnorm
except ImportError:  # run from a source tree: its python/ folder
    sys.path.insert(0, os.path.join(HERE, "..", "python"))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (sys.path[0], os.environ.get("PYTHONPATH")) if p)
    import newsnorm

# what `newsnorm -r` takes in a folder (walk.c)
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".wet",
            ".txt.gz", ".html.gz", ".htm.gz", ".jsonl.gz", ".ndjson.gz",
            ".warc.gz", ".wet.gz")

Item = Tuple[str, Optional[str]]  # (path, stream kind or None: one article)


def stream_kind(path: str, operand: bool) -> Optional[str]:
    """The stream kind of a file, as the command line decides it: by name
    (.jsonl/.ndjson, .warc/.wet, also gzipped; other .gz: auto), then, for
    a file named on the command line, by its first bytes (gzip, WARC)."""
    name = os.path.basename(path)
    base = name[:-3] if name.endswith(".gz") else name
    if base.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if base.endswith((".warc", ".wet")):
        return "warc"
    if name.endswith(".gz"):
        return "auto"
    if operand:
        try:
            with open(path, "rb") as f:
                head = f.read(5)
        except OSError:
            return None
        if head[:2] == b"\x1f\x8b" or head == b"WARC/":
            return "auto"
    return None


def walk(top: str) -> Iterator[Item]:
    """A folder's files as `newsnorm -r` takes them, in its order."""
    try:
        names = sorted(os.listdir(top), key=os.fsencode)
    except OSError:
        return
    for name in names:
        path = top + name if top.endswith("/") else top + "/" + name
        try:
            st = os.stat(path)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from walk(path)
        elif name.endswith(SUFFIXES) and not name.startswith("."):
            yield path, stream_kind(path, False)


def inputs(operands: List[str]) -> List[Item]:
    items: List[Item] = []
    for op in operands:
        if os.path.isdir(op):
            items.extend(walk(op))
        else:
            items.append((op, stream_kind(op, True)))
    return items


def stream_lines(nz: "newsnorm.Normalizer", path: str,
                 kind: str) -> Iterator[str]:
    """A stream's JSON lines, or the error line of one that cannot be
    opened."""
    try:
        yield from nz.stream(path, kind=kind, raw=True)
    except OSError as e:
        yield newsnorm.error_json(path, e.strerror or str(e))


def clean_part(index: int, items: List[Item], outdir: str,
               options: Dict[str, Any]) -> Dict[str, Any]:
    """One task: normalize a partition's inputs into its shard."""
    import newsnorm as nn  # on the worker

    nz = nn.shared(**options)
    failures: Counter = Counter()
    sigs = []
    records = 0

    def failed(message: str) -> None:
        failures[message.split(":")[0]] += 1

    final = os.path.join(outdir, "part-%05d.jsonl" % index)
    tmp = final + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        for path, kind in items:
            if kind is None:
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                    lines = [nz.normalize_json(data, input=path)]
                except nn.NormalizeError as e:
                    lines = [nn.error_json(path, str(e))]
                except OSError as e:
                    lines = [nn.error_json(path, e.strerror or str(e))]
            else:
                lines = stream_lines(nz, path, kind)
            for line in lines:
                out.write(line)
                rec = json.loads(line)
                if "error" in rec and "title" not in rec:
                    failed(rec["error"])
                    continue
                records += 1
                sigs.append((rec.get("id") or rec["input"], rec["simhash"],
                             rec["word_count"]))
    os.replace(tmp, final)
    return {"records": records, "failures": dict(failures), "sigs": sigs}


def partitions(items: List[Item], n: int) -> List[List[Item]]:
    """items cut into n runs in order (sizes differing by one at most)."""
    n = max(1, min(n, len(items)))
    q, r = divmod(len(items), n)
    parts, start = [], 0
    for i in range(n):
        end = start + q + (1 if i < r else 0)
        parts.append(items[start:end])
        start = end
    return parts


def summarize(results: List[Dict[str, Any]], n_inputs: int,
              n_parts: int) -> Dict[str, Any]:
    failures: Counter = Counter()
    dedup = newsnorm.Dedup()
    pairs = []
    for res in results:
        failures.update(res["failures"])
        for label, simhash, words in res["sigs"]:
            of = dedup.check(simhash, label) if words else None
            if of is not None:
                pairs.append([label, of])
    return {
        "inputs": n_inputs,
        "parts": n_parts,
        "records": sum(r["records"] for r in results),
        "failures": {"total": sum(failures.values()),
                     "by_reason": dict(sorted(failures.items()))},
        "duplicates": {"total": len(pairs), "pairs": pairs},
    }


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        description="Clean scraped articles with newsnorm on a Dask cluster.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    ap.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    ap.add_argument("--scheduler", metavar="tcp://HOST:8786",
                    help="an existing cluster's scheduler (default: a "
                         "LocalCluster for the run)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="LocalCluster worker processes (default: CPUs)")
    ap.add_argument("--partitions", type=int, default=0,
                    help="tasks (default: 4 a worker, or more where "
                         "that leaves over 1,000 inputs a task)")
    ap.add_argument("--profile", default="auto")
    ap.add_argument("--ascii", action="store_true")
    ap.add_argument("--progress", action="store_true", default=None,
                    help="Dask's progress bar (default: on a terminal)")
    ap.add_argument("--no-progress", dest="progress", action="store_false")
    args = ap.parse_args(argv)
    if args.workers < 1:
        ap.error("--workers must be at least 1")

    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster, progress

    newsnorm.Normalizer(profile=args.profile)  # bad options fail here
    items = inputs(args.inputs)
    if not items:
        print("dask_clean.py: no inputs", file=sys.stderr)
        return 1
    outdir = os.path.abspath(args.output)
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):  # shards of an earlier run
        if name.startswith("part-") and name.endswith((".jsonl", ".tmp")):
            os.remove(os.path.join(outdir, name))

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
        workers = len(client.scheduler_info()["workers"]) or 1
    else:
        # forkserver: workers forked from a server that has imported
        # distributed, instead of spawned afresh; the cluster starts in
        # about half the time and closes at once (spawn: over a second)
        dask.config.set({"distributed.worker.multiprocessing-method":
                         "forkserver"})
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
        workers = args.workers
    n = args.partitions or max(4 * workers, -(-len(items) // 1000))
    parts = partitions(items, n)
    options = {"profile": args.profile, "ascii": args.ascii}
    start = time.monotonic()
    try:
        bag = db.from_sequence(list(enumerate(parts)),
                               npartitions=len(parts))
        bag = bag.starmap(clean_part, outdir=outdir, options=options)
        future = client.compute(bag)
        show = sys.stdout.isatty() if args.progress is None else args.progress
        if show:
            progress(future)
            print(file=sys.stdout)
        results = future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary = summarize(results, len(items), len(parts))
    with open(os.path.join(outdir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    print(json.dumps(summary, indent=2))
    print("dask_clean.py: %d records, %d failed, %d duplicates, %.1f s"
          % (summary["records"], summary["failures"]["total"],
             summary["duplicates"]["total"], time.monotonic() - start),
          file=sys.stderr)
    return 1 if summary["failures"]["total"] else 0


if __name__ == "__main__":
    sys.exit(main())
