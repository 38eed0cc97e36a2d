#!/usr/bin/env python3
"""`apply --wait` of a new-cluster profile end to end against the test API server acting as
TKEStack's platform (apiserver/tkeplatform.py): the Cluster is POSTed (201) and followed, an
existing one is followed and never created twice (also after an interrupted run), workers
are POSTed only once the Cluster runs, a version the platform does not offer is refused
before anything is created, a failed condition ends the run with its message, the operator's
edited files are applied to the new cluster and rolled out, and TKEStack's fields are taken
over only with --yes.

Usage: cli_newcluster_test.py INSTALLER PROFILE KUBECTL"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import unittest  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

INSTALLER, PROFILE, KUBECTL = sys.argv[1:4]
del sys.argv[1:4]
WORKER = """  - ip: 10.0.0.17
    port: 22
    user: root
    role: worker
    auth: key
    keyFile: ~/.ssh/id_ed25519
"""
FAST = ("--cluster-step", "0.2", "--ready-after", "0.3")


class NewCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(PROFILE) as f:
            cls.profile = cls.write("new.yaml", f.read() + WORKER)
        os.makedirs(os.path.join(cls.tmp.name, "home", ".ssh"))
        cls.write("home/.ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\n")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def write(cls, name, text):
        path = os.path.join(cls.tmp.name, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def server(self, *args):
        s = TestServer(*FAST, *args)
        self.addCleanup(s.stop)
        return s

    def env(self):
        env = dict(os.environ, HOME=os.path.join(self.tmp.name, "home"),
                   XDG_DATA_HOME=os.path.join(self.tmp.name, "data", self.id()), LANG="C.UTF-8")
        env.pop("KUBECONFIG", None)
        return env

    def cli(self, server, *args):
        r = subprocess.run([INSTALLER, *args, "--kubeconfig", server.kubeconfig("admin-cert")],
                           capture_output=True, text=True, timeout=90, env=self.env(),
                           stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout, r.stderr

    def apply(self, server, *extra):
        return self.cli(server, "apply", "--profile", self.profile, "--yes", "--wait",
                        "--timeout", "30", *extra)

    def kubectl(self, server, *args):
        return subprocess.run([KUBECTL, "--kubeconfig", server.kubeconfig("admin-cert"), *args],
                              capture_output=True, text=True, timeout=30).stdout

    @staticmethod
    def requests(server, prefix):
        with open(os.path.join(server.dir.name, "server.log")) as f:
            return [line.strip() for line in f if line.startswith(prefix)]

    def rendered(self, edit):
        """`render` of the profile into a folder, cilium.yaml edited by `edit`."""
        out = tempfile.mkdtemp(dir=self.tmp.name)
        r = subprocess.run([INSTALLER, "render", "--profile", self.profile, "--out", out],
                           capture_output=True, text=True, timeout=30, env=self.env())
        self.assertEqual(r.returncode, 0, r.stderr)
        path = os.path.join(out, "cilium.yaml")
        with open(path) as f:
            text = f.read()
        with open(path, "w") as f:
            f.write(edit(text))
        return out

    def test_post_then_follow_then_workers(self):
        s = self.server()
        code, out, err = self.apply(s)
        self.assertEqual(code, 0, err)
        self.assertIn("TKEStack v1.6.0 offers Kubernetes 1.21.4-tke.3, 1.20.6-tke.2", out)
        self.assertRegex(out, r"cluster cls-[0-9a-f]{8} created on the global cluster")
        # Created by POST (answered 201), never by an apply (the platform would answer 404).
        self.assertEqual(len(self.requests(s, "POST /apis/platform.tkestack.io/v1/clusters")), 1)
        self.assertEqual(self.requests(s, "PATCH /apis/platform.tkestack.io"), [])
        # The worker only after Running (the platform refuses it before: upper limit(0)).
        running = out.index("phase Running - EnsurePatchAnnotation True")
        worker = out.index("worker 10.0.0.17 (Machine mc-")
        self.assertLess(running, worker)
        self.assertIn("  worker 10.0.0.17: phase Running - EnsureMarkNode True", out)
        self.assertIn("TKEStack deployed Cilium from its own manifests; no edited file to send",
                      out)
        self.assertIn("DaemonSet kube-system/cilium: 2/2 ready, 2/2 updated - rolled out", out)
        self.assertRegex(out, r"cluster cls-[0-9a-f]{8} is Running with Cilium rolled out")
        # Run again: followed, not created twice.
        code, out, err = self.apply(s)
        self.assertEqual(code, 0, err)
        self.assertIn("exists already (an earlier run): following it", out)
        self.assertIn("worker 10.0.0.17 (Machine mc-", out)
        self.assertIn("exists already: following it", out)
        # The Cluster is read first and found: no second POST. The Machine's POST is answered
        # 409 AlreadyExists and followed; one of each stays on the server.
        self.assertEqual(len(self.requests(s, "POST /apis/platform.tkestack.io/v1/clusters")), 1)
        self.assertEqual(len(self.kubectl(s, "get", "clusters.platform.tkestack.io",
                                          "-o", "name").split()), 1)
        self.assertEqual(len(self.kubectl(s, "get", "machines.platform.tkestack.io",
                                          "-o", "name").split()), 1)

    def test_verify_runs_the_connectivity_check_on_the_new_cluster(self):
        s = self.server()
        code, out, err = self.apply(s, "--verify", "--offline")
        self.assertEqual(code, 0, err)
        # After the rollout, on the new cluster; the offline site leaves out the external checks.
        self.assertLess(out.index("rolled out"), out.index("PASS echo-a"))
        self.assertIn("PASS pod-to-a ", out)
        self.assertNotIn("pod-to-a-external-1111", out)
        self.assertIn("connectivity check passed", out)
        self.assertEqual(self.kubectl(s, "get", "deployments", "-A", "-o", "name").count(
            "echo-a"), 0)  # removed again

    def test_interrupted_run_resumes(self):
        s = self.server("--cluster-step", "1")
        p = subprocess.Popen([INSTALLER, "apply", "--profile", self.profile, "--yes", "--wait",
                              "--timeout", "30", "--kubeconfig", s.kubeconfig("admin-cert")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=self.env(), stdin=subprocess.DEVNULL)
        for line in p.stdout:
            if "created on the global cluster" in line:
                break
        p.send_signal(signal.SIGINT)  # Ctrl-C while the cluster initializes
        p.wait(10)
        p.stdout.close()
        p.stderr.close()
        self.assertEqual(self.kubectl(s, "get", "machines.platform.tkestack.io", "-o", "name"),
                         "")
        code, out, err = self.apply(s)
        self.assertEqual(code, 0, err)
        self.assertIn("exists already (an earlier run): following it", out)
        self.assertIn("worker 10.0.0.17 (Machine mc-", out)
        self.assertEqual(len(self.kubectl(s, "get", "clusters.platform.tkestack.io",
                                          "-o", "name").split()), 1)

    def test_version_not_offered_creates_nothing(self):
        s = self.server("--k8s-valid-versions", "1.20.6-tke.2,1.18.4-tke.1")
        code, out, err = self.apply(s)
        self.assertEqual(code, 2, out + err)
        self.assertIn("cluster.kubernetesVersion: TKEStack v1.6.0 does not offer Kubernetes "
                      "1.21.4-tke.3; valid versions: 1.20.6-tke.2, 1.18.4-tke.1", err)
        self.assertEqual(self.requests(s, "POST "), [])
        self.assertEqual(self.kubectl(s, "get", "clusters.platform.tkestack.io", "-o", "name"),
                         "")

    def test_failed_condition_is_exit_1_with_its_message(self):
        s = self.server("--cluster-outcome", "failed")
        code, out, err = self.apply(s)
        self.assertEqual(code, 1, out + err)
        # TKEStack leaves the phase Initializing and records the step as False/FailedInit.
        self.assertIn("phase Initializing - EnsureCilium False FailedInit", out)
        self.assertIn("step EnsureCilium failed (FailedInit): cilium-agent is not ready on "
                      "10.0.0.16: kernel 4.10.0-118-generic is older than 4.11", err)
        self.assertEqual(self.requests(s, "POST /apis/platform.tkestack.io/v1/machines"), [])

    def test_edited_file_applied_to_the_new_cluster(self):
        s = self.server()
        edited = self.rendered(lambda t: t.replace('debug: "false"', 'debug: "true"', 1))
        code, out, err = self.apply(s, "--manifests", edited)
        self.assertEqual(code, 0, err)
        self.assertIn("cilium.yaml differs from what TKEStack deploys: it is applied to the new "
                      "cluster once the cluster runs", out)
        self.assertLess(out.index("phase Running"), out.index("reached the new cluster at "
                                                              f"https://127.0.0.1:{s.port}"))
        self.assertRegex(out, r"\[\d+/\d+\] ConfigMap kube-system/cilium-config created")
        self.assertIn("DaemonSet kube-system/cilium: 2/2 ready, 2/2 updated - rolled out", out)
        self.assertEqual(self.kubectl(s, "get", "configmap", "-n", "kube-system",
                                      "cilium-config", "-o", "jsonpath={.data.debug}"), "true")
        # Only the edited file: tke-eni-ipamd.yaml is left to TKEStack.
        self.assertNotIn("tke-eni-ipamd differs", out)

    def test_conflict_with_tkestack_is_taken_over_with_yes(self):
        s = self.server()
        edited = self.rendered(
            lambda t: t.replace("tkestack/cilium:v1.9.5", "tkestack/cilium:v1.9.6"))
        code, out, err = self.apply(s, "--manifests", edited)
        self.assertEqual(code, 0, err)
        self.assertIn("DaemonSet kube-system/cilium on the new cluster has fields that TKEStack's "
                      "platform set", err)
        self.assertIn('conflict with "tke-platform-controller"', err)
        self.assertIn("taking them over (--yes)", out)
        image = self.kubectl(s, "get", "ds", "-n", "kube-system", "cilium", "-o",
                             "jsonpath={.spec.template.spec.containers[0].image}")
        self.assertEqual(image, "docker.io/tkestack/cilium:v1.9.6")


if __name__ == "__main__":
    unittest.main(verbosity=2)
