// The preflight page's rule, without widgets: what blocks going on, and when warnings may be
// accepted.
#include "wizard/PreflightGate.h"

#include <QTest>

using namespace tkeci;

Q_DECLARE_METATYPE(tkeci::PreflightBlock)
Q_DECLARE_METATYPE(tkeci::PreflightTally)

namespace {

PreflightTally finished(int pass, int warn, int fail, bool kernel = false, bool accepted = false)
{
    PreflightTally t;
    t.ranOnce = true;
    t.passed = pass;
    t.warnings = warn;
    t.failed = fail;
    t.kernelFailed = kernel;
    t.warningsAccepted = accepted;
    return t;
}

} // namespace

class TestPreflightGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void block_data()
    {
        QTest::addColumn<PreflightTally>("tally");
        QTest::addColumn<PreflightBlock>("block");
        QTest::addColumn<bool>("canAccept");
        QTest::newRow("not run") << PreflightTally {} << PreflightBlock::NotRun << false;
        PreflightTally running = finished(3, 0, 0);
        running.running = true;
        QTest::newRow("running") << running << PreflightBlock::Running << false;
        QTest::newRow("all pass") << finished(18, 0, 0) << PreflightBlock::None << false;
        QTest::newRow("warnings") << finished(16, 2, 0) << PreflightBlock::WarningsNotAccepted
                                  << true;
        QTest::newRow("warnings accepted")
            << finished(16, 2, 0, false, true) << PreflightBlock::None << true;
        QTest::newRow("failure") << finished(17, 0, 1) << PreflightBlock::Failures << false;
        QTest::newRow("failure, warnings accepted")
            << finished(16, 1, 1, false, true) << PreflightBlock::Failures << false;
        // Seed case 3: an old kernel is never overridable, whatever was accepted.
        QTest::newRow("kernel") << finished(16, 1, 1, true, true) << PreflightBlock::KernelFailure
                                << false;
        PreflightTally cancelled = finished(9, 0, 0);
        cancelled.pending = 9;
        QTest::newRow("unfinished") << cancelled << PreflightBlock::Unfinished << false;
        // Stopped by the operator: no node is blamed, nothing passes, warnings wait.
        PreflightTally stopped = finished(9, 1, 0);
        stopped.cancelled = 8;
        QTest::newRow("cancelled") << stopped << PreflightBlock::Cancelled << false;
        PreflightTally stoppedAfterFailure = finished(9, 0, 1);
        stoppedAfterFailure.cancelled = 8;
        QTest::newRow("cancelled after a failure")
            << stoppedAfterFailure << PreflightBlock::Failures << false;
    }
    void block()
    {
        QFETCH(PreflightTally, tally);
        QFETCH(PreflightBlock, block);
        QFETCH(bool, canAccept);
        QCOMPARE(preflightBlock(tally), block);
        QCOMPARE(canAcceptWarnings(tally), canAccept);
    }
};

QTEST_GUILESS_MAIN(TestPreflightGate)
#include "tst_preflightgate.moc"
