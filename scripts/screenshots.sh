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
# Chinese texts the embedded translation does not have yet come from the wizard's draft
# (docs/i18n/wizard_zh_CN.draft.ts) so the zh_CN pictures show Chinese; the real .ts wins.
draft_qm=""
if [ -f "$top/docs/i18n/wizard_zh_CN.draft.ts" ]; then
    draft_qm="$build/wizard_zh_CN.draft.qm"
    lrelease="$(command -v lrelease || echo /usr/lib/qt6/bin/lrelease)"
    "$lrelease" -silent "$top/docs/i18n/wizard_zh_CN.draft.ts" -qm "$draft_qm"
fi
xvfb-run -a -s "-screen 0 1280x900x24 -dpi 96" "$build/tests/ui/tkeci_screenshots" "$out" $draft_qm
echo "screenshots in $out"
