// The operator's way out of the wizard and back in: Cancel, Escape and closing the window ask
// when work would be lost (and say what), edits are kept beside the saved profile, and the
// Finished page says when an export no longer holds the latest edits.
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

    void editsAreSavedWithTheProfileAndComeBack()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("Export only"))->click();
        ManifestFileTab *tab = walkToReview(w);
        QVERIFY(tab);
        const QString name = tab->name();
        typeEdit(tab, QStringLiteral(" # kept for next time"));
        const QByteArray edited = w.state().edits.text(name);
        QVERIFY(edited.contains("# kept for next time"));
        QVERIFY(clickNext(w)); // Export
        QTemporaryDir dir;
        QVERIFY(w.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Folder, dir.path()));
        QVERIFY(clickNext(w)); // Finished: the answers are saved, and the edit beside them
        QCOMPARE(w.currentId(), int(FinishPageId));
        const QString profile = w.state().savedProfile;
        QVERIFY(!profile.isEmpty());
        const QString folder = manifestEditsFolder(profile);
        QCOMPARE(readAll(QDir(folder).filePath(name + QStringLiteral(".yaml"))), edited);
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        QVERIFY2(finish->summary()->text().contains(QStringLiteral("were saved beside it")),
            qPrintable(finish->summary()->text()));
        QVERIFY(w.unsavedWork().nothing());

        // Opened again in a new session: the edit is back, in the editor, and not stale.
        InstallerWizard &again = fresh();
        auto *welcome = again.pageAs<WelcomePage>(WelcomePageId);
        welcome->openProfile(profile);
        QCOMPARE(again.state().config.target(), Target::ExportOnly);
        QVERIFY(find<QLabel>(welcome,
            QStringLiteral("Opened %1. Your manifest edits saved with "
                           "it are back: %2 (the Review page shows "
                           "them).")
                .arg(profile, name)));
        ManifestFileTab *back = walkToReview(again);
        QVERIFY(back);
        QCOMPARE(back->name(), name);
        QCOMPARE(back->editor()->toPlainText().toUtf8(), edited);
        QVERIFY(again.state().edits.isEdited(name));
        QVERIFY(!again.state().edits.isStale(name));
        QVERIFY(again.unsavedWork().nothing()); // as kept: leaving loses nothing

        // Reset to generated and saved again: the folder holds no edit any more.
        back->resetToGenerated();
        QVERIFY(clickNext(again));
        QVERIFY(
            again.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Folder, dir.path()));
        QVERIFY(clickNext(again));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(name + QStringLiteral(".yaml"))));
    }

    void aCredentialTypedIntoAnEditIsNotSaved()
    {
        InstallerWizard &w = fresh(); // a new cluster: its Cluster file has password fields
        ManifestFileTab *tab = walkToReview(w);
        QVERIFY(tab);
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        ManifestFileTab *cluster = review->fileTab(QStringLiteral("tkestack-cluster"));
        QVERIFY(cluster);
        const QString generated = cluster->editor()->toPlainText();
        const qsizetype at = generated.indexOf(QStringLiteral("<filled at apply time"));
        QVERIFY2(at > 0, qPrintable(generated.left(2000)));
        const qsizetype end = generated.indexOf(u'\n', at);
        QString typed = generated;
        typed.replace(at, end - at, QStringLiteral("hunter2-secret"));
        cluster->editor()->setPlainText(typed);
        cluster->checkNow();
        QVERIFY(w.state().edits.isEdited(QStringLiteral("tkestack-cluster")));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("site.yaml"));
        const ProfileSaveResult saved
            = saveProfileWithEdits(w.state().config, w.state().edits, profile);
        QVERIFY(saved.ok());
        QCOMPARE(saved.edits.withheld, QStringList {QStringLiteral("tkestack-cluster.yaml")});
        QVERIFY(!readAll(profile).contains("hunter2"));
        QVERIFY(!QFileInfo::exists(manifestEditsFolder(profile)));
    }

    void anExportOlderThanTheLatestEditIsFlagged()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("Export only"))->click();
        ManifestFileTab *tab = walkToReview(w);
        QVERIFY(tab);
        QVERIFY(clickNext(w));
        QTemporaryDir dir;
        QVERIFY(w.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Folder, dir.path()));
        // Back to the review, one more edit, then on to the end without writing again.
        w.back();
        QCOMPARE(w.currentId(), int(ReviewPageId));
        typeEdit(tab, QStringLiteral(" # after the export"));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(FinishPageId));
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        QVERIFY(!finish->exportIsCurrent());
        QVERIFY2(finish->summary()->text().contains(QStringLiteral("OUT OF DATE")),
            qPrintable(finish->summary()->text()));
        QVERIFY(finish->exportAgainButton()->isVisibleTo(finish));
        QCOMPARE(mnemonicClash(w), QString());
        const QString file = QDir(dir.path()).filePath(tab->name() + QStringLiteral(".yaml"));
        QVERIFY(!readAll(file).contains("# after the export"));

        finish->exportAgainButton()->click();
        QVERIFY(readAll(file).contains("# after the export"));
        QVERIFY(finish->exportIsCurrent());
        QVERIFY(!finish->summary()->text().contains(QStringLiteral("OUT OF DATE")));
        QVERIFY(finish->summary()->text().contains(
            QStringLiteral("Files written to: %1").arg(dir.path())));
        QVERIFY(!finish->exportAgainButton()->isVisibleTo(finish));
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
