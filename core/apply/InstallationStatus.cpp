#include "apply/InstallationStatus.h"

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

void checkNext(std::shared_ptr<StatusRun> run)
{
    const QList<ObjectRef> &objects = run->status.inventory->objects;
    if (run->next >= objects.size()) {
        run->done(run->status);
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
    run->client->send(get, [run, ref](const KubeResponse &r) {
        if (!r.ok() && r.error->kind != KubeError::Kind::NotFound) {
            run->status.error = r.error;
            run->done(run->status);
            return;
        }
        (r.ok() ? run->status.present : run->status.missing).append(ref);
        if (r.ok() && !RolloutWatcher::workloadsIn({ref}).isEmpty())
            run->status.workloads.append(RolloutWatcher::progressOf(ref, r.json));
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
    client.send(get, [run, file](const KubeResponse &r) {
        if (!r.ok() && r.error->kind != KubeError::Kind::NotFound) {
            run->status.error = r.error;
            run->done(run->status);
            return;
        }
        if (r.ok())
            run->status.inventory = inventoryFromConfigMap(r.json);
        if (!run->status.inventory) {
            run->status.inventory = readInventoryFile(file);
            run->status.fromLocalFile = run->status.inventory.has_value();
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
