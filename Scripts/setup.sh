#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build Assay: libxml2 and zlib headers, pkg-config. With --tests,
# also Python's venv and the packages the graph validation tests use (Scripts/requirements-test.txt) into .venv.
# Idempotent and quick when done: apt-get runs only when something is missing (as root, or through sudo), pip only
# when .venv is missing or the requirements changed since it last ran (their hash is kept in .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
tests=false
if [ "${1:-}" = --tests ]; then tests=true; fi

packages=()
pkg-config --exists libxml-2.0 zlib 2>/dev/null || packages+=(libxml2-dev zlib1g-dev pkg-config)
# Debian ships venv's pip bootstrap (ensurepip) apart from python3, in python3-venv.
if $tests; then
    python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3 python3-venv)
fi
if [ ${#packages[@]} -gt 0 ]; then
    as_root=()
    if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi

$tests || exit 0
requirements=Scripts/requirements-test.txt
stamp=.venv/.requirements-test.sha256
hash=$(sha256sum "$requirements" | cut -d ' ' -f 1)
# Running the interpreter, not just finding it, catches a .venv left behind by a Python that has since moved;
# --clear then empties it, stamp included, so the install below runs again.
.venv/bin/python -c '' 2>/dev/null || python3 -m venv --clear .venv
if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
    .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$hash" >"$stamp"
fi
