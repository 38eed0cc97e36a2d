#include "apply/PodDiagnostics.h"

#include "text/SafeText.h"

#include <QJsonArray>

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
    for (const QJsonValue &v : podList.value(QStringLiteral("items")).toArray()) {
        const QJsonObject pod = v.toObject();
        const QString name = pod.value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        const QJsonArray statuses = pod.value(QStringLiteral("status"))
                                        .toObject()
                                        .value(QStringLiteral("containerStatuses"))
                                        .toArray();
        for (const QJsonValue &s : statuses) {
            const QJsonObject cs = s.toObject();
            const QString reason = cs.value(QStringLiteral("state"))
                                       .toObject()
                                       .value(QStringLiteral("waiting"))
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            const int restarts = cs.value(QStringLiteral("restartCount")).toInt();
            if (reason.isEmpty() && restarts == 0)
                continue;
            d->pending.append({workload, name, cs.value(QStringLiteral("name")).toString(),
                reason.isEmpty() ? QStringLiteral("Restarted") : reason, restarts, {}});
        }
    }
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
