#!/usr/bin/env bash
# scan-peers.sh — scan the same code with Vigil, Bandit and gosec and print,
# side by side, the findings per CWE and the lines of code per second.
#
#   bench/scan-peers.sh [CORPUS_DIR]
#
# CORPUS_DIR defaults to testdata/scanner/corpus (labelled programs in several
# languages). Speed is measured on a generated tree (vigil-gentree) of
# GEN_LINES lines (default 300000): Vigil vs Bandit on its Python part and
# Vigil vs gosec on its Go part. MILLION=1 also scans a 1,000,000-line mixed
# tree under /usr/bin/time -v and prints wall time and peak memory.
# Each tool's speed is printed from wall time and, because the machine may
# be shared, its CPU time (user+sys, children included) is printed too.
#
# Needs: go, python3, /usr/bin/time, bandit (apt-get install bandit), gosec
# (go install github.com/securego/gosec/v2/cmd/gosec@latest). Tools that are
# missing are reported as such, never silently skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${1:-$ROOT/testdata/scanner/corpus}"
GEN_LINES="${GEN_LINES:-300000}"
WORK="$(mktemp -d /tmp/scan-peers.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
GOSEC="${GOSEC:-$(command -v gosec || echo "$(go env GOPATH)/bin/gosec")}"

echo "building vigil-scan and vigil-gentree ..."
(cd "$ROOT" && go build -o "$WORK/vigil" ./modules/analysis/scanner/cmd/vigil-scan && go build -o "$WORK/gentree" ./modules/analysis/scanner/cmd/vigil-gentree)

now() { date +%s.%N; }

# count_lines DIR EXT... : total lines of files with these extensions
count_lines() {
  local dir="$1"; shift
  local args=()
  for e in "$@"; do args+=(-o -name "*.$e"); done
  find "$dir" -type f \( -false "${args[@]}" \) -not -path '*/node_modules/*' -print0 | xargs -0 cat 2>/dev/null | wc -l
}

# timed CMD... : run CMD (its exit status ignored), print "WALL CPU" seconds
timed() {
  /usr/bin/time -o "$WORK/time.out" -f "%e %U %S" "$@" >/dev/null 2>>"$WORK/tool.err" || true
  tail -1 "$WORK/time.out" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}

run_vigil() { # DIR OUT.json -> "wall cpu" seconds
  : > "$WORK/tool.err"
  local t
  t=$(timed "$WORK/vigil" scan "$1" --format json --output "$2" --fail-on none)
  [ -s "$2" ] || { echo "vigil failed: $(cat "$WORK/tool.err")" >&2; return 1; }
  echo "$t"
}

run_bandit() { # DIR OUT.json -> "wall cpu" seconds (bandit exits 1 when issues are found)
  timed bandit -r "$1" -f json -o "$2" -q
}

run_gosec() { # DIR OUT.json -> "wall cpu" seconds (copies DIR into a module so gosec can load packages)
  local mod="$WORK/gosec-mod-$RANDOM" out="$2"
  mkdir -p "$mod" && cp -r "$1"/. "$mod"/
  [ -f "$mod/go.mod" ] || printf 'module peerscan\n\ngo 1.22\n' > "$mod/go.mod"
  (cd "$mod" && export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod && timed "$GOSEC" -quiet -fmt json -out "$out" ./...)
}

# row TOOL PART LINES "WALL CPU" [NOTE]
row() {
  python3 -c "
import sys
tool, part, lines, (wall, cpu), note = sys.argv[1], sys.argv[2], int(sys.argv[3]), map(float, sys.argv[4].split()), sys.argv[5]
print('%-8s %-8s %10d %9.2f %12.0f %9.2f %12.0f%s' % (tool, part, lines, wall, lines/wall, cpu, lines/cpu, note))" "$1" "$2" "$3" "$4" "${5:-}"
}

HAVE_BANDIT=1; command -v bandit >/dev/null || { HAVE_BANDIT=0; echo "NOTE: bandit not installed (apt-get install bandit): its column stays empty"; }
HAVE_GOSEC=1; [ -x "$GOSEC" ] || { HAVE_GOSEC=0; echo "NOTE: gosec not installed: its column stays empty"; }

echo "== findings per CWE on $CORPUS"
run_vigil "$CORPUS" "$WORK/vigil-corpus.json" >/dev/null
[ $HAVE_BANDIT = 1 ] && run_bandit "$CORPUS" "$WORK/bandit-corpus.json" >/dev/null
if [ $HAVE_GOSEC = 1 ] && [ -n "$(find "$CORPUS" -name '*.go' | head -1)" ]; then
  run_gosec "$CORPUS" "$WORK/gosec-corpus.json" >/dev/null
fi

python3 - "$WORK" "$CORPUS" <<'PY'
import json, os, re, sys
from collections import Counter
work, corpus = sys.argv[1], sys.argv[2]
# Bandit 1.6 has no CWE field: map its test ids (our own table, from Bandit's docs).
BANDIT_CWE = {
 "B102":"CWE-78","B103":"CWE-732","B104":"CWE-605","B105":"CWE-259","B106":"CWE-259","B107":"CWE-259",
 "B108":"CWE-377","B110":"CWE-703","B112":"CWE-703","B113":"CWE-400","B201":"CWE-94","B301":"CWE-502",
 "B302":"CWE-502","B303":"CWE-328","B304":"CWE-327","B305":"CWE-327","B306":"CWE-377","B307":"CWE-95",
 "B308":"CWE-79","B310":"CWE-22","B311":"CWE-338","B312":"CWE-319","B313":"CWE-776","B314":"CWE-776",
 "B315":"CWE-776","B316":"CWE-776","B317":"CWE-776","B318":"CWE-776","B319":"CWE-776","B320":"CWE-776",
 "B321":"CWE-319","B322":"CWE-78","B323":"CWE-295","B324":"CWE-328","B401":"CWE-319","B402":"CWE-319",
 "B403":"CWE-502","B404":"CWE-78","B405":"CWE-776","B406":"CWE-776","B407":"CWE-776","B408":"CWE-776",
 "B409":"CWE-776","B410":"CWE-776","B411":"CWE-776","B412":"CWE-776","B413":"CWE-327","B501":"CWE-295",
 "B502":"CWE-327","B503":"CWE-327","B504":"CWE-327","B505":"CWE-326","B506":"CWE-502","B507":"CWE-295",
 "B601":"CWE-78","B602":"CWE-78","B603":"CWE-78","B604":"CWE-78","B605":"CWE-78","B606":"CWE-78",
 "B607":"CWE-78","B608":"CWE-89","B609":"CWE-78","B610":"CWE-89","B611":"CWE-89","B701":"CWE-79",
 "B702":"CWE-79","B703":"CWE-79",
}
def load(name):
    p = os.path.join(work, name)
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return None
    with open(p) as fh:
        return json.load(fh)
cols = {}
v = load("vigil-corpus.json")
cols["vigil"] = Counter((f["cwe"] or ["?"])[0] for f in v["findings"] if not f.get("suppression")) if v else None
b = load("bandit-corpus.json")
if b is not None:
    c = Counter()
    for r in b.get("results", []):
        cwe = (r.get("issue_cwe") or {}).get("id")
        c[f"CWE-{cwe}" if cwe else BANDIT_CWE.get(r["test_id"], "?")] += 1
    cols["bandit"] = c
else:
    cols["bandit"] = None
g = load("gosec-corpus.json")
if g is not None:
    cols["gosec"] = Counter(f"CWE-{i.get('cwe', {}).get('id', '?')}" for i in g.get("Issues") or [])
else:
    cols["gosec"] = None
# labelled lines, for reference
labels = Counter()
for dp, _, fs in os.walk(corpus):
    for fn in fs:
        with open(os.path.join(dp, fn), errors="replace") as fh:
            for line in fh:
                m = re.search(r"LABEL:\s*(CWE-\d+)", line)
                if m:
                    labels[m.group(1)] += 1
keys = sorted(set(labels) | set().union(*[set(c) for c in cols.values() if c]), key=lambda k: int(k[4:]) if k[4:].isdigit() else 99999)
print(f"{'CWE':<10} {'labelled':>8} {'vigil':>6} {'bandit':>7} {'gosec':>6}")
for k in keys:
    row = [str(labels.get(k, 0))] + [("-" if c is None else str(c.get(k, 0))) for c in (cols["vigil"], cols["bandit"], cols["gosec"])]
    print(f"{k:<10} {row[0]:>8} {row[1]:>6} {row[2]:>7} {row[3]:>6}")
tot = lambda c: "-" if c is None else str(sum(c.values()))
print(f"{'total':<10} {sum(labels.values()):>8} {tot(cols['vigil']):>6} {tot(cols['bandit']):>7} {tot(cols['gosec']):>6}")
print("(bandit covers Python only, gosec Go only; Vigil's precision/recall per CWE: go test ./modules/analysis/scanner -run TestCorpus -v)")
PY

echo
echo "== speed on a generated tree ($GEN_LINES lines, all languages)"
"$WORK/gentree" -out "$WORK/tree" -lines "$GEN_LINES" >/dev/null
PYL=$(count_lines "$WORK/tree/py" py)
GOL=$(count_lines "$WORK/tree/go" go)
printf "%-8s %-8s %10s %9s %12s %9s %12s\n" tool part lines wall-s "lines/s" cpu-s "lines/cpu-s"
vs=$(run_vigil "$WORK/tree/py" "$WORK/v-py.json"); row vigil python "$PYL" "$vs"
if [ $HAVE_BANDIT = 1 ]; then bs=$(run_bandit "$WORK/tree/py" "$WORK/b-py.json"); row bandit python "$PYL" "$bs"; fi
vg=$(run_vigil "$WORK/tree/go" "$WORK/v-go.json")
note=$(python3 -c "
import json; s=json.load(open('$WORK/v-go.json'))['stats']
print('' if s['files_scanned'] else '  (no Go rules loaded: files not parsed)')")
row vigil go "$GOL" "$vg" "$note"
if [ $HAVE_GOSEC = 1 ]; then gs=$(run_gosec "$WORK/tree/go" "$WORK/g-go.json"); row gosec go "$GOL" "$gs"; fi
ALL=$(count_lines "$WORK/tree" py js ts tsx go java php rb)
va=$(run_vigil "$WORK/tree" "$WORK/v-all.json"); row vigil all "$ALL" "$va"

if [ "${MILLION:-0}" = 1 ]; then
  echo
  echo "== 1,000,000-line mixed tree (target: < 60 s, < 1 GiB peak RSS)"
  "$WORK/gentree" -out "$WORK/million" -lines 1000000
  /usr/bin/time -v "$WORK/vigil" scan "$WORK/million" --format json --output "$WORK/million.json" --fail-on none 2> "$WORK/time.txt" >/dev/null || true
  grep -E "Elapsed \(wall|Maximum resident|Percent of CPU|User time|System time" "$WORK/time.txt"
  python3 -c "
import json; s=json.load(open('$WORK/million.json'))['stats']
print('files scanned', s['files_scanned'], 'lines parsed', s['lines'], 'per language', {k: v['lines'] for k, v in s['languages'].items()})"
fi
echo
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (shared machine: wall times include contention)"
