package compiler

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/syntax"
)

// dumpTable prints a symbol table the way the tests compare them: per
// block its type, name, line, nested flag, parameters, and every symbol's
// raw value (flags | scope<<11, as _symtable reports it), sorted by name,
// then its children in order.
func dumpTable(b *strings.Builder, indent string, typ int, name string, lineno int, nested bool,
	varnames []string, symbols map[string]int, children func(string)) {
	kinds := []string{"function", "class", "module", "annotation"}
	fmt.Fprintf(b, "%s%s %s line=%d nested=%v params=%v\n", indent, kinds[typ], name, lineno, nested, varnames)
	names := make([]string, 0, len(symbols))
	for n := range symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(b, "%s  %s: %s\n", indent, n, symbolString(symbols[n]))
	}
	children(indent + "    ")
}

// symbolString spells out a raw symbol value.
func symbolString(v int) string {
	var parts []string
	for _, f := range []struct {
		bit  int
		name string
	}{
		{DefGlobal, "DEF_GLOBAL"}, {DefLocal, "DEF_LOCAL"}, {DefParam, "DEF_PARAM"},
		{DefNonlocal, "DEF_NONLOCAL"}, {Use, "USE"}, {DefFree, "DEF_FREE"},
		{DefFreeClass, "DEF_FREE_CLASS"}, {DefImport, "DEF_IMPORT"}, {DefAnnot, "DEF_ANNOT"},
		{DefCompIter, "DEF_COMP_ITER"},
	} {
		if v&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	scopes := []string{"", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}
	sc := v >> scopeOffset
	if sc >= 0 && sc < len(scopes) {
		parts = append(parts, scopes[sc])
	} else {
		parts = append(parts, fmt.Sprintf("scope%d", sc))
	}
	return strings.Join(parts, "|")
}

func dumpGo(b *strings.Builder, indent string, ste *scopeBlock) {
	symbols := map[string]int{}
	for _, n := range ste.symbols() {
		symbols[n] = ste.Flags[n] | int(ste.Scopes[n])<<scopeOffset
	}
	dumpTable(b, indent, int(ste.Type), ste.Name, ste.Lineno, ste.Nested, ste.VarNames, symbols, func(in string) {
		for _, c := range ste.Children {
			dumpGo(b, in, c)
		}
	})
}

func dumpOracle(b *strings.Builder, indent string, t *oracleTable) {
	dumpTable(b, indent, t.Type, t.Name, t.Lineno, t.Nested, t.Varnames, t.Symbols, func(in string) {
		for _, c := range t.Children {
			dumpOracle(b, in, c)
		}
	})
}

// Code flags the symbol table decides (CPython 3.11 CO_*).
const (
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// codeFlags computes the flags compute_code_flags derives from a block.
func codeFlags(ste *scopeBlock) uint32 {
	if ste.Type != FunctionBlock {
		return 0
	}
	var f uint32
	if ste.Nested {
		f |= coNested
	}
	switch {
	case ste.Generator && ste.Coroutine:
		f |= coAsyncGenerator
	case ste.Generator:
		f |= coGenerator
	case ste.Coroutine:
		f |= coCoroutine
	}
	if ste.Varargs {
		f |= coVarargs
	}
	if ste.Varkeywords {
		f |= coVarkeywords
	}
	return f
}

// codeName is the co_name of a block's code object.
func codeName(ste *scopeBlock) string {
	if ste.Type == ModuleBlock {
		return "<module>"
	}
	switch ste.Name {
	case "lambda", "listcomp", "setcomp", "dictcomp", "genexpr":
		if ste.Type == FunctionBlock && (ste.Name == "lambda" || ste.Comprehension) {
			return "<" + ste.Name + ">"
		}
	}
	return ste.Name
}

// checkCode compares what the code generator will read from the table with
// the code objects CPython compiled: flags, parameters, and the cell and
// free variables compiler_enter_scope derives.
func checkCode(t *testing.T, st *symtable, codes []oracleCode) {
	t.Helper()
	var blocks []*scopeBlock
	var walk func(*scopeBlock)
	walk = func(b *scopeBlock) {
		blocks = append(blocks, b)
		for _, c := range b.Children {
			walk(c)
		}
	}
	walk(st.Top)
	checked := 0
	defer func() {
		if checked == 0 && len(codes) > 0 {
			t.Errorf("no code object matched a block")
		}
	}()
	const mask = coVarargs | coVarkeywords | coNested | coGenerator | coCoroutine | coAsyncGenerator
	for _, co := range codes {
		var match []*scopeBlock
		for _, b := range blocks {
			line := b.Lineno
			if b.Type == ModuleBlock {
				line = 1
			}
			if codeName(b) == co.Name && line == co.FirstLineno {
				match = append(match, b)
			}
		}
		if len(match) == 0 {
			// A decorated def's code starts at its first decorator.
			for _, b := range blocks {
				if codeName(b) == co.Name {
					match = append(match, b)
				}
			}
		}
		if len(match) == 0 {
			t.Errorf("no block for code object %s line %d", co.Name, co.FirstLineno)
			continue
		}
		if len(match) != 1 {
			// Two anonymous blocks on one line: cannot tell them apart.
			continue
		}
		checked++
		b := match[0]
		if got, want := codeFlags(b), co.Flags&mask; got != want {
			t.Errorf("%s line %d: flags %#x, CPython %#x", co.Name, co.FirstLineno, got, want)
		}
		if b.Type == FunctionBlock && !slices.Equal(b.VarNames, co.Params) {
			t.Errorf("%s line %d: params %v, CPython %v", co.Name, co.FirstLineno, b.VarNames, co.Params)
		}
		// co_cellvars puts parameter cells first, in parameter order;
		// u_cellvars (what cellVars returns) is sorted. Compare as sets,
		// and exactly for classes.
		cells := b.cellVars()
		want := slices.Clone(co.Cellvars)
		if b.Type == FunctionBlock {
			sort.Strings(want)
		}
		if !slices.Equal(cells, want) {
			t.Errorf("%s line %d: cellvars %v, CPython %v", co.Name, co.FirstLineno, cells, co.Cellvars)
		}
		if got := b.freeVars(); !slices.Equal(got, co.Freevars) && !(len(got) == 0 && len(co.Freevars) == 0) {
			t.Errorf("%s line %d: freevars %v, CPython %v", co.Name, co.FirstLineno, got, co.Freevars)
		}
	}
}

// runTableTests builds the symbol table of each program and compares it
// with CPython's.
func runTableTests(t *testing.T, mode string, programs []string) {
	res := askOracle(t, mode, programs)
	for i, src := range programs {
		r := res[i]
		name := fmt.Sprintf("%d:%s", i, firstLine(src))
		t.Run(name, func(t *testing.T) {
			if r.ParseError != nil {
				t.Fatalf("CPython cannot parse the program: %v", r.ParseError)
			}
			if r.Error != nil {
				t.Fatalf("CPython's symbol table rejects the program: %v", r.Error)
			}
			mod, err := decodeAST(r.AST)
			if err != nil {
				t.Fatal(err)
			}
			st, err := buildSymtable(mod, "<test>", 0)
			if err != nil {
				t.Fatalf("buildSymtable: %v", goError(err))
			}
			if st.lookup(mod) != st.Top {
				t.Errorf("lookup(mod) is not the top block")
			}
			var got, want strings.Builder
			dumpGo(&got, "", st.Top)
			dumpOracle(&want, "", r.Symtable)
			if d := oracle.Diff("cpython", want.String(), "quicken", got.String(), 3, 80); d != "" {
				t.Errorf("symbol table differs:\n%s\nprogram:\n%s", d, src)
			}
			if r.CompileError != nil {
				t.Fatalf("CPython cannot compile the program: %v", r.CompileError)
			}
			checkCode(t, st, r.Code)
		})
	}
}

func firstLine(src string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(src), "\n")
	if len(line) > 40 {
		line = line[:40]
	}
	return line
}

// Programs whose scopes are easy to get wrong.
var tablePrograms = []string{
	// Plain module, function, globals.
	"x = 1\nprint(x)\ndel x\n",
	"def f(a, b=1, *args, c, d=2, **kw):\n    return a + b + c + d + len(args) + len(kw) + e\n",
	"def f(a, /, b, *, c):\n    pass\n",
	"def f(*, a, **k): pass\n",
	"def f(x, /, *y): pass\n",
	"def f():\n    global g\n    g = 1\n    h = 2\n",
	"global x\nx = 1\n",
	"def f():\n    global x\n    def g():\n        return x\n    x = 2\n    return g\n",
	"def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n        return h\n    return g\n",
	// Closures, cells, nonlocal.
	"def f(z, a):\n    y = 0; b = 1\n    def inner(): return a, z, b, y\n    return inner\n",
	"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n        def h():\n            nonlocal x\n            x += 1\n        return h\n    return g\n",
	"def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
	"def f():\n    def g():\n        return x\n    x = 1\n    del x\n    return g\n",
	"def f(x):\n    return lambda: x\n",
	"def f(x):\n    return lambda y=x: y\n",
	"f = lambda *a, **k: (a, k)\n",
	"g = lambda: (yield)\n",
	// Classes.
	"class C:\n    x = 1\n    def m(self):\n        return x\n",
	"def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
	"def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
	"def f():\n    x = 1\n    class C:\n        print(x)\n    return C\n",
	"def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n    return C\n",
	"class C:\n    def m(self):\n        return super().m()\n",
	"class C:\n    def m(self):\n        return __class__\n",
	"class C:\n    def m(self):\n        super = 1\n        return super\n",
	"class C:\n    x = [__class__ for i in range(3)]\n",
	"class C:\n    def m(self):\n        class D:\n            def n(self):\n                return __class__, super()\n        return D\n",
	"def super(): pass\nclass C:\n    def m(self):\n        return lambda: super()\n",
	"class C:\n    class D:\n        def m(self): return D\n",
	"def f():\n    class C:\n        def m(self): return C\n    return C\n",
	"def f():\n    class C:\n        nonlocal_name = 1\n        def m(self):\n            nonlocal n\n            n = 2\n    n = 1\n",
	// Mangling.
	"class C:\n    __x = 1\n    def __m(self, __a):\n        __b = self.__x\n        return __a, __b, __c__\n",
	"class _C:\n    def f(self):\n        global __g\n        __g = 1\n",
	"class __:\n    __x = 1\n",
	"class C:\n    import __mod, __pkg.sub as __alias\n    from m import __name\n",
	"class C:\n    def f(self):\n        class D:\n            __y = 1\n            def g(self): return __y\n        return __z\n",
	"def __f(): pass\nclass C:\n    def __g(self):\n        def __h(): pass\n        return __h\n",
	"class C:\n    __x = 1\n    def f(self):\n        return [__x for __i in range(2)]\n",
	// Imports.
	"import os, os.path, a.b.c as d\nfrom x import y, z as w\nfrom . import q\nfrom m import *\n",
	"def f():\n    import json\n    from os import path\n    return json, path\n",
	// Comprehensions.
	"xs = [x * y for x in range(3) if x for y in range(x)]\n",
	"s = {x for x in a}\nd = {k: v for k, v in b}\ng = (x for x in c)\n",
	"def f(a):\n    return [lambda: x + a for x in a]\n",
	"def f():\n    return [[y for y in x] for x in range(3)]\n",
	"def f(n):\n    return [x for x in range(n) if (y := x)] , y\n",
	"xs = [y := 0 for x in range(3)]\n",
	"def f():\n    return [[(z := y) for y in x] for x in range(3)]\n",
	"def f():\n    global z\n    return [(z := x) for x in range(3)]\n",
	"def f():\n    def g():\n        return [(w := x) for x in range(3)]\n    return g\n",
	"def f():\n    return {(k := x): (v := x) for x in range(3)}\n",
	"def f():\n    x = 1\n    return (lambda: [x for _ in range(2)])()\n",
	"res = [(lambda: i) for i in range(3)]\n",
	"def f(it):\n    return (x for x in it)\n",
	"def f():\n    return [y for y in (z for z in range(2))]\n",
	"class C:\n    xs = [i for i in range(3)]\n    ys = [xs for j in range(3)]\n",
	"class C:\n    a = 1\n    b = [a + x for x in range(a)]\n",
	"def f():\n    a = 1\n    class C:\n        b = [a + x for x in range(a)]\n    return C\n",
	// Generators and coroutines.
	"def g():\n    yield 1\n",
	"def g():\n    x = yield from h()\n",
	"async def f():\n    await x\n",
	"async def f():\n    yield 1\n",
	"async def f():\n    return [x async for x in y]\n",
	"async def f():\n    return [await x for x in y]\n",
	"async def f():\n    return (x async for x in y)\n",
	"async def f():\n    return (await x for x in y)\n",
	"async def f():\n    async with a as b:\n        async for c in b:\n            pass\n",
	"async def f():\n    return [[z async for z in y] for y in x]\n",
	"async def f():\n    return [x for y in z async for x in y]\n",
	// Statements that bind.
	"def f():\n    try:\n        pass\n    except E as e:\n        pass\n    else:\n        g = lambda: 1\n    finally:\n        h = lambda: 2\n",
	"def f():\n    with a as (b, c), d as e[0]:\n        pass\n    for i, *j in k:\n        pass\n    else:\n        pass\n",
	"def f(x):\n    match x:\n        case [a, *rest]:\n            pass\n        case {'k': v, **kw}:\n            pass\n        case P(q, r=s) as t if t:\n            pass\n        case 1 | 2 | z.w:\n            pass\n        case None:\n            pass\n",
	"def f():\n    x: int\n    y: int = 1\n    (z): int\n    (w): int = 2\n    a.b: int\n    c[0]: int = 3\n",
	"x: int\nclass C:\n    y: int = 2\n",
	"def f(a: int, *b: str, c: bool, **d: float) -> None:\n    pass\n",
	"def f():\n    x += 1\n    del y\n    return z\n",
	"def f():\n    [a, *b] = c\n    (d, e) = f\n    g.h = i\n    j[k] = l\n",
	"def f():\n    print(f'{a!r:{b}} {c}')\n",
	"def f():\n    assert a, b\n    raise c from d\n    while e:\n        break\n    else:\n        pass\n",
	"def f():\n    try:\n        pass\n    except* E as e:\n        pass\n",
	"def f(**kw):\n    return g(*a, k=b, **kw)\n",
	"def f():\n    return {**a, 'b': c}, a[1:2:3], not d, -e\n",
	"@dec(a)\ndef f(x=lambda: y):\n    pass\n",
	"@dec\nclass C(B, metaclass=M, **kw):\n    pass\n",
	"def f(a=[x for x in y], *, b={z for z in w}):\n    pass\n",
	"def f(a: (lambda: 1)) -> (lambda: 2):\n    pass\n",
	"def outer():\n    def f(a: x) -> y:\n        pass\n    x = y = 1\n",
	"if x:\n    def f(): pass\nelse:\n    def f(): return 1\n",
	"def f():\n    nonlocal_ = 1\n    def g():\n        nonlocal nonlocal_\n        return nonlocal_\n",
	"def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n",
	"def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n        return [x for _ in ()]\n",
	"é = 1\ndef ф(λ):\n    return λ + é\n",
	// More class cells.
	"class C:\n    __class__ = 1\n    def f(self):\n        return __class__\n",
	"class C:\n    def f(__class__):\n        return super()\n",
	"def f():\n    class C:\n        def g(self):\n            return super(), x\n    x = 1\n    return C\n",
	"def f(x):\n    class C:\n        x = x\n        def g(self):\n            nonlocal x\n            x = 2\n    return C\n",
	"def f():\n    x = 1\n    class C:\n        def g(self):\n            class D:\n                x = 2\n                def h(self):\n                    return x\n            return D\n    return C\n",
	// Assignment expressions in odd places.
	"def f(z):\n    return [lambda: (y := 1) for x in z]\n",
	"class C:\n    f = lambda: [(y := x) for x in z]\n    (w := 1)\n",
	"def f(y):\n    return [(y := x) for x in range(3)]\n",
	"def f():\n    return [x for x in range(3) if (g := lambda: x)]\n",
	"def f():\n    def g():\n        nonlocal y\n        return [(y := 1) for _ in ()]\n    y = 0\n",
	"def f():\n    return (y := [x for x in range(3)])\n",
	// __future__ annotations: annotations become strings, their names are
	// not recorded anywhere.
	"from __future__ import annotations\ndef f(a: x, *b: y, c: z, **d: w) -> v:\n    e: u = 1\n    g: t\n",
	"from __future__ import annotations\nclass C:\n    a: [i for i in q]\n    def m(self) -> (lambda: p): pass\n",
	"from __future__ import annotations\ndef f(a: (lambda: (yield))): pass\n",
	"'doc'\nfrom __future__ import generator_stop, division\nfrom __future__ import annotations\ndef f(x: int): pass\n",
	"from __future__ import barry_as_FLUFL\nx = 1\n",
	// CPython 3.11 checks a walrus target against iteration variables
	// unmangled (gh-96497, unfixed in 3.11).
	"class C:\n    def f(self):\n        return [__x for __x in [3] if (__x := 2)]\n",
}

func TestSymtableAgainstCPython(t *testing.T) {
	runTableTests(t, "exec", tablePrograms)
}

func TestSymtableModes(t *testing.T) {
	t.Run("eval", func(t *testing.T) {
		runTableTests(t, "eval", []string{
			"lambda x: x + y",
			"[a for a in b]",
			"(lambda: (yield))",
		})
	})
	t.Run("single", func(t *testing.T) {
		runTableTests(t, "single", []string{
			"x = 1\n",
			"def f(): return x\n",
		})
	})
}

// errorPrograms are rejected by CPython's symbol table (or by its
// __future__ pass).
var errorPrograms = []string{
	"def f(x, x): pass\n",
	"def f(a, *, b, **b): pass\n",
	"lambda a, a: 1\n",
	"def f(x):\n    global x\n",
	"def f(x):\n    nonlocal x\n",
	"def f():\n    x = 1\n    global x\n",
	"def f():\n    print(x)\n    global x\n",
	"def f():\n    x: int\n    global x\n",
	"def f():\n    y = 1\n    def g():\n        y = 2\n        nonlocal y\n",
	"def f():\n    y = 1\n    def g():\n        print(y)\n        nonlocal y\n",
	"def f():\n    y = 1\n    def g():\n        y: int\n        nonlocal y\n",
	"def f():\n    global x\n    x: int\n",
	"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n",
	"class C:\n    global x\n    x: int = 1\n",
	"x = 1\nnonlocal x\n",
	"class C:\n    nonlocal x\n",
	"def f():\n    nonlocal x\n",
	"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
	"def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
	"def f():\n    class C:\n        nonlocal x\n",
	"def f():\n    from os import *\n",
	"class C:\n    from os import *\n",
	"[(yield x) for x in y]\n",
	"def f():\n    return {(yield) for x in y}\n",
	"def f():\n    return {x: (yield from x) for x in y}\n",
	"def f():\n    return ((yield) for x in y)\n",
	"def f():\n    return [x for x in (y := z)]\n",
	"def f():\n    return [x for x in y for z in (w := v)]\n",
	"def f():\n    return [x for x in [lambda: (w := 1)]]\n",
	"def f():\n    return [i := 0 for i in range(3)]\n",
	"def f():\n    return [[(j := 0) for i in x] for j in y]\n",
	"def f():\n    return [i for i in range(5) if (j := 0) for j in range(5)]\n",
	"class C:\n    xs = [(y := x) for x in range(3)]\n",
	"def f():\n    class C:\n        xs = [[(y := x) for x in z] for z in w]\n",
	"from __future__ import annotations\ndef f(x: (yield)): pass\n",
	"from __future__ import annotations\ndef f() -> (await x): pass\n",
	"from __future__ import annotations\nx: (y := 1) = 2\n",
	"from __future__ import braces\n",
	"from __future__ import nested_scopes, spam\n",
	"'doc'\nfrom __future__ import annotations, eggs\n",
	"import os; from __future__ import annotations\n",
	"from __future__ import " + strings.Repeat("a", 150) + "\n",
	"from __future__ import a" + strings.Repeat("é", 60) + "\n",
	"from __future__ import annotations; import os; from __future__ import division\n",
	"def f():\n    é = 1; global é\n",
	"def f(é, é): pass\n",
	"def f(a):\n    def g(b):\n        global b\n",
	"class C:\n    def f(self, a=[(y := 1) for x in z]): pass\n",
	"class C:\n    x = {(y := 1): x for x in z}\n",
	"def f():\n    return [(x := 1) for x in y for z in (lambda: [(w := 2) for w in v])]\n",
	"def f():\n    return [[(a := b) for b in c] for a in d]\n",
	"def f():\n    global a\n    return [a for a in b if (a := 1)]\n",
	"def f():\n    def g():\n        nonlocal __x\n",
	"class C:\n    def f(self):\n        def g():\n            nonlocal __x\n",
	"class C:\n    def f(self, __a, _C__a): pass\n",
	"from __future__ import annotations\nclass C:\n    x: [(yield) for y in z]\n",
	"from __future__ import annotations\ndef f(*, a: (b := 1)): pass\n",
	"def f():\n    x = 1\n    def g():\n        x += 1\n        nonlocal x\n",
	"def f(**kw):\n    global kw\n",
	"class C:\n    def f():\n        global __x\n        __x = 0\n        [__x := 2 for a in [3]]\n",
	"def f():\n    return [(x := 1) for a[x] in y]\n",
	"def f(a):\n    return [[b for b in a] for a in (c := a)] if 0 else None\n",
	"from __future__ import annotations\nx: (y := 1)\n",
}

func TestSymtableErrors(t *testing.T) {
	res := askOracle(t, "exec", errorPrograms)
	for i, src := range errorPrograms {
		r := res[i]
		t.Run(fmt.Sprintf("%d:%s", i, firstLine(src)), func(t *testing.T) {
			if r.ParseError != nil {
				t.Fatalf("CPython cannot parse the program: %v", r.ParseError)
			}
			if r.Error == nil {
				t.Fatalf("CPython accepts the program")
			}
			mod, err := decodeAST(r.AST)
			if err != nil {
				t.Fatal(err)
			}
			_, err = buildSymtable(mod, "<test>", 0)
			if err == nil {
				t.Fatalf("no error; CPython: %v", r.Error)
			}
			if got, want := goError(err), r.Error.String(); got != want {
				t.Errorf("error\n got %s\nwant %s", got, want)
			}
			if se, ok := err.(*syntax.Error); ok && se.Filename != "<test>" {
				t.Errorf("filename %q", se.Filename)
			}
		})
	}
}
