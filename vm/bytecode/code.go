package bytecode

import "github.com/quicken-py/quicken/vm/constant"

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
