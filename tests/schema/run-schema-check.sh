#!/usr/bin/env bash
# ctest entry: installs the pinned schema packages (package-lock.json) into the build folder,
# then validates a fresh render of every golden variant and the golden files themselves.
set -euo pipefail
src="$1"; work="$2"; goldens="$3"
mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$src/validate-manifests.mjs" "$work/"
cd "$work"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
exec node validate-manifests.mjs "$goldens"/*/
