"""Server-side apply as kube-apiserver does it, for the shapes our manifests use: each manager
owns a set of field paths; an apply changes only what its manager sets, removes what that
manager stopped setting (when nobody else owns it), and refuses with a Conflict when it would
change a value another manager owns, unless forced. Lists of containers, env, volumes, ports
... are keyed by their merge key (as the built-in schemas declare); other lists are atomic."""

import copy
import json

# Field name -> merge key(s) of its list items, from the built-in types' schemas.
LIST_KEYS = {
    "containers": ("name",), "initContainers": ("name",), "ephemeralContainers": ("name",),
    "env": ("name",), "volumes": ("name",), "volumeMounts": ("mountPath",),
    "volumeDevices": ("devicePath",), "imagePullSecrets": ("name",),
    "ports": ("containerPort", "protocol"), "conditions": ("type",),
    "hostAliases": ("ip",),
}
# Fields that identify an object or belong to the server; no manager owns them.
SKIP_TOP = {"apiVersion", "kind", "status"}
SKIP_META = {"name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp",
             "managedFields", "selfLink", "deletionTimestamp"}


def _keys_for(field, item):
    keys = LIST_KEYS.get(field)
    if not keys or not isinstance(item, dict):
        return None
    if field == "ports" and "containerPort" not in item:
        keys = ("port", "protocol")  # a Service's ports
    return {k: item.get(k, "TCP") if k == "protocol" else item.get(k) for k in keys}


def _walk(value, prefix, out, field=None):
    if isinstance(value, dict) and value:
        for k, v in value.items():
            _walk(v, prefix + (("f", k),), out, k)
        return
    if isinstance(value, list) and value and all(_keys_for(field, i) for i in value):
        for item in value:
            key = json.dumps(_keys_for(field, item), sort_keys=True)
            out.add(prefix + (("k", key),))
            _walk(item, prefix + (("k", key),), out)
        return
    out.add(prefix)  # a leaf: scalar, empty map, atomic list


def field_set(obj, status=False):
    """The leaf paths an applied configuration sets (status only for the status subresource)."""
    out = set()
    for k, v in obj.items():
        if status != (k == "status"):
            continue
        if k in SKIP_TOP and not status:
            continue
        if k == "metadata":
            for mk, mv in v.items():
                if mk not in SKIP_META:
                    _walk(mv, (("f", "metadata"), ("f", mk)), out, mk)
            continue
        _walk(v, (("f", k),), out, k)
    return out


def _item_index(lst, key):
    want = json.loads(key)
    for i, item in enumerate(lst):
        if isinstance(item, dict):
            field_keys = {k: item.get(k, "TCP") if k == "protocol" else item.get(k)
                          for k in want}
            if field_keys == want:
                return i
    return None


def get_path(obj, path):
    """(found, value) at a path."""
    cur = obj
    for kind, key in path:
        if kind == "f":
            if not isinstance(cur, dict) or key not in cur:
                return False, None
            cur = cur[key]
        else:
            if not isinstance(cur, list):
                return False, None
            i = _item_index(cur, key)
            if i is None:
                return False, None
            cur = cur[i]
    return True, cur


def remove_path(obj, path):
    parents = []
    cur = obj
    for kind, key in path[:-1]:
        found, cur_next = get_path(cur, ((kind, key),))
        if not found:
            return
        parents.append(cur)
        cur = cur_next
    kind, key = path[-1]
    if kind == "f" and isinstance(cur, dict):
        cur.pop(key, None)
    elif kind == "k" and isinstance(cur, list):
        i = _item_index(cur, key)
        if i is not None:
            cur.pop(i)


def merge(live, applied, field=None):
    """Applied configuration over the live object: maps merge, keyed lists merge by key,
    everything else is replaced."""
    if isinstance(live, dict) and isinstance(applied, dict):
        out = dict(live)
        for k, v in applied.items():
            out[k] = merge(live.get(k), v, k) if k in live else copy.deepcopy(v)
        return out
    if (isinstance(live, list) and isinstance(applied, list) and applied
            and all(_keys_for(field, i) for i in applied)
            and all(_keys_for(field, i) for i in live)):
        out = list(live)
        for item in applied:
            i = _item_index(out, json.dumps(_keys_for(field, item), sort_keys=True))
            if i is None:
                out.append(copy.deepcopy(item))
            else:
                out[i] = merge(out[i], item)
        return out
    return copy.deepcopy(applied)


def merge_patch(target, patch):
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = dict(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def path_text(path):
    """".spec.template.spec.containers[name="cilium-agent"].image", as the server words it."""
    out = ""
    for kind, key in path:
        if kind == "f":
            out += "." + key
        else:
            out += "[" + ",".join(f'{k}={json.dumps(v)}' for k, v in json.loads(key).items()) \
                + "]"
    return out


def fields_v1(paths):
    """The FieldsV1 JSON form of a set of paths."""
    root = {}
    for path in sorted(paths):
        node = root
        for kind, key in path:
            node = node.setdefault(f"{kind}:{key}", {})
            if kind == "k":
                node.setdefault(".", {})
    return root


class Conflict(Exception):
    def __init__(self, conflicts):
        super().__init__("conflict")
        self.conflicts = conflicts  # [(manager, apiVersion, path)]


def apply(live, applied, managers, manager, force, api_version, status=False):
    """Returns (new object, new managers). `managers` maps (manager, operation, subresource)
    to {"paths": set, "apiVersion", "time"}. Raises Conflict."""
    fields = field_set(applied, status)
    conflicts = []
    managers = {k: dict(v, paths=set(v["paths"])) for k, v in managers.items()}
    for key, entry in managers.items():
        if key[0] == manager and key[1] == "Apply":
            continue
        for p in sorted(entry["paths"] & fields):
            if p[-1][0] == "k":
                continue  # a list item's key marker has no value of its own: shared, as in
                # kube-apiserver's managedFields ("k:{...}": {".": {}}), never a conflict
            _, want = get_path(applied, p)
            found, have = get_path(live, p) if live is not None else (False, None)
            if found and have != want:
                if force:
                    entry["paths"].discard(p)
                else:
                    conflicts.append((key[0], entry["apiVersion"], p))
    if conflicts:
        raise Conflict(conflicts)
    new = copy.deepcopy(live) if live is not None else {}
    mine = (manager, "Apply", "status" if status else "")
    others = set().union(*[e["paths"] for k, e in managers.items() if k != mine]) \
        if len(managers) > (1 if mine in managers else 0) else set()
    for p in managers.get(mine, {}).get("paths", set()) - fields - others:
        remove_path(new, p)
    body = {k: v for k, v in applied.items() if (k == "status") == status}
    if "metadata" in applied:
        body["metadata"] = {k: v for k, v in applied["metadata"].items() if k not in SKIP_META}
    new = merge(new, body)
    managers[mine] = {"paths": fields, "apiVersion": api_version,
                      "time": managers.get(mine, {}).get("time")}
    return new, {k: v for k, v in managers.items() if v["paths"]}


def update(live, new, managers, manager, operation, api_version, status=False):
    """Ownership after a non-apply write (create, merge patch, update): `manager` takes the
    fields whose value changed; other managers lose them."""
    before = field_set(live, status) if live else set()
    after = field_set(new, status)
    changed = {p for p in after if p not in before or get_path(live, p) != get_path(new, p)}
    managers = {k: dict(v, paths=set(v["paths"]) - changed) for k, v in managers.items()}
    key = (manager, operation, "status" if status else "")
    entry = managers.setdefault(key, {"paths": set(), "apiVersion": api_version, "time": None})
    entry["paths"] = (entry["paths"] | changed) & after
    return {k: v for k, v in managers.items() if v["paths"]}
