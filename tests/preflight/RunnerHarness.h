#pragma once

// Small helpers for driving a PreflightRunner to its end in a test.
#include "preflight/PreflightRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace tkeci::test {

using ResultMap = QHash<QString, QHash<QString, CheckResult>>; // node → check → result

inline NodeSpec keyNode(const QString &ip, const QString &key)
{
    NodeSpec n;
    n.ip = ip;
    n.role = NodeRole::Master;
    n.keyFile = key;
    return n;
}

/// A plan with one key-auth master per role, addressed through `ipByRole`.
inline InstallPlan planForRoles(
    const QHash<QString, QString> &ipByRole, const QStringList &roles, const QString &key)
{
    InstallPlan plan;
    for (const QString &role : roles)
        plan.nodes.append(keyNode(ipByRole.value(role), key));
    return plan;
}

/// Options for test runs: an explicit known-hosts file, no ~/.ssh/config (the machine's own
/// must not change a test), `connectMs` to connect and log in, 15 s for the checks. No network
/// stage: these nodes sit on separate links and cannot reach each other
/// (tst_preflightnetwork puts nodes on one segment for that).
inline PreflightOptions testOptions(const QString &knownHosts, int connectMs = 5000)
{
    PreflightOptions o;
    o.knownHostsFile = knownHosts;
    o.connectTimeoutMs = connectMs;
    o.commandTimeoutMs = 15000;
    o.useSshConfig = false;
    o.networkChecks = false;
    return o;
}

/// Every check of `ip` failed with `code` (a node-level outcome).
inline void expectAllRows(const ResultMap &results, const QString &ip, CheckResult::Code code)
{
    QCOMPARE(results.value(ip).size(), preflightCheckIds().size());
    for (const CheckResult &r : results.value(ip)) {
        QCOMPARE(r.verdict, Verdict::Fail);
        QCOMPARE(r.code, code);
    }
}

/// Collects every result of `runner` into `results` for as long as `context` lives.
inline void collect(PreflightRunner &runner, QObject &context, ResultMap &results)
{
    QObject::connect(&runner, &PreflightRunner::resultsReady, &context,
        [&results](const QList<CheckResult> &batch) {
            for (const CheckResult &r : batch)
                results[r.node].insert(checkIdString(r.check), r);
        });
}

/// Runs to finished() (30 s at most), answering host-key questions with `accept` when given.
inline ResultMap runToEnd(PreflightRunner &runner, const InstallPlan &plan,
    const PreflightOptions &options, std::optional<bool> accept = std::nullopt)
{
    ResultMap results;
    QObject context;
    collect(runner, context, results);
    if (accept) {
        QObject::connect(&runner, &PreflightRunner::hostKeyDecisionNeeded, &context,
            [&runner, accept](
                const QString &node, const QString &) { runner.answerHostKey(node, *accept); });
    }
    QSignalSpy finished(&runner, &PreflightRunner::finished);
    runner.start(plan, options);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); }();
    return results;
}

} // namespace tkeci::test
