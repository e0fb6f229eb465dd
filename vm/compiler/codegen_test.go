package compiler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The code generator is tested differentially: each program is compiled by
// CPython 3.11 (oracle.CodeObject) and by this package, and the two code
// objects (with all the nested ones) must agree field for field: code,
// constants, names, localsplus, flags, stack size, line and exception
// tables. The quicken AST comes from CPython's parser (see decodeAST), so
// these tests do not depend on quicken's parser.

// astScript prints, for each file named after the mode on the command line, the JSON form
// of ast.parse(source) that decodeAST reads, or {"err": text}.
const astScript = `
import ast, json, sys

def const(v):
    if v is None: return {"_c": "None"}
    if v is Ellipsis: return {"_c": "Ellipsis"}
    if isinstance(v, bool): return {"_c": "bool", "v": v}
    if isinstance(v, int): return {"_c": "int", "v": str(v)}
    if isinstance(v, float): return {"_c": "float", "v": repr(v)}
    if isinstance(v, complex): return {"_c": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str): return {"_c": "str", "v": v}
    if isinstance(v, bytes): return {"_c": "bytes", "v": v.decode("latin-1")}
    raise TypeError(type(v))

def node(n):
    if isinstance(n, list): return [node(x) for x in n]
    if not isinstance(n, ast.AST): return n
    if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
        return type(n).__name__
    d = {"_t": type(n).__name__}
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a): d[a] = getattr(n, a)
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            v = const(v)
        else:
            v = node(v)
        d[f] = v
    return d

out = []
mode = sys.argv[1]
for path in sys.argv[2:]:
    src = open(path, "rb").read()
    try:
        r = {"ast": node(ast.parse(src, path, mode))}
    except Exception as e:
        out.append({"err": "%s: %s" % (type(e).__name__, e)})
        continue
    try:
        compile(src, path, mode)
    except SyntaxError as e:
        r["compile_err"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)]
    out.append(r)
json.dump(out, sys.stdout, ensure_ascii=True)
`

// parseWithCPython returns CPython's ASTs of the files, as quicken ASTs
// (nil where ast.parse fails), and the SyntaxError compile() raises for
// each ("" if none) as syntaxErrorText prints it.
func parseWithCPython(t *testing.T, mode string, paths []string) ([]syntax.Mod, []string) {
	t.Helper()
	cmd := oracle.Command(append([]string{"-c", astScript, mode}, paths...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ast oracle: %v", err)
	}
	var res []struct {
		AST        json.RawMessage `json:"ast"`
		Err        *string         `json:"err"`
		CompileErr []any           `json:"compile_err"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("ast oracle output: %v", err)
	}
	mods := make([]syntax.Mod, len(paths))
	errs := make([]string, len(paths))
	for i, r := range res {
		if r.Err != nil {
			continue
		}
		if r.CompileErr != nil {
			errs[i] = fmt.Sprint(r.CompileErr...)
		}
		m, err := decodeAST(r.AST)
		if err != nil {
			t.Fatalf("%s: decoding AST: %v", paths[i], err)
		}
		mods[i] = m
	}
	return mods, errs
}

// syntaxErrorText prints a SyntaxError the way parseWithCPython prints
// CPython's.
func syntaxErrorText(err error) string {
	se, ok := err.(*syntax.Error)
	if !ok {
		return fmt.Sprintf("non-syntax error %T: %v", err, err)
	}
	text := "None"
	if se.Text != "" {
		text = pyRepr(se.Text)
	}
	return fmt.Sprint(se.Kind, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset, text)
}

// codegenCases are small programs, one or a few constructs each.
var codegenCases = []struct{ name, src string }{
	{"empty", ""},
	{"pass", "pass\n"},
	{"expr", "x\n"},
	{"const_stmt", "1\n...\n'not a docstring' if 0 else 2\n"},
	{"docstring", "'''doc'''\nx = 1\n"},
	{"assign", "a = 1\nb = c = a\n"},
	{"unpack", "a, b = c\na, *b, c = d\n[x, y] = z\n"},
	{"swap", "a, b = b, a\n"},
	{"augassign", "a += 1\na.b -= 2\na[i] *= 3\na[i:j] //= 4\n"},
	{"annassign_module", "x: int = 1\ny: str\nz.a: int\nw[0]: int = 2\n(v): int = 3\n"},
	{"del", "del a, b.c, d[e]\n"},
	{"if", "if a:\n    b\nelif c:\n    d\nelse:\n    e\n"},
	{"if_multiline", "if (a and\n        b):\n    x = 1\n"},
	{"while", "while a:\n    b()\nelse:\n    c()\n"},
	{"while_true", "while True:\n    if a:\n        break\n    b()\n"},
	{"for", "for i in range(3):\n    print(i)\nelse:\n    done()\n"},
	{"for_break_continue", "for i in x:\n    if i: continue\n    if j: break\n    k()\n"},
	{"nested_loops", "for i in a:\n    for j in b:\n        if j: break\n    else:\n        continue\n    k\n"},
	{"raise", "raise\n"},
	{"raise_from", "def f():\n    raise ValueError('x') from None\n"},
	{"assert", "assert x\nassert y, 'msg'\n"},
	{"import", "import os\nimport os.path\nimport a.b.c as d\nimport x as y, z\n"},
	{"from_import", "from os import path, sep as s\nfrom . import m\nfrom ..p import q\nfrom x import *\n"},
	{"global_nonlocal", "def f():\n    global g\n    g = 1\n    def h():\n        nonlocal x\n        x = 2\n    x = 3\n"},
	{"def", "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n"},
	{"def_posonly", "def f(a, b, /, c, *, d):\n    pass\n"},
	{"def_docstring", "def f():\n    '''doc'''\n"},
	{"def_annotations", "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None:\n    pass\n"},
	{"decorators", "@a\n@b.c(1)\ndef f():\n    pass\n"},
	{"return_forms", "def f(a):\n    if a:\n        return\n    if a > 1:\n        return 1\n    return a + 1\n"},
	{"return_multiline", "def f():\n    return (\n        1)\n"},
	{"closure", "def f():\n    x = 1\n    def g():\n        return x\n    return g\n"},
	{"cells_params", "def g(z, a):\n    y = 0; b = 1\n    def inner(): return a, z, b, y\n    return inner\n"},
	{"lambda", "f = lambda x, y=2: x + y\ng = lambda: (yield)\n"},
	{"class", "class A:\n    x = 1\n    def f(self):\n        return self.x\n"},
	{"class_doc", "class A(B, metaclass=M):\n    'doc'\n    y: int = 2\n"},
	{"class_super", "class A(B):\n    def f(self):\n        return super().f()\n"},
	{"class_qualname", "def f():\n    class C:\n        def __m(self): pass\n        x = [i for i in y]\n    return C\n"},
	{"class_decorated", "@dec\nclass A:\n    pass\n"},
	{"global_def", "def f():\n    global g\n    def g(): pass\n"},
	{"mangling", "class A:\n    __x = 1\n    def f(self, __y):\n        return self.__x + __y\n"},
	{"try_except", "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (TypeError, KeyError):\n    c()\nexcept:\n    d()\nelse:\n    f()\n"},
	{"try_finally", "try:\n    a()\nfinally:\n    b()\n"},
	{"try_all", "def f():\n    try:\n        a()\n    except ValueError as e:\n        b(e)\n    else:\n        d()\n    finally:\n        z()\n"},
	{"try_return_finally", "def f():\n    try:\n        return g(x)\n    finally:\n        h()\n"},
	{"try_break_finally", "for i in x:\n    try:\n        break\n    finally:\n        f()\n"},
	{"try_empty_body", "try:\n    pass\nexcept E:\n    pass\n"},
	{"handler_return", "def f():\n    try:\n        pass\n    except E as e:\n        return e\n"},
	{"try_star", "try:\n    a()\nexcept* ValueError as e:\n    b(e)\nexcept* TypeError:\n    c()\n"},
	{"try_star_finally", "try:\n    a()\nexcept* ValueError:\n    b()\nelse:\n    c()\nfinally:\n    d()\n"},
	{"with", "with a:\n    pass\n"},
	{"with_as", "with a as b, c as (d, e):\n    f(b)\n"},
	{"with_return", "def f():\n    with a as b:\n        return b\n"},
	{"async_def", "async def f():\n    await g()\n    async with a as b:\n        pass\n    async for x in y:\n        print(x)\n"},
	{"async_for_else", "async def f():\n    async for x in y:\n        break\n    else:\n        z()\n"},
	{"generator", "def g():\n    yield 1\n    x = yield\n    yield from y\n"},
	{"async_gen", "async def g():\n    yield 1\n"},
	{"future_annotations", "from __future__ import annotations\ndef f(a: int, b: list[str] = []) -> dict[str, int]:\n    x: a.b = 1\nclass C:\n    y: lambda x, *, y=2: x if y else -x\n"},
	{"interactive_like_expr_stmt", "f(x)\n"},
	{"match_basic", "match x:\n    case 1:\n        a()\n    case 'two' | 'three':\n        b()\n    case None:\n        c()\n    case _:\n        d()\n"},
	{"match_seq", "match x:\n    case [a, b]:\n        pass\n    case [a, *rest]:\n        pass\n    case [_, *_, last]:\n        pass\n    case (1, 2, *_):\n        pass\n"},
	{"match_map", "match x:\n    case {'a': 1, 'b': y}:\n        pass\n    case {'k': v, **rest}:\n        pass\n    case {}:\n        pass\n"},
	{"match_class", "match p:\n    case Point(x=0, y=0):\n        pass\n    case Point(a, b) if a > b:\n        pass\n    case Point(x=x) as q:\n        pass\n    case str() | bytes():\n        pass\n"},
	{"match_or_capture", "match x:\n    case [a, b] | (b, a):\n        pass\n    case y:\n        pass\n"},
	{"match_in_func", "def f(x):\n    match x:\n        case {'a': [1, *others]}:\n            return others\n        case _ if x:\n            return 0\n"},
	{"match_annotations", "match x:\n    case 1:\n        y: int = 2\n"},
	{"del_fast", "def f():\n    x = 1\n    del x\n"},
	{"name_ops_class", "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C\n"},
	{"class_free_name", "class A:\n    def f(self): return g\n    def g(self): pass\n"},
	{"return_in_finally", "def f():\n    try:\n        return 1\n    finally:\n        return 2\n"},
	{"nested_finally_return", "def f():\n    try:\n        try:\n            return g()\n        finally:\n            a()\n    finally:\n        b()\n"},
	{"break_in_except", "for x in y:\n    try:\n        f()\n    except E as e:\n        break\n    except:\n        continue\n"},
	{"continue_in_with", "for x in y:\n    with a:\n        continue\n"},
	{"return_in_with_in_for", "def f():\n    for x in y:\n        with a as b:\n            return x\n"},
	{"async_with_return", "async def f():\n    async with a:\n        return 1\n"},
	{"async_for_return", "async def f():\n    async for x in y:\n        return x\n"},
	{"return_in_except_finally", "def f():\n    try:\n        pass\n    except:\n        return 1\n    finally:\n        g()\n"},
	{"return_in_handler_named", "def f():\n    try:\n        pass\n    except E as e:\n        try:\n            return e\n        finally:\n            h()\n"},
	{"finally_break_else", "for x in y:\n    try:\n        pass\n    finally:\n        if x:\n            break\nelse:\n    z()\n"},
	{"while_else_break", "while a:\n    if b:\n        break\n    c()\nelse:\n    d()\ne()\n"},
	{"while_complex_test", "while a and not b or c:\n    pass\n"},
	{"while_false", "while 0:\n    x()\ny()\n"},
	{"if_const", "if 1:\n    a()\nelse:\n    b()\nif 0:\n    c()\n"},
	{"for_tuple_target", "for a, (b, *c) in d:\n    pass\n"},
	{"for_attr_target", "for self.x in y:\n    pass\nfor a[i] in z:\n    pass\n"},
	{"class_cell_and_free", "def f():\n    y = 1\n    class C:\n        def m(self):\n            return __class__, y\n    return C\n"},
	{"class_in_class", "class A:\n    class B:\n        def f(self): pass\n    def g(self):\n        class C: pass\n"},
	{"lambda_in_class", "class A:\n    f = lambda self: self\n    g = [lambda: i for i in range(3)]\n"},
	{"comp_in_lambda", "f = lambda x: [y for y in x]\n"},
	{"global_class_in_func", "def f():\n    global C\n    class C:\n        pass\n"},
	{"nonlocal_def", "def f():\n    g = 1\n    def h():\n        nonlocal g\n        def g(): pass\n    return h\n"},
	{"decorated_method", "class A:\n    @property\n    def x(self):\n        return 1\n    @x.setter\n    def x(self, v):\n        pass\n"},
	{"multiline_decorator", "@dec(\n    1,\n    2)\ndef f(): pass\n"},
	{"kwonly_defaults_mangled", "class A:\n    def f(self, *, __a=1, b=2):\n        pass\n"},
	{"annotations_class_mangled", "class A:\n    __x: int\n    y: 'str' = 'a'\n    z.w: int\n"},
	{"annotations_in_func", "def f():\n    x: int = 1\n    y: str\n    z.a: int\n    w[0]: int\n"},
	{"import_in_class", "class A:\n    import __x\n    import __y.z as __w\n    from . import __v\n"},
	{"import_star_func", "from m import *\ndef f(): return x\n"},
	{"del_global_deref", "def f():\n    global g\n    del g\n    x = 1\n    def h(): return x\n    del x\n"},
	{"augassign_global_cell", "def f():\n    global g\n    g += 1\n    c = 0\n    def h():\n        nonlocal c\n        c += 1\n    return h\n"},
	{"starred_annotation", "def f(*args: *Ts): pass\n"},
	{"future_annotations_exprs", "from __future__ import annotations\nx: (a, b) = 1\ny: a[1:2, ::3] = 2\nz: f'{a!r:>{w}}' = 3\nv: -a ** -b\nu: (not a) + (await b if c else d)\nt: {**a, 'b': [*c]} = 4\ns: a if b else lambda: c\nr: 1e400 + 1j\nq: (yield)\np: 'it''s'\no: a < b <= c is not d\n"},
	{"future_annotations_more", "from __future__ import annotations\ndef f(a: (x := 1), b: {x for x in y}, c: (i async for i in j)) -> a.b[c](d, *e, f=g, **h): pass\n"},
	{"docstring_only_module", "'doc'\n"},
	{"docstring_class_func_nested", "class A:\n    'a'\n    def f(self):\n        'f'\n        return 1\n"},
	{"fake_docstring", "def f():\n    f'x'\n    return 1\ndef g():\n    b'x'\n"},
	{"raise_in_loop", "for x in y:\n    raise E from x\n"},
	{"assert_complex", "assert a and b, f'{c}'\nassert not x\n"},
	{"try_except_else_return", "def f():\n    try:\n        x = g()\n    except E:\n        return 1\n    else:\n        return x\n"},
	{"try_star_named_reraise", "try:\n    pass\nexcept* (A, B) as e:\n    raise\n"},
	{"with_nested_tuple", "with (a as b, c):\n    pass\n"},
	{"with_in_finally", "try:\n    pass\nfinally:\n    with a:\n        pass\n"},
	{"match_complex", "match x:\n    case {'a': [1, 2, *rest], **kw} if rest:\n        pass\n    case Point(1, y=[a, b] | (a, b)):\n        pass\n    case -1 | 1.5 | 2j | 'a' 'b' | b'x' | None | True:\n        pass\n    case [a, [b, c], *_]:\n        pass\n    case a.b.c:\n        pass\n    case (x as y) as z:\n        pass\n"},
	{"match_or_reorder", "match x:\n    case [a, b, c] | [c, a, b] | [b, c, a]:\n        pass\n"},
	{"match_star_middle", "match x:\n    case [a, *_, b]:\n        pass\n    case [*_, b]:\n        pass\n    case [a, *r, b]:\n        pass\n"},
	{"match_default_guard", "match x:\n    case 1:\n        pass\n    case _ if y:\n        pass\n"},
	{"match_only_default", "match x:\n    case _:\n        y()\n"},
	{"match_in_loop_break", "for x in y:\n    match x:\n        case 1:\n            break\n        case 2:\n            continue\n"},
	{"match_mapping_rest_only", "match x:\n    case {**rest}:\n        pass\n"},
	{"match_class_kw_only", "match x:\n    case C(a=_, b=B()):\n        pass\n"},
	{"frozenset_intern_identifiers", "def f(name):\n    if name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}:\n        return _sha3.sha3_224\n"},
	{"frozenset_intern_literal_first", "x = 'sha3_224'\ndef f(name):\n    return name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}\n"},
	{"frozenset_intern_plain", "def f(name):\n    return name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}\n"},
	{"frozenset_intern_startup", "def f(decltype):\n    return decltype in {'attlist', 'linktype', 'link', 'element'}\n"},
	{"frozenset_merge_first", "a = x in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}\nb = x in {'sha3_512', 'sha3_384', 'sha3_256', 'sha3_224'}\n"},
	{"frozenset_kw_names", "f(sha3_224=1)\ndef g(name):\n    return name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}\n"},
	{"frozenset_of_tuples", "def f():\n    return {('', 'FrozenImporter'), ('=on', 'FrozenImporter'), ('=off', 'SourceFileLoader'), ('=', 'FrozenImporter')}\ndef g(items):\n    return items != {(1, 10), ('a', 'ABC'), 'junk'}\n"},
	{"nan_constants", "a = 1e300 * 1e300 * 0\nb = -1e300 * 1e300 * 0\nc = 1e300 * 1e300 * 0\nd = (1e300 * 1e300 * 0, 1)\n"},
	{"deep_unwind_return", "def f():\n    for a in b:\n        with c:\n            try:\n                while d:\n                    try:\n                        return e\n                    except E as err:\n                        pass\n            finally:\n                g()\n"},
}

func TestCodegen(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	dir := t.TempDir()
	var paths, names []string
	for _, tc := range codegenCases {
		p := filepath.Join(dir, tc.name+".py")
		if err := os.WriteFile(p, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		names = append(names, tc.name)
	}
	runCodegenCases(t, names, paths, true)
}

// TestCodegenCorpus compiles every program of the repository's testdata
// corpus.
func TestCodegenCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus takes a minute; skipped with -short")
	}
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	paths, err := filepath.Glob("../../testdata/*.py")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Skip("no testdata corpus")
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	runCodegenCases(t, names, paths, true)
}

// runCodegenCases compiles each program twice, from CPython's AST and from
// source with quicken's parser, and compares both results with CPython's
// code object. Mismatches are errors when strict; pass counts are logged.
func runCodegenCases(t *testing.T, names, paths []string, strict bool) {
	mods, _ := parseWithCPython(t, "exec", paths)
	pass, passSrc, total := 0, 0, 0
	var failed, failedSrc []string
	for i, path := range paths {
		if mods[i] == nil {
			continue // not valid Python: the syntax error tests' business
		}
		want, err := oracle.CodeObject(path)
		if err != nil {
			continue // CPython rejects it at compile time
		}
		total++
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		diff := compileAndCompare(mods[i], src, path, want)
		if diff == "" {
			pass++
		} else {
			failed = append(failed, names[i])
			if strict {
				t.Errorf("%s:\n%s", names[i], diff)
			}
		}
		diff = compileSourceAndCompare(src, path, want)
		if diff == "" {
			passSrc++
		} else {
			failedSrc = append(failedSrc, names[i])
			if strict {
				t.Errorf("%s (from source):\n%s", names[i], diff)
			}
		}
	}
	t.Logf("codegen: %d/%d programs match CPython 3.11 (from CPython's AST)", pass, total)
	t.Logf("compile: %d/%d programs match CPython 3.11 (from source, quicken's parser)", passSrc, total)
	if len(failed) > 0 {
		t.Logf("mismatches: %s", strings.Join(failed, " "))
	}
	if len(failedSrc) > 0 {
		t.Logf("mismatches from source: %s", strings.Join(failedSrc, " "))
	}
}

// compileSourceAndCompare is compileAndCompare for Compile on source.
func compileSourceAndCompare(src []byte, path string, want *bytecode.Code) (diff string) {
	defer func() {
		if r := recover(); r != nil {
			diff = fmt.Sprintf("panic: %v", r)
		}
	}()
	got, err := Compile(src, path)
	if err != nil {
		return fmt.Sprintf("compile error: %v", err)
	}
	if d := compareCode(want, got, ""); d != "" {
		return d + "\n" + disDiff(want, got)
	}
	return ""
}

// compileAndCompare compiles mod and returns "" if the result equals want,
// else a description of the first difference.
func compileAndCompare(mod syntax.Mod, src []byte, path string, want *bytecode.Code) (diff string) {
	defer func() {
		if r := recover(); r != nil {
			diff = fmt.Sprintf("panic: %v", r)
		}
	}()
	got, err := compileMod(mod, src, path, 0)
	if err != nil {
		return fmt.Sprintf("compile error: %v", err)
	}
	if d := compareCode(want, got, ""); d != "" {
		return d + "\n" + disDiff(want, got)
	}
	return ""
}

// disDiff shows the two disassemblies side by side as a line diff.
func disDiff(want, got *bytecode.Code) string {
	var w, g bytes.Buffer
	bytecode.Dis(&w, want, bytecode.DisOptions{})
	bytecode.Dis(&g, got, bytecode.DisOptions{})
	return oracle.Diff("cpython", w.String(), "quicken", g.String(), 3, 60)
}

// compareCode compares two code objects and their nested code objects
// field by field.
func compareCode(want, got *bytecode.Code, where string) string {
	where += "/" + want.QualName
	type field struct {
		name      string
		want, got any
	}
	fields := []field{
		{"co_name", want.Name, got.Name},
		{"co_qualname", want.QualName, got.QualName},
		{"co_firstlineno", want.FirstLineNo, got.FirstLineNo},
		{"co_argcount", want.ArgCount, got.ArgCount},
		{"co_posonlyargcount", want.PosOnlyArgCount, got.PosOnlyArgCount},
		{"co_kwonlyargcount", want.KwOnlyArgCount, got.KwOnlyArgCount},
		{"co_flags", fmt.Sprintf("%#x", want.Flags), fmt.Sprintf("%#x", got.Flags)},
		{"co_names", want.Names, got.Names},
		{"co_localsplusnames", want.LocalsPlusNames, got.LocalsPlusNames},
		{"co_localspluskinds", want.LocalsPlusKinds, got.LocalsPlusKinds},
		{"co_consts", constReprs(want), constReprs(got)},
		{"co_code", want.Units, got.Units},
		{"co_stacksize", want.StackSize, got.StackSize},
		{"co_linetable", fmt.Sprintf("% x", want.LineTable), fmt.Sprintf("% x", got.LineTable)},
		{"co_exceptiontable", fmt.Sprintf("% x", want.ExceptionTable), fmt.Sprintf("% x", got.ExceptionTable)},
	}
	for _, f := range fields {
		if !reflect.DeepEqual(f.want, f.got) && !(isEmpty(f.want) && isEmpty(f.got)) {
			return fmt.Sprintf("%s: %s differs:\n  cpython: %v\n  quicken: %v", where, f.name, f.want, f.got)
		}
	}
	for i, k := range want.Consts {
		if wc, ok := k.(*bytecode.Code); ok {
			gc, ok := got.Consts[i].(*bytecode.Code)
			if !ok {
				return fmt.Sprintf("%s: co_consts[%d] is not a code object", where, i)
			}
			if d := compareCode(wc, gc, where); d != "" {
				return d
			}
		}
	}
	return ""
}

func isEmpty(v any) bool {
	r := reflect.ValueOf(v)
	return (r.Kind() == reflect.Slice || r.Kind() == reflect.String) && r.Len() == 0
}

// constReprs lists the constants' reprs, code objects by name (their
// addresses are compared through the dis output).
func constReprs(c *bytecode.Code) []string {
	out := make([]string, len(c.Consts))
	for i, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			out[i] = "<code " + cc.QualName + ">"
			continue
		}
		out[i] = k.TypeName() + ":" + k.Repr()
	}
	return out
}

// codegenErrorCases are programs CPython's parser accepts and its compiler
// rejects.
var codegenErrorCases = []string{
	"return 1",
	"x = 1\r\nif x:\r\n    return\r\n",
	"x = 1\rbreak\r",
	"x = 'é'; return 5\n",
	"x = 1\nif x:\n    return",
	"break",
	"continue",
	"def f():\n    break",
	"for x in y:\n    def f():\n        continue",
	"while x:\n    try:\n        pass\n    finally:\n        class C:\n            break",
	"await x",
	"yield 1",
	"class A:\n    yield 1",
	"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
	"async with a:\n    pass",
	"def f():\n    async with a: pass",
	"def f():\n    async for a in b: pass",
	"x = 1\nfrom __future__ import annotations",
	"try:\n    pass\nexcept* E:\n    break",
	"for x in y:\n    try:\n        pass\n    except* E:\n        continue",
	"def f():\n    try:\n        pass\n    except* E:\n        return 1",
	"__debug__ = 1",
	"del __debug__",
	"def f(__debug__): pass",
	"lambda __debug__: 1",
	"x: int = (__debug__ := 1)",
	"match x:\n    case y:\n        pass\n    case 1:\n        pass",
	"match x:\n    case _:\n        pass\n    case 1:\n        pass",
	"match x:\n    case [a, a]:\n        pass",
	"match x:\n    case {'a': 1, 'a': 2}:\n        pass",
	"match x:\n    case {1: a, 1.0: b}:\n        pass",
	"match x:\n    case C(a=1, a=2):\n        pass",
	"match x:\n    case a | b:\n        pass",
	"match x:\n    case [a] | [b]:\n        pass",
	"match x:\n    case [*a, *b]:\n        pass",
	"match x:\n    case __debug__:\n        pass",
	"async def f():\n    yield from x",
	"async def f():\n    yield 1\n    return 2",
	"f(a=1, a=2)",
	nestedLoops(21),
	nestedLoops(20),
}

// nestedLoops returns n nested while loops around a pass.
func nestedLoops(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "while x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

func TestCodegenErrors(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	dir := t.TempDir()
	paths := make([]string, len(codegenErrorCases))
	for i, src := range codegenErrorCases {
		paths[i] = filepath.Join(dir, fmt.Sprintf("err%02d.py", i))
		if err := os.WriteFile(paths[i], []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mods, errs := parseWithCPython(t, "exec", paths)
	for i, src := range codegenErrorCases {
		if mods[i] == nil {
			t.Errorf("%q: CPython's parser rejects it", src)
			continue
		}
		got := ""
		if _, err := compileMod(mods[i], []byte(src), paths[i], 0); err != nil {
			got = syntaxErrorText(err)
		}
		if got != errs[i] {
			t.Errorf("%q:\n got %s\nwant %s", src, got, errs[i])
		}
	}
}

// TestCodegenLibrary compiles the Python files of a directory (say
// CPython's own /usr/lib/python3.11) when $QUICKEN_CODEGEN_LIB names it:
// a large body of real code, too slow for every run.
func TestCodegenLibrary(t *testing.T) {
	dir := os.Getenv("QUICKEN_CODEGEN_LIB")
	if dir == "" {
		t.Skip("set QUICKEN_CODEGEN_LIB to a directory of .py files to run")
	}
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	runCodegenCases(t, names, paths, os.Getenv("QUICKEN_CODEGEN_LIB_STRICT") != "")
}

// modeScript runs internal/oracle's code-object dumper with compile() in
// another mode: python3 -c modeScript MODE CODEOBJ_PY PATH.
const modeScript = `
import builtins, sys
mode, script, path = sys.argv[1:4]
_compile = builtins.compile
builtins.compile = lambda src, name, _mode, *a, **k: _compile(src, name, mode, *a, **k)
sys.argv = [script, path]
exec(_compile(open(script).read(), script, "exec"), {"__name__": "__main__"})
`

// codegenModeCases are programs compiled in eval or single mode.
var codegenModeCases = []struct{ mode, src string }{
	{"eval", "1"},
	{"eval", "a + b * c"},
	{"eval", "[x for x in y if x]"},
	{"eval", "lambda: 0"},
	{"eval", "f(x) if y else None"},
	{"single", "x = 1"},
	{"single", "x"},
	{"single", "f(x)\n"},
	{"single", "if x:\n    y\n"},
	{"single", "for i in x: i\n"},
	{"single", "def f():\n    x\n"},
	{"single", "x: int = 1\n"},
	{"single", "1; 2; 'a'\n"},
}

func TestCodegenModes(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	dir := t.TempDir()
	for i, tc := range codegenModeCases {
		path := filepath.Join(dir, fmt.Sprintf("%s%02d.py", tc.mode, i))
		if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := oracle.Command("-c", modeScript, tc.mode, "../../internal/oracle/codeobj.py", path).Output()
		if err != nil {
			t.Fatalf("%s %q: oracle: %v", tc.mode, tc.src, err)
		}
		objs, err := oracle.DecodeCodeObjects(out, path)
		if err != nil {
			t.Fatalf("%s %q: %v", tc.mode, tc.src, err)
		}
		mods, _ := parseWithCPython(t, tc.mode, []string{path})
		if mods[0] == nil {
			t.Fatalf("%s %q: CPython cannot parse it", tc.mode, tc.src)
		}
		if diff := compileAndCompare(mods[0], []byte(tc.src), path, objs.Module); diff != "" {
			t.Errorf("%s %q:\n%s", tc.mode, tc.src, diff)
		}
	}
}

// pyRepr is Python's repr of a str (the cases these tests need).
func pyRepr(s string) string {
	return constant.Str(s).Repr()
}

// TestCompileContexts checks the order of frozenset constants, which
// depends on the strings the interpreter has interned, in both contexts:
// `python3 -m dis FILE` (the dis output) and `python3 FILE` (the program
// prints the constants of its own code).
func TestCompileContexts(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	const program = `def f(x):
    return x in {'gettext', 'ngettext', 'npgettext', 'pgettext'}
def g(x):
    return x in {'attlist', 'linktype', 'link', 'element'}
def h(x):
    return x in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}
def k(x):
    return x in {'A', 'C', 'B', 'D', 'G', 'F', 'I', 'H', 'K'}
def m(g, u, z):
    return g in {'g', 'u', 'z', 'A', 'P', 'Q', 'Z', 'R', 'K'}
try:
    from os import a, b
except ImportError:
    pass
def n(x):
    return x in {'a', 'b', 'Z', 'W', 'A', 'P', 'I', 'Q', 'O'}
def frozensets(co, out):
    for k in co.co_consts:
        if type(k) is frozenset:
            out.append(repr(k))
        elif hasattr(k, 'co_consts'):
            frozensets(k, out)
    return out
print('\n'.join(sum((frozensets(fn.__code__, []) for fn in (f, g, h, k, m, n)), [])))
`
	path := filepath.Join(t.TempDir(), "sets.py")
	if err := os.WriteFile(path, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	ours := func(ctx Context) string {
		co, err := CompileWith([]byte(program), path, Options{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		var walk func(*bytecode.Code)
		walk = func(c *bytecode.Code) {
			for _, k := range c.Consts {
				switch k := k.(type) {
				case constant.FrozenSet:
					out = append(out, k.Repr())
				case *bytecode.Code:
					walk(k)
				}
			}
		}
		walk(co)
		return strings.Join(out, "\n")
	}

	run, err := oracle.Command(path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ours(ContextRun), strings.TrimSpace(string(run)); got != want {
		t.Errorf("python3 FILE:\n got %s\nwant %s", got, want)
	}

	// The real command: its imports (argparse brings gettext) intern
	// strings that an in-process dis.dis does not.
	dis, err := oracle.Command("-m", "dis", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, line := range strings.Split(string(dis), "\n") {
		if i := strings.Index(line, "(frozenset("); i >= 0 {
			want = append(want, strings.TrimSuffix(line[i+1:], ")"))
		}
	}
	if got := ours(ContextDis); got != strings.Join(want, "\n") {
		t.Errorf("python3 -m dis FILE:\n got %s\nwant %s", got, strings.Join(want, "\n"))
	}
}

// warnScript prints the warnings compile() issues for the file.
const warnScript = `
import sys, warnings
with open(sys.argv[1], "rb") as f:
    src = f.read()
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    compile(src, sys.argv[1], "exec")
for w in ws:
    print("%s:%d: %s: %s" % (w.filename, w.lineno, w.category.__name__, w.message))
`

func TestCompileWarnings(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	for _, src := range []string{
		"assert (x, 'msg')\n",
		"assert (1, 2)\nassert ()\nassert x, (1,)\n",
		"def f():\n    assert (a,)\n    assert (a,)\n",
		"assert x\n",
	} {
		path := filepath.Join(t.TempDir(), "w.py")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := oracle.Command("-c", warnScript, path).Output()
		if err != nil {
			t.Fatal(err)
		}
		_, ws, err := CompileWarnings([]byte(src), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, w := range ws {
			fmt.Fprintf(&got, "%s:%d: %s: %s\n", w.Filename, w.Lineno, w.Category, w.Msg)
		}
		if got.String() != string(out) {
			t.Errorf("%q:\n got %s\nwant %s", src, got.String(), out)
		}
	}
}
