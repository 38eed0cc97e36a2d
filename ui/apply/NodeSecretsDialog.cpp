#include "NodeSecretsDialog.h"

#include "SecretKeyring.h"

#include "apply/MachineCredentials.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkeci {

NodeSecretsDialog::NodeSecretsDialog(
    const QList<SecretRequest> &requests, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
{
    setWindowTitle(tr("Node passwords and key passphrases"));
    setMinimumWidth(520); // the note wraps to a readable width, not to the field's
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(purpose == Purpose::Tkestack
            ? tr("TKEStack logs in to these nodes to install them. The passwords and "
                 "passphrases go into the Cluster object sent to the global cluster over "
                 "verified TLS; this program does not keep them unless you tick Remember.")
            : tr("This program logs in to these nodes over SSH, with the host keys preflight "
                 "accepted. The passwords and passphrases are kept in memory for this step "
                 "only and never written to a file; with Remember, the desktop keyring keeps "
                 "them."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *form = new QFormLayout;
    for (const SecretRequest &r : m_requests) {
        auto *field = new QLineEdit(this);
        field->setEchoMode(QLineEdit::Password);
        field->setObjectName(r.node.ip);
        connect(field, &QLineEdit::textChanged, this, &NodeSecretsDialog::updateOk);
        auto *label = new QLabel(secretPromptText(r), this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields.append(field);
        m_labels.append(label);
    }
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the desktop keyring (for the next run)"), this);
    layout->addWidget(m_remember);
    m_stored = QList<bool>(m_requests.size(), false);
    // What the keyring holds fills the fields (never ones the operator already typed in).
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        keyring::read(keyringKey(m_requests[i]), this, [this, i](std::optional<QString> secret) {
            if (!secret)
                return;
            m_stored[i] = true;
            if (m_fields[i]->text().isEmpty()) {
                m_fields[i]->setText(*secret);
                m_remember->setChecked(true);
            }
            secret->fill(QChar(0));
        });
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

NodeSecretsDialog::~NodeSecretsDialog()
{
    for (QLineEdit *f : std::as_const(m_fields)) {
        // Once the field lets go of its text, this copy is the only one: wipe it in place.
        QString text = f->text();
        f->clear();
        text.fill(QChar(0));
    }
}

QString NodeSecretsDialog::keyringKey(const SecretRequest &r)
{
    return r.kind == LoginSecret::KeyPassphrase
        ? keyring::passphraseKey(r.keyFile)
        : keyring::passwordKey(r.node.user, r.node.ip, r.node.port);
}

void NodeSecretsDialog::accept()
{
    // Kept (or dropped) as the operator said. The jobs outlive the dialog: the application
    // is their context, and a failure to store only means being asked again next time.
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        const QString key = keyringKey(m_requests[i]);
        if (m_remember->isChecked())
            keyring::write(key, m_fields[i]->text(), QCoreApplication::instance(), [](QString) {});
        else if (m_stored[i])
            keyring::remove(key, QCoreApplication::instance(), [](QString) {});
    }
    QDialog::accept();
}

void NodeSecretsDialog::updateOk()
{
    const bool all = std::all_of(
        m_fields.cbegin(), m_fields.cend(), [](QLineEdit *f) { return !f->text().isEmpty(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all);
}

NodeSecrets NodeSecretsDialog::secrets() const
{
    NodeSecrets out;
    for (qsizetype i = 0; i < m_requests.size(); ++i)
        out.insert(m_requests[i].node.ip, m_fields[i]->text().toUtf8());
    return out;
}

QHash<QString, QString> NodeSecretsDialog::passwords() const
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < m_requests.size(); ++i)
        out.insert(m_requests[i].node.ip, m_fields[i]->text());
    return out;
}

QList<SecretRequest> NodeSecretsDialog::forTkestack(const InstallPlan &plan)
{
    QList<SecretRequest> out;
    for (const NodeSpec &n : plan.nodes) {
        if (n.auth == AuthMethod::Password)
            out.append({n, LoginSecret::Password, QString()});
        else if (n.auth == AuthMethod::Key && keyFileIsEncrypted(n.keyFile, QDir::homePath()))
            out.append({n, LoginSecret::KeyPassphrase, n.keyFile});
    }
    return out;
}

QDialog *NodeSecretsDialog::openForSsh(QWidget *parent, const QList<SecretRequest> &requests,
    QObject *context, std::function<void(std::optional<NodeSecrets>)> answer)
{
    auto *dialog = new NodeSecretsDialog(requests, NodeSecretsDialog::Purpose::Ssh, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose); // its fields are cleared as it goes
    QObject::connect(
        dialog, &QDialog::finished, context, [dialog, answer = std::move(answer)](int result) {
            if (result != QDialog::Accepted) {
                answer(std::nullopt);
                return;
            }
            NodeSecrets secrets = dialog->secrets();
            answer(secrets);
            wipeSecrets(secrets);
        });
    dialog->open();
    return dialog;
}

} // namespace tkeci
