#include "ControllerManagerDialog.h"

#include "apply/ControllerManagerUpdate.h"
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
namespace {

/// Removed lines on a red tint, added lines on a green one, both mixed into the palette's
/// base colour so they read on light and dark themes alike.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    explicit DiffHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    { }
    void setPalette(const QPalette &palette)
    {
        const auto mix = [&palette](QColor tint) {
            const QColor base = palette.color(QPalette::Base);
            const qreal a = base.lightnessF() < 0.5 ? 0.35 : 0.2; // dark themes need more
            return QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                base.greenF() * (1 - a) + tint.greenF() * a,
                base.blueF() * (1 - a) + tint.blueF() * a);
        };
        m_removed = QTextCharFormat();
        m_removed.setBackground(mix(QColor(0xd0, 0x20, 0x20)));
        m_added = QTextCharFormat();
        m_added.setBackground(mix(QColor(0x20, 0xa0, 0x40)));
        m_header = QTextCharFormat();
        m_header.setFontWeight(QFont::Bold);
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("+++")))
            setFormat(0, int(text.size()), m_header);
        else if (text.startsWith(u'-'))
            setFormat(0, int(text.size()), m_removed);
        else if (text.startsWith(u'+'))
            setFormat(0, int(text.size()), m_added);
    }

private:
    QTextCharFormat m_removed, m_added, m_header;
};

} // namespace

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
            static_cast<DiffHighlighter *>(h)->setPalette(palette());
    }
}

void ControllerManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colour();
    QDialog::changeEvent(event);
}

} // namespace tkeci
