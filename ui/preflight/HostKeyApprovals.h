#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tkeci {

/// The new host keys of every node that asked, gathered in one table (node, key type, SHA256
/// fingerprint) to be reviewed and approved together, instead of one modal dialog per node,
/// which does not work at fifty nodes. A changed key never comes here: the core refuses it
/// (fail closed). Nothing is trusted by default; the widget only passes the operator's answer
/// on, one answered() per node.
class HostKeyApprovals : public QWidget
{
    Q_OBJECT
public:
    explicit HostKeyApprovals(QWidget *parent = nullptr);

    /// A node waits for a decision on this key (a node asking again replaces its row).
    void add(const QString &node, const QString &fingerprint, const QString &keyType);
    /// The run ended or was cancelled: the questions are moot, nothing is answered.
    void clear();
    int count() const;
    void retranslate();

    QTableWidget *table() const { return m_table; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *rejectButton() const { return m_reject; }

public Q_SLOTS:
    /// Trusts every key listed now (what the operator has in front of them).
    void trustListed();
    /// Refuses the selected keys; those nodes fail with "host key not trusted".
    void rejectSelected();

Q_SIGNALS:
    void answered(const QString &node, bool accept);

private:
    void updateState();

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace tkeci
