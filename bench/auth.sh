#!/usr/bin/env bash
# Authenticated request throughput: GET /api/v1/auth/me with an API key and
# with a session cookie, against /healthz/live, in one run of the built
# binary on loopback (SQLite, fresh data dir). Target: each authenticated
# variant keeps >= 50% of /healthz/live's requests per second.
#
#   bench/auth.sh                 # builds bin/vigil first
#   VIGIL_BIN=/path/vigil bench/auth.sh
#   DURATION=15s CONNECTIONS=64 bench/auth.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 2; }
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
source bench/lib.sh
build_vigil

# The API budgets stay on (their cost is part of what is measured) but far
# above what wrk sends, so no request is refused.
VIGIL_ENV=(VIGIL_RATE_LIMIT_API_KEY_RATE=1000000000 VIGIL_RATE_LIMIT_API_KEY_BURST=100000
  VIGIL_RATE_LIMIT_USER_RATE=1000000000 VIGIL_RATE_LIMIT_USER_BURST=100000)
start_vigil sqlite "${PORT:-$(free_port)}"
BASE=$base

sign_in
ACCESS=$(awk '$6=="vigil_access"{print $7}' "$jar")
KEY=$(api_key read)
[[ -n "$ACCESS" ]] || { echo "could not obtain credentials" >&2; exit 1; }
curl -fs -H "Authorization: Bearer $KEY" "$BASE/api/v1/auth/me" >/dev/null
curl -fs -H "Cookie: vigil_access=$ACCESS" "$BASE/api/v1/auth/me" >/dev/null

run() { # name, then wrk args
  local name=$1; shift
  local out rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$name: non-2xx responses" >&2; echo "$out" >&2; exit 1; fi
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  printf '%-22s %10s req/s   p99 %s\n' "$name" "$rps" "$p99" >&2
  echo "$rps"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $BASE" >&2
LIVE=$(run "/healthz/live" "$BASE/healthz/live")
KEYRPS=$(run "/auth/me (API key)" -H "Authorization: Bearer $KEY" "$BASE/api/v1/auth/me")
COOKIE=$(run "/auth/me (cookie)" -H "Cookie: vigil_access=$ACCESS" "$BASE/api/v1/auth/me")

awk -v live="$LIVE" -v key="$KEYRPS" -v cookie="$COOKIE" 'BEGIN {
  kr = key / live * 100; cr = cookie / live * 100
  printf "API key: %.0f%% of /healthz/live, cookie: %.0f%% (target >= 50%%)\n", kr, cr
  exit (kr >= 50 && cr >= 50) ? 0 : 1
}'
