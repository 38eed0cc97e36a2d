#include "apply/NodeLabeler.h"

#include "apply/Inventory.h"
#include "kube/ConcurrentCalls.h"
#include "kube/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace tkeci {

NodeLabeler::NodeLabeler(KubeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void NodeLabeler::label(const InstallPlan &plan)
{
    QPointer<NodeLabeler> self(this);
    listClusterNodes(m_client, [self, plan](const ClusterNodeList &list) {
        if (!self)
            return;
        if (list.error) {
            // No label goes on from a node list that cannot be read.
            self->m_result = NodeLabelResult();
            self->m_result.error = list.error;
            Q_EMIT self->finished(self->m_result);
            return;
        }
        self->label(plan, list.nodes);
    });
}

void NodeLabeler::label(const InstallPlan &plan, const QList<ClusterNode> &nodes)
{
    m_result = NodeLabelResult();
    m_queue.clear();
    QHash<QString, QString> nameByIp;
    for (const ClusterNode &node : nodes) {
        for (const QString &ip : node.internalIps)
            nameByIp.insert(ip, node.name);
        const bool known = std::any_of(plan.nodes.cbegin(), plan.nodes.cend(),
            [&](const NodeSpec &n) { return node.internalIps.contains(n.ip); });
        if (!known && !plan.nodesWithoutCilium.contains(node.name)) // kept off: no Cilium there
            m_result.notInProfile.append(node.name);
    }
    for (const NodeLabels &n : underlayNodeLabels(plan)) {
        if (!nameByIp.contains(n.nodeIp))
            m_result.notInCluster.append(n.nodeIp);
        else
            m_queue.append({nameByIp.value(n.nodeIp), n});
    }
    applyAll();
}

void NodeLabeler::unlabel(const QStringList &nodes)
{
    m_result = NodeLabelResult();
    m_queue.clear();
    for (const QString &n : nodes)
        m_queue.append({n, NodeLabels {}});
    applyAll();
}

void NodeLabeler::applyAll()
{
    QList<concurrent::Call> calls;
    QPointer<NodeLabeler> self(this);
    for (const auto &item : std::as_const(m_queue)) {
        // Named copies, not a structured binding: clang before 16 cannot capture bindings.
        const QString name = item.first;
        const NodeLabels labels = item.second;
        calls.append([self, name, labels](concurrent::Finish finish) {
            if (!self)
                return;
            if (!labels.asn.isEmpty()) {
                self->applyLabels(name, labels, finish);
                return;
            }
            // An apply to a node that is gone would create it again: look first.
            KubeRequest get;
            get.path = QStringLiteral("/api/v1/nodes/") + name;
            get.what = QStringLiteral("nodes \"%1\"").arg(name);
            self->m_client.send(get, [self, name, finish](const KubeResponse &r) {
                if (!self)
                    return;
                if (r.ok()) {
                    self->applyLabels(name, NodeLabels {}, finish);
                } else if (r.error->kind == KubeError::Kind::NotFound) {
                    finish(true);
                } else {
                    if (!self->m_result.error)
                        self->m_result.error = r.error;
                    finish(false);
                }
            });
        });
    }
    QStringList planned;
    for (const auto &item : std::as_const(m_queue))
        planned.append(item.first);
    m_queue.clear();
    concurrent::run(std::move(calls), concurrent::kDefaultLimit, [self, planned](bool) {
        if (!self)
            return;
        // The answers come in any order; the result (and the inventory, the uninstall report)
        // lists the nodes in the planned order, the same on every run.
        QStringList inOrder;
        for (const QString &name : planned) {
            if (self->m_result.labelled.contains(name))
                inOrder.append(name);
        }
        self->m_result.labelled = inOrder;
        Q_EMIT self->finished(self->m_result);
    });
}

void NodeLabeler::applyLabels(
    const QString &name, const NodeLabels &ours, std::function<void(bool)> finish)
{
    QJsonObject labels;
    if (!ours.asn.isEmpty()) {
        for (const auto &[key, value] : ours.pairs())
            labels.insert(key, value);
    }
    // An apply that sets no labels drops the ones our field manager owned, and only those.
    const QJsonObject node {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("metadata"),
            labels.isEmpty() ? QJsonObject {{QStringLiteral("name"), name}}
                             : QJsonObject {{QStringLiteral("name"), name},
                                 {QStringLiteral("labels"), labels}}}};
    KubeRequest patch;
    patch.method = "PATCH";
    patch.rbacVerb = QStringLiteral("patch");
    patch.path = QStringLiteral("/api/v1/nodes/") + name;
    patch.what = QStringLiteral("nodes \"%1\"").arg(name);
    patch.contentType = "application/apply-patch+yaml";
    patch.query.addQueryItem(QStringLiteral("fieldManager"), kFieldManager);
    patch.body = QJsonDocument(node).toJson(QJsonDocument::Compact);
    QPointer<NodeLabeler> self(this);
    m_client.send(patch, [self, name, ours, finish](const KubeResponse &r) {
        if (!self)
            return;
        if (!r.ok()) {
            if (!self->m_result.error)
                self->m_result.error = r.error;
            finish(false);
            return;
        }
        self->m_result.labelled.append(name);
        Q_EMIT self->nodeDone(name, ours.asn, ours.switchIp);
        finish(true);
    });
}

} // namespace tkeci
