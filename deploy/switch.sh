#!/usr/bin/env bash
# Blue/green traffic and upgrades for the docker compose deployment.
#
#   deploy/switch.sh blue|green|both   point nginx at one colour (it must be
#                                      ready) or at both, and reload nginx
#   deploy/switch.sh upgrade           upgrade the idle colour to $VIGIL_IMAGE,
#                                      wait until it is ready, move all traffic
#                                      to it, then drain and stop the old one
#   deploy/switch.sh rollback          start the previous colour again as it
#                                      was, wait until it is ready, move traffic
#                                      back, then drain and stop the newer one
#   deploy/switch.sh status            which colours take traffic
#
# A typical upgrade: `VIGIL_IMAGE=vigil:1.4 deploy/switch.sh upgrade`, check
# it, then `VIGIL_IMAGE=vigil:1.4 docker compose up -d` to bring the other
# colour to the same release and `deploy/switch.sh both` (or `rollback`).
#
# nginx reloads gracefully: old workers finish their requests. A stopped
# replica gets SIGTERM, answers /healthz/ready with 503 and drains in-flight
# requests (stop_grace_period in docker-compose.yml bounds it).
#
# The actions that touch containers are shell functions (colour_up,
# colour_resume, colour_stop, colour_ready, nginx_reload); a file named in
# VIGIL_SWITCH_HOOKS is sourced after the defaults and may replace them, which
# is how tests/deploy drives the same script against native processes.
# VIGIL_SWITCH_UPSTREAMS (default nginx/upstreams/active.conf) and
# VIGIL_SWITCH_ADDR_BLUE / VIGIL_SWITCH_ADDR_GREEN (app-blue:8080,
# app-green:8080) say what to write; VIGIL_SWITCH_READY_TIMEOUT (seconds,
# default 120) bounds the wait for readiness; VIGIL_SWITCH_SETTLE (seconds,
# default 2) is how long a reload is given before a colour is stopped:
# `nginx -s reload` returns before the new workers take over, and until then
# the old ones still send requests to the old upstreams.
set -euo pipefail
cd "$(dirname "$0")/.."

conf=${VIGIL_SWITCH_UPSTREAMS:-nginx/upstreams/active.conf}
addr_blue=${VIGIL_SWITCH_ADDR_BLUE:-app-blue:8080}
addr_green=${VIGIL_SWITCH_ADDR_GREEN:-app-green:8080}
ready_timeout=${VIGIL_SWITCH_READY_TIMEOUT:-120}
settle=${VIGIL_SWITCH_SETTLE:-2}

colour_up() { docker compose up -d --no-deps --force-recreate "app-$1"; }
colour_resume() { docker compose start "app-$1"; }
colour_stop() { docker compose stop "app-$1"; }
colour_ready() { docker compose exec -T "app-$1" vigil healthcheck >/dev/null 2>&1; }
nginx_reload() { docker compose exec -T nginx nginx -t && docker compose exec -T nginx nginx -s reload; }
if [ -n "${VIGIL_SWITCH_HOOKS:-}" ]; then
  # shellcheck disable=SC1090
  . "$VIGIL_SWITCH_HOOKS"
fi

log() { printf 'switch: %s\n' "$*" >&2; }
other() { if [ "$1" = blue ]; then echo green; else echo blue; fi; }
addr() { if [ "$1" = blue ]; then echo "$addr_blue"; else echo "$addr_green"; fi; }

# live prints blue, green or both from the marker line of the upstreams file.
live() {
  local l
  l=$(sed -n 's/^# live: *//p' "$conf" 2>/dev/null | head -n1)
  case "$l" in blue|green) echo "$l" ;; *) echo both ;; esac
}

# previous prints the colour that served before the last upgrade or rollback.
previous() { sed -n 's/^# previous: *//p' "$conf" 2>/dev/null | head -n1; }

wait_ready() {
  local c=$1 deadline=$((SECONDS + ready_timeout))
  until colour_ready "$c"; do
    if [ $SECONDS -ge $deadline ]; then
      log "app-$c is not ready after ${ready_timeout}s"
      return 1
    fi
    sleep 0.5
  done
}

# point TARGET [PREVIOUS] writes the upstreams and reloads nginx; the old
# file comes back when nginx refuses the new one.
point() {
  local target=$1 prev=${2:-}
  {
    echo "# Written by deploy/switch.sh."
    echo "# live: $target"
    [ -n "$prev" ] && echo "# previous: $prev"
    if [ "$target" = both ]; then
      echo "server $addr_blue max_fails=2 fail_timeout=5s;"
      echo "server $addr_green max_fails=2 fail_timeout=5s;"
    else
      echo "server $(addr "$target") max_fails=2 fail_timeout=5s;"
    fi
  } >"$conf.tmp"
  [ -f "$conf" ] && cp "$conf" "$conf.bak"
  mv "$conf.tmp" "$conf"
  if ! nginx_reload; then
    [ -f "$conf.bak" ] && mv "$conf.bak" "$conf"
    log "nginx refused the new upstreams; kept the old ones"
    return 1
  fi
  rm -f "$conf.bak"
  sleep "$settle"
  log "traffic now goes to: $target"
}

cmd=${1:-}
case "$cmd" in
  blue|green)
    colour_ready "$cmd" || { log "app-$cmd is not ready; not switching"; exit 1; }
    point "$cmd" ;;
  both)
    point both ;;
  status)
    echo "live: $(live)"
    p=$(previous)
    [ -n "$p" ] && echo "previous: $p"
    true ;;
  upgrade)
    cur=$(live)
    if [ "$cur" = both ]; then
      # Both serve: keep blue, take green out of rotation first.
      cur=blue
      point blue
    fi
    idle=$(other "$cur")
    start=$SECONDS
    log "upgrading app-$idle (live: app-$cur)"
    colour_up "$idle"
    wait_ready "$idle" || { log "upgrade aborted; traffic stays on app-$cur"; exit 1; }
    point "$idle" "$cur"
    log "draining app-$cur"
    colour_stop "$cur"
    log "upgrade done in $((SECONDS - start))s: app-$idle serves, app-$cur stopped (rollback: $0 rollback)"
    ;;
  rollback)
    cur=$(live)
    prev=$(previous)
    [ "$cur" != both ] && [ -n "$prev" ] && [ "$prev" != "$cur" ] \
      || { log "nothing to roll back to (live: $cur, previous: ${prev:-none})"; exit 1; }
    log "rolling back to app-$prev"
    colour_resume "$prev"
    wait_ready "$prev" || { log "app-$prev is not ready; traffic stays on app-$cur"; exit 1; }
    point "$prev" "$cur"
    log "draining app-$cur"
    colour_stop "$cur"
    log "rolled back: app-$prev serves"
    ;;
  *)
    echo "usage: $0 blue|green|both|upgrade|rollback|status" >&2
    exit 2 ;;
esac
