#!/usr/bin/env bash
# Formats the Swift sources in place, then lints them as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format --parallel --in-place --recursive Package.swift Sources Tests
swift format lint --strict --recursive --parallel Package.swift Sources Tests
