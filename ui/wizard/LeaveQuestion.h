#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace tkeci {

/// What leaving the wizard now would lose. Filled by InstallerWizard from the state and the
/// pages; nothing() means Cancel closes at once.
struct UnsavedWork
{
    enum class Run { None, Existing, NewCluster };
    QStringList editedFiles; // manifest edits neither exported nor saved beside a profile
    bool answers = false; // answers differ from the profile opened or saved (or the default)
    bool preflight = false; // a preflight run is going on
    Run run = Run::None; // the Applying page's run is going on
    bool nothing() const
    {
        return editedFiles.isEmpty() && !answers && !preflight && run == Run::None;
    }
};

/// The question Cancel, Escape and closing the window ask when there is work to lose: it names
/// what would be lost, and for a running apply what stopping it leaves behind.
class LeaveQuestion
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::LeaveQuestion)
public:
    /// The question's text (rich text: one item per thing lost), in the current language.
    static QString text(const UnsavedWork &work);
    /// A window-modal box, deleted on close, named "leaveQuestion"; "Stay" is the default and
    /// the Escape answer, so a second Escape or Enter never leaves by accident. Its "Leave"
    /// button has the object name "leave".
    static QMessageBox *create(const UnsavedWork &work, QWidget *parent);
};

} // namespace tkeci
