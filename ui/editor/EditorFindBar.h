#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace tkeci {

/// A small bar under a text editor, not a dialog (the text stays in view and editable): find
/// forwards and backwards with wrap-around, and go to a line. install() gives the editor's
/// surroundings the usual keys: Ctrl+F find, F3 / Shift+F3 next / previous, Ctrl+L or Ctrl+G
/// go to line, Escape in the bar closes it.
class EditorFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit EditorFindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// The shortcuts, live while focus is inside `scope` (the editor's tab).
    void install(QWidget *scope);

    QLineEdit *findField() const { return m_find; }
    QSpinBox *lineField() const { return m_line; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Opens the bar on the find field, with the editor's selection as the text to find.
    void startFind();
    /// Next (or previous) match after (before) the cursor, wrapping around; false when the
    /// text is nowhere in the document. With no text yet, opens the bar instead.
    bool findNext();
    bool findPrevious();
    /// Opens the bar on the line field.
    void startGoToLine();
    /// Moves the editor's cursor to the start of 1-based `line` (clamped) and focuses it.
    void goToLine(int line);
    /// Hides the bar and gives the focus back to the editor.
    void close();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    void retranslate();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_findLabel = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_lineLabel = nullptr;
    QSpinBox *m_line = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_close = nullptr;
    enum class Said { Nothing, NotFound, Wrapped } m_said = Said::Nothing;
};

} // namespace tkeci
