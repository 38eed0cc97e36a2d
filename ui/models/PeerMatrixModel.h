#pragma once

#include "preflight/PeerMatrix.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace tkeci {

/// Presents a PeerMatrix: one row and one column per node (rows send, columns receive), each
/// cell coloured by its PairState with a tooltip saying it in words. Texts and colours are
/// made when a view asks for them, so a refresh at 200 nodes costs one signal, not 40,000
/// items.
class PeerMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PeerMatrixModel(QObject *parent = nullptr);

    const PeerMatrix &matrix() const { return m_matrix; }
    /// Shows `matrix`; `checkName` is the check's title for the tooltips.
    void setMatrix(const PeerMatrix &matrix, const QString &checkName);
    /// The palette the cells' colours come from.
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    PeerMatrix m_matrix;
    QString m_checkName;
    QPalette m_palette;
};

} // namespace tkeci
