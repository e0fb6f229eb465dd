package vm

import "testing"

// TestUnionType compares PEP 604 unions with CPython 3.11's
// types.UnionType: what | accepts and refuses, flattening and repeats,
// reprs, equality and hashing regardless of order, isinstance and
// issubclass through a union, and the type's own attributes.
func TestUnionType(t *testing.T) {
	tests := []struct{ name, src string }{
		{"make and repr", `U = type(int | str)
print(U, U.__name__, U.__qualname__, U.__module__, U.__doc__, U.__mro__)
for u in (int | str, int | None, None | int, str | list[int] | None, int | str | float,
          int | (str | float), (int | str) | (float | int), dict[str, int] | None):
    print(u, type(u) is U, u.__args__, u.__parameters__, u.__module__)
print(int | int, list[int] | list[int], type(list[int] | list[int]), None | list[int], list[int] | int)
class M(type): pass
class C(metaclass=M): pass
print(C | int, int | C, C | C, type(C | int) is U)
print(type.__or__(int, None), int.__or__(str), (int | str).__or__(float), (int | str).__ror__(float))
print(type.__or__(int, 3), (int | str).__or__(3), list[int].__or__(3))
`},
		{"unsupported operands", `def t(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
t(lambda: int | 3)
t(lambda: 3 | int)
t(lambda: int | "str")
t(lambda: None | None)
t(lambda: [int] | int)
t(lambda: int | (lambda: 0))
class D:
    def __or__(self, o): return "D|"
    def __ror__(self, o): return "|D"
print(int | D(), D() | int, list[int] | D())
`},
		{"equality and hash", `a, b = int | str, str | int
print(a == b, a != b, hash(a) == hash(b), hash(a) == hash(frozenset((int, str))))
print((int | str) == (int | str | int), (int | str) == int, (int | str) != (float | str))
print((int | str).__eq__(3), (int | str).__lt__(int | str | float), bool(int | str))
print({int | str: 1}[str | int], len({int | str, str | int, int | None}))
try:
    (int | str) < (int | str | float)
except TypeError as e:
    print(type(e).__name__)
`},
		{"isinstance and issubclass", `def t(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
t(lambda: isinstance(3, int | str))
t(lambda: isinstance(None, int | None))
t(lambda: isinstance(2.5, int | None))
t(lambda: isinstance(True, str | bool))
t(lambda: isinstance(1, (str, int | None)))
t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance("x", int | list[int]))
t(lambda: issubclass(bool, int | None))
t(lambda: issubclass(float, int | str))
t(lambda: issubclass(str, int | list[int]))
t(lambda: issubclass(1, int | str))
t(lambda: isinstance(int | str, type(int | str)))
`},
		{"subscript and create", `def t(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
t(lambda: (int | str)[int])
t(lambda: type(int | str)())
print(hasattr(int | str, "__origin__"), hasattr(int | str, "__iter__"))
`},
		{"annotations", `x: int | None = None
def f(a: float | None, *b: str | bytes, c: list[int] | dict[str, int] = None) -> tuple[int, ...] | None:
    return None
print(__annotations__, f.__annotations__)
class C:
    y: "int | None"
    z: C | None if False else int | str
print(C.__annotations__)
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPy(t, tc.src) })
	}
}
