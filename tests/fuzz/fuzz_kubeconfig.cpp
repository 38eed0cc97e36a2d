// libFuzzer target: the kubeconfig parser (parseKubeConfig), the same code loadKubeConfig runs
// after reading the files. An input is one or more kubeconfigs separated by a line "#@@file".
// Files the kubeconfig names are never read from disk: the reader below answers from memory,
// and exec plugins are only described by the parser, never run (runExecPlugin is not called).
#include "kube/KubeConfig.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

// Paths ending in ".pem" "exist" and hold their own name; any other path cannot be read, so both
// the success and the error path of file-or-data credentials are reached.
std::optional<QByteArray> memoryReader(const QString &path, QString &error)
{
    if (path.endsWith(QLatin1String(".pem")))
        return path.toUtf8();
    error = QStringLiteral("not readable in the fuzzer");
    return std::nullopt;
}

void check(const tkeci::KubeConfigResult &r)
{
    // Exactly one of access and error, never both, never neither.
    if (r.ok() == r.error.has_value())
        std::abort();
    if (r.ok() && (r.access->server.host().isEmpty() || r.access->contextName.isEmpty()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<tkeci::KubeConfigText> texts;
    int n = 0;
    // Split on the separator line (at most 4 files); file N is /fuzz/fN, so relative paths in it
    // resolve in /fuzz.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = input.indexOf("\n#@@file\n", from);
        const QByteArray part = input.mid(from, at < 0 ? -1 : at - from);
        texts.append({part, QStringLiteral("/fuzz/f%1").arg(n), QStringLiteral("/fuzz")});
        ++n;
        if (at < 0 || n >= 4)
            break;
        from = at + 9;
    }
    // The current-context and a fixed name: both ways of choosing a context.
    check(tkeci::parseKubeConfig(texts, QString(), memoryReader));
    check(tkeci::parseKubeConfig(texts, QStringLiteral("fuzz"), memoryReader));
    return 0;
}
