#!/usr/bin/env bash
# Install the Debian packages zsie needs, only those missing.  Run as root (or with sudo).
set -euo pipefail
pkgs=(build-essential cmake pkg-config check gcc-s390x-linux-gnu binutils-s390x-linux-gnu hercules
      clang libclang-rt-14-dev libffi-dev nats-server libnats-dev libssl-dev openssl)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "${missing[@]}" || {
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
}
