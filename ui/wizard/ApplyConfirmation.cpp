#include "ApplyConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace tkeci {

QString ApplyConfirmation::text(const ApplySummary &s)
{
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QStringList items;
    items.append(s.newCluster ? tr("Create the <b>new</b> cluster %1 on TKEStack's global cluster")
                                    .arg(esc(s.clusterName))
                              : tr("Install Cilium on an <b>existing</b> cluster"));
    items.append(tr("Cluster: %1").arg(esc(s.server)));
    items.append(tr("Kubeconfig: %1, context %2").arg(esc(s.kubeconfig), esc(s.context)));
    items.append(tr("%n object(s) to apply", nullptr, s.objects) + u' '
        + tr("(in %n file(s))", nullptr, s.files));
    if (s.labelledNodes > 0)
        items.append(tr("%n node(s) to be labelled for BGP", nullptr, s.labelledNodes));
    if (!s.keptOffNodes.isEmpty())
        items.append(
            tr("<b>No Cilium</b> on %n node(s), kept off: %1", nullptr, int(s.keptOffNodes.size()))
                .arg(esc(s.keptOffNodes.join(QStringLiteral(", ")))));
    if (s.editedMasters > 0)
        items.append(tr("kube-controller-manager on %n master(s) changed over SSH (each change "
                        "is shown and asked about first)",
            nullptr, s.editedMasters));
    return tr("This changes the cluster; there is no way back from it:")
        + QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>");
}

QMessageBox *ApplyConfirmation::create(const ApplySummary &summary, QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("applyConfirmation"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Start applying?"));
    box->setTextFormat(Qt::RichText);
    box->setText(text(summary));
    // No "A" mnemonic here: a second Alt+A must not be the way in.
    QPushButton *start = box->addButton(tr("&Start applying"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("start"));
    QPushButton *notYet = box->addButton(tr("&Not yet"), QMessageBox::RejectRole);
    notYet->setObjectName(QStringLiteral("notYet"));
    box->setDefaultButton(notYet);
    box->setEscapeButton(notYet);
    return box;
}

} // namespace tkeci
