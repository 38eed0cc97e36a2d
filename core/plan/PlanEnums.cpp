#include "PlanEnums.h"

#include <array>
#include <utility>

namespace tkeci {
namespace {

template<typename E> struct Spellings;

template<> struct Spellings<Target>
{
    static constexpr std::array table {std::pair {Target::NewCluster, "new-cluster"},
        std::pair {Target::ExistingCluster, "existing-cluster"},
        std::pair {Target::ExportOnly, "export-only"}};
};
template<> struct Spellings<Cni>
{
    static constexpr std::array table {
        std::pair {Cni::Cilium, "cilium"}, std::pair {Cni::Galaxy, "galaxy"}};
};
template<> struct Spellings<NetworkMode>
{
    static constexpr std::array table {
        std::pair {NetworkMode::Overlay, "overlay"}, std::pair {NetworkMode::Underlay, "underlay"}};
};
template<> struct Spellings<HaType>
{
    static constexpr std::array table {std::pair {HaType::None, "none"},
        std::pair {HaType::Tke, "tke"}, std::pair {HaType::ThirdParty, "third-party"}};
};
template<> struct Spellings<NodeRole>
{
    static constexpr std::array table {
        std::pair {NodeRole::Master, "master"}, std::pair {NodeRole::Worker, "worker"}};
};
template<> struct Spellings<AuthMethod>
{
    static constexpr std::array table {std::pair {AuthMethod::Key, "key"},
        std::pair {AuthMethod::Agent, "agent"}, std::pair {AuthMethod::Password, "password"}};
};

template<typename E> QString spell(E v)
{
    for (const auto &[value, text] : Spellings<E>::table) {
        if (value == v)
            return QString::fromLatin1(text);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString toProfileString(Target v)
{
    return spell(v);
}
QString toProfileString(Cni v)
{
    return spell(v);
}
QString toProfileString(NetworkMode v)
{
    return spell(v);
}
QString toProfileString(HaType v)
{
    return spell(v);
}
QString toProfileString(NodeRole v)
{
    return spell(v);
}
QString toProfileString(AuthMethod v)
{
    return spell(v);
}

template<typename E> std::optional<E> enumFromProfileString(const QString &text)
{
    for (const auto &[value, spelling] : Spellings<E>::table) {
        if (text == QLatin1String(spelling))
            return value;
    }
    return std::nullopt;
}

template<typename E> QStringList profileSpellings()
{
    QStringList out;
    for (const auto &entry : Spellings<E>::table)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

#define TKECI_INSTANTIATE(E)                                                                       \
    template std::optional<E> enumFromProfileString<E>(const QString &);                           \
    template QStringList profileSpellings<E>();
TKECI_INSTANTIATE(Target)
TKECI_INSTANTIATE(Cni)
TKECI_INSTANTIATE(NetworkMode)
TKECI_INSTANTIATE(HaType)
TKECI_INSTANTIATE(NodeRole)
TKECI_INSTANTIATE(AuthMethod)
#undef TKECI_INSTANTIATE

} // namespace tkeci
