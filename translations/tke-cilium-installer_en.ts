<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tkeci::AppliedObjectList</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyCommand</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (context &quot;%3&quot;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2/%3 ready, %4/%5 updated%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the rollout (up to %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rolled out in time: %1 (%2/%3 ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pod %1/%2, container %3: %4, %5 restart(s); its last lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;status&quot; to look again, or apply with a longer --timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every workload is rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (%2) runs on this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another CNI runs on this cluster: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was applied; remove it first, or pass --allow-other-cni to go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 labelled: %2=%3, %4=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>apply %n file(s) of manifests</source>
        <translation>
            <numerusform>apply %n file of manifests</numerusform>
            <numerusform>apply %n files of manifests</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: %1 created, %2 configured, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifests have no tkestack-cluster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create TKEStack cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 created on the global cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  phase %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s target is export-only: use render to write the manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer came for %1: it may have been applied, so the inventory lists it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase of the key %1 for %2@%3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you set these flags on the masters yourself, pass --skip-controller-manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1; %2 object(s) applied are kept and listed in the inventory; fix the cause and run apply again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--without-cilium: the cluster has no node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyConfirmation</name>
    <message>
        <source>Create the &lt;b&gt;new&lt;/b&gt; cluster %1 on TKEStack&apos;s global cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Cilium on an &lt;b&gt;existing&lt;/b&gt; cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig: %1, context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to apply</source>
        <translation>
            <numerusform>%n object to apply</numerusform>
            <numerusform>%n objects to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n file(s))</source>
        <translation>
            <numerusform>(in %n file)</numerusform>
            <numerusform>(in %n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) to be labelled for BGP</source>
        <translation>
            <numerusform>%n node to be labelled for BGP</numerusform>
            <numerusform>%n nodes to be labelled for BGP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kube-controller-manager on %n master(s) changed over SSH (each change is shown and asked about first)</source>
        <translation>
            <numerusform>kube-controller-manager on %n master changed over SSH (each change is shown and asked about first)</numerusform>
            <numerusform>kube-controller-manager on %n masters changed over SSH (each change is shown and asked about first)</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes the cluster; there is no way back from it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start applying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No Cilium&lt;/b&gt; on %n node(s), kept off: %1</source>
        <translation>
            <numerusform>&lt;b&gt;No Cilium&lt;/b&gt; on %n node, kept off: %1</numerusform>
            <numerusform>&lt;b&gt;No Cilium&lt;/b&gt; on %n nodes, kept off: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyPage</name>
    <message>
        <source>TKEStack global cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target cluster, for the connectivity check, then removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the cluster on TKEStack&apos;s global cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Cilium on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig of the cluster to install on. &quot;Apply&quot; checks for another CNI, in overlay mode shows the change to kube-controller-manager on the masters and asks before it edits them over SSH, applies these objects in this order, waits for the rollout and runs the connectivity check. This is the step that changes a cluster: there is no way back from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I set --allocate-node-cidrs=false and --configure-cloud-routes=false myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every master&apos;s kube-controller-manager. Unchecked, &quot;Apply&quot; reads each master&apos;s manifest over SSH, shows the change and asks before it edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new cluster, once it runs: your edited version, sent by this program (server-side apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new cluster: deployed by TKEStack itself (EnsureCilium), as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new cluster, for the connectivity check, then removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig of the TKEStack global cluster. &quot;Apply&quot; asks the passwords of nodes that log in with one (and the passphrases of encrypted keys), creates the Cluster object, follows it until it runs, adds the workers, then applies the manifests you edited to the new cluster and runs the connectivity check. This is the step that changes a cluster: there is no way back from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What will change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the cluster what the apply would do to each object, with a dry run: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ApplyRunPage</name>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cluster object on the global cluster, and TKEStack&apos;s progress with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step as it happens. Stop ends the run; what was applied stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ChangePreviewDialog</name>
    <message>
        <source>Node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the object on the cluster is what the apply would make of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply puts this label on the node (server-side apply, field manager tke-cilium-installer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the apply will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 what the apply would change (a dry run: nothing is written)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster could not answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the cluster answers now: %1 to create, %2 to configure, %3 unchanged; node labels to set: %4. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of the cluster has these addresses, so the apply would refuse to label them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::CheckResult</name>
    <message>
        <source>kernel %1 meets the minimum %2 for Cilium %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1 is older than %2, the minimum for Cilium %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel release &quot;%1&quot; cannot be read as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 kernel options Cilium needs are set (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel options missing (need =y or =m): %1 (read from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel config not readable (neither /boot/config-$(uname -r) nor /proc/config.gz); options not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports free: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports Cilium needs are in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open ports could not be listed (no `ss` on the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (validated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the validated OS (TencentOS Server 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/os-release is missing; the OS is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has passwordless sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not root and has no passwordless sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture %1 (64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture %1 is not 64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as bpf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/sys/fs/bpf is not mounted; Cilium mounts it, but its maps will not survive a restart of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as %1, not bpf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leftovers of another CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftovers of another CNI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP forwarding is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP forwarding is off (net.ipv4.ip_forward = %1, needed: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH answer within %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checks did not finish within %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key unknown (%1); not accepted, so the node was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key %1 was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: the node now shows %1; refused (possible attack). Remove the old key from known_hosts only if you know why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST KEY CHANGED: known %2, the node now shows %1; refused (possible attack). Remove the old key from known_hosts only if you know why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checks could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: python3 is not on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: the probe program ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: %1 could not be listened on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: `ip` did not list the interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up and carries %2 (MTU %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no interface %1, and no interface carries %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no interface %1; %2 is on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry %2, and no interface does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry %2; %3 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1 like every node; %2-byte packets with don&apos;t-fragment reach all %3 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1; %2-byte packets with don&apos;t-fragment reach %3 peers; %4 does not take them (see its row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1 differs from the other nodes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-byte packets with don&apos;t-fragment from %2 do not arrive here (MTU %3 here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-byte packets with don&apos;t-fragment from this node do not reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works both ways with all %2 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works with %2 peers; %3 drops it (see its row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other node to check against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 does not reach this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from this node does not reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 timed out after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node could not resolve %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the default registry, on the internet: every node must reach it (not probed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to %1 port %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel release is at least the minimum of the Cilium version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel options Cilium needs are built in or modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports Cilium listens on are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system is the validated one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login user is root or has passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine is 64-bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/sys/fs/bpf is mounted as the BPF file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration or interfaces of another CNI are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP forwarding is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s network device exists, is up and carries the node&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node has the same MTU, and packets of the tunnel&apos;s size with don&apos;t-fragment reach every peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP 8472 from every other node reaches this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP 4240 from every other node reaches this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP connection to the node&apos;s switch on port 179 succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node reaches the image registry of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node reaches the cluster&apos;s API server: the HA VIP on its port, or on an existing cluster without HA the kubeconfig&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterCommands</name>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs --profile FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--manifests: the folder &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context (default: current-context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the edited files of this folder instead of the rendered ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the rollout (or the new cluster) until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cluster without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over fields another field manager holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply even though another CNI runs on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: do not edit kube-controller-manager on the masters over SSH (you set --allocate-node-cidrs=false and --configure-cloud-routes=false yourself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall: also remove Cilium&apos;s network links and CNI configuration from every node of the profile over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: the echo server image (default: &lt;registry&gt;/json-mock:1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: the client image with curl (default: &lt;registry&gt;/alpine-curl:0.1.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: an IPv4 address outside the cluster to reach (default: 1.1.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: a DNS name outside the cluster to resolve and reach (default: www.baidu.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: leave out the checks that reach outside the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster, with --wait: run the connectivity check on it at the end (the --check-* and --offline options apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing cluster: keep Cilium off these cluster nodes (names, comma-separated), which are not in the profile; apply refuses while a node is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--without-cilium: &quot;%1&quot; is not a node name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterCreator</name>
    <message>
        <source>the Cluster object carries the machines&apos; credentials, so it is sent only over verified TLS; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to skip TLS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack could not create cluster %1: step %2 failed (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 is still %2 after %3 s; TKEStack goes on working, check again with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterDiff</name>
    <message>
        <source>the manifests are not a list of Kubernetes objects: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, document %3): the server does not serve kind %4 in %5; is its CustomResourceDefinition installed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterNetworkPage</name>
    <message>
        <source>Pods get addresses from %1, at most %2 per node, on device %3; Kubernetes %4; images from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings; the defaults suit most sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max pods per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubernetes version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;registry prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ilium version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the registry part of every image, for private registries, e.g. registry.example.com/tkestack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ClusterNodesPanel</name>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cluster a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the nodes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes of %1 could not be read: %2
The Apply page reads them again and holds the apply until every node is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filled from the cluster: %n node(s), with their addresses and roles. Check how the installer logs in to them (port, user, authentication).</source>
        <translation>
            <numerusform>Filled from the cluster: %n node, with their addresses and roles. Check how the installer logs in to them (port, user, authentication).</numerusform>
            <numerusform>Filled from the cluster: %n nodes, with their addresses and roles. Check how the installer logs in to them (port, user, authentication).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has every node of the cluster (%n node(s)), with the roles the cluster gives them.</source>
        <translation>
            <numerusform>The plan has every node of the cluster (%n node), with the roles the cluster gives them.</numerusform>
            <numerusform>The plan has every node of the cluster (%n nodes), with the roles the cluster gives them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the plan: %1. Cilium runs on every node of the cluster, so each must be added and preflighted, or kept off on the Apply page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n node(s) from the cluster</source>
        <translation>
            <numerusform>&amp;Add %n node from the cluster</numerusform>
            <numerusform>&amp;Add %n nodes from the cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of the cluster has the address of %1: check the address, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2) is a %3 in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles differ: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;roles from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::CniPage</name>
    <message>
        <source>CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network plugin of the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cilium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBPF networking, Overlay (VXLAN) or Underlay (BGP). This is what this installer sets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Galaxy (TKEStack default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack&apos;s own CNI. The Cilium pages (network mode, preflight) are skipped; only the Cluster object is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>%1: %n problem; nothing was written</numerusform>
            <numerusform>%1: %n problems; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1, %2, HA %3, %4 master(s), %5 worker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile (YAML) to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the manifests to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language this program speaks; use zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --profile FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 images to mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is needed: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate, render, preflight, apply, diff, status, verify or uninstall; none starts the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ConnectivityCheck</name>
    <message>
        <source>%1: &quot;%2&quot; is not an image reference (registry/name:tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a DNS name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two nodes that accept pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check leaves the cluster (--offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ConnectivityVerifier</name>
    <message>
        <source>a CiliumNetworkPolicy allows pod to pod, as it should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CiliumNetworkPolicy blocks pod to pod, as it should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod to pod on the same node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod to a ClusterIP service on another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod to a headless service on another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network to a ClusterIP service on another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network to a headless service on another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod to pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the echo server the other checks talk to runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment becomes ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod resolves an external name through the cluster DNS and reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod reaches an address outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Console</name>
    <message>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectivity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectivity check FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerChange</name>
    <message>
        <source>The masters&apos; SSH logins need a password or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 on %n master(s) over SSH…</source>
        <translation>
            <numerusform>Reading %1 on %n master over SSH…</numerusform>
            <numerusform>Reading %1 on %n masters over SSH…</numerusform>
        </translation>
    </message>
    <message>
        <source>kube-controller-manager needs %1 on every master: read the change, then edit the masters or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Editing kube-controller-manager on %n master(s)…</source>
        <translation>
            <numerusform>Editing kube-controller-manager on %n master…</numerusform>
            <numerusform>Editing kube-controller-manager on %n masters…</numerusform>
        </translation>
    </message>
    <message>
        <source>A master failed: putting kube-controller-manager back on the masters already edited…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager could not be read on %1: no master was touched and nothing was applied. Fix the masters&apos; SSH access, or set the flags yourself and skip this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager could not be edited on %1; the masters already edited are put back and nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerDialog</name>
    <message>
        <source>kube-controller-manager on the masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overlay mode: tke-eni-ipamd hands out the pod CIDRs, so kube-controller-manager must run with %1. %n master(s) get the change below in %2; the original is kept as %3 (kubelet ignores dot files) and uninstall puts it back. Nothing is applied to the cluster before the masters are edited.</source>
        <translation>
            <numerusform>Overlay mode: tke-eni-ipamd hands out the pod CIDRs, so kube-controller-manager must run with %1. %n master get the change below in %2; the original is kept as %3 (kubelet ignores dot files) and uninstall puts it back. Nothing is applied to the cluster before the masters are edited.</numerusform>
            <numerusform>Overlay mode: tke-eni-ipamd hands out the pod CIDRs, so kube-controller-manager must run with %1. %n masters get the change below in %2; the original is kept as %3 (kubelet ignores dot files) and uninstall puts it back. Nothing is applied to the cluster before the masters are edited.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read or changed safely (see the tab). No master is touched: fix the access, or set the flags yourself and choose so on the Apply page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags are already right; this master is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerEdit</name>
    <message>
        <source>the manifest names kube-controller-manager twice; edit it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;- kube-controller-manager&quot; command line found; this does not look like kube-controller-manager&apos;s static pod manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ControllerManagerUpdate</name>
    <message>
        <source>%1 does not exist: is this node a master set up by kubeadm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2) nor put back (%3); the original is in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); the original was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after the installer edited it (an upgrade?); it was left as it is. Set --allocate-node-cidrs and --configure-cloud-routes back by hand; the file before the installer&apos;s edit is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::DiffCommand</name>
    <message>
        <source>diff compares the manifests with an existing cluster; the profile&apos;s target is not one (target: existing-cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1: to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: to be configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ node %1 (%2): label %3: %4 -&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no node of the cluster has this InternalIP; apply would refuse to label it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to configure, %3 unchanged; node labels to set: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::EditorFindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line (Ctrl+L or Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ExecCredential</name>
    <message>
        <source>the credential plugin &quot;%1&quot; named in the kubeconfig could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; did not print an ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; returned neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential plugin &quot;%1&quot; printed more than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ExistingClusterInstall</name>
    <message>
        <source>this cluster&apos;s control plane does not run on its nodes (kube-system has no static pods labelled tier=control-plane): it is an imported or managed cluster, and TKEStack installs Cilium only on its baremetal clusters. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workloads did not roll out in time; the installation stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager also runs on %1, which the profile does not list as a master; add it with role master (its flags must be set too). Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager was not changed on the masters: no master was touched and nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said no: the run ended here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What the cluster already accepted stays; run again to continue, or uninstall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ExistingRunPanel</name>
    <message numerus="yes">
        <source>Waiting %n more minute(s).</source>
        <translation>
            <numerusform>Waiting %n more minute.</numerusform>
            <numerusform>Waiting %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (DaemonSet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another CNI runs on this cluster: %1. Two CNIs on one node fight over pod networking. Remove it first, or go on if you know it is being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 labelled: %2=%3, %4=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2, container %3: %4, %5 restart(s); its last lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rolled out in time: %1. The Log tab shows the last lines of crashing pods. Wait longer, or give up and look at the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check applied (%1 objects); waiting for its deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium is installed and the connectivity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium is installed, but the connectivity check FAILED: see the verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ive up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1: %2
What was applied stays and is in the inventory. Fix the cause, then retry: applied objects come back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the objects already sent are answered and written to the inventory; nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Export</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ExportPage</name>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the manifests for an offline site or for your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only: write the files, then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: Next goes on to apply without exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;folder: one file per component, images.txt, apply.sh and README.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One .tar.gz b&amp;undle with the same files, for hosts without the installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1. No password or private key is in the files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::FieldLabel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASN (autonomous system number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pods per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image registry prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP port (→ 6443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASN</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch IP</source>
        <comment>node field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <comment>network mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay (BGP)</source>
        <comment>network mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKE built-in (keepalived + VIP)</source>
        <comment>HA type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party load balancer (CLB)</source>
        <comment>HA type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium</source>
        <comment>CNI</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <comment>a row of the Nodes table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <comment>a cell of the Nodes table: row number, column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium %1, network mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay (BGP, ASN %1, switch IP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay (VXLAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKE built-in VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancer %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 master(s), %2 worker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited manifests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files were exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were saved for next time (no passwords or keys): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check: FAILED (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check (Cilium&apos;s, as TKEStack proves an install):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take the installation off the cluster again (objects in reverse order, underlay labels, and over SSH the masters&apos; kube-controller-manager backups):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 created, %2 configured, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster %1 is Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped following the new cluster %1; TKEStack goes on installing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster is not running (phase %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT OF DATE: the files written to %1 were exported before your latest changes to the manifests and do not hold them: export them again with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport again to the same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits of %1 were saved beside it, in %2; opening the profile brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits of %1 were not saved: they hold a password, key or token, and nothing saved for next time ever does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::FixCommand</name>
    <message>
        <source>This kernel lacks %1; install a kernel built with them (=y or =m).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::HaPage</name>
    <message>
        <source>High availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How nodes and Cilium reach the Kubernetes API when a master is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first master&apos;s address is the API endpoint. Losing it stops the cluster&apos;s control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TKE built-in (keepalived + VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalived moves a virtual IP between the masters. The router must allow ARP for the VIP (no ARP filtering on the masters&apos; segment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party &amp;load balancer (CLB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external load balancer&apos;s VIP and port forward to 6443 on every master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP &amp;port (→ 6443):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::HostKeyApprovals</name>
    <message numerus="yes">
        <source>&amp;Trust the %n listed key(s)</source>
        <translation>
            <numerusform>&amp;Trust the %n listed key</numerusform>
            <numerusform>&amp;Trust the %n listed keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) show a host key not known yet. Compare each fingerprint with the one on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then trust them together; trusted keys are added to the known hosts file. A changed key is never offered here: it is refused.</source>
        <translation>
            <numerusform>%n node shows a host key not known yet. Compare each fingerprint with the one on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then trust them together; trusted keys are added to the known hosts file. A changed key is never offered here: it is refused.</numerusform>
            <numerusform>%n nodes show a host key not known yet. Compare each fingerprint with the one on the machine (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then trust them together; trusted keys are added to the known hosts file. A changed key is never offered here: it is refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <comment>SSH host key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do n&amp;ot trust the selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::InstallStepList</name>
    <message>
        <source>A TKEStack baremetal cluster (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for another CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the nodes for BGP (underlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager flags on the masters (overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the objects (server-side apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node in the plan, or kept off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::InstallerWizard</name>
    <message>
        <source>TKEStack Cilium Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Inventory</name>
    <message>
        <source>an inventory in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a readable inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expected, but the inventory file %3 has %4 there; it is not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::JsonRead</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an array of %n element(s)</source>
        <translation>
            <numerusform>an array of %n element</numerusform>
            <numerusform>an array of %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 expected, but the answer of %3 to %4 has %5 there; the answer is not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::KnownHostsChooser</name>
    <message>
        <source>Known hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host keys are checked against this file, and keys you trust are added to it. Empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::KubeAccessPicker</name>
    <message>
        <source>Choose a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1, context &quot;%2&quot;, user &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kubeconfig file (several joined by &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::KubeClient</name>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; cannot be read (PEM, RSA or EC expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file &quot;%1&quot; named in the kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bearer token of user &quot;%1&quot; is longer than %2 bytes; it is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 is larger than %3 MiB; it was not read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish answering %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with a redirect (HTTP %3) to %4, which is not followed: check the server address of cluster &quot;%5&quot; in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 was cut off after %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 is not a JSON object (%3 at byte %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s time (--timeout) ran out before %1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::KubeConfig</name>
    <message>
        <source>%1-data in the kubeconfig is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 &quot;%2&quot; named in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the kubeconfig &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig &quot;%1&quot; is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig found (looked at %1); pass --kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig has no current-context; choose one with --context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig has no context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which the kubeconfig does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no valid server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is OFF for cluster &quot;%1&quot; because its kubeconfig sets insecure-skip-tls-verify: anyone on the path can read and change what is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which the kubeconfig does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 is not HTTPS: nothing sent to it is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or folder is never read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; cannot be read (PEM, RSA or EC expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::KubeErrorText</name>
    <message>
        <source>the bearer token of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential from plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential (user &quot;%1&quot; has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure: the certificate of %1 (%2, issued by %3) was refused: %4. Check certificate-authority of cluster &quot;%5&quot; in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure: the handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (held by field manager &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another field manager owns fields this apply would change: %2. Agree with whoever manages them, or apply again with force to take them over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: conflict: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the API server %1 (context &quot;%2&quot;): %3. Check the address, the network and that the server runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server refused %1 (401 Unauthorized): the token or certificate is wrong or expired. Get fresh credentials for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not %2 %3 (403 Forbidden); the server says: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused %1 as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server failed on %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server %1 closed the connection before answering %2; it may or may not have carried the request out (a load balancer or the server dropped it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the client certificate of user &quot;%1&quot; (%2): it expired on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the client certificate of user &quot;%1&quot; (%2): it is valid only from %3 (is this computer&apos;s clock right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (401 Unauthorized). Get a fresh certificate for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::LabelWarningText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no node of the cluster has the address of %n profile node(s): %1</source>
        <translation>
            <numerusform>warning: no node of the cluster has the address of %n profile node: %1</numerusform>
            <numerusform>warning: no node of the cluster has the address of %n profile nodes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n cluster node(s) not in the profile get no underlay labels, so cilium-router on them has no BGP peer: %1</source>
        <translation>
            <numerusform>warning: %n cluster node not in the profile gets no underlay labels, so cilium-router on it has no BGP peer: %1</numerusform>
            <numerusform>warning: %n cluster nodes not in the profile get no underlay labels, so cilium-router on them has no BGP peer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::LeaveQuestion</name>
    <message>
        <source>your edits of %1: they were neither exported nor saved with a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers that are not saved in a profile (they are saved when you reach the last page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight check that is running: it is stopped and its results so far are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apply that is running: leaving stops it at once. What the cluster has accepted stays there. It is recorded in the inventory (which &quot;status&quot; and &quot;uninstall&quot; read) only if the apply step had ended; objects of an apply step stopped halfway are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following the new cluster: TKEStack goes on installing it; its state shows in the TKEStack console or with &quot;status --profile&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving now loses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the installer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::LoginSecrets</name>
    <message>
        <source>Passphrase of %1 for %2@%3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::MachineCredentials</name>
    <message>
        <source>no password was given for %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine %1 is not a node of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 of %2 is encrypted and no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestApplier</name>
    <message>
        <source>the manifests are not a list of Kubernetes objects: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, document %3): the server does not serve kind %4 in %5; is its CustomResourceDefinition installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local inventory was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory ConfigMap was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory ConfigMap was not written: it holds no readable inventory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestEdits</name>
    <message>
        <source>%1: the object %2 became %3; kind and name of a generated object must not change (reset the file to get it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 objects were generated but the edit has %3; add or remove objects with kubectl after the install, not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestEditsFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an index of kept edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists an entry without a plain file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ManifestFileTab</name>
    <message>
        <source>Edited; the edit is valid and will be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As generated from your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers changed after this edit, so it may hold old values: check the diff, or reset to generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set to generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited and valid. TKEStack first deploys its own version when it creates the cluster; this program then applies yours to the new cluster once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As generated from your answers: TKEStack deploys this itself when it creates the cluster (EnsureCilium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program applies this file to the new cluster once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ModePicture</name>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch</source>
        <comment>top-of-rack switch</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NetworkModePage</name>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pod traffic crosses between nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay (VXLAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods talk through a VXLAN tunnel between nodes; nothing to set up on the switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underlay (BGP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod addresses are routed by the data-centre network: every node announces its pod range to the top-of-rack switch by BGP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGP peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ASN (autonomous system number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some nodes are in other &amp;racks (per-node ASN and switch IP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterAccess</name>
    <message>
        <source>cluster %1 status.addresses: no Internal, Advertise or Real address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 status.addresses: &quot;%2:%3&quot; is not a host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterCredential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterCredential of cluster %1 caCert: empty; the new cluster&apos;s API server cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterCredential of cluster %1: neither token nor clientCert and clientKey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterApply</name>
    <message>
        <source>TKEStack %1 offers Kubernetes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 exists already (an earlier run): following it, not creating it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the cluster to run (up to %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 (Machine %2) created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 (Machine %2) exists already: following it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  worker %1: phase %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached the new cluster at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack deployed Cilium from its own manifests; no edited file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking them over (--yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take over these fields on the new cluster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to take them over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from what TKEStack deploys: it is applied to the new cluster once the cluster runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 is Running with Cilium rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run apply --wait to follow it; its workers are added once it runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterInstall</name>
    <message>
        <source>%1: no Cluster object (platform.tkestack.io/v1) in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cluster object carries the machines&apos; credentials, so it is sent only over verified TLS; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to skip TLS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack could not create cluster %1: step %2 failed (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 is still %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 s; TKEStack goes on working: run apply again to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack could not add worker %1 (%2): step %3 failed (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every worker of cluster %1 is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 spec.clusterCredentialRef: not set; the new cluster cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the new cluster has fields that TKEStack&apos;s platform set when it deployed Cilium, and your edited file changes them. Take them over (your values win), or stop and keep TKEStack&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workloads did not roll out in time; the new cluster stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NewClusterPanel</name>
    <message>
        <source>Creating the Cluster object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the cluster. TKEStack goes on installing it; its state shows in the TKEStack console or with &quot;status --profile&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes versions the platform offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Cluster on the global cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Cluster an earlier run created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack installs the masters and Cilium (phase Running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the worker nodes (Machines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack installs the workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the new cluster (its ClusterCredential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your edited manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the fields over; your values win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n more minute(s).</source>
        <translation>
            <numerusform>Waiting %n more minute.</numerusform>
            <numerusform>Waiting %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>TKEStack %1 offers Kubernetes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 created on the global cluster; TKEStack is now installing its masters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 exists already (an earlier run created it): following it, not creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rolled out in time: %1. Wait longer, or give up and look at the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity check applied (%1 objects); waiting for its deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster is Running and the connectivity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster is Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster is Running, but the connectivity check FAILED: see the verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the fields over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep TKEStack&apos;s values and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ive up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeCoverage</name>
    <message numerus="yes">
        <source>%n node(s) of the cluster are not in the plan and were not preflighted: %1. Cilium runs on every node (its DaemonSet tolerates every taint), so add each to the plan and preflight it, or remove it from the cluster, or keep Cilium off it (--without-cilium NAME): such a node gets no Cilium, so pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Nothing was applied.</source>
        <translation>
            <numerusform>%n node of the cluster is not in the plan and was not preflighted: %1. Cilium runs on every node (its DaemonSet tolerates every taint), so add each to the plan and preflight it, or remove it from the cluster, or keep Cilium off it (--without-cilium NAME): such a node gets no Cilium, so pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Nothing was applied.</numerusform>
            <numerusform>%n nodes of the cluster are not in the plan and were not preflighted: %1. Cilium runs on every node (its DaemonSet tolerates every taint), so add each to the plan and preflight it, or remove it from the cluster, or keep Cilium off it (--without-cilium NAME): such a node gets no Cilium, so pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Nothing was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::NodeCoveragePanel</name>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node (tick: keep Cilium off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node kept off gets no Cilium: pods scheduled there get no network until it has one, and it cannot reach pods on the other nodes. Cordon it, or keep workloads off it, until it is preflighted and added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the nodes of the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes of the cluster could not be read, so it is not known where Cilium would run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n node(s) of the cluster are in the plan and were preflighted.</source>
        <translation>
            <numerusform>The %n node of the cluster is in the plan and was preflighted.</numerusform>
            <numerusform>All %n nodes of the cluster are in the plan and were preflighted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of the cluster are not in the plan, so they were not preflighted. Cilium runs on every node (its DaemonSet tolerates every taint): add each to the plan on the Nodes page and preflight it, or remove it from the cluster, or keep Cilium off it here.</source>
        <translation>
            <numerusform>%n node of the cluster is not in the plan, so it was not preflighted. Cilium runs on every node (its DaemonSet tolerates every taint): add it to the plan on the Nodes page and preflight it, or remove it from the cluster, or keep Cilium off it here.</numerusform>
            <numerusform>%n nodes of the cluster are not in the plan, so they were not preflighted. Cilium runs on every node (its DaemonSet tolerates every taint): add each to the plan on the Nodes page and preflight it, or remove it from the cluster, or keep Cilium off it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::NodeLogin</name>
    <message>
        <source>password (none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown login method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeSecretsDialog</name>
    <message>
        <source>Node passwords and key passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring (for the next run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack logs in to these nodes to install them. The passwords and passphrases go into the Cluster object sent to the global cluster over verified TLS; this program does not keep them unless you tick Remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program logs in to these nodes over SSH, with the host keys preflight accepted. The passwords and passphrases are kept in memory for this step only and never written to a file; with Remember, the desktop keyring keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeShell</name>
    <message>
        <source>%1: %2 changed since it was shown; nothing was written, look at it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its host key %2 is not in known_hosts; run preflight and accept it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its host key changed (now %2, known %3); nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host key check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing the path &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command ended without a status (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removing %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cilium_* links are still there after the clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the clean-up failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Cilium CNI file in /etc/cni/net.d could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeStepText</name>
    <message>
        <source>the flags are already right (kube-controller-manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager edited, the original kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kube-controller-manager backup, nothing to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in to: no password or passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium&apos;s links and CNI files removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Cilium links or CNI files found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeSteps</name>
    <message numerus="yes">
        <source>edit kube-controller-manager on %n master(s) as shown (the original is kept as %1)?</source>
        <translation>
            <numerusform>edit kube-controller-manager on %n master as shown (the original is kept as %1)?</numerusform>
            <numerusform>edit kube-controller-manager on %n masters as shown (the original is kept as %1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodeTableModel</name>
    <message>
        <source>master</source>
        <comment>node role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <comment>SSH authentication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (asked)</source>
        <comment>SSH authentication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s own ASN; empty: the cluster&apos;s ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s own switch IP; empty: the cluster&apos;s switch IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::NodesPage</name>
    <message>
        <source>Choose the SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines of the cluster and how the installer logs in to them over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one master. Passwords are asked for when the installer connects and are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in before Next:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ObjectRef</name>
    <message>
        <source>an apiVersion (&quot;v1&quot; or &quot;group/version&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubernetes name (not empty; no &quot;/&quot;, &quot;?&quot;, &quot;#&quot;, &quot;%&quot;, space or control character)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::OtherCniCheck</name>
    <message>
        <source>%1; no other CNI can be ruled out, so nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PasteNodesDialog</name>
    <message>
        <source>Paste nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node per line: address[:port] [user] [master|worker]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PeerMatrixView</name>
    <message>
        <source>%1 from %2 reaches %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 does NOT reach %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3: not known (see the nodes&apos; rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network stage has not judged %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every pair of checked nodes reaches each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 does not pass between %n pair(s): %2</source>
        <translation>
            <numerusform>%1 does not pass between %n pair: %2</numerusform>
            <numerusform>%1 does not pass between %n pairs: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows send, columns receive (numbered as the rows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PlatformVersionPicker</name>
    <message>
        <source>Asking the global cluster which Kubernetes versions it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes versions offered could not be read (%1); the platform checks %2 when the Cluster is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKEStack %1 offers Kubernetes %2; the cluster gets %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PlatformVersions</name>
    <message>
        <source>kube-public/cluster-info data.k8sValidVersions: missing; the global cluster does not say which Kubernetes versions it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-public/cluster-info data.k8sValidVersions: not a JSON list of versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster.kubernetesVersion: TKEStack %1 does not offer Kubernetes %2; valid versions: %3. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightCommand</name>
    <message>
        <source>PASS</source>
        <comment>check verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>check verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>check verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: trust host keys not yet known and add them to the known-hosts file. A changed key is always refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: private key to log in with, for every node with auth: key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: print the results as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: nodes checked at the same time (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel: &quot;%1&quot; is not a number from 1 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 0.1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identity: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new host key %2 accepted (--accept-new-host-keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host key %2 is not known; check it and run again with --accept-new-host-keys to trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key of %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) checked: </source>
        <translation>
            <numerusform>%n node checked: </numerusform>
            <numerusform>%n nodes checked: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ready, %2 with warnings, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight, apply, uninstall: the known-hosts file (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: skip the network stage (net.* checks: every node against its peers and its switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: seconds for each node to connect and log in (default 10); the checks themselves may take three times as long. apply, status, verify, uninstall: the whole run ends within these seconds, every request, poll and credential plugin included (without it: 600 s for each wait, 120 s for each call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: net.apiserver is not checked: no kubeconfig to read the API server&apos;s address from (give --kubeconfig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightGridModel</name>
    <message>
        <source>…</source>
        <comment>preflight check still running</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPF fs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old CNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <comment>preflight check: the run was cancelled before it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightNodeActions</name>
    <message>
        <source>Copied to the clipboard; run it on %1 as root. This program runs nothing on the node:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-chec&amp;k node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move node from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y fix command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected node again; the other results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected node out of the plan; every page then works without it. Add it again on the Nodes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command that fixes the selected check (or shows what is wrong) to the clipboard. Nothing is run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::PreflightPage</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1@%2 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1@%2 (kept in memory only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preflight check to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node&apos;s kernel is not suitable for Cilium; this cannot be overridden. Upgrade the kernel or remove the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; fix them and re-run the failed nodes.</source>
        <translation>
            <numerusform>%n check failed; fix them and re-run the failed nodes.</numerusform>
            <numerusform>%n checks failed; fix them and re-run the failed nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are warnings; read them and accept them explicitly to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node is checked over SSH for what Cilium needs. Nothing is changed on the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run &amp;failed nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and want to go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel version and options, ports, OS, user, architecture, BPF file system, leftovers of another CNI and IP forwarding on each node; then the network between the nodes: device, MTU, VXLAN or BGP, the health port, the API VIP and the registry. Select a cell to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node × node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the plan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the plan; add it again on the Nodes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (run on the node as root; &quot;Copy fix command&quot; copies it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 passed   ! %2 warnings   ✗ %3 failed   … %4 to go (%5 not run: cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run preflight on %n node(s) to go</source>
        <translation>
            <numerusform>&amp;Run preflight on %n node to go</numerusform>
            <numerusform>&amp;Run preflight on %n nodes to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight was cancelled; %n check(s) did not run. Run preflight again to check the nodes still to go.</source>
        <translation>
            <numerusform>Preflight was cancelled; %n check did not run. Run preflight again to check the nodes still to go.</numerusform>
            <numerusform>Preflight was cancelled; %n checks did not run. Run preflight again to check the nodes still to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to run; run preflight for the nodes to go.</source>
        <translation>
            <numerusform>%n check still to run; run preflight for the nodes to go.</numerusform>
            <numerusform>%n checks still to run; run preflight for the nodes to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::Problem</name>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (not first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 15 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile must be a YAML map of settings (version, target, cni, ...), not a list or a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map of keys and values</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single text value</source>
        <comment>expected YAML type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; allowed: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers 0-255 separated by dots, e.g. 10.0.0.16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Cilium on TKEStack supports IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR; write an address and a prefix length 1-32, e.g. 10.244.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has bits set after the prefix; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that are not allowed; use only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one node with role master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords are never stored in a profile; remove this key, the installer asks for the password when it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; supported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies inside the cluster CIDR %2; pod addresses and node addresses must not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VIP %1 is also the address of %2; the VIP must be a free address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry prefix; write a host and path such as registry.example.com:5000/tkestack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;agent&quot; cannot be used for a new cluster: TKEStack logs in to the node itself and needs a key file or a password; use auth: key or auth: password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version such as 1.21.4-tke.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the control character %1 at position %2; names and paths are plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes do not fit: the cluster CIDR %3 with %4 pods per node has room for %2 nodes (TKEStack keeps its last 256 addresses for the services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Profile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Render</name>
    <message>
        <source>the rendered YAML does not read back unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::ReviewPage</name>
    <message>
        <source>Save the topology picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go on to export or apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifests made from your answers, in apply order. Edits are checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::RolloutBars</name>
    <message>
        <source>waiting for the first status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 ready - rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 ready, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::SafeText</name>
    <message numerus="yes">
        <source>… (%n characters more)</source>
        <translation>
            <numerusform>… (%n character more)</numerusform>
            <numerusform>… (%n characters more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkeci::StatusCommand</name>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing installed by this program was found on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster has no inventory ConfigMap; using the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed on %1, last applied %2: %3 object(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2/%3 ready, %4/%5 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node %1 carries the underlay labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every object is there and every workload is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node %1 is gone or lacks an underlay label (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not healthy: %1 missing, %2 not ready, %3 node(s) unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::TargetPage</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should Cilium go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w TKEStack cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a Cluster object on TKEStack&apos;s global cluster; TKEStack installs the nodes and Cilium instead of Galaxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing TKEStack cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the manifests, the image list and an apply script for an offline site; no node is contacted, so preflight is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported clusters are not supported: TKEStack does not manage their network, so it cannot install Cilium on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the Cilium manifests to a baremetal cluster that TKEStack already runs. With its kubeconfig chosen here, the Nodes page is filled from the cluster&apos;s nodes and compared with them; it can also be chosen on the Apply page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::TopologyView</name>
    <message>
        <source>master</source>
        <comment>node role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 more nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server %1:6443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalived VIP
%1:6443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLB VIP
%1:%2 → 6443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium %1 · overlay · VXLAN (UDP 8472) · pods %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cilium %1 · underlay · BGP · pods %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch %1
ASN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::UninstallCommand</name>
    <message>
        <source>--clean-nodes needs --profile FILE (the nodes to clean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asking on a non-interactive input: pass --yes to uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete everything this program installed on %1 (context &quot;%2&quot;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cilium&apos;s links and CNI files on every node go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::UninstallPanel</name>
    <message>
        <source>Uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything this program installed on %1 (context &quot;%2&quot;), and take the underlay labels off the nodes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uninstall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node step failed (see its row); the rest was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then remove Cilium&apos;s links and CNI files from every node over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the nodes, over SSH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove Cilium&apos;s links and CNI files from every node (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::UninstallRun</name>
    <message>
        <source>Uninstalled: %1 deleted, %2 already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: underlay labels removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kube-controller-manager was edited on %1 and is not put back: the profile does not list it. Move %2 back over %3 there yourself, or uninstall again with a profile that lists it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Uninstaller</name>
    <message>
        <source>no inventory of an installation found: neither the ConfigMap %1/%2 nor the file %3; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::VerdictList</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>connectivity check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a pass proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>connectivity check</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::VerifyCommand</name>
    <message>
        <source>the profile renders no connectivity check (is the CNI Cilium?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited connectivity check is used as it is: the --check-* and --offline options do not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectivity check applied (%1 objects); waiting for its deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connectivity check was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::WelcomePage</name>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from the default profile: Cilium in overlay mode on a new cluster with one master. Every answer can be changed on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s); the pages mark what to fix.</source>
        <translation>
            <numerusform>Opened %1 with %n problem; the pages mark what to fix.</numerusform>
            <numerusform>Opened %1 with %n problems; the pages mark what to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cilium for TKEStack baremetal clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard puts the Cilium CNI on a TKEStack cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You will choose the target and the nodes, the CNI, the network mode (Overlay or Underlay with ASN and switch IP) and the HA type. The installer then runs a preflight check on every node over SSH, shows the manifests for review and editing, exports them for offline sites and applies them.&lt;/p&gt;&lt;p&gt;Nothing is changed on any machine before the Apply page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open las&amp;t profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manifest edits saved with it are back: %1 (the Review page shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept edits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>step list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::Yaml</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML is nested too deeply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML expands to too many values (%1); aliases may be nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key appears twice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tkeci::YamlParser</name>
    <message>
        <source>a %YAML directive takes exactly one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %YAML version cannot be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %YAML version is newer than 1.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %YAML directive appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %TAG directive takes exactly two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same %TAG directive appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that a tag (!...) may not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag (!...) without a name after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag !&lt;...&gt; is not closed with &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map ends where it should not: check the indentation of the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map opened with { is not closed with }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ends where it should not: check the indentation of the - entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list opened with [ is not closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value has more than one tag (!...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value has more than one anchor (&amp;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value has more than one alias (*...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias (*...) cannot have a value or a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \x, \u or \U escape has a non-hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escape names no Unicode character: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape in a double-quoted string: \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not YAML here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a --- or ... line inside a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted string is not closed before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not allowed in this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation: indent with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ] or } that closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list entry (-) where a list cannot start: check its indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key where a map cannot start: check its indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value (key: value) where none can be: check the indentation, or quote a value that contains &quot;: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a * without an alias name after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &amp; without an anchor name after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that an alias name may not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that an anchor name may not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block string (| or &gt;) with indentation 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected character after | or &gt; (a block string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same anchor on more than one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias (*...) to an anchor that is not defined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
