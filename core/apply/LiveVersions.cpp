#include "apply/LiveVersions.h"

#include "kube/ConcurrentCalls.h"
#include "kube/JsonRead.h"

#include <memory>

namespace tkeci {

QString LiveVersions::liveKey(const ApiResource &resource, const QString &ns, const QString &name)
{
    return resource.group + u'/' + resource.plural + u'/' + ns + u'/' + name;
}

namespace {

constexpr char kMetadataListAccept[]
    = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";

struct Reading
{
    KubeClient *client = nullptr;
    LiveVersions result;
    // The first failure in the order of `lookups`, so that the error does not depend on
    // which answer came first.
    int failedAt = -1;

    void fail(int at, const KubeError &error, const QString &object)
    {
        if (failedAt >= 0 && failedAt < at)
            return;
        failedAt = at;
        result.error = error;
        result.failedObject = object;
    }
};

/// One object's GET: a 404 means it does not exist yet.
concurrent::Call getOne(std::shared_ptr<Reading> reading, const LiveLookup &l)
{
    return [reading, l, at = l.order](concurrent::Finish finish) {
        KubeRequest get;
        get.path = objectPath(l.resource, l.ref.ns, l.ref.name);
        get.what = describeObject(l.resource, l.ref.ns, l.ref.name);
        reading->client->send(get, [reading, l, at, get, finish](const KubeResponse &r) {
            if (!r.ok()) {
                if (r.error->kind == KubeError::Kind::NotFound)
                    return finish(true);
                reading->fail(at, *r.error, l.ref.display());
                return finish(false);
            }
            const JsonRead version
                = JsonRead(r.json)[QStringLiteral("metadata")][QStringLiteral("resourceVersion")];
            const QString v = version.string(Presence::Required);
            if (!version.ok()) {
                reading->fail(at,
                    jsonShapeError(*version.error(), reading->client->access().server.authority(),
                        get.what, r.httpStatus),
                    l.ref.display());
                return finish(false);
            }
            reading->result.byKey.insert(
                LiveVersions::liveKey(l.resource, l.ref.ns, l.ref.name), v);
            finish(true);
        });
    };
}

/// One list of a resource in a namespace (or cluster-wide), for the objects of `group`.
concurrent::Call listGroup(std::shared_ptr<Reading> reading, const QList<LiveLookup> &group)
{
    return [reading, group, firstAt = group.first().order](concurrent::Finish finish) {
        const LiveLookup &l = group.first();
        KubeRequest list = KubeRequest::list(objectPath(l.resource, l.ref.ns, QString()),
            describeObject(l.resource, l.ref.ns, QStringLiteral("*")));
        list.accept = kMetadataListAccept;
        reading->client->send(list, [reading, group, firstAt, list, finish](const KubeResponse &r) {
            if (!r.ok()) {
                const KubeError::Kind kind = r.error->kind;
                if (kind != KubeError::Kind::Forbidden && kind != KubeError::Kind::NotFound) {
                    reading->fail(firstAt, *r.error, group.first().ref.display());
                    return finish(false);
                }
                QList<concurrent::Call> gets;
                for (const LiveLookup &o : group)
                    gets.append(getOne(reading, o));
                concurrent::run(std::move(gets), concurrent::kDefaultLimit, finish);
                return;
            }
            const JsonRead root(r.json);
            QHash<QString, QString> found;
            for (const JsonRead &item :
                root[QStringLiteral("items")].elements(Presence::Required)) {
                const JsonRead meta = item[QStringLiteral("metadata")];
                const QString name = meta[QStringLiteral("name")].string(Presence::Required);
                const QString v
                    = meta[QStringLiteral("resourceVersion")].string(Presence::Required);
                found.insert(name, v);
            }
            if (!root.ok()) {
                reading->fail(firstAt,
                    jsonShapeError(*root.error(), reading->client->access().server.authority(),
                        list.what, r.httpStatus),
                    group.first().ref.display());
                return finish(false);
            }
            for (const LiveLookup &o : group) {
                if (const auto it = found.constFind(o.ref.name); it != found.constEnd())
                    reading->result.byKey.insert(
                        LiveVersions::liveKey(o.resource, o.ref.ns, o.ref.name), *it);
            }
            finish(true);
        });
    };
}

} // namespace

void readLiveVersions(
    KubeClient &client, const QList<LiveLookup> &lookups, std::function<void(LiveVersions)> done)
{
    auto reading = std::make_shared<Reading>();
    reading->client = &client;
    // One list per resource and namespace, in the order their first object comes.
    QList<QList<LiveLookup>> groups;
    QHash<QString, qsizetype> groupOf;
    for (int i = 0; i < lookups.size(); ++i) {
        LiveLookup l = lookups[i];
        l.order = i;
        const QString key = LiveVersions::liveKey(l.resource, l.ref.ns, QString());
        if (const auto it = groupOf.constFind(key); it != groupOf.constEnd()) {
            groups[*it].append(l);
            continue;
        }
        groupOf.insert(key, groups.size());
        groups.append({l});
    }
    QList<concurrent::Call> calls;
    for (qsizetype g = 0; g < groups.size(); ++g)
        calls.append(listGroup(reading, groups[g]));
    concurrent::run(std::move(calls), concurrent::kDefaultLimit,
        [reading, done = std::move(done)](bool) { done(reading->result); });
}

} // namespace tkeci
