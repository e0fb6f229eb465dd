package specializer

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// disLineRE finds the opname of an instruction line of dis's output.
var disLineRE = regexp.MustCompile(`^(\s*(?:\d+\s+)?(?:>>\s+)?\d+ )([A-Z_0-9]+)\b.*$`)

// maskUnregistered replaces, in an adaptive disassembly, the instructions
// (and their cache lines) of the specializable families this build does
// not specialize yet by their base name, so that a test of the attribute
// families does not depend on the progress of the others (PRECALL, CALL,
// BINARY_SUBSCR...). Once a family is registered its lines are compared
// in full.
func maskUnregistered(dis string) string {
	lines := strings.Split(dis, "\n")
	masking := false
	for i, line := range lines {
		sm := disLineRE.FindStringSubmatch(line)
		if sm == nil {
			continue
		}
		name := sm[2]
		if name == "CACHE" {
			if masking {
				lines[i] = "    <cache>"
			}
			continue
		}
		masking = false
		o, ok := op.OpcodeByName(name)
		if !ok {
			continue
		}
		base := o.Base()
		if adaptiveForm[base] != 0 && families[base] == nil {
			masking = true
			lines[i] = "    <" + base.String() + ", family not specialized in this build>"
		}
	}
	return strings.Join(lines, "\n")
}

// checkAttrAdaptive is checkAdaptive with the families this build does
// not specialize yet masked (maskUnregistered).
func checkAttrAdaptive(t *testing.T, src string) string {
	t.Helper()
	requireOracle(t)
	path := writeProgram(t, src)
	got, stdout, stderr := quickenAdaptive(t, path)
	cmd := exec.Command(oracle.Interpreter(), path)
	cmd.Env = oracle.Env()
	cmd.Stdin = strings.NewReader("")
	var pout, perr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &pout, &perr
	_ = cmd.Run()
	if d := oracle.Diff("python3", pout.String()+perr.String(), "quicken", stdout+stderr, 3, 30); d != "" {
		t.Errorf("program output differs:\n%s", d)
	}
	want, err := oracle.AdaptiveDis(path, true)
	if err != nil {
		t.Fatal(err)
	}
	w := oracle.NormalizeAdaptive(maskUnregistered(want))
	g := oracle.NormalizeAdaptive(maskUnregistered(got))
	if d := oracle.Diff("python3", w, "quicken", g, 4, 80); d != "" {
		t.Errorf("dis(adaptive=True, show_caches=True) after the run differs:\n%s", d)
	}
	return got
}

// TestAttrScratch runs a program file given by QK_ATTR_PROG (development
// aid).
func TestAttrScratch(t *testing.T) {
	p := os.Getenv("QK_ATTR_PROG")
	if p == "" {
		t.Skip("QK_ATTR_PROG not set")
	}
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	checkAttrAdaptive(t, string(src))
}
