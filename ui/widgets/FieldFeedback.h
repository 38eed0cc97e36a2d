#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace tkeci {
class PlanConfig;

/// Ties one input to one plan path: when validatePlan() has a problem at that path the input
/// gets a red frame and the label under it says why (in the current language, in the page's
/// words); otherwise both are back to normal. A "required" problem of a field the operator has
/// not left yet is said in the neutral tone, without the frame (PlanConfig::isShown()): it tells
/// why Next is off without calling an untouched form wrong. Follows PlanConfig::changed; call
/// refresh() after a language switch.
class FieldFeedback : public QObject
{
    Q_OBJECT
public:
    /// `paths`: the field's own path first, then enclosing paths whose problems also concern
    /// it (e.g. `cilium.underlay` "is required" for both the ASN and the switch IP).
    FieldFeedback(PlanConfig &config, QWidget *input, QLabel *reason, const QStringList &paths);
    void refresh();
    /// Says why the input refused what was typed (a number out of range, see NumberGuard);
    /// it stays until the next change of the plan.
    void showRefusal(const QString &message);

    QWidget *input() const { return m_input; }
    /// The field's own path first (see the constructor).
    const QStringList &paths() const { return m_paths; }

    /// The property set on an input that shows a problem (tests read it).
    static constexpr const char *invalidProperty = "tkeciInvalid";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(const QString &message, bool asError);

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
