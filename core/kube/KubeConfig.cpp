// kubeconfig loading the way kubectl does it: merged files, contexts, file-or-data
// credentials, token files and exec plugins.
#include "kube/KubeConfig.h"

#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include <map>

namespace tkeci {
namespace {

KubeError configError(const QString &message, const QString &detail = QString())
{
    return KubeError {KubeError::Kind::Config, 0, message, detail};
}

/// One named entry (cluster, user or context) and the folder of the file it came from.
struct Entry
{
    YamlNode body;
    QString dir;
};

struct Merged
{
    std::map<QString, Entry> clusters, users, contexts;
    QString currentContext;
};

QString text(const YamlNode &map, const QString &key)
{
    const YamlNode *n = map.find(key);
    return n && n->isScalar() ? n->scalar() : QString();
}

void mergeNamed(std::map<QString, Entry> &into, const YamlNode &doc, const QString &listKey,
    const QString &bodyKey, const QString &dir)
{
    const YamlNode *list = doc.find(listKey);
    if (!list || !list->isSequence())
        return;
    for (const YamlNode &item : list->items()) {
        const QString name = text(item, QStringLiteral("name"));
        const YamlNode *body = item.find(bodyKey);
        if (!name.isEmpty() && body && !into.contains(name)) // first definition wins
            into.emplace(name, Entry {*body, dir});
    }
}

QString resolvePath(const QString &path, const QString &dir)
{
    return QDir::isAbsolutePath(path) ? path : QDir(dir).filePath(path);
}

/// `<key>` (a path, read through `readFile`) or `<key>-data` (base64). Returns nullopt and sets
/// `error` on failure.
std::optional<QByteArray> fileOrData(const Entry &e, const QString &key,
    const KubeConfigFileReader &readFile, std::optional<KubeError> &error)
{
    const QString data = text(e.body, key + QStringLiteral("-data"));
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            error = configError(QCoreApplication::translate(
                "tkeci::KubeConfig", "%1-data in the kubeconfig is not valid base64")
                                    .arg(key));
            return std::nullopt;
        }
        return *decoded;
    }
    const QString path = text(e.body, key);
    if (path.isEmpty())
        return QByteArray();
    const QString resolved = resolvePath(path, e.dir);
    QString why;
    std::optional<QByteArray> bytes = readFile(resolved, why);
    if (!bytes) {
        error = configError(QCoreApplication::translate("tkeci::KubeConfig",
                                "cannot read %1 \"%2\" named in the kubeconfig")
                                .arg(key, resolved),
            why);
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> readCredentialFile(const QString &path, QString &error)
{
    return readRegularFile(path, kMaxKubeConfigCredentialFile, error);
}

std::optional<ExecPlugin> execPlugin(const Entry &user)
{
    const YamlNode *exec = user.body.find(QStringLiteral("exec"));
    if (!exec || !exec->isMap())
        return std::nullopt;
    ExecPlugin p;
    p.command = text(*exec, QStringLiteral("command"));
    p.apiVersion = text(*exec, QStringLiteral("apiVersion"));
    p.workingDirectory = user.dir;
    if (const YamlNode *args = exec->find(QStringLiteral("args")); args && args->isSequence()) {
        for (const YamlNode &a : args->items())
            p.args.append(a.scalar());
    }
    if (const YamlNode *env = exec->find(QStringLiteral("env")); env && env->isSequence()) {
        for (const YamlNode &v : env->items())
            p.env.append({text(v, QStringLiteral("name")), text(v, QStringLiteral("value"))});
    }
    // A command written as a relative path (./get-token) is relative to the kubeconfig.
    if (p.command.contains(u'/') && !QDir::isAbsolutePath(p.command))
        p.command = QDir(user.dir).filePath(p.command);
    return p;
}

} // namespace

QStringList kubeconfigPaths(
    const QString &explicitPath, const QString &kubeconfigEnv, const QString &home)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    QStringList paths;
    for (const QString &p : kubeconfigEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        if (!paths.contains(p))
            paths.append(p);
    }
    if (!paths.isEmpty())
        return paths;
    return {QDir(home).filePath(QStringLiteral(".kube/config"))};
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString &error)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        error = QCoreApplication::translate(
            "tkeci::KubeConfig", "not a regular file (a pipe, device or folder is never read)");
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
        return std::nullopt;
    }
    QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        error = QCoreApplication::translate("tkeci::KubeConfig", "larger than %1 bytes")
                    .arg(maxBytes);
        return std::nullopt;
    }
    return bytes;
}

KubeConfigResult loadKubeConfig(const QStringList &paths, const QString &context)
{
    QList<KubeConfigText> texts;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path) && paths.size() > 1)
            continue; // kubectl skips missing entries of $KUBECONFIG
        QString why;
        const std::optional<QByteArray> text = readRegularFile(path, YamlLimits {}.maxBytes, why);
        if (!text) {
            KubeConfigResult result;
            result.error = configError(QCoreApplication::translate(
                                           "tkeci::KubeConfig", "cannot read the kubeconfig \"%1\"")
                                           .arg(path),
                why);
            return result;
        }
        texts.append({*text, path, QFileInfo(path).absolutePath()});
    }
    if (texts.isEmpty()) {
        KubeConfigResult result;
        result.error = configError(QCoreApplication::translate(
            "tkeci::KubeConfig", "no kubeconfig found (looked at %1); pass --kubeconfig")
                                       .arg(paths.join(QStringLiteral(", "))));
        return result;
    }
    KubeConfigResult result = parseKubeConfig(texts, context, readCredentialFile);
    // Checked here, beside the files' own size and type checks, so that every unusable client
    // credential is a bad kubeconfig (exit 2), not a failure of the first request (exit 1).
    // (parseKubeConfig, which the fuzzer drives, only reads text.)
    const std::optional<ClusterAccess> &a = result.access;
    if (a && (!a->clientCertPem.isEmpty() || !a->clientKeyPem.isEmpty())
        && (QSslCertificate::fromData(a->clientCertPem).isEmpty()
            || (QSslKey(a->clientKeyPem, QSsl::Rsa).isNull()
                && QSslKey(a->clientKeyPem, QSsl::Ec).isNull()))) {
        result.error = configError(QCoreApplication::translate("tkeci::KubeConfig",
            "the client certificate or key of user \"%1\" cannot be read (PEM, RSA or EC "
            "expected)")
                                       .arg(a->userName));
        result.access.reset();
    }
    return result;
}

KubeConfigResult parseKubeConfig(const QList<KubeConfigText> &texts, const QString &context,
    const KubeConfigFileReader &readFile)
{
    KubeConfigResult result;
    Merged merged;
    QStringList read;
    for (const KubeConfigText &t : texts) {
        const YamlParseResult parsed = parseYamlDocuments(t.yaml);
        if (parsed.error) {
            result.error = configError(QCoreApplication::translate("tkeci::KubeConfig",
                                           "the kubeconfig \"%1\" is not valid YAML: %2")
                                           .arg(t.name, describeYamlError(*parsed.error)),
                parsed.error->detail);
            return result;
        }
        read.append(t.name);
        for (const YamlNode &doc : parsed.documents) {
            if (!doc.isMap())
                continue;
            mergeNamed(
                merged.clusters, doc, QStringLiteral("clusters"), QStringLiteral("cluster"), t.dir);
            mergeNamed(merged.users, doc, QStringLiteral("users"), QStringLiteral("user"), t.dir);
            mergeNamed(
                merged.contexts, doc, QStringLiteral("contexts"), QStringLiteral("context"), t.dir);
            if (merged.currentContext.isEmpty())
                merged.currentContext = text(doc, QStringLiteral("current-context"));
        }
    }
    for (const auto &[name, entry] : merged.contexts)
        result.contexts.append(name); // std::map: already sorted
    result.currentContext = merged.currentContext;
    ClusterAccess a;
    a.source = read.join(QDir::listSeparator());
    a.contextName = context.isEmpty() ? merged.currentContext : context;
    if (a.contextName.isEmpty()) {
        result.error = configError(QCoreApplication::translate("tkeci::KubeConfig",
            "the kubeconfig has no current-context; choose one with --context"));
        return result;
    }
    const auto ctx = merged.contexts.find(a.contextName);
    if (ctx == merged.contexts.end()) {
        result.error = configError(
            QCoreApplication::translate("tkeci::KubeConfig", "the kubeconfig has no context \"%1\"")
                .arg(a.contextName));
        return result;
    }
    a.clusterName = text(ctx->second.body, QStringLiteral("cluster"));
    a.userName = text(ctx->second.body, QStringLiteral("user"));
    a.defaultNamespace = text(ctx->second.body, QStringLiteral("namespace"));
    const auto cluster = merged.clusters.find(a.clusterName);
    if (cluster == merged.clusters.end()) {
        result.error = configError(QCoreApplication::translate("tkeci::KubeConfig",
            "context \"%1\" names cluster \"%2\", which the kubeconfig does not define")
                                       .arg(a.contextName, a.clusterName));
        return result;
    }
    a.server = QUrl(text(cluster->second.body, QStringLiteral("server")));
    if (!a.server.isValid() || a.server.host().isEmpty()) {
        result.error = configError(QCoreApplication::translate(
            "tkeci::KubeConfig", "cluster \"%1\" has no valid server URL")
                                       .arg(a.clusterName));
        return result;
    }
    a.insecureSkipTlsVerify = cluster->second.body.find(QStringLiteral("insecure-skip-tls-verify"))
        && cluster->second.body.find(QStringLiteral("insecure-skip-tls-verify"))
               ->toBool()
               .value_or(false);
    a.tlsServerName = text(cluster->second.body, QStringLiteral("tls-server-name"));
    std::optional<KubeError> error;
    if (auto ca
        = fileOrData(cluster->second, QStringLiteral("certificate-authority"), readFile, error))
        a.caPem = *ca;
    if (a.insecureSkipTlsVerify)
        result.warnings.append(QCoreApplication::translate("tkeci::KubeConfig",
            "TLS verification is OFF for cluster \"%1\" because its kubeconfig "
            "sets insecure-skip-tls-verify: anyone on the path can read and "
            "change what is sent")
                                   .arg(a.clusterName));
    if (const auto user = merged.users.find(a.userName); user != merged.users.end()) {
        if (auto cert
            = fileOrData(user->second, QStringLiteral("client-certificate"), readFile, error))
            a.clientCertPem = *cert;
        if (auto key = fileOrData(user->second, QStringLiteral("client-key"), readFile, error))
            a.clientKeyPem = *key;
        a.token = text(user->second.body, QStringLiteral("token"));
        const QString tokenFile = text(user->second.body, QStringLiteral("tokenFile"));
        if (!tokenFile.isEmpty())
            a.tokenFile = resolvePath(tokenFile, user->second.dir);
        a.exec = execPlugin(user->second);
    } else if (!a.userName.isEmpty()) {
        error = configError(QCoreApplication::translate("tkeci::KubeConfig",
            "context \"%1\" names user \"%2\", which the kubeconfig does not define")
                                .arg(a.contextName, a.userName));
    }
    if (error) {
        result.error = error;
        return result;
    }
    if (a.server.scheme() != QLatin1String("https"))
        result.warnings.append(QCoreApplication::translate(
            "tkeci::KubeConfig", "the server %1 is not HTTPS: nothing sent to it is protected")
                                   .arg(a.server.toString()));
    result.access = a;
    return result;
}

} // namespace tkeci
