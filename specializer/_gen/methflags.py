#!/usr/bin/env python3
"""Generates specializer/methflags.go from CPython 3.11 itself.

CPython's call specializer (PRECALL in 3.11) picks a form from the C
calling convention of a builtin (the METH_* bits of its PyMethodDef's
ml_flags) and, for a type, from whether it is immutable, has its own
tp_vectorcall, and uses object.__new__. quicken's builtins are Go
functions that carry none of this, so this script reads it out of the
running interpreter with ctypes:

  - every builtin function of the modules quicken has (builtins, math,
    sys), keyed "module.name" ("builtins.len", "io.open");
  - every static (non-heap) type reachable from object.__subclasses__():
    its call info keyed by __name__, and the flags of each method in its
    namespace (method_descriptor, classmethod_descriptor, a staticmethod
    of a builtin function, the __new__ builtin), keyed "type.name"
    ("list.append", "str.split", "dict.fromkeys", "int.__new__").

Run from the repository root:
  python3 -I specializer/_gen/methflags.py | gofmt > specializer/methflags.go
(-I keeps site-packages out: the set of types must be what a plain
startup loads; sorting makes the output deterministic.)
It must be CPython 3.11 on a 64-bit host (the struct offsets below).
Output is sorted and so deterministic for a given interpreter.
"""
import ctypes
import math
import sys
import builtins

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
assert ctypes.sizeof(ctypes.c_void_p) == 8, "needs a 64-bit host"

# 3.11 layouts (64-bit): PyCFunctionObject.m_ml after the 16-byte header;
# PyMethodDescrObject.d_method after the header, d_type, d_name,
# d_qualname; PyMethodDef.ml_flags after ml_name and ml_meth;
# PyTypeObject.tp_new and tp_vectorcall.
CFUNC_ML = 16
DESCR_METHOD = 40
ML_FLAGS = 16
TP_NEW = 312
TP_VECTORCALL = 400
TP_FLAGS = 168
IMMUTABLETYPE = 1 << 8
HEAPTYPE = 1 << 9


def ptr(addr):
    return ctypes.c_void_p.from_address(addr).value or 0


def ml_flags(def_addr):
    return ctypes.c_int.from_address(def_addr + ML_FLAGS).value


def cfunc_flags(f):
    return ml_flags(ptr(id(f) + CFUNC_ML))


def descr_flags(d):
    return ml_flags(ptr(id(d) + DESCR_METHOD))


# Check the offsets against things whose flags are known.
METH_VARARGS, METH_KEYWORDS, METH_NOARGS, METH_O = 0x1, 0x2, 0x4, 0x8
METH_CLASS, METH_STATIC, METH_COEXIST, METH_FASTCALL, METH_METHOD = 0x10, 0x20, 0x40, 0x80, 0x200
# Not a CPython flag: quicken's mark of a method defined on a private base
# (vm.MethForeignOwner).
FOREIGN_OWNER = 0x8000
assert cfunc_flags(len) == METH_O
assert cfunc_flags(isinstance) == METH_FASTCALL
assert descr_flags(list.__dict__["append"]) == METH_O
assert descr_flags(list.__dict__["copy"]) == METH_NOARGS
for t in (int, list, object):
    assert ctypes.c_ulong.from_address(id(t) + TP_FLAGS).value == t.__flags__

BuiltinFunctionType = type(len)
MethodDescriptorType = type(list.__dict__["append"])
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

NAMES = [
    (METH_VARARGS, "METH_VARARGS"), (METH_FASTCALL, "METH_FASTCALL"),
    (METH_KEYWORDS, "METH_KEYWORDS"), (METH_NOARGS, "METH_NOARGS"), (METH_O, "METH_O"),
    (METH_CLASS, "METH_CLASS"), (METH_STATIC, "METH_STATIC"),
    (METH_COEXIST, "METH_COEXIST"), (METH_METHOD, "METH_METHOD"),
    (FOREIGN_OWNER, "quicken: defined on a private base"),
]


def flag_names(fl):
    parts = [n for b, n in NAMES if fl & b]
    rest = fl & ~sum(b for b, _ in NAMES)
    if rest:
        parts.append(hex(rest))
    return "|".join(parts) or "0"


meth = {}


def add(key, fl):
    if key in meth and meth[key] != fl:
        raise SystemExit("conflicting flags for " + key)
    meth[key] = fl


for mod in (builtins, math, sys):
    for name, v in vars(mod).items():
        if isinstance(v, BuiltinFunctionType):
            add("%s.%s" % (v.__module__, v.__name__), cfunc_flags(v))

seen, stack = set(), [object]
while stack:
    t = stack.pop()
    if t in seen:
        continue
    seen.add(t)
    stack.extend(type.__subclasses__(t))
# ctypes, imported by this script only, is left out.
static = [t for t in seen if not t.__flags__ & HEAPTYPE and t.__module__ != "_ctypes"]
if len({t.__name__ for t in static}) != len(static):
    raise SystemExit("two static types share a __name__")

object_new = ptr(id(object) + TP_NEW)
types = {}
for t in static:
    info = []
    if t.__flags__ & IMMUTABLETYPE:
        info.append("typeImmutable")
    if ptr(id(t) + TP_VECTORCALL):
        info.append("typeVectorcall")
    if ptr(id(t) + TP_NEW) == object_new:
        info.append("typeObjectNew")
    types[t.__name__] = info
    for name, v in vars(t).items():
        if type(v) in (MethodDescriptorType, ClassMethodDescriptorType):
            add("%s.%s" % (t.__name__, name), descr_flags(v))
        elif isinstance(v, staticmethod) and isinstance(v.__func__, BuiltinFunctionType):
            add("%s.%s" % (t.__name__, name), cfunc_flags(v.__func__))
        elif isinstance(v, BuiltinFunctionType):
            add("%s.%s" % (t.__name__, name), cfunc_flags(v))
    # Methods inherited from a private base (_io's TextIOWrapper gets
    # readlines from _IOBase) are listed under the type too: quicken has
    # no such bases and defines them on the type itself. They carry
    # FOREIGN_OWNER: in CPython their d_type is that base, so the exact
    # self-type guard of the specialized forms never passes.
    defined = set(vars(t))
    for base in t.__mro__[1:]:
        if base is not object and base.__name__.startswith("_"):
            for name, v in vars(base).items():
                if name not in defined and type(v) in (MethodDescriptorType, ClassMethodDescriptorType):
                    add("%s.%s" % (t.__name__, name), descr_flags(v) | FOREIGN_OWNER)
        defined |= set(vars(base))

out = sys.stdout
out.write("// Code generated by _gen/methflags.py from CPython %s; DO NOT EDIT.\n\n" % sys.version.split()[0])
out.write("package specializer\n\n")
out.write("// methFlags is the ml_flags (METH_* bits) CPython 3.11 gives each builtin\n")
out.write("// function (\"builtins.len\", \"math.sqrt\") and each method of a builtin\n")
out.write("// type (\"list.append\", \"str.split\"): its C calling convention, which\n")
out.write("// decides the PRECALL form.\n")
out.write("var methFlags = map[string]uint16{\n")
for k in sorted(meth):
    out.write("\t%-52s %#06x, // %s\n" % ('"%s":' % k, meth[k], flag_names(meth[k])))
out.write("}\n\n")
out.write("// builtinTypeCalls says, for each static type of CPython 3.11 by __name__,\n")
out.write("// what PRECALL looks at when the type is called: Py_TPFLAGS_IMMUTABLETYPE,\n")
out.write("// a tp_vectorcall of its own, and tp_new being object.__new__'s.\n")
out.write("var builtinTypeCalls = map[string]uint8{\n")
for k in sorted(types):
    out.write("\t%-40s %s,\n" % ('"%s":' % k, " | ".join(types[k]) or "0"))
out.write("}\n")
