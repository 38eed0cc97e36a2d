#include "FieldFeedback.h"

#include "widgets/StatusTone.h"
#include "wizard/PlanConfig.h"

#include <QFocusEvent>
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
    connect(&m_config, &PlanConfig::shownChanged, this, &FieldFeedback::refresh);
    // Leaving the field is what "touched" means (see PlanConfig::isShown()).
    m_input->installEventFilter(this);
    refresh();
}

bool FieldFeedback::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the field for another one counts; a context menu (to paste), another window
    // (to copy the value from) or the wizard closing does not.
    if (watched == m_input && event->type() == QEvent::FocusOut && !m_paths.isEmpty()) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason
            || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason)
            m_config.markTouched(m_paths.constFirst());
    }
    return QObject::eventFilter(watched, event);
}

void FieldFeedback::refresh()
{
    for (const QString &path : std::as_const(m_paths)) {
        if (const auto problem = m_config.problemAt(path)) {
            show(problemMessage(*problem, FieldNames::PageLabels), m_config.isShown(*problem));
            return;
        }
    }
    show(QString(), false);
}

void FieldFeedback::showRefusal(const QString &message)
{
    show(message, true);
}

void FieldFeedback::show(const QString &message, bool asError)
{
    const bool invalid = asError && !message.isEmpty();
    if (m_input->property(invalidProperty).toBool() != invalid) {
        m_input->setProperty(invalidProperty, invalid);
        // A frame rather than a fill: it reads in light and dark palettes alike.
        m_input->setStyleSheet(invalid
                ? QStringLiteral("border: 2px solid %1; border-radius: 3px; padding: 2px;")
                      .arg(toneColor(m_input->palette(), Tone::Bad).name())
                : QString());
    }
    setLabelTone(m_reason, invalid ? Tone::Bad : Tone::Neutral);
    m_reason->setText(message);
    m_reason->setVisible(!message.isEmpty());
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
