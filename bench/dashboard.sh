#!/usr/bin/env bash
# Dashboard and report-data benchmark against bare echo, on SQLite and
# PostgreSQL, with the built binary on loopback (the issue's Speed section):
# a workspace gets ANALYSES small static analyses over PROJECTS projects
# (uploaded with an API key), then wrk runs, in one go per dialect,
#   bare echo /healthz/live (bench/bareecho, no middleware) — the baseline
#   GET /api/v1/dashboard                     (API key)
#   GET /api/v1/analyses/{id}/findings?limit=50 (API key)
#   GET /api/v1/analyses/{id}/summary         (API key)
# Target: each >= 30% of bare echo's requests per second, p99 < 50 ms.
#
#   bench/dashboard.sh                         # builds bin/vigil, both dialects
#   PORT_BASE=18190 bench/dashboard.sh         # ports 18190-18192 instead of any free ones
#   VIGIL_BIN=bin/vigil DIALECTS=sqlite bench/dashboard.sh
#   ANALYSES=24 PROJECTS=6 DURATION=10s CONNS=64 THREADS=2 bench/dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
ANALYSES=${ANALYSES:-24}
PROJECTS=${PROJECTS:-6}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
DIALECTS=${DIALECTS:-sqlite postgres}
source bench/lib.sh
build_vigil

go build -o "$work/bareecho" ./bench/bareecho
go run ./bench/analysiszip -lines 2000 -o "$work/source.zip"

eport=$(free_port 0)
background "$work/bareecho" -addr "127.0.0.1:$eport"
sleep 0.3

rows=()
fail=0
portn=0
for dialect in $DIALECTS; do
  portn=$((portn + 1))
  start_vigil "$dialect" "$(free_port "$portn")"
  auth="Authorization: Bearer $(api_key analyze)"

  ids=()
  for i in $(seq 1 "$ANALYSES"); do
    ids+=("$(curl -fsS -H "$auth" -F tier=static -F "project=project-$((i % PROJECTS))" \
      -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)")
  done
  for id in "${ids[@]}"; do
    wait_completed "$id" "$auth"
  done
  id=${ids[-1]}

  read -r echo_rps echo_p99 < <(wrk_run "http://127.0.0.1:$eport/healthz/live")
  for ep in "/api/v1/dashboard" "/api/v1/analyses/$id/findings?limit=50" "/api/v1/analyses/$id/summary"; do
    read -r rps p99 < <(wrk_run "$base$ep" "$auth")
    pct=$(awk -v a="$rps" -v b="$echo_rps" 'BEGIN{printf "%.0f", 100*a/b}')
    ok=PASS
    awk -v p="$pct" -v l="$p99" 'BEGIN{exit !(p >= 30 && l < 50)}' || { ok=FAIL; fail=1; }
    name=${ep//$id/{id\}}
    rows+=("$(printf '| %-8s | %-40s | %9s | %5s%% | %7s | %s |' "$dialect" "GET $name" "$rps" "$pct" "$p99" "$ok")")
    echo "${rows[-1]}" >&2 # as it comes: a later failure keeps what was measured
  done
  rows+=("$(printf '| %-8s | %-40s | %9s | %5s%% | %7s | %s |' "$dialect" "bare echo /healthz/live" "$echo_rps" "100" "$echo_p99" "baseline")")

  stop_vigil
done

echo "$ANALYSES analyses over $PROJECTS projects; wrk -t$THREADS -c$CONNS -d$DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "| database | endpoint | req/s | of echo | p99 ms | target ≥30%, p99<50 |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $fail
