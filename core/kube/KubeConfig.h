#pragma once

#include "kube/KubeError.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace tkeci {

/// An exec credential plugin (users[].user.exec): run it, read an ExecCredential from stdout.
struct ExecPlugin
{
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString apiVersion; // client.authentication.k8s.io/v1 or v1beta1
    QString workingDirectory; // the kubeconfig's folder: relative commands resolve there
};

/// Everything needed to reach one cluster as one user, resolved from a context. Secrets stay
/// in memory only; nothing here is written anywhere by the program.
struct ClusterAccess
{
    QString contextName;
    QString clusterName;
    QString userName;
    QUrl server;
    QString defaultNamespace;
    QByteArray caPem; // empty: the system's CAs
    bool insecureSkipTlsVerify = false; // only when the kubeconfig says so
    QString tlsServerName;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QString token;
    QString tokenFile; // re-read on every request, as client-go does for rotated tokens
    std::optional<ExecPlugin> exec;
    QString source; // the kubeconfig file(s), for messages
};

struct KubeConfigResult
{
    std::optional<ClusterAccess> access;
    std::optional<KubeError> error;
    QStringList warnings; // translated, shown to the operator (e.g. TLS verification is off)
    QStringList contexts; // every context the files define, sorted (for a picker)
    QString currentContext; // the files' current-context, empty if none
    bool ok() const { return access.has_value(); }
};

/// The kubeconfig files to read, as kubectl chooses them: `explicitPath` when given, else
/// every entry of `kubeconfigEnv` ($KUBECONFIG, ':'-separated, merged in order), else
/// `home`/.kube/config.
QStringList kubeconfigPaths(
    const QString &explicitPath, const QString &kubeconfigEnv, const QString &home);

/// Reads and merges the files (the first file to define a name or current-context wins, as in
/// client-go), picks `context` (or current-context) and resolves its cluster and user. Paths
/// in a file are relative to that file; *-data fields are base64.
KubeConfigResult loadKubeConfig(const QStringList &paths, const QString &context = QString());

} // namespace tkeci
