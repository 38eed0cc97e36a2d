// The wizard, driven offscreen from the first page to the last: overlay, underlay, Galaxy and
// export-only branching, opening a profile, keyboard mnemonics.
#include "WizardFixture.h"
#include "widgets/NumberGuard.h"

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardFlow : public WizardFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setUp();
        // The Apply page reads $KUBECONFIG: none here, whatever the machine has.
        qputenv("KUBECONFIG", QByteArray("/nonexistent/kubeconfig"));
    }
    void cleanupTestCase() { tearDown(); }

    void coldStartToFirstPage()
    {
        QElapsedTimer timer;
        timer.start();
        InstallerWizard &w = fresh();
        QCOMPARE(w.currentId(), int(WelcomePageId));
        qInfo("wizard built and first page shown in %lld ms", timer.elapsed());
    }

    /// Every page can be used from the keyboard: no two visible mnemonics on a page clash
    /// (with the wizard's own buttons included), and focus can reach an input.

    void mnemonicsAreUniquePerPage()
    {
        InstallerWizard &w = fresh();
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        w.state().config.setHaType(HaType::ThirdParty);
        w.pageAs<ClusterNetworkPage>(ClusterNetworkPageId)->setExpanded(true);
        QSet<int> seen;
        do {
            seen.insert(w.currentId());
            const QString clash = mnemonicClash(w);
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
            if (w.currentId() == PreflightPageId)
                feedPreflight(w.pageAs<PreflightPage>(PreflightPageId),
                    results(nodeAddresses(w.state()), Verdict::Pass));
            if (w.currentId() == NetworkModePageId) {
                w.state().config.setAsn(64512);
                w.state().config.setSwitchIP(QStringLiteral("192.168.60.2"));
            }
            if (w.currentId() == HaPageId)
                w.state().config.setVip(QStringLiteral("10.0.0.100"));
        } while (clickNext(w));
        // Apply needs a usable kubeconfig; tst_wizardapply walks the pages after it.
        QCOMPARE(w.currentId(), int(ApplyPageId));
        QCOMPARE(seen.size(), 11); // every page up to the commit
    }

    void overlayWalkExportsWhatRenderWrites()
    {
        InstallerWizard &w = fresh();
        walkToNetworkMode(w);
        QVERIFY(clickNext(w)); // overlay is the default
        QCOMPARE(w.currentId(), int(HaPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ClusterNetworkPageId));
        QVERIFY(clickNext(w));
        passPreflight(w);
        QCOMPARE(w.currentId(), int(ReviewPageId));
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        const RenderResult rendered = renderManifests(w.state().config.plan());
        QCOMPARE(review->tabs()->count(), rendered.manifests.files.size() + 1);
        QVERIFY(review->fileTab(QStringLiteral("cilium")));
        QVERIFY(!review->fileTab(QStringLiteral("cilium-router")));
        QVERIFY(w.state().edits.editedFiles().isEmpty()); // showing text is not editing it
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ExportPageId));

        QTemporaryDir dir;
        auto *exportPage = w.pageAs<ExportPage>(ExportPageId);
        QVERIFY(
            exportPage->exportTo(ExportPage::Kind::Folder, dir.filePath(QStringLiteral("out"))));
        QCOMPARE(writeManifestDirectory(rendered.manifests, dir.filePath(QStringLiteral("cli"))),
            QString());
        for (const QString &name : QDir(dir.filePath(QStringLiteral("cli"))).entryList(QDir::Files))
            QCOMPARE(readAll(dir.filePath(QStringLiteral("out/") + name)),
                readAll(dir.filePath(QStringLiteral("cli/") + name)));

        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ApplyPageId));
        QVERIFY(w.page(ApplyPageId)->isCommitPage());
        auto *apply = w.pageAs<ApplyPage>(ApplyPageId);
        // A new cluster (the default): every file with where it goes. The Cluster object goes
        // to the global cluster; TKEStack deploys its own Cilium, nothing was edited.
        QCOMPARE(apply->steps()->topLevelItemCount(), rendered.manifests.files.size());
        QCOMPARE(apply->steps()->topLevelItem(0)->text(1), QStringLiteral("tkestack-cluster.yaml"));
        QCOMPARE(
            apply->steps()->topLevelItem(0)->text(2), QStringLiteral("TKEStack global cluster"));
        const QList<QTreeWidgetItem *> cilium
            = apply->steps()->findItems(QStringLiteral("cilium.yaml"), Qt::MatchExactly, 1);
        QCOMPARE(cilium.size(), 1);
        QVERIFY2(cilium.first()->text(2).contains(QStringLiteral("deployed by TKEStack itself")),
            qPrintable(cilium.first()->text(2)));
        // No kubeconfig: Apply stays disabled and the page says why.
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(apply->picker()->errorLabel()->isVisibleTo(apply));
        QVERIFY(apply->picker()->errorLabel()->text().contains(QStringLiteral("/nonexistent")));
    }

    void underlayNeedsAsnAndSwitchIp()
    {
        InstallerWizard &w = fresh();
        walkToNetworkMode(w);
        auto *page = w.pageAs<NetworkModePage>(NetworkModePageId);
        find<QRadioButton>(page, QStringLiteral("Underlay (BGP)"))->click();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // Nothing typed yet: the reason is said in the neutral tone, the field is not red.
        QVERIFY(!page->asnEdit()->property("tkeciInvalid").toBool());
        QCOMPARE(page->asnReason()->text(),
            QStringLiteral("is required when Network mode is Underlay (BGP)"));
        // Left empty: now it is an error, in the page's words.
        // Focus taken away by the program (or another window, a context menu) is not leaving.
        page->asnEdit()->setFocus(Qt::OtherFocusReason);
        page->switchIpEdit()->setFocus(Qt::OtherFocusReason);
        QVERIFY(!page->asnEdit()->property("tkeciInvalid").toBool());
        page->asnEdit()->setFocus(Qt::TabFocusReason);
        page->switchIpEdit()->setFocus(Qt::TabFocusReason); // Tab on: the ASN was left
        QVERIFY(page->asnEdit()->property("tkeciInvalid").toBool());
        QCOMPARE(page->asnReason()->text(),
            QStringLiteral("is required when Network mode is Underlay (BGP)"));
        // The field cannot hold 0 and says why, with the same sentence as the CLI's.
        QTest::keyClicks(page->asnEdit(), QStringLiteral("0"));
        QCOMPARE(page->asnEdit()->text(), QString());
        QCOMPARE(page->asnReason()->text(),
            QStringLiteral("0 is out of range; allowed: 1 to 4294967294"));
        QVERIFY(page->asnEdit()->property("tkeciInvalid").toBool());
        // The switch IP field turns red with the reason while it is wrong.
        QTest::keyClicks(page->switchIpEdit(), QStringLiteral("192.168.60"));
        QVERIFY(page->switchIpEdit()->property("tkeciInvalid").toBool());
        QVERIFY(page->switchIpReason()->isVisibleTo(page));
        QVERIFY(page->switchIpReason()->text().contains(QStringLiteral("192.168.60")));
        QTest::keyClicks(page->switchIpEdit(), QStringLiteral(".2"));
        QVERIFY(!page->switchIpEdit()->property("tkeciInvalid").toBool());
        QVERIFY(!page->switchIpReason()->isVisibleTo(page));
        // One digit too many is refused, and said, not dropped in silence.
        QTest::keyClicks(page->asnEdit(), QStringLiteral("4294967295"));
        QCOMPARE(page->asnEdit()->text(), QStringLiteral("429496729"));
        QVERIFY(page->asnEdit()->property("tkeciInvalid").toBool());
        QCOMPARE(page->asnReason()->text(),
            QStringLiteral("4294967295 is out of range; allowed: 1 to 4294967294"));
        page->asnEdit()->clear();
        QTest::keyClicks(page->asnEdit(), QStringLiteral("64512"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A node in another rack: its override is checked like the cluster's value.
        w.state().config.pasteNodes(QStringLiteral("10.0.1.20 worker"));
        NodeTableModel *overrides = page->overrideModel();
        QVERIFY(overrides->setData(overrides->index(1, 2), QStringLiteral("192.168.61")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(overrides->setData(overrides->index(1, 2), QStringLiteral("192.168.61.2")));
        QVERIFY(overrides->setData(overrides->index(1, 1), QStringLiteral("64513")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // The override cell's editor refuses 0 but can be emptied: no override, the cluster's ASN.
        auto *table = page->findChild<QTableView *>();
        QVERIFY(table);
        page->findChild<QCheckBox *>()->setChecked(true);
        table->edit(overrides->index(1, 1));
        auto *cell = table->findChild<QLineEdit *>();
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClick(cell, Qt::Key_Backspace);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(!w.state().config.nodes().at(1).asn.has_value());

        QVERIFY(clickNext(w));
        auto *ha = w.pageAs<HaPage>(HaPageId);
        // A port out of range is refused and said (it used to become 7000 without a word).
        find<QRadioButton>(ha, QStringLiteral("Third-party load balancer (CLB)"))->click();
        ha->vportBox()->selectAll();
        QTest::keyClicks(ha->vportBox(), QStringLiteral("70000"));
        QCOMPARE(ha->vportBox()->value(), 7000);
        QVERIFY(ha->vportReason()->isVisibleTo(ha));
        QCOMPARE(ha->vportReason()->text(),
            QStringLiteral("70000 is out of range; allowed: 1 to 65535"));
        QVERIFY(ha->vportBox()->property("tkeciInvalid").toBool());
        ha->vportBox()->selectAll();
        QTest::keyClicks(ha->vportBox(), QStringLiteral("6443"));
        QVERIFY(!ha->vportReason()->isVisibleTo(ha));
        find<QRadioButton>(ha, QStringLiteral("TKE built-in (keepalived + VIP)"))->click();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // the VIP is required
        QTest::keyClicks(ha->vipEdit(), QStringLiteral("10.0.0.100"));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        passPreflight(w);
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        QVERIFY(review->fileTab(QStringLiteral("cilium-router")));
        QVERIFY(review->fileTab(QStringLiteral("ip-masq-agent")));
        const QByteArray cluster = w.state().edits.text(QStringLiteral("tkestack-cluster"));
        QVERIFY(cluster.contains("64512"));
        QVERIFY(cluster.contains("10.0.0.100"));
        QVERIFY(clickNext(w));
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("site.tar.gz"));
        QVERIFY(w.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Bundle, bundle));
        QVERIFY(QFileInfo(bundle).size() > 1000);
    }

    void galaxySkipsCiliumPages()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(CniPageId));
        find<QRadioButton>(w.page(CniPageId), QStringLiteral("Galaxy (TKEStack default)"))->click();
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(HaPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ClusterNetworkPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ReviewPageId)); // no preflight for Galaxy
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        QCOMPARE(review->tabs()->count(), 2); // the Cluster object and the topology
        QVERIFY(review->fileTab(QStringLiteral("tkestack-cluster")));
        w.back();
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(CniPageId));
    }

    void exportOnlySkipsPreflightAndApply()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        find<QRadioButton>(w.page(TargetPageId), QStringLiteral("Export only"))->click();
        for (int i = 0; i < 6; ++i)
            QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ReviewPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(ExportPageId));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // export is the point
        QTemporaryDir dir;
        QVERIFY(w.pageAs<ExportPage>(ExportPageId)->exportTo(ExportPage::Kind::Folder, dir.path()));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(FinishPageId));
        auto *finish = w.pageAs<FinishPage>(FinishPageId);
        QVERIFY(finish->summary()->text().contains(dir.path()));
        QVERIFY(finish->summary()->text().contains(QStringLiteral("Nothing was applied")));
        QVERIFY(!finish->uninstallPanel()->isVisibleTo(finish)); // nothing to uninstall
        QVERIFY(!finish->verdicts()->isVisibleTo(finish));
        QVERIFY(!w.state().savedProfile.isEmpty());
        QVERIFY(!readAll(w.state().savedProfile).contains("password:"));
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
    }

    /// The step list beside the pages: the way the answers take, where the operator is, what
    /// is done; a preflight with failed checks is marked; the language follows a switch.
    void stepListFollowsTheWay()
    {
        using Mark = WizardStepList::Mark;
        InstallerWizard &w = fresh();
        WizardStepList *steps = w.stepList();
        QVERIFY(steps->isVisibleTo(&w));
        const auto shown = [steps] {
            QList<int> ids;
            for (int row = 0; row < steps->count(); ++row)
                ids.append(steps->pageAt(row));
            return ids;
        };
        QCOMPARE(shown(),
            (QList<int> {WelcomePageId, TargetPageId, NodesPageId, CniPageId, NetworkModePageId,
                HaPageId, ClusterNetworkPageId, PreflightPageId, ReviewPageId, ExportPageId,
                ApplyPageId, ApplyRunPageId, FinishPageId}));
        QCOMPARE(steps->markAt(0), Mark::Current);
        QCOMPARE(steps->markAt(1), Mark::Ahead);
        QCOMPARE(steps->item(0)->text(), QStringLiteral("▶ Welcome"));

        // Export only: no preflight, no apply; the list follows at once.
        w.state().config.setTarget(Target::ExportOnly);
        QTRY_COMPARE(shown(),
            (QList<int> {WelcomePageId, TargetPageId, NodesPageId, CniPageId, NetworkModePageId,
                HaPageId, ClusterNetworkPageId, ReviewPageId, ExportPageId, FinishPageId}));
        w.state().config.setTarget(Target::NewCluster);

        for (int i = 0; i < 7; ++i)
            QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PreflightPageId));
        QTRY_COMPARE(steps->markAt(7), Mark::Current);
        for (int row = 0; row < 7; ++row)
            QCOMPARE(steps->markAt(row), Mark::Done);
        QCOMPARE(steps->markAt(8), Mark::Ahead);

        // Failed checks mark the page; a passing run clears the mark.
        auto *preflight = w.pageAs<PreflightPage>(PreflightPageId);
        feedPreflight(preflight, results(nodeAddresses(w.state()), Verdict::Pass, Verdict::Fail));
        QTRY_COMPARE(steps->markAt(7), Mark::Failed);
        QVERIFY(steps->item(7)->text().startsWith(QStringLiteral("✗ ")));
        feedPreflight(preflight, results(nodeAddresses(w.state()), Verdict::Pass));
        QTRY_COMPARE(steps->markAt(7), Mark::Current);

        // Back: the page left is still on the way, ahead again.
        w.button(QWizard::BackButton)->click();
        QTRY_COMPARE(steps->markAt(6), Mark::Current);
        QCOMPARE(steps->markAt(7), Mark::Ahead);

        m_translations->switchTo(QLocale(QLocale::Chinese, QLocale::China));
        QTRY_COMPARE(steps->item(1)->text(), QStringLiteral("✓ 目标"));
        m_translations->switchTo(QLocale(QLocale::English));
        QTRY_COMPARE(steps->item(1)->text(), QStringLiteral("✓ Target"));
    }

    void openProfileFillsThePages()
    {
        InstallerWizard &w = fresh();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\ntarget: existing-cluster\ncni: cilium\ncilium:\n  networkMode: "
                   "underlay\n  underlay:\n    asn: 64512\n    switchIP: 192.168.60.2\n"
                   "nodes:\n  - ip: 10.0.0.16\n    role: master\n    auth: agent\n");
        file.close();
        auto *welcome = w.pageAs<WelcomePage>(WelcomePageId);
        welcome->openProfile(path);
        QCOMPARE(w.state().config.target(), Target::ExistingCluster);
        QCOMPARE(QSettings().value(QStringLiteral("lastProfile")).toString(), path);
        QVERIFY(find<QLabel>(welcome, QStringLiteral("Opened %1.").arg(path)));
        walkToNetworkMode(w);
        auto *mode = w.pageAs<NetworkModePage>(NetworkModePageId);
        QCOMPARE(mode->asnEdit()->text(), QStringLiteral("64512"));
        QCOMPARE(mode->switchIpEdit()->text(), QStringLiteral("192.168.60.2"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A file that is not a profile leaves the answers alone and says why.
        w.restart();
        QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("nodes: [\n");
        bad.close();
        welcome->openProfile(bad.fileName());
        QCOMPARE(w.state().config.target(), Target::ExistingCluster);
        bool said = false;
        for (QLabel *l : welcome->findChildren<QLabel *>())
            said = said || l->text().startsWith(QStringLiteral("The profile could not be read"));
        QVERIFY(said);
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
