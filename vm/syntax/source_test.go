package syntax

import (
	"strings"
	"testing"
)

func TestProgramText(t *testing.T) {
	long := strings.Repeat("a", 1500) + "\n"
	src := []byte("x = 1\r\ny = 2\rz\x00w\n" + long + "\xff\n")
	cases := []struct {
		lineno int
		want   string
		ok     bool
	}{
		{1, "x = 1\n", true},
		{2, "y = 2\n", true},
		{3, "z", true},
		// A long line keeps only its last 999-byte chunk.
		{4, long[999:], true},
		{5, "", false},
		{6, "", false},
		{0, "", false},
	}
	for _, c := range cases {
		got, ok := ProgramText(src, c.lineno)
		if got != c.want || ok != c.ok {
			t.Errorf("ProgramText(%d) = %q, %v; want %q, %v", c.lineno, got, ok, c.want, c.ok)
		}
	}
}
