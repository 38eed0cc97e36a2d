#!/usr/bin/env bash
# The project's two entry points (README "Two commands"):
#   scripts/dev.sh run    install what is needed, build, start the wizard
#   scripts/dev.sh test   install what is needed, build, run the whole test suite
# Runs on a fresh Debian 12 machine as root. BUILD_DIR chooses the build folder (default build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${BUILD_DIR:-$top/build}"
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

build_project() {
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTKECI_WERROR="$werror" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

install_packages
build_project

if [ "$mode" = run ]; then
    exec "$build/app/tke-cilium-installer" "${@:2}"
fi

# Tests: QT_QPA_PLATFORM=offscreen is set per test; suites that need a real X server start Xvfb.
cd "$build"
ctest --output-on-failure --timeout 900 "${@:2}"
