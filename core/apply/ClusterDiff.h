#pragma once

#include "apply/ObjectRef.h"
#include "kube/KubeClient.h"
#include "plan/InstallPlan.h"
#include "render/ManifestSet.h"

#include <QObject>

#include <memory>

namespace tkeci {

/// What an apply would do to one object, as the API server itself computes it.
struct ObjectChange
{
    enum class Kind { Create, Update, None };
    ObjectRef ref;
    Kind kind = Kind::None;
    /// `diff -u` of the live object and the object after the apply, as YAML with sorted keys
    /// and without metadata.managedFields (as `kubectl diff --server-side` shows them);
    /// empty for Kind::None.
    QString diff;
};

/// One underlay label of one node that the apply would add or change.
struct NodeLabelChange
{
    QString node; // Node name
    QString nodeIp; // the profile's address of it
    QString key;
    QString from; // empty: the label is not there yet
    QString to;
};

struct ClusterDiffResult
{
    QList<ObjectChange> objects; // in apply order
    QList<NodeLabelChange> labels;
    QStringList nodesNotInCluster; // profile IPs no Node has as InternalIP (apply refuses them)
    std::optional<KubeError> error;
    QString failedObject;
    bool ok() const { return !error.has_value(); }
    bool hasChanges() const;
};

/// What `apply` would change on an existing cluster, without changing anything: each object is
/// read and server-side applied with dryRun=All (the same field manager and --force-conflicts
/// as the real apply, so that a conflict shows now and not half way through), the server's
/// answer compared with the live object; the underlay labels compared with the nodes' own. The
/// same requests `kubectl diff --server-side` sends, concurrently (a bounded number in flight).
///
/// kube-apiserver runs a dry-run request through admission, defaulting and validation and
/// stores nothing (k8s.io/apiserver pkg/registry/generic/registry/dryrun.go), so what comes
/// back is what the apply would store.
class ClusterDiff : public QObject
{
    Q_OBJECT
public:
    explicit ClusterDiff(KubeClient &client, QObject *parent = nullptr);
    ~ClusterDiff() override;

    void setForce(bool force) { m_force = force; }
    /// Compares `files` (and, for an underlay plan, its node labels); finished() follows once.
    void start(const QList<ManifestFile> &files, const InstallPlan &plan);

Q_SIGNALS:
    void finished(const tkeci::ClusterDiffResult &result);

private:
    struct Run;
    void compareObjects();
    void compareLabels();
    void finish(const std::optional<KubeError> &error, const QString &failedObject);

    KubeClient &m_client;
    bool m_force = false;
    std::unique_ptr<Run> m_run;
};

/// The YAML text an object is compared as: keys sorted, metadata.managedFields left out.
QByteArray comparableYaml(const QJsonObject &object);

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::ClusterDiffResult)
