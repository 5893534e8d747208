#!/usr/bin/env bash
# Sets up a fresh machine if needed, then builds with warnings as errors, runs every test, and checks the format.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build
swift format lint --strict --recursive --parallel Package.swift Sources Tests
