package vm

import (
	"bytes"
	"testing"
)

// benchProgram compiles src, whose function run(n) loops n times, and
// times run(b.N) on one Machine: per-op figures are per loop iteration.
func benchProgram(b *testing.B, src string) {
	b.Helper()
	code, err := Compile([]byte(src+"\nrun(N)\n"), "/tmp/bench.py")
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	m := New(Options{Stdout: &out, Stderr: &out})
	mod := m.newMainModule("/tmp/bench.py")
	m.dictSetStr(mod.Dict, "N", m.NewInt(int64(b.N)))
	m.main = mod
	c := m.LoadCode(code)
	f := m.newFrame(nil, c, mod.Dict, m.builtins, mod.Dict.self)
	m.depth++
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := m.eval(f); err != nil {
		b.Fatalf("run: %v\n%s", err, out.String())
	}
}

// BenchmarkIntLoop is the dispatch loop on small-int arithmetic: it must
// not allocate.
func BenchmarkIntLoop(b *testing.B) {
	benchProgram(b, `
def run(n):
    t = 0
    i = 0
    while i < n:
        t = t + i * 3 % 7
        i = i + 1
    return t
`)
}

// BenchmarkFloatLoop is float arithmetic: immediate floats, no
// allocation.
func BenchmarkFloatLoop(b *testing.B) {
	benchProgram(b, `
def run(n):
    x = 0.0
    i = 0
    while i < n:
        x = x * 0.5 + 1.25
        i = i + 1
    return x
`)
}

// BenchmarkCalls is a Python-to-Python call and return per iteration.
func BenchmarkCalls(b *testing.B) {
	benchProgram(b, `
def add(a, b):
    return a + b

def run(n):
    t = 0
    i = 0
    while i < n:
        t = add(t, i)
        i = i + 1
    return t
`)
}
