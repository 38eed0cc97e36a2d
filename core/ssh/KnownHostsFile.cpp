#include "KnownHostsFile.h"

#include "ssh/SshClient.h"

#include <QFile>
#include <QMessageAuthenticationCode>

namespace tkeci::ssh {
namespace {

bool patternMatches(const QByteArray &pattern, const QByteArray &name)
{
    if (pattern.startsWith("|1|")) {
        const QList<QByteArray> parts = pattern.split('|'); // "", "1", salt, hash
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2));
        return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1)
            == QByteArray::fromBase64(parts.at(3));
    }
    for (const QByteArray &one : pattern.split(',')) {
        if (one == name)
            return true;
    }
    return false;
}

} // namespace

QStringList knownHostFingerprints(const QString &knownHostsFile, const QString &host, int port)
{
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray name
        = port == 22 ? host.toUtf8() : QStringLiteral("[%1]:%2").arg(host).arg(port).toUtf8();
    QStringList fingerprints;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine(64 * 1024).simplified().split(' ');
        if (f.size() < 3 || f.at(0).startsWith('#') || f.at(0).startsWith('@'))
            continue;
        if (!patternMatches(f.at(0), name))
            continue;
        ssh_key raw = nullptr;
        if (ssh_pki_import_pubkey_base64(
                f.at(2).constData(), ssh_key_type_from_name(f.at(1).constData()), &raw)
            != SSH_OK)
            continue;
        const KeyPtr key(raw);
        const QString fingerprint = sha256Fingerprint(key.get());
        if (!fingerprint.isEmpty() && !fingerprints.contains(fingerprint))
            fingerprints.append(fingerprint);
    }
    return fingerprints;
}

} // namespace tkeci::ssh
