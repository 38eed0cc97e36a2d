#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace tkeci {

/// "Paste lines…" on the Nodes page: a list of nodes, one per line. Unlike
/// QInputDialog::getMultiLineText, Tab here moves the focus on (to OK), as in any other field;
/// a node line never needs a tab character (spaces separate its parts).
class PasteNodesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteNodesDialog(QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *editor() const { return m_edit; }

private:
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace tkeci
