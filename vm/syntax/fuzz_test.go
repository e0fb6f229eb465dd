package syntax

import (
	"strings"
	"testing"
	"time"
)

// The fuzz targets check that any input gives a tree or an *Error: never a
// panic, an internal error or a hang. Seeds are in testdata/fuzz.

func FuzzScan(f *testing.F) {
	f.Add([]byte("x = 1\n"))
	f.Add([]byte("if x:\n\tpass\n"))
	f.Add([]byte("s = '''\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		sc := newScanner(newSource(src, "fuzz.py"))
		// Every token consumes input or changes the indentation stack,
		// so a well-behaved scanner ends within this many tokens.
		limit := 4*len(src) + 2*maxIndent + 10
		for i := 0; ; i++ {
			if i > limit {
				t.Fatalf("scanner did not reach the end of %q", src)
			}
			tok := sc.next()
			if tok.kind == tEndmarker || tok.kind == tError {
				break
			}
			if tok.start > tok.end || tok.end > len(sc.src.buf) {
				t.Fatalf("bad token bounds %d..%d in %q", tok.start, tok.end, src)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("x = 1\n"))
	f.Add([]byte("def f(a, *b, c=1, **d):\n    return f'{a!r:>{c}}'\n"))
	f.Add([]byte("match x:\n    case [1, *y] | {'k': z} if z:\n        pass\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle} {
			start := time.Now()
			mod, err := Parse(src, "fuzz.py", mode)
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("parsing %d bytes took %v: %q", len(src), d, src)
			}
			if err != nil {
				e, ok := err.(*Error)
				if !ok {
					t.Fatalf("error is %T, not *Error", err)
				}
				if strings.HasPrefix(e.Msg, "internal error") {
					t.Fatalf("%q: %s", src, e.Msg)
				}
				if e.Kind != "MemoryError" && e.Msg == "" {
					t.Fatalf("%q: empty message", src)
				}
				e.Format()
				_ = e.Error()
				continue
			}
			Dump(mod, -1)
			DumpWithAttributes(mod, 2)
		}
	})
}
