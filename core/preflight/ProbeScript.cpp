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
    // machine, more than the rest of the script): the script starts six (uname -r and -m,
    // grep on the kernel config, ss, ip for the links and for the addresses: one `ip -batch`
    // would do, but older iproute2 keeps `link show`'s family for the next line), each
    // once; everything else is the shell's own work: small files read with `read`, /proc/mounts
    // filtered with `case`, the CNI folder listed with a glob, the user from the login's LOGNAME
    // and /proc/self/status. The sections print what the programs would (tst_preflightparsers
    // compares).
    QByteArray s;
    s += "export LC_ALL=C\n"
         "m() { printf '\\n@@tkeci:%s\\n' \"$1\"; }\n"
         "cat_() { while IFS= read -r l || [ -n \"$l\" ]; do printf '%s\\n' \"$l\"; done; }\n"
         // `uname -r`, not /proc/sys/kernel/osrelease: a node may say its release through
         // uname only (test nodes do). id -u is the shell's effective uid (the second number
         // of /proc/self/status's Uid: line).
         "r=$(uname -r)\n"
         "u=; while read -r k _ e _; do if [ \"$k\" = Uid: ]; then u=$e; break; fi; done "
         "</proc/self/status\n"
         "m uname-r; echo \"$r\"\n"
         "m uname-m; uname -m\n"
         "m id; if [ -n \"$LOGNAME\" ]; then echo \"$LOGNAME\"; else id -un; fi; echo \"$u\"\n"
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
         "m bpffs; while IFS= read -r l; do case $l in *' /sys/fs/bpf '*) printf '%s\\n' "
         "\"$l\";; esac; done </proc/mounts\n"
         // ls -A: every name but . and .., each on its line
         "m cni-files; for f in /etc/cni/net.d/* /etc/cni/net.d/.[!.]* /etc/cni/net.d/..?*; do "
         "if [ -e \"$f\" ] || [ -L \"$f\" ]; then printf '%s\\n' \"${f##*/}\"; fi; done\n"
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
