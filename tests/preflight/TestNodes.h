#pragma once

#include "preflight/PreflightOptions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

/// Real OpenSSH test nodes made by sshnode.sh (network + mount namespace each), plus the client
/// keys that log in to them. prepare() claims a slot of 100 node indexes (one /30 in
/// 198.18.0.0/15 each) for this process, so suites of other worktrees can run at the same
/// time. The destructor stops every node and frees the slot; after a crash the ctest cleanup
/// fixture (sshnode.sh reap) does.
class TestNodes
{
public:
    TestNodes();
    ~TestNodes();
    TestNodes(const TestNodes &) = delete;
    TestNodes &operator=(const TestNodes &) = delete;

    /// Makes the client keys; false (with error()) when ssh-keygen fails or we are not root.
    bool prepare();
    /// Starts a node with sshnode.sh options (--kernel, --boot-config, ...); returns its
    /// address, or empty with error() set. Options may use data("name") for test data files.
    QString start(const QStringList &options);
    /// Starts an L2 segment (a bridge in a namespace of its own, joined by this machine);
    /// returns its index for start({"--segment", index}) and startSwitch(), -1 on failure.
    int startSegment();
    /// A switch stand-in on the segment that accepts TCP 179; returns its address.
    QString startSwitch(int segment);
    /// What a test must not find on a node after the network stage: processes other than its
    /// sshd, and sockets on the stage's ports (UDP 8472 and 4240, TCP 4240). Empty when clean.
    QString leftovers(const QString &ip);
    /// Runs `command` inside the node's namespaces (not over SSH): what the test looks at to
    /// judge what a change over SSH did. False (with error()) when it exits non-zero.
    bool exec(const QString &ip, const QStringList &command, QByteArray *out = nullptr);
    /// A file inside the node, read without SSH; nullopt only when it does not exist. When the
    /// node cannot be looked into, a text no file holds, so "is gone" never passes by accident.
    std::optional<QByteArray> fileOn(const QString &ip, const QString &path);
    /// The names of the node's network links (`ip -o link`). When the node cannot be looked
    /// into, one name "cilium_<unreadable>", so "no cilium_ link left" never passes by accident.
    QStringList links(const QString &ip);
    /// The node's index (for hostPublicKey()) by address.
    QString hostPublicKeyLine(const QString &ip) const; // "ip ssh-ed25519 AAAA..."
    /// Writes `lines` to a new known-hosts file and returns its path.
    QString writeKnownHosts(const QString &name, const QStringList &lines) const;

    /// sshnode.sh's --password-hash argument for `password` (openssl passwd -6); empty, with
    /// error(), when openssl fails.
    QString passwordHash(const QString &password);
    /// The SSH options the node suites log in with: `knownHosts`, no ~/.ssh/config, 10 s.
    static tkeci::PreflightOptions sshOptions(const QString &knownHosts);

    QString userKey() const { return m_dir.filePath(QStringLiteral("user")); }
    QString wrongKey() const { return m_dir.filePath(QStringLiteral("wrong")); }
    QString encryptedKey() const { return m_dir.filePath(QStringLiteral("encrypted")); }
    static QString encryptedKeyPassphrase() { return QStringLiteral("correct horse"); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString data(const QString &name);
    QString error() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr);

    QTemporaryDir m_dir;
    int m_slot = -1;
    int m_next = 0;
    QHash<QString, int> m_indexOf;
    QString m_error;
};
