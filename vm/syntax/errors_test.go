package syntax

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// The error tests run each bad file with `python3 FILE.py` and compare
// its stderr with Error.Format, byte for byte.

// runFileScript compiles each file named on its command line the way
// `python3 FILE.py` does (PyRun_FileExFlags: the file tokenizer, the
// given path) and prints, as a JSON list, what CPython would print on
// stderr: the error report, without the traceback of this script. A file
// that compiles runs with no builtins, so that nothing it does can reach
// the outside; the test files are made not to compile.
const runFileScript = `
import ast, ctypes, io, json, sys
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
api = ctypes.pythonapi
api.PyRun_FileExFlags.restype = ctypes.py_object
api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
    ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.c_void_p]
out = []
for path in sys.argv[1:]:
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        fp = libc.fopen(path.encode(), b"rb")
        g = {"__builtins__": {}}
        try:
            api.PyRun_FileExFlags(fp, path.encode(), 257, g, g, 1, None)
        except BaseException as e:
            e.__traceback__ = None
            sys.excepthook(type(e), e, None)
    finally:
        sys.stderr = old
    try:
        with open(path, "rb") as f:
            ast.parse(f.read())
        parses = True
    except BaseException:
        parses = False
    out.append({"stderr": buf.getvalue(), "parses": parses})
json.dump(out, sys.stdout)
`

// pyResult is what runFileScript reports for one file: python3's stderr,
// and whether the file parses (when it does, any error is from a later
// stage of the compiler).
type pyResult struct {
	Stderr string `json:"stderr"`
	Parses bool   `json:"parses"`
}

// runPython returns what python3 prints on stderr when run on each file
// (absolute paths).
func runPython(t *testing.T, paths []string) []pyResult {
	t.Helper()
	var out []pyResult
	for len(paths) > 0 {
		n := min(len(paths), 300)
		res, err := oracle.Run(append([]string{"-c", runFileScript}, paths[:n]...)...)
		if err != nil {
			t.Fatal(err)
		}
		var batch []pyResult
		if err := json.Unmarshal([]byte(res.Stdout), &batch); err != nil {
			t.Fatalf("python3: %v\n%s", err, res.Stderr)
		}
		out = append(out, batch...)
		paths = paths[n:]
	}
	return out
}

// TestRunFileScriptMatchesPython3 checks that the in-process compilation
// of runFileScript reports errors exactly as running `python3 FILE.py`.
func TestRunFileScriptMatchesPython3(t *testing.T) {
	needOracle(t)
	dir := t.TempDir()
	srcs := []string{"x = (1 2\n", "if x:\n\tif y:\n        pass\n", "x = 1\ny = \"\xff\"\n", "f(**a, *b)\n"}
	var paths []string
	for i, src := range srcs {
		p := filepath.Join(dir, "f"+itoa(i)+".py")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	batch := runPython(t, paths)
	for i, p := range paths {
		stderr, _, err := oracle.RunStderr(p)
		if err != nil {
			t.Fatal(err)
		}
		if stderr != batch[i].Stderr {
			t.Errorf("%q: python3 FILE.py prints\n%s\nrunFileScript prints\n%s", srcs[i], stderr, batch[i].Stderr)
		}
	}
}

// TestErrorCorpus checks testdata/errors/*.py: each file's first line is
// "# error: Kind: message", and quicken must report that error exactly as
// python3 prints it.
func TestErrorCorpus(t *testing.T) {
	needOracle(t)
	files, err := filepath.Glob("testdata/errors/*.py")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var abs []string
	for _, f := range files {
		a, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		abs = append(abs, a)
	}
	want := runPython(t, abs)
	for i, path := range abs {
		path, w := path, want[i]
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			line, _, _ := bufio.NewReader(bytes.NewReader(src)).ReadLine()
			expect, ok := strings.CutPrefix(string(line), "# error: ")
			if !ok {
				t.Fatalf("first line should be '# error: Kind: message', is %q", line)
			}
			_, err = Parse(src, path, ModeExec)
			if err == nil {
				t.Fatalf("parsed without error; want %s", expect)
			}
			e := err.(*Error)
			if got := e.Kind + ": " + e.Msg; got != expect {
				t.Errorf("error is %q, file says %q", got, expect)
			}
			if got := e.Format(); got != w.Stderr {
				t.Errorf("Format differs from python3:\n%s", oracle.Diff("python3", w.Stderr, "quicken", got, 5, 40))
			}
		})
	}
}

// TestErrorSnippets checks many small bad programs the same way.
func TestErrorSnippets(t *testing.T) {
	needOracle(t)
	dir := t.TempDir()
	var paths []string
	for i, src := range errorSnippets {
		p := filepath.Join(dir, "snippet"+strings.Repeat("0", 4-len(itoa(i)))+itoa(i)+".py")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	want := runPython(t, paths)
	for i, src := range errorSnippets {
		_, err := Parse([]byte(src), paths[i], ModeExec)
		var got string
		if err != nil {
			got = err.(*Error).Format()
		}
		if !parseStageError(want[i].Stderr, want[i].Parses, []byte(src)) {
			// CPython parsed it (any error comes from a later stage).
			if err != nil {
				t.Errorf("snippet %d %q: quicken fails, python3 parses it:\n%s", i, src, got)
			}
			continue
		}
		if got != want[i].Stderr {
			t.Errorf("snippet %d %q:\n%s", i, src, oracle.Diff("python3", want[i].Stderr, "quicken", got, 5, 40))
		}
	}
}

// isParseError reports whether python3's output is an error report of the
// kinds the parser raises (warnings and run-time errors are not).
func isParseError(s string) bool {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	last := lines[len(lines)-1]
	for _, k := range []string{"SyntaxError", "IndentationError", "TabError", "MemoryError"} {
		if last == k || strings.HasPrefix(last, k+": ") {
			return true
		}
	}
	return false
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// errorSnippets are bad programs (and a few good ones near the edge).
var errorSnippets = []string{
	// A tokenizer error at the start of a gather element lets the gather
	// return what it has, and invalid_class_pattern's error wins.
	"match x:\n  case C(a=b, c,  rb' d=e):\n    pass\n",
	"match x:\n  case C(a=b, c, d 'x):\n    pass\n",
	"match x:\n  case C(a=b, c, d, 'x):\n    pass\n",
	"match x:\n  case C(c, a=b, 'x):\n    pass\n",
	// An invalid \N does not end an f-string literal.
	"xx = f'\\NBULLET} {x}'\n",
	"xx = f'\\NBULLET {x}'\n",
	// Null bytes and undecodable lines read inside a token.
	"x = \"\"\"ab\ncd\x00ef\n\"\"\"\n",
	"if x:\n    y\n\xe9\n",
	"x = 1if y else 2\n\"\xed\xa0\x80\"\n",
	"x = 1\n'\xc0\x80'\n",
	"x = 1\n'\xf4\x90\x80\x80'\n",
	// TYPE_COMMENT? after a parameter's comma fetches the next token.
	"def f(a = 5, b,",
	"def foo(a,*b,c,*d,",
	"lambda a = 5, b,",
	"def f(a, *, b:int=3, c,",
	// The line of the 'if', not of its condition.
	"if (\nx):\nfoo\n",
	"if \\\nx:\n",
	// Multibyte codecs: ASCII lines decode.
	"# coding: euc-jp\nx = (\n",
	"# -*- coding: shift_jis -*-\nx = 1\n",
	"# coding: iso2022_jp\nx = 1 +\n",
	// The f-string sub-parser's error line starts where its token does.
	"f'''{f\"\"\"x}\nexcept\"\"\"}\\n'''\n",
	// Tokenizer errors.
	"x = 1_\n",
	"x = 0x\n",
	"x = 0o8\n",
	"x = 0o\n",
	"x = 0b2\n",
	"x = 0b\n",
	"x = 0777\n",
	"x = 0_7\n",
	"x = 00_7\n",
	"x = 1e\n",
	"x = 1e+\n",
	"x = 1.2e-x\n",
	"x = 12abc\n",
	"x = 1__0\n",
	"x = 0x_\n",
	"x = 0xg\n",
	"x = 1jx\n",
	"x = 1.5x\n",
	"x = 0b1_\n",
	"x = 0o7_a\n",
	"x = 5if 1 else 2\n",
	"x = 'abc\n",
	"x = \"abc\n",
	"x = b'abc\n",
	"x = '''abc\n\n\n",
	"x = \"\"\"abc\nline\n",
	"x = 1\ny = 'abc\nz = 2\n",
	"x = é€\n",
	"x = €\n",
	"€ = 1\n",
	"x = a€b\n",
	"x = \x01\n",
	"x = 1\x7f\n",
	"x = $\n",
	"x = a ? b\n",
	"x = `a`\n",
	"x = a!b\n",
	"x = ))\n",
	"x = (]\n",
	"x = (\n\n]\n",
	"x = [1, 2}\n",
	"x = (1,\n",
	"x = [1,\n2,\n",
	"x = {1:\n",
	"foo(\n",
	"x = (1 2\n",
	"def f(:\n  pass\n",
	"a \\ b\n",
	"a = 1 + \\\n  2 \\ 3\n",
	"a \\\n",
	"a\n\\\n",
	"x = " + strings.Repeat("(", 201) + strings.Repeat(")", 201) + "\n",
	"x = " + strings.Repeat("[", 200) + strings.Repeat("]", 200) + "\n",
	"x = 1\ny = \"\x00\"\n",
	"x = 1\ny = \"\xff\"\n",
	"# coding: latin-1\nx = \"\xe9\" +\n",
	"# coding: foo\nx = 1\n",
	"\xef\xbb\xbfx = 1 +\n",
	"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
	"x = 1\r\ny = (1 2)\r\n",
	"x = 1\ry = (1 2)\r",
	"x = 1 +",
	// Indentation.
	"if x:\n",
	"if x:\npass\n",
	"if x:\n    pass\n  y\n",
	"x\n    y\n",
	"def f():\n    x = 1\n   y = 2\n",
	"if x:\n\tif y:\n        pass\n",
	"if x:\n        a\n\tb\n",
	"for x in y:\nz\n",
	"while x:\nz\n",
	"def f():\nreturn 1\n",
	"class C:\nx = 1\n",
	"try:\nx\n",
	"try:\n    x\nexcept:\ny\n",
	"try:\n    x\nexcept E:\ny\n",
	"try:\n    x\nexcept* E:\ny\n",
	"try:\n    x\nfinally:\ny\n",
	"with x:\ny\n",
	"with (x as y):\nz\n",
	"if x:\n    pass\nelse:\ny\n",
	"if x:\n    pass\nelif y:\nz\n",
	"match x:\ncase 1: pass\n",
	"match x:\n    case 1:\n    pass\n",
	"async def f():\nx\n",
	"async def f():\n    async for x in y:\n    z\n",
	"async def f():\n    async with x:\n    z\n",
	"  x = 1\n",
	"x = 1\n y = 2\n",
	"if x:\n    y\n        z\n",
	// Generic invalid syntax.
	"x = 1 +\n",
	"x = = 1\n",
	"x = 1 2\n",
	"import a from b\n",
	"1 <> 2\n",
	"x = 1.2.3\n",
	"if x = 1:\n    pass\n",
	"x = (1, 2\ny = 3\n",
	"print 'hello'\n",
	"exec 'code'\n",
	"print x, y\n",
	"f(x for x in y, 1)\n",
	"f(1, x for x in y)\n",
	"f(a=1, b)\n",
	"f(**a, b)\n",
	"f(**a, *b)\n",
	"f(a=1 for a in b)\n",
	"f(True=1)\n",
	"f(a+1=2)\n",
	"f(x.y=2)\n",
	"f(a, b for b in c)\n",
	"x = [1, 2 3]\n",
	"x = (a b)\n",
	"x = {a b}\n",
	"x = f(a b)\n",
	"a b\n",
	"x = a if b\n",
	"x = a if b else\n",
	"if x\n    pass\n",
	"while x\n    pass\n",
	"for x in y\n    pass\n",
	"def f()\n    pass\n",
	"class C\n    pass\n",
	"class C(A)\n    pass\n",
	"try\n    pass\n",
	"try:\n    pass\n",
	"try:\n    pass\nx = 1\n",
	"try:\n    pass\nexcept E as e\n    pass\n",
	"try:\n    pass\nexcept\n    pass\n",
	"try:\n    pass\nexcept E, F:\n    pass\n",
	"try:\n    pass\nexcept*:\n    pass\n",
	"try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
	"try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
	"try:\n    pass\nfinally\n    pass\n",
	"with x\n    pass\n",
	"with (x as y)\n    pass\n",
	"with x as 1:\n    pass\n",
	"else:\n    pass\n",
	"if x:\n    pass\nelse\n    pass\n",
	"elif x:\n    pass\n",
	"match x\n    case 1: pass\n",
	"match x:\n    case 1\n        pass\n",
	"def f:\n    pass\n",
	"def f(a, a=1, b):\n    pass\n",
	"def f(a=1, b):\n    pass\n",
	"def f(*):\n    pass\n",
	"def f(*, **k):\n    pass\n",
	"def f(*a=1):\n    pass\n",
	"def f(**k=1):\n    pass\n",
	"def f(**k, a):\n    pass\n",
	"def f(**k, *a):\n    pass\n",
	"def f(*a, *b):\n    pass\n",
	"def f(/, a):\n    pass\n",
	"def f(a, /, b, /):\n    pass\n",
	"def f(a, *, b, /):\n    pass\n",
	"def f(a=1, /*):\n    pass\n",
	"def f((a, b)):\n    pass\n",
	"def f(a, (b, c)):\n    pass\n",
	"def f(a=):\n    pass\n",
	"def f(a, b=):\n    pass\n",
	"lambda a, a=1, b: 0\n",
	"lambda *: 0\n",
	"lambda *a=1: 0\n",
	"lambda **k=1: 0\n",
	"lambda **k, a: 0\n",
	"lambda *a, *b: 0\n",
	"lambda /, a: 0\n",
	"lambda (a, b): 0\n",
	"lambda a, /, b, /: 0\n",
	"lambda a, *, b, /: 0\n",
	"lambda a=1, /*: 0\n",
	"f() = 1\n",
	"1 = x\n",
	"'a' = x\n",
	"None = 1\n",
	"True = 1\n",
	"... = 1\n",
	"x + 1 = 2\n",
	"-x = 1\n",
	"(a, b) += 1\n",
	"[a, b] += 1\n",
	"f() += 1\n",
	"a, b += 1\n",
	"x = yield = 1\n",
	"(yield) = 1\n",
	"a if b else c = 1\n",
	"[x for x in y] = 1\n",
	"{x for x in y} = 1\n",
	"{a: b} = 1\n",
	"{a} = 1\n",
	"(x for x in y) = 1\n",
	"a < b = 1\n",
	"lambda: 1 = 1\n",
	"await x = 1\n",
	"f'{x}' = 1\n",
	"a, f() = 1, 2\n",
	"[a, 1] = x\n",
	"*a = 1\n",
	"del f()\n",
	"del 1\n",
	"del a + b\n",
	"del (a, 1)\n",
	"del *a\n",
	"del [a, *b]\n",
	"for 1 in x:\n    pass\n",
	"for f() in x:\n    pass\n",
	"for a, 1 in x:\n    pass\n",
	"[x for 1 in y]\n",
	"[x for a + b in y]\n",
	"with a as f():\n    pass\n",
	"with a as 1, b:\n    pass\n",
	"x: int, y: int = 1, 2\n",
	"a, b: int\n",
	"[a, b]: int\n",
	"(a, b): int\n",
	"f(): int\n",
	"a + 1: int\n",
	"x = (*a)\n",
	"x = (**a)\n",
	"print(*a for a in b)\n",
	"[*a for a in b]\n",
	"{*a for a in b}\n",
	"{**a for a in b}\n",
	"[a, b for a in c]\n",
	"[a, for a in c]\n",
	"{a, b for a in c}\n",
	"{1: *a}\n",
	"{1: 2, 3: *a}\n",
	"{1:}\n",
	"{1: 2, 3:}\n",
	"{1: 2, 3}\n",
	"{1: 2, 3 4}\n",
	"x = 1 if 2\n",
	"(x := 1) := 2\n",
	"(a.b := 1)\n",
	"(a[0] := 1)\n",
	"((a, b) := 1)\n",
	"if x = 1: pass\n",
	"if f() = 1: pass\n",
	"if x.y = 1: pass\n",
	"if (x = 1): pass\n",
	"x = [a = 1]\n",
	"from x import a,\n",
	"from x import (a, b\n",
	"from x import\n",
	"import\n",
	"import a.\n",
	"from . import *, a\n",
	"global\n",
	"global a,\n",
	"nonlocal 1\n",
	"raise E from\n",
	"assert\n",
	"return *\n",
	"x = *a\n",
	"x = **a\n",
	"a[1:2:3:4]\n",
	"a[]\n",
	"f(**)\n",
	"f(*)\n",
	"f(a=)\n",
	"f(,)\n",
	"f(a,,b)\n",
	"x.1\n",
	"x = 1.e\n",
	"class C(x for x in y): pass\n",
	"class C(a=1, b): pass\n",
	"@\ndef f(): pass\n",
	"@x\nclass\n",
	"@x\nx = 1\n",
	"def f() -> : pass\n",
	"async x = 1\n",
	"async def f(): await\n",
	"await\n",
	"x = lambda: yield\n",
	"x = lambda x=: 1\n",
	"x = not\n",
	"x = a not b\n",
	"x = a is not not b\n",
	"x = a in not b\n",
	"x = a and\n",
	"x = a or or b\n",
	"x = ~\n",
	"x = a.\n",
	"x = a..b\n",
	"x = a...b\n",
	"x = [a for a in b if]\n",
	"x = [a for a in]\n",
	"x = [for a in b]\n",
	"x = {a: b for a in}\n",
	"pass pass\n",
	"break x\n",
	"continue 1\n",
	"x = 1; ; y = 2\n",
	";\n",
	"x = 1 ;;\n",
	"if x: pass; else: pass\n",
	"if x: if y: pass\n",
	"while x: for y in z: pass\n",
	"x = (yield from)\n",
	"x = yield from\n",
	// Strings.
	"x = 'a' b'b'\n",
	"x = b'a' 'b'\n",
	"x = b'a' f'b'\n",
	"x = b'é'\n",
	"x = '\\x4'\n",
	"x = '\\x'\n",
	"x = '\\u12'\n",
	"x = '\\U1234567'\n",
	"x = '\\U00110000'\n",
	"x = '\\N{NO SUCH NAME}'\n",
	"x = '\\N{BULLET'\n",
	"x = '\\N'\n",
	"x = '\\Nx'\n",
	"x = b'\\x4'\n",
	"x = b'\\x'\n",
	"x = 'é\\x4'\n",
	"x = '\\é\\x4'\n",
	"x = kf'abc'\n",
	"x = bu'abc'\n",
	"x = ur'abc'\n",
	"x = rr'abc'\n",
	// f-strings.
	"x = f'{a b}'\n",
	"x = 1\ny = f'{a $ b}'\n",
	"x = f'{}'\n",
	"x = f'{ }'\n",
	"x = f'{a!x}'\n",
	"x = f'{a!}'\n",
	"x = f'{a!r'\n",
	"x = f'{a:{b:{c}}}'\n",
	"x = f'{a\\\\n}'\n",
	"x = f'{#}'\n",
	"x = f'{a#}'\n",
	"x = f'}'\n",
	"x = f'a}b'\n",
	"x = f'{'\n",
	"x = f'{a'\n",
	"x = f'{a)}'\n",
	"x = f'{(a}'\n",
	"x = f'{a]}'\n",
	"x = f'{a = = }'\n",
	"x = f'{*a}'\n",
	"x = f'{**a}'\n",
	"x = f'{lambda x: 1}'\n",
	"x = f'{yield}'\n",
	"x = f'{a:=1}'\n",
	"x = f'{ a!r }'\n",
	"x = 1\ny = f'{1_}'\n",
	"x = 1\ny = f'{0777}'\n",
	"x = 1\ny = f'{a+(}'\n",
	"x = f'{\"a}'\n",
	"x = f'{a=!x}'\n",
	"x = (f'{a}'\n  f'{b c}')\n",
	"x = f'''\n{a b}'''\n",
	"x = f'''{\na b}'''\n",
	"x = f'{a}' f'{b c}'\n",
	"x = f'{x} {y z}'\n",
	"x = f'{x:{y z}}'\n",
	"x = f'{a if b}'\n",
	"x = f'{a = 1}'\n",
	"x = f'{f()=1}'\n",
	"x = f'{[a b]}'\n",
	"x = f'\\N{NO SUCH}'\n",
	"x = f'\\{x}'\n",
	"x = f'{x!r:{y!z}}'\n",
	"x = rf'{a b}'\n",
	"x = f'{1 +}'\n",
	"x = f'{a:{b c}}'\n",
	"x = f'{f\"{a b}\"}'\n",
	"x = f'é {a b}'\n",
	"x = 'é' f'{a b}'\n",
	// Numbers at the limits.
	"x = 1" + strings.Repeat("0", 4300) + "\n",
	"x = 1" + strings.Repeat("0", 4299) + "\n",
	// Match.
	"match x:\n    case 1 + 1:\n        pass\n",
	"match x:\n    case 1j + 1:\n        pass\n",
	"match x:\n    case -1j - 1j:\n        pass\n",
	"match x:\n    case a as _:\n        pass\n",
	"match x:\n    case a as 1:\n        pass\n",
	"match x:\n    case C(a=1, b):\n        pass\n",
	"match x:\n    case C(a, b=1, c, d):\n        pass\n",
	"match x:\n    case {**a, b: 1}:\n        pass\n",
	"match x:\n    case f():\n        pass\n",
	"match x:\n    case a.b():\n        pass\n",
	"match x:\n    case *a:\n        pass\n",
	"match x:\n    case [**a]:\n        pass\n",
	"match x:\n    case {a: 1}:\n        pass\n",
	"match x:\n    case 1 if:\n        pass\n",
	"match x:\n    pass\n",
	// Unicode and byte columns.
	"é = (1 2)\n",
	"é = 1; print(é); ñ =\n",
	"é = 1 +\n",
	"é = 1 + $\n",
	"x = \"ééé\" $\n",
	"# coding: utf8\né = (1 2)\n",
	"# coding: latin-1\nx = \"\xe9\xe9\" + $\n",
	"x = 'é' 1\n",
	"f(é=1, b)\n",
	"x = (é 1)\n",
	// Errors after other errors: the tokenizer error wins.
	"x = = 1\ns = 'abc\n",
	"f(**a, *b)\ns = 'abc\n",
	"x = 1 +\ny = (1,\n",
	"x = (1,\ny = 1 +\nz=2\n",
	"x = 'a' b'c'\ns = (\n",
	"a b\nc = 0777\n",
	"a b\nc = €\n",
	"if x:\n    a b\n  c\n",
	"x = (\n1 +\n",
	"def f(:\n    x = '\n",
	// Deep nesting.
	"x = " + strings.Repeat("-", 100) + "1\n",
	"x = " + strings.Repeat("not ", 100) + "1\n",
	"x = " + strings.Repeat("(", 199) + strings.Repeat(")", 199) + "\n",
	strings.Repeat("if x:\n", 1) + "    pass\n",
	// Line endings, form feeds, tabs, long lines, encodings.
	"x = 1\r\nif x\r\n    pass\r\n",
	"x = (1,\r\n2 3)\r\n",
	"s = 'abc\r\n",
	"x = 1\ry = 2\rz = (1 2)\r",
	"\fx = (1 2)\n",
	"if x:\n\f    y = (1 2)\n",
	"if x:\n    \fy = 1\n  z = 2\n",
	"if x:\n  \ty = 1\n        z = 2\n",
	"if x:\n\ty = 1\n\tz = (1 2)\n",
	"if x:\n \ty = 1\n\tz = 2\n",
	"x = [" + strings.Repeat("1, ", 600) + "2 3]\n",
	"x = '" + strings.Repeat("é", 600) + "' 1\n",
	"# " + strings.Repeat("x", 2000) + "\nx = (1 2)\n",
	strings.Repeat("y", 1500) + " = (1 2)\n",
	"x = 1 # \xff\n",
	"# \xff\nx = 1\n",
	"# coding: latin-1\n# \xff\nx = (1 2)\n",
	"# coding: cp1252\nx = '\x81'\n",
	"# coding: cp864\nx = '%\xa4' 1\n",
	"# coding: koi8_u\nx = '\xa4\xe9' 1\n",
	"# coding: utf-8\nx = '\xff'\n",
	"# coding: utf-8\n\xc3\xa9 = 1\n\xff = 2\n",
	"\xef\xbb\xbfx = (1 2)\n",
	"\xef\xbb\xbf# coding: utf-8\nx = (1 2)\n",
	"\xef\xbb\xbf\xef\xbb\xbfx = 1\n",
	"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = '\xe9' 1\n",
	"x = 1\n# -*- coding: latin-1 -*-\ny = '\xe9'\n",
	"\n\n# coding: latin-1\nx = '\xe9'\n",
	"x = 1\n\x00\n",
	"x = 1\n\n\ny = (\n\x00",
	"\x00",
	"x = ''' \x00 '''\n",
	"def f():\n    x = 1\n\n\n  y\n",
	"class C:\n    def f(self):\n        pass\n   x = 1\n",
	"if x:\n    pass\n    \n  \n",
	"if x:\n    a\n  # comment\n    b\n",
	"x = (\n  # comment\n  1 2)\n",
	"x = f'''{\n a b}'''\n",
	"x = f'''\n\n  {a b}'''\n",
	"x = (f'{a}'\n     f'''{b}\n{c d}''')\n",
	"x = f'{a!r:{b c}}'\n",
	"x = f'{a}{b c}'\n",
	"x = f'{a:{b}{c d}}'\n",
	"x = f'{1if 1 else 2}'\ny = (1 2)\n",
	"x = 0x1for\ny = (1 2)\n",
	"y = 1if x else 2\nz = (1 2)\n",
	"y = 1if x else 2\n  z = 1\n",
	// Near misses that are valid.
	"x = 1if y else 2\n",
	"x = [0x1for x in y]\n",
	"print(match, case)\n",
	"match = 1\n",
	"f(**a, b=1)\n",
	"f(*a, *b, c=1, *d)\n",
}
