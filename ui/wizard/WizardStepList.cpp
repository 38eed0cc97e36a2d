#include "WizardStepList.h"

#include "WizardPage.h"
#include "widgets/StatusTone.h"

#include <QEvent>
#include <QTimer>
#include <QWizard>

namespace tkeci {

namespace {
constexpr int PageRole = Qt::UserRole;
constexpr int MarkRole = Qt::UserRole + 1;
} // namespace

WizardStepList::WizardStepList(QWizard &wizard, QWidget *parent)
    : QListWidget(parent)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardSteps"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    connect(&m_wizard, &QWizard::currentIdChanged, this, &WizardStepList::scheduleRefresh);
}

QList<int> WizardStepList::way() const
{
    // Behind: the pages visited (the current one last). Ahead: each page's nextId() in turn,
    // as the answers given so far decide it.
    QList<int> ids = m_wizard.visitedIds();
    int id = ids.isEmpty() ? m_wizard.startId() : ids.last();
    if (ids.isEmpty())
        ids.append(id);
    while (QWizardPage *p = m_wizard.page(id)) {
        id = p->nextId();
        if (id < 0 || ids.contains(id))
            break;
        ids.append(id);
    }
    return ids;
}

void WizardStepList::scheduleRefresh()
{
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        refresh();
    });
}

void WizardStepList::refresh()
{
    const QList<int> ids = way();
    const int current = m_wizard.currentId();
    const int currentRow = int(ids.indexOf(current));
    // Rows are made again only when something shows differently: a relayout of the side
    // widget would cost the wizard a repaint for nothing.
    QList<std::tuple<int, Mark, QString>> rows;
    for (int row = 0; row < ids.size(); ++row) {
        const int id = ids[row];
        auto *page = qobject_cast<WizardPage *>(m_wizard.page(id));
        Mark mark = Mark::Ahead;
        if (page && page->failed() && (currentRow < 0 || row <= currentRow))
            mark = Mark::Failed;
        else if (id == current)
            mark = Mark::Current;
        else if (currentRow >= 0 && row < currentRow)
            mark = Mark::Done;
        const QString title = page ? page->stepName()
            : m_wizard.page(id)    ? m_wizard.page(id)->title()
                                   : QString();
        rows.append({id, mark, title});
    }
    if (rows == m_shown)
        return;
    m_shown = rows;
    clear();
    for (const auto &[id, mark, title] : rows) {
        static const QString prefix[] = {QStringLiteral("✓ "), QStringLiteral("▶ "),
            QStringLiteral("✗ "), QStringLiteral("   ")};
        auto *item = new QListWidgetItem(prefix[int(mark)] + title, this);
        item->setData(PageRole, id);
        item->setData(MarkRole, int(mark));
        QFont font = item->font();
        font.setBold(id == current);
        item->setFont(font);
        if (mark == Mark::Failed)
            item->setForeground(toneColor(palette(), Tone::Bad));
        else if (mark == Mark::Ahead)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    setFixedWidth(sizeHintForColumn(0) + 2 * frameWidth() + 12);
}

int WizardStepList::pageAt(int row) const
{
    const QListWidgetItem *i = item(row);
    return i ? i->data(PageRole).toInt() : -1;
}

WizardStepList::Mark WizardStepList::markAt(int row) const
{
    const QListWidgetItem *i = item(row);
    return i ? Mark(i->data(MarkRole).toInt()) : Mark::Ahead;
}

void WizardStepList::changeEvent(QEvent *event)
{
    // The pages take their new titles in the same language switch.
    if (event->type() == QEvent::LanguageChange)
        scheduleRefresh();
    QListWidget::changeEvent(event);
}

} // namespace tkeci
