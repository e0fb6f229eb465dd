package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// runPyWithSource is runPyIn with the program's text registered for
// tracebacks (as the command line does), so no file is read.
func runPyWithSource(t testing.TB, src string) (string, string, int) {
	t.Helper()
	const filename = "/tmp/prog.py"
	code, err := Compile([]byte(src), filename)
	if err != nil {
		t.Fatalf("compile: %v\n%s", err, src)
	}
	var out, errb bytes.Buffer
	m := New(Options{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Argv: []string{filename}})
	m.SetSource(filename, []byte(src))
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v (stderr so far: %s)\nprogram:\n%s", err, errb.String(), src)
	}
	return out.String(), errb.String(), res.ExitStatus
}

// checkTB is checkPy for programs whose tracebacks show source lines.
func checkTB(t *testing.T, src string) {
	t.Helper()
	wo, we, ws := pythonRun(t, src)
	go_, ge, gs := runPyWithSource(t, src)
	if go_ != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

// checkTBCases runs checkTB on each program as a parallel subtest.
func checkTBCases(t *testing.T, cases []string) {
	t.Helper()
	for _, src := range cases {
		name := src
		if i := strings.IndexByte(name, '\n'); i >= 0 {
			name = name[:i]
		}
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkTB(t, src)
		})
	}
}

// TestTracebackBasics covers the layout: entries, source lines, the
// message line and the exit status.
func TestTracebackBasics(t *testing.T) {
	checkTBCases(t, []string{
		"1/0\n",
		"x = 1\ny = x / 0\n",
		"def f():\n    return g()\ndef g():\n    raise ValueError('bad')\nf()\n",
		"raise ValueError\n",
		"raise ValueError('')\n",
		"raise ValueError('a', 1)\n",
		"raise KeyError('k')\n",
		"raise KeyError\n",
		"raise Exception('multi\\nline')\n",
		"undefined_name\n",
		"def f():\n    return undefined_name\nf()\n",
		"print('out')\nraise RuntimeError('after output')\n",
		"if True:\n\tx = (1 +\n\t  'a')\n",
	})
}

// TestCarets checks every row of the caret table of the reference
// (cpython-3.11-runtime.md §1.2) byte for byte.
func TestCarets(t *testing.T) {
	checkTBCases(t, []string{
		"def f(a, b):\n    return a + b\nf(1, 'x')\n",
		"a = 1\nb = a    //    0\n",
		"a = 1\nb = (a)   %   (0)\n",
		"a = 1\nb = (a)%(0)\n",
		"a = 1\nb = ((a)) // ((0))\n",
		"a = [[1]]\nb = a[0][1]\n",
		"a = [1]\nb = (a)[5]\n",
		"a = [1]\nb = a [ 5 ]\n",
		"x = [1, 2]\ny = x[0] + x[1] + x[2]\n",
		"def h(v):\n    return v\nresult = h(1) + h(\"s\") + h(3)\n",
		"def f(v):\n    raise ValueError(v)\nx = f(1)\n",
		"def f(v):\n    raise ValueError(v)\nf(1)\n",
		"def f(v):\n    raise ValueError(v)\nf(1)  # comment\n",
		"def f(v):\n    raise ValueError(v)\nf(1)   \n",
		"y = f(\n  0\n)\n",
		"def f(*a):\n    raise ValueError\nf(1,\n  2)\n",
		"y = (1 +\n  \"a\")\n",
		"s = \"éé\"; x = 1 + s\n",
		"def g(n):\n    if n == 0: raise ValueError\ng(0)\n",
		"x = \"日本\" + 1\n",
		"x = 1 + \"日本\"\n",
		"x = (\"日本\" + \"x\") + 1\n",
		"x = \"日本\"[10]\n",
		"y = \"日本\"; x = y[1] + y[\"日本\"]\n",
		"d = {'é': {}}\nx = d[\"é\"][\"z\"]\n",
		"x = (\"é\" + 1)\n",
		"def f(*a): raise ValueError\ny = f(\"日本日本\",      \n  1)\n",
		"def f(*a): raise ValueError\ny = f(\"日本日本日本日本\",  1  ,           \n  1)\n",
		"1/0\n",
		"x = 1\nx / 0\n",
		"x = 2\ny = x ** 'a'\n",
		"x = 2\ny = x << 'a'\n",
		"x = 1\ny = -'a'\n",
		"x = None\ny = x.foo\n",
		"class A: pass\na = A()\na.foo()\n",
		"class A: pass\na = A()\na.foo\n",
		"a = None\nprint(a.foo.bar)\n",
		"d = {}\nd['k'] += 1\n",
		"a, b = [1, 2, 3]\n",
		"print(undefined)\n",
		"def f():\n    x += 1\n    x = 0\nf()\n",
		"x = 1\nassert x > 5, 'm'\n",
		"x = 1\nassert x is not None and x > 1\n",
		"def f(v): return v\nassert f(0)\n",
		"x = 1\ny = f\"{x + 'a'}\"\n",
		"for x in 5:\n    pass\n",
		"class B:\n    x = 1 / 0\n",
	})
}

// TestChains covers __cause__, __context__, from None and cycles.
func TestChains(t *testing.T) {
	checkTBCases(t, []string{
		"try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('v')\n",
		"try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n",
		"try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('v') from None\n",
		"def f():\n    try:\n        {}['k']\n    except KeyError as e:\n        raise RuntimeError('r') from e\nf()\n",
		"try:\n    try:\n        1/0\n    except Exception as e:\n        raise TypeError('t')\nexcept TypeError as t:\n    raise ValueError('v') from t\n",
		"try:\n    1/0\nexcept Exception as e:\n    raise e\n",
		"try:\n    1/0\nexcept Exception:\n    raise\n",
		"def f():\n    raise ValueError('inner')\ntry:\n    f()\nexcept ValueError as e:\n    e2 = KeyError('x')\n    e2.__context__ = e\n    raise e2\n",
		"a = ValueError('a')\nb = TypeError('b')\na.__context__ = b\nb.__context__ = a\nraise a\n",
		"e = ValueError('x')\ne.__cause__ = TypeError('c')\nprint(e.__suppress_context__)\nraise e\n",
		"try:\n    raise ValueError(1)\nfinally:\n    print('finally')\n",
		"try:\n    raise ValueError(1)\nfinally:\n    raise KeyError(2)\n",
	})
}

// TestRecursionTraceback covers the collapsing of repeated entries.
func TestRecursionTraceback(t *testing.T) {
	checkTBCases(t, []string{
		"def f(n):\n    return f(n + 1)\nf(0)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(4)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(3)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(2)\n",
		"def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n",
		"def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))\n",
	})
}

func TestCaretWidth(t *testing.T) {
	if !isWide('日') || isWide('a') || isWide('é') {
		t.Error("isWide")
	}
	for _, tc := range []struct {
		line string
		col  int
		want int
	}{{"abc", 2, 2}, {"éa", 2, 1}, {"éa", 1, 1}, {"abc", 4, 4}, {"abc", 9, 4}} {
		if got := byteToCharOffset(tc.line, tc.col); got != tc.want {
			t.Errorf("byteToCharOffset(%q, %d) = %d, want %d", tc.line, tc.col, got, tc.want)
		}
	}
}

// TestPrinterEdgeCases covers the rarer parts of the printer: groups,
// notes, runtime SyntaxErrors, sys.tracebacklimit, failing __str__.
func TestPrinterEdgeCases(t *testing.T) {
	checkTBCases(t, []string{
		"raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])\n",
		"raise BaseExceptionGroup('grp', [KeyboardInterrupt()])\n",
		"def f():\n    raise ValueError('inner')\ntry:\n    f()\nexcept ValueError as e:\n    raise ExceptionGroup('outer', [e, KeyError('k')])\n",
		"raise ExceptionGroup('nested', [ExceptionGroup('inner', [ValueError(1)]), TypeError(2)])\n",
		"raise ExceptionGroup('many', [ValueError(i) for i in range(17)])\n",
		"e = ValueError('x')\ne.add_note('first')\ne.add_note('second\\nline')\nraise e\n",
		"e = ValueError('x')\ne.__notes__ = 'not a list'\nraise e\n",
		"e = ValueError('x')\ne.__notes__ = 42\nraise e\n",
		"raise SyntaxError('bad thing', ('/a/f.py', 3, 5, 'x = (1 +\\n', 3, 8))\n",
		"raise SyntaxError('bad thing', (None, 3, 5, '    x = 1\\n'))\n",
		"raise SyntaxError('bad thing', ('f.py', 3, 0, 'x = 1'))\n",
		"raise SyntaxError('only msg')\n",
		"raise IndentationError('ind', ('f.py', 1, 2, ' abc', 1, 4))\n",
		"import sys\nsys.tracebacklimit = 1\ndef f():\n    g()\ndef g():\n    1/0\nf()\n",
		"import sys\nsys.tracebacklimit = 0\n1/0\n",
		"class E(Exception):\n    def __str__(self):\n        return ''\nraise E('x')\n",
		"class E(Exception):\n    def __str__(self):\n        print('in str')\n        return 'S'\nraise E()\n",
		"class C:\n    def m(self):\n        raise ValueError('m')\nC().m()\n",
		"f = lambda: 1/0\nf()\n",
		"class B:\n    raise ValueError('in class body')\n",
		"x = list(1/0 for i in [1])\n",
		"x = {1/0 for i in [1]}\n",
		"raise ValueError('\\udc80 surrogate')\n",
		"raise OSError(2, 'No such file or directory', 'missing.txt')\n",
		"raise FileNotFoundError(2, 'No such file or directory')\n",
		"raise UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte')\n",
		"e = ValueError('x')\nraise e.with_traceback(None)\n",
		"def f():\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        return e\nraise f()\n",
		"def f():\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        return e\ne = f()\nraise ValueError('v') from e\n",
	})
}
