#pragma once

#include "plan/InstallPlan.h"
#include "preflight/CheckResult.h"
#include "preflight/PreflightOptions.h"
#include "preflight/PreflightQuestions.h"
#include "preflight/PreflightTable.h"

#include <QObject>
#include <QStringList>

namespace tkeci {

class PreflightRunner;

/// One preflight operation as the GUI and the command line both see it: it owns the runner and
/// the results table with its tally, and turns the runner's batches into typed events. Where a
/// node needs the operator (an unknown host key, a password or key passphrase) the session
/// pauses that node with a signal and goes on when answered; the presenters only answer.
/// Lives in the caller's thread; no widgets.
class PreflightSession : public QObject
{
    Q_OBJECT
public:
    explicit PreflightSession(QObject *parent = nullptr);
    ~PreflightSession() override;

    const PreflightTable &table() const { return m_table; }
    PreflightSummary summary() const { return m_table.summary(); }
    /// The runner underneath, for progress and for tests that watch its batches.
    PreflightRunner *runner() const { return m_runner; }
    bool isRunning() const;

    /// A new table over these nodes and checks, every cell pending (no run started).
    void setNodes(const QStringList &nodes, const QList<CheckId> &checks = allCheckIds());
    /// A new table for what runAll(plan, options) will check, every cell pending.
    void prepare(const InstallPlan &plan, const PreflightOptions &options);
    /// The same, keeping the results of `keep` (nodes whose spec did not change): all of them
    /// with `keepNetwork`, else only their node-stage checks (nodeCheckIds()).
    void prepareKeeping(const InstallPlan &plan, const PreflightOptions &options,
        const QStringList &keep, bool keepNetwork);

public Q_SLOTS:
    /// Checks every node of `plan` in a fresh table (plan order).
    void runAll(const tkeci::InstallPlan &plan, const tkeci::PreflightOptions &options);
    /// Checks `nodes` of `plan` again; their cells go pending first, the others are kept.
    void rerun(const tkeci::InstallPlan &plan, const tkeci::PreflightOptions &options,
        const QStringList &nodes);
    /// Stops at once; unfinished nodes end as cancelled (failed), then finished().
    void cancel();
    /// Stores results in the table and announces them (the runner's batches come here).
    void addResults(const QList<tkeci::CheckResult> &results);

    /// Answers hostKeyUnknown(): accepting adds the key to the known-hosts file.
    void answerHostKey(const QString &node, bool accept);
    /// Answers credentialNeeded(); an empty secret declines. Kept in memory only.
    void provideSecret(const QString &node, const QString &secret);

Q_SIGNALS:
    /// The table is about to be made anew (setNodes(), runAll()), then tableReset().
    void tableAboutToReset();
    void tableReset();
    /// These rows went pending again (rerun()).
    void rowsCleared(const QList<int> &rows);
    /// One cell got its result. Sent for each cell of a batch, before resultsApplied().
    void resultArrived(const QString &node, tkeci::CheckId check);
    /// A batch of results is in the table; rows first..last (inclusive) changed.
    void resultsApplied(int firstRow, int lastRow);
    void nodeFinished(const QString &node);
    void progress(int done, int total);
    /// Pause: the node waits for answerHostKey(). Nodes ask at the same time, each on its
    /// own; a presenter may gather them and answer together.
    void hostKeyUnknown(const QString &node, const QString &fingerprint, const QString &keyType);
    /// Pause: the node waits for provideSecret().
    void credentialNeeded(const QString &node, tkeci::CredentialKind kind, const QString &user);
    void finished(const tkeci::PreflightSummary &summary);

private:
    PreflightRunner *m_runner = nullptr;
    PreflightTable m_table;
};

} // namespace tkeci

Q_DECLARE_METATYPE(tkeci::PreflightSummary)
