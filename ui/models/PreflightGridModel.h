#pragma once

#include "preflight/CheckResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <optional>

namespace tkeci {

/// Nodes × checks of a preflight run: one row per node, one column per check id. Fed on the
/// GUI thread with the runner's batches; one batch costs one dataChanged() over the rows it
/// touched, so a 200-node run stays smooth.
class PreflightGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int VerdictRole = Qt::UserRole + 1; // int(Verdict), or -1 while pending
    static constexpr int MessageRole = Qt::UserRole + 2; // checkMessage() in the current language
    static constexpr int DetailsRole = Qt::UserRole + 3; // raw text the check was judged on

    explicit PreflightGridModel(QObject *parent = nullptr);

    /// New run over these nodes: every cell pending.
    void setNodes(const QStringList &nodes);
    /// Marks these nodes' cells pending again (re-run of failed nodes).
    void clearNodes(const QStringList &nodes);
    void addResults(const QList<CheckResult> &results);

    QStringList nodes() const { return m_nodes; }
    QStringList checks() const { return m_checks; }
    /// Nodes with at least one failed check.
    QStringList failedNodes() const;
    int count(Verdict verdict) const;
    int pendingCount() const;
    /// A failed kernel check anywhere: never overridable.
    bool hasKernelFailure() const;
    std::optional<CheckResult> result(int row, int column) const;
    /// Refreshes texts after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString checkTitle(const QString &checkId);

private:
    QStringList m_nodes;
    QStringList m_checks;
    QHash<QString, int> m_rowOf;
    QHash<QString, int> m_columnOf;
    QList<std::optional<CheckResult>> m_cells; // row-major
    QIcon m_icons[3];
};

} // namespace tkeci
