#include "KubeObjects.h"

namespace tkeci::kube {

YamlNode labelsMap(const QList<std::pair<QString, QString>> &labels)
{
    YamlNode map = YamlNode::map();
    for (const auto &[key, value] : labels)
        map[key] = value;
    return map;
}

YamlNode object(const QString &apiVersion, const QString &kind, const QString &name,
    const QString &ns, const QList<std::pair<QString, QString>> &labels)
{
    YamlNode o = YamlNode::map();
    o[QStringLiteral("apiVersion")] = apiVersion;
    o[QStringLiteral("kind")] = kind;
    YamlNode &meta = o[QStringLiteral("metadata")];
    meta[QStringLiteral("name")] = name;
    if (!ns.isEmpty())
        meta[QStringLiteral("namespace")] = ns;
    YamlNode &l = meta[QStringLiteral("labels")];
    l = labelsMap(labels);
    l[kManagedByLabel] = kManagedByValue;
    return o;
}

YamlNode workload(const QString &kind, const QString &name, const QString &ns,
    const QList<std::pair<QString, QString>> &labels, std::optional<int> replicas)
{
    YamlNode w = object(QStringLiteral("apps/v1"), kind, name, ns, labels);
    YamlNode &spec = w[QStringLiteral("spec")];
    if (replicas)
        spec[QStringLiteral("replicas")] = *replicas;
    spec[QStringLiteral("selector")] = labelSelector(labels);
    const bool daemonSet = kind == QLatin1String("DaemonSet");
    spec[daemonSet ? QStringLiteral("updateStrategy") : QStringLiteral("strategy")]
        [QStringLiteral("type")]
        = QStringLiteral("RollingUpdate");
    YamlNode &tmpl = spec[QStringLiteral("template")];
    tmpl[QStringLiteral("metadata")][QStringLiteral("labels")] = labelsMap(labels);
    tmpl[QStringLiteral("spec")] = YamlNode::map();
    return w;
}

YamlNode &podSpec(YamlNode &workload)
{
    return workload[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("spec")];
}

YamlNode &rollingUpdate(YamlNode &workload)
{
    YamlNode &spec = workload[QStringLiteral("spec")];
    YamlNode *strategy = spec.find(QStringLiteral("updateStrategy"));
    if (!strategy)
        strategy = &spec[QStringLiteral("strategy")];
    return (*strategy)[QStringLiteral("rollingUpdate")];
}

YamlNode clusterRole(const QString &name, const std::vector<YamlNode> &rules)
{
    YamlNode role = object(
        QStringLiteral("rbac.authorization.k8s.io/v1"), QStringLiteral("ClusterRole"), name);
    YamlNode &r = role[QStringLiteral("rules")];
    r = YamlNode::sequence();
    for (const YamlNode &rule : rules)
        r.append(rule);
    return role;
}

YamlNode serviceAccount(const QString &name)
{
    return object(QStringLiteral("v1"), QStringLiteral("ServiceAccount"), name, kSystemNamespace);
}

YamlNode clusterRoleBinding(const QString &name, const QString &serviceAccount)
{
    YamlNode b = object(
        QStringLiteral("rbac.authorization.k8s.io/v1"), QStringLiteral("ClusterRoleBinding"), name);
    YamlNode &ref = b[QStringLiteral("roleRef")];
    ref[QStringLiteral("apiGroup")] = QStringLiteral("rbac.authorization.k8s.io");
    ref[QStringLiteral("kind")] = QStringLiteral("ClusterRole");
    ref[QStringLiteral("name")] = name;
    YamlNode subject = YamlNode::map();
    subject[QStringLiteral("kind")] = QStringLiteral("ServiceAccount");
    subject[QStringLiteral("name")] = serviceAccount;
    subject[QStringLiteral("namespace")] = kSystemNamespace;
    b[QStringLiteral("subjects")].append(std::move(subject));
    return b;
}

YamlNode rule(const QStringList &apiGroups, const QStringList &resources, const QStringList &verbs)
{
    YamlNode r = YamlNode::map();
    r[QStringLiteral("apiGroups")] = YamlNode::strings(apiGroups);
    r[QStringLiteral("resources")] = YamlNode::strings(resources);
    r[QStringLiteral("verbs")] = YamlNode::strings(verbs);
    return r;
}

YamlNode envFromField(const QString &name, const QString &fieldPath)
{
    YamlNode e = YamlNode::map();
    e[QStringLiteral("name")] = name;
    YamlNode &ref = e[QStringLiteral("valueFrom")][QStringLiteral("fieldRef")];
    ref[QStringLiteral("apiVersion")] = QStringLiteral("v1");
    ref[QStringLiteral("fieldPath")] = fieldPath;
    return e;
}

YamlNode envValue(const QString &name, const QString &value)
{
    YamlNode e = YamlNode::map();
    e[QStringLiteral("name")] = name;
    e[QStringLiteral("value")] = value;
    return e;
}

YamlNode envFromConfigMap(
    const QString &name, const QString &configMap, const QString &key, bool optional)
{
    YamlNode e = YamlNode::map();
    e[QStringLiteral("name")] = name;
    YamlNode &ref = e[QStringLiteral("valueFrom")][QStringLiteral("configMapKeyRef")];
    ref[QStringLiteral("name")] = configMap;
    ref[QStringLiteral("key")] = key;
    if (optional)
        ref[QStringLiteral("optional")] = true;
    return e;
}

YamlNode hostPathVolume(const QString &name, const QString &path, const QString &type)
{
    YamlNode v = YamlNode::map();
    v[QStringLiteral("name")] = name;
    YamlNode &hp = v[QStringLiteral("hostPath")];
    hp[QStringLiteral("path")] = path;
    if (!type.isEmpty())
        hp[QStringLiteral("type")] = type;
    return v;
}

YamlNode volumeMount(const QString &name, const QString &mountPath, bool readOnly)
{
    YamlNode m = YamlNode::map();
    m[QStringLiteral("name")] = name;
    m[QStringLiteral("mountPath")] = mountPath;
    if (readOnly)
        m[QStringLiteral("readOnly")] = true;
    return m;
}

YamlNode toleration(const QString &key, const QString &effect)
{
    YamlNode t = YamlNode::map();
    t[QStringLiteral("key")] = key;
    t[QStringLiteral("operator")] = QStringLiteral("Exists");
    t[QStringLiteral("effect")] = effect;
    return t;
}

YamlNode tolerateEverything()
{
    YamlNode t = YamlNode::map();
    t[QStringLiteral("operator")] = QStringLiteral("Exists");
    return t;
}

YamlNode labelSelector(const QList<std::pair<QString, QString>> &labels)
{
    YamlNode s = YamlNode::map();
    s[QStringLiteral("matchLabels")] = labelsMap(labels);
    return s;
}

YamlNode matchExpression(const QString &key, const QString &op, const QStringList &values)
{
    YamlNode e = YamlNode::map();
    e[QStringLiteral("key")] = key;
    e[QStringLiteral("operator")] = op;
    if (!values.isEmpty())
        e[QStringLiteral("values")] = YamlNode::strings(values);
    return e;
}

YamlNode resources(const QString &requestCpu, const QString &requestMemory, const QString &limitCpu,
    const QString &limitMemory)
{
    YamlNode r = YamlNode::map();
    YamlNode &requests = r[QStringLiteral("requests")];
    requests[QStringLiteral("cpu")] = requestCpu;
    requests[QStringLiteral("memory")] = requestMemory;
    YamlNode &limits = r[QStringLiteral("limits")];
    limits[QStringLiteral("cpu")] = limitCpu;
    limits[QStringLiteral("memory")] = limitMemory;
    return r;
}

} // namespace tkeci::kube
