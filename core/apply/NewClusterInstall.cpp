// NewClusterInstall, the global cluster's part: versions, the Cluster, its Machines.
#include "apply/NewClusterInstall.h"

#include "apply/NewClusterRun.h"
#include "apply/PlatformObjects.h"
#include "kube/YamlJson.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace tkeci {

NewClusterInstall::NewClusterInstall(const ClusterAccess &globalCluster, QObject *parent)
    : QObject(parent)
    , m_run(std::make_unique<Run>())
    , m_global(std::make_unique<KubeClient>(globalCluster))
{
    m_run->timer.setSingleShot(true);
}

NewClusterInstall::~NewClusterInstall()
{
    // Destroy the clients (and their pending replies) before the step objects; then wipe the
    // machines' credentials.
    m_global.reset();
    m_newCluster.reset();
    if (m_run)
        m_run->wipe();
}

void NewClusterInstall::start(const InstallPlan &plan, const ManifestFile &filledClusterFile,
    const QList<ManifestFile> &installerFiles, const QList<ManifestFile> &verificationFiles)
{
    m_result = NewClusterInstallResult();
    m_run->plan = plan;
    m_run->installerFiles = installerFiles;
    m_run->verificationFiles = verificationFiles;
    m_run->takeDocuments(filledClusterFile);
    m_result.clusterName = m_run->clusterName;
    for (const Run::Machine &m : std::as_const(m_run->machines))
        m_result.machines.append({m.name, m.ip, false, QString(), {}});
    if (m_run->clusterName.isEmpty()) {
        fail(NewClusterStep::CreateCluster,
            KubeError {KubeError::Kind::Config, 0,
                tr("%1: no Cluster object (platform.tkestack.io/v1) in the file")
                    .arg(filledClusterFile.fileName()),
                QString()});
        return;
    }
    // The Cluster and Machines carry the machines' credentials: only over verified TLS.
    const ClusterAccess &a = m_global->access();
    if (a.server.scheme() != QLatin1String("https") || a.insecureSkipTlsVerify) {
        fail(NewClusterStep::CreateCluster,
            KubeError {KubeError::Kind::Config, 0,
                tr("the Cluster object carries the machines' credentials, so it is sent only "
                   "over verified TLS; %1 is %2")
                    .arg(a.server.toString(),
                        a.insecureSkipTlsVerify ? tr("set to skip TLS verification")
                                                : tr("not HTTPS")),
                QString()});
        return;
    }
    readVersions();
}

void NewClusterInstall::readVersions()
{
    if (!m_options.checkVersions) {
        m_result.versions = offlinePlatformVersions();
        Q_EMIT stepSkipped(NewClusterStep::ReadVersions);
        createCluster();
        return;
    }
    Q_EMIT stepStarted(NewClusterStep::ReadVersions);
    readPlatformVersions(*m_global,
        [this](const std::optional<PlatformVersions> &v, const std::optional<KubeError> &error) {
            if (error && error->kind != KubeError::Kind::NotFound) {
                fail(NewClusterStep::ReadVersions, *error);
                return;
            }
            if (!v) {
                // An older TKEStack without cluster-info: the platform still validates
                // spec.version when the Cluster is created (a 422 names the valid ones).
                Q_EMIT stepSkipped(NewClusterStep::ReadVersions);
                createCluster();
                return;
            }
            m_result.versions = *v;
            Q_EMIT versionsRead(*v);
            const QString refused = versionNotOfferedMessage(m_run->plan.kubernetesVersion, *v);
            if (!refused.isEmpty()) {
                m_result.versionNotOffered = true;
                fail(NewClusterStep::ReadVersions,
                    KubeError {KubeError::Kind::Invalid, 0, refused, QString()});
                return;
            }
            createCluster();
        });
}

void NewClusterInstall::createCluster()
{
    // A Cluster of this name may exist: an earlier run created it (the name is the same for
    // the same profile, TkeStackCluster.cpp) and was stopped. It is followed, never created
    // twice.
    KubeRequest get;
    get.path = platformPath(QStringLiteral("clusters"), m_run->clusterName);
    get.what = QStringLiteral("clusters.platform.tkestack.io \"%1\"").arg(m_run->clusterName);
    m_global->send(get, [this](const KubeResponse &r) {
        if (r.ok()) {
            Q_EMIT stepStarted(NewClusterStep::FollowExisting);
            Q_EMIT clusterCreated(m_run->clusterName, false);
            record();
            Q_EMIT stepStarted(NewClusterStep::WaitRunning);
            m_run->elapsed.start();
            pollCluster();
            return;
        }
        if (r.error->kind != KubeError::Kind::NotFound) {
            fail(NewClusterStep::CreateCluster, *r.error);
            return;
        }
        postCluster();
    });
}

void NewClusterInstall::postCluster()
{
    Q_EMIT stepStarted(NewClusterStep::CreateCluster);
    // POST, as `kubectl create` does: TKEStack's registry does not create on update
    // (pkg/platform/registry/cluster/strategy.go:194-197, AllowCreateOnUpdate false), so a
    // server-side apply of a Cluster that does not exist yet answers 404.
    KubeRequest post;
    post.method = "POST";
    post.rbacVerb = QStringLiteral("create");
    post.path = platformPath(QStringLiteral("clusters"));
    post.what = QStringLiteral("clusters.platform.tkestack.io \"%1\"").arg(m_run->clusterName);
    post.contentType = "application/json";
    post.body = yamlToJsonText(m_run->clusterDocument);
    m_global->send(post, [this](const KubeResponse &r) {
        const bool exists = !r.ok() && r.error->kind == KubeError::Kind::Conflict;
        if (!r.ok() && !exists) {
            fail(NewClusterStep::CreateCluster, *r.error);
            return;
        }
        m_result.clusterCreated = !exists;
        Q_EMIT clusterCreated(m_run->clusterName, !exists);
        record();
        if (!m_options.follow) {
            Q_EMIT finished(m_result);
            return;
        }
        Q_EMIT stepStarted(NewClusterStep::WaitRunning);
        m_run->elapsed.start();
        pollCluster();
    });
    post.body.fill('\0');
}

void NewClusterInstall::pollCluster()
{
    KubeRequest get;
    get.path = platformPath(QStringLiteral("clusters"), m_run->clusterName);
    get.what = QStringLiteral("clusters.platform.tkestack.io \"%1\"").arg(m_run->clusterName);
    m_global->send(get, [this, what = get.what](const KubeResponse &r) {
        if (!r.ok()) {
            fail(NewClusterStep::WaitRunning, *r.error);
            return;
        }
        const Shaped<PlatformStatus> read = readPlatformStatus(r.json);
        if (!read.ok()) {
            fail(NewClusterStep::WaitRunning,
                jsonShapeError(
                    *read.error, m_global->access().server.authority(), what, r.httpStatus));
            return;
        }
        const QString phase = read.value.phase;
        const QList<ClusterCondition> conditions = read.value.conditions;
        if (phase != m_result.phase || conditions != m_result.conditions) {
            m_result.phase = phase;
            m_result.conditions = conditions;
            Q_EMIT clusterStatusChanged(phase, conditions);
        }
        if (phase == QLatin1String("Running")) {
            m_run->clusterJson = r.json;
            createMachines(0);
            return;
        }
        if (const auto failed = failedPlatformCondition(phase, conditions)) {
            m_result.failedCondition = failed;
            fail(NewClusterStep::WaitRunning,
                KubeError {KubeError::Kind::Server, 0,
                    tr("TKEStack could not create cluster %1: step %2 failed (%3): %4")
                        .arg(m_run->clusterName, failed->type, failed->reason, failed->message),
                    QString()});
            return;
        }
        if (!timedOut(NewClusterStep::WaitRunning, m_options.clusterTimeoutMs,
                tr("cluster %1 is still %2")
                    .arg(m_run->clusterName, phase.isEmpty() ? tr("without a phase") : phase)))
            m_run->later(this, m_options.pollMs, [this] { pollCluster(); });
    });
}

bool NewClusterInstall::timedOut(NewClusterStep step, int timeoutMs, const QString &what)
{
    if (m_run->elapsed.elapsed() < timeoutMs)
        return false;
    fail(step,
        KubeError {KubeError::Kind::Timeout, 0,
            tr("%1 after %2 s; TKEStack goes on working: run apply again to follow it")
                .arg(what)
                .arg(timeoutMs / 1000),
            QString()});
    return true;
}

void NewClusterInstall::createMachines(int index)
{
    if (m_run->machines.isEmpty()) {
        Q_EMIT stepSkipped(NewClusterStep::CreateMachines);
        Q_EMIT stepSkipped(NewClusterStep::WaitMachines);
        m_run->wipe();
        connectNewCluster();
        return;
    }
    if (index == 0)
        Q_EMIT stepStarted(NewClusterStep::CreateMachines);
    if (index >= m_run->machines.size()) {
        m_run->wipe();
        Q_EMIT stepStarted(NewClusterStep::WaitMachines);
        m_run->elapsed.start();
        pollMachines();
        return;
    }
    // Only now: the platform refuses a Machine until the Cluster has run far enough to know
    // status.nodeCIDRMaskSize ("the cluster's machine upper limit(0) has been reached",
    // pkg/platform/provider/baremetal/validation/machine.go:100-113).
    const Run::Machine &m = m_run->machines.at(index);
    KubeRequest post;
    post.method = "POST";
    post.rbacVerb = QStringLiteral("create");
    post.path = platformPath(QStringLiteral("machines"));
    post.what = QStringLiteral("machines.platform.tkestack.io \"%1\"").arg(m.name);
    post.contentType = "application/json";
    post.body = yamlToJsonText(m.document);
    m_global->send(post, [this, index](const KubeResponse &r) {
        // 409 AlreadyExists: an earlier run created it; it is followed.
        const bool exists = !r.ok() && r.error->kind == KubeError::Kind::Conflict;
        if (!r.ok() && !exists) {
            fail(NewClusterStep::CreateMachines, *r.error);
            return;
        }
        MachineProgress &p = m_result.machines[index];
        p.created = !exists;
        m_run->machinesPosted = index + 1;
        Q_EMIT machineCreated(p.name, p.ip, p.created);
        record();
        createMachines(index + 1);
    });
    post.body.fill('\0');
}

void NewClusterInstall::pollMachines()
{
    // One GET per Machine, in turn; the round ends when the last one answered.
    auto pending = std::make_shared<int>(int(m_result.machines.size()));
    auto failed = std::make_shared<bool>(false);
    for (int i = 0; i < m_result.machines.size(); ++i) {
        KubeRequest get;
        get.path = platformPath(QStringLiteral("machines"), m_result.machines.at(i).name);
        get.what = QStringLiteral("machines.platform.tkestack.io \"%1\"")
                       .arg(m_result.machines.at(i).name);
        m_global->send(get, [this, i, pending, failed](const KubeResponse &r) {
            --*pending;
            if (*failed)
                return;
            if (!r.ok()) {
                *failed = true;
                fail(NewClusterStep::WaitMachines, *r.error);
                return;
            }
            MachineProgress &p = m_result.machines[i];
            const Shaped<PlatformStatus> read = readPlatformStatus(r.json);
            if (!read.ok()) {
                *failed = true;
                fail(NewClusterStep::WaitMachines,
                    jsonShapeError(*read.error, m_global->access().server.authority(),
                        QStringLiteral("machines.platform.tkestack.io \"%1\"").arg(p.name),
                        r.httpStatus));
                return;
            }
            const QString phase = read.value.phase;
            const QList<ClusterCondition> conditions = read.value.conditions;
            if (phase != p.phase || conditions != p.conditions) {
                p.phase = phase;
                p.conditions = conditions;
                Q_EMIT machineStatusChanged(p);
            }
            const auto bad = phase == QLatin1String("Running")
                ? std::nullopt
                : failedPlatformCondition(phase, conditions);
            if (bad) {
                *failed = true;
                fail(NewClusterStep::WaitMachines,
                    KubeError {KubeError::Kind::Server, 0,
                        tr("TKEStack could not add worker %1 (%2): step %3 failed (%4): %5")
                            .arg(p.ip, p.name, bad->type, bad->reason, bad->message),
                        QString()});
                return;
            }
            if (*pending > 0)
                return;
            bool allRunning = true;
            for (const MachineProgress &m : std::as_const(m_result.machines))
                allRunning = allRunning && m.phase == QLatin1String("Running");
            if (allRunning)
                connectNewCluster();
            else if (!timedOut(NewClusterStep::WaitMachines, m_options.machineTimeoutMs,
                         tr("not every worker of cluster %1 is Running").arg(m_run->clusterName)))
                m_run->later(this, m_options.pollMs, [this] { pollMachines(); });
        });
    }
}

void NewClusterInstall::record()
{
    // The local record of the global cluster: a re-run finds what this run created.
    // Beside the Cilium inventories, one file per new cluster: the global cluster may carry an
    // installation of its own, whose inventory this record must not touch.
    QString path = m_options.inventoryFile;
    if (path.isEmpty()) {
        const QFileInfo cilium(defaultInventoryFile(m_global->access().server));
        path = QDir::cleanPath(
            cilium.dir().filePath(QStringLiteral("../new-clusters/%1-%2.json")
                                      .arg(cilium.completeBaseName(), m_run->clusterName)));
    }
    Inventory inv = readInventoryFile(path).value.value_or(Inventory());
    inv.server = m_global->access().server.toString();
    inv.newCluster = m_run->clusterName;
    for (int i = 0; i < m_run->machinesPosted && i < m_result.machines.size(); ++i) {
        if (!inv.newMachines.contains(m_result.machines.at(i).name))
            inv.newMachines.append(m_result.machines.at(i).name);
    }
    inv.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // A record that cannot be written costs only the convenience of a re-run: the Cluster's
    // name is the same for the same profile, and a re-run reads before it creates.
    writeInventoryFile(path, inv);
}

void NewClusterInstall::fail(NewClusterStep step, const KubeError &error)
{
    m_run->timer.stop();
    m_result.error = error;
    m_result.failedStep = step;
    Q_EMIT finished(m_result);
}

} // namespace tkeci
