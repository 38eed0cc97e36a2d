#pragma once

#include "apply/ControllerManagerChange.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace tkeci {
class ControllerManagerDialog;

/// The wizard's face of a ControllerManagerChange (core): its secrets pause becomes the
/// secrets dialog, its consent pause the diff dialog (window-modal over `dialogParent`), its
/// events lines for the panel. It decides nothing: the run does. close() drops an open dialog
/// (the run was stopped).
class ControllerManagerStep : public QObject
{
    Q_OBJECT
public:
    explicit ControllerManagerStep(QWidget *dialogParent);
    ~ControllerManagerStep() override;

    /// Presents `change` until it is destroyed.
    void attach(ControllerManagerChange &change);
    void close();
    /// The diff dialog while it is open (tests, screenshots).
    ControllerManagerDialog *diffDialog() const;

Q_SIGNALS:
    /// What the step is doing now, for the panel's message line.
    void progress(const QString &text);
    /// One line per master and outcome, for the panel's log.
    void logLine(const QString &line);

private:
    QWidget *m_dialogParent;
    QPointer<QDialog> m_dialog;
};

} // namespace tkeci
