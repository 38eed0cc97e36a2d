#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tkeci {
class NodeTableModel;

/// The machines of the cluster: address, SSH port, user, role, authentication, key file.
/// Rows are added one by one or pasted many at once; problems show in the cells.
class NodesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit NodesPage(WizardState &state, QWidget *parent = nullptr);
    bool isComplete() const override;
    QTableView *table() const { return m_table; }
    NodeTableModel *model() const { return m_model; }

protected:
    void retranslate() override;

private:
    void showProblems();
    void pasteLines();
    void chooseKeyFile();
    QList<int> selectedRows() const;

    NodeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_keyFile = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace tkeci
