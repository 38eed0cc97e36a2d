#pragma once

#include "preflight/CheckResult.h"

#include <QString>

namespace tkeci {

/// A shell command for the operator to run on the node: the known fix of a failed or warned
/// check (ip_forward off, bpffs not mounted), or where a fix needs a person, the command that
/// shows what is wrong (the process on a busy port, the kernel options missing, named in a
/// comment line). Empty when there is no known fix. This program never runs it: the page only
/// copies it to the clipboard.
QString fixCommand(const CheckResult &result);

} // namespace tkeci
