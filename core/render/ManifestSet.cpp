#include "ManifestSet.h"

#include "yaml/YamlCodec.h"

#include <QCoreApplication>

namespace tkeci {
namespace {

// Rendered manifests are larger than profiles; an operator's edit should still not be able to
// make the editor or the exporter chew on megabytes of aliases.
const YamlLimits kManifestLimits {8 * 1024 * 1024, 64, 100000};

void collectImages(const YamlNode &node, QStringList &out)
{
    if (node.isMap()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            const QString &key = node.keys()[size_t(i)];
            const YamlNode &value = node.at(i);
            if (key == QLatin1String("image") && value.isScalar())
                out.append(value.scalar());
            else
                collectImages(value, out);
        }
    } else if (node.isSequence()) {
        for (const YamlNode &item : node.items())
            collectImages(item, out);
    }
}

} // namespace

QList<ManifestFile> ManifestSet::filesFor(ManifestDestination destination) const
{
    QList<ManifestFile> out;
    for (const ManifestFile &f : files) {
        if (f.destination == destination)
            out.append(f);
    }
    return out;
}

const ManifestFile *ManifestSet::file(const QString &name) const
{
    for (const ManifestFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

std::vector<YamlNode> ManifestSet::documents(const ManifestFile &file)
{
    YamlParseResult parsed = parseYamlDocuments(file.yaml, kManifestLimits);
    if (parsed.error)
        return {};
    std::vector<YamlNode> docs;
    for (YamlNode &doc : parsed.documents) {
        if (!doc.isNull())
            docs.push_back(std::move(doc));
    }
    return docs;
}

ManifestText readManifestText(const QString &fileName, const QByteArray &yaml)
{
    ManifestText text;
    YamlParseResult parsed = parseYamlDocuments(yaml, kManifestLimits);
    if (parsed.error) {
        text.problems.append(
            Problem {fileName, Problem::Code::YamlError, {describeYamlError(*parsed.error)}});
        return text;
    }
    for (YamlNode &doc : parsed.documents) {
        if (doc.isNull())
            continue; // an empty document between two "---" is harmless
        const QString base = QStringLiteral("%1#%2").arg(fileName).arg(text.documents.size());
        if (!doc.isMap()) {
            text.problems.append(Problem {base, Problem::Code::WrongType, {QStringLiteral("map")}});
        } else {
            for (const char *field : {"apiVersion", "kind", "metadata.name"}) {
                const YamlNode *value = doc.path(QString::fromLatin1(field));
                if (!value || !value->isScalar() || value->scalar().isEmpty())
                    text.problems.append(Problem {
                        base + u'.' + QString::fromLatin1(field), Problem::Code::Missing, {}});
            }
        }
        text.documents.push_back(std::move(doc));
    }
    return text;
}

Problems checkManifestText(const QString &fileName, const QByteArray &yaml)
{
    return readManifestText(fileName, yaml).problems;
}

QStringList imagesIn(const std::vector<YamlNode> &documents)
{
    QStringList images;
    for (const YamlNode &doc : documents)
        collectImages(doc, images);
    images.sort();
    images.removeDuplicates();
    return images;
}

} // namespace tkeci
