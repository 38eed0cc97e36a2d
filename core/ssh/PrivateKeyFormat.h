#pragma once

#include <QByteArray>

namespace tkeci::ssh {

/// Whether a private key file's content is encrypted (needs a passphrase), read from its
/// format alone: an OpenSSH key names its cipher ("none" when plain), a PEM key says
/// "Proc-Type: 4,ENCRYPTED", PKCS#8 says "BEGIN ENCRYPTED PRIVATE KEY". Unlike trying to
/// import the key, this gives the same answer for a key libssh cannot read, so a broken key
/// is reported as broken rather than as needing a passphrase.
bool privateKeyIsEncrypted(const QByteArray &content);

} // namespace tkeci::ssh
