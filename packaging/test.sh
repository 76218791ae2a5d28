#!/usr/bin/env bash
# README command (2): set up and run every check: lint, format, layering, tests.
# The storage tests also run against a throw-away PostgreSQL 15 server started
# here (unless FAMILJECENTER_TEST_PG_URL names one already).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/system_packages.sh test
bash packaging/venv.sh test

echo "== ruff" >&2
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== import-linter" >&2
.venv/bin/lint-imports

pg_dir=""
cleanup() {
    if [ -n "$pg_dir" ]; then bash packaging/pg_test_server.sh stop "$pg_dir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # so an interrupted run still stops its server
if [ -z "${FAMILJECENTER_TEST_PG_URL:-}" ]; then
    if url=$(bash packaging/pg_test_server.sh start); then
        pg_dir=${url##*host=}
        export FAMILJECENTER_TEST_PG_URL=$url
        echo "PostgreSQL test server in $pg_dir (pid $(cat "$pg_dir/pid"))" >&2
    elif [ -n "${FAMILJECENTER_REQUIRE_PG:-}" ]; then
        echo "PostgreSQL could not start and FAMILJECENTER_REQUIRE_PG is set" >&2
        exit 1
    else
        echo "PostgreSQL could not start; PostgreSQL tests will be skipped" >&2
    fi
fi

echo "== pytest" >&2
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
