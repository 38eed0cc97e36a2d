#include "ManifestFileTab.h"

#include "EditorFindBar.h"
#include "ManifestEditor.h"
#include "apply/NewClusterFiles.h"
#include "edit/ManifestEdits.h"
#include "widgets/StatusTone.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace tkeci {

ManifestFileTab::ManifestFileTab(ManifestEdits &edits, const YamlHighlighting &highlighting,
    const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_name(name)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_editor = new ManifestEditor(highlighting, split);
    m_editor->setPlainText(QString::fromUtf8(m_edits.text(name)));
    m_diff = new QPlainTextEdit(split);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setVisible(false);
    layout->addWidget(split, 1);
    m_findBar = new EditorFindBar(m_editor, this);
    m_findBar->install(this);
    layout->addWidget(m_findBar);

    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showDiff = new QPushButton(this);
    m_showDiff->setCheckable(true);
    m_reset = new QPushButton(this);
    row->addWidget(m_status, 1);
    row->addWidget(m_showDiff);
    row->addWidget(m_reset);
    layout->addLayout(row);

    // Judging re-parses the whole file: wait for a pause in typing so a large file stays fluid.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &ManifestFileTab::checkNow);
    connect(m_editor, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_showDiff, &QPushButton::toggled, this, [this](bool on) {
        m_diff->setVisible(on);
        checkNow();
    });
    connect(m_reset, &QPushButton::clicked, this, &ManifestFileTab::resetToGenerated);
    retranslate();
}

void ManifestFileTab::resetToGenerated()
{
    m_edits.reset(m_name);
    m_editor->setPlainText(QString::fromUtf8(m_edits.text(m_name)));
    checkNow();
}

void ManifestFileTab::checkNow()
{
    m_pause->stop();
    m_edits.setText(m_name, m_editor->toPlainText().toUtf8());
    const QList<EditIssue> issues = m_edits.issues(m_name);
    int line = 0;
    QStringList lines;
    for (const EditIssue &issue : issues) {
        if (!line)
            line = issue.line;
        lines.append(editIssueMessage(issue));
    }
    m_editor->setErrorLine(line);
    const bool edited = m_edits.isEdited(m_name);
    m_reset->setEnabled(edited);
    if (!issues.isEmpty()) {
        setLabelTone(m_status, Tone::Bad);
        m_status->setText(lines.join(u'\n'));
    } else {
        setLabelTone(m_status, Tone::Neutral);
        const ManifestFile *generated = m_edits.generated().file(m_name);
        const bool tkeStacks = m_newCluster && generated
            && generated->destination == ManifestDestination::TargetCluster;
        QString text;
        if (tkeStacks && tkeStackDeploysFile(generated->fileName()))
            text = edited ? tr("Edited and valid. TKEStack first deploys its own version when it "
                               "creates the cluster; this program then applies yours to the new "
                               "cluster once it runs.")
                          : tr("As generated from your answers: TKEStack deploys this itself "
                               "when it creates the cluster (EnsureCilium).");
        else if (tkeStacks)
            text = tr("This program applies this file to the new cluster once it runs.");
        else
            text = edited ? tr("Edited; the edit is valid and will be applied.")
                          : tr("As generated from your answers.");
        if (m_edits.isStale(m_name))
            text += u' '
                + tr("Your answers changed after this edit, so it may hold old values: check "
                     "the diff, or reset to generated.");
        m_status->setText(text);
    }
    if (m_diff->isVisible()) {
        const QString diff
            = unifiedDiff(m_edits.generated().file(m_name) ? m_edits.generated().file(m_name)->yaml
                                                           : QByteArray(),
                m_edits.text(m_name));
        m_diff->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
    }
    Q_EMIT judged();
}

void ManifestFileTab::setNewCluster(bool newCluster)
{
    m_newCluster = newCluster;
    checkNow();
}

void ManifestFileTab::retranslate()
{
    m_showDiff->setText(tr("Show &diff"));
    m_reset->setText(tr("Re&set to generated"));
    checkNow();
}

void ManifestFileTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
