// libFuzzer target: the kernel config as a node sends it. The bytes are parsed as the plain
// text of /boot/config-$(uname -r) (parseKernelConfig) and, because libFuzzer mutates raw
// bytes best, also given to gunzip() as /proc/config.gz after base64 decoding on the
// workstation; whatever decompresses is parsed too.
#include "preflight/KernelConfig.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void parse(const QByteArray &text)
{
    const QHash<QString, QString> config = tkeci::parseKernelConfig(text);
    const QStringList missing = tkeci::missingKernelOptions(config);
    if (missing.size() > tkeci::requiredKernelOptions().size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    parse(input);
    // A small cap so that a decompression bomb is cut off quickly; the product's is 16 MiB.
    constexpr qsizetype cap = 1024 * 1024;
    if (const std::optional<QByteArray> plain = tkeci::gunzip(input, cap)) {
        if (plain->size() > cap)
            std::abort(); // the cap is the promise that protects the workstation
        parse(*plain);
    }
    return 0;
}
