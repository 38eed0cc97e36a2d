"""The API resources the test server serves, as kube-apiserver lists them in discovery."""

from dataclasses import dataclass, field

RW = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]


@dataclass
class Resource:
    group: str
    version: str
    name: str  # plural, the URL segment
    kind: str
    namespaced: bool
    short: list = field(default_factory=list)
    has_status: bool = False

    @property
    def group_version(self):
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def qualified(self):
        """"daemonsets.apps" as kube-apiserver writes it in messages."""
        return f"{self.name}.{self.group}" if self.group else self.name


RESOURCES = [
    Resource("", "v1", "namespaces", "Namespace", False, ["ns"], True),
    Resource("", "v1", "nodes", "Node", False, ["no"], True),
    Resource("", "v1", "configmaps", "ConfigMap", True, ["cm"]),
    Resource("", "v1", "secrets", "Secret", True),
    Resource("", "v1", "serviceaccounts", "ServiceAccount", True, ["sa"]),
    Resource("", "v1", "services", "Service", True, ["svc"], True),
    Resource("", "v1", "endpoints", "Endpoints", True, ["ep"]),
    Resource("", "v1", "pods", "Pod", True, ["po"], True),
    Resource("", "v1", "events", "Event", True, ["ev"]),
    Resource("apps", "v1", "daemonsets", "DaemonSet", True, ["ds"], True),
    Resource("apps", "v1", "deployments", "Deployment", True, ["deploy"], True),
    Resource("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", False),
    Resource("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding",
             False),
    Resource("rbac.authorization.k8s.io", "v1", "roles", "Role", True),
    Resource("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", True),
    Resource("apiextensions.k8s.io", "v1", "customresourcedefinitions",
             "CustomResourceDefinition", False, ["crd", "crds"], True),
    Resource("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", True, ["pdb"], True),
    # Custom resources as if their CRDs were installed (Cilium's operator installs them).
    Resource("cilium.io", "v2", "ciliumnetworkpolicies", "CiliumNetworkPolicy", True,
             ["cnp", "ciliumnp"], True),
    Resource("cilium.io", "v2", "ciliumclusterwidenetworkpolicies",
             "CiliumClusterwideNetworkPolicy", False, ["ccnp"], True),
    Resource("cilium.io", "v2", "ciliumnodes", "CiliumNode", False, ["cn"]),
    # TKEStack's platform API on the global cluster.
    Resource("platform.tkestack.io", "v1", "clusters", "Cluster", False, [], True),
    Resource("platform.tkestack.io", "v1", "machines", "Machine", False, [], True),
    Resource("platform.tkestack.io", "v1", "clustercredentials", "ClusterCredential", False),
]


def groups():
    """Group name -> [version], in first-seen order ("" is the legacy core group)."""
    out = {}
    for r in RESOURCES:
        out.setdefault(r.group, [])
        if r.version not in out[r.group]:
            out[r.group].append(r.version)
    return out


def find(group, version, name):
    for r in RESOURCES:
        if (r.group, r.version, r.name) == (group, version, name):
            return r
    return None


def api_resource_list(group, version):
    gv = f"{group}/{version}" if group else version
    items = []
    for r in RESOURCES:
        if (r.group, r.version) != (group, version):
            continue
        singular = r.kind.lower()
        entry = {"name": r.name, "singularName": singular, "namespaced": r.namespaced,
                 "kind": r.kind, "verbs": RW, "storageVersionHash": ""}
        if r.short:
            entry["shortNames"] = r.short
        items.append(entry)
        if r.has_status:
            items.append({"name": f"{r.name}/status", "singularName": "",
                          "namespaced": r.namespaced, "kind": r.kind,
                          "verbs": ["get", "patch", "update"]})
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv,
            "resources": items}


def _gv_path(group, version):
    return f"apis/{group}/{version}" if group else f"api/{version}"


def openapi_v3_index():
    """/openapi/v3: one document per group version (kubectl reads it to learn that the server
    validates fields itself, fieldValidation=Strict)."""
    paths = {}
    for r in RESOURCES:
        p = _gv_path(r.group, r.version)
        paths[p] = {"serverRelativeURL": f"/openapi/v3/{p}?hash=0"}
    return {"paths": paths}


def openapi_v3_doc(gv_path):
    """A minimal OpenAPI v3 document: each kind's schema (open: any fields) and its write
    operations with their query parameters, so clients find fieldValidation supported."""
    docs_paths, schemas = {}, {}
    for r in RESOURCES:
        if _gv_path(r.group, r.version) != gv_path:
            continue
        gvk = {"group": r.group, "version": r.version, "kind": r.kind}
        params = [{"name": n, "in": "query", "schema": {"type": "string"}}
                  for n in ("dryRun", "fieldManager", "fieldValidation", "force")]
        op = {"x-kubernetes-group-version-kind": gvk, "parameters": params,
              "responses": {"200": {"description": "OK"}}}
        base = f"/{gv_path}/" + ("namespaces/{namespace}/" if r.namespaced else "") + r.name
        docs_paths[base] = {"post": op}
        docs_paths[base + "/{name}"] = {"patch": op, "put": op}
        schemas[f"{r.group or 'core'}.{r.version}.{r.kind}"] = {
            "type": "object", "x-kubernetes-preserve-unknown-fields": True,
            "x-kubernetes-group-version-kind": [gvk]}
    if not schemas:
        return None
    return {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.20.4"},
            "paths": docs_paths, "components": {"schemas": schemas}}
