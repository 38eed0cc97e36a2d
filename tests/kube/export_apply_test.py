#!/usr/bin/env python3
"""The exported bundle does what the wizard does: its apply.sh, run with a stock kubectl against
the test API server for an underlay profile on an existing cluster, labels the nodes (per-node
overrides included, found by InternalIP), applies every object of the bundle in the installer's
order and waits for the connectivity check in its own namespace.

Usage: export_apply_test.py KUBECTL EXPORT_FOLDER_TOOL PROFILE"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import json
import os
import re
import subprocess
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

KUBECTL, TOOL, PROFILE = sys.argv[1:4]
del sys.argv[1:4]

FILES = ["cilium", "tke-eni-ipamd", "ip-masq-agent", "cilium-router"]


def kubectl_minor():
    r = subprocess.run([KUBECTL, "version", "--client", "-o", "json"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit(f"{KUBECTL} does not run: {r.stderr.strip()}")
    return int(re.sub(r"\D", "", json.loads(r.stdout)["clientVersion"]["minor"]))


# kubectl 1.21+ hides managedFields unless asked; 1.20 (Debian 12) always shows them.
SHOW_MANAGED = ["--show-managed-fields"] if kubectl_minor() >= 21 else []


class ExportApply(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # Two nodes, 10.0.0.16 and 10.0.0.17; the profile adds 10.0.0.99, which no Node has.
        cls.server = TestServer("--ready-after", "0.2")
        cls.tmp = tempfile.TemporaryDirectory()
        with open(PROFILE) as f:
            text = f.read()
        text = text.replace("target: new-cluster", "target: existing-cluster")
        text = text.replace("networkMode: overlay", "networkMode: underlay\n  underlay:"
                            "\n    asn: 64512\n    switchIP: 192.168.60.2")
        text += ("  - ip: 10.0.0.17\n    port: 22\n    user: root\n    role: worker\n"
                 "    auth: key\n    keyFile: ~/.ssh/id_ed25519\n"
                 "    asn: 64513\n    switchIP: 192.168.61.2\n"
                 "  - ip: 10.0.0.99\n    port: 22\n    user: root\n    role: worker\n"
                 "    auth: key\n    keyFile: ~/.ssh/id_ed25519\n")
        profile = os.path.join(cls.tmp.name, "underlay.yaml")
        with open(profile, "w") as f:
            f.write(text)
        # A nested folder that does not exist yet: the export creates it.
        cls.bundle = os.path.join(cls.tmp.name, "site", "bundle")
        subprocess.run([TOOL, profile, cls.bundle], check=True)
        kubectl = KUBECTL
        if kubectl_minor() < 27:
            # kubectl before 1.27 validates on the client with the protobuf OpenAPI v2 document,
            # which the test server does not serve (see kubectl_proof.py); a real one does.
            kubectl = os.path.join(cls.tmp.name, "kubectl")
            with open(kubectl, "w") as f:
                f.write(f'#!/bin/sh\nif [ "$1" = apply ]; then exec "{KUBECTL}" "$@" '
                        f'--validate=false; fi\nexec "{KUBECTL}" "$@"\n')
            os.chmod(kubectl, 0o755)
        env = dict(os.environ, KUBECONFIG=cls.server.kubeconfig("admin-cert"), KUBECTL=kubectl)
        env.pop("GLOBAL_KUBECONFIG", None)
        cls.result = subprocess.run(["sh", os.path.join(cls.bundle, "apply.sh"), "--verify"],
                                 capture_output=True, text=True, timeout=240, env=env)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.tmp.cleanup()

    def kubectl(self, *args):
        r = subprocess.run([KUBECTL, "--kubeconfig", self.server.kubeconfig("admin-cert"),
                            *args], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, f"kubectl {' '.join(args)}: {r.stderr}")
        return r.stdout

    def test_1_script_succeeds(self):
        self.assertEqual(self.result.returncode, 0, self.result.stdout + self.result.stderr)
        self.assertIn("no node has InternalIP 10.0.0.99", self.result.stderr)

    def test_2_nodes_labelled(self):
        want = {"node-1": ("64512", "192.168.60.2"), "node-2": ("64513", "192.168.61.2")}
        for node, (asn, switch) in want.items():
            obj = json.loads(self.kubectl("get", "node", node, "-o", "json", *SHOW_MANAGED))
            labels = obj["metadata"]["labels"]
            self.assertEqual(labels.get("infra.tce.io/as"), asn, node)
            self.assertEqual(labels.get("infra.tce.io/switch-ip"), switch, node)
            # The installer's field manager owns them, so its uninstall takes them off.
            managers = [m["manager"] for m in obj["metadata"].get("managedFields", [])]
            self.assertIn("tke-cilium-installer", managers, node)

    def test_3_every_object_exists(self):
        files = [os.path.join(self.bundle, n + ".yaml") for n in FILES]
        files.append(os.path.join(self.bundle, "connectivity-check.yaml"))
        for path in files:
            self.assertTrue(os.path.exists(path), path)
            with open(path) as f:
                documents = [d for d in re.split(r"(?m)^---$", f.read()) if d.strip()]
            names = self.kubectl("get", "-f", path, "-o", "name").split()
            self.assertEqual(len(names), len(documents), path)

    def test_4_installer_order(self):
        # The installer's order (ObjectRef.cpp applyRank): namespaces, CRDs, service accounts,
        # config, RBAC, services, other built-ins, workloads, custom resources.
        order = ["Namespace", "CustomResourceDefinition", "ServiceAccount", "Secret",
                 "ConfigMap", "ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding",
                 "Service"]

        def rank(kind):
            if kind in order:
                return order.index(kind)
            if kind in ("DaemonSet", "Deployment", "StatefulSet", "Job"):
                return 20
            return 30 if kind.startswith("Cilium") else 10

        steps = [line[3:] for line in self.result.stdout.splitlines() if line.startswith("== ")]
        self.assertTrue(steps[0].startswith("node node-1 (10.0.0.16)"), steps)
        self.assertTrue(steps[1].startswith("node node-2 (10.0.0.17)"), steps)
        check = steps.index("Namespace cilium-test")  # the connectivity check's part
        for part in (steps[2:check], steps[check:-1]):
            ranks = [rank(s.split()[0]) for s in part]
            self.assertEqual(ranks, sorted(ranks), part)
            self.assertGreater(len(set(ranks)), 2, part)
        self.assertIn("DaemonSet kube-system/cilium", steps[2:check])

    def test_5_check_waited_in_its_namespace(self):
        self.assertIn("waiting for the connectivity check", self.result.stdout)
        self.assertIn("condition met", self.result.stdout)
        deployments = self.kubectl("get", "deployments", "-n", "cilium-test", "-o", "name")
        self.assertIn("deployment.apps/echo-a", deployments.split())


if __name__ == "__main__":
    unittest.main(verbosity=2)
