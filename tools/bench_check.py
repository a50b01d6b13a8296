#!/usr/bin/env python3
"""Wall time of one `transcheck check` of a seed pair, end to end (process
start, reading, ICU, alignment, checks, JSON written), median of repeated runs.

Usage: tools/bench_check.py [--runs N] [--binary PATH] [ORIGINAL TRANSLATED]
Builds the release binary first unless --binary is given.
"""
import argparse, os, statistics, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=30)
parser.add_argument("--binary")
parser.add_argument("pair", nargs="*", default=[
    "corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt",
    "corpora/seeds/arabic-outlet-retranslated-2024-06-24.en.txt"])
args = parser.parse_args()
os.chdir(root)
binary = args.binary
if not binary:
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib"], check=True, stdout=sys.stderr)
    binary = ".build/release/transcheck"
command = [binary, *args.pair, "--format", "json", "--output", "/dev/null"]
subprocess.run(command)  # warm the file cache
times = []
for _ in range(args.runs):
    start = time.perf_counter()
    result = subprocess.run(command)
    times.append((time.perf_counter() - start) * 1000)
    if result.returncode not in (0, 1):
        sys.exit(f"transcheck failed with exit code {result.returncode}")
times.sort()
print(f"pair: {' vs '.join(os.path.basename(p) for p in args.pair)}")
print(f"runs: {args.runs}  median: {statistics.median(times):.1f} ms  "
      f"min: {times[0]:.1f} ms  p90: {times[int(len(times) * 0.9) - 1]:.1f} ms")
