#include "PeerMatrixView.h"

#include "StatusTone.h"
#include "models/PeerMatrixModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
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
    m_model = new PeerMatrixModel(this);
    m_model->setPalette(palette());
    m_cells = new QTableView(this);
    m_cells->setModel(m_model);
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

const PeerMatrix &PeerMatrixView::matrix()
{
    return settled().m_model->matrix();
}

void PeerMatrixView::refresh()
{
    const QString checkName = m_check->currentText();
    m_model->setMatrix(m_table ? peerMatrix(*m_table, check()) : PeerMatrix(), checkName);
    const PeerMatrix &m = m_model->matrix();
    const auto failed = m.failedPairs();
    if (!m.hasVerdicts()) {
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
    else if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace tkeci
