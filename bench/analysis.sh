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
  [[ -n $pgdb ]] && psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

go run ./bench/analysiszip -lines "$LINES" -o "$work/source.zip"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
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
  local url=$1 hdr=${2:-} out args=()
  [[ -n $hdr ]] && args=(-H "$hdr")
  wrk -t"$THREADS" -c"$CONNS" -d2s "${args[@]}" "$url" >/dev/null # warm-up
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$url: non-2xx responses" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}

results=()
fail=0
for dialect in $DIALECTS; do
  port=$(free_port)
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
  # sign-up never signs in (it answers the same for taken emails); sign in
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 123"}' "$base/api/v1/auth/login" >/dev/null
  csrf=$(awk '$6=="vigil_csrf"{print $7}' "$jar")
  key=$(curl -fs -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scopes":["analyze"]}' "$base/api/v1/api-keys" | json_field key)
  [[ $key == vigil_* ]] || { echo "could not create an API key" >&2; exit 1; }
  auth="Authorization: Bearer $key"

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

  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if [[ -n $pgdb ]]; then
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null
    pgdb=""
  fi
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wrk shares them); wrk -t$THREADS -c$CONNS -d$DURATION"
printf '%s\n' "${results[@]}"
exit $fail
