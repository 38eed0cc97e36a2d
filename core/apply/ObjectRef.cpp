#include "apply/ObjectRef.h"

#include "text/SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

namespace {

/// "v1" or "group/version", as the REST path of its API spells it.
QString apiVersionOf(const JsonRead &at)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z0-9.-]+/)?[a-z0-9]+$"));
    const QString s = at.string(Presence::Required);
    if (at.ok() && !shape.match(s).hasMatch()) {
        at.fail(QCoreApplication::translate(
            "tkeci::ObjectRef", "an apiVersion (\"v1\" or \"group/version\")"));
        return QString();
    }
    return s;
}

} // namespace

QString readKubeName(const JsonRead &at, Presence presence)
{
    const QString s = at.string(presence);
    // safeText() changes nothing only when there is no control or bidi character.
    const bool usable = !s.contains(u'/') && !s.contains(u'?') && !s.contains(u'#')
        && !s.contains(u'%') && s != QLatin1String(".") && s != QLatin1String("..")
        && safeText(s, s.size()) == s
        && std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
    if (!usable || (presence == Presence::Required && s.isEmpty() && at.ok())) {
        at.fail(QCoreApplication::translate("tkeci::ObjectRef",
            "a Kubernetes name (not empty; no \"/\", \"?\", \"#\", \"%\", space or "
            "control character)"));
        return QString();
    }
    return s;
}

QStringList readKubeNames(const JsonRead &at)
{
    QStringList out;
    for (const JsonRead &e : at.elements())
        out.append(readKubeName(e, Presence::Required));
    return at.ok() ? out : QStringList();
}

ObjectRef ObjectRef::read(const JsonRead &at)
{
    at.object(Presence::Required);
    ObjectRef r;
    r.apiVersion = apiVersionOf(at[QStringLiteral("apiVersion")]);
    r.kind = readKubeName(at[QStringLiteral("kind")], Presence::Required);
    r.ns = readKubeName(at[QStringLiteral("namespace")], Presence::Optional);
    r.name = readKubeName(at[QStringLiteral("name")], Presence::Required);
    return r;
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
        ManifestText text = readManifestText(file.fileName(), file.yaml);
        problems += text.problems;
        const std::vector<YamlNode> &docs = text.documents;
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
