#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tkeci {
class FieldFeedback;
class KubeAccessPicker;

/// Where the install goes: a new TKEStack cluster, an existing one, or files only.
class TargetPage : public WizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    KubeAccessPicker *picker() const { return m_picker; }

protected:
    void retranslate() override;

private:
    void showPicker(); // the kubeconfig picker, for an existing cluster only

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
    KubeAccessPicker *m_picker = nullptr;
};

} // namespace tkeci
