#include "PreflightGridModel.h"

#include "preflight/PreflightSession.h"

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

// A grey circle with a bar: "not run", neither a pass nor a failure.
QIcon notRunIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x7f, 0x8c, 0x8d));
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(9, 16, 23, 16);
    return QIcon(pm);
}

bool notRun(const std::optional<CheckResult> &cell)
{
    return cell && cell->code == CheckResult::Code::Cancelled;
}

} // namespace

PreflightGridModel::PreflightGridModel(const PreflightSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    for (Verdict v : {Verdict::Pass, Verdict::Warn, Verdict::Fail})
        m_icons[int(v)] = verdictIcon(v);
    m_notRunIcon = notRunIcon();
    connect(
        session, &PreflightSession::tableAboutToReset, this, &PreflightGridModel::beginResetModel);
    connect(session, &PreflightSession::tableReset, this, &PreflightGridModel::endResetModel);
    connect(session, &PreflightSession::rowsCleared, this, [this](const QList<int> &rows) {
        for (const int row : rows)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(session, &PreflightSession::resultsApplied, this, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    });
}

QStringList PreflightGridModel::nodes() const
{
    return m_session->table().nodes();
}

int PreflightGridModel::columnOf(CheckId check) const
{
    return m_session->table().columnOf(check);
}

std::optional<CheckResult> PreflightGridModel::result(int row, int column) const
{
    return m_session->table().result(row, column);
}

void PreflightGridModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int PreflightGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->table().nodes().size());
}

int PreflightGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->table().checks().size());
}

QVariant PreflightGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<CheckResult> cell = result(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!cell)
            return tr("…", "preflight check still running");
        if (notRun(cell))
            return tr("not run", "preflight check: the run was cancelled before it");
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
        if (notRun(cell))
            return m_notRunIcon;
        return cell ? QVariant(m_icons[int(cell->verdict)]) : QVariant();
    case Qt::BackgroundRole:
        if (!cell || notRun(cell))
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
        if (notRun(cell))
            return NotRunVerdict;
        return cell ? int(cell->verdict) : PendingVerdict;
    default:
        return {};
    }
}

QVariant PreflightGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(nodes().value(section)) : QVariant();
    const QList<CheckId> &checks = m_session->table().checks();
    if (section < 0 || section >= checks.size())
        return {};
    const CheckId check = checks.at(section);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 (%2)").arg(checkDescription(check), checkIdString(check));
    return role == Qt::DisplayRole ? QVariant(checkTitle(check)) : QVariant();
}

} // namespace tkeci
