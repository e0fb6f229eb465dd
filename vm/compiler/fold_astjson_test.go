package compiler

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The folding tests take their trees from CPython's own parser: python3
// dumps ast.parse(src) as JSON (astDumpPython below) and astFromJSON
// builds the same tree from vm/syntax nodes, so the optimizer is tested on
// exactly the input CPython's optimizer sees.

// astDumpPython defines dump(node) in Python: nodes as objects with a
// "_type", constants in the encoding of constEncodingPython.
const astDumpPython = `
import ast
def dump(node):
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for f in node._fields:
            d[f] = dump(getattr(node, f, None))
        for a in node._attributes:
            d[a] = getattr(node, a, None)
        if isinstance(node, (ast.Constant, ast.MatchSingleton)):
            d["value"] = {"_const": enc(node.value)}
        return d
    if isinstance(node, list):
        return [dump(x) for x in node]
    return node
`

// constEncodingPython defines enc(v): a canonical text for a constant that
// tells apart every value CPython's compiler tells apart (1, 1.0, True,
// 0.0, -0.0), floats as exact hex. constEncoding is the Go side.
const constEncodingPython = `
def enc(v):
    if v is None: return "None"
    if v is ...: return "Ellipsis"
    if v is True or v is False: return "bool:" + str(v)
    if type(v) is int: return "int:" + str(v)
    if type(v) is float: return "float:" + v.hex()
    if type(v) is complex: return "complex:" + v.real.hex() + "," + v.imag.hex()
    if type(v) is str: return "str:" + v.encode("utf-8", "surrogatepass").hex()
    if type(v) is bytes: return "bytes:" + v.hex()
    if type(v) is tuple: return "tuple(" + " ".join(enc(x) for x in v) + ")"
    if type(v) is frozenset: return "frozenset(" + " ".join(enc(x) for x in v) + ")"
    return "?" + type(v).__name__
`

func constEncoding(v constant.Value) string {
	switch v := v.(type) {
	case constant.None:
		return "None"
	case constant.Ellipsis:
		return "Ellipsis"
	case constant.Bool:
		if v {
			return "bool:True"
		}
		return "bool:False"
	case constant.Int:
		return "int:" + v.V.String()
	case constant.Float:
		return "float:" + pyFloatHex(float64(v))
	case constant.Complex:
		return "complex:" + pyFloatHex(real(complex128(v))) + "," + pyFloatHex(imag(complex128(v)))
	case constant.Str:
		return "str:" + hex.EncodeToString([]byte(v))
	case constant.Bytes:
		return "bytes:" + hex.EncodeToString([]byte(v))
	case constant.Tuple:
		return "tuple(" + joinEncodings(v) + ")"
	case constant.FrozenSet:
		return "frozenset(" + joinEncodings(v) + ")"
	}
	return fmt.Sprintf("?%T", v)
}

func joinEncodings(vs []constant.Value) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = constEncoding(v)
	}
	return strings.Join(s, " ")
}

// pyFloatHex is float.hex().
func pyFloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, 1
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp-1023)
}

// constFromEncoding parses constEncoding's text (the forms ast.parse
// produces: no tuples or frozensets).
func constFromEncoding(s string) (constant.Value, error) {
	kind, rest, _ := strings.Cut(s, ":")
	switch kind {
	case "None":
		return constant.None{}, nil
	case "Ellipsis":
		return constant.Ellipsis{}, nil
	case "bool":
		return constant.Bool(rest == "True"), nil
	case "int":
		n, ok := new(big.Int).SetString(rest, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", rest)
		}
		return constant.Int{V: n}, nil
	case "float":
		f, err := parsePyFloatHex(rest)
		return constant.Float(f), err
	case "complex":
		re, im, _ := strings.Cut(rest, ",")
		r, err := parsePyFloatHex(re)
		if err != nil {
			return nil, err
		}
		i, err := parsePyFloatHex(im)
		return constant.Complex(complex(r, i)), err
	case "str":
		b, err := hex.DecodeString(rest)
		return constant.Str(b), err
	case "bytes":
		b, err := hex.DecodeString(rest)
		return constant.Bytes(b), err
	}
	return nil, fmt.Errorf("unknown constant %q", s)
}

func parsePyFloatHex(s string) (float64, error) {
	switch s {
	case "inf":
		return math.Inf(1), nil
	case "-inf":
		return math.Inf(-1), nil
	case "nan":
		return math.NaN(), nil
	}
	return strconv.ParseFloat(s, 64)
}

// astNodeTypes maps CPython's node class names to the vm/syntax types.
var astNodeTypes = func() map[string]reflect.Type {
	nodes := []any{
		syntax.Module{}, syntax.Interactive{}, syntax.Expression{}, syntax.FunctionType{}, syntax.TypeIgnore{},
		syntax.FunctionDef{}, syntax.AsyncFunctionDef{}, syntax.ClassDef{}, syntax.Return{}, syntax.Delete{},
		syntax.Assign{}, syntax.AugAssign{}, syntax.AnnAssign{}, syntax.For{}, syntax.AsyncFor{}, syntax.While{},
		syntax.If{}, syntax.With{}, syntax.AsyncWith{}, syntax.Match{}, syntax.Raise{}, syntax.Try{}, syntax.TryStar{},
		syntax.Assert{}, syntax.Import{}, syntax.ImportFrom{}, syntax.Global{}, syntax.Nonlocal{},
		syntax.Pass{}, syntax.Break{}, syntax.Continue{},
		syntax.BoolOp{}, syntax.NamedExpr{}, syntax.BinOp{}, syntax.UnaryOp{}, syntax.Lambda{}, syntax.IfExp{},
		syntax.Dict{}, syntax.Set{}, syntax.ListComp{}, syntax.SetComp{}, syntax.DictComp{}, syntax.GeneratorExp{},
		syntax.Await{}, syntax.Yield{}, syntax.YieldFrom{}, syntax.Compare{}, syntax.Call{}, syntax.FormattedValue{},
		syntax.JoinedStr{}, syntax.Constant{}, syntax.Attribute{}, syntax.Subscript{}, syntax.Starred{},
		syntax.Name{}, syntax.List{}, syntax.Tuple{}, syntax.Slice{},
		syntax.Comprehension{}, syntax.ExceptHandler{}, syntax.Arguments{}, syntax.Arg{}, syntax.Keyword{},
		syntax.Alias{}, syntax.WithItem{}, syntax.MatchCase{},
		syntax.MatchValue{}, syntax.MatchSingleton{}, syntax.MatchSequence{}, syntax.MatchMapping{},
		syntax.MatchClass{}, syntax.MatchStar{}, syntax.MatchAs{}, syntax.MatchOr{},
	}
	m := map[string]reflect.Type{}
	for _, n := range nodes {
		t := reflect.TypeOf(n)
		m[t.Name()] = t
	}
	// CPython names that differ from the Go ones.
	m["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	m["comprehension"] = m["Comprehension"]
	m["arguments"] = m["Arguments"]
	m["arg"] = m["Arg"]
	m["keyword"] = m["Keyword"]
	m["alias"] = m["Alias"]
	m["withitem"] = m["WithItem"]
	m["match_case"] = m["MatchCase"]
	m["type_ignore"] = m["TypeIgnore"]
	return m
}()

// astEnums maps the operator and context classes to their Go constants.
var astEnums = map[string]any{
	"Load": syntax.Load, "Store": syntax.Store, "Del": syntax.Del,
	"And": syntax.And, "Or": syntax.Or,
	"Add": syntax.Add, "Sub": syntax.Sub, "Mult": syntax.Mult, "MatMult": syntax.MatMult,
	"Div": syntax.Div, "Mod": syntax.Mod_, "Pow": syntax.Pow, "LShift": syntax.LShift,
	"RShift": syntax.RShift, "BitOr": syntax.BitOr, "BitXor": syntax.BitXor,
	"BitAnd": syntax.BitAnd, "FloorDiv": syntax.FloorDiv,
	"Invert": syntax.Invert, "Not": syntax.Not, "UAdd": syntax.UAdd, "USub": syntax.USub,
	"Eq": syntax.Eq, "NotEq": syntax.NotEq, "Lt": syntax.Lt, "LtE": syntax.LtE, "Gt": syntax.Gt,
	"GtE": syntax.GtE, "Is": syntax.Is, "IsNot": syntax.IsNot, "In": syntax.In, "NotIn": syntax.NotIn,
}

// goFieldName turns a CPython field name into the Go one: end_col_offset
// → EndColOffset.
func goFieldName(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// astFromJSON builds a vm/syntax value of type t from decoded JSON.
func astFromJSON(j any, t reflect.Type) (reflect.Value, error) {
	if j == nil {
		return reflect.Zero(t), nil
	}
	switch t.Kind() {
	case reflect.Slice:
		list, ok := j.([]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("want list for %v, got %T", t, j)
		}
		out := reflect.MakeSlice(t, len(list), len(list))
		for i, x := range list {
			v, err := astFromJSON(x, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(v)
		}
		return out, nil
	case reflect.String:
		return reflect.ValueOf(j.(string)).Convert(t), nil
	case reflect.Int:
		if obj, ok := j.(map[string]any); ok { // an operator or context node
			e, ok := astEnums[obj["_type"].(string)]
			if !ok {
				return reflect.Value{}, fmt.Errorf("unknown enum %v", obj["_type"])
			}
			return reflect.ValueOf(e).Convert(t), nil
		}
		return reflect.ValueOf(int(j.(float64))).Convert(t), nil
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.String {
			s := j.(string)
			return reflect.ValueOf(&s), nil
		}
		v, err := astFromJSON(j, t.Elem())
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(v)
		return p, nil
	case reflect.Interface:
		obj, ok := j.(map[string]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("want node for %v, got %T", t, j)
		}
		if c, ok := obj["_const"]; ok && t == reflect.TypeOf((*constant.Value)(nil)).Elem() {
			v, err := constFromEncoding(c.(string))
			if err != nil {
				return reflect.Value{}, err
			}
			return reflect.ValueOf(&v).Elem(), nil
		}
		nt, ok := astNodeTypes[obj["_type"].(string)]
		if !ok {
			return reflect.Value{}, fmt.Errorf("unknown node %v", obj["_type"])
		}
		v, err := astFromJSON(j, reflect.PointerTo(nt))
		if err != nil {
			return reflect.Value{}, err
		}
		if !v.Type().Implements(t) {
			return reflect.Value{}, fmt.Errorf("%v is not a %v", v.Type(), t)
		}
		return v, nil
	case reflect.Struct:
		obj := j.(map[string]any)
		out := reflect.New(t).Elem()
		for name, x := range obj {
			if name == "_type" {
				continue
			}
			f := out.FieldByName(goFieldName(name))
			if !f.IsValid() {
				return reflect.Value{}, fmt.Errorf("%v has no field %s", t, name)
			}
			v, err := astFromJSON(x, f.Type())
			if err != nil {
				return reflect.Value{}, fmt.Errorf("%v.%s: %w", t, name, err)
			}
			f.Set(v)
		}
		return out, nil
	}
	return reflect.Value{}, fmt.Errorf("unsupported %v", t)
}

// modFromJSON builds a module from astDumpPython's output.
func modFromJSON(j any) (syntax.Mod, error) {
	v, err := astFromJSON(j, reflect.TypeOf((*syntax.Mod)(nil)).Elem())
	if err != nil {
		return nil, err
	}
	return v.Interface().(syntax.Mod), nil
}
