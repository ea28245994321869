#!/bin/sh
# A throwaway PostgreSQL cluster for the tests, on a private port and socket folder, with the
# roles the tests work as (none a superuser):
#
#   tests/postgres/cluster.sh start STATE_FILE PORT    initdb, start, make the roles and database
#   tests/postgres/cluster.sh stop STATE_FILE          stop it and remove its files
#   tests/postgres/cluster.sh crash STATE_FILE         stop it at once, as a power cut would
#   tests/postgres/cluster.sh restart STATE_FILE       start a crashed cluster again
#
# STATE_FILE gets the cluster's folder (under /tmp, which the server's own user can reach even
# when the build folder is private) and its libpq connection settings. Run as root (CI), the
# server runs as Debian's "postgres" user (initdb refuses root); as another user, as that user.
# Roles: gtm_owner (may create schemas, so workspaces, in database "gtm"), gtm_reader and
# gtm_editor (rights on a workspace only when its owner grants them).
set -eu
action=$1
state=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "cluster: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $action in
start)
    port=$3
    if [ -f "$state" ]; then
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d /tmp/gtm-postgres.XXXXXX)
    mkdir -p "$dir/socket"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$dir"
    fi
    as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres -d postgres <<SQL
CREATE ROLE gtm_owner LOGIN;
CREATE ROLE gtm_reader LOGIN;
CREATE ROLE gtm_editor LOGIN;
CREATE DATABASE gtm;
GRANT CREATE ON DATABASE gtm TO gtm_owner;
SQL
    {
        echo "dir=$dir"
        echo "host=$dir/socket"
        echo "port=$port"
        echo "database=gtm"
    } >"$state"
    echo "cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port, socket $dir/socket"
    ;;
crash)
    dir=$(sed -n 's/^dir=//p' "$state")
    # Immediate shutdown: no checkpoint, sessions cut off in the middle of what they do.
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
restart)
    dir=$(sed -n 's/^dir=//p' "$state")
    port=$(sed -n 's/^port=//p' "$state")
    as_server "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -n 's/^dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state"
    ;;
*)
    echo "usage: cluster.sh start STATE_FILE PORT | stop|crash|restart STATE_FILE" >&2
    exit 2
    ;;
esac
