#pragma once

#include <QAbstractTableModel>

namespace tkeci {
class PlanConfig;

/// The plan's nodes as a table, read from and written to PlanConfig. Cells whose plan path
/// has a problem (`nodes[2].ip`) are shown red with the reason as tool tip, so duplicates and
/// bad addresses show inline. Two column sets: the SSH connection, or the per-node underlay
/// override (ASN and switch IP, empty = the cluster's).
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Columns { Connection, UnderlayOverride };
    enum Column { Address, Port, User, Role, Auth, KeyFile, Asn, SwitchIp };
    /// Qt::EditRole of Role/Auth holds the profile spelling ("master", "key").
    static constexpr int ProblemRole = Qt::UserRole + 1; // the cell's problem sentence

    NodeTableModel(PlanConfig &config, Columns columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Column columnKind(int column) const;
    /// Re-makes headers and role/auth texts after a language switch.
    void retranslate();
    int columnOf(Column kind) const { return int(m_columns.indexOf(kind)); }

    /// The profile path of a cell (`nodes[2].port`).
    QString pathOf(int row, Column kind) const;

private:
    PlanConfig &m_config;
    QList<Column> m_columns;
    int m_rows = 0;
};

} // namespace tkeci
