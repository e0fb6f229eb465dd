# Unbounded recursion through each kind of slot and call: how many times
# the method ran before RecursionError, and the error's tail. Under a
# specializing interpreter len() and str() become calls without a
# recursion check of their own once warm, so the counts depend on it.
import sys
sys.setrecursionlimit(80)
n = 0

def count():
    global n
    n += 1

class Add:
    def __add__(self, o):
        count(); return self + o
class RAdd:
    def __radd__(self, o):
        count(); return o + self
class Sub:
    def __getitem__(self, i):
        count(); return self[i]
class SetI:
    def __setitem__(self, i, v):
        count(); self[i] = v
class Eq:
    def __eq__(self, o):
        count(); return self == o
class Lt:
    def __lt__(self, o):
        count(); return self < o
class Bool:
    def __bool__(self):
        count()
        if self:
            return True
        return False
class Len:
    def __len__(self):
        count(); return len(self)
class Iter:
    def __iter__(self):
        count()
        for x in self:
            pass
        return self
class Next:
    def __iter__(self):
        return self
    def __next__(self):
        count()
        for x in self:
            pass
class Contains:
    def __contains__(self, x):
        count(); return x in self
class Prop:
    @property
    def p(self):
        count(); return self.p
class GetAttr:
    def __getattr__(self, name):
        count(); return self.zz
class GetAttribute:
    def __getattribute__(self, name):
        count(); return self.zz
class SetAttr:
    def __setattr__(self, name, v):
        count(); self.zz = v
class Call:
    def __call__(self):
        count(); return self()
class Init:
    def __init__(self):
        count(); Init()
class New:
    def __new__(cls):
        count(); return New()
class Repr:
    def __repr__(self):
        count(); return repr(self)
class ReprF:
    def __repr__(self):
        count(); return f"{self!r}"
class Str:
    def __str__(self):
        count(); return str(self)
class Format:
    def __format__(self, spec):
        count(); return f"{self}"
class Hash:
    def __hash__(self):
        count(); return hash(self)
class Neg:
    def __neg__(self):
        count(); return -self
class Enter:
    def __enter__(self):
        count()
        with self:
            pass
    def __exit__(self, *a):
        pass
class Get:
    def __get__(self, obj, t):
        count(); return obj.d
class HasGet:
    d = Get()
class Meth:
    def m(self):
        count(); return self.m()
class Static:
    @staticmethod
    def s():
        count(); return Static.s()
class ClassM:
    @classmethod
    def c(cls):
        count(); return cls.c()
class Super(Meth):
    def m(self):
        count(); return super().m()
class Missing(dict):
    def __missing__(self, k):
        count(); return self[k]
class IAdd:
    def __iadd__(self, o):
        count()
        s = self
        s += o
        return s
def gen():
    count()
    yield from gen()
def closure():
    def inner():
        count(); return inner()
    return inner

probes = [
    ("add", lambda: Add() + 1),
    ("radd", lambda: 1 + RAdd()),
    ("getitem", lambda: Sub()[0]),
    ("setitem", lambda: SetI().__setitem__(0, 1)),
    ("eq", lambda: Eq() == 1),
    ("lt", lambda: Lt() < 1),
    ("bool", lambda: bool(Bool())),
    ("len", lambda: len(Len())),
    ("iter", lambda: iter(Iter())),
    ("next", lambda: next(Next())),
    ("contains", lambda: 1 in Contains()),
    ("property", lambda: Prop().p),
    ("getattr", lambda: GetAttr().x),
    ("getattribute", lambda: GetAttribute().x),
    ("setattr", lambda: setattr(SetAttr(), "x", 1)),
    ("call", lambda: Call()()),
    ("init", lambda: Init()),
    ("new", lambda: New()),
    ("repr", lambda: repr(Repr())),
    ("repr_f", lambda: repr(ReprF())),
    ("str", lambda: str(Str())),
    ("format", lambda: format(Format())),
    ("hash", lambda: hash(Hash())),
    ("neg", lambda: -Neg()),
    ("enter", lambda: Enter().__enter__()),
    ("descriptor", lambda: HasGet().d),
    ("method", lambda: Meth().m()),
    ("static", lambda: Static.s()),
    ("classmethod", lambda: ClassM.c()),
    ("super", lambda: Super().m()),
    ("missing", lambda: Missing()[1]),
    ("iadd", lambda: IAdd().__iadd__(1)),
    ("gen", lambda: next(gen())),
    ("closure", lambda: closure()()),
]
for rnd in range(3):
    for name, p in probes:
        n = 0
        try:
            p()
            print(name, "no error")
        except RecursionError as e:
            print(rnd, f"{name:12} {n:3} {str(e)[32:]}")
