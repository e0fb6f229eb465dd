package vm

import "testing"

// TestExceptStar runs except* clauses against python3: splitting groups,
// wrapping a naked exception, re-raising, raising new exceptions from a
// clause, the type checks, and the traceback of a group leaving the try.
func TestExceptStar(t *testing.T) {
	for _, src := range []string{
		`def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("V", repr(e), e.exceptions)
    except* TypeError as e:
        print("T", repr(e))

f([ValueError(1), TypeError(2), ValueError(3)])
f([ValueError(1)])
try:
    f([KeyError(1), ValueError(2)])
except ExceptionGroup as e:
    print("rest", repr(e))

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions))
except Exception as x:
    print("?", x)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised new", repr(e), [repr(x) for x in e.exceptions])

try:
    try:
        raise ValueError(5)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TE", e)
`,
		`def g():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError("t")])
    except* ValueError:
        raise KeyError("k")
g()
`,
		// A naked exception's wrapper has no traceback in CPython 3.11:
		// a bare raise prints no group frames of the try's own frame.
		`def f():
    try:
        raise ValueError(1)
    except* TypeError:
        raise RuntimeError("never")
    except* ValueError as eg:
        print(repr(eg), eg.__traceback__)
        raise
f()
`,
		// BaseExceptionGroup picks the wrapper's type.
		`try:
    raise KeyboardInterrupt
except* KeyboardInterrupt:
    raise
`,
		`try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise SystemExit(3)
except* TypeError:
    raise OSError(4)
`,
	} {
		checkPy(t, src)
	}
}
