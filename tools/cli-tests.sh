#!/usr/bin/env bash
# Command-line behaviour a user relies on: exit codes, one-line errors naming
# the file, nothing half-written, stdin, formats. Usage: cli-tests.sh BINARY
set -uo pipefail
bin=${1:-.build/debug/transcheck}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
orig=corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt
arab=corpora/seeds/arabic-outlet-retranslated-2024-06-24.en.txt
memo=corpora/seeds/memo-republished-2024-06-24.en.txt
passed=0; failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect_error NAME EXPECTED_SUBSTRING ARGS… : exit 2, one stderr line containing the text, no stdout.
expect_error() {
  local name=$1 want=$2; shift 2
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; local rc=$?
  local lines; lines=$(wc -l <"$tmp/err")
  if [ $rc -eq 2 ] && [ "$lines" -eq 1 ] && grep -qF -- "$want" "$tmp/err" && [ ! -s "$tmp/out" ]; then ok
  else ko "$name: rc=$rc lines=$lines stderr=$(cat "$tmp/err") stdout=$(head -c 200 "$tmp/out")"; fi
}

printf '' >"$tmp/empty.txt"
printf 'abc\000def' >"$tmp/binary.txt"
printf 'caf\xc3\x28 au lait' >"$tmp/invalid.txt"
expect_error "missing file" "nope.txt: no such file" "$orig" "$tmp/nope.txt"
expect_error "directory" "$tmp: is a directory" "$orig" "$tmp"
expect_error "empty file" "empty.txt: file is empty" "$tmp/empty.txt" "$arab"
expect_error "binary file" "binary.txt: binary data" "$orig" "$tmp/binary.txt"
expect_error "invalid UTF-8" "invalid.txt: invalid UTF-8" "$orig" "$tmp/invalid.txt"
expect_error "unknown language" "unknown language tag 'xx'" "$orig" "$arab" --target-lang xx
expect_error "unknown format" "unknown format" "$orig" "$arab" --format nope
expect_error "missing argument" "error" "$orig"
expect_error "lexicon folder" "no such lexicon folder" "$orig" "$arab" --lexicons "$tmp/none"

# A failed run writes nothing, not even a half report.
"$bin" "$orig" "$tmp/nope.txt" --output "$tmp/report.json" 2>/dev/null
[ ! -e "$tmp/report.json" ] && ok || ko "output written on error"

# Exit 1 and a schema-1 JSON report on the Arabic outlet pair; the default subcommand is check.
"$bin" "$orig" "$arab" --format json >"$tmp/a.json"; rc=$?
[ $rc -eq 1 ] && ok || ko "arabic outlet pair should fail with exit 1 (got $rc)"
python3 - "$tmp/a.json" <<'PY' && ok || ko "JSON report contract"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["schemaVersion"] == 1 and r["tool"]["name"] == "transcheck"
assert list(r) == ["schemaVersion", "tool", "source", "target", "score", "penalty", "words", "verdict", "alignment", "findings"]
assert r["verdict"] == "fail"
missing = {f["source"]["text"] for f in r["findings"] if f["check"] == "number.missing"}
assert {"37,600", "1,200"} <= missing, missing
for f in r["findings"]:
    assert set(f) == {"check", "severity", "message", "source", "target", "expected", "found", "evidence"}
    for side in ("source", "target"):
        if f[side] is not None:
            assert set(f[side]) == {"sentence", "text", "line", "column", "sentenceText"}
PY

# The explicit subcommand gives the same bytes, and so does a second run (determinism).
"$bin" check "$orig" "$arab" --format json >"$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" && ok || ko "check subcommand or repeated run differs"

# --output writes the file and nothing on stdout.
"$bin" "$orig" "$arab" --format json --output "$tmp/c.json" >"$tmp/stdout"
cmp -s "$tmp/a.json" "$tmp/c.json" && [ ! -s "$tmp/stdout" ] && ok || ko "--output"

# '-' reads standard input.
{ "$bin" "$orig" - --format json <"$arab" || true; } | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["target"]["path"] == "-"' && ok || ko "stdin"

# MEMO republication: no number or date finding for 7 October or curly quotes.
{ "$bin" "$orig" "$memo" --format json || true; } | python3 -c '
import json, sys
r = json.load(sys.stdin)
bad = [f["message"] for f in r["findings"] if f["check"].split(".")[0] in ("number", "date")]
assert not bad, bad' && ok || ko "memo number/date findings"

# Text report: no colour when not a terminal, colour never with NO_COLOR.
"$bin" "$orig" "$arab" >"$tmp/t.txt"
grep -q "number.missing" "$tmp/t.txt" && ! grep -q $'\033\\[' "$tmp/t.txt" && ok || ko "text report"

# --help and --version exit 0.
"$bin" --help >/dev/null && "$bin" --version | grep -q '^[0-9]' && ok || ko "help/version"

# A faithful pair passes with exit 0.
"$bin" "$orig" "$orig" >/dev/null && ok || ko "identical pair should pass"

# -o onto a pipe writes into it and leaves the pipe in place (no rename over it).
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/fromfifo" &
"$bin" "$orig" "$orig" --format json -o "$tmp/fifo"; wait
[ -p "$tmp/fifo" ] && grep -q '"schemaVersion"' "$tmp/fromfifo" && ok || ko "-o onto a pipe"

# glossary lint: the bundled lexicons pass; a broken copy fails naming file:line:column.
"$bin" glossary lint >/dev/null 2>&1 && ok || ko "glossary lint on the bundled lexicons"
mkdir -p "$tmp/lex/names"
sed '6s/kind: person/kind: persn/' lexicons/names/people-leaders.yml >"$tmp/lex/names/people-leaders.yml"
"$bin" glossary lint --lexicons "$tmp/lex" --no-bundled >"$tmp/lint.out" 2>"$tmp/lint.err"; rc=$?
[ $rc -eq 1 ] && grep -q "people-leaders.yml:6:9: .*persn" "$tmp/lint.out" && ok || ko "glossary lint on a broken copy: rc=$rc $(cat "$tmp/lint.out" "$tmp/lint.err")"
# check refuses a broken lexicon folder with one line and exit 2.
expect_error "broken lexicon" "people-leaders.yml:6:9" "$orig" "$arab" --lexicons "$tmp/lex"

# names compare: verdict and score, then the keys; --batch answers line for line.
"$bin" names compare Gallant غالانت | head -1 | grep -q "^same	" && ok || ko "names compare same"
"$bin" names compare McCain McGurk | head -1 | grep -q "^different	" && ok || ko "names compare different"
printf 'foreign\tenglish\tsame\nгалант\tgallant\t1\nנתניהו\tantony\t0\n' | "$bin" names compare --batch >"$tmp/batch.out"
[ "$(wc -l <"$tmp/batch.out")" -eq 2 ] && head -1 "$tmp/batch.out" | grep -q "^same	" && tail -1 "$tmp/batch.out" | grep -q "^different	" && ok || ko "names compare --batch: $(cat "$tmp/batch.out")"

# batch: one JSON line out per line in, in order, ids echoed, bad records as errors, the stream goes on.
printf '{"id":"a","source":"%s","target":"%s"}\nnot json\n{"id":"c","sourceText":"The attack killed 1,200 people on Monday.","targetText":"L attaque a tué 1 400 personnes lundi.","sourceLang":"en","targetLang":"fr"}\n{"id":"d","source":"%s","target":"%s/nope.txt"}\n' \
  "$orig" "$arab" "$orig" "$tmp" | "$bin" batch >"$tmp/batch.jsonl"
python3 - "$tmp/batch.jsonl" <<'PY' && ok || ko "batch"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [l.get("id") for l in lines] == ["a", None, "c", "d"], lines
assert "report" in lines[0] and "error" in lines[1] and "error" in lines[3]
assert any(f["check"] == "number.mismatch" for f in lines[2]["report"]["findings"])
PY

# CI formats: SARIF 2.1.0 that parses, GitHub annotations one per finding.
{ "$bin" "$orig" "$arab" --format sarif || true; } | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["version"] == "2.1.0" and r["runs"][0]["results"], r.keys()' && ok || ko "sarif"
{ "$bin" "$orig" "$arab" --format github || true; } | grep -c "^::error file=" | grep -qv "^0$" && ok || ko "github annotations"

# audit: 200 pairs from corpora with three broken ones; every format reports the broken pairs and checks the rest.
tools/make-audit-fixture.sh "$tmp/audit" >/dev/null
for format in text json jsonl sarif github junit checkstyle markdown; do
  "$bin" audit "$tmp/audit" --format "$format" -o "$tmp/audit.$format" 2>/dev/null; rc=$?
  if [ $rc -eq 1 ] && grep -q "story007" "$tmp/audit.$format" && grep -q "story011" "$tmp/audit.$format" && grep -q "story013" "$tmp/audit.$format"; then ok
  else ko "audit --format $format: rc=$rc"; fi
done
python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
assert s["pairs"] == 200 and s["errors"] == 3 and s["passed"] + s["failed"] == 197, s' "$tmp/audit.json" && ok || ko "audit summary"
"$bin" audit "$tmp/audit" --exit-zero -o /dev/null 2>/dev/null && ok || ko "audit --exit-zero"

# .transcheck.yml found upwards: severity overrides and disabled checks apply; a broken config is one error line.
mkdir -p "$tmp/proj/sub"
cp "$orig" "$tmp/proj/orig.txt"; cp corpora/translations/reuters.fr.planted.txt "$tmp/proj/sub/fr.txt"
printf 'severity:\n  term.missing: info\ndisable: [wording]\n' >"$tmp/proj/.transcheck.yml"
(cd "$tmp/proj/sub" && "$OLDPWD/$bin" ../orig.txt fr.txt --format json 2>/dev/null || true) | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert all(f["severity"] == "info" for f in r["findings"] if f["check"] == "term.missing")
assert not any(f["check"].startswith("wording") for f in r["findings"])' && ok || ko "config file"
printf 'oops: 1\n' >"$tmp/bad.yml"
expect_error "broken config" "bad.yml:1:1: unknown setting" "$orig" "$arab" --config "$tmp/bad.yml"

# Baseline: recorded findings are not reported again, even when lines move; new ones are.
"$bin" "$orig" "$tmp/proj/sub/fr.txt" --write-baseline "$tmp/base.json" -o /dev/null 2>/dev/null
printf '\n\n' | cat - "$tmp/proj/sub/fr.txt" >"$tmp/moved.txt" && mv "$tmp/moved.txt" "$tmp/proj/sub/fr.txt"
"$bin" "$orig" "$tmp/proj/sub/fr.txt" --baseline "$tmp/base.json" >/dev/null 2>&1 && ok || ko "baseline: old findings still reported"
sed -i 's/Lloyd Austen/Lloyd Austine/' "$tmp/proj/sub/fr.txt"
{ "$bin" "$orig" "$tmp/proj/sub/fr.txt" --baseline "$tmp/base.json" --format json 2>/dev/null || true; } | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert [f["found"] for f in r["findings"] if f["check"] == "name.variant"] == ["Lloyd Austine"], [(f["check"], f.get("found")) for f in r["findings"]]' && ok || ko "baseline: new finding"

# glossary find: Gallant from four spellings; JSON; nothing found is exit 1.
for q in Галант Galanat غالانت "Yoav Gallant"; do
  "$bin" glossary find "$q" 2>/dev/null | head -1 | grep -q "^yoav-gallant " && ok || ko "glossary find $q"
done
"$bin" glossary find décisives --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
m = [x for x in r["matches"] if x["id"] == "critical"][0]
assert m["match"]["how"] == "stem" and m["file"].endswith("evaluation.yml") and m["line"] > 0, m' && ok || ko "glossary find --json"
"$bin" glossary find xylophonist >/dev/null 2>&1; [ $? -eq 1 ] && ok || ko "glossary find: nothing found is exit 1"

# glossary add: refusals are one line, exit 2, file untouched.
mkdir -p "$tmp/glex/terms"
cp lexicons/terms/evaluation.yml "$tmp/glex/terms/"
sum=$(sha256sum "$tmp/glex/terms/evaluation.yml")
expect_error "add: wrong script" "not written in the Arab script" glossary add --no-bundled --lexicons "$tmp/glex" --file "$tmp/glex/terms/evaluation.yml" --id critical --lang ar --form critical
expect_error "add: deprecated without note" "needs --severity and --note" glossary add --file "$tmp/glex/terms/evaluation.yml" --id critical --lang fr --form fatal --status deprecated
expect_error "add: not a lexicon file" "not a lexicon file" glossary add --file "$tmp/x.yml" --id a --lang en --form a
[ "$sum" = "$(sha256sum "$tmp/glex/terms/evaluation.yml")" ] && ok || ko "refused add changed the file"
"$bin" glossary add --no-bundled --lexicons "$tmp/glex" --file "$tmp/glex/terms/evaluation.yml" --id critical --lang fr --form primordial --status admitted | grep -q "added critical fr admitted: primordial" && ok || ko "glossary add"
[ "$(diff <(sed 's/admitted: \[capital, critique, primordial\]/admitted: [capital, critique]/' "$tmp/glex/terms/evaluation.yml") lexicons/terms/evaluation.yml)" = "" ] && ok || ko "add changed more than the one list"
tools/glossary-write-test.sh "$bin" >"$tmp/gw.out" 2>&1 && ok || ko "glossary writes: $(cat "$tmp/gw.out")"

# glossary import/export: hostile XML refused fast; TBX and CSV round trips are identical.
fx=Tests/TranscheckKitTests/GlossaryFixtures
expect_error "import: external entity" "external entity" glossary import "$fx/xxe.tbx"
expect_error "import: billion laughs" "billion laughs" glossary import "$fx/laughs.tbx"
expect_error "import: malformed" "malformed.tbx:8" glossary import "$fx/malformed.tbx"
truncate -s 200M "$tmp/huge.tbx"
expect_error "import: 200 MB" "above the limit" glossary import "$tmp/huge.tbx"
rm -f "$tmp/huge.tbx"
for f in basic.tbx martif.tbx min.tbx memoq.csv crowdin.csv; do
  mkdir -p "$tmp/rt1/terms" "$tmp/rt2/terms"
  ext=${f##*.}
  "$bin" glossary import "$fx/$f" >"$tmp/rt1/terms/g.yml" 2>/dev/null &&
  "$bin" glossary export --no-bundled --lexicons "$tmp/rt1" --kind terms --format "$ext" >"$tmp/rt.$ext" &&
  "$bin" glossary import "$tmp/rt.$ext" >"$tmp/rt2/terms/g.yml" 2>/dev/null &&
  "$bin" glossary lint --no-bundled --lexicons "$tmp/rt1" >/dev/null 2>&1 &&
  diff <(grep -v '^#' "$tmp/rt1/terms/g.yml") <(grep -v '^#' "$tmp/rt2/terms/g.yml") >/dev/null && ok || ko "round trip $f"
  rm -rf "$tmp/rt1" "$tmp/rt2"
done
"$bin" glossary import "$fx/headerless.tsv" >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "headerless TSV without --languages"
"$bin" glossary import "$fx/headerless.tsv" --languages en,fr 2>/dev/null | grep -q "preferred:" && ok || ko "headerless TSV with --languages"
"$bin" glossary export --format tbx | python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())' && ok || ko "exported TBX is not well-formed XML"

# glossary suggest: from the lexicons as they were before the seed pair, Galanat and critical → decisive; the output lints.
cp -r lexicons "$tmp/before"
python3 - "$tmp/before" <<'PY'
import sys
d = sys.argv[1]
p = d + "/names/people-leaders.yml"; s = open(p).read(); open(p, "w").write(s.replace("  misspellings:\n    en: [Galanat]\n", ""))
p = d + "/terms/evaluation.yml"; s = open(p).read()
open(p, "w").write(s.replace("        - form: decisive\n          severity: major\n          note: \"asserts that it settles the outcome; 'critical' only says that much depends on it\"\n", "", 1))
PY
"$bin" glossary suggest --no-bundled --lexicons "$tmp/before" "$orig" "$arab" >"$tmp/suggest.out" 2>/dev/null
grep -q "en: \[Galanat\]" "$tmp/suggest.out" && grep -q "form: decisive" "$tmp/suggest.out" && ok || ko "suggest: $(grep '^# \[' "$tmp/suggest.out")"
"$bin" glossary suggest --no-bundled --lexicons "$tmp/before" "$orig" "$arab" --output "$tmp/proposals" 2>/dev/null &&
  "$bin" glossary lint --no-bundled --lexicons "$tmp/before" --lexicons "$tmp/proposals" >/dev/null 2>&1 && ok || ko "suggest --output does not lint"
"$bin" glossary suggest --no-bundled --lexicons "$tmp/before" "$orig" "$arab" --apply "$tmp/before/terms/desk.yml" >/dev/null 2>&1 &&
  grep -q "Galanat" "$tmp/before/names/people-leaders.yml" && grep -q "form: decisive" "$tmp/before/terms/evaluation.yml" &&
  "$bin" glossary lint --no-bundled --lexicons "$tmp/before" >/dev/null 2>&1 && ok || ko "suggest --apply"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
