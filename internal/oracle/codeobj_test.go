package oracle

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

func writeSource(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func requireAvailable(t *testing.T) {
	if ok, reason := Available(); !ok {
		t.Skip(reason)
	}
}

const codeobjSource = `x = 1.5, -0.0, 2j, b'\xff', '\ud800', 10**30, {1, 2, 3}.__contains__
def f(a, /, b, *c, d, **e):
    def g():
        return a + d
    return g
class K:
    def m(self):
        return __class__
`

func TestCodeObjectLoadsEveryField(t *testing.T) {
	requireAvailable(t)
	path := writeSource(t, codeobjSource)
	mod, err := CodeObject(path)
	if err != nil {
		t.Fatal(err)
	}
	if mod.Name != "<module>" || mod.Filename != path || mod.FirstLineNo != 1 {
		t.Errorf("module header: %q %q %d", mod.Name, mod.Filename, mod.FirstLineNo)
	}
	var consts []string
	for _, c := range mod.Consts {
		consts = append(consts, c.Repr())
	}
	want := `1.5 | -0.0 | 2j | b'\xff' | '\ud800' | 1000000000000000000000000000000 | frozenset({1, 2, 3})`
	if got := strings.Join(consts[:7], " | "); got != want {
		t.Errorf("consts:\n got %s\nwant %s", got, want)
	}
	var f, g, m *bytecode.Code
	for _, c := range mod.Consts {
		if cc, ok := c.(*bytecode.Code); ok && cc.Name == "f" {
			f = cc
		}
		if cc, ok := c.(*bytecode.Code); ok && cc.Name == "K" {
			m = cc.Consts[1].(*bytecode.Code)
		}
	}
	if f == nil || m == nil {
		t.Fatal("nested code objects missing")
	}
	g = f.Consts[1].(*bytecode.Code)
	if f.ArgCount != 2 || f.PosOnlyArgCount != 1 || f.KwOnlyArgCount != 1 || f.Flags != 0x0f {
		t.Errorf("f header: %d %d %d %#x", f.ArgCount, f.PosOnlyArgCount, f.KwOnlyArgCount, f.Flags)
	}
	if got := strings.Join(f.LocalsPlusNames, " "); got != "a b d c e g" {
		t.Errorf("f localsplus %q", got)
	}
	if got := f.LocalsPlusKinds; string(got) != "\x60\x20\x60\x20\x20\x20" {
		t.Errorf("f kinds %x", got)
	}
	if g.QualName != "f.<locals>.g" || strings.Join(g.FreeVars(), " ") != "a d" {
		t.Errorf("g: %q free %v", g.QualName, g.FreeVars())
	}
	if strings.Join(m.FreeVars(), " ") != "__class__" {
		t.Errorf("K.m free %v", m.FreeVars())
	}
	if len(CompareCode(mod, mod)) != 0 {
		t.Errorf("CompareCode(mod, mod) = %v", CompareCode(mod, mod))
	}
}

func TestCodeObjectSyntaxError(t *testing.T) {
	requireAvailable(t)
	_, err := CodeObject(writeSource(t, "def (:\n"))
	var pyErr *PythonError
	if !errors.As(err, &pyErr) || !strings.Contains(pyErr.Text, "SyntaxError") {
		t.Errorf("err = %v", err)
	}
}

// cloneCode copies a code object tree deeply enough to edit it.
func cloneCode(c *bytecode.Code) *bytecode.Code {
	n := *c
	n.Units = append([]uint16(nil), c.Units...)
	n.Consts = append([]constant.Value(nil), c.Consts...)
	n.Names = append([]string(nil), c.Names...)
	n.LineTable = append([]byte(nil), c.LineTable...)
	n.ExceptionTable = append([]byte(nil), c.ExceptionTable...)
	for i, k := range n.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			n.Consts[i] = cloneCode(cc)
		}
	}
	return &n
}

func TestCompareCodeReportsDifferences(t *testing.T) {
	requireAvailable(t)
	path := writeSource(t, "def f(a):\n    def g():\n        return 'x'\n    try:\n        return g\n    except E:\n        pass\n")
	mod, err := CodeObject(path)
	if err != nil {
		t.Fatal(err)
	}
	got := cloneCode(mod)
	f := got.Consts[0].(*bytecode.Code)
	g := f.Consts[1].(*bytecode.Code)
	g.Consts[1] = constant.Str("y")
	f.StackSize++
	f.Names = append(f.Names, "extra")
	got.Consts = append(got.Consts, constant.Int{V: big.NewInt(1)})
	// Swap the first two instructions after RESUME in f, move one line.
	f.Units[1], f.Units[2] = f.Units[2], f.Units[1]
	f.LineTable[1] ^= 1 // RESUME's end column
	f.ExceptionTable = f.ExceptionTable[:0]

	diffs := CompareCode(mod, got)
	text := strings.Join(diffs, "\n")
	for _, want := range []string{
		"f.<locals>.g: co_consts[1]: want 'x', got 'y'",
		"f: co_stacksize: want 4, got 5",
		"f: co_names: want ['E'], got ['E', 'extra']",
		"<module>: co_consts[2]: want nothing, got 1",
		"f: co_code differs:\n--- want\n+++ got\n",
		"f: co_linetable: offset 0 (RESUME): want (1, 1, 0, 0), got (1, 1, 0, 1)",
		"f: co_exceptiontable: want [",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("CompareCode output lacks %q:\n%s", want, text)
		}
	}
}
