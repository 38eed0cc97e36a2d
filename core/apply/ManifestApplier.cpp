#include "apply/ManifestApplier.h"

#include "apply/LiveVersions.h"
#include "kube/JsonRead.h"
#include "kube/YamlJson.h"
#include "render/KubeObjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <utility>

namespace tkeci {

/// How one object of the current wave fared, kept until it can be reported in order.
struct ObjectDone
{
    std::optional<ApplyOutcome> outcome; // set on success
};

struct ManifestApplier::Run
{
    std::vector<PlannedObject> planned;
    std::vector<ApiResource> resources; // of each planned object, once placed
    ApiDiscoveryResult discovery;
    LiveVersions live;
    std::optional<KubeResponse> inventoryBefore; // read with the live objects
    std::vector<ObjectDone> done;
    size_t waveBegin = 0;
    size_t waveEnd = 0;
    size_t reported = 0; // objects reported (stepFinished) so far, in planned order
    // The first failure of the wave in planned order, so that the error does not depend on
    // which answer came first.
    std::optional<size_t> failedAt;
    std::optional<KubeError> failure;
    ApplyResult result;
    bool finished = false;
    bool stopRequested = false; // stop(): nothing more is sent
    bool skipped = false; // an object of the wave was not sent because of the stop
    enum class Lead { None, Running, Done, Failed } lead = Lead::None;
    std::function<void()> afterLead; // what waits for the lead to finish
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
    Problems problems;
    std::vector<PlannedObject> planned = planApply(files, problems);
    start(std::move(planned), problems);
}

void ManifestApplier::start(
    std::vector<PlannedObject> planned, const Problems &problems, concurrent::Call lead)
{
    // Callbacks of a run still in flight index into m_run: a second start() would mix the two.
    if (m_run && !m_run->finished) {
        qWarning("ManifestApplier::start() while a run is in progress; ignored");
        return;
    }
    m_run = std::make_unique<Run>();
    m_run->planned = std::move(planned);
    if (lead) {
        // Sent now, with the reads below: the first write and the end of the run wait for it
        // (afterLead()).
        m_run->lead = Run::Lead::Running;
        QPointer<ManifestApplier> self(this);
        lead([self, run = m_run.get()](bool ok) {
            if (!self || self->m_run.get() != run || run->lead != Run::Lead::Running)
                return;
            run->lead = ok ? Run::Lead::Done : Run::Lead::Failed;
            if (auto next = std::exchange(run->afterLead, {}))
                next();
        });
    }
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
    discoverApiResources(
        m_client, apiVersions,
        [self](ApiDiscoveryResult d) {
            if (!self)
                return;
            self->m_run->discovery = std::move(d);
            if (self->m_run->discovery.error)
                self->finish(self->m_run->discovery.error, QString());
            else if (self->m_run->stopRequested)
                self->finishStopped();
            else
                self->placeObjects();
        },
        m_discoveryCache);
}

void ManifestApplier::stop()
{
    if (m_run && !m_run->finished)
        m_run->stopRequested = true;
}

void ManifestApplier::finishStopped()
{
    m_run->result.stopped = true;
    finish(std::nullopt, QString());
}

void ManifestApplier::placeObjects()
{
    // Every object is placed before anything is written: a kind the server does not serve
    // stops the run with nothing applied, not half way.
    Run &run = *m_run;
    for (PlannedObject &obj : run.planned) {
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
        run.resources.push_back(*res);
    }
    run.done.resize(run.planned.size());
    readLive();
}

size_t ManifestApplier::waveEndFrom(size_t begin) const
{
    const std::vector<PlannedObject> &planned = m_run->planned;
    size_t end = begin;
    while (end < planned.size()
        && applyRank(planned[end].ref.apiVersion, planned[end].ref.kind)
            == applyRank(planned[begin].ref.apiVersion, planned[begin].ref.kind))
        ++end;
    return end;
}

concurrent::Call ManifestApplier::readLiveOf(size_t begin, size_t end)
{
    QList<LiveLookup> lookups;
    for (size_t i = begin; i < end; ++i)
        lookups.append({m_run->resources[i], m_run->planned[i].ref});
    QPointer<ManifestApplier> self(this);
    return [self, lookups](concurrent::Finish finish) {
        if (!self)
            return;
        readLiveVersions(self->m_client, lookups, [self, finish](const LiveVersions &live) {
            if (!self)
                return;
            LiveVersions &known = self->m_run->live;
            known.byKey.insert(live.byKey);
            if (live.error && !known.error) {
                known.error = live.error;
                known.failedObject = live.failedObject;
            }
            finish(!live.error);
        });
    };
}

void ManifestApplier::readLive()
{
    // What exists is read one wave ahead: the first wave's objects now, with the inventory
    // (merged into when the run ends); each later wave's while the wave before it is applied.
    // So the read comes one round trip before the write, as a GET right before each apply
    // would, and a controller's status update in between (a DaemonSet rolling out) does not
    // make an unchanged object look configured.
    auto inventoryRead = std::make_shared<std::optional<KubeResponse>>();
    QList<concurrent::Call> calls {readLiveOf(0, waveEndFrom(0))};
    QPointer<ManifestApplier> self(this);
    if (m_keepInventory) {
        calls.append([self, inventoryRead](concurrent::Finish finish) {
            if (!self)
                return;
            self->m_client.send(
                self->inventoryRequest(), [inventoryRead, finish](const KubeResponse &r) {
                    *inventoryRead = r;
                    finish(true);
                });
        });
    }
    concurrent::run(std::move(calls), concurrent::kDefaultLimit, [self, inventoryRead](bool) {
        if (!self)
            return;
        self->m_run->inventoryBefore = *inventoryRead;
        self->afterLead([self]() {
            Run &run = *self->m_run;
            if (run.lead == Run::Lead::Failed) // nothing is written after a failed lead
                self->finish(std::nullopt, QString());
            else if (run.live.error)
                self->finish(run.live.error, run.live.failedObject);
            else if (run.stopRequested)
                self->finishStopped();
            else
                self->applyWave();
        });
    });
}

void ManifestApplier::afterLead(std::function<void()> next)
{
    if (m_run->lead == Run::Lead::Running)
        m_run->afterLead = std::move(next);
    else
        next();
}

void ManifestApplier::applyWave()
{
    Run &run = *m_run;
    run.waveBegin = run.waveEnd;
    if (run.waveBegin >= run.planned.size()) {
        finish(std::nullopt, QString());
        return;
    }
    run.waveEnd = waveEndFrom(run.waveBegin);
    QList<concurrent::Call> calls;
    if (run.waveEnd < run.planned.size()) // the next wave's objects, read ahead
        calls.append(readLiveOf(run.waveEnd, waveEndFrom(run.waveEnd)));
    for (size_t i = run.waveBegin; i < run.waveEnd; ++i)
        calls.append(applyOne(i));
    QPointer<ManifestApplier> self(this);
    concurrent::run(std::move(calls), concurrent::kDefaultLimit, [self](bool) {
        if (!self)
            return;
        self->reportInOrder(true);
        Run &r = *self->m_run;
        if (r.failedAt)
            self->finish(r.failure, r.planned[*r.failedAt].ref.display());
        else if (r.live.error)
            self->finish(r.live.error, r.live.failedObject);
        else if (r.stopRequested && (r.skipped || r.waveEnd < r.planned.size()))
            self->finishStopped();
        else
            self->applyWave();
    });
}

concurrent::Call ManifestApplier::applyOne(size_t index)
{
    QPointer<ManifestApplier> self(this);
    return [self, index](concurrent::Finish finish) {
        if (!self)
            return;
        Run &run = *self->m_run;
        if (run.stopRequested) { // not sent; the wave's completion ends the run
            run.skipped = true;
            finish(true);
            return;
        }
        const PlannedObject &o = run.planned[index];
        const ApiResource &res = run.resources[index];
        Q_EMIT self->stepStarted(int(index), int(run.planned.size()), o.ref.display());
        const QString oldVersion = run.live.of(res, o.ref.ns, o.ref.name);
        KubeRequest patch;
        patch.path = objectPath(res, o.ref.ns, o.ref.name);
        patch.what = describeObject(res, o.ref.ns, o.ref.name);
        patch.method = "PATCH";
        patch.rbacVerb
            = QStringLiteral("patch"); // what RBAC checks for an apply, even one that creates
        patch.contentType = "application/apply-patch+yaml";
        patch.body = yamlToJsonText(o.document);
        patch.query.addQueryItem(QStringLiteral("fieldManager"), kFieldManager);
        if (self->m_force)
            patch.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        self->m_client.send(
            patch, [self, index, oldVersion, what = patch.what, finish](const KubeResponse &r) {
                if (!self)
                    return;
                Run &run = *self->m_run;
                const ObjectRef &ref = run.planned[index].ref;
                std::optional<KubeError> error = r.error;
                QString newVersion;
                bool uncertain = false;
                if (r.ok()) {
                    const JsonRead version = JsonRead(
                        r.json)[QStringLiteral("metadata")][QStringLiteral("resourceVersion")];
                    newVersion = version.string(Presence::Required);
                    if (!version.ok()) {
                        // The write went through, but its answer is not the object: on record
                        // as uncertain, as a lost answer is.
                        uncertain = true;
                        error = jsonShapeError(*version.error(),
                            self->m_client.access().server.authority(), what, r.httpStatus);
                    }
                } else {
                    const auto kind = r.error->kind;
                    uncertain = (r.httpStatus == 0
                                    && (kind == KubeError::Kind::Timeout
                                        || kind == KubeError::Kind::Unreachable))
                        || r.httpStatus == 504;
                }
                if (error) {
                    if (uncertain)
                        run.result.uncertain.append(ref);
                    if (!run.failedAt || index < *run.failedAt) {
                        run.failedAt = index;
                        run.failure = error;
                    }
                    finish(false);
                    return;
                }
                run.done[index].outcome = oldVersion.isEmpty() ? ApplyOutcome::Created
                    : oldVersion == newVersion                 ? ApplyOutcome::Unchanged
                                                               : ApplyOutcome::Configured;
                self->reportInOrder(false);
                finish(true);
            });
    };
}

void ManifestApplier::reportInOrder(bool waveEnded)
{
    // Objects are reported (and recorded as applied) in the planned order: while the wave
    // runs, up to the first one not back yet; when it has ended, every success of it.
    Run &run = *m_run;
    while (run.reported < run.waveEnd) {
        const ObjectDone &d = run.done[run.reported];
        if (!d.outcome && !waveEnded) // failed, or not back yet, or never sent
            break;
        const size_t index = run.reported++;
        if (!d.outcome)
            continue;
        switch (*d.outcome) {
        case ApplyOutcome::Created:
            ++run.result.created;
            break;
        case ApplyOutcome::Unchanged:
            ++run.result.unchanged;
            break;
        case ApplyOutcome::Configured:
            ++run.result.configured;
            break;
        }
        const ObjectRef &ref = run.planned[index].ref;
        run.result.applied.append(ref);
        Q_EMIT stepFinished(int(index), int(run.planned.size()), ref.display(), *d.outcome);
    }
}

void ManifestApplier::finish(const std::optional<KubeError> &error, const QString &failedObject)
{
    // A run that ends before its lead is back (a kind the server does not serve) waits for
    // it: its owner learns how the lead went first, and the inventory records its labels.
    if (m_run->lead == Run::Lead::Running) {
        m_run->afterLead = [this, error, failedObject]() { finish(error, failedObject); };
        return;
    }
    m_run->result.leadFailed = m_run->lead == Run::Lead::Failed;
    m_run->result.error = error;
    m_run->result.failedObject = failedObject;
    if (!m_keepInventory
        || (m_run->result.applied.isEmpty() && m_run->result.uncertain.isEmpty()
            && m_labelledNodes.isEmpty() && m_editedMasters.isEmpty())) {
        m_run->finished = true;
        Q_EMIT finished(m_run->result);
        return;
    }
    writeInventory([this]() {
        m_run->finished = true;
        Q_EMIT finished(m_run->result);
    });
}

KubeRequest ManifestApplier::inventoryRequest() const
{
    const ApiResource *cmRes
        = m_run->discovery.find(QStringLiteral("v1"), QStringLiteral("ConfigMap"));
    const ApiResource fallback {QString(), QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        QStringLiteral("configmaps"), true};
    const ApiResource res = cmRes ? *cmRes : fallback;
    KubeRequest get;
    get.path = objectPath(res, kube::kSystemNamespace, kInventoryConfigMap);
    get.what = describeObject(res, kube::kSystemNamespace, kInventoryConfigMap);
    return get;
}

void ManifestApplier::writeInventory(std::function<void()> then)
{
    // Read at the start of the run (readLive); a run that stopped before that reads it now.
    if (m_run->inventoryBefore) {
        mergeInventory(*m_run->inventoryBefore, std::move(then));
        return;
    }
    QPointer<ManifestApplier> self(this);
    m_client.send(inventoryRequest(), [self, then = std::move(then)](const KubeResponse &before) {
        if (self)
            self->mergeInventory(before, then);
    });
}

void ManifestApplier::mergeInventory(const KubeResponse &before, std::function<void()> then)
{
    const KubeRequest get = inventoryRequest();
    Inventory inv;
    const QString localFile = m_inventoryFile.isEmpty()
        ? defaultInventoryFile(m_client.access().server)
        : m_inventoryFile;
    // A record that cannot be read is not merged into (that would drop what it lists)
    // and not overwritten: the operator is told, and the objects of this run go into
    // the local file only.
    std::optional<QString> unreadable;
    if (before.ok()) {
        const Shaped<Inventory> old = inventoryFromConfigMap(before.json);
        if (old.ok())
            inv = old.value;
        else
            unreadable = jsonShapeError(
                *old.error, m_client.access().server.authority(), get.what, before.httpStatus)
                             .message;
    }
    if (inv.objects.isEmpty()) {
        const Shaped<std::optional<Inventory>> local = readInventoryFile(localFile);
        if (local.ok() && local.value)
            inv = *local.value;
    }
    inv.server = m_client.access().server.toString();
    inv.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    inv.add(m_run->result.applied);
    inv.add(m_run->result.uncertain);
    for (const QString &n : m_labelledNodes) {
        if (!inv.labelledNodes.contains(n))
            inv.labelledNodes.append(n);
    }
    for (const QString &n : m_editedMasters) {
        if (!inv.editedMasters.contains(n))
            inv.editedMasters.append(n);
    }
    if (const QString e = writeInventoryFile(localFile, inv); !e.isEmpty())
        m_run->result.warnings.append(tr("the local inventory was not written: %1").arg(e));
    if (unreadable) {
        m_run->result.warnings.append(
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
    QPointer<ManifestApplier> self(this);
    m_client.send(patch, [self, then](const KubeResponse &r) {
        if (!self)
            return;
        if (!r.ok())
            self->m_run->result.warnings.append(
                tr("the inventory ConfigMap was not written: %1").arg(r.error->message));
        then();
    });
}

} // namespace tkeci
