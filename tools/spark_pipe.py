#!/usr/bin/env python3
"""Drives `transcheck batch` through Spark's RDD.pipe and checks what comes back.

    spark_pipe.py records OUT.jsonl        writes the test records (standard library only)
    spark_pipe.py run BINARY RECORDS.jsonl runs a local[2] PySpark job and checks it

A record is bad (expects an "error" line) when its id starts with "bad-" or when
the line is not a JSON object at all (then the id cannot be echoed: null).
Used by tools/spark-test.sh; exits 1 with a message naming the first failures.
"""
import json
import os
import re
import shlex
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt")
TARGETS = {lang: os.path.join(ROOT, f"corpora/translations/reuters.{lang}.{kind}.txt")
           for lang, kind in [("fr", "faithful"), ("ru", "faithful"), ("ar", "faithful")]}
PLANTED = {lang: os.path.join(ROOT, f"corpora/translations/reuters.{lang}.planted.txt") for lang in ("fr", "ru", "ar")}
SLICES = 4


def paragraphs(path):
    """The file's paragraphs (non-blank lines), less the source page's bylines and footer."""
    with open(path, encoding="utf-8") as f:
        lines = [l.strip() for l in f]
    boilerplate = re.compile(r"^(Reuters \||\(This story|Give Feedback)")
    return [l for l in lines if l and not boilerplate.match(l)]


def make_records():
    """About 300 lines: inline pairs, path pairs, and bad records spread through the stream."""
    en = paragraphs(SOURCE)
    targets = {lang: paragraphs(path) for lang, path in TARGETS.items()}
    good = []
    for k in range(285):
        lang = ("fr", "ru", "ar")[k % 3]
        tgt = targets[lang]
        width = 1 + k % 3                      # one to three paragraphs a side
        start = (k // 3) % (min(len(en), len(tgt)) - width + 1)
        rec = {"id": f"inline-{lang}-{k:03d}",
               "sourceText": " ".join(en[start:start + width]),
               "targetText": " ".join(tgt[start:start + width])}
        if k % 2:                              # half with explicit tags, half detected
            rec["sourceLang"], rec["targetLang"] = "en", lang
        good.append(json.dumps(rec, ensure_ascii=False))
    for n, (lang, path) in enumerate(list(TARGETS.items()) + list(PLANTED.items())):
        rec = {"id": f"path-{lang}-{n}", "source": SOURCE, "target": path}
        if n % 2:
            rec["targetLang"] = lang
        good.append(json.dumps(rec, ensure_ascii=False))
    bad = [
        'this line is not JSON',
        '{"id": "bad-truncated", "sourceText": "The minister said.", ',
        '[1, 2, 3]',
        json.dumps({"id": "bad-no-target", "sourceText": en[0]}),
        json.dumps({"id": "bad-no-target-path", "source": SOURCE}),
        json.dumps({"id": "bad-unknown-lang", "sourceText": en[0], "targetText": targets["fr"][0], "targetLang": "zz"}),
        json.dumps({"id": "bad-unknown-source-lang", "source": SOURCE, "target": TARGETS["ru"], "sourceLang": "not a tag"}),
        json.dumps({"id": "bad-missing-file", "source": SOURCE, "target": os.path.join(ROOT, "corpora/no-such-file.txt")}),
        json.dumps({"id": "bad-empty-target", "sourceText": en[0], "targetText": ""}),
    ]
    lines = list(good)
    # Spread the bad records so every partition of the 4 slices gets some.
    step = len(lines) // len(bad)
    for i, b in enumerate(bad):
        lines.insert(i * (step + 1) + 7, b)
    return lines


def expected(line):
    """(id, wants_error) for an input line."""
    try:
        rec = json.loads(line)
    except ValueError:
        return None, True
    if not isinstance(rec, dict):
        return None, True
    rid = rec.get("id")
    return rid, isinstance(rid, str) and rid.startswith("bad-")


def check(in_parts, out_parts):
    """Returns (failures, number of error lines)."""
    failures = []
    fail = failures.append
    lines = [l for p in in_parts for l in p]
    outs = [o for p in out_parts for o in p]
    if len(outs) != len(lines):
        fail(f"{len(lines)} input lines but {len(outs)} output lines")
    if len(out_parts) != len(in_parts):
        fail(f"{len(in_parts)} input partitions but {len(out_parts)} output partitions")
    errors = 0
    seen = Counter()
    for p, (ins, outs_p) in enumerate(zip(in_parts, out_parts)):
        if len(ins) != len(outs_p):
            fail(f"partition {p}: {len(ins)} lines in, {len(outs_p)} out")
        want_ids = [expected(l)[0] for l in ins]
        got_ids = []
        for i, out in enumerate(outs_p):
            try:
                obj = json.loads(out)
            except ValueError:
                fail(f"partition {p} line {i + 1}: output is not JSON: {out[:120]!r}")
                got_ids.append("<not JSON>")
                continue
            if not isinstance(obj, dict) or "id" not in obj:
                fail(f"partition {p} line {i + 1}: no id: {out[:120]!r}")
                got_ids.append("<no id>")
                continue
            got_ids.append(obj["id"])
            seen[obj["id"]] += 1
            if i >= len(ins):
                continue
            rid, wants_error = expected(ins[i])
            if "error" in obj:
                errors += 1
            if wants_error:
                if not isinstance(obj.get("error"), str) or "report" in obj:
                    fail(f"partition {p} line {i + 1}: bad record {rid!r} did not come back with an error: {out[:160]!r}")
            else:
                report = obj.get("report")
                score = report.get("score") if isinstance(report, dict) else None
                if "error" in obj or not isinstance(score, (int, float)) or isinstance(score, bool):
                    fail(f"partition {p} line {i + 1}: record {rid!r} did not come back with a report and a numeric score: {out[:160]!r}")
        if got_ids != want_ids:
            first = next((i for i, (a, b) in enumerate(zip(want_ids, got_ids)) if a != b), min(len(want_ids), len(got_ids)))
            fail(f"partition {p}: ids out of input order from line {first + 1}: "
                 f"expected {want_ids[first:first + 3]}, got {got_ids[first:first + 3]}")
    input_ids = Counter(expected(l)[0] for l in lines if expected(l)[0] is not None)
    dup_in = [i for i, n in input_ids.items() if n > 1]
    if dup_in:
        fail(f"test data has duplicate ids: {dup_in[:5]}")
    for rid in input_ids:
        if seen[rid] != 1:
            fail(f"id {rid!r} came back {seen[rid]} times")
    extra = [rid for rid in seen if rid is not None and rid not in input_ids]
    if extra:
        fail(f"ids that were never sent came back: {extra[:5]}")
    return failures, errors


def run(binary, records):
    from pyspark import SparkConf, SparkContext

    with open(records, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    wanted_errors = sum(1 for l in lines if expected(l)[1])

    conf = (SparkConf().setMaster("local[2]").setAppName("transcheck-spark-pipe")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        rdd = sc.parallelize(lines, numSlices=SLICES)
        # PySpark's pipe starts the command with exactly `env` (empty by default):
        # hand it what the tool's caches need. checkCode fails the job on a non-zero exit.
        env = {k: os.environ[k] for k in ("PATH", "HOME", "XDG_CACHE_HOME", "LANG", "LC_ALL") if k in os.environ}
        piped = rdd.pipe(shlex.quote(binary) + " batch", env=env, checkCode=True)
        in_parts = rdd.glom().collect()
        out_parts = piped.glom().collect()
    finally:
        sc.stop()

    failures, errors = check(in_parts, out_parts)
    results = sum(len(p) for p in out_parts)
    if errors != wanted_errors:
        failures.append(f"{errors} error lines, expected {wanted_errors}")
    if failures:
        print(f"spark: FAILED ({len(failures)} problems, {len(lines)} records, {results} results):", file=sys.stderr)
        for f in failures[:20]:
            print("  " + f, file=sys.stderr)
        return 1
    print(f"spark: {len(lines)} records, {results} results, {errors} errors as expected, OK")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "records":
        with open(argv[2], "w", encoding="utf-8") as f:
            for line in make_records():
                f.write(line + "\n")
        return 0
    if len(argv) == 4 and argv[1] == "run":
        return run(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
