#include "PreflightSession.h"

#include "preflight/NodeChecks.h"
#include "preflight/PreflightRunner.h"

namespace tkeci {
namespace {

QStringList addressesOf(const InstallPlan &plan)
{
    QStringList out;
    for (const NodeSpec &n : plan.nodes)
        out.append(n.ip);
    return out;
}

} // namespace

PreflightSession::PreflightSession(QObject *parent)
    : QObject(parent)
    , m_runner(new PreflightRunner(this))
{
    connect(m_runner, &PreflightRunner::resultsReady, this, &PreflightSession::addResults);
    connect(m_runner, &PreflightRunner::nodeFinished, this, &PreflightSession::nodeFinished);
    connect(m_runner, &PreflightRunner::progress, this, &PreflightSession::progress);
    connect(
        m_runner, &PreflightRunner::hostKeyDecisionNeeded, this, &PreflightSession::hostKeyUnknown);
    connect(
        m_runner, &PreflightRunner::credentialsNeeded, this, &PreflightSession::credentialNeeded);
    connect(
        m_runner, &PreflightRunner::finished, this, [this] { Q_EMIT finished(m_table.summary()); });
}

PreflightSession::~PreflightSession()
{
    // Quietly: nobody listens any more, and the runner's destructor stops the workers.
    m_runner->blockSignals(true);
}

bool PreflightSession::isRunning() const
{
    return m_runner->isRunning();
}

void PreflightSession::setNodes(const QStringList &nodes, const QList<CheckId> &checks)
{
    Q_EMIT tableAboutToReset();
    m_table.setNodes(nodes, checks);
    Q_EMIT tableReset();
}

void PreflightSession::prepare(const InstallPlan &plan, const PreflightOptions &options)
{
    setNodes(addressesOf(plan), runChecks(plan, options));
}

void PreflightSession::prepareKeeping(const InstallPlan &plan, const PreflightOptions &options,
    const QStringList &keep, bool keepNetwork)
{
    if (m_runner->isRunning())
        m_runner->cancel(); // its rows would land in a table about to be replaced
    const PreflightTable before = m_table;
    Q_EMIT tableAboutToReset();
    m_table.setNodes(addressesOf(plan), runChecks(plan, options));
    m_table.copyResults(before, keep, keepNetwork ? before.checks() : nodeCheckIds());
    Q_EMIT tableReset();
}

void PreflightSession::runAll(const InstallPlan &plan, const PreflightOptions &options)
{
    if (m_runner->isRunning())
        m_runner->cancel(); // its last rows land in the table that is replaced just below
    prepare(plan, options);
    m_runner->start(plan, options);
}

void PreflightSession::rerun(
    const InstallPlan &plan, const PreflightOptions &options, const QStringList &nodes)
{
    if (nodes.isEmpty())
        return;
    if (m_runner->isRunning())
        m_runner->cancel();
    const QList<int> rows = m_table.clearNodes(nodes);
    if (!rows.isEmpty())
        Q_EMIT rowsCleared(rows);
    m_runner->start(plan, options, nodes);
}

void PreflightSession::cancel()
{
    m_runner->cancel();
}

void PreflightSession::addResults(const QList<CheckResult> &results)
{
    const auto rows = m_table.apply(results);
    if (!rows)
        return;
    for (const CheckResult &r : results) {
        if (m_table.rowOf(r.node) >= 0)
            Q_EMIT resultArrived(r.node, r.check);
    }
    Q_EMIT resultsApplied(rows->first, rows->second);
}

void PreflightSession::answerHostKey(const QString &node, bool accept)
{
    m_runner->answerHostKey(node, accept);
}

void PreflightSession::provideSecret(const QString &node, const QString &secret)
{
    m_runner->providePassword(node, secret);
}

} // namespace tkeci
