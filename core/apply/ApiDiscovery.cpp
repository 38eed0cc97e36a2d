#include "apply/ApiDiscovery.h"

#include <QJsonArray>

#include <memory>

namespace tkeci {

const ApiResource *ApiDiscoveryResult::find(const QString &apiVersion, const QString &kind) const
{
    const auto it = byApiVersionKind.constFind(apiVersion + u'/' + kind);
    return it == byApiVersionKind.constEnd() ? nullptr : &*it;
}

QString groupVersionPath(const QString &apiVersion)
{
    return apiVersion.contains(u'/') ? QStringLiteral("/apis/") + apiVersion
                                     : QStringLiteral("/api/") + apiVersion;
}

namespace {

struct DiscoveryRun
{
    KubeClient *client;
    QStringList pending;
    ApiDiscoveryResult result;
    std::function<void(ApiDiscoveryResult)> done;
};

void addResources(ApiDiscoveryResult &result, const QString &apiVersion, const QJsonObject &list)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    for (const QJsonValue &v : list.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString name = r.value(QStringLiteral("name")).toString();
        if (name.contains(u'/')) // a subresource such as daemonsets/status
            continue;
        ApiResource res {slash < 0 ? QString() : apiVersion.left(slash),
            slash < 0 ? apiVersion : apiVersion.mid(slash + 1),
            r.value(QStringLiteral("kind")).toString(), name,
            r.value(QStringLiteral("namespaced")).toBool()};
        result.byApiVersionKind.insert(apiVersion + u'/' + res.kind, res);
    }
}

void next(std::shared_ptr<DiscoveryRun> run)
{
    if (run->pending.isEmpty()) {
        run->done(run->result);
        return;
    }
    const QString apiVersion = run->pending.takeFirst();
    const qsizetype slash = apiVersion.indexOf(u'/');
    if (slash > 0 && !run->result.groups.contains(apiVersion.left(slash))) {
        next(run); // the group is not served at all; find() will say so per object
        return;
    }
    KubeRequest req;
    req.path = groupVersionPath(apiVersion);
    req.what = QStringLiteral("API group version %1").arg(apiVersion);
    run->client->send(req, [run, apiVersion](const KubeResponse &r) {
        if (r.ok())
            addResources(run->result, apiVersion, r.json);
        else if (r.error->kind != KubeError::Kind::NotFound) {
            run->result.error = r.error;
            run->done(run->result);
            return;
        }
        next(run);
    });
}

} // namespace

void discoverApiResources(KubeClient &client, const QStringList &apiVersions,
    std::function<void(ApiDiscoveryResult)> done)
{
    auto run = std::make_shared<DiscoveryRun>();
    run->client = &client;
    run->pending = apiVersions;
    run->pending.removeDuplicates();
    run->done = std::move(done);
    KubeRequest api;
    api.path = QStringLiteral("/api");
    api.what = QStringLiteral("API discovery (/api)");
    client.send(api, [run](const KubeResponse &r) {
        if (!r.ok()) {
            run->result.error = r.error;
            run->done(run->result);
            return;
        }
        run->result.groups.append(QString());
        KubeRequest apis;
        apis.path = QStringLiteral("/apis");
        apis.what = QStringLiteral("API discovery (/apis)");
        run->client->send(apis, [run](const KubeResponse &r2) {
            if (!r2.ok()) {
                run->result.error = r2.error;
                run->done(run->result);
                return;
            }
            for (const QJsonValue &g : r2.json.value(QStringLiteral("groups")).toArray())
                run->result.groups.append(g.toObject().value(QStringLiteral("name")).toString());
            next(run);
        });
    });
}

} // namespace tkeci
