// The Review page's diff against diff(1): every golden file, edited in many ways, gives the
// hunks `diff -u` gives, line for line; and whatever the edit, the hunks rebuild the edited text.
#include "edit/ManifestEdits.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tkeci;

namespace {

QList<QByteArray> goldenFiles()
{
    QList<QByteArray> texts;
    QDirIterator it(QStringLiteral(TKECI_TEST_DATA "/golden"), {QStringLiteral("*.yaml")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            texts.append(f.readAll());
    }
    return texts;
}

/// One random edit of `lines`: change, insert, delete a few, or (when `moves`) move a line.
void editOnce(QList<QByteArray> &lines, QRandomGenerator &random, bool moves)
{
    if (lines.isEmpty()) {
        lines.append("added: 1");
        return;
    }
    const qsizetype k = random.bounded(lines.size());
    switch (random.bounded(moves ? 5 : 4)) {
    case 0:
        lines[k] += " # edited";
        break;
    case 1:
        lines.insert(k, "  inserted: " + QByteArray::number(random.bounded(1000)));
        break;
    case 2:
        lines.remove(k, std::min<qsizetype>(1 + random.bounded(3), lines.size() - k));
        break;
    case 3:
        lines[k].replace(':', ": x");
        break;
    default:
        lines.insert(random.bounded(lines.size()), lines.takeAt(k));
    }
}

/// `diff -u` of the two texts without its two file lines.
QString systemDiff(const QByteArray &before, const QByteArray &after)
{
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a"))), b(dir.filePath(QStringLiteral("b")));
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return QStringLiteral("<cannot write>");
    a.write(before);
    b.write(after);
    a.close();
    b.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), a.fileName(), b.fileName()});
    if (!diff.waitForFinished(20000) || diff.exitCode() > 1)
        return QStringLiteral("<diff failed>");
    const QString out = QString::fromUtf8(diff.readAllStandardOutput());
    return out.section(u'\n', 2);
}

/// Applies the hunks of `diff` to `before`, as patch(1) would (no fuzz): the edited text.
QByteArray applyHunks(const QByteArray &before, const QString &diff)
{
    QList<QByteArray> in = before.split('\n');
    QByteArray out;
    qsizetype next = 0; // next line of `in` not yet copied
    const QStringList lines = diff.split(u'\n');
    QChar last; // the sign of the line a "\ No newline" marker belongs to
    for (const QString &line : lines.mid(2)) {
        if (line == QLatin1String("\\ No newline at end of file")) {
            if (last != u'-')
                out.chop(1);
            continue;
        }
        if (!line.isEmpty())
            last = line.at(0);
        if (line.startsWith(QLatin1String("@@ -"))) {
            const QString start = line.mid(4).section(u' ', 0, 0).section(u',', 0, 0);
            const qsizetype count = line.mid(4).section(u' ', 0, 0).contains(u',')
                ? line.mid(4).section(u' ', 0, 0).section(u',', 1).toLongLong()
                : 1;
            const qsizetype first = start.toLongLong() - (count == 0 ? 0 : 1);
            while (next < first)
                out += in.at(next++) + '\n';
        } else if (line.startsWith(u' ')) {
            out += in.at(next++) + '\n';
        } else if (line.startsWith(u'-')) {
            ++next;
        } else if (line.startsWith(u'+')) {
            out += line.mid(1).toUtf8() + '\n';
        }
    }
    // The untouched rest; split() made one piece more than there are newlines.
    const bool endsInNewline = before.isEmpty() || before.endsWith('\n');
    const qsizetype lineCount = endsInNewline ? in.size() - 1 : in.size();
    for (; next < lineCount; ++next)
        out += in.at(next) + (next < lineCount - 1 || endsInNewline ? "\n" : "");
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameHunksAsDiffU()
    {
        const QList<QByteArray> goldens = goldenFiles();
        QVERIFY(goldens.size() >= 20);
        QRandomGenerator random(20261204);
        int compared = 0;
        for (const QByteArray &golden : goldens) {
            for (int trial = 0; trial < 12; ++trial) {
                QList<QByteArray> lines = golden.split('\n');
                lines.removeLast(); // the empty piece after the last newline
                for (int e = 0, edits = 1 + random.bounded(5); e < edits; ++e)
                    editOnce(lines, random, false);
                QByteArray edited = lines.join('\n') + '\n';
                if (trial == 11)
                    edited.chop(1); // no newline at the end
                const QString ours = unifiedDiff(golden, edited);
                if (edited == golden) { // the edit changed nothing
                    QCOMPARE(ours, QString());
                    continue;
                }
                QVERIFY(ours.startsWith(QStringLiteral("--- generated\n+++ edited\n")));
                QCOMPARE(ours.section(u'\n', 2), systemDiff(golden, edited));
                ++compared;
            }
        }
        qInfo("%d edited golden files: the same hunks as diff -u", compared);
    }

    /// Moved lines have several shortest edit scripts; any is a correct diff, and ours is as
    /// short as diff(1)'s.
    void movesGiveAShortestCorrectDiff()
    {
        QRandomGenerator random(4);
        for (const QByteArray &golden : goldenFiles()) {
            QList<QByteArray> lines = golden.split('\n');
            lines.removeLast();
            for (int e = 0; e < 4; ++e)
                editOnce(lines, random, true);
            const QByteArray edited = lines.join('\n') + '\n';
            const QString ours = unifiedDiff(golden, edited);
            QCOMPARE(applyHunks(golden, ours), edited);
            auto changes = [](const QString &diff) {
                int n = 0;
                for (const QString &l : diff.split(u'\n'))
                    n += (l.startsWith(u'+') || l.startsWith(u'-'))
                        && !l.startsWith(QLatin1String("+++"))
                        && !l.startsWith(QLatin1String("---"));
                return n;
            };
            QCOMPARE(changes(ours), changes(systemDiff(golden, edited)));
        }
    }

    void edgeCases()
    {
        QCOMPARE(unifiedDiff("a\nb\n", "a\nb\n"), QString());
        for (const auto &[before, after] : QList<std::pair<QByteArray, QByteArray>> {{"", "a\n"},
                 {"a\n", ""}, {"a\n", "b\n"}, {"a", "a\n"}, {"a\nb", "a\nc"},
                 {"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n",
                     "x\n2\n3\n4\n5\n6\n7\n8\nx\n10\n11\n12\n13\n14\n15\n16\nx\n"}}) {
            const QString ours = unifiedDiff(before, after);
            QCOMPARE(ours.section(u'\n', 2), systemDiff(before, after));
            QCOMPARE(applyHunks(before, ours), after);
        }
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
