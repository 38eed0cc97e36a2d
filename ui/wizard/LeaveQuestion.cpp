#include "LeaveQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace tkeci {

QString LeaveQuestion::text(const UnsavedWork &work)
{
    QStringList items;
    if (!work.editedFiles.isEmpty())
        items.append(tr("your edits of %1: they were neither exported nor saved with a profile")
                         .arg(work.editedFiles.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (work.answers)
        items.append(tr("answers that are not saved in a profile (they are saved when you reach "
                        "the last page)"));
    if (work.preflight)
        items.append(tr("the preflight check that is running: it is stopped and its results "
                        "so far are dropped"));
    // Worded after what stopping does (ExistingRunPanel::stop, ManifestApplier): the client
    // goes at once; the inventory is written when the apply step ends, not object by object.
    if (work.run == UnsavedWork::Run::Existing)
        items.append(
            tr("the apply that is running: leaving stops it at once. What the cluster has "
               "accepted stays there. It is recorded in the inventory (which \"status\" and "
               "\"uninstall\" read) only if the apply step had ended; objects of an apply step "
               "stopped halfway are not recorded"));
    else if (work.run == UnsavedWork::Run::NewCluster)
        items.append(tr("following the new cluster: TKEStack goes on installing it; its state "
                        "shows in the TKEStack console or with \"status --profile\""));
    return tr("Leaving now loses:") + QStringLiteral("<ul><li>")
        + items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

QMessageBox *LeaveQuestion::create(const UnsavedWork &work, QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("leaveQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Leave the installer?"));
    box->setTextFormat(Qt::RichText);
    box->setText(text(work));
    QPushButton *leave = box->addButton(tr("&Leave"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leave"));
    QPushButton *stay = box->addButton(tr("&Stay"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("stay"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    return box;
}

} // namespace tkeci
