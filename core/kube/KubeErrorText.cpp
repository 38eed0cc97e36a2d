#include "kube/KubeErrorText.h"

#include "text/SafeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCertificate>

#include <optional>

namespace tkeci {
namespace {

QString subject(const QSslCertificate &cert)
{
    const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? cert.subjectDisplayName() : QStringLiteral("CN=") + cn.join(u',');
}

QString issuer(const QSslCertificate &cert)
{
    const QStringList cn = cert.issuerInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? cert.issuerDisplayName() : QStringLiteral("CN=") + cn.join(u',');
}

// The client certificate, when it is what the request is authenticated with and it is not
// valid now: the usual reason a server refuses it, and one the operator can act on.
std::optional<QSslCertificate> outdatedClientCertificate(const ClusterAccess &access)
{
    if (!access.token.isEmpty() || !access.tokenFile.isEmpty() || access.exec)
        return std::nullopt;
    const auto certs = QSslCertificate::fromData(access.clientCertPem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certs.isEmpty()
        || (certs.first().expiryDate() >= now && certs.first().effectiveDate() <= now))
        return std::nullopt;
    return certs.first();
}

QString outdatedText(const ClusterAccess &access, const QSslCertificate &cert)
{
    if (cert.expiryDate() < QDateTime::currentDateTimeUtc())
        return QCoreApplication::translate("tkeci::KubeErrorText",
            "the server refused the client certificate of user \"%1\" (%2): it expired on %3")
            .arg(access.userName, subject(cert), cert.expiryDate().toString(Qt::ISODate));
    return QCoreApplication::translate("tkeci::KubeErrorText",
        "the server refused the client certificate of user \"%1\" (%2): it is valid only from "
        "%3 (is this computer's clock right?)")
        .arg(access.userName, subject(cert), cert.effectiveDate().toString(Qt::ISODate));
}

QString credentialName(const ClusterAccess &access)
{
    if (!access.token.isEmpty() || !access.tokenFile.isEmpty())
        return QCoreApplication::translate(
            "tkeci::KubeErrorText", "the bearer token of user \"%1\"")
            .arg(access.userName);
    if (access.exec)
        return QCoreApplication::translate(
            "tkeci::KubeErrorText", "the credential from plugin \"%1\"")
            .arg(access.exec->command);
    if (!access.clientCertPem.isEmpty())
        return QCoreApplication::translate(
            "tkeci::KubeErrorText", "the client certificate of user \"%1\"")
            .arg(access.userName);
    return QCoreApplication::translate(
        "tkeci::KubeErrorText", "no credential (user \"%1\" has none)")
        .arg(access.userName);
}

KubeError tlsError(const ClusterAccess &access, const QString &networkErrorText,
    const QList<QSslError> &sslErrors, const QSslCertificate &peer)
{
    KubeError e {KubeError::Kind::Tls, 0, QString(), networkErrorText};
    if (!sslErrors.isEmpty()) {
        // The server's own certificate names the server; the errors may be about its chain.
        const QSslCertificate cert = peer.isNull() ? sslErrors.first().certificate() : peer;
        QStringList why;
        for (const QSslError &s : sslErrors)
            why.append(s.errorString());
        e.message = QCoreApplication::translate("tkeci::KubeErrorText",
            "TLS failure: the certificate of %1 (%2, issued by %3) was refused: %4. "
            "Check certificate-authority of cluster \"%5\" in %6")
                        .arg(access.server.authority(), subject(cert), issuer(cert),
                            why.join(QStringLiteral("; ")), access.clusterName, access.source);
        return e;
    }
    // The server ended the handshake: a proxy or server that checks client certificates in
    // the handshake (kube-apiserver itself does it per request, see 401 below) refused ours.
    if (const auto cert = outdatedClientCertificate(access)) {
        e.message = QCoreApplication::translate("tkeci::KubeErrorText", "TLS failure: %1")
                        .arg(outdatedText(access, *cert));
    } else {
        e.message = QCoreApplication::translate(
            "tkeci::KubeErrorText", "TLS failure: the handshake with %1 failed: %2")
                        .arg(access.server.authority(), networkErrorText);
    }
    return e;
}

QString statusMessage(const QJsonObject &status)
{
    // The server's words reach a terminal and a label: escaped, and cut (a Status of 10 MiB
    // must not be printed, let alone twice).
    return safeText(status.value(QStringLiteral("message")).toString());
}

KubeError conflictError(const KubeRequest &request, const QJsonObject &status)
{
    KubeError e {KubeError::Kind::Conflict, 409, QString(), statusMessage(status)};
    const QJsonArray causes = status.value(QStringLiteral("details"))
                                  .toObject()
                                  .value(QStringLiteral("causes"))
                                  .toArray();
    QStringList parts;
    for (const QJsonValue &c : causes) {
        const QJsonObject cause = c.toObject();
        if (cause.value(QStringLiteral("reason")).toString()
            != QLatin1String("FieldManagerConflict"))
            continue;
        // "conflict with \"kubectl\" using v1": the manager is the quoted part.
        const QString m = safeText(cause.value(QStringLiteral("message")).toString(), 500);
        const qsizetype a = m.indexOf(u'"');
        const qsizetype b = m.indexOf(u'"', a + 1);
        const QString manager = a >= 0 && b > a ? m.mid(a + 1, b - a - 1) : m;
        parts.append(
            QCoreApplication::translate("tkeci::KubeErrorText", "%1 (held by field manager \"%2\")")
                .arg(safeText(cause.value(QStringLiteral("field")).toString(), 500), manager));
    }
    if (!parts.isEmpty())
        e.message = QCoreApplication::translate("tkeci::KubeErrorText",
            "%1: another field manager owns fields this apply would change: %2. "
            "Agree with whoever manages them, or apply again with force to take them "
            "over")
                        .arg(request.what, parts.join(QStringLiteral(", ")));
    else
        e.message = QCoreApplication::translate("tkeci::KubeErrorText", "%1: conflict: %2")
                        .arg(request.what, statusMessage(status));
    return e;
}

} // namespace

KubeError kubeErrorFor(const KubeRequest &request, const ClusterAccess &access, int httpStatus,
    const QJsonObject &status, int networkError, const QString &networkErrorText,
    const QList<QSslError> &sslErrors, const QSslCertificate &peerCertificate)
{
    const auto net = QNetworkReply::NetworkError(networkError);
    if (httpStatus == 0) {
        // A TLS alert from the server (e.g. it refused our certificate) surfaces as a read
        // error with OpenSSL's text, not as SslHandshakeFailedError.
        if (net == QNetworkReply::SslHandshakeFailedError
            || networkErrorText.contains(QLatin1String("SSL routines")))
            return tlsError(access, networkErrorText, sslErrors, peerCertificate);
        switch (net) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return {KubeError::Kind::Timeout, 0,
                QCoreApplication::translate(
                    "tkeci::KubeErrorText", "%1 did not answer in time (%2)")
                    .arg(access.server.authority(), request.what),
                networkErrorText};
        case QNetworkReply::RemoteHostClosedError:
            // The request went out and the connection died before the answer: unlike a
            // refused connection, the server (or a load balancer) was there.
            return {KubeError::Kind::Unreachable, 0,
                QCoreApplication::translate("tkeci::KubeErrorText",
                    "the API server %1 closed the connection before answering %2; it may or may "
                    "not have carried the request out (a load balancer or the server dropped it)")
                    .arg(access.server.authority(), request.what),
                networkErrorText};
        default:
            return {KubeError::Kind::Unreachable, 0,
                QCoreApplication::translate("tkeci::KubeErrorText",
                    "cannot reach the API server %1 (context \"%2\"): %3. Check the address, "
                    "the network and that the server runs")
                    .arg(access.server.toString(), access.contextName, networkErrorText),
                networkErrorText};
        }
    }
    const QString detail
        = QStringLiteral("HTTP %1 %2: %3")
              .arg(httpStatus)
              .arg(safeText(status.value(QStringLiteral("reason")).toString(), 200),
                  statusMessage(status));
    switch (httpStatus) {
    case 401:
        // kube-apiserver asks for a client certificate in the handshake without checking it
        // there (tls.RequestClientCert); its x509 authenticator refuses an outdated one here.
        if (const auto cert = outdatedClientCertificate(access))
            return {KubeError::Kind::Unauthorized, 401,
                QCoreApplication::translate("tkeci::KubeErrorText",
                    "%1 (401 Unauthorized). Get a fresh certificate for context \"%2\"")
                    .arg(outdatedText(access, *cert), access.contextName),
                detail};
        return {KubeError::Kind::Unauthorized, 401,
            QCoreApplication::translate("tkeci::KubeErrorText",
                "the API server refused %1 (401 Unauthorized): the token or certificate is wrong "
                "or expired. Get fresh credentials for context \"%2\"")
                .arg(credentialName(access), access.contextName),
            detail};
    case 403:
        return {KubeError::Kind::Forbidden, 403,
            QCoreApplication::translate("tkeci::KubeErrorText",
                "user \"%1\" may not %2 %3 (403 Forbidden); the server says: %4")
                .arg(access.userName, request.rbacVerb, request.what, statusMessage(status)),
            detail};
    case 404:
        return {KubeError::Kind::NotFound, 404,
            QCoreApplication::translate("tkeci::KubeErrorText", "%1: not found (%2)")
                .arg(request.what, statusMessage(status)),
            detail};
    case 409:
        return conflictError(request, status);
    case 400:
    case 422:
        return {KubeError::Kind::Invalid, httpStatus,
            QCoreApplication::translate(
                "tkeci::KubeErrorText", "the server refused %1 as invalid: %2")
                .arg(request.what, statusMessage(status)),
            detail};
    default:
        return {KubeError::Kind::Server, httpStatus,
            QCoreApplication::translate(
                "tkeci::KubeErrorText", "the API server failed on %1 (HTTP %2): %3")
                .arg(request.what)
                .arg(httpStatus)
                .arg(statusMessage(status).isEmpty() ? networkErrorText : statusMessage(status)),
            detail};
    }
}

} // namespace tkeci
