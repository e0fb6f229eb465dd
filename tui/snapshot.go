package tui

import (
	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
	"strconv"
)

// A Snapshot is everything the panes show at one moment of a run, copied
// out of the VM while it is stopped: the UI never touches the Machine.
// Snapshots are immutable once published.
type Snapshot struct {
	// Seq numbers snapshots in the order the driver published them.
	Seq int
	// Run identifies the run (unique in the process; a step back that
	// re-executes from the start begins a new one).
	Run int
	// Step is the number of instructions executed.
	Step  int64
	State RunState
	// Why says why a run stopped ("breakpoint at line 5", "rewrite at
	// mul @6") or what it is doing ("rewinding to step 120").
	Why string
	// Program is the program being run; Compile holds its syntax error,
	// if it has one (then nothing runs).
	Program    *Program
	CompileErr string
	// Exit is the program's exit status once it has ended; Internal is
	// an internal error of the VM, if one stopped it.
	Exit     int
	Internal string

	// Codes are the program's code objects: the module's and every one
	// nested in it, depth first, then any other code seen running.
	Codes []*CodeState
	// Frames is the call stack, innermost first (empty once the
	// program has ended).
	Frames []FrameState
	Output Output
	// Events is the timeline so far, in order.
	Events []Event
	// Counts of the instruction sites of all code objects by state.
	Specialized, Adaptive, Deopts int

	// Site is the decoded inline cache of the inspected instruction;
	// Object the layout of the inspected value.
	Site   *SiteState
	Object *ObjectState
	// Breakpoints in force.
	Breakpoints []Breakpoint
	// Speed is the run speed in steps per second (0: as fast as the VM
	// goes).
	Speed int
}

// RunState is where the run stands.
type RunState uint8

const (
	// Paused: stopped at an instruction boundary, waiting for a command.
	Paused RunState = iota
	// Running: continuing, stepping over or out, or seeking an event.
	Running
	// Rewinding: re-executing from the start to reach an earlier step.
	Rewinding
	// Ended: the program has finished (Exit holds its status).
	Ended
	// Failed: it could not start (syntax error) or the VM failed.
	Failed
)

func (s RunState) String() string {
	switch s {
	case Paused:
		return "paused"
	case Running:
		return "running"
	case Rewinding:
		return "rewinding"
	case Ended:
		return "ended"
	case Failed:
		return "failed"
	}
	return "?"
}

// CodeState is one code object with its live (adaptive) code units.
type CodeState struct {
	// ID is the code object's index in Snapshot.Codes; stable for a
	// program (the same across runs).
	ID int
	// Code is the compiled code object (immutable); Units the adaptive
	// code as the VM holds it now.
	Code  *bytecode.Code
	Units []uint16
	// Warmup is the warm-up counter (-8 counting up to 0) and Quickened
	// whether the code has been quickened.
	Warmup    int
	Quickened bool
}

// Live returns the code object as dis sees it now: the compiled one with
// the live units.
func (c *CodeState) Live() *bytecode.Code {
	live := *c.Code
	live.Units = c.Units
	return &live
}

// FrameState is one frame of the call stack.
type FrameState struct {
	// CodeID indexes Snapshot.Codes.
	CodeID int
	Name   string
	// PC is the code unit index of the next instruction; Line its line.
	PC, Line int
	// Locals are the fast locals, cells and free variables in
	// co_localsplusnames order.
	Locals []Slot
	// Stack is the value stack, bottom first.
	Stack []ValueState
}

// Slot is a named local.
type Slot struct {
	Name string
	// Kind is "local", "cell" or "free".
	Kind  string
	Value ValueState
}

// ValueState is a value as the frame pane shows it.
type ValueState struct {
	// Handle identifies the value (a heap handle or an immediate); it
	// is meaningful only within the snapshot's run.
	Handle vm.Value
	// Null marks an empty slot (an unbound local, the NULL 3.11 pushes
	// before a callable).
	Null bool
	Type string
	// Repr is a short description computed without running Python code.
	Repr string
}

// Event is one entry of the timeline.
type Event struct {
	Step int64
	Kind EventKind
	// CodeID and Offset locate an instruction site (-1 if none).
	CodeID, Offset int
	// Rewrite is set for site events.
	Rewrite *vm.Rewrite
	// Text describes the event.
	Text string
}

// EventKind classifies timeline events; the "run to next event" command
// and the timeline filter use it.
type EventKind uint8

const (
	EvQuicken EventKind = iota + 1
	EvSpecialize
	EvFailure
	EvMiss
	EvDeopt
	EvVersion
)

// EventKinds lists every kind, in the order the UI cycles through them.
var EventKinds = []EventKind{EvQuicken, EvSpecialize, EvFailure, EvMiss, EvDeopt, EvVersion}

func (k EventKind) String() string {
	switch k {
	case EvQuicken:
		return "quicken"
	case EvSpecialize:
		return "rewrite"
	case EvFailure:
		return "failure"
	case EvMiss:
		return "miss"
	case EvDeopt:
		return "deopt"
	case EvVersion:
		return "version"
	}
	return "?"
}

// LineHeat counts a line's instruction sites by state (the source
// pane's heat gutter).
type LineHeat struct {
	Sites, Quickened, Specialized, Adaptive int
}

// SiteState is an instruction site's inline cache, decoded.
type SiteState struct {
	CodeID, Offset int
	Op             bytecode.Opcode
	Entries        []specializer.CacheEntry
}

// ObjectState is the layout of the inspected value.
type ObjectState struct {
	// Label says where the value was found ("stack[-1]", "local x").
	Label  string
	Value  ValueState
	Layout vm.Layout
	// Changed lists the fields (by name) whose contents differ from the
	// previous snapshot of the same object.
	Changed map[string]bool
	// TypeVersion is the type's version tag (0: none).
	TypeVersion uint32
}

// Breakpoint stops a run: at a source line (Line > 0) or at an
// instruction (CodeID, Offset).
type Breakpoint struct {
	Line   int
	CodeID int
	Offset int
}

func itoa(n int) string { return strconv.Itoa(n) }
