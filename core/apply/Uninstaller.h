#pragma once

#include "apply/Inventory.h"
#include "kube/KubeClient.h"

#include <QObject>

#include <memory>

namespace tkeci {

struct UninstallResult
{
    QList<ObjectRef> deleted;
    QList<ObjectRef> alreadyGone;
    QStringList unlabelledNodes; // our underlay labels were taken off these
    /// Masters whose controller-manager manifest the installation edited (from the
    /// inventory): their backups are put back over SSH (restoreControllerManagers).
    QStringList editedMasters;
    QString failedObject;
    std::optional<KubeError> error;
    bool ok() const { return !error.has_value(); }
};

/// Deletes what an inventory lists, in reverse apply order (workloads before their RBAC and
/// config, namespaces last), then the inventory itself (ConfigMap and local file). Objects
/// already gone count as done, so an interrupted uninstall can simply be run again.
class Uninstaller : public QObject
{
    Q_OBJECT
public:
    explicit Uninstaller(KubeClient &client, QObject *parent = nullptr);
    ~Uninstaller() override;

    /// Reads the inventory from the cluster's ConfigMap, else from `localFile` (default:
    /// defaultInventoryFile()), and deletes. finished() follows once.
    void start(const QString &localFile = QString());
    /// Deletes exactly `objects` (reverse order), without touching any inventory: used to
    /// remove the connectivity check.
    void deleteObjects(const QList<ObjectRef> &objects);

Q_SIGNALS:
    void stepFinished(int index, int total, const QString &object, bool deleted);
    void finished(const tkeci::UninstallResult &result);

private:
    struct Run;
    void deleteInReverse(const QList<ObjectRef> &objects);
    void deleteNext();
    void done(const std::optional<KubeError> &error, const QString &failedObject = QString());

    KubeClient &m_client;
    std::unique_ptr<Run> m_run;
};

} // namespace tkeci
