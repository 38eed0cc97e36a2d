#!/usr/bin/env bash
# Cost of preflight's network stage (README "Network preflight"): starts N SSH test nodes on
# one L2 segment (sshnode.sh `segment`; needs root) and runs
#   tke-cilium-installer preflight --json                       (both stages)
#   tke-cilium-installer preflight --json --no-network-checks   (the nodes' own checks only)
# REPS times each (default 3), alternating; prints the medians and their difference, which is
# what the network stage adds. N above 98 claims more than one slot of node indexes.
#   network.sh INSTALLER_BIN [N ...]      (default N: 10 40)
set -euo pipefail

installer=$1
shift
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 40)
reps=${REPS:-3}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sshnode="$here/../../tests/preflight/sshnode.sh"
data="$here/../../tests/preflight/data"
state=$(mktemp -d /tmp/tkeci-netbench-XXXXXX)
max=0
for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
slots=()
for ((k = 0; k * 100 < max + 1; k++)); do slots+=("$("$sshnode" claim-slot $$)"); done
cleanup() {
    "$sshnode" down --state "$state" || true
    for s in "${slots[@]}"; do "$sshnode" release-slot "$s" || true; done
    rm -rf "$state"
}
trap cleanup EXIT INT TERM
indexes=()
for s in "${slots[@]}"; do for ((i = 0; i < 100; i++)); do indexes+=($((s * 100 + i))); done; done

ssh-keygen -q -t ed25519 -N '' -f "$state/user"
segment=${indexes[0]}
"$sshnode" segment --state "$state" --index "$segment"
echo "starting $max SSH test nodes on one segment..." >&2
ips=()
for ((i = 1; i <= max; i++)); do
    ips+=("$("$sshnode" up --state "$state" --index "${indexes[$i]}" --segment "$segment" \
        --boot-config "$data/config-cilium-ready" \
        --os-release "$data/os-release-tencentos-3.1" --authorized-keys "$state/user.pub")")
done
# The kernel keeps one neighbour (ARP) table for all namespaces, 1024 entries by default
# (gc_thresh3): n nodes that all talk to each other need n², and new entries would fail.
# Permanent entries are exempt from that limit, so each node gets one per peer, as a real
# node's own table would hold them; nothing on this machine's own tables changes.
macs=()
for ((i = 1; i <= max; i++)); do
    macs+=("$(ip -n "tkeci-pf-${indexes[$i]}" -o link show dev eth0 | grep -o 'link/ether [0-9a-f:]*' | cut -d' ' -f2)")
done
for ((i = 1; i <= max; i++)); do
    for ((j = 1; j <= max; j++)); do
        [ "$i" -eq "$j" ] || echo "neigh replace ${ips[$((j - 1))]} lladdr ${macs[$((j - 1))]} dev eth0 nud permanent"
    done >"$state/neigh"
    ip -n "tkeci-pf-${indexes[$i]}" -batch "$state/neigh"
done
: >"$state/known_hosts"
for ((i = 1; i <= max; i++)); do
    read -r type key _ <"$state/node${indexes[$i]}/host_key.pub"
    echo "${ips[$((i - 1))]} $type $key" >>"$state/known_hosts"
done
measure() {
    /usr/bin/time -q -f '%e' -o "$state/time" "$@" >"$state/out" 2>"$state/stderr" || true
    cat "$state/time"
}
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

printf '%-6s %12s %12s %12s %s\n' nodes both_s own_s stage_s notes
for n in "${counts[@]}"; do
    {
        echo "version: 1"
        echo "target: new-cluster"
        echo "cni: cilium"
        echo "cilium: {version: 1.9.5, networkMode: overlay}"
        echo "cluster: {clusterCIDR: 10.244.0.0/16}"
        echo "nodes:"
        for ((i = 0; i < n; i++)); do
            role=worker
            [ $i -eq 0 ] && role=master
            echo "  - {ip: ${ips[$i]}, role: $role, auth: key, keyFile: $state/user}"
        done
    } >"$state/profile.yaml"
    both=() own=()
    for ((r = 0; r < reps; r++)); do
        both+=("$(measure "$installer" preflight --profile "$state/profile.yaml" \
            --known-hosts "$state/known_hosts" --json --parallel 32)")
        cp "$state/out" "$state/both.json"
        cp "$state/out" /tmp/tkeci-netbench-last.json
        own+=("$(measure "$installer" preflight --profile "$state/profile.yaml" \
            --known-hosts "$state/known_hosts" --json --parallel 32 --no-network-checks)")
    done
    b=$(printf '%s\n' "${both[@]}" | median)
    o=$(printf '%s\n' "${own[@]}" | median)
    passed=$(grep -c '"status": "pass"' "$state/both.json" || true)
    rows=$(grep -c '"status"' "$state/both.json" || true)
    printf '%-6s %12s %12s %12s %s\n' "$n" "$b" "$o" "$(awk "BEGIN {print $b - $o}")" \
        "$passed/$rows rows passed (last run)"
done
