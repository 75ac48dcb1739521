#!/usr/bin/env bash
# Briefings against Hugo: a generated site of N briefings (about 600 words of Markdown each, 3 of 50 tags,
# 2 events each, a 500-term glossary) is built by the Native AOT `briefings` binary, and its very same
# Markdown bodies by Hugo as a minimal site (bench/hugo/: home, briefing pages, tag index, tag pages, 404).
# Both build from a clean output folder in tmpfs, alternating (A B A B …) after one warm-up each, so that a
# noisy machine's drift falls on both; prints the median wall time, CPU time (user + system) and peak RSS of
# each, every run's figures, and the median of the pairwise ratios Briefings/Hugo (run i of one against run
# i of the other). Each output is checked to hold one page per briefing. Then one more Briefings build
# with --timings shows the time of each stage.
#
# Usage: bench/hugo.sh [--runs N] [--bare] [--no-hugo] [SIZE…]     (default: --runs 5, sizes 1000 10000)
#   --bare     also build the Briefings site without its glossary and timeline (the pages Hugo makes too,
#              and no glossary linking): the like-for-like figure
#   --no-hugo  Briefings alone (e.g. bench/hugo.sh --no-hugo --runs 3 100000)
# Environment:
#   BRIEFINGS_AOT_BINARY  a published `briefings` binary to measure instead of publishing one (publishing
#                         needs clang and zlib1g-dev and takes a minute or two)
#   HUGO                  the hugo command (default: hugo; Debian: apt-get install hugo)
#   BENCH_TMP             where sites and outputs go (default: /dev/shm, a tmpfs); BENCH_TERMS (default 500)
# Needs: the .NET 10 SDK, python3, GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 bare=0 with_hugo=1 sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --bare) bare=1; shift ;;
    --no-hugo) with_hugo=0; shift ;;
    -h|--help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ $1 =~ ^[1-9][0-9]*$ ]] || { echo "error: a size is a number of briefings, not '$1'" >&2; exit 2; }
       sizes+=("$1"); shift ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "error: --runs needs a positive number" >&2; exit 2; }
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
terms=${BENCH_TERMS:-500}

hugo=${HUGO:-hugo}
if [ $with_hugo = 1 ] && ! command -v "$hugo" >/dev/null 2>&1; then
  cat >&2 <<EOF
error: hugo not found ($hugo). This script installs nothing; install Hugo first:
  Debian/Ubuntu:  sudo apt-get install -y hugo      (Debian 12 has 0.111, which bench/README.md's figures use)
  or a release binary from https://github.com/gohugoio/hugo/releases, named by HUGO=/path/to/hugo
or measure Briefings alone with --no-hugo.
EOF
  exit 1
fi
for tool in dotnet python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool not found (GNU time: apt-get install time)" >&2; exit 1; }
done

base=${BENCH_TMP:-/dev/shm}
[ "$(stat -f -c %T "$base" 2>/dev/null)" = tmpfs ] || echo "warning: $base is not a tmpfs; disk writes are measured too" >&2
work=$(mktemp -d "$base/briefings-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -n "${BRIEFINGS_AOT_BINARY:-}" ]; then
  binary=$BRIEFINGS_AOT_BINARY
  [ -x "$binary" ] || { echo "error: BRIEFINGS_AOT_BINARY=$binary is not an executable file" >&2; exit 1; }
else
  command -v clang >/dev/null 2>&1 || { echo "error: Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev), or set BRIEFINGS_AOT_BINARY" >&2; exit 1; }
  echo "publishing the Native AOT binary (set BRIEFINGS_AOT_BINARY to skip)…"
  dotnet publish -c Release -r linux-x64 -p:PublishAot=true src/Briefings.Cli -o "$work/aot" >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; echo "error: the Native AOT publish failed" >&2; exit 1; }
  binary=$work/aot/briefings
fi
dotnet build -c Release bench/Briefings.Bench -o "$work/bench" >"$work/bench-build.log" 2>&1 \
  || { cat "$work/bench-build.log" >&2; exit 1; }
bench() { dotnet "$work/bench/Briefings.Bench.dll" "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -h | awk '/^Mem:/ {print $2}') memory; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "briefings: $binary$( [ $with_hugo = 1 ] && echo "; hugo: $("$hugo" version | head -1)")"
times=$work/times
: >"$times"

# build LABEL SIZE SOURCE OUTPUT: one timed build into a fresh OUTPUT; a failed build stops everything.
build() {
  local label=$1 size=$2 source=$3 output=$4
  # Every build is a clean one: no output, and no build cache (a first build, which writes the cache too).
  rm -rf "$output" "$source/.briefings-cache"
  local command=("$binary" build --source "$source" --output "$output")
  [ "$label" = hugo ] && command=("$hugo" --quiet --noBuildLock --source "$source" --destination "$output")
  if ! /usr/bin/time -f "$label $size %e %M %U %S" -a -o "$times" "${command[@]}" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "error: $label failed on $size briefings: ${command[*]}" >&2
    exit 1
  fi
}

# complete LABEL SIZE OUTPUT: the output holds a page per briefing, and how big it is.
complete() {
  local pages files megabytes
  pages=$(find "$3/briefings" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  files=$(find "$3" -type f | wc -l)
  megabytes=$(du -sm "$3" | cut -f1)
  printf '  %-15s %d briefing pages of %d, %d files, %d MB\n' "$1" "$pages" "$2" "$files" "$megabytes"
  [ "$pages" -eq "$2" ] || { echo "error: $1 wrote $pages briefing pages for $2 briefings" >&2; exit 1; }
}

# source_of LABEL SIZE: the folder that LABEL builds.
source_of() { case $1 in briefings) echo "$work/site-$2" ;; *) echo "$work/$1-$2" ;; esac; }

for size in "${sizes[@]}"; do
  site=$work/site-$size
  labels=(briefings)
  bench generate "$site" "$size" "$terms" $((2 * size)) >/dev/null
  if [ $with_hugo = 1 ]; then
    labels+=(hugo)
    bench hugo "$site" "$work/hugo-$size" >/dev/null
    cp -r bench/hugo/. "$work/hugo-$size/"
    mkdir -p "$work/hugo-$size/static" && cp -r templates/assets "$work/hugo-$size/static/"
  fi
  if [ $bare = 1 ]; then
    labels+=(briefings-bare)
    cp -r "$site" "$work/briefings-bare-$size" && rm -rf "$work/briefings-bare-$size/content/"{glossary,timeline}
  fi

  echo
  echo "$size briefings, $terms terms, $((2 * size)) events ($(du -sm "$site/content" | cut -f1) MB of content); ${labels[*]} alternating, 1 warm-up + $runs runs each"
  for label in "${labels[@]}"; do
    build "$label" "$size" "$(source_of "$label" "$size")" "$work/out-$label"
    complete "$label" "$size" "$work/out-$label"
  done
  : >"$times"
  for _ in $(seq "$runs"); do
    for label in "${labels[@]}"; do build "$label" "$size" "$(source_of "$label" "$size")" "$work/out-$label"; done
  done
  echo "  load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$times" "${labels[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
labels = sys.argv[2:]
runs = {label: [(float(r[2]), int(r[3]) / 1024, float(r[4]) + float(r[5])) for r in rows if r[0] == label] for label in labels}
median = statistics.median
for label in labels:
    wall, rss, cpu = zip(*runs[label])
    print(f"  {label:15} wall median {median(wall):7.2f} s (min {min(wall):.2f}, max {max(wall):.2f}), "
          f"CPU median {median(cpu):7.2f} s, peak RSS median {median(rss):6.0f} MB ({len(wall)} runs)")
    print(f"  {'':15} runs, wall s: {' '.join(f'{w:.2f}' for w in wall)}; peak RSS MB: {' '.join(f'{r:.0f}' for r in rss)}")
for a, b in (("briefings", "hugo"), ("briefings-bare", "hugo"), ("briefings", "briefings-bare")):
    if a in labels and b in labels:
        wall = median(x[0] / y[0] for x, y in zip(runs[a], runs[b]))
        rss = median(x[1] / y[1] for x, y in zip(runs[a], runs[b]))
        cpu = median(x[2] / y[2] for x, y in zip(runs[a], runs[b]))
        print(f"  {a}/{b}: median pairwise ratio wall {wall:.2f}, CPU {cpu:.2f}, peak RSS {rss:.2f}")
PY
  echo "  where Briefings' time goes (one more clean build, --timings):"
  rm -rf "$work/out-briefings" "$site/.briefings-cache"
  "$binary" build --source "$site" --output "$work/out-briefings" --timings 2>&1 | sed 's/^/    /'
  rm -rf "$work"/site-"$size" "$work"/hugo-"$size" "$work"/briefings-bare-"$size" "$work"/out-*
done
