#pragma once

#include "apply/MasterChanges.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tkeci {

/// The overlay kube-controller-manager change, shown before any master is touched: one tab
/// per master with the diff of its static pod manifest (monospace, removed and added lines
/// coloured from the palette), or why it could not be read, or that it is already right; the
/// file and the backup path. "Edit the masters" accepts, "Stop" rejects; with a master that
/// could not be read only Stop is possible.
class ControllerManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ControllerManagerDialog(const QList<MasterEditPlan> &plans, QWidget *parent = nullptr);

    /// The diff shown for master `ip`, nullptr when it has none (error, already right).
    QPlainTextEdit *diffView(const QString &ip) const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *intro() const { return m_intro; }
    QLabel *problem() const { return m_problem; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *stopButton() const { return m_stop; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *pageFor(const MasterEditPlan &plan);
    void colour();

    QList<MasterEditPlan> m_plans;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace tkeci
