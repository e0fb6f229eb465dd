package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// The golden sizes are the cache pane's inside in the layout's 80×24
// screen (78×8: the folded panes' box under source and bytecode) and
// 160×48 one (47×19: the right column).
var cacheSizes = [][2]int{{78, 8}, {47, 19}}

// atMulIntSite is mul about to run its BINARY_OP_MULTIPLY_INT (the cache
// pane follows the current instruction).
func atMulIntSite(s *Snapshot) bool {
	return bcMulOp(s) == bytecode.BINARY_OP_MULTIPLY_INT && len(s.Frames) > 1 && s.Frames[0].Name == "mul" && s.Frames[0].PC == 3
}

func TestCacheGolden(t *testing.T) {
	for _, size := range cacheSizes {
		w, h := size[0], size[1]
		name := func(moment string) string { return "cache_" + moment + "_" + itoa(w) + "x" + itoa(h) }
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			r := newBCRig(t)
			p := newCachePane(r.c)
			r.add(p, w, h)
			r.stepUntil("mul @6 specialized for ints", atMulIntSite)
			if got := p.Title(); got != "Inline cache · @6" {
				t.Errorf("title %q", got)
			}
			v := bcCheckView(t, p, w, h)
			if !strings.Contains(ansi.Strip(v), "BINARY_OP_MULTIPLY_INT") {
				t.Errorf("not the site:\n%s", ansi.Strip(v))
			}
			checkGolden(t, name("int"), v)

			// The run's end, mul @6 selected in the bytecode pane.
			r.d.Continue()
			s := r.take()
			r.d.SetInspect(Inspect{CodeID: bcMulID(t, s), Offset: 3, Value: ValueRef{Auto: true}})
			r.take()
			v = bcCheckView(t, p, w, h)
			if !strings.Contains(ansi.Strip(v), "BINARY_OP_MULTIPLY_FLOAT") {
				t.Errorf("not the site:\n%s", ansi.Strip(v))
			}
			checkGolden(t, name("end"), v)
		})
	}
}

// TestCacheSites checks what the pane says of each kind of instruction
// in the finished run, and that the site's history follows.
func TestCacheSites(t *testing.T) {
	r := newBCRig(t)
	p := newCachePane(r.c)
	const w, h = 90, 24
	r.add(p, w, h)
	r.d.Continue()
	s := r.take()
	mul := bcMulID(t, s)
	for _, c := range []struct {
		code, unit int
		want       []string
		not        []string
	}{
		{mul, 0, []string{"RESUME_QUICK: quickened form of RESUME, no cache", "mul @0 · line 1"}, []string{"family"}},
		{mul, 1, []string{"LOAD_FAST__LOAD_FAST: superinstruction, no cache"}, []string{"family"}},
		{mul, 2, []string{"no inline cache: LOAD_FAST is never specialized"}, nil},
		{mul, 3, []string{
			"BINARY_OP_MULTIPLY_FLOAT · family BINARY_OP · 1 cache entry",
			"\ncounter  0x",
			"history of @6",
			"step 1008 BINARY_OP_MULTIPLY_INT miss 53/53: left operand was float → back to",
			"step 1520 BINARY_OP_ADAPTIVE → BINARY_OP_MULTIPLY_FLOAT",
		}, []string{"not quickened"}},
		{0, 33, []string{"PRECALL_BUILTIN_CLASS · family PRECALL · 1 cache entry"}, nil},
		{0, 9, []string{"CALL_ADAPTIVE · family CALL · 4 cache entries", "\ncounter ", "\nfunc_version "}, nil},
	} {
		r.d.SetInspect(Inspect{CodeID: c.code, Offset: c.unit, Value: ValueRef{Auto: true}})
		r.take()
		v := ansi.Strip(bcCheckView(t, p, w, h))
		for _, want := range c.want {
			if !strings.Contains(v, want) {
				t.Errorf("%d@%d: no %q in\n%s", c.code, c.unit, want, v)
			}
		}
		for _, not := range c.not {
			if strings.Contains(v, not) {
				t.Errorf("%d@%d: %q in\n%s", c.code, c.unit, not, v)
			}
		}
	}

	// Before quickening, the cache is there but unused.
	r.d.Restart()
	r.take()
	r.d.SetInspect(Inspect{CodeID: 0, Offset: 7, Value: ValueRef{Auto: true}})
	r.take()
	if v := ansi.Strip(p.View()); !strings.Contains(v, "PRECALL · family PRECALL · 1 cache entry") || !strings.Contains(v, "not quickened yet") {
		t.Errorf("unquickened PRECALL:\n%s", v)
	}

	// No site: nothing selected.
	r.c.snap = &Snapshot{State: Ended}
	p.Refresh()
	if p.Title() != "Inline cache" || !strings.Contains(ansi.Strip(p.View()), "not running") {
		t.Errorf("no site: %q\n%s", p.Title(), ansi.Strip(p.View()))
	}
}

// TestBytecodeAndCacheSizes checks the pane contract (height lines, none
// wider than width) at sizes down to one cell, with the history shown.
func TestBytecodeAndCacheSizes(t *testing.T) {
	r := newBCRig(t)
	bc, cp := newBytecodePane(r.c), newCachePane(r.c)
	r.add(bc, 40, 10)
	r.add(cp, 40, 10)
	r.stepUntil("mul @6 specialized for ints", atMulIntSite)
	r.d.Step(1) // the flash, the footer
	r.take()
	for _, hist := range []bool{false, true} {
		bc.showHist = hist
		for _, w := range []int{1, 5, 20, 33, 200} {
			for _, h := range []int{1, 2, 3, 5, 13, 40} {
				bc.SetSize(w, h)
				cp.SetSize(w, h)
				bcCheckView(t, bc, w, h)
				bcCheckView(t, cp, w, h)
			}
		}
	}
}
