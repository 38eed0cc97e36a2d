#pragma once

#include "kube/KubeClient.h"

#include <QHash>

#include <functional>

namespace tkeci {

/// A kind as the server serves it: its URL segment (plural) and scope.
struct ApiResource
{
    QString group; // "" for the core group
    QString version;
    QString kind;
    QString plural;
    bool namespaced = false;
};

/// Kind -> resource mapping learned from discovery.
struct ApiDiscoveryResult
{
    QHash<QString, ApiResource> byApiVersionKind; // key "apps/v1/DaemonSet"
    QStringList groups; // every group /apis lists, plus "" for /api
    std::optional<KubeError> error;

    const ApiResource *find(const QString &apiVersion, const QString &kind) const;
};

/// Discovery as kubectl does it: /api and /apis (which also proves the server answers and
/// accepts our credentials), then the APIResourceList of each group version in
/// `apiVersions`. A group version the server does not serve is not an error here: find()
/// returns nullptr for its kinds and the caller says which object it could not place.
void discoverApiResources(KubeClient &client, const QStringList &apiVersions,
    std::function<void(ApiDiscoveryResult)> done);

/// "/api/v1" or "/apis/<group>/<version>".
QString groupVersionPath(const QString &apiVersion);

} // namespace tkeci
