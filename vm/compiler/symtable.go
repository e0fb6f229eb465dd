package compiler

import (
	"sort"

	"github.com/quicken-py/quicken/vm/syntax"
)

// The symbol table (CPython 3.11's Python/symtable.c) decides, before any
// code is generated, the scope of every name in every block: local, global
// (declared or implicit), free or cell. buildSymtable (symtable_build.go)
// makes the first pass over the AST, recording what each block does with
// each name; analyze (symtable_analyze.go) makes the second, resolving
// scopes from the innermost block outwards.

// BlockType is the kind of a symbol-table block (CPython's _Py_block_ty).
type BlockType int

// Block types. Lambdas, comprehensions and generator expressions are
// FunctionBlocks.
const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	// AnnotationBlock holds an annotation under "from __future__ import
	// annotations". Such blocks are never analysed and are not children of
	// any block: the annotations become strings.
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

	// DefBound is every way of binding a name in a block.
	DefBound = DefLocal | DefParam | DefImport
)

// scopeOffset is CPython's SCOPE_OFFSET: where the scope sits in the
// integer the symtable module exposes for a symbol (flags | scope<<11).
const scopeOffset = 11

// CompKind tells which comprehension a block is (ste_comprehension).
type CompKind int

// Comprehension kinds, numbered as CPython 3.11's _Py_comprehension_ty.
const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// scopeBlock is one symbol-table block (CPython's PySTEntryObject).
type scopeBlock struct {
	Type BlockType
	// Name is the block's name as CPython's symbol table spells it: the
	// def or class name (unmangled), "top" for the module, and "lambda",
	// "listcomp", "setcomp", "dictcomp", "genexpr" for the anonymous
	// function blocks (their code objects are named "<lambda>" etc.).
	Name string
	// Flags holds each name's DEF_*/USE flags; Scopes its resolved scope.
	// Names are mangled. A name that is only free in the block (it passes
	// a child's free variable through) has a scope and no flags.
	Flags  map[string]int
	Scopes map[string]Scope
	// VarNames are the parameters, in co_varnames order (posonly, regular,
	// kw-only, *args, **kwargs); a comprehension's is ".0".
	VarNames []string
	// Children are the blocks defined directly inside this one, in the
	// order the symbol table visits them.
	Children []*scopeBlock

	Nested            bool // ste_nested
	Generator         bool // ste_generator
	Coroutine         bool // ste_coroutine
	Comprehension     bool // ste_comprehension != NoComprehension
	NeedsClassClosure bool // ste_needs_class_closure
	Varargs           bool
	Varkeywords       bool
	// ReturnsValue is set by a "return" with a value (ste_returns_value).
	ReturnsValue bool
	// CompKind says which comprehension the block is, if any.
	CompKind CompKind
	// The block's node's span (for the module, all zero).
	Lineno, ColOffset       int
	EndLineno, EndColOffset int

	// names lists the symbols in the order they were first recorded, the
	// order of CPython's ste_symbols dict: analysis reports the first
	// offending name in this order.
	names []string
	// directives are the global and nonlocal declarations (and the
	// implicit ones of assignment expressions in comprehensions), where
	// analysis errors about those names point.
	directives []directive
	// compIterTarget is set while a comprehension's iteration target is
	// visited; compIterExpr counts the comprehension iterables being
	// visited (ste_comp_iter_target, ste_comp_iter_expr).
	compIterTarget bool
	compIterExpr   int
}

// directive is where a global or nonlocal declaration of a (mangled) name
// was made.
type directive struct {
	name string
	pos  syntax.Pos
}

// symtable is the result of the symbol-table pass over one module.
type symtable struct {
	Top    *scopeBlock
	byNode map[syntax.Node]*scopeBlock
	// Future holds the CO_FUTURE_* flags of the module's __future__ imports,
	// merged with the compile flags buildSymtable was given.
	Future uint32
	// FutureLineno is the line of the last leading __future__ import, or -1
	// (ff_lineno); a __future__ import after it is an error the code
	// generator reports (see lateFutureImport).
	FutureLineno int
	filename     string
}

// lookup returns the block of a Module/Interactive/Expression, FunctionDef,
// AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp or
// GeneratorExp node.
func (st *symtable) lookup(n syntax.Node) *scopeBlock { return st.byNode[n] }

// scope returns the resolved scope of a (mangled) name in the block.
func (b *scopeBlock) scope(name string) Scope { return b.Scopes[name] }

// isModuleImport reports whether name (as written, unmangled) is bound by
// an import at module level: CPython 3.11's is_import_originated, which
// looks only at the top block's DEF_IMPORT flag. The code generator then
// calls a method on such a name with LOAD_ATTR + CALL instead of
// LOAD_METHOD.
func (st *symtable) isModuleImport(name string) bool {
	return st.Top.Flags[name]&DefImport != 0
}

// cellVars returns the block's cell variables in the order CPython 3.11's
// compiler_enter_scope numbers them (u_cellvars): the names whose scope is
// CELL, sorted; for a class that needs a __class__ cell, just
// "__class__" (a class block has no other cells).
func (b *scopeBlock) cellVars() []string {
	cells := b.sortedNames(func(name string) bool { return b.Scopes[name] == ScopeCell })
	if b.NeedsClassClosure {
		cells = append([]string{"__class__"}, cells...)
	}
	return cells
}

// freeVars returns the block's free variables in co_freevars order
// (u_freevars): the names whose scope is FREE or that carry DEF_FREE_CLASS
// (a class binds the name and one of its methods uses it freely), sorted.
func (b *scopeBlock) freeVars() []string {
	return b.sortedNames(func(name string) bool {
		return b.Scopes[name] == ScopeFree || b.Flags[name]&DefFreeClass != 0
	})
}

// sortedNames returns the block's symbols that keep says to, sorted by code
// point as CPython sorts str keys.
func (b *scopeBlock) sortedNames(keep func(string) bool) []string {
	var out []string
	for _, name := range b.names {
		if keep(name) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// symbols returns the block's names in the order they were recorded.
func (b *scopeBlock) symbols() []string { return b.names }

// setFlags records flags for a (mangled) name, remembering the order in
// which names first appear.
func (b *scopeBlock) setFlags(name string, flags int) {
	if _, ok := b.Flags[name]; !ok {
		b.names = append(b.names, name)
	}
	b.Flags[name] = flags
}
