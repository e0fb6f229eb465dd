# Dumps the code objects CPython 3.11 compiles from a file, for
# internal/oracle's CodeObject loader.
# usage: python3 codeobj.py PATH
# Compiles PATH's bytes in exec mode under the name PATH (as
# `python3 -m dis PATH` does) and prints the module code object as JSON,
# nested code objects inline in their co_consts. On a compile error prints
# {"err": exception text}.
#
# Encodings: bytes-like fields as hex; str constants as the hex of their
# UTF-8 with surrogates passed through (JSON cannot carry lone
# surrogates); floats as the hex of their IEEE bits; ints as decimal text.
import json
import struct
import sys
import traceback


def fbits(x):
    return struct.pack(">d", x).hex()


def const(v):
    t = type(v)
    if v is None:
        return {"t": "none"}
    if v is Ellipsis:
        return {"t": "ellipsis"}
    if t is bool:
        return {"t": "bool", "v": v}
    if t is int:
        return {"t": "int", "v": str(v)}
    if t is float:
        return {"t": "float", "v": fbits(v)}
    if t is complex:
        return {"t": "complex", "re": fbits(v.real), "im": fbits(v.imag)}
    if t is str:
        return {"t": "str", "v": v.encode("utf-8", "surrogatepass").hex()}
    if t is bytes:
        return {"t": "bytes", "v": v.hex()}
    if t is tuple:
        return {"t": "tuple", "v": [const(e) for e in v]}
    if t is frozenset:
        return {"t": "frozenset", "v": [const(e) for e in v]}
    if hasattr(v, "co_code"):
        return {"t": "code", "v": code(v)}
    raise TypeError("unexpected constant type %s" % t.__name__)


def localsplus(co):
    # 3.11 lays localsplus out as the co_varnames slots (an argument that is
    # also a cell keeps its slot), then the other cells, then the frees.
    nlocals = len(co.co_varnames)
    cells = set(co.co_cellvars)
    ncells_only = len([c for c in co.co_cellvars if c not in co.co_varnames])
    n = nlocals + ncells_only + len(co.co_freevars)
    names, kinds = [], []
    for i in range(n):
        name = co._varname_from_oparg(i)
        if i < nlocals:
            kind = 0x20 | (0x40 if name in cells else 0)
        elif i < nlocals + ncells_only:
            kind = 0x40
        else:
            kind = 0x80
        names.append(name)
        kinds.append(kind)
    return names, kinds


def opt(x):
    return -1 if x is None else x


def code(co):
    names, kinds = localsplus(co)
    return {
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [const(c) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": names,
        "localspluskinds": kinds,
        "filename": co.co_filename,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
        # Derived views, for checking quicken's decoders.
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "lines": [[s, e, opt(l)] for s, e, l in co.co_lines()],
        "positions": [[opt(x) for x in p] for p in co.co_positions()],
    }


def main():
    path = sys.argv[1]
    try:
        with open(path, "rb") as f:
            src = f.read()
        out = code(compile(src, path, "exec"))
    except Exception as e:
        out = {"err": "".join(traceback.format_exception_only(e))}
    json.dump(out, sys.stdout)


main()
