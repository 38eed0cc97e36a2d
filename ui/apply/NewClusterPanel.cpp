#include "NewClusterPanel.h"

#include "widgets/StatusTone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tkeci {

NewClusterPanel::NewClusterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_phase = new QLabel(this);
    QFont big = m_phase->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_phase->setFont(big);
    row->addWidget(m_phase, 1);
    m_stop = new QPushButton(this);
    m_stop->hide();
    row->addWidget(m_stop);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_conditions = new QTreeWidget(this);
    m_conditions->setColumnCount(4);
    m_conditions->setRootIsDecorated(false);
    m_conditions->header()->setStretchLastSection(true);
    layout->addWidget(m_conditions, 1);
    connect(m_stop, &QPushButton::clicked, this, &NewClusterPanel::stop);
    retranslate();
}

NewClusterPanel::~NewClusterPanel()
{
    m_client.reset(); // first: no reply reaches the creator or this panel afterwards
}

void NewClusterPanel::start(
    const ClusterAccess &globalCluster, ManifestFile filledClusterFile, int timeoutMs, int pollMs)
{
    m_client = std::make_unique<KubeClient>(globalCluster);
    m_creator = std::make_unique<ClusterCreator>(*m_client);
    m_creator->setPollInterval(pollMs);
    connect(m_creator.get(), &ClusterCreator::created, this, [this](const QString &name) {
        m_clusterName = name;
        m_message->setText(tr("Cluster %1 created on the global cluster; TKEStack is now "
                              "installing its nodes.")
                               .arg(name));
    });
    connect(m_creator.get(), &ClusterCreator::statusChanged, this, &NewClusterPanel::showStatus);
    connect(m_creator.get(), &ClusterCreator::finished, this, [this](const ClusterCreateResult &r) {
        m_result = r;
        showStatus(r.phase, r.conditions);
        m_message->setText(r.ok()
                ? tr("The cluster is Running.")
                : (r.error ? r.error->message : tr("The cluster did not reach Running.")));
        setLabelTone(m_message, r.ok() ? Tone::Neutral : Tone::Bad);
        end();
    });
    m_phase->setText(tr("Creating the Cluster object…"));
    m_stop->show();
    m_creator->start(filledClusterFile, timeoutMs);
}

void NewClusterPanel::showStatus(const QString &phase, const QList<ClusterCondition> &conditions)
{
    m_lastPhase = phase;
    m_phase->setText(tr("Phase: %1").arg(phase.isEmpty() ? tr("(none yet)") : phase));
    m_conditions->clear();
    for (const ClusterCondition &c : conditions) {
        auto *item = new QTreeWidgetItem(m_conditions, {c.type, c.status, c.reason, c.message});
        if (c.status == QLatin1String("False"))
            item->setForeground(1, toneColor(palette(), Tone::Bad));
        else if (c.status == QLatin1String("True"))
            item->setForeground(1, toneColor(palette(), Tone::Good));
    }
    m_conditions->resizeColumnToContents(0);
}

void NewClusterPanel::stop()
{
    if (!m_creator)
        return;
    ClusterCreateResult stopped;
    stopped.phase = m_lastPhase;
    stopped.error = KubeError {KubeError::Kind::Server, 0,
        tr("Stopped following the cluster. TKEStack goes on installing it; its state shows in "
           "the TKEStack console or with \"status --profile\"."),
        QString()};
    m_result = stopped;
    m_message->setText(stopped.error->message);
    end();
}

void NewClusterPanel::end()
{
    m_stop->hide();
    // end() may run inside the creator's own signal: both go once control is back in the loop.
    QObject *creator = m_creator.release();
    KubeClient *client = m_client.release();
    creator->disconnect(this);
    QTimer::singleShot(0, client, [client, creator] {
        delete client; // first, as in the destructor
        delete creator;
    });
    Q_EMIT ended();
}

void NewClusterPanel::retranslate()
{
    m_conditions->setHeaderLabels({tr("Condition"), tr("Status"), tr("Reason"), tr("Message")});
    m_stop->setText(tr("&Stop following"));
}

void NewClusterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
