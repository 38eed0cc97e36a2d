#include "apply/Inventory.h"

#include "kube/KubeConfig.h"
#include "render/KubeObjects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace tkeci {

void Inventory::add(const QList<ObjectRef> &more)
{
    for (const ObjectRef &r : more) {
        if (!objects.contains(r))
            objects.append(r);
    }
}

QByteArray Inventory::toJson() const
{
    QJsonArray list;
    for (const ObjectRef &r : objects)
        list.append(r.toJson());
    QJsonObject o {{QStringLiteral("server"), server}, {QStringLiteral("updatedAt"), updatedAt},
        {QStringLiteral("fieldManager"), kFieldManager}, {QStringLiteral("objects"), list},
        {QStringLiteral("labelledNodes"), QJsonArray::fromStringList(labelledNodes)},
        {QStringLiteral("editedMasters"), QJsonArray::fromStringList(editedMasters)}};
    if (!newCluster.isEmpty()) {
        o.insert(QStringLiteral("newCluster"), newCluster);
        o.insert(QStringLiteral("newMachines"), QJsonArray::fromStringList(newMachines));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Shaped<Inventory> Inventory::fromJson(const QByteArray &json, const QString &path)
{
    Shaped<Inventory> out;
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (doc.isNull()) {
        out.error = JsonShapeError {path.isEmpty() ? QStringLiteral(".") : path,
            QCoreApplication::translate("tkeci::Inventory", "an inventory in JSON"),
            QCoreApplication::translate("tkeci::Inventory", "text that is not JSON (%1 at byte %2)")
                .arg(parse.errorString())
                .arg(parse.offset)};
        return out;
    }
    const JsonRead root(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), path);
    root.object(Presence::Required);
    Inventory &inv = out.value;
    // Read first, as what uninstall deletes. Required: an inventory that lists nothing says so
    // with [], and "objects" of another type must not read as "nothing to delete".
    for (const JsonRead &o : root[QStringLiteral("objects")].elements(Presence::Required))
        inv.objects.append(ObjectRef::read(o));
    inv.server = root[QStringLiteral("server")].string();
    inv.updatedAt = root[QStringLiteral("updatedAt")].string();
    // Names go into REST paths (nodes to unlabel, machines to follow), masters into SSH
    // connections: each is checked to be what it should be.
    inv.labelledNodes = readKubeNames(root[QStringLiteral("labelledNodes")]);
    for (const JsonRead &m : root[QStringLiteral("editedMasters")].elements()) {
        const QString ip = m.string(Presence::Required);
        if (m.ok() && QHostAddress(ip).protocol() != QAbstractSocket::IPv4Protocol)
            m.fail(QCoreApplication::translate("tkeci::Inventory", "an IPv4 address"));
        inv.editedMasters.append(ip);
    }
    inv.newCluster = readKubeName(root[QStringLiteral("newCluster")], Presence::Optional);
    inv.newMachines = readKubeNames(root[QStringLiteral("newMachines")]);
    out.error = root.error();
    return out;
}

YamlNode inventoryConfigMap(const Inventory &inventory)
{
    YamlNode cm = kube::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        kInventoryConfigMap, kube::kSystemNamespace);
    cm[QStringLiteral("data")][kInventoryKey] = QString::fromUtf8(inventory.toJson());
    return cm;
}

Shaped<Inventory> inventoryFromConfigMap(const QJsonObject &configMap)
{
    const JsonRead text = JsonRead(configMap)[QStringLiteral("data")][kInventoryKey];
    const QString json = text.string(Presence::Required);
    if (!text.ok())
        return {Inventory(), text.error()};
    return Inventory::fromJson(json.toUtf8(), text.path());
}

QString defaultInventoryFile(const QUrl &server)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString host = server.host().isEmpty() ? QStringLiteral("cluster") : server.host();
    return QDir(base).filePath(
        QStringLiteral("inventory/%1_%2.json").arg(host).arg(server.port(443)));
}

QString writeInventoryFile(const QString &path, const Inventory &inventory)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(inventory.toJson()) < 0 || !f.commit())
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    return QString();
}

Shaped<std::optional<Inventory>> readInventoryFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    QString why;
    // An inventory of a few hundred objects is some 30 KiB; 4 MiB leaves room and keeps a
    // FIFO or device put in its place from blocking or filling memory.
    const std::optional<QByteArray> bytes = readRegularFile(path, qint64(4) << 20, why);
    if (!bytes)
        return {std::nullopt,
            JsonShapeError {QStringLiteral("."),
                QCoreApplication::translate("tkeci::Inventory", "a readable inventory file"), why}};
    Shaped<Inventory> read = Inventory::fromJson(*bytes);
    return {read.ok() ? std::optional<Inventory>(read.value) : std::nullopt, read.error};
}

KubeError inventoryFileError(const QString &path, const JsonShapeError &shape)
{
    return KubeError {KubeError::Kind::Config, 0,
        QCoreApplication::translate("tkeci::Inventory",
            "%1: %2 expected, but the inventory file %3 has %4 there; it is not used")
            .arg(shape.path, shape.expected, path, shape.found),
        QString()};
}

} // namespace tkeci
