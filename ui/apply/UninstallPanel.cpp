#include "UninstallPanel.h"

#include "UninstallNodeSteps.h"
#include "apply/ControllerManagerUpdate.h"
#include "apply/MasterChanges.h"
#include "widgets/StatusTone.h"

#include <QCheckBox>
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
    // The option first, then the button that acts on it.
    m_cleanNodes = new QCheckBox(this);
    m_cleanNodes->hide();
    layout->addWidget(m_cleanNodes);
    m_button = new QPushButton(this);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    m_nodeSteps = new UninstallNodeSteps(this);
    connect(m_nodeSteps, &UninstallNodeSteps::nodeDone, this,
        [this](const QString &node, const QString &outcome, bool ok) {
            auto *item = new QTreeWidgetItem(m_list, {tr("node %1").arg(node), outcome});
            if (!ok)
                item->setForeground(1, toneColor(palette(), Tone::Bad));
            m_list->scrollToItem(item);
        });
    connect(m_nodeSteps, &UninstallNodeSteps::finished, this, [this](bool ok) {
        m_lines.append(ok ? tr("The nodes are done.")
                          : tr("A node step failed (see its row); the rest was done."));
        complete(ok);
    });
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
                    .arg(m_access->server.toString(), m_access->contextName)
                + (m_cleanNodes->isChecked() ? u'\n'
                            + tr("Then remove Cilium's links and CNI files from every node over "
                                 "SSH.")
                                             : QString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            uninstall();
    });
    retranslate();
}

UninstallPanel::~UninstallPanel()
{
    m_nodeSteps->cancel();
    m_client.reset(); // first: no reply reaches the uninstaller afterwards
}

bool UninstallPanel::isRunning() const
{
    return m_uninstaller != nullptr || m_nodeSteps->isRunning();
}

void UninstallPanel::setNodes(
    const InstallPlan &plan, const PreflightOptions &ssh, bool mastersMayBeEdited)
{
    m_plan = plan;
    m_mastersMayBeEdited = mastersMayBeEdited;
    m_ssh = ssh;
    m_cleanNodes->setVisible(!plan.nodes.isEmpty());
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
    if (!m_access || isRunning())
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
    connect(m_uninstaller.get(), &Uninstaller::finished, this, &UninstallPanel::deleted);
    m_uninstaller->start(m_inventoryFile);
}

void UninstallPanel::deleted(const UninstallResult &r)
{
    m_lines.clear();
    end();
    if (!r.ok()) {
        m_lines.append(r.failedObject.isEmpty()
                ? r.error->message
                : tr("Stopped at %1: %2").arg(r.failedObject, r.error->message));
        complete(false);
        return;
    }
    m_lines.append(tr("Uninstalled: %1 deleted, %2 already gone.")
                       .arg(r.deleted.size())
                       .arg(r.alreadyGone.size()));
    for (const QString &node : r.unlabelledNodes)
        m_lines.append(tr("node %1: underlay labels removed").arg(node));
    // The masters get their backups back. In overlay mode, unless the operator set the flags
    // himself, every master of the profile is asked, as `uninstall --profile` does: a run stopped
    // while the masters were being edited has not recorded them yet, and a master without a backup
    // is simply left as it is.
    QList<NodeSpec> restore;
    QStringList unknown = r.editedMasters;
    const bool overlay = m_mastersMayBeEdited && m_plan.isCilium() && !m_plan.isUnderlay();
    for (const NodeSpec &m : m_plan.masters()) {
        if (unknown.removeAll(m.ip) > 0 || overlay)
            restore.append(m);
    }
    if (!unknown.isEmpty())
        m_lines.append(tr("kube-controller-manager was edited on %1, which the profile does not "
                          "list: move %2 back over %3 there yourself.")
                           .arg(unknown.join(QStringLiteral(", ")),
                               controllerManagerBackupPath(kControllerManagerManifest),
                               kControllerManagerManifest));
    const QList<NodeSpec> clean = m_cleanNodes->isChecked() ? m_plan.nodes : QList<NodeSpec>();
    if (restore.isEmpty() && clean.isEmpty()) {
        complete(unknown.isEmpty());
        return;
    }
    m_result->setText(m_lines.join(u'\n') + u'\n' + tr("Now on the nodes, over SSH…"));
    m_nodeSteps->start(restore, clean, m_ssh);
}

void UninstallPanel::complete(bool ok)
{
    m_result->setText(m_lines.join(u'\n'));
    setLabelTone(m_result, ok ? Tone::Neutral : Tone::Bad);
    m_button->setEnabled(!ok); // an interrupted uninstall can simply be run again
    Q_EMIT finished(ok);
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
    m_cleanNodes->setText(tr("Also remove Cilium's links and CNI files from every node (SSH)"));
}

void UninstallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
