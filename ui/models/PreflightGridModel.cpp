#include "PreflightGridModel.h"

#include <QBrush>
#include <QPainter>
#include <QPixmap>

namespace tkeci {
namespace {

QColor verdictColor(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QColor(0x27, 0xae, 0x60);
    case Verdict::Warn:
        return QColor(0xf6, 0x74, 0x00);
    case Verdict::Fail:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

// Drawn once, not taken from the icon theme: the grid must read the same on every desktop
// and in offscreen tests. The shape differs too (✓ ! ✗), so colour is never the only cue.
QIcon verdictIcon(Verdict v)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(verdictColor(v));
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (v == Verdict::Pass) {
        p.drawPolyline(QPolygonF({QPointF(9, 16), QPointF(14, 22), QPointF(23, 10)}));
    } else if (v == Verdict::Warn) {
        p.drawLine(16, 8, 16, 18);
        p.drawPoint(16, 24);
    } else {
        p.drawLine(10, 10, 22, 22);
        p.drawLine(22, 10, 10, 22);
    }
    return QIcon(pm);
}

} // namespace

PreflightGridModel::PreflightGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_checks(preflightCheckIds())
{
    for (int c = 0; c < m_checks.size(); ++c)
        m_columnOf.insert(m_checks.at(c), c);
    for (Verdict v : {Verdict::Pass, Verdict::Warn, Verdict::Fail})
        m_icons[int(v)] = verdictIcon(v);
}

void PreflightGridModel::setNodes(const QStringList &nodes)
{
    beginResetModel();
    m_nodes = nodes;
    m_rowOf.clear();
    for (int r = 0; r < m_nodes.size(); ++r)
        m_rowOf.insert(m_nodes.at(r), r);
    m_cells = QList<std::optional<CheckResult>>(m_nodes.size() * m_checks.size());
    endResetModel();
}

void PreflightGridModel::clearNodes(const QStringList &nodes)
{
    for (const QString &node : nodes) {
        const int row = m_rowOf.value(node, -1);
        if (row < 0)
            continue;
        for (int c = 0; c < m_checks.size(); ++c)
            m_cells[row * m_checks.size() + c].reset();
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void PreflightGridModel::addResults(const QList<CheckResult> &results)
{
    int top = INT_MAX, bottom = -1;
    for (const CheckResult &r : results) {
        const int row = m_rowOf.value(r.node, -1);
        const int column = m_columnOf.value(r.check, -1);
        if (row < 0 || column < 0)
            continue;
        m_cells[row * m_checks.size() + column] = r;
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, columnCount() - 1));
}

QStringList PreflightGridModel::failedNodes() const
{
    QStringList out;
    for (int r = 0; r < m_nodes.size(); ++r) {
        for (int c = 0; c < m_checks.size(); ++c) {
            const auto &cell = m_cells.at(r * m_checks.size() + c);
            if (cell && cell->verdict == Verdict::Fail) {
                out.append(m_nodes.at(r));
                break;
            }
        }
    }
    return out;
}

int PreflightGridModel::count(Verdict verdict) const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(),
        [verdict](const auto &cell) { return cell && cell->verdict == verdict; }));
}

int PreflightGridModel::pendingCount() const
{
    return int(std::count_if(
        m_cells.cbegin(), m_cells.cend(), [](const auto &cell) { return !cell.has_value(); }));
}

bool PreflightGridModel::hasKernelFailure() const
{
    return std::any_of(m_cells.cbegin(), m_cells.cend(), [](const auto &cell) {
        return cell && cell->verdict == Verdict::Fail && cell->check.startsWith(u"kernel.");
    });
}

std::optional<CheckResult> PreflightGridModel::result(int row, int column) const
{
    if (row < 0 || row >= m_nodes.size() || column < 0 || column >= m_checks.size())
        return std::nullopt;
    return m_cells.at(row * m_checks.size() + column);
}

void PreflightGridModel::retranslate()
{
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int PreflightGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int PreflightGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant PreflightGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &cell = m_cells.at(index.row() * m_checks.size() + index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!cell)
            return tr("…", "preflight check still running");
        switch (cell->verdict) {
        case Verdict::Pass:
            return tr("pass");
        case Verdict::Warn:
            return tr("warn");
        case Verdict::Fail:
            return tr("fail");
        }
        return {};
    case Qt::DecorationRole:
        return cell ? QVariant(m_icons[int(cell->verdict)]) : QVariant();
    case Qt::BackgroundRole:
        if (!cell)
            return {};
        {
            QColor c = verdictColor(cell->verdict);
            c.setAlpha(60);
            return QBrush(c);
        }
    case Qt::ToolTipRole:
    case MessageRole:
        return cell ? checkMessage(*cell) : QString();
    case DetailsRole:
        return cell ? cell->details : QString();
    case VerdictRole:
        return cell ? int(cell->verdict) : -1;
    default:
        return {};
    }
}

QVariant PreflightGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal)
        return m_checks.value(section);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_nodes.value(section);
    return checkTitle(m_checks.value(section));
}

QString PreflightGridModel::checkTitle(const QString &id)
{
    if (id == QLatin1String("kernel.version"))
        return tr("Kernel");
    if (id == QLatin1String("kernel.config"))
        return tr("Kernel options");
    if (id == QLatin1String("ports"))
        return tr("Ports");
    if (id == QLatin1String("os"))
        return tr("OS");
    if (id == QLatin1String("user"))
        return tr("User");
    if (id == QLatin1String("arch"))
        return tr("64-bit");
    if (id == QLatin1String("bpffs"))
        return tr("BPF fs");
    if (id == QLatin1String("cni.leftovers"))
        return tr("Old CNI");
    if (id == QLatin1String("ip_forward"))
        return tr("IP forward");
    return id;
}

} // namespace tkeci
