#include "apply/RolloutWatcher.h"

#include <QPointer>

#include <algorithm>
#include <climits>

namespace tkeci {
namespace {

QString workloadPath(const ObjectRef &o)
{
    const QString plural = o.kind == QLatin1String("DaemonSet") ? QStringLiteral("daemonsets")
                                                                : QStringLiteral("deployments");
    return QStringLiteral("/apis/apps/v1/namespaces/%1/%2/%3").arg(o.ns, plural, o.name);
}

} // namespace

RolloutWatcher::RolloutWatcher(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RolloutWatcher::poll);
}

QList<ObjectRef> RolloutWatcher::workloadsIn(const QList<ObjectRef> &objects)
{
    QList<ObjectRef> out;
    for (const ObjectRef &o : objects) {
        if (o.apiVersion == QLatin1String("apps/v1")
            && (o.kind == QLatin1String("DaemonSet") || o.kind == QLatin1String("Deployment")))
            out.append(o);
    }
    return out;
}

Shaped<RolloutProgress> RolloutWatcher::progressOf(const ObjectRef &object, const QJsonObject &json)
{
    Shaped<RolloutProgress> out;
    RolloutProgress &p = out.value;
    p.object = object;
    p.found = true;
    const JsonRead root(json);
    const JsonRead status = root[QStringLiteral("status")];
    const auto count = [&status](const char *key) {
        return int(std::clamp<qint64>(status[QString::fromLatin1(key)].integer(), 0, INT_MAX));
    };
    const qint64 generation
        = root[QStringLiteral("metadata")][QStringLiteral("generation")].integer();
    const JsonRead observedAt = status[QStringLiteral("observedGeneration")];
    const bool observed = observedAt.present() && observedAt.integer() >= generation;
    if (object.kind == QLatin1String("DaemonSet")) {
        p.desired = count("desiredNumberScheduled");
        p.ready = count("numberReady");
        p.updated = count("updatedNumberScheduled");
        p.available = count("numberAvailable");
    } else {
        // spec.replicas defaults to 1 (apps/v1 DeploymentSpec).
        p.desired = int(std::clamp<qint64>(
            root[QStringLiteral("spec")][QStringLiteral("replicas")].integer(Presence::Optional, 1),
            0, INT_MAX));
        p.ready = count("readyReplicas");
        p.updated = count("updatedReplicas");
        p.available = count("availableReplicas");
    }
    root[QStringLiteral("spec")][QStringLiteral("selector")].object();
    // As kubectl rollout status judges it: the newest generation is observed, and every
    // desired replica is updated and available.
    p.done = observed && p.updated >= p.desired && p.available >= p.desired && p.ready >= p.desired;
    out.error = root.error();
    if (out.error)
        p.done = false;
    return out;
}

void RolloutWatcher::start(const QList<ObjectRef> &workloads, int timeoutMs)
{
    m_state.clear();
    m_selectors.clear();
    for (const ObjectRef &o : workloads)
        m_state.append(RolloutProgress {o});
    m_timeoutMs = timeoutMs;
    m_error.reset();
    m_elapsed.start();
    poll();
}

void RolloutWatcher::poll()
{
    m_pending = 0;
    for (qsizetype i = 0; i < m_state.size(); ++i) {
        if (m_state[i].done)
            continue;
        ++m_pending;
        KubeRequest get;
        get.path = workloadPath(m_state[i].object);
        get.what = m_state[i].object.display();
        QPointer<RolloutWatcher> self(this);
        m_client.send(get, [self, i](const KubeResponse &r) {
            if (!self)
                return;
            RolloutProgress p {self->m_state[i].object};
            if (r.ok()) {
                const Shaped<RolloutProgress> read = progressOf(p.object, r.json);
                if (!read.ok() && !self->m_error)
                    self->m_error
                        = jsonShapeError(*read.error, self->m_client.access().server.authority(),
                            p.object.display(), r.httpStatus);
                p = read.value;
                self->m_selectors.insert(i,
                    r.json.value(QStringLiteral("spec"))
                        .toObject()
                        .value(QStringLiteral("selector"))
                        .toObject());
            } else if (r.error->kind != KubeError::Kind::NotFound)
                self->m_error = r.error;
            if (!(p == self->m_state[i])) {
                self->m_state[i] = p;
                Q_EMIT self->progressChanged(p);
            }
            if (--self->m_pending == 0)
                self->finish();
        });
    }
    if (m_pending == 0)
        finish();
}

void RolloutWatcher::finish()
{
    const bool allDone = std::all_of(
        m_state.cbegin(), m_state.cend(), [](const RolloutProgress &p) { return p.done; });
    // With a run deadline (--timeout), the watch ends a second before it, as if its own time
    // were up: the report of what did not roll out (failing pods, their last lines) still
    // gets asked, where the deadline itself would only say that time ran out.
    const QDeadlineTimer &run = m_client.access().deadline;
    const bool late = m_elapsed.elapsed() >= m_timeoutMs
        || (!run.isForever() && run.remainingTime() <= kReportReserveMs);
    if (!allDone && !late && !m_error) {
        m_timer.start(run.isForever()
                ? m_pollMs
                : int(std::clamp<qint64>(run.remainingTime() - kReportReserveMs, 0, m_pollMs)));
        return;
    }
    RolloutResult result {m_state, !allDone && !m_error, {}, m_error};
    if (!result.timedOut) {
        Q_EMIT finished(result);
        return;
    }
    // Out of time: look at the pods of what did not finish, as an operator would next.
    QList<std::pair<ObjectRef, QJsonObject>> stuck;
    for (qsizetype i = 0; i < m_state.size(); ++i) {
        if (!m_state[i].done)
            stuck.append({m_state[i].object, m_selectors.value(i)});
    }
    QPointer<RolloutWatcher> self(this);
    diagnosePods(m_client, stuck, 20, [self, result](QList<PodProblem> problems) mutable {
        if (!self)
            return;
        result.podProblems = std::move(problems);
        Q_EMIT self->finished(result);
    });
}

} // namespace tkeci
