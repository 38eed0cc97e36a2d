#pragma once

#include "apply/ConnectivityVerifier.h"

#include <QTreeWidget>

namespace tkeci {

/// The connectivity check's verdicts: each deployment, PASS or FAIL, and what a pass proves;
/// checks the run left out say "skipped" and why.
/// Used on the Applying page (live) and on the Finish page (the result).
class VerdictList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit VerdictList(QWidget *parent = nullptr);

    /// Live: one row per check deployment as its rollout moves.
    void update(const RolloutProgress &progress);
    /// The end: the verdicts as the verifier gave them.
    void setResult(const ConnectivityResult &result);
    /// The row of a deployment, or nullptr.
    QTreeWidgetItem *row(const QString &deployment) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTreeWidgetItem *rowFor(const QString &deployment);
    void showRow(QTreeWidgetItem *item);

    bool m_final = false;
};

} // namespace tkeci
