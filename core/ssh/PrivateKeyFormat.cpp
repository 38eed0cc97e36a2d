#include "ssh/PrivateKeyFormat.h"

#include <QtEndian>

namespace tkeci::ssh {
namespace {

/// The base64 body between the BEGIN and END lines of an OpenSSH key, decoded.
QByteArray openSshBody(const QByteArray &content)
{
    static const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = content.indexOf(begin);
    const qsizetype to = content.indexOf(end);
    if (from < 0 || to < from)
        return {};
    QByteArray body = content.mid(from + begin.size(), to - from - begin.size());
    body.replace('\n', "").replace('\r', "").replace(' ', "");
    return QByteArray::fromBase64(body);
}

} // namespace

bool privateKeyIsEncrypted(const QByteArray &content)
{
    if (content.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || content.contains("Proc-Type: 4,ENCRYPTED"))
        return true;
    // openssh-key-v1\0, then the cipher name as a string (32-bit big-endian length, bytes).
    static const QByteArray magic("openssh-key-v1\0", 15);
    const QByteArray body = openSshBody(content);
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(body.constData() + magic.size());
    if (length > 64 || body.size() < magic.size() + 4 + qsizetype(length))
        return false;
    return body.mid(magic.size() + 4, length) != "none";
}

} // namespace tkeci::ssh
