// The yaml-cpp adapter: what we write reads back the same, quoting keeps strings strings, and
// hostile input is refused quickly with a located error.
#include "i18n/Translations.h"
#include "yaml/YamlCodec.h"
#include "yaml/YamlParserMessages.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tkeci;

class TestYamlCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringsThatLookLikeOtherTypesAreQuoted_data();
    void stringsThatLookLikeOtherTypesAreQuoted();
    void roundTripKeepsOrderAndTypes();
    void multiLineStringsUseLiteralStyle();
    void multiLineStringsReadBackUnchanged_data();
    void multiLineStringsReadBackUnchanged();
    void explicitStringTagIsAString();
    void syntaxErrorHasLineAndColumn();
    void parserMessagesInTheOperatorsLanguage();
    void duplicateKeyIsRefused();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void multipleDocuments();
    void pathLookup();
};

void TestYamlCodec::stringsThatLookLikeOtherTypesAreQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("true") << "true" << true;
    QTest::newRow("yes (YAML 1.1 bool)") << "yes" << true;
    QTest::newRow("on") << "on" << true;
    QTest::newRow("integer") << "16384" << true;
    QTest::newRow("float") << "0.0025" << true;
    QTest::newRow("exponent") << "1e3" << true;
    QTest::newRow("hex") << "0x1F" << true;
    QTest::newRow("null") << "null" << true;
    QTest::newRow("tilde") << "~" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("sexagesimal") << "1:20" << true;
    QTest::newRow("word") << "vxlan" << false;
    QTest::newRow("duration") << "5m0s" << false;
    QTest::newRow("address and port") << "127.0.0.1:9234" << false;
    QTest::newRow("cidr") << "10.244.0.0/16" << false;
    QTest::newRow("version") << "1.20.4-tke.1" << false;
}

void TestYamlCodec::stringsThatLookLikeOtherTypesAreQuoted()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    YamlNode doc = YamlNode::map();
    doc[QStringLiteral("value")] = text;
    const QByteArray yaml = emitYaml(doc);
    QCOMPARE(yaml.contains("value: \""), quoted);
    const YamlParseResult back = parseYamlDocuments(yaml);
    QVERIFY(!back.error);
    QCOMPARE(back.documents.size(), size_t(1));
    const YamlNode *value = back.documents.front().find(QStringLiteral("value"));
    QVERIFY(value);
    QCOMPARE(value->scalar(), text);
    QVERIFY(value->readsAsString());
}

void TestYamlCodec::roundTripKeepsOrderAndTypes()
{
    YamlNode doc = YamlNode::map();
    doc[QStringLiteral("zeta")] = 1;
    doc[QStringLiteral("alpha")] = true;
    doc[QStringLiteral("middle")] = QStringLiteral("text");
    doc[QStringLiteral("list")] = YamlNode::strings({QStringLiteral("a"), QStringLiteral("b")});
    doc[QStringLiteral("empty-map")] = YamlNode::map();
    doc[QStringLiteral("empty-list")] = YamlNode::sequence();
    doc[QStringLiteral("nothing")] = YamlNode();
    const YamlParseResult back = parseYamlDocuments(emitYaml(doc));
    QVERIFY(!back.error);
    const YamlNode &read = back.documents.front();
    QCOMPARE(read, doc);
    QCOMPARE(read.keys().front(), QStringLiteral("zeta"));
    QCOMPARE(read.find(QStringLiteral("zeta"))->toInteger(), std::optional<qint64>(1));
    QCOMPARE(read.find(QStringLiteral("alpha"))->toBool(), std::optional<bool>(true));
    QVERIFY(!read.find(QStringLiteral("zeta"))->readsAsString());
    QVERIFY(read.find(QStringLiteral("nothing"))->isNull());
}

void TestYamlCodec::multiLineStringsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no final newline") << QStringLiteral("a\nb");
    QTest::newRow("two final newlines") << QStringLiteral("a\nb\n\n");
    QTest::newRow("leading space") << QStringLiteral("  indented\nnext\n");
    QTest::newRow("carriage returns") << QStringLiteral("a\r\nb\r\n");
}

void TestYamlCodec::multiLineStringsReadBackUnchanged()
{
    QFETCH(QString, text);
    YamlNode doc = YamlNode::map();
    doc[QStringLiteral("v")] = text;
    const YamlParseResult back = parseYamlDocuments(emitYaml(doc));
    QVERIFY(!back.error);
    QCOMPARE(back.documents.front().find(QStringLiteral("v"))->scalar(), text);
}

void TestYamlCodec::explicitStringTagIsAString()
{
    const YamlParseResult r = parseYamlDocuments("v: !!str 1.20\n");
    QVERIFY(!r.error);
    QVERIFY(r.documents.front().find(QStringLiteral("v"))->readsAsString());
    QVERIFY(emitYaml(r.documents.front()).contains("\"1.20\""));
}

void TestYamlCodec::multiLineStringsUseLiteralStyle()
{
    YamlNode doc = YamlNode::map();
    doc[QStringLiteral("script")] = QStringLiteral("line one\nline two\n");
    const QByteArray yaml = emitYaml(doc);
    QVERIFY2(yaml.contains("script: |"), yaml.constData());
    QCOMPARE(parseYamlDocuments(yaml).documents.front(), doc);
}

void TestYamlCodec::syntaxErrorHasLineAndColumn()
{
    const YamlParseResult r = parseYamlDocuments("a: 1\nb: [1, 2\nc: 3\n");
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, YamlError::Kind::Syntax);
    QVERIFY(r.error->line >= 2);
    QVERIFY(r.error->column > 0);
    QVERIFY(describeYamlError(*r.error).startsWith(
        QStringLiteral("line %1, column").arg(r.error->line)));
    QVERIFY(r.documents.empty());
}

void TestYamlCodec::duplicateKeyIsRefused()
{
    const YamlParseResult r = parseYamlDocuments("a: 1\nb: 2\na: 3\n");
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, YamlError::Kind::DuplicateKey);
    QCOMPARE(r.error->line, 3);
}

void TestYamlCodec::hostileInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");

    QByteArray bomb
        = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'k'; ++c) {
        const char p = char(c - 1);
        bomb += QByteArray(1, c) + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p
            + ",*" + p + ",*" + p + ",*" + p + ",*" + p + "]\n";
    }
    QTest::newRow("billion laughs") << bomb << int(YamlError::Kind::TooManyNodes);
    QTest::newRow("20000 nested lists")
        << QByteArray(20000, '[') + QByteArray(20000, ']') << int(YamlError::Kind::TooDeep);
    QByteArray deepMaps;
    for (int i = 0; i < 100; ++i)
        deepMaps += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("100 nested maps") << deepMaps << int(YamlError::Kind::TooDeep);
    // Found by fuzz_manifest: few nodes, but each alias copies a long string.
    QByteArray longAliases = "a: &a " + QByteArray(60000, 'x') + "\nb: [";
    for (int i = 0; i < 200; ++i)
        longAliases += "*a, ";
    longAliases += "*a]\n";
    QTest::newRow("aliases of a long string") << longAliases << int(YamlError::Kind::TooManyNodes);
    // Found by fuzz_profile: yaml-cpp 0.7's LoadAll() never ends on these 183 bytes.
    QTest::newRow("endless document stream")
        << QByteArray::fromBase64("IyBUaGUgcHJvZmlsZSB0aGUgaW5zdGFsbHZlcnNpb246IDEKLHRhcmdhY2sKIyBi"
                                  "YXJlbWV0YWwgY2x1c3RlciB3aXRoICMg"
                                  "VGhlIHByb2ZpbGUgdGhlLyBUaGUgcHJvZmlsZSB0aGUgaW5zdGFsbGVyIHN0YXJ0"
                                  "cyBmcm9tOiBDaWxpdW0gaW4gb3Zl"
                                  "cmxheSBtb2RlIChWWExOKSBvMi4xNjguNjBlci4yIHN0YXJ0cyBmfQpo")
        << int(YamlError::Kind::Syntax);
    QTest::newRow("over 1 MiB") << QByteArray(1024 * 1024 + 1, '#')
                                << int(YamlError::Kind::TooLarge);
    QTest::newRow("NUL byte") << QByteArray("a: 1\nb: \0x\n", 11) << int(YamlError::Kind::Binary);
    QTest::newRow("not UTF-8") << QByteArray("a: \xff\xfe\n") << int(YamlError::Kind::Binary);
}

void TestYamlCodec::hostileInputIsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QElapsedTimer timer;
    timer.start();
    const YamlParseResult r = parseYamlDocuments(input);
    QVERIFY(r.error);
    QCOMPARE(int(r.error->kind), kind);
    QVERIFY(r.documents.empty());
    QVERIFY(!describeYamlError(*r.error).isEmpty());
    qInfo("refused in %lld ms", qint64(timer.elapsed()));
}

void TestYamlCodec::multipleDocuments()
{
    const YamlParseResult r = parseYamlDocuments("a: 1\n---\n---\nb: 2\n");
    QVERIFY(!r.error);
    QCOMPARE(r.documents.size(), size_t(3));
    QVERIFY(r.documents[1].isNull());
    std::vector<YamlNode> docs {r.documents[0], r.documents[2]};
    QCOMPARE(emitYamlDocuments(docs), QByteArray("a: 1\n---\nb: 2\n"));
}

void TestYamlCodec::pathLookup()
{
    const YamlParseResult r = parseYamlDocuments(
        "spec:\n  containers:\n    - name: a\n    - name: b\n      image: x:1\n");
    const YamlNode &doc = r.documents.front();
    QCOMPARE(doc.path(u"spec.containers[1].image")->scalar(), QStringLiteral("x:1"));
    QCOMPARE(doc.path(u"spec.containers[2]"), nullptr);
    QCOMPARE(doc.path(u"spec.missing.name"), nullptr);
    QCOMPARE(doc.find(QStringLiteral("spec"))->line(), 2);
}

void TestYamlCodec::parserMessagesInTheOperatorsLanguage()
{
    const YamlParseResult r = parseYamlDocuments("a: 1\nb: [1, 2\nc: 3\n");
    QVERIFY(r.error);
    // yaml-cpp's own sentence is kept in the error; what is shown is worded and translated.
    QCOMPARE(r.error->detail, QStringLiteral("end of sequence flow not found"));
    QVERIFY2(describeYamlError(*r.error).endsWith(
                 QStringLiteral("YAML syntax error: a list opened with [ is not closed with ]")),
        qPrintable(describeYamlError(*r.error)));
    // A message with a value after it keeps the value; one the table does not know stays.
    QCOMPARE(yamlParserMessageText(QStringLiteral("unknown escape character: q")),
        QStringLiteral("an unknown escape in a double-quoted string: \\q"));
    QCOMPARE(yamlParserMessageText(QStringLiteral("a sentence of a newer yaml-cpp")),
        QStringLiteral("a sentence of a newer yaml-cpp"));

    Translations translations(QCoreApplication::instance());
    QCOMPARE(
        translations.switchTo(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    const QString zh = describeYamlError(*r.error);
    translations.switchTo(QLocale(QLocale::English));
    QVERIFY2(zh.contains(QStringLiteral("用 [ 开始的列表没有用 ] 结束")), qPrintable(zh));
    QVERIFY2(!zh.contains(QStringLiteral("not found")), qPrintable(zh));
}

QTEST_GUILESS_MAIN(TestYamlCodec)
#include "tst_yamlcodec.moc"
