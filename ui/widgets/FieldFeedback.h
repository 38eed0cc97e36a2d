#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace tkeci {
class PlanConfig;

/// Ties one input to one plan path: when validatePlan() has a problem at that path the input
/// gets a red frame and the label under it says why (in the current language); otherwise both
/// are back to normal. Follows PlanConfig::changed; call refresh() after a language switch.
class FieldFeedback : public QObject
{
    Q_OBJECT
public:
    /// `paths`: the field's own path first, then enclosing paths whose problems also concern
    /// it (e.g. `cilium.underlay` "is required" for both the ASN and the switch IP).
    FieldFeedback(PlanConfig &config, QWidget *input, QLabel *reason, const QStringList &paths);
    void refresh();

    /// The property set on an input that shows a problem (tests read it).
    static constexpr const char *invalidProperty = "tkeciInvalid";

private:
    PlanConfig &m_config;
    QWidget *m_input;
    QLabel *m_reason;
    QStringList m_paths;
};

/// A label for reasons: red, word-wrapped, hidden while empty.
QLabel *makeReasonLabel(QWidget *parent);
/// The input with its reason label right under it, as one form field. (A reason on a form row
/// of its own is not re-measured by QFormLayout when it appears, and gets no height.)
QWidget *fieldWithReason(QWidget *input, QLabel *reason);

} // namespace tkeci
