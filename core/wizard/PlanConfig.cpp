#include "PlanConfig.h"

#include "plan/PlanEnums.h"
#include "profile/ProfileReader.h"
#include "profile/ProfileWriter.h"
#include "validation/PlanValidator.h"

#include <QRegularExpression>

#include <algorithm>

namespace tkeci {

bool pathIsUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

PlanConfig::PlanConfig(QObject *parent)
    : QObject(parent)
    , m_keptProfile(writeProfile(m_plan))
{
    revalidate();
}

template<typename T> void PlanConfig::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    revalidate();
    Q_EMIT changed();
}

void PlanConfig::revalidate()
{
    m_problems = validatePlan(m_plan);
}

void PlanConfig::setPlan(const InstallPlan &plan)
{
    replacePlan(plan, false);
}

void PlanConfig::replacePlan(const InstallPlan &plan, bool touched)
{
    m_touched.clear();
    m_plan = plan;
    m_keptProfile = writeProfile(m_plan);
    revalidate();
    // An opened profile is a whole set of answers: what it lacks is said at once. Rows added
    // afterwards are new, and wait like any other.
    if (touched) {
        for (const Problem &p : std::as_const(m_problems))
            m_touched.insert(p.path);
    }
    Q_EMIT nodesReset();
    Q_EMIT changed();
}

void PlanConfig::setTarget(Target v)
{
    assign(m_plan.target, v);
}
void PlanConfig::setCni(Cni v)
{
    assign(m_plan.cni, v);
}
void PlanConfig::setNetworkMode(NetworkMode v)
{
    assign(m_plan.networkMode, v);
}
void PlanConfig::setAsn(quint32 v)
{
    assign(m_plan.underlay.asn, v);
}
void PlanConfig::setSwitchIP(const QString &v)
{
    assign(m_plan.underlay.switchIP, v.trimmed());
}
void PlanConfig::setHaType(HaType v)
{
    assign(m_plan.haType, v);
}
void PlanConfig::setVip(const QString &v)
{
    assign(m_plan.vip, v.trimmed());
}
void PlanConfig::setVport(int v)
{
    assign(m_plan.vport, v);
}
void PlanConfig::setClusterCIDR(const QString &v)
{
    assign(m_plan.clusterCIDR, v.trimmed());
}
void PlanConfig::setMaxNodePodNum(int v)
{
    assign(m_plan.maxNodePodNum, v);
}
void PlanConfig::setNetworkDevice(const QString &v)
{
    assign(m_plan.networkDevice, v.trimmed());
}
void PlanConfig::setKubernetesVersion(const QString &v)
{
    assign(m_plan.kubernetesVersion, v.trimmed());
}
void PlanConfig::setImageRegistry(const QString &v)
{
    assign(m_plan.imageRegistry, v.trimmed());
}
void PlanConfig::setCiliumVersion(const QString &v)
{
    assign(m_plan.ciliumVersion, v.trimmed());
}
void PlanConfig::setDisplayName(const QString &v)
{
    assign(m_plan.displayName, v.trimmed());
}

void PlanConfig::setNodes(const QList<NodeSpec> &nodes)
{
    // A row keeps its touched cells only while it is the same row at the same place (rows
    // appended by Add or Paste); a list replaced or filtered starts its rows afresh.
    for (auto it = m_touched.begin(); it != m_touched.end();) {
        const auto node = splitNodePath(*it);
        const int row = node ? node->row : -1;
        const bool same = row < 0
            || (row < nodes.size() && row < m_plan.nodes.size()
                && nodes.at(row) == m_plan.nodes.at(row));
        it = same ? std::next(it) : m_touched.erase(it);
    }
    assignNodes(nodes);
}

void PlanConfig::assignNodes(const QList<NodeSpec> &nodes)
{
    m_plan.nodes = nodes;
    revalidate();
    Q_EMIT nodesReset();
    Q_EMIT changed();
}

void PlanConfig::setNode(int index, const NodeSpec &node)
{
    if (index < 0 || index >= m_plan.nodes.size())
        return;
    assign(m_plan.nodes[index], node);
}

void PlanConfig::addNode(const QString &ip)
{
    NodeSpec node;
    if (!m_plan.nodes.isEmpty()) {
        const NodeSpec &last = m_plan.nodes.constLast();
        node.port = last.port;
        node.user = last.user;
        node.auth = last.auth;
        node.keyFile = last.keyFile;
    } else {
        node.role = NodeRole::Master;
        node.keyFile = QStringLiteral("~/.ssh/id_ed25519");
    }
    node.ip = ip;
    QList<NodeSpec> nodes = m_plan.nodes;
    nodes.append(node);
    setNodes(nodes);
}

void PlanConfig::removeNodes(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    QList<NodeSpec> nodes = m_plan.nodes;
    for (int i : indexes) {
        if (i >= 0 && i < nodes.size())
            nodes.removeAt(i);
    }
    // The rows below a removed one move up: their touched cells move with them.
    QSet<QString> touched;
    for (const QString &path : std::as_const(m_touched)) {
        const auto node = splitNodePath(path);
        if (!node) {
            touched.insert(path);
            continue;
        }
        if (indexes.contains(node->row))
            continue;
        const auto above = std::count_if(indexes.cbegin(), indexes.cend(),
            [row = node->row](int removed) { return removed < row; });
        touched.insert(QStringLiteral("nodes[%1]%2").arg(node->row - above).arg(node->rest));
    }
    m_touched = touched;
    assignNodes(nodes); // the touched cells are moved already
}

int PlanConfig::pasteNodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<NodeSpec> nodes = m_plan.nodes;
    NodeSpec proto;
    proto.keyFile = QStringLiteral("~/.ssh/id_ed25519");
    if (!nodes.isEmpty()) {
        proto = nodes.constLast();
        proto.asn.reset();
        proto.switchIP.reset();
    }
    int added = 0;
    for (const QString &rawLine : text.split(u'\n')) {
        const QStringList words = rawLine.trimmed().split(separators, Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first().startsWith(u'#'))
            continue;
        NodeSpec node = proto;
        node.role = nodes.isEmpty() ? NodeRole::Master : NodeRole::Worker;
        QString address = words.first();
        // "host:port" only for IPv4-looking text; a bare IPv6 address keeps its colons so the
        // validator can say that IPv6 is not supported.
        if (address.count(u':') == 1) {
            bool ok = false;
            const int port = address.section(u':', 1).toInt(&ok);
            if (ok) {
                node.port = port;
                address = address.section(u':', 0, 0);
            }
        }
        node.ip = address;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (const auto role = enumFromProfileString<NodeRole>(words.at(i).toLower()))
                node.role = *role;
            else
                node.user = words.at(i);
        }
        nodes.append(node);
        ++added;
    }
    if (added > 0)
        setNodes(nodes);
    return added;
}

Problems PlanConfig::problemsUnder(const QString &path) const
{
    Problems out;
    for (const Problem &p : m_problems) {
        if (pathIsUnder(p.path, path))
            out.append(p);
    }
    return out;
}

std::optional<Problem> PlanConfig::problemAt(const QString &path) const
{
    for (const Problem &p : m_problems) {
        if (p.path == path)
            return p;
    }
    return std::nullopt;
}

QString PlanConfig::messageFor(const QString &path) const
{
    const auto p = problemAt(path);
    return p && isShown(*p) ? problemMessage(*p, FieldNames::PageLabels) : QString();
}

bool PlanConfig::isShown(const Problem &problem) const
{
    using C = Problem::Code;
    const bool nothingYet = problem.code == C::Missing || problem.code == C::RequiredWhen
        || problem.code == C::Empty || problem.code == C::NoMaster;
    return !nothingYet || m_touched.contains(problem.path);
}

void PlanConfig::markTouched(const QString &path)
{
    if (m_touched.contains(path))
        return;
    m_touched.insert(path);
    const auto p = problemAt(path);
    if (p && isShown(*p))
        Q_EMIT shownChanged();
}

bool PlanConfig::isValidUnder(const QStringList &paths) const
{
    return std::none_of(m_problems.cbegin(), m_problems.cend(), [&](const Problem &p) {
        return std::any_of(paths.cbegin(), paths.cend(),
            [&](const QString &prefix) { return pathIsUnder(p.path, prefix); });
    });
}

Problems PlanConfig::openProfile(const QString &path)
{
    const ProfileReadResult read = loadProfileFile(path);
    // A file that could not be read or parsed leaves the current answers alone.
    const bool fileLevel = std::any_of(read.problems.cbegin(), read.problems.cend(),
        [](const Problem &p) { return p.path.isEmpty(); });
    if (!fileLevel) {
        m_profilePath = path;
        replacePlan(read.plan, true);
    }
    return read.problems;
}

bool PlanConfig::answersKept() const
{
    // Compared as profile text: exactly what a save would write, so fields a profile does not
    // hold never count as unsaved.
    return writeProfile(m_plan) == m_keptProfile;
}

QString PlanConfig::saveProfile(const QString &path)
{
    const QString error = saveProfileFile(m_plan, path);
    if (error.isEmpty()) {
        m_profilePath = path;
        m_keptProfile = writeProfile(m_plan);
        Q_EMIT changed();
    }
    return error;
}

} // namespace tkeci
