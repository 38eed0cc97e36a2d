#!/usr/bin/env python3
"""apply and uninstall with their SSH steps, end to end: the overlay edit of
kube-controller-manager on a master that is a real OpenSSH test node (tests/preflight/sshnode.sh,
its own network and mount namespace, a fixture static pod manifest), the consent, the backup,
the inventory's record of it, and uninstall --profile --clean-nodes putting it all back.
What happened on the node is looked at inside its namespaces, not through the installer.

Usage: cli_nodes_test.py INSTALLER PROFILE SSHNODE FIXTURE_MANIFEST PREFLIGHT_DATA KUBECTL"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import unittest  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

INSTALLER, PROFILE, SSHNODE, FIXTURE, DATA, KUBECTL = sys.argv[1:7]
del sys.argv[1:7]
MANIFEST = "/etc/kubernetes/manifests/kube-controller-manager.yaml"
BACKUP = "/etc/kubernetes/manifests/.kube-controller-manager.yaml.tke-cilium-installer.bak"


class CliNodes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="tkeci-clinodes-")
        cls.state = os.path.join(cls.tmp.name, "nodes")
        os.makedirs(cls.state)
        cls.slot = int(subprocess.run([SSHNODE, "claim-slot", str(os.getpid())], check=True,
                                      capture_output=True, text=True).stdout)
        cls.key = os.path.join(cls.tmp.name, "id_ed25519")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", cls.key], check=True)
        cls.index = cls.slot * 100
        cls.ip = subprocess.run(
            [SSHNODE, "up", "--state", cls.state, "--index", str(cls.index),
             "--authorized-keys", cls.key + ".pub", "--kube-manifest", FIXTURE,
             "--cni-file", os.path.join(DATA, "05-cilium.conf"), "--cilium-links"],
            check=True, capture_output=True, text=True).stdout.strip()
        with open(os.path.join(cls.state, f"node{cls.index}", "host_key.pub")) as f:
            kind, blob = f.read().split()[:2]
        cls.known_hosts = os.path.join(cls.tmp.name, "known_hosts")
        with open(cls.known_hosts, "w") as f:
            f.write(f"{cls.ip} {kind} {blob}\n")
        with open(PROFILE) as f:
            text = f.read()
        text = text.replace("target: new-cluster", "target: existing-cluster")
        text = text.replace("ip: 10.0.0.16", f"ip: {cls.ip}").replace(
            "keyFile: ~/.ssh/id_ed25519", f"keyFile: {cls.key}")
        cls.profile = os.path.join(cls.tmp.name, "profile.yaml")
        with open(cls.profile, "w") as f:
            f.write(text)
        with open(FIXTURE, "rb") as f:
            cls.original = f.read()
        # The cluster's master (where kube-controller-manager runs) is the SSH test node.
        cls.server = TestServer("--ready-after", "0.3", "--node-addresses", cls.ip)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        subprocess.run([SSHNODE, "down", "--state", cls.state])
        subprocess.run([SSHNODE, "release-slot", str(cls.slot)])
        cls.tmp.cleanup()

    def on_node(self, *command):
        return subprocess.run([SSHNODE, "exec", "--state", self.state, "--index", str(self.index),
                               "--", *command], capture_output=True)

    def links_on_node(self):
        r = self.on_node("ip", "-o", "link", "show")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b"lo:", r.stdout)  # a real listing, not an empty answer
        return r.stdout.decode()

    def file_on_node(self, path):
        """The file's bytes; None only when it does not exist (a failure to look fails)."""
        r = self.on_node("sh", "-c", 'if [ -e "$1" ]; then cat -- "$1"; else echo @absent@; fi',
                         "sh", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        return None if r.stdout == b"@absent@\n" else r.stdout

    def run_cli(self, *args, stdin=""):
        env = dict(os.environ, HOME=os.path.join(self.tmp.name, "home"),
                   XDG_DATA_HOME=os.path.join(self.tmp.name, "data"), LANG="C.UTF-8")
        env.pop("KUBECONFIG", None)
        if args and args[0] == "apply":  # the server's node-2 is not in the profile
            args = (*args, "--without-cilium", "node-2")
        r = subprocess.run([INSTALLER, *args, "--kubeconfig",
                            self.server.kubeconfig("admin-cert"), "--known-hosts",
                            self.known_hosts], capture_output=True, text=True, timeout=90,
                           env=env, input=stdin)
        return r.returncode, r.stdout, r.stderr

    def inventory(self):
        r = subprocess.run([KUBECTL, "--kubeconfig", self.server.kubeconfig("admin-cert"),
                            "get", "configmap", "-n", "kube-system",
                            "tke-cilium-installer-inventory", "-o",
                            "jsonpath={.data.inventory\\.json}"], capture_output=True, text=True)
        if r.returncode != 0 and "NotFound" in r.stderr:
            return None
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def test_1_unknown_host_key_touches_nothing(self):
        empty = os.path.join(self.tmp.name, "empty_known_hosts")
        open(empty, "w").close()
        env = dict(os.environ, HOME=os.path.join(self.tmp.name, "home"), LANG="C.UTF-8")
        r = subprocess.run([INSTALLER, "apply", "--profile", self.profile, "--yes",
                            "--kubeconfig", self.server.kubeconfig("admin-cert"),
                            "--known-hosts", empty, "--without-cilium", "node-2"],
                           capture_output=True, text=True, env=env,
                           timeout=90)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("is not in known_hosts; run preflight and accept it there first", r.stderr)
        self.assertIn("nothing was applied", r.stderr)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)
        self.assertIsNone(self.inventory())

    def test_2_consent_is_asked(self):
        # Not a terminal and no --yes: the apply consent is refused before any SSH.
        code, out, err = self.run_cli("apply", "--profile", self.profile)
        self.assertEqual(code, 2)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)

    def test_3_apply_edits_then_uninstall_restores(self):
        code, out, err = self.run_cli("apply", "--profile", self.profile, "--yes", "--wait",
                                      "--timeout", "30")
        self.assertEqual(code, 0, err)
        self.assertIn(f"--- {self.ip}:{MANIFEST}", out)
        self.assertIn("-    - --allocate-node-cidrs=true", out)
        self.assertIn("+    - --allocate-node-cidrs=false", out)
        self.assertIn("+    - --configure-cloud-routes=false", out)
        self.assertIn(f"{self.ip}: kube-controller-manager edited", out)
        self.assertIn("every workload is rolled out", out)
        edited = self.file_on_node(MANIFEST)
        self.assertIn(b"- --allocate-node-cidrs=false\n", edited)
        self.assertIn(b"- --configure-cloud-routes=false\n", edited)
        self.assertEqual(self.file_on_node(BACKUP), self.original)
        self.assertEqual(self.inventory()["editedMasters"], [self.ip])

        # Again: the flags are right, nothing is written, the original stays the backup.
        code, out, err = self.run_cli("apply", "--profile", self.profile, "--yes")
        self.assertEqual(code, 0, err)
        self.assertIn(f"{self.ip}: the flags are already right", out)
        self.assertEqual(self.file_on_node(MANIFEST), edited)
        self.assertEqual(self.file_on_node(BACKUP), self.original)

        links = self.links_on_node()
        self.assertIn("cilium_host", links)
        code, out, err = self.run_cli("uninstall", "--profile", self.profile, "--clean-nodes",
                                      "--yes")
        self.assertEqual(code, 0, err)
        self.assertIn(f"{self.ip}: kube-controller-manager put back", out)
        self.assertIn(f"{self.ip}: Cilium's links and CNI files removed", out)
        self.assertIn("file /etc/cni/net.d/05-cilium.conf", out)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)
        self.assertIsNone(self.file_on_node(BACKUP))
        self.assertIsNone(self.file_on_node("/etc/cni/net.d/05-cilium.conf"))
        self.assertNotIn("cilium_", self.links_on_node())
        self.assertIsNone(self.inventory())

    def test_4_uninstall_without_profile_says_what_is_left(self):
        code, out, err = self.run_cli("apply", "--profile", self.profile, "--yes")
        self.assertEqual(code, 0, err)
        code, out, err = self.run_cli("uninstall", "--yes")
        self.assertEqual(code, 1)
        self.assertIn(f"kube-controller-manager was edited on {self.ip}", err)
        self.assertIn(BACKUP, err)
        self.assertEqual(self.file_on_node(BACKUP), self.original)
        # The inventory is gone; with the profile the masters are still put back.
        code, out, err = self.run_cli("uninstall", "--profile", self.profile, "--yes")
        self.assertEqual(code, 1)
        self.assertIn("no inventory of an installation found", err)
        self.assertIn(f"{self.ip}: kube-controller-manager put back", out)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)
        self.assertIsNone(self.file_on_node(BACKUP))

    def test_5_unreachable_master_stops_before_anything(self):
        # A second master that cannot be reached: the reachable one is not touched either.
        with open(self.profile) as f:
            text = f.read() + f"""  - ip: 198.18.255.254
    port: 22
    user: root
    role: master
    auth: key
    keyFile: {self.key}
"""
        profile = os.path.join(self.tmp.name, "unreachable.yaml")
        with open(profile, "w") as f:
            f.write(text)
        code, out, err = self.run_cli("apply", "--profile", profile, "--yes")
        self.assertEqual(code, 1)
        self.assertIn("198.18.255.254: cannot connect", err)
        self.assertIn("--skip-controller-manager", err)
        self.assertNotIn("created", out)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)
        self.assertIsNone(self.inventory())

    def test_6_a_master_missing_from_the_profile_is_refused(self):
        # kube-controller-manager runs on the test node, but the profile names another master:
        # the one left out would go on allocating pod CIDRs.
        with open(self.profile) as f:
            text = f.read().replace(f"ip: {self.ip}", "ip: 198.18.255.254")
        profile = os.path.join(self.tmp.name, "other-master.yaml")
        with open(profile, "w") as f:
            f.write(text)
        # Kept off by name, node-1 passes the node-coverage rule; the masters' own check
        # still refuses (without it, the coverage rule would: kube_cli test_10).
        code, out, err = self.run_cli("apply", "--profile", profile, "--yes",
                                      "--without-cilium", "node-1")
        self.assertEqual(code, 1, err)
        self.assertIn(f"kube-controller-manager also runs on {self.ip}, which the profile does "
                      "not list as a master", err)
        self.assertNotIn("created", out)
        self.assertEqual(self.file_on_node(MANIFEST), self.original)
        self.assertIsNone(self.inventory())

if __name__ == "__main__":
    unittest.main(verbosity=2)
