#include "KubeAccessPicker.h"

#include "widgets/StatusTone.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tkeci {

KubeAccessPicker::KubeAccessPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_contextLabel = new QLabel(this);
    m_context = new QComboBox(this);
    m_contextLabel->setBuddy(m_context);
    grid->addWidget(m_pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_contextLabel, 1, 0);
    grid->addWidget(m_context, 1, 1, 1, 2);
    m_server = new QLabel(this);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setWordWrap(true);
    grid->addWidget(m_server, 2, 1, 1, 2);
    // Warnings (TLS verification off, plain HTTP) stand out: the operator must see them before
    // sending anything, machine passwords included.
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(6);
    setLabelTone(m_warning, Tone::Warning);
    m_warning->hide();
    grid->addWidget(m_warning, 3, 0, 1, 3);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    setLabelTone(m_error, Tone::Bad);
    m_error->hide();
    grid->addWidget(m_error, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        // Also sent when the field merely loses focus (to a dialog, to the commit button):
        // with the same path, the context the operator chose must stay.
        if (m_path->text() == m_loadedPath)
            return;
        m_context->clear();
        reload();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_path->text().split(QDir::listSeparator()).value(0);
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig"), start);
        if (!path.isEmpty())
            setKubeconfig(path);
    });
    connect(m_context, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    retranslate();
}

void KubeAccessPicker::useDefaultPath()
{
    if (!m_path->text().isEmpty())
        return;
    // As kubectl: $KUBECONFIG (several files, merged), else ~/.kube/config.
    m_path->setText(kubeconfigPaths(QString(), qEnvironmentVariable("KUBECONFIG"), QDir::homePath())
                        .join(QDir::listSeparator()));
    reload();
}

void KubeAccessPicker::setKubeconfig(const QString &path)
{
    m_path->setText(path);
    m_context->clear();
    reload();
}

void KubeAccessPicker::setContext(const QString &context)
{
    m_context->setCurrentText(context);
}

QString KubeAccessPicker::kubeconfig() const
{
    return m_path->text();
}

KubeAccessChoice KubeAccessPicker::choice() const
{
    return {m_path->text(), m_context->currentText(), m_access};
}

void KubeAccessPicker::choose(const KubeAccessChoice &choice)
{
    if (choice.path.isEmpty()) {
        useDefaultPath();
        return;
    }
    if (choice.path != m_path->text())
        setKubeconfig(choice.path);
    if (!choice.context.isEmpty() && choice.context != m_context->currentText())
        setContext(choice.context);
}

void KubeAccessPicker::reload()
{
    m_loadedPath = m_path->text();
    const QStringList paths = m_path->text().split(QDir::listSeparator(), Qt::SkipEmptyParts);
    m_result = loadKubeConfig(paths, m_context->currentText());
    m_access = m_result.access;
    // The combo lists the file's contexts; the current-context is chosen first.
    m_filling = true;
    const QString chosen = m_access ? m_access->contextName : m_context->currentText();
    m_context->clear();
    m_context->addItems(m_result.contexts);
    m_context->setCurrentText(chosen.isEmpty() ? m_result.currentContext : chosen);
    m_filling = false;
    showResult();
    Q_EMIT accessChanged();
}

void KubeAccessPicker::showResult()
{
    if (m_access) {
        m_server->setText(
            tr("Server %1, context \"%2\", user \"%3\"")
                .arg(m_access->server.toString(), m_access->contextName, m_access->userName));
    } else {
        m_server->clear();
    }
    m_warning->setText(m_result.warnings.join(u'\n'));
    m_warning->setVisible(!m_result.warnings.isEmpty());
    m_error->setText(m_result.error ? m_result.error->message : QString());
    m_error->setVisible(m_result.error.has_value());
}

void KubeAccessPicker::retranslate()
{
    m_pathLabel->setText(tr("&Kubeconfig:"));
    m_browse->setText(tr("Bro&wse…"));
    m_contextLabel->setText(tr("Con&text:"));
    m_path->setPlaceholderText(
        tr("a kubeconfig file (several joined by \"%1\")").arg(QDir::listSeparator()));
    if (!m_path->text().isEmpty())
        reload(); // the messages come from the core in the current language
}

void KubeAccessPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkeci
