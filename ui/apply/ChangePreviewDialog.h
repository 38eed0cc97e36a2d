#pragma once

#include "apply/ClusterDiff.h"
#include "kube/KubeConfig.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace tkeci {
class DiffHighlighter;
class KubeClient;

/// "What will change": asks the cluster what the apply would do (ClusterDiff: a dry-run
/// server-side apply of every object, nothing written) and shows it object by object, the
/// selected object's diff beside the list, and the underlay labels the nodes would get. Opened
/// from the Apply page before the operator commits.
class ChangePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePreviewDialog(const ClusterAccess &access, const QList<ManifestFile> &files,
        const InstallPlan &plan, QWidget *parent = nullptr);
    ~ChangePreviewDialog() override;

    /// Sends the requests; the list fills when the answers are in.
    void start();
    bool isDone() const { return m_result.has_value(); }
    const std::optional<ClusterDiffResult> &result() const { return m_result; }

    QTreeWidget *changes() const { return m_changes; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(const ClusterDiffResult &result);
    void showSelected();
    void retranslate();

    ClusterAccess m_access;
    QList<ManifestFile> m_files;
    InstallPlan m_plan;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<ClusterDiff> m_diffRun;
    std::optional<ClusterDiffResult> m_result;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_changes = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    DiffHighlighter *m_highlighter = nullptr;
};

} // namespace tkeci
