package vm

import "testing"

func TestBuiltinEvalExec(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
g = {'a': 1}
`,
		"eval('1 + 2')", "eval('  1 + 2')", "eval('\\t7')", "eval('x', {'x': 5})",
		"eval('x', {}, {'x': 6})", "eval('a + b', g, {'b': 2})", "eval(1)", "eval('1', 1)",
		"eval('1', {}, 1)", "eval('1', None, 1)", "eval('1 +')", "eval('a\\x00')",
		"eval(compile('1 + 1', 'f', 'eval'))", "eval(compile('x = 1', 'f', 'exec'))",
		"exec(1)", "exec('1', 1)", "exec('1', {}, 1)", "exec('  1')", "exec('y = 1', {})",
		"exec(compile('1 + 1', 'f', 'eval'))", "compile('1', 'f', 'x')", "compile(1, 'f', 'exec')",
		"compile('1', 2, 'exec')", "type(compile('1', 'f', 'exec')).__name__",
		"compile('1', 'f', 'exec', dont_inherit=True).co_filename",
		"sorted(k for k in eval('globals()', {'q': 1}) if k != '__builtins__')",
		"type(eval('__builtins__', {})).__name__", "eval('len')('abc')",
		"eval('undefined_name')", "eval('1/0')",
	))
}

func TestBuiltinNamespaces(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"x = 1\nprint(globals()['x'], globals() is globals())\nprint(locals() is globals())\n",
		"def f(a, b=2):\n    c = a + b\n    return sorted(locals().items())\nprint(f(1))\n",
		"def f():\n    x = 1\n    def g():\n        return x\n    y = 2\n    return sorted(locals())\nprint(f())\n",
		"def f():\n    x = 1\n    def g():\n        nonlocal x\n        return sorted(locals().items())\n    return g()\nprint(f())\n",
		"class C:\n    a = 1\n    b = sorted(locals())\nprint(C.b)\n",
		"d = {}\nexec('def h():\\n    return 42\\nr = h()', d)\nprint(d['r'], sorted(k for k in d if k != '__builtins__'))\n",
		"ns = {}\nexec('import math\\nv = math.floor(2.5)', ns)\nprint(ns['v'])\n",
		"exec('print(__name__)')\nexec('print(__name__)', {})\nexec('print(__name__)', {'__name__': 'x'})\n",
		"class A:\n    def __init__(self): self.p = 1\nprint(vars(A())) \nprint(vars(1))\n",
		"def f():\n    q = 1\n    return vars()\nprint(f())\n",
		"print(sorted(x for x in dir() if not x.startswith('__')))\nimport sys\nprint('sys' in dir())\n",
		"class A:\n    z = 1\n    def m(self): pass\na = A()\na.y = 2\nprint([n for n in dir(a) if not n.startswith('__')])\n",
		"class D:\n    def __dir__(self): return ['b', 'a', 'c']\nprint(dir(D()))\n",
		"print(dir(1, 2))\n",
		"exec('raise ValueError(1)')\n",
		"eval('(1 +')\n",
		"exec('def f(:\\n    pass')\n",
	})
}

// A SyntaxError the compiler (not the parser) raises for a string has no
// source line: CPython reads it from the file the filename names.
func TestCompileErrorText(t *testing.T) {
	t.Parallel()
	checkPySrc(t, `
for bad in ("f(1, c=1, c=2)", "def g():\n    nonlocal q\n", "lambda: (yield)\nreturn 1", "x = 1\nbreak",
            "a, *b, *c = d", "def h(x, x): pass", "class C:\n    nonlocal z"):
    for name in ("<string>", "no/such/file.py"):
        try:
            compile(bad, name, "exec")
        except SyntaxError as e:
            print(repr(e.text), e.lineno, e.offset, e.msg)
eval("f(1, c=1, c=2)")
`)
}
