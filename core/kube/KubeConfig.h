#pragma once

#include "kube/KubeError.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>
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
    /// The run's deadline (the command line's --timeout): no request, retry, watch poll or
    /// exec plugin run of a client for this access goes past it. Forever unless set.
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
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

/// One kubeconfig's text: `name` appears in messages (the file's path), `dir` is the folder that
/// relative paths in it resolve against.
struct KubeConfigText
{
    QByteArray yaml;
    QString name;
    QString dir;
};

/// Reads a file a kubeconfig names (certificate-authority, client-certificate, client-key):
/// the bytes, or std::nullopt with `error` set to why not.
using KubeConfigFileReader
    = std::function<std::optional<QByteArray>(const QString &path, QString &error)>;

/// The largest certificate or key file a kubeconfig may name (1 MiB): a PEM bundle is a few KiB,
/// and a path such as /dev/zero must not grow memory without end.
constexpr qint64 kMaxKubeConfigCredentialFile = 1024 * 1024;

/// The longest bearer token sent (64 KiB): service-account and OIDC tokens are a few KiB, and
/// a token file such as /dev/zero must neither grow memory nor become a giant header.
constexpr qint64 kMaxBearerToken = 64 * 1024;

/// Reads at most `maxBytes` of `path`, which must be a regular file: a FIFO would block in
/// open() until a writer came, a device such as /dev/zero never ends, so both are refused by
/// stat() before anything is opened. Larger than `maxBytes` is an error too. On failure
/// returns std::nullopt with `error` set to why (translated).
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString &error);

/// Merges kubeconfig texts already in memory (the first to define a name or current-context
/// wins, as in client-go), picks `context` (or current-context) and resolves its cluster and
/// user. Files the texts name are read through `readFile` only; nothing is run (an exec plugin
/// is only described in ClusterAccess::exec) and token files are only named.
KubeConfigResult parseKubeConfig(const QList<KubeConfigText> &texts, const QString &context,
    const KubeConfigFileReader &readFile);

/// Reads and merges the files (the first file to define a name or current-context wins, as in
/// client-go), picks `context` (or current-context) and resolves its cluster and user. Paths
/// in a file are relative to that file; *-data fields are base64. The parsing is
/// parseKubeConfig(); this adds the file reading.
KubeConfigResult loadKubeConfig(const QStringList &paths, const QString &context = QString());

} // namespace tkeci
