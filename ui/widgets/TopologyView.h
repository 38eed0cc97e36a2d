#pragma once

#include "plan/InstallPlan.h"

#include <QWidget>

class QPainter;

namespace tkeci {

/// Draws the plan as a picture: masters and workers with their addresses, the API endpoint
/// (first master, keepalived VIP or CLB VIP:port), and the pod network — a VXLAN tunnel for
/// overlay, or the top-of-rack switches with their ASN and IP for underlay.
void paintTopology(
    QPainter &painter, const QSizeF &size, const InstallPlan &plan, const QPalette &palette);

/// Shows paintTopology() and saves it as PNG or SVG.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);
    void setPlan(const InstallPlan &plan);
    /// Writes the picture; the format follows the suffix (.svg, else PNG). Returns an error
    /// text, empty on success.
    QString saveTo(const QString &path) const;
    QSize sizeHint() const override { return {760, 360}; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    InstallPlan m_plan;
};

} // namespace tkeci
