#pragma once

#include "apply/MasterChanges.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace tkeci {

/// Runs the blocking SSH steps of MasterChanges on a worker thread and reports on the thread
/// that owns the runner (the GUI's). One step at a time. Cancelling (or destroying the runner)
/// makes the SSH calls give up within a few tens of milliseconds; the secrets are copied into
/// the step and overwritten when it ends.
class NodeStepRunner : public QObject
{
    Q_OBJECT
public:
    explicit NodeStepRunner(QObject *parent = nullptr);
    ~NodeStepRunner() override;

    bool isRunning() const;
    void planEdits(const QList<NodeSpec> &masters, const PreflightOptions &options,
        const NodeSecrets &secrets);
    void applyEdits(const QList<MasterEditPlan> &plans, const PreflightOptions &options,
        const NodeSecrets &secrets);
    void restore(const QList<NodeSpec> &masters, const PreflightOptions &options,
        const NodeSecrets &secrets);
    void cleanUp(
        const QList<NodeSpec> &nodes, const PreflightOptions &options, const NodeSecrets &secrets);
    void cancel();

Q_SIGNALS:
    void editsPlanned(const QList<tkeci::MasterEditPlan> &plans);
    /// applyEdits(), restore() and cleanUp() end here, one entry per node in the order given.
    void stepFinished(const QList<tkeci::NodeStepResult> &results);

private:
    template<typename Result, typename Signal, typename Work>
    void start(Work work, Signal signal, const NodeSecrets &secrets);

    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<QObject> m_watcher; // the QFutureWatcher of the step running
};

} // namespace tkeci
