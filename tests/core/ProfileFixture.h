#pragma once
// Builds test profiles as "the default profile with these changes", so that each test row says
// only what it changes. Uses the product's own YAML layer, so the profile text is what a person
// could have written.

#include "yaml/YamlCodec.h"

#include <QFile>
#include <QStringList>

namespace tkeci::test {

inline QByteArray defaultProfileText()
{
    QFile file(QStringLiteral(TKECI_TEST_DATA "/../../resources/default-profile.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the default profile");
    return file.readAll();
}

/// Walks `path` ("a.b[1].c"), creating maps on the way.
inline YamlNode &at(YamlNode &root, const QString &path)
{
    YamlNode *node = &root;
    for (const QString &part : path.split(u'.')) {
        QString key = part;
        int index = -1;
        if (const qsizetype open = part.indexOf(u'['); open >= 0) {
            key = part.left(open);
            index = part.mid(open + 1, part.size() - open - 2).toInt();
        }
        node = &(*node)[key];
        if (index >= 0) {
            while (node->size() <= index)
                node->append(YamlNode::map());
            node = &node->at(index);
        }
    }
    return *node;
}

/// Applies "path=yaml value" edits; "path=-" removes the key.
inline QByteArray profileWith(const QStringList &edits, QByteArray base = defaultProfileText())
{
    YamlNode root = parseYamlDocuments(base).documents.front();
    for (const QString &edit : edits) {
        const qsizetype eq = edit.indexOf(u'=');
        const QString path = edit.left(eq);
        const QString value = edit.mid(eq + 1);
        if (value == QLatin1String("-")) {
            const qsizetype dot = path.lastIndexOf(u'.');
            YamlNode &parent = dot < 0 ? root : at(root, path.left(dot));
            parent.remove(path.mid(dot + 1));
            continue;
        }
        const YamlParseResult parsed = parseYamlDocuments(QByteArray("v: ") + value.toUtf8());
        if (parsed.error)
            qFatal("bad test edit %s", qPrintable(edit));
        at(root, path) = *parsed.documents.front().find(QStringLiteral("v"));
    }
    return emitYaml(root);
}

} // namespace tkeci::test
