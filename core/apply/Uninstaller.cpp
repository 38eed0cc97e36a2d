#include "apply/Uninstaller.h"

#include "apply/NodeLabeler.h"
#include "render/KubeObjects.h"

#include <QFile>
#include <QPointer>

namespace tkeci {

struct Uninstaller::Run
{
    QList<ObjectRef> objects; // in deletion order
    ApiDiscoveryResult discovery;
    qsizetype next = 0;
    bool withInventory = false;
    QString localFile;
    UninstallResult result;
};

Uninstaller::Uninstaller(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Uninstaller::~Uninstaller() = default;

void Uninstaller::start(const QString &localFile)
{
    m_run = std::make_unique<Run>();
    m_run->withInventory = true;
    m_run->localFile
        = localFile.isEmpty() ? defaultInventoryFile(m_client.access().server) : localFile;
    KubeRequest get;
    get.path = QStringLiteral("/api/v1/namespaces/%1/configmaps/%2")
                   .arg(kube::kSystemNamespace, kInventoryConfigMap);
    get.what = QStringLiteral("configmaps \"%1\" in %2")
                   .arg(kInventoryConfigMap, kube::kSystemNamespace);
    QPointer<Uninstaller> self(this);
    m_client.send(get, [self, what = get.what](const KubeResponse &r) {
        if (!self)
            return;
        // Fails closed: an inventory that cannot be read stops the uninstall before anything
        // is deleted (deleting the record alone would orphan what it lists).
        std::optional<Inventory> inv;
        if (r.ok()) {
            const Shaped<Inventory> read = inventoryFromConfigMap(r.json);
            if (!read.ok()) {
                self->done(jsonShapeError(
                    *read.error, self->m_client.access().server.authority(), what, r.httpStatus));
                return;
            }
            inv = read.value;
        } else if (r.error->kind != KubeError::Kind::NotFound) {
            self->done(r.error);
            return;
        } else {
            const Shaped<std::optional<Inventory>> local
                = readInventoryFile(self->m_run->localFile);
            if (!local.ok()) {
                self->done(inventoryFileError(self->m_run->localFile, *local.error));
                return;
            }
            inv = local.value;
        }
        if (!inv) {
            self->done(KubeError {KubeError::Kind::NotFound, 404,
                tr("no inventory of an installation found: neither the ConfigMap %1/%2 nor the "
                   "file %3; nothing was deleted")
                    .arg(kube::kSystemNamespace, kInventoryConfigMap, self->m_run->localFile),
                QString()});
            return;
        }
        // deleteInReverse() goes in reverse apply order; the inventory ConfigMap, listed first
        // here, goes last, so that an interrupted uninstall still finds what is left.
        QList<ObjectRef> objects {{QStringLiteral("v1"), QStringLiteral("ConfigMap"),
            kube::kSystemNamespace, kInventoryConfigMap}};
        objects += inv->objects;
        self->m_run->result.editedMasters = inv->editedMasters;
        if (inv->labelledNodes.isEmpty()) {
            self->deleteInReverse(objects);
            return;
        }
        // Our underlay labels come off first; the nodes themselves stay, of course.
        auto *labeler = new NodeLabeler(self->m_client, self);
        connect(labeler, &NodeLabeler::finished, self,
            [self, labeler, objects](const NodeLabelResult &r) {
                labeler->deleteLater();
                if (!r.ok()) {
                    self->done(r.error);
                    return;
                }
                self->m_run->result.unlabelledNodes = r.labelled;
                self->deleteInReverse(objects);
            });
        labeler->unlabel(inv->labelledNodes);
    });
}

void Uninstaller::deleteObjects(const QList<ObjectRef> &objects)
{
    m_run = std::make_unique<Run>(); // a new run each time: the verifier reuses one Uninstaller
    deleteInReverse(objects);
}

void Uninstaller::deleteInReverse(const QList<ObjectRef> &objects)
{
    QList<ObjectRef> ordered(objects.rbegin(), objects.rend());
    m_run->objects = ordered;
    QStringList apiVersions;
    for (const ObjectRef &o : ordered)
        apiVersions.append(o.apiVersion);
    QPointer<Uninstaller> self(this);
    discoverApiResources(m_client, apiVersions, [self](ApiDiscoveryResult d) {
        if (!self)
            return;
        self->m_run->discovery = std::move(d);
        if (self->m_run->discovery.error)
            self->done(self->m_run->discovery.error);
        else
            self->deleteNext();
    });
}

void Uninstaller::deleteNext()
{
    Run &run = *m_run;
    if (run.next >= run.objects.size()) {
        if (run.withInventory)
            QFile::remove(run.localFile);
        done(std::nullopt);
        return;
    }
    const qsizetype index = run.next++;
    const ObjectRef ref = run.objects.at(index);
    const ApiResource *res = run.discovery.find(ref.apiVersion, ref.kind);
    if (!res) { // its API is gone (a CRD removed before): so is the object
        run.result.alreadyGone.append(ref);
        Q_EMIT stepFinished(int(index), int(run.objects.size()), ref.display(), false);
        deleteNext();
        return;
    }
    KubeRequest del;
    del.method = "DELETE";
    del.rbacVerb = QStringLiteral("delete");
    del.path = objectPath(*res, ref.ns, ref.name);
    del.what = describeObject(*res, ref.ns, ref.name);
    del.contentType = "application/json";
    // Background: the garbage collector removes the pods; we do not wait for each one.
    del.body = R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})";
    QPointer<Uninstaller> self(this);
    m_client.send(del, [self, ref, index](const KubeResponse &r) {
        if (!self)
            return;
        Run &run = *self->m_run;
        const bool gone = !r.ok() && r.error->kind == KubeError::Kind::NotFound;
        if (!r.ok() && !gone) {
            self->done(r.error, ref.display());
            return;
        }
        (gone ? run.result.alreadyGone : run.result.deleted).append(ref);
        Q_EMIT self->stepFinished(int(index), int(run.objects.size()), ref.display(), !gone);
        self->deleteNext();
    });
}

void Uninstaller::done(const std::optional<KubeError> &error, const QString &failedObject)
{
    m_run->result.error = error;
    m_run->result.failedObject = failedObject;
    Q_EMIT finished(m_run->result);
}

} // namespace tkeci
