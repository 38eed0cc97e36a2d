// The wizard, driven offscreen through every page: overlay, underlay, Galaxy, export only,
// inline validation, language switch, preflight gating and the manifest editor.
#include "WizardDriver.h"

#include "editor/ManifestEditor.h"
#include "editor/ManifestFileTab.h"
#include "models/NodeTableModel.h"
#include "render/ManifestRenderer.h"
#include "widgets/TopologyView.h"
#include "wizard/ApplyPage.h"
#include "wizard/ClusterNetworkPage.h"
#include "wizard/ExportPage.h"
#include "wizard/FinishPage.h"
#include "wizard/HaPage.h"
#include "wizard/NetworkModePage.h"
#include "wizard/NodesPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/WelcomePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace tkeci;
using namespace tkeci::testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

template<typename T> T *find(QWidget *page, const QString &text)
{
    for (T *w : page->findChildren<T *>()) {
        if (w->text().remove(u'&') == text)
            return w;
    }
    return nullptr;
}

} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<InstallerWizard> m_wizard;

    InstallerWizard &fresh()
    {
        m_wizard.reset();
        m_translations->switchTo(QLocale(QLocale::English));
        m_wizard = std::make_unique<InstallerWizard>(*m_translations);
        m_wizard->show();
        QApplication::processEvents();
        return *m_wizard;
    }

    /// Welcome → ... → the page after Cluster network, with the default answers.
    void walkToNetworkMode(InstallerWizard &w)
    {
        QCOMPARE(w.currentId(), int(WelcomePageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(TargetPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NodesPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(CniPageId));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NetworkModePageId));
    }

    void passPreflight(InstallerWizard &w)
    {
        QCOMPARE(w.currentId(), int(PreflightPageId));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        if (page->model()->pendingCount() > 0) // results of the same nodes are kept
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        feedPreflight(page, results(nodeAddresses(w.state()), Verdict::Pass));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TKEStack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tkeci-wizard-test"));
        m_translations = std::make_unique<Translations>(qApp);
    }
    void cleanupTestCase()
    {
        m_wizard.reset();
        m_translations.reset();
    }

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
            QMap<QChar, QString> owners;
            QList<QWidget *> widgets = w.currentPage()->findChildren<QWidget *>();
            for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton})
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
                QVERIFY2(!owners.contains(key),
                    qPrintable(QStringLiteral("page %1: '%2' in \"%3\" and \"%4\"")
                                   .arg(w.currentId())
                                   .arg(key)
                                   .arg(owners.value(key), text)));
                owners.insert(key, text);
            }
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
        QCOMPARE(w.currentId(), int(FinishPageId));
        QCOMPARE(seen.size(), 12); // every page visited
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
        QCOMPARE(w.pageAs<ApplyPage>(ApplyPageId)->steps()->topLevelItemCount(),
            rendered.manifests.files.size());
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(FinishPageId));
        const QString summary = w.pageAs<FinishPage>(FinishPageId)->summary()->text();
        QVERIFY(summary.contains(dir.filePath(QStringLiteral("out"))));
        QVERIFY(!w.state().savedProfile.isEmpty());
        QVERIFY(!readAll(w.state().savedProfile).contains("password:"));
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
    }

    void underlayNeedsAsnAndSwitchIp()
    {
        InstallerWizard &w = fresh();
        walkToNetworkMode(w);
        auto *page = w.pageAs<NetworkModePage>(NetworkModePageId);
        find<QRadioButton>(page, QStringLiteral("Underlay (BGP)"))->click();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // The switch IP field turns red with the reason while it is wrong.
        QTest::keyClicks(page->switchIpEdit(), QStringLiteral("192.168.60"));
        QVERIFY(page->switchIpEdit()->property("tkeciInvalid").toBool());
        QVERIFY(page->switchIpReason()->isVisibleTo(page));
        QVERIFY(page->switchIpReason()->text().contains(QStringLiteral("192.168.60")));
        QTest::keyClicks(page->switchIpEdit(), QStringLiteral(".2"));
        QVERIFY(!page->switchIpEdit()->property("tkeciInvalid").toBool());
        QVERIFY(!page->switchIpReason()->isVisibleTo(page));
        QTest::keyClicks(page->asnEdit(), QStringLiteral("4294967295"));
        QVERIFY(page->asnEdit()->property("tkeciInvalid").toBool());
        QVERIFY(page->asnReason()->text().contains(QStringLiteral("4294967294")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
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

        QVERIFY(clickNext(w));
        auto *ha = w.pageAs<HaPage>(HaPageId);
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
    }

    void nodesFlaggedInline()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        auto *page = w.pageAs<NodesPage>(NodesPageId);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.state().config.pasteNodes(QStringLiteral("10.0.0.17\n10.0.0.16\n10.0.0.999"));
        NodeTableModel *m = page->model();
        QCOMPARE(m->rowCount(), 4);
        QVERIFY(m->data(m->index(2, 0), Qt::BackgroundRole).isValid()); // duplicate of row 1
        QVERIFY(
            m->data(m->index(2, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("row 1")));
        QVERIFY(m->data(m->index(3, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("10.0.0.999")));
        QVERIFY(!m->data(m->index(1, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        auto *problems = page->findChildren<QLabel *>().last();
        QVERIFY(
            problems->text().contains(QStringLiteral("row 3: 10.0.0.16 is already used by row 1")));
        QVERIFY(m->setData(m->index(2, 0), QStringLiteral("10.0.0.18")));
        QVERIFY(m->setData(m->index(3, 0), QStringLiteral("10.0.0.19")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void topologySavesPngAndSvg()
    {
        InstallerWizard &w = fresh();
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        w.state().config.setAsn(64512);
        w.state().config.setSwitchIP(QStringLiteral("192.168.60.2"));
        w.state().config.setHaType(HaType::ThirdParty);
        w.state().config.setVip(QStringLiteral("10.0.0.100"));
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        review->initializePage();
        QTemporaryDir dir;
        QCOMPARE(review->topology()->saveTo(dir.filePath(QStringLiteral("t.svg"))), QString());
        const QByteArray svg = readAll(dir.filePath(QStringLiteral("t.svg")));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("ASN 64512"));
        QVERIFY(svg.contains("CLB VIP"));
        QCOMPARE(review->topology()->saveTo(dir.filePath(QStringLiteral("t.png"))), QString());
        const QImage png(dir.filePath(QStringLiteral("t.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= 900);
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

    void languageSwitchRetranslatesVisibleText()
    {
        InstallerWizard &w = fresh();
        auto *welcome = w.pageAs<WelcomePage>(WelcomePageId);
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        auto *mode = w.pageAs<NetworkModePage>(NetworkModePageId);
        find<QRadioButton>(mode, QStringLiteral("Underlay (BGP)"))->click();
        QTest::keyClicks(mode->switchIpEdit(), QStringLiteral("1.2.3"));
        const QString reasonBefore = mode->switchIpReason()->text();
        const QString titleBefore = mode->title();
        const QString nextBefore = w.buttonText(QWizard::NextButton);

        MarkingTranslator marker;
        qApp->installTranslator(&marker); // sends LanguageChange like Translations::switchTo
        QApplication::processEvents();
        QVERIFY(mode->title().startsWith(QStringLiteral("〔译〕")));
        QVERIFY(w.buttonText(QWizard::NextButton) != nextBefore);
        QVERIFY(mode->switchIpReason()->text() != reasonBefore);
        QVERIFY(find<QRadioButton>(mode, QStringLiteral("〔译〕Overlay (VXLAN)")));
        auto *nodes = w.pageAs<NodesPage>(NodesPageId);
        QVERIFY(nodes->model()
                    ->headerData(0, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .startsWith(QStringLiteral("〔译〕")));
        qApp->removeTranslator(&marker);
        QApplication::processEvents();
        QCOMPARE(mode->title(), titleBefore);

        // The language box switches the real translations at once and remembers the choice.
        welcome->languageBox()->setCurrentIndex(0);
        QCOMPARE(m_translations->current(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        welcome->languageBox()->setCurrentIndex(1);
        QCOMPARE(m_translations->current(), QStringLiteral("en"));
    }

    void brokenEditBlocksApply()
    {
        InstallerWizard &w = fresh();
        walkToNetworkMode(w);
        for (int i = 0; i < 3; ++i)
            QVERIFY(clickNext(w));
        passPreflight(w);
        auto *review = w.pageAs<ReviewPage>(ReviewPageId);
        ManifestFileTab *tab = review->fileTab(QStringLiteral("cilium"));
        review->tabs()->setCurrentWidget(tab);
        ManifestEditor *editor = tab->editor();
        QTextCursor cursor(editor->document()->findBlockByNumber(3));
        cursor.insertText(QStringLiteral("  broken: [unclosed\n"));
        tab->checkNow();
        QVERIFY(editor->errorLine() > 0);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(review->blockedLabel()->isVisibleTo(review));
        QVERIFY(review->blockedLabel()->text().contains(QStringLiteral("cilium.yaml")));
        QVERIFY(tab->statusLabel()->text().contains(QStringLiteral("line")));

        tab->resetToGenerated();
        QCOMPARE(editor->errorLine(), 0);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A valid edit is kept, shown in the diff, and exported.
        editor->setPlainText(
            editor->toPlainText().replace(QStringLiteral("enable-l7-proxy: \"false\""),
                QStringLiteral("enable-l7-proxy: \"false\"\n  operator-note: \"kept\"")));
        tab->checkNow();
        QVERIFY(w.state().edits.isEdited(QStringLiteral("cilium")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        find<QPushButton>(tab, QStringLiteral("Show diff"))->click();
        QVERIFY(
            tab->diffView()->toPlainText().contains(QStringLiteral("+  operator-note: \"kept\"")));

        // Renaming an object blocks with the reason.
        editor->setPlainText(editor->toPlainText().replace(
            QStringLiteral("name: cilium-config"), QStringLiteral("name: other")));
        tab->checkNow();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(tab->statusLabel()->text().contains(QStringLiteral("ConfigMap/other")));
        tab->resetToGenerated();

        // Edits survive going back and forth.
        editor->setPlainText(editor->toPlainText() + QStringLiteral("# note\n"));
        tab->checkNow();
        w.back();
        passPreflight(w);
        QVERIFY(w.state().edits.text(QStringLiteral("cilium")).endsWith("# note\n"));
        QVERIFY(review->fileTab(QStringLiteral("cilium"))
                    ->editor()
                    ->toPlainText()
                    .endsWith(QStringLiteral("# note\n")));
    }

    void preflightGatesTheWayOn()
    {
        InstallerWizard &w = fresh();
        w.state().config.pasteNodes(QStringLiteral("10.0.0.17\n10.0.0.46"));
        walkToNetworkMode(w);
        for (int i = 0; i < 3; ++i)
            QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PreflightPageId));
        auto *page = w.pageAs<PreflightPage>(PreflightPageId);
        const QStringList nodes = nodeAddresses(w.state());

        // Warnings: only an explicit accept lets the operator on.
        feedPreflight(page, results(nodes, Verdict::Warn));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(page->acceptWarnings()->isEnabled());
        page->acceptWarnings()->setChecked(true);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A kernel too old (seed case 3) blocks and cannot be overridden.
        page->model()->setNodes(nodes);
        QList<CheckResult> rows = results(nodes.mid(0, 2), Verdict::Pass);
        rows += results(nodes.mid(2), Verdict::Warn, Verdict::Fail);
        feedPreflight(page, rows);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!page->acceptWarnings()->isEnabled());
        QCOMPARE(page->model()->failedNodes(), QStringList {QStringLiteral("10.0.0.46")});
        page->grid()->setCurrentIndex(page->model()->index(2, 0));
        QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("4.10.0-118-generic")));
        QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("4.11")));
        QVERIFY(page->countsLabel()->text().contains(QStringLiteral("1 failed")));

        // Results are kept when coming back with the same plan, dropped when what preflight
        // judges changed (here the network mode: overlay needs UDP 8472).
        w.back();
        QVERIFY(clickNext(w));
        QCOMPARE(page->model()->failedNodes(), QStringList {QStringLiteral("10.0.0.46")});
        w.back();
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        w.state().config.setAsn(64512);
        w.state().config.setSwitchIP(QStringLiteral("192.168.60.2"));
        QVERIFY(clickNext(w));
        QCOMPARE(page->model()->pendingCount(),
            page->model()->rowCount() * page->model()->columnCount());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        // Host keys: one dialog at a time, one per node, with the fingerprint.
        Q_EMIT page->runner()->hostKeyDecisionNeeded(
            QStringLiteral("10.0.0.16"), QStringLiteral("SHA256:aaa"));
        Q_EMIT page->runner()->hostKeyDecisionNeeded(
            QStringLiteral("10.0.0.17"), QStringLiteral("SHA256:bbb"));
        QApplication::processEvents();
        auto dialogs = page->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog"));
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->text().contains(QStringLiteral("SHA256:aaa")));
        QCOMPARE(dialogs.first()->defaultButton(), dialogs.first()->button(QMessageBox::No));
        dialogs.first()->button(QMessageBox::No)->click();
        QApplication::processEvents();
        QTRY_COMPARE(page->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog")).size(), 1);
        dialogs = page->findChildren<QMessageBox *>(QStringLiteral("hostKeyDialog"));
        QVERIFY(dialogs.first()->text().contains(QStringLiteral("SHA256:bbb")));
        dialogs.first()->button(QMessageBox::No)->click();
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
