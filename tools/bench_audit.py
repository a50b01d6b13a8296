#!/usr/bin/env python3
"""Audit throughput: pairs per second and peak memory for an audit of N
seed-sized pairs (the Reuters seed against the corpus translations), on all cores.

By default the pairs share one original, as an audit of one story's translations
does (the original is analysed once). With --distinct every pair gets its own
copy of both files with a line of its own added, so no document repeats and only
the vocabulary does, as in an archive of different stories.

Usage: tools/bench_audit.py [--binary PATH] [--pairs N] [--distinct]
"""
import argparse, os, resource, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--binary", default=os.path.join(root, ".build/release/transcheck"))
p.add_argument("--pairs", type=int, default=1000)
p.add_argument("--distinct", action="store_true", help="a copy of both files per pair, each with a line of its own")
args = p.parse_args()

with tempfile.TemporaryDirectory() as tmp:
    # Manifest of N pairs cycling over the corpus translations (all readable).
    orig = os.path.join(root, "corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt")
    targets = [os.path.join(root, "corpora/translations", f) for f in sorted(os.listdir(os.path.join(root, "corpora/translations"))) if f.endswith(".txt")]
    targets.append(os.path.join(root, "corpora/seeds/memo-republished-2024-06-24.en.txt"))
    manifest = os.path.join(tmp, "pairs.jsonl")
    with open(manifest, "w") as fh:
        for i in range(args.pairs):
            t = targets[i % len(targets)]
            o = orig
            if args.distinct:
                o, t = os.path.join(tmp, "o%d.txt" % i), os.path.join(tmp, "t%d" % i + os.path.basename(t))
                with open(orig) as src, open(o, "w") as out:
                    out.write(src.read() + "\nStory %d was filed at %d:%02d.\n" % (i, 8 + i % 12, i % 60))
                with open(targets[i % len(targets)]) as src, open(t, "w") as out:
                    out.write(src.read() + "\n%d\n" % i)
            fh.write('{"id": "p%d", "source": "%s", "target": "%s", "sourceLang": "en"}\n' % (i, o, t))
    start = time.perf_counter()
    r = subprocess.run([args.binary, "audit", manifest, "--format", "jsonl", "-o", os.devnull, "--exit-zero"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(r.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"audit of {args.pairs} {'distinct ' if args.distinct else ''}seed-sized pairs on {os.cpu_count()} cores: {wall:.1f} s, {args.pairs / wall:.0f} pairs/s, peak memory {peak:.0f} MB")
