#!/usr/bin/env bash
# Runs the browser end-to-end journeys against the built binary (bin/vigil,
# built by `make build`). Installs the test runner's one dependency.
# With arguments, runs only those journeys: `tests/e2e/run.sh github`
# (a name under journeys/, with or without .test.js, or a path).
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -x ../../bin/vigil ]]; then
  echo "tests/e2e: ../../bin/vigil missing: run 'make build' first" >&2
  exit 1
fi
if [[ ! -x "${VIGIL_E2E_CHROMIUM:-/usr/bin/chromium}" ]]; then
  echo "tests/e2e: chromium missing: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
targets=()
for j in "$@"; do
  case "$j" in
    */*) targets+=("${j#tests/e2e/}") ;;
    *.test.js) targets+=("journeys/$j") ;;
    *) targets+=("journeys/$j.test.js") ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(journeys/)
exec node --test --test-concurrency=1 --test-timeout=120000 "${targets[@]}"
