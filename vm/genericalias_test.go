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
