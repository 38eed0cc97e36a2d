"""TKEStack's platform (platform.tkestack.io/v1) where the installer depends on it, each
behaviour with the tkestack/tke source line it reproduces: create only by POST, versions from
kube-public/cluster-info validated at create, Machines refused until the Cluster runs,
conditions and phases over time (a failed step as TKEStack records it), the ClusterCredential
and status.addresses of the new cluster. The new cluster is this server itself."""

import base64
import json
import math

import resources
import ssa
from errors import ApiError, not_found

GROUP = "platform.tkestack.io"
CLUSTER = resources.find(GROUP, "v1", "clusters")
MACHINE = resources.find(GROUP, "v1", "machines")
CREDENTIAL = resources.find(GROUP, "v1", "clustercredentials")
CONFIGMAP = resources.find("", "v1", "configmaps")
DS = resources.find("apps", "v1", "daemonsets")
DEPLOY = resources.find("apps", "v1", "deployments")
# client-go's default user agent is the binary's name, and kube-apiserver takes a create's
# field manager from it: cmd/tke-platform-controller.
MANAGER = "tke-platform-controller"
# TKEStack's create handlers in order (pkg/platform/provider/baremetal/cluster/provider.go:70-123),
# the ones that matter here.
CLUSTER_STEPS = ["EnsureCopyFiles", "EnsureKubeadmInitPhase", "EnsureCilium",
                 "EnsurePatchAnnotation"]
MACHINE_STEPS = ["EnsureCopyFiles", "EnsureJoinPhaseKubeletStart", "EnsureMarkNode"]  # machine/provider.go:72-99
# The Case 3 failure, as EnsureCilium's error reaches the condition's message.
KERNEL_MESSAGE = ("cilium-agent is not ready on 10.0.0.16: kernel 4.10.0-118-generic is "
                  "older than 4.11")


class Config:
    """What main() knows about this server: the new cluster's address and credential."""
    port = 0
    ca_pem = b""
    admin_token = ""
    cilium_image = "docker.io/tkestack/cilium:v1.9.5"
    tke_version = "v1.6.0"
    versions = ["1.21.4-tke.3", "1.20.6-tke.2"]


def seed(store):
    """kube-public/cluster-info as tke-installer writes it: tkeVersion and k8sValidVersions,
    a JSON list in a string (cmd/tke-installer/app/installer/installer.go:2951)."""
    store.put(CONFIGMAP, "kube-public", "cluster-info", {
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "cluster-info", "namespace": "kube-public"},
        "data": {"tkeVersion": Config.tke_version,
                 "k8sValidVersions": json.dumps(Config.versions)}}, {})


def valid_versions(store):
    """pkg/platform/util/version.go:29-40: the list out of kube-public/cluster-info."""
    e = store.get(CONFIGMAP, "kube-public", "cluster-info")
    return json.loads(e["obj"]["data"]["k8sValidVersions"]) if e else []


def invalid(kind, name, field, message, reason="FieldValueInvalid"):
    return ApiError(422, "Invalid", f'{kind}.{GROUP} "{name}" is invalid: {field}: {message}',
                    {"name": name, "group": GROUP, "kind": kind,
                     "causes": [{"reason": reason, "message": message, "field": field}]})


def check_apply(res, name, live):
    """The platform registry has AllowCreateOnUpdate false
    (pkg/platform/registry/cluster/strategy.go:194-197, machine/strategy.go:107-110), and an
    apply is an update: an object that does not exist yet answers 404."""
    if res.group == GROUP and live is None:
        raise not_found(res, name)


def check_create(store, res, name, obj):
    if res is CLUSTER:
        _check_cluster(store, name, obj)
    elif res is MACHINE:
        _check_machine(store, name, obj)


def _check_cluster(store, name, obj):
    # pkg/platform/provider/baremetal/validation/cluster.go:130 and :146-160
    # (ValidateClusterSpecVersion -> pkg/util/validation/kubernetes.go:59-60, NotSupported).
    version = (obj.get("spec") or {}).get("version", "")
    valid = valid_versions(store)
    if version not in valid:
        supported = ", ".join(f'"{v}"' for v in valid)
        raise invalid("Cluster", name, "spec.version",
                      f'Unsupported value: "{version}": supported values: {supported}',
                      "FieldValueNotSupported")


def _check_machine(store, name, obj):
    spec = obj.get("spec") or {}
    cluster = store.get(CLUSTER, None, spec.get("clusterName", ""))
    if not cluster:
        raise invalid("Machine", name, "spec.clusterName",
                      f'Not found: "{spec.get("clusterName", "")}"', "FieldValueNotFound")
    c = cluster["obj"]
    # pkg/platform/provider/baremetal/validation/machine.go:100-113: 2^(nodeCIDRMaskSize -
    # clusterCIDR prefix) machines at most; before the cluster has run far enough
    # nodeCIDRMaskSize is 0, and the limit 0.
    ones = int(c["spec"].get("clusterCIDR", "0.0.0.0/16").split("/")[1])
    mask = (c.get("status") or {}).get("nodeCIDRMaskSize", 0)
    limit = int(math.pow(2, mask - ones))
    count = len([m for m in store.list(MACHINE, None)[0]
                 if m["spec"].get("clusterName") == c["metadata"]["name"]])
    if count >= limit:
        raise invalid("Machine", name, "spec.ip", "Forbidden: the cluster's machine upper "
                      f"limit({limit}) has been reached", "FieldValueForbidden")


class Controller:
    """TKEStack's cluster and machine controllers, one step per `step` seconds."""

    def __init__(self, store, step, outcome, age):
        self.store, self.step, self.outcome, self.age = store, max(step, 0.05), outcome, age
        self.deployed = set()  # clusters whose EnsureCilium ran: it runs once, not per tick

    def tick(self):
        for obj in self.store.list(CLUSTER, None)[0]:
            self._cluster(obj)
        for obj in self.store.list(MACHINE, None)[0]:
            self._machine(obj)

    def _write(self, res, obj, new):
        entry = self.store.get(res, None, obj["metadata"]["name"])
        if entry and entry["obj"] != new:
            managers = ssa.update(entry["obj"], new, entry["managers"], MANAGER, "Update",
                                  res.group_version)
            self.store.put(res, None, obj["metadata"]["name"], new, managers)

    def _credential(self, obj):
        """pkg/platform/controller/cluster/cluster_controller.go:379 (ensureCreateCluster-
        Credential): a ClusterCredential for the cluster, named in spec.clusterCredentialRef.
        caCert is []byte (base64 in JSON), token a string (api/platform/v1/types.go)."""
        name = "cc-" + obj["metadata"]["name"][len("cls-"):]
        if not self.store.get(CREDENTIAL, None, name):
            cc = {"apiVersion": f"{GROUP}/v1", "kind": "ClusterCredential",
                  "metadata": {"name": name}, "clusterName": obj["metadata"]["name"],
                  "caCert": base64.b64encode(Config.ca_pem).decode(),
                  "token": Config.admin_token}
            self.store.put(CREDENTIAL, None, name, cc,
                           ssa.update(None, cc, {}, MANAGER, "Update", CREDENTIAL.group_version))
        return name

    def _cluster(self, obj):
        spec = dict(obj["spec"])
        if "clusterCredentialRef" not in spec:
            spec["clusterCredentialRef"] = {"name": self._credential(obj)}
            return self._write(CLUSTER, obj, dict(obj, spec=spec))
        done = min(len(CLUSTER_STEPS), int(self.age(CLUSTER, obj) / self.step))
        skip = spec.get("features", {}).get("skipConditions") or []
        status = dict(obj.get("status") or {})
        conditions = [{"type": s, "status": "True", "reason": "Skip" if s in skip else "",
                       "message": "Skip current condition" if s in skip else ""}
                      for s in CLUSTER_STEPS[:done]]
        status["phase"] = "Initializing"
        if done >= 2:
            # kubeadm init has run: the API server has addresses (Real: one apiserver).
            status["addresses"] = [{"type": "Real", "host": "127.0.0.1", "port": Config.port}]
        if done >= 3 and self.outcome == "failed":
            # pkg/platform/provider/cluster/interface.go:226-233: a failed step is a condition
            # with status False, reason FailedInit, the error as message, and the phase stays
            # Initializing while the controller retries (cluster_controller.go:392);
            # api/platform/v1/cluster.go:146-150 copies reason and message into status.
            conditions = conditions[:2] + [{"type": "EnsureCilium", "status": "False",
                                            "reason": "FailedInit", "message": KERNEL_MESSAGE}]
            status.update(reason="FailedInit", message=KERNEL_MESSAGE)
        elif done >= 3 and "EnsureCilium" not in skip and \
                obj["metadata"]["uid"] not in self.deployed:
            self.deployed.add(obj["metadata"]["uid"])
            self._deploy_cilium(spec)
        if done == len(CLUSTER_STEPS) and self.outcome != "failed":
            # interface.go:243-244: after the last handler the phase is Running; the node CIDR
            # mask is known (machines are accepted from now on, validation/machine.go:100).
            status.update(phase="Running", nodeCIDRMaskSize=24)
        elif done < len(CLUSTER_STEPS) and not (done >= 3 and self.outcome == "failed"):
            conditions.append({"type": CLUSTER_STEPS[done], "status": "Unknown",
                               "reason": "Waiting", "message": "waiting execute"})
        status["conditions"] = conditions
        self._write(CLUSTER, obj, dict(obj, status=status))

    def _deploy_cilium(self, spec):
        """EnsureCilium (pkg/platform/provider/baremetal/cluster/create.go:1390-1425) creates
        TKEStack's own manifests (manifests/cilium/*.yaml) with apiclient.CreateResourceWith-
        Dir: plain creates, so the fields belong to the platform controller's field manager.
        Here: each workload with TKEStack's selector (DESIGN.md), the agent with its image,
        enough for the rollout and for conflicts with an edited file."""
        workloads = [(DS, "cilium", {"k8s-app": "cilium"}, "cilium-agent"),
                     (DEPLOY, "cilium-operator", {"io.cilium/app": "operator",
                                                  "name": "cilium-operator"}, None),
                     (DEPLOY, "tke-eni-ipamd", {"k8s-app": "tke-eni-ipamd",
                                                "qcloud-app": "tke-eni-ipamd"}, None)]
        if (spec.get("networkArgs") or {}).get("networkMode") == "underlay":
            workloads += [(DS, "ip-masq-agent", {"name": "ip-masq-agent"}, None),
                          (DS, "cilium-router", {"app": "cilium-router"}, None)]
        for res, name, labels, agent in workloads:
            if self.store.get(res, "kube-system", name):
                continue
            pod = {"containers": [{"name": agent, "image": Config.cilium_image}]} if agent else {}
            obj = {"apiVersion": "apps/v1", "kind": res.kind,
                   "metadata": {"name": name, "namespace": "kube-system", "labels": labels},
                   "spec": {"selector": {"matchLabels": labels},
                            "template": {"metadata": {"labels": labels}, "spec": pod}}}
            self.store.put(res, "kube-system", name, obj,
                           ssa.update(None, obj, {}, MANAGER, "Update", "apps/v1"))

    def _machine(self, obj):
        done = min(len(MACHINE_STEPS), int(self.age(MACHINE, obj) / self.step))
        conditions = [{"type": s, "status": "True", "reason": "", "message": ""}
                      for s in MACHINE_STEPS[:done]]
        phase = "Running" if done == len(MACHINE_STEPS) else "Initializing"
        if done < len(MACHINE_STEPS):
            conditions.append({"type": MACHINE_STEPS[done], "status": "Unknown",
                               "reason": "Waiting", "message": "waiting execute"})
        status = dict(obj.get("status") or {}, phase=phase, conditions=conditions)
        self._write(MACHINE, obj, dict(obj, status=status))
