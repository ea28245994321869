#!/bin/sh
# Set-up in one command on a fresh Debian 12 / Ubuntu 24.04 machine (see README, "Quick start"):
#
#   packaging/quickstart.sh          install what is missing, build, open the sample workspace
#   packaging/quickstart.sh --test   install what is missing, build, run the whole test suite
#
# BUILD_DIR (default: build) and JOBS (default: the number of cores) can be set from outside.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build"}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
MODE=run
case "${1:-}" in
    "") ;;
    --test) MODE=test ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "quickstart: unknown option '$1' (use --test or nothing)" >&2; exit 2 ;;
esac

"$ROOT/packaging/install-deps.sh"

LAUNCHER=""
if command -v ccache >/dev/null 2>&1; then
    LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $LAUNCHER
cmake --build "$BUILD_DIR" --parallel "$JOBS"

if [ "$MODE" = test ]; then
    # Headless: the tests use Qt's offscreen platform; a private runtime dir keeps Qt quiet.
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$BUILD_DIR/xdg-runtime}"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    cd "$BUILD_DIR"
    exec ctest --output-on-failure --parallel "$JOBS" --timeout 600
fi

SAMPLE="$BUILD_DIR/sample.gtmw"
if [ ! -e "$SAMPLE" ]; then
    "$BUILD_DIR/app/gtm-workbench" new --sample "$SAMPLE"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "quickstart: no display; starting the workbench in a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s '-screen 0 1440x900x24' "$BUILD_DIR/app/gtm-workbench" "$SAMPLE"
fi
exec "$BUILD_DIR/app/gtm-workbench" "$SAMPLE"
