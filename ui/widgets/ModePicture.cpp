#include "ModePicture.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace tkeci {

ModePicture::ModePicture(NetworkMode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    setFixedSize(sizeHint());
}

void ModePicture::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void ModePicture::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fg = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const QRectF left(10, 50, 60, 30), right(120, 50, 60, 30);
    p.setPen(QPen(fg, 1.5));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(left, 4, 4);
    p.drawRoundedRect(right, 4, 4);
    p.drawText(left, Qt::AlignCenter, tr("node"));
    p.drawText(right, Qt::AlignCenter, tr("node"));
    if (m_mode == NetworkMode::Overlay) {
        QPainterPath tunnel;
        tunnel.moveTo(left.center().x(), left.top());
        tunnel.cubicTo(60, 12, 130, 12, right.center().x(), right.top());
        p.setPen(QPen(accent, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tunnel);
        p.setPen(fg);
        p.drawText(QRectF(0, 0, width(), 16), Qt::AlignCenter, QStringLiteral("VXLAN"));
    } else {
        const QRectF sw(65, 6, 60, 24);
        p.setBrush(accent);
        p.setPen(QPen(fg, 1.5));
        p.drawRoundedRect(sw, 4, 4);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(sw, Qt::AlignCenter, tr("switch", "top-of-rack switch"));
        p.setPen(QPen(accent, 2));
        p.drawLine(left.center().x(), left.top(), sw.left() + 8, sw.bottom());
        p.drawLine(right.center().x(), right.top(), sw.right() - 8, sw.bottom());
        p.setPen(fg);
        p.drawText(QRectF(0, 30, 60, 16), Qt::AlignCenter, QStringLiteral("BGP"));
        p.drawText(QRectF(130, 30, 60, 16), Qt::AlignCenter, QStringLiteral("BGP"));
    }
}

} // namespace tkeci
