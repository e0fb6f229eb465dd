# The oracle's front-end queries, run by CPython 3.11 for internal/oracle.
# usage: python3 reference.py PATH REQUEST...
# A REQUEST is "ast:INDENT" (INDENT -1 means None) or "dis:0" / "dis:1"
# (show_caches). Prints one JSON object mapping each request to
# {"out": text} or {"err": exception text}.
import ast
import dis
import io
import json
import sys
import traceback


def answer(path, kind, arg):
    if kind == "ast":
        # As `print(ast.dump(ast.parse(open(path).read())))`.
        with open(path) as f:
            src = f.read()
        indent = None if arg == "-1" else int(arg)
        return ast.dump(ast.parse(src), indent=indent) + "\n"
    if kind == "dis":
        # As `python3 -m dis PATH`: the file's bytes compiled in exec mode
        # under the path exactly as given.
        with open(path, "rb") as f:
            src = f.read()
        buf = io.StringIO()
        dis.dis(compile(src, path, "exec"), file=buf, show_caches=arg == "1")
        return buf.getvalue()
    raise ValueError("unknown request kind " + kind)


def main():
    path = sys.argv[1]
    result = {}
    for req in sys.argv[2:]:
        kind, _, arg = req.partition(":")
        try:
            result[req] = {"out": answer(path, kind, arg)}
        except Exception as e:
            result[req] = {"err": "".join(traceback.format_exception_only(e))}
    json.dump(result, sys.stdout)


main()
