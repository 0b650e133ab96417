#!/usr/bin/env bash
# detection.sh — measure the scanner's detection on labelled code: precision,
# recall and F1 per language and per CWE, at file and line level.
#
#   bench/detection.sh [--json] [--misses]
#
# Scores five corpora:
#   blind  testdata/blind          written without reading the rules (LABEL: CWE-n markers)
#   blind2 testdata/blind2         a fresh held-out corpus, written the same way (same markers)
#   blind3 testdata/blind3         a third one, written the same way (same markers)
#   blind4 testdata/blind4         a fourth one, written the same way (same markers)
#   old    testdata/scanner/corpus the older labelled corpus (same markers)
#   rules  testdata/scanner/VGL-*  per-rule positive_*/negative_* files (file level, rule ID)
# A missing corpus is skipped with a note. VIGIL_BIN uses an existing binary
# instead of building one. The scoring itself is bench/detection (go run).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/detection.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

BIN="${VIGIL_BIN:-}"
if [ -z "$BIN" ]; then
  echo "building vigil ..." >&2
  (cd "$ROOT" && go build -o "$WORK/vigil" .)
  BIN="$WORK/vigil"
fi

# scan DIR OUT.json: the scanner exits 1 when it finds something; only 2 is an error.
scan() {
  local rc=0
  "$BIN" scan "$1" --format json --fail-on none --output "$2" 2>"$WORK/scan.err" || rc=$?
  if [ "$rc" -ge 2 ] || [ ! -s "$2" ]; then
    echo "vigil scan $1 failed (exit $rc): $(cat "$WORK/scan.err")" >&2
    exit 2
  fi
}

args=()
for c in blind blind2 blind3 blind4; do
  if [ -d "$ROOT/testdata/$c" ]; then
    scan "$ROOT/testdata/$c" "$WORK/$c.json"
    args+=(-labels "$c:$ROOT/testdata/$c:$WORK/$c.json")
  else
    echo "note: testdata/$c is missing, skipped" >&2
  fi
done
if [ -d "$ROOT/testdata/scanner/corpus" ]; then
  scan "$ROOT/testdata/scanner/corpus" "$WORK/old.json"
  args+=(-labels "old:$ROOT/testdata/scanner/corpus:$WORK/old.json")
fi
if compgen -G "$ROOT/testdata/scanner/VGL-*" >/dev/null; then
  # Only the rule folders are scanned, copied to a scratch folder, so the
  # corpus beside them does not slow the scan down.
  mkdir -p "$WORK/rules"
  for d in "$ROOT"/testdata/scanner/VGL-*; do cp -r "$d" "$WORK/rules/"; done
  scan "$WORK/rules" "$WORK/rules.json"
  "$BIN" rules list --format json >"$WORK/rules-list.json"
  args+=(-rules "rules:$WORK/rules:$WORK/rules.json" -rules-list "$WORK/rules-list.json")
fi

cd "$ROOT"
go run ./bench/detection "${args[@]}" "$@"
