// Every model of the wizard under QAbstractItemModelTester, and the preflight grid at 200 nodes.
#include "WizardDriver.h"

#include "models/NodeTableModel.h"
#include "models/PeerMatrixModel.h"
#include "preflight/PreflightSession.h"
#include "profile/ProfileReader.h"
#include "widgets/PeerMatrixView.h"
#include "widgets/StatusTone.h"
#include "wizard/PlanConfig.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <cmath>

using namespace tkeci;
using namespace tkeci::testing;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toneColorsReadOnLightAndDarkPalettes()
    {
        // WCAG 2 contrast ratio between a status text and the window behind it.
        const auto luminance = [](const QColor &c) {
            const auto lin = [](qreal v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        for (const QColor &window : {QColor(0xef, 0xef, 0xef), QColor(0x2a, 0x2a, 0x2a)}) {
            QPalette palette;
            palette.setColor(QPalette::Window, window);
            palette.setColor(
                QPalette::WindowText, window.lightnessF() < 0.5 ? Qt::white : Qt::black);
            for (const Tone tone : {Tone::Good, Tone::Warning, Tone::Bad}) {
                const qreal ratio = contrast(toneColor(palette, tone), window);
                QVERIFY2(ratio >= 4.5,
                    qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                                   .arg(int(tone))
                                   .arg(window.name())
                                   .arg(ratio)));
            }
            QCOMPARE(toneColor(palette, Tone::Neutral), palette.color(QPalette::WindowText));
        }
        // A label coloured Bad and then Neutral inherits its parent's palette again.
        QWidget parent;
        auto *label = new QLabel(&parent);
        setLabelTone(label, Tone::Bad);
        QCOMPARE(
            label->palette().color(QPalette::WindowText), toneColor(parent.palette(), Tone::Bad));
        setLabelTone(label, Tone::Neutral);
        QCOMPARE(label->palette().color(QPalette::WindowText),
            parent.palette().color(QPalette::WindowText));
    }

    void nodeTable_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("connection") << int(NodeTableModel::Columns::Connection);
        QTest::newRow("underlay-override") << int(NodeTableModel::Columns::UnderlayOverride);
    }
    void nodeTable()
    {
        QFETCH(int, columns);
        PlanConfig config;
        config.setPlan(defaultProfile().plan);
        NodeTableModel model(config, NodeTableModel::Columns(columns));
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view; // a view attached, as in the page
        view.setModel(&model);
        config.pasteNodes(QStringLiteral("10.0.0.17\n10.0.0.18 master\n10.0.0.17"));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.data(model.index(3, 0), NodeTableModel::ProblemRole).toString().size() > 0);
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().size() > 0);
            model.setData(model.index(1, c), model.data(model.index(1, c), Qt::EditRole));
        }
        config.removeNodes({0, 2});
        QCOMPARE(model.rowCount(), 2);
        config.setClusterCIDR(QStringLiteral("10.0.0.0/16")); // now every node address is inside
        QVERIFY(model.data(model.index(0, 0), Qt::BackgroundRole).isValid());
        config.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void nodeTableEditsRoleAndAuth()
    {
        PlanConfig config;
        config.setPlan(defaultProfile().plan);
        NodeTableModel model(config, NodeTableModel::Columns::Connection);
        const int role = model.columnOf(NodeTableModel::Role);
        const int auth = model.columnOf(NodeTableModel::Auth);
        const int key = model.columnOf(NodeTableModel::KeyFile);
        QVERIFY(model.setData(model.index(0, auth), QStringLiteral("password")));
        QCOMPARE(config.nodes().first().auth, AuthMethod::Password);
        QVERIFY(!(model.flags(model.index(0, key)) & Qt::ItemIsEditable)); // no key to choose
        QVERIFY(model.setData(model.index(0, role), QStringLiteral("worker")));
        QVERIFY(!config.isValidUnder({QStringLiteral("nodes")})); // no master left
    }

    void preflightGridAt200Nodes()
    {
        const qint64 rssBefore = residentKiB();
        PreflightSession session;
        PreflightGridModel model(&session);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QStringList nodes;
        for (int i = 0; i < 200; ++i)
            nodes.append(QStringLiteral("198.18.%1.%2").arg(i / 250).arg(i % 250 + 1));
        session.setNodes(nodes);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(session.summary().cells.pending, 200 * model.columnCount());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Results arrive in batches of ~10 nodes, as the runner sends them every 100 ms.
        QElapsedTimer timer;
        timer.start();
        for (int b = 0; b < 20; ++b) {
            session.addResults(results(nodes.mid(b * 10, 10),
                b == 7 ? Verdict::Warn : Verdict::Pass, b == 13 ? Verdict::Fail : Verdict::Pass));
            QApplication::processEvents();
        }
        const qint64 ms = timer.elapsed();
        qInfo("200 nodes x %d checks in 20 batches: %lld ms including repaints",
            int(model.columnCount()), ms);
        QCOMPARE(changed.count(), 20); // one signal per batch, not per cell
        QVERIFY2(ms < 5000, "the grid must keep up with the runner");
        QCOMPARE(session.summary().cells.pending, 0);
        qInfo("memory: %lld KiB resident more with the 200-node grid shown",
            residentKiB() - rssBefore);
        QCOMPARE(session.summary().cells.failed, 10);
        QCOMPARE(session.summary().cells.warnings, 10 * (model.columnCount() - 1));
        QVERIFY(session.summary().kernelFailed);
        QCOMPARE(session.table().failedNodes().size(), 10);
        QCOMPARE(model.data(model.index(130, 0), PreflightGridModel::VerdictRole).toInt(),
            int(Verdict::Fail));
        QVERIFY(model.data(model.index(130, 0), Qt::DecorationRole).isValid());
        QVERIFY(model.data(model.index(130, 0), PreflightGridModel::MessageRole)
                    .toString()
                    .contains(QStringLiteral("4.11")));

        // A re-run of the failed nodes (none start: the plan has no nodes) marks them pending.
        session.rerun({}, {}, session.table().failedNodes());
        QCOMPARE(session.summary().cells.pending, 10 * model.columnCount());
        QVERIFY(!session.summary().kernelFailed);
        model.retranslate();
        // Results for a node that is not in the grid are ignored.
        session.addResults(results({QStringLiteral("203.0.113.9")}, Verdict::Pass));
        QCOMPARE(model.rowCount(), 200);
    }

    void peerMatrixColoursEachPair()
    {
        // Three nodes; UDP 8472 from .1 and .3 does not arrive at .2 (its verdict says so),
        // .1 and .3 pass and name .2. The view shows the two red cells and lists them.
        const QString n1 = QStringLiteral("10.0.0.1"), n2 = QStringLiteral("10.0.0.2"),
                      n3 = QStringLiteral("10.0.0.3");
        const auto row
            = [](const QString &node, Verdict v, CheckResult::Code code, const QStringList &args) {
                  CheckResult r;
                  r.node = node;
                  r.check = CheckId::NetVxlan;
                  r.verdict = v;
                  r.code = code;
                  r.args = args;
                  return r;
              };
        PreflightTable table;
        table.setNodes({n1, n2, n3});
        PeerMatrixView view;
        QAbstractItemModelTester tester(
            view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setTable(table);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), n2);
        QCOMPARE(view.model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("2"));
        const auto cell = [&view](int from, int to, int role) {
            return view.model()->data(view.model()->index(from, to), role);
        };
        const auto colour = [&cell](int from, int to) {
            return qvariant_cast<QBrush>(cell(from, to, Qt::BackgroundRole)).color();
        };
        QVERIFY(view.failedList()->text().contains(QStringLiteral("not judged")));
        table.apply({row(n1, Verdict::Pass, CheckResult::Code::NetPeersOk, {"UDP 8472", "1", n2}),
            row(n2, Verdict::Fail, CheckResult::Code::NetPeersBlocked,
                {"UDP 8472", n1 + QStringLiteral(", ") + n3}),
            row(n3, Verdict::Pass, CheckResult::Code::NetPeersOk, {"UDP 8472", "1", n2})});
        view.setTable(table);
        QCOMPARE(
            view.matrix().failedPairs(), (QList<std::pair<QString, QString>> {{n1, n2}, {n3, n2}}));
        const QColor bad = toneColor(view.palette(), Tone::Bad);
        const QColor good = toneColor(view.palette(), Tone::Good);
        QCOMPARE(colour(0, 1), bad);
        QCOMPARE(colour(2, 1), bad);
        QCOMPARE(colour(1, 0), good); // .2 sends fine
        QCOMPARE(colour(0, 2), good);
        QVERIFY(cell(0, 1, Qt::ToolTipRole).toString().contains(QStringLiteral("does NOT reach")));
        QCOMPARE(cell(0, 1, Qt::DisplayRole).toString(), QStringLiteral("×"));
        QCOMPARE(cell(1, 1, Qt::BackgroundRole).value<QBrush>().color(),
            view.palette().color(QPalette::Window)); // the diagonal
        QVERIFY2(view.failedList()->text().contains(n1 + QStringLiteral(" → ") + n2),
            qPrintable(view.failedList()->text()));
        // Another check, not judged in this table: nothing claimed.
        view.setCheck(CheckId::NetHealth);
        QVERIFY(view.matrix().failedPairs().isEmpty());
        QCOMPARE(colour(0, 1), view.palette().color(QPalette::Mid));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
