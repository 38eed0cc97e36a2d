#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace tkeci {
class EditorFindBar;
class ManifestEdits;
class ManifestEditor;
class YamlHighlighting;

/// One manifest file on the review page: the editor, what is wrong with the edit (checked
/// shortly after each keystroke), the diff against the generated text and "reset", and a find
/// bar (find, go to line).
class ManifestFileTab : public QWidget
{
    Q_OBJECT
public:
    ManifestFileTab(ManifestEdits &edits, const YamlHighlighting &highlighting, const QString &name,
        QWidget *parent = nullptr);
    QString name() const { return m_name; }
    ManifestEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *diffView() const { return m_diff; }
    EditorFindBar *findBar() const { return m_findBar; }
    /// Judges the text now instead of after the typing pause (tests, tab switches).
    void checkNow();
    void resetToGenerated();
    void retranslate();
    /// A new cluster: the status says whether TKEStack deploys the file itself and what
    /// happens to an edit of it.
    void setNewCluster(bool newCluster);

Q_SIGNALS:
    /// The edit was stored and judged; the page re-checks whether Apply may go on.
    void judged();

protected:
    void changeEvent(QEvent *event) override;

private:
    ManifestEdits &m_edits;
    QString m_name;
    bool m_newCluster = false;
    ManifestEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_showDiff = nullptr;
    QPushButton *m_reset = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    EditorFindBar *m_findBar = nullptr; // Ctrl+F, F3, Ctrl+L in this tab
    QTimer *m_pause = nullptr;
};

} // namespace tkeci
