#include "KernelConfig.h"

#include <zlib.h>

namespace tkeci {

const QStringList &requiredKernelOptions()
{
    static const QStringList options {QStringLiteral("CONFIG_BPF"),
        QStringLiteral("CONFIG_BPF_SYSCALL"), QStringLiteral("CONFIG_NET_CLS_BPF"),
        QStringLiteral("CONFIG_BPF_JIT"), QStringLiteral("CONFIG_NET_CLS_ACT"),
        QStringLiteral("CONFIG_NET_SCH_INGRESS"), QStringLiteral("CONFIG_CRYPTO_SHA1"),
        QStringLiteral("CONFIG_CRYPTO_USER_API_HASH"), QStringLiteral("CONFIG_CGROUPS"),
        QStringLiteral("CONFIG_CGROUP_BPF")};
    return options;
}

QHash<QString, QString> parseKernelConfig(const QByteArray &text)
{
    QHash<QString, QString> config;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith("CONFIG_"))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        QString value = QString::fromLatin1(line.mid(eq + 1));
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        config.insert(QString::fromLatin1(line.left(eq)), value);
    }
    return config;
}

QStringList missingKernelOptions(const QHash<QString, QString> &config)
{
    QStringList missing;
    for (const QString &option : requiredKernelOptions()) {
        const QString value = config.value(option);
        if (value != QLatin1String("y") && value != QLatin1String("m"))
            missing.append(option);
    }
    return missing;
}

std::optional<QByteArray> gunzip(const QByteArray &gz, qsizetype maxBytes)
{
    z_stream zs {};
    // 16 + MAX_WBITS: expect a gzip header, not a raw zlib stream.
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    zs.avail_in = uInt(gz.size());
    QByteArray out;
    char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(chunk, qsizetype(sizeof chunk - zs.avail_out));
        if (out.size() > maxBytes) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)
            break; // truncated input
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace tkeci
