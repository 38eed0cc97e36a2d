"""Starts tests/kube/apiserver/server.py in a temporary folder and stops it; shared by the
Python tests that drive it."""

import os
import signal
import subprocess
import sys
import tempfile
import time

SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apiserver", "server.py")


class TestServer:
    def __init__(self, *args):
        self.dir = tempfile.TemporaryDirectory(prefix="tkeci-apiserver-")
        self.log = open(os.path.join(self.dir.name, "server.log"), "w")
        self.proc = subprocess.Popen([sys.executable, SERVER, self.dir.name, *args],
                                     stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            self.stop()
            raise RuntimeError("the test API server did not start: " + line)
        self.port = int(line.split()[1])

    def kubeconfig(self, name):
        return os.path.join(self.dir.name, f"{name}.kubeconfig")

    def clear_faults(self):
        """Ends the injected write faults (--fault ...N+): "the load balancer is fixed"."""
        self.proc.send_signal(signal.SIGUSR1)
        time.sleep(0.6)  # the handler runs between two polls of the server's accept loop

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.proc.stdout.close()
        self.log.close()
        self.dir.cleanup()
