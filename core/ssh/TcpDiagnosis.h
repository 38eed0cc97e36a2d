#pragma once

#include <QDeadlineTimer>
#include <QString>

namespace tkeci::ssh {

/// Why a plain TCP connection to host:port fails ("Connection refused", "No route to host",
/// "no answer"), or an empty string when it succeeds. Used only after libssh failed to connect,
/// whose own text for these cases is often just "Socket error: disconnected".
QString diagnoseTcpConnect(const QString &host, int port, QDeadlineTimer deadline);

} // namespace tkeci::ssh
