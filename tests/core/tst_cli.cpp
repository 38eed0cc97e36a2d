// The command line as an operator runs it: exit codes, path-first problem lines, files written,
// and messages in the language asked for.
#include "ProfileFixture.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tkeci::test::profileWith;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QByteArray &lang = "C.UTF-8")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TKECI_CLI), args);
    if (!p.waitForFinished(30000))
        qFatal("the command line did not finish");
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString writeProfile(QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("profile.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write a test profile");
    f.write(content);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateGoodProfile();
    void validateBadProfilePrintsEveryProblemPathFirst();
    void messagesInChinese();
    void langFlagOverridesLocale();
    void renderWritesFiles();
    void badUsage_data();
    void badUsage();
    void versionAndHelp();
};

void TestCli::validateGoodProfile()
{
    QTemporaryDir dir;
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--profile"),
        writeProfile(dir, profileWith({}))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("valid")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::validateBadProfilePrintsEveryProblemPathFirst()
{
    QTemporaryDir dir;
    const QString path = writeProfile(dir,
        profileWith({"cilium.networkMode=underlay", "cilium.underlay.asn=4294967295",
            "cilium.underlay.switchIP=192.168.60.300", "nodes[0].port=0"}));
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--profile"), path});
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QStringList paths;
    for (qsizetype i = 0; i < 3; ++i)
        paths.append(lines[i].section(QStringLiteral(": "), 0, 0));
    paths.sort();
    QCOMPARE(
        paths, (QStringList {"cilium.underlay.asn", "cilium.underlay.switchIP", "nodes[0].port"}));
    QVERIFY2(r.err.contains(QStringLiteral(
                 "cilium.underlay.asn: 4294967295 is out of range; allowed: 1 to 4294967294")),
        qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::messagesInChinese()
{
    QTemporaryDir dir;
    const QString path = writeProfile(dir,
        profileWith({"cilium.networkMode=underlay", "cilium.underlay.asn=0",
            "cilium.underlay.switchIP=192.168.60.2"}));
    const Run r
        = run({QStringLiteral("validate"), QStringLiteral("--profile"), path}, "zh_CN.UTF-8");
    QCOMPARE(r.exitCode, 2);
    const QString first = r.err.split(u'\n').first();
    QVERIFY2(first.startsWith(QStringLiteral("cilium.underlay.asn: ")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("超出范围")), qPrintable(first));
}

void TestCli::langFlagOverridesLocale()
{
    QTemporaryDir dir;
    const QString path = writeProfile(dir, profileWith({"ha.type=tke"}));
    const Run zh = run({QStringLiteral("validate"), QStringLiteral("--lang"),
        QStringLiteral("zh_CN"), QStringLiteral("--profile"), path});
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.startsWith(QStringLiteral("ha.vip: 当ha.type为“tke”时")), qPrintable(zh.err));
    const Run en = run({QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--profile"), path},
        "zh_CN.UTF-8");
    QVERIFY2(en.err.startsWith(QStringLiteral("ha.vip: is required when ha.type is tke")),
        qPrintable(en.err));

    // --help in Chinese: every option's description is translated, whichever way the language
    // was chosen (a text lupdate cannot see stays English and shows here).
    for (const Run &help :
        {run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}),
            run({QStringLiteral("--help")}, "zh_CN.UTF-8")}) {
        QCOMPARE(help.exitCode, 0);
        int options = 0;
        for (const QString &line : help.out.split(u'\n')) {
            if (!line.startsWith(QLatin1String("  -")))
                continue;
            ++options;
            const QString description = line.section(QStringLiteral("  "), 2).trimmed();
            const bool chinese = std::any_of(description.cbegin(), description.cend(),
                [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
            QVERIFY2(chinese, qPrintable(line));
        }
        QVERIFY(options > 25);
    }
}

void TestCli::renderWritesFiles()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = run({QStringLiteral("render"), QStringLiteral("--profile"),
        writeProfile(dir, profileWith({})), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
        (QStringList {"cilium.yaml", "connectivity-check.yaml", "images.txt", "tke-eni-ipamd.yaml",
            "tkestack-cluster.yaml"}));
    QVERIFY(r.out.contains(QStringLiteral("5 files written")));

    // A bad profile writes nothing.
    const QString out2 = dir.filePath(QStringLiteral("out2"));
    const Run bad = run({QStringLiteral("render"), QStringLiteral("--profile"),
        writeProfile(dir, profileWith({"cluster.clusterCIDR=10.0.0.0/40"})),
        QStringLiteral("--out"), out2});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!QDir(out2).exists());
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("validate without profile") << QStringList {"validate"};
    QTest::newRow("render without out") << QStringList {
        "render", "--profile", TKECI_TEST_DATA "/../../resources/default-profile.yaml"};
    QTest::newRow("unknown command") << QStringList {"deploy", "--profile", "x"};
    QTest::newRow("unknown option") << QStringList {"validate", "--colour"};
    QTest::newRow("bad language") << QStringList {
        "validate", "--lang", "klingon", "--profile", "x"};
    QTest::newRow("missing file") << QStringList {"validate", "--profile", "/nonexistent.yaml"};
    QTest::newRow("extra argument") << QStringList {"validate", "extra", "--profile", "x"};
    QTest::newRow("options without a command") << QStringList {"--profile", "x"};
    QTest::newRow("language without a command, unknown") << QStringList {"--lang", "klingon"};
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::versionAndHelp()
{
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("tke-cilium-installer ")));
    const Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains(QStringLiteral("validate")));
    QVERIFY(h.out.contains(QStringLiteral("render")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
