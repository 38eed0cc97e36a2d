#include "apply/MachineCredentials.h"

#include "ssh/PrivateKeyFormat.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tkeci {
namespace {

QString expandedKeyPath(const QString &keyFile, const QString &home)
{
    return keyFile.startsWith(QLatin1String("~/")) ? QDir(home).filePath(keyFile.mid(2)) : keyFile;
}

/// Fills one machine map (ip, username, privateKey [+ passPhrase] | password). Returns an
/// error text.
QString fillMachine(YamlNode &machine, const InstallPlan &plan,
    const QHash<QString, QString> &passwords, const QString &home)
{
    const YamlNode *ip = machine.find(QStringLiteral("ip"));
    if (!ip)
        return QString();
    for (const NodeSpec &node : plan.nodes) {
        if (node.ip != ip->scalar())
            continue;
        if (node.auth == AuthMethod::Password) {
            if (!passwords.contains(node.ip))
                return QCoreApplication::translate(
                    "tkeci::MachineCredentials", "no password was given for %1@%2")
                    .arg(node.user, node.ip);
            // Named, so that the plain and encoded copies can be wiped once in the document.
            QByteArray plain = passwords.value(node.ip).toUtf8();
            QByteArray encoded = plain.toBase64();
            machine[QStringLiteral("password")] = QString::fromLatin1(encoded);
            plain.fill('\0');
            encoded.fill('\0');
            return QString();
        }
        const QString path = expandedKeyPath(node.keyFile, home);
        QFile key(path);
        if (!key.open(QIODevice::ReadOnly))
            return QCoreApplication::translate(
                "tkeci::MachineCredentials", "cannot read the key file %1 of %2: %3")
                .arg(path, node.ip, key.errorString());
        QByteArray content = key.readAll();
        const bool encrypted = ssh::privateKeyIsEncrypted(content);
        QByteArray encoded = content.toBase64();
        machine[QStringLiteral("privateKey")] = QString::fromLatin1(encoded);
        content.fill('\0');
        encoded.fill('\0');
        if (!encrypted)
            return QString();
        // TKEStack decrypts the key on the platform with spec.machines[].passPhrase.
        if (!passwords.contains(node.ip))
            return QCoreApplication::translate("tkeci::MachineCredentials",
                "the key file %1 of %2 is encrypted and no passphrase was given")
                .arg(path, node.ip);
        QByteArray plain = passwords.value(node.ip).toUtf8();
        QByteArray phrase = plain.toBase64();
        machine[QStringLiteral("passPhrase")] = QString::fromLatin1(phrase);
        plain.fill('\0');
        phrase.fill('\0');
        return QString();
    }
    return QCoreApplication::translate(
        "tkeci::MachineCredentials", "machine %1 is not a node of the profile")
        .arg(ip->scalar());
}

} // namespace

bool keyFileIsEncrypted(const QString &keyFile, const QString &home)
{
    QFile key(expandedKeyPath(keyFile, home));
    if (!key.open(QIODevice::ReadOnly))
        return false;
    QByteArray content = key.readAll();
    const bool encrypted = ssh::privateKeyIsEncrypted(content);
    content.fill('\0');
    return encrypted;
}

FilledManifest fillMachineCredentials(const ManifestFile &clusterFile, const InstallPlan &plan,
    const QHash<QString, QString> &passwords, const QString &home)
{
    FilledManifest out {clusterFile, std::nullopt};
    // An edited file that does not parse must not be "filled" into an empty one and applied.
    if (const Problems problems = checkManifestText(clusterFile.fileName(), clusterFile.yaml);
        !problems.isEmpty()) {
        out.error
            = KubeError {KubeError::Kind::Invalid, 0, problemLine(problems.first()), QString()};
        return out;
    }
    std::vector<YamlNode> docs = ManifestSet::documents(clusterFile);
    for (YamlNode &doc : docs) {
        YamlNode *spec = doc.find(QStringLiteral("spec"));
        if (!spec)
            continue;
        QString error;
        if (YamlNode *machines = spec->find(QStringLiteral("machines"));
            machines && machines->isSequence()) {
            for (qsizetype i = 0; i < machines->size() && error.isEmpty(); ++i)
                error = fillMachine(machines->at(i), plan, passwords, home);
        } else if (const YamlNode *kind = doc.find(QStringLiteral("kind"));
                   kind && kind->scalar() == QLatin1String("Machine")) {
            error = fillMachine(*spec, plan, passwords, home);
        }
        if (!error.isEmpty()) {
            out.error = KubeError {KubeError::Kind::Credentials, 0, error, QString()};
            return out;
        }
    }
    out.file.yaml = emitYamlDocuments(docs);
    return out;
}

} // namespace tkeci
