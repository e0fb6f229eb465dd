# DeprecationWarnings CPython 3.11 issues at run time, shown once per
# line and message by the default filters (only in __main__).
class T:
    def __init__(self, v): self.v = v
    def __trunc__(self): return self.v
class I(int): pass
class J:
    def __int__(self): return I(5)
class K:
    def __index__(self): return True
class F(float): pass
class G:
    def __float__(self): return F(1.5)
class C(complex): pass
class H:
    def __complex__(self): return C(1, 2)
print(int(T(4)))
print(int(T(I(7))), type(int(T(I(7)))).__name__)
try: print(int(T(3.7)))
except TypeError as e: print("TypeError:", e)
print(int(T(K())))
r = int(J()); print(r, type(r).__name__)
print(int(K()), [0, 1][K()])
print(float(G()), type(float(G())).__name__)
print(complex(H()), type(complex(H())).__name__)
import math
print(math.sqrt(G()))
print(int(T(4)))
for i in range(2):
    int(T(1))


def check(x):
    if x:
        return "truthy"
    return "falsy"


for i in range(3):
    print(check(NotImplemented))
print(bool(NotImplemented), not NotImplemented)
ns = {}
exec("v = bool(NotImplemented)", ns)
print(ns["v"], ns["__warningregistry__"])
g = {"__name__": "__main__"}
exec("v = bool(NotImplemented)", g)
print(sorted(k for k in g["__warningregistry__"] if k != "version"), g["__warningregistry__"]["version"])
for key, value in __warningregistry__.items():
    print(key, value)
