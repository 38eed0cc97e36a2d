#pragma once

#include "plan/InstallPlan.h"
#include "preflight/CheckResult.h"
#include "preflight/PreflightOptions.h"
#include "preflight/PreflightQuestions.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QThreadPool;
class QTimer;

namespace tkeci {

class NetworkStage;
class PreflightRun;

/// Checks every node of a plan over SSH, all nodes in parallel on a private thread pool
/// (bounded by PreflightOptions::parallel), one SSH session and one remote command per node.
/// Results are streamed: resultsReady() carries what became known since the last batch (about
/// every 100 ms). Lives in the caller's thread (the GUI thread); workers never touch it.
/// With PreflightOptions::networkChecks a second stage follows once every node is done: the
/// nodes probe each other and their switch in the sessions they kept (NetworkStage).
///
/// The core never decides on trust: an unknown host key raises hostKeyDecisionNeeded() and the
/// node waits for answerHostKey(); a password or key passphrase raises credentialsNeeded() and
/// waits for providePassword(). Cancelling never waits for the workers.
class PreflightRunner : public QObject
{
    Q_OBJECT
public:
    using CredentialKind = tkeci::CredentialKind;

    explicit PreflightRunner(QObject *parent = nullptr);
    ~PreflightRunner() override;

    bool isRunning() const;

public Q_SLOTS:
    /// Starts checking `plan.nodes` (only those whose ip is in `onlyNodes`, when not empty).
    /// A run still going is cancelled first.
    void start(const tkeci::InstallPlan &plan, const tkeci::PreflightOptions &options,
        const QStringList &onlyNodes = {});
    /// Stops at once: nodes not finished get a Cancelled row per check, then finished().
    void cancel();
    /// The operator's decision for a node that raised hostKeyDecisionNeeded(). Accepting
    /// appends the key to the known-hosts file.
    void answerHostKey(const QString &node, bool accept);
    /// The password (or key passphrase) for a node that raised credentialsNeeded(). An empty
    /// QString() declines: the node fails with "authentication failed". Kept in memory only.
    void providePassword(const QString &node, const QString &secret);

Q_SIGNALS:
    void resultsReady(const QList<tkeci::CheckResult> &results);
    /// Nodes done of all nodes; with the network stage, it is one more step at the end.
    void progress(int done, int total);
    /// `keyType` as OpenSSH names it ("ssh-ed25519"); empty when libssh could not tell.
    void hostKeyDecisionNeeded(
        const QString &node, const QString &fingerprint, const QString &keyType);
    void credentialsNeeded(const QString &node, tkeci::CredentialKind kind, const QString &user);
    /// `node`'s worker is done (its results were in this or an earlier resultsReady()).
    void nodeFinished(const QString &node);
    void finished();

private:
    void drain();
    void finishRun();

    void nodesDone();

    std::shared_ptr<PreflightRun> m_run;
    std::unique_ptr<NetworkStage> m_network; // null when the run has no network stage
    QList<CheckId> m_checks; // every check of the run
    QTimer *m_batchTimer = nullptr;
    std::unique_ptr<QThreadPool> m_pool;
    QSet<QString> m_pending; // nodes whose worker has not reported NodeDone
    // Nodes without a result yet. Not the same as m_pending: a worker that sees the cancel flag
    // ends without results, so on cancel these (not the pending ones) get the Cancelled rows.
    QSet<QString> m_unreported;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelling = false;
};

} // namespace tkeci
