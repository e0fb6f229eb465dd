package vm

import (
	"strings"
	"testing"
)

func TestImport(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"import math\nprint(math.floor(2.5), math.pi)\n",
		"import math as m\nprint(m.sqrt(16))\n",
		"from math import sqrt, pi\nprint(sqrt(9), pi)\n",
		"from math import sqrt as s\nprint(s(4))\n",
		"from math import *\nprint(floor(1.5), e, sorted(k for k in dir() if not k.startswith('_'))[:6])\n",
		"import sys, math\nprint(sys.modules['math'] is math, 'math' in sys.modules)\n",
		"import math\nimport math as m2\nprint(math is m2)\n",
		"import builtins\nprint(builtins.len('ab'), builtins.__name__)\n",
		"import builtins\nprint(list(vars(builtins))[:12])\n",
		"import nosuch\n",
		"import sys.x\n",
		"import math.x\n",
		"from sys import foo\n",
		"from . import x\n",
		"from .mod import y\n",
		"try:\n    import nosuch\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\n",
		"try:\n    from sys import nope\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\n",
		"m = __import__('math')\nprint(m.floor(2.5))\nprint(__import__('sys').maxsize)\n",
		"__import__('nosuch')\n",
		"__import__('')\n",
		"__import__(1)\n",
		"import sys\nsys.modules['fake'] = 5\nimport fake\nprint(fake)\n",
		"import sys\nsys.modules['blocked'] = None\nimport blocked\n",
		"def f():\n    import math\n    from math import floor\n    return math.ceil(1.5), floor(1.5)\nprint(f())\n",
		"class C:\n    import math\n    from math import tau\nprint(C.math.pi, C.tau)\n",
	})
}

func TestAnnotations(t *testing.T) {
	t.Parallel()
	checkPyCases(t, []string{
		"x: int = 1\ny: str\nprint(__annotations__)\n",
		"class C:\n    a: int\n    b: 'str' = 'x'\nprint(C.__annotations__, C.b)\n",
		"__annotations__ = {'pre': 1}\nz: float = 2.0\nprint(__annotations__)\n",
		"def f():\n    x: int = 1\n    return x\nprint(f())\n",
	})
}

// TestImportFromBuiltinModule: math has a __file__ (CPython 3.11 loads it
// from a shared library, whose path the error names; quicken's path is
// under its own sys.prefix).
func TestImportFromBuiltinModule(t *testing.T) {
	t.Parallel()
	_, stderr, status := runPy(t, "from math import foo\n")
	want := "ImportError: cannot import name 'foo' from 'math' (/usr/local/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so)\n"
	if status != 1 || !strings.HasSuffix(stderr, want) {
		t.Errorf("status %d, stderr %q; want the last line %q", status, stderr, want)
	}
}
