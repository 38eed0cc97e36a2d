#pragma once

#include "apply/ClusterCreator.h"
#include "apply/ConnectivityVerifier.h"
#include "apply/ManifestApplier.h"
#include "apply/PlatformVersions.h"
#include "apply/RolloutWatcher.h"
#include "plan/InstallPlan.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace tkeci {

/// The steps of creating a cluster through TKEStack's platform, in the order they run.
enum class NewClusterStep {
    ReadVersions, // kube-public/cluster-info: is the profile's version offered?
    CreateCluster, // POST the Cluster (201)
    FollowExisting, // a Cluster of that name exists (an earlier run): read and followed
    WaitRunning, // status.phase Running; a failed condition ends the run
    CreateMachines, // POST each worker Machine (only once the Cluster runs)
    WaitMachines, // each Machine followed to its own phase Running
    ConnectNewCluster, // spec.clusterCredentialRef + status.addresses -> the new cluster
    ApplyEdited, // server-side apply of the operator's edited files (pause on conflicts)
    Rollout, // every DaemonSet and Deployment rolled out on the new cluster
    Verify, // Cilium's connectivity check, then removed
};

/// An answer to a field-manager conflict in ApplyEdited.
enum class ConflictAnswer {
    TakeOver, // apply again with force: the operator's values win, the fields become ours
    Stop, // end the run; the new cluster keeps TKEStack's values
};

/// The question of the ApplyEdited pause: the operator's file sets fields that another
/// field manager (TKEStack's platform, which deployed Cilium) holds.
struct FieldConflictQuestion
{
    QString object; // display name, e.g. DaemonSet kube-system/cilium
    QString message; // translated question, naming the object and the manager(s)
    QString detail; // the server's conflict text: which fields, which manager
    QList<ConflictAnswer> answers {ConflictAnswer::TakeOver, ConflictAnswer::Stop};
};

/// Tunables of a run. Defaults are what an operator gets; tests shorten them.
struct NewClusterInstallOptions
{
    /// The local record of the run (Cluster name, Machines created) for the global cluster;
    /// empty: defaultInventoryFile(global server). The new cluster's own inventory (what the
    /// installer applied there) is kept as on an existing cluster.
    QString inventoryFile;
    QString newClusterInventoryFile; // empty: defaultInventoryFile(new cluster's server)
    bool takeOverConflicts = false; // answer TakeOver without pausing (`--yes`)
    bool checkVersions = true; // false: skip ReadVersions (the platform still validates)
    int clusterTimeoutMs = 3600000; // Cluster until Running
    int machineTimeoutMs = 1800000; // each Machine until Running
    int rolloutTimeoutMs = 600000;
    int connectivityTimeoutMs = 300000;
    int pollMs = 2000; // Cluster, Machine, rollout and connectivity polling
    bool watchRollout = true;
    bool follow = true; // false: end right after CreateCluster (apply without --wait)
};

/// One Machine (worker) of the run.
struct MachineProgress
{
    QString name; // metadata.name, deterministic (TkeStackCluster.cpp)
    QString ip;
    bool created = false; // false: an earlier run created it, this one followed it
    QString phase;
    QList<ClusterCondition> conditions;
};

struct NewClusterInstallResult
{
    PlatformVersions versions; // what ReadVersions found (offline list when skipped)
    bool versionNotOffered = false; // refused before anything was created (bad input)
    QString clusterName;
    bool clusterCreated = false; // false: followed an existing Cluster
    QString phase; // last status.phase of the Cluster
    QList<ClusterCondition> conditions;
    std::optional<ClusterCondition> failedCondition; // the condition that made TKEStack stop
    QList<MachineProgress> machines;
    QUrl newClusterServer; // the address chosen (never the credential)
    ApplyResult apply; // ApplyEdited (empty when TKEStack's files were left as rendered)
    RolloutResult rollout;
    std::optional<ConnectivityResult> connectivity; // nullopt: the check did not run
    std::optional<KubeError> error; // what stopped the run
    bool stopped = false; // the operator stopped following (TKEStack goes on creating it)
    std::optional<NewClusterStep> failedStep;
    bool ok() const { return !error && !stopped && (!connectivity || connectivity->ok()); }
};

/// One new cluster through TKEStack, step by step, as `apply --wait` and the wizard's
/// Applying page do it: versions offered? -> POST the Cluster (or follow the one an earlier
/// run created: the name is deterministic) -> Running -> POST the worker Machines -> each
/// Running -> reach the new cluster through its ClusterCredential -> server-side apply of
/// the files the operator changed (NewClusterFiles::sentByInstaller) -> rollout watch ->
/// connectivity check. Pauses (announced by a signal, answered by a slot): a field-manager
/// conflict (conflictFound() -> answerConflict()), a rollout out of time (rolloutTimedOut()
/// -> waitLonger() / giveUpRollout()). Re-running after a crash or Ctrl-C resumes: existing
/// objects are followed, never created twice. Cancel by destroying the object: the clients
/// go first, so no reply arrives afterwards.
class NewClusterInstall : public QObject
{
    Q_OBJECT
public:
    explicit NewClusterInstall(const ClusterAccess &globalCluster, QObject *parent = nullptr);
    ~NewClusterInstall() override;

    void setOptions(const NewClusterInstallOptions &options) { m_options = options; }

    /// `filledClusterFile`: fillMachineCredentials() of the tkestack-cluster file (held in
    /// memory only, wiped once sent); `installerFiles`: newClusterFiles().sentByInstaller;
    /// `verificationFiles`: empty for no connectivity check. finished() follows once unless
    /// the object is destroyed first.
    void start(const InstallPlan &plan, const ManifestFile &filledClusterFile,
        const QList<ManifestFile> &installerFiles, const QList<ManifestFile> &verificationFiles);

    /// The files TKEStack deploys itself (NewClusterFiles::deployedByTkeStack): their
    /// workloads are watched in the Rollout step too. Unset: only the installer's files.
    void setDeployedByTkeStack(const QList<ManifestFile> &files) { m_tkeStackFiles = files; }

    /// Answer to conflictFound().
    void answerConflict(ConflictAnswer answer);
    /// During the rollout: more time. After rolloutTimedOut(): watch again for `ms`.
    void waitLonger(int ms);
    /// After rolloutTimedOut(): stop here (finished() with the timeout as the error).
    void giveUpRollout();

    /// What the run has done so far (also while it waits for an answer).
    const NewClusterInstallResult &result() const { return m_result; }

Q_SIGNALS:
    void stepStarted(tkeci::NewClusterStep step);
    void stepSkipped(tkeci::NewClusterStep step);
    void versionsRead(const tkeci::PlatformVersions &versions);
    /// CreateCluster: POSTed (created true) or found from an earlier run (created false).
    void clusterCreated(const QString &name, bool created);
    void clusterStatusChanged(
        const QString &phase, const QList<tkeci::ClusterCondition> &conditions);
    void machineCreated(const QString &name, const QString &ip, bool created);
    void machineStatusChanged(const tkeci::MachineProgress &machine);
    void connected(const QUrl &newClusterServer);
    void objectApplied(int index, int total, const QString &object, tkeci::ApplyOutcome outcome);
    void conflictFound(const tkeci::FieldConflictQuestion &question); // paused
    void applied(const tkeci::ApplyResult &result);
    void rolloutStarted(const QList<tkeci::ObjectRef> &workloads);
    void rolloutProgress(const tkeci::RolloutProgress &progress);
    void rolloutTimedOut(const tkeci::RolloutResult &result); // paused
    void checkApplied(int objects);
    void checkProgress(const tkeci::RolloutProgress &progress);
    void finished(const tkeci::NewClusterInstallResult &result);

private:
    struct Run;
    // Global cluster (NewClusterInstall.cpp)
    void readVersions();
    void createCluster();
    void postCluster();
    void pollCluster();
    void createMachines(int index);
    void pollMachines();
    void record();
    // New cluster (NewClusterTarget.cpp)
    void connectNewCluster();
    void applyEdited();
    void onApplied(const ApplyResult &result);
    void watchRollout(int timeoutMs);
    void verify();
    void fail(NewClusterStep step, const KubeError &error);
    bool timedOut(NewClusterStep step, int timeoutMs, const QString &what);

    NewClusterInstallOptions m_options;
    NewClusterInstallResult m_result;
    QList<ManifestFile> m_tkeStackFiles;
    std::unique_ptr<Run> m_run; // the step objects; destroyed after the clients
    // Declared last so they are destroyed first: pending replies and their callbacks go
    // before the step objects they point at.
    std::unique_ptr<KubeClient> m_newCluster;
    std::unique_ptr<KubeClient> m_global;
};

} // namespace tkeci
