#include "PlatformVersionPicker.h"

#include "text/SafeText.h"
#include "widgets/StatusTone.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace tkeci {

PlatformVersionPicker::PlatformVersionPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_note, 1);
    m_choice = new QComboBox(this);
    m_choice->hide();
    row->addWidget(m_choice);
    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        if (index > 0) // the first entry is the prompt
            Q_EMIT versionChosen(m_choice->itemText(index));
    });
    show();
}

PlatformVersionPicker::~PlatformVersionPicker() = default;

void PlatformVersionPicker::check(const ClusterAccess &globalCluster, const QString &planVersion)
{
    m_planVersion = planVersion;
    m_versions.reset();
    m_error.reset();
    m_pending = true;
    m_client = std::make_unique<KubeClient>(globalCluster);
    m_client->setRetries(1, 500);
    readPlatformVersions(*m_client,
        [this](const std::optional<PlatformVersions> &v, const std::optional<KubeError> &e) {
            m_pending = false;
            m_versions = v;
            m_error = e;
            show();
            Q_EMIT stateChanged();
        });
    show();
    Q_EMIT stateChanged();
}

void PlatformVersionPicker::clear()
{
    m_client.reset();
    m_versions.reset();
    m_error.reset();
    m_pending = false;
    show();
    Q_EMIT stateChanged();
}

void PlatformVersionPicker::setPlanVersion(const QString &version)
{
    m_planVersion = version;
    show();
    Q_EMIT stateChanged();
}

bool PlatformVersionPicker::blocksApply() const
{
    return m_pending || (m_versions && !m_versions->offers(m_planVersion));
}

void PlatformVersionPicker::show()
{
    m_choice->hide();
    setLabelTone(m_note, Tone::Neutral);
    if (m_pending) {
        m_note->setText(tr("Asking the global cluster which Kubernetes versions it offers…"));
    } else if (m_error) {
        // An older TKEStack, or no TKEStack at all: the platform still validates the version
        // when the Cluster is created, and says why it refuses.
        setLabelTone(m_note, Tone::Warning);
        m_note->setText(tr("The Kubernetes versions offered could not be read (%1); the "
                           "platform checks %2 when the Cluster is created.")
                            .arg(safeText(m_error->message, 300), m_planVersion));
    } else if (m_versions) {
        const QString offered = m_versions->kubernetesVersions.join(QStringLiteral(", "));
        if (m_versions->offers(m_planVersion)) {
            m_note->setText(tr("TKEStack %1 offers Kubernetes %2; the cluster gets %3.")
                                .arg(safeText(m_versions->tkeVersion, 80), safeText(offered, 400),
                                    m_planVersion));
        } else {
            setLabelTone(m_note, Tone::Bad);
            m_note->setText(versionNotOfferedMessage(m_planVersion, *m_versions));
            m_choice->clear();
            m_choice->addItem(tr("Pick a version…"));
            for (const QString &v : m_versions->kubernetesVersions)
                m_choice->addItem(safeText(v, 80));
            m_choice->show();
        }
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
}

void PlatformVersionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        show();
    QWidget::changeEvent(event);
}

} // namespace tkeci
