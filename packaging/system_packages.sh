#!/usr/bin/env bash
# Install, where missing, the Debian packages the application and its tests need:
# the libraries Qt loads (offscreen and X11), fonts, poppler (PDF read-back in the
# tests) and PostgreSQL 15 (the server the storage tests also run against).
# Without root it only names what is missing.
set -euo pipefail

QT_RUNTIME=(libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1
    libfreetype6 libdbus-1-3 fonts-dejavu-core)
QT_X11=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0)
TESTING=(poppler-utils postgresql-15)

wanted=("${QT_RUNTIME[@]}")
case "${1:-run}" in
    run) wanted+=("${QT_X11[@]}") ;;
    test) wanted+=("${TESTING[@]}") ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages (install them as root): ${missing[*]}" >&2
    exit 0
fi
echo "installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
