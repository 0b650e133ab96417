#!/usr/bin/env bash
# Memory under parallel uploads: starts the built binary, signs up a user,
# sends UPLOADERS (12) uploads at once through POST /api/v1/analyses with an
# API key, half a zip and half a tar.gz of a realistic source tree, and
# samples the server's resident memory from /proc/PID/status. Prints the
# resident size before the uploads, the peak (VmHWM, the kernel's high-water
# mark) and every upload's HTTP status and time.
#
# The archive is this repository at REF (git archive: real Go, TypeScript,
# SQL, Markdown) plus ASSET_MB of incompressible "assets" (images, fonts and
# other binaries that real repositories carry), so it is a few MB compressed
# and does not shrink to nothing as synthetic code does. The same REF gives
# the same archive before and after a change.
#
# ROLE=web (the default) runs HTTP only, so the peak is the intake's and not
# the scanner's; ROLE=all also runs the job workers.
#
#   bench/uploads.sh                                   # builds bin/vigil
#   VIGIL_BIN=/tmp/vigil REF=main bench/uploads.sh
#   UPLOADERS=12 ASSET_MB=3 ROLE=all DIALECT=postgres bench/uploads.sh
#   VIGIL_ANALYSIS_MAX_CONCURRENT_INTAKES=2 bench/uploads.sh   # any VIGIL_* is passed on
set -euo pipefail
cd "$(dirname "$0")/.."

UPLOADERS=${UPLOADERS:-12}
ASSET_MB=${ASSET_MB:-3}
REF=${REF:-HEAD}
ROLE=${ROLE:-web}
DIALECT=${DIALECT:-sqlite}
source bench/lib.sh
build_vigil
sampler=""
trap '[[ -n $sampler ]] && kill "$sampler" 2>/dev/null; bench_cleanup' EXIT

# The source tree and its two archives.
mkdir -p "$work/src"
git archive "$REF" | tar -x -C "$work/src"
python3 - "$work" "$ASSET_MB" <<'EOF'
import os, random, sys, tarfile, zipfile
work, mb = sys.argv[1], int(sys.argv[2])
src = os.path.join(work, "src")
rnd = random.Random(42)
os.makedirs(os.path.join(src, "assets"), exist_ok=True)
for i in range(mb * 4):  # 256 KiB each
    with open(os.path.join(src, "assets", "img-%03d.png" % i), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + rnd.randbytes(256 * 1024 - 8))
paths = []
for d, dirs, files in os.walk(src):
    dirs.sort()
    for n in sorted(files):
        p = os.path.join(d, n)
        if os.path.isfile(p) and not os.path.islink(p):
            paths.append(p)
with zipfile.ZipFile(os.path.join(work, "source.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for p in paths:
        z.write(p, os.path.relpath(p, src))
with tarfile.open(os.path.join(work, "source.tar.gz"), "w:gz") as t:
    for p in paths:
        t.add(p, os.path.relpath(p, src), recursive=False)
EOF
zip_size=$(stat -c %s "$work/source.zip")
tgz_size=$(stat -c %s "$work/source.tar.gz")

kib() { awk -v k="$1" '/^'"$1"':/ {print $2}' "/proc/$pid/status"; }

# Started in the scratch directory, so no configs/vigil.yaml is read: both
# sides of a before/after comparison run on their own defaults.
VIGIL_CWD=$work start_vigil "$DIALECT" "$(free_port)" --role "$ROLE"
key=$(api_key analyze)

# One warm-up upload, so the peak compares uploads and not first-use
# allocations (template caches, connection pools).
curl -fsS -o /dev/null -H "Authorization: Bearer $key" -F tier=static \
  -F "files=@$work/source.zip;type=application/zip" "$base/api/v1/analyses"
sleep 1
rss_before=$(kib VmRSS)
hwm_before=$(kib VmHWM)

# Sample VmRSS every 20 ms (VmHWM keeps the true peak between samples).
( while kill -0 "$pid" 2>/dev/null; do
    awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true
    sleep 0.02
  done ) >"$work/rss.samples" &
sampler=$!

start=$(date +%s%3N)
uploads=()
for i in $(seq 1 "$UPLOADERS"); do
  if (( i % 2 )); then f="source.zip;type=application/zip"; else f="source.tar.gz;type=application/gzip"; fi
  curl -sS -o "$work/out.$i" -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $key" -F tier=static \
    -F "files=@$work/$f" "$base/api/v1/analyses" >"$work/status.$i" 2>&1 &
  uploads+=($!)
done
wait "${uploads[@]}" || true
elapsed=$(( $(date +%s%3N) - start ))
sleep 0.5
hwm_after=$(kib VmHWM)
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=""
sampled_peak=$(sort -n "$work/rss.samples" | tail -1)

echo "== $UPLOADERS parallel uploads (role $ROLE, $DIALECT, REF $REF): zip $((zip_size / 1024)) KiB, tar.gz $((tgz_size / 1024)) KiB, $(find "$work/src" -type f | wc -l) files"
ok=0
for i in $(seq 1 "$UPLOADERS"); do
  read -r code secs <"$work/status.$i" || true
  [[ $code == 201 ]] && ok=$((ok + 1))
  detail=""
  [[ $code != 201 ]] && detail=" $(head -c 300 "$work/out.$i")"
  printf '   upload %2d: HTTP %s in %s s%s\n' "$i" "$code" "$secs" "$detail"
done
echo "   accepted: $ok/$UPLOADERS in $((elapsed)) ms"
echo "   RSS before: $((rss_before / 1024)) MiB (peak so far $((hwm_before / 1024)) MiB after start-up and one warm-up upload)"
echo "   peak RSS (VmHWM): $((hwm_after / 1024)) MiB; highest 20 ms sample $((${sampled_peak:-0} / 1024)) MiB"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[[ $ok == "$UPLOADERS" ]]
