package compiler

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// exprDescribeScript prints, for the code object CPython 3.11 compiles
// from a source and every code object nested in it, the facts the
// expression code generator decides: disassembly, constants, names,
// locals, flags, stack size, location table and exception table. A
// SyntaxError prints its message and position instead. It reads a JSON
// list of sources and writes a JSON list of {"ast", "describe"}, one
// python3 run for all cases.
const exprDescribeScript = `
import dis, re

def crepr(k):
    if hasattr(k, 'co_code'):
        return 'code ' + k.co_qualname
    return repr(k)

def describe_code(co, out):
    out.append('== %s flags=%#x stacksize=%d args=%d/%d/%d' % (co.co_qualname, co.co_flags, co.co_stacksize, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
    out.append('consts: ' + ', '.join(crepr(k) for k in co.co_consts))
    out.append('names: ' + ' '.join(co.co_names))
    out.append('varnames: ' + ' '.join(co.co_varnames))
    out.append('cellvars: ' + ' '.join(co.co_cellvars))
    out.append('freevars: ' + ' '.join(co.co_freevars))
    out.append('linetable: ' + co.co_linetable.hex())
    out.append('exceptiontable: ' + co.co_exceptiontable.hex())
    out.append(re.sub(r' at 0x[0-9a-f]+', ' at 0xADDR', dis.Bytecode(co).dis()).rstrip('\n'))
    for k in co.co_consts:
        if hasattr(k, 'co_code'):
            describe_code(k, out)

def describe(src):
    try:
        co = compile(src, '<s>', 'exec')
    except SyntaxError as e:
        return 'SyntaxError: %s (%s, %s, %s, %s)' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    out = []
    describe_code(co, out)
    return '\n'.join(out)

results = []
for src in json.load(sys.stdin):
    try:
        tree = dump(src)
    except SyntaxError:
        tree = None
    results.append({'ast': tree, 'describe': describe(src)})
json.dump(results, sys.stdout)
`

// exprOracleResult is CPython's answer for one source.
type exprOracleResult struct {
	AST      json.RawMessage `json:"ast"`
	Describe string          `json:"describe"`
}

// exprOracle asks python3 for the AST and the description of each source.
func exprOracle(srcs []string) ([]exprOracleResult, error) {
	in, err := json.Marshal(srcs)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("python3", "-c", exprASTScript+exprDescribeScript)
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("python3: %v\n%s", err, ee.Stderr)
		}
		return nil, err
	}
	var res []exprOracleResult
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, err
	}
	if len(res) != len(srcs) {
		return nil, fmt.Errorf("python3 answered %d of %d sources", len(res), len(srcs))
	}
	return res, nil
}

var exprCodeAddr = regexp.MustCompile(` at 0x[0-9a-f]+`)

func exprConstRepr(k constant.Value) string {
	if co, ok := k.(*bytecode.Code); ok {
		return "code " + co.QualName
	}
	return k.Repr()
}

func exprDescribe(co *bytecode.Code, out *[]string) {
	*out = append(*out, fmt.Sprintf("== %s flags=%#x stacksize=%d args=%d/%d/%d", co.QualName, co.Flags, co.StackSize, co.ArgCount, co.PosOnlyArgCount, co.KwOnlyArgCount))
	var ks []string
	for _, k := range co.Consts {
		ks = append(ks, exprConstRepr(k))
	}
	*out = append(*out, "consts: "+strings.Join(ks, ", "))
	*out = append(*out, "names: "+strings.Join(co.Names, " "))
	*out = append(*out, "varnames: "+strings.Join(co.VarNames(), " "))
	*out = append(*out, "cellvars: "+strings.Join(co.CellVars(), " "))
	*out = append(*out, "freevars: "+strings.Join(co.FreeVars(), " "))
	*out = append(*out, fmt.Sprintf("linetable: %x", co.LineTable))
	*out = append(*out, fmt.Sprintf("exceptiontable: %x", co.ExceptionTable))
	var b strings.Builder
	bytecode.Disassemble(&b, co, bytecode.DisOptions{})
	*out = append(*out, strings.TrimRight(exprCodeAddr.ReplaceAllString(b.String(), " at 0xADDR"), "\n"))
	for _, k := range co.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			exprDescribe(cc, out)
		}
	}
}

// exprCompile compiles a module given as CPython's AST with quicken's
// code generator and describes the result as exprDescribeScript does.
func exprCompile(src string, tree json.RawMessage) (string, error) {
	mod, err := exprDecodeModule(tree)
	if err != nil {
		return "", err
	}
	return exprDescribeResult(compileMod(mod, []byte(src), "<s>", 0))
}

// exprCompileSource compiles src with quicken's own parser and describes
// the result as exprDescribeScript does.
func exprCompileSource(src string) (string, error) {
	co, err := Compile([]byte(src), "<s>")
	return exprDescribeResult(co, err)
}

func exprDescribeResult(co *bytecode.Code, err error) (string, error) {
	if err != nil {
		var e *syntax.Error
		if errors.As(err, &e) {
			return fmt.Sprintf("SyntaxError: %s (%d, %d, %d, %d)", e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset), nil
		}
		return "", err
	}
	var out []string
	exprDescribe(co, &out)
	return strings.Join(out, "\n"), nil
}

func exprNeedPython(t *testing.T) {
	t.Helper()
	out, err := exec.Command("python3", "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "Python 3.11") {
		t.Skipf("python3 is not CPython 3.11 (%q, %v): no oracle", strings.TrimSpace(string(out)), err)
	}
}

// exprCodegenCases has one snippet per expression form and context.
var exprCodegenCases = []struct{ name, src string }{
	// Names, constants, operators.
	{"name_load_store_del", "a = b\ndel a\n"},
	{"constant", "x = 1.5\ny = 'é'\nz = b'\\x00'\nw = ...\nv = (1, 'a', None)\n"},
	{"binop_all", "x = a + b - c * d / e // f % g ** h << i >> j | k & l ^ m @ n\n"},
	{"unaryop", "x = -a\ny = +a\nz = ~a\nw = not a\n"},
	{"named_expr", "if (n := len(a)) > 10:\n    print(n)\n"},
	{"named_expr_func", "def f(a):\n    return [y := a, y**2]\n"},
	// Boolean operators and comparisons.
	{"boolop_value", "x = a and b\ny = a or b or c\nz = a and (b or c)\n"},
	{"compare_single", "x = a < b\ny = a is b\nz = a is not b\nw = a in b\nv = a not in b\nu = a == b\nt = a != b\ns = a >= b\nr = a <= b\nq = a > b\n"},
	{"compare_chain_value", "x = a < b < c\ny = a < b <= c == d\n"},
	{"ifexp", "x = a if b else c\n"},
	{"ifexp_nested", "x = a if b else c if d else e\n"},
	// Conditions (jumpIf).
	{"jumpif_not", "if not a:\n    x = 1\n"},
	{"jumpif_and_or", "if a and b or c:\n    x = 1\n"},
	{"jumpif_not_or", "if not (a or b):\n    x = 1\nelse:\n    x = 2\n"},
	{"jumpif_ifexp", "if (a if b else c):\n    x = 1\n"},
	{"jumpif_chain", "if a < b < c:\n    x = 1\n"},
	{"jumpif_chain_not", "if not a < b < c:\n    x = 1\n"},
	{"jumpif_compare_and", "if a < b and c:\n    x = 1\n"},
	{"jumpif_is_none", "def f(a):\n    if a is None:\n        return 1\n    if a is not None:\n        return 2\n"},
	{"while_cond", "while a < b and c:\n    a += 1\n"},
	// Attributes.
	{"attribute", "x = a.b\na.b = x\ndel a.b\n"},
	{"attribute_multiline", "x = (a\n     .b)\n(a\n .b) = 1\n"},
	{"attribute_augassign", "a.b += 1\n"},
	// Subscripts and slices.
	{"subscript", "x = a[1]\na[i] = x\ndel a[i]\n"},
	{"slices", "x = a[1:2]\ny = a[:2]\nz = a[1:]\nw = a[::2]\nv = a[1:2:3]\na[1:2] = s\ndel a[:]\n"},
	{"ext_slice", "x = a[1:2, 3]\ny = a[i, j]\n"},
	// Displays.
	{"list_display", "x = [1, 2]\ny = [1, 2, 3]\nz = [a, b]\nw = []\n"},
	{"tuple_display", "x = (a, 1, 2)\ny = ()\nz = (a,)\n"},
	{"set_display", "x = {1, 2}\ny = {1, 2, 3}\nz = {a, b, c}\n"},
	{"set_display_str", "x = {'a', 'b', 'c'}\n"},
	{"starred_displays", "x = [*a, 1, *b]\ny = (*a, b)\nz = {*a, b}\nw = [a, *b]\n"},
	{"big_list", "x = [" + strings.Repeat("a, ", 31) + "]\n"},
	{"big_tuple", "x = (" + strings.Repeat("a, ", 31) + ")\n"},
	{"big_set", "x = {" + strings.Repeat("a, ", 31) + "}\n"},
	{"dict_display", "x = {'k': a, 'j': b}\ny = {a: 1}\nz = {}\nw = {a: 1, b: 2}\n"},
	{"dict_unpack", "x = {**a, 'k': 1, **b}\ny = {**a}\nz = {'a': 1, **b, 'c': 2, 'd': 3}\n"},
	{"dict_big", "x = {" + exprDictItems(17) + "}\n"},
	{"dict_big_const", "x = {" + exprDictConstKeys(16) + "}\n"},
	{"dict_big_unpack", "x = {" + exprDictConstKeys(17) + ", **y}\n"},
	// Unpacking targets.
	{"unpack", "a, b = x\n[a, b] = x\na, (b, c) = x\n"},
	{"unpack_ex", "a, *b, c = x\n*a, b = x\na, *b = x\n[*a] = x\n"},
	{"unpack_swap", "a, b = b, a\na, b, c = c, b, a\n"},
	{"unpack_err_multi", "a, *b, *c = x\n"},
	{"unpack_big_before", "(" + strings.Repeat("a, ", 256) + "*b) = x\n"},
	{"unpack_err_too_many", "(" + strings.Repeat("a, ", 257) + "*b) = x\n"},
	{"del_tuple", "del a, (b, c), [d]\n"},
	{"starred_error", "print(*a)\nx = *a,\n"},
	// Calls.
	{"call_simple", "f()\nf(1, b=2)\nf(a, b, c=1, d=2)\n"},
	{"call_method", "o.m()\no.m(1, k=3)\na.b.c(d)\n"},
	{"call_star", "f(*a)\nf(*a, **k)\nf(1, *a, x=1, **k)\nf(**k)\nf(a, *b, c)\n"},
	{"call_kw_runs", "f(a=1, **k, b=2, c=3)\nf(**k, **j)\nf(a=1, b=2, **k)\n"},
	{"call_method_star", "o.m(*a)\no.m(**k)\n"},
	{"call_many_args", "f(" + strings.Repeat("a, ", 31) + ")\n"},
	{"call_many_kwargs", "f(" + exprKwargs(16) + ")\n"},
	{"call_method_many", "o.m(" + strings.Repeat("a, ", 29) + ")\no.m(" + strings.Repeat("a, ", 28) + ")\no.m(" + strings.Repeat("a, ", 27) + "k=1)\n"},
	{"call_import_base", "import os\nos.getcwd()\ndef f():\n    return os.path.join(a)\n"},
	{"call_import_local", "def f():\n    import os\n    return os.getcwd()\n"},
	{"call_global_in_func", "def f(x):\n    return g(x) + x.m(1)\n"},
	{"call_multiline_method", "x = (o\n     .m(1,\n        2))\n"},
	{"call_multiline", "x = f(\n    a,\n    b=1,\n)\n"},
	{"call_kw_repeated", "f(a=1, a=2)\n"},
	{"call_kw_debug", "f(__debug__=1)\n"},
	{"class_bases", "class A(B, C, metaclass=M, **kw):\n    pass\nclass D(*bases):\n    pass\n"},
	// f-strings.
	{"fstring", "x = f'{a}'\ny = f'a{b}c'\nz = f'{a!r:>{b}}'\nw = f'{a=}'\nv = f'{a!s}{b!a}'\nu = f'plain'\n"},
	{"fstring_spec", "x = f'{a:10}'\ny = f'{a:{b}.{c}}'\n"},
	{"fstring_big", "x = f'" + strings.Repeat("{a}-", 16) + "'\n"},
	// Comprehensions.
	{"listcomp", "x = [i for i in a]\n"},
	{"listcomp_if", "x = [i for i in a if i if not i]\n"},
	{"listcomp_nested", "x = [i + j for i in a for j in b if j]\n"},
	{"listcomp_fastpath", "x = [y for x in a for y in [f(x)]]\nz = [y for x in a for y in (x,)]\n"},
	{"listcomp_const_iter", "x = [i for i in [1, 2, 3]]\ny = [i for i in {1, 2, 3}]\n"},
	{"setcomp", "x = {i for i in a}\n"},
	{"dictcomp", "x = {k: v for k, v in a}\n"},
	{"genexp", "x = (i for i in a)\ny = sum(i for i in a)\n"},
	{"comp_closure", "def f(a, n):\n    return [i * n for i in a]\n"},
	{"comp_in_class", "class C:\n    x = [i for i in range(3)]\n    def m(self):\n        return {k: self for k in self}\n"},
	{"comp_multiline", "x = [\n    i\n    for i in a\n    if i\n]\n"},
	{"comp_walrus", "def f(a):\n    return [(y := i) for i in a], y\n"},
	{"async_comp", "async def f(a):\n    return [i async for i in a]\n"},
	{"async_comp_await", "async def f(a):\n    return [await i for i in a]\n"},
	{"async_genexp", "async def f(a):\n    return (i async for i in a)\n"},
	{"async_comp_nested", "async def f(a, b):\n    return [i for i in a async for j in b if j]\n"},
	{"async_comp_outside", "def f(a):\n    return [i async for i in a]\n"},
	// Generators and coroutines.
	{"yield", "def g():\n    yield\n    yield 1\n    x = yield a\n"},
	{"yield_from", "def g():\n    yield from a\n    x = yield from b\n"},
	{"await", "async def f():\n    await a\n    return await b\n"},
	{"async_gen", "async def g():\n    yield 1\n    await a\n"},
	{"yield_outside", "yield 1\n"},
	{"yield_from_outside", "x = yield from a\n"},
	{"await_outside", "await a\n"},
	{"await_not_async", "def f():\n    await a\n"},
	{"yield_from_async", "async def f():\n    yield from a\n"},
	{"yield_in_class", "class C:\n    yield 1\n"},
	// Lambda.
	{"lambda", "f = lambda x, y=1: x + y\ng = lambda: (yield)\n"},
	// Locations of mixed forms.
	{"nested_locations", "x = f(a.b[c], -d, e if g else h, [i, *j], {k: l})\n"},
	{"debug_store_attr", "a.__debug__ = 1\n"},
	{"global_names", "def f():\n    global g\n    g = a.b\n    del g\n    return [g, h]\n"},
	{"class_deref", "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n"},
	{"mangled_attrs", "class C:\n    def m(self):\n        self.__x = self.__y.__z()\n"},
	// Further shapes.
	{"subscript_starred", "x = a[*b]\ny = a[1, *b]\n"},
	{"subscript_ellipsis", "x = a[...]\na[::2] = x\n"},
	{"call_star_mixed", "f(*a, *b)\nf(*a, b, *c, d)\nf(a, *b, k=1, **c, j=2)\n"},
	{"del_forms", "del (a)\ndel [a, b]\ndel a.b, a[c], a[1:2]\n"},
	{"while_chain", "while a < b < c:\n    a += 1\n"},
	{"jumpif_ifexp_boolop", "if (a and b) if c else (d or not e):\n    x = 1\n"},
	{"jumpif_multiline", "if (a and\n        b.c or\n        d):\n    x = 1\n"},
	{"jumpif_const", "if a and True:\n    x = 1\nif None or b:\n    y = 1\n"},
	{"boolop_nested_value", "x = a or (b and c) or not d\n"},
	{"async_comp_in_sync_comp", "async def f(z):\n    return [[x async for x in y] for y in z]\n"},
	{"async_genexp_await", "async def f(a):\n    return (await i for i in a)\n"},
	{"await_in_fstring", "async def f(a):\n    return f'{await a}'\n"},
	{"unpack_nested_star", "a, *b, (c, *d) = x\n"},
	{"unpack_ex_extended", "a, *b, " + strings.Repeat("c, ", 1) + "= x\n(" + strings.Repeat("a, ", 255) + "*b, c) = x\n"},
	{"unicode_keyword", "f(été=1, ü=2)\n"},
	{"unicode_attr_multiline", "x = (a\n     .héllo)\nx = (a\n     .héllo())\n"},
	{"fstring_debug_spec", "x = f'{a=:>10}'\ny = f'{a=!s}'\nz = f'{a = }'\n"},
	{"fstring_concat", "x = f'a' 'b' f'{c}' 'd'\n"},
	{"fstring_big_spec", "x = f'{a:" + strings.Repeat("{b}", 31) + "}'\n"},
	{"big_const_list", "x = [" + strings.Repeat("1, ", 31) + "]\ny = {" + strings.Repeat("'a', ", 31) + "}\n"},
	{"class_many_bases", "class A(" + strings.Repeat("B, ", 29) + "):\n    pass\n"},
	{"method_super", "class A(B):\n    def m(self):\n        return super().m(1)\n"},
	{"import_name_shadowed", "import os\ndef f(os):\n    return os.getcwd()\n"},
	{"lambda_comp", "f = lambda a: [x for x in a]\ng = [lambda: x for x in a]\n"},
	{"walrus_comp", "def f(a):\n    return {(y := k): v for k, v in a}, y\n"},
	{"walrus_module_comp", "x = [y := i for i in a]\n"},
	{"not_in_fold", "x = not a in b\ny = not a is b\nif not a in b:\n    pass\n"},
	{"compare_in_list", "x = a in [b, c]\ny = a in {1, 2, 3}\nz = a in [1, 2]\n"},
	{"call_on_literal", "x = (1).bit_length()\ny = 'a'.join(b)\nz = [1, 2].count(1)\n"},
	{"chained_method_calls", "x = a.b(c).d(e=1).f()\n"},
	{"many_consts", "x = [" + exprManyConsts(300) + "]\n"},
	{"genexp_in_call_kw", "f(x for x in a)\nf(k=(x for x in a))\n"},
	{"nested_comprehensions", "x = [[j for j in i] for i in a]\ny = {i: {j for j in i} for i in a}\n"},
	{"comp_cell", "def f():\n    x = 1\n    return [lambda: x + i for i in a]\n"},
	{"dict_none_value", "x = {a: None, **b, None: c}\n"},
	{"slice_in_tuple_store", "a[1:2, 3] = x\n"},
	{"yield_expr_forms", "def g():\n    x = yield\n    y = (yield a), (yield b)\n    await_ = yield from g()\n    return (yield)\n"},
	{"starred_store_error", "*a = x\n"},
	{"starred_load_error", "x = *a\n"},
	{"assign_debug_error", "__debug__.x = 1\n"},
	{"await_in_comp_sync_func", "def f(y):\n    return [await x for x in y]\n"},
	{"await_in_comp_module", "x = [await i for i in y]\n"},
	{"await_in_lambda", "async def f():\n    return lambda: await x\n"},
	{"await_in_genexp_sync", "def f(y):\n    return (await x for x in y)\n"},
	{"async_comp_in_genexp", "async def f(y):\n    return ([x async for x in z] for z in y)\n"},
	{"yield_in_lambda_default", "def f():\n    g = lambda x=(yield): x\n"},
	{"class_kw_mangled", "class C:\n    def m(self):\n        return f(__x=1, **{'__y': 2}), self.__m(__z=3)\n"},
	{"deep_attr_chain_multiline", "x = (a\n     .b\n     .c(1)\n     .d\n     .e())\n"},
	{"subscript_multiline", "x = a[\n    1\n]\na[\n  i] = (\n  x)\n"},
	{"compare_multiline", "x = (a <\n     b <\n     c)\nif (a <\n    b):\n    pass\n"},
	{"call_kwargs_multiline_method", "o.m(\n    a,\n    k=1,\n)\n"},
	// CPython 3.11 merges equal code objects in co_consts (code objects
	// are their own constant key, compared by value), so the two copies of
	// a while test share one lambda or comprehension code object.
	// A folded NaN is a new float object per node, equal only to itself:
	// CPython 3.11 gives each NaN-holding constant its own co_consts slot,
	// except when the same node is compiled twice (a finally body).
	{"nan_consts_by_identity", "def f(x):\n    a = 1e300 * 1e300 * 0, 1e300 * 1e300 * 0\n    b = (1e300 * 1e300 * 0, 1), (1e300 * 1e300 * 0, 1)\n    c = 1e300j * 1e300 * 0, 1e300j * 1e300 * 0\n    d = {1e300*1e300*0: x, 2: x}, {1e300*1e300*0: x, 2: x}\n    e = [1e300*1e300*0, 1, 2], [1e300*1e300*0, 1, 2]\n    try:\n        pass\n    finally:\n        g = 1e300 * 1e300 * 0\n"},
	{"while_test_code_dedup", "while (lambda: 1):\n    x = [i for i in a]\nwhile [i for i in a]:\n    pass\n"},
}

func exprDictItems(n int) string {
	var parts []string
	for i := 0; i < n; i++ {
		parts = append(parts, fmt.Sprintf("k%d: v%d", i, i))
	}
	return strings.Join(parts, ", ")
}

func exprDictConstKeys(n int) string {
	var parts []string
	for i := 0; i < n; i++ {
		parts = append(parts, fmt.Sprintf("'k%d': v%d", i, i))
	}
	return strings.Join(parts, ", ")
}

func exprManyConsts(n int) string {
	var parts []string
	for i := 0; i < n; i++ {
		parts = append(parts, fmt.Sprintf("%d.5", i))
	}
	return strings.Join(parts, ", ") + ", a"
}

func exprKwargs(n int) string {
	var parts []string
	for i := 0; i < n; i++ {
		parts = append(parts, fmt.Sprintf("k%d=v%d", i, i))
	}
	return strings.Join(parts, ", ")
}

func TestExprCodegenMatchesCPython(t *testing.T) {
	exprNeedPython(t)
	srcs := make([]string, len(exprCodegenCases))
	for i, tc := range exprCodegenCases {
		srcs[i] = tc.src
	}
	answers, err := exprOracle(srcs)
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range exprCodegenCases {
		t.Run(tc.name, func(t *testing.T) {
			want := answers[i].Describe
			if string(answers[i].AST) == "null" {
				t.Fatalf("python3 cannot parse %q: %s", tc.src, want)
			}
			got, err := exprCompile(tc.src, answers[i].AST)
			if err != nil {
				t.Fatalf("compile: %v\nwant:\n%s", err, want)
			}
			if got != want {
				t.Errorf("mismatch for %q\n%s", tc.src, exprLineDiff(want, got))
			}
			// The same through quicken's parser and AST optimizer.
			got, err = exprCompileSource(tc.src)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			if got != want {
				t.Errorf("mismatch for %q compiled from source\n%s", tc.src, exprLineDiff(want, got))
			}
		})
	}
}

// exprLineDiff shows the first differing lines of two descriptions.
func exprLineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		fmt.Fprintf(&b, "line %d:\n  want: %s\n  got:  %s\n", i+1, wl, gl)
		if shown++; shown == 6 {
			break
		}
	}
	return b.String()
}
