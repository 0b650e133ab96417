#!/usr/bin/env bash
# Report endpoints benchmark (issue 17), on SQLite and on PostgreSQL, against
# the built binary on loopback, beside a bare echo JSON handler
# (bench/bareecho) measured in the same run:
#   wrk at 64 connections on, with an API key,
#     GET /api/v1/analyses/{id}/findings?limit=50 (the API's default page)
#     GET /api/v1/analyses/{id}/findings?limit=50&triage=open&file_kind=production (the app's)
#     GET /api/v1/analyses/{id}/summary?file_kind=production
#   plus the full findings page (include=details: for reference; a build
#   before lean list items ignores the parameter and writes the same),
#   /auth/me (what any authenticated request costs) and the app's
#   findings page with Accept-Encoding: gzip (as a browser asks for it).
#   of an analysis of a LINES-line zip (bench/analysiszip), with a quarter of
#   its findings' fingerprints triaged so the triage join is exercised.
# Target: >= 30% of bare echo's req/s and p99 < 50 ms for each.
#
#   bench/report.sh                     # builds bin/vigil, both dialects
#   PORT_BASE=18190 bench/report.sh     # ports 18190-18192 instead of any free ones
#   VIGIL_BIN=/path/vigil DIALECTS=sqlite bench/report.sh
#   LINES=20000 DURATION=10s CONNS=64 THREADS=2 bench/report.sh
#   PG_URL=postgres://postgres@127.0.0.1:5432/test bench/analysis.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
LINES=${LINES:-20000}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
DIALECTS=${DIALECTS:-sqlite postgres}
source bench/lib.sh
build_vigil

go run ./bench/analysiszip -lines "$LINES" -o "$work/source.zip"
go build -o "$work/bareecho" ./bench/bareecho

bare_port=$(free_port 0)
background "$work/bareecho" -addr "127.0.0.1:$bare_port" >/dev/null 2>&1
sleep 0.5

results=()
fail=0
portn=0
for dialect in $DIALECTS; do
  portn=$((portn + 1))
  start_vigil "$dialect" "$(free_port "$portn")"
  auth="Authorization: Bearer $(api_key analyze)"

  id=$(curl -fsS -H "$auth" -F tier=static -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)
  wait_completed "$id" "$auth" 0.2
  # triage a quarter of the findings (bulk, 500 at a time)
  ids=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id/findings?limit=500" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
print(json.dumps([f["id"] for f in items[::4]]))')
  nfind=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id/summary?scope=all" | json_field findings)
  curl -fsS -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"finding_ids\":$ids,\"state\":\"accepted_risk\",\"reason\":\"bench\"}" "$base/api/v1/analyses/$id/triage" >/dev/null

  read -r bare_rps bare_p99 < <(wrk_run "http://127.0.0.1:$bare_port/healthz/live")
  echo "== $dialect: $nfind findings, bare echo ${bare_rps} req/s p99 ${bare_p99} ms"
  read -r rps p99 < <(wrk_run "$base/api/v1/auth/me" "$auth")
  printf '   %-60s %9s req/s (%3s%% of bare echo)  p99 %7s ms\n' "GET /auth/me" "$rps" "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')" "$p99"
  results+=("| $dialect | /auth/me (reference) | $rps | $(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')% | $p99 ms | — | — |")
  details="findings?limit=50&include=details"
  bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "$auth" "$base/api/v1/analyses/$id/$details")
  read -r rps p99 < <(wrk_run "$base/api/v1/analyses/$id/$details" "$auth")
  printf '   %-60s %9s req/s (%3s%% of bare echo)  p99 %7s ms  %s B\n' "GET /analyses/{id}/$details" "$rps" "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')" "$p99" "$bytes"
  results+=("| $dialect | /$details (reference) | $rps | $(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')% | $p99 ms | $bytes B | — |")
  for path in "findings?limit=50" "findings?limit=50&triage=open&file_kind=production" "findings?limit=50&triage=open&file_kind=production gzip" "summary?file_kind=production"; do
    gz=""
    [[ $path == *" gzip" ]] && gz="Accept-Encoding: gzip"
    bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "$auth" ${gz:+-H "$gz"} "$base/api/v1/analyses/$id/${path% gzip}")
    read -r rps p99 < <(wrk_run "$base/api/v1/analyses/$id/${path% gzip}" "$auth" "$gz")
    pct=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')
    ok=PASS
    awk -v r="$pct" -v p="$p99" 'BEGIN{exit !(r >= 30 && p < 50)}' || { ok=FAIL; fail=1; }
    printf '   %-60s %9s req/s (%3s%% of bare echo)  p99 %7s ms  %s B  %s\n' "GET /analyses/{id}/$path" "$rps" "$pct" "$p99" "$bytes" "$ok"
    results+=("| $dialect | /$path | $rps | $pct% | $p99 ms | $bytes B | $ok |")
  done

  stop_vigil
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wrk shares them); wrk -t$THREADS -c$CONNS -d$DURATION"
echo "| database | endpoint | req/s | of bare echo | p99 | body | target |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
exit $fail
