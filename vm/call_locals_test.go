package vm

import "testing"

// A function made from module-level code (not CO_OPTIMIZED) stores its
// names in its globals, as CPython 3.11 does.
func TestCallUnoptimizedCode(t *testing.T) {
	t.Parallel()
	checkPy(t, "f = type(lambda: 0)(compile('x = 1\\nprint(x)', 's', 'exec'), {})\nprint(f())\n"+
		"g = {}\ntype(lambda: 0)(compile('y = 2\\ndel y\\nz = 3', 's', 'exec'), g)()\nprint(sorted(k for k in g if k != '__builtins__'))\n")
}
