package flowgraph

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// Constants for hand-built units.
var none = constant.None{}

func cint(v int64) constant.Value            { return constant.Int{V: big.NewInt(v)} }
func cstr(s string) constant.Value           { return constant.Str(s) }
func tup(v ...constant.Value) constant.Value { return constant.Tuple(v) }

// codeConst stands for a nested code object in a hand-built unit's
// constants; it prints as "<code NAME>", as the oracle script prints code
// objects.
type codeConst string

func (c codeConst) Repr() string     { return "<code " + string(c) + ">" }
func (codeConst) TypeName() string   { return "code" }
func (c codeConst) ConstKey() string { return string(c) }

// parseCFG builds u's blocks from the text form Dump prints. Blocks are
// listed in layout order and named by allocation order: "b0" is allocated
// first, and every block from b0 to the highest number named is allocated.
// The first block listed is the entry.
func parseCFG(t testing.TB, u *Unit, text string) {
	t.Helper()
	maxBlock := -1
	parseBlockName := func(s string) int {
		n, err := strconv.Atoi(strings.TrimPrefix(s, "b"))
		if err != nil || !strings.HasPrefix(s, "b") {
			t.Fatalf("bad block name %q", s)
		}
		maxBlock = max(maxBlock, n)
		return n
	}
	type line struct {
		header int
		instr  Instr
		target int
	}
	var lines []line
	for _, raw := range strings.Split(text, "\n") {
		s := strings.TrimSpace(raw)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.HasSuffix(s, ":") {
			lines = append(lines, line{header: parseBlockName(strings.TrimSuffix(s, ":"))})
			continue
		}
		f := strings.Fields(s)
		op, ok := bytecode.OpcodeByName(f[0])
		if !ok {
			t.Fatalf("unknown opcode in %q", s)
		}
		l := line{header: -1, instr: Instr{Op: op, Loc: NoLocation}, target: -1}
		for _, w := range f[1:] {
			switch {
			case strings.HasPrefix(w, "->"):
				l.target = parseBlockName(w[2:])
			case strings.HasPrefix(w, "@"):
				l.instr.Loc = parseLoc(t, w[1:])
			default:
				n, err := strconv.Atoi(w)
				if err != nil {
					t.Fatalf("bad oparg in %q", s)
				}
				l.instr.Arg = n
			}
		}
		lines = append(lines, l)
	}
	blocks := make([]*Block, maxBlock+1)
	for i := range blocks {
		blocks[i] = u.NewBlock()
	}
	var cur *Block
	for _, l := range lines {
		if l.header >= 0 {
			b := blocks[l.header]
			if cur == nil {
				u.Entry = b
			} else {
				cur.Next = b
			}
			cur = b
			continue
		}
		if cur == nil {
			t.Fatalf("instruction before the first block")
		}
		if l.target >= 0 {
			l.instr.Target = blocks[l.target]
		}
		cur.Append(l.instr)
	}
}

// parseLoc parses the location forms Location.String prints.
func parseLoc(t testing.TB, s string) Location {
	t.Helper()
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("bad location number %q", s)
		}
		return n
	}
	if parts := strings.Split(s, ","); len(parts) == 4 {
		return Location{atoi(parts[0]), atoi(parts[1]), atoi(parts[2]), atoi(parts[3])}
	}
	line, rest, hasCols := strings.Cut(s, ":")
	l := atoi(line)
	if !hasCols {
		return Location{l, l, -1, -1}
	}
	col, end, ok := strings.Cut(rest, "-")
	if !ok {
		t.Fatalf("bad location %q", s)
	}
	if el, ec, multi := strings.Cut(end, ":"); multi {
		return Location{l, atoi(el), atoi(col), atoi(ec)}
	}
	return Location{l, l, atoi(col), atoi(end)}
}

// oracleScript prints, as a JSON list, the code object for each pair of
// arguments: a file to compile, and the dotted names of the nested code
// object to report ("" for the module).
const oracleScript = `
import sys, json
def crepr(c):
    if hasattr(c, 'co_code'):
        return '<code %s>' % c.co_name
    return repr(c)
out = []
args = sys.argv[1:]
for path, which in zip(args[0::2], args[1::2]):
    co = compile(open(path, encoding='utf-8').read(), path, 'exec')
    for n in [n for n in which.split('.') if n]:
        co = next(c for c in co.co_consts if hasattr(c, 'co_code') and c.co_name == n)
    out.append(dict(
        code=co.co_code.hex(), linetable=co.co_linetable.hex(),
        exctable=co.co_exceptiontable.hex(), stacksize=co.co_stacksize,
        consts=[crepr(c) for c in co.co_consts], names=list(co.co_names),
        varnames=list(co.co_varnames), cellvars=list(co.co_cellvars),
        freevars=list(co.co_freevars), flags=co.co_flags,
        firstlineno=co.co_firstlineno, argcount=co.co_argcount,
        posonlyargcount=co.co_posonlyargcount,
        kwonlyargcount=co.co_kwonlyargcount))
print(json.dumps(out))
`

// codeFacts is what the oracle reports about a code object, and what the
// tests compare.
type codeFacts struct {
	Code            string   `json:"code"`
	LineTable       string   `json:"linetable"`
	ExcTable        string   `json:"exctable"`
	StackSize       int      `json:"stacksize"`
	Consts          []string `json:"consts"`
	Names           []string `json:"names"`
	VarNames        []string `json:"varnames"`
	CellVars        []string `json:"cellvars"`
	FreeVars        []string `json:"freevars"`
	Flags           uint32   `json:"flags"`
	FirstLineNo     int      `json:"firstlineno"`
	ArgCount        int      `json:"argcount"`
	PosOnlyArgCount int      `json:"posonlyargcount"`
	KwOnlyArgCount  int      `json:"kwonlyargcount"`
}

// oracleFacts compiles each source with python3 (one process for all)
// and returns the facts of the code object each which names.
func oracleFacts(t *testing.T, srcs, which []string) []codeFacts {
	t.Helper()
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	dir := t.TempDir()
	var args []string
	for i, src := range srcs {
		path := filepath.Join(dir, fmt.Sprintf("case%d.py", i))
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path, which[i])
	}
	out, err := oracle.Command(append([]string{"-c", oracleScript}, args...)...).Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	var f []codeFacts
	if err := json.Unmarshal(out, &f); err != nil || len(f) != len(srcs) {
		t.Fatalf("oracle output %.200q: %v", out, err)
	}
	return f
}

// facts extracts the compared fields from an assembled code object.
func facts(c *bytecode.Code) codeFacts {
	code := make([]byte, 0, 2*len(c.Units))
	for _, u := range c.Units {
		code = append(code, byte(u), byte(u>>8))
	}
	f := codeFacts{
		Code:            hex.EncodeToString(code),
		LineTable:       hex.EncodeToString(c.LineTable),
		ExcTable:        hex.EncodeToString(c.ExceptionTable),
		StackSize:       c.StackSize,
		Names:           append([]string{}, c.Names...),
		VarNames:        []string{},
		CellVars:        []string{},
		FreeVars:        []string{},
		Consts:          []string{},
		Flags:           c.Flags,
		FirstLineNo:     c.FirstLineNo,
		ArgCount:        c.ArgCount,
		PosOnlyArgCount: c.PosOnlyArgCount,
		KwOnlyArgCount:  c.KwOnlyArgCount,
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			f.Consts = append(f.Consts, "<code "+cc.Name+">")
			continue
		}
		f.Consts = append(f.Consts, k.Repr())
	}
	for i, name := range c.LocalsPlusNames {
		k := c.LocalsPlusKinds[i]
		if k&bytecode.FastLocal != 0 {
			f.VarNames = append(f.VarNames, name)
		}
		if k&bytecode.FastCell != 0 {
			f.CellVars = append(f.CellVars, name)
		}
		if k&bytecode.FastFree != 0 {
			f.FreeVars = append(f.FreeVars, name)
		}
	}
	return f
}

// listing decodes hex co_code into one "offset OPNAME arg" line per
// instruction, caches skipped, for failure messages.
func listing(codeHex string) string {
	code, _ := hex.DecodeString(codeHex)
	var sb strings.Builder
	for i := 0; i+1 < len(code); i += 2 {
		op := bytecode.Opcode(code[i])
		if op == bytecode.CACHE {
			continue
		}
		fmt.Fprintf(&sb, "%4d %s %d\n", i, op, code[i+1])
	}
	return sb.String()
}

// compareFacts reports every field of got that differs from want.
func compareFacts(t *testing.T, want, got codeFacts) {
	t.Helper()
	if want.Code != got.Code {
		t.Errorf("co_code differs\n%s", oracle.Diff("python3", listing(want.Code), "assembled", listing(got.Code), 3, 80))
	}
	check := func(field string, w, g any) {
		t.Helper()
		ws, gs := fmt.Sprint(w), fmt.Sprint(g)
		if ws != gs {
			t.Errorf("%s:\n  python3:   %s\n  assembled: %s", field, ws, gs)
		}
	}
	check("co_linetable", want.LineTable, got.LineTable)
	check("co_exceptiontable", want.ExcTable, got.ExcTable)
	check("co_stacksize", want.StackSize, got.StackSize)
	check("co_consts", want.Consts, got.Consts)
	check("co_names", want.Names, got.Names)
	check("co_varnames", want.VarNames, got.VarNames)
	check("co_cellvars", want.CellVars, got.CellVars)
	check("co_freevars", want.FreeVars, got.FreeVars)
	check("co_flags", want.Flags, got.Flags)
	check("co_firstlineno", want.FirstLineNo, got.FirstLineNo)
	check("co_argcount", want.ArgCount, got.ArgCount)
	check("co_posonlyargcount", want.PosOnlyArgCount, got.PosOnlyArgCount)
	check("co_kwonlyargcount", want.KwOnlyArgCount, got.KwOnlyArgCount)
}
