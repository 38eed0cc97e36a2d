#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tkeci {

/// Names the known hosts file preflight, apply and uninstall log in with (the command line's
/// --known-hosts). Empty means the default, ~/.ssh/known_hosts, shown as the placeholder. The
/// file need not exist: it is made when the first key is trusted.
class KnownHostsChooser : public QWidget
{
    Q_OBJECT
public:
    explicit KnownHostsChooser(QWidget *parent = nullptr);

    QString path() const;
    /// Shows `path` without announcing it (the page loads it from the shared options).
    void setPath(const QString &path);
    void retranslate();
    QLineEdit *edit() const { return m_edit; }

Q_SIGNALS:
    /// The operator typed or chose a file ("" for the default).
    void pathChanged(const QString &path);

private:
    void choose();

    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace tkeci
