<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tkeci::AppliedObjectList</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyCommand</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to %1</source>
        <translation>输入不是交互式终端，无法询问确认：如需%1，请加上 --yes</translation>
    </message>
    <message>
        <source>%1 on %2 (context &quot;%3&quot;)?</source>
        <translation>确认在 %2（上下文“%3”）上%1？</translation>
    </message>
    <message>
        <source>  %1: %2/%3 ready, %4/%5 updated%6</source>
        <translation>  %1：%2/%3 就绪，%4/%5 已更新%6</translation>
    </message>
    <message>
        <source> - rolled out</source>
        <translation> - 滚动更新完成</translation>
    </message>
    <message>
        <source>waiting for the rollout (up to %1 s)</source>
        <translation>正在等待滚动更新完成（最长 %1 秒）</translation>
    </message>
    <message>
        <source>not rolled out in time: %1 (%2/%3 ready)</source>
        <translation>未能按时完成滚动更新：%1（%2/%3 就绪）</translation>
    </message>
    <message>
        <source>  pod %1/%2, container %3: %4, %5 restart(s); its last lines:</source>
        <translation>  Pod %1/%2，容器 %3：%4，已重启 %5 次；最后几行日志：</translation>
    </message>
    <message>
        <source>run &quot;status&quot; to look again, or apply with a longer --timeout</source>
        <translation>请运行“status”再次查看，或使用更长的 --timeout 重新执行 apply</translation>
    </message>
    <message>
        <source>every workload is rolled out</source>
        <translation>所有工作负载均已完成滚动更新</translation>
    </message>
    <message>
        <source>warning: %1 (%2) runs on this cluster</source>
        <translation>警告：此集群上正在运行 %1（%2）</translation>
    </message>
    <message>
        <source>another CNI runs on this cluster: %1 (%2)</source>
        <translation>此集群上正在运行其他 CNI：%1（%2）</translation>
    </message>
    <message>
        <source>nothing was applied; remove it first, or pass --allow-other-cni to go on anyway</source>
        <translation>未应用任何内容；请先移除该 CNI，或加上 --allow-other-cni 强制继续</translation>
    </message>
    <message>
        <source>node %1 labelled: %2=%3, %4=%5</source>
        <translation>节点 %1 已添加标签：%2=%3，%4=%5</translation>
    </message>
    <message numerus="yes">
        <source>apply %n file(s) of manifests</source>
        <translation>
            <numerusform>应用 %n 个清单文件</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>applied: %1 created, %2 configured, %3 unchanged</source>
        <translation>应用完成：已创建 %1 个，已更新 %2 个，未变更 %3 个</translation>
    </message>
    <message>
        <source>the manifests have no tkestack-cluster file</source>
        <translation>清单中没有 tkestack-cluster 文件</translation>
    </message>
    <message>
        <source>password of %1@%2: </source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>create TKEStack cluster &quot;%1&quot;</source>
        <translation>创建 TKEStack 集群“%1”</translation>
    </message>
    <message>
        <source>cluster %1 created on the global cluster</source>
        <translation>已在全局集群上创建集群 %1</translation>
    </message>
    <message>
        <source>  phase %1%2</source>
        <translation>  阶段 %1%2</translation>
    </message>
    <message>
        <source>the profile&apos;s target is export-only: use render to write the manifests</source>
        <translation>配置文件的目标为仅导出：请使用 render 写出清单</translation>
    </message>
    <message>
        <source>no answer came for %1: it may have been applied, so the inventory lists it too</source>
        <translation>%1 没有收到应答：它可能已被应用，因此清单中也记录了它</translation>
    </message>
    <message>
        <source>passphrase of the key %1 for %2@%3: </source>
        <translation>%2@%3 的密钥 %1 的口令：</translation>
    </message>
    <message>
        <source>if you set these flags on the masters yourself, pass --skip-controller-manager</source>
        <translation>如果您已在 Master 节点上自行设置这些参数，请传入 --skip-controller-manager</translation>
    </message>
    <message>
        <source>stopped at %1; %2 object(s) applied are kept and listed in the inventory; fix the cause and run apply again to continue</source>
        <translation>在 %1 处停止；已应用的 %2 个对象会保留并记入安装记录；请排除问题后重新运行 apply 以继续</translation>
    </message>
    <message>
        <source>--without-cilium: the cluster has no node &quot;%1&quot;</source>
        <translation>--without-cilium：集群中没有节点“%1”</translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyConfirmation</name>
    <message>
        <source>Create the &lt;b&gt;new&lt;/b&gt; cluster %1 on TKEStack&apos;s global cluster</source>
        <translation>在 TKEStack 的 global 集群上创建&lt;b&gt;新&lt;/b&gt;集群 %1</translation>
    </message>
    <message>
        <source>Install Cilium on an &lt;b&gt;existing&lt;/b&gt; cluster</source>
        <translation>在&lt;b&gt;已有&lt;/b&gt;集群上安装 Cilium</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>Kubeconfig: %1, context %2</source>
        <translation>Kubeconfig：%1，上下文 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to apply</source>
        <translation>
            <numerusform>将应用 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n file(s))</source>
        <translation>
            <numerusform>（共 %n 个文件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) to be labelled for BGP</source>
        <translation>
            <numerusform>将为 %n 个节点打上 BGP 标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-controller-manager on %n master(s) changed over SSH (each change is shown and asked about first)</source>
        <translation>
            <numerusform>通过 SSH 修改 %n 个 master 上的 kube-controller-manager（每处修改都会先展示并询问）</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes the cluster; there is no way back from it:</source>
        <translation>这将改变集群，且无法回退：</translation>
    </message>
    <message>
        <source>Start applying?</source>
        <translation>开始应用？</translation>
    </message>
    <message>
        <source>&amp;Start applying</source>
        <translation>开始应用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No Cilium&lt;/b&gt; on %n node(s), kept off: %1</source>
        <translation>
            <numerusform>%n 个节点&lt;b&gt;不安装 Cilium&lt;/b&gt;（排除）：%1</numerusform>
        </translation>
    </message>
</context>
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
        <source>Create the cluster on TKEStack&apos;s global cluster.</source>
        <translation>在 TKEStack 的 global 集群上创建集群。</translation>
    </message>
    <message>
        <source>Install Cilium on the cluster.</source>
        <translation>在集群上安装 Cilium。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Choose the kubeconfig of the cluster to install on. &quot;Apply&quot; checks for another CNI, in overlay mode shows the change to kube-controller-manager on the masters and asks before it edits them over SSH, applies these objects in this order, waits for the rollout and runs the connectivity check. This is the step that changes a cluster: there is no way back from it.</source>
        <translation>选择要安装的集群的 kubeconfig。“应用”会检查是否有其他 CNI；Overlay 模式下会显示 master 上 kube-controller-manager 的改动，并在通过 SSH 修改之前征得您的同意；然后按此顺序应用这些对象，等待滚动更新完成并运行连通性检查。这是修改集群的一步：无法回退。</translation>
    </message>
    <message>
        <source>I set --allocate-node-cidrs=false and --configure-cloud-routes=false myself</source>
        <translation>我已自行设置 --allocate-node-cidrs=false 和 --configure-cloud-routes=false</translation>
    </message>
    <message>
        <source>On every master&apos;s kube-controller-manager. Unchecked, &quot;Apply&quot; reads each master&apos;s manifest over SSH, shows the change and asks before it edits it.</source>
        <translation>设置在每个 master 的 kube-controller-manager 上。不勾选时，“应用”会通过 SSH 读取每个 master 的清单，显示改动，并在修改前征得您的同意。</translation>
    </message>
    <message>
        <source>the new cluster, once it runs: your edited version, sent by this program (server-side apply)</source>
        <translation>新集群运行后：由本程序发送您编辑的版本（服务端应用）</translation>
    </message>
    <message>
        <source>the new cluster: deployed by TKEStack itself (EnsureCilium), as shown</source>
        <translation>新集群：由 TKEStack 自行部署（EnsureCilium），内容如所示</translation>
    </message>
    <message>
        <source>the new cluster, for the connectivity check, then removed</source>
        <translation>新集群，用于连通性检查，之后删除</translation>
    </message>
    <message>
        <source>Choose the kubeconfig of the TKEStack global cluster. &quot;Apply&quot; asks the passwords of nodes that log in with one (and the passphrases of encrypted keys), creates the Cluster object, follows it until it runs, adds the workers, then applies the manifests you edited to the new cluster and runs the connectivity check. This is the step that changes a cluster: there is no way back from it.</source>
        <translation>选择 TKEStack global 集群的 kubeconfig。“应用”会询问使用密码登录的节点的密码（以及加密私钥的口令），创建 Cluster 对象并跟踪到其运行，加入 Worker 节点，然后将您编辑过的清单应用到新集群并运行连通性检查。这一步会更改集群，无法撤回。</translation>
    </message>
    <message>
        <source>&amp;What will change...</source>
        <translation>将改变什么(&amp;W)...</translation>
    </message>
    <message>
        <source>Asks the cluster what the apply would do to each object, with a dry run: nothing is written.</source>
        <translation>以试运行（dry run）向集群询问 apply 将对每个对象做什么：不写入任何内容。</translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyRunPage</name>
    <message>
        <source>Applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>The Cluster object on the global cluster, and TKEStack&apos;s progress with it.</source>
        <translation>global 集群上的 Cluster 对象，以及 TKEStack 处理它的进度。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Each step as it happens. Stop ends the run; what was applied stays on record.</source>
        <translation>实时显示每个步骤。“停止”会结束运行；已应用的内容保留在安装记录中。</translation>
    </message>
</context>
<context>
    <name>tkeci::ChangePreviewDialog</name>
    <message>
        <source>Node %1 (%2)</source>
        <translation>节点 %1（%2）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>No change: the object on the cluster is what the apply would make of it.</source>
        <translation>无变化：集群上的对象与 apply 之后的结果相同。</translation>
    </message>
    <message>
        <source>The apply puts this label on the node (server-side apply, field manager tke-cilium-installer).</source>
        <translation>apply 将为该节点打上此标签（服务端应用，字段管理器 tke-cilium-installer）。</translation>
    </message>
    <message>
        <source>What the apply will change</source>
        <translation>apply 将改变的内容</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>to be created</source>
        <translation>将创建</translation>
    </message>
    <message>
        <source>to be configured</source>
        <translation>将修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Asking %1 what the apply would change (a dry run: nothing is written)...</source>
        <translation>正在向 %1 询问 apply 将改变什么（试运行：不写入任何内容）...</translation>
    </message>
    <message>
        <source>The cluster could not answer for %1: %2</source>
        <translation>集群无法就 %1 给出回答：%2</translation>
    </message>
    <message>
        <source>As the cluster answers now: %1 to create, %2 to configure, %3 unchanged; node labels to set: %4. Nothing was written.</source>
        <translation>按集群当前的回答：将创建 %1 个，将修改 %2 个，%3 个不变；将设置的节点标签：%4 个。未写入任何内容。</translation>
    </message>
    <message>
        <source>No node of the cluster has these addresses, so the apply would refuse to label them: %1.</source>
        <translation>集群中没有节点使用这些地址，因此 apply 将拒绝为其打标签：%1。</translation>
    </message>
</context>
<context>
    <name>tkeci::CheckResult</name>
    <message>
        <source>kernel %1 meets the minimum %2 for Cilium %3</source>
        <translation>内核 %1 满足 Cilium %3 的最低要求 %2</translation>
    </message>
    <message>
        <source>kernel %1 is older than %2, the minimum for Cilium %3</source>
        <translation>内核 %1 低于 Cilium %3 要求的最低版本 %2</translation>
    </message>
    <message>
        <source>kernel release &quot;%1&quot; cannot be read as a version</source>
        <translation>无法将内核版本“%1”解析为版本号</translation>
    </message>
    <message>
        <source>all %1 kernel options Cilium needs are set (%2)</source>
        <translation>Cilium 所需的 %1 项内核选项均已启用（%2）</translation>
    </message>
    <message>
        <source>kernel options missing (need =y or =m): %1 (read from %2)</source>
        <translation>缺少内核选项（需为 =y 或 =m）：%1（读取自 %2）</translation>
    </message>
    <message>
        <source>kernel config not readable (neither /boot/config-$(uname -r) nor /proc/config.gz); options not checked</source>
        <translation>无法读取内核配置（/boot/config-$(uname -r) 和 /proc/config.gz 均不可用）；未检查内核选项</translation>
    </message>
    <message>
        <source>ports free: %1</source>
        <translation>端口空闲：%1</translation>
    </message>
    <message>
        <source>ports Cilium needs are in use: %1</source>
        <translation>Cilium 所需端口已被占用：%1</translation>
    </message>
    <message>
        <source>open ports could not be listed (no `ss` on the node)</source>
        <translation>无法列出已占用的端口（节点上没有 `ss` 命令）</translation>
    </message>
    <message>
        <source>%1 (validated)</source>
        <translation>%1（已验证）</translation>
    </message>
    <message>
        <source>%1 is not the validated OS (TencentOS Server 3.1)</source>
        <translation>%1 不是经过验证的操作系统（TencentOS Server 3.1）</translation>
    </message>
    <message>
        <source>/etc/os-release is missing; the OS is unknown</source>
        <translation>缺少 /etc/os-release，无法识别操作系统</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>以 root 身份登录</translation>
    </message>
    <message>
        <source>user %1 has passwordless sudo</source>
        <translation>用户 %1 可免密码使用 sudo</translation>
    </message>
    <message>
        <source>user %1 is not root and has no passwordless sudo</source>
        <translation>用户 %1 不是 root，也不能免密码使用 sudo</translation>
    </message>
    <message>
        <source>architecture %1 (64-bit)</source>
        <translation>架构 %1（64 位）</translation>
    </message>
    <message>
        <source>architecture %1 is not 64-bit</source>
        <translation>架构 %1 不是 64 位</translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as bpf</source>
        <translation>/sys/fs/bpf 已按 bpf 类型挂载</translation>
    </message>
    <message>
        <source>/sys/fs/bpf is not mounted; Cilium mounts it, but its maps will not survive a restart of the agent</source>
        <translation>/sys/fs/bpf 未挂载；Cilium 会自行挂载，但 Cilium agent 重启后其 BPF map 将无法保留</translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as %1, not bpf</source>
        <translation>/sys/fs/bpf 的挂载类型为 %1，而不是 bpf</translation>
    </message>
    <message>
        <source>no leftovers of another CNI</source>
        <translation>无其他 CNI 残留</translation>
    </message>
    <message>
        <source>leftovers of another CNI: %1</source>
        <translation>存在其他 CNI 残留：%1</translation>
    </message>
    <message>
        <source>IP forwarding is on</source>
        <translation>IP 转发已开启</translation>
    </message>
    <message>
        <source>IP forwarding is off (net.ipv4.ip_forward = %1, needed: 1)</source>
        <translation>IP 转发未开启（net.ipv4.ip_forward = %1，需要为 1）</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s (timeout)</source>
        <translation>SSH 在 %1 秒内无响应（超时）</translation>
    </message>
    <message>
        <source>the checks did not finish within %1 s (timeout)</source>
        <translation>检查未在 %1 秒内完成（超时）</translation>
    </message>
    <message>
        <source>authentication failed for user %1 (%2)</source>
        <translation>用户 %1 认证失败（%2）</translation>
    </message>
    <message>
        <source>host key unknown (%1); not accepted, so the node was not checked</source>
        <translation>主机密钥未知（%1）；未接受该密钥，因此未检查此节点</translation>
    </message>
    <message>
        <source>host key %1 was rejected</source>
        <translation>主机密钥 %1 已被拒绝</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: the node now shows %1; refused (possible attack). Remove the old key from known_hosts only if you know why it changed</source>
        <translation>主机密钥已变更：节点当前提供的密钥为 %1；已拒绝连接（可能存在攻击）。仅在确知变更原因时，才从 known_hosts 中删除旧密钥</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: known %2, the node now shows %1; refused (possible attack). Remove the old key from known_hosts only if you know why it changed</source>
        <translation>主机密钥已变更：已记录的密钥为 %2，节点当前提供的密钥为 %1；已拒绝连接（可能存在攻击）。仅在确知变更原因时，才从 known_hosts 中删除旧密钥</translation>
    </message>
    <message>
        <source>host key could not be checked: %1</source>
        <translation>无法校验主机密钥：%1</translation>
    </message>
    <message>
        <source>the checks could not be run: %1</source>
        <translation>无法运行检查：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>could not check: python3 is not on the node</source>
        <translation>无法检查：节点上没有 python3</translation>
    </message>
    <message>
        <source>could not check: the probe program ended early</source>
        <translation>无法检查：探测程序提前结束</translation>
    </message>
    <message>
        <source>could not check: %1 could not be listened on (%2)</source>
        <translation>无法检查：无法在 %1 上监听（%2）</translation>
    </message>
    <message>
        <source>could not check: `ip` did not list the interfaces</source>
        <translation>无法检查：`ip` 未列出网络接口</translation>
    </message>
    <message>
        <source>%1 is up and carries %2 (MTU %3)</source>
        <translation>%1 已启用并承载 %2（MTU %3）</translation>
    </message>
    <message>
        <source>there is no interface %1, and no interface carries %2</source>
        <translation>没有接口 %1，也没有接口承载 %2</translation>
    </message>
    <message>
        <source>there is no interface %1; %2 is on %3</source>
        <translation>没有接口 %1；%2 在 %3 上</translation>
    </message>
    <message>
        <source>%1 does not carry %2, and no interface does</source>
        <translation>%1 未承载 %2，也没有其他接口承载</translation>
    </message>
    <message>
        <source>%1 does not carry %2; %3 does</source>
        <translation>%1 未承载 %2；承载它的是 %3</translation>
    </message>
    <message>
        <source>interface %1 is down</source>
        <translation>接口 %1 未启用</translation>
    </message>
    <message>
        <source>MTU %1 like every node; %2-byte packets with don&apos;t-fragment reach all %3 peers</source>
        <translation>MTU %1，与所有节点相同；设置不分片的 %2 字节报文可到达全部 %3 个对端</translation>
    </message>
    <message>
        <source>MTU %1; %2-byte packets with don&apos;t-fragment reach %3 peers; %4 does not take them (see its row)</source>
        <translation>MTU %1；设置不分片的 %2 字节报文可到达 %3 个对端；%4 收不到（见其所在行）</translation>
    </message>
    <message>
        <source>MTU %1 differs from the other nodes: %2</source>
        <translation>MTU %1 与其他节点不同：%2</translation>
    </message>
    <message>
        <source>%1-byte packets with don&apos;t-fragment from %2 do not arrive here (MTU %3 here)</source>
        <translation>来自 %2 的设置不分片的 %1 字节报文未到达本节点（本节点 MTU %3）</translation>
    </message>
    <message>
        <source>%1-byte packets with don&apos;t-fragment from this node do not reach %2</source>
        <translation>本节点发出的设置不分片的 %1 字节报文未到达 %2</translation>
    </message>
    <message>
        <source>%1 works both ways with all %2 peers</source>
        <translation>%1 与全部 %2 个对端双向畅通</translation>
    </message>
    <message>
        <source>%1 works with %2 peers; %3 drops it (see its row)</source>
        <translation>%1 与 %2 个对端畅通；%3 将其丢弃（见其所在行）</translation>
    </message>
    <message>
        <source>no other node to check against</source>
        <translation>没有其他节点可供检查</translation>
    </message>
    <message>
        <source>%1 from %2 does not reach this node</source>
        <translation>来自 %2 的 %1 未到达本节点</translation>
    </message>
    <message>
        <source>%1 from this node does not reach %2</source>
        <translation>本节点发出的 %1 未到达 %2</translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 succeeds</source>
        <translation>到 %1 端口 %2 的 TCP 连接成功</translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 refused</source>
        <translation>到 %1 端口 %2 的 TCP 连接被拒绝</translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 timed out after %3 s</source>
        <translation>到 %1 端口 %2 的 TCP 连接在 %3 秒后超时</translation>
    </message>
    <message>
        <source>no route to %1 (port %2)</source>
        <translation>没有到 %1 的路由（端口 %2）</translation>
    </message>
    <message>
        <source>the node could not resolve %1 (port %2)</source>
        <translation>节点无法解析 %1（端口 %2）</translation>
    </message>
    <message>
        <source>%1 is the default registry, on the internet: every node must reach it (not probed)</source>
        <translation>%1 是默认镜像仓库，位于互联网上：每个节点都必须能访问它（未探测）</translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 failed: %3</source>
        <translation>到 %1 端口 %2 的 TCP 连接失败：%3</translation>
    </message>
    <message>
        <source>The kernel release is at least the minimum of the Cilium version.</source>
        <translation>内核版本不低于该 Cilium 版本要求的最低版本。</translation>
    </message>
    <message>
        <source>The kernel options Cilium needs are built in or modules.</source>
        <translation>Cilium 所需的内核选项已内置或编译为模块。</translation>
    </message>
    <message>
        <source>The ports Cilium listens on are free.</source>
        <translation>Cilium 监听的端口未被占用。</translation>
    </message>
    <message>
        <source>The operating system is the validated one.</source>
        <translation>操作系统是经过验证的版本。</translation>
    </message>
    <message>
        <source>The login user is root or has passwordless sudo.</source>
        <translation>登录用户是 root 或具有免密码 sudo。</translation>
    </message>
    <message>
        <source>The machine is 64-bit.</source>
        <translation>机器是 64 位的。</translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as the BPF file system.</source>
        <translation>/sys/fs/bpf 已挂载为 BPF 文件系统。</translation>
    </message>
    <message>
        <source>No configuration or interfaces of another CNI are left.</source>
        <translation>没有其他 CNI 遗留的配置或接口。</translation>
    </message>
    <message>
        <source>IP forwarding is on.</source>
        <translation>IP 转发已开启。</translation>
    </message>
    <message>
        <source>The profile&apos;s network device exists, is up and carries the node&apos;s address.</source>
        <translation>配置文件中的网络设备存在、已启用并承载节点地址。</translation>
    </message>
    <message>
        <source>Every node has the same MTU, and packets of the tunnel&apos;s size with don&apos;t-fragment reach every peer.</source>
        <translation>所有节点的 MTU 相同，且设置不分片的隧道大小报文可到达每个对端。</translation>
    </message>
    <message>
        <source>UDP 8472 from every other node reaches this node.</source>
        <translation>来自其他每个节点的 UDP 8472 均可到达本节点。</translation>
    </message>
    <message>
        <source>TCP 4240 from every other node reaches this node.</source>
        <translation>来自其他每个节点的 TCP 4240 均可到达本节点。</translation>
    </message>
    <message>
        <source>A TCP connection to the node&apos;s switch on port 179 succeeds.</source>
        <translation>到节点交换机 179 端口的 TCP 连接成功。</translation>
    </message>
    <message>
        <source>The node reaches the image registry of the profile.</source>
        <translation>节点可以访问配置文件中的镜像仓库。</translation>
    </message>
    <message>
        <source>The node reaches the cluster&apos;s API server: the HA VIP on its port, or on an existing cluster without HA the kubeconfig&apos;s address.</source>
        <translation>节点可以访问集群的 API 服务器：高可用时为 VIP 及其端口，未启用高可用的已有集群为 kubeconfig 中的地址。</translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterCommands</name>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds</source>
        <translation>--timeout：“%1”不是有效的秒数</translation>
    </message>
    <message>
        <source>this command needs --profile FILE</source>
        <translation>此命令需要 --profile 文件</translation>
    </message>
    <message>
        <source>--manifests: the folder &quot;%1&quot; does not exist</source>
        <translation>--manifests：目录“%1”不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>using the edited %1</source>
        <translation>使用已编辑的 %1</translation>
    </message>
    <message>
        <source>The kubeconfig (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig 文件（默认：$KUBECONFIG，否则 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: current-context).</source>
        <translation>kubeconfig 上下文（默认：current-context）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Apply the edited files of this folder instead of the rendered ones.</source>
        <translation>应用此目录中编辑过的文件，而不是生成的文件。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Follow the rollout (or the new cluster) until it is done.</source>
        <translation>跟踪滚动更新（或新集群）直到完成。</translation>
    </message>
    <message>
        <source>Change the cluster without asking.</source>
        <translation>不询问直接修改集群。</translation>
    </message>
    <message>
        <source>Take over fields another field manager holds.</source>
        <translation>接管其他字段管理器持有的字段。</translation>
    </message>
    <message>
        <source>Apply even though another CNI runs on the cluster.</source>
        <translation>即使集群上已运行其他 CNI 也继续应用。</translation>
    </message>
    <message>
        <source>Overlay: do not edit kube-controller-manager on the masters over SSH (you set --allocate-node-cidrs=false and --configure-cloud-routes=false yourself).</source>
        <translation>Overlay：不通过 SSH 修改 master 上的 kube-controller-manager（由您自行设置 --allocate-node-cidrs=false 和 --configure-cloud-routes=false）。</translation>
    </message>
    <message>
        <source>Uninstall: also remove Cilium&apos;s network links and CNI configuration from every node of the profile over SSH.</source>
        <translation>卸载：同时通过 SSH 删除配置文件中每个节点上 Cilium 的网络接口和 CNI 配置。</translation>
    </message>
    <message>
        <source>Verify: the echo server image (default: &lt;registry&gt;/json-mock:1.2).</source>
        <translation>验证：echo 服务镜像（默认：&lt;registry&gt;/json-mock:1.2）。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Verify: the client image with curl (default: &lt;registry&gt;/alpine-curl:0.1.8).</source>
        <translation>验证：包含 curl 的客户端镜像（默认：&lt;registry&gt;/alpine-curl:0.1.8）。</translation>
    </message>
    <message>
        <source>Verify: an IPv4 address outside the cluster to reach (default: 1.1.1.1).</source>
        <translation>验证：要访问的集群外 IPv4 地址（默认：1.1.1.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Verify: a DNS name outside the cluster to resolve and reach (default: www.baidu.com).</source>
        <translation>验证：要解析并访问的集群外域名（默认：www.baidu.com）。</translation>
    </message>
    <message>
        <source>Verify: leave out the checks that reach outside the cluster.</source>
        <translation>验证：跳过访问集群外部的检查。</translation>
    </message>
    <message>
        <source>New cluster, with --wait: run the connectivity check on it at the end (the --check-* and --offline options apply).</source>
        <translation>新集群，与 --wait 一起使用：最后在新集群上运行连通性检查（--check-* 和 --offline 选项生效）。</translation>
    </message>
    <message>
        <source>Existing cluster: keep Cilium off these cluster nodes (names, comma-separated), which are not in the profile; apply refuses while a node is neither.</source>
        <translation>已有集群：不在这些集群节点上运行 Cilium（节点名，逗号分隔），它们不在配置文件中；只要有节点既不在配置文件中也未列在此处，apply 就会拒绝执行。</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>--without-cilium: &quot;%1&quot; is not a node name</source>
        <translation>--without-cilium：“%1”不是节点名</translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterCreator</name>
    <message>
        <source>the Cluster object carries the machines&apos; credentials, so it is sent only over verified TLS; %1 is %2</source>
        <translation>Cluster 对象包含各机器的登录凭据，只能通过经过验证的 TLS 发送；而 %1 %2</translation>
    </message>
    <message>
        <source>set to skip TLS verification</source>
        <translation>设置了跳过 TLS 验证</translation>
    </message>
    <message>
        <source>not HTTPS</source>
        <translation>未使用 HTTPS</translation>
    </message>
    <message>
        <source>TKEStack could not create cluster %1: step %2 failed (%3): %4</source>
        <translation>TKEStack 无法创建集群 %1：步骤 %2 失败（%3）：%4</translation>
    </message>
    <message>
        <source>cluster %1 is still %2 after %3 s; TKEStack goes on working, check again with status</source>
        <translation>已等待 %3 秒，集群 %1 仍未就绪（阶段：%2）；TKEStack 仍在后台继续处理，请稍后用 status 再次查看</translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation>未上报</translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterDiff</name>
    <message>
        <source>the manifests are not a list of Kubernetes objects: %1: %2</source>
        <translation>清单不是 Kubernetes 对象的列表：%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2, document %3): the server does not serve kind %4 in %5; is its CustomResourceDefinition installed?</source>
        <translation>%1（%2，第 %3 个文档）：服务器不提供 %5 中的 %4 类型；是否已安装其 CustomResourceDefinition？</translation>
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
    <name>tkeci::ClusterNodesPanel</name>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1, not Ready</source>
        <translation>%1，未就绪</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Read the cluster a&amp;gain</source>
        <translation>重新读取集群(&amp;G)</translation>
    </message>
    <message>
        <source>Reading the nodes of %1…</source>
        <translation>正在读取 %1 的节点…</translation>
    </message>
    <message>
        <source>The nodes of %1 could not be read: %2
The Apply page reads them again and holds the apply until every node is covered.</source>
        <translation>无法读取 %1 的节点：%2
“应用”页会再次读取，并在每个节点都被覆盖之前不允许应用。</translation>
    </message>
    <message numerus="yes">
        <source>Filled from the cluster: %n node(s), with their addresses and roles. Check how the installer logs in to them (port, user, authentication).</source>
        <translation>
            <numerusform>已从集群填入 %n 个节点及其地址和角色。请检查安装程序登录它们的方式（端口、用户、认证）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has every node of the cluster (%n node(s)), with the roles the cluster gives them.</source>
        <translation>
            <numerusform>计划包含集群的全部节点（%n 个），角色与集群一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the plan: %1. Cilium runs on every node of the cluster, so each must be added and preflighted, or kept off on the Apply page.</source>
        <translation>不在计划中：%1。Cilium 运行在集群的每个节点上，因此每个节点都必须加入计划并预检，或在“应用”页排除。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n node(s) from the cluster</source>
        <translation>
            <numerusform>从集群添加 %n 个节点(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>No node of the cluster has the address of %1: check the address, or remove the row.</source>
        <translation>集群中没有节点使用%1的地址：请检查地址，或删除该行。</translation>
    </message>
    <message>
        <source>row %1 (%2) is a %3 in the cluster</source>
        <translation>第 %1 行（%2）在集群中是 %3</translation>
    </message>
    <message>
        <source>Roles differ: %1.</source>
        <translation>角色不同：%1。</translation>
    </message>
    <message>
        <source>Take the &amp;roles from the cluster</source>
        <translation>采用集群中的角色(&amp;R)</translation>
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
        <source>TKEStack&apos;s own CNI. The Cilium pages (network mode, preflight) are skipped; only the Cluster object is written.</source>
        <translation>TKEStack 自带的 CNI。将跳过 Cilium 相关页面（网络模式、预检），只生成 Cluster 对象。</translation>
    </message>
</context>
<context>
    <name>tkeci::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>%1：发现 %n 个问题，未写入任何文件</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1, %2, HA %3, %4 master(s), %5 worker(s)</source>
        <translation>目标 %1，%2，高可用 %3，%4 个 Master 节点，%5 个 Worker 节点</translation>
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
        <source>--lang: &quot;%1&quot; is not a language this program speaks; use zh_CN or en</source>
        <translation>--lang：不支持语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation>未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
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
        <translation>
            <numerusform>已写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 images to mirror)</source>
        <translation>（需同步 %1 个镜像）</translation>
    </message>
    <message>
        <source>a command is needed: %1</source>
        <translation>需要指定命令：%1</translation>
    </message>
    <message>
        <source>Puts the Cilium CNI on TKEStack baremetal clusters. Without a command, the wizard starts.

Commands:
  validate --profile P            check a profile; every problem is printed, field path first
  render --profile P --out DIR    write the manifests (one file per component) and images.txt
  preflight --profile P           check every node over SSH (see the preflight options)
  apply --profile P [--kubeconfig K] [--context C] [--manifests DIR] [--wait] [--yes]
                                  put the manifests on the cluster (or create the TKEStack cluster)
  diff --profile P [--kubeconfig K] [--manifests DIR]
                                  what apply would change, asked of the cluster (dry run); exit 1 when something would
  status [--profile P] [--kubeconfig K]   what is installed and whether it is ready
  verify --profile P [--kubeconfig K]   run the connectivity check, then remove it
  uninstall [--kubeconfig K] [--yes]    delete what apply installed

Exit codes: 0 success, 1 the work ran and found failures (diff: something would change), 2 bad usage or bad input.</source>
        <translation>在 TKEStack 裸金属集群上安装 Cilium CNI。不带命令运行时启动向导。

命令：
  validate --profile P            检查配置文件；逐条输出所有问题，字段路径在前
  render --profile P --out DIR    写出清单（每个组件一个文件）和 images.txt
  preflight --profile P           通过 SSH 检查每个节点（参见 preflight 相关选项）
  apply --profile P [--kubeconfig K] [--context C] [--manifests DIR] [--wait] [--yes]
                                  将清单应用到集群（或创建 TKEStack 集群）
  diff --profile P [--kubeconfig K] [--manifests DIR]
                                  向集群询问 apply 将改变什么（试运行）；有改变时退出码为 1
  status [--profile P] [--kubeconfig K]   查看已安装的内容及其是否就绪
  verify --profile P [--kubeconfig K]   运行连通性检查，完成后将其删除
  uninstall [--kubeconfig K] [--yes]    删除 apply 安装的内容

退出码：0 成功；1 已执行但发现失败项（diff：有内容将改变）；2 用法错误或输入有误。</translation>
    </message>
    <message>
        <source>validate, render, preflight, apply, diff, status, verify or uninstall; none starts the wizard.</source>
        <translation>validate、render、preflight、apply、diff、status、verify 或 uninstall；不指定则启动向导。</translation>
    </message>
</context>
<context>
    <name>tkeci::ConnectivityCheck</name>
    <message>
        <source>%1: &quot;%2&quot; is not an image reference (registry/name:tag)</source>
        <translation>%1：“%2”不是镜像引用（registry/name:tag）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 address</source>
        <translation>%1：“%2”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a DNS name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>%1：“%2”不是域名（只能包含小写字母、数字、“-”和“.”）</translation>
    </message>
    <message>
        <source>needs two nodes that accept pods</source>
        <translation>需要两个可调度 Pod 的节点</translation>
    </message>
    <message>
        <source>no check leaves the cluster (--offline)</source>
        <translation>不做访问集群外部的检查（--offline）</translation>
    </message>
</context>
<context>
    <name>tkeci::ConnectivityVerifier</name>
    <message>
        <source>a CiliumNetworkPolicy allows pod to pod, as it should</source>
        <translation>CiliumNetworkPolicy 按预期放行 Pod 到 Pod 的访问</translation>
    </message>
    <message>
        <source>a CiliumNetworkPolicy blocks pod to pod, as it should</source>
        <translation>CiliumNetworkPolicy 按预期阻止 Pod 到 Pod 的访问</translation>
    </message>
    <message>
        <source>pod to pod on the same node</source>
        <translation>同一节点上 Pod 到 Pod</translation>
    </message>
    <message>
        <source>pod to a ClusterIP service on another node</source>
        <translation>Pod 到其他节点上的 ClusterIP Service</translation>
    </message>
    <message>
        <source>pod to a headless service on another node</source>
        <translation>Pod 到其他节点上的 Headless Service</translation>
    </message>
    <message>
        <source>host network to a ClusterIP service on another node</source>
        <translation>主机网络到其他节点上的 ClusterIP Service</translation>
    </message>
    <message>
        <source>host network to a headless service on another node</source>
        <translation>主机网络到其他节点上的 Headless Service</translation>
    </message>
    <message>
        <source>pod to pod</source>
        <translation>Pod 到 Pod</translation>
    </message>
    <message>
        <source>the echo server the other checks talk to runs</source>
        <translation>其他检查所访问的 echo 服务端正常运行</translation>
    </message>
    <message>
        <source>the deployment becomes ready</source>
        <translation>Deployment 进入就绪状态</translation>
    </message>
    <message>
        <source>a pod resolves an external name through the cluster DNS and reaches it</source>
        <translation>Pod 通过集群 DNS 解析外部域名并能访问该域名</translation>
    </message>
    <message>
        <source>a pod reaches an address outside the cluster</source>
        <translation>Pod 能访问集群外的地址</translation>
    </message>
</context>
<context>
    <name>tkeci::Console</name>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  详情：%1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>connectivity check passed</source>
        <translation>连通性检查通过</translation>
    </message>
    <message>
        <source>connectivity check FAILED</source>
        <translation>连通性检查失败</translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerChange</name>
    <message>
        <source>The masters&apos; SSH logins need a password or passphrase.</source>
        <translation>登录 master 的 SSH 需要密码或口令。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 on %n master(s) over SSH…</source>
        <translation>
            <numerusform>正在通过 SSH 读取 %n 个 master 上的 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>kube-controller-manager needs %1 on every master: read the change, then edit the masters or stop.</source>
        <translation>每个 Master 节点上的 kube-controller-manager 都需要 %1：请阅读修改内容，然后修改 Master 节点或停止。</translation>
    </message>
    <message numerus="yes">
        <source>Editing kube-controller-manager on %n master(s)…</source>
        <translation>
            <numerusform>正在修改 %n 个 Master 节点上的 kube-controller-manager…</numerusform>
        </translation>
    </message>
    <message>
        <source>A master failed: putting kube-controller-manager back on the masters already edited…</source>
        <translation>有 Master 节点失败：正在还原已修改的 Master 节点上的 kube-controller-manager…</translation>
    </message>
    <message>
        <source>kube-controller-manager could not be read on %1: no master was touched and nothing was applied. Fix the masters&apos; SSH access, or set the flags yourself and skip this step.</source>
        <translation>无法读取 %1 上的 kube-controller-manager：未改动任何 Master 节点，也未应用任何内容。请修复 Master 节点的 SSH 访问，或自行设置这些参数并跳过此步骤。</translation>
    </message>
    <message>
        <source>kube-controller-manager could not be edited on %1; the masters already edited are put back and nothing was applied.</source>
        <translation>无法修改 %1 上的 kube-controller-manager；已修改的 Master 节点已还原，未应用任何内容。</translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerDialog</name>
    <message>
        <source>kube-controller-manager on the masters</source>
        <translation>master 上的 kube-controller-manager</translation>
    </message>
    <message numerus="yes">
        <source>Overlay mode: tke-eni-ipamd hands out the pod CIDRs, so kube-controller-manager must run with %1. %n master(s) get the change below in %2; the original is kept as %3 (kubelet ignores dot files) and uninstall puts it back. Nothing is applied to the cluster before the masters are edited.</source>
        <translation>
            <numerusform>Overlay 模式：Pod CIDR 由 tke-eni-ipamd 分配，因此 kube-controller-manager 必须以 %1 运行。%n 个 master 的 %2 将做如下修改；原文件保留为 %3（kubelet 忽略以点开头的文件），卸载时会恢复。在修改 master 之前不会向集群应用任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read or changed safely (see the tab). No master is touched: fix the access, or set the flags yourself and choose so on the Apply page.</source>
        <translation>无法读取或安全地修改 %1（见对应标签页）。不会改动任何 master：请修复访问，或自行设置这些参数并在“应用”页上勾选相应选项。</translation>
    </message>
    <message>
        <source>&amp;Edit the masters</source>
        <translation>修改 master(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>The flags are already right; this master is not touched.</source>
        <translation>参数已正确；不会改动此 master。</translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerEdit</name>
    <message>
        <source>the manifest names kube-controller-manager twice; edit it by hand</source>
        <translation>该清单中 kube-controller-manager 出现了两次；请手动编辑</translation>
    </message>
    <message>
        <source>no &quot;- kube-controller-manager&quot; command line found; this does not look like kube-controller-manager&apos;s static pod manifest</source>
        <translation>未找到“- kube-controller-manager”命令行；这似乎不是 kube-controller-manager 的静态 Pod 清单</translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerUpdate</name>
    <message>
        <source>%1 does not exist: is this node a master set up by kubeadm?</source>
        <translation>%1 不存在：该节点是否为 kubeadm 部署的 Master 节点？</translation>
    </message>
    <message>
        <source>%1 could not be written (%2) nor put back (%3); the original is in %4</source>
        <translation>无法写入 %1（%2），也无法恢复原文件（%3）；原文件保存在 %4</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); the original was put back</source>
        <translation>无法写入 %1（%2）；已恢复原文件</translation>
    </message>
    <message>
        <source>%1 changed after the installer edited it (an upgrade?); it was left as it is. Set --allocate-node-cidrs and --configure-cloud-routes back by hand; the file before the installer&apos;s edit is %2</source>
        <translation>%1 在安装程序修改之后又被改动过（升级？），因此保持原样。请手动恢复 --allocate-node-cidrs 和 --configure-cloud-routes；安装程序修改之前的文件是 %2</translation>
    </message>
</context>
<context>
    <name>tkeci::DiffCommand</name>
    <message>
        <source>diff compares the manifests with an existing cluster; the profile&apos;s target is not one (target: existing-cluster)</source>
        <translation>diff 将清单与已有集群比较；该配置文件的目标不是已有集群（target: existing-cluster）</translation>
    </message>
    <message>
        <source>+ %1: to be created</source>
        <translation>+ %1：将创建</translation>
    </message>
    <message>
        <source>~ %1: to be configured</source>
        <translation>~ %1：将修改</translation>
    </message>
    <message>
        <source>~ node %1 (%2): label %3: %4 -&gt; %5</source>
        <translation>~ 节点 %1（%2）：标签 %3：%4 -&gt; %5</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1: no node of the cluster has this InternalIP; apply would refuse to label it</source>
        <translation>%1：集群中没有节点的 InternalIP 是这个地址；apply 将拒绝为其打标签</translation>
    </message>
    <message>
        <source>%1 to create, %2 to configure, %3 unchanged; node labels to set: %4</source>
        <translation>将创建 %1 个，将修改 %2 个，%3 个不变；将设置的节点标签：%4 个</translation>
    </message>
</context>
<context>
    <name>tkeci::EditorFindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+L or Ctrl+G)</source>
        <translation>转到行（Ctrl+L 或 Ctrl+G）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Search wrapped around</source>
        <translation>已从头继续查找</translation>
    </message>
</context>
<context>
    <name>tkeci::ExecCredential</name>
    <message>
        <source>the credential plugin &quot;%1&quot; named in the kubeconfig could not be started</source>
        <translation>无法启动 kubeconfig 中指定的凭据插件“%1”</translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; did not answer within %2 s</source>
        <translation>凭据插件“%1”在 %2 秒内无响应</translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; failed (exit code %2)</source>
        <translation>凭据插件“%1”执行失败（退出码 %2）</translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; did not print an ExecCredential</source>
        <translation>凭据插件“%1”未输出 ExecCredential</translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; returned neither a token nor a client certificate</source>
        <translation>凭据插件“%1”既未返回令牌，也未返回客户端证书</translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; printed more than %2 MiB</source>
        <translation>凭据插件“%1”输出超过 %2 MiB</translation>
    </message>
</context>
<context>
    <name>tkeci::ExistingClusterInstall</name>
    <message>
        <source>this cluster&apos;s control plane does not run on its nodes (kube-system has no static pods labelled tier=control-plane): it is an imported or managed cluster, and TKEStack installs Cilium only on its baremetal clusters. Nothing was applied.</source>
        <translation>此集群的控制面不在其节点上运行（kube-system 中没有带 tier=control-plane 标签的静态 Pod）：这是导入的或托管的集群，而 TKEStack 只在其裸金属集群上安装 Cilium。未应用任何内容。</translation>
    </message>
    <message>
        <source>the workloads did not roll out in time; the installation stays as it is</source>
        <translation>工作负载未能按时完成滚动更新；已安装的内容保持原样</translation>
    </message>
    <message>
        <source>kube-controller-manager also runs on %1, which the profile does not list as a master; add it with role master (its flags must be set too). Nothing was applied.</source>
        <translation>kube-controller-manager 还运行在 %1 上，但配置文件中没有把它列为 master；请以 master 角色添加它（它的参数也必须设置）。未应用任何内容。</translation>
    </message>
    <message>
        <source>kube-controller-manager was not changed on the masters: no master was touched and nothing was applied.</source>
        <translation>master 上的 kube-controller-manager 未被修改：未改动任何 master，也未应用任何内容。</translation>
    </message>
    <message>
        <source>You said no: the run ended here.</source>
        <translation>您选择了否：运行到此结束。</translation>
    </message>
    <message>
        <source>Stopped. What the cluster already accepted stays; run again to continue, or uninstall.</source>
        <translation>已停止。集群已接受的内容保持不变；再次运行以继续，或卸载。</translation>
    </message>
</context>
<context>
    <name>tkeci::ExistingRunPanel</name>
    <message numerus="yes">
        <source>Waiting %n more minute(s).</source>
        <translation>
            <numerusform>再等待 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (DaemonSet %2)</source>
        <translation>%1（DaemonSet %2）</translation>
    </message>
    <message>
        <source>Another CNI runs on this cluster: %1. Two CNIs on one node fight over pod networking. Remove it first, or go on if you know it is being replaced.</source>
        <translation>该集群上正在运行另一个 CNI：%1。同一节点上的两个 CNI 会争抢 Pod 网络。请先将其移除；如果确知它将被替换，也可以继续。</translation>
    </message>
    <message>
        <source>node %1 labelled: %2=%3, %4=%5</source>
        <translation>节点 %1 已打标签：%2=%3，%4=%5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>pod %1/%2, container %3: %4, %5 restart(s); its last lines:</source>
        <translation>Pod %1/%2，容器 %3：%4，已重启 %5 次；最后几行日志：</translation>
    </message>
    <message>
        <source>Not rolled out in time: %1. The Log tab shows the last lines of crashing pods. Wait longer, or give up and look at the cluster.</source>
        <translation>未能按时完成滚动更新：%1。“日志”页显示了崩溃 Pod 的最后几行日志。可以继续等待，或放弃并检查集群。</translation>
    </message>
    <message>
        <source>Connectivity check applied (%1 objects); waiting for its deployments.</source>
        <translation>连通性检查已应用（%1 个对象）；正在等待其 Deployment 就绪。</translation>
    </message>
    <message>
        <source>Cilium is installed and the connectivity check passed.</source>
        <translation>Cilium 已安装，连通性检查通过。</translation>
    </message>
    <message>
        <source>Cilium is installed, but the connectivity check FAILED: see the verdicts.</source>
        <translation>Cilium 已安装，但连通性检查未通过：请查看检查结果。</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>滚动更新</translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation>连通性检查</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;Go on anyway</source>
        <translation>仍然继续(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Wait longer</source>
        <translation>继续等待(&amp;W)</translation>
    </message>
    <message>
        <source>G&amp;ive up</source>
        <translation>放弃(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stopped at %1: %2
What was applied stays and is in the inventory. Fix the cause, then retry: applied objects come back unchanged.</source>
        <translation>在 %1 处停止：%2
已应用的对象会保留并记入安装记录。请排除问题后重试：已应用的对象将显示为未变化。</translation>
    </message>
    <message>
        <source>Stopping: the objects already sent are answered and written to the inventory; nothing more is sent.</source>
        <translation>正在停止：等待已发送对象的应答并将其记入安装记录；不再发送新的对象。</translation>
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
    <name>tkeci::FieldLabel</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>CNI</source>
        <translation>CNI</translation>
    </message>
    <message>
        <source>Cilium settings</source>
        <translation>Cilium 设置</translation>
    </message>
    <message>
        <source>Cilium version</source>
        <translation>Cilium 版本</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation>BGP 对等</translation>
    </message>
    <message>
        <source>ASN (autonomous system number)</source>
        <translation>自治系统号（ASN）</translation>
    </message>
    <message>
        <source>Switch IP</source>
        <translation>交换机IP</translation>
    </message>
    <message>
        <source>Cluster display name</source>
        <translation>集群显示名称</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes 版本</translation>
    </message>
    <message>
        <source>Cluster CIDR</source>
        <translation>集群 CIDR</translation>
    </message>
    <message>
        <source>Max pods per node</source>
        <translation>单节点最大 Pod 数</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>网卡设备</translation>
    </message>
    <message>
        <source>Image registry prefix</source>
        <translation>镜像仓库前缀</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>高可用</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP port (→ 6443)</source>
        <translation>VIP 端口（→ 6443）</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>node field</comment>
        <translation>地址</translation>
    </message>
    <message>
        <source>SSH port</source>
        <comment>node field</comment>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>User</source>
        <comment>node field</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>node field</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>node field</comment>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Key file</source>
        <comment>node field</comment>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>ASN</source>
        <comment>node field</comment>
        <translation>自治系统号</translation>
    </message>
    <message>
        <source>Switch IP</source>
        <comment>node field</comment>
        <translation>交换机IP</translation>
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <comment>network mode</comment>
        <translation>Overlay（VXLAN）</translation>
    </message>
    <message>
        <source>Underlay (BGP)</source>
        <comment>network mode</comment>
        <translation>Underlay（BGP）</translation>
    </message>
    <message>
        <source>TKE built-in (keepalived + VIP)</source>
        <comment>HA type</comment>
        <translation>TKE 内置（keepalived + VIP）</translation>
    </message>
    <message>
        <source>Third-party load balancer (CLB)</source>
        <comment>HA type</comment>
        <translation>第三方负载均衡（CLB）</translation>
    </message>
    <message>
        <source>Cilium</source>
        <comment>CNI</comment>
        <translation>Cilium</translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Row %1</source>
        <comment>a row of the Nodes table</comment>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <comment>a cell of the Nodes table: row number, column</comment>
        <translation>第 %1 行的%2</translation>
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
    <message>
        <source>Connectivity check: passed.</source>
        <translation>连通性检查：通过。</translation>
    </message>
    <message>
        <source>Connectivity check: FAILED (see below).</source>
        <translation>连通性检查：未通过（见下方）。</translation>
    </message>
    <message>
        <source>Connectivity check (Cilium&apos;s, as TKEStack proves an install):</source>
        <translation>连通性检查（Cilium 自带的检查，TKEStack 以此验证安装）：</translation>
    </message>
    <message>
        <source>To take the installation off the cluster again (objects in reverse order, underlay labels, and over SSH the masters&apos; kube-controller-manager backups):</source>
        <translation>从集群上移除本次安装（按相反顺序删除对象、移除 Underlay 标签，并通过 SSH 恢复 master 上 kube-controller-manager 的备份）：</translation>
    </message>
    <message>
        <source>Apply stopped: %1</source>
        <translation>应用已停止：%1</translation>
    </message>
    <message>
        <source>Applied: %1 created, %2 configured, %3 unchanged.</source>
        <translation>已应用：%1 个创建，%2 个更新，%3 个未变化。</translation>
    </message>
    <message>
        <source>The new cluster %1 is Running.</source>
        <translation>新集群 %1 已处于 Running 状态。</translation>
    </message>
    <message>
        <source>You stopped following the new cluster %1; TKEStack goes on installing it.</source>
        <translation>您已停止跟踪新集群 %1；TKEStack 会继续安装它。</translation>
    </message>
    <message>
        <source>The new cluster is not running (phase %1): %2</source>
        <translation>新集群未在运行（阶段 %1）：%2</translation>
    </message>
    <message>
        <source>OUT OF DATE: the files written to %1 were exported before your latest changes to the manifests and do not hold them: export them again with the button below.</source>
        <translation>已过期：写入 %1 的文件是在您最近修改清单之前导出的，不包含这些修改：请用下面的按钮重新导出。</translation>
    </message>
    <message>
        <source>Exporting again failed: %1</source>
        <translation>重新导出失败：%1</translation>
    </message>
    <message>
        <source>E&amp;xport again to the same place</source>
        <translation>重新导出到同一位置(&amp;X)</translation>
    </message>
    <message>
        <source>Your edits of %1 were saved beside it, in %2; opening the profile brings them back.</source>
        <translation>您对 %1 的修改已保存在其旁边的 %2 中；打开该配置文件时会恢复这些修改。</translation>
    </message>
    <message>
        <source>Your edits of %1 were not saved: they hold a password, key or token, and nothing saved for next time ever does.</source>
        <translation>您对 %1 的修改未保存：其中含有密码、密钥或令牌，而为下次保存的内容绝不包含这些。</translation>
    </message>
</context>
<context>
    <name>tkeci::FixCommand</name>
    <message>
        <source>This kernel lacks %1; install a kernel built with them (=y or =m).</source>
        <translation>该内核缺少 %1；请安装编译时启用了它们（=y 或 =m）的内核。</translation>
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
        <source>The first master&apos;s address is the API endpoint. Losing it stops the cluster&apos;s control plane.</source>
        <translation>第一个 Master 的地址即 API 入口。它故障时集群控制面将不可用。</translation>
    </message>
    <message>
        <source>&amp;TKE built-in (keepalived + VIP)</source>
        <translation>TKE 内置（keepalived + VIP）(&amp;T)</translation>
    </message>
    <message>
        <source>keepalived moves a virtual IP between the masters. The router must allow ARP for the VIP (no ARP filtering on the masters&apos; segment).</source>
        <translation>keepalived 在各 Master 之间漂移虚拟 IP。路由器须允许该 VIP 的 ARP（Master 所在网段不可过滤 ARP）。</translation>
    </message>
    <message>
        <source>Third-party &amp;load balancer (CLB)</source>
        <translation>第三方负载均衡（CLB）(&amp;L)</translation>
    </message>
    <message>
        <source>An external load balancer&apos;s VIP and port forward to 6443 on every master.</source>
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
    <name>tkeci::HostKeyApprovals</name>
    <message numerus="yes">
        <source>&amp;Trust the %n listed key(s)</source>
        <translation>
            <numerusform>信任列出的 %n 个密钥(&amp;T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) show a host key not known yet. Compare each fingerprint with the one on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then trust them together; trusted keys are added to the known hosts file. A changed key is never offered here: it is refused.</source>
        <translation>
            <numerusform>%n 个节点出示了尚未知晓的主机密钥。请将每个指纹与机器上的指纹（ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）比对，然后一并信任；受信任的密钥会加入 known hosts 文件。已变化的密钥不会出现在这里：它会被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <comment>SSH host key</comment>
        <translation>SHA256 指纹</translation>
    </message>
    <message>
        <source>Do n&amp;ot trust the selected</source>
        <translation>不信任所选(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tkeci::InstallStepList</name>
    <message>
        <source>A TKEStack baremetal cluster (not imported)</source>
        <translation>TKEStack 裸金属集群（非导入集群）</translation>
    </message>
    <message>
        <source>Look for another CNI</source>
        <translation>检查是否有其他 CNI</translation>
    </message>
    <message>
        <source>Label the nodes for BGP (underlay)</source>
        <translation>为节点添加 BGP 标签（Underlay）</translation>
    </message>
    <message>
        <source>kube-controller-manager flags on the masters (overlay)</source>
        <translation>Master 节点上 kube-controller-manager 的参数（Overlay）</translation>
    </message>
    <message>
        <source>Apply the objects (server-side apply)</source>
        <translation>应用对象（server-side apply）</translation>
    </message>
    <message>
        <source>Wait for the rollout</source>
        <translation>等待滚动更新完成</translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation>连通性检查</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需执行</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>等待您的决定</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every node in the plan, or kept off</source>
        <translation>每个节点都在计划中，或已排除</translation>
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
    <name>tkeci::Inventory</name>
    <message>
        <source>an inventory in JSON</source>
        <translation>JSON 格式的清单记录</translation>
    </message>
    <message>
        <source>text that is not JSON (%1 at byte %2)</source>
        <translation>不是 JSON 的文本（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>an IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>a readable inventory file</source>
        <translation>可读取的清单记录文件</translation>
    </message>
    <message>
        <source>%1: %2 expected, but the inventory file %3 has %4 there; it is not used</source>
        <translation>%1：应为%2，但清单记录文件 %3 中此处为%4；不使用该文件</translation>
    </message>
</context>
<context>
    <name>tkeci::JsonRead</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串“%1”</translation>
    </message>
    <message numerus="yes">
        <source>an array of %n element(s)</source>
        <translation>
            <numerusform>含 %n 个元素的数组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 expected, but the answer of %3 to %4 has %5 there; the answer is not used</source>
        <translation>%1：应为%2，但 %3 对 %4 的应答中此处为%5；不使用该应答</translation>
    </message>
</context>
<context>
    <name>tkeci::KnownHostsChooser</name>
    <message>
        <source>Known hosts file</source>
        <translation>Known hosts 文件</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Known hosts 文件(&amp;H)：</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>Host keys are checked against this file, and keys you trust are added to it. Empty: %1.</source>
        <translation>主机密钥依据此文件校验，您信任的密钥会加入其中。留空：%1。</translation>
    </message>
</context>
<context>
    <name>tkeci::KubeAccessPicker</name>
    <message>
        <source>Choose a kubeconfig</source>
        <translation>选择 kubeconfig</translation>
    </message>
    <message>
        <source>Server %1, context &quot;%2&quot;, user &quot;%3&quot;</source>
        <translation>服务器 %1，上下文“%2”，用户“%3”</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>Kubeconfig(&amp;K)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>a kubeconfig file (several joined by &quot;%1&quot;)</source>
        <translation>kubeconfig 文件（多个文件用“%1”分隔）</translation>
    </message>
</context>
<context>
    <name>tkeci::KubeClient</name>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; cannot be read (PEM, RSA or EC expected)</source>
        <translation>无法读取用户“%1”的客户端证书或私钥（应为 PEM 格式的 RSA 或 EC 密钥）</translation>
    </message>
    <message>
        <source>cannot read the token file &quot;%1&quot; named in the kubeconfig: %2</source>
        <translation>无法读取 kubeconfig 中指定的令牌文件“%1”：%2</translation>
    </message>
    <message>
        <source>the bearer token of user &quot;%1&quot; is longer than %2 bytes; it is not sent</source>
        <translation>用户“%1”的 Bearer 令牌超过 %2 字节，不予发送</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 is larger than %3 MiB; it was not read further</source>
        <translation>%1 对 %2 的应答大于 %3 MiB，已停止读取</translation>
    </message>
    <message>
        <source>%1 did not finish answering %2 within %3 s</source>
        <translation>%1 未在 %3 秒内完成对 %2 的应答</translation>
    </message>
    <message>
        <source>%1 answered %2 with a redirect (HTTP %3) to %4, which is not followed: check the server address of cluster &quot;%5&quot; in %6</source>
        <translation>%1 对 %2 的应答是重定向（HTTP %3）到 %4，不会跟随：请检查 %6 中集群“%5”的服务器地址</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 was cut off after %3 bytes</source>
        <translation>%1 对 %2 的应答在 %3 字节后被截断</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 is not a JSON object (%3 at byte %4)</source>
        <translation>%1 对 %2 的应答不是 JSON 对象（第 %4 字节处：%3）</translation>
    </message>
    <message>
        <source>a JSON array or value</source>
        <translation>一个 JSON 数组或值</translation>
    </message>
    <message>
        <source>the run&apos;s time (--timeout) ran out before %1 answered %2</source>
        <translation>在 %1 应答 %2 之前，运行时间（--timeout）已用完</translation>
    </message>
</context>
<context>
    <name>tkeci::KubeConfig</name>
    <message>
        <source>%1-data in the kubeconfig is not valid base64</source>
        <translation>kubeconfig 中的 %1-data 不是有效的 base64</translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot; named in the kubeconfig</source>
        <translation>无法读取 kubeconfig 中 %1 指定的文件“%2”</translation>
    </message>
    <message>
        <source>cannot read the kubeconfig &quot;%1&quot;</source>
        <translation>无法读取 kubeconfig 文件“%1”</translation>
    </message>
    <message>
        <source>the kubeconfig &quot;%1&quot; is not valid YAML: %2</source>
        <translation>kubeconfig 文件“%1”不是有效的 YAML：%2</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked at %1); pass --kubeconfig</source>
        <translation>未找到 kubeconfig（已查找 %1）；请使用 --kubeconfig 指定</translation>
    </message>
    <message>
        <source>the kubeconfig has no current-context; choose one with --context</source>
        <translation>kubeconfig 中未设置 current-context；请使用 --context 指定</translation>
    </message>
    <message>
        <source>the kubeconfig has no context &quot;%1&quot;</source>
        <translation>kubeconfig 中没有上下文“%1”</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which the kubeconfig does not define</source>
        <translation>上下文“%1”引用的集群“%2”未在 kubeconfig 中定义</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no valid server URL</source>
        <translation>集群“%1”没有有效的 server 地址</translation>
    </message>
    <message>
        <source>TLS verification is OFF for cluster &quot;%1&quot; because its kubeconfig sets insecure-skip-tls-verify: anyone on the path can read and change what is sent</source>
        <translation>集群“%1”的 TLS 验证已关闭，因为其 kubeconfig 设置了 insecure-skip-tls-verify：网络路径上的任何人都能读取和篡改发送的内容</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which the kubeconfig does not define</source>
        <translation>上下文“%1”引用的用户“%2”未在 kubeconfig 中定义</translation>
    </message>
    <message>
        <source>the server %1 is not HTTPS: nothing sent to it is protected</source>
        <translation>服务器 %1 未使用 HTTPS：发送给它的所有内容均不受保护</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>大于 %1 字节</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or folder is never read)</source>
        <translation>不是普通文件（从不读取管道、设备或目录）</translation>
    </message>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; cannot be read (PEM, RSA or EC expected)</source>
        <translation>无法读取用户“%1”的客户端证书或私钥（应为 PEM 格式的 RSA 或 EC 密钥）</translation>
    </message>
</context>
<context>
    <name>tkeci::KubeErrorText</name>
    <message>
        <source>the bearer token of user &quot;%1&quot;</source>
        <translation>用户“%1”的 Bearer 令牌</translation>
    </message>
    <message>
        <source>the credential from plugin &quot;%1&quot;</source>
        <translation>插件“%1”提供的凭据</translation>
    </message>
    <message>
        <source>the client certificate of user &quot;%1&quot;</source>
        <translation>用户“%1”的客户端证书</translation>
    </message>
    <message>
        <source>no credential (user &quot;%1&quot; has none)</source>
        <translation>匿名请求（用户“%1”未配置任何凭据）</translation>
    </message>
    <message>
        <source>TLS failure: the certificate of %1 (%2, issued by %3) was refused: %4. Check certificate-authority of cluster &quot;%5&quot; in %6</source>
        <translation>TLS 失败：%1 的证书（%2，由 %3 颁发）未通过校验：%4。请检查 %6 中集群“%5”的 certificate-authority</translation>
    </message>
    <message>
        <source>TLS failure: the handshake with %1 failed: %2</source>
        <translation>TLS 失败：与 %1 握手失败：%2</translation>
    </message>
    <message>
        <source>%1 (held by field manager &quot;%2&quot;)</source>
        <translation>%1（由字段管理器“%2”持有）</translation>
    </message>
    <message>
        <source>%1: another field manager owns fields this apply would change: %2. Agree with whoever manages them, or apply again with force to take them over</source>
        <translation>%1：本次应用要修改的字段归其他字段管理器所有：%2。请与其管理方协商，或强制重新应用以接管这些字段</translation>
    </message>
    <message>
        <source>%1: conflict: %2</source>
        <translation>%1：冲突：%2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 未及时响应（%2）</translation>
    </message>
    <message>
        <source>cannot reach the API server %1 (context &quot;%2&quot;): %3. Check the address, the network and that the server runs</source>
        <translation>无法连接 API Server %1（上下文“%2”）：%3。请检查地址、网络以及服务器是否在运行</translation>
    </message>
    <message>
        <source>the API server refused %1 (401 Unauthorized): the token or certificate is wrong or expired. Get fresh credentials for context &quot;%2&quot;</source>
        <translation>API Server 拒绝了%1（401 Unauthorized）：令牌或证书错误或已过期。请为上下文“%2”获取新的凭据</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not %2 %3 (403 Forbidden); the server says: %4</source>
        <translation>用户“%1”无权对 %3 执行 %2 操作（403 Forbidden）；服务器返回：%4</translation>
    </message>
    <message>
        <source>%1: not found (%2)</source>
        <translation>%1：未找到（%2）</translation>
    </message>
    <message>
        <source>the server refused %1 as invalid: %2</source>
        <translation>服务器认为 %1 无效并予以拒绝：%2</translation>
    </message>
    <message>
        <source>the API server failed on %1 (HTTP %2): %3</source>
        <translation>API Server 处理 %1 时出错（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>the API server %1 closed the connection before answering %2; it may or may not have carried the request out (a load balancer or the server dropped it)</source>
        <translation>API 服务器 %1 在回答 %2 之前关闭了连接；该请求可能已执行，也可能未执行（负载均衡器或服务器断开了连接）</translation>
    </message>
    <message>
        <source>the server refused the client certificate of user &quot;%1&quot; (%2): it expired on %3</source>
        <translation>服务器拒绝了用户“%1”的客户端证书（%2）：它已于 %3 过期</translation>
    </message>
    <message>
        <source>the server refused the client certificate of user &quot;%1&quot; (%2): it is valid only from %3 (is this computer&apos;s clock right?)</source>
        <translation>服务器拒绝了用户“%1”的客户端证书（%2）：它自 %3 起才生效（这台计算机的时钟正确吗？）</translation>
    </message>
    <message>
        <source>TLS failure: %1</source>
        <translation>TLS 失败：%1</translation>
    </message>
    <message>
        <source>%1 (401 Unauthorized). Get a fresh certificate for context &quot;%2&quot;</source>
        <translation>%1（401 Unauthorized）。请为上下文“%2”获取新的证书</translation>
    </message>
</context>
<context>
    <name>tkeci::LabelWarningText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no node of the cluster has the address of %n profile node(s): %1</source>
        <translation>
            <numerusform>警告：集群中没有节点使用以下 %n 个配置文件节点的地址：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n cluster node(s) not in the profile get no underlay labels, so cilium-router on them has no BGP peer: %1</source>
        <translation>
            <numerusform>警告：%n 个不在配置文件中的集群节点不会获得 Underlay 标签，其上的 cilium-router 没有 BGP 对端：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::LeaveQuestion</name>
    <message>
        <source>your edits of %1: they were neither exported nor saved with a profile</source>
        <translation>您对 %1 的修改：它们既未导出，也未随配置文件保存</translation>
    </message>
    <message>
        <source>answers that are not saved in a profile (they are saved when you reach the last page)</source>
        <translation>尚未保存到配置文件中的回答（到达最后一页时才会保存）</translation>
    </message>
    <message>
        <source>the preflight check that is running: it is stopped and its results so far are dropped</source>
        <translation>正在运行的预检：它会被停止，已有结果会被丢弃</translation>
    </message>
    <message>
        <source>the apply that is running: leaving stops it at once. What the cluster has accepted stays there. It is recorded in the inventory (which &quot;status&quot; and &quot;uninstall&quot; read) only if the apply step had ended; objects of an apply step stopped halfway are not recorded</source>
        <translation>正在运行的 apply：离开会立即停止它。集群已接受的内容会保留。只有应用步骤已结束时，这些内容才会记录在清单记录（inventory，供“status”和“uninstall”读取）中；中途停止的应用步骤的对象不会被记录</translation>
    </message>
    <message>
        <source>following the new cluster: TKEStack goes on installing it; its state shows in the TKEStack console or with &quot;status --profile&quot;</source>
        <translation>对新集群的跟踪：TKEStack 会继续安装它；其状态可在 TKEStack 控制台或用“status --profile”查看</translation>
    </message>
    <message>
        <source>Leaving now loses:</source>
        <translation>现在离开将丢失：</translation>
    </message>
    <message>
        <source>Leave the installer?</source>
        <translation>离开安装程序？</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>离开(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>留下(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tkeci::LoginSecrets</name>
    <message>
        <source>Passphrase of %1 for %2@%3:</source>
        <translation>%2@%3 的私钥 %1 的口令：</translation>
    </message>
    <message>
        <source>Password of %1@%2:</source>
        <translation>%1@%2 的密码：</translation>
    </message>
</context>
<context>
    <name>tkeci::MachineCredentials</name>
    <message>
        <source>no password was given for %1@%2</source>
        <translation>未提供 %1@%2 的密码</translation>
    </message>
    <message>
        <source>cannot read the key file %1 of %2: %3</source>
        <translation>无法读取 %2 的密钥文件 %1：%3</translation>
    </message>
    <message>
        <source>machine %1 is not a node of the profile</source>
        <translation>机器 %1 不是配置文件中的节点</translation>
    </message>
    <message>
        <source>the key file %1 of %2 is encrypted and no passphrase was given</source>
        <translation>%2 的密钥文件 %1 已加密，但没有提供口令</translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestApplier</name>
    <message>
        <source>the manifests are not a list of Kubernetes objects: %1: %2</source>
        <translation>清单不是 Kubernetes 对象列表：%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2, document %3): the server does not serve kind %4 in %5; is its CustomResourceDefinition installed?</source>
        <translation>%1（%2，第 %3 个文档）：服务器不提供 %5 中的 %4 类型；是否已安装对应的 CustomResourceDefinition？</translation>
    </message>
    <message>
        <source>the local inventory was not written: %1</source>
        <translation>未能写入本地安装记录：%1</translation>
    </message>
    <message>
        <source>the inventory ConfigMap was not written: %1</source>
        <translation>未能写入安装记录 ConfigMap：%1</translation>
    </message>
    <message>
        <source>the inventory ConfigMap was not written: it holds no readable inventory (%1)</source>
        <translation>未写入清单记录 ConfigMap：其中没有可读取的清单记录（%1）</translation>
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
    <name>tkeci::ManifestEditsFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is not an index of kept edits</source>
        <translation>%1 不是已保存修改的索引</translation>
    </message>
    <message>
        <source>%1 lists an entry without a plain file name</source>
        <translation>%1 列出了一个不是普通文件名的条目</translation>
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
    <message>
        <source>Edited and valid. TKEStack first deploys its own version when it creates the cluster; this program then applies yours to the new cluster once it runs.</source>
        <translation>已编辑且有效。TKEStack 创建集群时先部署它自己的版本；新集群运行后，本程序再将您的版本应用到新集群。</translation>
    </message>
    <message>
        <source>As generated from your answers: TKEStack deploys this itself when it creates the cluster (EnsureCilium).</source>
        <translation>按您的回答生成：TKEStack 创建集群时自行部署此文件（EnsureCilium）。</translation>
    </message>
    <message>
        <source>This program applies this file to the new cluster once it runs.</source>
        <translation>新集群运行后，本程序将此文件应用到新集群。</translation>
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
    <name>tkeci::NewClusterAccess</name>
    <message>
        <source>cluster %1 status.addresses: no Internal, Advertise or Real address</source>
        <translation>集群 %1 status.addresses：没有 Internal、Advertise 或 Real 地址</translation>
    </message>
    <message>
        <source>cluster %1 status.addresses: &quot;%2:%3&quot; is not a host and port</source>
        <translation>集群 %1 status.addresses：“%2:%3”不是主机和端口</translation>
    </message>
    <message>
        <source>ClusterCredential %1</source>
        <translation>ClusterCredential %1</translation>
    </message>
    <message>
        <source>ClusterCredential of cluster %1 caCert: empty; the new cluster&apos;s API server cannot be verified</source>
        <translation>集群 %1 的 ClusterCredential caCert 为空，无法验证新集群的 API Server</translation>
    </message>
    <message>
        <source>ClusterCredential of cluster %1: neither token nor clientCert and clientKey</source>
        <translation>集群 %1 的 ClusterCredential：既没有 token，也没有 clientCert 和 clientKey</translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterApply</name>
    <message>
        <source>TKEStack %1 offers Kubernetes %2</source>
        <translation>TKEStack %1 提供的 Kubernetes 版本：%2</translation>
    </message>
    <message>
        <source>cluster %1 exists already (an earlier run): following it, not creating it again</source>
        <translation>集群 %1 已存在（之前的运行创建）：跟踪它，不再重复创建</translation>
    </message>
    <message>
        <source>waiting for the cluster to run (up to %1 s)</source>
        <translation>等待集群运行（最多 %1 秒）</translation>
    </message>
    <message>
        <source>worker %1 (Machine %2) created</source>
        <translation>Worker 节点 %1（Machine %2）已创建</translation>
    </message>
    <message>
        <source>worker %1 (Machine %2) exists already: following it</source>
        <translation>Worker 节点 %1（Machine %2）已存在：跟踪它</translation>
    </message>
    <message>
        <source>  worker %1: phase %2%3</source>
        <translation>  Worker 节点 %1：阶段 %2%3</translation>
    </message>
    <message>
        <source>reached the new cluster at %1</source>
        <translation>已连接到新集群 %1</translation>
    </message>
    <message>
        <source>TKEStack deployed Cilium from its own manifests; no edited file to send</source>
        <translation>TKEStack 已用它自己的清单部署 Cilium；没有需要发送的已编辑文件</translation>
    </message>
    <message>
        <source>taking them over (--yes)</source>
        <translation>接管这些字段（--yes）</translation>
    </message>
    <message>
        <source>take over these fields on the new cluster?</source>
        <translation>是否在新集群上接管这些字段？</translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to take them over</source>
        <translation>输入不是交互式终端，不予询问：传入 --yes 以接管这些字段</translation>
    </message>
    <message>
        <source>%1 differs from what TKEStack deploys: it is applied to the new cluster once the cluster runs</source>
        <translation>%1 与 TKEStack 部署的内容不同：集群运行后将其应用到新集群</translation>
    </message>
    <message>
        <source>cluster %1 is Running with Cilium rolled out</source>
        <translation>集群 %1 已处于 Running 状态，Cilium 已完成发布</translation>
    </message>
    <message>
        <source>run apply --wait to follow it; its workers are added once it runs</source>
        <translation>运行 apply --wait 以跟踪它；集群运行后会加入其 Worker 节点</translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterInstall</name>
    <message>
        <source>%1: no Cluster object (platform.tkestack.io/v1) in the file</source>
        <translation>%1：文件中没有 Cluster 对象（platform.tkestack.io/v1）</translation>
    </message>
    <message>
        <source>the Cluster object carries the machines&apos; credentials, so it is sent only over verified TLS; %1 is %2</source>
        <translation>Cluster 对象携带节点的登录凭据，因此只通过经过验证的 TLS 发送；%1 %2</translation>
    </message>
    <message>
        <source>set to skip TLS verification</source>
        <translation>被设置为跳过 TLS 验证</translation>
    </message>
    <message>
        <source>not HTTPS</source>
        <translation>不是 HTTPS</translation>
    </message>
    <message>
        <source>TKEStack could not create cluster %1: step %2 failed (%3): %4</source>
        <translation>TKEStack 无法创建集群 %1：步骤 %2 失败（%3）：%4</translation>
    </message>
    <message>
        <source>cluster %1 is still %2</source>
        <translation>集群 %1 仍处于 %2</translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>%1 after %2 s; TKEStack goes on working: run apply again to follow it</source>
        <translation>%1（已等待 %2 秒）；TKEStack 会继续工作：再次运行 apply 以跟踪它</translation>
    </message>
    <message>
        <source>TKEStack could not add worker %1 (%2): step %3 failed (%4): %5</source>
        <translation>TKEStack 无法加入 Worker 节点 %1（%2）：步骤 %3 失败（%4）：%5</translation>
    </message>
    <message>
        <source>not every worker of cluster %1 is Running</source>
        <translation>集群 %1 的 Worker 节点并非全部处于 Running 状态</translation>
    </message>
    <message>
        <source>cluster %1 spec.clusterCredentialRef: not set; the new cluster cannot be reached</source>
        <translation>集群 %1 spec.clusterCredentialRef：未设置，无法访问新集群</translation>
    </message>
    <message>
        <source>%1 on the new cluster has fields that TKEStack&apos;s platform set when it deployed Cilium, and your edited file changes them. Take them over (your values win), or stop and keep TKEStack&apos;s?</source>
        <translation>新集群上的 %1 有一些字段是 TKEStack 平台部署 Cilium 时设置的，您编辑的文件会更改它们。接管这些字段（以您的值为准），还是停止并保留 TKEStack 的值？</translation>
    </message>
    <message>
        <source>the workloads did not roll out in time; the new cluster stays as it is</source>
        <translation>工作负载未能按时完成发布；新集群保持现状</translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterPanel</name>
    <message>
        <source>Creating the Cluster object…</source>
        <translation>正在创建 Cluster 对象…</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Stopped following the cluster. TKEStack goes on installing it; its state shows in the TKEStack console or with &quot;status --profile&quot;.</source>
        <translation>已停止跟踪该集群。TKEStack 会继续安装；其状态可在 TKEStack 控制台或通过“status --profile”查看。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>&amp;Stop following</source>
        <translation>停止跟踪(&amp;S)</translation>
    </message>
    <message>
        <source>Kubernetes versions the platform offers</source>
        <translation>平台提供的 Kubernetes 版本</translation>
    </message>
    <message>
        <source>Create the Cluster on the global cluster</source>
        <translation>在 global 集群上创建 Cluster</translation>
    </message>
    <message>
        <source>Follow the Cluster an earlier run created</source>
        <translation>跟踪之前运行创建的 Cluster</translation>
    </message>
    <message>
        <source>TKEStack installs the masters and Cilium (phase Running)</source>
        <translation>TKEStack 安装 Master 节点和 Cilium（阶段 Running）</translation>
    </message>
    <message>
        <source>Add the worker nodes (Machines)</source>
        <translation>加入 Worker 节点（Machine）</translation>
    </message>
    <message>
        <source>TKEStack installs the workers</source>
        <translation>TKEStack 安装 Worker 节点</translation>
    </message>
    <message>
        <source>Reach the new cluster (its ClusterCredential)</source>
        <translation>连接新集群（通过其 ClusterCredential）</translation>
    </message>
    <message>
        <source>Apply your edited manifests</source>
        <translation>应用您编辑过的清单</translation>
    </message>
    <message>
        <source>Wait for the rollout</source>
        <translation>等待发布完成</translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation>连通性检查</translation>
    </message>
    <message>
        <source>Taking the fields over; your values win.</source>
        <translation>正在接管这些字段，以您的值为准。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n more minute(s).</source>
        <translation>
            <numerusform>再等待 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>TKEStack %1 offers Kubernetes %2.</source>
        <translation>TKEStack %1 提供的 Kubernetes 版本：%2。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <source>Cluster %1 created on the global cluster; TKEStack is now installing its masters.</source>
        <translation>已在 global 集群上创建集群 %1；TKEStack 正在安装其 Master 节点。</translation>
    </message>
    <message>
        <source>Cluster %1 exists already (an earlier run created it): following it, not creating it again.</source>
        <translation>集群 %1 已存在（之前的运行创建）：跟踪它，不再重复创建。</translation>
    </message>
    <message>
        <source>The new cluster answers at %1.</source>
        <translation>新集群在 %1 应答。</translation>
    </message>
    <message>
        <source>Not rolled out in time: %1. Wait longer, or give up and look at the cluster.</source>
        <translation>未按时完成发布：%1。可以再等一会儿，或放弃并检查集群。</translation>
    </message>
    <message>
        <source>Connectivity check applied (%1 objects); waiting for its deployments.</source>
        <translation>已应用连通性检查（%1 个对象），正在等待其 Deployment 就绪。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>The new cluster is Running and the connectivity check passed.</source>
        <translation>新集群已处于 Running 状态，连通性检查通过。</translation>
    </message>
    <message>
        <source>The new cluster is Running.</source>
        <translation>新集群已处于 Running 状态。</translation>
    </message>
    <message>
        <source>The new cluster is Running, but the connectivity check FAILED: see the verdicts.</source>
        <translation>新集群已处于 Running 状态，但连通性检查失败：请查看检查结果。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker 节点</translation>
    </message>
    <message>
        <source>Your manifests</source>
        <translation>您的清单</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Take the fields over</source>
        <translation>接管这些字段(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep TKEStack&apos;s values and stop</source>
        <translation>保留 TKEStack 的值并停止(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Wait longer</source>
        <translation>再等一会儿(&amp;W)</translation>
    </message>
    <message>
        <source>G&amp;ive up</source>
        <translation>放弃(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeCoverage</name>
    <message numerus="yes">
        <source>%n node(s) of the cluster are not in the plan and were not preflighted: %1. Cilium runs on every node (its DaemonSet tolerates every taint), so add each to the plan and preflight it, or remove it from the cluster, or keep Cilium off it (--without-cilium NAME): such a node gets no Cilium, so pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Nothing was applied.</source>
        <translation>
            <numerusform>集群中有 %n 个节点不在计划中，也未经过预检：%1。Cilium 会运行在每个节点上（其 DaemonSet 容忍所有污点），因此请将每个节点加入计划并预检，或将其移出集群，或不在其上运行 Cilium（--without-cilium 节点名）：这样的节点没有 Cilium，调度到其上的 Pod 在它有网络插件之前没有网络，也无法访问其他节点上的 Pod。未应用任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::NodeCoveragePanel</name>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Node (tick: keep Cilium off)</source>
        <translation>节点（勾选：不安装 Cilium）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A node kept off gets no Cilium: pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Cordon it, or keep workloads off it, until it is preflighted and added.</source>
        <translation>排除的节点不安装 Cilium：调度到该节点的 Pod 在它有网络插件之前没有网络，它也无法访问其他节点上的 Pod。请在它通过预检并加入计划之前将其 cordon，或不让工作负载调度到它上面。</translation>
    </message>
    <message>
        <source>Reading the nodes of the cluster…</source>
        <translation>正在读取集群的节点…</translation>
    </message>
    <message>
        <source>The nodes of the cluster could not be read, so it is not known where Cilium would run: %1</source>
        <translation>无法读取集群的节点，因此无法确定 Cilium 会运行在哪些节点上：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n node(s) of the cluster are in the plan and were preflighted.</source>
        <translation>
            <numerusform>集群的全部 %n 个节点都在计划中并已预检。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of the cluster are not in the plan, so they were not preflighted. Cilium runs on every node (its DaemonSet tolerates every taint): add each to the plan on the Nodes page and preflight it, or remove it from the cluster, or keep Cilium off it here.</source>
        <translation>
            <numerusform>集群有 %n 个节点不在计划中，因此未经预检。Cilium 运行在每个节点上（其 DaemonSet 容忍所有污点）：请在“节点”页把它们加入计划并预检，或将其从集群中移除，或在此处排除它们、不安装 Cilium。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::NodeLogin</name>
    <message>
        <source>password (none given)</source>
        <translation>密码（未提供）</translation>
    </message>
    <message>
        <source>unknown login method</source>
        <translation>未知的登录方式</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeSecretsDialog</name>
    <message>
        <source>Node passwords and key passphrases</source>
        <translation>节点密码和私钥口令</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring (for the next run)</source>
        <translation>记住到桌面密钥环中（供下次使用）(&amp;R)</translation>
    </message>
    <message>
        <source>TKEStack logs in to these nodes to install them. The passwords and passphrases go into the Cluster object sent to the global cluster over verified TLS; this program does not keep them unless you tick Remember.</source>
        <translation>TKEStack 登录这些节点来安装它们。密码和口令会写入 Cluster 对象，经已验证的 TLS 发送到 global 集群；除非勾选“记住”，本程序不会保存它们。</translation>
    </message>
    <message>
        <source>This program logs in to these nodes over SSH, with the host keys preflight accepted. The passwords and passphrases are kept in memory for this step only and never written to a file; with Remember, the desktop keyring keeps them.</source>
        <translation>本程序通过 SSH 登录这些节点，使用预检时接受的主机密钥。密码和口令只在此步骤中保存在内存里，绝不写入文件；勾选“记住”时，由桌面密钥环保存。</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeShell</name>
    <message>
        <source>%1: %2 changed since it was shown; nothing was written, look at it again</source>
        <translation>%1：%2 在显示之后已被修改；未写入任何内容，请重新查看</translation>
    </message>
    <message>
        <source>timed out (%1)</source>
        <translation>超时（%1）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>login refused (%1)</source>
        <translation>登录被拒绝（%1）</translation>
    </message>
    <message>
        <source>key file %1 could not be read</source>
        <translation>无法读取密钥文件 %1</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: its host key %2 is not in known_hosts; run preflight and accept it there first</source>
        <translation>%1：其主机密钥 %2 不在 known_hosts 中；请先运行预检并在那里接受它</translation>
    </message>
    <message>
        <source>%1: its host key changed (now %2, known %3); nothing was done</source>
        <translation>%1：其主机密钥已改变（现在为 %2，已知为 %3）；未做任何操作</translation>
    </message>
    <message>
        <source>%1: host key check failed: %2</source>
        <translation>%1：主机密钥检查失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: refusing the path &quot;%2&quot;</source>
        <translation>%1：拒绝路径“%2”</translation>
    </message>
    <message>
        <source>%1: the command ended without a status (exit status %2): %3</source>
        <translation>%1：命令结束时没有给出状态（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1：读取 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: writing %2 failed: %3</source>
        <translation>%1：写入 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: removing %2 failed: %3</source>
        <translation>%1：删除 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: cilium_* links are still there after the clean-up</source>
        <translation>%1：清理后 cilium_* 网络接口仍然存在</translation>
    </message>
    <message>
        <source>%1: the clean-up failed: %2</source>
        <translation>%1：清理失败：%2</translation>
    </message>
    <message>
        <source>%1: a Cilium CNI file in /etc/cni/net.d could not be removed: %2</source>
        <translation>%1：无法删除 /etc/cni/net.d 中 Cilium 的 CNI 文件：%2</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeStepText</name>
    <message>
        <source>the flags are already right (kube-controller-manager)</source>
        <translation>参数已正确（kube-controller-manager）</translation>
    </message>
    <message>
        <source>kube-controller-manager edited, the original kept as %1</source>
        <translation>kube-controller-manager 已修改，原文件保存为 %1</translation>
    </message>
    <message>
        <source>kube-controller-manager put back</source>
        <translation>kube-controller-manager 已恢复</translation>
    </message>
    <message>
        <source>no kube-controller-manager backup, nothing to put back</source>
        <translation>没有 kube-controller-manager 的备份，无需恢复</translation>
    </message>
    <message>
        <source>not logged in to: no password or passphrase was given</source>
        <translation>未登录：未提供密码或口令</translation>
    </message>
    <message>
        <source>Cilium&apos;s links and CNI files removed: %1</source>
        <translation>已删除 Cilium 的网络接口和 CNI 文件：%1</translation>
    </message>
    <message>
        <source>no Cilium links or CNI files found</source>
        <translation>未发现 Cilium 的网络接口或 CNI 文件</translation>
    </message>
</context>
<context>
    <name>tkeci::NodeSteps</name>
    <message numerus="yes">
        <source>edit kube-controller-manager on %n master(s) as shown (the original is kept as %1)?</source>
        <translation>
            <numerusform>按上面所示修改 %n 个 master 上的 kube-controller-manager（原文件保留为 %1）？</numerusform>
        </translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to agree</source>
        <translation>输入不是交互式终端，不予询问：传入 --yes 表示同意</translation>
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
        <source>This node&apos;s own ASN; empty: the cluster&apos;s ASN</source>
        <translation>该节点自己的自治系统号；留空：使用集群的自治系统号</translation>
    </message>
    <message>
        <source>This node&apos;s own switch IP; empty: the cluster&apos;s switch IP</source>
        <translation>该节点自己的交换机IP；留空：使用集群的交换机IP</translation>
    </message>
</context>
<context>
    <name>tkeci::NodesPage</name>
    <message>
        <source>Choose the SSH private key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
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
    <message>
        <source>Still to fill in before Next:</source>
        <translation>点击“下一步”前还需填写：</translation>
    </message>
</context>
<context>
    <name>tkeci::ObjectRef</name>
    <message>
        <source>an apiVersion (&quot;v1&quot; or &quot;group/version&quot;)</source>
        <translation>apiVersion（“v1”或“group/version”）</translation>
    </message>
    <message>
        <source>a Kubernetes name (not empty; no &quot;/&quot;, &quot;?&quot;, &quot;#&quot;, &quot;%&quot;, space or control character)</source>
        <translation>Kubernetes 名称（非空；不含“/”“?”“#”“%”、空格或控制字符）</translation>
    </message>
</context>
<context>
    <name>tkeci::OtherCniCheck</name>
    <message>
        <source>%1; no other CNI can be ruled out, so nothing was changed</source>
        <translation>%1；无法排除其他 CNI，因此未做任何更改</translation>
    </message>
</context>
<context>
    <name>tkeci::PasteNodesDialog</name>
    <message>
        <source>Paste nodes</source>
        <translation>粘贴节点</translation>
    </message>
    <message>
        <source>One node per line: address[:port] [user] [master|worker]</source>
        <translation>每行一个节点：地址[:端口] [用户] [master|worker]</translation>
    </message>
</context>
<context>
    <name>tkeci::PeerMatrixView</name>
    <message>
        <source>%1 from %2 reaches %3</source>
        <translation>%2 发出的 %1 可到达 %3</translation>
    </message>
    <message>
        <source>%1 from %2 does NOT reach %3</source>
        <translation>%2 发出的 %1 无法到达 %3</translation>
    </message>
    <message>
        <source>%1 between %2 and %3: not known (see the nodes&apos; rows)</source>
        <translation>%2 与 %3 之间的 %1：未知（见这两个节点所在行）</translation>
    </message>
    <message>
        <source>The network stage has not judged %1 yet.</source>
        <translation>网络阶段尚未判定 %1。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: every pair of checked nodes reaches each other.</source>
        <translation>%1：所有已检查的节点两两互通。</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not pass between %n pair(s): %2</source>
        <translation>
            <numerusform>%1 在 %n 对节点之间不通：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows send, columns receive (numbered as the rows).</source>
        <translation>行为发送方，列为接收方（列序号与行相同）。</translation>
    </message>
</context>
<context>
    <name>tkeci::PlatformVersionPicker</name>
    <message>
        <source>Asking the global cluster which Kubernetes versions it offers…</source>
        <translation>正在询问 global 集群提供哪些 Kubernetes 版本…</translation>
    </message>
    <message>
        <source>The Kubernetes versions offered could not be read (%1); the platform checks %2 when the Cluster is created.</source>
        <translation>无法读取平台提供的 Kubernetes 版本（%1）；创建 Cluster 时平台会检查 %2。</translation>
    </message>
    <message>
        <source>TKEStack %1 offers Kubernetes %2; the cluster gets %3.</source>
        <translation>TKEStack %1 提供的 Kubernetes 版本：%2；集群将使用 %3。</translation>
    </message>
    <message>
        <source>Pick a version…</source>
        <translation>选择版本…</translation>
    </message>
</context>
<context>
    <name>tkeci::PlatformVersions</name>
    <message>
        <source>kube-public/cluster-info data.k8sValidVersions: missing; the global cluster does not say which Kubernetes versions it offers</source>
        <translation>kube-public/cluster-info data.k8sValidVersions：缺失；global 集群没有说明它提供哪些 Kubernetes 版本</translation>
    </message>
    <message>
        <source>kube-public/cluster-info data.k8sValidVersions: not a JSON list of versions</source>
        <translation>kube-public/cluster-info data.k8sValidVersions：不是版本的 JSON 列表</translation>
    </message>
    <message>
        <source>cluster.kubernetesVersion: TKEStack %1 does not offer Kubernetes %2; valid versions: %3. Nothing was created.</source>
        <translation>cluster.kubernetesVersion：TKEStack %1 不提供 Kubernetes %2；可用版本：%3。未创建任何对象。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightCommand</name>
    <message>
        <source>PASS</source>
        <comment>check verdict</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>check verdict</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>check verdict</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>preflight: trust host keys not yet known and add them to the known-hosts file. A changed key is always refused.</source>
        <translation>preflight：信任尚未记录的主机密钥，并将其加入 known-hosts 文件。已变更的密钥始终会被拒绝。</translation>
    </message>
    <message>
        <source>preflight: private key to log in with, for every node with auth: key.</source>
        <translation>preflight：登录所用的私钥，用于所有 auth: key 的节点。</translation>
    </message>
    <message>
        <source>preflight: print the results as a JSON array.</source>
        <translation>preflight：以 JSON 数组格式输出结果。</translation>
    </message>
    <message>
        <source>preflight: nodes checked at the same time (default 32).</source>
        <translation>preflight：同时检查的节点数（默认 32）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--parallel: &quot;%1&quot; is not a number from 1 to 1024</source>
        <translation>--parallel：“%1”不是 1 到 1024 之间的数字</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 0.1 to 3600</source>
        <translation>--timeout：“%1”不是 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--identity: %1 does not exist</source>
        <translation>--identity：%1 不存在</translation>
    </message>
    <message>
        <source>%1: new host key %2 accepted (--accept-new-host-keys)</source>
        <translation>%1：已接受新的主机密钥 %2（--accept-new-host-keys）</translation>
    </message>
    <message>
        <source>%1: host key %2 is not known; check it and run again with --accept-new-host-keys to trust it</source>
        <translation>%1：主机密钥 %2 未知；请核对后加上 --accept-new-host-keys 重新运行以信任该密钥</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>Passphrase for the key of %1@%2: </source>
        <translation>%1@%2 所用密钥的私钥口令：</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) checked: </source>
        <translation>
            <numerusform>共检查 %n 个节点：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready, %2 with warnings, %3 failed</source>
        <translation>%1 个就绪，%2 个有警告，%3 个失败</translation>
    </message>
    <message>
        <source>preflight, apply, uninstall: the known-hosts file (default ~/.ssh/known_hosts).</source>
        <translation>preflight、apply、uninstall：known-hosts 文件（默认 ~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <source>preflight: skip the network stage (net.* checks: every node against its peers and its switch).</source>
        <translation>preflight：跳过网络阶段（net.* 检查：每个节点与其对端及交换机之间的检查）。</translation>
    </message>
    <message>
        <source>preflight: seconds for each node to connect and log in (default 10); the checks themselves may take three times as long. apply, status, verify, uninstall: the whole run ends within these seconds, every request, poll and credential plugin included (without it: 600 s for each wait, 120 s for each call).</source>
        <translation>preflight：每个节点连接并登录的秒数（默认 10）；检查本身最多可用三倍时间。apply、status、verify、uninstall：整个运行在这些秒数内结束，包括每个请求、轮询和凭据插件（不指定时：每次等待 600 秒，每次调用 120 秒）。</translation>
    </message>
    <message>
        <source>note: net.apiserver is not checked: no kubeconfig to read the API server&apos;s address from (give --kubeconfig)</source>
        <translation>注意：未检查 net.apiserver：没有可读取 API 服务器地址的 kubeconfig（请使用 --kubeconfig 指定）</translation>
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
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>VXLAN</source>
        <translation>VXLAN</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康端口</translation>
    </message>
    <message>
        <source>BGP</source>
        <translation>BGP</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <source>not run</source>
        <comment>preflight check: the run was cancelled before it</comment>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightNodeActions</name>
    <message>
        <source>Copied to the clipboard; run it on %1 as root. This program runs nothing on the node:
%2</source>
        <translation>已复制到剪贴板；请以 root 在 %1 上运行。本程序不会在节点上运行任何命令：
%2</translation>
    </message>
    <message>
        <source>Re-chec&amp;k node</source>
        <translation>重新检查节点(&amp;K)</translation>
    </message>
    <message>
        <source>Re&amp;move node from plan</source>
        <translation>从计划中移除节点(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y fix command</source>
        <translation>复制修复命令(&amp;Y)</translation>
    </message>
    <message>
        <source>Check the selected node again; the other results are kept.</source>
        <translation>再次检查所选节点；其他结果保留。</translation>
    </message>
    <message>
        <source>Take the selected node out of the plan; every page then works without it. Add it again on the Nodes page.</source>
        <translation>将所选节点移出计划；之后所有页面都不再包含它。可在“节点”页重新添加。</translation>
    </message>
    <message>
        <source>Copy the command that fixes the selected check (or shows what is wrong) to the clipboard. Nothing is run.</source>
        <translation>将修复所选检查项（或显示问题所在）的命令复制到剪贴板。不会运行任何命令。</translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightPage</name>
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
        <source>A node&apos;s kernel is not suitable for Cilium; this cannot be overridden. Upgrade the kernel or remove the node.</source>
        <translation>有节点的内核不满足 Cilium 要求，且不能忽略。请升级内核或移除该节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; fix them and re-run the failed nodes.</source>
        <translation>
            <numerusform>%n 项检查失败；请修复后重新检查失败的节点。</numerusform>
        </translation>
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
    <message>
        <source>Kernel version and options, ports, OS, user, architecture, BPF file system, leftovers of another CNI and IP forwarding on each node; then the network between the nodes: device, MTU, VXLAN or BGP, the health port, the API VIP and the registry. Select a cell to see the details.</source>
        <translation>检查每个节点的内核版本和选项、端口、操作系统、用户、架构、BPF 文件系统、其他 CNI 的遗留和 IP 转发；然后检查节点之间的网络：设备、MTU、VXLAN 或 BGP、健康端口、API VIP 和镜像仓库。选择一个单元格查看详情。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Node × node</source>
        <translation>节点 × 节点</translation>
    </message>
    <message>
        <source>%1 stays in the plan: %2</source>
        <translation>%1 保留在计划中：%2</translation>
    </message>
    <message>
        <source>%1 was removed from the plan; add it again on the Nodes page.</source>
        <translation>%1 已移出计划；可在“节点”页重新添加。</translation>
    </message>
    <message>
        <source>Fix (run on the node as root; &quot;Copy fix command&quot; copies it):</source>
        <translation>修复方法（以 root 在节点上运行；“复制修复命令”可复制）：</translation>
    </message>
    <message>
        <source>✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go (%5 not run: cancelled)</source>
        <translation>✓ %1 通过   ! %2 警告   ✗ %3 失败   … %4 待检查（%5 未运行：已取消）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run preflight on %n node(s) to go</source>
        <translation>
            <numerusform>对待检查的 %n 个节点运行预检(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight was cancelled; %n check(s) did not run. Run preflight again to check the nodes still to go.</source>
        <translation>
            <numerusform>预检已取消；%n 项检查未运行。请再次运行预检以检查剩余节点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to run; run preflight for the nodes to go.</source>
        <translation>
            <numerusform>还有 %n 项检查待运行；请对剩余节点运行预检。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::Problem</name>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (not first)</source>
        <translation>字母、数字、“.”、“_”和“-”（“-”不能开头）</translation>
    </message>
    <message>
        <source>up to 15 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>最多 15 个字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the profile must be a YAML map of settings (version, target, cni, ...), not a list or a single value</source>
        <translation>配置文件必须是由设置项（version、target、cni 等）组成的 YAML 映射，不能是列表或单个值</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation>未知的键“%1”；此处允许：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is required when %1 is %2</source>
        <translation>当%1为“%2”时为必填项</translation>
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
        <source>&quot;%1&quot; is not allowed; use one of: %2</source>
        <translation>不允许“%1”；可选值：%2</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed: %2 to %3</source>
        <translation>%1 超出范围；允许 %2 到 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers 0-255 separated by dots, e.g. 10.0.0.16</source>
        <translation>“%1”不是 IPv4 地址；请写成以点分隔的四个 0-255 的数字，例如 10.0.0.16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Cilium on TKEStack supports IPv4 only</source>
        <translation>“%1”是 IPv6 地址；TKEStack 上的 Cilium 仅支持 IPv4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR; write an address and a prefix length 1-32, e.g. 10.244.0.0/16</source>
        <translation>“%1”不是 IPv4 CIDR；请写成地址加 1-32 的前缀长度，例如 10.244.0.0/16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has bits set after the prefix; did you mean %2?</source>
        <translation>“%1”在前缀之后还有非零位；是否应为 %2？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that are not allowed; use only %2</source>
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
        <source>&quot;%1&quot; is not supported; supported: %2</source>
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
        <source>&quot;%1&quot; is not a registry prefix; write a host and path such as registry.example.com:5000/tkestack</source>
        <translation>“%1”不是镜像仓库前缀；请写成主机加路径，例如 registry.example.com:5000/tkestack</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;agent&quot; cannot be used for a new cluster: TKEStack logs in to the node itself and needs a key file or a password; use auth: key or auth: password</source>
        <translation>新建集群不能使用“agent”：TKEStack 需要自行登录节点，必须提供私钥文件或密码；请使用 auth: key 或 auth: password</translation>
    </message>
    <message>
        <source>a version such as 1.21.4-tke.3</source>
        <translation>形如 1.21.4-tke.3 的版本</translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2; names and paths are plain text</source>
        <translation>在第 %2 个位置包含控制字符 %1；名称和路径只能是纯文本</translation>
    </message>
    <message>
        <source>%1 nodes do not fit: the cluster CIDR %3 with %4 pods per node has room for %2 nodes (TKEStack keeps its last 256 addresses for the services)</source>
        <translation>%1 个节点放不下：集群 CIDR %3 在每节点 %4 个 Pod 时只能容纳 %2 个节点（TKEStack 保留其最后 256 个地址给 Service）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1：%2</translation>
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
    <name>tkeci::RolloutBars</name>
    <message>
        <source>waiting for the first status</source>
        <translation>正在等待首次状态</translation>
    </message>
    <message>
        <source>%1/%2 ready - rolled out</source>
        <translation>%1/%2 就绪 - 滚动更新完成</translation>
    </message>
    <message>
        <source>%1/%2 ready, %3 updated</source>
        <translation>%1/%2 就绪，%3 已更新</translation>
    </message>
</context>
<context>
    <name>tkeci::SafeText</name>
    <message numerus="yes">
        <source>… (%n characters more)</source>
        <translation>
            <numerusform>…（另有 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::StatusCommand</name>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>nothing installed by this program was found on %1</source>
        <translation>在 %1 上未找到本程序安装的任何内容</translation>
    </message>
    <message>
        <source>the cluster has no inventory ConfigMap; using the local copy</source>
        <translation>集群中没有安装记录 ConfigMap；将使用本地副本</translation>
    </message>
    <message>
        <source>installed on %1, last applied %2: %3 object(s)</source>
        <translation>已安装到 %1，最近一次应用于 %2：共 %3 个对象</translation>
    </message>
    <message>
        <source>  missing: %1</source>
        <translation>  缺失：%1</translation>
    </message>
    <message>
        <source>  %1: %2/%3 ready, %4/%5 updated</source>
        <translation>  %1：%2/%3 就绪，%4/%5 已更新</translation>
    </message>
    <message>
        <source>  node %1 carries the underlay labels</source>
        <translation>  节点 %1 已带有 Underlay 标签</translation>
    </message>
    <message>
        <source>every object is there and every workload is ready</source>
        <translation>所有对象均存在，所有工作负载均已就绪</translation>
    </message>
    <message>
        <source>  node %1 is gone or lacks an underlay label (%2, %3)</source>
        <translation>  节点 %1 已不存在或缺少 Underlay 标签（%2，%3）</translation>
    </message>
    <message>
        <source>not healthy: %1 missing, %2 not ready, %3 node(s) unlabelled</source>
        <translation>不健康：缺少 %1 个，%2 个未就绪，%3 个节点没有标签</translation>
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
        <source>Creates a Cluster object on TKEStack&apos;s global cluster; TKEStack installs the nodes and Cilium instead of Galaxy.</source>
        <translation>在 TKEStack 全局集群上创建 Cluster 对象；由 TKEStack 安装节点，并用 Cilium 代替 Galaxy。</translation>
    </message>
    <message>
        <source>&amp;Existing TKEStack cluster</source>
        <translation>已有 TKEStack 集群(&amp;E)</translation>
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
    <message>
        <source>Applies the Cilium manifests to a baremetal cluster that TKEStack already runs. With its kubeconfig chosen here, the Nodes page is filled from the cluster&apos;s nodes and compared with them; it can also be chosen on the Apply page.</source>
        <translation>将 Cilium 清单应用到 TKEStack 已在运行的裸金属集群。在此选择其 kubeconfig 后，“节点”页会用集群的节点填写并与之比较；也可以在“应用”页选择。</translation>
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
    <name>tkeci::UninstallCommand</name>
    <message>
        <source>--clean-nodes needs --profile FILE (the nodes to clean)</source>
        <translation>--clean-nodes 需要 --profile 文件（要清理的节点）</translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to uninstall</source>
        <translation>输入不是交互式终端，无法询问确认：如需卸载，请加上 --yes</translation>
    </message>
    <message>
        <source>delete everything this program installed on %1 (context &quot;%2&quot;)?</source>
        <translation>确认删除本程序在 %1（上下文“%2”）上安装的所有内容？</translation>
    </message>
    <message>
        <source> Cilium&apos;s links and CNI files on every node go too.</source>
        <translation>每个节点上 Cilium 的网络接口和 CNI 文件也会被删除。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>已不存在</translation>
    </message>
</context>
<context>
    <name>tkeci::UninstallPanel</name>
    <message>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>Delete everything this program installed on %1 (context &quot;%2&quot;), and take the underlay labels off the nodes?</source>
        <translation>删除本程序在 %1（上下文“%2”）上安装的所有内容，并移除节点上的 Underlay 标签？</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation>在 %1 处停止：%2</translation>
    </message>
    <message>
        <source>&amp;Uninstall…</source>
        <translation>卸载(&amp;U)…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>The nodes are done.</source>
        <translation>节点已处理完毕。</translation>
    </message>
    <message>
        <source>A node step failed (see its row); the rest was done.</source>
        <translation>有节点的步骤失败（见对应行）；其余已完成。</translation>
    </message>
    <message>
        <source>Then remove Cilium&apos;s links and CNI files from every node over SSH.</source>
        <translation>然后通过 SSH 删除每个节点上 Cilium 的网络接口和 CNI 文件。</translation>
    </message>
    <message>
        <source>Now on the nodes, over SSH…</source>
        <translation>正在通过 SSH 处理节点…</translation>
    </message>
    <message>
        <source>Also remove Cilium&apos;s links and CNI files from every node (SSH)</source>
        <translation>同时删除每个节点上 Cilium 的网络接口和 CNI 文件（SSH）</translation>
    </message>
</context>
<context>
    <name>tkeci::UninstallRun</name>
    <message>
        <source>Uninstalled: %1 deleted, %2 already gone.</source>
        <translation>已卸载：%1 个已删除，%2 个已不存在。</translation>
    </message>
    <message>
        <source>node %1: underlay labels removed</source>
        <translation>节点 %1：已移除 Underlay 标签</translation>
    </message>
    <message>
        <source>kube-controller-manager was edited on %1 and is not put back: the profile does not list it. Move %2 back over %3 there yourself, or uninstall again with a profile that lists it.</source>
        <translation>%1 上的 kube-controller-manager 已被修改且未还原：配置文件中没有列出该节点。请自行在该节点上将 %2 移回覆盖 %3，或使用列出该节点的配置文件再次卸载。</translation>
    </message>
</context>
<context>
    <name>tkeci::Uninstaller</name>
    <message>
        <source>no inventory of an installation found: neither the ConfigMap %1/%2 nor the file %3; nothing was deleted</source>
        <translation>未找到安装记录：ConfigMap %1/%2 和文件 %3 均不存在；未删除任何内容</translation>
    </message>
</context>
<context>
    <name>tkeci::VerdictList</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>connectivity check</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What a pass proves</source>
        <translation>通过说明什么</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>connectivity check</comment>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>tkeci::VerifyCommand</name>
    <message>
        <source>the profile renders no connectivity check (is the CNI Cilium?)</source>
        <translation>该配置文件未生成连通性检查（CNI 是否为 Cilium？）</translation>
    </message>
    <message>
        <source>the edited connectivity check is used as it is: the --check-* and --offline options do not change it</source>
        <translation>按原样使用编辑过的连通性检查：--check-* 和 --offline 选项不会改变它</translation>
    </message>
    <message>
        <source>connectivity check applied (%1 objects); waiting for its deployments</source>
        <translation>已应用连通性检查（%1 个对象）；正在等待其 Deployment 就绪</translation>
    </message>
    <message>
        <source>SKIP %1 (%2)</source>
        <translation>跳过 %1（%2）</translation>
    </message>
    <message>
        <source>the connectivity check was removed</source>
        <translation>已删除连通性检查</translation>
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
        <translation>
            <numerusform>已打开 %1，有 %n 个问题；各页面会标出需要修改的地方。</numerusform>
        </translation>
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
    <message>
        <source>Your manifest edits saved with it are back: %1 (the Review page shows them).</source>
        <translation>随其保存的清单修改已恢复：%1（“审阅”页会显示）。</translation>
    </message>
    <message>
        <source>Kept edits: %1</source>
        <translation>保留的修改：%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>step list</comment>
        <translation>欢迎</translation>
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
<context>
    <name>tkeci::YamlParser</name>
    <message>
        <source>a %YAML directive takes exactly one argument</source>
        <translation>%YAML 指令只能有一个参数</translation>
    </message>
    <message>
        <source>the %YAML version cannot be read: </source>
        <translation>无法读取 %YAML 版本：</translation>
    </message>
    <message>
        <source>the %YAML version is newer than 1.x</source>
        <translation>%YAML 版本高于 1.x</translation>
    </message>
    <message>
        <source>the %YAML directive appears twice</source>
        <translation>%YAML 指令出现了两次</translation>
    </message>
    <message>
        <source>a %TAG directive takes exactly two arguments</source>
        <translation>%TAG 指令必须正好有两个参数</translation>
    </message>
    <message>
        <source>the same %TAG directive appears twice</source>
        <translation>同一个 %TAG 指令出现了两次</translation>
    </message>
    <message>
        <source>a character that a tag (!...) may not contain</source>
        <translation>标签（!...）中有不允许的字符</translation>
    </message>
    <message>
        <source>a tag (!...) without a name after it</source>
        <translation>标签（!...）后面没有名称</translation>
    </message>
    <message>
        <source>a tag !&lt;...&gt; is not closed with &gt;</source>
        <translation>标签 !&lt;...&gt; 没有用 &gt; 结束</translation>
    </message>
    <message>
        <source>a map ends where it should not: check the indentation of the keys</source>
        <translation>映射在不该结束的地方结束了：请检查键的缩进</translation>
    </message>
    <message>
        <source>a map opened with { is not closed with }</source>
        <translation>用 { 开始的映射没有用 } 结束</translation>
    </message>
    <message>
        <source>a list ends where it should not: check the indentation of the - entries</source>
        <translation>列表在不该结束的地方结束了：请检查 - 条目的缩进</translation>
    </message>
    <message>
        <source>a list opened with [ is not closed with ]</source>
        <translation>用 [ 开始的列表没有用 ] 结束</translation>
    </message>
    <message>
        <source>a value has more than one tag (!...)</source>
        <translation>一个值有多个标签（!...）</translation>
    </message>
    <message>
        <source>a value has more than one anchor (&amp;...)</source>
        <translation>一个值有多个锚点（&amp;...）</translation>
    </message>
    <message>
        <source>a value has more than one alias (*...)</source>
        <translation>一个值有多个别名（*...）</translation>
    </message>
    <message>
        <source>an alias (*...) cannot have a value or a tag</source>
        <translation>别名（*...）不能带有值或标签</translation>
    </message>
    <message>
        <source>a \x, \u or \U escape has a non-hex digit</source>
        <translation>\x、\u 或 \U 转义中有非十六进制数字</translation>
    </message>
    <message>
        <source>an escape names no Unicode character: </source>
        <translation>转义不对应任何 Unicode 字符：</translation>
    </message>
    <message>
        <source>an unknown escape in a double-quoted string: \</source>
        <translation>双引号字符串中有未知的转义：\</translation>
    </message>
    <message>
        <source>text that is not YAML here</source>
        <translation>此处的文本不是 YAML</translation>
    </message>
    <message>
        <source>a --- or ... line inside a quoted string</source>
        <translation>引号字符串中出现了 --- 或 ... 行</translation>
    </message>
    <message>
        <source>a quoted string is not closed before the end</source>
        <translation>引号字符串直到结尾都没有闭合</translation>
    </message>
    <message>
        <source>a character that is not allowed in this value</source>
        <translation>此值中有不允许的字符</translation>
    </message>
    <message>
        <source>a tab in the indentation: indent with spaces</source>
        <translation>缩进中有制表符：请用空格缩进</translation>
    </message>
    <message>
        <source>a ] or } that closes nothing</source>
        <translation>多余的 ] 或 }：没有对应的开始</translation>
    </message>
    <message>
        <source>a list entry (-) where a list cannot start: check its indentation</source>
        <translation>此处不能开始列表条目（-）：请检查其缩进</translation>
    </message>
    <message>
        <source>a key where a map cannot start: check its indentation</source>
        <translation>此处不能开始映射的键：请检查其缩进</translation>
    </message>
    <message>
        <source>a value (key: value) where none can be: check the indentation, or quote a value that contains &quot;: &quot;</source>
        <translation>此处不能有值（键: 值）：请检查缩进，或给包含 &quot;: &quot; 的值加引号</translation>
    </message>
    <message>
        <source>a * without an alias name after it</source>
        <translation>* 后面没有别名</translation>
    </message>
    <message>
        <source>an &amp; without an anchor name after it</source>
        <translation>&amp; 后面没有锚点名称</translation>
    </message>
    <message>
        <source>a character that an alias name may not contain</source>
        <translation>别名中有不允许的字符</translation>
    </message>
    <message>
        <source>a character that an anchor name may not contain</source>
        <translation>锚点名称中有不允许的字符</translation>
    </message>
    <message>
        <source>a block string (| or &gt;) with indentation 0</source>
        <translation>块字符串（| 或 &gt;）的缩进为 0</translation>
    </message>
    <message>
        <source>an unexpected character after | or &gt; (a block string)</source>
        <translation>块字符串的 | 或 &gt; 之后有意外的字符</translation>
    </message>
    <message>
        <source>the same anchor on more than one value</source>
        <translation>同一个锚点用在了多个值上</translation>
    </message>
    <message>
        <source>an alias (*...) to an anchor that is not defined</source>
        <translation>别名（*...）指向未定义的锚点</translation>
    </message>
</context>
</TS>
