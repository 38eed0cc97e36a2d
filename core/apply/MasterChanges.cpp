#include "apply/MasterChanges.h"

#include "apply/ControllerManagerUpdate.h"
#include "apply/NodeShell.h"

#include <QThreadPool>

#include <functional>

namespace tkeci {
namespace {

/// Runs `step` for every index in [0, count) on a private pool, at most `parallel` at a time,
/// and waits for all. A private pool: the steps block on the network for seconds, and Qt's
/// global pool is shared with the rest of the program.
void forEachNode(qsizetype count, int parallel, const std::function<void(qsizetype)> &step)
{
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(parallel, 1, 64));
    for (qsizetype i = 0; i < count; ++i)
        pool.start([&step, i] { step(i); });
    pool.waitForDone();
}

/// Opens a NodeShell for `node` and runs `work` on it; a failed login becomes the result.
NodeStepResult withShell(const NodeSpec &node, const PreflightOptions &options,
    const NodeSecrets &secrets, const std::atomic<bool> *cancel,
    const std::function<QString(NodeShell &, QStringList &)> &work)
{
    NodeStepResult result {node.ip, QString(), {}};
    QString error;
    const std::unique_ptr<NodeShell> shell
        = NodeShell::open(node, options, secrets.value(node.ip), cancel, error);
    if (!shell) {
        result.error = error;
        return result;
    }
    result.error = work(*shell, result.details);
    return result;
}

} // namespace

QList<MasterEditPlan> planControllerManagerEdits(const QList<NodeSpec> &masters,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel)
{
    QList<MasterEditPlan> plans(masters.size());
    forEachNode(masters.size(), options.parallel, [&](qsizetype i) {
        plans[i].node = masters[i];
        const NodeStepResult r
            = withShell(masters[i], options, secrets, cancel, [&](NodeShell &shell, QStringList &) {
                  plans[i].edit = planOnMaster(shell, kControllerManagerManifest);
                  return QString();
              });
        if (!r.ok())
            plans[i].edit.error = r.error;
    });
    return plans;
}

QList<NodeStepResult> applyControllerManagerEdits(const QList<MasterEditPlan> &plans,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel)
{
    QList<NodeStepResult> results(plans.size());
    forEachNode(plans.size(), options.parallel, [&](qsizetype i) {
        const MasterEditPlan &plan = plans[i];
        results[i] = withShell(
            plan.node, options, secrets, cancel, [&](NodeShell &shell, QStringList &details) {
                if (!plan.edit.error.isEmpty())
                    return plan.edit.error;
                const ControllerManagerEdit now = planOnMaster(shell, kControllerManagerManifest);
                if (!now.error.isEmpty())
                    return now.error;
                if (!now.changed)
                    return QString(); // already right (a re-run): nothing to write
                if (now.edited != plan.edit.edited)
                    return NodeShell::tr("%1: %2 changed since it was shown; nothing was "
                                         "written, look at it again")
                        .arg(plan.node.ip, kControllerManagerManifest);
                const QString error = applyOnMaster(shell, kControllerManagerManifest, now);
                if (error.isEmpty())
                    details = now.diff;
                return error;
            });
    });
    return results;
}

QList<NodeStepResult> restoreControllerManagers(const QList<NodeSpec> &masters,
    const PreflightOptions &options, const NodeSecrets &secrets, const std::atomic<bool> *cancel)
{
    QList<NodeStepResult> results(masters.size());
    forEachNode(masters.size(), options.parallel, [&](qsizetype i) {
        results[i] = withShell(
            masters[i], options, secrets, cancel, [](NodeShell &shell, QStringList &details) {
                bool restored = false;
                const QString error = restoreOnMaster(shell, kControllerManagerManifest, &restored);
                if (restored)
                    details.append(kControllerManagerManifest);
                return error;
            });
    });
    return results;
}

QList<NodeStepResult> cleanUpNodes(const QList<NodeSpec> &nodes, const PreflightOptions &options,
    const NodeSecrets &secrets, const std::atomic<bool> *cancel)
{
    QList<NodeStepResult> results(nodes.size());
    forEachNode(nodes.size(), options.parallel, [&](qsizetype i) {
        results[i] = withShell(nodes[i], options, secrets, cancel,
            [](NodeShell &shell, QStringList &details) { return shell.cleanUpCilium(details); });
    });
    return results;
}

} // namespace tkeci
