package vm

import (
	"testing"
	"unsafe"
)

// TestConcatExtendsBuffer checks how long concatenations share a growable
// buffer: a str that ends its buffer is extended in place (its own text
// unchanged), a second extension of the same str copies, and a chain of
// `t += piece` reallocates only as its buffer doubles.
func TestConcatExtendsBuffer(t *testing.T) {
	m := New(Options{})
	str := func(v Value) *Str { return m.str(v) }
	cat := func(a, b Value) Value {
		t.Helper()
		r, err := strAdd(m, a, b)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	long := make([]byte, minStrBuf)
	for i := range long {
		long[i] = 'x'
	}
	a := cat(m.NewStr(string(long)), m.NewStr("1")) // a first long result: its own buffer
	b := cat(a, m.NewStr("2"))                      // a grows again: a buffer with room
	c := cat(b, m.NewStr("3"))                      // b ends its buffer: extended in place
	d := cat(b, m.NewStr("4"))                      // b no longer ends it: a copy
	if str(a).buffer() == nil || str(b).buffer() == nil || str(c).buffer() != str(b).buffer() || str(d).buffer() == str(b).buffer() {
		t.Fatalf("buffers: a %p b %p c %p d %p", str(a).buffer(), str(b).buffer(), str(c).buffer(), str(d).buffer())
	}
	for v, want := range map[Value]string{a: "1", b: "12", c: "123", d: "124"} {
		s := str(v).S
		if s[:minStrBuf] != string(long) || s[minStrBuf:] != want || str(v).strLength() != len(s) {
			t.Errorf("%q... ends %q, length %d", s[:4], s[minStrBuf:], str(v).strLength())
		}
	}
	// A += loop: the buffer changes only when it doubles.
	v := m.NewStr("")
	buffers := map[*strBuf]bool{}
	for i := 0; i < 20000; i++ {
		v = cat(v, m.NewStr("ab"))
		if b := str(v).buffer(); b != nil {
			buffers[b] = true
		}
	}
	if n := len(str(v).S); n != 40000 {
		t.Fatalf("length %d", n)
	}
	if len(buffers) > 12 {
		t.Errorf("%d buffers for 20000 appends", len(buffers))
	}
}

// TestStrStaysSmall guards the size of a str's Go struct: every str is
// one, and a 64-byte struct is one size class below the next.
func TestStrStaysSmall(t *testing.T) {
	if n := unsafe.Sizeof(Str{}); n > 64 {
		t.Errorf("Str is %d bytes", n)
	}
}
