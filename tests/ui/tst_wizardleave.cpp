// The operator's way out of the wizard: Cancel, Escape and closing the window ask when work
// would be lost, and say what.
#include "WizardFixture.h"

#include "edit/ManifestEditsFolder.h"
#include "preflight/PreflightSession.h"
#include "wizard/LeaveQuestion.h"
#include "wizard/ProfileEdits.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tkeci;
using namespace tkeci::testing;

namespace {

QMessageBox *leaveQuestion(QWidget &w)
{
    return w.findChild<QMessageBox *>(QStringLiteral("leaveQuestion"));
}

QAbstractButton *answer(QMessageBox *box, const char *name)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->objectName() == QLatin1String(name))
            return b;
    }
    return nullptr;
}

} // namespace

class TestWizardLeave : public WizardFixture
{
    Q_OBJECT

    /// Welcome → the Review page with the default answers; returns the first file's tab.
    ManifestFileTab *walkToReview(InstallerWizard &w)
    {
        for (int i = 0; i < 12 && w.currentId() != ReviewPageId; ++i) {
            if (w.currentId() == PreflightPageId)
                feedPreflight(w.pageAs<PreflightPage>(PreflightPageId),
                    results(nodeAddresses(w.state()), Verdict::Pass));
            if (!clickNext(w))
                return nullptr;
        }
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        return qobject_cast<ManifestFileTab *>(review->tabs()->widget(0));
    }

    /// Types at the end of the first line of the tab's editor, as an operator would.
    static void typeEdit(ManifestFileTab *tab, const QString &text)
    {
        ManifestEditor *editor = tab->editor();
        editor->setFocus();
        QTextCursor c = editor->textCursor();
        c.movePosition(QTextCursor::Start);
        c.movePosition(QTextCursor::EndOfLine);
        editor->setTextCursor(c);
        QTest::keyClicks(editor, text);
        tab->checkNow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUp();
        qputenv("KUBECONFIG", QByteArray("/nonexistent/kubeconfig"));
    }
    void cleanupTestCase() { tearDown(); }

    void nothingToLoseClosesAtOnce()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w)); // moving between pages loses nothing
        w.button(QWizard::CancelButton)->click();
        QVERIFY(!leaveQuestion(w));
        QVERIFY(!w.isVisible());
    }

    void changedAnswersAreNamedAndStayKeepsTheWizard()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("Export only"))->click();
        QVERIFY(!w.state().config.answersKept());

        w.button(QWizard::CancelButton)->click();
        QMessageBox *box = leaveQuestion(w);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(w.isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("answers that are not saved")),
            qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), answer(box, "stay"));
        answer(box, "stay")->click();
        QTRY_VERIFY(!leaveQuestion(w));
        QVERIFY(w.isVisible());

        // Escape on the wizard goes the same way, and so does closing the window.
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(w.isVisible());
        box = leaveQuestion(w);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape); // Escape in the question means "stay"
        QTRY_VERIFY(!leaveQuestion(w));
        QVERIFY(w.isVisible());
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        box = leaveQuestion(w);
        QVERIFY(box);
        QVERIFY(!w.close()); // a second close asks no second question
        QCOMPARE(w.findChildren<QMessageBox *>(QStringLiteral("leaveQuestion")).size(), 1);
        answer(box, "leave")->click();
        QVERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Rejected));
    }

    void answersBackAsOpenedLoseNothing()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("Export only"))->click();
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("New TKEStack cluster"))->click();
        QVERIFY(w.state().config.answersKept()); // as the default profile had it
        w.button(QWizard::CancelButton)->click();
        QVERIFY(!w.isVisible());
    }

    void manifestEditsAreNamedUntilExported()
    {
        InstallerWizard &w = fresh();
        ManifestFileTab *tab = walkToReview(w);
        QVERIFY(tab);
        typeEdit(tab, QStringLiteral(" # tuned"));
        QVERIFY(w.state().edits.isEdited(tab->name()));
        QTest::keyClick(&w, Qt::Key_Escape);
        QMessageBox *box = leaveQuestion(w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("your edits of %1").arg(tab->name())),
            qPrintable(box->text()));
        QVERIFY(!box->text().contains(QStringLiteral("answers"))); // those are as they were
        answer(box, "stay")->click();
        QTRY_VERIFY(!leaveQuestion(w));

        // Exported: the files hold the edit, leaving loses nothing.
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ExportPageId));
        QTemporaryDir dir;
        QVERIFY(w.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Folder, dir.path()));
        w.button(QWizard::CancelButton)->click();
        QVERIFY(!leaveQuestion(w));
        QVERIFY(!w.isVisible());
    }

    void runningPreflightIsNamed()
    {
        // A node that takes the connection and never says a word: the run hangs in the SSH
        // handshake until its connect timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
            [&] { held.append(silent.nextPendingConnection()); });
        InstallerWizard &w = fresh();
        InstallPlan plan = w.state().config.plan();
        plan.target = Target::ExistingCluster;
        plan.nodes = {plan.nodes.first()};
        plan.nodes.first().ip = QStringLiteral("127.0.0.1");
        plan.nodes.first().port = silent.serverPort();
        w.state().config.setPlan(plan);
        while (w.currentId() != PreflightPageId)
            QVERIFY(clickNext(w));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        PreflightOptions options;
        options.useSshConfig = false;
        options.networkChecks = false;
        options.connectTimeoutMs = 3000;
        page->setOptions(options);
        page->runAll();
        QVERIFY(page->session()->isRunning());
        w.button(QWizard::CancelButton)->click();
        QMessageBox *box = leaveQuestion(w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("the preflight check that is running")),
            qPrintable(box->text()));
        answer(box, "leave")->click();
        QVERIFY(!w.isVisible());
        page->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page->session()->isRunning(), 10000);
    }




    void runningApplyTextSaysWhatStoppingLeaves()
    {
        UnsavedWork work;
        work.run = UnsavedWork::Run::Existing;
        const QString existing = LeaveQuestion::text(work);
        QVERIFY(existing.contains(QStringLiteral("stops it at once")));
        QVERIFY(existing.contains(QStringLiteral("inventory")));
        work.run = UnsavedWork::Run::NewCluster;
        QVERIFY(LeaveQuestion::text(work).contains(QStringLiteral("TKEStack goes on installing")));
    }
};

QTEST_MAIN(TestWizardLeave)
#include "tst_wizardleave.moc"
