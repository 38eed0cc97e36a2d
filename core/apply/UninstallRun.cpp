#include "apply/UninstallRun.h"

#include "apply/ControllerManagerUpdate.h"

#include <QCoreApplication>

namespace tkeci {

MasterRestorePlan mastersToRestore(const std::optional<InstallPlan> &plan,
    const QStringList &recordedMasters, bool mastersMayBeEdited)
{
    MasterRestorePlan out;
    out.unknown = recordedMasters;
    if (!plan)
        return out;
    const bool overlay = mastersMayBeEdited && plan->isCilium() && !plan->isUnderlay();
    for (const NodeSpec &m : plan->masters()) {
        if (out.unknown.removeAll(m.ip) > 0 || overlay)
            out.restore.append(m);
    }
    return out;
}

bool UninstallRunResult::nodesOk() const
{
    return std::all_of(nodes.cbegin(), nodes.cend(), [](const NodeStepEvent &e) { return e.ok(); });
}

QStringList uninstallSummaryLines(const UninstallRunResult &r)
{
    QStringList lines;
    if (r.objects.ok())
        lines.append(QCoreApplication::translate(
            "tkeci::UninstallRun", "Uninstalled: %1 deleted, %2 already gone.")
                         .arg(r.objects.deleted.size())
                         .arg(r.objects.alreadyGone.size()));
    for (const QString &node : r.objects.unlabelledNodes)
        lines.append(
            QCoreApplication::translate("tkeci::UninstallRun", "node %1: underlay labels removed")
                .arg(node));
    return lines;
}

QString mastersLeftText(const QStringList &masters)
{
    return QCoreApplication::translate("tkeci::UninstallRun",
        "kube-controller-manager was edited on %1 and is not put back: the profile does "
        "not list it. Move %2 back over %3 there yourself, or uninstall again with a "
        "profile that lists it.")
        .arg(masters.join(QStringLiteral(", ")),
            controllerManagerBackupPath(kControllerManagerManifest), kControllerManagerManifest);
}

UninstallRun::UninstallRun(const ClusterAccess &access, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<KubeClient>(access))
{
    m_uninstaller = std::make_unique<Uninstaller>(*m_client);
    connect(m_uninstaller.get(), &Uninstaller::stepFinished, this, &UninstallRun::objectDeleted);
    connect(m_uninstaller.get(), &Uninstaller::finished, this, &UninstallRun::deleted);
    connect(&m_runner, &NodeStepRunner::stepFinished, this, &UninstallRun::nodeStepFinished);
}

UninstallRun::~UninstallRun()
{
    m_runner.cancel();
    wipeSecrets(m_secrets);
}

void UninstallRun::start(const UninstallRunOptions &options)
{
    m_options = options;
    m_result = {};
    m_restore.clear();
    m_clean.clear();
    m_step = UninstallStep::DeleteObjects;
    Q_EMIT stepStarted(UninstallStep::DeleteObjects);
    m_uninstaller->start(options.inventoryFile);
}

void UninstallRun::deleted(const UninstallResult &r)
{
    m_result.objects = r;
    // No inventory at all (a second run, say) still lets the masters get their backups back;
    // a deletion that failed half-way stops here, before any node is touched.
    const bool noInventory = !r.ok() && r.error->kind == KubeError::Kind::NotFound
        && r.deleted.isEmpty() && r.alreadyGone.isEmpty();
    if (!r.ok() && !noInventory) {
        finish();
        return;
    }
    const MasterRestorePlan masters
        = mastersToRestore(m_options.plan, r.editedMasters, m_options.mastersMayBeEdited);
    m_result.unknownEditedMasters = masters.unknown;
    m_restore = masters.restore;
    if (m_options.cleanNodes && m_options.plan)
        m_clean = m_options.plan->nodes;
    const QList<SecretRequest> asked = secretRequestsFor(m_restore + m_clean, m_options.ssh);
    if (asked.isEmpty()) {
        nextNodeStep();
        return;
    }
    m_asking = true;
    Q_EMIT secretsNeeded(asked);
}

void UninstallRun::provideSecrets(const NodeSecrets &secrets)
{
    if (!std::exchange(m_asking, false))
        return;
    m_secrets = secrets;
    nextNodeStep();
}

void UninstallRun::declineSecrets()
{
    if (!std::exchange(m_asking, false))
        return;
    for (const auto &[step, nodes] : {std::pair {UninstallStep::RestoreMasters, m_restore},
             std::pair {UninstallStep::CleanNodes, m_clean}}) {
        for (const NodeSpec &n : nodes) {
            const NodeStepEvent e {n.ip, NodeStepOutcome::NotAsked, {}, {}};
            m_result.nodes.append(e);
            Q_EMIT nodeDone(step, e);
        }
    }
    m_result.stop = RunStop::Declined;
    finish();
}

void UninstallRun::nextNodeStep()
{
    if (m_step == UninstallStep::DeleteObjects && !m_restore.isEmpty()) {
        m_step = UninstallStep::RestoreMasters;
        Q_EMIT stepStarted(*m_step);
        m_runner.restore(m_restore, m_options.ssh, m_secrets);
    } else if (m_step != UninstallStep::CleanNodes && !m_clean.isEmpty()) {
        m_step = UninstallStep::CleanNodes;
        Q_EMIT stepStarted(*m_step);
        m_runner.cleanUp(m_clean, m_options.ssh, m_secrets);
    } else {
        finish();
    }
}

void UninstallRun::nodeStepFinished(const QList<NodeStepResult> &results)
{
    if (m_step != UninstallStep::RestoreMasters && m_step != UninstallStep::CleanNodes)
        return;
    const bool restoring = m_step == UninstallStep::RestoreMasters;
    for (const NodeStepResult &r : results) {
        NodeStepOutcome outcome;
        if (restoring)
            outcome = !r.ok()         ? NodeStepOutcome::PutBackFailed
                : r.details.isEmpty() ? NodeStepOutcome::NoBackup
                                      : NodeStepOutcome::PutBack;
        else
            outcome = !r.ok()         ? NodeStepOutcome::CleanFailed
                : r.details.isEmpty() ? NodeStepOutcome::AlreadyClean
                                      : NodeStepOutcome::Cleaned;
        const NodeStepEvent e {r.node, outcome, r.error, r.details};
        m_result.nodes.append(e);
        Q_EMIT nodeDone(*m_step, e);
    }
    nextNodeStep();
}

void UninstallRun::finish()
{
    m_step.reset();
    wipeSecrets(m_secrets);
    Q_EMIT finished(m_result);
}

} // namespace tkeci
