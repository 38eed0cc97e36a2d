#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tkeci {

/// The one shell script preflight runs on a node, as one exec: every check's raw facts in one
/// round trip. It is a constant: nothing from the profile or the operator is ever put into it.
/// Each section of its output starts with a line "@@tkeci:<name>".
const char *probeScript();

/// Splits the script's output into sections by name ("uname-r", "kconfig", ...). A section
/// that never appeared is absent; one that appeared empty maps to an empty array.
QHash<QString, QByteArray> splitProbeOutput(const QByteArray &output);

} // namespace tkeci
