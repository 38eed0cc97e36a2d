#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tkeci {
class FieldFeedback;

/// Where the install goes: a new TKEStack cluster, an existing one, or files only.
class TargetPage : public WizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void retranslate() override;

private:
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_export = nullptr;
    QLabel *m_newNote = nullptr;
    QLabel *m_existingNote = nullptr;
    QLabel *m_exportNote = nullptr;
    QLabel *m_importedNote = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameReason = nullptr;
    FieldFeedback *m_nameFeedback = nullptr;
};

} // namespace tkeci
