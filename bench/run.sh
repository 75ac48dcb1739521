#!/usr/bin/env bash
# Glossary linking cost: the build of 1,000 synthetic briefings with a 500-term glossary, linking
# first mentions, against the very same site with linking turned off (glossary: { auto_link: false }),
# and against the same briefings without any glossary. The two builds alternate (A B A B …) so that a
# noisy machine's drift falls on both; prints the median wall and CPU times and the median ratio.
# Usage: bench/run.sh [RUNS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for project in src/Briefings.Cli bench/Briefings.Bench; do
  dotnet build -c Release "$project" -o "$work/bin" >/dev/null
done
dotnet "$work/bin/Briefings.Bench.dll" generate "$work/with" 1000 500 0
cp -r "$work/with" "$work/nolink" && printf 'glossary:\n  auto_link: false\n' >>"$work/nolink/content/site.yml"
cp -r "$work/with" "$work/without" && rm -r "$work/without/content/glossary"

build() { /usr/bin/time -f "$1 %e %U %S" -a -o "$work/times" dotnet "$work/bin/briefings.dll" build --source "$work/$1" --output "$work/out-$1" >/dev/null; }
build with; build nolink; build without; : >"$work/times"   # warm-up
for _ in $(seq "$runs"); do build with; build nolink; build without; done

python3 - "$work/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def figures(name):
    wall = [float(r[1]) for r in rows if r[0] == name]
    cpu = [float(r[2]) + float(r[3]) for r in rows if r[0] == name]
    return wall, cpu
runs = {name: figures(name) for name in ("with", "nolink", "without")}
for name, label in (("with", "500 terms, linking"), ("nolink", "500 terms, no linking"), ("without", "no glossary")):
    wall, cpu = runs[name]
    print(f"{label:24} median {statistics.median(wall):.3f} s wall, {statistics.median(cpu):.3f} s CPU ({len(wall)} runs)")
def ratio(a, b):
    return statistics.median(x / y for x, y in zip(runs[a][0], runs[b][0]))
print(f"linking adds {100 * (ratio('with', 'nolink') - 1):.1f}% (median pairwise wall ratio {ratio('with', 'nolink'):.3f}); "
      f"the whole glossary (page and linking) adds {100 * (ratio('with', 'without') - 1):.1f}%")
PY
