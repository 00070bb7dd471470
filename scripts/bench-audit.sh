#!/usr/bin/env bash
# bench-audit.sh [MB] [CORPUS]: audit throughput on real articles, as a ratio
# to `wc -w` (a one-pass reader of the same text) measured in the same run.
# Builds a JSON Lines archive of about MB megabytes (default 40) from the
# PolNeAR and FRANK articles under CORPUS (default ../shared/corpus beside
# the project), three articles per cluster, as ../shared/eval/perf.py does,
# then times both three times and reports the medians, with factdiff's peak
# memory. The audit uses every core (its default --jobs).
set -euo pipefail
mb=${1:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${2:-$root/../shared/corpus}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$root" && go build -o "$work/factdiff" .)
python3 - "$corpus" "$mb" "$work" <<'PY'
import glob, json, os, sys
corpus, mb, work = sys.argv[1], float(sys.argv[2]), sys.argv[3]
# The articles perf.py audits: PolNeAR texts, then the FRANK articles once each.
texts = [open(f, encoding="utf-8", errors="replace").read()
         for split in ("train", "dev", "test")
         for f in sorted(glob.glob(os.path.join(corpus, "polnear", split, "text", "*.txt")))]
seen = set()
for path in sorted(glob.glob(os.path.join(corpus, "frank", "*.jsonl"))):
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)["article"]
        if a not in seen:
            seen.add(a); texts.append(a)
texts = [t for t in texts if len(t) > 500]
if not texts:
    sys.exit(f"no PolNeAR or FRANK articles under {corpus}")
size, i = 0, 0
with open(os.path.join(work, "archive.jsonl"), "w") as fj, open(os.path.join(work, "plain.txt"), "w") as fp:
    while size < mb * 1e6:
        arts = []
        for k in range(3):
            t = texts[(i + k) % len(texts)]
            arts.append({"id": f"a{k}", "text": t}); fp.write(t + "\n"); size += len(t.encode())
        fj.write(json.dumps({"id": f"c{i}", "articles": arts}) + "\n")
        i += 3
PY
cd "$work"
bytes=$(wc -c < plain.txt)
secs() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | sed -n 2p; }
wc_ms=$(for _ in 1 2 3; do secs wc -w plain.txt; done | median)
fd_ms=$(for _ in 1 2 3; do secs ./factdiff audit --format jsonl archive.jsonl; done | median)
rss="? (GNU time not installed)"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -o rss.txt -f %M ./factdiff audit --format jsonl archive.jsonl >/dev/null 2>&1 || true
  rss=$(tail -1 rss.txt)
fi
awk -v b="$bytes" -v w="$wc_ms" -v f="$fd_ms" -v r="$rss" -v j="$(nproc)" 'BEGIN {
  printf "archive %.1f MB, %d cores: wc -w %d ms, factdiff audit %d ms\n", b/1e6, j, w, f
  printf "audit %.1f MB/s (wc -w %.1f MB/s; ratio %.1fx) peak %s KB\n", b/1e6/(f/1000), b/1e6/(w/1000), f/w, r }'
