package specializer

import (
	"fmt"
	"io"
	"strings"

	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// DisAdaptive writes, after a program ran in m, what `quicken dis
// --adaptive` prints: m's __main__ namespace walked in insertion order;
// for each function whose __qualname__ has no dot, and for each class
// defined in __main__ the functions defined directly in its body
// (plain, a staticmethod's or classmethod's function, a property's fget,
// fset and fdel, in class-dict order), each function once, a line
// "== qualname" and then what dis.dis(func, adaptive=True[,
// show_caches=True]) prints under CPython 3.11: the code as the run left
// it, quickened and specialized.
func DisAdaptive(w io.Writer, m *vm.Machine, showCaches bool) error {
	g := m.MainGlobals()
	if g == nil {
		return nil
	}
	seen := map[vm.Value]bool{}
	var fns []*vm.Function
	add := func(v vm.Value, top bool) {
		fn, ok := m.Object(v).(*vm.Function)
		if !ok || seen[v] {
			return
		}
		if q, _ := m.GoString(fn.QualName); top && strings.Contains(q, ".") {
			return
		}
		seen[v] = true
		fns = append(fns, fn)
	}
	main := m.Intern("__main__")
	g.Items(func(_, v vm.Value) bool {
		if t, ok := m.Object(v).(*vm.Type); ok {
			if t.Dict == nil {
				return true
			}
			if mod, _ := m.DictGet(t.Dict, m.Intern("__module__")); mod == vm.Null || !sameStr(m, mod, main) {
				return true
			}
			t.Dict.Items(func(_, a vm.Value) bool {
				if fn, ok := m.WrappedCallable(a); ok {
					add(fn, false)
				} else if p, ok := m.Object(a).(*vm.Property); ok {
					for _, acc := range []vm.Value{p.Fget, p.Fset, p.Fdel} {
						add(acc, false)
					}
				} else {
					add(a, false)
				}
				return true
			})
			return true
		}
		add(v, true)
		return true
	})
	for _, fn := range fns {
		q, _ := m.GoString(fn.QualName)
		if _, err := fmt.Fprintf(w, "== %s\n", q); err != nil {
			return err
		}
		if err := bytecode.Dis(w, LiveCode(m, fn.Code), bytecode.DisOptions{Adaptive: true, ShowCaches: showCaches}); err != nil {
			return err
		}
	}
	return nil
}

func sameStr(m *vm.Machine, a, b vm.Value) bool {
	x, ok1 := m.GoString(a)
	y, ok2 := m.GoString(b)
	return ok1 && ok2 && x == y
}

// LiveCode returns a copy of c's compiled code object whose units are
// the ones the VM runs (c.Units: co_code_adaptive), nested code objects
// included, for the disassembler.
func LiveCode(m *vm.Machine, c *vm.Code) *bytecode.Code {
	live := *c.Code
	live.Units = c.Units
	live.Consts = append(live.Consts[:0:0], c.Code.Consts...)
	for i, k := range live.Consts {
		if _, ok := k.(*bytecode.Code); ok {
			if nested, ok := m.Object(c.Consts[i]).(*vm.Code); ok {
				live.Consts[i] = LiveCode(m, nested)
			}
		}
	}
	return &live
}
