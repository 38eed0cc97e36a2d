#pragma once

#include "kube/KubeClient.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QNetworkReply;

namespace tkeci {

/// The operator's sentence and technical detail for a failed reply: what failed, and what to
/// look at (the credential, the certificate and why it was refused, the verb and resource RBAC
/// denied, the field manager holding a field, the server's validation message).
KubeError kubeErrorFor(const KubeRequest &request, const ClusterAccess &access, int httpStatus,
    const QJsonObject &status, int networkError, const QString &networkErrorText,
    const QList<QSslError> &sslErrors, const QSslCertificate &peerCertificate);

} // namespace tkeci
