#!/usr/bin/env bash
# Incremental rebuilds: a generated site of N briefings is built clean (no output, no cache), then one
# briefing's body is edited and the site built again into the same folder, RUNS times (a different briefing
# each round). Prints, per size, the median wall time, CPU time and peak RSS of each kind of build and the
# median of the per-round ratios rebuild/clean; then checks that the last rebuild's output is byte for byte
# what a clean build writes.
#
# Usage: bench/incremental.sh [--runs N] [SIZE…]      (default: --runs 5, size 10000)
# Environment: BRIEFINGS_AOT_BINARY (a published binary, else one is published), BENCH_TMP (default /dev/shm)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ $1 =~ ^[1-9][0-9]*$ ]] || { echo "error: a size is a number of briefings, not '$1'" >&2; exit 2; }
       sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
for tool in dotnet python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool not found (GNU time: apt-get install time)" >&2; exit 1; }
done

base=${BENCH_TMP:-/dev/shm}
work=$(mktemp -d "$base/briefings-incremental.XXXXXX")
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
dotnet build -c Release bench/Briefings.Bench -o "$work/bench" >"$work/bench-build.log" 2>&1 || { cat "$work/bench-build.log" >&2; exit 1; }
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; load average $(cut -d' ' -f1-3 /proc/loadavg); briefings: $binary"

times=$work/times
timed() { # LABEL SIZE COMMAND…
  local label=$1 size=$2; shift 2
  /usr/bin/time -f "$label $size %e %M %U %S" -a -o "$times" "$@" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
}

for size in "${sizes[@]}"; do
  site=$work/site-$size out=$work/out-$size
  dotnet "$work/bench/Briefings.Bench.dll" generate "$site" "$size" 500 $((2 * size)) >/dev/null
  : >"$times"
  for round in $(seq "$runs"); do
    rm -rf "$out" "$site/.briefings-cache"
    timed clean "$size" "$binary" build --source "$site" --output "$out"
    note=$site/content/briefings/note-$(( (round * 7919) % size )).md
    printf '\nUne phrase ajoutée au tour %d, qui cite la Terme b.\n' "$round" >>"$note"
    timed rebuild "$size" "$binary" build --source "$site" --output "$out"
    tail -1 "$work/build.log" | sed 's/^/  rebuild: /'
  done
  rm -rf "$work/check"
  "$binary" build --source "$site" --output "$work/check" --no-cache >/dev/null
  diff -r "$out" "$work/check" >/dev/null && echo "  the last rebuild's output is identical to a clean build's" \
    || { echo "error: the incremental output differs from a clean build's" >&2; exit 1; }
  python3 - "$times" "$size" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
median = statistics.median
kinds = {k: [(float(r[2]), int(r[3]) / 1024, float(r[4]) + float(r[5])) for r in rows if r[0] == k] for k in ("clean", "rebuild")}
for kind, runs in kinds.items():
    wall, rss, cpu = zip(*runs)
    print(f"  {sys.argv[2]} briefings, {kind:8} wall median {median(wall):6.2f} s (min {min(wall):.2f}, max {max(wall):.2f}), CPU {median(cpu):6.2f} s, peak RSS {median(rss):5.0f} MB")
ratios = [r[0] / c[0] for c, r in zip(kinds["clean"], kinds["rebuild"])]
print(f"  rebuild/clean wall: median {median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f}, {len(ratios)} rounds)")
PY
done
