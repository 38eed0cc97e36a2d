#include "SecretKeyring.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace tkeci::keyring {
namespace {

/// Runs `job` (deleted when done) and calls `finished` with it unless `context` went away.
template<typename Job> void run(Job *job, QObject *context, std::function<void(Job &)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a file with the secret in it is not a keyring
    QPointer<QObject> alive(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [job, alive, finished = std::move(finished)](QKeychain::Job *) {
            if (alive)
                finished(*job);
        });
    job->start();
}

} // namespace

QString passwordKey(const QString &user, const QString &host, int port)
{
    return QStringLiteral("password %1@%2:%3").arg(user, host).arg(port);
}

QString passphraseKey(const QString &keyFile)
{
    return QStringLiteral("passphrase ") + keyFile;
}

void read(const QString &key, QObject *context, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    run<QKeychain::ReadPasswordJob>(
        job, context, [done = std::move(done)](QKeychain::ReadPasswordJob &j) {
            if (j.error() != QKeychain::NoError) {
                done(std::nullopt);
                return;
            }
            done(j.textData());
        });
}

void write(const QString &key, const QString &secret, QObject *context,
    std::function<void(QString error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    run<QKeychain::WritePasswordJob>(
        job, context, [done = std::move(done)](QKeychain::WritePasswordJob &j) {
            done(j.error() == QKeychain::NoError ? QString() : j.errorString());
        });
}

void remove(const QString &key, QObject *context, std::function<void(QString error)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    run<QKeychain::DeletePasswordJob>(
        job, context, [done = std::move(done)](QKeychain::DeletePasswordJob &j) {
            const bool gone
                = j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound;
            done(gone ? QString() : j.errorString());
        });
}

} // namespace tkeci::keyring
