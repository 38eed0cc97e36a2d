#include "ControllerManagerDialog.h"

#include "apply/ControllerManagerUpdate.h"
#include "widgets/DiffHighlighter.h"
#include "widgets/StatusTone.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tkeci {

ControllerManagerDialog::ControllerManagerDialog(
    const QList<MasterEditPlan> &plans, QWidget *parent)
    : QDialog(parent)
    , m_plans(plans)
{
    setWindowTitle(tr("kube-controller-manager on the masters"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);
    m_tabs = new QTabWidget(this);
    for (const MasterEditPlan &p : m_plans)
        m_tabs->addTab(pageFor(p), p.node.ip);
    layout->addWidget(m_tabs, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    setLabelTone(m_problem, Tone::Bad);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_edit = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_stop = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_stop->setDefault(true); // Enter never edits a master by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QStringList unreadable;
    int toChange = 0;
    for (const MasterEditPlan &p : m_plans) {
        if (!p.edit.error.isEmpty())
            unreadable.append(p.node.ip);
        else if (p.edit.changed)
            ++toChange;
    }
    m_edit->setEnabled(unreadable.isEmpty() && toChange > 0);
    m_problem->setVisible(!unreadable.isEmpty());
    m_intro->setText(
        tr("Overlay mode: tke-eni-ipamd hands out the pod CIDRs, so kube-controller-manager "
           "must run with %1. %n master(s) get the change below in %2; the original is kept "
           "as %3 (kubelet ignores dot files) and uninstall puts it back. Nothing is applied "
           "to the cluster before the masters are edited.",
            nullptr, toChange)
            .arg(overlayControllerManagerFlags().join(u' '), kControllerManagerManifest,
                controllerManagerBackupPath(kControllerManagerManifest)));
    m_problem->setText(
        tr("%1 could not be read or changed safely (see the tab). No master is touched: fix "
           "the access, or set the flags yourself and choose so on the Apply page.")
            .arg(unreadable.join(QStringLiteral(", "))));
    m_edit->setText(tr("&Edit the masters"));
    m_stop->setText(tr("S&top"));
    colour();
}

QWidget *ControllerManagerDialog::pageFor(const MasterEditPlan &plan)
{
    if (!plan.edit.error.isEmpty() || !plan.edit.changed) {
        auto *label = new QLabel(plan.edit.error.isEmpty()
                ? tr("The flags are already right; this master is not touched.")
                : plan.edit.error);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (!plan.edit.error.isEmpty())
            setLabelTone(label, Tone::Bad);
        return label;
    }
    auto *view = new QPlainTextEdit;
    view->setObjectName(plan.node.ip);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString where = QStringLiteral("%1:%2").arg(plan.node.ip, kControllerManagerManifest);
    view->setPlainText(QStringLiteral("--- %1\n+++ %1\n").arg(where) + plan.edit.diff.join(u'\n'));
    new DiffHighlighter(view->document());
    return view;
}

QPlainTextEdit *ControllerManagerDialog::diffView(const QString &ip) const
{
    return m_tabs->findChild<QPlainTextEdit *>(ip);
}

void ControllerManagerDialog::colour()
{
    for (QPlainTextEdit *view : m_tabs->findChildren<QPlainTextEdit *>()) {
        if (auto *h = view->document()->findChild<QSyntaxHighlighter *>())
            if (auto *diff = qobject_cast<DiffHighlighter *>(h))
                diff->setPalette(palette());
    }
}

void ControllerManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colour();
    QDialog::changeEvent(event);
}

} // namespace tkeci
