// Answers a broken or hostile server gives: each is an error with its own message, never a
// success, and none grows memory or time without bound. The server is a plain-HTTP QTcpServer
// in this process that answers every request the way the current test row chooses.
#include "kube/KubeClient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace tkeci;

namespace {

/// How the server answers; every mode starts with a 200 status line.
enum class Mode {
    CutContentLength, // Content-Length 4000, 30 bytes sent, connection closed
    CutChunked, // two chunks, no last chunk, connection closed
    EndlessChunked, // 256 KiB chunks as fast as the socket takes them
    Trickle, // one byte every 100 ms under a Content-Length that is never reached
    NotAnObject, // a complete JSON array
    NotJson, // a complete body that is not JSON
    Whole, // a complete JSON object: the control row
};

class HostileServer : public QTcpServer
{
public:
    Mode mode = Mode::Whole;
    qint64 sent = 0;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            if (s->property("answered").toBool() || !s->peek(65536).contains("\r\n\r\n"))
                return;
            s->setProperty("answered", true);
            answer(s);
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

private:
    void write(QTcpSocket *s, const QByteArray &bytes)
    {
        sent += bytes.size();
        s->write(bytes);
    }

    void answer(QTcpSocket *s)
    {
        const QByteArray json = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        switch (mode) {
        case Mode::CutContentLength:
            write(s, json + "Content-Length: 4000\r\n\r\n{\"kind\":\"DaemonSetList\",\"items\":[");
            s->disconnectFromHost();
            break;
        case Mode::CutChunked:
            write(s, json + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n3\r\n[1,\r\n");
            s->disconnectFromHost();
            break;
        case Mode::EndlessChunked: {
            write(s, json + "Transfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk = QByteArray::number(256 * 1024, 16) + "\r\n"
                + QByteArray(256 * 1024, ' ') + "\r\n";
            auto more = [this, s, chunk] {
                // Bounded on our side too: 2 GiB and the test has failed anyway.
                while (s->bytesToWrite() < 4 * chunk.size() && sent < (qint64(2) << 30))
                    write(s, chunk);
            };
            connect(s, &QTcpSocket::bytesWritten, s, more);
            more();
            break;
        }
        case Mode::Trickle: {
            write(s, json + "Content-Length: 100000\r\n\r\n{");
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [this, s] { write(s, " "); });
            t->start(100);
            break;
        }
        case Mode::NotAnObject:
            write(s, json + "Content-Length: 7\r\n\r\n[1,2,3]");
            break;
        case Mode::NotJson:
            write(s, json + "Content-Length: 11\r\n\r\n<html></ht>");
            break;
        case Mode::Whole:
            write(s, json + "Content-Length: 16\r\n\r\n{\"kind\":\"Node\"}\n");
            break;
        }
    }
};

long peakRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

class TestBrokenAnswers : public QObject
{
    Q_OBJECT

private:
    HostileServer m_server;

    ClusterAccess access() const
    {
        ClusterAccess a;
        a.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
        a.userName = QStringLiteral("tester");
        return a;
    }

    static KubeRequest list()
    {
        KubeRequest r;
        r.path = QStringLiteral("/apis/apps/v1/daemonsets");
        r.what = QStringLiteral("daemonsets.apps");
        r.rbacVerb = QStringLiteral("list");
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen(QHostAddress::LocalHost)); }

    void answers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind"); // -1: success
        QTest::addColumn<QString>("message");
        QTest::newRow("whole answer") << int(Mode::Whole) << -1 << QString();
        QTest::newRow("cut before Content-Length")
            << int(Mode::CutContentLength) << int(KubeError::Kind::Unreachable) << "was cut off";
        QTest::newRow("chunked, last chunk missing")
            << int(Mode::CutChunked) << int(KubeError::Kind::Unreachable) << "was cut off";
        QTest::newRow("an array for an object")
            << int(Mode::NotAnObject) << int(KubeError::Kind::Server) << "is not a JSON object";
        QTest::newRow("not JSON") << int(Mode::NotJson) << int(KubeError::Kind::Server)
                                  << "is not a JSON object";
    }

    void answers()
    {
        QFETCH(int, mode);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_server.mode = Mode(mode);
        KubeClient client(access());
        client.setRetries(1, 10);
        const KubeResponse r = client.sendAndWait(list());
        if (kind < 0) {
            QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
            QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("Node"));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error->kind), kind);
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(QStringLiteral("daemonsets.apps")));
    }

    void endlessBodyIsCutAtTheLimit()
    {
        m_server.mode = Mode::EndlessChunked;
        m_server.sent = 0;
        KubeClient client(access());
        KubeRequest r = list();
        r.maxBodyBytes = qint64(16) << 20;
        const long before = peakRssKiB();
        QElapsedTimer clock;
        clock.start();
        const KubeResponse answer = client.sendAndWait(r);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error->message.contains(QStringLiteral("larger than 16 MiB")),
            qPrintable(answer.error->message));
        const long grownMiB = (peakRssKiB() - before) / 1024;
        qInfo("endless body: refused after %lld ms, server sent %lld MiB, peak memory grew %ld MiB",
            clock.elapsed(), m_server.sent >> 20, grownMiB);
        // The body kept (16 MiB) plus Qt's buffers; far from the 2 GiB the server would send.
        QVERIFY2(grownMiB < 128, qPrintable(QString::number(grownMiB)));
        QVERIFY(m_server.sent < (qint64(1) << 30));
    }

    void trickleEndsAtTheDeadline()
    {
        m_server.mode = Mode::Trickle;
        KubeClient client(access());
        client.setRequestDeadline(1500);
        client.setTimeout(30000); // bytes keep coming: the transfer timeout never fires
        QElapsedTimer clock;
        clock.start();
        const KubeResponse r = client.sendAndWait(list());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Timeout);
        QVERIFY2(r.error->message.contains(QStringLiteral("did not finish answering")),
            qPrintable(r.error->message));
        // Not retried: one deadline, not four.
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void tokenFileThatIsNotAFileIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << "fifo";
        QTest::newRow("device") << "device";
        QTest::newRow("too long") << "long";
    }

    void tokenFileThatIsNotAFileIsRefusedAtOnce()
    {
        QFETCH(QString, kind);
        m_server.mode = Mode::Whole;
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("token"));
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("device")) {
            path = QStringLiteral("/dev/zero");
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(kMaxBearerToken + 1, 'a'));
        }
        ClusterAccess a = access();
        a.tokenFile = path;
        KubeClient client(a);
        QElapsedTimer clock;
        clock.start();
        const KubeResponse r = client.sendAndWait(list());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, KubeError::Kind::Credentials);
        QVERIFY2(r.error->message.contains(path), qPrintable(r.error->message));
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestBrokenAnswers)
#include "tst_brokenanswers.moc"
