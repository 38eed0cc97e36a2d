#include "RolloutBars.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tkeci {

QScrollArea *RolloutBars::inScrollArea(RolloutBars *&bars, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    bars = new RolloutBars(holder);
    layout->addWidget(bars);
    layout->addStretch(1);
    scroll->setWidget(holder);
    return scroll;
}

RolloutBars::RolloutBars(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
}

void RolloutBars::setWorkloads(const QList<ObjectRef> &workloads)
{
    for (Row &r : m_rows) {
        delete r.label;
        delete r.bar;
    }
    m_rows.clear();
    for (const ObjectRef &o : workloads) {
        Row row {RolloutProgress {o}, new QLabel(this), new QProgressBar(this)};
        row.label->setText(o.display());
        m_grid->addWidget(row.label, int(m_rows.size()), 0);
        m_grid->addWidget(row.bar, int(m_rows.size()), 1);
        m_rows.append(row);
        show(m_rows.last());
    }
}

void RolloutBars::update(const RolloutProgress &progress)
{
    for (Row &r : m_rows) {
        if (r.progress.object == progress.object) {
            r.progress = progress;
            show(r);
        }
    }
}

void RolloutBars::show(Row &row)
{
    const RolloutProgress &p = row.progress;
    // Before the first answer the desired count is unknown: a busy bar, not "0 of 0 done".
    row.bar->setRange(0, p.found ? std::max(p.desired, 1) : 0);
    row.bar->setValue(p.done ? std::max(p.desired, 1) : p.ready);
    if (!p.found)
        row.bar->setFormat(tr("waiting for the first status"));
    else if (p.done)
        row.bar->setFormat(tr("%1/%2 ready - rolled out").arg(p.ready).arg(p.desired));
    else
        row.bar->setFormat(
            tr("%1/%2 ready, %3 updated").arg(p.ready).arg(p.desired).arg(p.updated));
}

QProgressBar *RolloutBars::bar(const QString &workloadName) const
{
    for (const Row &r : m_rows) {
        if (r.progress.object.name == workloadName)
            return r.bar;
    }
    return nullptr;
}

bool RolloutBars::allDone() const
{
    return std::all_of(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.progress.done; });
}

void RolloutBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (Row &r : m_rows)
            show(r);
    }
    QWidget::changeEvent(event);
}

} // namespace tkeci
