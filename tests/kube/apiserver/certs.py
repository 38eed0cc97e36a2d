"""Test PKI made with the openssl command at test time: a CA, a server certificate for
127.0.0.1/localhost, client certificates (valid and expired) and a second CA that signed
nothing the server uses (the "bad CA" case). Nothing here is a secret worth protecting; it
lives in the test's temporary folder and dies with it."""

import os
import subprocess


def _run(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _ca(cwd, name, cn):
    _run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
         "-out", f"{name}.crt", "-days", "2", "-subj", f"/CN={cn}", cwd=cwd)


def _signed(cwd, name, subject, ext_lines, start=None, end=None):
    _run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out",
         f"{name}.csr", "-subj", subject, cwd=cwd)
    with open(os.path.join(cwd, f"{name}.ext"), "w") as f:
        f.write("\n".join(ext_lines) + "\n")
    if start is None:
        _run("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", f"{name}.crt", "-days", "2", "-extfile",
             f"{name}.ext", cwd=cwd)
        return
    # `openssl ca` is the one openssl command that takes explicit dates (for an expired cert).
    db = os.path.join(cwd, "ca-db")
    os.makedirs(db, exist_ok=True)
    open(os.path.join(db, "index.txt"), "w").close()
    with open(os.path.join(db, "serial"), "w") as f:
        f.write("1000\n")
    with open(os.path.join(cwd, "ca.cnf"), "w") as f:
        f.write(f"""[ca]
default_ca = test
[test]
database = {db}/index.txt
serial = {db}/serial
new_certs_dir = {db}
certificate = {cwd}/ca.crt
private_key = {cwd}/ca.key
default_md = sha256
policy = anything
copy_extensions = none
[anything]
commonName = supplied
organizationName = optional
[ext]
{chr(10).join(ext_lines)}
""")
    _run("ca", "-batch", "-config", "ca.cnf", "-extensions", "ext", "-startdate", start,
         "-enddate", end, "-in", f"{name}.csr", "-out", f"{name}.crt", "-notext", cwd=cwd)


def make_pki(cwd):
    """Writes ca, server, admin (system:masters), expired client and other-ca files."""
    _ca(cwd, "ca", "test-apiserver-ca")
    _ca(cwd, "other-ca", "some-other-ca")
    _signed(cwd, "server", "/CN=test-apiserver",
            ["basicConstraints=CA:FALSE", "keyUsage=digitalSignature,keyEncipherment",
             "extendedKeyUsage=serverAuth", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
    client_ext = ["basicConstraints=CA:FALSE", "keyUsage=digitalSignature,keyEncipherment",
                  "extendedKeyUsage=clientAuth"]
    _signed(cwd, "admin", "/O=system:masters/CN=admin", client_ext)
    _signed(cwd, "expired", "/O=system:masters/CN=expired-admin", client_ext,
            start="20200101000000Z", end="20200102000000Z")
