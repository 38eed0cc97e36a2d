#include "EditorFindBar.h"

#include "widgets/StatusTone.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace tkeci {

EditorFindBar::EditorFindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 2, 0, 2);
    m_findLabel = new QLabel(this);
    m_find = new QLineEdit(this);
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_lineLabel = new QLabel(this);
    m_line = new QSpinBox(this);
    m_line->setMinimum(1);
    m_lineLabel->setBuddy(m_line);
    m_status = new QLabel(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    row->addWidget(m_findLabel);
    row->addWidget(m_find, 2);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(m_lineLabel);
    row->addWidget(m_line);
    row->addWidget(m_status, 1);
    row->addWidget(m_close);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        // Shift+Enter goes backwards, as in browsers and Kate.
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Find as you type, from where the current match starts.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        if (!m_find->text().isEmpty())
            find(false);
    });
    connect(m_previous, &QToolButton::clicked, this, &EditorFindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &EditorFindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &EditorFindBar::close);
    m_find->installEventFilter(this);
    m_line->installEventFilter(this);
    hide();
    retranslate();
}

void EditorFindBar::install(QWidget *scope)
{
    const auto bind = [this, scope](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(QKeySequence::Find), &EditorFindBar::startFind);
    // F3 alone, not QKeySequence::FindNext: on Linux that also holds Ctrl+G, go to line here.
    bind(QKeySequence(Qt::Key_F3), &EditorFindBar::findNext);
    bind(QKeySequence(Qt::SHIFT | Qt::Key_F3), &EditorFindBar::findPrevious);
    bind(QKeySequence(Qt::CTRL | Qt::Key_L), &EditorFindBar::startGoToLine);
    bind(QKeySequence(Qt::CTRL | Qt::Key_G), &EditorFindBar::startGoToLine);
}

void EditorFindBar::startFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool EditorFindBar::findNext()
{
    if (m_find->text().isEmpty()) {
        startFind();
        return false;
    }
    return find(false);
}

bool EditorFindBar::findPrevious()
{
    if (m_find->text().isEmpty()) {
        startFind();
        return false;
    }
    return find(true);
}

bool EditorFindBar::find(bool backward)
{
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QString text = m_find->text();
    m_said = Said::Nothing;
    bool found = m_editor->find(text, flags);
    if (!found) {
        // Wrap around: from the other end of the document.
        const QTextCursor before = m_editor->textCursor();
        QTextCursor c(m_editor->document());
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(c);
        found = m_editor->find(text, flags);
        if (found)
            m_said = Said::Wrapped;
        else {
            m_editor->setTextCursor(before);
            m_said = Said::NotFound;
        }
    }
    if (found)
        m_editor->centerCursor();
    retranslate();
    return found;
}

void EditorFindBar::startGoToLine()
{
    m_line->setMaximum(std::max(1, m_editor->document()->blockCount()));
    m_line->setValue(m_editor->textCursor().blockNumber() + 1);
    show();
    m_line->setFocus();
    m_line->selectAll();
}

void EditorFindBar::goToLine(int line)
{
    const int count = m_editor->document()->blockCount();
    const QTextBlock block
        = m_editor->document()->findBlockByNumber(std::clamp(line, 1, count) - 1);
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->centerCursor();
    m_editor->setFocus();
}

void EditorFindBar::close()
{
    hide();
    m_editor->setFocus();
}

bool EditorFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (watched == m_line && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_line->interpretText();
            goToLine(m_line->value());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorFindBar::retranslate()
{
    m_findLabel->setText(tr("F&ind:"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_lineLabel->setText(tr("Line:"));
    m_line->setToolTip(tr("Go to line (Ctrl+L or Ctrl+G)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    switch (m_said) {
    case Said::Nothing:
        setLabelTone(m_status, Tone::Neutral);
        m_status->clear();
        break;
    case Said::NotFound:
        setLabelTone(m_status, Tone::Bad);
        m_status->setText(tr("Not found"));
        break;
    case Said::Wrapped:
        setLabelTone(m_status, Tone::Neutral);
        m_status->setText(tr("Search wrapped around"));
        break;
    }
}

void EditorFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
