#pragma once

#include "apply/Inventory.h"
#include "apply/ObjectRef.h"
#include "kube/ConcurrentCalls.h"
#include "kube/KubeClient.h"

#include <QObject>

#include <memory>

namespace tkeci {

/// How one object fared.
enum class ApplyOutcome { Created, Configured, Unchanged };

/// The end of an apply run. On failure `failedObject` and `error` say which object and why
/// (the first in the planned order, when several of one wave failed); `applied` lists what
/// was applied (also recorded in the inventory), so a re-run continues from a known state.
struct ApplyResult
{
    QList<ObjectRef> applied;
    int created = 0;
    int configured = 0;
    int unchanged = 0;
    QString failedObject; // display name, empty on success
    // The objects whose write got no answer (timeout, connection closed, 504): they may exist
    // now, so the inventory lists them too and an uninstall would not leave them behind.
    QList<ObjectRef> uncertain;
    std::optional<KubeError> error;
    QStringList warnings; // e.g. the inventory could not be written locally
    // stop() ended the run before every object was sent; `applied` and the inventory hold
    // what went in, the calls in flight included.
    bool stopped = false;
    // The lead (start() with a lead: the node labels) failed, so nothing was written; its
    // owner has the reason.
    bool leadFailed = false;
    bool ok() const { return !error.has_value() && !stopped && !leadFailed; }
};

/// Server-side apply of manifest files with field manager "tke-cilium-installer": discovery,
/// one metadata list per resource to learn what exists (read a wave ahead), then one PATCH
/// (application/apply-patch+yaml) per document in waves: the objects of one apply rank (all
/// ServiceAccounts, all ConfigMaps, all ClusterRoles, ...) go concurrently, a bounded number
/// in flight, and each rank after the one before it has fully gone in, so the safe order
/// holds. The run stops at the first failure: no later wave starts, the calls in flight
/// finish and are recorded. Steps are reported in the planned order. Objects already applied
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

    /// Discovery shared with the run's other steps (default: the applier reads its own).
    void setDiscoveryCache(ApiDiscoveryCache cache) { m_discoveryCache = std::move(cache); }

    /// Starts applying; finished() follows once. Not re-entrant: one run per object at a time.
    void start(const QList<ManifestFile> &files);
    /// The same for files the caller planned already (planApply() and its problems), so that
    /// a run that needed the plan before the apply parses each file once. With a `lead`, a
    /// write every object must come after (the node labels), sent beside the run's first
    /// reads (what exists of the first wave, the inventory) to save their round trip: nothing
    /// is written and finished() does not follow before the lead has finished; a lead that
    /// fails (finish(false)) ends the run with nothing written and `leadFailed` set (the
    /// inventory still records the labelled nodes set meanwhile).
    void start(
        std::vector<PlannedObject> planned, const Problems &problems, concurrent::Call lead = {});
    /// Ends the run at its next safe point: no further object is sent, the calls in flight
    /// are answered and recorded, the inventory is written with what went in, and
    /// finished() follows with `stopped` set (or as usual, when everything was in already).
    /// A stop that drops the run at once would leave applied objects off the record.
    void stop();

Q_SIGNALS:
    void stepStarted(int index, int total, const QString &object);
    void stepFinished(int index, int total, const QString &object, tkeci::ApplyOutcome outcome);
    void finished(const tkeci::ApplyResult &result);

private:
    struct Run;
    void placeObjects();
    size_t waveEndFrom(size_t begin) const;
    concurrent::Call readLiveOf(size_t begin, size_t end);
    void readLive();
    void applyWave();
    concurrent::Call applyOne(size_t index);
    void reportInOrder(bool waveEnded);
    void finish(const std::optional<KubeError> &error, const QString &failedObject);
    void finishStopped();
    void afterLead(std::function<void()> next);
    KubeRequest inventoryRequest() const;
    void writeInventory(std::function<void()> then);
    void mergeInventory(const KubeResponse &before, std::function<void()> then);

    KubeClient &m_client;
    bool m_force = false;
    bool m_keepInventory = true;
    QString m_inventoryFile;
    QStringList m_labelledNodes;
    QStringList m_editedMasters;
    ApiDiscoveryCache m_discoveryCache;
    std::unique_ptr<Run> m_run;
};

} // namespace tkeci
