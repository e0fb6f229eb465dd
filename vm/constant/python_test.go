package constant

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os/exec"
	"strings"
	"testing"
)

// runPython runs a Python 3.11 script with PYTHONHASHSEED=0 and input on
// stdin, skipping the test when python3 is not CPython 3.11.
func runPython(t *testing.T, script, input string) string {
	t.Helper()
	out, err := exec.Command("python3", "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "Python 3.11") {
		t.Skipf("python3 is not CPython 3.11 (%q, %v): differential test skipped", out, err)
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return string(res)
}

// pyExpr returns Python source that constructs exactly v, independent of
// Repr (floats via float.fromhex, strs via code points).
func pyExpr(v Value) string {
	switch v := v.(type) {
	case None:
		return "None"
	case Ellipsis:
		return "..."
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case Int:
		return "(" + v.V.String() + ")"
	case Float:
		return pyFloat(float64(v))
	case Complex:
		return fmt.Sprintf("complex(%s, %s)", pyFloat(real(complex128(v))), pyFloat(imag(complex128(v))))
	case Str:
		var parts []string
		for _, r := range v.CodePoints() {
			parts = append(parts, fmt.Sprint(int(r)))
		}
		return "''.join(map(chr, [" + strings.Join(parts, ",") + "]))"
	case Bytes:
		return fmt.Sprintf("bytes.fromhex('%x')", string(v))
	case Tuple:
		var parts []string
		for _, e := range v {
			parts = append(parts, pyExpr(e)+",")
		}
		return "(" + strings.Join(parts, "") + ")"
	case FrozenSet:
		var parts []string
		for _, e := range v {
			parts = append(parts, pyExpr(e)+",")
		}
		return "frozenset((" + strings.Join(parts, "") + "))"
	}
	panic(fmt.Sprintf("pyExpr %T", v))
}

func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-float('nan')"
		}
		return "float('nan')"
	case math.IsInf(f, 1):
		return "float('inf')"
	case math.IsInf(f, -1):
		return "float('-inf')"
	}
	return fmt.Sprintf("float.fromhex('%x')", f)
}

// pythonReprHash returns repr(v) and, if wantHash, str(hash(v)) from
// python3 for each value.
func pythonReprHash(t *testing.T, vs []Value, wantHash bool) (reprs, hashes []string) {
	t.Helper()
	var src strings.Builder
	for _, v := range vs {
		src.WriteString(pyExpr(v))
		src.WriteByte('\n')
	}
	script := `import sys, json
want_hash = ` + map[bool]string{true: "True", false: "False"}[wantHash] + `
out = []
for line in sys.stdin.read().splitlines():
    v = eval(line)
    out.append([repr(v), str(hash(v)) if want_hash else ""])
json.dump(out, sys.stdout)
`
	var res [][2]string
	if err := json.Unmarshal([]byte(runPython(t, script, src.String())), &res); err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		reprs = append(reprs, r[0])
		hashes = append(hashes, r[1])
	}
	return reprs, hashes
}
