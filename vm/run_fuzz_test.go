package vm

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzRun compiles arbitrary source and runs it for a bounded number of
// steps: whatever the program does, the VM must end in a Python outcome
// (output, a traceback), never a Go panic (which RunMain reports as an
// InternalError).
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"print(1 + 2)\n",
		"x = [1, 2, 3]\nprint(x[5])\n",
		"def f(n):\n    return f(n + 1)\nf(0)\n",
		"class C:\n    def __init__(self):\n        self.x = 1\nprint(C().x)\n",
		"d = {'a': 1}\nfor k in d:\n    d[k + 'b'] = 2\n",
		"s = {1, 2}\ns.add(3)\nprint(sorted(s), 'abc'.upper())\n",
		"def g():\n    yield 1\n    yield from range(3)\nprint(list(g()))\n",
		"try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e\n",
		"print(f'{3.5:>10.2f}|{\"x\"!r}', '%d-%s' % (1, 'a'))\n",
		"while True:\n    pass\n",
		"import sys\ndef f():\n    fr = sys._getframe()\n    return fr.f_back, fr.f_lasti, fr.f_locals\nprint(f()[1:])\n",
		"def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nfor x in g():\n    break\n",
		"def f():\n    exec('q = 1')\n    return locals()\nprint(f())\ncompile('1 +', '<s>', 'eval')\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := Compile(src, "/tmp/fuzz.py")
		if err != nil {
			return // a syntax error is reported by the compiler, tested elsewhere
		}
		var out bytes.Buffer
		m := New(Options{Stdout: &out, Stderr: &out, MemoryLimit: 64 << 20, RecursionLimit: 200})
		s := NewSession(m, code)
		defer s.Close()
		_, err = s.Run(20000)
		var ie *InternalError
		if errors.As(err, &ie) {
			t.Fatalf("internal error running %q: %v", src, err)
		}
	})
}
