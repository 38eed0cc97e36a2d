#pragma once

#include "ssh/SshHandles.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <functional>

namespace tkeci::ssh {

/// Why an SSH step did not succeed. `detail` keeps the libssh error text.
struct SshError
{
    enum class Kind { None, Unreachable, Timeout, AuthFailed, KeyUnreadable, Cancelled, Protocol };
    Kind kind = Kind::None;
    QString detail;
    bool ok() const { return kind == Kind::None; }
};

/// What the known-hosts file says about the server's key. Every ssh_known_hosts_e value maps
/// to one of these: OK → Known; UNKNOWN and NOT_FOUND (no file yet) → Unknown; CHANGED and
/// OTHER (a key of another type is known: treated like a change, as OpenSSH does) → Changed;
/// ERROR → Error.
struct HostKeyStatus
{
    enum class State { Known, Unknown, Changed, Error };
    State state = State::Error;
    QString fingerprint; // "SHA256:..." of the key the server showed
    QString keyType; // its type as OpenSSH names it: "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString knownFingerprint; // for Changed: the key on file, when libssh can give it
    QString detail;
};

/// The outcome of one remote command.
struct CommandOutput
{
    QByteArray out;
    QByteArray err;
    int exitStatus = -1; // -1 when the server did not send one
    QString closeError; // libssh's text when closing the channel failed (kept for details)
};

/// One SSH connection, driven in non-blocking mode so that every step honours its deadline and
/// the cancel flag within a few tens of milliseconds. Not thread-safe: one thread uses it.
class SshClient
{
public:
    /// `cancel` may be set from any thread; every waiting step checks it.
    explicit SshClient(const std::atomic<bool> *cancel);

    /// Connects and completes the SSH handshake before `deadline` (TCP connect included).
    /// The host key is not judged here: call hostKeyStatus() next.
    SshError connect(const QString &host, int port, const QString &user,
        const QString &knownHostsFile, bool useSshConfig, QDeadlineTimer deadline);
    HostKeyStatus hostKeyStatus();
    /// Appends the server's key to the known-hosts file (only after an explicit accept).
    SshError rememberHostKey();

    SshError authenticateWithKeyFile(
        const QString &path, const QByteArray &passphrase, QDeadlineTimer deadline);
    SshError authenticateWithAgent(QDeadlineTimer deadline);
    SshError authenticateWithPassword(const QByteArray &password, QDeadlineTimer deadline);
    /// Tries the keys libssh finds by itself (agent, ~/.ssh/id_*).
    SshError authenticateAuto(QDeadlineTimer deadline);

    /// Runs a fixed command (never built from user text) and collects its output before
    /// `deadline`. More than `maxBytes` on stdout or on stderr ends the run with a Protocol
    /// error at once (a command that prints without end is cut off, not read to the deadline).
    /// `input` goes to the command's stdin, which is then closed: file contents travel as data,
    /// never inside the command line.
    SshError run(const char *command, QDeadlineTimer deadline, CommandOutput &output,
        qsizetype maxBytes = 8 * 1024 * 1024, const QByteArray &input = QByteArray());

    /// True when the key file is encrypted and needs a passphrase (not readable without one).
    static bool keyNeedsPassphrase(const QString &path);

private:
    enum class Step { Done, Again, Failed };
    SshError waitFor(const std::function<Step()> &step, QDeadlineTimer deadline,
        SshError::Kind failKind, const char *phase);
    SshError error(SshError::Kind kind, const QString &what) const;
    SshError authResult(int rc, const char *method) const;
    /// Runs one non-blocking ssh_userauth_* call until it is decided or the deadline passes.
    SshError authenticate(const char *method, const std::function<int(ssh_session)> &attempt,
        QDeadlineTimer deadline);
    void waitForSocket(QDeadlineTimer deadline) const;
    bool usesProxyCommand() const;

    const std::atomic<bool> *m_cancel;
    SessionPtr m_session;
    QString m_user;
    QString m_host;
    int m_port = 22;
    QString m_knownHostsFile;
};

/// "SHA256:base64" for a public key, as OpenSSH prints it; empty when it cannot be made.
QString sha256Fingerprint(ssh_key key);

} // namespace tkeci::ssh
