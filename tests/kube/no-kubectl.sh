#!/bin/sh
# Stands in for kubectl when none was found at configure time: every use fails, saying why.
echo "no kubectl was found when the build was configured; install one (scripts/dev.sh installs Debian's kubernetes-client) and re-run cmake" >&2
exit 127
