package bytecode

import (
	"math/bits"
	"strconv"
)

// HaveArgument is CPython 3.11's HAVE_ARGUMENT: real opcodes at or above it
// take an oparg; those below ignore theirs and dis prints none.
const HaveArgument = 90

// Kind says where an opcode sits in its specialization family.
type Kind uint8

const (
	Base        Kind = iota // what the compiler emits (LOAD_ATTR)
	Adaptive                // the counting form quickening installs (LOAD_ATTR_ADAPTIVE)
	Specialized             // a specialized form (LOAD_ATTR_SLOT), or a *_QUICK form
	Super                   // a superinstruction (LOAD_FAST__LOAD_FAST)
	Pseudo                  // a compiler pseudo-op, never in emitted bytecode
)

func (k Kind) String() string {
	switch k {
	case Base:
		return "base"
	case Adaptive:
		return "adaptive"
	case Specialized:
		return "specialized"
	case Super:
		return "super"
	case Pseudo:
		return "pseudo"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

func init() {
	for i := range opTable {
		if opTable[i].name != "" && opTable[i].kind == Base {
			opTable[i].base = Opcode(i)
		}
	}
	for i := range opTable {
		if opTable[i].name != "" {
			byName[opTable[i].name] = Opcode(i)
		}
	}
}

var byName = map[string]Opcode{}

func (op Opcode) info() *opInfo {
	if int(op) < len(opTable) {
		return &opTable[op]
	}
	return &opTable[0xff] // an unused slot: the zero entry
}

// OpcodeByName returns the opcode with the given CPython name.
func OpcodeByName(name string) (Opcode, bool) {
	op, ok := byName[name]
	return op, ok
}

// Valid reports whether op is a defined opcode or pseudo-op.
func (op Opcode) Valid() bool { return op.info().name != "" }

// String returns CPython's name for the opcode, or "<N>" for an unused
// number, as dis.opname does.
func (op Opcode) String() string {
	if n := op.info().name; n != "" {
		return n
	}
	return "<" + strconv.Itoa(int(op)) + ">"
}

// Kind returns the opcode's place in its family.
func (op Opcode) Kind() Kind { return op.info().kind }

// IsPseudo reports whether op is a compiler pseudo-op.
func (op Opcode) IsPseudo() bool { return op.info().kind == Pseudo }

// HasArg reports whether the instruction uses its oparg: real opcodes at or
// above HaveArgument, and the pseudo-ops that carry a target.
func (op Opcode) HasArg() bool {
	if op.IsPseudo() {
		return op != POP_BLOCK
	}
	return op >= HaveArgument
}

// Caches returns the number of inline cache units that follow the
// instruction (CPython 3.11 _PyOpcode_Caches, shared by the whole family).
func (op Opcode) Caches() int {
	n := 0
	for _, f := range op.info().cache {
		n += f.Size
	}
	return n
}

// CacheFormat returns the named fields of the instruction's inline cache,
// in order; nil if it has none. The slice must not be modified.
func (op Opcode) CacheFormat() []CacheField { return op.info().cache }

// Base returns the base instruction of op's family (CPython 3.11
// _PyOpcode_Deopt): LOAD_ATTR for LOAD_ATTR_SLOT, LOAD_FAST for
// LOAD_FAST__LOAD_FAST, op itself for base forms and pseudo-ops.
func (op Opcode) Base() Opcode {
	if !op.Valid() {
		return op
	}
	return op.info().base
}

// Deopt is op.Base(), named as CPython names the mapping.
func Deopt(op Opcode) Opcode { return op.Base() }

// Family returns the base instruction of op's family followed by its
// adaptive, specialized and super forms in opcode order.
func Family(op Opcode) []Opcode {
	base := op.Base()
	out := []Opcode{base}
	for i := range opTable {
		if o := Opcode(i); o != base && opTable[i].name != "" && opTable[i].base == base && opTable[i].kind != Pseudo {
			out = append(out, o)
		}
	}
	return out
}

func (op Opcode) has(f opFlag) bool { return op.info().flags&f != 0 }

// HasConst reports membership of dis.hasconst (LOAD_CONST, KW_NAMES), for
// op or its family's base.
func (op Opcode) HasConst() bool { return op.has(fConst) }

// HasName reports membership of dis.hasname: the oparg indexes co_names
// (LOAD_GLOBAL's shifted left by one).
func (op Opcode) HasName() bool { return op.has(fName) }

// HasLocal reports membership of dis.haslocal: the oparg indexes a fast local.
func (op Opcode) HasLocal() bool { return op.has(fLocal) }

// HasFree reports membership of dis.hasfree: the oparg indexes localsplus
// (cells and free variables).
func (op Opcode) HasFree() bool { return op.has(fFree) }

// HasCompare reports membership of dis.hascompare (COMPARE_OP).
func (op Opcode) HasCompare() bool { return op.has(fCompare) }

// HasNargs reports membership of dis.hasnargs (empty in 3.11).
func (op Opcode) HasNargs() bool { return op.has(fNargs) }

// IsRelativeJump reports membership of dis.hasjrel: a real jump whose
// oparg counts code units from the end of the instruction. (3.11 has no
// absolute jumps.)
func (op Opcode) IsRelativeJump() bool { return op.has(fJumpForward | fJumpBackward) }

// IsBackwardJump reports whether op is a relative jump backward (what dis
// calls _is_backward_jump: JUMP_BACKWARD*, POP_JUMP_BACKWARD_IF_*).
func (op Opcode) IsBackwardJump() bool { return op.has(fJumpBackward) }

// IsForwardJump reports whether op is a relative jump forward.
func (op Opcode) IsForwardJump() bool { return op.has(fJumpForward) }

// IsJump reports whether op transfers control to a target: the relative
// jumps and the pseudo jumps (JUMP, POP_JUMP_IF_*…), not SETUP_*.
func (op Opcode) IsJump() bool { return op.has(fJumpForward | fJumpBackward | fPseudoJump) }

// HasTarget reports whether op names a target block in the compiler's CFG:
// a jump or a SETUP_* block push (CPython 3.11 compile.c is_jump, which
// counts the SETUP_* pseudo-ops too).
func (op Opcode) HasTarget() bool { return op.IsJump() || op.IsBlockPush() }

// IsConditionalJump reports whether the jump may fall through
// (POP_JUMP_*, JUMP_IF_*_OR_POP, FOR_ITER, SEND).
func (op Opcode) IsConditionalJump() bool { return op.IsJump() && op.has(fConditional) }

// IsUnconditionalJump reports whether op always jumps: JUMP,
// JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD(_NO_INTERRUPT, _QUICK).
func (op Opcode) IsUnconditionalJump() bool { return op.IsJump() && !op.has(fConditional) }

// IsBlockPush reports whether op is SETUP_FINALLY, SETUP_CLEANUP or
// SETUP_WITH.
func (op Opcode) IsBlockPush() bool { return op.has(fBlockPush) }

// IsScopeExit reports whether op leaves the frame and never falls through:
// RETURN_VALUE, RAISE_VARARGS, RERAISE.
func (op Opcode) IsScopeExit() bool {
	return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE
}

// HasNoFallthrough reports whether the next instruction is unreachable
// after op: an unconditional jump or a scope exit.
func (op Opcode) HasNoFallthrough() bool { return op.IsUnconditionalJump() || op.IsScopeExit() }

// ResolveJump returns the real jump a pseudo jump becomes once the
// assembler knows its direction (CPython 3.11 normalize_jumps): JUMP →
// JUMP_FORWARD/JUMP_BACKWARD, JUMP_NO_INTERRUPT → JUMP_FORWARD/
// JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_X → POP_JUMP_FORWARD_IF_X/
// POP_JUMP_BACKWARD_IF_X. Other opcodes are returned unchanged.
func ResolveJump(op Opcode, backward bool) Opcode {
	pick := func(fwd, back Opcode) Opcode {
		if backward {
			return back
		}
		return fwd
	}
	switch op {
	case JUMP:
		return pick(JUMP_FORWARD, JUMP_BACKWARD)
	case JUMP_NO_INTERRUPT:
		return pick(JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT)
	case POP_JUMP_IF_FALSE:
		return pick(POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE)
	case POP_JUMP_IF_TRUE:
		return pick(POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE)
	case POP_JUMP_IF_NONE:
		return pick(POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE)
	case POP_JUMP_IF_NOT_NONE:
		return pick(POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE)
	}
	return op
}

// ExtendedArgs returns how many EXTENDED_ARG prefixes an oparg needs.
func ExtendedArgs(oparg int) int {
	switch {
	case oparg > 0xFFFFFF:
		return 3
	case oparg > 0xFFFF:
		return 2
	case oparg > 0xFF:
		return 1
	}
	return 0
}

// InstrSize returns the size in code units of op with oparg once emitted:
// EXTENDED_ARG prefixes, the instruction and its inline caches (CPython
// 3.11 instr_size).
func InstrSize(op Opcode, oparg int) int {
	return ExtendedArgs(oparg) + 1 + op.Caches()
}

// InvalidStackEffect is what StackEffect returns for an opcode it does not
// define (CPython's PY_INVALID_STACK_EFFECT): adaptive, specialized and
// super forms, CACHE's unused neighbours, unknown numbers.
const InvalidStackEffect = 1 << 30

// StackEffect returns the net change of stack depth caused by op with
// oparg, as CPython 3.11 compile.c stack_effect computes it: jump is 1 for
// the effect when the jump (or, for SETUP_*, the handler) is taken, 0 when
// it is not, and -1 for the larger of the two.
func StackEffect(op Opcode, oparg int, jump int) int {
	in := op.info()
	if !in.stack.valid {
		return InvalidStackEffect
	}
	if in.stack.byArg {
		return argStackEffect(op, oparg)
	}
	nj, j := int(in.stack.noJump), int(in.stack.jump)
	switch {
	case jump > 0:
		return j
	case jump == 0:
		return nj
	}
	return max(nj, j)
}

// argStackEffect is stack_effect for the opcodes whose effect depends on
// the oparg (none of them depends on jumping).
func argStackEffect(op Opcode, oparg int) int {
	switch op {
	case UNPACK_SEQUENCE:
		return oparg - 1
	case UNPACK_EX:
		return (oparg & 0xFF) + (oparg >> 8)
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - oparg
	case BUILD_MAP:
		return 1 - 2*oparg
	case BUILD_CONST_KEY_MAP:
		return -oparg
	case LOAD_GLOBAL:
		return 1 + oparg&1
	case RAISE_VARARGS:
		return -oparg
	case MAKE_FUNCTION:
		// One pop per flag: defaults, kwdefaults, annotations, closure.
		return -bits.OnesCount(uint(oparg & 0x0F))
	case BUILD_SLICE:
		if oparg == 3 {
			return -2
		}
		return -1
	case CALL_FUNCTION_EX:
		return -2 - oparg&1
	case FORMAT_VALUE:
		// A format spec is popped too.
		if oparg&0x04 != 0 {
			return -1
		}
		return 0
	case PRECALL:
		return -oparg
	}
	panic("bytecode: no argument stack effect for " + op.String())
}

// nbOps lists BINARY_OP's operators in oparg order (CPython 3.11
// opcode._nb_ops): the plain operators, then their in-place forms.
var nbOps = [...]string{
	"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
}

// BinaryOp opargs (CPython 3.11 NB_*).
const (
	NbAdd = iota
	NbAnd
	NbFloorDivide
	NbLshift
	NbMatrixMultiply
	NbMultiply
	NbRemainder
	NbOr
	NbPower
	NbRshift
	NbSubtract
	NbTrueDivide
	NbXor
	NbInplaceAdd // the in-place form of NbX is NbInplaceAdd + NbX
)

// NbOpName returns the operator dis shows for BINARY_OP's oparg ("+",
// "+=", …), or "" if out of range.
func NbOpName(oparg int) string {
	if oparg < 0 || oparg >= len(nbOps) {
		return ""
	}
	return nbOps[oparg]
}

// cmpOps is dis.cmp_op.
var cmpOps = [...]string{"<", "<=", "==", "!=", ">", ">="}

// CompareOpName returns the comparison dis shows for COMPARE_OP's oparg,
// or "" if out of range.
func CompareOpName(oparg int) string {
	if oparg < 0 || oparg >= len(cmpOps) {
		return ""
	}
	return cmpOps[oparg]
}
