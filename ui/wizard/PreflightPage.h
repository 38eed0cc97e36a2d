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
class PreflightGridModel;

/// 预检: every node checked over SSH, results streaming into a nodes × checks grid. Failures
/// block the way on; warnings only when the operator explicitly accepts them. Unknown host keys
/// are asked about one dialog per node, with the SHA256 fingerprint; nothing is trusted
/// silently.
class PreflightPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(WizardState &state, QWidget *parent = nullptr);
    ~PreflightPage() override;
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    PreflightGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QCheckBox *acceptWarnings() const { return m_acceptWarnings; }
    QLabel *countsLabel() const { return m_counts; }
    QPlainTextEdit *detailsView() const { return m_details; }
    PeerMatrixView *peerMatrixView() const { return m_matrix; }
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
    void showDetails();
    void askNextHostKey();
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
    QPlainTextEdit *m_details = nullptr;
    QTabWidget *m_lower = nullptr;
    PeerMatrixView *m_matrix = nullptr;
    QCheckBox *m_acceptWarnings = nullptr;
    QLabel *m_blocked = nullptr;
    QString m_blockedReason; // why Next is blocked, empty when it is not
    bool m_completeAnnounced = false; // completeChanged() was sent at least once
    bool m_running = false;
    bool m_ranOnce = false;
    struct PreflightInputs
    {
        QList<NodeSpec> nodes;
        QString ciliumVersion;
        NetworkMode networkMode = NetworkMode::Overlay;
        Target target = Target::NewCluster;
        QString networkDevice;
        UnderlaySettings underlay;
        bool operator==(const PreflightInputs &) const = default;
    };
    PreflightInputs m_checkedInputs; // what the grid's results were checked against
    QList<std::pair<QString, QString>> m_hostKeyQueue; // (node, fingerprint), one dialog at a time
    bool m_askingHostKey = false;
};

} // namespace tkeci
