#pragma once

#include "kube/KubeConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tkeci {

/// A kubeconfig choice as the operator made it: the path(s) as shown (several joined as in
/// $KUBECONFIG), the context, and what they resolve to (nullopt when unusable).
struct KubeAccessChoice
{
    QString path;
    QString context;
    std::optional<ClusterAccess> access;
};

/// Which cluster to talk to: a kubeconfig file (default $KUBECONFIG, else ~/.kube/config;
/// a file picker), one of its contexts, and what that resolves to (server, context, user),
/// with a visible warning when the kubeconfig turns TLS verification off. Reads local files
/// only; nothing is sent anywhere until the page commits.
class KubeAccessPicker : public QWidget
{
    Q_OBJECT
public:
    explicit KubeAccessPicker(QWidget *parent = nullptr);

    /// Fills the path the way kubectl chooses it, unless the operator typed one.
    void useDefaultPath();
    void setKubeconfig(const QString &path);
    void setContext(const QString &context);
    /// The path(s) as shown (several joined as in $KUBECONFIG).
    QString kubeconfig() const;
    KubeAccessChoice choice() const;
    /// Shows a choice another page made, unless it is shown already; none yet: the default
    /// path, as kubectl chooses it.
    void choose(const KubeAccessChoice &choice);
    /// The resolved access, nullopt while the file or context cannot be used.
    const std::optional<ClusterAccess> &access() const { return m_access; }

    QComboBox *contextCombo() const { return m_context; }
    QLabel *serverLabel() const { return m_server; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void accessChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload(); // re-reads the file(s) with the chosen context
    void showResult();

    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_contextLabel = nullptr;
    QComboBox *m_context = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    KubeConfigResult m_result;
    std::optional<ClusterAccess> m_access;
    bool m_filling = false; // the combo is being refilled: its signals are ours
    QString m_loadedPath; // the path text reload() last read
};

} // namespace tkeci
