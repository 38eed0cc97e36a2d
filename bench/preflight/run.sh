#!/usr/bin/env bash
# Preflight benchmark (README "Preflight benchmark"): starts N SSH test nodes (sshnode.sh,
# network + mount namespaces, 198.18.0.0/15; needs root), then on the same nodes in the same
# run measures
#   ours-cli   tke-cilium-installer preflight --json --parallel 32 (whole process)
#   ours-lib   PreflightRunner in-process (bench_preflight), with the longest event-loop stall
#   pssh       parallel-ssh -p 32 running the same probe script as one command per node
# Each is run REPS times (default 3) and the median wall time is reported with user+sys CPU.
#   run.sh BENCH_PREFLIGHT_BIN INSTALLER_BIN [N ...]      (default N: 10 40 100)
set -euo pipefail

bench=$1
installer=$2
shift 2
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 40 100)
reps=${REPS:-3}
parallel=${PARALLEL:-32}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sshnode="$here/../../tests/preflight/sshnode.sh"
data="$here/../../tests/preflight/data"
state=$(mktemp -d /tmp/tkeci-bench-XXXXXX)
slot=$("$sshnode" claim-slot $$) # 100 node indexes of our own, whoever else runs nodes
first_index=$((slot * 100))
cleanup() {
    "$sshnode" down --state "$state" || true
    "$sshnode" release-slot "$slot" || true
    rm -rf "$state"
}
trap cleanup EXIT INT TERM

max=0
for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
[ "$max" -le 100 ] || { echo "run.sh: at most 100 nodes (one slot)" >&2; exit 2; }
ssh-keygen -q -t ed25519 -N '' -f "$state/user"
echo "starting $max SSH test nodes..." >&2
ips=()
for ((i = 0; i < max; i++)); do
    ips+=("$("$sshnode" up --state "$state" --index $((first_index + i)) \
        --boot-config "$data/config-cilium-ready" \
        --os-release "$data/os-release-tencentos-3.1" --authorized-keys "$state/user.pub")")
done
: >"$state/known_hosts"
for ((i = 0; i < max; i++)); do
    read -r type key _ <"$state/node$((first_index + i))/host_key.pub"
    echo "${ips[$i]} $type $key" >>"$state/known_hosts"
done
"$bench" --print-script >"$state/probe.sh"
probe=$(cat "$state/probe.sh")

# "wall user sys" in seconds for one command (stdout kept in $state/out).
measure() {
    /usr/bin/time -f '%e %U %S' -o "$state/time" "$@" >"$state/out" 2>"$state/stderr" || true
    cat "$state/time"
}
add() { awk "BEGIN {print $1 + $2}"; }
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

printf '%-6s %-9s %10s %10s %s\n' nodes tool wall_s cpu_s notes
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
    printf '%s\n' "${ips[@]:0:n}" >"$state/hosts"
    declare -A wall=() cpu=()
    stall=()
    for ((r = 0; r < reps; r++)); do
        # Rotate the order so no tool always runs first (or last) on a shared, busy machine.
        order=(cli lib pssh)
        for ((k = 0; k < 3; k++)); do
            tool=${order[$(((k + r) % 3))]}
            case $tool in
            cli)
                read -r w u s < <(measure "$installer" preflight --profile "$state/profile.yaml" \
                    --known-hosts "$state/known_hosts" --json --parallel "$parallel" \
                    --no-network-checks) ;;
            lib)
                read -r w u s < <(measure "$bench" "$state/profile.yaml" "$state/known_hosts" \
                    "$parallel")
                stall+=("$(grep -o 'max_event_loop_stall_ms=[0-9]*' "$state/out" | cut -d= -f2)") ;;
            pssh)
                rm -rf "$state/pssh-out"
                read -r w u s < <(measure parallel-ssh -h "$state/hosts" -l root -p "$parallel" \
                    -t 60 -o "$state/pssh-out" \
                    -x "-i $state/user -o UserKnownHostsFile=$state/known_hosts -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes" \
                    "$probe") ;;
            esac
            wall[$tool]+="$w "
            cpu[$tool]+="$(add "$u" "$s") "
        done
    done
    ok=$(grep -l '@@tkeci:end' "$state"/pssh-out/* 2>/dev/null | wc -l)
    for tool in cli lib pssh; do
        w=$(echo "${wall[$tool]}" | tr ' ' '\n' | grep . | median)
        c=$(echo "${cpu[$tool]}" | tr ' ' '\n' | grep . | median)
        note=""
        [ "$tool" = lib ] && note="longest event-loop gap per run: median $(printf '%s\n' "${stall[@]}" | grep . | median) ms, max $(printf '%s\n' "${stall[@]}" | grep . | sort -n | tail -1) ms"
        [ "$tool" = pssh ] && note="$ok/$n nodes answered"
        printf '%-6s %-9s %10s %10s %s\n' "$n" "$tool" "$w" "$c" "$note"
        eval "w_$tool=$w"
    done
    printf '%-6s ratio cli/pssh = %s, lib/pssh = %s\n' "$n" \
        "$(awk "BEGIN {printf \"%.2f\", $w_cli / $w_pssh}")" \
        "$(awk "BEGIN {printf \"%.2f\", $w_lib / $w_pssh}")"
    unset wall cpu
done
