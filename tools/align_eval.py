#!/usr/bin/env python3
"""Sentence-alignment evaluation: strict and lax precision, recall and F1.

Alignments are in vecalign format, one bead per line, 0-based sentence
indices, `[]` for an empty side (a trailing `:score`, as vecalign writes it,
is ignored):

    [0]:[0, 1]      source sentence 0 aligned with target sentences 0 and 1
    [5]:[]          source sentence 5 left unaligned

Beads with an empty side are removed from both the predicted and the gold
list before counting, and counts are summed over documents (micro average).

  strict  a predicted bead is a hit when it equals a gold bead exactly;
          precision = hits / predicted beads, recall = hits / gold beads.
  lax     a predicted bead is a hit when it shares at least one source AND
          one target sentence with some gold bead (precision); a gold bead
          is found when some predicted bead shares at least one source and
          one target sentence with it (recall).

Modes:

  align_eval.py GOLD PRED [GOLD PRED ...]
      compare alignment files.
  align_eval.py --textberg DIR --binary PATH [--split test|dev]
      run `PATH align --segmented --format vecalign --source-lang de
      --target-lang fr testN.de testN.fr` on the Text+Berg German-French
      documents in DIR (default: ../shared/align-gold/text-berg-de-fr) and
      score each against testN.defr; also prints sentences aligned per
      second (German + French sentences over the aligner's wall time,
      process start-up included).
  align_eval.py --pairs LIST --binary PATH
      each LIST line is `original<TAB>translated<TAB>gold[<TAB>src<TAB>tgt]`
      (paths relative to LIST, optional language tags); runs `PATH align
      --format vecalign` on raw, unsegmented text and scores against gold.

Reference figures for Text+Berg test (strict F1): Gale-Church 0.68,
hunalign 0.75, hunalign + FreeDict 0.78, Bleualign 0.81, vecalign 0.90,
Bertalign 0.94 (see ../shared/align-gold/README.md).
"""

import argparse
import os
import re
import subprocess
import sys
import time

BEAD = re.compile(r"^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]")


def parse_beads(text, name="<alignment>"):
    """Beads as (source tuple, target tuple), in file order."""
    beads = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = BEAD.match(line)
        if not match:
            raise SystemExit(f"{name}:{number}: not a vecalign bead: {line.strip()!r}")
        sides = tuple(tuple(int(i) for i in side.replace(",", " ").split()) for side in match.groups())
        beads.append(sides)
    return beads


def read_beads(path):
    with open(path, encoding="utf-8") as f:
        return parse_beads(f.read(), path)


def non_empty(beads):
    return [b for b in beads if b[0] and b[1]]


class Counts:
    """Hits and totals, strict and lax, addable across documents."""

    def __init__(self, gold=(), pred=()):
        gold, pred = non_empty(gold), non_empty(pred)
        self.gold, self.pred = len(gold), len(pred)
        gold_set = set(gold)
        self.strict = sum(1 for b in pred if b in gold_set)
        self.lax_p = sum(1 for b in pred if any(overlaps(b, g) for g in gold))
        self.lax_r = sum(1 for g in gold if any(overlaps(b, g) for b in pred))

    def __iadd__(self, other):
        for field in ("gold", "pred", "strict", "lax_p", "lax_r"):
            setattr(self, field, getattr(self, field) + getattr(other, field))
        return self

    def scores(self):
        """(strict P, R, F1), (lax P, R, F1)."""
        return prf(self.strict, self.pred, self.strict, self.gold), prf(self.lax_p, self.pred, self.lax_r, self.gold)


def overlaps(a, b):
    return bool(set(a[0]) & set(b[0])) and bool(set(a[1]) & set(b[1]))


def prf(hits_p, predicted, hits_r, gold):
    p = hits_p / predicted if predicted else 0.0
    r = hits_r / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


HEADER = f"{'document':<28} {'gold':>5} {'pred':>5}   {'strict P':>8} {'R':>6} {'F1':>6}   {'lax P':>6} {'R':>6} {'F1':>6}"


def row(name, counts):
    (sp, sr, sf), (lp, lr, lf) = counts.scores()
    return (f"{name:<28} {counts.gold:>5} {counts.pred:>5}   {sp:>8.3f} {sr:>6.3f} {sf:>6.3f}"
            f"   {lp:>6.3f} {lr:>6.3f} {lf:>6.3f}")


def report(documents):
    """Prints one row per (name, gold beads, predicted beads) and the total; returns the total counts."""
    total = Counts()
    print(HEADER)
    for name, gold, pred in documents:
        counts = Counts(gold, pred)
        total += counts
        print(row(name, counts))
    print(row("TOTAL", total))
    return total


def run_aligner(binary, original, translated, segmented, source_lang, target_lang):
    """The aligner's beads and its wall time in seconds."""
    command = [binary, "align", "--format", "vecalign"]
    if segmented:
        command.append("--segmented")
    if source_lang:
        command += ["--source-lang", source_lang]
    if target_lang:
        command += ["--target-lang", target_lang]
    command += [original, translated]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr.strip()}")
    return parse_beads(result.stdout, f"output of {binary} for {original}"), elapsed


def count_lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f)


def evaluate_runs(jobs, binary, segmented):
    """jobs: (name, original, translated, gold, source_lang, target_lang)."""
    documents, seconds, sentences = [], 0.0, 0
    for name, original, translated, gold, source_lang, target_lang in jobs:
        pred, elapsed = run_aligner(binary, original, translated, segmented, source_lang, target_lang)
        seconds += elapsed
        if segmented:
            sentences += count_lines(original) + count_lines(translated)
        documents.append((name, read_beads(gold), pred))
    report(documents)
    if segmented and seconds > 0:
        print(f"\n{sentences} sentences (both sides) in {seconds:.2f} s wall time, "
              f"{len(jobs)} runs: {sentences / seconds:,.0f} sentences/s")
    else:
        print(f"\n{len(jobs)} runs in {seconds:.2f} s wall time")


def textberg_jobs(directory, split):
    names = ["dev"] if split == "dev" else [f"test{i}" for i in range(7)]
    jobs = []
    for name in names:
        paths = [os.path.join(directory, name + suffix) for suffix in (".de", ".fr", ".defr")]
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            raise SystemExit(f"missing Text+Berg file: {missing[0]}")
        jobs.append((name, *paths, "de", "fr"))
    return jobs


def pairs_jobs(list_path, source_lang, target_lang):
    base = os.path.dirname(os.path.abspath(list_path))
    jobs = []
    with open(list_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) not in (3, 5):
                raise SystemExit(f"{list_path}:{number}: expected original<TAB>translated<TAB>gold[<TAB>src<TAB>tgt]")
            original, translated, gold = (os.path.join(base, p) for p in fields[:3])
            langs = fields[3:5] if len(fields) == 5 else [source_lang, target_lang]
            jobs.append((os.path.basename(fields[0]), original, translated, gold, *langs))
    return jobs


def main():
    default_textberg = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "align-gold", "text-berg-de-fr")
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", metavar="GOLD PRED", help="pairs of gold and predicted alignment files")
    parser.add_argument("--textberg", nargs="?", const=default_textberg, metavar="DIR",
                        help="run the aligner on the Text+Berg de-fr documents in DIR")
    parser.add_argument("--split", choices=["test", "dev"], default="test", help="Text+Berg documents to use (default: test)")
    parser.add_argument("--pairs", metavar="LIST", help="run the aligner on the raw pairs listed in LIST")
    parser.add_argument("--binary", metavar="PATH", help="the transcheck executable (for --textberg and --pairs)")
    parser.add_argument("--source-lang", help="--pairs: language of the originals (detected when omitted)")
    parser.add_argument("--target-lang", help="--pairs: language of the translations (detected when omitted)")
    args = parser.parse_args()

    if args.textberg or args.pairs:
        if args.files:
            parser.error("GOLD PRED files cannot be combined with --textberg or --pairs")
        if not args.binary:
            parser.error("--binary is required with --textberg and --pairs")
        if args.textberg:
            print(f"Text+Berg de-fr, {args.split}, aligner {args.binary}")
            evaluate_runs(textberg_jobs(args.textberg, args.split), args.binary, segmented=True)
        if args.pairs:
            print(f"{args.pairs}, aligner {args.binary}")
            evaluate_runs(pairs_jobs(args.pairs, args.source_lang, args.target_lang), args.binary, segmented=False)
        return
    if not args.files or len(args.files) % 2:
        parser.error("give GOLD PRED pairs of files (an even number), or --textberg / --pairs")
    pairs = zip(args.files[0::2], args.files[1::2])
    report([(os.path.basename(pred), read_beads(gold), read_beads(pred)) for gold, pred in pairs])


if __name__ == "__main__":
    main()
