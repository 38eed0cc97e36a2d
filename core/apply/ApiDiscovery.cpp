#include "apply/ApiDiscovery.h"

#include "kube/JsonRead.h"

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

/// Reads a group version's resource list strictly: a list of the wrong shape must not make
/// objects look "gone with their API" (uninstall would count them done and drop the record).
std::optional<JsonShapeError> addResources(
    ApiDiscoveryResult &result, const QString &apiVersion, const QJsonObject &list)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const JsonRead root(list);
    for (const JsonRead &r : root[QStringLiteral("resources")].elements(Presence::Required)) {
        const QString name = r[QStringLiteral("name")].string(Presence::Required);
        const QString kind = r[QStringLiteral("kind")].string(Presence::Required);
        const bool namespaced = r[QStringLiteral("namespaced")].boolean(Presence::Required);
        if (name.contains(u'/') || !root.ok()) // a subresource such as daemonsets/status
            continue;
        ApiResource res {slash < 0 ? QString() : apiVersion.left(slash),
            slash < 0 ? apiVersion : apiVersion.mid(slash + 1), kind, name, namespaced};
        result.byApiVersionKind.insert(apiVersion + u'/' + res.kind, res);
    }
    return root.error();
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
    run->client->send(req, [run, apiVersion, what = req.what](const KubeResponse &r) {
        if (r.ok()) {
            if (const auto shape = addResources(run->result, apiVersion, r.json)) {
                run->result.error = jsonShapeError(
                    *shape, run->client->access().server.authority(), what, r.httpStatus);
                run->done(run->result);
                return;
            }
        } else if (r.error->kind != KubeError::Kind::NotFound) {
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
        run->client->send(apis, [run, what = apis.what](const KubeResponse &r2) {
            if (!r2.ok()) {
                run->result.error = r2.error;
                run->done(run->result);
                return;
            }
            const JsonRead root(r2.json);
            for (const JsonRead &g : root[QStringLiteral("groups")].elements(Presence::Required))
                run->result.groups.append(g[QStringLiteral("name")].string(Presence::Required));
            if (!root.ok()) {
                run->result.error = jsonShapeError(
                    *root.error(), run->client->access().server.authority(), what, r2.httpStatus);
                run->done(run->result);
                return;
            }
            next(run);
        });
    });
}

} // namespace tkeci
