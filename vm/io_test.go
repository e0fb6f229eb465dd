package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// checkPyFiles runs src, which may create and change files under DIR
// (replaced by a directory of its own), on python3 and on a Machine
// allowed to write files, and fails on any difference.
func checkPyFiles(t *testing.T, src string) {
	t.Helper()
	dir := t.TempDir()
	src = strings.ReplaceAll(src, "DIR", dir)
	wo, we, ws := pythonRun(t, src)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const filename = "/tmp/prog.py"
	code, err := Compile([]byte(src), filename)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m := New(Options{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Argv: []string{filename}, WriteFiles: true,
		Buffering: Buffering{Encoding: "utf-8", Errors: "strict"}}) // as pythonRun sets PYTHONIOENCODING
	m.SetSource(filename, []byte(src))
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	g, ge, gs := out.String(), errb.String(), res.ExitStatus
	if g != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+strconv.Itoa(ws)+"\n",
			"quicken", "stdout:\n"+g+"stderr:\n"+ge+"status: "+strconv.Itoa(gs)+"\n", 3, 60))
	}
}

// The file objects open() makes, read and written: text encodings,
// error handlers and newline translation, binary buffering, seek and
// tell, detach and reconfigure, the errors of closed and one-way files.
func TestIOFiles(t *testing.T) {
	cases := []string{
		// Text: encodings, newline translation, tell and seek cookies.
		tryAll + `
p = 'DIR/t.txt'
with open(p, 'w', encoding='latin-1', newline='\r\n') as f:
    print(f.write('caf\xe9\nx\n'), f.tell(), f.encoding, f.errors, f.newlines)
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(repr(f.read()), f.tell(), f.newlines)
    print(f.seek(0), repr(f.readline()), f.tell())
    print(repr(f.read(2)), f.tell())
with open(p, encoding='latin-1', newline='') as f:
    print(f.readlines(), f.newlines)
with open(p, 'w', encoding='utf-8', newline='\r') as f:
    f.write('a\nb\r\nc')
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline=None) as f:
    print(list(f), f.newlines)
with open(p, 'w', encoding='utf-16') as f:
    f.write('h\xe9llo\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))
_try("open(p, newline='x')")
_try("open(p, encoding='nope')")
_try("open(p, 'rb', encoding='utf-8')")
_try("open(p, 'rb', newline='')")
_try("open(p, 'w', buffering=0)")
`,
		// Error handlers on the way out and in.
		tryAll + `
p = 'DIR/e.txt'
for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    try:
        with open(p, 'w', encoding='ascii', errors=errors) as f:
            f.write('a\xe9\u20acb\n')
        with open(p, 'rb') as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
with open(p, 'wb') as f:
    f.write(b'ok \xff\xfe end\n')
for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    try:
        with open(p, encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
`,
		// Binary files: the buffered layer and the raw one beneath.
		tryAll + `
p = 'DIR/b.bin'
with open(p, 'wb') as f:
    print(type(f).__name__, f.write(b'0123456789'), f.tell(), f.mode, f.raw.mode, f.name == p)
    f.writelines([b'ab', bytearray(b'cd')])
with open(p, 'ab') as f:
    print(f.tell(), f.write(b'!'), f.tell())
with open(p, 'r+b') as f:
    print(f.read(3), f.peek(1)[:1], f.read1(2), f.tell())
    print(f.seek(-2, 2), f.read(), f.seek(4), f.write(b'XY'), f.tell())
    print(f.seek(0), f.read())
    print(f.truncate(5), f.seek(0, 2), f.tell())
    b = bytearray(3)
    f.seek(0)
    print(f.readinto(b), b, f.readable(), f.writable(), f.seekable())
with open(p, 'w+b') as f:
    print(f.read(), f.write(b'line1\nline2\n'), f.seek(0), f.readline(), list(f))
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readall(), f.read(), f.closefd)
with open(p, 'wb') as f:
    f.write(b'ab\ncd\r\nef')
with open(p, 'rb') as f:
    print(f.read(1))
    _try("f.seek(-2, 1)")
    print(f.readlines(), f.tell())
_try("open(p, 'xb')")
_try("open('DIR/new.bin', 'xb').close()")
_try("open('DIR/missing/x', 'wb')")
`,
		// Closed, detached and one-way files say what is wrong.
		tryAll + `
p = 'DIR/c.txt'
f = open(p, 'w')
f.write('abc')
f.close()
print(f.closed)
_try("f.write('x')")
_try("f.read()")
_try("f.tell()")
_try("f.fileno()")
_try("f.flush()")
_try("f.close()")
r = open(p)
_try("r.write('x')")
_try("r.truncate()")
_try("r.writable()")
_try("r.buffer.write(b'x')")
t = open(p, 'a')
b = t.detach()
print(type(b).__name__, b.closed)
_try("t.write('x')")
_try("t.buffer")
_try("t.closed")
_try("t.detach()")
_try("repr(t)[:20]")
b.write(b'def')
b.close()
_try("b.write(b'x')")
print(open(p).read())
w = open(p, 'w')
_try("w.read()")
_try("w.readline()")
w.close()
r.close()
`,
		// reconfigure and the attributes it changes.
		tryAll + `
p = 'DIR/r.txt'
with open(p, 'w', encoding='ascii') as f:
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
    f.reconfigure(errors='replace')
    f.write('\xe9')
    f.reconfigure(line_buffering=True, write_through=True)
    print(f.errors, f.line_buffering, f.write_through)
    f.reconfigure(encoding='utf-8')
    f.write('\xe9')
    _try("f.reconfigure(encoding=1)")
    _try("f.reconfigure(newline='?')")
    _try("f.reconfigure(x=1)")
print(open(p, 'rb').read())
with open(p, encoding='latin-1') as f:
    f.read(1)
    _try("f.reconfigure(encoding='utf-8')")
    _try("f.reconfigure(newline='')")
`,
		// print and the iteration protocol on files.
		`
p = 'DIR/p.txt'
with open(p, 'w') as f:
    print('one', 2, sep='-', file=f)
    print('three', file=f, end='!\n')
    f.writelines(['four\n', 'five'])
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    print(next(iter(f), 'done'))
with open(p) as f:
    print(f.readline(3), f.readlines(5))
print([type(x).__name__ for x in type(open(p)).__mro__])
print([type(x).__name__ for x in type(open(p, 'rb')).__mro__])
print([x.__name__ for x in type(open(p, 'rb', buffering=0)).__mro__])
print([n for n in dir(open(p)) if not n.startswith('__')])
print([n for n in dir(open(p, 'rb')) if not n.startswith('__')])
print([n for n in dir(open(p, 'r+b', buffering=0)) if not n.startswith('__')])
import sys
for f in [open(p), open(p, 'rb'), open(p, 'r+b'), open(p, 'ab'), open(p, 'rb', buffering=0)]:
    for t in type(f).__mro__:
        print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
    print(sys.getsizeof(f))
`,
		// The standard streams: layers, attributes and the buffer beneath.
		tryAll + `
import sys
print(type(sys.stdout).__mro__)
print(type(sys.stdout.buffer).__mro__)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.name, sys.stdin.name, sys.stderr.mode, sys.stdout.fileno(), sys.stdout.seekable())
sys.stdout.write('text ')
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes\n')
sys.stdout.buffer.flush()
sys.stdout.reconfigure(errors='backslashreplace')
print('\udcff', sys.stdout.errors)
_try("sys.stdout.reconfigure(encoding='latin-1')")
_try("sys.stdin.read(1, 2)")
_try("sys.stdout.flush(1)")
_try("sys.stdout.tell()")
_try("sys.stdin.readable(), sys.stdout.readable(), sys.stdout.writable()")
`,
	}
	for i, src := range cases {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			checkPyFiles(t, src)
		})
	}
}

// Without Options.WriteFiles, every mode that would change the file
// system raises PermissionError; reading still works.
func TestOpenWithoutWriteFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(p, []byte("kept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	for _, mode := range []string{"w", "a", "x", "r+", "wb", "ab+", "w+b"} {
		src.WriteString("try:\n    open(" + pyQuote(p) + ", '" + mode + "')\nexcept PermissionError as e:\n    print('" + mode + "', e.errno, e.strerror)\n")
	}
	src.WriteString("print(open(" + pyQuote(p) + ").read(), end='')\n")
	out, errOut, status := runPySrc(t, src.String(), "")
	var want strings.Builder
	for _, mode := range []string{"w", "a", "x", "r+", "wb", "ab+", "w+b"} {
		want.WriteString(mode + " 13 Permission denied\n")
	}
	want.WriteString("kept\n")
	if out != want.String() || errOut != "" || status != 0 {
		t.Errorf("got %q %q %d, want %q", out, errOut, status, want.String())
	}
	if b, _ := os.ReadFile(p); string(b) != "kept\n" {
		t.Errorf("the file changed: %q", b)
	}
}
