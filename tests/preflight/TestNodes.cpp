#include "TestNodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <unistd.h>

TestNodes::TestNodes()
    : m_dir(QStringLiteral("/tmp/tkeci-nodes-XXXXXX"))
{ }

TestNodes::~TestNodes()
{
    run(QStringLiteral(TKECI_SSHNODE),
        {QStringLiteral("down"), QStringLiteral("--state"), m_dir.path()});
    if (m_slot >= 0)
        run(QStringLiteral(TKECI_SSHNODE),
            {QStringLiteral("release-slot"), QString::number(m_slot)});
}

QString TestNodes::data(const QString &name)
{
    return QStringLiteral(TKECI_PREFLIGHT_DATA "/") + name;
}

bool TestNodes::run(const QString &program, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error
            = QStringLiteral("%1 %2 failed: %3")
                  .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (out != nullptr)
        *out = p.readAllStandardOutput();
    return true;
}

bool TestNodes::prepare()
{
    if (geteuid() != 0) {
        m_error = QStringLiteral("the SSH test nodes need root (network and mount namespaces)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QByteArray slot;
    if (!run(QStringLiteral(TKECI_SSHNODE),
            {QStringLiteral("claim-slot"), QString::number(QCoreApplication::applicationPid())},
            &slot))
        return false;
    m_slot = slot.trimmed().toInt();
    m_next = m_slot * 100;
    const auto keygen = [this](const QString &file, const QString &passphrase) {
        return run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), passphrase, QStringLiteral("-f"), file});
    };
    if (!keygen(userKey(), {}) || !keygen(wrongKey(), {})
        || !keygen(encryptedKey(), encryptedKeyPassphrase()))
        return false;
    QFile authorized(path(QStringLiteral("authorized_keys")));
    if (!authorized.open(QIODevice::WriteOnly))
        return false;
    for (const QString &key : {userKey(), encryptedKey()}) {
        QFile pub(key + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return false;
        authorized.write(pub.readAll());
    }
    return true;
}

QString TestNodes::start(const QStringList &options)
{
    if (m_slot < 0 || m_next >= (m_slot + 1) * 100) {
        m_error = QStringLiteral("no node index left (prepare() first; 100 nodes at most)");
        return {};
    }
    const int index = m_next++;
    QByteArray out;
    QStringList args {QStringLiteral("up"), QStringLiteral("--state"), m_dir.path(),
        QStringLiteral("--index"), QString::number(index), QStringLiteral("--authorized-keys"),
        path(QStringLiteral("authorized_keys"))};
    if (!run(QStringLiteral(TKECI_SSHNODE), args + options, &out))
        return {};
    const QString ip = QString::fromLatin1(out).trimmed();
    m_indexOf.insert(ip, index);
    return ip;
}

int TestNodes::startSegment()
{
    if (m_slot < 0 || m_next >= (m_slot + 1) * 100) {
        m_error = QStringLiteral("no node index left (prepare() first; 100 nodes at most)");
        return -1;
    }
    const int index = m_next++;
    if (!run(QStringLiteral(TKECI_SSHNODE),
            {QStringLiteral("segment"), QStringLiteral("--state"), m_dir.path(),
                QStringLiteral("--index"), QString::number(index)}))
        return -1;
    return index;
}

QString TestNodes::startSwitch(int segment)
{
    if (m_slot < 0 || m_next >= (m_slot + 1) * 100) {
        m_error = QStringLiteral("no node index left (prepare() first; 100 nodes at most)");
        return {};
    }
    const int index = m_next++;
    QByteArray out;
    if (!run(QStringLiteral(TKECI_SSHNODE),
            {QStringLiteral("switch"), QStringLiteral("--state"), m_dir.path(),
                QStringLiteral("--index"), QString::number(index), QStringLiteral("--segment"),
                QString::number(segment)},
            &out))
        return {};
    const QString ip = QString::fromLatin1(out).trimmed();
    m_indexOf.insert(ip, index);
    return ip;
}

QString TestNodes::leftovers(const QString &ip)
{
    // The node's processes share this machine's PID namespace: `ip netns pids` names them.
    const QString ns = QStringLiteral("tkeci-pf-%1").arg(m_indexOf.value(ip));
    QByteArray out;
    if (!run(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral("for p in $(ip netns pids \"$1\"); do c=$(cat /proc/$p/comm "
                               "2>/dev/null) || continue; [ \"$c\" = sshd ] || echo \"process "
                               "$p $c\"; done; ip netns exec \"$1\" ss -Hlnu 'sport = :8472 or "
                               "sport = :4240'; ip netns exec \"$1\" ss -Hltn 'sport = :4240'"),
                QStringLiteral("sh"), ns},
            &out))
        return QStringLiteral("node %1 could not be looked into: %2").arg(ip, m_error);
    return QString::fromUtf8(out).trimmed();
}

bool TestNodes::exec(const QString &ip, const QStringList &command, QByteArray *out)
{
    return run(QStringLiteral(TKECI_SSHNODE),
        QStringList {QStringLiteral("exec"), QStringLiteral("--state"), m_dir.path(),
            QStringLiteral("--index"), QString::number(m_indexOf.value(ip)), QStringLiteral("--")}
            + command,
        out);
}

QString TestNodes::passwordHash(const QString &password)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")});
    openssl.write(password.toUtf8());
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl passwd failed: ") + openssl.readAllStandardError();
        return QString();
    }
    return QString::fromUtf8(openssl.readAllStandardOutput()).trimmed();
}

tkeci::PreflightOptions TestNodes::sshOptions(const QString &knownHosts)
{
    tkeci::PreflightOptions o;
    o.knownHostsFile = knownHosts;
    o.useSshConfig = false;
    o.connectTimeoutMs = 10000;
    o.commandTimeoutMs = 10000;
    return o;
}

QStringList TestNodes::links(const QString &ip)
{
    QByteArray out;
    if (!exec(ip, {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("link")}, &out)
        || !out.contains("lo:"))
        return {QStringLiteral("cilium_<unreadable>")};
    QStringList names;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() > 1)
            names.append(QString::fromLatin1(f.at(1).trimmed().split('@').first()));
    }
    return names;
}

std::optional<QByteArray> TestNodes::fileOn(const QString &ip, const QString &path)
{
    QByteArray out;
    if (!exec(ip,
            {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("if [ -e \"$1\" ]; then cat -- \"$1\"; else echo @absent@; fi"),
                QStringLiteral("sh"), path},
            &out))
        return QByteArray("@node could not be looked into: ") + m_error.toUtf8();
    if (out == "@absent@\n")
        return std::nullopt;
    return out;
}

QString TestNodes::hostPublicKeyLine(const QString &ip) const
{
    QFile pub(m_dir.filePath(QStringLiteral("node%1/host_key.pub").arg(m_indexOf.value(ip))));
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    return ip + u' ' + QString::fromLatin1(fields.value(0)) + u' '
        + QString::fromLatin1(fields.value(1));
}

QString TestNodes::writeKnownHosts(const QString &name, const QStringList &lines) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    for (const QString &line : lines)
        f.write(line.toUtf8() + '\n');
    return f.fileName();
}
