#!/usr/bin/env python3
"""`apply` on a cluster that fails part-way, the way a kube-apiserver behind a load balancer
does (tests/kube/apiserver/faults.py): a 500 on every try of one object, a connection reset
until the load balancer is fixed, a conflict with another field manager, a bearer token that
expires. Each run must stop with exit 1 naming the object, leave the inventory, and a re-run
(after the operator's fix) must finish with every object present exactly once. Prints the
time to fail and the time of the re-run. A hung request is in tst_applyfaults: with the
client's 30 s per try it would take two minutes here.

Usage: cli_faults_test.py INSTALLER PROFILE KUBECTL"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import unittest  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

INSTALLER, PROFILE, KUBECTL = sys.argv[1:4]
del sys.argv[1:4]
STEP = re.compile(r"^\[\d+/14\] (\S+) (\S+) (created|configured|unchanged)$", re.M)


class CliFaults(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="tkeci-faults-")
        with open(PROFILE) as f:
            text = f.read().replace("target: new-cluster", "target: existing-cluster")
        self.profile = os.path.join(self.tmp.name, "existing.yaml")
        with open(self.profile, "w") as f:
            f.write(text)
        self.server = None

    def tearDown(self):
        if self.server:
            self.server.stop()
        self.tmp.cleanup()

    def start(self, *args):
        self.server = TestServer("--ready-after", "0.3", *args)

    def apply(self, *extra, kubeconfig=None):
        env = dict(os.environ, HOME=os.path.join(self.tmp.name, "home"),
                   XDG_DATA_HOME=os.path.join(self.tmp.name, "data"), LANG="C.UTF-8")
        env.pop("KUBECONFIG", None)
        began = time.monotonic()
        r = subprocess.run([INSTALLER, "apply", "--profile", self.profile, "--yes",
                            "--kubeconfig", kubeconfig or self.server.kubeconfig("admin-cert"),
                            # the profile's masters are not SSH nodes (kube_cli_nodes is)
                            "--skip-controller-manager",
                            # the test server's node-2 is not in the profile (kube_cli shows the
                            # refusal)
                            "--without-cilium", "node-2", *extra], capture_output=True, text=True, timeout=120, env=env,
                           stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout, r.stderr, time.monotonic() - began

    def local_inventory(self):
        folder = os.path.join(self.tmp.name, "data")
        found = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs
                 if f == f"127.0.0.1_{self.server.port}.json"]
        self.assertEqual(len(found), 1, found)
        with open(found[0]) as f:
            return [f"{o['kind']} {o['namespace'] + '/' if o.get('namespace') else ''}{o['name']}"
                    for o in json.load(f)["objects"]]

    def on_server(self, kinds):
        """Every object labelled as ours that kubectl lists, by display name."""
        got = subprocess.run([KUBECTL, "--kubeconfig", self.server.kubeconfig("admin-cert"),
                              "get", ",".join(sorted(kinds)), "-A", "-o", "json", "-l",
                              "app.kubernetes.io/managed-by=tke-cilium-installer"],
                             capture_output=True, text=True, check=True).stdout
        names = []
        for item in json.loads(got)["items"]:
            meta = item["metadata"]
            if meta["name"] == "tke-cilium-installer-inventory":
                continue
            ns = meta.get("namespace")
            names.append(f"{item['kind']} {ns + '/' if ns else ''}{meta['name']}")
        return sorted(names)

    def stopped_then_finished(self, fault, first, rerun, says, applied_before):
        """Checks the failed run `first` and the re-run `rerun` (code, out, err, seconds)."""
        code, out, err, took = first
        self.assertEqual(code, 1, out + err)
        self.assertIn(f"stopped at ClusterRole cilium; {applied_before} object(s) applied "
                      "are kept and listed in the inventory", err)
        self.assertIn(says, err)
        before = [f"{k} {n}" for k, n, _ in STEP.findall(out)]
        self.assertEqual(len(before), applied_before)
        self.assertEqual(self.local_inventory()[:applied_before], before)
        code, out, err, again = rerun
        self.assertEqual(code, 0, out + err)
        steps = STEP.findall(out)
        self.assertEqual(len(steps), 14)
        objects = sorted(f"{k} {n}" for k, n, _ in steps)
        self.assertEqual(self.on_server({k for k, _, _ in steps}), objects)  # each once
        self.assertEqual(sorted(self.local_inventory()), objects)
        print(f"\n  {fault}: exit 1 after {took:.2f} s; re-run exit 0 in {again:.2f} s "
              f"({out.strip().splitlines()[-1]})", file=sys.stderr)

    def test_500_on_every_try(self):
        # 1 try + 3 retries of ClusterRole cilium; the other two ClusterRoles of its wave go in.
        self.start("--fault", "error500@clusterroles/ciliumx4")
        first = self.apply()
        self.stopped_then_finished(
            "500 on every try", first, self.apply(),
            'the API server failed on clusterroles.rbac.authorization.k8s.io "cilium" (HTTP '
            "500): Internal error occurred: etcdserver: request timed out", 7)

    def test_reset_until_fixed(self):
        self.start("--fault", "reset:6+")
        first = self.apply()
        self.assertIn("no answer came for ClusterRole cilium: it may have been applied, so the "
                      "inventory lists it too", first[2])
        self.assertIn("warning: the inventory ConfigMap was not written", first[2])
        self.server.clear_faults()  # the load balancer is fixed
        rerun = self.apply()
        # The reset writes had happened: the three ClusterRoles' wave, after five objects.
        self.assertIn("0 configured, 8 unchanged", rerun[1])
        self.stopped_then_finished(
            "reset until fixed", first, rerun,
            "closed the connection before answering clusterroles.rbac.authorization.k8s.io "
            '"cilium"', 5)

    def test_conflict_needs_force(self):
        self.start("--fault", "conflict@clusterroles/cilium")
        first = self.apply()
        code, _, err, _ = self.apply()  # the other manager still owns the field
        self.assertEqual(code, 1)
        self.assertIn('(held by field manager "helm")', err)
        self.stopped_then_finished(
            "conflict", first, self.apply("--force-conflicts"),
            ".metadata.labels.app.kubernetes.io/managed-by (held by field manager \"helm\")", 7)

    def test_token_expires(self):
        # Part-way through the objects, at the end of a round trip: the run's checks before the
        # apply (imported cluster, other CNI, node coverage: 3; with --yes the command line
        # leaves the coverage read to the run), discovery (3), the ServiceAccounts' list and the
        # inventory's read (2), the ServiceAccounts' wave with the ConfigMaps' list read ahead
        # (4), the ConfigMaps' wave with the ClusterRoles' list (3) make 15; the ClusterRoles'
        # wave meets the 401.
        self.start("--token-expires-after", "15")
        config = self.server.kubeconfig("admin-token")
        first = self.apply(kubeconfig=config)
        self.assertIn("the API server refused the bearer token of user \"u\" (401 "
                      "Unauthorized)", first[2])
        with open(config) as f:
            cfg = json.load(f)
        with open(os.path.join(self.server.dir.name, "renewed.token")) as f:
            cfg["users"][0]["user"]["token"] = f.read()
        with open(config, "w") as f:  # the operator's fresh credentials
            json.dump(cfg, f)
        self.stopped_then_finished("token expires", first, self.apply(kubeconfig=config),
                                   "401 Unauthorized", 5)


if __name__ == "__main__":
    unittest.main(verbosity=2)
