#!/usr/bin/env python3
"""Measure `transcheck names compare --batch` on the cross-script name gold.

For each language (arabic, hebrew, russian) prints precision, recall and F1
(positive = verdict same or variant) and top-1: for each true pair, all
distinct English names of the set are scored against its foreign token and
the pair counts as correct when the gold name scores highest (a tie at the
top earns 1/k for k names tied). Compare with ../shared/names-gold/README.md.

  --split test  pairs-<lang>-test.tsv (built from _20; measure only)
  --split dev   fold 0 of wd_<lang>_16, built the same way by
                tools/names_train.py (the fold the thresholds are fitted on;
                the edit tables never saw it)

Usage: tools/names_eval.py [--binary PATH] [--split test|dev] [--lang he,ar,ru]
"""
import argparse, collections, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import names_train  # noqa: E402  (dev set, gold location)

CODES = {"arabic": "ar", "hebrew": "he", "russian": "ru"}


def rows_of(lang, split):
    if split == "dev":
        return [(f, e, y) for f, e, y, _ in names_train.dev_set(lang)]
    out = []
    with open(os.path.join(names_train.find_gold(), f"pairs-{lang}-test.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            f, e, y, _ = line.rstrip("\n").split("\t")
            out.append((f, e, int(y)))
    return out


def run_batch(binary, pairs):
    """(verdict, score) per (a, b) pair, one process."""
    text = "".join(f"{a}\t{b}\n" for a, b in pairs)
    res = subprocess.run([binary, "names", "compare", "--batch"], input=text, capture_output=True,
                         text=True, check=True)
    out = []
    for line in res.stdout.splitlines():
        v, s = line.split("\t")
        out.append((v, float(s)))
    if len(out) != len(pairs):
        raise SystemExit(f"expected {len(pairs)} lines, got {len(out)}")
    return out


def evaluate(binary, lang, split, top1_cap):
    rows = rows_of(lang, split)
    t0 = time.time()
    res = run_batch(binary, [(f, e) for f, e, _ in rows])
    pair_secs = time.time() - t0
    tp = sum(1 for (v, _), (_, _, y) in zip(res, rows) if v != "different" and y)
    fp = sum(1 for (v, _), (_, _, y) in zip(res, rows) if v != "different" and not y)
    fn = sum(1 for (v, _), (_, _, y) in zip(res, rows) if v == "different" and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    # top-1: every foreign token of a true pair against every English name
    names = sorted({e for _, e, _ in rows})
    gold = collections.defaultdict(set)
    for f, e, y in rows:
        if y:
            gold[f].add(e)
    queries = [(f, e) for f, e, y in rows if y][:top1_cap or None]
    grid = [(f, n) for f, _ in queries for n in names]
    t0 = time.time()
    scores = [s for _, s in run_batch(binary, grid)]
    grid_secs = time.time() - t0
    correct = 0.0
    for q, (f, e) in enumerate(queries):
        row = scores[q * len(names):(q + 1) * len(names)]
        top = max(row)
        tied = [names[k] for k, s in enumerate(row) if s == top]
        # another correct form of the same token also counts as correct
        if e in tied or tied[0] in gold[f]:
            correct += sum(1 for n in tied if n in gold[f]) / len(tied)
    top1 = correct / len(queries)
    per_pair_us = grid_secs / len(grid) * 1e6
    return p, r, f1, top1, len(rows), len(queries), len(names), per_pair_us


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build-names", "release", "transcheck"))
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--lang", default="ar,he,ru")
    ap.add_argument("--top1-cap", type=int, default=0, help="score only the first N true pairs for top-1 (0 = all)")
    args = ap.parse_args()
    want = set(args.lang.split(","))
    print(f"split {args.split}   binary {args.binary}")
    print(f"{'lang':8} {'rows':>5} {'P':>6} {'R':>6} {'F1':>6} {'top-1':>6}  (top-1 over names; µs/pair incl. CLI)")
    for lang, code in CODES.items():
        if code not in want:
            continue
        p, r, f1, top1, n, q, k, us = evaluate(args.binary, lang, args.split, args.top1_cap)
        print(f"{lang:8} {n:5d} {p:6.3f} {r:6.3f} {f1:6.3f} {top1:6.3f}  ({q} x {k}; {us:.1f} µs)", flush=True)


if __name__ == "__main__":
    main()
