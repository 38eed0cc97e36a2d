#include "UninstallPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tkeci {

UninstallPanel::UninstallPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(this);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->hide();
    layout->addWidget(m_list, 1);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_access)
            return;
        const auto answer = QMessageBox::question(this, tr("Uninstall"),
            tr("Delete everything this program installed on %1 (context \"%2\"), and take the "
               "underlay labels off the nodes?")
                .arg(m_access->server.toString(), m_access->contextName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            uninstall();
    });
    retranslate();
}

UninstallPanel::~UninstallPanel()
{
    m_client.reset(); // first: no reply reaches the uninstaller afterwards
}

void UninstallPanel::setAccess(
    const std::optional<ClusterAccess> &access, const QString &inventoryFile)
{
    m_access = access;
    m_inventoryFile = inventoryFile;
    setVisible(access.has_value());
}

void UninstallPanel::uninstall()
{
    if (!m_access || m_uninstaller)
        return;
    m_list->clear();
    m_list->show();
    m_result->clear();
    m_button->setEnabled(false);
    m_client = std::make_unique<KubeClient>(*m_access);
    m_uninstaller = std::make_unique<Uninstaller>(*m_client);
    connect(m_uninstaller.get(), &Uninstaller::stepFinished, this,
        [this](int, int, const QString &object, bool deleted) {
            auto *item = new QTreeWidgetItem(
                m_list, {object, deleted ? tr("deleted") : tr("already gone")});
            m_list->scrollToItem(item);
            if (m_list->topLevelItemCount() == 1)
                m_list->resizeColumnToContents(0);
        });
    connect(m_uninstaller.get(), &Uninstaller::finished, this, [this](const UninstallResult &r) {
        QStringList lines;
        if (r.ok()) {
            lines.append(tr("Uninstalled: %1 deleted, %2 already gone.")
                             .arg(r.deleted.size())
                             .arg(r.alreadyGone.size()));
            for (const QString &node : r.unlabelledNodes)
                lines.append(tr("node %1: underlay labels removed").arg(node));
        } else {
            lines.append(r.failedObject.isEmpty()
                    ? r.error->message
                    : tr("Stopped at %1: %2").arg(r.failedObject, r.error->message));
        }
        m_result->setText(lines.join(u'\n'));
        m_result->setStyleSheet(r.ok() ? QString() : QStringLiteral("QLabel { color: #b00020; }"));
        m_button->setEnabled(!r.ok()); // an interrupted uninstall can simply be run again
        end();
        Q_EMIT finished(r.ok());
    });
    m_uninstaller->start(m_inventoryFile);
}

void UninstallPanel::end()
{
    // Runs inside the uninstaller's signal: both go once control is back in the event loop.
    QObject *uninstaller = m_uninstaller.release();
    KubeClient *client = m_client.release();
    uninstaller->disconnect(this);
    QTimer::singleShot(0, client, [client, uninstaller] {
        delete client;
        delete uninstaller;
    });
}

void UninstallPanel::retranslate()
{
    m_button->setText(tr("&Uninstall…"));
    m_list->setHeaderLabels({tr("Object"), tr("Result")});
}

void UninstallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
