#!/usr/bin/env bash
# HTTP stack overhead: wrk on loopback against /healthz/live of the built
# Vigil binary (full middleware stack, access log written to a file) and of
# a bare echo handler, in the same run. Targets: Vigil keeps >= 70% of the
# bare handler's requests/s and its p99 stays under 20 ms at 64 connections.
#
# The two targets are measured in alternating rounds and each side reports
# its median round, so a burst of other load on the machine does not land
# on one side only.
#
#   bench/http.sh            # 3 rounds of 10 s per target
#   ROUNDS=5 DURATION=30s CONNS=64 THREADS=2 bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
VIGIL_BIN=${VIGIL_BIN:-bin/vigil}

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
[[ -x $VIGIL_BIN ]] || { echo "$VIGIL_BIN missing: run 'make build' first" >&2; exit 1; }

source bench/lib.sh

go build -o "$work/bareecho" ./bench/bareecho
bare_port=$(free_port)
background "$work/bareecho" -addr "127.0.0.1:$bare_port" >/dev/null 2>&1

vigil_port=$(free_port)
VIGIL_DATA_DIR="$work/data" VIGIL_HTTP_ADDR="127.0.0.1:$vigil_port" \
  background "$VIGIL_BIN" serve >"$work/vigil.log" 2>&1

wait_up "http://127.0.0.1:$bare_port/healthz/live"
wait_up "http://127.0.0.1:$vigil_port/healthz/live"

# run NAME URL -> prints "rps p99_ms"
run() {
  local out
  # short warm-up so both servers start from a hot state
  wrk -t"$THREADS" -c"$CONNS" -d2s "$2" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$2")
  echo "$out" >>"$work/$1.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local errors
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  [[ -z $errors ]] || { echo "$1: $errors non-2xx responses" >&2; exit 1; }
  echo "$rps $(to_ms "$p99")"
}

to_ms() {
  local v=$1
  case $v in
    *us) awk -v x="${v%us}" 'BEGIN{printf "%.3f", x/1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN{printf "%.3f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN{printf "%.3f", x*1000}' ;;
    *) echo "$v" ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
bare_r=() bare_p=() vigil_r=() vigil_p=()
for round in $(seq 1 "$ROUNDS"); do
  read -r r p < <(run bare "http://127.0.0.1:$bare_port/healthz/live")
  bare_r+=("$r") bare_p+=("$p")
  read -r r p < <(run vigil "http://127.0.0.1:$vigil_port/healthz/live")
  vigil_r+=("$r") vigil_p+=("$p")
  echo "round $round: bare ${bare_r[-1]} req/s p99 ${bare_p[-1]} ms | vigil ${vigil_r[-1]} req/s p99 ${vigil_p[-1]} ms"
done
bare_rps=$(printf '%s\n' "${bare_r[@]}" | median)
bare_p99=$(printf '%s\n' "${bare_p[@]}" | median)
vigil_rps=$(printf '%s\n' "${vigil_r[@]}" | median)
vigil_p99=$(printf '%s\n' "${vigil_p[@]}" | median)

ratio=$(awk -v a="$vigil_rps" -v b="$bare_rps" 'BEGIN{printf "%.1f", 100*a/b}')
lines=$(wc -l <"$work/vigil.log")

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wrk shares them)"
printf '%-28s %12s %10s\n' "median of $ROUNDS (c=$CONNS, $DURATION)" "req/s" "p99 ms"
printf '%-28s %12s %10s\n' "bare echo /healthz/live" "$bare_rps" "$bare_p99"
printf '%-28s %12s %10s\n' "vigil /healthz/live" "$vigil_rps" "$vigil_p99"
echo "ratio vigil/bare: ${ratio}% (target >= 70%); vigil p99 ${vigil_p99} ms (target < 20 ms); vigil wrote $lines log lines"

ok=1
awk -v r="$ratio" 'BEGIN{exit !(r >= 70)}' || { echo "FAIL: ratio below 70%"; ok=0; }
awk -v p="$vigil_p99" 'BEGIN{exit !(p < 20)}' || { echo "FAIL: p99 not under 20 ms"; ok=0; }
[[ $ok == 1 ]] && echo "PASS"
[[ $ok == 1 ]]
