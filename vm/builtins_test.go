package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// runPySrc is runPyIn with the program's text registered as its source,
// so that quicken's tracebacks show its lines as python3's do (the file
// name is not a file on disk).
func runPySrc(t testing.TB, src, stdin string) (string, string, int) {
	t.Helper()
	const filename = "/tmp/prog.py"
	code, err := Compile([]byte(src), filename)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m := New(Options{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Argv: []string{filename}})
	m.SetSource(filename, []byte(src))
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v (stderr so far: %s)", err, errb.String())
	}
	return out.String(), errb.String(), res.ExitStatus
}

// checkPySrc is checkPy over runPySrc.
func checkPySrc(t *testing.T, src string) {
	t.Helper()
	wo, we, ws := pythonRun(t, src)
	go_, ge, gs := runPySrc(t, src, "")
	if go_ != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

// checkPyCases runs each program through checkPy as a parallel subtest
// (python3's start-up dominates the time).
func checkPyCases(t *testing.T, cases []string) {
	t.Helper()
	for _, src := range cases {
		src := src
		name := src
		if i := strings.IndexByte(name, '\n'); i >= 0 {
			name = name[:i]
		}
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkPySrc(t, src)
		})
	}
}

// tryAll prints the result or the exception of each expression, so one
// program checks many cases.
const tryAll = `
def _try(src):
    try:
        print(src, "=", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
`

// tryCases makes a program printing each expression's value or error.
func tryCases(prelude string, exprs ...string) string {
	var b strings.Builder
	b.WriteString(tryAll)
	b.WriteString(prelude)
	b.WriteString("\n")
	for _, e := range exprs {
		b.WriteString("_try(" + pyQuote(e) + ")\n")
	}
	return b.String()
}

// pyQuote writes s as a Python string literal.
func pyQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

func TestBuiltinArgumentErrors(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases("",
		"len()", "len(1, 2)", "len(x=1)", "abs()", "abs(x=1)", "all()", "any(1, 2)",
		"ascii()", "bin()", "callable()", "chr()", "chr(i=1)", "delattr(1)", "delattr(1, 2, 3)",
		"dir(1, 2)", "dir(x=1)", "divmod(1)", "divmod(1, 2, 3)", "divmod(a=1)", "eval()",
		"exec()", "format()", "format(1, 2, 3)", "format(1, format_spec='')", "getattr(1)",
		"getattr(1, 2, 3, 4)", "getattr(1, 'a', default=2)", "globals(1)", "hasattr(1)",
		"hash()", "hex()", "id()", "input(1, 2)", "isinstance(1)", "issubclass(1)", "iter()",
		"iter(1, 2, 3)", "iter(x=1)", "locals(1)", "max()", "max(1, x=2)", "min()",
		"min(1, 2, key=None, default=1)", "max(1, key=1, default=2, x=3)", "next()",
		"next(1, 2, 3)", "oct()", "ord()", "pow()", "pow(1)", "pow(1, 2, 3, 4)", "pow(base=1)",
		"pow(1, 2, x=2)", "pow(1, base=2)", "print(x=1)", "print(1, sep=1, end=2, file=3, flush=4, x=5)",
		"repr()", "round()", "round(1, 2, 3)", "round(1, x=2)", "round(number=1, ndigits=None, x=2)",
		"round(1, number=2)", "setattr(1, 2)", "sorted()", "sorted(1, 2)", "sorted([], x=1)",
		"sorted([], key=None, reverse=False, x=1)", "sum()", "sum(1, 2, 3)",
		"sum([], start=1, x=2)", "sum([], x=1)", "sum(iterable=[])", "sum([], 0, start=1)",
		"vars(1, 2)", "open()", "exit(1, 2)", "quit(1, 2)", "compile()",
		"compile(1, 2, 3, 4, 5, 6, 7, 8)", "__import__()", "zip(x=1)", "zip(strict=1, x=2)",
		"map()", "map(1)", "map(f=1)", "filter()", "filter(1)", "filter(1, 2, 3)",
		"filter(x=1)", "enumerate()", "enumerate(1, 2, 3)", "enumerate(x=1)",
		"enumerate([], start=1, x=2)", "type(enumerate(iterable=[])).__name__",
		"enumerate(start=1)", "list(enumerate(start=5, iterable='ab'))", "enumerate(x=1, y=2)",
		"enumerate(a=1, b=2, c=3)", "enumerate('a', start=1, iterable=2)", "reversed()", "reversed(1, 2)",
		"reversed(x=1)",
	))
}

func TestBuiltinValues(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
class A: pass
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class R:
    def __round__(self, n=None): return ('round', n)
class Fm:
    def __format__(self, spec): return 'fmt:' + spec
class BadFm:
    def __format__(self, spec): return 1
`,
		"abs(-5)", "abs(-2**70)", "abs(-0.0)", "abs(True)", "abs('a')", "abs(A())",
		"all([1, 2, 0])", "all(x for x in [])", "any([])", "any(iter([0, 0, 3]))", "all(None)",
		"ascii('héllo €😀\\x00')", "ascii([1, 'é'])", "bin(0)", "bin(-5)", "bin(2**70)",
		"oct(-8)", "hex(-255)", "hex(I())", "hex(1.5)", "oct(None)", "bin(True)",
		"callable(len)", "callable(1)", "callable(A)", "callable(A())", "callable(lambda: 0)",
		"chr(0)", "chr(127)", "chr(233)", "chr(0x10FFFF)", "chr(0x110000)", "chr(-1)",
		"chr(1.5)", "chr('a')", "chr(2**40)", "chr(I())", "ord('a')", "ord('é')", "ord('😀')",
		"ord('')", "ord('ab')", "ord(1)", "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2)",
		"divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod(0.0, -3)", "divmod(1, 0)", "divmod(1.0, 0)",
		"divmod(2**70, 3)", "divmod(1, 'a')", "divmod(True, 2)", "format(12, 'x')",
		"format(3.14159, '.2f')", "format('ab', '>5')", "format(1, 2)", "format([], 'x')",
		"format(A(), 'x')", "format(A(), '')[:9]", "format(Fm(), 'q')", "format(BadFm())",
		"format(None)", "format(True)", "hash(1)", "hash(-1)", "hash(1.0)", "hash('')",
		"hash([])", "hash((1, 2))", "len('abc')", "len([1, 2])", "len(5)", "len(A())",
		"pow(2, 10)", "pow(2, -1)", "pow(2.0, 0.5)", "pow(3, -1, 7)", "pow(2, 1, 0)",
		"pow(1.0, 2, 3)", "pow(1, 'a')", "pow(1, 2, 'a')", "pow(-2, 3, 5)", "pow(0, 0)",
		"pow(base=2, exp=3, mod=5)", "pow(2, 100, 10**9+7)", "repr('a\\nb')", "repr(A)",
		"round(2.5)", "round(-2.5)", "round(2.675, 2)", "round(1234.5678, -2)", "round(7)",
		"round(1250, -2)", "round(15, -1)", "round(1.5, None)", "round('a')", "round(1, 'a')",
		"round(R())", "round(R(), 3)", "round(float('inf'))", "round(float('nan'))",
		"round(2.5, 0)", "round(-0.0, 1)", "round(1e300, -308)", "round(True)",
		"sum([1, 2, 3])", "sum([0.1] * 10)", "sum([1, 2.5])", "sum([2**62, 2**62, 2**62])",
		"sum([[1], [2]], [])", "sum([(1,), (2,)], ())", "sum(['a'], '')", "sum([b'a'], b'')",
		"sum([1], 0.5)", "sum([True, True])", "sum(range(101))", "sum(1)", "sum([1, 'a'])",
		"sum([], 5)", "sum([1.5, 2**80])", "sum([2**80, 1.5])", "sum(iter([1, 2]), start=10)",
	))
}

func TestBuiltinAttributes(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
class A:
    x = 1
a = A()
`,
		"getattr(a, 'x')", "getattr(a, 'y')", "getattr(a, 'y', 5)", "getattr(1, 2)",
		"getattr(1, 'x')", "getattr(a, 'y', None)", "hasattr(a, 'x')", "hasattr(a, 'y')",
		"hasattr(1, 2)", "setattr(a, 'z', 3)", "a.z", "setattr(1, 2, 3)", "setattr(1, 'x', 2)",
		"delattr(a, 'z')", "hasattr(a, 'z')", "delattr(a, 'z')", "delattr(1, 2)",
		"delattr(1, 'x')", "isinstance(1, int)", "isinstance(True, int)", "isinstance(1, (str, int))",
		"isinstance(1, 2)", "isinstance(a, A)", "isinstance(a, (str, (list, A)))",
		"issubclass(bool, int)", "issubclass(int, (str, bool))", "issubclass(1, int)",
		"issubclass(int, 1)", "issubclass(A, object)",
	))
}

func TestBuiltinMinMax(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
    def __repr__(self): return 'K(%d)' % self.v
`,
		"max(1, 2, 3)", "max([3, 1, 2])", "min('bca')", "max(1, 2.0)", "max(2, 2.0)",
		"min(2.0, 2)", "max([])", "min([])", "max([], default=0)", "min([], default=None)",
		"max(1, 2, default=3)", "max([1, 'a'])", "min([1, 'a'])", "max(1, 'a')",
		"max(['aa', 'b', 'ccc'], key=len)", "min(['aa', 'b', 'ccc'], key=len)",
		"max([1, -3, 2], key=abs)", "max([1, 2], key=None)", "max(1)", "min(None)",
		"max([K(1), K(3), K(2)])", "min([K(2), K(1), K(3)])", "max(iter([5, 9, 9, 1]))",
		"min([], key=len)", "max((x for x in range(5)), key=lambda x: -x)",
	))
}

func TestBuiltinIteration(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
class Rev:
    def __reversed__(self): return iter('cba')
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
def gen():
    yield 1
    yield 2
`,
		"list(enumerate('abc'))", "list(enumerate('ab', 10))", "list(enumerate('ab', start=-1))",
		"list(enumerate([], 5))", "list(enumerate('ab', 2**70))", "enumerate(1)",
		"enumerate([], 'a')", "list(enumerate(iterable='xy'))", "list(enumerate('ab', start=True))",
		"list(zip())", "list(zip('ab'))", "list(zip('abc', [1, 2]))", "list(zip('ab', [1, 2], 'xy'))",
		"list(zip('ab', [1, 2], strict=True))", "list(zip('abc', [1, 2], strict=True))",
		"list(zip('ab', [1, 2, 3], strict=True))", "list(zip('ab', 'ab', 'abc', strict=True))",
		"list(zip('abc', 'ab', 'ab', strict=True))", "list(zip('ab', 'abc', strict=False))",
		"zip(1)", "zip([1], 2)", "list(map(abs, [-1, -2]))", "list(map(pow, [2, 3], [3, 2]))",
		"list(map(pow, [2, 3, 4], [3, 2]))", "list(map(lambda: 1, []))", "map(1, 2)",
		"map(len, 1)", "list(map(int, '12x'))", "list(filter(None, [0, 1, '', 'a', None]))",
		"list(filter(bool, [0, 2]))", "list(filter(lambda x: x % 2, range(7)))",
		"filter(len, 1)", "list(reversed([1, 2, 3]))", "list(reversed('abc'))",
		"list(reversed(range(4)))", "list(reversed((1, 2)))", "list(reversed(Seq()))",
		"list(reversed(Rev()))", "reversed(NoRev())", "reversed(1)", "type(reversed({})).__name__",
		"reversed(gen())", "list(reversed([]))", "reversed(Seq()).__length_hint__()",
		"list(iter([1, 2]))", "iter(1)", "iter(1, 2)", "list(iter(Counter(), 4))",
		"list(iter(Seq()))", "next(iter([]))", "next(iter([]), 5)", "next(1)", "next([])",
		"next(iter('ab'))", "next(gen())", "sorted([3, 1, 2])", "sorted('cab', reverse=True)",
		"sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0])", "sorted(1)", "sorted([1, 'a'])",
		"sorted({'b': 1, 'a': 2})", "sorted([3, 1], key=None)",
		"type(zip()).__name__", "type(map(len, [])).__name__", "type(enumerate([])).__name__",
		"type(filter(None, [])).__name__", "type(reversed([1])).__name__",
		"type(reversed(Seq())).__name__", "type(iter(Counter(), 1)).__name__",
		"repr(zip())[:16]", "repr(map(len, []))[:16]",
	))
}

func TestBuiltinZipStrictStopsAtFirst(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"def g():\n    yield 1\n    print('g resumed')\nfor x in zip([1], g()):\n    print(x)\n",
		"it = iter([1, 2, 3])\nprint(list(zip(it, 'a')), list(it))\n",
		"it = iter([1, 2, 3])\nprint(list(zip('a', it)), list(it))\n",
		"z = zip([1, 2], [3, 4])\nprint(next(z), list(z), list(z))\n",
		"e = enumerate('ab')\nprint(iter(e) is e, next(e), list(e))\n",
		"class E(enumerate): pass\nprint(list(E('ab', 1)), type(E('a')).__name__)\n",
		"def f():\n    raise StopIteration\nprint(list(map(lambda x: f() if x == 2 else x, [1, 2, 3])))\n",
	})
}

func TestBuiltinPrint(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"print()\nprint('a', 'b')\nprint('a', 'b', sep='')\nprint('a', end='')\nprint('b')\n",
		"print(1, 2, 3, sep=', ', end='.\\n')\nprint(*[])\nprint(None, True, 1.5, [1, 'x'])\n",
		"print('a', sep=None, end=None)\nprint('x', flush=True)\n",
		"import sys\nprint('err', file=sys.stderr)\nprint('out')\nprint('err2', file=sys.stderr)\n",
		"try:\n    print(1, sep=1)\nexcept TypeError as e:\n    print(e)\ntry:\n    print(1, end=[])\nexcept TypeError as e:\n    print(e)\n",
		"try:\n    print(1, file=1)\nexcept AttributeError as e:\n    print(e)\n",
		"class W:\n    def write(self, s):\n        print(repr(s))\n        return 'ignored'\nprint(1, 2, 'x', sep='--', file=W())\nprint(file=W())\n",
		"class W:\n    def write(self, s): pass\nprint(1, file=W(), flush=True)\n",
		"class S:\n    def __str__(self): raise ValueError('no')\nprint('a', S())\n",
		"class S:\n    def __str__(self): return 5\nprint(S())\n",
		"import sys\nsys.stdout = None\nprint('nothing')\nsys.stdout = sys.__stdout__\nprint('back')\n",
		"import sys\ndel sys.stdout\nprint('x')\n",
		"import sys\nprint(sys.stdout.write('abc'))\nprint(sys.stdout.write('é€'))\n",
		"import sys\nsys.stdout.write(1)\n",
		"import sys\nsys.stdout.writelines(['a', 'b\\n'])\nsys.stderr.write('e\\n')\nsys.stdout.flush()\n",
		"print('\\ud800')\n",
		"import sys\nprint(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))\nprint(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed, sys.stdout.isatty())\n",
		"print(print)\nprint(len, abs)\nprint(type(print).__name__)\n",
		"print >> 1\n",
	})
}

func TestBuiltinExit(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"print('a')\nexit()\nprint('b')\n",
		"exit(3)\n",
		"quit('bye')\n",
		"exit(code=4)\n",
		"exit(x=1)\n",
		"print(repr(exit), repr(quit), type(exit).__name__)\n",
		"try:\n    exit(2)\nexcept SystemExit as e:\n    print('caught', e.code, e.args)\n",
		"import sys\nsys.exit()\n",
		"import sys\nsys.exit(None)\n",
		"import sys\nsys.exit(256)\n",
		"import sys\nsys.exit(-1)\n",
		"import sys\nsys.exit(True)\n",
		"import sys\nsys.exit('message')\n",
		"import sys\nsys.exit([1, 2])\n",
		"import sys\nsys.exit(1, 2)\n",
		"import sys\ntry:\n    sys.exit((1, 2))\nexcept SystemExit as e:\n    print(e.args, e.code)\n",
		"import sys\nsys.exit(2**100)\n",
		"raise SystemExit('a', 'b')\n",
	})
}

func TestBuiltinSiteObjects(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"print(repr(copyright))\nprint(credits)\nprint(license)\nprint(help)\n",
		"copyright()\ncredits()\n",
		"import sys\nprint(type(copyright).__name__, type(help).__name__, sys.getsizeof(exit), sys.getsizeof(copyright))\n",
	})
}

// TestBuiltinsNamespace compares the builtins module's names and their
// order (the specializer's LOAD_GLOBAL_BUILTIN caches index its keys).
func TestBuiltinsNamespace(t *testing.T) {
	t.Parallel()
	checkPySrc(t, "import builtins\nfor i, k in enumerate(vars(builtins)):\n    print(i, k)\n")
}

func TestBuiltinNumberProtocol(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import math
class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('dm', self.v, o)
    def __rdivmod__(self, o): return ('rdm', o, self.v)
    def __pow__(self, o, mod=None): return ('pow', self.v, o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, self.v, mod)
    def __round__(self, n=None): return ('round', n)
    def __index__(self): return 5
    def __float__(self): return 2.5
    def __abs__(self): return 'abs'
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2])
    def __reversed__(self): return iter(['r'])
    def __format__(self, s): return 'F' + s
    def __repr__(self): return 'N'
class M(N): pass
class R(N):
    def __rdivmod__(self, o): return ('R.rdm', o)
n = N(1)
`, "divmod(n, 2)", "divmod(2, n)", "divmod(n, N(2))", "divmod(n, M(3))", "divmod(M(3), n)",
		"divmod(n, R(4))", "pow(n, 2)", "pow(2, n)", "pow(n, 2, 3)", "pow(2, n, 3)", "round(n)",
		"round(n, 2)", "hex(n)", "bin(n)", "chr(n)", "math.sqrt(n)", "math.floor(n)", "abs(n)", "len(n)",
		"list(n)", "list(reversed(n))", "format(n, 'x')", "f'{n:y}'", "sum(n)", "max(n)", "sorted(n)",
		"math.factorial(n)", "math.isqrt(n)", "math.comb(n, 2)", "math.ldexp(1, n)", "math.gcd(n, 15)",
		"math.dist([n], [0])", "math.hypot(n, n)", "math.fsum([n, n])", "math.prod([n, 2])",
		"math.log(n)", "math.trunc(n)",
	))
}
