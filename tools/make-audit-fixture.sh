#!/usr/bin/env bash
# Builds a directory of 200 pairs from corpora/ for audit tests:
# story NNN.en.txt next to its NNN.<lang>.txt, cycling through the translations
# and seed republications, with three deliberately broken pairs: a missing
# partner, a binary translation and an empty translation.
# Usage: tools/make-audit-fixture.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: make-audit-fixture.sh DIR}
mkdir -p "$dir"
orig=corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt
targets=(corpora/translations/reuters.fr.faithful.txt corpora/translations/reuters.fr.planted.txt
         corpora/translations/reuters.ar.faithful.txt corpora/translations/reuters.ar.planted.txt
         corpora/translations/reuters.ru.faithful.txt corpora/translations/reuters.ru.planted.txt
         corpora/translations/reuters.he.faithful.txt corpora/seeds/memo-republished-2024-06-24.en.txt)
langs=(fr fr ar ar ru ru he xx)
for i in $(seq -w 1 200); do
  k=$(( (10#$i - 1) % ${#targets[@]} ))
  cp "$orig" "$dir/story$i.en.txt"
  lang=${langs[$k]}
  # The MEMO republication is English too: keep it as a second English version.
  [ "$lang" = xx ] && lang=en-GB
  cp "${targets[$k]}" "$dir/story$i.$lang.txt"
done
rm "$dir/story007.he.txt"                      # missing partner: the original alone
printf 'abc\000def' >"$dir/story011.ar.txt"     # binary translation
: >"$dir/story013.ru.txt"                       # empty translation
echo "$dir: $(ls "$dir" | grep -c '\.en\.txt$') originals"
