#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace tkeci {

class PreflightGridModel;

/// Under the preflight grid: what the operator can do about the selected node in place:
/// check it again, remove it from the plan, copy the fix command of the selected cell. The
/// same actions are in the grid's context menu (Menu key or right click). It decides nothing:
/// the page answers recheckRequested() and removeRequested(); a fix command is copied to the
/// clipboard and never run by us.
class PreflightNodeActions : public QWidget
{
    Q_OBJECT
public:
    PreflightNodeActions(QTableView *grid, PreflightGridModel *model, QWidget *parent = nullptr);

    /// While a run goes, nodes are neither re-checked nor removed (the fix can still be copied).
    void setRunning(bool running);
    void retranslate();
    /// The node of the grid's current cell, empty when none.
    QString currentNode() const;
    /// The fix command of the grid's current cell, empty when it has none.
    QString currentFix() const;

    QPushButton *recheckButton() const { return m_recheck; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *copyFixButton() const { return m_copyFix; }
    QLabel *noteLabel() const { return m_note; }
    /// Tells the operator why a node could not be removed (or clears it with "").
    void showNote(const QString &text);

public Q_SLOTS:
    /// Enables what applies to the current cell; the page calls it when results change.
    void refresh();
    void copyFix();

Q_SIGNALS:
    void recheckRequested(const QString &node);
    void removeRequested(const QString &node);

private:
    QTableView *m_grid;
    PreflightGridModel *m_model;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_copyFix = nullptr;
    QAction *m_recheckAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_copyFixAction = nullptr;
    QLabel *m_note = nullptr;
    bool m_running = false;
};

} // namespace tkeci
