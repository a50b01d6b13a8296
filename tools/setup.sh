#!/usr/bin/env bash
# Installs the system packages transcheck builds and runs with, when they are
# missing. Idempotent: does nothing (and needs no network) once they are there.
#   ICU (libicu-dev, pkg-config)  normalization, transliteration, break iteration, numbers, dates
#   libstemmer-dev                Snowball stemmers
#   zlib1g-dev                    inflating FreeDict's dictzip files
#   wordnet-base                  English WordNet
#   dict-freedict-*               bilingual dictionaries (FreeDict, dictd format)
#   libmimalloc-dev               the allocator the command-line tool is linked with
set -euo pipefail

packages=(
  libicu-dev pkg-config libstemmer-dev zlib1g-dev wordnet-base libmimalloc-dev
  dict-freedict-eng-ara dict-freedict-ara-eng
  dict-freedict-eng-fra dict-freedict-fra-eng
  dict-freedict-eng-rus
  dict-freedict-eng-deu dict-freedict-deu-eng
  dict-freedict-eng-spa dict-freedict-spa-eng
  dict-freedict-deu-fra dict-freedict-fra-deu
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "transcheck setup: missing system packages (${missing[*]}) and no apt-get to install them" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo="sudo" || {
    echo "transcheck setup: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 1
  }
fi
echo "transcheck setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
