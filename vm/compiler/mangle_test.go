package compiler

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

var mangleCases = []struct {
	class, name, want string
}{
	{"", "__x", "__x"},
	{"C", "x", "x"},
	{"C", "_x", "_x"},
	{"C", "__x", "_C__x"},
	{"C", "__x_", "_C__x_"},
	{"C", "__x__", "__x__"},
	{"C", "__", "__"},
	{"C", "___", "___"},
	{"C", "____x", "_C____x"},
	{"_C", "__x", "_C__x"},
	{"__C__", "__x", "_C____x"},
	{"_", "__x", "__x"},
	{"___", "__x", "__x"},
	{"C_", "__x", "_C___x"},
	{"Çlass", "__ñame", "_Çlass__ñame"},
	{"C", "__a.b", "__a.b"},
	{"C", "_", "_"},
}

func TestMangle(t *testing.T) {
	for _, c := range mangleCases {
		if got := mangle(c.class, c.name); got != c.want {
			t.Errorf("mangle(%q, %q) = %q, want %q", c.class, c.name, got, c.want)
		}
	}
}

// TestMangleAgainstCPython has CPython mangle the identifiers among
// mangleCases: the name stored by an assignment in a class body.
func TestMangleAgainstCPython(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	var pairs [][2]string
	for _, c := range mangleCases {
		if c.class != "" && !strings.Contains(c.name, ".") {
			pairs = append(pairs, [2]string{c.class, c.name})
		}
	}
	in, _ := json.Marshal(pairs)
	const script = `
import json, sys
out = []
for cls, name in json.load(sys.stdin):
    co = compile("class %s:\n    %s = 1\n" % (cls, name), "<m>", "exec")
    body = [c for c in co.co_consts if hasattr(c, "co_code")][0]
    out.append(body.co_names[-1])
json.dump(out, sys.stdout)
`
	cmd := oracle.Command("-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, p := range pairs {
		if got := mangle(p[0], p[1]); got != want[i] {
			t.Errorf("mangle(%q, %q) = %q, CPython %q", p[0], p[1], got, want[i])
		}
	}
}
