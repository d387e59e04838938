"""The CLI and the module at scale: examples/dask_clean.py on a LocalCluster
of two worker processes, and GNU parallel --pipe over JSON Lines (the
README's "On a cluster" commands)."""

import json
import os
import subprocess
import sys

from conftest import ARTICLES, NEWSNORM, ROOT, cli, read, rel

DASK_CLEAN = os.path.join(ROOT, "examples", "dask_clean.py")


def test_dask_clean_equals_the_cli(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, DASK_CLEAN, "samples/",
                        "samples/none.jsonl", "-o", str(out),
                        "--workers", "2", "--progress"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr  # samples/ holds bad JSON lines
    shards = sorted(p for p in os.listdir(out) if p.startswith("part-"))
    assert len(shards) == 8  # 4 tasks a worker
    got = b"".join(read(out / p) for p in shards)
    want = cli("--error-records", "-r", "samples/", "samples/none.jsonl",
               check=False).stdout
    assert got == want

    summary = json.loads((out / "summary.json").read_text())
    assert json.loads(r.stdout[r.stdout.index("{"):]) == summary
    lines = [json.loads(x) for x in want.decode().splitlines()]
    errors = [x for x in lines if "error" in x]
    assert summary["records"] == len(lines) - len(errors)
    assert summary["failures"]["total"] == len(errors) == 3
    assert summary["failures"]["by_reason"] == {
        "No such file or directory": 1, 'no "text" or "html" string': 1,
        "not JSON": 1}
    marked = [json.loads(x) for x in cli(
        "--dedup", "-r", "samples/", check=False).stdout.decode().splitlines()]
    pairs = [[x.get("id") or x["input"], x["duplicate_of"]]
             for x in marked if x.get("duplicate_of")]
    assert pairs and summary["duplicates"]["pairs"] == pairs
    assert "100% Completed" in r.stdout  # Dask's own progress bar


def jsonl_of_samples(path):
    with open(path, "w") as f:
        for p in ARTICLES:
            if p.endswith(".txt"):
                f.write(json.dumps({"id": rel(p), "text": read(p).decode(
                    "utf-8", "replace")}) + "\n")


def test_gnu_parallel_pipe_equals_one_run(tmp_path):
    src = tmp_path / "articles.jsonl"
    jsonl_of_samples(src)
    one = cli("--input-format", "jsonl", "-", stdin=read(src)).stdout
    with open(src, "rb") as f:
        r = subprocess.run(
            ["parallel", "--will-cite", "--pipe", "-k", "-j", "2", "-N", "7",
             NEWSNORM, "--input-format", "jsonl", "-"],
            stdin=f, capture_output=True, check=True, cwd=ROOT)

    def records(out):
        recs = [json.loads(x) for x in out.decode().splitlines()]
        for x in recs:
            del x["input"]  # "-:LINE", the line within the piece
        return recs

    assert len(records(one)) == len([p for p in ARTICLES
                                     if p.endswith(".txt")])
    assert records(r.stdout) == records(one)


def test_dask_clean_on_a_running_scheduler(tmp_path, monkeypatch):
    """--scheduler: the same script on a cluster it did not start (here a
    scheduler and one worker process on the loopback)."""
    from distributed import LocalCluster

    monkeypatch.setenv("PYTHONPATH", os.path.join(ROOT, "python"))
    out = tmp_path / "out"
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster:
        r = subprocess.run([sys.executable, DASK_CLEAN, "samples/",
                            "samples/stream-mixed.jsonl", "-o", str(out),
                            "--scheduler", cluster.scheduler_address],
                           cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    assert r.returncode == 1, r.stderr
    shards = sorted(p for p in os.listdir(out) if p.startswith("part-"))
    assert len(shards) == 4  # 4 tasks for its one worker
    got = b"".join(read(out / p) for p in shards)
    want = cli("--error-records", "-r", "samples/",
               "samples/stream-mixed.jsonl", check=False).stdout
    assert got == want
