package vm

import "testing"

func TestGenericAlias(t *testing.T) {
	ctCases(t, map[string]string{
		"basics": `a = list[int]
print(a, dict[str, list[int]], tuple[()], tuple[int, ...], set[frozenset[str]], list[None], dict[int, 'x'])
print(a.__origin__, a.__args__, a.__parameters__, type(a).__name__, a == list[int], a != list[str], a == list, hash(a) == hash(list[int]))
print(a(), a('ab'), a.append, dict[str, int](x=1))
def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]:
    return x
print(f.__annotations__)
class C:
    pass
print(list[C], list[list])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
class L(list[int]):
    pass
print(L.__mro__, L([1, 2]))
`,
	})
}

// TestGenericAliasStarred compares PEP 646's unpacked aliases with
// CPython 3.11's: iterating an alias yields its starred form once, which
// is what a starred *args annotation evaluates to.
func TestGenericAliasStarred(t *testing.T) {
	tests := []struct{ name, src string }{
		{"iterate", `g = tuple[int, ...]
it = iter(g)
print(type(it), type(it).__name__, iter(it) is it)
s = next(it)
print(s, type(s), s.__unpacked__, g.__unpacked__, s.__origin__, s.__args__)
print(next(it, "done"), [*g], [*list[int]], [*tuple[()]], list(iter(dict[str, int])))
print(it.__reduce__(), iter(g).__reduce__())
try:
    type(it)()
except TypeError as e:
    print(e)
`},
		{"starred alias", `g = tuple[int, ...]
s, = g
print(s == g, s != g, s == next(iter(g)), hash(s) == hash(g), s.__parameters__)
print(s.__typing_unpacked_tuple_args__, g.__typing_unpacked_tuple_args__, [*list[int]][0].__typing_unpacked_tuple_args__)
print(s | int, int | s, s | None, s(), s.__mro_entries__((1,)), s.count)
print(tuple[s], tuple[int, *tuple[str, ...]], list[*tuple[int, str]])
try:
    s[int]
except TypeError as e:
    print(e)
`},
		{"annotations", `def f(*args: *tuple[int, ...]): pass
g = tuple[str, float]
def h(*args: *g) -> None: pass
print(f.__annotations__, h.__annotations__)
print(f.__annotations__["args"].__unpacked__, h.__annotations__["args"].__args__)
class Seq:
    def __iter__(self):
        return iter([1])
def k(*args: *Seq()): pass
print(k.__annotations__)
try:
    def bad(*args: *list): pass
except TypeError as e:
    print(e)
`},
		{"union operators", `print(list[int] | None, None | list[int], dict[str, int] | list[int] | int)
print((list[int] | None).__args__, list[int] | list[int], (list[int] | list[str]).__args__)
try:
    list[int] | 3
except TypeError as e:
    print(type(e).__name__)
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPy(t, tc.src) })
	}
}
