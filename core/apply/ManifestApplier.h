#pragma once

#include "apply/Inventory.h"
#include "apply/ObjectRef.h"
#include "kube/KubeClient.h"

#include <QObject>

#include <memory>

namespace tkeci {

/// How one object fared.
enum class ApplyOutcome { Created, Configured, Unchanged };

/// The end of an apply run. On failure `failedObject` and `error` say which object and why;
/// `applied` lists what was applied before it (also recorded in the inventory), so a re-run
/// continues from a known state.
struct ApplyResult
{
    QList<ObjectRef> applied;
    int created = 0;
    int configured = 0;
    int unchanged = 0;
    QString failedObject; // display name, empty on success
    // The failed object when its write got no answer (timeout, connection closed, 504): it
    // may exist now, so the inventory lists it too and an uninstall would not leave it behind.
    std::optional<ObjectRef> uncertain;
    std::optional<KubeError> error;
    QStringList warnings; // e.g. the inventory could not be written locally
    bool ok() const { return !error.has_value(); }
};

/// Server-side apply of manifest files with field manager "tke-cilium-installer":
/// discovery, then one PATCH (application/apply-patch+yaml) per document in a safe order,
/// each step reported as it happens, stopping at the first failure. Objects already applied
/// come back Unchanged on a re-run. The inventory (ConfigMap + local file) is updated after
/// the run, also after a failure, with what was applied.
class ManifestApplier : public QObject
{
    Q_OBJECT
public:
    explicit ManifestApplier(KubeClient &client, QObject *parent = nullptr);
    ~ManifestApplier() override;

    /// Take over fields another manager holds (?force=true). Off by default: a conflict stops
    /// the run and names the manager.
    void setForce(bool force) { m_force = force; }
    /// Keep an inventory (default on) and where its local copy goes (default:
    /// defaultInventoryFile()). The connectivity check runs without one.
    void setInventory(bool keep, const QString &localFile = QString());

    /// Nodes given our underlay labels before this run (NodeLabeler), for the inventory.
    void setLabelledNodes(const QStringList &nodes) { m_labelledNodes = nodes; }
    /// Masters whose kube-controller-manager manifest was edited before this run, for the
    /// inventory.
    void setEditedMasters(const QStringList &masters) { m_editedMasters = masters; }

    /// Starts applying; finished() follows once. Not re-entrant: one run per object at a time.
    void start(const QList<ManifestFile> &files);

Q_SIGNALS:
    void stepStarted(int index, int total, const QString &object);
    void stepFinished(int index, int total, const QString &object, tkeci::ApplyOutcome outcome);
    void finished(const tkeci::ApplyResult &result);

private:
    struct Run;
    void applyNext();
    void finish(const std::optional<KubeError> &error, const QString &failedObject);
    void writeInventory(std::function<void()> then);

    KubeClient &m_client;
    bool m_force = false;
    bool m_keepInventory = true;
    QString m_inventoryFile;
    QStringList m_labelledNodes;
    QStringList m_editedMasters;
    std::unique_ptr<Run> m_run;
};

} // namespace tkeci
