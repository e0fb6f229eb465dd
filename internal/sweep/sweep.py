# CPython 3.11's side of the standard-library sweep (internal/sweep).
#
# usage: python3 sweep.py LISTFILE CACHEDIR
#
# LISTFILE holds one absolute path a line. For each file, a record is
# written to CACHEDIR/<sha256 of the path>.json.gz unless one for the same
# file contents is there already:
#   {"path", "sha", "ast" | "ast_err", "dis", "dis_caches" | "compile_err",
#    "stderr", "exit"}
# "stderr"/"exit" are what `python3 FILE` prints and returns, recorded only
# when the file does not compile (so running it executes nothing).
#
# Each file is handled in a forked child, so that one file's compilation
# (which interns its identifiers) cannot change how the next compiles:
# intern_string_constants can rebuild frozenset constants depending on
# which strings are already interned.
import ast
import dis
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import traceback
import warnings


def record_path(cache, path):
    return os.path.join(cache, hashlib.sha256(path.encode()).hexdigest() + ".json.gz")


def cached(cache, path, sha):
    try:
        with gzip.open(record_path(cache, path), "rt", encoding="utf-8") as f:
            return json.load(f).get("sha") == sha
    except (OSError, ValueError):
        return False


def answer(path, src, sha):
    warnings.simplefilter("ignore")
    rec = {"path": path, "sha": sha}
    try:
        # As `quicken ast`: ast.dump(ast.parse(source)) of the file's bytes.
        rec["ast"] = ast.dump(ast.parse(src)) + "\n"
    except Exception as e:
        rec["ast_err"] = "".join(traceback.format_exception_only(e))
    try:
        # As `python3 -m dis PATH`: the bytes compiled in exec mode.
        code = compile(src, path, "exec")
    except Exception as e:
        rec["compile_err"] = "".join(traceback.format_exception_only(e))
        p = subprocess.run([sys.executable, path], capture_output=True, cwd="/",
                           timeout=60, stdin=subprocess.DEVNULL)
        rec["stderr"] = p.stderr.decode("utf-8", "surrogateescape")
        rec["exit"] = p.returncode
        return rec
    for key, show in (("dis", False), ("dis_caches", True)):
        buf = io.StringIO()
        dis.dis(code, file=buf, show_caches=show)
        rec[key] = buf.getvalue()
    return rec


def main():
    listfile, cache = sys.argv[1], sys.argv[2]
    os.makedirs(cache, exist_ok=True)
    with open(listfile, encoding="utf-8") as f:
        paths = [l.rstrip("\n") for l in f if l.strip()]
    done = 0
    for path in paths:
        with open(path, "rb") as f:
            src = f.read()
        sha = hashlib.sha256(src).hexdigest()
        if cached(cache, path, sha):
            continue
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                rec = answer(path, src, sha)
                out = record_path(cache, path)
                tmp = out + ".tmp%d" % os.getpid()
                with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as f:
                    json.dump(rec, f)
                os.replace(tmp, out)
            except BaseException:
                traceback.print_exc()
                status = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
        _, status = os.waitpid(pid, 0)
        if status != 0:
            print("sweep.py: %s: child failed (%d)" % (path, status), file=sys.stderr)
        done += 1
    print("sweep.py: %d of %d files computed" % (done, len(paths)), file=sys.stderr)


main()
