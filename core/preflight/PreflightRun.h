#pragma once

#include "preflight/CheckResult.h"
#include "preflight/NetworkChecks.h"
#include "preflight/PreflightQuestions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace tkeci {
namespace ssh {
class SshClient;
} // namespace ssh

/// The state one preflight run shares between its node workers and the PreflightRunner: an
/// event queue the runner drains on its own thread, the cancel flag, and the operator's answers
/// the workers wait for. Workers see only this, never the runner or any model. Shared by
/// std::shared_ptr so a worker that finishes after a cancel still has somewhere to write.
class PreflightRun
{
public:
    struct Event
    {
        enum class Kind { Results, HostKeyQuestion, CredentialQuestion, NodeDone, NetworkReport };
        Kind kind = Kind::Results;
        QString node;
        CheckResults results; // Results
        QString text; // HostKeyQuestion: fingerprint; CredentialQuestion: user;
                      // NetworkReport: why the stage could not run ("" when it ran)
        CredentialKind credentialKind = CredentialKind::Password; // CredentialQuestion
        QByteArray output; // NetworkReport: the program's output
        QString keyType; // HostKeyQuestion: "ssh-ed25519", ...
    };

    /// A node that passed its own checks keeps its SSH session here for the network stage,
    /// which runs once every node is done (all of a node's probes in its one session).
    void park(const QString &node, std::unique_ptr<ssh::SshClient> client, DeviceFacts device);
    /// The parked nodes and their devices.
    QHash<QString, DeviceFacts> parkedDevices();
    /// Hands a parked session to the network stage's worker (nullptr when there is none).
    std::unique_ptr<ssh::SshClient> takeParked(const QString &node);

    PreflightRun();
    ~PreflightRun(); // parked sessions are closed here, where SshClient is complete

    std::atomic<bool> cancelled {false};
    /// Serialises reading and appending the known-hosts file across node workers.
    QMutex knownHostsMutex;

    void post(Event event);
    QList<Event> takeEvents();

    /// Blocks the calling worker until the operator answers for `node`; std::nullopt when the
    /// run is cancelled first.
    std::optional<bool> waitForHostKeyAnswer(const QString &node);
    void answerHostKey(const QString &node, bool accept);

    /// Blocks until a secret for `node` is provided (empty: declined); std::nullopt when the run
    /// is cancelled first. The caller owns the bytes and wipes them after use.
    std::optional<QByteArray> waitForSecret(const QString &node);
    void provideSecret(const QString &node, const QByteArray &secret);

    /// Wakes every waiting worker so it sees the cancel flag at once.
    void cancel();

    /// `wake` is called (from a worker thread) when the last of `nodes` is done, so the runner
    /// can finish at once instead of at its next batch tick. Set before any worker starts;
    /// cleared with setWake(nodes, {}) before the runner goes away.
    void setWake(int nodes, std::function<void()> wake);
    /// Posts NodeDone for `node` and calls the wake function if it was the last one.
    void nodeDone(const QString &node);

private:
    QMutex m_mutex;
    QWaitCondition m_answered;
    QList<Event> m_events;
    QHash<QString, bool> m_hostKeyAnswers;
    QHash<QString, QByteArray> m_secrets;
    std::map<QString, std::pair<std::unique_ptr<ssh::SshClient>, DeviceFacts>> m_parked;
    int m_remaining = 0;
    std::function<void()> m_wake;
};

} // namespace tkeci
