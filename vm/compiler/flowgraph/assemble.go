package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// assembler holds the state of one Assemble call.
type assembler struct {
	u      *Unit
	entry  *Block
	consts []constant.Value
	// constKeys indexes consts by constant.Key, for tuple folding.
	constKeys map[string]int
	// nblocks is the number of blocks allocated before optimize_cfg.
	nblocks int
}

// Assemble turns u's control-flow graph into a code object, running
// CPython 3.11's assemble() from its second step on: the code generator has
// already appended the implicit "return None" where the last block lacks a
// return. The blocks of u are rewritten in place; u cannot be assembled
// twice.
//
// A malformed graph (a jump that does not end its block, a target or
// constant index that does not exist, unbalanced blocks) gives an error,
// never a panic.
func Assemble(u *Unit) (code *bytecode.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			code = nil
			err = fmt.Errorf("flowgraph: internal error assembling %s: %v", u.QualName, r)
		}
	}()
	a := &assembler{u: u}
	code, err = a.assemble()
	if err != nil {
		return nil, fmt.Errorf("flowgraph: assembling %s: %w", u.QualName, err)
	}
	return code, nil
}

func (a *assembler) assemble() (*bytecode.Code, error) {
	u := a.u
	// The entry is the first block allocated: the end of the List chain.
	a.entry = u.Entry
	if a.entry == nil {
		for b := u.Blocks; b != nil; b = b.List {
			a.entry = b
		}
	}
	if a.entry == nil {
		return nil, fmt.Errorf("no blocks")
	}
	for b := u.Blocks; b != nil; b = b.List {
		a.nblocks++
		b.predecessors, b.visited, b.exit, b.noFallthrough = 0, false, false, false
		b.preserveLasti, b.exceptStack, b.handlers = false, nil, nil
	}

	for b := u.Blocks; b != nil; b = b.List {
		if err := normalizeBasicBlock(b); err != nil {
			return nil, err
		}
	}
	for b := u.Blocks; b != nil; b = b.List {
		extendBlock(b)
	}

	if u.FirstLineNo == 0 {
		u.FirstLineNo = 1
		if len(a.entry.Instrs) > 0 && a.entry.Instrs[0].Loc.Line > 0 {
			u.FirstLineNo = a.entry.Instrs[0].Loc.Line
		}
	}

	fixed := u.cellFixedOffsets()
	a.insertPrefixInstructions(fixed)
	dropped, err := a.fixCellOffsets(fixed)
	if err != nil {
		return nil, err
	}

	a.consts = append([]constant.Value(nil), u.Consts...)
	if err := a.optimizeCFG(); err != nil {
		return nil, err
	}
	a.duplicateExitsWithoutLineno()
	a.trimUnusedConsts()
	a.propagateLineNumbers()
	a.guaranteeLinenoForExits(u.FirstLineNo)
	maxDepth, err := a.stackDepth()
	if err != nil {
		return nil, err
	}

	if err := labelExceptionTargets(a.entry); err != nil {
		return nil, err
	}
	convertExceptionHandlersToNops(a.entry)
	for b := a.entry; b != nil; b = b.Next {
		cleanBasicBlock(b)
	}

	if err := normalizeJumps(a.entry); err != nil {
		return nil, err
	}
	if err := a.assembleJumpOffsets(); err != nil {
		return nil, err
	}

	names, kinds := u.localsPlus(dropped)
	qualname := u.QualName
	if qualname == "" {
		qualname = u.Name
	}
	return &bytecode.Code{
		ArgCount:        u.ArgCount,
		PosOnlyArgCount: u.PosOnlyArgCount,
		KwOnlyArgCount:  u.KwOnlyArgCount,
		StackSize:       maxDepth,
		Flags:           u.Flags,
		Units:           a.emitCode(),
		Consts:          a.consts,
		Names:           append([]string(nil), u.Names...),
		LocalsPlusNames: names,
		LocalsPlusKinds: kinds,
		Filename:        u.Filename,
		Name:            u.Name,
		QualName:        qualname,
		FirstLineNo:     u.FirstLineNo,
		LineTable:       a.lineTable(u.FirstLineNo),
		ExceptionTable:  a.exceptionTable(),
	}, nil
}
