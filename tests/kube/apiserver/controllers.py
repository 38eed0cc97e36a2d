"""What kube-controller-manager, the kubelets and TKEStack's platform controller would do to
status, simulated so that clients can watch a rollout: DaemonSets and Deployments become
ready a moment after each new generation (unless named as stuck), Cluster objects move
through their conditions as TKEStack's platform moves them (platform.py)."""

import threading
import time

import tkeplatform as tke_platform
import resources
import ssa

DS = resources.find("apps", "v1", "daemonsets")
DEPLOY = resources.find("apps", "v1", "deployments")
NODE = resources.find("", "v1", "nodes")
POD = resources.find("", "v1", "pods")
CRASH_LOG = ["level=info msg=\"Cilium 1.9.5 starting\"",
             "level=info msg=\"Establishing connection to apiserver\"",
             "level=fatal msg=\"BPF filesystem is not mounted at /sys/fs/bpf\" subsys=daemon"]
MANAGER = "kube-controller-manager"


class Controllers(threading.Thread):
    def __init__(self, store, ready_after, stuck, cluster_outcome, cluster_step):
        super().__init__(daemon=True)
        self.store = store
        self.ready_after = ready_after
        self.stuck = set(stuck)
        self.cluster_outcome = cluster_outcome
        self.cluster_step = cluster_step  # seconds per Cluster condition
        self.seen = {}  # (resource, ns, name, generation) -> first time seen
        self.platform = tke_platform.Controller(store, cluster_step, cluster_outcome,
                                                lambda res, obj: self._age(res, obj, False))

    def run(self):
        while True:
            time.sleep(0.1)
            try:
                self.tick()
            except Exception as e:  # keep serving; the test will see the missing status
                print("controller:", e, flush=True)

    def _age(self, res, obj, per_generation=True):
        m = obj["metadata"]
        key = (m.get("uid"), m.get("generation", 1) if per_generation else 0)
        return time.monotonic() - self.seen.setdefault(key, time.monotonic())

    def _set_status(self, res, obj, status):
        if obj.get("status") == status:
            return
        m = obj["metadata"]
        entry = self.store.get(res, m.get("namespace"), m["name"])
        if not entry:
            return
        new = dict(entry["obj"], status=status)
        managers = ssa.update(entry["obj"], new, entry["managers"], MANAGER, "Update",
                              res.group_version, status=True)
        self.store.put(res, m.get("namespace"), m["name"], new, managers)

    @staticmethod
    def _runs_on(ds, node):
        """Whether the DaemonSet's pod may run on `node` by its required node affinity, as the
        DaemonSet controller decides it (pkg/controller/daemon nodeShouldRunDaemonPod through
        k8s.io/component-helpers scheduling/corev1/nodeaffinity: the terms are ORed, the
        expressions of a term ANDed; matchFields knows metadata.name). Taints are not
        modelled: the installer's DaemonSets tolerate every taint."""
        terms = (ds.get("spec", {}).get("template", {}).get("spec", {}).get("affinity", {})
                 .get("nodeAffinity", {}).get("requiredDuringSchedulingIgnoredDuringExecution",
                                              {}).get("nodeSelectorTerms"))
        if not terms:
            return True
        labels = node["metadata"].get("labels", {})
        fields = {"metadata.name": node["metadata"]["name"]}

        def holds(req, values):
            op, want = req["operator"], req.get("values", [])
            have = values.get(req["key"])
            return {"In": have in want, "NotIn": have not in want,
                    "Exists": have is not None, "DoesNotExist": have is None}[op]
        return any(all(holds(r, labels) for r in t.get("matchExpressions", []))
                   and all(holds(r, fields) for r in t.get("matchFields", []))
                   for t in terms)

    def tick(self):
        self._collect_garbage()
        all_nodes = self.store.list(NODE, None)[0]
        for obj in self.store.list(DS, None)[0]:
            nodes = sum(1 for n in all_nodes if self._runs_on(obj, n))
            gen = obj["metadata"].get("generation", 1)
            ready = nodes if self._ready(DS, obj) else 0
            if obj["metadata"]["name"] in self.stuck:
                self._crash_loop_pod(obj)
            self._set_status(DS, obj, {
                "currentNumberScheduled": nodes, "desiredNumberScheduled": nodes,
                "numberMisscheduled": 0, "numberReady": ready, "numberAvailable": ready,
                "updatedNumberScheduled": ready, "observedGeneration": gen})
        for obj in self.store.list(DEPLOY, None)[0]:
            gen = obj["metadata"].get("generation", 1)
            want = obj.get("spec", {}).get("replicas", 1)
            ready = want if self._ready(DEPLOY, obj) else 0
            if obj["metadata"]["name"] in self.stuck:
                self._crash_loop_pod(obj)
            status = {"observedGeneration": gen, "replicas": want, "updatedReplicas": ready,
                      "readyReplicas": ready, "availableReplicas": ready,
                      "conditions": [{"type": "Available",
                                      "status": "True" if ready >= want else "False"}]}
            if ready < want:
                status["unavailableReplicas"] = want - ready
            self._set_status(DEPLOY, obj, status)
        self.platform.tick()

    def _crash_loop_pod(self, obj):
        """A stuck workload has a pod whose agent container keeps crashing, as a node with a
        missing prerequisite shows it; deleting the workload deletes the pod (ownerReference
        and the garbage collector)."""
        m = obj["metadata"]
        name = m["name"] + "-x7k2p"
        if self.store.get(POD, m["namespace"], name):
            return
        labels = ((obj.get("spec") or {}).get("template") or {}).get("metadata", {}).get(
            "labels", {})
        containers = (((obj.get("spec") or {}).get("template") or {}).get("spec") or {}).get(
            "containers") or [{"name": "main"}]
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {
            "name": name, "namespace": m["namespace"], "labels": labels,
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": obj["kind"], "name": m["name"],
                                 "uid": m["uid"], "controller": True}]},
            "spec": {"nodeName": "node-1", "containers": containers},
            "status": {"phase": "Running", "containerStatuses": [{
                "name": containers[0]["name"], "ready": False, "restartCount": 7,
                "state": {"waiting": {"reason": "CrashLoopBackOff",
                                      "message": "back-off 5m0s restarting failed container"}},
                "lastState": {"terminated": {"exitCode": 1, "reason": "Error"}}}]}}
        self.store.put(POD, m["namespace"], name, pod, {})
        self.store.logs[(m["namespace"], name)] = CRASH_LOG

    def _collect_garbage(self):
        live = {o["metadata"]["uid"] for res in (DS, DEPLOY) for o in self.store.list(res, None)[0]}
        for pod in self.store.list(POD, None)[0]:
            # Only what the workload controllers made; mirror pods are owned by their Node.
            owners = [o for o in pod["metadata"].get("ownerReferences") or []
                      if o.get("kind") in ("DaemonSet", "Deployment")]
            if owners and not any(o["uid"] in live for o in owners):
                self.store.delete(POD, pod["metadata"]["namespace"], pod["metadata"]["name"])

    def _ready(self, res, obj):
        return obj["metadata"]["name"] not in self.stuck and \
            self._age(res, obj) >= self.ready_after
