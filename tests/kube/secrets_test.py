#!/usr/bin/env python3
"""Secrets never leave memory except for the one place they must go.

Plants unique secrets: an SSH password (root's on one SSH test node, password auth on), the
passphrase of an encrypted private key (another node logs in with it) and that key's content.
Then runs the whole command line as an operator would, with HOME (and so ~/.config,
~/.local/share, ~/.ssh) in a temporary folder: validate, render, preflight (the password and
passphrase typed at a terminal, a pseudo-terminal here), apply to a new cluster (the password
read from standard input; the credentials go into the TKEStack Cluster object, over TLS to the
test API server: the one place they may go, checked there), status, uninstall; plus profiles
that try to hold a password or passphrase (refused with exit 2, field path first). It
captures stdout and stderr of every run and every file written (HOME, the render output, the
inventory, the known-hosts file, the test API server's log, new files in /tmp) and searches
all of it for each secret: plain, base64 (at the three alignments) and hex.

Needs root (the SSH test nodes are network namespaces).
Usage: secrets_test.py INSTALLER PROFILE SSHNODE"""

import sys
sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
import base64  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pty  # noqa: E402
import secrets  # noqa: E402
import select  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import termios  # noqa: E402
import time  # noqa: E402
import unittest  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testserver import TestServer  # noqa: E402

INSTALLER, PROFILE, SSHNODE = (os.path.abspath(a) for a in sys.argv[1:4])
del sys.argv[1:4]

def took(step, started):
    """Each run's wall time on stderr as it ends: when ctest stops the suite at its timeout,
    the output says which run the time went to."""
    print(f"  {step}: {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


PASSWORD = "pw-" + secrets.token_hex(12) + "-Zq"
PASSPHRASE = "pp-" + secrets.token_hex(12) + "-Xk"


def encodings(secret):
    """The forms a leak may take: plain, hex, base64 at each of the three alignments (the
    middle of a base64 blob that holds the secret somewhere), base64 of the UTF-16 form."""
    raw = secret.encode() if isinstance(secret, str) else secret
    forms = {"plain": raw, "hex": raw.hex().encode(), "HEX": raw.hex().upper().encode()}
    for pad in range(3):
        # The secret `pad` bytes into a base64 blob: only the 4-character groups made of its
        # own bytes alone do not depend on what surrounds it.
        b = base64.b64encode(b"\0" * pad + raw)
        forms[f"base64+{pad}"] = b[-(-pad // 3) * 4: (pad + len(raw)) // 3 * 4]
    forms["utf16"] = raw.decode(errors="replace").encode("utf-16-le")
    return forms


class Secrets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.started = time.time()
        cls.tmp = tempfile.TemporaryDirectory(prefix="tkeci-secrets-")
        cls.home = os.path.join(cls.tmp.name, "home")
        cls.nodes_state = os.path.join(cls.tmp.name, "nodes")
        os.makedirs(os.path.join(cls.home, ".ssh"))
        cls.tmpdir = os.path.join(cls.tmp.name, "tmpdir")
        os.makedirs(cls.tmpdir)
        cls.transcripts = []  # (what, text) of every run
        # The encrypted key: its passphrase goes to ssh-keygen on a pipe, never on disk.
        # Its name is full of shell metacharacters: the key file is opened, never handed to
        # a shell, so nothing named "pwned" may appear anywhere.
        cls.key_name = "id tkeci;$(touch pwned)`touch pwned2`|touch pwned3"
        cls.key = os.path.join(cls.home, ".ssh", cls.key_name)
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", PASSPHRASE, "-C", "",
                        "-f", cls.key], check=True)
        with open(cls.key, "rb") as f:
            cls.key_content = f.read()
        # Two SSH test nodes: root logs in with PASSWORD on one, with the key on the other.
        cls.slot = int(cls.sshnode("claim-slot", str(os.getpid())))
        hashed = subprocess.run(["openssl", "passwd", "-6", "-stdin"], input=PASSWORD,
                                capture_output=True, text=True, check=True).stdout.strip()
        ready = os.path.join(os.path.dirname(SSHNODE), "data", "config-cilium-ready")
        cls.password_node = cls.sshnode("up", "--state", cls.nodes_state, "--index",
                                        str(cls.slot * 100), "--password-hash", hashed,
                                        "--boot-config", ready, "--kube-manifest", os.path.join(
                                            os.path.dirname(os.path.abspath(__file__)), "data",
                                            "kube-controller-manager.yaml"))
        cls.key_node = cls.sshnode("up", "--state", cls.nodes_state, "--index",
                                   str(cls.slot * 100 + 1), "--authorized-keys",
                                   cls.key + ".pub", "--boot-config", ready)
        # The cluster's nodes are the SSH test nodes (the password node is its master).
        cls.server = TestServer("--ready-after", "0.3", "--node-addresses",
                                f"{cls.password_node},{cls.key_node}")
        with open(PROFILE) as f:
            text = f.read()
        nodes = text.index("nodes:")
        cls.profile = cls.write("profile.yaml", text[:nodes] + f"""nodes:
  - ip: {cls.password_node}
    port: 22
    user: root
    role: master
    auth: password
  - ip: {cls.key_node}
    port: 22
    user: root
    role: worker
    auth: key
    keyFile: "~/.ssh/{cls.key_name}"
""")

    @classmethod
    def tearDownClass(cls):
        cls.sshnode("down", "--state", cls.nodes_state)
        cls.sshnode("release-slot", str(cls.slot))
        cls.server.stop()
        cls.tmp.cleanup()

    @classmethod
    def sshnode(cls, *args):
        return subprocess.run([SSHNODE, *args], capture_output=True, text=True,
                              check=True).stdout.strip()

    @classmethod
    def write(cls, name, text):
        path = os.path.join(cls.tmp.name, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def env(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KUBECONFIG"))}
        # Qt's temporary files go to TMPDIR: a folder of this test, searched at the end.
        env.update(HOME=self.home, LANG="C.UTF-8", TMPDIR=self.tmpdir)
        return env

    def run_cli(self, *args, stdin=""):
        started = time.monotonic()
        r = subprocess.run([INSTALLER, *args], input=stdin, capture_output=True, text=True,
                           timeout=120, env=self.env(), cwd=self.tmp.name)
        self.transcripts.append((" ".join(args[:1]), r.stdout + r.stderr))
        took(args[0], started)
        return r.returncode, r.stdout, r.stderr

    def run_on_terminal(self, *args, answers):
        """Runs the installer with a pseudo-terminal as its controlling terminal (where it
        asks for secrets) and types answers[prompt] once echo is off. stdout and stderr go to
        pipes of their own, as an operator redirecting them would have it."""
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pid, master = pty.fork()
        if pid == 0:  # the child: the pty is its terminal; stdout and stderr to pipes
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.chdir(self.tmp.name)
            os.execve(INSTALLER, [INSTALLER, *args], self.env())
        os.close(out_w)
        os.close(err_w)
        got = {out_r: b"", err_r: b"", master: b""}
        started = time.monotonic()
        open_fds, typed = {out_r, err_r, master}, {}
        deadline = time.monotonic() + 120
        while open_fds and time.monotonic() < deadline:
            ready, _, _ = select.select(list(open_fds), [], [], 0.1)
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # the pty's other side is gone
                    chunk = b""
                if chunk:
                    got[fd] += chunk
                else:
                    open_fds.discard(fd)
            for prompt, answer in answers.items():
                if got[master].count(prompt.encode()) > typed.get(prompt, 0):
                    # Type only once the program turned echo off, as a person would see it.
                    while termios.tcgetattr(master)[3] & termios.ECHO:
                        if time.monotonic() > deadline:  # say so, rather than spin until killed
                            self.fail(f"echo never went off after {prompt!r}: {got}")
                        time.sleep(0.01)
                    os.write(master, answer.encode() + b"\n")
                    typed[prompt] = typed.get(prompt, 0) + 1
        if open_fds:  # the deadline passed with the program still running: stop it, say so
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        took(args[0] + " (terminal)", started)
        if open_fds:
            self.fail(f"{args[0]} still ran after 120 s; it printed: {got}")
        for fd in (out_r, err_r, master):
            os.close(fd)
        out, err, terminal = (got[fd].decode(errors="replace") for fd in (out_r, err_r, master))
        self.transcripts.append((args[0] + " (terminal)", out + err + terminal))
        return os.waitstatus_to_exitcode(status), out, err, terminal

    # --- the flow ------------------------------------------------------------------------
    def test_1_flow(self):
        code, out, err = self.run_cli("validate", "--profile", self.profile)
        self.assertEqual(code, 0, out + err)
        rendered = os.path.join(self.tmp.name, "rendered")
        code, out, err = self.run_cli("render", "--profile", self.profile, "--out", rendered)
        self.assertEqual(code, 0, out + err)

        # Preflight: root's password on one node, the key's passphrase on the other.
        code, out, err, terminal = self.run_on_terminal(
            "preflight", "--profile", self.profile, "--accept-new-host-keys", "--json",
            "--timeout", "10",
            answers={f"Password for root@{self.password_node}: ": PASSWORD,
                     f"Passphrase for the key of root@{self.key_node}: ": PASSPHRASE})
        results = json.loads(out)
        # Both logged in: the checks ran on each node (root, 64-bit).
        for node in (self.password_node, self.key_node):
            for check in ("user", "arch"):
                row = [r for r in results if r["node"] == node and r["check"] == check]
                self.assertEqual(row[0]["status"], "pass", row)
        self.assertIn(f"Password for root@{self.password_node}", terminal)
        # The new host keys went to ~/.ssh/known_hosts of this HOME, not the login user's.
        with open(os.path.join(self.home, ".ssh", "known_hosts")) as f:
            known = f.read()
        for node in (self.password_node, self.key_node):
            self.assertIn(node + " ssh-ed25519 ", known)

        # A new cluster: the password and the key's passphrase from standard input (no
        # terminal), the key's content read from the key file; all three go into the Cluster
        # object on the global cluster (TKEStack decrypts the key with passPhrase).
        kubeconfig = self.server.kubeconfig("admin-cert")
        code, out, err = self.run_cli("apply", "--profile", self.profile, "--kubeconfig",
                                      kubeconfig, "--yes", "--wait", "--timeout", "30",
                                      stdin=PASSWORD + "\n" + PASSPHRASE + "\n")
        self.assertEqual(code, 0, out + err)
        self.assertIn("is Running with Cilium rolled out", out)
        machines = self.machines_on_server()
        self.assertEqual(base64.b64decode(machines[self.password_node]["password"]).decode(),
                         PASSWORD)
        self.assertEqual(base64.b64decode(machines[self.key_node]["privateKey"]),
                         self.key_content)
        self.assertEqual(base64.b64decode(machines[self.key_node]["passPhrase"]).decode(),
                         PASSPHRASE)
        self.assertTrue(self.server_url().startswith("https://"))  # sent over verified TLS

        code, out, err = self.run_cli("status", "--profile", self.profile, "--kubeconfig",
                                      kubeconfig)
        self.assertEqual(code, 0, out + err)
        self.assertIn("phase Running", out)
        code, out, err = self.run_cli("uninstall", "--kubeconfig", kubeconfig, "--yes")
        self.assertIn(code, (0, 1), out + err)  # a new cluster keeps no inventory to walk

        # The new cluster is this same server, and TKEStack's platform deployed its own Cilium
        # on it; removed, so that the same nodes serve as an existing cluster without Cilium.
        self.delete_on_server("apis/apps/v1/namespaces/kube-system/daemonsets/cilium",
                              "apis/apps/v1/namespaces/kube-system/deployments/cilium-operator",
                              "apis/apps/v1/namespaces/kube-system/deployments/tke-eni-ipamd")

        # The same nodes as an existing cluster: apply logs in to the master with the password
        # (standard input) to edit kube-controller-manager, writes the inventory (both copies),
        # status reads it, uninstall --profile removes it and puts the master's file back.
        with open(self.profile) as f:
            existing = self.write("existing.yaml", f.read().replace(
                "target: new-cluster", "target: existing-cluster"))
        code, out, err = self.run_cli("apply", "--profile", existing, "--kubeconfig",
                                      kubeconfig, "--yes", "--wait", "--timeout", "30",
                                      stdin=PASSWORD + "\n")
        self.assertEqual(code, 0, out + err)
        self.assertIn(f"{self.password_node}: kube-controller-manager edited", out)
        inventories = [os.path.join(d, f) for d, _, fs in os.walk(self.home) for f in fs
                       if os.path.basename(d) == "inventory"]
        self.assertEqual(len(inventories), 1, inventories)
        code, out, err = self.run_cli("status", "--kubeconfig", kubeconfig)
        self.assertEqual(code, 0, out + err)
        code, out, err = self.run_cli("uninstall", "--profile", existing, "--kubeconfig",
                                      kubeconfig, "--yes", stdin=PASSWORD + "\n")
        self.assertEqual(code, 0, out + err)
        self.assertIn(f"{self.password_node}: kube-controller-manager put back", out)

    def test_2_profile_with_a_secret_is_refused(self):
        with open(self.profile) as f:
            text = f.read()
        for key, value, path in (("password", PASSWORD, "nodes[0].password"),
                                 ("passphrase", PASSPHRASE, "nodes[1].passphrase")):
            marker = "    role: master\n" if path.startswith("nodes[0]") else \
                "    role: worker\n"
            bad = self.write(f"with-{key}.yaml", text.replace(
                marker, marker + f"    {key}: {value}\n"))
            for command in (["validate"], ["render", "--out", os.path.join(
                    self.tmp.name, "never")], ["apply", "--yes"]):
                code, out, err = self.run_cli(command[0], "--profile", bad, *command[1:])
                self.assertEqual(code, 2, out + err)
                self.assertTrue(err.startswith(path + ": "), err)
            os.remove(bad)  # the test's own input, not something the program wrote
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "never")))

    def test_3_nothing_leaked(self):
        """Every byte the program printed or wrote, searched for every secret."""
        haystacks = list(self.transcripts)
        roots = [self.home, os.path.join(self.tmp.name, "rendered"), self.server.dir.name,
                 self.tmpdir]
        for root in roots:
            for folder, _, files in os.walk(root):
                for name in files:
                    path = os.path.join(folder, name)
                    if path == self.key:  # the key file itself: where its content belongs
                        continue
                    with open(path, "rb") as f:
                        haystacks.append((path, f.read()))
        for name in os.listdir("/tmp"):  # Qt files that ignored TMPDIR, if any
            path = os.path.join("/tmp", name)
            if name.startswith(("tke-cilium-installer", "qt_temp")) and os.path.isfile(path) \
                    and os.lstat(path).st_mtime >= self.started:
                with open(path, "rb") as f:
                    haystacks.append((path, f.read()))
        # The key's text without the lines every encrypted ed25519 key shares (armour, magic,
        # cipher and KDF names): what is left is this key's own.
        key_lines = [ln for ln in self.key_content.split(b"\n") if len(ln) >= 40][2:]
        needles = {}
        for name, secret in (("password", PASSWORD), ("passphrase", PASSPHRASE)):
            for form, value in encodings(secret).items():
                needles[f"{name} ({form})"] = value
        for i, line in enumerate(key_lines):  # the key's own text, line by line
            needles[f"key line {i}"] = line
        for form, value in encodings(self.key_content).items():
            needles[f"key file ({form})"] = value[len(value) // 2: len(value) // 2 + 60]
        searched = 0
        for where, data in haystacks:
            data = data if isinstance(data, bytes) else data.encode()
            searched += len(data)
            for what, needle in needles.items():
                self.assertNotIn(needle, data, f"{what} found in {where}")
        self.assertGreater(len(haystacks), 10)
        # The key file's name never reached a shell.
        pwned = [os.path.join(d, f) for root in (self.tmp.name, "/tmp", "/root")
                 for d, _, fs in ([(root, None, os.listdir(root))] if root != self.tmp.name
                                  else os.walk(root))
                 for f in fs if f.startswith("pwned")]
        self.assertEqual(pwned, [])
        print(f"\n  searched {len(haystacks)} outputs and files ({searched} bytes) for "
              f"{len(needles)} forms of the secrets: none found", file=sys.stderr)

    # --- helpers -------------------------------------------------------------------------
    def server_url(self):
        with open(self.server.kubeconfig("admin-cert")) as f:
            return json.load(f)["clusters"][0]["cluster"]["server"]

    def delete_on_server(self, *paths):
        import ssl
        import urllib.request
        ctx = ssl.create_default_context(cafile=os.path.join(self.server.dir.name, "ca.crt"))
        ctx.load_cert_chain(os.path.join(self.server.dir.name, "admin.crt"),
                            os.path.join(self.server.dir.name, "admin.key"))
        for path in paths:
            req = urllib.request.Request(self.server_url() + "/" + path, method="DELETE")
            with urllib.request.urlopen(req, context=ctx) as r:
                self.assertEqual(r.status, 200)

    def machines_on_server(self):
        """ip -> machine (the Cluster's spec.machines[] for masters, each Machine's spec for
        workers) as the test API server holds them, read without touching the disk."""
        import ssl
        import urllib.request
        ctx = ssl.create_default_context(cafile=os.path.join(self.server.dir.name, "ca.crt"))
        ctx.load_cert_chain(os.path.join(self.server.dir.name, "admin.crt"),
                            os.path.join(self.server.dir.name, "admin.key"))

        def items(plural):
            url = self.server_url() + "/apis/platform.tkestack.io/v1/" + plural
            with urllib.request.urlopen(url, context=ctx) as r:
                return json.load(r)["items"]
        clusters = items("clusters")
        self.assertEqual(len(clusters), 1)
        machines = {m["ip"]: m for m in clusters[0]["spec"]["machines"]}
        machines.update({m["spec"]["ip"]: m["spec"] for m in items("machines")})
        return machines


if __name__ == "__main__":
    unittest.main(verbosity=2, failfast=True)
