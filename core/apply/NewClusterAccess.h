#pragma once

#include "kube/KubeConfig.h"

#include <QJsonObject>

#include <optional>

namespace tkeci {

/// How to reach a cluster TKEStack created, from its Cluster object (status.addresses,
/// spec.clusterCredentialRef) and the ClusterCredential it names (caCert, token or
/// clientCert/clientKey, base64 in JSON as []byte fields are). The address is chosen as
/// TKEStack's own REST config helper does: Internal, then Advertise, then Real.
struct NewClusterAccessResult
{
    std::optional<ClusterAccess> access;
    QString error; // field path first, translated; empty on success
};

/// The ClusterCredential's name (spec.clusterCredentialRef.name), empty when not set yet.
QString clusterCredentialName(const QJsonObject &cluster);

NewClusterAccessResult newClusterAccess(const QJsonObject &cluster, const QJsonObject &credential);

} // namespace tkeci
