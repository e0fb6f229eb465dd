package bytecode

import (
	"fmt"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
)

// Opcode is an instruction's number: CPython 3.11's numbering for real
// instructions (0-255), 256 and up for the compiler's pseudo-ops.
type Opcode uint16

// Kinds of a localsplus slot (CPython 3.11 CO_FAST_*).
const (
	FastLocal byte = 0x20
	FastCell  byte = 0x40
	FastFree  byte = 0x80
)

// Code flags (CPython 3.11 CO_*).
const (
	CoOptimized      uint32 = 0x0001
	CoNewLocals      uint32 = 0x0002
	CoVarargs        uint32 = 0x0004
	CoVarkeywords    uint32 = 0x0008
	CoNested         uint32 = 0x0010
	CoGenerator      uint32 = 0x0020
	CoNoFree         uint32 = 0x0040
	CoCoroutine      uint32 = 0x0080
	CoIterableCoro   uint32 = 0x0100
	CoAsyncGenerator uint32 = 0x0200
	CoFutureAnnots   uint32 = 0x1000000
)

// Code is a code object as CPython 3.11 lays it out: plain data the
// compiler produces and the VM loads.
//
// Units holds co_code as 16-bit code units, instructions and their inline
// caches interleaved: the low byte of a unit is the opcode, the high byte
// its oparg (CPython's _Py_CODEUNIT on a little-endian machine).
type Code struct {
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	StackSize       int
	Flags           uint32
	Units           []uint16
	Consts          []constant.Value
	Names           []string
	LocalsPlusNames []string
	LocalsPlusKinds []byte // FastLocal|FastCell|FastFree bits, one per name
	Filename        string
	Name            string
	QualName        string
	FirstLineNo     int
	LineTable       []byte // co_linetable, CPython 3.11 location table format
	ExceptionTable  []byte // co_exceptiontable
	// Addr is a stable fake address used where CPython prints id(code)
	// (e.g. "<code object f at 0x7f…>"), so output is deterministic.
	Addr uint64
}

// TypeName implements constant.Value.
func (*Code) TypeName() string { return "code" }

// FakeAddrBase is where AssignAddrs starts numbering code objects: a
// CPython-looking heap address, so reprs read like CPython's.
const FakeAddrBase uint64 = 0x7f3a5c1e4b30

// fakeAddrStride spaces successive fake addresses like consecutive
// allocations of code objects.
const fakeAddrStride uint64 = 0x210

// AssignAddrs gives c and every code object nested in its constants a
// distinct fake address, in the order dis visits them (depth-first, in
// co_consts order), starting at FakeAddrBase.
func AssignAddrs(c *Code) {
	next := FakeAddrBase
	var walk func(*Code)
	walk = func(c *Code) {
		c.Addr = next
		next += fakeAddrStride
		for _, k := range c.Consts {
			if cc, ok := k.(*Code); ok {
				walk(cc)
			}
		}
	}
	walk(c)
}

// Repr returns CPython 3.11's repr of a code object:
// <code object NAME at 0xADDR, file "FILE", line N>. A code object whose
// Addr is unset prints FakeAddrBase.
func (c *Code) Repr() string {
	addr := c.Addr
	if addr == 0 {
		addr = FakeAddrBase
	}
	return fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, addr, c.Filename, c.FirstLineNo)
}

// ConstKey implements constant.ConstKeyer. CPython 3.11 keys a code object
// constant by the object itself, and code objects compare by value
// (code_richcompare): name, argument counts, flags, first line, the
// deoptimised instructions, constants, names, localsplus names, line table
// and exception table. Qualname, filename and stack size do not take part,
// so two identical lambdas in one scope share one constant.
func (c *Code) ConstKey() string {
	var b strings.Builder
	fmt.Fprintf(&b, "code:%q/%d/%d/%d/%d/%d:", c.Name, c.ArgCount, c.PosOnlyArgCount,
		c.KwOnlyArgCount, c.Flags, c.FirstLineNo)
	for i := 0; i < len(c.Units); i++ {
		op := Opcode(c.Units[i] & 0xff)
		base := Deopt(op)
		fmt.Fprintf(&b, "%d.%d,", base, c.Units[i]>>8)
		i += base.Caches()
	}
	b.WriteString("|consts:")
	for _, k := range c.Consts {
		fmt.Fprintf(&b, "%q,", constant.Key(k))
	}
	fmt.Fprintf(&b, "|names:%q|locals:%q|lines:%x|exc:%x",
		c.Names, c.LocalsPlusNames, c.LineTable, c.ExceptionTable)
	return b.String()
}

func (c *Code) namesOfKind(kind byte) []string {
	var out []string
	for i, k := range c.LocalsPlusKinds {
		if k&kind != 0 {
			out = append(out, c.LocalsPlusNames[i])
		}
	}
	return out
}

// VarNames returns co_varnames: the localsplus names that are locals
// (arguments first), including arguments that are also cells.
func (c *Code) VarNames() []string { return c.namesOfKind(FastLocal) }

// CellVars returns co_cellvars.
func (c *Code) CellVars() []string { return c.namesOfKind(FastCell) }

// FreeVars returns co_freevars.
func (c *Code) FreeVars() []string { return c.namesOfKind(FastFree) }

// NLocalsPlus returns the number of localsplus slots.
func (c *Code) NLocalsPlus() int { return len(c.LocalsPlusNames) }

// Bytes returns co_code: the code units as little-endian bytes, opcode
// then oparg.
func (c *Code) Bytes() []byte {
	out := make([]byte, 2*len(c.Units))
	for i, u := range c.Units {
		out[2*i] = byte(u)
		out[2*i+1] = byte(u >> 8)
	}
	return out
}

// UnitsFromBytes converts co_code bytes into code units.
func UnitsFromBytes(b []byte) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return out
}

// Unit makes a code unit from an opcode and an oparg byte.
func Unit(op Opcode, oparg byte) uint16 { return uint16(op) | uint16(oparg)<<8 }
