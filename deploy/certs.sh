#!/bin/sh
# TLS certificate for nginx. Uses DIR/fullchain.pem + DIR/privkey.pem when
# both exist (your own certificate, or one an ACME client keeps there);
# otherwise generates a self-signed pair for VIGIL_TLS_HOSTNAME and prints a
# warning, so `docker compose up` serves HTTPS from the first start.
#   deploy/certs.sh [DIR]        (DIR defaults to ./certs)
set -eu
dir=${1:-certs}
host=${VIGIL_TLS_HOSTNAME:-localhost}
cert=$dir/fullchain.pem
key=$dir/privkey.pem
if [ -s "$cert" ] && [ -s "$key" ]; then
  echo "certs: using $cert"
  exit 0
fi
command -v openssl >/dev/null 2>&1 || { echo "certs: openssl is needed to generate a certificate" >&2; exit 1; }
mkdir -p "$dir"
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 \
  -subj "/CN=$host" -addext "subjectAltName=DNS:$host,DNS:localhost,IP:127.0.0.1" \
  -keyout "$key.tmp" -out "$cert.tmp" 2>/dev/null
chmod 0644 "$cert.tmp"
mv "$key.tmp" "$key"
mv "$cert.tmp" "$cert"
cat >&2 <<MSG
********************************************************************
WARNING: no certificate in $dir; generated a SELF-SIGNED one for $host.
Browsers will warn until you put a real certificate there
(fullchain.pem + privkey.pem) or use an ACME client; see README "TLS".
********************************************************************
MSG
