#!/usr/bin/env bash
# `glossary add` under contention and under kill -9: ten concurrent adds to one
# file all land; a writer killed in the middle of a write (between the
# temporary file and the rename) leaves the old file byte for byte; writers
# killed at random moments never leave a broken file.
# Usage: glossary-write-test.sh BINARY
set -uo pipefail
bin=$(realpath "${1:-.build/debug/transcheck}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r lexicons "$tmp/lex"
lex="$tmp/lex"
passed=0; failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
add() { "$bin" glossary add --no-bundled --lexicons "$lex" "$@"; }

# Ten processes at once: five new concepts in a new file, five renderings into one existing concept.
add --file "$lex/terms/evaluation.yml" --id critical --lang it --form cruciale >/dev/null # the language's preferred form
for i in 1 2 3 4 5; do
  add --file "$lex/terms/desk.yml" --id "desk-term-$i" --lang en --form "deskword$i" >/dev/null 2>"$tmp/err.$i" &
  add --file "$lex/terms/evaluation.yml" --id critical --lang it --form "parola$i" --status admitted >/dev/null 2>"$tmp/err.r$i" &
done
wait
for i in 1 2 3 4 5; do
  grep -q "id: desk-term-$i" "$lex/terms/desk.yml" && ok || ko "desk-term-$i lost: $(cat "$tmp/err.$i")"
  grep -q "parola$i" "$lex/terms/evaluation.yml" && ok || ko "parola$i lost: $(cat "$tmp/err.r$i")"
done
"$bin" glossary lint --no-bundled --lexicons "$lex" >/dev/null 2>&1 && ok || ko "lint after concurrent adds"

# Ten concurrent adds of name misspellings to one entry: all ten land.
for i in 0 1 2 3 4 5 6 7 8 9; do
  add --file "$lex/names/people-leaders.yml" --id yoav-gallant --lang en --form "Gallant$i" --status deprecated >/dev/null 2>&1 &
done
wait
n=$(grep -o "Gallant[0-9]" "$lex/names/people-leaders.yml" | sort -u | wc -l)
[ "$n" -eq 10 ] && ok || ko "concurrent name adds: $n of 10 landed"

# kill -9 in the middle of a write: the writer pauses after writing its temporary file.
before=$(sha256sum "$lex/terms/desk.yml" | cut -d' ' -f1)
TRANSCHECK_TEST_WRITE_PAUSE=5 "$bin" glossary add --no-bundled --lexicons "$lex" --file "$lex/terms/desk.yml" --id killed-entry --lang en --form killedword >/dev/null 2>&1 &
pid=$!
for _ in $(seq 300); do ls "$lex/terms/".desk.yml.transcheck-*.tmp >/dev/null 2>&1 && break; sleep 0.1; done
ls "$lex/terms/".desk.yml.transcheck-*.tmp >/dev/null 2>&1 && ok || ko "no temporary file seen before the kill"
kill -9 $pid; wait $pid 2>/dev/null
after=$(sha256sum "$lex/terms/desk.yml" | cut -d' ' -f1)
[ "$before" = "$after" ] && ok || ko "killed writer changed the file"
# The next writer clears the dead writer's temporary file and writes.
add --file "$lex/terms/desk.yml" --id after-kill --lang en --form afterkill >/dev/null 2>&1 && ok || ko "add after a kill"
ls "$lex/terms/".desk.yml.transcheck-*.tmp >/dev/null 2>&1 && ko "stale temporary file left" || ok
grep -q killedword "$lex/terms/desk.yml" && ko "killed entry present" || ok

# Random kills: whatever the moment, the file is the old one or the old one plus the entry.
for i in $(seq 20); do
  cp "$lex/terms/desk.yml" "$tmp/old.yml"
  # The binary itself in the background (not the add function, whose subshell a kill would miss).
  "$bin" glossary add --no-bundled --lexicons "$lex" --file "$lex/terms/desk.yml" --id "random-$i" --lang en --form "randomword$i" >/dev/null 2>&1 &
  pid=$!
  sleep "0.0$((RANDOM % 10))"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  if cmp -s "$tmp/old.yml" "$lex/terms/desk.yml"; then ok
  elif diff "$tmp/old.yml" "$lex/terms/desk.yml" | grep -q "randomword$i" && "$bin" glossary lint --no-bundled --lexicons "$lex" >/dev/null 2>&1; then ok
  else ko "random kill $i left a broken file: $(diff "$tmp/old.yml" "$lex/terms/desk.yml" | head -5)"; fi
done
"$bin" glossary lint --no-bundled --lexicons "$lex" >/dev/null 2>&1 && ok || ko "lint after kills"

echo "glossary writes: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
