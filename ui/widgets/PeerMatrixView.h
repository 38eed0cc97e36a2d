#pragma once

#include "preflight/PeerMatrix.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace tkeci {

class PeerMatrixModel;

/// The network stage node × node: pick a peer check (VXLAN, health port, MTU), see every
/// directed pair as a coloured cell (row sends, column receives; green reached, red did not,
/// grey unknown) and the failing pairs listed below, so a node that drops a port stands out as
/// a red column or row at a glance.
class PeerMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit PeerMatrixView(QWidget *parent = nullptr);

    /// Re-reads `table` (call it as results arrive); while the view is hidden, only once it is
    /// shown. A refresh recomputes the pairs (PeerMatrix) and repaints the visible cells; the
    /// cells' texts are made only when asked for (PeerMatrixModel).
    void setTable(const PreflightTable &table);
    CheckId check() const;
    void setCheck(CheckId check);

    // What the view shows, brought up to date first if the table changed while it was hidden.
    const PeerMatrix &matrix();
    QTableView *cells() { return settled().m_cells; }
    PeerMatrixModel *model() { return settled().m_model; }
    QLabel *failedList() { return settled().m_failed; }
    QComboBox *checkBox() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshWhenShown();
    PeerMatrixView &settled();
    void retranslate();

    const PreflightTable *m_table = nullptr;
    bool m_stale = false; // the table changed while the view was hidden
    PeerMatrixModel *m_model = nullptr;
    QComboBox *m_check = nullptr;
    QTableView *m_cells = nullptr;
    QLabel *m_failed = nullptr;
};

} // namespace tkeci
