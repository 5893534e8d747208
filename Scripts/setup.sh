#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build Assay: libxml2 and zlib headers, pkg-config.
# Idempotent: does nothing when they are present. Runs apt-get as root, or through sudo.
set -euo pipefail
if pkg-config --exists libxml-2.0 zlib 2>/dev/null; then
    exit 0
fi
as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config >/dev/null
