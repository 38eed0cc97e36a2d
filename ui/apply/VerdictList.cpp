#include "VerdictList.h"

#include "widgets/StatusTone.h"

#include <QEvent>
#include <QHeaderView>

namespace tkeci {
namespace {
// Per row: whether it passed, and whether that is final (else still waiting).
constexpr int PassedRole = Qt::UserRole;
constexpr int FinalRole = Qt::UserRole + 1;
// A check left out: why (translated when the run decided it), shown instead of a verdict.
constexpr int SkippedRole = Qt::UserRole + 2;
} // namespace

VerdictList::VerdictList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
    retranslate();
}

QTreeWidgetItem *VerdictList::row(const QString &deployment) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == deployment)
            return topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *VerdictList::rowFor(const QString &deployment)
{
    if (QTreeWidgetItem *item = row(deployment))
        return item;
    return new QTreeWidgetItem(this, {deployment});
}

void VerdictList::update(const RolloutProgress &progress)
{
    QTreeWidgetItem *item = rowFor(progress.object.name);
    item->setData(0, PassedRole, progress.done);
    item->setData(0, FinalRole, false);
    showRow(item);
}

void VerdictList::setResult(const ConnectivityResult &result)
{
    for (const ConnectivityVerdict &v : result.verdicts) {
        QTreeWidgetItem *item = rowFor(v.name);
        item->setData(0, PassedRole, v.passed);
        item->setData(0, FinalRole, true);
        showRow(item);
    }
    for (const auto &[name, why] : result.skipped) {
        QTreeWidgetItem *item = rowFor(name);
        item->setData(0, SkippedRole, why);
        showRow(item);
    }
    resizeColumnToContents(0);
}

void VerdictList::showRow(QTreeWidgetItem *item)
{
    if (const QVariant why = item->data(0, SkippedRole); why.isValid()) {
        item->setText(1, tr("skipped", "connectivity check"));
        item->setForeground(1, palette().placeholderText());
        item->setText(2, why.toString());
        return;
    }
    const bool passed = item->data(0, PassedRole).toBool();
    const bool final = item->data(0, FinalRole).toBool();
    item->setText(
        1, passed ? tr("PASS") : (final ? tr("FAIL") : tr("waiting", "connectivity check")));
    item->setForeground(
        1, toneColor(palette(), passed ? Tone::Good : (final ? Tone::Bad : Tone::Neutral)));
    item->setText(2, connectivityCheckMeaning(item->text(0)));
}

void VerdictList::retranslate()
{
    setHeaderLabels({tr("Check"), tr("Verdict"), tr("What a pass proves")});
    for (int i = 0; i < topLevelItemCount(); ++i)
        showRow(topLevelItem(i));
}

void VerdictList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

} // namespace tkeci
