#include "ProfileReader.h"

#include "plan/PlanEnums.h"
#include "validation/PlanValidator.h"
#include "yaml/YamlCodec.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <limits>

namespace tkeci {
namespace {

constexpr qsizetype kMaxProfileBytes = 1024 * 1024;

QString joinPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + u'.' + key;
}

bool isSecretKey(const QString &key)
{
    return key == QLatin1String("password") || key == QLatin1String("passphrase")
        || key == QLatin1String("privateKey");
}

/// Reads the keys of one YAML map, reporting what is missing, mistyped or unknown.
class MapReader
{
public:
    MapReader(const YamlNode *node, QString path, Problems &problems, const QStringList &allowed)
        : m_node(node)
        , m_path(std::move(path))
        , m_problems(problems)
    {
        if (!m_node || m_node->isNull())
            return;
        if (!m_node->isMap()) {
            report(m_path, Problem::Code::WrongType, {QStringLiteral("map")});
            m_node = nullptr;
            return;
        }
        for (const QString &key : m_node->keys()) {
            if (isSecretKey(key))
                report(joinPath(m_path, key), Problem::Code::PasswordInProfile, {});
            else if (!allowed.contains(key))
                report(joinPath(m_path, key), Problem::Code::UnknownKey,
                    {key, allowed.join(QStringLiteral(", "))});
        }
    }

    bool present() const { return m_node != nullptr; }
    QString pathOf(const QString &key) const { return joinPath(m_path, key); }

    const YamlNode *child(const QString &key) const
    {
        if (!m_node)
            return nullptr;
        const YamlNode *c = m_node->find(key);
        return c && !c->isNull() ? c : nullptr;
    }

    std::optional<QString> text(const QString &key, bool required = false)
    {
        const YamlNode *c = child(key);
        if (!c) {
            if (required)
                report(pathOf(key), Problem::Code::Missing, {});
            return std::nullopt;
        }
        if (!c->isScalar()) {
            report(pathOf(key), Problem::Code::WrongType, {QStringLiteral("text")});
            return std::nullopt;
        }
        // No profile text is multi-line or binary: a NUL, newline or escape in a name is a
        // paste gone wrong or an attempt to forge log lines and terminal output.
        if (const QStringList control = controlCharacterArgs(c->scalar()); !control.isEmpty()) {
            report(pathOf(key), Problem::Code::ControlCharacter, control);
            return std::nullopt;
        }
        return c->scalar();
    }

    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, bool required = false)
    {
        const YamlNode *c = child(key);
        if (!c) {
            if (required)
                report(pathOf(key), Problem::Code::Missing, {});
            return std::nullopt;
        }
        const auto value = c->toInteger();
        if (!value) {
            // A number too large for 64 bits is still a number: say it is out of range.
            const QString text = c->scalar();
            const bool digits = c->isScalar() && !text.isEmpty()
                && std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
            if (digits)
                report(pathOf(key), Problem::Code::OutOfRange,
                    {c->scalar(), QString::number(min), QString::number(max)});
            else
                report(pathOf(key), Problem::Code::WrongType, {QStringLiteral("integer")});
            return std::nullopt;
        }
        if (*value < min || *value > max) {
            report(pathOf(key), Problem::Code::OutOfRange,
                {QString::number(*value), QString::number(min), QString::number(max)});
            return std::nullopt;
        }
        return value;
    }

    template<typename E> std::optional<E> enumeration(const QString &key, bool required = false)
    {
        const auto t = text(key, required);
        if (!t)
            return std::nullopt;
        const auto value = enumFromProfileString<E>(*t);
        if (!value)
            report(pathOf(key), Problem::Code::NotAllowed,
                {*t, profileSpellings<E>().join(QStringLiteral(", "))});
        return value;
    }

    void report(const QString &path, Problem::Code code, const QStringList &args)
    {
        m_problems.append(Problem {path, code, args});
    }

private:
    const YamlNode *m_node;
    QString m_path;
    Problems &m_problems;
};

template<typename T> void assign(T &field, const std::optional<T> &value)
{
    if (value)
        field = *value;
}

void readNode(const YamlNode &item, const QString &path, Problems &problems, NodeSpec &node)
{
    MapReader r(&item, path, problems,
        {QStringLiteral("ip"), QStringLiteral("port"), QStringLiteral("user"),
            QStringLiteral("role"), QStringLiteral("auth"), QStringLiteral("keyFile"),
            QStringLiteral("asn"), QStringLiteral("switchIP")});
    if (!r.present()) {
        if (item.isNull())
            problems.append(Problem {path, Problem::Code::WrongType, {QStringLiteral("map")}});
        return;
    }
    assign(node.ip, r.text(QStringLiteral("ip"), true));
    if (const auto port = r.integer(QStringLiteral("port"), 1, 65535))
        node.port = int(*port);
    assign(node.user, r.text(QStringLiteral("user")));
    assign(node.role, r.enumeration<NodeRole>(QStringLiteral("role"), true));
    assign(node.auth, r.enumeration<AuthMethod>(QStringLiteral("auth")));
    assign(node.keyFile, r.text(QStringLiteral("keyFile")));
    if (const auto asn = r.integer(QStringLiteral("asn"), 1, 4294967294LL))
        node.asn = quint32(*asn);
    if (const auto ip = r.text(QStringLiteral("switchIP")))
        node.switchIP = *ip;
}

} // namespace

ProfileReadResult readProfile(const QByteArray &yaml)
{
    ProfileReadResult result;
    Problems &problems = result.problems;
    InstallPlan &plan = result.plan;

    const YamlParseResult parsed
        = parseYamlDocuments(yaml, YamlLimits {kMaxProfileBytes, 32, 20000});
    if (parsed.error) {
        problems.append(
            Problem {QString(), Problem::Code::YamlError, {describeYamlError(*parsed.error)}});
        return result;
    }
    if (parsed.documents.size() != 1 || !parsed.documents.front().isMap()) {
        problems.append(Problem {QString(), Problem::Code::NotAMap, {}});
        return result;
    }
    const YamlNode &root = parsed.documents.front();

    MapReader top(&root, QString(), problems,
        {QStringLiteral("version"), QStringLiteral("target"), QStringLiteral("cni"),
            QStringLiteral("cilium"), QStringLiteral("cluster"), QStringLiteral("ha"),
            QStringLiteral("images"), QStringLiteral("nodes")});
    if (const auto version = top.integer(QStringLiteral("version"),
            std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), true);
        version && *version != 1) {
        top.report(QStringLiteral("version"), Problem::Code::UnsupportedVersion,
            {QString::number(*version), QStringLiteral("1")});
    }
    assign(plan.target, top.enumeration<Target>(QStringLiteral("target"), true));
    assign(plan.cni, top.enumeration<Cni>(QStringLiteral("cni"), true));

    MapReader cilium(top.child(QStringLiteral("cilium")), QStringLiteral("cilium"), problems,
        {QStringLiteral("version"), QStringLiteral("networkMode"), QStringLiteral("underlay")});
    if (plan.cni == Cni::Cilium && !top.child(QStringLiteral("cilium")))
        top.report(QStringLiteral("cilium"), Problem::Code::RequiredWhen,
            {QStringLiteral("cni"), QStringLiteral("cilium")});
    assign(plan.ciliumVersion, cilium.text(QStringLiteral("version")));
    assign(plan.networkMode,
        cilium.enumeration<NetworkMode>(QStringLiteral("networkMode"), cilium.present()));
    MapReader underlay(cilium.child(QStringLiteral("underlay")), QStringLiteral("cilium.underlay"),
        problems, {QStringLiteral("asn"), QStringLiteral("switchIP")});
    // A missing block is one fault in the file (its keys are not reported again, see
    // loadProfile()); the page, which has no blocks, names the two fields.
    if (plan.networkMode == NetworkMode::Underlay && !underlay.present())
        cilium.report(QStringLiteral("cilium.underlay"), Problem::Code::RequiredWhen,
            {QStringLiteral("cilium.networkMode"), toProfileString(NetworkMode::Underlay)});
    if (underlay.present()) {
        // Missing keys are the validator's to report ("required when the network mode is
        // underlay"), in the same words as on the page.
        if (const auto asn = underlay.integer(QStringLiteral("asn"), 1, 4294967294LL))
            plan.underlay.asn = quint32(*asn);
        assign(plan.underlay.switchIP, underlay.text(QStringLiteral("switchIP")));
    }

    MapReader cluster(top.child(QStringLiteral("cluster")), QStringLiteral("cluster"), problems,
        {QStringLiteral("displayName"), QStringLiteral("kubernetesVersion"),
            QStringLiteral("clusterCIDR"), QStringLiteral("maxNodePodNum"),
            QStringLiteral("networkDevice")});
    assign(plan.displayName, cluster.text(QStringLiteral("displayName")));
    assign(plan.kubernetesVersion, cluster.text(QStringLiteral("kubernetesVersion")));
    assign(plan.clusterCIDR, cluster.text(QStringLiteral("clusterCIDR")));
    if (const YamlNode *pods = cluster.child(QStringLiteral("maxNodePodNum"))) {
        const auto value = pods->toInteger();
        if (value
            && (*value == 16 || *value == 32 || *value == 64 || *value == 128 || *value == 256))
            plan.maxNodePodNum = int(*value);
        else if (!pods->isScalar())
            cluster.report(cluster.pathOf(QStringLiteral("maxNodePodNum")),
                Problem::Code::WrongType, {QStringLiteral("integer")});
        else
            cluster.report(cluster.pathOf(QStringLiteral("maxNodePodNum")),
                Problem::Code::NotAllowed,
                {pods->scalar(), QStringLiteral("16, 32, 64, 128, 256")});
    }
    assign(plan.networkDevice, cluster.text(QStringLiteral("networkDevice")));

    MapReader ha(top.child(QStringLiteral("ha")), QStringLiteral("ha"), problems,
        {QStringLiteral("type"), QStringLiteral("vip"), QStringLiteral("vport")});
    assign(plan.haType, ha.enumeration<HaType>(QStringLiteral("type"), ha.present()));
    assign(plan.vip, ha.text(QStringLiteral("vip")));
    if (const auto vport = ha.integer(QStringLiteral("vport"), 1, 65535))
        plan.vport = int(*vport);

    MapReader images(top.child(QStringLiteral("images")), QStringLiteral("images"), problems,
        {QStringLiteral("registry")});
    assign(plan.imageRegistry, images.text(QStringLiteral("registry")));

    if (const YamlNode *nodes = top.child(QStringLiteral("nodes"))) {
        if (!nodes->isSequence()) {
            top.report(QStringLiteral("nodes"), Problem::Code::WrongType, {QStringLiteral("list")});
        } else {
            for (qsizetype i = 0; i < nodes->size(); ++i) {
                NodeSpec node;
                readNode(nodes->at(i), QStringLiteral("nodes[%1]").arg(i), problems, node);
                plan.nodes.append(node);
            }
        }
    }
    return result;
}

ProfileReadResult loadProfile(const QByteArray &yaml)
{
    ProfileReadResult result = readProfile(yaml);
    if (!result.problems.isEmpty() && result.problems.front().path.isEmpty()
        && (result.problems.front().code == Problem::Code::YamlError
            || result.problems.front().code == Problem::Code::NotAMap)) {
        return result; // nothing was read: judging the defaults would only add noise
    }
    const Problems planProblems = validatePlan(result.plan);
    auto alreadyReported = [&](const QString &path) {
        for (const Problem &p : std::as_const(result.problems)) {
            // A node whose role could not be read counts as no master; saying so again would
            // send the operator after a second fault that is really the first one.
            if (path == QLatin1String("nodes") && p.path.startsWith(QLatin1String("nodes["))
                && (p.path.endsWith(QLatin1String("].role")) || p.path.endsWith(u']')))
                return true;
            if (path == p.path || path.startsWith(p.path + u'.') || path.startsWith(p.path + u'['))
                return true;
        }
        return false;
    };
    Problems extra;
    for (const Problem &p : planProblems) {
        if (!alreadyReported(p.path))
            extra.append(p);
    }
    result.problems.append(extra);
    return result;
}

ProfileReadResult loadProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileReadResult result;
        result.problems.append(Problem {QString(), Problem::Code::YamlError,
            {QCoreApplication::translate("tkeci::Profile", "cannot read %1: %2")
                    .arg(path, file.errorString())}});
        return result;
    }
    // A huge file is refused by its size, without loading it.
    if (file.size() > kMaxProfileBytes) {
        ProfileReadResult result;
        const YamlError tooLarge {YamlError::Kind::TooLarge, 0, 0,
            QStringLiteral("%1 bytes, more than the %2 allowed")
                .arg(file.size())
                .arg(kMaxProfileBytes)};
        result.problems.append(
            Problem {QString(), Problem::Code::YamlError, {describeYamlError(tooLarge)}});
        return result;
    }
    return loadProfile(file.read(kMaxProfileBytes + 1));
}

ProfileReadResult defaultProfile()
{
    QFile file(QStringLiteral(":/tkeci/default-profile.yaml"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    return loadProfile(file.readAll());
}

} // namespace tkeci
