#include "PreflightRunner.h"

#include "preflight/NetworkStage.h"
#include "preflight/NodeProbe.h"
#include "preflight/PreflightRun.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace tkeci {
namespace {

// Results reach the caller's thread in batches: often enough to look live, rarely enough
// that a grid of hundreds of nodes does not redraw for every row.
constexpr int kBatchIntervalMs = 100;

} // namespace

PreflightRunner::PreflightRunner(QObject *parent)
    : QObject(parent)
    , m_batchTimer(new QTimer(this))
    , m_pool(std::make_unique<QThreadPool>())
{
    m_batchTimer->setInterval(kBatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &PreflightRunner::drain);
}

PreflightRunner::~PreflightRunner()
{
    if (m_run) {
        m_run->setWake(0, {});
        m_run->cancel();
    }
    // The pool's destructor waits for running workers; they stop within one ~20 ms slice
    // because every SSH step is non-blocking and checks the cancel flag.
    m_pool->clear();
}

bool PreflightRunner::isRunning() const
{
    return m_run != nullptr;
}

void PreflightRunner::start(
    const InstallPlan &plan, const PreflightOptions &options, const QStringList &onlyNodes)
{
    if (m_run)
        cancel();
    m_run = std::make_shared<PreflightRun>();
    m_pending.clear();
    m_unreported.clear();
    m_done = 0;
    const bool overlay = !plan.isUnderlay();
    m_checks = runChecks(plan, options);
    m_pool->setMaxThreadCount(qBound(1, options.parallel, 1024));
    QList<NodeSpec> nodes;
    for (const NodeSpec &node : plan.nodes) {
        if (onlyNodes.isEmpty() || onlyNodes.contains(node.ip))
            nodes.append(node);
    }
    // Posting an event is thread-safe; PreflightRun guarantees `this` outlives the call.
    m_run->setWake(int(nodes.size()),
        [this] { QMetaObject::invokeMethod(this, &PreflightRunner::drain, Qt::QueuedConnection); });
    QStringList addresses;
    for (const NodeSpec &node : std::as_const(nodes))
        addresses.append(node.ip);
    m_network.reset(options.networkChecks ? new NetworkStage(plan, options, addresses) : nullptr);
    for (const NodeSpec &node : std::as_const(nodes)) {
        m_pending.insert(node.ip);
        m_unreported.insert(node.ip);
        const NodeCheckContext context {node.ip, plan.ciliumVersion, overlay,
            plan.target == Target::NewCluster, options.networkChecks, plan.networkDevice, m_checks};
        m_pool->start(new NodeProbe(m_run, node, context, options));
    }
    // The network stage counts as one more step, so the bar is not full while it runs.
    m_total = int(m_pending.size()) + (m_network && !m_pending.isEmpty() ? 1 : 0);
    m_batchTimer->start();
    Q_EMIT progress(0, m_total);
    if (m_pending.isEmpty())
        finishRun();
}

void PreflightRunner::cancel()
{
    if (!m_run)
        return;
    m_run->cancel();
    // Deliver what is already known, then close the nodes still open, without waiting. The
    // drain must not finish the run itself: workers that saw the flag end without results.
    m_cancelling = true;
    drain();
    m_cancelling = false;
    if (!m_run)
        return; // a receiver started another run or cancelled from inside the drain
    m_pool->clear(); // nodes not started yet never start
    CheckResults rows;
    for (const QString &node : std::as_const(m_unreported))
        rows += nodeFailure(m_checks, node, CheckResult::Code::Cancelled, {}, {}, Verdict::Fail);
    // Nodes in the network stage have their own rows already; only its checks are open.
    if (m_network && m_network->started()) {
        for (const QString &node : m_network->waiting())
            rows += nodeFailure(
                m_network->checks(), node, CheckResult::Code::Cancelled, {}, {}, Verdict::Fail);
    }
    m_done = m_total;
    if (!rows.isEmpty())
        Q_EMIT resultsReady(rows);
    finishRun();
}

void PreflightRunner::answerHostKey(const QString &node, bool accept)
{
    if (m_run)
        m_run->answerHostKey(node, accept);
}

void PreflightRunner::providePassword(const QString &node, const QString &secret)
{
    if (!m_run)
        return;
    QByteArray bytes = secret.toUtf8();
    m_run->provideSecret(node, bytes);
    bytes.fill('\0');
}

void PreflightRunner::drain()
{
    const std::shared_ptr<PreflightRun> run = m_run;
    if (!run)
        return;
    const QList<PreflightRun::Event> events = run->takeEvents();
    if (events.isEmpty())
        return;
    CheckResults results;
    QStringList finishedNodes;
    for (const PreflightRun::Event &e : events) {
        if (e.kind == PreflightRun::Event::Kind::Results) {
            results += e.results;
            m_unreported.remove(e.node);
        } else if (e.kind == PreflightRun::Event::Kind::NodeDone && m_pending.remove(e.node)) {
            finishedNodes.append(e.node);
        } else if (e.kind == PreflightRun::Event::Kind::NetworkReport && m_network) {
            m_network->addReport(e.node, e.output, e.text);
        }
    }
    // A receiver may run a nested event loop (a dialog) or cancel; after every emit check that
    // this run is still the current one.
    const QPointer<PreflightRunner> self(this);
    if (!results.isEmpty())
        Q_EMIT resultsReady(results);
    for (const PreflightRun::Event &e : events) {
        if (!self || m_run != run)
            return;
        if (e.kind == PreflightRun::Event::Kind::HostKeyQuestion)
            Q_EMIT hostKeyDecisionNeeded(e.node, e.text, e.keyType);
        else if (e.kind == PreflightRun::Event::Kind::CredentialQuestion)
            Q_EMIT credentialsNeeded(e.node, e.credentialKind, e.text);
    }
    if (!self || m_run != run)
        return;
    for (const QString &node : std::as_const(finishedNodes)) {
        Q_EMIT nodeFinished(node);
        if (!self || m_run != run)
            return;
    }
    m_done += int(finishedNodes.size());
    if (!finishedNodes.isEmpty())
        Q_EMIT progress(m_done, m_total);
    if (m_pending.isEmpty() && !m_cancelling)
        nodesDone();
}

void PreflightRunner::nodesDone()
{
    if (m_network && !m_network->started()) {
        const bool started = m_network->start(m_run, *m_pool, [this] {
            QMetaObject::invokeMethod(this, &PreflightRunner::drain, Qt::QueuedConnection);
        });
        if (started)
            return; // the stage's reports come through drain()
    }
    if (m_network && !m_network->waiting().isEmpty())
        return;
    if (m_network) {
        // A receiver may start another run or cancel: check after every emit.
        const QPointer<PreflightRunner> self(this);
        const std::shared_ptr<PreflightRun> run = m_run;
        const CheckResults rows = m_network->verdicts();
        if (!rows.isEmpty())
            Q_EMIT resultsReady(rows);
        if (self && m_run == run && m_done < m_total) {
            m_done = m_total;
            Q_EMIT progress(m_done, m_total);
        }
        if (!self || m_run != run)
            return;
    }
    finishRun();
}

void PreflightRunner::finishRun()
{
    m_batchTimer->stop();
    if (m_run)
        m_run->setWake(0, {});
    m_run.reset();
    m_pending.clear();
    m_unreported.clear();
    Q_EMIT finished();
}

} // namespace tkeci
