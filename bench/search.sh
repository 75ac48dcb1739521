#!/usr/bin/env bash
# Search against Pagefind 1.6.0 on a generated site of SIZE briefings (500 terms, 2×SIZE events): the Native AOT
# build with search (default) and with `search: false`, alternating, RUNS times, clean builds (no output, no cache);
# then Pagefind on the output built without search (its HTML pages), RUNS times. Each under /usr/bin/time (wall,
# CPU, peak RSS). Then the index's bytes and files, and what a first query loads (ours from file:// in Chromium,
# Pagefind's from a loopback web server, as it needs one), by the tests SearchScaleTests and PagefindFirstQuery run
# on these outputs; SearchScaleTests also checks that every document is in the index under every word of its title.
#
# Usage: bench/search.sh [--runs N] [SIZE]      (default: --runs 3, size 10000)
# Environment: BRIEFINGS_AOT_BINARY (a published binary, else one is published), BENCH_TMP (default /dev/shm),
#              PAGEFIND (a pagefind 1.6.0 binary, else `npm install pagefind@1.6.0` in the scratch folder)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3 size=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ $1 =~ ^[1-9][0-9]*$ ]] || { echo "error: a size is a number of briefings, not '$1'" >&2; exit 2; }
       size=$1; shift ;;
  esac
done
for tool in dotnet python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool not found (GNU time: apt-get install time)" >&2; exit 1; }
done

base=${BENCH_TMP:-/dev/shm}
work=$(mktemp -d "$base/briefings-search.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -n "${BRIEFINGS_AOT_BINARY:-}" ]; then
  binary=$BRIEFINGS_AOT_BINARY
else
  echo "publishing the Native AOT binary (set BRIEFINGS_AOT_BINARY to skip)…"
  dotnet publish -c Release -r linux-x64 -p:PublishAot=true src/Briefings.Cli -o "$work/aot" >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  binary=$work/aot/briefings
fi
if [ -n "${PAGEFIND:-}" ]; then
  pagefind=$PAGEFIND
else
  command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install Node or set PAGEFIND" >&2; exit 1; }
  (cd "$work" && npm install --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
  pagefind=$work/node_modules/.bin/pagefind
fi
echo "$("$pagefind" --version), $binary"

dotnet run -c Release --project bench/Briefings.Bench -- generate "$work/on" "$size" 500 $((2 * size)) >/dev/null
cp -r "$work/on" "$work/off"
echo "search: false" >>"$work/off/content/site.yml"

results=$work/results.tsv
timed() { # label, then the command
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%s\t%s\t%s\t%s\n' "$label" "$wall" "$(python3 -c "print(round($user + $sys, 2))")" "$((rss / 1024))" | tee -a "$results"
}
build() { rm -rf "$work/out-$1" "$work/$1/.briefings-cache"; timed "briefings search=$1" "$binary" build -s "$work/$1" -o "$work/out-$1"; }

printf 'build\twall s\tCPU s\tpeak RSS MB\n'
for _ in $(seq "$runs"); do build on; build off; done
for _ in $(seq "$runs"); do
  rm -rf "$work/out-off/pagefind"
  timed "pagefind 1.6.0" "$pagefind" --site "$work/out-off"
done
# The time of each stage, once (the index stage is ours alone).
rm -rf "$work/out-on" "$work/on/.briefings-cache"
"$binary" build -s "$work/on" -o "$work/out-on" --timings 2>&1 | grep -E '^(parse|process|index|plan|render) ' || true

python3 - "$results" <<'EOF'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
by = {}
for label, wall, cpu, rss in rows:
    by.setdefault(label, []).append((float(wall), float(cpu), int(rss)))
print("\nmedians\tbuild\twall s\tCPU s\tpeak RSS MB")
for label, runs in by.items():
    print("\t%s\t%.2f\t%.2f\t%d" % (label, *(statistics.median(r[i] for r in runs) for i in range(3))))
on, off = by["briefings search=on"], by["briefings search=off"]
ratios = [a[0] / b[0] for a, b in zip(on, off)]
cpu = [a[1] / b[1] for a, b in zip(on, off)]
print("search on/off: wall x%.3f, CPU x%.3f (medians of pairwise ratios)" % (statistics.median(ratios), statistics.median(cpu)))
EOF

files() { find "$1" -type f | wc -l; }
echo
printf 'index\tbytes\tfiles\n'
printf 'briefings search/\t%s\t%s\n' "$(du -sb "$work/out-on/search" | cut -f1)" "$(files "$work/out-on/search")"
printf 'pagefind/\t%s\t%s\n' "$(du -sb "$work/out-off/pagefind" | cut -f1)" "$(files "$work/out-off/pagefind")"

report=$work/queries.tsv
BRIEFINGS_SEARCH_SITE=$work/out-on BRIEFINGS_PAGEFIND_SITE=$work/out-off BRIEFINGS_SEARCH_REPORT=$report \
  dotnet test tests/Briefings.Tests --filter "FullyQualifiedName~SearchScaleTests|FullyQualifiedName~PagefindFirstQuery" >"$work/test.log" 2>&1 \
  || { tail -40 "$work/test.log" >&2; exit 1; }
echo
printf 'first query\tbytes loaded\tof which index\tfiles\n'
sort "$report" | cut -f1-4
