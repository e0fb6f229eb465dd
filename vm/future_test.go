package vm

import "testing"

// TestFutureModule compares the __future__ module with CPython 3.11's:
// its namespace's order, the _Feature values and reprs, the class's own
// namespace, and what `from __future__ import` binds. Paths are left out:
// quicken's prefix is its own.
func TestFutureModule(t *testing.T) {
	tests := []struct{ name, src string }{
		{"namespace order", "import __future__\nprint(list(__future__.__dict__))\nprint(__future__.__all__)\n"},
		{"features", `import __future__
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, repr(f), f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
    print(f.optional is f.getOptionalRelease(), sorted(vars(f)))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print([k for k in vars(__future__) if k.startswith("CO_")])
print([getattr(__future__, k) for k in vars(__future__) if k.startswith("CO_")])
`},
		{"feature class", `import __future__
F = __future__._Feature
print(F, F.__name__, F.__qualname__, F.__module__, F.__doc__, list(F.__dict__))
print(F.__init__.__code__.co_varnames, type(__future__.division) is F)
x = F((1, 2), None, 7)
print(x, x.getMandatoryRelease())
`},
		{"from import", `from __future__ import annotations, generator_stop
import sys, __future__
print(annotations, generator_stop is __future__.generator_stop)
print(sys.modules["__future__"] is __future__, __future__.__name__, __future__.__package__)
print(type(__future__.__loader__).__name__, __future__.__spec__.name, __future__.__spec__._initializing)
def f(x: list[int]) -> Missing: pass
print(f.__annotations__)
`},
		{"import twice", "import __future__ as a\nimport __future__ as b\nprint(a is b)\nprint(a.nope)\n"},
		{"reimport after removal", `import sys, __future__ as a
del sys.modules["__future__"]
import __future__ as b
print(a is b, a.annotations is b.annotations, repr(a.annotations) == repr(b.annotations))
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPy(t, tc.src) })
	}
}
