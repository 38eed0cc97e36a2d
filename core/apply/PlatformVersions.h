#pragma once

#include "kube/KubeClient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace tkeci {

/// The Kubernetes versions a TKEStack installation offers for new clusters, as its installer
/// publishes them in the global cluster's ConfigMap kube-public/cluster-info (keys
/// `tkeVersion` and `k8sValidVersions`, a JSON list), see tkestack/tke
/// cmd/tke-installer/app/installer/installer.go (createGlobalCluster... "cluster-info").
struct PlatformVersions
{
    QString tkeVersion; // e.g. v1.6.0; empty when unknown
    QStringList kubernetesVersions; // e.g. 1.21.4-tke.3, 1.20.6-tke.2
    bool fromPlatform = false; // false: the offline list below

    bool offers(const QString &version) const { return kubernetesVersions.contains(version); }
};

/// What the wizard offers without a global cluster to ask (current TKEStack's list).
PlatformVersions offlinePlatformVersions();

/// Reads the versions out of the ConfigMap as the server returned it. nullopt and `error`
/// (field path first) when `k8sValidVersions` is missing or not a JSON list of strings.
std::optional<PlatformVersions> platformVersionsFromConfigMap(
    const QJsonObject &configMap, QString *error);

/// The refusal of a profile whose version the platform does not offer (empty: offered).
/// Field path first, naming the valid versions.
QString versionNotOfferedMessage(const QString &version, const PlatformVersions &versions);

/// Reads kube-public/cluster-info from the global cluster. `done` is called once, with the
/// versions or the error (NotFound when the ConfigMap or its key is absent: not a TKEStack
/// global cluster, or an old one). The client must outlive the reply; destroy the client to
/// cancel.
void readPlatformVersions(KubeClient &globalCluster,
    std::function<void(const std::optional<PlatformVersions> &, const std::optional<KubeError> &)>
        done);

} // namespace tkeci
