#pragma once

#include "apply/ClusterKind.h"
#include "apply/ConnectivityVerifier.h"
#include "apply/ControllerManagerChange.h"
#include "apply/ManifestApplier.h"
#include "apply/NodeCoverage.h"
#include "apply/NodeLabeler.h"
#include "apply/OtherCniCheck.h"
#include "apply/RolloutWatcher.h"
#include "plan/InstallPlan.h"

#include <QObject>

#include <functional>
#include <memory>

namespace tkeci {

/// The steps of installing on an existing cluster, in the order they run.
enum class InstallStep {
    ClusterKind, // a TKEStack baremetal cluster? an imported or managed one is refused
    NodeCoverage, // every node of the cluster in the plan (preflighted) or kept off
    OtherCniCheck, // another CNI on the cluster? the operator may go on anyway
    NodeLabels, // underlay only: the BGP labels on every node of the profile
    ControllerManager, // overlay only: kube-controller-manager flags on the masters (SSH)
    Apply, // server-side apply of the target cluster's files
    Rollout, // every DaemonSet and Deployment rolled out
    Connectivity, // Cilium's connectivity check, then removed
};

/// Tunables of a run. Defaults are what an operator gets; tests shorten them.
struct ExistingInstallOptions
{
    QString inventoryFile; // empty: defaultInventoryFile(server)
    bool force = false; // take over fields another field manager holds
    int rolloutTimeoutMs = 600000;
    int connectivityTimeoutMs = 300000;
    int pollMs = 1000; // rollout and connectivity polling
    bool watchRollout = true; // false: finished() right after the apply (apply without --wait)
};

struct ExistingInstallResult
{
    ApplyResult apply;
    RolloutResult rollout;
    std::optional<ConnectivityResult> connectivity; // nullopt: the check did not run
    std::optional<KubeError> error; // what stopped the run
    std::optional<RunStop> stop; // the operator declined a pause's question, or stopped
    std::optional<InstallStep> failedStep; // where the error or the stop came
    bool ok() const { return !error && !stop && (!connectivity || connectivity->ok()); }
};

/// Why a run ended at `step` by the operator's choice, as a sentence in the current language.
QString installStopText(InstallStep step, RunStop stop);

/// One install on an existing cluster, step by step, as `apply --wait` and `verify` do it:
/// other-CNI check, underlay node labels, the overlay controller-manager change on the masters
/// (controllerManagerChange(), a run of its own with its pauses), server-side apply, rollout
/// watch, connectivity check. Where an operator decides, the run pauses and says so by a
/// signal: another CNI was found (goOnDespiteOtherCni()), an object failed (retryApply()
/// re-applies; applied objects come back unchanged), the rollout ran out of time
/// (waitLonger()). The operator's Stop: stopApplying() while objects are applied (so that
/// what went in is recorded), otherwise destroying the object: the client goes first, so no
/// reply arrives afterwards.
class ExistingClusterInstall : public QObject
{
    Q_OBJECT
public:
    explicit ExistingClusterInstall(const ClusterAccess &access, QObject *parent = nullptr);
    ~ExistingClusterInstall() override;

    void setOptions(const ExistingInstallOptions &options) { m_options = options; }

    /// Overlay: how the masters are reached over SSH for the kube-controller-manager change,
    /// which runs between the node labels and the apply. Unset (nullopt, the default): the
    /// operator sets the flags himself and the step is skipped (stepSkipped()).
    void setMasterAccess(const std::optional<PreflightOptions> &ssh) { m_masterAccess = ssh; }
    /// The controller-manager step's own run: its pauses (secrets, consent) are answered there.
    ControllerManagerChange &controllerManagerChange() { return m_controllerManager; }

    /// Runs the steps; finished() follows once unless the object is destroyed first.
    void start(const InstallPlan &plan, const QList<ManifestFile> &targetFiles,
        const QList<ManifestFile> &verificationFiles);

    /// Answers to a pause.
    void goOnDespiteOtherCni();
    void retryApply();
    /// During the rollout: more time. After rolloutTimedOut(): watch again for `ms`.
    void waitLonger(int ms);
    /// After rolloutTimedOut(): stop here (finished() with the timeout as the error).
    void giveUpRollout();
    /// The operator's Stop while objects are being applied: nothing more is sent, the calls
    /// in flight are answered, the inventory records what went in, then finished() with
    /// RunStop::Stopped at the Apply step. True when that is under way (wait for finished());
    /// false in any other step, where destroying the object stops the run and leaves
    /// nothing unrecorded.
    bool stopApplying();

    KubeClient &client() { return *m_client; }
    /// What the run has done so far (also while it waits for an answer).
    const ExistingInstallResult &result() const { return m_result; }

Q_SIGNALS:
    void stepStarted(tkeci::InstallStep step);
    void stepSkipped(tkeci::InstallStep step);
    void otherCniFound(const QList<tkeci::OtherCni> &found); // paused
    void nodeLabelled(const QString &node, const QString &asn, const QString &switchIp);
    void labelWarnings(const QStringList &notInCluster, const QStringList &notInProfile);
    void objectStarted(int index, int total, const QString &object);
    void objectApplied(int index, int total, const QString &object, tkeci::ApplyOutcome outcome);
    void applyFailed(const QString &object, const tkeci::KubeError &error); // paused
    void applyWarnings(const QStringList &warnings);
    /// Every object is applied (the rollout watch comes next, if any).
    void applied(const tkeci::ApplyResult &result);
    void rolloutStarted(const QList<tkeci::ObjectRef> &workloads);
    void rolloutProgress(const tkeci::RolloutProgress &progress);
    void rolloutTimedOut(const tkeci::RolloutResult &result); // paused, with crash-loop logs
    void checkApplied(int objects);
    void checkProgress(const tkeci::RolloutProgress &progress);
    void finished(const tkeci::ExistingInstallResult &result);
    /// The run's own coverage read, judged next (before anything is written).
    void nodeCoverageRead(const tkeci::NodeCoverageResult &coverage);

private:
    void checkClusterKind();
    void checkOtherCni();
    void labelNodes();
    void controllerManager();
    void beginApply(); // the Apply step starts: what the inventory records, the applying flag
    void apply();
    void watchRollout(int timeoutMs);
    void verify();
    void judgeClusterKind(const ClusterKindResult &r);
    void judgeNodeCoverage();
    void fail(InstallStep step, const KubeError &error);
    void end(InstallStep step, RunStop stop);

    ExistingInstallOptions m_options;
    InstallPlan m_plan;
    QList<ManifestFile> m_targetFiles;
    // The target files planned once at the start (their API versions are discovered in the
    // first round); the apply and its retries send these.
    std::vector<PlannedObject> m_targetPlan;
    Problems m_targetProblems;
    QList<ManifestFile> m_verificationFiles;
    QStringList m_labelledNodes;
    // The labels go as the apply's lead (beside its first reads): how the applier learns
    // they are on, and why they failed.
    concurrent::Finish m_labelsDone;
    std::optional<KubeError> m_labelError;
    QStringList m_editedMasters;
    QStringList m_controllerManagerHosts; // from the ClusterKind step
    // Read with the ClusterKind step, each judged in its own.
    OtherCniResult m_otherCni;
    NodeCoverageResult m_coverage;
    ApiDiscoveryCache m_discovery; // read once for the run, shared by apply and check
    QList<ObjectRef> m_workloads;
    ExistingInstallResult m_result;
    std::optional<PreflightOptions> m_masterAccess;
    ControllerManagerChange m_controllerManager;
    bool m_rolloutPaused = false;
    bool m_otherCniPaused = false;
    bool m_applyPaused = false;
    bool m_applying = false; // the applier's run is going
    bool m_stopping = false; // stopApplying() was called
    // Declared last so it is destroyed first: its pending replies and their callbacks go
    // before the step objects they point at.
    std::unique_ptr<NodeLabeler> m_labeler;
    std::unique_ptr<ManifestApplier> m_applier;
    std::unique_ptr<RolloutWatcher> m_watcher;
    std::unique_ptr<ConnectivityVerifier> m_verifier;
    std::unique_ptr<KubeClient> m_client;
};

} // namespace tkeci
