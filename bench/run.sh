#!/usr/bin/env bash
# Glossary linking cost: builds 1,000 briefings with 500 glossary terms, and the same site without a
# glossary, with hyperfine (apt-get install hyperfine). Prints medians and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Briefings.Cli bench/Briefings.Bench -o "$work/bin" >/dev/null
dotnet "$work/bin/Briefings.Bench.dll" "$work/with" 1000 500 0
dotnet "$work/bin/Briefings.Bench.dll" "$work/without" 1000 0 0
# The same briefings: the generator draws its words from one seed; drop the mentions' glossary only.
cp -r "$work/with/content/briefings" "$work/without/content/"

hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$work/result.json" \
  -n "1000 briefings, 500 terms" "dotnet $work/bin/briefings.dll build --source $work/with --output $work/out-with" \
  -n "1000 briefings, no glossary" "dotnet $work/bin/briefings.dll build --source $work/without --output $work/out-without"
python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
with_glossary, without = (r["median"] for r in results)
print(f"median with glossary {with_glossary:.3f} s, without {without:.3f} s: linking adds {100 * (with_glossary / without - 1):.1f}%")
PY
