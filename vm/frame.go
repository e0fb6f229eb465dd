package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// Frame is an executing (or suspended) Python frame, CPython 3.11's
// _PyInterpreterFrame: the code, its namespaces, and Vals, which holds the
// "fast locals plus" (locals, cells, free variables) followed by the value
// stack.
type Frame struct {
	Code     *Code
	Func     *Function
	Globals  *Dict
	Builtins *Dict
	// Locals is the mapping of a module or class body (Null for functions).
	Locals Value
	Vals   []Value
	// SP is the number of Vals in use: NLocalsPlus plus the stack depth.
	// It is exact while the frame is not running.
	SP int
	// PC is the code unit index of the next instruction to run.
	PC int
	// Lasti is the code unit index of the instruction running (or last
	// run): f_lasti, which decides the traceback line.
	Lasti int
	Back  *Frame
	// Gen is the generator owning this frame, if any.
	Gen *Generator
	// entry marks the first frame of an eval loop: returning from it (or
	// an exception leaving it) leaves that loop.
	entry bool
	// kwnames is set by KW_NAMES for the next CALL.
	kwnames []Value
	// throwExc is an exception to raise when the frame resumes
	// (generator.throw).
	throwExc Value
	// pooled frames and their Vals are reused (see pushFrame).
	pooled bool
	// initSelf is, in the frame of an __init__ that a class call entered
	// in the caller's eval loop (initFrame), the instance the call
	// returns once __init__ has returned None.
	initSelf Value
	// heldOp and heldArg keep the opcode and argument of the instruction
	// running across a call the eval loop's inner loop makes when they
	// are needed after it, so that no local of the loop is live across a
	// call (see eval).
	heldOp  op.Opcode
	heldArg int
	// obj is the frame's frame object once a program asked for it
	// (sys._getframe, gi_frame, tb_frame), else Null; activation counts
	// the uses of a pooled Frame (see frameObject).
	obj        Value
	activation uint32
	// fin is shared by the traceback entries made in this activation
	// while it had no frame object: the object made for them when the
	// frame ends (see frameFinal).
	fin *frameFinal
	// localsDict is a function frame's locals() dict (f_locals) once
	// asked for: the same dict each time, brought up to date with the
	// fast locals on each request (keys exec() adds stay).
	localsDict Value
}

// Stack returns the frame's value stack, bottom first.
func (f *Frame) Stack() []Value { return f.Vals[f.Code.NLocalsPlus:f.SP] }

func (f *Frame) traverse(visit func(Value)) {
	visit(f.Code.self)
	if f.Func != nil {
		visit(f.Func.self)
	}
	visit(f.Globals.self)
	visit(f.Builtins.self)
	if f.Locals != Null {
		visit(f.Locals)
	}
	for _, v := range f.Vals[:f.SP] {
		if v != Null {
			visit(v)
		}
	}
	for _, v := range f.kwnames {
		visit(v)
	}
	if f.initSelf != Null {
		visit(f.initSelf)
	}
	if f.obj != Null {
		visit(f.obj)
	}
	if f.localsDict != Null {
		visit(f.localsDict)
	}
}

// Generator is a generator, coroutine or async generator object: a
// suspended frame.
type Generator struct {
	Header
	Frame    *Frame
	Name     Value
	QualName Value
	// Running is gi_running; Closed marks a finished generator (its frame
	// is gone, as CPython clears it).
	Running bool
	Closed  bool
	started bool
	// freshForLoop marks a generator just returned by a call whose next
	// instruction is GET_ITER; loopOwned one that GET_ITER then gave to a
	// for loop as its only reference (loopgen.go).
	freshForLoop, loopOwned bool
	// code is gi_code (the frame is gone once the generator finishes).
	code *Code
	// excState is gi_exc_state: the exception being handled inside the
	// generator while it is suspended.
	excState Value
}

func (g *Generator) traverse(visit func(Value)) {
	if g.Frame != nil && !g.Closed {
		g.Frame.traverse(visit)
	}
	visit(g.Name)
	visit(g.QualName)
	visit(g.code.self)
	if g.excState != Null {
		visit(g.excState)
	}
}
