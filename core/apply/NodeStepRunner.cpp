#include "apply/NodeStepRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tkeci {

NodeStepRunner::NodeStepRunner(QObject *parent)
    : QObject(parent)
{ }

NodeStepRunner::~NodeStepRunner()
{
    cancel(); // the worker ends on its own, quickly; nothing reports any more
}

bool NodeStepRunner::isRunning() const
{
    return m_watcher != nullptr;
}

void NodeStepRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.reset();
}

template<typename Result, typename Signal, typename Work>
void NodeStepRunner::start(Work work, Signal signal, const NodeSecrets &secrets)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<Result>();
    m_watcher.reset(watcher);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, signal] {
        const Result result = watcher->result();
        m_watcher.release()->deleteLater();
        Q_EMIT(this->*signal)(result);
    });
    // The worker owns its copy of the secrets and the cancel flag: both outlive this object.
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work), secrets = NodeSecrets(secrets), cancel = m_cancel]() mutable {
            Result result = work(secrets, cancel.get());
            for (QByteArray &s : secrets)
                s.fill('\0');
            return result;
        }));
}

void NodeStepRunner::planEdits(
    const QList<NodeSpec> &masters, const PreflightOptions &options, const NodeSecrets &secrets)
{
    start<QList<MasterEditPlan>>(
        [masters, options](const NodeSecrets &s, const std::atomic<bool> *c) {
            return planControllerManagerEdits(masters, options, s, c);
        },
        &NodeStepRunner::editsPlanned, secrets);
}

void NodeStepRunner::applyEdits(
    const QList<MasterEditPlan> &plans, const PreflightOptions &options, const NodeSecrets &secrets)
{
    start<QList<NodeStepResult>>(
        [plans, options](const NodeSecrets &s, const std::atomic<bool> *c) {
            return applyControllerManagerEdits(plans, options, s, c);
        },
        &NodeStepRunner::stepFinished, secrets);
}

void NodeStepRunner::restore(
    const QList<NodeSpec> &masters, const PreflightOptions &options, const NodeSecrets &secrets)
{
    start<QList<NodeStepResult>>(
        [masters, options](const NodeSecrets &s, const std::atomic<bool> *c) {
            return restoreControllerManagers(masters, options, s, c);
        },
        &NodeStepRunner::stepFinished, secrets);
}

void NodeStepRunner::cleanUp(
    const QList<NodeSpec> &nodes, const PreflightOptions &options, const NodeSecrets &secrets)
{
    start<QList<NodeStepResult>>(
        [nodes, options](const NodeSecrets &s, const std::atomic<bool> *c) {
            return cleanUpNodes(nodes, options, s, c);
        },
        &NodeStepRunner::stepFinished, secrets);
}

} // namespace tkeci
