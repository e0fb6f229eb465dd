package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// cellFixedOffsets maps each pre-layout cell/free index (a cell's position
// in CellVars; len(CellVars) + a free variable's position in FreeVars) to
// its provisional localsplus slot: len(VarNames) + the index, except that a
// cell which is also a parameter (or other fast local) takes that local's
// slot. CPython 3.11: build_cellfixedoffsets.
func (u *Unit) cellFixedOffsets() []int {
	nlocals := len(u.VarNames)
	fixed := make([]int, len(u.CellVars)+len(u.FreeVars))
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	for ci, name := range u.CellVars {
		if vi := indexOf(u.VarNames, name); vi >= 0 {
			fixed[ci] = vi
		}
	}
	return fixed
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// insertInstrs inserts ins at position pos of b.
func (b *Block) insertInstrs(pos int, ins ...Instr) {
	b.Instrs = append(b.Instrs[:pos], append(ins, b.Instrs[pos:]...)...)
}

// insertPrefixInstructions puts the instructions that set up a frame
// before the entry block's code (which starts with RESUME): COPY_FREE_VARS,
// a MAKE_CELL per cell in slot order, then RETURN_GENERATOR; POP_TOP for
// generators and coroutines. MAKE_CELL carries the pre-layout index here;
// fixCellOffsets remaps it. CPython 3.11: insert_prefix_instructions.
func (a *assembler) insertPrefixInstructions(fixed []int) {
	u, entry := a.u, a.entry
	if u.Flags&(bytecode.CoGenerator|bytecode.CoCoroutine|bytecode.CoAsyncGenerator) != 0 {
		entry.insertInstrs(0,
			Instr{Op: bytecode.RETURN_GENERATOR, Loc: Location{u.FirstLineNo, u.FirstLineNo, -1, -1}},
			Instr{Op: bytecode.POP_TOP, Loc: NoLocation})
	}
	ncells := len(u.CellVars)
	if ncells > 0 {
		sorted := make([]int, ncells+len(u.VarNames))
		for i := 0; i < ncells; i++ {
			sorted[fixed[i]] = i + 1
		}
		used := 0
		for i := 0; used < ncells; i++ {
			old := sorted[i] - 1
			if old < 0 {
				continue
			}
			entry.insertInstrs(used, Instr{Op: bytecode.MAKE_CELL, Arg: old, Loc: NoLocation})
			used++
		}
	}
	if n := len(u.FreeVars); n > 0 {
		entry.insertInstrs(0, Instr{Op: bytecode.COPY_FREE_VARS, Arg: n, Loc: NoLocation})
	}
}

// fixCellOffsets turns the pre-layout opargs of MAKE_CELL, LOAD_CLOSURE,
// LOAD_DEREF, STORE_DEREF, DELETE_DEREF and LOAD_CLASSDEREF into localsplus
// slots: varnames, then the cells that are not locals, then the free
// variables. It returns how many cells share a local's slot.
// CPython 3.11: fix_cell_offsets.
func (a *assembler) fixCellOffsets(fixed []int) (int, error) {
	nlocals := len(a.u.VarNames)
	dropped := 0
	for i := range fixed {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := a.entry; b != nil; b = b.Next {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			switch in.Op {
			case bytecode.MAKE_CELL, bytecode.LOAD_CLOSURE, bytecode.LOAD_DEREF,
				bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLASSDEREF:
				if in.Arg < 0 || in.Arg >= len(fixed) {
					return 0, fmt.Errorf("%s %d: no such cell or free variable", opName(in.Op), in.Arg)
				}
				in.Arg = fixed[in.Arg]
			}
		}
	}
	return dropped, nil
}

// localsPlus returns co_localsplusnames and co_localspluskinds: each
// varname (kind local, plus cell if it is also a cell), then each cell that
// is not a varname, then each free variable. CPython 3.11:
// compute_localsplus_info.
func (u *Unit) localsPlus(dropped int) ([]string, []byte) {
	nlocals := len(u.VarNames)
	n := nlocals + len(u.CellVars) + len(u.FreeVars) - dropped
	names := make([]string, n)
	kinds := make([]byte, n)
	for i, name := range u.VarNames {
		kind := bytecode.FastLocal
		if indexOf(u.CellVars, name) >= 0 {
			kind |= bytecode.FastCell
		}
		names[i], kinds[i] = name, kind
	}
	seen := 0
	for ci, name := range u.CellVars {
		if indexOf(u.VarNames, name) >= 0 {
			seen++
			continue
		}
		off := ci + nlocals - seen
		names[off], kinds[off] = name, bytecode.FastCell
	}
	for fi, name := range u.FreeVars {
		off := len(u.CellVars) + fi + nlocals - dropped
		names[off], kinds[off] = name, bytecode.FastFree
	}
	return names, kinds
}
