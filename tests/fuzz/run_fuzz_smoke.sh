#!/bin/sh
# The fuzz_smoke test (see README, "Fuzzing and sanitizers"): configures and builds the libFuzzer
# sub-build (clang, -DGTM_FUZZ=ON) and runs every fuzz target for a bounded time from its seed
# corpus. Fails when a tool is missing, the build fails, or any target reports a crash, a leak,
# undefined behaviour, a timeout or running out of memory.
#
#   run_fuzz_smoke.sh SOURCE_DIR BUILD_DIR SECONDS_PER_TARGET
#
# New inputs go to BUILD_DIR/corpus/TARGET (never into the source tree), crash inputs to
# BUILD_DIR/artifacts/TARGET-crash-… (or -leak-, -timeout-, -oom-).
set -u

SOURCE_DIR=$1
BUILD_DIR=$2
SECONDS_PER_TARGET=$3
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
TARGETS="fuzz_csv fuzz_workspace_json fuzz_model_json fuzz_workspace_file"

fail() {
    echo "fuzz_smoke: $*" >&2
    exit 1
}

CLANG=$(command -v clang++-14 || command -v clang++) \
    || fail "clang++-14 is missing (packaging/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
LAUNCHER=""
if command -v ccache >/dev/null 2>&1; then
    LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi

start=$(date +%s)
cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CLANG" -DGTM_FUZZ=ON $LAUNCHER >"$BUILD_DIR.configure.log" 2>&1 \
    || { cat "$BUILD_DIR.configure.log"; fail "configuring the fuzz build failed"; }
cmake --build "$BUILD_DIR" --parallel "$JOBS" || fail "building the fuzz targets failed"
echo "fuzz_smoke: built in $(($(date +%s) - start)) s"

# Leaks are reported (LeakSanitizer), except the third-party ones the file lists.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export LSAN_OPTIONS="suppressions=$SOURCE_DIR/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
# Symbolized stacks: the llvm-symbolizer beside the clang used (Debian's llvm-14).
SYMBOLIZER="$(dirname "$(readlink -f "$CLANG")")/llvm-symbolizer"
[ -x "$SYMBOLIZER" ] || fail "llvm-symbolizer is missing (packaging/install-deps.sh installs llvm-14)"
export ASAN_SYMBOLIZER_PATH="$SYMBOLIZER"

mkdir -p "$BUILD_DIR/artifacts"
failed=""
for target in $TARGETS; do
    work="$BUILD_DIR/corpus/$target"
    rm -rf "$work" && mkdir -p "$work"
    log="$BUILD_DIR/$target.log"
    # The first corpus directory receives new inputs; the seeds are only read.
    timeout $((SECONDS_PER_TARGET + 300)) "$BUILD_DIR/tests/fuzz/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=30 \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$target-" \
        "$work" "$SOURCE_DIR/tests/fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    # The last status line: "#N DONE cov: C ft: F corp: …", and the executions per second.
    summary=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1)
    speed=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}')
    if [ "$status" -ne 0 ]; then
        echo "fuzz_smoke: $target FAILED (exit status $status); its log:" >&2
        tail -n 80 "$log" >&2
        failed="$failed $target"
    else
        echo "fuzz_smoke: $target passed: $summary; ${speed:-?} exec/s"
    fi
done

echo "fuzz_smoke: $(echo $TARGETS | wc -w) targets, ${SECONDS_PER_TARGET} s each, $(($(date +%s) - start)) s in all"
[ -z "$failed" ] || fail "failed:$failed (inputs in $BUILD_DIR/artifacts)"
