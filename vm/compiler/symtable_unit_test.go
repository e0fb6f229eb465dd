package compiler

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/quicken-py/quicken/vm/syntax"
)

// Hand-built ASTs for the symbol table: these tests need no oracle.

func at(line, col, endCol int) syntax.Pos {
	return syntax.Pos{Lineno: line, ColOffset: col, EndLineno: line, EndColOffset: endCol}
}

func load(id string, line, col int) *syntax.Name {
	return &syntax.Name{Pos: at(line, col, col+len(id)), Id: id, Ctx: syntax.Load}
}

func store(id string, line, col int) *syntax.Name {
	return &syntax.Name{Pos: at(line, col, col+len(id)), Id: id, Ctx: syntax.Store}
}

func params(line int, names ...string) *syntax.Arguments {
	a := &syntax.Arguments{}
	col := 6
	for _, n := range names {
		a.Args = append(a.Args, &syntax.Arg{Pos: at(line, col, col+len(n)), Arg: n})
		col += len(n) + 2
	}
	return a
}

func def(name string, line int, args *syntax.Arguments, body ...syntax.Stmt) *syntax.FunctionDef {
	return &syntax.FunctionDef{Pos: at(line, 0, 10), Name: name, Args: args, Body: body}
}

func ret(e syntax.Expr, line int) *syntax.Return {
	return &syntax.Return{Pos: at(line, 4, 20), Value: e}
}

// TestSymtableHandBuilt checks closures, the implicit __class__ cell,
// super(), imports and lookups on:
//
//	import os.path
//	def f(a):
//	    def g():
//	        return a, super()
//	    class C:
//	        def m(self):
//	            return __class__
//	    return g, [x for x in a]
func TestSymtableHandBuilt(t *testing.T) {
	g := def("g", 3, params(3), ret(&syntax.Tuple{Pos: at(4, 15, 29), Elts: []syntax.Expr{
		load("a", 4, 15),
		&syntax.Call{Pos: at(4, 18, 25), Func: load("super", 4, 18)},
	}, Ctx: syntax.Load}, 4))
	m := def("m", 6, params(6, "self"), ret(load("__class__", 7, 19), 7))
	c := &syntax.ClassDef{Pos: at(5, 4, 20), Name: "C", Body: []syntax.Stmt{m}}
	comp := &syntax.ListComp{Pos: at(8, 14, 30), Elt: load("x", 8, 15), Generators: []*syntax.Comprehension{{
		Target: store("x", 8, 21), Iter: load("a", 8, 26),
	}}}
	f := def("f", 2, params(2, "a"), g, c, ret(&syntax.Tuple{Pos: at(8, 11, 30), Elts: []syntax.Expr{
		load("g", 8, 11), comp,
	}, Ctx: syntax.Load}, 8))
	imp := &syntax.Import{Pos: at(1, 0, 14), Names: []*syntax.Alias{{Pos: at(1, 7, 14), Name: "os.path"}}}
	mod := &syntax.Module{Body: []syntax.Stmt{imp, f}}

	st, err := buildSymtable(mod, "hand.py", 0)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]*scopeBlock{}
	for node, name := range map[syntax.Node]string{mod: "top", f: "f", g: "g", c: "C", m: "m", comp: "listcomp"} {
		b := st.lookup(node)
		if b == nil || b.Name != name {
			t.Fatalf("lookup(%T) = %v, want block %s", node, b, name)
		}
		blocks[name] = b
	}
	want := []struct {
		block, name string
		scope       Scope
		flags       int
	}{
		{"top", "os", ScopeLocal, DefImport},
		{"top", "f", ScopeLocal, DefLocal},
		{"f", "a", ScopeCell, DefParam | Use},
		{"f", "g", ScopeLocal, DefLocal | Use},
		{"f", "C", ScopeLocal, DefLocal},
		{"g", "a", ScopeFree, Use},
		{"g", "super", ScopeGlobalImplicit, Use},
		// super() outside a class looks for a __class__ no one binds.
		{"g", "__class__", ScopeGlobalImplicit, Use},
		{"C", "m", ScopeLocal, DefLocal},
		{"m", "self", ScopeLocal, DefParam},
		{"m", "__class__", ScopeFree, Use},
		{"listcomp", ".0", ScopeLocal, DefParam},
		{"listcomp", "x", ScopeLocal, DefLocal | Use | DefCompIter},
	}
	for _, w := range want {
		b := blocks[w.block]
		if got := b.scope(w.name); got != w.scope {
			t.Errorf("%s: scope of %s = %d, want %d", w.block, w.name, got, w.scope)
		}
		if got := b.Flags[w.name]; got != w.flags {
			t.Errorf("%s: flags of %s = %s, want %s", w.block, w.name, symbolString(got), symbolString(w.flags))
		}
	}
	if fc := blocks["f"].cellVars(); !slices.Equal(fc, []string{"a"}) {
		t.Errorf("f cellVars %v", fc)
	}
	if cc := blocks["C"].cellVars(); !slices.Equal(cc, []string{"__class__"}) || !blocks["C"].NeedsClassClosure {
		t.Errorf("C cellVars %v, NeedsClassClosure %v", cc, blocks["C"].NeedsClassClosure)
	}
	if gf := blocks["g"].freeVars(); !slices.Equal(gf, []string{"a"}) {
		t.Errorf("g freeVars %v", gf)
	}
	if mf := blocks["m"].freeVars(); !slices.Equal(mf, []string{"__class__"}) {
		t.Errorf("m freeVars %v", mf)
	}
	var children []string
	for _, ch := range blocks["f"].Children {
		children = append(children, ch.Name)
	}
	if !slices.Equal(children, []string{"g", "C", "listcomp"}) {
		t.Errorf("f children %v", children)
	}
	if !blocks["g"].Nested || blocks["C"].Nested != true || blocks["f"].Nested {
		t.Errorf("nested: f %v g %v C %v", blocks["f"].Nested, blocks["g"].Nested, blocks["C"].Nested)
	}
	if !blocks["listcomp"].Comprehension || blocks["listcomp"].CompKind != ListComprehension {
		t.Errorf("listcomp block: %+v", blocks["listcomp"])
	}
	if !st.isModuleImport("os") || st.isModuleImport("f") || st.isModuleImport("path") {
		t.Errorf("isModuleImport wrong")
	}
}

func TestSymtableHandBuiltErrors(t *testing.T) {
	dup := def("f", 1, params(1, "x", "x"), &syntax.Pass{Pos: at(1, 12, 16)})
	_, err := buildSymtable(&syntax.Module{Body: []syntax.Stmt{dup}}, "dup.py", 0)
	want := &syntax.Error{Kind: "SyntaxError", Msg: "duplicate argument 'x' in function definition",
		Filename: "dup.py", Lineno: 1, Offset: 10, EndLineno: 1, EndOffset: 11}
	if se, ok := err.(*syntax.Error); !ok || !reflect.DeepEqual(se, want) {
		t.Errorf("duplicate argument: got %#v, want %#v", err, want)
	}

	star := &syntax.ImportFrom{Pos: at(2, 4, 20), Module: new(string), Names: []*syntax.Alias{{Pos: at(2, 19, 20), Name: "*"}}}
	*star.Module = "os"
	_, err = buildSymtable(&syntax.Module{Body: []syntax.Stmt{def("f", 1, params(1), star)}}, "star.py", 0)
	want = &syntax.Error{Kind: "SyntaxError", Msg: "import * only allowed at module level",
		Filename: "star.py", Lineno: 2, Offset: 20, EndLineno: 2, EndOffset: 21}
	if se, ok := err.(*syntax.Error); !ok || !reflect.DeepEqual(se, want) {
		t.Errorf("import *: got %#v, want %#v", err, want)
	}
}

// TestSymtableDeepNesting: nesting past CPython's limit is a
// RecursionError (ErrCompileRecursion), not a crash.
func TestSymtableDeepNesting(t *testing.T) {
	var e syntax.Expr = load("x", 1, 0)
	for range maxSymtableDepth + 10 {
		e = &syntax.UnaryOp{Pos: at(1, 0, 1), Op: syntax.USub, Operand: e}
	}
	mod := &syntax.Expression{Body: e}
	if _, err := buildSymtable(mod, "deep.py", 0); !errors.Is(err, ErrCompileRecursion) {
		t.Errorf("got %v", err)
	}
	// Exactly at the limit is fine, from depth 0; not from a Python
	// depth of 1, which takes 3 levels.
	e = load("x", 1, 0)
	for range maxSymtableDepth - 1 {
		e = &syntax.UnaryOp{Pos: at(1, 0, 1), Op: syntax.USub, Operand: e}
	}
	if _, err := buildSymtable(&syntax.Expression{Body: e}, "deep.py", 0); err != nil {
		t.Errorf("depth %d: %v", maxSymtableDepth, err)
	}
	if _, err := buildSymtableAt(&syntax.Expression{Body: e}, "deep.py", 0, 1); !errors.Is(err, ErrCompileRecursion) {
		t.Errorf("depth %d from Python depth 1: %v", maxSymtableDepth, err)
	}
}
