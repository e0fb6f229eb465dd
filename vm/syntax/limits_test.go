package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// deepChains are programs whose parse nests one or two rule calls deeper
// per repetition, with the smallest repetition count at which CPython
// 3.11's parser gives up with MemoryError (its MAXSTACK of 6000 levels).
var deepChains = []struct {
	name string
	gen  func(int) string
	n    int
}{
	{"unary minus", func(n int) string { return strings.Repeat("-", n) + "1\n" }, 5970},
	{"not", func(n int) string { return strings.Repeat("not ", n) + "1\n" }, 5970},
	{"power", func(n int) string { return strings.Repeat("a**", n) + "a\n" }, 2985},
	{"lambda", func(n int) string { return strings.Repeat("lambda: ", n) + "1\n" }, 2985},
	{"conditional", func(n int) string { return strings.Repeat("a if b else ", n) + "c\n" }, 5970},
	{"assigned", func(n int) string { return "x = " + strings.Repeat("-", n) + "1\n" }, 5968},
	{"argument", func(n int) string { return "f(" + strings.Repeat("-", n) + "1)\n" }, 5965},
	{"if body", func(n int) string { return "if x:\n    " + strings.Repeat("-", n) + "1\n" }, 5964},
	{"return in def", func(n int) string { return "def f():\n    return " + strings.Repeat("-", n) + "1\n" }, 5962},
	{"class body", func(n int) string { return "class C:\n    x = " + strings.Repeat("-", n) + "1\n" }, 5961},
	{"list", func(n int) string { return "[" + strings.Repeat("-", n) + "1]\n" }, 5960},
	{"subscript", func(n int) string { return "a[" + strings.Repeat("-", n) + "1]\n" }, 5965},
	{"dict value", func(n int) string { return "{1: " + strings.Repeat("-", n) + "1}\n" }, 5960},
	{"augmented", func(n int) string { return "x += " + strings.Repeat("-", n) + "1\n" }, 5968},
	{"return", func(n int) string { return "return " + strings.Repeat("-", n) + "1\n" }, 5969},
	{"while", func(n int) string { return "while " + strings.Repeat("-", n) + "1: pass\n" }, 5971},
	{"for", func(n int) string { return "for x in " + strings.Repeat("-", n) + "1: pass\n" }, 5970},
	{"with", func(n int) string { return "with " + strings.Repeat("-", n) + "1: pass\n" }, 5970},
	{"lambda body", func(n int) string { return "f = lambda: " + strings.Repeat("-", n) + "1\n" }, 5966},
	{"tuple", func(n int) string { return "x = 1, " + strings.Repeat("-", n) + "1\n" }, 5966},
	{"keyword", func(n int) string { return "f(a=" + strings.Repeat("-", n) + "1)\n" }, 5962},
	{"decorator", func(n int) string { return "@" + strings.Repeat("-", n) + "1\ndef f(): pass\n" }, 5968},
	{"f-string", func(n int) string { return "f\"{" + strings.Repeat("-", n) + "1}\"\n" }, 5947},
	{"annotation", func(n int) string { return "x: " + strings.Repeat("-", n) + "1\n" }, 5971},
	{"assert", func(n int) string { return "assert " + strings.Repeat("-", n) + "1\n" }, 5971},
	{"comprehension", func(n int) string { return "[x for x in " + strings.Repeat("-", n) + "1]\n" }, 5962},
}

// TestRecursionLimit checks that nesting is cut off exactly where CPython
// cuts it off, with MemoryError, and that the limit keeps the parser's
// recursion (and so the Go stack) bounded.
func TestRecursionLimit(t *testing.T) {
	for _, c := range deepChains {
		if _, err := Parse([]byte(c.gen(c.n-1)), "deep.py", ModeExec); err != nil {
			t.Errorf("%s x%d: %v", c.name, c.n-1, err)
		}
		_, err := Parse([]byte(c.gen(c.n)), "deep.py", ModeExec)
		if e, ok := err.(*Error); !ok || e.Kind != "MemoryError" || e.Format() != "MemoryError\n" {
			t.Errorf("%s x%d: got %v, want MemoryError", c.name, c.n, err)
		}
	}
	// Far deeper input fails the same way, quickly.
	_, err := Parse([]byte(strings.Repeat("-", 1_000_000)+"1\n"), "deep.py", ModeExec)
	if e, ok := err.(*Error); !ok || e.Kind != "MemoryError" {
		t.Errorf("a million minus signs: got %v, want MemoryError", err)
	}
	// Brackets are limited by the tokenizer first.
	_, err = Parse([]byte(strings.Repeat("(", 201)+"1"+strings.Repeat(")", 201)+"\n"), "deep.py", ModeExec)
	if e, ok := err.(*Error); !ok || e.Msg != "too many nested parentheses" {
		t.Errorf("201 parentheses: got %v", err)
	}
}

// TestRecursionLimitMatchesCPython checks the limits above against
// python3.
func TestRecursionLimitMatchesCPython(t *testing.T) {
	needOracle(t)
	dir := t.TempDir()
	var paths []string
	for i, c := range deepChains {
		for k, n := range []int{c.n - 1, c.n} {
			p := filepath.Join(dir, "chain"+itoa(i)+"_"+itoa(k)+".py")
			if err := os.WriteFile(p, []byte(c.gen(n)), 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
	}
	res := runPython(t, paths)
	for i, c := range deepChains {
		below, at := res[2*i].Stderr, res[2*i+1].Stderr
		if strings.Contains(below, "MemoryError") || at != "MemoryError\n" {
			t.Errorf("%s: python3 at %d: %q; at %d: %q", c.name, c.n-1, below, c.n, at)
		}
	}
}
