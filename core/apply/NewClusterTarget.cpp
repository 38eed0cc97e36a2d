// NewClusterInstall, the new cluster's part: reach it, send the operator's edited files,
// watch the rollout, check connectivity.
#include "apply/ClusterKind.h"
#include "apply/NewClusterAccess.h"
#include "apply/NewClusterRun.h"
#include "apply/PlatformObjects.h"
#include "kube/YamlJson.h"
#include "render/ConnectivityCheckOptions.h"

#include <QJsonArray>

namespace tkeci {
namespace {

QList<ObjectRef> objectsIn(const QList<ManifestFile> &files)
{
    QList<ObjectRef> refs;
    for (const ManifestFile &f : files) {
        for (const YamlNode &doc : ManifestSet::documents(f)) {
            const QJsonObject o = yamlToJson(doc).toObject();
            const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
            refs.append({o.value(QStringLiteral("apiVersion")).toString(),
                o.value(QStringLiteral("kind")).toString(),
                meta.value(QStringLiteral("namespace")).toString(),
                meta.value(QStringLiteral("name")).toString()});
        }
    }
    return refs;
}

} // namespace

void NewClusterInstall::Run::takeDocuments(const ManifestFile &filled)
{
    for (YamlNode &doc : ManifestSet::documents(filled)) {
        const QJsonObject o = yamlToJson(doc).toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString name = o.value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        if (kind == QLatin1String("Cluster")) {
            clusterName = name;
            clusterDocument = std::move(doc);
        } else if (kind == QLatin1String("Machine")) {
            const QString ip
                = o.value(QStringLiteral("spec")).toObject().value(QStringLiteral("ip")).toString();
            machines.append({name, ip, std::move(doc)});
        }
    }
}

void NewClusterInstall::Run::wipe()
{
    // The credentials leave memory with the documents; nothing of them was ever written.
    clusterDocument = YamlNode();
    for (Machine &m : machines)
        m.document = YamlNode();
}

void NewClusterInstall::Run::later(QObject *context, int ms, std::function<void()> then)
{
    onTimer = std::move(then);
    timer.disconnect();
    QObject::connect(&timer, &QTimer::timeout, context, [this] {
        if (onTimer)
            onTimer();
    });
    timer.start(ms);
}

void NewClusterInstall::connectNewCluster()
{
    Q_EMIT stepStarted(NewClusterStep::ConnectNewCluster);
    const QString credential = clusterCredentialName(m_run->clusterJson);
    if (credential.isEmpty()) {
        fail(NewClusterStep::ConnectNewCluster,
            KubeError {KubeError::Kind::Config, 0,
                tr("cluster %1 spec.clusterCredentialRef: not set; the new cluster cannot be "
                   "reached")
                    .arg(m_run->clusterName),
                QString()});
        return;
    }
    KubeRequest get;
    get.path = platformPath(QStringLiteral("clustercredentials"), credential);
    get.what = QStringLiteral("clustercredentials.platform.tkestack.io \"%1\"").arg(credential);
    m_global->send(get, [this](const KubeResponse &r) {
        if (!r.ok()) {
            fail(NewClusterStep::ConnectNewCluster, *r.error);
            return;
        }
        const NewClusterAccessResult access = newClusterAccess(m_run->clusterJson, r.json);
        if (!access.access) {
            fail(NewClusterStep::ConnectNewCluster,
                KubeError {KubeError::Kind::Config, 0, access.error, QString()});
            return;
        }
        ClusterAccess newCluster = *access.access;
        newCluster.deadline = m_global->access().deadline; // one run, one deadline
        m_newCluster = std::make_unique<KubeClient>(newCluster);
        m_result.newClusterServer = access.access->server;
        Q_EMIT connected(access.access->server);
        applyEdited();
    });
}

void NewClusterInstall::applyEdited()
{
    if (m_run->installerFiles.isEmpty()) {
        Q_EMIT stepSkipped(NewClusterStep::ApplyEdited);
        onApplied(ApplyResult());
        return;
    }
    Q_EMIT stepStarted(NewClusterStep::ApplyEdited);
    // Server-side apply as on an existing cluster: TKEStack created these objects (with its
    // own field manager) moments ago, so changed values conflict until taken over.
    m_run->applier = std::make_unique<ManifestApplier>(*m_newCluster);
    m_run->applier->setInventory(true, m_options.newClusterInventoryFile);
    m_run->applier->setForce(m_options.takeOverConflicts);
    connect(m_run->applier.get(), &ManifestApplier::stepFinished, this,
        &NewClusterInstall::objectApplied);
    connect(m_run->applier.get(), &ManifestApplier::finished, this, &NewClusterInstall::onApplied);
    m_run->applier->start(m_run->installerFiles);
}

void NewClusterInstall::onApplied(const ApplyResult &r)
{
    m_result.apply = r;
    if (!r.ok()) {
        const bool conflict = r.error->httpStatus == 409
            && r.error->kind == KubeError::Kind::Conflict
            && r.error->detail.contains(QLatin1String("conflict"), Qt::CaseInsensitive);
        if (!conflict) {
            fail(NewClusterStep::ApplyEdited, *r.error);
            return;
        }
        m_run->conflictPaused = true;
        FieldConflictQuestion q;
        q.object = r.failedObject;
        q.detail = r.error->detail;
        q.message = tr("%1 on the new cluster has fields that TKEStack's platform set when it "
                       "deployed Cilium, and your edited file changes them. Take them over "
                       "(your values win), or stop and keep TKEStack's?")
                        .arg(r.failedObject);
        Q_EMIT conflictFound(q);
        return;
    }
    Q_EMIT applied(r);
    m_run->workloads = RolloutWatcher::workloadsIn(objectsIn(m_tkeStackFiles) + r.applied);
    if (!m_options.watchRollout || m_run->workloads.isEmpty()) {
        Q_EMIT stepSkipped(NewClusterStep::Rollout);
        verify();
        return;
    }
    Q_EMIT stepStarted(NewClusterStep::Rollout);
    m_run->watcher = std::make_unique<RolloutWatcher>(*m_newCluster);
    m_run->watcher->setPollInterval(m_options.pollMs);
    connect(m_run->watcher.get(), &RolloutWatcher::progressChanged, this,
        &NewClusterInstall::rolloutProgress);
    connect(m_run->watcher.get(), &RolloutWatcher::finished, this, [this](const RolloutResult &rr) {
        m_result.rollout = rr;
        if (rr.error) {
            fail(NewClusterStep::Rollout, *rr.error);
            return;
        }
        if (!rr.ok()) {
            m_run->rolloutPaused = true;
            Q_EMIT rolloutTimedOut(rr);
            return;
        }
        verify();
    });
    Q_EMIT rolloutStarted(m_run->workloads);
    watchRollout(m_options.rolloutTimeoutMs);
}

void NewClusterInstall::answerConflict(ConflictAnswer answer)
{
    if (!std::exchange(m_run->conflictPaused, false))
        return;
    if (answer == ConflictAnswer::Stop) {
        fail(NewClusterStep::ApplyEdited, *m_result.apply.error);
        return;
    }
    // Applied objects come back unchanged; the conflicting one and the rest are forced.
    m_run->applier->setForce(true);
    m_run->applier->start(m_run->installerFiles);
}

void NewClusterInstall::watchRollout(int timeoutMs)
{
    m_run->rolloutPaused = false;
    m_run->watcher->start(m_run->workloads, timeoutMs);
}

void NewClusterInstall::waitLonger(int ms)
{
    if (!m_run->watcher)
        return;
    if (m_run->rolloutPaused)
        watchRollout(ms);
    else
        m_run->watcher->extend(ms);
}

void NewClusterInstall::giveUpRollout()
{
    if (!std::exchange(m_run->rolloutPaused, false))
        return;
    fail(NewClusterStep::Rollout,
        KubeError {KubeError::Kind::Timeout, 0,
            tr("the workloads did not roll out in time; the new cluster stays as it is"),
            QString()});
}

void NewClusterInstall::verify()
{
    if (m_run->verificationFiles.isEmpty()) {
        Q_EMIT stepSkipped(NewClusterStep::Verify);
        Q_EMIT finished(m_result);
        return;
    }
    Q_EMIT stepStarted(NewClusterStep::Verify);
    m_run->verifier = std::make_unique<ConnectivityVerifier>(*m_newCluster);
    m_run->verifier->setPollInterval(m_options.pollMs);
    connect(m_run->verifier.get(), &ConnectivityVerifier::applied, this,
        &NewClusterInstall::checkApplied);
    connect(m_run->verifier.get(), &ConnectivityVerifier::progressChanged, this,
        &NewClusterInstall::checkProgress);
    connect(m_run->verifier.get(), &ConnectivityVerifier::finished, this,
        [this](const ConnectivityResult &c) {
            m_result.connectivity = c;
            if (c.error) // as on an existing cluster: the check could not run or be removed
                fail(NewClusterStep::Verify, *c.error);
            else
                Q_EMIT finished(m_result);
        });
    m_run->verifier->startOnCluster(m_run->verificationFiles, m_options.connectivityTimeoutMs);
}

} // namespace tkeci
