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
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
BIN=${VIGIL_BIN:-bin/vigil}
if [[ -z "${VIGIL_BIN:-}" ]]; then
  mkdir -p bin
  go build -o "$BIN" .
fi

work=$(mktemp -d)
pid=""
epid=""
pgdb=""
cleanup() {
  [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ -n $epid ]] && { kill "$epid" 2>/dev/null || true; wait "$epid" 2>/dev/null || true; }
  [[ -n $pgdb ]] && psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/bareecho" ./bench/bareecho
go run ./bench/analysiszip -lines 2000 -o "$work/source.zip"

# free_port [offset]: PORT_BASE+offset when PORT_BASE is set (a shared
# machine's assigned range), else any free port.
free_port() {
  if [[ -n ${PORT_BASE:-} ]]; then echo $((PORT_BASE + ${1:-0})); return; fi
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
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
  local url=$1 hdr=${2:-} out args=()
  [[ -n $hdr ]] && args=(-H "$hdr")
  wrk -t"$THREADS" -c"$CONNS" -d2s "${args[@]}" "$url" >/dev/null # warm-up
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$url: non-2xx responses" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}

eport=$(free_port 0)
"$work/bareecho" -addr "127.0.0.1:$eport" &
epid=$!
sleep 0.3

rows=()
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

  ids=()
  for i in $(seq 1 "$ANALYSES"); do
    ids+=("$(curl -fsS -H "$auth" -F tier=static -F "project=project-$((i % PROJECTS))" \
      -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)")
  done
  for id in "${ids[@]}"; do
    status=queued
    while [[ $status != completed ]]; do
      status=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id" | json_field status)
      [[ $status == failed || $status == canceled ]] && { echo "analysis $status" >&2; exit 1; }
      [[ $status == completed ]] || sleep 0.1
    done
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

  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if [[ -n $pgdb ]]; then
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null
    pgdb=""
  fi
done

echo "$ANALYSES analyses over $PROJECTS projects; wrk -t$THREADS -c$CONNS -d$DURATION; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "| database | endpoint | req/s | of echo | p99 ms | target ≥30%, p99<50 |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $fail
