package bytecode_test

import (
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// adaptiveScript runs a file's warm(), then prints, for each function named
// in its QUICKENED list, the quickened code units and what
// dis.dis(code, adaptive=True, show_caches=True) prints for them.
const adaptiveScript = `
import dis, io, json, sys
path = sys.argv[1]
ns = {"__name__": "quickened"}
exec(compile(open(path, "rb").read(), path, "exec"), ns)
ns["warm"]()
out = {}
for qual in ns["QUICKENED"]:
    obj = ns
    for part in qual.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    co = obj.__code__
    buf = io.StringIO()
    dis.dis(co, file=buf, adaptive=True, show_caches=True)
    out[co.co_qualname] = {"code": co._co_code_adaptive.hex(), "dis": buf.getvalue()}
json.dump(out, sys.stdout)
`

// TestDisAdaptiveMatchesPython checks specialized instruction names and
// the decoded cache fields dis prints for quickened code.
func TestDisAdaptiveMatchesPython(t *testing.T) {
	requireOracle(t)
	const path = "testdata/dis_quickened.py"
	co := loadOrSkip(t, path)
	res, err := oracle.Run("-c", adaptiveScript, path)
	if err != nil || res.Exit != 0 {
		t.Fatalf("python3: %v %s", err, res.Stderr)
	}
	var want map[string]struct{ Code, Dis string }
	if err := json.Unmarshal([]byte(res.Stdout), &want); err != nil {
		t.Fatal(err)
	}
	byQual := map[string]*bytecode.Code{}
	for c := range co.Derived {
		byQual[c.QualName] = c
	}
	specialized := 0
	for qual, w := range want {
		c := byQual[qual]
		if c == nil {
			t.Fatalf("no code object %s", qual)
		}
		raw, err := hex.DecodeString(w.Code)
		if err != nil {
			t.Fatal(err)
		}
		quick := *c
		quick.Units = bytecode.UnitsFromBytes(raw)
		for _, u := range quick.Units {
			if k := bytecode.Opcode(u & 0xFF).Kind(); k == bytecode.Specialized || k == bytecode.Super {
				specialized++
			}
		}
		var got strings.Builder
		if err := bytecode.Dis(&got, &quick, bytecode.DisOptions{ShowCaches: true, Adaptive: true}); err != nil {
			t.Fatal(err)
		}
		if d := oracle.Diff("python3", oracle.NormalizeAddrs(w.Dis), "quicken", oracle.NormalizeAddrs(got.String()), 3, 40); d != "" {
			t.Errorf("%s: dis(adaptive=True, show_caches=True) differs:\n%s", qual, d)
		}
		// Without Adaptive, the quickened units print as co_code does.
		var plain, orig strings.Builder
		bytecode.Dis(&plain, &quick, bytecode.DisOptions{ShowCaches: true})
		bytecode.Dis(&orig, c, bytecode.DisOptions{ShowCaches: true})
		if plain.String() != orig.String() {
			t.Errorf("%s: deoptimized view of quickened code differs from co_code's:\n%s", qual,
				oracle.Diff("co_code", orig.String(), "deopt", plain.String(), 3, 40))
		}
	}
	if specialized < 10 {
		t.Errorf("only %d specialized instructions: warm-up did not quicken", specialized)
	}
}
