#pragma once
// Helpers that drive the real wizard the way an operator would (tests and screenshots).

#include "i18n/Translations.h"
#include "models/PreflightGridModel.h"
#include "preflight/CheckResult.h"
#include "wizard/InstallerWizard.h"
#include "wizard/PreflightPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

namespace tkeci::testing {

/// The confirmation Apply asks (ApplyConfirmation), when it is the open modal: "Start
/// applying" is clicked. Returns whether it was open.
inline bool startApplyingIfAsked()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || box->objectName() != QLatin1String("applyConfirmation"))
        return false;
    for (QAbstractButton *b : box->buttons()) {
        if (b->objectName() == QLatin1String("start"))
            b->click();
    }
    return true;
}

/// Clicks Next (or Commit) as a person would; returns whether the button was enabled. On the
/// Apply page the person also confirms the summary it asks about (after any password dialog).
inline bool clickNext(QWizard &wizard)
{
    for (QWizard::WizardButton which : {QWizard::NextButton, QWizard::CommitButton}) {
        QAbstractButton *b = wizard.button(which);
        if (b->isVisible()) {
            if (!b->isEnabled())
                return false;
            QTimer confirm;
            if (wizard.currentId() == ApplyPageId) {
                confirm.setInterval(20);
                QObject::connect(&confirm, &QTimer::timeout, &confirm, [&confirm] {
                    if (startApplyingIfAsked())
                        confirm.stop();
                });
                confirm.start();
            }
            b->click();
            QApplication::processEvents();
            return true;
        }
    }
    return false;
}

/// Clicks Cancel as an operator who means it: answers "Leave" when the wizard asks (work would
/// be lost). Returns the question's text, empty when it closed without asking.
inline QString leaveWizard(QWizard &wizard)
{
    wizard.button(QWizard::CancelButton)->click();
    QApplication::processEvents();
    auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("leaveQuestion"));
    if (!box)
        return QString();
    const QString text = box->text();
    for (QAbstractButton *b : box->buttons()) {
        if (b->objectName() == QLatin1String("leave"))
            b->click();
    }
    QApplication::processEvents();
    return text;
}

/// Two visible mnemonics of the current page (the wizard's buttons included) on one key, as
/// "page N: 'k' in "A" and "B"", or empty when every key is unique.
inline QString mnemonicClash(QWizard &w)
{
    QMap<QChar, QString> owners;
    QList<QWidget *> widgets = w.currentPage()->findChildren<QWidget *>();
    for (QWizard::WizardButton b :
        {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
        widgets.append(w.button(b));
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&w))
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(widget))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(widget); l && l->buddy())
            text = l->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (owners.contains(key))
            return QStringLiteral("page %1: '%2' in \"%3\" and \"%4\"")
                .arg(w.currentId())
                .arg(key)
                .arg(owners.value(key), text);
        owners.insert(key, text);
    }
    return QString();
}

/// One row per check for each node, all with `verdict` (kernel.version may differ).
inline QList<CheckResult> results(
    const QStringList &nodes, Verdict verdict, Verdict kernel = Verdict::Pass)
{
    QList<CheckResult> out;
    for (const QString &node : nodes) {
        for (const CheckId check : allCheckIds()) {
            CheckResult r;
            r.node = node;
            r.check = check;
            r.verdict = check == CheckId::KernelVersion ? kernel : verdict;
            if (check == CheckId::KernelVersion) {
                r.code = kernel == Verdict::Fail ? CheckResult::Code::KernelTooOld
                                                 : CheckResult::Code::KernelOk;
                r.args = {kernel == Verdict::Fail ? QStringLiteral("4.10.0-118-generic")
                                                  : QStringLiteral("5.4.119-19.0009"),
                    QStringLiteral("4.11"), QStringLiteral("1.9.5")};
                r.details = QStringLiteral("uname -r: ") + r.args.first();
            } else {
                r.code = verdict == Verdict::Warn ? CheckResult::Code::IpForwardOff
                                                  : CheckResult::Code::IpForwardOn;
                r.args = {QStringLiteral("0")};
                r.details = QStringLiteral("/proc/sys/net/ipv4/ip_forward: ")
                    + (verdict == Verdict::Warn ? u'0' : u'1');
            }
            out.append(r);
        }
    }
    return out;
}

/// Feeds a finished preflight run into the page as if the runner had streamed it.
inline void feedPreflight(PreflightPage *page, const QList<CheckResult> &rows)
{
    page->addResults(rows);
    page->runFinished();
    QApplication::processEvents();
}

inline QStringList nodeAddresses(const WizardState &state)
{
    QStringList out;
    for (const NodeSpec &n : state.config.nodes())
        out.append(n.ip);
    return out;
}

/// A translator that turns every text of ours into a marked "translation", so tests can see
/// that each visible text is re-made after a language switch whatever the .ts files hold.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!context || !QByteArray(context).startsWith("tkeci::"))
            return {};
        return QStringLiteral("〔译〕") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace tkeci::testing
