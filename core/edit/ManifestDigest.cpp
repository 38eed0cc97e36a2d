#include "ManifestDigest.h"

#include "ManifestEdits.h"

#include <QCryptographicHash>

namespace tkeci {
namespace {

// Length-prefixed, so that moving bytes between a name and a text cannot give the same digest.
void addField(QCryptographicHash &hash, const QByteArray &field)
{
    const QByteArray size = QByteArray::number(field.size()) + ':';
    hash.addData(size);
    hash.addData(field);
}

} // namespace

QByteArray textDigest(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

QByteArray manifestSetDigest(const ManifestSet &set)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ManifestFile &f : set.files) {
        addField(hash, f.name.toUtf8());
        addField(hash, QByteArray::number(int(f.destination)));
        addField(hash, f.yaml);
    }
    return hash.result();
}

QByteArray editsDigest(const ManifestEdits &edits)
{
    const QStringList names = edits.editedFiles();
    if (names.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : names) {
        addField(hash, name.toUtf8());
        addField(hash, edits.text(name));
    }
    return hash.result();
}

} // namespace tkeci
