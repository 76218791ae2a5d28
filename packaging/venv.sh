#!/usr/bin/env bash
# Create the project's virtual environment (.venv) if needed and install the
# project into it, with the extras named as arguments (for example: test).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
spec="."
if [ $# -gt 0 ]; then spec=".[$(IFS=,; echo "$*")]"; fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
# Byte-compile the application now, as installing a wheel would: an editable
# install leaves it to the first start, and with PYTHONDONTWRITEBYTECODE set
# every start would compile every module again (about 100 ms of each start).
.venv/bin/python -m compileall -q familjecenter_desktop
