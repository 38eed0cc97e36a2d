#include "apply/ManifestApplier.h"

#include "kube/JsonRead.h"

#include "kube/YamlJson.h"
#include "render/KubeObjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace tkeci {
struct ManifestApplier::Run
{
    std::vector<PlannedObject> planned;
    ApiDiscoveryResult discovery;
    size_t next = 0;
    ApplyResult result;
    bool finished = false;
};

ManifestApplier::ManifestApplier(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ManifestApplier::~ManifestApplier() = default;

void ManifestApplier::setInventory(bool keep, const QString &localFile)
{
    m_keepInventory = keep;
    m_inventoryFile = localFile;
}

void ManifestApplier::start(const QList<ManifestFile> &files)
{
    // Callbacks of a run still in flight index into m_run: a second start() would mix the two.
    if (m_run && !m_run->finished) {
        qWarning("ManifestApplier::start() while a run is in progress; ignored");
        return;
    }
    m_run = std::make_unique<Run>();
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
    QStringList apiVersions {QStringLiteral("v1")}; // the inventory ConfigMap
    for (const PlannedObject &o : m_run->planned)
        apiVersions.append(o.ref.apiVersion);
    QPointer<ManifestApplier> self(this);
    discoverApiResources(m_client, apiVersions, [self](ApiDiscoveryResult d) {
        if (!self)
            return;
        self->m_run->discovery = std::move(d);
        if (self->m_run->discovery.error)
            self->finish(self->m_run->discovery.error, QString());
        else
            self->applyNext();
    });
}

void ManifestApplier::applyNext()
{
    Run &run = *m_run;
    if (run.next >= run.planned.size()) {
        finish(std::nullopt, QString());
        return;
    }
    const int index = int(run.next);
    const int total = int(run.planned.size());
    PlannedObject &obj = run.planned[run.next];
    const ApiResource *res = run.discovery.find(obj.ref.apiVersion, obj.ref.kind);
    if (!res) {
        finish(KubeError {KubeError::Kind::NotFound, 0,
                   tr("%1 (%2, document %3): the server does not serve kind %4 in %5; is its "
                      "CustomResourceDefinition installed?")
                       .arg(obj.ref.display(), obj.file)
                       .arg(obj.index + 1)
                       .arg(obj.ref.kind, obj.ref.apiVersion),
                   QString()},
            obj.ref.display());
        return;
    }
    if (res->namespaced && obj.ref.ns.isEmpty()) {
        obj.ref.ns = m_client.access().defaultNamespace.isEmpty()
            ? QStringLiteral("default")
            : m_client.access().defaultNamespace;
    }
    Q_EMIT stepStarted(index, total, obj.ref.display());

    // A GET first tells "unchanged" from "configured": a no-op apply keeps resourceVersion.
    KubeRequest get;
    get.path = objectPath(*res, obj.ref.ns, obj.ref.name);
    get.what = describeObject(*res, obj.ref.ns, obj.ref.name);
    QPointer<ManifestApplier> self(this);
    m_client.send(get, [self, index, total, get](const KubeResponse &before) {
        if (!self)
            return;
        if (!before.ok() && before.error->kind != KubeError::Kind::NotFound) {
            self->finish(before.error, self->m_run->planned[size_t(index)].ref.display());
            return;
        }
        QString oldVersion;
        if (before.ok()) {
            const JsonRead version = JsonRead(
                before.json)[QStringLiteral("metadata")][QStringLiteral("resourceVersion")];
            oldVersion = version.string(Presence::Required);
            if (!version.ok()) {
                self->finish(
                    jsonShapeError(*version.error(), self->m_client.access().server.authority(),
                        get.what, before.httpStatus),
                    self->m_run->planned[size_t(index)].ref.display());
                return;
            }
        }
        const PlannedObject &o = self->m_run->planned[size_t(index)];
        KubeRequest patch = get;
        patch.method = "PATCH";
        patch.rbacVerb
            = QStringLiteral("patch"); // what RBAC checks for an apply, even one that creates
        patch.contentType = "application/apply-patch+yaml";
        patch.body = yamlToJsonText(o.document);
        patch.query.addQueryItem(QStringLiteral("fieldManager"), kFieldManager);
        if (self->m_force)
            patch.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        self->m_client.send(
            patch, [self, index, total, oldVersion, what = get.what](const KubeResponse &r) {
                if (!self)
                    return;
                Run &run = *self->m_run;
                const ObjectRef ref = run.planned[size_t(index)].ref;
                if (!r.ok()) {
                    const auto kind = r.error->kind;
                    if ((r.httpStatus == 0
                            && (kind == KubeError::Kind::Timeout
                                || kind == KubeError::Kind::Unreachable))
                        || r.httpStatus == 504)
                        run.result.uncertain = ref;
                    self->finish(r.error, ref.display());
                    return;
                }
                const JsonRead version = JsonRead(
                    r.json)[QStringLiteral("metadata")][QStringLiteral("resourceVersion")];
                const QString newVersion = version.string(Presence::Required);
                if (!version.ok()) {
                    // The write went through, but its answer is not the object: on record as
                    // uncertain, as a lost answer is.
                    run.result.uncertain = ref;
                    self->finish(
                        jsonShapeError(*version.error(), self->m_client.access().server.authority(),
                            what, r.httpStatus),
                        ref.display());
                    return;
                }
                ApplyOutcome outcome = ApplyOutcome::Configured;
                if (oldVersion.isEmpty()) {
                    outcome = ApplyOutcome::Created;
                    ++run.result.created;
                } else if (oldVersion == newVersion) {
                    outcome = ApplyOutcome::Unchanged;
                    ++run.result.unchanged;
                } else {
                    ++run.result.configured;
                }
                run.result.applied.append(ref);
                Q_EMIT self->stepFinished(index, total, ref.display(), outcome);
                ++run.next;
                self->applyNext();
            });
    });
}

void ManifestApplier::finish(const std::optional<KubeError> &error, const QString &failedObject)
{
    m_run->result.error = error;
    m_run->result.failedObject = failedObject;
    if (!m_keepInventory
        || (m_run->result.applied.isEmpty() && !m_run->result.uncertain && m_labelledNodes.isEmpty()
            && m_editedMasters.isEmpty())) {
        m_run->finished = true;
        Q_EMIT finished(m_run->result);
        return;
    }
    writeInventory([this]() {
        m_run->finished = true;
        Q_EMIT finished(m_run->result);
    });
}

void ManifestApplier::writeInventory(std::function<void()> then)
{
    const ApiResource *cmRes
        = m_run->discovery.find(QStringLiteral("v1"), QStringLiteral("ConfigMap"));
    const ApiResource fallback {QString(), QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        QStringLiteral("configmaps"), true};
    const ApiResource res = cmRes ? *cmRes : fallback;
    KubeRequest get;
    get.path = objectPath(res, kube::kSystemNamespace, kInventoryConfigMap);
    get.what = describeObject(res, kube::kSystemNamespace, kInventoryConfigMap);
    QPointer<ManifestApplier> self(this);
    m_client.send(get, [self, get, then = std::move(then)](const KubeResponse &before) {
        if (!self)
            return;
        Inventory inv;
        const QString localFile = self->m_inventoryFile.isEmpty()
            ? defaultInventoryFile(self->m_client.access().server)
            : self->m_inventoryFile;
        // A record that cannot be read is not merged into (that would drop what it lists)
        // and not overwritten: the operator is told, and the objects of this run go into
        // the local file only.
        std::optional<QString> unreadable;
        if (before.ok()) {
            const Shaped<Inventory> old = inventoryFromConfigMap(before.json);
            if (old.ok())
                inv = old.value;
            else
                unreadable = jsonShapeError(*old.error, self->m_client.access().server.authority(),
                    get.what, before.httpStatus)
                                 .message;
        }
        if (inv.objects.isEmpty()) {
            const Shaped<std::optional<Inventory>> local = readInventoryFile(localFile);
            if (local.ok() && local.value)
                inv = *local.value;
        }
        inv.server = self->m_client.access().server.toString();
        inv.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        inv.add(self->m_run->result.applied);
        if (const auto &maybe = self->m_run->result.uncertain)
            inv.add({*maybe});
        for (const QString &n : self->m_labelledNodes) {
            if (!inv.labelledNodes.contains(n))
                inv.labelledNodes.append(n);
        }
        for (const QString &n : self->m_editedMasters) {
            if (!inv.editedMasters.contains(n))
                inv.editedMasters.append(n);
        }
        if (const QString e = writeInventoryFile(localFile, inv); !e.isEmpty())
            self->m_run->result.warnings.append(
                tr("the local inventory was not written: %1").arg(e));
        if (unreadable) {
            self->m_run->result.warnings.append(
                tr("the inventory ConfigMap was not written: it holds no readable inventory "
                   "(%1)")
                    .arg(*unreadable));
            then();
            return;
        }
        KubeRequest patch = get;
        patch.method = "PATCH";
        patch.rbacVerb = QStringLiteral("patch");
        patch.contentType = "application/apply-patch+yaml";
        patch.body = yamlToJsonText(inventoryConfigMap(inv));
        patch.query.addQueryItem(QStringLiteral("fieldManager"), kFieldManager);
        patch.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        self->m_client.send(patch, [self, then](const KubeResponse &r) {
            if (!self)
                return;
            if (!r.ok())
                self->m_run->result.warnings.append(
                    tr("the inventory ConfigMap was not written: %1").arg(r.error->message));
            then();
        });
    });
}

} // namespace tkeci
