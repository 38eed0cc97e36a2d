// The labelling warnings: one line per kind of problem, the first names and a count, however
// many nodes a cluster has.
#include "apply/LabelWarningText.h"

#include <QTest>

using namespace tkeci;

class TestLabelWarningText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewAreNamed()
    {
        const QStringList lines = labelWarningLines(
            {QStringLiteral("10.0.0.9")}, {QStringLiteral("node-7"), QStringLiteral("node-8")});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
            QStringLiteral("warning: no node of the cluster has the address of 1 profile node(s): "
                           "10.0.0.9"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("warning: 2 cluster node(s) not in the "
                                                       "profile get no underlay labels")),
            qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral(": node-7, node-8")));
        QVERIFY(labelWarningLines({}, {}).isEmpty());
    }

    void manyAreCounted()
    {
        QStringList nodes;
        for (int i = 0; i < 100000; ++i)
            nodes.append(QStringLiteral("node-%1").arg(i));
        const QStringList lines = labelWarningLines({}, nodes);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().endsWith(
                     QStringLiteral("node-0, node-1, node-2, node-3, node-4 and 99995 more")),
            qPrintable(lines.first()));
        QVERIFY(lines.first().size() < 300);
    }
};

QTEST_GUILESS_MAIN(TestLabelWarningText)
#include "tst_labelwarningtext.moc"
