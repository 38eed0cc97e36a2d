#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tkeci {

/// The desktop keyring (Secret Service, KWallet ... through QtKeychain), where a node's
/// password or key passphrase is kept only when the operator asks for it. Never a plain-text
/// fallback: without a keyring nothing is stored. Jobs run asynchronously; each callback runs
/// once on the thread of the caller, unless `context` is gone by then.
namespace keyring {

inline const QString kService = QStringLiteral("tke-cilium-installer");

/// "password root@10.0.0.16:22", "passphrase /home/op/.ssh/id_ed25519": what a secret unlocks.
QString passwordKey(const QString &user, const QString &host, int port);
QString passphraseKey(const QString &keyFile);

/// nullopt: nothing stored (or no keyring).
void read(const QString &key, QObject *context, std::function<void(std::optional<QString>)> done);
/// Empty error text on success.
void write(const QString &key, const QString &secret, QObject *context,
    std::function<void(QString error)> done);
void remove(const QString &key, QObject *context, std::function<void(QString error)> done);

} // namespace keyring
} // namespace tkeci
