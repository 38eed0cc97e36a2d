#include "apply/LoginSecrets.h"

#include <QCoreApplication>

namespace tkeci {

QList<SecretRequest> secretRequestsFor(
    const QList<NodeSpec> &nodes, const PreflightOptions &options)
{
    QList<SecretRequest> out;
    QStringList seen;
    for (const NodeSpec &n : nodes) {
        if (seen.contains(n.ip))
            continue;
        seen.append(n.ip);
        const LoginSecret kind = loginSecretFor(n, options);
        if (kind == LoginSecret::None)
            continue;
        // The key this program logs in with: the options' identity file wins (as in logIn()).
        const QString key = options.identityFile.isEmpty() ? n.keyFile : options.identityFile;
        out.append({n, kind, kind == LoginSecret::KeyPassphrase ? key : QString()});
    }
    return out;
}

QString secretPromptText(const SecretRequest &r)
{
    return r.kind == LoginSecret::KeyPassphrase
        ? QCoreApplication::translate("tkeci::LoginSecrets", "Passphrase of %1 for %2@%3:")
              .arg(r.keyFile, r.node.user, r.node.ip)
        : QCoreApplication::translate("tkeci::LoginSecrets", "Password of %1@%2:")
              .arg(r.node.user, r.node.ip);
}

void wipeSecrets(NodeSecrets &secrets)
{
    for (QByteArray &s : secrets)
        s.fill('\0');
    secrets.clear();
}

} // namespace tkeci
