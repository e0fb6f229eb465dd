package oracle

import (
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

//go:embed codeobj.py
var codeobjScript string

// Derived holds what CPython itself computes from a code object's fields,
// for checking quicken's decoders: co_varnames, co_cellvars, co_freevars,
// co_lines() (line -1 for None) and co_positions() (-1 for None).
type Derived struct {
	VarNames, CellVars, FreeVars []string
	Lines                        []bytecode.LineRange
	Positions                    []bytecode.Position
}

// CodeObjects is the code of one file as CPython 3.11 compiles it.
type CodeObjects struct {
	// Module is the module's code object; nested code objects are among
	// the constants, recursively. Addresses are assigned with
	// bytecode.AssignAddrs.
	Module *bytecode.Code
	// Derived maps every code object in the tree to CPython's views of it.
	Derived map[*bytecode.Code]*Derived
}

type codeobjEntry struct {
	once sync.Once
	val  *CodeObjects
	err  error
}

var codeobjCache struct {
	sync.Mutex
	m map[string]*codeobjEntry
}

// CodeObject returns the module code object CPython 3.11 compiles from the
// file at path (compile(source, path, "exec"), as `python3 -m dis path`
// does). A compile error is a *PythonError.
func CodeObject(path string) (*bytecode.Code, error) {
	co, err := LoadCodeObjects(path)
	if err != nil {
		return nil, err
	}
	return co.Module, nil
}

// LoadCodeObjects is CodeObject with CPython's derived views of every code
// object. Answers are cached per path for the life of the process; callers
// must not modify them.
func LoadCodeObjects(path string) (*CodeObjects, error) {
	codeobjCache.Lock()
	if codeobjCache.m == nil {
		codeobjCache.m = map[string]*codeobjEntry{}
	}
	e := codeobjCache.m[path]
	if e == nil {
		e = new(codeobjEntry)
		codeobjCache.m[path] = e
	}
	codeobjCache.Unlock()
	e.once.Do(func() { e.val, e.err = loadCodeObjects(path) })
	return e.val, e.err
}

func loadCodeObjects(path string) (*CodeObjects, error) {
	res, err := Run("-c", codeobjScript, path)
	if err != nil {
		return nil, err
	}
	if res.Exit != 0 {
		return nil, fmt.Errorf("codeobj.py %s: exit %d: %s", path, res.Exit, strings.TrimSpace(res.Stderr))
	}
	return DecodeCodeObjects([]byte(res.Stdout), path)
}

// DecodeCodeObjects decodes codeobj.py's JSON output.
func DecodeCodeObjects(data []byte, path string) (*CodeObjects, error) {
	var failed struct {
		Err *string `json:"err"`
	}
	if err := json.Unmarshal(data, &failed); err != nil {
		return nil, fmt.Errorf("codeobj.py %s: %w", path, err)
	}
	if failed.Err != nil {
		return nil, &PythonError{Path: path, Text: *failed.Err}
	}
	var top codeJSON
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("codeobj.py %s: %w", path, err)
	}
	out := &CodeObjects{Derived: map[*bytecode.Code]*Derived{}}
	c, err := top.decode(out.Derived)
	if err != nil {
		return nil, fmt.Errorf("codeobj.py %s: %w", path, err)
	}
	bytecode.AssignAddrs(c)
	out.Module = c
	return out, nil
}

type codeJSON struct {
	ArgCount        int         `json:"argcount"`
	PosOnlyArgCount int         `json:"posonlyargcount"`
	KwOnlyArgCount  int         `json:"kwonlyargcount"`
	StackSize       int         `json:"stacksize"`
	Flags           uint32      `json:"flags"`
	Code            string      `json:"code"`
	Consts          []constJSON `json:"consts"`
	Names           []string    `json:"names"`
	LocalsPlusNames []string    `json:"localsplusnames"`
	LocalsPlusKinds []byte      `json:"localspluskinds"`
	Filename        string      `json:"filename"`
	Name            string      `json:"name"`
	QualName        string      `json:"qualname"`
	FirstLineNo     int         `json:"firstlineno"`
	LineTable       string      `json:"linetable"`
	ExceptionTable  string      `json:"exceptiontable"`
	VarNames        []string    `json:"varnames"`
	CellVars        []string    `json:"cellvars"`
	FreeVars        []string    `json:"freevars"`
	Lines           [][3]int    `json:"lines"`
	Positions       [][4]int    `json:"positions"`
}

// LocalsPlusKinds arrives as a JSON list of numbers, not base64.
func (c *codeJSON) UnmarshalJSON(data []byte) error {
	type plain codeJSON
	var aux struct {
		plain
		Kinds []int `json:"localspluskinds"`
	}
	if err := json.Unmarshal(data, &aux); err != nil {
		return err
	}
	*c = codeJSON(aux.plain)
	c.LocalsPlusKinds = make([]byte, len(aux.Kinds))
	for i, k := range aux.Kinds {
		c.LocalsPlusKinds[i] = byte(k)
	}
	return nil
}

type constJSON struct {
	T  string          `json:"t"`
	V  json.RawMessage `json:"v"`
	Re string          `json:"re"`
	Im string          `json:"im"`
}

func (j *codeJSON) decode(derived map[*bytecode.Code]*Derived) (*bytecode.Code, error) {
	code, err := hex.DecodeString(j.Code)
	if err != nil {
		return nil, err
	}
	lt, err := hex.DecodeString(j.LineTable)
	if err != nil {
		return nil, err
	}
	et, err := hex.DecodeString(j.ExceptionTable)
	if err != nil {
		return nil, err
	}
	c := &bytecode.Code{
		ArgCount: j.ArgCount, PosOnlyArgCount: j.PosOnlyArgCount, KwOnlyArgCount: j.KwOnlyArgCount,
		StackSize: j.StackSize, Flags: j.Flags, Units: bytecode.UnitsFromBytes(code),
		Names: nonNil(j.Names), LocalsPlusNames: nonNil(j.LocalsPlusNames), LocalsPlusKinds: j.LocalsPlusKinds,
		Filename: j.Filename, Name: j.Name, QualName: j.QualName, FirstLineNo: j.FirstLineNo,
		LineTable: lt, ExceptionTable: et,
	}
	for _, k := range j.Consts {
		v, err := k.decode(derived)
		if err != nil {
			return nil, err
		}
		c.Consts = append(c.Consts, v)
	}
	d := &Derived{VarNames: nonNil(j.VarNames), CellVars: nonNil(j.CellVars), FreeVars: nonNil(j.FreeVars)}
	for _, l := range j.Lines {
		d.Lines = append(d.Lines, bytecode.LineRange{Start: l[0], End: l[1], Line: l[2]})
	}
	for _, p := range j.Positions {
		d.Positions = append(d.Positions, bytecode.Position{Line: p[0], EndLine: p[1], Col: p[2], EndCol: p[3]})
	}
	derived[c] = d
	return c, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func floatFromBits(h string) (float64, error) {
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != 8 {
		return 0, fmt.Errorf("bad float bits %q", h)
	}
	return math.Float64frombits(binary.BigEndian.Uint64(b)), nil
}

func (k constJSON) decode(derived map[*bytecode.Code]*Derived) (constant.Value, error) {
	var s string
	switch k.T {
	case "int", "float", "str", "bytes":
		if err := json.Unmarshal(k.V, &s); err != nil {
			return nil, err
		}
	}
	switch k.T {
	case "none":
		return constant.None{}, nil
	case "ellipsis":
		return constant.Ellipsis{}, nil
	case "bool":
		var b bool
		err := json.Unmarshal(k.V, &b)
		return constant.Bool(b), err
	case "int":
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", s)
		}
		return constant.Int{V: n}, nil
	case "float":
		f, err := floatFromBits(s)
		return constant.Float(f), err
	case "complex":
		re, err := floatFromBits(k.Re)
		if err != nil {
			return nil, err
		}
		im, err := floatFromBits(k.Im)
		return constant.Complex(complex(re, im)), err
	case "str":
		b, err := hex.DecodeString(s)
		return constant.Str(b), err
	case "bytes":
		b, err := hex.DecodeString(s)
		return constant.Bytes(b), err
	case "tuple", "frozenset":
		var elems []constJSON
		if err := json.Unmarshal(k.V, &elems); err != nil {
			return nil, err
		}
		vs := []constant.Value{}
		for _, e := range elems {
			v, err := e.decode(derived)
			if err != nil {
				return nil, err
			}
			vs = append(vs, v)
		}
		if k.T == "tuple" {
			return constant.Tuple(vs), nil
		}
		return constant.FrozenSet(vs), nil
	case "code":
		var cj codeJSON
		if err := json.Unmarshal(k.V, &cj); err != nil {
			return nil, err
		}
		return cj.decode(derived)
	}
	return nil, fmt.Errorf("unknown constant tag %q", k.T)
}

// CompareCode lists the differences between two code object trees, field
// by field, in readable form, e.g.
//
//	f.<locals>.g: co_consts[2]: want 'x', got 'y'
//
// Nested code objects among the constants are compared recursively. A
// co_code difference comes with an instruction-level diff made by the
// disassembler; co_linetable and co_exceptiontable differences are shown
// decoded. An empty result means the code objects are identical (apart
// from their fake addresses).
func CompareCode(want, got *bytecode.Code) []string {
	var out []string
	compareCode(&out, want, got)
	return out
}

// maxPositionDiffs bounds how many differing positions are listed.
const maxPositionDiffs = 5

func compareCode(out *[]string, want, got *bytecode.Code) {
	where := want.QualName
	if where == "" {
		where = want.Name
	}
	add := func(format string, args ...any) {
		*out = append(*out, where+": "+fmt.Sprintf(format, args...))
	}
	ints := []struct {
		name      string
		want, got int
	}{
		{"co_argcount", want.ArgCount, got.ArgCount},
		{"co_posonlyargcount", want.PosOnlyArgCount, got.PosOnlyArgCount},
		{"co_kwonlyargcount", want.KwOnlyArgCount, got.KwOnlyArgCount},
		{"co_stacksize", want.StackSize, got.StackSize},
		{"co_firstlineno", want.FirstLineNo, got.FirstLineNo},
	}
	for _, f := range ints {
		if f.want != f.got {
			add("%s: want %d, got %d", f.name, f.want, f.got)
		}
	}
	if want.Flags != got.Flags {
		add("co_flags: want %#x, got %#x", want.Flags, got.Flags)
	}
	strs := []struct{ name, want, got string }{
		{"co_filename", want.Filename, got.Filename},
		{"co_name", want.Name, got.Name},
		{"co_qualname", want.QualName, got.QualName},
	}
	for _, f := range strs {
		if f.want != f.got {
			add("%s: want %q, got %q", f.name, f.want, f.got)
		}
	}
	compareNames := func(field string, w, g []string) {
		if strings.Join(w, "\x00") != strings.Join(g, "\x00") || len(w) != len(g) {
			add("%s: want %s, got %s", field, pyList(w), pyList(g))
		}
	}
	compareNames("co_names", want.Names, got.Names)
	compareNames("localsplusnames", want.LocalsPlusNames, got.LocalsPlusNames)
	if fmt.Sprint(want.LocalsPlusKinds) != fmt.Sprint(got.LocalsPlusKinds) {
		add("localspluskinds: want %#x, got %#x", want.LocalsPlusKinds, got.LocalsPlusKinds)
	}

	// Constants, nested code objects recursively.
	for i := 0; i < max(len(want.Consts), len(got.Consts)); i++ {
		var w, g constant.Value
		if i < len(want.Consts) {
			w = want.Consts[i]
		}
		if i < len(got.Consts) {
			g = got.Consts[i]
		}
		wc, wIsCode := w.(*bytecode.Code)
		gc, gIsCode := g.(*bytecode.Code)
		switch {
		case wIsCode && gIsCode:
			compareCode(out, wc, gc)
		case w == nil:
			add("co_consts[%d]: want nothing, got %s", i, constDesc(g))
		case g == nil:
			add("co_consts[%d]: want %s, got nothing", i, constDesc(w))
		case constDesc(w) != constDesc(g):
			add("co_consts[%d]: want %s, got %s", i, constDesc(w), constDesc(g))
		}
	}

	if fmt.Sprint(want.Units) != fmt.Sprint(got.Units) {
		d := Diff("want", instructionListing(want), "got", instructionListing(got), 3, 60)
		add("co_code differs:\n%s", d)
	}
	if string(want.LineTable) != string(got.LineTable) {
		compareLineTables(add, want, got)
	}
	if string(want.ExceptionTable) != string(got.ExceptionTable) {
		add("co_exceptiontable: want %s, got %s",
			exceptionListing(want.ExceptionEntries()), exceptionListing(got.ExceptionEntries()))
	}
}

// constDesc describes a constant by type and repr, so 1, 1.0 and True, or
// two orders of one frozenset, differ.
func constDesc(v constant.Value) string {
	switch v.(type) {
	case constant.Int, constant.Str, constant.Tuple, constant.None, constant.Bool:
		return v.Repr()
	}
	return v.TypeName() + " " + v.Repr()
}

func pyList(s []string) string {
	var parts []string
	for _, x := range s {
		parts = append(parts, constant.Str(x).Repr())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// instructionListing is the disassembly of c alone, without line numbers
// or jump markers, one instruction (and cache unit) per line.
func instructionListing(c *bytecode.Code) string {
	var b strings.Builder
	for _, in := range c.Instructions(true, true) {
		in.StartsLine, in.IsJumpTarget = -1, false
		bytecode.FormatInstruction(&b, in, 0, 4)
		b.WriteByte('\n')
	}
	return b.String()
}

func compareLineTables(add func(string, ...any), want, got *bytecode.Code) {
	wp, gp := want.Positions(), got.Positions()
	names := map[int]string{}
	for _, in := range want.Instructions(true, true) {
		names[in.Offset/2] = in.Op.String()
	}
	n := 0
	for i := 0; i < max(len(wp), len(gp)); i++ {
		var w, g any = "nothing", "nothing"
		if i < len(wp) {
			w = posString(wp[i])
		}
		if i < len(gp) {
			g = posString(gp[i])
		}
		if w == g {
			continue
		}
		if n++; n > maxPositionDiffs {
			add("co_linetable: … more positions differ")
			return
		}
		add("co_linetable: offset %d (%s): want %v, got %v", 2*i, names[i], w, g)
	}
	if n == 0 {
		add("co_linetable: same positions, different encoding: want %x, got %x", want.LineTable, got.LineTable)
	}
}

func posString(p bytecode.Position) string {
	f := func(x int) string {
		if x < 0 {
			return "None"
		}
		return fmt.Sprint(x)
	}
	return "(" + f(p.Line) + ", " + f(p.EndLine) + ", " + f(p.Col) + ", " + f(p.EndCol) + ")"
}

func exceptionListing(es []bytecode.ExceptionTableEntry) string {
	var parts []string
	for _, e := range es {
		s := fmt.Sprintf("%d to %d -> %d [%d]", 2*e.Start, 2*e.End-2, 2*e.Target, e.Depth)
		if e.Lasti {
			s += " lasti"
		}
		parts = append(parts, s)
	}
	return "[" + strings.Join(parts, "; ") + "]"
}
