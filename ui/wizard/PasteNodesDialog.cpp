#include "PasteNodesDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tkeci {

PasteNodesDialog::PasteNodesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteNodesDialog"));
    setWindowTitle(tr("Paste nodes"));
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(tr("One node per line: address[:port] [user] [master|worker]"), this);
    m_label->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(480, 320);
}

QString PasteNodesDialog::text() const
{
    return m_edit->toPlainText();
}

} // namespace tkeci
