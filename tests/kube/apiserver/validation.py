"""Request validation the way kube-apiserver answers it."""

import base64
import json
import re

import resources
from errors import ApiError

NAME_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def check_object(store, res, ns, name, obj):
    """What kube-apiserver checks before it stores an object: the body matches the URL (400),
    names and workload selectors are valid (422), the namespace exists (404). Returns the name."""
    if not isinstance(obj, dict):
        raise ApiError(400, "BadRequest", "the body must be an object")
    if obj.get("apiVersion") != res.group_version or obj.get("kind") != res.kind:
        raise ApiError(400, "BadRequest", f"the API version in the data "
                       f"({obj.get('apiVersion')}) does not match the expected API "
                       f"version ({res.group_version}) or kind ({obj.get('kind')}) "
                       f"does not match {res.kind}")
    meta = obj.get("metadata") or {}
    if name is not None and meta.get("name") not in (None, name):
        raise ApiError(400, "BadRequest", "the name of the object "
                       f"({meta.get('name')}) does not match the name on the URL ({name})")
    if ns and meta.get("namespace") not in (None, ns):
        raise ApiError(400, "BadRequest", "the namespace of the provided object does not "
                       "match the namespace sent on the request")
    name = name or meta.get("name", "")
    causes = []
    if len(name) > 253 or not NAME_RE.match(name):
        causes.append({"reason": "FieldValueInvalid", "field": "metadata.name",
                       "message": f'Invalid value: "{name}": a lowercase RFC 1123 '
                       "subdomain must consist of lower case alphanumeric characters, "
                       "'-' or '.', and must start and end with an alphanumeric character"})
    if res.kind in ("DaemonSet", "Deployment"):
        spec = obj.get("spec") or {}
        want = (spec.get("selector") or {}).get("matchLabels") or {}
        have = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
        if not want or any(have.get(k) != v for k, v in want.items()):
            causes.append({"reason": "FieldValueInvalid",
                           "field": "spec.template.metadata.labels",
                           "message": f"Invalid value: {json.dumps(have)}: `selector` "
                           "does not match template `labels`"})
    if res.kind == "Cluster" and res.group == "platform.tkestack.io":
        # Machine credentials are []byte in TKEStack's types: base64 in JSON, and a
        # request that is not decodes as a 400, before any validation.
        for m in (obj.get("spec") or {}).get("machines") or []:
            for key in ("password", "privateKey"):
                try:
                    if key in m:
                        base64.b64decode(m[key], validate=True)
                except (ValueError, TypeError):
                    raise ApiError(400, "BadRequest", 'Cluster in version "v1" cannot be '
                                   "handled as a Cluster: illegal base64 data at input "
                                   f"byte 0 (spec.machines[].{key})")
    raise_invalid(res, name, causes)
    if ns and res.name != "namespaces" and not store.get(
            resources.find("", "v1", "namespaces"), None, ns):
        raise ApiError(404, "NotFound", f'namespaces "{ns}" not found',
                       {"name": ns, "kind": "namespaces"})
    return name


def check_update(res, name, old, new):
    """What kube-apiserver checks on a write over an existing object. A workload's selector is
    immutable in apps/v1: Kubernetes' pkg/registry/apps/daemonset/strategy.go and
    pkg/registry/apps/deployment/strategy.go, ValidateUpdate, add
    apivalidation.ValidateImmutableField(new.Spec.Selector, old.Spec.Selector, "spec.selector")
    for every group/version but extensions/v1beta1, so a changed selector answers 422."""
    if res.kind not in ("DaemonSet", "Deployment"):
        return
    was = (old.get("spec") or {}).get("selector")
    now = (new.get("spec") or {}).get("selector")
    if was != now:
        raise_invalid(res, name, [{"reason": "FieldValueInvalid", "field": "spec.selector",
                                   "message": f"Invalid value: {json.dumps(now)}: "
                                   "field is immutable"}])


def raise_invalid(res, name, causes):
    """422 Invalid with one cause per problem, worded as kube-apiserver words it."""
    if causes:
        group = f".{res.group}" if res.group else ""
        text = ", ".join(f"{c['field']}: {c['message']}" for c in causes)
        raise ApiError(422, "Invalid", f'{res.kind}{group} "{name}" is invalid: [{text}]'
                       if len(causes) > 1 else f'{res.kind}{group} "{name}" is invalid: '
                       f"{text}", {"name": name, "group": res.group, "kind": res.kind,
                                   "causes": causes})
