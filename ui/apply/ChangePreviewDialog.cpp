#include "ChangePreviewDialog.h"

#include "kube/KubeClient.h"
#include "widgets/DiffHighlighter.h"
#include "widgets/StatusTone.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tkeci {

namespace {

constexpr int kDiffRole = Qt::UserRole + 1;

} // namespace

ChangePreviewDialog::ChangePreviewDialog(const ClusterAccess &access,
    const QList<ManifestFile> &files, const InstallPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_files(files)
    , m_plan(plan)
{
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(this);
    m_changes = new QTreeWidget(split);
    m_changes->setColumnCount(2);
    m_changes->setRootIsDecorated(false);
    m_changes->header()->setStretchLastSection(true);
    m_diff = new QPlainTextEdit(split);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new DiffHighlighter(m_diff->document());
    m_highlighter->setPalette(palette());
    split->setStretchFactor(1, 2);
    split->setSizes({390, 510}); // object names in full, the diff beside them
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, &ChangePreviewDialog::showSelected);
    retranslate();
}

ChangePreviewDialog::~ChangePreviewDialog() = default;

void ChangePreviewDialog::start()
{
    m_result.reset();
    m_changes->clear();
    m_diff->clear();
    m_client = std::make_unique<KubeClient>(m_access);
    m_diffRun = std::make_unique<ClusterDiff>(*m_client);
    connect(m_diffRun.get(), &ClusterDiff::finished, this, &ChangePreviewDialog::showResult);
    m_diffRun->start(m_files, m_plan);
    retranslate();
}

void ChangePreviewDialog::showResult(const ClusterDiffResult &result)
{
    m_result = result;
    m_changes->clear();
    for (const ObjectChange &c : result.objects) {
        auto *item = new QTreeWidgetItem(m_changes, {c.ref.display(), QString()});
        item->setData(0, Qt::UserRole, int(c.kind));
        item->setData(0, kDiffRole, c.diff);
    }
    for (const NodeLabelChange &l : result.labels) {
        auto *item = new QTreeWidgetItem(m_changes,
            {tr("Node %1 (%2)").arg(l.node, l.nodeIp),
                QStringLiteral("%1: %2 \u2192 %3")
                    .arg(l.key, l.from.isEmpty() ? tr("(not set)") : l.from, l.to)});
        item->setData(0, Qt::UserRole, -1);
    }
    m_changes->resizeColumnToContents(0);
    // The first change is selected, so its diff shows at once.
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_changes->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() != int(ObjectChange::Kind::None)) {
            m_changes->setCurrentItem(item);
            break;
        }
    }
    retranslate();
}

void ChangePreviewDialog::showSelected()
{
    const QTreeWidgetItem *item = m_changes->currentItem();
    if (!item) {
        m_diff->clear();
        return;
    }
    const int kind = item->data(0, Qt::UserRole).toInt();
    if (kind == int(ObjectChange::Kind::None))
        m_diff->setPlainText(tr("No change: the object on the cluster is what the apply would "
                                "make of it."));
    else if (kind < 0)
        m_diff->setPlainText(tr("The apply puts this label on the node (server-side apply, "
                                "field manager tke-cilium-installer)."));
    else
        m_diff->setPlainText(item->data(0, kDiffRole).toString());
}

void ChangePreviewDialog::retranslate()
{
    setWindowTitle(tr("What the apply will change"));
    m_changes->setHeaderLabels({tr("Object"), tr("Change")});
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_changes->topLevelItem(i);
        switch (item->data(0, Qt::UserRole).toInt()) {
        case int(ObjectChange::Kind::Create):
            item->setText(1, tr("to be created"));
            break;
        case int(ObjectChange::Kind::Update):
            item->setText(1, tr("to be configured"));
            break;
        case int(ObjectChange::Kind::None):
            item->setText(1, tr("unchanged"));
            break;
        default: // a node label: its text is the label itself
            break;
        }
    }
    if (!m_result) {
        m_summary->setText(tr("Asking %1 what the apply would change (a dry run: nothing is "
                              "written)...")
                               .arg(m_access.server.authority()));
        setLabelTone(m_summary, Tone::Neutral);
        return;
    }
    if (m_result->error) {
        m_summary->setText(tr("The cluster could not answer for %1: %2")
                               .arg(m_result->failedObject, m_result->error->message));
        setLabelTone(m_summary, Tone::Bad);
        return;
    }
    int created = 0, configured = 0, unchanged = 0;
    for (const ObjectChange &c : m_result->objects) {
        created += c.kind == ObjectChange::Kind::Create;
        configured += c.kind == ObjectChange::Kind::Update;
        unchanged += c.kind == ObjectChange::Kind::None;
    }
    QString text = tr("As the cluster answers now: %1 to create, %2 to configure, %3 unchanged; "
                      "node labels to set: %4. Nothing was written.")
                       .arg(created)
                       .arg(configured)
                       .arg(unchanged)
                       .arg(m_result->labels.size());
    if (!m_result->nodesNotInCluster.isEmpty())
        text += u' '
            + tr("No node of the cluster has these addresses, so the apply would refuse to "
                 "label them: %1.")
                  .arg(m_result->nodesNotInCluster.join(QStringLiteral(", ")));
    m_summary->setText(text);
    setLabelTone(m_summary, m_result->nodesNotInCluster.isEmpty() ? Tone::Neutral : Tone::Warning);
    showSelected();
}

void ChangePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QDialog::changeEvent(event);
}

} // namespace tkeci
