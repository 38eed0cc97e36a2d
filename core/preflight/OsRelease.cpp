#include "OsRelease.h"

#include <QStringList>

namespace tkeci {

QHash<QString, QString> parseOsRelease(const QString &content)
{
    QHash<QString, QString> fields;
    for (const QString &line : content.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || line.startsWith(u'#'))
            continue;
        QString value = line.mid(eq + 1).trimmed();
        // Only a matching pair: `"TencentOS` (a cut-off line) keeps its last letter.
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        fields.insert(line.left(eq).trimmed(), value);
    }
    return fields;
}

} // namespace tkeci
