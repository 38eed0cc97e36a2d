#pragma once

#include "kube/KubeConfig.h"

#include <QDateTime>

namespace tkeci {

/// What an exec credential plugin returned (ExecCredential status).
struct ExecCredential
{
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; // invalid: does not expire
    std::optional<KubeError> error;
};

/// Runs the plugin (with KUBERNETES_EXEC_INFO set, as kubectl does) and parses its
/// ExecCredential JSON. Blocks for at most `timeoutMs`: plugins answer from a cache or a quick
/// token exchange, and the caller needs the credential before the first request anyway.
/// The plugin's stderr goes to `detail` only when it fails; stdout (the secret) never does.
ExecCredential runExecPlugin(const ExecPlugin &plugin, int timeoutMs = 30000);

} // namespace tkeci
