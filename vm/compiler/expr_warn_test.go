package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// exprWarnSources trigger (or nearly trigger) the SyntaxWarnings of
// check_compare, check_caller, check_subscripter and check_index.
var exprWarnSources = []string{
	// "is" / "is not" with a literal.
	"x is 1\n",
	"x is not 'a'\n",
	"1 is x\n",
	"x is None\nx is True\nx is ...\nx is not False\n",
	"x is (1, 2)\n",
	"x is -1\n",
	"x is ()\n",
	"x is []\n",
	"x == 1 is y\n",
	"x is 1 is 2\n",
	"x is y is 1\n",
	"a < b is 1 < c\n",
	"if x is 1:\n    pass\n",
	"if x is 1 is y:\n    pass\n",
	"while x is 1:\n    pass\n",
	"while a < x is not 'b':\n    pass\n",
	"try:\n    pass\nfinally:\n    y = x is not 'a'\n",
	"for i in x:\n    try:\n        continue\n    finally:\n        y = x is 2\n",
	"def f():\n    return x is 1\n",
	"y = [v for v in x if v is 1]\n",
	"y = x is 1 if z is 2 else w is 3\n",
	"assert x is 1\n",
	"y = (\n    x\n    is\n    1\n)\n",
	"with a:\n    y = a is 1\n",
	// Calling a literal or display.
	"(1, 2)(3)\n",
	"[(1, 2) (3, 4)]\n",
	"'a'()\n",
	"1()\nNone()\n...()\nb''()\n",
	"[1]()\n[x for x in y]()\n{}()\n{x: 1 for x in y}()\n{1}()\n{x for x in y}()\n(x for x in y)()\n",
	"f'{x}'()\n",
	"(x, y)(z)\n",
	"(lambda: 1)()\n",
	"x()\nx.y()\n'a'.join(x)\n(1).bit_length()\n",
	"f(\n  (1, 2)\n  (3, 4)\n)\n",
	// Subscripting what cannot be subscripted.
	"1[2]\n",
	"None[0]\n...[0]\n1.5[0]\n1j[0]\nTrue[0]\n",
	"{1}[0]\n{x for x in y}[0]\n(x for x in y)[0]\n(lambda: 1)[0]\n",
	"'a'[0]\n[1][0]\n(1,)[0]\nx[0]\n",
	"1[2] = 3\ndel 1[2]\n",
	"1[2] += 3\n'a'[1.5] += 1\n(1, 2)(3).x = 1\n",
	"match x:\n    case 1 if y is 1:\n        z = (1)(2)\n",
	"x = [1[0] for i in y]\n",
	// Indexing a sequence by a value of the wrong type.
	"'abc'[1.5]\n",
	"'abc'['x']\nb'abc'[None]\n(1, 2)[(1, 2)]\n",
	"[1, 2][1, 2]\n[x for x in y][()]\n(x, y)[{}]\nf'{x}'[[]]\n",
	"[1, 2][x]\n[1, 2][1]\n[1, 2][True]\n[1, 2][1:2]\n[1, 2][-1]\n",
	"[1, 2][x, y]\n[1, 2][{1}]\n[1, 2][lambda: 0]\n[1, 2][(i for i in x)]\n[1, 2][f'{x}']\n",
	"'abc'[...]\n'abc'[1j]\n",
	"[\n  [1, 2]\n  [3, 4]\n]\n",
	"x = 'abc'[1.5] = 2\n",
	// Together, in nested scopes.
	"class C:\n    def m(self):\n        return (1)(2), self is 1, 2[3]\n",
	"@d((1)(2))\ndef f(a=x is 1, *, b=[1][1.5]) -> 2[0]:\n    return lambda: 3[0]\n",
	"y = f'{x is 1}{(1)(2)!r:{3[0]}}'\n",
	"y = [i for i in (1)(2) if i is 3]\n",
	"async def f():\n    async for x in y:\n        z = x is 1\n",
}

func TestExprWarnings(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	for _, src := range exprWarnSources {
		path := filepath.Join(t.TempDir(), "w.py")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := oracle.Command("-c", warnScript, path).Output()
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		_, ws, err := CompileWarnings([]byte(src), path, Options{})
		if err != nil {
			t.Fatalf("%q: %v", src, err)
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
