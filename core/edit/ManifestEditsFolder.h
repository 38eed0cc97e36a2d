#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tkeci {
class ManifestEdits;

/// Where the manifest edits of a profile are kept: a folder beside it, named after it
/// ("site.yaml" → "site.edits"). It holds each edited file as the operator's YAML text
/// ("cilium.yaml") and an index, edits.yaml, with the digest of the generated text each edit
/// was made on.
QString manifestEditsFolder(const QString &profilePath);

/// What saveManifestEdits() did.
struct EditsSaveResult
{
    QString error; // the folder could not be written (empty: written)
    QStringList saved; // file names kept ("cilium.yaml")
    QStringList withheld; // file names not kept: their edit holds a credential (see below)
};

/// Keeps the edits beside the profile, replacing what the folder held; with no edit the folder
/// is emptied. Like a profile, the folder never holds a secret: an edit that puts a value of
/// its own into a credential field (password, privateKey, passPhrase, token, a Secret's
/// data) is withheld, not written.
EditsSaveResult saveManifestEdits(const ManifestEdits &edits, const QString &profilePath);

/// One edit read back from the folder.
struct KeptEdit
{
    QString name; // manifest file stem ("cilium")
    QByteArray yaml;
    QByteArray baseDigest; // textDigest() of the generated text it was made on
};

struct EditsLoadResult
{
    QList<KeptEdit> edits;
    QStringList problems; // sentences in the current language; the edits read are still used
};

/// Reads the edits kept beside the profile; none (and no problem) when there is no folder.
/// The index is read strictly, names are plain file stems (never a path), each file is
/// bounded like an edit in the editor (8 MiB).
EditsLoadResult loadManifestEdits(const QString &profilePath);

/// Whether `edited` holds a credential value that `generated` does not hold at the same place.
bool editHoldsSecret(const QByteArray &generated, const QByteArray &edited);

} // namespace tkeci
