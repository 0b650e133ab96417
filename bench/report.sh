#!/usr/bin/env bash
# Report endpoints benchmark (issue 17), on SQLite and on PostgreSQL, against
# the built binary on loopback, beside a bare echo JSON handler
# (bench/bareecho) measured in the same run:
#   wrk at 64 connections on, with an API key,
#     GET /api/v1/analyses/{id}/findings?limit=50 (the API's default page)
#     GET /api/v1/analyses/{id}/findings?limit=50&triage=open&file_kind=production (the app's)
#     GET /api/v1/analyses/{id}/summary?file_kind=production
#   plus /auth/me (what any authenticated request costs) and the app's
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
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
BIN=${VIGIL_BIN:-bin/vigil}
if [[ -z "${VIGIL_BIN:-}" ]]; then
  mkdir -p bin
  go build -o "$BIN" .
fi

work=$(mktemp -d)
pid=""
pgdb=""
cleanup() {
  [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ -n ${bare_pid:-} ]] && { kill "$bare_pid" 2>/dev/null || true; wait "$bare_pid" 2>/dev/null || true; }
  [[ -n $pgdb ]] && psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

go run ./bench/analysiszip -lines "$LINES" -o "$work/source.zip"
go build -o "$work/bareecho" ./bench/bareecho

# free_port [offset]: PORT_BASE+offset when PORT_BASE is set (a shared
# machine's assigned range), else any free port.
free_port() {
  if [[ -n ${PORT_BASE:-} ]]; then echo $((PORT_BASE + ${1:-0})); return; fi
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
now_ms() { date +%s%3N; }
to_ms() {
  local v=$1
  case $v in
    *us) awk -v x="${v%us}" 'BEGIN{printf "%.2f", x/1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN{printf "%.2f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN{printf "%.2f", x*1000}' ;;
    *) echo "$v" ;;
  esac
}
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# wrk_run URL [header] -> "rps p99_ms"
wrk_run() {
  local url=$1 hdr=${2:-} hdr2=${3:-} out args=()
  [[ -n $hdr ]] && args=(-H "$hdr")
  [[ -n $hdr2 ]] && args+=(-H "$hdr2")
  wrk -t"$THREADS" -c"$CONNS" -d2s "${args[@]}" "$url" >/dev/null # warm-up
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$url: non-2xx responses" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}

bare_port=$(free_port 0)
"$work/bareecho" -addr "127.0.0.1:$bare_port" >/dev/null 2>&1 &
bare_pid=$!
sleep 0.5

results=()
fail=0
portn=0
for dialect in $DIALECTS; do
  portn=$((portn + 1))
  port=$(free_port "$portn")
  base="http://127.0.0.1:$port"
  envs=(VIGIL_RATE_LIMIT_API_KEY_RATE=0 VIGIL_RATE_LIMIT_USER_RATE=0 VIGIL_RATE_LIMIT_ANALYSES_RATE=0 VIGIL_DATA_DIR="$work/data-$dialect" VIGIL_HTTP_ADDR="127.0.0.1:$port" VIGIL_BASE_URL="$base" VIGIL_LOG_LEVEL=error)
  if [[ $dialect == postgres ]]; then
    pgdb="vigil_bench_$$_$RANDOM"
    psql "$PG_URL" -qc "CREATE DATABASE $pgdb" >/dev/null
    envs+=(VIGIL_DATABASE_URL="${PG_URL%/*}/$pgdb?sslmode=disable" VIGIL_SECRET_KEY="$(openssl rand -hex 32)")
  fi
  env "${envs[@]}" "$BIN" serve >"$work/serve-$dialect.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    curl -fs "$base/healthz/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fs "$base/healthz/ready" >/dev/null || { echo "vigil ($dialect) did not start:" >&2; cat "$work/serve-$dialect.log" >&2; exit 1; }

  jar="$work/jar-$dialect"
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 123"}' "$base/api/v1/auth/register" >/dev/null
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 123"}' "$base/api/v1/auth/login" >/dev/null
  csrf=$(awk '$6=="vigil_csrf"{print $7}' "$jar")
  key=$(curl -fs -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scopes":["analyze"]}' "$base/api/v1/api-keys" | json_field key)
  [[ $key == vigil_* ]] || { echo "could not create an API key" >&2; exit 1; }
  auth="Authorization: Bearer $key"

  id=$(curl -fsS -H "$auth" -F tier=static -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)
  status=queued
  while [[ $status != completed ]]; do
    status=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id" | json_field status)
    [[ $status == failed || $status == canceled ]] && { echo "analysis $status" >&2; exit 1; }
    [[ $status == completed ]] || sleep 0.2
  done
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
  results+=("| $dialect | /auth/me (reference) | $rps | $(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')% | $p99 ms | — |")
  for path in "findings?limit=50" "findings?limit=50&triage=open&file_kind=production" "findings?limit=50&triage=open&file_kind=production gzip" "summary?file_kind=production"; do
    gz=""
    [[ $path == *" gzip" ]] && gz="Accept-Encoding: gzip"
    read -r rps p99 < <(wrk_run "$base/api/v1/analyses/$id/${path% gzip}" "$auth" "$gz")
    pct=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN{printf "%.0f", 100*a/b}')
    ok=PASS
    awk -v r="$pct" -v p="$p99" 'BEGIN{exit !(r >= 30 && p < 50)}' || { ok=FAIL; fail=1; }
    printf '   %-60s %9s req/s (%3s%% of bare echo)  p99 %7s ms  %s\n' "GET /analyses/{id}/$path" "$rps" "$pct" "$p99" "$ok"
    results+=("| $dialect | /$path | $rps | $pct% | $p99 ms | $ok |")
  done

  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if [[ -n $pgdb ]]; then
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null
    pgdb=""
  fi
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wrk shares them); wrk -t$THREADS -c$CONNS -d$DURATION"
echo "| database | endpoint | req/s | of bare echo | p99 | target |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
exit $fail
