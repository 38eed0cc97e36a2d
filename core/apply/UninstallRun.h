#pragma once

#include "apply/LoginSecrets.h"
#include "apply/NodeStepRunner.h"
#include "apply/NodeStepText.h"
#include "apply/Uninstaller.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tkeci {

/// The steps of an uninstall, in the order they run.
enum class UninstallStep {
    DeleteObjects, // what the inventory lists, in reverse apply order; underlay labels off
    RestoreMasters, // kube-controller-manager's backup back on the masters (SSH)
    CleanNodes, // Cilium's links and CNI files off every node (SSH, when asked)
};

struct UninstallRunOptions
{
    QString inventoryFile; // empty: defaultInventoryFile(server)
    /// The profile, when the operator gave one: its masters get their backups back, its
    /// nodes are cleaned. nullopt: only the cluster's objects are deleted.
    std::optional<InstallPlan> plan;
    PreflightOptions ssh;
    /// false: the operator set the controller-manager flags himself, so no master of the
    /// profile was edited unless the inventory says so.
    bool mastersMayBeEdited = true;
    bool cleanNodes = false;
};

/// Which masters get their kube-controller-manager backup back.
struct MasterRestorePlan
{
    QList<NodeSpec> restore; // the profile's masters to log in to
    QStringList unknown; // recorded as edited, but not in the profile (or no profile)
};

/// The one rule, for the wizard and the command line: every master the inventory recorded as
/// edited, and, in overlay mode unless the operator set the flags himself, every master of the
/// profile, since a run stopped while the masters were being edited, or an inventory lost,
/// has not recorded them; a master without our backup is left as it is.
MasterRestorePlan mastersToRestore(const std::optional<InstallPlan> &plan,
    const QStringList &recordedMasters, bool mastersMayBeEdited);

struct UninstallRunResult
{
    UninstallResult objects; // DeleteObjects
    QStringList unknownEditedMasters; // see MasterRestorePlan::unknown
    QList<NodeStepEvent> nodes; // RestoreMasters and CleanNodes, in order
    std::optional<RunStop> stop; // the secrets were not given
    bool nodesOk() const;
    bool ok() const { return objects.ok() && unknownEditedMasters.isEmpty() && !stop && nodesOk(); }
};

/// The summary lines of a finished uninstall (objects deleted, labels removed), as both faces
/// print them; node outcomes are told as they come (nodeStepLine()).
QStringList uninstallSummaryLines(const UninstallRunResult &result);
/// What is left for the operator: masters edited by the installation that the profile does
/// not list (UninstallRunResult::unknownEditedMasters).
QString mastersLeftText(const QStringList &masters);

/// One uninstall, as `uninstall` and the wizard's Finish page do it: delete what the inventory
/// lists (Uninstaller) -> ask the secrets the SSH logins need (pause) -> put the masters'
/// kube-controller-manager back (mastersToRestore()) -> clean the nodes (when asked). With no
/// inventory left (a second run, say), the node steps still run: the masters may still need
/// their backups. Any other failure of the deletion stops before the nodes. Cancel by
/// destroying the object.
class UninstallRun : public QObject
{
    Q_OBJECT
public:
    explicit UninstallRun(const ClusterAccess &access, QObject *parent = nullptr);
    ~UninstallRun() override;

    /// finished() follows once unless the object is destroyed first.
    void start(const UninstallRunOptions &options);
    /// Answers to secretsNeeded(); declined, no node is logged in to (each says so).
    void provideSecrets(const NodeSecrets &secrets);
    void declineSecrets();

    const UninstallRunResult &result() const { return m_result; }

Q_SIGNALS:
    void stepStarted(tkeci::UninstallStep step);
    void objectDeleted(int index, int total, const QString &object, bool deleted);
    void secretsNeeded(const QList<tkeci::SecretRequest> &requests); // paused
    void nodeDone(tkeci::UninstallStep step, const tkeci::NodeStepEvent &event);
    void finished(const tkeci::UninstallRunResult &result);

private:
    void deleted(const UninstallResult &result);
    void nextNodeStep();
    void nodeStepFinished(const QList<NodeStepResult> &results);
    void finish();

    UninstallRunOptions m_options;
    UninstallRunResult m_result;
    QList<NodeSpec> m_restore;
    QList<NodeSpec> m_clean;
    std::optional<UninstallStep> m_step;
    bool m_asking = false;
    NodeSecrets m_secrets; // overwritten when the run ends
    NodeStepRunner m_runner;
    std::unique_ptr<Uninstaller> m_uninstaller;
    // Declared last so it is destroyed first: no reply reaches the uninstaller afterwards.
    std::unique_ptr<KubeClient> m_client;
};

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::UninstallRunResult)
