#pragma once

#include "apply/LoginSecrets.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace tkeci {

/// Asks, per node, its password (auth: password) or the passphrase of its encrypted key file,
/// each field labelled with what it unlocks. The secrets live in this dialog's fields only;
/// the caller takes them with secrets() or passwords() and the fields are cleared when the
/// dialog goes away. Never written to a file: only when the operator ticks "Remember" are they
/// kept in the desktop keyring (and taken from it the next time), unticked they are removed.
class NodeSecretsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Why the secrets are needed: TKEStack logs in itself (new cluster), or this program
    /// logs in over SSH (the controller-manager edit, uninstall's node steps).
    enum class Purpose { Tkestack, Ssh };
    NodeSecretsDialog(
        const QList<SecretRequest> &requests, Purpose purpose, QWidget *parent = nullptr);
    ~NodeSecretsDialog() override;

    /// Node IP -> secret, as the SSH steps take them.
    NodeSecrets secrets() const;
    /// Node IP -> password or passphrase, as fillMachineCredentials() takes them.
    QHash<QString, QString> passwords() const;
    QList<QLineEdit *> fields() const { return m_fields; }
    QList<QLabel *> labels() const { return m_labels; }
    QCheckBox *rememberBox() const { return m_remember; }
    /// The keyring entry of a request.
    static QString keyringKey(const SecretRequest &request);

    void accept() override;

    /// Opens the dialog (SSH purpose, window-modal over `parent`, deleted on close, its fields
    /// cleared as it goes) for `requests`; `answer` gets the secrets, or nullopt when the
    /// operator cancels. The answer is dropped when `context` is gone.
    static QDialog *openForSsh(QWidget *parent, const QList<SecretRequest> &requests,
        QObject *context, std::function<void(std::optional<NodeSecrets>)> answer);

    /// What TKEStack needs to log in: passwords, and passphrases of encrypted key files (sent
    /// as passPhrase), for every node of `plan`.
    static QList<SecretRequest> forTkestack(const InstallPlan &plan);

private:
    void updateOk();

    QList<SecretRequest> m_requests;
    QList<QLineEdit *> m_fields;
    QList<QLabel *> m_labels;
    QDialogButtonBox *m_buttons = nullptr;
    QCheckBox *m_remember = nullptr;
    QList<bool> m_stored; // per request: the keyring had it when the dialog opened
};

} // namespace tkeci
