#!/usr/bin/env bash
# How long an editor waits under `briefings serve`: from appending a line to a briefing to the `reload` (or `ok`)
# event the open pages receive, with one page (curl) connected to the event stream. The debounce (100 ms of
# quiet) is part of the wait, as it is for the editor.
#
#   bash bench/serve-latency.sh BINARY SITE [RUNS=5] [PORT=4199]
#
# SITE is a site folder (e.g. one written by `Briefings.Bench generate`); its first briefing gets RUNS lines
# appended, so use a copy.
set -euo pipefail
bin=$1; site=$2; runs=${3:-5}; port=${4:-4199}
events=$(mktemp); log=$(mktemp)
"$bin" serve --source "$site" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$listener" 2>/dev/null || true; kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
curl -sN "http://127.0.0.1:$port/__briefings/events" >"$events" &
listener=$!
sleep 1
briefing=$(find "$site/content/briefings" -name '*.md' -print -quit)
count() { grep -c '^event: \(reload\|ok\)' "$events" || true; }
for run in $(seq "$runs"); do
  before=$(count)
  start=$(date +%s%N)
  printf '\nEdit %s.\n' "$run" >>"$briefing"
  while [ "$(count)" -le "$before" ]; do sleep 0.01; done
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  sleep 1.5
done
grep '^Built' "$log" | tail -1
