#!/usr/bin/env python3
"""A test Kubernetes API server: the part of kube-apiserver's REST protocol the installer
uses, answered the way kube-apiserver answers it (TLS, client-certificate and bearer-token
authentication, RBAC-like refusals, discovery, server-side apply with field managers and
conflicts, merge patch, create/get/list/watch/delete, Status objects, resourceVersion).

Usage: server.py DIR [--ready-after S] [--stuck NAME,...] [--cluster-outcome running|failed]
                     [--cluster-step S] [--nodes N] [--unavailable-first N]
                     [--fault KIND:N[xK]]... [--hang-seconds S] [--token-expires-after N]
                     [--delay-ms MS]
It makes a PKI and kubeconfigs in DIR, listens on 127.0.0.1 (a free port) and prints
"READY <port>" once it serves. Kubeconfigs: admin-cert, admin-token, viewer, norbac,
badtoken, badca, expired (.kubeconfig, JSON, which is YAML). Faults a real cluster shows
(a 500, a reset connection, a hung request, a conflict, an expiring token): see faults.py;
SIGUSR1 ends them."""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import argparse
import json
import os
import secrets
import signal
import socket
import ssl
import struct
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import certs  # noqa: E402
import controllers  # noqa: E402
import faults  # noqa: E402
import tkeplatform as tke_platform  # noqa: E402
import validation  # noqa: E402
from errors import ApiError, authorize, not_found, status  # noqa: E402
import resources  # noqa: E402
import ssa  # noqa: E402
from store import Store  # noqa: E402

STORE = Store()
TOKENS = {}  # token -> (user, groups)
UNAVAILABLE = [0]  # how many requests still get 503 (--unavailable-first)
FAULTS = faults.Faults()  # --fault, --token-expires-after
EXPIRING_TOKEN = [None]  # the admin token of admin-token.kubeconfig, which may expire
HANG_SECONDS = [60.0]
DELAY_SECONDS = [0.0]  # --delay-ms: every answer this late, as from a cluster far away


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "test-apiserver"
    fault = None  # the fault the current request meets (faults.py)

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):  # one line per request, no headers (tokens stay out)
        sys.stderr.write("%s %s\n" % (self.command, self.path))

    # --- plumbing -------------------------------------------------------------------------
    def send_json(self, code, body):
        if self.fault == "reset":  # the write is done; its answer never comes
            return self.reset()
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache, private")
        # Headers and body in one write: two small writes meet the client's delayed ACK
        # and cost 40 ms per request.
        self._headers_buffer.append(b"\r\n" + data)
        self.flush_headers()

    def reset(self):
        # Linger 0 turns close() into a TCP RST, and closing below TLS sends no close_notify:
        # what the client sees when a load balancer drops the connection.
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def read_chunked(self):
        """A body sent in chunks (kubectl create --raw -f streams the file so), as Go's
        net/http server reads it (RFC 9112 section 7.1: size line, data, CRLF; a 0 size
        ends it, trailers after)."""
        data = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline().strip():  # trailer fields, then the empty line
                    pass
                return data
            data += self.rfile.read(size)
            self.rfile.readline()

    def body(self):
        try:
            return json.loads(self.raw or b"null")
        except ValueError as e:
            # kube-apiserver accepts YAML too; this server takes the JSON form (what kubectl
            # and the installer send). Anything else is refused the way a bad body is.
            raise ApiError(400, "BadRequest", f"the body of the request was in an unknown "
                           f"format - accepted media types include: application/json ({e})")

    def authenticate(self):
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Bearer "):
            token = auth[7:].strip()
            who = TOKENS.get(token)
            if who and token == EXPIRING_TOKEN[0] and FAULTS.token_expired():
                who = None
            if who:
                return who
            raise ApiError(401, "Unauthorized", "Unauthorized")
        cert = self.connection.getpeercert()
        if cert:
            # kube-apiserver's x509 authenticator checks the certificate per request, with
            # the time (k8s.io/apiserver/pkg/authentication/request/x509/x509.go,
            # chain.Verify); a certificate that is not valid now gets 401 like a bad token.
            now = time.time()
            if not (ssl.cert_time_to_seconds(cert["notBefore"]) <= now
                    <= ssl.cert_time_to_seconds(cert["notAfter"])):
                raise ApiError(401, "Unauthorized", "Unauthorized")
            subject = [kv for rdn in cert["subject"] for kv in rdn]
            user = next((v for k, v in subject if k == "commonName"), "")
            groups = [v for k, v in subject if k == "organizationName"]
            return user, groups
        raise ApiError(401, "Unauthorized", "Unauthorized")

    def handle_any(self, verb):
        # Read the whole body first, whatever the verb (DELETE carries DeleteOptions), so
        # that the connection stays usable for the next request.
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.raw = self.read_chunked()
        else:
            n = int(self.headers.get("Content-Length") or 0)
            self.raw = self.rfile.read(n) if n else b""
        self.fault = None
        if DELAY_SECONDS[0]:
            # The round trip to a distant cluster; each request waits on its own thread
            # (ThreadingHTTPServer), so concurrent requests overlap as they would on the wire.
            time.sleep(DELAY_SECONDS[0])
        try:
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            if UNAVAILABLE[0] > 0:  # a server restarting behind its load balancer
                UNAVAILABLE[0] -= 1
                raise ApiError(503, "ServiceUnavailable", "the server is currently unable to "
                               "handle the request")
            user, groups = self.authenticate()
            if verb != "get":
                number, self.fault = FAULTS.next_write(url.path)
                if self.fault:
                    sys.stderr.write(f"fault {self.fault} on write {number}\n")
            if self.fault == "error500":
                raise ApiError(500, "InternalError", "Internal error occurred: etcdserver: "
                               "request timed out", {"causes": [
                                   {"message": "etcdserver: request timed out"}]})
            if self.fault == "hang":
                time.sleep(HANG_SECONDS[0])
                raise ApiError(504, "Timeout", "Timeout: request did not complete within the "
                               "allotted timeout")
            self.route(verb, url.path.rstrip("/"), query, user, groups)
        except ApiError as e:
            self.send_json(e.code, status(e.code, e.reason, e.message, e.details))
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        self.handle_any("get")

    def do_POST(self):
        self.handle_any("create")

    def do_PUT(self):
        self.handle_any("update")

    def do_PATCH(self):
        self.handle_any("patch")

    def do_DELETE(self):
        self.handle_any("delete")

    # --- routing --------------------------------------------------------------------------
    def route(self, verb, path, query, user, groups):
        port = self.server.server_address[1]
        if verb == "get" and path == "/version":
            return self.send_json(200, {"major": "1", "minor": "21", "gitVersion":
                                        "v1.21.4-tke.3", "platform": "linux/amd64"})
        if verb == "get" and path == "/api":
            return self.send_json(200, {"kind": "APIVersions", "versions": ["v1"],
                                        "serverAddressByClientCIDRs": [{
                                            "clientCIDR": "0.0.0.0/0",
                                            "serverAddress": f"127.0.0.1:{port}"}]})
        if verb == "get" and path == "/apis":
            gl = []
            for g, versions in resources.groups().items():
                if not g:
                    continue
                vs = [{"groupVersion": f"{g}/{v}", "version": v} for v in versions]
                gl.append({"name": g, "versions": vs, "preferredVersion": vs[0]})
            return self.send_json(200, {"kind": "APIGroupList", "apiVersion": "v1",
                                        "groups": gl})
        if verb == "get" and path == "/openapi/v3":
            return self.send_json(200, resources.openapi_v3_index())
        if verb == "get" and path.startswith("/openapi/v3/"):
            doc = resources.openapi_v3_doc(path[len("/openapi/v3/"):])
            if doc:
                return self.send_json(200, doc)
        parts = path.strip("/").split("/")
        if parts[0] == "api" and len(parts) >= 2:
            group, version, rest = "", parts[1], parts[2:]
        elif parts[0] == "apis" and len(parts) >= 3:
            group, version, rest = parts[1], parts[2], parts[3:]
        elif parts[0] == "apis" and len(parts) == 2 and parts[1] in resources.groups():
            g = parts[1]
            vs = [{"groupVersion": f"{g}/{v}", "version": v} for v in resources.groups()[g]]
            return self.send_json(200, {"kind": "APIGroup", "apiVersion": "v1", "name": g,
                                        "versions": vs, "preferredVersion": vs[0]})
        else:
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        if version not in resources.groups().get(group, []):
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        if not rest:
            if verb != "get":
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method")
            return self.send_json(200, resources.api_resource_list(group, version))
        ns = None
        if rest[0] == "namespaces" and len(rest) >= 3 and resources.find(group, version, rest[2]):
            ns, rest = rest[1], rest[2:]
        res = resources.find(group, version, rest[0])
        if not res or len(rest) > 3 or (ns and not res.namespaced):
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        name = rest[1] if len(rest) > 1 else None
        sub = rest[2] if len(rest) > 2 else None
        if sub == "log" and res.name == "pods" and verb == "get":
            authorize(user, groups, "get", res, ns, name, sub)
            return self.op_log(ns, name, query)
        if sub and (sub != "status" or not res.has_status):
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        if res.namespaced and name and not ns:
            raise ApiError(404, "NotFound", "the server could not find the requested resource")
        if verb == "get" and not name:
            verb = "watch" if query.get("watch") in ("true", "1") else "list"
        if verb == "create" and name:
            raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on "
                           "the requested resource")
        authorize(user, groups, verb, res, ns, name, sub)
        getattr(self, "op_" + verb)(res, ns, name, sub, query)

    # --- verbs ----------------------------------------------------------------------------
    def op_get(self, res, ns, name, sub, query):
        e = STORE.get(res, ns, name)
        if not e:
            raise not_found(res, name)
        self.send_json(200, e["obj"])

    @staticmethod
    def matches(obj, query):
        labels = obj.get("metadata", {}).get("labels", {})
        for term in filter(None, query.get("labelSelector", "").split(",")):
            k, _, v = term.partition("=")
            if labels.get(k) != v.lstrip("="):
                return False
        for term in filter(None, query.get("fieldSelector", "").split(",")):
            k, _, v = term.partition("=")
            if k == "metadata.name" and obj["metadata"]["name"] != v.lstrip("="):
                return False
            if k == "metadata.namespace" and obj["metadata"].get("namespace") != v.lstrip("="):
                return False
        return True

    def op_list(self, res, ns, name, sub, query):
        items, rv = STORE.list(res, ns)
        items = [i for i in items if self.matches(i, query)]
        if self.metadata_only():
            return self.send_json(200, {
                "kind": "PartialObjectMetadataList", "apiVersion": "meta.k8s.io/v1",
                "metadata": {"resourceVersion": rv},
                "items": [{"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                           "metadata": i["metadata"]} for i in items]})
        self.send_json(200, {"kind": res.kind + "List", "apiVersion": res.group_version,
                             "metadata": {"resourceVersion": rv}, "items": items})

    def metadata_only(self):
        """The first media type of Accept is JSON as PartialObjectMetadataList of
        meta.k8s.io/v1: kube-apiserver then answers names and metadata only (the metadata
        client of client-go asks so, k8s.io/client-go metadata/metadata.go; the server side
        is k8s.io/apiserver pkg/endpoints/handlers/response.go, transformResponseObject). A
        client that also lists plain application/json takes the full list from an older
        server."""
        first = self.headers.get("Accept", "").split(",")[0]
        params = dict(p.strip().split("=", 1) for p in first.split(";")[1:] if "=" in p)
        return (first.split(";")[0].strip() == "application/json"
                and params.get("as") == "PartialObjectMetadataList"
                and params.get("g") == "meta.k8s.io" and params.get("v") == "v1")

    def chunk(self, event):
        data = (json.dumps(event) + "\n").encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def op_watch(self, res, ns, name, sub, query):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        deadline = time.monotonic() + float(query.get("timeoutSeconds", 1800))
        rv = query.get("resourceVersion")
        if not rv or rv == "0":  # no starting point: the current state first, as ADDED
            items, rv = STORE.list(res, ns)
            for i in items:
                if self.matches(i, query):
                    self.chunk({"type": "ADDED", "object": i})
        last = int(rv)
        while time.monotonic() < deadline:
            with STORE.lock:
                events = STORE.events_after(last)
                if not events:
                    STORE.lock.wait(0.5)
                    events = STORE.events_after(last)
            for erv, etype, key, obj in events:
                last = erv
                if key[:2] == (res.group, res.name) and (not ns or key[2] == ns) \
                        and self.matches(obj, query):
                    self.chunk({"type": etype, "object": obj})
        self.wfile.write(b"0\r\n\r\n")

    def check_object(self, res, ns, name, obj):
        return validation.check_object(STORE, res, ns, name, obj)

    @staticmethod
    def dry_run(query, options_kind):
        """dryRun=All or nothing: any other value is refused with 422 before anything runs, as
        the handlers do (apimachinery pkg/apis/meta/v1/validation/validation.go ValidateDryRun,
        allowedDryRunValues = {"All"}, called from ValidateCreateOptions and its siblings; the
        handler wraps the field error in NewInvalid of kind <Verb>Options.meta.k8s.io)."""
        if "dryRun" not in query:
            return False
        if query["dryRun"] != "All":
            msg = (f'dryRun: Unsupported value: []string{{"{query["dryRun"]}"}}: '
                   'supported values: "All"')
            raise ApiError(422, "Invalid", f'{options_kind}.meta.k8s.io "" is invalid: {msg}',
                           {"group": "meta.k8s.io", "kind": options_kind, "causes": [{
                               "reason": "FieldValueNotSupported", "field": "dryRun",
                               "message": msg.split(": ", 1)[1]}]})
        return True

    def manager(self, query, default):
        agent = (self.headers.get("User-Agent") or default).split("/")[0]
        return query.get("fieldManager") or agent

    def op_create(self, res, ns, name, sub, query):
        dry = self.dry_run(query, "CreateOptions")
        obj = self.body()
        name = self.check_object(res, ns, None, obj)
        if STORE.get(res, ns, name):
            raise ApiError(409, "AlreadyExists", f'{res.qualified} "{name}" already exists',
                           {"name": name, "group": res.group, "kind": res.name})
        tke_platform.check_create(STORE, res, name, obj)
        obj.pop("status", None)
        managers = ssa.update(None, obj, {}, self.manager(query, "unknown"), "Update",
                              res.group_version)
        self.send_json(201, STORE.put(res, ns, name, obj, managers, dry_run=dry))

    def op_update(self, res, ns, name, sub, query):
        dry = self.dry_run(query, "UpdateOptions")
        obj = self.body()
        self.check_object(res, ns, name, obj)
        live = STORE.get(res, ns, name)
        if not live:
            raise not_found(res, name)
        want_rv = obj.get("metadata", {}).get("resourceVersion")
        if want_rv and want_rv != live["obj"]["metadata"]["resourceVersion"]:
            raise ApiError(409, "Conflict", f'Operation cannot be fulfilled on {res.qualified} '
                           f'"{name}": the object has been modified; please apply your changes '
                           "to the latest version and try again",
                           {"name": name, "group": res.group, "kind": res.name})
        self.store_write(res, ns, name, live, obj, sub, query, "Update", dry)

    def store_write(self, res, ns, name, live, new, sub, query, operation, dry=False):
        keep = "spec" if sub == "status" else "status"
        for k in [k for k in list(new) if (k == "status") != (sub == "status") and k not in (
                "apiVersion", "kind", "metadata")]:
            new.pop(k)
        if sub == "status":
            new = dict(live["obj"], status=new.get("status"))
        elif "status" in live["obj"]:
            new[keep] = live["obj"]["status"]
        validation.check_update(res, name, live["obj"], new)
        managers = ssa.update(live["obj"], new, live["managers"], self.manager(query, "unknown"),
                              operation, res.group_version, status=sub == "status")
        self.send_json(200, STORE.put(res, ns, name, new, managers, dry_run=dry))

    def op_patch(self, res, ns, name, sub, query):
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        dry = self.dry_run(query, "PatchOptions")
        live = STORE.get(res, ns, name)
        if ctype == "application/apply-patch+yaml":
            return self.op_apply(res, ns, name, sub, query, live, dry)
        if ctype not in ("application/merge-patch+json", "application/strategic-merge-patch+json"):
            raise ApiError(415, "UnsupportedMediaType",
                           f'the body of the request was in an unknown format - accepted media '
                           f'types include: application/merge-patch+json, '
                           f'application/strategic-merge-patch+json, application/apply-patch+yaml')
        if not live:
            raise not_found(res, name)
        new = ssa.merge_patch(live["obj"], self.body())
        self.check_object(res, ns, name, new)
        self.store_write(res, ns, name, live, new, sub, query, "Update", dry)

    def op_apply(self, res, ns, name, sub, query, live, dry=False):
        manager = query.get("fieldManager")
        if not manager:
            raise ApiError(422, "Invalid", 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: '
                           "Required value: is required for apply patch",
                           {"group": "meta.k8s.io", "kind": "PatchOptions", "causes": [{
                               "reason": "FieldValueRequired", "field": "fieldManager",
                               "message": "Required value: is required for apply patch"}]})
        applied = self.body()
        self.check_object(res, ns, name, applied)
        tke_platform.check_apply(res, name, live)
        if self.fault == "conflict":
            live = self.helm_took_over(res, ns, name, applied, live)
        try:
            new, managers = ssa.apply(live["obj"] if live else None, applied,
                                      live["managers"] if live else {}, manager,
                                      query.get("force") == "true", res.group_version,
                                      status=sub == "status")
        except ssa.Conflict as c:
            causes = [{"reason": "FieldManagerConflict", "field": ssa.path_text(p),
                       "message": f'conflict with "{m}" using {v}'} for m, v, p in c.conflicts]
            n = len(causes)
            lines = "\n".join(f"- {c['message']}: {c['field']}" for c in causes)
            msg = (f"Apply failed with 1 conflict: {causes[0]['message']}: {causes[0]['field']}"
                   if n == 1 else f"Apply failed with {n} conflicts: {lines}")
            raise ApiError(409, "Conflict", msg, {"causes": causes})
        new.update(apiVersion=res.group_version, kind=res.kind)
        if live is not None:
            validation.check_update(res, name, live["obj"], new)
        if live is None and sub:
            raise not_found(res, name)
        if live is not None and sub != "status" and "status" in live["obj"]:
            new["status"] = live["obj"]["status"]
        served = STORE.put(res, ns, name, new, managers, dry_run=dry)
        self.send_json(201 if live is None else 200, served)

    @staticmethod
    def helm_took_over(res, ns, name, applied, live):
        """Another tool applies the same object a moment earlier and claims a label."""
        theirs = json.loads(json.dumps(applied))
        theirs.setdefault("metadata", {}).setdefault("labels", {})[
            "app.kubernetes.io/managed-by"] = "Helm"
        new, managers = ssa.apply(live["obj"] if live else None, theirs,
                                  live["managers"] if live else {}, "helm", True,
                                  res.group_version)
        new.update(apiVersion=res.group_version, kind=res.kind)
        STORE.put(res, ns, name, new, managers)
        return STORE.get(res, ns, name)

    def op_log(self, ns, name, query):
        if not STORE.get(resources.find("", "v1", "pods"), ns, name):
            raise not_found(resources.find("", "v1", "pods"), name)
        lines = STORE.logs.get((ns, name), [])
        tail = int(query.get("tailLines", len(lines)))
        data = "".join(line + "\n" for line in lines[-tail:] if tail > 0).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self._headers_buffer.append(b"\r\n" + data)
        self.flush_headers()

    def op_delete(self, res, ns, name, sub, query):
        if not name:
            raise ApiError(405, "MethodNotAllowed", "deletecollection is not served here")
        obj = STORE.delete(res, ns, name, dry_run=self.dry_run(query, "DeleteOptions"))
        if not obj:
            raise not_found(res, name)
        self.send_json(200, obj)


def kubeconfig(path, port, ca, user):
    cfg = {"apiVersion": "v1", "kind": "Config", "current-context": "test",
           "clusters": [{"name": "test", "cluster": {"server": f"https://127.0.0.1:{port}",
                                                     "certificate-authority": ca}}],
           "contexts": [{"name": "test", "context": {"cluster": "test", "user": "u"}}],
           "users": [{"name": "u", "user": user}]}
    with open(path, "w") as f:
        json.dump(cfg, f, indent=1)
    os.chmod(path, 0o600)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("--ready-after", type=float, default=0.5)
    p.add_argument("--stuck", default="")
    p.add_argument("--cluster-outcome", default="running")
    p.add_argument("--nodes", type=int, default=2)
    p.add_argument("--cluster-step", type=float, default=0.5)
    p.add_argument("--unavailable-first", type=int, default=0)
    # An imported or managed cluster: its control plane runs elsewhere, so kube-system has no
    # static (mirror) pods of it.
    p.add_argument("--imported", action="store_true")
    # How many of the nodes are masters (run the control plane's static pods).
    p.add_argument("--masters", type=int, default=1)
    # The nodes' addresses (InternalIP, and hostIP of the static pods), comma-separated, in
    # place of 10.0.0.16, 10.0.0.17 ...: a test whose masters are SSH test nodes names them.
    p.add_argument("--node-addresses", default="")
    p.add_argument("--fault", action="append", default=[], help="KIND:N[xK], see faults.py")
    p.add_argument("--hang-seconds", type=float, default=60.0)
    p.add_argument("--delay-ms", type=float, default=0.0)
    p.add_argument("--token-expires-after", type=int, default=0)
    # TKEStack's platform (platform.py): the versions it offers, the image of its own Cilium.
    p.add_argument("--k8s-valid-versions", default=",".join(tke_platform.Config.versions))
    p.add_argument("--platform-cilium-image", default=tke_platform.Config.cilium_image)
    a = p.parse_args()
    d = os.path.abspath(a.dir)
    UNAVAILABLE[0] = a.unavailable_first
    HANG_SECONDS[0] = a.hang_seconds
    DELAY_SECONDS[0] = a.delay_ms / 1000.0
    try:
        FAULTS.configure(a.fault, a.token_expires_after)
    except ValueError as e:
        p.error(str(e))
    certs.make_pki(d)
    for token, who in (("admin", ("admin", ["system:masters"])), ("viewer", ("viewer", [])),
                       ("norbac", ("no-rbac", [])), ("renewed", ("admin", ["system:masters"]))):
        t = secrets.token_hex(16)
        TOKENS[t] = who
        with open(os.path.join(d, f"{token}.token"), "w") as f:
            f.write(t)
    ns_res = resources.find("", "v1", "namespaces")
    node_res = resources.find("", "v1", "nodes")
    for ns in ("default", "kube-system", "kube-public"):
        STORE.put(ns_res, None, ns, {"apiVersion": "v1", "kind": "Namespace",
                                     "metadata": {"name": ns}}, {})
    given = [x for x in a.node_addresses.split(",") if x]
    address = lambda i: given[i] if i < len(given) else f"10.0.0.{16 + i}"  # noqa: E731
    for i in range(a.nodes):
        labels = {"kubernetes.io/hostname": f"node-{i + 1}"}
        # TKEStack labels each master (tke pkg/platform/provider/baremetal/cluster/create.go:1276
        # EnsureMarkControlPlane, constants.go:105 LabelNodeRoleMaster).
        if i < a.masters and not a.imported:
            labels["node-role.kubernetes.io/master"] = ""
        STORE.put(node_res, None, f"node-{i + 1}", {
            "apiVersion": "v1", "kind": "Node", "metadata": {"name": f"node-{i + 1}", "labels": labels},
            "status": {"addresses": [{"type": "InternalIP", "address": address(i)}],
                       "conditions": [{"type": "Ready", "status": "True",
                                       "reason": "KubeletReady"}]}}, {})
    # kubeadm's static pods on each master, as kubelet mirrors them: annotated
    # kubernetes.io/config.mirror, owned by the Node, labelled component=<name> and
    # tier=control-plane, with the node's address as hostIP.
    pod_res = resources.find("", "v1", "pods")
    for i in range(0 if a.imported else min(a.masters, a.nodes)):
        node, ip = f"node-{i + 1}", address(i)
        for component in ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"):
            STORE.put(pod_res, "kube-system", f"{component}-{node}", {
                "apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": f"{component}-{node}", "namespace": "kube-system",
                             "labels": {"component": component, "tier": "control-plane"},
                             "annotations": {"kubernetes.io/config.source": "file",
                                             "kubernetes.io/config.mirror": secrets.token_hex(16)},
                             "ownerReferences": [{"apiVersion": "v1", "kind": "Node",
                                                  "name": node, "controller": True}]},
                "spec": {"nodeName": node, "containers": [{"name": component,
                                                           "image": f"{component}:v1.20.4"}]},
                "status": {"phase": "Running", "hostIP": ip, "podIP": ip}}, {})

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(d, "server.crt"), os.path.join(d, "server.key"))
    ctx.load_verify_locations(os.path.join(d, "ca.crt"))
    # kube-apiserver asks for a client certificate without rejecting the connection over it
    # (staging/src/k8s.io/apiserver/pkg/server/secure_serving.go: tls.RequestClientCert, "This
    # allows certificates to be validated by authenticators"): an expired one is refused per
    # request with 401, not in the handshake. OpenSSL still checks the chain here (Python has
    # no request-only mode); X509_V_FLAG_NO_CHECK_TIME leaves the dates to authenticate().
    ctx.verify_mode = ssl.CERT_OPTIONAL  # a client cert is one way in; a token is the other
    ctx.verify_flags |= 0x200000  # X509_V_FLAG_NO_CHECK_TIME (OpenSSL 1.1.0+)
    ctx.set_alpn_protocols(["http/1.1"])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    port = srv.server_address[1]
    ca = os.path.join(d, "ca.crt")
    tok = lambda n: open(os.path.join(d, f"{n}.token")).read()  # noqa: E731
    kubeconfig(os.path.join(d, "admin-cert.kubeconfig"), port, ca, {
        "client-certificate": os.path.join(d, "admin.crt"),
        "client-key": os.path.join(d, "admin.key")})
    kubeconfig(os.path.join(d, "admin-token.kubeconfig"), port, ca, {"token": tok("admin")})
    EXPIRING_TOKEN[0] = tok("admin")
    kubeconfig(os.path.join(d, "viewer.kubeconfig"), port, ca, {"token": tok("viewer")})
    kubeconfig(os.path.join(d, "norbac.kubeconfig"), port, ca, {"token": tok("norbac")})
    kubeconfig(os.path.join(d, "badtoken.kubeconfig"), port, ca, {"token": "not-a-token"})
    kubeconfig(os.path.join(d, "badca.kubeconfig"), port, os.path.join(d, "other-ca.crt"),
               {"token": tok("admin")})
    kubeconfig(os.path.join(d, "expired.kubeconfig"), port, ca, {
        "client-certificate": os.path.join(d, "expired.crt"),
        "client-key": os.path.join(d, "expired.key")})
    tke_platform.Config.port = port
    tke_platform.Config.ca_pem = open(ca, "rb").read()
    tke_platform.Config.admin_token = tok("admin")
    tke_platform.Config.versions = [v for v in a.k8s_valid_versions.split(",") if v]
    tke_platform.Config.cilium_image = a.platform_cilium_image
    tke_platform.seed(STORE)
    signal.signal(signal.SIGUSR1, lambda *_: FAULTS.clear())
    controllers.Controllers(STORE, a.ready_after, filter(None, a.stuck.split(",")),
                            a.cluster_outcome, a.cluster_step).start()
    print(f"READY {port}", flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
