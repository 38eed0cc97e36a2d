#!/usr/bin/env python3
"""Proves the test API server faithful by driving it with a stock kubectl: discovery
(api-resources), server-side apply of the installer's rendered manifests (created, then
unchanged on a second apply), get -o json, a field-manager conflict and its forced
resolution, watch, delete, the refusals (403, 401, unknown CA), and TKEStack's platform API
(create works, an apply of a missing Cluster is a 404, Machines refused until Running, versions
validated).

Usage: kubectl_proof.py KUBECTL INSTALLER PROFILE"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

KUBECTL, INSTALLER, PROFILE = sys.argv[1:4]
del sys.argv[1:4]


def kubectl_minor():
    r = subprocess.run([KUBECTL, "version", "--client", "-o", "json"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit(f"{KUBECTL} does not run: {r.stderr.strip()}")
    return int(re.sub(r"\D", "", json.loads(r.stdout)["clientVersion"]["minor"]))


# kubectl before 1.27 validates on the client with the protobuf OpenAPI v2 document, which this
# server does not serve; newer ones ask the server (fieldValidation=Strict, from OpenAPI v3).
VALIDATE = [] if kubectl_minor() >= 27 else ["--validate=false"]
# kubectl 1.21+ hides managedFields unless asked; 1.20 (Debian 12) always shows them.
SHOW_MANAGED = ["--show-managed-fields"] if kubectl_minor() >= 21 else []


def json_stream(text):
    """The objects of a stream of JSON documents (kubectl -o json, one per object)."""
    decoder, objects, at = json.JSONDecoder(), [], 0
    while text[at:].strip():
        obj, end = decoder.raw_decode(text, at + len(text[at:]) - len(text[at:].lstrip()))
        objects.append(obj)
        at = end
    return objects


class KubectlProof(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = TestServer("--ready-after", "0.2")
        cls.out = tempfile.TemporaryDirectory()
        for mode in ("overlay", "underlay"):
            profile = os.path.join(cls.out.name, f"{mode}.yaml")
            with open(PROFILE) as f:
                text = f.read().replace("target: new-cluster", "target: existing-cluster")
            if mode == "underlay":
                text = text.replace("networkMode: overlay", "networkMode: underlay\n  underlay:"
                                    "\n    asn: 64512\n    switchIP: 192.168.60.2")
            with open(profile, "w") as f:
                f.write(text)
            subprocess.run([INSTALLER, "render", "--profile", profile, "--out",
                            os.path.join(cls.out.name, mode)], check=True,
                           stdout=subprocess.DEVNULL)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.out.cleanup()

    def kubectl(self, *args, config="admin-cert", check=True):
        r = subprocess.run([KUBECTL, "--kubeconfig", self.server.kubeconfig(config), *args],
                           capture_output=True, text=True, timeout=60)
        if check and r.returncode != 0:
            self.fail(f"kubectl {' '.join(args)} failed: {r.stderr}")
        return r

    def manifests(self, mode):
        d = os.path.join(self.out.name, mode)
        names = ["cilium", "tke-eni-ipamd", "ip-masq-agent", "cilium-router"]
        files = [os.path.join(d, n + ".yaml") for n in names]
        return [a for f in files if os.path.exists(f) for a in ("-f", f)]

    def diff(self, *files):
        """kubectl diff --server-side (1.27 on; before, kubectl diff needs the protobuf OpenAPI
        v2 document, which this server does not serve: see VALIDATE)."""
        # kubectl diff's own field manager is kubectl-client-side-apply unless named: named,
        # so that it is the one the applies use.
        return self.kubectl("diff", "--server-side", "--field-manager=kubectl", *files,
                            check=False)

    def raw_dry_run(self, verb, uri, obj):
        """A dry-run write as every kubectl since 1.19 can send it (create/replace --raw);
        kubectl's own --dry-run=server needs OpenAPI v2 before 1.27, like diff."""
        path = os.path.join(self.out.name, "raw.json")
        with open(path, "w") as f:
            json.dump(obj, f)
        r = self.kubectl(verb, "--raw", uri + "?dryRun=All", "-f", path)
        return json.loads(r.stdout)

    def test_0_dry_run(self):
        """Dry runs store nothing and answer what a write would store (POST and PUT with
        dryRun=All; kubectl diff --server-side and apply --dry-run=server from kubectl 1.27
        on), before the other tests apply anything."""
        files = self.manifests("overlay")
        local = json_stream(self.kubectl("create", "--dry-run=client", "-o", "json",
                                         *VALIDATE, *files).stdout)
        ds = next(o for o in local if o["kind"] == "DaemonSet")
        served = self.raw_dry_run("create", "/apis/apps/v1/namespaces/kube-system/daemonsets",
                                  ds)
        self.assertTrue(served["metadata"]["uid"])  # set by the server's create path
        self.assertNotIn("resourceVersion", served["metadata"])  # never stored, so none
        r = self.kubectl("get", "ds", "cilium", "-n", "kube-system", check=False)
        self.assertIn('daemonsets.apps "cilium" not found', r.stderr)
        if kubectl_minor() >= 27:
            r = self.kubectl("apply", "--server-side", "--dry-run=server", *files)
            self.assertIn("daemonset.apps/cilium serverside-applied (server dry run)", r.stdout)
            r = self.diff(*files)
            self.assertEqual(r.returncode, 1, r.stderr)  # 1: differences found
            self.assertIn("+kind: DaemonSet", r.stdout)
            self.assertIn("+  name: cilium\n", r.stdout)
            self.assertNotIn("+  resourceVersion:", r.stdout)
            r = self.kubectl("get", "ds", "cilium", "-n", "kube-system", check=False)
            self.assertIn('daemonsets.apps "cilium" not found', r.stderr)

        self.kubectl("apply", "--server-side", *VALIDATE, *files)
        before = json.loads(self.kubectl("get", "cm", "cilium-config", "-n", "kube-system",
                                         "-o", "json").stdout)
        if kubectl_minor() >= 27:
            r = self.diff(*files)
            self.assertEqual((r.returncode, r.stdout), (0, ""), r.stderr)  # nothing to change

        # One value changed: the answer has it and keeps the stored resourceVersion; the
        # object on the server stays as it was.
        if kubectl_minor() >= 27:  # replace --raw of 1.20 answers 404 for this URI
            cm = json.loads(json.dumps(before))
            cm["data"]["debug"] = "true"
            served = self.raw_dry_run("replace", "/api/v1/namespaces/kube-system/configmaps/"
                                      "cilium-config", cm)
            self.assertEqual(served["data"]["debug"], "true")
            self.assertEqual(served["metadata"]["resourceVersion"],
                             before["metadata"]["resourceVersion"])
            changed = os.path.join(self.out.name, "cilium-changed.yaml")
            with open(os.path.join(self.out.name, "overlay", "cilium.yaml")) as f:
                text = f.read()
            self.assertIn("  debug: \"false\"", text)
            with open(changed, "w") as f:
                f.write(text.replace("  debug: \"false\"", "  debug: \"true\"", 1))
            r = self.diff("-f", changed)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn('-  debug: "false"', r.stdout)
            self.assertIn('+  debug: "true"', r.stdout)
        after = json.loads(self.kubectl("get", "cm", "cilium-config", "-n", "kube-system",
                                        "-o", "json").stdout)
        self.assertEqual(after["metadata"]["resourceVersion"],
                         before["metadata"]["resourceVersion"])
        self.assertEqual(after["data"]["debug"], "false")

    def test_1_discovery(self):
        out = self.kubectl("api-resources", "--no-headers").stdout
        rows = {line.split()[0]: line.split() for line in out.splitlines()}
        self.assertEqual(rows["daemonsets"][-3:], ["apps/v1", "true", "DaemonSet"])
        self.assertEqual(rows["clusterroles"][-3:],
                         ["rbac.authorization.k8s.io/v1", "false", "ClusterRole"])
        self.assertEqual(rows["clusters"][-3:], ["platform.tkestack.io/v1", "false", "Cluster"])
        ns = self.kubectl("api-resources", "--namespaced=false", "-o", "name").stdout.split()
        self.assertIn("nodes", ns)
        self.assertNotIn("configmaps", ns)

    def test_2_apply_twice(self):
        for mode in ("overlay", "underlay"):
            first = self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests(mode))
            self.assertIn("daemonset.apps/cilium serverside-applied", first.stdout)
        for ds in ("cilium", "cilium-router", "ip-masq-agent"):  # status settles first
            self.kubectl("rollout", "status", f"ds/{ds}", "-n", "kube-system", "--timeout=20s")
        before = json.loads(self.kubectl("get", "ds", "-n", "kube-system", "-o", "json").stdout)
        self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests("underlay"))
        ds = json.loads(self.kubectl("get", "ds", "-n", "kube-system", "-o", "json",
                                     *SHOW_MANAGED).stdout)
        names = sorted(i["metadata"]["name"] for i in ds["items"])
        self.assertEqual(names, ["cilium", "cilium-router", "ip-masq-agent"])
        cilium = next(i for i in ds["items"] if i["metadata"]["name"] == "cilium")
        managers = {(m["manager"], m["operation"]) for m in cilium["metadata"]["managedFields"]}
        self.assertEqual(managers, {("kubectl", "Apply"), ("kube-controller-manager", "Update")})
        # An apply that changes nothing writes nothing: every resourceVersion stays.
        old = {i["metadata"]["name"]: i["metadata"]["resourceVersion"] for i in before["items"]}
        rvs = {i["metadata"]["name"]: i["metadata"]["resourceVersion"] for i in ds["items"]}
        self.assertEqual(old, rvs)
        cm = json.loads(self.kubectl("get", "cm", "cilium-config", "-n", "kube-system", "-o",
                                     "json").stdout)
        self.assertEqual(cm["data"]["tunnel"], "disabled")  # underlay applied last
        self.assertEqual(cm["data"]["ipam"], "crd")

    def test_3_conflict(self):
        self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests("overlay"))
        path = os.path.join(self.out.name, "cm.yaml")
        with open(path, "w") as f:
            f.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cilium-config\n"
                    "  namespace: kube-system\ndata:\n  tunnel: geneve\n")
        r = self.kubectl("apply", "--server-side", "--field-manager=operator-by-hand",
                         *VALIDATE, "-f", path, check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('conflict with "kubectl" using v1: .data.tunnel', r.stderr)
        self.kubectl("apply", "--server-side", "--field-manager=operator-by-hand",
                     "--force-conflicts", *VALIDATE, "-f", path)
        got = self.kubectl("get", "cm", "cilium-config", "-n", "kube-system", "-o",
                           "jsonpath={.data.tunnel}").stdout
        self.assertEqual(got, "geneve")
        # The new owner holds the field now: kubectl's own apply conflicts in turn.
        r = self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests("overlay"),
                         check=False)
        self.assertIn('conflict with "operator-by-hand"', r.stderr)
        self.kubectl("apply", "--server-side", "--force-conflicts", *VALIDATE,
                     *self.manifests("overlay"))

    def test_4_watch_and_rollout(self):
        self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests("overlay"))
        r = self.kubectl("rollout", "status", "ds/cilium", "-n", "kube-system",
                         "--timeout=20s")
        self.assertIn("successfully rolled out", r.stdout)
        r = self.kubectl("rollout", "status", "deploy/tke-eni-ipamd", "-n", "kube-system",
                         "--timeout=20s")
        self.assertIn("successfully rolled out", r.stdout)

    def test_5_delete(self):
        self.kubectl("apply", "--server-side", *VALIDATE, *self.manifests("overlay"))
        self.kubectl("delete", "deploy", "tke-eni-ipamd", "-n", "kube-system")
        r = self.kubectl("get", "deploy", "tke-eni-ipamd", "-n", "kube-system", check=False)
        self.assertIn('deployments.apps "tke-eni-ipamd" not found', r.stderr)

    def test_7_crash_loop_logs(self):
        server = TestServer("--stuck", "cilium")
        try:
            def kc(*args):
                return subprocess.run([KUBECTL, "--kubeconfig",
                                       server.kubeconfig("admin-cert"), *args],
                                      capture_output=True, text=True, timeout=60)
            kc("apply", "--server-side", *VALIDATE, *self.manifests("overlay"))
            for _ in range(50):
                pods = json.loads(kc("get", "pods", "-n", "kube-system", "-l", "k8s-app=cilium",
                                     "-o", "json").stdout)["items"]
                if pods:
                    break
                time.sleep(0.1)
            waiting = pods[0]["status"]["containerStatuses"][0]["state"]["waiting"]
            self.assertEqual(waiting["reason"], "CrashLoopBackOff")
            out = kc("logs", "-n", "kube-system", pods[0]["metadata"]["name"], "--tail=1").stdout
            self.assertIn("BPF filesystem is not mounted", out)
        finally:
            server.stop()

    def test_6_refusals(self):
        r = self.kubectl("delete", "ds", "cilium", "-n", "kube-system", config="viewer",
                         check=False)
        self.assertIn('User "viewer" cannot delete resource "daemonsets" in API group "apps"',
                      r.stderr)
        r = self.kubectl("get", "ns", config="badtoken", check=False)
        self.assertIn("Unauthorized", r.stderr)
        # An expired client certificate passes the handshake and is refused per request, as
        # kube-apiserver does (tls.RequestClientCert, then its x509 authenticator).
        r = self.kubectl("get", "ns", config="expired", check=False)
        self.assertIn("You must be logged in to the server (Unauthorized)", r.stderr)
        r = self.kubectl("get", "ns", config="badca", check=False)
        self.assertIn("certificate signed by unknown authority", r.stderr)
        r = self.kubectl("get", "ns", config="admin-token")
        self.assertIn("kube-system", r.stdout)


    def test_8_platform(self):
        """TKEStack's platform as kubectl sees it (apiserver/tkeplatform.py), on a server of
        its own so that its Cilium workloads stay out of the other tests."""
        server = TestServer("--cluster-step", "0.2")
        self.addCleanup(server.stop)

        def kubectl(*args):
            return subprocess.run([KUBECTL, "--kubeconfig", server.kubeconfig("admin-cert"),
                                   *args], capture_output=True, text=True, timeout=60)

        def write(name, obj):
            path = os.path.join(self.out.name, name)
            with open(path, "w") as f:
                json.dump(obj, f)  # JSON is YAML
            return path

        def cluster(name, version):
            return write(name + ".json", {
                "apiVersion": "platform.tkestack.io/v1", "kind": "Cluster",
                "metadata": {"name": name},
                "spec": {"type": "Baremetal", "version": version,
                         "clusterCIDR": "10.244.0.0/16"}})

        info = json.loads(kubectl("get", "cm", "cluster-info", "-n", "kube-public", "-o",
                                  "jsonpath={.data.k8sValidVersions}").stdout)
        self.assertEqual(info, ["1.21.4-tke.3", "1.20.6-tke.2"])
        good = cluster("cls-proof", "1.21.4-tke.3")
        r = kubectl("apply", "--server-side", *VALIDATE, "-f", good)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('clusters.platform.tkestack.io "cls-proof" not found', r.stderr)
        r = kubectl("create", *VALIDATE, "-f", cluster("cls-old", "1.20.4-tke.1"))
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('spec.version: Unsupported value: "1.20.4-tke.1": supported values: '
                      '"1.21.4-tke.3", "1.20.6-tke.2"', r.stderr)
        r = kubectl("create", *VALIDATE, "-f", good)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("cluster.platform.tkestack.io/cls-proof created", r.stdout)
        machine = write("machine.json", {
            "apiVersion": "platform.tkestack.io/v1", "kind": "Machine",
            "metadata": {"name": "mc-proof"},
            "spec": {"clusterName": "cls-proof", "type": "Baremetal", "ip": "10.0.0.17"}})
        r = kubectl("create", *VALIDATE, "-f", machine)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("spec.ip: Forbidden: the cluster's machine upper limit(0) has been "
                      "reached", r.stderr)
        for _ in range(100):
            phase = kubectl("get", "clusters.platform.tkestack.io", "cls-proof", "-o",
                            "jsonpath={.status.phase}").stdout
            if phase == "Running":
                break
            time.sleep(0.1)
        self.assertEqual(phase, "Running")
        r = kubectl("create", *VALIDATE, "-f", machine)
        self.assertEqual(r.returncode, 0, r.stderr)
        got = json.loads(kubectl("get", "clusters.platform.tkestack.io", "cls-proof", "-o",
                                 "json").stdout)
        self.assertEqual(got["status"]["addresses"],
                         [{"type": "Real", "host": "127.0.0.1", "port": server.port}])
        cc = json.loads(kubectl("get", "clustercredentials.platform.tkestack.io",
                                got["spec"]["clusterCredentialRef"]["name"], "-o",
                                "json").stdout)
        with open(os.path.join(server.dir.name, "ca.crt"), "rb") as f:
            self.assertEqual(base64.b64decode(cc["caCert"]), f.read())
        # TKEStack's own Cilium is on the new cluster, its fields the platform controller's.
        ds = json.loads(kubectl("get", "ds", "cilium", "-n", "kube-system", "-o", "json",
                                *SHOW_MANAGED).stdout)
        self.assertEqual([m["manager"] for m in ds["metadata"]["managedFields"]
                          if m["operation"] == "Update" and "subresource" not in m],
                         ["tke-platform-controller"])

if __name__ == "__main__":
    unittest.main(verbosity=2)
