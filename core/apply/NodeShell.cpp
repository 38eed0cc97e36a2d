#include "apply/NodeShell.h"

#include "preflight/NodeLogin.h"

#include <QRegularExpression>

namespace tkeci {
namespace {

// The scripts below are the only commands this class sends. Each runs in a subshell whose
// status is then written to stderr as "tkeci-status:N": with a non-blocking channel the SSH
// exit status can arrive after the EOF, and a file operation must not be guessed. The path is
// "$1" (checked by safePath() and single-quoted by the caller); contents come on stdin.

// Exit 3: the file does not exist (not an error for the caller).
constexpr char kReadScript[] = R"(f="$1"; if [ -e "$f" ]; then cat -- "$f"; else exit 3; fi)";

// A temporary dot file beside the target (kubelet ignores dot files in the manifests folder),
// the target's mode kept, then an atomic rename: kubelet never sees half a manifest. "$2" is
// the content's size: a session that ends in the middle of stdin ends cat without an error,
// and half a file must not be renamed into place.
constexpr char kWriteScript[] = R"sh(f="$1"; d=$(dirname -- "$f") || exit 1
t=$(mktemp "$d/.tkeci-write.XXXXXX") || exit 1
if ! cat >"$t"; then rm -f -- "$t"; exit 1; fi
if [ "$(wc -c <"$t")" -ne "$2" ]; then rm -f -- "$t"; echo "short input" >&2; exit 1; fi
if [ -e "$f" ]; then chmod --reference="$f" -- "$t" || chmod 600 -- "$t"; else chmod 600 -- "$t"; fi
sync -- "$t" 2>/dev/null
mv -f -- "$t" "$f")sh";

constexpr char kRemoveScript[] = R"(rm -f -- "$1")";

// Cilium's links (cilium_host and cilium_net are one veth pair: deleting one takes the
// other) and the CNI configuration Cilium writes; anything else in /etc/cni/net.d stays.
// Exit 4: a cilium_* link is still there afterwards.
constexpr char kCleanUpScript[]
    = R"(for l in $(ip -o link show | sed -n 's/^[0-9]*: \(cilium_[^:@]*\).*/\1/p'); do
  ip link delete "$l" 2>/dev/null && echo "link $l"
done
bad=
for f in "$1"/*cilium*; do
  [ -e "$f" ] || continue
  if rm -f -- "$f"; then echo "file $f"; else bad=1; fi
done
if ip -o link show | grep -q '^[0-9]*: cilium_'; then exit 4; fi
[ -z "$bad" ] || exit 5
exit 0)";

/// A plain absolute path: no quote, space, `$` or other character a shell would read.
bool safePath(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^/[A-Za-z0-9._/-]+$"));
    return plain.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

QByteArray singleQuoted(const QByteArray &text)
{
    QByteArray quoted = text;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QString sshErrorText(const ssh::SshError &e)
{
    switch (e.kind) {
    case ssh::SshError::Kind::None:
        return QString();
    case ssh::SshError::Kind::Timeout:
        return NodeShell::tr("timed out (%1)").arg(e.detail);
    case ssh::SshError::Kind::Cancelled:
        return NodeShell::tr("cancelled");
    case ssh::SshError::Kind::AuthFailed:
        return NodeShell::tr("login refused (%1)").arg(e.detail);
    case ssh::SshError::Kind::KeyUnreadable:
        return NodeShell::tr("key file %1 could not be read").arg(e.detail);
    case ssh::SshError::Kind::Unreachable:
    case ssh::SshError::Kind::Protocol:
        break;
    }
    return e.detail;
}

} // namespace

NodeShell::NodeShell(NodeSpec node, PreflightOptions options, const std::atomic<bool> *cancel)
    : m_node(std::move(node))
    , m_options(std::move(options))
    , m_client(cancel)
{ }

std::unique_ptr<NodeShell> NodeShell::open(const NodeSpec &node, const PreflightOptions &options,
    const QByteArray &secret, const std::atomic<bool> *cancel, QString &error)
{
    std::unique_ptr<NodeShell> shell(new NodeShell(node, options, cancel));
    ssh::SshError e = shell->m_client.connect(node.ip, node.port, node.user, options.knownHostsFile,
        options.useSshConfig, QDeadlineTimer(options.connectTimeoutMs));
    if (!e.ok()) {
        error = tr("%1: cannot connect: %2").arg(node.ip, sshErrorText(e));
        return nullptr;
    }
    const ssh::HostKeyStatus key = shell->m_client.hostKeyStatus();
    switch (key.state) {
    case ssh::HostKeyStatus::State::Known:
        break;
    case ssh::HostKeyStatus::State::Unknown:
        error = tr("%1: its host key %2 is not in known_hosts; run preflight and accept it "
                   "there first")
                    .arg(node.ip, key.fingerprint);
        return nullptr;
    case ssh::HostKeyStatus::State::Changed:
        error = tr("%1: its host key changed (now %2, known %3); nothing was done")
                    .arg(node.ip, key.fingerprint, key.knownFingerprint);
        return nullptr;
    case ssh::HostKeyStatus::State::Error:
        error = tr("%1: host key check failed: %2").arg(node.ip, key.detail);
        return nullptr;
    }
    e = logIn(shell->m_client, node, options, secret);
    if (!e.ok()) {
        error = tr("%1: %2").arg(node.ip, sshErrorText(e));
        return nullptr;
    }
    return shell;
}

NodeShell::Outcome NodeShell::runScript(
    const char *script, const QString &path, const QByteArray &input)
{
    Outcome outcome;
    if (!safePath(path)) {
        outcome.error = tr("%1: refusing the path \"%2\"").arg(m_node.ip, path);
        return outcome;
    }
    // sh -c 'SCRIPT' tkeci 'PATH' SIZE; the script's status follows on stderr. SIZE is a
    // number we make: the length of the input.
    QByteArray command = "sh -c "
        + singleQuoted(QByteArray("(") + script + ")\n" + "echo \"tkeci-status:$?\" >&2")
        + " tkeci " + singleQuoted(path.toUtf8()) + ' ' + QByteArray::number(input.size());
    if (m_node.user != QLatin1String("root"))
        command.prepend("sudo -n ");
    ssh::CommandOutput output;
    const ssh::SshError e = m_client.run(command.constData(),
        QDeadlineTimer(m_options.commandTimeoutMs), output, 64 * 1024 * 1024, input);
    if (!e.ok()) {
        outcome.error = tr("%1: %2").arg(m_node.ip, sshErrorText(e));
        return outcome;
    }
    static const QRegularExpression status(QStringLiteral("tkeci-status:(\\d+)\\s*$"));
    QString err = QString::fromUtf8(output.err);
    const QRegularExpressionMatch m = status.match(err);
    if (!m.hasMatch()) {
        outcome.error = tr("%1: the command ended without a status (exit status %2): %3")
                            .arg(m_node.ip)
                            .arg(output.exitStatus)
                            .arg(err.trimmed().left(400));
        return outcome;
    }
    err.truncate(m.capturedStart());
    outcome.ok = true;
    outcome.status = m.captured(1).toInt();
    outcome.out = output.out;
    outcome.error = err.trimmed().left(400); // what the script said on stderr, if anything
    return outcome;
}

std::optional<QByteArray> NodeShell::read(const QString &path, QString &error)
{
    Outcome o = runScript(kReadScript, path);
    error.clear();
    if (o.ok && o.status == 0)
        return o.out;
    if (o.ok && o.status == 3)
        return std::nullopt; // does not exist; error stays empty
    error = o.ok ? tr("%1: reading %2 failed: %3").arg(m_node.ip, path, o.error) : o.error;
    return std::nullopt;
}

bool NodeShell::write(const QString &path, const QByteArray &content, QString &error)
{
    Outcome o = runScript(kWriteScript, path, content);
    if (o.ok && o.status == 0)
        return true;
    error = o.ok ? tr("%1: writing %2 failed: %3").arg(m_node.ip, path, o.error) : o.error;
    return false;
}

bool NodeShell::remove(const QString &path, QString &error)
{
    Outcome o = runScript(kRemoveScript, path);
    if (o.ok && o.status == 0)
        return true;
    error = o.ok ? tr("%1: removing %2 failed: %3").arg(m_node.ip, path, o.error) : o.error;
    return false;
}

QString NodeShell::cleanUpCilium(QStringList &removed)
{
    Outcome o = runScript(kCleanUpScript, QStringLiteral("/etc/cni/net.d"));
    if (!o.ok)
        return o.error;
    for (const QByteArray &line : o.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            removed.append(QString::fromUtf8(line.trimmed()));
    }
    if (o.status == 4)
        return tr("%1: cilium_* links are still there after the clean-up").arg(m_node.ip);
    if (o.status == 5)
        return tr("%1: a Cilium CNI file in /etc/cni/net.d could not be removed: %2")
            .arg(m_node.ip, o.error);
    if (o.status != 0)
        return tr("%1: the clean-up failed: %2").arg(m_node.ip, o.error);
    return QString();
}

} // namespace tkeci
