#include "KnownHostsChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tkeci {

KnownHostsChooser::KnownHostsChooser(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("knownHostsFile"));
    m_edit->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    m_label->setBuddy(m_edit);
    m_choose = new QPushButton(this);
    row->addWidget(m_label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_choose);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { Q_EMIT pathChanged(path()); });
    connect(m_choose, &QPushButton::clicked, this, &KnownHostsChooser::choose);
    retranslate();
}

QString KnownHostsChooser::path() const
{
    return m_edit->text().trimmed();
}

void KnownHostsChooser::setPath(const QString &path)
{
    m_edit->setText(path);
}

void KnownHostsChooser::choose()
{
    // Any name: a file that does not exist yet is made when the first key is trusted.
    auto *dialog = new QFileDialog(this, tr("Known hosts file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->selectFile(path().isEmpty() ? m_edit->placeholderText() : path());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        m_edit->setText(chosen);
        Q_EMIT pathChanged(path());
    });
    dialog->open();
}

void KnownHostsChooser::retranslate()
{
    m_label->setText(tr("Known &hosts file:"));
    m_choose->setText(tr("Choo&se…"));
    m_edit->setToolTip(tr("Host keys are checked against this file, and keys you trust are "
                          "added to it. Empty: %1.")
                           .arg(m_edit->placeholderText()));
}

} // namespace tkeci
