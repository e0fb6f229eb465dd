package vm

import "testing"

// TestExceptionObjects covers the attributes and str/repr of exceptions.
func TestExceptionObjects(t *testing.T) {
	checkTBCases(t, []string{
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
	})
}

// TestCustomExceptions covers exception classes defined in Python.
func TestCustomExceptions(t *testing.T) {
	checkTBCases(t, []string{
		"class MyErr(Exception):\n    pass\nraise MyErr('boom')\n",
		"class MyErr(Exception):\n    def __init__(self, code):\n        super().__init__('code %d' % code)\n        self.code = code\ntry:\n    raise MyErr(3)\nexcept MyErr as e:\n    print(e.code, e.args, str(e), repr(e))\nraise MyErr(4)\n",
		"class MyErr(Exception):\n    def __str__(self):\n        return 'custom str'\nraise MyErr()\n",
		"class MyErr(Exception):\n    def __str__(self):\n        raise RuntimeError\nraise MyErr()\n",
		"class Outer:\n    class Inner(ValueError):\n        pass\nraise Outer.Inner('nested')\n",
		"class E(Exception):\n    def __init__(self, a, b):\n        self.a = a\nprint(E(1, 2).args)\n",
		"class E(KeyError): pass\nraise E('k')\n",
		"class E(Exception):\n    __module__ = 'mymod'\nraise E('m')\n",
		"class AppError(Exception): pass\nclass DatabaseError(AppError): pass\nclass ConnectionLost(DatabaseError, ConnectionError): pass\ne = ConnectionLost('db gone')\nprint(e.args, repr(e), str(e), e.errno)\nclass C2(ConnectionError): pass\nprint(C2('x').args, C2(2, 'y', 'f').filename)\nclass C3(OSError):\n    def __init__(self, a):\n        super().__init__(a)\nprint(C3('y').args)\n",
		"class S(StopIteration): pass\nprint(S(5).value)\nclass X(SystemExit): pass\nprint(X(3).code)\nclass N(NameError): pass\nprint(N('m', name='q').name)\nclass K(KeyError): pass\nprint(str(K('k')))\n",
		"class E(Exception):\n    def __init__(self):\n        pass\ne = E()\ne.extra = 5\nprint(e.args, e.extra, e.__dict__)\nraise e\n",
	})
}

// TestExitStatus covers SystemExit and its codes.
func TestExitStatus(t *testing.T) {
	checkTBCases(t, []string{
		"raise SystemExit\n",
		"raise SystemExit(3)\n",
		"raise SystemExit('bye')\n",
		"raise SystemExit('a', 'b')\n",
		"class E(SystemExit):\n    pass\nraise E(7)\n",
		"raise SystemExit(None)\n",
		"raise SystemExit(True)\n",
		"raise SystemExit(256)\n",
	})
}

// TestExceptionFlow covers try/except/else/finally, generators and
// comprehensions.
func TestExceptionFlow(t *testing.T) {
	checkTBCases(t, []string{
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
	})
}

// TestExceptionHierarchy compares every builtin exception type's name,
// base, module, sizes, doc and MRO with CPython's.
func TestExceptionHierarchy(t *testing.T) {
	checkTB(t, `import builtins
for n, v in builtins.__dict__.items():
    if isinstance(v, type) and issubclass(v, BaseException):
        print(n, v.__name__, v.__qualname__, v.__base__.__name__, v.__module__, v.__basicsize__, v.__dictoffset__, v.__weakrefoffset__)
        print(' ', [c.__name__ for c in v.__mro__], repr(v.__doc__))
`)
	checkTB(t, `import builtins
for n, v in builtins.__dict__.items():
    if isinstance(v, type) and issubclass(v, BaseException):
        print(n, [k for k in v.__dict__])
`)
}

// TestExceptionGroups covers construction, str, derive, split and
// subgroup.
func TestExceptionGroups(t *testing.T) {
	checkTBCases(t, []string{
		"e = ExceptionGroup('m', [ValueError(1), KeyError(2)])\nprint(repr(e), str(e), e.message, e.exceptions)\n",
		"print(type(BaseExceptionGroup('m', [ValueError(1)])).__name__, type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)\n",
		"for args in [('m', []), ('m', [KeyboardInterrupt()]), (1, [ValueError()]), ('m', 1), ('m',), ('m', [1])]:\n    try:\n        ExceptionGroup(*args)\n    except Exception as x:\n        print(type(x).__name__, x)\n",
		"e = ExceptionGroup('m', [ValueError(1), KeyError(2), ExceptionGroup('n', [ValueError(3), TypeError(4)])])\nmatch, rest = e.split(ValueError)\nprint(repr(match), repr(rest))\nprint(repr(e.subgroup(lambda x: isinstance(x, KeyError))))\nprint(e.split(OSError), e.subgroup((TypeError, KeyError)))\n",
		"e = ExceptionGroup('m', [ValueError(1)])\ne.add_note('n')\ne.__cause__ = KeyError('c')\nm, r = e.split(ValueError)\nprint(m is e, r)\ne2 = ExceptionGroup('m', [ValueError(1), KeyError(2)])\ne2.add_note('n')\nm, r = e2.split(ValueError)\nprint(m.__notes__, r.__notes__, m.__notes__ is e2.__notes__, m.__suppress_context__)\n",
		"e = ExceptionGroup('m', [ValueError(1)])\nfor a in [(1,), (), (ValueError, 1)]:\n    try:\n        e.split(*a)\n    except TypeError as x:\n        print(x)\n",
		"print(ExceptionGroup[int])\n",
	})
}
