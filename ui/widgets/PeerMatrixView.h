#pragma once

#include "preflight/PeerMatrix.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tkeci {

/// The network stage node × node: pick a peer check (VXLAN, health port, MTU), see every
/// directed pair as a coloured cell (row sends, column receives; green reached, red did not,
/// grey unknown) and the failing pairs listed below, so a node that drops a port stands out as
/// a red column or row at a glance.
class PeerMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit PeerMatrixView(QWidget *parent = nullptr);

    /// Re-reads `table` (call it as results arrive).
    void setTable(const PreflightTable &table);
    CheckId check() const;
    void setCheck(CheckId check);

    const PeerMatrix &matrix() const { return m_matrix; }
    QTableWidget *cells() const { return m_cells; }
    QLabel *failedList() const { return m_failed; }
    QComboBox *checkBox() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    const PreflightTable *m_table = nullptr;
    PeerMatrix m_matrix;
    QComboBox *m_check = nullptr;
    QTableWidget *m_cells = nullptr;
    QLabel *m_failed = nullptr;
};

} // namespace tkeci
