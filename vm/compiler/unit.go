package compiler

import (
	"sort"

	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/syntax"
)

// scopeType is the kind of compilation unit (CPython 3.11's
// COMPILER_SCOPE_*). It differs from the symbol table's BlockType: lambdas,
// comprehensions and async functions are all FunctionBlocks there.
type scopeType int

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// unit is the compiler state of one code object being generated (CPython's
// struct compiler_unit). Units nest: entering a def, class, lambda or
// comprehension pushes a new unit and leaving it pops back to the parent.
type unit struct {
	// fu is what the assembler receives: blocks, constants, names.
	fu        *flowgraph.Unit
	ste       *scopeBlock
	scopeType scopeType

	name, qualname string
	// private is the enclosing class name used for name mangling, "" if
	// none (u_private).
	private string

	// cur is the block instructions are appended to (u_curblock).
	cur *flowgraph.Block
	// needNewBlock records that the last instruction ended a basic block,
	// so the next one starts an implicit new block
	// (u_need_new_implicit_block).
	needNewBlock bool

	fblocks []fblock

	// loc is the location given to the next instruction (u_lineno,
	// u_end_lineno, u_col_offset, u_end_col_offset).
	loc flowgraph.Location

	firstLineno int

	// Index maps of co_names, co_varnames, cell and free variables; the
	// matching ordered lists live in fu. Free variable indexes start after
	// the cells, as CPython's dictbytype(..., offset=len(cellvars)).
	names    map[string]int
	varnames map[string]int
	cellvars map[string]int
	freevars map[string]int
}

// newUnit builds the unit for a symbol-table block, with its varnames,
// cellvars and freevars initialised as compiler_enter_scope does.
func newUnit(name string, st scopeType, ste *scopeBlock, lineno int) *unit {
	u := &unit{
		fu:          &flowgraph.Unit{},
		ste:         ste,
		scopeType:   st,
		name:        name,
		firstLineno: lineno,
		loc:         flowgraph.Location{Line: lineno, EndLine: lineno, Col: 0, EndCol: 0},
		names:       map[string]int{},
		varnames:    map[string]int{},
		cellvars:    map[string]int{},
		freevars:    map[string]int{},
	}
	// CPython 3.11: u_varnames = list2dict(ste_varnames): the parameters.
	for _, v := range ste.VarNames {
		u.addVarname(v)
	}
	// u_cellvars = dictbytype(ste_symbols, CELL, 0, 0): CELL names sorted.
	syms := make([]string, 0, len(ste.Flags))
	for k := range ste.Flags {
		syms = append(syms, k)
	}
	for k := range ste.Scopes {
		if _, ok := ste.Flags[k]; !ok {
			syms = append(syms, k)
		}
	}
	sort.Strings(syms)
	for _, k := range syms {
		if ste.Scopes[k] == ScopeCell {
			u.cellvars[k] = len(u.fu.CellVars)
			u.fu.CellVars = append(u.fu.CellVars, k)
		}
	}
	// A class whose methods use __class__ or super() gets an implicit
	// __class__ cell.
	if ste.NeedsClassClosure {
		u.cellvars["__class__"] = len(u.fu.CellVars)
		u.fu.CellVars = append(u.fu.CellVars, "__class__")
	}
	// u_freevars = dictbytype(ste_symbols, FREE, DEF_FREE_CLASS, ncells).
	for _, k := range syms {
		if ste.Scopes[k] == ScopeFree || ste.Flags[k]&DefFreeClass != 0 {
			u.freevars[k] = len(u.fu.CellVars) + len(u.fu.FreeVars)
			u.fu.FreeVars = append(u.fu.FreeVars, k)
		}
	}
	return u
}

// addName returns the co_names index of name, adding it if new
// (compiler_add_o on u_names).
func (u *unit) addName(name string) int {
	if i, ok := u.names[name]; ok {
		return i
	}
	i := len(u.fu.Names)
	u.names[name] = i
	u.fu.Names = append(u.fu.Names, name)
	return i
}

// addVarname returns the co_varnames index of name, adding it if new: fast
// locals are numbered in order of first emission.
func (u *unit) addVarname(name string) int {
	if i, ok := u.varnames[name]; ok {
		return i
	}
	i := len(u.fu.VarNames)
	u.varnames[name] = i
	u.fu.VarNames = append(u.fu.VarNames, name)
	return i
}

// addCellvar and addFreevar mirror compiler_add_o on u_cellvars and
// u_freevars: the symbol table normally registered the name already.
func (u *unit) addCellvar(name string) int {
	if i, ok := u.cellvars[name]; ok {
		return i
	}
	i := len(u.cellvars)
	u.cellvars[name] = i
	u.fu.CellVars = append(u.fu.CellVars, name)
	return i
}

func (u *unit) addFreevar(name string) int {
	if i, ok := u.freevars[name]; ok {
		return i
	}
	i := len(u.cellvars) + len(u.freevars)
	u.freevars[name] = i
	u.fu.FreeVars = append(u.fu.FreeVars, name)
	return i
}

// locOf converts an AST span to an instruction location.
func locOf(p syntax.Pos) flowgraph.Location {
	return flowgraph.Location{Line: p.Lineno, EndLine: p.EndLineno, Col: p.ColOffset, EndCol: p.EndColOffset}
}
