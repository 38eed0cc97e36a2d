#include "ExportPage.h"

#include "PageId.h"
#include "WizardState.h"
#include "edit/ManifestDigest.h"
#include "exporting/ExportWriter.h"
#include "widgets/StatusTone.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tkeci {

ExportPage::ExportPage(WizardState &state, QWidget *parent)
    : WizardPage(state, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_group = new QButtonGroup(this);
    m_folder = new QRadioButton(this);
    m_bundle = new QRadioButton(this);
    m_group->addButton(m_folder, int(Kind::Folder));
    m_group->addButton(m_bundle, int(Kind::Bundle));
    m_folder->setChecked(true);
    layout->addWidget(m_folder);
    layout->addWidget(m_bundle);
    auto *row = new QGridLayout;
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    row->addWidget(m_pathLabel, 0, 0);
    row->addWidget(m_path, 0, 1);
    row->addWidget(m_browse, 0, 2);
    layout->addLayout(row);
    m_write = new QPushButton(this);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        QString path = m_path->text();
        const bool bundle = kind() == Kind::Bundle;
        if (bundle && !path.endsWith(QLatin1String(".tar.gz")))
            path += QStringLiteral(".tar.gz");
        else if (!bundle && path.endsWith(QLatin1String(".tar.gz")))
            path.chop(7);
        m_path->setText(path);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = kind() == Kind::Folder
            ? QFileDialog::getExistingDirectory(this, tr("Export to folder"), m_path->text())
            : QFileDialog::getSaveFileName(
                this, tr("Export bundle"), m_path->text(), tr("Bundles (*.tar.gz)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_write, &QPushButton::clicked, this,
        [this] { exportTo(kind(), m_path->text().trimmed()); });
    retranslate();
}

ExportPage::Kind ExportPage::kind() const
{
    return Kind(m_group->checkedId());
}

void ExportPage::initializePage()
{
    if (m_path->text().isEmpty()) {
        const QString name = m_state.config.displayName().isEmpty() ? QStringLiteral("cilium")
                                                                    : m_state.config.displayName();
        m_path->setText(QDir::home().filePath(name + QStringLiteral("-manifests")));
    }
    retranslate();
}

bool ExportPage::exportTo(Kind kind, const QString &path)
{
    m_group->button(int(kind))->setChecked(true);
    m_path->setText(path);
    const ManifestSet set = m_state.edits.effective();
    m_error = path.isEmpty()   ? tr("Choose where to write.")
        : kind == Kind::Folder ? writeExportFolder(set, m_state.config.plan(), path)
                               : writeExportBundle(set, m_state.config.plan(), path);
    if (m_error.isEmpty()) {
        m_state.exportedTo = path;
        m_state.exportedBundle = kind == Kind::Bundle;
        m_state.exportedManifests = manifestSetDigest(set);
        m_state.keptEdits = editsDigest(m_state.edits); // the export holds them now
    }
    retranslate();
    Q_EMIT completeChanged();
    return m_error.isEmpty();
}

bool ExportPage::isComplete() const
{
    return m_state.config.target() != Target::ExportOnly || !m_state.exportedTo.isEmpty();
}

int ExportPage::nextId() const
{
    return m_state.config.target() == Target::ExportOnly ? FinishPageId : ApplyPageId;
}

void ExportPage::retranslate()
{
    setTitle(tr("Export"));
    setSubTitle(tr("Write the manifests for an offline site or for your records."));
    m_note->setText(m_state.config.target() == Target::ExportOnly
            ? tr("Export only: write the files, then finish.")
            : tr("Optional: Next goes on to apply without exporting."));
    m_folder->setText(tr("A &folder: one file per component, images.txt, apply.sh and README.txt"));
    m_bundle->setText(
        tr("One .tar.gz b&undle with the same files, for hosts without the installer"));
    m_pathLabel->setText(tr("Wh&ere:"));
    m_browse->setText(tr("Br&owse…"));
    m_write->setText(tr("&Write files"));
    if (!m_error.isEmpty()) {
        setLabelTone(m_result, Tone::Bad);
        m_result->setText(m_error);
    } else {
        setLabelTone(m_result, Tone::Neutral);
        m_result->setText(m_state.exportedTo.isEmpty()
                ? QString()
                : tr("Written to %1. No password or private key is in the files.")
                      .arg(m_state.exportedTo));
    }
}

} // namespace tkeci
