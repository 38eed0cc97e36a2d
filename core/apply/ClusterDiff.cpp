#include "apply/ClusterDiff.h"

#include "apply/ApiDiscovery.h"
#include "apply/Inventory.h"
#include "edit/ManifestEdits.h"
#include "kube/ConcurrentCalls.h"
#include "kube/JsonRead.h"
#include "kube/YamlJson.h"
#include "render/NodeLabels.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace tkeci {

namespace {

/// The live side of one object and the side after the dry-run apply.
struct Sides
{
    std::optional<QJsonObject> live; // nullopt: not there
    QJsonObject after;
};

} // namespace

bool ClusterDiffResult::hasChanges() const
{
    return !labels.isEmpty()
        || std::any_of(objects.cbegin(), objects.cend(),
            [](const ObjectChange &c) { return c.kind != ObjectChange::Kind::None; });
}

QByteArray comparableYaml(const QJsonObject &object)
{
    QJsonObject o = object;
    // kubectl diff leaves managedFields out unless --show-managed-fields: they change on
    // every apply (the time stamp) and say nothing about what the object does.
    QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
    meta.remove(QLatin1String("managedFields"));
    // The live object is read while the dry run goes out: a controller's status write in
    // between would show as a change the apply does not make. An apply on the main resource
    // keeps the stored status (the workload strategies' PrepareForUpdate copy it over), and a
    // dry run keeps the stored resourceVersion, so a difference in either is only that race.
    meta.remove(QLatin1String("resourceVersion"));
    o.insert(QLatin1String("metadata"), meta);
    o.remove(QLatin1String("status"));
    return emitYaml(jsonToYaml(o));
}

struct ClusterDiff::Run
{
    std::vector<PlannedObject> planned;
    std::vector<ApiResource> resources;
    std::vector<Sides> sides;
    InstallPlan plan;
    ClusterDiffResult result;
    std::optional<size_t> failedAt; // the first failure in apply order
    std::optional<KubeError> failure;
};

ClusterDiff::ClusterDiff(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ClusterDiff::~ClusterDiff() = default;

void ClusterDiff::start(const QList<ManifestFile> &files, const InstallPlan &plan)
{
    m_run = std::make_unique<Run>();
    m_run->plan = plan;
    Problems problems;
    m_run->planned = planApply(files, problems);
    if (!problems.isEmpty()) {
        const Problem &p = problems.first();
        finish(KubeError {KubeError::Kind::Invalid, 0,
                   tr("the manifests are not a list of Kubernetes objects: %1: %2")
                       .arg(p.path, problemMessage(p)),
                   QString()},
            p.path);
        return;
    }
    QStringList apiVersions;
    for (const PlannedObject &o : m_run->planned)
        apiVersions.append(o.ref.apiVersion);
    QPointer<ClusterDiff> self(this);
    discoverApiResources(m_client, apiVersions, [self](const ApiDiscoveryResult &d) {
        if (!self)
            return;
        if (d.error) {
            self->finish(d.error, QString());
            return;
        }
        Run &run = *self->m_run;
        for (PlannedObject &obj : run.planned) {
            const ApiResource *res = d.find(obj.ref.apiVersion, obj.ref.kind);
            if (!res) {
                self->finish(KubeError {KubeError::Kind::NotFound, 0,
                                 tr("%1 (%2, document %3): the server does not serve kind %4 in "
                                    "%5; is its CustomResourceDefinition installed?")
                                     .arg(obj.ref.display(), obj.file)
                                     .arg(obj.index + 1)
                                     .arg(obj.ref.kind, obj.ref.apiVersion),
                                 QString()},
                    obj.ref.display());
                return;
            }
            if (res->namespaced && obj.ref.ns.isEmpty()) {
                obj.ref.ns = self->m_client.access().defaultNamespace.isEmpty()
                    ? QStringLiteral("default")
                    : self->m_client.access().defaultNamespace;
            }
            run.resources.push_back(*res);
        }
        run.sides.resize(run.planned.size());
        self->compareObjects();
    });
}

void ClusterDiff::compareObjects()
{
    // Each object's GET and its dry-run apply go out together: neither needs the other's
    // answer, and no order holds between objects when nothing is written.
    Run &run = *m_run;
    QList<concurrent::Call> calls;
    QPointer<ClusterDiff> self(this);
    for (size_t i = 0; i < run.planned.size(); ++i) {
        const PlannedObject &o = run.planned[i];
        const ApiResource &res = run.resources[i];
        KubeRequest get;
        get.path = objectPath(res, o.ref.ns, o.ref.name);
        get.what = describeObject(res, o.ref.ns, o.ref.name);
        KubeRequest patch = get;
        patch.method = "PATCH";
        patch.rbacVerb = QStringLiteral("patch");
        patch.contentType = "application/apply-patch+yaml";
        patch.body = yamlToJsonText(o.document);
        patch.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        patch.query.addQueryItem(QStringLiteral("fieldManager"), kFieldManager);
        if (m_force)
            patch.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        const auto fail = [self, i](const KubeError &e) {
            Run &r = *self->m_run;
            if (!r.failedAt || i < *r.failedAt) {
                r.failedAt = i;
                r.failure = e;
            }
        };
        calls.append([self, get, fail, i](concurrent::Finish finish) {
            if (!self)
                return;
            self->m_client.send(get, [self, fail, i, finish](const KubeResponse &r) {
                if (!self)
                    return;
                if (r.ok()) {
                    self->m_run->sides[i].live = r.json;
                } else if (r.error->kind != KubeError::Kind::NotFound) {
                    fail(*r.error);
                    finish(false);
                    return;
                }
                finish(true);
            });
        });
        calls.append([self, patch, fail, i](concurrent::Finish finish) {
            if (!self)
                return;
            self->m_client.send(patch, [self, fail, i, finish](const KubeResponse &r) {
                if (!self)
                    return;
                Run &run = *self->m_run;
                if (r.ok()) {
                    run.sides[i].after = r.json;
                    finish(true);
                    return;
                }
                // An object in a namespace this same apply creates: the server cannot try it
                // yet (404 for the namespace), and it would be created as written.
                const QString ns = run.planned[i].ref.ns;
                const bool namespaceComesFirst = !ns.isEmpty()
                    && r.error->kind == KubeError::Kind::NotFound
                    && std::any_of(
                        run.planned.cbegin(), run.planned.cend(), [&](const PlannedObject &p) {
                            return p.ref.kind == QLatin1String("Namespace") && p.ref.name == ns;
                        });
                if (namespaceComesFirst) {
                    run.sides[i].after = yamlToJson(run.planned[i].document).toObject();
                    finish(true);
                    return;
                }
                fail(*r.error);
                finish(false);
            });
        });
    }
    concurrent::run(std::move(calls), concurrent::kDefaultLimit, [self](bool) {
        if (!self)
            return;
        Run &r = *self->m_run;
        if (r.failedAt) {
            self->finish(r.failure, r.planned[*r.failedAt].ref.display());
            return;
        }
        for (size_t i = 0; i < r.planned.size(); ++i) {
            ObjectChange change;
            change.ref = r.planned[i].ref;
            const QByteArray before
                = r.sides[i].live ? comparableYaml(*r.sides[i].live) : QByteArray();
            const QByteArray after = comparableYaml(r.sides[i].after);
            change.kind = !r.sides[i].live ? ObjectChange::Kind::Create
                : before == after          ? ObjectChange::Kind::None
                                           : ObjectChange::Kind::Update;
            if (change.kind != ObjectChange::Kind::None) {
                change.diff = unifiedDiff(
                    before, after, QStringLiteral("live"), QStringLiteral("after apply"));
            }
            r.result.objects.append(change);
        }
        self->compareLabels();
    });
}

void ClusterDiff::compareLabels()
{
    const QList<NodeLabels> wanted = underlayNodeLabels(m_run->plan);
    if (wanted.isEmpty()) {
        finish(std::nullopt, QString());
        return;
    }
    QPointer<ClusterDiff> self(this);
    const KubeRequest list
        = KubeRequest::list(QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes"));
    m_client.send(list, [self, wanted, what = list.what](const KubeResponse &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->finish(r.error, what);
            return;
        }
        // Matched by InternalIP, as the labeller matches them.
        QHash<QString, std::pair<QString, QHash<QString, QString>>> byIp; // ip -> name, labels
        const JsonRead root(r.json);
        for (const JsonRead &node : root[QStringLiteral("items")].elements(Presence::Required)) {
            const JsonRead meta = node[QStringLiteral("metadata")];
            const QString name = meta[QStringLiteral("name")].string(Presence::Required);
            const QHash<QString, QString> labels = meta[QStringLiteral("labels")].stringMap();
            for (const JsonRead &address :
                node[QStringLiteral("status")][QStringLiteral("addresses")].elements()) {
                if (address[QStringLiteral("type")].string(Presence::Required)
                    == QLatin1String("InternalIP"))
                    byIp.insert(address[QStringLiteral("address")].string(Presence::Required),
                        {name, labels});
            }
        }
        if (!root.ok()) {
            self->finish(jsonShapeError(*root.error(), self->m_client.access().server.authority(),
                             what, r.httpStatus),
                what);
            return;
        }
        ClusterDiffResult &result = self->m_run->result;
        for (const NodeLabels &n : wanted) {
            const auto node = byIp.constFind(n.nodeIp);
            if (node == byIp.cend()) {
                result.nodesNotInCluster.append(n.nodeIp);
                continue;
            }
            for (const auto &[key, value] : n.pairs()) {
                const QString now = node->second.value(key);
                if (now != value)
                    result.labels.append({node->first, n.nodeIp, key, now, value});
            }
        }
        self->finish(std::nullopt, QString());
    });
}

void ClusterDiff::finish(const std::optional<KubeError> &error, const QString &failedObject)
{
    m_run->result.error = error;
    m_run->result.failedObject = failedObject;
    Q_EMIT finished(m_run->result);
}

} // namespace tkeci
