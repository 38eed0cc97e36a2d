#pragma once

#include <QString>
#include <QStringList>

namespace tkeci::ssh {

/// SHA256 fingerprints of the keys a known-hosts file holds for `host`:`port`, hashed entries
/// (|1|salt|hash) included. libssh says a key has changed but does not hand out the old key,
/// and an operator deciding what happened needs to see both.
QStringList knownHostFingerprints(const QString &knownHostsFile, const QString &host, int port);

} // namespace tkeci::ssh
