#!/usr/bin/env bash
# Preflight benchmark (README "Preflight benchmark"): starts N SSH test nodes (sshnode.sh,
# network + mount namespaces, 198.18.0.0/15; needs root), then on the same nodes in the same
# run measures
#   cli    tke-cilium-installer preflight --json --parallel 32 (whole process)
#   lib    PreflightRunner in-process (bench_preflight), with the longest event-loop stall
#   pssh   parallel-ssh -p 32 running the same probe script as one command per node
# alternating (cli, pssh, lib, then the next round starts one further on), REPS rounds
# (default 5), so a busy machine's load falls on every tool alike. Per tool it prints the
# median wall time, user+sys CPU (the whole process tree's: parallel-ssh's includes its `ssh`
# children) in total and per node, the largest process's peak RSS (/usr/bin/time %M) and the
# peak of the whole tree's summed RSS (treepeak.py) and the CPU the nodes spent on its
# sessions (sshd, shell, probe programs; per node), then the ratio cli/pssh twice: of the
# medians, and the median of each round's own cli/pssh (the runs next to each other), and the
# ratio of the work (CPU here + on the nodes).
# At the node counts in PHASES_AT (default 40) it also prints where each node's time goes
# (bench_preflight --phases, PhaseBreakdown.h).
#   run.sh BENCH_PREFLIGHT_BIN INSTALLER_BIN [N ...]      (default N: 10 40 100 200)
# Environment: REPS (5), PARALLEL (32), LIB=0 (leave out lib), PHASES_AT ("40"; "" for none).
set -euo pipefail

bench=$1
installer=$2
shift 2
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 40 100 200)
reps=${REPS:-5}
parallel=${PARALLEL:-32}
phases_at=" ${PHASES_AT-40} "
tools=(cli pssh lib)
[ "${LIB:-1}" = 0 ] && tools=(cli pssh)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sshnode="$here/../../tests/preflight/sshnode.sh"
data="$here/../../tests/preflight/data"
state=$(mktemp -d /tmp/tkeci-bench-XXXXXX)
max=0
for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
# A slot is 100 node indexes of our own, whoever else runs nodes; more nodes, more slots
# (they need not be next to each other).
slots=()
cleanup() {
    "$sshnode" down --state "$state" || true
    for s in "${slots[@]}"; do "$sshnode" release-slot "$s" || true; done
    rm -rf "$state"
}
trap cleanup EXIT INT TERM
for ((k = 0; k * 100 < max; k++)); do slots+=("$("$sshnode" claim-slot $$)"); done
indexes=()
for s in "${slots[@]}"; do for ((i = 0; i < 100; i++)); do indexes+=($((s * 100 + i))); done; done

# Every node is its own /30 behind its own veth pair: this machine's neighbour table gets one
# entry per node and each node's one (400 at 200 nodes), under the kernel's 1024 for all
# namespaces together; no node talks to another, so no peer entries are needed.
ssh-keygen -q -t ed25519 -N '' -f "$state/user"
echo "starting $max SSH test nodes..." >&2
ips=()
for ((i = 0; i < max; i++)); do
    ips+=("$("$sshnode" up --state "$state" --index "${indexes[$i]}" \
        --boot-config "$data/config-cilium-ready" \
        --os-release "$data/os-release-tencentos-3.1" --authorized-keys "$state/user.pub")")
done
: >"$state/known_hosts"
for ((i = 0; i < max; i++)); do
    read -r type key _ <"$state/node${indexes[$i]}/host_key.pub"
    echo "${ips[$i]} $type $key" >>"$state/known_hosts"
done
# The nodes' listening sshds: what their sessions' processes (sshd's own per connection, the
# shell, the probe's programs) cost in CPU arrives in their children's times once reaped.
listeners=()
for ((i = 0; i < max; i++)); do
    listeners+=("$(pgrep -f -o -- "sshd -D -f $state/node${indexes[$i]}/sshd_config")")
done
nodes_cpu_ticks() { # summed cutime + cstime of the first $1 nodes' listeners
    local f sum=0
    for pid in "${listeners[@]:0:$1}"; do
        read -r -a f <"/proc/$pid/stat"
        sum=$((sum + f[15] + f[16]))
    done
    echo "$sum"
}
tick_ms=$((1000 / $(getconf CLK_TCK)))
sessions_ended() { # waits (at most 20 s) until no listener of the first $1 nodes has a child
    local pid c
    for ((try = 0; try < 200; try++)); do
        c=""
        for pid in "${listeners[@]:0:$1}"; do
            c+=$(cat "/proc/$pid/task/$pid/children" 2>/dev/null || true)
        done
        [ -z "${c// /}" ] && return 0
        sleep 0.1
    done
    echo "run.sh: sessions still open 20 s after the run" >&2
}
"$bench" --print-script >"$state/probe.sh"
probe=$(cat "$state/probe.sh")

# "wall user sys maxrss_kB tree_peak_kB exit nodes_cpu_ms" for one command on the first $n
# nodes (stdout kept in $state/out). The nodes' share is read once every session has ended.
measure() {
    local rc=0 before after
    sessions_ended "$max" # the phases run's too
    before=$(nodes_cpu_ticks "$n")
    "$here/treepeak.py" "$state/peak" /usr/bin/time -f '%e %U %S %M' -o "$state/time" "$@" \
        >"$state/out" 2>"$state/stderr" || rc=$?
    sessions_ended "$max"
    after=$(nodes_cpu_ticks "$n")
    echo "$(tail -1 "$state/time") $(cat "$state/peak") $rc $(((after - before) * tick_ms))"
}
calc() { awk "BEGIN {printf \"%.${2:-2}f\", $1}"; }
median() { sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
med() { tr ' ' '\n' | grep . | median; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-5s %8s %8s %11s %9s %10s %12s  %s\n' nodes tool wall_s cpu_s cpu_ms/node \
    maxrss_MB tree_MB node_ms/node notes
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
    declare -A wall=() cpu=() rss=() tree=() bad=() ncpu_=() work=()
    stall=()
    pair=()
    for ((r = 0; r < reps; r++)); do
        for ((k = 0; k < ${#tools[@]}; k++)); do
            tool=${tools[$(((k + r) % ${#tools[@]}))]}
            case $tool in
            cli)
                read -r w u s m t rc ncpu < <(measure "$installer" preflight \
                    --profile "$state/profile.yaml" --known-hosts "$state/known_hosts" --json \
                    --parallel "$parallel" --no-network-checks)
                # Every node must have answered: a failed node would be a short run.
                answered=$(grep -c '"status": "pass"' "$state/out" || true)
                if [ "$rc" != 0 ]; then
                    bad[cli]+="exit $rc ($answered rows passed) "
                    cp "$state/stderr" "${FAILED_DIR:-/tmp}/tkeci-bench-cli-$n-$r.stderr" || true
                fi ;;
            lib)
                read -r w u s m t rc ncpu < <(measure "$bench" "$state/profile.yaml" \
                    "$state/known_hosts" "$parallel")
                [ "$rc" = 0 ] || bad[lib]+="exit $rc: $(head -c 200 "$state/out") "
                stall+=("$(grep -o 'max_event_loop_stall_ms=[0-9]*' "$state/out" | cut -d= -f2)") ;;
            pssh)
                rm -rf "$state/pssh-out"
                read -r w u s m t rc ncpu < <(measure parallel-ssh -h "$state/hosts" -l root \
                    -p "$parallel" -t 60 -o "$state/pssh-out" \
                    -x "-i $state/user -o UserKnownHostsFile=$state/known_hosts -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes" \
                    "$probe")
                ok=$(grep -l '@@tkeci:end' "$state"/pssh-out/* 2>/dev/null | wc -l)
                [ "$ok" = "$n" ] || bad[pssh]+="$ok/$n answered " ;;
            esac
            wall[$tool]+="$w "
            cpu[$tool]+="$(calc "$u + $s") "
            rss[$tool]+="$m "
            tree[$tool]+="$t "
            ncpu_[$tool]+="$ncpu "
            work[$tool]+="$(calc "($u + $s) * 1000 + $ncpu" 0) "
            eval "last_$tool=$w"
        done
        pair+=("$(calc "$last_cli / $last_pssh" 3)")
    done
    for tool in "${tools[@]}"; do
        w=$(med <<<"${wall[$tool]}")
        c=$(med <<<"${cpu[$tool]}")
        note=${bad[$tool]:-}
        if [ "$tool" = lib ]; then
            note+="event-loop gap per run: median $(printf '%s\n' "${stall[@]}" | grep . | median) ms, max $(printf '%s\n' "${stall[@]}" | grep . | sort -n | tail -1) ms"
        fi
        printf '%-5s %-5s %8s %8s %11s %9s %10s %12s  %s\n' "$n" "$tool" "$w" "$c" \
            "$(calc "$c * 1000 / $n" 1)" "$(calc "$(med <<<"${rss[$tool]}") / 1024" 1)" \
            "$(calc "$(med <<<"${tree[$tool]}") / 1024" 1)" \
            "$(calc "$(med <<<"${ncpu_[$tool]}") / $n" 1)" "$note"
        eval "w_$tool=$w"
        eval "work_$tool=$(med <<<"${work[$tool]}")"
    done
    printf '%-5s ratio cli/pssh: %s of the medians, %s median of the %d rounds (%s)\n' "$n" \
        "$(calc "$w_cli / $w_pssh")" "$(printf '%s\n' "${pair[@]}" | median)" "$reps" \
        "${pair[*]}"
    # Where the nodes are remote each runs its own share on its own CPU; here every node's
    # runs on the same two cores, and a busy machine's other work takes a share of them that
    # depends on how many processes a tool runs. The CPU both sides spent is the work itself.
    printf '%-5s work (CPU here + on the nodes) cli/pssh: %s (%s / %s ms)\n' "$n" \
        "$(calc "$work_cli / $work_pssh")" "$work_cli" "$work_pssh"
    if [[ "$phases_at" == *" $n "* ]]; then
        "$bench" --phases "$state/profile.yaml" "$state/known_hosts" "$parallel" |
            sed "s/^/$n   /" || true
    fi
    unset wall cpu rss tree bad ncpu_ work
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
