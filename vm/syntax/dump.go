package syntax

import (
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
)

// Dump returns what CPython 3.11's ast.dump(node, indent=indent) returns;
// a negative indent stands for indent=None (the one-line form).
func Dump(n Node, indent int) string {
	d := &dumper{attrs: false}
	if indent >= 0 {
		d.indent = strings.Repeat(" ", indent)
		d.pretty = true
	}
	var b strings.Builder
	d.format(&b, n, 0)
	return b.String()
}

// DumpWithAttributes is Dump with include_attributes=True: the positions
// of the nodes that have them are printed too.
func DumpWithAttributes(n Node, indent int) string {
	d := &dumper{attrs: true}
	if indent >= 0 {
		d.indent = strings.Repeat(" ", indent)
		d.pretty = true
	}
	var b strings.Builder
	d.format(&b, n, 0)
	return b.String()
}

type dumper struct {
	indent string
	pretty bool
	attrs  bool
}

// field is one field of a node: its name and value. An optional field
// (ASDL '?') whose value is None is left out, as ast.dump does.
type field struct {
	name     string
	val      any
	optional bool
}

// none is a None that is printed.
type none struct{}

// rawText is a value printed as is (an int, or an already formatted
// singleton node).
type rawText string

var (
	ctxNames     = [...]string{Load: "Load", Store: "Store", Del: "Del"}
	boolOpNames  = [...]string{And: "And", Or: "Or"}
	operatorName = [...]string{Add: "Add", Sub: "Sub", Mult: "Mult", MatMult: "MatMult", Div: "Div", Mod_: "Mod",
		Pow: "Pow", LShift: "LShift", RShift: "RShift", BitOr: "BitOr", BitXor: "BitXor", BitAnd: "BitAnd", FloorDiv: "FloorDiv"}
	unaryOpNames = [...]string{Invert: "Invert", Not: "Not", UAdd: "UAdd", USub: "USub"}
	cmpOpNames   = [...]string{Eq: "Eq", NotEq: "NotEq", Lt: "Lt", LtE: "LtE", Gt: "Gt", GtE: "GtE",
		Is: "Is", IsNot: "IsNot", In: "In", NotIn: "NotIn"}
)

func optStr(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func intText(i int) rawText { return rawText(strconv.Itoa(i)) }

// describe returns a node's class name, fields and, for nodes with
// attributes, its position.
func describe(n Node) (name string, fields []field, pos *Pos) {
	f := func(name string, v any) field { return field{name: name, val: v} }
	o := func(name string, v any) field { return field{name: name, val: v, optional: true} }
	switch v := n.(type) {
	case *Module:
		return "Module", []field{f("body", v.Body), f("type_ignores", v.TypeIgnores)}, nil
	case *Interactive:
		return "Interactive", []field{f("body", v.Body)}, nil
	case *Expression:
		return "Expression", []field{f("body", v.Body)}, nil
	case *FunctionType:
		return "FunctionType", []field{f("argtypes", v.ArgTypes), f("returns", v.Returns)}, nil
	case *TypeIgnore:
		return "TypeIgnore", []field{f("lineno", intText(v.Lineno)), f("tag", v.Tag)}, nil

	case *FunctionDef:
		return "FunctionDef", []field{f("name", v.Name), f("args", v.Args), f("body", v.Body),
			f("decorator_list", v.DecoratorList), o("returns", v.Returns), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *AsyncFunctionDef:
		return "AsyncFunctionDef", []field{f("name", v.Name), f("args", v.Args), f("body", v.Body),
			f("decorator_list", v.DecoratorList), o("returns", v.Returns), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *ClassDef:
		return "ClassDef", []field{f("name", v.Name), f("bases", v.Bases), f("keywords", v.Keywords),
			f("body", v.Body), f("decorator_list", v.DecoratorList)}, &v.Pos
	case *Return:
		return "Return", []field{o("value", v.Value)}, &v.Pos
	case *Delete:
		return "Delete", []field{f("targets", v.Targets)}, &v.Pos
	case *Assign:
		return "Assign", []field{f("targets", v.Targets), f("value", v.Value), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *AugAssign:
		return "AugAssign", []field{f("target", v.Target), f("op", v.Op), f("value", v.Value)}, &v.Pos
	case *AnnAssign:
		return "AnnAssign", []field{f("target", v.Target), f("annotation", v.Annotation), o("value", v.Value),
			f("simple", intText(v.Simple))}, &v.Pos
	case *For:
		return "For", []field{f("target", v.Target), f("iter", v.Iter), f("body", v.Body), f("orelse", v.Orelse),
			o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *AsyncFor:
		return "AsyncFor", []field{f("target", v.Target), f("iter", v.Iter), f("body", v.Body), f("orelse", v.Orelse),
			o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *While:
		return "While", []field{f("test", v.Test), f("body", v.Body), f("orelse", v.Orelse)}, &v.Pos
	case *If:
		return "If", []field{f("test", v.Test), f("body", v.Body), f("orelse", v.Orelse)}, &v.Pos
	case *With:
		return "With", []field{f("items", v.Items), f("body", v.Body), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *AsyncWith:
		return "AsyncWith", []field{f("items", v.Items), f("body", v.Body), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *Match:
		return "Match", []field{f("subject", v.Subject), f("cases", v.Cases)}, &v.Pos
	case *Raise:
		return "Raise", []field{o("exc", v.Exc), o("cause", v.Cause)}, &v.Pos
	case *Try:
		return "Try", []field{f("body", v.Body), f("handlers", v.Handlers), f("orelse", v.Orelse), f("finalbody", v.Finalbody)}, &v.Pos
	case *TryStar:
		return "TryStar", []field{f("body", v.Body), f("handlers", v.Handlers), f("orelse", v.Orelse), f("finalbody", v.Finalbody)}, &v.Pos
	case *Assert:
		return "Assert", []field{f("test", v.Test), o("msg", v.Msg)}, &v.Pos
	case *Import:
		return "Import", []field{f("names", v.Names)}, &v.Pos
	case *ImportFrom:
		return "ImportFrom", []field{o("module", optStr(v.Module)), f("names", v.Names), o("level", intText(v.Level))}, &v.Pos
	case *Global:
		return "Global", []field{f("names", v.Names)}, &v.Pos
	case *Nonlocal:
		return "Nonlocal", []field{f("names", v.Names)}, &v.Pos
	case *ExprStmt:
		return "Expr", []field{f("value", v.Value)}, &v.Pos
	case *Pass:
		return "Pass", nil, &v.Pos
	case *Break:
		return "Break", nil, &v.Pos
	case *Continue:
		return "Continue", nil, &v.Pos

	case *BoolOp:
		return "BoolOp", []field{f("op", v.Op), f("values", v.Values)}, &v.Pos
	case *NamedExpr:
		return "NamedExpr", []field{f("target", v.Target), f("value", v.Value)}, &v.Pos
	case *BinOp:
		return "BinOp", []field{f("left", v.Left), f("op", v.Op), f("right", v.Right)}, &v.Pos
	case *UnaryOp:
		return "UnaryOp", []field{f("op", v.Op), f("operand", v.Operand)}, &v.Pos
	case *Lambda:
		return "Lambda", []field{f("args", v.Args), f("body", v.Body)}, &v.Pos
	case *IfExp:
		return "IfExp", []field{f("test", v.Test), f("body", v.Body), f("orelse", v.Orelse)}, &v.Pos
	case *Dict:
		return "Dict", []field{f("keys", v.Keys), f("values", v.Values)}, &v.Pos
	case *Set:
		return "Set", []field{f("elts", v.Elts)}, &v.Pos
	case *ListComp:
		return "ListComp", []field{f("elt", v.Elt), f("generators", v.Generators)}, &v.Pos
	case *SetComp:
		return "SetComp", []field{f("elt", v.Elt), f("generators", v.Generators)}, &v.Pos
	case *DictComp:
		return "DictComp", []field{f("key", v.Key), f("value", v.Value), f("generators", v.Generators)}, &v.Pos
	case *GeneratorExp:
		return "GeneratorExp", []field{f("elt", v.Elt), f("generators", v.Generators)}, &v.Pos
	case *Await:
		return "Await", []field{f("value", v.Value)}, &v.Pos
	case *Yield:
		return "Yield", []field{o("value", v.Value)}, &v.Pos
	case *YieldFrom:
		return "YieldFrom", []field{f("value", v.Value)}, &v.Pos
	case *Compare:
		return "Compare", []field{f("left", v.Left), f("ops", v.Ops), f("comparators", v.Comparators)}, &v.Pos
	case *Call:
		return "Call", []field{f("func", v.Func), f("args", v.Args), f("keywords", v.Keywords)}, &v.Pos
	case *FormattedValue:
		return "FormattedValue", []field{f("value", v.Value), f("conversion", intText(v.Conversion)), o("format_spec", v.FormatSpec)}, &v.Pos
	case *JoinedStr:
		return "JoinedStr", []field{f("values", v.Values)}, &v.Pos
	case *Constant:
		return "Constant", []field{f("value", v.Value), o("kind", optStr(v.Kind))}, &v.Pos
	case *Attribute:
		return "Attribute", []field{f("value", v.Value), f("attr", v.Attr), f("ctx", v.Ctx)}, &v.Pos
	case *Subscript:
		return "Subscript", []field{f("value", v.Value), f("slice", v.Slice), f("ctx", v.Ctx)}, &v.Pos
	case *Starred:
		return "Starred", []field{f("value", v.Value), f("ctx", v.Ctx)}, &v.Pos
	case *Name:
		return "Name", []field{f("id", v.Id), f("ctx", v.Ctx)}, &v.Pos
	case *List:
		return "List", []field{f("elts", v.Elts), f("ctx", v.Ctx)}, &v.Pos
	case *Tuple:
		return "Tuple", []field{f("elts", v.Elts), f("ctx", v.Ctx)}, &v.Pos
	case *Slice:
		return "Slice", []field{o("lower", v.Lower), o("upper", v.Upper), o("step", v.Step)}, &v.Pos

	case *Comprehension:
		return "comprehension", []field{f("target", v.Target), f("iter", v.Iter), f("ifs", v.Ifs), f("is_async", intText(v.IsAsync))}, nil
	case *ExceptHandler:
		return "ExceptHandler", []field{o("type", v.Type), o("name", optStr(v.Name)), f("body", v.Body)}, &v.Pos
	case *Arguments:
		return "arguments", []field{f("posonlyargs", v.Posonlyargs), f("args", v.Args), o("vararg", v.Vararg),
			f("kwonlyargs", v.Kwonlyargs), f("kw_defaults", v.KwDefaults), o("kwarg", v.Kwarg), f("defaults", v.Defaults)}, nil
	case *Arg:
		return "arg", []field{f("arg", v.Arg), o("annotation", v.Annotation), o("type_comment", optStr(v.TypeComment))}, &v.Pos
	case *Keyword:
		return "keyword", []field{o("arg", optStr(v.Arg)), f("value", v.Value)}, &v.Pos
	case *Alias:
		return "alias", []field{f("name", v.Name), o("asname", optStr(v.Asname))}, &v.Pos
	case *WithItem:
		return "withitem", []field{f("context_expr", v.ContextExpr), o("optional_vars", v.OptionalVars)}, nil
	case *MatchCase:
		return "match_case", []field{f("pattern", v.Pattern), o("guard", v.Guard), f("body", v.Body)}, nil

	case *MatchValue:
		return "MatchValue", []field{f("value", v.Value)}, &v.Pos
	case *MatchSingleton:
		return "MatchSingleton", []field{f("value", v.Value)}, &v.Pos
	case *MatchSequence:
		return "MatchSequence", []field{f("patterns", v.Patterns)}, &v.Pos
	case *MatchMapping:
		return "MatchMapping", []field{f("keys", v.Keys), f("patterns", v.Patterns), o("rest", optStr(v.Rest))}, &v.Pos
	case *MatchClass:
		return "MatchClass", []field{f("cls", v.Cls), f("patterns", v.Patterns), f("kwd_attrs", v.KwdAttrs), f("kwd_patterns", v.KwdPatterns)}, &v.Pos
	case *MatchStar:
		return "MatchStar", []field{o("name", optStr(v.Name))}, &v.Pos
	case *MatchAs:
		return "MatchAs", []field{o("pattern", v.Pattern), o("name", optStr(v.Name))}, &v.Pos
	case *MatchOr:
		return "MatchOr", []field{f("patterns", v.Patterns)}, &v.Pos
	}
	panic("syntax.Dump: unknown node type")
}

// isNone reports whether a field value is Python's None.
func isNone(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case Node:
		return isNilNode(x)
	}
	return false
}

// isNilNode catches typed nil pointers held in interfaces.
func isNilNode(n Node) bool {
	switch x := n.(type) {
	case *Arg:
		return x == nil
	case *Arguments:
		return x == nil
	}
	return n == nil
}

// format is ast.dump's _format, writing the text of v to b. CPython
// builds each node's text from its children's; writing into one buffer
// keeps deeply nested trees linear.
func (d *dumper) format(b *strings.Builder, v any, level int) {
	prefix, sep := "", ", "
	if d.pretty {
		level++
		prefix = "\n" + strings.Repeat(d.indent, level)
		sep = ",\n" + strings.Repeat(d.indent, level)
	}
	switch x := v.(type) {
	case nil, none:
		b.WriteString("None")
		return
	case rawText:
		b.WriteString(string(x))
		return
	case string:
		b.WriteString(constant.Str(x).Repr())
		return
	case constant.Value:
		b.WriteString(x.Repr())
		return
	case ExprContext:
		b.WriteString(ctxNames[x] + "()")
		return
	case BoolOpKind:
		b.WriteString(boolOpNames[x] + "()")
		return
	case Operator:
		b.WriteString(operatorName[x] + "()")
		return
	case UnaryOpKind:
		b.WriteString(unaryOpNames[x] + "()")
		return
	case CmpOp:
		b.WriteString(cmpOpNames[x] + "()")
		return
	case Node:
		if isNilNode(x) {
			b.WriteString("None")
			return
		}
		name, fields, pos := describe(x)
		args := d.args(fields, pos)
		allSimple := true
		for _, a := range args {
			allSimple = allSimple && d.simple(a.val)
		}
		b.WriteString(name + "(")
		if allSimple && len(args) <= 3 {
			for k, a := range args {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString(a.name + "=")
				d.format(b, a.val, level)
			}
		} else {
			b.WriteString(prefix)
			for k, a := range args {
				if k > 0 {
					b.WriteString(sep)
				}
				b.WriteString(a.name + "=")
				d.format(b, a.val, level)
			}
		}
		b.WriteString(")")
		return
	}
	items := listItems(v)
	if items == nil {
		b.WriteString("[]")
		return
	}
	b.WriteString("[" + prefix)
	for k, it := range items {
		if k > 0 {
			b.WriteString(sep)
		}
		d.format(b, it, level)
	}
	b.WriteString("]")
}

// args lists what ast.dump prints of a node: its fields, less the
// optional ones that are None, then its position if attributes are
// included.
func (d *dumper) args(fields []field, pos *Pos) []field {
	var args []field
	for _, fl := range fields {
		if fl.optional && isNone(fl.val) {
			continue
		}
		args = append(args, fl)
	}
	if d.attrs && pos != nil {
		args = append(args,
			field{name: "lineno", val: intText(pos.Lineno)},
			field{name: "col_offset", val: intText(pos.ColOffset)},
			field{name: "end_lineno", val: intText(pos.EndLineno)},
			field{name: "end_col_offset", val: intText(pos.EndColOffset)})
	}
	return args
}

// simple is the second result of ast.dump's _format: true for scalars,
// empty lists and nodes that print no arguments.
func (d *dumper) simple(v any) bool {
	switch x := v.(type) {
	case nil, none, rawText, string, constant.Value, ExprContext, BoolOpKind, Operator, UnaryOpKind, CmpOp:
		return true
	case Node:
		if isNilNode(x) {
			return true
		}
		_, fields, pos := describe(x)
		return len(d.args(fields, pos)) == 0
	}
	return listItems(v) == nil
}

// listItems returns the elements of a list-valued field, or nil if empty.
func listItems(v any) []any {
	var out []any
	switch x := v.(type) {
	case []Stmt:
		for _, e := range x {
			out = append(out, e)
		}
	case []Expr:
		for _, e := range x {
			if e == nil {
				out = append(out, none{})
			} else {
				out = append(out, e)
			}
		}
	case []Pattern:
		for _, e := range x {
			out = append(out, e)
		}
	case []*TypeIgnore:
		for _, e := range x {
			out = append(out, e)
		}
	case []*Keyword:
		for _, e := range x {
			out = append(out, e)
		}
	case []*Alias:
		for _, e := range x {
			out = append(out, e)
		}
	case []*WithItem:
		for _, e := range x {
			out = append(out, e)
		}
	case []*ExceptHandler:
		for _, e := range x {
			out = append(out, e)
		}
	case []*MatchCase:
		for _, e := range x {
			out = append(out, e)
		}
	case []*Comprehension:
		for _, e := range x {
			out = append(out, e)
		}
	case []*Arg:
		for _, e := range x {
			out = append(out, e)
		}
	case []string:
		for _, e := range x {
			out = append(out, e)
		}
	case []CmpOp:
		for _, e := range x {
			out = append(out, e)
		}
	default:
		panic("syntax.Dump: unknown field type")
	}
	return out
}
