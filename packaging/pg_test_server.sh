#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the test suite, on a Unix socket in a
# temporary folder. As root it runs as the `postgres` user (pg_ctl refuses root).
#
#   packaging/pg_test_server.sh start   -> prints the SQLAlchemy URL on stdout
#   packaging/pg_test_server.sh stop DIR -> stops the server started in DIR by pid
set -euo pipefail

find_bin() {
    local name=$1
    if [ -x "/usr/lib/postgresql/15/bin/$name" ]; then
        echo "/usr/lib/postgresql/15/bin/$name"; return
    fi
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/$name" ]; then echo "$dir/$name"; return; fi
    done
    return 1
}

# As root, run as postgres. setpriv execs the program (runuser would stay as its
# parent and not pass on the stop signal), so the server's pid is the one to stop.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
    else
        "$@"
    fi
}

start() {
    local initdb postgres dir
    initdb=$(find_bin initdb) || { echo "initdb not found" >&2; exit 3; }
    postgres=$(find_bin postgres) || { echo "postgres not found" >&2; exit 3; }
    echo "using $("$postgres" --version)" >&2
    dir=$(mktemp -d /tmp/familjecenter-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 4; }
    as_owner "$postgres" -D "$dir/data" -k "$dir" -c listen_addresses='' \
        -c fsync=off -c max_connections=60 >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
        if [ -S "$dir/.s.PGSQL.5432" ]; then break; fi
        sleep 0.1
    done
    [ -S "$dir/.s.PGSQL.5432" ] || { cat "$dir/server.log" >&2; exit 5; }
    # The server's own pid (the background job above is a shell around it).
    head -n 1 "$dir/data/postmaster.pid" >"$dir/pid"
    sleep 0.3
    echo "postgresql+psycopg://postgres@/postgres?host=$dir"
}

# The server's pid: the first line of postmaster.pid, else the one saved at start.
server_pid() {
    local dir=$1
    if [ -f "$dir/data/postmaster.pid" ]; then
        head -n 1 "$dir/data/postmaster.pid"
    elif [ -f "$dir/pid" ]; then
        cat "$dir/pid"
    fi
}

stop() {
    local dir=$1 pid
    pid=$(server_pid "$dir")
    if [ -n "$pid" ]; then
        kill -INT "$pid" 2>/dev/null || true   # fast shutdown
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "PostgreSQL $pid did not stop; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.2
        fi
    fi
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "PostgreSQL $pid still runs; $dir kept" >&2
        exit 6
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:?folder}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
