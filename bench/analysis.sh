#!/usr/bin/env bash
# Analysis service benchmark, on SQLite and on PostgreSQL, against the built
# binary on loopback:
#   1. upload a ~100,000-line mixed-language zip (bench/analysiszip) through
#      POST /api/v1/analyses with an API key (static tier) and time upload →
#      completed report. Target: under 15 s.
#   2. wrk on GET /api/v1/analyses/{id}/findings?limit=50 with the API key,
#      beside /healthz/live from the same run. Target: >= 3,000 req/s with
#      p99 under 50 ms.
# Each dialect gets a fresh data dir or a fresh PostgreSQL database (dropped
# afterwards).
#
#   bench/analysis.sh                   # builds bin/vigil, both dialects
#   VIGIL_BIN=/path/vigil DIALECTS=sqlite bench/analysis.sh
#   LINES=100000 DURATION=10s CONNS=32 THREADS=2 bench/analysis.sh
#   PG_URL=postgres://postgres@127.0.0.1:5432/test bench/analysis.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
LINES=${LINES:-100000}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-32}
THREADS=${THREADS:-2}
DIALECTS=${DIALECTS:-sqlite postgres}
source bench/lib.sh
build_vigil

go run ./bench/analysiszip -lines "$LINES" -o "$work/source.zip"

results=()
fail=0
for dialect in $DIALECTS; do
  start_vigil "$dialect" "$(free_port)"
  auth="Authorization: Bearer $(api_key analyze)"

  start=$(now_ms)
  id=$(curl -fsS -H "$auth" -F tier=static -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)
  uploaded=$(now_ms)
  status=queued
  while [[ $status != completed ]]; do
    status=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id" | json_field status)
    [[ $status == failed || $status == canceled ]] && { echo "analysis $status" >&2; curl -s -H "$auth" "$base/api/v1/analyses/$id" >&2; exit 1; }
    (( $(now_ms) - start > 300000 )) && { echo "analysis not completed after 300 s" >&2; exit 1; }
    [[ $status == completed ]] || sleep 0.05
  done
  done_ms=$(now_ms)
  summary=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id")
  findings=$(python3 -c '
import json, sys
from datetime import datetime
a = json.load(sys.stdin)
t = lambda k: datetime.fromisoformat(a[k].replace("Z", "+00:00"))
print(sum(a["counts"].values()), a["files_scanned"], a["lines_total"], a["lines_scanned"],
      "%.2f" % (t("started_at") - t("created_at")).total_seconds(), "%.2f" % (t("finished_at") - t("started_at")).total_seconds())' <<<"$summary")
  read -r nfind nfiles ltotal lscanned queued_s ran_s <<<"$findings"
  total_s=$(awk -v a="$start" -v b="$done_ms" 'BEGIN{printf "%.2f", (b-a)/1000}')
  upload_s=$(awk -v a="$start" -v b="$uploaded" 'BEGIN{printf "%.2f", (b-a)/1000}')

  read -r live_rps live_p99 < <(wrk_run "$base/healthz/live")
  read -r find_rps find_p99 < <(wrk_run "$base/api/v1/analyses/$id/findings?limit=50" "$auth")

  echo "== $dialect: $ltotal lines uploaded ($lscanned in $nfiles files scanned), $nfind open findings"
  echo "   upload → completed: ${total_s} s (POST answered after ${upload_s} s, queued ${queued_s} s, ran ${ran_s} s) — target < 15 s"
  printf '   %-34s %10s req/s  p99 %7s ms\n' "GET /healthz/live" "$live_rps" "$live_p99"
  printf '   %-34s %10s req/s  p99 %7s ms   — target >= 3000 req/s, p99 < 50 ms\n' "GET /findings?limit=50 (API key)" "$find_rps" "$find_p99"
  ok=PASS
  awk -v t="$total_s" 'BEGIN{exit !(t < 15)}' || ok=FAIL
  awk -v r="$find_rps" -v p="$find_p99" 'BEGIN{exit !(r >= 3000 && p < 50)}' || ok=FAIL
  [[ $ok == PASS ]] || fail=1
  results+=("$dialect: upload→completed ${total_s} s, findings ${find_rps} req/s p99 ${find_p99} ms, healthz ${live_rps} req/s p99 ${live_p99} ms: $ok")

  stop_vigil
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wrk shares them); wrk -t$THREADS -c$CONNS -d$DURATION"
printf '%s\n' "${results[@]}"
exit $fail
