#include "apply/RolloutWatcher.h"

#include <QPointer>

namespace tkeci {
namespace {

int number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

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

RolloutProgress RolloutWatcher::progressOf(const ObjectRef &object, const QJsonObject &json)
{
    RolloutProgress p;
    p.object = object;
    p.found = true;
    const QJsonObject status = json.value(QStringLiteral("status")).toObject();
    const qint64 generation = json.value(QStringLiteral("metadata"))
                                  .toObject()
                                  .value(QStringLiteral("generation"))
                                  .toInteger();
    const bool observed
        = status.value(QStringLiteral("observedGeneration")).toInteger() >= generation;
    if (object.kind == QLatin1String("DaemonSet")) {
        p.desired = number(status, "desiredNumberScheduled");
        p.ready = number(status, "numberReady");
        p.updated = number(status, "updatedNumberScheduled");
        p.available = number(status, "numberAvailable");
    } else {
        const QJsonValue replicas
            = json.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas"));
        p.desired = replicas.isUndefined() ? 1 : replicas.toInt();
        p.ready = number(status, "readyReplicas");
        p.updated = number(status, "updatedReplicas");
        p.available = number(status, "availableReplicas");
    }
    // As kubectl rollout status judges it: the newest generation is observed, and every
    // desired replica is updated and available.
    p.done = observed && status.contains(QStringLiteral("observedGeneration"))
        && p.updated >= p.desired && p.available >= p.desired && p.ready >= p.desired;
    return p;
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
                p = progressOf(p.object, r.json);
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
    const bool late = m_elapsed.elapsed() >= m_timeoutMs;
    if (!allDone && !late && !m_error) {
        m_timer.start(m_pollMs);
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
