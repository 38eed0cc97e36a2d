#pragma once

#include "kube/KubeClient.h"

#include <QHash>

#include <functional>
#include <memory>

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
    QStringList asked; // every group version read, served or not
    std::optional<KubeError> error;

    const ApiResource *find(const QString &apiVersion, const QString &kind) const;
};

/// What a run learned from discovery, shared by its steps (the apply, the connectivity check)
/// so that no group version is read twice in one run.
using ApiDiscoveryCache = std::shared_ptr<ApiDiscoveryResult>;

/// The APIResourceList of each group version in `apiVersions`, read concurrently. A group
/// version the server does not serve (404) is not an error here: find() returns nullptr for
/// its kinds and the caller says which object it could not place. With a cache, group
/// versions already in it are not read again and what is read is added to it.
///
/// kubectl reads /api and /apis first to list the groups; the installer knows the group
/// versions it needs, and a 404 on one says the same as its absence from /apis, one round
/// trip sooner.
void discoverApiResources(KubeClient &client, const QStringList &apiVersions,
    std::function<void(ApiDiscoveryResult)> done, const ApiDiscoveryCache &cache = {});

/// "/api/v1" or "/apis/<group>/<version>".
QString groupVersionPath(const QString &apiVersion);

} // namespace tkeci
