#include "FieldFeedback.h"

#include "widgets/StatusTone.h"
#include "wizard/PlanConfig.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace tkeci {

FieldFeedback::FieldFeedback(
    PlanConfig &config, QWidget *input, QLabel *reason, const QStringList &paths)
    : QObject(input)
    , m_config(config)
    , m_input(input)
    , m_reason(reason)
    , m_paths(paths)
{
    connect(&m_config, &PlanConfig::changed, this, &FieldFeedback::refresh);
    refresh();
}

void FieldFeedback::refresh()
{
    QString message;
    for (const QString &path : m_paths) {
        message = m_config.messageFor(path);
        if (!message.isEmpty())
            break;
    }
    const bool invalid = !message.isEmpty();
    if (m_input->property(invalidProperty).toBool() != invalid) {
        m_input->setProperty(invalidProperty, invalid);
        // A frame rather than a fill: it reads in light and dark palettes alike.
        m_input->setStyleSheet(invalid
                ? QStringLiteral("border: 2px solid %1; border-radius: 3px; padding: 2px;")
                      .arg(toneColor(m_input->palette(), Tone::Bad).name())
                : QString());
    }
    m_reason->setText(message);
    m_reason->setVisible(invalid);
    m_input->setToolTip(message);
}

QLabel *makeReasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    setLabelTone(label, Tone::Bad);
    label->setVisible(false);
    return label;
}

QWidget *fieldWithReason(QWidget *input, QLabel *reason)
{
    auto *field = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(reason);
    return field;
}

} // namespace tkeci
