#pragma once

#include "plan/InstallPlan.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QDialogButtonBox;

namespace tkeci {

/// Asks the login password of every node whose profile says `auth: password`, for the
/// TKEStack Cluster object (TKEStack logs in itself). The passwords live in this dialog's
/// fields only; the caller takes them with passwords() and the fields are cleared when the
/// dialog goes away. Never written anywhere.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(const QList<NodeSpec> &nodes, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    /// Node IP -> password, as fillMachineCredentials() takes them.
    QHash<QString, QString> passwords() const;
    QList<QLineEdit *> fields() const { return m_fields; }

    /// The nodes of `plan` that log in with a password.
    static QList<NodeSpec> passwordNodes(const InstallPlan &plan);

private:
    void updateOk();

    QList<NodeSpec> m_nodes;
    QList<QLineEdit *> m_fields;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tkeci
