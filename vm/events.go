package vm

// EventKind says what an Event reports.
type EventKind uint8

// Event kinds.
const (
	// EvInstruction: an instruction is about to run (Code, Offset, Opcode).
	EvInstruction EventKind = iota + 1
	// EvCollect: the collector freed Count objects.
	EvCollect
	// EvTypeVersion: a type's version tag was assigned (Version) or
	// invalidated (Version 0).
	EvTypeVersion
	// EvKeysVersion: a dict keys object's version was assigned or reset.
	EvKeysVersion
	// EvAlloc: an object was allocated (Handle, Type).
	EvAlloc
	// EvQuicken: a code object was quickened (Code); an EvRewrite per
	// rewritten site follows.
	EvQuicken
	// EvRewrite: something happened at an instruction site (Rewrite):
	// a rewrite with its reason, a failed specialization attempt, a
	// miss, a deoptimisation.
	EvRewrite
)

// Event is one thing the VM reports to a Listener. Step is Steps() when
// it happened: for EvInstruction the number of instructions run before
// that one; for an event inside an instruction (a rewrite, an
// allocation) that instruction already counts, so Step is the boundary
// at which its effect is first seen.
type Event struct {
	Kind    EventKind
	Step    int64
	Code    *Code
	Offset  int // code unit index of the instruction
	Opcode  uint8
	Oparg   int
	Depth   int // frames on the stack
	Type    *Type
	Handle  Value
	Version uint32
	Count   int
	Rewrite *Rewrite
}

// Listener receives the VM's events, on the VM's goroutine, in order.
type Listener interface {
	// WantInstructions reports whether EvInstruction events are wanted
	// (they make every instruction take the slow path).
	WantInstructions() bool
	Event(e *Event)
}

// SetListener attaches l (nil detaches).
func (m *Machine) SetListener(l Listener) {
	m.listener = l
	m.requestBreak()
}

func (m *Machine) emitInstruction(f *Frame) {
	w := f.Code.Units[f.PC]
	m.listener.Event(&Event{Kind: EvInstruction, Step: m.Steps(), Code: f.Code, Offset: f.PC,
		Opcode: uint8(w), Oparg: int(w >> 8), Depth: m.depth})
}

func (m *Machine) emit(e Event) {
	if m.listener != nil {
		e.Step = m.Steps()
		m.listener.Event(&e)
	}
}
