#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 30) on its seed corpus and prints one line per
# target: executions and crashes. New inputs go to a scratch folder, not into the seeds.
# Targets run side by side, one per core (each is single-threaded): every target still gets its
# SECONDS, the stage takes a share of the time.
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
set -uo pipefail
build="$1"; seconds="${2:-30}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT

# One target; its exit code goes to $scratch/NAME.rc, its output to $scratch/NAME.log.
run_one() {
    local bin=$1 name seeds log rc
    name="$(basename "$bin")"; seeds="$here/corpus/${name#fuzz_}"
    mkdir -p "$scratch/$name"
    log="$scratch/$name.log"
    # Leaks are checked per input (libFuzzer reruns an input whose mallocs and frees do not
    # match under LeakSanitizer), with the same suppressions as the ASan suite.
    # timeout: after an out-of-memory report libFuzzer can spin instead of exiting.
    ASAN_OPTIONS=detect_leaks=1:symbolize=0 LSAN_OPTIONS="suppressions=$here/../sanitizers/lsan.supp" timeout -k 5 $((seconds + 60)) "$bin" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/$name-" "$scratch/$name" "$seeds" >"$log" 2>&1
    rc=$?
    echo "$rc" >"$scratch/$name.rc"
}

targets=()
for bin in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$bin" ] && [ -x "$bin" ] && targets+=("$bin")
done
parallel="$(nproc)"
for bin in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
    run_one "$bin" &
done
wait

status=0
for bin in "${targets[@]}"; do
    name="$(basename "$bin")"; log="$scratch/$name.log"
    rc="$(cat "$scratch/$name.rc" 2>/dev/null || echo 1)"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    crashes=$(ls "$scratch/$name-"* 2>/dev/null | wc -l)
    echo "$name: ${execs:-0} executions in ${seconds} s, $crashes crashes (exit $rc)"
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        status=1
        tail -40 "$log"
        mkdir -p "$build/fuzz-artifacts" && cp "$scratch/$name-"* "$build/fuzz-artifacts/" 2>/dev/null
    fi
done
exit $status
