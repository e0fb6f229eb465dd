package flowgraph

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// Location is an instruction's source span: CPython's (lineno, end_lineno,
// col_offset, end_col_offset). Columns are UTF-8 byte offsets. Line -1 (any
// negative line) means no location: an "artificial" instruction, whose
// location the assembler fills in from its neighbours and whose other
// fields are then ignored. A column of -1 means no column.
type Location struct {
	Line, EndLine, Col, EndCol int
}

// NoLocation is the location of an artificial instruction.
var NoLocation = Location{-1, -1, -1, -1}

// Instr is one instruction in a basic block. Op may be a real opcode or one of
// the compiler's pseudo-ops (bytecode.SETUP_FINALLY … POP_JUMP_IF_NOT_NONE).
// Jumps and SETUP_* carry their target block (the handler for SETUP_*) in
// Target; Arg is then computed by the assembler.
//
// Cell and free variable instructions (LOAD_DEREF, STORE_DEREF,
// DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, MAKE_CELL) carry, as emitted
// by the code generator, CPython 3.11's pre-layout index: the position in
// Unit.CellVars for a cell, len(Unit.CellVars) + the position in
// Unit.FreeVars for a free variable. The assembler remaps them to localsplus
// slots.
type Instr struct {
	Op     bytecode.Opcode
	Arg    int
	Target *Block
	Loc    Location
}

// Block is a basic block (CPython's basicblock).
type Block struct {
	// List links every block of the unit, newest first (b_list): several
	// 3.11 passes walk blocks in this reverse allocation order.
	List *Block
	// Next is the block laid out after this one (b_next): the fallthrough.
	Next   *Block
	Instrs []Instr
	// Return records that codegen emitted a RETURN_VALUE into the block
	// (b_return); assemble() adds the implicit "return None" only when the
	// last block has none.
	Return bool

	// Assembler state.
	predecessors  int
	startDepth    int
	offset        int
	visited       bool
	exit          bool
	noFallthrough bool
	preserveLasti bool
	exceptStack   []*Block
	// handlers holds, parallel to Instrs, each instruction's innermost
	// exception handler once label_exception_targets has run (i_except).
	handlers []*Block
}

// Unit is what the code generator hands to Assemble for one code object.
type Unit struct {
	// Blocks is the head of the List chain (the newest block).
	Blocks *Block
	// Entry is the first block in layout order.
	Entry *Block

	Consts   []constant.Value
	constIdx map[string]int

	Names    []string // co_names, in first-use order
	VarNames []string // parameters, then fast locals in first-emission order
	CellVars []string // in CPython 3.11's u_cellvars order
	FreeVars []string // sorted

	// ArgCount is co_argcount: positional parameters, positional-only
	// ones included (CPython's u_posonlyargcount + u_argcount).
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	Flags                                     uint32
	Name, QualName, Filename                  string
	// FirstLineNo is co_firstlineno; 0 means unset, and Assemble then takes
	// the entry block's first line, or 1 (as 3.11's assemble() does).
	FirstLineNo int
}

// NewBlock allocates a block and links it at the head of the List chain.
// It is not placed in the layout (Next) order.
func (u *Unit) NewBlock() *Block {
	b := &Block{List: u.Blocks}
	u.Blocks = b
	return b
}

// AddConst returns the index of v in Consts, appending it if no constant
// with the same key (constant.Key) is present.
func (u *Unit) AddConst(v constant.Value) int {
	return u.AddConstIdentity(v, "")
}

// AddConstIdentity is AddConst for a constant whose identity matters:
// when identity is not empty, v is the same constant only as an earlier
// one with an equal key added with the same identity. CPython 3.11 merges
// NaN-holding constants only when they are the same objects (see
// constant.HasNaN); the caller names the objects, e.g. by the AST node
// that produced them, which is compiled twice when a finally body is.
func (u *Unit) AddConstIdentity(v constant.Value, identity string) int {
	if u.constIdx == nil {
		u.constIdx = map[string]int{}
		for i, c := range u.Consts {
			u.constIdx[constant.Key(c)] = i
		}
	}
	k := constant.Key(v)
	if identity != "" {
		k += "\x00" + identity
	}
	if i, ok := u.constIdx[k]; ok {
		return i
	}
	u.Consts = append(u.Consts, v)
	u.constIdx[k] = len(u.Consts) - 1
	return len(u.Consts) - 1
}

// Append adds i at the end of b.
func (b *Block) Append(i Instr) { b.Instrs = append(b.Instrs, i) }

// LastInstr returns b's last instruction, or nil if b is empty.
func (b *Block) LastInstr() *Instr {
	if len(b.Instrs) == 0 {
		return nil
	}
	return &b.Instrs[len(b.Instrs)-1]
}
