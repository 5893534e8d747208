#!/usr/bin/env bash
# Sets up a fresh machine if needed, builds Assay in release mode, and runs it with the given arguments.
#   Scripts/assay.sh run seeds -o out/seeds.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product assay >&2
exec .build/release/assay "$@"
