#pragma once

#include "WizardPage.h"
#include "preflight/CheckResult.h"
#include "preflight/PreflightQuestions.h"
#include "preflight/PreflightRunner.h"
#include "preflight/PreflightSession.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tkeci {
class PeerMatrixView;
class PreflightNodeActions;
class HostKeyApprovals;
class KnownHostsChooser;
class PreflightGridModel;

/// 预检: every node checked over SSH, results streaming into a nodes × checks grid. Failures
/// block the way on; warnings only when the operator explicitly accepts them. Unknown host keys
/// are gathered in one table (node, key type, SHA256) to approve together; nothing is trusted
/// silently and a changed key is refused. Each node can be re-checked or removed from the plan
/// in place, and a failure with a known fix has its command to copy.
class PreflightPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(WizardState &state, QWidget *parent = nullptr);
    ~PreflightPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool failed() const override;
    void cleanupPage() override;

    PreflightGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QCheckBox *acceptWarnings() const { return m_acceptWarnings; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *blockedLabel() const { return m_blocked; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *detailsView() const { return m_details; }
    PeerMatrixView *peerMatrixView() const { return m_matrix; }
    PreflightNodeActions *nodeActions() const { return m_actions; }
    HostKeyApprovals *hostKeyApprovals() const { return m_approvals; }
    KnownHostsChooser *knownHostsChooser() const { return m_knownHosts; }
    QTabWidget *lowerTabs() const { return m_lower; }
    PreflightSession *session() const { return m_session; }
    PreflightRunner *runner() const { return m_session->runner(); }
    /// How the nodes are reached (shared with the apply and uninstall steps through the state).
    void setOptions(const PreflightOptions &options);

public Q_SLOTS:
    void runAll();
    void rerunFailed();
    void cancel();
    // The session's results and its end land here; tests feed them directly.
    void addResults(const QList<tkeci::CheckResult> &results);
    void runFinished();

protected:
    void retranslate() override;

private:
    void startOn(const QStringList &nodes);
    std::optional<std::pair<QString, int>> kubeconfigApiServer() const;
    void updateState();
    void followPlan();
    void removeNode(const QString &node);
    void showFinishedNodes();
    void showDetails();
    void askPassword(const QString &node, CredentialKind kind, const QString &user);

    PreflightSession *m_session = nullptr;
    PreflightGridModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_grid = nullptr;
    PreflightNodeActions *m_actions = nullptr;
    HostKeyApprovals *m_approvals = nullptr;
    KnownHostsChooser *m_knownHosts = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTabWidget *m_lower = nullptr;
    PeerMatrixView *m_matrix = nullptr;
    QCheckBox *m_acceptWarnings = nullptr;
    QLabel *m_blocked = nullptr;
    QString m_blockedReason; // why Next is blocked, empty when it is not
    bool m_completeAnnounced = false; // completeChanged() was sent at least once
    bool m_running = false;
    bool m_checksFailed = false; // a check failed (kernel or other): the step list marks it
    bool m_ranOnce = false;
    std::optional<InstallPlan> m_checkedPlan; // what the grid's results were checked against
};

} // namespace tkeci
