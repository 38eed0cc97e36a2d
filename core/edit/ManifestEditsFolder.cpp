// Edits are kept as the operator's whole edited text, not as patches against the generated
// text: the text is what the editor shows and what judgeEdit() checks, it reads (and diffs)
// as a plain manifest outside the program, and it still loads after the answers or a newer
// version of this program change the generated text, where a patch would no longer apply.
// That case is told by the base digest (ManifestEdits::isStale()), as for an edit made in
// this session.
#include "ManifestEditsFolder.h"

#include "ManifestEdits.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace tkeci {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::ManifestEditsFolder)
};

const QString kIndex = QStringLiteral("edits.yaml");
constexpr qsizetype kMaxEditBytes = 8 * 1024 * 1024; // as ManifestEdits' own bound
const YamlLimits kEditLimits {kMaxEditBytes, 64, 400000};

bool isPlainStem(const QString &name)
{
    static const QRegularExpression stem(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"));
    return stem.match(name).hasMatch();
}

// Credential values by place ("<doc>/<path>" → value): keys that hold one wherever they are,
// and everything under a Secret's data and stringData.
void collectSecrets(
    const YamlNode &node, const QString &path, bool inSecretData, QHash<QString, QString> &out)
{
    static const QSet<QString> keys {QStringLiteral("password"), QStringLiteral("privateKey"),
        QStringLiteral("passPhrase"), QStringLiteral("token"), QStringLiteral("bearerToken")};
    if (node.isScalar()) {
        if (inSecretData)
            out.insert(path, node.scalar());
        return;
    }
    if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i)
            collectSecrets(node.at(i), path + u'[' + QString::number(i) + u']', inSecretData, out);
        return;
    }
    if (!node.isMap())
        return;
    for (const QString &key : node.keys()) {
        const YamlNode *child = node.find(key);
        const QString childPath = path + u'.' + key;
        if (keys.contains(key) && child->isScalar())
            out.insert(childPath, child->scalar());
        else
            collectSecrets(*child, childPath, inSecretData, out);
    }
}

QHash<QString, QString> secretsIn(const QByteArray &yaml)
{
    QHash<QString, QString> out;
    const YamlParseResult parsed = parseYamlDocuments(yaml, kEditLimits);
    for (size_t i = 0; i < parsed.documents.size(); ++i) {
        const YamlNode &doc = parsed.documents[i];
        const QString base = QString::number(i);
        collectSecrets(doc, base, false, out);
        const YamlNode *kind = doc.isMap() ? doc.find(QStringLiteral("kind")) : nullptr;
        if (kind && kind->isScalar() && kind->scalar() == QLatin1String("Secret")) {
            for (const QString &key : {QStringLiteral("data"), QStringLiteral("stringData")}) {
                if (const YamlNode *data = doc.find(key))
                    collectSecrets(*data, base + u'.' + key, true, out);
            }
        }
    }
    return out;
}

QStringList indexedFiles(const QDir &folder)
{
    QFile index(folder.filePath(kIndex));
    if (!index.open(QIODevice::ReadOnly) || index.size() > 1024 * 1024)
        return {};
    const YamlParseResult parsed = parseYamlDocuments(index.readAll());
    QStringList names;
    if (parsed.error || parsed.documents.size() != 1)
        return names;
    const YamlNode *files = parsed.documents.front().path(QStringLiteral("files"));
    if (!files || !files->isSequence())
        return names;
    for (const YamlNode &item : files->items()) {
        const YamlNode *name = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
        if (name && name->isScalar() && isPlainStem(name->scalar()))
            names.append(name->scalar());
    }
    return names;
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(data);
    return file.commit() ? QString() : file.errorString();
}

} // namespace

QString manifestEditsFolder(const QString &profilePath)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".edits"));
}

bool editHoldsSecret(const QByteArray &generated, const QByteArray &edited)
{
    const QHash<QString, QString> before = secretsIn(generated);
    const QHash<QString, QString> after = secretsIn(edited);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!it.value().isEmpty() && before.value(it.key()) != it.value())
            return true;
    }
    return false;
}

EditsSaveResult saveManifestEdits(const ManifestEdits &edits, const QString &profilePath)
{
    EditsSaveResult result;
    QDir folder(manifestEditsFolder(profilePath));
    // Only what an earlier save wrote is removed: the folder may hold the operator's own files.
    for (const QString &name : indexedFiles(folder))
        folder.remove(name + QStringLiteral(".yaml"));
    folder.remove(kIndex);

    YamlNode index = YamlNode::map();
    index[QStringLiteral("version")] = 1;
    YamlNode &files = index[QStringLiteral("files")];
    files = YamlNode::sequence();
    for (const QString &name : edits.editedFiles()) {
        const ManifestFile *generated = edits.generated().file(name);
        const QByteArray text = edits.text(name);
        if (!generated || !isPlainStem(name))
            continue;
        if (editHoldsSecret(generated->yaml, text)) {
            result.withheld.append(generated->fileName());
            continue;
        }
        if (!folder.exists() && !QDir().mkpath(folder.path())) {
            result.error = Text::tr("cannot create the folder %1").arg(folder.path());
            return result;
        }
        if (const QString error = writeFile(folder.filePath(generated->fileName()), text);
            !error.isEmpty()) {
            result.error = error;
            return result;
        }
        YamlNode item = YamlNode::map();
        item[QStringLiteral("name")] = name;
        item[QStringLiteral("base")] = QString::fromLatin1(edits.editBase(name).toHex());
        files.append(std::move(item));
        result.saved.append(generated->fileName());
    }
    if (result.saved.isEmpty()) {
        folder.rmdir(folder.path()); // only when empty
        return result;
    }
    result.error = writeFile(folder.filePath(kIndex), emitYaml(index));
    return result;
}

EditsLoadResult loadManifestEdits(const QString &profilePath)
{
    EditsLoadResult result;
    const QDir folder(manifestEditsFolder(profilePath));
    QFile index(folder.filePath(kIndex));
    if (!index.exists())
        return result;
    if (!index.open(QIODevice::ReadOnly) || index.size() > 1024 * 1024) {
        result.problems.append(Text::tr("%1 cannot be read").arg(index.fileName()));
        return result;
    }
    const YamlParseResult parsed = parseYamlDocuments(index.readAll());
    const YamlNode *version = parsed.documents.size() == 1
        ? parsed.documents.front().path(QStringLiteral("version"))
        : nullptr;
    const YamlNode *files = parsed.documents.size() == 1
        ? parsed.documents.front().path(QStringLiteral("files"))
        : nullptr;
    if (parsed.error || !version || version->toInteger() != 1 || !files || !files->isSequence()) {
        result.problems.append(Text::tr("%1 is not an index of kept edits").arg(index.fileName()));
        return result;
    }
    for (const YamlNode &item : files->items()) {
        const YamlNode *name = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
        const YamlNode *base = item.isMap() ? item.find(QStringLiteral("base")) : nullptr;
        if (!name || !name->isScalar() || !isPlainStem(name->scalar()) || !base
            || !base->isScalar()) {
            result.problems.append(
                Text::tr("%1 lists an entry without a plain file name").arg(index.fileName()));
            continue;
        }
        QFile file(folder.filePath(name->scalar() + QStringLiteral(".yaml")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxEditBytes) {
            result.problems.append(Text::tr("%1 cannot be read").arg(file.fileName()));
            continue;
        }
        result.edits.append(KeptEdit {
            name->scalar(), file.readAll(), QByteArray::fromHex(base->scalar().toLatin1())});
    }
    return result;
}

} // namespace tkeci
