#include "KeepOffNodes.h"

#include "yaml/YamlCodec.h"

namespace tkeci {

bool keepDaemonSetsOff(std::vector<YamlNode> &docs, const QStringList &nodes)
{
    bool changed = false;
    if (nodes.isEmpty())
        return changed;
    YamlNode field = YamlNode::map();
    field[QStringLiteral("key")] = QStringLiteral("metadata.name");
    field[QStringLiteral("operator")] = QStringLiteral("NotIn");
    field[QStringLiteral("values")] = YamlNode::strings(nodes);
    for (YamlNode &doc : docs) {
        const YamlNode *kind = doc.find(QStringLiteral("kind"));
        if (!kind || kind->scalar() != QLatin1String("DaemonSet"))
            continue;
        YamlNode &required
            = doc[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("spec")]
                 [QStringLiteral("affinity")][QStringLiteral("nodeAffinity")]
                 [QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")];
        YamlNode &terms = required[QStringLiteral("nodeSelectorTerms")];
        if (!terms.isSequence() || terms.size() == 0) {
            changed = true;
            terms = YamlNode::sequence();
            terms.append(YamlNode::map());
        }
        for (qsizetype i = 0; i < terms.size(); ++i) {
            YamlNode &matchFields = terms.at(i)[QStringLiteral("matchFields")];
            if (!matchFields.isSequence()) {
                changed = true;
                matchFields = YamlNode::sequence();
            }
            bool present = false;
            for (qsizetype j = 0; j < matchFields.size() && !present; ++j)
                present = matchFields.at(j) == field;
            if (!present) {
                changed = true;
                matchFields.append(field);
            }
        }
    }
    return changed;
}

QList<ManifestFile> keepDaemonSetsOff(QList<ManifestFile> files, const QStringList &nodes)
{
    if (nodes.isEmpty())
        return files;
    for (ManifestFile &f : files) {
        std::vector<YamlNode> docs = ManifestSet::documents(f);
        if (keepDaemonSetsOff(docs, nodes))
            f.yaml = emitYamlDocuments(docs);
    }
    return files;
}

} // namespace tkeci
