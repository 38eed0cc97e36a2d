#pragma once

#include "apply/ObjectRef.h"
#include "kube/KubeClient.h"

#include <QHash>

#include <functional>
#include <vector>

namespace tkeci {

/// Which of the objects to apply exist already, and at which resourceVersion: what tells
/// "created", "configured" and "unchanged" apart after the apply (a no-op apply keeps the
/// resourceVersion).
struct LiveVersions
{
    QHash<QString, QString> byKey; // liveKey() -> metadata.resourceVersion
    std::optional<KubeError> error;
    QString failedObject; // display name of the object whose read failed, if one did

    QString of(const ApiResource &resource, const QString &ns, const QString &name) const
    {
        return byKey.value(liveKey(resource, ns, name));
    }
    static QString liveKey(const ApiResource &resource, const QString &ns, const QString &name);
};

/// One object to look up: where it lives (its namespace already defaulted) and its name.
struct LiveLookup
{
    ApiResource resource;
    ObjectRef ref;
    int order = 0; // its place in the lookups (set by readLiveVersions): the first failure wins
};

/// Reads the resourceVersion of every object in `lookups` with one list per resource and
/// namespace, all lists at once, metadata only. kube-apiserver answers the Accept media type
/// "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1" (meta.k8s.io/v1 since
/// Kubernetes 1.15) with names and metadata only, as client-go's metadata client asks for it
/// (k8s.io/client-go metadata/metadata.go); a server that does not know it answers the
/// plain list, which reads the same way. A list refused (RBAC allows get, not list) or not
/// served falls back to one GET per object.
void readLiveVersions(
    KubeClient &client, const QList<LiveLookup> &lookups, std::function<void(LiveVersions)> done);

} // namespace tkeci
