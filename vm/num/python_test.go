package num

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os/exec"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

// The differential tests evaluate Python expressions in python3 (CPython
// 3.11) and compare the printed results with this package's, as text.

// requirePython311 skips the test unless python3 is CPython 3.11.
func requirePython311(t *testing.T) {
	t.Helper()
	out, err := exec.Command("python3", "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "Python 3.11") {
		t.Skipf("python3 is not CPython 3.11 (%q, %v): differential test skipped", out, err)
	}
}

// pyEval evaluates each expression in python3 after running prelude, and
// returns repr(result), or "!ExcType: message" for a raised exception.
func pyEval(t *testing.T, prelude string, exprs []string) []string {
	t.Helper()
	requirePython311(t)
	script := `import sys, json, math
sys.set_int_max_str_digits(0)
` + prelude + `
out = []
for line in sys.stdin.read().split('\n')[:-1]:
    try:
        r = eval(json.loads(line))
        r = repr(r)
    except BaseException as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    out.append(r)
sys.stdout.write(json.dumps(out))
`
	var in bytes.Buffer
	for _, e := range exprs {
		b, _ := json.Marshal(e)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var out []string
	if err := json.Unmarshal(res, &out); err != nil {
		t.Fatalf("python3 output: %v", err)
	}
	if len(out) != len(exprs) {
		t.Fatalf("python3 returned %d results for %d expressions", len(out), len(exprs))
	}
	return out
}

// diffCase is one expression and what this package says its repr is.
// libm marks results that go through the C library functions (counted
// apart in the log); they must match CPython's bit for bit like the rest,
// since the functions reproduce glibc's.
type diffCase struct {
	expr string
	got  string
	libm bool
}

// compareWithPython evaluates the cases in python3 and reports
// mismatches (up to a limit), returning the number of cases compared.
func compareWithPython(t *testing.T, prelude string, cases []diffCase) int {
	t.Helper()
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.expr
	}
	want := pyEval(t, prelude, exprs)
	bad, libmBad, libmAll := 0, 0, 0
	for i, c := range cases {
		if c.libm {
			libmAll++
		}
		if c.got != want[i] && c.libm {
			libmBad++
		}
		if c.got != want[i] {
			bad++
			if bad <= 25 {
				t.Errorf("%s\n   got  %s\n   want %s", clip(c.expr), clip(c.got), clip(want[i]))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ from CPython", bad, len(cases))
	}
	t.Logf("%d cases compared with python3 (%d libm results, %d of them differing)", len(cases), libmAll, libmBad)
	return len(cases)
}

// Python spellings of Go values.

func pyF(f float64) string {
	switch {
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "(-math.nan)"
		}
		return "math.nan"
	case math.IsInf(f, 1):
		return "math.inf"
	case math.IsInf(f, -1):
		return "(-math.inf)"
	}
	return fmt.Sprintf("float.fromhex('%x')", f)
}

// pyI writes an int literal; huge ones in hex, which the int/str digit
// limit does not cover.
func pyI(i *big.Int) string {
	if i.BitLen() > 1000 {
		return "(" + IntToBase(i, 16, true) + ")"
	}
	return "(" + i.String() + ")"
}

func pyS(s string) string { return constant.Str(s).Repr() }

// Reprs of results, as Python prints them.

func rF(f float64) string { return constant.Float(f).Repr() }

func rI(i *big.Int) string { return i.String() }

func rErr(err error) string {
	if err == nil {
		return "!no error"
	}
	e, ok := err.(*Error)
	if !ok {
		return "!go error: " + err.Error()
	}
	return "!" + e.Kind.String() + ": " + e.Msg
}

func rFloatOrErr(f float64, err error) string {
	if err != nil {
		return rErr(err)
	}
	return rF(f)
}

func rIntOrErr(i *big.Int, err error) string {
	if err != nil {
		return rErr(err)
	}
	return rI(i)
}

func rStrOrErr(s string, err error) string {
	if err != nil {
		return rErr(err)
	}
	return pyS(s)
}

// clip shortens long texts in failure messages.
func clip(s string) string {
	if len(s) > 300 {
		return s[:150] + "…" + s[len(s)-150:]
	}
	return s
}

func rC(c complex128) string { return constant.Complex(c).Repr() }
