#include "NodeTableModel.h"

#include "plan/PlanEnums.h"
#include "validation/FieldLabels.h"
#include "wizard/PlanConfig.h"

#include <QBrush>
#include <QColor>

namespace tkeci {
namespace {

QString roleText(NodeRole role)
{
    return role == NodeRole::Master ? NodeTableModel::tr("master", "node role")
                                    : NodeTableModel::tr("worker", "node role");
}

QString authText(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Key:
        return NodeTableModel::tr("key file", "SSH authentication");
    case AuthMethod::Agent:
        return NodeTableModel::tr("SSH agent", "SSH authentication");
    case AuthMethod::Password:
        return NodeTableModel::tr("password (asked)", "SSH authentication");
    }
    return {};
}

// The profile key of a column's node field.
QLatin1String fieldOf(NodeTableModel::Column kind)
{
    static const char *const fields[]
        = {"ip", "port", "user", "role", "auth", "keyFile", "asn", "switchIP"};
    return QLatin1String(fields[kind]);
}

} // namespace

NodeTableModel::NodeTableModel(PlanConfig &config, Columns columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_config(config)
    , m_rows(int(config.nodes().size()))
{
    m_columns = columns == Columns::Connection
        ? QList<Column> {Address, Port, User, Role, Auth, KeyFile}
        : QList<Column> {Address, Asn, SwitchIp};
    connect(&m_config, &PlanConfig::nodesReset, this, [this] {
        beginResetModel();
        m_rows = int(m_config.nodes().size());
        endResetModel();
    });
    // Any answer can change a cell's problem (a VIP that equals a node address, a new CIDR).
    auto everyCell = [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    };
    connect(&m_config, &PlanConfig::changed, this, everyCell);
    connect(&m_config, &PlanConfig::shownChanged, this, everyCell);
}

void NodeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

NodeTableModel::Column NodeTableModel::columnKind(int column) const
{
    return m_columns.value(column, Address);
}

QString NodeTableModel::pathOf(int row, Column kind) const
{
    return QStringLiteral("nodes[%1].%2").arg(row).arg(fieldOf(kind));
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_config.nodes().size())
        return {};
    const NodeSpec &node = m_config.nodes().at(index.row());
    const Column kind = columnKind(index.column());
    if (role == ProblemRole || role == Qt::ToolTipRole)
        return m_config.messageFor(pathOf(index.row(), kind));
    if (role == Qt::BackgroundRole) {
        if (m_config.messageFor(pathOf(index.row(), kind)).isEmpty())
            return {};
        return QBrush(QColor(211, 47, 47, 90)); // translucent red reads on light and dark
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (kind) {
    case Address:
        return node.ip;
    case Port:
        return node.port;
    case User:
        return node.user;
    case Role:
        return edit ? toProfileString(node.role) : roleText(node.role);
    case Auth:
        return edit ? toProfileString(node.auth) : authText(node.auth);
    case KeyFile:
        return node.auth == AuthMethod::Key ? node.keyFile : QString();
    case Asn:
        return node.asn ? QString::number(*node.asn) : QString();
    case SwitchIp:
        return node.switchIP.value_or(QString());
    }
    return {};
}

bool NodeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    NodeSpec node = m_config.nodes().at(index.row());
    const QString text = value.toString().trimmed();
    switch (columnKind(index.column())) {
    case Address:
        node.ip = text;
        break;
    case Port:
        node.port = text.toInt();
        break;
    case User:
        node.user = text;
        break;
    case Role:
        if (const auto r = enumFromProfileString<NodeRole>(text))
            node.role = *r;
        break;
    case Auth:
        if (const auto a = enumFromProfileString<AuthMethod>(text))
            node.auth = *a;
        break;
    case KeyFile:
        node.keyFile = text;
        break;
    case Asn: {
        // The cell's editor holds only 1..4294967294 (NumberDelegate); anything else that
        // arrives (setData from code) is kept as 0, which the validator calls out of range.
        bool ok = false;
        const qulonglong asn = text.toULongLong(&ok);
        node.asn = text.isEmpty()
            ? std::nullopt
            : std::optional<quint32>(ok && asn <= 0xffffffffULL ? quint32(asn) : 0);
        break;
    }
    case SwitchIp:
        node.switchIP = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        break;
    }
    // The cell and the list as a whole count as touched: their "required" problems show now.
    m_config.markTouched(pathOf(index.row(), columnKind(index.column())));
    m_config.markTouched(QStringLiteral("nodes"));
    m_config.setNode(index.row(), node); // emits changed → dataChanged for every cell
    return true;
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Column kind = columnKind(index.column());
    const bool readOnlyAddress = kind == Address && m_columns.contains(Asn);
    const bool keyless
        = kind == KeyFile && m_config.nodes().value(index.row()).auth != AuthMethod::Key;
    if (!readOnlyAddress && !keyless)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // The per-node overrides keep a short header (it must fit beside the address in every
        // language); what an empty cell means is said here.
        switch (columnKind(section)) {
        case Asn:
            return tr("This node's own ASN; empty: the cluster's ASN");
        case SwitchIp:
            return tr("This node's own switch IP; empty: the cluster's switch IP");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return nodeFieldLabel(fieldOf(columnKind(section)));
}

} // namespace tkeci
