"""A plain-HTTP server that answers badly on purpose, for tst_brokenanswers and
cli_hostile_test.py: the first path segment names how (e.g. /cut-length/apis/apps/v1/daemonsets).
It runs in its own process, as a broken server on the network would, so the client's memory and
time are measured alone. Prints "READY <port>" once listening; every answer is bounded (2 GiB at
most) and ends when the client goes away. Every request that is not a GET is counted (and
answered 500): GET /writes returns the count, so a test can prove that nothing was changed."""

import json
import socketserver
import sys
import threading
import time

JSON = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
LIMIT = 2 << 30
WRITES = [0]
LOCK = threading.Lock()


def answer(status, body, reason="OK"):
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def inventory(text):
    """The inventory ConfigMap with `text` as its inventory.json."""
    return answer(200, json.dumps({"kind": "ConfigMap", "apiVersion": "v1", "metadata": {
        "name": "tke-cilium-installer-inventory", "namespace": "kube-system"},
        "data": {"inventory.json": text}}).encode())


def status(code, message):
    """A Kubernetes Status; `message` is bytes, put in as they are (even if not UTF-8)."""
    return answer(code, b'{"kind":"Status","apiVersion":"v1","status":"Failure","message":"'
                  + message + b'","reason":"InternalError","code":%d}' % code, "Failure")


# A kube-system control-plane pod list with one mirror pod: the imported-cluster check passes.
CONTROL_PLANE = answer(200, json.dumps({"kind": "PodList", "items": [{"metadata": {
    "name": "kube-apiserver-m1", "namespace": "kube-system",
    "labels": {"component": "kube-apiserver", "tier": "control-plane"},
    "annotations": {"kubernetes.io/config.mirror": "x"}}, "status": {"hostIP": "10.0.0.1"}}]}
    ).encode())

SHAPES = {
    # The inventory: "objects" a string, "labelledNodes" a number.
    "inv-nope": inventory('{"objects":"nope","labelledNodes":5,"editedMasters":[],'
                          '"server":"https://x","updatedAt":"2026-01-01T00:00:00Z"}'),
    # An entry whose empty name would address the whole collection of ConfigMaps.
    "inv-noname": inventory('{"objects":[{"apiVersion":"v1","kind":"ConfigMap",'
                            '"namespace":"kube-system","name":""}]}'),
    "inv-deep": inventory("[" * 100000),
    "inv-missing": answer(200, b'{"kind":"ConfigMap","metadata":{"name":"x"},"data":{}}'),
    "deep": answer(200, b'{"a":' * 100000),
    "status-10mib": status(500, b"\\u001b[2J" + b"x" * (10 << 20)),
    "control": status(403, b"\\u001b]0;owned\\u0007\\u001b[2Jgone \\u202eevil\\u0085 \\u009b31m"),
    "bad-utf8": status(403, b"not \xff\xfe\x1b[31m utf-8"),
}


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(65536).decode("latin-1")
        if not line.strip():
            # A connection closed before a request (a client's idle keep-alive connection
            # going away under load): no request, so no write; it used to count as one.
            return
        length = 0
        while True:
            header = self.rfile.readline(65536)
            if header in (b"\r\n", b"\n", b""):
                break
            if header.lower().startswith(b"content-length:"):
                length = int(header.split(b":")[1])
        parts = line.split(" ")
        method, path = (parts[0], parts[1]) if len(parts) >= 3 else ("", "/")
        mode = path.split("/")[1]
        rest = "/" + "/".join(path.split("?")[0].split("/")[2:])
        w = self.wfile.write
        try:
            if method != "GET":
                self.rfile.read(min(length, 1 << 20))
                with LOCK:
                    WRITES[0] += 1
                    sys.stderr.write(f"hostile server: a write came: {method} {path}\n")  # which probe
                w(status(500, b"the hostile server takes no writes"))
            elif mode == "writes":
                with LOCK:
                    w(answer(200, json.dumps({"writes": WRITES[0]}).encode()))
            elif mode in SHAPES:
                w(SHAPES[mode])
            elif mode == "disc-bad":
                # A good inventory, but the resource list of v1 is of the wrong shape: its
                # objects must not count as "gone with their API".
                if rest == "/api":
                    w(answer(200, b'{"kind":"APIVersions","versions":["v1"]}'))
                elif rest == "/apis":
                    w(answer(200, b'{"kind":"APIGroupList","groups":[]}'))
                elif rest == "/api/v1":
                    w(answer(200, b'{"kind":"APIResourceList","resources":"x"}'))
                else:
                    w(inventory('{"objects":[{"apiVersion":"v1","kind":"ConfigMap",'
                                '"namespace":"kube-system","name":"cilium-config"}]}'))
            elif mode == "impostor":
                # Every object GET answers with the inventory ConfigMap: status must not count
                # the DaemonSet the inventory lists as present.
                if rest == "/api":
                    w(answer(200, b'{"kind":"APIVersions","versions":["v1"]}'))
                elif rest == "/apis":
                    w(answer(200, b'{"kind":"APIGroupList","groups":[{"name":"apps"}]}'))
                elif rest == "/apis/apps/v1":
                    w(answer(200, b'{"kind":"APIResourceList","resources":[{"name":'
                                  b'"daemonsets","kind":"DaemonSet","namespaced":true}]}'))
                else:
                    w(inventory('{"objects":[{"apiVersion":"apps/v1","kind":"DaemonSet",'
                                '"namespace":"kube-system","name":"cilium"}]}'))
            elif mode in ("ds-bad", "pods-bad"):
                # The safety checks of apply: the imported-cluster check reads the control-plane
                # pods, the other-CNI check the daemonsets; one of them gets a wrong shape.
                if rest.endswith("/pods"):
                    w(CONTROL_PLANE if mode == "ds-bad" else answer(200, b'{"items":"x"}'))
                elif rest.endswith("/daemonsets"):
                    w(answer(200, b'{"items":[{"metadata":{"name":5,"namespace":"k"}}]}'))
                elif rest == "/api/v1/nodes":  # the node-coverage check: a cluster of no nodes
                    w(answer(200, b'{"kind":"NodeList","items":[]}'))
                else:
                    w(status(404, b"not found"))
            elif mode == "hang":
                time.sleep(60)  # connected, read, and never a byte of answer
            elif mode == "gib":
                w(JSON + b"Content-Length: %d\r\n\r\n" % (1 << 30))
                chunk = b" " * (1 << 20)
                for _ in range(1 << 10):
                    w(chunk)
            elif mode == "cut-length":
                w(JSON + b'Content-Length: 4000\r\n\r\n{"kind":"DaemonSetList","items":[')
            elif mode == "cut-chunked":
                w(JSON + b'Transfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n3\r\n[1,\r\n')
            elif mode == "endless-chunked":
                w(JSON + b"Transfer-Encoding: chunked\r\n\r\n")
                chunk = b"40000\r\n" + b" " * 0x40000 + b"\r\n"
                sent = 0
                while sent < LIMIT:
                    w(chunk)
                    sent += len(chunk)
            elif mode == "trickle":
                w(JSON + b"Content-Length: 100000\r\n\r\n{")
                for _ in range(600):  # a minute at most
                    self.wfile.flush()
                    time.sleep(0.1)
                    w(b" ")
            elif mode == "redirect":
                w(b"HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/api\r\n"
                  b"Content-Length: 0\r\n\r\n")
            elif mode == "array":
                w(JSON + b"Content-Length: 7\r\n\r\n[1,2,3]")
            elif mode == "html":
                w(JSON + b"Content-Length: 11\r\n\r\n<html></ht>")
            else:
                w(JSON + b'Content-Length: 16\r\n\r\n{"kind":"Node"}\n')
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what the bounds are for


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    srv = Server(("127.0.0.1", 0), Handler)
    print(f"READY {srv.server_address[1]}", flush=True)
    sys.stdout.close()
    srv.serve_forever()
