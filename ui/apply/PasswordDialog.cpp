#include "PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkeci {

PasswordDialog::PasswordDialog(const QList<NodeSpec> &nodes, QWidget *parent)
    : QDialog(parent)
    , m_nodes(nodes)
{
    setWindowTitle(tr("Node passwords"));
    setMinimumWidth(480); // the note wraps to a readable width, not to the field's
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("TKEStack logs in to these nodes to install them. The passwords "
                               "go into the Cluster object sent to the global cluster over "
                               "verified TLS; this program does not keep them."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *form = new QFormLayout;
    for (const NodeSpec &node : m_nodes) {
        auto *field = new QLineEdit(this);
        field->setEchoMode(QLineEdit::Password);
        field->setObjectName(node.ip);
        connect(field, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
        form->addRow(tr("%1@%2:").arg(node.user, node.ip), field);
        m_fields.append(field);
    }
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

PasswordDialog::~PasswordDialog()
{
    for (QLineEdit *f : std::as_const(m_fields))
        f->clear();
}

void PasswordDialog::updateOk()
{
    const bool all = std::all_of(
        m_fields.cbegin(), m_fields.cend(), [](QLineEdit *f) { return !f->text().isEmpty(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all);
}

QHash<QString, QString> PasswordDialog::passwords() const
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        out.insert(m_nodes[i].ip, m_fields[i]->text());
    return out;
}

QList<NodeSpec> PasswordDialog::passwordNodes(const InstallPlan &plan)
{
    QList<NodeSpec> out;
    for (const NodeSpec &n : plan.nodes) {
        if (n.auth == AuthMethod::Password)
            out.append(n);
    }
    return out;
}

} // namespace tkeci
