#pragma once

#include "preflight/CheckResult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace tkeci {

/// Cells counted by verdict; a cell without a result is pending. A cell the run was cancelled
/// on (CheckResult::Code::Cancelled) counts as cancelled, not by its verdict: nothing was
/// checked there, so it neither passes nor blames the node.
struct CheckTally
{
    int passed = 0;
    int warnings = 0;
    int failed = 0;
    int pending = 0;
    int cancelled = 0;

    /// Every cell has a result of a check that ran.
    bool allDone() const { return pending == 0 && cancelled == 0; }
    /// A failed check, or one that never ran: the install must not go on.
    bool blocksInstall() const { return failed > 0 || cancelled > 0; }
    /// Cells that still need a run: pending or cancelled.
    int toGo() const { return pending + cancelled; }
    bool operator==(const CheckTally &) const = default;
};

/// What a whole run came to: cells overall and nodes by their worst verdict.
struct PreflightSummary
{
    CheckTally cells;
    int nodesReady = 0; // every check passed
    int nodesWarned = 0; // a warning, no failure
    int nodesFailed = 0;
    int nodesPending = 0; // no failure yet, some check without a result
    int nodesCancelled = 0; // no failure, none pending, some check cancelled
    bool kernelFailed = false; // a kernel check failed somewhere: never overridable
    bool operator==(const PreflightSummary &) const = default;
};

/// Nodes × checks of a preflight run, the one results table the GUI grid and the command line
/// both present. Rows are the nodes in plan order, columns the run's checks (runChecks()).
/// Pure data, no I/O.
class PreflightTable
{
public:
    PreflightTable();

    /// New run over these nodes and checks: every cell pending.
    void setNodes(const QStringList &nodes, const QList<CheckId> &checks = allCheckIds());
    /// Marks these nodes' cells pending again (re-run of some nodes). Returns the rows
    /// touched, in order.
    QList<int> clearNodes(const QStringList &nodes);
    /// Copies `from`'s results of `nodes` for `checks` into this table; cells of nodes or
    /// checks this table lacks are skipped (results kept across a change of the plan).
    void copyResults(
        const PreflightTable &from, const QStringList &nodes, const QList<CheckId> &checks);
    /// Stores each result in its cell; results for nodes not in the table are ignored.
    /// Returns the first and last row touched, or std::nullopt when none was.
    std::optional<std::pair<int, int>> apply(const CheckResults &results);

    const QStringList &nodes() const { return m_nodes; }
    const QList<CheckId> &checks() const { return m_checks; }
    int rowOf(const QString &node) const { return m_rowOf.value(node, -1); }
    int columnOf(CheckId check) const { return int(m_checks.indexOf(check)); }
    /// The cell's result; std::nullopt while pending or out of range.
    std::optional<CheckResult> result(int row, int column) const;
    std::optional<CheckResult> result(const QString &node, CheckId check) const;
    /// The node's results that have arrived, in column order.
    CheckResults resultsOf(const QString &node) const;

    CheckTally tally() const;
    CheckTally nodeTally(int row) const;
    PreflightSummary summary() const;
    /// Nodes with at least one failed check, in row order (a cancelled check is no failure).
    QStringList failedNodes() const;
    /// Nodes with a cell that still needs a run (pending or cancelled), in row order.
    QStringList unfinishedNodes() const;
    /// How many nodes have a result of a check that ran in every cell.
    int finishedNodeCount() const;

private:
    const std::optional<CheckResult> &cell(int row, int column) const;

    QStringList m_nodes;
    QList<CheckId> m_checks;
    QHash<QString, int> m_rowOf;
    QList<std::optional<CheckResult>> m_cells; // row-major
};

} // namespace tkeci
