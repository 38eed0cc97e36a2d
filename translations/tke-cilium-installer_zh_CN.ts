<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tkeci::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written</source>
        <translation><numerusform>%1：发现 %n 个问题，未写入任何文件</numerusform></translation>
    </message>
    <message>
        <source>target %1, %2, HA %3, %4 master(s), %5 worker(s)</source>
        <translation>目标 %1，%2，高可用 %3，%4 个 Master 节点，%5 个 Worker 节点</translation>
    </message>
    <message>
        <source>Puts the Cilium CNI on TKEStack baremetal clusters. Without a command, the wizard starts.

Commands:
  validate --profile P            check a profile; every problem is printed, field path first
  render --profile P --out DIR    write the manifests (one file per component) and images.txt

Exit codes: 0 success, 1 the work ran and found failures, 2 bad usage or bad input.</source>
        <translation>在 TKEStack 裸金属集群上安装 Cilium CNI。不带命令时启动安装向导。

命令：
  validate --profile P            检查配置文件；逐行列出每个问题，字段路径在前
  render --profile P --out DIR    生成清单（每个组件一个文件）和 images.txt

退出码：0 成功，1 执行完成但发现失败项，2 用法或输入有误。</translation>
    </message>
    <message>
        <source>The profile (YAML) to use.</source>
        <translation>要使用的配置文件（YAML）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The folder to write the manifests to.</source>
        <translation>清单的输出目录。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the locale).</source>
        <translation>消息语言：zh_CN 或 en（默认跟随系统区域设置）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>validate or render; none starts the wizard.</source>
        <translation>validate 或 render；不带命令则启动向导。</translation>
    </message>
    <message>
        <source>--lang: "%1" is not a language this program speaks; use zh_CN or en</source>
        <translation>--lang：不支持语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown command "%1"; commands: %2</source>
        <translation>未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1 needs --profile FILE</source>
        <translation>%1 需要 --profile 文件</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1：校验通过（%2）</translation>
    </message>
    <message>
        <source>render needs --out FOLDER</source>
        <translation>render 需要 --out 目录</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation><numerusform>已写入 %n 个文件</numerusform></translation>
    </message>
    <message>
        <source>(%1 images to mirror)</source>
        <translation>（需同步 %1 个镜像）</translation>
    </message>
</context>
<context>
    <name>tkeci::InstallerWindow</name>
    <message>
        <source>TKEStack Cilium Installer</source>
        <translation>TKEStack Cilium 安装器</translation>
    </message>
    <message>
        <source>Cilium for TKEStack baremetal clusters</source>
        <translation>为 TKEStack 裸金属集群安装 Cilium</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <translation>Overlay（VXLAN）</translation>
    </message>
    <message>
        <source>Underlay (BGP)</source>
        <translation>Underlay（BGP）</translation>
    </message>
    <message>
        <source>Default profile: CNI %1, network mode %2, %3 master(s), %4 worker(s). These are the manifests it renders.</source>
        <translation>默认配置：CNI %1，网络模式 %2，%3 个 Master 节点，%4 个 Worker 节点。以下是据此生成的清单。</translation>
    </message>
</context>
<context>
    <name>tkeci::Problem</name>
    <message>
        <source>letters, digits, '.', '_' and '-' (not first)</source>
        <translation>字母、数字、“.”、“_”和“-”（“-”不能开头）</translation>
    </message>
    <message>
        <source>a version such as 1.20.4-tke.1</source>
        <translation>形如 1.20.4-tke.1 的版本号</translation>
    </message>
    <message>
        <source>up to 15 letters, digits, '.', '_' and '-'</source>
        <translation>最多 15 个字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the profile must be a YAML map of settings (version, target, cni, ...), not a list or a single value</source>
        <translation>配置文件必须是由设置项（version、target、cni 等）组成的 YAML 映射，不能是列表或单个值</translation>
    </message>
    <message>
        <source>unknown key "%1"; allowed here: %2</source>
        <translation>未知的键“%1”；此处允许：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is required when %1 is %2</source>
        <translation>当 %1 为 %2 时为必填项</translation>
    </message>
    <message>
        <source>a map of keys and values</source>
        <comment>expected YAML type</comment>
        <translation>键值映射</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>expected YAML type</comment>
        <translation>列表</translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>expected YAML type</comment>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>expected YAML type</comment>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a single text value</source>
        <comment>expected YAML type</comment>
        <translation>单个文本值</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>"%1" is not allowed; use one of: %2</source>
        <translation>不允许“%1”；可选值：%2</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed: %2 to %3</source>
        <translation>%1 超出范围；允许 %2 到 %3</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address; write four numbers 0-255 separated by dots, e.g. 10.0.0.16</source>
        <translation>“%1”不是 IPv4 地址；请写成以点分隔的四个 0-255 的数字，例如 10.0.0.16</translation>
    </message>
    <message>
        <source>"%1" is an IPv6 address; Cilium on TKEStack supports IPv4 only</source>
        <translation>“%1”是 IPv6 地址；TKEStack 上的 Cilium 仅支持 IPv4</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 CIDR; write an address and a prefix length 1-32, e.g. 10.244.0.0/16</source>
        <translation>“%1”不是 IPv4 CIDR；请写成地址加 1-32 的前缀长度，例如 10.244.0.0/16</translation>
    </message>
    <message>
        <source>"%1" has bits set after the prefix; did you mean %2?</source>
        <translation>“%1”在前缀之后还有非零位；是否应为 %2？</translation>
    </message>
    <message>
        <source>"%1" contains characters that are not allowed; use only %2</source>
        <translation>“%1”包含不允许的字符；只能使用%2</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 已被 %2 使用</translation>
    </message>
    <message>
        <source>needs at least one node with role master</source>
        <translation>至少需要一个角色为 master 的节点</translation>
    </message>
    <message>
        <source>passwords are never stored in a profile; remove this key, the installer asks for the password when it connects</source>
        <translation>配置文件中绝不保存密码；请删除此键，安装器会在连接时询问密码</translation>
    </message>
    <message>
        <source>"%1" is not supported; supported: %2</source>
        <translation>不支持“%1”；支持：%2</translation>
    </message>
    <message>
        <source>%1 lies inside the cluster CIDR %2; pod addresses and node addresses must not overlap</source>
        <translation>%1 位于集群 CIDR %2 之内；Pod 地址与节点地址不能重叠</translation>
    </message>
    <message>
        <source>the VIP %1 is also the address of %2; the VIP must be a free address</source>
        <translation>VIP %1 同时是 %2 的地址；VIP 必须是未被占用的地址</translation>
    </message>
    <message>
        <source>%1 nodes do not fit: the cluster CIDR %3 with %4 pods per node has room for %2 nodes</source>
        <translation>容纳不下 %1 个节点：集群 CIDR %3 在每节点 %4 个 Pod 时只能容纳 %2 个节点</translation>
    </message>
    <message>
        <source>"%1" is not a registry prefix; write a host and path such as registry.example.com:5000/tkestack</source>
        <translation>“%1”不是镜像仓库前缀；请写成主机加路径，例如 registry.example.com:5000/tkestack</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>"agent" cannot be used for a new cluster: TKEStack logs in to the node itself and needs a key file or a password; use auth: key or auth: password</source>
        <translation>新建集群不能使用“agent”：TKEStack 需要自行登录节点，必须提供私钥文件或密码；请使用 auth: key 或 auth: password</translation>
    </message>
</context>
<context>
    <name>tkeci::Profile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tkeci::Render</name>
    <message>
        <source>the rendered YAML does not read back unchanged</source>
        <translation>生成的 YAML 重新解析后与原内容不一致</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tkeci::Yaml</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>the file is too large (%1)</source>
        <translation>文件过大（%1）</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply (%1)</source>
        <translation>YAML 嵌套层级过深（%1）</translation>
    </message>
    <message>
        <source>the YAML expands to too many values (%1); aliases may be nested</source>
        <translation>YAML 展开后的值过多（%1）；可能存在嵌套别名</translation>
    </message>
    <message>
        <source>the file is not text (%1)</source>
        <translation>文件不是文本（%1）</translation>
    </message>
    <message>
        <source>a key appears twice (%1)</source>
        <translation>键重复出现（%1）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
</TS>