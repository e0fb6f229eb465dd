package compiler

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The differential test of the optimizer: python3 compiles each source and
// lists, for the module code (and the functions in it), the constants it
// loads and the operations it applies, in order; the same list is derived
// from the tree optimizeAST folded, by walking it in the order codegen
// visits it. A constant that CPython folds and quicken does not (or the
// reverse), a different value (floats compared bit for bit, frozensets in
// iteration order), a rewrite not done, all show up as a difference.

// foldTokensPython defines tokens(code): the instruction summary.
const foldTokensPython = `
import dis, types
def tokens(code, func=False):
    out = []
    if func:
        out.append("doc:" + enc(code.co_consts[0]))
    ins = list(dis.get_instructions(code))
    for k, i in enumerate(ins):
        op = i.opname
        if op == "LOAD_CONST":
            v = i.argval
            if isinstance(v, types.CodeType):
                if v.co_name.startswith("<"):
                    out.append("code")
                else:
                    out.append("code{" + " ".join(tokens(v, True)) + "}")
            elif v is None and k + 1 < len(ins) and ins[k + 1].opname == "RETURN_VALUE":
                pass
            else:
                out.append("c:" + enc(v))
        elif op in ("LOAD_NAME", "LOAD_GLOBAL", "LOAD_FAST", "LOAD_DEREF"):
            out.append("n:" + i.argval)
        elif op in ("STORE_NAME", "STORE_FAST", "STORE_GLOBAL"):
            out.append("store:" + i.argval)
        elif op == "BINARY_OP":
            out.append("op:" + i.argrepr)
        elif op.startswith("UNARY_"):
            out.append(op.lower())
        elif op == "IS_OP":
            out.append("is not" if i.arg else "is")
        elif op == "CONTAINS_OP":
            out.append("not in" if i.arg else "in")
        elif op == "COMPARE_OP":
            out.append("cmp:" + i.argrepr)
        elif op in ("BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_STRING", "BUILD_SLICE"):
            out.append(op.lower() + ":" + str(i.arg))
        elif op == "FORMAT_VALUE":
            out.append("fmt:" + str(i.arg))
        elif op in ("BINARY_SUBSCR", "POP_TOP", "LIST_EXTEND", "SET_UPDATE", "LIST_TO_TUPLE", "GET_ITER"):
            out.append(op.lower())
    return out
`

const foldOracleMain = `
import json, sys
res = []
for case in json.load(sys.stdin):
    try:
        code = compile(case["src"], "<s>", "exec", optimize=case["opt"])
        res.append({"ast": dump(ast.parse(case["src"])), "tokens": tokens(code)})
    except Exception as e:
        res.append({"error": type(e).__name__ + ": " + str(e)})
print(json.dumps(res))
`

type foldCase struct {
	Src string `json:"src"`
	Opt int    `json:"opt"`
}

// foldOracle runs the cases through python3 and returns, per case, the
// parsed tree and CPython's instruction summary.
func foldOracle(t *testing.T, cases []foldCase) []struct {
	AST    any      `json:"ast"`
	Tokens []string `json:"tokens"`
	Error  string   `json:"error"`
} {
	t.Helper()
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	out := foldPython(t, astDumpPython+constEncodingPython+foldTokensPython+foldOracleMain, string(in))
	var res []struct {
		AST    any      `json:"ast"`
		Tokens []string `json:"tokens"`
		Error  string   `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("decode python3 output: %v", err)
	}
	if len(res) != len(cases) {
		t.Fatalf("python3 returned %d results for %d cases", len(res), len(cases))
	}
	return res
}

// hasFutureAnnotations reports `from __future__ import annotations`.
func hasFutureAnnotations(mod syntax.Mod) bool {
	m, ok := mod.(*syntax.Module)
	if !ok {
		return false
	}
	for _, s := range m.Body {
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module == nil || *imp.Module != "__future__" {
			continue
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

// foldTokens walks a folded module in codegen order and lists what
// foldTokensPython lists for the compiled code.
type foldTokens struct {
	out []string
	err error
}

func (w *foldTokens) emit(s string) { w.out = append(w.out, s) }

func (w *foldTokens) unsupported(n any) {
	if w.err == nil {
		w.err = fmt.Errorf("token walk: unsupported %T", n)
	}
}

func (w *foldTokens) module(m *syntax.Module) {
	body := m.Body
	if isDocstring(body) {
		w.emit("c:" + constEncoding(body[0].(*syntax.ExprStmt).Value.(*syntax.Constant).Value))
		w.emit("store:__doc__")
		body = body[1:]
	}
	w.stmts(body)
}

func (w *foldTokens) stmts(list []syntax.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *foldTokens) stmt(s syntax.Stmt) {
	switch n := s.(type) {
	case *syntax.ExprStmt:
		if _, ok := n.Value.(*syntax.Constant); ok {
			return // a constant statement compiles to nothing
		}
		w.expr(n.Value)
		w.emit("pop_top")
	case *syntax.Assign:
		w.expr(n.Value)
		for _, t := range n.Targets {
			w.target(t)
		}
	case *syntax.For:
		w.expr(n.Iter)
		w.emit("get_iter")
		w.target(n.Target)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
	case *syntax.If:
		// compiler_if drops the branch a constant test never takes.
		if c, ok := n.Test.(*syntax.Constant); ok {
			if truthy(c.Value) {
				w.stmts(n.Body)
			} else {
				w.stmts(n.Orelse)
			}
			return
		}
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
	case *syntax.FunctionDef:
		if n.Args != nil && (len(n.Args.Defaults) > 0 || len(n.Args.KwDefaults) > 0) || len(n.DecoratorList) > 0 {
			w.unsupported(n)
			return
		}
		inner := &foldTokens{}
		body := n.Body
		if isDocstring(body) {
			inner.emit("doc:" + constEncoding(body[0].(*syntax.ExprStmt).Value.(*syntax.Constant).Value))
			body = body[1:]
		} else {
			inner.emit("doc:None")
		}
		inner.stmts(body)
		if inner.err != nil {
			w.err = inner.err
		}
		w.emit("code{" + strings.Join(inner.out, " ") + "}")
		w.emit("store:" + n.Name)
	case *syntax.Return:
		if n.Value != nil {
			if c, ok := n.Value.(*syntax.Constant); !ok || c.Value != (constant.None{}) {
				w.expr(n.Value)
			}
		}
	case *syntax.AnnAssign:
		// A simple module-level annotation is stored in __annotations__.
		if n.Value != nil {
			w.expr(n.Value)
			w.target(n.Target)
		}
		name, ok := n.Target.(*syntax.Name)
		if !ok || n.Simple == 0 {
			w.unsupported(n)
			return
		}
		w.expr(n.Annotation)
		w.emit("n:__annotations__")
		w.emit("c:" + constEncoding(constant.Str(name.Id)))
	case *syntax.Pass, *syntax.ImportFrom:
	default:
		w.unsupported(n)
	}
}

func (w *foldTokens) target(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		w.emit("store:" + n.Id)
	case *syntax.Tuple:
		for _, x := range n.Elts {
			w.target(x)
		}
	default:
		w.unsupported(n)
	}
}

var foldBinOpTokens = map[syntax.Operator]string{
	syntax.Add: "+", syntax.Sub: "-", syntax.Mult: "*", syntax.MatMult: "@", syntax.Div: "/",
	syntax.Mod_: "%", syntax.Pow: "**", syntax.LShift: "<<", syntax.RShift: ">>",
	syntax.BitOr: "|", syntax.BitXor: "^", syntax.BitAnd: "&", syntax.FloorDiv: "//",
}

var foldUnaryTokens = map[syntax.UnaryOpKind]string{
	syntax.USub: "unary_negative", syntax.UAdd: "unary_positive",
	syntax.Invert: "unary_invert", syntax.Not: "unary_not",
}

var foldCmpTokens = map[syntax.CmpOp]string{
	syntax.Eq: "cmp:==", syntax.NotEq: "cmp:!=", syntax.Lt: "cmp:<", syntax.LtE: "cmp:<=",
	syntax.Gt: "cmp:>", syntax.GtE: "cmp:>=", syntax.Is: "is", syntax.IsNot: "is not",
	syntax.In: "in", syntax.NotIn: "not in",
}

func (w *foldTokens) exprs(list []syntax.Expr) {
	for _, e := range list {
		w.expr(e)
	}
}

func (w *foldTokens) expr(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Constant:
		w.emit("c:" + constEncoding(n.Value))
	case *syntax.Name:
		w.emit("n:" + n.Id)
	case *syntax.BinOp:
		w.expr(n.Left)
		w.expr(n.Right)
		w.emit("op:" + foldBinOpTokens[n.Op])
	case *syntax.UnaryOp:
		w.expr(n.Operand)
		w.emit(foldUnaryTokens[n.Op])
	case *syntax.Compare:
		// A chain leaves a copy of the last left operand that its
		// cleanup block pops at the end.
		w.expr(n.Left)
		for i, op := range n.Ops {
			w.expr(n.Comparators[i])
			w.emit(foldCmpTokens[op])
		}
		if len(n.Ops) > 1 {
			w.emit("pop_top")
		}
	case *syntax.BoolOp:
		w.exprs(n.Values)
	case *syntax.IfExp:
		w.expr(n.Test)
		w.expr(n.Body)
		w.expr(n.Orelse)
	case *syntax.Call:
		w.expr(n.Func)
		w.exprs(n.Args)
		for _, k := range n.Keywords {
			w.expr(k.Value)
		}
	case *syntax.Attribute:
		w.expr(n.Value)
	case *syntax.Subscript:
		w.expr(n.Value)
		w.expr(n.Slice)
		w.emit("binary_subscr")
	case *syntax.Slice:
		count := 2
		for _, x := range []syntax.Expr{n.Lower, n.Upper} {
			if x == nil {
				w.emit("c:None")
			} else {
				w.expr(x)
			}
		}
		if n.Step != nil {
			w.expr(n.Step)
			count = 3
		}
		w.emit("build_slice:" + strconv.Itoa(count))
	case *syntax.Tuple:
		w.display(n.Elts, "tuple")
	case *syntax.List:
		w.display(n.Elts, "list")
	case *syntax.Set:
		w.display(n.Elts, "set")
	case *syntax.JoinedStr:
		if len(n.Values) == 0 {
			w.emit("c:" + constEncoding(constant.Str("")))
			return
		}
		w.exprs(n.Values)
		if len(n.Values) > 1 {
			w.emit("build_string:" + strconv.Itoa(len(n.Values)))
		}
	case *syntax.FormattedValue:
		w.expr(n.Value)
		oparg := map[int]int{-1: 0, 's': 1, 'r': 2, 'a': 3}[n.Conversion]
		if n.FormatSpec != nil {
			w.expr(n.FormatSpec)
			oparg |= 4
		}
		w.emit("fmt:" + strconv.Itoa(oparg))
	case *syntax.ListComp:
		w.emit("code")
		w.expr(n.Generators[0].Iter)
		w.emit("get_iter")
	case *syntax.GeneratorExp:
		w.emit("code")
		w.expr(n.Generators[0].Iter)
		w.emit("get_iter")
	default:
		w.unsupported(n)
	}
}

// display is a tuple, list or set display: its items and BUILD_*. Three
// or more constant items of a list are built from a constant tuple by
// codegen; with starred items the display is built by extending a list or
// set (starunpack_helper).
func (w *foldTokens) display(elts []syntax.Expr, kind string) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
			break
		}
	}
	if star >= 0 {
		build, extend := "build_list:", "list_extend"
		if kind == "set" {
			build, extend = "build_set:", "set_update"
		}
		for i, e := range elts {
			if i == star {
				w.emit(build + strconv.Itoa(i))
			}
			if s, ok := e.(*syntax.Starred); ok {
				w.expr(s.Value)
				w.emit(extend)
			} else {
				w.expr(e)
			}
		}
		if kind == "tuple" {
			w.emit("list_to_tuple")
		}
		return
	}
	if kind == "list" && len(elts) > 2 {
		if t, ok := constTuple(elts); ok {
			w.emit("build_list:0")
			w.emit("c:" + constEncoding(t))
			w.emit("list_extend")
			return
		}
	}
	w.exprs(elts)
	w.emit("build_" + kind + ":" + strconv.Itoa(len(elts)))
}

// runFoldOracle folds every case and compares with python3.
func runFoldOracle(t *testing.T, cases []foldCase) {
	t.Helper()
	res := foldOracle(t, cases)
	for i, c := range cases {
		r := res[i]
		if r.Error != "" {
			t.Errorf("%q: python3: %s", c.Src, r.Error)
			continue
		}
		mod, err := modFromJSON(r.AST)
		if err != nil {
			t.Errorf("%q: building the tree: %v", c.Src, err)
			continue
		}
		if err := optimizeAST(mod, c.Opt, hasFutureAnnotations(mod)); err != nil {
			t.Errorf("%q: optimizeAST: %v", c.Src, err)
			continue
		}
		w := &foldTokens{}
		w.module(mod.(*syntax.Module))
		if w.err != nil {
			t.Errorf("%q: %v", c.Src, w.err)
			continue
		}
		got, want := strings.Join(w.out, " "), strings.Join(r.Tokens, " ")
		if got != want {
			t.Errorf("%q:\n got  %s\n want %s", c.Src, got, want)
		}
	}
}

// foldExprCases turns expressions into `x = E` statements.
func foldExprCases(exprs ...string) []foldCase {
	cases := make([]foldCase, len(exprs))
	for i, e := range exprs {
		cases[i] = foldCase{Src: "x = " + e}
	}
	return cases
}
