#pragma once

#include "apply/Uninstaller.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tkeci {

/// Uninstall from the Finish page: after a confirmation naming the server and context,
/// deletes what the inventory lists (reverse order, labels off again) and lists each object
/// as it goes (deleted / already gone), or the failure.
class UninstallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UninstallPanel(QWidget *parent = nullptr);
    ~UninstallPanel() override;

    /// Where to uninstall from; nullopt hides the panel.
    void setAccess(const std::optional<ClusterAccess> &access, const QString &inventoryFile);
    /// Deletes now, without asking (the button asks first).
    void uninstall();
    bool isRunning() const { return m_uninstaller != nullptr; }

    QPushButton *button() const { return m_button; }
    QTreeWidget *list() const { return m_list; }
    QLabel *result() const { return m_result; }

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void end();

    std::optional<ClusterAccess> m_access;
    QString m_inventoryFile;
    std::unique_ptr<Uninstaller> m_uninstaller;
    std::unique_ptr<KubeClient> m_client; // after the uninstaller: destroyed first
    QPushButton *m_button = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace tkeci
