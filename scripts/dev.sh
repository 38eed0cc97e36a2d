#!/usr/bin/env bash
# The project's two entry points (README "Two commands"):
#   scripts/dev.sh run    install what is needed, build, start the wizard
#   scripts/dev.sh test   install what is needed, build, run the whole test suite
# Runs on a fresh Debian 12 machine as root. BUILD_DIR chooses the build folder (default build).
#
# `test` runs two stages, each in its own build folder, and prints how long each took:
#   asan   the whole build with ASan + UBSan (gcc) and the whole ctest suite  (ASAN_BUILD_DIR, build-asan)
#   fuzz   the libFuzzer targets (clang), each run FUZZ_SECONDS (default 15) on its seed corpus
#                                                                          (FUZZ_BUILD_DIR, build-fuzz)
# A third, `unit`, builds without sanitizers (BUILD_DIR, build: the build `run` starts) and runs
# the suite there; CI leaves it out: the sanitized run finds everything it finds, and both plus
# fuzzing took 38 minutes on CI's 2 cores, past its 30-minute budget.
# A developer picks stages with TKECI_STAGES, e.g.
#   TKECI_STAGES=unit scripts/dev.sh test -R tst_kubeconfig
# Arguments after `test` go to ctest (unit and asan). Every stage runs even when an earlier one
# failed, so one run shows everything that is wrong; the exit status is 1 if any failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${BUILD_DIR:-$top/build}"
asan_build="${ASAN_BUILD_DIR:-$top/build-asan}"
fuzz_build="${FUZZ_BUILD_DIR:-$top/build-fuzz}"
stages="${TKECI_STAGES:-asan fuzz}"
mode="${1:-}"

case "$mode" in
run | test) ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac

install_packages() {
    mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
    local missing=() sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # The test that proves the test API server drives a stock kubectl. Any kubectl on PATH
    # will do; otherwise Debian's kubernetes-client (it conflicts with the upstream kubectl
    # package, so it is not in the list).
    command -v kubectl >/dev/null || missing+=(kubernetes-client)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    # Debian's own nodejs comes without npm (NodeSource's bundles it): add Debian's npm then.
    if ! command -v npm >/dev/null 2>&1; then
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm
    fi
}

# Prints how long the part of a stage that just ended took ("== asan: build 512 s").
lap() {
    echo "== $stage: $1 $((SECONDS - lap_start)) s"
    lap_start=$SECONDS
}

werror_flag() {
    if [ -n "${CI:-}" ]; then echo ON; else echo OFF; fi
}

# Arguments go to cmake's configure step.
build_project() {
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTKECI_WERROR="$(werror_flag)" "$@" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

# gcc's sanitizers at -O1 with line tables only (-g1): fast enough for the suites that wait on
# sshd and the test API server, stacks still name file and line, and the build is shorter.
# Warnings are errors in CI here too, but for gcc 12's false -Wmaybe-uninitialized under
# -fsanitize (see CMakeLists.txt).
stage_asan() {
    cmake -S "$top" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-g1 -O1" -DTKECI_SANITIZE=ON -DTKECI_WERROR="$(werror_flag)" >/dev/null
    cmake --build "$asan_build" --parallel "$(nproc)"
    lap build
    # Every instrumented process the suites start (test binaries, the installer run by the
    # Python tests) reads these. Leaks are reported; tests/sanitizers/lsan.supp names the few
    # that are not ours.
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0"
    (cd "$asan_build" && ctest --output-on-failure --timeout 900 -j"$(nproc)" "$@")
    lap suite
}

stage_fuzz() {
    CC=clang CXX=clang++ cmake -S "$top" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTKECI_FUZZ=ON >/dev/null
    cmake --build "$fuzz_build" --parallel "$(nproc)" --target fuzz-all
    lap build
    "$top/tests/fuzz/run-fuzzers.sh" "$fuzz_build" "${FUZZ_SECONDS:-15}"
    lap runs
}

stage_unit() {
    # Line tables only (-g1): a failing test's stack still names file and line, and the build
    # is about a fifth shorter than with full debug information (-g), measured on
    # tst_wizardapply.cpp: 14.1 s -> 11.4 s of CPU.
    build_project -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
    lap build
    # Tests: QT_QPA_PLATFORM=offscreen is set per test; suites that need a real X server start Xvfb.
    # Suites in parallel, one per core: most of their time is spent waiting on sshd, the test
    # API server or a timeout, and each claims its own ports and node slot.
    (cd "$build" && ctest --output-on-failure --timeout 900 -j"$(nproc)" "$@")
    lap suite
}

install_packages

if [ "$mode" = run ]; then
    build_project
    exec "$build/app/tke-cilium-installer" "${@:2}"
fi

failed=() timings=()
for stage in $stages; do
    case "$stage" in
    unit | asan | fuzz) ;;
    *)
        echo "unknown stage \"$stage\" in TKECI_STAGES (unit, asan, fuzz)" >&2
        exit 2
        ;;
    esac
    echo "== stage $stage"
    start=$SECONDS lap_start=$SECONDS
    # A subshell per stage: one stage's exported sanitizer options never reach the next. Not
    # run as an `if` condition, where bash would ignore set -e inside it and a failed build
    # would go on to test stale binaries.
    set +e
    (
        set -e
        "stage_$stage" "${@:2}"
    )
    rc=$?
    set -e
    if [ $rc -eq 0 ]; then result=ok; else result=FAILED; failed+=("$stage"); fi
    timings+=("$(printf '%-5s %5d s  %s' "$stage" $((SECONDS - start)) "$result")")
done
echo "== stages"
printf '   %s\n' "${timings[@]}"
[ ${#failed[@]} -eq 0 ]
