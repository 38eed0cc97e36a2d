#pragma once

#include "preflight/CheckResult.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>

namespace tkeci {

class PreflightSession;

/// Presents a PreflightSession's results table: one row per node, one column per check. It
/// keeps no results of its own; one batch of the session costs one dataChanged() over the rows
/// it touched, so a 200-node run stays smooth.
class PreflightGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // int(Verdict); PendingVerdict while pending, NotRunVerdict where a run was cancelled.
    static constexpr int VerdictRole = Qt::UserRole + 1;
    static constexpr int PendingVerdict = -1;
    static constexpr int NotRunVerdict = -2;
    static constexpr int MessageRole = Qt::UserRole + 2; // checkMessage() in the current language
    static constexpr int DetailsRole = Qt::UserRole + 3; // raw text the check was judged on

    explicit PreflightGridModel(const PreflightSession *session, QObject *parent = nullptr);

    QStringList nodes() const;
    int columnOf(CheckId check) const;
    std::optional<CheckResult> result(int row, int column) const;
    /// Refreshes texts after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const PreflightSession *m_session;
    QIcon m_icons[3];
    QIcon m_notRunIcon;
};

} // namespace tkeci
