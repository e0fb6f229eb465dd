package text

import (
	"fmt"
	"strings"
	"testing"
)

func TestMakeTrans(t *testing.T) {
	show := func(x, y, z string) string {
		es, err := MakeTrans(x, y, z)
		if err != nil {
			return err.Error()
		}
		var parts []string
		for _, e := range es {
			if e.Delete {
				parts = append(parts, fmt.Sprintf("%d:None", e.Key))
			} else {
				parts = append(parts, fmt.Sprintf("%d:%d", e.Key, e.Value))
			}
		}
		return strings.Join(parts, " ")
	}
	for _, tc := range []struct{ x, y, z, want string }{
		{"ab", "cd", "e", "97:99 98:100 101:None"},
		{"ab", "c", "", "the first two maketrans arguments must have equal length"},
		{"aa", "bc", "a", "97:98 97:99 97:None"},
		{"é😀", "xy", "", "233:120 128512:121"},
	} {
		if got := show(tc.x, tc.y, tc.z); got != tc.want {
			t.Errorf("maketrans(%q, %q, %q) = %s, want %s", tc.x, tc.y, tc.z, got, tc.want)
		}
	}
}

// TestTransformDecimalAndSpace checks the transform against int() and
// float() in CPython: a str parses exactly when its transform parses as
// ASCII, to the same value.
func TestTransformDecimalAndSpace(t *testing.T) {
	inputs := []string{" \u0663\u0664 ", "\u0663.5", "1\x7f", "\u0663\u00b2", "\u3000-\uff11\uff12\u2028",
		"１_０", "\u0e51\u0e52", "\U0001D7CE\U0001D7D7", "12", "1\u00a02", "\u200b1", "-\u0661e\u0662"}
	var in strings.Builder
	for _, s := range inputs {
		fmt.Fprintf(&in, "%x %x\n", s, TransformDecimalAndSpace(s))
	}
	out := runPython(t, `
import sys
def p(s):
    r = []
    for f in (int, float):
        try: r.append(repr(f(s)))
        except ValueError: r.append('error')
    return ' '.join(r)
for line in sys.stdin:
    a, b = (bytes.fromhex(x).decode('utf-8', 'surrogatepass') for x in line.split())
    print(p(a) == p(b), p(a))
`, in.String())
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, "True") {
			t.Errorf("%+q → %+q: %s", inputs[i], TransformDecimalAndSpace(inputs[i]), line)
		}
	}
}
