package specializer

import (
	"bytes"
	"errors"
	"testing"

	"github.com/quicken-py/quicken/vm"
)

// FuzzSpecializedRun compiles arbitrary source and runs it, specializing,
// for a bounded number of steps: the programs are wrapped so their
// functions warm up (each runs in a loop), and whatever the specializer
// installs, the VM must end in a Python outcome, never a Go panic.
func FuzzSpecializedRun(f *testing.F) {
	for _, s := range []string{
		"def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, 1)\nf(1.0, 2.0)\n",
		"class P:\n    def __init__(self):\n        self.x = 1\n    def m(self):\n        return self.x\nfor i in range(20):\n    P().m()\n",
		"def g(l, d):\n    return l[0] + d['a']\nfor i in range(20):\n    g([1], {'a': 2})\ng((1,), {'a': 2})\n",
		"def h(t):\n    a, b = t\n    return len(t) < a\nfor i in range(20):\n    h((i, 2))\nh([1, 2])\n",
		"def k(s):\n    s += 'x'\n    return s == 'ax'\nfor i in range(30):\n    k('a')\n",
		"x = 0\nwhile x < 100:\n    x += 1\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := vm.Compile(src, "/tmp/fuzz.py")
		if err != nil {
			return
		}
		var out bytes.Buffer
		m := vm.New(vm.Options{Stdout: &out, Stderr: &out, MemoryLimit: 64 << 20, RecursionLimit: 200})
		Attach(m)
		s := vm.NewSession(m, code)
		defer s.Close()
		_, err = s.Run(50000)
		var ie *vm.InternalError
		if errors.As(err, &ie) {
			t.Fatalf("internal error running %q: %v", src, err)
		}
	})
}
