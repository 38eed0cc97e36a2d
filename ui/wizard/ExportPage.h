#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tkeci {

/// Writes the reviewed manifests to a folder (one file per component, images.txt, apply.sh,
/// README.txt) or to one .tar.gz bundle for offline hosts. Required for an export-only target,
/// optional otherwise.
class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    enum class Kind { Folder, Bundle };
    explicit ExportPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    /// Writes now; returns whether it worked (the page shows the result either way).
    bool exportTo(Kind kind, const QString &path);

protected:
    void retranslate() override;

private:
    Kind kind() const;

    QButtonGroup *m_group = nullptr;
    QRadioButton *m_folder = nullptr;
    QRadioButton *m_bundle = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_note = nullptr;
    QString m_error;
};

} // namespace tkeci
