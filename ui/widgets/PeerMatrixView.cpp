#include "PeerMatrixView.h"

#include "StatusTone.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tkeci {

PeerMatrixView::PeerMatrixView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_check = new QComboBox(this);
    for (CheckId c : peerMatrixChecks())
        m_check->addItem(QString(), int(c));
    bar->addWidget(m_check);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_cells = new QTableWidget(this);
    m_cells->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cells->setSelectionMode(QAbstractItemView::SingleSelection);
    // Small square cells: 40 nodes fit without scrolling; names stay in the headers.
    m_cells->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_cells->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int side = fontMetrics().height() + 6;
    m_cells->horizontalHeader()->setDefaultSectionSize(side);
    m_cells->verticalHeader()->setDefaultSectionSize(side);
    layout->addWidget(m_cells, 1);
    m_failed = new QLabel(this);
    m_failed->setWordWrap(true);
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_failed);
    connect(m_check, &QComboBox::currentIndexChanged, this, &PeerMatrixView::refresh);
    retranslate();
}

CheckId PeerMatrixView::check() const
{
    return CheckId(m_check->currentData().toInt());
}

void PeerMatrixView::setCheck(CheckId check)
{
    m_check->setCurrentIndex(m_check->findData(int(check)));
}

void PeerMatrixView::setTable(const PreflightTable &table)
{
    m_table = &table;
    refreshWhenShown();
}

void PeerMatrixView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

PeerMatrixView &PeerMatrixView::settled()
{
    if (std::exchange(m_stale, false))
        refresh();
    return *this;
}

void PeerMatrixView::showEvent(QShowEvent *event)
{
    settled();
    QWidget::showEvent(event);
}

void PeerMatrixView::refresh()
{
    m_matrix = m_table ? peerMatrix(*m_table, check()) : PeerMatrix();
    const qsizetype n = m_matrix.nodes.size();
    m_cells->setRowCount(int(n));
    m_cells->setColumnCount(int(n));
    m_cells->setVerticalHeaderLabels(m_matrix.nodes);
    // Columns numbered, rows named: the names would make the columns too wide to see the shape.
    QStringList numbers;
    for (qsizetype i = 0; i < n; ++i)
        numbers.append(QString::number(i + 1));
    m_cells->setHorizontalHeaderLabels(numbers);
    const QString checkName = m_check->currentText();
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            auto *item = m_cells->item(from, to);
            if (!item) {
                item = new QTableWidgetItem;
                m_cells->setItem(from, to, item);
            }
            const PairState s = m_matrix.at(from, to);
            QColor colour;
            QString what;
            switch (s) {
            case PairState::Ok:
                colour = toneColor(palette(), Tone::Good);
                what = tr("%1 from %2 reaches %3")
                           .arg(checkName, m_matrix.nodes[from], m_matrix.nodes[to]);
                break;
            case PairState::Failed:
                colour = toneColor(palette(), Tone::Bad);
                what = tr("%1 from %2 does NOT reach %3")
                           .arg(checkName, m_matrix.nodes[from], m_matrix.nodes[to]);
                break;
            case PairState::Unknown:
                colour = palette().color(QPalette::Mid);
                what = tr("%1 between %2 and %3: not known (see the nodes' rows)")
                           .arg(checkName, m_matrix.nodes[from], m_matrix.nodes[to]);
                break;
            case PairState::Self:
                colour = palette().color(QPalette::Window);
                break;
            }
            item->setBackground(colour);
            item->setToolTip(what);
            item->setText(s == PairState::Failed ? QStringLiteral("×") : QString());
            item->setTextAlignment(Qt::AlignCenter);
        }
    }
    const auto failed = m_matrix.failedPairs();
    if (!m_matrix.hasVerdicts()) {
        m_failed->setText(tr("The network stage has not judged %1 yet.").arg(checkName));
        setLabelTone(m_failed, Tone::Neutral);
        return;
    }
    QStringList lines;
    for (const auto &[from, to] : failed)
        lines.append(tr("%1 → %2").arg(from, to));
    m_failed->setText(failed.isEmpty()
            ? tr("%1: every pair of checked nodes reaches each other.").arg(checkName)
            : tr("%1 does not pass between %n pair(s): %2", nullptr, int(failed.size()))
                  .arg(checkName, lines.join(QStringLiteral(", "))));
    setLabelTone(m_failed, failed.isEmpty() ? Tone::Good : Tone::Bad);
}

void PeerMatrixView::retranslate()
{
    const QList<CheckId> checks = peerMatrixChecks();
    for (int i = 0; i < checks.size(); ++i)
        m_check->setItemText(i, checkTitle(checks[i]));
    m_check->setToolTip(tr("Rows send, columns receive (numbered as the rows)."));
    refreshWhenShown();
}

void PeerMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
