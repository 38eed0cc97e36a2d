#!/usr/bin/env bash
# Saves a PNG of every wizard page in English and Chinese into docs/screenshots/{en,zh_CN}/.
# Runs the wizard under Xvfb (a real X server, so fonts and styles render as on a desktop).
# BUILD_DIR chooses the build folder (default build); the build must exist.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${BUILD_DIR:-$top/build}"
out="${1:-$top/docs/screenshots}"

cmake --build "$build" --target tkeci_screenshots
mkdir -p "$out"
# A fixed, neutral desktop: Fusion style, 96 dpi, no user settings.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 LANG=C.UTF-8
xvfb-run -a -s "-screen 0 1280x900x24 -dpi 96" "$build/tests/ui/tkeci_screenshots" "$out"
echo "screenshots in $out"
