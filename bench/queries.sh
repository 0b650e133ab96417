#!/usr/bin/env bash
# Database work per request on PostgreSQL (issue 17, "Speed"): for the
# report and dashboard endpoints, with an API key and a warm cache, how
# many transactions (each query outside a transaction is one) and rows the
# server asks of PostgreSQL per request, from pg_stat_database around a
# short wrk run at low concurrency, beside the same count with no traffic.
# GET /analyses/{id} (one query a request) is the reference that the
# count sees queries. The target endpoints should make none: the script
# fails when one makes 0.05 or more per request.
#
#   bench/queries.sh                        # builds bin/vigil
#   PORT_BASE=18120 VIGIL_BIN=/path/vigil bench/queries.sh
#   LINES=20000 DURATION=4s bench/queries.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
LINES=${LINES:-20000}
DURATION=${DURATION:-4s}
source bench/lib.sh
build_vigil

go run ./bench/analysiszip -lines "$LINES" -o "$work/source.zip" >/dev/null
start_vigil postgres "$(free_port 0)"
auth="Authorization: Bearer $(api_key analyze)"
id=$(curl -fsS -H "$auth" -F tier=static -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses" | json_field id)
wait_completed "$id" "$auth" 0.2

# stat: transactions, rows returned, rows fetched of the server's database.
stat() { psql "$PG_URL" -tAc "select xact_commit + xact_rollback, tup_returned, tup_fetched from pg_stat_database where datname = '$pgdb'"; }
# per NAME N BEFORE AFTER: prints the deltas divided by N.
per() {
  python3 - "$@" <<'PY'
import sys
name, n, a, b = sys.argv[1], int(sys.argv[2]), sys.argv[3].split('|'), sys.argv[4].split('|')
d = [int(y) - int(x) for x, y in zip(a, b)]
print(f"| {name} | {n} | {d[0] / n:.3f} | {d[1] / n:.1f} | {d[2] / n:.1f} |")
PY
}

a=$(stat); sleep 5; b=$(stat)
echo "idle 5 s (background jobs, listeners): $(python3 -c "import sys; a,b=sys.argv[1].split('|'),sys.argv[2].split('|'); print(int(b[0])-int(a[0]))" "$a" "$b") transactions"
ph='{id}'
fail=0
echo "| endpoint (API key, warm) | requests | transactions/request | rows returned/request | rows fetched/request |"
echo "|---|---|---|---|---|"
for path in "auth/me" "analyses/$id/findings?limit=50" "analyses/$id/findings?limit=50&triage=open&file_kind=production" \
  "analyses/$id/summary?file_kind=production" "dashboard" "analyses/$id"; do
  url="$base/api/v1/$path"
  curl -fsS -o /dev/null -H "$auth" "$url" # warm the caches
  sleep 0.5
  a=$(stat)
  out=$(wrk -t1 -c4 -d"$DURATION" -H "$auth" "$url")
  sleep 0.5
  b=$(stat)
  if grep -q 'Non-2xx' <<<"$out"; then echo "$url: non-2xx responses" >&2; exit 1; fi
  row=$(per "GET /${path//$id/$ph}" "$(awk '/requests in/ {print $1}' <<<"$out")" "$a" "$b")
  echo "$row"
  # the endpoints of the target: no query per request (background work
  # over the run stays far below 0.05 per request)
  if [[ $path != "analyses/$id" ]] && awk -F'|' '{exit !($4 + 0 >= 0.05)}' <<<"$row"; then fail=1; fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
exit $fail
