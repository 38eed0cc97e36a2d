#include "PreflightNodeActions.h"

#include "models/PreflightGridModel.h"
#include "preflight/FixCommand.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tkeci {

PreflightNodeActions::PreflightNodeActions(
    QTableView *grid, PreflightGridModel *model, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_recheck = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_copyFix = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("recheckNode"));
    m_remove->setObjectName(QStringLiteral("removeNode"));
    m_copyFix->setObjectName(QStringLiteral("copyFixCommand"));
    row->addWidget(m_recheck);
    row->addWidget(m_remove);
    row->addWidget(m_copyFix);
    row->addStretch(1);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    layout->addWidget(m_note);

    // The grid's context menu holds the same actions, so they are reachable where the eye is.
    m_recheckAction = new QAction(grid);
    m_removeAction = new QAction(grid);
    m_copyFixAction = new QAction(grid);
    grid->addActions({m_recheckAction, m_removeAction, m_copyFixAction});
    grid->setContextMenuPolicy(Qt::ActionsContextMenu);

    const auto recheck = [this] {
        if (const QString node = currentNode(); !node.isEmpty() && !m_running)
            Q_EMIT recheckRequested(node);
    };
    const auto remove = [this] {
        if (const QString node = currentNode(); !node.isEmpty() && !m_running)
            Q_EMIT removeRequested(node);
    };
    connect(m_recheck, &QPushButton::clicked, this, recheck);
    connect(m_recheckAction, &QAction::triggered, this, recheck);
    connect(m_remove, &QPushButton::clicked, this, remove);
    connect(m_removeAction, &QAction::triggered, this, remove);
    connect(m_copyFix, &QPushButton::clicked, this, &PreflightNodeActions::copyFix);
    connect(m_copyFixAction, &QAction::triggered, this, &PreflightNodeActions::copyFix);
    connect(grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showNote({});
        refresh();
    });
    // A note about a node of the old table (a fix copied) says nothing about the new one.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showNote({});
        refresh();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &PreflightNodeActions::refresh);
    retranslate();
}

void PreflightNodeActions::setRunning(bool running)
{
    m_running = running;
    refresh();
}

QString PreflightNodeActions::currentNode() const
{
    const QModelIndex i = m_grid->currentIndex();
    return i.isValid() ? m_model->nodes().value(i.row()) : QString();
}

QString PreflightNodeActions::currentFix() const
{
    const QModelIndex i = m_grid->currentIndex();
    const auto r = m_model->result(i.row(), i.column());
    return r && r->verdict != Verdict::Pass ? fixCommand(*r) : QString();
}

void PreflightNodeActions::refresh()
{
    const bool node = !currentNode().isEmpty();
    const bool fix = !currentFix().isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_recheck), static_cast<QWidget *>(m_remove)})
        w->setEnabled(node && !m_running);
    m_recheckAction->setEnabled(node && !m_running);
    m_removeAction->setEnabled(node && !m_running);
    m_copyFix->setEnabled(fix);
    m_copyFixAction->setEnabled(fix);
}

void PreflightNodeActions::copyFix()
{
    const QString command = currentFix();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    showNote(tr("Copied to the clipboard; run it on %1 as root. This program runs nothing "
                "on the node:\n%2")
                 .arg(currentNode(), command));
}

void PreflightNodeActions::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void PreflightNodeActions::retranslate()
{
    m_recheck->setText(tr("Re-chec&k node"));
    m_remove->setText(tr("Re&move node from plan"));
    m_copyFix->setText(tr("Cop&y fix command"));
    m_recheck->setToolTip(tr("Check the selected node again; the other results are kept."));
    m_remove->setToolTip(tr("Take the selected node out of the plan; every page then works "
                            "without it. Add it again on the Nodes page."));
    m_copyFix->setToolTip(tr("Copy the command that fixes the selected check (or shows what "
                             "is wrong) to the clipboard. Nothing is run."));
    m_recheckAction->setText(m_recheck->text().remove(u'&'));
    m_removeAction->setText(m_remove->text().remove(u'&'));
    m_copyFixAction->setText(m_copyFix->text().remove(u'&'));
}

} // namespace tkeci
