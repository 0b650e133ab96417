#!/usr/bin/env bash
# deploy/prepare-local-base.sh: puts the Dockerfile's three base images into
# local buildah storage on a machine that reaches a Debian mirror but no
# container registry (an air-gapped builder, or CI here).
#
#   localhost/debian:bookworm-slim  a debootstrap --variant=minbase root,
#                                   trimmed like the public -slim image
#   localhost/golang:1.26-bookworm  that root + gcc/libc6-dev + this machine's
#                                   Go toolchain (go env GOROOT)
#   localhost/node:20-bookworm-slim that root + this machine's node and npm
#
# The names are the Dockerfile's default ARGs (RUNTIME_IMAGE, GO_IMAGE,
# NODE_IMAGE) under localhost/, so a build uses them with
#
#   buildah bud --pull=false \
#     --build-arg RUNTIME_IMAGE=localhost/debian:bookworm-slim \
#     --build-arg GO_IMAGE=localhost/golang:1.26-bookworm \
#     --build-arg NODE_IMAGE=localhost/node:20-bookworm-slim -t vigil .
#
# Machines that can pull from Docker Hub do not need any of this.
# Needs root, buildah and debootstrap (apt-get install buildah debootstrap).
# An image already in storage is kept; FORCE=1 rebuilds all three.
#
# The two build-stage bases also get this machine's own CAs
# (/usr/local/share/ca-certificates/*.crt), so `go mod download` and `npm ci`
# work behind the same TLS-inspecting proxy as the host; the runtime base
# never does. HOST_CAS=0 leaves them out.
#
# Environment: MIRROR (default: the first Debian URI in /etc/apt/sources*,
# else http://deb.debian.org/debian), SECURITY_MIRROR, WORKDIR (scratch
# space for the debootstrap root, removed afterwards), BUILDAH_ISOLATION
# (default chroot: works inside containers without user namespaces).
set -euo pipefail
cd "$(dirname "$0")/.."

export BUILDAH_ISOLATION="${BUILDAH_ISOLATION:-chroot}"
FORCE="${FORCE:-0}"
WORKDIR="${WORKDIR:-/var/tmp/vigil-base}"

die() { echo "prepare-local-base: $*" >&2; exit 1; }
say() { printf '==> %s\n' "$*"; }

[ "$(id -u)" = 0 ] || die "run as root (debootstrap and buildah mount need it)"
for tool in buildah debootstrap go node; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (apt-get install buildah debootstrap)"
done

# The public names the Dockerfile defaults to; the local images carry the
# same name under localhost/.
default_arg() {
  sed -n "s/^ARG $1=//p" Dockerfile | head -n1
}
RUNTIME_IMAGE="$(default_arg RUNTIME_IMAGE)"
GO_IMAGE="$(default_arg GO_IMAGE)"
NODE_IMAGE="$(default_arg NODE_IMAGE)"
[ -n "$RUNTIME_IMAGE" ] && [ -n "$GO_IMAGE" ] && [ -n "$NODE_IMAGE" ] ||
  die "Dockerfile has no ARG RUNTIME_IMAGE/GO_IMAGE/NODE_IMAGE defaults"
SUITE="${RUNTIME_IMAGE##*:}"    # debian:bookworm-slim -> bookworm-slim
SUITE="${SUITE%-slim}"          # -> bookworm

# The toolchains copied in must be the versions the tags promise.
go_want="${GO_IMAGE##*:}"; go_want="${go_want%%-*}"        # 1.26
go_have="$(go env GOVERSION)"; go_have="${go_have#go}"      # 1.26.8
case "$go_have" in
  "$go_want" | "$go_want".*) ;;
  *) die "this machine has Go $go_have but the Dockerfile wants $GO_IMAGE" ;;
esac
node_want="${NODE_IMAGE##*:}"; node_want="${node_want%%-*}" # 20
node_have="$(node --version)"; node_have="${node_have#v}"   # 20.20.2
[ "${node_have%%.*}" = "$node_want" ] ||
  die "this machine has node $node_have but the Dockerfile wants $NODE_IMAGE"

if [ -z "${MIRROR:-}" ]; then
  MIRROR="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -E '^[[:space:]]*(URIs:|deb )' | grep -Eo 'https?://[^ ]+' | grep -v security | head -n1 || true)"
  MIRROR="${MIRROR:-http://deb.debian.org/debian}"
fi
MIRROR="${MIRROR%/}"
SECURITY_MIRROR="${SECURITY_MIRROR:-${MIRROR}-security}"

HOST_CAS="${HOST_CAS:-1}"
host_cas=()
if [ "$HOST_CAS" = 1 ]; then
  for f in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$f" ] && host_cas+=("$f")
  done
fi

# add_host_cas CONTAINER: the host's extra CAs into the system store
# (update-ca-certificates) and, for node, NODE_EXTRA_CA_CERTS.
add_host_cas() {
  [ ${#host_cas[@]} -gt 0 ] || return 0
  say "  + this machine's CAs: ${host_cas[*]}"
  buildah run "$1" -- mkdir -p /usr/local/share/ca-certificates
  for f in "${host_cas[@]}"; do
    buildah copy "$1" "$f" "/usr/local/share/ca-certificates/$(basename "$f")" >/dev/null
  done
  cat "${host_cas[@]}" >"$WORKDIR/host-cas.pem"
  buildah copy "$1" "$WORKDIR/host-cas.pem" /usr/local/share/ca-certificates/host-cas.pem >/dev/null
  buildah config --env NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-cas.pem "$1"
  buildah run "$1" -- sh -c 'command -v update-ca-certificates >/dev/null || exit 0; update-ca-certificates >/dev/null'
}

have_image() { [ "$FORCE" != 1 ] && buildah inspect --type image "$1" >/dev/null 2>&1; }

mkdir -p "$WORKDIR"
ctrs=()
cleanup() {
  for c in "${ctrs[@]}"; do buildah rm "$c" >/dev/null 2>&1 || true; done
  rm -rf "$WORKDIR"
}
trap cleanup EXIT

# new_ctr IMAGE: a working container, removed on exit.
new_ctr() {
  local c
  c="$(buildah from --pull=false "$1")"
  ctrs+=("$c")
  echo "$c"
}

debian="localhost/$RUNTIME_IMAGE"
if have_image "$debian"; then
  say "$debian is already in local storage"
else
  say "$debian: debootstrap $SUITE from $MIRROR"
  root="$WORKDIR/root"
  rm -rf "$WORKDIR"
  mkdir -p "$WORKDIR"
  debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$WORKDIR/debootstrap.log" 2>&1 ||
    { tail -n 20 "$WORKDIR/debootstrap.log" >&2; die "debootstrap failed"; }
  # Like the public -slim image: no documentation or translations, and apt
  # keeps neither package lists nor downloaded packages.
  cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
EOF
  cat >"$root/etc/apt/apt.conf.d/slim" <<'EOF'
APT::Install-Recommends "false";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$root"/usr/share/{man,info,groff,lintian,locale}/*
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/*.log
  rm -f "$root/etc/apt/sources.list" "$root/etc/resolv.conf" "$root/etc/hostname"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  c="$(new_ctr scratch)"
  mnt="$(buildah mount "$c")"
  tar -C "$root" -c . | tar -C "$mnt" -x
  buildah umount "$c" >/dev/null
  buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --cmd bash --os linux --arch "$(go env GOARCH)" \
    --label "org.opencontainers.image.description=Debian $SUITE minbase from $MIRROR (deploy/prepare-local-base.sh)" "$c"
  buildah commit --quiet --rm "$c" "$debian" >/dev/null
  rm -rf "$root"
fi

golang="localhost/$GO_IMAGE"
if have_image "$golang"; then
  say "$golang is already in local storage"
else
  goroot="$(go env GOROOT)"
  say "$golang: $debian + gcc + Go $go_have from $goroot"
  c="$(new_ctr "$debian")"
  buildah run "$c" -- sh -c 'apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ca-certificates gcc libc6-dev git pkg-config >/dev/null &&
    rm -rf /var/lib/apt/lists/* && mkdir -p /go/bin /go/src'
  buildah copy "$c" "$goroot" /usr/local/go >/dev/null
  add_host_cas "$c"
  buildah config --env GOLANG_VERSION="$go_have" --env GOTOOLCHAIN=local --env GOPATH=/go \
    --env PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --workingdir /go "$c"
  buildah run "$c" -- go version
  buildah commit --quiet --rm "$c" "$golang" >/dev/null
fi

nodeimg="localhost/$NODE_IMAGE"
if have_image "$nodeimg"; then
  say "$nodeimg is already in local storage"
else
  node_bin="$(readlink -f "$(command -v node)")"
  node_lib="$(dirname "$(dirname "$node_bin")")/lib/node_modules"
  [ -d "$node_lib/npm" ] || die "npm not found under $node_lib"
  say "$nodeimg: $debian + node $node_have and npm from $node_lib"
  c="$(new_ctr "$debian")"
  buildah copy "$c" "$node_bin" /usr/local/bin/node >/dev/null
  buildah copy "$c" "$node_lib/npm" /usr/local/lib/node_modules/npm >/dev/null
  buildah run "$c" -- sh -c 'ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm &&
    ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx'
  buildah config --env NODE_VERSION="$node_have" --cmd node "$c"
  add_host_cas "$c"
  buildah run "$c" -- sh -c 'node --version && npm --version'
  buildah commit --quiet --rm "$c" "$nodeimg" >/dev/null
fi

say "local bases ready:"
buildah images --format '{{.Name}}:{{.Tag}} {{.Size}}' | grep -E "^($debian|$golang|$nodeimg) " || true
