#pragma once

#include <QHash>
#include <QString>

namespace tkeci {

/// `/etc/os-release` (os-release(5)) → field → value: "KEY=value" lines, one pair of quotes
/// around the value removed; comments and lines without '=' are skipped. Later keys win.
QHash<QString, QString> parseOsRelease(const QString &content);

} // namespace tkeci
