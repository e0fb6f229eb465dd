# Extracts source snippets from the standard library's tests into files,
# for sweeping them as a second corpus (internal/sweep):
#
#   python3 snippets.py OUTDIR [MAX]
#   QUICKEN_STDLIB=1 QUICKEN_STDLIB_ROOT=OUTDIR go test ./internal/sweep ...
#
# A snippet is a str constant in a test file that looks like a program: it
# has a newline or a statement keyword, and CPython 3.11 either compiles it
# in exec mode or, in a test of the language itself (SYNTAX_TESTS), rejects
# it with a SyntaxError (the tests of error messages; elsewhere such
# strings are mostly prose, paths and URLs). Snippets are deduplicated by
# content and written as
# OUTDIR/<test file>_<n>.py, in a stable order, at most MAX (default 20000).
import ast
import os
import re
import sys
import sysconfig
import warnings

SYNTAX_TESTS = re.compile(r"test_(syntax|exceptions|grammar|compile|fstring|patma|ast|unparse|codeop|eof|"
                          r"positional_only_arg|named_expressions|string_literals|future|global|genexps|"
                          r"generators|coroutines|keywordonlyarg|type_comments|unpack_ex|with|decorators|"
                          r"dictcomps|setcomps|listcomps|scope|raise|opcodes|peepholer|dis|symtable|"
                          r"traceback|flufl|exception_group|except_star|utf8source|pep646|print)")

KEYWORDS = re.compile(r"\b(def|class|if|for|while|with|try|return|yield|lambda|import|match|async|await|global|nonlocal|del|assert|raise)\b|=|:")


def main():
    out = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    os.makedirs(out, exist_ok=True)
    warnings.simplefilter("ignore")
    test = os.path.join(sysconfig.get_paths()["stdlib"], "test")
    seen = set()
    n = 0
    for root, dirs, files in os.walk(test):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            path = os.path.join(root, f)
            try:
                with open(path, "rb") as fp:
                    tree = ast.parse(fp.read())
            except (SyntaxError, ValueError):
                continue
            stem = os.path.relpath(path, test)[:-3].replace(os.sep, "_")
            k = 0
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                s = node.value
                if s in seen or len(s) > 20000 or not KEYWORDS.search(s):
                    continue
                if "\n" not in s.strip() and len(s) < 4:
                    continue
                try:
                    data = s.encode("utf-8")
                except UnicodeEncodeError:
                    continue
                try:
                    compile(data, "snippet", "exec")
                except SyntaxError:
                    if not SYNTAX_TESTS.search(stem):
                        continue
                except Exception:
                    continue
                seen.add(s)
                k += 1
                with open(os.path.join(out, "%s_%d.py" % (stem, k)), "wb") as fp:
                    fp.write(data)
                n += 1
                if n >= limit:
                    print("snippets.py: %d snippets (limit)" % n, file=sys.stderr)
                    return
    print("snippets.py: %d snippets" % n, file=sys.stderr)


main()
