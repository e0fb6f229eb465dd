package compiler

import "github.com/quicken-py/quicken/vm/syntax"

// BlockType is the kind of a symbol-table block (CPython's _Py_block_ty).
type BlockType int

// Block types. Lambdas, comprehensions and generator expressions are
// FunctionBlocks.
const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	AnnotationBlock
)

// Scope is the resolved scope of a name in a block.
type Scope int

// Scopes, as CPython 3.11's symtable.h numbers them.
const (
	ScopeNone Scope = iota
	ScopeLocal
	ScopeGlobalExplicit
	ScopeGlobalImplicit
	ScopeFree
	ScopeCell
)

// Symbol flags (CPython 3.11 symtable.h DEF_* and USE).
const (
	DefGlobal    = 1 << 0
	DefLocal     = 1 << 1
	DefParam     = 1 << 2
	DefNonlocal  = 1 << 3
	Use          = 1 << 4
	DefFree      = 1 << 5
	DefFreeClass = 1 << 6
	DefImport    = 1 << 7
	DefAnnot     = 1 << 8
	DefCompIter  = 1 << 9
)

// scopeBlock is one symbol-table block (CPython's PySTEntryObject).
type scopeBlock struct {
	Type BlockType
	Name string
	// Flags holds each name's DEF_*/USE flags; Scopes its resolved scope.
	// Names are mangled.
	Flags  map[string]int
	Scopes map[string]Scope
	// VarNames are the parameters, in co_varnames order (posonly, regular,
	// kw-only, *args, **kwargs).
	VarNames []string
	Children []*scopeBlock

	Nested            bool // ste_nested
	Generator         bool // ste_generator
	Coroutine         bool // ste_coroutine
	Comprehension     bool // ste_comprehension
	NeedsClassClosure bool // ste_needs_class_closure
	Varargs           bool
	Varkeywords       bool
	Lineno, ColOffset int
}

// symtable is the result of the symbol-table pass over one module.
type symtable struct {
	Top    *scopeBlock
	byNode map[syntax.Node]*scopeBlock
	// Future holds the CO_FUTURE_* flags of the module's __future__ imports.
	Future uint32
}

// lookup returns the block of a Module/Interactive/Expression, FunctionDef,
// AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp or
// GeneratorExp node.
func (st *symtable) lookup(n syntax.Node) *scopeBlock { return st.byNode[n] }

// scope returns the resolved scope of a (mangled) name in the block.
func (b *scopeBlock) scope(name string) Scope { return b.Scopes[name] }
