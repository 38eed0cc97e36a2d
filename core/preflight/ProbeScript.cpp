#include "ProbeScript.h"

#include "preflight/KernelConfig.h"

#include <QList>

namespace tkeci {
namespace {

constexpr QByteArrayView kMarker = "@@tkeci:";

QByteArray buildScript()
{
    // The kernel options are filtered on the node so that only a few lines travel back;
    // /proc/config.gz travels base64'd and is gunzipped on the workstation (no zcat needed).
    QByteArray optionPattern;
    for (const QString &option : requiredKernelOptions())
        optionPattern += (optionPattern.isEmpty() ? "" : "|") + option.toLatin1();
    // Every program started costs the node a fork and an exec (5-10 ms of CPU each on a busy
    // machine, more than the rest of the script): each answer is asked for once and kept in a
    // variable, and small files are read by the shell itself (`read`), not by `cat`. The
    // sections print exactly what the programs would (tst_preflightparsers compares).
    QByteArray s;
    s += "export LC_ALL=C\n"
         "m() { printf '\\n@@tkeci:%s\\n' \"$1\"; }\n"
         "cat_() { while IFS= read -r l || [ -n \"$l\" ]; do printf '%s\\n' \"$l\"; done; }\n"
         "r=$(uname -r); u=$(id -u)\n"
         "m uname-r; echo \"$r\"\n"
         "m uname-m; uname -m\n"
         "m id; id -un; echo \"$u\"\n"
         "m sudo; if [ \"$u\" != 0 ]; then if sudo -n true >/dev/null 2>&1; then echo "
         "yes; else echo no; fi; fi\n"
         "m os-release; cat_ 2>/dev/null </etc/os-release\n"
         "m kconfig\n"
         "if [ -r \"/boot/config-$r\" ]; then echo \"source /boot/config-$r\";"
         " grep -E '^(# )?(";
    s += optionPattern;
    s += ")[= ]' \"/boot/config-$r\"\n"
         "elif [ -r /proc/config.gz ]; then echo 'source /proc/config.gz'; m kconfig-gz;"
         " base64 /proc/config.gz\n"
         "else echo 'source none'; fi\n"
         "m ss; if command -v ss >/dev/null 2>&1; then ss -ltnup 2>/dev/null; else echo "
         "'@@no-ss'; fi\n"
         "m bpffs; grep ' /sys/fs/bpf ' /proc/mounts\n"
         "m cni-files; ls -A /etc/cni/net.d 2>/dev/null\n"
         "m links; ip -o link show 2>/dev/null || ls /sys/class/net\n"
         "m addr4; ip -o -4 addr show 2>/dev/null\n"
         "m ip_forward; cat_ </proc/sys/net/ipv4/ip_forward\n"
         "m end\n";
    return s;
}

} // namespace

const char *probeScript()
{
    static const QByteArray script = buildScript();
    return script.constData();
}

QHash<QString, QByteArray> splitProbeOutput(const QByteArray &output)
{
    QHash<QString, QByteArray> sections;
    QString current;
    QByteArray body;
    bool inSection = false;
    const auto flush = [&] {
        if (inSection)
            sections.insert(current, body.trimmed());
    };
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(kMarker)) {
            flush();
            current = QString::fromLatin1(line.mid(kMarker.size()).trimmed());
            body.clear();
            inSection = true;
            continue;
        }
        if (inSection) {
            body += line;
            body += '\n';
        }
    }
    flush();
    return sections;
}

} // namespace tkeci
