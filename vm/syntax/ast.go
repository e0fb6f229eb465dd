package syntax

import "github.com/quicken-py/quicken/vm/constant"

// The abstract syntax tree mirrors CPython 3.11's ast module (Parser/Python.asdl):
// every node type and field has CPython's name, so ast.dump prints the same
// text. Optional fields are nil when absent. Positions are those of
// CPython: 1-based lines, 0-based columns counted in UTF-8 bytes.

// Pos is the span of a node: CPython's lineno, col_offset, end_lineno,
// end_col_offset attributes.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Span returns the node's position; every node with attributes embeds Pos.
func (p *Pos) Span() Pos { return *p }

// Node is any AST node.
type Node interface{ astNode() }

// Mod is a module-level node: *Module, *Interactive, *Expression or *FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	Span() Pos
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	Span() Pos
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	Span() Pos
	patternNode()
}

// ExprContext is Load, Store or Del.
type ExprContext int

// Expression contexts.
const (
	Load ExprContext = iota + 1
	Store
	Del
)

// BoolOpKind is And or Or.
type BoolOpKind int

// Boolean operators.
const (
	And BoolOpKind = iota + 1
	Or
)

// Operator is a binary operator, in CPython's ast order.
type Operator int

// Binary operators.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod_ // ast.Mod; the trailing underscore avoids the Mod interface.
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is a unary operator.
type UnaryOpKind int

// Unary operators.
const (
	Invert UnaryOpKind = iota + 1
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator.
type CmpOp int

// Comparison operators.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// ---- mod ----

type (
	// Module is a whole file (mode 'exec').
	Module struct {
		Body        []Stmt
		TypeIgnores []*TypeIgnore
	}
	// Interactive is mode 'single'.
	Interactive struct{ Body []Stmt }
	// Expression is mode 'eval'.
	Expression struct{ Body Expr }
	// FunctionType is mode 'func_type'.
	FunctionType struct {
		ArgTypes []Expr
		Returns  Expr
	}
	// TypeIgnore is a "# type: ignore" comment (only with type_comments).
	TypeIgnore struct {
		Lineno int
		Tag    string
	}
)

// ---- stmt ----

type (
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr
		TypeComment   *string
	}
	AsyncFunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr
		TypeComment   *string
	}
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
	}
	Return struct {
		Pos
		Value Expr
	}
	Delete struct {
		Pos
		Targets []Expr
	}
	Assign struct {
		Pos
		Targets     []Expr
		Value       Expr
		TypeComment *string
	}
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     int
	}
	For struct {
		Pos
		Target      Expr
		Iter        Expr
		Body        []Stmt
		Orelse      []Stmt
		TypeComment *string
	}
	AsyncFor struct {
		Pos
		Target      Expr
		Iter        Expr
		Body        []Stmt
		Orelse      []Stmt
		TypeComment *string
	}
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	With struct {
		Pos
		Items       []*WithItem
		Body        []Stmt
		TypeComment *string
	}
	AsyncWith struct {
		Pos
		Items       []*WithItem
		Body        []Stmt
		TypeComment *string
	}
	Match struct {
		Pos
		Subject Expr
		Cases   []*MatchCase
	}
	Raise struct {
		Pos
		Exc   Expr
		Cause Expr
	}
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
	}
	TryStar struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
	}
	Assert struct {
		Pos
		Test Expr
		Msg  Expr
	}
	Import struct {
		Pos
		Names []*Alias
	}
	ImportFrom struct {
		Pos
		Module *string // nil for "from . import x"
		Names  []*Alias
		Level  int
	}
	Global struct {
		Pos
		Names []string
	}
	Nonlocal struct {
		Pos
		Names []string
	}
	ExprStmt struct { // ast.Expr
		Pos
		Value Expr
	}
	Pass     struct{ Pos }
	Break    struct{ Pos }
	Continue struct{ Pos }
)

// ---- expr ----

type (
	BoolOp struct {
		Pos
		Op     BoolOpKind
		Values []Expr
	}
	NamedExpr struct {
		Pos
		Target Expr
		Value  Expr
	}
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}
	UnaryOp struct {
		Pos
		Op      UnaryOpKind
		Operand Expr
	}
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	IfExp struct {
		Pos
		Test   Expr
		Body   Expr
		Orelse Expr
	}
	Dict struct {
		Pos
		Keys   []Expr // a nil key is a **mapping unpacking
		Values []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	Await struct {
		Pos
		Value Expr
	}
	Yield struct {
		Pos
		Value Expr
	}
	YieldFrom struct {
		Pos
		Value Expr
	}
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion int // -1 none, 's', 'r', 'a'
		FormatSpec Expr
	}
	JoinedStr struct {
		Pos
		Values []Expr
	}
	Constant struct {
		Pos
		Value constant.Value
		Kind  *string // "u" for u"..." strings
	}
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   ExprContext
	}
	Subscript struct {
		Pos
		Value Expr
		Slice Expr
		Ctx   ExprContext
	}
	Starred struct {
		Pos
		Value Expr
		Ctx   ExprContext
	}
	Name struct {
		Pos
		Id  string
		Ctx ExprContext
	}
	List struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
)

// ---- other nodes ----

type (
	Comprehension struct {
		Target  Expr
		Iter    Expr
		Ifs     []Expr
		IsAsync int
	}
	ExceptHandler struct {
		Pos
		Type Expr
		Name *string
		Body []Stmt
	}
	Arguments struct {
		Posonlyargs []*Arg
		Args        []*Arg
		Vararg      *Arg
		Kwonlyargs  []*Arg
		KwDefaults  []Expr // one per kw-only arg; nil where it has no default
		Kwarg       *Arg
		Defaults    []Expr
	}
	Arg struct {
		Pos
		Arg         string
		Annotation  Expr
		TypeComment *string
	}
	Keyword struct {
		Pos
		Arg   *string // nil for **kwargs
		Value Expr
	}
	Alias struct {
		Pos
		Name   string
		Asname *string
	}
	WithItem struct {
		ContextExpr  Expr
		OptionalVars Expr
	}
	MatchCase struct {
		Pattern Pattern
		Guard   Expr
		Body    []Stmt
	}
)

// ---- pattern ----

type (
	MatchValue struct {
		Pos
		Value Expr
	}
	MatchSingleton struct {
		Pos
		Value constant.Value
	}
	MatchSequence struct {
		Pos
		Patterns []Pattern
	}
	MatchMapping struct {
		Pos
		Keys     []Expr
		Patterns []Pattern
		Rest     *string
	}
	MatchClass struct {
		Pos
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}
	MatchStar struct {
		Pos
		Name *string
	}
	MatchAs struct {
		Pos
		Pattern Pattern
		Name    *string
	}
	MatchOr struct {
		Pos
		Patterns []Pattern
	}
)

func (*Module) astNode()       {}
func (*Interactive) astNode()  {}
func (*Expression) astNode()   {}
func (*FunctionType) astNode() {}
func (*TypeIgnore) astNode()   {}
func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}

func (*MatchValue) astNode()     {}
func (*MatchSingleton) astNode() {}
func (*MatchSequence) astNode()  {}
func (*MatchMapping) astNode()   {}
func (*MatchClass) astNode()     {}
func (*MatchStar) astNode()      {}
func (*MatchAs) astNode()        {}
func (*MatchOr) astNode()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
