#include "apply/ExistingClusterInstall.h"

#include "apply/ClusterKind.h"
#include "kube/ConcurrentCalls.h"
#include "render/ConnectivityCheckOptions.h"
#include "yaml/YamlCodec.h"

#include <utility>

#include <QCoreApplication>
#include <QPointer>

namespace tkeci {

ExistingClusterInstall::ExistingClusterInstall(const ClusterAccess &access, QObject *parent)
    : QObject(parent)
{
    m_client = std::make_unique<KubeClient>(access);
    m_labeler = std::make_unique<NodeLabeler>(*m_client);
    m_applier = std::make_unique<ManifestApplier>(*m_client);
    m_watcher = std::make_unique<RolloutWatcher>(*m_client);
    m_verifier = std::make_unique<ConnectivityVerifier>(*m_client);
    // One discovery for the run, read with the first checks; the check's objects are in group
    // versions the apply reads too.
    m_discovery = std::make_shared<ApiDiscoveryResult>();
    m_applier->setDiscoveryCache(m_discovery);
    m_verifier->setDiscoveryCache(m_discovery);

    connect(m_labeler.get(), &NodeLabeler::nodeDone, this, &ExistingClusterInstall::nodeLabelled);
    connect(m_labeler.get(), &NodeLabeler::finished, this, [this](const NodeLabelResult &r) {
        if (!r.notInCluster.isEmpty() || !r.notInProfile.isEmpty())
            Q_EMIT labelWarnings(r.notInCluster, r.notInProfile);
        // On record in the inventory also when one node failed: the others carry them.
        m_labelledNodes = r.labelled;
        m_applier->setLabelledNodes(m_labelledNodes);
        const concurrent::Finish labelsDone = std::exchange(m_labelsDone, {});
        if (!r.ok()) {
            // The applier ends without a write; its finished() ends the run at this step.
            m_labelError = r.error;
            labelsDone(false);
            return;
        }
        // Underlay: kube-controller-manager keeps its flags, the apply follows at once (the
        // applier read its first wave meanwhile and writes when labelsDone() says so).
        Q_EMIT stepSkipped(InstallStep::ControllerManager);
        beginApply();
        labelsDone(true);
    });
    connect(&m_controllerManager, &ControllerManagerChange::finished, this,
        [this](const ControllerManagerResult &r) {
            if (r.stop) {
                end(InstallStep::ControllerManager, *r.stop);
            } else if (!r.ok()) {
                fail(InstallStep::ControllerManager,
                    KubeError {KubeError::Kind::Config, 0, r.failure, QString()});
            } else {
                m_editedMasters = r.edited;
                apply();
            }
        });
    connect(m_applier.get(), &ManifestApplier::stepStarted, this,
        &ExistingClusterInstall::objectStarted);
    connect(m_applier.get(), &ManifestApplier::stepFinished, this,
        &ExistingClusterInstall::objectApplied);
    connect(m_applier.get(), &ManifestApplier::finished, this, [this](const ApplyResult &r) {
        m_applying = false;
        if (r.leadFailed) { // nothing was applied; the labels that went on are on record
            if (!r.warnings.isEmpty())
                Q_EMIT applyWarnings(r.warnings);
            fail(InstallStep::NodeLabels, *m_labelError);
            return;
        }
        m_result.apply = r;
        if (!r.warnings.isEmpty())
            Q_EMIT applyWarnings(r.warnings);
        if (m_stopping) { // everything may have gone in before the stop took hold
            end(InstallStep::Apply, RunStop::Stopped);
            return;
        }
        if (!r.ok()) {
            // Paused: the operator fixes the cause (RBAC, a conflict) and retries.
            m_applyPaused = true;
            Q_EMIT applyFailed(r.failedObject, *r.error);
            return;
        }
        Q_EMIT applied(r);
        if (!m_options.watchRollout) {
            Q_EMIT stepSkipped(InstallStep::Rollout);
            Q_EMIT stepSkipped(InstallStep::Connectivity);
            Q_EMIT finished(m_result);
            return;
        }
        m_workloads = RolloutWatcher::workloadsIn(r.applied);
        Q_EMIT stepStarted(InstallStep::Rollout);
        Q_EMIT rolloutStarted(m_workloads);
        watchRollout(m_options.rolloutTimeoutMs);
    });
    connect(m_watcher.get(), &RolloutWatcher::progressChanged, this,
        &ExistingClusterInstall::rolloutProgress);
    connect(m_watcher.get(), &RolloutWatcher::finished, this, [this](const RolloutResult &r) {
        m_result.rollout = r;
        if (r.error) {
            fail(InstallStep::Rollout, *r.error);
        } else if (r.timedOut) {
            m_rolloutPaused = true;
            Q_EMIT rolloutTimedOut(r);
        } else {
            verify();
        }
    });
    connect(m_verifier.get(), &ConnectivityVerifier::applied, this,
        &ExistingClusterInstall::checkApplied);
    connect(m_verifier.get(), &ConnectivityVerifier::progressChanged, this,
        &ExistingClusterInstall::checkProgress);
    connect(m_verifier.get(), &ConnectivityVerifier::finished, this,
        [this](const ConnectivityResult &r) {
            m_result.connectivity = r;
            if (r.error)
                fail(InstallStep::Connectivity, *r.error);
            else
                Q_EMIT finished(m_result);
        });
}

ExistingClusterInstall::~ExistingClusterInstall() = default;

void ExistingClusterInstall::start(const InstallPlan &plan, const QList<ManifestFile> &targetFiles,
    const QList<ManifestFile> &verificationFiles)
{
    m_plan = plan;
    m_targetFiles = targetFiles;
    m_verificationFiles = verificationFiles;
    m_result = ExistingInstallResult();
    m_watcher->setPollInterval(m_options.pollMs);
    m_verifier->setPollInterval(m_options.pollMs);
    m_applier->setForce(m_options.force);
    m_applier->setInventory(true, m_options.inventoryFile);
    checkClusterKind();
}

void ExistingClusterInstall::checkClusterKind()
{
    Q_EMIT stepStarted(InstallStep::ClusterKind);
    // The first two checks and discovery only read and have no order between them: they go
    // in one round trip; each check is judged in its step, in order.
    auto kind = std::make_shared<ClusterKindResult>();
    QStringList apiVersions {QStringLiteral("v1")};
    m_targetProblems.clear(); // the applier reports them
    m_targetPlan = planApply(m_targetFiles, m_targetProblems);
    for (const PlannedObject &o : m_targetPlan)
        apiVersions.append(o.ref.apiVersion);
    if (m_options.watchRollout) { // the check's files only when the check will run
        Problems ignored; // the verifier reports them
        for (const PlannedObject &o : planApply(m_verificationFiles, ignored))
            apiVersions.append(o.ref.apiVersion);
    }
    QPointer<ExistingClusterInstall> self(this);
    QList<concurrent::Call> reads {[self, kind](concurrent::Finish finish) {
                                       findClusterKind(
                                           *self->m_client, [kind, finish](ClusterKindResult r) {
                                               *kind = std::move(r);
                                               finish(true);
                                           });
                                   },
        [self](concurrent::Finish finish) {
            findOtherCni(*self->m_client, [self, finish](OtherCniResult r) {
                if (self)
                    self->m_otherCni = std::move(r);
                finish(true);
            });
        },
        [self](concurrent::Finish finish) {
            // The run checks coverage itself: the wizard and the command line check before
            // it starts, but a node may join in between, and the run is the last word.
            checkNodeCoverage(*self->m_client, self->m_plan, [self, finish](NodeCoverageResult r) {
                if (self)
                    self->m_coverage = std::move(r);
                finish(true);
            });
        },
        [self, apiVersions](concurrent::Finish finish) {
            // A failure here is not judged: the apply reads what is missing again and says.
            discoverApiResources(
                *self->m_client, apiVersions, [finish](ApiDiscoveryResult) { finish(true); },
                self->m_discovery);
        }};
    concurrent::run(std::move(reads), concurrent::kDefaultLimit, [self, kind](bool) {
        if (self)
            self->judgeClusterKind(*kind);
    });
}

void ExistingClusterInstall::judgeClusterKind(const ClusterKindResult &r)
{
    if (r.error) {
        fail(InstallStep::ClusterKind, *r.error);
        return;
    }
    if (!r.ownControlPlane) {
        // TKEStack installs Cilium on its baremetal clusters only: no way to go on.
        fail(InstallStep::ClusterKind,
            KubeError {KubeError::Kind::Config, 0,
                tr("this cluster's control plane does not run on its nodes (kube-system has "
                   "no static pods labelled tier=control-plane): it is an imported or "
                   "managed cluster, and TKEStack installs Cilium only on its baremetal "
                   "clusters. Nothing was applied."),
                QString()});
        return;
    }
    m_controllerManagerHosts = r.controllerManagerHosts;
    judgeNodeCoverage();
}

void ExistingClusterInstall::judgeNodeCoverage()
{
    Q_EMIT stepStarted(InstallStep::NodeCoverage);
    Q_EMIT nodeCoverageRead(m_coverage);
    if (m_coverage.error) {
        fail(InstallStep::NodeCoverage, *m_coverage.error);
        return;
    }
    if (!m_coverage.uncovered.isEmpty()) {
        fail(InstallStep::NodeCoverage,
            KubeError {KubeError::Kind::Config, 0, uncoveredNodesText(m_coverage), QString()});
        return;
    }
    checkOtherCni();
}

void ExistingClusterInstall::checkOtherCni()
{
    Q_EMIT stepStarted(InstallStep::OtherCniCheck);
    const OtherCniResult &r = m_otherCni; // read with the cluster kind
    if (r.error) {
        fail(InstallStep::OtherCniCheck, *r.error);
        return;
    }
    if (!r.found.isEmpty()) {
        m_otherCniPaused = true;
        Q_EMIT otherCniFound(r.found); // paused until goOnDespiteOtherCni()
        return;
    }
    labelNodes();
}

void ExistingClusterInstall::goOnDespiteOtherCni()
{
    // An answer counts once, and only while the run waits for it: a second click must not
    // run the steps after it twice.
    if (!std::exchange(m_otherCniPaused, false))
        return;
    labelNodes();
}

void ExistingClusterInstall::labelNodes()
{
    if (!m_plan.isUnderlay()) {
        Q_EMIT stepSkipped(InstallStep::NodeLabels);
        controllerManager();
        return;
    }
    Q_EMIT stepStarted(InstallStep::NodeLabels);
    // The labels are the apply's lead: sent beside its first reads (what exists of the first
    // wave, the inventory), which saves a round trip; no object is written before they are
    // all on. Matched in the node list the coverage step read at the start of this run.
    m_labelError.reset();
    QPointer<ExistingClusterInstall> self(this);
    m_applier->start(m_targetPlan, m_targetProblems, [self](concurrent::Finish finish) {
        if (!self)
            return;
        self->m_labelsDone = std::move(finish);
        self->m_labeler->label(self->m_plan, self->m_coverage.nodes);
    });
}

void ExistingClusterInstall::controllerManager()
{
    // Overlay mode needs --allocate-node-cidrs=false and --configure-cloud-routes=false on
    // every master's kube-controller-manager: after the labels, before anything is applied.
    if (!m_plan.isCilium() || m_plan.isUnderlay() || !m_masterAccess) {
        Q_EMIT stepSkipped(InstallStep::ControllerManager);
        apply();
        return;
    }
    Q_EMIT stepStarted(InstallStep::ControllerManager);
    // Every kube-controller-manager needs the flags: the one holding the leader lease would
    // otherwise go on allocating pod CIDRs. The step edits the profile's masters only.
    QStringList masters;
    for (const NodeSpec &n : m_plan.nodes) {
        if (n.role == NodeRole::Master)
            masters.append(n.ip);
    }
    QStringList missing;
    for (const QString &host : std::as_const(m_controllerManagerHosts)) {
        if (!masters.contains(host))
            missing.append(host);
    }
    if (!missing.isEmpty()) {
        fail(InstallStep::ControllerManager,
            KubeError {KubeError::Kind::Config, 0,
                tr("kube-controller-manager also runs on %1, which the profile does not list "
                   "as a master; add it with role master (its flags must be set too). Nothing "
                   "was applied.")
                    .arg(missing.join(QStringLiteral(", "))),
                QString()});
        return;
    }
    m_controllerManager.start(m_plan.masters(), *m_masterAccess);
}

void ExistingClusterInstall::beginApply()
{
    Q_EMIT stepStarted(InstallStep::Apply);
    m_applier->setLabelledNodes(m_labelledNodes);
    m_applier->setEditedMasters(m_editedMasters);
    m_applying = true;
}

void ExistingClusterInstall::apply()
{
    beginApply();
    m_applier->start(m_targetPlan, m_targetProblems);
}

bool ExistingClusterInstall::stopApplying()
{
    if (!m_applying)
        return false;
    m_stopping = true;
    m_applier->stop();
    return true;
}

void ExistingClusterInstall::retryApply()
{
    if (!std::exchange(m_applyPaused, false))
        return;
    apply();
}

void ExistingClusterInstall::watchRollout(int timeoutMs)
{
    m_rolloutPaused = false;
    m_watcher->start(m_workloads, timeoutMs);
}

void ExistingClusterInstall::waitLonger(int ms)
{
    if (m_rolloutPaused)
        watchRollout(ms);
    else
        m_watcher->extend(ms);
}

void ExistingClusterInstall::giveUpRollout()
{
    if (!m_rolloutPaused)
        return;
    m_rolloutPaused = false;
    fail(InstallStep::Rollout,
        KubeError {KubeError::Kind::Timeout, 0,
            tr("the workloads did not roll out in time; the installation stays as it is"),
            QString()});
}

void ExistingClusterInstall::verify()
{
    if (m_verificationFiles.isEmpty()) {
        Q_EMIT stepSkipped(InstallStep::Connectivity);
        Q_EMIT finished(m_result);
        return;
    }
    Q_EMIT stepStarted(InstallStep::Connectivity);
    m_verifier->startOnCluster(m_verificationFiles, m_options.connectivityTimeoutMs);
}

void ExistingClusterInstall::end(InstallStep step, RunStop stop)
{
    m_result.stop = stop;
    m_result.failedStep = step;
    Q_EMIT finished(m_result);
}

QString installStopText(InstallStep step, RunStop stop)
{
    if (stop == RunStop::Declined && step == InstallStep::ControllerManager)
        return QCoreApplication::translate("tkeci::ExistingClusterInstall",
            "kube-controller-manager was not changed on the masters: no master was touched and "
            "nothing was applied.");
    if (stop == RunStop::Declined)
        return QCoreApplication::translate(
            "tkeci::ExistingClusterInstall", "You said no: the run ended here.");
    return QCoreApplication::translate("tkeci::ExistingClusterInstall",
        "Stopped. What the cluster already accepted stays; run again to continue, or "
        "uninstall.");
}

void ExistingClusterInstall::fail(InstallStep step, const KubeError &error)
{
    m_result.error = error;
    m_result.failedStep = step;
    Q_EMIT finished(m_result);
}

} // namespace tkeci
