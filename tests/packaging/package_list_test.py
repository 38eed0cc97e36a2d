#!/usr/bin/env python3
"""Every program the build, the package step and the tests run comes from a Debian package that
scripts/dev.sh installs: a package of scripts/debian-packages.txt, one they depend on (Depends and
Pre-Depends, as apt installs them without recommends), or one every Debian 12 has (Essential: yes
or Priority: required, which is what a minbase debootstrap installs).

The commands are found in the sources, not remembered: the command words of every shell script,
the programs the Python tests run (subprocess with a literal name), the programs the C++ tests
start (QProcess with a literal name), CMake's find_program() names, and IMPLICIT below for
the ones that appear in no script (CMake's and CPack's own tools). Each is resolved on this machine
with `command -v` and `dpkg -S` to its package. A command that is not installed, or whose package
nothing installs, fails the test with its package named.

Usage: package_list_test.py SOURCE_DIR [PACKAGE_LIST]
       package_list_test.py --self-test SOURCE_DIR   (the check fails on a list without `file`)"""

import os
import re
import shutil
import subprocess
import sys

# Programs no script names: who calls them.
IMPLICIT = {
    "file": "CPack's DEB generator (CPackDeb.cmake: find_program(FILE_EXECUTABLE file)) finds "
            "the ELF files for dpkg-shlibdeps with it",
    "dpkg-shlibdeps": "CPackDeb.cmake, for the package's Depends",
    "readelf": "CPackDeb.cmake, for the shared objects' SONAMEs",
    "objcopy": "CPackDeb.cmake",
    "strip": "CPACK_STRIP_FILES and installer/StripUnneededSections.cmake",
    "cc": "CMake's C compiler", "c++": "CMake's C++ compiler", "ld": "the linker",
    "clang++": "the fuzz stage (CXX=clang++ in scripts/dev.sh)",
    "ninja": "cmake -G Ninja", "pkg-config": "CMake's pkg_check_modules",
    "python3": "the Python tests (find_package(Python3))",
    "cpack": "tests/packaging (CMAKE_CPACK_COMMAND)",
    "diff": "tests/ui/tst_unifieddiff compares the Review diff with diff -u",
    "Xvfb": "xvfb-run starts it",
}
# Commands on purpose not from the list, and why.
NOT_FROM_LIST = {
    "kubectl": "any kubectl on PATH will do; dev.sh installs Debian's kubernetes-client only "
               "when there is none (it conflicts with the upstream kubectl package)",
    "npm": "Debian's nodejs lacks npm (NodeSource's bundles it): dev.sh installs npm when missing",
    "sudo": "dev.sh uses it only when not run as root; CI runs as root",
}
SHELL_WORDS = set("""if then else elif fi for while until do done case esac in function select time
    return exit break continue local declare export readonly unset set shift eval exec trap wait
    read cd echo printf test true false command mapfile source alias type builtin let getopts
    ulimit umask pwd kill jobs bg fg disown EXIT INT TERM HUP""".split()) | {"[", "]", "[[", "]]", "!", ".", ":"}


def source_files(src):
    """The files of the source tree, without build folders (they hold a CMakeCache.txt) and
    downloaded packages; git is not needed (it is not in the list either)."""
    files = []
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if d not in (".git", "node_modules")
                         and not os.path.exists(os.path.join(root, d, "CMakeCache.txt")))
        files += [os.path.relpath(os.path.join(root, n), src) for n in sorted(names)]
    return files


def is_shell(src, path):
    if path.endswith(".sh"):
        return True
    try:
        with open(os.path.join(src, path), "rb") as f:
            first = f.readline()
    except OSError:
        return False
    return first.startswith(b"#!") and re.search(rb"\b(ba)?sh\b", first) is not None


def strip_comments(line):
    out, quote = [], None
    for i, c in enumerate(line):
        if quote:
            if c == quote and line[i - 1] != "\\":
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t;(|&"):
            break
        out.append(c)
    return "".join(out)


def code_of(text):
    """Shell text with each double-quoted string replaced by the $( ) inside it and each
    single-quoted one dropped, unless it is code (sh -c '...', trap '...')."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            j = text.find("'", i + 1)
            j = n if j < 0 else j
            if re.search(r"(\b(ba)?sh -c|\btrap)\s*$", text[max(0, i - 12):i]):
                out.append(" ; " + text[i + 1:j] + " ; ")
            else:
                out.append(" STR ")
            i = j + 1
        elif c == '"':
            j, parts = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == "\\":
                    j += 2
                    continue
                if text.startswith("$(", j) and not text.startswith("$((", j):
                    k, depth = j + 2, 1
                    while k < n and depth:
                        depth += {"(": 1, ")": -1}.get(text[k], 0)
                        k += 1
                    parts.append(text[j + 2:k - 1])
                    j = k
                    continue
                j += 1
            out.append(" STR " + "".join(" ; " + code_of(p) + " ; " for p in parts))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def shell_commands(text):
    text = re.sub(r"\\\n", " ", text)
    # here-documents are data
    text = re.sub(r"<<-?\s*'?(\w+)'?[^\n]*\n.*?\n\s*\1\n", "\n", text, flags=re.S)
    text = "\n".join(strip_comments(line) for line in text.split("\n"))
    functions = set(re.findall(r"^\s*([A-Za-z_][\w-]*)\s*\(\)", text, re.M))
    # functions that run their arguments as a command (measure parallel-ssh ...)
    runners = {name for name, body in re.findall(
        r"^\s*([A-Za-z_][\w-]*)\s*\(\)\s*\{(.*?)(?:^\s*\}|;\s*\}\s*$)", text, re.M | re.S)
        if '"$@"' in body}
    code = code_of(text)
    code = re.sub(r"\$\(\(.*?\)\)|\(\(.*?\)\)|\$\{[^}]*\}|\w+\+?=\([^)]*\)", " STR ", code)
    code = re.sub(r"(?m)(^|\bin\b|;;)\s*[\w*|. -]+\)", " ; ", code)  # case patterns
    found = set()
    for segment in re.split(r"\n|;|&&|\|\||\||\$\(|`|\(|\)|\{|\}|\b(?:then|do|else)\b", code):
        words = segment.split()
        while words and (re.match(r"^[A-Za-z_][\w\[\]$]*=", words[0])
                         or words[0] in ("exec", "nice", "!", "sudo", "$sudo", "env")
                         or words[0] in runners):
            # VAR="..." is one word in the shell: its quoted value is not the command
            words = words[2:] if words[0].endswith("=") and words[1:2] == ["STR"] else words[1:]
        if words and words[0] == "command":
            continue  # command -v X: a look-up, not a run
        if words and words[0] == "timeout":
            found.add("timeout")
            words = [w for w in words[1:] if not re.match(r"^(-\w+|\d+|STR)$", w)]
        if not words:
            continue
        w = words[0]
        if (w in SHELL_WORDS or w in functions or w == "STR" or "/" in w or "=" in w
                or re.match(r"^[$\-\"<>~.*\d\\]", w)):
            continue
        found.add(w)
    # absolute program paths anywhere (exec /usr/sbin/sshd ...)
    found |= set(re.findall(r"(?<![\w/.-])/(?:usr/)?s?bin/([\w.+-]+)", text))
    return found


def collect(src):
    """{command: [where it is used]}"""
    used = {}

    def add(command, where):
        used.setdefault(command, set()).add(where)

    for path in source_files(src):
        full = os.path.join(src, path)
        if not os.path.isfile(full):
            continue
        if is_shell(src, path):
            with open(full, errors="replace") as f:
                for c in shell_commands(f.read()):
                    add(c, path)
        elif path.endswith(".py"):
            with open(full) as f:
                text = f.read()
            for c in re.findall(r"subprocess\.\w+\(\s*\[\s*\"([\w.+-]+)\"", text):
                add(c, path)
            for c in re.findall(r"shutil\.which\(\s*\"([\w.+-]+)\"", text):
                add(c, path)
        elif path.endswith((".cpp", ".h")) and path.startswith(("tests/", "bench/")):
            with open(full) as f:
                text = f.read()
            for c in re.findall(r"start\(\s*QStringLiteral\(\"([\w.+-]+)\"\)", text):
                add(c, path)
        elif path.endswith(("CMakeLists.txt", ".cmake")):
            with open(full) as f:
                text = f.read()
            for args in re.findall(r"find_program\(\s*\w+\s+([^)]*)\)", text):
                names = args.split()
                if names and names[0] == "NAMES":
                    names = names[1:]
                for name in names:
                    if re.match(r"^[a-z][\w.+-]*$", name):
                        add(name, path)
                    else:
                        break
    for command, why in IMPLICIT.items():
        add(command, why)
    return used


def candidates_of(path):
    """`path` as found, resolved, and across the /usr-merge (dpkg knows one of them)."""
    candidates = {path, os.path.realpath(path)}
    for p in list(candidates):
        candidates.add(p[4:] if p.startswith("/usr/") else "/usr" + p)
    return sorted(candidates)


def owners_of(paths):
    """{path: {packages}} for every path dpkg knows, in one `dpkg -S` (it reads its file lists
    once per call: one call per path took 30 of the test's 32 s)."""
    r = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True)
    owners = {}
    for line in r.stdout.splitlines():
        if line.startswith("diversion "):
            continue
        # "pkg1, pkg2:amd64: /path"
        names, _, path = line.rpartition(": ")
        owners[path] = {o.strip().split(":")[0] for o in names.split(",")}
    return owners


def installed_closure(packages):
    """The packages apt installs for `packages` without recommends."""
    r = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                        "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances",
                        *packages], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("apt-cache depends failed: " + r.stderr)
    return {line.strip() for line in r.stdout.splitlines() if not line.startswith(" ")}


def base_system(package):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Essential} ${Priority}", package],
                       capture_output=True, text=True)
    return r.returncode == 0 and (r.stdout.startswith("yes") or r.stdout.endswith("required"))


def check(src, package_list):
    with open(package_list) as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    closure = installed_closure(listed)
    problems, resolved = [], []
    used = sorted(collect(src).items())
    # Every match on PATH, the first owned by a package: a program installed by hand
    # earlier on PATH (pyenv's python3, say) is not what a bare Debian has.
    on_path = {}
    for command, _ in used:
        paths = [os.path.join(d, command) for d in os.environ.get("PATH", "").split(":") if d]
        on_path[command] = [p for p in paths if os.path.isfile(p) and os.access(p, os.X_OK)]
    owners_by_path = owners_of(sorted({c for paths in on_path.values() for p in paths
                                       for c in candidates_of(p)}))
    for command, where in used:
        if command in NOT_FROM_LIST:
            resolved.append(f"{command}: not from the list ({NOT_FROM_LIST[command]})")
            continue
        paths = on_path[command]
        if not paths:
            problems.append(f"{command} (used by {', '.join(sorted(where))}) is not installed: "
                            "install it, find its package (dpkg -S) and add that to "
                            "scripts/debian-packages.txt")
            continue
        path, owners = paths[0], set()
        for candidate in paths:
            owners = next((owners_by_path[c] for c in candidates_of(candidate)
                           if c in owners_by_path), set())
            if owners:
                path = candidate
                break
        ok = [p for p in owners if p in listed or p in closure or base_system(p)]
        if not ok:
            problems.append(f"{command} ({path}, package {', '.join(sorted(owners)) or 'none'}; "
                            f"used by {', '.join(sorted(where))}) comes from no package "
                            "scripts/dev.sh installs: add it to scripts/debian-packages.txt")
        else:
            how = ("listed" if ok[0] in listed else
                   "Essential/required" if base_system(ok[0]) else "a dependency")
            resolved.append(f"{command}: {ok[0]} ({how})")
    return problems, resolved


def main():
    args = sys.argv[1:]
    self_test = args[:1] == ["--self-test"]
    if self_test:
        args = args[1:]
    src = args[0]
    package_list = args[1] if len(args) > 1 else os.path.join(src, "scripts",
                                                              "debian-packages.txt")
    if self_test:
        # The check must catch the bug it was written for: a list without `file`.
        import tempfile
        with open(package_list) as f:
            lines = [line for line in f if line.strip() != "file"]
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as t:
            t.writelines(lines)
            t.flush()
            problems, _ = check(src, t.name)
        if not any(p.startswith("file ") for p in problems):
            sys.exit("FAIL: a package list without `file` passed the check")
        print("a list without `file` fails the check:\n  " + "\n  ".join(problems))
        # and the scanner sees commands where scripts hide them
        sample = """#!/bin/sh
# comment: notacommand
run() { /usr/bin/time -o x "$@"; }
X="a b" timeout -k 5 60 alpha --flag | beta && gamma "$(delta)"
sh -c 'epsilon; zeta' && trap 'eta' EXIT
run theta; echo "iota; kappa"; awk '{ print lambda }' f
case $x in mu | nu) xi ;; esac
cat <<EOF
omicron
EOF
"""
        want = {"time", "timeout", "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
                "theta", "xi", "awk", "cat", "sh"}
        got = shell_commands(sample)
        if got != want:
            sys.exit(f"FAIL: the scanner found {sorted(got)}, want {sorted(want)}")
        print("the scanner finds", " ".join(sorted(got)))
        return
    problems, resolved = check(src, package_list)
    print(f"{len(resolved)} commands resolved:\n  " + "\n  ".join(resolved))
    if problems:
        print("FAIL:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
