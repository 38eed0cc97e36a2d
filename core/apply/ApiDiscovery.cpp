#include "apply/ApiDiscovery.h"

#include "kube/ConcurrentCalls.h"
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

} // namespace

void discoverApiResources(KubeClient &client, const QStringList &apiVersions,
    std::function<void(ApiDiscoveryResult)> done, const ApiDiscoveryCache &cache)
{
    auto result = cache ? cache : std::make_shared<ApiDiscoveryResult>();
    result->error.reset();
    QStringList wanted = apiVersions;
    wanted.removeDuplicates();
    QList<concurrent::Call> calls;
    for (const QString &apiVersion : std::as_const(wanted)) {
        if (result->asked.contains(apiVersion))
            continue;
        calls.append([&client, result, apiVersion](concurrent::Finish finish) {
            KubeRequest req;
            req.path = groupVersionPath(apiVersion);
            req.what = QStringLiteral("API group version %1").arg(apiVersion);
            client.send(
                req, [&client, result, apiVersion, what = req.what, finish](const KubeResponse &r) {
                    if (r.ok()) {
                        if (const auto shape = addResources(*result, apiVersion, r.json)) {
                            result->error = jsonShapeError(
                                *shape, client.access().server.authority(), what, r.httpStatus);
                            finish(false);
                            return;
                        }
                    } else if (r.error->kind != KubeError::Kind::NotFound) {
                        result->error = r.error;
                        finish(false);
                        return;
                    }
                    result->asked.append(apiVersion);
                    finish(true);
                });
        });
    }
    concurrent::run(std::move(calls), concurrent::kDefaultLimit,
        [result, done = std::move(done)](bool) { done(*result); });
}

} // namespace tkeci
