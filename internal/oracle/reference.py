# The oracle's front-end queries, run by CPython 3.11 for internal/oracle.
# Reads {"paths": [...], "requests": [...]} as JSON on stdin; a request is
# "ast:INDENT" (INDENT -1 means None) or "dis:0" / "dis:1" (show_caches).
# Prints {path: {request: {"out": text} or {"err": exception text}}}.
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
    query = json.load(sys.stdin)
    result = {}
    for path in query["paths"]:
        answers = result[path] = {}
        for req in query["requests"]:
            kind, _, arg = req.partition(":")
            try:
                answers[req] = {"out": answer(path, kind, arg)}
            except Exception as e:
                answers[req] = {"err": "".join(traceback.format_exception_only(e))}
    json.dump(result, sys.stdout)


main()
