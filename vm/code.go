package vm

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// Code is a code object as the VM runs it: the compiler's bytecode.Code
// plus what execution needs at hand. Units is co_code_adaptive, the array
// the specializer rewrites in place; Code.Code.Units stays the original.
type Code struct {
	Header
	*bytecode.Code
	Units  []uint16
	Consts []Value
	// Names are co_names as interned strs.
	Names []Value
	// LocalNames are co_localsplusnames as interned strs.
	LocalNames  []Value
	NLocalsPlus int
	// exactArgs is the number of positional arguments with which a call
	// binds by copying them to the first locals (an optimized code with
	// no keyword-only parameters, *args or **kwargs), or -1.
	exactArgs int
	// cellArgs maps a cell slot to the argument slot it starts from
	// (MAKE_CELL of an argument), -1 otherwise; nil if no cells.
	NCells, NFree int
	// version is co_version... (the specializer's func_version lives on
	// functions).
	name, qualname, filename Value
	excEntries               []bytecode.ExceptionTableEntry
	// iterPops marks the POP_TOPs that may pop a for loop's iterator
	// (nil: none); see loopgen.go.
	iterPops []bool
	// comprehension: the code of a comprehension or generator
	// expression, whose first argument .0 is the iterator it runs over.
	comprehension bool
	// warmup counts up to quickening (see Warmup); quickened is set once
	// it happened.
	warmup    int8
	quickened bool
	// history holds each site's rewrites (KeepHistory).
	history map[int][]Rewrite
	// unitLines caches UnitLines.
	unitLines []int32
}

// UnitLines returns the line of every code unit (-1: none), computed once
// from the location table: what steppers that ask for the line at every
// instruction read instead of decoding the table each time.
func (c *Code) UnitLines() []int32 {
	if c.unitLines == nil {
		pos := c.Code.Positions()
		lines := make([]int32, len(pos))
		for i, p := range pos {
			lines[i] = int32(p.Line)
		}
		c.unitLines = lines
	}
	return c.unitLines
}

// LineAt returns the line of the instruction at code unit index at (0
// if it has none).
func (c *Code) LineAt(at int) int {
	if l := codeLine(c, at); l > 0 {
		return l
	}
	return 0
}

func (c *Code) traverse(visit func(Value)) {
	for _, v := range c.Consts {
		visit(v)
	}
	for _, v := range c.Names {
		visit(v)
	}
	for _, v := range c.LocalNames {
		visit(v)
	}
	for _, v := range [...]Value{c.name, c.qualname, c.filename} {
		if v != Null {
			visit(v)
		}
	}
}

// LoadCode turns a compiled code object (and the code objects in its
// constants) into a VM code object.
func (m *Machine) LoadCode(bc *bytecode.Code) *Code {
	c := &Code{Code: bc}
	if m.spec != nil {
		c.warmup = -warmupDelay
	}
	c.Units = append([]uint16(nil), bc.Units...)
	c.iterPops = iterPopsOf(bc)
	c.comprehension = len(bc.LocalsPlusNames) > 0 && bc.LocalsPlusNames[0] == ".0"
	c.Consts = make([]Value, len(bc.Consts))
	for i, k := range bc.Consts {
		c.Consts[i] = m.FromConstant(k)
	}
	c.Names = make([]Value, len(bc.Names))
	for i, n := range bc.Names {
		c.Names[i] = m.Intern(n)
	}
	c.LocalNames = make([]Value, len(bc.LocalsPlusNames))
	for i, n := range bc.LocalsPlusNames {
		c.LocalNames[i] = m.Intern(n)
	}
	c.NLocalsPlus = len(bc.LocalsPlusNames)
	c.exactArgs = -1
	if bc.Flags&(bytecode.CoVarargs|bytecode.CoVarkeywords) == 0 && bc.Flags&bytecode.CoOptimized != 0 && bc.KwOnlyArgCount == 0 {
		c.exactArgs = bc.ArgCount
	}
	for _, k := range bc.LocalsPlusKinds {
		if k&bytecode.FastCell != 0 {
			c.NCells++
		}
		if k&bytecode.FastFree != 0 {
			c.NFree++
		}
	}
	c.name = m.Intern(bc.Name)
	c.qualname = m.Intern(bc.QualName)
	c.filename = m.Intern(bc.Filename)
	m.alloc(c, m.types.Code)
	return c
}

// FromConstant returns the VM value of a compile-time constant.
func (m *Machine) FromConstant(k constant.Value) Value {
	switch k := k.(type) {
	case constant.None:
		return None
	case constant.Ellipsis:
		return Ellipsis
	case constant.Bool:
		return Bool(bool(k))
	case constant.Int:
		return m.NewBigInt(k.V)
	case constant.Float:
		return m.Float(float64(k))
	case constant.Str:
		// CPython interns constant strs that look like identifiers; all
		// others are distinct objects per code object.
		if isIdentifierLike(string(k)) {
			return m.Intern(string(k))
		}
		return m.NewStr(string(k))
	case constant.Bytes:
		return m.NewBytes([]byte(k))
	case constant.Complex:
		return m.NewComplex(complex128(k))
	case constant.Tuple:
		items := make([]Value, len(k))
		for i, e := range k {
			items[i] = m.FromConstant(e)
		}
		return m.NewTuple(items)
	case constant.FrozenSet:
		items := make([]Value, len(k))
		for i, e := range k {
			items[i] = m.FromConstant(e)
		}
		return m.newFrozenSetFromConstant(items)
	case *bytecode.Code:
		return m.LoadCode(k).self
	}
	panic("vm: unknown constant kind " + k.TypeName())
}

// isIdentifierLike is all_name_chars: only ASCII letters, digits and '_'.
func isIdentifierLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
