# The probes of ../run/recursion_through_builtins.py, each called until
# its calls are specialized before it is measured. CPython 3.11's
# specialized calls of C functions skip the recursion check the generic
# call makes, except PRECALL_NO_KW_BUILTIN_O and the METHOD_DESCRIPTOR_O
# and _NOARGS forms; len() and isinstance() make no call at all.
import sys

path = __file__.rsplit("/", 2)[0] + "/run/recursion_through_builtins.py"
probe = {"__name__": "probe"}
with open(path) as f:
    exec(f.read(), probe)

sys.setrecursionlimit(60)
for name, src in probe["PROBES"].items():
    fn = eval("lambda: " + src, probe)
    for _ in range(20):
        fn()
    print(f"{name:14} {probe['row'](lambda: fn)}")
