#include "TopologyView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <map>

namespace tkeci {
namespace {

// Texts of free functions; a class so that lupdate files them under the same context
// that translate() looks them up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::TopologyView)
};

void box(QPainter &p, const QRectF &r, const QColor &fill, const QColor &pen, const QString &text)
{
    p.setPen(QPen(pen, 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);
    p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace

void paintTopology(
    QPainter &p, const QSizeF &size, const InstallPlan &plan, const QPalette &palette)
{
    p.setRenderHint(QPainter::Antialiasing);
    const QColor bg = palette.color(QPalette::Base);
    const QColor fg = palette.color(QPalette::Text);
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor master = QColor(0x3d, 0xae, 0xe9, 90);
    const QColor worker = palette.color(QPalette::AlternateBase);
    p.fillRect(QRectF(QPointF(0, 0), size), bg);

    const qreal w = size.width(), h = size.height();
    // Show at most 12 nodes; a large cluster is summarised rather than drawn unreadably small.
    const qsizetype shown = std::min<qsizetype>(plan.nodes.size(), 12);
    const qreal nodeW = std::min<qreal>(110, (w - 20) / std::max<qsizetype>(shown, 1) - 10);
    const qreal nodeY = h * 0.62, nodeH = 46;
    QList<QPointF> tops;
    for (qsizetype i = 0; i < shown; ++i) {
        const NodeSpec &n = plan.nodes.at(i);
        const QRectF r(15 + i * (nodeW + 10), nodeY, nodeW, nodeH);
        box(p, r, n.role == NodeRole::Master ? master : worker, fg,
            (n.role == NodeRole::Master ? Text::tr("master", "node role")
                                        : Text::tr("worker", "node role"))
                + u'\n' + n.ip);
        tops.append(QPointF(r.center().x(), r.top()));
    }
    if (plan.nodes.size() > shown) {
        p.setPen(fg);
        p.drawText(QRectF(0, nodeY + nodeH + 4, w - 10, 20), Qt::AlignRight,
            Text::tr("+ %1 more nodes").arg(plan.nodes.size() - shown));
    }

    // The API endpoint the nodes and Cilium use.
    QString endpoint;
    switch (plan.haType) {
    case HaType::None:
        endpoint = Text::tr("API server %1:6443")
                       .arg(plan.masters().isEmpty() ? QStringLiteral("?")
                                                     : plan.masters().constFirst().ip);
        break;
    case HaType::Tke:
        endpoint = Text::tr("keepalived VIP\n%1:6443").arg(plan.vip);
        break;
    case HaType::ThirdParty:
        endpoint = Text::tr("CLB VIP\n%1:%2 → 6443").arg(plan.vip).arg(plan.vport);
        break;
    }
    const QRectF api(15, 12, 170, 46);
    box(p, api, accent.lighter(170), fg, endpoint);
    p.setPen(QPen(fg, 1, Qt::DotLine));
    for (qsizetype i = 0; i < shown; ++i) {
        if (plan.nodes.at(i).role == NodeRole::Master)
            p.drawLine(QPointF(api.center().x(), api.bottom()), tops.at(i));
    }

    const QRectF label(api.right() + 20, 12, w - api.right() - 30, 22);
    p.setPen(fg);
    if (!plan.isCilium()) {
        p.drawText(label, Qt::AlignLeft, QStringLiteral("CNI: Galaxy"));
        return;
    }
    if (!plan.isUnderlay()) {
        p.drawText(label, Qt::AlignLeft,
            Text::tr("Cilium %1 · overlay · VXLAN (UDP 8472) · pods %2")
                .arg(plan.ciliumVersion, plan.clusterCIDR));
        p.setPen(QPen(accent, 2.5, Qt::DashLine));
        if (shown > 1)
            p.drawLine(QPointF(tops.first().x(), nodeY - 14), QPointF(tops.last().x(), nodeY - 14));
        for (const QPointF &t : tops)
            p.drawLine(QPointF(t.x(), nodeY - 14), t);
        return;
    }
    p.drawText(label, Qt::AlignLeft,
        Text::tr("Cilium %1 · underlay · BGP · pods %2").arg(plan.ciliumVersion, plan.clusterCIDR));
    // One switch per distinct (ASN, switch IP): nodes in other racks get their own.
    std::map<std::pair<quint32, QString>, QList<qsizetype>> racks;
    for (qsizetype i = 0; i < shown; ++i) {
        const UnderlaySettings u = plan.underlayFor(plan.nodes.at(i));
        racks[{u.asn, u.switchIP}].append(i);
    }
    const qreal swY = h * 0.30, swW = 170, swH = 42;
    qreal x = 210;
    for (const auto &[key, members] : racks) {
        const QRectF sw(std::min(x, w - swW - 10), swY, swW, swH);
        box(p, sw, accent, fg, Text::tr("switch %1\nASN %2").arg(key.second).arg(key.first));
        p.setPen(QPen(accent, 2));
        for (qsizetype i : members)
            p.drawLine(QPointF(sw.center().x(), sw.bottom()), tops.at(i));
        x += swW + 20;
    }
}

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(400, 240);
}

void TopologyView::setPlan(const InstallPlan &plan)
{
    m_plan = plan;
    update();
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintTopology(p, size(), m_plan, palette());
}

QString TopologyView::saveTo(const QString &path) const
{
    const QSize size(900, 420);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("Cilium on TKEStack: topology"));
        QPainter p;
        if (!p.begin(&svg))
            return Text::tr("cannot write %1").arg(path);
        paintTopology(p, size, m_plan, palette());
        p.end();
        return {};
    }
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    QPainter p(&image);
    paintTopology(p, size, m_plan, palette());
    p.end();
    return image.save(path, "PNG") ? QString() : Text::tr("cannot write %1").arg(path);
}

} // namespace tkeci
