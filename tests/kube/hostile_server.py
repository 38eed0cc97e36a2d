"""A plain-HTTP server that answers badly on purpose, for tst_brokenanswers: the first path
segment names how (e.g. /cut-length/apis/apps/v1/daemonsets). It runs in its own process, as a
broken server on the network would, so the client's memory and time are measured alone.
Prints "READY <port>" once listening; every answer is bounded (2 GiB at most) and ends when
the client goes away."""

import socketserver
import sys
import time

JSON = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
LIMIT = 2 << 30


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(65536).decode("latin-1")
        while self.rfile.readline(65536) not in (b"\r\n", b"\n", b""):
            pass
        mode = line.split(" ")[1].split("/")[1] if line.count(" ") >= 2 else ""
        w = self.wfile.write
        try:
            if mode == "cut-length":
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
