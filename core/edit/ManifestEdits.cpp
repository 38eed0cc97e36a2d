#include "ManifestEdits.h"

#include "ManifestDigest.h"

#include "yaml/YamlCodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace tkeci {
namespace {

// Texts of free functions; a class so that lupdate files them under the same context
// that translate() looks them up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::ManifestEdits)
};

// Same bounds as ManifestSet's own check: an edit must not make the editor chew on megabytes.
const YamlLimits kEditLimits {8 * 1024 * 1024, 64, 400000};

QStringList objectIds(const QByteArray &yaml)
{
    QStringList ids;
    const YamlParseResult parsed = parseYamlDocuments(yaml, kEditLimits);
    for (const YamlNode &doc : parsed.documents) {
        if (doc.isNull())
            continue;
        const YamlNode *kind = doc.path(QStringLiteral("kind"));
        const YamlNode *name = doc.path(QStringLiteral("metadata.name"));
        ids.append((kind && kind->isScalar() ? kind->scalar() : QString()) + u'/'
            + (name && name->isScalar() ? name->scalar() : QString()));
    }
    return ids;
}

} // namespace

QString editIssueMessage(const EditIssue &issue)
{
    switch (issue.code) {
    case EditIssue::Code::Invalid:
        return problemLine(issue.problem);
    case EditIssue::Code::ObjectChanged:
        return Text::tr("%1: the object %2 became %3; kind and name of a generated object must not "
                        "change (reset the file to get it back)")
            .arg(issue.fileName, issue.args.value(0), issue.args.value(1));
    case EditIssue::Code::ObjectCountChanged:
        return Text::tr("%1: %2 objects were generated but the edit has %3; add or remove objects "
                        "with kubectl after the install, not here")
            .arg(issue.fileName, issue.args.value(0), issue.args.value(1));
    }
    return {};
}

QList<EditIssue> judgeEdit(
    const QString &fileName, const QByteArray &generated, const QByteArray &edited)
{
    QList<EditIssue> out;
    const Problems problems = checkManifestText(fileName, edited);
    if (!problems.isEmpty()) {
        int line = 0;
        const YamlParseResult parsed = parseYamlDocuments(edited, kEditLimits);
        if (parsed.error)
            line = parsed.error->line;
        for (const Problem &p : problems)
            out.append(EditIssue {fileName, EditIssue::Code::Invalid, line, p, {}});
        return out;
    }
    const QStringList before = objectIds(generated);
    const QStringList after = objectIds(edited);
    if (before.size() != after.size()) {
        out.append(EditIssue {fileName, EditIssue::Code::ObjectCountChanged, 0, {},
            {QString::number(before.size()), QString::number(after.size())}});
        return out;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i) != after.at(i))
            out.append(EditIssue {
                fileName, EditIssue::Code::ObjectChanged, 0, {}, {before.at(i), after.at(i)}});
    }
    return out;
}

void ManifestEdits::setGenerated(const ManifestSet &generated)
{
    m_generated = generated;
    // An edit of a file that is no longer generated (e.g. underlay turned off) has no place.
    for (auto it = m_edits.begin(); it != m_edits.end();) {
        if (!m_generated.file(it.key())) {
            m_editBase.remove(it.key());
            it = m_edits.erase(it);
        } else
            ++it;
    }
}

QByteArray ManifestEdits::text(const QString &name) const
{
    if (const auto it = m_edits.constFind(name); it != m_edits.cend())
        return *it;
    const ManifestFile *file = m_generated.file(name);
    return file ? file->yaml : QByteArray();
}

void ManifestEdits::setText(const QString &name, const QByteArray &yaml)
{
    const ManifestFile *file = m_generated.file(name);
    if (!file)
        return;
    if (file->yaml == yaml) {
        reset(name);
        return;
    }
    if (!m_edits.contains(name))
        m_editBase.insert(name, textDigest(file->yaml));
    m_edits.insert(name, yaml);
}

void ManifestEdits::restore(
    const QString &name, const QByteArray &yaml, const QByteArray &baseDigest)
{
    const ManifestFile *file = m_generated.file(name);
    if (!file)
        return;
    if (file->yaml == yaml) {
        reset(name);
        return;
    }
    m_editBase.insert(name, baseDigest);
    m_edits.insert(name, yaml);
}

bool ManifestEdits::isStale(const QString &name) const
{
    const ManifestFile *file = m_generated.file(name);
    return file && m_edits.contains(name) && m_editBase.value(name) != textDigest(file->yaml);
}

QStringList ManifestEdits::editedFiles() const
{
    QStringList names;
    for (const ManifestFile &f : m_generated.files) {
        if (m_edits.contains(f.name))
            names.append(f.name);
    }
    return names;
}

QList<EditIssue> ManifestEdits::issues(const QString &name) const
{
    const ManifestFile *file = m_generated.file(name);
    const auto it = m_edits.constFind(name);
    if (!file || it == m_edits.cend())
        return {};
    return judgeEdit(file->fileName(), file->yaml, *it);
}

QList<EditIssue> ManifestEdits::allIssues() const
{
    QList<EditIssue> out;
    for (const ManifestFile &f : m_generated.files)
        out.append(issues(f.name));
    return out;
}

ManifestSet ManifestEdits::effective() const
{
    if (m_edits.isEmpty())
        return m_generated;
    ManifestSet set;
    for (ManifestFile f : m_generated.files) {
        f.yaml = text(f.name);
        const QStringList images = imagesIn(ManifestSet::documents(f));
        set.images.append(images);
        set.files.append(f);
    }
    set.images.sort();
    set.images.removeDuplicates();
    return set;
}

} // namespace tkeci
