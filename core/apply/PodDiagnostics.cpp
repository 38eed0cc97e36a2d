#include "apply/PodDiagnostics.h"

#include "kube/JsonRead.h"
#include "text/SafeText.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <memory>

namespace tkeci {
namespace {

struct Diagnosis
{
    KubeClient *client;
    QList<std::pair<ObjectRef, QJsonObject>> workloads;
    QList<PodProblem> pending; // found, log not fetched yet
    QList<PodProblem> found;
    int tailLines;
    std::function<void(QList<PodProblem>)> done;
};

void nextStep(std::shared_ptr<Diagnosis> d);

void fetchLogs(std::shared_ptr<Diagnosis> d)
{
    if (d->pending.isEmpty()) {
        nextStep(d);
        return;
    }
    PodProblem p = d->pending.takeFirst();
    KubeRequest log;
    log.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(p.workload.ns, p.pod);
    log.what = QStringLiteral("pods/log \"%1\" in %2").arg(p.pod, p.workload.ns);
    log.expectJson = false; // plain text
    log.maxBodyBytes = 1 << 20; // only the last lines are shown
    log.query.addQueryItem(QStringLiteral("container"), p.container);
    log.query.addQueryItem(QStringLiteral("tailLines"), QString::number(d->tailLines));
    if (p.restarts > 0)
        log.query.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    d->client->send(log, [d, p](const KubeResponse &r) mutable {
        if (r.ok())
            p.lastLogLines = safeText(QString::fromUtf8(r.body), r.body.size())
                                 .split(u'\n', Qt::SkipEmptyParts);
        d->found.append(p);
        fetchLogs(d);
    });
}

void collect(std::shared_ptr<Diagnosis> d, const ObjectRef &workload, const QJsonObject &podList)
{
    // Read strictly; names go into the log request's path and query, the reason to the
    // terminal. A list of the wrong shape gives no report at all (the timeout is said anyway).
    const JsonRead root(podList);
    QList<PodProblem> found;
    for (const JsonRead &pod : root[QStringLiteral("items")].elements(Presence::Required)) {
        const QString name = readKubeName(
            pod[QStringLiteral("metadata")][QStringLiteral("name")], Presence::Required);
        for (const JsonRead &cs :
            pod[QStringLiteral("status")][QStringLiteral("containerStatuses")].elements()) {
            const QString reason = safeText(
                cs[QStringLiteral("state")][QStringLiteral("waiting")][QStringLiteral("reason")]
                    .string(),
                200);
            const qint64 restarts = cs[QStringLiteral("restartCount")].integer();
            const QString container = readKubeName(cs[QStringLiteral("name")], Presence::Required);
            if (reason.isEmpty() && restarts == 0)
                continue;
            found.append(
                {workload, name, container, reason.isEmpty() ? QStringLiteral("Restarted") : reason,
                    int(std::clamp<qint64>(restarts, 0, INT_MAX)), {}});
        }
    }
    if (root.ok())
        d->pending += found;
}

void nextStep(std::shared_ptr<Diagnosis> d)
{
    if (d->workloads.isEmpty()) {
        d->done(d->found);
        return;
    }
    // Named copies, not a structured binding: clang before 16 cannot capture bindings.
    const auto next = d->workloads.takeFirst();
    const auto workload = next.first;
    const auto selector = next.second;
    QStringList terms;
    const QJsonObject match = selector.value(QStringLiteral("matchLabels")).toObject();
    for (auto it = match.begin(); it != match.end(); ++it)
        terms.append(it.key() + u'=' + it.value().toString());
    if (terms.isEmpty()) { // no selector, no way to tell its pods
        nextStep(d);
        return;
    }
    const KubeRequest list
        = KubeRequest::list(QStringLiteral("/api/v1/namespaces/%1/pods").arg(workload.ns),
            QStringLiteral("pods in %1").arg(workload.ns), terms.join(u','));
    d->client->send(list, [d, workload](const KubeResponse &r) {
        if (r.ok())
            collect(d, workload, r.json);
        fetchLogs(d);
    });
}

} // namespace

void diagnosePods(KubeClient &client, const QList<std::pair<ObjectRef, QJsonObject>> &workloads,
    int tailLines, std::function<void(QList<PodProblem>)> done)
{
    auto d = std::make_shared<Diagnosis>(
        Diagnosis {&client, workloads, {}, {}, tailLines, std::move(done)});
    nextStep(d);
}

} // namespace tkeci
