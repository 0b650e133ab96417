#!/usr/bin/env bash
# scan-speed.sh — how fast `vigil scan` is on real trees, beside Bandit and gosec.
#
#   bench/scan-speed.sh DIR...
#
# For each DIR it runs `vigil scan DIR --format json` under /usr/bin/time -v
# and prints: lines scanned (the scanner's own count), wall seconds, CPU
# seconds (user+sys, the scan worker included), CPU use = CPU/wall (2.0 is
# both cores of a 2-core machine busy), peak RSS, lines per wall second and
# per CPU second, and the number of findings. When the tree is mostly Python
# and `bandit` is installed, Bandit is timed the same way on it
# (`bandit -r DIR -q -f json -o /dev/null`); when it is mostly Go and `gosec` is
# installed (or GOSEC=path), gosec on it (`gosec -quiet -fmt json ./...`,
# run inside DIR). The ratio columns compare Vigil's lines per wall second
# with the peer's on the same tree (the peers' line counts are Vigil's for
# that language, so the ratio is one of times).
#
# The machine may be shared: CPU seconds are the stable figure; wall time
# and CPU use show how busy the cores were. RUNS=N (default 1) repeats each
# measurement and keeps the run with the least CPU time.
#
# Environment: VIGIL=path uses that binary instead of building ./ (the full
# vigil binary, as users run it); WORKERS=N passes --workers N. The
# dependency pass stays offline (VIGIL_OSV_OFFLINE=true unless set).
set -euo pipefail
export VIGIL_OSV_OFFLINE="${VIGIL_OSV_OFFLINE:-true}"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
WORK="$(mktemp -d /tmp/scan-speed.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
RUNS="${RUNS:-1}"
VIGIL="${VIGIL:-}"
if [ -z "$VIGIL" ]; then
  echo "building vigil ..." >&2
  (cd "$ROOT" && go build -o "$WORK/vigil" .)
  VIGIL="$WORK/vigil"
fi
BANDIT="$(command -v bandit || true)"
GOSEC="${GOSEC:-$(command -v gosec || { [ -x "$(go env GOPATH)/bin/gosec" ] && echo "$(go env GOPATH)/bin/gosec"; } || true)}"
[ -n "$BANDIT" ] || echo "note: bandit not installed (apt-get install -y bandit): no Bandit column" >&2
[ -n "$GOSEC" ] || echo "note: gosec not installed (go install github.com/securego/gosec/v2/cmd/gosec@latest): no gosec column" >&2

# measure OUT CMD... : run CMD under time -v RUNS times; OUT gets
# "wall cpu rss_mb" of the run with the least CPU
measure() {
  local out="$1"; shift
  local best=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$WORK/tv" "$@" >/dev/null 2>"$WORK/err" || true
    local line
    line=$(awk -F': ' '
      /User time/ {u=$2} /System time/ {s=$2}
      /Elapsed \(wall clock\)/ {n=split($2,p,":"); w=0; for(i=1;i<=n;i++) w=w*60+p[i]}
      /Maximum resident/ {r=$2}
      END {printf "%.2f %.2f %.0f\n", w, u+s, r/1024}' "$WORK/tv")
    if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN{split(a,x," "); split(b,y," "); exit !(x[2]<y[2])}'; then
      best="$line"
    fi
  done
  echo "$best" > "$out"
}

printf '%-28s %-7s %9s %7s %7s %5s %7s %9s %9s %6s\n' tree tool lines wall_s cpu_s cpu% rss_MB lines/s l/cpu_s ×vigil
for dir in "$@"; do
  name="$(basename "$dir")"
  args=(scan "$dir" --format json --output "$WORK/report.json" --fail-on none)
  [ -n "${WORKERS:-}" ] && args+=(--workers "$WORKERS")
  measure "$WORK/v" "$VIGIL" "${args[@]}"
  if [ ! -s "$WORK/report.json" ]; then
    echo "$name: vigil failed: $(head -c 400 "$WORK/err")" >&2
    continue
  fi
  read -r lines pylines golines findings < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1])); s = d["stats"]; l = s.get("languages", {})
print(s["lines"], l.get("python", {}).get("lines", 0), l.get("go", {}).get("lines", 0), len(d["findings"]))' "$WORK/report.json")
  read -r vw vc vr < "$WORK/v"
  row() { # tool lines wall cpu rss ratio
    awk -v n="$name" -v t="$1" -v l="$2" -v w="$3" -v c="$4" -v r="$5" -v x="$6" 'BEGIN {
      printf "%-28s %-7s %9d %7.2f %7.2f %5.0f %7d %9.0f %9.0f %6s\n", n, t, l, w, c, (w>0?100*c/w:0), r, (w>0?l/w:0), (c>0?l/c:0), x }'
  }
  row vigil "$lines" "$vw" "$vc" "$vr" "-"
  echo "  vigil findings: $findings" >&2
  # a peer is timed on trees that are mostly its language (the ratio
  # compares whole runs: Vigil's share per language is not separable)
  if [ -n "$BANDIT" ] && [ $((2 * pylines)) -ge "$lines" ] && [ "$pylines" -gt 0 ]; then
    measure "$WORK/b" "$BANDIT" -r "$dir" -q -f json -o /dev/null
    bw=0 bc=0 br=0
    read -r bw bc br < "$WORK/b" || true
    row bandit "$pylines" "$bw" "$bc" "$br" "$(awk -v vl="$lines" -v vw="$vw" -v bl="$pylines" -v bw="$bw" 'BEGIN{printf "%.1f", (vl/vw)/(bl/bw)}')"
  fi
  if [ -n "$GOSEC" ] && [ $((2 * golines)) -ge "$lines" ] && [ "$golines" -gt 0 ]; then
    measure "$WORK/g" sh -c "cd '$dir' && exec '$GOSEC' -quiet -fmt json -out /dev/null ./..."
    gw=0 gc=0 gr=0
    read -r gw gc gr < "$WORK/g" || true
    row gosec "$golines" "$gw" "$gc" "$gr" "$(awk -v vl="$lines" -v vw="$vw" -v gl="$golines" -v gw="$gw" 'BEGIN{printf "%.1f", (vl/vw)/(gl/gw)}')"
  fi
done
