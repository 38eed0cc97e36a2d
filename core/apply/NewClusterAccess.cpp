#include "apply/NewClusterAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace tkeci {
namespace {

/// The address as api/platform/v1/cluster.go:157-178 (Cluster.Host) picks it: an Internal
/// one (the control plane's way in), else Advertise, else Real. TKEStack takes a random one
/// of a type; the first is as good and keeps runs repeatable.
std::optional<QJsonObject> chooseAddress(const QJsonArray &addresses)
{
    for (const QString &type :
        {QStringLiteral("Internal"), QStringLiteral("Advertise"), QStringLiteral("Real")}) {
        for (const QJsonValue &a : addresses) {
            if (a.toObject().value(QStringLiteral("type")).toString() == type)
                return a.toObject();
        }
    }
    return std::nullopt;
}

} // namespace

QString clusterCredentialName(const QJsonObject &cluster)
{
    return cluster.value(QStringLiteral("spec"))
        .toObject()
        .value(QStringLiteral("clusterCredentialRef"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

NewClusterAccessResult newClusterAccess(const QJsonObject &cluster, const QJsonObject &credential)
{
    NewClusterAccessResult result;
    const QString name = cluster.value(QStringLiteral("metadata"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    const std::optional<QJsonObject> address = chooseAddress(cluster.value(QStringLiteral("status"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("addresses"))
                                                                 .toArray());
    if (!address) {
        result.error = QCoreApplication::translate("tkeci::NewClusterAccess",
            "cluster %1 status.addresses: no Internal, Advertise or Real address")
                           .arg(name);
        return result;
    }
    const QString host = address->value(QStringLiteral("host")).toString();
    const int port = address->value(QStringLiteral("port")).toInt();
    if (host.isEmpty() || port <= 0 || port > 65535) {
        result.error = QCoreApplication::translate("tkeci::NewClusterAccess",
            "cluster %1 status.addresses: \"%2:%3\" is not a host and port")
                           .arg(name, host)
                           .arg(port);
        return result;
    }
    // ClusterCredential (api/platform/v1/types.go): caCert, clientCert, clientKey are []byte
    // (base64 in JSON); token is a string pointer.
    const auto bytes = [&credential](const char *key) {
        return QByteArray::fromBase64(credential.value(QLatin1String(key)).toString().toLatin1());
    };
    ClusterAccess a;
    a.clusterName = name;
    a.contextName = name;
    a.userName = QStringLiteral("admin");
    QUrl server;
    server.setScheme(QStringLiteral("https"));
    server.setHost(host);
    server.setPort(port);
    a.server = server;
    a.caPem = bytes("caCert");
    a.clientCertPem = bytes("clientCert");
    a.clientKeyPem = bytes("clientKey");
    a.token = credential.value(QStringLiteral("token")).toString();
    a.source = QCoreApplication::translate("tkeci::NewClusterAccess", "ClusterCredential %1")
                   .arg(credential.value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString());
    // Without TKEStack's CA the new cluster could not be verified, and the credential is
    // never sent to a server that is not.
    if (a.caPem.isEmpty()) {
        result.error = QCoreApplication::translate("tkeci::NewClusterAccess",
            "ClusterCredential of cluster %1 caCert: empty; the new cluster's API "
            "server cannot be verified")
                           .arg(name);
        return result;
    }
    if (a.token.isEmpty() && (a.clientCertPem.isEmpty() || a.clientKeyPem.isEmpty())) {
        result.error = QCoreApplication::translate("tkeci::NewClusterAccess",
            "ClusterCredential of cluster %1: neither token nor clientCert and "
            "clientKey")
                           .arg(name);
        return result;
    }
    result.access = a;
    return result;
}

} // namespace tkeci
