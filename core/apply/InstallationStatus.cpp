#include "apply/InstallationStatus.h"

#include "apply/NodeLabeler.h"
#include "render/KubeObjects.h"

#include <memory>

namespace tkeci {
namespace {

struct StatusRun
{
    KubeClient *client;
    InstallationStatus status;
    ApiDiscoveryResult discovery;
    qsizetype next = 0;
    std::function<void(InstallationStatus)> done;
};

/// Whether an answer to a GET of `ref` is that object (a server that answers every path with
/// the same object must not make a missing one look present).
std::optional<JsonShapeError> answerIsObject(const ObjectRef &ref, const QJsonObject &json)
{
    const JsonRead root(json);
    const JsonRead name = root[QStringLiteral("metadata")][QStringLiteral("name")];
    const JsonRead kind = root[QStringLiteral("kind")];
    if (name.string(Presence::Required) != ref.name && root.ok())
        name.fail(QStringLiteral("\"%1\"").arg(ref.name));
    if (kind.present() && kind.string() != ref.kind && root.ok())
        kind.fail(QStringLiteral("\"%1\"").arg(ref.kind));
    return root.error();
}

/// Reads the nodes the inventory says carry our underlay labels, one at a time.
void checkNextNode(std::shared_ptr<StatusRun> run, qsizetype index)
{
    const QStringList &nodes = run->status.inventory->labelledNodes;
    if (index >= nodes.size()) {
        run->done(run->status);
        return;
    }
    const QString name = nodes.at(index);
    KubeRequest get;
    get.path = QStringLiteral("/api/v1/nodes/") + name;
    get.what = QStringLiteral("nodes \"%1\"").arg(name);
    run->client->send(get, [run, index, name, what = get.what](const KubeResponse &r) {
        if (!r.ok() && r.error->kind != KubeError::Kind::NotFound) {
            run->status.error = r.error;
            run->done(run->status);
            return;
        }
        bool labelled = false;
        if (r.ok()) {
            const JsonRead root(r.json);
            const QHash<QString, QString> labels
                = root[QStringLiteral("metadata")][QStringLiteral("labels")].stringMap();
            if (!root.ok()) {
                run->status.error = jsonShapeError(
                    *root.error(), run->client->access().server.authority(), what, r.httpStatus);
                run->done(run->status);
                return;
            }
            labelled
                = !labels.value(kAsnLabel).isEmpty() && !labels.value(kSwitchIpLabel).isEmpty();
        }
        (labelled ? run->status.nodesLabelled : run->status.nodesUnlabelled).append(name);
        checkNextNode(run, index + 1);
    });
}

void checkNext(std::shared_ptr<StatusRun> run)
{
    const QList<ObjectRef> &objects = run->status.inventory->objects;
    if (run->next >= objects.size()) {
        checkNextNode(run, 0);
        return;
    }
    const ObjectRef ref = objects.at(run->next++);
    const ApiResource *res = run->discovery.find(ref.apiVersion, ref.kind);
    if (!res) { // its API is gone, so is the object
        run->status.missing.append(ref);
        checkNext(run);
        return;
    }
    KubeRequest get;
    get.path = objectPath(*res, ref.ns, ref.name);
    get.what = describeObject(*res, ref.ns, ref.name);
    run->client->send(get, [run, ref, what = get.what](const KubeResponse &r) {
        if (!r.ok() && r.error->kind != KubeError::Kind::NotFound) {
            run->status.error = r.error;
            run->done(run->status);
            return;
        }
        if (r.ok()) {
            // Present only if the answer is that object; a workload's state read strictly.
            const bool workload = !RolloutWatcher::workloadsIn({ref}).isEmpty();
            const Shaped<RolloutProgress> p
                = workload ? RolloutWatcher::progressOf(ref, r.json) : Shaped<RolloutProgress> {};
            std::optional<JsonShapeError> shape = answerIsObject(ref, r.json);
            if (!shape)
                shape = p.error;
            if (shape) {
                run->status.error = jsonShapeError(
                    *shape, run->client->access().server.authority(), what, r.httpStatus);
                run->done(run->status);
                return;
            }
            if (workload)
                run->status.workloads.append(p.value);
        }
        (r.ok() ? run->status.present : run->status.missing).append(ref);
        checkNext(run);
    });
}

} // namespace

void readInstallationStatus(
    KubeClient &client, const QString &localFile, std::function<void(InstallationStatus)> done)
{
    auto run = std::make_shared<StatusRun>();
    run->client = &client;
    run->done = std::move(done);
    KubeRequest get;
    get.path = QStringLiteral("/api/v1/namespaces/%1/configmaps/%2")
                   .arg(kube::kSystemNamespace, kInventoryConfigMap);
    get.what = QStringLiteral("configmaps \"%1\" in %2")
                   .arg(kInventoryConfigMap, kube::kSystemNamespace);
    const QString file
        = localFile.isEmpty() ? defaultInventoryFile(client.access().server) : localFile;
    client.send(get, [run, file, what = get.what](const KubeResponse &r) {
        if (!r.ok() && r.error->kind != KubeError::Kind::NotFound) {
            run->status.error = r.error;
            run->done(run->status);
            return;
        }
        // Fails closed: an inventory that cannot be read is an error, never "nothing
        // installed" or "every object is there".
        if (r.ok()) {
            const Shaped<Inventory> inv = inventoryFromConfigMap(r.json);
            if (!inv.ok()) {
                run->status.error = jsonShapeError(
                    *inv.error, run->client->access().server.authority(), what, r.httpStatus);
                run->done(run->status);
                return;
            }
            run->status.inventory = inv.value;
        } else {
            const Shaped<std::optional<Inventory>> local = readInventoryFile(file);
            if (!local.ok()) {
                run->status.error = inventoryFileError(file, *local.error);
                run->done(run->status);
                return;
            }
            run->status.inventory = local.value;
            run->status.fromLocalFile = local.value.has_value();
        }
        if (!run->status.inventory) {
            run->done(run->status);
            return;
        }
        QStringList apiVersions;
        for (const ObjectRef &o : run->status.inventory->objects)
            apiVersions.append(o.apiVersion);
        discoverApiResources(*run->client, apiVersions, [run](ApiDiscoveryResult d) {
            run->discovery = std::move(d);
            if (run->discovery.error) {
                run->status.error = run->discovery.error;
                run->done(run->status);
                return;
            }
            checkNext(run);
        });
    });
}

} // namespace tkeci
