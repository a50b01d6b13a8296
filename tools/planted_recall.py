#!/usr/bin/env python3
"""Recall of the planted shifts: for each corpora/expected/*.yml, runs
`transcheck check` on its pair and counts an expected finding as caught when a
reported finding has the same check and overlaps the expected target text (or,
for an omission, the source text), with a recall per kind of file (`*.planted.yml`:
the planted meaning shifts; `*.substituted.yml`: single-word substitutions no
lexicon lists), and, secondarily, how many carry a minor-or-worse finding of any
check (across languages a rewording inside a quotation is reported by the term,
polarity… checks, raised one level, rather than as quote.altered). Also prints major-or-worse findings of the faithful files, which
must have none, and for the planted files the findings that match no planted
shift (unplanted: noise an editor reads for nothing, or a shift the planter did
not list), by severity.

Recall is printed per kind and separately for the seed story and the blind stories
(by round: an expected file's `round:` line; a new round is blind until tuned on).

Usage: tools/planted_recall.py [--binary PATH] [-v]
"""
import argparse, glob, json, os, re, subprocess, sys

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


totals, noise, anywhere = {}, {}, {}
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
        minor = [f for f in found if f["severity"] != "info"]
        print(f"{name}: faithful, score {r['score']}, {len(bad)} major+ findings, {len(minor)} minor+")
        for f in bad if args.v else []:
            print("   ", f["check"], (f.get("source") or {}).get("text"), "->", (f.get("target") or {}).get("text"))
        continue
    hits = seen = 0
    matched = set()
    for x in e["findings"]:
        def overlaps(f):
            for side in ("target", "source"):
                want, span = x.get(side), f.get(side)
                # Quotation marks at the ends of an expected span are not words: a finding inside the quote matches.
                want = want.strip('"“”«»„\'‘’ \u00a0') if want else want
                # A short span ("لا") counts only as a whole word of the expected text, not inside another word.
                # Words of the expected text without their punctuation ("35%" holds the number 35).
                words = re.findall(r"\w+", want) if want else []
                inside = span and (span["text"] in words if len(span["text"]) < 3 else span["text"] in want) if want else False
                if want and span and (inside or want in span["text"] or span["text"] in span["sentenceText"] and want in span["sentenceText"] and span["text"] and any(w in words if len(w) < 3 else w in want for w in span["text"].split())):
                    return True
            return False
        ok = any(f["check"] == x["check"] and overlaps(f) for f in found)
        hits += ok
        # Reported at all: a minor-or-worse finding of any check on the planted words (across languages
        # a rewording inside a quotation is reported by the term, polarity… checks, raised one level).
        seen += ok or any(f["severity"] != "info" and overlaps(f) for f in found)
        # Any finding on the planted words, whatever its check, is not noise.
        matched |= {i for i, f in enumerate(found) if overlaps(f)}
        if args.v and not ok:
            other = next((f for f in found if f["severity"] != "info" and overlaps(f)), None)
            also = f"  (reported as {other['severity']} {other['check']})" if other else ""
            print(f"   missed {x['check']}: {x.get('source')!r} -> {x.get('target')!r}{also}")
    kind = name.split(".")[-2]  # planted, substituted
    # The Reuters seed's files were written alongside the checker; the other stories blind (corpora/originals).
    group = f"{kind}, {'seed story' if name.startswith('reuters.') else 'blind stories'}"
    groups = [kind, group] + ([f"{group}, round {e['round']}"] if e.get("round") else [])
    for k in groups:
        totals.setdefault(k, [0, 0])
        totals[k][0] += hits
        totals[k][1] += len(e["findings"])
        anywhere[k] = anywhere.get(k, 0) + seen
    others = [f for i, f in enumerate(found) if i not in matched and f["severity"] != "info"]
    serious = [f for f in others if f["severity"] in ("major", "critical")]
    for k in groups:
        noise.setdefault(k, [0, 0])
        noise[k][0] += len(serious)
        noise[k][1] += len(others)
    print(f"{name}: {hits}/{len(e['findings'])} {kind} shifts caught, score {r['score']}, unplanted {len(serious)} major+ / {len(others)} minor+")
    for f in others if args.v else []:
        print(f"   unplanted {f['severity']} {f['check']}: {(f.get('source') or {}).get('text')!r} -> {(f.get('target') or {}).get('text')!r}")
for kind, (caught, total) in sorted(totals.items()):
    print(f"recall ({kind}) {caught}/{total} = {caught / max(total, 1):.2f}; unplanted findings: {noise[kind][0]} major+, {noise[kind][1]} minor+")
# Secondary: the planted words carry some minor-or-worse finding, whichever check reports it.
for kind, (caught, total) in sorted(totals.items()):
    print(f"reported by any check ({kind}) {anywhere[kind]}/{total} = {anywhere[kind] / max(total, 1):.2f}")
