#include "PeerMatrixModel.h"

#include "widgets/StatusTone.h"

#include <QBrush>
#include <QCoreApplication>

namespace tkeci {
namespace {

// The view's texts, kept in its translation context (they were made there before).
QString viewText(const char *text)
{
    return QCoreApplication::translate("tkeci::PeerMatrixView", text);
}

} // namespace

PeerMatrixModel::PeerMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PeerMatrixModel::setMatrix(const PeerMatrix &matrix, const QString &checkName)
{
    if (matrix.nodes != m_matrix.nodes) {
        beginResetModel();
        m_matrix = matrix;
        m_checkName = checkName;
        endResetModel();
        return;
    }
    m_matrix = matrix;
    m_checkName = checkName;
    if (!m_matrix.nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PeerMatrixModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_matrix.nodes.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

int PeerMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.nodes.size());
}

int PeerMatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant PeerMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int from = index.row();
    const int to = index.column();
    const PairState s = m_matrix.at(from, to);
    switch (role) {
    case Qt::DisplayRole:
        return s == PairState::Failed ? QStringLiteral("×") : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        switch (s) {
        case PairState::Ok:
            return QBrush(toneColor(m_palette, Tone::Good));
        case PairState::Failed:
            return QBrush(toneColor(m_palette, Tone::Bad));
        case PairState::Unknown:
            return QBrush(m_palette.color(QPalette::Mid));
        case PairState::Self:
            return QBrush(m_palette.color(QPalette::Window));
        }
        return {};
    case Qt::ToolTipRole: {
        const QString &a = m_matrix.nodes.at(from);
        const QString &b = m_matrix.nodes.at(to);
        switch (s) {
        case PairState::Ok:
            return viewText(QT_TRANSLATE_NOOP("tkeci::PeerMatrixView", "%1 from %2 reaches %3"))
                .arg(m_checkName, a, b);
        case PairState::Failed:
            return viewText(
                QT_TRANSLATE_NOOP("tkeci::PeerMatrixView", "%1 from %2 does NOT reach %3"))
                .arg(m_checkName, a, b);
        case PairState::Unknown:
            return viewText(QT_TRANSLATE_NOOP("tkeci::PeerMatrixView",
                                "%1 between %2 and %3: not known (see the nodes' rows)"))
                .arg(m_checkName, a, b);
        case PairState::Self:
            return QString();
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant PeerMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_matrix.nodes.size())
        return {};
    // Columns numbered, rows named: the names would make the columns too wide to see the shape.
    return orientation == Qt::Vertical ? QVariant(m_matrix.nodes.at(section))
                                       : QVariant(QString::number(section + 1));
}

} // namespace tkeci
