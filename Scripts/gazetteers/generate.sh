#!/usr/bin/env bash
# Regenerates Gazetteers/*.tsv from Scripts/gazetteers/sources/ and the Python packages pinned in
# requirements.txt, in a virtual environment made once in Scripts/gazetteers/.venv (ignored by git).
# Re-running on unchanged inputs reproduces the files byte for byte.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
venv="${GAZETTEER_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# Quick when nothing changed; installs what requirements.txt gained since the venv was made.
"$venv/bin/pip" install --quiet --disable-pip-version-check -r requirements.txt
"$venv/bin/python" generate_places.py
"$venv/bin/python" generate_curated.py
"$venv/bin/python" generate_given_names.py
# Last: it reads the files the others wrote, to add only companies they do not list.
"$venv/bin/python" generate_companies.py
