#include "kube/ExecCredential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace tkeci {
namespace {

KubeError pluginError(const QString &message, const QString &detail)
{
    return KubeError {KubeError::Kind::Credentials, 0, message, detail};
}

} // namespace

ExecCredential runExecPlugin(const ExecPlugin &plugin, int timeoutMs)
{
    ExecCredential result;
    const QString apiVersion = plugin.apiVersion.isEmpty()
        ? QStringLiteral("client.authentication.k8s.io/v1")
        : plugin.apiVersion;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : plugin.env)
        env.insert(name, value);
    const QJsonObject info {{QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("interactive"), false}}}};
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(plugin.workingDirectory);
    process.start(plugin.command, plugin.args);
    if (!process.waitForStarted(timeoutMs)) {
        result.error = pluginError(
            QCoreApplication::translate("tkeci::ExecCredential",
                "the credential plugin \"%1\" named in the kubeconfig could not be started")
                .arg(plugin.command),
            process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = pluginError(QCoreApplication::translate("tkeci::ExecCredential",
                                       "the credential plugin \"%1\" did not answer within %2 s")
                                       .arg(plugin.command)
                                       .arg(timeoutMs / 1000),
            QString());
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = pluginError(QCoreApplication::translate("tkeci::ExecCredential",
                                       "the credential plugin \"%1\" failed (exit code %2)")
                                       .arg(plugin.command)
                                       .arg(process.exitCode()),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(2000));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    const QJsonObject status = doc.object().value(QStringLiteral("status")).toObject();
    if (doc.isNull()
        || doc.object().value(QStringLiteral("kind")).toString()
            != QLatin1String("ExecCredential")) {
        result.error
            = pluginError(QCoreApplication::translate("tkeci::ExecCredential",
                              "the credential plugin \"%1\" did not print an ExecCredential")
                              .arg(plugin.command),
                parseError.errorString());
        return result;
    }
    result.token = status.value(QStringLiteral("token")).toString();
    result.clientCertPem
        = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    result.clientKeyPem = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    result.expiry = QDateTime::fromString(
        status.value(QStringLiteral("expirationTimestamp")).toString(), Qt::ISODate);
    if (result.token.isEmpty() && result.clientCertPem.isEmpty())
        result.error = pluginError(
            QCoreApplication::translate("tkeci::ExecCredential",
                "the credential plugin \"%1\" returned neither a token nor a client certificate")
                .arg(plugin.command),
            QString());
    return result;
}

} // namespace tkeci
