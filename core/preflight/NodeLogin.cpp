#include "preflight/NodeLogin.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

QString keyFileOf(const NodeSpec &node, const PreflightOptions &options)
{
    return options.identityFile.isEmpty() ? node.keyFile : options.identityFile;
}

} // namespace

LoginSecret loginSecretFor(const NodeSpec &node, const PreflightOptions &options)
{
    switch (node.auth) {
    case AuthMethod::Agent:
        return LoginSecret::None;
    case AuthMethod::Password:
        return LoginSecret::Password;
    case AuthMethod::Key: {
        const QString key = keyFileOf(node, options);
        return !key.isEmpty() && ssh::SshClient::keyNeedsPassphrase(key)
            ? LoginSecret::KeyPassphrase
            : LoginSecret::None;
    }
    }
    return LoginSecret::None;
}

ssh::SshError logIn(ssh::SshClient &client, const NodeSpec &node, const PreflightOptions &options,
    const QByteArray &secret)
{
    const QDeadlineTimer deadline(options.connectTimeoutMs);
    switch (node.auth) {
    case AuthMethod::Agent:
        return client.authenticateWithAgent(deadline);
    case AuthMethod::Password:
        if (secret.isEmpty())
            return {ssh::SshError::Kind::AuthFailed,
                QCoreApplication::translate("tkeci::NodeLogin", "password (none given)")};
        return client.authenticateWithPassword(secret, deadline);
    case AuthMethod::Key: {
        const QString key = keyFileOf(node, options);
        return key.isEmpty() ? client.authenticateAuto(deadline)
                             : client.authenticateWithKeyFile(key, secret, deadline);
    }
    }
    return {ssh::SshError::Kind::AuthFailed,
        QCoreApplication::translate("tkeci::NodeLogin", "unknown login method")};
}

} // namespace tkeci
