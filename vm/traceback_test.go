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

// TestTracebackBasics covers the layout: entries, source lines, the
// message line and the exit status.
func TestTracebackBasics(t *testing.T) {
	for _, src := range []string{
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
	} {
		checkTB(t, src)
	}
}

// TestCarets checks every row of the caret table of the reference
// (cpython-3.11-runtime.md §1.2) byte for byte.
func TestCarets(t *testing.T) {
	for _, src := range []string{
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
	} {
		checkTB(t, src)
	}
}

// TestChains covers __cause__, __context__, from None and cycles.
func TestChains(t *testing.T) {
	for _, src := range []string{
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
	} {
		checkTB(t, src)
	}
}

// TestRecursionTraceback covers the collapsing of repeated entries.
func TestRecursionTraceback(t *testing.T) {
	for _, src := range []string{
		"def f(n):\n    return f(n + 1)\nf(0)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(4)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(3)\n",
		"def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(2)\n",
		"def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n",
		"def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))\n",
	} {
		checkTB(t, src)
	}
}

// TestSuggestions covers "Did you mean" for NameError and AttributeError.
func TestSuggestions(t *testing.T) {
	for _, src := range []string{
		"prnt('x')\n",
		"Print('x')\n",
		"number = 1\nprint(numbr)\n",
		"def f():\n    number = 1\n    return numbr\nf()\n",
		"def f(lenght):\n    return lengh\nf(1)\n",
		"xyz = 1\nXyz\n",
		"class A:\n    def __init__(self):\n        self.value = 1\nA().valeu\n",
		"class A:\n    def method(self): pass\nA().methd()\n",
		"[].apend(1)\n",
		"'abc'.uper()\n",
		"class A:\n    def __init__(self):\n        self.value = 1\nA.valeu\n",
		"def f():\n    x = 1\n    def g():\n        return y\n    return g()\nf()\n",
		"raise NameError('custom', name='prnt')\n",
		"raise AttributeError('custom')\n",
		"class E(NameError): pass\nraise E('x', name='prnt')\n",
		"def f():\n    del x\n    x = 1\nf()\n",
		"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n",
		"a = 1\nb\n",
	} {
		checkTB(t, src)
	}
}

// TestExceptionObjects covers the attributes and str/repr of exceptions.
func TestExceptionObjects(t *testing.T) {
	for _, src := range []string{
		"e = ValueError('x')\nprint(repr(e), str(e), e.args)\n",
		"print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), repr(KeyError()))\n",
		"print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)))\n",
		"e = Exception(1)\ne.args = [2, 3]\nprint(e.args, str(e))\n",
		"print(StopIteration(5).value, StopIteration().value)\n",
		"print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)\n",
		"e = NameError('m', name='n')\nprint(e.name, e.args)\n",
		"e = AttributeError('m', name='n', obj=1)\nprint(e.name, e.obj)\n",
		"e = ImportError('m', name='mod', path='/p')\nprint(e.msg, e.name, e.path, str(e))\n",
		"e = OSError(2, 'No such file or directory', 'x')\nprint(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))\n",
		"print(str(OSError(2, 'No such')), str(OSError('just')), str(OSError(1, 2, 3, 4, 5)))\n",
		"print(type(OSError(13, 'x')).__name__, type(OSError(99, 'x')).__name__)\n",
		"e = SyntaxError('msg', ('/a/f.py', 3, 4, 'text', 3, 6))\nprint(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))\n",
		"print(str(SyntaxError('m')), str(SyntaxError('m', (None, 1, 2, 't'))))\n",
		"e = UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')\nprint(str(e))\n",
		"e = UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'ordinal not in range(128)')\nprint(str(e), e.start, e.end)\n",
		"e = ValueError('x')\nprint(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)\n",
		"e = ValueError('x')\ne.add_note('note 1')\ne.add_note('note\\n2')\nprint(e.__notes__)\nraise e\n",
		"try:\n    1/0\nexcept Exception as e:\n    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next)\n",
		"print(ValueError.__mro__)\nprint(ExceptionGroup.__mro__)\nprint(issubclass(FileNotFoundError, OSError), IOError is OSError)\n",
		"print(BaseException.__basicsize__, OSError.__basicsize__, SyntaxError.__basicsize__)\n",
		"e = ValueError('x')\nprint(e.with_traceback(None) is e)\n",
		"print(ValueError(x=1))\n",
		"print(NameError(foo=1))\n",
	} {
		checkTB(t, src)
	}
}

// TestCustomExceptions covers exception classes defined in Python.
func TestCustomExceptions(t *testing.T) {
	for _, src := range []string{
		"class MyErr(Exception):\n    pass\nraise MyErr('boom')\n",
		"class MyErr(Exception):\n    def __init__(self, code):\n        super().__init__('code %d' % code)\n        self.code = code\ntry:\n    raise MyErr(3)\nexcept MyErr as e:\n    print(e.code, e.args, str(e), repr(e))\nraise MyErr(4)\n",
		"class MyErr(Exception):\n    def __str__(self):\n        return 'custom str'\nraise MyErr()\n",
		"class MyErr(Exception):\n    def __str__(self):\n        raise RuntimeError\nraise MyErr()\n",
		"class Outer:\n    class Inner(ValueError):\n        pass\nraise Outer.Inner('nested')\n",
		"class E(Exception):\n    def __init__(self, a, b):\n        self.a = a\nprint(E(1, 2).args)\n",
		"class E(KeyError): pass\nraise E('k')\n",
		"class E(Exception):\n    __module__ = 'mymod'\nraise E('m')\n",
	} {
		checkTB(t, src)
	}
}

// TestExitStatus covers SystemExit and its codes.
func TestExitStatus(t *testing.T) {
	for _, src := range []string{
		"raise SystemExit\n",
		"raise SystemExit(3)\n",
		"raise SystemExit('bye')\n",
		"raise SystemExit('a', 'b')\n",
		"class E(SystemExit):\n    pass\nraise E(7)\n",
		"raise SystemExit(None)\n",
		"raise SystemExit(True)\n",
		"raise SystemExit(256)\n",
	} {
		checkTB(t, src)
	}
}

// TestExceptionFlow covers try/except/else/finally, generators and
// comprehensions.
func TestExceptionFlow(t *testing.T) {
	for _, src := range []string{
		"try:\n    x = 1\nexcept Exception:\n    print('no')\nelse:\n    print('else')\nfinally:\n    print('finally')\n",
		"def f():\n    try:\n        return 1\n    finally:\n        print('fin')\nprint(f())\n",
		"for i in range(3):\n    try:\n        if i == 1:\n            continue\n        print(i)\n    finally:\n        print('f', i)\n",
		"def gen():\n    yield 1\n    raise ValueError('in gen')\nfor x in gen():\n    print(x)\n",
		"def gen():\n    yield 1\n    1/0\nlist(gen())\n",
		"x = [1/0 for i in range(3)]\n",
		"x = {i: 1/0 for i in range(3)}\n",
		"x = list(1/0 for i in range(3))\n",
		"def gen():\n    raise StopIteration\n    yield\nnext(gen())\n",
		"try:\n    {}['a']\nexcept (KeyError, IndexError) as e:\n    print('caught', repr(e))\n",
		"try:\n    raise ValueError\nexcept TypeError:\n    pass\n",
		"x = 1\nassert x == 2, 'x is %d' % x\n",
		"assert False\n",
	} {
		checkTB(t, src)
	}
}

// TestWith covers BEFORE_WITH and __exit__ suppressing exceptions.
func TestWith(t *testing.T) {
	for _, src := range []string{
		"class CM:\n    def __enter__(self):\n        print('enter')\n        return 42\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return True\nwith CM() as x:\n    print(x)\n    1/0\nprint('after')\n",
		"class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\nwith CM():\n    raise KeyError('k')\n",
		"with 1:\n    pass\n",
		"class A:\n    def __enter__(self): return 1\nwith A(): pass\n",
		"class A:\n    def __exit__(self, *a): pass\nwith A(): pass\n",
		"class CM:\n    def __enter__(self):\n        raise ValueError('enter failed')\n    def __exit__(self, *a):\n        print('never')\nwith CM():\n    pass\n",
		"class CM:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n        raise RuntimeError('in exit')\nwith CM():\n    1/0\n",
	} {
		checkTB(t, src)
	}
}

func TestSuggestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cands []string
		want  string
	}{
		{"lengh", []string{"lenght"}, "lenght"},
		{"ab", []string{"abc"}, "abc"},
		{"x", []string{"y"}, ""},
		{"foo", []string{"fo0"}, "fo0"},
		{"Print", []string{"print"}, "print"},
		{"prnt", []string{"print", "repr"}, "print"},
	} {
		got, _ := suggestName(tc.name, tc.cands)
		if got != tc.want {
			t.Errorf("suggestName(%q, %q) = %q, want %q", tc.name, tc.cands, got, tc.want)
		}
	}
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
