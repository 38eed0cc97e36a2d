// libssh in non-blocking mode: every call that would wait returns SSH_AGAIN and we wait on the
// socket ourselves in short slices, so a deadline or a cancel takes effect within ~20 ms and a
// server that accepts TCP but never speaks SSH fails at the connect deadline.
#include "SshClient.h"

#include "ssh/KnownHostsFile.h"
#include "ssh/TcpDiagnosis.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <poll.h>

#include <thread>

namespace tkeci::ssh {
namespace {

constexpr int kSliceMs = 20;

QString libsshText(ssh_session s)
{
    return QString::fromUtf8(ssh_get_error(s));
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QString sha256Fingerprint(ssh_key key)
{
    unsigned char *raw = nullptr;
    size_t len = 0;
    if (key == nullptr || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &raw, &len) != 0)
        return {};
    const HashPtr hash(raw);
    const CharPtr text(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), len));
    return text ? QString::fromLatin1(text.get()) : QString();
}

SshClient::SshClient(const std::atomic<bool> *cancel)
    : m_cancel(cancel)
{ }

SshError SshClient::error(SshError::Kind kind, const QString &what) const
{
    QString detail = what;
    if (m_session) {
        const QString text = libsshText(m_session.get());
        if (!text.isEmpty())
            detail += QStringLiteral(": ") + text;
    }
    return {kind, detail};
}

void SshClient::waitForSocket(QDeadlineTimer deadline) const
{
    const int slice = int(qMin<qint64>(kSliceMs, qMax<qint64>(0, deadline.remainingTime())));
    const socket_t fd = m_session ? ssh_get_fd(m_session.get()) : SSH_INVALID_SOCKET;
    if (fd == SSH_INVALID_SOCKET) {
        std::this_thread::sleep_for(std::chrono::milliseconds(slice));
        return;
    }
    // Wait for the server's answer, and for room to write when libssh still holds output (it
    // flushes on its next call); a bare POLLOUT would spin on an idle, writable socket.
    const bool writePending = (ssh_get_poll_flags(m_session.get()) & SSH_WRITE_PENDING) != 0;
    pollfd p {fd, short(POLLIN | (writePending ? POLLOUT : 0)), 0};
    ::poll(&p, 1, slice);
}

SshError SshClient::waitFor(const std::function<Step()> &step, QDeadlineTimer deadline,
    SshError::Kind failKind, const char *phase)
{
    for (;;) {
        if (m_cancel != nullptr && m_cancel->load())
            return {SshError::Kind::Cancelled, QStringLiteral("cancelled")};
        const Step s = step();
        if (s == Step::Done)
            return {};
        if (s == Step::Failed)
            return error(failKind, QString::fromLatin1(phase));
        if (deadline.hasExpired())
            return {SshError::Kind::Timeout, QString::fromLatin1(phase)};
        waitForSocket(deadline);
    }
}

SshError SshClient::connect(const QString &host, int port, const QString &user,
    const QString &knownHostsFile, bool useSshConfig, QDeadlineTimer deadline)
{
    m_user = user;
    m_host = host;
    m_port = port;
    m_knownHostsFile
        = knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : knownHostsFile;
    m_knownHostsFile = expandHome(m_knownHostsFile);
    m_session.reset(ssh_new());
    ssh_session s = m_session.get();
    if (s == nullptr)
        return {SshError::Kind::Protocol, QStringLiteral("ssh_new failed")};
    const QByteArray hostUtf8 = host.toUtf8();
    if (ssh_options_set(s, SSH_OPTIONS_HOST, hostUtf8.constData()) != SSH_OK)
        return error(SshError::Kind::Protocol, QStringLiteral("set host"));
    // libssh finds ~/.ssh (config, default known_hosts and keys) through the passwd entry, not
    // $HOME; the rest of the program (and the file named in messages) goes by $HOME. Without
    // this, a run with HOME elsewhere read and wrote the login user's known_hosts.
    const QByteArray sshDir = QFile::encodeName(expandHome(QStringLiteral("~/.ssh")));
    if (ssh_options_set(s, SSH_OPTIONS_SSH_DIR, sshDir.constData()) != SSH_OK)
        return error(SshError::Kind::Protocol, QStringLiteral("set ~/.ssh"));
    // ~/.ssh/config is read after the host is known (its Host blocks match on it) and before
    // our own options, so that what the profile says wins over the config file.
    if (useSshConfig) {
        if (ssh_options_parse_config(s, nullptr) != SSH_OK)
            return error(SshError::Kind::Protocol, QStringLiteral("read ~/.ssh/config"));
    } else {
        // Otherwise ssh_connect() would read the config files by itself.
        const bool no = false;
        if (ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) != SSH_OK)
            return error(SshError::Kind::Protocol, QStringLiteral("skip ~/.ssh/config"));
    }
    const unsigned int portValue = unsigned(port);
    const QByteArray userUtf8 = user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(expandHome(knownHostsFile));
    if (ssh_options_set(s, SSH_OPTIONS_PORT, &portValue) != SSH_OK
        || ssh_options_set(s, SSH_OPTIONS_USER, userUtf8.constData()) != SSH_OK)
        return error(SshError::Kind::Protocol, QStringLiteral("set port/user"));
    if (!knownHosts.isEmpty()
        && ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) != SSH_OK)
        return error(SshError::Kind::Protocol, QStringLiteral("set known hosts file"));
    if (!knownHosts.isEmpty()) {
        // With an explicit file, the system-wide list must not vouch for a key either.
        const char *none = "/dev/null";
        if (ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, none) != SSH_OK)
            return error(SshError::Kind::Protocol, QStringLiteral("set global known hosts"));
    }
    ssh_set_blocking(s, 0);
    SshError e = waitFor(
        [s] {
            const int rc = ssh_connect(s);
            return rc == SSH_OK ? Step::Done : rc == SSH_AGAIN ? Step::Again : Step::Failed;
        },
        deadline, SshError::Kind::Unreachable, "connect");
    if (e.kind == SshError::Kind::Unreachable && !usesProxyCommand()) {
        // libssh often says only "disconnected"; a plain TCP attempt tells refused from
        // unroutable. Skipped behind a ProxyCommand, where a direct attempt proves nothing.
        const QString tcp = diagnoseTcpConnect(host, port,
            QDeadlineTimer(qBound(qint64(100), deadline.remainingTime(), qint64(2000))));
        e.detail = tcp.isEmpty()
            ? QStringLiteral("the server closed the connection during the SSH handshake (%1)")
                  .arg(e.detail)
            : tcp;
    }
    return e;
}

bool SshClient::usesProxyCommand() const
{
    char *value = nullptr;
    if (ssh_options_get(m_session.get(), SSH_OPTIONS_PROXYCOMMAND, &value) != SSH_OK)
        return false;
    const bool set = value != nullptr && value[0] != '\0' && qstrcmp(value, "none") != 0;
    ssh_string_free_char(value);
    return set;
}

HostKeyStatus SshClient::hostKeyStatus()
{
    HostKeyStatus status;
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK) {
        status.detail = QStringLiteral("server key: ") + libsshText(s);
        return status;
    }
    const KeyPtr key(rawKey);
    status.fingerprint = sha256Fingerprint(key.get());
    if (const char *type = ssh_key_type_to_char(ssh_key_type(key.get())))
        status.keyType = QString::fromLatin1(type);

    const ssh_known_hosts_e known = ssh_session_is_known_server(s);
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        status.state = HostKeyStatus::State::Known;
        break;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        status.state = HostKeyStatus::State::Unknown;
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        status.state = HostKeyStatus::State::Changed;
        // libssh keeps the old key to itself on a mismatch; read it from the file it used
        // (which ~/.ssh/config may have chosen).
        char *used = nullptr;
        if (ssh_options_get(s, SSH_OPTIONS_KNOWNHOSTS, &used) == SSH_OK && used != nullptr) {
            m_knownHostsFile = QFile::decodeName(used);
            ssh_string_free_char(used);
        }
        QStringList known = knownHostFingerprints(m_knownHostsFile, m_host, m_port);
        known.removeAll(status.fingerprint);
        status.knownFingerprint = known.join(QStringLiteral(", "));
        break;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        status.state = HostKeyStatus::State::Error;
        status.detail = libsshText(s);
        break;
    }
    return status;
}

SshError SshClient::rememberHostKey()
{
    if (ssh_session_update_known_hosts(m_session.get()) != SSH_OK)
        return error(SshError::Kind::Protocol, QStringLiteral("write known hosts"));
    return {};
}

SshError SshClient::authResult(int rc, const char *method) const
{
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return error(SshError::Kind::Protocol, QString::fromLatin1(method));
    return {SshError::Kind::AuthFailed, QString::fromLatin1(method)};
}

SshError SshClient::authenticateWithKeyFile(
    const QString &path, const QByteArray &passphrase, QDeadlineTimer deadline)
{
    const QByteArray file = QFile::encodeName(expandHome(path));
    ssh_key raw = nullptr;
    const int imported = ssh_pki_import_privkey_file(file.constData(),
        passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr, &raw);
    if (imported != SSH_OK)
        return {SshError::Kind::KeyUnreadable, QString::fromLocal8Bit(file)};
    const KeyPtr key(raw);
    return authenticate(
        "publickey",
        [&](ssh_session session) { return ssh_userauth_publickey(session, nullptr, key.get()); },
        deadline);
}

SshError SshClient::authenticateWithAgent(QDeadlineTimer deadline)
{
    return authenticate(
        "agent", [&](ssh_session session) { return ssh_userauth_agent(session, nullptr); },
        deadline);
}

SshError SshClient::authenticateWithPassword(const QByteArray &password, QDeadlineTimer deadline)
{
    return authenticate(
        "password",
        [&](ssh_session session) {
            return ssh_userauth_password(session, nullptr, password.constData());
        },
        deadline);
}

SshError SshClient::authenticateAuto(QDeadlineTimer deadline)
{
    return authenticate(
        "publickey",
        [&](ssh_session session) { return ssh_userauth_publickey_auto(session, nullptr, nullptr); },
        deadline);
}

SshError SshClient::authenticate(
    const char *method, const std::function<int(ssh_session)> &attempt, QDeadlineTimer deadline)
{
    int rc = SSH_AUTH_DENIED;
    ssh_session s = m_session.get();
    const SshError waited = waitFor(
        [&] {
            rc = attempt(s);
            return rc == SSH_AUTH_AGAIN ? Step::Again : Step::Done;
        },
        deadline, SshError::Kind::AuthFailed, method);
    return waited.ok() ? authResult(rc, method) : waited;
}

bool SshClient::keyNeedsPassphrase(const QString &path)
{
    const QByteArray file = QFile::encodeName(expandHome(path));
    ssh_key raw = nullptr;
    if (ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &raw) == SSH_OK) {
        ssh_key_free(raw);
        return false;
    }
    // Readable but not importable without a passphrase: assume it is encrypted.
    return QFile(QString::fromLocal8Bit(file)).open(QIODevice::ReadOnly);
}

SshError SshClient::run(const char *command, QDeadlineTimer deadline, CommandOutput &output,
    qsizetype maxBytes, const QByteArray &input)
{
    ssh_session s = m_session.get();
    ChannelPtr channel(ssh_channel_new(s));
    if (!channel)
        return error(SshError::Kind::Protocol, QStringLiteral("open channel"));
    ssh_channel c = channel.get();
    SshError e = waitFor(
        [c] {
            const int rc = ssh_channel_open_session(c);
            return rc == SSH_OK ? Step::Done : rc == SSH_AGAIN ? Step::Again : Step::Failed;
        },
        deadline, SshError::Kind::Protocol, "open session");
    if (!e.ok())
        return e;
    e = waitFor(
        [c, command] {
            const int rc = ssh_channel_request_exec(c, command);
            return rc == SSH_OK ? Step::Done : rc == SSH_AGAIN ? Step::Again : Step::Failed;
        },
        deadline, SshError::Kind::Protocol, "exec");
    if (!e.ok())
        return e;
    char buffer[65536];
    qsizetype written = 0;
    bool eofSent = false;
    bool tooMuch = false;
    e = waitFor(
        [&] {
            // stdin first, as far as the channel window allows; the rest after the server
            // has adjusted the window (which arrives as readable data on the socket).
            while (written < input.size()) {
                const int n = ssh_channel_write(c, input.constData() + written,
                    uint32_t(std::min<qsizetype>(input.size() - written, 32768)));
                if (n == SSH_ERROR)
                    return Step::Failed;
                if (n <= 0)
                    break;
                written += n;
            }
            if (written == input.size() && !eofSent) {
                if (ssh_channel_send_eof(c) == SSH_ERROR)
                    return Step::Failed;
                eofSent = true;
            }
            for (int isStderr = 0; isStderr < 2; ++isStderr) {
                for (;;) {
                    const int n = ssh_channel_read_nonblocking(c, buffer, sizeof buffer, isStderr);
                    if (n == SSH_ERROR)
                        return Step::Failed;
                    if (n <= 0)
                        break;
                    QByteArray &sink = isStderr ? output.err : output.out;
                    if (sink.size() + n > maxBytes) {
                        // A node that prints without end is cut off here, not read to the
                        // deadline: memory and time stay bounded, and it fails alone.
                        tooMuch = true;
                        return Step::Failed;
                    }
                    sink.append(buffer, n);
                }
            }
            if (ssh_channel_is_eof(c) == 0)
                return Step::Again;
            // The exit status usually arrives with the EOF; if it is late we do not wait for it.
            output.exitStatus = ssh_channel_get_exit_status(c);
            return Step::Done;
        },
        deadline, SshError::Kind::Protocol, "command");
    if (tooMuch)
        e = {SshError::Kind::Protocol,
            QStringLiteral("the command's output passed %1 bytes; it was cut off there")
                .arg(maxBytes)};
    // The output is complete (or the command failed) either way; a close that does not go
    // through only matters to the server, which frees the channel when the session ends.
    if (ssh_channel_is_open(c) && ssh_channel_close(c) == SSH_ERROR && e.ok())
        output.closeError = QString::fromUtf8(ssh_get_error(s));
    return e;
}

} // namespace tkeci::ssh
