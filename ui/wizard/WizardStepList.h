#pragma once

#include <QListWidget>

#include <tuple>

class QWizard;

namespace tkeci {

/// Beside the pages, as an operating system's installer has it: every page of the way through,
/// in order, with where the operator is, what is done and what is left. The way follows the
/// answers (export-only has no preflight and no apply; Galaxy skips the Cilium pages), so it
/// is read from the pages' own nextId() each time. A page whose work failed (failed preflight
/// checks, an apply that ended in an error) is marked. Shows; it does not navigate: going
/// back and forth stays with the wizard's buttons, which know what may be left.
class WizardStepList : public QListWidget
{
    Q_OBJECT
public:
    enum class Mark { Done, Current, Failed, Ahead };

    explicit WizardStepList(QWizard &wizard, QWidget *parent = nullptr);

    /// The page of each row and its mark, as last shown.
    int pageAt(int row) const;
    Mark markAt(int row) const;

    /// Shows the way again (soon: many changes in one turn of the event loop become one).
    void scheduleRefresh();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<int> way() const;

    QWizard &m_wizard;
    bool m_scheduled = false;
    QList<std::tuple<int, Mark, QString>> m_shown; // page, mark, name of each row shown
};

} // namespace tkeci
