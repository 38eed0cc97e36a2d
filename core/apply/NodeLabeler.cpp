#include "apply/NodeLabeler.h"

#include "apply/Inventory.h"

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
    m_result = NodeLabelResult();
    m_queue.clear();
    QPointer<NodeLabeler> self(this);
    m_client.send(KubeRequest::list(QStringLiteral("/api/v1/nodes"), QStringLiteral("nodes")),
        [self, plan](const KubeResponse &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->m_result.error = r.error;
                Q_EMIT self->finished(self->m_result);
                return;
            }
            QHash<QString, QString> nameByIp;
            for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject node = v.toObject();
                const QString name = node.value(QStringLiteral("metadata"))
                                         .toObject()
                                         .value(QStringLiteral("name"))
                                         .toString();
                bool known = false;
                const QJsonArray addresses = node.value(QStringLiteral("status"))
                                                 .toObject()
                                                 .value(QStringLiteral("addresses"))
                                                 .toArray();
                for (const QJsonValue &a : addresses) {
                    const QJsonObject address = a.toObject();
                    if (address.value(QStringLiteral("type")).toString()
                        != QLatin1String("InternalIP"))
                        continue;
                    const QString ip = address.value(QStringLiteral("address")).toString();
                    nameByIp.insert(ip, name);
                    known = known
                        || std::any_of(plan.nodes.cbegin(), plan.nodes.cend(),
                            [&](const NodeSpec &n) { return n.ip == ip; });
                }
                if (!known)
                    self->m_result.notInProfile.append(name);
            }
            for (const NodeLabels &n : underlayNodeLabels(plan)) {
                if (!nameByIp.contains(n.nodeIp))
                    self->m_result.notInCluster.append(n.nodeIp);
                else
                    self->m_queue.append({nameByIp.value(n.nodeIp), n});
            }
            self->applyNext();
        });
}

void NodeLabeler::unlabel(const QStringList &nodes)
{
    m_result = NodeLabelResult();
    m_queue.clear();
    for (const QString &n : nodes)
        m_queue.append({n, NodeLabels {}});
    applyNext();
}

void NodeLabeler::applyNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished(m_result);
        return;
    }
    // Named copies, not a structured binding: clang before 16 cannot capture bindings.
    const auto next = m_queue.takeFirst();
    const QString name = next.first;
    const NodeLabels labels = next.second;
    if (labels.asn.isEmpty()) {
        // An apply to a node that is gone would create it again: look first.
        KubeRequest get;
        get.path = QStringLiteral("/api/v1/nodes/") + name;
        get.what = QStringLiteral("nodes \"%1\"").arg(name);
        QPointer<NodeLabeler> self(this);
        m_client.send(get, [self, name](const KubeResponse &r) {
            if (!self)
                return;
            if (r.ok())
                self->applyLabels(name, NodeLabels {});
            else if (r.error->kind == KubeError::Kind::NotFound)
                self->applyNext();
            else {
                self->m_result.error = r.error;
                Q_EMIT self->finished(self->m_result);
            }
        });
        return;
    }
    applyLabels(name, labels);
}

void NodeLabeler::applyLabels(const QString &name, const NodeLabels &ours)
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
    m_client.send(patch, [self, name, ours](const KubeResponse &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_result.error = r.error;
            Q_EMIT self->finished(self->m_result);
            return;
        }
        self->m_result.labelled.append(name);
        Q_EMIT self->nodeDone(name, ours.asn, ours.switchIp);
        self->applyNext();
    });
}

} // namespace tkeci
