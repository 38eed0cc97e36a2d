#pragma once

#include "apply/ApiDiscovery.h"
#include "kube/JsonRead.h"
#include "render/ManifestSet.h"

#include <QJsonObject>

#include <vector>

namespace tkeci {

/// Which object: apiVersion, kind, namespace (empty for cluster-scoped) and name.
struct ObjectRef
{
    QString apiVersion;
    QString kind;
    QString ns;
    QString name;

    /// "DaemonSet kube-system/cilium" or "ClusterRole cilium".
    QString display() const;
    QJsonObject toJson() const;
    /// Reads one strictly: apiVersion, kind and name are required and must be usable in a
    /// REST path (an empty name would address the whole collection, a "/" another path), as
    /// must the namespace when there is one. A mismatch is recorded on `at`.
    static ObjectRef read(const JsonRead &at);
    bool operator==(const ObjectRef &) const = default;
};

/// A name or namespace read strictly, usable as one segment of a REST path (a DELETE must
/// never reach a collection or another resource) and printable as it is. A mismatch is
/// recorded on `at`.
QString readKubeName(const JsonRead &at, Presence presence);
/// An optional array of such names (labelled nodes, machines).
QStringList readKubeNames(const JsonRead &at);

/// The REST path of an object (or of its collection when `name` is empty).
QString objectPath(const ApiResource &resource, const QString &ns, const QString &name);
/// `daemonsets.apps "cilium" in kube-system`, the way the server names objects.
QString describeObject(const ApiResource &resource, const QString &ns, const QString &name);

/// A document to apply, with where it came from.
struct PlannedObject
{
    ObjectRef ref;
    YamlNode document;
    QString file; // "cilium.yaml"
    int index = 0; // document index in the file
};

/// Apply rank: namespaces, CRDs, service accounts, secrets and config maps, RBAC roles, then
/// bindings, services, other built-ins, workloads, and last custom resources (whose CRDs and
/// controllers come before them).
int applyRank(const QString &apiVersion, const QString &kind);

/// Every document of `files` in a safe apply order (stable within a rank, so the renderer's
/// order is kept). Documents that are not Kubernetes objects are reported in `problems`.
std::vector<PlannedObject> planApply(const QList<ManifestFile> &files, Problems &problems);

} // namespace tkeci
