#!/usr/bin/env bash
# bench-hook.sh [RUNS]: the pre-commit hook's latency, process start included:
# `factdiff hook` on one staged article of a race of eleven (the bundled
# articles copied), RUNS times (default 21); prints the median and the
# slowest run, and the same for `factdiff rules` (process start alone) as the
# baseline of this machine.
set -euo pipefail
runs=${1:-21}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$root" && go build -o "$work/factdiff" .)
mkdir -p "$work/race"
i=0
for k in $(seq 1 4); do
  for f in "$root"/fixtures/ga06-2017/*.txt; do
    i=$((i + 1)); [ $i -le 11 ] && cp "$f" "$work/race/article$i.txt"
  done
done
cd "$work"
measure() { # prints the sorted wall times in ms of RUNS runs of "$@"
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    echo $(((e - s) / 1000000))
  done | sort -n
}
report() { # name, sorted times
  local name=$1; shift
  local times=("$@")
  echo "$name: median ${times[$((${#times[@]} / 2))]} ms, slowest ${times[-1]} ms over ${#times[@]} runs"
}
mapfile -t hook < <(measure ./factdiff hook --no-config race/article1.txt)
mapfile -t start < <(measure ./factdiff rules)
report "hook, 1 staged of 11" "${hook[@]}"
report "process start (factdiff rules)" "${start[@]}"
