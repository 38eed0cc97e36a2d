#pragma once

#include "yaml/YamlNode.h"

#include <QStringList>

#include <optional>
#include <vector>

// Small builders for the Kubernetes shapes our manifests repeat. They only arrange values the
// caller has already validated; YamlCodec quotes whatever YAML needs quoting.
namespace tkeci::kube {

inline const QString kSystemNamespace = QStringLiteral("kube-system");
inline const QString kManagedByLabel = QStringLiteral("app.kubernetes.io/managed-by");
inline const QString kManagedByValue = QStringLiteral("tke-cilium-installer");

/// apiVersion, kind, metadata {name, namespace?, labels {managed-by, extra...}}.
YamlNode object(const QString &apiVersion, const QString &kind, const QString &name,
    const QString &ns = QString(), const QList<std::pair<QString, QString>> &labels = {});
YamlNode serviceAccount(const QString &name);
YamlNode clusterRoleBinding(const QString &name, const QString &serviceAccount);
/// One RBAC rule.
YamlNode rule(const QStringList &apiGroups, const QStringList &resources, const QStringList &verbs);
/// An env var from the downward API (fieldRef).
YamlNode envFromField(const QString &name, const QString &fieldPath);
YamlNode envValue(const QString &name, const QString &value);
/// An env var from a ConfigMap key; `optional` lets the pod start without the key.
YamlNode envFromConfigMap(
    const QString &name, const QString &configMap, const QString &key, bool optional = true);
YamlNode hostPathVolume(const QString &name, const QString &path, const QString &type = QString());
YamlNode volumeMount(const QString &name, const QString &mountPath, bool readOnly = false);
YamlNode toleration(const QString &key, const QString &effect);
/// The "operator: Exists" toleration that lets node agents run everywhere.
YamlNode tolerateEverything();
YamlNode labelSelector(const QList<std::pair<QString, QString>> &labels);
YamlNode labelsMap(const QList<std::pair<QString, QString>> &labels);
/// One `{key, operator, values?}` of a matchExpressions list.
YamlNode matchExpression(
    const QString &key, const QString &op, const QStringList &values = QStringList());
/// `resources` of a container: requests and limits, each {cpu, memory}.
YamlNode resources(const QString &requestCpu, const QString &requestMemory, const QString &limitCpu,
    const QString &limitMemory);

/// A DaemonSet (no `replicas`) or a Deployment in apps/v1 whose selector and pod template carry
/// `labels`, with a RollingUpdate strategy. Callers fill the pod through podSpec().
YamlNode workload(const QString &kind, const QString &name, const QString &ns,
    const QList<std::pair<QString, QString>> &labels, std::optional<int> replicas = std::nullopt);
/// spec.template.spec of a workload().
YamlNode &podSpec(YamlNode &workload);
/// The rollingUpdate parameters of a workload()'s strategy (updateStrategy for a DaemonSet).
YamlNode &rollingUpdate(YamlNode &workload);
YamlNode clusterRole(const QString &name, const std::vector<YamlNode> &rules);

} // namespace tkeci::kube
