#pragma once

#include "apply/RolloutWatcher.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QScrollArea;

namespace tkeci {

/// One progress bar per workload being rolled out (cilium, cilium-operator, tke-eni-ipamd,
/// and for underlay cilium-router and ip-masq-agent): ready out of desired, with the counts.
class RolloutBars : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutBars(QWidget *parent = nullptr);

    void setWorkloads(const QList<ObjectRef> &workloads);
    void update(const RolloutProgress &progress);

    /// A scroll area holding `bars` at the top (a tab's page: many workloads scroll).
    static QScrollArea *inScrollArea(RolloutBars *&bars, QWidget *parent);

    int count() const { return int(m_rows.size()); }
    QProgressBar *bar(const QString &workloadName) const;
    bool allDone() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        RolloutProgress progress;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
    };
    void show(Row &row);

    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
};

} // namespace tkeci
