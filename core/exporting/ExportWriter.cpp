#include "ExportWriter.h"

#include "exporting/ApplyScript.h"
#include "plan/PlanEnums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <zlib.h>

namespace tkeci {
namespace {

// Texts of free functions; a class so that lupdate files them under the same context
// that translate() looks them up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tkeci::Export)
};

// What to do for the profile's target: the wizard's steps that the script cannot take.
QByteArray readmeSteps(const InstallPlan &plan)
{
    if (plan.target == Target::NewCluster)
        return "Target: a new cluster. TKEStack creates it and installs Cilium itself\n"
               "(EnsureCilium). No password or private key is in these files: the Cluster\n"
               "object holds placeholders that the installer fills at apply time. Replace them\n"
               "first (privateKey: the node's key file in base64); the script stops while any\n"
               "is left. Then: GLOBAL_KUBECONFIG=<global cluster kubeconfig> ./apply.sh\n"
               "It creates the Cluster object and waits until it is Running; the Cilium files\n"
               "show what TKEStack applies and are not applied by the script. To verify, fetch\n"
               "the new cluster's kubeconfig from TKEStack and run the same command with\n"
               "KUBECONFIG=<new cluster kubeconfig> and --verify (the Cluster object is applied\n"
               "again, unchanged).\n";
    QByteArray r = plan.target == Target::ExistingCluster
        ? "Target: an existing cluster.\n"
        : "Target: export only. These manifests are for a cluster that already runs\n"
          "Kubernetes, installed as on an existing cluster.\n";
    r += "Run: KUBECONFIG=<cluster kubeconfig> ./apply.sh\n";
    if (plan.isUnderlay())
        r += "Underlay: the script first labels each node of the profile (found by its\n"
             "InternalIP) with infra.tce.io/as and infra.tce.io/switch-ip; a node it cannot\n"
             "find is a warning: label it by hand before cilium-router starts there.\n";
    else if (plan.isCilium())
        r += "Overlay: before running it, set --allocate-node-cidrs=false and\n"
             "--configure-cloud-routes=false on kube-controller-manager on every master\n"
             "(/etc/kubernetes/manifests/kube-controller-manager.yaml), as the installer\n"
             "does over SSH: Cilium allocates the pod CIDRs itself.\n";
    r += "Remove any other CNI first: the installer refuses a cluster that runs one.\n";
    return r;
}

QByteArray readme(const ManifestSet &set, const InstallPlan &plan)
{
    QByteArray r = "Cilium for TKEStack - exported manifests\n"
                   "========================================\n\n";
    r += "CNI: " + toProfileString(plan.cni).toUtf8();
    if (plan.isCilium())
        r += " " + plan.ciliumVersion.toUtf8() + ", network mode "
            + toProfileString(plan.networkMode).toUtf8();
    r += "\nHA: " + toProfileString(plan.haType).toUtf8() + "\n\nFiles:\n";
    for (const ManifestFile &f : set.files)
        r += "  " + f.fileName().toUtf8() + "\n";
    r += "\nimages.txt lists every image; mirror them into your registry first.\n"
         "apply.sh does with kubectl what the installer does, object by object in the\n"
         "installer's order (see its header for the variables); ./apply.sh --verify also\n"
         "runs Cilium's connectivity check.\n\n";
    r += readmeSteps(plan);
    return r;
}

void putOctal(char *field, int width, quint64 value)
{
    // width includes the terminating NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray tarHeader(const QByteArray &name, quint64 size, int mode, char type, qint64 mtime)
{
    QByteArray h(512, '\0');
    char *p = h.data();
    memcpy(p, name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    putOctal(p + 100, 8, quint64(mode));
    putOctal(p + 108, 8, 0); // uid
    putOctal(p + 116, 8, 0); // gid
    putOctal(p + 124, 12, size);
    putOctal(p + 136, 12, quint64(mtime));
    memset(p + 148, ' ', 8); // checksum counts as spaces while it is computed
    p[156] = type;
    memcpy(p + 257, "ustar", 6);
    memcpy(p + 263, "00", 2);
    memcpy(p + 265, "root", 4);
    memcpy(p + 297, "root", 4);
    quint64 sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += quint8(p[i]);
    const QByteArray check = QByteArray::number(sum, 8).rightJustified(6, '0');
    memcpy(p + 148, check.constData(), 6);
    p[154] = '\0';
    p[155] = ' ';
    return h;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z {};
    // 15 window bits + 16 selects the gzip wrapper instead of zlib's own.
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QList<ExportFile> exportFiles(const ManifestSet &set, const InstallPlan &plan)
{
    QList<ExportFile> files;
    for (const ManifestFile &f : set.files)
        files.append({f.fileName(), f.yaml, false});
    files.append({QStringLiteral("images.txt"), set.images.join(u'\n').toUtf8() + '\n', false});
    files.append({QStringLiteral("apply.sh"), applyScript(set, plan), true});
    files.append({QStringLiteral("README.txt"), readme(set, plan), false});
    return files;
}

QString writeExportFolder(const ManifestSet &set, const InstallPlan &plan, const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Text::tr("cannot create the folder %1").arg(directory);
    for (const ExportFile &f : exportFiles(set, plan)) {
        QSaveFile file(dir.filePath(f.path));
        if (!file.open(QIODevice::WriteOnly) || file.write(f.bytes) != f.bytes.size()
            || !file.commit())
            return Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        if (f.executable)
            QFile::setPermissions(dir.filePath(f.path),
                QFile::permissions(dir.filePath(f.path)) | QFile::ExeOwner | QFile::ExeGroup
                    | QFile::ExeOther);
    }
    return {};
}

QByteArray makeTarGz(const QList<ExportFile> &files, const QString &topFolder)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray top = topFolder.toUtf8() + '/';
    QByteArray tar = tarHeader(top, 0, 0755, '5', now);
    for (const ExportFile &f : files) {
        tar += tarHeader(
            top + f.path.toUtf8(), quint64(f.bytes.size()), f.executable ? 0755 : 0644, '0', now);
        tar += f.bytes;
        if (const qsizetype pad = f.bytes.size() % 512)
            tar += QByteArray(512 - pad, '\0');
    }
    tar += QByteArray(1024, '\0'); // two empty blocks end the archive
    return gzip(tar);
}

QString writeExportBundle(const ManifestSet &set, const InstallPlan &plan, const QString &path)
{
    QString top = QFileInfo(path).fileName();
    for (const char *suffix : {".tar.gz", ".tgz"}) {
        if (top.endsWith(QLatin1String(suffix)))
            top.chop(qsizetype(strlen(suffix)));
    }
    if (top.isEmpty())
        top = QStringLiteral("cilium-bundle");
    const QByteArray bytes = makeTarGz(exportFiles(set, plan), top);
    if (bytes.isEmpty())
        return Text::tr("cannot compress the bundle");
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return Text::tr("cannot create the folder %1").arg(parent);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tkeci
