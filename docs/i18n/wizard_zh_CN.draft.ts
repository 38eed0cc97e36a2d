<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tkeci::ApplyPage</name>
    <message>
        <source>TKEStack global cluster</source>
        <translation>TKEStack 全局集群</translation>
    </message>
    <message>
        <source>target cluster</source>
        <translation>目标集群</translation>
    </message>
    <message>
        <source>target cluster, for the connectivity check, then removed</source>
        <translation>目标集群，用于连通性检查，之后删除</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>This is the step that changes a cluster.</source>
        <translation>这一步会修改集群。</translation>
    </message>
    <message>
        <source>These objects would be applied, in this order. Applying from the wizard is not available in this build yet: use the exported apply.sh, or `tke-cilium-installer apply`.</source>
        <translation>将按以下顺序应用这些对象。此版本尚不能在向导中直接应用：请使用导出的 apply.sh，或 `tke-cilium-installer apply`。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>File / kind</source>
        <translation>文件 / 类型</translation>
    </message>
    <message>
        <source>Cluster / name</source>
        <translation>集群 / 名称</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>继续(&amp;N)</translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterNetworkPage</name>
    <message>
        <source>Pods get addresses from %1, at most %2 per node, on device %3; Kubernetes %4; images from %5.</source>
        <translation>Pod 地址取自 %1，每个节点最多 %2 个，网卡 %3；Kubernetes %4；镜像来自 %5。</translation>
    </message>
    <message>
        <source>Cluster network</source>
        <translation>集群网络</translation>
    </message>
    <message>
        <source>Advanced settings; the defaults suit most sites.</source>
        <translation>高级设置；默认值适用于大多数环境。</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>高级设置(&amp;A)</translation>
    </message>
    <message>
        <source>Cluster &amp;CIDR:</source>
        <translation>集群 CIDR(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Max pods per node:</source>
        <translation>单节点最大 Pod 数(&amp;M)：</translation>
    </message>
    <message>
        <source>Network &amp;device:</source>
        <translation>网卡设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kubernetes version:</source>
        <translation>Kubernetes 版本(&amp;K)：</translation>
    </message>
    <message>
        <source>Image &amp;registry prefix:</source>
        <translation>镜像仓库前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ilium version:</source>
        <translation>Cilium 版本(&amp;I)：</translation>
    </message>
    <message>
        <source>Replaces the registry part of every image, for private registries, e.g. registry.example.com/tkestack</source>
        <translation>替换每个镜像的仓库部分，用于私有仓库，例如 registry.example.com/tkestack</translation>
    </message>
</context>
<context>
    <name>tkeci::CniPage</name>
    <message>
        <source>CNI</source>
        <translation>CNI</translation>
    </message>
    <message>
        <source>The network plugin of the cluster.</source>
        <translation>集群的网络插件。</translation>
    </message>
    <message>
        <source>&amp;Cilium</source>
        <translation>Cilium(&amp;C)</translation>
    </message>
    <message>
        <source>eBPF networking, Overlay (VXLAN) or Underlay (BGP). This is what this installer sets up.</source>
        <translation>基于 eBPF 的网络，支持 Overlay（VXLAN）或 Underlay（BGP）。本安装器安装的就是它。</translation>
    </message>
    <message>
        <source>&amp;Galaxy (TKEStack default)</source>
        <translation>Galaxy（TKEStack 默认）(&amp;G)</translation>
    </message>
    <message>
        <source>TKEStack's own CNI. The Cilium pages (network mode, preflight) are skipped; only the Cluster object is written.</source>
        <translation>TKEStack 自带的 CNI。将跳过 Cilium 相关页面（网络模式、预检），只生成 Cluster 对象。</translation>
    </message>
</context>
<context>
    <name>tkeci::Export</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot compress the bundle</source>
        <translation>无法压缩离线包</translation>
    </message>
</context>
<context>
    <name>tkeci::ExportPage</name>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出离线包</translation>
    </message>
    <message>
        <source>Bundles (*.tar.gz)</source>
        <translation>离线包 (*.tar.gz)</translation>
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation>请选择写入位置。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the manifests for an offline site or for your records.</source>
        <translation>将清单写出，供离线环境使用或存档。</translation>
    </message>
    <message>
        <source>Export only: write the files, then finish.</source>
        <translation>仅导出：写出文件后结束。</translation>
    </message>
    <message>
        <source>Optional: Next goes on to apply without exporting.</source>
        <translation>可选：点“下一步”将不导出而直接进入应用。</translation>
    </message>
    <message>
        <source>A &amp;folder: one file per component, images.txt, apply.sh and README.txt</source>
        <translation>文件夹(&amp;F)：每个组件一个文件，另有 images.txt、apply.sh 和 README.txt</translation>
    </message>
    <message>
        <source>One .tar.gz b&amp;undle with the same files, for hosts without the installer</source>
        <translation>单个 .tar.gz 离线包(&amp;U)：内容相同，供未安装本程序的主机使用</translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation>位置(&amp;E)：</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Write files</source>
        <translation>写出文件(&amp;W)</translation>
    </message>
    <message>
        <source>Written to %1. No password or private key is in the files.</source>
        <translation>已写入 %1。文件中不含任何密码或私钥。</translation>
    </message>
</context>
<context>
    <name>tkeci::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Summary of this run.</source>
        <translation>本次运行摘要。</translation>
    </message>
    <message>
        <source>Cilium %1, network mode %2</source>
        <translation>Cilium %1，网络模式 %2</translation>
    </message>
    <message>
        <source>Underlay (BGP, ASN %1, switch IP %2)</source>
        <translation>Underlay（BGP，自治系统号 %1，交换机IP %2）</translation>
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <translation>Overlay（VXLAN）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>TKE built-in VIP %1</source>
        <translation>TKE 内置 VIP %1</translation>
    </message>
    <message>
        <source>load balancer %1:%2</source>
        <translation>负载均衡 %1:%2</translation>
    </message>
    <message>
        <source>CNI: %1</source>
        <translation>CNI：%1</translation>
    </message>
    <message>
        <source>HA: %1</source>
        <translation>高可用：%1</translation>
    </message>
    <message>
        <source>Nodes: %1 master(s), %2 worker(s)</source>
        <translation>节点：%1 个 Master，%2 个 Worker</translation>
    </message>
    <message>
        <source>Edited manifests: %1</source>
        <translation>已编辑的清单：%1</translation>
    </message>
    <message>
        <source>No files were exported.</source>
        <translation>未导出文件。</translation>
    </message>
    <message>
        <source>Files written to: %1</source>
        <translation>文件已写入：%1</translation>
    </message>
    <message>
        <source>Nothing was applied from the wizard.</source>
        <translation>向导未应用任何内容。</translation>
    </message>
    <message>
        <source>Your answers were saved for next time (no passwords or keys): %1</source>
        <translation>您的配置已保存供下次使用（不含密码或密钥）：%1</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>无法保存配置：%1</translation>
    </message>
</context>
<context>
    <name>tkeci::HaPage</name>
    <message>
        <source>High availability</source>
        <translation>高可用</translation>
    </message>
    <message>
        <source>How nodes and Cilium reach the Kubernetes API when a master is down.</source>
        <translation>Master 故障时，节点和 Cilium 如何访问 Kubernetes API。</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>不使用(&amp;O)</translation>
    </message>
    <message>
        <source>The first master's address is the API endpoint. Losing it stops the cluster's control plane.</source>
        <translation>第一个 Master 的地址即 API 入口。它故障时集群控制面将不可用。</translation>
    </message>
    <message>
        <source>&amp;TKE built-in (keepalived + VIP)</source>
        <translation>TKE 内置（keepalived + VIP）(&amp;T)</translation>
    </message>
    <message>
        <source>keepalived moves a virtual IP between the masters. The router must allow ARP for the VIP (no ARP filtering on the masters' segment).</source>
        <translation>keepalived 在各 Master 之间漂移虚拟 IP。路由器须允许该 VIP 的 ARP（Master 所在网段不可过滤 ARP）。</translation>
    </message>
    <message>
        <source>Third-party &amp;load balancer (CLB)</source>
        <translation>第三方负载均衡（CLB）(&amp;L)</translation>
    </message>
    <message>
        <source>An external load balancer's VIP and port forward to 6443 on every master.</source>
        <translation>外部负载均衡的 VIP 和端口转发到每个 Master 的 6443 端口。</translation>
    </message>
    <message>
        <source>&amp;VIP:</source>
        <translation>VIP(&amp;V)：</translation>
    </message>
    <message>
        <source>VIP &amp;port (→ 6443):</source>
        <translation>VIP 端口（→ 6443）(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>tkeci::InstallerWizard</name>
    <message>
        <source>TKEStack Cilium Installer</source>
        <translation>TKEStack Cilium 安装器</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestEdits</name>
    <message>
        <source>%1: the object %2 became %3; kind and name of a generated object must not change (reset the file to get it back)</source>
        <translation>%1：对象 %2 被改成了 %3；生成对象的类型和名称不能修改（可重置该文件恢复）</translation>
    </message>
    <message>
        <source>%1: %2 objects were generated but the edit has %3; add or remove objects with kubectl after the install, not here</source>
        <translation>%1：生成了 %2 个对象，但编辑后有 %3 个；请在安装后用 kubectl 增删对象，不要在这里修改</translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestFileTab</name>
    <message>
        <source>Edited; the edit is valid and will be applied.</source>
        <translation>已编辑；修改有效，将被应用。</translation>
    </message>
    <message>
        <source>As generated from your answers.</source>
        <translation>按您的配置生成，未修改。</translation>
    </message>
    <message>
        <source>Your answers changed after this edit, so it may hold old values: check the diff, or reset to generated.</source>
        <translation>此修改之后您的配置又有变化，修改中可能含有旧值：请查看差异，或重置为生成内容。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <source>Show &amp;diff</source>
        <translation>显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;set to generated</source>
        <translation>重置为生成内容(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tkeci::ModePicture</name>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>switch</source>
        <comment>top-of-rack switch</comment>
        <translation>交换机</translation>
    </message>
</context>
<context>
    <name>tkeci::NetworkModePage</name>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>How pod traffic crosses between nodes.</source>
        <translation>Pod 流量如何在节点之间传输。</translation>
    </message>
    <message>
        <source>&amp;Overlay (VXLAN)</source>
        <translation>Overlay（VXLAN）(&amp;O)</translation>
    </message>
    <message>
        <source>Pods talk through a VXLAN tunnel between nodes; nothing to set up on the switches.</source>
        <translation>Pod 之间通过节点间的 VXLAN 隧道通信；交换机无需配置。</translation>
    </message>
    <message>
        <source>&amp;Underlay (BGP)</source>
        <translation>Underlay（BGP）(&amp;U)</translation>
    </message>
    <message>
        <source>Pod addresses are routed by the data-centre network: every node announces its pod range to the top-of-rack switch by BGP.</source>
        <translation>Pod 地址由数据中心网络路由：每个节点通过 BGP 向接入交换机宣告自己的 Pod 网段。</translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>&amp;ASN (autonomous system number):</source>
        <translation>自治系统号（ASN）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Switch IP:</source>
        <translation>交换机IP(&amp;S)：</translation>
    </message>
    <message>
        <source>Some nodes are in other &amp;racks (per-node ASN and switch IP)</source>
        <translation>部分节点位于其他机架（按节点设置自治系统号和交换机IP）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeTableModel</name>
    <message>
        <source>master</source>
        <comment>node role</comment>
        <translation>Master</translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation>Worker</translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <comment>SSH authentication</comment>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>password (asked)</source>
        <comment>SSH authentication</comment>
        <translation>密码（运行时询问）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>ASN (empty: cluster's)</source>
        <translation>自治系统号（空：使用集群值）</translation>
    </message>
    <message>
        <source>Switch IP (empty: cluster's)</source>
        <translation>交换机IP（空：使用集群值）</translation>
    </message>
</context>
<context>
    <name>tkeci::NodesPage</name>
    <message>
        <source>Paste nodes</source>
        <translation>粘贴节点</translation>
    </message>
    <message>
        <source>One node per line: address[:port] [user] [master|worker]</source>
        <translation>每行一个节点：地址[:端口] [用户] [master|worker]</translation>
    </message>
    <message>
        <source>Choose the SSH private key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>The machines of the cluster and how the installer logs in to them over SSH.</source>
        <translation>集群的机器，以及安装器如何通过 SSH 登录它们。</translation>
    </message>
    <message>
        <source>At least one master. Passwords are asked for when the installer connects and are never stored.</source>
        <translation>至少需要一个 Master。密码在连接时询问，从不保存。</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>添加节点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste lines…</source>
        <translation>粘贴多行(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation>选择密钥文件(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightGridModel</name>
    <message>
        <source>…</source>
        <comment>preflight check still running</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Kernel options</source>
        <translation>内核选项</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <source>BPF fs</source>
        <translation>BPF 文件系统</translation>
    </message>
    <message>
        <source>Old CNI</source>
        <translation>旧 CNI</translation>
    </message>
    <message>
        <source>IP forward</source>
        <translation>IP 转发</translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightPage</name>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet.

SHA256 fingerprint:
%2

Compare it with the key on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust it and add it to known_hosts?</source>
        <translation>%1 的主机密钥尚未记录。

SHA256 指纹：
%2

请与该机器上的密钥核对（ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。是否信任并加入 known_hosts？</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Password of %1@%2 (kept in memory only):</source>
        <translation>%1@%2 的密码（仅保存在内存中）：</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1@%2 (kept in memory only):</source>
        <translation>%1@%2 所用 SSH 密钥的口令（仅保存在内存中）：</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go</source>
        <translation>✓ %1 项通过   ! %2 项警告   ✗ %3 项失败   … 还剩 %4 项</translation>
    </message>
    <message>
        <source>Run the preflight check to go on.</source>
        <translation>请先运行预检。</translation>
    </message>
    <message>
        <source>Preflight is running.</source>
        <translation>预检正在运行。</translation>
    </message>
    <message>
        <source>A node's kernel is not suitable for Cilium; this cannot be overridden. Upgrade the kernel or remove the node.</source>
        <translation>有节点的内核不满足 Cilium 要求，且不能忽略。请升级内核或移除该节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; fix them and re-run the failed nodes.</source>
        <translation><numerusform>%n 项检查失败；请修复后重新检查失败的节点。</numerusform></translation>
    </message>
    <message>
        <source>Some checks did not finish; run preflight again.</source>
        <translation>部分检查未完成；请重新运行预检。</translation>
    </message>
    <message>
        <source>There are warnings; read them and accept them explicitly to go on.</source>
        <translation>存在警告；请阅读并明确接受后继续。</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Every node is checked over SSH for what Cilium needs. Nothing is changed on the nodes.</source>
        <translation>通过 SSH 检查每个节点是否满足 Cilium 的要求，不会修改节点。</translation>
    </message>
    <message>
        <source>Kernel version and options, ports, OS, user, architecture, BPF file system, leftovers of another CNI and IP forwarding. Select a cell to see the details.</source>
        <translation>检查内核版本和选项、端口、操作系统、用户、架构、BPF 文件系统、其他 CNI 残留和 IP 转发。选中单元格可查看详情。</translation>
    </message>
    <message>
        <source>&amp;Run preflight</source>
        <translation>运行预检(&amp;R)</translation>
    </message>
    <message>
        <source>Re-run &amp;failed nodes</source>
        <translation>重新检查失败节点(&amp;F)</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>取消检查(&amp;E)</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and want to go on anyway</source>
        <translation>我已阅读警告，仍要继续(&amp;W)</translation>
    </message>
</context>
<context>
    <name>tkeci::ReviewPage</name>
    <message>
        <source>Save the topology picture</source>
        <translation>保存拓扑图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot go on to export or apply:</source>
        <translation>无法继续导出或应用：</translation>
    </message>
    <message>
        <source>Review and edit</source>
        <translation>检查与编辑</translation>
    </message>
    <message>
        <source>The manifests made from your answers, in apply order. Edits are checked as you type.</source>
        <translation>按应用顺序列出根据您的配置生成的清单。编辑内容会在输入时即时检查。</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>保存图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
</context>
<context>
    <name>tkeci::TargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Where should Cilium go?</source>
        <translation>要把 Cilium 安装到哪里？</translation>
    </message>
    <message>
        <source>Ne&amp;w TKEStack cluster</source>
        <translation>新建 TKEStack 集群(&amp;W)</translation>
    </message>
    <message>
        <source>Creates a Cluster object on TKEStack's global cluster; TKEStack installs the nodes and Cilium instead of Galaxy.</source>
        <translation>在 TKEStack 全局集群上创建 Cluster 对象；由 TKEStack 安装节点，并用 Cilium 代替 Galaxy。</translation>
    </message>
    <message>
        <source>&amp;Existing TKEStack cluster</source>
        <translation>已有 TKEStack 集群(&amp;E)</translation>
    </message>
    <message>
        <source>Applies the Cilium manifests to a baremetal cluster that TKEStack already runs.</source>
        <translation>将 Cilium 清单应用到 TKEStack 已在运行的裸金属集群。</translation>
    </message>
    <message>
        <source>E&amp;xport only</source>
        <translation>仅导出(&amp;X)</translation>
    </message>
    <message>
        <source>Writes the manifests, the image list and an apply script for an offline site; no node is contacted, so preflight is skipped.</source>
        <translation>为离线环境写出清单、镜像列表和应用脚本；不连接任何节点，因此跳过预检。</translation>
    </message>
    <message>
        <source>Cluster &amp;display name:</source>
        <translation>集群显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Imported clusters are not supported: TKEStack does not manage their network, so it cannot install Cilium on them.</source>
        <translation>不支持导入的集群：TKEStack 不管理其网络，因此无法在其上安装 Cilium。</translation>
    </message>
</context>
<context>
    <name>tkeci::TopologyView</name>
    <message>
        <source>master</source>
        <comment>node role</comment>
        <translation>Master</translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation>Worker</translation>
    </message>
    <message>
        <source>+ %1 more nodes</source>
        <translation>另有 %1 个节点</translation>
    </message>
    <message>
        <source>API server %1:6443</source>
        <translation>API Server %1:6443</translation>
    </message>
    <message>
        <source>keepalived VIP
%1:6443</source>
        <translation>keepalived VIP
%1:6443</translation>
    </message>
    <message>
        <source>CLB VIP
%1:%2 → 6443</source>
        <translation>CLB VIP
%1:%2 → 6443</translation>
    </message>
    <message>
        <source>Cilium %1 · overlay · VXLAN (UDP 8472) · pods %2</source>
        <translation>Cilium %1 · Overlay · VXLAN（UDP 8472）· Pod 网段 %2</translation>
    </message>
    <message>
        <source>Cilium %1 · underlay · BGP · pods %2</source>
        <translation>Cilium %1 · Underlay · BGP · Pod 网段 %2</translation>
    </message>
    <message>
        <source>switch %1
ASN %2</source>
        <translation>交换机 %1
自治系统号 %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>tkeci::WelcomePage</name>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>配置文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <source>Starting from the default profile: Cilium in overlay mode on a new cluster with one master. Every answer can be changed on the next pages.</source>
        <translation>使用默认配置：新集群、一个 Master、Cilium Overlay 模式。后续页面可修改每一项。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s); the pages mark what to fix.</source>
        <translation><numerusform>已打开 %1，有 %n 个问题；各页面会标出需要修改的地方。</numerusform></translation>
    </message>
    <message>
        <source>Cilium for TKEStack baremetal clusters</source>
        <translation>为 TKEStack 裸金属集群安装 Cilium</translation>
    </message>
    <message>
        <source>This wizard puts the Cilium CNI on a TKEStack cluster.</source>
        <translation>本向导在 TKEStack 集群上安装 Cilium CNI。</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will choose the target and the nodes, the CNI, the network mode (Overlay or Underlay with ASN and switch IP) and the HA type. The installer then runs a preflight check on every node over SSH, shows the manifests for review and editing, exports them for offline sites and applies them.&lt;/p&gt;&lt;p&gt;Nothing is changed on any machine before the Apply page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将依次选择目标集群和节点、CNI、网络模式（Overlay，或带自治系统号和交换机IP的 Underlay）以及高可用类型。随后安装器通过 SSH 对每个节点进行预检，展示清单供检查和编辑，为离线环境导出清单，并完成应用。&lt;/p&gt;&lt;p&gt;在“应用”页之前，不会修改任何机器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Start from the &amp;default</source>
        <translation>使用默认配置(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open las&amp;t profile</source>
        <translation>打开上次的配置(&amp;T)</translation>
    </message>
</context>
</TS>