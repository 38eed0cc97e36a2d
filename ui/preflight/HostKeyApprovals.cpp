#include "HostKeyApprovals.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tkeci {
namespace {

enum Column { NodeColumn, TypeColumn, FingerprintColumn, ColumnCount };

} // namespace

HostKeyApprovals::HostKeyApprovals(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("hostKeyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *row = new QHBoxLayout;
    m_trust = new QPushButton(this);
    m_reject = new QPushButton(this);
    m_trust->setObjectName(QStringLiteral("trustHostKeys"));
    m_reject->setObjectName(QStringLiteral("rejectHostKeys"));
    // Trusting must be a decision, not a reflex: neither button is the default.
    m_trust->setAutoDefault(false);
    m_reject->setAutoDefault(false);
    row->addWidget(m_trust);
    row->addWidget(m_reject);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_trust, &QPushButton::clicked, this, &HostKeyApprovals::trustListed);
    connect(m_reject, &QPushButton::clicked, this, &HostKeyApprovals::rejectSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HostKeyApprovals::updateState);
    retranslate();
}

void HostKeyApprovals::add(const QString &node, const QString &fingerprint, const QString &keyType)
{
    int row = 0;
    while (row < m_table->rowCount() && m_table->item(row, NodeColumn)->text() != node)
        ++row;
    if (row == m_table->rowCount())
        m_table->insertRow(row);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString cells[ColumnCount] {node, keyType, fingerprint};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == FingerprintColumn)
            item->setFont(fixed);
        m_table->setItem(row, c, item);
    }
    updateState();
}

void HostKeyApprovals::clear()
{
    m_table->setRowCount(0);
    updateState();
}

int HostKeyApprovals::count() const
{
    return m_table->rowCount();
}

void HostKeyApprovals::trustListed()
{
    QStringList nodes;
    for (int row = 0; row < m_table->rowCount(); ++row)
        nodes.append(m_table->item(row, NodeColumn)->text());
    m_table->setRowCount(0);
    updateState();
    for (const QString &node : std::as_const(nodes))
        Q_EMIT answered(node, true);
}

void HostKeyApprovals::rejectSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    QStringList nodes;
    for (const int row : std::as_const(rows)) {
        nodes.append(m_table->item(row, NodeColumn)->text());
        m_table->removeRow(row);
    }
    updateState();
    for (const QString &node : std::as_const(nodes))
        Q_EMIT answered(node, false);
}

void HostKeyApprovals::updateState()
{
    const int n = m_table->rowCount();
    setVisible(n > 0);
    m_trust->setEnabled(n > 0);
    m_reject->setEnabled(m_table->selectionModel()->hasSelection());
    m_trust->setText(tr("&Trust the %n listed key(s)", nullptr, n));
    m_intro->setText(tr("%n node(s) show a host key not known yet. Compare each fingerprint with "
                        "the one on the machine (ssh-keygen -lf "
                        "/etc/ssh/ssh_host_ed25519_key.pub), then trust them together; trusted "
                        "keys are added to the known hosts file. A changed key is never offered "
                        "here: it is refused.",
        nullptr, n));
}

void HostKeyApprovals::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Node"), tr("Key type"), tr("SHA256 fingerprint", "SSH host key")});
    m_reject->setText(tr("Do n&ot trust the selected"));
    updateState();
}

} // namespace tkeci
