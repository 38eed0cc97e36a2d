#pragma once

#include "apply/ObjectRef.h"
#include "kube/JsonRead.h"

#include <QUrl>

namespace tkeci {

/// What the installer applied to a cluster, in apply order: the basis of status and uninstall.
/// Kept twice: a ConfigMap in kube-system (travels with the cluster) and a local file (still
/// there when the ConfigMap is gone). Holds names only, never object contents or secrets.
struct Inventory
{
    QList<ObjectRef> objects;
    QStringList labelledNodes; // nodes that carry our underlay labels (removed on uninstall)
    /// Masters (IPs) whose kube-controller-manager manifest was edited, a backup beside it
    /// (put back on uninstall).
    QStringList editedMasters;
    /// New cluster (global cluster's local file only): the TKEStack Cluster this installer
    /// created or followed and the worker Machines, so that a re-run after a crash or Ctrl-C
    /// follows them instead of creating them twice. Never listed in `objects`: deleting a
    /// Cluster tears the cluster down, which no uninstall of Cilium may do.
    QString newCluster;
    QStringList newMachines;
    QString server; // the API server URL it was applied to
    QString updatedAt; // ISO 8601, UTC

    /// Adds objects not yet listed, keeping the first position of each.
    void add(const QList<ObjectRef> &more);
    QByteArray toJson() const;
    /// Reads an inventory strictly: every field in its type, every object a usable reference.
    /// `path` is where the text sits (".data[\"inventory.json\"]"), for messages.
    static Shaped<Inventory> fromJson(const QByteArray &json, const QString &path = QString());
};

inline const QString kInventoryConfigMap = QStringLiteral("tke-cilium-installer-inventory");
inline const QString kInventoryKey = QStringLiteral("inventory.json");
inline const QString kFieldManager = QStringLiteral("tke-cilium-installer");

/// The ConfigMap kube-system/tke-cilium-installer-inventory holding `inventory`.
YamlNode inventoryConfigMap(const Inventory &inventory);
/// Reads the inventory out of that ConfigMap as the server returned it. A ConfigMap of that
/// name without a readable inventory is a mismatch, never "nothing installed": status and
/// uninstall must not act on it.
Shaped<Inventory> inventoryFromConfigMap(const QJsonObject &configMap);

/// The local copy: <app data>/inventory/<host>_<port>.json.
QString defaultInventoryFile(const QUrl &server);
/// Writes atomically (QSaveFile); returns an error text, empty on success.
QString writeInventoryFile(const QString &path, const Inventory &inventory);
/// The local copy: value nullopt when there is no such file; an error when there is one that
/// cannot be read or is not an inventory.
Shaped<std::optional<Inventory>> readInventoryFile(const QString &path);
/// The error for a local inventory file that is not one (read by readInventoryFile()).
KubeError inventoryFileError(const QString &path, const JsonShapeError &shape);

} // namespace tkeci
