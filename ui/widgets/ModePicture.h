#pragma once

#include "plan/InstallPlan.h"

#include <QWidget>

namespace tkeci {

/// A small picture of one network mode: two nodes joined by a VXLAN tunnel (overlay), or two
/// nodes peering by BGP with their top-of-rack switch (underlay).
class ModePicture : public QWidget
{
    Q_OBJECT
public:
    explicit ModePicture(NetworkMode mode, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {190, 90}; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    NetworkMode m_mode;
};

} // namespace tkeci
