package compiler

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The symbol-table tests are differential: CPython 3.11 parses each test
// program, and its AST is rebuilt here as a quicken AST (so the tests do
// not depend on quicken's parser), together with what CPython's own
// symbol table and compiler say about the program:
//
//   - symtable: the raw tables of the _symtable module (block type, name,
//     line, nested flag, parameters, children, and every symbol's flags
//     with its scope in bits 11 and up);
//   - code: for every code object compile() makes, its flags, cellvars,
//     freevars and parameters;
//   - error: the SyntaxError the symbol table raises, with its position.

// oracleScript answers a JSON list of {"src", "mode"} on stdin with a JSON
// list of results on stdout.
const oracleScript = `
import ast, json, sys, _symtable

def const(v):
    if v is None: return {"_c": "None"}
    if v is Ellipsis: return {"_c": "Ellipsis"}
    if isinstance(v, bool): return {"_c": "bool", "v": v}
    if isinstance(v, int): return {"_c": "int", "v": str(v)}
    if isinstance(v, float): return {"_c": "float", "v": repr(v)}
    if isinstance(v, complex): return {"_c": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str): return {"_c": "str", "v": v}
    if isinstance(v, bytes): return {"_c": "bytes", "v": v.decode("latin-1")}
    raise TypeError(type(v))

def node(n):
    if isinstance(n, list): return [node(x) for x in n]
    if not isinstance(n, ast.AST): return n
    if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
        return type(n).__name__
    d = {"_t": type(n).__name__}
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a): d[a] = getattr(n, a)
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            v = const(v)
        else:
            v = node(v)
        d[f] = v
    return d

def table(t):
    return {"type": t.type, "name": t.name, "lineno": t.lineno, "nested": bool(t.nested),
            "varnames": list(t.varnames), "symbols": dict(t.symbols),
            "children": [table(c) for c in t.children]}

def codes(co, out):
    nargs = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
    out.append({"name": co.co_name, "firstlineno": co.co_firstlineno, "flags": co.co_flags,
                "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
                "params": list(co.co_varnames[:nargs])})
    for c in co.co_consts:
        if hasattr(c, "co_code"): codes(c, out)
    return out

def syntax_error(e):
    return {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset}

def answer(req):
    src, mode = req["src"], req["mode"]
    res = {}
    try:
        res["ast"] = node(ast.parse(src, "<test>", mode))
    except SyntaxError as e:
        res["parse_error"] = syntax_error(e)
        return res
    try:
        res["symtable"] = table(_symtable.symtable(src, "<test>", mode))
    except SyntaxError as e:
        res["error"] = syntax_error(e)
        return res
    try:
        res["code"] = codes(compile(src, "<test>", mode), [])
    except SyntaxError as e:
        res["compile_error"] = syntax_error(e)
    return res

json.dump([answer(r) for r in json.load(sys.stdin)], sys.stdout)
`

// oracleResult is what the oracle says about one program.
type oracleResult struct {
	AST          json.RawMessage `json:"ast"`
	ParseError   *oracleError    `json:"parse_error"`
	Symtable     *oracleTable    `json:"symtable"`
	Error        *oracleError    `json:"error"`
	Code         []oracleCode    `json:"code"`
	CompileError *oracleError    `json:"compile_error"`
}

type oracleTable struct {
	Type     int            `json:"type"`
	Name     string         `json:"name"`
	Lineno   int            `json:"lineno"`
	Nested   bool           `json:"nested"`
	Varnames []string       `json:"varnames"`
	Symbols  map[string]int `json:"symbols"`
	Children []*oracleTable `json:"children"`
}

type oracleCode struct {
	Name        string   `json:"name"`
	FirstLineno int      `json:"firstlineno"`
	Flags       uint32   `json:"flags"`
	Cellvars    []string `json:"cellvars"`
	Freevars    []string `json:"freevars"`
	Params      []string `json:"params"`
}

type oracleError struct {
	Kind      string `json:"kind"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    *int   `json:"offset"`
	EndLineno *int   `json:"end_lineno"`
	EndOffset *int   `json:"end_offset"`
}

// String prints the error as the test compares it.
func (e *oracleError) String() string {
	opt := func(p *int) string {
		if p == nil {
			return "None"
		}
		return strconv.Itoa(*p)
	}
	return fmt.Sprintf("%s: %s (%d, %s, %s, %s)", e.Kind, e.Msg, e.Lineno, opt(e.Offset), opt(e.EndLineno), opt(e.EndOffset))
}

// goError prints a quicken error the way oracleError.String prints
// CPython's; a 0 end position stands for None.
func goError(err error) string {
	se, ok := err.(*syntax.Error)
	if !ok {
		return fmt.Sprintf("non-syntax error %T: %v", err, err)
	}
	opt := func(v int) string {
		if v == 0 {
			return "None"
		}
		return strconv.Itoa(v)
	}
	return fmt.Sprintf("%s: %s (%d, %d, %s, %s)", se.Kind, se.Msg, se.Lineno, se.Offset, opt(se.EndLineno), opt(se.EndOffset))
}

type oracleRequest struct {
	Src  string `json:"src"`
	Mode string `json:"mode"`
}

// askOracle runs the oracle over programs (all in mode), skipping the test
// when CPython 3.11 is not available.
func askOracle(t *testing.T, mode string, programs []string) []oracleResult {
	t.Helper()
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	reqs := make([]oracleRequest, len(programs))
	for i, p := range programs {
		reqs[i] = oracleRequest{Src: p, Mode: mode}
	}
	in, err := json.Marshal(reqs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := oracle.Command("-c", oracleScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(interface{ Stderr() []byte }); ok {
			t.Fatalf("oracle: %v\n%s", err, ee.Stderr())
		}
		t.Fatalf("oracle: %v", err)
	}
	var res []oracleResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("oracle output: %v", err)
	}
	if len(res) != len(programs) {
		t.Fatalf("oracle answered %d of %d programs", len(res), len(programs))
	}
	return res
}

// ---- rebuilding the AST ----

// astTypes maps CPython's node class names to quicken's node types.
var astTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{}, &syntax.For{},
		&syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{}, &syntax.AsyncWith{},
		&syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{}, &syntax.Assert{},
		&syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{}, &syntax.Nonlocal{}, &syntax.ExprStmt{}, &syntax.Pass{},
		&syntax.Break{}, &syntax.Continue{},
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{}, &syntax.Lambda{},
		&syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{}, &syntax.SetComp{},
		&syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{}, &syntax.Yield{}, &syntax.YieldFrom{},
		&syntax.Compare{}, &syntax.Call{}, &syntax.FormattedValue{}, &syntax.JoinedStr{},
		&syntax.Constant{}, &syntax.Attribute{}, &syntax.Subscript{}, &syntax.Starred{}, &syntax.Name{},
		&syntax.List{}, &syntax.Tuple{}, &syntax.Slice{},
		&syntax.Comprehension{}, &syntax.ExceptHandler{}, &syntax.Arguments{}, &syntax.Arg{},
		&syntax.Keyword{}, &syntax.Alias{}, &syntax.WithItem{}, &syntax.MatchCase{},
		&syntax.MatchValue{}, &syntax.MatchSingleton{}, &syntax.MatchSequence{}, &syntax.MatchMapping{},
		&syntax.MatchClass{}, &syntax.MatchStar{}, &syntax.MatchAs{}, &syntax.MatchOr{},
	} {
		astTypes[reflect.TypeOf(n).Elem().Name()] = reflect.TypeOf(n).Elem()
	}
	// CPython's class names that differ from quicken's type names.
	for py, goName := range map[string]string{
		"Expr": "ExprStmt", "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword",
		"alias": "Alias", "withitem": "WithItem", "match_case": "MatchCase",
		"comprehension": "Comprehension",
	} {
		astTypes[py] = astTypes[goName]
	}
}

// enumNames maps the class names of CPython's operator and context nodes to
// quicken's values.
var enumNames = map[string]int{
	"Load": int(syntax.Load), "Store": int(syntax.Store), "Del": int(syntax.Del),
	"And": int(syntax.And), "Or": int(syntax.Or),
	"Add": int(syntax.Add), "Sub": int(syntax.Sub), "Mult": int(syntax.Mult), "MatMult": int(syntax.MatMult),
	"Div": int(syntax.Div), "Mod": int(syntax.Mod_), "Pow": int(syntax.Pow), "LShift": int(syntax.LShift),
	"RShift": int(syntax.RShift), "BitOr": int(syntax.BitOr), "BitXor": int(syntax.BitXor),
	"BitAnd": int(syntax.BitAnd), "FloorDiv": int(syntax.FloorDiv),
	"Invert": int(syntax.Invert), "Not": int(syntax.Not), "UAdd": int(syntax.UAdd), "USub": int(syntax.USub),
	"Eq": int(syntax.Eq), "NotEq": int(syntax.NotEq), "Lt": int(syntax.Lt), "LtE": int(syntax.LtE),
	"Gt": int(syntax.Gt), "GtE": int(syntax.GtE), "Is": int(syntax.Is), "IsNot": int(syntax.IsNot),
	"In": int(syntax.In), "NotIn": int(syntax.NotIn),
}

var constantValueType = reflect.TypeOf((*constant.Value)(nil)).Elem()

// decodeAST rebuilds a quicken AST from the oracle's JSON form of
// CPython's.
func decodeAST(raw json.RawMessage) (syntax.Mod, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	n, err := decodeNode(v)
	if err != nil {
		return nil, err
	}
	mod, ok := n.Interface().(syntax.Mod)
	if !ok {
		return nil, fmt.Errorf("top node is %s", n.Type())
	}
	return mod, nil
}

// decodeNode returns a pointer to the node v describes.
func decodeNode(v any) (reflect.Value, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("node is %T", v)
	}
	name, _ := obj["_t"].(string)
	typ, ok := astTypes[name]
	if !ok || typ == nil {
		return reflect.Value{}, fmt.Errorf("unknown node %q", name)
	}
	p := reflect.New(typ)
	s := p.Elem()
	for key, fv := range obj {
		if key == "_t" || key == "type_ignores" {
			continue
		}
		var field reflect.Value
		switch key {
		case "lineno", "col_offset", "end_lineno", "end_col_offset":
			pos := s.FieldByName("Pos")
			if !pos.IsValid() {
				// Nodes with no Pos keep their own position fields
				// (none do for symbol tables' purposes).
				continue
			}
			field = pos.FieldByName(camel(key))
		default:
			field = s.FieldByName(camel(key))
		}
		if !field.IsValid() {
			return reflect.Value{}, fmt.Errorf("%s has no field for %q", name, key)
		}
		if err := decodeField(field, fv); err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %w", name, key, err)
		}
	}
	return p, nil
}

// camel turns CPython's field names into quicken's: decorator_list →
// DecoratorList.
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func decodeField(f reflect.Value, v any) error {
	if v == nil {
		return nil // optional field absent: leave the zero value
	}
	if f.Type() == constantValueType {
		c, err := decodeConstant(v)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(c))
		return nil
	}
	switch f.Kind() {
	case reflect.Interface, reflect.Pointer:
		if f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.String {
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("want string, have %T", v)
			}
			f.Set(reflect.ValueOf(&s))
			return nil
		}
		n, err := decodeNode(v)
		if err != nil {
			return err
		}
		if !n.Type().AssignableTo(f.Type()) {
			return fmt.Errorf("%s is not a %s", n.Type(), f.Type())
		}
		f.Set(n)
	case reflect.Slice:
		items, ok := v.([]any)
		if !ok {
			return fmt.Errorf("want list, have %T", v)
		}
		sl := reflect.MakeSlice(f.Type(), len(items), len(items))
		for i, item := range items {
			if err := decodeField(sl.Index(i), item); err != nil {
				return err
			}
		}
		f.Set(sl)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("want string, have %T", v)
		}
		f.SetString(s)
	case reflect.Int:
		switch x := v.(type) {
		case json.Number:
			n, err := x.Int64()
			if err != nil {
				return err
			}
			f.SetInt(n)
		case string:
			n, ok := enumNames[x]
			if !ok {
				return fmt.Errorf("unknown enum %q", x)
			}
			f.SetInt(int64(n))
		default:
			return fmt.Errorf("want int, have %T", v)
		}
	default:
		return fmt.Errorf("unhandled field kind %s", f.Kind())
	}
	return nil
}

func decodeConstant(v any) (constant.Value, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("constant is %T", v)
	}
	str := func(k string) string { s, _ := obj[k].(string); return s }
	float := func(k string) float64 { f, _ := strconv.ParseFloat(str(k), 64); return f }
	switch obj["_c"] {
	case "None":
		return constant.None{}, nil
	case "Ellipsis":
		return constant.Ellipsis{}, nil
	case "bool":
		b, _ := obj["v"].(bool)
		return constant.Bool(b), nil
	case "int":
		n, ok := new(big.Int).SetString(str("v"), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", str("v"))
		}
		return constant.Int{V: n}, nil
	case "float":
		return constant.Float(float("v")), nil
	case "complex":
		return constant.Complex(complex(float("re"), float("im"))), nil
	case "str":
		return constant.Str(str("v")), nil
	case "bytes":
		var b []byte
		for _, r := range str("v") {
			b = append(b, byte(r))
		}
		return constant.Bytes(b), nil
	}
	return nil, fmt.Errorf("unknown constant %v", obj["_c"])
}
