#!/usr/bin/env bash
# Blue/green switch for the docker compose deployment.
#   deploy/switch.sh blue|green|both
# Points nginx at one replica (or both) and reloads it without dropping
# connections. Upgrade one colour while the other serves:
#   deploy/switch.sh green && docker compose up -d --build app-blue \
#   && deploy/switch.sh blue && docker compose up -d --build app-green && deploy/switch.sh both
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-}
conf=nginx/upstreams/active.conf
case "$target" in
  blue|green)
    printf '# Written by deploy/switch.sh: only %s takes traffic.\nserver app-%s:8080 max_fails=2 fail_timeout=5s;\n' "$target" "$target" > "$conf.tmp" ;;
  both)
    printf '# Written by deploy/switch.sh: both replicas take traffic.\nserver app-blue:8080 max_fails=2 fail_timeout=5s;\nserver app-green:8080 max_fails=2 fail_timeout=5s;\n' > "$conf.tmp" ;;
  *) echo "usage: $0 blue|green|both" >&2; exit 2 ;;
esac
if [ "$target" != both ]; then
  docker compose exec -T "app-$target" vigil healthcheck \
    || { rm -f "$conf.tmp"; echo "app-$target is not healthy; not switching" >&2; exit 1; }
fi
mv "$conf.tmp" "$conf"
docker compose exec -T nginx nginx -t
docker compose exec -T nginx nginx -s reload
echo "traffic now goes to: $target"
