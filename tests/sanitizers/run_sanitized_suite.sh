#!/bin/sh
# The sanitized_suite test (see README, "Fuzzing and sanitizers"): builds the whole program and
# its tests with AddressSanitizer and UndefinedBehaviorSanitizer, every report fatal
# (-fno-sanitize-recover=all), in a build folder of its own, and runs the whole test suite there.
# Fails when the build fails or any test fails; the failing tests' output is printed.
#
#   run_sanitized_suite.sh SOURCE_DIR BUILD_DIR CXX_COMPILER
set -u

SOURCE_DIR=$1
BUILD_DIR=$2
CXX=$3
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

fail() {
    echo "sanitized_suite: $*" >&2
    exit 1
}

LAUNCHER=""
if command -v ccache >/dev/null 2>&1; then
    LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi

start=$(date +%s)
# Not the benchmarks (not run by ctest), not these two tests again inside, and not the Debian
# package (it ships the uninstrumented program).
cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_CXX_FLAGS="$SANITIZE" \
    -DGTM_BUILD_BENCHMARKS=OFF -DGTM_SANITIZER_TESTS=OFF -DGTM_PACKAGING=OFF -DGTM_TEST_TIMEOUT=900 \
    -DGTM_POSTGRES_PORT=55442 $LAUNCHER >"$BUILD_DIR.configure.log" 2>&1 \
    || { cat "$BUILD_DIR.configure.log"; fail "configuring the sanitized build failed"; }
cmake --build "$BUILD_DIR" --parallel "$JOBS" || fail "the sanitized build failed"
built=$(date +%s)
echo "sanitized_suite: built in $((built - start)) s"

# Every report ends the process with a failure: ASan's and UBSan's at once, LeakSanitizer's at
# exit. Leaks inside the third-party libraries listed in lsan.supp are not the project's.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$SOURCE_DIR/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Bounds on measured memory and time are multiplied by this (instrumented code is slower and
# ASan's shadow memory and quarantine count in a process's peak memory).
export GTM_TEST_BOUND_SCALE=5

cd "$BUILD_DIR" || fail "no build folder"
ctest --output-on-failure --parallel "$JOBS" --timeout 900
status=$?
echo "sanitized_suite: tests ran in $(($(date +%s) - built)) s, $(($(date +%s) - start)) s in all"
[ "$status" -eq 0 ] || fail "tests failed under the sanitizers (see above)"
