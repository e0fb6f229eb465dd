package compiler

import (
	"fmt"
	"testing"

	"github.com/quicken-py/quicken/vm/syntax"
)

// futureFlagMask selects the future flags CPython 3.11 still sets.
const futureFlagMask = 0x1000000 | 0x400000

// TestFutureAgainstCPython checks the future flags every code object
// inherits and the "must occur at the beginning" errors, whether future.c
// or the compiler raises them.
func TestFutureAgainstCPython(t *testing.T) {
	programs := []string{
		"x = 1\n",
		"from __future__ import annotations\n",
		"'''doc'''\nfrom __future__ import annotations\nx = 1\n",
		"from __future__ import barry_as_FLUFL\n",
		"from __future__ import (nested_scopes, generators, division, absolute_import,\n" +
			"    with_statement, print_function, unicode_literals, generator_stop)\n",
		"from __future__ import annotations as a, division as d\n",
		"from __future__ import annotations; from __future__ import barry_as_FLUFL\n",
		"from .__future__ import annotations\n",
		// Not leading: the compiler rejects them.
		"x = 1\nfrom __future__ import annotations\n",
		"'''doc'''\n'''not doc'''\nfrom __future__ import annotations\n",
		"from __future__ import annotations\nimport os\nfrom __future__ import division\n",
		"def f():\n    from __future__ import annotations\n",
		"from __future__ import division\nif x:\n    from __future__ import annotations\n",
		// On the same line as a plain statement: future.c rejects them.
		"import os; from __future__ import annotations\n",
		"from __future__ import division; x = 1; from __future__ import annotations\n",
	}
	res := askOracle(t, "exec", programs)
	for i, src := range programs {
		r := res[i]
		t.Run(fmt.Sprintf("%d:%s", i, firstLine(src)), func(t *testing.T) {
			if r.ParseError != nil {
				t.Fatalf("CPython cannot parse the program: %v", r.ParseError)
			}
			mod, err := decodeAST(r.AST)
			if err != nil {
				t.Fatal(err)
			}
			st, err := buildSymtable(mod, "<test>", 0)
			if r.Error != nil {
				if err == nil {
					t.Fatalf("no error; CPython: %v", r.Error)
				}
				if got, want := goError(err), r.Error.String(); got != want {
					t.Errorf("error\n got %s\nwant %s", got, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("buildSymtable: %v", goError(err))
			}
			// The first late __future__ import the compiler meets.
			var late error
			var walk func([]syntax.Stmt)
			walk = func(body []syntax.Stmt) {
				for _, s := range body {
					if late != nil {
						return
					}
					switch s := s.(type) {
					case *syntax.ImportFrom:
						late = st.lateFutureImport(s)
					case *syntax.FunctionDef:
						walk(s.Body)
					case *syntax.If:
						walk(s.Body)
						walk(s.Orelse)
					}
				}
			}
			walk(mod.(*syntax.Module).Body)
			if r.CompileError != nil {
				if late == nil {
					t.Fatalf("no late-import error; CPython: %v", r.CompileError)
				}
				if got, want := goError(late), r.CompileError.String(); got != want {
					t.Errorf("error\n got %s\nwant %s", got, want)
				}
				return
			}
			if late != nil {
				t.Fatalf("late-import error %s; CPython compiles the program", goError(late))
			}
			if got, want := st.Future, r.Code[0].Flags&futureFlagMask; got != want {
				t.Errorf("future flags %#x, CPython %#x", got, want)
			}
		})
	}
}

func TestFutureCompileFlags(t *testing.T) {
	// Compile flags (say, from an enclosing compile() call) add to the
	// module's own, and turn annotations into annotation blocks.
	mod := &syntax.Module{Body: []syntax.Stmt{
		&syntax.AnnAssign{
			Pos:        syntax.Pos{Lineno: 1, ColOffset: 0, EndLineno: 1, EndColOffset: 6},
			Target:     &syntax.Name{Pos: syntax.Pos{Lineno: 1, EndLineno: 1, EndColOffset: 1}, Id: "x", Ctx: syntax.Store},
			Annotation: &syntax.Name{Pos: syntax.Pos{Lineno: 1, ColOffset: 3, EndLineno: 1, EndColOffset: 6}, Id: "int", Ctx: syntax.Load},
			Simple:     1,
		},
	}}
	st, err := buildSymtable(mod, "<test>", 0x1000000)
	if err != nil {
		t.Fatal(err)
	}
	if st.Future != 0x1000000 || st.FutureLineno != -1 {
		t.Errorf("Future %#x, FutureLineno %d", st.Future, st.FutureLineno)
	}
	if _, ok := st.Top.Flags["int"]; ok {
		t.Errorf("annotation recorded in the module under future annotations: %v", st.Top.Flags)
	}
	if st.Top.Flags["x"] != DefAnnot|DefLocal {
		t.Errorf("x: %s", symbolString(st.Top.Flags["x"]))
	}
}

func TestTruncateBytes(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 100, "abc"},
		{"abcdef", 3, "abc"},
		{"aé", 2, "a\uFFFD"},
		{"aé", 3, "aé"},
		{"a€b", 3, "a\uFFFD"},
	} {
		if got := truncateBytes(c.in, c.n); got != c.want {
			t.Errorf("truncateBytes(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
