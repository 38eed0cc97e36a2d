#!/usr/bin/env python3
"""Apply benchmark (README "Apply benchmark"): the installer's `apply` of the underlay set to an
existing cluster against stock `kubectl apply --server-side` of the same rendered files, on the
test API server with every answer DELAY ms late (a cluster away from the workstation).

Each run gets a fresh server (so both tools create every object, and kubectl's discovery cache,
kept per server address, starts cold), and the tools alternate: ours, kubectl, ours, kubectl...
Printed per delay: the median wall time of each, the ratio ours/kubectl, and the requests each
sent (counted in the server's log), and the median CPU (user + system) each process spent.

Usage: run.py INSTALLER KUBECTL PROFILE [--reps N] [--delay MS]...   (default delays 20 and 0)"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "kube"))
from testserver import TestServer  # noqa: E402

VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def requests_in(log_path, start):
    """Requests the server logged after byte offset `start`."""
    with open(log_path) as f:
        f.seek(start)
        return sum(1 for line in f if line.split(" ", 1)[0] in VERBS)


def underlay_profile(profile, folder):
    with open(profile) as f:
        text = f.read().replace("target: new-cluster", "target: existing-cluster")
    text = text.replace("networkMode: overlay", "networkMode: underlay\n  underlay:"
                        "\n    asn: 64512\n    switchIP: 192.168.60.2")
    path = os.path.join(folder, "underlay.yaml")
    with open(path, "w") as f:
        f.write(text)
    return path


def one_run(tool, args, delay, env):
    server = TestServer("--ready-after", "0.2", "--nodes", "2", "--delay-ms", str(delay))
    try:
        log = os.path.join(server.dir.name, "server.log")
        server.log.flush()
        start = os.path.getsize(log)
        cmd = [*args, "--kubeconfig", server.kubeconfig("admin-cert")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300,
                           stdin=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if r.returncode != 0:
            sys.exit(f"{tool} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
        server.log.flush()
        return wall, cpu, requests_in(log, start)
    finally:
        server.stop()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("installer")
    p.add_argument("kubectl")
    p.add_argument("profile")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--delay", type=float, action="append")
    a = p.parse_args()
    delays = a.delay or [20, 0]
    with tempfile.TemporaryDirectory(prefix="tkeci-bench-apply-") as tmp:
        env = dict(os.environ, HOME=os.path.join(tmp, "home"), LANG="C.UTF-8",
                   XDG_DATA_HOME=os.path.join(tmp, "data"))
        env.pop("KUBECONFIG", None)
        os.makedirs(env["HOME"])
        profile = underlay_profile(a.profile, tmp)
        files = os.path.join(tmp, "manifests")
        subprocess.run([a.installer, "render", "--profile", profile, "--out", files],
                       check=True, capture_output=True, env=env)
        # kubectl gets the files apply sends to the cluster: not the connectivity check,
        # which the installer applies only when it verifies (apply --wait).
        target = os.path.join(tmp, "target")
        os.makedirs(target)
        objects = 0
        for name in os.listdir(files):
            if name.endswith(".yaml") and name != "connectivity-check.yaml":
                with open(os.path.join(files, name)) as f:
                    text = f.read()
                objects += sum(1 for line in text.splitlines() if line.startswith("kind:"))
                with open(os.path.join(target, name), "w") as f:
                    f.write(text)
        ours = [a.installer, "apply", "--profile", profile, "--manifests", files, "--yes",
                "--skip-controller-manager", "--without-cilium", "node-2"]
        kubectl = [a.kubectl, "apply", "--server-side", "--field-manager",
                   "tke-cilium-installer", "-f", target]
        print(f"underlay set: {objects} objects; {a.reps} runs of each, alternating, "
              f"fresh server per run")
        print(f"{'delay_ms':>8} {'ours_s':>8} {'kubectl_s':>9} {'ratio':>6} "
              f"{'ours_req':>8} {'kubectl_req':>11} {'ours_cpu_s':>10} {'kubectl_cpu_s':>13}")
        for delay in delays:
            times = {"ours": [], "kubectl": []}
            cpus = {"ours": [], "kubectl": []}
            reqs = {"ours": 0, "kubectl": 0}
            for _ in range(a.reps):
                for tool, args in (("ours", ours), ("kubectl", kubectl)):
                    wall, cpu, n = one_run(tool, args, delay, env)
                    times[tool].append(wall)
                    cpus[tool].append(cpu)
                    reqs[tool] = n
            mo, mk = statistics.median(times["ours"]), statistics.median(times["kubectl"])
            co, ck = statistics.median(cpus["ours"]), statistics.median(cpus["kubectl"])
            print(f"{delay:>8g} {mo:>8.2f} {mk:>9.2f} {mo / mk:>6.2f} {reqs['ours']:>8} "
                  f"{reqs['kubectl']:>11} {co:>10.2f} {ck:>13.2f}", flush=True)


if __name__ == "__main__":
    main()
