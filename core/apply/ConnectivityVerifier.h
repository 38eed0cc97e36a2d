#pragma once

#include "apply/ManifestApplier.h"
#include "apply/RolloutWatcher.h"
#include "apply/Uninstaller.h"

#include <QObject>

#include <algorithm>

namespace tkeci {

/// One check of Cilium's connectivity check: a Deployment whose readiness is the verdict.
struct ConnectivityVerdict
{
    QString name; // "pod-to-a"
    bool passed = false;
    QString meaning; // what a pass proves, translated
};

struct ConnectivityResult
{
    QList<ConnectivityVerdict> verdicts;
    std::optional<KubeError> error; // applying, watching or removing failed
    bool removed = false; // the check's objects were deleted afterwards
    /// Checks left out (deployment, why): the cluster cannot run them, or the operator said so.
    QList<std::pair<QString, QString>> skipped;
    bool ok() const
    {
        return !error
            && std::all_of(verdicts.cbegin(), verdicts.cend(),
                [](const ConnectivityVerdict &v) { return v.passed; });
    }
};

/// What a connectivity-check deployment proves when it is ready ("pod-to-a": pod to pod ...).
QString connectivityCheckMeaning(const QString &deployment);

/// Proves an installation the way TKEStack does: applies the connectivity check (the
/// Verification files), waits for every deployment to be ready (or the timeout), gives each a
/// verdict, and removes the check again (also after a failure).
class ConnectivityVerifier : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityVerifier(KubeClient &client, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_watcher.setPollInterval(ms); }
    /// Discovery shared with the run's other steps.
    void setDiscoveryCache(const ApiDiscoveryCache &cache) { m_applier.setDiscoveryCache(cache); }
    /// Keep the check's objects afterwards (to look at failing pods); default: remove them.
    void setKeep(bool keep) { m_keep = keep; }
    /// The checks left out of the files given to start(), reported with the result.
    void setSkipped(const QList<std::pair<QString, QString>> &skipped) { m_skipped = skipped; }
    void start(const QList<ManifestFile> &verificationFiles, int timeoutMs);
    /// As start(), for the cluster as it is: counts the nodes that accept pods first and
    /// leaves out (as skipped, with the reason) the multi-node checks when fewer than two do,
    /// since their pods could never be ready and would read as a broken network. A failed
    /// count ends in finished() with the error and nothing applied.
    void startOnCluster(const QList<ManifestFile> &verificationFiles, int timeoutMs);

Q_SIGNALS:
    void applied(int objects);
    void progressChanged(const tkeci::RolloutProgress &progress);
    void finished(const tkeci::ConnectivityResult &result);

private:
    void begin(const QList<ManifestFile> &verificationFiles, int timeoutMs,
        const QList<std::pair<QString, QString>> &skipped);
    void onApplied(const ApplyResult &result);
    void onRollout(const RolloutResult &result);
    void removeThenFinish();

    KubeClient &m_client;
    ManifestApplier m_applier;
    RolloutWatcher m_watcher;
    Uninstaller m_remover;
    QList<ObjectRef> m_applied;
    ConnectivityResult m_result;
    bool m_keep = false;
    QList<std::pair<QString, QString>> m_skipped;
    int m_timeoutMs = 0;
};

} // namespace tkeci
