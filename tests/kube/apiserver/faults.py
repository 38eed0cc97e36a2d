"""Faults of a real cluster, injected on purpose: what a kube-apiserver behind a load balancer
does on a bad day. Each fault hits writes (POST, PUT, PATCH, DELETE) by their number, counted
from 1 over the server's life, so a test can aim at "the 5th object" of an apply run. N+
instead of N[xK] means from the N-th write on, until the faults are cleared (SIGUSR1: "the load
balancer is fixed"). Note that Qt re-sends a request at once, up to twice, when the connection
closes before the answer, so one reset of a Qt client's call may count as up to three writes.

  error500:N[xK]  the N-th write (and the K-1 after it) answers 500 InternalError, as when etcd
                  times out under kube-apiserver; nothing is written
  reset:N[xK]     the N-th write is carried out, then the connection is reset (RST) instead
                  of answering, as a load balancer that drops a backend mid-request: the
                  client cannot know whether its write happened
  hang:N[xK]      the N-th write gets no answer for --hang-seconds (default 60), then the 504
                  Timeout kube-apiserver's own request timeout sends; nothing is written
  conflict:N[xK]  just before the N-th write (an apply), field manager "helm" applies the same
                  object with label app.kubernetes.io/managed-by=Helm: another tool owns that
                  field now, and the apply meets a real field-manager conflict (409)

KIND@TARGET[xK] or KIND@TARGET+ in place of KIND:N aims at the writes to one object instead,
TARGET being the end of its path ("clusterroles/cilium"), counted from its first write: a client
that sends writes concurrently cannot be aimed at by their number, as their order on the wire
is not theirs to choose.

--token-expires-after N: the admin bearer token (admin-token.kubeconfig) works for N requests,
then every request with it gets 401, as an expired token; renewed.token holds a fresh one."""

import re
import threading

KINDS = ("error500", "reset", "hang", "conflict")


def parse(spec):
    """"kind:N[xK]", "kind:N+", "kind@target[xK]" or "kind@target+" -> (kind, target or None,
    first, last or None); raises ValueError naming what is wrong."""
    m = re.fullmatch(r"([a-z0-9]+)(?::(\d+)|@([a-z0-9./-]+?))(?:x(\d+)|(\+))?", spec)
    if not m or m.group(1) not in KINDS:
        raise ValueError(f"--fault {spec}: expected KIND:N[xK], KIND:N+, KIND@TARGET[xK] or "
                         f"KIND@TARGET+ with KIND one of {', '.join(KINDS)}")
    first, count = int(m.group(2) or 1), int(m.group(4) or 1)
    if first < 1 or count < 1:
        raise ValueError(f"--fault {spec}: N and K start at 1")
    return m.group(1), m.group(3), first, None if m.group(5) else first + count - 1


class Faults:
    def __init__(self):
        self.lock = threading.Lock()
        self.configure([], 0)

    def configure(self, specs, token_uses):
        self.plan = [parse(spec) for spec in specs]  # (kind, target, first, last or None)
        self.writes = 0
        self.writes_to = {}  # target -> writes to it so far
        self.token_uses = token_uses  # 0: the admin token never expires
        self.token_used = 0

    def next_write(self, path):
        """Counts a write to `path`; returns (its number, the fault it meets or None)."""
        with self.lock:
            self.writes += 1
            n = self.writes
            for kind, target, first, last in self.plan:
                if target is not None:
                    if not path.endswith("/" + target):
                        continue
                    self.writes_to[target] = self.writes_to.get(target, 0) + 1
                    k = self.writes_to[target]
                else:
                    k = n
                if first <= k and (last is None or k <= last):
                    return n, kind
            return n, None

    def clear(self):
        """Every write fault ends (the expiring token stays expired)."""
        with self.lock:
            self.plan = []

    def token_expired(self):
        """Counts one request made with the expiring token; True once its uses are spent."""
        if not self.token_uses:
            return False
        with self.lock:
            self.token_used += 1
            return self.token_used > self.token_uses
