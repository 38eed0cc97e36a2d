#include "NodeProbe.h"

#include "preflight/NodeLogin.h"
#include "preflight/PreflightRun.h"
#include "preflight/ProbeScript.h"
#include "ssh/SshClient.h"
#include "text/SafeText.h"

#include <QDeadlineTimer>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tkeci {
namespace {

using ssh::SshError;

constexpr int kWorkerNice = 10;

// Pool threads run at a lower CPU priority than the thread that owns the runner: on a busy
// workstation 32 handshakes starting at once otherwise keep the GUI thread off the CPU for
// tens of milliseconds. QThread priorities do nothing under SCHED_OTHER, so set the nice value
// of this thread (Linux allows that per thread); the pool threads only ever run probes.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const id_t tid = id_t(::gettid());
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < kWorkerNice)
        ::setpriority(PRIO_PROCESS, tid, kWorkerNice); // best effort: a failure changes nothing
#endif
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

NodeProbe::NodeProbe(std::shared_ptr<PreflightRun> run, NodeSpec node, NodeCheckContext context,
    PreflightOptions options)
    : m_run(std::move(run))
    , m_node(std::move(node))
    , m_context(std::move(context))
    , m_options(std::move(options))
{
    setAutoDelete(true);
}

void NodeProbe::run()
{
    lowerThreadPriority();
    if (!m_run->cancelled.load())
        probe();
    m_run->nodeDone(m_node.ip);
}

void NodeProbe::fail(CheckResult::Code code, const QStringList &args, const QString &details)
{
    if (m_run->cancelled.load())
        return; // the runner has already reported this node as cancelled
    m_run->post({PreflightRun::Event::Kind::Results, m_node.ip,
        nodeFailure(m_context.checks, m_node.ip, code, args, details), {}, {}, {}, {}});
}

void NodeProbe::failWith(const SshError &error, SshPhase phase)
{
    using C = CheckResult::Code;
    const int budget
        = phase == SshPhase::Connect ? m_options.connectTimeoutMs : m_options.commandTimeoutMs;
    switch (error.kind) {
    case SshError::Kind::None:
    case SshError::Kind::Cancelled:
        return;
    case SshError::Kind::Timeout:
        fail(C::Timeout, {sshPhaseId(phase), seconds(budget)}, error.detail);
        return;
    case SshError::Kind::Unreachable:
        fail(C::Unreachable, {error.detail}, error.detail);
        return;
    case SshError::Kind::AuthFailed:
        fail(C::AuthFailed, {m_node.user, error.detail}, error.detail);
        return;
    case SshError::Kind::KeyUnreadable:
        fail(C::AuthFailed,
            {m_node.user, QStringLiteral("key file %1 could not be read").arg(error.detail)},
            error.detail);
        return;
    case SshError::Kind::Protocol:
        fail(C::ProbeFailed, {error.detail}, error.detail);
        return;
    }
}

void NodeProbe::probe()
{
    auto owned = std::make_unique<ssh::SshClient>(&m_run->cancelled);
    ssh::SshClient &client = *owned;
    SshError e = client.connect(m_node.ip, m_node.port, m_node.user, m_options.knownHostsFile,
        m_options.useSshConfig, QDeadlineTimer(m_options.connectTimeoutMs));
    if (!e.ok())
        return failWith(e, SshPhase::Connect);
    if (!trustHostKey(client) || !login(client))
        return;
    ssh::CommandOutput output;
    e = client.run(probeScript(), QDeadlineTimer(m_options.commandTimeoutMs), output);
    if (!e.ok())
        return failWith(e, SshPhase::Command);
    const QHash<QString, QByteArray> sections = splitProbeOutput(output.out);
    if (!sections.contains(QStringLiteral("end"))) {
        // The node's own text, made safe for a terminal (and cut) before anyone shows it.
        const QString why = QStringLiteral("output ended early (exit status %1): %2")
                                .arg(output.exitStatus)
                                .arg(safeText(QString::fromUtf8(output.err).trimmed(), 400));
        return fail(
            CheckResult::Code::ProbeFailed, {why}, safeText(QString::fromUtf8(output.out), 4000));
    }
    if (m_run->cancelled.load())
        return;
    m_run->post({PreflightRun::Event::Kind::Results, m_node.ip, evaluateProbe(m_context, sections),
        {}, {}, {}, {}});
    if (m_context.networkStage) {
        m_run->park(m_node.ip, std::move(owned),
            parseDeviceFacts(m_context.networkDevice, m_node.ip, sections));
    }
}

bool NodeProbe::trustHostKey(ssh::SshClient &client)
{
    using State = ssh::HostKeyStatus::State;
    ssh::HostKeyStatus status;
    {
        const QMutexLocker lock(&m_run->knownHostsMutex);
        status = client.hostKeyStatus();
    }
    switch (status.state) {
    case State::Known:
        return true;
    case State::Changed:
        fail(CheckResult::Code::HostKeyChanged, {status.fingerprint, status.knownFingerprint},
            QStringLiteral("server: %1\nknown_hosts: %2")
                .arg(status.fingerprint, status.knownFingerprint));
        return false;
    case State::Error:
        fail(CheckResult::Code::HostKeyError, {status.detail}, status.detail);
        return false;
    case State::Unknown:
        break;
    }
    // The core never trusts a new key by itself: the operator (or --accept-new-host-keys) does.
    m_run->post({PreflightRun::Event::Kind::HostKeyQuestion, m_node.ip, {}, status.fingerprint, {},
        {}, status.keyType});
    const std::optional<bool> accepted = m_run->waitForHostKeyAnswer(m_node.ip);
    if (!accepted)
        return false; // cancelled
    if (!*accepted) {
        fail(CheckResult::Code::HostKeyUnknown, {status.fingerprint}, status.fingerprint);
        return false;
    }
    const QMutexLocker lock(&m_run->knownHostsMutex);
    const SshError written = client.rememberHostKey();
    if (!written.ok()) {
        fail(CheckResult::Code::HostKeyError, {written.detail}, written.detail);
        return false;
    }
    return true;
}

std::optional<QByteArray> NodeProbe::askSecret(CredentialKind kind)
{
    m_run->post(
        {PreflightRun::Event::Kind::CredentialQuestion, m_node.ip, {}, m_node.user, kind, {}, {}});
    return m_run->waitForSecret(m_node.ip);
}

bool NodeProbe::login(ssh::SshClient &client)
{
    // The time spent waiting for the operator does not count against the login.
    QByteArray secret;
    switch (loginSecretFor(m_node, m_options)) {
    case LoginSecret::None:
        break;
    case LoginSecret::Password:
    case LoginSecret::KeyPassphrase: {
        const bool password = m_node.auth == AuthMethod::Password;
        std::optional<QByteArray> answer
            = askSecret(password ? CredentialKind::Password : CredentialKind::KeyPassphrase);
        if (!answer)
            return false; // cancelled
        secret = std::move(*answer);
        break;
    }
    }
    const SshError e = logIn(client, m_node, m_options, secret);
    secret.fill('\0');
    if (!e.ok()) {
        failWith(e, SshPhase::Connect);
        return false;
    }
    return true;
}

} // namespace tkeci
