# Shared by the bench/*.sh scripts (source it after `cd` to the repository
# root): building the binary, ports, starting and stopping Vigil on SQLite
# or a fresh PostgreSQL database, signing up and making an API key, wrk
# runs and unit conversions. Not a script of its own.
#
# Variables it reads: VIGIL_BIN (a built binary; else bin/vigil is built),
# PORT_BASE (use PORT_BASE+offset instead of any free port, for a shared
# machine's assigned range), PG_URL, THREADS, CONNS, DURATION.
# Variables it sets: BIN, work (a scratch directory removed on exit), and
# per start_vigil: base, pid, pgdb.

PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
BIN=${VIGIL_BIN:-bin/vigil}
work=$(mktemp -d)
pid=""
pgdb=""
bench_pids=()

# build_vigil builds bin/vigil unless VIGIL_BIN names a binary.
build_vigil() {
  if [[ -z "${VIGIL_BIN:-}" ]]; then
    mkdir -p "$(dirname "$BIN")"
    go build -o "$BIN" .
  fi
}

# bench_cleanup stops what the script started and removes the scratch
# directory; installed as the EXIT trap.
bench_cleanup() {
  stop_vigil
  local p
  for p in ${bench_pids[@]+"${bench_pids[@]}"}; do
    kill "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap bench_cleanup EXIT

# background CMD...: runs CMD in the background, stopped on exit; its pid is
# in $!.
background() {
  "$@" &
  bench_pids+=($!)
}

# free_port [offset]: PORT_BASE+offset when PORT_BASE is set, else any
# free port.
free_port() {
  if [[ -n ${PORT_BASE:-} ]]; then echo $((PORT_BASE + ${1:-0})); return; fi
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

now_ms() { date +%s%3N; }

# to_ms DURATION: wrk's "850.00us", "1.20ms" or "2.00s" in milliseconds.
to_ms() {
  local v=$1
  case $v in
    *us) awk -v x="${v%us}" 'BEGIN{printf "%.2f", x/1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN{printf "%.2f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN{printf "%.2f", x*1000}' ;;
    *) echo "$v" ;;
  esac
}

# json_field NAME: the field of the JSON object on stdin.
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# wait_up URL: waits up to 30 s for URL to answer 2xx.
wait_up() {
  local _
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  curl -fs -o /dev/null "$1"
}

# wrk_run URL [header...] -> "rps p99_ms" after a 2 s warm-up; fails on
# any non-2xx answer.
wrk_run() {
  local url=$1 out args=() h
  shift
  for h in "$@"; do [[ -n $h ]] && args+=(-H "$h"); done
  wrk -t"$THREADS" -c"$CONNS" -d2s "${args[@]}" "$url" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$url: non-2xx responses" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}

# start_vigil DIALECT PORT [serve flags...]: starts `vigil serve` on
# 127.0.0.1:PORT with a fresh data directory (sqlite) or a fresh database
# (postgres, dropped by stop_vigil), the API budgets off unless
# VIGIL_ENV (an array of NAME=value) says otherwise, and waits until it is
# ready. Sets base and pid. VIGIL_CWD runs it from another directory (a
# scratch one reads no configs/vigil.yaml).
start_vigil() {
  local dialect=$1 port=$2 envs bin
  shift 2
  base="http://127.0.0.1:$port"
  envs=(VIGIL_RATE_LIMIT_API_KEY_RATE=0 VIGIL_RATE_LIMIT_USER_RATE=0 VIGIL_RATE_LIMIT_ANALYSES_RATE=0
    VIGIL_DATA_DIR="$work/data-$dialect" VIGIL_HTTP_ADDR="127.0.0.1:$port" VIGIL_BASE_URL="$base" VIGIL_LOG_LEVEL=error)
  if [[ $dialect == postgres ]]; then
    pgdb="vigil_bench_$$_$RANDOM"
    psql "$PG_URL" -qc "CREATE DATABASE $pgdb" >/dev/null
    envs+=(VIGIL_DATABASE_URL="${PG_URL%/*}/$pgdb?sslmode=disable" VIGIL_SECRET_KEY="$(openssl rand -hex 32)")
  fi
  envs+=(${VIGIL_ENV[@]+"${VIGIL_ENV[@]}"})
  jar=""
  bin=$(realpath "$BIN")
  (cd "${VIGIL_CWD:-.}" && exec env "${envs[@]}" "$bin" serve "$@") >"$work/serve-$dialect.log" 2>&1 &
  pid=$!
  wait_up "$base/healthz/ready" || { echo "vigil ($dialect) did not start:" >&2; cat "$work/serve-$dialect.log" >&2; exit 1; }
}

# stop_vigil stops the server start_vigil started and drops its database.
stop_vigil() {
  if [[ -n $pid ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
  if [[ -n $pgdb ]]; then
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
    pgdb=""
  fi
}

# sign_in: signs up bench@example.com on $base and signs in; the session
# cookies are in $jar (csrf holds the CSRF token).
sign_in() {
  jar="$work/jar-$(date +%s%N)"
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 123"}' "$base/api/v1/auth/register" >/dev/null
  # Sign-up never signs in (it answers the same for taken emails): sign in next.
  curl -fs -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 123"}' "$base/api/v1/auth/login" >/dev/null
  csrf=$(awk '$6=="vigil_csrf"{print $7}' "$jar")
}

# api_key [SCOPE...]: prints a new API key with the scopes (default
# analyze), signing in first (sign_in) unless this server's session is in
# $jar already.
api_key() {
  local scopes key
  scopes=$(printf '"%s",' "${@:-analyze}")
  [[ -n ${jar:-} ]] || sign_in
  key=$(curl -fs -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench\",\"scopes\":[${scopes%,}]}" "$base/api/v1/api-keys" | json_field key)
  [[ $key == vigil_* ]] || { echo "could not create an API key" >&2; exit 1; }
  echo "$key"
}

# wait_completed ID AUTH_HEADER [poll seconds]: waits until the analysis
# has completed; fails when it failed or was canceled.
wait_completed() {
  local id=$1 auth=$2 poll=${3:-0.1} status=queued
  while [[ $status != completed ]]; do
    status=$(curl -fsS -H "$auth" "$base/api/v1/analyses/$id" | json_field status)
    if [[ $status == failed || $status == canceled ]]; then
      echo "analysis $status" >&2
      curl -s -H "$auth" "$base/api/v1/analyses/$id" >&2
      exit 1
    fi
    [[ $status == completed ]] || sleep "$poll"
  done
}
