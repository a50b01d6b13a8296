#!/usr/bin/env python3
"""Aligner speed, with the bilingual dictionary loaded (a benchmark, not a test).

1. Text+Berg test set (German-French, seven documents, --segmented): sentences
   (both sides) per second through the aligner itself (evidence, band, overlaps,
   search, from TRANSCHECK_TIMINGS), and per second end to end (process start,
   reading, segmentation, analysis, alignment, output).
2. A synthetic 100,000-sentence pair: the seven test documents repeated with a
   numbered chapter line between them; wall time, stage times and strict F1
   against the correspondingly repeated gold.
3. Lexicon loading: what the bundled lexicons add to a check (cache read and
   names index, median of runs).

Usage: tools/bench_align.py [--binary PATH] [--sentences N] [--runs N]
"""
import argparse, os, re, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--binary")
parser.add_argument("--sentences", type=int, default=100_000, help="size of the synthetic pair (source side)")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()
os.chdir(root)
binary = args.binary
if not binary:
    subprocess.run(["swift", "build", "-c", "release"], check=True, stdout=sys.stderr)
    binary = ".build/release/transcheck"
gold_dir = os.path.join(root, "..", "shared", "align-gold", "text-berg-de-fr")
env = dict(os.environ, TRANSCHECK_TIMINGS="1")


def lines(path):
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def run_align(de, fr):
    start = time.perf_counter()
    r = subprocess.run([binary, "align", "--segmented", "--format", "vecalign", "--source-lang", "de", "--target-lang", "fr", de, fr],
                       capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(r.stderr)
    stages = {}
    for m in re.finditer(r"timing\s+(.+?): ([0-9.]+) ms", r.stderr):
        stages[m.group(1)] = stages.get(m.group(1), 0) + float(m.group(2))
    aligner = sum(v for k, v in stages.items() if k.startswith("align:")) / 1000
    return wall, aligner, stages, r.stdout


# 1. Text+Berg
docs = [(os.path.join(gold_dir, f"test{i}.de"), os.path.join(gold_dir, f"test{i}.fr")) for i in range(7)]
sentences = sum(len(lines(de)) + len(lines(fr)) for de, fr in docs)
run_align(*docs[0])  # warm the dictionary cache
walls, aligners = [], []
for _ in range(args.runs):
    w = a = 0.0
    for de, fr in docs:
        wall, aligner, _, _ = run_align(de, fr)
        w += wall
        a += aligner
    walls.append(w)
    aligners.append(a)
print(f"Text+Berg test: {sentences:,} sentences (both sides), median of {args.runs} runs")
print(f"  aligner:    {sentences / statistics.median(aligners):,.0f} sentences/s ({statistics.median(aligners) * 1000:.0f} ms)")
print(f"  end to end: {sentences / statistics.median(walls):,.0f} sentences/s ({statistics.median(walls) * 1000:.0f} ms for 7 processes)")

# 2. Synthetic long pair
with tempfile.TemporaryDirectory() as tmp:
    de_lines, fr_lines, gold = [], [], []
    chapter = 0
    while len(de_lines) < args.sentences:
        for i in range(7):
            chapter += 1
            gold.append(f"[{len(de_lines)}]:[{len(fr_lines)}]")
            de_lines.append(f"Kapitel {chapter} .")
            fr_lines.append(f"Chapitre {chapter} .")
            so, to = len(de_lines), len(fr_lines)
            for bead in lines(os.path.join(gold_dir, f"test{i}.defr")):
                s, t = bead.split(":")
                s = [int(x) + so for x in re.findall(r"\d+", s)]
                t = [int(x) + to for x in re.findall(r"\d+", t)]
                gold.append(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]")
            de_lines += lines(os.path.join(gold_dir, f"test{i}.de"))
            fr_lines += lines(os.path.join(gold_dir, f"test{i}.fr"))
    de, fr, g, p = (os.path.join(tmp, n) for n in ("long.de", "long.fr", "long.gold", "long.pred"))
    for path, content in ((de, de_lines), (fr, fr_lines), (g, gold)):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(content) + "\n")
    wall, aligner, stages, out = run_align(de, fr)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(out)
    # Strict F1 inline (align_eval.py's lax measure is quadratic in the number of beads).
    def beads(text):
        out = set()
        for line in text.splitlines():
            s, t = line.split(":")
            if s != "[]" and t != "[]":
                out.add(line.replace(" ", ""))
        return out
    gold_beads, pred_beads = beads("\n".join(gold)), beads(out)
    hits = len(gold_beads & pred_beads)
    precision, recall = hits / max(len(pred_beads), 1), hits / max(len(gold_beads), 1)
    total = [f"TOTAL - - {precision:.3f} {recall:.3f} {2 * precision * recall / max(precision + recall, 1e-9):.3f}"]
    print(f"Synthetic pair: {len(de_lines):,} + {len(fr_lines):,} sentences")
    print(f"  wall time {wall:.1f} s; aligner {aligner:.1f} s ({(len(de_lines) + len(fr_lines)) / aligner:,.0f} sentences/s)")
    for name, ms in stages.items():
        if not name.startswith("lexicons"):
            print(f"    {name}: {ms / 1000:.2f} s")
    if total:
        f = total[0].split()
        print(f"  strict P/R/F1 {f[3]} / {f[4]} / {f[5]}")

# 3. Lexicon loading in a check
pair = ["corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt", "corpora/translations/reuters.fr.faithful.txt"]
loads = []
for _ in range(max(args.runs, 10)):
    r = subprocess.run([binary, *pair, "--format", "json", "--output", "/dev/null"], capture_output=True, text=True, env=env)
    ms = sum(float(m.group(2)) for m in re.finditer(r"timing (lexicons: [^:]+|names index): ([0-9.]+) ms", r.stderr))
    loads.append(ms)
print(f"Lexicon loading in a check (en-fr): median {statistics.median(loads):.1f} ms (cache read + names index)")
