// Single wizard pages, driven offscreen: inline validation on the nodes table, the language
// switch, preflight gating, the manifest editor and the topology picture.
#include "WizardFixture.h"

#include "preflight/HostKeyApprovals.h"
#include "widgets/FieldFeedback.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTimer>

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTableWidget>

using namespace tkeci;
using namespace tkeci::testing;

class TestWizardPages : public WizardFixture
{
    Q_OBJECT

    /// Every form field a problem can point at is labelled on its page with the words the
    /// messages use for it (fieldLabel()), mnemonic and colon aside.
    static void checkFormLabelsAreFieldLabels(InstallerWizard &w)
    {
        static const QRegularExpression decoration(
            QStringLiteral("\\(&[A-Za-z]\\)|&(?=[^&])|[:：]$"));
        QApplication::processEvents(); // a language switch reaches the pages as posted events
        const QList<FieldFeedback *> fields = w.findChildren<FieldFeedback *>();
        QVERIFY(fields.size() >= 10);
        int checked = 0;
        for (QLabel *label : w.findChildren<QLabel *>()) {
            for (FieldFeedback *field : fields) {
                if (label->buddy() != field->input())
                    continue;
                const QString shown = label->text().remove(decoration).trimmed();
                QCOMPARE(shown, fieldLabel(field->paths().constFirst()));
                ++checked;
            }
        }
        QCOMPARE(checked, fields.size());
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

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
        QCOMPARE(m->data(m->index(2, 0), Qt::ToolTipRole).toString(),
            QStringLiteral("10.0.0.16 is already used by Row 1"));
        QVERIFY(m->data(m->index(3, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("10.0.0.999")));
        QVERIFY(!m->data(m->index(1, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(page->problemsLabel()->text().contains(
                     QStringLiteral("Row 3, Address: 10.0.0.16 is already used by Row 1")),
            qPrintable(page->problemsLabel()->text()));
        // Ctrl+V in the table adds the clipboard's lines; Delete removes the selected rows.
        QGuiApplication::clipboard()->setText(QStringLiteral("10.0.0.30\n10.0.0.31 master\n"));
        page->table()->setFocus();
        QTest::keySequence(page->table(), QKeySequence::Paste);
        QCOMPARE(m->rowCount(), 6);
        page->table()->selectRow(4);
        QTest::keySequence(page->table(), QKeySequence::Delete);
        QCOMPARE(m->rowCount(), 5);
        QCOMPARE(w.state().config.nodes().at(4).ip, QStringLiteral("10.0.0.31"));
        w.state().config.removeNodes({4});
        QVERIFY(m->setData(m->index(2, 0), QStringLiteral("10.0.0.18")));
        QVERIFY(m->setData(m->index(3, 0), QStringLiteral("10.0.0.19")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A new row is not an error before anything was typed: Next is off, and the page says
        // in the neutral tone what is left to fill in; the cell is not red.
        w.state().config.addNode();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!m->data(m->index(4, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!page->problemsLabel()->isVisibleTo(page));
        QVERIFY(page->toFillLabel()->isVisibleTo(page));
        QVERIFY2(
            page->toFillLabel()->text().contains(QStringLiteral("Row 5, Address: is required")),
            qPrintable(page->toFillLabel()->text()));
        // Left empty after an edit, it is an error at its cell and in the list.
        QVERIFY(m->setData(m->index(4, 0), QString()));
        QVERIFY(m->data(m->index(4, 0), Qt::BackgroundRole).isValid());
        QVERIFY(
            page->problemsLabel()->text().contains(QStringLiteral("Row 5, Address: is required")));
        QVERIFY(!page->toFillLabel()->isVisibleTo(page));

        // The port cell cannot hold 70000, and the page says so for that row.
        const QModelIndex port = m->index(1, m->columnOf(NodeTableModel::Port));
        page->table()->setCurrentIndex(port);
        page->table()->edit(port);
        auto *editor = page->table()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("70000"));
        QCOMPARE(editor->text(), QStringLiteral("7000"));
        QVERIFY2(page->problemsLabel()->text().contains(
                     QStringLiteral("Row 2, SSH port: 70000 is out of range; allowed: 1 to 65535")),
            qPrintable(page->problemsLabel()->text()));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.state().config.nodes().at(1).port, 7000); // the view commits queued
        // Removing a row above moves the touched cell with it: row 5 is now row 4, still red.
        w.state().config.removeNodes({0});
        QVERIFY(
            page->problemsLabel()->text().contains(QStringLiteral("Row 4, Address: is required")));
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
        // Messages name fields as the pages do, in the page's language: the TKEStack terms.
        QCOMPARE(problemMessage(
                     Problem {QStringLiteral("cilium.underlay.asn"), Problem::Code::RequiredWhen,
                         {QStringLiteral("cilium.networkMode"), QStringLiteral("underlay")}},
                     FieldNames::PageLabels),
            QStringLiteral("当网络模式为“Underlay（BGP）”时为必填项"));
        QCOMPARE(
            fieldLabel(QStringLiteral("cilium.underlay.switchIP")), QStringLiteral("交换机IP"));
        QCOMPARE(fieldLabel(QStringLiteral("nodes[1].port")), QStringLiteral("第 2 行的SSH 端口"));
        checkFormLabelsAreFieldLabels(w);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        welcome->languageBox()->setCurrentIndex(1);
        QCOMPARE(m_translations->current(), QStringLiteral("en"));
        checkFormLabelsAreFieldLabels(w);
    }

    /// The paste dialog is a form field like any other: Tab moves on, it does not type a tab.
    void pasteDialogTabMovesFocus()
    {
        InstallerWizard &w = fresh();
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(NodesPageId));
        const qsizetype before = w.state().config.nodes().size();
        QString typed;
        bool movedOn = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            // Whatever dialog it is, its text field is what the operator types into.
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QPlainTextEdit *edit = dialog ? dialog->findChild<QPlainTextEdit *>() : nullptr;
            if (!edit)
                return;
            answer.stop();
            edit->setFocus();
            QTest::keyClicks(edit, QStringLiteral("10.0.0.30 root worker"));
            QTest::keyClick(edit, Qt::Key_Tab);
            typed = edit->toPlainText();
            movedOn = !edit->hasFocus() && dialog->focusWidget() != edit;
            dialog->accept();
        });
        answer.start();
        find<QPushButton>(w.page(NodesPageId), QStringLiteral("Paste lines…"))->click();
        QCOMPARE(typed, QStringLiteral("10.0.0.30 root worker")); // no tab character
        QVERIFY(movedOn);
        QCOMPARE(w.state().config.nodes().size(), before + 1);
        QCOMPARE(w.state().config.nodes().last().ip, QStringLiteral("10.0.0.30"));
    }

    /// The per-node ASN column shows its whole header, in English and in Chinese.
    void perNodeAsnHeaderFitsInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void perNodeAsnHeaderFitsInBothLanguages()
    {
        QFETCH(QString, lang);
        InstallerWizard &w = fresh();
        m_translations->switchTo(*Translations::localeFromLang(lang));
        QApplication::processEvents();
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        walkToNetworkMode(w);
        auto *mode = w.pageAs<NetworkModePage>(NetworkModePageId);
        const QList<QCheckBox *> boxes = mode->findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 1); // "Some nodes are in other racks"
        boxes.first()->setChecked(true);
        QApplication::processEvents();
        QTableView *table = mode->overrideTable();
        QVERIFY(table->isVisibleTo(mode));
        NodeTableModel *model = mode->overrideModel();
        const int asn = model->columnOf(NodeTableModel::Asn);
        QHeaderView *header = table->horizontalHeader();
        const QString text = model->headerData(asn, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(header->sectionSize(asn) >= header->sectionSizeHint(asn),
            qPrintable(QStringLiteral("%1: \"%2\" is %3 px wide, its section %4 px")
                           .arg(lang, text)
                           .arg(header->sectionSizeHint(asn))
                           .arg(header->sectionSize(asn))));
        // The whole table fits: no column pushed out of view.
        QVERIFY(header->length() <= table->viewport()->width() + 1);
        QVERIFY(!model->headerData(asn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        m_translations->switchTo(QLocale(QLocale::English));
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
        page->session()->setNodes(nodes);
        QList<CheckResult> rows = results(nodes.mid(0, 2), Verdict::Pass);
        rows += results(nodes.mid(2), Verdict::Warn, Verdict::Fail);
        feedPreflight(page, rows);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!page->acceptWarnings()->isEnabled());
        QCOMPARE(page->session()->table().failedNodes(), QStringList {QStringLiteral("10.0.0.46")});
        page->grid()->setCurrentIndex(page->model()->index(2, 0));
        QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("4.10.0-118-generic")));
        QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("4.11")));
        QVERIFY(page->countsLabel()->text().contains(QStringLiteral("1 failed")));

        // Results are kept when coming back with the same plan, dropped when what preflight
        // judges changed (here the network mode: overlay needs UDP 8472).
        w.back();
        QVERIFY(clickNext(w));
        QCOMPARE(page->session()->table().failedNodes(), QStringList {QStringLiteral("10.0.0.46")});
        w.back();
        w.state().config.setNetworkMode(NetworkMode::Underlay);
        w.state().config.setAsn(64512);
        w.state().config.setSwitchIP(QStringLiteral("192.168.60.2"));
        QVERIFY(clickNext(w));
        QCOMPARE(page->session()->summary().cells.pending,
            page->model()->rowCount() * page->model()->columnCount());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        // Host keys: no dialog, one table of every node that asked, answered together.
        Q_EMIT page->runner()->hostKeyDecisionNeeded(QStringLiteral("10.0.0.16"),
            QStringLiteral("SHA256:aaa"), QStringLiteral("ssh-ed25519"));
        Q_EMIT page->runner()->hostKeyDecisionNeeded(
            QStringLiteral("10.0.0.17"), QStringLiteral("SHA256:bbb"), QStringLiteral("ssh-rsa"));
        QApplication::processEvents();
        QVERIFY(page->findChildren<QMessageBox *>().isEmpty());
        HostKeyApprovals *approvals = page->hostKeyApprovals();
        QVERIFY(approvals->isVisible());
        QCOMPARE(approvals->table()->rowCount(), 2);
        QCOMPARE(approvals->table()->item(1, 0)->text(), QStringLiteral("10.0.0.17"));
        QCOMPARE(approvals->table()->item(1, 1)->text(), QStringLiteral("ssh-rsa"));
        QCOMPARE(approvals->table()->item(1, 2)->text(), QStringLiteral("SHA256:bbb"));
        QVERIFY(!approvals->trustButton()->isDefault() && !approvals->trustButton()->autoDefault());
        QSignalSpy answered(approvals, &HostKeyApprovals::answered);
        QVERIFY(!approvals->rejectButton()->isEnabled()); // nothing selected yet
        approvals->table()->selectRow(0);
        approvals->rejectButton()->click();
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first(), (QVariantList {QStringLiteral("10.0.0.16"), false}));
        QCOMPARE(approvals->table()->rowCount(), 1);
        approvals->trustButton()->click();
        QCOMPARE(answered.count(), 2);
        QCOMPARE(answered.last(), (QVariantList {QStringLiteral("10.0.0.17"), true}));
        QVERIFY(!approvals->isVisible());
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
