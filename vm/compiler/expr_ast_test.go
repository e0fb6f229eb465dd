package compiler

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The expression tests take their ASTs from CPython itself: python3 parses
// the snippet, applies the few AST-optimizer rewrites that change what
// expression codegen sees (constant tuples, unary minus on numbers,
// list/set displays after "in" and in iterables), and prints the tree as
// JSON, which exprDecodeModule turns into syntax nodes. The code generator is
// then compared with CPython's on exactly the tree CPython compiled, with
// no dependence on quicken's parser.

const exprASTScript = `
import ast, json, sys

class FrozenItems(tuple):
    pass

def isconst(n):
    return isinstance(n, ast.Constant)

class Fold(ast.NodeTransformer):
    # The rewrites of CPython 3.11's ast_opt.c that the test snippets use.
    def visit_UnaryOp(self, n):
        self.generic_visit(n)
        if isconst(n.operand) and type(n.operand.value) in (int, float, complex) and isinstance(n.op, (ast.USub, ast.UAdd, ast.Invert)):
            v = n.operand.value
            if isinstance(n.op, ast.Invert) and not isinstance(v, int):
                return n
            r = {ast.USub: lambda x: -x, ast.UAdd: lambda x: +x, ast.Invert: lambda x: ~x}[type(n.op)](v)
            return ast.copy_location(ast.Constant(r), n)
        return n
    def visit_Tuple(self, n):
        self.generic_visit(n)
        if isinstance(n.ctx, ast.Load) and all(isconst(e) for e in n.elts):
            return ast.copy_location(ast.Constant(tuple(e.value for e in n.elts)), n)
        return n
    def seq(self, n):
        if isinstance(n, ast.List) and not any(isinstance(e, ast.Starred) for e in n.elts):
            if all(isconst(e) for e in n.elts):
                return ast.copy_location(ast.Constant(tuple(e.value for e in n.elts)), n)
            return ast.copy_location(ast.Tuple(n.elts, ast.Load()), n)
        if isinstance(n, ast.Set) and all(isconst(e) for e in n.elts):
            return ast.copy_location(ast.Constant(FrozenItems(e.value for e in n.elts)), n)
        return n
    def visit_Compare(self, n):
        self.generic_visit(n)
        if isinstance(n.ops[-1], (ast.In, ast.NotIn)):
            n.comparators[-1] = self.seq(n.comparators[-1])
        return n
    def visit_For(self, n):
        self.generic_visit(n)
        n.iter = self.seq(n.iter)
        return n
    def visit_comprehension(self, n):
        self.generic_visit(n)
        n.iter = self.seq(n.iter)
        return n

def const(v):
    if v is None: return {'t': 'None'}
    if v is ...: return {'t': 'Ellipsis'}
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': str(v)}
    if isinstance(v, float): return {'t': 'float', 'v': v.hex()}
    if isinstance(v, complex): return {'t': 'complex', 're': v.real.hex(), 'im': v.imag.hex()}
    if isinstance(v, str): return {'t': 'str', 'v': v.encode('utf-8', 'surrogatepass').hex()}
    if isinstance(v, bytes): return {'t': 'bytes', 'v': v.hex()}
    if isinstance(v, FrozenItems): return {'t': 'frozenset', 'v': [const(x) for x in v]}
    if isinstance(v, tuple): return {'t': 'tuple', 'v': [const(x) for x in v]}
    raise TypeError(type(v))

def conv(v):
    if isinstance(v, ast.AST):
        d = {'_type': type(v).__name__}
        for f in v._fields:
            x = getattr(v, f, None)
            if f == 'value' and isinstance(v, (ast.Constant, ast.MatchSingleton)):
                d[f] = const(x)
            else:
                d[f] = conv(x)
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            if hasattr(v, a):
                d[a] = getattr(v, a)
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    return v

def dump(src):
    return conv(Fold().visit(ast.parse(src)))
`

// exprDecodeModule turns the JSON form of a module into syntax nodes.
func exprDecodeModule(raw json.RawMessage) (*syntax.Module, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := exprDecodeNode(v)
	if err != nil {
		return nil, err
	}
	return n.(*syntax.Module), nil
}

var exprASTTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []any{
		syntax.Module{}, syntax.Interactive{}, syntax.Expression{},
		syntax.FunctionDef{}, syntax.AsyncFunctionDef{}, syntax.ClassDef{}, syntax.Return{},
		syntax.Delete{}, syntax.Assign{}, syntax.AugAssign{}, syntax.AnnAssign{}, syntax.For{},
		syntax.AsyncFor{}, syntax.While{}, syntax.If{}, syntax.With{}, syntax.AsyncWith{},
		syntax.Match{}, syntax.Raise{}, syntax.Try{}, syntax.TryStar{}, syntax.Assert{},
		syntax.Import{}, syntax.ImportFrom{}, syntax.Global{}, syntax.Nonlocal{},
		syntax.Pass{}, syntax.Break{}, syntax.Continue{},
		syntax.BoolOp{}, syntax.NamedExpr{}, syntax.BinOp{}, syntax.UnaryOp{}, syntax.Lambda{},
		syntax.IfExp{}, syntax.Dict{}, syntax.Set{}, syntax.ListComp{}, syntax.SetComp{},
		syntax.DictComp{}, syntax.GeneratorExp{}, syntax.Await{}, syntax.Yield{},
		syntax.YieldFrom{}, syntax.Compare{}, syntax.Call{}, syntax.FormattedValue{},
		syntax.JoinedStr{}, syntax.Constant{}, syntax.Attribute{}, syntax.Subscript{},
		syntax.Starred{}, syntax.Name{}, syntax.List{}, syntax.Tuple{}, syntax.Slice{},
		syntax.ExceptHandler{}, syntax.Arguments{}, syntax.Arg{}, syntax.Keyword{},
		syntax.Alias{}, syntax.WithItem{}, syntax.MatchCase{}, syntax.Comprehension{},
		syntax.MatchValue{}, syntax.MatchSingleton{}, syntax.MatchSequence{},
		syntax.MatchMapping{}, syntax.MatchClass{}, syntax.MatchStar{}, syntax.MatchAs{},
		syntax.MatchOr{}, syntax.TypeIgnore{},
	} {
		t := reflect.TypeOf(n)
		exprASTTypes[t.Name()] = t
	}
	exprASTTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	exprASTTypes["arguments"] = reflect.TypeOf(syntax.Arguments{})
	exprASTTypes["arg"] = reflect.TypeOf(syntax.Arg{})
	exprASTTypes["keyword"] = reflect.TypeOf(syntax.Keyword{})
	exprASTTypes["alias"] = reflect.TypeOf(syntax.Alias{})
	exprASTTypes["withitem"] = reflect.TypeOf(syntax.WithItem{})
	exprASTTypes["match_case"] = reflect.TypeOf(syntax.MatchCase{})
	exprASTTypes["comprehension"] = reflect.TypeOf(syntax.Comprehension{})
}

var exprASTEnums = map[string]any{
	"Load": syntax.Load, "Store": syntax.Store, "Del": syntax.Del,
	"And": syntax.And, "Or": syntax.Or,
	"Add": syntax.Add, "Sub": syntax.Sub, "Mult": syntax.Mult, "MatMult": syntax.MatMult,
	"Div": syntax.Div, "Mod": syntax.Mod_, "Pow": syntax.Pow, "LShift": syntax.LShift,
	"RShift": syntax.RShift, "BitOr": syntax.BitOr, "BitXor": syntax.BitXor,
	"BitAnd": syntax.BitAnd, "FloorDiv": syntax.FloorDiv,
	"Invert": syntax.Invert, "Not": syntax.Not, "UAdd": syntax.UAdd, "USub": syntax.USub,
	"Eq": syntax.Eq, "NotEq": syntax.NotEq, "Lt": syntax.Lt, "LtE": syntax.LtE,
	"Gt": syntax.Gt, "GtE": syntax.GtE, "Is": syntax.Is, "IsNot": syntax.IsNot,
	"In": syntax.In, "NotIn": syntax.NotIn,
}

func exprGoField(py string) string {
	var b strings.Builder
	for _, part := range strings.Split(py, "_") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// exprDecodeNode turns one JSON node into a pointer to a syntax node, or an
// enum value for operator and context nodes.
func exprDecodeNode(raw any) (any, error) {
	m, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("node: unexpected %T", raw)
	}
	typ, _ := m["_type"].(string)
	if e, ok := exprASTEnums[typ]; ok {
		return e, nil
	}
	t, ok := exprASTTypes[typ]
	if !ok {
		return nil, fmt.Errorf("unknown node type %q", typ)
	}
	p := reflect.New(t)
	v := p.Elem()
	for k, fv := range m {
		switch k {
		case "_type":
			continue
		case "lineno", "col_offset", "end_lineno", "end_col_offset":
			if pos := v.FieldByName("Pos"); pos.IsValid() {
				pos.FieldByName(exprGoField(k)).SetInt(int64(fv.(float64)))
			} else if f := v.FieldByName(exprGoField(k)); f.IsValid() {
				f.SetInt(int64(fv.(float64)))
			}
			continue
		}
		f := v.FieldByName(exprGoField(k))
		if !f.IsValid() {
			if fv == nil {
				continue
			}
			return nil, fmt.Errorf("%s has no field %s", typ, k)
		}
		if err := exprDecodeField(f, fv); err != nil {
			return nil, fmt.Errorf("%s.%s: %w", typ, k, err)
		}
	}
	return p.Interface(), nil
}

var exprConstValueType = reflect.TypeOf((*constant.Value)(nil)).Elem()

func exprDecodeField(f reflect.Value, raw any) error {
	if raw == nil {
		return nil
	}
	if f.Type() == exprConstValueType {
		v, err := exprDecodeConst(raw)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(&v).Elem())
		return nil
	}
	switch f.Kind() {
	case reflect.Interface, reflect.Ptr:
		if f.Kind() == reflect.Ptr && f.Type().Elem().Kind() == reflect.String {
			s := raw.(string)
			f.Set(reflect.ValueOf(&s))
			return nil
		}
		n, err := exprDecodeNode(raw)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(n))
	case reflect.Slice:
		items := raw.([]any)
		s := reflect.MakeSlice(f.Type(), len(items), len(items))
		for i, it := range items {
			if err := exprDecodeField(s.Index(i), it); err != nil {
				return err
			}
		}
		f.Set(s)
	case reflect.String:
		f.SetString(raw.(string))
	case reflect.Int:
		switch r := raw.(type) {
		case float64:
			f.SetInt(int64(r))
		case map[string]any:
			n, err := exprDecodeNode(r)
			if err != nil {
				return err
			}
			f.Set(reflect.ValueOf(n))
		default:
			return fmt.Errorf("int field: unexpected %T", raw)
		}
	default:
		return fmt.Errorf("unsupported field kind %s", f.Kind())
	}
	return nil
}

func exprDecodeConst(raw any) (constant.Value, error) {
	m := raw.(map[string]any)
	switch m["t"] {
	case "None":
		return constant.None{}, nil
	case "Ellipsis":
		return constant.Ellipsis{}, nil
	case "bool":
		return constant.Bool(m["v"].(bool)), nil
	case "int":
		n, ok := new(big.Int).SetString(m["v"].(string), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %v", m["v"])
		}
		return constant.Int{V: n}, nil
	case "float":
		f, err := strconv.ParseFloat(m["v"].(string), 64)
		return constant.Float(f), err
	case "complex":
		re, err := strconv.ParseFloat(m["re"].(string), 64)
		if err != nil {
			return nil, err
		}
		im, err := strconv.ParseFloat(m["im"].(string), 64)
		return constant.Complex(complex(re, im)), err
	case "str":
		b, err := hex.DecodeString(m["v"].(string))
		return constant.Str(b), err
	case "bytes":
		b, err := hex.DecodeString(m["v"].(string))
		return constant.Bytes(b), err
	case "tuple", "frozenset":
		var items []constant.Value
		for _, it := range m["v"].([]any) {
			v, err := exprDecodeConst(it)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		if m["t"] == "frozenset" {
			return constant.NewFrozenSet(items), nil
		}
		return constant.Tuple(items), nil
	}
	return nil, fmt.Errorf("unknown constant %v", m["t"])
}
