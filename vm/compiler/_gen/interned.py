# Generates ../interned_gen.go: the identifier-like strings CPython 3.11
# has interned when it compiles a file, for `python3 -m dis FILE` and for
# `python3 FILE`. The code generator needs them to reproduce when code
# object creation rebuilds a frozenset constant (intern_string_constants).
#
# A one-character string is the interpreter's latin-1 singleton wherever
# the parser or chr() makes it; it counts as interned here only when the
# interned object is a different one (CPython 3.11.7 holds such objects
# for many letters), which is when interning replaces a literal of it.
#
# usage: python3 _gen/interned.py > interned_gen.go   (CPython 3.11, run
# from vm/compiler; go generate does this)
#
# CPython cannot list its interned strings, but it can tell whether one is:
# sys.intern(s) returns another object exactly when an equal string is
# already interned. So the script gathers candidates (names in the standard
# library's source and identifier-like strings in the interpreter's
# binaries), then asks a fresh interpreter in each state about every one,
# at the moment the file is compiled.
import os, re, string, subprocess, sys, sysconfig, tokenize

NAME = re.compile(rb"^[A-Za-z_][A-Za-z0-9_]+$")


def candidates():
    out = set()
    lib = sysconfig.get_paths()["stdlib"]
    for root, dirs, files in os.walk(lib):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__")]
        for f in files:
            if not f.endswith(".py"):
                continue
            try:
                with open(os.path.join(root, f), "rb") as fp:
                    for tok in tokenize.tokenize(fp.readline):
                        if tok.type == tokenize.NAME:
                            out.add(tok.string)
                        elif tok.type == tokenize.STRING:
                            for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]+", tok.string):
                                out.add(w)
            except (SyntaxError, UnicodeDecodeError, tokenize.TokenError):
                pass
    bins = [sys.executable]
    libdir = sysconfig.get_config_var("LIBDIR")
    if libdir:
        for f in os.listdir(libdir):
            if f.startswith("libpython3"):
                bins.append(os.path.join(libdir, f))
    dyn = sysconfig.get_config_var("DESTSHARED")
    if dyn and os.path.isdir(dyn):
        bins += [os.path.join(dyn, f) for f in os.listdir(dyn) if f.endswith(".so")]
    for b in bins:
        try:
            data = subprocess.run(["strings", "-n", "2", b], capture_output=True).stdout
        except OSError:
            continue
        for line in data.split(b"\n"):
            line = line.strip()
            if NAME.match(line):
                out.add(line.decode())
    out.update(string.ascii_letters + string.digits + "_")
    return sorted(s for s in out if s and s.isascii())


# PROBE runs in the state to measure: it reads candidates from a file when
# compile() is first called and writes the interned ones. chr() turns a
# one-character candidate into the latin-1 singleton, the object a
# one-character literal is.
PROBE = r'''
import sys, builtins
_q_c = builtins.compile
_q_io = sys.argv[2:4]
def _q_h(*a, **k):
    builtins.compile = _q_c
    with open(_q_io[0], "rb") as f:
        cs = [chr(ord(s)) if len(s) == 1 else s for s in f.read().decode().split("\n")]
    r = [s for s in cs if sys.intern(s) is not s]
    with open(_q_io[1], "w") as f:
        f.write("\n".join(r))
    return _q_c(*a, **k)
'''

# RUN measures `python3 FILE` when FILE starts running, which is when it
# has just been compiled: its own identifiers are all interned already.
RUN = r'''
import sys
with open(sys.argv[2], "rb") as f:
    items = [chr(ord(s)) if len(s) == 1 else s for s in f.read().decode().split("\n")]
with open(sys.argv[3], "w") as f:
    f.write("\n".join([s for s in items if sys.intern(s) is not s]))
'''

DIS = PROBE + r'''
builtins.compile = _q_h
import runpy
sys.argv = ["dis", sys.argv[1]]
runpy.run_module("dis", run_name="__main__", alter_sys=True)
'''


# A few interned strings belong to objects that die in a garbage
# collection whose timing depends on the process's environment (types.py's
# throwaway class _C and its method _m): the majority of several probes
# decides, so the output does not change from run to run.
REPEAT = 9


def probe(script, target, cands):
    counts = {}
    for _ in range(REPEAT):
        for s in probe_once(script, target, cands):
            counts[s] = counts.get(s, 0) + 1
    return [s for s in cands if counts.get(s, 0) * 2 > REPEAT]


def probe_once(script, target, cands):
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        cf, of, pf = (os.path.join(d, n) for n in ("c", "o", "p.py"))
        with open(cf, "w") as f:
            f.write("\n".join(cands))
        with open(pf, "w") as f:
            f.write(script)
        env = dict(os.environ, PYTHONHASHSEED="0")
        subprocess.run([sys.executable, pf, target, cf, of], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        with open(of) as f:
            return [s for s in f.read().split("\n") if s]


def main():
    import tempfile
    cands = candidates()
    with tempfile.TemporaryDirectory() as d:
        target = os.path.join(d, "t.py")
        with open(target, "w") as f:
            f.write("pass\n")
        dis = probe(DIS, target, cands)
        run = probe(RUN, target, cands)
    # The run probe's own identifiers would be counted: they must all be
    # interned by then anyway.
    for name in ("sys", "open", "argv", "read", "decode", "split", "write", "join", "intern", "items",
                 "chr", "ord", "len"):
        assert name in run, name
    print("// Code generated by _gen/interned.py from CPython %s; DO NOT EDIT." % sys.version.split()[0])
    print()
    print("package compiler")
    emit("internedUnderDis", "`python3 -m dis FILE` compiles FILE", dis)
    emit("internedUnderRun", "`python3 FILE` compiles FILE", run)


def emit(name, when, strings):
    print()
    print("// %s lists, sorted and newline-separated, the identifier-like" % name)
    print("// strings (ASCII letters, digits and _) that CPython is holding")
    print("// interned when %s; a one-character string only" % when)
    print("// when the interned object is not the latin-1 singleton.")
    print("const %s = \"\" +" % name)
    lines = [strings[i:i + 8] for i in range(0, len(strings), 8)]
    for i, c in enumerate(lines):
        end = " +" if i < len(lines) - 1 else ""
        print('\t"%s\\n"%s' % ("\\n".join(c), end))


main()
