#include "UninstallPanel.h"

#include "NodeSecretsDialog.h"
#include "widgets/StatusTone.h"

#include <QCheckBox>
#include <QDialog>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    if (QDialog *dialog = m_dialog.data()) {
        dialog->disconnect();
        dialog->close();
    }
}

bool UninstallPanel::isRunning() const
{
    return m_run != nullptr;
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
    m_run = std::make_unique<UninstallRun>(*m_access);
    UninstallRun *run = m_run.get();
    connect(run, &UninstallRun::objectDeleted, this,
        [this](int, int, const QString &object, bool deleted) {
            addRow(object, deleted ? tr("deleted") : tr("already gone"), true);
        });
    connect(run, &UninstallRun::stepStarted, this, [this](UninstallStep step) {
        if (step != UninstallStep::DeleteObjects)
            m_result->setText(tr("Now on the nodes, over SSH…"));
    });
    connect(
        run, &UninstallRun::secretsNeeded, this, [this, run](const QList<SecretRequest> &requests) {
            m_dialog = NodeSecretsDialog::openForSsh(
                window(), requests, run, [run](std::optional<NodeSecrets> secrets) {
                    if (secrets)
                        run->provideSecrets(*secrets);
                    else
                        run->declineSecrets();
                });
        });
    connect(run, &UninstallRun::nodeDone, this, [this](UninstallStep, const NodeStepEvent &e) {
        addRow(tr("node %1").arg(e.node), nodeStepOutcomeText(e), e.ok());
    });
    connect(run, &UninstallRun::finished, this, &UninstallPanel::finish);
    UninstallRunOptions options;
    options.inventoryFile = m_inventoryFile;
    options.plan = m_plan;
    options.ssh = m_ssh;
    options.mastersMayBeEdited = m_mastersMayBeEdited;
    options.cleanNodes = m_cleanNodes->isChecked();
    run->start(options);
}

void UninstallPanel::addRow(const QString &first, const QString &second, bool ok)
{
    auto *item = new QTreeWidgetItem(m_list, {first, second});
    if (!ok)
        item->setForeground(1, toneColor(palette(), Tone::Bad));
    m_list->scrollToItem(item);
    if (m_list->topLevelItemCount() == 1)
        m_list->resizeColumnToContents(0);
}

void UninstallPanel::finish(const UninstallRunResult &r)
{
    QStringList lines;
    if (!r.objects.ok())
        lines.append(r.objects.failedObject.isEmpty()
                ? r.objects.error->message
                : tr("Stopped at %1: %2").arg(r.objects.failedObject, r.objects.error->message));
    lines += uninstallSummaryLines(r);
    if (!r.nodes.isEmpty())
        lines.append(r.nodesOk() ? tr("The nodes are done.")
                                 : tr("A node step failed (see its row); the rest was done."));
    if (!r.unknownEditedMasters.isEmpty())
        lines.append(mastersLeftText(r.unknownEditedMasters));
    m_result->setText(lines.join(u'\n'));
    setLabelTone(m_result, r.ok() ? Tone::Neutral : Tone::Bad);
    m_button->setEnabled(!r.ok()); // an interrupted uninstall can simply be run again
    // Deleted later: this slot runs inside the run's own signal.
    m_run->disconnect(this);
    m_run.release()->deleteLater();
    Q_EMIT finished(r.ok());
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
