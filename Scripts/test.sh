#!/usr/bin/env bash
# Sets up a fresh machine if needed, then builds with warnings as errors, runs every test (Swift, then the graph
# validation in Python), and checks the format.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh --tests
swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build
# The graph checked with generic RDF tools, from the debug binary the build above made (setup.sh made .venv).
.venv/bin/python -m pytest -q Tests/GraphValidation
swift format lint --strict --recursive --parallel Package.swift Sources Tests
