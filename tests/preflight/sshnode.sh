#!/usr/bin/env bash
# Test nodes for preflight: each node is a network namespace (veth pair, a /30 in 198.18.0.0/15)
# in which a mount namespace (unshare -m) shows the node's own `uname`, /boot/config-<release>,
# /etc/os-release and optionally /proc/config.gz, and a real OpenSSH server runs on port 22.
# Needs root. Nothing outside 198.18.0.0/15 is touched.
#
#   sshnode.sh up --state DIR --index N [options]   start node N, print its address
#     --kernel REL          what `uname -r` says (default 5.4.119-19-0009)
#     --boot-config FILE    bind-mounted as /boot/config-REL (default: none)
#     --proc-config FILE    gzipped and bind-mounted over /proc/config.gz
#     --os-release FILE     bind-mounted over /etc/os-release
#     --busy-port P         sshd also listens on TCP P inside the node, so P is in use
#     --ip-forward 0|1      net.ipv4.ip_forward inside the node (default 1)
#     --no-bpffs            do not mount bpffs on /sys/fs/bpf
#     --mode sshd|silent|none|drop|slow|flood  sshd (default); silent: accepts TCP on 22 and never
#                           answers; none: nothing listens; drop: every command prints the first
#                           300 bytes of its output, then the node's sshd session is killed (the
#                           connection drops mid-command); slow: every command first sleeps
#                           --delay seconds (a node too loaded to answer in time); flood: every
#                           command prints without end on stdout and stderr (a hostile node)
#     --delay S             the slow node's delay (default 30)
#     --password-hash H     root logs in with a password too: H (crypt(3), e.g. from
#                           `openssl passwd -6 -stdin`) replaces root's in the node's /etc/shadow
#     --host-key FILE       use this host key instead of a new one
#     --authorized-keys F   public keys allowed to log in as root
#     --kube-manifest FILE  a master: FILE is /etc/kubernetes/manifests/kube-controller-manager.yaml
#     --cni-file FILE       copied into /etc/cni/net.d (repeatable)
#     --cilium-links        Cilium's leftover links: cilium_host/cilium_net and
#                           cilium_vxlan/lxc_health (veth pairs)
#     --segment S           the node's link joins segment S's bridge (see `segment`) instead of
#                           a /30 of its own: the nodes of one segment reach each other
#     --dev-name NAME       the node's interface name (segment nodes; default eth0)
#     --mtu N               the node's interface MTU
#     --drop-peer-ports     the node drops UDP 8472 and TCP 4240 coming in (a policy-routing
#                           blackhole: only iproute2 needed, as a firewall rule would drop them)
#     --no-python           python3 is hidden on the node (/dev/null over it)
#   With --kube-manifest or --cni-file the node's /etc is an overlay (lower: this machine's
#   /etc, upper: a tmpfs of the node), so the node can change its files and nothing outside
#   its mount namespace sees it.
#   sshnode.sh exec --state DIR --index N -- CMD...   run CMD in node N's namespaces (tests
#                                        look at its files and links without going through SSH)
#   sshnode.sh segment --state DIR --index N   an L2 segment: a bridge in namespace N, joined
#                                        by this machine (address of index N, side 1)
#   sshnode.sh switch --state DIR --index N --segment S   a top-of-rack switch stand-in on
#                                        segment S: accepts TCP 179; prints its address
#   sshnode.sh down --state DIR          stop every node started with this state folder
#   sshnode.sh claim-slot PID            reserve 100 node indexes for process PID; prints the
#                                        slot S (indexes S*100 .. S*100+99)
#   sshnode.sh release-slot S            stop the slot's nodes and free it
#   sshnode.sh reap                      release the slots whose process is gone (after a crash)
# Test suites and benchmarks of several worktrees may run at once on one machine: each claims
# its own slot, so names and addresses never collide and nobody stops another run's nodes.
set -euo pipefail

prefix=tkeci-pf-
slots=/run/tkeci-pf-slots
max_slots=320 # 320 * 100 /30 networks fit in 198.18.0.0/15

node_ip() { # index → 198.18.0.0 + 4N + 2 (the host side is +1)
    local n=$(($1 * 4 + $2))
    echo "198.$((18 + n / 65536)).$(((n / 256) % 256)).$((n % 256))"
}

stop_ns() {
    local ns=$1 list
    # Not `ip netns list | grep -q`: grep quitting early makes ip fail with SIGPIPE (pipefail).
    list=$(ip netns list 2>/dev/null | awk '{print $1}' || true)
    grep -qx -- "$ns" <<<"$list" || return 0
    local pids
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    [ -n "$pids" ] && kill $pids 2>/dev/null || true
    for _ in $(seq 50); do
        pids=$(ip netns pids "$ns" 2>/dev/null || true)
        [ -z "$pids" ] && break
        sleep 0.05
    done
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
}

cmd_down() {
    local state=$1
    [ -d "$state" ] || return 0
    for f in "$state"/*/index; do
        [ -f "$f" ] || continue
        stop_ns "$prefix$(cat "$f")"
    done
}

cmd_up() {
    local state="" index="" kernel=5.4.119-19-0009 boot_config="" proc_config="" os_release=""
    local busy_port="" ip_forward=1 bpffs=1 mode=sshd host_key="" authorized="" delay=30
    local password_hash="" kube_manifest="" cni_files=() cilium_links=0
    local segment="" dev_name=eth0 mtu="" drop_peer_ports=0 no_python=0
    while [ $# -gt 0 ]; do
        case "$1" in
        --state) state=$2; shift 2 ;;
        --index) index=$2; shift 2 ;;
        --kernel) kernel=$2; shift 2 ;;
        --boot-config) boot_config=$2; shift 2 ;;
        --proc-config) proc_config=$2; shift 2 ;;
        --os-release) os_release=$2; shift 2 ;;
        --busy-port) busy_port=$2; shift 2 ;;
        --ip-forward) ip_forward=$2; shift 2 ;;
        --no-bpffs) bpffs=0; shift ;;
        --mode) mode=$2; shift 2 ;;
        --delay) delay=$2; shift 2 ;;
        --password-hash) password_hash=$2; shift 2 ;;
        --host-key) host_key=$2; shift 2 ;;
        --authorized-keys) authorized=$2; shift 2 ;;
        --kube-manifest) kube_manifest=$2; shift 2 ;;
        --cni-file) cni_files+=("$2"); shift 2 ;;
        --cilium-links) cilium_links=1; shift ;;
        --segment) segment=$2; shift 2 ;;
        --dev-name) dev_name=$2; shift 2 ;;
        --mtu) mtu=$2; shift 2 ;;
        --drop-peer-ports) drop_peer_ports=1; shift ;;
        --no-python) no_python=1; shift ;;
        *) echo "sshnode.sh: unknown option $1" >&2; exit 2 ;;
        esac
    done
    [ -n "$state" ] && [ -n "$index" ] || { echo "sshnode.sh up needs --state and --index" >&2; exit 2; }
    local ns=$prefix$index dir=$state/node$index
    local host_ip node_ip_
    host_ip=$(node_ip "$index" 1)
    node_ip_=$(node_ip "$index" 2)
    stop_ns "$ns"
    rm -rf "$dir"
    mkdir -p "$dir/boot" "$dir/home" /run/sshd
    echo "$index" >"$dir/index"

    ip netns add "$ns"
    ip link del "tkpfh$index" 2>/dev/null || true
    ip link add "tkpfh$index" type veth peer name "tkpfn$index"
    ip link set "tkpfn$index" netns "$ns"
    local dev=tkpfn$index
    if [ -n "$segment" ]; then
        join_segment "$segment" "$index" "$ns" "$dev_name"
        dev=$dev_name
    else
        ip addr add "$host_ip/30" dev "tkpfh$index"
        ip link set "tkpfh$index" up
        ip -n "$ns" addr add "$node_ip_/30" dev "$dev"
    fi
    [ -n "$mtu" ] && ip -n "$ns" link set "$dev" mtu "$mtu"
    ip -n "$ns" link set "$dev" up
    ip -n "$ns" link set lo up
    if [ "$drop_peer_ports" = 1 ]; then
        # The local table's rule (priority 0) would deliver before any other: move it behind.
        ip -n "$ns" rule add pref 100 lookup local
        ip -n "$ns" rule del pref 0
        # Protocols by number (17 UDP, 6 TCP): iproute2 resolves names through /etc/protocols,
        # which a minimal Debian does not have (package netbase).
        ip -n "$ns" rule add pref 10 iif "$dev" ipproto 17 dport 8472 blackhole
        ip -n "$ns" rule add pref 11 iif "$dev" ipproto 6 dport 4240 blackhole
    fi
    ip netns exec "$ns" sysctl -qw net.ipv4.ip_forward="$ip_forward"

    if [ "$mode" = silent ]; then
        # The kernel completes the TCP handshake from the listen backlog; nobody ever reads.
        ip netns exec "$ns" python3 -c 'import socket,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("'"$node_ip_"'", 22)); s.listen(128); time.sleep(86400)' </dev/null >/dev/null 2>&1 &
        wait_port "$ns" 22
        echo "$node_ip_"
        return
    fi
    if [ "$mode" = none ]; then
        echo "$node_ip_"
        return
    fi

    cp "$(command -v uname)" "$dir/uname.real"
    cat >"$dir/uname" <<SCRIPT
#!/bin/sh
# This node's kernel release; everything else from the real uname.
case "\$1" in
-r) echo '$kernel' ;;
*) exec '$dir/uname.real' "\$@" ;;
esac
SCRIPT
    chmod 755 "$dir/uname"
    [ -n "$boot_config" ] && cp "$boot_config" "$dir/boot/config-$kernel"
    [ -n "$proc_config" ] && gzip -c "$proc_config" >"$dir/config.gz"
    if [ -n "$host_key" ]; then
        cp "$host_key" "$dir/host_key"
        chmod 600 "$dir/host_key"
    else
        ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key"
    fi
    if [ -n "$authorized" ]; then cp "$authorized" "$dir/authorized_keys"; else : >"$dir/authorized_keys"; fi
    {
        echo "ListenAddress $node_ip_:22"
        [ -n "$busy_port" ] && echo "ListenAddress $node_ip_:$busy_port"
        echo "HostKey $dir/host_key"
        echo "PidFile none"
        echo "AuthorizedKeysFile $dir/authorized_keys"
        echo "StrictModes no"
        if [ -n "$password_hash" ]; then
            echo "PermitRootLogin yes"
            echo "PasswordAuthentication yes"
        else
            echo "PermitRootLogin prohibit-password"
            echo "PasswordAuthentication no"
        fi
        echo "KbdInteractiveAuthentication no"
        echo "UsePAM no"
        echo "UseDNS no"
        echo "MaxStartups 1000"
        echo "LogLevel ERROR"
        echo "Subsystem sftp internal-sftp"
        # sshd runs a ForceCommand through root's shell, whose parent is the session's sshd.
        case "$mode" in
        drop) echo "ForceCommand eval \"\$SSH_ORIGINAL_COMMAND\" 2>&1 | head -c 300; sleep 0.3; kill -9 \$PPID" ;;
        slow) echo "ForceCommand sleep $delay; eval \"\$SSH_ORIGINAL_COMMAND\"" ;;
        flood) echo "ForceCommand yes flood-on-stderr >&2 & exec yes flood" ;;
        esac
    } >"$dir/sshd_config"

    local mounts="true"
    if [ -n "$kube_manifest" ] || [ ${#cni_files[@]} -gt 0 ]; then
        mkdir -p "$dir/etc-files/kubernetes/manifests" "$dir/etc-files/cni/net.d" "$dir/etc-ovl"
        [ -n "$kube_manifest" ] &&
            cp "$kube_manifest" "$dir/etc-files/kubernetes/manifests/kube-controller-manager.yaml"
        for f in "${cni_files[@]}"; do cp "$f" "$dir/etc-files/cni/net.d/"; done
        # First, so the bind mounts below land on the overlay and not under it.
        mounts+=" && mount -t tmpfs tmpfs '$dir/etc-ovl'"
        mounts+=" && mkdir '$dir/etc-ovl/upper' '$dir/etc-ovl/work'"
        mounts+=" && cp -a '$dir/etc-files/.' '$dir/etc-ovl/upper/'"
        mounts+=" && mount -t overlay overlay -o 'lowerdir=/etc,upperdir=$dir/etc-ovl/upper,workdir=$dir/etc-ovl/work' /etc"
    fi
    if [ "$cilium_links" = 1 ]; then
        ip -n "$ns" link add cilium_host type veth peer name cilium_net
        ip -n "$ns" link add cilium_vxlan type veth peer name lxc_health
    fi
    mounts+=" && mount --bind '$dir/uname' '$(readlink -f "$(command -v uname)")'"
    # root's home on this workstation (its .bashrc, its keys) is not the node's.
    mounts+=" && mount --bind '$dir/home' \"\$(getent passwd root | cut -d: -f6)\""
    mounts+=" && mount --bind '$dir/boot' /boot"
    [ -n "$os_release" ] && mounts+=" && mount --bind '$os_release' /etc/os-release"
    if [ -n "$password_hash" ]; then
        # sshd (UsePAM no) checks passwords against shadow(5): the node gets its own root entry.
        awk -F: -v OFS=: -v h="$password_hash" '$1 == "root" { $2 = h } { print }' /etc/shadow \
            >"$dir/shadow"
        chmod 600 "$dir/shadow"
        mounts+=" && mount --bind '$dir/shadow' /etc/shadow"
    fi
    [ -n "$proc_config" ] && mounts+=" && mount --bind '$dir/config.gz' /proc/config.gz"
    if [ "$no_python" = 1 ]; then
        local py
        for py in /usr/local/bin/python3 /usr/bin/python3 /bin/python3; do
            [ -e "$py" ] && mounts+=" && mount --bind /dev/null '$(readlink -f "$py")'"
        done
    fi
    [ "$bpffs" = 1 ] && mounts+=" && (mount -t bpf bpf /sys/fs/bpf 2>/dev/null || true)"
    ip netns exec "$ns" unshare -m --propagation private sh -c \
        "$mounts && exec /usr/sbin/sshd -D -f '$dir/sshd_config' -E '$dir/sshd.log'" \
        </dev/null >"$dir/start.log" 2>&1 &
    wait_port "$ns" 22 || { cat "$dir/start.log" "$dir/sshd.log" >&2 2>/dev/null; exit 1; }
    echo "$node_ip_"
}

# Moves the node's end of its veth pair (in namespace $3, still named tkpfn$2) onto segment
# $1's bridge, named $4 in the node, with the node's address; the whole 198.18.0.0/15 is
# on-link, so the segment's nodes, its switch and this machine reach each other directly.
join_segment() {
    local segment=$1 index=$2 ns=$3 name=$4 seg_ns=$prefix$1 address
    address=$(node_ip "$index" 2)
    ip link set "tkpfh$index" netns "$seg_ns"
    ip -n "$seg_ns" link set "tkpfh$index" master br0 up
    ip -n "$ns" link set "tkpfn$index" name "$name"
    ip -n "$ns" addr add "$address/30" dev "$name"
    ip -n "$ns" link set "$name" up
    ip -n "$ns" route add 198.18.0.0/15 dev "$name"
    ip route replace "$address/32" dev "tkpfh$segment"
}

cmd_segment() { # segment --state DIR --index N
    local state=$3 index=$5 ns=$prefix$5 host_side
    host_side=$(node_ip "$index" 1)
    stop_ns "$ns"
    mkdir -p "$state/node$index"
    echo "$index" >"$state/node$index/index"
    ip netns add "$ns"
    ip -n "$ns" link add br0 type bridge
    ip -n "$ns" link set br0 up
    ip link del "tkpfh$index" 2>/dev/null || true
    ip link add "tkpfh$index" type veth peer name tkpfs
    ip link set tkpfs netns "$ns"
    ip -n "$ns" link set tkpfs master br0 up
    ip addr add "$host_side/30" dev "tkpfh$index"
    ip link set "tkpfh$index" up
}

cmd_switch() { # switch --state DIR --index N --segment S
    local state=$3 index=$5 segment=$7 ns=$prefix$5
    stop_ns "$ns"
    mkdir -p "$state/node$index"
    echo "$index" >"$state/node$index/index"
    ip netns add "$ns"
    ip link add "tkpfh$index" type veth peer name "tkpfn$index"
    ip link set "tkpfn$index" netns "$ns"
    join_segment "$segment" "$index" "$ns" eth0
    ip -n "$ns" link set lo up
    # BGP's port: accepts and closes, which is all the preflight probe asks of it.
    ip netns exec "$ns" python3 -c 'import socket
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", 179)); s.listen(128)
while True:
    s.accept()[0].close()' </dev/null >/dev/null 2>&1 &
    wait_port "$ns" 179
    node_ip "$index" 2
}

wait_port() {
    for _ in $(seq 200); do
        ip netns exec "$1" ss -Hltn "sport = :$2" 2>/dev/null | grep -q . && return 0
        sleep 0.025
    done
    echo "sshnode.sh: nothing listens on port $2 in $1" >&2
    return 1
}

cmd_exec() { # exec --state DIR --index N -- CMD...
    local state=$3 index=$5 # $1 is "exec", $6 is "--"
    shift 6
    local pid
    # sshd -D is the node's first process; its mount namespace is the node's.
    pid=$(pgrep -f -o -- "sshd -D -f $state/node$index/sshd_config") ||
        { echo "sshnode.sh: node $index is not running" >&2; exit 1; }
    # -r: the node's root directory too. Entering a mount namespace resets the root to the
    # namespace's own, which in a chroot (a bare Debian root set up for the tests) is not the
    # one the node's sshd sees.
    exec nsenter -t "$pid" -m -n -r -- "$@"
}

release_slot() {
    local slot=$1 i
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
        case "$ns" in "$prefix"*) ;; *) continue ;; esac
        i=${ns#"$prefix"}
        [ $((i / 100)) -eq "$slot" ] && stop_ns "$ns"
    done
    rm -rf "${slots:?}/$slot"
}

reap() {
    [ -d "$slots" ] || return 0
    for d in "$slots"/*; do
        [ -f "$d/pid" ] || continue
        kill -0 "$(cat "$d/pid")" 2>/dev/null || release_slot "$(basename "$d")"
    done
}

claim_slot() {
    mkdir -p "$slots"
    reap
    for ((n = 0; n < max_slots; n++)); do
        if mkdir "$slots/$n" 2>/dev/null; then # mkdir is atomic: one claimant wins
            echo "$1" >"$slots/$n/pid"
            echo "$n"
            return 0
        fi
    done
    echo "sshnode.sh: all $max_slots slots are taken" >&2
    return 1
}

case "${1:-}" in
up) shift; cmd_up "$@" ;;
segment) cmd_segment "$@" ;;
switch) cmd_switch "$@" ;;
down) cmd_down "$3" ;;
exec) cmd_exec "$@" ;;
claim-slot) claim_slot "$2" ;;
release-slot) release_slot "$2" ;;
reap) reap ;;
*) echo "usage: sshnode.sh up|down|claim-slot|release-slot|reap ..." >&2; exit 2 ;;
esac
