#!/usr/bin/env python3
"""The cluster commands against broken and hostile servers, kubeconfigs and credential plugins
(issue #16). Every probe runs the real program in its own process and asserts its exit code,
its wall time, its peak memory (getrusage of that child, through os.wait4), its message, and
that no raw control character reached the terminal. The server (hostile_server.py) counts every
request that is not a GET: none may come, so no probe changed anything where a safety check could
not decide. The probes run in parallel, so the suite takes about as long as its longest probe
(the --timeout 20 one). Prints a table of the figures.

Usage: cli_hostile_test.py INSTALLER PROFILE HOSTILE_SERVER"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import concurrent.futures  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import unittest  # noqa: E402
import urllib.request  # noqa: E402

INSTALLER, PROFILE, HOSTILE = sys.argv[1:4]
del sys.argv[1:4]
MIB = 1024
# Raw terminal controls a server must not get through: C0 but newline, DEL, C1, bidi overrides.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(args, env, timeout=120):
    """Runs the program; returns (exit code, stdout, stderr, seconds, peak RSS in MiB)."""
    began = time.monotonic()
    p = subprocess.Popen([INSTALLER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL, env=env)
    out, err = [], []
    readers = [threading.Thread(target=lambda s, b: b.append(s.read()), args=(p.stdout, out)),
               threading.Thread(target=lambda s, b: b.append(s.read()), args=(p.stderr, err))]
    for t in readers:
        t.start()
    killer = threading.Timer(timeout, p.kill)  # a hang fails the probe instead of the suite
    killer.start()
    _, status, usage = os.wait4(p.pid, 0)
    killer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    p.stdout.close()
    p.stderr.close()
    return (p.returncode, out[0].decode("utf-8", "replace"), err[0].decode("utf-8", "replace"),
            time.monotonic() - began, usage.ru_maxrss / MIB)


# The ASan stage exports ASAN_OPTIONS to every process it starts.
SANITIZED = "ASAN_OPTIONS" in os.environ


class CliHostile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="tkeci-hostile-")
        cls.server = subprocess.Popen([sys.executable, HOSTILE], stdout=subprocess.PIPE,
                                      text=True)
        line = cls.server.stdout.readline()
        assert line.startswith("READY "), line
        cls.port = int(line.split()[1])
        with open(PROFILE) as f:
            text = f.read().replace("target: new-cluster", "target: existing-cluster")
        cls.profile = cls.file("existing.yaml", text)
        cls.env = dict(os.environ, HOME=os.path.join(cls.tmp.name, "home"),
                       XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"), LANG="C.UTF-8")
        cls.env.pop("KUBECONFIG", None)
        # Under the ASan stage the program's memory is measured, not ASan's quarantine of freed
        # blocks (256 MB by default, which alone passes the bound): keep it small.
        if SANITIZED:
            cls.env["ASAN_OPTIONS"] += ":quarantine_size_mb=16"
        cls.figures = []

    @classmethod
    def tearDownClass(cls):
        cls.server.kill()
        cls.server.wait()
        cls.server.stdout.close()
        cls.tmp.cleanup()
        print("\n  probe                              exit  wall s  peak MiB", file=sys.stderr)
        for name, code, secs, mib in sorted(cls.figures):
            print(f"  {name:34} {code:4}  {secs:6.1f}  {mib:8.0f}", file=sys.stderr)

    @classmethod
    def file(cls, name, text, mode=0o600):
        path = os.path.join(cls.tmp.name, name)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, mode)
        return path

    @classmethod
    def kubeconfig(cls, name, mode="whole", user=None):
        config = {"apiVersion": "v1", "kind": "Config", "current-context": "x",
                  "clusters": [{"name": "c", "cluster": {
                      "server": f"http://127.0.0.1:{cls.port}/{mode}"}}],
                  "contexts": [{"name": "x", "context": {"cluster": "c", "user": "u"}}],
                  "users": [{"name": "u", "user": user or {"token": "t0ken"}}]}
        return cls.file(name + ".kubeconfig", json.dumps(config))

    def writes(self):
        url = f"http://127.0.0.1:{self.port}/writes"
        with urllib.request.urlopen(url, timeout=10) as r:
            return json.load(r)["writes"]

    def probe(self, name, args, config, code, says, max_seconds, min_seconds=0.0,
              max_mib=400):
        """One run, checked; returns its stderr for further checks."""
        got, out, err, secs, mib = run([*args, "--kubeconfig", config], self.env)
        self.figures.append((name, got, secs, mib))
        with self.subTest(probe=name):
            self.assertEqual(got, code, out + err)
            for s in [says] if isinstance(says, str) else says:
                self.assertIn(s, err, f"{name}: {err[:3000]}")
            self.assertLess(secs, max_seconds, name)
            self.assertGreaterEqual(secs, min_seconds, name)
            # Peak memory is the product's only in the normal build: under ASan (slower by
            # several times, its own allocator and shadow memory) the figure is printed but not
            # held to the bound. Under ASan the endless chunked answer has reached 2.7 GB: the
            # slower reader lets Qt's HTTP thread buffer ahead (an open point of issue #16).
            if not SANITIZED:
                self.assertLess(mib, max_mib, name)
            self.assertIsNone(RAW_CONTROL.search(out + err), f"{name}: {(out + err)[:3000]!r}")
            self.assertNotIn("every object is there", out)
            self.assertNotIn("nothing installed", out)  # a broken answer is no empty cluster
        return err

    def test_probes(self):
        fifo = os.path.join(self.tmp.name, "fifo")
        os.mkfifo(fifo)
        big_key = self.file("big.key", "A" * (2 << 20))
        garbage = self.file("garbage.pem", "-----BEGIN PRIVATE KEY-----\nnot a key\n")
        hang = self.file("hang.sh", "#!/bin/sh\nexec sleep 600\n", 0o700)
        pid_file = os.path.join(self.tmp.name, "child.pid")
        children = self.file("children.sh", f"#!/bin/sh\nsleep 600 &\necho $! > {pid_file}\n"
                             "wait\n", 0o700)
        forever = self.file("forever.sh", "#!/bin/sh\nexec yes ExecCredential\n", 0o700)

        def exec_user(command):
            return {"exec": {"apiVersion": "client.authentication.k8s.io/v1beta1",
                             "command": command}}

        status = ["status"]
        apply = ["apply", "--profile", self.profile, "--yes", "--skip-controller-manager"]
        probes = [
            # name, args, kubeconfig, exit code, message(s), max seconds[, min seconds]
            ("trickle 10 B/s, --timeout 20", [*status, "--timeout", "20"],
             self.kubeconfig("trickle", "trickle"), 1, "the run's time (--timeout) ran out",
             30, 19),
            ("1 GiB answer", status, self.kubeconfig("gib", "gib"), 1, "larger than 64 MiB",
             60),
            ("endless chunked answer", status, self.kubeconfig("endless", "endless-chunked"),
             1, "larger than 64 MiB", 60),
            ("cut before Content-Length", status, self.kubeconfig("cut", "cut-length"), 1,
             "was cut off", 15),
            ("redirect", status, self.kubeconfig("redirect", "redirect"), 1,
             "redirect (HTTP 302) to https://elsewhere.example/api", 15),
            ("inventory objects \"nope\"", status, self.kubeconfig("nope", "inv-nope"), 1,
             '.data["inventory.json"].objects: an array expected', 15),
            ("inventory nested 100k deep", status, self.kubeconfig("invdeep", "inv-deep"), 1,
             ['.data["inventory.json"]: an inventory in JSON expected', "deeply nested"], 15),
            ("inventory key missing", status, self.kubeconfig("invmissing", "inv-missing"), 1,
             '.data["inventory.json"]: a string expected', 15),
            ("answer nested 100k deep", status, self.kubeconfig("deep", "deep"), 1,
             "is not a JSON object", 15),
            ("10 MiB Status message", status, self.kubeconfig("bigstatus", "status-10mib"), 1,
             ["characters more)", "\\x1b[2J"], 30),
            ("control characters", status, self.kubeconfig("control", "control"), 1,
             ["\\x1b]0;owned\\x07", "\\u202e"], 15),
            ("invalid UTF-8", status, self.kubeconfig("utf8", "bad-utf8"), 1,
             ["403 Forbidden", "not \ufffd\ufffd\\x1b[31m utf-8"], 15),
            ("uninstall, objects \"nope\"", ["uninstall", "--yes"],
             self.kubeconfig("unnope", "inv-nope"), 1,
             '.data["inventory.json"].objects: an array expected', 15),
            ("uninstall, an object without name", ["uninstall", "--yes"],
             self.kubeconfig("unnoname", "inv-noname"), 1,
             '.data["inventory.json"].objects[0].name: a Kubernetes name', 15),
            ("uninstall, resource list \"x\"", ["uninstall", "--yes"],
             self.kubeconfig("discbad", "disc-bad"), 1,
             ".resources: an array expected, but the answer of", 15),
            ("every GET answers one object", status, self.kubeconfig("impostor", "impostor"),
             1, '.metadata.name: "cilium" expected', 15),
            ("apply, daemonset name 5", apply, self.kubeconfig("dsbad", "ds-bad"), 1,
             [".items[0].metadata.name: a string expected",
              "no other CNI can be ruled out"], 15),
            ("apply, pod list items \"x\"", apply, self.kubeconfig("podsbad", "pods-bad"), 1,
             ".items: an array expected", 15),
            ("kubeconfig is a FIFO", status, fifo, 2, "not a regular file", 5),
            ("token file is a FIFO", status,
             self.kubeconfig("tokfifo", user={"tokenFile": fifo}), 1, "not a regular file", 5),
            ("token file /dev/zero", status,
             self.kubeconfig("tokzero", user={"tokenFile": "/dev/zero"}), 1,
             "not a regular file", 5),
            ("client key is a FIFO", status, self.kubeconfig(
                "keyfifo", user={"client-certificate": garbage, "client-key": fifo}), 2,
             "not a regular file", 5),
            ("client key of 2 MiB", status, self.kubeconfig(
                "keybig", user={"client-certificate": garbage, "client-key": big_key}), 2,
             "client-key", 5),
            ("client key not PEM", status, self.kubeconfig(
                "keybad", user={"client-certificate": garbage, "client-key": garbage}), 2,
             "cannot be read (PEM, RSA or EC expected)", 5),
            ("exec plugin hangs, --timeout 4", [*status, "--timeout", "4"],
             self.kubeconfig("exechang", user=exec_user(hang)), 1, "hang.sh", 10, 3.5),
            ("exec plugin's child, --timeout 4", [*status, "--timeout", "4"],
             self.kubeconfig("execchild", user=exec_user(children)), 1, "children.sh", 10,
             3.5),
            ("exec plugin prints forever", status,
             self.kubeconfig("execforever", user=exec_user(forever)), 1, "forever.sh", 15),
        ]
        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            for f in [pool.submit(self.probe, *p) for p in probes]:
                f.result()
        # The exec plugin's child went with it (its process group was killed).
        with open(pid_file) as f:
            child = int(f.read())
        try:
            with open(f"/proc/{child}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            state = "gone"
        self.assertIn(state, ("gone", "Z"), "the plugin's child is still running")
        # No probe sent anything but GETs: nothing on the cluster was changed.
        self.assertEqual(self.writes(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
