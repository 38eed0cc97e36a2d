"""Objects, resource versions, managed fields and the watch event log."""

import copy
import datetime
import threading
import uuid

import ssa


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    def __init__(self):
        self.lock = threading.Condition()
        self.rv = 100
        self.objects = {}  # (group, resource, ns, name) -> {"obj", "managers"}
        self.events = []  # (rv, type, key, obj)
        self.logs = {}  # (namespace, pod) -> [line]: what the kubelet would serve

    def _key(self, res, ns, name):
        return (res.group, res.name, ns or "", name)

    def get(self, res, ns, name):
        with self.lock:
            e = self.objects.get(self._key(res, ns, name))
            return copy.deepcopy(e) if e else None

    def list(self, res, ns):
        with self.lock:
            items = [copy.deepcopy(e["obj"]) for k, e in sorted(self.objects.items())
                     if k[:2] == (res.group, res.name) and (not ns or k[2] == ns)]
            return items, str(self.rv)

    def _render(self, obj, managers):
        out = copy.deepcopy(obj)
        mf = []
        for (manager, operation, sub), e in sorted(managers.items()):
            entry = {"manager": manager, "operation": operation, "apiVersion": e["apiVersion"],
                     "time": e["time"] or now(), "fieldsType": "FieldsV1",
                     "fieldsV1": ssa.fields_v1(e["paths"])}
            if sub:
                entry["subresource"] = sub
            mf.append(entry)
        out.setdefault("metadata", {})["managedFields"] = mf
        return out

    def put(self, res, ns, name, obj, managers, dry_run=False):
        """Stores a new state; returns the object as served. Unchanged content keeps its
        resourceVersion, as kube-apiserver does for a no-op write.

        dry_run (dryRun=All): the object as it would be served, nothing stored, no event, no
        new resourceVersion. As k8s.io/apiserver pkg/registry/generic/registry/dryrun.go does
        it: Create copies the prepared object out without reaching etcd, which is what sets a
        resourceVersion, so a dry-run create has none; GuaranteedUpdate runs the update on the
        stored object and copies the result out, so an update keeps the stored one."""
        with self.lock:
            key = self._key(res, ns, name)
            old = self.objects.get(key)
            for e in managers.values():
                e["time"] = e["time"] or now()
            if old:
                a = {k: v for k, v in old["obj"].items()}
                same_paths = {k: v["paths"] for k, v in old["managers"].items()} == \
                    {k: v["paths"] for k, v in managers.items()}
                if self._content(a) == self._content(obj) and same_paths:
                    return copy.deepcopy(old["obj"])
            meta = obj.setdefault("metadata", {})
            meta["name"] = name
            if ns:
                meta["namespace"] = ns
            if dry_run:
                if old:
                    meta["resourceVersion"] = old["obj"]["metadata"]["resourceVersion"]
                else:
                    meta.pop("resourceVersion", None)
            else:
                self.rv += 1
                meta["resourceVersion"] = str(self.rv)
            if old:
                ometa = old["obj"]["metadata"]
                meta["uid"] = ometa["uid"]
                meta["creationTimestamp"] = ometa["creationTimestamp"]
                gen = ometa.get("generation", 1)
                if old["obj"].get("spec") != obj.get("spec"):
                    gen += 1
                meta["generation"] = gen
            else:
                meta["uid"] = str(uuid.uuid4())
                meta["creationTimestamp"] = now()
                meta["generation"] = 1
            served = self._render(obj, managers)
            if dry_run:
                return copy.deepcopy(served)
            self.objects[key] = {"obj": served, "managers": managers}
            self.events.append((self.rv, "MODIFIED" if old else "ADDED", key,
                                copy.deepcopy(served)))
            self.lock.notify_all()
            return copy.deepcopy(served)

    @staticmethod
    def _content(obj):
        o = copy.deepcopy(obj)
        for k in ("managedFields", "resourceVersion", "generation", "uid", "creationTimestamp"):
            o.get("metadata", {}).pop(k, None)
        return o

    def delete(self, res, ns, name, dry_run=False):
        with self.lock:
            if dry_run:  # dryrun.go Delete: the stored object, read and checked, kept
                e = self.objects.get(self._key(res, ns, name))
                return copy.deepcopy(e["obj"]) if e else None
            e = self.objects.pop(self._key(res, ns, name), None)
            if not e:
                return None
            self.rv += 1
            obj = copy.deepcopy(e["obj"])
            obj["metadata"]["resourceVersion"] = str(self.rv)
            self.events.append((self.rv, "DELETED", self._key(res, ns, name), obj))
            if res.name == "namespaces":  # the namespace controller empties it
                for k in [k for k in self.objects if k[2] == name]:
                    gone = self.objects.pop(k)
                    self.rv += 1
                    self.events.append((self.rv, "DELETED", k, gone["obj"]))
            self.lock.notify_all()
            return obj

    def events_after(self, rv):
        return [e for e in self.events if e[0] > rv]
