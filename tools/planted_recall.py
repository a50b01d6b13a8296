#!/usr/bin/env python3
"""Recall of the planted shifts: for each corpora/expected/*.yml, runs
`transcheck check` on its pair and counts an expected finding as caught when a
reported finding has the same check and overlaps the expected target text (or,
for an omission, the source text), with a recall per kind of file (`*.planted.yml`:
the planted meaning shifts; `*.substituted.yml`: single-word substitutions no
lexicon lists). Also prints major-or-worse findings of the faithful files, which
must have none.

Recall is printed per kind and separately for the seed story and the blind stories.

Usage: tools/planted_recall.py [--binary PATH] [-v]
"""
import argparse, glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--binary", default=os.path.join(root, ".build/release/transcheck"))
p.add_argument("-v", action="store_true")
args = p.parse_args()


def parse(path):
    # The expected files are simple YAML; PyYAML is not assumed.
    data, items, cur = {}, [], None
    for line in open(path, encoding="utf-8"):
        s = line.rstrip("\n")
        if not s.strip() or s.lstrip().startswith("#"):
            continue
        if s.startswith("  - "):
            cur = {}
            items.append(cur)
            s = "    " + s[4:]
        key, _, value = s.strip().partition(":")
        value = value.split(" #")[0].strip()
        if value.startswith('"') and value.endswith('"'):
            value = json.loads(value)
        value = None if value in ("null", "") else value
        if s.startswith("    ") and cur is not None:
            cur[key] = value
        elif not s.startswith(" "):
            data[key] = value
    data["findings"] = items
    return data


totals = {}
for path in sorted(glob.glob(os.path.join(root, "corpora/expected/*.yml"))):
    e = parse(path)
    base = os.path.dirname(path)
    src, tgt = os.path.normpath(os.path.join(base, e["source"])), os.path.normpath(os.path.join(base, e["target"]))
    r = json.loads(subprocess.run([args.binary, src, tgt, "--format", "json", "--source-lang", e["sourceLang"], "--target-lang", e["targetLang"]],
                                  capture_output=True, text=True).stdout)
    found = r["findings"]
    name = os.path.basename(path)
    if not e["findings"]:
        bad = [f for f in found if f["severity"] in ("major", "critical")]
        print(f"{name}: faithful, score {r['score']}, {len(bad)} major+ findings")
        for f in bad if args.v else []:
            print("   ", f["check"], (f.get("source") or {}).get("text"), "->", (f.get("target") or {}).get("text"))
        continue
    hits = 0
    for x in e["findings"]:
        def overlaps(f):
            for side in ("target", "source"):
                want, span = x.get(side), f.get(side)
                # A short span ("لا") counts only as a whole word of the expected text, not inside another word.
                inside = span and (span["text"] in want.split() if len(span["text"]) < 3 else span["text"] in want) if want else False
                if want and span and (inside or want in span["text"] or span["text"] in span["sentenceText"] and want in span["sentenceText"] and span["text"] and any(w in want.split() if len(w) < 3 else w in want for w in span["text"].split())):
                    return True
            return False
        ok = any(f["check"] == x["check"] and overlaps(f) for f in found)
        hits += ok
        if args.v and not ok:
            print(f"   missed {x['check']}: {x.get('source')!r} -> {x.get('target')!r}")
    kind = name.split(".")[-2]  # planted, substituted
    # The Reuters seed's files were written alongside the checker; the other stories blind (corpora/originals).
    group = f"{kind}, {'seed story' if name.startswith('reuters.') else 'blind stories'}"
    for k in (kind, group):
        totals.setdefault(k, [0, 0])
        totals[k][0] += hits
        totals[k][1] += len(e["findings"])
    print(f"{name}: {hits}/{len(e['findings'])} {kind} shifts caught, score {r['score']}")
for kind, (caught, total) in sorted(totals.items()):
    print(f"recall ({kind}) {caught}/{total} = {caught / max(total, 1):.2f}")
