#!/usr/bin/env bash
# README command (1): set up and open the application on its embedded default
# (SQLite in the user's data folder; the demo catalogue loads on first start).
# Without a display the window runs on Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/system_packages.sh run
bash packaging/venv.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "no display found: running on Qt's offscreen platform" >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec .venv/bin/familjecenter-desktop "$@"
