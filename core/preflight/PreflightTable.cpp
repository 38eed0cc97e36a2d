#include "PreflightTable.h"

namespace tkeci {
namespace {

void count(CheckTally &t, const std::optional<CheckResult> &cell)
{
    if (!cell) {
        ++t.pending;
        return;
    }
    if (cell->code == CheckResult::Code::Cancelled) {
        ++t.cancelled;
        return;
    }
    switch (cell->verdict) {
    case Verdict::Pass:
        ++t.passed;
        break;
    case Verdict::Warn:
        ++t.warnings;
        break;
    case Verdict::Fail:
        ++t.failed;
        break;
    }
}

} // namespace

PreflightTable::PreflightTable()
    : m_checks(allCheckIds())
{ }

void PreflightTable::setNodes(const QStringList &nodes, const QList<CheckId> &checks)
{
    m_nodes = nodes;
    m_checks = checks;
    m_rowOf.clear();
    for (int r = 0; r < m_nodes.size(); ++r)
        m_rowOf.insert(m_nodes.at(r), r);
    m_cells = QList<std::optional<CheckResult>>(m_nodes.size() * m_checks.size());
}

QList<int> PreflightTable::clearNodes(const QStringList &nodes)
{
    QList<int> rows;
    for (const QString &node : nodes) {
        const int row = rowOf(node);
        if (row < 0)
            continue;
        for (int c = 0; c < m_checks.size(); ++c)
            m_cells[row * m_checks.size() + c].reset();
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PreflightTable::copyResults(
    const PreflightTable &from, const QStringList &nodes, const QList<CheckId> &checks)
{
    for (const QString &node : nodes) {
        for (const CheckId check : checks) {
            const int row = rowOf(node);
            const int column = columnOf(check);
            if (row >= 0 && column >= 0)
                m_cells[row * m_checks.size() + column] = from.result(node, check);
        }
    }
}

std::optional<std::pair<int, int>> PreflightTable::apply(const CheckResults &results)
{
    int top = INT_MAX;
    int bottom = -1;
    for (const CheckResult &r : results) {
        const int row = rowOf(r.node);
        const int column = columnOf(r.check);
        if (row < 0 || column < 0)
            continue;
        m_cells[row * m_checks.size() + column] = r;
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    }
    if (bottom < 0)
        return std::nullopt;
    return std::pair {top, bottom};
}

const std::optional<CheckResult> &PreflightTable::cell(int row, int column) const
{
    return m_cells.at(row * m_checks.size() + column);
}

std::optional<CheckResult> PreflightTable::result(int row, int column) const
{
    if (row < 0 || row >= m_nodes.size() || column < 0 || column >= m_checks.size())
        return std::nullopt;
    return cell(row, column);
}

std::optional<CheckResult> PreflightTable::result(const QString &node, CheckId check) const
{
    return result(rowOf(node), columnOf(check));
}

CheckResults PreflightTable::resultsOf(const QString &node) const
{
    CheckResults out;
    const int row = rowOf(node);
    for (int c = 0; row >= 0 && c < m_checks.size(); ++c) {
        if (const auto &r = cell(row, c))
            out.append(*r);
    }
    return out;
}

CheckTally PreflightTable::tally() const
{
    CheckTally t;
    for (const auto &c : m_cells)
        count(t, c);
    return t;
}

CheckTally PreflightTable::nodeTally(int row) const
{
    CheckTally t;
    for (int c = 0; row >= 0 && row < m_nodes.size() && c < m_checks.size(); ++c)
        count(t, cell(row, c));
    return t;
}

PreflightSummary PreflightTable::summary() const
{
    PreflightSummary s;
    for (int row = 0; row < m_nodes.size(); ++row) {
        const CheckTally t = nodeTally(row);
        s.cells.passed += t.passed;
        s.cells.warnings += t.warnings;
        s.cells.failed += t.failed;
        s.cells.pending += t.pending;
        s.cells.cancelled += t.cancelled;
        if (t.failed > 0)
            ++s.nodesFailed;
        else if (t.pending > 0)
            ++s.nodesPending;
        else if (t.cancelled > 0)
            ++s.nodesCancelled;
        else if (t.warnings > 0)
            ++s.nodesWarned;
        else
            ++s.nodesReady;
        for (int c = 0; c < m_checks.size(); ++c) {
            const auto &r = cell(row, c);
            s.kernelFailed = s.kernelFailed
                || (r && r->verdict == Verdict::Fail && r->code != CheckResult::Code::Cancelled
                    && isKernelCheck(r->check));
        }
    }
    return s;
}

QStringList PreflightTable::failedNodes() const
{
    QStringList out;
    for (int row = 0; row < m_nodes.size(); ++row) {
        if (nodeTally(row).failed > 0)
            out.append(m_nodes.at(row));
    }
    return out;
}

QStringList PreflightTable::unfinishedNodes() const
{
    QStringList out;
    for (int row = 0; row < m_nodes.size(); ++row) {
        if (nodeTally(row).toGo() > 0)
            out.append(m_nodes.at(row));
    }
    return out;
}

int PreflightTable::finishedNodeCount() const
{
    return int(m_nodes.size() - unfinishedNodes().size());
}

} // namespace tkeci
