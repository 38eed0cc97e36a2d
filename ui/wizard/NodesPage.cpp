#include "NodesPage.h"

#include "PasteNodesDialog.h"

#include "WizardState.h"
#include "apply/ClusterNodesPanel.h"
#include "models/NodeTableModel.h"
#include "plan/PlanEnums.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/FieldFeedback.h"
#include "widgets/NumberGuard.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace tkeci {

NodesPage::NodesPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_cluster = new ClusterNodesPanel(m_state.config, this);
    layout->addWidget(m_cluster);
    m_model = new NodeTableModel(m_state.config, NodeTableModel::Columns::Connection, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not on CurrentChanged: moving with the arrows must leave Delete and Ctrl+V to the table.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setItemDelegateForColumn(m_model->columnOf(NodeTableModel::Role),
        new ChoiceDelegate(
            [] {
                return QList<std::pair<QString, QString>> {
                    {NodeTableModel::tr("master", "node role"), toProfileString(NodeRole::Master)},
                    {NodeTableModel::tr("worker", "node role"), toProfileString(NodeRole::Worker)}};
            },
            this));
    m_table->setItemDelegateForColumn(m_model->columnOf(NodeTableModel::Auth),
        new ChoiceDelegate(
            [] {
                return QList<std::pair<QString, QString>> {
                    {NodeTableModel::tr("key file", "SSH authentication"),
                        toProfileString(AuthMethod::Key)},
                    {NodeTableModel::tr("SSH agent", "SSH authentication"),
                        toProfileString(AuthMethod::Agent)},
                    {NodeTableModel::tr("password (asked)", "SSH authentication"),
                        toProfileString(AuthMethod::Password)}};
            },
            this));
    // Port: the cell cannot hold a number out of range, and says so when one is typed.
    auto *ports = new NumberDelegate(1, 65535, this);
    m_table->setItemDelegateForColumn(m_model->columnOf(NodeTableModel::Port), ports);
    connect(ports, &NumberDelegate::refused, this,
        [this, ports](const QModelIndex &cell, const QString &value) {
            m_refusal = outOfRange(m_model->pathOf(cell.row(), NodeTableModel::Port), value,
                ports->minimum(), ports->maximum());
            showProblems();
        });
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_paste = new QPushButton(this);
    m_keyFile = new QPushButton(this);
    for (QPushButton *b : {m_add, m_remove, m_paste, m_keyFile})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_problems = makeReasonLabel(this);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);
    m_toFill = new QLabel(this);
    m_toFill->setWordWrap(true);
    m_toFill->setVisible(false);
    layout->addWidget(m_toFill);

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_state.config.addNode();
        const QModelIndex cell = m_model->index(m_model->rowCount() - 1, 0);
        m_table->setCurrentIndex(cell);
        m_table->edit(cell);
    });
    connect(m_remove, &QPushButton::clicked, this,
        [this] { m_state.config.removeNodes(selectedRows()); });
    connect(m_paste, &QPushButton::clicked, this, &NodesPage::pasteLines);
    // Pasting a list straight into the table, and Delete on selected rows, as in a spreadsheet.
    auto *paste = new QShortcut(QKeySequence::Paste, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(paste, &QShortcut::activated, this,
        [this] { m_state.config.pasteNodes(QGuiApplication::clipboard()->text()); });
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this,
        [this] { m_state.config.removeNodes(selectedRows()); });
    connect(m_keyFile, &QPushButton::clicked, this, &NodesPage::chooseKeyFile);
    connect(&m_state.config, &PlanConfig::changed, this, [this] {
        m_refusal.reset(); // a refused number stays said until the next accepted change
        showProblems();
        Q_EMIT completeChanged();
    });
    connect(&m_state.config, &PlanConfig::shownChanged, this, &NodesPage::showProblems);
    retranslate();
}

QList<int> NodesPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    return rows;
}

void NodesPage::pasteLines()
{
    PasteNodesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_state.config.pasteNodes(dialog.text());
}

void NodesPage::chooseKeyFile()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the SSH private key"),
        QDir::home().filePath(QStringLiteral(".ssh")), tr("All files (*)"), nullptr,
        QFileDialog::DontResolveSymlinks);
    if (path.isEmpty())
        return;
    // Stored as a path (never the key itself); the home folder is written as ~ so the
    // profile works for the same user on another workstation.
    QString shown = path;
    if (shown.startsWith(QDir::homePath() + u'/'))
        shown = u'~' + shown.mid(QDir::homePath().size());
    for (int row : rows) {
        NodeSpec node = m_state.config.nodes().value(row);
        node.auth = AuthMethod::Key;
        node.keyFile = shown;
        m_state.config.setNode(row, node);
    }
}

void NodesPage::initializePage()
{
    // An existing cluster chosen on the Target page: its nodes are read and compared.
    if (m_state.config.target() == Target::ExistingCluster && m_state.cluster.access)
        m_cluster->read(*m_state.cluster.access);
    else
        m_cluster->clear();
}

bool NodesPage::isComplete() const
{
    return m_state.config.isValidUnder({QStringLiteral("nodes")});
}

void NodesPage::showProblems()
{
    // Problems in the page's words ("Row 2, SSH port: ..."); what is merely not filled in yet
    // is listed apart, in the neutral tone, so that a disabled Next has a reason in view.
    QStringList lines;
    QStringList toFill;
    if (m_refusal)
        lines.append(problemLine(*m_refusal, FieldNames::PageLabels));
    for (const Problem &p : m_state.config.problemsUnder(QStringLiteral("nodes"))) {
        if (m_state.config.isShown(p))
            lines.append(problemLine(p, FieldNames::PageLabels));
        else
            toFill.append(problemLine(p, FieldNames::PageLabels));
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    m_toFill->setText(toFill.isEmpty()
            ? QString()
            : tr("Still to fill in before Next:") + u'\n' + toFill.join(u'\n'));
    m_toFill->setVisible(!toFill.isEmpty());
}

void NodesPage::retranslate()
{
    setTitle(tr("Nodes"));
    setSubTitle(tr("The machines of the cluster and how the installer logs in to them over SSH."));
    m_hint->setText(tr("At least one master. Passwords are asked for when the installer "
                       "connects and are never stored."));
    m_add->setText(tr("&Add node"));
    m_remove->setText(tr("&Remove"));
    m_paste->setText(tr("&Paste lines…"));
    m_keyFile->setText(tr("Choose &key file…"));
    m_model->retranslate();
    showProblems();
}

} // namespace tkeci
