#include "apply/ObjectRef.h"

#include <algorithm>

namespace tkeci {

QString ObjectRef::display() const
{
    return kind + u' ' + (ns.isEmpty() ? name : ns + u'/' + name);
}

QJsonObject ObjectRef::toJson() const
{
    QJsonObject o {{QStringLiteral("apiVersion"), apiVersion}, {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name}};
    if (!ns.isEmpty())
        o.insert(QStringLiteral("namespace"), ns);
    return o;
}

ObjectRef ObjectRef::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("apiVersion")).toString(),
        o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("namespace")).toString(),
        o.value(QStringLiteral("name")).toString()};
}

QString objectPath(const ApiResource &resource, const QString &ns, const QString &name)
{
    const QString gv
        = resource.group.isEmpty() ? resource.version : resource.group + u'/' + resource.version;
    QString path = groupVersionPath(gv);
    if (resource.namespaced && !ns.isEmpty())
        path += QStringLiteral("/namespaces/") + ns;
    path += u'/' + resource.plural;
    if (!name.isEmpty())
        path += u'/' + name;
    return path;
}

QString describeObject(const ApiResource &resource, const QString &ns, const QString &name)
{
    const QString qualified
        = resource.group.isEmpty() ? resource.plural : resource.plural + u'.' + resource.group;
    QString s = QStringLiteral("%1 \"%2\"").arg(qualified, name);
    if (resource.namespaced && !ns.isEmpty())
        s += QStringLiteral(" in ") + ns;
    return s;
}

int applyRank(const QString &apiVersion, const QString &kind)
{
    static const QStringList order {QStringLiteral("Namespace"),
        QStringLiteral("CustomResourceDefinition"), QStringLiteral("ServiceAccount"),
        QStringLiteral("Secret"), QStringLiteral("ConfigMap"), QStringLiteral("ClusterRole"),
        QStringLiteral("Role"), QStringLiteral("ClusterRoleBinding"), QStringLiteral("RoleBinding"),
        QStringLiteral("Service")};
    static const QStringList workloads {QStringLiteral("DaemonSet"), QStringLiteral("Deployment"),
        QStringLiteral("StatefulSet"), QStringLiteral("Job")};
    if (const qsizetype i = order.indexOf(kind); i >= 0)
        return int(i);
    if (workloads.contains(kind))
        return 20;
    const bool builtIn = !apiVersion.contains(u'.') || apiVersion.contains(QLatin1String("k8s.io"));
    return builtIn ? 10 : 30;
}

std::vector<PlannedObject> planApply(const QList<ManifestFile> &files, Problems &problems)
{
    std::vector<PlannedObject> planned;
    for (const ManifestFile &file : files) {
        problems += checkManifestText(file.fileName(), file.yaml);
        const std::vector<YamlNode> docs = ManifestSet::documents(file);
        for (size_t i = 0; i < docs.size(); ++i) {
            const YamlNode &d = docs[i];
            const YamlNode *name = d.path(u"metadata.name");
            if (!d.isMap() || !name || !d.find(QStringLiteral("kind"))
                || !d.find(QStringLiteral("apiVersion")))
                continue; // checkManifestText reported it
            const YamlNode *ns = d.path(u"metadata.namespace");
            planned.push_back({{d.find(QStringLiteral("apiVersion"))->scalar(),
                                   d.find(QStringLiteral("kind"))->scalar(),
                                   ns ? ns->scalar() : QString(), name->scalar()},
                d, file.fileName(), int(i)});
        }
    }
    std::stable_sort(
        planned.begin(), planned.end(), [](const PlannedObject &a, const PlannedObject &b) {
            return applyRank(a.ref.apiVersion, a.ref.kind)
                < applyRank(b.ref.apiVersion, b.ref.kind);
        });
    return planned;
}

} // namespace tkeci
