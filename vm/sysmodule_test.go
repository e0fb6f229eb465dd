package vm

import "testing"

func TestSysModule(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import sys
class S:
    def __sizeof__(self): return 100
class Neg:
    def __sizeof__(self): return -1
class Str:
    def __sizeof__(self): return 'a'
class Big:
    def __sizeof__(self): return 2**70
class Raise:
    def __sizeof__(self): raise ValueError('x')
class Slots:
    __slots__ = ()
    def __sizeof__(self): return 100
`,
		"sys.version_info", "sys.version_info >= (3, 8)", "sys.version_info[:2]",
		"sys.version_info.major", "sys.version_info.releaselevel", "tuple(sys.version_info)",
		"sys.version[:6]", "sys.hexversion", "sys.implementation.name",
		"sys.implementation.version", "sys.implementation.cache_tag", "sys.platform",
		"sys.byteorder", "sys.maxsize", "sys.maxunicode", "sys.float_info",
		"sys.float_info.max", "sys.float_info.epsilon", "sys.float_info[0]", "sys.int_info",
		"sys.hash_info", "sys.hash_info.modulus", "sys.float_repr_style", "sys.api_version",
		"sys.flags.optimize", "sys.flags.int_max_str_digits", "sys.flags.dev_mode",
		"len(sys.flags)", "type(sys.flags).__name__", "sys.getdefaultencoding()",
		"sys.getfilesystemencoding()", "sys.getrecursionlimit()", "sys.get_int_max_str_digits()",
		"sys.intern('abc')", "sys.intern(1)", "sys.exc_info()", "sys.exception()",
		"sys.getsizeof(1)", "sys.getsizeof(0)", "sys.getsizeof(2**30)", "sys.getsizeof(2**60)",
		"sys.getsizeof(-2**100)", "sys.getsizeof(True)", "sys.getsizeof(1.5)", "sys.getsizeof('')",
		"sys.getsizeof('abc')", "sys.getsizeof('é')", "sys.getsizeof('€')", "sys.getsizeof('😀')",
		"sys.getsizeof(None)", "sys.getsizeof(())", "sys.getsizeof((1, 2))", "sys.getsizeof([])",
		"sys.getsizeof([1, 2, 3])", "sys.getsizeof({})", "sys.getsizeof(object())",
		"sys.getsizeof(S())", "sys.getsizeof(Slots())", "sys.getsizeof(Neg())", "sys.getsizeof(Str())",
		"sys.getsizeof(Str(), 5)", "sys.getsizeof(Big())", "sys.getsizeof(Raise(), 5)",
		"sys.getsizeof(enumerate([]))", "sys.getsizeof(zip())", "sys.getsizeof(map(len, []))",
		"sys.getsizeof(filter(None, []))", "sys.getsizeof(reversed([]))", "sys.getsizeof(sys.stdout)",
		"sys.getsizeof(sys.version_info)", "sys.getsizeof(sys.flags)", "sys.getsizeof(len)",
		"sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof(o=1)",
		"sys.intern()", "sys.intern(x=1)", "sys.setrecursionlimit()", "sys.setrecursionlimit(1.5)",
		"sys.setrecursionlimit(x=1)", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(-5)",
		"sys.setrecursionlimit(2**40)", "sys.getrecursionlimit(1)",
		"sys.exc_info(1)", "sys.set_int_max_str_digits()", "sys.set_int_max_str_digits(1, 2)",
		"sys.set_int_max_str_digits(x=1)", "sys.set_int_max_str_digits(5)",
		"sys.stdout.write()", "sys.stdout.write('a', 'b')", "sys.stdout.flush(1)",
		"sys.stdin.readline(1, 2)", "sys.stdin.read(1, 2)", "sys.stdin.write('x')",
		"sys.stdout.read()", "'sys' in sys.modules", "'builtins' in sys.modules",
		"type(sys.modules).__name__", "type(sys.argv).__name__", "sys.path[0] == ''",
	))
}

func TestSysRecursionLimit(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import sys\nfor n in [1, 2]:\n    try:\n        sys.setrecursionlimit(n)\n    except RecursionError as e:\n        print(e)\n",
		"import sys\ndef f(k):\n    if k:\n        return f(k - 1)\n    for n in [5, 6, 7]:\n        try:\n            sys.setrecursionlimit(n)\n            sys.setrecursionlimit(1000)\n            print('ok', n)\n        except RecursionError as e:\n            print(e)\nf(3)\n",
		"import sys\nsys.setrecursionlimit(50)\ndef g(k):\n    return 0 if k == 0 else g(k - 1)\nprint(g(46))\ntry:\n    g(100)\nexcept RecursionError as e:\n    print(e)\nprint(sys.getrecursionlimit())\n",
	})
}

func TestSysIntMaxStrDigits(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import sys\nx = 10**5000\ntry:\n    str(x)\nexcept ValueError as e:\n    print(e)\nsys.set_int_max_str_digits(0)\nprint(len(str(x)))\nsys.set_int_max_str_digits(6000)\nprint(sys.get_int_max_str_digits(), len(str(x)))\n",
	})
}

func TestSysExcInfo(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import sys\ntry:\n    1/0\nexcept ZeroDivisionError:\n    t, v, tb = sys.exc_info()\n    print(t.__name__, v, tb is not None, sys.exception() is v)\nprint(sys.exc_info(), sys.exception())\n",
		"import sys\ntry:\n    raise KeyError('k')\nexcept KeyError:\n    try:\n        raise ValueError('v')\n    except ValueError:\n        print(repr(sys.exception()))\n    print(repr(sys.exception()))\n",
	})
}

func TestSysArgv(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import sys\nprint(sys.argv[1:], len(sys.argv))\n",
		"import sys\nprint(sys.orig_argv[1:] == sys.argv, type(sys.argv[0]).__name__)\n",
	})
}

func TestSysGetFrame(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import sys\ndef f(a):\n    b = 2\n    return sys._getframe().f_code.co_name, sys._getframe().f_lineno, sorted(sys._getframe().f_locals)\nprint(f(1))\n",
		"import sys\ndef who():\n    return sys._getframe(1).f_code.co_name\ndef caller():\n    return who()\nprint(caller(), sys._getframe().f_code.co_name)\n",
		"import sys\nprint(sys._getframe().f_globals is globals())\nsys._getframe(50)\n",
		"import sys\nsys._getframe(1, 2)\n",
	})
}

// Structure sequences have CPython's namespace: read-only members per
// field, __reduce__, the field counts.
func TestStructSeqNamespace(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import sys
vi, fl, fi = sys.version_info, sys.flags, sys.float_info
`, "dir(vi)", "dir(fi)", "[k for k in type(fl).__dict__ if k != '__new__']",
		"[k for k in type(vi).__dict__ if k != '__new__']", "vi.__reduce__()", "fi.__reduce__()[1][0] == tuple(fi)",
		"type(vi).major", "type(vi).major.__get__(vi)", "type(fi).epsilon.__name__", "type(fi).epsilon.__objclass__",
		"setattr(vi, 'major', 1)", "delattr(vi, 'minor')", "vi.nope", "type(vi).major.__get__(1)",
		"vi.major, vi[:2], fl.optimize, fi.max == fi[0]",
		"[type(x).__doc__ for x in (vi, fl, fi, sys.int_info, sys.hash_info, sys.thread_info)]"))
}

func TestStructSeqNew(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import sys
F = type(sys.float_info)
`, "F((1,)*11).max", "F((1,)*10)", "F((1,)*12)", "F(5)", "F((1,)*11, {})[0]", "F((1,)*11, 3)", "F([1]*11).dig",
		"F(iter([2]*11)).radix", "F()", "F(sequence=(1,)*11, dict={}).max", "F(x=1)", "type(sys.version_info)((1,)*5)",
		"type(sys.flags)(())", "type(F((1,)*11)).__name__", "'__new__' in F.__dict__", "list(type(sys.int_info).__dict__)[0]"))
}
