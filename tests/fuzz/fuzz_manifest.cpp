// libFuzzer target: the manifest parse check the editor runs on every keystroke.
#include "render/ManifestSet.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const tkeci::Problems problems = tkeci::checkManifestText(QStringLiteral("fuzz.yaml"), input);
    for (const tkeci::Problem &p : problems)
        (void)tkeci::problemLine(p);
    (void)tkeci::ManifestSet::documents(tkeci::ManifestFile {QStringLiteral("fuzz"), {}, input});
    return 0;
}
