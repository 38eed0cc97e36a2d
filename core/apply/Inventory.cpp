#include "apply/Inventory.h"

#include "render/KubeObjects.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

std::optional<Inventory> Inventory::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    Inventory inv;
    inv.server = doc.object().value(QStringLiteral("server")).toString();
    inv.updatedAt = doc.object().value(QStringLiteral("updatedAt")).toString();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("labelledNodes")).toArray())
        inv.labelledNodes.append(v.toString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("editedMasters")).toArray())
        inv.editedMasters.append(v.toString());
    inv.newCluster = doc.object().value(QStringLiteral("newCluster")).toString();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("newMachines")).toArray())
        inv.newMachines.append(v.toString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("objects")).toArray())
        inv.objects.append(ObjectRef::fromJson(v.toObject()));
    return inv;
}

YamlNode inventoryConfigMap(const Inventory &inventory)
{
    YamlNode cm = kube::object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
        kInventoryConfigMap, kube::kSystemNamespace);
    cm[QStringLiteral("data")][kInventoryKey] = QString::fromUtf8(inventory.toJson());
    return cm;
}

std::optional<Inventory> inventoryFromConfigMap(const QJsonObject &configMap)
{
    const QString text
        = configMap.value(QStringLiteral("data")).toObject().value(kInventoryKey).toString();
    return text.isEmpty() ? std::nullopt : Inventory::fromJson(text.toUtf8());
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

std::optional<Inventory> readInventoryFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Inventory::fromJson(f.readAll());
}

} // namespace tkeci
