package syntax

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestMutantsMatchCPython damages pieces of the corpus programs at random
// (deterministically) and checks that quicken's verdict on each damaged
// program, AST or error report, is CPython's.
func TestMutantsMatchCPython(t *testing.T) {
	needOracle(t)
	n, seed := 3000, int64(1)
	if testing.Short() {
		n = 300
	}
	// QUICKEN_MUTANTS=count[,seed] runs a bigger or different batch.
	if v := os.Getenv("QUICKEN_MUTANTS"); v != "" {
		fmt.Sscanf(strings.ReplaceAll(v, ",", " "), "%d %d", &n, &seed)
	}
	files := corpusFiles(t)
	// QUICKEN_MUTANTS_FROM=DIR takes the pieces from the .py files in DIR.
	if dir := os.Getenv("QUICKEN_MUTANTS_FROM"); dir != "" {
		files, _ = filepath.Glob(filepath.Join(dir, "*.py"))
		if len(files) == 0 {
			t.Fatalf("no .py files in %s", dir)
		}
	}
	var pieces []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Pieces of about 16 lines, starting at top-level statements.
		lines := strings.SplitAfter(string(data), "\n")
		for i := 0; i < len(lines); {
			if l := lines[i]; l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '\n' || l[0] == '#' {
				i++
				continue
			}
			end := min(i+16, len(lines))
			pieces = append(pieces, strings.Join(lines[i:end], ""))
			i = end
		}
	}
	rng := rand.New(rand.NewSource(seed))
	dir := t.TempDir()
	var paths, srcs []string
	for i := 0; i < n; i++ {
		src := mutate(rng, pieces[rng.Intn(len(pieces))])
		p := filepath.Join(dir, fmt.Sprintf("m%05d.py", i))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		srcs = append(srcs, src)
	}
	verdicts := pythonVerdicts(t, paths)
	failures := 0
	for i, v := range verdicts {
		if problem := compareVerdict(paths[i], []byte(srcs[i]), v); problem != "" {
			failures++
			if failures <= 30 {
				t.Errorf("%s %q: %s", filepath.Base(paths[i]), srcs[i], problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d mutants differ", failures, n)
	}
}

// mutationTokens are inserted by mutate: punctuation, keywords and
// fragments that make interesting errors.
var mutationTokens = []string{
	"(", ")", "[", "]", "{", "}", ":", "=", ",", ";", ".", "*", "**", "+", "-", "/", "|", "->", ":=",
	"if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "def", "class", "return",
	"yield", "await", "async", "with", "as", "try", "except", "finally", "import", "from", "del",
	"pass", "None", "True", "match", "case", "_", "'", "\"", "'''", "f'{", "}'", "\\", "\n", "\t",
	"    ", "0", "1.5", "0x", "09", "1_", "x", "é", "€", "$", "?", "!",
	"\r", "\f", "\\\n", " \t", "\r\n", "\xe9", "\xed\xa0\x80", "\xc0\x80", "\xf0\x9f\x98\x80", "\x00", "1if", "0x1for", "\\N{BULLET}", "\\x4",
	"b'", "rb'", "f'{x!r:>{y}}'", "{**", "*,", "/,", "**k,", "@", "u'", "# c\n", "...",
}

// mutate applies one to three random edits to src.
func mutate(rng *rand.Rand, src string) string {
	for k := rng.Intn(3); k >= 0; k-- {
		if len(src) == 0 {
			return mutationTokens[rng.Intn(len(mutationTokens))]
		}
		i := rng.Intn(len(src))
		// Keep edits at character boundaries.
		for i > 0 && src[i]&0xC0 == 0x80 {
			i--
		}
		switch rng.Intn(8) {
		case 0: // delete a character
			j := i + 1
			for j < len(src) && src[j]&0xC0 == 0x80 {
				j++
			}
			src = src[:i] + src[j:]
		case 1, 2: // insert a token
			tok := mutationTokens[rng.Intn(len(mutationTokens))]
			if rng.Intn(2) == 0 {
				tok = " " + tok + " "
			}
			src = src[:i] + tok + src[i:]
		case 3: // delete a word
			j := i
			for j < len(src) && (isAlnum(src[j]) || src[j] == '_') {
				j++
			}
			if j == i && j < len(src) {
				j++
			}
			src = src[:i] + src[j:]
		case 4: // duplicate a stretch
			j := min(i+rng.Intn(12)+1, len(src))
			for j < len(src) && src[j]&0xC0 == 0x80 {
				j++
			}
			src = src[:j] + src[i:j] + src[j:]
		case 5: // cut the source short
			src = src[:i]
		case 6: // indent or dedent the line
			ls := strings.LastIndexByte(src[:i], '\n') + 1
			switch rng.Intn(3) {
			case 0:
				src = src[:ls] + "  " + src[ls:]
			case 1:
				src = src[:ls] + "\t" + src[ls:]
			default:
				src = src[:ls] + strings.TrimLeft(src[ls:], " \t")
			}
		case 7: // delete the line
			ls := strings.LastIndexByte(src[:i], '\n') + 1
			le := strings.IndexByte(src[i:], '\n')
			if le < 0 {
				src = src[:ls]
			} else {
				src = src[:ls] + src[i+le+1:]
			}
		}
	}
	return src
}

// verdict is CPython's answer for a program: its AST dump with attributes
// if it parses, else what `python3 FILE.py` prints.
type verdict struct {
	Attrs  string `json:"attrs"`
	Parses bool   `json:"parses"`
	Stderr string `json:"stderr"`
}

const verdictScript = `
import ast, ctypes, io, json, signal, sys
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
api = ctypes.pythonapi
api.PyRun_FileExFlags.restype = ctypes.py_object
api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
    ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.c_void_p]
def alarm(signum, frame):
    raise TimeoutError()
signal.signal(signal.SIGALRM, alarm)
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = f.read()
    entry = {"attrs": "", "parses": False, "stderr": ""}
    try:
        # Files are read with universal newlines; strings get an extra
        # newline when they end in "\r\n" (translate_newlines).
        tree = ast.parse(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n"))
        entry["parses"] = True
        entry["attrs"] = ast.dump(tree, include_attributes=True)
    except RecursionError:
        entry["parses"] = True
    except Exception:
        pass
    try:
        data.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    # A file that parses as a string can still fail as a file (bytes that
    # are not UTF-8); such a file fails to compile, so running it is safe.
    if not entry["parses"] or not valid:
        buf = io.StringIO()
        old, sys.stderr = sys.stderr, buf
        signal.alarm(2)
        try:
            fp = libc.fopen(path.encode(), b"rb")
            g = {"__builtins__": {}}
            try:
                api.PyRun_FileExFlags(fp, path.encode(), 257, g, g, 1, None)
            except BaseException as e:
                e.__traceback__ = None
                sys.excepthook(type(e), e, None)
        finally:
            signal.alarm(0)
            sys.stderr = old
        entry["stderr"] = buf.getvalue()
    out.append(entry)
json.dump(out, sys.stdout)
`

// pythonVerdicts asks CPython about each file.
func pythonVerdicts(t *testing.T, paths []string) []verdict {
	t.Helper()
	var out []verdict
	for len(paths) > 0 {
		k := min(len(paths), 500)
		res, err := oracle.Run(append([]string{"-c", verdictScript}, paths[:k]...)...)
		if err != nil {
			t.Fatal(err)
		}
		var batch []verdict
		if err := json.Unmarshal([]byte(res.Stdout), &batch); err != nil {
			t.Fatalf("python3: %v\n%s", err, res.Stderr)
		}
		out = append(out, batch...)
		paths = paths[k:]
	}
	return out
}

// compareVerdict returns "" if quicken agrees with CPython's verdict.
func compareVerdict(path string, src []byte, v verdict) string {
	mod, err := Parse(src, path, ModeExec)
	if parseStageError(v.Stderr, v.Parses, src) {
		got := ""
		if err != nil {
			got = err.(*Error).Format()
		}
		if got != v.Stderr {
			return "error differs:\n" + oracle.Diff("python3", v.Stderr, "quicken", got, 3, 30)
		}
		return ""
	}
	if err != nil {
		return "quicken fails, python3 parses it:\n" + err.(*Error).Format()
	}
	if v.Attrs != "" {
		if got := DumpWithAttributes(mod, -1); got != v.Attrs {
			return "AST differs:\n" + oracle.Diff("python3", splitDump(v.Attrs), "quicken", splitDump(got), 3, 30)
		}
	}
	return ""
}

// parseStageError reports whether python3's stderr for a file is an error
// of the parsing stage: an error report for a file that ast.parse rejects
// too, or that is not UTF-8 (which only file input refuses). Errors for
// files that parse come from the compiler's later stages.
func parseStageError(stderr string, parses bool, src []byte) bool {
	return isParseError(stderr) && (!parses || !utf8.Valid(src))
}
